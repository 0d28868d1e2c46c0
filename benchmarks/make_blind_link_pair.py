#!/usr/bin/env python3
"""Blind synthetic benchmark: VAL (Victims Advice Line) export vs Victim Support export.

Written from the task brief only (no knowledge of the linkage tool under test).
Standard library only; fully deterministic for a fixed SEED (no set iteration,
no hash-order dependence).

Writes into <this dir>/data/blind_link/:
    val_export.csv     ~3,000 VAL referral rows (police Victims Advice Line case system)
    vs_export.csv      ~2,000 Victim Support rows (own column naming/layout)
    truth_links.csv    val_row,vs_row   (1-based data-row numbers, header not counted)
    truth_lost.csv     val_row          (VAL rows referred to VS with no VS record)

All people, addresses, postcodes, phone numbers, e-mails and crime references are
invented.  Phone numbers come only from Ofcom's ranges reserved for drama/fiction
(07700 900xxx, 01632 960xxx, 0113/0114/0115/0116/0117/0118 496 0xxx); e-mail
domains are the reserved example.com/.net/.org; postcode areas "WX" and "HQ" are
invented (valid UK shape, not real postcode areas).
"""

import csv
import datetime
import os
import random

SEED = 20240611

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "data", "blind_link")

# --------------------------------------------------------------------------
# Target sizes
# --------------------------------------------------------------------------
N_VAL = 3000
N_VS_REFERRED = 1650  # VAL rows whose onward referral is Victim Support
N_LOST = 110  # of those, never arrive in VS (6.7 %)
N_PAIRS = N_VS_REFERRED - N_LOST
N_VS_ONLY = 460  # VS rows with no VAL counterpart
N_VS_ONLY_PREWINDOW_VAL = 12  # VS-only rows labelled source "VAL" (referred before the VAL export window)
N_DECLINED_VS = 20  # VAL "Declined VS referral"  -> NOT referred
N_SIGNPOSTED_VS = 15  # VAL "Signposted to VS ..."  -> NOT referred

WINDOW_START = datetime.date(2023, 4, 1)
WINDOW_END = datetime.date(2024, 3, 31)

# Mess rates applied to the VS side of true pairs (exact counts = round(rate*N_PAIRS))
RATES = {
    "ref_missing": 0.30,
    "ref_different": 0.10,
    "surname_typo": 0.15,
    "forename_nick": 0.08,
    "name_order": 0.10,
    "dob_swap": 0.05,
    "dob_digit": 0.03,
    "dob_missing": 0.05,
    "pc_format": 0.20,
    "house_move": 0.05,
    "phone_missing": 0.20,
    "phone_format": 0.35,
    "phone_changed": 0.03,
}

# --------------------------------------------------------------------------
# Reference lists (invented / generic)
# --------------------------------------------------------------------------
FEMALE_NICK = {
    "Katherine": ["Kate", "Kathy", "Katie"],
    "Catherine": ["Cath", "Cathy", "Kate"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Margaret": ["Maggie", "Peggy"],
    "Rebecca": ["Becky", "Becca"],
    "Jennifer": ["Jen", "Jenny"],
    "Samantha": ["Sam"],
    "Victoria": ["Vicky", "Tori"],
    "Alexandra": ["Alex", "Sasha"],
    "Christine": ["Chris", "Chrissie"],
    "Deborah": ["Debbie", "Deb"],
    "Susan": ["Sue", "Susie"],
    "Patricia": ["Pat", "Trish"],
    "Jacqueline": ["Jackie"],
    "Nicola": ["Nicky", "Nikki"],
    "Stephanie": ["Steph"],
    "Abigail": ["Abi", "Abby"],
    "Charlotte": ["Charlie", "Lottie"],
    "Jessica": ["Jess"],
    "Amanda": ["Mandy"],
    "Kimberley": ["Kim"],
    "Danielle": ["Dani"],
    "Joanne": ["Jo"],
    "Louise": ["Lou"],
}
MALE_NICK = {
    "William": ["Will", "Bill", "Billy"],
    "Robert": ["Rob", "Bob", "Robbie"],
    "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jamie", "Jimmy"],
    "Michael": ["Mike", "Mick"],
    "Christopher": ["Chris"],
    "Anthony": ["Tony", "Ant"],
    "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"],
    "Thomas": ["Tom", "Tommy"],
    "Joseph": ["Joe", "Joey"],
    "David": ["Dave"],
    "Stephen": ["Steve"],
    "Steven": ["Steve"],
    "Andrew": ["Andy", "Drew"],
    "Jonathan": ["Jon", "Jonny"],
    "Benjamin": ["Ben"],
    "Samuel": ["Sam"],
    "Nicholas": ["Nick"],
    "Edward": ["Ed", "Eddie", "Ted"],
    "Alexander": ["Alex"],
    "Peter": ["Pete"],
    "Philip": ["Phil"],
    "Timothy": ["Tim"],
    "Gregory": ["Greg"],
    "Kenneth": ["Ken", "Kenny"],
    "Ronald": ["Ron", "Ronnie"],
    "Mohammed": ["Muhammad", "Mohammad", "Mohamed"],
    "Gareth": ["Gaz"],
}
SHORT_TO_FULL = {
    "Kate": "Katherine",
    "Liz": "Elizabeth",
    "Becky": "Rebecca",
    "Jenny": "Jennifer",
    "Vicky": "Victoria",
    "Debbie": "Deborah",
    "Sue": "Susan",
    "Jackie": "Jacqueline",
    "Nicky": "Nicola",
    "Jess": "Jessica",
    "Tom": "Thomas",
    "Dan": "Daniel",
    "Matt": "Matthew",
    "Mike": "Michael",
    "Dave": "David",
    "Steve": "Stephen",
    "Andy": "Andrew",
    "Ben": "Benjamin",
    "Nick": "Nicholas",
    "Joe": "Joseph",
    "Rob": "Robert",
    "Jim": "James",
    "Tony": "Anthony",
    "Chris": "Christopher",
    "Alex": "Alexander",
    "Pete": "Peter",
    "Phil": "Philip",
}
SHORT_FEMALE = ["Kate", "Liz", "Becky", "Jenny", "Vicky", "Debbie", "Sue", "Jackie", "Nicky", "Jess"]
SHORT_MALE = [
    "Tom",
    "Dan",
    "Matt",
    "Mike",
    "Dave",
    "Steve",
    "Andy",
    "Ben",
    "Nick",
    "Joe",
    "Rob",
    "Jim",
    "Tony",
    "Chris",
    "Pete",
    "Phil",
]

