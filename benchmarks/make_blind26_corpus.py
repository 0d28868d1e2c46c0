"""Build the BLIND26 blind test corpus of synthetic victim-services referral notes.

Writes data/notes_blind26.csv next to this script: 800 rows, columns note_id,text,category,flags.
Notes imitate Victim Support caseworkers' first needs assessments and pasted police crime-report
summaries. Every template below was written by hand and labelled by hand against
/work/shared/TAXONOMY.md; the category and flags belong to the template, never to a slot. Slots only
fill in names, places, dates, times, amounts, reference numbers and ages that cannot change a label.

Template records are separated by a blank line; continuation lines are joined with a single space.
Each record is ``kind|category|flags|text``. ``kind`` is the note form (cw = caseworker needs
assessment, pol = pasted police crime-report summary, mix = caseworker note with pasted police
fields, log = all-caps pasted log line) and ends in ``-hn`` for a domestic-abuse hard negative
(a note that looks like domestic abuse but does not meet TAXONOMY.md's definition).

Standard library only. Output does not depend on the working directory or PYTHONHASHSEED.
"""

import csv
import os
import random

SEED = 260626
N_ROWS = 800
ID_PREFIX = "B26-"
MIN_WORDS = 5
MAX_WORDS = 150

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

# TAXONOMY.md order; output flags are joined with ";" in this order.
FLAGS = (
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
)

KINDS = ("cw", "pol", "mix", "log")

FEMALE_NAMES = (
    "Sarah",
    "Emma",
    "Aisha",
    "Chloe",
    "Kelly",
    "Joanne",
    "Priya",
    "Gemma",
    "Fatima",
    "Lauren",
    "Natalie",
    "Zainab",
    "Hannah",
    "Rebecca",
    "Amy",
    "Shannon",
    "Leanne",
    "Nadia",
    "Agnieszka",
    "Bethan",
    "Claire",
    "Donna",
    "Jade",
    "Katie",
    "Lisa",
    "Megan",
    "Rachel",
    "Samira",
    "Tracey",
    "Yasmin",
    "Olivia",
    "Sophie",
    "Hayley",
    "Nicola",
    "Rhian",
    "Mariam",
    "Stacey",
    "Ewa",
    "Grace",
    "Jasmin",
)
MALE_NAMES = (
    "Dean",
    "Jamal",
    "Liam",
    "Mohammed",
    "Craig",
    "Tomasz",
    "Ryan",
    "Kieran",
    "Imran",
    "Lee",
    "Darren",
    "Gareth",
    "Adam",
    "Callum",
    "Dylan",
    "Hassan",
    "Jason",
    "Kyle",
    "Mark",
    "Nathan",
    "Owen",
    "Paul",
    "Ravi",
    "Scott",
    "Steven",
    "Wayne",
    "Ahmed",
    "Connor",
    "Daniel",
    "Jordan",
    "Marcus",
    "Rhys",
    "Samuel",
    "Tyler",
    "Yusuf",
    "Piotr",
    "Sean",
    "Karl",
    "Bilal",
    "Andrew",
)
SURNAMES = (
    "Smith",
    "Khan",
    "Jones",
    "Williams",
    "Patel",
    "Evans",
    "Taylor",
    "Brown",
    "Hughes",
    "Ahmed",
    "Wilson",
    "Roberts",
    "Kowalski",
    "Walker",
    "Wright",
    "Thompson",
    "Davies",
    "Hussain",
    "Clarke",
    "Morgan",
    "Hall",
    "Green",
    "Lewis",
    "Ali",
    "Price",
    "Nowak",
    "Bennett",
    "Shaw",
    "Riley",
    "Mahmood",
)
TOWNS = (
    "Wrexham",
    "Barnsley",
    "Swindon",
    "Stockport",
    "Rotherham",
    "Newport",
    "Bolton",
    "Luton",
    "Crawley",
    "Ipswich",
    "Wigan",
    "Doncaster",
    "Telford",
    "Swansea",
    "Peterborough",
    "Gloucester",
    "Bridgend",
    "Warrington",
    "Northampton",
    "Burnley",
    "Hastings",
    "Mansfield",
    "Grimsby",
    "Dudley",
    "Walsall",
    "Chelmsford",
    "Carlisle",
    "Llanelli",
    "Blackpool",
    "Lincoln",
)
STREETS = (
    "Station Road",
    "Church Lane",
    "Victoria Street",
    "High Street",
    "Park Road",
    "Mill Lane",
    "Queen Street",
    "Albert Road",
    "Chapel Street",
    "London Road",
    "Canal Street",
    "Market Street",
    "Green Lane",
    "Elm Grove",
    "Bridge Street",
    "Windsor Avenue",
    "Oxford Road",
    "Hill Street",
)
SHOPS = (
    "Co-op",
    "Tesco Express",
    "Spar",
    "Londis",
    "Aldi",
    "Lidl",
    "Iceland",
    "One Stop",
    "Sainsbury's Local",
    "Morrisons Daily",
)
MONTHS = ("January", "February", "March")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(day):
    if 11 <= day <= 13:
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _date(rng):
    day = rng.randint(1, 28)
    month = rng.randint(1, 3)
    style = rng.randint(0, 3)
    if style == 0:
        return f"{day:02d}/{month:02d}/2025"
    if style == 1:
        return f"{day:02d}/{month:02d}/25"
    if style == 2:
        return f"{day}/{month}/2025"
    return f"{_ordinal(day)} {MONTHS[month - 1]}"


def _time(rng):
    hour = rng.randint(0, 23)
    minute = rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55))
    if rng.random() < 0.3:
        return f"{hour:02d}{minute:02d}hrs"
    return f"{hour:02d}:{minute:02d}"


def _money(rng, low, high, step):
    return f"£{rng.randrange(low, high, step):,}"


def _pick_distinct(rng, pool, used):
    while True:
        value = rng.choice(pool)
        if value not in used:
            used.append(value)
            return value


def fill(text, rng):
    """Replace {slot} markers; the same slot name gets the same value within one note."""
    values = {}
    used_names = []
    used_surnames = []
    used_towns = []
    parts = text.split("{")
    out = [parts[0]]
    for part in parts[1:]:
        key, rest = part.split("}", 1)
        if key not in values:
            values[key] = _slot_value(key, rng, used_names, used_surnames, used_towns)
        out.append(values[key])
        out.append(rest)
    return "".join(out)


def _slot_value(key, rng, used_names, used_surnames, used_towns):
    if key in ("f1", "f2", "f3"):
        return _pick_distinct(rng, FEMALE_NAMES, used_names)
    if key in ("m1", "m2", "m3"):
        return _pick_distinct(rng, MALE_NAMES, used_names)
    if key in ("sur", "sur2"):
        return _pick_distinct(rng, SURNAMES, used_surnames)
    if key in ("town", "town2"):
        return _pick_distinct(rng, TOWNS, used_towns)
    if key == "street":
        return rng.choice(STREETS)
    if key == "shop":
        return rng.choice(SHOPS)
    if key == "date":
        return _date(rng)
    if key == "day":
        return rng.choice(WEEKDAYS)
    if key == "time":
        return _time(rng)
    if key == "age":
        return str(rng.randint(21, 58))
    if key == "sage":
        return str(rng.randint(19, 49))
    if key == "gage":
        return str(rng.randint(18, 29))
    if key == "eage":
        return str(rng.randint(71, 92))
    if key == "cage":
        return str(rng.randint(4, 11))
    if key == "tage":
        return str(rng.randint(13, 15))
    if key == "n":
        return str(rng.randint(2, 6))
    if key == "small":
        return _money(rng, 15, 295, 5)
    if key == "amt":
        return _money(rng, 300, 9500, 10)
    if key == "bigamt":
        return _money(rng, 12000, 95000, 500)
    if key == "ref":
        return f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}/25"
    raise KeyError(f"unknown slot {{{key}}}")


