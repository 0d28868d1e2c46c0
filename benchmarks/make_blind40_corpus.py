#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND40 corpus of synthetic victim-services referral notes.

Scenario: a victims' hub commissioned by a Police and Crime Commissioner for a
mixed urban and rural force area in Wales and the English borders, spring 2027.
The hub receives referrals from four sources, each with its own voice:

* ``cms``  - exports from a case-management system: semi-structured
  ``key: value`` fields run together on one line with ``|`` separators, varied
  field names, abbreviations and empty or placeholder values (N/K, tbc ...).
* ``mash`` - multi-agency safeguarding hub triage notes: RAG ratings, agency
  acronyms, "presenting issue", risk language, adults and children, and
  information shared by other agencies.
* ``lgbt`` - an LGBT+ anti-violence and hate-crime charity: community
  language, partners of any gender, chosen names, family rejection, online
  abuse and outing threats.
* ``isva`` - an independent sexual violence adviser service and a sexual
  assault referral centre: careful trauma-informed wording, recent and
  non-recent disclosures, consent, ages then and now.

Every template is hand-labelled (``kind|category|flags|text``) against
shared/TAXONOMY.md.  Slots in braces only carry names, places, streets, dates,
times, amounts, references, counts and ages; every age slot stays on one side
of the 16 and 18 thresholds, so no slot can change a label.  Each template is
used twice, giving 800 notes; ids B40-0001..B40-0800 are assigned after a
shuffle with the same seeded RNG.  All content is invented.