GROUPS = {
    # name: (weight, female forenames, male forenames, surnames with weights)
    "british": (
        60,
        list(FEMALE_NICK)
        + [
            "Sarah",
            "Emma",
            "Sophie",
            "Chloe",
            "Megan",
            "Lauren",
            "Hannah",
            "Jade",
            "Kirsty",
            "Gemma",
            "Karen",
            "Michelle",
            "Lisa",
            "Claire",
            "Helen",
            "Amy",
            "Laura",
            "Rachel",
            "Zoë",
            "Tracey",
            "Dawn",
            "Julie",
            "Paula",
            "Leanne",
            "Stacey",
            "Ellie",
            "Molly",
            "Holly",
        ],
        [n for n in MALE_NICK if n not in ("Mohammed", "Gareth")]
        + [
            "John",
            "Paul",
            "Mark",
            "Gary",
            "Kevin",
            "Darren",
            "Wayne",
            "Craig",
            "Lee",
            "Ryan",
            "Liam",
            "Kyle",
            "Jack",
            "Harry",
            "Oliver",
            "Callum",
            "Jordan",
            "Scott",
            "Dean",
            "Shaun",
            "Carl",
            "Neil",
            "Ian",
            "Keith",
            "Brian",
            "Alan",
            "Colin",
            "Graham",
        ],
        [
            ("Smith", 40),
            ("Jones", 22),
            ("Williams", 15),
            ("Taylor", 12),
            ("Brown", 12),
            ("Wilson", 8),
            ("Johnson", 7),
            ("Roberts", 7),
            ("Wright", 6),
            ("Walker", 6),
            ("Robinson", 6),
            ("Thompson", 6),
            ("White", 5),
            ("Hughes", 5),
            ("Edwards", 5),
            ("Green", 5),
            ("Hall", 5),
            ("Wood", 5),
            ("Harris", 5),
            ("Lewis", 5),
            ("Martin", 5),
            ("Jackson", 5),
            ("Clarke", 4),
            ("Clark", 3),
            ("Turner", 4),
            ("Hill", 4),
            ("Scott", 4),
            ("Cooper", 4),
            ("Morris", 4),
            ("Ward", 4),
            ("Moore", 4),
            ("King", 4),
            ("Watson", 4),
            ("Baker", 4),
            ("Harrison", 4),
            ("Young", 4),
            ("Allen", 4),
            ("Mitchell", 4),
            ("Anderson", 3),
            ("Lee", 3),
            ("Bell", 3),
            ("Parker", 3),
            ("Davis", 3),
            ("Cox", 3),
            ("Ashworth", 1),
            ("Butterworth", 1),
            ("Sutcliffe", 1),
            ("Featherstone", 1),
            ("Whitehead", 1),
            ("Greenwood", 1),
            ("Shackleton", 1),
            ("Smith-Taylor", 1),
            ("Pickering", 1),
            ("Hargreaves", 1),
            ("Bradshaw", 1),
            ("Thornton", 1),
            ("Fletcher", 2),
            ("Chapman", 2),
            ("Holmes", 2),
            ("Marsh", 1),
        ],
    ),
    "welsh": (
        8,
        [
            "Cerys",
            "Siân",
            "Bethan",
            "Rhiannon",
            "Ffion",
            "Catrin",
            "Nia",
            "Elin",
            "Susan",
            "Margaret",
            "Rebecca",
            "Nicola",
        ],
        ["Rhys", "Owain", "Dafydd", "Gareth", "Huw", "Dylan", "Iwan", "Aled", "Gethin", "David", "Thomas", "Stephen"],
        [
            ("Jones", 30),
            ("Davies", 15),
            ("Evans", 12),
            ("Thomas", 10),
            ("Roberts", 6),
            ("Lloyd", 4),
            ("Price", 4),
            ("Griffiths", 4),
            ("Owen", 4),
            ("Phillips", 3),
            ("Powell", 3),
            ("Jenkins", 3),
            ("Rees", 3),
            ("Howells", 2),
            ("Pritchard", 2),
            ("Hughes-Jones", 1),
            ("Morgan", 5),
            ("Williams", 8),
        ],
    ),
    "irish_scottish": (
        7,
        ["Niamh", "Siobhan", "Aoife", "Ciara", "Mairead", "Fiona", "Kirsty", "Catherine", "Elizabeth", "Margaret"],
        ["Sean", "Patrick", "Declan", "Conor", "Ciaran", "Callum", "Ross", "Fraser", "Michael", "James", "Thomas"],
        [
            ("Murphy", 6),
            ("Kelly", 6),
            ("O'Brien", 4),
            ("O'Connor", 4),
            ("McDonald", 4),
            ("MacLeod", 2),
            ("McCarthy", 3),
            ("Fitzgerald", 2),
            ("Campbell", 4),
            ("Stewart", 4),
            ("Robertson", 3),
            ("Reid", 3),
            ("Murray", 3),
            ("Graham", 3),
            ("Kerr", 2),
            ("Doherty", 3),
            ("Gallagher", 3),
            ("Brennan", 2),
            ("Nolan", 2),
            ("McLaughlin", 2),
        ],
    ),
    "south_asian": (
        15,
        [
            "Aisha",
            "Fatima",
            "Priya",
            "Zainab",
            "Ayesha",
            "Nadia",
            "Shazia",
            "Sana",
            "Amina",
            "Rukhsana",
            "Nazia",
            "Simran",
            "Harpreet",
            "Anjali",
            "Sadia",
            "Yasmin",
        ],
        [
            "Mohammed",
            "Imran",
            "Tariq",
            "Amir",
            "Bilal",
            "Hassan",
            "Usman",
            "Zubair",
            "Asif",
            "Rajesh",
            "Sanjay",
            "Gurpreet",
            "Arjun",
            "Faisal",
            "Adeel",
            "Kamran",
        ],
        [
            ("Khan", 40),
            ("Patel", 14),
            ("Ali", 12),
            ("Hussain", 12),
            ("Ahmed", 10),
            ("Begum", 6),
            ("Kaur", 5),
            ("Singh", 6),
            ("Chaudhry", 3),
            ("Iqbal", 4),
            ("Mahmood", 3),
            ("Rahman", 4),
            ("Miah", 3),
            ("Uddin", 3),
            ("Choudhury", 3),
            ("Sharma", 3),
            ("Mistry", 2),
            ("Chauhan", 2),
            ("Akhtar", 3),
            ("Bibi", 2),
        ],
    ),
    "polish": (
        5,
        ["Agnieszka", "Ewa", "Katarzyna", "Magdalena", "Joanna", "Anna", "Monika"],
        ["Piotr", "Tomasz", "Łukasz", "Krzysztof", "Pawel", "Marek", "Jakub"],
        [
            ("Nowak", 4),
            ("Kowalski", 3),
            ("Wójcik", 2),
            ("Kowalczyk", 2),
            ("Zielinski", 2),
            ("Lewandowski", 2),
            ("Wisniewski", 2),
            ("Kaminski", 2),
        ],
    ),
    "west_african": (
        5,
        ["Amara", "Chioma", "Ngozi", "Abena", "Adaeze", "Folake", "Grace", "Blessing"],
        ["Kwame", "Chidi", "Emeka", "Kofi", "Tunde", "Obinna", "Samuel", "Daniel"],
        [
            ("Okafor", 4),
            ("Adeyemi", 4),
            ("Mensah", 4),
            ("Okoro", 3),
            ("Boateng", 3),
            ("Owusu", 3),
            ("Eze", 2),
            ("Adebayo", 3),
            ("Asante", 2),
        ],
    ),
}
FEMALE_ONLY_SURNAMES = ["Begum", "Kaur", "Bibi"]
MALE_ONLY_SURNAMES = ["Singh"]
MIDDLE_F = ["Louise", "Marie", "Jane", "Anne", "Elizabeth", "May", "Rose", "Victoria", "Grace"]
MIDDLE_M = ["James", "John", "David", "Paul", "Lee", "Michael", "Thomas", "Alan", "Robert"]

# districts -> (town, policing area)
DISTRICTS = []
for _d in range(1, 10):
    DISTRICTS.append(("WX%d" % _d, "Ashbury", "Ashbury City"))
for _d in range(10, 15):
    DISTRICTS.append(("WX%d" % _d, "Kingsmere", "Kingsmere & Rural East"))
for _d in range(15, 19):
    DISTRICTS.append(("WX%d" % _d, "Dunmere Vale", "Dunmere"))
for _d in range(1, 7):
    DISTRICTS.append(("HQ%d" % _d, "Stowbridge", "Stowbridge"))
for _d in range(7, 10):
    DISTRICTS.append(("HQ%d" % _d, "Hallowfield", "Hallowfield"))

