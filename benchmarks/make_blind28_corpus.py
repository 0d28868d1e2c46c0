"""Rebuild the blind28 referral-note corpus byte for byte.

Standard library only. One seeded random.Random(280728) drives every choice; no set is iterated.
The output path is derived from this file's location: benchmarks/data/notes_blind28.csv.
Each template (kind|category|flags|text) is used exactly twice; slots fill only names, places,
dates, times, amounts, reference numbers and ages whose ranges cannot change a label.
"""

import csv
import os
import random
import re

SEED = 280728
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "notes_blind28.csv")

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

# VS = Victim Support caseworker initial contact; POL = police referral free text;
# VAL = Victims Advice Line self-referral web form; PA = partner agency.
KINDS = ["VS", "POL", "VAL", "PA"]

USES_PER_TEMPLATE = 2
EXPECTED_TEMPLATES = 400
MIN_PER_CATEGORY = 10
MIN_PER_FLAG = 12

# ---------------------------------------------------------------------------
# Slot pools. Slot names are UPPERCASE letters plus an optional digit suffix;
# the letters name the pool, the suffix distinguishes different people/places.
# ---------------------------------------------------------------------------

FEMALE = [
    "Sarah",
    "Emma",
    "Leanne",
    "Kerry",
    "Aisha",
    "Fatima",
    "Joanne",
    "Claire",
    "Natalie",
    "Gemma",
    "Zoe",
    "Priya",
    "Amina",
    "Stacey",
    "Hannah",
    "Rebecca",
    "Chloe",
    "Sophie",
    "Jade",
    "Kirsty",
    "Nadia",
    "Agnieszka",
    "Shannon",
    "Laura",
    "Michelle",
    "Donna",
    "Tracey",
    "Bethany",
    "Yasmin",
    "Rachel",
    "Samira",
    "Karen",
    "Lisa",
    "Nicola",
    "Hayley",
    "Danielle",
    "Mariam",
    "Jasmine",
    "Lauren",
    "Siobhan",
]
MALE = [
    "Daniel",
    "Jamie",
    "Liam",
    "Craig",
    "Mohammed",
    "Imran",
    "Tomasz",
    "Lee",
    "Wayne",
    "Ryan",
    "Adam",
    "Kieran",
    "Dean",
    "Gary",
    "Paul",
    "Ashley",
    "Jordan",
    "Connor",
    "Bilal",
    "Darren",
    "Stephen",
    "Marcus",
    "Kyle",
    "Nathan",
    "Arjun",
    "Samuel",
    "Ben",
    "Callum",
    "Jason",
    "Mark",
    "Hassan",
    "Tyrone",
    "Scott",
    "Lewis",
    "Owen",
    "Karl",
    "Rhys",
    "Dominic",
    "Andrew",
    "Joel",
]
SURNAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Khan",
    "Patel",
    "Hussain",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Edwards",
    "Green",
    "Hall",
    "Wood",
    "Harris",
    "Clarke",
    "Jackson",
    "Turner",
    "Hill",
    "Moore",
    "Kowalski",
    "Begum",
    "Ali",
    "Shaw",
    "Ward",
]
TOWNS = [
    "Ashbridge",
    "Millbrook",
    "Hatherley",
    "Kingsford",
    "Stanwell",
    "Eastcote",
    "Broadmere",
    "Thornley",
    "Westbury Vale",
    "Oakhampton",
    "Netherfield",
    "Carlton Moor",
    "Redhill",
    "Fenwick",
    "Brampton Cross",
    "Lowfield",
    "Hollins",
    "Marsden Green",
]
STREETS = [
    "Station Road",
    "Victoria Street",
    "Church Lane",
    "Mill Lane",
    "High Street",
    "Park Road",
    "Queen Street",
    "Albert Road",
    "Grange Avenue",
    "Beech Grove",
    "Oxford Road",
    "Clarence Street",
    "Manor Way",
    "Meadow Close",
    "Elm Drive",
    "King Street",
    "Wellington Road",
    "Cross Street",
    "Harrow Crescent",
    "Lime Tree Walk",
    "Canal Street",
    "Bridge Street",
]
SHOPS = [
    "Tesco Express",
    "the Co-op",
    "Aldi",
    "Lidl",
    "Sainsbury's Local",
    "Spar",
    "One Stop",
    "Morrisons",
    "Asda",
    "Iceland",
    "Nisa",
    "Budgens",
]
PUBS = [
    "the Red Lion",
    "the Crown",
    "the Kings Arms",
    "the White Hart",
    "the Railway",
    "the Black Bull",
    "the Plough",
    "the George",
    "the Royal Oak",
    "the Swan",
]
PARKS = [
    "Victoria Park",
    "the rec on Mill Lane",
    "Jubilee Park",
    "Memorial Gardens",
    "Brook Fields",
    "the park on Grange Avenue",
    "Castle Park",
    "Riverside Park",
]
SEC_SCHOOLS = [
    "Westfield Academy",
    "Kingsford High School",
    "St Bede's College",
    "Ashbridge Academy",
    "Oakfield School",
    "Millbrook High",
    "Hatherley Community School",
    "Broadmere Academy",
]
PRI_SCHOOLS = [
    "Oakfield Primary",
    "St Anne's Primary",
    "Mill Lane Primary",
    "Brookside Infants",
    "Hollins Junior School",
    "Castle View Primary",
    "Fenwick Primary",
    "Redhill Primary",
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
MONTH_DAYS = {4: 30, 5: 31, 6: 30}


def _ordinal(day):
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _quarter_day(rng):
    month = rng.choice([4, 5, 6])
    day = rng.randint(1, MONTH_DAYS[month])
    return day, month


def gen_date(rng):
    day, month = _quarter_day(rng)
    if rng.random() < 0.8:
        return f"{day:02d}/{month:02d}/2025"
    return f"{day}/{month}/25"


def gen_daym(rng):
    day, month = _quarter_day(rng)
    style = rng.randint(0, 2)
    if style == 0:
        return f"{_ordinal(day)} {MONTHS[month - 1]}"
    if style == 1:
        return f"{day} {MONTHS[month - 1].lower()}"
    return f"{day}/{month}"


def gen_monthyear(rng):
    year = rng.randint(2022, 2025)
    last = 3 if year == 2025 else 12
    month = rng.randint(1, last)
    return f"{MONTHS[month - 1]} {year}"


def gen_year(rng):
    return str(rng.randint(2009, 2021))


def gen_time(rng):
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def gen_dtime(rng):
    return f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"


def gen_ntime(rng):
    hour = rng.choice([22, 23, 0, 1, 2, 3, 4])
    return f"{hour:02d}:{rng.randint(0, 59):02d}"


def gen_nhour(rng):
    return rng.choice(["10pm", "half 10", "11pm", "11ish", "midnight", "half 12", "1am", "2am", "3am"])


def _money(value):
    return f"{value:,}"


def gen_samt(rng):
    return _money(rng.randint(10, 150))


def gen_mamt(rng):
    return _money(rng.randint(150, 1500))


def gen_amt(rng):
    return _money(rng.randint(20, 900) * 10)


def gen_bamt(rng):
    return _money(rng.randint(50, 850) * 100)


def gen_cref(rng):
    style = rng.randint(0, 2)
    if style == 0:
        return f"CRI/{rng.randint(10000, 99999)}/25"
    if style == 1:
        return f"25{rng.randint(0, 99999999):08d}"
    return f"{rng.choice(['AB', 'CD', 'EK', 'NW', 'SH'])}-25-{rng.randint(100000, 999999)}"


def gen_nfib(rng):
    return f"NFRC25{rng.randint(0, 99999999):08d}"


def gen_pc(rng):
    return str(rng.randint(1000, 9999))


# Age pools: each range sits entirely on one side of the 16 and 18 thresholds.
def gen_agec(rng):  # young child
    return str(rng.randint(5, 10))


def gen_agek(rng):  # older child, under 16
    return str(rng.randint(11, 15))


def gen_agey(rng):  # younger adult
    return str(rng.randint(19, 45))


def gen_agea(rng):  # any adult
    return str(rng.randint(19, 79))


def gen_ageo(rng):  # older adult
    return str(rng.randint(70, 93))


POOLS = {
    "F": lambda rng: rng.choice(FEMALE),
    "M": lambda rng: rng.choice(MALE),
    "S": lambda rng: rng.choice(SURNAMES),
    "TOWN": lambda rng: rng.choice(TOWNS),
    "STREET": lambda rng: rng.choice(STREETS),
    "SHOP": lambda rng: rng.choice(SHOPS),
    "PUB": lambda rng: rng.choice(PUBS),
    "PARK": lambda rng: rng.choice(PARKS),
    "SSCHOOL": lambda rng: rng.choice(SEC_SCHOOLS),
    "PSCHOOL": lambda rng: rng.choice(PRI_SCHOOLS),
    "DATE": gen_date,
    "DAYM": gen_daym,
    "MONTHYEAR": gen_monthyear,
    "YEAR": gen_year,
    "TIME": gen_time,
    "DTIME": gen_dtime,
    "NTIME": gen_ntime,
    "NHOUR": gen_nhour,
    "SAMT": gen_samt,
    "MAMT": gen_mamt,
    "AMT": gen_amt,
    "BAMT": gen_bamt,
    "CREF": gen_cref,
    "NFIB": gen_nfib,
    "PC": gen_pc,
    "AGEC": gen_agec,
    "AGEK": gen_agek,
    "AGEY": gen_agey,
    "AGEA": gen_agea,
    "AGEO": gen_ageo,
}

SLOT_RE = re.compile(r"\{([A-Z]+)(\d*)\}")

# ---------------------------------------------------------------------------
# Templates: kind|category|flags|text   (flags ';'-separated in TAXONOMY.md order)
# ---------------------------------------------------------------------------

TEMPLATES = r"""
# ---- homicide ----
VS|homicide|domestic_abuse;knife_sharp_instrument|Bereaved family referral. Spoke to {F1}, whose daughter {F2} ({AGEY}) was killed at her home in {TOWN} on {DATE}. Daughter's partner {M1} has been charged with murder, she was stabbed. {F1} is caring for the two grandchildren. Wants info on the court process and the homicide service. FLO is DC {S1}.
POL|homicide||Manslaughter. IP's son {M1} ({AGEY}) died after a single punch outside {PUB} on {DATE}. Suspect not known to the family. Referral for IP and husband as bereaved parents. OIC DS {S1}, ref {CREF}.
PA|homicide|domestic_abuse|Hospice bereavement team. Mrs {S1}'s husband was killed by their adult son {M1} on {DATE}; the son is charged with murder and remanded. Mrs {S1} ({AGEO}) is struggling to cope and feels she can't tell anyone. No weapon mentioned to us.
VS|homicide||Called {F1} re the death of her brother {M1}, found dead at a flat in {TOWN} on {DATE}. Police are treating it as murder, two men arrested, no connection to the family. She says he was single and the family were close. Wants practical help with funeral costs and the press.
VAL|homicide||my dad was killed in {TOWN} on {DAYM}, a man punched him outside the shop and he fell and hit his head and never woke up. the man has been charged with manslaughter. i dont know what happens now with court, nobody has rang me back. please can somone help me and my mum
POL|homicide|knife_sharp_instrument|Murder. IP is the mother of deceased {M1} ({AGEY}) who was stabbed in {PARK} on {DATE} by a group of males not known to him. Two suspects in custody. FLO DC {S1}. Mother has requested VS contact, limited English, Urdu interpreter needed.

# ---- death or serious injury by unlawful driving ----
POL|death_injury_driving||Causing serious injury by dangerous driving. IP ({AGEA}) was crossing {STREET} at {TIME} on {DATE} when a car went through a red light at speed; IP suffered a fractured pelvis and head injury. Driver arrested at scene. OIC PC {PC}.
VS|death_injury_driving||Bereaved family. Spoke to {M1} whose wife {F1} was killed on the A-road near {TOWN} on {DATE} when a van crossed onto her side of the road. The van driver has been charged with causing death by careless driving. {M1} wants to know about the inquest and court.
VAL|death_injury_driving||my son was knocked off his motorbike on {DAYM} by a driver who was on his phone, he has spinal injurys and is still in hospital. police say the driver will be charged with causing serious injury by careless driving. i dont know who to talk to
PA|death_injury_driving||Major trauma centre social worker. Patient {F1} {S1}, {AGEA}, admitted {DATE} after being hit by a car on a pedestrian crossing in {TOWN}; driver failed a drugs test and police are investigating causing serious injury by dangerous driving. Multiple fractures, long stay expected.
POL|death_injury_driving||Causing death by dangerous driving. Deceased {F1} ({AGEY}) was a passenger in a car driven by a friend who was racing on the bypass on {DATE} and lost control. IP is her mother. Driver survived and is charged. OIC DC {S1}.
VS|death_injury_driving||Called {M1}, cyclist hit from behind on {DATE} by a lorry on {STREET}, {TOWN}. He has lost the lower part of his left leg. Police have told him the driver will be charged with causing serious injury by careless driving. No other issues disclosed.

# ---- violence with injury ----
POL|violence_with_injury|domestic_abuse|IP states her partner {M1} punched her several times to the face during an argument at their address on {DATE}. IP has a swollen eye and cut lip. Suspect arrested, in custody. DASH medium. OIC PC {PC}.
VS|violence_with_injury|domestic_abuse|Spoke to {F1} on the phone. She told me it started when {M1} came home drunk, then he accused her of cheating, then he grabbed her by the hair and threw her against the wardrobe. She has bruising to her arms and back. They have been together since {YEAR}. Police attended on {DATE}.
VAL|violence_with_injury|domestic_abuse|my ex {M1} came round to get his stuff on {DAYM} and we ended up arguing and he headbutted me, my nose was bleeding and the hospital said its broken. we split up last year. i dont want him to get in trouble i just want him to leave me alone
POL|violence_with_injury|domestic_abuse;knife_sharp_instrument|S18 wounding. Suspect is IP's husband. During an argument at the home address on {DATE} suspect picked up a kitchen knife and cut IP's forearm, wound glued at A&E. Children present but not injured. DASH high, MARAC referral made. OIC PC {PC}.
VS|violence_with_injury|domestic_abuse|{F1} called back. She was assaulted by her son {M1} ({AGEY}) on {DATE} when she refused to give him money; he pushed her down the stairs and she has a fractured wrist. She says he uses drugs. She doesn't want him arrested but wants advice on keeping safe.
PA|violence_with_injury|domestic_abuse|GP surgery. Patient {F1} ({AGEA}) attended on {DATE} with bruising to her face and upper arms and disclosed her husband did this at the weekend. She has not reported to police. Consent given to refer for support. Husband is also registered here.
POL|violence_with_injury||ABH. IP was in the queue at {PUB} on {DATE} at {TIME} when an unknown male punched him in the face without warning. IP lost a tooth. CCTV requested. Suspect described as white male, 30s. Not known to IP.
POL|violence_with_injury|hate_crime|Racially aggravated ABH. IP was walking home on {STREET} on {DATE} when two males shouted racist abuse at him, then one punched him causing a cut above his eye. IP believes he was targeted because he is Asian. OIC PC {PC}.
VS|violence_with_injury||Initial contact with {M1}. He was working the door at a bar in {TOWN} on {DATE} and was assaulted by a customer who had been refused entry - punched, fell and needed stitches to his head. He says it comes with the job but he is struggling to sleep. No DA, no hate element.
VAL|violence_with_injury||I was attacked on {DAYM} by a group of lads at the bus station in {TOWN}, they kicked me when i was on the floor and my ribs are cracked. I didnt know any of them. my mum had DV off my dad years ago and this has brought it all back. I keep having panic attacks now when i go out
PA|violence_with_injury||School safeguarding lead, {SSCHOOL}. Year 9 pupil {M1} was assaulted on the way home on {DATE} by older boys from another school and has a broken nose. Police informed, ref {CREF}. Parents would like support for him.
POL|violence_with_injury|knife_sharp_instrument|S20 wounding. IP stabbed in the leg during a fight outside a takeaway on {STREET} at {NTIME} on {DATE}. IP refused to give details of suspect. Knife not recovered. IP is {AGEY}, NFA. OIC PC {PC}.
VS|violence_with_injury|knife_sharp_instrument|Spoke to {F1}, mum of {M1} ({AGEK}). {M1} was cut on the hand with a blade by another boy at the skate park on {DATE}. She said the other boy had been waving it around and then slashed at him. Needs help with school and getting him to talk.
POL|violence_with_injury|domestic_abuse|Suspect is IP's brother {M1}. Both live at their mother's address. A verbal argument over rent on {DATE} escalated and suspect punched IP to the head causing a laceration needing glue. IP is {AGEY}. Suspect left prior to police arrival, outstanding. DASH standard.
VAL|violence_with_injury|domestic_abuse|my step dad hit me with a belt on {DAYM} and i have marks all down my back. im {AGEY} and still live at home. mum sticks up for him. i want to move out but i have nowhere to go
PA|violence_with_injury|domestic_abuse|Community mental health team. Our service user {M1} ({AGEA}) reports his wife assaulted him on {DATE}, scratching his face and throwing a mug which cut his head. He has not told police, worried no one will believe him as a man. Please contact via care coordinator.
POL|violence_with_injury||Assault with injury. IP is a bus driver; a passenger spat at him and then punched him when asked to pay the fare on {DATE}. Bruising to cheek. No racial element stated. OIC PC {PC}.
VS|violence_with_injury|hate_crime|Called {M1}. He was attacked leaving a gay bar in {TOWN} on {DATE}, two men called him homophobic names then punched and kicked him, he has a fractured cheekbone. He is worried about going out again. Police have it as a hate crime.
VAL|violence_with_injury|hate_crime|i use a wheelchair and on {DAYM} a man at the {SHOP} car park called me a cripple and said people like me shouldnt be allowed out and then tipped me out of my chair. i cut my head and hurt my shoulder. i reported it to police ref {CREF}
POL|violence_with_injury|domestic_abuse|ABH. Suspect {M1} is IP's ex-partner, separated approx 6 months. Suspect attended IP's address uninvited on {DATE}, forced his way in and punched IP in the stomach; IP is 20 weeks pregnant, checked at maternity, bruising. Suspect arrested. DASH high, MARAC.
VS|violence_with_injury|domestic_abuse|{F1} said things have been bad with {M1} for a while - he checks her phone and doesn't let her see her mum - but on {DATE} he threw her against the wall and she hit her head and needed stitches. She has left and is staying with a friend in {TOWN}. DASH done by police, medium.
POL|violence_with_injury||GBH s18. IP was attacked with a hammer by an unknown male at {NTIME} on {DATE} on {STREET}, believed to be mistaken identity. IP has a fractured skull and remains in hospital. Suspect N/K. OIC DC {S1}.
VAL|violence_with_injury|knife_sharp_instrument|got glassed in {PUB} on {DAYM}, a bloke smashed his pint glass and pushed it in my face because i bumped into him. 12 stitches. police have cctv i think. cant sleep
POL|violence_with_injury|domestic_abuse;knife_sharp_instrument|Suspect is IP's daughter {F2} ({AGEY}). Suspect under the influence of alcohol threw IP against the kitchen counter and held scissors to her, cutting IP's hand when she grabbed them. IP is {AGEO}. Suspect arrested {DATE}. Referral with consent.
VS|violence_with_injury|domestic_abuse|Called {F1}. She explained it was her ex's birthday and he'd been texting her all day; she didn't reply, then at {NTIME} he turned up, kicked the door in and punched her twice. Black eye and bruised ribs. Door damaged too. She already has a non-mol in place.
POL|violence_with_injury||Assault with injury at {SSCHOOL}. IP ({AGEA}) is a teaching assistant and was punched by a Year 10 pupil on {DATE} causing a nosebleed and swelling. School dealing internally but IP wants police involvement. OIC PC {PC}.
PA|violence_with_injury||NHS trust staff support. Nurse {F1} was assaulted by a patient on the ward on {DATE}, bitten on the arm breaking the skin. Patient has capacity. Reported, ref {CREF}. She is off work.
VS|violence_with_injury|hate_crime|Spoke with {F1}, who wears a hijab. A woman pulled her hijab off at the bus stop on {STREET} on {DATE}, shouted at her to go back to her own country, then scratched her face. Visible scratches. She now avoids that bus.
POL|violence_with_injury|domestic_abuse|IP states her husband {M1} pushed her over in the garden on {DATE} and she fractured her hip. IP is {AGEO}. Husband has dementia; IP does not want action. Adult social care informed. DASH completed, standard.
VS|violence_with_injury|domestic_abuse|Initial contact with {M1}. His partner {M2} hit him with a frying pan on {DATE} after he said he wanted to break up - big lump to the head, checked at A&E. {M2} has done this before. Same-sex couple, no hate element. He's staying with his sister.
PA|violence_with_injury||Housing association. Tenant {M1} was assaulted in the communal stairwell of the {STREET} flats on {DATE} by a visitor to another flat, causing a black eye. Tenant says he does not know the man. Ongoing ASB in the block.
VAL|violence_with_injury|domestic_abuse|my brother in law {M1} attacked me at a family party on {DAYM}, he was drunk and punched me in the face and my tooth chipped. my sister wont talk to me now. i want to know if its worth going to police
POL|violence_with_injury|domestic_abuse|Suspect {F2} is IP's ex-wife. At handover of the children on {DATE} outside {SHOP}, {F2} slapped IP and dug her nails into his face causing scratches. IP has photos. Previous DA reports both ways. OIC PC {PC}.
PA|violence_with_injury|knife_sharp_instrument|A&E liaison nurse. {M1} ({AGEY}) attended on {DATE} with a stab wound to the back after an argument with a stranger at a party in {TOWN}. Police informed. He is reluctant to engage but agreed to a call.
VS|violence_with_injury|domestic_abuse|Spoke to {F1}. Her mum had a fall and needed help, then her dad ({AGEO}) blamed {F1} and hit her with his walking stick leaving large bruises on her arm. She lives with them as their carer. She wants advice, no police yet.
VAL|violence_with_injury|hate_crime|Im trans and on {DAYM} a group followed me from the station calling me a man and worse, then one threw me to the ground. i hurt my wrist badly and its in a cast. i dont feel safe in {TOWN} anymore
POL|violence_with_injury|domestic_abuse|IP states partner {M1} bit her on the arm and shoulder during an argument about money on {DATE}, marks visible and photographed. IP reports he also keeps her bank card. DASH medium. Suspect arrested, bailed with conditions.
VS|violence_with_injury||Called {M1}, taxi driver. A passenger refused to pay and punched him on {DATE} in {TOWN}; he has a cut lip and bruising. The passenger ran off without paying the £{SAMT} fare. He thinks it wasn't racial but isn't sure.
POL|violence_with_injury|domestic_abuse;honour_based_abuse|ABH. IP ({AGEY}) was beaten by her two brothers with a belt on {DATE} after they saw her with a male friend; they told her she had dishonoured the family. Bruising to back and legs. IP in emergency accommodation. DASH high, HBA risk assessed.
VS|violence_with_injury|domestic_abuse;honour_based_abuse|{F1} ({AGEY}) told me her husband's family want her daughter to have FGM on a trip abroad and say she is shaming them by refusing. When she refused again on {DATE} her husband hit her and split her lip. FGM protection order being sought.

# ---- violence without injury ----
POL|violence_without_injury|domestic_abuse|Common assault. IP states her partner {M1} pushed her and spat at her during an argument on {DATE}. No injuries. IP did not want to provide a statement. DASH standard. OIC PC {PC}.
VS|violence_without_injury|domestic_abuse;knife_sharp_instrument|{F1} told me her husband held a kitchen knife to her and said he would kill her if she left; this was on {DATE} in the kitchen. He didn't cut her. She believed he meant it. He's been arrested for threats to kill and is on bail.
VAL|violence_without_injury|domestic_abuse|my ex keeps saying he will kill me, last time was on the phone on {DAYM}, he said he will stab me to death and he knows where i live. he's got a temper and i believe him. he wasnt here, it was only on the phone, he doesnt have a knife that i know of
POL|violence_without_injury|knife_sharp_instrument|Threats to kill. IP was approached by an unknown male in {PARK} at {DTIME} on {DATE} who produced a knife and said he would stab IP if he didn't keep his mouth shut. Nothing taken, no demand for property. No injuries. OIC PC {PC}.
PA|violence_without_injury||Children's services. {F1} ({AGEC}) and her brother {M1} ({AGEC2}) were left alone at home for two days while mum was away, with no food in the house. Police attended on {DATE}, mum arrested for child neglect. Children placed with grandmother.
VS|violence_without_injury|domestic_abuse|Called {F1}. Her son {M1} ({AGEY}) grabbed her by the arms and shoved her on {DATE} when she refused him money. No marks. This is the third time this year. She is frightened of him but loves him.
POL|violence_without_injury||Assault on an emergency worker. PC {PC} was kicked by a detained person in the custody suite on {DATE}. No injury sustained. Officer requests VS info only.
VAL|violence_without_injury||a man at the bus stop on {STREET} grabbed me by the collar and shouted in my face on {DAYM} because i asked him to stop smoking near my baby. he didnt hurt me but i was shaking. i dont know who he is
POL|violence_without_injury|hate_crime|Racially aggravated common assault. IP was on a tram in {TOWN} on {DATE} when a female spat at her and used racist language about her skin colour. No injuries. Suspect identified via CCTV. OIC PC {PC}.
VS|violence_without_injury|modern_slavery|Referral via NRM first responder. {M1} ({AGEY}) was brought to the UK with promises of a job and made to work at a car wash in {TOWN} for 12 hours a day with no pay; his passport was taken and he slept on site. Police found him on {DATE}. Needs Albanian interpreter.
PA|violence_without_injury|domestic_abuse;modern_slavery|Health visitor. Mrs {F1} ({AGEA}) lives with her husband's family and discloses she does all the cooking and cleaning for eight people, is not allowed out, has no money, and her passport is held by her mother-in-law. She says she is "like a servant". Husband also slaps her, no injuries. Seen {DATE}.
POL|violence_without_injury|domestic_abuse;honour_based_abuse|Threats to kill. IP ({AGEY}) states her father and uncle told her on {DATE} they would kill her if she continued her relationship with her boyfriend, as she has brought shame on the family. IP has moved out and is in refuge. Forced Marriage Unit informed. DASH high.
VS|violence_without_injury||{F1} rang about her son {M1} ({AGEK}) who was pushed into a wall by a classmate at {SSCHOOL} on {DATE}. No injuries but he is scared to go back. School says it was a one-off, no bullying before.
VAL|violence_without_injury|knife_sharp_instrument|my neighbour came at me with a machete on {DAYM} over where i park my car, he swung it near my head shouting he would chop me up. he didnt hit me. police came but he had hidden it. im scared to leave the house
POL|violence_without_injury||Child abduction. IP is the mother of {F1} ({AGEC}). On {DATE} a female not known to the family took {F1} from outside {PSCHOOL} and was found with her in {TOWN} two hours later. Child unharmed. Suspect detained under MHA.
PA|violence_without_injury|domestic_abuse|Adult social care. {F1} ({AGEO}) lives with her grandson ({AGEY}) who pushes her around and shouts at her; on {DATE} he shoved her into a chair. No injuries seen. She is frightened and wants him to leave.
VS|violence_without_injury|domestic_abuse|Spoke to {M1}. His girlfriend threw a drink over him and slapped him in {PUB} on {DATE} in front of his mates. No injury. He laughed it off at first but says she has been getting worse, checking his phone and telling him who he can see.
POL|violence_without_injury||Common assault. IP is a security guard at {SHOP} and was shoved by a male when asked to leave the store on {DATE}. Male had been shouting at staff; no items stolen. No injuries. OIC PC {PC}.
VAL|violence_without_injury|domestic_abuse;honour_based_abuse|my family are making me marry my cousin in pakistan this summer, i said no and my brother grabbed me and dragged me to my room and locked me in on {DAYM}. they say i am bringing shame. im {AGEY} and scared they will take me abroad. please dont ring my home phone
PA|violence_without_injury|modern_slavery|Local authority licensing visit to a nail bar in {TOWN} on {DATE} found two young women ({AGEY} and {AGEY2}) working unpaid and living above the shop; they said their "boss" holds their documents and they owe a debt for travel. Police and Salvation Army involved. Forced labour suspected.
POL|violence_without_injury|knife_sharp_instrument|Common assault. IP was pushed by a male on {STREET} on {DATE} who said he had a knife and put his hand inside his jacket; IP believed him and ran. No knife seen. No property demanded. Suspect N/K. OIC PC {PC}.
VS|violence_without_injury|domestic_abuse|{F1} called in tears. Her partner {M1} threatened to kill her on {DATE} when she said she was leaving, said "I'll put you in the ground" and punched the wall next to her head. No weapon. She's staying with her mum in {TOWN} now.
VAL|violence_without_injury||some lads threw eggs at me and my daughter on {DAYM} while we were walking through {PARK}, one hit me on the back. nobody hurt but my daughter was terrified. the police say its assault. i want to know what happens next
POL|violence_without_injury|hate_crime|Religiously aggravated common assault. IP is a Sikh male; on {DATE} suspect knocked IP's turban off and pushed him, shouting abuse about his religion. No injury. Suspect arrested at scene. OIC PC {PC}.
PA|violence_without_injury||Primary school DSL, {PSCHOOL}. {M1} ({AGEC}) came to school on {DATE} saying his dad locked him in the shed overnight as a punishment. No marks seen. Children's social care and police notified; child cruelty being investigated.
VS|violence_without_injury|domestic_abuse;knife_sharp_instrument|Spoke with {F1}. Her ex-partner {M1} turned up at her flat on {DATE} holding a Stanley knife and said he would cut her face. He didn't touch her. She believed he would do it. He's on bail for threats to kill.
POL|violence_without_injury|domestic_abuse|Suspect is IP's sister {F2}. Argument over their late mother's estate on {DATE}; suspect grabbed IP by the coat and pushed her against the car. No injuries. Both parties over 40. DASH standard. IP wants words of advice only.
VAL|violence_without_injury||i was threatened by my landlord on {DAYM}, he said if i dont pay the rent he will kill me. he is a big man and i believe him. he is not family just my landlord. i have not paid because the boiler is broken
PA|violence_without_injury|modern_slavery|Police cannabis farm warrant in {TOWN} on {DATE}: a Vietnamese boy, believed {AGEK}, found locked inside where he had been tending plants for months, not allowed out. Treated as a potential victim of trafficking and referred through NRM. Local authority foster placement.
VS|violence_without_injury|domestic_abuse|{M1} rang. His wife threw a plate at him on {DATE} which missed, and she has pushed him a few times before. No injuries. He doesn't want police. Says it's not the first time she's been violent. Two kids at home.
VAL|violence_without_injury|domestic_abuse|my husbands been really controlling for years and on {DAYM} he pinned me down on the bed and screamed in my face. no bruises this time. i want to leave but the house is in his name. i dont want police yet just advice
PA|violence_without_injury|knife_sharp_instrument|Bank branch manager. Customer {M1} reports that on {DATE} a man followed him out of the branch and pulled a knife, told him he'd kill him for "grassing", then walked off. Nothing was taken. Customer shaken, consent given for referral.
POL|violence_without_injury|domestic_abuse;online|Suspect {M1} is IP's ex-boyfriend. On {DATE} he attended IP's workplace and grabbed her wrist, pulling her towards his car saying "you're coming with me". Colleagues intervened. No injury. Suspect has also been sending her threatening messages on Instagram. DASH high.
VAL|violence_without_injury|domestic_abuse;honour_based_abuse|Im writing for my friend she cant do it herself. her husbands family say she has shamed them by wanting a divorce and her father in law said they will kill her if she goes to court. she believes it. she has 2 kids. they live in {TOWN}. they took her phone
POL|violence_without_injury|domestic_abuse|IP states her partner {M1} locked her in the bedroom for several hours on {DATE} after an argument and took her phone and car keys. No physical injury. IP got out via a neighbour. False imprisonment recorded. DASH high, MARAC.
VS|violence_without_injury|hate_crime|{F1} has learning disabilities; her support worker was on the call. Local teenagers have been calling her names about her disability, and on {DATE} one pushed her off the bench in {PARK} while others laughed. No injuries. She's stopped going out.
POL|violence_without_injury|domestic_abuse|Suspect is IP's father. IP ({AGEY}) returned home late on {DATE}; suspect shouted and threw his phone at her, which missed. Earlier he had told her he would kill her if she brought her boyfriend home. IP does not support prosecution. No honour-based concerns identified.
VAL|violence_without_injury||a man on the train on {DAYM} kept kicking my bag and then shoved me hard when i asked him to stop. he got off at {TOWN}. i wasnt hurt. i was going to let it go but my mum said report it
POL|violence_without_injury|modern_slavery|Modern slavery. IP ({AGEY}), Polish national, was recruited to work on a farm near {TOWN} and housed in a caravan with eight others; wages kept by the gangmaster to repay "debts" and he was told he could not leave. Identified on {DATE} during a welfare check. NRM referral made.
VS|violence_without_injury|modern_slavery|Spoke to {M1} via interpreter. He was made to work in a restaurant kitchen in {TOWN} seven days a week for food and a mattress; the owner said he'd be reported to immigration if he left. Police found him on {DATE}. NRM positive reasonable grounds.
PA|violence_without_injury|modern_slavery|Youth worker. {M1} ({AGEK}) has been found twice in {TOWN} holding drugs and cash for older males who say he "owes them" and threaten his family. Child criminal exploitation, NRM referral submitted {DATE}.

# ---- stalking and harassment ----
POL|stalking_harassment|domestic_abuse;online|Stalking. Suspect {M1} is IP's ex-partner; relationship ended earlier this year. Since then suspect has created multiple fake Instagram accounts to contact IP, turned up outside her work at {SHOP} and left flowers on her car, latest {DATE}. DASH high. OIC DC {S1}.
VS|stalking_harassment|domestic_abuse|{F1} told me her ex {M1} rings her up to 40 times a day from withheld numbers and sends text messages calling her names. He hasn't been to the house. Last call was {DATE}. She has changed her number twice.
VAL|stalking_harassment|domestic_abuse|my partner checks my phone every night, follows me when i go out, takes my wages and tells me im useless and no one else would want me. hes never hit me. i didnt realise this was abuse until i read about coercive control. i live in {TOWN}. please only email me
POL|stalking_harassment|online|Malicious communications. IP has received abusive messages on Facebook from an unknown account since {DATE}, calling her names and threatening to post her address. IP does not know who is behind it. No relationship identified. OIC PC {PC}.
VS|stalking_harassment|domestic_abuse;online|Spoke with {F1}. Her husband {M1} put a tracking app on her phone and reads her WhatsApp messages; he controls all the money and she has to send him photos of receipts. She says he's never physical. Police recorded controlling and coercive behaviour on {DATE}.
PA|stalking_harassment||Housing officer. Tenant {F1} reports a man she met once at a bus stop keeps appearing outside her flat on {STREET}, following her to the shops and leaving notes through the door. Not an ex-partner, no relationship. Reported to police {DATE}, ref {CREF}.
VAL|stalking_harassment|online|someone keeps messaging me on snapchat from different accounts saying they know where i work and sending pics of my car. its been going on since {DAYM}. i have no idea who it is. i reported it ref {CREF} but nothing happened
POL|stalking_harassment||Harassment. Suspect {M1} is a former tenant of IP's, evicted in {MONTHYEAR}, who has repeatedly attended IP's address shouting abuse and banging on the door, most recently {DATE}. IP is {AGEO}. Parties not related. No damage. OIC PC {PC}.
VS|stalking_harassment|domestic_abuse|{F1}'s ex-partner {M1} has been driving past her house several times a day and parking opposite, and has turned up at the school gates. She says he's not threatening her, just "there all the time". Relationship ended in {MONTHYEAR}. Stalking recorded on {DATE}, ref {CREF}.
PA|stalking_harassment|hate_crime;online|University wellbeing team. Student {F1} ({AGEY}) has been targeted in a course WhatsApp group with Islamophobic memes and messages about her hijab since {DATE}. She has screenshots. Reported to police. Requests support with studying and safety on campus.
POL|stalking_harassment|domestic_abuse|Controlling and coercive behaviour. IP states her partner {M1} has for two years restricted her contact with friends and family, taken her bank card and monitored what she eats. IP was not allowed to attend her mother's funeral in {MONTHYEAR}. No physical violence disclosed. DASH high.
VAL|stalking_harassment||the man next door has been shouting at me every time i go out, calling me names and saying hes watching me, he stands at the window staring. its been weeks. today {DAYM} he followed me to the car. im on my own and scared. hes not an ex or anything
VS|stalking_harassment|domestic_abuse;online|Spoke to {M1}. His ex-girlfriend has been posting about him on Facebook, saying he's a paedophile, which is untrue, and messaging his new partner. He's had to leave his job. Police logged it on {DATE}. No violence.
PA|stalking_harassment|online|Secondary school, {SSCHOOL}. Pupil {F1} ({AGEK}) is being sent abusive messages on Snapchat by a group of girls from another school telling her to kill herself. Parents informed, police contacted {DATE}. No sexual content seen.
POL|stalking_harassment|domestic_abuse|Harassment. Suspect {F2} is IP's ex-partner (same-sex relationship). Since separation suspect has called IP's workplace repeatedly, left voicemails and turned up at IP's gym. Last incident {DATE}. No threats to kill. DASH medium.
VAL|stalking_harassment|online|I met a man on a dating app and went on one date. since then he wont leave me alone, hes messaging me on instagram and facebook, he found my work email. i blocked him on {DAYM} but new accounts keep appearing. i was never in a relationship with him
VS|stalking_harassment|domestic_abuse|{F1} disclosed coercive control by her husband {M1}: she has to ask permission to leave the house, he has the only car key and she gets £{SAMT} a week for food. When she questions him he sulks for days. She wants to know her options. No physical abuse.
POL|stalking_harassment|hate_crime|Racially aggravated harassment. IP's family (Polish) have had repeated notes put through their door telling them to "go home", and a neighbour has shouted abuse at them on several occasions since {DATE}. No damage. OIC PC {PC}.
PA|stalking_harassment|domestic_abuse|GP practice. Patient {F1} disclosed at her appointment on {DATE} that her daughter {F2} ({AGEY}) constantly phones demanding money, comes round and won't leave, and calls her names. Patient is {AGEO} and anxious. Not physical. Consent given.
VAL|stalking_harassment|domestic_abuse;online|me and my ex broke up in {MONTHYEAR} and he still messages me on whatsapp every day, he says if i dont take him back he will tell everyone my secrets. he also logs into my email somehow. i have changed passwords. im scared he will turn up
VS|stalking_harassment||Called {M1}; he's a local councillor and has been getting abusive letters posted to his home since {DATE}, some mentioning his children. Police are investigating malicious communications. He doesn't know who it is. He doesn't think it's about his religion.
POL|stalking_harassment|domestic_abuse|Harassment. Suspect {M1} (IP's ex-husband) has sent IP over 60 text messages since {DATE} and called her mother's landline. Messages are pleading rather than threatening. DASH medium. OIC PC {PC}.
VAL|stalking_harassment||a customer from my work keeps waiting for me at the end of my shift and following me to the bus, he says he loves me. he says we were together but i deny that, ive never been out with him. my manager at {SHOP} knows. it started {DAYM}
PA|stalking_harassment|domestic_abuse|Mental health crisis team. Service user {M1} ({AGEY}) says his mother and stepfather constantly belittle him, take his benefits and won't let him have a key to the house. He feels trapped. No physical violence reported. Seen {DATE}, consent to refer.
VS|stalking_harassment|online|{F1} told me a former work colleague has been messaging her on LinkedIn and by email, turning up at networking events and commenting on all her posts. She has asked him to stop. He's never been her partner. Police gave him a warning on {DATE} but it continued.
POL|stalking_harassment|domestic_abuse;online|Stalking involving fear of violence. Suspect {M1} (IP's ex-partner) posted on TikTok that IP "will get what's coming", has been seen outside her address at {NTIME} on three nights and sent her mother WhatsApp messages. DASH high, MARAC referral. OIC DC {S1}.
VAL|stalking_harassment|hate_crime|the kids on our estate keep shouting things at my son because he has autism, calling him names and copying him, every day after school since {DAYM}. he is {AGEK}. the parents dont care. he wont go outside now
VS|stalking_harassment|domestic_abuse|Spoke with {M1}. His partner {F2} controls what he wears and who he talks to, and takes his wages. She threatens to say he hit her if he leaves. He's never reported it. He is scared of losing the kids. Call on {DATE}.
POL|stalking_harassment|online|Malicious communications. IP is a local business owner who has received threatening emails and fake one-star reviews posted by a former customer since {DATE}. Emails say "watch your back". IP has no relationship with suspect. OIC PC {PC}.
PA|stalking_harassment|domestic_abuse|Domestic abuse outreach service. {F1} is open to us. Her ex {M1} has been turning up at her new address despite her moving, and has been seen near her children's school. MARAC on {DATE}. Please offer support around court.
VS|stalking_harassment|domestic_abuse;online|{F1} said her partner {M1} made her share her location on Snapchat at all times and goes mad if she turns it off; he also reads her messages and decides what she posts. She has now left and he is messaging her friends. Reported {DATE}.
VAL|stalking_harassment|domestic_abuse|my mum keeps turning up at my flat and screaming at me through the letterbox, she says im a disgrace. im {AGEY}, i moved out to get away from her. she rings my work too, last time {DAYM}. i just want it to stop, i dont want her arrested
PA|stalking_harassment|online|Bank fraud team. Customer {F1} reports someone is using her old email to send her threatening messages and has posted her phone number on an adult website. No money lost, not a fraud. Advised to contact police {DATE}; consent to refer.
VS|stalking_harassment|domestic_abuse|{F1}'s ex-husband keeps reporting her to social services and the council with false allegations - six reports since {MONTHYEAR}, latest {DATE}. Each one is investigated and closed. She feels it's another way of controlling her. They separated two years ago.
POL|stalking_harassment|hate_crime;online|Malicious communications, homophobic. IP received a series of homophobic messages via Facebook Messenger after posting photos from Pride on {DATE}. Suspect believed to be an old school acquaintance. No threats to kill. OIC PC {PC}.
VAL|stalking_harassment|domestic_abuse|my wife wont let me see my friends, checks my bank account every day and tells me im stupid in front of the kids. its been like this for years. i feel like im going mad. i havent told anyone. i live in {TOWN}
VS|stalking_harassment|domestic_abuse|Spoke to {F1} about her brother {M1} ({AGEY}), who she lives with. He has been sending her threatening text messages and shouting at her when she gets home, saying she owes him money. Not violent. She wants him out. Last text {DATE}.
PA|stalking_harassment||Probation victim liaison unit passing on. {F1} reports a man she used to work with has been sending letters to her home and waiting near her house since {DATE}. No previous relationship. Police ref {CREF}.
POL|stalking_harassment|domestic_abuse;online|CCB. Suspect {M1} (IP's husband) controls IP's access to money and online banking, has changed the passwords on her email and social media accounts and monitors her through the doorbell camera app. IP isolated from her family. Reported {DATE}. DASH high.
VS|stalking_harassment|domestic_abuse;honour_based_abuse|Spoke with {F1} ({AGEY}). Her parents and older brother monitor her phone, stop her going out alone and say she must not bring shame on the family or the community. No violence. She is at university in {TOWN} and wants to leave home safely. Call on {DATE}.

# ---- sexual offences ----
POL|sexual_offences|domestic_abuse|Rape. IP states her husband {M1} raped her on {DATE} at their home address after she said no. IP attended SARC. Suspect arrested and interviewed, released under investigation. DASH high. OIC DC {S1}.
VS|sexual_offences||Spoke with {F1} ({AGEY}). She was sexually assaulted on {DATE} at a house party in {TOWN} by a man she'd met that night; he touched her under her clothes while she was asleep. She has reported to police. She's struggling at uni. Would like an ISVA.
VAL|sexual_offences||a man exposed himself to me on the towpath near {TOWN} on {DAYM} at about {DTIME}, he was touching himself and smiling. i ran off. i want to know if i should report it as i didnt get a good look at him
POL|sexual_offences|online;child_sexual_abuse_exploitation|Sexual communication with a child. IP {F1} ({AGEK}) has been groomed via Snapchat by a male believed to be in his 20s who sent sexual messages, asked for images and arranged to meet her. Parents found the messages on {DATE}. Not a family member. OIC DC {S1}.
PA|sexual_offences|child_sexual_abuse_exploitation|Children's social care. {F1} ({AGEK}) has been going missing and returning with new phones, alcohol and money; on {DATE} she disclosed she had been made to have sex with older men at a flat in {TOWN}. CSE strategy meeting held. Police investigating.
VS|sexual_offences|child_sexual_abuse_exploitation|Non-recent. {F1} ({AGEA}) called to say she has finally reported to police that her uncle sexually abused her from age 8 to 13. She's had counselling before but wants support through the investigation. Reported {DATE}, ref {CREF}.
POL|sexual_offences||Voyeurism. IP found a hidden camera in the bathroom of her rented room on {DATE}. Landlord suspected; device seized. IP is {AGEY}. No relationship with landlord. OIC PC {PC}.
VAL|sexual_offences|domestic_abuse|my ex boyfriend forced me to have sex with him when i went round to collect my things on {DAYM}. i said no lots of times. i didnt go to police straight away because i was scared. we were together 3 years. im {AGEY}
VS|sexual_offences||{M1} rang. He was sexually assaulted by a man in a nightclub toilet in {TOWN} on {DATE}, groped and pinned against the wall. He hasn't told his family. Reported to police, ref {CREF}. Not sure he wants to go to court.
PA|sexual_offences||Sexual health clinic. Patient {F1} ({AGEY}) attended on {DATE} and disclosed she believes she was spiked and raped after a night out in {TOWN} at the weekend. Attacker unknown. Not reported to police yet; consents to ISVA referral.
POL|sexual_offences|hate_crime|Sexual assault. IP, a wheelchair user, was groped on a bus on {DATE} by a male who told her no one else would touch her anyway because she is disabled. Suspect identified from CCTV. OIC PC {PC}.
VS|sexual_offences|domestic_abuse;online|{F1} told me her partner had been filming them having sex without her knowing, and she found the videos on his laptop uploaded to a website. This was on {DATE}. She's left him. She wants them taken down.
VAL|sexual_offences|child_sexual_abuse_exploitation|when i was 15 my mums boyfriend used to come into my room and touch me. im {AGEA} now and i have never told anyone. i want to talk to someone about whether i should go to police. {TOWN}
POL|sexual_offences|knife_sharp_instrument|Rape. IP ({AGEY}) was walking home through {PARK} at {NTIME} on {DATE} when an unknown male held a knife to her throat and raped her. SARC attended. Stranger rape, force-wide appeal. OIC DI {S1}.
PA|sexual_offences|child_sexual_abuse_exploitation|Secondary school DSL, {SSCHOOL}. Year 8 girl disclosed on {DATE} that her stepbrother ({AGEK}) has been touching her sexually at home. Police and social care informed. Mum supportive.
VS|sexual_offences|modern_slavery|NRM referral. {F1} ({AGEY}), Romanian national, was brought to the UK and forced into prostitution in flats across {TOWN}, controlled by a man who took all her money. Recovered by police on {DATE}. Needs safe house and interpreter.
POL|sexual_offences||Sexual assault. IP ({AGEO}) was touched inappropriately by a male agency carer during personal care on {DATE}. Carer suspended. IP has capacity. Family informed. OIC PC {PC}.
VAL|sexual_offences||i went back to a guys flat after a night out on {DAYM} and i was too drunk to consent, i woke up and he was having sex with me. i dont remember much else. i havent told police, i dont know his surname
VS|sexual_offences|domestic_abuse|{F1} ({AGEA}) called. Her husband pressures her into sex most nights and on {DATE} he held her down when she refused. She hadn't thought of it as rape until she spoke to her GP. He also controls the money. Wants to talk through options.
POL|sexual_offences|online;child_sexual_abuse_exploitation|Causing a child to engage in sexual activity. IP {M1} ({AGEK}) was contacted on Instagram by an adult posing as a teenage girl who persuaded him to perform sexual acts on camera, then demanded £{SAMT} or the video would be sent to his friends. Reported {DATE}. OIC DC {S1}.
PA|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Sixth form college safeguarding. Student {F1}, 17, disclosed on {DATE} that her boyfriend, who is 19, forces her to have sex and has threatened to hurt her if she tells anyone. Police informed.
VS|sexual_offences||Spoke to {F1}. Her supervisor grabbed her breast in the stockroom at work on {DATE} and said it was a joke. She reported to HR and police. She's now off sick. No relationship outside work.
POL|sexual_offences|hate_crime|Sexual assault with homophobic hostility. IP ({AGEY}) was kissed and groped by a male outside a bar in {TOWN} on {DATE}, who said he would "make him straight". Suspect detained by door staff. OIC PC {PC}.
VAL|sexual_offences||someone has been upskirting women on the escalators at {TOWN} station, he did it to me on {DAYM}, i saw his phone under my skirt. i reported to BTP. is there support for this
PA|sexual_offences|domestic_abuse;honour_based_abuse|Refuge support worker. {F1} ({AGEY}) was forced to marry her husband in {YEAR} in Bangladesh and has been repeatedly raped by him since coming to the UK. Her in-laws told her she would shame the family if she left. Police report made {DATE}.
POL|sexual_offences|child_sexual_abuse_exploitation|Sexual assault. IP ({AGEK}) was touched over her clothing by an adult male on a bus on {DATE}. Suspect not known to IP. Mother present at interview. OIC PC {PC}.

# ---- robbery ----
POL|robbery|knife_sharp_instrument|Robbery. IP ({AGEY}) approached by two males on {STREET} at {NTIME} on {DATE}; one produced a knife and demanded his phone and wallet. IP handed them over. No injuries. OIC PC {PC}.
VS|robbery||{F1} was walking home from {SHOP} on {DATE} when a man grabbed her handbag; she held on and he pulled her to the ground and dragged her until she let go. Grazed knees and a bruised shoulder. She hasn't been out since.
VAL|robbery||some lads on bikes surrounded me in {PARK} on {DAYM} and one punched me and they took my airpods and phone. i had a black eye. the police have a ref {CREF}. my mum says i should get support
PA|robbery|knife_sharp_instrument|Retail crime partnership. Staff member {F1} at a convenience store in {TOWN} was threatened with a large knife by a masked male who demanded cash from the till on {DATE} at {NTIME}. £{AMT} taken. Staff member unhurt but traumatised.
POL|robbery|domestic_abuse|Robbery. Suspect is IP's ex-partner {M1}. On {DATE} suspect pushed IP against the wall and took her purse and bank card from her hand, then withdrew £{SAMT}. IP has a bruised arm. DASH medium.
VS|robbery||Spoke to {M1} ({AGEO}). He was pushed over outside the post office on {DATE} and his pension money was taken out of his hand. He hit his head. The man ran off. He lives alone and is now scared to go out.
VAL|robbery||two men on a moped pulled up next to me on {STREET} on {DAYM} and one grabbed my phone out of my hand, when i held on he punched me in the arm and they rode off. i was hurt but not badly. i was so scared
POL|robbery|knife_sharp_instrument|Robbery of business property. Two males entered {SHOP} at {TIME} on {DATE}; one brandished a machete at the cashier and they took cigarettes and cash. No injuries. Cashier ({AGEY}) referred with consent.
VS|robbery||Called {M1}, delivery rider. He was attacked by three youths on {DATE} who hit him and took his phone and the food order. Cuts to his hands. He thinks they targeted him because it was dark, not because of his race.
PA|robbery|hate_crime|Mosque community liaison. Worshipper {M1} ({AGEO}) was pushed to the ground outside the mosque on {DATE} by two men who called him a terrorist because of his faith and took his wallet. Bruised hip. Reported to police.
POL|robbery||Attempted robbery. IP was at the cash machine on {STREET} on {DATE} when a male tried to wrestle his card and cash from him; IP fought him off. Nothing taken. Minor scratches. OIC PC {PC}.
VAL|robbery|knife_sharp_instrument|i was on my way to school on {DAYM} and an older boy said give me your phone or ill stab you and i could see a knife in his hand so i gave it him. im {AGEK}. my mum reported it
VS|robbery||{F1} said two women followed her from the cash point on {DATE}, shoved her into a doorway and took her purse with £{SAMT} in it. No injuries but her glasses broke. Police have CCTV.
POL|robbery|domestic_abuse|Suspect is IP's grandson {M1} ({AGEY}). IP ({AGEO}) states suspect twisted her arm until she let go of her handbag and took £{SAMT} from it on {DATE}. IP has bruising. Ongoing financial abuse suspected. Adult safeguarding raised.
PA|robbery||Bus company staff welfare. Driver {M1} was robbed on {DATE} at the terminus in {TOWN} by a male who punched him and took the cash float. Driver has a swollen jaw. Police ref {CREF}.
VAL|robbery||got mugged on {DAYM} walking back from {PUB}, a guy pushed me against the wall and went through my pockets, took my wallet and keys. he said he had a gun but i never saw one. no knife. im ok just shook up

# ---- burglary ----
POL|burglary||Burglary dwelling. IP returned home on {DATE} to find the rear door forced and jewellery and a laptop taken. IP ({AGEO}) lives alone. SOCO attended. No suspects. OIC PC {PC}.
VS|burglary||Spoke to {F1}. Her house in {TOWN} was broken into on {DATE} while she was at work; they took her late mum's rings and her son's Xbox. Her sister's ex used to beat her sister, so she's always been nervous at home, and this has made it worse. Would like target hardening.
VAL|burglary||someone got in through my kitchen window on {DAYM} in the night while we were asleep and took my car keys and handbag, the car is still there. i cant sleep now thinking they were in the house. ref {CREF}
PA|burglary||Housing association. Tenant {M1} ({AGEA}) had his flat on {STREET} burgled on {DATE}, front door kicked in. TV and benefits cash taken. He is vulnerable (mental health). Door has been repaired by us.
POL|burglary|domestic_abuse|Burglary. Suspect {M1} is IP's ex-partner and no longer resides at the address. On {DATE} suspect entered using a spare key without permission while IP was out and took her laptop and documents. DASH medium. OIC PC {PC}.
VS|burglary||{M1} runs a small bakery in {TOWN}. The shop was broken into overnight on {DATE}; the till and a charity box were taken and the back door smashed. He's worried about a repeat. Business burglary, ref {CREF}.
VAL|burglary||someone broke into my garage on {DAYM}, its attached to the house, and took my lawnmower and all my tools. i didnt hear anything. i live on {STREET}
POL|burglary||Aggravated burglary. Two males entered IP's home at {NTIME} on {DATE} armed with a baseball bat; IP hid in the bathroom and was not confronted. Cash and watches taken. No injuries. OIC DC {S1}.
PA|burglary||Community centre manager. The centre on {STREET} was broken into on {DATE}, laptops and food bank supplies taken. Volunteers upset. Police ref {CREF}.
VS|burglary|domestic_abuse|Called {F1}. Her brother {M1} ({AGEY}), who she has barred from the house, climbed in through a window on {DATE} while she was out and took her bank card and jewellery to sell. He has a drug problem. She doesn't want him charged but needs help.
VAL|burglary||my student house got burgled on {DAYM}, 3 laptops gone and my bike from the hallway. the back door wasnt locked. uni says to get support. ref {CREF}
POL|burglary||Distraction burglary. IP ({AGEO}) allowed a male into her home on {DATE} who claimed to be from the water board; while she was distracted a second male took £{AMT} cash from her bedroom. OIC PC {PC}.
VS|burglary||{F1} explained that she came home and the door was open, then she saw the mess, then realised her passport and savings were gone. This was {DATE}. Police came the next day. She works nights as a nurse and is now scared to leave the house empty.
PA|burglary||School business manager, {PSCHOOL}. The school was broken into over the weekend of {DATE}, iPads taken and graffiti sprayed in a classroom. Police attended. Staff shaken.
POL|burglary||Attempted burglary dwelling. Suspect tried to force IP's front door at {NTIME} on {DATE}; IP disturbed him and he fled. Damage to lock. Nothing taken. No contact with IP. OIC PC {PC}.
VAL|burglary|domestic_abuse|my ex husband got into my house on {DAYM} when i was at work, i know it was him because the kids said he had a key copied. he took my divorce papers and some of my jewelry. we have been split since {MONTHYEAR}
VS|burglary||{M1} ({AGEO}) lives alone in {TOWN}. Burglars got in through the back on {DATE} while he was at the GP and took his medals and some cash. He's devastated about the medals. His daughter is helping him.
POL|burglary||Aggravated burglary. Suspect entered IP's flat on {DATE} carrying a knife, which IP saw when he walked past the bedroom door. Suspect took IP's phone and PlayStation from the lounge and left. IP was not approached or threatened. OIC DC {S1}.
PA|burglary||Church warden. The church hall on {STREET} was broken into on {DATE} and the safe with collection money (£{AMT}) taken. Volunteers want support.
VAL|burglary||came home on {DAYM} and the house had been done, they took all my gold. my neighbour says she saw two men. i am {AGEO} and live on my own. please help
VS|burglary|domestic_abuse|Spoke with {F1}. Her adult son {M1} broke into her flat on {DATE} by smashing the bathroom window and took her TV to sell, which he's done before. She says it's his gambling. She's afraid of him.
POL|burglary||Burglary non-dwelling. IP's allotment shed on the {STREET} allotments was broken into on {DATE} and power tools taken. IP ({AGEO}) says it is the third time this year. OIC not recorded.

# ---- vehicle offences ----
POL|vehicle_offences||Theft of motor vehicle. IP's Ford Fiesta was stolen from outside his address on {STREET} overnight {DATE}. Keys still in IP's possession, possible relay attack. OIC PC {PC}.
VS|vehicle_offences||{F1} had the catalytic converter taken from her car on the drive on {DATE}. She's a carer and needs the car for work. Insurance is slow. Police ref {CREF}.
VAL|vehicle_offences||someone got into my van on {DAYM} while i was in the shop and took all my tools, i think i forgot to lock it. thats my living gone. {TOWN}
PA|vehicle_offences||Courier firm. Driver {M1}'s delivery van was taken from outside a customer's house in {TOWN} on {DATE} while he was at the door, keys in the ignition. Van recovered later, parcels missing. Driver shaken.
POL|vehicle_offences||Aggravated vehicle taking. IP's car taken from {STREET} on {DATE}, driven dangerously around the estate and abandoned. Nobody injured. Two youths arrested. IP requires support with insurance. OIC PC {PC}.
VS|vehicle_offences|domestic_abuse|Spoke to {F1}. Her ex-partner {M1} took her car from outside her work on {DATE} using the spare key he kept, and hasn't returned it. The car is in her name and she paid for it. She thinks he's doing it to control her. Police recorded theft of vehicle.
VAL|vehicle_offences||both my number plates were stolen off my car on {DAYM}, i only noticed when i went to work. police gave me a crime number {CREF}. worried someone is using them
POL|vehicle_offences||Theft from motor vehicle. IP's unlocked car on {STREET} was entered overnight on {DATE} and a handbag and sat nav taken. No damage. OIC PC {PC}.
PA|vehicle_offences||Car dealership manager in {TOWN}. Two cars taken from the forecourt on {DATE} after keys were stolen earlier during a test drive. The salesman who did the test drive is distressed. Police ref {CREF}.
VS|vehicle_offences||{M1} is a tradesman whose van was stolen from his drive on {DATE} with all his tools inside, worth about £{AMT}. He can't work. Very stressed about money. No one hurt.
VAL|vehicle_offences||caught someone trying the door handles of cars on our street at {NTIME} on {DAYM}, they were trying to get into mine. they ran when i shouted. nothing taken. the police said its vehicle interference
POL|vehicle_offences||Theft of motor vehicle. IP's motorbike (Honda 125cc) taken from outside {SHOP} on {DATE} while IP was inside; CCTV shows two males wheeling it away. OIC PC {PC}.
VS|vehicle_offences||Called {F1}. Her mobility car was stolen from the disabled bay outside her flat on {DATE}. She doesn't think she was targeted for her disability, it has happened to neighbours too. She's housebound without it.
PA|vehicle_offences||Taxi firm. Driver {M1}'s cab was stolen from the rank on {STREET} on {DATE} when he stepped out to help a passenger. Recovered abandoned in {TOWN} two days later.
VAL|vehicle_offences|domestic_abuse|my son who is {AGEY} took my car without asking again on {DAYM} and wont give it back, hes done it before and when i say no he screams at me. i dont know what to do, i have reported it. he lives with me
POL|vehicle_offences||Theft from motor vehicle. Tools stolen from IP's works van parked on {STREET} on {DATE}; van had been left unlocked. IP is a self-employed plumber. OIC PC {PC}.

# ---- theft from the person ----
POL|theft_from_person||Theft from person. IP's phone was taken from her back pocket while she was on a crowded bus on {DATE}. IP did not feel it. No force used. OIC PC {PC}.
VS|theft_from_person||{F1} ({AGEO}) had her purse taken from her handbag while she was at the market in {TOWN} on {DATE}. She didn't notice until she got to the till. Lost £{SAMT} and her bus pass.
VAL|theft_from_person||someone pickpocketed my wallet at the concert on {DAYM}, i only noticed after. they then used my contactless card in 2 shops. bank has refunded me but i feel so stupid
PA|theft_from_person||Day centre manager. Service user {M1} ({AGEA}) had his phone snatched from his hand by a passing cyclist on {STREET} on {DATE}. He was not hurt or pushed. He is very anxious now.
POL|theft_from_person||Snatch theft. IP was on her phone outside {SHOP} at {DTIME} on {DATE} when a male on an e-scooter snatched it from her hand and rode off. No contact, no injury. OIC PC {PC}.
VS|theft_from_person||Spoke to {M1}. His wallet was taken from his jacket on a train into {TOWN} on {DATE}; he thinks a man who stood very close did it. No threats. Cards cancelled.
VAL|theft_from_person||a woman distracted me asking for directions and her friend took my purse out of my bag on {DAYM} outside the station. i didnt feel a thing. £{SAMT} gone and my cards
POL|theft_from_person|domestic_abuse|Theft from person. Suspect {M1} is IP's partner. During an argument in the street on {DATE} suspect took IP's phone out of her coat pocket and walked off with it so she couldn't call anyone. No force. DASH medium.
PA|theft_from_person||Hospital security. Visitor {F1} had her phone taken out of her bag while she waited in A&E on {DATE}. She didn't feel it. CCTV being reviewed.
VS|theft_from_person||Called {F1}. A man hugged her in {PARK} on {DATE} saying he knew her, and afterwards she realised her watch had been taken from her wrist. No force, she didn't feel it. Police ref {CREF}.
VAL|theft_from_person||my sons phone got took out of his hand by some older boys at the bus stop on {DAYM}, they didnt hit him or threaten him just grabbed it and ran. he is {AGEK}
POL|theft_from_person|hate_crime|Theft from person. IP, who is visually impaired, had his wallet taken from his pocket on {DATE} by a male who said blind people shouldn't be out on their own. No force used. OIC PC {PC}.

# ---- bicycle theft ----
POL|bicycle_theft||Theft of pedal cycle. IP's mountain bike was stolen from the bike rack at {TOWN} station on {DATE}. It had been locked. OIC PC {PC}.
VS|bicycle_theft||{M1} ({AGEK}) had his bike stolen from outside {SSCHOOL} on {DATE}. His mum {F1} called; he saved up for it himself and is gutted. School has CCTV.
VAL|bicycle_theft||my road bike was nicked from my front garden on {DAYM} overnight, it was worth £{AMT}. i have a photo of the frame number but police say they cant do much
PA|bicycle_theft||Workplace travel coordinator. Staff member {F1}'s pedal bike was taken from the cycle racks outside our {TOWN} office on {DATE}. She cycles to work daily and is upset.
POL|bicycle_theft||Theft of pedal cycle. IP's child's bike was left outside {SHOP} on {DATE} for two minutes and taken by an unknown youth. OIC PC {PC}.
VS|bicycle_theft||{F1} uses her bike to get to work at the hospital; it was stolen from the railings outside her flat on {DATE}. She can't afford another. No other issues.
VAL|bicycle_theft||3rd bike stolen this year from outside my flat on {STREET}, last one {DAYM}. its a push bike not electric. im so fed up, do you do anything for this
PA|bicycle_theft||Disability charity. Member {M1} had his adapted tricycle stolen from his front garden on {DATE}. He relies on it for exercise. Not thought to be targeted because of his disability.
POL|bicycle_theft|domestic_abuse|Theft of pedal cycle. Suspect is IP's ex-partner {M1}, who took IP's bike from her garden on {DATE} and refuses to return it, saying she "owes him". Previous DA reports between the parties. DASH standard.
VS|bicycle_theft||Called {M1}. His son's BMX was taken from their front garden on {DATE}. A neighbour saw two teenagers. He wanted to know if it's worth reporting - it is, police ref {CREF}.

# ---- shoplifting ----
POL|shoplifting||Shoplifting. Male entered {SHOP} on {DATE} and left with £{SAMT} of meat without paying. Staff member ({AGEA}) followed to the door but did not engage. Suspect known to store. OIC PC {PC}.
VS|shoplifting||Spoke to {F1}, manager of a small pharmacy in {TOWN}. Repeated thefts of baby formula and razors, latest {DATE}. No violence towards staff. She's feeling worn down.
PA|shoplifting||Retail crime partnership. {SHOP} in {TOWN} reports a group of youths stole alcohol worth £{SAMT} on {DATE}. Staff were sworn at on the way out; nobody was touched. Staff member requests support.
VAL|shoplifting||I run a corner shop and a woman has been stealing from us every week, on {DAYM} she took washing powder and chocolate. she is polite about it and just walks out. i want support because im losing money
POL|shoplifting||Theft from shop. Suspect concealed cosmetics in a bag at {SHOP} on {DATE} and was detained by security. Value £{SAMT}. No violence. Store manager requested a referral for staff.
VS|shoplifting|hate_crime|{M1} runs a newsagent in {TOWN}. On {DATE} a man took a crate of beer without paying and shouted at {M1} that this is "our country, not yours" on his way out. No violence. {M1} feels targeted because he is Bangladeshi.
PA|shoplifting||Garden centre manager. Plants and tools worth £{AMT} were taken by a customer who loaded a trolley and walked out past the tills on {DATE}. No confrontation. Police ref {CREF}.
POL|shoplifting||Shoplifting. Female took clothing from {SHOP} on {DATE}; when challenged she dropped the items and left. No force. Staff shaken. OIC PC {PC}.
VAL|shoplifting||I work on the tills at {SHOP} and the same lads come in every day and fill their bags with stuff and walk out, last time {DAYM}. theyve never touched anyone but they laugh at us. im anxious every shift
VS|shoplifting||Called {F1}, she volunteers at a charity shop in {TOWN}. A woman took a designer coat off the rail on {DATE} and walked out without paying. {F1} tried to stop her but wasn't touched. She's upset.

# ---- other theft ----
POL|other_theft||Theft by employee. IP owns a cafe in {TOWN}; a staff member is suspected of taking £{AMT} from the till over several weeks, last on {DATE}. OIC PC {PC}.
VS|other_theft||{F1} ({AGEO}) believes her carer has been taking cash from her purse, about £{SAMT} a week, noticed since {DATE}. Carer is from an agency, not family. Adult safeguarding aware.
VAL|other_theft||my parcel was took off my doorstep on {DAYM} right after the delivery photo, the neighbours ring doorbell shows someone walking off with it. worth £{SAMT}. i know its small but its the 4th time
PA|other_theft||Housing association. Residents of the {STREET} block report post being taken from communal mailboxes, including bank cards, since {DATE}. Police ref {CREF}.
POL|other_theft||Making off without payment. Customer left {PUB} on {DATE} without paying a bill of £{SAMT}. Staff member followed but lost him. No violence. OIC PC {PC}.
VS|other_theft|domestic_abuse|Spoke to {F1}. Her daughter {F2} ({AGEY}) has been taking cash from her purse and selling her jewellery, about £{AMT} so far, and gets aggressive when challenged. {F1} doesn't want police but wants it to stop. Call on {DATE}.
VAL|other_theft|online|someone hacked my instagram on {DAYM} and says they will post all my private messages to my followers unless i pay £{SAMT} in bitcoin. i run a small business off that page. i havent paid yet
PA|other_theft||Construction firm. Tools and copper cable worth £{AMT} were stolen from the open yard of a building site in {TOWN} on {DATE}. The security guard on site is shaken.
POL|other_theft||Theft. IP left her handbag on the back of her chair at a cafe in {TOWN} on {DATE}; when she turned round it had gone. Not taken from her person. OIC PC {PC}.
VS|other_theft||{M1} had garden ornaments and a solar panel taken from his front garden on {DATE}. He's {AGEO} and lives alone. Neighbours saw a white van. Not a big loss but he feels watched.
VAL|other_theft||my flatmate took my laptop and moved out on {DAYM}, she says its hers but i have the receipt. were not related or together just flatmates. i reported it
POL|other_theft|domestic_abuse|Theft. Suspect {M1} is IP's husband. After separation on {DATE} suspect removed IP's jewellery, inherited from her mother, and her passport from the marital home. IP believes it is to control her. DASH medium.
PA|other_theft||Petrol station manager. A driver filled up with £{SAMT} of fuel and drove off without paying on {DATE} at {TIME}. Cashier {F1} is upset because it is the third time this month.
VS|other_theft||{F1} had her washing stolen off the line in her back garden on {DATE}, including her late husband's jumper. Third time. She's {AGEO}.
VAL|other_theft||someone stole my plants and pots from my front garden on {DAYM}. it sounds silly but my garden is all i have since my wife died. {TOWN}
POL|other_theft||Theft of mail. Cards containing cash (£{SAMT}) sent to IP were not delivered; Royal Mail investigation found an employee opening mail at the {TOWN} delivery office on {DATE}. OIC DC {S1}.
PA|other_theft|domestic_abuse|Adult social care. {F1} ({AGEO}) has dementia; her nephew {M1} has been taking cash from her purse and bedroom drawer, around £{AMT} over six months. Discovered {DATE}. Safeguarding enquiry opened.
VS|other_theft||{M1} works at a warehouse in {TOWN} and his wallet was taken from his locker on {DATE}. He thinks a colleague did it. Manager not helpful.
VAL|other_theft||my lodger moved out on {DAYM} and took my TV and my late mums ring. hes not family. i reported it to police ref {CREF}
POL|other_theft||Blackmail. IP, a business owner, has received phone calls since {DATE} demanding £{AMT} or his shop will "have an accident". IP has not paid. Calls from a withheld number. No online element. OIC DC {S1}.
PA|other_theft||Hotel manager in {TOWN}. A guest left on {DATE} without paying a bill of £{AMT} after a four-night stay. Receptionist who dealt with him is upset.
VS|other_theft||{M1}'s former business partner kept his tools and his late father's watch when they closed the business on {DATE} and won't give them back. He thinks it's to get at him. No violence.
POL|other_theft||Theft. Lead stolen from the roof of the church on {STREET} on {DATE}. IP is the church warden. OIC PC {PC}.
VAL|other_theft||i put my phone down on the table at {PUB} on {DAYM} and someone picked it up and walked off with it, the bar has cctv. it wasnt in my hand or pocket
PA|other_theft||Care agency. Service user {M1} ({AGEA}) reports his care worker took £{SAMT} from his wallet on {DATE} while he was in the shower. Worker suspended. Police informed.
VS|other_theft||Called {F1}. Someone has been taking diesel from the farm's tank overnight, latest on {DATE}, about £{AMT} worth. The farm is outside {TOWN}. She's worried about being targeted because they're isolated.

# ---- criminal damage and arson ----
POL|criminal_damage_arson||Criminal damage to vehicle. IP's car was keyed along both sides on {STREET} overnight {DATE}. No suspects. IP believes it is random. OIC PC {PC}.
VS|criminal_damage_arson|domestic_abuse|{F1} told me her ex {M1} smashed her front window on {DATE} with a brick after she refused to let him see the kids. No one hurt. She had to pay £{SAMT} for a board-up. He's now on bail.
VAL|criminal_damage_arson||someone keeps letting down my tyres and on {DAYM} they put screws in all four, i have no idea who. costs me £{SAMT}. i live on {STREET}
PA|criminal_damage_arson|hate_crime|Mosque secretary. Anti-Muslim graffiti sprayed on the mosque wall on {STREET} on {DATE}, including a pig drawing. Police attended. Congregation frightened.
POL|criminal_damage_arson||Arson. IP's wheelie bin set alight against the side of her house at {NTIME} on {DATE}, scorching the wall and fascia. Fire service attended. Not endangering life per FRS. OIC PC {PC}.
VS|criminal_damage_arson||{M1} owns a takeaway in {TOWN}. His shop window was smashed on {DATE} by a group of drunk men. He doesn't think it was racial, they were smashing other windows too. Cost £{AMT}.
VAL|criminal_damage_arson|domestic_abuse|my boyfriend smashed my phone and my tv on {DAYM} when we were arguing, he didnt touch me. i have told him to leave. its my flat. i just want to know my rights
PA|criminal_damage_arson||Parish council clerk. The bus shelter and children's play area in {TOWN} were vandalised on {DATE}, glass panels smashed and the slide set on fire. Parents upset. Police ref {CREF}.
POL|criminal_damage_arson|hate_crime|Racially aggravated criminal damage. IP's front door was daubed with "go home" and a swastika on {DATE}. IP's family are of Pakistani heritage. OIC PC {PC}.
VS|criminal_damage_arson|domestic_abuse|Spoke with {M1}. His wife {F2} ripped up his clothes and poured bleach over his laptop on {DATE} after finding messages on his phone. No violence. He's staying at his brother's. He wants to know about protective orders.
VAL|criminal_damage_arson||kids keep throwing stones at my windows, one smashed my bedroom window on {DAYM}. i know who they are but their parents dont care. ive reported it ref {CREF}
POL|criminal_damage_arson||Arson endangering life. Petrol poured through IP's letterbox and ignited at {NTIME} on {DATE} while IP and children were asleep. Smoke alarm woke the family, no injuries. Suspect N/K. OIC DC {S1}.
PA|criminal_damage_arson||Allotment society. Greenhouses on the {STREET} allotments smashed on {DATE}; no items taken. Elderly members upset.
VS|criminal_damage_arson|domestic_abuse|{F1} said her son {M1} ({AGEY}) put holes in the walls and doors and broke her dining table on {DATE} when she wouldn't let his girlfriend stay. He's never hit her. The landlord is threatening eviction over the damage.
VAL|criminal_damage_arson||my car was set on fire on the drive on {DAYM} at about {NTIME}, the fire brigade came. i have no idea who would do this. i have no enemies. insurance are asking for a crime number
POL|criminal_damage_arson||Criminal damage. Neighbour dispute; suspect cut down IP's fence panels and hedge on {DATE} claiming they were on his land. No threats. Not DA, parties unrelated. OIC PC {PC}.
PA|criminal_damage_arson||Secondary school, {SSCHOOL}. Staff member {F1}'s car was scratched with a key in the staff car park on {DATE}; pupils suspected. She's upset. Police ref {CREF}.
VS|criminal_damage_arson|hate_crime|{F1} and her wife had eggs thrown at their house and a homophobic slur written on their car on {DATE}. It's the second time. They are thinking of moving. Police have it as homophobic criminal damage.
POL|criminal_damage_arson|domestic_abuse|Criminal damage. Suspect {M1} is IP's ex-partner. On {DATE} suspect scratched an insult onto IP's car and poured paint over the bonnet. IP was inside and did not see him; neighbour's CCTV. DASH medium.
PA|criminal_damage_arson||Housing association. Communal door entry system at the {STREET} flats kicked in for the third time on {DATE}. Residents feel unsafe. Police ref {CREF}. Repair £{AMT}.
VS|criminal_damage_arson||Called {M1}, a farmer near {TOWN}. Someone set fire to a barn full of hay on {DATE}. Nobody hurt, no animals harmed. Police suspect arson. He's lost £{AMT} of feed.
VAL|criminal_damage_arson||the lads next door kicked my garden fence down on {DAYM} and broke my plant pots. its not the first time. theyre not threatening me but i feel unsafe. i have reported it
POL|criminal_damage_arson||Criminal damage. IP's shop front on {STREET} had its windows etched with graffiti tags on {DATE}. No hate element. OIC PC {PC}.
VS|criminal_damage_arson|domestic_abuse|{F1}'s partner {M1} threw her phone against the wall and smashed it on {DATE} so she couldn't call anyone, then punched the bathroom door. No injury to her. This is the first time she's reported.
PA|criminal_damage_arson||Church warden. Stained glass window broken by stones on {DATE}. Nothing taken. Not believed to be religiously motivated; youths seen nearby.
POL|criminal_damage_arson||Arson. Car belonging to IP set alight on {STREET} at {NTIME} on {DATE}. IP believes it is linked to a dispute with a former colleague. OIC PC {PC}.
VAL|criminal_damage_arson|domestic_abuse|my brother kicked in my bedroom door and broke my laptop on {DAYM} because i wouldnt lend him money. were both adults, we live with our mum. he didnt hit me. mum says just forget it
VS|criminal_damage_arson||{F1} runs a nursery. Someone damaged the outdoor play equipment and sprayed graffiti on the wall over the bank holiday weekend ({DATE}). Cost £{AMT}. Staff and parents upset.
POL|criminal_damage_arson|domestic_abuse|Arson. Suspect {F2} (IP's ex-girlfriend) set fire to IP's belongings in the garden on {DATE} after he ended the relationship. No one injured. IP also reports suspect smashed his car windscreen. DASH medium. OIC PC {PC}.

# ---- drug offences ----
POL|drug_offences||Possession with intent to supply. Referral for IP, a resident of {STREET}, who reported dealing from the flat below hers; warrant executed on {DATE}, class A recovered. IP fearful of reprisals. No threats made to her.
VS|drug_offences||Spoke to {F1}. She reported that cars pull up outside the house opposite at all hours and people are dealing drugs openly in front of her kids. Police raided on {DATE}. She's worried they'll know she reported.
PA|drug_offences||Housing officer. Cannabis factory found in a neighbouring house on {STREET} on {DATE}; our tenant {F1} next door had reported the smell for months and is now anxious. No trafficking concerns identified.
VAL|drug_offences||theres people dealing drugs in the stairwell of our block every night, needles left on the stairs. nobody has threatened me but my kids have to walk past it. {STREET}, {TOWN}. reported {DAYM}
POL|drug_offences||Drug offences. IP's son ({AGEK}) was found in possession of cannabis at {SSCHOOL} on {DATE}. Mother requests support. No exploitation concerns identified at this stage. OIC PC {PC}.
PA|drug_offences||Nightclub manager in {TOWN}. Door staff seized a quantity of cocaine from a customer on {DATE}; the staff member who found it, {M1}, is worried about being identified. No threats received.

# ---- possession of weapons ----
POL|possession_of_weapons||Possession of a bladed article. Male stopped in {TOWN} town centre on {DATE} with a lock knife in his waistband. No threats made to anyone. Referral is for the shop worker {F1} who called police after seeing it. OIC PC {PC}.
PA|possession_of_weapons||Secondary school, {SSCHOOL}. A pupil was found with a kitchen knife in his bag on {DATE} during a search. He had not threatened anyone and said he carried it for protection. The pupil who told staff is anxious and requests support.
VS|possession_of_weapons||{F1} told me she found a flick knife and a knuckleduster in her son's bedroom; he is {AGEY}. She reported it and police seized them on {DATE}. He hasn't threatened anyone with them. She's worried about who he's mixing with.
VAL|possession_of_weapons||a man was walking round {PARK} on {DAYM} with a machete in his belt, not waving it or threatening anyone, just walking. i called 999 and they arrested him. my kids saw it and are scared to go back
POL|possession_of_weapons||Possession of offensive weapon. Knuckleduster and extendable baton found in a car stopped on {STREET} on {DATE}. Witness {M1}, who reported the driver acting suspiciously, requests support. No threats made.
PA|possession_of_weapons||Bus operator. Driver {M1} saw a passenger with what looked like a handgun in his bag on {DATE}; police stopped the bus and an imitation firearm was recovered. The passenger had not pointed it at anyone. Driver shaken.

# ---- public order ----
POL|public_order|hate_crime|Racially aggravated public order. Suspect shouted racist abuse at IP, a taxi driver, on {STREET} on {DATE}, calling him an immigrant and telling him to leave the country. No physical contact. OIC PC {PC}.
VS|public_order||{F1} was at a bus stop on {DATE} when a drunk man started shouting and swearing at everyone, threatening to "batter" people. He didn't touch anyone. She felt scared and had a panic attack. Police arrested him.
VAL|public_order||big fight outside {PUB} on {DAYM}, about 10 men, bottles being thrown, i was walking past with my kids and we had to run. nobody hit us. police came. my kids are still upset
PA|public_order||Library manager in {TOWN}. A man became abusive to staff member {F1} on {DATE}, shouting and swearing and saying he'd "come back for her". No assault. Police attended.
POL|public_order|hate_crime|Religiously aggravated public order. Suspect shouted anti-Jewish abuse at IP and his son outside the synagogue on {DATE}. No contact. CCTV obtained. OIC PC {PC}.
VS|public_order||{M1}, a referee, was surrounded and sworn at aggressively by parents after a youth match on {DATE}. He left the pitch. No contact. He's thinking of quitting.
VAL|public_order|hate_crime|a man on the bus on {DAYM} kept shouting that people like me are perverts and should be shot, because i had a pride badge on and was holding my boyfriends hand. nobody did anything. he got off at {TOWN}
PA|public_order||Hospital security manager. A visitor became aggressive in the A&E waiting room on {DATE}, shouting and swearing at reception staff member {F1} and kicking chairs. No one was touched. Police removed him.
POL|public_order||Public order s4A. Group of youths shouting abuse at IP ({AGEO}) in the precinct on {DATE}, causing IP distress. No contact. No hate element identified. OIC PC {PC}.
VS|public_order|domestic_abuse|{F1} said her ex {M1} turned up drunk at her work on {DATE} and caused a scene, screaming and swearing at her in front of customers until security removed him. He didn't touch her. First incident since they split.
VAL|public_order||someone in a car shouted abuse and made a gun sign with his hand at me as i was cycling to work on {DAYM}. im not hurt but it shook me up. i got half the registration
POL|public_order||Violent disorder. Large-scale fight at a wedding reception in {TOWN} on {DATE}. IP, a waiter, was not injured but witnessed chairs and glasses being thrown. OIC DC {S1}.
PA|public_order|hate_crime|Disability charity. Member {F1}, who has Down's syndrome, was shouted at and mocked about her disability by a group of adults in {SHOP} on {DATE}. No contact. Staff called police.
VS|public_order||{M1} works at a takeaway in {TOWN} and a customer shouted threats at him on {DATE} over a wrong order, saying he'd "smash the place up" and "sort him out". No damage, no physical contact. He's not sure it was racial.
VAL|public_order||the woman from across the road came to my house on {DAYM} and stood in the street screaming abuse at me and my husband for an hour, all the neighbours saw. she was drunk. its the first time shes done it. she didnt hit anyone
POL|public_order|hate_crime|Racially aggravated s5. Suspect made monkey noises at IP, a black player, during a Sunday league match in {TOWN} on {DATE}. OIC PC {PC}.

# ---- miscellaneous crimes against society ----
POL|misc_crimes_against_society||Threat to commit criminal damage. Neighbour told IP on {DATE} he would "burn her shed down" over a boundary dispute. No damage caused. No threats to IP personally. OIC PC {PC}.
VS|misc_crimes_against_society||{M1} was nearly hit by a car that mounted the pavement on {STREET} at speed on {DATE}. He jumped out of the way, no injuries. Driver arrested for dangerous driving. He's struggling with flashbacks.
VAL|misc_crimes_against_society|domestic_abuse|my ex is on bail not to come to my street and on {DAYM} he was sat outside in his car for an hour. he didnt get out or contact me. police arrested him for breaching bail. i want to know what happens now
PA|misc_crimes_against_society||Pawnbroker in {TOWN}. Staff member {F1} identified jewellery offered for sale on {DATE} as matching items from a local burglary; the seller was arrested for handling stolen goods. Staff member anxious about giving evidence.
POL|misc_crimes_against_society||Perverting the course of justice. IP witnessed a road collision; on {DATE} the driver's friend asked IP to tell police someone else was driving and offered him £{SAMT}. IP refused and reported it. No threats made.
VS|misc_crimes_against_society|domestic_abuse|{F1} said her ex-husband {M1} told her at the school gate on {DATE} that he'll "smash every window in the house" if she doesn't drop the court case. He hasn't done it and didn't threaten her personally. She's scared.
VAL|misc_crimes_against_society||a car was racing up and down our road at {NTIME} on {DAYM}, doing donuts and nearly hit my son on the pavement. nobody hurt. police know who it is. its dangerous driving isnt it
POL|misc_crimes_against_society||Forgery. IP's signature was forged on a letter of consent for a planning application submitted by her neighbour on {DATE}. No financial loss. OIC PC {PC}.

# ---- fraud and computer misuse ----
POL|fraud_computer_misuse||Courier fraud. IP ({AGEO}) received a phone call on {DATE} from a male claiming to be a police officer and was told to withdraw £{AMT} and hand it to a courier at her door. IP complied. NFIB ref {NFIB}.
VS|fraud_computer_misuse|online|{F1} ({AGEA}) met a man on a dating site in {MONTHYEAR}; over weeks he told her he was an engineer on an oil rig and needed money for fees. She sent £{BAMT} by bank transfer. They never met. She's embarrassed and not sleeping.
VAL|fraud_computer_misuse|online|i paid £{MAMT} for a puppy advertised on a website, the seller stopped replying and the address was fake. paid by bank transfer on {DAYM}. my kids are devastated
PA|fraud_computer_misuse||Bank vulnerable customers team. Customer {M1} ({AGEO}) transferred £{BAMT} on {DATE} after a caller claiming to be from the bank's fraud team told him his account was compromised. Calls only, no online contact. Funds partially recovered.
POL|fraud_computer_misuse|online|Computer misuse. IP's Facebook and email accounts were hacked on {DATE}, password changed and messages sent to her contacts asking for money. IP has regained access. Action Fraud ref {NFIB}.
VS|fraud_computer_misuse|domestic_abuse|Spoke to {F1}. She found out her ex-partner {M1} took out three loans in her name while they were together, totalling £{AMT}, using her details. She only found out when debt collectors wrote on {DATE}.
VAL|fraud_computer_misuse|online|i bought a ps5 on facebook marketplace for £{MAMT}, the seller sent me a fake tracking number and then blocked me on {DAYM}. i paid by bank transfer because he said paypal wasnt working
POL|fraud_computer_misuse||Fraud by false representation. Rogue trader attended IP's address on {DATE} claiming roof tiles were loose and charged £{AMT} for work that was not done. IP is {AGEO}. Trading standards informed. OIC PC {PC}.
PA|fraud_computer_misuse|online|Building society. Member {F1} was persuaded on WhatsApp by someone posing as her daughter ("Hi Mum, new number") to pay £{MAMT} on {DATE}. Reported to Action Fraud {NFIB}. Member is upset.
VS|fraud_computer_misuse|online|Called {M1}. He invested £{BAMT} in a crypto trading platform he found through an advert on social media; the site showed profits but he couldn't withdraw. Realised it was a scam on {DATE}. He's told no one, not even his wife.
VAL|fraud_computer_misuse||someone rang me pretending to be from BT on {DAYM} and got me to give my bank details, then £{MAMT} went out of my account. it was just a phone call and a text. im {AGEO} and feel so stupid
POL|fraud_computer_misuse|domestic_abuse;online|Fraud. Suspect is IP's son {M1} ({AGEY}). IP ({AGEO}) discovered on {DATE} that suspect has been using her debit card for online gambling, approx £{AMT}. IP does not want him prosecuted. Adult safeguarding referral made.
PA|fraud_computer_misuse|online|Solicitors firm. Client {F1} lost £{BAMT} on {DATE} when paying a house deposit to bank details sent in an email that appeared to come from us; our email had been intercepted. She's distraught.
VS|fraud_computer_misuse||{F1} ({AGEO}) was visited on the doorstep on {DATE} by a man saying he was from the council and needed £{SAMT} for a bin permit; she paid cash. He was not from the council. She answers the door to no one now.
VAL|fraud_computer_misuse|online|my instagram got hacked on {DAYM} and theyre using it to post fake bitcoin adverts to my followers, some of my friends lost money. i cant get it back, instagram wont help
POL|fraud_computer_misuse||Identity fraud. Credit cards applied for in IP's name at her address; IP received cards she did not apply for, first noticed {DATE}. No known suspect. Action Fraud {NFIB}.
PA|fraud_computer_misuse|online|Credit union. Member {M1} ({AGEA}) was sent a text with a link to a fake parcel delivery website on {DATE}, entered his card details on the site and £{MAMT} was taken. Reported to Action Fraud.
VS|fraud_computer_misuse|domestic_abuse;online|{F1} told me her husband set up a PayPal account and an online credit account in her name without telling her and has run up £{AMT} of debt. She found out on {DATE}. They are still together and she's scared to confront him.
VAL|fraud_computer_misuse||i paid a builder £{AMT} up front on {DAYM} to do my kitchen, he came for one day and never came back, now wont answer his phone. i found him through a leaflet. i think he always meant to take the money
POL|fraud_computer_misuse|online|Investment fraud. IP ({AGEA}) was contacted on LinkedIn by a "recruiter" and encouraged to invest £{BAMT} in a fake forex scheme between {MONTHYEAR} and {DATE}. NFIB ref {NFIB}.
PA|fraud_computer_misuse||Bank branch staff intervened on {DATE} when customer {F1} ({AGEO}) tried to withdraw £{AMT} in cash, saying a man on the phone had told her it was needed for a police investigation. Banking Protocol used. Attempted courier fraud, no money lost.
VS|fraud_computer_misuse|online|Called {M1}. He sold a camera on an online marketplace and the buyer sent a fake payment confirmation email; he posted the camera on {DATE}. Lost £{MAMT}. Annoyed rather than upset.
VAL|fraud_computer_misuse|domestic_abuse|my brother has been opening phone contracts in my name and not paying them, i found out on {DAYM} when i got a letter from a debt company. he has done it to our mum too. im {AGEY}. i dont want to go to police but i need the debts cleared
POL|fraud_computer_misuse|online|Romance fraud. IP ({AGEO}) met a female on Facebook who claimed to be a nurse in the US army; IP sent £{BAMT} over several months for "leave papers". Family became concerned on {DATE}. NFIB {NFIB}.
PA|fraud_computer_misuse||Pension provider. Member {M1} transferred his pension pot of £{BAMT} to a scheme promoted by a cold caller and a glossy brochure; realised it was a fraud on {DATE}. No online contact identified.
VS|fraud_computer_misuse|online|{F1} runs a small online shop and her business account was hacked on {DATE}; the hacker changed the bank details so payouts of £{AMT} went elsewhere. Police ref {CREF}. She's worried about her livelihood.
VAL|fraud_computer_misuse|online|i booked a holiday let through a website on {DAYM} and paid £{MAMT}, when we turned up the address didnt exist. my kids were in the car. the website has gone now
POL|fraud_computer_misuse||Fraud by abuse of position. IP's accountant diverted £{BAMT} of IP's business funds to his own account over two years, discovered {DATE}. OIC DC {S1}.
PA|fraud_computer_misuse|domestic_abuse|Adult social care. {F1} ({AGEO}) gave lasting power of attorney to her son, who has used it to transfer £{BAMT} from her savings to himself. Identified {DATE}. Safeguarding enquiry open.
VAL|fraud_computer_misuse|online|some one used my email and card details to order stuff off amazon, about £{MAMT} of stuff i never ordered. i noticed on {DAYM}. bank refunded half
POL|fraud_computer_misuse|online|Computer misuse. A former employee accessed IP's company cloud server without authorisation on {DATE} and deleted client files. IP is the company director. OIC DC {S1}.
VS|fraud_computer_misuse|online|Called {F1}. Her son ({AGEK}) was scammed out of £{SAMT} buying game skins from another player on Discord on {DATE}. He's upset and embarrassed. Nothing else concerning in the chats.
VAL|fraud_computer_misuse|domestic_abuse;online|my ex girlfriend still has access to my online banking and has been moving money out of my account, over £{MAMT} since we split on {DAYM}. i changed the password but she got in again. i think she knows my security answers
POL|fraud_computer_misuse||Fraud. IP paid a £{MAMT} deposit for a flat on {DATE} to a "landlord" he met in person at the property; the man was not the owner. IP is a student. Advert was a card in a shop window, no online element. NFIB {NFIB}.

# ---- anti-social behaviour ----
VS|anti_social_behaviour||{F1} called about her neighbours on {STREET}: loud music until {NTIME} most nights since {MONTHYEAR}, and dogs barking. No threats or damage, just constant noise. Council noise team involved. She's exhausted.
PA|anti_social_behaviour||Housing association ASB team. Tenant {M1} reports groups of youths gathering in the stairwell, smoking and being noisy until late, latest {DATE}. No damage, no threats, no drugs seen. He feels intimidated.
VAL|anti_social_behaviour||the kids on bikes keep riding round our close at night shouting and beeping horns, its been going on since easter, last night {DAYM} they were here till {NTIME}. nothing has been damaged but i cant sleep
POL|anti_social_behaviour||ASB. IP reports neighbour's visitors parking across her drive and slamming car doors at night. No crime disclosed. Referred to neighbourhood team. Logged {DATE}. IP ({AGEO}) anxious.
VS|anti_social_behaviour||Spoke with {M1}. People keep using the alley behind his house on {STREET} as a toilet and leaving litter. He's reported it to the council. No crime as such. He'd like someone to talk to. Call {DATE}.
PA|anti_social_behaviour||Primary school, {PSCHOOL}. Older teenagers gather at the school gates at home time, swearing loudly and riding bikes on the pavement. No one has been approached or hurt. Parents anxious. Raised with PCSOs {DATE}.
VAL|anti_social_behaviour||my upstairs neighbour stomps around all night and plays drums on sundays, i have asked nicely. they havent threatened me or anything. i have recorded it since {DAYM}. the council say its a housing matter
POL|anti_social_behaviour||Non-crime ASB. Caller reports youths kicking a football against her house wall on {STREET} for hours each evening, latest {DATE}. No damage. Not targeted because of any protected characteristic. PCSO to visit.
VS|anti_social_behaviour||{F1} ({AGEO}) is worried about a man who sits on the bench opposite her bungalow drinking and talking loudly to himself. He has never spoken to her or done anything. She feels uneasy. Logged {DATE}.
PA|anti_social_behaviour||Mental health team. Service user {M1} is distressed by neighbours' late-night parties on {STREET}; he has not been threatened. We'd like VS to support him alongside the council ASB officer. Latest party {DATE}.
VAL|anti_social_behaviour||people keep parking in front of my house for the football and leaving rubbish, on match days its a nightmare. nobody has been rude to me. {STREET}. last one {DAYM}
POL|anti_social_behaviour||ASB - nuisance neighbours. Ongoing dispute over bins and noise between IP and neighbour. No threats, no damage, no harassment disclosed. Community trigger considered. Last contact {DATE}. PC {PC}.
VS|anti_social_behaviour||{M1} told me a group of lads hang around outside the shop on {STREET} most evenings, loud and swearing, and he has to walk past to get home. Nothing has been said to him directly. He wants to feel safer. Called {DATE}.
PA|anti_social_behaviour||Parish council. Residents of {TOWN} report off-road motorbikes racing across the playing fields and making noise every evening. No damage reported, nobody threatened. Latest {DATE}.
VAL|anti_social_behaviour||my neighbours kids keep climbing over into my garden to get their ball and shouting, i am {AGEO} and it makes me nervous. they dont break anything. i dont want them in trouble just want it to stop. since {DAYM}
POL|anti_social_behaviour||ASB. Rowdy guests at a holiday let on {STREET} hosting parties every weekend; IP ({AGEA}) lives next door. No crime disclosed. Latest {DATE}. Council licensing informed.
VS|anti_social_behaviour||Called {F1} about the ongoing noise from the takeaway extractor fan and delivery mopeds on {STREET}. She's been logging it since {MONTHYEAR}. Nothing criminal but it's affecting her mental health.
PA|anti_social_behaviour||GP surgery. Patient {F1} ({AGEA}) reports sleep problems due to the neighbours' constant loud arguments and music through the wall; she says they are not targeting her and there have been no threats. Last bad night {DATE}.
VAL|anti_social_behaviour||there is a group of teenagers who sit on the wall outside my house every night drinking and playing music, they leave bottles, last night {DAYM} till {NTIME}. they havent said anything to me. i just want to sleep
POL|anti_social_behaviour||Non-crime incident. IP reports a neighbour's CCTV camera points at her garden. No harassment or threats disclosed; camera is on neighbour's property. Advice given {DATE}. PC {PC}.
VS|anti_social_behaviour||{M1} and his partner have had noisy neighbours for a year; they're not sure it's deliberate and nothing has been said to them. They just want advice on mediation. Last incident {DATE}.
VAL|anti_social_behaviour||the people across the road keep setting off fireworks late at night, its scaring my dog and waking my baby. they havent aimed them at anyone. latest {DAYM}

# ---- other crime ----
POL|other_crime||Animal welfare offence. IP reported her neighbour for repeatedly kicking his dog in the garden, witnessed on {DATE}. RSPCA involved. IP distressed by what she saw. OIC PC {PC}.
VS|other_crime||{F1} rang; she didn't want to say what the crime was, only that she reported something to police on {DATE} and has a crime ref {CREF}. She's anxious and wants someone to talk to. Offence type not recorded on referral.
VAL|other_crime||i was a victim of a crime in {MONTHYEAR} and it went to court last week, i dont want to write what it was on here. i just want someone to ring me. {TOWN}
PA|other_crime||Environmental health. Resident {M1} ({AGEO}) has had a large load of building waste fly-tipped on his land in {TOWN} on {DATE}. Clearance will cost £{AMT}. He's very stressed.
POL|other_crime||Crime type N/K. Referral from front counter; IP ({AGEA}) states she has been the victim of a crime and wants support but declined to give details. Crime ref not recorded. OIC not recorded. Seen {DATE}.
VS|other_crime||Called {M1}. The horses in the field behind his house in {TOWN} are being left without food or water; he reported it on {DATE} and the RSPCA have visited. He's upset by what he's seen.
VAL|other_crime||someone has been putting down poison near my farm and i found a dead buzzard on {DAYM}. the wildlife officer says its a crime. nobody has threatened me or damaged anything of mine, i just want to talk to someone
PA|other_crime||Trade union rep. Member {M1} was injured at work on {DATE} by unguarded machinery; the HSE is investigating a possible criminal breach by the employer. He is off work and anxious.
"""

# ---------------------------------------------------------------------------


def parse_templates():
    templates = []
    for line_no, raw in enumerate(TEMPLATES.strip().split("\n"), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 4:
            raise ValueError(f"template line {line_no}: expected 4 fields, got {len(parts)}")
        kind, category, flag_field, text = parts
        flags = flag_field.split(";") if flag_field else []
        if kind not in KINDS:
            raise ValueError(f"template line {line_no}: unknown kind {kind!r}")
        if category not in CATEGORIES:
            raise ValueError(f"template line {line_no}: unknown category {category!r}")
        for flag in flags:
            if flag not in FLAGS:
                raise ValueError(f"template line {line_no}: unknown flag {flag!r}")
        positions = [FLAGS.index(flag) for flag in flags]
        if positions != sorted(positions) or len(positions) != len(dict.fromkeys(positions)):
            raise ValueError(f"template line {line_no}: flags not in TAXONOMY.md order or repeated")
        slots = SLOT_RE.findall(text)
        if not slots:
            raise ValueError(f"template line {line_no}: no slot, cannot redraw duplicates")
        for pool, _suffix in slots:
            if pool not in POOLS:
                raise ValueError(f"template line {line_no}: unknown slot pool {pool!r}")
        templates.append((kind, category, flags, text))
    return templates


def fill(text, rng):
    values = {}
    used = {}

    def replace(match):
        key = match.group(0)
        if key not in values:
            pool = match.group(1)
            taken = used.setdefault(pool, [])
            for _ in range(1000):
                value = POOLS[pool](rng)
                if value not in taken:
                    break
            else:
                raise RuntimeError(f"could not draw a distinct value for {key}")
            taken.append(value)
            values[key] = value
        return values[key]

    return SLOT_RE.sub(replace, text)


def check_text(text):
    if "\n" in text or "\r" in text:
        raise ValueError(f"newline in text: {text[:60]!r}")
    if "{" in text or "}" in text:
        raise ValueError(f"unfilled slot in text: {text[:60]!r}")
    words = len(text.split())
    if not 4 <= words <= 150:
        raise ValueError(f"text has {words} words: {text[:60]!r}")


def build():
    rng = random.Random(SEED)
    templates = parse_templates()
    if len(templates) != EXPECTED_TEMPLATES:
        raise ValueError(f"expected {EXPECTED_TEMPLATES} templates, found {len(templates)}")
    template_texts = {}
    for _kind, _category, _flags, text in templates:
        if text in template_texts:
            raise ValueError(f"duplicate template: {text[:60]!r}")
        template_texts[text] = True

    seen = {}
    rows = []
    for _kind, category, flags, text in templates:
        for _use in range(USES_PER_TEMPLATE):
            for _attempt in range(200):
                filled = fill(text, rng)
                if filled not in seen:
                    break
            else:
                raise RuntimeError(f"could not produce a distinct text for template {text[:60]!r}")
            seen[filled] = True
            check_text(filled)
            rows.append([filled, category, ";".join(flags)])

    rng.shuffle(rows)

    texts = [row[0] for row in rows]
    if len(texts) != len(dict.fromkeys(texts)):
        raise ValueError("duplicate texts in output")

    category_counts = {category: 0 for category in CATEGORIES}
    flag_counts = {flag: 0 for flag in FLAGS}
    for _text, category, flag_field in rows:
        category_counts[category] += 1
        for flag in flag_field.split(";") if flag_field else []:
            flag_counts[flag] += 1
    for category in CATEGORIES:
        if category_counts[category] < MIN_PER_CATEGORY:
            raise ValueError(f"category {category} has only {category_counts[category]} notes")
    for flag in FLAGS:
        if flag_counts[flag] < MIN_PER_FLAG:
            raise ValueError(f"flag {flag} has only {flag_counts[flag]} notes")

    out_rows = []
    for index, (text, category, flag_field) in enumerate(rows, start=1):
        out_rows.append([f"B28-{index:04d}", text, category, flag_field])
    return out_rows, category_counts, flag_counts


def main():
    rows, category_counts, flag_counts = build()
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        writer.writerows(rows)
    total_words = sum(len(row[1].split()) for row in rows)
    print(f"wrote {len(rows)} notes to {OUT_PATH}")
    print(f"mean words per note: {total_words / len(rows):.1f}")
    for category in CATEGORIES:
        print(f"category {category}: {category_counts[category]}")
    for flag in FLAGS:
        print(f"flag {flag}: {flag_counts[flag]}")


if __name__ == "__main__":
    main()