TEMPLATES = """
cw|homicide|knife_sharp_instrument|Referral for {f1} {sur}, mum of {m1} ({sage}) who died after being stabbed
outside a takeaway on {street}, {town} on {date}. Two men have been charged with murder and are on remand. Spoke to
{f1} today, she is not sleeping and can't go into his room. Younger son ({cage}) not going to school. Needs: funeral
costs (explained the funeral expenses payment and said I would help with the form), liaison with FLO DC {sur2}, info
on court and the victim personal statement. Agreed weekly calls. Police have already referred to the homicide
service.

pol|homicide|domestic_abuse|Circumstances: {f1} {sur} ({age}) found deceased at the home address on {date}. Her
husband {m1} {sur} arrested at the scene and later charged with murder. Previous DASH high risk, heard at MARAC
twice in the last year. Suspect details: husband, {sage}, in custody. Referral is for the deceased's sister {f2},
who is next of kin and now caring for the couple's two children. Needs: homicide service, bereavement support for
the children, school liaison.

cw-hn|homicide||Spoke to {m2}, whose son {m1} died after a single punch outside a pub in {town}. The man who hit him
was a stranger and has been charged with manslaughter. {m2} is angry it is not murder, I explained the difference as
simply as I could and that he can ask the CPS for a meeting about the charge. He wants to read his VPS at
sentencing. Off work since, SSP about to end, referred to our benefits advisor. His wife is with him and supportive.
GP aware, he does not want counselling yet but may later.

cw|homicide|domestic_abuse;knife_sharp_instrument|Call with {f1}. Her daughter {f2} was killed at her flat in {town}
by her ex-partner, who attacked her with a kitchen knife. {f1} says she had asked police for a Clare's Law
disclosure about him last year and is struggling with guilt. She now has her grandson ({cage}) living with her under
a special guardianship order. Needs: guardianship allowance, CAMHS referral for her grandson, explained the domestic
homicide review and that she can contribute to it. Low mood, agreed she will book a GP appt.

log-hn|homicide||VS REFERRAL - HOMICIDE. DECEASED {m1} {sur} AGED {sage} FOUND IN {town} PARK {date} WITH HEAD
INJURIES. 3 MALES ARRESTED ON SUSPICION OF MURDER, RELEASED ON BAIL. SUSPECTS NOT KNOWN TO FAMILY. NOK IS PARTNER
{f1}, PREFERS EMAIL CONTACT. FLO DC {sur2}.

cw|homicide||{f1} referred by the FLO. Her dad ({eage}) died in a fire at his flat on {street} which police say was
started deliberately through the letterbox; a man from the same block has been charged with murder and arson. {f1}
lives in {town2} and is trying to sort out his affairs but the flat is still sealed. Needs: help with the council
about his tenancy and belongings, funeral, travel costs for court. She mentioned her own car was broken into last
month but she never reported it and doesn't want to now.

mix|homicide||Circumstances: V's brother {m1} died in hospital {n} days after being assaulted by a group at {town}
bus station. Charge now upgraded from s18 GBH to murder ({date}). Suspect details: four males aged 17-19, not known
to the family. CW note: spoke to {f1} (sister), she would like someone with her at the trial at {town2} Crown Court.
Talked through the Witness Service pre-trial visit and travel expenses. Mum does not speak much English - Urdu
interpreter needed for any future calls with her.

cw|homicide|domestic_abuse|{m2} ({age}) was referred after his mum was killed by his stepdad at their home in
{town}. The stepdad has pleaded not guilty to murder. {m2} told me there were years of DV that the family knew about
but his mum never reported it. He is now looking after his younger sister ({cage}) and needs help with child benefit
and a housing transfer. Struggling at work, manager not understanding. Offered the homicide service and a peer
support group.

cw|homicide|hate_crime|Referral for {f1}, widow of {m1} who was killed in {town} on {date}. Witnesses told police
the men shouted racist abuse at him before the attack and police are treating it as a racially motivated murder. She
has three children, the youngest is {cage}. She is scared to stay in the area and wants a move. Needs: housing
letter, emergency funds for food, contact with her faith leader, media liaison as the press have been at the door.

cw-hn|homicide||Spoke with {f1} today. Her husband {m1} died when a trench collapsed on a building site in {town2};
police and HSE have now charged the company with corporate manslaughter and the site manager with gross negligence
manslaughter. She feels nobody listened to his complaints about safety. Needs: explained the trial could be a long
way off, help with the bereavement support payment, signposted to a charity for families bereaved by work. They were
married 31 years.

cw|homicide|domestic_abuse|Difficult call with {f1} ({eage}). Her husband {m1} died after being attacked at home by
their adult son, who has serious mental health problems and is now on remand charged with murder. She is grieving
for her husband and worried sick about her son at the same time. Needs: homicide service, explained she may be a
witness and what special measures are, practical help with bills as {m1} handled all of that. Her daughter is
staying with her.

pol|homicide|knife_sharp_instrument|Offence: murder. Circumstances: {m1} (16) stabbed in the chest near the {street}
playing fields on {date} at approx {time}, pronounced dead at scene. Two youths arrested, one charged. Family: mum
{f1}, dad {m2}, two younger siblings. Needs identified by FLO: bereavement support for the siblings, school liaison,
support at the inquest opening, help with funeral costs.

cw-hn|death_injury_driving||Spoke to {f1} whose husband {m1} was killed by a drink driver on the main road outside
{town} on {date}. The driver has been charged with causing death by careless driving while over the limit. She is on
her own with two teenagers and has not been able to get in a car since. Needs: bereavement benefit, explained the
court process and VPS, referred to a road-death charity, help dealing with the insurers.

pol|death_injury_driving||Circumstances: V ({age}) was on the pedestrian crossing on {street} when struck by a
vehicle driven at excessive speed. Driver stopped at scene. Now charged with causing serious injury by dangerous
driving. Injuries: fractured pelvis and head injury, inpatient at {town} General for {n} weeks. Needs: adaptations
at home, PIP application, support for family.

cw|death_injury_driving||{m1}'s son ({sage}) was knocked off his bike by a lorry driver who was on his phone. His
son has a spinal injury and may not walk again. The driver has been interviewed under caution for causing serious
injury by careless driving. The family are exhausted from travelling to the spinal unit every day. Needs: travel
costs, carers assessment, info on how long a charging decision might take.

cw|death_injury_driving||Parents {f1} and {m1} referred. Their daughter ({sage}) died as a passenger when her friend
lost control of his car while racing another car through {town}. The friend is charged with causing death by
dangerous driving. They say they don't want him to go to prison and this is causing rows in the wider family.
Explained their views can go in a VPS. Mum having panic attacks, GP referral for talking therapy.

log|death_injury_driving||FATAL RTC {date} {time} {street} {town}. PEDESTRIAN AGED {eage} STRUCK BY VAN, DRIVER
FAILED TO STOP. DRIVER LATER ARRESTED AND CHARGED WITH CAUSING DEATH BY DANGEROUS DRIVING. NOK DAUGHTER {f1}. PLS
REFER FOR BEREAVEMENT SUPPORT.

cw|death_injury_driving||{f1} called back. Her grandad was hit and killed on a zebra crossing by a man who was
disqualified from driving and had no insurance. He has been charged with causing death by driving while
disqualified. She is the only family member nearby so she is handling everything. Needs: help with the funeral,
letter for her employer, court updates by text please.

pol|death_injury_driving||Offence: aggravated vehicle taking causing death. Circumstances: Vehicle taken from a
driveway in {town2} overnight, later crashed into a bus shelter on {street}, {town}, killing V ({age}) who was
waiting for a bus. Two males arrested. Referral is for V's partner {m1}. Needs: bereavement support, finances (joint
mortgage), children ({cage} and younger).

mix|death_injury_driving||Injuries: broken femur, facial fractures. Circumstances: motorcyclist {m1} ({sage}) hit by
a car pulling out of a junction without looking; driver charged with causing serious injury by careless driving. CW
note: {m1} still in hospital, worried about his job as a courier and his mortgage. Referred to our money advice
partner and explained the compensation route. Has not been offered a VPS yet - flagged to the OIC.

cw|death_injury_driving||Referral for {f1} whose daughter ({cage}) was seriously hurt when a driver went through a
red light outside her school. Driver charged with causing serious injury by dangerous driving. {f1} has given up her
job to care for her. Needs: carers allowance, school reintegration plan, support for the older brother who saw it
happen.

cw-hn|death_injury_driving||Spoke to {m2} about his partner {f1}'s death. She was killed on the motorway by a driver
who had taken cocaine and is charged with causing death by careless driving when unfit through drugs. {m2} says he
feels numb. Talked about the inquest being opened and adjourned, the CPS victim liaison unit and bereavement
counselling. He also said he's worried about burglary as the house is empty while he stays at his mum's.

cw|violence_with_injury|domestic_abuse|Spoke to V today. {f1} told me her husband {m1} came home drunk on {date},
accused her of seeing someone and pushed her into the wardrobe. {m1} then punched her in the face; she has a cut lip
and a bruised cheek which police photographed. He was arrested and bailed not to contact her. She wants to stay in
the house with the children. Needs: IDVA referral made (DASH high), non-molestation order info, lock change via the
sanctuary scheme, Universal Credit change of circumstances as she'll be claiming on her own.

pol|violence_with_injury|domestic_abuse|MO: Suspect attended victim's address uninvited and assaulted her in the
hallway, grabbing her by the throat and pushing her to the floor. Suspect details: ex-partner, {sage}, father of V's
son. Injuries: redness to neck, graze to elbow, headache. Circumstances: relationship ended {n} months ago, ongoing
arguments over child contact. DASH: medium. V ({age}) consented to referral to VS.

cw|violence_with_injury|domestic_abuse|{m2} ({age}) is a male victim; his wife {f1} threw a mug at his head during
an argument, causing a cut that needed glue at A&E. He said "it's not the first time but who'd believe a man". He
has two kids and is worried about losing them if he leaves. Discussed the mens DA helpline and that i can support
him through the police process. He hasn't decided if he will support a prosecution. Follow up call booked for {day}.

cw|violence_with_injury|domestic_abuse|Needs assessment with {f1} ({eage}). She said "my son hit me" - her son {m1}
is {sage} and lives with her. He wanted money and when she said no he shoved her and she fell and broke her wrist.
She doesn't want him prosecuted, she wants him to get help. Explained that violence from an adult son is treated as
domestic abuse and talked about an adult social care referral for her and drug services for him. Mobility poor,
needs help with shopping while her wrist heals.

log|violence_with_injury|domestic_abuse|DA ABH. V {f1} {sur} ({age}). SUSP PARTNER {m1} ({sage}). PUNCHED V X3 TO
HEAD, BLACK EYE AND SWOLLEN JAW. CHILDREN PRESENT. DASH 16 - HIGH. MARAC REF SENT. S CHARGED AND REMANDED. VS TO
CONTACT RE IDVA.

cw|violence_with_injury|domestic_abuse;knife_sharp_instrument|V is {f1}, {age}. Her partner {m1} cut her forearm
with a kitchen knife during an argument on {date}, she needed stitches. She told me she has lied to A&E about
injuries before. Police arrested him and have applied for a DVPO. Needs: refuge space (wants to leave {town}),
emergency payment, her dog needs fostering - referred to a pet fostering scheme for DA survivors. IDVA allocated.
Safety plan done on the call.

pol-hn|violence_with_injury||Circumstances: V ({age}) was queuing outside a nightclub on {street} at approx {time}
when an unknown male punched him twice in the face without warning. Suspect details: white male, 20s, dark jacket -
not known to V. Injuries: broken nose, two chipped teeth. CCTV requested. V's girlfriend was with him and called the
ambulance; she was not hurt. No connection between V and S.

cw|violence_with_injury|knife_sharp_instrument|Spoke to {m1}. He was slashed across the cheek with a broken bottle
in a pub in {town} after a row over the pool table with a man he didn't know; 14 stitches. He is self-conscious
about the scar and hasn't been out since. Needs: counselling, info on CICA for the scarring, and he wants to know if
the CCTV has been looked at - chased OIC.

cw|violence_with_injury|hate_crime|{m1} was attacked at a bus stop in {town} by two men who called him racist names,
told him to "go back home" and kicked him when he fell. Bruised ribs and a cut to his head. Police are recording it
as a racially aggravated assault. He is a delivery driver and now frightened of evening shifts. Needs: hate crime
advocacy, help with lost earnings, personal safety advice.

cw-hn|violence_with_injury|hate_crime|{m1} and his boyfriend were leaving a bar in {town} when a group shouted
homophobic abuse and one of them punched {m1}, giving him a black eye. His boyfriend was not hurt. {m1} said it felt
targeted because they were holding hands. Needs: LGBT+ hate crime support, counselling, wants updates by email only.
He says his boyfriend has been brilliant.

pol|violence_with_injury|knife_sharp_instrument|Offence: s18 wounding with intent. MO: Suspect approached V outside
a shop and stabbed him in the thigh with a kitchen knife, believed to be over a debt. Suspect details: male known to
V from the area, 20s. Injuries: puncture wound to thigh, surgery required. V ({age}) discharged {date}. Needs:
mobility aids, fear of reprisals, possible move out of area.

cw|violence_with_injury||V {f1} works as a nurse at {town} General. A patient's relative headbutted her on the ward
on {date}, causing bruising and concussion. Police charged him with assaulting an emergency worker. She is off work
and anxious about going back. Needs: occupational health, counselling, support at court, and she asked about
compensation so I explained CICA. Her manager has been supportive.

cw|violence_with_injury|domestic_abuse|Spoke to {f1}, {age}. The father of her children, {m1}, turned up at the
handover and when she refused to let him take the kids overnight he pushed her against the car and twisted her arm -
sprained wrist, confirmed by GP. They seperated last year. She says he's never been like this before. Needs: info on
child contact centres, family court support, not wanting an IDVA at present but will keep my number.

cw-hn|violence_with_injury||{f1} told me the man who assaulted her is her flatmate {m1}; they rent rooms in the same
house through an agency and have never been in a relationship or related. He threw her across the kitchen in a row
about bills and she hit her head and needed stitches. The police log first marked it as a domestic but she asked
them to correct it. Needs: urgent move, letting agent contacted, emergency accommodation options, counselling.

cw-hn|violence_with_injury||{f1} was assaulted by her ex-partner's new girlfriend outside the school gates; punched
and hair pulled, scratches to her face and a clump of hair pulled out. {f1} says her ex has had nothing to do with
it and they co-parent fine now. Police have charged the girlfriend with ABH. Needs: support at court, school to be
informed for the children's sake, she is dreading seeing her on the school run.

pol|violence_with_injury|domestic_abuse|Suspect details: brother of V, {sage}, lives at same address. Circumstances:
argument over their late mother's house; S struck V ({age}) with a walking stick causing a cut to the forehead and
bruising to the arm. V has MS and uses a frame. Injuries: 3cm laceration, glued. Adult safeguarding referral made.
DASH: standard.

cw|violence_with_injury|domestic_abuse|{f1} ({age}) is 28 weeks pregnant. Her boyfriend {m1}, who she lives with,
kicked her in the side; the hospital checked the baby and all is ok, but she has bad bruising. He is on bail not to
come to {street}. She is staying at her mum's in {town2}. Needs: midwife informed (safeguarding), IDVA, help
applying for a non-molestation order, housing options. Very frightened of him.

cw|violence_with_injury|domestic_abuse|V is {m1}, {age}, in a relationship with {m2}. {m2} hit him round the head
with a frying pan during an argument, leaving a lump and a cut above his eye. He told me he thought services were
"for women" and nearly didn't answer my call. Discussed an LGBT+ DA service. Needs: housing (they have a joint
tenancy), mental health support, referral to the LGBT+ DA advocate agreed.

mix|violence_with_injury|domestic_abuse;knife_sharp_instrument|Suspect details: ex-partner, 34. Injuries: two stab
wounds to upper arm, treated at {town} General. MO: S forced entry to V's flat via the back door at {time} and
attacked her with a knife when she said she would call police. CW note: Spoke to {f1}, she is in a refuge now. MARAC
on {date}. She wants her belongings collected with a police escort. Her benefits are a joint claim - explained how
to split it.

cw|violence_with_injury|hate_crime|{f1} wears a hijab. A woman in the {shop} car park pulled it off and scratched
her face, shouting anti-Muslim abuse. Cuts and bruising to her face and neck. Police have recorded a religiously
aggravated assault. {f1} has stopped going out on her own. Needs: would like a female caseworker, Arabic interpreter
for her mum who lives with her, counselling, and a lift to her ID parade.

cw|violence_with_injury|domestic_abuse|Spoke to {f1} about her mum's partner {m1}. She is 19 and has lived with him
and her mum since she was 8; she calls him her stepdad. He slapped her hard enough to perforate her ear drum after
she came home late. Her mum is siding with him. Needs: emergency housing (she can't go back), student finance
advice, GP follow-up on her hearing, someone to talk to. DASH done - medium.

pol-hn|violence_with_injury||Offence: ABH. Circumstances: road rage incident on {street}; S got out of his van and
punched V through the open window of his car. Suspect details: male, 40s, van reg partially obtained, not known to
V. Injuries: swollen eye, neck pain. V: {m1} ({age}), private hire driver, his wife was in the passenger seat. No
prior incidents.

cw|violence_with_injury|domestic_abuse|{f1} told me: "he's not my boyfriend any more but he still thinks he owns
me". Her ex {m1} grabbed her by the hair outside her work on {date} and pushed her over; she scraped her knees and
hands. Colleagues called police. First time she has reported anything. Needs: workplace safety plan with HR, IDVA
referral, she would prefer updates via WhatsApp as she doesn't always pick up calls at work.

cw|violence_with_injury|domestic_abuse|Caller is {f1} ({eage}). Her grandson ({gage}) has lived with her since he
left care. He pushed her into the door frame when she wouldn't lend him money and she fractured her hip; she had
surgery at {town} General. She says he also takes cash from her purse. Needs: adult social care, OT assessment
before discharge, she doesn't want him to have a criminal record but agreed police can speak to her again next week.

log-hn|violence_with_injury||ASSAULT OCC {date} {time}. V {m1} ({age}) ASSAULTED BY GROUP OF YOUTHS ON {street},
KICKED WHILE ON FLOOR. BROKEN RIBS. NO SUSPECTS IDENTIFIED. V HAS LEARNING DISABILITY, NEEDS EASY READ INFO. NO HATE
ELEMENT REPORTED, V AND MUM SAY NOTHING WAS SAID.

cw-hn|violence_with_injury||{f1} was at a house party and her best friend {f2} hit her in the face with a phone
during a row, cutting her eyebrow, needed glue at the walk-in centre. They've been friends since primary school; not
related, never lived together. Needs: counselling, and she's anxious about the gossip in their friendship group
though nothing has been posted. She doesn't want to go to court if it can be avoided.

cw|violence_with_injury|domestic_abuse|{f1} ({age}) was attacked by her sister {f2} with hair straighteners at their
mum's house in a row about their mum's care; burns to her arm treated at A&E. Police arrested her sister. {f1}
didn't want it "logged as a domestic" but I explained that's how police record violence between family members.
Needs: burns clinic appointments, transport, talking to mum's social worker about the care arrangements.

pol-hn|violence_with_injury||Offence: GBH s20. Circumstances: V ({age}) was pushed down the stairs at work by a
colleague following a disagreement; fractured ankle. Suspect details: work colleague, {sage}, no relationship
outside work. Injuries: fractured ankle, bruising. Employer running its own investigation. V is on SSP.

cw|violence_with_injury|domestic_abuse|DVPN served on {m1} after he assaulted his wife {f1}, leaving bruising on her
arms where he held her down. Magistrates granted a DVPO for 28 days. {f1} says she doesn't know what she'll do when
it ends. He controls the bank account and she has no access to money. Needs: IDVA, legal aid solicitor for a
non-mol, food bank voucher issued today, help opening her own bank account.

cw|violence_with_injury|knife_sharp_instrument|Mum {f1} referred her son {m1} ({tage}). He was cut across the hand
with a blade by boys from another school on the way home on {date}; nothing was taken from him. Needs: school move
being discussed, CAMHS referral, mum worried about his friends wanting revenge. Police have two names. He won't talk
to her about it.

cw|violence_with_injury|hate_crime|{m1} uses a wheelchair. A man in {town} shopping centre mocked his disability,
called him names and then tipped him out of his chair; cuts and grazes and a bruised shoulder. The chair was
damaged. Police are treating it as a disability hate crime. Needs: wheelchair repair, he is now scared to go out
alone, PIP review coming up.

mix|violence_with_injury|domestic_abuse|Circumstances: verbal argument escalated, S threw V's phone at her face,
cutting her cheekbone, then stamped on the phone. Suspect details: husband, {sage}. Injuries: 1cm cut, bruising. CW:
Spoke to {f1} - she needed a new phone (issued from our hardship fund), not wanting an IDVA, would like counselling
in Polish. Children staying with their grandparents for now.

cw-hn|violence_with_injury||{m1} ({eage}) was punched by the teenage son of the family next door over a parking
space; bruised jaw and he fell against the wall. Police recording ABH. There have been ongoing problems with the
family next door (noise, bins) but this is the first violence. Needs: a move through his housing association, and a
personal alarm.

cw|violence_with_injury|domestic_abuse;honour_based_abuse|{f1} ({age}) told me her two brothers beat her after they
found out she had a boyfriend from outside their community, saying she had "shamed the family". Bruising to her face
and back. She has left home and is staying with a friend in {town2}. Needs: specialist HBA service, emergency
accommodation out of area, a new phone, and she's worried they will find her through college - safeguarding lead
contacted with her consent.

pol|violence_with_injury|domestic_abuse|Suspect details: daughter of V, {sage}. Circumstances: V ({eage}) lives
alone; her daughter visits to collect her shopping money. On {date} the daughter became aggressive when V refused to
give her more cash and pushed V, who fell against a radiator. Injuries: skin tear to arm, bruising to hip. Adult
safeguarding referral made. V does not support a prosecution.

cw-hn|violence_with_injury|knife_sharp_instrument|{m1} was stabbed in the lower back by a man he'd met once through
a friend, in a row about money owed for a car. He is recovering at home and his partner {f1} is caring for him.
Needs: help with the sick note and ESA, his partner asked for carer support, he is worried the man knows where they
live - OIC says there is no intel of any further threat. Personal safety advice given.

cw|violence_with_injury|domestic_abuse|{f1} ({age}) is in a same-sex relationship with {f2}. {f2} bit her arm and
scratched her face when {f1} tried to leave the flat. The bite mark has been photographed. {f1} is worried police
won't take it seriously "because we're two women". Needs: LGBT+ DA service, moving out (deposit help), GP for
anxiety. DASH medium.

log|violence_with_injury|domestic_abuse;knife_sharp_instrument|DA - WOUNDING. V {f1} ({age}). SUSP EX HUSBAND {m1}.
S ATTENDED V ADDRESS IN BREACH OF NMO AND CUT V ACROSS FACE WITH A STANLEY KNIFE. S ARRESTED AT SCENE. DASH HIGH.
MARAC. V IN HOSPITAL. CHILDREN WITH MATERNAL GRANDMOTHER.

cw-hn|violence_with_injury||{f1} ({age}) was punched by a stranger on the train after she asked him to stop vaping;
bruising to her cheek. She was travelling with her husband {m1}, who got pushed as well. BTP dealing. Needs: she
wants updates by email, she is worried about commuting so we talked about the anxiety service and travelling at
different times.

cw|violence_with_injury|domestic_abuse|Spoke to {m1} ({eage}). His adult daughter {f1} punched him and shoved him
against a door when he said she couldn't stay the night; he has a broken finger. He cares for his wife who has
dementia and is worried about what will happen to her if he has to go to court. Needs: carers support, respite for
his wife, explained he can give evidence by video link.

cw|violence_with_injury||{f1} is the grandmother and special guardian of {m1} ({cage}). His dad hit him with a belt
during a contact visit, leaving marks on his legs. Social care and police involved, contact suspended. Needs: play
therapy for {m1}, support for {f1} with the family court, help with costs as she is on pension credit.

cw|violence_with_injury|domestic_abuse|{f1} told me her husband's brother {m1}, who lives with them, hit her with
his fist when she asked him to pay towards the rent; bruised and swollen eye. Her husband works nights and wasn't
there. Needs: she is scared to be in the house with {m1} alone, explained options including police bail conditions;
help with a letter to her GP; interpreter (Bengali) for next call.

mix-hn|violence_with_injury||Suspect details: not recorded. Injuries: fractured cheekbone. Circumstances: V ({age})
assaulted in the toilets of a bar in {town}. V cannot remember the suspect. CW note: {m1} has lost his job as a chef
as he can't work with his face like this. Needs: UC claim, CICA claim, counselling. He also asked how to report
fraud because his friend was scammed online recently - gave Action Fraud details.

cw|violence_with_injury|domestic_abuse|{f1} is 17. Her boyfriend {m1} (19) punched her in the arm and pushed her off
a wall during an argument about who she was texting; bruised arm and a sprained ankle. She still lives with her
parents. Needs: young persons IDVA, school nurse, she doesn't want her dad to know the details. Explained
confidentiality and its limits.

pol-hn|violence_with_injury||Offence: assault occasioning ABH. Circumstances: V ({age}) is a bus driver. A passenger
refused to pay, became abusive and punched V through the gap in the cab screen. Injuries: bruised cheek, cut lip.
Suspect details: male, approx 30, not known. CCTV on bus. V off work, wife collecting him from depot.

cw|violence_with_injury|hate_crime;knife_sharp_instrument|{m1} runs a takeaway in {town}. A customer made racist
comments about his family, then came round the counter and slashed his hand with a knife. Police charged s20
racially aggravated. Needs: business support (he closed for a week), counselling for him and his staff, he'd like to
give a business impact statement.

cw|violence_with_injury|domestic_abuse|{f1} ({eage}) told me her husband {m1} has dementia and hit her with his
walking frame, cutting her shin. She doesn't see it as abuse - "it's the illness". I explained it still counts as
domestic abuse for safeguarding and it doesn't mean anyone wants to punish him. Needs: carers assessment, memory
clinic review, respite, dressing for her leg via district nurse.

cw|violence_with_injury||{m1} ({sage}) had his jaw broken by an opposing player during a Sunday league football
match in {town2}. The other player was sent off and police have interviewed him. {m1} can only eat liquids and is
self-employed so has no income. Needs: money advice, CICA explained, county FA complaint process.

cw|violence_with_injury|domestic_abuse|{f1} said "{m1} did it, obviously" - {m1} is her ex and the dad of her
youngest. He threw a bike at her in the park on {date}, her shin is cut and swollen. She has a non-mol already.
Needs: reporting the breach (she has), IDVA, court support, and she wants to know when he'll be sentenced for the
last one.

cw-hn|violence_with_injury||{f1} was attacked by a man she doesn't know as she walked home from {town} station;
punched, bruised eye, knocked to the ground. She mentioned her mum was in an abusive marriage and this has brought
back memories from her childhood. Needs: counselling, personal alarm, poor street lighting raised with the council,
she's moving in with her sister for a while.

cw|violence_with_injury|domestic_abuse|{f1} disclosed on the call that her partner {m1} strangled her until she
nearly passed out last week; she has small red spots in her eyes and a sore throat. She hasn't reported it. I
explained non-fatal strangulation is a serious offence and a high risk factor. She agreed to a DASH (score 18) and a
MARAC referral; IDVA to call her after 2pm when he's at work. Safe word agreed.

cw|violence_with_injury|domestic_abuse|{f1}'s son {m1} is 16. He punched a hole in the door and then punched her,
bruising her arm and chest. She is scared of him and says he's been getting worse since he started smoking weed.
Police arrested him. Needs: child to parent violence programme, early help, CAMHS, school liaison. She asked if she
can make him leave the house.

cw-hn|violence_with_injury||{f1} was assaulted by her landlord, who let himself into her flat and pushed her when
she complained about the mould; she fell and cut her head on the table. Needs: housing advice (illegal entry and
disrepair), Shelter details given, temporary move, evidence of her injuries for the council. Landlord is not a
relative, she rents through an advert.

pol|violence_with_injury|knife_sharp_instrument|Offence: attempted murder. MO: V ({age}) was stabbed several times
on {street} by a male who had followed him from a shop. Motive unknown. Injuries: punctured lung, in ICU for {n}
days. Suspect details: male, 30s, arrested {date}. Referral for V and his mother {f1}, who will be his carer when he
comes home.

cw|violence_with_injury|domestic_abuse|{m1} ({age}) was hit with a chair by his twin brother at a family
christening; cuts and bruising to his head and shoulder. There is a long history of fallings out between them.
Needs: he wants to know if his brother will get a restraining order as they have the same friends and family,
counselling.

cw-hn|violence_with_injury||{f1} ({age}) was assaulted at work by a customer who grabbed and twisted her arm,
leaving bruising. She's worried her husband will go round to the shop and confront the man - I checked, and she said
there's never been any violence or control at home, he's just very protective. Needs: time off, workplace risk
assessment, updates from OIC.

cw|violence_with_injury|domestic_abuse;honour_based_abuse|{f1} (19) says her father hit her with a belt and locked
her in her room after she refused to travel to Pakistan to marry her cousin. Bruises across her back. Police have
contacted the Forced Marriage Unit and an FMPO is being applied for. Needs: safe house via an HBA charity, her
passport (her dad has it), student finance, she has no money of her own.

log|violence_with_injury|knife_sharp_instrument|S20 WOUNDING. V {m1} ({age}) SLASHED TO FACE WITH A BROKEN BOTTLE
OUTSIDE TAKEAWAY ON {street} {date} {time}. S UNKNOWN MALE. 12 STITCHES. V REFUSING TO PROVIDE STATEMENT. REFERRED
TO VS WITH CONSENT.

cw|violence_with_injury|domestic_abuse|{m1} ({eage}) lives with his adult son who has been taking his pension. On
{date}, when {m1} asked for his bank card back, his son pushed him over and he fractured his wrist. Needs: adult
safeguarding, help with the bank to stop access, he's worried about being on his own, Age UK befriending.

cw|violence_with_injury||Teacher {f1} was kicked and punched by a Year 10 pupil ({tage}) during an incident in a
corridor; bruised shins and a split lip. School has excluded the pupil and police are dealing. {f1} is off work with
anxiety. Needs: union support, occupational health, counselling. She doesn't want the pupil criminalised.

cw|violence_without_injury|domestic_abuse|{f1} called. Her partner {m1} pushed her onto the sofa and held her down
by the shoulders, shouting in her face, on {date}. No marks. He was arrested for common assault and released on
conditional bail. She wants him home for the kids' sake but is also scared. Needs: explained the bail conditions and
that he can't come back until they change, IDVA referral, children's centre support for her toddler.

pol|violence_without_injury|domestic_abuse|Offence: threats to kill. Circumstances: during an argument at the home
address S told V ({age}) he would "kill her and then himself" while blocking the front door. V believed the threat.
No weapon seen. Suspect details: husband, {sage}. Injuries: none. DASH: high due to suicide threats and recent
separation. MARAC referral submitted.

cw|violence_without_injury|domestic_abuse;knife_sharp_instrument|{f1} ({age}) told me her ex {m1} came to her door
holding a knife and said he would "cut her" if she didn't let him see the kids. She shut the door on him and rang
999. No injuries. He is on remand. Needs: IDVA, sanctuary scheme (door and window locks), school informed, she is
worried about the bail hearing - explained her right under the Victims' Code to be told the outcome.

cw|violence_without_injury|domestic_abuse|{f1} has been getting texts from her ex-partner saying he will stab her
when he finds out where she lives. He doesn't know her new address. Police have recorded threats to kill. She is in
temporary accommodation in {town2} with her two kids. Needs: housing (homeless aplication in progress, temp
accomodation), school places, phone number change, IDVA. She is sleeping badly.

cw|violence_without_injury|domestic_abuse;online|{f1} told me her husband {m1} has sent her WhatsApp voice notes
saying he will kill her and that he "has a knife ready". She left him on {date} and is staying with a friend. Police
recorded threats to kill and have circulated him as wanted. Needs: refuge referral, help retrieving her passport and
the children's birth certificates, IDVA (DASH high).

pol-hn|violence_without_injury||Offence: assault on emergency worker (without injury). Circumstances: V ({age}), a
PCSO, was spat at by a male she was detaining outside {shop}. Injuries: none. S charged. V has asked for support as
this is the third time this year. Needs: welfare, blood test reassurance, court.

cw|violence_without_injury||{f1} is the aunt of two children ({cage} and younger) who were left alone at home for
several days by their mum. Police have charged the mum with child neglect and the children now live with {f1}.
Needs: kinship carer support, school places in {town}, child benefit transfer, she is exhausted and has her own job
to hold onto.

cw|violence_without_injury||{f1}'s son ({cage}) was approached by a man in a car near {street} who told him to get
in and said his mum had sent him. Her son ran to a neighbour. Police have arrested a man for attempted child
abduction. {f1} is frightened to let him out of her sight. Needs: reassurance, school liaison, advice about talking
to him about it, counselling for her.

mix|violence_without_injury|modern_slavery|Circumstances: V ({age}), Romanian national, was recruited to work at a
hand car wash in {town}; the employers took his passport, he worked 12-hour days for almost no pay and slept in a
container on site. Police referred him into the NRM. CW note: V now in a safe house, Romanian interpreter booked.
Needs: immigration advice, GP registration, explained the recovery and reflection period.

cw|violence_without_injury|modern_slavery|{f1} ({age}) is Vietnamese and was brought to the UK to work in a nail bar
in {town2}. She was told she owed a debt for her travel and all her wages went to the bar owner; she was not allowed
out alone. She was found during a police visit and has entered the NRM. Needs: Vietnamese interpreter (female
preferred), safe accommodation, health check, she is terrified for her family at home.

cw|violence_without_injury|domestic_abuse;modern_slavery|{f1} came to the UK on a spousal visa. Her husband {m1} and
his parents made her do all the housework for the whole family from 5am until midnight, kept her passport and did
not allow her to leave the house or have a phone. A neighbour called police. She is now in a refuge and an NRM
referral has been made. Needs: immigration advice (DV concession), Urdu interpreter, destitution support.

cw|violence_without_injury|modern_slavery|Mum {f1} referred her son {m1} ({tage}). He had been going missing for
days; police found him in {town2} with drugs and cash, and he told them older men made him carry the drugs and
threatened to hurt his family if he stopped. Treated as child criminal exploitation, NRM referral made. Needs:
CAMHS, school, family safety plan, mum wants to move.

cw|violence_without_injury|domestic_abuse|Spoke to {f1} ({age}). Her adult daughter grabbed her by the shoulders and
pushed her out of the kitchen during a row on {date}; no injuries. It happens when her daughter drinks. She doesn't
want her daughter arrested, she wants help for her. Needs: family support, alcohol services info for the daughter, a
carers group for {f1}.

cw|violence_without_injury|hate_crime|{m1} ({age}) was spat at on the number {n} bus in {town} by a man who called
him racist names and told him to go back to his own country. He was not hurt. Police have recorded a racially
aggravated common assault and have CCTV. Needs: he wants to know if the man will be caught, hate crime support, his
teenage daughter was with him and is upset - offered support for her too.

cw|violence_without_injury|hate_crime|{f1} is a trans woman. A man pushed her in the chest outside a bar in {town}
and shouted transphobic abuse at her; she wasn't hurt but was very shaken. Police are recording it as a hate crime.
Needs: trans-led support service, she doesn't want her family contacted, anxious about going out at night.

pol|violence_without_injury|knife_sharp_instrument|Offence: threats to kill. MO: following a minor collision on
{street}, S got out of his car and waved a knife at V through his window, shouting that he would kill him. V
believed the threat and drove off. No injuries. Suspect details: male, 20s, vehicle reg obtained. V ({age}) very
shaken, not driving since.

cw-hn|violence_without_injury||{f1} ({eage}) was pushed by her neighbour during a dispute about the hedge between
their gardens; she wasn't hurt but is frightened. There's no family connection - they have just lived next door for
years. Police have recorded common assault. Needs: mediation is not suitable now, talked about a housing association
complaint, she'd like a personal alarm.

cw|violence_without_injury|domestic_abuse|{f1} ({eage}) told me her grandson ({gage}) said he would "finish her off"
if she didn't give him money for his debts. She believed him and locked herself in the bedroom until her daughter
came. No injury. Police recorded threats to kill. Needs: adult safeguarding, changing the locks, her daughter is
staying with her this week.

cw|violence_without_injury|domestic_abuse;honour_based_abuse|{f1} (20) told me her parents have arranged for her to
marry a man she has never met in Bangladesh next month. When she said no, her father told her he would kill her
before he let her shame the family. Police recorded threats to kill and the Forced Marriage Unit is involved. Needs:
FMPO, safe accommodation, help with her university, new bank account.

pol|violence_without_injury|domestic_abuse|Offence: common assault. Suspect details: ex-partner, {sage}.
Circumstances: S grabbed V's arm in the car park of {shop} and would not let go, demanding she unblock him on her
phone. No injuries. Previous: none recorded with police. V ({age}) would like support and advice about a
non-molestation order.

cw-hn|violence_without_injury||{m1} (18) was slapped and shoved by another student in his halls of residence in
{town}; not hurt, just shaken. They are not friends and not related, just share a kitchen. University has moved the
other student. Needs: counselling via the university, he is worried about exams, wants to know if he has to go to
court.

cw|violence_without_injury|domestic_abuse|{m2} told me his wife {f1} slaps him and throws things at him when she's
angry; the latest was on {date}, no injury. He has never told anyone before. He doesn't want to leave because of
their daughter. Needs: male DA support service, counselling, explained he can call us any time, safety plan for when
things escalate.

log|violence_without_injury|domestic_abuse|COMMON ASSAULT - DOMESTIC. V {f1} ({age}) PUSHED BY BROTHER {m1} ({sage})
DURING ARGUMENT AT MOTHERS ADDRESS. NO INJURIES. V DOES NOT SUPPORT PROSECUTION. DASH STANDARD. REFER VS.

cw-hn|violence_without_injury||{m1} ({age}) told me a neighbour from across the road came up to him in the street on
{date}, squared up to him and said "I'll kill you" over where he parks. {m1} believed him. Police recorded threats
to kill. They have no connection except living on the same street. Needs: he wants a move, he has started parking
round the coner, anxiety.

cw|violence_without_injury|knife_sharp_instrument|{m1} ({sage}) is a delivery driver. A customer on {street} pulled
a knife on him at the door when he asked for the cash on delivery payment, and told him to go away or he'd use it.
{m1} left without the money or the parcel. No injury. Needs: his employer has stopped him doing cash deliveries,
counselling, court support.

cw-hn|violence_without_injury||{f1} ({age}) was shoved over by a man in the park who was angry her dog had jumped up
at him; she wasn't hurt. He said he had a knife in his pocket but she could see he was only holding his phone and
she didn't believe him. He ran off when people shouted. Needs: she is not sleeping, walks her dog at different times
now, victim personal statement.

cw|violence_without_injury|domestic_abuse|{f1} told me her mother-in-law, who lives with them, slapped her across
the face on {date} in front of the children for "disrespecting" her. No mark left. Her husband says it's not his
business. Needs: she wants to move out with the children, housing and benefits advice, IDVA, GP for low mood.

cw|violence_without_injury|domestic_abuse;knife_sharp_instrument|{f1} said her ex-partner held a pair of scissors to
her throat and told her nobody would miss her. She was not cut. He is on bail. She moved back in with her dad.
Needs: IDVA (DASH high), MARAC, non-mol, and she wants help getting her stuff back from the flat.

cw|violence_without_injury|modern_slavery|{m1} ({age}) and four other men from Lithuania were working in a food
packing factory in {town2} through a "gangmaster" who took their wages, housed them in one room and threatened them
if they complained. Police raided the house on {date}. {m1} has entered the NRM. Needs: Lithuanian interpreter, bank
account, he wants to return home, hostel place.

pol|violence_without_injury|domestic_abuse|Offence: common assault. Suspect details: son-in-law, 41. Circumstances:
S attended V's house to collect the children and pushed V ({eage}) into a wall when she refused to let them go as he
had been drinking. No injuries. V's daughter (S's wife) present. DASH: medium.

cw|violence_without_injury|hate_crime|{m1} has a learning disability. A group of men at the bus station pushed him
around, took his hat and called him disablist names; he was not hurt. Police have recorded a disability hate crime.
His support worker was with him on the call. Needs: easy read information, support to give a statement, help with
travel training again.

cw|violence_without_injury|domestic_abuse|{f1} ({eage}) told me her husband {m1} grabbed her by both wrists and
shook her during an argument on {date}; no marks. "He's never done anything like that in 50 years." Her son rang
police. Needs: she wants advice rather than a prosecution, GP to look at {m1}'s recent changes in behaviour, carers
support.

cw-hn|violence_without_injury||{f1} is a carer for her adult son who has autism. A man at the {shop} pushed her son
out of the queue and threatened to hit him; neither was hurt. {f1} says her son hasn't left the house since. Needs:
autism support worker, re-engagement plan. No hate element - she says the man was just impatient and didn't comment
on his disability.

cw|violence_without_injury|domestic_abuse|{m1} (68) rang us after his adult son threatened to kill him during a row
about money; his son said he would "smash his skull in". He believed him. Police recorded threats to kill. His son
has been living with him since his divorce. Needs: {m1} wants his son out of the house but doesn't want him
homeless, housing advice for the son, safety plan.

cw|violence_without_injury|domestic_abuse|Spoke to {f1}, whose ex-husband {m1} spat at her during the handover of
their son on {date}. Not hurt but humiliated, in front of their son. Police recorded common assault. Needs: contact
centre for handovers from now on, family court advice, IDVA not wanted at the moment.

cw|violence_without_injury||{f1} reported that her child's childminder shook her daughter ({cage}) and shouted at
her; another parent witnessed it. No injury was found at the hospital. Police are investigating child cruelty and
Ofsted are involved. Needs: new childcare, help with time off work, counselling for {f1} who blames herself.

mix|violence_without_injury|domestic_abuse;honour_based_abuse|Circumstances: V ({age}) has been threatened by her
uncle and cousins after she left her husband. They told her she has dishonoured the family and that she will be
"taken care of". V believed the threats. Suspect details: uncle, {sage}, and two cousins. CW note: {f1} is in a
refuge; specialist HBA advocate allocated; she needs a GP and a solicitor for the divorce.

cw-hn|violence_without_injury||{f1} ({age}) was threatened by the ex-partner of her sister, who turned up at her
door saying he'd kill her for "turning her sister against him". She believed him. Police recorded threats to kill.
{f1} has never been in a relationship with him. Her sister has her own support. Needs: door cameras, personal alarm.

cw|violence_without_injury|domestic_abuse|Referral for {m1} ({age}), who has learning difficulties and lives with
his older brother. His brother slaps him round the head when he is annoyed, no injuries seen. {m1}'s day centre
raised it. Police recorded common assault. Needs: easy read, adult social care review, supported living options.

cw|stalking_harassment|domestic_abuse|{f1} described how her husband {m1} checks her phone every night, controls all
the money and gives her £20 a week, stops her seeing her friends and has put a tracker on her car. Police have
recorded controlling and coercive behaviour after her sister reported it. Needs: Freedom Programme, IDVA, a bank
account in her own name, separate UC claim, counselling. She is still living with him - safe times to call agreed.

cw|stalking_harassment|domestic_abuse;online|{f1} ({age}) split from {m1} in the spring. Since then he has set up
fake Instagram accounts to message her, comments on her friends' posts about her and has turned up at her gym twice.
Police recorded stalking. Needs: help tightening her privacy settings, screenshots log, IDVA, she wants to know
about a stalking protection order. Changing gyms.

pol|stalking_harassment|domestic_abuse|Offence: stalking (s2A). Suspect details: ex-partner, {sage}. MO: S has
repeatedly driven past V's address, waited outside her workplace, left notes on her car and rung her from withheld
numbers. Contact by phone calls and notes only. V ({age}) fearful and has changed her route to work. SPO being
considered.

cw-hn|stalking_harassment||{f1} ({age}) is being followed by a man from her gym. She has never spoken to him beyond
hello; he waits in the car park, has followed her home twice and left flowers on her doorstep. Police have recorded
stalking. She lives with her partner, who has been driving her to the gym. Needs: personal safety plan, National
Stalking Helpline details, gym manager informed.

cw-hn|stalking_harassment|online|{f1} has been getting abusive Facebook messages and comments from a woman she used
to work with after they fell out over a job reference. About 40 messages in two weeks, calling her names and saying
she'll "make her life hell". Police recorded malicious communications/harassment. Needs: blocking and reporting
help, screenshots, wellbeing. Not related to her and never lived together.

cw|stalking_harassment|hate_crime;online|{f1} is a trans woman who was doxxed on X after a video of her went viral;
her address was posted and she has had hundreds of transphobic messages including threats. Police are treating it as
hate crime harassment. Needs: emergency move, privacy advice, counselling with a trans-led service, she is not
leaving the house.

cw|stalking_harassment|domestic_abuse|{f1} ({eage}) told me her daughter rings her 20-30 times a day and sends
abusive texts when she won't lend her money, calling her useless and saying she'll put her in a home. Police
recorded harassment. {f1} is worn down. Needs: Silver Line / befriending, call blocking on her landline, adult
safeguarding, she wants her daughter to get help.

cw-hn|stalking_harassment||{m1} and his wife have been targeted by their next door neighbour for over a year: notes
through the door, filming them in the garden, shouting at them over the fence. Police have now recorded harrassment
after {n} reports. No threats of violence. Needs: housing association involvement, evidence diary, community trigger
explained, {m1}'s wife has stopped going in the garden.

cw|stalking_harassment|domestic_abuse;online|{f1} found out her ex-boyfriend {m1} had been logging into her email
and Snapchat after they split, reading her messages and messaging her new friends as if he was her. Police recorded
harassment and computer misuse. Needs: help securing her accounts, new phone, IDVA, she is embarrassed and doesn't
want her parents told.

cw|stalking_harassment|domestic_abuse|{m1} ({age}) told me his wife {f1} controls everything - his wages go into her
account, she decides when he can see his mates and she goes through his phone. When he pushes back she threatens to
say he hit her. Police have recorded coercive control. Needs: male DA service, his own bank account, legal advice
about the house, counselling.

cw|stalking_harassment|honour_based_abuse|{f1} ({age}) has been harassed for weeks by men from her former community
in {town} since she left the faith; they follow her in the street and tell her she has brought shame on them and
will be dealt with. Her own family are not involved and are supporting her. Police have recorded harassment. Needs:
specialist HBA service, safe route to work, move considered.

cw|stalking_harassment|domestic_abuse;honour_based_abuse|{f1} (22) told me her parents and older brother take her
phone every night, decide what she wears, and her brother drives her to and from college and waits outside. They say
it is to stop her "dishonouring" the family. Police recorded controlling and coercive behaviour. Needs: HBA
specialist, safe contact only via college, emergency plan if she needs to leave quickly.

log|stalking_harassment|domestic_abuse|HARASSMENT - DA. V {f1} ({age}) RECEIVING 50+ CALLS AND TEXTS A DAY FROM EX
PARTNER {m1} SINCE SEPARATION {date}. NO ONLINE CONTACT. S SEEN OUTSIDE V ADDRESS X2. DASH MEDIUM. WARNING GIVEN
PREVIOUSLY. V WANTS SUPPORT.

cw-hn|stalking_harassment|online|{f1} ({age}) has been getting unwanted messages from a male colleague on LinkedIn
and WhatsApp for months, asking her out and commenting on her appearance, even after she asked him to stop. They
have never been in a relationship. Police recorded harassment. Needs: HR grievance support, blocking advice, she
doesn't want to leave her job.

cw|stalking_harassment|domestic_abuse|{f1}'s ex {m1} has been harassing her since she ended it - turning up at her
mum's, texting her constantly, and last week he scratched "slag" into the bonnet of her car. Police have recorded
harassment and criminal damage. Needs: IDVA, car repair (insurance excess), CCTV doorbell via our scheme, she wants
a non-mol.

cw-hn|stalking_harassment|hate_crime|{m1}'s family have had racist notes put through their door on {n} occasions by
a neighbour; police recorded racially aggravated harassment. The notes tell them to leave the street. Needs: CCTV,
housing association, hate crime caseworker, the children are frightened at night. Neighbour not related or known to
them before they moved in.

cw|stalking_harassment|domestic_abuse|{f1} ({eage}) told me her son {m1} has taken over her money - he holds her
bank card, decides who can visit and tells her she'd be "in a home" without him. He doesn't live with her but visits
daily. Police recorded controlling and coercive behaviour. Needs: adult social care, Lasting Power of Attorney
advice, bank safeguarding, befriender.

pol-hn|stalking_harassment||Suspect details: former client of V, male, {sage}. V ({age}) is a hairdresser who cut
S's hair twice. MO: S has sent gifts to the salon, waited outside at closing time and followed V to the bus stop. No
relationship between V and S. V's husband now collects her. Offence recorded: stalking.

cw|stalking_harassment|domestic_abuse;online|{m1} ({age}) told me his ex-wife has been posting on Facebook that he
is a danger to children and messaging his new partner and his employer. He has contact with their kids every other
weekend. Police recorded harassment. Needs: screenshots, legal advice on the family court side, counselling, help
talking to his employer.

cw-hn|stalking_harassment|online|{f1} ({age}) receives daily abusive messages on Instagram from an account she
doesn't recognise, calling her names and commenting on her photos. She has blocked several accounts but new ones
appear. Police recorded malicious communications. She doesn't think it's anyone she knows and definately not her ex,
who lives abroad and they get on. Needs: privacy settings, wellbeing.

cw-hn|stalking_harassment||{f1} ({age}) is being stalked by a man from her church; he waits outside her house,
phones her and tells people they are engaged. They have never been in a relationship. She said her husband is fully
supportive and there are no issues at home. Police have recorded stalking. Needs: safety plan, church leaders
informed, stalking advocacy.

cw|stalking_harassment|domestic_abuse|The father of her children keeps texting and calling {f1} at all hours about
contact arrangements, calling her names and saying she will "never see the kids again" if she goes to court. Police
have recorded harassment. {f1} has kept all the texts. Needs: family court support, solicitor (legal aid with DA
evidence), IDVA referral accepted.

pol|stalking_harassment|domestic_abuse;online|Suspect details: ex-wife of V, {sage}. Offence: harassment. MO: S has
sent V ({age}) over 200 WhatsApp messages since the divorce, some threatening to tell his employer lies about him,
and has posted about him on Facebook. Injuries: none. V wants support; he has been signed off with stress.

cw-hn|stalking_harassment|online|{f1} told me her ex-partner's new girlfriend has been posting nasty things about
her on Facebook and messaging her, calling her a bad mother. Her ex isn't involved and they co-parent without
problems. Police recorded harassment. Needs: screenshot log, blocking advice, reassurance, she is anxious at the
school gates.

cw|stalking_harassment|domestic_abuse|{f1} said "I had to ask permission to buy tampons". Her partner {m1} checked
every receipt, chose her clothes, and would sulk for days if she saw her sister. She left on {date} and police have
recorded coercive control. Needs: counselling, Freedom Programme, help with a deposit, she has no credit history in
her own name.

cw|stalking_harassment|domestic_abuse|{f1} is 17. Her boyfriend {m1} (19) checks her phone, makes her share her
location and turns up at her college if she doesn't reply quickly. Police recorded controlling behaviour after her
mum reported it. Needs: young persons IDVA, healthy relationships work, college safeguarding lead, she still likes
him which is making it hard.

cw-hn|stalking_harassment||{f1} (15) is being harassed by her ex-boyfriend from school (16) who keeps texting her,
waiting at the school gate and telling people lies about her. She is 15 and they went out for a few weeks. Police
recorded harassment and school are involved. Needs: school counsellor, mum wants a meeting with the school, young
persons support.

mix|stalking_harassment|domestic_abuse|Suspect details: husband (separated), 52. Circumstances: S has been sending
letters and flowers to V's new address daily despite being told by police to stop, and has phoned her sister to find
out her movements. CW note: Spoke to {f1} - she is frightened because he knows where she lives. Stalking advocate
referral, SPO discussed, sanctuary scheme.

cw|stalking_harassment|online|Mum {f1} called about her son ({tage}). He's been getting abusive messages from other
players in an online game, telling him to kill himself, and they have found his Instagram too. Police recorded
malicious communications. Needs: online safety advice for mum, school aware, CAMHS referral, he's stopped eating
properly.

cw|stalking_harassment|hate_crime|{m1} is autistic. A group of men in his block of flats mock him every time he goes
out, imitate him and call him disablist names; it has gone on for months and one of them follows him to the shop.
Police have recorded disability hate crime harassment. Needs: housing move, advocacy, easy read information.

log|stalking_harassment|domestic_abuse;online|STALKING - DA. EX PARTNER CREATED FAKE SNAPCHAT AND TIKTOK ACCOUNTS TO
CONTACT V {f1} ({age}) AFTER BEING BLOCKED. ALSO SENT MESSAGES TO V'S MUM. S KNOWN TO POLICE FOR PREVIOUS DA. DASH
HIGH. MARAC {date}.

cw|stalking_harassment|domestic_abuse|{f1} (22) still lives with her parents. Her father controls her money from her
part-time job, decides who she can see and has taken her car keys to stop her going out. Police have recorded
controlling and coercive behaviour. Needs: housing options, she is worried about her mum who she says is also
frightened of him, IDVA.

cw-hn|stalking_harassment||{f1} rents a flat from a private landlord who keeps turning up without notice, sending
her texts late at night and saying he'll evict her if she complains. Police recorded harassment. He is not related
to her. Needs: Shelter advice, council tenancy relations officer, she is looking for a new place.

cw|stalking_harassment|domestic_abuse|{f1} made a Clare's Law application and found out her partner {m1} had a
history of violence with two previous partners. Since she ended it he has been calling her constantly and turning up
at her work. Police recorded harassment. Needs: IDVA, workplace plan, support to apply for a non-molestation order.

pol-hn|stalking_harassment||Offence: harassment. Circumstances: S has approached V ({age}) on the bus most days for
{n} weeks, sits next to her, asks about her personal life and got off at her stop. V denies any relationship with S,
they only know each other from the bus. Suspect details: male, 50s. V's sister now travels with her.

cw|stalking_harassment|domestic_abuse|{f1} told me her husband controlled the money for years and she has now found
he took out loans and a credit card in her name. He also tracked her phone and decided which friends she could see.
Police have recorded coercive control and fraud. Needs: debt advice, credit file correction, separate bank account,
IDVA.

cw|stalking_harassment|domestic_abuse;online|{f1} left {m1} two months ago but he has still been following her
location through their shared Google account and turning up where she is. She only worked it out last week. Police
recorded stalking. Needs: tech safety check, new phone, IDVA, stalking advocate.

cw-hn|stalking_harassment||{f1} ({age}) is being stalked by a former colleague who was dismissed last year. He sends
her letters at home and has been seen outside her children's school. She wants it clear they were never in a
relationship. Police recorded stalking. Needs: school informed, SPO application, counselling.

cw|stalking_harassment|domestic_abuse|{f1} ({age}) is being harassed by her sister-in-law, who sends her abusive
texts and turns up at her house shouting, accusing her of taking money from their late father-in-law. Police
recorded harassment. Needs: mediation not suitable, evidence diary, support at court.

cw|stalking_harassment|domestic_abuse|{f1}'s ex-husband turns up at her church and at the school gates and stands
staring at her. He has also phoned her work. Police recorded stalking. She is worried about burglary too as the area
has had lots, but nothing has happened to her home. Needs: sanctuary scheme, personal alarm, stalking advocate.

cw|stalking_harassment|hate_crime;online|{m1} is a Jewish student at {town} university. He has been getting
antisemitic messages on Instagram for a month after he posted about a society event, including images and threats.
Police recorded religiously aggravated harassment. Needs: university support, CST contact details, counselling.

cw|stalking_harassment|domestic_abuse|Spoke to {m1} ({age}). His ex-partner {m2} has been sending him texts and
voicemails day and night since the break up, saying he will "out" him to his family at work. Police recorded
harassment. Needs: LGBT+ DA service, counselling, advice on keeping evidence. No online contact, texts and calls
only.

cw-hn|stalking_harassment||{f1} is being harassed by the mother of one of her son's classmates after a falling out
at a birthday party: texts, shouting in the playground and spreading rumours. Police recorded harassment. They are
not related and have never been friends. Needs: school involvement, advice on evidence, wellbeing.

cw|stalking_harassment|domestic_abuse|Spoke to {f1}. Her ex-partner {m1} was given a restraining order last year but
has now started sending her letters via her mum and driving past her house. Police have recorded harassment. Needs:
she wants the court to know, IDVA, sanctuary scheme, she is worried for her mum too.

cw|sexual_offences|domestic_abuse|{f1} ({age}) disclosed that her husband {m1} has raped her several times over the
last year, most recently on {date}, when she said no because she was unwell. She reported it to police last week and
has been to the SARC. Needs: ISVA referral (accepted), IDVA as well for the wider DA, she is worried about money if
he is arrested as he pays the mortgage, counselling when she is ready.

cw-hn|sexual_offences||{f1} ({age}) was raped by a man she didn't know as she walked home through {town} park on
{date}. She went to the SARC the same night and has given an ABE interview. Needs: ISVA, emergency contraception and
sexual health follow-up (done), she can't face going back to work yet - fit note, she lives with flatmates who have
been supportive.

cw|sexual_offences|child_sexual_abuse_exploitation|{f1} ({age}) has reported that her uncle sexually abused her from
when she was 9 until she was 12. She has never told anyone before and her uncle is still close to the family. Police
have taken her first account. Needs: ISVA, specialist counselling for adult survivors, she is worried about family
events, GP aware of flashbacks.

cw|sexual_offences|online;child_sexual_abuse_exploitation|Mum {f1} called. Her daughter ({tage}) has been talking to
a man on Snapchat who said he was 16; he persuaded her to send him indecent images and asked to meet. Police have
seized the phone and are investigating. Needs: CAMHS, school safeguarding lead, advice for mum on online safety,
Childline details for her daughter.

cw|sexual_offences|child_sexual_abuse_exploitation|Referral from children's services. {f1} (15) has been going
missing and getting lifts from older men who give her alcohol and vapes; she has disclosed sexual activity with at
least two of them. Police are treating it as child sexual exploitation. Mum {f2} is struggling. Needs: specialist
CSE worker, return home interviews, parent support group.

cw|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|{f1} is 16. Her boyfriend {m1} (18) raped her at
his flat on {date} after she said she wanted to go home. She told her mum, who called police. Needs: ISVA (young
persons), SARC follow-up, school informed with consent, she is worried about the relationship being "public" at
college. DASH done - medium.

cw|sexual_offences|child_sexual_abuse_exploitation|{f1}'s daughter ({cage}) told her teacher that her stepdad
touched her in a sexual way at bath time. Police and social care are involved and he has left the house. {f1} is
devastated and feels she should have known. Needs: ISVA for the child, support for {f1} as a non-abusing parent,
housing (the tenancy is in his name), counselling.

pol|sexual_offences||Offence: exposure. Circumstances: V ({age}) was walking her dog on the canal path near {street}
at approx {time} when a male exposed himself to her and masturbated. Suspect details: male, 40s, grey hoodie, not
known to V. V very distressed. Injuries: none. V referred for support.

cw-hn|sexual_offences||{f1} found a hidden camera in the bathroom of the flat she rents; her landlord had installed
it. Police have charged him with voyeurism. She has moved out. Needs: deposit back, emergency accommodation,
counselling - she feels violated. The landlord is not related to her; she found the flat online.

cw|sexual_offences||{f1} ({age}) was sexually assaulted on a packed bus in {town}: a man pressed himself against her
and touched her between the legs. She shouted and he got off at the next stop. Police have the bus CCTV. Needs: she
has stopped getting the bus, travel costs for taxis in the short term, counselling.

cw|sexual_offences|modern_slavery|{f1} ({age}) was brought to the UK from Albania with the promise of a job in a
restaurant but was made to have sex with men in flats in {town} and {town2}; the men who brought her took all the
money. She escaped and went to police. NRM referral made. Needs: safe house, Albanian interpreter (female),
immigration solicitor, sexual health, counselling.

cw|sexual_offences|modern_slavery;child_sexual_abuse_exploitation|{f1} is 16 and was moved between hotels in three
cities by a group who sold her for sex. Police found her during a welfare check at a hotel in {town}. She is now in
foster care. NRM referral made. Needs: specialist CSE and trafficking support, independent child trafficking
guardian, education plan.

cw-hn|sexual_offences||{f1} ({age}) believes her drink was spiked at a club in {town}; she remembers very little but
woke in a stranger's flat and has been told by the SARC there is evidence of sexual intercourse. Police are
investigating rape. She had only met the man that night. Needs: ISVA, SARC follow-up, toxicology results, mum
staying with her.

cw|sexual_offences|child_sexual_abuse_exploitation|{f1} is 17. She was sexually assaulted by a man she didn't know
in a tent at a music festival; he climbed in while she was asleep and touched her. Festival security detained him.
Needs: young persons ISVA, her mum wants to be involved in every call which {f1} isn't sure about, counselling.

cw|sexual_offences||{f1} is 19. She was sexually assaulted by a man she didn't know at a music festival; he groped
her in the crowd and tried to put his hand in her shorts. Police arrested him at the site. Needs: counselling, she
is struggling at uni, extenuating circumstances letter.

cw|sexual_offences|domestic_abuse|{f1} ({age}) told me her ex-partner {m1} raped her when he came round to collect
the children on {date}, after she let him in to use the toilet. She reported it two days later. Needs: ISVA, SARC
(booked), change of contact arrangements, non-mol, help with childcare while she goes to police appointments.

cw-hn|sexual_offences||{f1} ({age}) was sexually assaulted by a colleague at the work Christmas party; he pushed her
into a storeroom and kissed and groped her. They have never been in a relationship. Police are investigating. Needs:
HR support, she doesn't want to be in the same office, counselling, fit note.

cw|sexual_offences|online;child_sexual_abuse_exploitation|Mum {f1} called about her son ({tage}). Someone pretending
to be a girl his age on Instagram got him to send intimate pictures and then demanded £{n}00 or they would send them
to his friends and family. He has paid some already. Police are investigating. Needs: reassurance for him that it
isn't his fault, report the images to the removal service, school support.

cw-hn|sexual_offences||{f1} ({age}) was raped by a man she met at a party on {date}; she had never met him before
that night and he is not her partner or ex. She went to police the next day. Needs: ISVA, SARC follow up, she wants
to pause counselling until after court, support with her university.

cw|sexual_offences|domestic_abuse|{m1} ({age}) told me his partner {m2} has forced him to have sex several times
when he didn't want to, and mocks him if he refuses. He found it very hard to say. He has reported it to police.
Needs: male ISVA, LGBT+ DA service, he wants to move out but the lease is in both names.

mix|sexual_offences|domestic_abuse|Suspect details: partner, 29. Circumstances: V ({age}) woke to find S sexually
touching her while she was asleep. This has happened before. V has now left the address. CW note: Spoke to {f1},
she's at her mum's in {town2}. ISVA referral done, she wants help getting her cat back from the flat and her UC
claim changed.

cw|sexual_offences|child_sexual_abuse_exploitation|{m1} ({age}) has reported that his football coach sexually abused
him when he was 12 and 13. He has carried it on his own ever since. Police are investigating and have found other
victims. Needs: male survivors service, counselling, support at ABE interview, he hasn't told his wife yet.

cw|sexual_offences|hate_crime|{f1} is a trans woman. A man groped her breasts and between her legs in a nightclub
toilet queue in {town} while shouting transphobic slurs. Police are treating it as a sexual assault with hate crime
aggravation. Needs: trans-led support, ISVA, she wants updates by email only.

pol|sexual_offences|child_sexual_abuse_exploitation|Offence: exposure. Circumstances: two girls aged 12 walking home
from school along {street} when a male in a parked car exposed himself and beckoned them over. Suspect details:
male, 50s, silver hatchback, partial reg. Referral for mum of one of the girls, {f1}, and her daughter.

cw|sexual_offences|online|{f1} ({age}) received explicit images of a man's genitals in her Instagram DMs from an
account she doesn't know, several times, after she posted about a running club. Police have recorded it as
cyberflashing. Needs: she wants to know if it will stop, blocking advice, reassurance, counselling not needed.

cw|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|{f1} is 17. She told her school nurse that her
mum's partner, who has lived with them for 6 years, has been coming into her room at night and touching her. Police
and children's services are involved and he has been bailed away from the house. Needs: ISVA, CAMHS, support for
mum, exam access arrangements.

cw|sexual_offences|child_sexual_abuse_exploitation|{f1}'s son ({tage}) was groomed by a youth worker at a club he
went to; the man bought him gifts and then sexually abused him. Police have arrested the worker. Needs: specialist
child ISVA, mum needs support, the club is closed and her son has lost his friends there.

cw-hn|sexual_offences||{f1} ({age}) was sexually assaulted by a taxi driver on the way home from a night out; he
touched her thigh and tried to kiss her. She got out at traffic lights. Police have identified the driver through
the firm. Needs: counselling, she has been given the licensing authority contact too.

cw-hn|sexual_offences||{f1} has reported that she was raped 10 years ago by her then manager at a hotel she worked
at, when she was 24. He was never her partner. She reported it now because she saw he is working with young people.
Needs: ISVA, counselling, support through a long investigation.

cw|sexual_offences|domestic_abuse|{f1} ({age}) disclosed that her brother-in-law sexually assaulted her at a family
party; he followed her upstairs and groped her. Her husband believes her but the family are taking sides. Police are
investigating. Needs: ISVA, family mediaton is not appropriate, counselling.

log|sexual_offences|child_sexual_abuse_exploitation|CSE CONCERN - RAPE. V {f1} (14) DISCLOSED TO SCHOOL SHE HAS BEEN
HAVING SEX WITH 23 YR OLD MALE SHE MET AT THE SKATE PARK. MULTIPLE MISSING EPISODES. S ARRESTED. STRATEGY MEETING
{date}. MUM REQUESTING SUPPORT.

cw-hn|sexual_offences||{m1} ({age}) was raped by two men he did not know after he accepted a lift home from a bar in
{town}. He didn't report it for a week. He has since been to the SARC. Needs: male ISVA, sexual health, counselling,
support telling his GP.

cw|sexual_offences|domestic_abuse|{f1} told me her ex-partner {m1} raped her in the weeks before she left and has
kept messaging her by text since, saying no one will believe her. Police have recorded rape and harassment. Needs:
ISVA, IDVA (DASH high), non-mol, new phone number.

cw|sexual_offences|online;child_sexual_abuse_exploitation|Dad {m2} called. His son ({cage}) was contacted on Roblox
and then Discord by an adult pretending to be a child, who sent him sexual messages and asked him to undress on
camera. Police are investigating. Needs: online safety advice, CAMHS, school, {m2} feels guilty for not checking the
chats.

pol-hn|sexual_offences||Offence: sexual assault. Circumstances: V ({age}) was on the dancefloor at a nightclub in
{town} when an unknown male put his hand up her skirt. Door staff detained S. Suspect details: male, 20s, not known
to V. V's boyfriend was with her and saw it.

cw|sexual_offences|domestic_abuse;knife_sharp_instrument|{f1} told me her ex-partner {m1} raped her at knifepoint
when he came to her flat on {date}. He held a kitchen knife to her neck the whole time. He is in custody. Needs:
ISVA, IDVA, MARAC, she wants to move out of {town} entirely, help with a housing transfer.

cw|sexual_offences|knife_sharp_instrument|{f1} ({age}) was raped by a stranger who threatened her with a knife in an
underpass in {town} on {date}. She has been to the SARC and the police have DNA. Needs: ISVA, she cannot go out
alone, counselling, her mum has come to stay with her.

cw|sexual_offences|child_sexual_abuse_exploitation|{f1} ({age}) disclosed to her counsellor that her older brother
sexually abused her when she was 8 and he was 15. She has now reported it to police. Needs: ISVA, adult survivors
counselling, she is worried about her parents finding out, no contact with the brother now.

cw|sexual_offences||{m1}, a bus driver, reported that a man exposed himself to him and to passengers on the late
bus; police have CCTV. Needs: {m1} says he's fine but his employer wanted him to have support, info only.

cw|robbery|knife_sharp_instrument|{m1} ({age}) was walking home on {street} at about {time} when two lads stopped
him, one held a knife to his stomach and they took his phone, wallet and headphones. No injuries. He is now scared
to walk anywhere after dark. Needs: replacement phone (hardship fund), help cancelling cards, counselling, his mum
wants to know how to keep him safe.

pol|robbery||Offence: robbery of personal property. MO: V ({age}) was on her phone at the bus stop when S grabbed
it; V held on and S dragged her to the ground before pulling it free and running off. Injuries: grazed knees and
hands. Suspect details: male, teens, on a pedal cycle. V referred for support.

cw|robbery|domestic_abuse|{f1} told me her ex-partner {m1} came up to her outside the {shop}, twisted her arm behind
her back and forced her to hand over her phone and bank card, saying she "owed him". Police have recorded robbery.
She has a bruised wrist. Needs: bank card cancelled, new phone, IDVA, she is scared he will use her card details -
advised her how to report any fraud.

cw|robbery||{f1} ({eage}) was pushed over from behind on her way back from the post office and her handbag was
taken; she broke her wrist in the fall. The man ran off. Police have recorded robbery. Needs: help at home while in
plaster, her pension card and keys were in the bag - locks changed, new cards, Age UK. She is very frightened and
has stopped going out.

pol|robbery|knife_sharp_instrument|Offence: robbery of business property. Circumstances: S entered {shop} on
{street} at {time}, produced a large knife and demanded cash from the till. V ({age}), shop assistant, handed over
approx {small}. S left on foot. Injuries: none. V distressed, off work. Manager requested VS support for staff.

cw|robbery|knife_sharp_instrument|{m1} (17) was robbed of his bike and phone by two men in the park. One kept his
hand in his pocket and said he had a blade and would "shank" him; {m1} believed him and handed everything over. He
never actually saw a knife. Needs: counselling, replacement phone, his mum wants a safety plan for his college
journey.

cw|robbery||{f1} ({age}) was punched by a man who then grabbed her handbag and ran off on {date}. He had said he had
a knife but she never saw one and thought he was bluffing. Black eye. Needs: replacement ID and cards, lock change
as her keys were taken, counselling.

cw|robbery|hate_crime|{m1} has cerebral palsy. He was stopped by two men outside {town} station who mocked the way
he walks, called him disablist names, pushed him against a wall and took his wallet. Police are treating it as a
disability hate crime. Needs: support to make a statement, easy read, help with replacing his bus pass and bank
card.

log|robbery||STREET ROBBERY {date} {time}. V {m1} ({age}) APPROACHED BY 3 YOUTHS ON {street}, PUNCHED AND PHONE AND
HEADPHONES TAKEN. MINOR BRUISING. NO WEAPONS SEEN. CCTV ENQUIRIES ONGOING. V HAPPY FOR VS CONTACT.

cw|robbery||Mum {f1} referred her son ({tage}). Older boys surrounded him on the way home from school, pushed him
into a hedge and took his trainers and his phone. Police have recorded robbery. Needs: school informed, he won't
walk to school now, mum wants to know about replacing the phone.

mix|robbery|knife_sharp_instrument|Circumstances: V ({age}), a food delivery rider, was threatened with a machete by
two males who took his moped and phone on {street}. Injuries: none. Suspect details: two males on foot, balaclavas.
CW note: {m1} has lost his income as the moped was his work vehicle. Needs: hardship fund, insurance letter,
counselling, he wants to change jobs.

cw|robbery||{m1} ({age}) is a taxi driver. A passenger punched him in the back of the head at the end of a fare and
took his cash bag with the night's takings. Bruising. Police have recorded robbery. Needs: counselling, his dashcam
footage to police, business loss advice.

cw|robbery|domestic_abuse|{f1} ({eage}) told me her adult son snatched her purse from her hands and shoved her out
of the way when she wouldn't give him money on {date}. She wasn't injured. Police recorded robbery. She still loves
him and wants him to get help. Needs: adult safeguarding, addiction services info for him, locks, she keeps her
cards at her daughter's now.

cw|robbery||{f1} ({age}) was at a cash machine on {street} when a man stood behind her, grabbed her arm and made her
withdraw {small} and hand it over. Police recorded robbery. Needs: bank refund enquiry, counselling, she doesn't
want to use cash machines now - explained contactless options.

pol|robbery||Offence: robbery of business property. Circumstances: two males entered the post office at {time}, one
pointing what appeared to be a handgun at staff, and took cash from the counter. V ({age}), counter clerk. Injuries:
none. Firearm believed to be an imitation. V and two colleagues referred.

cw-hn|robbery||{m1} ({age}) was robbed by a man he had known for a few weeks from the gym, who came round "for a
chat", pushed him against the wall and took his gaming laptop. They are not related and have never been in a
relationship. Police recorded robbery. Needs: {m1} feels stupid, counselling, help with insurance.

cw|burglary||{f1} ({age}) came home from work on {date} to find her back door forced and the house ransacked;
jewellery and her late mum's rings were taken. Needs: lock change done, insurance claim help, she is not sleeping
and worried it will happen agian as the area has had lots of burglaries. Offered target hardening visit.

cw|burglary||{m1} ({eage}) let a man in who said he was from the water board and needed to check his taps. While
{m1} was in the kitchen a second man went upstairs and took cash and his watch. Police recorded distraction
burglary. Needs: Age UK, doorstep safety advice, a doorbell camera from our scheme, his daughter now visits daily.

pol|burglary||Offence: aggravated burglary. Circumstances: two males entered V's house via an insecure back door at
approx {time}; V ({age}) woke and saw one of them holding a knife as they ran out with his car keys and laptop. No
threats were made to V and he was not approached. Injuries: none. Vehicle later found abandoned.

cw|burglary|domestic_abuse|{f1} ({age}) told me her ex-partner {m1} let himself into her house with an old key while
she was out and took her laptop, her passport and the children's birth certificates. She knows it was him from her
doorbell camera. Police recorded burglary. Needs: lock change today, replacement documents, IDVA referral, help with
an occupation order.

cw|burglary||{f1}'s locked garden shed was broken into and both of the family's bikes and her husband's tools were
taken. Police recorded burglary. Needs: insurance, shed alarm and a ground anchor via the crime prevention officer,
she's anxious as the shed is right next to the back door.

cw|burglary||{m1} runs a café in {town}. It was broken into overnight on {date}; the till float and a coffee machine
were taken and the door was smashed. Police recorded burglary. Needs: business crime support, help with the
insurance claim, his staff are nervous opening up.

cw|burglary||{f1} and her husband were burgled while they slept; the burglars took the car keys from the hall and
the car from the drive. The car was found burnt out in {town2}. Needs: insurance, they are both too scared to sleep
upstairs, lock changes, counselling for {f1}.

log|burglary||BURGLARY DWELLING {date}. ENTRY VIA REAR WINDOW. JEWELLERY, CASH AND IPAD TAKEN. V {f1} {sur} ({age})
LIVES ALONE, VERY DISTRESSED. SOCO ATTENDED. NO SUSPECTS. VS REFERRAL ACCEPTED.

cw|burglary||Spoke to {m1} ({age}). He woke at 4am to find a man in his hallway going through his coat; the man ran
off when he shouted, taking his wallet. Police recorded burglary. Needs: he's not sleeping, his children are scared,
security assessment, new bank cards.

cw|burglary||{f1} ({age}) told me someone kicked in her front door while she was at the hospital with her son; they
took the TV and her laptop and damaged the door frame. Police recorded burglary. Needs: emergency board-up via the
council, new door, laptop for her college course, she is on UC.

pol|burglary||Offence: burglary business and community. Circumstances: community centre on {street} entered
overnight via a roof light; laptops and the lunch club cash tin taken. V ({age}) is the volunteer manager. Injuries:
n/a. V feels responsible and asked for support.

cw|burglary|domestic_abuse|{f1} ({eage}) told me her adult son broke into her house through a window after she had
banned him for stealing from her, and took her TV and jewellery. Police recorded burglary. She doesn't want him
prosecuted but wants to feel safe. Needs: locks and window locks, adult safeguarding, support to think about a
prosecution.

cw|burglary||{f1} was burgled on {date} and her bank cards were taken; since then someone has used them in shops and
taken out cash. Police recorded burglary and the bank is dealing with the card fraud. Needs: bank liaison, credit
file checks, she's worried about identity theft - explained Cifas protective registration.

cw|burglary||{m1} ({eage}) heard someone trying to force his front door at 2am; they damaged the lock and the frame
but didn't get in. Police recorded attempted burglary. Needs: lock change, door chain, a personal alarm, he lives
alone and his daughter lives in {town2}.

cw-hn|burglary||{f1} and her husband {m1} were burgled while on holiday; a neighbour noticed the smashed window.
Both are very shaken. There are no concerns at home - she said they are a close couple and he has been a rock.
Needs: insurance, counselling for {f1} who has panic attacks, target hardening.

mix|burglary||Circumstances: Attached garage at V's home broken into via the side door, power tools and a lawnmower
taken. Suspect details: none. CW note: {m1} ({age}) is a self-employed builder and the tools were his livelihood.
Needs: hardship fund application, help with insurance, he is worried about the house being targeted next.

cw|vehicle_offences||{f1}'s car was stolen from her drive overnight on {date}; police think it was a keyless relay
theft. She is a community nurse and needs the car for work. Needs: help with insurance, letter to her employer,
advice on a signal-blocking pouch and steering lock.

cw|vehicle_offences||{m1} ({eage}) had the catalytic converter stolen from his car outside his home. He relies on
the car to take his wife to dialysis three times a week. Needs: transport to dialysis in the meantime (hospital
transport arranged), insurance, marking kit.

pol|vehicle_offences||Offence: theft from motor vehicle. Circumstances: V's van was entered overnight on {street},
power tools to the value of {amt} taken. No damage - V believes he left it unlocked. V ({age}) is a self-employed
electrician. Needs: business impact, insurance.

cw|vehicle_offences|domestic_abuse|{f1} told me her ex-partner {m1} took her car without asking on {date} and hasn't
given it back; he still has a spare key. She needs it for the school run. Police recorded the car as taken without
consent. Needs: IDVA, lock and key change with the dealer, help with the school run, non-mol advice.

log|vehicle_offences||THEFT OF MOTORCYCLE. V {m1} ({age}). MOTORCYCLE STOLEN FROM OUTSIDE V ADDRESS ON {street}
OVERNIGHT. D-LOCK CUT. V USES BIKE FOR WORK. NO CCTV. V REQUESTS SUPPORT RE LOSS OF EARNINGS.

cw|vehicle_offences||{f1} ({age}) has doorbell footage of two men trying the door handles of every car on her street
at 3am, including hers; nothing was taken. Police recorded vehicle interference. Needs: reassurance, she is on her
own with a baby and anxious, crime prevention advice.

cw|vehicle_offences||{m1}'s number plates were taken off his car and have been used on another car for fuel
drive-offs; he is getting letters from petrol stations. Police recorded theft from a vehicle. Needs: letter from
police to show the companies, new plates, he's stressed about the fines.

cw|vehicle_offences||{f1} left her handbag on the passenger seat while she paid for fuel and someone opened the door
and took it. Police recorded theft from a vehicle. Needs: replacement cards and driving licence, locks changed as
her house keys were in it, she's embarrassed.

cw|vehicle_offences||{m1}'s work van was stolen from outside his house with all his tools in it. Police recorded
theft of a motor vehicle. He is a plumber and can't work. Needs: hardship fund, insurance advice, his wife is
worried about the mortgage.

cw|vehicle_offences||{f1}'s car was taken from outside her house by youths who drove it round the estate and crashed
it into a lamp post; nobody was hurt. Police recorded aggravated vehicle taking. Needs: insurance, she is a carer
for her mum and needs transport, hire car advice.

cw|theft_from_person||{f1} ({eage}) had her purse taken from her handbag on the bus into {town}; she didn't feel a
thing and only noticed when she went to pay at the market. Police recorded theft from the person. Needs: replacement
bus pass and bank card, she is more anxious than she expected, offered a befriender.

cw|theft_from_person||{m1} ({age}) had his phone taken from his back pocket in a crowd at the {town} Christmas
market. He didn't notice until later. Police recorded theft from the person. Needs: help with insurance, his banking
apps - advised to call his bank, low level support only.

cw|theft_from_person||{f1} was standing at the bus stop with her phone in her hand when a man on a bike rode past
and plucked it out of her fingers without touching her. No force, she let go straight away. Police recorded theft
from the person. Needs: replacement phone, she uses it to manage her diabetes so that was urgent - sorted today.

pol|theft_from_person||Offence: theft from the person. Circumstances: V ({eage}) at {town} railway station; purse
removed from shoulder bag while V was looking at the departure board. CCTV shows a female and male working together.
Loss approx {small} plus cards. V referred for support as she lives alone.

cw|theft_from_person||{f1}'s wallet was pickpocketed at a festival and someone used her cards in shops before she
could cancel them. Police recorded theft from the person; the bank is refunding the card spending. Needs: bank
letter, new driving licence, she'd like to know if the CCTV will be checked.

cw|theft_from_person||{m1} ({eage}) was approached by a woman outside the supermarket who hugged him, saying she
knew him, and later he noticed his gold chain was gone. He felt nothing. Police recorded theft from the person.
Needs: reassurance, the chain was his late wife's gift, doorstep and street safety advice.

log|theft_from_person||THEFT FROM PERSON {date} {time}. V {f1} ({age}) HAD PHONE TAKEN FROM COAT POCKET ON PLATFORM
AT {town} STATION. NO FORCE USED, V DID NOT FEEL IT. NO SUSPECT DESCRIPTION. V REQUESTED VS CALL BACK.

cw|bicycle_theft||{m1} ({age}) had his bike stolen from the rack outside {town} station while he was at work; the
lock was cut. He cycles 10 miles to work and can't afford a new one straight away. Needs: hardship fund or bike
recycling scheme, advice on registering the frame number.

cw|bicycle_theft||{f1}'s e-bike was stolen from outside the {shop} on {street} in the 5 minutes she was inside. She
uses it for her delivery job. Police recorded bicycle theft. Needs: loss of earnings, insurance, she is upset as she
was paying it off on finance.

cw|bicycle_theft||{f1}'s son's bike ({cage}) was taken from their front garden overnight; it was not locked. Police
recorded theft of a pedal cycle. Needs: reassurance, her son is upset, info about the bike recycling charity in
{town}.

pol|bicycle_theft||Offence: theft of pedal cycle. Circumstances: V ({age}) locked her cargo bike to railings on
{street}; when she returned after {n} hours the lock had been cut and the bike was gone. Estimated value {amt}.
Needs: V uses bike to take her children to school.

cw|bicycle_theft||{m1} ({age}) had his road bike stolen from outside a café in {town2} while on a club ride; he'd
left it unlocked for a minute. Police recorded bicycle theft. Needs: insurance letter, low support need, he asked
how to report it on the bike register.

cw|bicycle_theft||{f1}'s daughter's bike was stolen from the bike shelter at her school in {town}; it was locked and
the lock was left cut on the ground. Police recorded bicycle theft. Needs: school has CCTV, {f1} wants to know if
they'll look, her daughter now gets the bus.

cw|shoplifting||{f1} is the manager of {shop} on {street}. The same man has come in repeatedly and filled a bag with
meat and coffee and walked out; staff are scared to challenge him. Police recorded shoplifting. Needs: staff
wellbeing, business crime reduction advice, she wants to give an impact statement.

pol|shoplifting||Offence: theft from shop. Circumstances: S selected alcohol to the value of {small} at {shop} and
left without paying. When V ({age}), a shop assistant, followed him to the door S shouted abuse and swore at her
before walking off. Injuries: none. V shaken, referred by store.

cw|shoplifting||{m1} ({age}) works security at a department store in {town}. He has been dealing with a group of
shoplifters who take perfume almost daily; on {date} they took {small} of stock and laughed at him. Police recorded
shoplifting. Needs: he feels unsupported by his employer, wellbeing, court support if it goes ahead.

cw|shoplifting||{f1} runs a small corner shop with her husband. Teenagers come in and take sweets and energy drinks
and run out, several times a week. Police recorded theft from a shop. Needs: CCTV grant enquiry, she is anxious at
work, advice about a shop watch scheme.

log|shoplifting||THEFT FROM SHOP - {shop} {town}. S TOOK RAZORS AND BABY MILK TO VALUE {small}. STAFF MEMBER V {f1}
({age}) VERBALLY ABUSED WHEN SHE ASKED FOR BAG TO BE OPENED. NO ASSAULT. STORE REQUESTS VS FOR V.

cw|shoplifting||{m1} ({age}) is a pharmacy assistant. A man regularly comes in and takes cosmetics and vitamins; on
{date} he took items worth {small}. Police recorded shoplifting. {m1} is worried about being blamed by his manager.
Needs: low level support, info on the business crime scheme.

cw|other_theft||{f1} ({eage}) had money taken from her purse by a carer from the agency that visits her four times a
day; her daughter set up a camera and saw it. The carer has been suspended. Police recorded theft. Needs: new care
agency, safeguarding review, she feels very let down. The carer is not a relative.

cw|other_theft||{m1} ({age}) has had {n} parcels stolen from his doorstep in a month; his doorbell camera shows the
same man each time. Police recorded theft. Needs: advice on safe places and lockers, low level support.

cw|other_theft||{f1} runs a small florist in {town}. Her employee of two years has been taking cash from the till;
she estimates {amt} over six months. Police recorded theft by employee. Needs: buisness advice, she feels betrayed,
help with an impact statement.

pol|other_theft||Offence: making off without payment. Circumstances: V ({age}), a taxi driver, drove two males from
{town} to {town2}; at the destination both ran off without paying the fare of {small}. No threats. V referred as
this is the third time this month.

cw|other_theft|online|{m1} ({age}) was talking to a woman on a dating app who persuaded him to send intimate
pictures; she then said she would send them to his family and employer unless he paid {amt}. He paid once. Police
recorded blackmail. Needs: reassurance, advice on not paying further, help reporting the images, counselling.

cw|other_theft|domestic_abuse|{f1} ({eage}) told me her adult son has been taking money from her purse and her
pension account for months; she estimates over {amt}. She doesn't want him arrested but can't afford food. Police
recorded theft. Needs: bank safeguarding, food bank, adult safeguarding, she is worried about him.

cw|other_theft||{f1} left her phone on the table at a pub in {town} while she went to the bar and when she came back
it had gone. Police recorded theft. Needs: phone replacement, she lost all her photos of her late dad - talked about
the cloud backup.

cw|other_theft||{f1}'s French bulldog was taken from her back garden on {date}. Police recorded theft. She is
heartbroken. Needs: help with posters and microchip database alert, support, she is worried about the neighbours'
dogs too.

cw|other_theft||{m1} ({eage}) had cash and his watch taken from the bedside locker while he was a patient on a ward
at {town} General. Police recorded theft. Needs: support with the hospital complaint, replacement bank card, his son
is dealing with most of it.

pol|other_theft||Offence: making off without payment. Circumstances: vehicle filled with fuel to the value of
{small} at the petrol station on {street}, driver drove off without paying. V ({age}), the cashier, is being asked
by her manager to pay the loss. V referred for support.

cw|other_theft||{f1}'s post has been going missing for weeks and she found that a new bank card had been intercepted
and used. Royal Mail and police are investigating theft of mail. Needs: bank, credit file check, advice on
redirections, she is worried someone has her details.

cw|other_theft|domestic_abuse|{f1} ({eage}) found that her granddaughter ({gage}), who lives with her, has been
taking her jewellery and pawning it. Police recorded theft. {f1} doesn't want to fall out with her. Needs: safe for
valuables, adult safeguarding, family meeting support.

cw-hn|other_theft||{f1} let a room to a lodger through an advert; he left without notice and took cash and her
laptop. They are not related and were not in a relationship. Police recorded theft. Needs: advice on lodger
agreements, replacement laptop for her studies.

cw|criminal_damage_arson|domestic_abuse|{f1} told me her ex-partner {m1} came round drunk on {date} and smashed her
front windows with a brick when she wouldn't let him in. Nobody was hurt. Police recorded criminal damage. Needs:
emergency glazing (landlord), IDVA, sanctuary scheme, the children were terrified.

cw|criminal_damage_arson||{m1}'s car was keyed along both sides outside his house overnight; it's happened twice
now. He has no idea who did it. Police recorded criminal damage. Needs: insurance, CCTV advice, he is stressed and
his wife is worried it's personal.

cw|criminal_damage_arson||{f1}'s wheelie bin was set alight against the side of her house at 1am; the fire brigade
put it out and the side of the house is scorched. Police recorded arson. Needs: smoke alarms checked by the fire
service, she has three children and is frightened, housing association repair.

cw|criminal_damage_arson|hate_crime|{m1}'s house had racist graffiti sprayed on the front door and wall on {date}.
Police recorded racially aggravated criminal damage. The family have lived there for ten years and never had a
problem. Needs: council graffiti removal, CCTV, hate crime support, the children don't want to go to school.

cw-hn|criminal_damage_arson||{f1} says her next door neighbour has damaged her fence panels and cut down her
climbing rose because he says it's on his side. They are not related and have never got on. Police recorded criminal
damage. Needs: mediation once things calm down, boundary advice, she feels intimidated.

cw|criminal_damage_arson|domestic_abuse|{f1} told me her ex-husband {m1} poured petrol through her letterbox and set
it alight while she and the children were asleep upstairs. The smoke alarm woke them and they got out. Police
recorded arson with intent to endanger life. Needs: emergency housing, MARAC, IDVA, school liaison, clothes and
essentials.

cw|criminal_damage_arson|domestic_abuse|{f1} ({age}) said her partner {m1} smashed her phone and put his fist
through the TV during an argument on {date}. He didn't touch her. Police recorded criminal damage. Needs: new phone
(hardship fund), IDVA, she says the damage is "what he does instead of hitting me".

cw|criminal_damage_arson||{m1} ({eage}) has an allotment; his shed was smashed up and his plants pulled out over the
weekend. Nothing was taken. Police recorded criminal damage. Needs: he has been growing there for 30 years and is
very upset, link to the allotment society.

cw|criminal_damage_arson|hate_crime|{m1} is the caretaker at a mosque in {town}. The windows have been smashed twice
this month and anti-Muslim words were scratched into the door. Police recorded religiously aggravated criminal
damage. Needs: security grant info, he is worried about worshippers, hate crime advocacy.

cw-hn|criminal_damage_arson||{f1}'s car tyres have been let down and her wing mirror snapped off three times; she
thinks it's the neighbour she argued with about parking but has no proof. Not related, no relationship. Police
recorded criminal damage. Needs: dashcam with parking mode, support.

log|criminal_damage_arson||CRIMINAL DAMAGE DWELLING {date}. EGGS AND PAINT THROWN AT FRONT OF V ADDRESS ON {street}.
V {f1} ({age}) LIVES ALONE. GROUP OF YOUTHS SEEN RUNNING OFF. V DISTRESSED. NO INJURIES.

cw|criminal_damage_arson|domestic_abuse|{f1} ({eage}) told me her son punched holes in her doors and broke the
kitchen cupboards when she refused him money. He lives with her. Police recorded criminal damage. Needs: repairs via
her housing association, adult safeguarding, she wants him to move out.

pol|criminal_damage_arson||Offence: arson (not endangering life). Circumstances: V's car set alight on the street
outside her home on {street} at approx {time}; car destroyed. No suspects. V ({age}) needs car for work. Fire
service attended.

cw|criminal_damage_arson|hate_crime|{m1} uses a mobility scooter. Someone ripped the seat and wrote a disablist word
on it while it was parked outside his flat. Police recorded criminal damage as a disability hate crime. Needs:
scooter repair, he feels targeted, easy read info.

cw-hn|criminal_damage_arson||{f1}'s car was scratched by her ex-partner's new wife, who was seen on the doorbell
camera; she also let the tyres down. {f1} and her ex have been apart for 8 years and get on fine. Police recorded
criminal damage. Needs: insurance, support.

cw|criminal_damage_arson|domestic_abuse|{f1}'s ex-boyfriend kicked her front door so hard the frame split during an
argument through the letterbox on {date}; he didn't get in. Police recorded criminal damage. Needs: new door from
the housing association, IDVA, doorbell camera.

cw|criminal_damage_arson|hate_crime|{m1} and his husband had the rainbow flag in their front garden burnt and
homophobic abuse sprayed on their wall. Police recorded criminal damage as a homophobic hate crime. Needs: CCTV,
LGBT+ hate crime support, they want to stay in their home.

cw|criminal_damage_arson||{m1} ({age}) is the caretaker of a primary school in {town}; windows are being smashed
every weekend and he has to clear up the glass before the children come in. Police recorded criminal damage. Needs:
support for his stress, he wants the school to get CCTV.

cw-hn|criminal_damage_arson||{f1} ({age}) told me a woman she works with ripped the roof of her convertible car and
dented the bonnet in the staff car park. They are colleagues and that's all. Police recorded criminal damage. Needs:
HR, insurance, she is anxious about going into work.

pol|drug_offences||Offence: possession with intent to supply Class A. Circumstances: following repeated reports from
V ({age}), a warrant was executed at the flat below hers on {street}; crack cocaine and cash seized, two males
charged. V is anxious about reprisals though none have been made. Needs: housing letter supporting a transfer,
reassurance.

cw|drug_offences||{f1} ({eage}) told me people have been dealing drugs from a car in the car park outside her
bungalow for months; police arrested two men on {date} and found heroin and cannabis. She hasn't been threatened but
doesn't feel safe. Needs: neighbourhood policing contact, she'd like better lighting, a befriender.

cw|drug_offences||{m1} ({age}) found a cannabis factory in the loft of the house he had just rented out when the
tenants left; police have recorded cannabis production. There is some damage from the wiring but nothing deliberate.
Needs: landlord insurance advice, electrical safety, he's stressed about the mortgage.

log|drug_offences||DRUGS - PWITS CLASS B. REPORT FROM V {f1} ({age}) RE DEALING FROM NEIGHBOURING FLAT. WARRANT
EXECUTED {date}, QUANTITY OF CANNABIS AND SCALES SEIZED. 1 MALE CHARGED. V REQUESTS SUPPORT AS SHE IS A WITNESS.

cw|drug_offences||{f1} is a youth worker in {town}. She reported young people being sold cannabis and ketamine
outside the youth club and a man was arrested and charged with supply. Needs: she may be a witness, wants to know
about special measures, the club is worried about the young people.

cw|drug_offences||{m1} ({age}) told me he reported a man dealing cocaine in the toilets at the pub he manages; the
man has been charged with possession with intent to supply. {m1} is worried about being seen as a "grass". Nothing
has happened to him. Needs: witness care, reassurance, info on court.

pol|drug_offences||Offence: supply of controlled drugs. Circumstances: V ({age}) reported her neighbour's visitors
dealing from the shared stairwell; police seized Class A on {date}. V has small children and found a needle on the
stairs. Needs: housing association, sharps collection, support.

cw|possession_of_weapons||{f1} is a teacher at a secondary school in {town}. She found a kitchen knife in a Year 9
pupil's bag during a search; the pupil had not threatened anyone and said it was "for protection". Police attended.
{f1} is shaken and worried about the pupil. Needs: support, school safeguarding debrief.

cw|possession_of_weapons||{m1} ({age}) works at a convenience store. A customer's jacket fell open and he saw a
machete tucked in his waistband; the man paid and left without saying anything threatening. {m1} called police and
the man was arrested nearby. Needs: {m1} is anxious about working nights, employer contacted.

pol|possession_of_weapons||Offence: possession of bladed article in a public place. Circumstances: V ({age}), a bus
driver, saw a passenger with a large knife in an open bag; no threats were made to anyone. V radioed control and
police stopped the bus and arrested the male. V referred for support following the incident.

cw|possession_of_weapons||{f1} found a gun in her adult son's wardrobe while cleaning and called police; it turned
out to be a converted blank-firing pistol and he has been charged with possessing a firearm. Nobody was threatened.
Needs: she is distraught, worried about her other children, family support.

cw|possession_of_weapons||{f1} ({age}) saw a man outside the primary school gates with a knife sticking out of his
pocket at pick-up time. He didn't approach anyone. Police arrested him for possession. Needs: she is a witness,
school has offerred a meeting, she wants reassurance for her daughter.

log|possession_of_weapons||POSSESSION OF OFFENSIVE WEAPON. KNUCKLEDUSTER FOUND ON MALE STOPPED IN {town} TOWN CENTRE
{date}. V/WITNESS {m1} ({age}), DOOR SUPERVISOR, REPORTED MALE ACTING SUSPICIOUSLY. NO THREATS MADE. WITNESS SUPPORT
REQUESTED.

cw|possession_of_weapons||{m1} ({age}) is a park ranger. He saw two teenagers hiding a zombie knife in a bush and
called police; they were arrested when they came back for it. Nobody was threatened. Needs: he may have to give
evidence, wants to know if they'll know his name.

cw|public_order|hate_crime|{m1} ({age}) is a taxi driver in {town}. A passenger he picked up from a pub shouted
racist abuse at him for the whole journey and then refused to get out. No assault. Police recorded a racially
aggravated public order offence. Needs: he's thinking of giving up nights, hate crime support, dashcam audio given
to police.

cw|public_order||{f1} ({age}) was walking home when a drunk man in the street started shouting that he would
"batter" her and walked towards her fists clenched. She ran into a shop. Police recorded a public order offence.
Needs: she is shaken, wants updates, she has been getting taxis since.

cw|public_order|hate_crime|{f1} and her girlfriend were shouted at by a group of men in {town} high street, who
called them homophobic names and followed them for a short way. Nobody was touched. Police recorded a public order
offence with a hate crime flag. Needs: LGBT+ support, they are anxious about going out together.

pol|public_order||Offence: s5 public order. Circumstances: S became abusive at the GP surgery reception when told
there were no appointments, swearing and shouting at V ({age}), the receptionist, in front of patients. No threats
of violence. S left before police arrival. V referred for support.

cw|public_order|domestic_abuse|{f1} told me her ex {m1} saw her in the town centre on {date} and stood in the street
screaming abuse at her, calling her names in front of shoppers and her daughter. He didn't touch her. Police
recorded a public order offence. It's the first incident since they split last year. Needs: IDVA advice, safety plan
for the town centre.

cw|public_order||{m1} ({age}) works in a phone shop on {street}. He was caught up in a violent disorder in the town
centre on {date} when two groups fought outside; the shop window was cracked and he hid in the back with customers.
Police recorded violent disorder. Needs: counselling, his employer's support.

cw|public_order|hate_crime|{m1} ({age}) was waiting at a bus stop in {town} when a man shouted antisemitic abuse at
him because of his kippah and spat on the ground near him. Nothing touched him. Police recorded a religiously
aggravated public order offence. Needs: CST contact, hate crime advocacy.

cw-hn|public_order||{f1} ({eage}) told me her neighbour leans over the fence shouting that he'll "sort her out"
about her trees. She is afraid he will hit her. Police recorded a public order offence. They have no family
connection. Needs: mediation not yet, housing association, a personal alarm.

pol|public_order|hate_crime|Offence: racially aggravated public order. Circumstances: V ({age}), a steward at a
football match, was subjected to racist chanting and gestures by a group of away fans. No physical contact. Club and
police reviewing CCTV. V referred for support.

cw|public_order|domestic_abuse|{f1} ({age}) told me her brother stood outside her house shouting abuse, saying she
would regret it and calling her names after a row about their dad's will; neighbours came out. He didn't come in.
Police recorded a public order offence. Needs: she's worried it will happen again, IDVA information, family
mediation not suitable yet.

log|public_order||S4 PUBLIC ORDER. V {f1} ({age}) THREATENED BY MALE ON {street} WHO SHOUTED HE WOULD SMASH HER FACE
IN AFTER SHE ASKED HIM TO MOVE HIS CAR. NO CONTACT. S NOT KNOWN TO V. V ANXIOUS, REFER VS.

cw|public_order|hate_crime|{f1} ({age}) was shopping with her son who has Down's syndrome when a man in the queue
made loud disablist comments about him and said people like him shouldn't be allowed out. Police recorded a public
order offence as a disability hate crime. Needs: support for her son, advocacy.

cw|public_order||{m1} ({age}) was cut up on the ring road and the other driver followed him to a junction, got out
and screamed at him through the window that he'd "have him". He drove away. Police recorded a public order offence.
Needs: low level, he has a dashcam.

cw|public_order||{f1} ({age}) was waiting at the bus shelter on {street} when a group of young men surrounded her,
shouted that they'd hurt her and threw a drink at her feet. Nothing hit her. Police recorded a public order offence.
Needs: she is very anxious, changing her route, counselling.

cw|public_order|hate_crime|{m1} ({age}) is Sikh. A man in a car park shouted abuse about his turban and called him a
terrorist. No contact. Police recorded a religiously aggravated public order offence. Needs: hate crime support,
gurdwara support network, he wants to know if CCTV will help.

cw|public_order||{f1} is a nurse in the emergency department at {town} General. A man waiting to be seen shouted
threats and abuse at her and other staff for twenty minutes. No contact. Police recorded a public order offence.
Needs: wellbeing, she is on a course of counselling through work already.

cw|public_order||{m1} ({age}) had abuse shouted at him by a man in the street who called him names; {m1} is Black
and asked whether it was racist - he told me the man didn't say anything about race and he doesn't think it was
racially motivated, just aggressive. Police recorded a public order offence. Needs: reassurance, low level support.

cw|public_order|hate_crime|{f1} is trans. A group of teenagers at the railway station shouted transphobic abuse at
her and followed her along the platform filming on their phones. Nobody touched her. Police recorded a public order
offence with a transgender hate crime flag. Needs: trans-led support, travel plan.

cw|misc_crimes_against_society||{f1} ({age}) was crossing {street} with her grandson ({cage}) when a car came round
the corner at speed on the wrong side and missed them by inches; the driver didn't stop. Neither was hurt. Police
have identified the driver and recorded dangerous driving. Needs: {f1} is shaken, her grandson has nightmares.

cw|misc_crimes_against_society||{m1} ({age}) runs a bakery. A man he had refused to serve phoned the shop and said
he would come back and put the windows through and burn the place down. Nothing has happened. Police recorded a
threat to commit criminal damage. Needs: security advice, he wants to know if the man has been spoken to.

cw|misc_crimes_against_society||{f1} ({age}) told me a neighbour made a false report to police that she was dealing
drugs from her flat; officers searched and found nothing. The neighbour has now been charged with perverting the
course of justice. Needs: {f1} is humiliated, wants the record corrected, counselling, housing move.

cw|misc_crimes_against_society||{m1} is a GP. Police found that letters with his forged signature had been used to
get benefits and fit notes for people he had never seen. A man has been charged with forgery. {m1} is worried about
his reputation. Needs: support, GMC liaison info, low level.

cw|misc_crimes_against_society||{f1} ({age}) lives on an estate road where young men race cars at night; on {date}
one lost control and mounted the pavement where she had been standing a moment before. No one was hurt. Police
recorded dangerous driving. Needs: she wants traffic calming, support with anxiety.

pol|misc_crimes_against_society||Offence: dangerous driving. Circumstances: delivery van driven along the pavement
outside {town} primary school at pick-up time to get around traffic; V ({age}), a parent, had to pull her child out
of the way. No injuries. Driver identified by dashcam. V referred for support.

cw|misc_crimes_against_society||{m1} ({age}) gave evidence in a civil case and found out a witness for the other
side lied under oath; police have now charged that witness with perjury and {m1} has been named as a victim. Needs:
he wants to understand the process, low level support.

log|misc_crimes_against_society||DANGEROUS DRIVING. V {m1} ({age}) CYCLIST, CLOSE PASSED AT SPEED BY CAR OVERTAKING
ON A BLIND BEND ON {street}, V FORCED TO SWERVE. NO COLLISION. NO INJURIES. HELMET CAM FOOTAGE SUBMITTED. DRIVER
TRACED.

cw|fraud_computer_misuse|online|{f1} ({eage}) met a man on a dating website who said he was an engineer working on
an oil rig. Over six months she sent him {bigamt} for "customs fees" and a "medical bill". Her bank stopped a
further payment. Reported to Action Fraud. Needs: she is ashamed and hasn't told her children, counselling, bank
liaison on reimbursement, advice on recovery scams.

cw|fraud_computer_misuse||{m1} ({eage}) got a phone call from a man saying he was a police officer and that his bank
staff were corrupt; he was told to withdraw {amt} and hand it to a courier who came to the door. Reported to police
as courier fraud. Needs: bank, he is frightened to answer the phone, call blocker, his son is helping.

cw|fraud_computer_misuse|online|{m1} ({age}) saw an advert on Instagram for a crypto investment platform and
invested {bigamt} over three months; the website showed big profits but he couldn't withdraw anything and now it has
gone. Reported to Action Fraud. Needs: debt advice (he borrowed some), mental health - he said he feels suicidal at
times, so GP and crisis line details given and a safety plan made.

cw|fraud_computer_misuse|online|{f1} ({age}) found out someone has used her name and address to apply online for
three loans and a phone contract. She only found out when debt letters arrived. Reported to Action Fraud. Needs:
credit file, Cifas protective registration, letters to lenders, she is anxious about her mortgage application.

cw|fraud_computer_misuse||{f1} ({eage}) got a call from someone claiming to be from HMRC saying she owed tax and
would be arrested; she paid {amt} by bank transfer while on the phone. Reported to Action Fraud. Needs: bank
reimbursement claim, she is very embarrassed, call blocker, Age UK scams awareness.

cw|fraud_computer_misuse||{m1} ({age}) got a text that looked like it was from his bank, then a phone call from "the
fraud team" who talked him into moving {amt} to a "safe account". All by text and phone call. Reported to the bank
and Action Fraud. Needs: reimbursement claim, letter for his landlord as he can't pay rent this month.

cw|fraud_computer_misuse|online|{f1} paid {small} for a sofa on Facebook Marketplace and the seller stopped
replying; the sofa never arrived and the profile has gone. Reported to Action Fraud. Needs: bank dispute, low level
support, she's on a low income and that was her savings.

cw|fraud_computer_misuse|online|{f1}'s Instagram account was hacked and the hacker messaged all her friends asking
them to invest in bitcoin; two friends sent money. She has lost access to years of photos. Reported to Action Fraud.
Needs: account recovery steps, she feels responsible for her friends' losses, reassurance.

cw|fraud_computer_misuse|domestic_abuse|{f1} found out after they separated that her ex-husband had opened a
catalogue account and a credit card in her name by phone, running up {amt} of debt. Police recorded fraud. Needs:
debt advice, letters to the lenders with the police reference, IDVA information, she is worried about what else he's
done.

cw|fraud_computer_misuse||{m1} ({eage}) paid a man who knocked on his door {amt} to fix a "loose" roof tile; the man
did a few minutes' work and then said the whole roof needed replacing and took more money. Trading standards and
police involved - recorded as fraud. Needs: rogue trader advice, his daughter has power of attorney now, no cold
calling zone.

cw|fraud_computer_misuse|online|{f1} ({age}) got a WhatsApp from a number saying "Hi Mum, I've dropped my phone" and
paid {amt} for "her daughter's" bills before realising. Reported to Action Fraud. Needs: bank, she feels stupid -
reassurance, advice on verifying messages.

cw|fraud_computer_misuse|online|{m1} ({age}) paid {small} for concert tickets from a seller on X who sent fake PDFs.
Reported to Action Fraud. Needs: bank chargeback, low support need, he wanted it on record.

cw|fraud_computer_misuse||{m1} ({eage}) was cold called by a "pensions adviser" and persuaded to transfer {bigamt}
of his pension into an overseas investment that turned out to be fake. All by phone and post. Reported to Action
Fraud. Needs: FCA, financial advice, he has lost most of his retirement savings and is not sleeping.

cw|fraud_computer_misuse|online|{f1} ({eage}) got a call from someone saying they were from her broadband company
and needed to fix her internet; she let them remote into her computer and they moved {amt} out of her online
banking. Police recorded computer misuse and fraud. Needs: computer clean up, bank, scam awareness, very distressed.

cw|fraud_computer_misuse|online|{f1} ({age}) paid a deposit and first month's rent of {amt} for a flat she found on
a property website; when she arrived the real owner knew nothing about it. Reported to Action Fraud. Needs:
emergency housing as she had given notice on her old place, council homeless team.

log|fraud_computer_misuse||FRAUD - IMPERSONATION. V {m1} ({eage}) RECEIVED CALLS FROM MALE CLAIMING TO BE FROM BANK.
V GAVE CARD DETAILS AND PIN OVER PHONE. {amt} TAKEN. NO ONLINE ELEMENT. ACTION FRAUD REF OBTAINED. V LIVES ALONE.

cw|fraud_computer_misuse|domestic_abuse;online|{f1} ({eage}) told me her grandson ({gage}) set up online banking in
her name on his phone without her knowing and has moved money to himself. He doesn't live with her. Police recorded
fraud. Needs: bank, adult safeguarding, she is upset and doesn't want him in trouble.

cw|fraud_computer_misuse||{m1} ({age}) invested {bigamt} with a "broker" who cold called him and sent glossy
brochures in the post; the company has vanished. Reported to Action Fraud. Needs: debt advice, he hasn't told his
wife, counselling.

cw|fraud_computer_misuse|online|{f1} got a text saying a parcel couldn't be delivered and clicked the link; she
entered her card details on the website and {small} was taken. Reported to the bank and Action Fraud. Needs: new
card, reassurance, she is worried about further scams.

cw|fraud_computer_misuse||{f1} ({eage}) received a letter saying she had won a foreign lottery and paid {small} in
"fees" by postal order before her son noticed. All by post. Reported to Action Fraud. Needs: mail preference
service, scam awareness, her son wants to be told of any more letters.

cw-hn|fraud_computer_misuse|online|{f1} ({age}) met a man on a dating app and after a few weeks of messages, never
having met in person, he asked for money for a visa. She sent {amt}. She understands now there was no relationship -
the profile was fake. Reported to Action Fraud. Needs: counselling, bank, she is embarassed to tell her sister.

cw|fraud_computer_misuse|online|{m1} ({age}) runs a small business; an email that looked like it came from his
supplier gave new bank details and he paid an invoice of {bigamt} to the fraudster. Police recorded fraud. Needs:
bank recovery, business advice, stress.

cw|anti_social_behaviour||{f1} ({age}) has had months of loud music and parties from the flat above until 3am,
several nights a week. No threats, nothing damaged. She has reported to the council and police. Needs: noise diary,
environmental health, she works early shifts and is exhausted, GP for sleep.

cw|anti_social_behaviour||{m1} ({eage}) says a group of teenagers gather outside his bungalow every evening, playing
football against his wall and being noisy. They haven't damaged anything or threatened him. Needs: neighbourhood
team contact, youth service outreach, he is lonely and anxious - befriender.

cw-hn|anti_social_behaviour||{f1} told me the couple upstairs argue loudly most nights and she's worried about the
woman, but she has never heard or seen anything violent and doesn't know them. Her own concern is the noise keeping
her baby awake. Needs: noise diary, housing officer, advised she can call police if she ever hears violence.

cw|anti_social_behaviour||{f1}'s neighbour's dog barks all day while they are at work. There have been no threats or
damage. Needs: environmental health, mediation service referral, she works from home and it's affecting her mental
health.

cw|anti_social_behaviour||{m1} ({age}) is fed up with youths riding motorbikes across the field behind his house
every evening; nothing has been damaged and no one has threatened him. Needs: neighbourhood policing team, council
about barriers, low level support.

cw|anti_social_behaviour||{f1}'s neighbour has put a CCTV camera that looks into her garden. There have been no
threats or other problems. Police say there is no crime. Needs: ICO guidance, mediation, she feels watched.

cw|anti_social_behaviour||{f1} ({age}) says the neighbours leave rubbish bags in the shared alley which attract
rats, and shout to each other late at night. Nothing directed at her. Needs: council environmental services, housing
association.

cw|anti_social_behaviour||{m1} ({eage}) told me children keep knocking on his door and running away, several times a
week. Nothing damaged, no threats. He has dementia in the early stages and gets confused. Needs: doorbell camera,
neighbourhood team, his son wants to speak to the school.

cw|anti_social_behaviour||{f1} runs a shop on {street}. People drinking on the bench outside are noisy and leave
cans but nobody has threatened her or stolen anything. Needs: PSPO info from council, street outreach, low level.

cw|anti_social_behaviour||{f1} ({age}) says someone sets off fireworks in the street most nights, which upsets her
dog and her son who has autism. No damage or threats. Needs: council, neighbourhood policing, advice on reporting.

log|anti_social_behaviour||ASB - YOUTHS CONGREGATING. V {f1} ({age}) REPORTS GROUP OF 6-8 YOUTHS OUTSIDE V ADDRESS
NIGHTLY, SHOUTING AND SMOKING. NO CRIMES DISCLOSED. NO DAMAGE. REFER TO NPT AND VS.

cw-hn|anti_social_behaviour||{f1} told me her ex-husband lives two doors down and his teenage sons (not hers) play
loud music; she says her ex has never been a problem and there's no history of any abuse between them, it's just the
noise. Needs: environmental health, noise diary.

cw|anti_social_behaviour||{m1} ({age}) has a neighbour who revs his car at 6am every morning and parks across his
drive. No threats or damage. Needs: mediation service, council parking enforcement.

cw-hn|anti_social_behaviour||{f1} ({age}) says her upstairs neighbour plays drums late at night and stamps on the
floor. She said at first she thought it was "a domestic" up there but it's just one man living alone and it's noise
only. Needs: noise app, environmental health.

cw|other_crime||{f1} ({age}) reported her neighbour for repeatedly kicking and starving his dog; the RSPCA and
police have been involved and the dog has been removed. {f1} is upset and feels unsafe because the neighbour knows
it was her. No threats made to her. Needs: reassurance, support.

cw|other_crime||{m1} ({age}) is a farmer near {town2}. Lorry loads of building waste have been fly-tipped on his
land three times. The council and Environment Agency are investigating. Needs: clearance costs, gate and camera
advice, stress.

cw|other_crime||Police crime reference given ({ref}) but crime type not recorded. {f1} ({age}) did not want to talk
about what happened on the call and asked only for help with a fit note and her rent arrears. Needs: fit note
letter, housing officer, call back in a week.

cw|other_crime||{f1} ({age}) told me her landlord changed the locks while she was at work and put her belongings in
the garden; he did not use any threats or violence. The council tenancy relations officer says it is an illegal
eviction and is taking action. Needs: emergency accommodation, Shelter, storage for her things.

cw|other_crime||{f1} ({age}) reported that the horses in the field next to her house have been left without food or
water; the RSPCA has taken action against the owner. She has had no trouble from the owner. Needs: she is upset, low
support need.

log|other_crime||CRIME TYPE: NOT RECORDED. CRN {ref}. V {m1} ({age}). V STATES HE WAS VICTIM OF A CRIME BUT DECLINED
TO GIVE DETAILS TO VS. REQUESTS HELP WITH FOOD BANK AND GAS METER. NO FURTHER INFO.

cw|other_crime||{m1} ({age}) is a landowner. Someone has dug out the badger sett in his woodland; police wildlife
officer investigating. Needs: he is upset, wants advice on cameras, low support need.

cw|other_crime||Referral from police, crime type field says "Other". {f1} ({age}) only wanted to talk about her
needs: anxiety, her children's school attendance and a move. She said "I don't want to go over what happened, the
police have it". Needs: counselling, school liaison, housing.

mix|violence_without_injury|modern_slavery|Circumstances: V ({age}), Vietnamese national, found by police locked
inside a house in {town} being used as a cannabis farm. He told officers he was smuggled into the UK in a lorry,
told he owed £30,000 and made to water the plants, sleeping on a mattress by the lights. Suspect details: two males,
not in custody. CW note: V has been referred into the NRM as a potential victim of trafficking; he is in a safe
house and is frightened for his mother at home, who he says has been threatened. Needs: Vietnamese interpreter,
immigration solicitor, GP registration, explained that he should not be treated as the offender.

cw|sexual_offences|modern_slavery;online|{f1} ({age}) told me a man she met in a bar, who offered her a room, put
adverts for her on an adult services website and made her see men in hotel rooms in {town} and {town2}. He kept all
the money, took her ID and told her he would send photos to her family if she stopped. She escaped on {date} and
went to police; NRM referral made. Needs: ISVA, safe house, sexual health, help getting ID replaced, counselling.
She says she was never in a relationship with him and is not related to him.

cw|violence_with_injury|honour_based_abuse|{f1} ({age}) disclosed during a health visit that she was subjected to
FGM in Sudan when she was 7. She is pregnant with a girl and is frightened her husband's relatives will want the
same for her daughter; her husband is against it and supportive. The midwife reported it to police. Needs:
specialist FGM clinic, FGM Protection Order information, Arabic interpreter, counselling. She says she does not want
anyone in her family prosecuted, she wants to protect her daughter.

cw|violence_without_injury|domestic_abuse;online;honour_based_abuse|{f1} (23) told me her older brother has sent her
WhatsApp messages saying he will kill her because she has moved in with her boyfriend and "shamed" the family. She
believes he means it; an uncle has also been phoning her workplace. Police have recorded threats to kill and flagged
it as honour-based abuse. Needs: specialist HBA caseworker, move to a new area, change of phone number and social
media, her boyfriend is supporting her. Risk assessment high.

cw|stalking_harassment|domestic_abuse;honour_based_abuse|{m1} ({age}) married a woman from a different caste against
his parents' wishes. Since then his father and uncles have been calling him daily, turning up at his work, telling
his employer lies and saying he has destroyed the family's izzat. His parents have taken his savings, which were in
a joint account. Police have recorded harassment and flagged honour-based abuse. Needs: HBA specialist service,
bank, support for his wife, workplace letter. He is exhausted and low.

mix|violence_with_injury|domestic_abuse|Suspect details: ex-partner, {sage}, father of V's two youngest children.
Injuries: fractured finger, bruising to upper arms. Circumstances: S attended V's address to return the children
after contact, forced his way into the hallway and slammed V's hand in the door when she tried to close it. CW note:
Spoke to {f1} this morning - she is more worried about money than anything else, she has been off work and her UC
has been sanctioned. Needs: benefit appeal, food bank voucher, IDVA (DASH medium), Clare's Law not needed as she
knows his history, school informed about collection arrangements.

mix|stalking_harassment|domestic_abuse;online|Offence: stalking. Suspect details: ex-partner, not recorded.
Circumstances: since the separation S has created over twenty accounts on Facebook and Instagram to contact V, sent
flowers to her workplace and posted her new address in a community group. CW note: {f1} ({age}) sounds exhausted.
She has moved twice. Needs: tech safety check, National Stalking Helpline, SPO application support, help with
removal costs, her GP has prescribed sleeping tablets. She said "I just want it to stop, I don't even want him
punished".

mix|burglary||Circumstances: V's flat on {street} entered between {time} and midnight while V was at work; laptop,
passport and {small} cash taken, and the back door frame damaged. Suspect details: none. Injuries: n/a. CW note:
{f1} ({age}) is an international student and her passport and visa card were taken. Needs: embassy appointment,
letter for her university, crime reference for her landlord, lock change, she has no family in the UK and is lonely
- signposted to the university wellbeing team and a student befriending scheme.

cw|violence_with_injury|domestic_abuse|{f1} ({age}) told me her cousin {f2}, who has been living with her since
losing her job, threw a glass of wine at her and then punched her in the mouth in a row about money. Her lip was
split and needed glue. Police arrested {f2} and she is now staying elsewhere on bail. Needs: {f1} feels guilty for
calling police, she wants family mediation later, her rent is now in arrears as {f2} was paying half - referred to
the council discretionary housing payment.

cw-hn|violence_with_injury||{f1} ({age}) was punched by her boyfriend's friend at a party after she told him to stop
being rude to her; she has a black eye and a cut to her nose. Her boyfriend was not involved and took her to A&E.
The friend is not related to her and has never been in a relationship with her. Police recorded ABH. Needs:
counselling, she is anxious about seeing him again as they have the same social circle, victim personal statement.

cw-hn|sexual_offences||{f1} ({age}) was sexually assaulted by her best friend's husband, who groped her in the
kitchen at a barbecue at their house. He is not related to her. She has lost her friendship over it as her friend
doesn't believe her. Police are investigating. Needs: ISVA, counselling, she is isolated and has lost most of her
social circle.

cw-hn|stalking_harassment|online|{f1} ({age}) matched with a man on a dating app but they never met; when she
stopped replying he began sending her abusive messages on WhatsApp and Instagram and found her workplace. She is
clear there was never any relationship. Police recorded harassment. Needs: privacy settings, employer informed,
blocking, she has deleted all dating apps.

cw|violence_without_injury|domestic_abuse|{f1} is 16. Her dad told her he would kill her if she didn't stop seeing
her friends from college and grabbed her by the shoulders; no marks. She told her school and they called police. Her
mum has moved out with her. Needs: young persons IDVA, CAMHS, college support, mum needs help with housing and a
school bus pass. DASH completed with mum present.

cw-hn|violence_without_injury||{f1} is 14. Her dad told her during a row that he would kill her if she embarrassed
him again; she was frightened and told a teacher. Police recorded threats to kill and children's services are
assessing. Needs: school counsellor, early help for the family, {f1}'s mum wants advice on how to keep her safe.

cw|robbery||{f1} ({eage}) was walking to church when a man came up from behind, yanked her gold necklace so hard it
cut into her neck and knocked her to the ground, then ran off with it. Grazes, a bruised hip and a cut to her neck.
Police recorded robbery. Needs: she lives alone, her son has come from {town2}, personal alarm, church community
support, she wants to know if the necklace has been found as it was her late husband's gift.

cw|burglary||{f1} ({eage}) lives in a park home on a residential site near {town}. Someone got in through a window
while she was at a hospital appointment and took her late husband's medals and some cash. Police recorded burglary.
Needs: she is very distressed about the medals, window locks via the site owner, she wants to know if the medals can
be flagged to dealers, a befriender.

cw|other_theft||{m1} ({age}) runs a charity shop in {town}; one of the volunteers has been taking donated jewellery
and selling it online. Police recorded theft. {m1} feels he let the charity down. Needs: support, advice on
volunteer checks, he may have to give evidence.

log|stalking_harassment||HARASSMENT. V {m1} ({age}) RECEIVING REPEATED CALLS AND LETTERS FROM FORMER BUSINESS
PARTNER OVER DEBT DISPUTE. NO RELATIONSHIP OTHER THAN BUSINESS. NO THREATS OF VIOLENCE. PIN WARNING ISSUED, CONTACT
CONTINUED. V WANTS SUPPORT.

cw|fraud_computer_misuse|online|{m1} ({eage}) and his wife found an investment website advertised with a celebrity's
picture and put {bigamt} into it over two months, mostly online. The "account manager" stopped replying. Reported to
Action Fraud. Needs: they are worried about paying bills this winter, benefits check, recovery scam warning, {m1}
blames himself and his wife has been very kind about it.

cw|violence_with_injury|hate_crime|{m1} ({age}) is from a Gypsy family living on the site near {town}. He was
attacked outside a pub by three men shouting anti-Traveller abuse; they punched and kicked him, breaking his nose.
Police are treating it as a racially aggravated assault. Needs: he is reluctant to engage with police, we agreed I
will be the main contact; hate crime advocacy, help with a GP registration.

cw|criminal_damage_arson||{f1} ({age}) came out in the morning to find all four tyres of her car let down and the
windscreen smashed. It's the second time this year. She doesn't know who did it and can't think of anyone with a
grudge. Police recorded criminal damage. Needs: insurance excess is £250 which she can't afford - hardship fund
application, security advice, she works shifts and is anxious walking to her car in the dark.

pol|violence_with_injury|domestic_abuse|Suspect details: mother of V, {sage}. Circumstances: V ({age}) visited her
mother to collect belongings; an argument started and S hit V across the head with a handbag and scratched her face.
Injuries: scratches to cheek and neck, photographed. V has a history of being in care as a teenager and limited
contact with S. DASH: standard. V consents to VS contact.

cw|sexual_offences|domestic_abuse|{f1} ({age}) told me her stepfather sexually assaulted her when she was staying at
her mum's over Christmas; he came into the spare room and touched her. She is 26 and has a child of her own. Her mum
doesn't know yet. Police are investigating. Needs: ISVA, counselling, advice about how to tell her mum, she doesn't
want her child near him.

cw-hn|violence_without_injury||{f1} ({eage}) told me her granddaughter's boyfriend threatened to "do her in" when
she told him he wasn't welcome in her house. He is not related to her. She believed him. Police recorded threats to
kill. Needs: door chain and camera, her granddaughter is staying with her, personal alarm.

log|violence_with_injury|domestic_abuse|ASSAULT ABH - DOMESTIC. SUSPECT DETAILS: EX PARTNER, MALE, {sage}. V {f1}
({age}) ASSAULTED IN STREET OUTSIDE HER ADDRESS, PUNCHED TO HEAD, SWELLING TO EYE. S FLED. DASH MEDIUM. V WANTS
SUPPORT WITH HOUSING AND CHILDCARE.

cw|public_order|domestic_abuse|{m1} ({eage}) told me his adult grandson came to his house drunk and stood in the
front garden shouting that he'd "batter him" and calling him names until a neighbour called police. He didn't come
in or touch anyone. Police recorded a public order offence. Needs: {m1} wants his grandson to get help with his
drinking, locks, advice about a community protection notice.

cw|theft_from_person||{f1} ({age}) had her purse lifted from her open handbag on a crowded train into {town}; she
noticed when she got off. Police recorded theft from the person. Needs: replacement cards and railcard, she is
worried because her house keys were in the purse - locks changed via the landlord.

cw|shoplifting||{f1} ({age}) works on the tills at {shop}. A woman comes in almost every week and fills a bag with
toiletries; on {date} {f1} saw her do it and called security, who recovered some items. Police recorded shoplifting.
{f1} is worried the woman recognises her from the bus route. Needs: reassurance, employer risk assessment, updates
on the case.
"""