STREET_A = [
    "Mill",
    "Church",
    "Station",
    "Victoria",
    "Albert",
    "Park",
    "Queens",
    "Kings",
    "Chapel",
    "Manor",
    "Oak",
    "Elm",
    "Beech",
    "Willow",
    "Meadow",
    "Orchard",
    "Brook",
    "Hill",
    "Grange",
    "Priory",
    "Rowan",
    "Holly",
    "Hawthorn",
    "Foxglove",
    "Sandpiper",
    "Heron",
    "Kestrel",
    "Cromwell",
    "Nelson",
    "Shelley",
    "Byron",
    "Tennyson",
    "Windsor",
    "Stanley",
    "Clarence",
    "Larch",
    "Alder",
    "Juniper",
    "Poplar",
    "Sycamore",
    "Bramble",
    "Thistle",
    "Marsh",
    "Quarry",
    "Tannery",
    "Weavers",
    "Ropewalk",
    "Canal",
    "Wharf",
    "Abbey",
]
STREET_B = [
    "Road",
    "Street",
    "Lane",
    "Avenue",
    "Close",
    "Drive",
    "Way",
    "Crescent",
    "Grove",
    "Gardens",
    "Court",
    "Terrace",
    "Place",
    "View",
    "Rise",
    "Walk",
]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# crime key: (weight, VAL coarse, VS wordings, DA-possible, HO group used to compare)
CRIMES = {
    "assault_inj": (11, "Violence against the person", ["Violence with injury", "Assault with injury"], True),
    "assault_noinj": (12, "Violence against the person", ["Violence without injury", "Assault without injury"], True),
    "threats": (3, "Violence against the person", ["Violence without injury", "Threats to kill"], True),
    "stalking": (4, "Stalking/Harassment", ["Stalking and harassment", "Stalking"], True),
    "harassment": (6, "Stalking/Harassment", ["Stalking and harassment", "Harassment"], True),
    "malcomms": (4, "Other crime", ["Malicious communications", "Stalking and harassment"], True),
    "coercive": (3, "Other crime", ["Controlling or coercive behaviour"], True),
    "res_burglary": (9, "Burglary", ["Residential burglary", "Domestic burglary"], False),
    "nonres_burg": (2, "Burglary", ["Non-residential burglary"], False),
    "theft_person": (4, "Theft", ["Theft from the person"], False),
    "other_theft": (6, "Theft", ["Other theft offences", "Theft - other"], False),
    "bike_theft": (1, "Theft", ["Bicycle theft"], False),
    "vehicle": (5, "Vehicle crime", ["Vehicle offences", "Theft from a vehicle", "Theft of a motor vehicle"], False),
    "crim_damage": (7, "Criminal damage", ["Criminal damage and arson", "Criminal damage"], True),
    "arson": (1, "Other crime", ["Criminal damage and arson", "Arson"], False),
    "robbery": (3, "Robbery", ["Robbery of personal property", "Robbery"], False),
    "rape": (2, "Sexual offence", ["Rape"], True),
    "other_sexual": (3, "Sexual offence", ["Other sexual offences", "Sexual assault"], True),
    "fraud": (6, "Fraud", ["Fraud offences", "Fraud and computer misuse"], False),
    "computer": (1, "Other crime", ["Computer misuse"], False),
    "public_order": (4, "Other crime", ["Public order offences"], False),
    "hate_po": (3, "Hate crime", ["Racially or religiously aggravated public order offences"], False),
    "hate_assault": (1, "Hate crime", ["Racially or religiously aggravated assault"], False),
    "mod_slavery": (0.5, "Other crime", ["Modern slavery"], False),
    "rtc_death": (0.3, "Other crime", ["Death or serious injury by unlawful driving"], False),
    "homicide": (0.3, "Other crime", ["Homicide (bereaved family)"], False),
    "weapons": (0.5, "Other crime", ["Possession of weapons offences"], False),
    "asb": (1, "Other crime", ["Anti-social behaviour (non-crime)"], False),
}
CRIME_KEYS = list(CRIMES)
CRIME_WEIGHTS = [CRIMES[k][0] for k in CRIME_KEYS]
# plausible VAL mis-classifications (VAL coarse category that disagrees with the VS offence)
CONFUSIONS = {
    "robbery": ["Theft", "Violence against the person"],
    "theft_person": ["Robbery"],
    "res_burglary": ["Theft", "Criminal damage"],
    "nonres_burg": ["Theft"],
    "other_theft": ["Burglary", "Fraud"],
    "vehicle": ["Theft", "Criminal damage"],
    "crim_damage": ["Vehicle crime", "Burglary"],
    "harassment": ["Violence against the person", "Hate crime"],
    "stalking": ["Violence against the person"],
    "assault_noinj": ["Stalking/Harassment", "Hate crime"],
    "assault_inj": ["Robbery", "Sexual offence"],
    "other_sexual": ["Violence against the person"],
    "fraud": ["Theft"],
    "hate_po": ["Violence against the person"],
    "hate_assault": ["Violence against the person"],
    "threats": ["Stalking/Harassment"],
}

VAL_NOT_REFERRED = [
    "Not referred",
    "None - advice given",
    "No onward referral",
    "N/A",
    "",
    "Not referred - victim declined all support",
    "None",
]
VAL_TO_VS = [
    "Victim Support",
    "Victim Support",
    "Victim Support",
    "VS",
    "VS",
    "Referred to VS",
    "Victim Support (VS)",
    "VS - enhanced support",
    "Referred to Victim Support",
]

VS_SOURCES_OTHER = [
    ("Self-referral", 30),
    ("Police (direct)", 12),
    ("Other police force", 8),
    ("Other agency", 10),
    ("IDVA service", 6),
    ("GP / health", 5),
    ("School / college", 3),
    ("Housing provider", 4),
    ("Action Fraud", 6),
    ("Family member", 3),
]
VS_STATUSES = [
    ("Engaged - support ongoing", 18),
    ("Engaged - support completed", 20),
    ("Engaged", 7),
    ("Declined support", 14),
    ("Declined", 4),
    ("No contact made", 10),
    ("Unable to contact", 6),
    ("Disengaged", 8),
    ("Closed - disengaged", 4),
    ("Closed - no further action", 5),
    ("Awaiting first contact", 4),
]
CONTACTED = {
    "Engaged - support ongoing",
    "Engaged - support completed",
    "Engaged",
    "Declined support",
    "Declined",
    "Disengaged",
    "Closed - disengaged",
    "Closed - no further action",
}
CASE_WORKERS = ["AB", "JT", "KM", "RP", "SH", "LW", "DN", "FC", "GO", "HY", "MB", "TR", "CE", "PL"]

# --------------------------------------------------------------------------
rng = random.Random(SEED)


