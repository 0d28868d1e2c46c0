"""Rebuild the blind31 synthetic victim-services referral corpus.

Writes benchmarks/data/notes_blind31.csv (800 notes) next to this script. Standard
library only; one seeded random.Random(311031); no iteration over sets, so the output
is byte-identical whatever the working directory or PYTHONHASHSEED.

Each of the 400 hand-written templates (kind|category|flags|text) is used twice.
Slots fill in only names, places, dates, times, amounts, reference numbers and ages;
every age range lies entirely on one side of the TAXONOMY.md thresholds (16 and 18).
Kinds: a = automatic police referral line, b = contact-centre needs assessment,
c = organisation as victim, d = older/disabled victim with carer or advocate.
"""

import csv
import os
import random
import re

SEED = 311031
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "data", "notes_blind31.csv")
ID_PREFIX = "B31-"
USES_PER_TEMPLATE = 2

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

KINDS = ["a", "b", "c", "d"]

FEMALE = [
    "Sarah",
    "Emma",
    "Aisha",
    "Priya",
    "Chloe",
    "Jade",
    "Hannah",
    "Fatima",
    "Olivia",
    "Megan",
    "Zainab",
    "Gemma",
    "Kerry",
    "Lauren",
    "Amira",
    "Sophie",
    "Natalie",
    "Joanne",
    "Leanne",
    "Nadia",
    "Rebecca",
    "Mandy",
    "Shauna",
    "Grace",
    "Ellie",
    "Amy",
    "Bethany",
    "Kirsty",
    "Yasmin",
    "Maria",
    "Agnieszka",
    "Ioana",
    "Chantelle",
    "Precious",
    "Harpreet",
    "Tanya",
    "Lucy",
    "Rachel",
    "Margaret",
    "Jean",
    "Pauline",
    "Doreen",
    "Sandra",
    "Linda",
    "Brenda",
    "Eileen",
    "Janet",
    "Carol",
    "Sharon",
    "Donna",
]
MALE = [
    "James",
    "Daniel",
    "Mohammed",
    "Ryan",
    "Liam",
    "Craig",
    "Darren",
    "Lee",
    "Kieran",
    "Tom",
    "Connor",
    "Jordan",
    "Imran",
    "Tariq",
    "Kwame",
    "Oliver",
    "Harry",
    "Jack",
    "Callum",
    "Jamie",
    "Wayne",
    "Gary",
    "Steven",
    "Paul",
    "Mark",
    "Adam",
    "Ben",
    "Josh",
    "Arjun",
    "Sanjay",
    "Piotr",
    "Marius",
    "Dylan",
    "Reece",
    "Aaron",
    "Kyle",
    "Brian",
    "Keith",
    "Derek",
    "Colin",
    "Trevor",
    "Graham",
    "Frank",
    "Dennis",
    "Ravi",
    "Hassan",
    "Samuel",
    "Tyrone",
    "Luke",
    "Nathan",
]
SURNAMES = [
    "Smith",
    "Jones",
    "Patel",
    "Khan",
    "Williams",
    "Taylor",
    "Brown",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Roberts",
    "Johnson",
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
    "Lewis",
    "Martin",
    "Jackson",
    "Clarke",
    "Turner",
    "Hill",
    "Scott",
    "Cooper",
    "Morris",
    "Ward",
    "Moore",
    "King",
    "Watson",
    "Baker",
    "Harrison",
    "Morgan",
    "Hussain",
    "Begum",
    "Ali",
    "Ahmed",
    "Singh",
    "Kaur",
    "Okafor",
    "Mensah",
    "Nowak",
    "Kowalski",
    "Murphy",
    "O'Brien",
    "McDonald",
    "Campbell",
    "Reid",
    "Kelly",
    "Shah",
    "Chowdhury",
    "Osei",
    "Adeyemi",
]
TOWNS = [
    "Swindon",
    "Reading",
    "Slough",
    "Bristol",
    "Bath",
    "Taunton",
    "Gloucester",
    "Cheltenham",
    "Exeter",
    "Plymouth",
    "Truro",
    "Leeds",
    "Bradford",
    "Wakefield",
    "Huddersfield",
    "Sheffield",
    "Rotherham",
    "Doncaster",
    "Barnsley",
    "York",
    "Scarborough",
    "Hull",
    "Grimsby",
    "Lincoln",
    "Norwich",
    "Ipswich",
    "Luton",
    "Bedford",
    "Northampton",
    "Leicester",
    "Coventry",
    "Wolverhampton",
    "Walsall",
    "Derby",
    "Nottingham",
    "Mansfield",
    "Preston",
    "Blackpool",
    "Bolton",
    "Wigan",
    "Carlisle",
    "Middlesbrough",
    "Sunderland",
    "Durham",
    "Newport",
    "Cardiff",
]
STREETS = [
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "Queens Road",
    "Mill Lane",
    "Park Avenue",
    "Green Lane",
    "Manor Road",
    "Kings Road",
    "Albert Street",
    "New Road",
    "Chapel Street",
    "Grange Road",
    "Elm Grove",
    "Oak Avenue",
    "Windsor Road",
    "London Road",
    "Bridge Street",
    "Market Street",
    "Springfield Road",
    "Hawthorn Close",
    "Beech Drive",
    "Cross Street",
    "North Road",
    "Westgate",
    "Clarence Street",
    "Forest Road",
    "Stanley Road",
    "Moor Lane",
]
SHOPS = [
    "Tesco Express",
    "Co-op",
    "Sainsbury's Local",
    "Aldi",
    "Lidl",
    "Asda",
    "Morrisons",
    "Iceland",
    "Spar",
    "One Stop",
    "Nisa",
    "Londis",
    "Budgens",
    "Costcutter",
    "Farmfoods",
]
CAFES = [
    "The Copper Kettle",
    "Bean There",
    "Daisy's Cafe",
    "The Coffee Loft",
    "Mug and Muffin",
    "The Corner Cafe",
    "Brew Lab",
    "Crumbs",
    "The Tea Rooms",
    "Grounds Coffee",
    "Kettle and Co",
    "The Pantry",
]
BARS = [
    "The Red Lion",
    "The Crown",
    "The Kings Head",
    "Revolution",
    "The White Hart",
    "Pryzm",
    "The Railway Tavern",
    "The Plough",
    "Yates",
    "The Wheatsheaf",
    "Bar Central",
    "The Swan",
]
BUSINESSES = [
    "Ashworth and Sons",
    "Kershaw Brothers",
    "Hartley's",
    "Brightwell's",
    "Marsden and Co",
    "Fairfield",
    "Oakridge",
    "Pennine",
    "Greenway",
    "Hollins",
    "Lakeside",
    "Moorside",
    "Calder Valley",
    "Westbury",
]
CHARITIES = [
    "Hope Street Trust",
    "Open Door",
    "The Harbour Project",
    "Brighter Futures",
    "Community Kitchen",
    "St Martin's Trust",
    "Safe Haven",
    "Lighthouse",
    "Second Chance",
    "Together Trust",
    "Bridge Community Project",
    "New Leaf",
]
SCHOOLS = [
    "Oakfield Academy",
    "Northgate High School",
    "Westbrook Academy",
    "Kingsmead School",
    "St Joseph's Catholic High",
    "Castle View Academy",
    "Meadowbank School",
    "Riverside Academy",
    "Hillcrest High",
    "Parkside Community College",
]
CLUBS = [
    "Riverside Sports Club",
    "Millbrook Athletic",
    "Westfield Rovers",
    "Oakfield Community Sports Club",
    "Harbour Town FC",
    "St Anne's Sports and Social Club",
    "Northside Cricket Club",
    "Valley Rugby Club",
    "Parkway Juniors",
    "Hollins Park Sports Club",
]
PARKS = [
    "Victoria Park",
    "the Rec",
    "Memorial Park",
    "Queens Park",
    "Jubilee Park",
    "Hilltop Park",
    "Riverside Park",
    "the country park",
]
GARAGES = [
    "BP Northgate",
    "Esso Station Road",
    "Shell Ringway",
    "Texaco Hillside",
    "Jet Bridge Street",
    "Gulf Westfield",
]

MONTHS = [("January", "Jan", 31), ("February", "Feb", 28), ("March", "Mar", 31)]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FIRST_WEEKDAY_2026 = 3  # 1 January 2026 is a Thursday

# age ranges never straddle a TAXONOMY.md threshold (16: domestic abuse, 18: child sexual abuse)
AGE_RANGES = {
    "child": (11, 15),
    "teen": (16, 17),
    "ya": (19, 25),
    "age": (26, 64),
    "old": (72, 93),
}


ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def _ordinal(day):
    if 11 <= day <= 13:
        return f"{day}th"
    return f"{day}{ORDINAL_SUFFIX.get(day % 10, 'th')}"


def gen_date(rng):
    offset = rng.randint(0, 89)
    day_of_year = offset
    month = 0
    while day_of_year >= MONTHS[month][2]:
        day_of_year -= MONTHS[month][2]
        month += 1
    day = day_of_year + 1
    mm = month + 1
    full, short, _ = MONTHS[month]
    weekday = WEEKDAYS[(FIRST_WEEKDAY_2026 + offset) % 7]
    style = rng.randint(0, 5)
    if style == 0:
        return f"{day:02d}/{mm:02d}/2026"
    if style == 1:
        return f"{day:02d}/{mm:02d}/26"
    if style == 2:
        return f"{day} {short}"
    if style == 3:
        return f"{day}.{mm}.26"
    if style == 4:
        return f"{weekday} {day:02d}/{mm:02d}"
    return f"{_ordinal(day)} {full}"


def gen_time(rng):
    hour = rng.randint(0, 23)
    minute = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = rng.randint(0, 2)
    if style == 0:
        return f"{hour:02d}:{minute:02d}"
    if style == 1:
        return f"{hour:02d}{minute:02d}hrs"
    suffix = "am" if hour < 12 else "pm"
    return f"approx {hour % 12 or 12}{suffix}"


def gen_amount(rng):
    pounds = rng.randint(12, 480)
    if rng.randint(0, 3) == 0:
        return f"{pounds}.{rng.choice(['50', '99', '20', '75'])}"
    return str(pounds)


def gen_big_amount(rng):
    return f"{rng.randint(12, 480) * 100:,}"


def gen_ref(rng):
    style = rng.randint(0, 2)
    if style == 0:
        return f"CR/{rng.randint(100000, 999999)}/26"
    if style == 1:
        return f"{rng.choice(['AS', 'TV', 'WY', 'SY', 'DC', 'LN'])}-{rng.randint(10000000, 99999999)}"
    return f"2026-{rng.randint(1000000, 9999999)}"


def gen_nfib(rng):
    return f"NFRC26{rng.randint(0, 9999999):07d}{rng.randint(0, 99):02d}"


def _choice(pool):
    return lambda rng: rng.choice(pool)


def _age(low, high):
    return lambda rng: str(rng.randint(low, high))


GENERATORS = {
    "f": _choice(FEMALE),
    "m": _choice(MALE),
    "sur": _choice(SURNAMES),
    "town": _choice(TOWNS),
    "street": _choice(STREETS),
    "shop": _choice(SHOPS),
    "cafe": _choice(CAFES),
    "bar": _choice(BARS),
    "biz": _choice(BUSINESSES),
    "charity": _choice(CHARITIES),
    "school": _choice(SCHOOLS),
    "club": _choice(CLUBS),
    "park": _choice(PARKS),
    "garage": _choice(GARAGES),
    "date": gen_date,
    "time": gen_time,
    "amt": gen_amount,
    "bigamt": gen_big_amount,
    "ref": gen_ref,
    "nfib": gen_nfib,
}
for _name, (_low, _high) in AGE_RANGES.items():
    GENERATORS[_name] = _age(_low, _high)

SLOT_RE = re.compile(r"\{([a-z]+)(\d*)\}")

