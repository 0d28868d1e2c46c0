#!/usr/bin/env python3
"""Blind synthetic benchmark #2 for VAL <-> Victim Support record linkage.

Written without looking at the linkage tool. Standard library only,
deterministic for a fixed SEED.  Every person, address, postcode, phone
number and crime reference is invented:

* postcodes use the invented areas FH / TB / MB (not real UK postcode areas)
  in valid UK shapes (A9 9AA / AA99 9AA etc.);
* phone numbers come only from Ofcom's drama ranges (07700 900xxx mobile,
  01632 960xxx and the city drama blocks such as 0117 496 0xxx, 020 7946 0xxx);
* crime references use an invented force prefix "FHC".

Outputs (default directory /work/main/benchmarks/data/blind_link2, or the
directory named by the BLIND_LINK2_OUT environment variable):

  val_export.csv    ';'-delimited, cp1252, two title lines above the header
  vs_export.csv     ','-delimited, UTF-8 with BOM
  truth_links.csv   val_row,vs_row   (1-based data rows, header/title lines not counted)
  truth_lost.csv    val_row          (VAL says referred to VS, no VS record exists)
  truth_crime_disagree.csv  val_row,vs_row  (supplementary: true pairs whose crime
                    types are incompatible; "Other crime" is never a disagreement)
  generation_stats.csv      name,value  (counts of everything applied)
"""

import codecs
import csv
import datetime as dt
import os
import random

SEED = 20240422
DEFAULT_OUT = "/work/main/benchmarks/data/blind_link2"
OUT_DIR = os.environ.get("BLIND_LINK2_OUT", DEFAULT_OUT)

rng = random.Random(SEED)

FY_START = dt.datetime(2023, 4, 1, 0, 0)
FY_END = dt.datetime(2024, 3, 31, 23, 59)
RUN_DT = dt.datetime(2024, 4, 23, 6, 41)
REF_YEAR = dt.date(2023, 10, 1)

# --------------------------------------------------------------------------
# Target sizes and mess rates (rates are applied as exact sample sizes over the
# true pairs; the counts actually applied are written to generation_stats.csv)
# --------------------------------------------------------------------------
N_HOUSEHOLD_INCIDENTS = 160  # 2-3 household members on one crime, one referred
N_JRSR = 60  # parent/child same forename+surname
N_COMMON_NAMES = 12  # x 4-6 people each
N_REPEAT_BOTH = 70  # repeat victims, both referrals to VS
N_REPEAT_MIXED = 30  # repeat victims, one referral to VS, one not
N_SINGLES = 3258
P_SINGLE_REFERRED = 0.52
LOST_RATE = 0.06
VS_ONLY_SHARE = 0.20  # of all VS rows

RATE_REF_MISSING = 0.35
RATE_REF_DIFFERENT = 0.10
RATE_SURNAME_TYPO = 0.12
RATE_SURNAME_MARRIAGE = 0.03
RATE_NICKNAME = 0.08
RATE_MIDDLE_ADDED = 0.08
RATE_DOB_SWAP = 0.05
RATE_DOB_DIGIT = 0.03
RATE_DOB_MISSING = 0.08
RATE_POSTCODE_FORMAT = 0.25
RATE_HOUSE_MOVE = 0.06
RATE_CRIME_DISAGREE = 0.07
MAX_LAG_DAYS = 21

# --------------------------------------------------------------------------
# Name pools (combinations are random; no real individuals)
# --------------------------------------------------------------------------
NICKNAMES = {
    # male
    "William": ["Bill", "Will", "Billy"],
    "Robert": ["Rob", "Bob", "Bobby"],
    "Richard": ["Rich", "Richie", "Dick"],
    "James": ["Jim", "Jimmy", "Jamie"],
    "John": ["Jack", "Johnny"],
    "Michael": ["Mike", "Mick", "Mikey"],
    "Christopher": ["Chris", "Kit"],
    "Anthony": ["Tony", "Ant"],
    "Daniel": ["Dan", "Danny"],
    "Thomas": ["Tom", "Tommy"],
    "Joseph": ["Joe", "Joey"],
    "Jonathan": ["Jon", "Jonny"],
    "Matthew": ["Matt"],
    "Nicholas": ["Nick", "Nicky"],
    "Samuel": ["Sam", "Sammy"],
    "Benjamin": ["Ben", "Benji"],
    "Alexander": ["Alex", "Sandy"],
    "Andrew": ["Andy", "Drew"],
    "Stephen": ["Steve", "Stevie"],
    "Edward": ["Ed", "Eddie", "Ted"],
    "David": ["Dave", "Davy"],
    "Peter": ["Pete"],
    "Timothy": ["Tim"],
    "Gareth": ["Gaz"],
    "Kenneth": ["Ken", "Kenny"],
    "Raymond": ["Ray"],
    "Terence": ["Terry"],
    "Mohammed": ["Mo"],
    "José": ["Pepe"],
    "Dafydd": ["Dai"],
    "Patrick": ["Pat", "Paddy"],
    "Philip": ["Phil"],
    "Ronald": ["Ron", "Ronnie"],
    "Frederick": ["Fred", "Freddie"],
    "Joshua": ["Josh"],
    "Callum": ["Cal"],
    "Zachary": ["Zach"],
    # female
    "Elizabeth": ["Liz", "Beth", "Lizzie", "Betty"],
    "Margaret": ["Maggie", "Peggy", "Meg"],
    "Katherine": ["Kate", "Katie"],
    "Catherine": ["Cath", "Cathy"],
    "Jennifer": ["Jen", "Jenny"],
    "Patricia": ["Pat", "Trish"],
    "Rebecca": ["Becky", "Becca"],
    "Victoria": ["Vicky", "Tori"],
    "Samantha": ["Sam", "Sammy"],
    "Jessica": ["Jess"],
    "Abigail": ["Abbie", "Abby"],
    "Deborah": ["Debbie", "Deb"],
    "Susan": ["Sue", "Suzie"],
    "Charlotte": ["Charlie", "Lottie"],
    "Alexandra": ["Alex", "Lexi"],
    "Natalie": ["Nat"],
    "Jacqueline": ["Jackie"],
    "Kimberley": ["Kim"],
    "Christine": ["Chris", "Chrissie"],
    "Amanda": ["Mandy"],
    "Eleanor": ["Ellie", "Nell"],
    "Josephine": ["Jo", "Josie"],
    "Joanne": ["Jo"],
    "Stephanie": ["Steph"],
    "Nicola": ["Nicky", "Nic"],
    "Frances": ["Fran"],
    "Gillian": ["Gill"],
    "Olivia": ["Liv"],
    "Isabella": ["Bella", "Izzy"],
    "Theresa": ["Tess", "Terri"],
}
MALE_NICK = [
    "William",
    "Robert",
    "Richard",
    "James",
    "John",
    "Michael",
    "Christopher",
    "Anthony",
    "Daniel",
    "Thomas",
    "Joseph",
    "Jonathan",
    "Matthew",
    "Nicholas",
    "Samuel",
    "Benjamin",
    "Alexander",
    "Andrew",
    "Stephen",
    "Edward",
    "David",
    "Peter",
    "Timothy",
    "Gareth",
    "Kenneth",
    "Raymond",
    "Terence",
    "Mohammed",
    "José",
    "Dafydd",
    "Patrick",
    "Philip",
    "Ronald",
    "Frederick",
    "Joshua",
    "Callum",
    "Zachary",
]
FEMALE_NICK = [
    "Elizabeth",
    "Margaret",
    "Katherine",
    "Catherine",
    "Jennifer",
    "Patricia",
    "Rebecca",
    "Victoria",
    "Samantha",
    "Jessica",
    "Abigail",
    "Deborah",
    "Susan",
    "Charlotte",
    "Alexandra",
    "Natalie",
    "Jacqueline",
    "Kimberley",
    "Christine",
    "Amanda",
    "Eleanor",
    "Josephine",
    "Joanne",
    "Stephanie",
    "Nicola",
    "Frances",
    "Gillian",
    "Olivia",
    "Isabella",
    "Theresa",
]
MALE_PLAIN = [
    "Mark",
    "Paul",
    "Lee",
    "Craig",
    "Wayne",
    "Darren",
    "Jason",
    "Ryan",
    "Liam",
    "Kieran",
    "Connor",
    "Harry",
    "Oliver",
    "Adam",
    "Ian",
    "Neil",
    "Keith",
    "Carl",
    "Dean",
    "Scott",
    "Aaron",
    "Lewis",
    "Kyle",
    "Noël",
    "Jérôme",
    "Björn",
    "Seán",
    "Gethin",
    "Rhys",
    "Owain",
    "Imran",
    "Tariq",
    "Bilal",
    "Hassan",
    "Piotr",
    "Tomasz",
    "Marius",
    "Andrei",
    "Kwame",
    "Tunde",
    "Emeka",
    "Dariusz",
    "Luca",
    "Mateus",
]
FEMALE_PLAIN = [
    "Sarah",
    "Emma",
    "Laura",
    "Rachel",
    "Claire",
    "Lisa",
    "Karen",
    "Hannah",
    "Sophie",
    "Chloe",
    "Amy",
    "Lucy",
    "Megan",
    "Grace",
    "Emily",
    "Zoë",
    "Siân",
    "Chloë",
    "Renée",
    "Anaïs",
    "Inès",
    "Rhiannon",
    "Ffion",
    "Aisha",
    "Fatima",
    "Priya",
    "Agnieszka",
    "Ewa",
    "Mariam",
    "Shannon",
    "Jade",
    "Kelly",
    "Donna",
    "Tracey",
    "Julie",
    "Helen",
    "Paula",
    "Leanne",
    "Kirsty",
    "Nadia",
    "Yasmin",
    "Aoife",
    "Niamh",
    "Bronwen",
    "Ioana",
    "Maëlle",
    "Dolores",
]
MIDDLE_F = [
    "Jane",
    "Louise",
    "Marie",
    "Anne",
    "Elizabeth",
    "Rose",
    "May",
    "Claire",
    "Victoria",
    "Grace",
    "Ann",
    "Lynn",
    "Michelle",
    "Siân",
]
MIDDLE_M = [
    "James",
    "John",
    "David",
    "Michael",
    "Paul",
    "Lee",
    "Robert",
    "Thomas",
    "Edward",
    "Alan",
    "Anthony",
    "Peter",
    "Owen",
    "José",
]