def wchoice(pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(items, weights=weights, k=1)[0]


def fmt_date(d):
    return d.strftime("%d/%m/%Y")


def rand_date(a, b):
    return a + datetime.timedelta(days=rng.randint(0, (b - a).days))


def canon_forename(f):
    """Map nicknames/short forms to a canonical full name (for keeping household members distinct)."""
    if f in SHORT_TO_FULL:
        return SHORT_TO_FULL[f]
    for full, nicks in list(FEMALE_NICK.items()) + list(MALE_NICK.items()):
        if f in nicks:
            return full
    return f


# ---------------- phone numbers (Ofcom drama ranges only) ----------------
def _phone_pool():
    pool = []
    for i in range(1000):
        pool.append(("mob", "07700 9%05d" % i))
    for i in range(1000):
        pool.append(("land", "01632 96%04d" % i))
    for code in ("0113", "0114", "0115", "0116", "0117", "0118"):
        for i in range(1000):
            pool.append(("land", "%s 496 %04d" % (code, i)))
    return pool


PHONE_POOL = _phone_pool()
rng.shuffle(PHONE_POOL)
MOBILES = [p for k, p in PHONE_POOL if k == "mob"]
LANDLINES = [p for k, p in PHONE_POOL if k == "land"]


def take_mobile():
    if MOBILES:
        return MOBILES.pop()
    return LANDLINES.pop()


def take_landline():
    return LANDLINES.pop()


# ---------------- postcodes / addresses ----------------
def make_postcodes(n):
    seen = {}
    out = []
    while len(out) < n:
        dist, town, area = rng.choice(DISTRICTS)
        pc = "%s %d%s%s" % (dist, rng.randint(0, 9), rng.choice(INWARD_LETTERS), rng.choice(INWARD_LETTERS))
        if pc in seen:
            continue
        seen[pc] = 1
        street = "%s %s" % (rng.choice(STREET_A), rng.choice(STREET_B))
        out.append({"postcode": pc, "town": town, "area": area, "street": street, "used_numbers": []})
    return out


POSTCODES = make_postcodes(650)


def new_address(pc_obj=None):
    if pc_obj is None:
        pc_obj = rng.choice(POSTCODES)
    while True:
        num = rng.randint(1, 140)
        if num not in pc_obj["used_numbers"]:
            pc_obj["used_numbers"].append(num)
            break
    line1 = "%d %s" % (num, pc_obj["street"])
    if rng.random() < 0.12:
        line1 = "Flat %d, %s" % (rng.randint(1, 12), line1)
    return {"line1": line1, "town": pc_obj["town"], "postcode": pc_obj["postcode"], "area": pc_obj["area"]}


# ---------------- people ----------------
def pick_group():
    return wchoice([(g, GROUPS[g][0]) for g in GROUPS])


def pick_forename(group, gender):
    fem, mal = GROUPS[group][1], GROUPS[group][2]
    if group == "british" and rng.random() < 0.10:
        return rng.choice(SHORT_FEMALE if gender == "F" else SHORT_MALE)
    return rng.choice(fem if gender == "F" else mal)


def pick_surname(group, gender):
    while True:
        s = wchoice(GROUPS[group][3])
        if gender == "M" and s in FEMALE_ONLY_SURNAMES:
            continue
        if gender == "F" and s in MALE_ONLY_SURNAMES:
            continue
        return s


def random_dob(min_age=12, max_age=94):
    ref = datetime.date(2023, 9, 1)
    while True:
        band = wchoice([((12, 17), 5), ((18, 29), 25), ((30, 44), 30), ((45, 64), 27), ((65, 94), 13)])
        lo, hi = max(band[0], min_age), min(band[1], max_age)
        if lo > hi:
            continue
        age = rng.randint(lo, hi)
        y = ref.year - age
        d = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
        return d


EMAIL_DOMAINS = ["example.com", "example.net", "example.org"]


def make_email(fore, sur):
    f = fore.lower().replace("'", "").replace(" ", "")
    s = sur.lower().replace("'", "").replace(" ", "").replace("-", "")
    for a, b in (("ł", "l"), ("ó", "o"), ("â", "a"), ("ë", "e")):
        f, s = f.replace(a, b), s.replace(a, b)
    style = rng.randint(0, 4)
    if style == 0:
        local = "%s.%s" % (f, s)
    elif style == 1:
        local = "%s%s%d" % (f, s, rng.randint(1, 99))
    elif style == 2:
        local = "%s%s" % (f[0], s)
    elif style == 3:
        local = "%s_%s%d" % (f, s[:3], rng.randint(60, 99))
    else:
        local = "%s.%s%d" % (s, f[0], rng.randint(1, 999))
    return "%s@%s" % (local, rng.choice(EMAIL_DOMAINS))


PERSON_ID = [0]


def make_person(gender=None, group=None, surname=None, forename=None, dob=None, address=None, phone=None, hh=None):
    PERSON_ID[0] += 1
    if gender is None:
        gender = "F" if rng.random() < 0.56 else "M"
    if group is None:
        group = pick_group()
    if surname is None:
        surname = pick_surname(group, gender)
    if forename is None:
        forename = pick_forename(group, gender)
    if dob is None:
        dob = random_dob()
    if address is None:
        address = new_address()
    if phone is None:
        phone = take_mobile() if rng.random() < 0.30 else take_landline()
    middle = ""
    if rng.random() < 0.20:
        middle = rng.choice(MIDDLE_F if gender == "F" else MIDDLE_M)
    return {
        "pid": PERSON_ID[0],
        "gender": gender,
        "group": group,
        "forename": forename,
        "middle": middle,
        "surname": surname,
        "dob": dob,
        "address": address,
        "phone": phone,
        "email": make_email(forename, surname) if rng.random() < 0.75 else "",
        "hh": hh,
        "nfa": False,
    }


# ---------------- crime references ----------------
_REF_NUMS = list(range(1000, 99999))
rng.shuffle(_REF_NUMS)


def new_crime_ref(crime_date):
    n = _REF_NUMS.pop()
    return {"prefix": "KM", "num": "%06d" % n, "yy": "%02d" % (crime_date.year % 100)}


def ref_str(r):
    return "%s/%s/%s" % (r["prefix"], r["num"], r["yy"])


def other_force_ref(d):
    return "%02d/%05d/%02d" % (rng.choice([17, 21, 36, 43, 52, 61]), _REF_NUMS.pop() % 100000, d.year % 100)


def pick_crime():
    return rng.choices(CRIME_KEYS, weights=CRIME_WEIGHTS, k=1)[0]


# --------------------------------------------------------------------------
# Build the referral population
# --------------------------------------------------------------------------
val_recs = []  # dicts: person, date, crime, ref, role ('pair','lost','none'), scenario
vs_only = []  # dicts: person, date, crime, ref, source


def add_val(person, role, scenario, date=None, crime=None, ref=None):
    if date is None:
        date = rand_date(WINDOW_START, WINDOW_END)
    if crime is None:
        crime = pick_crime()
    if ref is None:
        ref = new_crime_ref(date - datetime.timedelta(days=rng.randint(0, 30)))
    rec = {"person": person, "date": date, "crime": crime, "ref": ref, "role": role, "scenario": scenario}
    val_recs.append(rec)
    return rec


def add_vs_only(person, scenario, date=None, source=None, crime=None):
    if date is None:
        date = rand_date(WINDOW_START, WINDOW_END + datetime.timedelta(days=14))
    if source is None:
        source = wchoice(VS_SOURCES_OTHER)
    if crime is None:
        crime = pick_crime()
    rec = {"person": person, "date": date, "source": source, "crime": crime, "scenario": scenario}
    vs_only.append(rec)
    return rec


def household_pair(relation):
    """Two distinct people sharing surname + address (+ often a landline)."""
    group = pick_group()
    addr = new_address()
    shared_land = take_landline() if rng.random() < 0.5 else None
    if relation == "parent_child":
        pg = rng.choice(["F", "F", "M"])
        cg = rng.choice(["M", "M", "F"])
        pdob = random_dob(45, 80)
        cdob_year = pdob.year + rng.randint(19, 34)
        cdob_year = min(cdob_year, 2005)
        cdob = datetime.date(cdob_year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
        g1, g2, d1, d2 = pg, cg, pdob, cdob
    elif relation == "spouse":
        g1 = rng.choice(["F", "M"])
        g2 = "M" if g1 == "F" else "F"
        d1 = random_dob(22, 80)
        d2 = d1 + datetime.timedelta(days=rng.randint(-8 * 365, 8 * 365))
    elif relation == "sibling":
        g1, g2 = rng.choice(["F", "M"]), rng.choice(["F", "M"])
        d1 = random_dob(18, 60)
        d2 = d1 + datetime.timedelta(days=rng.choice([-1, 1]) * rng.randint(300, 10 * 365))
    else:  # twins
        g1, g2 = rng.choice(["F", "M"]), rng.choice(["F", "M"])
        d1 = random_dob(18, 50)
        d2 = d1
    surname = pick_surname(group, g1)
    if surname in FEMALE_ONLY_SURNAMES + MALE_ONLY_SURNAMES:
        surname = rng.choice(["Khan", "Ali", "Hussain", "Patel"])
    p1 = make_person(
        gender=g1,
        group=group,
        surname=surname,
        dob=d1,
        address=addr,
        phone=shared_land if shared_land and rng.random() < 0.7 else None,
        hh=True,
    )
    while True:
        f2 = pick_forename(group, g2)
        if canon_forename(f2) != canon_forename(p1["forename"]):
            break
    p2 = make_person(
        gender=g2,
        group=group,
        surname=surname,
        forename=f2,
        dob=d2,
        address=addr,
        phone=shared_land if shared_land and rng.random() < 0.7 else None,
        hh=True,
    )
    p2["email"] = make_email(f2, surname) if rng.random() < 0.6 else ""
    return p1, p2


def pick_relation():
    return wchoice([("parent_child", 45), ("spouse", 35), ("sibling", 20)])


counts_role = {"pair": 0, "lost": 0, "none": 0}

# repeat victims: same person, two VAL referrals months apart, both reach VS
for _ in range(25):
    p = make_person()
    d1 = rand_date(WINDOW_START, WINDOW_END - datetime.timedelta(days=120))
    d2 = d1 + datetime.timedelta(days=rng.randint(40, 250))
    if d2 > WINDOW_END:
        d2 = WINDOW_END - datetime.timedelta(days=rng.randint(0, 10))
    add_val(p, "pair", "repeat_victim", date=d1)
    add_val(p, "pair", "repeat_victim", date=d2)

# co-victims: two household members, same crime/crime ref; 6 households with one lost
for i in range(40):
    p1, p2 = household_pair(rng.choice(["spouse", "spouse", "parent_child", "sibling"]))
    d = rand_date(WINDOW_START, WINDOW_END)
    crime = rng.choice(
        ["res_burglary", "res_burglary", "crim_damage", "assault_inj", "hate_po", "robbery", "arson", "vehicle"]
    )
    ref = new_crime_ref(d - datetime.timedelta(days=rng.randint(0, 20)))
    add_val(p1, "pair", "co_victim_same_crime", date=d, crime=crime, ref=ref)
    d2 = min(d + datetime.timedelta(days=rng.choice([0, 0, 1, 2, 5])), WINDOW_END)
    add_val(p2, "lost" if i < 6 else "pair", "co_victim_same_crime", date=d2, crime=crime, ref=ref)

# household A paired, B VS-only (4 of them twins)
for i in range(80):
    p1, p2 = household_pair("twins" if i < 4 else pick_relation())
    add_val(p1, "pair", "household_vs_only_member")
    add_vs_only(p2, "household_vs_only_member")

# household A paired, B VAL-only (not referred to VS)
for i in range(60):
    p1, p2 = household_pair(pick_relation())
    add_val(p1, "pair", "household_val_other_member")
    add_val(p2, "none", "household_val_other_member")

# household A lost referral, B VS-only  (the lost referral must stay lost)
for i in range(20):
    p1, p2 = household_pair(pick_relation())
    add_val(p1, "lost", "household_lost_vs_only_member")
    add_vs_only(p2, "household_lost_vs_only_member")

# household A VAL not referred, B VS-only (neither links)
for i in range(20):
    p1, p2 = household_pair(pick_relation())
    add_val(p1, "none", "household_neither")
    add_vs_only(p2, "household_neither")

for r in val_recs:
    counts_role[r["role"]] += 1

# singletons to fill up to targets
singletons = []
need_pair = N_PAIRS - counts_role["pair"]
need_lost = N_LOST - counts_role["lost"]
need_none = (N_VAL - N_VS_REFERRED) - counts_role["none"]
for role, n in (("pair", need_pair), ("lost", need_lost), ("none", need_none)):
    for _ in range(n):
        p = make_person()
        singletons.append(p)
        add_val(p, role, "singleton")
need_vs_only = N_VS_ONLY - len(vs_only)
for i in range(need_vs_only):
    p = make_person()
    singletons.append(p)
    if i < N_VS_ONLY_PREWINDOW_VAL:
        add_vs_only(
            p,
            "vs_only_prewindow_val_source",
            source="VAL",
            date=WINDOW_START + datetime.timedelta(days=rng.randint(0, 10)),
        )
    else:
        add_vs_only(p, "singleton")

# a few people of no fixed abode
for p in rng.sample(singletons, 12):
    p["nfa"] = True
    p["address"] = {
        "line1": "No fixed abode",
        "town": rng.choice(["Ashbury", "Stowbridge"]),
        "postcode": "",
        "area": rng.choice(["Ashbury City", "Stowbridge"]),
    }

# common-name groups: identical forename+surname, different DOB / address
COMMON_NAMES = [
    ("John", "Smith", "M"),
    ("Mohammed", "Khan", "M"),
    ("Sarah", "Jones", "F"),
    ("David", "Jones", "M"),
    ("Emma", "Smith", "F"),
    ("Imran", "Khan", "M"),
    ("Ayesha", "Khan", "F"),
    ("Paul", "Smith", "M"),
    ("Karen", "Jones", "F"),
    ("Mark", "Smith", "M"),
    ("Gareth", "Jones", "M"),
    ("Rhys", "Jones", "M"),
    ("Michelle", "Smith", "F"),
    ("Daniel", "Smith", "M"),
    ("Amir", "Khan", "M"),
    ("Fatima", "Khan", "F"),
    ("Lisa", "Jones", "F"),
    ("James", "Smith", "M"),
    ("Claire", "Smith", "F"),
    ("Tariq", "Khan", "M"),
    ("Susan", "Jones", "F"),
    ("Mohammed", "Ali", "M"),
    ("Aisha", "Patel", "F"),
    ("Thomas", "Evans", "M"),
    ("Rebecca", "Williams", "F"),
    ("Christopher", "Brown", "M"),
    ("Laura", "Taylor", "F"),
    ("Ryan", "Jones", "M"),
    ("Nadia", "Hussain", "F"),
    ("Kevin", "Smith", "M"),
    ("Zainab", "Begum", "F"),
    ("Michael", "Jones", "M"),
    ("Jade", "Smith", "F"),
    ("Sanjay", "Patel", "M"),
    ("Rachel", "Davies", "F"),
]
avail = list(singletons)
rng.shuffle(avail)
common_group_members = 0
for fn, sn, g in COMMON_NAMES:
    k = rng.randint(3, 5)
    chosen = []
    for p in avail:
        if p["gender"] == g and not p.get("common"):
            chosen.append(p)
            if len(chosen) == k:
                break
    for p in chosen:
        p["forename"], p["surname"], p["common"] = fn, sn, True
        p["middle"] = "" if rng.random() < 0.7 else p["middle"]
        p["email"] = make_email(fn, sn) if p["email"] else ""
        common_group_members += 1

assert len(val_recs) == N_VAL, len(val_recs)

# --------------------------------------------------------------------------
# VAL-side attributes
# --------------------------------------------------------------------------
rng.shuffle(val_recs)
val_recs.sort(key=lambda r: r["date"])


def vs_dest_for(r):
    ck, p = r["crime"], r["person"]
    u = rng.random()
    if (r["date"] - p["dob"]).days < 18 * 365 and u < 0.5:
        return "Victim Support / Young Victims"
    if ck in ("rape", "other_sexual") and u < 0.4:
        return "VS & Rape Crisis"
    if CRIMES[ck][3] and u < 0.25:
        return "Victim Support + IDVA"
    return rng.choice(VAL_TO_VS)


def other_agency_for(r):
    ck, p = r["crime"], r["person"]
    if (r["date"] - p["dob"]).days < 18 * 365 and rng.random() < 0.7:
        return "Young Victims Service"
    if ck in ("rape", "other_sexual"):
        return rng.choice(["Rape Crisis", "SARC (sexual assault referral centre)"])
    if ck in ("fraud", "computer"):
        return "Action Fraud / NECC"
    if ck in ("hate_po", "hate_assault"):
        return "Hate Crime Hub"
    if CRIMES[ck][3] and rng.random() < 0.45:
        return "IDVA service"
    return rng.choice(
        [
            "Citizens Advice",
            "Restorative Justice service",
            "Mental health crisis team",
            "Signposted - Samaritans",
            "Local authority - adult social care",
            "Housing options team",
            "Citizens Advice",
        ]
    )


n_not_vs = [r for r in val_recs if r["role"] == "none"]
rng.shuffle(n_not_vs)
for i, r in enumerate(n_not_vs):
    if i < N_DECLINED_VS:
        r["dest"] = rng.choice(["Declined VS referral", "Offered VS - declined"])
    elif i < N_DECLINED_VS + N_SIGNPOSTED_VS:
        r["dest"] = rng.choice(
            ["Signposted to VS (self-referral details given)", "VS leaflet/website given - no referral"]
        )
    elif rng.random() < 0.42:
        r["dest"] = other_agency_for(r)
    else:
        r["dest"] = rng.choice(VAL_NOT_REFERRED)
for r in val_recs:
    p = r["person"]
    if r["role"] in ("pair", "lost"):
        r["dest"] = vs_dest_for(r)
    ck = r["crime"]
    coarse = CRIMES[ck][1]
    r["val_confused"] = False
    if coarse != "Other crime" and ck in CONFUSIONS and rng.random() < 0.07:
        coarse = rng.choice(CONFUSIONS[ck])
        r["val_confused"] = True
    elif coarse != "Other crime" and rng.random() < 0.18:
        coarse = "Other crime"
    r["val_coarse"] = coarse
    da_possible = CRIMES[ck][3]
    r["da"] = (rng.random() < 0.45) if da_possible else (rng.random() < 0.03)
    age = (r["date"] - p["dob"]).days // 365
    r["age"] = age


def val_notes(r):
    bits = []
    ck = r["crime"]
    crime_words = {
        "res_burglary": "burglary at home address",
        "assault_inj": "assault, injuries to face",
        "assault_noinj": "assault",
        "harassment": "ongoing harassment from neighbour",
        "stalking": "being followed by ex-partner",
        "fraud": "lost money to online scam",
        "crim_damage": "damage to property",
        "vehicle": "car broken into",
        "robbery": "phone taken by force in street",
        "hate_po": "racist abuse in street",
        "malcomms": "abusive messages on social media",
        "coercive": "controlling behaviour by partner",
    }
    if rng.random() < 0.7:
        bits.append("Vic called re %s." % crime_words.get(ck, "incident"))
    if r["role"] in ("pair", "lost") and rng.random() < 0.5:
        bits.append(
            rng.choice(
                [
                    "Consent given for referral to VS.",
                    "Ref to VS for emotional support.",
                    "Wants practical help - VS referral made.",
                    "VS to contact within 2 days.",
                ]
            )
        )
    if r["role"] == "none" and rng.random() < 0.4:
        bits.append(
            rng.choice(
                [
                    "Advice given, no further support wanted.",
                    "Update on case given.",
                    "Given OIC contact details.",
                    "Info re Victims' Code given.",
                ]
            )
        )
    if r["da"] and rng.random() < 0.6:
        bits.append(rng.choice(["DA - DASH completed.", "DA - safeguarding in place.", "MARAC referral considered."]))
    if rng.random() < 0.12:
        bits.append(
            rng.choice(
                [
                    "Prefers contact after 5pm.",
                    "Text only please.",
                    "Interpreter needed (Urdu).",
                    "Interpreter needed (Polish).",
                    "Hearing impaired - email preferred.",
                    "Vulnerable - elderly, lives alone.",
                    "Repeat victim.",
                ]
            )
        )
    if r.get("val_ref_missing") and rng.random() < 0.3:
        bits.append("Crime ref to follow.")
    return " ".join(bits)


def upper_surname_maybe(s, p=0.08):
    return s.upper() if rng.random() < p else s


val_rows = []
val_stats = {
    "ref_missing": 0,
    "dob_missing": 0,
    "pc_missing_or_nfa": 0,
    "phone_missing": 0,
    "other_crime": 0,
    "val_confused": 0,
}
val_ref_seq = 104000 + rng.randint(0, 500)
for idx, r in enumerate(val_recs):
    p = r["person"]
    val_ref_seq += rng.randint(1, 3)
    r["val_row"] = idx + 1
    # crime ref
    u = rng.random()
    if u < 0.06:
        r["val_ref_missing"] = True
        crime_ref = rng.choice(["", "", "N/A", "Not recorded", "TBC"])
        val_stats["ref_missing"] += 1
    else:
        crime_ref = ref_str(r["ref"])
    # dob
    u = rng.random()
    if u < 0.035:
        dob = rng.choice(["", "Not recorded"])
        val_stats["dob_missing"] += 1
    elif u < 0.04:
        dob = "01/01/1900"
        val_stats["dob_missing"] += 1
    else:
        dob = fmt_date(p["dob"])
    # postcode
    pc = p["address"]["postcode"]
    if p["nfa"]:
        val_stats["pc_missing_or_nfa"] += 1
        pc = rng.choice(["", "NFA"])
    elif rng.random() < 0.025:
        pc = rng.choice(["", "Not recorded"])
        val_stats["pc_missing_or_nfa"] += 1
    elif rng.random() < 0.03:
        pc = pc.replace(" ", "")
    # phone
    u = rng.random()
    if u < 0.10:
        phone = rng.choice(["", "", "N/A", "Withheld"])
        val_stats["phone_missing"] += 1
    elif u < 0.25:
        phone = p["phone"].replace(" ", "")
    else:
        phone = p["phone"]
    email = p["email"] if rng.random() < 0.85 else ""
    if not email and rng.random() < 0.2:
        email = "N/A"
    forename = p["forename"]
    if p["middle"] and rng.random() < 0.15:
        forename = "%s %s" % (forename, p["middle"])
    gender = p["gender"] if rng.random() < 0.95 else rng.choice(["U", ""])
    if r["val_coarse"] == "Other crime":
        val_stats["other_crime"] += 1
    if r["val_confused"]:
        val_stats["val_confused"] += 1
    da = (
        ("Y" if r["da"] else "N")
        if rng.random() < 0.85
        else (("Yes" if r["da"] else "No") if rng.random() < 0.6 else rng.choice(["", "Unknown"]))
    )
    if r["role"] in ("pair", "lost"):
        consent = wchoice([("Yes", 88), ("Verbal", 9), ("Not recorded", 3)])
    else:
        consent = wchoice([("Yes", 45), ("No", 25), ("Verbal", 8), ("Not recorded", 12), ("", 10)])
    val_rows.append(
        [
            "VAL%06d" % val_ref_seq,
            fmt_date(r["date"]),
            crime_ref,
            forename if rng.random() > 0.04 else forename.upper(),
            upper_surname_maybe(p["surname"]),
            dob,
            gender,
            p["address"]["line1"],
            p["address"]["town"],
            pc,
            phone,
            email,
            p["address"]["area"],
            r["val_coarse"],
            da,
            consent,
            r["dest"],
            val_notes(r),
        ]
    )

VAL_HEADER = [
    "VAL Ref",
    "Referral Date",
    "Crime Ref / URN",
    "Victim Forename",
    "Victim Surname",
    "Date of Birth",
    "Gender",
    "Address Line 1",
    "Town",
    "Postcode",
    "Contact Tel",
    "Email",
    "Policing Area",
    "Crime Category",
    "DA Flag",
    "Consent to Share",
    "Onward Referral",
    "Notes",
]

# --------------------------------------------------------------------------
# VS side
# --------------------------------------------------------------------------
pairs = [r for r in val_recs if r["role"] == "pair"]
NP = len(pairs)
assert NP == N_PAIRS


def sample_exclusive(pool_idx, spec):
    """spec: list of (name, count). Draw disjoint samples from pool_idx. Returns {idx: name}."""
    pool = list(pool_idx)
    rng.shuffle(pool)
    out = {}
    pos = 0
    for name, cnt in spec:
        for i in pool[pos : pos + cnt]:
            out[i] = name
        pos += cnt
    return out


def cnt(key):
    return int(round(RATES[key] * NP))


all_idx = list(range(NP))
ref_mess = sample_exclusive(all_idx, [("missing", cnt("ref_missing")), ("different", cnt("ref_different"))])
surname_typo = {i: 1 for i in rng.sample(all_idx, cnt("surname_typo"))}
nick_eligible = [
    i
    for i in all_idx
    if pairs[i]["person"]["forename"] in FEMALE_NICK
    or pairs[i]["person"]["forename"] in MALE_NICK
    or pairs[i]["person"]["forename"] in SHORT_TO_FULL
]
forename_nick = {i: 1 for i in rng.sample(nick_eligible, cnt("forename_nick"))}
name_order = {i: 1 for i in rng.sample(all_idx, cnt("name_order"))}
swap_eligible = [
    i
    for i in all_idx
    if pairs[i]["person"]["dob"].day <= 12 and pairs[i]["person"]["dob"].day != pairs[i]["person"]["dob"].month
]
dob_swap = {i: "swap" for i in rng.sample(swap_eligible, cnt("dob_swap"))}
rest = [i for i in all_idx if i not in dob_swap]
dob_mess = dict(dob_swap)
dob_mess.update(sample_exclusive(rest, [("digit", cnt("dob_digit")), ("missing", cnt("dob_missing"))]))
pc_eligible = [i for i in all_idx if not pairs[i]["person"]["nfa"]]
pc_mess = sample_exclusive(pc_eligible, [("format", cnt("pc_format")), ("move", cnt("house_move"))])
phone_mess = sample_exclusive(
    all_idx, [("missing", cnt("phone_missing")), ("format", cnt("phone_format")), ("changed", cnt("phone_changed"))]
)

TYPO_LOG = {
    "ref_different_kinds": {},
    "surname_typo_kinds": {},
    "forename_kinds": {},
    "pc_format_kinds": {},
    "dob_missing_kinds": {},
    "phone_format_kinds": {},
}


def bump(d, k):
    d[k] = d.get(k, 0) + 1


def mess_ref(ref):
    kind = wchoice(
        [
            ("spaces", 20),
            ("no_separators", 15),
            ("prefix_dropped", 15),
            ("leading_zeros_dropped", 10),
            ("lower_case", 8),
            ("four_digit_year", 8),
            ("prefix_added", 8),
            ("dashes", 6),
            ("one_digit_wrong", 20),
        ]
    )
    P, N, Y = ref["prefix"], ref["num"], ref["yy"]
    if kind == "spaces":
        s = "%s %s %s" % (P, N, Y)
    elif kind == "no_separators":
        s = "%s%s%s" % (P, N, Y)
    elif kind == "prefix_dropped":
        s = "%s/%s" % (N.lstrip("0"), Y)
    elif kind == "leading_zeros_dropped":
        s = "%s/%s/%s" % (P, N.lstrip("0"), Y)
    elif kind == "lower_case":
        s = "%s/%s/%s" % (P.lower(), N, Y)
    elif kind == "four_digit_year":
        s = "%s/%s/20%s" % (P, N, Y)
    elif kind == "prefix_added":
        s = "CRN: %s/%s/%s" % (P, N, Y)
    elif kind == "dashes":
        s = "%s-%s-%s" % (P, N, Y)
    else:
        digits = list(N)
        pos = rng.randint(2, len(digits) - 1)
        if rng.random() < 0.5 and pos < len(digits) - 1 and digits[pos] != digits[pos + 1]:
            digits[pos], digits[pos + 1] = digits[pos + 1], digits[pos]
        else:
            digits[pos] = str((int(digits[pos]) + rng.randint(1, 9)) % 10)
        s = "%s/%s/%s" % (P, "".join(digits), Y)
    bump(TYPO_LOG["ref_different_kinds"], kind)
    return s


def typo_surname(s):
    for _ in range(50):
        kind = wchoice(
            [
                ("delete", 20),
                ("double", 15),
                ("transpose", 20),
                ("vowel", 20),
                ("phonetic", 15),
                ("hyphen_or_apostrophe", 10),
            ]
        )
        t = s
        low = s
        if kind == "delete" and len(s) > 3:
            i = rng.randint(1, len(s) - 1)
            t = s[:i] + s[i + 1 :]
        elif kind == "double" and len(s) > 2:
            i = rng.randint(1, len(s) - 1)
            if s[i].isalpha():
                t = s[:i] + s[i] + s[i:]
        elif kind == "transpose" and len(s) > 3:
            i = rng.randint(1, len(s) - 2)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        elif kind == "vowel":
            vs = [i for i, c in enumerate(s) if c in "aeiouy" and i > 0]
            if vs:
                i = rng.choice(vs)
                t = s[:i] + rng.choice([c for c in "aeiouy" if c != s[i]]) + s[i + 1 :]
        elif kind == "phonetic":
            for a, b in (
                ("Mc", "Mac"),
                ("Mac", "Mc"),
                ("ph", "f"),
                ("son", "sen"),
                ("ck", "k"),
                ("ey", "y"),
                ("Th", "T"),
                ("ai", "ay"),
                ("ll", "l"),
                ("rr", "r"),
                ("ie", "ei"),
                ("ss", "s"),
                ("Kh", "K"),
                ("Mohamm", "Muhamm"),
                ("ou", "o"),
                ("ks", "x"),
                ("ow", "ou"),
                ("ea", "ee"),
                ("nn", "n"),
                ("Hussain", "Hussein"),
                ("Chaudhry", "Choudhry"),
                ("Davies", "Davis"),
                ("Clarke", "Clark"),
                ("Thompson", "Thomson"),
                ("Begum", "Begam"),
                ("Smith", "Smyth"),
                ("Jones", "Jone"),
            ):
                if a in s:
                    t = s.replace(a, b, 1)
                    break
        elif kind == "hyphen_or_apostrophe":
            if "'" in s:
                t = s.replace("'", "")
            elif "-" in s:
                t = rng.choice([s.replace("-", " "), s.split("-")[0], s.split("-")[1]])
        if t != s and len(t) >= 2:
            bump(TYPO_LOG["surname_typo_kinds"], kind)
            return t
    t = s[:-1] + ("e" if s[-1] != "e" else "a")
    bump(TYPO_LOG["surname_typo_kinds"], "fallback_last_letter")
    return t


def nick_forename(f):
    if f in FEMALE_NICK:
        bump(TYPO_LOG["forename_kinds"], "full_to_short" if f != "Mohammed" else "spelling_variant")
        return rng.choice(FEMALE_NICK[f])
    if f in MALE_NICK:
        bump(TYPO_LOG["forename_kinds"], "full_to_short" if f != "Mohammed" else "spelling_variant")
        return rng.choice(MALE_NICK[f])
    bump(TYPO_LOG["forename_kinds"], "short_to_full")
    return SHORT_TO_FULL[f]


def strip_diacritics(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("ó", "o"), ("â", "a"), ("ë", "e"), ("ś", "s")):
        s = s.replace(a, b)
    return s


def digit_wrong_dob(d):
    s = fmt_date(d)
    for _ in range(200):
        pos = rng.choice([0, 1, 3, 4, 8, 9])
        c = str(rng.randint(0, 9))
        if c == s[pos]:
            continue
        t = s[:pos] + c + s[pos + 1 :]
        try:
            nd = datetime.datetime.strptime(t, "%d/%m/%Y").date()
        except ValueError:
            continue
        if nd != d and nd.year > 1920 and nd < datetime.date(2012, 1, 1):
            # do not accidentally produce a pure day/month swap
            if not (nd.day == d.month and nd.month == d.day and nd.year == d.year):
                return t
    return s


def phone_variant(ph):
    digits = ph.replace(" ", "")
    kind = wchoice([("digits_only", 40), ("plus44", 20), ("brackets", 15), ("dashes", 10), ("regrouped", 15)])
    if kind == "digits_only":
        s = digits
    elif kind == "plus44":
        s = "+44 " + digits[1:] if rng.random() < 0.5 else "+44" + digits[1:]
    elif kind == "brackets":
        parts = ph.split(" ")
        s = "(%s) %s" % (parts[0], "".join(parts[1:]))
    elif kind == "dashes":
        s = ph.replace(" ", "-")
    else:
        s = "%s %s %s" % (digits[:5], digits[5:8], digits[8:])
    if s == ph:
        s = digits
        kind = "digits_only"
    bump(TYPO_LOG["phone_format_kinds"], kind)
    return s


def pc_variant(pc, kind=None):
    if kind is None:
        kind = wchoice([("no_space", 55), ("lower_case", 20), ("lower_no_space", 25)])
    if kind == "no_space":
        return pc.replace(" ", ""), kind
    if kind == "lower_case":
        return pc.lower(), kind
    return pc.replace(" ", "").lower(), kind


def vs_name(fore, sur, middle, order, gender):
    if middle and rng.random() < 0.20:
        fore = "%s %s" % (fore, middle)
    style = rng.random()
    if order:
        if style < 0.25:
            return "%s, %s" % (sur.upper(), fore)
        return "%s, %s" % (sur, fore)
    if style < 0.05:
        return "%s %s" % (fore, sur.upper())
    if style < 0.08:
        return ("%s %s" % (fore, sur)).upper()
    if style < 0.12:
        title = rng.choice(["Mrs", "Ms", "Miss"]) if gender == "F" else "Mr"
        return "%s %s %s" % (title, fore, sur)
    return "%s %s" % (fore, sur)


def service_for(crime, age, da):
    if age < 18:
        return "Young Victims"
    if crime in ("rape", "other_sexual"):
        return "Sexual Violence"
    if da:
        return "Domestic Abuse"
    if crime in ("fraud", "computer"):
        return "Fraud"
    if crime in ("hate_po", "hate_assault"):
        return "Hate Crime"
    if crime in ("homicide", "rtc_death"):
        return "Homicide Service"
    return "Core"


HUBS = {
    "Ashbury City": "Ashbury Hub",
    "Kingsmere & Rural East": "County East Hub",
    "Dunmere": "County East Hub",
    "Stowbridge": "Stowbridge Hub",
    "Hallowfield": "Stowbridge Hub",
}

vs_recs = []
stats_pairs = {
    "ref_missing": 0,
    "ref_different": 0,
    "ref_exact": 0,
    "ref_missing_on_val_too": 0,
    "surname_typo": 0,
    "forename_nick": 0,
    "name_order": 0,
    "dob_swap": 0,
    "dob_digit": 0,
    "dob_missing": 0,
    "pc_format": 0,
    "house_move": 0,
    "phone_missing": 0,
    "phone_format": 0,
    "phone_changed": 0,
    "diacritics_stripped": 0,
    "crime_type_disagree": 0,
    "val_other_crime": 0,
    "delay_days": {},
}
for i, r in enumerate(pairs):
    p = r["person"]
    delay = wchoice(
        [
            (0, 8),
            (1, 16),
            (2, 14),
            (3, 12),
            (4, 9),
            (5, 8),
            (6, 6),
            (7, 6),
            (8, 4),
            (9, 4),
            (10, 3),
            (11, 3),
            (12, 2),
            (13, 2),
            (14, 3),
        ]
    )
    bump(stats_pairs["delay_days"], delay)
    recv = r["date"] + datetime.timedelta(days=delay)
    # crime ref
    m = ref_mess.get(i)
    if m == "missing":
        police_ref = wchoice([("", 70), ("Not known", 12), ("N/A", 10), ("Awaited", 8)])
        stats_pairs["ref_missing"] += 1
    elif m == "different":
        police_ref = mess_ref(r["ref"])
        stats_pairs["ref_different"] += 1
    else:
        police_ref = ref_str(r["ref"])
        stats_pairs["ref_exact"] += 1
    if r.get("val_ref_missing"):
        stats_pairs["ref_missing_on_val_too"] += 1
    # names
    fore = p["forename"]
    sur = p["surname"]
    if i in forename_nick:
        fore = nick_forename(fore)
        stats_pairs["forename_nick"] += 1
    if i in surname_typo:
        sur = typo_surname(sur)
        stats_pairs["surname_typo"] += 1
    if any(c in (fore + sur) for c in "łŁóâëś") and rng.random() < 0.7:
        fore, sur = strip_diacritics(fore), strip_diacritics(sur)
        stats_pairs["diacritics_stripped"] += 1
    if i in name_order:
        stats_pairs["name_order"] += 1
    name = vs_name(fore, sur, p["middle"], i in name_order, p["gender"])
    # dob
    dm = dob_mess.get(i)
    d = p["dob"]
    if dm == "swap":
        dob = "%02d/%02d/%04d" % (d.month, d.day, d.year)
        stats_pairs["dob_swap"] += 1
    elif dm == "digit":
        dob = digit_wrong_dob(d)
        stats_pairs["dob_digit"] += 1
    elif dm == "missing":
        dob = wchoice([("", 70), ("Not known", 20), ("01/01/1900", 10)])
        bump(TYPO_LOG["dob_missing_kinds"], dob or "blank")
        stats_pairs["dob_missing"] += 1
    else:
        dob = fmt_date(d)
    # address / postcode
    addr = p["address"]
    pm = pc_mess.get(i)
    phone_src = p["phone"]
    if pm == "move":
        old_pc = addr["postcode"]
        while True:
            addr = new_address()
            if addr["postcode"] != old_pc:
                break
        if not phone_src.startswith("07700") and rng.random() < 0.5:
            phone_src = take_landline()  # landline changes with the move
        stats_pairs["house_move"] += 1
        pc = addr["postcode"]
    elif pm == "format":
        pc, k = pc_variant(addr["postcode"])
        bump(TYPO_LOG["pc_format_kinds"], k)
        stats_pairs["pc_format"] += 1
    else:
        pc = addr["postcode"]
        if p["nfa"]:
            pc = rng.choice(["", "NFA", "Unknown"])
    address = "%s, %s" % (addr["line1"], addr["town"]) if not p["nfa"] else "NFA"
    # phone
    phm = phone_mess.get(i)
    if phm == "missing":
        tel = wchoice([("", 80), ("Not provided", 10), ("Unknown", 10)])
        stats_pairs["phone_missing"] += 1
    elif phm == "format":
        tel = phone_variant(phone_src)
        stats_pairs["phone_format"] += 1
    elif phm == "changed":
        tel = take_mobile() if rng.random() < 0.5 else take_landline()
        stats_pairs["phone_changed"] += 1
    else:
        tel = phone_src
    email = p["email"] if rng.random() < 0.55 else ""
    offence = rng.choice(CRIMES[r["crime"]][2])
    if r["val_coarse"] == "Other crime":
        stats_pairs["val_other_crime"] += 1
    elif r["val_coarse"] != CRIMES[r["crime"]][1]:
        stats_pairs["crime_type_disagree"] += 1
    source = wchoice([("VAL", 58), ("Victims Advice Line", 20), ("Police - VAL", 10), ("Police", 8), ("", 4)])
    vs_recs.append(
        {
            "kind": "pair",
            "val": r,
            "recv": recv,
            "source": source,
            "name": name,
            "dob": dob,
            "gender": p["gender"],
            "address": address,
            "pc": pc,
            "tel": tel,
            "email": email,
            "police_ref": police_ref,
            "offence": offence,
            "service": service_for(r["crime"], r["age"], r["da"]),
            "hub": HUBS[addr["area"]] if addr["area"] in HUBS else "Ashbury Hub",
        }
    )

vs_only_stats = {"name_order": 0, "pc_format": 0, "ref_blank": 0, "by_source": {}}
for r in vs_only:
    p = r["person"]
    bump(vs_only_stats["by_source"], r["source"])
    order = rng.random() < 0.10
    if order:
        vs_only_stats["name_order"] += 1
    fore, sur = p["forename"], p["surname"]
    if rng.random() < 0.7:
        fore, sur = strip_diacritics(fore), strip_diacritics(sur)
    name = vs_name(fore, sur, p["middle"], order, p["gender"])
    u = rng.random()
    if u < 0.05:
        dob = wchoice([("", 70), ("Not known", 20), ("01/01/1900", 10)])
    else:
        dob = fmt_date(p["dob"])
    pc = p["address"]["postcode"]
    if p["nfa"]:
        pc = rng.choice(["", "NFA", "Unknown"])
    elif rng.random() < 0.20:
        pc, _k = pc_variant(pc)
        vs_only_stats["pc_format"] += 1
    address = "%s, %s" % (p["address"]["line1"], p["address"]["town"]) if not p["nfa"] else "NFA"
    u = rng.random()
    if u < 0.20:
        tel = wchoice([("", 80), ("Not provided", 10), ("Unknown", 10)])
    elif u < 0.55:
        tel = phone_variant(p["phone"])
    else:
        tel = p["phone"]
    email = p["email"] if rng.random() < 0.55 else ""
    src = r["source"]
    if src in ("Police (direct)", "VAL") or (src in ("IDVA service", "Other agency") and rng.random() < 0.4):
        cref = ref_str(new_crime_ref(r["date"] - datetime.timedelta(days=rng.randint(0, 30))))
        if rng.random() < 0.15:
            cref = cref.replace("/", " ")
    elif src == "Other police force":
        cref = other_force_ref(r["date"])
    elif src == "Action Fraud":
        cref = "NFRC%02d%02d%07d" % (r["date"].year % 100, r["date"].month, rng.randint(0, 9999999))
    elif src == "Self-referral" and rng.random() < 0.25:
        cref = "Not reported to police"
    else:
        cref = ""
    if src in ("Self-referral", "Family member", "GP / health", "School / college") and rng.random() < 0.6:
        cref = cref if cref == "Not reported to police" else ""
    if cref in ("", "Not reported to police"):
        vs_only_stats["ref_blank"] += 1
    crime = r["crime"]
    if src == "Action Fraud":
        crime = "fraud"
    age = (r["date"] - p["dob"]).days // 365
    da = CRIMES[crime][3] and rng.random() < 0.45
    vs_recs.append(
        {
            "kind": "vs_only",
            "val": None,
            "recv": r["date"],
            "source": src,
            "name": name,
            "dob": dob,
            "gender": p["gender"],
            "address": address,
            "pc": pc,
            "tel": tel,
            "email": email,
            "police_ref": cref,
            "offence": rng.choice(CRIMES[crime][2]),
            "service": service_for(crime, age, da),
            "hub": HUBS.get(p["address"]["area"], "Ashbury Hub"),
        }
    )

rng.shuffle(vs_recs)
vs_recs.sort(key=lambda v: v["recv"])
vs_rows = []
case_no = 2300000 + rng.randint(100, 900)
status_counts = {}
for j, v in enumerate(vs_recs):
    v["vs_row"] = j + 1
    case_no += rng.randint(1, 4)
    status = wchoice(VS_STATUSES)
    bump(status_counts, status)
    if status in CONTACTED:
        first = fmt_date(
            v["recv"]
            + datetime.timedelta(
                days=wchoice([(0, 15), (1, 25), (2, 20), (3, 12), (4, 8), (5, 6), (7, 5), (10, 4), (14, 3)])
            )
        )
    else:
        first = ""
    case_status = (
        "Closed"
        if status.startswith(("Closed", "Declined", "Engaged - support completed", "Disengaged", "Unable"))
        else "Open"
    )
    gender = (
        {"F": "Female", "M": "Male"}[v["gender"]]
        if rng.random() < 0.93
        else rng.choice(["Prefer not to say", "Unknown", ""])
    )
    vs_rows.append(
        [
            "C%07d" % case_no,
            fmt_date(v["recv"]),
            v["source"],
            v["name"],
            v["dob"],
            gender,
            v["address"],
            v["pc"],
            v["tel"],
            v["email"],
            v["police_ref"],
            v["offence"],
            v["service"],
            v["hub"],
            rng.choice(CASE_WORKERS),
            status,
            first,
            case_status,
        ]
    )

VS_HEADER = [
    "Case No.",
    "Date Referral Received",
    "Referral Source",
    "Client Name",
    "D.O.B.",
    "Gender",
    "Address",
    "Post Code",
    "Telephone",
    "Email Address",
    "Police Crime Number",
    "Offence Type",
    "Service",
    "Hub",
    "Case Worker",
    "Engagement Status",
    "Date of First Contact",
    "Case Status",
]

truth_links = sorted((v["val"]["val_row"], v["vs_row"]) for v in vs_recs if v["kind"] == "pair")
truth_lost = sorted(r["val_row"] for r in val_recs if r["role"] == "lost")


# --------------------------------------------------------------------------
def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    write_csv(os.path.join(OUT_DIR, "val_export.csv"), VAL_HEADER, val_rows)
    write_csv(os.path.join(OUT_DIR, "vs_export.csv"), VS_HEADER, vs_rows)
    write_csv(os.path.join(OUT_DIR, "truth_links.csv"), ["val_row", "vs_row"], truth_links)
    write_csv(os.path.join(OUT_DIR, "truth_lost.csv"), ["val_row"], [[x] for x in truth_lost])

    scen = {}
    for r in val_recs:
        bump(scen, "%s/%s" % (r["scenario"], r["role"]))
    print("SEED", SEED)
    print(
        "VAL rows",
        len(val_rows),
        "| VS rows",
        len(vs_rows),
        "| true pairs",
        len(truth_links),
        "| lost",
        len(truth_lost),
        "| VS-only",
        len(vs_only),
    )
    print("VAL referred to VS", sum(1 for r in val_recs if r["role"] in ("pair", "lost")))
    print("pair mess counts (of %d pairs):" % NP)
    for k, v in stats_pairs.items():
        if k == "delay_days":
            continue
        print("   %-24s %5d  (%.1f%%)" % (k, v, 100.0 * v / NP))
    print("delay days", dict(sorted(stats_pairs["delay_days"].items())))
    for k, v in TYPO_LOG.items():
        print(k, dict(sorted(v.items())))
    print("VAL-side stats", val_stats)
    print("VS-only stats", vs_only_stats)
    print("VS status counts", dict(sorted(status_counts.items())))
    print("scenarios", dict(sorted(scen.items())))
    print("common-name group members", common_group_members)


if __name__ == "__main__":
    main()