TEMPLATES = """
# ---- homicide
b|homicide|knife_sharp_instrument|Call with {f} {sur}, mum of {m} ({ya}) who was stabbed and killed outside a takeaway on {street}, {town} on {date}. Two men charged with murder, trial date TBC. Needs: emotional - not sleeping, wants bereavement counselling; practical - help with funeral costs and liaising with the FLO; financial - asked about CICA.
a|homicide|domestic_abuse|AUTO REF. Crime type: Other. MO: IP {f} {sur} ({age}) FOUND DECEASED AT HOME ADDR {street} {town} {date}. HUSBAND {m} {sur} ARRESTED ON SUSP OF MURDER. REFERRAL IS FOR IP'S SISTER {f2} AS NOK. FLO DEPLOYED.
b|homicide||Brother of the deceased rang. {m} ({age}) died after being punched once outside a pub in {town} on {date} and hitting his head on the kerb. Suspect charged with manslaughter, a stranger to the family - no DA. Caller angry about the bail decision. Needs: emotional support, explanation of the court process, help telling {m}'s kids.
d|homicide||Son {m2} speaking for his mum {f} ({old}), who is profoundly deaf (BSL interpreter needed). His dad {m} ({old}) died in hospital on {date} after two men forced their way into the bungalow and pushed him to the floor. Police have charged both with murder, trial date TBC. Needs: interpreter for all contact, help with inquest letters, someone to sit with mum.
b|homicide||Bereaved dad. Daughter {f} ({ya}) killed {date}; inquest opened and adjourned, police say it is a murder investigation, no arrests yet. He keeps asking if her ex-boyfriend could be involved - police have told him the ex is not a suspect and there is no evidence of any DA. Needs: emotional, updates from SIO, media intrusion.
c|homicide||Head teacher of {school} asking for support for staff after former pupil {m} ({ya}) was shot dead in {town} on {date}. A man has been charged with murder. Several staff taught him and are struggling, vigil planned. Needs: staff support sessions, advice on talking to current pupils.
# ---- death_injury_driving
a|death_injury_driving||POLICE REF. Offence: CAUSE DEATH BY CARELESS DRIVING. MO: VEH 1 FAILED TO STOP AT JUNCTION {street} {town} {date} {time}, COLLIDED WITH PEDESTRIAN {m} ({old}) WHO DIED AT SCENE. DRIVER REPORTED FOR SUMMONS. REFERRAL FOR NOK (DAUGHTER) {f} {sur}.
b|death_injury_driving||{f} calling about her son {m} ({ya}), left with life-changing injuries after being knocked off his motorbike on {date} by a driver who was racing another car. Driver charged with causing serious injury by dangerous driving. Needs: practical - she has had to give up work to care for him; financial - PIP and benefits advice; emotional.
d|death_injury_driving||Advocate {f} {sur} for {m} ({age}), who has a learning disability. {m} was hit by a van on the zebra crossing on {street}, {town} on {date} - broken pelvis and head injury. Driver arrested for causing serious injury by careless driving while over the drink drive limit. {m} doesnt understand the court letters, needs easy-read info and a familiar worker.
b|death_injury_driving||Wife of the deceased. {m} ({age}) was killed on {date} cycling home when a lorry driver who was on his phone hit him from behind. Driver charged with causing death by dangerous driving. Needs: emotional, help writing the VPS, press keep ringing the house.
a|death_injury_driving||Crime type: Unknown. Offence wording: CAUSE DEATH BY DRIVING WHEN UNLICENSED/UNINSURED. MO: FRONT SEAT PASSENGER OF OTHER VEH {f} {sur} ({old}) DECEASED FOLLOWING RTC {town} {date}. REFERRAL FOR HUSBAND. OIC DC {m} {sur2}.
c|death_injury_driving||Secretary of {club}, {f} {sur}: two adult volunteer coaches were seriously injured when a car mounted the pavement outside the clubhouse on {date}. Driver charged with causing serious injury by dangerous driving. Club asking for support for members who witnessed it, some of the juniors saw everything.
# ---- violence_with_injury
a|violence_with_injury|domestic_abuse|AUTO REF / CRIME TYPE: OTHER CRIME. MO: SUSP HAS PUNCHED IP TO FACE DURING ARGUMENT AT HOME ADDR CAUSING SWOLLEN EYE AND CUT LIP. IP AND SUSP IN RELATIONSHIP 3 YRS, LIVE TOGETHER. DASH: MED. REF {ref}
b|violence_with_injury|domestic_abuse|{f} says her ex {m} turned up on {date} to drop the kids back, got angry about maintenance and shoved her into the door frame - bruised shoulder and a cut to her forehead, went to A&E. They split a year ago. Needs: safety - wants locks changed, asked about a non-mol; emotional - IDVA referral accepted; practical - childcare while she goes to court.
a|violence_with_injury|domestic_abuse|ABH S47. IP {f} {sur} ({age}) ASSAULTED BY HER SON ({ya}) AT FAMILY HOME {date}, SUSTAINED BROKEN WRIST WHEN PUSHED DOWN STAIRS. SON HAS MH ISSUES AND DRUG USE. IP RELUCTANT TO SUPPORT PROSECUTION.
d|violence_with_injury|domestic_abuse|Social worker {f} {sur} calling for {m} ({old}) who has dementia. His daughter, who lives with him and is his main carer, has been hitting him - bruising to both arms and a black eye noticed at day centre on {date}. Daughter arrested and bailed away from the address. Needs: safe care package, advocate, respite.
d|violence_with_injury||Referral re {f} ({old}), care home resident in {town}. An agency care worker (not family) was seen slapping her and she has a fractured finger from her hand being bent back on {date}. Worker suspended, police investigating. Son {m} is her voice and wants regular updates.
b|violence_with_injury|hate_crime|{m} ({age}) was attacked walking home from the mosque on {date} in {town}. Two men shouted anti-Muslim abuse, pulled off his cap and punched him, nose broken. Needs: emotional - anxious going out; health - waiting on ENT appt; practical - would like someone to walk with to Friday prayers for a while.
a|violence_with_injury|knife_sharp_instrument|S18 GBH WITH INTENT. IP {m} {sur} ({ya}) STABBED IN L THIGH OUTSIDE {shop} {street} {date} {time} BY UNK MALE AFTER DISPUTE OVER A VAPE. IP IN HOSP, STABLE. SUSP OUTSTANDING.
b|violence_with_injury||Student at {town} uni, {m} ({ya}), punched and kicked while on the floor in a nightclub on {date} - fractured cheekbone. Doesnt know the lads who did it. Police have CCTV. Needs: emotional - panic attacks; practical - letter for extenuating circumstances, missed two exams.
c|violence_with_injury||Manager {f} {sur} at {cafe}, {town}: a customer threw a hot coffee at a barista ({ya}) on {date} after being told the card machine was down - burns to her neck and arm, treated at minor injuries. Business wants support for the staff member and advice on banning him.
b|violence_with_injury|domestic_abuse|Caller {f} ({age}). Her girlfriend {f2} bit her arm during a row on {date}, teeth marks and broken skin, she had a tetanus jab. Not the first time but first time reported. Needs: safety planning, LGBT+ specialist DA service, housing as the tenancy is in {f2}'s name.
a|violence_with_injury|domestic_abuse;knife_sharp_instrument|WOUNDING. SUSP (EX HUSBAND OF IP) ATT IP ADDR {date} AND SLASHED IP'S HAND WITH A KITCHEN KNIFE WHEN SHE TRIED TO SHUT THE DOOR. IP {f} {sur} TREATED AT {town} GEN. SUSP REMANDED. MARAC REF MADE.
b|violence_with_injury||{m} ({age}), taxi driver, punched by a passenger who wouldnt pay on {date}: cracked tooth and split lip. Passenger ran off without paying the £{amt} fare. V doesnt think it was racial, no comments were made. Needs: dental costs, loss of earnings, emotional.
d|violence_with_injury|hate_crime|Mum {f} ringing for her son {m} ({ya}) who has autism and a learning disability. Lads on the estate have called him names about his disability for months and on {date} they pushed him off his bike and kicked him, cracked ribs. Police have it as disability hate crime. He wont go out now. Needs: emotional support in a way he understands, safety, possibly rehousing.
b|violence_with_injury|domestic_abuse|{f} ({ya}), student. Her boyfriend {m} strangled her during an argument at his flat on {date}, she nearly passed out, bruising to neck and sore throat. He was arrested and is RUI. Worried about seeing him on campus. Needs: safety - uni to look at his timetable; emotional; health - GP re throat.
a|violence_with_injury||ASSAULT OCCASIONING ABH. IP {m} {sur} ({age}) DOOR SUPERVISOR AT {bar} HEADBUTTED BY PATRON WHEN REFUSED ENTRY {date} {time}, BROKEN NOSE. SUSP ARRESTED AT SCENE. NOT DA.
b|violence_with_injury|domestic_abuse|{f} ({age}) says her brother {m}, who lives with their mum, hit her with a walking stick at mum's house on {date} after a row about the will - gash on her head and bruised forearms. Needs: she wants to know mum is safe, emotional support, help with her statement.
b|violence_with_injury||{f} ({age}) bitten on the arm by a neighbour during a row about parking on {date}, skin broken, on antibiotics. Not a domestic - neighbour only, no relationship. Needs: wants to move, mediation, worried about comeback.
a|violence_with_injury|hate_crime|RACIALLY AGGRAVATED ABH. IP {m} {sur} ({age}) DELIVERY RIDER PUNCHED REPEATEDLY BY 2 MALES WHO USED RACIAL SLURS, {street} {town} {date} {time}. FRACTURED JAW. NO PROPERTY TAKEN.
c|violence_with_injury||Head teacher, {school}: teaching assistant {f} {sur} was punched in the face by a parent at the gate on {date} during an argument about a detention - bruising and a chipped tooth. Parent arrested. School requests support for the TA and advice on a site ban letter.
d|violence_with_injury|domestic_abuse|{f} ({old}) uses a wheelchair and her husband {m} is her carer. At day centre she told staff he twisted her arm and pushed her so hard she fell from the chair on {date} - grazes and a bruised hip. Advocate present on the call. She doesnt want him arrested, wants respite and a break.
a|violence_with_injury|knife_sharp_instrument|WOUNDING S20. IP {m} {sur} CUT TO FOREARM WITH STANLEY BLADE DURING FIGHT AT BUILDING SITE {street} {date}. SUSP IS CO-WORKER. NOT DOMESTIC. STATEMENT TBC.
b|violence_with_injury||{m} ({ya}) got jumped by a group after the match in {town} on {date}, kicked in the head - concussion and a broken finger. Thinks it was because of his team shirt. Needs: health follow up, emotional support, info about CICA.
b|violence_with_injury|domestic_abuse|{f} phoned re incident {date}. {m}, father of her son, pushed her into a wall at handover in the McDonalds car park in {town}, she hit her head and had a CT scan. He has also been sending abusive texts. Needs: safety - contact centre for handovers; emotional; legal aid advice.
a|violence_with_injury|domestic_abuse|CRIME TYPE: BLANK. MO: IP STATES HER DAUGHTER ({ya}) THREW A MUG AT HER HEAD CAUSING LAC REQUIRING GLUE. ONGOING ISSUES W DAUGHTER'S ALCOHOL USE. IP {f} {sur} DOB N/K.
b|violence_with_injury||{f} ({ya}) got caught between two groups fighting in a bar on {date} and was hit with a chair - not aimed at her. Cut to scalp, 4 staples. Needs: emotional - keeps replaying it; health - headaches, GP appt booked.
d|violence_with_injury||Support worker {f} {sur} for {m} ({age}), who is blind. A drunk man tripped several people in the queue at the bus station on {date}, {m} fell and broke his wrist. {m} says it wasnt aimed at him because of his sight, the man was doing it to everyone. Needs: practical - shoping help while in a cast.
b|violence_with_injury|domestic_abuse|Caller {m} ({age}). His wife {f} has been hitting him for years, on {date} she scratched his face and hit him with the TV remote, cut near his eye. He is embarrassed, wants male-specific support. Needs: emotional, safety - staying at his brother's for now.
a|violence_with_injury|domestic_abuse;hate_crime|ABH. IP {m} {sur} ({ya}) ASSAULTED BY HIS FATHER AT FAMILY HOME {date} AFTER COMING OUT AS GAY. FATHER USED HOMOPHOBIC LANGUAGE AND PUNCHED IP, BLEEDING NOSE AND BRUISED EYE. IP NOW STAYING WITH FRIEND.
b|violence_with_injury|knife_sharp_instrument|{m} ({ya}) was slashed across the back with a knife during a fight at a house party in {town} on {date}. Says he didnt see who had the knife. 10 stitches. Scared to give a statement. Needs: emotional, health - wound check, safety.
c|violence_with_injury||{charity} food bank coordinator {f} {sur}: one of their volunteers ({old}) was pushed over by a man angry he couldnt have a second parcel on {date} and fractured her hip. Charity wants support for the volunteer and for staff who saw it.
a|violence_with_injury||ASSAULT ON EMERGENCY WORKER. IP PARAMEDIC {f} {sur} KICKED IN STOMACH BY INTOXICATED PATIENT {date} {time}, BRUISING TO ABDOMEN, SEEN BY OCC HEALTH.
b|violence_with_injury|domestic_abuse|Caller {f} ({age}). Her sister {f2}, who she lives with, hit her with a saucepan on {date} during a row over rent money - swollen bruised cheekbone. Sister drinks heavily. Needs: practical - wants to find her own place; emotional.
d|violence_with_injury||{m} ({old}) was pushed over in the {shop} car park by a driver who had been tailgating him on {date}, road rage. Broke his hip. Nothing taken. Daughter {f} helping on the call. Needs: mobility aids, care at home while he recovers, emotional.
a|violence_with_injury||GBH S20. IP {m} {sur} ({ya}) STRUCK WITH BASEBALL BAT OUTSIDE {bar} {town} {date}. FRACTURED SKULL. SUSPS X3 N/K. IP UNABLE TO GIVE ACCOUNT, NOK CONTACT TBC. TEL: N/K.
b|violence_with_injury|domestic_abuse|Took a while for {f} to say what happened. Her ex, {m}, who she left last year, came to her work on {date}, grabbed her by the hair and dragged her across the car park - grazes to knees and hands. Police attended. Needs: safety - work to change her shifts; emotional; IDVA.
c|violence_with_injury|hate_crime|Trustee of {charity} (LGBT+ youth group): two adult volunteers were attacked leaving the centre on {date} by men shouting homophobic abuse, one has a broken arm. Group wants support for the volunteers and safety advice for the building.
b|violence_with_injury||{f} calling about her son ({child}), punched by his dad during contact on {date}, bruised face. She and the dad seperated amicably, no abuse between them ever. Police and social care involved. Needs: emotional for son, advice on contact arrangements.
a|violence_with_injury|domestic_abuse;honour_based_abuse|ABH / HBA. IP ({ya}) BEATEN BY FATHER AND BROTHER AT HOME {date} FOR REFUSING TO END RELATIONSHIP THEY SAY HAS SHAMED THE FAMILY. BRUISING TO ARMS AND BACK. IP {f} {sur} IN EMERGENCY ACCOM.
# ---- violence_without_injury
a|violence_without_injury|domestic_abuse|COMMON ASSAULT. IP {f} {sur} PUSHED BY PARTNER IN KITCHEN AT HOME {date}, NO VISIBLE INJURIES. DASH STANDARD. SUSP NFA, IP DID NOT SUPPORT.
b|violence_without_injury|domestic_abuse;knife_sharp_instrument|{f} says her husband {m} held a kitchen knife to her throat on {date} and said he would kill her if she left. No injury but she believed he would do it. Kids were upstairs. He is on bail. Needs: safety - wants to stay put with target hardening; emotional; support for the children.
a|violence_without_injury||THREATS TO KILL. SUSP (NEIGHBOUR) SHOUTED OVER FENCE THAT HE WOULD KILL IP AND BURN HIS HOUSE DOWN {date}. IP {m} {sur} ({old}) VERY SCARED. NOT DOMESTIC, NO RELATIONSHIP.
b|violence_without_injury||{m} ({age}), bus driver, spat at by a passenger on {date} after asking him to pay. No injury. Needs: worried about infection, wants info on blood tests; emotional - not slept since.
a|violence_without_injury||ASSAULT ON EMERGENCY WORKER. PC {m} {sur} PUSHED IN CHEST BY DETAINED MALE DURING ARREST ON {street} {date}. NO INJURY. VICTIM REFERRAL AUTO-GENERATED.
b|violence_without_injury|modern_slavery|{m} ({age}) came to the UK for a job at a hand car wash in {town}. Boss took his ID, made him work 12 hour days for no pay, sleep in a container, and threatened his family back home. He got away on {date}. NRM referral made. Needs: safe accomodation, Romanian interpreter, health check, immigration advice.
d|violence_without_injury|modern_slavery|Advocate {f} {sur} speaking for {m} ({age}), who has a learning disability. He was found living in a shed on a farm near {town} where he had worked for years without pay, the farmer's family held his bank card. Police investigating forced labour, no injuries. Needs: housing, benefits sorted, advocacy throughout.
c|violence_without_injury|modern_slavery|Manager of {charity} night shelter: a guest ({ya}) has disclosed he was brought to the UK by a gang and made to work on building sites to pay off a debt, threatened with violence if he refused. No current injuries. Police informed {date}, NRM done. Charity asking what support he can get.
b|violence_without_injury|domestic_abuse|{f} ({ya}) still lives with her mum. On {date} her mum slapped her across the face during a row, no marks. Police attended. She wants to move out. Needs: housing advice, emotional.
a|violence_without_injury||CHILD CRUELTY / NEGLECT. REFERRAL FOR NON-OFFENDING PARENT {f} {sur} RE CHILD ({child}) LEFT UNSUPERVISED FOR 3 DAYS BY FATHER DURING CONTACT. FATHER INTERVIEWED {date}. NO CONCERNS RECORDED BETWEEN PARENTS.
b|violence_without_injury||{f} ({age}) - her son ({child}) was grabbed by a man in {park} on {date} and pulled towards a car, he wriggled free. Attempted child abduction. Needs: emotional for both, school liaison, she wants to know if the man is known.
b|violence_without_injury|domestic_abuse|Caller {m} ({old}) says his son {m2} ({age}) threatened to kill him on {date} when he refused to give him money - said he would finish him. No weapon, no injury. Son has also been taking money from his pension for months. Needs: safeguarding, financial advice, emotional.
a|violence_without_injury|hate_crime|RACIALLY AGGRAVATED COMMON ASSAULT. IP {f} {sur} SPAT AT ON BUS AND TOLD TO GO BACK TO HER OWN COUNTRY {date} {time}. NO INJURY. SUSP F 40S.
b|violence_without_injury|knife_sharp_instrument|{m} ({ya}) threatened by a man holding a knife who said he would cut him, during a row over a parking space outside his flat on {date}. Nothing taken, no injury. He believed he would use it. Needs: safety, emotional, wants to know if he can get a panic alarm.
b|violence_without_injury|domestic_abuse|{f} got texts from her ex {m} on {date} saying he will stab her and finish the job when he sees her. He wasnt there and no knife was seen, it is just the texts. She is terrified. Police logged threats to kill. Needs: safety - panic alarm, emotional.
d|violence_without_injury||Nephew {m} calling for {f} ({old}), who has macular degeneration. Her neighbour grabbed her arm and shook her during a row over bins on {date}, no injury. Neighbour is not family. Needs: reassurance, befriending service.
a|violence_without_injury|domestic_abuse;honour_based_abuse|COMMON ASSAULT / HBA CONCERNS. IP {f} {sur} ({ya}) SLAPPED BY HER BROTHER {date} FOR SHAMING THE FAMILY BY SEEING A BOYFRIEND. NO INJURY. FAMILY ARRANGING MARRIAGE ABROAD AGAINST HER WISHES. FMU INFORMED.
b|violence_without_injury||Student {f} ({ya}) - a drunk man grabbed her coat and shoved her into a hedge outside the SU on {date} after she wouldnt give him a cigarette. No injury. Needs: emotional, wants to know if the uni can do anything.
b|violence_without_injury|modern_slavery|{f} calling about her son {m} ({teen}), who has been going missing and was found in {town} holding drugs for an older gang. Police say he is a victim of criminal exploitation, NRM referral made. He has been threatened. Needs: emotional, family support, help with college.
a|violence_without_injury||THREATS TO KILL MADE BY PHONE. IP {m} {sur} RECEIVED CALL FROM UNK NUMBER {date} STATING HE WOULD BE SHOT IF HE DIDNT PAY A DEBT. NO DA. NO LINES OF ENQUIRY.
b|violence_without_injury|domestic_abuse|{m} ({ya}) says his dad pinned him against the wall and shouted in his face on {date} over him dropping out of college, no injuries. Still living at home. Needs: housing options, emotional.
c|violence_without_injury||Practice manager at {town} Medical Centre: receptionist {f} {sur} was pushed by a patient on {date} and had a phone thrown at her which missed. No injury. Surgery wants support for her and info on zero-tolerance letters.
a|violence_without_injury||CHILD ABDUCTION. NON-RESIDENT FATHER FAILED TO RETURN CHILD ({child}) AFTER CONTACT AND TOOK CHILD TO {town} WITHOUT CONSENT. CHILD LOCATED SAFE {date}. REFERRAL FOR MOTHER {f} {sur}. NO DA HISTORY BETWEEN PARENTS.
b|violence_without_injury|hate_crime|{f} ({age}), who wears a hijab, had it pulled from behind in {shop} on {date} by a woman who called her a terrorist. No injury. Very upset. Needs: emotional, wants to know how the hate crime process works.
b|violence_without_injury||{f} ({age}) was pushed by her landlord during an argument about repairs on {date}, no injury. She says he is just the landlord, there is no relationship. Needs: housing advice, worried about being evicted.
d|violence_without_injury|domestic_abuse|{f} ({old}) lives with her grandson {m} ({ya}) who has been shouting at her and on {date} shoved her back into her chair. No injury. Her daughter {f2} rang on her behalf. Gran is hard of hearing, use text relay.
b|violence_without_injury|modern_slavery|{f} ({age}) worked in a nail bar in {town} for two years. Owner kept her passport and wages, she slept on the floor of the shop and wasnt allowed out alone. No physical injuries. Found during a police visit {date}. Needs: Vietnamese interpreter, safe house via NRM, health, immigration advice.
a|violence_without_injury||BATTERY. IP {f} {sur} ({ya}) HAD DRINK THROWN OVER HER IN {bar} {date}. NO INJURY. SUSP ID'D ON CCTV.
b|violence_without_injury|domestic_abuse;honour_based_abuse|{f} ({ya}) says her father and two uncles have threatened to kill her if she doesnt go through with the marriage they have arranged abroad, saying she has dishonoured them by refusing. Staying with a friend since {date}. FMPO being looked at. Needs: safe accommodation, emotional, legal advice.
b|violence_without_injury||{m} ({age}) was refereeing a kids match on {date} when a parent shoved him in the chest, no injury. Club has banned the parent. Needs: emotional - thinking of giving up refereeing.
b|violence_without_injury|domestic_abuse|{f} ({age}): partner {m} threw her phone at her during an argument on {date}, it missed. He has done things like this before. No injury. Needs: safety planning, emotional, wants to know about Clare's Law.
a|violence_without_injury||COMMON ASSAULT. IP {m} {sur} ({age}) PUSHED BY CUSTOMER AT {garage} {date} {time}. NO INJURY. V STATES NOT RACIALLY MOTIVATED, NO COMMENTS MADE.
# ---- stalking_harassment
b|stalking_harassment|domestic_abuse;online|{f} ({age}). Her ex {m} messages her up to 50 times a day on WhatsApp and Instagram since they split, and has turned up at her work twice, last on {date}. Police treating as stalking. Needs: safety - asked about a stalking protection order; emotional; practical - changing her number.
a|stalking_harassment|domestic_abuse|CONTROLLING AND COERCIVE BEHAVIOUR S76. IP {f} {sur}. SUSP (HUSBAND) CONTROLS FINANCES, MONITORS WHO SHE SEES, TAKES HER PHONE AND STOPS HER SEEING FAMILY. OVER 4 YRS. DASH HIGH. MARAC {date}.
b|stalking_harassment|online|{f} ({ya}), student. A man she has never met keeps making new Instagram accounts to send her abusive comments, she has blocked over 20. Started around {date}. Police say harrassment. Needs: emotional, online safty advice.
b|stalking_harassment||{f} ({age}) is being followed by a former colleague - waits outside her house, sits behind her on the bus, leaves flowers on her car. Never been in a relationship with him. Reported {date}. Needs: safety - doorbell camera, personal alarm; emotional.
a|stalking_harassment|domestic_abuse|HARASSMENT. SUSP IS IP'S EX GIRLFRIEND, REPEATEDLY PHONING AND TEXTING IP {m} {sur} AND ATTENDING HIS WORKPLACE. PIN PREVIOUSLY ISSUED, CONTINUED {date}.
b|stalking_harassment|domestic_abuse;online|{f} ({age}): her son {m} ({ya}) has been posting about her on Facebook, calling her a liar and a bad mother and sharing her address, since she asked him to move out on {date}. Needs: emotional, help getting posts taken down.
c|stalking_harassment|online|Owner of {cafe}, {f} {sur}: a former customer has posted dozens of fake one-star reviews and sent abusive emails to the business and staff since {date}, naming her personally. Police recording harassment. Needs: advice, support for staff.
b|stalking_harassment|hate_crime|{m} ({age}) and his husband have had notes pushed through the door calling them homophobic names, three times since {date}. Needs: safety, emotional, would like a patrol past the house.
a|stalking_harassment||MALICIOUS COMMS. IP {f} {sur} RECEIVING ABUSIVE TEXT MESSAGES FROM UNK NUMBER SINCE {date}. NO THREATS TO KILL. NOT DA, IP HAS NO EX PARTNER.
b|stalking_harassment|domestic_abuse|{f} ({age}). Partner {m} checks her bank statements, takes her car keys, tells her what to wear and kicks off if she sees her sister. No violence. Reported {date}, DASH medium. Needs: IDVA, safety planning, financial - separate bank account.
d|stalking_harassment|domestic_abuse|Advocate for {f} ({age}), who has MS. Her husband, who is also her carer, controls all the money and hides her mobility aids when she doesnt do as she is told. She wants to leave. Police recording controlling behaviour {date}. Needs: accessible refuge, new care package.
b|stalking_harassment|online|{m} ({ya}) says a group from his old school set up a fake TikTok account using his photos to mock him and have been sending him abusive DMs since {date}. Needs: emotional - low mood; help getting the account removed.
a|stalking_harassment|domestic_abuse|STALKING S2A. SUSP (EX HUSBAND) SEEN OUTSIDE IP'S ADDR ON 6 OCCASIONS SINCE {date}, FOLLOWED HER TO SUPERMARKET. IP {f} {sur}. SUSP ARRESTED, BAILED NOT TO CONTACT.
b|stalking_harassment||{f} ({old}) keeps getting silent phone calls day and night for weeks, no idea who. Reported {date}. Needs: call blocker, reassurance, someone to check in on her.
b|stalking_harassment|domestic_abuse;online|{m} ({ya}): his ex boyfriend {m2} keeps messaging him on Instagram and WhatsApp calling him worthless and saying he will turn up at his flat, since {m} ended it on {date}. Needs: emotional, LGBT+ DA service.
a|stalking_harassment|domestic_abuse|HARASSMENT. IP'S ADULT DAUGHTER REPEATEDLY ATTENDING ADDR DEMANDING MONEY, BANGING ON DOOR AND SHOUTING ABUSE. IP {f} {sur} ({old}). NO ASSAULT. LATEST {date}.
b|stalking_harassment||{f} ({age}), nurse: a patient's relative has been phoning the ward and her personal mobile and turned up at her home once on {date}. Not known to her outside work. Needs: safety, support from her employer.
c|stalking_harassment|online|Deputy head of {school}: staff member {m} {sur} targeted by a parent who has posted his photo on a local Facebook group with false claims and emailed the school 40+ times since {date}. Police: harassment. Needs: support for staff, advice.
b|stalking_harassment|domestic_abuse|{f}'s ex, the father of her twins, keeps driving past her house, sends messages through the kids and turned up at her gym on {date}. They seperated two years ago. Police recording stalking. Needs: safety, emotional.
b|stalking_harassment|hate_crime;online|{f} ({age}), a trans woman, has been recieving transphobic abuse on X and Facebook from someone on her street since {date}, who also posted her old name. Needs: emotional, safety, help reporting to the platforms.
a|stalking_harassment|domestic_abuse;online|MALICIOUS COMMS. SUSP (IP'S EX PARTNER) SENDING ABUSIVE EMAILS AND FB MESSAGES TO IP AND HER NEW PARTNER. IP {f} {sur}. DATE: {date}. DASH STANDARD.
b|stalking_harassment|domestic_abuse|{m} ({age}) says his brother has been harassing him with daily phone calls and voicemails over their late dad's will since {date}, calling him a thief and saying he will make his life hell. Needs: emotional, advice on an injunction.
d|stalking_harassment||Son calling for {f} ({old}): a man from her church keeps turning up uninvited at her sheltered flat and phoning many times a day, since she refused to lend him money. Not a relative. Needs: warden informed, call blocker.
a|stalking_harassment|domestic_abuse|CCB. IP ({ya}) AND SUSP IN RELATIONSHIP 18 MONTHS, NOT COHABITING. SUSP CHECKS IP'S PHONE, ISOLATES HER FROM FRIENDS, THREATENS SUICIDE IF SHE LEAVES. IP {f} {sur}. REPORTED {date}.
b|stalking_harassment||{f} ({age}) is being harassed by her neighbour's ex-boyfriend, who thinks she is hiding the neighbour - he bangs on her door and shouts through the letterbox. {f} has never had any relationship with him, not a domestic for her. Last time {date}. Needs: safety, door viewer.
b|stalking_harassment|domestic_abuse|{m} ({age}): his ex-wife keeps making false reports about him to social services and sending texts to his new partner since the divorce. Latest {date}. Needs: emotional, advice.
c|stalking_harassment|online|CEO of {charity}, {f} {sur}: an ex-volunteer has been posting abusive posts about the charity and named staff on Facebook and sending abusive emails since {date}. Staff feel unsafe coming in. Needs: advice, staff support.
a|stalking_harassment||HARASSMENT (NON DA). IP {m} {sur} HARASSED BY FORMER BUSINESS PARTNER, REPEATED VISITS TO HOME AND LETTERS. IP DENIES ANY RELATIONSHIP BEYOND BUSINESS. {date}.
b|stalking_harassment|domestic_abuse;online|{f} ({ya}), uni student. Her ex-boyfriend is using her Snapchat location to turn up wherever she is, since they broke up on {date}. Needs: safety - help with phone settings; emotional; uni wellbeing.
b|stalking_harassment|domestic_abuse|{f} ({age}). Her partner {m} wont let her work, gives her £{amt} a week for food and makes her account for every penny, checks the mileage on the car. Reported {date}. Needs: IDVA, financial advice, safety.
b|stalking_harassment|online|{m} ({age}), a local councillor, has received hundreds of abusive emails and social media messages since a planning decision on {date}. Needs: safety advice, emotional.
d|stalking_harassment|hate_crime|Support worker {f} {sur} calling for {m} ({age}), who has cerebral palsy. A group repeatedly follow him to the shop mocking the way he walks and calling him names about his disability, since {date}. Police recording disability hate harassment. Needs: safety, confidence building.
a|stalking_harassment|domestic_abuse|STALKING. SUSP ({age}) IS EX CIVIL PARTNER OF IP {m} {sur}. SENDING UNWANTED GIFTS, WAITING OUTSIDE IP'S GYM. LATEST {date}.
b|stalking_harassment|domestic_abuse;honour_based_abuse|{f} ({ya}): her brothers follow her to work, check who she talks to and call her at all hours since she started seeing a man of a different faith, saying she is shaming the family. Reported {date}. Needs: safety, emotional, specialist HBA service.
b|stalking_harassment|domestic_abuse|{f} ({age}) says her husband {m} tracks where she goes with a GPS tracker he hid on her car and questions her about every trip. Found it on {date}. Needs: safety, IDVA, emotional.
b|stalking_harassment|domestic_abuse|{m} ({age}) says his wife {f} controls everything - his wages go to her, he needs permission to see his mates, she threatens to tell people he hits her if he leaves. Reported {date}. Needs: emotional, male DA support service.
# ---- sexual_offences
b|sexual_offences|domestic_abuse|{f} ({age}) disclosed her husband {m} has raped her several times over the last year, most recently on {date}, when she said no. Hasnt reported to police yet but wants to think about it. Needs: ISVA, info on SARC, safety.
a|sexual_offences||SEXUAL ASSAULT. IP {f} {sur} ({ya}) TOUCHED ON BOTTOM OVER CLOTHING BY UNK MALE ON TRAIN {date} {time}. SUSP N/K.
b|sexual_offences|online;child_sexual_abuse_exploitation|{f} calling about her daughter ({child}), who was groomed on Snapchat by a man claiming to be 16. He got her to send indecent images and arranged to meet her. Police involved since {date}. Needs: emotional for daughter and mum, specialist CSA support.
a|sexual_offences|child_sexual_abuse_exploitation|NON RECENT CSA. IP {f} {sur} ({age}) DISCLOSES SHE WAS SEXUALLY ABUSED BY A FAMILY FRIEND FROM AGE 8 TO 12. SUSP STILL LIVING IN {town}. IP REQUESTING ISVA. DOB NOT RECORDED. REPORTED {date}.
b|sexual_offences|child_sexual_abuse_exploitation|{m} ({age}) has decided to report that his uncle sexually abused him when he was 9 to 11. First time he has told anyone. Police statement booked for {date}. Needs: counselling, ISVA, support telling his wife.
b|sexual_offences||{f} ({ya}), student, was raped by a man she met that night at a house party on {date}, doesnt know his surname. Went to the SARC, forensic results TBC. Needs: ISVA, uni support, STI follow up, emotional.
b|sexual_offences|online|{f} ({ya}): a man from her gym got her number and sent her unsolicited pictures of his genitals on WhatsApp on {date}. Police recording as cyberflashing. Needs: emotional, she wants to change gyms.
a|sexual_offences||EXPOSURE. MALE EXPOSED HIMSELF TO IP {f} {sur} ({age}) WHILE SHE WALKED HER DOG IN {park} {date} {time}. SUSP DESC: WM 50S, DARK JACKET.
b|sexual_offences|domestic_abuse|{m} ({age}): his ex-girlfriend sexually assaulted him while he was asleep after a night out on {date}. They were together 2 years. Hasnt told anyone else. Needs: male ISVA, emotional.
c|sexual_offences||Welfare officer at {club}: an adult female player was sexually assaulted by a coach in the changing room on {date}. Coach suspended. Club asking for support for the player and advice on safeguarding.
b|sexual_offences|modern_slavery|{f} ({ya}) was brought to the UK on a promise of restaurant work and instead forced into prostitution in flats around {town}, passport taken. Escaped {date} and is now in a safe house via NRM. Needs: interpreter, ISVA, health.
d|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|Social worker {f2} {sur} calling for {f} ({teen}), who is in care. She was being taken by older men to hotels in {town} to be sexually exploited. Police have identified her as a trafficking victim, NRM done {date}. Needs: specialist CSE support, safe placement.
a|sexual_offences|child_sexual_abuse_exploitation|SEXUAL ACTIVITY WITH A CHILD. IP ({child}) FEMALE. SUSP M ({ya}) MET VIA FRIENDS. REFERRAL FOR IP'S MOTHER {f} {sur}. {date}.
b|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|{f} ({teen}) - her boyfriend {m} ({ya}) had been pressuring her for sex and on {date} forced her when she said no. Told her college counsellor. Needs: ISVA, emotional, safety at college.
d|sexual_offences||Support worker {f2} {sur} calling for {f} ({age}), who has a learning disability. She was sexually assaulted by a taxi driver on the way to day centre on {date}. Needs: ISVA with LD experience, easy read info, counselling.
b|sexual_offences||{f} ({age}) was groped at work by a colleague on {date}. She mentioned her sister was abused as a child years ago and this has brought things back for her, but that is not what she is reporting. Needs: emotional, HR advice.
a|sexual_offences|online;child_sexual_abuse_exploitation|CSE - ONLINE. IP M ({child}) MANIPULATED VIA INSTAGRAM INTO SENDING SEXUAL IMAGES BY UNK SUSP POSING AS A GIRL, THEN DEMANDED £{amt}. REFERRAL FOR PARENT {f} {sur}. {date}.
d|sexual_offences|domestic_abuse|Daughter {f2} calling for {f} ({old}), who told her district nurse that her husband forces her into sexual activity she doesnt want. Early dementia, nurse has concerns about capacity. Disclosed {date}. Needs: ISVA, safeguarding, respite.
# ---- robbery
a|robbery|knife_sharp_instrument|ROBBERY - PERSONAL. IP {m} {sur} ({ya}) APPROACHED BY 2 MALES {street} {time} {date}, ONE PRODUCED A KNIFE AND DEMANDED PHONE AND AIRPODS. PROPERTY HANDED OVER. NO INJ.
c|robbery|knife_sharp_instrument|Area manager for {shop}: store on {street}, {town} robbed on {date} at {time}. A man threatened staff with a knife and took £{amt} from the till. Two staff very shaken. Needs: staff support, trauma counselling.
b|robbery||{f} ({old}) had her handbag yanked off her shoulder on {date}; she held on and was pulled to the ground, grazed knees. Bag had £{amt} and her bank cards. Daughter on the line. Needs: new cards, confidence going out.
b|robbery|knife_sharp_instrument|{m} ({ya}) was stopped by a lad who said he had a blade and kept his hand in his pocket. {m} believed him and handed over his phone and £{amt} cash on {date}. He never actually saw a knife. Needs: emotional, safety on the way home from work.
a|robbery||ROBBERY. IP {m} {sur} ({ya}) PUSHED OFF PEDAL CYCLE BY 3 YOUTHS {street} {date} AND CYCLE TAKEN. MINOR GRAZES.
b|robbery|domestic_abuse|{f} ({age}) says her ex {m} grabbed her wrist and twisted it till she let go of her purse and phone on {date}, then took the £{amt} she had just drawn out. Bruised wrist. Needs: safety, emotional, new phone.
c|robbery||Manager of {garage}: two men in balaclavas threatened staff with a hammer and took cigarettes and cash on {date} at {time}. Nobody hurt. Needs: support for staff, advice on security.
b|robbery||{m} ({ya}), delivery rider, was knocked off his moped by two men on {date} and they rode off on it. Police recording robbery. Needs: loss of income, emotional. Moped reg not recorded.
a|robbery|hate_crime|ROBBERY. IP {m} {sur} ({age}), SIKH MALE, TURBAN KNOCKED OFF AND WALLET TAKEN BY SUSP WHO MADE ANTI-SIKH REMARKS {date}. HATE CRIME FLAGGED.
d|robbery||Daughter {f} calling for {m} ({old}): a man followed him home from the bank on {date}, pushed him against his front door and took his wallet with £{amt} in it. Needs: reassurance, bank liaison.
b|robbery||{m} ({ya}) and his mate were surrounded by a group on {date} who said give us your phones or we will batter you. They handed them over. No weapon seen. Needs: emotional.
a|robbery|knife_sharp_instrument|ROBBERY OF BUSINESS PROPERTY. {shop} {street} {date} {time}. SUSP ENTERED WITH LARGE KNIFE, DEMANDED STAFF OPEN TILL. £{amt} TAKEN. STAFF MEMBER {f} {sur} IS VICTIM.
b|robbery||{f} ({ya}) had her phone grabbed on {date} and was dragged along the pavement when she wouldnt let go. Cuts to her hands. Needs: emotional, phone replacement.
c|robbery||{charity} charity shop: volunteer {f} {sur} ({old}) was pushed aside by a man who took the cash tin on {date}. Knocked into the shelves but not hurt. Needs: support for volunteer.
# ---- burglary
a|burglary||BURGLARY DWELLING. ENTRY VIA REAR PATIO DOOR FORCED {date} BETWEEN {time} AND {time2}. JEWELLERY AND LAPTOP TAKEN. IP {f} {sur} AWAY AT WORK. CSI ATTENDED.
b|burglary||{m} ({age}) came home on {date} to find his back door smashed and his TV, PS5 and £{amt} cash gone, kids rooms trashed. Needs: practical - emergency glazing, insurance letter; emotional - kids scared to sleep.
d|burglary||{f} ({old}) lives alone. A man saying he was from the water board came in to check the pipes on {date} while another went upstairs and took her savings tin with £{amt} and her rings. Son {m} calling. Needs: door chain, nominated neighbour scheme, emotional.
c|burglary||{cafe} owner {f} {sur}: broken into overnight {date}, till and coffee machine taken, back door damaged. Lost two days trading. Needs: insurance advice, crime prevention visit.
a|burglary||BURGLARY - SHED. LOCK FORCED ON GARDEN SHED AT {street} {date}, POWER TOOLS TAKEN EST £{amt}. IP {m} {sur}.
a|burglary|domestic_abuse|BURGLARY. SUSP IS IP'S EX PARTNER, ENTERED IP'S FLAT WITHOUT PERMISSION USING OLD KEY {date} AND TOOK HER PASSPORT AND LAPTOP. IP {f} {sur}. DASH MED.
b|burglary||Student house in {town}: {f} ({ya}) and four housemates burgled on {date} while out, laptops, a Switch and £{amt} cash taken. Needs: exam extensions, emotional.
c|burglary||Business manager at {school}: the school was broken into over the weekend of {date}, IT room entered, 15 laptops taken, windows smashed. No one hurt. Needs: advice, support for staff.
b|burglary||{m} ({age}): while he was asleep on {date} someone got in through the back door, took the car keys from the kitchen and drove his car off the drive. Needs: insurance, transport for work, emotional.
d|burglary||{m} ({old}), partially sighted, woke on {date} to find someone had been in the house through an insecure window and taken his wallet and his late wife's jewellery. Granddaughter {f} helping. Needs: window locks, emotional - jewellery was sentimental.
a|burglary||ATT BURGLARY DWELLING. MARKS ON FRONT DOOR LOCK, NO ENTRY GAINED, {street} {town} {date}. IP {f} {sur} ({old}) ANXIOUS.
b|burglary|domestic_abuse|{f} ({age}) says her brother {m} broke into her house on {date} while she was at work, climbed in the kitchen window and took her bank card and £{amt} from her purse. He has done it before to fund drugs. Needs: safety, emotional, locks.
c|burglary||Treasurer of {club}: burglars entered the clubhouse through a window on {date} and took the mower and a collection tin with about £{amt}. Needs: crime prevention advice.
b|burglary|hate_crime|{m} ({age}): home burgled {date}, burglars sprayed racist graffiti on the living room wall and took his laptop. Police recording as racially aggravated. Needs: emotional, cleaning, wants to move.
a|burglary||BURGLARY NON-DWELLING. DETACHED GARAGE AT REAR OF {street} ENTERED {date}, 2 PEDAL CYCLES AND A LAWNMOWER STOLEN. IP {m} {sur}.
b|burglary||{f} ({age}) came back from holiday on {date} to find she had been burgled - every drawer emptied, jewellery, passports and her late mum's watch gone. Needs: emotional - feels violated; practical - passports, locksmith.
a|burglary||Crime type: Unknown. MO: ENTRY GAINED VIA INSECURE REAR DOOR, HANDBAG TAKEN FROM KITCHEN WHILE IP {f} {sur} IN GARDEN {date}.
d|burglary||Daughter {f2} says a man got into her mum {f}'s ({old}) house through the unlocked front door on {date} and took cash from a drawer. Mum has dementia and is confused about it. Needs: key safe, door sensor, emotional.
c|burglary||Director of {biz}: yard office broken into {date}, safe cut open and £{bigamt} taken. Staff arrived to find it. Needs: advice, staff support.
b|burglary||{m} ({ya}): his halls room was entered while he was in the shower on {date}, door was unlocked, laptop and wallet taken. Needs: laptop for coursework, emotional.
a|burglary||BURGLARY DWELLING. ENTRY FORCED, HOUSE SEARCHED, NOTHING APPARENTLY TAKEN. IP {m} {sur} TO CONFIRM. {date}.
b|burglary||{f} ({age}): her garden shed was broken into on {date} and her partner's fishing gear worth £{amt} taken. Third time this year. Needs: shed alarm, advice.
c|burglary||Practice manager, {town} Dental Practice: premises broken into {date}, petty cash taken and a fridge damaged. Needs: staff support, advice.
a|burglary||BURGLARY DWELLING {date} {time}. SUSPS ENTERED VIA FRONT DOOR (LOCK SNAPPED), TOOK KEYS, THEN TOOK IP'S AUDI FROM DRIVEWAY. IP {m} {sur}.
d|burglary||Advocate for {m} ({age}), who has a learning disability: people he thought were friends let themselves into his flat on {date} with a key they had copied while he was out and took his TV and games console. Needs: lock change, support to understand what happened.
# ---- vehicle_offences
a|vehicle_offences||THEFT FROM MV. CATALYTIC CONVERTER REMOVED FROM IP'S TOYOTA PRIUS ON DRIVE {street} OVERNIGHT {date}. IP {m} {sur}.
b|vehicle_offences||{f} ({age}): car stolen from outside her house overnight on {date}, keyless theft suspected. She is a carer and needs it for work. Needs: practical - hire car, insurance support.
a|vehicle_offences||THEFT FROM MV. ITEMS TAKEN FROM INSECURE VEHICLE OVERNIGHT {date}: SAT NAV, SUNGLASSES, £{amt} CASH. IP {m} {sur}.
b|vehicle_offences|domestic_abuse|{f} ({age}): her ex-husband took her car without consent on {date} using the spare key he kept, and hasnt returned it. Car is in her name. Police did a DASH, standard risk. Needs: safety, emotional.
c|vehicle_offences||Fleet manager {m} {sur} at {biz}: tools stolen from three vans at the depot overnight {date}, about £{bigamt} of kit. Needs: advice, support for the drivers who cant work.
a|vehicle_offences||THEFT OF MV. MOTORCYCLE (HONDA CBR) TAKEN FROM OUTSIDE IP'S ADDR {date}. IP {m} {sur} ({ya}).
d|vehicle_offences||Son calling for {m} ({old}), blue badge holder: his mobility car was stolen from the supermarket car park on {date} with his wheelchair in the boot. Needs: urgent transport, contact with Motability.
a|vehicle_offences||INTERFERING WITH MV. 2 YOUTHS SEEN TRYING DOOR HANDLES ON {street} {date} {time}, IP'S CAR DOOR OPENED, NOTHING TAKEN. IP {f} {sur}.
b|vehicle_offences||{f} ({ya}): both number plates stolen off her car on {date}. Worried they will be used on another car. Needs: advice, new plates.
d|vehicle_offences||Advocate for {m} ({age}), who is autistic: a man he knows took his car without permission on {date} and it was found abandoned in {town} three days later. Needs: support with police contact, emotional.
a|vehicle_offences||AGG VEHICLE TAKING. IP'S BMW TAKEN FROM DRIVE {date}, LATER INVOLVED IN RTC IN {town}, SUSP DECAMPED. NO INJURIES. IP {m} {sur}.
b|vehicle_offences||{f} ({age}) says her catalytic converter was sawn off on {date}, second time in a year. Cant afford the excess and needs the car for the school run. Needs: financial, advice.
a|vehicle_offences|domestic_abuse|TWOC. IP'S SON ({ya}) TOOK IP'S CAR WITHOUT CONSENT WHILE IP ASLEEP {date}. IP {f} {sur} STATES SON IS VERBALLY ABUSIVE AND INTIMIDATING AT HOME. WANTS SUPPORT NOT PROSECUTION.
c|vehicle_offences||{charity} coordinator {f} {sur}: the charity minibus used to take older members to lunch club was stolen from the car park on {date}. Needs: alternative transport, advice.
b|vehicle_offences||{m} ({age}), plumber: tools taken from his van outside a customer's house on {date}, about £{bigamt} worth. He cant work. Needs: financial - hardship fund; emotional.
a|vehicle_offences||THEFT OF MV - KEYLESS. RANGE ROVER TAKEN FROM DRIVEWAY {date} {time}, CCTV SHOWS 2 MALES WITH RELAY DEVICE. IP {m} {sur}.
b|vehicle_offences||{f} ({ya}), student: her moped was stolen from outside halls on {date}, she uses it for her delivery job. Needs: financial, transport.
a|vehicle_offences||ATT THEFT OF MV. SUSPS DISTURBED BY IP {m} {sur} WHILE TRYING TO START HIS VEH WITH A DEVICE {date} {time}, MADE OFF ON FOOT.
d|vehicle_offences||{f} ({old}): her blue badge and purse were taken from her car while parked at the hospital on {date}. She had left it unlocked as she struggles with the fob. Needs: new badge, reassurance.
b|vehicle_offences||{m} ({ya}): a mate who had his spare keys took his car without asking on {date} and crashed it. Not sure he wants police involved. Needs: advice, insurance.
c|vehicle_offences||Sales manager at {biz}: two cars stolen from the forecourt overnight on {date} using a relay device. Needs: advice for staff, security review.
a|vehicle_offences||THEFT FROM MV. ALL 4 WHEELS REMOVED FROM IP'S VW GOLF, CAR LEFT ON BRICKS. {date}. IP {f} {sur}.
b|vehicle_offences||{m} ({age}) left his van running outside a shop on {date} and it was driven off. Says it was his own fault but he needs help, his livelihood is in it. Needs: financial, emotional.
# ---- theft_from_person
a|theft_from_person||THEFT FROM PERSON. IP'S PHONE TAKEN FROM BACK POCKET AT {town} MARKET {date}. IP DID NOT FEEL IT. IP {f} {sur}.
d|theft_from_person||{f} ({old}) had her purse taken out of her handbag on the bus on {date}, didnt notice till she got to the till. Cards cancelled. Daughter calling. Needs: bus pass replacement, reassurance.
b|theft_from_person||{m} ({ya}) had his phone snatched out of his hand by a lad on an e-bike on {date}. No force, no injury. Needs: phone replacement, wants to know if it can be tracked.
c|theft_from_person||Trip leader from {school}: a teacher, {f} {sur}, had her phone pickpocketed on the Underground during a school trip on {date}. School asking for support for her.
a|theft_from_person||PICKPOCKET. IP {m} {sur} ({old}) WALLET TAKEN FROM JACKET POCKET IN CROWD AT {town} FOOTBALL GROUND {date}. CARDS THEN USED CONTACTLESS FOR £{amt}.
b|theft_from_person||{f} ({age}), who is deaf: her bag was unzipped and her purse taken while she was at the cash machine on {date}. Use email or text only. Needs: new cards, reassurance.
b|theft_from_person||{f} ({ya}) had her phone lifted from her coat pocket in a club on {date}. Needs: phone replacement, emotional.
a|theft_from_person||SNATCH THEFT - NO FORCE. IP {f} {sur} TALKING ON PHONE WHEN SUSP ON PEDAL CYCLE SNATCHED IT FROM HER HAND, {street} {date}. NO INJ.
d|theft_from_person||Agency carer calling for {m} ({old}), who is blind: someone took his wallet from his coat pocket while pretending to help him cross the road on {date}. Needs: reassurance, cards cancelled.
b|theft_from_person||{m} ({age}) had his wallet lifted from his bag on a crowded train on {date}, lost £{amt} cash and his driving licence. Needs: practical.
b|theft_from_person|domestic_abuse|{f} ({age}): her partner {m} snatched her phone out of her hand when she went to ring her mum during a row on {date} and kept it. He does this to stop her calling anyone. Needs: IDVA, new phone, safety.
# ---- bicycle_theft
a|bicycle_theft||THEFT OF PEDAL CYCLE. IP'S BIKE (CARRERA) TAKEN FROM CYCLE RACK OUTSIDE {shop} {date}. IP {m} {sur}.
b|bicycle_theft||{f} ({ya}), student: bike stolen from outside the library on {date}, second this year, cant afford another and needs it to get to placement. Needs: practical and financial help.
b|bicycle_theft||Mum {f} calling: her son's ({child}) bike was stolen from the racks at school on {date}. He is gutted, saved up for it. Needs: advice.
c|bicycle_theft||Youth worker at {club}: three bikes belonging to the club were taken from the open yard on {date}. Used for the cycling scheme. Needs: advice, replacement funding.
a|bicycle_theft||CRIME TYPE: OTHER. MO: ROAD BIKE TAKEN FROM FRONT GARDEN WHERE LEFT AGAINST FENCE {street} {date}. IP {m} {sur}. VAL £{amt}.
d|bicycle_theft||Support worker calling for {m} ({age}), who has a learning disability: his adapted tricycle was stolen from outside his supported living on {date}. It is how he gets about. Needs: replacement, reassurance.
b|bicycle_theft||{f} ({age}), commuter: bike stolen from the station racks on {date}. Needs: advice, wants to know about bike marking.
a|bicycle_theft||THEFT OF CYCLE. CHILD'S BMX TAKEN FROM FRONT GARDEN {street} {date}. IP (PARENT) {f} {sur}.
# ---- shoplifting
c|shoplifting||Store manager {f} {sur}, {shop} {town}: repeat shoplifting by the same group of adults, £{amt} of meat and razors taken on {date}. Staff feel intimidated. Needs: staff support, advice on reporting.
a|shoplifting||THEFT FROM SHOP. SUSP SELECTED ALCOHOL VAL £{amt} AND LEFT WITHOUT PAYING, {shop} {street} {date} {time}. NO VIOLENCE. NO THREATS.
c|shoplifting||Manager of the {charity} charity shop: a woman took a designer handbag from the display on {date} and walked out. Volunteers upset. Needs: advice.
c|shoplifting||Owner of {biz}: books and gifts stolen from the shop floor repeatedly through January, caught on CCTV {date}. Needs: advice, reassurance.
a|shoplifting||SHOP THEFT - {shop} - COSMETICS £{amt} - SUSP KNOWN TO STAFF - {date}.
c|shoplifting||{biz} pharmacy: a man stole perfume and baby formula from the shelves on {date}, staff member {f} ({ya}) very upset. No threats made. Needs: staff support.
b|shoplifting||{f} ({ya}) works at {shop} and deals with shoplifters daily; on {date} a man filled a bag with steak and walked out past her. She is exhausted and anxious at work. Needs: emotional, employer support.
a|shoplifting||THEFT FROM SHOP - SELF SERVICE TILL - ITEMS NOT SCANNED, £{amt}. {shop} {date}.
c|shoplifting||Garden centre manager {m} {sur}, {biz}: plants and tools taken from the shop floor on {date}. Third time this month. Needs: advice.
c|shoplifting||{shop} area manager: a member of staff chased a shoplifter who had taken £{amt} of coffee on {date}, no one hurt. Needs: staff support, advice on not giving chase.
b|shoplifting||{m} ({age}) runs {biz}, a corner shop: the same teenagers keep stealing sweets and energy drinks, CCTV from {date}. He is fed up. Needs: advice, crime prevention.
a|shoplifting||SHOPLIFTING. SUSP CONCEALED 6 BOTTLES OF SPIRITS IN BAG, DETAINED BY SECURITY {shop} {date}. SECURITY OFFICER {m} {sur} REFERRAL.
# ---- other_theft
d|other_theft|domestic_abuse|Daughter calling for {f} ({old}): her son {m}, who lives with her, has been taking money from her purse and her bank card for months, about £{bigamt} gone. Gets aggressive when she asks. Needs: safeguarding, bank liaison, emotional.
c|other_theft||Owner of {biz}: an employee stole £{bigamt} from the tills over six months. Police investigating theft by employee. Owner shocked, staff morale low. Needs: advice, staff support.
a|other_theft||MAKING OFF WITHOUT PAYMENT. FUEL £{amt} {garage} {date} {time}. VEH REG N/K.
b|other_theft||{f} ({age}): parcels keep being taken from her doorstep, on {date} a £{amt} parcel went, doorbell camera shows a man. Needs: advice, reassurance.
a|other_theft||THEFT OF MAIL. IP {m} {sur} (DOB N/K) BANK CARDS NOT ARRIVING, ROYAL MAIL INVESTIGATING, POSTAL WORKER SUSPECTED. {date}.
c|other_theft|online|Director of {biz}: got an email on {date} from someone claiming they had hacked the company customer list, demanding £{bigamt} in Bitcoin or it would be published online. Needs: advice, staff reassurance.
b|other_theft||{f} ({age}): handbag taken from the back of her chair in a pub on {date}. Needs: new cards, keys, locks changed.
d|other_theft||Care home resident {f} ({old}): rings and £{amt} missing from her room, staff member suspected. Son {m} calling. Needs: updates, reassurance for mum.
d|other_theft|domestic_abuse|Social worker calling for {m} ({old}), who has Parkinson's. His granddaughter {f} ({ya}), who does his shopping, keeps his change and takes cash from his wallet, about £{amt} a week. He is scared to upset her because she shouts at him. Needs: safeguarding, money management.
a|other_theft||THEFT - GARDEN. 2 HANGING BASKETS AND A BIRD BATH TAKEN FROM FRONT GARDEN {street} {date}. IP {f} {sur} ({old}).
c|other_theft||{club} secretary: kit bag and £{amt} in match subs taken from the dugout during a match on {date}. Needs: advice.
b|other_theft||{m} ({age}): someone took his ladders and cement mixer from his front drive overnight on {date}. Needs: he is self-employed, advice on hardship.
b|other_theft|domestic_abuse|{f} ({age}): her ex-partner took her dog, her laptop and her jewellery when he moved out on {date} and wont give them back, says she has to come and see him to get them. They lived together 5 years. Needs: safety, emotional.
a|other_theft||THEFT. IP {f} {sur} REPORTS PRIVATELY EMPLOYED CLEANER TOOK JEWELLERY FROM BEDROOM {date}. CLEANER HAD A KEY.
b|other_theft||Student {f} ({ya}): laptop taken from her library desk while she went to the loo on {date}, essays on it. Needs: extensions, laptop loan.
a|other_theft||MAKING OFF W/O PAYMENT. TAXI FARE £{amt}. PASSENGER RAN OFF ON ARRIVAL {street} {date} {time}. DRIVER {m} {sur}. NO ASSAULT.
c|other_theft||Business manager at {school}: lead flashing stolen from the roof of the sports hall on {date}. Needs: advice.
b|other_theft||{f} ({age}) received a letter saying the sender would tell her husband about an affair unless she paid £{bigamt}. No idea who sent it. Reported {date}. Needs: emotional, advice.
a|other_theft||THEFT OF MAIL - PARCEL. COURIER CONFIRMED DELIVERY {date}, PARCEL (£{amt}) NOT RECEIVED, NEIGHBOUR SEEN TAKING IT ON DOORBELL CAM. IP {m} {sur}.
b|other_theft||{f} ({age}): her lodger moved out on {date} and took her TV, a watch and £{amt} cash. He was just a lodger, no relationship. Needs: advice.
c|other_theft||{town} allotment society: tools and plants taken from the plots again on {date}. Members, mostly older, feel targeted. Needs: advice.
d|other_theft||Advocate for {m} ({age}), learning disability: a man he calls a friend walks him to the cash machine every payday and takes most of his money, about £{bigamt} over a year. Needs: money management, safety.
b|other_theft||{f} ({age}): her wedding ring went missing after a builder was working in her house on {date}. Needs: emotional - it was her late mum's.
a|other_theft||THEFT OF HEATING OIL. 800L TAKEN FROM TANK AT REAR OF IP'S COTTAGE, {town}. IP {m} {sur} ({old}). {date}.
b|other_theft|domestic_abuse|{m} ({age}): his adult daughter {f} pawned his late wife's jewellery without asking and has been taking money from his wallet, calls him useless when he challenges her. Reported {date}. Needs: emotional, advice.
b|other_theft||{m} ({old}): cash taken from his coat hanging in the church hall on {date}. Needs: reassurance.
c|other_theft||Hotel manager, {biz}: a guest left on {date} without paying a bill of £{bigamt}. Reception staff upset. Needs: advice.
c|other_theft||Site manager at {biz}: copper cable taken from the site compound on {date}. Needs: advice.
b|other_theft||{f} ({age}) had her purse taken from her trolley while she reached for something in {shop} on {date}. Needs: new cards, reassurance.
a|other_theft|domestic_abuse;honour_based_abuse|THEFT. IP {f} {sur} ({ya}) STATES HER MOTHER HAS TAKEN HER PASSPORT, BIRTH CERT AND WAGES TO STOP HER MOVING IN WITH HER BOYFRIEND, SAYING SHE WILL SHAME THE FAMILY. {date}.
# ---- criminal_damage_arson
a|criminal_damage_arson|domestic_abuse|CRIM DAMAGE DWELLING. SUSP (IP'S EX) KICKED IN FRONT DOOR PANEL AND SMASHED FRONT WINDOW {date} {time} AFTER IP REFUSED HIM ENTRY. IP {f} {sur}. DASH STD.
b|criminal_damage_arson||{m} ({age}): car keyed down both sides on {date} outside his house, £{amt} quote. Third time. Suspects a neighbour but no evidence. Needs: CCTV advice, mediation.
a|criminal_damage_arson||ARSON - WHEELIE BIN SET ALIGHT AGAINST FENCE AT {street} {date} {time}. FENCE DAMAGED. IP {f} {sur} ({old}). NO INJ.
b|criminal_damage_arson|domestic_abuse|{f} ({age}): partner {m} smashed her phone and put his fist through the bedroom door during a row on {date}. He didnt touch her. Needs: safety planning, emotional.
c|criminal_damage_arson|hate_crime|Chair of trustees at {town} Islamic Centre: windows smashed and anti-Muslim graffiti sprayed on the building on {date}. Congregation scared. Needs: support sessions, security advice.
a|criminal_damage_arson|hate_crime|RACIALLY AGGRAVATED CRIM DAMAGE. RACIST GRAFFITI DAUBED ON IP'S GARAGE DOOR {street} {date}. IP {m} {sur}.
b|criminal_damage_arson||{f} ({ya}), student: someone smashed both wing mirrors on her car outside halls on {date}. Needs: repair costs, advice.
c|criminal_damage_arson||Groundsman at {club}: youths set fire to the scorebox on {date}. Needs: advice, volunteers upset.
d|criminal_damage_arson|hate_crime|{f} ({age}) uses a wheelchair; her access ramp has been smashed twice and on {date} someone wrote a disability slur on her door. Sister calling. Needs: safety, repair, emotional.
b|criminal_damage_arson|domestic_abuse|{m} ({age}): his ex-girlfriend {f} poured paint over his car and smashed the windscreen on {date}, after he ended things. Needs: emotional, advice.
a|criminal_damage_arson||CD TO MV. WINDSCREEN SMASHED WITH BRICK {street} {date}, NOTHING TAKEN. IP {f} {sur}.
c|criminal_damage_arson||Site manager at {school}: windows broken by stones thrown over the weekend of {date}. Needs: advice.
b|criminal_damage_arson|domestic_abuse|{f} ({old}): her son {m} trashed her kitchen on {date}, broke plates and pulled the cupboard doors off because she wouldnt give him money. No violence to her. Needs: safeguarding, emotional.
a|criminal_damage_arson||ARSON. CAR SET ALIGHT ON DRIVE {street} {date} {time}. FIRE SERVICE ATTENDED. IP {m} {sur}. NO PERSONS AT RISK.
b|criminal_damage_arson||{f} ({age}): neighbour poured weedkiller over her lawn and killed her plants on {date}. Neighbour only, no other issues. Needs: mediation.
a|criminal_damage_arson|domestic_abuse|ARSON WITH INTENT. IP'S EX PARTNER SUSPECTED OF SETTING FIRE TO IP'S FRONT DOOR {date}. IP {f} {sur} AND 2 CHILDREN ASLEEP, ESCAPED UNHURT. MARAC REF.
b|criminal_damage_arson|hate_crime|{m} ({age}): his Pride flag was ripped down and burned in his front garden on {date} and a homophobic word sprayed on the fence. Needs: emotional, safety.
d|criminal_damage_arson||Daughter calling for {m} ({old}): kids throwing eggs at his windows every night, one window cracked on {date}. Needs: reassurance, repair.
a|criminal_damage_arson||CD TO COMMUNITY GARDEN - RAISED BEDS KICKED IN, PLANTS UPROOTED {date}. IP: {charity} (CHARITY). CONTACT {f} {sur}.
b|criminal_damage_arson|domestic_abuse|{f} ({ya}): her brother smashed her laptop and tore up her uni work on {date} in a rage. They both live at their parents'. Needs: extensions, emotional.
b|criminal_damage_arson||{f} ({age}): front window put through on {date}. She thinks it is a group of lads on the estate. Police asked about an ex, there isnt one, not DA. Needs: repair, reassurance.
a|criminal_damage_arson||CRIM DAMAGE. GRAFFITI TAG ON SHOP SHUTTER, {biz} {street} {date}. NO HATE ELEMENT.
c|criminal_damage_arson||Secretary of {club}: pitch dug up by vandals on {date}, £{bigamt} to repair. Members devastated. Needs: advice.
b|criminal_damage_arson|domestic_abuse|{m} ({age}): his husband {m2} smashed his guitars and threw his clothes out of the window on {date} after an argument. Needs: emotional, safety.
a|criminal_damage_arson||CD TO DWELLING. FRONT DOOR GLASS PANEL SMASHED BY UNK SUSP {date} {time}. IP {f} {sur} ({old}) LIVES ALONE.
b|criminal_damage_arson||{m} ({ya}), student: someone set fire to the bins outside his shared house on {date} and it spread to the front door. Needs: emotional, landlord liaison.
c|criminal_damage_arson|hate_crime|Security officer at {town} synagogue: a swastika scratched into the main door on {date}. Needs: support for congregation.
b|criminal_damage_arson|domestic_abuse|{f} ({age}): her ex-husband dented her car with a hammer on {date}, the day after their court hearing. Needs: safety, emotional.
d|criminal_damage_arson||Support worker for {m} ({age}), who has mental health problems: someone keeps damaging his door and letterbox, latest {date}. He doesnt know why. Needs: repairs, reassurance.
b|criminal_damage_arson|domestic_abuse;hate_crime;honour_based_abuse|{f} ({ya}): her uncles smashed the windows of her flat on {date} after she came out as gay, shouting that she had dishonoured the family. Needs: safety, emergency housing, LGBT+ and HBA support.
b|criminal_damage_arson|domestic_abuse|{m} ({old}): his grandson smashed his TV and kicked holes in the walls on {date} when refused money. Needs: safeguarding, emotional.
# ---- drug_offences
b|drug_offences||{f} ({age}) reports drug dealing from the flat below - constant visitors, smell of cannabis, deals done in the stairwell. No threats to her. Police aware since {date}. Needs: housing, reassurance.
a|drug_offences||POSSESSION WITH INTENT TO SUPPLY. CANNABIS FACTORY FOUND IN ADJOINING PROPERTY {street} {date}. IP (NEIGHBOUR) {m} {sur} CONCERNED RE FIRE RISK.
c|drug_offences||Head of {school}: caretaker found a bag police confirmed was cocaine in the grounds, and a man has been seen dealing by the gates after school, descripton N/K, latest {date}. Needs: advice, staff reassurance.
d|drug_offences||Scheme manager at {street} sheltered housing: a resident's visitor has been dealing drugs from a flat and the older residents are scared to use the lounge. Police raid {date}. Needs: reassurance for residents.
b|drug_offences||{m} ({ya}), student: his housemate is dealing ketamine from the house and he is worried he will be dragged into it. Police executed a warrant on {date}. Needs: housing, emotional.
a|drug_offences||CRIME TYPE: OTHER CRIME. DRUGS - SUPPLY CLASS A. DEALING FROM VEHICLE OUTSIDE IP'S ADDRESS {street} {town} NIGHTLY. IP {f} {sur} REPORTED {date}. NO THREATS MADE.
# ---- possession_of_weapons
a|possession_of_weapons||POSSESSION OF BLADED ARTICLE. MALE STOPPED AND SEARCHED {street} {date}, LOCK KNIFE FOUND IN WAISTBAND. NOT USED OR SHOWN. REFERRAL FOR IP {f} {sur} WHO REPORTED HIM.
c|possession_of_weapons||Head of {school}: a Year 10 pupil was found with a kitchen knife in his bag on {date}, nobody was threatened. The staff member who found it is upset. Needs: staff support.
b|possession_of_weapons||{f} ({age}) saw a man at the bus stop with a machete in his rucksack, handle sticking out. He didnt threaten anyone but she was frightened. He was arrested on {date}. Needs: reassurance.
a|possession_of_weapons||POSS OF IMITATION FIREARM IN PUBLIC PLACE. YOUTH SEEN WITH BB GUN IN {park} {date}. NO ONE THREATENED. IP {m} {sur} (WITNESS/CALLER).
d|possession_of_weapons||Daughter calling for {m} ({old}): he saw a man arrested outside his flat on {date} for carrying a knuckleduster and a baton. Nothing was aimed at him but he is scared. Needs: reassurance.
b|possession_of_weapons||{m} ({ya}): a bloke in the pub was showing off a knife to his mates on {date}, never pointed it at anyone, police arrested him for possession. {m} is a witness and nervous. Needs: witness support.
c|possession_of_weapons||Manager at {bar}: door staff found a knife on a customer during the search on {date} and handed it to police. Needs: support for door staff.
# ---- public_order
a|public_order|hate_crime|RACIALLY AGGRAVATED S5 POA. SUSP SHOUTED RACIAL ABUSE AT IP {m} {sur} IN {shop} CAR PARK {date}. NO ASSAULT.
b|public_order||{f} ({age}): a man in the post office queue shouted and swore at her and got in her face on {date}, she was alarmed. No contact. Needs: emotional.
b|public_order|hate_crime|{m} ({age}), who is Jewish, had a man shouting antisemitic abuse at him outside the synagogue on {date}. Needs: emotional, safety.
c|public_order||{cafe} owner {f} {sur}: a drunk group were shouting, swearing and banging on the counter on {date}, frightening staff, then left. Nobody hurt, nothing damaged, no threats to anyone. Needs: staff support.
a|public_order|domestic_abuse|S5 POA. IP'S EX PARTNER ATTENDED ADDR, SHOUTING AND SWEARING IN STREET, CAUSING IP {f} {sur} ALARM AND DISTRESS. NO THREATS, NO ASSAULT. DASH STD. {date}.
b|public_order||{m} ({ya}): men outside a takeaway shouted and swore at him and his friends on {date}. No contact, no threats of violence, but he was alarmed. Needs: emotional.
d|public_order|hate_crime|Mum {f} calling for {f2} ({age}), who has Down's syndrome: she was shouted at and called names about her disability on the bus on {date}. Needs: confidence, travel support.
a|public_order||AFFRAY. LARGE FIGHT OUTSIDE {bar} {date}. IP {m} {sur} WITNESSED IT FROM BUS STOP, NOT INVOLVED, NOT INJURED, VERY DISTRESSED.
b|public_order|hate_crime|{f} ({age}), a trans woman: a man followed her down the street on {date} shouting transphobic abuse. Needs: emotional, safety.
c|public_order||{charity} drop-in coordinator: a man was shouting and swearing at volunteers on {date}, causing real alarm. Nobody hurt, no threats. Needs: support for volunteers.
a|public_order|domestic_abuse|PUBLIC ORDER S5. IP'S ADULT SON SHOUTING ABUSE AT IP OUTSIDE HER HOUSE {date}, NEIGHBOURS CALLED POLICE. IP {f} {sur} ({old}).
b|public_order||{m} ({age}) got caught in violent disorder in the town centre on {date}. Not hurt but terrified. Needs: emotional.
b|public_order|hate_crime|{m} ({age}), Polish: a neighbour's visitor shouted at him over the fence on {date} to go back to Poland. Needs: emotional.
a|public_order||S5 POA. IP {f} {sur} (CARE WORKER) SWORN AT AND ABUSED BY RELATIVE OF SERVICE USER {date}. NO THREATS. NO ASSAULT.
b|public_order|honour_based_abuse|{f} ({age}): men from her former community gathered outside her house on {date} shouting that she had brought shame on them by leaving her marriage. No contact. None are related to her. Needs: safety, HBA specialist.
# ---- misc_crimes_against_society
b|misc_crimes_against_society||{f} ({age}): neighbour told her face to face on {date} he would smash her car windows if she parked outside his house again. No threat to her. Needs: reassurance, mediation.
a|misc_crimes_against_society||DANGEROUS DRIVING. VEH DROVE AT SPEED ON WRONG SIDE, FORCING IP {m} {sur} TO SWERVE INTO VERGE {date}. NO COLLISION, NO INJURIES.
a|misc_crimes_against_society|domestic_abuse|BAIL OFFENCE. SUSP (IP'S EX HUSBAND) ATTENDED IP'S ROAD IN BREACH OF DA BAIL CONDITIONS {date}. NO CONTACT MADE. DASH MED. IP {f} {sur}.
b|misc_crimes_against_society||{f} ({age}) witnessed a crash, and the driver's brother has since offered her £{amt} to change her statement. Reported {date}. Needs: witness support, reassurance.
c|misc_crimes_against_society||Head of {school}: a parent has been handing in forged doctor's letters to get absences authorised. Reported {date}. Needs: advice.
b|misc_crimes_against_society||{m} ({age}), cyclist: a driver overtook at 90mph on blind bends on the {town} bypass on {date}, forcing him to brake hard. No collision. Needs: emotional.
a|misc_crimes_against_society||DANGEROUS DRIVING. IP {f} {sur} AND CHILDREN ON PAVEMENT WHEN VEH MOUNTED KERB AT SPEED, MISSING THEM. NO INJ. DRIVER ARRESTED. {date}.
b|misc_crimes_against_society||{f} ({age}): someone forged her signature on a planning objection letter sent to the council on {date}. Needs: advice.
a|misc_crimes_against_society||PERVERTING THE COURSE OF JUSTICE. IP {m} {sur} NAMED AS DRIVER BY ANOTHER MOTORIST TO AVOID PENALTY POINTS {date}. IP WAS NOT DRIVING.
# ---- fraud_computer_misuse
d|fraud_computer_misuse||Son {m} calling for {f} ({old}): a man on the phone claiming to be a police officer said her bank staff were corrupt. She drew out £{bigamt} and handed it to a courier at her door on {date}. Needs: bank liaison, emotional - she is ashamed; call blocker.
b|fraud_computer_misuse|online|{f} ({age}) met a man on Facebook who said he was an engineer on an oil rig. Over 8 months she sent him £{bigamt}. Realised on {date}, definately a scam. Needs: emotional - devastated; financial - bank refund claim.
a|fraud_computer_misuse|online|NFIB {nfib}. ONLINE SHOPPING FRAUD. IP PAID £{amt} BY BANK TRANSFER FOR PUPPY ADVERTISED ON FACEBOOK, NO PUPPY. IP {f} {sur}. {date}.
b|fraud_computer_misuse|online|{m} ({age}) invested £{bigamt} in a crypto platform advertised on Instagram with a celebrity endorsement. Cant withdraw. Reported {date}. Needs: financial, emotional.
a|fraud_computer_misuse||NFIB. BANK IMPERSONATION - PHONE CALL. IP {m} {sur} ({old}) TRANSFERRED £{bigamt} TO SAFE ACCOUNT {date}. NO ONLINE ELEMENT.
b|fraud_computer_misuse|online|{f} ({ya}), student: paid a £{amt} deposit for a room advertised on SpareRoom, the flat does not exist. {date}. Needs: emergency accomodation, financial.
c|fraud_computer_misuse|online|Finance manager at {biz}: an email from a supplier was intercepted and the bank details changed, £{bigamt} paid to the fraudster on {date}. Needs: advice.
d|fraud_computer_misuse|domestic_abuse|Social worker calling for {m} ({old}): his son, who lives with him, took out loans in his name and ran up £{bigamt} on credit cards opened with his details. Reported {date}. Needs: financial advice, safeguarding.
b|fraud_computer_misuse||{f} ({old}): men knocked saying her roof needed urgent repair and charged £{bigamt} for work that was never done, {date}. Needs: trading standards contact, emotional.
b|fraud_computer_misuse|online|{m} ({ya}): his Instagram account was hacked on {date}, the hacker locked him out and is posting crypto scams to his followers. Needs: help recovering the account.
b|fraud_computer_misuse|online|{f} ({age}): clicked a link in a text about a missed parcel and entered her card details on the website, £{amt} taken on {date}. Needs: bank liaison.
b|fraud_computer_misuse||{f} ({age}): got a text from HMRC telling her to ring a number about unpaid tax, on the phone she gave her card details and £{amt} was taken on {date}. Needs: bank liaison.
b|fraud_computer_misuse|online|{f} ({old}): WhatsApp from a new number saying it was her daughter with a broken phone, she sent £{amt} on {date}. Needs: emotional, advice.
c|fraud_computer_misuse|online|Treasurer of {charity}: fraudsters set up a fake fundraising page using the charity's name and logo on {date}. Needs: advice.
a|fraud_computer_misuse|online|COMPUTER MISUSE. IP'S EMAIL ACCOUNT ACCESSED WITHOUT AUTHORITY, PASSWORD CHANGED. IP {m} {sur}. {date}.
b|fraud_computer_misuse|domestic_abuse;online|{f} ({age}): her ex-partner has been logging into her online banking since they split and moved £{amt} out on {date}. Needs: bank liaison, emotional, safety.
b|fraud_computer_misuse||{m} ({age}): someone opened a phone contract in a shop using a copy of his driving licence, found out on {date}. Needs: credit file advice.
a|fraud_computer_misuse|online|NFIB. ONLINE MARKETPLACE SELLER FRAUD. IP SOLD PS5 ON EBAY, BUYER FALSELY CLAIMED NON-RECEIPT AND GOT REFUND. IP {m} {sur}. {date}.
b|fraud_computer_misuse||{m} ({old}): persuaded in phone calls to invest £{bigamt} in wine, paperwork by post. Realised {date}. Needs: financial, emotional.
d|fraud_computer_misuse|online|Agency carer calling for {f} ({old}), who has dementia: she has been giving card details to a tech support person through a pop-up on her laptop, remote access software installed, {date}. Needs: safeguarding, bank liaison.
b|fraud_computer_misuse|online|{m} ({ya}), student: fake job offer on LinkedIn, paid £{amt} for training that never existed. {date}. Needs: financial.
b|fraud_computer_misuse|domestic_abuse|{f} ({age}): her husband took out a loan in her name by forging her signature. Found out {date} when debt collectors wrote. Needs: financial advice, emotional, safety.
c|fraud_computer_misuse|online|Bursar at {school}: school systems hacked on {date}, pupil data accessed. Needs: advice, staff support.
a|fraud_computer_misuse||FRAUD BY FALSE REP. IP PAID £{bigamt} TO BUILDER WHO NEVER STARTED WORK, NUMBER NOW DEAD. IP {f} {sur}. {date}.
b|fraud_computer_misuse|online|{f} ({ya}): bought concert tickets from someone on Facebook, never arrived. £{amt} lost, {date}. Needs: financial.
b|fraud_computer_misuse|online|{m} ({age}): a woman he met on a dating site got him to send £{bigamt} over four months for medical bills. Realised {date}. Needs: emotional.
a|fraud_computer_misuse|online|NFIB REF {nfib}. ACCOUNT TAKEOVER - AMAZON ACCOUNT ACCESSED, ORDERS PLACED £{amt}. IP {f} {sur}. {date}.
d|fraud_computer_misuse||Advocate for {m} ({age}), who has a learning disability: a man he met at the pub persuaded him to take out a phone contract in his name and hand over the phone. {date}. Needs: advocacy, debt advice.
b|fraud_computer_misuse||{f} ({age}): letter saying she had won a lottery, she sent a £{amt} fee by cheque. {date}. Needs: advice.
c|fraud_computer_misuse|online|Owner of {cafe}: staff member {f} {sur} received an email on {date} pretending to be from the owner asking for gift cards, bought £{amt} worth. Needs: advice, staff support.
a|fraud_computer_misuse|online|INVESTMENT FRAUD - CRYPTO. CONTACT VIA WHATSAPP GROUP. LOSS £{bigamt}. IP {m} {sur}. {date}.
b|fraud_computer_misuse|online|{f} ({ya}): someone opened two online bank accounts in her name on {date}. Needs: credit file advice.
d|fraud_computer_misuse|domestic_abuse;online|{f} ({old}), partially sighted: her nephew, who was helping with her banking, has been using her debit card for online gambling, about £{bigamt}. {date}. Needs: safeguarding, bank liaison.
b|fraud_computer_misuse|online|{m} ({age}): paid a deposit for a car on Facebook Marketplace, the seller vanished. £{amt}, {date}. Needs: financial.
a|fraud_computer_misuse||FRAUD - CONTACTLESS. IP'S LOST BANK CARD USED IN 6 SHOPS FOR £{amt}. IP {m} {sur}. {date}.
c|fraud_computer_misuse||Secretary of {club}: a man claiming to be from an energy broker signed the club up to a contract on false promises, {date}. Needs: advice.
b|fraud_computer_misuse|online|{f} ({age}): after an earlier scam, a recovery company on a website promised to get her money back for a fee of £{amt}. {date}. Needs: advice.
b|fraud_computer_misuse||{m} ({old}): a man at the door collecting for a charity that doesnt exist took £{amt}. {date}. Needs: advice.
a|fraud_computer_misuse|online|COMPUTER MISUSE - SIM SWAP. IP'S MOBILE NUMBER PORTED WITHOUT CONSENT, ONLINE BANKING ACCESSED, £{bigamt} LOST. IP {m} {sur}. {date}.
b|fraud_computer_misuse|online|{f} ({ya}): sold her laptop on Vinted and got a fake payment email, sent the laptop. £{amt}, {date}. Needs: advice.
d|fraud_computer_misuse|online|Son calling for {m} ({old}): his Facebook was hacked and messages sent to his friends asking for money, {date}. Needs: account recovery.
b|fraud_computer_misuse|domestic_abuse;online|{f} ({ya}): her boyfriend {m} has been using her PayPal to buy things without asking, about £{amt} since {date}. Gets angry if she mentions it. Needs: advice, emotional.
# ---- anti_social_behaviour
b|anti_social_behaviour||{f} ({age}): neighbours play loud music till 3am most weekends since {date}. Council noise team involved. No threats, nothing damaged. Needs: sleep, mediation.
a|anti_social_behaviour||ASB - YOUTHS CONGREGATING OUTSIDE {shop} {street}, NOISE AND LITTER. NO OFFENCES DISCLOSED. IP {m} {sur} (SHOPKEEPER). {date}.
d|anti_social_behaviour||Daughter {f} calling for {m} ({old}): kids knocking on his door and running off several times a week, latest {date}. No damage, nobody has threatened him. Needs: reassurance, doorbell camera.
b|anti_social_behaviour||{f} ({age}): neighbour's dog barks constantly day and night, since {date}. She is at breaking point. Needs: mediation.
c|anti_social_behaviour||{club} secretary: groups using the car park at night, revving engines and playing loud music, latest {date}. Needs: advice.
b|anti_social_behaviour||{m} ({ya}), student: house parties next door most nights, rubbish in the garden and noise, since {date}. Needs: mediation.
a|anti_social_behaviour||ASB PERSONAL. NEIGHBOUR DISPUTE RE PARKING AND BINS. NO CRIME DISCLOSED. BOTH PARTIES ADVISED. IP {f} {sur}. {date}.
d|anti_social_behaviour|hate_crime|{m} ({age}), who uses a wheelchair: kids on his road laugh at him and mimic his disability when he goes past. No threats, no damage, police logged it as a non-crime hate incident on {date}. Needs: confidence, reassurance.
b|anti_social_behaviour||{f} ({age}): neighbour's kids kick a football against her wall all evening. Nothing damaged. {date}. Needs: mediation.
c|anti_social_behaviour||Site manager at {school}: youths gathering on the school field at night drinking, latest {date}. No damage. Needs: advice.
b|anti_social_behaviour||{m} ({age}): upstairs neighbour stomping and slamming doors late at night for months, latest {date}. Needs: mediation.
a|anti_social_behaviour||ASB - PEOPLE DRINKING IN DOORWAY OF {biz}, LITTER. NO THREATS. NO OFFENCES. {date}. CALLER {f} {sur}.
c|anti_social_behaviour||{charity} day centre: youths hanging around the entrance swearing loudly among themselves on {date}, making clients uncomfortable. Not aimed at anyone. Needs: advice.
b|anti_social_behaviour||{m} ({old}): neighbour's bonfires most weekends, smoke in his house, since {date}. Needs: mediation.
a|anti_social_behaviour||ASB - YOUTHS ON E-SCOOTERS RIDING ON PAVEMENT {street} {date}, NEAR MISSES WITH PEDESTRIANS. NO ONE HIT. IP {f} {sur}.
b|anti_social_behaviour||{f} ({ya}): drunk students singing in the street most nights since {date}. Needs: mediation.
a|anti_social_behaviour||ASB. GROUP OF ADULTS DRINKING IN PLAY PARK {park}, NOISE, NO OFFENCES IDENTIFIED. CALLER {f} {sur}. {date}.
b|anti_social_behaviour||{f} ({age}): teenagers sit on her wall every evening. Nothing has been damaged but she worries one day they will smash her windows. {date}. Needs: reassurance.
c|anti_social_behaviour||Landlord of {bar}: skateboarders using the car park late at night, noise, {date}. Needs: advice.
b|anti_social_behaviour||{m} ({age}): cars revving and music from the car park behind his flat at night since {date}. Needs: mediation.
# ---- other_crime
a|other_crime||CRIME TYPE: OTHER CRIME. MO: NOT RECORDED. IP {f} {sur} REQUESTS CALLBACK. REF {ref}.
b|other_crime||{f} ({age}): her neighbour is starving his dogs, RSPCA prosecuting under animal welfare law, she is a witness and frightened. {date}. Needs: witness support.
c|other_crime||Farmer {m} {sur}, {biz}: tonnes of waste fly-tipped in his field on {date}, council investigating. Needs: advice.
a|other_crime||CRIME TYPE: UNKNOWN. MO: TBC - OIC TO UPDATE. IP {m} {sur} ({age}). VICTIM CODE CONTACT REQUIRED. REF {ref}.
b|other_crime||{m} ({age}): someone has been poisoning birds of prey on land near his house, police wildlife officer involved since {date}. Needs: emotional.
d|other_crime||Carer calling for {m} ({old}): police told him a crime was recorded after something on {date} but he cant remember what and there is no paperwork. Ref {ref}. Needs: help finding out.
a|other_crime||OFFENCE: OTHER - DETAILS ON NICHE, NOT IN REFERRAL. IP {f} {sur}. CONSENT TO REFERRAL: YES. REF {ref}.
b|other_crime||{m} ({age}): injured at work on {date} when a machine guard was missing, HSE prosecuting his employer. Needs: financial, emotional.
c|other_crime||Secretary of {club}: someone polluted the club's fishing lake on {date}, Environment Agency investigating. Needs: advice.
b|other_crime||{f} ({ya}): says she has been the victim of a crime but doesnt want to say what on the phone, police ref {ref} confirms a crime is recorded. Needs: callback.
b|other_crime||{f} ({age}): reporting a neighbour's horses left without food and water for weeks, RSPCA prosecution. {date}. Needs: witness support.
"""