def parse_templates():
    templates = []
    for block in TEMPLATES.strip().split("\n\n"):
        line = " ".join(part.strip() for part in block.strip().split("\n"))
        kind, category, flags, text = line.split("|", 3)
        assert kind.split("-")[0] in KINDS and kind in {k + s for k in KINDS for s in ("", "-hn")}, kind
        assert category in CATEGORIES, category
        flag_list = [f for f in flags.split(";") if f]
        for flag in flag_list:
            assert flag in FLAGS, flag
        assert len(set(flag_list)) == len(flag_list), flags
        assert "-hn" not in kind or "domestic_abuse" not in flag_list, line
        ordered = ";".join(f for f in FLAGS if f in flag_list)
        templates.append((kind, category, ordered, text))
    return templates


def plan_uses(templates, rng):
    """Use each template twice, except a few common unflagged ones used once, to reach N_ROWS."""
    uses = [2] * len(templates)
    surplus = 2 * len(templates) - N_ROWS
    assert 0 <= surplus <= len(templates)
    per_category = {}
    for _, category, _, _ in templates:
        per_category[category] = per_category.get(category, 0) + 1
    eligible = [
        i
        for i, (_, category, flags, _) in enumerate(templates)
        if flags in ("", "domestic_abuse") and per_category[category] >= 30
    ]
    for i in rng.sample(eligible, surplus):
        uses[i] = 1
    return uses


