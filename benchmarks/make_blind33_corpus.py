"""Generate the blind33 synthetic victim-services referral-note corpus.

Scenario: a London borough's multi-agency victim referral hub, October to
December 2026, records whose crime type arrived as "Other crime", "Other",
blank or "Unknown".  Referrers: housing officers and estate managers (H),
GP practices and health visitors (G), schools and youth/youth offending
services (S), faith and community groups and an LGBT+ charity (C), notes
taken through an interpreter (I) and Met Police one-line crime summaries (P).

Every note comes from a hand-written template ``kind|category|flags|text``.
Slots in braces are filled only with names, places, dates, times, amounts,
reference numbers and ages; every age range lies entirely on one side of the
TAXONOMY.md thresholds (16 for domestic abuse, 18 for child sexual abuse).

Standard library only, one seeded random.Random, no iteration over sets, so
the output is byte-identical whatever the working directory or
PYTHONHASHSEED.  Output: data/notes_blind33.csv next to this script.
"""

# ruff: noqa: E501, RUF100  (template lines are long prose by design)

import csv
import datetime
import hashlib
import os
import random
import re

SEED = 33_2026_10
N_NOTES = 800
ID_PREFIX = "B33-"

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

# Flags in TAXONOMY.md order.
FLAGS = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]

CAT_CODES = {
    "HOM": "homicide",
    "DID": "death_injury_driving",
    "VWI": "violence_with_injury",
    "VWOI": "violence_without_injury",
    "SH": "stalking_harassment",
    "SEX": "sexual_offences",
    "ROB": "robbery",
    "BUR": "burglary",
    "VEH": "vehicle_offences",
    "TFP": "theft_from_person",
    "BIC": "bicycle_theft",
    "SHOP": "shoplifting",
    "OTH": "other_theft",
    "CDA": "criminal_damage_arson",
    "DRUG": "drug_offences",
    "WEAP": "possession_of_weapons",
    "PO": "public_order",
    "MISC": "misc_crimes_against_society",
    "FRAUD": "fraud_computer_misuse",
    "ASB": "anti_social_behaviour",
    "OTHC": "other_crime",
}

FLAG_CODES = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CSA": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}

KINDS = {
    "H": "housing officer / estate manager",
    "G": "GP practice / health visitor / community nursing",
    "S": "school / youth service / youth offending service",
    "C": "faith or community group / LGBT+ charity",
    "I": "note taken through an interpreter",
    "P": "Met Police crime summary",
}

# ---------------------------------------------------------------- slot pools

POOLS = {
    "F": [
        "Aisha",
        "Amelia",
        "Chloe",
        "Grace",
        "Jade",
        "Fatima",
        "Priya",
        "Zainab",
        "Sophie",
        "Chantelle",
        "Olivia",
        "Ruth",
        "Maryam",
        "Keisha",
        "Lucy",
        "Hannah",
        "Shanice",
        "Abena",
        "Ewa",
        "Ioana",
        "Leila",
        "Naomi",
        "Rebecca",
        "Samira",
        "Tanya",
        "Yasmin",
        "Precious",
        "Bethany",
        "Nadia",
        "Kemi",
        "Megan",
        "Ellie",
        "Charlotte",
        "Asha",
        "Roxanne",
        "Maria",
        "Sinead",
        "Hodan",
        "Farah",
        "Joanne",
        "Comfort",
    ],
    "FO": [
        "Denise",
        "Patricia",
        "Margaret",
        "Eileen",
        "Doreen",
        "Gloria",
        "Beryl",
        "Hyacinth",
        "Kathleen",
        "Irene",
        "Shirley",
        "Zubeida",
        "Agnes",
        "Maureen",
    ],
    "M": [
        "Kwame",
        "Daniel",
        "Mohammed",
        "Tyrone",
        "Jamal",
        "Liam",
        "Ryan",
        "Omar",
        "Jake",
        "Marcus",
        "Tomasz",
        "Adam",
        "Callum",
        "Dwayne",
        "Ibrahim",
        "Kieran",
        "Luca",
        "Nathan",
        "Samuel",
        "Yusuf",
        "Abdi",
        "Connor",
        "Emmanuel",
        "Hassan",
        "Jordan",
        "Kofi",
        "Mark",
        "Patrick",
        "Reece",
        "Stefan",
        "Tariq",
        "Aaron",
        "Ahmed",
        "Bilal",
        "Chidi",
        "Darius",
        "Ethan",
        "George",
        "Harvey",
        "Ali",
    ],
    "MO": [
        "Desmond",
        "Trevor",
        "Kenneth",
        "Winston",
        "Clifford",
        "Harold",
        "Errol",
        "Bernard",
        "Stanley",
        "Gurbachan",
        "Leonard",
        "Dennis",
    ],
    "FSA": [
        "Ayesha",
        "Nazia",
        "Shabana",
        "Rukhsana",
        "Sana",
        "Hina",
        "Fatema",
        "Nusrat",
        "Tahmina",
        "Amrit",
        "Simran",
        "Mehwish",
        "Sadia",
        "Rubina",
    ],
    "MSA": [
        "Imran",
        "Asif",
        "Shahid",
        "Kamran",
        "Rashid",
        "Faisal",
        "Sohail",
        "Tanvir",
        "Abdul",
        "Bilal",
        "Zahid",
    ],
    "MSI": [
        "Jaswinder",
        "Harpreet",
        "Gurdeep",
        "Kuldip",
        "Balvinder",
        "Manjit",
        "Sukhdev",
        "Amarjit",
    ],
    "FAR": [
        "Hodan",
        "Amina",
        "Layla",
        "Khadija",
        "Nasra",
        "Safiya",
        "Hana",
        "Ikram",
        "Sumaya",
        "Rania",
    ],
    "MPL": [
        "Piotr",
        "Tomasz",
        "Marek",
        "Krzysztof",
        "Pawel",
        "Lukasz",
        "Andrzej",
        "Michal",
    ],
    "S": [
        "Smith",
        "Okafor",
        "Begum",
        "Ahmed",
        "Jones",
        "Nowak",
        "Patel",
        "Williams",
        "Mensah",
        "Hussain",
        "Brown",
        "O'Connor",
        "Taylor",
        "Ali",
        "Campbell",
        "Popescu",
        "Ibrahim",
        "Osei",
        "Khan",
        "Murphy",
        "Walker",
        "Adeyemi",
        "Clarke",
        "Hassan",
        "Evans",
        "Mohamed",
        "Thompson",
        "Yilmaz",
        "Gashi",
        "Reid",
        "Bennett",
        "Farah",
        "Mazur",
        "Doyle",
        "Henry",
        "Baptiste",
        "Kelly",
        "Achterberg",
        "Silva",
        "Oduya",
    ],
    "SSA": [
        "Begum",
        "Hussain",
        "Khan",
        "Akhtar",
        "Rahman",
        "Chowdhury",
        "Iqbal",
        "Mahmood",
        "Uddin",
        "Bibi",
        "Siddiqui",
        "Malik",
    ],
    "STREET": [
        "Marlowe Road",
        "Cranbrook Street",
        "Albion Grove",
        "Harcourt Avenue",
        "Jubilee Parade",
        "Tanner Street",
        "Wellesley Road",
        "Mercer Street",
        "Lindfield Road",
        "Brook Lane",
        "Carnation Walk",
        "Fennel Street",
        "St Anne's Road",
        "Oakhurst Grove",
        "Palmer Road",
        "Quarry Hill",
        "Rowan Close",
        "Sandbrook Road",
        "Thornbury Way",
        "Victoria Parade",
        "Wharf Road",
        "Ashgrove Road",
        "Belvedere Street",
        "Chalkpit Lane",
        "Dunmore Road",
        "Elmore Street",
        "Foxley Road",
        "Gilbey Crescent",
        "Hatton Row",
        "Kestrel Avenue",
        "Ladbroke Mews",
        "Milner Street",
        "the High Street",
        "Northfield Road",
        "Pevensey Road",
    ],
    "ESTATE": [
        "Kingsmead Estate",
        "Ravenscroft Estate",
        "Alder Court Estate",
        "Linden Estate",
        "Canal Side Estate",
        "St Jude's Estate",
        "Gresham Estate",
        "Northwold Estate",
        "Fairfield Estate",
        "Wickham Gardens estate",
        "Holloway Fields Estate",
        "Beacon Estate",
    ],
    "BLOCK": [
        "Ashby House",
        "Beaumont House",
        "Carver House",
        "Dunstan Court",
        "Ellery House",
        "Farnham Court",
        "Garland House",
        "Hollis Tower",
        "Ingram House",
        "Jasper Court",
        "Kenley House",
        "Lyle Tower",
    ],
    "PARK": [
        "Ravenscroft Park",
        "Linden Fields",
        "the rec on Palmer Road",
        "Hollins Common",
        "the canal towpath",
        "Fennel Street playground",
        "Brook Lane park",
        "the Jubilee Gardens",
        "Kingsmead skate park",
    ],
    "STATION": [
        "Marlowe Road station",
        "Hollins Common station",
        "Wharf Road Overground",
        "the bus station",
        "Kingsmead Broadway",
        "Sandbrook Road station",
        "Victoria Parade bus stop",
        "Northfield Road station",
        "Canal Street DLR",
    ],
    "SHOP": [
        "Tesco Express",
        "the Co-op",
        "Lidl",
        "Costcutter",
        "Boots",
        "JD Sports",
        "Poundland",
        "the Spar",
        "Iceland",
        "Sainsbury's Local",
        "the Londis",
        "Superdrug",
    ],
    "PUB": [
        "the Red Lion",
        "the Crown and Anchor",
        "the Albion",
        "the Victoria",
        "Club Nova",
        "the Prince Albert",
        "the Marlowe Arms",
    ],
    "PLACE": [
        "the Fairfield Centre",
        "Kingsmead Community Hall",
        "Jubilee Library",
        "Brook Lane Leisure Centre",
        "the Linden Hub",
        "the market hall",
        "the Wharf Road food bank",
        "St Jude's community centre",
    ],
    "PRIMARY": [
        "St Anne's Primary",
        "Marlowe Road Primary",
        "Linden Park Primary",
        "Gresham Infants and Juniors",
        "Holy Cross RC Primary",
    ],
    "SECONDARY": [
        "Kingsmead Academy",
        "Ravenscroft School",
        "Northwold High",
        "Bishop Wand CofE School",
        "Canal Side Academy",
    ],
    "HOSP": [
        "St Aldhelm's",
        "the Royal Linden",
        "King George's A&E",
        "Northwick Park",
        "the Whittington",
    ],
}

# Age slots: each range lies entirely on one side of 16 and of 18.
AGES = {
    "AGE_P": (5, 10),  # primary
    "AGE_Y7": (11, 12),
    "AGE_Y8": (12, 13),
    "AGE_Y9": (13, 14),
    "AGE_Y10": (14, 15),
    "AGE_Y": (12, 15),  # secondary, under 16
    "AGE_T": (16, 17),  # 16-17: domestic-abuse age, still a child for CSA
    "AGE_18": (18, 19),
    "AGE_YA": (18, 25),
    "AGE_A": (22, 58),
    "AGE_O": (66, 93),
}