SURNAMES_COMMON = [
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Brown",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Johnson",
    "Roberts",
    "Robinson",
    "Thompson",
    "Wright",
    "Walker",
    "White",
    "Edwards",
    "Hughes",
    "Green",
    "Hall",
    "Lewis",
    "Harris",
    "Clarke",
    "Patel",
    "Jackson",
    "Wood",
    "Turner",
    "Martin",
    "Cooper",
    "Hill",
]
SURNAMES_OTHER = [
    "Ward",
    "Morris",
    "Moore",
    "Clark",
    "Lee",
    "King",
    "Baker",
    "Harrison",
    "Morgan",
    "Allen",
    "James",
    "Scott",
    "Phillips",
    "Watson",
    "Davis",
    "Parker",
    "Price",
    "Bennett",
    "Young",
    "Griffiths",
    "Mitchell",
    "Kelly",
    "Cook",
    "Carter",
    "Richardson",
    "Bailey",
    "Collins",
    "Bell",
    "Shaw",
    "Murphy",
    "Miller",
    "Cox",
    "Richards",
    "Khan",
    "Marshall",
    "Anderson",
    "Simpson",
    "Ellis",
    "Adams",
    "Singh",
    "Begum",
    "Wilkinson",
    "Foster",
    "Chapman",
    "Powell",
    "Webb",
    "Rogers",
    "Gray",
    "Mason",
    "Ali",
    "Hunt",
    "Hussain",
    "Campbell",
    "Matthews",
    "Owen",
    "Palmer",
    "Holmes",
    "Mills",
    "Barnes",
    "Knight",
    "Lloyd",
    "Butler",
    "Russell",
    "Barker",
    "Fisher",
    "Stevens",
    "Jenkins",
    "Murray",
    "Dixon",
    "Harvey",
    "Pritchard",
    "Llewellyn",
    "Vaughan",
    "Rees",
    "Howells",
    "O'Brien",
    "O'Neill",
    "O'Sullivan",
    "McCarthy",
    "McDonald",
    "MacLeod",
    "Fitzgerald",
    "Nowak",
    "Kowalski",
    "Wójcik",
    "Müller",
    "García",
    "Núñez",
    "Gómez",
    "Öztürk",
    "Okafor",
    "Mensah",
    "Adeyemi",
    "Nguyen",
    "Chowdhury",
    "Ahmed",
    "Rahman",
    "Popescu",
    "Ashworth-Brown",
    "Vaughan-Davies",
    "Lloyd-Evans",
    "Hartley-Reid",
    "Pemberton",
    "Thorne",
    "Blackwood",
    "Fairclough",
    "Entwistle",
    "Greenhalgh",
    "Sutcliffe",
    "Ackroyd",
    "Lomax",
    "Haworth",
    "Ramsbottom",
    "Whitfield",
    "Cartwright",
    "Oyelaran",
    "Da Silva",
    "De Souza",
    "Van Dijk",
    "Ní Bhriain",
    "Ferreira",
    "Kaur",
    "Gill",
    "Sandhu",
    "Mistry",
]
COMMON_NAME_SEEDS = [
    ("John", "Smith", "M"),
    ("David", "Jones", "M"),
    ("Sarah", "Williams", "F"),
    ("Mohammed", "Khan", "M"),
    ("James", "Taylor", "M"),
    ("Emma", "Brown", "F"),
    ("Michael", "Davies", "M"),
    ("Lisa", "Evans", "F"),
    ("Daniel", "Wilson", "M"),
    ("Amy", "Thomas", "F"),
    ("Paul", "Roberts", "M"),
    ("Laura", "Walker", "F"),
]

# --------------------------------------------------------------------------
# Places (invented towns, invented postcode areas FH/TB/MB)
# --------------------------------------------------------------------------
TOWNS = [  # name, area, districts, weight, landline drama blocks
    ("Felhampton", "FH", [1, 2, 3, 4, 5, 6, 7], 30, ["0117 496", "01632 960"]),
    ("Ashcombe", "FH", [8, 9, 10, 11], 14, ["0121 496", "01632 960"]),
    ("Wrenford", "FH", [12, 14, 15], 9, ["0113 496"]),
    ("Tolbury", "TB", [1, 2, 3, 4], 16, ["0161 496", "0114 496"]),
    ("Kestlewick", "TB", [5, 6, 8], 9, ["0115 496"]),
    ("Mardle Bridge", "MB", [1, 2, 3], 10, ["0118 496", "020 7946"]),
    ("Pennisford", "MB", [4, 5, 7], 7, ["0191 498"]),
    ("Cawley Vale", "MB", [9, 11], 5, ["029 2018"]),
]
STREET_PREFIX = [
    "Tollgate",
    "Marsh",
    "Orchard",
    "Kestrel",
    "Brackenfield",
    "Holloway",
    "Millbrook",
    "Ferncroft",
    "Ashgrove",
    "Chantry",
    "Coopers",
    "Dovecote",
    "Elmstead",
    "Foxglove",
    "Gorsey",
    "Hawthorn",
    "Ivydene",
    "Juniper",
    "Larkspur",
    "Meadowsweet",
    "Nettlebed",
    "Oakhanger",
    "Pennyroyal",
    "Quarry",
    "Rookery",
    "Sandpiper",
    "Tanners",
    "Upperwood",
    "Vicarage",
    "Wheelwright",
    "Yewtree",
    "Bramblehurst",
    "Cinder",
    "Drovers",
    "Heron",
    "Kiln",
    "Linnet",
    "Maltings",
    "Nightingale",
    "Osier",
    "Pinfold",
    "Ropewalk",
    "Saltings",
    "Tithe",
    "Weavers",
    "Wharf",
    "Badger",
    "Clover",
    "Deepdale",
    "Fallow",
    "Gallows Hill",
    "Stonechat",
]
STREET_TYPE = [
    "Road",
    "Street",
    "Lane",
    "Close",
    "Avenue",
    "Way",
    "Crescent",
    "Drive",
    "Gardens",
    "Terrace",
    "Grove",
    "Place",
]
STREET_ABBR = {
    "Road": "Rd",
    "Street": "St",
    "Avenue": "Ave",
    "Close": "Cl",
    "Crescent": "Cres",
    "Drive": "Dr",
    "Gardens": "Gdns",
    "Terrace": "Ter",
    "Place": "Pl",
    "Lane": "Ln",
    "Grove": "Gr",
    "Way": "Way",
}
POST_UNIT = "ABDEFGHJLNPQRSTUWXYZ"

