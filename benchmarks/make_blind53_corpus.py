#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate BLIND53: a blind, hand-labelled corpus of synthetic victim-services referral notes.

Scenario: three referral desks feed one victim-services hub.

* A railway and transport policing victim desk (incident-log shorthand with station codes,
  headcodes and bus route numbers): assaults on guards, revenue staff and bus drivers, sexual
  harassment and exposure on trains and night buses, phone snatches and pickpocketing on
  platforms, trespass, fare disputes that turn violent, graffiti and damage to stations, and
  people struck by buses or trains.
* A university student support and wellbeing team (students' own messages, wellbeing-adviser
  summaries): flatmate disputes, image-based abuse, spiking at freshers' events, stalking by
  course mates, online blackmail, scams aimed at international students, and relationship abuse
  between students aged 18 to 25.
* A workplace employee assistance line (HR-style summaries): staff assaulted by customers,
  coercive partners turning up at work, harassment by colleagues.

Every note is invented. Templates are labelled by hand (``category|flags|text``); slots only
carry names, places, dates, times, amounts, references, counts and ages that never cross a
threshold in the taxonomy, so no slot can change a label. The output is written to
``data/notes_blind53.csv`` next to this script and is byte-identical across runs, working
directories and PYTHONHASHSEED values. Only counts are printed.
"""

import csv
import io
import random
import string
import sys
from pathlib import Path

RNG = random.Random(53_2026)
N_NOTES = 800
OUT = Path(__file__).resolve().parent / "data" / "notes_blind53.csv"

CATEGORIES = [
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
]
FLAGS = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]
FLAG_ABBR = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "onl": "online",
    "knife": "knife_sharp_instrument",
    "csae": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}

# ---------------------------------------------------------------- slot pools
FEMALE = [
    "Aisha",
    "Bethany",
    "Chloe",
    "Darcey",
    "Eilidh",
    "Fatima",
    "Georgia",
    "Hannah",
    "Imogen",
    "Jasmine",
    "Kerry",
    "Leanne",
    "Maya",
    "Niamh",
    "Olivia",
    "Priya",
    "Roisin",
    "Sade",
    "Tegan",
    "Verity",
    "Wiktoria",
    "Yasmin",
    "Zara",
    "Ama",
    "Bronwen",
    "Carys",
    "Dionne",
    "Esme",
    "Freya",
    "Gemma",
    "Harriet",
    "Ioana",
    "Jodie",
    "Keeley",
    "Lowri",
    "Mei",
    "Nadia",
    "Orla",
    "Paige",
    "Rhiannon",
    "Sian",
    "Tamsin",
    "Ufuoma",
    "Zofia",
    "Amira",
    "Becca",
    "Courtney",
    "Danielle",
]
MALE = [
    "Aaron",
    "Bilal",
    "Callum",
    "Dominic",
    "Ewan",
    "Femi",
    "Gareth",
    "Harvey",
    "Idris",
    "Jamal",
    "Kieran",
    "Liam",
    "Mateusz",
    "Nathan",
    "Owen",
    "Pawel",
    "Rhys",
    "Sami",
    "Tariq",
    "Tomasz",
    "Vikram",
    "Wes",
    "Yusuf",
    "Zach",
    "Andrzej",
    "Brandon",
    "Ciaran",
    "Darren",
    "Elliot",
    "Finlay",
    "Grant",
    "Hamza",
    "Ivan",
    "Jordan",
    "Kofi",
    "Lewis",
    "Marcus",
    "Niall",
    "Oisin",
    "Reece",
    "Stefan",
    "Tyler",
    "Declan",
    "Gavin",
    "Hassan",
    "Jake",
    "Luca",
    "Mohammed",
]
NEUTRAL = [
    "Alex",
    "Charlie",
    "Jamie",
    "Robin",
    "Sasha",
    "Morgan",
    "Rowan",
    "Ellis",
    "Frankie",
    "Kit",
    "Remi",
    "Sky",
    "Taylor",
    "Avery",
]
SURNAMES = [
    "Ahmed",
    "Barker",
    "Chowdhury",
    "Dunmore",
    "Evans",
    "Fairclough",
    "Garside",
    "Hussain",
    "Iqbal",
    "Jones",
    "Kowalski",
    "Lister",
    "McAllister",
    "Nowak",
    "Okafor",
    "Pritchard",
    "Quinn",
    "Rahman",
    "Sutcliffe",
    "Thackeray",
    "Uddin",
    "Varley",
    "Whitlock",
    "Yates",
    "Zielinski",
    "Ashworth",
    "Boateng",
    "Crabtree",
    "Doyle",
    "Ellwood",
    "Fenton",
    "Gill",
    "Holroyd",
    "Ibrahim",
    "Jagger",
    "Kaur",
    "Lomax",
    "Mensah",
    "Nolan",
    "O'Neill",
    "Patel",
    "Redfern",
    "Singh",
    "Tait",
    "Walsh",
]
STN_A = [
    "Ashgrove",
    "Brackenford",
    "Cobbleton",
    "Dunsley",
    "Elmhurst",
    "Fenwold",
    "Gorsey",
    "Harwick",
    "Ivybridge Lane",
    "Kingsmere",
    "Lowther",
    "Marshgate",
    "Netherby",
    "Oakcroft",
    "Pellow",
    "Ravensholt",
    "Saltmarsh",
    "Tollbridge",
    "Upperthorpe",
    "Wexcombe",
    "Yarrowby",
]
STN_B = ["Central", "Parkway", "Junction", "Road", "North", "Halt", "Street", "Interchange", "East", "Bridge"]
BUS_STOPS = [
    "the bus station",
    "stand D",
    "the interchange",
    "the hospital stop",
    "the retail park stop",
    "the stop outside the Co-op",
    "Market Sq stop",
    "the uni campus stop",
    "the park and ride",
]
HALLS = [
    "Calder House",
    "Rivington Court",
    "Meadowside Block C",
    "Aire Hall",
    "Thornley Village",
    "Beech Court",
    "Weaver Hall",
    "Linden Flats",
    "Quayside Residences",
    "Moorfield House",
    "St Cuthbert's",
    "Hollins Court",
]
COURSES = [
    "Law",
    "Nursing",
    "Mech Eng",
    "Pharmacy",
    "History",
    "Comp Sci",
    "MSc Data Science",
    "Fine Art",
    "Physio",
    "Economics",
    "Midwifery",
    "Psychology",
    "Architecture",
    "Chem Eng",
    "Music",
    "Geography",
    "Business Mgmt",
    "Biomed",
    "Social Work",
    "Film Studies",
]
VENUES = [
    "the SU bar",
    "Union Loft",
    "Club Vesta",
    "the Quarry nightclub",
    "the freshers' fair after-party",
    "the boat party",
    "the Halls bar",
    "the Lock Warehouse",
    "the sports society social",
    "the Foundry",
]
EMPLOYERS = [
    "Greenleaf Foods",
    "Northstar Logistics",
    "Meridian Call Centre",
    "Kestrel Parcels",
    "Calder Insurance",
    "Hatherby Council",
    "Brightwater Utilities",
    "Orbit Print",
    "Linwood Engineering",
    "Castleway Leisure",
    "Ashworth Lomax Solicitors",
    "Penwick Borough Council",
    "Redfern Distribution",
    "Sandholme Water",
]
BUSCOS = ["Fleetline Buses", "Pennine Rider", "Vale Connect", "Citylink Coaches", "Northway Buses", "Moorlander Travel"]
HOTELS = ["Harbourside Hotel", "the Kingsmere Lodge", "the Station Hotel", "Parkview Inn", "the Meridian Hotel"]
SHOPS = ["ValuMart", "Holroyd's Hardware", "Quickbuy Express", "Brightside Stores", "Castle DIY", "Farthing Foods"]
PHARMACIES = ["Pennine Pharmacy", "Ebbfield Chemists", "Wellside Pharmacy", "Moor Lane Pharmacy"]
CAREHOMES = ["Bramley Care Group", "Rosewood House care home", "Beacon Home Care", "Fernlea Lodge"]
TOWNS = [
    "Marlston",
    "Ebbfield",
    "Thornbury Vale",
    "Kirkhope",
    "Sandholme",
    "Caverley",
    "Oldmoor",
    "Penwick",
    "Rowley Bridge",
    "Hatherby",
    "Longstone",
    "Wyke Green",
]
STREETS = [
    "Albion St",
    "Mill Lane",
    "Cross Hill",
    "Victoria Rd",
    "Brook Terrace",
    "Station Approach",
    "Hawthorn Close",
    "Kings Parade",
    "Canal Side",
    "Elm Grove",
    "Prospect Row",
    "Union Walk",
]
COUNTRIES = [
    "Nigeria",
    "India",
    "China",
    "Pakistan",
    "Malaysia",
    "Ghana",
    "Vietnam",
    "Kenya",
    "Bangladesh",
    "Sri Lanka",
    "Egypt",
]
MONTHS = [
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
]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PLACEHOLDER = ["N/K", "not recorded", "tbc", "unk", "n/k", "TBC", "not given"]
COUNT_WORDS = ["two", "three", "four", "five", "six", "several", "a few"]


def _ordinal(d):
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


def _date(rng):
    y = rng.choice([2024, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    style = rng.randint(0, 6)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == 2:
        return f"{_ordinal(d)} {MONTHS[m - 1]}"
    if style == 3:
        return f"{d} {MON3[m - 1]} {y}"
    if style == 4:
        return f"{d}/{m}/{y % 100:02d}"
    if style == 5:
        return f"{d}/{m}"
    return f"{d:02d}-{m:02d}-{y}"


def _time(rng):
    h = rng.randint(0, 23)
    mi = rng.randrange(0, 60, 1)
    style = rng.randint(0, 4)
    if style == 0:
        return f"{h:02d}:{mi:02d}"
    if style == 1:
        return f"{h:02d}{mi:02d}hrs"
    if style == 2:
        return f"{(h % 12) or 12}.{mi:02d}{'am' if h < 12 else 'pm'}"
    if style == 3:
        return f"approx {h:02d}{mi:02d}"
    return f"{h:02d}{mi:02d}"


def _ref(rng):
    style = rng.randint(0, 5)
    if style == 0:
        return f"CAD {rng.randint(100, 9999)} {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
    if style == 1:
        return f"URN {rng.randint(10, 99)}/{rng.randint(1000, 99999)}/{rng.choice(['24', '25'])}"
    if style == 2:
        return f"log {rng.randint(100, 2999)}"
    if style == 3:
        return f"CRN {rng.randint(2400000, 2599999)}"
    if style == 4:
        return f"SSW-{rng.randint(1000, 9999)}"
    return f"EAP/{rng.randint(10000, 99999)}"


def _station(rng):
    return f"{rng.choice(STN_A)} {rng.choice(STN_B)}"


def _crs(rng):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(3))


def _headcode(rng):
    return f"{rng.randint(1, 9)}{rng.choice('ABCDEFHKLMNPRSTUVWY')}{rng.randint(0, 99):02d}"


def _route(rng):
    style = rng.randint(0, 2)
    if style == 0:
        return f"N{rng.randint(1, 99)}"
    if style == 1:
        return str(rng.randint(1, 299))
    return f"X{rng.randint(1, 99)}"


def _money(rng, lo, hi):
    v = rng.randint(lo, hi)
    if rng.random() < 0.3:
        return f"£{v}.{rng.randint(0, 99):02d}"
    return f"£{v:,}"


POOLS = {
    "fn": lambda r: r.choice(FEMALE),
    "mn": lambda r: r.choice(MALE),
    "nn": lambda r: r.choice(NEUTRAL),
    "sn": lambda r: r.choice(SURNAMES),
    "stn": _station,
    "crs": _crs,
    "hc": _headcode,
    "route": _route,
    "stop": lambda r: r.choice(BUS_STOPS),
    "hall": lambda r: r.choice(HALLS),
    "course": lambda r: r.choice(COURSES),
    "venue": lambda r: r.choice(VENUES),
    "emp": lambda r: r.choice(EMPLOYERS),
    "busco": lambda r: r.choice(BUSCOS),
    "hotel": lambda r: r.choice(HOTELS),
    "shop": lambda r: r.choice(SHOPS),
    "pharm": lambda r: r.choice(PHARMACIES),
    "carehome": lambda r: r.choice(CAREHOMES),
    "town": lambda r: r.choice(TOWNS),
    "street": lambda r: f"{r.randint(1, 180)} {r.choice(STREETS)}",
    "road": lambda r: r.choice(STREETS),
    "country": lambda r: r.choice(COUNTRIES),
    "date": _date,
    "time": _time,
    "day": lambda r: r.choice(DAYS),
    "dy": lambda r: r.choice(DAY3),
    "month": lambda r: r.choice(MONTHS),
    "year": lambda r: str(r.randint(2009, 2021)),
    "ref": _ref,
    "nk": lambda r: r.choice(PLACEHOLDER),
    "cnt": lambda r: r.choice(COUNT_WORDS),
    "num": lambda r: str(r.randint(2, 14)),
    "mins": lambda r: str(r.randint(3, 40)),
    "weeks": lambda r: str(r.randint(2, 11)),
    "yrs": lambda r: str(r.randint(2, 9)),
    "amt": lambda r: _money(r, 4, 95),
    "big": lambda r: _money(r, 120, 4800),
    "sid": lambda r: f"{r.choice('ABCDEFGHJKLMNPRSTW')}{r.randint(10000, 99999)}",
    "coach": lambda r: r.choice("ABCDEFGHJK"),
    "plat": lambda r: str(r.randint(1, 14)) + r.choice(["", "", "", "a", "b"]),
    "room": lambda r: f"{r.randint(1, 6)}{r.randint(0, 2)}{r.randint(1, 9)}",
    # ages: each pool stays inside one taxonomy band (16/18 thresholds never crossed)
    "age_a": lambda r: str(r.randint(26, 61)),  # adult
    "age_s": lambda r: str(r.randint(18, 25)),  # student / young adult
    "age_o": lambda r: str(r.randint(68, 91)),  # older adult
    "age_y": lambda r: str(r.randint(12, 15)),  # under 16
    "age_m": lambda r: str(r.randint(12, 17)),  # under 18
}


def _pool_of(field):
    base = field.rstrip("0123456789")
    if base not in POOLS:
        raise KeyError(f"unknown slot {field}")
    return base


def fill(text, rng):
    """Fill every {slot}; same slot name -> same value; distinct names in one pool -> distinct values."""
    values = {}
    used = {}
    for _lit, field, _spec, _conv in string.Formatter().parse(text):
        if field is None or field in values:
            continue
        base = _pool_of(field)
        seen = used.setdefault(base, [])
        for _ in range(50):
            v = POOLS[base](rng)
            if v not in seen:
                break
        seen.append(v)
        values[field] = v
    return text.format_map(values)


TEMPLATES = []


def add(block):
    for raw in block.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cat, flags, text = line.split("|", 2)
        cat = cat.strip()
        fl = [f.strip() for f in flags.split(",") if f.strip()]
        TEMPLATES.append((cat, [FLAG_ABBR.get(f, f) for f in fl], text.strip()))


# ---------------------------------------------------------------- batch 1: rail / bus desk, violence and theft
add(r"""
violence_with_injury||INC {ref} {dy} {date} {time} {stn} ({crs}). Conductor {fn} {sn} on {hc} asked male to show ticket, male refused, punched her twice to side of head when she said she'd call BTP at next stop. Swelling L cheek + cut inside mouth, treated by paramedics at scene. S decamped towards car park. Stranger to V. V off sick, referred for support.
violence_without_injury||Guard {mn} {sn} spat at in face by female passenger on {hc} after being told her railcard had expired. No injury. V says its the 3rd time this {month} hes been spat on and he's "had enough of this job". S detained by BTP at {stn}. Ref {ref}.
violence_with_injury||Bus driver {mn} ({age_a}) route {route}, dispute over contactless fare declined. Male reached round the cab screen + grabbed his glasses, then hit him with a closed fist, broken nose confirmed at A&E. CCTV on bus requested, S NK. Driver says "never seen him before in my life". Depot manager referred.
violence_with_injury|hate|{date} approx {time}, route {route} night bus. Driver {mn} {sn} called a "p*ki" repeatedly by group of 3 lads after he refused to let them on without paying, one then punched him through the open cab door, split eyebrow needing glue. V very upset about the racial abuse more than the punch. Ref {ref}.
public_order|hate|Revenue protection officer {fn} {sn} at {stn} gateline, passenger without ticket started shouting about "you people coming over here taking our jobs" and told her to go back to {country}. No physical contact, no threats of violence. V shaken, wants support + to know outcome. BTP {ref}.
violence_without_injury||{stn} platform {plat}, {time}. Station staff member {nn} {sn} shoved backwards by a man trying to get through the wide aisle gate without a ticket. V didn't fall, no injuries, "just a bit of a shock". S pushed through + left. Referral made by line manager, V happy to be contacted.
violence_with_injury||V {fn} {sn} ({age_a}) train manager on {hc}. Passenger caught in toilet without ticket, when she asked him to leave at {stn} he slammed the toilet door on her hand. Two fingers fractured, in splint. S arrested on platform. V worried about court as he said he'd "remember her face" as he was taken off.
robbery||{time} {date}, {stn} footbridge. V {mn} ({age_s}) on phone when two males came up either side, one pushed him into the railings and the other pulled his iPhone out of his hand. V grazed elbow. Both ran towards {road}. No weapon seen. Phone tracked to {town}. V wants help with replacing student loan laptop bag also taken.
theft_from_person||V {fn} {sn} waiting on platform {plat} at {stn}, phone snatched out of her hand by a lad on a bike who rode along the platform edge and off via the ramp. She was not touched / no force used on her, just the grab. Ref {ref}. V upset as photos of late father on phone not backed up.
theft_from_person||Pickpocket at {stn} during evening peak. V ({age_o}) noticed purse gone from shoulder bag after getting off {hc} - zip open, didn't feel a thing. Bank cards cancelled, approx {amt} cash. V lives alone, daughter rang us on his behalf, wants someone to check he's ok as he's stopped going out.
robbery|knife|CAD {ref}. {date} {time} underpass by {stn} (stn code {crs}). V {mn} {sn} ({age_s}) approached by male who pulled a kitchen knife from his waistband and said "phone and wallet now". V handed both over. No injuries. S described as white male 20s, grey tracksuit. V not sleeping, scared to use the station now.
violence_with_injury|knife|Bus driver {fn} {sn} on {route} slashed across forearm with a Stanley-type blade by passenger who'd been refused travel for being abusive. 8 stitches at {town} General. S arrested. Driver says she will not drive nights again. Referral from union rep {mn} {sn}.
violence_without_injury|knife|Gateline, {stn}. Male told by staff member {nn} his ticket was for the wrong route. Male pulled out a small lock knife, opened it and held it up saying "let me through or I'll open you up". Staff let him through. Nobody hurt. BTP attended, S NK. {nn} off work, having flashbacks.
possession_of_weapons||Stop and search on {stn} concourse {date}, male ({age_a}) found with a 4 inch folding knife in a rucksack, no threats made to anyone, not produced. Referral is for the ticket office clerk who pointed him out and is now worried about being identified as the witness. Ref {ref}.
violence_without_injury||{dy} {time} on {hc} between {stn} and {stn2}. Male passenger told guard {mn} "I'll f***ing kill you when you finish your shift, I know where you park" after being asked to move his feet/bags off seats. Guard believes he meant it, S seen in staff car park later that week. Threat to kill logged. No physical contact.
public_order||Platform {plat} {stn}, group of approx {num} football fans chanting, throwing cans, one kicking the help point and shouting at a female cleaner {fn} {sn} that she was going to "get it". Nobody touched. Cleaner frightened, hid in mess room. Spotters following up. V wants support letter for employer.
violence_with_injury||Referral from BTP: V {fn} {sn}, {age_a}, PCSO-style station host at {stn}. Was helping a drunk male off the train, he turned + headbutted her. Concussion, kept in overnight. S charged. No previous between them. V asking about compensation (CICA) and what happens at court.
violence_without_injury||V {mn} (bus driver, {busco}) had a hot coffee thrown over the screen at him by a passenger disputing change; the lid stayed mostly on + it mostly hit the screen. V not burnt, no injury. Says he's more angry than upset. Passenger ID'd via bus pass. Ref {ref}.
violence_with_injury||Fare dispute {stn} ({crs}) {date}. Revenue inspector {mn} {sn} issued a penalty fare to a male who then followed him off the train and kicked him repeatedly in the legs on the ramp. Bruising both shins, limping, seen by GP who documented injuries. S {mn2} {sn2} known to staff for dodging fares, not known to V personally.
robbery||Night bus route {route} top deck {time}. V ({age_s}) had earphones in, youth sat next to him + pressed something hard into his side and said it was a gun, took his AirPods and phone. V didn't see any object. No injuries. V now refusing to get the bus to his late shift. Mum {fn} called in.
theft_from_person||V {nn} {sn} had wallet lifted from back pocket on the escalator at {stn} - felt a bump, turned and a man apologised, then realised wallet gone. {amt} cash + railcard + bank cards. Card then used at a kiosk. Ref {ref}. V is autistic and wants contact by email only please.
theft_from_person||{date} - {stn} concourse. Female aged {age_o} had handbag lifted from the back of her wheelchair while she was looking at the departure board. Didn't know until later. Carer {fn} {sn} says V very distressed, the bag had her late husband's ring in it. No hostility / comments made, appears opportunistic.
violence_with_injury||RTC-related? NO - intentional. Bus driver {mn} {sn} ({age_a}) was dragged out of his cab at {stop} by a car driver who said the bus had clipped his mirror and was then punched several times. Bruised ribs, cut lip. Car driver left in a silver hatchback, reg {nk}. Driver referral via depot.
violence_without_injury||{dy} {date}: Member of rail staff {fn} {sn} grabbed by the wrist and pulled towards a male who wanted to argue about a cancelled service. She pulled free. Slight redness only, no injury to speak of, didn't need treatment. Male left on the replacement bus. V asked for a call-back after 5pm.
violence_with_injury|hate|INC {ref}. Female passenger wearing hijab on {hc}, male sat opposite tore her headscarf off, called her a terrorist and punched her in the mouth when she tried to take it back. Lip split, tooth loose. Other passengers intervened. S arrested at {stn}. V {fn} {sn} ({age_a}) terrified, referred for ISVA-style support? - NO, this is an assault, refer to general support.
public_order||{stn} - {time} - group of teenagers climbing on the platform shelter and swinging off the fence, then shouted threats at the platform staff who told them to go. Staff member {mn} felt threatened, no one hurt, no damage found. Trains cautioned through. Referral for staff member, wants to talk to someone.
violence_with_injury||Referral from {busco} HR: bus driver {fn} {sn} attacked at end of route {route}, {date}, by a passenger who she'd refused to let ride with an unmuzzled dog he was kicking. He hit her with the dog lead, welts on her arm + face. Not known to her. Also a possible animal welfare matter re dog, BTP/RSPCA aware.
violence_without_injury||Train manager {mn} {sn} reports he was surrounded by {num} lads on {hc} after asking for tickets, one flicked his lanyard and another pushed him against the vestibule door. No injury. He locked himself in the rear cab until {stn}. Still very anxious, says there was no-one else in the coach to help.
robbery||V ({age_s}) student, walking from {stn} to halls at {time}. Male on e-scooter rode up behind, grabbed her bag strap and when she held on he yanked it until she fell onto the pavement and let go. Grazed knees and palms. Bag had laptop, passport, BRP. V {fn} {sn} is an international student from {country}, very worried about visa docs.
theft_from_person||CCTV review {stn}: female pickpocket working the platform {plat} crowd during disruption, V {mn} {sn} one of at least {num} victims that evening, phone taken from coat pocket. No contact with V, didn't notice. BTP ref {ref}. V just wants crime number for insurance and to know if phone is recovered.
violence_with_injury||{date} {time}. Station cleaner {fn} {sn} ({age_a}) hit on the back of the head with a glass bottle thrown from a passing group on the overbridge. Wound needed stitches. Group not identified, V doesn't think she was targeted. CCTV of bridge poor. Ref {ref}.
violence_without_injury||Bus driver refused to let drunk passenger on at {stop}; passenger then stood in front of the bus, banged on windscreen, then came to the door and threw a punch that missed. Driver {mn} {sn} not hit. Threat "I'll be waiting for you tomorrow". Driver referral via union.
violence_without_injury||V is a BTP officer (PC {sn}) - referral via federation. Pushed in chest and kicked at (missed) by male being removed from {hc} for fare evasion. No injury. S charged with assault on an emergency worker. Officer wants info on victim personal statement process only.
other_crime||Trespass on the line near {stn} - {num} youths walked along the track between platforms to cross, driver of {hc} had to emergency brake and is badly shaken. No one hit, no damage, nobody assaulted. Driver {mn} {sn} referred by TOC welfare for support. Youths NK.
other_crime||Driver of {hc} referral: male deliberately walked onto the tracks at {stn} end of platform {plat} to "take a shortcut" to the car park, stood in the four-foot and waved at the train, then climbed off before the train reached him. No one hurt. Railway trespass only. Driver struggling to sleep.
violence_with_injury||Bus route {route} {date}. Passenger {mn} {sn} ({age_a}) asked another man to turn his music down, the man stood up and stamped on his foot then shoved him into the pole. Broken toe per X-ray + bruised shoulder. Strangers. S got off at {stop}. V wants info on CCTV request.
public_order||Night bus {route}, driver {fn} {sn}. Passenger swore at her for {mins} minutes, called her a "useless fat cow", threatened to "get her sacked", kicked the cab screen. No damage to screen, no injury. Got off at {stop}. No comments about race, religion etc. Driver upset, first week after training.
violence_with_injury||Revenue protection officer {mn} ({age_a}) bitten on the forearm by woman he'd stopped at {stn} gateline for travelling without a ticket; skin broken, tetanus + bloods at walk-in centre. S arrested. V worried about blood test results, wants support while waiting.
robbery||{dy} {time} {stn} car park. V {mn} {sn} returning to his car after shift, two men blocked his way and one punched him in the face and the other went through his pockets and took wallet, keys and phone. Swollen eye. Car left alone. V says they knew it was payday. Ref {ref}.
theft_from_person||V {fn} ({age_s}) fell asleep on the {hc} coming back from a night out, woke at {stn} to find her phone gone from her lap and purse from her bag. Nobody touched her as far as she knows, friends saw no one. Ref {ref}. Called because her whole life is on that phone and she's panicking.
violence_with_injury||Station staff {nn} {sn} tried to stop a fight between two passengers on platform {plat} and was elbowed in the face, nose bleed, went to A&E for check. Neither man known to V. BTP have one S named. V says "I'm paid to sell tickets not break up fights".
violence_without_injury||{stn} ticket office {date}. Customer became aggressive when told the advance ticket was non-refundable, threw a card reader at the glass, then came round to the staff door and shoved clerk {fn} {sn}. No injury. Card reader damaged. Manager reported. Clerk off work with anxiety.
violence_without_injury||{hc}, coach {coach}. Female passenger ({age_a}) had a pint of lager poured over her head by a man she'd asked to stop swearing in front of her children. Not injured. Strangers. She got off at {stn}. Wants to know if anyone got his details.
robbery|knife|Referral BTP {ref}: V {mn} {sn} ({age_s}), delivery rider, waiting by {stn} taxi rank. Three males, one showed the handle of a machete in his jogging bottoms and said "give us the bike keys and your phone, don't be silly". V complied. Not hurt. E-bike, phone, {amt} cash. V wants help with loss of income.
violence_with_injury||{date}. Ticket inspector {mn} {sn} was pushed down the stairs at {stn} by a passenger trying to avoid a penalty fare. Fractured wrist. S chased by BTP and detained. V married w/ 2 kids, worried about money while off. Nil other issues, nil DA.
theft_from_person||V ({age_o}) on {route} bus, a woman sat next to him and "helped" him with his shopping bag, later found his wallet missing from his inside jacket pocket. Believes she took it then. {amt} cash + bus pass. Son {mn} {sn} reporting, V gets confused, lives with son.
violence_without_injury|hate|{dy} {time} {stn}. Wheelchair user {mn} {sn} waiting for the ramp assistance, passenger called him a "spastic" and "waste of a seat", and tipped his chair back so he was left looking up, then let it drop forward. Not injured, didn't fall out. V says "this happens a lot" but this was the worst.
public_order|hate|Bus driver {mn} {sn} route {route} reports that a passenger shouted homophobic slurs at two young men holding hands on the lower deck and told them he'd "sort them out" at the next stop. Driver stopped the bus, man got off. The two men left without giving details. Referral is for the driver, who is himself gay and was upset.
violence_without_injury||Station CSA {fn} {sn} ({age_a}) had a door deliberately slammed into her by passenger arguing that the lift was out of order. No injuries per V. She has a heart condition and is worried about stress. Man walked off towards buses. Ref {ref}.
violence_with_injury|knife|{time} {date}, {stn} southbound platform. V {mn} {sn} ({age_s}) stabbed in the thigh during argument with a stranger over a seat on the train, treated at Major Trauma Centre, s18 wounding being investigated. V discharged, scared, lives alone. BTP {ref}.
robbery||Two teenage lads approached V {nn} ({age_s}) on platform {plat} at {stn}, asked to "borrow" his phone to make a call then when he refused one grabbed his arm and twisted it behind his back while the other took the phone from his pocket. Arm sore, no visible injury. S NK.
violence_with_injury||{busco} driver {fn} {sn}. Passenger threw a full can of drink at her as he got off at {stop}, hit her on the side of the head, lump + headaches for days. Over a dispute about a child ticket. S known to other drivers. Depot {ref}.
theft_from_person||V attending the Xmas market on {stn} station concourse, handbag unzipped from behind in the crowd, {amt} + phone + keys gone, only noticed at the bus stop. V {fn} {sn} saw nobody and felt nothing. Locks changed. Ref {ref}.
violence_without_injury||Passenger on {hc} {date} reports another passenger repeatedly kicked the back of her seat, then when she turned round grabbed her hair and pulled it once. No injury, no marks. V {fn} ({age_a}) says he was "off his head". S left train at {stn}.
""")
# ---------------------------------------------------------------- batch 2: rail / bus desk, sexual, damage, driving, misc
add(r"""
sexual_offences||{route} night bus {dy} {time}. V {fn} {sn} ({age_s}) on top deck alone, male sat across the aisle exposed himself and masturbated while staring at her. She went downstairs to the driver. S got off at {stop}. Image on bus CCTV. V wants to know if he's done it before.
sexual_offences||BTP {ref}. Crowded {hc} into {stn} in morning peak. V ({age_a}) felt a man press his groin against her repeatedly then put his hand between her legs over her trousers. She shouted, he got off at the next stop. V {fn} {sn} has since changed her commute and works from home where she can.
sexual_offences||Upskirting report: {stn} escalators, {date}. A passenger saw a man holding his phone under the skirt of V {fn} ({age_a}) and filming. BTP seized phone. V didn't know until officers spoke to her. She's mortified and wants to know who will see the footage.
sexual_offences|csae|Schoolgirl {fn} ({age_y}) on her way home on the {hc}. Man in his 40s sat opposite with his coat over his lap and exposed his penis to her, smiling. She texted her mum and got off at {stn}. Mum {fn2} {sn} making the referral, daughter not wanting to go to school by train now.
sexual_offences||V {nn} {sn} ({age_s}, non-binary) dozed off on last train to {stn}, woke to a man with his hand inside their top touching their chest. Pushed him off, he moved coaches. V reported same night. BTP {ref}. V says they froze and feels it's their fault for falling asleep.
sexual_offences|onl|Female passenger ({age_a}) on {hc} refused to give a man her number. Later that evening he found her on Instagram from her work lanyard name and sent her an unsolicited photo of his erect penis with "you missed out". V {fn} {sn} screenshotted, reported to BTP, ref {ref}.
public_order||{dy} {time} {stn} platform {plat}. Group of lads made loud sexual comments to V {fn} ({age_s}) about her body and what they'd "do to her", followed her a few metres and laughed, then got on the train. No touching, nothing exposed, no one filmed her. V shaken, didn't catch faces. One-off. Ref {ref}.
stalking_harassment||V {fn} {sn} ({age_a}) says a man who catches the same {time} train from {stn} has started sitting next to her every day for {weeks} weeks, got off at her stop twice and walked behind her to her road. Left a note on her car windscreen with her name on it. She has never spoken to him. Very frightened.
sexual_offences|csae|Referral from BTP child protection: {fn} ({age_y}) seen travelling repeatedly with older male ({age_a}) on late trains between {stn} and {town}, hotel receipts found, she has disclosed they have sex and he buys her vapes and clothes. CSE strategy meeting held. Mum asking for support for the family.
violence_without_injury|ms|Boy ({age_y}) found alone on {hc} at {time} with {num} wraps of crack and a burner phone in his sock, {town} postcode. Disclosed older lads "told him he owed them" and that he has to run the line or his family gets hurt. NRM referral made, being treated as a victim of CCE / trafficking. Carer {fn} {sn} seeking support.
homicide||Bereaved family referral. {mn} {sn} ({age_a}) died on {date} after being pushed from platform {plat} at {stn} into the path of a train by a man he had argued with over a spilt drink. S charged with murder. Family (wife {fn} and two adult sons) want support with inquest + trial. No prior relationship between V and S.
homicide||BTP family liaison referral: {mn} ({age_s}) died of a head injury after being punched once outside {stn} in a row over a taxi, fell + hit head on kerb. S charged with manslaughter. Parents {fn} and {mn2} {sn} requesting support with court. Strangers.
death_injury_driving||Family referral: {fn} {sn} ({age_o}) was crossing at the zebra outside {stop} when a bus pulled out and struck her, she died at the scene on {date}. Bus driver charged with causing death by careless driving. Daughter {fn2} coordinating family. Not a BTP matter - local force FLO.
death_injury_driving||V {mn} {sn} ({age_s}) student, hit by a car racing another car through the lights on {road} near {stn}, {date}. Broken pelvis, brain injury, still in hospital {weeks} weeks later. Driver charged with causing serious injury by dangerous driving. Mum {fn} asking for help with travel to hospital.
death_injury_driving||Cyclist {nn} ({age_a}) knocked off by a bus turning left across the cycle lane at {road}, driver admits he didn't look. Life-changing leg injuries, amputation. Driver interviewed re causing serious injury by careless driving. V's partner {mn} calling for support. Bus co. {busco}.
criminal_damage_arson||{stn} ({crs}) - overnight {date}. Graffiti tags sprayed across the waiting room and both station name boards, approx {big} to clean. Referral is for station adopter volunteer {fn} {sn} ({age_o}) who looks after the planters there and is heartbroken. No suspects.
criminal_damage_arson||Bus shelter at {stop} smashed again, {num} times this month now, glass everywhere. Also the timetable case kicked in. Referral from the local councillor on behalf of resident {mn} {sn} who uses the stop and keeps cutting his shoes. No suspects. Ref {ref}.
criminal_damage_arson||{date}. Bin store at {stn} set alight by youths, fire spread to the staff cycle shelter, {num} bikes melted. Fire service attended. No one hurt. Arson being investigated. Staff member {nn} {sn} lost her commuting bike and is asking about victim support/compensation.
criminal_damage_arson||Train {hc}: {num} seat covers ripped and the toilet door kicked off its runners by a group of stag party males, guard {mn} {sn} had to call BTP. Nobody threatened or hurt. TOC claiming costs. Guard wants debrief/support.
bicycle_theft||V {fn} {sn} ({age_s}) locked her bike to the rack at {stn} at {time}, came back at 6pm, lock cut and bike gone. CCTV shows a man with bolt croppers. Bike worth {big}. She needs it to get to placement. Ref {ref}.
bicycle_theft||Staff member at {stn} had his e-bike taken from the secure staff compound, code for the gate was known to all staff + contractors. V {mn} {sn} thinks it's someone who works there. {big}. Wants advice re insurance and work.
vehicle_offences||{stn} station car park, {dy} {date}. V's car window smashed and her work laptop + handbag taken from the footwell. V {fn} {sn} ({age_a}) commutes daily, says this is the second car broken into on her row this week. Ref {ref}.
vehicle_offences||Catalytic converter cut off V's Prius in the long-stay at {stn} while he was at work. V {mn} {sn}, {age_a}, self-employed, can't work without car. Car park CCTV not working. Quote for repair {big}. Ref {ref}.
vehicle_offences||V {nn} {sn} parked at {stn} park and ride, returned to find the car gone. Found burnt out in {town} {num} days later. Keys still with V. Theft of MV. No suspects. V upset as her late mum's ashes box was in the boot (recovered intact, thankfully).
drug_offences||Referral from {stn} station manager for staff member {fn} {sn}: dealers using the disabled toilet to deal, needles and foil left daily, V has to clean it. BTP op has now arrested {num} for PWITS class A. No one has threatened V. She wants someone to talk to about the stress and needle-stick worries.
drug_offences||{dy} {time}. Passenger smoking cannabis in vestibule of {hc}, guard {mn} challenged him, he apologised + got off at {stn}. Found with small bag of weed by BTP, possession only, cannabis warning. Guard referred himself as he gets asthma from the smoke. No aggression.
misc_crimes_against_society||Revenue team referral: {num} forged 16-25 railcards seized at {stn} gateline over {weeks} weeks, all printed from the same template and being sold on a local market stall. Forgery investigation. Referral is for ticket examiner {fn} {sn} who was threatened with a complaint but not with violence.
misc_crimes_against_society||Bus depot engineer {mn} {sn} bought a second-hand iPad at the depot from a driver, now told by police it was stolen from a hotel room. He's being treated as a witness re handling stolen goods; the driver has been charged. V embarrassed + worried for his job.
misc_crimes_against_society||{dy} {date}: A lorry driver drove round the barriers at the {stn} level crossing while the lights were flashing, missing the {hc} by seconds. No one injured, nothing hit. Driver charged w/ dangerous driving. Train driver {fn} {sn} very shaken, EAP referral.
misc_crimes_against_society||Young man {mn} ({age_s}) phoned {stn} saying he'd "smash up every ticket machine tomorrow" if his penalty fare wasn't cancelled. No damage done. Ticket office clerk {fn} {sn} who took the call is anxious. Recorded as threat to commit criminal damage. Ref {ref}.
anti_social_behaviour||{stn} platforms {plat} and {plat2}: gangs of teenagers most evenings after school, feet on benches, loud music on speakers, skateboarding along the platform edge. No threats, no damage, nobody targeted. Station staff {fn} {sn} fed up + feels unsupported. ASB only.
anti_social_behaviour||Resident {fn} {sn} ({age_o}) lives next to the bus layover at {stop}: drivers idling engines + shouting to each other at 5am, and people from the last bus weeing in her front garden. No crime alleged. Wants it to stop and someone to listen. Ref {ref}.
anti_social_behaviour||On {hc} {date} a group of hen party women were singing, drinking and being loud the whole way from {stn}. Passenger ({age_a}) with migraine complained. Nobody abused or threatened her, just noise and rudeness. She wants it logged.
violence_with_injury||V {fn} ({age_s}) on {route} bus after night out at {venue}. Woman she didn't know accused her of looking at her boyfriend, then dragged her down the stairs by her hair. Clumps of hair out, bruised back. Driver called police. S left. Not DA - strangers.
violence_with_injury|da|{stn} concourse {time}. Staff saw a man punch a woman in the face by the coffee kiosk, she said "he's my husband, leave it". Staff member {nn} called BTP. V {fn} {sn} ({age_a}) had a cut cheek. DASH completed - high risk, MARAC referral. Husband {mn} {sn} arrested.
violence_without_injury|da|BTP ref {ref}: On {hc} female V {fn} ({age_a}) was heard crying, male with her (her partner of {yrs} yrs, {mn}) was gripping her wrist hard and telling her she'd "pay for this" when they got home. No visible injury. She declined to support at first. Guard {mn2} also wants support - he intervened.
stalking_harassment|da|V {fn} {sn}, {age_a}, ticket office clerk at {stn}. Her ex-husband {mn} keeps buying a platform ticket and sitting in the booking hall watching her, turned up {num} times in {weeks} weeks despite being told to stop. Split {yrs} years ago. Staff have a photo on file. V terrified.
sexual_offences|da|Referral from BTP sexual offences unit: V {fn} ({age_a}) reports her ex-partner {mn} {sn} raped her on the night of {date} after he followed her home from {stn}; they separated last year. Historic DV in the relationship. ISVA referral done, now asking for practical support.
violence_with_injury|da|Bus driver {mn} {sn} on route {route}: a male passenger kept looking at him, turned out to be his brother-in-law {mn2} (his wife's brother), who at the terminus got in the cab and punched him over a family debt. Black eye. V says there's been a lot of trouble in the family since the father-in-law's funeral. Ref {ref}.
violence_without_injury||{stn} ({crs}) {date}. Two sisters aged {age_y} and {age_y2} travelling home fighting on platform - one pushed the other into a bench, no injury. Staff separated them. Mum {fn} {sn} collected them. Referral for the girl who was pushed as mum says her sister has been "really rough" lately. Both under 16 so not recorded as DA.
robbery||V ({age_a}) was getting cash at the machine in {stn} booking hall when a man put his arm round her neck from behind and pulled her away, the other took {amt} and her card out of the machine slot. She wasn't injured but has pain in her neck and won't go out alone now. V {fn} {sn}, English is her second language - Polish interpreter pls.
theft_from_person||V {mn} ({age_s}) at {stn} - fight broke out nearby, crowd surged, afterwards he realised his phone was gone from his jacket. No one touched him directly that he noticed. Phone later traced to a second-hand shop in {town}. Ref {ref}.
violence_with_injury||{date}. A passenger pushed ahead in the taxi queue outside {stn}, V {mn} {sn} ({age_o}) said something and was shoved to the ground. Broken hip, surgery. S took the taxi. V's daughter {fn} wants support with the police process and V's recovery. Ref {ref}.
public_order||{hc} delayed {mins} mins at {stn}. Male passenger banged on the cab door, shouted at the driver {fn} {sn} that he'd "drag her out of there", then swore at staff and other passengers until BTP removed him. Driver never left cab, no contact. Charged with s4A public order.
public_order|hate|Staff member {nn} {sn} at {stn} ({crs}), trans woman, was stared at and called a "bloke in a dress" and "freak" by a passenger she was helping with a ticket, loudly, in front of a queue. No threats, no touching. She was in tears. BTP have recorded it as a hate incident with a public order offence.
other_crime||{date} {time}. Driver of {hc} reports a man walking his dog along the line between {stn} and {stn2}, refused to leave when the train stopped and the driver spoke to him, just carried on. No one hurt. BTP traced him - railway trespass, summons. Driver says it has happened {cnt} times on that stretch this year.
other_crime||Referral for guard {fn} {sn}. Passenger had a puppy in a zipped holdall on the luggage rack for {num} hours in the heat, dog found collapsed, vet says dehydrated + evidence of neglect. RSPCA taking an animal welfare prosecution. Guard upset, she found the puppy. No threat to her.
stalking_harassment||Bus driver {fn} {sn} ({age_a}) route {route}. Regular passenger keeps leaving gifts in her cab, waited at the depot gates twice, sent flowers to the depot, says they're "meant to be together". She has never had any relationship with him. He rides her bus daily. Depot manager has banned him, he still turns up.
stalking_harassment||Guard {mn} {sn} getting repeated abusive phone calls and texts from a passenger he reported for fare evasion, who got his number from a staff rota left on a seat. {num} calls + texts calling him a grass. No threats to kill. Texts and calls only. Ref {ref}.
violence_without_injury|knife|V {fn} ({age_a}) on {route} bus at {time}. Man sat behind her held the points of a pair of scissors to the back of her neck and said "one word and I'll use it", then got off at the next stop laughing. She was frozen. Not injured. Nothing taken. BTP / local police {ref}.
possession_of_weapons||BTP knife arch operation at {stn}: {num} people stopped, one male ({age_s}) found with a zombie knife in his bag. He hadn't threatened anybody and no one saw it before the search. Referral is for the BTP volunteer who was on the arch and was shaken by how big the knife was.
sexual_offences||{stn} ({crs}) {date}. A man followed V {fn} {sn} ({age_a}) into the accessible toilet, locked the door and tried to kiss her and grabbed her breast before she kicked him and got out. S NK, CCTV outside. Sexual assault. V has panic attacks now at the station.
sexual_offences||Report from V {nn} ({age_s}), gay man: on the last train an older man sat next to him, put his hand on V's crotch and squeezed, when V pushed him away he said "you know you want it". No homophobic comments made. S got off at {stn}. V wants to know about anonymity.
""")
# ---------------------------------------------------------------- batch 3: student support and wellbeing team
add(r"""
sexual_offences|da,onl|Wellbeing referral {ref}. {fn} {sn} ({age_s}, 2nd yr {course}). After she ended things with her boyfriend of {num} months, {mn} (also a student), he posted intimate photos of her to a group chat on WhatsApp with about {num2} members from their course. She didn't consent. Uni disciplinary + police report made. She's not attending lectures.
other_theft|onl|Student {mn} {sn} ({age_s}) contacted us at {time}: a "girl" he'd been chatting to on Instagram got him on a video call, recorded him undressing, now demanding {big} or she'll send the video to his followers and his uni. He's paid {amt} already. Very distressed, mentioned feeling like he doesn't want to be here - duty adviser completed safety plan.
sexual_offences|csae,onl|Fresher {fn} is 17 (turns 18 in {month}). Met someone on Snapchat who said he was 19, he persuaded her to send nude pics then demanded more explicit ones or he'd post them. She sent some. Now he's threatening her again. Police notified as she is under 18. Safeguarding lead {fn2} {sn} informed.
violence_with_injury||Freshers' week, {venue}, {date}. {fn} ({age_s}) had two drinks, then became suddenly very drowsy and confused, friends got her home, she collapsed in the flat and went by ambulance to A&E, on a drip overnight. Believes her drink was spiked, toxicology pending. Doesn't know who. No sexual assault suspected / she says nothing happened.
violence_without_injury||Student {nn} {sn} ({age_s}) reports drink tasted "salty" at {venue} and he felt dizzy and strange for an hour, left with friends and went to bed, fine next day. Didn't see a doctor. Reported to the venue and police as possible spiking. Wants to know what we can do.
sexual_offences||Report via Report+Support tool: {fn} ({age_s}) believes she was spiked at {venue} on {date}, remembers a man from another uni buying her a drink, next memory is waking up in his room in {hall} with her clothes off and him on top of her. Police and SARC attended. She's asking about switching accommodation.
stalking_harassment|onl|{course} student {fn} {sn} ({age_s}). A guy from her seminar group keeps messaging her on Instagram, LinkedIn and the module Teams chat, she's blocked him {num} times, he makes new accounts. Turns up outside her lectures, knows her timetable. They've never been in a relationship, only did one group project together.
stalking_harassment||{mn} ({age_s}) reports a classmate has been waiting outside his flat in {hall} most mornings, follows him to the library and sits nearby, leaves handwritten notes under his door. No messages online. He's spoken to his personal tutor. Not a former partner - he barely knows her.
violence_with_injury||Flatmate dispute, {hall} flat {room}. {mn} {sn} ({age_s}) and a flatmate argued about cleaning rota, flatmate threw a saucepan at him - cut to forehead, glued at A&E. They're not related, not in a relationship. Res Life moving one of them. {mn} worried about retaliation.
violence_without_injury||Two flatmates in {hall}, {fn} and {fn2} (both {age_s}), row about noise at 3am escalated, {fn2} slapped {fn} across the face. No mark, no injury. Just flatmates, never dated. {fn} wants a room move and someone to talk to.
anti_social_behaviour||{hall}, block {coach}. {nn} {sn} ({age_s}) complains flatmates have parties till 4am most nights, leave rubbish in kitchen, fire alarm set off {num} times by cooking while drunk. Nobody threatening or targeting her. Exams soon, can't sleep. Res Life informed.
other_theft||{fn} {sn}, {age_s}, international student from {country}: flatmate has been taking her food from the fridge and she believes took {amt} cash from her desk drawer while her door was propped open. No break-in. Flatmate denies. She wants it recorded and advice on what to do.
burglary||Room {room} {hall}. While {mn} ({age_s}) was at a lecture someone forced the lock on his bedroom door and took his laptop, PS5 and passport. Flat door was on the latch. Police {ref}. He's got a dissertation deadline in {num} days and the work wasn't backed up.
burglary||Student house at {street}, {town}. {num} students woke to find the back door jemmied, bikes + laptops + a handbag taken from the downstairs. {fn} {sn} ({age_s}) was in the living room asleep on the sofa and the burglars must have walked right past her. She's not slept since.
fraud_computer_misuse||International student {mn} {sn} ({age_s}, {country}) got a phone call from someone saying they were from the Home Office and his visa was invalid, he must pay {big} immediately or be deported. He paid via bank transfer. Phone calls only, no emails or websites. Realised when he called the uni international office.
fraud_computer_misuse|onl|Postgrad {fn} ({age_s}) from {country} paid a {big} deposit for a room she saw on Facebook Marketplace, "landlord" sent a fake tenancy agreement by email, then vanished. She arrived in {town} with nowhere to live. Emergency accommodation arranged. Action Fraud ref {ref}.
fraud_computer_misuse|onl|{mn} ({age_s}) received an email that looked like it was from the uni finance office saying his tuition fee payment had failed, clicked the link and entered card details. {big} taken. Also someone logged into his uni account. Reported to IT security + Action Fraud.
fraud_computer_misuse||Student {nn} {sn} ({age_s}) from {country} was approached at {stn} by two men claiming to be from the embassy, told her she was under investigation, took her to a cash machine and she withdrew {big} "as a deposit". No force or threats beyond "you'll be arrested". In person only. Very frightened, doesn't trust anyone now.
stalking_harassment|da|{fn} {sn} ({age_s}, {course}). Her girlfriend {fn2} checks her phone every night, decides who she can see, makes her share her location and turns up at her lectures to check she's there. Says she'll "out" her to her family if she leaves. Been together {num} months. {fn} says "I didn't know this could happen with a woman".
stalking_harassment|da,onl|Wellbeing appt: {mn} ({age_s}) disclosed his boyfriend {mn2} uses Snap Map to track him, messages him dozens of times a day on WhatsApp demanding photos of where he is and who with, and deleted his Instagram. Isolated from his friends. No physical violence he says. Advised re CCB.
violence_with_injury|da|Student {fn} ({age_s}) attended student hub with a black eye, said boyfriend {mn} {sn} ({age_s}, same course) punched her during an argument after a house party at {street}. Been together since first year. DASH completed - medium. She doesn't want police yet. Referred to IDVA and offered room change.
violence_without_injury|da|{fn} {sn} ({age_s}) says her ex {mn} (they split in {month}) came to her hall, pinned her against the wall by the shoulders and said she'd regret dumping him. No injury. Security escorted him out. She's asking about a non-molestation order.
stalking_harassment||Student {fn} {sn} ({age_s}) says another student she's never dated has been sending her texts and ringing her from withheld numbers, {num} times in a day sometimes. Texts and calls only - she's not on social media. Got her number from a society spreadsheet.
public_order|hate|Message to support team from {nn} {sn} ({age_s}): "Walking back from the library two lads shouted 'tr*nny' and 'you'll never be a real woman' across the street at me and laughed, kept shouting till I turned the corner." No physical contact. Has happened before near {hall}. Hate incident reporting done.
violence_with_injury|hate|International student {mn} {sn} ({age_s}) from {country} punched in the face outside {venue} by a local man who shouted "go back to your own country" before hitting him. Broken cheekbone, needs surgery. Police {ref}. He's thinking of going home.
stalking_harassment|hate,onl|{fn} ({age_s}), Muslim student, getting anonymous messages on Instagram and in the comments of her hijab-styling TikTok calling her a terrorist and saying "we know where you live, {hall}". {num} accounts. Seems to be someone on campus as they mention her lectures. Police {ref}.
sexual_offences||{fn} {sn} ({age_s}) at {venue}: a man she didn't know pushed his hand up her skirt on the dancefloor and grabbed her between her legs. She slapped his hand and told security, they removed him. CCTV held. She's angry and wants to report it properly.
sexual_offences|onl|Student {mn} {sn} ({age_s}) discovered a former hook-up (one night only, never a relationship) secretly filmed them having sex and put it on a porn website. He found it when a friend sent him the link. Reported to police and the site. Also wants counselling.
other_theft|onl|Student {fn} ({age_s}) met a guy on Tinder, after they'd met up once he sent her screenshots of intimate photos she'd sent him and said he'd send them to her parents in {country} unless she transferred {big}. They only dated twice, weeks ago. Police advise she does not pay. Blackmail.
violence_with_injury|da|{nn} {sn} ({age_s}), non-binary student, says their partner {fn} pushed them down the stairs at their shared house in {street} during a row about money. Sprained wrist. It's not the first time. {nn} is worried about being "the one who gets blamed". DASH done - standard. Referred to LGBT+ DA service.
stalking_harassment|da|Disclosure: {fn} ({age_s}) says her boyfriend {mn} ({age_s}) controls her student loan - it goes into "their" account, she has to ask for money for food and sanitary products, he checks receipts. She can't afford to go home at Easter. He says she's useless with money. Economic abuse / CCB.
sexual_offences|da|{fn} {sn} ({age_s}, {course}) told her academic adviser that her boyfriend regularly has sex with her when she's said no, "he says that's what couples do". They live together in a private let on {road}. Adviser referred to ISVA + DA service. She hasn't decided about police.
violence_with_injury||Rugby society social, {date}: {mn} ({age_s}) forced to drink until he vomited and then held down while someone shaved his eyebrows, bruised ribs where they knelt on him. Initiation "tradition". Society members, no relationships. Uni investigating + police report. He's left the team.
violence_without_injury||{fn} ({age_s}) says her flatmate {fn2} threatened her with "I'll smash your face in" and shoved her door repeatedly while she was inside after a row about a boyfriend - {fn2}'s boyfriend, not hers. No one hurt, door fine. They are only flatmates. Asking for urgent room move.
criminal_damage_arson||{hall} flat {room}: someone scratched "slag" into {fn} {sn}'s door with a key and smashed the lock on her kitchen cupboard. {fn} ({age_s}) thinks it's a flatmate's friend who she reported for smoking. No other incidents. Estates repairing. She's upset and wants support.
criminal_damage_arson|da|{fn} ({age_s}) reports her ex-girlfriend {fn2} keyed her car and let all four tyres down in the {hall} car park the day after she ended the relationship. Seen on CCTV. No contact since. {fn} just wants it to stop and the uni to know.
drug_offences||RA in {hall} found cannabis plants growing in a wardrobe in flat {room}, {num} plants with lamps. Police seized them, cultivation offence. Referral is for the quiet flatmate {nn} {sn} ({age_s}) who is scared of being blamed + worried the growers will think he grassed. No threats made so far.
shoplifting||Student {fn} {sn} ({age_s}) works part time in the SU shop. Same group of lads keep filling their bags with meal deals and energy drinks and walking out, {num} times this term. She's never been threatened or touched, she just finds it stressful. Manager reported, shop losses approx {big}.
bicycle_theft||{mn} ({age_s}) had his bike taken from outside the {course} building, lock cut. Second bike stolen this year. Can't afford another, relies on it for {num}-mile commute from {town}. Security have CCTV of a man with an angle grinder. Ref {ref}.
other_theft||{fn} ({age_s}) says her parcel with her new laptop was signed for by someone at the hall reception desk and has disappeared. She thinks a member of reception staff took it. Theft of mail/parcel, police {ref}. She has coursework due.
stalking_harassment|onl|{mn} {sn} ({age_s}) is being harassed on a Discord server for his course - {num} accounts post his photo edited onto pigs and clowns and call him names daily. Nothing sexual - edited memes. He's reported to the course lead. Police ref {ref}.
violence_without_injury|hba,da|{fn} {sn} ({age_s}) came to the wellbeing centre very frightened. Her father and uncle found out she has a boyfriend from a different community and told her she has shamed the family, and her uncle said if she doesn't end it and come home he will kill her. She believes them. Forced marriage unit contacted. Not going home.
stalking_harassment|hba,da|Referral: {fn} ({age_s}) says her brothers monitor her, phone her several times a day and have her timetable, they say she has to come straight home after lectures "for the family's name". Her passport was taken by her mum. She's been told a wedding is being planned in {country} for the summer. She hasn't agreed to it.
other_theft|onl|{nn} {sn} ({age_s}) reports that someone has hacked? - NO, he gave his friend his gaming account password, friend then sold his rare skins on a trading site for {big} and kept the money. Not a partner or family member, just a friend from halls. Wants advice.
fraud_computer_misuse|onl|Student {fn} ({age_s}) from {country} took a "part-time job" from a WhatsApp ad - "liking" videos for money, then told to deposit {big} to unlock higher-paying tasks. Lost everything. Also used her bank account to receive money from others (possible money mule). Referred to fraud advice + money team.
fraud_computer_misuse|onl|{mn} {sn} ({age_s}): his uni email and Instagram were hacked, hacker posted crypto adverts as him and messaged his contacts asking for money, {num} friends sent money. Account recovered. He feels guilty and embarrassed.
robbery|knife|{mn} ({age_s}) walking home from {venue} at {time} cut across the park near {hall}, two males asked for a lighter then one held a knife to his stomach and said "phone, pin, now". Took his phone, wallet and {amt} cash. Not injured. Police {ref}. Wants to move back home.
violence_with_injury||{fn} ({age_s}) was hit in the face by a bottle thrown in a fight between two groups outside {venue}. She wasn't part of it. Cut on cheek needing stitches, will scar. Nobody arrested. Wants help with CICA + counselling.
sexual_offences||{fn} {sn} ({age_s}) says a PhD student who teaches her seminar kissed her and touched her breasts in his office after a tutorial. Not in a relationship, she didn't want it. She's scared about her grades. Uni investigation + police report. ISVA offered.
stalking_harassment|onl|Message from student {fn} ({age_s}): "someone's made a fake Tinder and Hinge with my photos and my actual number and men keep texting me for sex". Started {weeks} weeks ago after she fell out with a girl in her society. Not a partner. She's changed her number.
violence_without_injury||{mn} ({age_s}) threatened by his landlord: when he asked for deposit back the landlord said he would "break his legs" and raised a fist, then walked away. No contact. Private landlord of student house on {road}. {mn} believed it. Housing advice + police {ref}.
other_theft||Student {nn} {sn} ({age_s}) working at the uni catering outlet noticed her manager has been keeping tips that were meant for staff, about {big} over the term. She reported it and now feels she's being frozen out. Theft by employee. Wants advice.
stalking_harassment|onl|Student group chat on WhatsApp for {course}: {fn} {sn} ({age_s}) has been the target of daily mocking posts, edited photos of her, and someone shared her home address. {num} members. She isn't dating anyone in the group. Module lead aware. Malicious comms report made.
violence_with_injury||{mn} {sn} ({age_s}) was bitten by a flatmate's friend at a party in {hall} when he tried to take a bottle off him, bite broke the skin on his hand, infected, antibiotics. Strangers more or less. Police {ref}.
misc_crimes_against_society||Student {fn} ({age_s}) in {hall} was offered forged bank statements and a fake degree certificate by an "agent" for {big} for her visa renewal, she refused and reported it. Police are investigating the forgery of the documents. She's scared the agent knows her address. No threats so far.
anti_social_behaviour||Residents' association email re student houses on {road}: bins left out for weeks, loud music on weeknights, students singing in the street after {time}. No one has been threatened or damaged anything. Uni community liaison passing on for info. Not a crime report.
sexual_offences|csae|{fn} ({age_y}), younger sister of one of our students, was visiting for the weekend at {hall} and a third-year student took her into his room, gave her vodka and had sex with her. Student {fn2} {sn} reported it. Police + children's services informed. Student wants support for herself and her sister.
violence_without_injury|da|{mn} {sn} ({age_s}) says his twin brother {mn2} (also at the uni, same house) grabbed him by the collar and slammed him against the fridge in a row about their parents' divorce, no injury. It's been getting worse since first year. Worried about going home for Christmas.
violence_with_injury||{fn} ({age_s}) says a girl in her netball team tripped her deliberately during training and then stamped on her hand, two fingers broken. They have "history" over a boy, but neither has ever dated the other. Club welfare officer informed.
""")
# ---------------------------------------------------------------- batch 4: employee assistance line
add(r"""
stalking_harassment|da|EAP/{emp}. Employee {fn} {sn} ({age_a}), admin. Husband rings the office switchboard up to {num} times a day to check she's at her desk, collects her from work every day, has her salary paid into his account and gives her {amt} a week. She whispered on the call that she isn't allowed a bank card. Referred to DA service, DASH pending.
violence_with_injury|da|HR summary: Team leader {fn} {sn} ({age_a}) was assaulted in the {emp} car park on {date} by her partner {mn} {sn2}, who turned up at end of shift, accused her of seeing a colleague and slapped her twice, then pulled her by the hair to his car. Colleagues intervened. Scratches to neck, clump of hair pulled out. Police attended.
stalking_harassment|da|Caller {mn} {sn}, warehouse operative at Northstar Logistics. His ex-wife (divorced {yrs} yrs ago) keeps turning up at the warehouse gate and phoning reception saying he owes her money and telling staff he's a paedophile (he says it's untrue). Security have her photo. He's mortified and worried about his job.
violence_without_injury||EAP call: care assistant {fn} ({age_a}) at {carehome} was punched at (missed) and spat at by a resident with advanced dementia while doing personal care. No injury. Not family, she's his paid carer. Wants to talk about coping, feels guilty for being upset. Manager aware.
violence_with_injury||Care worker {fn} {sn} ({age_a}), domiciliary, was bitten on the forearm by a client's adult son ({age_a2}) when she tried to stop him taking his mum's medication. Skin broken. She's not related to anyone in the household. Employer incident no {ref}. Police informed.
sexual_offences||Night receptionist {fn} ({age_s}) at {hotel}: a hotel guest asked her to bring towels to his room, then pulled her in and pushed her onto the bed and groped her breasts and between her legs. She fought him off. Police {ref}. Guest checked out next morning, details held.
stalking_harassment|onl|HR summary: {fn} {sn} ({age_a}) reports a male colleague has been sending her messages on Teams and to her personal Instagram about her appearance for {weeks} weeks, after she asked him to stop he started commenting on her posts and "liking" old photos. They've never been in a relationship. Grievance raised, police ref {ref}.
sexual_offences||{emp}, EAP. Employee {fn} ({age_a}) says her line manager put his hand on her bottom and squeezed at the Christmas party, she pulled away and he laughed and said "loosen up". She has not reported internally yet. Wants to know her options. Sexual assault. No prior relationship.
stalking_harassment||EAP call. {mn} {sn} ({age_a}), facilities manager at {emp}: a contractor he dismissed has been ringing his personal mobile and sending texts day and night calling him a c*** and a liar, {num} texts in a week, and parked outside his house twice. SMS and calls only. Police {ref}.
public_order||Pharmacy technician {fn} {sn} at {pharm}: customer refused early prescription leaned over the counter and said "I'll come back and do you when you close". He then stood outside for {mins} minutes. She was afraid he'd come back and hurt her. He did not say he had a weapon and none was seen. No contact. Staff now closing in pairs.
robbery|knife|EAP: {mn} ({age_a}) works on the tills at {shop}. A man came in, put his hand in his jacket and said "I've got a blade, open the till". {mn} believed him and froze, man then ran off empty handed when the alarm went. No knife seen but {mn} was sure it was there. Not injured. Recorded as attempted robbery. Counselling requested.
robbery||Shop assistant {fn} {sn} at {shop} (retail park unit) tried to stop a man leaving with two bags of unpaid-for power tools, he shoulder-barged her into the door frame to keep hold of them and ran. Bruised shoulder. Police {ref}. She's been on sick leave since and manager asked us to call her.
shoplifting||Caller is store supervisor {nn} {sn} at {shop}: same woman has shoplifted baby formula and meat {num} times in {weeks} weeks, never any confrontation, just walks out. Staff told not to intervene. Supervisor finds it demoralising and wants to talk about stress. Losses approx {big}.
shoplifting||Station kiosk at {stn}: {num} cans of energy drink and sandwiches lifted by two teenage lads while assistant {fn} was serving. No words exchanged, no threats. Kiosk manager reported to BTP for the record. {fn} wants the kiosk to get a security guard.
violence_with_injury|da|EAP referral: {emp} employee {mn} {sn} ({age_a}) arrived at work with bruising to his face and arms, eventually told his manager his wife {fn} had hit him with a rolling pin the night before. Says it's been happening for {yrs} years and he's embarrassed as a man. Manager concerned for his safety.
stalking_harassment|da,onl|HR: {fn} ({age_a}) at {emp} has asked that her details are removed from the company website and LinkedIn because her ex-partner {mn} (separated {yrs} years) keeps finding her new workplace and emailing her work account, making fake profiles to message her. Non-molestation order in place. Police {ref}.
other_theft|da|EAP call, {fn} {sn} ({age_a}): her adult son {mn} ({age_s}) has been taking her bank card and withdrawing money, about {big} over the summer. He lives with her. She doesn't want him arrested but wants it to stop and is afraid of his temper. Theft by family member.
other_theft||{shop} shift manager {mn} {sn}: a colleague has been pocketing cash from the tills, about {big} over {num} weeks, caught on CCTV. Police involved, colleague suspended. {mn} is stressed as he's been questioned too. Theft by employee. Not related to each other.
criminal_damage_arson|da|Caller {fn} {sn} ({age_a}), works at {emp}: her ex-partner {mn} set fire to her car outside her house in the early hours of {date}. They split {yrs} years ago but he never accepted it. Fire service + police attended. DASH high, MARAC on {date2}. Colleagues giving her lifts.
burglary|da|EAP referral: {fn} ({age_a}), nurse, came home from a night shift to find her back door forced, her laptop and her kids' iPads gone, and her wedding photos torn up. Neighbour saw her estranged husband leaving. She believes he did it. Police {ref}. DVPN previously served.
vehicle_offences||Delivery driver {mn} {sn} ({age_a}) at Kestrel Parcels: van broken into at a drop-off on {road}, {num} parcels taken + his own phone and wallet. Driver wasn't there at the time. Police {ref}. He's worried the company will deduct it from his wages.
vehicle_offences||{town} General nurse {fn} ({age_a}) car stolen from the staff car park during her night shift, keys were in her locker and still there - car taken without keys. Found burnt out. She's now struggling to get to work. Police {ref}.
violence_without_injury|ms|EAP call from {emp} agency supervisor {mn} {sn}: he's concerned about {num} agency workers from {country} on the night shift - they all live in one house owned by the gangmaster, have their passports held "for safekeeping", are driven to and from work, and told him they get {amt} a week after "deductions" for a debt they can't pay off. Modern slavery referral made.
violence_without_injury|ms|Referral: {mn} ({age_a}) works at a hand car wash in {town}. Disclosed to a nurse he works 7 days a week for food and a mattress, the boss keeps his ID and said his family at home will be hurt if he leaves. He's too scared to go to police. NRM form completed by first responder.
sexual_offences|ms|EAP call from {hotel} duty manager: staff believe a young woman ({age_s}) is being brought in by different men nightly and kept in a room by an older woman who holds her phone and passport. Police raided - woman disclosed she was trafficked from {country} for sex. Referral is for the woman (now in safe house).
violence_without_injury|ms|{fn} {sn} ({age_a}) care worker on a sponsored visa at {carehome}: the owner takes back {big} from her wages each month as a "visa fee", she works 70+ hour weeks, has been told she'll be reported to the Home Office and deported if she complains. Passport held by the manager. Forced labour concerns, NRM referral.
violence_with_injury|da|EAP. Caller {fn} ({age_a}) works at {emp}. Her wife {fn2} threw a mug at her head during an argument, cut above her eye, glued. They've been married {yrs} years. Not the first time. She's worried no one will take it seriously because they're both women. DASH - medium.
violence_without_injury|da|Employee {mn} {sn} ({age_a}), {emp}. Says his father ({age_o}) threatened to "put him in the ground" when they argued about the care home for his mum, and grabbed him by the collar and shoved him against the wall. No injury. They live together. He wants advice but doesn't want his dad arrested.
violence_without_injury|da|{fn} {sn} ({age_a}) at {emp}: her ex-partner {fn2} (they split {yrs} years ago, share a child) turned up at her office reception, shouted that she'd "end her", and threw a coffee at her that missed. Security removed her. No injury. {fn} terrified to leave the building.
stalking_harassment||{fn} ({age_a}) works at {emp}: her colleague's husband believes she is having an affair with his wife (she isn't) and has been waiting outside work and texting her threats to "expose her". She has no relationship with him or the colleague beyond work. Texts only. Police {ref}.
violence_with_injury||Security officer {mn} {sn} ({age_a}) at the {town} shopping centre was kicked in the head by a man he was ejecting for drinking, concussion, {num} days off. Man arrested. Not known to each other. {mn} is anxious and wants counselling via EAP.
violence_with_injury|hate|{mn} ({age_a}), Sikh, taxi marshal at {stn} rank: drunk passenger knocked his turban off and called him "Bin Laden", then punched him in the jaw. Swelling, tooth chipped. Police {ref}. {mn} wants support and to know if there will be a hate crime charge.
stalking_harassment|hate,onl|Council worker {fn} {sn} ({age_a}) at {town} Council housing office. A resident she refused a housing application has posted her name and photo on a local Facebook group saying "this is who's giving houses to immigrants", with racist comments about her being Black. Dozens of comments. Police ref {ref}.
violence_without_injury|hate|Call centre agent {mn} ({age_a}) at Meridian Call Centre, Pakistani heritage: a customer came in person to the office, said "I want to speak to an English person", called him a "terrorist" and pushed him in the chest. No injury. Manager escorted the customer out. {mn} upset, wants support.
public_order||Castleway Leisure receptionist {fn}: a father was refused entry to the pool because it was closed for a gala, he shouted, swore, slammed his fist on the desk and said she'd "regret it". No contact, no damage. She was frightened, other customers witnessed. Police attended.
fraud_computer_misuse||EAP: payroll clerk {nn} {sn} ({age_a}) at {emp} received a call from someone claiming to be the MD asking for an urgent transfer of {big} to a supplier; she made it. Turned out to be a scam. Phone call only. She's being blamed and is very anxious.
fraud_computer_misuse|onl|{emp} finance officer {fn} ({age_a}): fake invoice email, looked identical to a regular supplier's with changed bank details, {big} paid. Company's email account had been compromised. She feels responsible. IT + Action Fraud informed.
fraud_computer_misuse|da|{fn} {sn} ({age_a}) at {emp}: discovered her husband took out {num} credit cards and a loan in her name using her ID and has run up debts of {big}. He handles all their post. She's staying with her sister while she sorts it out. Identity fraud + DA.
stalking_harassment||Employee {mn} ({age_a}) at {emp}: a neighbour has been shouting abuse at him every time he leaves for his early shift, threw eggs at his door, and follows him to the bus stop filming on his phone (not posting online as far as he knows). Ongoing {weeks} weeks. Neighbour is not family. Police {ref}.
stalking_harassment|da|EAP call. Caller {mn} {sn} ({age_a}) says his mother-in-law, who lives with them, takes his wages from the joint account, decides what he and his wife can spend, and tells his wife he's worthless. He's been told he's "not allowed" to go out after work. He thinks it's controlling behaviour and wants help.
theft_from_person||EAP: {fn} ({age_a}) works at {emp}. Her purse was taken from her coat pocket on the bus home, didn't feel it. {amt}, bank cards, her son's photo. She's more upset than she expected because her sister went through an abusive relationship years ago and "everything feels fragile at the moment". Wants a chat with a counsellor.
violence_with_injury||EAP referral for {fn} {sn} ({age_a}), paramedic, assaulted by a patient who punched her in the face in the back of the ambulance. Orbital fracture. Patient not known to her. Police {ref}. She's off work and struggling with sleep.
violence_without_injury||Police officer PC {fn} {sn} ({age_a}) (via Fed EAP) was kicked in the leg by a man being arrested at {stn}, no injury. Assault on emergency worker. She wants support as she's been assaulted {num} times this year.
violence_without_injury||{fn} ({age_a}), GP receptionist at {town} Medical Practice, had a chair thrown towards her by a patient upset about appointment wait times. It missed. Patient left. No injury. Practice is reporting to police. She wants counselling.
sexual_offences||Care worker {mn} {sn} ({age_a}) at {carehome}: a female client in her 50s repeatedly grabs his crotch during personal care and makes sexual comments. Client has capacity per her assessment. He's reported it, managers laughed it off. He wants it taken seriously. Sexual assault.
stalking_harassment|onl|EAP: {nn} {sn} ({age_a}), teacher. Former pupil (now {age_s}) has set up TikTok and Instagram accounts posting videos mocking her, with her home road and car reg, and messages her daily. Not a former partner. Police malicious comms {ref}.
violence_with_injury|da|HR summary. Employee {fn} {sn} ({age_a}) disclosed that her brother {mn} ({age_a2}), who she lives with, broke her wrist when he twisted her arm in an argument over the rent. She's been off work {num} weeks. Didn't want to tell anyone as "he's family". Referral to DA service.
violence_with_injury|da|{mn} ({age_a}) at {emp} says his ex-girlfriend (split {yrs} years ago, they have a daughter) hit him with her car door and kicked him when he dropped their daughter off, bruised thigh and cut knee. He doesn't want to stop contact with his daughter. DASH completed.
violence_without_injury||{fn} {sn} ({age_a}), {emp}: her sister's ex-partner {mn} confronted her outside work, blamed her for the break-up, pushed her and said she'd be sorry. No injury. {fn} has never been in a relationship with him and isn't related to him. Police {ref}.
violence_with_injury||{fn} ({age_a}) at {emp}: flatshare in {town} with two others she found online. One of the flatmates, {mn} ({age_a2}), punched her in the stomach after she asked him to pay his share of the bills. Bruising. They are not in a relationship and never have been, not related. Police {ref}.
stalking_harassment|da|Caller {fn} {sn} ({age_a}) at {emp}: her ex-husband (divorced over {yrs} years ago) has started turning up again at her work, leaving letters on her car and calling her mother to find out where she lives. He was violent during the marriage. She's moved twice. DASH high, MARAC referral.
criminal_damage_arson||{busco}: a former employee smashed {num} windows at the depot overnight after being dismissed, caught on CCTV. Referral for manager {mn} {sn} who dismissed him and is worried he'll come to his house next. No threats made. Police {ref}.
violence_without_injury||Bus company EAP: driver {mn} {sn} ({age_a}) was threatened by a passenger who got on at {stop}, stood at the cab and said "I'm going to kill you, I'll wait till you're off shift". Driver believed him. No weapon seen. No contact. Police {ref}.
sexual_offences||{fn} ({age_s}), apprentice at {emp}: a much older colleague, {mn} ({age_a}), exposed himself to her in the stockroom and told her "don't tell anyone". Not the first time he's made sexual comments. She's scared of losing her apprenticeship. HR informed, police {ref}.
other_crime||EAP call: animal care assistant {fn} ({age_a}) at a boarding kennels in {town} reported her employer to the RSPCA for leaving dogs without water and ignoring injuries. She is now being excluded at work. Animal welfare offence being looked at. No threats to her. She wants support and whistleblowing advice.
""")
# ---------------------------------------------------------------- batch 5: domestic abuse positives and near-misses across all three desks
add(r"""
homicide|da|Homicide team referral, family of {fn} {sn} ({age_a}), killed at her home in {town} on {date}. Her husband {mn} {sn} has been charged with her murder. Previous DASH (high) and MARAC in {year}. Her sister {fn2} and elderly parents need support, court date tbc. Children with grandparents.
homicide|da|Bereaved parents referral: their daughter {fn} ({age_s}), a 3rd year {course} student, was killed by her ex-boyfriend {mn} ({age_s}) on {date}, {num} weeks after she ended it. He had been following her around campus. He's charged with murder. Uni has offered support to her flatmates too.
homicide|da|FLO referral. {mn} {sn} ({age_o}) died after being beaten at home in {town} by his grandson ({age_s}), who lived with him, over money for drugs. Grandson charged with manslaughter. {mn}'s daughter {fn} (the grandson's aunt) wants help - she's torn between both sides of the family.
homicide|knife|{mn} {sn} ({age_s}), food delivery rider, was stabbed to death outside {stn} on {date} by two men trying to take his moped. One charged with murder. Family ({fn} - mum, {mn2} - brother) referred for homicide support. No relationship between V and the men.
homicide||Police referral {ref}: {fn} {sn} ({age_o}) died in hospital {num} days after being knocked over by a man running away from shop security at {shop}. He shoved her out of the way, she hit her head. Charged with manslaughter. Her son {mn} and daughter-in-law are the contacts. Strangers.
violence_with_injury|da|Student {fn} ({age_s}) back home over Easter, says her stepdad hit her across the face with the back of his hand when she came in late, split her lip, and it used to happen "all the time at school". She's now back in {hall}, doesn't want to go home for summer. Wellbeing checking in. Referred to DA service.
violence_without_injury|da|{mn} ({age_s}) and his cousin {mn2} ({age_s}) share a student house on {road}. After a row about a girl, {mn2} stood over him with a fist raised and said "I'll kill you in your sleep". {mn} believed him. No injury. Family are pressuring him not to report. Police {ref}.
violence_without_injury||{fn} ({age_y}) slapped by her boyfriend ({age_y2}) at {stop} after school because she wouldn't give him her phone password. No injury. Both under 16 so not a DA matter - school safeguarding + police youth officer. Mum {fn2} {sn} referred. She's scared to get the bus.
sexual_offences|csae,onl|Mum {fn} {sn} called: her daughter ({age_y}) sent a nude photo to her boyfriend ({age_y2}) on Snapchat, he screenshotted it and shared it with {num} boys in her year. School and police involved. Both under 16 - not treated as DA. Daughter refusing school.
stalking_harassment|da|{fn} {sn} ({age_a}), caller on EAP line. A man she lived with for a few years, until {year}, has started writing letters to her new address and phoning her mum's landline every week to ask about her. Letters are long and alternately loving and threatening. Nothing online. She doesn't know how he found her. DASH completed.
stalking_harassment|da,onl|{mn} {sn} ({age_a}) says his ex-girlfriend, who he split from {yrs} years ago, found him on Facebook, messages him on Messenger and WhatsApp from new accounts every time he blocks her, and sent a message to his new partner's Instagram. They were together at uni. Wants advice re injunction.
violence_with_injury|da|BTP {ref}. {fn} ({age_a}) was punched on platform {plat} at {stn} by "the father of her two boys", who she hasn't lived with for {yrs} years, when she refused to hand over the kids' passports. Bruised jaw. He's known to police. DASH high. Boys were present.
violence_with_injury|da|{fn} {sn} ({age_s}) told her personal tutor her aunt, who she's lodging with in {town} during her placement, pulled her hair and scratched her face during a row about rent. Visible scratches. {fn} wants to move out. Referred to DA service and accommodation team.
other_theft|da|EAP call from {fn} ({age_a}) about her mum ({age_o}): {fn}'s own daughter {fn2} ({age_s}), mum's granddaughter, has been using her gran's bank card for months, about {big} taken from the pension. Gran didn't want to say anything. Financial abuse by a family member.
fraud_computer_misuse|da,onl|{fn} {sn} ({age_s}), postgrad: her boyfriend {mn} used her login to take out {num} buy-now-pay-later accounts online in her name while she was asleep, {big} of debt, and keeps her phone "so she doesn't waste money". She's found out through credit file. Lives with him. Referred to DA + money advice.
stalking_harassment|da|Wellbeing adviser note: {fn} ({age_s}) receives disability benefits; her husband {mn} ({age_a}) has the payments go into his account, gives her nothing for food or taxi fare to uni, and won't let her apply for a student hardship grant in case she "gets ideas". She misses classes. Economic/coercive control.
violence_without_injury||Care home {carehome}: a care worker was seen slapping resident {mn} {sn} ({age_o}) across the hand when he dropped his cup. No mark. Worker suspended, police + safeguarding. Referral for {mn}'s daughter. The worker is paid staff, no family relation to anyone. Not DA.
violence_with_injury|da|Safeguarding referral: {fn} {sn} ({age_o}) has bruising to both upper arms. Her daughter {fn2} ({age_a}), her live-in carer, admits grabbing and shaking her "when she won't listen". District nurse raised it. Family carer so treated as DA. DASH done.
robbery||{mn} ({age_a}) mugged outside the {busco} depot at {time}: man punched him in the side of the head and took his wallet and phone. Swelling. Stranger, no known motive, nil DA, nothing to suggest targeted. Police {ref}. V wants a call back.
violence_with_injury||{fn} ({age_s}) says her best friend's boyfriend {mn} punched her in the face at a house party because she told her friend he'd been cheating. Nose broken. {fn} has never been in a relationship with {mn} and isn't related. Police {ref}. She's lost the friendship too.
stalking_harassment|onl|{fn} {sn} ({age_a}) is getting messages on Instagram and Facebook from her ex's new girlfriend, calling her a "psycho" and "sad cow", every few days for {weeks} weeks, and posting about her in a local group. {fn} has never had any relationship with the new girlfriend. Ex is not involved. Police {ref}.
violence_with_injury|da|{mn} {sn} ({age_a}) rang the EAP line from work. His husband {mn2} punched him in the ribs and kicked him when he was on the floor after a night out. Cracked rib. They've been married {yrs} years. He's never told anyone. DASH - high. MARAC referral. Worried about outing at work.
sexual_offences|da|{fn} ({age_a}), caller to EAP. Married {yrs} years. She says her husband forces her to have sex when he's drunk and she's stopped saying no because "it's easier". He tells her it's her duty as his wife. ISVA and DA service referral made. She's not ready to go to police.
violence_without_injury|da|{fn} {sn} ({age_o}) says her son-in-law, who lives with her and her daughter, told her he'd "finish her off" if she didn't sign the house over to them and raised his fist to her. She believes he'll do it. No injury. Daughter doesn't know. Safeguarding adult referral.
violence_with_injury|da|BTP {ref}: at {stn} ({crs}) {fn} ({age_s}) was pushed down the stairs by her half-brother {mn} ({age_a}) during a row about their dad's will. Sprained ankle, bruising. They had come to meet off the same train. Family dispute - DA.
violence_with_injury|da|{fn} {sn} ({age_a}) disclosed to HR that her uncle, who she cares for in the evenings, punched her in the chest last week when she refused to buy him alcohol. Bruise on her sternum. She's stayed away since, feels guilty. DA (relative).
bicycle_theft||{fn} ({age_s}) reports bike stolen from the {hall} bike store. During the call she asked what help there would be if her boyfriend ever turned nasty - she stressed he never has, nothing has happened, she was just asking for a friend-of-a-friend situation. No DA disclosed.
theft_from_person||{stn} platform {plat}, {date}. V {mn} {sn} ({age_a}) had his phone lifted from his back pocket while queuing to board. DA screening questions asked as per policy: lives alone, single, nil DA. Just wants crime ref for insurance. Ref {ref}.
violence_with_injury||{nn} {sn} ({age_a}) was assaulted by a stranger outside {venue} and knocked unconscious. His partner {fn} was with him and called the ambulance. Not DA - partner was the one who helped him. Fractured skull, in HDU. Police {ref}.
stalking_harassment|da|Student {fn} ({age_s}) is being followed round campus by her ex, {mn} ({age_s}), who waits outside her lectures and the library, and has turned up at her part-time job at {emp}. They split in {month}. He also contacts her mum by phone. No online messages - she's blocked him everywhere. Police {ref}.
violence_without_injury|da|{fn} ({age_s}) disclosed that her ex (they were engaged for {num} months in {year}) cornered her at {stn} last week, pushed her against the ticket machine and shouted in her face. No injury. She hadn't seen him since they split. DASH completed - medium.
violence_with_injury|da|{mn} ({age_s}) - his girlfriend {fn} ({age_s}) scratched his face and bit his arm when he tried to leave the room during an argument. Marks visible at the appointment. It's happened before. He thought men couldn't be victims. Referred to male DA helpline.
violence_with_injury|da|Referral {ref}: {fn} {sn} ({age_a}) was hit with a chair leg by her sister {fn2} during an argument at their mum's house about caring responsibilities. Gash to her forearm, stitches. DA between siblings. Police attended.
criminal_damage_arson|da|{fn} ({age_s}) reports her boyfriend {mn} smashed her phone and laptop in her room at {hall} after reading her messages. Not hurt. He has broken her things {cnt} times before. Wellbeing referred to DA service; she doesn't want police.
stalking_harassment|da,onl|{nn} {sn} ({age_s}): "my ex put an AirTag in my bag and I only found it after she kept turning up wherever I was. She also logs into my Instagram somehow." Together {num} months, split in {month}. Not safe in halls. Police + security informed.
violence_without_injury|hba,da|Wellbeing referral {ref}: {mn} ({age_s}) has a girlfriend from outside their community and his family found out. His father told him he has brought shame on the family name and that his uncles will kill him if he doesn't come home and marry the woman they have chosen. He believes the threat. Forced marriage unit advised. Emergency accommodation arranged.
violence_with_injury|hba,da|BTP {ref}: {fn} ({age_s}) was dragged off the {hc} at {stn} by her older brother and a cousin, who had followed her after she left home to live with her boyfriend. Brother slapped her repeatedly and said she'd "dishonoured" them. Bruised face. Police removed her to a place of safety.
violence_without_injury||{fn} {sn} ({age_s}), student, says her flatmate {fn2} (not related, no relationship) grabbed her wrist hard and told her she'd "make her life hell" over a missing phone charger. No injury. Res Life mediation offered. {fn} also mentions her own parents had a violent relationship when she was little - historic, not her current situation.
violence_with_injury||{mn} {sn} ({age_a}), bus driver, was assaulted by the boyfriend of a passenger he'd refused to let board. Boyfriend punched him through the cab window. Cut lip, chipped tooth. Not related to anyone involved. Route {route}. Depot ref {ref}.
stalking_harassment|da|{fn} ({age_a}) at {emp} says her ex-partner {fn2} (they were together {yrs} years and split last year) keeps ringing her at work, sending flowers with notes saying "you'll never find anyone else", and waited by her car twice. No threats. Texts and calls only. She's exhausted. DASH - standard.
violence_with_injury|da|{fn} ({age_a}), EAP caller: her husband pushed her into the kitchen worktop when she said she was going back to work after maternity leave, bruised back. He says she doesn't need a job. He checks her phone and her bank statements. Safety plan done. DASH - high.
violence_without_injury|da|{mn} {sn} ({age_s}), student, says his dad (who pays his rent) drove to {hall}, shoved him against the car and said he'd stop everything if he didn't drop "that boyfriend". No injury. {mn} has decided not to go home. Wants hardship fund and support.
sexual_offences||{fn} ({age_s}) says a man she met on a night out and went home with once raped her when she said she wanted to stop. They'd only met that night - not a relationship. Police + SARC. ISVA offered. She's scared of seeing him on campus as he's also a student.
violence_with_injury|da|Referral from A&E IDVA: {fn} {sn} ({age_s}), student, presented with a fractured cheekbone, disclosed her girlfriend {fn2} hit her with a phone. Together {num} months. She said "it's not abuse, we just fight". DASH high, MARAC. Police report made with consent.
violence_without_injury||{mn} ({age_s}) says his flatmate's girlfriend, who practically lives in their flat, threw a glass at him which smashed on the wall, after he complained about bills. No injury. He has never had any relationship with her. Res Life informed.
stalking_harassment|da|EAP call: {mn} {sn} ({age_a}) says his wife controls everything - she took his car keys, monitors his mileage, checks his receipts, and tells his manager he's unwell if he wants to go out with colleagues. He's been off sick {num} times because she wouldn't let him leave. CCB, DA support offered.
violence_with_injury|da|BTP {ref}: fight on {hc} between a man and his adult son ({age_s}). Son punched father and broke his nose. Both known to each other obviously; son lives at home. Father {mn} {sn} ({age_a}) reluctant to make a statement. DA. Guard also witness.
""")
# ---------------------------------------------------------------- batch 6: lower-volume categories across the desks
add(r"""
burglary||{fn} ({age_s}) woke at {time} to a man in her room at {hall}, he'd climbed in through the ground floor window, he ran when she screamed. Took her purse from the desk. Didn't touch her. Police {ref}. She's been moved to a 3rd floor room but can't sleep.
burglary||EAP: {mn} {sn} ({age_a}) at {emp} - house burgled while the family was on holiday in {month}, back patio door smashed, jewellery including his late mum's rings taken. No suspects. Kids are scared to sleep upstairs. Police {ref}.
burglary||{busco} staff: the depot office was broken into overnight, safe attacked and {big} in change taken along with staff lockers emptied. Referral for cleaner {fn} {sn} who found it at 5am and walked in on the mess. Police {ref}. No one was there at the time.
burglary||{stn} station ticket office broken into via the roof, cash tin and a staff member's handbag taken. Ticket clerk {fn} ({age_a}) lost her keys, bank cards, and house keys - locks changed. Business burglary, BTP {ref}.
burglary||Student house {street}: {nn} ({age_s}) came back from a lecture and saw a man walking out of the front door with his games console. He chased him but lost him. Nothing else. Door was unlocked by a housemate. No force. Police {ref}. He's furious with the housemate.
vehicle_offences||{fn} ({age_a}) parked on {road} to get the {time} train from {stn}; car broken into and her bag taken from the boot, she'd hidden it under a coat. Police {ref}. Second time this year. She can't afford the car park charges.
vehicle_offences||{mn} ({age_s}), student, had his motorbike stolen from the {hall} car park overnight, chain cut. Found dumped {num} days later with the ignition ripped out. He uses it to get to his night job at {emp}. Police {ref}.
vehicle_offences||{busco} depot: someone tampered with the doors of {num} parked buses overnight, trying the handles and forcing one open; nothing taken. Interfering with vehicles. Referral for night shift fitter {mn} {sn} who disturbed them and was frightened. No contact.
bicycle_theft||{fn} {sn} ({age_a}) - folding bike taken from the cycle space on the {hc} while she was in the toilet. BTP {ref}. Bike worth {big}. She's lost confidence in leaving it anywhere.
bicycle_theft||{mn} ({age_s}) left his bike unlocked "for two minutes" outside the SU shop, it was gone when he came out. CCTV shows a man riding off on it. Police {ref}. Not insured.
bicycle_theft||{emp} staff cycle store: {num} bikes stolen over a weekend by someone tailgating through the gate. Referral for {fn} {sn} who had saved for months for hers (cycle to work scheme, {big}) and is still paying for it.
shoplifting||{pharm} assistant {fn} ({age_s}) watched a man put {num} packs of razor blades and perfume in a bag and walk out. She didn't approach him as per policy. No words exchanged. Police {ref}. She's only {age_s} and it's the 4th time this month - she's anxious at work.
shoplifting||Station shop at {stn} ({crs}): regular shoplifter takes wine and sandwiches daily, manager {mn} {sn} says he's stopped bothering to call BTP. No threats, no violence. BTP ask for impact statement from the business.
shoplifting||{nn} {sn} ({age_s}) works Saturdays at {shop}. Group of schoolkids distracted her at the till while others filled pockets with sweets and vapes. No aggression. Manager told her off for not noticing. She's upset and wants to talk to someone.
other_theft||Passenger {fn} {sn} ({age_a}) had her suitcase taken from the luggage rack at the end of coach {coach} on {hc} between {stn} and {stn2}. She was sitting further down and didn't see. Not taken from her person. BTP {ref}. Her insulin was in the case.
other_theft||Taxi driver {mn} ({age_a}) at {stn} rank: passenger ran off without paying a {amt} fare at {town}, after a long journey. Making off without payment. No threats. He wants crime ref and support, says it happens every weekend.
other_theft||{fn} ({age_s}) says her student loan letters and a new bank card disappeared from the post room in {hall}; someone then used the card for {amt}. Theft of mail - police {ref}. Uni investigating post room staff.
other_theft||{hotel}: staff member's tips jar and a guest's watch taken from the back office. Referral for night porter {mn} {sn} who was suspected and then cleared; CCTV showed another employee. Theft by employee. {mn} wants support.
other_theft|onl|{mn} {sn} ({age_a}), EAP. A man he met on Grindr has been sending messages threatening to tell his wife and workplace that he's bisexual unless he pays {big}. He's paid {amt} already. Blackmail. No anti-gay language, just threats to expose. Police {ref}.
other_theft||{fn} ({age_s}) left her phone on the table at {venue} to go to the bar, came back and it was gone. Not taken from her hand or bag. Police {ref}. She's an international student and her banking app and visa docs were on it.
criminal_damage_arson||{stn} ({crs}) {date}: the station's new artwork mural by local schoolkids was sprayed over with tags overnight. Referral for the community rail volunteer {fn} {sn} who organised the project. No suspects. Approx {big} damage.
criminal_damage_arson||{route} bus: a passenger set fire to the back seat with a lighter on the top deck, driver {mn} {sn} evacuated everyone, nobody hurt. Fire damaged seats. Arson reckless as to life? - recorded as arson. Driver traumatised.
criminal_damage_arson||{mn} ({age_s}) says someone let down the tyres on his car in the {hall} car park and scratched the paintwork down one side. No idea who. {big} repair. Police {ref}. Not related to any dispute he knows of.
criminal_damage_arson||{shop} window put through with a brick at {time}; nothing taken, nobody inside. Referral for owner {fn} {sn} ({age_a}) - third time. She can't get insurance any more.
criminal_damage_arson||Ticket vending machine at {stn} smashed with a fire extinguisher by a man angry it had eaten his card. Staff member {nn} watched from the office but wasn't threatened. BTP {ref}. {nn} wants support, it was very loud and aggressive.
drug_offences||{fn} ({age_s}) is worried because her flatmates in {hall} are dealing ketamine and coke from the kitchen, strangers in and out at night. Police raided {date}, {num} arrests for supply. No threats to her. She wants to move and talk to someone.
drug_offences||BTP drug dog operation at {stn}: {num} people found with cannabis and one with {num2} wraps of cocaine. Referral from the station manager for gateline staff {mn} {sn} who gets verbal grief from the regular users. No specific incident against him.
drug_offences||{mn} ({age_s}), SU officer: found a box of nitrous oxide canisters and balloons being sold outside the union after events, reported it. Seller arrested for supply of a controlled drug. {mn} worried about being seen as a grass. Nothing has happened to him.
drug_offences||EAP: {fn} {sn} ({age_a}) at {emp} discovered a colleague was selling cannabis edibles to other staff in the canteen. Reported to manager, police attended, colleague charged with supply. {fn} now being ignored by some colleagues, wants to talk it through.
possession_of_weapons||{stn} ({crs}) {date}: a passenger reported a man with a knife handle visible in his coat pocket. BTP stopped him, 6 inch kitchen knife recovered. He hadn't threatened anyone or taken it out. Referral for the passenger {fn} {sn} who reported it and is nervous travelling now.
possession_of_weapons||Security at {venue} found a knuckleduster in a student's jacket during bag checks at the door, police called. No one threatened. Referral for the door steward {mn} {sn} who got verbal abuse when the student was refused entry (no threats).
possession_of_weapons||{mn} ({age_s}) says his flatmate carries a flick knife "for protection" every time he goes out in town, shows him it, but has never pointed it at anyone or threatened him. {mn} reported it to Res Life because he's worried. Police spoke to the flatmate, knife seized.
possession_of_weapons||Bus driver {fn} ({age_a}), route {route}, saw a passenger's bag fall open with what looked like a handgun in it (turned out to be a BB gun). She called police at the next stop; armed response stopped the bus. Man arrested for possession of an imitation firearm in public. No threats. {fn} very shaken.
possession_of_weapons||BTP {ref}: man ({age_a}) arrested at {stn} with an extendable baton and a lock knife in his rucksack after another passenger noticed the baton. Nobody was threatened and the knife was never shown. Referral is for the witness {nn} {sn} who's worried about court.
public_order||Violent disorder on {stn} concourse after the derby: {num} men fighting with bottles, staff shut the shutters. Ticket clerk {fn} {sn} trapped in the office for {mins} minutes, terrified, not hurt. BTP {ref}. Many arrests.
public_order|hate|{route} bus: a passenger shouted at a family speaking Polish that they should "speak English or f*** off home", repeated it and told the driver to throw them off. No violence. Driver {mn} {sn} stopped the bus. Referral for the driver and the family (mum {fn} {sn}).
public_order||{fn} ({age_a}) at the {road} Tavern (bar): a customer refused service for being drunk stood in the doorway shouting that he'd "smash the place up and everyone in it", kicked the door, and wouldn't leave. No contact, no damage. Police {ref}. She's the manager and locked up alone that night.
public_order||{mn} ({age_s}) was in a queue at {venue} when two men started squaring up and threatening each other and then him, saying they'd "batter" him if he looked at them again. Nobody hit anyone. He left. Police {ref}. He's now anxious going out.
public_order|hate|Message from {nn} {sn} ({age_s}), Jewish student: someone shouted "Heil Hitler" and made a Nazi salute at them outside the chaplaincy while they were going to a society event. No contact. They want this reported and the uni to know. Police {ref}.
misc_crimes_against_society|da|BTP {ref}: {fn} {sn} ({age_a}) reports her ex-partner {mn}, on bail with a condition not to enter {stn}, has been seen at the station by staff {num} times this week; he hasn't approached her. Breach of bail. She works in the ticket office there. DASH - high.
misc_crimes_against_society||Witness care referral: {mn} {sn} ({age_a}), bus driver, witness in an assault case. The defendant's friend approached him at {stop} and told him he should "forget what he saw" and that "no-one needs to know". No threats of violence. Recorded as perverting the course of justice / witness interference. {mn} scared to attend court.
misc_crimes_against_society||{fn} ({age_s}) found out her flatmate used her passport photo to make a fake ID to get into clubs. She reported it. Police recorded forgery/fake ID. {fn} wants help getting her passport checked for visa purposes. No threats between them.
misc_crimes_against_society||{mn} ({age_s}), student, bought a "cheap" MacBook from a guy on campus for {amt}, police now say it was stolen in a burglary and he's been interviewed under caution for handling stolen goods. He's panicking about his course and visa.
misc_crimes_against_society||Bus driver {fn} {sn} ({age_a}) on route {route} was forced to swerve onto the pavement by a car driver overtaking at speed round a blind bend, who then cut in front and braked hard. Nobody injured, no collision. Driver reported for dangerous driving. {fn} shaking, off work.
other_crime||{stn} ({crs}): someone flying a drone over the platforms and along the line during the evening peak. Driver of {hc} had to slow down. No one hurt, no damage. Referral for the driver {mn} {sn} who had a near miss with a trespasser last year and is anxious. Drone operator not found.
other_crime||Network Rail referral for track worker {fn} {sn}: a van load of rubbish (builders' waste, mattresses) was fly-tipped on railway land by the access gate at {stn}, and {fn} was shouted at by the man who did it when she took his number plate. No threats beyond swearing. Environmental offence.
other_crime||{mn} ({age_a}), EAP. His neighbour's dog is left outside in the cold all day without food or shelter and howls. He reported it to the RSPCA and the neighbour now blanks him. Animal welfare matter. He wants to talk about stress. No threats or damage.
other_crime||Station host {fn} {sn} at {stn} saw a man climb the old signal box and take the eggs from the peregrine falcons' nest box on {date}. Wildlife crime officer investigating under wildlife legislation. Nobody threatened, nothing damaged. {fn} had been watching the birds with local schoolkids all spring and is gutted.
anti_social_behaviour||{stn}: people riding e-scooters through the underpass and along the platform every evening, staff have asked them to stop, no one's been hurt or threatened. Passenger {fn} {sn} ({age_o}) with a walking frame feels unsafe. ASB complaint.
anti_social_behaviour||{fn} ({age_a}) at {emp}: the neighbours above her flat play music until 2am most nights, shout in the stairwell, and leave bin bags by her door. No threats, nothing directed at her. She's exhausted on shifts. Council noise team involved.
anti_social_behaviour||{hall} RA report: students on floor {num} keep propping fire doors open and having loud gatherings in the corridor, someone left a traffic cone on {nn}'s bed as a joke. No damage, no threats. {nn} ({age_s}) says it's getting him down.
anti_social_behaviour||Bus route {route}: {busco} depot logs regular complaints about a group of youths who ride to the terminus and back, shouting, feet on seats, eating chips. Driver {mn} {sn} says he's not been threatened. Passengers complain. ASB.
anti_social_behaviour||{fn} {sn} ({age_o}) lives opposite {stn} car park: cars racing round the car park at night and revving engines, loud music, doughnuts on the tarmac. No damage to her property, nobody threatened her. She can't sleep. ASB complaint to council + BTP.
fraud_computer_misuse|onl|{fn} {sn} ({age_a}) bought a rail season ticket from a website that looked like the TOC's, {big}, never arrived, site has vanished. Action Fraud {ref}. She's now paying daily fares and can't afford it.
fraud_computer_misuse|onl|{mn} ({age_s}) from {country} was added to a WhatsApp group of "fellow students" offering cheap currency exchange, sent {big} and never received the pounds. {num} other students in the group also lost money. Action Fraud + uni international office.
fraud_computer_misuse||{fn} {sn} ({age_o}) got a phone call from "her bank" saying her account was compromised and a courier would collect her card; a man came to the door and took it. {big} withdrawn. Courier fraud. Phone and doorstep only. Her son {mn} is calling.
fraud_computer_misuse|onl|Student {nn} ({age_s}) answered a Gumtree ad selling concert tickets, paid {amt} by bank transfer, the seller stopped replying. Action Fraud {ref}. He's embarrassed.
""")
# ---------------------------------------------------------------- batch 7: students' own messages, more transport sexual offences
add(r"""
stalking_harassment|onl|Email to wellbeing: "hi, not sure this is the right place but a guy on my {course} course keeps emailing my uni account and messaging me on Teams asking why I'm ignoring him, he's sent like {num2} messages since {date}, and he sat behind me in the exam. we've never been out or anything." - {fn} {sn} ({age_s}).
sexual_offences||{fn} ({age_s}) says she was at {venue} on {date}, a man she'd just met bought her a drink and the next thing she remembers is being in a taxi with him and him touching her under her dress. Friends found her at {time}. Spiking suspected. Sexual assault reported, SARC + tox done.
sexual_offences||Student {fn} {sn} ({age_s}) reports the taxi driver taking her home from {venue} locked the doors, got into the back seat and groped her breasts before letting her out near {hall}. Private hire co. and police informed, {ref}. She won't get taxis now.
sexual_offences||{hall} flat {room}: {fn} ({age_s}) found a tiny camera hidden in the shower room extractor fan. Police found footage on a flatmate's laptop of {num} female students showering. Voyeurism charge. Flatmate - no relationship to any of them. {fn} wants counselling + room move.
sexual_offences|da|{fn} ({age_s}) found out her boyfriend {mn} had been secretly filming them having sex on his phone for months. She didn't know or agree. He says it's "just for him". Voyeurism, DA service referral. She's ended it but he lives on her corridor in {hall}.
stalking_harassment|onl|{fn} {sn} ({age_s}) reports her module lecturer has emailed her {num} times about her appearance and asked her for drinks, messages her on LinkedIn, and has started commenting on her Instagram. She has said no. No physical contact. Formal complaint + police {ref}.
sexual_offences|csae|{fn} ({age_s}), 1st year, disclosed to her wellbeing adviser that her uncle sexually abused her from primary school until she was about {age_y}, "years ago now". She's now ready to report. Historic CSA by a relative when she was a child.
sexual_offences|da,csae|{fn} ({age_s}) disclosed that when she was 17 her then-boyfriend, who was 19, raped her on several occasions; they were together about {num} months. She has just started to understand it was rape after a consent workshop. Wants to talk to an ISVA before deciding about police.
stalking_harassment|hate|{fn} {sn} ({age_s}), Muslim student in {hall}: flatmates have repeatedly left bacon on her shelf in the fridge, stuck notes on her door mocking her prayers and called her "ISIS" in the kitchen. Over {weeks} weeks. No violence. Res Life + police hate crime {ref}.
violence_without_injury|hate|{mn} ({age_s}) is Deaf. Two men at {stn} ({crs}) mocked his signing, made "retard" noises and one shoved him into the barrier. No injury. He wants BSL interpreter for his statement. BTP {ref}.
stalking_harassment|da|{fn} ({age_s}) says a boy she went out with at sixth form ({yrs} years ago) has started turning up in {town} where she studies, waiting outside her halls and her Saturday job, and phoning her from different numbers. He was controlling when they were together. Nothing online. Police {ref}.
stalking_harassment|da|{mn} {sn} ({age_s}): his girlfriend {fn} takes his maintenance loan as soon as it lands, says he "owes her" for rent, and he has to ask her for bus fare. She decides who he sees. He isn't allowed to go to his society. Economic abuse and CCB. Referred to DA support for men.
stalking_harassment|da|Commuter student {fn} ({age_s}), lives at home. Her father times her journeys from {stn} and makes her video call from the train to prove where she is, takes her part-time wages, and won't let her go to any evening events. She is {age_s} and "not allowed" a boyfriend. Adult family member CCB - DA.
fraud_computer_misuse|onl|{fn} ({age_s}) from {country} was contacted on WeChat by someone claiming to be a landlord with a flat near campus, paid {big} deposit + first month, address turned out to be a real flat someone else lives in. Action Fraud {ref}. She's sofa-surfing.
fraud_computer_misuse|onl|Student {mn} ({age_s}) got a text saying "Student Finance: your payment is on hold, update details", clicked the link and entered his bank details on the website it went to. {big} taken. Action Fraud + bank informed. Student hardship fund application made.
fraud_computer_misuse|onl|{mn} {sn} ({age_s}), international applicant, paid an "education agent" {big} by bank transfer after emails promising a guaranteed CAS and visa. Agent and website gone. He's lost his place and his family's savings. Action Fraud {ref}.
violence_without_injury||{nn} ({age_s}) says at a house party at {street} on {date} someone put something in their drink - they felt very drunk after one cider, dizzy and sick, went home and slept it off. No hospital. Nothing else happened. Reported to police as spiking.
sexual_offences||{fn} {sn} ({age_s}) was in the toilets at {venue} when a man came into the cubicle behind her, pushed her against the wall and put his hand inside her underwear. She screamed and he ran. Security caught him. Police {ref}. She's furious the venue let him in again the next week.
sexual_offences||{route} night bus {date} {time}. V {fn} ({age_a}) says a man standing behind her in the packed aisle pressed his erection against her and rubbed himself against her for {mins} minutes. She couldn't move away. He got off at {stop}. Bus CCTV requested. Sexual assault.
sexual_offences||Guard {fn} {sn} ({age_a}) on {hc}: passenger she was checking tickets for grabbed her backside and said "nice arse" and laughed with his mates. She reported it. BTP {ref}. She's upset no one in the coach said anything.
sexual_offences||Bus driver {fn} ({age_a}), route {route}: passenger stood at the cab and exposed himself to her while she was waiting at {stop}. He then walked off. Depot + police {ref}. She has had to change routes.
sexual_offences|csae|BTP {ref}: {fn} ({age_m}) was groped on the bottom and crotch by a man on the crowded {hc} on her way to college. She told the guard, man arrested at {stn}. Under 18 so child protection notified. Mum {fn2} {sn} wants support for her daughter.
sexual_offences||{stn} toilets: cleaner {mn} {sn} walked in on a man masturbating at the sinks who turned towards him and carried on. Cleaner left and called BTP. Exposure. {mn} disgusted, wants to talk to someone.
violence_without_injury||{fn} ({age_a}), bus driver, had a phone call from the man she'd refused to carry earlier (he'd got the depot number) - he told her he'd "slit her throat" when he found her. She believes he might. It was a phone call, he wasn't near her. Threats to kill recorded. Ref {ref}.
violence_without_injury|knife|{mn} ({age_s}) was stopped on his way back to {hall} by a man who stood very close and said "I've got a knife, you want it?", tapping his pocket. {mn} believed he had a knife and ran. Nothing taken, no demand. Police {ref}. He's stopped going out at night.
public_order||{nn} {sn} ({age_s}) had a man shout "I'll stab you next time" at him from across the road near {stn} after he bumped into him and apologised. Man walked off. Nothing in his hands. {nn} shaken but says he didn't really think the man had a weapon. Police {ref}.
stalking_harassment||{fn} ({age_s}) keeps getting flowers and chocolates left outside her door in {hall}, with notes signed "your admirer", and someone has moved her bike to a different rack twice. {num} weeks. She doesn't know who. Security reviewing CCTV. No messages online or by phone.
stalking_harassment|onl|{mn} ({age_s}), student politics society officer: after a debate on {date} he's received hundreds of abusive DMs on X and Instagram calling him a traitor, someone posted his room number. No threats to kill. Nothing about race/religion. Police malicious comms {ref}.
other_theft|onl|{nn} ({age_s}) was contacted on Discord by someone who'd got into his old cloud account and found private photos, demanding {big} in gift cards or they'll post them. He's paid {amt}. Blackmail. Police advise stop paying. He's really struggling.
violence_with_injury||{mn} ({age_s}) hit in the face with a bike lock by another student in a row over a parking space at {hall}. Broken nose and two teeth. They're not friends, just know each other by sight. Police {ref}.
violence_with_injury|da|{fn} ({age_s}) came to the drop-in with bruises on her neck and arms. Her boyfriend {mn} grabbed her by the arms and threw her against the wardrobe when she said she wanted to go to a party without him. Together {num} months. She's scared he'll find out she came. DASH - medium.
violence_with_injury|da|{mn} {sn} ({age_s}) says his boyfriend {mn2} ({age_a}) slammed his hand in a door in their flat on {road}, broken finger, after {mn} said he wanted to move out. {mn2} also controls their money. First time telling anyone. Referred to LGBT+ DA service. DASH - high.
stalking_harassment|da,onl|Message: "my ex keeps making new snapchat and insta accounts to message me, and she posted my address on her story saying I'm a cheat. we split in {month}. I'm scared to go back to my room" - {mn} ({age_s}), {hall}. Police {ref}.
burglary||{fn} {sn} ({age_s}) and flatmates came back from the summer break to {street} to find the house ransacked, TV, laptops and a guitar gone, back window smashed. Police {ref}. {fn}'s dissertation notes were on the stolen laptop.
robbery||{mn} ({age_s}) was walking through the campus car park at {time} when a man asked for a cigarette, then grabbed his headphones from his neck and punched him when he held on. Bruised jaw. Headphones taken. Security + police {ref}. He's an international student from {country}, no racial comments made.
robbery||{fn} ({age_s}) had her phone grabbed by a moped rider outside {stn}, she held on and was dragged along the pavement until she let go. Grazes down one side, torn jeans. Police {ref}. She keeps hearing mopeds in her sleep.
criminal_damage_arson||{nn} {sn} ({age_s}) says someone set fire to the noticeboard outside the chess society room and scorched the door. No one was in. CCTV reviewed. No hateful words written or said as far as anyone knows. Arson. {nn} is society chair, wants support.
criminal_damage_arson|hate|{fn} ({age_s}) reports that the door of the prayer room in the {course} building was spray-painted with "no mosques here" and a swastika overnight. Estates cleaning it. {fn} is the Islamic society welfare rep. Police hate crime {ref}.
theft_from_person||{fn} ({age_s}) had her purse taken from her bag at a crowded freshers' fair stall while she was signing up for a society, didn't feel a thing. {amt} and her student ID. Security + police {ref}.
theft_from_person||{stn} {date}: {mn} ({age_s}) had his phone plucked out of his hand by a man walking past as he was reading the departure board, the man just walked off fast. {mn} wasn't pushed or touched. Phone {big}. BTP {ref}.
violence_with_injury||{fn} {sn} ({age_s}) was pushed off the stage at {venue} by another woman during a performance night, fell and broke her arm. Strangers. Woman removed by security. Police {ref}. {fn} is missing her exams.
violence_without_injury||{fn} ({age_s}), RA in {hall}, was threatened by a resident she'd reported for smoking - he said he'd "kill her" and punched the wall next to her head. No injury. She believes he meant it. Res Life + police {ref}.
sexual_offences||{fn} ({age_s}) woke up on a friend's sofa after a party and found a male guest, {mn}, having sex with her. She'd been asleep / very drunk. They had never been in a relationship. Police + SARC. She's not told her parents.
violence_without_injury|da|{nn} {sn} ({age_s}): their partner {fn} ({age_s}) threatened to kill herself and then them if they went to their parents' for Christmas, blocked the door so they couldn't leave, and took their phone. No injury. Together {num} months. DA support referral.
anti_social_behaviour||{hall} block {coach}: loud music from the flat upstairs every night until 3am, students banging on the ceiling, people shouting in the courtyard. {fn} {sn} ({age_s}) has exams. Nobody is targeting her, it's just noise. Res Life ASB log.
anti_social_behaviour||Message to support: "The lads next door in {street} keep having garden parties with speakers till 2am on weeknights and throwing their empties over the fence into our garden. They're not threatening or anything, just really inconsiderate." - {nn} ({age_s}).
""")
# ---------------------------------------------------------------- batch 8: harder domestic abuse positives and negatives, rarer flags
add(r"""
violence_without_injury|da|{stn} kiosk: assistant {fn} {sn} ({age_a}) says the man she was married to until {year}, just out of prison, came to the kiosk, leaned over and said "you and me aren't finished, I'll kill you". She believes him. No contact, no injury. BTP {ref}. DASH high, MARAC referral.
stalking_harassment|da|EAP: bus driver {mn} {sn} ({age_a}) says his wife takes his wages, has locked him out of the house {num} times when he came home late off shift, smashed his phone so he couldn't call his brother, and says he'll never see the kids if he leaves. He's sleeping in the depot rest room. CCB.
violence_with_injury|da|Guard {fn} ({age_a}) off work after her partner's adult daughter, {fn2} ({age_s}), who lives with them, punched her in the face during a row about the washing. Black eye. {fn} says she is "basically her stepmum" - married to {fn2}'s dad {yrs} years. Police {ref}. DA.
violence_with_injury|da|{fn} {sn} ({age_s}) lives with her grandmother while studying. Gran hit her across the back with her walking stick when she came back late from {venue}, bruising and a cut. It's happened before. {fn} doesn't want gran in trouble, just wants to move. DA referral.
stalking_harassment|da,onl|HR: {fn} ({age_a}) at {emp} says her former fiancé - they broke off the engagement {yrs} years ago - has started posting about her on Facebook, sharing old photos with captions calling her a gold digger, and messaging her colleagues on LinkedIn. Police {ref}. Feels humiliated.
violence_without_injury|da,knife|{fn} ({age_a}), EAP caller from {emp}: her wife {fn2} held a kitchen knife to her and said "I could end you right now" during an argument on {date}. No injury. {fn} left the house with the kids. They've been married {yrs} years. DASH high. Police informed.
violence_with_injury|da,knife|Referral {ref}: {fn} ({age_s}), student, has a cut to her forearm which she says her boyfriend {mn} did with a kitchen knife while "messing about" to scare her. She initially said she did it herself. Together since first year. DASH high, MARAC.
violence_with_injury|da|BTP {ref}: {fn} {sn} ({age_a}) was pushed over on platform {plat} at {stn} by her ex-partner {mn} who had followed her from work. Broken wrist. They split {yrs} years ago; he'd been sending messages since. DASH - high.
fraud_computer_misuse|da|{fn} ({age_a}), {emp}: her husband went into the bank branch with her passport and a letter she'd "signed" and took out a {big} loan in her name. She found the paperwork in his car. They live together. He also controls the household budget. Fraud, DA referral.
stalking_harassment|da|International student {fn} {sn} ({age_s}) from {country}: her husband, who came over as her dependant, keeps her passport and BRP locked away, tells her she'll be deported if she goes to the police, and won't let her attend seminars without him. DA referral, immigration advice.
stalking_harassment|da,onl|{nn} ({age_s}) found their ex-partner had logged into their iCloud and had been tracking their location and reading their messages for months after they broke up. The ex turned up at a party knowing details of their messages. Police {ref}. Changed all passwords.
violence_with_injury|da|BTP {ref}: at {stop} - father ({age_a}) punched his son {mn} ({age_s}) in the face in front of the queue, split lip, after {mn} told him he'd moved out. Father arrested. {mn} says "he's always been like that with mum as well".
violence_without_injury||{fn} {sn} ({age_a}), EAP caller. Her daughter's boyfriend {mn} turned up at her house, pushed her against the door when she refused to let him see her daughter, and said she'd "regret it". No injury. {fn} has no relationship to him herself, he's her daughter's partner. Police {ref}.
other_theft|da|{mn} {sn} ({age_o}) - his nephew {mn2} ({age_a}), who was helping with his shopping and banking, has been taking money from his account, about {big} in a year. {mn}'s daughter noticed. Financial abuse by a relative. Police {ref}. {mn} feels stupid.
sexual_offences|da|EAP call: {fn} ({age_a}) says her father-in-law, who lives with her and her husband, came into the bathroom and groped her breasts while she was drying herself. Second time. Her husband doesn't believe her. Sexual assault, DA (relative by marriage).
sexual_offences|da,onl|{fn} {sn} ({age_s}) found out her boyfriend has been uploading intimate videos of her to an OnlyFans account without her consent and selling them. She didn't know they were recorded. Police {ref}. She's dropped out of her placement.
violence_with_injury|da|BTP {ref}. On the {hc} two college students, {fn} (17) and her boyfriend (18), argued; he slammed her head against the window. Cut on forehead. Guard intervened. Both over 16 - DA, DASH done. Mum {fn2} {sn} informed.
violence_without_injury||BTP {ref}. At {stn} ({crs}) {fn} (16) was pushed against a wall by her boyfriend, who is 15, after she said she wanted to break up. No injury. Because he's under 16 this isn't recorded as DA; school + youth services informed. Mum {fn2} wants support for her daughter.
theft_from_person|da|{fn} ({age_a}) had her phone snatched from her hand on {stn} concourse by a teenager on a bike. No force used on her. She told us a DVPN was served on her husband last month and the phone is how she contacts her IDVA, so she's panicking. Snatch suspect unknown.
stalking_harassment|da|{fn} {sn} ({age_a}) - MARAC-listed victim of DA from her ex-husband. New issue: a neighbour has been banging on her walls and shouting at her kids over the fence for {weeks} weeks, and put a note through her door calling her a "whore". Recorded for MARAC info. Police {ref}.
robbery||{mn} ({age_a}) asked us whether this was "a domestic" because the man who robbed him outside {stn} was wearing the same jacket as his brother - but no, it was a stranger; brother was at work. Punched and wallet taken. Bruised face. Not DA. BTP {ref}.
violence_with_injury||{fn} ({age_s}) was punched by a girl at {venue} who she'd never met, over a misunderstanding about a drink. Cut lip. {fn}'s boyfriend pulled the girl away. No DA - boyfriend helped her. Police {ref}.
violence_without_injury|hba,da|{fn} ({age_s}) told the wellbeing team her mother and older sister slapped her and said she is bringing shame on the family because she posted photos of herself without her headscarf at a party, and that her father will take her to {country} to "sort her out" and get her married. She's very scared. No visible injury. Forced marriage unit contacted.
stalking_harassment|hba,da|Referral from {emp} HR: employee {fn} ({age_a}) says her family are pressuring her to marry a cousin and her brothers follow her to and from work, take her wages to "keep the family respectable", and phone her manager to check she's at work. She's refused the marriage. FMU + DA service.
violence_without_injury|ms|BTP {ref}: {mn} ({age_m}), Vietnamese boy, found by officers at {stn} with no ticket, disclosed he'd been kept in a house in {town} tending cannabis plants, not allowed out, told he owed {big} for his journey to the UK. Under 18. NRM referral + local authority. No sexual abuse disclosed.
violence_without_injury|ms|{fn} {sn} ({age_s}), international student: a man who met her at the airport and calls himself her "uncle" (no relation) has her working 12-hour days at his takeaway unpaid, keeps her passport and says she owes him for the flight. She's missed most of term. NRM referral, uni aware.
violence_without_injury|ms|EAP call from Brightway Cleaning (contractor) supervisor: {num} cleaners on the station contract at {stn} told her their "agent" collects their wages, drives them in a van to each shift and houses them {num2} to a room. One said they'd be beaten if they spoke to anyone. Police + GLAA. Forced labour suspected.
death_injury_driving||Bus company EAP call from driver {mn} {sn} ({age_a}), who saw it happen: a car driver using his phone ran over passenger {fn} {sn2} ({age_o}) as she stepped off his bus at {stop}. She died. Car driver charged with causing death by careless driving. {mn} is traumatised and her family have asked for support too.
death_injury_driving||{fn} ({age_s}), student, was hit on the zebra crossing outside {hall} by a driver who was over the limit. Fractured spine, may not walk again. Driver charged with causing serious injury by dangerous driving and drink driving. Her flatmates and mum need support.
death_injury_driving||{mn} {sn} ({age_a}) bereaved: his brother {mn2} was killed when a van driver racing another vehicle hit him at {stop}, where he was waiting for a bus. Driver charged with causing death by dangerous driving. Family want to understand the court process.
homicide|knife|Homicide referral: {mn} ({age_s}) was stabbed at a house party in {street} on {date}, died at the scene. Friends from his course witnessed it. S ({age_s}) charged with murder, no relationship to V beyond "knowing of him". Family + {num} students referred.
homicide||FLO: guard {mn} {sn} ({age_a}) died {num} days after being punched and falling onto the track bed at {stn} during a dispute over a ticket. S charged with manslaughter. Widow {fn} and his colleagues referred for support. Strangers.
homicide|da|Bereaved family referral. {mn} {sn} ({age_o}) was killed by his son {mn2} ({age_a}) at their home in {town}; {mn2} had mental health problems and lived with his dad. Charged with murder, may be manslaughter. Daughter {fn} and her family want support. DHR being considered.
sexual_offences|csae|{hotel} duty manager called: a member of staff reported that a man in his 30s keeps bringing different girls who look about {age_y} into the hotel late at night, paying cash. Police attended, one girl ({age_y}) disclosed she was given alcohol and made to have sex with him and his friends. CSE. Referral for the girl.
sexual_offences|csae,onl|BTP {ref}: {fn} ({age_y}) was met off the train at {stn} by a man ({age_a}) she'd been talking to on Snapchat who said he was 16. He took her to a flat and sexually assaulted her. Parents reported her missing. Child protection + police. Mum {fn2} wants support.
violence_with_injury|knife|Revenue inspector {mn} {sn} ({age_a}) was slashed across the hand with a blade when he tried to stop a fare dodger jumping the gates at {stn}. {num} stitches. BTP {ref}. S NK. He's been told he may lose feeling in two fingers.
robbery|knife|{fn} ({age_a}) on {route} night bus: a man sat next to her, showed her a knife in his sleeve and told her to hand over her phone and bank card and say the PIN. She did. Got off at {stop}. Not hurt. Police {ref}.
violence_without_injury|knife|Takeaway in {town}: delivery driver {mn} ({age_a}) was met at a drop-off by a man who waved a large kitchen knife at him and said he'd "gut him" if he came back. Nothing taken, not hurt. {mn} believes he meant it. Police {ref}.
possession_of_weapons||{mn} ({age_a}), EAP. Security guard at {emp}. He saw a teenager with a machete tucked in his trousers near the entrance and called police, lad arrested. Lad never threatened anyone or took it out. {mn} worried about reprisals as the lad saw him on the phone.
violence_without_injury||{fn} ({age_a}) at {emp}: her colleague threatened to kill her in the staff room after she reported him for bullying. He was not near her with anything. He's suspended. They've never been in a relationship. Police {ref}. She believes the threat.
stalking_harassment||{fn} {sn} ({age_a}) says a man she went on one date with {num} months ago (never a relationship - one coffee) has been calling her {num2} times a day, turning up at {stn} where she gets her train, and writing letters to her workplace. Phone and letters only. Police {ref}. Not treated as DA as no intimate relationship.
stalking_harassment|da|{mn} {sn} ({age_a}): his ex (they were together for {yrs} years and split in {year}) keeps reporting him to the police and social services with false allegations, calls his new partner at work, and tells their kids he's dangerous. He's exhausted. DA - course of conduct by ex-partner.
violence_with_injury|da|EAP. {fn} ({age_a}) says her younger brother ({age_s}) threw a plate at her which cut her cheek when she asked him to stop smoking weed in the house they share with their mum. She wants him to get help, not be arrested. DA (siblings).
violence_without_injury|da|{fn} {sn} ({age_a}) on the EAP line: her former civil partner {fn2} (dissolved {yrs} years ago) came to her workplace at {emp} and spat at her in the car park. No injury. They have no contact otherwise. Police {ref}. DASH standard.
criminal_damage_arson|da|{mn} ({age_s}) reports his ex-boyfriend {mn2} broke into his car in the {hall} car park, kicked in the door panels and smashed the dashboard. Seen on CCTV. They split in {month}. Nothing taken. Police {ref}.
other_theft|da|{fn} ({age_s}) says her ex-boyfriend still has her laptop, bank card and passport and refuses to give them back since they split {num} weeks ago, and has used her card for {amt}. He lives in {town}. Police {ref}. She needs passport for her year abroad.
violence_with_injury||{fn} {sn} ({age_a}), domiciliary carer: her client's husband ({age_o}) pushed her against the stair rail when she arrived late, bruised her back. She is not related to the family - paid carer. Employer + police {ref}. Not DA.
violence_with_injury||{mn} ({age_s}) was beaten up by his flatmate's brother, who was visiting, over a noise complaint. Black eye, bruised ribs. {mn} isn't related to either of them. Police {ref}.
public_order||{fn} ({age_a}), station host at {stn}: a man shouted abuse at her for {mins} minutes about the strike, calling her "lazy scum", and said she'd "get what's coming". No contact. No comments about race, sex etc. BTP {ref}. She's asked to move to a different station.
""")
# ---------------------------------------------------------------- batch 9: domestic abuse across unusual offence types, more near-misses
add(r"""
stalking_harassment|da|{fn} {sn} ({age_a}), EAP caller. Her ex-partner parks outside her flat most nights playing music loud and revving his car, and follows her bus in his car to {emp}. They split {yrs} years ago. No messages. She's stopped sleeping. Police {ref}. DASH - medium.
burglary|da|{fn} ({age_a}) - her adult son {mn} ({age_s}), who she asked to move out after he hit her last year, smashed the kitchen window and got in while she was at work, took her TV and her purse. Neighbour saw him. Police {ref}. She's frightened he'll come back.
vehicle_offences|da|{fn} {sn} ({age_a}) at {emp}: her husband took her car (in her name only) without asking and has kept it for {num} days to stop her getting to work. She's had to get the train from {stn}. Police recorded TWOC. DA - part of a pattern of control, DASH done.
bicycle_theft|da|{fn} ({age_s}) says her ex-girlfriend took her bike from outside {hall} using the spare key she still had, and is refusing to give it back. Seen on CCTV. They split {num} weeks ago. {fn} just wants her bike back and for her to stop. Police {ref}.
public_order|da|{mn} ({age_a}) - his ex-wife stood outside his house on {road} on {date} shouting that she'd "burn him out" and that everyone should know what he is, in front of the neighbours. No damage, no contact. Police {ref}. They divorced {yrs} years ago.
fraud_computer_misuse|da,onl|{fn} ({age_a}), EAP: after she left, her ex-husband logged into her online banking using her old password and moved {big} out, and changed her email password. Divorce ongoing. Police {ref}. Bank investigating. She feels watched.
possession_of_weapons|da|BTP {ref}: {fn} {sn} ({age_a}) - her ex-partner {mn} was stopped by officers at {stn} with a lock knife in his pocket, about a mile from her house. He has a DVPO against him. He hadn't approached her and she never saw the knife. Charged with possession. She's terrified of what he meant to do.
criminal_damage_arson|da|EAP: {fn} ({age_a}) says her husband punched holes in the bedroom door, smashed the TV and threw her phone in the bath when she said she wanted a divorce. He didn't touch her. She's with her mum now. Police {ref}. DASH high.
robbery|da|{fn} ({age_s}) reports her ex-boyfriend {mn} yanked her bag off her shoulder outside {venue}, pulling her over, and ran off with her phone - she thinks so he could read her messages. Grazed hands. They split {num} weeks ago. Police {ref}. DASH medium.
sexual_offences|da|{fn} {sn} ({age_a}) - her ex-husband, who she's been separated from for {yrs} years, came to collect the children, pushed his way in and raped her in the kitchen. ISVA + police {ref}. She wants help with the family court as he still has contact.
stalking_harassment|da,onl|{mn} ({age_a}), EAP: a woman he lived with for a few years in his twenties has found him on Facebook nearly {yrs} years later and is sending long messages daily, some threatening to turn up at his work. He's married now. Police {ref}. DA (ex-partner).
violence_with_injury|da|Student {mn} ({age_s}), home for reading week: his mum hit him with a frying pan when he told her he was dropping out of medicine. Cut scalp, glued at walk-in centre. He's back in {hall} and scared to go home. DA (parent).
violence_without_injury|da|{fn} {sn} ({age_a}) on EAP line: her daughter-in-law, who lives in the annexe, threw a cup of tea at her (it missed) and told her she'd have her put in a home "where she belongs". No injury. {fn}'s son takes his wife's side. DA (relative by marriage).
violence_with_injury|da|{mn} ({age_a}), bus driver: his sister-in-law (his wife's sister), who's been staying with them, scratched his face and neck when he asked her to leave. Marks visible at work. Police {ref}. DA referral.
violence_with_injury|da,hate|{nn} {sn} ({age_s}), trans woman student: her boyfriend punched her in the stomach and called her "a man in a wig" and "it" when she wanted to go out with friends. Bruising. He often mocks her transition. LGBT+ DA service + police {ref}. DASH high.
violence_with_injury|da|{fn} ({age_a}), EAP caller at {emp}: "my kids' dad" - they never lived together but share two children - punched her in the arm and head at the handover at {stop}. Bruising. Police {ref}. DASH - medium.
stalking_harassment|da|HR: {fn} ({age_a}) says the man she has been "seeing on and off since {year}" keeps turning up at {emp}, ringing reception pretending to be her brother, and waiting in the car park. She ended it for good last month. Police {ref}. DASH done.
violence_without_injury|da|{fn} {sn} ({age_o}) rang on behalf of herself: her husband of {num2} years has started threatening to "finish them both" if she puts him in respite care. He has early dementia. He hasn't hurt her. She's frightened. Adult social care + DA service. DASH standard.
stalking_harassment|da|{mn} {sn} ({age_o}), caller: his wife controls all the money, won't let him see his grandchildren, reads his post and makes him account for every pound of his pension. Married {num2} years, it has got worse since he retired. He asked "is this abuse?". CCB. DA service referral.
violence_with_injury||{mn} ({age_s}) was attacked by his girlfriend's ex-boyfriend outside {venue}, who punched him repeatedly. Fractured eye socket. {mn} has never been in a relationship with the attacker and isn't related. Police {ref}.
violence_without_injury||{fn} ({age_a}) at {emp}: her lodger, who rents a room in her house, shouted at her, shoved her into the hall table and said he'd "make her pay" when she gave him notice. No injury. He's not family or partner - a lodger. Police {ref}.
stalking_harassment||{fn} {sn} ({age_s}) says a man she met once through a friend at a house party keeps calling her phone from different numbers, {num} calls a day, and has texted her home address to her. She never went out with him. Calls and texts only. Police {ref}.
violence_with_injury|da|BTP {ref}: {mn} ({age_a}) was head-butted on the {hc} by his stepson ({age_s}), who he's raised since age 4, after a row about money. Broken nose. Both live together in {town}. DA (stepfamily).
violence_without_injury|da|Student {fn} ({age_s}): her housemate is also her cousin. He grabbed her by the arm and pulled her out of the lounge when she had friends round, saying she's not allowed to "act like a slag". No marks. Her aunt says it's family business. DA (cousin).
stalking_harassment|da,onl|{fn} ({age_a}), EAP: her husband installed an app on her phone that lets him see her messages and location, and he sends her screenshots of her own texts to show he's watching. She found out when a colleague's message was quoted back to her. Police {ref}. DASH high.
violence_with_injury|da|{mn} {sn} ({age_a}) - his adoptive mother ({age_o}) hit him with her handbag and scratched his hand when he said he wasn't lending her any more money. Cuts to hand. He cares for her. Police {ref}. DA.
criminal_damage_arson||{fn} ({age_a}) at {emp} says her neighbour smashed her car windscreen after a row about parking. He's no relation and they've never been in a relationship. Police {ref}. She's not hurt, just rattled.
other_theft||{fn} ({age_a}), EAP. Her lodger moved out without notice and took her jewellery and {big} cash from a drawer. Not a partner, no relation. Police {ref}. She's embarrassed because she'd trusted him.
stalking_harassment|da|Wellbeing: {fn} ({age_s}) says she and her boyfriend broke up {num} weeks ago but he still sleeps outside her door in {hall} some nights, texts her friends to ask where she is, and cried and threatened to hurt himself at her lecture. She's scared. No threats to her. Police + security informed.
violence_without_injury|da|{nn} ({age_s}), non-binary student: their mum came to campus, grabbed them by the hair in the car park and tried to drag them into the car, saying they were "coming home now" and that they'd wasted enough money. No injury. Security intervened. {nn} doesn't want to press charges. DA (parent).
""")
# ---------------------------------------------------------------- batch 10: long rambling notes, several offences, typos
add(r"""
sexual_offences|da,onl|Wellbeing drop-in, {date}, student {fn} {sn} ({age_s}, {course}), long appt. Split from her boyfreind {mn} in {month} after about {num} months, since then he has messaged her on Instagram and WhatsApp "hundreds" of times, some begging, some calling her a slag, she's blocked him on everything and he makes new accounts. Two weeks ago he kicked her door in {hall} and cracked the frame. Then last {day} he came back saying he wanted to talk, she let him in to stop him shouting in the corridor and he pushed her onto the bed and had sex with her while she was crying and saying no. She hasnt told her parents. ISVA referral done, she wants to think about police. Res Life changing her room today.
robbery||INC {ref} {dy} {time}. {stn} ({crs}), platform {plat}. Train manager {mn} {sn} ({age_a}) asked male (approx 30, NK) for his ticket on {hc}, male said he'd "bought one online" but couldn't show it, argument, male stood up and jabbed his finger in V's face saying he'd knock him out, V told him he'd be met by BTP. At {stn} the male punched V twice in the face, then grabbed V's ticket machine and the phone out of his hand and ran off with them over the footbridge. V has a swollen eye + cut lip. Machine + phone NK. No comments about race etc. V has been assaulted before in {year} and says this has "brought it all back".
violence_with_injury|onl|EAP/{emp} HR summary. Employee {fn} {sn} ({age_a}), customer services. For about {weeks} weeks a customer whose complaint was rejected has been emailing her personally, {num} or more emails a week, calling her incompetent and a liar, and posting her full name in reviews online saying she should be sacked. On {date} he came to reception and when she came down he threw a heavy stapler at her which hit her on the cheekbone, swelling and bruising, seen at walk-in centre. Police {ref} attended. No relationship between them, never met before that day. She is frightened to work on the front desk.
stalking_harassment||Message to student support from {nn} ({age_s}): "sorry this is long. my flatmates boyfreind keeps comming round when shes not there and sitting in the kitchen waiting for me, he follows me to the bus stop and has started turning up at the library, hes asked me out like {num} times and I said no every time. yesterday he was waiting outside my seminar. I dont want to make a fuss because my flatmate is nice but its getting really creepy. he texts me aswell but only normal texts, no social media." Not a partner of {nn}'s. Advised re reporting. Res Life aware.
violence_without_injury||Long call, {fn} {sn} ({age_a}), {street}, {town}. Neighbour dispute that has been going on since {year}: neighbours' teenage son has kicked her fence panels in twice, her shed was broken into on {date} and a strimmer taken (she thinks them but no proof), and on {date2} the dad stood at her gate and said "I'll f***ing kill you and your dog if you report us again", and she believes him - he'd been drinking and he has a record. No injury. Police {ref}. She lives alone, no family nearby, not related to them. Wants to move.
other_theft||Call from {mn} {sn} ({age_a}) about his mum {fn} {sn} ({age_o}). A paid carer from an agency has been visiting 3 times a day for {num} months. Mum's bank statements show cash withdrawals of about {big} she didn't make, and her engagement ring is missing from the dish by her bed. Carer had been given the PIN "to help with shopping". Agency suspended her. Police {ref}. No family member involved - the carer is not related. Son feels awful he didn't notice.
other_theft|onl|Student {mn} ({age_s}) from {country}, long appt with interpreter. First he was "offered" a job on Telegram, paid {amt} "training fee" (scam), then the same people said they had a copy of his passport and visa from his application and would report him to the Home Office and post his documents online unless he paid {big} more. He paid some. Police {ref} recorded blackmail + fraud. He has stopped eating properly, GP referral made.
violence_with_injury|da|{fn} ({age_a}) EAP. Wanted to talk about something that's "probably nothing". She was married to {mn} until {year}, he used to hit her and control all the money, she left with the kids and they've had no contact for years. Last week he turned up outside her work at {emp}, said he just wanted to talk, when she walked away he grabbed her arm and twisted it so hard she's got fingertip bruises and a sprained wrist. Police {ref}. DASH - high, MARAC. She didnt think it would count as DA "because we're divorced".
sexual_offences||BTP {ref}. V {fn} {sn} ({age_a}) travelling on the last {hc} from {stn}. Male sat opposite her in an almost empty coach, opened his trousers and exposed himself, she moved coaches, he followed her, sat behind her and put his hand on her shoulder and then down onto her breast. She screamed, he got off at {stn2}, she thinks he then followed her from the station towards {road} but lost him. Didn't recognise him. She's not slept, wants someone to call her, prefers evenings, works days.
violence_without_injury|hate|INC {ref}. {hc} between {stn} and {stn2}, {time}. Drunk male passenger became abusive when guard {mn} {sn} ({age_a}) asked him to stop vaping, called him a "f***ing immigrant" and a "monkey" and said he should "go back to the jungle", then spat at him, the spit landed on his shirt and neck. No injury. Male then kicked the vestibule door repeatedly, door panel dented. BTP met the train, male arrested. Guard is Black British, born in {town}, very upset, had to go off duty. Wants support + updates.
death_injury_driving||Referral {ref}. Stolen car being driven by youths at high speed through {town} centre at {time} on {date}, lost control and mounted the pavement at {stop}, hitting the shelter and {fn} {sn} ({age_a}) who was waiting for the {route}. She has a fractured pelvis and head injury, still in hospital. Driver (17) charged with causing serious injury by dangerous driving and aggravated vehicle taking. Car owner is also a victim, separate referral. {fn}'s husband {mn} is calling for her - practical support please (travel, kids).
sexual_offences|csae,ms|{busco} driver {mn} {sn} raised concerns after seeing the same girl, looked about 16-17, being put on his late bus by different older men over {num} weeks and met at {stop} by a car. Police investigation now: girl {fn} ({age_m}) disclosed she had been moved between {town} and {town2} by a group and made to have sex with men for money she never saw, and that they held her phone. CSE + trafficking, NRM submitted. Referral is for {fn} via her social worker, and driver also wants support.
fraud_computer_misuse|onl|EAP call from {fn} {sn} ({age_a}) at {emp} about her dad ({age_o}), who lives alone in {town}. Dad met a "woman" on Facebook {num} months ago, never met in person, she has told him she's stuck abroad and needs money for her visa, then hospital bills, then a flight. He has sent over {big} through money transfer apps and now wants to remortgage. He won't believe it's a scam. {fn} is beside herself. Action Fraud {ref}. No family member involved in the scam.
violence_with_injury|da,hba|Wellbeing adviser note, student {fn} ({age_s}), married at 19, lives with husband and his parents in {town}. Mother-in-law slaps and pinches her and last week hit her with a belt on her legs, leaving welts, saying that going to uni "with men" brings shame on their family name and the community is talking. Husband says she must obey his mother. She's not allowed her own money. Safe accommodation being explored, FMU/HBA specialist referral.
sexual_offences|csae,da,onl|{fn} {sn} ({age_a}) called the EAP line. Disclosed her stepdad sexually abused her from age 12 to 15, she never told anyone. That was a long time ago. In the last month he has found her on Facebook, sent her friend requests and messages saying "remember our secret" and "I miss you", and sent her a message on LinkedIn at work. She is terrified. Police {ref}. Specialist adult survivor service referral.
anti_social_behaviour||Message from {fn} {sn} ({age_o}): "i dont no if this is the right number but the kids from the flats play football against my car and my front window every night untill 10, they are very loud and cheeky, they havent damaged anything yet and they havent threatened me but I am on my own and it gets me down. I have rang the council before." Passed to ASB team. No crime disclosed.
stalking_harassment||Student {fn} ({age_s}), {hall}. A boy from her course who she has never dated has been waiting outside her lectures for {weeks} weeks, turns up at her part-time job, has left "gifts" at her door. On {date} she came back to find her room door unlocked and her underwear drawer gone through - a pair missing - and a note on her pillow. Security say a master key was signed out by him "by mistake" on a maintenance form. Police {ref}. She's moved to a friend's. No online contact.
violence_without_injury|knife|EAP. {mn} {sn} ({age_a}), warehouse at Northstar Logistics. Colleague {mn2} (no relationship outside work) has bullied him for months, and on {date} during a row about overtime he took a Stanley knife from the packing bench, held it up to {mn}'s face and said "you'll get this across your face if you grass". {mn} believed him. Not injured. Manager called police, {mn2} suspended. {mn} wants counselling and is scared about going back.
theft_from_person||{fn} ({age_s}), long call. On {date} at {stn} she was on her phone waiting for the {hc}, a lad walked past and just took it out of her hand and ran, she wasn't pushed or hurt. Her bank card was in the phone case and it's been used contactless in {num} shops since for about {amt}. She's an international student from {country}, her mum is worried sick, she had to borrow a friend's phone to call us. Police {ref}. Bank refunded.
violence_with_injury|hate,onl|{nn} {sn} ({age_s}), gay student, long message: for {weeks} weeks someone on his course has been posting homophobic memes about him in the course WhatsApp group and sending him DMs on Instagram calling him a "f*g". On {date} outside {venue} the same student and two friends shouted the same slurs and one punched him in the face, nose fractured. Police {ref} - hate crime. He's thinking of leaving uni.
""")


def validate():
    seen_text = []
    for cat, flags, text in TEMPLATES:
        if cat not in CATEGORIES:
            raise SystemExit(f"bad category {cat!r}")
        for f in flags:
            if f not in FLAGS:
                raise SystemExit(f"bad flag {f!r}")
        if len(set(flags)) != len(flags):
            raise SystemExit(f"duplicate flag in {text[:40]!r}")
        if text in seen_text:
            raise SystemExit(f"duplicate template {text[:40]!r}")
        seen_text.append(text)
        if "|" in text:
            raise SystemExit(f"pipe in text {text[:40]!r}")
        for _lit, field, _spec, _conv in string.Formatter().parse(text):
            if field is not None:
                _pool_of(field)


def build():
    validate()
    order = list(range(len(TEMPLATES)))
    picks = order[:]
    while len(picks) < N_NOTES:
        picks.append(RNG.choice(order))
    picks = picks[:N_NOTES]
    rows = []
    texts = {}
    for idx in picks:
        cat, flags, tmpl = TEMPLATES[idx]
        for _ in range(200):
            text = fill(tmpl, RNG)
            if text not in texts:
                break
        else:
            raise SystemExit(f"could not fill a unique note from template {idx}")
        texts[text] = True
        ordered = [f for f in FLAGS if f in flags]
        rows.append((text, cat, ";".join(ordered)))
    RNG.shuffle(rows)
    cats = [r[1] for r in rows]
    flag_lists = [r[2].split(";") if r[2] else [] for r in rows]
    missing_c = [c for c in CATEGORIES if c not in cats]
    missing_f = [f for f in FLAGS if not any(f in fl for fl in flag_lists)]
    if missing_c or missing_f:
        raise SystemExit(f"uncovered categories {missing_c} flags {missing_f}")
    return rows


def main():
    rows = build()
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["note_id", "text", "category", "flags"])
    for i, (text, cat, flags) in enumerate(rows, 1):
        w.writerow([f"B53-{i:04d}", text, cat, flags])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(buf.getvalue().encode("utf-8"))
    print(f"templates {len(TEMPLATES)}")
    print(f"notes {len(rows)}")
    for c in CATEGORIES:
        print(f"{c} {sum(1 for r in rows if r[1] == c)}")
    for f in FLAGS:
        print(f"{f} {sum(1 for r in rows if f in r[2].split(';'))}")


if __name__ == "__main__":
    sys.exit(main())