OTHER_TYPES = [
    "DATE",
    "TIME",
    "AMT",
    "AMTS",
    "AMTL",
    "CAD",
    "CRIS",
    "REF",
    "AF",
    "FLAT",
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = [
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
DAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]

Q_START = datetime.date(2026, 10, 1)
Q_DAYS = 92  # 1 Oct - 31 Dec 2026


def ordinal(n):
    """Return 1st, 2nd, 3rd, 4th ... for a day number."""
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(rng, d):
    """Format a date in one of several UK styles."""
    style = rng.randrange(7)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == 2:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == 3:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 4:
        return f"{ordinal(d.day)} {MONTHS_LONG[d.month - 1]}"
    if style == 5:
        return f"{DAYS[d.weekday()]} {d.day}/{d.month}"
    return f"{d.day} {MONTHS_LONG[d.month - 1]}"


def fmt_time(rng):
    """Return a random time of day in one of several styles."""
    h = rng.choice([0, 1, 2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
    m = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = rng.randrange(4)
    if style == 0:
        return f"{h:02d}:{m:02d}"
    if style == 1:
        return f"{h:02d}{m:02d}hrs"
    if style == 2:
        h12 = h % 12 or 12
        return f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}"
    return f"approx {h:02d}:{m:02d}"


def fmt_amount(rng, lo, hi, step):
    """Return a random amount in pounds."""
    v = rng.randrange(lo, hi + 1, step)
    style = rng.randrange(3)
    if style == 0 or v < 1000:
        return f"£{v}"
    if style == 1:
        return f"£{v:,}"
    return f"£{v:,}.00"


def random_date(rng):
    """Return a random date in October-December 2026."""
    return Q_START + datetime.timedelta(days=rng.randrange(Q_DAYS))


def make_ref(rng, kind):
    """Return a CAD, CRIS, hub or Action Fraud reference number."""
    if kind == "CAD":
        d = random_date(rng)
        n = rng.randrange(1, 9999)
        return f"CAD {n:04d}/{d.day:02d}{MONTHS[d.month - 1]}{d.year % 100:02d}"
    if kind == "CRIS":
        return f"CRIS {rng.randrange(100000, 9999999):07d}/26"
    if kind == "REF":
        return f"VRH-26-{rng.randrange(1000, 99999):05d}"
    if kind == "AF":
        return f"NFRC26{rng.randrange(10000000, 99999999):08d}"
    raise ValueError(kind)


SLOT_RE = re.compile(r"\{([A-Z_0-9]+)\}")


def slot_type(key):
    """Map a slot key such as F1, DATE2 or AGE_Y10 to its pool type."""
    if key in POOLS or key in AGES or key in OTHER_TYPES:
        return key
    base = key.rstrip("0123456789")
    if base in POOLS or base in AGES or base in OTHER_TYPES:
        return base
    raise ValueError(f"unknown slot {key!r}")


def fill(rng, text):
    """Fill every slot of one template; same key, same value."""
    keys = []
    for k in SLOT_RE.findall(text):
        if k not in keys:
            keys.append(k)
    values = {}
    # dates: distinct and in key order (DATE < DATE2 < DATE3)
    date_keys = sorted([k for k in keys if slot_type(k) == "DATE"], key=lambda k: int(k[4:] or "1"))
    if date_keys:
        days = sorted(rng.sample(range(Q_DAYS), len(date_keys)))
        for k, dd in zip(date_keys, days, strict=True):
            values[k] = fmt_date(rng, Q_START + datetime.timedelta(days=dd))
    used = {}
    for k in keys:
        if k in values:
            continue
        t = slot_type(k)
        if t in POOLS:
            taken = used.setdefault(t, [])
            choices = [v for v in POOLS[t] if v not in taken]
            v = rng.choice(choices)
            taken.append(v)
        elif t in AGES:
            lo, hi = AGES[t]
            v = str(rng.randint(lo, hi))
        elif t == "TIME":
            v = fmt_time(rng)
        elif t == "AMT":
            v = fmt_amount(rng, 60, 4000, 5)
        elif t == "AMTS":
            v = fmt_amount(rng, 5, 95, 1)
        elif t == "AMTL":
            v = fmt_amount(rng, 2500, 65000, 50)
        elif t in ("CAD", "CRIS", "REF", "AF"):
            v = make_ref(rng, t)
        elif t == "FLAT":
            v = f"Flat {rng.randint(1, 96)}, {rng.choice(POOLS['BLOCK'])}"
        else:
            raise ValueError(t)
        values[k] = v
    shouty = not re.search(r"[a-z]", SLOT_RE.sub("", text))
    if shouty:
        values = {k: v.upper() for k, v in values.items()}
    return SLOT_RE.sub(lambda m: values[m.group(1)], text)


# ---------------------------------------------------------------- templates
# kind|category|flags|text   (flags: ';'-separated short codes, may be empty)

TEMPLATES = r"""
# ===== homicide
P|HOM|KN|OP {REF}. BEREAVED FAMILY REFERRAL. VIW {M1} {S1} ({AGE_YA}) FATALLY STABBED ON {STREET} {DATE} APPROX {TIME}. SUSP X1 CHARGED WITH MURDER, REMANDED. MOTHER {F1} {S1} IS NOK AND REQUESTS SUPPORT. FLO ALLOCATED.
C|HOM|DA|Imam from the mosque on {STREET} asking support for the {SSA1} family. Their daughter {FSA1} ({AGE_YA}) died at her home on {DATE} and her husband has now been charged with her murder. The mother speaks mainly Urdu. Funeral delayed because of the post mortem, family very distressed. Her younger brother, 15, was in the house that night and has not been back to school. The father asks whether the family can be told the trial date before it is in the papers. Interpreter needed for all contact; consent given by the father on {DATE2}.
G|HOM||Health visitor. Mum {F1} {S1} ({AGE_A}), 4 month old baby. Her partner {M1} died on {DATE} after being punched outside {PUB} and hitting his head on the kerb. Police say the man is charged with manslaughter. She is not sleeping, her family are abroad, needs bereavement and court support.
I|HOM||Client says via Lithuanian interpreter that her brother was killed on {DATE} in a fight at his work place, police told her it is manslaughter and one man is arrested. She is only family in UK and she must do everything, identify body, speak with police. She not understand the court process.
H|HOM|DA|Estate manager. Tenant {FO1} {S1} ({AGE_O}) found dead in {FLAT}, {ESTATE} on {DATE}. Police are treating it as murder and her grandson ({AGE_YA}), who lived with her, has been arrested. Neighbours who found her and her daughter need support. Crime type on referral form: Unknown.
S|HOM|KN|Youth service. {M1} ({AGE_Y9}) saw his friend stabbed to death near {PARK} on {DATE}. He ran for help and stayed with him until the ambulance came. Not sleeping, not attending school since. Mum asks for trauma support; police have taken his account as a witness.
# ===== death or serious injury by unlawful driving
P|DID||RTC {STREET} J/W {STREET2} {DATE} {TIME}. VIW {FO1} {S1} ({AGE_O}) PEDESTRIAN ON ZEBRA CROSSING STRUCK BY VEH, SERIOUS HEAD INJS, ICU. DRIVER ARR FOR CAUSING SERIOUS INJURY BY DANGEROUS DRIVING. FAMILY SUPPORT REQ.
S|DID||Head of Year 8: {F1} ({AGE_Y8}) was seriously injured on {DATE} when a driver who was on his phone mounted the pavement outside {SECONDARY}. Two operations on her leg so far. Police have charged the driver with causing serious injury by careless driving. Her class are very shaken too.
G|DID||GP. Mr {M1} {S1} ({AGE_A}) is the father of {M2}, who was killed on {DATE} by a driver who was over the limit. Driver charged with causing death by careless driving while under the influence. Mr {S1} is struggling badly, off work, low mood. Referral for bereavement and trial support. He keeps driving to the junction where it happened. Inquest opened and adjourned on {DATE2}; trial expected next year. He has asked for help with the victim personal statement and whether he can read it out in court himself. His wife is also struggling but has her own GP.
I|DID||Via Romanian interpreter: client's husband was on his bicycle going to work when a van hit him and did not stop, {DATE} around {TIME}. He is in coma at {HOSP}. Police found the van and arrested the driver for causing serious injury by dangerous driving. Client has 2 small children and no family here.
C|DID||Church pastor: the family of {F1} {S1} ({AGE_YA}), who was killed on {STREET} on {DATE} when two cars were racing each other, have asked for help. Both drivers have been charged with causing death by dangerous driving. The family want to understand what happens at court.
# ===== violence with injury
P|VWI|DA|DA ABH. IP {F1} {S1} ({AGE_A}) PUNCHED TO FACE BY EX-PARTNER {M1} {S2} AT IP'S HOME ADDRESS {STREET}. CUT LIP, SWOLLEN L EYE. DASH HIGH, MARAC REF MADE. SUSP ARR {DATE}, BAILED WITH CONDS. CASE LOG: {DATE2} IP CALLED OIC TO WITHDRAW SUPPORT, SAYS SHE STILL LOVES HIM. {DATE3} MARAC HEARD, IDVA ALLOCATED, CPS ADVICE TBC.
G|VWI|DA|Practice nurse dressing a burn on Mrs {S1}'s forearm ({DATE}). Mr {S1} sat in on the consultation and answered for her. When he stepped out she said he had pushed her against the cooker during an argument and this was not the first time. She consents to referral, please phone only when she is at work.
H|VWI|DA|Housing officer visited {FLAT}, {ESTATE} about repairs. Tenant {F1} {S1} had fingertip bruising on both upper arms and said her son {M1} ({AGE_YA}) "lost it" on {DATE} when she refused to give him money, grabbing and shaking her. She wants him out of the flat but is frightened of what he'll do.
I|VWI|DA|Client says via Polish interpreter that on {DATE} her partner {MPL1} was drunk and hit her with phone charger cable, she has marks on the back and one tooth is broken. She is not wanting that he goes to prison, only that it stops. They live together 6 years, have one daughter. Interpreter note: client was hesitant, several times said "it is normal in our home". She does not want police today but asks for information about refuge if it happen again. Daughter is at nursery in the mornings, best time to call is 10 to 12.
C|VWI|DA|LGBT+ charity caseworker: {M1} ({AGE_A}) disclosed that his boyfriend threw a mug at him during a row on {DATE}; he needed 4 stitches above his eye at {HOSP}. He says it has happened before and he is embarassed to tell anyone.
P|VWI|DA;KN|S20 GBH. VIW STABBED IN THIGH WITH KITCHEN KNIFE BY HUSBAND {M1} {S1} AT HOME ADDRESS {STREET} {DATE} {TIME}. SUSP REMANDED. DASH HIGH, MARAC {DATE2}.
G|VWI|DA|Health visitor new birth visit. Mum {F1} has a healing fracture of the little finger. She said {M1} came round on {DATE} to see the baby and slammed her hand in the front door when she asked him to leave. Later in the visit she said they split up when she was 5 months pregnant.
S|VWI|DA|YOS: our young person {M1} ({AGE_T}) told his worker that his older brother {M2} ({AGE_YA}) beat him with a belt at home on {DATE}, leaving welts across his back. Both live with mum on {STREET}. {M1} does not want police but worker has explained we have to pass this on.
I|VWI|DA;HBA|Via Urdu interpreter: client {FSA1} ({AGE_18}) says her father and uncle beat her because she was seen with a boy from college and they said she "shamed the family". Interpreter saw bruises on her arms and legs. She is staying with a friend, very scared they will find her.
P|VWI|DA|ABH. IP {FO1} {S1} ({AGE_O}) PUSHED OVER BY DAUGHTER {F2} {S1} ({AGE_A}) WHO IS ALSO HER CARER. FRACTURED WRIST. SUSP INTERVIEWED, RUI. ASC SAFEGUARDING REF MADE. IP DOES NOT SUPPORT PROSECUTION.
H|VWI|DA|Estate manager. Neighbour heard screaming from {FLAT} on {DATE} around {TIME}. When I visited {F1} {S1} next day she had a split lip and said {M1} did it. Further into the visit she mentioned {M1} is the father of both her kids and stays most nights, though he is not on the tenancy.
C|VWI|DA|Pastor at our church: {F1} ({AGE_A}) came to the Sunday service with a black eye. She said her mother-in-law hit her with a rolling pin because dinner was late. She lives with her husband's family on {STREET} and asked us not to tell her husband she spoke to us.
P|VWI|DA|SAME SEX DA. IP {F1} {S1} ({AGE_A}) BITTEN ON ARM BY FEMALE PARTNER {F2} {S2}, SKIN BROKEN. CAD {CAD}. DASH MEDIUM. IP DECLINED STATEMENT, PHOTOS TAKEN ON BWV.
G|VWI|DA|GP. Mr {M1} {S1} ({AGE_A}) attended with bruised ribs, x-ray shows 2 fractures. He says his wife kicked him while he was on the floor on {DATE} and it is not the first time. Very embarrassed, worried no one will believe a man. Asked that police are not called yet. He has attended twice this year with injuries he put down to football. Says the arguments are usually about money and her drinking. They have a daughter at primary school and he is frightened social services will get involved if he says anything.
I|VWI|DA|Client tells through Romanian interpreter that the brother of her husband hit her with the mop handle in kitchen on {DATE}, the arm is swollen and doctor did x-ray. Husband is working in Germany and she lives with his family. She says she has nowhere else to go.
S|VWI||Youth service: {F1} ({AGE_P}) says her mum's boyfriend slapped her hard across the face on {DATE}; red handprint and a small cut from his ring seen by staff. Social care informed and s47 strategy meeting held {DATE2}. Mum says the boyfriend has now moved out.
P|VWI|DA|ABH. IP {MO1} {S1} ({AGE_O}) STRUCK WITH WALKING STICK BY SON {M2} {S1} ({AGE_A}), LACERATION TO HEAD, GLUED AT {HOSP}. SUSP KNOWN MH ISSUES. ASC REF. {CRIS}.
H|VWI|DA|Tenancy sustainment officer. {F1} {S1} moved into temporary accomodation on {STREET} after fleeing her ex, {M1}. He found out the address and on {DATE} headbutted her on the doorstep, nose broken. She needs a management move urgently, the address is compromised.
C|VWI|DA;HBA|Women's group at {PLACE}: {FSA1} ({AGE_YA}) disclosed her two brothers beat her after she refused the marriage her family arranged for her in Pakistan. She has a cut on her head that was glued at A&E. Staying with a friend, doesn't want police yet but agreed to this referral.
G|VWI|DA|District nurse. Mrs {FO1} {S1} ({AGE_O}), housebound, has unexplained bruising to both arms and a skin tear on her shin. After a while she said her husband "gets rough" when he's had a drink. Referred to adult safeguarding as well as to the hub.
P|VWI|DA;KN|S18 GBH DOMESTIC. IP SLASHED ACROSS FACE WITH STANLEY KNIFE BY EX-BF {M1} {S1} AT {STREET} {DATE}. SUSP OUTSTANDING, CIRCULATED ON PNC. DASH 19/24, MARAC REF.
I|VWI|DA|Via Turkish interpreter, client explain the cousin of her husband who also live in the house pushed her down the stairs on {DATE}. Ankle is broken. The family tell everyone she fell. She is frighten to go back after hospital.
S|VWI|DA|College safeguarding lead: {F1} ({AGE_T}) came in with a bruised cheek. She says her boyfriend {M1} ({AGE_YA}) punched her in his car on {DATE} because she was talking to a lad from her course. They've been together about 8 months.
S|VWI||School DSL: Year 10 pupil {F1} ({AGE_Y10}) says her boyfriend, also in Year 10, shoved her into a wall after school on {DATE} and she hit her head; mum took her to A&E, mild concussion. Both families informed. Police aware.
P|VWI|HC|RACIALLY AGG ABH. IP {M1} {S1} ({AGE_A}) BUS DRIVER PUNCHED BY PASSENGER AT {STREET} STOP AFTER RACIAL ABUSE. BROKEN NOSE. SUSP DESC WM 30S, GREY TRACKSUIT. CCTV REQ.
C|VWI|HC|LGBT+ charity: {M1} ({AGE_YA}) and his boyfriend were walking home holding hands from {PUB} on {DATE} when a group of men shouted homophobic abuse at them and kicked {M1} in the head. Concussion, kept in overnight. The boyfriend was not hurt.
C|VWI|HC|Synagogue security team: congregant {MO1} {S1} ({AGE_O}) was pushed to the ground on {STREET} on {DATE} by a man shouting antisemitic abuse at him. Grazed hands and a badly bruised hip. He is now afraid to walk to shul.
P|VWI||ABH. IP {M1} {S1} ({AGE_A}) PUNCHED X3 OUTSIDE {PUB} {DATE} {TIME}. FACIAL INJS. SUSP N/K. CCTV TBC. NOT DA - IP AND SUSP NOT KNOWN TO EACH OTHER.
H|VWI||Estate manager: our caretaker {M1} {S1} was clearing fly-tipping from the bin store at {ESTATE} on {DATE} when a resident came out shouting and punched him twice in the face. Cut eyebrow, 3 stitches. Police attended, {CAD}.
S|VWI|KN|YOS: {M1} ({AGE_T}) was stabbed in the upper arm outside {STATION} on {DATE} after a row about "ends". Discharged from hospital next day. He won't say who did it and his mum is desperate to move.
S|VWI||Head of Year 9: {M1} ({AGE_Y9}) was jumped by three older boys near {PARK} on {DATE}. Broken tooth, cut lip. Nothing was taken from him. He says he doesn't know them.
S|VWI||Pastoral lead: {F1} ({AGE_Y}) was attacked by a group of girls from another school at the bus stop on {STREET} on {DATE}. Bruising to face and a clump of hair pulled out. Parents have reported to police, {CRIS}.
G|VWI||GP. Mr {MO1} {S1} ({AGE_O}) attended with a fractured cheekbone after being hit by a stranger at {STATION} on {DATE}. No words exchanged, he says. Now too anxious to leave the house; wife says he is not sleeping.
I|VWI||Client says via Portuguese interpreter that the supervisor at the warehouse hit him with the metal bar of a pallet truck on {DATE} because he was working slow, he has big bruise and cut on leg. He is afraid to lose his job. He is paid normally and lives in his own room.
P|VWI|KN|S18 GBH. IP {M1} {S1} ({AGE_YA}) STABBED X2 TO BACK ON {ESTATE} {DATE} {TIME}. LIFE CHANGING INJS. 3X SUSPS OUTSTANDING. FAMILY REQ SUPPORT.
H|VWI|HC|Housing officer, case log. The {S1} family at {FLAT}, {ESTATE} are Roma. {DATE}: eggs thrown at windows. Following week: stones thrown at the children, "go back to Romania" shouted. {DATE2}: their son {M1} ({AGE_YA}) hit on the head by a brick thrown from the walkway, 6 stitches. Police {CAD}. Family want to move, ASB case opened, neighbours named by family but unwilling to be witnesses. {DATE3}: management move panel, priority agreed but no suitable void yet. Mum {F1} has stopped taking the younger children to school on foot and the eldest girl has been off sick for two weeks. Interpreter (Romanian) needed for all calls. Family consent to referral.
C|VWI|HC|Learning disability advocacy group: {M1} ({AGE_A}), who has Down's syndrome, was tripped and kicked by teenagers at {PARK} on {DATE} who were calling him names about his disability. Grazed face and sprained wrist. He has stopped going to his day centre. Support worker log: {DATE2} accompanied him to his ABE interview. {DATE3} police say one of the teenagers has been identified from CCTV. {M1} asks every day if the boys will come back; mum wants the day centre to arrange transport for now.
P|VWI||ASSAULT EMERGENCY WORKER WITH INJ. PARAMEDIC {F1} {S1} BITTEN ON HAND BY PATIENT DURING CALL OUT {STREET} {DATE}. SKIN BROKEN, BLOOD TESTS REQ.
G|VWI||Practice manager: receptionist {F1} {S1} was assaulted by a patient on {DATE} at {TIME}. He threw the card machine at her when told there were no appointments, cut to her forehead. Practice wants support for her and has removed the patient from the list.
S|VWI||Youth club worker: {M1} ({AGE_Y}) was hit over the head with a glass bottle (it didn't break) by an older lad at {PARK} on {DATE}, needed glue at A&E. He knows the lad's name but is scared to say.
I|VWI|HC|Via Arabic interpreter: client wears hijab, on the bus on {DATE} around {TIME} a woman pulled her scarf and scratch her neck until bleeding, shouting about Muslims. Other passengers did nothing. She is scared to take the bus now.
P|VWI||ABH. IP {F1} {S1} ({AGE_A}) ASSAULTED BY NEIGHBOUR {F2} {S2} IN COMMUNAL HALLWAY {STREET}, SCRATCHES TO FACE AND NECK. ONGOING NEIGHBOUR DISPUTE RE NOISE. NOT A DOMESTIC. SUSP HAS PREVIOUS DA HISTORY AS VICTIM OF HER OWN EX-PARTNER, NOT RELEVANT.
H|VWI||ASB team: long-running dispute between {FLAT} and the flat below. On {DATE} the tenant below, {M1} {S2}, came up with a claw hammer and hit {M2} {S1} on the shoulder. Fractured collarbone. Police arrested, {CRIS}. Both are our tenants.
C|VWI||Mosque youth worker: {MSA1} ({AGE_YA}) was beaten up outside {PLACE} after a Sunday league game; two broken ribs. He says it was about an argument on the pitch and nothing racist was said. Wants help with the police process.
S|VWI|KN|DSL: {M1} ({AGE_Y10}) was cut across the palm with a blade by another pupil during a fight by the school gates on {DATE}. First aid given, parents informed, police attended and the other boy was arrested.
G|VWI||Health visitor: dad {M1} {S1} was punched by another parent at the nursery gate over a parking space on {DATE}; concussion, seen at {HOSP}. Mum asks for support, they have a newborn and he can't drive for now.
P|VWI|HC|RACIALLY/RELIGIOUSLY AGG ABH. IP {MSI1} ({AGE_A}) SIKH MALE, TURBAN KNOCKED OFF AND PUNCHED BY 2X SUSPS ON {STREET} {DATE}. CUT LIP, LOOSE TOOTH. SUSPS SHOUTED RACIAL ABUSE.
I|VWI||Client says through Somali interpreter a man in the queue at {SHOP} punched him on {DATE} after argument about pushing in. He has a cut eye. He does not think it was because of his race, the man was just angry.
P|VWI|KN|S18 GBH. IP {M1} {S1} ({AGE_YA}) ATTACKED WITH MACHETE ON {ESTATE} {DATE} {TIME}. DEEP LACERATIONS BOTH FOREARMS. 2X SUSPS ON MOPED DECAMPED. IP NOT ENGAGING.
H|VWI||Sheltered housing officer: {MO1} {S1} ({AGE_O}) was punched by another resident in the lounge on {DATE}, bruised eye socket. The other resident has dementia. Police aware, both families informed.
S|VWI||YOS: {M1} ({AGE_T}) was beaten by two men at {STATION} on {DATE} after a row about a vape; swollen jaw, CT clear. He knows one of them by sight. Keen to give a statement.
C|VWI|HC|Trans support group: {F1} ({AGE_A}), a trans woman, was punched in the face at {STATION} on {DATE} by a man who called her "a bloke in a dress". Swollen jaw and a chipped tooth. She reported it, {CRIS}.
G|VWI||GP: patient {F1} {S1} ({AGE_A}) works at a care home and was pushed into a door frame by a resident's son during a visit on {DATE}. Cut to the head, 2 stitches. Off work with anxiety.
P|VWI||ABH. IP {M1} {S1} ({AGE_A}) TAXI DRIVER. PASSENGER ARGUED OVER ROUTE, PUNCHED IP BREAKING TOOTH, THEN RAN OFF WITHOUT PAYING {AMTS} FARE. SUSP N/K.
I|VWI||Client says via Albanian interpreter that two men attacked him outside {PLACE} on {DATE}, his arm is broken. He does not know them and they took nothing. He thinks maybe they confuse him with somebody else.
# ===== violence without injury
P|VWOI|DA|COMMON ASSAULT DOMESTIC. IP {F1} {S1} ({AGE_A}) PUSHED BY PARTNER {M1} {S2} DURING ARGUMENT, NO VISIBLE INJ. DASH STANDARD. {CAD}. IP SUPPORTIVE OF ACTION.
I|VWOI|DA|Client says via Polish interpreter her husband say he will kill her and the children if she goes to police, he says this many times this month, last time {DATE}. He did not hit her. She is afraid because he has lost the job and drinks every day.
G|VWOI|DA|Health visitor: mum {F1} said {M1} grabbed her by the arm and shoved her out of the bedroom while she was holding the baby on {DATE}. No marks. Previous DA referral for the couple in 2025.
C|VWOI|DA;HC|LGBT+ charity: {M1} ({AGE_YA}) was thrown out by his father on {DATE} after coming out as gay. His father called him "disgusting", spat at him and pushed him down the front steps. He was not hurt. Sofa surfing now.
P|VWOI|DA|THREATS TO KILL. IP {F1} {S1} RECIEVED VOICEMAILS FROM EX-HUSBAND {M1} {S1} STATING HE WOULD "FINISH HER" WHEN SHE LEAST EXPECTS IT. NO WEAPON MENTIONED. DASH HIGH.
H|VWOI|DA|Estate manager: {FO1} {S1} ({AGE_O}) told us her grandson ({AGE_YA}), who lives with her at {FLAT}, shoves her about when she won't give him money. No injuries seen. She wants him rehoused but doesn't want him in trouble.
S|VWOI|DA|Sixth form tutor: {F1} ({AGE_T}) said her stepfather grabbed her by the hair and dragged her into the hallway on {DATE} because she came home late. No injury seen. She is staying with her nan.
I|VWOI|DA|Through Tigrinya interpreter: client's adult son locks her in the bedroom when he goes out and has pushed her against the wall. She has no injury. She is afraid of him, he uses drugs. He is {AGE_YA} and has no job; she says when he is sober he is a good boy. Neighbours heard shouting on {DATE} and called police but she told them everything is fine. She asked if she can change the locks. She wants advice only, not prosecution.
P|VWOI|DA|COMMON ASSAULT. IP {M1} {S1} ({AGE_A}) SLAPPED BY BROTHER {M2} {S1} ({AGE_A2}) DURING ARGUMENT OVER LATE FATHER'S WILL. NO INJ. DA FLAG ADDED ON CRIS.
C|VWOI|DA;HBA|Community advocate: {FSA1} ({AGE_YA}) says her family have told her she will be taken to Bangladesh in the summer to marry her cousin, and her father said he will kill her if she refuses. Forced Marriage Unit contacted {DATE}.
G|VWOI|DA|GP: Mr {MO1} {S1} ({AGE_O}) has dementia. His daughter is his live-in carer. The district nurse saw her slap him across the face on {DATE} when he wouldn't eat. No injury. Adult safeguarding informed.
S|VWOI||Primary DSL: {F1} ({AGE_P}) came in hungry and in the same clothes all week. She says dad has left her alone overnight "a few times". Section 47 started {DATE}, police joint investigation for neglect.
G|VWOI||Health visitor: baby (7 months) left alone in the flat on {STREET} while mum went to the shop; neighbour heard crying and called police on {DATE}. Police investigating child neglect, {CRIS}. Mum {F1} ({AGE_YA}) has postnatal depression.
S|VWOI|MS|YOS, case log. {M1} ({AGE_T}) reported missing from home on {STREET} on {DATE}. Found by BTP in a trap house in Norfolk 9 days later with a burner phone and cash; disclosed he had been "working" a line to pay off a debt. NRM referral submitted, positive reasonable grounds {DATE2}. No sexual exploitation disclosed. Return home interview done. Mum wants support. {DATE3}: strategy meeting, disruption plan for the adults involved, {M1} moved to a college course out of borough. Mum says he is still getting calls from withheld numbers and will not say who they are. Younger brother aged {AGE_P} being monitored by school.
P|VWOI|MS|MODERN SLAVERY. VIW {MPL1} ({AGE_A}) FOUND WORKING AT CAR WASH {STREET}. PASSPORT HELD BY BOSS, NO WAGES SINCE SUMMER, SLEEPING ON SITE. NRM REF SUBMITTED. {CRIS}.
I|VWOI|MS|Via Vietnamese interpreter: client ({AGE_YA}) says she was brought to UK in a lorry and made to work in a nail bar on {STREET} with no pay to repay a "debt" of {AMTL}. She was locked in the flat above at night. She escaped on {DATE}.
H|VWOI|MS|Housing officer: vulnerable tenant {M1} {S1} ({AGE_A}) at {FLAT} has had his flat taken over by two men from out of area who deal from it. They make him deliver packages for them, keep his bank card and push him around if he refuses. Police and adult safeguarding informed {DATE}.
S|VWOI|ON|Year 8 pupil {M1} ({AGE_Y8}) showed staff Snapchat messages from older boys saying they would stab him to death if he came to {PARK} again. No one has approached him in person. Parents informed, police report {CRIS}.
P|VWOI||COMMON ASSAULT. IP {F1} {S1} ({AGE_A}) SPAT AT ON {STATION} PLATFORM BY MALE WHO CLAIMED TO KNOW HER. IP DENIES ANY RELATIONSHIP WITH SUSP, NEVER MET HIM. NO INJ. CCTV REQ.
P|VWOI|HC|RACIALLY AGG COMMON ASSAULT. IP {M1} {S1} ({AGE_A}) PUSHED IN CHEST AT {SHOP} AND CALLED A "F***ING IMMIGRANT". NO INJ. SUSP ARR {DATE}.
C|VWOI|HC|Gurdwara committee: elderly member {MSI1} ({AGE_O}) had his turban pulled off by youths on {STREET} on {DATE}; they shouted racist abuse and ran. Not hurt but very shaken and humiliated.
P|VWOI||ASSAULT ON EMERGENCY WORKER. PC {M1} {S1} KICKED IN LEG DURING ARREST AT {STREET} {DATE}. NO INJURY. SUSP CHARGED.
G|VWOI||Practice manager: a patient became aggressive at reception on {DATE}, grabbed Dr {S1}'s arm and shoved her into the wall. No injury. Surgery issued a warning letter and wants the GP to have support.
S|VWOI|KN|Youth worker: {M1} ({AGE_T}) says a man pulled out a knife on him at {STATION} on {DATE} and said he'd "get it" if he came back to the area. Nothing was taken, he ran.
I|VWOI||Client says via Lithuanian interpreter his employer did not pay him for last week and when he asked, the employer said "I will kill you and nobody find you". It was in the yard on {DATE}. He has left that job and has new one now.
H|VWOI||Housing officer: {F1} {S1} ({AGE_A}), tenant at {ESTATE}, says her nieghbour threw a bucket of water over her during an argument about bins on {DATE}. Not hurt. Says he's done it before. They are not related.
S|VWOI||Primary head: {M1} ({AGE_P}) was taken from outside the school gates on {DATE} by his father, who is not allowed contact under a court order. Police found him at {PLACE} six hours later, unharmed. Mum is the resident parent.
P|VWOI||THREATS TO KILL. IP {M1} {S1} ({AGE_A}), LANDLORD, THREATENED BY TENANT TO "BURN HIM ALIVE" DURING INSPECTION VISIT {DATE}. NO WEAPON. SUSP ARR.
C|VWOI|HC|LGBT+ charity: {F1} and her wife were followed off the bus on {STREET} on {DATE} by a man who shoved {F1} and called them "dykes". No injuries. They're now avoiding that route.
G|VWOI||Health visitor: concerns for {M1} ({AGE_P}); mum's partner makes him stand in the corner for hours and withholds meals as punishment. Children's social care aware; police joint visit {DATE}.
S|VWOI|MS|YOS: {M1} ({AGE_Y}) has been going missing and is being made to carry drugs for a line run from {ESTATE}; older boys say he owes a "debt" and that they will hurt his mum. NRM submitted {DATE}. CSE screening negative.
P|VWOI||COMMON ASSAULT. IP {FO1} {S1} ({AGE_O}) PUSHED BY CYCLIST ON PAVEMENT {STREET} AFTER ASKING HIM TO SLOW DOWN. NO INJ, SHAKEN.
I|VWOI||Via Bengali interpreter: client says the man who rents the room next door in the shared house threatened to cut her throat if she complains again about noise. He made gesture on his neck but had no knife. She is very afraid. Happened {DATE}.
H|VWOI|KN|Estate manager: resident {M1} {S1} says on {DATE} his neighbour came to his door holding a large kitchen knife and said he'd kill him if the music didn't stop. He wasn't touched. He has stopped playing music completely.
S|VWOI||Primary: {F1} ({AGE_P}) disclosed her mum smacks her with a slipper when she's naughty; no marks seen today. Strategy discussion held {DATE}.
C|VWOI|HC|Mosque committee: our imam {MSA1} {SSA1} ({AGE_A}) was pushed and spat at outside the mosque on {DATE} by a man shouting anti-Muslim abuse. Not injured. CCTV given to police.
P|VWOI|MS|TRAFFICKING / DOMESTIC SERVITUDE. 2X FEMALES FOUND AT {STREET} ADDRESS WORKING FOR FAMILY, NO PAY, NOT ALLOWED OUT. VIW {F1} ({AGE_A}) REFERRED. NRM.
S|VWOI||After school club: {M1} ({AGE_P}) said his uncle, who collects him, twists his ear and pushes him into the car. No marks. Mum informed, social care consulted {DATE}.
P|VWOI||THREATS TO KILL. IP {M1} {S1} ({AGE_A}) SHOP OWNER. SUSP REFUSED ALCOHOL, SAID HE WOULD "COME BACK AND SHOOT HIM". NO FIREARM SEEN.
I|VWOI||Via Ukrainian interpreter: client says the man who hosts the family has pushed her son ({AGE_P}) and shouted at him. The boy was not hurt. They want to move from the house as soon as possible.
H|VWOI||Concierge at {ESTATE} tower: {F1} {S1} was cornered in the lift by a man who grabbed her wrist and wouldn't let go until the doors opened, {DATE} {TIME}. Not injured. CCTV saved.
C|VWOI|HC|Disability forum: {F1} ({AGE_A}), a wheelchair user, had her chair shoved towards the kerb by a man mocking her disability outside {SHOP} on {DATE}. She wasn't hurt.
S|VWOI|KN|DSL: {M1} ({AGE_Y}) was held against the fence by an older pupil who held a pair of scissors to his neck and told him to "say sorry", {DATE}. No injury. The older pupil is excluded.
P|VWOI||CHILD CRUELTY. VIW {F1} ({AGE_P}). NEIGHBOUR REPORTS CHILD LEFT ON BALCONY IN COLD FOR HOURS AS PUNISHMENT. S47 JOINT. {CRIS}.
G|VWOI||School nurse: {F1} ({AGE_P}) has not been brought to medical appointments for a year, untreated dental abscess and head lice. Police involved re neglect since {DATE}.
I|VWOI||Client says through Arabic interpreter a man followed her son ({AGE_T}) from the bus, grabbed his jacket and said he will kill him. Son pulled away and ran home. Nothing was taken. {DATE}.
P|VWOI|KN|ASSAULT NO INJ. IP {M1} {S1} ({AGE_A}) DELIVERY RIDER. SUSP BRANDISHED KNIFE AND CHASED IP ALONG {STREET} {TIME}. IP ESCAPED, NOTHING TAKEN.
S|VWOI||YOS: {M1} ({AGE_T}) says his football coach grabbed him by the collar and slammed him against the lockers after a match on {DATE}. No injury. Club has suspended the coach.
C|VWOI|HC|Traveller liaison group: {F1} {S1} ({AGE_A}) was pushed out of {SHOP} by a security guard who said "no gypsies in here". Not injured. Happened {DATE}.
H|VWOI||Sheltered scheme: {MO1} {S1} ({AGE_O}). Another resident keeps threatening him and on {DATE} raised his walking stick at him in the corridor as if to hit him. No contact made.
# ===== stalking and harassment
P|SH|DA|CCB. IP {F1} {S1} ({AGE_A}). PARTNER {M1} {S2} CONTROLS ALL FINANCES, CHECKS HER PHONE DAILY, STOPS HER SEEING FAMILY, TIMES HER TRIPS TO SHOPS. NO PHYSICAL ASSAULTS DISCLOSED. DASH HIGH. MARAC {DATE}. CASE LOG: {DATE2} IP MOVED TO REFUGE OUT OF BOROUGH. {DATE3} SUSP INTERVIEWED, DENIES ALL, RUI. IP ENGAGING WITH IDVA. SUSP DOB N/K.
G|SH|DA|GP: Mrs {F1} {S1} ({AGE_A}) disclosed in a phone consultation that her husband reads all her messages, decides what she wears and takes her wages. She isn't allowed to come to appointments alone. Please contact via surgery only. Case log: {DATE} first disclosure, safety plan discussed, DASH completed by GP, 14 yes answers. {DATE2} missed appointment, husband phoned to cancel on her behalf. {DATE3} seen alone for bloods, says nothing has changed; no physical violence, "he doesn't need to, he has everything". Agrees to IDVA contact through the practice only.
I|SH|DA|Via Polish interpreter client says that her husband does not let her learn English, he keeps her passport and bank card and she must ask him for money for bread. He say if she leave him he will take the children to Poland. She has no friends here. When she went to the GP alone on {DATE} he phoned her 11 times. She says he never hit her. She want to know if she can stay in UK with the children if she leave, she thinks she has settled status but he keeps the papers.
C|SH|DA;ON|LGBT+ charity: {M1} ({AGE_YA}) says his ex-boyfriend has made fake Instagram accounts to message him and his friends, and turns up outside his work at {PLACE}. Daily since they split on {DATE}.
P|SH||HARASSMENT. IP {F1} {S1} RECEIVED 60+ TEXTS AND CALLS FROM FORMER LANDLORD {M1} {S2} OVER 3 NIGHTS FROM {DATE}. SMS AND CALLS ONLY, NO SOCIAL MEDIA. NOT DA, NO RELATIONSHIP. PREV WARNED.
H|SH|DA|Housing officer, case log for {F1} {S1}, {FLAT}. {DATE}: reports ex-partner {M1} sitting in his car opposite her block most evenings. {DATE2}: notes through her letterbox saying "I'm not going anywhere". {DATE3}: he was waiting on the landing when she got home. They seperated in the spring. She is applying for a non-molestation order and wants a camera doorbell. Police {CAD}. Risk reviewed with the police DA car, DASH medium. She has two children at {PRIMARY} and the school has been given a photo of him. Lock change done under the sanctuary scheme. She says she is "constantly looking over my shoulder" and has stopped going to her evening job.
S|SH|DA;ON|College: {F1} ({AGE_T}) says her boyfriend ({AGE_YA}) tracks her location on Snap Map and makes her send videos to prove where she is. He tells her what to wear and she has stopped seeing friends.
G|SH|DA|Health visitor: mum {F1} says her mother-in-law, who lives with them, takes her child benefit, controls the food shopping and won't let her leave the house without her husband's permission.
I|SH|DA|Client tells via Turkish interpreter that her ex-husband calls her mother's phone every day asking where she is, and he waits at children's school gate, {PRIMARY}. They are divorced since 2024 and he knows he must not come.
P|SH|DA;ON|STALKING. IP {F1} {S1} ({AGE_A}). EX-PARTNER {M1} {S1} PLACED GPS TRACKER ON HER CAR AND SENDS WHATSAPP MSGS DESCRIBING WHERE SHE HAS BEEN. DASH 16. MARAC REF.
C|SH|DA|Women's centre: {F1} ({AGE_A}) ended her relationship with {F2} in the summer. Since then {F2} has been turning up at the centre, at her mum's house and at her work, and leaves flowers and letters on her car.
H|SH|DA|Tenancy officer: {MO1} {S1} ({AGE_O}) says his daughter {F1} moved back in with him in the autumn and now won't let him use the phone, takes his pension and tells him he'll "end up in a home" if he complains to anyone.
G|SH|DA|GP: {F1} {S1} ({AGE_A}) is being harassed by her sister after a family falling-out; abusive voicemails most days and she has twice turned up at her work shouting. Patient's anxiety much worse.
S|SH|ON|Youth service: {F1} ({AGE_Y}) is getting nasty WhatsApp messages every day from an ex-friend's older sister calling her names and saying everyone hates her and she should move schools.
P|SH|ON|MALICIOUS COMMS. IP {F1} {S1} ({AGE_A}), LOCAL COUNCILLOR, RECEIVING ABUSIVE EMAILS AND X POSTS FROM SAME ACCOUNT SINCE {DATE}. NO THREATS TO KILL.
I|SH||Client says via Romanian interpreter that a man from her work follows her home, waits at bus stop on {STREET} and puts letters in her door. She never was in relationship with him, only colleagues. She is scared to go to work.
C|SH|HC;ON|Mosque trustees: since {DATE} the mosque has received a string of emails calling Muslims "vermin" and saying we are not welcome on {STREET}. Congregation worried. Copies kept.
H|SH|HC|Housing officer, case log. The {S1} family at {FLAT} (Nigerian) report: {DATE} neighbour banging on their door at night; {DATE2} note pushed through saying "go home"; since then monkey noises when the children pass. Mum {F1} is not sleeping. ASB case open, police {CAD}, neighbour interviewed and denies it.
P|SH|DA;ON|HARASSMENT. EX-WIFE {F1} {S1} POSTING ON FACEBOOK ACCUSING IP {M1} {S1} OF BEING A PAEDOPHILE. ONGOING SINCE DIVORCE. IP'S EMPLOYER HAS SEEN POSTS.
S|SH|ON|Sixth form: {M1} ({AGE_T}) is being harassed by an anonymous Instagram account sending him daily abuse and posting his photos; he thinks it's a former friend. Screenshots kept.
G|SH||Practice manager: Dr {F1} {S1} is being followed by a former patient who waits in the car park and has turned up outside her home on {STREET} twice. Police informed {DATE}.
I|SH|DA;ON|Via Arabic interpreter: client ({AGE_YA}) says her brother sends her voice notes on WhatsApp every day insulting her and saying she must come back to the family home; he came to her hostel on {DATE}.
P|SH|DA|CCB. IP {M1} {S1} ({AGE_A}) REPORTS HUSBAND {M2} {S2} CONTROLS ALL MONEY AND MONITORS MOVEMENTS. SUSP THREATENS TO TELL IP'S FAMILY ABOUT HIS HIV STATUS. DASH MEDIUM.
H|SH|DA|Estate manager: {F1} {S1} asked us to change her locks. Her ex-partner {M1} has been letting himself in with an old key while she is at work, moving things round and leaving notes, since {DATE}. Nothing taken.
C|SH|DA;HBA|Community advocate: {FSA1} ({AGE_A}) divorced her husband this year. Her brothers now follow her to work and have told her she has dishonoured the family and must go back to him.
P|SH|DA|STALKING. IP {F1} {S1} ({AGE_A}). EX-BF {M1} {S2} TURNING UP AT HER WORK, GYM AND HOME. IN BREACH OF BAIL CONDS {DATE}. DASH HIGH.
S|SH|DA|College: {M1} ({AGE_T}) says his girlfriend ({AGE_T}) checks his phone, won't let him see his mates, and says she'll hurt herself if he goes out without her. Going on since the summer.
S|SH||School: {F1} ({AGE_Y9}) says her boyfriend ({AGE_Y9}) phones and texts her constantly to know where she is, told her she can't talk to other boys, and came to her house at night after she blocked his number. Mum has asked police to speak to him.
G|SH|DA|Health visitor: mum {F1} ({AGE_YA}) disclosed {M1} times her when she goes to the shop and takes her phone at night. He has stopped her going to baby group. They have been together since school.
I|SH||Via Somali interpreter: client's neighbour takes photos of her and her children from his window and shouts at them in the corridor of {FLAT}, every day for two months. She does not know why he does it.
P|SH|ON|HARRASSMENT. IP {F1} {S1} ({AGE_A}) SMALL BUSINESS OWNER TARGETED WITH FAKE REVIEWS AND ABUSIVE DMS BY FORMER EMPLOYEE SINCE {DATE}.
H|SH||ASB officer: {M1} {S1} at {FLAT} says his upstairs neighbour has been leaving notes calling him a "grass", following him to the shops and filming him ever since he reported the noise on {DATE}.
C|SH|HC;ON|LGBT+ charity: {F1} ({AGE_A}), a trans woman, has been repeatedly called a "groomer" and deadnamed in a local Facebook group by her neighbour, and on {DATE} he followed her home from the bus.
P|SH|DA|CCB. IP {FO1} {S1} ({AGE_O}). SON {M1} {S1} ({AGE_A}) LIVES WITH IP, WITHHOLDS HER MOBILITY AIDS AND CONTROLS HER MONEY. NO ASSAULTS DISCLOSED. ASC REFERRAL MADE.
S|SH|ON|YOS: a rival group keep posting {M1}'s photo and street name on Snapchat stories calling him "food". {M1} ({AGE_T}) has stopped going out. Police aware.
I|SH|DA|Client says via Portuguese interpreter that the father of her baby waits outside the nursery on {STREET}, rings her mum's doorbell late at night, and says he will not stop until she takes him back.
G|SH||GP: patient {M1} {S1} ({AGE_A}) says his former boss keeps phoning and texting him abuse since he left the job, up to 20 calls a day. No contact in person.
P|SH|DA;ON|MALICIOUS COMMS. IP {F1} {S1} ({AGE_YA}), EX-GF OF SUSP {M1} {S2}. SUSP SENDING ABUSIVE MSGS VIA INSTAGRAM FROM MULTIPLE ACCOUNTS DESPITE BEING BLOCKED.
H|SH|DA|Housing officer: {M1} ({AGE_A}) has presented as homeless. He says his uncle, who he lived with, made him hand over his wages, opened his post and decided who he could see. He left on {DATE}.
C|SH||Church: {FO1} {S1} ({AGE_O}) is being harassed by her late husband's old business partner, who keeps turning up saying he is owed money, shouts through her letterbox and sends abusive texts. She is frightened to answer the door.
I|SH|DA;HBA|Through Albanian interpreter: client says her husband and his brothers say she bring shame on the family by working. They follow her to {SHOP} where she works and her husband check all receipts what she spends.
S|SH|ON|Year 7 pupil {M1} ({AGE_Y7}): classmates set up a WhatsApp group called "everyone hates {M1}", post edited photos of him every day and added half the year. Parents reported to police {DATE}.
P|SH||HARASSMENT. IP {M1} {S1} ({AGE_A}) RECEIVING LETTERS AND SILENT PHONE CALLS FROM UNKNOWN SUSP SINCE {DATE}. NO DA OR ONLINE ELEMENT IDENTIFIED.
G|SH|DA|GP: {F1} {S1} ({AGE_A}), patient with MS, says her husband, who is also her carer, limits her contact with friends, refuses to take her to appointments and keeps her PIP.
H|SH||Housing officer: a man from the next block keeps following {F1} ({AGE_T}), a tenant's daughter, and shouting insults at her; at least six times since {DATE}. Mum has reported to police.
C|SH|HC|Jewish community security: a family on {STREET} have been followed and abused on their walk to synagogue by the same man every Saturday for several weeks.
I|SH|DA;HBA|Via Kurdish interpreter: client ({AGE_YA}) says since she refused to marry her cousin the family take her phone, do not let her leave the house alone and say she has brought shame. She came to appointment with a friend.
P|SH|DA|HARASSMENT. SUSP {M1} {S1} (EX-HUSBAND) CALLED IP {F1} {S1} X15 ON {DATE} AND X20 ON {DATE2} DESPITE BEING TOLD TO STOP. PREV CCB CONVICTION AGAINST SAME IP. CALLS ONLY.
S|SH|DA|Youth service: {F1} ({AGE_T}) says since she broke up with {M1} ({AGE_YA}) he keeps ringing her and turning up at her college, and says he'll tell her parents about them. She's frightened.
G|SH||Health visitor: mum {F1} is being harassed by her ex-partner's new girlfriend, who phones and texts her abuse and turned up at the door shouting on {DATE}. Nothing from the ex himself.
# ===== sexual offences
P|SEX|DA|RAPE. IP {F1} {S1} ({AGE_A}) DISCLOSED RAPE BY HUSBAND {M1} {S1} AT HOME ADDRESS {DATE}. ISVA REF. DASH HIGH. SUSP ARR, BAILED.
G|SEX|DA|GP: patient disclosed during her smear test that her partner forces sex on her when he's been drinking, most recently on {DATE}. She has not told anyone else. Consents to ISVA referral.
S|SEX|CSA;ON|DSL: {F1} ({AGE_Y}) has been talking to a man on Roblox who says he's 17. He persuaded her to send intimate images and is now asking to meet at {STATION}. Police informed {DATE}. Mum found the chats when she checked the tablet. The man had told her not to tell anyone and said they were "special friends". She is upset the account has been deleted and keeps asking if he is ok. Tablet handed to police.
S|SEX|CSA|YOS, case log for {F1} ({AGE_T}). {DATE}: seen getting into cars with older men on {ESTATE}. {DATE2}: disclosed they give her alcohol and vapes and that she has been sexually assaulted in the cars. CSE strategy meeting held, police investigation opened, {CRIS}. Mum very worried; {F1} does not see herself as a victim.
I|SEX||Via Romanian interpreter: client ({AGE_A}) says a man in the hostel came into her room in the night and touched her breasts while she was asleep. {DATE}. She wants to move hostel.
C|SEX|CSA|Church safeguarding lead: an adult member, {M1} {S1} ({AGE_A}), has disclosed that he was sexually abused by a youth leader at a different church when he was 12. He wants to report it now.
P|SEX|MS|TRAFFICKING FOR SEXUAL EXPLOITATION. VIW {F1} ({AGE_YA}) ALBANIAN NATIONAL FOUND AT ADDRESS ON {STREET} USED AS BROTHEL. NRM REF. INTERPRETER REQ.
S|SEX|CSA|Primary DSL: {F1} ({AGE_P}) told her teacher that mum's friend "touches her private parts" when he babysits. Police and social care strategy meeting {DATE}.
G|SEX|CSA|Sexual health nurse: {F1} ({AGE_Y10}) attended for emergency contraception. She says her boyfriend is {AGE_A}. Safeguarding referral made, police informed {DATE}.
C|SEX||LGBT+ charity: {M1} ({AGE_A}) says he was raped by a man he met in a bar on {DATE} after going back to his flat. He has been to the Haven. Wants support to decide about reporting.
P|SEX||SEXUAL ASSAULT. IP {F1} {S1} (DOB NOT RECORDED) GROPED ON TRAIN BETWEEN {STATION} AND {STATION2} {DATE} {TIME}. SUSP N/K. BTP AWARE.
H|SEX||Housing officer: tenant {F1} {S1} ({AGE_A}) says the contractor fixing her boiler on {DATE} exposed himself to her in the kitchen. Contractor firm informed and the operative suspended.
S|SEX|CSA;ON|Secondary: {M1} ({AGE_Y10}) was sent explicit videos on Discord by an adult pretending to be a girl his age, who then asked him for nude pictures. Parents have reported, device with police.
I|SEX|DA|Client tells via Bengali interpreter that her husband's brother came to her room when her husband was at work and raped her. She is afraid to tell her husband. They all live in one house on {STREET}.
P|SEX|CSA|SEXUAL ACTIVITY WITH CHILD U16. VIW {F1} ({AGE_Y10}). SUSP {M1} {S1} ({AGE_A}) MET VIA FRIEND'S OLDER BROTHER. S47 STRATEGY {DATE}.
G|SEX||GP: {F1} ({AGE_A}) says she woke up at a friend's flat after a party on {DATE} with no memory and believes she was raped. She has been to the Haven. Very anxious.
S|SEX|CSA|Youth club: {F1} ({AGE_T}) was sexually assaulted at a house party on {DATE} by a boy ({AGE_T2}) from another college. She reported it to police the next day.
C|SEX|DA;HBA|Women's project: {FSA1} ({AGE_YA}) was made to marry her cousin in Pakistan last year against her will. He is now in the UK and forces her to have sex. She is living with his parents. She says her in-laws watch her all day and her mother told her that leaving would bring shame on both families. Her husband keeps her passport. She met our worker at the women's class and has agreed to talk again next week, same place. Do not contact by phone.
P|SEX|DA|SEXUAL ASSAULT. IP {M1} {S1} ({AGE_A}) REPORTS MALE PARTNER {M2} {S2} SEXUALLY ASSAULTED HIM WHILE HE WAS ASLEEP {DATE}. DASH MEDIUM.
H|SEX||Sheltered housing: {FO1} {S1} ({AGE_O}) told the scheme manager that a male resident keeps coming into her flat and touching her breasts and bottom. She is frightened of him.
I|SEX|MS|Via Thai interpreter: client says she came to London for massage work but the boss made her have sex with customers and kept her passport. She escaped on {DATE} and is staying with a friend.
S|SEX|CSA;MS|YOS: {M1} ({AGE_T}) disclosed that the older man who runs the county line he was made to work on forced him to perform sex acts to "clear his debt". NRM referral pending.
P|SEX|ON|VOYEURISM. IP {F1} {S1} ({AGE_A}) FOUND HIDDEN CAMERA IN BATHROOM OF SHORT LET ON {STREET}. FOOTAGE LATER FOUND UPLOADED TO ADULT WEBSITE.
G|SEX|CSA|Health visitor: {F1} ({AGE_T}) is 20 weeks pregnant and has disclosed that her stepbrother, who is now {AGE_A}, raped her repeatedly when she was 14. She does not want him to know she told.
C|SEX||Mosque women's group: {FAR1} ({AGE_A}) says a minicab driver sexually assaulted her in the back of the car on the way home on {DATE}. She has reported it to the cab firm but not yet police.
P|SEX|CSA;ON|SEXUAL COMMUNICATION WITH A CHILD. VIW {F1} ({AGE_Y}) RECEIVING SEXUAL MSGS AND PICS ON INSTAGRAM FROM ADULT MALE. DEVICE SEIZED.
S|SEX||College: {F1} ({AGE_18}) was sexually assaulted by a stranger on the towpath on her way home on {DATE}. She has given a statement. Tutor asks for ongoing support.
I|SEX|DA|Via Turkish interpreter, client ({AGE_A}) says her ex-husband came to the flat on {DATE} to see the children and forced her to have sex, she said no many times. She did not go to police yet.
H|SEX|DA|Housing: {F1} ({AGE_A}) is fleeing. She disclosed that her former partner {M1} raped her before she left on {DATE}, and he still has keys to the flat.
P|SEX||EXPOSURE. IP {F1} {S1} ({AGE_A}), JOGGER. MALE EXPOSED HIMSELF ON PATH IN {PARK} {DATE} {TIME}. SUSP DESC WM 40S.
# ===== robbery
S|ROB|KN|Year 9 pupil {M1} ({AGE_Y9}) had his phone taken at knifepoint by two older boys on {STREET} on the way home, {DATE}. Police came to school to take details.
S|ROB||Youth service: {M1} ({AGE_T}) was pushed off his e-scooter by three lads at {PARK} on {DATE}; they rode off on it. Grazed knees and elbows, very shaken. {CRIS}. Log: {DATE2} police viewed CCTV from the park cafe, one lad identified. {DATE3} {M1} declined to give a statement, worried about being seen as a grass. Mum angry with police. Worker doing a safety plan for his route to college.
P|ROB|KN|IP {M1} {S1} ({AGE_YA}) THREATENED WITH KNIFE AT {STATION} {TIME}, IPHONE AND AIRPODS TAKEN. 2X SUSPS ON MOPEDS.
P|ROB||BUSINESS. STAFF AT {SHOP} {STREET}: MALE PUSHED CASHIER {F1} {S1} ASIDE AND TOOK TILL DRAWER, APPROX {AMT}. NO WEAPON SEEN.
I|ROB||Via Polish interpreter client says two men pushed him against the wall in the underpass and took his wallet with {AMTS} and bank cards, then they used the cards in a shop. {DATE}.
G|ROB||GP: {FO1} {S1} ({AGE_O}) had her handbag grabbed on {STREET}; she held on and was dragged to the ground, and has broken her hip. Now in rehab. Daughter asks for support.
H|ROB|DA|Housing officer: {FO1} {S1} ({AGE_O}) says her son ({AGE_A}) twisted her arm behind her back until she handed over her bank card and pension money on {DATE}. She lives alone at {FLAT}.
C|ROB|HC;ON|LGBT+ charity: {M1} ({AGE_A}) arranged to meet a man through Grindr at {PARK} on {DATE}. Three men were waiting, called him homophobic names, punched him and took his phone and wallet. They used the app to set him up.
S|ROB|KN|YOS: {M1} ({AGE_T}) says he was "taxed" by a group at {STATION} who showed a blade and took his jacket and trainers.
P|ROB||IP {F1} {S1} ({AGE_A}) PHONE SNATCHED FROM HAND BY SUSP ON E-BIKE, IP HELD ON AND WAS PULLED TO GROUND. GRAZES. {STREET} {TIME}.
I|ROB||Through Somali interpreter: client's son ({AGE_Y}) came home without his phone and coat; boys in the park punched him and took them. {DATE}. He is scared to go out now.
S|ROB|ON|YOS: {M1} ({AGE_T}) arranged to sell his PS5 through Facebook Marketplace; when he met the "buyer" on {STREET} he was punched and the console taken.
P|ROB|KN|BETTING SHOP {STREET}. SUSP ENTERED WITH MACHETE, DEMANDED CASH. {AMT} TAKEN. STAFF MEMBER {F1} {S1} REFERRED FOR SUPPORT.
H|ROB||Estate manager: a parcel delivery driver was held against the wall on the {ESTATE} walkway by two men who took his parcels, {DATE}. Residents want the walkway lit.
C|ROB||Faith group: {MO1} {S1} ({AGE_O}) was pushed over outside the church after the service on {DATE} and the collection bag with about {AMT} was taken.
G|ROB||Health visitor: mum {F1} was pushing the buggy on {STREET} when a man wrenched her phone out of her hand, twisting her wrist. {DATE}.
P|ROB||ATTEMPT. IP {M1} ({AGE_Y}) GRABBED BY 3X YOUTHS DEMANDING HIS E-SCOOTER AT {PARK}. IP PULLED FREE AND RAN, NOTHING TAKEN.
S|ROB||Secondary: {M1} ({AGE_Y8}) has had his lunch money taken by the same older boy most weeks; the boy pins him against the wall in the toilets to get it. Last time {DATE}.
# ===== burglary
H|BUR||Housing officer: {FLAT}, {ESTATE} was broken into on {DATE} while the tenant {FO1} {S1} ({AGE_O}) was in hospital. TV, jewellery and her late husband's medals taken; door frame split. Emergency repair raised. Log: {DATE2} door made good and lock changed. {DATE3} police forensics visited, no suspect identified, {CRIS}. Tenant now frightened to be alone at night, daughter staying with her.
P|BUR||RESIDENTIAL. {STREET}. ENTRY VIA REAR WINDOW, LAPTOP AND CASH {AMT} TAKEN. IP {MO1} {S1} ({AGE_O}). IP'S SON WAS STABBED IN 2023, UNRELATED MATTER. NO SUSP.
C|BUR||Church warden: the church hall on {STREET} was broken into overnight on {DATE}; sound system and the charity tin taken. Window smashed to get in.
S|BUR||School business manager: {SECONDARY} was broken into over half term (found {DATE}); 14 laptops taken from the IT room.
I|BUR||Via Lithuanian interpreter client says someone come into his room in the HMO when he was at work and took his savings {AMT} from under the mattress, the lock on his door was broken.
G|BUR||GP: {FO1} {S1} ({AGE_O}) is very distressed after a man saying he was from the water board got into her house on {DATE} and stole her purse while she ran the taps.
H|BUR|DA|Estate manager: tenant {F1} {S1} says her ex-partner got in through the balcony door on {DATE} while she was out and took her passport and the children's birth certificates. She recognised him on the neighbour's doorbell camera.
P|BUR||AGG BURGLARY. 2X SUSPS SEEN BY NEIGHBOUR LEAVING {STREET} ADDRESS CARRYING KNIVES. IP {M1} {S1} ({AGE_YA}) AWAY AT TIME. CASH AND WATCH TAKEN. NO CONFRONTATION.
S|BUR||Youth worker: {M1} ({AGE_Y}) is very anxious after the family flat was burgled on {DATE} while they were at a wedding; his Xbox and his mum's gold were taken.
I|BUR||Client via Bengali interpreter: somebody broke the shutter of her husband's grocery shop on {STREET} in the night and took cigarettes and the cash from the till. {DATE}.
P|BUR||BUSINESS/COMMUNITY. {PLACE} ENTERED VIA ROOF, CASH BOX AND LAPTOP TAKEN. NO HATE ELEMENT IDENTIFIED. {CRIS}.
H|BUR||Caretaker: the door of the locked communal bike store at {ESTATE} was forced on {DATE} and three residents' bikes were taken, including {M1} {S1}'s.
C|BUR|HC|Synagogue: our premises were broken into on {DATE}; a silver Torah pointer was taken and antisemitic graffiti sprayed on the walls inside.
G|BUR||Health visitor: family home burgled while mum and baby slept upstairs on {DATE}; phones, a bag and the car keys taken, and the car was then driven away.
P|BUR|DA|SUSP IS IP'S BROTHER {M1} {S1}. ENTERED IP'S FLAT {STREET} VIA WINDOW WHILE SHE WAS AT WORK AND TOOK HER TV AND JEWELLERY. IP {F1} {S1} ({AGE_A}).
I|BUR||Client says via Portuguese interpreter their flat on {STREET} was burgled while they were in Madeira; the gold of her mother is taken. Police came {DATE}, took fingerprints.
# ===== vehicle offences
P|VEH||THEFT OF MV. IP {M1} {S1} ({AGE_A}) WHITE TRANSIT VAN TAKEN FROM {STREET} OVERNIGHT {DATE}. ALL TOOLS INSIDE, CAN'T WORK.
H|VEH||Estate manager: six cars in the {ESTATE} underground car park were broken into on {DATE}; windows smashed and items taken, including {F1} {S1}'s work laptop.
S|VEH||Youth worker: the youth service minibus was broken into on {STREET} on {DATE} and the sound equipment inside was taken. Window smashed.
I|VEH||Via Romanian interpreter: client says his car was stolen from outside the house, on the camera he saw two men with a device open it in one minute. {DATE} about {TIME}.
G|VEH||GP: Mrs {FO1} {S1} ({AGE_O}) has had her blue badge stolen from her car; the window was smashed on {DATE}. Second time this year and she relies on the car.
P|VEH||TWOC. IP {F1} {S1} ({AGE_A}) VEH TAKEN WITHOUT CONSENT BY ASSOCIATE, RECOVERED DAMAGED ON {STREET}. NO DA, ASSOCIATE IS A WORK COLLEAGUE.
C|VEH||Food bank: our van had its catalytic converter cut off overnight on {DATE} outside {PLACE}. Deliveries cancelled.
P|VEH||INTERFERING WITH MV. 2X SUSPS SEEN TRYING DOOR HANDLES ON {STREET} {TIME}. IP {M1} {S1}'S CAR FOUND WITH DOOR LOCK DAMAGED.
H|VEH|DA|Housing officer: {F1} says her ex-husband used the spare key he kept to take her car from outside her flat on {DATE} and won't give it back.
I|VEH||Via Ukrainian interpreter: client's motorbike he uses for food delivery was taken from outside {SHOP}; the chain lock was cut. {DATE}.
# ===== theft from the person
P|TFP||THEFT PERSON. IP {FO1} {S1} ({AGE_O}) PURSE TAKEN FROM HANDBAG ON BUS, UNAWARE UNTIL GETTING OFF AT {STREET}.
I|TFP||Via Polish interpreter client says somebody took her phone from her coat pocket at {STATION} in the crowd, she did not feel anything. {DATE}.
S|TFP||Youth worker: {F1} ({AGE_T}) had her phone snatched out of her hand by a boy on a bike outside {STATION}; she wasn't touched or hurt. {DATE}.
G|TFP||GP: {MO1} {S1} ({AGE_O}) had his wallet pickpocketed at the market on {DATE}; his cards were then used for {AMT}. He's embarrassed and not going out.
C|TFP||Food bank: volunteer reports {F1} {S1} ({AGE_A}) had her purse taken from her open bag while she queued on {DATE}. She didn't notice until she got to the front.
P|TFP||SNATCH. IP {M1} ({AGE_A}) PHONE TAKEN FROM HAND BY CYCLIST {STREET} {TIME}. NO FORCE OR VIOLENCE USED ON IP. NO INJ.
H|TFP||Sheltered housing officer: {FO1} {S1} ({AGE_O}) had her pension money taken from her coat pocket by a man who "helped" her at the cashpoint on {STREET}, {DATE}.
# ===== bicycle theft
S|BIC||Secondary: {M1} ({AGE_Y}) had his bike stolen from the school bike rack on {DATE}; lock cut through. It was his only way to get to school.
P|BIC||THEFT PEDAL CYCLE. IP {F1} {S1} ({AGE_A}) CARGO BIKE TAKEN FROM STANDS OUTSIDE {STATION}. VALUE {AMT}.
I|BIC||Via Portuguese interpreter: client uses his bicycle for delivery work, it was taken from outside {SHOP} while he collected an order on {DATE}. He cannot work now.
H|BIC||Estate manager: {M1} {S1} reports his son's bike was taken from the open landing outside their flat at {ESTATE} on {DATE}.
G|BIC||Health visitor: dad {M1} is upset, his bike with the child seat was stolen from outside the clinic on {STREET} during the baby's check.
# ===== shoplifting
P|SHOP||THEFT FROM SHOP. {SHOP} {STREET}. SUSP TOOK MEAT AND ALCOHOL {AMTS}, SWORE AT STAFF MEMBER {F1} {S1} WHEN CHALLENGED.
C|SHOP||Charity shop manager: repeated thefts of donated clothes; on {DATE} a man walked out with a coat worth {AMTS} without paying. Volunteers are upset.
I|SHOP||Via Turkish interpreter: client owns a mini-market on {STREET}; the same group of youths take drinks and sweets every week and walk out, last time {DATE}.
H|SHOP||Estate manager: the shop on the {ESTATE} parade (leaseholder {M1} {S1}) reports men filling bags with alcohol and walking out without paying, three times this month.
S|SHOP||YOS: {M1} ({AGE_T}) works Saturdays at {SHOP}; he was sworn at by a shoplifter he tried to stop on {DATE}. Not hurt, but upset.
# ===== other theft
P|OTH||THEFT BY EMPLOYEE. {SHOP} MANAGER REPORTS STAFF MEMBER TOOK {AMT} FROM TILLS OVER 3 MONTHS. {CRIS}.
G|OTH||District nurse: {FO1} {S1} ({AGE_O}) says cash and rings have gone missing from her bedroom; a paid agency carer is suspected. Agency informed.
H|OTH||Housing officer: residents of a {ESTATE} block report parcels and post taken from the communal post boxes. {F1} {S1} has lost a new bank card and her passport renewal.
I|OTH||Client says through Lithuanian interpreter his old landlord keeps his tools worth {AMT} since he moved out and does not give back. He asked many times.
P|OTH||MAKING OFF WITHOUT PAYMENT. PETROL STATION {STREET}. {AMTS} FUEL. STAFF MEMBER {M1} {S1} TOOK DETAILS.
C|OTH|ON|LGBT+ charity: {M1} ({AGE_A}) is being blackmailed by a man he chatted to on a dating app, who found out where he works and says he'll send their chat screenshots to his employer unless he pays {AMT}.
S|OTH|ON|College: {M1} ({AGE_18}) is being blackmailed by a gamer he met on Discord, who demands {AMTS} or he'll post {M1}'s private messages about his friends.
H|OTH||Housing officer: {FO1} {S1} ({AGE_O}) says her lodger has been taking money from her purse for months, she thinks about {AMT} in total. She doesn't want him arrested, just gone.
P|OTH||THEFT OTHER. IP {M1} {S1} ({AGE_A}) TOOLS TAKEN FROM BUILDING SITE {STREET}. NO SUSP.
G|OTH|DA|GP: {MO1} {S1} ({AGE_O}) says his adult nephew took {AMT} from his savings tin while staying with him on {DATE}. He wants the money back, no more.
I|OTH||Via Romanian interpreter: client's suitcase with all documents was taken from the luggage rack on the coach at Victoria on {DATE}.
C|OTH||Church treasurer: about {AMT} of Sunday collection money has gone missing and one of our volunteers has admitted taking it.
# ===== criminal damage and arson
H|CDA||Estate manager: the lift at {ESTATE} block B was vandalised again on {DATE}, control panel smashed. Residents including {FO1} {S1} ({AGE_O}) stuck upstairs.
H|CDA|HC|Housing officer: a Polish family at {FLAT} had "foreigners out" scratched into their front door and their doormat set alight on {DATE}. Nobody hurt. Mum {F1} {S1} very frightened. Log: {DATE2} door replaced, fire-proof letterbox fitted. {DATE3} police door-to-door, nobody saw anything. Family asking for CCTV on the landing; children not sleeping.
P|CDA||ARSON. WHEELIE BINS SET ALIGHT {ESTATE} {TIME}. FIRE SPREAD TO IP {F1} {S1}'S FRONT DOOR. NO PERSONS INJ.
P|CDA|DA|CRIM DAMAGE. EX-PARTNER {M1} {S1} SMASHED IP'S FRONT WINDOW {DATE}. DASH MED. PREV DA HISTORY 2024.
I|CDA||Via Polish interpreter: client says his neighbour cut the tyres of his car two times in one month because of parking. Last time {DATE}.
S|CDA||Youth worker: {M1} ({AGE_Y}) had his glasses snapped and his school bag thrown in the canal by other pupils; no one touched him.
C|CDA|HC|Mosque: windows smashed and bacon left on the steps on {DATE}. Second time this year.
G|CDA|DA|Health visitor: mum {F1} says {M1} smashed her phone and punched holes in the walls when she said she was leaving; didn't touch her.
P|CDA||CRIM DAMAGE TO VEH. IP {M1} {S1} ({AGE_A}) CAR KEYED AND WING MIRRORS SNAPPED {STREET}. SUSP N/K.
H|CDA||Caretaker: a fire was started in the bin chute at {ESTATE} on {DATE} at {TIME}; LFB attended, no injuries, chute room damaged.
S|CDA||School business manager: graffiti and broken windows at {PRIMARY} over the weekend of {DATE}; cost {AMT}.
I|CDA|DA|Client tells via Arabic interpreter that her husband's brother broke her wardrobe and threw her clothes from the window on {DATE} because she went out without telling him.
C|CDA|HC|LGBT+ charity: the Pride flag outside our office on {STREET} was torn down and burnt and "no homos" sprayed on the door. {DATE}.
P|CDA||ARSON ENDANGERING LIFE. LIGHTED MATERIAL PUSHED THROUGH LETTERBOX {STREET} {TIME}. FAMILY ASLEEP, NO INJ.
H|CDA||ASB officer: {M1} {S1} at {FLAT} says the man downstairs smashed his door spyhole and kicked the door panel in during a row on {DATE}.
G|CDA||GP practice manager: a patient kicked in the glass panel of the front door after being refused an appointment, {DATE}.
P|CDA||CRIM DAMAGE. IP {FO1} {S1} ({AGE_O}). HER LODGER {M1} {S2} ({AGE_A}) SMASHED TV AND DOORS IN HER HOME. LODGER NOT RELATED TO IP. NO ASSAULT ALLEGED.
I|CDA||Via Somali interpreter client says youths throw stones at her window every evening, one window is now broken, {DATE}. "Every evening from about 7 they come, five or six boys, we turn off the lights." Police came one time on {DATE2} and gave a number, nobody called back. She has three children, the youngest is scared to sleep in the front room. She does not know why they choose her house.
S|CDA||YOS: {M1}'s ({AGE_T}) e-scooter was set on fire outside his block on {DATE}.
C|CDA||Community garden group at {PLACE}: polytunnel slashed and raised beds trampled on {DATE}; volunteers upset.
P|CDA|HC|RACIALLY AGG CRIM DAMAGE. SWASTIKA PAINTED ON IP {M1} {S1}'S CAR {STREET}. IP JEWISH.
H|CDA||Housing officer: {F1} {S1} reports her neighbour poured paint over her car and doorstep on {DATE}.
I|CDA||Via Portuguese interpreter: client's small café had the shutter and front glass smashed on {DATE}, nothing taken.
G|CDA|DA|District nurse: Mr {MO1} {S1} ({AGE_O}) says his adult son broke his hoist and mobility scooter in a temper on {DATE}.
S|CDA||Primary: the forest school shelter at {PRIMARY} was burnt down overnight on {DATE}.
# ===== drug offences
P|DRUG||PWITS. SUSP FOUND WITH 30 WRAPS CRACK COCAINE IN STAIRWELL {ESTATE}. RESIDENT {F1} {S1} WITNESS, WANTS SUPPORT.
H|DRUG||Estate manager: residents of {ESTATE} block C report open drug dealing from the stairwell; police executed a warrant at {FLAT} on {DATE} and found a cannabis grow.
G|DRUG||GP: patient {F1} {S1} ({AGE_A}) says her son ({AGE_Y}) is being sold cannabis by a man on the estate.
S|DRUG||Secondary: a Year 11 pupil was found selling THC vapes to younger pupils on {DATE}; parents of {M1} ({AGE_Y}) who bought one and was unwell want support.
I|DRUG||Via Albanian interpreter: client says men are selling drugs from the flat next door day and night and leave needles on the stairs; police raided it on {DATE}.
P|DRUG||PWITS CLASS A. SUSP STOPPED {STREET}, 12 WRAPS HEROIN. NO VIW IDENTIFIED, COMMUNITY IMPACT.
# ===== possession of weapons
S|WEAP||Secondary DSL: a lock knife was found in {M1}'s ({AGE_Y}) bag during a search on {DATE}; he says he carries it because he feels unsafe walking home. Police informed.
P|WEAP||POSS OFFENSIVE WEAPON. SUSP STOPPED AT {STATION} WITH ZOMBIE KNIFE IN WAISTBAND. NO IP.
H|WEAP||Estate manager: caretaker found a machete hidden in the bin store at {ESTATE} on {DATE}; residents frightened.
I|WEAP||Via Romanian interpreter: client's son ({AGE_T}) was arrested with a knife in his pocket; client says he carries it because he is scared on the bus.
P|WEAP||IMITATION FIREARM SEEN IN WAISTBAND OF MALE ON {STREET}; CALLER {F1} {S1} FRIGHTENED. SUSP LOCATED AND ARR, NO THREATS MADE TO ANYONE.
S|WEAP||YOS: {M1} ({AGE_T}) was found with a knuckle duster in his bag at {STATION} on {DATE}; says he was holding it for someone else. Court date TBC.
C|WEAP||Youth outreach worker from a church: a group of boys at {PARK} have been showing each other knives in the evenings; one, {M1} ({AGE_Y}), was stopped by police on {DATE} carrying one.
G|WEAP||Health visitor: during a home visit on {STREET} dad disclosed he keeps a baseball bat by the door and a knife in the car "for protection".
# ===== public order
P|PO|HC|RACIALLY AGG S4A. IP {M1} {S1} ({AGE_A}) RACIALLY ABUSED BY MALE ON BUS, CALLED "P***" REPEATEDLY. NO ASSAULT.
H|PO||Housing officer: {F1} {S1} at {FLAT} says a group of men shouted and swore at her and her children, threatening to "sort her out", in the courtyard on {DATE}. One said if he had his knife on him she'd be sorry; no knife was seen. She was very distressed.
C|PO|HC|LGBT+ charity: {M1} and {M2} were called "f*gs" and told they were disgusting by a group outside {PUB} on {DATE}. Nobody touched them.
I|PO|HC|Client via Polish interpreter says on {DATE} a woman at the bus stop shouted "go back to your country" and "Polish scum" at her when she was with the pram.
S|PO||Secondary: on {DATE} a group of Year 11s shouted and swore at supply teacher {F1} {S1} in the corridor, causing her distress.
P|PO||S5 POA. MALE SHOUTING ABUSE AT STAFF AT {STATION}. VIW {F1} {S1} TICKET OFFICE STAFF.
P|PO|HC|RELIGIOUSLY AGG S5. SUSP SHOUTED ANTI-MUSLIM ABUSE AT WORSHIPPERS LEAVING MOSQUE {STREET}. VIW {M1} {S1}.
G|PO||GP practice manager: a patient swore and shouted at reception staff, banging on the glass for 10 minutes on {DATE} and frightening patients in the waiting room.
H|PO|HC|Estate manager: {M1} {S1}, a wheelchair user at {FLAT}, says a neighbour mocked his disability and swore at him in the lift on {DATE}.
C|PO|HC|Synagogue: a man stood outside during the service on {DATE} shouting antisemitic slogans at people arriving.
I|PO||Via Romanian interpreter: client says two drunk men in the street shouted at him and his wife and made threatening gestures, they were frightened. {DATE}.
S|PO|HC|Youth club: {F1} ({AGE_T}), who wears a hijab, was screamed at by a woman in {SHOP} calling her a terrorist.
P|PO|DA|S4A POA. IP {F1} {S1} ({AGE_A}) EX-PARTNER SHOUTING AND SWEARING IN STREET OUTSIDE HER ADDRESS {DATE} {TIME}. SINGLE INCIDENT.
H|PO||ASB officer: large fight between two families on {ESTATE} on {DATE}, bottles thrown; resident {F1} {S1} witnessed it from her balcony and is frightened to go out. She says it started as a shouting match about parking and within minutes about 15 people were in the car park. Police dispersed them and made arrests, she doesn't know who. She was not involved or threatened herself but has not left the flat since, and her daughter is staying with her.
C|PO|HC|Traveller group: {F1} {S1} ({AGE_A}) was refused entry to {PUB} and the doorman shouted "no pikeys" at her family.
P|PO||VIOLENT DISORDER. LARGE GROUP YOUTHS FIGHTING {STATION} FORECOURT. BYSTANDER {MO1} {S1} ({AGE_O}) VERY DISTRESSED. NO INJ.
G|PO||Health visitor: mum {F1} says a man on the bus shouted abuse at her for breastfeeding, causing her distress, {DATE}.
I|PO|HC|Via Arabic interpreter: client says a man in the park shouted that refugees are "rats" and spat on the ground near her children. {DATE}.
S|PO||Primary head: a parent shouted and swore at staff in the playground in front of children on {DATE}; staff member {F1} {S1} upset.
P|PO|HC|HOMOPHOBIC S5. IP {M1} ({AGE_YA}) VERBALLY ABUSED BY TAXI DRIVER AFTER KISSING BOYFRIEND. NO ASSAULT.
H|PO||Housing officer: residents at the {ESTATE} community hall meeting were threatened and sworn at by a drunk man who burst in on {DATE}.
C|PO||Church: a man came into the food bank at {PLACE}, shouted, swore and knocked over tables when told stock had run out, {DATE}; volunteers frightened.
# ===== miscellaneous crimes against society
P|MISC||DANGEROUS DRIVING. VEH DRIVEN AT SPEED THROUGH {ESTATE} CAR PARK, PEDESTRIAN {FO1} {S1} ({AGE_O}) HAD TO JUMP CLEAR. NO INJ.
S|MISC||YOS: {M1} ({AGE_T}) is a prosecution witness to a stabbing; on {DATE} the defendant's brother offered him {AMTS} to say he didn't see anything. Police informed, {CRIS}.
P|MISC||PERVERTING COURSE OF JUSTICE. SUSP'S FRIEND OFFERED IP {F1} {S1} ({AGE_A}) {AMT} TO WITHDRAW HER STATEMENT.
H|MISC||Housing officer: tenant {M1} {S1} says his neighbour told him he'll burn his car out if he parks there again. Nothing has happened yet. {DATE}.
G|MISC|CSA|Health visitor: mum {F1} found indecent images of children on her partner's laptop on {DATE} and has reported it to police; she is frightened and wants support. He has been arrested and bailed not to return to the house. There are two children at home, aged {AGE_P} and {AGE_P2}; police and social care say there is no suggestion the children themselves have been harmed. She feels stupid for not knowing and his family are blaming her for going to police.
I|MISC||Via Romanian interpreter: client says on {DATE} a car went fast along the pavement on {STREET} to go round the traffic when he was walking there with his daughter, they jumped away, nobody hurt. Police have dashcam from a bus.
P|MISC||DANGEROUS DRIVING. VEH FAILED TO STOP FOR POLICE, DRIVEN ON WRONG SIDE OF {STREET} PAST {PRIMARY} AT HOME TIME. NO COLLISION. WITNESS {F1} {S1} ({AGE_A}) VERY SHAKEN.
C|MISC||Community centre manager: our minibus was caught on a speed camera and someone has falsely named one of our volunteers, {M1} {S1}, as the driver; police are investigating.
S|MISC||Primary: a car has repeatedly mounted the pavement at speed outside {PRIMARY} at pick-up; on {DATE} it nearly hit a parent and child. Police have the registration.
P|MISC|DA|THREAT TO CAUSE CRIM DAMAGE. IP {F1} {S1} ({AGE_A}) EX-HUSBAND TOLD HER AT CHILD HANDOVER HE WOULD SMASH UP HER CAR. NO DAMAGE.
# ===== fraud and computer misuse
G|FRAUD||GP: {FO1} {S1} ({AGE_O}) lost {AMTL} to a caller claiming to be from her bank, who sent a "courier" to collect her cards on {DATE}. She also asked what she should do if her husband ever hit her; she says he never has and there are no concerns at home. Low mood since the fraud.
P|FRAUD|ON|ROMANCE FRAUD. IP {MO1} {S1} ({AGE_O}) MET 'WOMAN' ON FACEBOOK, SENT {AMTL} OVER 6 MONTHS. AF REF {AF}. CASE LOG: {DATE} IP STILL IN CONTACT WITH 'WOMAN' VIA MESSENGER, BELIEVES SHE IS REAL. {DATE2} BANK PROTECTIVE MARKER ADDED. {DATE3} SON INFORMED WITH IP'S CONSENT. IP LIVES ALONE, ASC REF TBC.
I|FRAUD|ON|Via Polish interpreter: client paid {AMT} deposit for a room she saw on Facebook Marketplace; the "landlord" stopped answering and the flat doesn't exist.
H|FRAUD||Housing officer: tenant {MO1} {S1} ({AGE_O}) was visited by "roofers" who said his tiles were loose and took {AMT} cash up front; no work done.
S|FRAUD|ON|Sixth form: {F1} ({AGE_T}) had her Instagram hacked and the hacker is using it to sell fake concert tickets to her followers.
C|FRAUD|ON|Mosque treasurer: the mosque's email was hacked and a fake invoice for {AMTL} was paid to a fraudster on {DATE}.
P|FRAUD||FRAUD BY FALSE REP. IP {FO1} {S1} ({AGE_O}) HANDED CASH TO MALE CLAIMING TO BE POLICE OFFICER AT HER DOOR. {AMT}.
G|FRAUD|DA|GP: {F1} {S1} ({AGE_A}) says her ex-husband took out loans in her name while they were together and she has discovered debts of {AMTL}.
I|FRAUD|DA|Client ({AGE_A}) tells via Romanian interpreter that her brother used her documents to open bank accounts and phone contracts without her permission.
P|FRAUD|ON|COMPUTER MISUSE. IP {M1} {S1} ({AGE_A}) EMAIL AND BANKING ACCOUNTS ACCESSED WITHOUT AUTHORITY, {AMT} TRANSFERRED OUT.
S|FRAUD|ON|YOS: {M1} ({AGE_T}) was scammed buying trainers from an Instagram seller, lost {AMTS}.
H|FRAUD||Estate manager: a man claiming to be from the council took {AMTS} from {FO1} {S1} ({AGE_O}) for a "parking permit" that doesn't exist.
C|FRAUD||Church: elderly member {MO1} {S1} ({AGE_O}) was phoned by "HMRC" and paid {AMT} in gift cards.
I|FRAUD|ON|Via Portuguese interpreter: client paid an agency on a website {AMT} for a job in UK that did not exist.
P|FRAUD|ON|INVESTMENT FRAUD. IP {M1} {S1} ({AGE_A}) INVESTED {AMTL} IN CRYPTO PLATFORM VIA WHATSAPP GROUP. PLATFORM CLOSED.
G|FRAUD||GP: {MO1} {S1} ({AGE_O}) has dementia; a gardener has been charging him {AMT} for work never done.
S|FRAUD||Youth worker: {M1}'s mum ({AGE_A}) was told by a caller pretending to be {M1}'s school that he was in trouble and she must pay a "fine"; she paid {AMTS} by card over the phone.
I|FRAUD||Via Bengali interpreter: client says an "immigration adviser" on {STREET} took {AMT} to do his visa application and never submitted it.
P|FRAUD|ON|ONLINE SHOPPING FRAUD. IP {F1} {S1} PAID {AMT} FOR CAR ADVERTISED ON WEBSITE, NOT DELIVERED.
C|FRAUD|ON|LGBT+ charity: {M1} ({AGE_A}) was catfished on a dating app and persuaded to "lend" {AMT} to a man who then disappeared.
H|FRAUD|DA|Housing officer: {F1} {S1} ({AGE_A}) found out her partner has been claiming benefits in her name and diverted her Universal Credit into his account.
G|FRAUD||Health visitor: dad {M1} {S1} lost {AMT} after phoning the number in a fake "HMRC tax refund" text and giving his bank details.
# ===== anti-social behaviour
H|ASB||Neighbour at {FLAT} playing loud music until 3am most nights; tenant {F1} {S1} is exhausted. Case log: {DATE} diary sheets issued. {DATE2} noise app recordings received, bass audible at 02:40. {DATE3} warning letter sent to neighbour and mediation offered. No threats, no damage, no other incidents reported. Tenant asking about a transfer and support with her sleep.
H|ASB||Estate manager: youths gathering in the stairwell of block D at {ESTATE}, smoking and being loud, residents feel intimidated. No specific incident or offences reported.
S|ASB||Primary: {F1} ({AGE_P}) is being left out and called names by a group of girls in her class; no physical contact, no online element. School managing under anti-bullying policy.
G|ASB||GP: patient {MO1} {S1} ({AGE_O}) is anxious because of constant noise from children playing football against his wall at {ESTATE}.
I|ASB||Via Polish interpreter: client at {FLAT} says the family upstairs make noise all night, drag furniture, and when she knocked they just laughed. Nobody threatened her.
P|ASB||{CAD}. ROWDY YOUTHS GATHERING WITH LOUD MUSIC IN {PARK} {TIME}, CALLER {M1} {S1} CONCERNED. NO OFFENCES DISCLOSED.
H|ASB||Tenancy officer: dispute between {F1} {S1} and her neighbour over a shared garden - hedges, bins and parking. Both say the other is rude. No threats.
C|ASB||Church on {STREET}: groups of drinkers sitting on the church steps most evenings, loud but not aggressive; the congregation feel uneasy.
S|ASB||Youth worker: {M1} ({AGE_Y}) says older boys keep laughing at his trainers and pushing in front of him in the lunch queue.
H|ASB||ASB officer: {M1} {S1} at {FLAT} complains the neighbour's dog barks all day while the neighbour is at work, and the neighbour won't discuss it.
G|ASB||Health visitor: mum {F1} in temporary accommodation on {STREET} says other residents party until late and she can't settle the baby. No one has threatened her.
I|ASB||Via Turkish interpreter: client says youths ring his shop doorbell on {STREET} and run away, and play football against shutter; nothing broken.
P|ASB||NEIGHBOUR DISPUTE {STREET}. IP {F1} {S1} ALLEGES NEIGHBOUR'S CCTV POINTS AT HER GARDEN. NO CRIME DISCLOSED. ADVICE GIVEN.
C|ASB||Mosque on {STREET}: cars blocking the mosque car park and neighbours' drives during Friday prayers, causing arguments between neighbours.
S|ASB||Secondary: {F1} ({AGE_Y9}) has fallen out with her friendship group; they ignore her and have moved seats away from her. She told her tutor her older cousin was taken abroad to be married years ago; no concerns for {F1} herself.
H|ASB||Estate manager: residents at {ESTATE} complain about people using the communal laundry late at night and leaving doors propped open.
I|ASB||Via Somali interpreter: client at {FLAT} says neighbours' children knock on her door and run away, she finds it annoying; she does not think it is racist.
P|ASB||{CAD} CALLER {F1} {S1} REPORTS LOUD PARTY {STREET} {TIME}. UNITS ATTENDED, WORDS OF ADVICE. NO OFFENCES.
G|ASB||GP: {F1} {S1} ({AGE_A}) says smoke from her neighbour's balcony drifts into her flat and aggravates her asthma; relations poor but no threats.
S|ASB||YOS: {M1} ({AGE_T}) says a group of lads keeps kicking a football at his window and laughing when he comes out. Nothing damaged.
C|ASB||LGBT+ charity: member {M1} ({AGE_A}) says neighbours have complained about his visitors and keep staring at him; he's unsure if it is homophobic, nothing has been said.
H|ASB||Housing officer: complaints about a tenant at {FLAT} hoarding, smells and mice affecting neighbours. Welfare concern, no crime.
I|ASB||Client through Romanian interpreter: the men in the next house on {STREET} drink in the garden and are loud until late every weekend; she asked them to stop, they ignored her.
P|ASB||YOUTHS CONGREGATING OUTSIDE {SHOP}, STAFF REPORT FEELING INTIMIDATED, NO SPECIFIC OFFENCE. NFA.
S|ASB||Primary: parents at {PRIMARY} report a group of teenagers using the school playground after hours, playing loud music and climbing on the equipment; no damage.
G|ASB||District nurse: patient {FO1} {S1} ({AGE_O}) frightened by youths gathering on bikes outside her block late at night, shouting and laughing; nobody has approached her.
H|ASB||ASB team: rough sleepers using the bin store at {ESTATE}, residents concerned; outreach team referred.
C|ASB||Gurdwara on {STREET}: young people playing loud music in cars in the car park late at night, most weekends since {DATE}.
I|ASB||Via Arabic interpreter: client at {FLAT} says the neighbour upstairs slams doors and stamps on the floor late at night, she thinks on purpose.
P|ASB||NOISE. IP {MO1} {S1} ({AGE_O}) REPEATED COMPLAINTS RE NEIGHBOUR'S DIY AT NIGHT. NO CRIME. REF TO COUNCIL NOISE TEAM.
# ===== other crime (residual)
H|OTHC||Estate manager: a man has been seen dumping builders' waste from his van at the {ESTATE} bin store every week; photos and his van plate passed to the council.
C|OTHC||Community group: a member reports a neighbour on {STREET} keeps a dog chained on a balcony without food or shelter; RSPCA informed.
P|OTHC||CRIME TYPE UNKNOWN. IP {F1} {S1} ({AGE_A}) STATES SHE IS VICTIM OF "A CRIME" BY FORMER LANDLORD BUT DETAILS NOT RECORDED. CALLBACK TBC.
I|OTHC||Via Ukrainian interpreter: client says a man kicked and beat his dog in the park on {DATE}, the dog needed the vet.
S|OTHC||YOS: {M1} ({AGE_T}) was victim of "an offence" at {STATION} on {DATE} according to the BTP notification; no further details given, CRIS N/K.
G|OTHC||GP: practice manager reports {F1} {S1} is victim of a crime, police are investigating, details TBC; she asked us to refer her to the hub.
H|OTHC||Housing officer: landlord of an HMO on {STREET} is running it without a licence and the tenants have no working smoke alarms; council enforcement informed.
P|OTHC||ILLEGAL EVICTION. IP {M1} {S1} ({AGE_A}) LOCKS CHANGED BY LANDLORD WHILE AT WORK, BELONGINGS INSIDE. REF TO COUNCIL TENANCY RELATIONS.
"""


def parse_templates():
    """Parse and validate TEMPLATES into (kind, category, flags, text)."""
    out = []
    for lineno, raw in enumerate(TEMPLATES.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            raise ValueError(f"bad template line {lineno}: {line!r}")
        kind, cat, flags, text = parts
        if kind not in KINDS:
            raise ValueError(f"bad kind line {lineno}")
        category = CAT_CODES[cat]
        fl = []
        for f in [x for x in flags.split(";") if x]:
            fl.append(FLAG_CODES[f])
        if len(set(fl)) != len(fl):
            raise ValueError(f"duplicate flag line {lineno}")
        fl = [f for f in FLAGS if f in fl]  # taxonomy order
        for k in SLOT_RE.findall(text):
            slot_type(k)
        out.append((kind, category, fl, text))
    texts = [t[3] for t in out]
    if len(set(texts)) != len(texts):
        raise ValueError("duplicate template text")
    return out


def build():
    """Fill every template and return (templates, shuffled notes)."""
    rng = random.Random(SEED)
    templates = parse_templates()
    n = len(templates)
    uses = [N_NOTES // n] * n
    for i in rng.sample(range(n), N_NOTES - sum(uses)):
        uses[i] += 1
    notes = []
    for (kind, category, flags, text), k in zip(templates, uses, strict=True):
        seen = []
        for _ in range(k):
            for _attempt in range(50):
                filled = fill(rng, text)
                if filled not in seen:
                    break
            seen.append(filled)
            words = len(filled.split())
            if not 10 <= words <= 120:
                raise ValueError(f"length {words}: {filled!r}")
            if "{" in filled or "}" in filled or "|" in filled:
                raise ValueError(f"unfilled: {filled!r}")
            notes.append((filled, category, ";".join(flags), kind))
    rng.shuffle(notes)
    return templates, notes


def main():
    """Write the CSV and print the counts and its sha256."""
    templates, notes = build()
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "data", "notes_blind33.csv")
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["note_id", "text", "category", "flags"])
        for i, (text, category, flags, _kind) in enumerate(notes, 1):
            w.writerow([f"{ID_PREFIX}{i:04d}", text, category, flags])
    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _text, category, flags, _kind in notes:
        cat_counts[category] += 1
        for f in [x for x in flags.split(";") if x]:
            flag_counts[f] += 1
    problems = [k for k, v in list(cat_counts.items()) + list(flag_counts.items()) if v < 5]
    if problems:
        raise SystemExit("fewer than 5 notes for: " + ", ".join(problems))
    with open(out_path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    print(f"templates: {len(templates)}  notes: {len(notes)}")
    for c in CATEGORIES:
        print(f"  {c:<32s} {cat_counts[c]:4d}")
    for f in FLAGS:
        print(f"  flag {f:<27s} {flag_counts[f]:4d}")
    print(f"sha256 {digest}  {out_path}")


if __name__ == "__main__":
    main()