# --------------------------------------------------------------------------
# Crime types
# --------------------------------------------------------------------------
HO_TYPES = [  # Home Office style wording used by VS, weight, VAL coarse category
    ("Violence with injury", 14, "Violence against the person"),
    ("Violence without injury", 16, "Violence against the person"),
    ("Stalking and harassment", 14, "Stalking/harassment"),
    ("Rape", 3, "Sexual offences"),
    ("Other sexual offences", 4, "Sexual offences"),
    ("Robbery of personal property", 4, "Robbery"),
    ("Robbery of business property", 1, "Robbery"),
    ("Residential burglary", 9, "Burglary"),
    ("Non-residential burglary", 2, "Burglary"),
    ("Theft from the person", 3, "Theft"),
    ("Vehicle offences", 5, "Vehicle crime"),
    ("Bicycle theft", 1, "Theft"),
    ("All other theft offences", 7, "Theft"),
    ("Criminal damage", 8, "Criminal damage/arson"),
    ("Arson", 1, "Criminal damage/arson"),
    ("Fraud", 6, "Fraud"),
    ("Computer misuse", 1, "Fraud"),
    ("Public order offences", 5, "Other crime"),
    ("Death or serious injury caused by unlawful driving", 1, "Other crime"),
    ("Miscellaneous crimes against society", 1, "Other crime"),
]
HO_NAMES = [h[0] for h in HO_TYPES]
HO_WEIGHTS = [h[1] for h in HO_TYPES]
HO_TO_COARSE = {h[0]: h[2] for h in HO_TYPES}
DA_ELIGIBLE = {
    "Violence with injury",
    "Violence without injury",
    "Stalking and harassment",
    "Rape",
    "Other sexual offences",
    "Criminal damage",
}
HATE_ELIGIBLE = {
    "Public order offences",
    "Violence without injury",
    "Violence with injury",
    "Criminal damage",
    "Stalking and harassment",
}
COMPAT = {}
for _h, _w, _c in HO_TYPES:
    COMPAT.setdefault(_c, set()).add(_h)
COMPAT["Domestic abuse"] = set(DA_ELIGIBLE)
COMPAT["Hate crime"] = set(HATE_ELIGIBLE)
COMPAT["Other crime"] = set(HO_NAMES)

# --------------------------------------------------------------------------
# Referral vocabularies
# --------------------------------------------------------------------------
REFERRED_VS = [
    ("VS", 30),
    ("Victim Support", 20),
    ("VS; IDVA", 8),
    ("IDVA; VS", 4),
    ("Victim Support; ISVA", 3),
    ("VS; ISVA", 3),
    ("VS; Restorative Justice", 3),
    ("VS; Signposted - Citizens Advice", 3),
    ("Victim Support; Signposted - Samaritans", 2),
]
NOT_REFERRED = [
    ("None", 30),
    ("Signposted - VS", 20),
    ("Declined", 25),
    ("IDVA", 6),
    ("ISVA", 3),
    ("Signposted - Citizens Advice", 5),
    ("Declined; Signposted - VS", 5),
    ("Signposted - VS; IDVA", 3),
    ("Restorative Justice", 3),
]
ENGAGEMENT = [("Engaged", 55), ("Declined", 15), ("No contact", 20), ("Withdrew", 10)]
VS_ONLY_SOURCES = [
    ("Self", 42),
    ("GP", 10),
    ("Other police force", 22),
    ("Hospital", 6),
    ("Housing provider", 5),
    ("School", 3),
    ("Other", 7),
    ("Police VAL", 3),
    ("IDVA service", 2),
]

OFFICERS = [
    "PC 2231 Okonjo",
    "PC 4471 Harding",
    "PS 1190 Trevithick",
    "PC 3308 Lamb",
    "PCSO 7712 Beddoes",
    "PC 5120 Quist",
    "Call handler 14",
    "Call handler 22",
    "Call handler 31",
    "PC 6634 Ferreira",
    "PC 2775 Nkemelu",
    "DC 8812 Aldous",
    "PC 1043 Wint",
    "Staff 0451 Mbeki-Rowe",
    "PC 3990 Vaux",
]
SUPPORT_WORKERS = [
    "K. Adebayo",
    "R. Thistlewood",
    "M. Quarrie",
    "S. Penhale",
    "J. Okoro",
    "T. Marchetti",
    "L. Brennock",
    "A. Oyinlola",
    "H. Castellow",
    "D. Fairweather",
    "Unallocated",
]

KEY_NEIGH = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sfe",
    "e": "wrd",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "i": "uok",
    "j": "hku",
    "k": "jli",
    "l": "kop",
    "m": "n",
    "n": "bm",
    "o": "ipl",
    "p": "ol",
    "q": "wa",
    "r": "etf",
    "s": "adw",
    "t": "ryg",
    "u": "yij",
    "v": "cb",
    "w": "qes",
    "x": "zc",
    "y": "tuh",
    "z": "xa",
}
ACCENT_FOLD = str.maketrans("ëâéèêïîöóôüúûñíáàçÖÓÜÚÉÑÍÁ", "eaeeeiiooouuuniaacOOUUENIA")


def wchoice(pairs):
    vals = [p[0] for p in pairs]
    wts = [p[1] for p in pairs]
    return rng.choices(vals, weights=wts, k=1)[0]


# --------------------------------------------------------------------------
# Places and phones
# --------------------------------------------------------------------------
class Street:
    def __init__(self, town, name, stype, postcode):
        self.town = town
        self.name = name
        self.stype = stype
        self.postcode = postcode
        self.used = set()


STREETS = []
USED_POSTCODES = set()
USED_STREETNAMES = set()
LANDLINE_POOLS = {}
MOBILE_POOL = []
MOBILE_CYCLE = [0]


def build_places():
    town_w = [t[3] for t in TOWNS]
    while len(STREETS) < 720:
        t = rng.choices(TOWNS, weights=town_w, k=1)[0]
        name = rng.choice(STREET_PREFIX)
        stype = rng.choice(STREET_TYPE)
        if (t[0], name, stype) in USED_STREETNAMES:
            continue
        while True:
            pc = "%s%d %d%s%s" % (
                t[1],
                rng.choice(t[2]),
                rng.randint(1, 9),
                rng.choice(POST_UNIT),
                rng.choice(POST_UNIT),
            )
            if pc not in USED_POSTCODES:
                break
        USED_POSTCODES.add(pc)
        USED_STREETNAMES.add((t[0], name, stype))
        STREETS.append(Street(t, name, stype, pc))
    for t in TOWNS:
        pool = []
        for block in t[4]:
            for n in range(1000):
                if block.startswith("020") or block.startswith("029"):
                    pool.append("%s %04d" % (block, n))
                elif block.startswith("01632"):
                    pool.append("%s%03d" % (block, n))
                else:
                    pool.append("%s %04d" % (block, n))
        rng.shuffle(pool)
        LANDLINE_POOLS[t[0]] = pool
    MOBILE_POOL.extend("07700 900%03d" % n for n in range(1000))
    rng.shuffle(MOBILE_POOL)


