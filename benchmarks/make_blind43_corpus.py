#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind corpus 43: synthetic victim-services referral notes (all invented).

Scenario: the referral inbox of a youth and family service in a northern English
city. Notes come from school designated safeguarding leads (DSL), youth workers,
sports coaches and club welfare officers, college welfare officers, a children's
A&E liaison nurse, and a domestic-abuse one-stop shop (IDVA notes), plus messages
typed by teenagers and parents themselves (text-speak, slang, emojis written as
words) and adults reporting abuse they suffered as children.

Every template below is hand-labelled as ``kind|category|flags|text``. Slots only
carry names, places, dates, times, amounts, references, counts and ages chosen
so that no slot can cross a threshold in TAXONOMY.md (for example, a slot for a
16-17 year old only ever yields 16 or 17). The generator writes 800 notes to
data/notes_blind43.csv next to this script and prints counts only.
"""

import csv
import random
import re
from pathlib import Path

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

FLAG_SHORT = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CSE": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}

CAT_SHORT = {
    "hom": "homicide",
    "did": "death_injury_driving",
    "vwi": "violence_with_injury",
    "vwo": "violence_without_injury",
    "sh": "stalking_harassment",
    "sex": "sexual_offences",
    "rob": "robbery",
    "burg": "burglary",
    "veh": "vehicle_offences",
    "tfp": "theft_from_person",
    "bike": "bicycle_theft",
    "shop": "shoplifting",
    "theft": "other_theft",
    "cd": "criminal_damage_arson",
    "drug": "drug_offences",
    "weap": "possession_of_weapons",
    "po": "public_order",
    "misc": "misc_crimes_against_society",
    "fraud": "fraud_computer_misuse",
    "asb": "anti_social_behaviour",
    "other": "other_crime",
}

N_NOTES = 800
OUT = Path(__file__).resolve().parent / "data" / "notes_blind43.csv"

FEMALE = [
    "Amelia",
    "Aisha",
    "Bethany",
    "Caitlin",
    "Chantelle",
    "Courtney",
    "Demi",
    "Ellie",
    "Erin",
    "Faith",
    "Georgia",
    "Hafsa",
    "Holly",
    "Imogen",
    "Jade",
    "Jasmine",
    "Kacey",
    "Kayla",
    "Keeley",
    "Lacey",
    "Leah",
    "Libby",
    "Maisie",
    "Maryam",
    "Megan",
    "Mia",
    "Molly",
    "Nadia",
    "Niamh",
    "Paige",
    "Phoebe",
    "Poppy",
    "Rhianna",
    "Ruby",
    "Sadia",
    "Shannon",
    "Sienna",
    "Skye",
    "Tia",
    "Zara",
    "Tracey",
    "Donna",
    "Joanne",
    "Michelle",
    "Kerry",
    "Lisa",
    "Amina",
    "Bernadette",
    "Gail",
    "Wendy",
]
MALE = [
    "Aaron",
    "Adam",
    "Alfie",
    "Ashton",
    "Bailey",
    "Brandon",
    "Callum",
    "Charlie",
    "Connor",
    "Corey",
    "Declan",
    "Dylan",
    "Ethan",
    "Finley",
    "Harvey",
    "Hassan",
    "Ibrahim",
    "Jack",
    "Jake",
    "Jayden",
    "Jordan",
    "Kai",
    "Kyle",
    "Leon",
    "Liam",
    "Logan",
    "Mason",
    "Mohammed",
    "Nathan",
    "Oliver",
    "Owen",
    "Reece",
    "Riley",
    "Ryan",
    "Sami",
    "Taylor",
    "Tyler",
    "Usman",
    "Zak",
    "Kieran",
    "Darren",
    "Gary",
    "Lee",
    "Wayne",
    "Shaun",
    "Tariq",
    "Craig",
    "Dean",
    "Stuart",
    "Imran",
]
SURNAMES = [
    "Ackroyd",
    "Atkinson",
    "Bairstow",
    "Barker",
    "Brearley",
    "Butterfield",
    "Crossley",
    "Dawson",
    "Fairclough",
    "Greenwood",
    "Haigh",
    "Hartley",
    "Hussain",
    "Illingworth",
    "Kaur",
    "Kershaw",
    "Lumb",
    "Mahmood",
    "Marsden",
    "Mitchell",
    "Naylor",
    "Oldroyd",
    "Pickles",
    "Rahman",
    "Ramsden",
    "Shackleton",
    "Sutcliffe",
    "Thackray",
    "Whiteley",
    "Wood",
]
STREETS = [
    "Cragg Lane",
    "Thornhill Road",
    "Moor View",
    "Beckside",
    "Low Fold",
    "Gannet Way",
    "Tanners Row",
    "Kiln Street",
    "Weaver Street",
    "Spinners Walk",
    "Hollin Terrace",
    "Ghyll Road",
    "Clough Lane",
    "Fleece Street",
    "Mill Bank",
    "Quarry Hill Rd",
    "Sowden Street",
    "Brigg Road",
    "Nab Lane",
    "Ings Road",
    "Parrock Street",
    "Shuttle Close",
]
ESTATES = [
    "Kestrel Fold",
    "Tanners Brook",
    "Gorsebank",
    "Millthorpe",
    "Cinderhill",
    "Raikes Bottom",
    "Ashgrove",
    "Nab End",
    "Brackenhill",
    "Whinfield",
    "Coldwell",
]
PARKS = [
    "Lister Fields",
    "Brackenhill rec",
    "Cinderhill park",
    "the Ings",
    "Hollins Park",
    "the canal towpath by Mill Bank",
    "the skate park on Ings Road",
    "Raikes Wood",
]
TOWNS = ["Kelderby", "Marshton", "Oxley Bridge", "Brayfield", "Wetherley", "the coast (Saltby)", "Skelby"]
SCHOOLS = [
    "Fellgate Academy",
    "St Aidan's RC High",
    "Moorside High",
    "Brackenhill Academy",
    "Kestrel Fold School",
    "Whinfield High",
    "Ashgrove Academy",
]
COLLEGES = ["Riverside College", "City Sixth Form", "Northgate College", "Tanners Brook Sixth Form"]
CLUBS = [
    "Ravensmoor Juniors FC",
    "Tanners Brook ARLFC",
    "Nab End ABC",
    "Gorsebank Swimming Club",
    "Millthorpe Harriers",
    "Cinderhill Cricket Club",
    "Whinfield Netball",
]
SHOPS = ["the mini-mart", "Bargain Bin", "Fellgate Pharmacy", "the Co-op", "SportsZone", "the garage shop", "Kwik Stop"]
BUSES = ["72", "16", "X9", "508", "31A", "245"]
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
DAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _ordinal(d):
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _date(rng):
    y = rng.choice([2024, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, MDAYS[m - 1])
    style = rng.randint(0, 6)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == 2:
        return f"{d}.{m}.{y % 100:02d}"
    if style == 3:
        return f"{_ordinal(d)} {MONTHS[m - 1]}"
    if style == 4:
        return f"{d} {MON3[m - 1]} {y}"
    if style == 5:
        return f"{rng.choice(DAYS)} {d}/{m}"
    return f"{d}/{m}/{y}"


def _dshort(rng):
    m = rng.randint(1, 12)
    d = rng.randint(1, MDAYS[m - 1])
    return rng.choice([f"{d:02d}/{m:02d}", f"{d}/{m}", f"{d}.{m}"])


def _time(rng):
    h = rng.randint(0, 23)
    mi = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 12, 48])
    style = rng.randint(0, 3)
    if style == 0:
        return f"{h:02d}:{mi:02d}"
    if style == 1:
        return f"{h:02d}{mi:02d}hrs"
    if style == 2:
        hh = h % 12 or 12
        return f"{hh}.{mi:02d}{'am' if h < 12 else 'pm'}"
    return f"approx {h:02d}{mi:02d}"


def _ref(rng):
    style = rng.randint(0, 6)
    if style == 0:
        return f"13/{rng.randint(10000, 99999)}/{rng.choice(['24', '25'])}"
    if style == 1:
        return f"CAD {rng.randint(100, 9999)} of {_dshort(rng)}"
    if style == 2:
        return f"WY-{rng.randint(1000000, 9999999)}"
    if style == 3:
        return rng.choice(["N/K", "not recorded", "tbc", "to follow"])
    if style == 4:
        return f"MASH{rng.randint(10000, 99999)}"
    if style == 5:
        return f"{rng.randint(10, 99)}{rng.choice('ABCDEFGHJK')}/{rng.randint(1000, 99999)}"
    return f"CR{rng.randint(100000, 999999)}"


def _amt(rng):
    return "£" + str(
        rng.choice(
            [
                15,
                20,
                25,
                30,
                40,
                45,
                50,
                60,
                75,
                80,
                90,
                100,
                120,
                150,
                180,
                200,
                250,
                300,
                340,
                400,
                450,
                500,
                650,
                800,
            ]
        )
    )


def _amtbig(rng):
    return "£" + f"{rng.randint(12, 95) * 100:,}"


def _initials(rng):
    letters = "ABCDEGHJKLMNPRSTWZ"
    return rng.choice(letters) + rng.choice(letters)


SLOT_RANGES = {
    "a16": (16, 17),
    "a16b": (16, 17),
    "a1213": (12, 13),
    "a1314": (13, 14),
    "a1415": (14, 15),
    "a1315": (13, 15),
    "a1315b": (13, 15),
    "a1215": (12, 15),
    "a1819": (18, 19),
    "aya": (18, 24),
    "aad": (22, 47),
    "amid": (41, 60),
    "aold": (70, 91),
    "achild": (4, 11),
    "achild2": (3, 10),
    "a1011": (9, 11),
    "ainf": (2, 10),
    "ahist": (6, 11),
    "yr": (1988, 2008),
    "yrs": (2, 9),
    "mths": (2, 11),
    "wks": (2, 6),
    "cnt": (2, 9),
    "cnt2": (3, 12),
    "many": (15, 90),
}

NAME_SLOTS = {"f1": FEMALE, "f2": FEMALE, "f3": FEMALE, "m1": MALE, "m2": MALE, "m3": MALE}

SIMPLE_SLOTS = {
    "sn": lambda r: r.choice(SURNAMES),
    "sn2": lambda r: r.choice(SURNAMES),
    "i1": _initials,
    "date": _date,
    "date2": _date,
    "dshort": _dshort,
    "time": _time,
    "time2": _time,
    "street": lambda r: r.choice(STREETS),
    "street2": lambda r: r.choice(STREETS),
    "estate": lambda r: r.choice(ESTATES),
    "park": lambda r: r.choice(PARKS),
    "town": lambda r: r.choice(TOWNS),
    "school": lambda r: r.choice(SCHOOLS),
    "college": lambda r: r.choice(COLLEGES),
    "club": lambda r: r.choice(CLUBS),
    "shop": lambda r: r.choice(SHOPS),
    "bus": lambda r: r.choice(BUSES),
    "ref": _ref,
    "amt": _amt,
    "amtbig": _amtbig,
}

SLOT_RE = re.compile(r"\{([a-z0-9]+)\}")


def fill(template, rng):
    values = {}
    used_names = []

    def repl(match):
        key = match.group(1)
        if key in values:
            return values[key]
        if key in NAME_SLOTS:
            pool = NAME_SLOTS[key]
            val = rng.choice(pool)
            while val in used_names:
                val = rng.choice(pool)
            used_names.append(val)
        elif key in SLOT_RANGES:
            lo, hi = SLOT_RANGES[key]
            val = str(rng.randint(lo, hi))
        elif key in SIMPLE_SLOTS:
            val = SIMPLE_SLOTS[key](rng)
        else:
            raise ValueError(f"unknown slot {key!r} in template: {template[:60]}")
        values[key] = val
        return val

    return SLOT_RE.sub(repl, template)


TEMPLATES = r"""
# ---------------- homicide ----------------
oss|hom|DA|Homicide referral via FLO rec'd {date}. {f1} {sn}'s mum died at the family home on {date2} - mum's partner of {yrs} yrs has been charged w/ murder + remanded. {f1} ({a16}) and her little brother now at nan's on {street}. Asking for bereaved family support + CAMHS fast track. Crime ref {ref}.
yw|hom|KN|YW session {dshort}. {m1} ({a16}) finally opened up about his mate {m2} who got stabbed outside the chippy on {street} on {date} and died at the scene. {m1} was stood next to him - "i seen the blade go in n he just dropped". Not sleeping, not eating. Talking about getting "protection", we discussed. Murder inv, 2 arrested. OIC N/K.
dsl|hom|-|DSL/CPOMS. Y11 pupil {f1} {sn}: older brother died {date} after a single punch outside a bar in town, hit his head on the kerb. Police now running it as manslaughter, a man in his 20s charged. Not a domestic - S not known to the family at all. Request bereavement support for {f1} and mum. Ref {ref}.
nurse|hom|-|Paeds ED liaison {date} {time}. Baby boy {ainf} months BIBA in cardiac arrest, not resuscitated. Injuries not consistent with the history given. Mum's boyfriend arrested on suspicion of murder. Sibs aged {achild} and {achild2} placed w/ maternal aunt {f1} {sn} under s20 (CA 1989). Referral is for the aunt + the kids. Mum reports no abuse towards herself from the bf, nil DA known.
oss|hom|DA,KN|Referral from homicide caseworker. {f1} {sn} ({aad}) was stabbed to death in her flat on {date} by her ex-husband, who'd been released from prison {wks} weeks before. Case had been heard at MARAC twice. Her daughter {f2} (19) wants advocacy + info about the DHR process. S charged w/ murder, trial date tbc.
parent|hom|-|msg thru website form: my son {m1} was killed on {date} by a lad he didnt even know, they say its mistaken identity, he was shot in the chest on {street}. 3 charged with murder. i cant function. his little sister is {a1215} and wont go to school. please someone ring me after {time}
coach|hom|-|Head coach at {club} asking for support for the U18s. Player {m1} ({a16}) died on {date} - police say he was deliberately driven at after an argument in the car park and the driver is arrested for murder. OIC was clear: not an accident, not being treated as a traffic case. Several lads saw it happen.
welf|hom|-|College welfare. Student {f1} ({aya}) found her nan ({aold}) dead at nan's house on {street} {date} - an intruder had got in and attacked her, man now charged w/ murder and burglary. {f1} was nan's main carer. Asking for homicide service + counselling. Exams coming up. Ref {ref}.
oss|hom|DA|Police referral {date}: {m1} {sn} ({aad}) killed by his boyfriend at the flat they shared, S charged with manslaughter. {m1}'s mum {f1} is the one calling us - says there were "rows" for years and he'd turned up at hers with bruises more than once. Wants support + someone to go to court with her.
dsl|hom|-|Y9 {m1}: his uncle was found dead in {park} on {date} w/ head injuries, murder inquiry opened, suspects N/K. Family were first told it was a fall. Mum asking school for help explaining it to {m1}. Uncle lived alone, no partner, no family involvement suspected.
oss|hom|DA,KN,HBA|Referral from public protection unit. {f1} ({aya}) was stabbed and killed by her brother at the parents' home {date}. Police exploring an honour motive - relatives told officers she had "brought shame" on them by moving in with her boyfriend. The boyfriend, {m1}, is asking for support. Brother charged, father also arrested.
teen|hom|KN|my cousin {m1} got stabbed last nite on {estate} n he died at the hospital, he was only {a16}. the police took my statement bc i was there when it happened. cant stop seeing it ngl. mum said to message u lot. {date}
welf|hom|-|Welfare note: {m1} ({aya}), his dad was killed in a fight at a pub on {date}; another customer charged w/ manslaughter. {m1} mentioned his mum and dad "used to go at it all the time when I was a kid" but that's years back and nothing to do with this. Needs extensions + bereavement support.
# ---------------- death / serious injury by driving ----------------
nurse|did|-|ED liaison {date}. {m1} ({a1215}) knocked off his bike on {street} by a van at {time}; witnesses say the driver was on his phone. Driver arrested for causing serious injury by careless driving. #pelvis + femur, in PICU. Mum {f1} at bedside, needs someone to talk to.
dsl|did|-|Sixth form DSL: Y12 student {f1} {sn} was killed crossing {street} on {date}. Driver was racing another car, arrested for causing death by dangerous driving. Request for support for her friendship group + her form tutor who is struggling.
parent|did|-|my daughter {f1} got hit by a car on {date} driven by some lad with no licence no insurance, shes in a coma at the General. police said itll be causing serious injury by driving while unlicensed. i dont understand any of it i just want her back
welf|did|DA|Welfare: student {f1} ({aya}) has spinal injuries after her boyfriend crashed the car on {date} - he'd been drinking, they were arguing and he was driving fast to scare her. Police charging him with causing serious injury by dangerous driving. She says he's been controlling for months, checks her phone, took her bank card. Wants an IDVA.
coach|did|-|Rugby club: {m1} ({a16}) seriously injured on {date} when a car mounted the pavement outside the ground after training. Driver failed breath test, charged w/ causing serious injury by dangerous driving. Both legs broken, long rehab.
yw|did|-|YW: {m1} ({a1315}) died {date} - back seat passenger in a car that had been taken w/o consent, it crashed on {street} during a police pursuit. Driver ({a16}) charged with aggravated vehicle taking causing death. {m1}'s sister {f1} comes to our group, asking support for her.
parent|did|-|Grandad {sn} ({aold}) was killed on the crossing on {street} on {date} by a lorry driver who went through a red, charged death by careless driving. His grandson {m1} ({a1315}) was holding his hand and saw everything. Mum asking for trauma support for {m1}.
nurse|did|-|A&E liaison: {f1} ({a16}) brought in {date} {time}, life-changing injuries, hit by a car doing wheelies on the road outside {college}. Driver has been charged with causing serious injury by dangerous driving. Family needs victim support + help w/ CICA.
# ---------------- violence with injury ----------------
parent|vwi|DA|msg from mum {date}: my son is {a16} and last night he punched me in the face bc i took his xbox controller off him, my nose is broke, the hospital said its fractured. i love him to bits but im scared of him now. this isnt the first time its happened
parent|vwi|-|Mum {f1} on the duty line: son {m1} ({a1215}) pushed her into the radiator on {date} during a row about screen time, cut to the back of her head, glued at A&E. He has ADHD + EHCP. She is frightened of him. Doesn't meet DA criteria as he's under 16 - refer to APV programme and early help.
teen|vwi|DA,ON|he grabbed me by my neck at his house on sat n it left marks, now hes spamming me on snap saying its my fault n im crazy n no one will believe me. were both {a16}. my mate said talk to u. pls dont tell my mum yet {date}
oss|vwi|DA|IDVA note {date}. {f1} ({aad}) - her girlfriend {f2} bit her on the forearm and scratched her face during an argument at their flat, injuries photographed by police. Together {yrs} yrs. DASH 15, MARAC referral done. {f1} worried services won't take it seriously "because we're two women".
oss|vwi|DA|{m1} ({aad}) walked in to the one stop shop. His ex {f1} - they split {yrs} years ago - turned up at his work on {date} and headbutted him, cut above his eye which was glued. She's also been contacting his new partner. Police ref {ref}.
welf|vwi|DA|College welfare: {f1} ({a16}) came in with bruising to both upper arms. Says her brother ({aya}) grabbed her and threw her into the wardrobe door when she wouldn't give him money. Lives with mum + brother on {estate}. Police not yet informed, she's agreed to this referral.
oss|vwi|DA|IDVA: V {f1} ({aold}). Grandson ({aya}) lives with her and pushed her down the stairs on {date}, fractured wrist. He also takes her pension. GP raised the concern. V says "he's a good lad when he's not using".
dsl|vwi|DA|DSL: Y12 student {f1} ({a16}) disclosed her stepdad slapped her across the face {date} leaving a bruise under her eye, after she came home late. Mum was in the room + didn't step in. Stepdad and mum married {yrs} yrs. MASH referral submitted.
yw|vwi|DA|YW: {m1} ({aya}) has lived with his uncle since leaving care. Says uncle hit him with a frying pan on {date}, lump + cut on his head, went to the walk-in. Uncle drinks heavy. {m1} sofa surfing now, didn't want police but agreed to this referral.
oss|vwi|DA|One stop shop triage. {f1} ({aad}) - assaulted on {date} by "the father of my little one", punched in the ribs, cracked rib confirmed on x-ray. Never lived together but on and off for {yrs} years. Handovers at the retail park. DASH high, MARAC {date2}.
oss|vwi|DA|IDVA note: V {f1} ({aad}) strangled to the point of nearly passing out by partner {m1} on {date}, petechiae + bruising to neck noted at ED, voice hoarse. DASH 19 - high. V says "he's done it before but never this long". DVPN served. MARAC listed.
oss|vwi|DA,HBA|{f1} ({aya}) referred by GP {date}. Her mother-in-law and husband beat her with a belt because she "disrespected the family" by enrolling at college without permission - welts across her back. Lives with the in-laws. Scared she'll be sent abroad. Interpreter needed, language tbc.
oss|vwi|DA|{f1} ({aad}) - sister-in-law {f2} attacked her at a family christening on {date}, pulled out a chunk of her hair + scratched her face. Long running feud since {f1}'s father-in-law died. Police ref {ref}.
yw|vwi|DA|YW: {m1} ({aya}) and his cousin {m2} both live at their nan's. Cousin broke {m1}'s finger bending it back in a row over the PlayStation on {date}. Nan wants the cousin out. {m1} didn't want police but agreed to referral.
dsl|vwi|DA|DSL note: {f1} ({a16}) Y12 - dad hit her with his belt on {date} leaving welts on the backs of her legs, photographed by school nurse. Dad says it's "discipline, my house my rules". Mum works nights. Strategy discussion requested.
dsl|vwi|-|DSL note: {m1} ({a1213}) Y8 - marks on his back and legs, says dad used the belt on him on {date} because of his report. Strategy discussion requested, s47 likely. Younger sibling ({achild}) at the primary.
oss|vwi|DA,KN|IDVA: {f1} ({aad}) - partner cut her forearm with a kitchen knife on {date} during a row about money, 5 stitches at ED. He claims she "walked into it". Police attended, S arrested, bailed w/ conditions. DASH high.
welf|vwi|DA|{m1} ({aya}) student, disclosed his ex-girlfriend threw a just-boiled kettle at him at her place on {date}; burns to chest and arm, seen at the burns unit. Embarrassed - "lads don't get battered by girls". They were together 2 yrs, split in the summer.
yw|vwi|-|YW: {m1} ({a16}) got into it with his little brother ({a1215}) on {date}, brother lashed out with a hammer, cut to {m1}'s head. Mum can't cope with either of them. No DA criteria as the brother is under 16 - family support referral.
teen|vwi|DA|me n my twin bro are 18 n he smashed my head off the door frame at home on {date}, i needed stitches. mum says its just boys being boys. its not its like every week lowkey. dont know who else to tell
yw|vwi|-|YW: {m1} ({aya}) lives in a shared house, a flatmate (no relationship, met through the landlord) punched him on {date}, split lip + chipped tooth. Not DA - flatmate only. Wants help with rehousing.
oss|vwi|-|Walk-in {date}: {f1} ({aad}) assaulted by her sister's ex-partner who blames her for the break up - he punched her outside the supermarket on {street}, black eye. She has never been in any relationship with him. Police ref {ref}.
nurse|vwi|-|Children's ED liaison: {f1} ({a1315}) seen {date} with a bruised cheek + swollen eye. Says her boyfriend ({a1315b}) hit her at {park} after he saw messages from another lad. Both under 16 so not DA - concerns re relationship abuse, school + CSC informed.
dsl|vwi|DA|DSL: {f1} (Y13, 18) - her boyfriend of {mths} months, also 18, hit her with her own phone on {date}, cut to the eyebrow. He's at the same college. She showed me snaps from him saying sorry. She wants it to stop but doesn't want him kicked out.
oss|vwi|DA|IDVA: client {f1} ({amid}) - adult son (23) threw a chair at her during a row about his drug debts on {date}, hit her leg, large haematoma + cut. She still lets him stay. Safety planning done. Ref {ref}.
oss|vwi|DA|New client {f1} ({amid}) - assaulted by her ex-husband on {date}, {yrs} years after the divorce, at their son's graduation: he shoved her down the steps, sprained ankle + grazes. "He's never let go," she says.
teen|vwi|DA|my gf (were both 17) pushed me into the glass table n i cut my head open, she kicks off if i go out without her. im a lad so nobody believes me lol not funny tho. {date}
oss|vwi|DA|IDVA: {m1} ({aad}) - husband {m2} broke his nose on {date}. Married {yrs} yrs. Previous incidents never reported. He's worried about being outed at work. DASH medium.
dsl|vwi|DA|DSL: Y12 {m1} ({a16}) came in with a black eye + cut lip. His dad (separated from mum, {m1} stays there weekends) punched him on {date} when he refused to hand over his wages from his Saturday job. {m1} doesn't want to go back at the weekend.
yw|vwi|KN|YW: {m1} ({a16}) stabbed in the thigh in {park} on {date} at {time} by a group of lads on bikes, one had a kitchen knife. Surgery, now discharged. Won't name anyone. Scared of retaliation. Police ref {ref}.
dsl|vwi|-|DSL: fight on the field {date} - {m1} ({a1314}) Y9 punched repeatedly by another pupil, fractured jaw, wired. Police involved, GBH. Parents of both informed. Not gang related according to {m1}.
dsl|vwi|HC|DSL: {f1} ({a1315}) had her hijab pulled off at the bus stop by older girls on {date}, she was scratched on the neck and they called her a "terrorist". Reported to police as religiously aggravated assault. Mum very upset.
yw|vwi|HC|LGBTQ+ youth group: {m1} ({a16}) jumped leaving group on {date}, called a "f*****" and punched, black eye + cut lip. Police report made, hate crime ref {ref}.
nurse|vwi|HC|ED liaison: {i1} ({a16}), trans young person, attacked on the {bus} bus on {date}, kicked while on the floor, broken finger, attackers were shouting about "what's in your pants" and "tranny". Reported as transphobic hate crime.
dsl|vwi|HC,ON|DSL: {m1} ({a1415}), autistic, Y10. A group of pupils beat him up behind the sports hall on {date}, bloody nose + bruised ribs; they filmed it calling him "retard" and put it on TikTok. Video since removed. Parents want police involved.
coach|vwi|-|Coach {m1} {sn} assaulted by a parent from the away side after the U14s match on {date} - punched in the side of the head, concussion. Parent banned by the league. Police ref {ref}.
coach|vwi|-|Junior referee {m1} ({a16}) punched by a spectator at {park} on {date} after a penalty decision - cut lip, loose tooth. Lad wants to quit reffing. League informed.
yw|vwi|KN|YW: {m1} ({aya}) glassed at a house party {date} - a lad he didn't know smashed a bottle and pushed the broken end into his cheek, 12 stitches. Scarring likely.
nurse|vwi|-|ED: {f1} ({a16}) had an unknown liquid thrown in her face by a lad on a moped outside {college} on {date} - superficial burns to cheek and neck, eyes irrigated. Police treating as serious assault. Stranger, no known motive.
dsl|vwi|-|Staff referral. Teacher {f1} {sn} assaulted by a Y11 pupil in the corridor on {date}, shoved into a fire door, dislocated shoulder. Pupil excluded. She would like victim support.
nurse|vwi|-|Staff incident {date} {time}: father of a child patient headbutted a nurse in paeds ED, broken nose. Police attended, arrested for assault on an emergency worker.
yw|vwi|MS|YW: {m1} ({a1315}) turned up at drop-in with two black eyes + a swollen wrist. Says older lads from {town} beat him for "losing" a package and he now owes them {amt} and has to keep running for them to pay it off. NRM discussed. CCE.
yw|vwi|MS,KN|County lines: {m1} ({a1315}) found by police in a flat in {town} on {date}, cut to his hand - says a man slashed him with a knife as a warning when he tried to come home. Missing {cnt} days. Made to sell. NRM submitted.
welf|vwi|-|Student {m1} ({aya}) punched by a stranger in the taxi queue {date} {time}, fractured eye socket, surgery booked. No words were exchanged. CCTV being reviewed.
yw|vwi|-|YW: {m1} ({a16}) attacked by a group with baseball bats on {estate} on {date}, broken arm. No blades involved, he was clear on that. Thinks it's postcode beef.
adult|vwi|-|Adult survivor {f1} ({amid}) wants to report that her mum beat her with a belt and a wooden spoon all through childhood, from about age {ahist} until she was 12; still has scars on her back. Mum still alive. Wants advocacy to report. Physical only, nothing sexual.
dsl|vwi|DA,HBA|DSL (sixth form): {f1} ({a16}) came in with bruising and a cut lip - her older brother hit her on {date} because someone saw her with a boy in town and said she'd "shamed the family". Fears her parents will take her abroad over summer. Forced Marriage Unit consulted.
nurse|vwi|HBA|School nurse: {f1} ({a1215}) disclosed she was "cut" on a family trip abroad {yrs} years ago and now has pain + recurrent infections. FGM mandatory reporting done, police informed. Younger sister ({achild}) is due to travel this summer.
welf|vwi|HBA|College welfare: {f1} ({aya}) disclosed she underwent FGM at age {achild}, before the family came to the UK. Wants specialist health referral and is thinking about reporting. No current risk to others identified.
oss|vwi|-|Walk-in: {f1} ({aad}) punched by a stranger on {street} on {date}, broken nose. She mentioned her mum was in a DA relationship when she was little and she's "had enough of men" - historic, her mum's, not linked to this. No current partner.
dsl|vwi|-|Y10 {m1}'s dad ({amid}) was hit over the head with a metal bar by a neighbour in a row over parking on {date}, head wound. Nil DA - neighbour no relation. {m1} saw it, upset in school.
yw|vwi|-|YW: {f1} ({a16}) jumped by girls from another school outside the chippy on {date}, hair pulled out, kicked in the face, two chipped teeth. They filmed it on a phone but as far as she knows it hasn't been posted anywhere.
coach|vwi|-|Boxing coach: {m1} ({a16}) turned up to training with cracked ribs - said some older lads jumped him at the bus station on {date}. He didn't want police. Coach encouraged this referral, ref N/K.
nurse|vwi|-|ED: {m1} ({aya}), learning disability, bruising to both wrists and upper arms - a paid support worker at his supported living grabbed and dragged him on {date}. Worker suspended. Not a family member, nil DA. Adult safeguarding referral made.
nurse|vwi|HC|ED: {m1} ({aya}), wheelchair user, tipped out of his chair by a group on {street} on {date} who were mocking his disability, calling him a "cripple". Fractured wrist.
yw|vwi|KN|YW note {dshort}: {m1} ({a1315}) slashed across the back with a blade walking home from {school} on {date}, 8 stitches. Attackers in balaclavas. Mum wants a move.
welf|vwi|HC|College: {m1} ({aya}), Black student, racially abused and punched by two men outside a pub on {date} - cut lip and concussion, they were shouting racial slurs at him throughout. Police ref {ref}.
dsl|vwi|DA,ON|Y12 {f1} ({a16}) says her boyfriend {m1} ({a1819}) dragged her out of his car by her hair on {date}, grazed knees and a clump of hair missing. Together {mths} months. He also tracks her on Snap Map and kicks off if she goes on ghost mode. Parents don't know.
oss|vwi|DA|Wrap-around: client ({amid}) attacked by her daughter ({aya}) with a hairbrush on {date}, bruising to face + a cut. Daughter has MH issues. Client won't support a prosecution - "she's still my girl". Ref {ref}.
oss|vwi|DA|Male V {m1} ({aad}) - his wife kicked him in the groin and scratched his neck on {date}, scratches photographed by police. Kids were present. He was arrested himself last year after she made allegations, so he's scared to ring 999.
teen|vwi|DA,KN|ngl my step brother (19) pulled a knife on me in the kitchen n cut my hand when i grabbed it off him, im 17. mum took his side. im at my mates now. {date} pls help idk what to do
dsl|vwi|-|Primary DSL: {m1} ({achild}) came in with fingertip bruising on his upper arm, says mum's friend grabbed him hard on {date}. s47 strategy. Mum's friend does not live there.
oss|vwi|DA|{f1} ({aad}) rang from a friend's: her fella, who she's been with since {college} days, smashed her head against the wall on {date} - lump, headache, vomiting, advised ED. Won't go to the police herself yet. Kids at her mum's. Worried he'll find her. DASH tbc.
idva|vwi|DA|IDVA notes {date}. Client {f1} ({aad}), on/off relationship with {m1} for {yrs} yrs, 2 children. {date2} - he punched her in the mouth in front of the kids, split lip needing steri strips; this follows a pattern of jealousy + checking her phone. DASH 17, MARAC referral, Clare's Law disclosure requested.
teen|vwi|DA|my mum's 19 yr old boyfriend?? no sorry - its my cousin hes 19 n i'm 17 n he lives with us, he punched me in the stomach n i was sick n my ribs are bruised. {date} i dont want my auntie to get in trouble
dsl|vwi|-|DSL: {f1} ({a1314}) Y9 says a girl from Y11 slammed her head into a locker on {date}, cut needing glue. No relationship between them, dispute over a boy. Police SSO informed.
nurse|vwi|-|ED liaison: {m1} ({a1415}) brought in after being bitten on the arm + punched by a man on {street} who accused him of knocking on his door. Wound needed washout. Stranger. Mum wants to report.
idva|vwi|DA|{f1} ({aya}) - told the IDVA about her ex-partner (they were together at {college}, split {mths} months ago): he waited outside her work on {date} and punched her in the face when she wouldn't get in his car, cheekbone fracture. Police ref {ref}.
# ---------------- violence without injury ----------------
oss|vwo|DA|IDVA: {f1} ({aad}) - ex-partner {m1} stood on her doorstep on {date} and said "I'll kill you and I'll happily do the time". She believes him. He came out of prison {mths} months ago. No physical contact. DASH high, MARAC {date2}.
oss|vwo|DA,KN|{f1} ({aad}) - partner held a kitchen knife to her throat on {date} and said he'd kill her if she left; no physical injury. Kids asleep upstairs. Police attended. Refuge search underway.
parent|vwo|DA|msg: my ex rang me at 2am {date} n said hes coming round with a knife to finish me off. i was at my mums, he wasnt anywhere near. police have it as threats to kill. we've got a kid together, split {yrs} yrs ago. can someone call me
teen|vwo|DA,ON|my ex (were both {a16}) sent me a voice note on snap saying hell kill me if i get with anyone else. i actually believe him hes not right in the head. screenshotted it. {date}
parent|vwo|DA|Mum {f1} on duty line: son {m1} ({a16}) shoved her against the fridge on {date} when she said no to money, no injuries. Third time this month. He also smashes things. Asking for APV support.
parent|vwo|-|Dad {m1} called {date}: daughter ({a1215}) spat at him and slapped him, no injuries. He said "it's not a domestic, she's a kid" - school suggested the APV programme. Wants parenting support.
dsl|vwo|-|DSL: {m1} ({achild}) and sister ({achild2}) repeatedly left home alone overnight while mum works, no food in the house. {m1} came in hungry and in the same clothes {cnt} days running. Neglect - strategy discussion. No DA disclosed.
dsl|vwo|-|DSL: dad collected {f1} ({a1011}) from school on {date} without mum's agreement and hasn't brought her back, phone off, possibly heading for the airport. Police informed - child abduction. Parents separated amicably {yrs} yrs ago, no DA history either way.
dsl|vwo|-|DSL: a man in a silver car tried to get {f1} ({a1011}) to get in on her way to school {date} {time}, said "your mum sent me". She ran into the newsagents. Police informed, attempted abduction.
yw|vwo|MS|YW/NRM: {f1} ({a16}) brought to the UK by an "auntie" who isn't family, made to work {cnt} days a week in a nail bar unpaid, passport held by the boss, not allowed out alone. NRM submitted, placed in foster care.
yw|vwo|MS|County lines: {m1} ({a1315}) missing {cnt} days, found by police in a trap house in {town} with {cnt2} wraps on him. Says older lads drove him there and said they'd hurt his mum if he left. No injuries. NRM + CCE strategy.
yw|vwo|MS|Cuckooing: {m1} ({aya}), learning disability, his flat on {estate} taken over by dealers - they sleep there, make him hold gear and won't give him his key back. Frightened, not hurt. Adult safeguarding + NRM.
welf|vwo|MS|College welfare: {m1} ({aya}) working at a car wash 7 days a week for "board" only, sleeps in a room above it with {cnt} others, the boss keeps his ID. Says he owes for "the journey". Referred to MS helpline.
oss|vwo|DA,HBA|{f1} ({a16}) - parents told her she'll be married to a cousin abroad this summer; dad said he'd kill her if she refused or "shamed" them. No injuries. FMU contacted. She wants to finish college.
nurse|vwo|-|Paramedic spat at by a patient's father outside paeds ED {date} {time}, no injury. Police dealing as assault on an emergency worker. Staff support referral.
dsl|vwo|HC|DSL: {f1} ({a1315}) pushed off the pavement by a man on {street} on {date} who was shouting racist abuse at her and her mum. No injury. Police ref {ref}.
welf|vwo|HC|College: {f1} ({aya}), Muslim student, had her headscarf grabbed by a woman on the tram on {date} who said "take that off in this country". No injury. Very shaken.
yw|vwo|HC|YW: {m1} ({aya}) uses a wheelchair - pushed down the slope by the precinct by lads shouting "spaz" on {date}, he managed to stop, no injury. Reported as disability hate.
coach|vwo|-|Parent complaint {date}: coach {m2} shoved {m1} ({a1315}) in the chest at training after a mistake. No injury. Club welfare officer aware, coach suspended pending.
oss|vwo|DA|{f1} ({aold}) - grandson {m1} ({aya}) shoved her back into her chair when she wouldn't lend him money, no injuries. He moved in with her after his mum kicked him out. She doesn't want him arrested.
idva|vwo|DA|IDVA: {f1} ({aad}) - ex {m1}, split {yrs} years ago, grabbed her arm and hissed "you're dead" at their son's football match on {date} in front of other parents. No marks. She believes him. Police ref {ref}. Previous NMO expired.
oss|vwo|DA|{f1} ({aya}) - her girlfriend slapped her at a party {date}, no marks, then wouldn't let her leave the flat for 2 hours afterwards. Together {mths} months. Says it's the first time.
yw|vwo|KN|YW: man came to {f1}'s door on {date} with a machete looking for her brother over money, waved it at her and said he'd kill them both. No injury. Brother wasn't in. Family terrified.
dsl|vwo|-|DSL: a stranger on the bus threw a drink over {f1} ({a1315}) and her friends on {date}, no injury. Driver did nothing. Reported as common assault.
dsl|vwo|-|DSL: {f1} ({a1215}) - neglect concerns: head lice untreated for months, rotten teeth, missed {cnt} dental appointments, both parents drinking. Strategy mtg {date}. Nil DA between parents known.
parent|vwo|-|Dad reports {date}: his ex's new partner locked his son ({achild}) in the box room for hours as a punishment, no injuries. Police + CSC aware.
teen|vwo|DA|my bf is 18 im 16 n he pinned me against the wall n wouldnt let me go for ages bc i wanted to go home. didnt hurt me just scared me. he does it a lot. dont want police {date}
teen|vwo|-|my bf (hes 15 im 14) pushed me over at school n laughed, no marks or anything. hes jealous bc i talk to other boys. miss said i should tell u {date}
welf|vwo|MS|Student {f1} ({a1819}) disclosed she came to the UK as a "domestic worker" for a family - 15 hr days, no pay, not allowed out, they kept her passport. Escaped {mths} months ago. Not related to the family. Wants support + NRM advice.
dsl|vwo|-|DSL: Y10 {m1} ({a1415}) threatened by an older pupil {date}: "I'll kill you after school" in front of the class. {m1} believed it, stayed off {cnt} days. No weapon seen. PCSO informed.
oss|vwo|DA|Threats to kill: {m1} ({aad}) says his brother-in-law phoned him on {date} and said he'd kill him over their late father-in-law's house. Phone call only. He believes it. Ref {ref}.
idva|vwo|DA|IDVA update {date}. {f1} ({aad}) - her ex from {yrs} years back turned up at her new job and whispered "I know where you live now, you won't see Christmas". No physical contact. Police treating as TTK.
oss|vwo|-|Walk-in: {f1} ({aad}) threatened with a hammer by a neighbour over bins on {date} - said he'd kill her. Not DA, no relationship at all. She believed it. No injury.
nurse|vwo|-|ED liaison {date} {time}: {m1} ({achild}) brought in by police after being found wandering on {street} in his pyjamas, parents asleep under the influence. Neglect referral. No injuries found.
dsl|vwo|-|DSL: {f1} ({a1215}) says her mum threatened to "put her in the ground" during a row on {date}, nothing physical. {f1} scared. Mum has MH issues. Not DA (child under 16) - CSC referral.
yw|vwo|KN|YW: {m1} ({a16}) cornered in the underpass by two lads on {date}, one flashed a knife from his waistband and said "you're getting wet next time". No injury, nothing taken. He believed it.
welf|vwo|DA|College welfare: {m1} ({a1819}) - his mum hit him with a slipper and pushed him out of the house on {date}, no injuries, he's sofa surfing. Mum says he's "disrespectful". Housing options referral.
oss|vwo|DA,KN|{f1} ({amid}) says her son ({aya}) waved a knife at her in the kitchen on {date} and said he'd kill her if she called the police. She didn't. No injury. He smokes spice.
yw|vwo|MS|YW: {f1} ({a1315}) - missing episodes, found in {town} twice. Says she has to "do jobs" carrying bags for a man who gave her a phone, he says he'll hurt her little brother if she stops. Nothing sexual per her account. CCE + NRM.
parent|vwo|-|mum writes: some man at {park} grabbed my lad ({a1011}) by the collar n shook him bc he kicked a ball near his dog, no marks but hes terrified to go out now {date}
yw|vwo|HC|Two lads ({a16} and {a16b}) holding hands in town on {date} were shoved and spat at by a man shouting homophobic abuse. No injuries. Both want support. They are a couple - the assault was by the stranger.
oss|vwo|DA|{f1} ({aad}) - ex-husband put a letter through her door on {date} saying he'll kill her if she goes ahead with the court case. Divorced {yrs} yrs ago. Handwritten, no other contact.
yw|vwo|-|YW: {m1} ({a16}) in supported accommodation - another resident (no relation) threatened to kill him on {date}, he believes it. No weapon seen. Staff aware. Not DA.
teen|vwo|ON|some guy on discord keeps saying hes gonna find my address n kill me bc i beat him in a game. he posted the name of my town. im {a1315}. idk if its real but im scared fr {date}
dsl|vwo|-|DSL: Y7 {m1} disclosed on {date} that his parents make him sleep in the garden shed as a punishment. No injuries seen. s47.
oss|vwo|DA,HBA|{m1} ({aya}) - family arranging his marriage to a woman abroad, he has refused; uncle told him on {date} he'd be "finished" and dad said they'd kill him before letting him dishonour the family. No injury. FMU. Needs emergency accommodation.
oss|vwo|DA,HBA|{f1} ({a16}) - uncle said he'll kill her if she doesn't end it with her boyfriend who is "from the wrong community"; family say she's damaging their izzat. No injuries. DSL + FMU.
# ---------------- stalking and harassment ----------------
teen|sh|DA,ON|my bf (17) makes me keep snap map on 24/7 n if i go ghost he rings me like 40 times n says im cheating. he goes thru my phone every day n made me delete all my lad mates. im 16. is that normal?? {date}
oss|sh|DA|IDVA: {f1} ({aad}) - ex {m1} following her to work, sat outside her house in his van {cnt} nights last week, turned up at her mum's. Split {mths} months ago. Stalking advocate referral. DASH high.
oss|sh|DA|{f1} ({aad}) getting {many} text messages a day from her ex-husband - divorced {yrs} yrs ago - mostly abusive, some begging. Texts only, no social media involved. Police ref {ref}.
oss|sh|DA|Economic abuse: {f1} ({aad}) - husband takes her wages, gives her a £20 a week "allowance", checks every receipt, won't let her have a bank card in her own name. Been like this for years. No physical. DASH medium. CCB.
oss|sh|DA|{f1} ({amid}) - her son ({aya}) controls her money, took over her bank account, decides who can visit; she can't have friends round. She says she's "a prisoner in my own house". CCB.
oss|sh|DA,ON|{f1} ({aad}) - girlfriend {f2} logs in to her Instagram and WhatsApp to read her messages, has her location shared, turns up wherever she is. Together {yrs} yrs. Cut off from her family. DASH 12.
dsl|sh|ON|DSL: {f1} ({a1314}) being sent abusive messages in a Y9 WhatsApp group chat - called ugly, told to kill herself, {many} messages over the weekend of {date}. Parents have screenshots. Police + behaviour team.
yw|sh|HC,ON|YW (LGBTQ+ group): {m1} ({a16}) getting homophobic comments on his TikTok from lads at his college - "f*g", "hope you die" - for {wks} weeks. Reported to the platform. Police ref {ref}.
parent|sh|HC|Family repeatedly targeted by a neighbour - notes through the door saying "go back where you came from", shouting at the kids every day for {wks} wks. Mum {f1} asking for support for the children.
dsl|sh|ON|Teacher {f1} {sn} receiving abusive emails from an anonymous address since she reported a pupil's behaviour, {cnt} emails since {date}. IT trying to trace. Malicious comms.
yw|sh|-|YW: a former service user (now {aya}) keeps turning up at youth worker {f1}'s bus stop and her gym, {cnt} times in 2 weeks. Not known to each other outside work. Stalking.
dsl|sh|ON|DSL: fake Instagram account set up in {f1}'s name ({a1315}) posting edited pictures of her with nasty captions, pupils from another school suspected. Reported to platform {date}.
dsl|sh|ON|DSL: {f1} ({a1415}) - her boyfriend ({a1415}) checks her phone, makes her send him where she is on Snap, messages 100s of times if she goes out. Both Y10, both under 16 so not DA. Healthy relationships work.
coach|sh|ON|Coach {m1} {sn} getting abusive WhatsApp messages from a parent unhappy about team selection - {many} msgs since {date}, incl. calling him a "nonce". Club involved.
oss|sh|DA|{f1} ({aad}) - her baby's dad sends abusive texts and rings from withheld numbers {cnt} times a day since she got a new boyfriend. They were together {yrs} yrs. Texts and calls only.
oss|sh|DA|{m1} ({aad}) - his brother-in-law keeps ringing him at work, leaving voicemails calling him a "waste of space" and waiting outside, ever since {m1} separated from his sister. Harassment. Ref {ref}.
welf|sh|-|College: {f1} ({aya}) followed from the bus stop to college by the same man {cnt} days this week, he stood outside the library watching. She has no idea who he is.
oss|sh|DA|CCB referral (DASH high, MARAC {date}): {f1} ({aad}) not allowed to see friends, husband monitors her calls, took her car keys, tells her she's mad, threatens to take the kids. Married {yrs} yrs.
yw|sh|-|YW: {f1} ({a16}) harassed by her friend's ex-boyfriend - he blames her for the split, shouts at her at the bus stop, sends texts. She has never been with him. Not DA.
welf|sh|-|Flatmate harassment: {f1} ({aya}) - flatmate (no relationship) leaves notes, reads her post, bangs on her door at night. University accommodation. Not DA.
teen|sh|DA,ON|my ex from college (we went out in first year, hes 18 now) keeps making new insta accounts to message me after i blocked him like {cnt} times. saying hes gonna turn up at my work. {date}
parent|sh|-|Mum: a man from the market keeps waiting for my daughter ({a1315}) outside school and saying hi to her, shes scared. no messages, nothing sexual said. school + police know. {date}
oss|sh|DA|{f1} ({aya}) - boyfriend won't let her go to college, tells her what to wear, makes her hand over her student loan, says no one else would want her. Together {mths} months. CCB.
dsl|sh|DA|DSL sixth form: {m1} ({a16}) - his girlfriend ({a16b}) threatens to self-harm if he sees his mates, texts him constantly, turned up at his nan's. He's exhausted. CCB concerns.
oss|sh|DA|{f1} ({aold}) - granddaughter ({aya}) rings her constantly demanding money, turns up drunk and shouts abuse through the letterbox. Nan frightened. Ref {ref}.
dsl|sh|HC,ON|DSL: {f1} ({a1315}), Jewish pupil - antisemitic messages posted in a Snapchat group by classmates, swastika images, {cnt} days running from {date}. Police ref {ref}.
welf|sh|HC,ON|College: {i1} ({aya}), trans student, deadnamed and abused on a college Discord server repeatedly, "it" posts. Harassment + hate. Reported {date}.
yw|sh|-|YW: {m1} ({a16}) - lads from another estate keep shouting at him and following him on bikes, he won't leave the house now. No social media element. Harassment.
oss|sh|DA|{f1} ({aad}) - ex-partner keeps driving past the house, left flowers on her car with a note saying "I'll always find you". She's moved {cnt} times. Split {yrs} years ago. Stalking clinic.
nurse|sh|DA|ED liaison: mum of inpatient ({achild}) disclosed her partner controls all the money - she had to ask him for bus fare to bring the child in - monitors her phone, won't let her speak to staff alone. CCB. IDVA referral.
idva|sh|DA|IDVA: {m1} ({aad}) - wife controls the finances, takes his wages, has stopped him seeing his family, criticises him constantly, took his phone off him. Male victim of CCB. DASH 10.
parent|sh|ON|dad: someone keeps messaging my daughter on insta calling her fat n telling her to kill herself, from loads of diff accounts. shes {a1315}. school says they cant do anything bc its out of school {date}
dsl|sh|-|Harassment of staff: mum of a Y8 pupil has turned up at the school office {cnt} times this week shouting at staff and waits for the DSL in the car park. No threats of violence. Ref {ref}.
welf|sh|ON|Student {m1} ({aya}) - ex-friend posting his personal details and lies about him on Reddit and X, saying he's a thief. Malicious comms. Not DA, they were never a couple.
oss|sh|DA|{f1} ({aad}) - ex {f2} posts letters through her door, waits at the school gates, follows her round the supermarket. Together {yrs} yrs, split {mths} months ago.
teen|sh|DA|im 17 n my dad wont let me leave the house without telling him exactly where, takes my wages off my job, reads my texts, says im useless. is that abuse?? {date}
teen|sh|-|this girl in my year keeps following me round school n saying stuff to me, shes 14 same as me. nothings online its all in school. miss said its harassment? {date}
coach|sh|-|Netball coach {f1} {sn} being followed by an ex-player's dad - shows up at training, films her, followed her car home on {date}. Stalking. Police ref {ref}.
oss|sh|DA,ON|{f1} ({aad}) - ex-partner emails her work and rings her manager to say she's a bad mum, also emails her directly {cnt} times a day. Split {mths} months.
dsl|sh|DA,ON|Y12 {f1} ({a16}) - ex-boyfriend ({a1819}) commenting on all her posts, messaging her mates, made a TikTok about her, since she ended it {wks} wks ago. She's scared to come to college.
oss|sh|DA|{f1} ({aya}) lives with her uncle since her mum died - he controls her benefit payments and her phone, she has to ask to leave the house. CCB.
welf|sh|-|Student {f1} ({aya}) getting withheld calls, {cnt} a day. She wondered if it might be her ex but he lives abroad and they're on good terms - nothing points to him. Not treated as DA.
dsl|sh|ON|DSL: Y11 boys set up a "rate the girls" Instagram page with pupils' photos and nasty comments about their looks. {cnt} girls affected incl. {f1}. No sexual images involved. Harassment.
oss|sh|DA|{f1} ({aad}) - partner has put cameras in every room, checks the recordings every night, asks why she moved the sofa. Won't let her see her sister. Together {yrs} yrs.
yw|sh|ON|{f1} ({a16}) - a man she met on a gaming site keeps messaging her after she blocked him, found her on other apps. Nothing sexual, he just won't stop. {date}
oss|sh|DA,HBA|{f1} ({aya}) - her brothers follow her to college and back to make sure she doesn't speak to boys, dad checks her phone, they say she'll "bring shame" on the family. CCB + honour concerns.
parent|sh|DA|i need help my husband is checking the mileage on the car, ringing my work to see if im there, says i cant see my sister bc shes a bad influence, i have to send him a photo of where i am. been married {yrs} yrs. {date}
teen|sh|DA|my mum keeps ringing n texting me nonstop (im 17) calling me a slag n saying she'll put me out on the street, n she turned up at my gfs house screaming for me. its my mum tho idk if this counts. {date}
idva|sh|DA|IDVA: {f1} ({aad}) - ex-partner of {yrs} yrs ago, recently out of prison, has been seen on her street {cnt} times, sends letters via her mum. Stalking - S2A/S4A. DASH high.
oss|sh|-|Not DA - {f1} ({aad}) being harassed by her ex's new partner (they've never been in a relationship with each other), shouting at her at the school gates and in the street. Texts too.
welf|sh|-|College welfare: a lecturer is being stalked by a former student (no personal relationship), turning up at her home address {date} and {date2}. Police aware, ref {ref}.
# ---------------- sexual offences ----------------
dsl|sex|ON,CSE|DSL: {f1} ({a1215}) was added on Snapchat by someone saying he was 15; he sent sexual messages and asked for pics, she sent {cnt}. Turns out to be an adult. Police + CEOP report {date}.
teen|sex|ON,CSE|some account on insta got me to send pics n now they want money or theyll send them to all my followers. im {a16}. i paid {amt} already n they want more. im literally gonna die pls help {date}
parent|sex|ON,CSE|Dad: son {m1} ({a1315}) was tricked by a "girl" on Instagram into sending a naked video, now being told to pay {amt} or it goes to everyone at his school. He told us {date}. Police informed, ref {ref}.
yw|sex|CSE|YW: {f1} ({a1315}) being picked up by older men in cars on {estate}, given vodka and weed, taken to a flat; comes back with a new phone + clothes. Disclosed sex with "one of them". CSE referral to MASH.
yw|sex|CSE,MS|{f1} ({a16}) found by police in a hotel in {town} on {date}, had been moved between cities and made to have sex with men for money by an older man who controls her. NRM + CSE strategy. Trafficking.
dsl|sex|DA,CSE|DSL: {f1} ({a16}) disclosed her boyfriend {m1} ({a1819}) raped her at his house on {date} after she said no. Together {mths} months. ISVA + SARC offered. Parents informed with her consent.
teen|sex|DA,CSE|me n my bf are both 16 n he made me do stuff i didnt want to at his party n i kept saying no. now hes telling everyone im a liar. idk if it counts as rape bc were together {date}
dsl|sex|CSE|DSL: {f1} ({a1415}) Y10 - her boyfriend (15) pressured her into sex, she says she didn't want to. Both under 16 - not DA. Sexual offence + CSE concerns. Ref {ref}.
dsl|sex|CSE|DSL: {f1} ({a1315}) is "seeing" a 19 year old man she met at the bus station; he picks her up from school. Sexual activity disclosed. She's under 16 so no DA whatever she calls it. CSE strategy {date}.
welf|sex|CSE|College: {f1} ({a16}) sexually assaulted at a house party on {date} by a lad she didn't know, groped under her clothes while she was drunk. Police ref {ref}. ISVA.
dsl|sex|CSE|DSL: upskirting - a Y10 boy filmed up {f1}'s ({a1415}) skirt on the stairs {date}, the video was shown round in person on his phone. Phone seized. Police.
dsl|sex|CSE|Man exposed himself to a group of Y8 girls at the bus stop on {street} on {date} at {time}. Police aware. {cnt} girls involved incl. {f1}.
coach|sex|CSE|Club welfare officer: {f1} ({a1315}) disclosed coach {m1} touched her breasts and bottom during stretching sessions over {mths} months. Coach suspended. LADO + police.
coach|sex|CSE|Swim club {date}: coach {m2} ({aad}) in a sexual relationship with {f1} (17) who trains at the club - abuse of position of trust. LADO referral.
adult|sex|CSE|Adult survivor {f1} ({amid}) wants to report that her uncle sexually abused her from about age {ahist} until she was 11 at her grandparents' house. Uncle still alive. ISVA requested. Ref {ref}.
adult|sex|CSE|{m1} ({amid}) disclosed to his daughter's school DSL that he was sexually abused by his football coach when he was {a1215}. Coach might still be coaching. Wants to report {date}.
adult|sex|CSE|{f1} ({aad}) was sexually abused by a member of staff at a children's home when she was {a1215}. Police operation ongoing. Wants ISVA support. Ref {ref}.
dsl|sex|DA,CSE|DSL: {f1} ({a16}) disclosed her dad has been coming into her room at night and touching her, most recently {date}. Mum unaware. Immediate strategy discussion, police.
teen|sex|DA,CSE|my step brother is 19 n he came in my room when mum was at work n forced himself on me. im 16. i told my mate n she told miss. {date}
oss|sex|DA|IDVA: {f1} ({aad}) - partner rapes her when he's been drinking, most recent {date}; she says "it's just how it is". DASH high, MARAC. ISVA referral as well.
oss|sex|DA|{f1} ({aad}) - ex-partner raped her at the child handover on {date}, {yrs} years after they separated. Reported, SARC attended. Wants IDVA + ISVA.
oss|sex|DA|{f1} ({aad}) - her (female) partner pushed her onto the bed and sexually assaulted her despite her saying no on {date}. Together {yrs} yrs. Ref {ref}.
welf|sex|-|College: {f1} ({aya}) raped by a stranger walking home from a night out on {date}, dragged into an alleyway off {street}. Reported, SARC. He was not known to her.
welf|sex|-|Student {f1} ({aya}) thinks her drink was spiked at a club in town on {date}, woke up in a stranger's flat, sexual assault suspected. Toxicology pending.
oss|sex|ON|{f1} ({aad}) receiving unsolicited pictures of a man's genitals on WhatsApp from an unknown number since she sold a pram on Marketplace {date}. Cyberflashing.
welf|sex|-|Voyeurism: student {f1} ({aya}) found a hidden camera in the bathroom of her shared house, the landlord's nephew (no relationship to her) fitted it. Police seized devices {date}.
welf|sex|-|Student {f1} ({aya}) groped on the {bus} bus by an older man on {date} at {time}. Driver put him off. Reported.
yw|sex|-|YW: {m1} ({aya}) - at a house party on {date} a woman he'd only just met touched him sexually while he was asleep on the sofa. He's confused whether it "counts". Sexual assault.
adult|sex|CSE|{f1} ({aad}) - historic abuse by a youth leader at a church youth club when she was {a1215}. Diocese safeguarding aware. Wants to give a statement {date}.
yw|sex|HC|YW: {m1} ({aya}) sexually assaulted by two men who were shouting homophobic abuse at him after he left a gay bar on {date}. Reported as a hate crime. ISVA.
oss|sex|DA,HBA|{f1} ({aya}) - married abroad last year against her will, husband rapes her, in-laws say she must obey him. Forced marriage. FMU involved. Ref {ref}.
dsl|sex|ON,CSE|DSL: {m1} ({a1215}) contacted on Discord by an adult who sent him porn and asked him to video call naked. He did on {cnt} occasions. CEOP report {date}.
teen|sex|ON,CSE|this guy i met on roblox ages ago moved to snap n keeps sending me rank stuff n asking for pics of me. im {a1215}. i sent 1. now he wants to meet {date}
oss|sex|KN|{f1} ({aad}) raped at knifepoint by a man who followed her into her block of flats on {date}. Stranger. SARC. Police ref {ref}.
oss|sex|MS|{f1} ({aya}) - brought to the UK with the promise of a job, forced into sex work in flats around {estate}, debt bondage, passport taken. NRM positive reasonable grounds.
dsl|sex|CSE|DSL: {f1} ({a1215}) disclosed her mum's boyfriend touched her inappropriately on {date}. Mum doesn't believe her. Not DA as she is under 16 - CSA. Strategy.
yw|sex|CSE|{m1} ({a1315}) - older lads at the skate park made him perform sex acts as an "initiation", threatened him if he told. CSE + CCE concerns. {date}
teen|sex|CSE|at a party {date} a lad in yr 13 put his hand up my skirt n wouldnt stop, im 15. everyone saw. i didnt report it bc hes popular
welf|sex|-|College: {f1} ({aya}) says her tutor kissed her and touched her breast in his office on {date} without consent. HR + police. Ref {ref}.
oss|sex|DA|{m1} ({aad}) - wife forces him into sex when he doesn't want to, threatens to take the kids if he refuses. Male V. DASH medium. {date}
nurse|sex|CSE|ED liaison: {f1} ({a1315}) attended {date} with her friend after being raped at a party, paediatric SARC arranged. Suspect ({a16}) known to her from school, not a boyfriend.
dsl|sex|CSE|DSL: Y12 {f1} ({a16}) - sexual touching by a supply teacher during detention on {date}. LADO + police.
adult|sex|DA|{f1} ({amid}) wants to report that her ex-husband raped her repeatedly during their marriage. Divorced {yrs} yrs. Police taking a statement {date}.
welf|sex|-|Student {f1} ({aya}) - sexual assault by a man she met at a festival on {date}. Not a partner - she's clear she'd only met him that day. No DA.
dsl|sex|CSE|Primary DSL: {f1} ({achild}) disclosed her brother ({a1315}) made her do sexual things. Both under 16 - no DA. Strategy {date}.
adult|sex|CSE|{m1} ({aad}) disclosed his older cousin sexually abused him when he was {ahist}. Has never told anyone. Wants counselling first, maybe report later. {date}
oss|sex|HC|{f1} ({aya}), learning disability, sexually assaulted on {date} by a man who called her "retarded" and said no one would believe her. Police ref {ref}.
teen|sex|ON,CSE|this man off tiktok keeps dming me asking wot colour my underwear is n sending me pics of himself. im {a1315}. hes like 30. i blocked him but he made a new acc {date}
dsl|sex|CSE|DSL: {f1} ({a1314}) Y9 - an adult man at the gym her family use touched her between the legs in the changing area on {date}. Police attended.
yw|sex|CSE|YW: {m1} ({a16}) says an older man on his estate gives him weed and money in return for sexual stuff, has been going on {mths} months. CSE referral.
oss|sex|DA|One stop shop: {f1} ({aya}) - her boyfriend ({aya}) made her have sex with his mate while he watched, she said no. Ongoing controlling behaviour. DASH high. {date}
welf|sex|-|Welfare: {f1} ({aya}) sexually assaulted by a taxi driver on the way home on {date}, touched her thigh and groin. Reported, licensing informed.
adult|sex|CSE|Adult disclosure ({amid}): "my stepdad raped me from when I was {ahist} until I was 13". Never reported, he's now got grandchildren. Wants advice on reporting. {date}
# ---------------- robbery ----------------
yw|rob|KN|YW: {m1} ({a1315}) robbed of his phone and AirPods by 3 lads in {park} on {date}, one held a knife to his stomach. No injury. Police ref {ref}.
dsl|rob|-|DSL: Y9 {m1} "taxed" for his trainers by older boys on the way home {date} - pushed to the ground and they pulled them off his feet. Grazed hands. Parents reported.
parent|rob|-|dad here: my son ({a1315}) got pushed off his bike on {street} n they rode off on it. hes got a cut lip n hes shaking. police ref {ref} {date}
oss|rob|DA|{f1} ({aad}) - ex-partner grabbed her purse out of her hand and shoved her to the ground at the bus stop on {date}, took {amt}. Split {mths} months.
parent|rob|DA|Mum: my son ({a16}) twisted my arm up my back until i let go of my bank card then took {amt} out the machine. bruised wrist. i dont want him arrested i want help for him {date}
welf|rob|KN|Student {f1} ({aya}) works at {shop} on {street} - a man came in with a knife on {date} at {time}, demanded the till, took {amt}. She's not been back to work since.
yw|rob|-|{m1} ({a16}) punched in the face and his chain + phone taken outside the chippy on {date}, broken nose. Reported {ref}.
teen|rob|ON|was selling my ps5 on marketplace n when i met the guy on {street} he grabbed it n pushed me over n jumped in a car. im {a16}. police have his profile {date}
dsl|rob|HC|DSL: {f1} ({a1315}) robbed of her phone by two men on {date} who racially abused her and pulled at her scarf before snatching it. Police ref {ref}.
yw|rob|KN|YW: {m1} ({a16}) - lad said "I've got a shank in my bag" and put his hand in it, {m1} believed him and handed over his phone + {amt}. Didn't actually see a blade. {date}
yw|rob|MS|{m1} ({a1315}) has been running drugs for older lads; robbed of the package and {amt} by a rival group on {date} who kicked him about. Handlers now say he owes them. CCE / NRM.
oss|rob|-|Pensioner {f1} ({aold}) - her grandson's friend (not family) pushed her over in her hallway and grabbed her handbag when she tried to stop him leaving with it. Bruised hip. {date}
yw|rob|-|{f1} ({aya}) dragged along the pavement by two lads on a moped who grabbed her bag on {street} on {date}, grazes all down her arm.
dsl|rob|HC|DSL: {m1} ({a1315}), has cerebral palsy, pushed off his walking frame by lads laughing "cripple" who then took his phone. {date}
welf|rob|KN|Student {f1} ({aya}) at the cash machine on {street} {date} {time} - man pressed something sharp into her back, said it was a knife, she believed him and gave him {amt}.
coach|rob|-|Coach {m1} {sn} had his kit bag + match fees ({amt}) ripped off him by two men in the car park after the game, one punched him, bruised jaw. {date}
# ---------------- burglary ----------------
parent|burg|-|house got burgled while we were at my sons match on {date}, back door forced, laptops n his xbox gone. kids scared to sleep now. ref {ref}
oss|burg|KN|Aggravated burglary: {f1} ({amid}) - men in balaclavas forced their way in on {date} at {time} looking for her son over a drug debt. He wasn't in. One waved a knife in her face and said "tell him we'll be back for him" - she believed they'd use it. They left without taking anything. No injuries.
oss|burg|DA|{f1} ({aad}) - ex-partner got in through the bathroom window while she was at work on {date}, took her laptop and some clothes, left a note on the bed. Split {mths} months, he has no key.
oss|burg|DA|{f1} ({aya}) - ex-boyfriend let himself in with a copied key on {date}, went through her drawers, took her diary and spare keys. She saw it on the doorbell cam.
parent|burg|-|Garage broken into overnight {date}, the kids' bikes taken + dad's tools. Padlock cut. Ref {ref}.
yw|burg|-|Youth centre on {estate} broken into overnight {date}, {cnt} laptops + tuck shop money taken, back window smashed. Burglary (community).
coach|burg|-|Club changing rooms broken into {date}, kit + {amt} from the subs tin taken, door jemmied. Ref {ref}.
welf|burg|-|Halls: {f1} ({aya}) - someone got into her locked room while she was at lectures on {date}, laptop + jewellery taken, no sign of forced entry. Ref {ref}.
parent|burg|-|Nan ({aold}) - two men said they were from the water board on {date}, one kept her talking in the kitchen while the other went upstairs and took her purse and rings. Distraction burglary.
parent|burg|-|someone tried to force our back door at {time} on {date}, marks all round the frame, nothing taken, cctv shows 2 men in hoods. attempted burglary ref {ref}
oss|burg|DA|{m1} ({aad}) - ex-wife's brother? no - it was his ex-wife herself, came in through the unlocked back door on {date} while he was out and took the kids' passports and his bank cards. Split {yrs} yrs.
# ---------------- vehicle offences ----------------
parent|veh|-|car nicked off our drive overnight {date}, keyless, cctv shows 2 lads with a box thing. ref {ref}
coach|veh|-|Club minibus had its catalytic converter cut off in the car park on {date}. Can't do away games now.
coach|veh|-|Coach left his car unlocked at {park} on {date}, kit bag + laptop taken off the back seat. Ref {ref}.
oss|veh|DA|{f1} ({aad}) - ex-husband took her car without permission on {date} using the spare key he kept, still has it, says it's "half his". Car is in her name. Ref {ref}.
parent|veh|-|Husband's work van entered overnight on {street} on {date}, lock picked, {amt} of tools gone. Ref {ref}.
yw|veh|-|Doorbell cam shows youths trying car door handles all down {street} at {time} on {date}, residents asked us to pass it on. Interfering with vehicles.
welf|veh|-|{m1} ({a16})'s moped stolen from the college bike shelter on {date}, lock cut. He needs it for his apprenticeship. Ref {ref}.
parent|veh|-|Our car was taken from outside the house on {date} and driven round the estate by teenagers, found abandoned on {street2} w/ minor damage. Aggravated vehicle taking.
# ---------------- theft from the person ----------------
welf|tfp|-|{f1}'s ({aya}) phone taken from her back pocket at the bus station on {date}, she didn't feel a thing. Ref {ref}.
teen|tfp|-|some lad just grabbed my phone out my hand on {street} while i was on it n legged it, didnt touch me or anything. {time} {date}
parent|tfp|-|Mum's purse taken out of her handbag at the market on {date}, she noticed when she went to pay. Bag zipped open.
coach|tfp|-|Coach's wallet pickpocketed in the crowd at the away match on {date}. Ref {ref}.
welf|tfp|-|Student's AirPods taken from his coat pocket on the tram on {date}, tracked them to {estate}.
yw|tfp|-|{m1} ({a16})'s wallet lifted from his jacket at the fair on {park} on {date}, card used later.
parent|tfp|-|Nan ({aold}) had her purse dipped on the {bus} bus on {date}, pension money in it.
dsl|tfp|-|Pupil {f1}'s phone snatched out of her hand on the school bus by a stranger getting off on {date} - no one touched her. Ref {ref}.
# ---------------- bicycle theft ----------------
dsl|bike|-|Y8 {m1}'s bike taken from the racks at school on {date}, lock cut. CCTV being checked.
welf|bike|-|Student {f1}'s bike stolen from the racks outside the library on {date} between {time} and {time2}. Ref {ref}.
parent|bike|-|my lads bike was nicked from the front garden overnight, it wasnt locked up. {date} ref {ref}
yw|bike|-|{m1}'s e-bike taken from outside the youth club while he was in the session {date} {time}.
teen|bike|-|someone took my bike from outside the shop i was in there like 2 mins. {date} its the only way i get to college
coach|bike|-|Player's bike stolen from outside the clubhouse during training on {date}. Ref {ref}.
welf|bike|-|Commuter student {m1} - bike stolen from the station racks on {date}, CCTV request put in.
parent|bike|-|Daughter's bike stolen from the park while she was on the swings on {date}, she's {achild} and heartbroken.
# ---------------- shoplifting ----------------
welf|shop|-|Student {f1} ({aya}) works at {shop}: a group of teens stealing sweets and energy drinks {cnt} times this week, she's getting anxious about shifts.
parent|shop|-|I run the corner shop on {street}, same two lads nicking booze every week, {amt} lost this month alone. ref {ref}
welf|shop|HC|Student working at {shop}: shoplifters called her a "p***" as they ran out with trainers on {date}. Shoplifting + racially aggravated abuse. Ref {ref}.
coach|shop|-|Club shop: replica shirts stolen from the stand on match day {date}, about {amt} worth.
yw|shop|-|Pharmacy on {street}: make-up stolen by a group of girls on {date}, staff member {f1} asked us to pass on for support.
welf|shop|-|Campus shop: same student seen stealing meal deals most days this week, security aware. Ref {ref}.
parent|shop|-|my husband is a supervisor at the supermarket, same fella walks out with baskets of meat through self checkout, {amt} on {date}. ref {ref}
welf|shop|-|Student works Saturdays at a department store - repeat shoplifting of perfume by the same man, {cnt} times since {date}.
# ---------------- other theft ----------------
welf|theft|ON|Student {m1} ({aya}) sent intimate pics to a "girl" on Instagram who is now blackmailing him for {amt} or they'll go to his family. Paid once. Sextortion, adult.
coach|theft|-|Phone stolen from the unlocked changing room during training on {date}. Ref {ref}.
parent|theft|-|Dad is a taxi driver: teenagers made off without paying a {amt} fare from town to {estate} on {date}.
yw|theft|-|Youth centre petty cash ({amt}) missing, trainee worker admitted taking it {date}. Theft by employee.
oss|theft|DA|{f1} ({aad}) - partner has been taking cash from her purse for months, {amt} gone this month alone, she can't pay bills. {date}
parent|theft|DA|Nan writes: grandson ({a1819}) keeps taking money out of my purse when he visits, about {amt} in total. I dont want him in bother.
parent|theft|-|parcels keep getting taken off our doorstep, {cnt} this month. ref {ref}
welf|theft|-|Student left her phone on the cafe table on {date}, went to the toilet, it was gone. Ref {ref}.
dsl|theft|-|DSL: Y10 lads demanding {amt} a week from {m1} or they'll "batter him"; he's been paying from his dinner money since {date}. Blackmail.
parent|theft|-|our dog was stolen out the back garden on {date}, french bulldog. kids in bits. ref {ref}
teen|theft|ON|someone i met on a gaming site said theyd post my address n my real name everywhere unless i sent {amt} in gift cards. im 19. {date}
welf|theft|-|Student {m1}'s cash ({amt}) taken from the shared kitchen in halls by a flatmate (no relationship), who has admitted it. {date}
# ---------------- criminal damage and arson ----------------
oss|cd|DA|{f1} ({aad}) - her ex smashed her phone and kicked her front door in on {date} when she wouldn't let him in; he didn't get inside. Not hurt. Ref {ref}.
parent|cd|DA|mum here: my son is {a16} and when he kicks off he punches holes in the walls, he smashed the telly on {date}. he hasnt hurt me but im on edge all the time
parent|cd|-|Mum: my {a1215} yr old smashed the TV and his bedroom door in a rage on {date}, no one hurt. He's under 16 - school suggested the APV group.
parent|cd|-|wheelie bin set alight and pushed up against our back gate at {time} on {date}, fire service came. kids terrified. ref {ref}
oss|cd|HC|Family's letterbox had burning rags pushed through on {date} at {time}, racist graffiti sprayed on the front wall the same night. Nobody hurt. Ref {ref}.
dsl|cd|-|School: {cnt} windows smashed over the weekend of {date}. Ref {ref}.
yw|cd|-|Youth centre minibus had its windows put through and wing mirrors snapped off on {date}. Ref {ref}.
welf|cd|DA|Student {m1} ({aya}) - ex-girlfriend scratched "cheat" into the bonnet of his car on {date}. They were together {yrs} yrs. Ref {ref}.
parent|cd|HC|the windows at the mosque where our kids go for madrassa got smashed on {date}, anti-muslim stuff sprayed on the door. kids scared to go now
yw|cd|HC|Pride flag ripped down and burnt in {f1}'s front garden on {date}, homophobic graffiti on the fence. {f1} ({a16}) is out at school. Ref {ref}.
coach|cd|-|Goalposts and nets at {park} pitch vandalised again {date}, U10s couldn't play.
oss|cd|DA|{m1} ({aad}) - his ex-partner {m2} smashed all his car windows the week after they split, {date}. Ref {ref}.
parent|cd|-|my sons ex (shes {a1315}) threw a brick thru our front window on {date} after they fell out. nobody hurt. ref {ref}
dsl|cd|-|Arson: fire set in the girls' toilets at {school} on {date}, bins set alight, damage to cubicles. No injuries.
# ---------------- drug offences ----------------
dsl|drug|-|DSL: Y10 {m1} found with {cnt} bags of cannabis in his blazer on {date}, says they're his own, he smokes at weekends. No sign of anyone else involved. Police SSO informed.
yw|drug|-|YW: older lads (early 20s) supplying ket and weed to Y9/10s at {park} in the evenings. Names known. Police intel submitted {date}.
parent|drug|-|Police found a cannabis grow in the loft at my ex's house where the kids stay weekends. Kids weren't there. Ref {ref}.
welf|drug|ON|College: student {m1} ({aya}) advertising and selling weed and pills through his Snapchat stories to other students. Police informed {date}.
dsl|drug|-|THC vapes being sold to pupils at school by a Y11, {cnt} pupils unwell on {date}. Police informed.
parent|drug|-|found white powder n scales in my daughters ({a16}) room, she says its her bf's. no one threatening her that i know of. {date}
yw|drug|-|Youths inhaling nitrous oxide at {park} most nights, {many} canisters left on {date}.
welf|drug|-|Student {f1} ({aya}) caught with cocaine at a college event on {date}, police issued a caution.
yw|drug|-|Dealer parking outside the youth club and selling to young people, car reg noted {date} {time}.
coach|drug|-|A man at the gym is selling steroids to our U18 players, {cnt} lads named. {date}
# ---------------- possession of weapons ----------------
dsl|weap|-|DSL: Y9 {m1} ({a1314}) found with a kitchen knife in his bag during a search {date}, says it's for protection on the walk home. No threats made to anyone. Police attended.
yw|weap|-|{m1} ({a16}) stopped by police in {park} on {date} with a zombie knife in his waistband. Nobody threatened. Ref {ref}.
dsl|weap|-|Knuckleduster found in a Y11 locker on {date}. Pupil says he bought it "for show".
parent|weap|-|found a machete under my sons ({a16}) bed, he says its for protection bc of some beef. he hasnt used it on anyone. {date}
welf|weap|-|Student {f1} ({a16}) found by security carrying pepper spray in her bag on {date}. Says she's scared walking home.
yw|weap|-|Butterfly knife found on {m1} ({a1315}) at youth club {date}, confiscated. Not used or pulled on anyone.
coach|weap|-|Coach saw a knife handle in {m1}'s waistband in the changing room on {date}, {m1} said "everyone carries". No threat to anyone.
parent|weap|-|my sons friend was walking round the estate with a replica gun on {date}, police took it off him. ref {ref}
dsl|weap|-|Y10 pupil brought a lock knife into school on {date} and showed it to friends at lunch; no one was threatened. Excluded.
yw|weap|-|{m1} ({aya}) arrested for carrying a knife after a stop and search outside the train station on {date}. He says he's been threatened by others.
teen|weap|-|my brother keeps a blade on him all the time since his mate got stabbed last yr, he says he'll never use it. im worried bout him. hes {a16}. {date}
welf|weap|-|Knife found in student {m1}'s ({aya}) car in the college car park on {date}, reported by security.
# ---------------- public order ----------------
dsl|po|HC|Group of men shouted racist abuse at Y7 pupils waiting at the bus stop on {street} on {date}. Pupils distressed. No contact.
yw|po|HC|Homophobic abuse shouted at our LGBTQ+ youth group leaving the session on {date}, {cnt} young people, "burn in hell". Ref {ref}.
yw|po|-|Mass brawl on {street} on {date}, 20+ youths, no one reported injured. {m1} ({a16}) caught in the middle, scared. Violent disorder.
coach|po|-|Parents at the U12 match squared up to the ref and threatened him on {date}, other kids alarmed and crying. Ref {ref}.
welf|po|HC|Student {m1} ({aya}), autistic, mocked and shouted at by a group in the street on {date} - "freak", "retard". Shaken.
parent|po|HC|we were walking to synagogue on {date} n a group shouted antisemitic stuff at us n the kids. no one touched us. ref {ref}
yw|po|HC|{i1} ({a16}), trans YP, shouted at in the shopping centre by a group calling them a "tranny" on {date}, security intervened.
oss|po|-|Neighbour stood at {f1}'s door screaming that she'd "smash her face in" over parking on {date}. Not DA, no relationship. No weapons, no contact.
dsl|po|-|Parent swearing and threatening staff at the school gate on {date}, children around. Police called.
nurse|po|-|Man shouting threats in the paeds ED waiting room on {date} at {time}, families frightened, security removed him.
welf|po|HC|Muslim students abused outside college on {date} - "go home", "terrorists". No contact. Ref {ref}.
yw|po|-|Older lads intimidating younger kids at the skate park, threatening to "do them in", no contact, kids frightened. {date}
# ---------------- misc crimes against society ----------------
dsl|misc|ON,CSE|DSL: a nude image of {f1} ({a1415}) being shared round Y10 WhatsApp and Snap groups, she'd sent it to a boy she liked who forwarded it. Police + Report Remove. {date}
oss|misc|ON,CSE|{f1} ({aad}) found indecent images of children on her brother's laptop and reported it; he's been arrested. She is the one asking for support. {date}
yw|misc|-|{m1} ({a16}) bought a phone off a lad on the estate for {amt} that turned out to be stolen; police seized it {date}. Handling. He's worried.
oss|misc|DA|{f1}'s ex-partner, on police bail after a domestic incident, was seen on her street on {date} in breach of his conditions. No contact. Arrested.
dsl|misc|-|DSL: {f1} ({a16}) saw a robbery at the shops; lads came to her house offering her money to lie in her statement and say she didn't see anything. Perverting the course of justice. {date}
yw|misc|-|Boy racers doing doughnuts on the field at {estate} on {date}, nearly hit kids, no one hurt. Reg noted. Dangerous driving.
oss|misc|DA|{f1} ({aad}) - ex texted on {date} saying he'll torch her car. Text messages only. Threat to commit criminal damage.
dsl|misc|-|A Y13 student has been making fake ID cards at home and selling them to Y12s, {cnt} found. Forgery. {date}
parent|misc|-|found out my husband has a second wife abroad, married us both. no abuse, hes never been controlling or violent, he just lied. police say bigamy. {date}
yw|misc|ON,CSE|Y11 boys posted a nude video of a Y9 girl ({a1314}) to a Telegram channel on {date}. Police + CSC. Ref {ref}.
coach|misc|-|Parent driving dangerously in the club car park on {date}, nearly hit the U9s, no one injured. Reg passed to police.
oss|misc|-|{f1} ({amid}) found her son's ({aya}) room full of phones and bikes he's been selling on; she thinks they're stolen. He's never threatened her. {date}
# ---------------- fraud and computer misuse ----------------
teen|fraud|ON|paid {amt} on vinted for some trainers n the seller blocked me n never sent them. im {a1315}. it was my mums card. {date}
welf|fraud|ON|Student bought festival tickets from an Instagram account for {amt} on {date}, tickets fake, account deleted.
parent|fraud|ON|Single mum {f1} lost {amtbig} to a man she met on a dating site who said he was in the army abroad. Romance fraud. Kids' savings gone. {date}
welf|fraud|ON|Student {m1}'s online banking hacked on {date}, {amt} transferred out. Bank investigating.
oss|fraud|DA|{f1} ({aad}) - ex-partner took out {cnt} loans and a phone contract in her name while they were together; she's now {amtbig} in debt. Economic abuse. Ref {ref}.
teen|fraud|DA|im 17 n just found out my dad opened a credit card in my name n maxed it out. mum says its just what hes like. {date}
parent|fraud|ON|got a whatsapp from "my daughter" saying new number, phone broke, needed {amt} for rent. i sent it. it wasnt her. {date}
parent|fraud|-|Nan ({aold}) got a phone call from "the police" saying her bank was compromised, a courier collected her card and PIN on {date}. Phone call only.
teen|fraud|ON|someone hacked my fortnite acc n sold my skins n changed the email. ngl ive spent like {amt} on it. {date}
welf|fraud|-|Student got a text message offering a job, paid a {amt} "training fee" by bank transfer on {date}, no job exists. SMS only.
welf|fraud|ON|Crypto "investment" via a TikTok mentor, student {m1} lost {amt} on {date}.
oss|fraud|DA,ON|{m1} ({aad}) - his husband logged into his online banking without permission and moved {amtbig} of his savings into an account in his own name. {date}
# ---------------- anti-social behaviour ----------------
yw|asb|-|Youths on bikes doing wheelies round the youth centre car park on {date}, shouting, being a nuisance. No crime disclosed, no damage.
parent|asb|-|neighbours playing music till 3am most weekends, kids cant sleep. no threats or anything. council noise team involved. {date}
parent|asb|-|Kids kicking a ball against our wall for hours every evening, rude when asked to stop, no damage done. {date}
yw|asb|-|Young people congregating in the stairwell at {estate} vaping and leaving litter, residents complaining. Nothing criminal. {date}
parent|asb|-|neighbour parks across our drive every day, arguments but no threats, hes just annoying. {date}
parent|asb|-|Dog next door barks all day while they're at work. {date}
dsl|asb|-|Pupils knocking on doors and running off on {street} on {date}, residents phoned school.
yw|asb|-|Fireworks let off in {park} late on {date}, loud, scaring dogs, not aimed at anyone.
parent|asb|-|off road bikes on the field behind {estate} every night, the noise is unreal. {date}
dsl|asb|-|Groups of older teens hanging about at the school gate at home time, swearing, no threats, making younger kids nervous. {date}
parent|asb|-|Upstairs couple arguing loudly most nights - the noise is the issue, I can't hear what about, I've never seen or heard anything violent. Not reporting DA, just noise. {date}
coach|asb|-|Teens hanging round the clubhouse at {club}, smoking and littering, no damage. {date}
# ---------------- other crime ----------------
yw|other|-|Lads at {park} kicked a stray cat and filmed themselves laughing on {date}, RSPCA informed. Animal cruelty.
dsl|other|-|Off-licence on {street} selling alcohol to Y9s, trading standards informed {date}.
yw|other|-|Fly-tipping on the youth centre land again on {date}, fridges and mattresses.
dsl|other|-|Tattoo studio tattooed a Y10 pupil ({a1415}) on {date} without any parental involvement, illegal under 18.
welf|other|-|Student says she was the victim of "a crime" on {date}, reported it, crime ref {ref}, doesn't want to say what. Wants to defer exams.
parent|other|-|Horses in the field behind {estate} left with no water or food, ribs showing. {date}
dsl|other|-|Shop near school selling vapes to under 18s, {cnt} pupils named. {date}
yw|other|-|Badger sett dug out at {park}, men with dogs seen on {date}. Wildlife crime.
# ---------------- longer multi-offence and rambling notes ----------------
idva|vwi|DA,ON|IDVA notes {date}, long call. {f1} ({aad}) with {m1} {yrs} yrs, 2 kids. For the last year he's had her on a "budget", reads her WhatsApps, made her come off Facebook, picks her up from work so she can't go anywhere. On {date2} he smashed her phone on the kitchen floor and when she tried to pick it up he stamped on her hand - swelling + bruising, GP thinks possible fracture, x-ray tbc. DASH 16. MARAC referral + Clare's Law. She is not ready to leave but wants "someone on her side".
parent|rob|KN,ON|right so on {date} my son {m1} ({a1315}) was walking home from {school} and 2 lads came up on bikes, one pulled a knife out and said give us ur phone, he did, he wasnt hurt thank god. BUT since then one of them has been messaging him on snapchat from different accounts saying they know where he lives n calling him a snitch. police ref {ref}. he wont go out. sorry this is long i just dont know who to talk to
dsl|sex|ON,CSE|DSL long note. {f1} ({a1315}) met a lad called "{m1}" on Instagram in {mths} months back, he said he was 17. Lots of chat, then moved to Snapchat, asked for pics which she sent. On {date} she met him at {park} - he was clearly an adult (20s?) - and he touched her sexually in his car. She came home upset and told her sister. Police + CSE team. Phone seized. Mum very distressed.
welf|sh|DA|Welfare note. {f1} ({aya}) - lives with boyfriend {m1}, 2 yrs. Student loan goes straight into "his" account, he gives her bus money, makes her account for every penny, doesn't "let" her join the netball team, says her friends are "slags". Texts her every 10 mins when she's in class. No physical violence, no threats she says. She's started to think "it's not normal". CCB. Referred to IDVA with consent.
oss|burg|DA|Client {f1} ({aad}): ex-partner {m1} (together {yrs} yrs, split {mths} months ago) got into her house on {date} through the back window while she was at her mum's. Took her bank cards, the kids' iPad and the spare keys. Left notes on the fridge saying "your mine" and "think about the kids". No physical contact, no threats to harm. Locks now changed. DASH medium.
yw|vwo|MS|YW long: {m1} ({a1315}) - last {wks} weeks has had a new phone, new trainers, going missing overnight. Tonight ({date}) told me he's been taken to {town} in a car by 2 older lads, kept in a flat "grafting" for {cnt} days, not allowed to leave, they took his own phone, said if he ran they'd "do" his mum. Says nobody hit him. Has {amt} debt he says he owes them. NRM + strategy + missing return interview.
teen|vwi|DA,ON|ok so basically me n my ex (hes 17 im 16) broke up like {wks} weeks ago n he wont leave me alone, hes been messaging me on insta n whatsapp non stop n posting about me, n then on {date} he came to my work n grabbed my wrist so hard its actually bruised like purple. my manager saw. i dont want him arrested i just want it to stop ngl. crying emoji
adult|sex|CSE|Adult disclosure via GP ({amid}): "my stepdad used to hit me and my brother with whatever was nearest and he started coming into my room when I was {ahist}, that went on until we were taken into care at 12". Physical and sexual abuse, historical. Stepdad believed still local. Wants to report. ISVA + trauma therapy.
nurse|vwi|DA|A&E liaison {date} {time}. {f1} ({a16}) attended w/ mum. Cut to scalp + bruised eye. Says her older sister ({aya}) attacked her at home over borrowing clothes, hit her with a shoe and pulled her down the stairs by her hair. Mum confirms the sister has been getting "worse". Mum wants advice, {f1} wants to stay at her nan's.
oss|rob|-|{f1} ({aad}) robbed of her handbag at the cash machine on {street} on {date}, man grabbed it and shoved her into the wall, grazed face. She said she'd always worried her ex "might come after her one day" but this was a stranger, CCTV confirms, ex lives abroad and isn't involved. Not DA.
parent|theft|-|Mum's paid carer (agency, no family relation) has been taking money from her purse, about {amt} over {wks} weeks, caught on camera. Mum ({aold}) upset. Agency + police informed {date}. Not DA.
welf|sex|-|Student {f1} ({aya}) - her flatmate (no relationship, they just share a kitchen) came into her room drunk on {date} and groped her while she was in bed. She locked her door. Not DA. Uni accommodation moving her.
teen|sex|DA,CSE|so my cousin is 18 n im 17 n at the family party on {date} he followed me to the bathroom n put his hands down my top n tried to take my jeans off. i got away. my mum doesnt believe me bc hes "family". i feel sick
coach|sh|DA|Football coach referral {date}: {m1} ({a16}) told me his girlfriend ({a16b}) checks his phone every night, makes him send her pictures to prove where he is, has stopped him coming to training because "the lads are a bad influence", and says she'll tell everyone he hit her if he leaves (he says he never has). He's lost weight. He's asked me to do this referral.
parent|vwi|DA|Mum: {f1} ({amid}) writes in about her daughter ({a16}) - "she bit me on the arm and broke the skin, pulled my hair out in chunks and kicked me in the back when I wouldn't give her my phone, this was {date}. It's been going on since she was 14 but it's worse now. I don't want the police involved, I want her to get help." APV + DA pathway.
oss|fraud|DA|{m1} ({aold}) - adult daughter has been using his bank card without permission, {amt} at a time, totalling {amtbig} since {date}. He only found out when his rent bounced. He doesn't want her prosecuted. Economic abuse by family member.
oss|vwi|DA,KN|Police referral {date}: attempted murder charge - {f1} {sn} ({aad}) stabbed {cnt} times by her partner at their home, surgery, now stable. Police applying for remand. Her mum {f2} is looking after the children. IDVA allocated for both {f1} and {f2}.
idva|vwo|DA|IDVA: {f1} ({aad}) - partner {m1} has for months checked her phone and controlled money, and on {date} he rang her from work and said "if you're not home by 6 I'll kill you and the dog". She believes him, he has a history. No injuries. DASH 18.
call|vwi|-|Call log {date} {time}. Caller: {f1} (mum). V: {m1} ({a1315}). S: 3 unknown males. Loc: {park}. V was chased + kicked on the floor, cut above eye, ambulance attended. No weapons seen per V. Not known to S. Police att, ref {ref}. Nil DA, nil safeguarding concerns at home.
call|sh|DA|Call log {date}. Caller/V: {f1} ({aad}). S: ex-partner {m1}, split {yrs} yrs. Since {date2} S has sent letters to her work, left voicemails (landline + mobile), waited outside school at pick-up {cnt} times. No social media contact, no threats to kill, no assaults. Previous DA history, DASH {cnt2}. Stalking advocacy.
call|vwo|-|Call log. Caller: DSL {school}. V: {f1} ({a1213}). S: man N/K. Loc: {street}. V approached at {time} on {date}, man grabbed her by the arm, said she was "coming with him". She pulled free and ran. No injury. Possible attempted abduction. Police ref {ref}.
yw|vwi|KN|YW note: {m1} ({a16}) told me on {date} he got "poked" (stabbed) in the bum at {park} over a beef with lads from {estate}, went to a walk-in and told them he fell on glass. Wound still weeping. Refuses police. Safeguarding referral + trauma informed follow-up.
teen|vwo|DA|my mum's boyfriend? no not him - my actual dad (hes 50) grabbed me by the collar n threw me out the house on {date}, no marks. im 18. said if i come back he'll kill me. i believe him tbh. sleeping at my mates
idva|sex|DA|IDVA: {f1} ({aad}) discloses that throughout the relationship with her ex {m1} (ended {yrs} yrs ago) he forced sex on her, and on {date} when he came to collect the kids he pushed her into the bedroom and raped her again. She has reported. DASH high. ISVA referral.
dsl|vwi|-|DSL: {m1} ({a1314}) - a Y11 lad and his mates held him down and punched him in the face repeatedly in the toilets on {date}, nose broken, then sent threats by text afterwards. Police + parents. Ref {ref}.
oss|sh|DA|IDVA: client {f1} ({aad}) has been getting anonymous flowers, letters and texts for {wks} weeks. Police have now linked them to her ex-husband, who she divorced {yrs} yrs ago. No direct contact, no violence. Stalking protection order being considered.
"""


def parse_templates(raw):
    out = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 4:
            raise ValueError(f"template line {lineno}: expected 4 fields, got {len(parts)}")
        kind, cat, flags, text = parts
        if cat not in CAT_SHORT:
            raise ValueError(f"template line {lineno}: unknown category {cat!r}")
        category = CAT_SHORT[cat]
        flag_list = []
        if flags != "-":
            for f in flags.split(","):
                if f not in FLAG_SHORT:
                    raise ValueError(f"template line {lineno}: unknown flag {f!r}")
                flag_list.append(FLAG_SHORT[f])
        if len(flag_list) != len(dict.fromkeys(flag_list)):
            raise ValueError(f"template line {lineno}: duplicate flag")
        if not SLOT_RE.search(text):
            raise ValueError(f"template line {lineno}: no slot, fills could not be unique")
        out.append((kind, category, flag_list, text))
    return out


def main():
    rng = random.Random(43_2026)
    templates = parse_templates(TEMPLATES)
    texts = [t[3] for t in templates]
    if len(texts) != len(dict.fromkeys(texts)):
        raise SystemExit("duplicate template text")
    for _, category, flag_list, _ in templates:
        if category not in CATEGORIES:
            raise SystemExit(f"bad category {category}")
        for f in flag_list:
            if f not in FLAGS:
                raise SystemExit(f"bad flag {f}")
    if len(templates) > N_NOTES:
        raise SystemExit("more templates than notes")

    # every template used at least once; the remainder spread at random
    counts = [N_NOTES // len(templates)] * len(templates)
    extra = N_NOTES - sum(counts)
    for idx in sorted(rng.sample(range(len(templates)), extra)):
        counts[idx] += 1

    seen = {}
    rows = []
    for (_, category, flag_list, text), n in zip(templates, counts, strict=True):
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > 500:
                raise SystemExit(f"could not make unique fills for: {text[:60]}")
            note = fill(text, rng)
            if note in seen:
                continue
            seen[note] = True
            ordered = [f for f in FLAGS if f in flag_list]
            rows.append((note, category, ";".join(ordered)))
            made += 1

    rng.shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["note_id", "text", "category", "flags"])
        for i, (note, category, flags) in enumerate(rows, 1):
            writer.writerow([f"B43-{i:04d}", note, category, flags])

    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _, category, flags in rows:
        cat_counts[category] += 1
        for f in flags.split(";") if flags else []:
            flag_counts[f] += 1
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        raise SystemExit(f"uncovered labels: {missing}")

    print(f"templates {len(templates)}")
    print(f"notes {len(rows)}")
    for c in CATEGORIES:
        print(f"{c} {cat_counts[c]}")
    for f in FLAGS:
        print(f"{f} {flag_counts[f]}")


if __name__ == "__main__":
    main()