def parse_templates():
    templates = []
    for line in TEMPLATES.strip().split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            raise ValueError(f"bad template line: {line!r}")
        kind, category, flags, text = parts
        flag_list = flags.split(";") if flags else []
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        for flag in flag_list:
            if flag not in FLAGS:
                raise ValueError(f"unknown flag {flag!r}")
        if flag_list != sorted(flag_list, key=FLAGS.index) or len(flag_list) != len(dict.fromkeys(flag_list)):
            raise ValueError(f"flags out of TAXONOMY.md order or repeated: {flags!r}")
        slots = SLOT_RE.findall(text)
        if not slots:
            raise ValueError(f"template without slots cannot be redrawn: {text!r}")
        for base, _index in slots:
            if base not in GENERATORS:
                raise ValueError(f"unknown slot {base!r} in {text!r}")
        templates.append((kind, category, ";".join(flag_list), text))
    return templates


def fill(text, rng):
    """Fill every slot; a repeated slot keeps its value, different slots of one type differ."""
    upper = not re.search(r"[a-z]", SLOT_RE.sub("", text))
    values = {}
    used = {}

    def replace(match):
        token = match.group(0)
        if token not in values:
            base = match.group(1)
            taken = used.setdefault(base, [])
            for _attempt in range(1000):
                value = GENERATORS[base](rng)
                if value not in taken:
                    break
            else:
                raise RuntimeError(f"cannot draw a distinct value for {token}")
            taken.append(value)
            values[token] = value.upper() if upper else value
        return values[token]

    return SLOT_RE.sub(replace, text)