def build_rows(rng):
    templates = parse_templates()
    uses = plan_uses(templates, rng)
    seen = set()
    rows = []
    for (kind, category, flags, text), count in zip(templates, uses, strict=True):
        for _ in range(count):
            for _attempt in range(500):
                note = fill(text, rng)
                if kind.startswith("log"):
                    note = note.upper()
                if note not in seen:
                    break
            else:
                raise RuntimeError(f"could not draw a distinct text for: {text[:60]}")
            seen.add(note)
            rows.append((note, category, flags, kind))
    rng.shuffle(rows)
    return rows


def check_rows(rows):
    assert len(rows) == N_ROWS, len(rows)
    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for text, category, flags, _ in rows:
        n_words = len(text.split())
        assert MIN_WORDS <= n_words <= MAX_WORDS, (n_words, text[:60])
        assert "\n" not in text and "\r" not in text and "{" not in text and "}" not in text, text[:60]
        assert category in CATEGORIES, category
        cat_counts[category] += 1
        for flag in flags.split(";") if flags else []:
            assert flag in FLAGS, flag
            flag_counts[flag] += 1
    assert len({r[0] for r in rows}) == N_ROWS, "duplicate texts"
    for category, count in cat_counts.items():
        assert count >= 8, (category, count)
    for flag, count in flag_counts.items():
        assert count >= 12, (flag, count)
    return cat_counts, flag_counts


def main():
    rng = random.Random(SEED)
    rows = build_rows(rng)
    cat_counts, flag_counts = check_rows(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "data", "notes_blind26.csv")
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (text, category, flags, _) in enumerate(rows, start=1):
            writer.writerow([f"{ID_PREFIX}{number:04d}", text, category, flags])
    kind_counts = {}
    for _, _, _, kind in rows:
        kind_counts[kind] = kind_counts.get(kind, 0) + 1
    lengths = sorted(len(r[0].split()) for r in rows)
    print(f"wrote {len(rows)} rows to {out_path}")
    print("categories:", ", ".join(f"{c}={n}" for c, n in cat_counts.items()))
    print("flags:", ", ".join(f"{f}={n}" for f, n in flag_counts.items()))
    print("no flags:", sum(1 for r in rows if not r[2]))
    print("kinds:", ", ".join(f"{k}={kind_counts[k]}" for k in sorted(kind_counts)))
    print(
        f"words: min={lengths[0]} median={lengths[len(lengths) // 2]} "
        f"mean={sum(lengths) / len(lengths):.1f} max={lengths[-1]}"
    )


if __name__ == "__main__":
    main()