def next_mobile():
    i = MOBILE_CYCLE[0]
    MOBILE_CYCLE[0] += 1
    if i > 0 and i % 1000 == 0:
        rng.shuffle(MOBILE_POOL)
    return MOBILE_POOL[i % 1000]


class Household:
    _n = 0

    def __init__(self, surname, street=None):
        Household._n += 1
        self.hid = Household._n
        self.surname = surname
        self.street = street or rng.choice(STREETS)
        while True:
            num = rng.randint(1, 160)
            flat = rng.randint(1, 8) if rng.random() < 0.10 else 0
            if (num, flat) not in self.street.used:
                break
        self.street.used.add((num, flat))
        self.num = num
        self.flat = flat
        pool = LANDLINE_POOLS[self.street.town[0]]
        self.landline = pool.pop() if (rng.random() < 0.45 and pool) else ""

    @property
    def town(self):
        return self.street.town[0]

    @property
    def postcode(self):
        return self.street.postcode

    def line1(self, abbreviate=False):
        stype = STREET_ABBR[self.street.stype] if abbreviate else self.street.stype
        s = "%d %s %s" % (self.num, self.street.name, stype)
        if self.flat:
            s = "Flat %d, %s" % (self.flat, s)
        return s


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
class Person:
    _n = 0

    def __init__(self, first, last, sex, dob, household, middle=""):
        Person._n += 1
        self.pid = Person._n
        self.first = first
        self.last = last
        self.sex = sex
        self.dob = dob
        self.household = household
        self.middle = middle
        self.mobile = next_mobile() if rng.random() < 0.75 else ""
        self.jrsr = False


def random_forename(sex):
    if sex == "F":
        return rng.choice(FEMALE_NICK) if rng.random() < 0.5 else rng.choice(FEMALE_PLAIN)
    return rng.choice(MALE_NICK) if rng.random() < 0.5 else rng.choice(MALE_PLAIN)


def random_surname():
    if rng.random() < 0.40:
        return rng.choice(SURNAMES_COMMON)
    return rng.choice(SURNAMES_OTHER)


def random_middle(sex):
    return rng.choice(MIDDLE_F if sex == "F" else MIDDLE_M)


def random_dob(min_age=14, max_age=92):
    band = rng.choices([(14, 17), (18, 29), (30, 44), (45, 64), (65, 92)], weights=[8, 28, 30, 24, 10], k=1)[0]
    lo = max(band[0], min_age)
    hi = min(band[1], max_age)
    if lo > hi:
        lo, hi = min_age, max_age
    age = rng.randint(lo, hi)
    d = REF_YEAR - dt.timedelta(days=int(age * 365.25) + rng.randint(0, 364))
    return d


def make_person(sex=None, last=None, household=None, dob=None, first=None):
    sex = sex or rng.choice("FFFM")  # victims' services skew female
    last = last or random_surname()
    household = household or Household(last)
    first = first or random_forename(sex)
    middle = random_middle(sex) if rng.random() < 0.5 else ""
    if middle == first:
        middle = ""
    return Person(first, last, sex, dob or random_dob(), household, middle)


def household_member(p, sex=None, avoid_first=()):
    sex = sex or rng.choice("FM")
    while True:
        f = random_forename(sex)
        if f != p.first and f not in avoid_first:
            break
    q = make_person(sex=sex, last=p.household.surname, household=p.household, first=f)
    return q


# --------------------------------------------------------------------------
# Incidents / VAL entries
# --------------------------------------------------------------------------
USED_CRIME_SEQ = set()


def new_crime_seq():
    while True:
        n = rng.randint(1000, 199999)
        if n not in USED_CRIME_SEQ:
            USED_CRIME_SEQ.add(n)
            return n


