#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND55 labelled test corpus of synthetic victim-services referral notes.

Scenario: referrals written by non-police staff working on social-housing estates.
Three voices share one referral inbox:

* a housing association's tenancy-sustainment officers (TSOs), neighbourhood
  officers, caretakers and repairs operatives (estate walkabouts, void
  inspections, gas-safety and repairs visits that find things, tenants
  reporting neighbours, hoarding, vulnerable tenants, cuckooing);
* a local authority community safety / ASB casework team (case reviews,
  community triggers, noise diaries, warning letters, ABCs, CPNs, injunctions),
  where most reports are anti-social behaviour but some disclose crimes;
* a fire and rescue service's home-safety and arson-reduction officers
  (deliberate fires, bin and car fires, letterbox attacks, threats to burn,
  young fire setters, safe-and-well visits that uncover abuse).

Every note is invented; no real person, address or case is described. Each
template was labelled by hand against the shared taxonomy (one category, any
number of flags). Slots carry only names, places, dates in UK formats, times,
sums of money, reference numbers, counts and ages kept inside a band that
never crosses a taxonomy threshold, so no slot can change a label.

Output: data/notes_blind55.csv next to this script (800 notes, ids B55-0001..
B55-0800 assigned after a seeded shuffle). Standard library only; the output is
byte-identical whatever the working directory or PYTHONHASHSEED.
"""

from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path

RNG = random.Random(55_2026)
N_NOTES = 800
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind55.csv"

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

# Short flag codes used in the hand-written template lines.
FLAG_CODES = {
    "DA": "domestic_abuse",
    "HATE": "hate_crime",
    "ONL": "online",
    "KNIFE": "knife_sharp_instrument",
    "CSA": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}

# ---------------------------------------------------------------------------
# Slot vocabularies (lists only, never sets, so iteration order is fixed)
# ---------------------------------------------------------------------------

FEMALE = [
    "Amy",
    "Shannon",
    "Kerry",
    "Priya",
    "Aisha",
    "Leanne",
    "Joanne",
    "Zofia",
    "Grace",
    "Chantelle",
    "Fatima",
    "Bethany",
    "Nadia",
    "Tracey",
    "Sinead",
    "Marcia",
    "Hayley",
    "Ewa",
    "Rukhsana",
    "Danielle",
    "Lorraine",
    "Stacey",
    "Yasmin",
    "Abi",
    "Gemma",
    "Precious",
    "Niamh",
    "Olena",
    "Sharon",
    "Jade",
    "Kirsty",
    "Donna",
    "Amina",
    "Roxanne",
    "Paula",
    "Agnieszka",
    "Tanisha",
    "Lisa",
    "Mandy",
    "Shabnam",
]
MALE = [
    "Dean",
    "Kyle",
    "Tariq",
    "Liam",
    "Craig",
    "Marek",
    "Jermaine",
    "Wayne",
    "Imran",
    "Connor",
    "Darren",
    "Kofi",
    "Stuart",
    "Ryan",
    "Bilal",
    "Gary",
    "Lee",
    "Tomasz",
    "Callum",
    "Mohammed",
    "Nathan",
    "Reece",
    "Paul",
    "Adebayo",
    "Shane",
    "Kieran",
    "Tyler",
    "Steven",
    "Jordan",
    "Aaron",
    "Mick",
    "Dariusz",
    "Hassan",
    "Terry",
    "Kwame",
    "Brandon",
    "Neil",
    "Faisal",
    "Josh",
    "Ross",
]
SURNAMES = [
    "Walsh",
    "Okafor",
    "Hussain",
    "Pearce",
    "Nowak",
    "Brennan",
    "Clarke",
    "Ahmed",
    "Doherty",
    "Mensah",
    "Kowalski",
    "Patel",
    "Hughes",
    "Begum",
    "Flynn",
    "Robinson",
    "Osei",
    "Marsh",
    "Rahman",
    "Kelly",
    "Atkinson",
    "Wisniewski",
    "Campbell",
    "Iqbal",
    "Stott",
    "Oduya",
    "Barker",
    "McAllister",
    "Sharma",
    "Lowe",
]
STREETS = [
    "Larkspur Close",
    "Fennel Walk",
    "Tanners Row",
    "Brook Lane",
    "Albion Terrace",
    "Kestrel Way",
    "Mill Street",
    "Orchard Rise",
    "Chapel Road",
    "Foundry Lane",
    "Heron Drive",
    "Wharf Street",
    "Elder Grove",
    "Carter Street",
    "Bramley Road",
    "Station Approach",
    "Cobden Street",
    "Linnet Close",
]
ESTATES = [
    "Hollins Park",
    "Brindley",
    "Ashworth",
    "Castlefields",
    "Moorside",
    "Greenbank",
    "St Jude's",
    "Riverside",
    "Highfield",
    "Kingsmead",
    "Northgate",
    "Lowther",
]
BLOCKS = [
    "Cedar House",
    "Merrow Court",
    "Rowan Tower",
    "Halsey House",
    "Beacon Court",
    "Wren House",
    "Lindley Court",
    "Sorrel House",
    "Tolpuddle House",
    "Marlowe Court",
    "Juniper House",
    "Stanier Court",
]
SHOPS = [
    "the Co-op",
    "the Spar on the parade",
    "Londis",
    "Lidl",
    "the Iceland",
    "Home Bargains",
    "the One Stop",
    "the Costcutter",
    "B&M",
    "the big Tesco",
    "the Nisa",
    "the Premier on the corner",
]
STAFF = [
    "Jo P",
    "Martin H",
    "Sam K",
    "Bev T",
    "Rob W",
    "Anika S",
    "Dev M",
    "Claire O",
    "Pete R",
    "Hannah L",
    "Yusuf A",
    "Lynne B",
    "Gav D",
    "Mel C",
    "Tom F",
    "Ruth N",
]
CARS = [
    "silver Corsa",
    "black Golf",
    "white Transit",
    "blue Focus",
    "red Fiesta",
    "grey Qashqai",
    "white Berlingo",
    "black BMW 1 series",
    "silver Astra",
    "green Micra",
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
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_LEN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d: int) -> str:
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def _date(rng: random.Random) -> str:
    year = rng.choice([2024, 2025])
    month = rng.randint(1, 12)
    day = rng.randint(1, MONTH_LEN[month - 1])
    style = rng.randint(0, 6)
    if style == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if style == 1:
        return f"{day}/{month}/{year % 100:02d}"
    if style == 2:
        return f"{day:02d}.{month:02d}.{year % 100:02d}"
    if style == 3:
        return f"{_ordinal(day)} {MONTHS[month - 1]}"
    if style == 4:
        return f"{day} {MON3[month - 1]} {year % 100:02d}"
    if style == 5:
        return f"{rng.choice(DAYS)} {day}/{month}"
    return f"{day} {MONTHS[month - 1]} {year}"


def _time(rng: random.Random) -> str:
    h = rng.randint(0, 23)
    m = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = rng.randint(0, 3)
    if style == 0:
        return f"{h:02d}:{m:02d}"
    if style == 1:
        return f"{h:02d}{m:02d}hrs"
    if style == 2:
        h12 = h % 12 or 12
        return f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}"
    return f"{h}:{m:02d}"


def _ref(rng: random.Random) -> str:
    style = rng.randint(0, 4)
    if style == 0:
        return f"ASB/{rng.randint(1000, 99999)}"
    if style == 1:
        return f"TS-{rng.randint(100, 9999)}"
    if style == 2:
        return f"CS{rng.randint(20000, 89999)}"
    if style == 3:
        return f"HA/{rng.choice(['NH', 'TS', 'ASB'])}/{rng.randint(100, 999)}"
    return f"ASB-{rng.randint(100, 999)}-{rng.choice(['24', '25'])}"


def _cref(rng: random.Random) -> str:
    style = rng.randint(0, 3)
    if style == 0:
        return f"CR/{rng.randint(1000000, 9999999)}/{rng.choice(['24', '25'])}"
    if style == 1:
        return f"CAD {rng.randint(100, 9999)}"
    if style == 2:
        return f"log {rng.randint(100, 999)} of {rng.randint(1, 28)}/{rng.randint(1, 12)}"
    return f"{rng.choice(['44', '43', '52'])}{rng.randint(10000000, 99999999)}"


def _inc(rng: random.Random) -> str:
    return rng.choice(["INC", "Inc ", "FRS inc ", "IRS "]) + str(rng.randint(10000, 999999))


SLOT_MAKERS = {
    "f": lambda r: r.choice(FEMALE),
    "m": lambda r: r.choice(MALE),
    "sur": lambda r: r.choice(SURNAMES),
    "street": lambda r: r.choice(STREETS),
    "estate": lambda r: r.choice(ESTATES),
    "block": lambda r: r.choice(BLOCKS),
    "num": lambda r: str(r.randint(1, 148)),
    "flat": lambda r: str(r.randint(1, 96)),
    "floor": lambda r: _ordinal(r.randint(2, 14)),
    "date": _date,
    "time": _time,
    "ref": _ref,
    "cref": _cref,
    "inc": _inc,
    "amt": lambda r: f"£{r.choice([r.randint(20, 99), r.randint(100, 990), r.randint(1000, 4800)])}",
    "n": lambda r: str(r.randint(2, 9)),
    "age": lambda r: str(r.randint(22, 64)),  # adult, never near 16/18
    "oldage": lambda r: str(r.randint(71, 94)),
    "kidage": lambda r: str(r.randint(6, 12)),  # child, under 16 and under 18
    "teen": lambda r: str(r.randint(13, 15)),  # under 16, under 18
    "yp": lambda r: str(r.choice([16, 17])),  # 16-17: DA-eligible, still under 18
    "staff": lambda r: r.choice(STAFF),
    "shop": lambda r: r.choice(SHOPS),
    "car": lambda r: r.choice(CARS),
    "month": lambda r: r.choice(MONTHS),
    "weeks": lambda r: str(r.randint(2, 11)),
    "yrs": lambda r: str(r.randint(2, 14)),
    "reg": lambda r: (
        r.choice(["AB", "YK", "LS", "MA", "WR", "KP", "DN", "SF"])
        + str(r.randint(10, 74))
        + " "
        + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    ),
}

SLOT_RE = re.compile(r"\{([a-z]+)(\d?)\}")

TEMPLATES_RAW: list[str] = []

TEMPLATES_RAW.append(
    """