def build(rng):
    rows = []
    seen = set()
    for kind, category, flags, text in parse_templates():
        for _use in range(USES_PER_TEMPLATE):
            for _attempt in range(1000):
                filled = fill(text, rng)
                if filled not in seen:
                    break
            else:
                raise RuntimeError(f"cannot draw a new text for {text!r}")
            seen.add(filled)
            rows.append((kind, filled, category, flags))
    rng.shuffle(rows)
    return rows


def check(rows):
    texts = [text for _kind, text, _category, _flags in rows]
    if len(texts) != len(dict.fromkeys(texts)):
        raise AssertionError("duplicate texts")
    category_counts = dict.fromkeys(CATEGORIES, 0)
    flag_counts = dict.fromkeys(FLAGS, 0)
    for _kind, text, category, flags in rows:
        words = len(text.split())
        if not 4 <= words <= 150:
            raise AssertionError(f"{words} words: {text!r}")
        if "\n" in text or "\r" in text:
            raise AssertionError(f"newline in text: {text!r}")
        if re.search(r"[{}]", text):
            raise AssertionError(f"unfilled slot: {text!r}")
        if category not in category_counts:
            raise AssertionError(f"unknown category {category!r}")
        category_counts[category] += 1
        flag_list = flags.split(";") if flags else []
        if flag_list != sorted(flag_list, key=FLAGS.index):
            raise AssertionError(f"flags out of order: {flags!r}")
        for flag in flag_list:
            if flag not in flag_counts:
                raise AssertionError(f"unknown flag {flag!r}")
            flag_counts[flag] += 1
    for category, count in category_counts.items():
        if count < 10:
            raise AssertionError(f"category {category} has only {count} notes")
    for flag, count in flag_counts.items():
        if count < 12:
            raise AssertionError(f"flag {flag} has only {count} notes")
    return category_counts, flag_counts


def main():
    rng = random.Random(SEED)
    rows = build(rng)
    category_counts, flag_counts = check(rows)
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (_kind, text, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"{ID_PREFIX}{number:04d}", text, category, flags])
    kind_counts = dict.fromkeys(KINDS, 0)
    for kind, _text, _category, _flags in rows:
        kind_counts[kind] += 1
    words = [len(text.split()) for _kind, text, _category, _flags in rows]
    print(f"wrote {len(rows)} notes to {OUT_PATH}")
    print("kinds:", ", ".join(f"{kind}={count}" for kind, count in kind_counts.items()))
    for category, count in category_counts.items():
        print(f"  {category}: {count}")
    for flag, count in flag_counts.items():
        print(f"  [flag] {flag}: {count}")
    print(f"mean words: {sum(words) / len(words):.1f} (min {min(words)}, max {max(words)})")


if __name__ == "__main__":
    main()