def random_val_dt(lo=FY_START, hi=FY_END):
    span = int((hi - lo).total_seconds() // 60)
    t = lo + dt.timedelta(minutes=rng.randint(0, span))
    hour = rng.choices(range(8, 22), weights=[5, 8, 9, 9, 8, 8, 9, 9, 8, 7, 6, 5, 4, 3], k=1)[0]
    return t.replace(hour=hour, minute=rng.randint(0, 59), second=0)


class Incident:
    def __init__(self, val_dt):
        self.ho = rng.choices(HO_NAMES, weights=HO_WEIGHTS, k=1)[0]
        self.crime_date = (val_dt - dt.timedelta(days=rng.randint(0, 30))).date()
        self.seq = new_crime_seq()
        self.yy = self.crime_date.year % 100
        self.crime_no = "FHC/%06d/%02d" % (self.seq, self.yy)
        c = HO_TO_COARSE[self.ho]
        r = rng.random()
        if self.ho in DA_ELIGIBLE and r < 0.28:
            c = "Domestic abuse"
        elif self.ho in HATE_ELIGIBLE and r > 0.92:
            c = "Hate crime"
        if c != "Other crime" and rng.random() < 0.15:
            c = "Other crime"
        self.coarse = c


class ValEntry:
    _n = 0

    def __init__(self, person, val_dt, incident, referred, group):
        ValEntry._n += 1
        self.eid = ValEntry._n
        self.person = person
        self.dt = val_dt
        self.inc = incident
        self.referred = referred
        self.referred_to = wchoice(REFERRED_VS) if referred else wchoice(NOT_REFERRED)
        self.group = group
        self.lost = False
        self.vs = None
        self.row = None


VAL = []
VS_ONLY_SPECS = []  # (kind, person, anchor ValEntry or None)


def add_val(person, val_dt, incident, referred, group):
    e = ValEntry(person, val_dt, incident, referred, group)
    VAL.append(e)
    return e


def gen_val():
    # households: one crime, 2-3 members recorded, exactly one referred to VS
    for _ in range(N_HOUSEHOLD_INCIDENTS):
        a = make_person()
        size = 2 if rng.random() < 0.75 else 3
        members = [a]
        while len(members) < size:
            members.append(household_member(a, avoid_first=[m.first for m in members]))
        t = random_val_dt()
        inc = Incident(t)
        chosen = rng.randrange(size)
        for i, m in enumerate(members):
            tt = t + dt.timedelta(minutes=rng.randint(0, 95) * (i > 0))
            add_val(m, tt, inc, i == chosen, "household")
    # parent/child with identical forename + surname
    for _ in range(N_JRSR):
        sex = rng.choice("MMF")
        first = random_forename(sex)
        child_dob = random_dob(16, 40)
        parent_dob = child_dob - dt.timedelta(days=int(rng.randint(19, 38) * 365.25) + rng.randint(0, 300))
        parent = make_person(sex=sex, first=first, dob=parent_dob)
        child = Person(
            first, parent.last, sex, child_dob, parent.household, random_middle(sex) if rng.random() < 0.5 else ""
        )
        parent.jrsr = child.jrsr = True
        pattern = rng.random()
        if pattern < 0.35:
            refs = (True, True)
        elif pattern < 0.70:
            refs = (True, False)
        else:
            refs = (False, True)
        t1 = random_val_dt()
        if rng.random() < 0.5:  # same incident
            inc1 = inc2 = Incident(t1)
            t2 = t1 + dt.timedelta(minutes=rng.randint(1, 120))
        else:
            t2 = random_val_dt()
            inc1, inc2 = Incident(t1), Incident(t2)
        add_val(parent, t1, inc1, refs[0], "jrsr")
        add_val(child, t2, inc2, refs[1], "jrsr")
    # several people with the same common name, different DOBs and homes
    for first, last, sex in COMMON_NAME_SEEDS[:N_COMMON_NAMES]:
        for _ in range(rng.randint(4, 6)):
            p = make_person(sex=sex, first=first, last=last)
            t = random_val_dt()
            add_val(p, t, Incident(t), rng.random() < 0.6, "common")
    # repeat victims with two referrals to VS
    for _ in range(N_REPEAT_BOTH):
        p = make_person()
        t1 = random_val_dt(FY_START, FY_START + dt.timedelta(days=240))
        t2 = random_val_dt(t1 + dt.timedelta(days=60), FY_END)
        e1 = add_val(p, t1, Incident(t1), True, "repeat")
        e2 = add_val(p, t2, Incident(t2), True, "repeat")
        e1.repeat_partner = e2
        e2.repeat_first = e1
    for _ in range(N_REPEAT_MIXED):
        p = make_person()
        t1 = random_val_dt(FY_START, FY_START + dt.timedelta(days=240))
        t2 = random_val_dt(t1 + dt.timedelta(days=45), FY_END)
        r1 = rng.random() < 0.5
        add_val(p, t1, Incident(t1), r1, "repeat_mixed")
        add_val(p, t2, Incident(t2), not r1, "repeat_mixed")
    # ordinary single victims (some share a household with another victim)
    singles = []
    for _ in range(N_SINGLES):
        if singles and rng.random() < 0.04:
            other = rng.choice(singles)
            p = household_member(other)
        else:
            p = make_person()
        singles.append(p)
        t = random_val_dt()
        add_val(p, t, Incident(t), rng.random() < P_SINGLE_REFERRED, "single")


# --------------------------------------------------------------------------
# Mess helpers
# --------------------------------------------------------------------------
def surname_typo(s):
    for _ in range(50):
        op = rng.choice(["sub", "del", "trans", "dup", "phon", "sub", "del", "trans"])
        chars = list(s)
        letters = [i for i in range(1, len(chars)) if chars[i].isalpha()]
        if not letters:
            break
        i = rng.choice(letters)
        if op == "sub":
            c = chars[i].lower()
            rep = rng.choice(KEY_NEIGH.get(c, "aeiou"))
            chars[i] = rep
        elif op == "del" and len(letters) > 2:
            del chars[i]
        elif op == "trans" and i + 1 < len(chars) and chars[i + 1].isalpha() and chars[i] != chars[i + 1]:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op == "dup":
            chars.insert(i, chars[i].lower())
        elif op == "phon":
            t = s
            for a, b in [
                ("'", ""),
                ("-", " "),
                ("ie", "ei"),
                ("ei", "ie"),
                ("ph", "f"),
                ("y", "i"),
                ("son", "sen"),
                ("Mc", "Mac"),
                ("Mac", "Mc"),
                ("ll", "l"),
                ("tt", "t"),
                ("ou", "o"),
                ("ck", "k"),
                ("ey", "y"),
                ("ai", "ay"),
                ("ch", "tch"),
            ]:
                if a in t:
                    t = t.replace(a, b, 1)
                    break
            chars = list(t)
        out = "".join(chars)
        if out != s and len(out) >= 2:
            return out
    return s + "e"


def marriage_surname(p):
    other = random_surname()
    while other == p.last:
        other = random_surname()
    if p.sex == "F" and rng.random() < 0.6:
        return other
    return rng.choice(["%s-%s" % (p.last, other), "%s-%s" % (other, p.last)])


def dob_swap(d):
    return dt.date(d.year, d.day, d.month)


def dob_digit(d):
    for _ in range(200):
        part = rng.choice(["day", "month", "y1", "y2"])
        y, m, dd = d.year, d.month, d.day
        try:
            if part == "day":
                s = list("%02d" % dd)
                k = rng.randrange(2)
                s[k] = rng.choice([c for c in "0123456789" if c != s[k]])
                dd = int("".join(s))
            elif part == "month":
                s = list("%02d" % m)
                k = rng.randrange(2)
                s[k] = rng.choice([c for c in "0123456789" if c != s[k]])
                m = int("".join(s))
            elif part == "y1":
                y = y - y % 10 + rng.choice([x for x in range(10) if x != y % 10])
            else:
                tens = (y // 10) % 10
                nt = rng.choice([x for x in (tens - 1, tens + 1) if 0 <= x <= 9])
                y = y + (nt - tens) * 10
            nd = dt.date(y, m, dd)
        except ValueError:
            continue
        if nd != d and not (d.day <= 12 and nd == dob_swap(d)) and 1920 <= nd.year <= 2012:
            return nd
    return d + dt.timedelta(days=1)


def fmt_postcode_messy(pc):
    r = rng.random()
    if r < 0.55:
        return pc.replace(" ", "")
    if r < 0.80:
        return pc.lower()
    return pc.replace(" ", "").lower()


def fmt_ref_variant(inc):
    seq, yy = inc.seq, inc.yy
    v = rng.randrange(8)
    if v == 0:
        return "FHC%06d%02d" % (seq, yy)
    if v == 1:
        return "%d/%02d" % (seq, yy)
    if v == 2:
        return "FHC/%06d/20%02d" % (seq, yy)
    if v == 3:
        return "FHC %06d %02d" % (seq, yy)
    if v == 4:
        return "fhc/%06d/%02d" % (seq, yy)
    if v == 5:
        return "%06d/%02d" % (seq, yy)
    if v == 6:
        return "FHC-%02d-%06d" % (yy, seq)
    s = list("%06d" % seq)  # two adjacent digits transposed
    for _ in range(20):
        k = rng.randrange(5)
        if s[k] != s[k + 1]:
            s[k], s[k + 1] = s[k + 1], s[k]
            break
    return "FHC/%s/%02d" % ("".join(s), yy)


def fmt_mobile_val(m):
    r = rng.random()
    if r < 0.70:
        return m
    if r < 0.95:
        return m.replace(" ", "")
    return "+44" + m.replace(" ", "")[1:]


def fmt_phone_vs(num):
    if not num:
        return ""
    r = rng.random()
    digits = num.replace(" ", "")
    if r < 0.45:
        return num
    if r < 0.80:
        return digits
    if r < 0.92:
        return "+44 " + num[1:]
    return "(%s) %s" % (num.split(" ")[0], " ".join(num.split(" ")[1:])) if " " in num else digits


def fmt_dob_val(d):
    if d is None:
        return ""
    if 1940 <= d.year <= 2009 and rng.random() < 0.15:
        return "%d/%d/%02d" % (d.day, d.month, d.year % 100)
    return d.strftime("%d/%m/%Y")


def fmt_dob_vs(d, iso):
    if d is None:
        return ""
    return d.strftime("%Y-%m-%d") if iso else d.strftime("%d/%m/%Y")


def upper_name(s):
    return s.upper()


def fmt_val_name(p):
    r = rng.random()
    if r < 0.78:
        return "%s, %s" % (upper_name(p.last), p.first)
    if r < 0.85:
        return "%s, %s" % (p.last, p.first)
    if r < 0.92:
        return "%s %s" % (p.first, upper_name(p.last))
    if r < 0.97:
        return "%s %s" % (p.first, p.last)
    if p.middle:
        return "%s, %s %s" % (upper_name(p.last), p.first, p.middle)
    return "%s, %s" % (upper_name(p.last), p.first)


NOTE_TEMPLATES = [
    "Victim called re {crime}. Advised of Victims' Code rights.",
    "Vulnerable - lives alone. Prefers contact by landline.",
    "Requested call back after 5pm; do not leave voicemail.",
    "Consent given to share details. Safe to call on mobile.",
    "Interpreter needed ({lang}).",
    "Victim anxious about court date; explained witness care role.",
    "Asked about compensation (CICA) - info sent by email.",
    "Spoke to victim's daughter, victim hard of hearing.",
    "Damage estimated at £{amt}; insurance claim started.",
    "Called twice; no answer first time.",
    "Wants updates on suspect bail conditions.",
    "Works nights - best contact mid-morning.",
    "Café owner, business premises targeted.",
    "Victim upset, welfare check requested from neighbourhood team.",
    "Crime no. given to victim for insurance.",
    "Previously in contact with services, details not confirmed.",
]
LANGS = ["Polish", "Romanian", "Portuguese", "Urdu", "Welsh", "Arabic", "Somali"]


def make_note(e):
    if rng.random() < 0.30:
        return ""
    if e.inc.ho in ("Fraud", "Computer misuse") and rng.random() < 0.7:
        return rng.choice(
            [
                "Lost £{amt} - bank informed, Action Fraud report made.",
                "Scam call, £{amt} transferred; bank refunded part.",
            ]
        ).format(amt="{:,}".format(rng.choice([45, 120, 250, 600, 1200, 2500, 8900, 14000])))
    if e.inc.coarse == "Domestic abuse" and rng.random() < 0.5:
        return "DA - DASH completed, risk %s." % rng.choice(["standard", "medium", "high"])
    t = rng.choice(NOTE_TEMPLATES)
    return t.format(
        crime=e.inc.ho.lower(), lang=rng.choice(LANGS), amt="{:,}".format(rng.choice([80, 150, 300, 750, 1100, 3200]))
    )


# --------------------------------------------------------------------------
# VS rows
# --------------------------------------------------------------------------
class VsRow:
    def __init__(self):
        self.client_key = None
        self.received = None
        self.source = ""
        self.first = ""
        self.last = ""
        self.dob = None
        self.dob_iso = True
        self.sex = ""
        self.line1 = ""
        self.town = ""
        self.postcode = ""
        self.phone = ""
        self.ref = ""
        self.crime = ""
        self.engagement = ""
        self.worker = ""
        self.entry = None
        self.flags = set()
        self.row = None


def base_vs_row(person, household, received, source, crime):
    v = VsRow()
    v.client_key = ("p", person.pid)
    v.received = received
    v.source = source
    v.first = person.first
    v.last = person.last
    v.dob = person.dob
    v.dob_iso = rng.random() < 0.60
    v.sex = person.sex
    v.line1 = household.line1(abbreviate=rng.random() < 0.4)
    v.town = household.town
    v.postcode = household.postcode
    phones = [x for x in (person.mobile, household.landline) if x]
    if phones and rng.random() < 0.88:
        v.phone = fmt_phone_vs(phones[0] if rng.random() < 0.8 else rng.choice(phones))
    v.crime = crime
    v.engagement = wchoice(ENGAGEMENT)
    if rng.random() < 0.02:
        v.engagement = ""
    v.worker = rng.choice(SUPPORT_WORKERS)
    return v


def fold_accents(v):
    f2 = v.first.translate(ACCENT_FOLD)
    l2 = v.last.translate(ACCENT_FOLD)
    if (f2 != v.first or l2 != v.last) and rng.random() < 0.4:
        v.first, v.last = f2, l2
        v.flags.add("accent_dropped")


def lag_days():
    w = [8, 14, 14, 10, 8, 7, 6, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]
    return rng.choices(range(MAX_LAG_DAYS + 1), weights=w, k=1)[0]


def sample_idx(pool, k, taken):
    cand = [i for i in pool if i not in taken]
    k = min(k, len(cand))
    got = rng.sample(cand, k)
    taken.update(got)
    return set(got)


def build_pairs():
    referred = [e for e in VAL if e.referred]
    n_lost = round(LOST_RATE * len(referred))
    lost = set(rng.sample(range(len(referred)), n_lost))
    pairs = []
    for i, e in enumerate(referred):
        if i in lost:
            e.lost = True
        else:
            pairs.append(e)
    # a shared-client-ID repeat needs both referrals to have arrived
    for e in pairs:
        v = base_vs_row(
            e.person,
            e.person.household,
            e.dt.date() + dt.timedelta(days=lag_days()),
            wchoice([("Police VAL", 88), ("Police", 6), ("VAL", 4), ("", 2)]),
            e.inc.ho,
        )
        v.entry = e
        e.vs = v
    n = len(pairs)
    idx = list(range(n))
    # police reference
    has_ref = [i for i in idx if pairs[i].val_crime_no.startswith("FHC/")]
    taken = set()
    ref_missing = sample_idx(has_ref, round(RATE_REF_MISSING * n), taken)
    ref_diff = sample_idx(has_ref, round(RATE_REF_DIFFERENT * n), taken)
    for i in idx:
        e = pairs[i]
        v = e.vs
        if i in ref_missing:
            v.ref = ""
            v.flags.add("ref_missing")
        elif i in ref_diff:
            v.ref = fmt_ref_variant(e.inc)
            v.flags.add("ref_different")
        elif e.val_crime_no.startswith("FHC/"):
            v.ref = e.inc.crime_no
        else:
            if rng.random() < 0.4:
                v.ref = e.inc.crime_no
                v.flags.add("ref_only_in_vs")
            else:
                v.flags.add("ref_missing_both")
    # surname
    taken = set()
    s_typo = sample_idx(idx, round(RATE_SURNAME_TYPO * n), taken)
    s_marr = sample_idx(idx, round(RATE_SURNAME_MARRIAGE * n), taken)
    # forename
    taken = set()
    nick_ok = [i for i in idx if pairs[i].person.first in NICKNAMES]
    f_nick = sample_idx(nick_ok, round(RATE_NICKNAME * n), taken)
    f_mid = sample_idx(idx, round(RATE_MIDDLE_ADDED * n), taken)
    # DOB (never for parent/child same-name people, to keep them decidable)
    taken = set()
    dob_ok = [i for i in idx if not pairs[i].person.jrsr]
    swap_ok = [
        i for i in dob_ok if pairs[i].person.dob.day <= 12 and pairs[i].person.dob.day != pairs[i].person.dob.month
    ]
    d_swap = sample_idx(swap_ok, round(RATE_DOB_SWAP * n), taken)
    d_digit = sample_idx(dob_ok, round(RATE_DOB_DIGIT * n), taken)
    d_miss = sample_idx(dob_ok, round(RATE_DOB_MISSING * n), taken)
    # postcode
    taken = set()
    move_ok = [i for i in idx if pairs[i].group != "repeat"]  # keep repeat histories coherent
    p_move = sample_idx(move_ok, round(RATE_HOUSE_MOVE * n), taken)
    p_fmt = sample_idx(idx, round(RATE_POSTCODE_FORMAT * n), taken)
    # crime type disagreement
    taken = set()
    c_ok = [i for i in idx if pairs[i].inc.coarse != "Other crime"]
    c_dis = sample_idx(c_ok, round(RATE_CRIME_DISAGREE * n), taken)

    for i in idx:
        e = pairs[i]
        p = e.person
        v = e.vs
        if i in s_typo:
            v.last = surname_typo(p.last)
            v.flags.add("surname_typo")
        elif i in s_marr:
            v.last = marriage_surname(p)
            v.flags.add("surname_marriage")
        if i in f_nick:
            v.first = rng.choice(NICKNAMES[p.first])
            v.flags.add("forename_nickname")
        elif i in f_mid:
            mid = p.middle or random_middle(p.sex)
            if mid == p.first:
                mid = "Ann" if p.sex == "F" else "John"
            v.first = "%s %s" % (p.first, mid)
            v.flags.add("forename_middle_added")
        if i in d_swap:
            v.dob = dob_swap(p.dob)
            v.flags.add("dob_swapped")
        elif i in d_digit:
            v.dob = dob_digit(p.dob)
            v.flags.add("dob_digit")
        elif i in d_miss:
            v.dob = None
            v.flags.add("dob_missing")
        if i in p_move:
            nh = Household(v.last)
            while nh.postcode == p.household.postcode:
                nh = Household(v.last)
            v.line1 = nh.line1(abbreviate=rng.random() < 0.4)
            v.town = nh.town
            v.postcode = nh.postcode
            if (
                v.phone
                and p.household.landline
                and v.phone.replace(" ", "").endswith(p.household.landline.replace(" ", "")[-6:])
            ):
                v.phone = fmt_phone_vs(nh.landline) if nh.landline else fmt_phone_vs(p.mobile)
            v.flags.add("house_move")
        elif i in p_fmt:
            v.postcode = fmt_postcode_messy(v.postcode)
            v.flags.add("postcode_format")
        if i in c_dis:
            bad = [h for h in HO_NAMES if h not in COMPAT[e.inc.coarse]]
            v.crime = rng.choice(bad)
            v.flags.add("crime_disagree_injected")
        fold_accents(v)
        if rng.random() < 0.06:
            v.last = v.last.upper()
            v.flags.add("surname_upper")
    # repeat victims: 60% share one VS client record (same person fields)
    for e in pairs:
        first = getattr(e, "repeat_first", None)
        if first is not None and first.vs is not None and rng.random() < 0.6:
            a, b = first.vs, e.vs
            b.client_key = a.client_key
            for fld in ("first", "last", "dob", "dob_iso", "sex", "line1", "town", "postcode", "phone"):
                setattr(b, fld, getattr(a, fld))
            person_flags = {
                "surname_typo",
                "surname_marriage",
                "forename_nickname",
                "forename_middle_added",
                "dob_swapped",
                "dob_digit",
                "dob_missing",
                "house_move",
                "postcode_format",
                "accent_dropped",
                "surname_upper",
            }
            b.flags = (b.flags - person_flags) | (a.flags & person_flags)
            b.flags.add("shared_client_id")
        elif first is not None:
            e.vs.client_key = ("r", e.eid)
    return pairs


def vs_only_row(person, household, received, source, crime, hard=False, ref=""):
    v = base_vs_row(person, household, received, source, crime)
    v.client_key = ("o", person.pid)
    v.ref = ref
    r = rng.random()
    if r < 0.25:
        v.postcode = fmt_postcode_messy(v.postcode)
    if not hard and rng.random() < 0.08:
        v.dob = None
    if v.first in NICKNAMES and rng.random() < 0.08:
        v.first = rng.choice(NICKNAMES[v.first])
    elif person.middle and rng.random() < 0.08:
        v.first = "%s %s" % (v.first, person.middle)
    fold_accents(v)
    if rng.random() < 0.06:
        v.last = v.last.upper()
    v.flags.add("vs_only")
    return v


def other_force_ref(d):
    return "%s%02d%07d" % (rng.choice(["RX", "KQ", "WZ"]), d.year % 100, rng.randint(1, 9999999))


def unused_fhc_ref(d):
    seq = new_crime_seq()
    return "FHC/%06d/%02d" % (seq, d.year % 100)


def random_vs_date():
    return random_val_dt(FY_START, FY_END + dt.timedelta(days=MAX_LAG_DAYS)).date()


def build_vs_only(pairs):
    target = round(len(pairs) * VS_ONLY_SHARE / (1 - VS_ONLY_SHARE))
    rows = []
    referred = [e for e in VAL if e.referred]
    # household members of referred victims (same surname/address/landline)
    anchors = rng.sample([e for e in referred if e.group in ("single", "household")], 60)
    for e in anchors:
        q = household_member(e.person)
        d = e.dt.date() + dt.timedelta(days=rng.randint(-20, 40))
        d = min(max(d, FY_START.date()), (FY_END + dt.timedelta(days=MAX_LAG_DAYS)).date())
        ref = ""
        if rng.random() < 0.4:
            ref = e.inc.crime_no if rng.random() < 0.7 else fmt_ref_variant(e.inc)
        src = wchoice([("Self", 60), ("Other", 15), ("Hospital", 10), ("GP", 15)])
        v = vs_only_row(q, q.household, d, src, e.inc.ho, hard=True, ref=ref)
        v.flags.add("neg_household")
        if q.household.landline and rng.random() < 0.6:
            v.phone = fmt_phone_vs(q.household.landline)
        rows.append(v)
    # same-name parent/child of a referred VAL victim who is not in VAL
    dob_flags = {"dob_swapped", "dob_digit", "dob_missing"}
    anchors = rng.sample(
        [e for e in referred if e.group == "single" and (e.vs is None or not (e.vs.flags & dob_flags))], 20
    )
    for e in anchors:
        p = e.person
        age = (REF_YEAR - p.dob).days / 365.25
        if age >= 45:
            dob = p.dob + dt.timedelta(days=int(rng.randint(20, 32) * 365.25) + rng.randint(0, 200))
        else:
            dob = p.dob - dt.timedelta(days=int(rng.randint(20, 32) * 365.25) + rng.randint(0, 200))
        q = Person(p.first, p.last, p.sex, dob, p.household, random_middle(p.sex) if rng.random() < 0.5 else "")
        d = e.dt.date() + dt.timedelta(days=rng.randint(-60, 60))
        d = min(max(d, FY_START.date()), (FY_END + dt.timedelta(days=MAX_LAG_DAYS)).date())
        v = vs_only_row(
            q,
            q.household,
            d,
            wchoice([("Self", 60), ("GP", 20), ("Other", 20)]),
            rng.choices(HO_NAMES, weights=HO_WEIGHTS, k=1)[0],
            hard=True,
        )
        v.flags.add("neg_jrsr")
        rows.append(v)
    # namesakes of common-name VAL victims (different DOB and address)
    commons = [e for e in VAL if e.group == "common"]
    for _ in range(25):
        e = rng.choice(commons)
        q = make_person(sex=e.person.sex, first=e.person.first, last=e.person.last)
        d = e.dt.date() + dt.timedelta(days=rng.randint(-10, 25))
        d = min(max(d, FY_START.date()), (FY_END + dt.timedelta(days=MAX_LAG_DAYS)).date())
        v = vs_only_row(
            q, q.household, d, wchoice(VS_ONLY_SOURCES), rng.choices(HO_NAMES, weights=HO_WEIGHTS, k=1)[0], hard=True
        )
        v.flags.add("neg_common_name")
        rows.append(v)
    # generic clients VS holds that never came through VAL
    while len(rows) < target:
        q = make_person()
        src = wchoice(VS_ONLY_SOURCES)
        if src == "Police VAL":
            d = (FY_START + dt.timedelta(days=rng.randint(0, 12))).date()
        else:
            d = random_vs_date()
        if src == "Other police force":
            ref = other_force_ref(d) if rng.random() < 0.8 else ""
        elif src == "Police VAL":
            ref = "FHC/%06d/%02d" % (new_crime_seq(), 23)
        else:
            ref = unused_fhc_ref(d) if rng.random() < 0.25 else ""
        v = vs_only_row(q, q.household, d, src, rng.choices(HO_NAMES, weights=HO_WEIGHTS, k=1)[0], ref=ref)
        v.flags.add("generic_vs_only")
        rows.append(v)
    return rows


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------
VAL_HEADER = [
    "Case No",
    "Referral Date",
    "Victim Name",
    "DOB",
    "Gender",
    "Address",
    "Postcode",
    "Mobile",
    "Landline",
    "Crime No",
    "Crime Type",
    "Referred To",
    "Officer",
    "Notes",
]
VS_HEADER = [
    "Client ID",
    "Referral Received",
    "Referral Source",
    "First Name",
    "Last Name",
    "Date of Birth",
    "Gender",
    "Address 1",
    "Town",
    "Postcode",
    "Phone",
    "Police Reference",
    "Crime Type",
    "Engagement",
    "Support Worker",
]


def prepare_val_fields():
    for e in VAL:
        p = e.person
        r = rng.random()
        if r < 0.04:
            e.val_crime_no = ""
        elif r < 0.05:
            e.val_crime_no = rng.choice(["TBC", "N/K", "awaiting"])
        else:
            e.val_crime_no = e.inc.crime_no
        # household members on one crime keep the same number in VAL
    by_inc = {}
    for e in VAL:
        by_inc.setdefault(id(e.inc), []).append(e)
    for group in by_inc.values():
        if len(group) > 1 and rng.random() < 0.85:
            for e in group:
                e.val_crime_no = e.inc.crime_no


def write_val(path):
    VAL.sort(key=lambda e: (e.dt, e.eid))
    rows = []
    seq = 0
    for e in VAL:
        seq += 1
        e.row = seq
        p = e.person
        fy = "2324"
        case_no = "VAL-%s-%05d" % (fy, seq * 3 + rng.randint(0, 2))
        dob = None if (not p.jrsr and rng.random() < 0.03) else p.dob
        addr = "" if rng.random() < 0.03 else "%s, %s" % (p.household.line1(), p.household.town)
        pc = "" if rng.random() < 0.02 else p.household.postcode
        mob = fmt_mobile_val(p.mobile) if (p.mobile and rng.random() < 0.92) else ""
        land = p.household.landline
        if land and rng.random() < 0.2:
            land = land.replace(" ", "")
        gender = p.sex if rng.random() < 0.96 else "U"
        rows.append(
            [
                case_no,
                e.dt.strftime("%d/%m/%Y %H:%M"),
                fmt_val_name(p),
                fmt_dob_val(dob),
                gender,
                addr,
                pc,
                mob,
                land,
                e.val_crime_no,
                e.inc.coarse,
                e.referred_to,
                rng.choice(OFFICERS),
                make_note(e),
            ]
        )
    with open(path, "w", encoding="cp1252", errors="strict", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Victims Advice Line – Referral Export (all contacts)"])
        w.writerow(["Run date: %s" % RUN_DT.strftime("%d/%m/%Y %H:%M")])
        w.writerow(VAL_HEADER)
        w.writerows(rows)
    return len(rows)


def write_vs(path, vs_rows):
    rng.shuffle(vs_rows)
    vs_rows.sort(key=lambda v: v.received)
    ids = {}
    nxt = 10420
    out = []
    for i, v in enumerate(vs_rows, start=1):
        v.row = i
        if v.client_key not in ids:
            nxt += rng.randint(1, 9)
            ids[v.client_key] = "C%06d" % nxt
        gender = {"F": "Female", "M": "Male"}[v.sex] if rng.random() < 0.95 else "Not stated"
        out.append(
            [
                ids[v.client_key],
                v.received.strftime("%d/%m/%Y"),
                v.source,
                v.first,
                v.last,
                fmt_dob_vs(v.dob, v.dob_iso),
                gender,
                v.line1,
                v.town,
                v.postcode,
                v.phone,
                v.ref,
                v.crime,
                v.engagement,
                v.worker,
            ]
        )
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\r\n")
        w.writerow(VS_HEADER)
        w.writerows(out)
    return len(out)


def main():
    codecs.lookup("cp1252")
    codecs.lookup("utf-8-sig")
    os.makedirs(OUT_DIR, exist_ok=True)
    build_places()
    gen_val()
    prepare_val_fields()
    pairs = build_pairs()
    vs_only = build_vs_only(pairs)
    n_val = write_val(os.path.join(OUT_DIR, "val_export.csv"))
    vs_rows = [e.vs for e in pairs] + vs_only
    n_vs = write_vs(os.path.join(OUT_DIR, "vs_export.csv"), vs_rows)

    links = sorted((e.row, e.vs.row) for e in pairs)
    lost = sorted(e.row for e in VAL if e.lost)
    disagree = sorted(
        (e.row, e.vs.row) for e in pairs if e.inc.coarse != "Other crime" and e.vs.crime not in COMPAT[e.inc.coarse]
    )
    with open(os.path.join(OUT_DIR, "truth_links.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["val_row", "vs_row"])
        w.writerows(links)
    with open(os.path.join(OUT_DIR, "truth_lost.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["val_row"])
        w.writerows([r] for r in lost)
    with open(os.path.join(OUT_DIR, "truth_crime_disagree.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["val_row", "vs_row"])
        w.writerows(disagree)

    # ---- statistics of what was actually applied
    n_pairs = len(pairs)
    stats = [
        ("seed", SEED),
        ("val_rows", n_val),
        ("vs_rows", n_vs),
        ("val_referred_to_vs", sum(1 for e in VAL if e.referred)),
        ("val_not_referred", sum(1 for e in VAL if not e.referred)),
        ("true_pairs", n_pairs),
        ("lost_referrals", len(lost)),
        ("vs_only_rows", len(vs_only)),
        ("crime_type_disagreements", len(disagree)),
    ]
    for k in [
        "ref_missing",
        "ref_different",
        "ref_only_in_vs",
        "ref_missing_both",
        "surname_typo",
        "surname_marriage",
        "forename_nickname",
        "forename_middle_added",
        "dob_swapped",
        "dob_digit",
        "dob_missing",
        "house_move",
        "postcode_format",
        "crime_disagree_injected",
        "accent_dropped",
        "surname_upper",
        "shared_client_id",
    ]:
        stats.append(("pairs_" + k, sum(1 for e in pairs if k in e.vs.flags)))
    # verify flags against the data actually written
    chk_pc_space = sum(
        1 for e in pairs if "house_move" not in e.vs.flags and e.vs.postcode != e.person.household.postcode
    )
    chk_dob_diff = sum(1 for e in pairs if e.vs.dob != e.person.dob)
    chk_dob_none = sum(1 for e in pairs if e.vs.dob is None)
    chk_first = sum(1 for e in pairs if e.vs.first.translate(ACCENT_FOLD) != e.person.first.translate(ACCENT_FOLD))
    chk_last = sum(
        1 for e in pairs if e.vs.last.translate(ACCENT_FOLD).lower() != e.person.last.translate(ACCENT_FOLD).lower()
    )
    chk_ref_blank = sum(1 for e in pairs if e.vs.ref == "")
    chk_ref_exact = sum(1 for e in pairs if e.vs.ref and e.vs.ref == e.val_crime_no)
    lags = [(e.vs.received - e.dt.date()).days for e in pairs]
    stats += [
        ("check_postcode_differs_not_moved", chk_pc_space),
        ("check_dob_differs", chk_dob_diff),
        ("check_dob_blank", chk_dob_none),
        ("check_forename_differs", chk_first),
        ("check_surname_differs", chk_last),
        ("check_vs_ref_blank", chk_ref_blank),
        ("check_vs_ref_equals_val", chk_ref_exact),
        ("lag_min_days", min(lags)),
        ("lag_max_days", max(lags)),
        ("lag_mean_days_x100", round(100 * sum(lags) / len(lags))),
    ]
    eng = {}
    for e in pairs:
        eng[e.vs.engagement or "(blank)"] = eng.get(e.vs.engagement or "(blank)", 0) + 1
    for k in sorted(eng):
        stats.append(("pairs_engagement_" + k.replace(" ", "_"), eng[k]))
    for g in ["household", "jrsr", "common", "repeat", "repeat_mixed", "single"]:
        stats.append(("val_group_" + g, sum(1 for e in VAL if e.group == g)))
        stats.append(("pairs_group_" + g, sum(1 for e in pairs if e.group == g)))
        stats.append(("lost_group_" + g, sum(1 for e in VAL if e.group == g and e.lost)))
    for k in ["neg_household", "neg_jrsr", "neg_common_name", "generic_vs_only"]:
        stats.append(("vs_only_" + k, sum(1 for v in vs_only if k in v.flags)))
    src = {}
    for v in vs_only:
        src[v.source] = src.get(v.source, 0) + 1
    for k in sorted(src):
        stats.append(("vs_only_source_" + k.replace(" ", "_"), src[k]))
    rt = {}
    for e in VAL:
        rt[e.referred_to] = rt.get(e.referred_to, 0) + 1
    for k in sorted(rt):
        stats.append(("val_referred_to=" + k, rt[k]))
    ct = {}
    for e in VAL:
        ct[e.inc.coarse] = ct.get(e.inc.coarse, 0) + 1
    for k in sorted(ct):
        stats.append(("val_crime_type=" + k, ct[k]))
    with open(os.path.join(OUT_DIR, "generation_stats.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "value"])
        w.writerows(stats)
    for k, val in stats:
        print("%s: %s" % (k, val))


if __name__ == "__main__":
    main()