# --- batch 1: violence with injury ---
violence_with_injury|DA|TSO home visit {date}. {f} ({age}) opened the door with a swollen eye and a split lip. Says her partner {m} "just lost it" on Saturday night over the electric bill and punched her twice in the face. Not reported to police, she is "thinking about it". 2 kids were upstairs in bed. DASH done on the doorstep = high. Referred IDVA + MARAC. Joint tenancy, she wants advice on getting a sole tenancy.
violence_with_injury|DA|Safe and well visit at {num} {street}, {inc}. Crew noticed bruising to both forearms of the female occupant {f} {sur}. When the WM spoke to her on her own in the kitchen she said her husband grabs and twists her arms when hes had a drink, last time was {date}, and she thinks she has a cracked rib from being shoved into the radiator. Husband was in the front room during visit. Doesnt want police but agreed to us passing her details on. 2 x smoke alarms fitted.
violence_with_injury|DA|Neighbourhood officer note. Tenant {m} (flat {flat}, {block}) came into the estate office with butterfly stitches above his eyebrow. His boyfriend {m2} threw a mug at his head during a row on {date}, he went to A&E. Together {yrs} years, {m2} is on the tenancy as a household member and {m} wants him removed. Police ref {cref}.
violence_with_injury|DA|Call from tenant {f} {sur}, {street}. Ex husband {m} (divorced {yrs} yrs ago, no contact since) turned up at her door {date} about {time} drunk, shoved his way into the hall and headbutted her, nose broken. Police came and he was arrested for ABH and damage to the door frame. She wants the locks changed and asked about the sanctuary scheme.
violence_with_injury|DA|Repairs operative (plumber, job {ref}) raised a concern after attending a leak. Elderly tenant Mrs {sur} ({oldage}) had fresh bruising to her cheek and a small cut. She told him her grandson, who has lived with her since he came out of the army, "gets cross" and hit her with the TV remote. Operative said she seemed frightened. ASC alert raised, TSO {staff} to visit.
violence_with_injury|DA|{f} reports that her husband's brother, who has been lodging with them since {date}, punched her in the side of the head when she asked him to pay towards food. Bruised cheekbone and ringing in her ear, seen by GP. Husband is "taking his brother's side". She is scared to be in the house when they are both there.
violence_with_injury|-|ASB case {ref}. Long running parking dispute between no {num} and no {num2}, {street}. On {date} it escalated, {m} {sur} (no {num2}) hit his neighbour {m2} over the head with a wooden fence post, 6 stitches. Both tenants. No relationship between them at all, just neighbours who hate each other. Police investigating s47. Considering NOSP for perpetrator.
violence_with_injury|KNIFE|Caretaker report {date}. Tenant from {floor} floor {block} was slashed across his forearm in the stairwell at approx {time} by a male he didn't know, wearing a black puffer and a balaclava. Blade about 4 inches. Blood all down the stairs, caretaker called 999. Victim says nothing was taken and he has "no idea why".
violence_with_injury|HATE|Tenant {m} {sur} was set on by a group of about 5 lads cutting through the {estate} estate on {date}. They were shouting "go back to your own country" and "p*ki" and kicked him when he was on the ground. Fractured wrist, in a cast. He says its the 3rd time theyve shouted at him but first time physical.
violence_with_injury|-|Arson reduction team. Crew from {estate} station attending a wheelie bin fire at {time} {date} were pelted with bricks and bottles by youths on the garage roofs. One firefighter hit in the face, cut needed gluing at hospital. Incident {inc}, police aware. Fire was deliberate but bin only.
violence_with_injury|-|Supported housing scheme, shared 2 bed flat. {m} (resident) was punched by the other resident {m2} after an argument about the washing up and has a fractured jaw, wired at hospital. They are not related or in any relationship, they were placed together by the council. Staff want {m2} moved.
violence_with_injury|-|Adult social care passed on: {f} {sur} ({age}), tenant with MS, has finger-shaped bruising on her upper arm. She says the agency carer who comes in the mornings grips her really hard when transferring her and pinched her on purpose when she complained. Paid carer, no family connection. Agency notified, police ref {cref}.
violence_with_injury|-|{f} went out onto the landing on {date} because the couple at no {flat} were arguing loudly. The husband at no {flat} turned round and punched her in the face, she has a black eye. {f} has nothing to do with them, she just wanted them to keep the noise down. Reported to police, awaiting OIC.
violence_with_injury|-|Tenant {m} was assaulted outside the shops on {street} by his sister's ex partner {m2}, punched and kicked to the floor, bruised ribs and a chipped tooth. {m} says {m2} has had it in for him for years. {m} has never been in a relationship with him obviously, and the sister hasnt had anything to do with {m2} since they split. Police ref {cref}.
violence_with_injury|DA,KNIFE|Out of hours call log {date} {time}. {f} rang the repairs line in a state asking for the door to be boarded - her partner had kicked it in. She said he came at her with a kitchen knife and she grabbed it, deep cut across her palm, she is at A&E now. Police on scene. Passed to TSO for urgent visit tomorrow + IDVA.
violence_with_injury|DA|{f} ({yp}) lives with her mum in {block}. Her boyfriend {m} (19) punched her in the stomach and pulled a clump of her hair out on {date} because she was talking to another lad on the estate. Mum rang us as she wants him banned from the block. Police involved, DASH completed by officer = medium.
violence_with_injury|-|School have told the ASB team that {f} ({teen}) from the {estate} estate was hit in the face by her boyfriend ({teen}) in the park behind {block}, bloody nose and swollen lip. Both year 10. Nothing sexual disclosed. Both under 16 so school are treating via their safeguarding route not as DA. Police ref {cref}.
violence_with_injury|DA|Tenant {f} {sur} ({oldage}) fell down the stairs "by accident" according to her son who she lives with. When the TSO visited alone she said he pushed her because she wouldnt give him her bank card. Broken wrist. Son is {age}. She doesnt want him arrested, "hes all I've got".
violence_with_injury|DA|Referral via IDVA service for housing move. {f} (21) has been living with her mum and stepdad. Stepdad {m} beat her with a belt on {date} leaving welts down her back and legs, photographed by police. She is sofa surfing at a friends. Needs emergency accommodation.
violence_with_injury|DA,HBA|Confidential. {f} ({age}) came to the housing office with her friend. Her older brother found out she has a boyfriend who is not from their community and punched her repeatedly, saying she had brought shame on the family and their name. Fractured cheekbone. Her uncles have been messaging her friend asking where she is. She cannot go home. Police ref {cref}, HBA specialist contacted.
violence_with_injury|-|Gas engineer (contractor) attended annual service at {num} {street}. Tenant refused entry then punched him in the mouth when he explained we would have to get an injunction. Split lip and loose tooth. Engineer reported to police. Tenancy enforcement to consider breach.
violence_with_injury|KNIFE|Estate party at the community centre on {date}, {m} {sur} was glassed in the face with a broken bottle by another guest, deep cuts to cheek and neck, plastic surgery needed. Suspect known to him from the pub, not family. Ref {cref}. Community centre booking to be reviewed.
violence_with_injury|-|{m} ({age}) was walking across the car park behind {block} after an argument with a man over a parking space. The driver then deliberately mounted the kerb and drove straight at him. Broken leg. Police are investigating as attempted GBH s18, not a driving matter. V and driver do not know each other.
violence_with_injury|DA|MARAC referral by TSO {staff}. {f} disclosed partner {m} grabbed her by the throat and pinned her against the kitchen wall on {date} until she couldnt breathe. Marks to neck and a burst blood vessel in her left eye seen by TSO. Previous incidents not reported. DASH 17/24.
violence_with_injury|DA|Mother rang ASB line: her daughter {f} ({age}) who lives with her attacked her after an argument about money, scratched her face and bit her arm, broke the skin. This has been going on for months. Daughter has mental health issues and uses cocaine. Mum wants support not eviction.
violence_with_injury|HATE|{m} {sur}, tenant with learning disabilities, was knocked off his mobility scooter outside {shop} by a group of teens. They were calling him a "retard" and a "spaz" and filming. Grazed hands and a broken finger. Support worker reported it. Police aware.
violence_with_injury|HATE|Two tenants, {m} and his husband {m2}, were attacked walking back from the bus stop on {date}. Two males shouted homophobic abuse ("f***ing queers") then punched {m2}, cut lip and bruised eye. Strangers to them. Reported to police and LGBT+ advocacy service.
violence_with_injury|HATE|Tenant {f} {sur} reports that as she was going into her block a woman she doesnt know ripped her hijab off and pushed her to the ground, saying "you lot are all terrorists". She has a badly grazed knee and cut hand. CCTV requested from {block} entrance camera.
violence_with_injury|DA|Tenant {f} {sur} says "the dad of my two youngest" came to the house on {date} to drop the kids back and when she said he was late he threw the car seat at her. Gash on her shin, 3 steri strips. She has a non mol that ran out last year. Asked her about DASH, agreed, scored medium.
violence_with_injury|DA|Fire investigation liaison. Female occupant {f} sustained scalds to her chest and arm on {date}. Initially said she knocked the kettle but later disclosed to crew manager that her partner {m} threw the boiling water over her during an argument. Admitted to burns unit. Police informed. Kitchen fire risk nil.
violence_with_injury|DA|Safe and well visit. Tenant {f} has a patch of singed hair and a burn on her ear. She told the advocate her ex {m}, who she still sees sometimes, held a lighter to her hair "as a joke" on {date} when he was drunk. Has happened before. Crew fitted fire retardant letterbox and referred to IDVA.
violence_with_injury|-|Fire investigation report summary, {inc}. Following a long dispute about noise, male from no {num} {street} threw petrol over his neighbour {m} {sur} in the front garden and set it alight. Serious burns to legs and hands. Suspect charged s18 GBH with intent. No relationship between them. Property undamaged.
violence_with_injury|-|Caretaker {m} was cleaning graffiti in the underpass at {time} when 3 youths punched him from behind and kicked him when he was down. Bruising to back and a cut to the head that needed stitching. Youths known to the ASB team, ABCs already signed.
violence_with_injury|DA|Tenant {f} states her cousin {f2}, who moved in with her after losing her own flat, hit her across the head with a frying pan on {date} after an argument about {f2}'s drinking. Lump on head and concussion. Cousins grew up together "like sisters". She wants {f2} to leave.
violence_with_injury|DA|{f} called the out of hours fire safety line as her ex girlfriend {f2} keeps threatening to burn her out, but on questioning the actual incident was on {date}: {f2} bit her on the cheek and broke the skin during a row at her flat. Same sex couple, split in {month}. Police aware.
violence_with_injury|DA|Tenancy sustainment. {m} ({age}) disclosed that his father, who he lives with, hit him across the back with a bike lock after he lost his job. Heavy bruising photographed by TSO. Father has been "knocking him about" since he was a teenager. {m} wants his own tenancy.
violence_with_injury|-|Police update copied in: "Not DA. Parties are neighbours, no relationship or family connection." V {f} {sur} sustained a fractured eye socket when neighbour {f2} punched her during a row over a shared bin store on {date}. ASB case {ref} now escalated.
violence_with_injury|-|{f} ({age}) was punched in the mouth at the bus stop on {street} by a drunk man she had never seen before. Lost a front tooth. She mentioned that her mum "went through years of DV when we were kids" and this has brought it all back, but this was a random stranger. Police ref {cref}.
violence_with_injury|KNIFE|Tenancy sustainment, cuckooing concern. Vulnerable tenant {m} {sur} (flat {flat}, {block}) was stabbed in the thigh on {date} by one of the men who have been using his flat to deal from, after he told them he wanted them out. Treated at hospital, leg wound. He is terrified and staying with his sister.
violence_with_injury|-|ASB team: youths throwing stones from the footbridge on {date}. One hit {kidage} year old {m} on the head while he was on his bike, cut needing stitches. Dad reported it. Same group subject of a CPN warning last month.
violence_with_injury|DA|Case is open to MARAC (heard {date}). Victim {f} has disclosed to her TSO that her partner bent her fingers back until one broke when she tried to ring her mum. He checks her phone and wont let her go out alone. Locks were changed under sanctuary. Police ref {cref}.
violence_with_injury|-|Neighbourhood officer {staff} was punched in the face at a tenancy visit to {num} {street} on {date} when she served a notice of seeking possession. Bruised cheekbone, checked at walk in centre. Lone working review requested. Tenant arrested.
violence_with_injury|DA,HBA|Referral from women's refuge re housing. {f} ({age}) was married at 19 in Pakistan, she says against her will - her father told her she had no choice. Since coming to the UK her husband and mother in law have beaten her with a belt and a rolling pin, saying she "dishonoured" them by talking to a male neighbour. Scarring on her back. Passport held by in-laws.
violence_with_injury|DA,KNIFE|Tenant {f} disclosed on a rent arrears visit that partner {m} came at her with a screwdriver on {date}, puncture wound to her shoulder, she told the hospital she fell on a garden fork. He controls all the money. TSO did DASH = high, MARAC referral sent.
violence_with_injury|DA|Anon neighbour reported screaming from no {num}. Police attended, update shared: female occupant {f} had a bleeding head wound, male partner {m} arrested on suspicion of ABH. DVPN issued {date}. TSO to make contact when he is out of the property.
violence_with_injury|-|Bouncy castle fun day on {estate}. Two dads ended up fighting over a queue, one ({m} {sur}) was knocked out and fractured his skull when he hit the kerb. Not related. Police investigating GBH. Event organisers shaken.
violence_with_injury|DA|{m} ({oldage}) lives with his adult daughter who is his carer. Home fire safety visit found him with a black eye and bruised hands. He said "she's under a lot of pressure, she didn't mean it". Daughter hit him with his walking stick, he confirmed. Safeguarding raised.
violence_with_injury|-|Tenant of the month scheme volunteer {f} {sur} was assaulted by a stranger at the recycling point, shoved into the metal bin and cut her head open. Suspect male, about 30, walked off towards {street}. No known reason. Ref {cref}.
violence_with_injury|DA|Email from tenant: "my nans partner of 20 odd years has been hurting her, she rang me crying and her arm is purple from where he squeezed it, she has a split lip too, he is 80 and she is 78 but he is still strong. Please can someone visit her at {num} {street}." TSO visited, nan confirmed.
violence_with_injury|DA|{f} said her sister {f2} (they share a 2 bed flat) threw a glass ashtray at her which cut her eyebrow open and she needed 5 stitches. Ongoing fall outs, sister is drinking heavily. Both adults. Sister on the tenancy as joint tenant.
violence_with_injury|KNIFE|{m} (tenant, {street}) was cut on the cheek with a Stanley blade by a man who had been knocking on doors asking for "Jay". {m} told him wrong door and the man slashed at him. Police believe he was looking for someone else. Needs door entry upgrade.
violence_with_injury|-|Young people's worker referral. {m} ({teen}) was beaten up by older boys from another estate on {date} in what looks like a postcode thing. Bruised kidneys, kept in overnight. Nothing to do with drugs as far as the worker knows. Family want a move.
violence_with_injury|DA|Tenant {m}, ex partner {f} came to his flat on {date} to collect her things and scratched his face and neck so badly he needed antibiotics. They split {n} months ago. He was embarrassed to report it, "blokes don't get battered by women". Police ref {cref}. Referred to male DA service.
violence_with_injury|HATE|Tenant {f} {sur}, who is a trans woman, was followed off the bus and punched in the back of the head by a man shouting "you're a bloke in a dress". She fell and fractured her elbow. Police treating as transphobic hate crime. Not the first time she's had abuse in the street.
violence_with_injury|-|TSO visit to {m} {sur} who has a bandaged hand. He told TSO he and his mate from the pub had a fight about the football and his mate stamped on his hand, 2 broken bones. "Not a mate any more". No family relation, not a partner.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 2: violence without injury, homicide, driving ---
violence_without_injury|DA|TSO {staff}: {f} rang to say partner {m} shoved her against the wardrobe last night ({date}) after she asked where his wages had gone. No injuries, no marks. She has asked for a lock on the bedroom door. Police were not called. Advised re DASH and Clare's Law, she will think about it.
violence_without_injury|DA|{f} {sur} says her ex {m} rang her {n} times on {date} and in one call said "I'll kill you and then I'll kill myself, I mean it this time". They were together {yrs} years. She has been staying with her mum. Police ref {cref}. Phone calls only, no texts kept.
violence_without_injury|DA,ONL|Tenant forwarded WhatsApp voice notes from her ex husband {m} to the ASB officer. In them he says he will "finish her off" and "she won't see Christmas". She believes him, he has been violent before. Police informed {date}, DVPN being considered.
violence_without_injury|DA|Fire service arson reduction referral. {f} (tenant, {num} {street}) told the home safety advisor her ex partner {m} said on the phone he would "burn the house down with you and the kids in it". He has previous for arson. Advisor fitted letterbox plate and fire retardant bedding, referred to IDVA. Police ref {cref}.
violence_without_injury|KNIFE|ASB case {ref}. On {date} neighbour {m} {sur} came to {f}'s door holding a large kitchen knife and said "I'll f***ing kill you if you complain about my dog again". She slammed the door and called police. She has no relationship with him. Not hurt.
violence_without_injury|-|{f} received a text from the lad in the flat above on {date} saying he'll "come down and cut your throat while you sleep" after she reported his music. He wasnt there in person, she has not seen any weapon. Just neighbours, never been in a relationship. Police say threats to kill, ref {cref}.
violence_without_injury|-|Crews attended a chip pan fire at {num} {street} on {date} at {time}. On arrival 3 children aged {kidage} and younger were alone in the flat, the youngest in a cot. Mother returned 2 hours later from the pub. Police arrested her on suspicion of child neglect. CSC strategy meeting held. Tenancy team informed.
violence_without_injury|-|Repairs voids inspector reported conditions at {flat} {block} (tenancy not void, family in situ). Nappies, dog faeces and rotting food throughout, no beds for the children, youngest ({kidage}) has not been at school for weeks. Police and CSC have now charged both parents with wilful neglect. Housing hoarding panel.
violence_without_injury|-|Arson team: during a skip fire on {estate}, a local man spat in the face of a firefighter who asked him to move back. No injury. Arrested for assault on an emergency worker. Incident {inc}.
violence_without_injury|-|Neighbourhood officer {staff} was pushed in the chest by a tenant's visitor at a block inspection on {date} when she asked him to move his bike from the fire escape. She was not hurt but shaken. Reported to police as common assault. Lone working flagged on the property.
violence_without_injury|MS|Gas safety forced entry at {num} {street} (tenancy in the name of a woman who hasnt been seen for months). Engineer found 8 men sleeping on mattresses in a 2 bed house. One with a little English said they work at a car wash 7 days for no money, the "boss" keeps their passports and they are not allowed out alone. Police + NRM first responder informed.
violence_without_injury|MS|Tenancy sustainment. Vulnerable tenant {m} {sur} ({age}, learning disability) has a "family" who have moved into his flat. They make him work labouring on their building jobs every day unpaid, take his UC and only let him keep £10. He says he cannot say no because they told him he owes them. Police and ASC aware, NRM referral made.
violence_without_injury|MS|Cuckooing visit with police to {flat} {block} on {date}. A {teen} year old boy from out of area was found in the flat with a phone and a quantity of wraps. He said he had been "sent up" and could not go home until he paid off a debt, he had been threatened. Treated as a victim of trafficking, NRM referral made by police. Tenant (adult, vulnerable) moved to temp.
violence_without_injury|DA|DASH completed = high. {f} says her ex partner {m} took their 4 year old from outside nursery on {date} without her agreement, in breach of the child arrangements order, and drove off with him. Child found with {m} in another county 2 days later. This is part of a long pattern of him using the child to control her. Police investigating child abduction.
violence_without_injury|-|Tenant {m} was walking his dog on the green when a stranger spat at him and shoved him for "letting the dog foul". No injury. Police ref {cref}. He wants CCTV on the green.
violence_without_injury|HATE|{f} {sur} was getting off the bus on {street} when a man pushed her and spat in her hair, saying "f***ing Polish, go home". No injuries. She has been too scared to go out since. Hate crime report taken by the ASB team and passed to police.
violence_without_injury|DA|Tenant {f} ({oldage}) told the home safety advisor that her son ({age}) slapped her across the face on {date} when she wouldnt lend him money. No mark left. She doesnt want him in trouble. Advisor raised safeguarding.
violence_without_injury|-|Family support worker referral. {f} is struggling with her son ({teen}) who pushed her into the wall and threw his Xbox at her (missed) on {date}. No injuries. He is under 16 so the DA service says this is child to parent violence, not DA. CAMHS involved. Family want support not police.
violence_without_injury|-|{f} reports her ex's new girlfriend {f2} came up to her at the school gates and said "keep away from him or I'll kill you", in front of other parents. {f} has never been in a relationship with {f2} and has no contact with the ex. Police ref {cref}.
violence_without_injury|-|Supported housing manager. Resident {m} ({oldage}) says the live in carer supplied by the agency threatened to "smother him with a pillow" if he reported her for smoking indoors. Agency carer, not family. Taken seriously, police informed and agency suspended her.
violence_without_injury|DA,HBA|Referral via school nurse for a housing move. {f} (18) has been told by her father that she will marry her cousin in {month} and that if she refuses he will kill her "before she shames us". He has taken her passport. She is terrified. Forced Marriage Unit contacted.
violence_without_injury|DA|{f} says partner {m} spat in her face and held her down on the sofa by her wrists for ages after she said she wanted to leave. No visible injuries. Happened {date}. First time she has told anyone. Referred IDVA.
violence_without_injury|DA|{f} lives with her girlfriend {f2} in {block}. On {date} {f2} pushed her out of the front door and locked her out in her nightie in the rain. Not hurt. Neighbours called us. {f} said "she's been like this since we got together".
violence_without_injury|-|Crew manager report {inc}. While crew were damping down a car fire on {estate}, a male threatened the crew with a claw hammer, swinging it towards the FF and saying "get off our estate". No one hit. Arrested for assault on an emergency worker.
violence_without_injury|-|Anonymous call to the housing office: children at no {num} {street} are being locked in their bedroom for hours with no food, "I hear them crying and banging". Welfare check by police confirmed two children ({kidage} and younger), bolts on outside of door. Parents arrested child cruelty.
robbery|DA,KNIFE|Safe and well visit. Tenant {m} ({oldage}) disclosed his grandson {m2} ({age}) held a bread knife up to his face last week and told him to hand over his pension card or "you'll get this". No injury. {m} gave it to him. Police and ASC alerted.
violence_without_injury|KNIFE|Community trigger case review. {f}'s neighbour came out with a machete on {date}, waved it at her over the fence and said she'd "end up in a box". She ran inside. Not injured. Neighbours only, no family. Police ref {cref}.
violence_without_injury|KNIFE|{m} {sur} reports that on {date} a lad on a bike stopped in front of him on {street}, patted his waistband and said "I've got a blade, I'll do you" then rode off. {m} believed him, saw a handle sticking out. No injuries and nothing taken.
violence_without_injury|MS|Concern from housing officer {staff} covering a leasehold flat at {num} {street}. A young woman there cooks and cleans for the family and looks after 3 children from 6am till midnight. Neighbour says she is never let out, has no phone and the family said she is "a relative from home" who is "paid in food". She is not family. Police and NRM contacted.
violence_without_injury|HATE|Tenant {m} {sur} who is partially sighted was pushed over into a hedge by two lads who then took the mick of his "blind eyes" and threw his cane. No injuries. Police treating as disability hate, ref {cref}.
violence_without_injury|DA|Tenant {f} ({age}) was grabbed by the arm by her ex husband at the school handover {date}. No marks. They have been divorced {yrs} years but he still turns up. She is getting a non mol.
violence_without_injury|DA|{m} told TSO his brother in law (wife's brother, who lives with them) said he'd kill him if he "laid a finger" on his sister again. {m} denies ever touching his wife. Police called by {m}, ref {cref}. Both adults.
violence_without_injury|ONL|Neighbour dispute escalated. {m2} {sur} posted on the {estate} residents Facebook group "next time I see {m} I'm going to kill him, everyone knows where he lives". {m} believes it. Screenshots sent to police {date}. Neighbours, not related.
violence_without_injury|-|Caretaker found a toddler on the {floor} floor open walkway of {block} at {time}, alone, nappy only. Parents in flat asleep after drinking. Police attended, both parents arrested child neglect. Tenant file updated.
violence_without_injury|-|Common assault reported {date}. Tenant {f} {sur} says a man from the flats opposite grabbed her by the coat collar and shouted in her face about her kids' football hitting his car. No injuries at all. Not known to her apart from as a neighbour.
violence_without_injury|MS|Cannabis grow found in the loft of {num} {street} by the roofers. Police raid on {date} found a Vietnamese lad about {teen} locked in the house, padlocked from outside, sleeping on a mattress next to the plants. He said he was brought in a lorry and owes money. Police treating him as a trafficking victim, NRM done.
homicide|KNIFE|Bereaved family. Tenant {f} {sur}'s son {m} ({age}) was stabbed to death on the footpath behind {block} on {date}. Two males charged with murder. {f} cannot face living opposite the spot and wants a management move. Homicide service involved, police FLO in place.
homicide|DA|Next of kin referral. Our tenant {f} {sur} was killed at her home at {num} {street} on {date}. Her partner {m} has been charged with her murder. Her sister is dealing with the tenancy and belongings and needs support. Property currently sealed by police.
homicide|-|Fire investigation joint report. Fatal fire at {flat} {block} on {date}. Accelerant poured through the letterbox. Occupant {m} {sur} ({age}) died of smoke inhalation. Police have launched a murder investigation. No known DA. Residents in shock, community reassurance visits planned.
homicide|-|{m} ({age}) died in hospital {n} days after being punched once outside the pub on {street}. A man has been charged with manslaughter. {m}'s mum is our tenant and is asking for help with the funeral and rent. Referred to homicide victims support.
homicide|DA|Adult social care update. Tenant {f} {sur} ({oldage}) died after being beaten by her son {m} ({age}), who lived with her. He has been charged with murder. Her daughter needs bereavement support and help to clear the flat. No previous reports to us, but neighbours say there were always rows.
homicide|-|Tenant {m} and partner {f} are devastated, their baby son died on {date} in the care of the childminder, who has now been charged with his murder. Family want a move. Police FLO and homicide service engaged.
homicide|-|Elderly tenant Mr {sur} ({oldage}) of {num} {street} died after being assaulted by burglars who broke in at night. Two men charged with murder and burglary. His son, who lives away, is next of kin and wants advice re tenancy. Community meeting requested.
homicide|HATE|Bereavement referral. {m} {sur} ({age}), a tenant of ours, was killed on {date} by a group of men who police say targeted him because he was Black - racist language was heard. Murder charges. His widow {f} and children need a move and support.
homicide|-|Anniversary visit. {f} {sur}'s brother was murdered on the estate {yrs} years ago and the trial has just been re-opened for appeal. She is struggling. Asked for victim support re the court process. No other issues.
homicide|DA|Domestic homicide review panel has asked for housing records for {f} {sur}, killed by her ex partner {m} on {date} after she left him. We had a NOSP on file and 2 repairs reports for a kicked-in door. Pulling the file. Her mum has asked to speak to someone.
homicide|-|Fire and rescue / police joint, {inc}: a male was found dead after a deliberate fire in a garage block on {estate} on {date}. Two teenagers arrested on suspicion of murder, police believe he was sleeping rough in the garage and they knew he was there. No family known yet.
death_injury_driving|-|Tenant {f} {sur}'s daughter ({kidage}) was killed by a car on {street} on {date} while crossing at the zebra. Driver has been charged with causing death by dangerous driving, he was doing 60 in a 30. Family want to move as they have to pass the spot every day. FLO in place.
death_injury_driving|-|{m} ({age}) was knocked down on the pelican crossing outside {shop} on {date} by a driver looking at her phone. He has a brain injury and may not walk again. Driver charged with causing serious injury by careless driving. He needs adaptations to his flat.
death_injury_driving|-|Bereaved family. Tenant's husband {m} {sur} was killed when an uninsured and unlicensed driver hit his motorbike on the ring road. Driver charged causing death by driving while uninsured/unlicensed. Widow {f} needs help with rent and succession.
death_injury_driving|-|RTC {date} {time}. Stolen {car} being driven by youths crashed into the bus shelter on {street} killing a pedestrian ({oldage}). Three arrested for aggravated vehicle taking causing death. Victim was our tenant, family need support with his flat.
death_injury_driving|-|{m} ({teen}) was knocked off his bike by a speeding car outside {block}, fractured skull and pelvis. Driver, who was racing another car, charged with causing serious injury by dangerous driving. Mum has asked for a ground floor transfer.
death_injury_driving|-|Tenant {f} ({age}) was hit by a car on the pavement on {street} when it mounted the kerb, driver had been drinking. Both legs broken, months in hospital. Driver charged causing serious injury by dangerous driving. She can't manage stairs now, priority move.
death_injury_driving|-|Bereaved parent. {f} {sur}'s son ({age}) was the passenger in a car that crashed on {date}, he died at the scene. The driver (his friend) was over the limit and has been charged with causing death by careless driving while unfit through drink. Not related.
death_injury_driving|-|Scooter rider hit by a van on {street}, left with a spinal injury. Van driver went through a red light and has been charged with causing serious injury by dangerous driving. Rider ({age}) is a tenant of ours in {block}.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 3: stalking and harassment ---
stalking_harassment|DA|TSO rent arrears visit. {f} broke down and said her husband {m} takes her bank card every payday, gives her £20 a week for food and checks every receipt. She is not allowed to see her friends or go to her mum's on her own and he reads all her messages. Arrears are because he stopped paying the rent to "teach her a lesson". DASH medium. Referred to IDVA and money advice.
stalking_harassment|DA|{f} {sur} left {m} in {month} and moved to a new tenancy with us on {street}. He has found the address. He has been sitting outside in his {car} most nights, followed her to work twice and was waiting by the school gates on {date}. He hasn't touched her. Police ref {cref}, stalking. Requesting a management transfer.
stalking_harassment|DA,ONL|Tenant {f} says an ex boyfriend from {yrs} years ago has tracked her down on Facebook and Instagram, sends dozens of messages a day, set up fake accounts when she blocked him and turned up at her block on {date}. She says he was controlling when they were together too. Police ref {cref}.
stalking_harassment|-|ASB case {ref}. {f} has kept a diary since {month}: her downstairs neighbour {f2} puts notes through her door calling her a slag, bangs on the ceiling with a broom every time she walks about, and has been filming her going in and out. Police have now recorded harassment. No relationship between them. Warning letter issued to {f2}.
stalking_harassment|-|Tenant {m} {sur} has had 4 anonymous letters through his door since {date} saying "we know what you did" and "watch your back". No explicit threat to harm. He doesnt know who. Police have taken the letters for forensics. Treated as malicious communications.
stalking_harassment|HATE|{f} and her family (Somali) have had typed letters put through the door telling them to "go back to Africa" and that "this estate is for English families", 5 in the last {weeks} weeks. Police recording as racially aggravated harassment, ref {cref}. Hate incident panel.
stalking_harassment|ONL|Neighbourhood officer: someone on the {estate} community Facebook page posted a photo of tenant {m} {sur} with the caption "nonce alert, lives at {num} {street}". No basis. He has had people banging on his door since. Police say malicious communications, asked Facebook to take it down.
stalking_harassment|-|Tenant {f} ({age}) says a man she does not know has followed her home from the bus stop at least {n} times since {month}, left flowers on her doorstep and a card saying "I'm always watching". She is frightened to go out. Police ref {cref}. Not an ex, never met him.
stalking_harassment|-|Staff safety. Neighbourhood officer {staff} is being stalked by a tenant from {block} who she dealt with on an ASB case: he waits in the car park at the office, rings her mobile (work) dozens of times and has turned up at her gym. Police involved. No relationship.
stalking_harassment|DA|{m} (flat {flat}, {block}) told TSO his partner {m2} controls everything - he has to hand over his phone each night, isn't allowed to see his friends, {m2} makes him account for every penny of his PIP and threatens to out him to his family if he leaves. DASH high. Referred to LGBT+ DA service.
stalking_harassment|DA|ASC referral. {f} {sur} ({oldage}) has her pension and bank cards held by her son {m}, who lives with her. He will not let her answer the door or the phone, has stopped her carers coming in and tells her she'll go in a home if she complains. No physical violence disclosed. TSO visited with social worker.
stalking_harassment|DA|Tenant {f} says since she split with {m} ({date}) he has got his mates to drive past her flat, beep and shout her name, and one of them told her "{m} says hello, he knows where you are". She knows it is him behind it. Police have recorded stalking, DASH medium.
stalking_harassment|DA|Car parked outside {f}'s new flat on {date} at {time} - her ex partner {m}. Third time this month. He doesnt get out, just stares. They were together {yrs} yrs and she left after he broke her arm last year (convicted). Police ref {cref}. Non molestation order in force.
stalking_harassment|ONL|{f} ({teen}) is being harassed on Snapchat by a lad in her year who she went out with for a couple of weeks - he has sent her hundreds of nasty messages and got his mates to spam her. Nothing sexual. Both under 16 so school and police youth team dealing. Mum is our tenant.
stalking_harassment|DA,ONL|{f} ({yp}) has been getting abusive Instagram DMs and TikTok comments from her ex boyfriend {m} (19) since she ended it on {date}, calling her a slag, saying nobody else will have her, and posting where she is. Mum reported it to our ASB line. Police ref {cref}.
stalking_harassment|HATE|Tenant {m} {sur} (autistic, lives alone) is being targeted by the family next door, who call him "freak" and "retard" whenever he goes out, bang on his wall and throw rubbish into his garden. Been going on since {month}. Police recording as disability hate harassment.
stalking_harassment|HATE|{f} {sur} (Muslim family, {num} {street}) has had bacon rashers left on her doorstep and car bonnet on {n} occasions since {month}, and someone has written "no mosques here" on her wheelie bin in marker. Police: religiously aggravated harassment.
stalking_harassment|DA|{f} told the home safety advisor that her partner {m} calls her thick and useless every day, has hidden the spare key so she cannot leave the flat when he is out, and stops her seeing her sister. She is not allowed to have her own money. No violence. Advisor used the DA prompt sheet, passed to IDVA.
stalking_harassment|DA|Daughter {f} ({age}) is controlling her mum's (our tenant, {oldage}) money - has moved mum's pension into her own account, won't let mum see her friends from church and screams at her if she goes out without asking. Mum is frightened of her. ASC safeguarding, police informed.
stalking_harassment|-|Tenant {f} reports constant silent calls to her landline from a withheld number, up to 30 a day since {month}, often at night. She does not know who. BT involved. Police recorded as malicious communications.
stalking_harassment|DA|Text messages (SMS, screenshotted) from {f}'s ex husband {m} on {date}: calling her a whore, saying she is an unfit mother and he'll make sure she loses the kids. 40+ texts in one night. They divorced {yrs} yrs ago. Police ref {cref}. No social media involved.
stalking_harassment|ONL|Tenant {m} {sur} is getting abusive emails from a former work colleague, calling him a thief and a liar and copying in his new employer. {n} emails since {month}. Not family or partner. Police ref {cref}. He is worried about losing his job and his home.
stalking_harassment|-|{f} keeps finding notes left on her car windscreen in the estate car park saying "you'll get what's coming" and "I see you". Nobody seen. Caretaker checked CCTV but camera is broken. Police ref {cref}.
stalking_harassment|DA|DASH completed by TSO = standard. {f}'s ex {m} keeps driving past the house slowly and parking at the end of the road. He sends her sister messages asking who {f} is seeing. No threats. She doesnt want police yet, "not yet". Safety planning done.
stalking_harassment|-|Community trigger activated by {f} {sur} ({street}). Since she reported the drug dealing at no {num}, the occupants and their friends shout "grass" at her every time she goes out, photograph her kids and stand outside her window at night. Police have recorded harassment on {n} occasions.
stalking_harassment|ONL|Tenant {f} met a man on Hinge in {month}, they met once for a coffee and she didnt want to see him again. Never in a relationship. Since then he has messaged her on WhatsApp, Instagram and Hinge hundreds of times and turned up at her work. Police ref {cref}, stalking.
stalking_harassment|ONL|{f} is getting abusive WhatsApp messages and Facebook posts from her boyfriend's ex wife, calling her a homewrecker and threatening to "sort her out". {f} has never had a relationship with the ex wife. Police ref {cref}.
stalking_harassment|DA,ONL|{f} separated from {m} last year. They have a child arrangements order. He uses the co-parenting app to send her long abusive messages, demands to know who she's with and tells her what to wear when she drops the kids off. Solicitor says it's continuing coercive control. DASH medium.
stalking_harassment|DA|{f} ({age}), 6 months pregnant, disclosed at a new tenancy visit that her partner {m} makes her sleep on the floor if she "answers back", takes her phone off her at night and times her when she goes to the shop. He hasn't hit her she said. IDVA, midwife informed.
stalking_harassment|-|Tenancy sustainment. {m}'s former lodger, who moved out in {month}, keeps coming back to the house and shouting through the letterbox, sends him letters demanding money he says he is owed and has followed him to the job centre. No family or relationship, just a lodger. Police ref {cref}.
stalking_harassment|DA|Tenant {f} {sur}. Ex partner {m} was released from prison on {date} after serving a sentence for assaulting her {yrs} years ago. Since release he has sent 3 letters to her via her mum's address saying he "forgives her" and will "come and see her soon". Police and probation informed. MARAC re-referral.
stalking_harassment|HATE,ONL|{f} {sur}, a trans woman living in {block}, has had videos of her filmed in the lift posted on TikTok with transphobic comments and her flat number. People have turned up and laughed at her door. Police recording as hate crime / harassment.
stalking_harassment|-|Letter received at the community safety team, addressed to the community trigger applicant {m} {sur}, unsigned, saying he is a "snitch" who should "stop moaning or else" and that "we know your kids' school". Passed to police, harassment / malicious comms.
stalking_harassment|DA|Interpreter used. {f} says her husband {m} will not let her learn English or go to college, keeps her biometric residence card locked in his car, and tells her she will be deported if she tells anyone about him. She is not allowed a phone. No mention of violence. Referred to specialist DA service.
stalking_harassment|DA|Tenant {f} ({oldage}): her grandson {m} comes round late at night demanding money, has done since {month}. If she does not answer he bangs on the windows for an hour and rings her {n} times in a row. He hasn't hit her. She is exhausted. He is an adult.
stalking_harassment|DA,ONL|{m} says his older brother, who he has not spoken to since their dad's funeral, keeps sending him WhatsApp messages calling him a thief and saying he'll ruin him, and has posted about him in the family Facebook group. Dozens of messages a day. Police ref {cref}.
stalking_harassment|-|Police update: "Recorded as harassment, NOT DA - V and S were never in a relationship, S is a former friend from school." S, {f2}, has been turning up at {f}'s flat and workplace and messaging her mum. Both adults. TSO to review door security.
stalking_harassment|-|Day centre manager reports that tenant {m} {sur} (LD) is being pestered by his former paid support worker, who keeps ringing and visiting him asking to "borrow" money and telling him not to tell anyone. No family link. Agency informed, police harassment report made.
stalking_harassment|-|Kids from the estate have been targeting {f}'s flat every night since {month} - knocking on windows, shouting her name, following her to the shop calling her "the nonce's mum" because of a rumour. Police have linked the reports and recorded it as harassment. Not just kids being kids.
stalking_harassment|DA|{f} says her ex {m} keeps ringing the repairs line pretending to be her and cancelling her repairs, and reporting her to the housing team for things she hasnt done so she "loses the house". He also rings her mum at work. They split in {month}. DASH medium.
stalking_harassment|DA|Tenancy sustainment case. Mr {sur}'s wife {f} has put all their money in her own account, gives him a small allowance and tells their children he is "losing his mind". She locks the phone away and has told the GP he is confused so no one believes him. He is {oldage} and not confused per TSO. ASC involved.
stalking_harassment|DA|Tenant {f} says her ex-husband's behaviour has got worse since the decree absolute. He now has her new mobile number (no idea how), rings at 3am and breathes down the line, and told the kids their mum has "a new boyfriend who'll hurt them". DASH high due to previous strangulation. MARAC {date}.
stalking_harassment|-|{m} {sur} ({age}) reports the people in the flat above him play a recording of his own voice from a video they took of him, loudly, every evening, and hang around outside his door laughing. Police have recorded harassment as it is targeted. Neighbours, no relation.
stalking_harassment|DA,ONL|{f} has found out her partner {m} installed an app on her phone that lets him read her WhatsApps and see where she is. He has been turning up wherever she goes and quoting her messages back to her. She is staying at her sister's. Police informed {date}.
stalking_harassment|DA|Caller {f} says she is not a tenant but her daughter {f2} ({age}) is - daughter's partner {m} will not let {f2} leave the flat on her own, answers her phone for her, and has cut her off from the whole family. Daughter has lost loads of weight. TSO managed to see {f2} alone, she confirmed and is scared.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 4: sexual offences, robbery ---
sexual_offences|DA|TSO {staff} - welfare visit. {f} disclosed that her partner {m} has been forcing her to have sex when she says no, "most nights, if I say no he just does it anyway". She hadn't thought of it as rape till the midwife said. Not reported to police, she is considering. DASH high, MARAC referral.
sexual_offences|DA|{f} {sur} reports her ex husband raped her on {date} when he came to drop off the children and she let him in to use the toilet. They have been separated {yrs} years. Police ref {cref}, SARC attended. She wants her locks changed and a fob-only entry.
sexual_offences|-|Caretaker found {f} ({age}) distressed in the bin store of {block} at {time}. She said a man she didnt know followed her in from the street and raped her. Police and ambulance called, crime scene set up. Bin store out of use till further notice.
sexual_offences|-|Tenant {f} reports that the man from the {floor} floor grabbed her breasts and bottom in the lift on {date} and tried to kiss her. She got out at the next floor. Neighbour only, she doesnt know his name. Police ref {cref}.
sexual_offences|-|Several mums have complained that a man has been exposing himself to them by the garages behind {street} around {time}. Descriptions match. Police have recorded exposure. No children present on the reported occasions. Caretaker asked to report sightings.
sexual_offences|CSA|Play area on {estate}: a man exposed himself and masturbated in front of children aged about {kidage} on {date}. Kids told their parents. Police ref {cref}. Parents group furious. Request to lock the play area gate at dusk.
sexual_offences|-|Tenant {f} {sur} ({street}) says the man next door has been filming her through her bathroom window with his phone - she saw the light and a phone held over the fence at least twice. Police have seized his phone on suspicion of voyeurism. Neighbours only.
sexual_offences|-|Complaint about a contractor. {f} found a small camera hidden in the bathroom extractor fan after a subcontracted electrician fitted a new fan on {date}. Police seized it. Voyeurism investigation. Contractor suspended from our framework.
sexual_offences|CSA|Neighbourhood officer concern. Girls who look about {teen} seen going into {flat} {block} most evenings with men in their 20s/30s, leaving late, sometimes drunk. Tenant (vulnerable male) says the men "use his flat for parties". Police CSE team and MASH informed, cuckooing also suspected.
sexual_offences|CSA,ONL|Mum of {m} ({teen}) rang the ASB line. An adult man has been messaging her son on Snapchat pretending to be a 16 year old girl, sent sexual pictures and persuaded him to send some back. Now asking to meet. Police online CSE team have taken the phone.
sexual_offences|CSA|{f} ({teen}) has an older "boyfriend" ({age}) who picks her up from outside {block} in a {car}. She has told a friend they are having sex. School DSL referred to MASH and police. Her mum, our tenant, had no idea. She is under 16 so this is being treated as child sexual abuse, not a relationship.
sexual_offences|CSA|Tenant {f} {sur} ({age}) disclosed to her TSO during a tenancy support session that she was sexually abused by her uncle from the age of 8 until she was 12. She has never told police. She is struggling since her uncle moved onto the same estate. Referred ISVA and counselling, advised re reporting.
sexual_offences|-|ASC safeguarding. {f} ({age}, wheelchair user) says the male agency carer touched her between her legs during personal care on {date} and told her no one would believe her. Agency notified, carer suspended. Police ref {cref}. Not family.
sexual_offences|MS|Housing fraud team visit to {flat} {block}. Flat being used as a brothel: 3 young Romanian women present, none spoke English, one said through an app that a man brought them over, keeps their ID and takes all their money and they have to see up to 10 men a day. Police modern slavery unit took over.
sexual_offences|CSA,MS|Cuckooing joint visit to {flat} {block}. A {yp} year old girl reported missing from care was found in the flat. She told police she has been moved between flats in different towns by a group of men and made to have sex with their "customers". NRM and CSE referrals made. Tenant arrested.
sexual_offences|DA|{m} disclosed to the male DA worker (shared with housing) that his ex partner {m2} raped him twice while they were living together in {block}, last in {month}. They split after. Same sex relationship. He is now considering reporting. He wants {m2} banned from the block.
sexual_offences|DA|Safe and well visit referral. Tenant {f} ({oldage}) told the advisor that her husband of 40 years still makes her have sex with him though she has told him she doesnt want to, and he "gets nasty" if she refuses. She would not consent to police but agreed to IDVA contact. Advisor very concerned.
sexual_offences|-|Home safety advisor {staff} (female) was groped by the male tenant during a fire safety check at {num} {street} on {date} - he put his hand up her skirt while she was testing the alarm. She left immediately. Reported to police. Property flagged two-person visits only.
sexual_offences|-|{f} ({age}) was at a house party at a neighbours on the estate on {date}. She thinks her drink was spiked and woke up with a man she didn't know, who she believes raped her. Police and SARC involved, ref {cref}. She is afraid to go past that house.
sexual_offences|-|Caretaker noticed a man in the lift at {block} using his phone to film up women's skirts - he was seen doing it at least twice on CCTV. Police arrested him for voyeurism on {date}. He is not a resident.
sexual_offences|CSA,DA|Tenant {f} {sur} says her daughter {f2} ({yp}) has told her that {f}'s partner (stepdad to {f2}) has been coming into her room at night and touching her. {f} has made him leave. Police and CSC involved, ref {cref}.
sexual_offences|CSA,ONL|ASB officer {staff} was passed screenshots by a parent on {date}: an adult male on the {estate} estate has been sending Instagram messages of a sexual nature and pictures of his genitals to a girl of {teen}. Police have arrested him for sexual communication with a child.
sexual_offences|-|Day centre incident (our supported housing residents). A male service user sexually assaulted {f} ({age}), a resident with learning difficulties, in the quiet room - touched her breasts through her clothing. Not related, not a partner. Police ref {cref}.
sexual_offences|-|{f} told TSO she was raped by her friend's husband after a night out in {month}. She has not told her friend. She is not in a relationship with him and never has been. Police ref {cref}. She wants to move so she doesnt have to see him.
sexual_offences|-|Shared supported housing flat. {f} says her flatmate {m}, who she has no relationship with, came into her room while she was asleep and sexually assaulted her. Police ref {cref}. Staff have moved {m} out temporarily.
sexual_offences|CSA|Historic disclosure. Tenant {f} says her daughter, now {age}, has told her she was sexually abused by {f}'s former partner when she was aged {kidage}. {f} was not aware at the time. Police have opened a non-recent CSA investigation. Family need support.
sexual_offences|DA|{f} ({age}) says her older brother, who lives with her and their mum, has been sexually assaulting her since she was 19 - coming into her room and touching her. She has told no one else. Both adults. IDVA and ISVA referral, police ref {cref}.
sexual_offences|CSA|Residents have complained about a man at no {num} {street} who stands at his upstairs window naked and touches himself when the children are walking to the primary school in the mornings. Police ref {cref}, exposure. CPN not appropriate - passed to police.
sexual_offences|-|Vulnerable tenant {f} ({age}) whose flat has been taken over by dealers says two of the men make her have sex with them to "pay off" what she owes for crack. She is too scared to report. Cuckooing protocol, police informed with her agreement. Move to temp accommodation arranged.
sexual_offences|DA|Non-recent disclosure. {f} ({age}) told her support worker her ex husband raped her repeatedly during their marriage, which ended {yrs} years ago. She now wants to report because he has a new partner. Police ref {cref}. ISVA allocated.
sexual_offences|ONL|{f} {sur} found out her neighbour had put hidden cameras in the shared hallway and bathroom of their converted house and was posting footage of her showering on a website. Police investigating voyeurism. Not related.
sexual_offences|CSA,ONL|{m} ({teen}) was being blackmailed on Instagram by someone who got him to send naked photos and now demands more photos and money. Mum found out. Police treating as sexual exploitation of a child. Account reported.
robbery|-|Tenant {m} {sur} was walking through the underpass at {time} on {date} when two lads grabbed him, pulled him to the ground and took his phone and wallet. Bruised knee. Police ref {cref}. Underpass lighting has been out for {weeks} weeks - repairs raised.
robbery|KNIFE|{f} ({age}) was robbed at knifepoint outside {block} on {date} - male held a knife to her side and took her handbag and car keys. She wasn't cut. Police ref {cref}. She is scared to come home after dark.
robbery|-|Cuckooing concern: vulnerable tenant {m} {sur} says the men in his flat held him down on {date} and took his bank card and made him tell them the PIN, then took {amt} out. He was not injured. Police aware, cuckooing protocol started.
robbery|KNIFE|Commercial unit tenant (the newsagent on the {estate} parade): two men in balaclavas came in at {time}, one waving a large knife at the shopkeeper, and emptied the till of about {amt}. No one hurt. Police ref {cref}. CCTV given to police.
robbery|-|Mrs {sur} ({oldage}) was pushed to the ground outside her bungalow on {street} and her handbag snatched from her shoulder. She broke her hip in the fall. Police are treating it as a robbery. She is in hospital, OT assessment for home adaptations.
robbery|-|{m} ({age}) was punched in the face on {street} and his phone ripped out of his hand by a man on a moped. Cut to his lip. Police ref {cref}. Tenant wants more lighting on the street.
robbery|DA|{f} says her ex {m} pushed her over in the car park of {block} on {date} and took her purse with her wages in it, saying "that's what you owe me". They split {n} months ago. Police ref {cref}. DASH medium.
robbery|-|Takeaway delivery rider was attacked on the {estate} estate at {time} by 3 youths who pushed him off his scooter and took the food and his phone. Minor grazes. Police ref {cref}. Takeaways now refusing to deliver to the estate.
robbery|HATE|{m} {sur} (who has cerebral palsy) was surrounded by youths outside {shop}, who mocked the way he walked, called him a "cripple", pushed him against the wall and took his wallet. Police treating as disability hate robbery.
robbery|-|{m} ({teen}) was threatened by two older boys on the cycle path who said they'd "batter him" if he didnt hand over his bike and trainers. They pushed him off the bike and rode off on it. Police ref {cref}.
robbery|ONL|Tenant {m} arranged to sell his PS5 through Facebook Marketplace. When he went to meet the "buyer" at the car park on {date}, two men punched him and took the console. The buyer's profile has been deleted. Police ref {cref}.
robbery|-|{f} {sur} ({oldage}) was followed to the cashpoint on {street} by a man who grabbed her arm, twisted it and made her hand over the {amt} she had just taken out. Bruising to wrist. Police ref {cref}.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 5: burglary, vehicle, theft ---
burglary|-|Tenant {f} {sur} came back from her sister's on {date} to find her back door forced and the flat turned over. TV, laptop and her late mum's jewellery taken. Police attended, ref {cref}. Emergency boarding done by out of hours repairs. Asking for a door upgrade.
burglary|-|Distraction burglary. Mr {sur} ({oldage}) let in a man who said he was "from the water board" checking for a leak. While he ran the taps in the kitchen, a second man went upstairs and took {amt} from a tin in the wardrobe. Police ref {cref}. Nominated neighbour scheme offered.
burglary|KNIFE|Aggravated burglary at {num} {street} on {date} at {time}. Tenant {m} woke at the noise and found a man in his living room holding a knife. The man pointed it at him, said "don't move" and ran out the front door. Afterwards {m} found his wallet and car keys had already gone from the hall. Police have charged aggravated burglary. Not injured. Has not slept since.
burglary|DA|{f} says her ex partner {m} got in through the bathroom window on {date} while she was at work and took her passport, bank statements and her daughter's birth certificate. He's not on the tenancy and hasnt lived there for a year. Police ref {cref}. She is sure it was him - he texted a photo of the passport.
burglary|-|Caretaker reports {n} garages in the {estate} garage block broken into overnight - padlocks cut, contents including two mountain bikes and power tools taken. Police ref {cref}. Tenants of garages being notified.
burglary|-|Community centre on {street} broken into over the weekend of {date}. Window smashed, laptop and the petty cash tin taken from the office. Police ref {cref}. Centre closed Monday for repairs.
burglary|-|Voids team: {num} {street} (void since {month}) has been broken into, copper pipes stripped out and the new boiler taken. Water everywhere. Police ref {cref}. Void works delayed, insurance claim started.
burglary|-|Tenant {m} says someone came into his house through the unlocked back door while he was asleep on {date}, took his car keys from the hall table and drove his {car} away. Police ref {cref}. Car not yet found.
burglary|-|{f} ({oldage}) came home from day centre to find drawers pulled out and the bedroom ransacked. She can't find anything missing but the back window was jemmied. Police ref {cref}. She is very frightened.
burglary|-|Attempted break in at {flat} {block} on {date}. Tenant heard scraping at the front door at {time} and shouted, someone ran off. Jemmy marks around the lock. Police ref {cref}. Repairs to fit a new door and lock.
burglary|DA|Tenant {f} {sur} ({oldage}) says her son {m} ({age}), who she had to ask to leave because of his drinking, broke in through the kitchen window on {date} while she was at church and took her TV and her purse. She has told him he isnt welcome. Police ref {cref}.
burglary|-|Tenant {m} has been in temp accommodation since the fire at {flat} {block}. Someone has got into the fire-damaged flat through the boarding and stolen what was left, including his PlayStation and some tools. Police ref {cref}. Security boarding to be upgraded.
burglary|HATE|{f} {sur} came home to find her flat broken into, her prayer mat and Qur'an thrown on the floor and "p*ki scum" scrawled on the wall in marker. Jewellery and cash taken. Police treating as a religiously and racially aggravated burglary. Ref {cref}.
burglary|-|The estate office on {street} was broken into over the bank holiday - the key safe was forced and {n} sets of void keys taken along with a laptop. Police ref {cref}. All affected voids to be re-secured.
burglary|-|Bogus caller. A woman in a lanyard told Mrs {sur} ({oldage}) she was "from the council doing a welfare check", came in and asked for a glass of water. After she left, {amt} cash from the bedroom drawer was missing. Police ref {cref}.
burglary|-|{m} ({age}) says he came home from a night shift on {date} and found his shed door ripped off and his son's bike and his lawnmower gone. Shed is in the back garden. Police ref {cref}.
vehicle_offences|-|Tenant {f} {sur}'s {car} was broken into on the {block} car park overnight on {date} - passenger window smashed, sat nav and a bag from the footwell taken. Police ref {cref}. Lighting on the car park still not fixed.
vehicle_offences|-|{m} reports his {car} reg {reg} was stolen from outside his house on {street} overnight {date}. Keys still in the house. Police ref {cref}. He thinks it was a relay theft.
vehicle_offences|-|{n} cars on the {estate} estate had their catalytic converters cut off on the night of {date}. Residents heard an angle grinder at about {time}. Police ref {cref}. Residents association asking about CCTV.
vehicle_offences|-|Caretaker saw 3 youths going along the line of parked cars on {street} trying the door handles at {time} on {date}. They ran off when he shouted. No cars entered. Police informed, vehicle interference.
vehicle_offences|-|Our repairs operative's works van was broken into while he was on a job at {num} {street} on {date}. Rear door peeled, about {amt} of tools taken. Police ref {cref}. Operatives now told not to leave tools in vans on that estate.
vehicle_offences|DA|{f} says her ex partner {m} took her car from outside her flat on {date} using the spare key he never gave back, and has refused to return it, saying she "owes him". They split in {month}. She needs it for work. Police ref {cref}, DASH standard.
vehicle_offences|-|{m} {sur}'s moped was taken from the parking bay outside {block} on {date} - the disc lock was cut. It's his only way to get to work. Police ref {cref}. Asking for ground anchors in the bays.
vehicle_offences|-|Tenant {f} reports both number plates stolen off her {car} on the estate car park on {date}. Police say plates often used on other cars. Ref {cref}.
vehicle_offences|-|Stolen car driven around the {estate} estate at speed by youths on {date} at {time}, then crashed into the wall of {block} and abandoned. No one hurt. Police investigating aggravated vehicle taking. Wall damage being assessed.
vehicle_offences|-|Tenant {m} came out to find his {car} window smashed and the steering column ripped apart - someone had tried to hot wire it. Police ref {cref}. Third car on {street} this month.
theft_from_person|-|Tenant {f} ({oldage}) had her purse taken from her handbag while she was at the market on {date}. She didn't feel a thing, only noticed when she got to the till. Police ref {cref}. Needs help with replacement bus pass and bank card.
theft_from_person|-|{m} was on the phone outside {shop} on {date} when a lad on a bike rode past and snatched it out of his hand. No force used on him, not hurt. Police ref {cref}.
theft_from_person|-|Mr {sur} ({oldage}) had his wallet taken from his jacket pocket on the number 42 bus. Police ref {cref}. He lost his pension money for the week, emergency food parcel arranged.
theft_from_person|-|{f} says someone lifted her phone out of her back pocket while she was queueing in the post office on {date}. She felt a tug and turned round but they had gone. Police ref {cref}.
theft_from_person|-|Tenant {f} {sur} was bumped into on {street} by a woman who apologised - minutes later she noticed her purse was missing from her open bag. She was not pushed or hurt. Police ref {cref}.
theft_from_person|-|{m} ({age}) was in the crowd at the estate fun day on {date} and his wallet was taken from his jacket pocket. Two other people reported the same. Police ref {cref}.
theft_from_person|-|Pickpocket on the bus. {f} ({age}) noticed her purse was gone from her coat pocket as she got off at {street} on {date}. CCTV requested from bus company. Police ref {cref}.
theft_from_person|-|{f}'s phone was snatched out of her hand by a man walking past her at the bus stop on {street} at {time}. He just grabbed it and ran. No contact with her otherwise. Police ref {cref}.
bicycle_theft|-|Tenant {m} {sur}'s bike was stolen from the bike rack outside {block} on {date}. D lock cut. Police ref {cref}. Asking for a secure bike store.
bicycle_theft|-|{f} says her son's bike ({kidage}th birthday present) was taken from the front garden of {num} {street} on {date}. Police ref {cref}.
bicycle_theft|-|{m} chained his bike to the railings outside {shop} on {date}, came out 10 minutes later and it had gone, lock cut. Police ref {cref}.
bicycle_theft|-|Bike taken from the cycle hoops outside the community centre on {street} during the residents meeting on {date}. Owner {f} {sur}. Police ref {cref}. CCTV checked, hood up.
bicycle_theft|-|Child's bike left by the play area on {estate} for 5 minutes on {date} was taken. Mum {f} reported it. Police ref {cref}.
bicycle_theft|-|{m} {sur}'s road bike was stolen from the bike stands on the {estate} parade on {date}. He has since seen it for sale on Facebook Marketplace and given the link to police. The theft itself was off the street. Ref {cref}.
bicycle_theft|-|Tenant {f} reports her pushbike was stolen from the railings by the main entrance of {block} on {date}, it was locked to the railing. Police ref {cref}.
bicycle_theft|-|{m} ({age}) works nights and cycles to work - his bike was taken from the bike rack at the station on {date}. He lives on {street}. Police ref {cref}. He can't get to work now, referred to hardship fund.
shoplifting|-|Commercial tenant (the convenience store on the {estate} parade) says the same group of youths have been coming in and stealing energy drinks and sweets almost daily since {month}. Police ref {cref}. ASB team to consider ABCs.
shoplifting|-|Tenant {f} {sur} works at {shop}. She reports a man came in on {date} and filled a bag with meat and walked out without paying. She didn't try to stop him. Police ref {cref}. She knows him from the estate and is worried about repercussions.
shoplifting|-|Pharmacy on {street} (our commercial unit) reports repeated thefts of razor blades and baby milk from the shelves, {n} times this month. Police ref {cref}. Security tags fitted.
shoplifting|-|{shop} manager has contacted the ASB team as our tenant's son ({age}) was caught stealing bottles of spirits on {date}, his third time. Police ref {cref}. He is on an ABC with us.
shoplifting|-|Charity shop on the parade reports clothes and a handbag stolen from the shop floor on {date} by two women. CCTV has them on camera. Police ref {cref}.
shoplifting|-|{m} {sur} (tenant, store detective at {shop}) stopped a woman leaving with {amt} of cosmetics in her pram on {date}. Police called, ref {cref}. He says he has been threatened on the estate since for doing his job but nothing specific.
shoplifting|-|Co-op on {street} reports a man filled a rucksack with coffee jars and laundry pods and ran out on {date}. Staff didn't chase. Police ref {cref}. Shop says it happens daily.
other_theft|-|Parcels being taken from doorsteps on {street} soon after the couriers leave them. {f} {sur} lost {n} parcels since {month}. Police ref {cref}. Residents asked to use collection points.
other_theft|-|Tenant {f} ({oldage}) says money keeps going missing from her purse on days the agency carer visits, about {amt} in total since {month}. Carer is not family. Police ref {cref}. Agency informed.
other_theft|DA|{f} {sur} ({oldage}) says her son {m} ({age}), who lives with her, has been taking cash out of her pension each week without asking - she thinks about {amt} so far. She doesn't want him arrested but wants it to stop. ASC alert raised.
other_theft|-|Internal. Audit of the estate office petty cash shows about {amt} missing since {month}. A member of staff (caretaker) has admitted taking it. Police ref {cref}. HR process started.
other_theft|-|Tenant {m} is a taxi driver. On {date} a fare got out at {street} and ran off without paying {amt}. Police ref {cref}.
other_theft|-|{m} {sur} says a man who lives on the estate has threatened to tell the housing office he has an unauthorised lodger unless {m} pays him {amt}. He has paid once already. Police ref {cref}, blackmail.
other_theft|ONL|Tenant {m} ({age}) met someone on Instagram who persuaded him to send intimate pictures and is now demanding {amt} or the pictures will be sent to his family and friends. He has paid once. Police ref {cref}. Very low, TSO has safety planned.
other_theft|-|{f} put her phone down on the table in the café at the community centre on {date} and someone took it while she was getting a coffee. Police ref {cref}.
other_theft|-|Tenant {f} ({oldage}) reports plant pots, a bird bath and her solar lights stolen from her front garden on {street} overnight on {date}. Police ref {cref}. Third time this year.
other_theft|-|Lead flashing stolen off the roof of {block} on {date}, water now getting into {n} top floor flats. Police ref {cref}. Emergency repairs raised.
other_theft|-|Meter engineers found the electricity supply at {num} {street} had been bypassed - abstracting electricity for months. No cannabis or anything found, tenant says she couldnt afford the bills. Police ref {cref}.
other_theft|-|{m} {sur} says his lodger left on {date} and took his late wife's wedding ring and a watch. Lodger not family. Police ref {cref}.
other_theft|DA|{f} left her partner {m} in {month} and moved to a refuge. He is refusing to give her back any of her belongings - her clothes, kids' things and her mum's ashes - and has sold her laptop. Police ref {cref}. DASH high.
other_theft|-|Tenant {f} thinks someone is taking her post - her UC letters and bank card never arrive, and the letterbox cage has been tampered with. Royal Mail aware. Police ref {cref}.
other_theft|-|Washing taken off the communal washing lines at {block} twice this month, including school uniforms. Caretaker informed, police ref {cref}. Residents angry.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 6: criminal damage and arson ---
criminal_damage_arson|-|Arson reduction referral {inc}. Wheelie bin pulled against the wall of {block} and set alight at {time} on {date}. Scorching to the brickwork and a melted window frame on the ground floor flat. Deliberate per crew. No injuries. Bins to be moved to the locked compound.
criminal_damage_arson|-|Letterbox fire at {num} {street}, {date} about {time}. Burning paper pushed through the door, tenant {f} {sur} was in bed and smelt smoke, put it out with a wet towel. Door and hall carpet scorched. No injuries. No known dispute. Letterbox bag fitted by FRS next day.
criminal_damage_arson|DA|FRS home safety advisor: {f} believes her ex {m} was behind the letterbox fire at her flat on {date} - he had texted her earlier that night "enjoy your new place while it lasts". Hall and front door damaged, no one hurt. Police ref {cref}. Letterbox sealed, sprinkler referral, IDVA.
criminal_damage_arson|-|Crews attended a car fire on the {estate} estate car park at {time} on {date}. {car} fully alight, deliberate ignition per fire investigator. Owner {m} {sur} (tenant) has no idea why. Police ref {cref}. Two neighbouring cars also damaged by heat.
criminal_damage_arson|DA|Tenant {f} says her husband, who she is divorcing, set fire to her {car} on the drive at {num} {street} on {date}. Neighbour saw him pouring something on it. Car written off. Police ref {cref}. DASH high, MARAC.
criminal_damage_arson|HATE|Caretaker removing graffiti from the front door of {flat} {block}: "N****rs out" sprayed in red. Tenant {m} {sur} and family very distressed. Police ref {cref}, racially aggravated criminal damage. Door to be replaced.
criminal_damage_arson|-|ASB case {ref}. Following a dispute about the fence, the neighbour at no {num} threw a brick through {f}'s front window on {date}. No one hurt. Police ref {cref}. Neighbours only. Glazing emergency job raised.
criminal_damage_arson|DA|{f} {sur} called the repairs line: her ex partner {m} smashed all her downstairs windows on {date} at {time} after she wouldn't let him in. She and the kids were upstairs. Police ref {cref}. Emergency glazing, target hardening requested.
criminal_damage_arson|DA|Tenant {f} ({oldage}) reports her adult son {m} smashed the internal doors and kicked holes in the walls of her flat when she said he couldn't stay over. She's scared of him. Repairs cost about {amt}. Police ref {cref}. We are not recharging her.
criminal_damage_arson|-|Firesetter intervention referral. {m} ({teen}) was seen by residents setting fire to rubbish in the communal bin store of {block} on {date}. Crews attended, bin store smoke damaged. Police spoke to him and referred him to the FRS young firesetters scheme.
criminal_damage_arson|-|Void property at {num} {street} - fire started deliberately on the kitchen floor on {date}, windows had been boarded but boarding was pulled off. Kitchen destroyed. Police ref {cref}. Void works now delayed another {weeks} weeks.
criminal_damage_arson|-|Fire in the ground floor stairwell of {block} at {time} on {date}. A pushchair left under the stairs was set alight deliberately. Smoke logged the stairwell and residents were evacuated. No injuries. Fire investigator says deliberate, police ref {cref}.
criminal_damage_arson|-|{f} reports a lit firework was put through her letterbox on {date} at {time}, scorching the mat and door. No injuries. She has no idea who. Police ref {cref}. FRS fitted a letterbox plate.
criminal_damage_arson|-|{m} {sur}'s garden shed at {num} {street} was set on fire overnight {date}. Fence panels also damaged. Fire investigator: deliberate, accelerant used. Police ref {cref}. He thinks it was kids.
criminal_damage_arson|-|Tenant {m} says someone poured paint stripper all over the bonnet and roof of his {car} while it was parked outside {block}, {date}. Police ref {cref}. No witnesses.
criminal_damage_arson|-|Door entry panel at {block} ripped off the wall for the 3rd time this month on {date}. Caretaker saw youths hanging round it earlier. Police ref {cref}. Costing us about {amt} each time.
criminal_damage_arson|-|Fire service arson team: petrol poured over the doorstep and front door of {num} {street} at night on {date}. Not lit - tenant smelt it and called 999. Police treating as attempted arson. Tenant has no known disputes. Ref {cref}.
criminal_damage_arson|-|Cuckooing concern. {m} {sur} told the dealers in his flat to leave on {date}. That night his front door was set on fire. He managed to get out the back. No injuries. Police ref {cref}. Decant arranged.
criminal_damage_arson|-|Community garden on {estate} vandalised overnight - raised beds smashed, fruit trees snapped and the polytunnel slashed to pieces. Volunteers devastated. Police ref {cref}. CCTV request.
criminal_damage_arson|-|Bus shelter on {street} smashed again, glass everywhere. Caretaker saw two young men kicking the panel in at {time}. Police ref {cref}. Council highways informed.
criminal_damage_arson|HATE|{m} and {m2} (same sex couple, tenants at {num} {street}) have had eggs thrown at their door and "b*ty boys" painted across it on {date}. Police recording as homophobic criminal damage. Door needs repainting, paint costs covered.
criminal_damage_arson|HATE|{estate} community centre (used as a mosque on Fridays) has had a swastika and "Muslims out" sprayed on the side wall. Police ref {cref}, religiously aggravated criminal damage. Faith leaders informed. Graffiti removed same day.
criminal_damage_arson|HATE|Brick thrown through the window of {f} {sur} ({age}), a wheelchair user at {num} {street}, wrapped in a note saying "cripples should be put down". No one hurt. Police treating as disability hate crime.
criminal_damage_arson|DA|During a row on {date}, {f}'s partner {m} smashed her phone on the floor, threw the TV off the wall and ripped the bathroom door off its hinges. He didn't touch her. She has asked us to repair the door. Police called by neighbour, ref {cref}.
criminal_damage_arson|DA|{f} told TSO that her ex girlfriend {f2}, who she split up with in {month}, came round drunk and kicked her front door in and smashed her plant pots and car mirrors. No one was hurt. Police ref {cref}.
criminal_damage_arson|-|Lift in {block} out of action after someone set fire to the floor of it on {date}. Control panel melted. Lift engineers say 2 weeks. Police ref {cref}. Residents on the upper floors very affected.
criminal_damage_arson|-|Grass fire on the {estate} green at {time} on {date}, started deliberately by youths seen running from the scene. It spread to the back fences of {n} houses on {street}. Crews attended. Police ref {cref}.
criminal_damage_arson|-|Mattress dragged into the void at {flat} {block} and set on fire on {date}. Fire contained to the flat, major smoke damage. Fire investigator: deliberate. Police ref {cref}. Void now needs full refurbishment.
criminal_damage_arson|DA|Tenant {f} {sur} says her younger brother ({age}), who she has not spoken to since their mum died, smashed her car windscreen and dented the doors with a bat on {date}. Neighbours saw him. Police ref {cref}.
criminal_damage_arson|HATE|The Polish deli on the {estate} parade (our commercial tenant) had a fire set at its back door on {date} and "Poles go home" sprayed on the shutter. Door damaged, no injuries. Police treating as racially aggravated arson.
criminal_damage_arson|-|{m} {sur} owes money to local dealers, he says. On {date} his front door and window were set alight at {time}. He got out. Police ref {cref}. Emergency move requested. No injuries.
criminal_damage_arson|-|Refuse chute fire at {block} {date} - someone dropped something burning down the chute. Bin room smoke damaged. FRS: deliberate. Ref {inc}. Chute to be sealed on some floors.
criminal_damage_arson|-|Tenant {f} reports someone put superglue in the lock of her front door and her car door overnight on {date}. She had to call a locksmith. Police ref {cref}. She's had a falling out with a neighbour but has no proof.
criminal_damage_arson|-|{f} {sur} reports her car was set on fire outside {block} on {date}. She believes it was her ex partner's new girlfriend, who has been making threats to her. {f} has never been in a relationship with this woman. Police ref {cref}.
criminal_damage_arson|-|Fire investigator joint visit - deliberate fire in the electrical cupboard on the {floor} floor of {block} on {date}. No suspects. Power lost to {n} flats. Police ref {cref}.
criminal_damage_arson|DA|{f} ({age}) lives with her dad. Since she started seeing someone he doesn't approve of, he has cut up her clothes and smashed her laptop. He has never hit her. Police ref {cref}. She wants to apply for her own tenancy.
criminal_damage_arson|DA|Safe and well visit found smoke alarms ripped off the ceiling. Tenant {f} said her partner {m} did it so he could smoke indoors, and on {date} he burned a pile of her clothes in the back garden after a row, scorching the fence. She laughed it off but looked frightened. Police informed.
criminal_damage_arson|-|ASB case {ref}. Neighbour's teenage son ({teen}) has been kicking a football at {m}'s car deliberately and has now smashed his wing mirror and dented the door on {date}. Parents not interested. Police ref {cref}.
criminal_damage_arson|-|Several communal fire doors in {block} have been deliberately damaged - door closers ripped off and glass panels smashed - since {month}. Fire safety risk. Police ref {cref}. Caretaker checking daily.
criminal_damage_arson|-|Fire crew found a fire set in the bin chamber at {block} at {time} on {date} - third in a fortnight. Deliberate. Police ref {cref}. Arson reduction officer to do a site visit.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 7: drugs, weapons, public order, misc, fraud ---
drug_offences|-|Roofers doing the re-roof on {street} found a cannabis grow in the loft of no {num} - about 40 plants, lights and the electric bypassed. Tenant not at home. Police attended {date}, ref {cref}. No one found living there, tenancy fraud also suspected.
drug_offences|-|Cuckooing protocol. Neighbours report a steady stream of visitors to {flat} {block} day and night since {month}. Tenant {m} {sur} (vulnerable, alcohol dependent) told TSO "some lads" stay and sell crack from his kitchen and give him cans. He says they have not hurt or threatened him. Police ref {cref}, closure order being considered.
drug_offences|-|Police executed a warrant at {num} {street} on {date} and found heroin, crack and about {amt} in cash. Tenant arrested for possession with intent to supply. Tenancy enforcement to consider possession proceedings.
drug_offences|-|TSO visit. Strong smell of cannabis in the flat, tenant {m} ({age}) had a bag of weed and a grinder on the table and said it's "for his anxiety". Police PCSO with TSO issued a community resolution for possession. Tenancy warning letter to follow.
drug_offences|-|Caretaker reports youths in the multi-storey car park inhaling nitrous oxide from the big canisters most nights. Police stopped 4 of them on {date} and seized {n} canisters under the new possession law. Litter of canisters everywhere.
drug_offences|-|Caretaker witnessed what looked like drug dealing in the stairwell of {block} at {time} on {date} - a lad handing over small wraps for cash. Police were called and arrested him with 20 wraps of crack. Ref {cref}.
drug_offences|-|Tenant {f} {sur}'s adult son is dealing cannabis from her house - she found bags and scales in his room and people come to the back door. He is not violent or threatening to her, she just wants it stopped. Police ref {cref}.
drug_offences|-|Closure order granted on {flat} {block} on {date} following Class A dealing - {n} arrests in 3 months. Tenant to be re-housed, ASB case {ref} closed to this point.
drug_offences|-|Repairs operative attending a leak found bags of white powder and electronic scales in the airing cupboard of {num} {street}. Left the job and reported. Police attended, ref {cref}. Cocaine confirmed.
drug_offences|-|Tenant {m} ({age}) was arrested on {date} for supplying cannabis and pills to teenagers outside the school gates near the estate. Police ref {cref}. Injunction application being prepared.
drug_offences|-|Hostel staff found spice on resident {m} {sur} during a room check on {date} and called police who dealt with possession. Several residents have been collapsed from spice use this month. No other issues.
drug_offences|-|Neighbourhood officer on estate walkabout saw two men in a {car} passing packages to people on bikes outside {shop}. Reg {reg}. Reported to police intelligence. Police later arrested them with crack and heroin.
drug_offences|-|Fire crew attending an alarm activation at {flat} {block} found a small drug lab set up in the kitchen - chemicals and equipment. Police attended, suspected amphetamine production. Tenant arrested. Ref {inc}.
drug_offences|-|Supported housing: staff have found cannabis being grown in a wardrobe by resident {m} ({age}). Police attended and seized the plants (6), ref {cref}. Resident given a final warning under licence agreement.
possession_of_weapons|-|Caretaker saw tenant {m} {sur} ({age}) walking through the estate with a machete tucked in the back of his trousers at {time} on {date}. He didn't threaten anyone. Police stopped him and arrested him for possession of a bladed article. Ref {cref}.
possession_of_weapons|-|{m} ({teen}) from {street} was stopped by police outside the school on {date} with a kitchen knife in his school bag. He said it was "for protection" after being threatened online. No one was threatened with it. Youth offending team involved.
possession_of_weapons|-|Police search of {num} {street} on {date} found an air pistol made to look like a handgun and a set of knuckle dusters. Tenant {m} {sur} arrested for possession. No one threatened. Tenancy enforcement notified.
possession_of_weapons|-|Caretaker clearing the bin store of {block} found a samurai sword wrapped in a towel. CCTV shows tenant from {flat} putting it there. Police arrested him for possession of an offensive weapon. Ref {cref}.
possession_of_weapons|-|Community centre volunteer noticed a young man with a lock knife in his pocket at the youth club on {date}. He didn't use it or show it to anyone. Police attended and arrested him. Ref {cref}. Youth club reviewing bag searches.
possession_of_weapons|-|Voids team clearing {num} {street} after the death of the tenant found a sawn-off shotgun and cartridges under the floorboards. Police removed them. No certificate. Ref {cref}.
possession_of_weapons|-|Police stopped {f} {sur} ({age}) on the {estate} parade on {date} and found a CS gas spray in her handbag. She said she carries it because she has been attacked before. Arrested for possession of a prohibited weapon. Ref {cref}.
possession_of_weapons|-|Neighbourhood officer saw a lad with a zombie knife in his waistband by the garages on {estate} at {time}. He didn't see it pointed at anyone. Reported to police, who found and arrested him. Ref {cref}.
possession_of_weapons|-|Police update: tenant {m} {sur} of {flat} {block} arrested on {date} for possessing a crossbow and bolts in a public place - he had been walking around the estate with it. Nobody approached or threatened. Ref {cref}.
possession_of_weapons|-|TSO visit with police on {date}: tenant {m} ({age}) admitted he keeps a baseball bat studded with nails and a knife in the car "in case". Police seized them and arrested him. He hasn't used them on anyone he says.
public_order|HATE|{f} {sur} (Black British) was walking home with her kids on {date} when a man outside {shop} shouted "monkeys" and "go back to the jungle" at them. No physical contact. Police ref {cref}, racially aggravated public order.
public_order|-|Neighbour at no {num} {street} came out drunk on {date} at {time} shouting and swearing at everyone in the street, kicking bins and saying he'd "sort the lot of you out". Kids crying. No one touched. Police arrested him for a public order offence.
public_order|-|Large fight between two groups of young men on the {estate} estate on {date} at {time} - about 20 involved, bottles and bricks thrown, residents terrified. Police say no one has come forward injured. Violent disorder investigation, ref {cref}.
public_order|HATE|{m} and his partner {m2} were holding hands on {street} on {date} when a group of men shouted homophobic abuse and followed them to the bus stop. No contact. Police recording as a homophobic public order offence.
public_order|-|Neighbourhood officer {staff} was confronted by a tenant during an inspection on {date} - he shouted abuse, squared up to her and stood in the doorway so she couldn't leave for a minute. No contact. Police ref {cref}. Two-person visits from now on.
public_order|HATE|{m} {sur} (Sikh) was called a "towelhead" and told "go back where you came from" by a man on the {estate} parade on {date}, who followed him shouting. Police treating as religiously aggravated public order.
public_order|HATE|{m} {sur}, who has Down's syndrome, was surrounded by teenagers outside {shop} on {date} who shouted "retard" and made him dance for them. He ran home crying. No one touched him. Police recording as disability hate public order.
public_order|-|Crew manager report {inc}: while crew attended a bin fire on {estate}, a group of about 8 adults surrounded the appliance shouting abuse and threats at the crew. Crew withdrew. No one was touched. Police ref {cref}.
public_order|-|{f} ({age}) says the man next door stood at her door on {date} screaming "I'll smash your face in" because her kids had been in his garden. He didn't touch her. Neighbours only. Police ref {cref}.
public_order|DA|{f}'s ex partner {m} turned up outside her house on {date} at {time} shouting "slag" and "whore" up at the window for half an hour, kicking the bins over. Neighbours came out. First incident since they split {n} months ago. Police arrested him for public order. DASH standard.
public_order|HATE|Group of teenagers on bikes have been shouting racist abuse at {m} ({kidage}) on his way to school - "p*ki" and making bomb noises. Mum {f} {sur} reported it. Police ref {cref}.
public_order|HATE|{f} {sur}, who is Jewish, was shouted at by a man outside her flat on {date}, who called her a "dirty Jew" and said "Hitler should have finished the job". Police ref {cref}, religiously aggravated public order.
public_order|-|After a rumour spread on the estate that the new tenant at {num} {street} is a sex offender, around 30 people gathered outside his house on {date} shouting and banging on windows. Police dispersed them. No evidence to the rumour. Public order investigation.
public_order|HATE|{f} {sur} (trans woman) was followed through the {estate} estate by a man shouting "tranny" and "you're a man" on {date}. She was frightened but not touched. Police treating as transphobic public order. Ref {cref}.
misc_crimes_against_society|-|{m} {sur} reports that the man at no {num} told him on {date} "I'm going to torch that car of yours, watch". {m}'s {car} is parked on the street. Nothing has happened yet. Police ref {cref}, threat to commit criminal damage.
misc_crimes_against_society|DA|Fire service home safety visit, priority referral: {f} says her ex partner {m} keeps saying he will "burn the flat down" when she is out so she has nothing left. No threat to her or the kids' lives. Police ref {cref}. Letterbox plate fitted, sprinkler assessment requested.
misc_crimes_against_society|-|Tenant {m} {sur} has been selling power tools out of his garage on {estate}. Several tradesmen have recognised tools stolen from their vans. Police raided on {date} and arrested him for handling stolen goods. Ref {cref}.
misc_crimes_against_society|CSA|Police have informed us that tenant {m} {sur} of {flat} {block} was arrested on {date} after indecent images of children were found on his laptop. He is on bail with conditions. Housing to review risk to neighbours with young children.
misc_crimes_against_society|CSA,ONL|Police update: a man living at {num} {street} has been charged with sharing indecent images of children in a Telegram group. Devices seized. Public protection meeting called re tenancy and nearby school.
misc_crimes_against_society|-|Residents report seeing {m} {sur} on the {estate} estate on {date}. He has bail conditions not to enter the estate after an arrest last month (unrelated to residents). Police informed, arrested for breach of bail.
misc_crimes_against_society|-|Caretaker reports two cars racing up and down {street} at about 70mph on {date} at {time}, weaving around parked cars and through the crossing. No one hit. Police ref {cref}, dangerous driving. Speed bumps requested.
misc_crimes_against_society|-|ASB case {ref}. Police have told us tenant {f} {sur} gave false details to officers and blamed her neighbour for a car crash she caused. She has been charged with perverting the course of justice. Neighbour wants an apology.
misc_crimes_against_society|DA|{f} says her ex husband {m}, who is on bail for assaulting her with a condition not to contact her, turned up at her door on {date} and asked to "talk things through". He left when she shut the door. Police arrested him for breach of bail. DASH high.
misc_crimes_against_society|-|{f} received a text from her neighbour saying "I'll put your windows in tonight you grass". Nothing has been damaged. Neighbours, no relationship. Police ref {cref}.
misc_crimes_against_society|-|Firesetter concern: {m} ({teen}) told a youth worker he was "going to set fire to the school" because he was excluded. Said it more than once and has set small fires before. Police spoke to him, threat to commit criminal damage. FRS firesetter intervention booked.
misc_crimes_against_society|-|Police alert: {m} {sur} of {num} {street} charged with dangerous driving after driving at speed on the pavement through the estate on {date} to get away from officers. No one hurt. Tenancy file updated.
fraud_computer_misuse|-|Tenancy fraud team. Tenant of {flat} {block} has been subletting the flat for {amt} a month while living with her partner in another town. Sub-tenant showed us a WhatsApp "tenancy agreement". Case referred under the Prevention of Social Housing Fraud Act. Tenant interviewed under caution.
fraud_computer_misuse|-|Right to Buy application from {num} {street} - checks found the applicant has not lived there for 2 years and the "residents" are family members claiming to be him. Fraud referral to police. Application suspended.
fraud_computer_misuse|-|Courier fraud. Mrs {sur} ({oldage}) got a phone call from a "police officer" saying her bank account had been compromised and a courier would come to collect her cash and cards for safe keeping. She handed over {amt} and her bank card. Police ref {cref}.
fraud_computer_misuse|ONL|{f} ({age}) met a man on a dating site who said he was a US army doctor. Over 6 months she sent him {amt} for "flights" and "medical bills". He never came. Now she is behind on her rent. Action Fraud ref {cref}.
fraud_computer_misuse|-|Fake housing officer. A man wearing a hi-vis and a lanyard has been going door to door in {block} saying he collects rent arrears in cash "to avoid eviction". At least {n} tenants paid. Police ref {cref}. Warning letter to all residents.
fraud_computer_misuse|-|Mr {sur} ({oldage}) was told by doorstep builders that his roof was "about to collapse" and paid {amt} cash for work that our surveyor says was not needed and was not done. Trading standards and police informed.
fraud_computer_misuse|ONL|Tenant {f} {sur} clicked a link in an email that looked like it was from her bank, entered her details, and {amt} was taken from her account the same day. Action Fraud ref {cref}. Hardship payment towards rent.
fraud_computer_misuse|DA|{f} has found out her ex partner {m} took out {n} loans and a catalogue account in her name while they lived together, using her ID, leaving her with about {amt} of debt. They split in {month}. Police ref {cref}, DASH standard. Money advice referral.
fraud_computer_misuse|-|Allocations: application from {f} {sur} included fake payslips and a forged letter from a GP to get extra priority. Verified as false. Police fraud ref {cref}. Application cancelled.
fraud_computer_misuse|ONL|{m} ({age}) saw a crypto investment scheme advertised on Instagram with a celebrity endorsement, put in {amt} and could not get it back. The "advisor" has stopped replying. Action Fraud ref {cref}.
fraud_computer_misuse|ONL|Tenant {f}'s Facebook account was hacked on {date} and messages were sent to all her friends asking them to send money urgently. Two friends paid. Action Fraud ref {cref}.
fraud_computer_misuse|-|Fire service alert: men claiming to be "from the fire brigade" have been knocking on doors on {estate} saying smoke alarms are now compulsory and charging {amt} to fit cheap alarms. FRS never charges. Police ref {cref}. Leaflet drop.
fraud_computer_misuse|DA,ONL|{f} {sur} ({oldage}) says her adult son {m} has been using her bank card details to buy things online - games, takeaways, clothes - about {amt} since {month}. She did not give permission. He lives with her. Police ref {cref}. ASC informed.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 8: anti-social behaviour (no crime), other crime ---
anti_social_behaviour|-|Noise nuisance case {ref}. {f} {sur} at {flat} {block} has sent {n} weeks of noise diary sheets and Noise App recordings: bass music from the flat above most nights until 2-3am. No threats, no contact between them. Warning letter sent {date}, EHO to assess for statutory nuisance.
anti_social_behaviour|-|Community trigger application from residents of {street}: 3 reports in 6 months about young people gathering on the wall outside no {num}, swearing, leaving litter and playing music off their phones. No damage or threats reported. Case review meeting {date}, threshold met, action plan agreed.
anti_social_behaviour|-|Complaint from {m} {sur}: the dog next door barks from about 7am till the owner comes back at 6pm every weekday. He works nights. Owner has been spoken to. Dog appears well cared for per neighbourhood officer. Mediation offered.
anti_social_behaviour|-|Safe and well visit to {f} ({oldage}) after neighbours complained about smell and flies from her flat at {flat} {block}. Hoarding level 7 on the clutter scale, exits partly blocked. No crime, no safeguarding concerns about anyone harming her. Hoarding panel referral, FRS fire safety plan.
anti_social_behaviour|-|Kids kicking footballs against the garage doors on {estate} every evening since {month}, banging noise till dark. No damage found when caretaker checked. Residents fed up. Youth outreach to be asked to visit.
anti_social_behaviour|-|{f} complains her neighbour feeds the pigeons from her balcony, bird mess all over {f}'s windows and washing. Tenancy breach (clause on feeding birds). Letter sent. Not a crime matter.
anti_social_behaviour|-|Parking dispute between no {num} and no {num2} {street}: cars blocking each other in, notes left saying "learn to park". Nothing threatening, no damage. Both told parking is unallocated. Mediation service referral.
anti_social_behaviour|-|Complaint about shouting and arguing heard through the wall from the couple at {num} {street}, several nights a week. TSO visited and spoke to both of them separately - both deny any abuse, no injuries seen, no disclosure, they say it's just "normal rows" about money. Not a DA case at this stage. Noise advice given.
anti_social_behaviour|DA|ASB case {ref}. Loud arguments on the landing of {block} between tenant {f} and her ex partner {m}, who keeps coming round to see their son. Shouting, swearing, doors slamming - no threats, no violence. {f} has done a DASH with the IDVA, scored standard, and is on the waiting list for support. Neighbours complaining about noise.
anti_social_behaviour|-|ASB case {ref}. Off road scrambler bikes being ridden across the {estate} green and along the footpath most evenings. Residents worried about kids. Nobody hit. Police aware, section 59 warnings given. Bollards requested.
anti_social_behaviour|-|Residents in {block} (case {ref}) complain people are drinking in the stairwell at weekends, leaving cans and bottles, and sometimes urinating in the lift. Caretaker cleans it up on Mondays. No threats made to anyone. Door entry upgrade requested.
anti_social_behaviour|-|Rough sleeper bedding down in the bin store of {block} for the last {weeks} weeks. Residents uneasy but he hasn't caused any trouble. Outreach team contacted on {date} and have offered him a bed.
anti_social_behaviour|-|{m} {sur} complains the tenant above is doing DIY - drilling and hammering - after 10pm several nights a week. Neighbourhood officer spoke to him, he says he works days. Advised on reasonable hours. Monitoring.
anti_social_behaviour|-|Community protection warning issued to tenant of {num} {street} on {date} for the front garden full of rubbish bags, an old sofa and rats. Follow up visit in {weeks} weeks. If no improvement, CPN.
anti_social_behaviour|-|Youths throwing stones at the old disused garage on {estate} for fun, nothing hit and nothing damaged that we can see. ABC meeting with 3 of them and their parents on {date}. Parents supportive.
anti_social_behaviour|HATE|{f} {sur} (Romanian family) says the neighbour refuses to get in the lift with them, mutters about "foreigners taking our houses" and tells her kids to stay away from "that lot". No threats or abuse aimed at them directly, nothing damaged. Police logged as a non-crime hate incident. Mediation declined.
anti_social_behaviour|-|Neighbour at {num} {street} rang on {date} worried that the youths who hang around the bin store "might set fire to the bins one day, they're the type". No fires or damage so far. Passed to arson reduction team for a site visit and to move the bins.
anti_social_behaviour|-|Noise complaint from {f}: children next door jumping on a trampoline and shouting in the garden after school. Neighbourhood officer visited, considered it normal family noise. Complaint not upheld. Letter to {f} explaining why.
anti_social_behaviour|-|Parties every weekend at {flat} {block}, music and people coming and going till 5am. Neighbours have kept diaries since {month}. Nothing else reported. NOSP being considered for tenancy breach (nuisance clause).
anti_social_behaviour|-|Complaint that the tenant of {num} {street} is running a car repair business from the street - engines revving, oil on the road, cars parked for weeks. Tenancy breach letter sent on {date}. No other issues.
anti_social_behaviour|-|Young people gathering in the stairwell of {block} most evenings since {month}, vaping, being loud, leaving rubbish. Residents find it intimidating but no one has been threatened, nothing damaged. Joint patrol with PCSOs arranged. Dispersal not used.
anti_social_behaviour|-|{f} {sur} complains about smoke from her neighbour's garden bonfires burning garden waste every weekend, getting on her washing. Neighbour says it is only garden waste. Not arson - EHO has advice on smoke nuisance. Letter sent.
anti_social_behaviour|-|Fireworks being let off in the street on {street} late at night through {month}. No damage, no one hurt. Residents' pets terrified. Police aware, extra patrols around bonfire night.
anti_social_behaviour|-|Repairs operative unable to complete job at {flat} {block} due to hoarding - couldn't reach the boiler. Tenant {m} ({age}) is cooperative. Neighbours complaining about cockroaches. No crime. Hoarding support and pest control booked.
anti_social_behaviour|-|Case review following community trigger by {m} {sur}. Issue is ongoing noise from a tenant with mental health needs who shouts and bangs at night. No threats or abuse directed at anyone. Outcome: multi agency plan, CPN team and mental health services engaged.
anti_social_behaviour|-|{f} ({flat} {block}) says her upstairs neighbour's washing machine runs at midnight and the spin cycle shakes the ceiling. Also wooden floors without carpet. Tenancy clause on floor coverings raised with neighbour.
anti_social_behaviour|-|ASB complaint from {m} {sur}: next door's kids play football in the communal garden and it goes over his fence into his flowerbeds. Some broken stems but nothing he wants to report. Mediation.
anti_social_behaviour|-|{f} {sur} rang on {date} to complain about her neighbour's dog fouling on the shared path and not being cleared up. Also says in passing her sister "had a horrible ex years ago who used to knock her about", which is why she's nervous of men next door. The complaint is about the dog only. Dog fouling letter sent.
anti_social_behaviour|-|Residents' meeting on {date} raised groups of youths on e-scooters riding through the shopping parade on {estate}, nearly hitting people. Nobody hurt. Police and community safety to do joint patrols.
anti_social_behaviour|-|Neighbourhood officer visit after complaints of loud TV through the wall from Mr {sur} ({oldage}), who is hard of hearing. No malice. Referred for a TV listener device. Neighbours happy with outcome.
anti_social_behaviour|-|Tenant {f} at {block} reports kids ringing her buzzer and running off, "knock door run", on and off for a few weeks. Not just her, the whole block. No abuse or targeting. Caretaker to keep an eye.
other_crime|-|Neighbours report a dog locked in the flat at {flat} {block} for days without food, barking and howling. RSPCA attended with police on {date}, dog emaciated and removed. Owner being prosecuted under the Animal Welfare Act. Tenancy breach also.
other_crime|-|Leaseholder at {num} {street} (private landlord renting out their flat) changed the locks and put his tenant's belongings on the street while she was at work on {date}, with no notice or court order. Council tenancy relations officer says it is an unlawful eviction, prosecution being considered.
other_crime|-|FRS arson team: a number of hoax 999 calls reporting fires at {block} have been traced to a phone at {flat}. {n} malicious false alarms since {month}. FRS pursuing action under the Fire and Rescue Services Act. Tenant spoken to.
other_crime|-|Environmental crime team: trade waste including asbestos sheets dumped in the bin store of {block} on {date}. A van reg {reg} seen on CCTV. Council prosecuting the fly-tipper under environmental protection law.
other_crime|-|TSO visit. {m} {sur} said he was "done over" last week and has a crime reference number ({cref}), but would not say what happened or who by. Seems frightened. No other details recorded.
other_crime|-|Fire safety enforcement: private HMO on {street} (leasehold flat in our block) found with fire exits padlocked and no working alarms, {n} tenants living there. FRS prohibition notice served and landlord being prosecuted under the Fire Safety Order.
other_crime|-|Residents say someone at {num} {street} is selling fireworks to children from the front door, bags of rockets to kids of about {kidage}. Trading standards attended on {date} and seized the stock, prosecution to follow.
other_crime|-|Horses tethered on the {estate} green since {date} with no water in the heat, one lame. Owner traced. RSPCA and council have started an animal welfare prosecution. Horses removed.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 9: further hard positives and hard negatives ---
stalking_harassment|DA|Money advice referral. {f} ({age}) has {amt} of debt on credit cards her partner {m} made her open "for the family" and then maxed out on his car and gambling. He decides what she can spend, keeps her payslips and says he'll leave her with all of it if she complains. No violence. TSO recognised economic abuse, IDVA referral accepted.
violence_with_injury|DA|Tenant {f} says "my baby's dad" {m} came to the flat on {date}, they argued about maintenance and he punched her in the ribs and kicked her when she fell. Bruising all down her side, A&E said no fracture. Police ref {cref}. DASH 12.
violence_with_injury|DA|{f} {sur} ({oldage}) says her nephew {m} ({age}), who moved in with her to "help out" after her husband died, shoved her into the door frame when she asked him to go, gashing her forehead. He has been taking her money too. Police and ASC informed.
violence_without_injury|DA,HBA|{f} ({age}) has told her TSO that since she started divorce proceedings her father and brothers have said she will be killed if she goes ahead because she is "shaming the family in front of the whole community". She believes them. Police ref {cref}, HBA risk assessment done, emergency move.
stalking_harassment|DA,HBA|{f} ({age}) lives with her parents and two older brothers. The brothers follow her to and from work, check her phone every night and have told her that if she is seen with a man it will ruin the family's name. She isn't allowed to keep her own wages. No violence so far. Specialist HBA service referral.
violence_with_injury|DA,HBA|{f} ({age}) was taken abroad by her family in {month} for what she was told was a holiday and found a wedding had been arranged. When she refused, her father beat her with a stick, she has scars on her legs. She escaped with help from the embassy. Now homeless, needs accommodation.
stalking_harassment|DA|TSO concern re Mrs {sur} ({oldage}). Her granddaughter ({age}) has become her "appointee" for benefits and keeps the bank card, gives her a few pounds, and has told her neighbours not to visit. Mrs {sur} says she can't get hold of her own money. ASC safeguarding and police informed.
criminal_damage_arson|DA|{m} {sur} (tenant, {street}) says his wife {f}, who he is separating from, smashed his guitar collection and threw his laptop in the bath on {date} while he was at work. He is reluctant to report, "people would laugh". Police ref {cref} made by TSO with his agreement.
violence_with_injury|DA|{f} says the man she has been seeing for about 6 months, {m}, slapped her so hard on {date} that her ear drum perforated. He doesn't live with her but stays most weekends. Police ref {cref}. She has ended it.
stalking_harassment|DA,ONL|{m} {sur} says his ex wife, who he divorced {yrs} years ago, has started posting on Facebook that he is a drunk and a danger to kids, and messaging his new partner on Messenger. It started when he applied for more contact with his children. Police ref {cref}.
violence_without_injury|DA|Voicemail left on {f}'s phone on {date} from the father of her daughter: "I'm going to kill you, you won't see it coming". He was violent in the relationship, which ended {yrs} years ago. Police ref {cref}. Phone call only.
violence_with_injury|DA|{f} ({oldage}) lives with her daughter and son in law. Son in law hit her with her own walking frame on {date}, cut to her shin and bruised arms, because she "made a mess". Daughter did nothing. ASC and police informed, respite care arranged.
violence_with_injury|DA|Tenant {m} {sur} and his civil partner {m2} - {m2} pushed him down the stairs at home on {date}, broken collarbone. {m} told the hospital he tripped but has now told the TSO the truth. Police ref {cref}.
sexual_offences|DA|{f} ({age}) told her ISVA that at a family funeral on {date} her ex partner {m}, who she split from over {yrs} years ago, followed her into the toilets and sexually assaulted her. Police ref {cref}.
violence_without_injury|DA|{m} ({age}) says his twin brother, who he shares a flat with, keeps pushing him about and on {date} pinned him against the wall and threatened to "knock him out". No injuries. {m} is autistic and frightened. Both on the tenancy.
other_theft|DA|Tenant {m} {sur} ({age}, disabled) says his wife is his appointee for PIP and has been taking most of it for herself since they separated in {month}, he gets nothing. Police ref {cref}. DWP informed.
violence_without_injury|DA,KNIFE|Safe and well visit crew found {f} very frightened. She disclosed that on {date} her partner {m} held a kitchen knife to her throat and said he'd "open her up" if she ever left. No injury. Crew stayed till police arrived. DASH high.
violence_without_injury|DA|Police log shared: "DA incident, V and S are a cohabiting couple, S grabbed V by the wrists, no injuries." V is our tenant {f} {sur}, {street}. S {m} has left. Referred IDVA.
anti_social_behaviour|DA|ASB panel {date}. Neighbour complaints about noise from {flat} {block}. Background: the tenant {f} is an open MARAC case and her ex was served a DVPN in {month}. No new incidents since, the current noise is her kids playing. Decision: no ASB action, support plan.
stalking_harassment|DA|{f} (wheelchair user) says her partner {m} controls her medication and her mobility scooter charger, and if she "misbehaves" he takes them away so she can't go out. He deals with all her post. No hitting. TSO raised safeguarding and IDVA.
violence_with_injury|DA|{f}'s stepson {m} ({age}), who lives with her and his dad, threw a plate at her on {date} which cut her hand badly, 5 stitches. She says he has always resented her. Police ref {cref}.
violence_with_injury|-|Tenant {f} {sur} says her private landlord (she rents a leasehold flat in our block) pushed her against the door during a row about the deposit, bruising her back. She says he "treats her like family" but they are not related and never had a relationship. Police ref {cref}.
stalking_harassment|-|{f} {sur} says her daughter's ex boyfriend keeps coming to {f}'s house shouting for her daughter, who has moved away, and has sent {f} nasty letters blaming her for the split. {f} has never been in a relationship with him and he is not family. Police ref {cref}.
violence_with_injury|-|Two brothers aged {teen} and 12 at {num} {street} had a fight on {date}, the younger one has a broken nose. Parents called police. Both under 16 so dealt with by CSC and YOT, not DA. Mum is our tenant and is asking about a bigger property.
violence_without_injury|-|{m}'s flatmate {m2} (friend, not a partner, not related) threatened to kill him on {date} during a row about bills, saying "I'll end you". No weapon seen, no injuries. {m} believed it. Police ref {cref}.
sexual_offences|-|{f} ({age}) says her best friend's brother sexually assaulted her at a party at his flat on {date}, touching her under her clothes while she was asleep. She has never been in a relationship with him. Police ref {cref}, ISVA.
criminal_damage_arson|-|Tenant {f} ({oldage}) reports her son's girlfriend threw a stone through her kitchen window on {date} after an argument about the son. {f} says she has nothing to do with the girlfriend. Her son lives elsewhere and was not involved. Police ref {cref}.
violence_with_injury|-|{f} was assaulted by the woman next door on {date}, scratched down the face. She mentioned her husband has "never once raised his hand to her", she is just worried about her neighbour. Neighbours only. Police ref {cref}.
violence_with_injury|-|Supported housing. Support worker {staff} was hit in the face by a resident with a mug during a support session on {date}, split lip. Resident has no family connection to staff. Police ref {cref}. Risk assessment reviewed.
robbery|-|{f} ({age}) was grabbed on {street} by a lad she used to go to school with, who pulled her bag off her shoulder and pushed her over. She knows him by sight only, never been in a relationship. Grazed hands. Police ref {cref}.
violence_without_injury|DA,HBA|{m} ({age}) says his family have found out he wants to marry a woman from a different caste. His uncle told him on {date} that he would be killed before he "dishonours" them. He has moved out to a friend's. Police ref {cref}, HBA specialist contacted.
violence_with_injury|KNIFE|{m} {sur} ({age}) was stabbed in the back outside {shop} on the {estate} parade on {date} at {time}. He doesn't know who did it. Surgery, expected to recover. Police ref {cref}. Family are our tenants and are asking for a move.
robbery|KNIFE|{m} ({teen}) was walking home from school through the park on {date} when two older lads showed him a knife and demanded his phone and his coat. He handed them over. Not hurt. Police ref {cref}. Mum wants the park gate locked.
violence_with_injury|DA|{f} {sur} says her ex husband came to the house on {date}, {yrs} years after their divorce, "to talk about the old days", and when she asked him to go he pushed her over the coffee table, bruising her back and cutting her arm. Police ref {cref}.
stalking_harassment|DA|{m} says his partner {f} constantly accuses him of cheating, checks his bank app, rings his work {n} times a day and has told his friends he is "not allowed" out. When he tried to leave she threatened to tell police he hit her. No violence. Male DA service contacted.
violence_without_injury|DA|Safe and well visit to {f} ({oldage}). Her husband of many years pushes her out of the way, has taken the phone out of the wall and locked her in the bedroom on {date} when her daughter was coming round. No injuries. Crew referred to ASC and IDVA.
violence_with_injury|DA|{f} ({yp}) lives in supported lodgings. Her mum's new partner is not allowed there, but her own mum came round on {date} and slapped and scratched her face in the hallway, drawing blood, during a row about benefits. Police ref {cref}.
"""
)

TEMPLATES_RAW.append(
    """
# --- batch 10: telegraphic shorthand, placeholders, typos, rambling notes ---
violence_with_injury|DA|IP {f} ({age}). S = ex-p {m}, DOB N/K. s47 ABH - punched x3 to face, bruising L eye + swelling. Occ {date} approx {time} at IP addr. Police att, S arrested then RUI, charge tbc. DASH H (15). MARAC ref sent. NMO app in progress via solicitor. Kids x2 not present. Tenancy sole, arrears nil.
violence_with_injury|-|V {m} {sur} ({age}). s20 GBH - punched once o/s {shop}, fell and hit head, fractured skull. S N/K, unknown male, approx 30s. Not DA, no rel. CCTV req by OIC. Ref {cref}. V in HDU. Fam = our tenants at {num} {street}.
violence_with_injury|KNIFE|s18 wounding, V {m} ({age}) stabbed x2 lower back in the alley behind {street}. S known to V as an associate (not fam, not partner). Knife recovered by police. Worries re CCE of V's younger brother noted but separate. Ref {cref}.
violence_without_injury|DA|IP {f}, S = partner {m} (cohab {yrs} yrs). Ongoing CCB (checks phone, controls money, stops her seeing fam) + 1 x common assault on {date} - pushed into the wall, no inj. Police aware ref {cref}. DASH M. IDVA allocated.
stalking_harassment|DA|CCB. IP {f}, S partner {m} (cohab). Checks phone daily, controls all £, isolated from fam + friends, tells her what to wear. Nil phys. DASH M. Not reported to police - IP declined at this time. IDVA ref done {date}.
stalking_harassment|DA,ONL|Mal comms via Snapchat + FB from ex-p {m}. 200+ msgs since split in {month}. IP blocked, he makes new accts. Threatens to share her address. Ref {cref}. IP staying at her mum's.
sexual_offences|CSA|CSE concerns. YP {f} ({teen}), dau of tenant {f2} {sur}. Seen getting into cars w/ older males (reg N/K). Missing x3 this month. Disclosed to youth worker she has had sex w/ a man called "{m}" (20s). MASH + strat mtg {date}. Police CSE team.
violence_without_injury|-|TTK. S (neighbour at no {num}, no rel) said "I'll kill you and your f***ing dog" over the fence on {date}. No weapon seen. Not DA. IP frightened, wants a move. Ref {cref}.
violence_with_injury|DA|ASC alert rec'd {date}. IP {f} {sur} ({oldage}), S = son {m} ({age}, lives w/ IP). Bruising to both arms, skin tear L forearm. IP states "he gets frustrated with me". DA - adult family member. Police informed? tbc. TSO to do joint visit with SW.
criminal_damage_arson|-|Crim dmg x2 windows at {num} {street}. S N/K. Occ overnight {date}. No CCTV. Police ref not recorded - tenant to send. Emergency glazing done.
criminal_damage_arson|-|Deliberate bin fire, {block} bin store, {inc}. No inj. Persons N/K. ARO to visit. 3rd this month. Police informed.
anti_social_behaviour|-|ASB - noise. Comp: {f} {sur}. Alleged perp: {flat} {block}. Diary sheets rec'd x{n}. Nil threats. Nil DA. Warning ltr sent {date}. Review {weeks} wks.
anti_social_behaviour|-|CT rec'd {date}. Applicant {m} {sur}, {street}. Issues: youths congregating, noise, litter, ball games. No crimes reported by applicant. Threshold met (3 reports / 6 months). CR mtg booked with police + LA.
burglary|-|Resi burglary {date}. Entry via rear window (forced). Items: laptop, jewellery, approx {amt} cash. No one home. Ref {cref}. Target hardening req - window locks.
robbery|-|Robbery - V {m} ({teen}), phone + £20 taken by group of 4, force used (pushed to floor, kicked). Minor grazes only. Occ {date} on cut through by {block}. Ref {cref}.
theft_from_person|-|TFTP - purse taken from handbag on the bus. V {f} ({oldage}). No force, didn't feel it. Ref {cref}. Bus pass replaced.
vehicle_offences|-|TFMV - catalytic converter. {car}, reg {reg}, {street}. Occ overnight {date}. Ref {cref}.
fraud_computer_misuse|-|Tenancy fraud. {flat} {block} sublet confirmed - sub-tenant paying {amt} pcm cash to tenant, who lives with partner elsewhere. IUC booked {date}. Recovery of possession to follow.
public_order|HATE|s4A POA racially agg - S shouted at V ({m} {sur}, Asian male) "you're taking our jobs, go home". No phys. Witnesses x2. Occ {date} o/s {shop}. Ref {cref}.
homicide|DA|DHR request rec'd {date}. Deceased {f} {sur} (our tenant until death). S = husband, convicted of murder. Housing records required incl ASB and repairs. Family liaison via police.
death_injury_driving|-|RTC {date} - V {m} ({age}), pedestrian, life changing injuries. Driver charged causing serious injury by dangerous driving. Not recorded: V contact no. Family asking for adapted property.
possession_of_weapons|-|PWITS? no - poss of bladed article. S {m} ({age}) stopped by police on {estate} with a kitchen knife in his jacket. No threats made. Ref {cref}. Tenant of {flat} {block}, ABC in place.
sexual_offences|DA|Rape - IP {f}, S ex-p {m}. Occ {date} at IP's addr after he came round "to see the kids". SARC att. Ref {cref}. ISVA + IDVA. DASH H.
shoplifting|-|Shop theft - {shop} (our comm. unit on the parade). S x2 N/K. Goods approx {amt}. Ref {cref}. CCTV kept.
bicycle_theft|-|Pedal cycle theft - from the rack o/s {block}. Cable lock cut. V {m} {sur}. Occ {date}. Ref {cref}.
other_theft|-|Theft of mail - UC letters and a new bank card. V {f} ({street}). S N/K. Police ref tbc. Letterbox lock requested.
misc_crimes_against_society|DA|Breach of bail - S (ex-p {m}, on bail for ABH on IP) attended IP's addr {date} contrary to conditions. Arrested. IP shaken, not harmed. DASH H.
violence_without_injury|-|Assault emerg worker (no inj) - FF pushed in the chest by the occupier at a bin fire, {inc}, {date}. Police att, S arrested.
violence_with_injury|DA|IP {f}. S = her wife {f2}. Bite mark to arm + scratches to neck. s47. Occ {date}. DASH M. Police ref {cref}. IP wants {f2} to leave the property.
stalking_harassment|-|Harassment (NOT DA - S is IP's landlord's son, no relationship). Repeated visits to IP's flat, notes under the door, texts. Ref {cref}. IP {f} {sur}.
violence_with_injury|DA,KNIFE|s18 - IP {f} ({oldage}) stabbed in the arm by S (her son, {age}) with a kitchen knife during an argument {date}. S arrested. IP in hospital. Tenancy in IP's sole name.
stalking_harassment|DA|Tenant's own words (taken by phone): "I've had enough, every single night it's the same, he comes in from the pub and starts, he calls me every name under the sun, he takes my phone so I can't ring my mum, he's took my bank card and he says if I leave he'll make sure I never see the kids again, he's never hit me but I'm scared of him, I don't know what to do". Caller {f}, partner {m}, {num} {street}. DASH M. IDVA referral.
anti_social_behaviour|-|Tenant {f} {sur} rang up very upset, said "I'm not being funny but I've lived here {yrs} years and I've never had neighbours like it, it's music, it's doors banging, it's them coming and going at all hours, they've never said a word to me mind, never threatened me or anything, it's just the noise, I can't sleep, I've got work". Advised diary sheets, ASB case opened.
violence_with_injury|-|Long running neighbour dispute {ref}. {m} {sur} says it started over the hedge, then it was the bins, then the neighbour's son kept parking across his drive, and on {date} it all came to a head when the neighbour came round and punched him in the face in front of his grandkids, he's got a black eye and a cut lip and his glasses were broken. He says "I'm {oldage}, I shouldn't have to put up with this". Not related. Police ref {cref}.
stalking_harassment|DA|Safe and well visit summary by {staff} (FRS). Tenant {f} ({age}), lives with partner {m}. Smoke alarms missing - she said he takes them down. During visit he answered all questions for her, wouldn't let her speak, and when he left the room she said quickly that he doesn't let her go out on her own, has her bank card and checks her phone. She asked us not to come back when he's in. No injuries seen. Referred to IDVA by secure email.
stalking_harassment|HATE|{f} {sur} rang the ASB line in tears, said "it's every day, they shout things at my son because he's got autism, they call him a freak and a spastic, they knock on our door and run, they've put dog mess through the letterbox twice, I've told the police loads of times". Police have now linked {n} reports as disability hate harassment, ref {cref}.
violence_with_injury|DA|IP states she was "seperated" from S ({m}) for {yrs} yrs but he recieved her new address from her sister. He att on {date} and assulted her - punched to face, swolen jaw. Police ref {cref}. DASH H. Housing to expidite transfer.
criminal_damage_arson|-|Neighbour dispute. Arson to fence panels betwen {num} and {num2} {street}, occured {date} approx {time}. Alledged perp = neighbour at {num2} (no relationship). Police ref {cref}. No injuries.
stalking_harassment|-|Harrassment by group of youths targetting tenant {m} {sur} ({oldage}) - throwing eggs at his windows, shouting abuse, following him to the shop since {month}. Police recorded as harassment, {n} incidents linked. No family or relationship involved.
violence_without_injury|-|Child neglect - CSC strategy mtg {date}. Children x3 ({kidage} and younger) found by police alone in the flat at {flat} {block}, no food, no heating. Mother arrested for child neglect. Father N/K. No DA disclosed. Tenancy support to follow up.
drug_offences|-|Cuckooing suspected at {flat} {block}. Tenant {m} ({age}) N/K whereabouts. Police warrant {date}: 2 males arrested PWITS Class A, crack and heroin recovered. Tenant found at a friend's, not harmed or threatened. Closure order tbc.
anti_social_behaviour|-|Noise app recordings x{n} from {f} re dog barking at {num} {street}. Not recorded: owner's name. Advised. No crime. Letter sent {date}.
"""
)

# === END TEMPLATES ===


def parse_templates() -> list[tuple[str, list[str], str]]:
    """Return (category, flags-in-taxonomy-order, text) for every template line."""
    out: list[tuple[str, list[str], str]] = []
    for block in TEMPLATES_RAW:
        for raw in block.strip("\n").split("\n"):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split("|", 2)
            if len(parts) != 3:
                raise SystemExit(f"bad template line: {line[:60]}")
            cat, flagspec, text = (p.strip() for p in parts)
            if cat not in CATEGORIES:
                raise SystemExit(f"unknown category {cat!r}")
            codes = [] if flagspec in ("", "-") else [c.strip() for c in flagspec.split(",")]
            flags = []
            for c in codes:
                if c not in FLAG_CODES:
                    raise SystemExit(f"unknown flag code {c!r}")
                flags.append(FLAG_CODES[c])
            if len(dict.fromkeys(flags)) != len(flags):
                raise SystemExit(f"duplicate flag in {line[:60]}")
            flags = [f for f in FLAGS if f in flags]
            for key, _idx in SLOT_RE.findall(text):
                if key not in SLOT_MAKERS:
                    raise SystemExit(f"unknown slot {key!r} in {line[:60]}")
            if "{" in SLOT_RE.sub("", text) or "}" in SLOT_RE.sub("", text):
                raise SystemExit(f"stray brace in {line[:60]}")
            out.append((cat, flags, text))
    return out


def fill(text: str, rng: random.Random) -> str:
    """Fill slots; the same slot token gets the same value, numbered twins differ."""
    values: dict[str, str] = {}
    used: dict[str, list[str]] = {}

    def repl(mo: re.Match[str]) -> str:
        token = mo.group(0)
        if token in values:
            return values[token]
        key = mo.group(1)
        taken = used.setdefault(key, [])
        for _ in range(50):
            val = SLOT_MAKERS[key](rng)
            if val not in taken:
                break
        taken.append(val)
        values[token] = val
        return val

    return SLOT_RE.sub(repl, text)


def build(templates: list[tuple[str, list[str], str]]) -> list[tuple[str, str, str]]:
    n_t = len(templates)
    base, extra = divmod(N_NOTES, n_t)
    counts = [base] * n_t
    for i in RNG.sample(range(n_t), extra):
        counts[i] += 1
    seen: dict[str, int] = {}
    notes: list[tuple[str, str, str]] = []
    for (cat, flags, text), k in zip(templates, counts, strict=True):
        for _ in range(k):
            for _attempt in range(200):
                filled = fill(text, RNG)
                if filled not in seen:
                    break
            else:
                raise SystemExit(f"could not make a unique fill for: {text[:60]}")
            seen[filled] = 1
            notes.append((filled, cat, ";".join(flags)))
    RNG.shuffle(notes)
    return notes


def main() -> None:
    templates = parse_templates()
    texts = [t for _c, _f, t in templates]
    if len(dict.fromkeys(texts)) != len(texts):
        raise SystemExit("duplicate template text")
    if len(templates) > N_NOTES:
        raise SystemExit("more templates than notes")
    notes = build(templates)
    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _t, cat, flags in notes:
        cat_counts[cat] += 1
        for f in flags.split(";") if flags else []:
            flag_counts[f] += 1
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        raise SystemExit(f"uncovered labels: {', '.join(missing)}")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["note_id", "text", "category", "flags"])
    for i, (text, cat, flags) in enumerate(notes, start=1):
        writer.writerow([f"B55-{i:04d}", text, cat, flags])
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print(f"templates: {len(templates)}")
    print(f"notes: {len(notes)}")
    for c in CATEGORIES:
        print(f"  {c}: {cat_counts[c]}")
    for f in FLAGS:
        print(f"  flag {f}: {flag_counts[f]}")


if __name__ == "__main__":
    main()