Standard library only; deterministic whatever the working directory or
PYTHONHASHSEED (one ``random.Random(SEED)``, no set iteration, no ``hash()``).
"""

from __future__ import annotations

import csv
import datetime
import random
import re
import sys
from pathlib import Path

SEED = 40_2026
N_USES = 2
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind40.csv"

# Category and flag codes, in the order given by shared/TAXONOMY.md.
CATEGORIES = (
    "homicide",
    "death_injury_driving",
    "violence_with_injury",
    "violence_without_injury",
    "stalking_harassment",
    "sexual_offences",
    "robbery",
    "burglary",
    "vehicle_offences",
    "theft_from_person",
    "bicycle_theft",
    "shoplifting",
    "other_theft",
    "criminal_damage_arson",
    "drug_offences",
    "possession_of_weapons",
    "public_order",
    "misc_crimes_against_society",
    "fraud_computer_misuse",
    "anti_social_behaviour",
    "other_crime",
)
FLAGS = (
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
)
KINDS = ("cms", "mash", "lgbt", "isva")

# ---------------------------------------------------------------------------
# Slot values.  None of these can change a label.
# ---------------------------------------------------------------------------
FEMALE = (
    "Rhian",
    "Cerys",
    "Siân",
    "Ffion",
    "Nia",
    "Angharad",
    "Bethan",
    "Megan",
    "Carys",
    "Eleri",
    "Lowri",
    "Gwen",
    "Sarah",
    "Emma",
    "Claire",
    "Jade",
    "Kelly",
    "Tegan",
    "Priya",
    "Aisha",
    "Fatima",
    "Harpreet",
    "Nusrat",
    "Samira",
    "Zainab",
    "Yasmin",
    "Kasia",
    "Agnieszka",
    "Ioana",
    "Elena",
    "Olga",
    "Ama",
    "Kemi",
    "Chipo",
    "Blessing",
    "Precious",
    "Mei",
    "Lin",
    "Thuy",
    "Maria",
    "Ana",
    "Leila",
    "Shirin",
    "Hevin",
    "Selam",
    "Roza",
    "Bridget",
    "Deborah",
    "Mary-Kate",
    "Saoirse",
)
MALE = (
    "Gethin",
    "Dafydd",
    "Iolo",
    "Rhys",
    "Osian",
    "Huw",
    "Emyr",
    "Aled",
    "Steffan",
    "Tomos",
    "Elfed",
    "Gareth",
    "Dean",
    "Craig",
    "Liam",
    "Jason",
    "Mark",
    "Connor",
    "Jamie",
    "Kieran",
    "Declan",
    "Patrick",
    "Imran",
    "Bilal",
    "Hamza",
    "Tariq",
    "Arjun",
    "Gurpreet",
    "Sunil",
    "Tomasz",
    "Piotr",
    "Mateusz",
    "Andrei",
    "Mihai",
    "Kwame",
    "Tunde",
    "Chidi",
    "Wei",
    "Minh",
    "João",
    "Luca",
    "Ahmed",
    "Omar",
    "Yonas",
    "Dawit",
    "Karwan",
    "Idris",
    "Reuben",
)
NEUTRAL = (
    "Alex",
    "Sam",
    "Rowan",
    "Jordan",
    "Morgan",
    "Kai",
    "River",
    "Ash",
    "Robin",
    "Sasha",
    "Jesse",
    "Eli",
    "Quinn",
    "Charlie",
    "Frankie",
    "Taylor",
    "Wren",
    "Sky",
    "Nico",
    "Ellis",
    "Cai",
    "Dylan",
    "Jo",
    "Remy",
    "Indigo",
    "Billie",
    "Emrys",
)
TOWNS = (
    "Wrexham",
    "Mold",
    "Llangollen",
    "Chirk",
    "Oswestry",
    "Shrewsbury",
    "Welshpool",
    "Newtown",
    "Llanidloes",
    "Machynlleth",
    "Aberystwyth",
    "Rhayader",
    "Llandrindod Wells",
    "Builth Wells",
    "Brecon",
    "Hay-on-Wye",
    "Knighton",
    "Presteigne",
    "Ludlow",
    "Leominster",
    "Hereford",
    "Ross-on-Wye",
    "Monmouth",
    "Abergavenny",
    "Chepstow",
    "Church Stretton",
    "Bishop's Castle",
    "Kington",
    "Crickhowell",
    "Ystradgynlais",
    "Llanfair Caereinion",
    "Montgomery",
)
STREETS = (
    "Heol y Bont",
    "Stryd Fawr",
    "Ffordd Las",
    "Maes y Coed",
    "Pen y Bryn",
    "Heol Maengwyn",
    "Broad Street",
    "Castle Street",
    "Station Road",
    "Mill Lane",
    "Church Street",
    "Bridge Street",
    "Park Avenue",
    "Severn Road",
    "Wye Terrace",
    "Victoria Road",
    "High Street",
    "Chapel Row",
    "Ffordd Glyndŵr",
    "Lôn Goch",
    "Orchard Close",
    "Meadow View",
    "Bryn Awel",
    "Gwalia Road",
    "Teme Street",
    "Offa's Close",
    "Rhos Road",
    "Kingsland Avenue",
)
SHOPS = (
    "the Co-op",
    "the Spar",
    "Tesco Express",
    "Aldi",
    "Lidl",
    "Boots",
    "B&M",
    "Home Bargains",
    "the Premier shop",
    "Iceland",
    "the Londis",
    "the petrol station shop",
)
VEHICLES = (
    "Ford Transit",
    "Vauxhall Corsa",
    "VW Golf",
    "Land Rover Defender",
    "Nissan Qashqai",
    "Toyota Hilux",
    "Ford Ranger",
    "Kia Sportage",
    "Mitsubishi L200",
    "Audi A3",
    "Mini Cooper",
    "Skoda Octavia",
    "Ford Fiesta",
    "Dacia Duster",
)
BIKES = (
    "Carrera mountain bike",
    "Boardman road bike",
    "BMX",
    "Specialized hybrid",
    "Trek road bike",
    "Raleigh hybrid",
    "Giant mountain bike",
    "Voodoo mountain bike",
    "Cube gravel bike",
)
APPS = (
    "WhatsApp",
    "Snapchat",
    "Instagram",
    "Facebook Messenger",
    "TikTok",
    "Telegram",
    "Discord",
    "X (Twitter)",
)
DATING = ("Tinder", "Hinge", "Bumble", "Feeld", "Plenty of Fish", "HER")
GAYAPPS = ("Grindr", "Scruff", "Tinder", "Hinge", "Jack'd")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Age slots: every range stays on one side of the 16 and 18 thresholds.
AGE_RANGES = {
    "age_child": (4, 11),
    "age_u16": (12, 15),
    "age_1617": (16, 17),
    "age_ad": (19, 58),
    "age_mid": (30, 58),
    "age_old": (66, 91),
    "age_now": (24, 67),
    "age_then": (6, 11),
}


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    suffixes = {1: "st", 2: "nd", 3: "rd"}
    return f"{day}{suffixes.get(day % 10, 'th')}"


def _date(rng: random.Random) -> str:
    day = datetime.date(2027, 1, 4) + datetime.timedelta(days=rng.randrange(0, 138))
    d, m = day.day, day.month
    style = rng.randrange(6)
    if style == 0:
        return f"{d:02d}/{m:02d}/2027"
    if style == 1:
        return f"{d:02d}/{m:02d}/27"
    if style == 2:
        return f"{d} {MONTHS[m - 1]} 2027"
    if style == 3:
        return f"{d} {MONTHS[m - 1][:3]}"
    if style == 4:
        return f"{WEEKDAYS[day.weekday()]} {_ordinal(d)} {MONTHS[m - 1]}"
    return f"{d}.{m}.27"


def _clock(rng: random.Random, hour: int) -> str:
    minute = rng.choice((0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55))
    style = rng.randrange(4)
    if style == 0:
        return f"{hour:02d}:{minute:02d}"
    if style == 1:
        return f"{hour:02d}{minute:02d}hrs"
    h12 = hour % 12 or 12
    suffix = "am" if hour < 12 else "pm"
    if style == 2:
        return f"{h12}.{minute:02d}{suffix}"
    return f"about {h12}{suffix}"


def _time(rng: random.Random) -> str:
    return _clock(rng, rng.randrange(7, 23))


def _night(rng: random.Random) -> str:
    return _clock(rng, rng.choice((21, 22, 23, 0, 1, 2, 3, 4)))


def _money(low: int, high: int, step: int):
    def gen(rng: random.Random) -> str:
        return f"{rng.randrange(low, high + 1, step):,}"

    return gen


def _ref(rng: random.Random) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"CR/27/{rng.randrange(10000, 99999)}"
    if style == 1:
        return f"{rng.randrange(100000, 999999)}/27"
    if style == 2:
        return f"OCC-27{rng.randrange(100000, 999999)}"
    if style == 3:
        return f"VH-{rng.randrange(1000, 9999)}"
    return f"27-{rng.randrange(1000, 9999)}-{rng.choice('ABCDEFGHJK')}"


def _pick(pool):
    def gen(rng: random.Random) -> str:
        return rng.choice(pool)

    return gen


def _age(low: int, high: int):
    def gen(rng: random.Random) -> str:
        return str(rng.randint(low, high))

    return gen


SLOT_GENERATORS = {
    "f": _pick(FEMALE),
    "m": _pick(MALE),
    "n": _pick(NEUTRAL),
    "town": _pick(TOWNS),
    "street": _pick(STREETS),
    "shop": _pick(SHOPS),
    "veh": _pick(VEHICLES),
    "bike": _pick(BIKES),
    "app": _pick(APPS),
    "dating": _pick(DATING),
    "gayapp": _pick(GAYAPPS),
    "date": _date,
    "time": _time,
    "night": _night,
    "amt_s": _money(5, 95, 1),
    "amt": _money(120, 2400, 5),
    "amt_l": _money(3000, 85000, 50),
    "ref": _ref,
    "cnt": _age(2, 9),
    "cnt_l": _age(11, 40),
    "yrs": _age(2, 6),
}
for _name, (_low, _high) in AGE_RANGES.items():
    SLOT_GENERATORS[_name] = _age(_low, _high)

SLOT_RE = re.compile(r"\{([a-z0-9_]+)(?::([0-9]+))?\}")

# ---------------------------------------------------------------------------
# Templates: kind|category|flags|text   (flags ';'-separated, TAXONOMY order)
# ---------------------------------------------------------------------------
TEMPLATES = r"""
# ---- a) case-management system exports -------------------------------------
cms|burglary||Crime type: Burglary - residential | Ref: {ref} | Rel to offender: Stranger/N/K | Summary: rear patio door forced at {street}, {town} while family away for the weekend, jewellery and a laptop taken | Risk: Standard | Needs: lock upgrade, reassurance
cms|burglary||Offence: Burglary dwelling | VOR: not recorded | Circs: V ({age_old}) came home from capel to find back door jemmied, drawers tipped out, approx £{amt} cash taken from a biscuit tin | Vuln: lives alone, hard of hearing | Risk: Medium
cms|burglary||Crime type: Burglary - business | Relationship: N/K | Summary: tack room at a farm outside {town} broken into overnight, padlock cut, {cnt} saddles taken | Risk: tbc | Contact pref: landline, poor signal
cms|burglary|domestic_abuse|Crime type: Burglary | Rel to susp: ex-partner | Summary: V {f} ({age_ad}) states ex {m} let himself into her flat on {street} with a key he never gave back and took her bank cards and the kids' tablets | DASH: Medium | MARAC: no | Bail: tbc
cms|burglary||Crime type: Burglary (non-dwelling) | VOR: none | Summary: community hall in {town} entered through a skylight, tea fund tin (£{amt_s}) and a PA speaker gone | Contact: caretaker {m} | Risk: low
cms|burglary||Crime type: Aggravated burglary? tbc | Summary: two males entered V's home on {street} at {night} while family asleep, doorbell cam shows one carrying a baseball bat, car keys and phones taken from the kitchen, nobody woke | Rel: stranger | Risk: High
cms|burglary||Crime type: Theft (see summary) | Rel: N/K | Summary: someone walked in through the unlocked back door of V's house in {town} while she was pegging washing out and took her handbag off the kitchen table | Risk: low | Needs: reassurance
cms|burglary||Crime type: Attempt burglary | VOR: N/K | Summary: pry marks on V's front door on {street} where someone tried to force it at {night}, dog barking scared them off, nothing taken | Risk: low
cms|vehicle_offences||Crime type: Theft of MV | Ref: {ref} | Rel: N/K | Summary: {veh} taken from driveway on {street} overnight, keyless relay suspected, tracker last pinged near the A5 | Risk: standard
cms|vehicle_offences||Offence: Theft from vehicle | VOR: not recorded | Summary: V's van left unlocked outside a job in {town} for ten mins, power tools worth about £{amt} taken, V is a self-employed joiner | Risk: low
cms|vehicle_offences||Crime type: Vehicle interference | Summary: doorbell CCTV shows two youths trying door handles along {street} at {night}, V's {veh} opened and glovebox gone through, nothing taken | Rel: stranger | Risk: n/a
cms|vehicle_offences|domestic_abuse|Crime type: Theft of MV | Relationship to offender: ex-husband | Summary: ex-husband took the {veh} registered to V from outside her work in {town} with his spare key and refuses to return it | DASH: Medium | IDVA: already involved | Risk: Medium
cms|vehicle_offences||Crime type: Theft of MV | VOR: N/K | Summary: quad bike taken from the open yard at a farm near {town}, third from the valley this month | Risk: std
cms|vehicle_offences||Crime type: Theft from MV | Summary: catalytic converter taken from V's {veh} on her drive in {town} overnight, V only found out when she started it | Rel: N/K | Risk: low
cms|vehicle_offences||Crime type: Aggravated vehicle taking | Summary: V's {veh} taken from outside her house on {street} and crashed into a wall in {town}, abandoned, driver not traced, nobody hurt | Risk: low
cms|vehicle_offences||Crime type: Theft of MV | Summary: V's motorbike stolen from the staff car park at work in {town} on {date}, disc lock gone | Rel: N/K | Needs: letter for insurance
cms|theft_from_person||Crime type: Theft person | Summary: purse lifted from V's handbag while she ({age_old}) queued at {town} market, noticed at the till, no force used | Rel: stranger | Risk: low | Needs: cards cancelled, feels foolish
cms|theft_from_person||Offence: Theft from person (snatch) | Circs: phone snatched out of V's hand outside {town} station by a male on an e-scooter at {time}, V not touched or hurt | VOR: stranger
cms|theft_from_person||Crime type: Other | Summary: wallet taken from V's jacket pocket on a packed train into Shrewsbury on {date}, felt a bump, CCTV requested | Rel: N/K | Risk: not recorded
cms|theft_from_person||Crime type: TFP | Summary: V ({age_ad}) had her phone taken from her back pocket at a gig in {town}, only noticed when she went to pay | Rel: stranger | Risk: low
cms|bicycle_theft||Crime type: Pedal cycle theft | Summary: {bike} taken from outside {town} leisure centre, lock cut, V ({age_u16}) upset as it was a birthday present | Risk: low
cms|bicycle_theft||Offence: Theft of bike | VOR: N/K | Summary: {bike} locked to the railings outside V's flats on {street} gone in the morning, V uses it to get to work | Risk: std
cms|bicycle_theft||Crime type: Theft - cycle | Rel: not recorded | Summary: two kids' bikes taken from V's front garden on {street} on {date}, V a single parent | Risk: n/a
cms|bicycle_theft||Crime type: Cycle theft | Summary: {bike} taken from the rack at {town} railway station while V was at work, CCTV requested | Rel: N/K | Risk: low
cms|shoplifting||Crime type: Shoplifting | Victim: staff at {shop} {town} | Summary: male filled a bag with meat and razors (approx £{amt_s}) and walked out, staff member {f} shaken but not threatened | Risk: low
cms|shoplifting||Offence: Theft from shop | Summary: repeat shoplifter took alcohol from {shop} on {street}, manager {m} referred as staff morale low after {cnt} incidents this month | Rel: known local | Risk: std
cms|shoplifting||Crime type: Shop theft | Summary: teenagers took energy drinks and sweets from {shop} in {town} at {time}, staff member {m} felt helpless | Rel: N/K | Risk: low
cms|other_theft||Crime type: Theft by employee | Summary: manager of a tafarn (pub) in {town} found the till short £{amt} over several weeks, CCTV shows a barman pocketing cash | Rel: employee | Risk: low
cms|other_theft||Crime type: Other theft | Summary: parcels taken from V's doorstep on {street} {cnt} times since {date}, V ({age_old}) now anxious about deliveries | VOR: N/K
cms|other_theft||Offence: Making off without payment | Summary: a couple ate a meal at V's café in {town} and left without paying £{amt_s}, owner {f} distressed | Rel: stranger
cms|other_theft|domestic_abuse|Crime type: Theft | Rel to offender: daughter ({age_ad}) | Summary: V ({age_old}) says daughter has been taking cash from her purse and her pension money for months, V scared to challenge her | Vuln: mobility | Risk: Medium
cms|other_theft||Crime type: Theft | Rel: paid carer (agency) | Summary: rings and £{amt_s} missing from V's bedside table after visits by one carer, agency informed, V ({age_old}) has dementia | DA: N/A | Risk: Medium
cms|other_theft||Crime type: Blackmail | Summary: letter left at V's door in {town} demanding £{amt} cash or the writer will tell V's wife about an affair | Rel: N/K | Risk: Medium
cms|other_theft||Crime type: Theft (livestock) | Summary: {cnt_l} ewes taken from a field near {town} overnight, farmer {m} says it'll hit the business hard | Rel: N/K | Risk: low
cms|criminal_damage_arson||Crime type: Criminal damage - vehicle | Summary: paint stripper poured over the bonnet of V's {veh} parked on {street}, 2nd time this year | Rel: neighbour suspected | Risk: low
cms|criminal_damage_arson||Offence: Arson | Summary: wheelie bins set alight against the side of V's house on {street} at {night}, fire service attended, scorching to wall | VOR: N/K | Risk: Medium
cms|criminal_damage_arson|domestic_abuse|Crime type: CD dwelling | Rel to offender: husband (seperated) | Summary: punched holes in the doors and smashed V's phone when she said she wanted a divorce on {date}, did not touch her | DASH: High | MARAC: referred
cms|criminal_damage_arson||Crime type: Arson (endangering life?) | Summary: lit rag pushed through the letterbox of V's flat on {street} at {night}, V woke to the smoke alarm, no injuries | Rel: not known | Risk: High
cms|criminal_damage_arson||Crime type: CD other | Summary: windows of the chapel in {town} smashed, minister {m} referred, OIC says no sign of any religious motive | Rel: N/K | Risk: low
cms|criminal_damage_arson|domestic_abuse|Crime type: Arson | Rel to offender: son ({age_ad}) | Summary: son set fire to V's shed after she refused to give him money, fire service attended, V frightened to be at home | Risk: High
cms|criminal_damage_arson|hate_crime|Crime type: CD - racially aggravated | Summary: racist graffiti sprayed across the shutters of V's takeaway in {town} overnight | Rel: N/K | Risk: Medium
cms|drug_offences||Crime type: Drugs - supply | Summary: V reports the flat below hers on {street} is used for dealing, visitors at all hours and needles in the stairwell, V has not been threatened | Rel: neighbour | Risk: low
cms|drug_offences||Offence: Cultivation | Summary: strong cannabis smell and humming from the unit next to V's garage in {town}, windows blacked out | Rel: N/K | Risk: tbc
cms|drug_offences||Crime type: Drugs | Rel to offender: son ({age_ad}) | Summary: mum {f} found her son growing cannabis in the loft in {town}; she says he is not abusive or threatening, she just wants advice | DA: no | Risk: low
cms|possession_of_weapons||Crime type: Poss. bladed article | Summary: male seen by V with a machete tucked in his waistband outside {shop} {town}, no threat made to V, V now scared to use the shop | Rel: stranger | Risk: Medium
cms|possession_of_weapons||Offence: Firearms | Summary: neighbour on {street} firing an air rifle in his garden close to where V's children play, police seized it | Rel: neighbour | Risk: std
cms|possession_of_weapons||Crime type: Poss. offensive weapon | Summary: V's son ({age_1617}) found with a lock knife in his bag by staff at the ysgol (school) in {town}, no threat to anyone, V wants advice | Rel: son | Risk: Medium
cms|possession_of_weapons||Crime type: Bladed article | Summary: V, a bus driver on the {town} route, saw a passenger with a large hunting knife strapped to his leg; he threatened nobody and was arrested at the next stop | Risk: std
cms|public_order||Crime type: Public order s4A | Summary: drunk male shouted and swore at V {f} and her kids at a bus stop in {town}, no threats of violence | VOR: stranger | Risk: low
cms|public_order|hate_crime|Crime type: RAPO | Summary: V, a Muslim taxi driver, told by a passenger to go back where he came from and called a terrorist on a fare to {town} | Rel: stranger | Risk: Medium
cms|public_order||Offence: Violent disorder | Summary: mass fight outside {town} rugby club at {night}, V (bar staff) not involved or assaulted but very frightened | Rel: N/K | Risk: low
cms|public_order|hate_crime|Crime type: Public order | Summary: V, a wheelchair user, mocked and called names about his disability by a group outside {shop} in {town}, no physical contact | Rel: stranger | Risk: std
cms|misc_crimes_against_society||Crime type: Dangerous driving | Summary: car overtook on a blind bend on the A483 near {town} and forced V's car onto the verge, no collision, nobody hurt | Rel: N/K | Risk: low
cms|misc_crimes_against_society||Crime type: Other | Summary: neighbour pushed a note through V's door saying he'd smash every window in her house if she complains to the council again | Rel: neighbour | Risk: Medium | Ref: {ref}
cms|misc_crimes_against_society||Crime type: Dangerous driving | VOR: N/K | Summary: V and her children nearly hit by a car mounting the pavement on {street} at speed, no-one injured, partial reg noted | Risk: low
cms|misc_crimes_against_society||Crime type: Perjury (tbc) | Summary: V says a witness admitted to her that he lied on oath at the {town} hearing in her case | Rel: N/K | Risk: low
cms|misc_crimes_against_society||Crime type: Dangerous driving | Summary: V tailgated and brake-tested for miles on the A5 near Oswestry on {date}, no collision | Rel: stranger | Risk: low
cms|homicide||Crime type: Homicide | Rel: N/A (bereaved family) | Summary: referral for parents of {m} ({age_ad}) who died after being punched once outside a {town} pub on {date}, suspect charged with manslaughter | Needs: FLO in place, help with inquest
cms|homicide|domestic_abuse;knife_sharp_instrument|Crime type: Murder | Relationship to offender: ex-husband of deceased | Summary: bereaved sister {f} referred; her sister {f:2} ({age_ad}) was fatally stabbed by her ex-husband at home in {town} on {date} | Needs: HVS, practical support
cms|homicide|knife_sharp_instrument|Crime type: Murder | Rel: none to suspects | Summary: V's brother {m} ({age_ad}) stabbed to death in {town} on {date}, two arrested, family want updates | Needs: FLO/HVS
cms|homicide||Crime type: Homicide | Rel: N/K | Summary: family of {m} ({age_ad}) whose body was found on farmland near {town}; two men charged with manslaughter | Needs: FLO, Welsh-speaking support
cms|death_injury_driving||Crime type: Fatal RTC | Summary: V's father ({age_old}) killed when a car on the wrong side of the road hit him near {town}; driver charged with causing death by dangerous driving | Rel: stranger | Needs: bereavement
cms|death_injury_driving||Offence: Causing serious injury by careless driving | Summary: V ({age_ad}), cyclist, hit at a junction in {town}, broken pelvis, driver admitted not looking | VOR: N/K | Risk: std
cms|death_injury_driving||Crime type: Fatal RTC | Summary: V's daughter {f} ({age_1617}) killed as a passenger when her friend's car left the road at speed near {town}; driver charged with causing death by dangerous driving | Needs: bereavement support
cms|death_injury_driving||Crime type: Death by careless driving | Summary: V's husband, a pedestrian, killed on a zebra crossing in {town} on {date}, driver was on his phone | Rel: stranger | Needs: inquest support
cms|violence_with_injury||Crime type: ABH | Rel to offender: stranger | Summary: V punched in the face in the taxi queue in {town} at {night}, broken nose, suspect arrested | Risk: std
cms|violence_with_injury|domestic_abuse|Crime type: Assault | Rel: partner (female) | Summary: V {m} ({age_ad}) says partner {f} threw a mug at him, swelling and a cut above his eye treated at MIU, earlier incidents not reported | DASH: Standard | Risk: tbc
cms|violence_with_injury||Crime type: GBH s20 | Summary: V ({age_ad}) pushed down the steps outside a club in {town} by a doorman, fractured wrist | Rel: door staff, no prior link | Risk: std
cms|violence_with_injury|domestic_abuse|Crime type: Other | Relationship to offender: brother | Summary: row over their mam's will, brother ({age_ad}) headbutted V causing a black eye | Risk: Medium | DASH: tbc | Date: {date}
cms|violence_with_injury|domestic_abuse|Crime type: Assault w/ injury | VOR: Step-father | Summary: V ({age_1617}) has bruising to her upper arms after being grabbed and shoved into a wall at home in {town} | Risk: Medium | CSC aware
cms|violence_with_injury||Crime type: ABH | VOR: Mother | Summary: V ({age_u16}) has scratches and a bruised cheek after her mum hit her with a hairbrush, school raised it | Risk: Medium | CSC referral made
cms|violence_with_injury||Crime type: Assault | Rel to offender: flatmate (not related) | Summary: V punched by his flatmate in an argument over rent at their shared house on {street}, split lip | DASH: n/a | Risk: low
cms|violence_with_injury|hate_crime|Crime type: RA assault w/ injury | Summary: V ({age_ad}), Polish delivery driver, punched and racially abused on {street}, cut lip | VOR: stranger | Risk: Medium
cms|violence_with_injury|knife_sharp_instrument|Crime type: Wounding s18 | Summary: V ({age_ad}) slashed across the forearm with a Stanley knife in a row over a parking space on {street}, 14 stitches | Rel: neighbour | Risk: High
cms|violence_with_injury||Crime type: ABH | Rel to offender: partner's ex-wife | Summary: V {f} ({age_ad}) attacked by her partner's ex-wife at the school gates in {town}, scratches to face | Risk: Medium
cms|violence_with_injury|domestic_abuse|Crime type: ABH | VOR: Partner (same sex) | Summary: V {f} ({age_ad}) bitten on the arm by partner {f:2} during a row, bruising and broken skin | DASH: Medium
cms|violence_with_injury|domestic_abuse|Offence: s47 | Rel: Cousin | Summary: V assaulted by cousin ({age_ad}) at Nain's house in {town}, cut above eye from a punch | Risk: std
cms|violence_with_injury|domestic_abuse|Crime type: GBH | Rel to offender: dad | Summary: V {m} ({age_ad}) pushed down the stairs by his father during an argument, broken ankle | DASH: tbc | Risk: Medium
cms|violence_with_injury||Crime type: Assault w/ injury | Rel to offender: ex-partner of V's daughter | DA: no (not V's partner or relative) | Summary: V ({age_old}) punched by her daughter's ex when she refused to let him in, bruised jaw | Risk: Medium
cms|violence_without_injury||Crime type: Common assault | Rel: N/K | Summary: V spat at by a passenger on the {town} bus after asking him to turn his music down, no injury | Risk: low
cms|violence_without_injury||Crime type: Assault emergency worker | Summary: paramedic {f} kicked by a patient in the back of the ambulance in {town}, no visible injury | Rel: patient | Risk: std
cms|violence_without_injury|domestic_abuse|Crime type: Threats to kill | Rel to offender: ex-partner | Summary: ex rang V {cnt} times last night saying he would kill her and her new partner, no weapon mentioned | DASH: High | MARAC: tbc
cms|violence_without_injury|domestic_abuse|Crime type: Common assault | Rel to offender: father-in-law | Summary: V {f} ({age_ad}) slapped by her father-in-law at a family gathering in {town}, no marks, husband took his side | DASH: Standard
cms|violence_without_injury|knife_sharp_instrument|Crime type: Assault (threat w/ weapon) | Summary: driver got out at the lights in {town}, held a knife up at V's window and said he'd "cut" her, then drove off, no contact | Rel: stranger | Risk: Medium
cms|violence_without_injury||Crime type: Threats to kill | Rel: neighbour | Summary: neighbour shouted over the fence on {date} that he would kill V if his dog was reported again; no weapon seen | Risk: Medium
cms|violence_without_injury|domestic_abuse|Crime type: Common assault | VOR: wife | Summary: V {m} ({age_old}) says his wife shoved him and threw his walking stick across the room, no injury; married {cnt_l} years | Risk: Medium
cms|stalking_harassment|domestic_abuse|Crime type: Harrassment | Rel: ex-gf | Summary: V {m} ({age_ad}) getting dozens of texts and calls a day from ex-girlfriend {f} since they split on {date}, she turns up at his work in {town} | DASH: Medium
cms|stalking_harassment||Crime type: Malicious comms | Summary: V receiving abusive anonymous letters through her door on {street}, {cnt} so far, no link to anyone known | Risk: low
cms|stalking_harassment|online|Crime type: Harassment | VOR: former colleague | Summary: former colleague posting lies about V on Facebook and messaging her friends, V ({age_ad}) off work with stress | Risk: Medium
cms|stalking_harassment|domestic_abuse|Offence: Controlling/coercive behaviour | Rel to susp: wife | Summary: V {m} ({age_old}) says his wife controls all the money, checks his phone and stops him seeing his grandchildren | DASH: Medium | Risk: Medium
cms|stalking_harassment||Crime type: Stalking | VOR: customer | Summary: male customer follows V {f} home from {shop} most nights and waits outside her house on {street}; they have never been in a relationship | Risk: High
cms|stalking_harassment||Crime type: Harassment | Rel: neighbour | Summary: nieghbour keeps filming V's house and shouting comments at her kids, going on {cnt} months, V has moved bedrooms to the back | Risk: Medium
cms|stalking_harassment|domestic_abuse;online|Crime type: Malicious comms | VOR: ex-wife | Summary: V {m} ({age_ad}) says his ex-wife posts about him on Facebook daily and has messaged his employer on LinkedIn since the split on {date} | DASH: not recorded
cms|stalking_harassment||Crime type: Harassment | Rel to offender: ex-partner of V's husband | Summary: V {f} gets repeated calls and texts from her husband's ex calling her names, {cnt} this week | Risk: low
cms|fraud_computer_misuse||Crime type: Fraud | Summary: V ({age_old}) phoned by someone claiming to be her bank and talked into going into the {town} branch to move £{amt_l} to a "safe account" | Rel: N/K | Risk: High
cms|fraud_computer_misuse|online|Crime type: Fraud (online shopping) | Summary: V paid £{amt} for a horsebox advertised on Facebook Marketplace, seller vanished | Rel: N/K | Risk: low | Ref: {ref}
cms|fraud_computer_misuse||Crime type: Courier fraud | Summary: V ({age_old}) in {town} handed £{amt_l} cash to a "police officer" at her door after a phone call | Risk: High | Vuln: lives alone
cms|fraud_computer_misuse|online|Crime type: Computer misuse | Summary: V's email account hacked and used to send fake invoices to her clients, £{amt} diverted | VOR: N/K | Risk: Medium | Ref: {ref}
cms|fraud_computer_misuse|domestic_abuse|Crime type: Fraud by false rep | Rel to offender: ex-partner | Summary: V found her ex took out {cnt} loans in her name while they lived together in {town}, total £{amt_l} | DASH: not recorded | Risk: Medium
cms|fraud_computer_misuse||Crime type: Fraud | Summary: farmer {m} near {town} paid £{amt_l} for feed into bank details on a letter that turned out to be fake | Rel: N/K | Risk: low
cms|fraud_computer_misuse|online|Crime type: Investment fraud | Summary: V ({age_ad}) put £{amt_l} into a crypto "platform" recommended in a WhatsApp group, cannot withdraw | Rel: N/K | Risk: Medium
cms|fraud_computer_misuse||Crime type: Fraud | Summary: doorstep trader quoted V ({age_old}) £{amt} for roof repairs in {town}, did nothing and came back for more cash | Rel: stranger | Risk: Medium
cms|fraud_computer_misuse|online|Crime type: Romance fraud | Summary: V ({age_old}) sent £{amt_l} over {cnt} months to a "US army doctor" he met on a dating site | Risk: Medium
cms|anti_social_behaviour||Crime type: ASB (not crime) | Summary: youths gathering outside V's house on {street} most evenings, football against the wall, noise, no damage or threats | Risk: low
cms|anti_social_behaviour||Crime type: N/A - ASB | Summary: neighbour's dog barking through the night and loud music at weekends, V ({age_old}) exhausted | Rel: neighbour | Risk: low
cms|anti_social_behaviour||Crime type: ASB - vehicle nuisance | Summary: cars revving engines and playing music late at night in the {town} leisure centre car park, V can't sleep, no crime identified | Risk: low
cms|other_crime||Crime type: Other | Summary: horses in a field near {town} left without food or water, one collapsed; RSPCA and vet attended, owner identified | Rel: N/A | Risk: n/a
cms|other_crime||Crime type: N/K | Rel: N/K | Summary: not recorded - V reported a crime on {date}, officer {m} asked the hub to call her, details tbc | Risk: tbc
cms|other_crime||Crime type: Other | Summary: V's dog kicked repeatedly by a man on the {town} riverside path, dog needed vet treatment, V herself not touched | Rel: stranger | Risk: low
cms|robbery||Crime type: Robbery - personal | Summary: V ({age_u16}) had phone and trainers taken by two older teens in {town} park who pushed him to the ground, grazed hands | Rel: stranger | Risk: Medium
cms|robbery|knife_sharp_instrument|Crime type: Robbery (business) | Summary: staff member {f} at {shop} {town} threatened with a knife across the counter at {night}, till emptied | Rel: N/A | Risk: Medium
cms|robbery||Crime type: Robbery | Summary: V ({age_old}) had her handbag wrenched from her shoulder on {street}, dragged along the pavement, bruised knees | VOR: stranger
cms|robbery|domestic_abuse|Crime type: Robbery | Rel to offender: grandson ({age_ad}) | Summary: grandson pushed V ({age_old}) back onto the sofa and took £{amt_s} from her purse when she refused to give him money | Risk: Medium | Safeguarding: ASC informed
cms|robbery|knife_sharp_instrument|Crime type: Agg burglary / robbery tbc | Summary: two masked men forced V's door at {night}, one held a knife to V's face and demanded cash and car keys, took £{amt} | Rel: N/K | Risk: High
cms|sexual_offences||Crime type: Sexual assault | Summary: V ({age_ad}) groped on the train between {town} and Shrewsbury by a male passenger | Rel: stranger | Risk: std | ISVA offered
cms|sexual_offences||Crime type: Exposure | Summary: man exposed himself to V while she walked her dog on the canal towpath near {town} at {time} | Rel: stranger | Risk: low
cms|sexual_offences|domestic_abuse|Crime type: Rape | VOR: husband | Summary: V ({age_ad}) disclosed to officers attending a domestic on {date} that her husband forces sex on her when drunk | DASH: High | MARAC: yes
cms|burglary||Crime type: Cycle theft | Summary: locked shed in V's back garden on {street} broken into overnight and two bikes taken | Rel: N/K | Risk: low
cms|shoplifting||Crime type: Shoplifting | Summary: woman took baby formula and nappies through the self-checkout without scanning at {shop} {town}, staff member {f} stopped her, no aggression | Risk: low
cms|bicycle_theft||Crime type: Other | Summary: V's son ({age_child}) had his bike taken from outside the ysgol in {town} while he was in class, it wasn't locked | Rel: N/K
# ---- b) multi-agency safeguarding hub triage --------------------------------
mash|violence_with_injury|domestic_abuse|MASH triage {date} - RAG: RED. Presenting issue: {f} ({age_ad}) attended ED in {town} with a fractured cheekbone, disclosed partner {m} punched her; DASH 16 ticks. Children aged {age_child} and {age_u16} in household. Agencies: police, ED, CSC, IDVA. MARAC referral.
mash|violence_without_injury||RAG: AMBER. Presenting issue: neglect - {f} ({age_child}) arriving at ysgol hungry and unwashed, head lice untreated for months; HV reports poor home conditions. No DA reported. Info shared: school, HV, GP.
mash|sexual_offences|online;child_sexual_abuse_exploitation|RAG: RED. Presenting issue: {f} ({age_u16}) told the school nurse a man she met on {app} persuaded her to send images, then picked her up in {town} and had sex with her in his car. CSE screening completed. Agencies: school, CSC, police, CAMHS.
mash|violence_without_injury|modern_slavery|RAG: RED. Presenting issue: {m} ({age_u16}) found in a flat in {town} with drugs and £{amt} cash, 80 miles from home; says older males make him sell to pay off a "debt". County lines. NRM referral submitted.
mash|stalking_harassment|domestic_abuse|RAG: AMBER. Presenting issue: ex-partner of {f} ({age_ad}) parks outside her home and the children's school every day and turns up at her work in {town} despite being told to stop. Police: stalking crime recorded. DASH: Medium. Agencies: police, IDVA, school.
mash|other_theft|domestic_abuse|Adult safeguarding - RAG: AMBER. Presenting issue: {m} ({age_old}), learning disability, reports his son ({age_ad}) takes the cash out of his wallet every week after his benefits are drawn, leaving him without food. ASC visit. Info from: day centre.
mash|other_theft||Adult safeguarding - RAG: AMBER. Presenting issue: jewellery and cash going missing from {f} ({age_old}) at a care home in {town}; one staff member suspended. No family involvement. ASC lead, CIW informed.
mash|violence_without_injury||RAG: GREEN. Presenting issue: {m} ({age_child}) left home alone overnight while mum worked a night shift, neighbour called police at {night}. No injuries. Police: child neglect crime recorded. CSC to assess.
mash|violence_with_injury||RAG: RED. Presenting issue: baby {m}, aged {cnt} months, has unexplained bruising and a fractured rib found at {town} hospital; parents' accounts inconsistent. Strategy meeting {date}. Police/CSC joint investigation.
mash|violence_without_injury|domestic_abuse;honour_based_abuse|RAG: RED. Presenting issue: {f} ({age_1617}) told a teacher her father has taken her passport and she is to be married to a cousin over the summer; he slapped her when she refused. Forced Marriage Unit contacted. Agencies: school, police, CSC.
mash|violence_with_injury|domestic_abuse;knife_sharp_instrument|RAG: RED. Presenting issue: {f} ({age_ad}) stabbed in the arm by her husband with a kitchen knife during an argument at home in {town}, treated at ED, husband arrested. DASH high, MARAC {date}.
mash|violence_without_injury|domestic_abuse;knife_sharp_instrument|RAG: RED. Presenting issue: {m} ({age_old}) reports his adult son held a knife to his throat and said he would kill him; no injury. Son has MH needs. Agencies: police, AMHP, ASC. Ref {ref}.
mash|violence_without_injury||RAG: AMBER. Presenting issue: {f} ({age_ad}) threatened by text by her sister's ex-boyfriend, who says he will kill her for helping her sister move out; no weapon seen, he is not {f}'s partner or relative. Police aware.
mash|sexual_offences|child_sexual_abuse_exploitation|RAG: RED. Presenting issue: {f} ({age_child}) disclosed to her teacher that mum's boyfriend touches her private parts when mum is at work. Strategy discussion held {date}, ABE interview planned.
mash|violence_without_injury|modern_slavery|RAG: RED. Presenting issue: {cnt} men found living in a caravan on a farm near {town}, working 14-hour days picking, passports held by the gangmaster, paid nothing. GLAA and police attended. NRM referrals.
mash|violence_without_injury|domestic_abuse;modern_slavery|RAG: RED. Presenting issue: {f} ({age_ad}), brought to the UK on a spousal visa, made to cook and clean for her husband's extended family day and night in {town}, not allowed out, passport held, no money of her own. HV raised concern.
mash|stalking_harassment|domestic_abuse|RAG: AMBER. Presenting issue: {f} ({age_ad}) - coercive control; partner tracks her phone, controls all the money and has stopped her visiting her family in {town}. No physical violence disclosed. DASH Medium. IDVA referral.
mash|anti_social_behaviour||RAG: GREEN. Presenting issue: {m} ({age_old}), early dementia, neighbours report kids knocking his door on {street} and running off; no theft, no threats, no damage. ASC and PCSO to visit.
mash|homicide|domestic_abuse|RAG: RED. Presenting issue: children of {f} ({age_ad}), who was killed at home in {town} on {date}; their father is charged with her murder. Children placed with maternal grandmother. Homicide service, CAMHS, school.
mash|violence_with_injury|domestic_abuse|RAG: RED. Presenting issue: {m} ({age_1617}) attended MIU in {town} with burns to his hand; says his father held it against the oven door. Agencies: police, CSC, YOT.
mash|violence_with_injury||RAG: AMBER. Presenting issue: {f} ({age_u16}) hit with a belt by her older brother ({age_ad}), welts on her legs seen by PE teacher in {town}. Parents not protective. CSC strategy.
mash|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|RAG: RED. Presenting issue: {f} ({age_u16}) from {town} missing {cnt} times, found in a hotel in Birmingham with adult males; disclosed being "sold" to men for sex. Trafficking concerns, NRM. Agencies: police, CSC, missing team.
mash|sexual_offences|modern_slavery|RAG: RED. Presenting issue: {f} ({age_ad}), Romanian national, found in a flat above shops in {town} used as a brothel; says she was brought over with a job promise and forced to sell sex to pay a debt. NRM.
mash|violence_without_injury|domestic_abuse|RAG: AMBER. Presenting issue: {f} ({age_ad}) reports her sister pulled her by the hair during an argument over their mam's care; no injury. Both adults, live together in {town}. Carers assessment offered.
mash|public_order|hate_crime|RAG: GREEN. Presenting issue: {f} ({age_ad}), wears hijab, shouted at in a {town} car park by a man calling her a terrorist; no contact. Community cohesion officer informed.
mash|stalking_harassment|online|RAG: AMBER. Presenting issue: {f} ({age_u16}) targeted in a {app} group chat, peers posting humiliating and abusive messages about her daily; school in {town} aware, mum reported to police.
mash|criminal_damage_arson|domestic_abuse|RAG: AMBER. Presenting issue: {m} ({age_ad}) reports his ex-wife smashed the windscreen of his car outside the contact centre in {town} at handover; children present. DASH Standard.
mash|violence_without_injury||RAG: AMBER. Presenting issue: attempted abduction - man in a van tried to persuade {f} ({age_child}) to get in near the school gates in {town}; she ran off. Police appeal.
mash|burglary|domestic_abuse|RAG: AMBER. Presenting issue: {f} ({age_ad}) says her ex-partner climbed in through her kitchen window in {town} at night while she slept and took her phone; non-mol in place. DASH High.
mash|fraud_computer_misuse|domestic_abuse|Adult safeguarding - RAG: AMBER. Presenting issue: {m} ({age_old}) - his nephew holds lasting power of attorney and has moved £{amt_l} from his savings into his own account. ASC, OPG notified.
mash|violence_with_injury||RAG: AMBER. Presenting issue: {f} ({age_ad}), supported living tenant in {town} with a learning disability, pushed by a paid support worker, bruised hip. Provider suspended worker. No family involvement.
mash|drug_offences||RAG: GREEN. Presenting issue: {m} ({age_1617}) found with cannabis and scales at college in {town}; exploitation screening completed, no indicators of exploitation found. YOT informed.
mash|possession_of_weapons||RAG: AMBER. Presenting issue: {m} ({age_u16}) carrying a kitchen knife "for protection" because he feels unsafe in {town}; mum found it in his bag. No threats or incidents disclosed.
mash|violence_with_injury|domestic_abuse|RAG: RED. Presenting issue: GP noticed bruising to both wrists of {f} ({age_old}); she says her daughter ({age_ad}), who lives with her, grabs and shouts at her and she is frightened of her. ASC safeguarding.
mash|violence_without_injury|domestic_abuse|RAG: AMBER. Presenting issue: {m} ({age_ad}) reports his husband {m:2} threw a plate at him and pinned him against a wall; no injury. First police contact. LGBT+ IDVA offered.
mash|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|RAG: RED. Presenting issue: {f} ({age_1617}) told a college counsellor in {town} her boyfriend ({age_ad}) makes her have sex when she says no and checks her phone constantly. DASH High.
mash|violence_without_injury||RAG: GREEN. Presenting issue: {m} ({age_u16}) pushed by his girlfriend ({age_u16:2}) at school in {town}, no injury; both pupils at the same school. School managing, police informed.
mash|homicide|knife_sharp_instrument|RAG: RED. Presenting issue: siblings of {m} ({age_1617}), who was fatally stabbed in {town} on {date}; suspect is a teenager from another estate. Agencies: school, CAMHS, homicide service.
mash|violence_without_injury|domestic_abuse|RAG: RED. Presenting issue: DVPN served on {date} after the partner of {f} ({age_ad}) threatened to kill her; DVPO hearing tbc. Child aged {age_child}. Agencies: police, IDVA, CSC.
mash|stalking_harassment|domestic_abuse;online|RAG: AMBER. Presenting issue: {f} ({age_ad}) - her ex-partner has set up fake Instagram profiles to message her and her friends and posts about her daily. DASH Medium. Ref {ref}.
mash|violence_with_injury|hate_crime|RAG: AMBER. Presenting issue: {m} ({age_ad}), who has a learning disability, was beaten up in {town} by so-called friends who mocked his disability; black eye and broken tooth. ASC and police.
mash|sexual_offences|child_sexual_abuse_exploitation|RAG: RED. Presenting issue: {f} ({age_u16}) is pregnant; the father is {m}, aged {age_ad}, who she met through a friend in {town}. Police informed, strategy meeting.
mash|anti_social_behaviour||RAG: GREEN. Presenting issue: family in {town} in an ongoing dispute with neighbours over parking and bins, shouting over the fence both ways, no threats or damage. Housing to mediate.
mash|violence_without_injury|domestic_abuse;honour_based_abuse|RAG: RED. Presenting issue: {f} ({age_ad}) says her brothers have threatened to kill her for "shaming the family" by divorcing; said on the phone and at her door in {town}; no weapon. Police, IDVA, HBA lead.
mash|stalking_harassment|domestic_abuse;honour_based_abuse|RAG: RED. Presenting issue: {f} ({age_ad}) - father and uncles monitor her phone and follow her to work in {town} because she is seeing a man from outside the community; father says she dishonours the family.
mash|violence_with_injury|domestic_abuse;honour_based_abuse|RAG: RED. Presenting issue: {f} ({age_ad}) refused to let her daughter ({age_child}) be cut on a family trip abroad; her husband beat her, bruising to face and ribs, and the in-laws say she brings shame on them. FGMPO being considered.
mash|violence_without_injury||RAG: AMBER. Presenting issue: {f} ({age_child}) and {m} ({age_child:2}) - house in {town} filthy, no food in, mum using heroin, children missing school. No DA. CSC, substance misuse service.
mash|criminal_damage_arson||RAG: AMBER. Presenting issue: family home of {f} ({age_ad}) on {street} had paint and eggs thrown and a window put through after her son fell out with local lads; nobody hurt.
mash|stalking_harassment|domestic_abuse|RAG: GREEN. Presenting issue: {f} ({age_ad}) - ex-husband keeps texting about her new boyfriend and turning up at her mam's in {town}; no threats. IDVA consent obtained.
mash|violence_with_injury|domestic_abuse|Info share from ED {date}: {m} ({age_ad}) presented with a dislocated finger, says his girlfriend bent it back during a row; third attendance this year. RAG: AMBER. DASH offered, declined.
mash|violence_without_injury||RAG: AMBER. Presenting issue: {m} ({age_child}) says his step-mum locks him out in the garden in the cold as a punishment, sometimes for hours; no marks seen. CSC strategy discussion.
mash|violence_with_injury||RAG: AMBER. Presenting issue: teacher noticed fingertip bruising on the upper arm of {f} ({age_child}); she says dad grabbed her. Dad denies. Police/CSC joint visit {date}.
mash|sexual_offences|online;child_sexual_abuse_exploitation|RAG: RED. Presenting issue: {f} ({age_u16}) coerced on {app} by an adult into performing sexual acts on a live stream; police cyber team involved. School, CSC, CAMHS.
mash|stalking_harassment||Info from housing: {f} ({age_ad}) being harassed by her private landlord, who lets himself into her flat in {town} without notice and keeps texting asking her out; he has never been her partner. RAG: AMBER.
mash|violence_without_injury|modern_slavery|RAG: RED. Presenting issue: {m} ({age_ad}) found working at a hand car wash in {town}, sleeping on site; says the boss keeps his ID and all his wages for "rent and transport". NRM referral, GLAA.
mash|violence_with_injury|modern_slavery|RAG: RED. Presenting issue: two men from a car wash in {town} treated at ED; say they were beaten by the boss when they asked to be paid, working unpaid to repay a travel debt; one has a broken arm. NRM.
mash|homicide||RAG: RED. Presenting issue: baby {m}, aged {cnt} months, died in hospital in {town}; mum's former lodger charged with murder. Siblings aged {age_child} and {age_u16}; bereavement support, CSC.
mash|death_injury_driving||RAG: AMBER. Presenting issue: {f} ({age_u16}) seriously injured when hit by a car driven dangerously along {street}, {town}; driver fled and was later charged. School and family support needed.
mash|violence_with_injury|domestic_abuse|Police DA notification {ref}: {f} ({age_ad}) pushed against a hot radiator by her partner, burns to her back; children asleep upstairs. DASH 12. RAG: RED.
mash|violence_without_injury|domestic_abuse|Police DA notification: {f} ({age_ad}) reports partner {m} pushed her onto the bed during an argument in {town}, no injury; he denies it. DASH 6. RAG: GREEN.
mash|violence_with_injury||Police notification: argument between {m} ({age_ad}) and his housemate {m:2} - not related, never partners - housemate punched him, bloody nose. Not a DA incident. RAG: GREEN.
mash|violence_with_injury||RAG: AMBER. Presenting issue: {f} ({age_ad}) assaulted outside the school in {town} by her ex-husband's new partner, scratches and a cut lip. The two women have no other connection.
mash|stalking_harassment|domestic_abuse|Info from probation: {m} released on licence {date}; his ex-wife {f} ({age_ad}) reports letters passed on via his mother and his car driving past her house in {town} daily. RAG: AMBER.
mash|violence_with_injury|domestic_abuse|Children's referral: {m} ({age_child}) told school "daddy hurt mummy's face"; police attended, mum {f} had a cut lip and swollen eye, dad arrested. RAG: RED.
mash|violence_with_injury||RAG: AMBER. Presenting issue: {m} ({age_1617}) punched in the street in {town} by his mum's ex-partner, bruised ribs; not family, they have not lived together. YOT aware.
mash|violence_without_injury|domestic_abuse|RAG: AMBER. Presenting issue: adolescent to parent violence - {m} ({age_1617}) hits and pushes his mum {f} when she refuses him money; no injuries so far. Family support and YOT.
mash|violence_without_injury||RAG: GREEN. Presenting issue: {m} ({age_u16}) kicks and pushes his mum when he doesn't get his own way; no injuries. Early help and CAMHS referral in {town}.
mash|stalking_harassment|online|RAG: AMBER. Presenting issue: {f} ({age_ad}), teaching assistant in {town}, a parent is posting abusive comments about her and her home address on a community Facebook page.
mash|public_order||Info from school: a father shouted and swore at staff and children at the ysgol gates in {town} on {date}, children frightened; no threats, nothing about any protected characteristic. RAG: GREEN.
mash|other_crime||Info from RSPCA: dogs kept in filthy conditions at a house on {street}, {cnt} puppies dead; children in the home, CSC visited and found no concerns about their care. RAG: GREEN.
mash|criminal_damage_arson|domestic_abuse|RAG: AMBER. Presenting issue: {f} ({age_old}) says her daughter ({age_ad}) smashed up the kitchen and the TV when refused money; nobody hurt. ASC and police.
mash|sexual_offences|child_sexual_abuse_exploitation|RAG: RED. Presenting issue: {m} ({age_u16}) disclosed that a man at the gym in {town} showed him porn on his phone and touched him. Strategy discussion {date}.
mash|theft_from_person||RAG: GREEN. Presenting issue: {f} ({age_old}), dementia, had her purse taken from her bag by a stranger in the crowd on a day centre outing to {town}; not noticed till later. ASC informed.
mash|fraud_computer_misuse|online|RAG: AMBER. Presenting issue: {m} ({age_old}) sent £{amt} after Facebook messages from someone pretending to be his grandson; further requests coming. ASC and bank contacted.
mash|fraud_computer_misuse||RAG: AMBER. Presenting issue: {f} ({age_old}) paying a man at her door who says he is from the council for "garden services"; £{amt} cash so far, no work done. Trading Standards.
mash|robbery||RAG: AMBER. Presenting issue: {m} ({age_u16}) had his {bike} taken off him by older lads in {town} who punched him in the face; bruising. Police and school.
mash|stalking_harassment|domestic_abuse|RAG: AMBER. Presenting issue: {f} ({age_1617}) - her ex-boyfriend ({age_ad}) sends her dozens of texts a day and waits outside college in {town}. DASH Medium. Young people's IDVA.
mash|stalking_harassment||RAG: GREEN. Presenting issue: {f} ({age_u16}) - ex-boyfriend ({age_u16:2}) keeps texting her and waiting outside school in {town} after she ended it. School managing, police advice.
mash|violence_with_injury|knife_sharp_instrument|RAG: RED. Presenting issue: {m} ({age_u16}) stabbed in the leg outside a chip shop in {town}, in hospital; no exploitation disclosed. Police, YOT, school.
mash|violence_without_injury|knife_sharp_instrument|RAG: AMBER. Presenting issue: {m} ({age_u16}) had a knife pulled on him by older boys in the park in {town}, who told him to stay off their patch; no injury.
mash|violence_without_injury|online|YOT info share: {m} ({age_1617}) sent {app} messages by a rival saying he will "stab him dead" if he comes into {town}; no contact, no weapon seen. RAG: AMBER.
mash|stalking_harassment|domestic_abuse|RAG: AMBER. Presenting issue: {m} ({age_old}) - his son takes his bank card and phone, won't let him see his friends and decides what he eats. ASC concerns, son ({age_ad}) lives with him.
mash|public_order|hate_crime|Info from housing: Roma family on {street}, {town}, having "go home" shouted at them by neighbours; children scared to play out. RAG: AMBER.
mash|criminal_damage_arson|hate_crime|RAG: AMBER. Presenting issue: windows of a Traveller family's caravan smashed on the site near {town} by men shouting racist abuse; nobody hurt.
mash|violence_with_injury|hate_crime|RAG: AMBER. Presenting issue: {m} ({age_ad}), asylum seeker living at a hotel in {town}, punched by a man shouting racist abuse, cut eyebrow. Migrant support and police.
mash|sexual_offences|child_sexual_abuse_exploitation|Info from CAMHS: {m} ({age_1617}) disclosed that a youth worker ({age_ad}) touched him sexually on a residential trip on {date}. LADO informed. RAG: RED.
mash|sexual_offences|domestic_abuse|Police DA notification: {f} ({age_ad}) reports her ex-partner sexually assaulted her when he dropped the kids back on {date}; DASH high. RAG: RED.
mash|sexual_offences||Adult safeguarding: {f} ({age_ad}), who has a learning disability, says another man at her day centre in {town} - a service user, not related - touched her breasts; staff separated them. RAG: AMBER.
mash|violence_with_injury|domestic_abuse|ED info share: {f} ({age_1617}) presented with a bruised eye; says her 19-year-old boyfriend hit her. DASH and young people's IDVA offered. RAG: RED.
mash|violence_with_injury||RAG: AMBER. Presenting issue: {f} ({age_u16}) punched by her 17-year-old boyfriend, bruising to her arm; school in {town} noticed. CSC and police.
mash|burglary||RAG: AMBER. Presenting issue: {f} ({age_old}) - distraction burglary; a man claiming to be from the water board kept her talking while another searched her bedroom, £{amt} cash taken. ASC.
mash|stalking_harassment|hate_crime|RAG: AMBER. Presenting issue: {f} ({age_ad}), Black nurse at {town} hospital, has recieved racist letters at home for {cnt} months. Police, employer support.
mash|violence_without_injury||RAG: GREEN. Presenting issue: {m} ({age_child}) says mum's friend who babysits smacked him hard for spilling juice; no mark seen. CSC and police advice.
mash|homicide|domestic_abuse|Bereavement referral: {m} ({age_old}) killed by his grandson ({age_ad}) at home in {town}; grandson charged with manslaughter. Widow {f} referred. RAG: RED.
mash|drug_offences||RAG: GREEN. Presenting issue: neighbours of {f} ({age_old}) on {street} report cannabis being sold from the house next door; she is not involved and no exploitation of her identified. PCSO.
mash|death_injury_driving||RAG: AMBER. Presenting issue: {m} ({age_child}) seriously injured on {street}, {town}, when a driver reversing carelessly out of a drive hit him; broken leg; driver charged with causing serious injury by careless driving. Family support.
mash|misc_crimes_against_society||RAG: GREEN. Info from school in {town}: a parent repeatedly drives at speed along the pavement through the car park at pick-up, nearly hitting children; no one hurt. Police: dangerous driving.
mash|possession_of_weapons||RAG: AMBER. Presenting issue: {m} ({age_1617}) found by police with a knuckleduster in his pocket in {town} town centre; no one threatened; no exploitation indicators. YOT.
# ---- c) LGBT+ anti-violence and hate-crime charity ---------------------------
lgbt|public_order|hate_crime|Helpline log {date}: {n} (they/them, {age_ad}) had transphobic abuse shouted at them by a group outside a chippy in {town}, followed a short way, nobody touched them. Wants it logged, not sure about police.
lgbt|violence_with_injury|hate_crime|Caseworker note: {n} (she/her), trans woman, {age_ad}, hit over the head with a bottle in {town} after a man said "you're a bloke"; concussion and a lump, seen at MIU. Reported, ref {ref}.
lgbt|stalking_harassment|domestic_abuse|Client {m} (he/him, {age_ad}) says his boyfriend {m:2} threatens to out him to his family and his rugby club in {town} if he leaves, goes through his phone and controls their money.
lgbt|violence_with_injury|domestic_abuse;hate_crime|{n} (he/him), trans man, {age_1617}: his dad found his binder, punched him and called him a freak, split lip; dad says "no daughter of mine is turning into a boy". Staying with a friend in {town}. YP worker involved.
lgbt|stalking_harassment|hate_crime;online|{n} (they/them) getting homophobic and transphobic messages on {app} from anonymous accounts since a story about their drag night in {town} ran in the local paper, including "we know where you live".
lgbt|robbery|hate_crime;online|{m} ({age_ad}) arranged to meet a man via {gayapp}; when he arrived at {m}'s flat in {town} two others followed him in, they punched {m}, called him homophobic names, made him transfer £{amt} on his banking app and took his phone.
lgbt|violence_without_injury|domestic_abuse;hate_crime;honour_based_abuse|{f} ({age_ad}) is in a relationship with a woman; when her family in {town} found out they took her phone and passport, her brother slapped her and her father is arranging a marriage abroad "to restore the family's izzat". Now in a refuge.
lgbt|sexual_offences|online|{n} (they/them, {age_ad}) met someone off {dating} for a first date; he sexually assaulted them in the park on the walk home, then kept sending abusive messages through the app. They had never met before that night.
lgbt|fraud_computer_misuse|online|{m} ({age_old}) lost £{amt_l} to a man he met on {gayapp} who said he was stuck abroad and needed money for flights; the profile was fake. Feels ashamed, not out to his family.
lgbt|criminal_damage_arson|hate_crime|Rainbow flag torn down and burnt outside {n}'s house on {street}, {town}, and "no gays here" painted on their car. {n} lives with partner {m}. Reported to police {date}.
lgbt|violence_without_injury|domestic_abuse|{n} (she/her, {age_ad}) says her wife {f} pushed her and shoved her out of bed during a row, no injuries; her wife has been drinking heavily since losing her job in {town}.
lgbt|stalking_harassment|domestic_abuse;hate_crime|{n} (she/her), trans, {age_ad}: her mam and brothers deadname her, send texts calling her "it" and turn up at her flat; she moved to {town} to get away from them.
lgbt|violence_with_injury||{m} ({age_ad}) is gay and was punched in a taxi queue in {town}, black eye; he is clear the fight was over a spilled drink and nothing was said about his sexuality.
lgbt|public_order|hate_crime|{m} and his partner {m:2} were holding hands on the high street in {town} when a group of teenagers shouted homophobic abuse and followed them to their car. No physical contact.
lgbt|violence_without_injury|hate_crime|{n} (they/them) spat at on the bus to {town} by a man who said "your kind make me sick" after seeing their pronoun badge. No injury. Bus company has CCTV.
lgbt|other_theft|online|{m} ({age_ad}), not out at work, got messages on {gayapp} threatening to tell his employer he is gay unless he pays £{amt}; no slurs, the sender just wants money. He has paid once already.
lgbt|stalking_harassment|online|{n} ({age_ad}): their ex-partner's new girlfriend has been sending them nasty messages on {app} and commenting on their posts for {cnt} weeks. {n} and the sender have never been in a relationship or related.
lgbt|violence_with_injury||{n} ({age_ad}) was hit by a housemate they call their "chosen sister" in their shared house in {town}, scratches and a bruised arm; they are not related and have never been partners.
lgbt|stalking_harassment|domestic_abuse;hate_crime|{n} (they/them, {age_1617}) was thrown out after coming out; their dad keeps sending texts calling them disgusting and saying they are no child of his. Sofa-surfing in {town}, YP housing referral.
lgbt|stalking_harassment|domestic_abuse|{n} (she/her, {age_ad}): her ex-girlfriend {f} keeps turning up at her work in {town} and texting her friends to find out where she is, weeks after they split.
lgbt|sexual_offences|domestic_abuse|{m} ({age_ad}) disclosed that his ex-boyfriend regularly had sex with him when he was too drunk to consent, and told him "that's what couples do". Lived together in {town} for {cnt} years.
lgbt|sexual_offences|hate_crime|{n} (she/her), trans woman, {age_ad}, groped in a club toilet in {town} by a man who said he wanted to "check what she really is". Friends pulled him off.
lgbt|sexual_offences|online;child_sexual_abuse_exploitation|YP group worker note: {n} ({age_u16}, they/them) has been talking on Discord to an adult who says he is "helping them explore their identity"; he has sent them sexual images and asked for photos back. Parent informed {date}.
lgbt|public_order|hate_crime|{n} ({age_ad}) was called a pervert and told to get out by a man at the petrol station in {town} who kept misgendering her loudly; no contact, she left in tears.
lgbt|criminal_damage_arson|hate_crime|Windows of the LGBT+ youth drop-in in {town} smashed overnight on {date} and homophobic graffiti left on the door; volunteers {n} and {f} shaken.
lgbt|stalking_harassment|hate_crime|Neighbour on {street} calls {m} and his husband "queers" whenever they pass and leaves notes on their car; has gone on for {cnt} months.
lgbt|anti_social_behaviour||{n} says kids on their estate in {town} play music loud and hang round the bins at night; nothing has been said about {n} being trans and there is no damage, it's just noise.
lgbt|anti_social_behaviour||Neighbour's parties every weekend keep {m} and his partner awake in {town}; they've asked nicely; no abuse, no threats, nothing aimed at them.
lgbt|burglary|hate_crime|{n} ({age_ad}) came home to find their flat in {town} broken into; little taken, but transphobic slurs written on the mirror and their clothes dumped in the bath.
lgbt|theft_from_person||At Pride in {town}, {n}'s phone was taken from their bumbag in the crowd; they didn't feel anything and there's no sign they were targeted for being queer.
lgbt|violence_with_injury|hate_crime;knife_sharp_instrument|{m} ({age_ad}) slashed on the arm with a blade outside a gay bar in {town} by a man shouting homophobic abuse; 9 stitches. Police ref {ref}.
lgbt|violence_without_injury|hate_crime;knife_sharp_instrument|{n} ({age_ad}) had a knife pulled on them in an alley in {town} by a man shouting transphobic abuse who said he'd cut them; they ran, no injury.
lgbt|violence_without_injury|hate_crime|{n} (they/them) received texts from an unknown number saying trans people should be wiped out and that he will kill them next; no one seen near their home in {town}.
lgbt|homicide|hate_crime|Bereaved: {n}'s partner {m} ({age_ad}) died after being attacked by a group shouting homophobic abuse outside a bar in {town}; three men charged with murder. {n} needs support through the trial.
lgbt|fraud_computer_misuse|online|{n} paid £{amt_s} on a website for tickets to a Pride event in {town} that never existed; several people from our group were caught out.
lgbt|fraud_computer_misuse|domestic_abuse|{n} ({age_ad}): their ex-partner ran up £{amt} on {n}'s credit card without asking while they lived together in {town}; {n} only found out after they split.
lgbt|stalking_harassment|domestic_abuse;online|{m} ({age_ad}) says his ex {m:2} logs into his Instagram and email using old passwords, reads his messages and posts as him. Split up {date}.
lgbt|violence_without_injury|domestic_abuse|{f} ({age_ad}) says her girlfriend {f:2} rang her and threatened to kill her if she goes back to her ex; no weapon mentioned. They live apart, {town}.
lgbt|stalking_harassment||{n} ({age_ad}) is being followed round the university campus in {town} by a student they turned down; never partners, nothing said about {n}'s gender or sexuality.
lgbt|violence_with_injury|domestic_abuse;hate_crime|{m} ({age_ad}), gay, punched by his brother-in-law at a family christening in {town} after the brother-in-law said he didn't want "a queer" near his kids; cut lip.
lgbt|misc_crimes_against_society|hate_crime|Note pushed through {n}'s door on {street}, {town}, saying their car will be torched if the "gay flag" stays up in the window. Nothing damaged yet.
lgbt|violence_with_injury|domestic_abuse|{n} ({age_ad}, non-binary) - partner {m} threw a hot drink over them during an argument, burns to their arm treated at MIU in {town}.
lgbt|sexual_offences||{m} ({age_ad}) thinks his drink was spiked at a house party in {town}; he woke to find a man he didn't know sexually assaulting him.
lgbt|violence_without_injury|domestic_abuse;hate_crime;honour_based_abuse|{m} ({age_ad}) came out to his family; his uncles say he has shamed them and must marry a woman, and one grabbed him and pushed him against the wall, no injury. Family live in {town}.
lgbt|stalking_harassment|online|{n} ({age_ad}): an ex-friend keeps posting screenshots of {n}'s private messages about debts in a {town} Facebook group to shame them; nothing about being LGBT+.
lgbt|robbery|knife_sharp_instrument|{n} ({age_ad}) robbed of their phone at knifepoint walking home in {town} at {night}; the robbers said nothing about them being queer and {n} thinks it was random.
lgbt|stalking_harassment|domestic_abuse|{f} ({age_ad}), bi, says her ex-girlfriend is threatening to tell {f}'s family about their relationship and sends dozens of texts a day. Split {cnt} weeks ago.
lgbt|violence_with_injury|hate_crime|{n} ({age_ad}), trans woman, pushed to the ground by a taxi driver in {town} who refused the fare and called her "a man in a dress"; grazed hands and knees.
lgbt|public_order||{m} ({age_ad}) shouted and sworn at by a drunk man in {town} after bumping into him; nothing said about his sexuality, no contact.
lgbt|criminal_damage_arson|domestic_abuse|{n} ({age_ad}): their ex-girlfriend smashed their guitar and laptop when {n} ended the relationship on {date}; no violence to {n}.
lgbt|violence_without_injury|domestic_abuse;hate_crime|{n} (they/them, {age_ad}): their older brother shoves them around at home in {town} and calls them "it" and a freak for being non-binary; no injuries.
lgbt|other_theft|domestic_abuse|{n} ({age_1617}) says their mum took £{amt} in cash they had saved from their job out of their bedroom and won't give it back. Lives with mum in {town}.
lgbt|stalking_harassment|hate_crime|{n} (they/them), autistic, being harassed by neighbours on {street} who mock their autism and their pronouns every time they go out; {cnt} months now.
lgbt|violence_with_injury|hate_crime|{f} and her girlfriend were attacked in a club toilet in {town} by a woman calling them homophobic names, who pulled out a clump of {f}'s hair.
lgbt|anti_social_behaviour||Youths congregating at the skate park near where {n} lives in {town}; noisy and littering, nothing directed at {n} or anyone else.
lgbt|shoplifting|hate_crime|{n} ({age_ad}), shift lead at {shop} in {town}: a man filled a basket with spirits and walked out, shouting transphobic abuse at {n} when challenged; no contact.
lgbt|violence_with_injury|hate_crime;online|{m} ({age_ad}) met a man through {gayapp} who, when they met in a car park in {town}, punched him repeatedly calling him homophobic names; broken nose. The app chat was used to lure him there; police have the messages.
lgbt|stalking_harassment|hate_crime;online|{n} (she/her), trans woman, {age_ad}: a TikTok pile-on after her video went viral, thousands of transphobic comments and someone posted her street name in {town}.
lgbt|sexual_offences|domestic_abuse|{n} ({age_ad}) says their husband forced sex on them after a night out on {date}; lived together in {town}. They are now staying with a friend.
lgbt|sexual_offences|child_sexual_abuse_exploitation|Non-recent: {n}, now {age_now}, says a youth leader sexually abused them at church in {town} from about age {age_then}. First time telling anyone.
lgbt|stalking_harassment|domestic_abuse|{m} (he/him, trans man, {age_ad}) says his wife reads his messages, controls his money and has cut him off from his friends in {town}. No violence.
lgbt|violence_with_injury|domestic_abuse|{n} ({age_ad}) - their partner {n:2} (he/him) twisted their wrist until it sprained during a row at home in {town}; {n} previously disclosed controlling behaviour.
lgbt|violence_with_injury|domestic_abuse;hate_crime|{f} ({age_ad}) says her mother hit her with a shoe and said she would rather have a dead daughter than a lesbian one; bruising to her shoulder. Lives at home in {town}.
lgbt|public_order|hate_crime|{n} (they/them) and friends were leaving the {town} Pride picnic when a man blocked their path shouting anti-gay abuse and telling them to get out of town; no one touched.
lgbt|criminal_damage_arson||{n}'s car tyres let down and wing mirror snapped off on {street}; {n} is definately sure its a parking row with a neighbour and nothing to do with them being trans.
lgbt|burglary||{m} ({age_ad}) and his husband's house in {town} burgled while on holiday, TV and bikes taken; no hate element indicated by police or by them.
lgbt|stalking_harassment|domestic_abuse;online|{n} ({age_ad}): their ex-partner {m} has posted screenshots of their private arguments on Facebook and keeps messaging their new partner on {app}.
lgbt|violence_without_injury|hate_crime|{m} ({age_ad}), wheelchair user and gay, had his chair pushed over the kerb in {town} by a man mocking his disability; he stayed in the chair, no injury.
lgbt|stalking_harassment|hate_crime|{n} ({age_ad}) has had {cnt} letters through the door in {town} saying "no trans freaks on this street"; no threats of violence. Police log {ref}.
lgbt|violence_with_injury||{n} ({age_ad}) got into a fight with a friend at a party in {town} over money; bruised cheek. They're clear it had nothing to do with being trans, and the friend is not a partner or family.
lgbt|sexual_offences|online|{f} ({age_ad}) matched with a woman on {dating}; at their first meet-up in {town} the woman put her hand up {f}'s skirt after {f} said no; since then she has sent messages on the app saying {f} "led her on".
lgbt|fraud_computer_misuse|online|{n} ({age_ad}) bought a chest binder and clothes from an Instagram shop, paid £{amt_s} by bank transfer, nothing arrived and the account vanished.
lgbt|other_theft||{m} ({age_ad}) says a man he brought home from a bar in {town} took his watch and £{amt_s} from the bedside while he slept; no force, nothing said about his sexuality.
lgbt|violence_without_injury|domestic_abuse|{n} ({age_1617}, he/him) says his stepdad shoves him and raises a fist at him to scare him; no injuries. Nothing said about his being trans. Lives in {town}.
lgbt|stalking_harassment|domestic_abuse;hate_crime;honour_based_abuse|{f} ({age_ad}), a lesbian from a close-knit community in {town}: her cousins watch where she goes and report to her father, who says her "lifestyle" dishonours the family and will not be tolerated.
lgbt|violence_with_injury|domestic_abuse;knife_sharp_instrument|{n} ({age_ad}) says their girlfriend cut their hand with a kitchen knife during a row in {town}; needed steri-strips. They want to stay together but feel unsafe.
lgbt|violence_without_injury|domestic_abuse;knife_sharp_instrument|{m} ({age_ad}): his boyfriend held a knife to him and said he'd kill him if he ever left; no injury. Happened at their flat on {street}.
lgbt|stalking_harassment|domestic_abuse;hate_crime|{n} ({age_ad}): their sister keeps ringing their work in {town} to tell colleagues {n} is "sick in the head" for being trans; {cnt} calls this week.
lgbt|public_order|hate_crime|{n} ({age_ad}), Black and trans, was shouted at with racist and transphobic abuse by a man at the bus station in {town}; no contact, CCTV requested.
lgbt|sexual_offences||{n} ({age_ad}) was sexually assaulted by a stranger in the toilets at a festival near {town} on {date}; no hostility about them being queer was expressed. SARC attended.
lgbt|homicide||Bereaved: {m}'s husband {m:2} ({age_ad}) died after a one-punch assault by a stranger outside a pub in {town}; the man has admitted manslaughter. No hate element found.
lgbt|criminal_damage_arson|hate_crime|Homophobic graffiti sprayed across the front of {m}'s barber shop on {street}, {town}, on {date}; he's the only openly gay business owner on the street.
lgbt|violence_without_injury|hate_crime|{n} ({age_ad}) had a drink thrown over them and was jostled in a pub in {town} by men making jokes about trans people; not hurt.
lgbt|stalking_harassment|online|{n} ({age_ad}) is being sent dozens of messages a day on {app} by someone they met once at a club in {town}; never dated, no mention of their identity.
lgbt|anti_social_behaviour||{n} reports a neighbour in {town} who lets his dog foul outside their door and has loud arguments on the phone in the street; no comments about {n} at all.
lgbt|violence_with_injury|hate_crime|{m} ({age_ad}), a gay Muslim man, beaten by two men outside the mosque in {town} who called him a disgrace to Islam and used homophobic slurs; bruised ribs.
lgbt|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|{n} ({age_1617}) says their boyfriend ({age_ad}) pressures them into sex acts by threatening to tell their parents they're gay; they have said no many times.
lgbt|other_theft|domestic_abuse|{m} ({age_old}) says his nephew ({age_ad}), who he took in after the nephew's parents threw him out, has been taking cash and his late partner's watch from the house in {town}.
lgbt|violence_without_injury|hate_crime|{n} (they/them) was grabbed by the arm and pulled back on the dance floor in {town} by a man saying "let's see what you are"; they pulled away, no injury, nothing sexual touched.
lgbt|stalking_harassment|hate_crime;online|{m} ({age_ad}), councillor in {town}, receives homophobic abuse by email and on X (Twitter) every time he posts about Pride month; {cnt_l} messages this month.
lgbt|death_injury_driving||{n}'s partner {m} ({age_ad}) was seriously injured when a van driver ran a red light in {town}; charged with causing serious injury by careless driving. {n} wants help with hospital travel.
lgbt|possession_of_weapons||{n} saw a man with a knife in his waistband at the bar in {town} on {date}; he didn't threaten anyone or show it to anyone; door staff called police.
lgbt|vehicle_offences||{n}'s van, with all their drag costumes in the back, was taken from outside their flat on {street}; nothing suggests they were targeted for who they are.
lgbt|bicycle_theft||{n}'s {bike} was taken from the rack outside the LGBT+ centre in {town} on {date}; lock cut, no hate element suspected.
lgbt|drug_offences||{m} ({age_ad}) wants to report a man selling GHB and meth at chill-out parties in {town}; {m} has not been harmed or threatened himself.
lgbt|other_crime||Helpline log {date}: {n} says they have been the victim of a crime but will only give details to a caseworker in person; booked in at {town}.
lgbt|violence_with_injury|hate_crime|{n} (they/them, {age_u16}) beaten up on the way home from school in {town} by pupils calling them a "gay boy"; bruised face and a cut knee. Parent called us.
lgbt|sexual_offences|online;child_sexual_abuse_exploitation|{n} ({age_1617}) met an older man on {gayapp} after lying about their age; he has had sex with them in exchange for vodka and somewhere to stay in {town}.
lgbt|vehicle_offences|domestic_abuse|{n} ({age_ad}): ex-partner {m} drove off in {n}'s car using a spare key after they split on {date} and won't return it; DASH completed, medium risk.
lgbt|burglary|domestic_abuse|{n} ({age_ad}): their ex-girlfriend let herself into their flat in {town} with an old key while they were at work and took their laptop and passport.
lgbt|robbery|hate_crime|{n} ({age_ad}) had their rainbow tote bag yanked off their shoulder in {town} by a man who shoved them against a wall yelling homophobic abuse and ran off with it; no injury.
# ---- d) ISVA service and sexual assault referral centre ----------------------
isva|sexual_offences||ISVA referral {ref}. Client {f} (she/her), {age_ad}. Attended SARC in {town} on {date} after being raped by a man she had met earlier that night in a bar; she remembers feeling very drunk after one drink and waking in his flat. FME and forensic samples taken. Client wishes to report.
isva|sexual_offences|child_sexual_abuse_exploitation|Non-recent disclosure. Client {m} (he/him), now {age_now}, told his GP he was sexually abused by a youth football coach in {town} from the age of {age_then}. Has never reported and is unsure about police involvement. Prefers a male worker.
isva|sexual_offences|domestic_abuse|Client {f}, {age_ad}. Describes her partner having sex with her while she is asleep, on more than one occasion; she has told him she does not want this. Still living together in {town}. DASH completed: medium. Safety planning discussed.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {f} (now {age_now}) disclosed sexual abuse by her step-father between the ages of {age_then} and 13. He still lives locally in {town}. Client considering a report; ISVA to explain process and pre-trial therapy.
isva|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Client {f}, now {age_now}, disclosed that when she was 17 her then boyfriend, who was 20, raped her repeatedly during the year they were together in {town} and stopped her seeing her friends. She is ready to report.
isva|sexual_offences|online|Client {n} (they/them), {age_ad}. A hidden camera was found in the bathroom of their shared house in {town}; police say the landlord had been uploading the footage to a website. Client feels unsafe at home; housing support needed.
isva|stalking_harassment||Referral from SARC triage. Client {f} ({age_ad}) clarified at first appointment that there has been no sexual touching and no sexual remarks; a man from her work keeps leaving cards on her car and following her to the car park in {town}. Passed to stalking advocacy.
isva|sexual_offences|online;child_sexual_abuse_exploitation|Client {f} ({age_u16}), referred by CSC. An adult man contacted her on {app}, sent sexual images and asked her to meet him in {town}; mum found the messages. Police investigating. Young people's ISVA allocated.
isva|violence_with_injury|domestic_abuse|Triage note: referred to ISVA as a possible sexual assault; on assessment client {f} ({age_ad}) describes her partner strangling her until she nearly passed out, with no sexual element. Marks on neck seen by FME. Redirected to IDVA, MARAC referral {date}.
isva|sexual_offences|domestic_abuse|Client {m} (he/him), {age_ad}. Disclosed his wife pressures him into sexual acts he does not want by threatening to stop him seeing their children. Worried he will not be believed as a man. Consent discussed. {town}.
isva|sexual_offences||Client {f}, {age_old}. Sexually assaulted by a male care worker from an agency during personal care at home near {town}. Agency informed, worker suspended. Daughter supporting. Client wants to report.
isva|sexual_offences|domestic_abuse|Client {f} ({age_ad}) raped by her brother-in-law after a family party at her house in {town} on {date}. Her husband does not yet know. Attended SARC w/in 48hrs.
isva|sexual_offences||Client {n} ({age_ad}) raped by a flatmate in their shared house in {town}; they are not related and were never in a relationship. Client now staying with a friend. Report made, crime ref {ref}.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {m} ({age_1617}) was given vodka and sexually assaulted by a man in his thirties at a house party in {town}. Attended SARC with his aunt on {date}. Police informed.
isva|sexual_offences||Client {f} ({age_ad}) sexually assaulted by a stranger walking home in {town} on {date}. She mentions her sister's abusive marriage years ago as a reason she is wary of police. No relationship to the suspect.
isva|sexual_offences|online|Client {f} ({age_ad}) met a man on {dating}; on their first date he raped her at his flat in {town}. Since then he has messaged her on the app saying nobody will believe her. They had not met before that evening.
isva|sexual_offences|domestic_abuse|Client {f}, {age_ad}. Her ex-husband raped her when he came to collect the children on {date}; they separated {cnt} months ago. DASH high. MARAC referral made. Non-mol being sought.
isva|sexual_offences|child_sexual_abuse_exploitation|Non-recent. Client {f} (now {age_now}) disclosed being raped by an older cousin when she was {age_then}. Not ready to report; wants counselling in Welsh if possible. {town} area.
isva|sexual_offences|modern_slavery|Client {f} ({age_ad}), referred by the Salvation Army. Trafficked from Albania and forced to have sex with men in flats in Hereford and Cardiff. NRM positive reasonable grounds. Albanian interpreter needed. Now in safe house near {town}.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {f} ({age_u16}), referred by school nurse in {town}. Sexual activity with a 19-year-old she calls her boyfriend; she says it was her choice, but at {age_u16} she cannot consent in law. Police informed.
isva|sexual_offences|domestic_abuse;honour_based_abuse|Client {f} ({age_ad}) was forced into marriage abroad and has been raped by her husband since arriving in {town}; his family told her divorce would shame them. Interpreter (Urdu) needed.
isva|sexual_offences||Client {f} ({age_ad}) saw a man on the escalator at the {town} shopping centre filming up her skirt with his phone. Security detained him. Client shaken, wants to know what happens next.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {f} ({age_ad}) disclosed that her grandfather sexually abused her from age {age_then} until she was 12; he died several years ago. She wants to be heard, not to report.
isva|sexual_offences|domestic_abuse;online|Client {f} ({age_ad}) raped by her partner, who filmed it and has threatened on {app} to send the video to her family if she leaves. Living in {town}. DASH high.
isva|sexual_offences|online;child_sexual_abuse_exploitation|Client {m} ({age_u16}) was groomed on a gaming platform by someone pretending to be a 15-year-old girl and pressured into sexual acts on camera; the person then demanded money. Parents supportive. {town}.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {f} ({age_1617}) says her manager at her Saturday job in {town} ({age_ad}) kissed her and touched her breasts in the stockroom. Mum supporting. Employer informed.
isva|sexual_offences|child_sexual_abuse_exploitation|Non-recent. Client {m}, now {age_now}, was sexually abused by a teacher at boarding school when he was {age_then}. Other former pupils have come forward. Pre-trial support requested.
isva|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Client {m} ({age_1617}) says his older brother ({age_ad}) sexually assaulted him at home in {town} on {date}. Parents believe him. Police informed, strategy meeting.
isva|sexual_offences|domestic_abuse|Client {f} ({age_old}) disclosed that her husband has raped her throughout their long marriage; she now lives with her daughter in {town}. First time she has told anyone.
isva|violence_with_injury||Client {f} ({age_ad}) clarified she was not sexually assaulted: the man punched her in {town} when she refused to give him her number, bruised cheek. ISVA to signpost to general victim support.
isva|stalking_harassment|domestic_abuse|Client {f} ({age_ad}) referred to ISVA in error: the issue is her ex-partner's constant texts and driving past her house in {town}; she is clear there was no sexual abuse in the relationship. Passed to IDVA.
isva|public_order||Client {f} ({age_ad}) reports a group of men following her along {street}, {town}, making loud sexual comments about her body; nobody touched her. She felt humiliated and scared.
isva|sexual_offences|domestic_abuse|Client {n} (they/them), {age_ad}, raped by their husband at home in {town} on {date}. They have moved out. SARC attended, evidence kit taken.
isva|sexual_offences||Client {f} ({age_ad}): a man she had met that night removed the condom during sex without her agreement. She went to the SARC in {town} next day for emergency contraception and testing.
isva|sexual_offences|domestic_abuse|Client {f} ({age_ad}): her boyfriend of {cnt} months removed the condom without her agreement and laughed when she challenged him. DASH standard. Living separately, {town}.
isva|sexual_offences|domestic_abuse|Client {f} ({age_ad}) sexually assaulted by her step-father, who is married to her mum, at the family home in {town}. Client is an adult; mum does not believe her.
isva|sexual_offences||Client {f} ({age_ad}) was kissed and groped by a man she had been on one date with, met through a friend; it happened when he walked her home in {town} after she said no. Never in a relationship.
isva|sexual_offences|domestic_abuse;honour_based_abuse|Client {f} ({age_ad}) raped by her cousin at a family event in {town}; her parents are pressuring her not to report "to protect the family's name" and have taken her phone.
isva|sexual_offences|hate_crime|Client {f} ({age_ad}), who wears hijab, was sexually assaulted on a train near {town} by a man who pulled at her hijab and said Muslim women "need teaching a lesson". BTP investigating.
isva|violence_without_injury||Client {f} ({age_ad}): a man grabbed her by the arm and shouted at her outside {town} station on {date}; she pulled free. She is clear there was nothing sexual. No injury.
isva|sexual_offences||Client {f} ({age_ad}) sexually assaulted by a stranger on a night out in {town}; she says if her brother found out he might try to force her into a marriage, though nothing like that has happened or been said.
isva|sexual_offences|knife_sharp_instrument|Client {f} ({age_ad}) raped at knifepoint by a stranger on a footpath near {town} on {date}; minor cut to her neck. SARC attended, forensic kit taken.
isva|sexual_offences|domestic_abuse;knife_sharp_instrument|Client {f} ({age_ad}): her partner held a kitchen knife to her and forced her to have sex, {date}, at home in {town}. DASH high, MARAC.
isva|sexual_offences||Client {f} ({age_ad}) raped by a man who then took her phone and bank card when he left her flat in {town}; she had met him that evening. SARC attended.
isva|violence_without_injury|domestic_abuse|Client {f} ({age_ad}) was referred for rape but explained that her partner threatened to kill her if she left; no sexual offence disclosed. Living in {town}. IDVA referral.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {f} (now {age_now}), Welsh first language, disclosed that a farmhand on her taid's fferm (grandfather's farm) near {town} sexually abused her when she was {age_then}. Welsh-speaking ISVA requested.
isva|sexual_offences||Client {f} ({age_ad}), who works independently as a sex worker, was raped by a client in {town} on {date}. She is clear nobody controls or takes money from her. Wants to report.
isva|sexual_offences|domestic_abuse|Client {f} ({age_ad}) says her girlfriend assaulted her by penetration with an object after she said no. Together {cnt} years, live together in {town}.
isva|sexual_offences|domestic_abuse;online|Client {f} ({age_ad}): her partner live-streamed them having sex to a website without her knowledge; she found out when a friend saw it. Living together in {town}.
isva|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|Client {f} ({age_1617}) was moved from Manchester to flats in {town} by a gang and made to have sex with men; police rescue {date}. NRM submitted.
isva|sexual_offences|child_sexual_abuse_exploitation|Non-recent. Client {m} (now {age_now}) disclosed abuse by a priest at his parish in {town} from age {age_then}. Diocese safeguarding and police informed with consent.
isva|sexual_offences|online|Client {f} ({age_ad}) was repeatedly sent unsolicited photos of a man's genitals on {app} after she declined to meet him; she had never met him. Screenshots kept.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {f} ({age_u16}) sexually assaulted by a boy ({age_u16:2}) in her year at school in {town}; touched under her clothes in a corridor. School and police involved.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {f} ({age_1617}) raped at a party in {town} by a boy she did not know. Attended SARC with her mum on {date}. Wants to report.
isva|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Client {f} ({age_1617}) says her uncle ({age_ad}) raped her at a family wedding in {town}. Mum supporting. Police and CSC informed.
isva|sexual_offences|domestic_abuse|Client {f} ({age_mid}) says her ex-partner raped her {yrs} years ago during their relationship in {town}; she has seen him with a new partner and is now ready to report.
isva|sexual_offences||Client {f} ({age_mid}) disclosed being raped by a colleague at a work conference {yrs} years ago; they were never in a relationship. She has just changed jobs and wants to report.
isva|sexual_offences|hate_crime|Client {f} ({age_ad}), who is deaf, sexually assaulted by a man at a gig in {town} who mocked her signing and said "she can't tell anyone". Interpreter (BSL) needed.
isva|sexual_offences|domestic_abuse|Client {f} ({age_ad}) disclosed rape by her ex-husband while they were still married; they divorced last year. Contact pref: WhatsApp only, safe number. {town}.
isva|sexual_offences||Client {f} ({age_ad}) sexually assaulted by a delivery driver who came into her flat in {town} to drop a parcel; no prior contact. Contact pref: text or WhatsApp.
isva|sexual_offences||Client {n} ({age_ad}) woke at a friend's house in {town} to find a male friend having sex with them; never partners. Attended SARC {date}, undecided about police.
isva|sexual_offences|online;child_sexual_abuse_exploitation|Client {f} ({age_1617}) was groomed on {app} by a man of {age_ad} who persuaded her to meet in {town} and then raped her. Police have the chat logs.
isva|sexual_offences|domestic_abuse|Client {f} ({age_ad}) says her husband makes her have sex with him every night and says it is her duty as his wife; she feels she cannot refuse. {town}. IDVA co-working.
isva|sexual_offences|domestic_abuse|Client {m} ({age_ad}) disclosed that his boyfriend raped him after an argument at their flat in {town} on {date}. Gay men's support group offered.
isva|other_crime||ISVA note: Client {f} ({age_ad}) disclosed an offence that she asked us not to record in detail; no sexual offence, no violence. She wants signposting only. {town}.
isva|stalking_harassment|online|Client {f} ({age_ad}): a man she declined on {dating} keeps creating new accounts to message her and has found her on Instagram; no sexual contact ever took place. {town}.
isva|stalking_harassment|domestic_abuse|Client {f} ({age_ad}), ISVA supported her through an earlier case that closed last year; now her estranged husband keeps ringing her and leaving notes on her car in {town}. No sexual offence by him. IDVA co-work.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {m} ({age_u16}) told his mum that an older lad ({age_1617}) from the estate in {town} made him perform sex acts in the park. Police informed {date}.
isva|sexual_offences|domestic_abuse|Client {f} ({age_ad}): her husband's brother, who lives with them, has been coming into her room at night and touching her. Husband dismissive. {town}.
isva|sexual_offences|online|Client {n} ({age_ad}) was sexually assaulted by a man they met on {dating} at his house in {town}; afterwards he posted about it in a group chat on {app} naming them. First meeting.
isva|sexual_offences|domestic_abuse|Client {f} ({age_ad}) says her ex-partner sexually assaulted her at a child contact handover on {date}; grabbed her breasts and groin. Family court ongoing. {town}.
isva|homicide||Client {f} ({age_old}), whose daughter ({age_ad}) was raped and murdered by a stranger near {town}; ISVA co-working with the homicide service ahead of the trial on {date}.
isva|sexual_offences|child_sexual_abuse_exploitation|Client {f} ({age_u16}) - CSE. Men in their twenties in {town} gave her lifts, cigarettes and alcohol and then had sex with her; she sees one as her "boyfriend". CSC, police, missing team.
isva|robbery||Referral from SARC: client {f} ({age_ad}) had her bag pulled off her shoulder by two men who pushed her over in {town}; she feared they would sexually assault her but nothing sexual happened. Bruised hip. Passed to general victim support.
isva|sexual_offences|modern_slavery|Client {f} ({age_ad}) was brought to the UK and made to work unpaid in a nail bar in {town}, sleeping on the floor; the owner also raped her. NRM referral, interpreter needed.
isva|stalking_harassment|online|Client {f} ({age_ad}), supported by ISVA through a trial that ended on {date}, is now getting abusive messages on {app} from the defendant's friends calling her a liar; no threats of violence.
isva|violence_with_injury|domestic_abuse|Client {f} ({age_ad}) came to the SARC in {town} fearing she had been assaulted while unconscious; FME found no sign of sexual contact and she now recalls her partner slamming her head against the door frame. Bruising to temple. IDVA referral.
isva|burglary||Referral from SARC: an intruder got into the flat of client {f} ({age_ad}) in {town} at night and took her laptop while she slept; nothing sexual happened but she is terrified he watched her sleeping.
isva|violence_without_injury|hate_crime|Client {f} ({age_ad}) had her hijab pulled by a man on {street}, {town}, who shouted anti-Muslim abuse at her; no sexual touching and no injury. Referred on from SARC helpline.
isva|criminal_damage_arson|domestic_abuse|Client {f} ({age_ad}): her ex-partner smashed all the windows of her car outside her mam's house in {town} on {date}; she has disclosed no sexual offence. Referral redirected to IDVA.
isva|fraud_computer_misuse|online|Client {m} ({age_ad}) rang the SARC helpline after a woman he met on {dating} persuaded him to "invest" £{amt_l} in crypto; no sexual contact and no images exchanged. Signposted to Action Fraud.
"""


def parse_templates(block: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    rows: list[tuple[str, str, tuple[str, ...], str]] = []
    seen_texts: dict[str, int] = {}
    for lineno, raw in enumerate(block.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            raise ValueError(f"template line {lineno}: expected kind|category|flags|text")
        kind, category, flag_field, text = (p.strip() for p in parts)
        if kind not in KINDS:
            raise ValueError(f"template line {lineno}: unknown kind {kind!r}")
        if category not in CATEGORIES:
            raise ValueError(f"template line {lineno}: unknown category {category!r}")
        flags = tuple(f for f in flag_field.split(";") if f) if flag_field else ()
        for flag in flags:
            if flag not in FLAGS:
                raise ValueError(f"template line {lineno}: unknown flag {flag!r}")
        if len(flags) != len(dict.fromkeys(flags)):
            raise ValueError(f"template line {lineno}: repeated flag")
        ordered = tuple(sorted(flags, key=FLAGS.index))
        if ordered != flags:
            raise ValueError(f"template line {lineno}: flags not in TAXONOMY order")
        slots = SLOT_RE.findall(text)
        if not slots:
            raise ValueError(f"template line {lineno}: template has no slot")
        for slot_type, _suffix in slots:
            if slot_type not in SLOT_GENERATORS:
                raise ValueError(f"template line {lineno}: unknown slot {slot_type!r}")
        leftover = SLOT_RE.sub("", text)
        if "{" in leftover or "}" in leftover:
            raise ValueError(f"template line {lineno}: malformed slot")
        if text in seen_texts:
            raise ValueError(f"template line {lineno}: duplicate of line {seen_texts[text]}")
        seen_texts[text] = lineno
        rows.append((kind, category, ordered, text))
    return rows


def fill(text: str, rng: random.Random) -> str:
    values: dict[str, str] = {}
    used_by_type: dict[str, list[str]] = {}

    def repl(match: re.Match[str]) -> str:
        key = match.group(0)
        if key not in values:
            slot_type = match.group(1)
            taken = used_by_type.setdefault(slot_type, [])
            value = SLOT_GENERATORS[slot_type](rng)
            tries = 0
            # Different keys of the same type (e.g. {m} and {m:2}) get different values
            # for names and places; numbers may coincide.
            while value in taken and slot_type in ("f", "m", "n", "town", "street") and tries < 50:
                value = SLOT_GENERATORS[slot_type](rng)
                tries += 1
            taken.append(value)
            values[key] = value
        return values[key]

    return SLOT_RE.sub(repl, text)


def main() -> int:
    rng = random.Random(SEED)
    templates = parse_templates(TEMPLATES)
    notes: list[tuple[str, str, tuple[str, ...]]] = []
    seen: dict[str, bool] = {}
    for _kind, category, flags, text in templates:
        for _use in range(N_USES):
            for _attempt in range(200):
                note = fill(text, rng)
                if note not in seen:
                    break
            else:
                raise RuntimeError("could not make a unique note text")
            if "{" in note or "}" in note or "\n" in note or "\r" in note:
                raise RuntimeError("unfilled slot or line break in a note")
            seen[note] = True
            notes.append((note, category, flags))
    rng.shuffle(notes)

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (note, category, flags) in enumerate(notes, start=1):
            writer.writerow([f"B40-{number:04d}", note, category, ";".join(flags)])

    kind_counts = {kind: 0 for kind in KINDS}
    for kind, _category, _flags, _text in templates:
        kind_counts[kind] += 1
    cat_counts = {cat: 0 for cat in CATEGORIES}
    flag_counts = {flag: 0 for flag in FLAGS}
    for _note, category, flags in notes:
        cat_counts[category] += 1
        for flag in flags:
            flag_counts[flag] += 1
    print(f"templates: {len(templates)}")
    for kind in KINDS:
        print(f"  templates[{kind}]: {kind_counts[kind]}")
    print(f"notes: {len(notes)}")
    for cat in CATEGORIES:
        print(f"  {cat}: {cat_counts[cat]}")
    for flag in FLAGS:
        print(f"  flag {flag}: {flag_counts[flag]}")
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        print(f"missing coverage: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
