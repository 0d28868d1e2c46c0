#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind corpus 42: synthetic victim-services referral notes from a large rural county in the East of England.

Voices: the 101 non-emergency desk (very terse, no punctuation), the rural and farm crime team,
wildlife and heritage crime officers, packhouse and seasonal-worker welfare staff, the Gypsy and
Traveller site liaison officer, coastal caravan park managers, GPs, health visitors and district
nurses, IDVAs and family liaison officers, victims in their own words, and a handful of long email
referrals pasted in with signatures and disclaimers.

Everything is invented. Each template is hand-labelled (voice|category|flags|text). Slots only carry
names, places, dates, times, amounts, references, counts and ages that never cross a threshold in
TAXONOMY.md, so no slot value can change a label. Standard library only; one seeded RNG; output is
byte-identical whatever the working directory or PYTHONHASHSEED.

Writes data/notes_blind42.csv next to this script and prints counts only.
"""

import csv
import datetime
import io
import random
import re
from pathlib import Path

RNG = random.Random(42_2026)
N_NOTES = 800
OUT = Path(__file__).resolve().parent / "data" / "notes_blind42.csv"

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
FLAG_CODES = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CS": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HB": "honour_based_abuse",
}
CAT_CODES = {
    "HOM": "homicide",
    "DRV": "death_injury_driving",
    "VWI": "violence_with_injury",
    "VWO": "violence_without_injury",
    "SH": "stalking_harassment",
    "SEX": "sexual_offences",
    "ROB": "robbery",
    "BUR": "burglary",
    "VEH": "vehicle_offences",
    "TFP": "theft_from_person",
    "BIKE": "bicycle_theft",
    "SHOP": "shoplifting",
    "OTH": "other_theft",
    "CDA": "criminal_damage_arson",
    "DRUG": "drug_offences",
    "WEAP": "possession_of_weapons",
    "PO": "public_order",
    "MISC": "misc_crimes_against_society",
    "FRAUD": "fraud_computer_misuse",
    "ASB": "anti_social_behaviour",
    "OC": "other_crime",
}

FEMALE = [
    "Sarah",
    "Kerry",
    "Lorraine",
    "Jade",
    "Chantelle",
    "Agnieszka",
    "Ieva",
    "Daiva",
    "Maria",
    "Ana",
    "Priya",
    "Shazia",
    "Bernadette",
    "Kathleen",
    "Brigid",
    "Tina",
    "Sharon",
    "Megan",
    "Olivia",
    "Beverley",
    "Janice",
    "Margaret",
    "Doreen",
    "Nadia",
    "Oksana",
    "Roxana",
    "Elena",
    "Fatima",
    "Amira",
    "Gemma",
    "Leanne",
    "Hayley",
    "Tracey",
    "Julie",
    "Paulina",
    "Justyna",
    "Raluca",
    "Simona",
    "Rosie",
    "Mandy",
    "Kirsty",
    "Stacey",
    "Joanne",
    "Lina",
    "Teresa",
    "Aisha",
    "Wendy",
    "Pauline",
    "Gail",
    "Bethany",
]
MALE = [
    "Darren",
    "Lee",
    "Craig",
    "Wayne",
    "Gary",
    "Tomasz",
    "Marius",
    "Darius",
    "Andrius",
    "Ionut",
    "Florin",
    "Paddy",
    "Johnny",
    "Tom",
    "Jimmy",
    "Mick",
    "Arjun",
    "Imran",
    "Kyle",
    "Liam",
    "Connor",
    "Jordan",
    "Dean",
    "Stuart",
    "Barry",
    "Keith",
    "Reg",
    "Arthur",
    "Derek",
    "Nigel",
    "Piotr",
    "Vasile",
    "Bogdan",
    "Jason",
    "Ricky",
    "Shane",
    "Rob",
    "Karl",
    "Owen",
    "Matty",
    "Aaron",
    "Gintaras",
    "Mihai",
    "Colin",
    "Trevor",
    "Danny",
    "Hassan",
    "Ryan",
    "Phil",
    "Terry",
]
SURNAMES = [
    "Harwood",
    "Pegg",
    "Thrower",
    "Loveday",
    "Kowalski",
    "Petrauskas",
    "Popescu",
    "Ward",
    "Doherty",
    "Smith",
    "Lee",
    "Buckle",
    "Rix",
    "Gotts",
    "Crisp",
    "Mayes",
    "Jermy",
    "Nowak",
    "Dumitru",
    "Ivanov",
    "Khan",
    "Patel",
    "Okafor",
    "Fulcher",
    "Howes",
    "Platten",
    "Spinks",
    "Youngs",
    "Bunn",
    "Cutting",
    "Eke",
    "Sayer",
    "Balls",
    "Thurston",
    "Gooch",
    "Riches",
    "Page",
    "Bishop",
    "Wiśniewska",
    "Kazlauskas",
]
VILLAGES = [
    "Little Sedgewick",
    "Nether Wrenham",
    "Great Oxwick",
    "Ashby Fen",
    "Wethersett",
    "Brackham",
    "Kettlestone St Mary",
    "Hollesby",
    "Thurnwell",
    "Cressingham Parva",
    "Wendling Row",
    "Dunmere",
    "Hadleigh Fen",
    "Skelton Staithe",
    "Ingham Common",
    "Felby",
    "Marsh Gibbon End",
    "Stoke Ferrers",
    "Saxlingby",
    "Tittleham",
    "Hockwell",
    "Boughby",
    "Raveningley",
    "Fodderstone Gap",
    "West Runhall",
    "East Tuddingham",
    "Claxby Marsh",
    "Burnham Overy Row",
    "Sporle Heath",
    "Wissett Green",
]
TOWNS = [
    "Brayford Market",
    "Eastmere",
    "Hallowby",
    "Wendham",
    "Thetbury",
    "Swaffmere",
    "Lowestead",
    "Aldbrook",
    "Sheringate",
    "Wells Staithe",
    "Kingsmere",
    "Diss Magna",
]
PARKS = [
    "Sandy Hills Holiday Park",
    "Marram Dunes caravan park",
    "Seaview Park",
    "Bittern Point Leisure",
    "Gull Rock Park",
    "Saltings Holiday Village",
    "the Pinecroft caravan site",
    "Ocean Breeze park",
]
SITES = [
    "the Drove Lane site",
    "Marsh Lane council site",
    "the Fen View transit site",
    "Pinewood Close site",
    "the Old Brickworks site",
    "Cuckoo Lane site",
]
FARMS = [
    "Manor Farm",
    "Hollow Tree Farm",
    "Grange Farm",
    "Low Fen Farm",
    "Brick Kiln Farm",
    "Church Farm",
    "Marsh House Farm",
    "Top Farm",
    "Decoy Farm",
    "Heath Lodge Farm",
    "Willow Carr Farm",
    "Abbey Farm",
]
PACKHOUSES = [
    "Fenland Fresh packhouse",
    "Greenacre Produce",
    "Eastfield Salads",
    "Brecks Root Veg",
    "the onion packhouse at Saxby",
    "Coldharbour Soft Fruit",
    "Marshland Growers",
    "the salad factory on the estate",
]
ROADS = [
    "Back Lane",
    "Chapel Road",
    "the Drift",
    "Mill Street",
    "Common Road",
    "the old Norwich road",
    "Station Road",
    "Fen Causeway",
    "Hall Lane",
    "Long Drove",
    "the bypass",
    "School Lane",
]
CHURCHES = ["St Andrew", "St Mary", "All Saints", "St Botolph", "St Margaret", "St Peter and St Paul", "St Withburga"]
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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(d):
    if 11 <= d <= 13:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def uk_date():
    day0 = datetime.date(2024, 1, 1) + datetime.timedelta(days=RNG.randrange(0, 700))
    style = RNG.randrange(6)
    if style == 0:
        return day0.strftime("%d/%m/%Y")
    if style == 1:
        return day0.strftime("%d/%m/%y")
    if style == 2:
        return f"{day0.day}.{day0.month}.{day0.year % 100:02d}"
    if style == 3:
        return f"{ordinal(day0.day)} {MONTHS_LONG[day0.month - 1]}"
    if style == 4:
        return f"{day0.day} {MONTHS[day0.month - 1]} {day0.year % 100:02d}"
    return f"{WEEKDAYS[day0.weekday()]} {day0.day}/{day0.month}"


def uk_time():
    h = RNG.randrange(24)
    m = RNG.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = RNG.randrange(4)
    if style == 0:
        return f"{h:02d}:{m:02d}"
    if style == 1:
        return f"{h:02d}{m:02d}hrs"
    if style == 2:
        h12 = h % 12 or 12
        return f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}"
    return f"approx {h:02d}{m:02d}"


def amount():
    v = RNG.choice([RNG.randrange(20, 200), RNG.randrange(200, 2000), RNG.randrange(2000, 18000)])
    if RNG.random() < 0.5:
        v = v // 10 * 10
    return f"£{v:,}"


def crime_ref():
    style = RNG.randrange(3)
    if style == 0:
        return f"36/{RNG.randrange(10000, 99999)}/{RNG.choice(['24', '25'])}"
    if style == 1:
        return f"NFRC{RNG.randrange(24, 26)}{RNG.randrange(10**9, 10**10)}"
    return f"CR-{RNG.randrange(100000, 999999)}"


def pick_two(pool):
    a = RNG.choice(pool)
    b = RNG.choice(pool)
    while b == a:
        b = RNG.choice(pool)
    return a, b


def slots():
    f1, f2 = pick_two(FEMALE)
    m1, m2 = pick_two(MALE)
    sn, sn2 = pick_two(SURNAMES)
    vil, vil2 = pick_two(VILLAGES)
    sig_first = RNG.choice(FEMALE + MALE)
    return {
        "f1": f1,
        "f2": f2,
        "m1": m1,
        "m2": m2,
        "sn": sn,
        "sn2": sn2,
        "vil": vil,
        "vil2": vil2,
        "town": RNG.choice(TOWNS),
        "park": RNG.choice(PARKS),
        "site": RNG.choice(SITES),
        "farm": RNG.choice(FARMS),
        "pack": RNG.choice(PACKHOUSES),
        "road": RNG.choice(ROADS),
        "church": RNG.choice(CHURCHES),
        "date": uk_date(),
        "date2": uk_date(),
        "time": uk_time(),
        "amt": amount(),
        "ref": crime_ref(),
        "cad": f"CAD {RNG.randrange(100, 9999)}",
        "n": str(RNG.randrange(2, 8)),
        "age": str(RNG.randrange(24, 69)),
        "oage": str(RNG.randrange(79, 95)),
        "yrs": str(RNG.randrange(2, 12)),
        "sig": f"{sig_first} {RNG.choice(SURNAMES)}",
        "pc": f"PC {RNG.randrange(1000, 9999)} {RNG.choice(SURNAMES)}",
        "tel": f"01{RNG.randrange(100, 999)} {RNG.randrange(100000, 999999)}",
    }


TEMPLATES = """
flo|HOM|DA|FLO referral. {f1} {sn}, mum of {f2} ({age}) who was killed at her home in {vil} on {date}. {f2}'s husband was arrested at the scene and is remanded for murder. {f1} is now looking after the grandchildren, not sleeping, wants someone to explain the court process. DHR will follow.
101|HOM||bereaved fam ref son {m1} {age} died after 1 punch o/s pub {town} {date} S stranger chgd mansl nil DA
rct|HOM|KN|Rural team passing on. Seasonal picker {m1} found dead in a shared static at {farm}, {vil}, multiple stab wounds. Another picker charged with murder - no relation, they just shared the caravan. Brother {m2} flying in, needs interpreter and bereavement support asap.
flo|HOM|DA;KN|Widow referral via FLO {pc}. Husband {m1} ({oage}) died after being stabbed by their son at the bungalow on {road}, {vil}. Son charged with murder, in secure hospital. Mrs {sn} blames herself for not telling anyone about the threats he'd been making to them both.
email|HOM||From: {sig}, Fatal Incident Liaison. Sent: {date}. Subject: support request - family of {m1} {sn}. Hi team, {m1} was crushed by a loading shovel at {pack} on {date2}. Following the joint investigation the company director has now been charged with gross negligence manslaughter. His partner {f1} has two young children and no family locally. She'd welcome a call, weekday mornings best. Many thanks, {sig} | This message may contain confidential information. If you are not the intended recipient please delete it and notify the sender. Views expressed are not necessarily those of the organisation.
site|HOM||Site liaison. {m1}'s family asking for support after he died of head injuries following a fight at {site} on {date}. A man from another family has been charged with murder. Family very wary of police so contact through me only pls. Mum speaks little English, daughter {f1} will translate.
email|HOM|DA|From: {sig} | Domestic Homicide Review Coordinator | Community Safety Partnership. To: Victim Care Hub. Date: {date}. RE: DHR notification - {f1} {sn} (deceased). Dear colleagues, I am writing to let you know that a Domestic Homicide Review has been commissioned following the death of {f1} {sn}, aged {age}, in {vil} on {date2}. {f1} had separated from {m1} {sn2} around {yrs} years before her death and had moved twice to get away from him; he has since been convicted of her murder. Her sister {f2} has agreed to take part in the review and has asked for independent emotional support and an advocate to help her through the process. {f2} works nights so afternoons are best. Please could you confirm allocation by reply. Kind regards, {sig}, DHR Coordinator, tel {tel}. ******* DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager. This message has been scanned for viruses. Please consider the environment before printing this email. *******
cps|HOM|HC|Bereaved partner {m2} referred by Witness Care. {m1} died in hospital on {date} after being kicked unconscious in {town} rec; witnesses heard the group shouting homophobic abuse at him before they set on him. Trial listed {date2}. {m2} wants to know if he can read a statement in court.
101|HOM||murder {oage}yo {f1} farmhouse {vil} S=lodger rented back room no relationship not DA niece NOK press at door
flo|HOM|DA|{m1} (deceased) was killed by his partner {m2} at the flat they shared above the bakery in {town} on {date}. {m2} charged with murder. {m1}'s mum {f1} wants to know why nobody picked it up - neighbours had rung police twice before about shouting.
cold|HOM||Cold case review team: {f1} {sn}'s uncle was murdered in {vil} in 1997, nobody ever convicted. Case reopened after new forensic work. She has asked for someone to talk to before the appeal goes out. Thought to be a stranger attack, no family link to any suspect.
idva|HOM|DA;HB|Pls see attached. {f1} ({age}) was killed on {date}; her two brothers are charged. Family members told officers she had 'shamed them' by leaving her husband. Younger sister {f2} has been moved out of county and is terrified, Osman warning issued. Needs ISVA/IDVA style support + interpreter (Urdu).
flo|HOM||Brother {m1} killed when S deliberately drove his pickup at him in the lay-by at {vil} after a row over a dog. S charged with murder, not a driving offence. Family referral, no relation to S. Mum {f1} wants updates by phone not letter.
101|DRV||fatal RTC {road} {vil} cyclist killed driver arr caus death dang drvg fam ref {ref}
rct|DRV||RTC {date} {time} on {road} nr {vil}. Tractor driver {m1} ({age}) hit from behind by a car overtaking on the bend, spinal injuries, still in hospital. Driver now charged with causing serious injury by careless driving. Wife {f1} asking about what happens next.
flo|DRV||Bereaved parents {f1} and {m1}: their son (19) was killed on {date} when the car he was a passenger in went into a dyke at speed near {vil}. The driver, his mate, was over the limit and is charged with causing death by dangerous driving. Both parents in pieces.
ops|DRV||Motorcyclist {m1} lost his lower left leg after an HGV pulled out of a farm entrance on {road} without looking. CPS have authorised causing serious injury by careless driving. V asking about loss of earnings, he's self employed.
ops|DRV||V {f1} was passenger in her partner's car when he crashed on the way back from the pub, V has fractured pelvis + ribs. He's charged with causing serious injury by dangerous driving and drink drive. V adamant he has never been violent or controlling, no DA history, DASH not applicable - just wants help with the court side.
ops|DRV||Pedestrian {f1} {oage} struck by a reversing van in {town} market car park, driver drove off. Traced via ANPR and charged with causing serious injury by careless driving + fail to stop. Broken hip, lives alone, discharge planning worried about her.
vs|DRV||I was riding my mare along the lane at {vil} when a van came past flat out, she went over and I broke my back in two places. She had to be put down. Police say the driver is being reported for causing serious injury by careless driving. I can't get on a horse again. - {f1}
park|DRV||Manager at {park}: 9yo lad hit by a car being driven way too fast round the site roads on {date}, broken femur, surgery. Driver (another guest) arrested, dangerous driving causing serious injury. Family holidaying from the Midlands, want support when home.
flo|DRV||Son {m1} killed when an unlicensed, uninsured driver hit his car head on at the {vil} crossroads. Driver charged with causing death by careless driving while unlicensed/uninsured. Dad {m2} referred by FLO, wants to make a VPS.
101|DRV||SI by dang drvg V {m1} both legs # pedestrian walking home {vil} S van driver stranger fled later arr
gp|DRV||Widow {f1} ({oage}) - husband died when his mobility scooter was hit at the {vil} crossing by a driver on her phone. Driver charged causing death by careless driving. GP referral for bereavement support, pt very isolated.
101|VWI|DA|DA ABH {vil} p/ner punched V face black eye S left scene DASH std
idva|VWI|DA|Husband {m1} broke {f1}'s wrist during an argument about money on {date}. DASH high (17 yes), MARAC referral sent. Two kids in the house at the time. V staying with her mum in {town} for now.
pack|VWI|DA|{f1} came into the welfare office with a bust nose. Said the father of her kids - she left him {yrs} yrs ago - was waiting in the car park at end of shift and headbutted her. Supervisor {sig} rang 999. She's asking us not to tell the agency.
ops|VWI|DA|V {f1} reports her girlfriend {f2} bit and scratched her arms during a row at their flat in {town}, photos taken by {pc}. First time police involved but V says it has been building for months. DASH medium.
gp|VWI|DA|GP referral. {oage}yo pt attended with extensive bruising to both upper arms and a split lip. Disclosed that her son (moved back in with her after his divorce) grabbed and hit her when she refused to give him money. Pt does not want police at this stage, consents to referral for support.
hosp|VWI|DA|{f1} {sn} {oage} # NOF after her grandson, 19, pushed her over in the kitchen at {vil}. He has been staying with her since Xmas. Ref from hospital IDVA, ward {n}.
ops|VWI|DA|V (17) assaulted by stepdad {m1} at home in {vil} on {date}, cut above eye, glued at MIU. Mum aware and supportive. Childrens services informed as V is 17.
101|VWI|DA|fight at family christening {town} social club V {m1} 30s nose broken by his cousin also 30s s47
idva|VWI|DA;KN|DA s18. S cut V's forearm with kitchen knife during argument over his drinking, V {f1} {age}, together {yrs} yrs. MARAC. S remanded. V wants refuge out of county.
site|VWI|DA|Site liaison, {site}: {f1} has a fractured cheekbone. Her husband did it after drinking at a wedding on {date}. She won't speak to police directly but has agreed to an IDVA ringing her on my phone. Kids are with her mother on the next plot.
hv|VWI|DA|HV visit {date}: mum {f1} had fresh bruising to neck and cheek, baby in her arms. After a while she said her partner {m1} 'lost it' because the baby wouldnt stop crying. Safeguarding referral done, mum agreed to IDVA referral. Best contact via HV only.
ops|VWI|DA|Male V {m1} {age}. Wife hit him across the head with a cast iron pan, 6 stitches. Says it's happened before but 'blokes don't report this'. DASH medium. Would prefer a male worker if poss.
ops|VWI|DA|Dad hit adult daughter {f1} ({age}) with his walking stick when she tried to take his car keys off him, cut scalp. They live together at {vil}. V reluctant to proceed, says he's not been right since mum died.
vs|VWI|DA|my aunty {f2} went for me in the street in {town} about nans will, scratched my face and pulled out clumps of my hair, we used to be so close. I'm {age}. I just want it to stop - {f1}
101|VWI|DA|ex h/band punched V at sons football {vil} rec swollen jaw div {yrs}yrs prev NMO expired
idva|VWI|DA|IDVA referral. {f1} ({oage}) had a stroke last year and her daughter moved back in to care for her. Daughter has been pinching and slapping her, bruising found by the OT on {date}. {f1} frightened to be left alone with her, too scared to say anything in front of her.
idva|VWI|DA;HB|V {f1} ({age}) beaten by her two brothers at the family home after they found out she was seeing someone outside the community; they told her she had brought shame on the family. Fractured finger, bruising to back and legs. Refuge space sought out of county. Do not contact via family landline.
101|VWI|DA|ABH V {f1} {age} pushed down stairs by h/band broken arm denies previous but 3 prior DA calls DVPN served {date}
ops|VWI|DA|V {f1} ({age}). She describes it as 'on and off with {m1}, we don't live together'. On {date} he kicked her in the ribs, A&E confirmed cracked rib. Says he's 'not really a boyfriend' but they have been seeing each other for {yrs} years.
hosp|VWI|DA|{m1} ({age}) attended A&E with deep cut to forehead, needing stitches. His partner {m2} threw a heavy ashtray at him and then locked him out overnight. ED nurse referral, V consented.
ops|VWI|DA|{f1} punched in the face by her brother-in-law (husband's brother, lives with them in {vil}), bruised eye. She says her husband always takes his side. DASH completed, medium.
101|VWI|DA|older sister attacked V {f1} {age} w hair straighteners burns to arm at mums {vil} DA
101|VWI|DA|V + S both 17 together 1yr S slapped + punched V bus shelter {vil} cut lip V mum called it in
gp|VWI|DA|GP: pt {f1} disclosed partner of 6 months has burnt her forearm with a cigarette on 3 occasions, photos taken with consent. Declined police today, consented to IDVA referral.
marac|VWI|DA;KN|Referral from MARAC coordinator. V's partner held a Stanley knife to her face then slashed her hand when she grabbed for it, 4 stitches. Next MARAC {date}. V {f1}, {vil}.
asc|VWI|DA|Adult social care: Mrs {sn} ({oage}) assaulted by her son-in-law, who she lives with, bruises to both forearms. Daughter away working on the rigs. Mrs {sn} says 'he's got a temper, always has'.
vs|VWI|DA|I went out with him for {yrs} years and finished it ages ago. Then he moves to my village and last {date} he went for me outside the Co-op in {vil} and broke my nose. I honestly thought it was all done with. - {f1}
ops|VWI|DA|{m1} (age {age}) assaulted by his half-brother at their late father's house during the clear-out, punched to the floor, concussion. Ongoing row about the estate.
101|VWI||flatmate punched V {m1} face over rent # cheekbone {town} not DA flatmates only never in relationship
school|VWI||V (15) punched by ex-bf (15) outside the school gates in {town}, bloody nose, school called it in. Both Y10. No sexual element. Parents of both aware.
ops|VWI||{oage}yo {m1} - paid carer from an agency grabbed his forearms hard enough to leave fingertip bruising, spotted by his son on a visit. Agency has suspended the carer. Not family.
ops|VWI||{f1} assaulted by her sister's ex-partner in {town} square, he blames her for the split. Punched in face, cut lip. V and S have never been in a relationship.
101|VWI|KN|glassing {town} pub stranger smashed pint glass into V face lacerations plastics S arr V {m1}
pack|VWI|HC|Welfare officer {sig}: {m1} (Romanian) punched by a shift supervisor, split lip, after the supervisor called him a thieving gypsy and told him to go back to Romania. Its happend before. Happened in the cold store, {n} witnesses. {m1} worried about losing his hours.
site|VWI|HC|{m1}, Romany Gypsy, assaulted outside the {vil} pub after being refused service. Three local men shouted anti-Gypsy slurs and kicked him on the ground. Two broken ribs. Family want it treated as a hate crime.
rct|VWI||Farmer {m1} ({age}) confronted hare coursers on his land at {farm} {time}. One got out of the 4x4 and hit him with a torch, cut head and concussion. Drilling damaged as well. Vehicles made off towards {vil}.
101|VWI|KN|s18 {park} V slashed across back w machete fight between 2 groups S x2 arr V {m1} {age}
ops|VWI|HC|{m1} has a learning disability and lives alone in {vil}. A group of lads followed him from the bus calling him 'retard' and 'mong', then kicked him, broken wrist. Neighbour referral, he is very frightened to go out.
ops|VWI|HC|Couple {m1} and {m2} walking hand in hand in {town} marketplace {date}; a man shouted homophobic abuse then punched {m2}, broken front tooth.
amb|VWI||Paramedic bitten on forearm by drunk patient at {vil}, skin broken, needs bloods. Assault on emergency worker with injury. Crew mate {sig} referring for support.
101|VWI||neighbr dispute hedge {vil} S punched V broken nose neighbours not related ongoing yrs
gp|VWI||Practice manager: receptionist {f1} hit in the face with a clipboard by a patient at the {town} surgery on {date}, bruised cheekbone. Patient known, arrested, removed from list.
ops|VWI||{f1} slapped and scratched by her best friend's husband at a party in {vil}, scratches to face and neck. Not DA - S is not her partner or any relation.
glaa|VWI|MS|Gangmaster {m1} beat worker {m2} with a belt after he asked for his passport back. Welts to back, cracked rib. {n} other workers living in the same house in {vil}, all say wages go straight to the gangmaster. NRM referrals done, GLAA involved.
btp|VWI|MS|Boy, 15, found at {town} station with cuts to face and bruised ribs. Says the men he was selling for beat him for 'losing' a package; he'd been brought up from London to sell drugs. NRM submitted, CCE.
101|VWI|KN|att murder stranger V {m1} stabbed x2 abdo walking home thru {town} churchyard S N/K ICU bro ref
rct|VWI||Two farmers fell out over a right of way; {m1} hit {m2} over the head with a spade, fractured skull. s18. Not related, just neighbours for 30 years.
ops|VWI||V {m1} {age} assaulted by a stranger at the bus stop in {town}, broken jaw. He mentioned he was worried his own partner would go mad that he'd been out drinking, but there's no DA, partner not involved in any way.
ops|VWI||V {f1} beaten up by her ex-boyfriend's new girlfriend outside the nightclub in {town}, black eye and cut lip. V and S have never been in a relationship and aren't related.
school|VWI||Year 4 child (8) came into school with bruising to back and arms; mum's boyfriend arrested for ABH on the child. Social care leading, child with grandparents in {vil}.
ops|VWI||V {m1} says his late mum used to be hit by his dad when he was small, that's why he hates violence. Tonight he was punched by a stranger in the queue at the chippy in {town}, fractured eye socket.
rct|VWI||Aggravated burglary at {farm}: two men broke in at {time}, {m1} ({oage}) disturbed them and was beaten with an iron bar, fractured ribs and cheekbone. They fled empty-handed in a Transit.
pack|VWI||Security guard at {pack} punched by a worker who had just been sacked, cut eye, glued. No relation between them.
101|VWI||ABH V {f1} {age} scratched face by another mum school gates {vil} row about kids not related
ops|VWI|KN|V {m1} cut on the hand when his flatmate waved a kitchen knife at him during an argument about noise. Flatmates only, not DA. 3 stitches.
ops|VWI|DA|Victim {f1} ({age}) hit with a dog lead by her adult son, welts to both legs, at home in {vil}. He is 22, out of work, demands money. Housing want him out.
101|VWI|DA|DA aslt ex p/ner kicked V ribs {vil} S arr DASH high
idva|VWI|DA;KN|Partner slashed {f1}'s face with a broken bottle after a night out in {town}, likely scarring. MARAC high risk. V in hospital, wants to go to her mum's on discharge.
101|VWO|DA|DA com aslt no inj p/ner pushed V {vil} V declines stmt DASH std
idva|VWO|DA|Ex {m1} rang {f1} {n} times last night saying he would kill her if she didn't let him see the kids. Phone calls only, he was in {town} at the time, no weapon mentioned. V believes he means it. TTK crimed, DASH high.
101|VWO|DA;KN|h/band held kitchen knife to V throat said ill end you no inj V {f1} {age} {vil} DVPN MARAC ref
ops|VWO||PCSO {sig} spat at by a male in {town} high street when asked to move on. No injuries. Assault on emergency worker, S charged.
hv|VWO||HV ref {date}: three children (2, 4 and 6) found alone in a static at {park}, no food in, heating off, mum out overnight. Mum arrested for child neglect. Childrens services involved, kids with aunt.
park|VWO||{park} manager: a man tried to get a 7yo girl into his car at the site entrance, said he had puppies to show her. Mum got there in time. Attempted child abduction, S N/K, silver estate, part reg {n}V.
glaa|VWO|MS|Joint visit with GLAA to {farm} on {date}: {n} seasonal workers living in two caravans, passports held by an 'agent', told they owe {amt} for travel and housing, working 14 hour days for next to nothing. No injuries seen, not pysically restrained. NRM referrals for all who consented.
gp|VWO|DA;MS|GP referral. {f1} ({age}) was brought to the UK by her uncle four years ago. She is made to cook and clean for the whole family and work unpaid in his takeaway, passport kept by the uncle, not allowed out alone. Disclosed during a smear appointment while aunt was in waiting room.
college|VWO|DA;HB|College safeguarding lead: {f1} (19) told by her parents she will marry her cousin abroad this summer. Her father said he would kill her if she refused and disgraced the family. Forced Marriage Unit informed, she is staying with a friend.
rct|VWO||Hare coursers on {farm} told {m1} 'we know where you live, we'll kill you and your kids' when he filmed them from the Land Rover. No weapon seen. V very shaken, family now scared at night.
pack|VWO|HC|Packhouse worker {f1} (Polish) shoved by a local man in the {town} Lidl car park, he called her Polish scum and said to go home. No injuries. Welfare officer referral.
101|VWO||com aslt flatmate pushed V {m1} no inj cleaning rota {town} not DA housemates
school|VWO||Yr9 girl (14) pushed against lockers by her ex-boyfriend (14), no injuries, school referral. Not treated as DA due to ages. {town} High. Parents informed of thier kids involvement.
asc|VWO||Care home: resident {m1} ({oage}) roughly handled by an agency carer during personal care, no marks found. CQC informed. No family relationship.
101|VWO||com aslt bus stn {town} S unk V pushed no inj
vs|VWO|KN|my neighbour came to the fence with his billhook, waved it at me and said hed cut my head off if my dog came through again. I believed him, I was shaking. nobody hurt. {vil} - {f1}
ops|VWO||Text messages from V's former landlord saying he will come round and stab her. Texts only, no contact in person, no knife seen. V believes the threat and has moved to her sister's in {vil}. TTK.
ops|VWO|ON|TTK via Facebook Messenger from V's neighbour's son: 'ur dead when i see u'. V {m1} {age}, {vil}. Screenshots provided.
rct|VWO|DA|{m1} ({oage}) threatened to shoot his son {m2} during a row in the yard at {farm}. No gun produced, dad is a shotgun cert holder and guns are now seized. Son ({age}) has left the farm. DA TTK.
101|VWO|DA|son pushed father {m1} {oage} against wall when asked to move out no inj dad wants him gone DA
ops|VWO|MS|CCE: 14yo boy from {town} found at a cuckooed flat in {vil}, being used to hold and sell for older males from out of area. Trafficked, NRM submitted.
pack|VWO|HC|Supervisor at {pack} grabbed worker {m1} by the collar shouting 'you Bulgarians are all the same, lazy', no injury. {n} colleagues witnessed it.
vs|VWO||Nan here. My grandson (9) is being locked in his bedroom for hours with hardly any food by his dad. Social services know, dad has been interviewed for child cruelty. No marks on him that I've seen. - {f1}, {vil}
ops|VWO|DA|V {f1} ({age}) says her twin brother grabbed her arm and pushed her out of the car on {road} in the dark. No injuries. Long-standing family issues.
park|VWO|DA;KN|Ex-partner turned up at {f1}'s caravan at {park} with a knife in his hand saying he would 'finish it'. Didn't use it, neighbour rang 999. NMO in place. She's {age}.
vicar|VWO|MS|Rev {sig} has concerns about the hand car wash on {road}, {town}: men sleeping on site in a container, never seem to be paid, the boss holds their ID. Police and GLAA visited {date}, {n} potential victims, NRM made.
chap|VWO|MS|Port chaplain: {m1} was recruited from abroad for the fishing boats out of {vil}. Told he cannot leave until a debt of {amt} is paid, hardly allowed ashore. No injuries. NRM referral submitted.
hv|VWO|DA;HB|HV: {f1} ({age}) says her husband's family have told her that her daughter will be cut when they take her abroad if she doesn't obey her in-laws. Husband slapped her when she argued, no marks. FGMPO being considered.
101|VWO||TTK nbr over parking {vil} ill bury you no weapon not DA neighbours
ops|VWO|DA|V's adult stepson shoved her into the hall table and said he'd 'end her' if she didn't sign the house over to him. No injuries. Common assault + TTK, {vil}.
site|VWO|ON;HC|Site liaison: after the planning application for {site} went in, Traveller families have been getting TikTok comments saying 'we will kill your kids, burn the lot of you'. {n} accounts identified. Families scared to let kids play out.
101|VWO||PC kicked at + shoved {park} no inj aslt emerg wkr S arr
idva|VWO|DA|{m1} ({age}) - his ex-wife threw a drink over him and slapped him at the handover in {town} McDonalds car park, no injuries. Happens most handovers.
pack|VWO|MS|{f1} and two others housed by their labour provider in {vil}; told they will be reported to immigration if they complain, pay taken for 'rent' and 'transport'. No violence. GLAA informed, NRM discussed.
ops|VWO||{m1} threatened to kill V over a diesel debt, stranger, over the phone. V {m2} {age}. No weapon. Calls only.
101|VWO|DA|TTK ex gf said she'd have her brothers kill V {m1} phone call DA
ops|VWO||Child neglect. Dad left his 5yo and 3yo asleep alone in the house in {vil} while he went to the pub, neighbour heard crying and called it in. Dad arrested.
ops|VWO|HC|Common assault, racially aggravated. {m1} (Lithuanian) had a pint thrown over him and was shoved at the {vil} beer festival, S shouting about 'foreigners on benefits'. No injury.
ops|VWO|MS|Referral via Salvation Army: {m1} found sleeping in a barn at {farm}, says he was brought over by a man who takes all his wages for 'debt' and threatens his family back home. NRM made, no injuries.
idva|VWO|DA|{f1}'s father-in-law grabbed her by the arm and dragged her out of the kitchen, telling her she's not welcome. No marks. She lives with her husband's parents in {town}. DASH medium.
101|SH|DA|CCB h/band controls all money V shows receipts checks phone nightly stopped seeing sister {yrs}yrs DASH high {vil}
pack|SH|DA|{f1} works at {pack}. Her partner collects her wages in cash and gives her {amt} a month for herself. Not allowed her own bank card. Welfare officer concerned about economic abuse/control. V agreed to referral.
idva|SH|DA|Ex {m1} (they split {yrs} years ago) keeps turning up at her work, parks outside her house, and she found a tracker under her car last week. Stalking. DASH high.
ops|SH|DA;ON|Ex-partner messaging {f1} on Instagram from new accounts every time she blocks him, {n} accounts so far, saying he is 'watching'. Stalking DA. Screenshots kept.
ops|SH|DA|{m1} says his partner {m2} has cut him off from his friends, takes his phone, calls him worthless and won't let him leave the house without saying where. CCB. First disclosure, V {age}.
asc|SH|DA|Mrs {sn} ({oage}): her adult daughter moved in, took over her bank cards, decides who can visit and has told the GP surgery not to ring her mum. Controlling/coercive behaviour by family member.
pack|SH||Man keeps following {f1} from {pack} to her bus stop, {n} times now, stands across the road staring. Not known to her. Stalking.
ops|SH|ON|Neighbour posting about V on the {vil} community Facebook group calling him a paedo and putting up his address. No basis. Harassment. V {m1} {age}.
site|SH|ON;HC|Residents' WhatsApp group in {vil} circulating photos of {f1} with 'pikey scum' and the like since she moved onto {site}. Someone posted her kids' school. Harassment.
ops|SH|HC|{f1} and {f2} keep getting notes through the door calling them dykes and telling them to get out of the village. {n} notes so far. Nothing online.
ops|SH||V harassed by her sister's ex-partner who blames her for the split: turning up at her house, shouting abuse, texting. V and S never in a relationship, no family link. V {f1}, {town}.
school|SH|ON|V (14) getting abusive Snapchat messages from her ex-bf (15) calling her names and telling people she's a liar. No images or sexual content. School referral {date}.
rct|SH|ON|Pig farmer {m1} being harassed online by activists after a video of his unit went viral; his home address posted on X and {n} abusive emails a day. Wife scared.
ops|SH||Former employee of the farm shop at {farm} keeps calling and turning up, leaving notes on staff windscreens. Stalking. He was let go in the summer.
101|SH|DA|silent calls withheld 20+ a night V sure its ex h/band calls only no msgs or social media DA harassment {vil}
101|SH||unknown number sending insulting txts daily V {f1} texts only
gp|SH|ON|Practice manager receiving {n} emails a day from a patient, abusive and threatening to 'expose' her. Harassment. No relationship outside work.
pack|SH||Ex-colleague from {pack} following V, waiting at her bus stop. V clear they were never in a relationship, just worked the same shift. Not DA.
marac|SH|DA|MARAC referral: {f1} at {vil}, ex partner repeatedly driving past and sending flowers with threatening notes. CCB during the relationship. Stalking.
ops|SH|DA;ON|80+ WhatsApp messages from husband since she went to her mum's: 'you'll regret this', 'I know where you are'. DA harassment. V {f1} {age}.
vet|SH||Vet {f1} at the {town} practice: a client has been stalking her since his dog was put to sleep - waiting in the car park, letters to her home. Stalking.
idva|SH|DA|{f1} ({oage}) says her husband has controlled her for fifty years. She has never had her own money and can't use the phone without him listening. Daughter prompted the referral. CCB.
vs|SH|DA|the man I was seeing until Easter keeps ringing my mum and turning up at my gym. I've told him its over. - {f1}, {age}
ops|SH|DA|The father of her children - they never lived together - sends her abusive voicemails and drives past her house in {vil} most nights. Harassment.
rct|SH|DA|Grown-up son ({age}) bombarding his dad ({oage}) with abusive texts and calls demanding money, turning up drunk at the farmhouse at night. Harassment.
idva|SH|DA;HB|{f1} (22): family tracking her movements, brothers follow her to work, phone checked, told she cannot speak to men 'for the family's honour'. Controlling behaviour.
ops|SH||Neighbour harassment: banging on walls, shouting insults over the fence, filming V's garden, {n} months. Not related.
ops|SH|ON|Ex-friend posting V's private medical information on Facebook and messaging her colleagues at {pack}. Malicious comms. Not a partner.
ops|SH|DA;ON|{m1}'s ex-girlfriend set up fake dating profiles using his photos and number, he's getting messages constantly, and she has emailed his boss. DA harassment.
ops|SH|ON;HC|V (wheelchair user) getting abusive TikTok comments mocking his disability after he posted about access at {town} station. Harassment.
101|SH|DA|harassment ex p/ner txts calls {vil} V wants advice DA
101|SH||harrasment nbr notes thru door {vil} nil DA
gp|SH|DA|GP: partner of {yrs} yrs makes her hand over her payslips, she has to ask permission to buy sanitary products and he times her trips to the shop. CCB.
ops|SH|DA|She left him {yrs} years ago and he still sends cards to the kids' school with notes for her, has turned up at the new address twice. Stalking, previous DA.
ops|SH|DA|{m1}'s wife reads all his messages, has cut him off from his brother, took his car keys, screams if he's late home. He's been sleeping in his van. CCB.
ops|SH|ON|Harassment by a former guest via Facebook and comments on the holiday let listing, accusing owners of theft, {n} months. Owners {f1} and {m1}.
ops|SH||V says not domestic - S is her landlord, lives downstairs, keeps letting himself into her flat and commenting on her clothes. Harassment. {town}.
101|SH|DA|ex wife {n} txts a day calls 3am turned up at his work DA harassment texts only
vcs|SH|DA|Victim Contact Scheme: ex-partner sending letters from prison via third parties telling V he'll 'see her when he's out'. V {f1}, {vil}.
idva|SEX|DA|V {f1} disclosed to IDVA that her husband raped her on {date} after she said no; says it has happened before. DASH high. Not ready for ABE yet.
sarc|SEX|DA|SARC referral. Rape by ex-partner on {date} after he came round 'to see the kids' at her house in {vil}. V {f1} {age}. Forensic exam done.
ops|SEX||Sexual assault at the {town} music festival, a stranger grabbed V's breasts and crotch in the crowd by the main stage. V {f1} {age}. S N/K, wristband CCTV requested.
101|SEX||indecent exposure footpath nr {church} church {vil} dog walker {f1} {time} 3rd report this month
park|SEX||Guests at {park} found a camera hidden in the smoke alarm in the shower room of the static they'd rented privately from the owner. Voyeurism. Owner {m1} {sn} arrested {date}.
school|SEX|ON;CS|14yo girl has been meeting a 19yo man she met on Snapchat; sexual activity in his car in the {vil} lay-by. Mum found the messages. Social care and police aware.
park|SEX|CS|CSE concerns at {park}: older males buying alcohol for 14 and 15yo girls staying on the park and taking them back to their caravans. One girl has disclosed sexual touching. Manager {sig} reporting.
ops|SEX|MS|Warrant at a rented house in {town} on {date}: {n} women from Romania found, trafficked for sexual exploitation, controlled by a man who took their money and passports. NRMs done.
ops|SEX|CS|{f1} ({age}) reporting that her uncle sexually abused her from age 8 to 12 at her grandparents' farm at {vil}. Non-recent. Wants to do ABE. Uncle still lives locally.
ops|SEX|DA;CS|V aged 17 disclosed her stepfather has been coming into her room at night and touching her; mum doesn't believe her. Sexual assault. V staying in {vil} with friend's family.
isva|SEX|DA;CS|V (16) says her boyfriend (18) raped her at his flat in {town} after she told him to stop. They've been together about a year.
school|SEX|CS|15yo girl reports rape by her 17yo boyfriend at a party in {vil}. Together a few months. School DSL referral.
pack|SEX||{f1} sexually assaulted by her line supervisor in the cold store at {pack}: grabbed, kissed, hand down her top. She's scared of losing her job. No relationship.
asc|SEX||Care home resident {f1} ({oage}) sexually assaulted by a night carer, disclosed to her daughter. Carer suspended. Not family.
ops|SEX||{f1} raped by her friend's husband after a party at their house in {vil}; she was staying over. Hasn't told her friend. Not DA - S is not her partner or a relative.
ops|SEX|ON;CS|Online grooming: 12yo boy chatting to a 'teen gamer' on Discord who asked for pictures and sent sexual content back. Dad found it on {date}. CAIT aware.
ops|SEX|ON|Cyberflashing: {f1} got an unsolicited explicit photo via Instagram DM from an account she doesn't know, {date}. Sender N/K.
sarc|SEX|DA|{m1} raped by his partner {m2} on {date}, partner had been drinking. Also describes months of control. Referred by SARC.
101|SEX|KN|rape stranger V {f1} walking home {vil} {time} dragged into field S held knife to neck SARC S outstanding
isva|SEX|DA;HB|{f1} (20) was forced into marriage abroad last year and is now being raped by her husband at his family's home in {town}; in-laws tell her it is her duty. FMU + ISVA.
ops|SEX||Drink spiked at a {town} nightclub, woke up in a stranger's car, believes she was sexually assaulted. SARC. V {f1} {age}.
101|SEX||male sat next to V {f1} on {town} bus hand between her legs followed her when she moved stranger CCTV req
gp|SEX|DA|GP: pt disclosed her ex-husband raped her several times during the marriage, which ended {yrs} years ago. She wants it recorded, may report later.
cse|SEX|CS|16yo boy being sexually exploited: older men giving him cannabis and cash for sex, introduced through a friend. CSE screening done, social care aware. Not family. {town}.
pack|SEX||Male worker at {pack} filming women in the changing room on his phone, {n} women affected. Voyeurism. Phone seized.
ops|SEX||{m1} ({oage}) sexually touched by a male stranger in the public toilets in {town}. Very embarrassed.
school|SEX|CS|Child (10) told her teacher that the neighbour's son (15) made her touch him. Social care strategy meeting {date}.
ops|SEX|DA|{f1} ({age}) says her girlfriend {f2} sexually assaulted her while she was asleep after a night out. ISVA referral. They live together in {town}.
ops|SEX|CS;MS|Two 15yo girls from {town} moved between seaside hotels by older men and sexually exploited. NRM referrals for both. Operation name tbc.
101|SEX||exposure man in car {vil} reservoir to women walking V {f1} {age}
ops|SEX|CS|V {m1} ({age}) abused by his football coach age 11-13, back in the 90s. Coach now elderly. First time telling anyone.
ops|SEX|DA|Ex-partner sexually assaulted {f1} while dropping the kids off, pinned her against the car and groped her. V {age}.
ops|SEX||Rape: V met S at a pub in {town} that night, he walked her home and raped her in the lane. Never met before.
hv|SEX|CS|HV: 7yo boy disclosed his grandfather has been touching him when staying over. Social care + CAIT. Mum {f1} distraught.
ops|SEX|ON;CS|Sextortion: 15yo boy sent an image to a 'girl' on Instagram, now being told to pay {amt} or it goes to his school contacts. Parents reported {date}.
ops|ROB|KN|Robbery at the farm shop, {farm}, {date} {time}. Male with a knife demanded the till, took approx {amt}. Staff member {f1} shaken, not hurt.
101|ROB||phone robbery bus stop {town} V {m1} punched to ground phone taken cut lip S x2 N/K
ops|ROB||{f1} ({oage}) had her handbag pulled off her shoulder outside the post office in {vil}, she was dragged and fell, broken wrist. Robbery. S on pushbike.
idva|ROB|DA|Ex-partner grabbed {f1}'s purse and shoved her into the hedge to get her bank card, then drove off. DASH medium. {vil}.
pack|ROB|KN;HC|{n} workers walking back from {pack} on payday robbed of their cash wages by men with machetes shouting about 'foreigners'. {m1} and colleagues. No injuries.
site|ROB||{m1} robbed of his van keys and the van at the {site} entrance, threatened with a baseball bat. Van found burnt out at {vil} next day.
ops|ROB|KN|S said 'I've got a knife, give us your phone', hand in his pocket. V {m1} ({age}) believed him and handed it over. Knife never seen.
ops|ROB|DA|Grandson (20) pinned his nan's arms and took her pension money from her purse. Nan {f1} ({oage}), {vil}.
101|ROB||petrol stn {vil} male w hammer threatened cashier took fags + cash no inj
101|ROB||robbery {town} V pushed off bike bike taken S x3 youths
ops|ROB||As {f1} took {amt} out at the cashpoint in {town} a man grabbed her arm and twisted it until she let go, then ran off with the cash.
rct|ROB||{m1} ({oage}), lives alone at {vil}. Two men came to the door saying they were from the water board, pushed past him and made him hand over the cash from his tin.
ops|ROB||Phone snatch but V held on: {f1} was dragged a few metres along the pavement in {town}, grazed knees. S ran off with it.
ops|ROB|DA;KN|{f1} ({oage}): her son held a kitchen knife and demanded her bank card and PIN, she handed them over. He has since emptied the account.
rct|BUR||Machinery shed at {farm} broken into overnight {date}, {n} GPS units and a chainsaw taken, padlock cut. Farmer {m1} {sn}.
ops|BUR||Distraction burglary, {vil}: {f1} ({oage}) let in a man saying he was checking her water pressure while a second man went upstairs and took her jewellery. She didn't realise until later.
park|BUR||Static caravan at {park} broken into over the winter closure, TV and gas bottles taken. Owner {m1} lives in {town}, date of entry tbc.
her|BUR||Heritage officer: vestry at {church}, {vil} broken into, collection box and silver candlesticks taken. Churchwarden {sig} reporting.
ops|BUR||Aggravated burglary: S arrested inside the house at {vil} with a knife in his pocket; he never took it out and the occupants were asleep upstairs throughout. Laptop recovered.
idva|BUR|DA|Ex-partner broke in through the kitchen window while she was at work and took the TV, her passport and the kids' laptops. She recognised his boots on the doorbell cam. {vil}.
ops|BUR|DA|Mum {f1} ({oage}): her son no longer lives there and is banned from the house, but he got in through the back door and took {amt} from the drawer.
101|BUR||garage broken into {vil} 2 mtb + tools taken
ops|BUR||Pharmacy in {town} broken into through the roof on {date}, stock and controlled drugs cabinet attacked. Manager {f1}.
101|BUR||burg dwelling {vil} rear door forced jewellery taken occ away
101|BUR||att burg {vil} pry marks back door nothing taken V {oage} frightened
site|BUR|HC|Chalet on {site} broken into while the family were at a funeral; belongings thrown about, cash taken and 'gyppos out' sprayed on the wall.
ops|BUR||Village hall at {vil} burgled, PA system and charity tins taken. Hall committee chair {sig}.
rct|BUR||Farm shop at {farm} burgled overnight: honesty box, meat from the freezer, till float of {amt}.
ops|BUR||Holiday cottage at {vil} entered via insecure window, guests' laptops and car keys taken while they were at the beach.
rct|BUR||Tack room at the livery yard, {vil}, broken into, saddles worth {amt} taken. Owners of {n} horses affected.
pack|BUR||Office at {pack} broken into, petty cash and two laptops taken, alarm wires cut.
rct|VEH||Defender stolen from the yard at {farm} overnight, no keys taken - keyless/relay suspected. Tracked to {town} then signal lost.
101|VEH||cat con stolen V Prius on drive {vil}
ops|VEH||Tools stolen from V's works van outside his house overnight, side door lock punched. {amt} of kit, self employed, can't work.
101|VEH||veh interference {town} male trying door handles on ring doorbell
ops|VEH||Car stolen from outside {f1}'s house in {vil} and crashed into a wall by joyriders, written off. Aggravated vehicle taking.
idva|VEH|DA|Ex-partner took her car without permission and hasn't brought it back, {n} days. He still has a key from when they lived together. V {f1}.
ops|VEH||Tourist's car broken into at the {vil} beach car park, window smashed, bags and phone taken from the boot.
rct|VEH||Tractor stolen from a field at {farm}, {vil}, tracker disabled. Owner {m1} {sn}. Ports informed.
101|VEH||number plates stolen from car o/s house {town}
pack|VEH||Works pickup stolen from the {pack} car park during night shift, keys left in it.
101|VEH||m/bike stolen o/s flat {town} steering lock broken
rct|VEH||Seasonal worker {m1}'s car stolen from the caravan area at {farm}; he needs it for the fields. Found in {town}.
ops|VEH||Cat converters taken from {n} minibuses at the {vil} community transport depot. Services cancelled.
101|VEH||sat nav + dashcam from unlocked car on drive {vil}
ops|TFP||Pickpocket at {town} market: {f1} ({oage}) had her purse taken out of her shopping bag while she paid at the fruit stall. Didn't feel a thing.
101|TFP||phone lifted from back pocket {vil} carnival V {m1} no force
ops|TFP||Purse taken from {f1}'s handbag on the bus to {town}. Only noticed when she went to pay at the butchers.
ops|TFP||Phone snatched from V's hand outside the chippy in {town}; he didn't hold on, wasn't touched or hurt, S ran off.
rct|TFP||Wallet lifted at the county show in the crowd by the sheep pens, V {m1} {sn}. {amt} cash.
idva|TFP|DA|Ex-husband snatched her mobile out of her hand at the contact centre and walked off with it, no struggle, and still hasn't given it back. She thinks he wanted her messages. V {f1}, {town}.
101|TFP||pickpkt {town} mkt purse from bag
ops|TFP||Shoulder bag unzipped and wallet taken in the busy ticket queue at {town} station. V {f1}.
ops|BIKE||Bike stolen from the rack at {town} station, D-lock cut. V commutes to {pack}.
101|BIKE||childs bike taken from front garden {vil} overnight
rct|BIKE||Seasonal worker {m1}'s bike stolen from outside the caravans at {farm} - his only way to get to the fields. Third bike this season.
ops|BIKE||Road bike worth {amt} taken from outside the café in {vil} while V had lunch, not locked.
park|BIKE||Mountain bike taken from the bike rack at {park}, cut lock left behind.
101|BIKE||pedal cycle theft o/s Co-op {vil} unlocked
ops|BIKE||Bike taken from outside the pub in {town}, time not recorded; V saw S riding off, no confrontation.
ops|BIKE||V's adult trike (pedal only, no motor) stolen from outside her flat in {town}. She has mobility problems and is devastated.
rct|SHOP||Farm shop at {farm}: a man filled a bag with steaks and walked out without paying. CCTV. Owner {f1}.
ops|SHOP||Co-op {town}: same group of 3 lads stealing alcohol most days, staff fed up. Store manager {sig}.
ops|SHOP||Garden centre at {vil}: power tools taken from the display, S walked out through the café.
101|SHOP||pharmacy {town} woman concealed cosmetics {amt} stopped outside handed back
ops|SHOP|HC|Shoplifting at the {town} convenience store; when the Asian owner challenged him, S shouted racial abuse and left with the goods.
101|SHOP||shop theft {town} S known to staff {amt} meat
ops|SHOP||Store detective at a {town} dept store reports a woman stealing baby formula, repeat.
ops|SHOP||Gift shop on the front at {vil}: kids stealing sweets and souvenirs, owner wants advice.
rct|OTH||Diesel stolen from the bowser at {farm} overnight, approx {amt} worth, lock drilled. Third time this year.
rct|OTH||{n} ewes taken from the field at {vil} overnight, tags recorded. Farmer {m1} {sn} thinks they were loaded at the gateway on {road}.
her|OTH||Heritage crime officer: lead stripped from the nave roof of {church}, {vil}; rain now coming in on the organ. Churchwarden {sig}. Scaffold marks on the wall.
pack|OTH||Theft by employee: supervisor at {pack} caught taking cash from the canteen takings over several months, approx {amt}.
ops|OTH||Agency carer stealing cash from {f1} ({oage})'s handbag during visits, caught on the son's camera. Not family.
asc|OTH|DA|Son (lives with mum) taking money from her purse and her pension envelope for months. Mum {f1} {oage}. Financial abuse by a family member, she doesn't want him arrested.
ops|OTH||Blackmail: S threatening to tell V's wife about an affair unless he pays {amt}. Contact by text and phone calls only. V {m1} {age}.
101|OTH||MOWP fuel stn {vil} {amt} diesel plates come back to diff car
101|OTH||parcels stolen from doorstep {vil} {n} this month
rct|OTH||{n} round bales of hay taken from the field edge at {farm}. Tracks into the next field.
rct|OTH||Hedge cutter stolen from the field at {vil} while the contractor was at lunch. {amt}.
ops|OTH||Heating oil siphoned from the tank at {f1}'s bungalow at {vil}; she's {oage} and now has no heating.
her|OTH||Stone troughs and staddle stones stolen from the garden of a listed farmhouse in {vil}. Heritage officer aware.
rct|OTH||Horse stolen from the field at {vil} overnight, gate left open, owner {f1} distraught. Microchipped.
ops|OTH||Springer spaniel stolen from the kennel run in V's back garden at {vil}. V {m1}.
101|OTH||phone left on pub table {town} picked up by another customer CCTV
idva|OTH|DA|Ex-partner blackmailing her: says he'll send her mum the texts about her drug use unless she pays him {amt}. Texts only. V {f1}.
rct|OTH||Solar panels taken from the field array at {farm}, {n} panels, cables cut.
rct|OTH||{n} beehives stolen from the orchard at {farm}. Beekeeper {m1}.
ops|OTH||Cheques missing from post to V's business in {town}, Royal Mail investigating theft of mail.
rct|OTH||Farm manager {m1} caught selling the farm's fertiliser to a neighbour and pocketing the cash. Theft by employee. Estate owner reporting.
her|OTH||Bronze plaque taken from the war memorial at {vil}. Parish clerk {sig}.
rct|CDA||Arson: {n} stacks of straw bales set alight at {farm}, fire service attended, loss approx {amt}.
rct|CDA||Hare coursers drove across {m1}'s winter wheat at {farm}, deep ruts across several acres, field gate smashed off its hinges.
site|CDA|HC|Windows of three caravans at {site} smashed overnight, a note left saying 'go home gypsies'. No one hurt.
idva|CDA|DA|Ex-boyfriend smashed {f1}'s front windows and her phone after she wouldn't let him in, {vil}. DASH medium.
her|CDA||Graffiti sprayed on the war memorial at {vil}, listed structure. Heritage officer informed.
ops|CDA||Car set alight on the drive at {town}, V believes it is to do with the parking dispute.
101|CDA||stained glass window {church} {vil} broken by stone
rct|CDA||Polytunnels at {farm} ripped along {n} bays overnight. No theft.
rct|CDA||CCTV cameras at {farm} pulled down and smashed, second time this month.
ops|CDA|DA|Adult daughter ({age}) smashed up her mum's kitchen and the TV during an argument over money at {vil}. Mum ({oage}) unhurt.
ops|CDA||Flat door in {town} set on fire in the night, neighbours evacuated, nobody hurt. Arson.
101|CDA||wheelie bins set alight by youths behind shop {vil}
rct|CDA||Sheep fencing cut along the river at {farm}, stock got out onto the road.
101|CDA||crim dmg veh keyed {town} car park
ops|CDA|HC|Pride flag torn down, front door kicked and dented, and homophobic graffiti on the wall at {f1} and {f2}'s house, {vil}.
ops|CDA|DA|His wife poured paint over {m1}'s van and let the tyres down after he moved out. DA crim damage.
park|DRUG||Search of a static at {park}: {n} cannabis plants and a bag of bud. Occupant reported.
ops|DRUG||Dealing outside the {town} school gates, parents concerned, lads in a car handing over wraps.
rct|DRUG||Barn rented to a 'storage' tenant at {farm} found converted into a cannabis grow, tenant gone. Landowner {m1} shocked.
ops|DRUG|ON|Dealers advertising a drugs menu to students in {town} on Snapchat. Parent reporting.
ops|DRUG||Warrant at a cottage in {vil} used for dealing, class A found, neighbors had complained.
101|DRUG||2 males found in poss cannabis in car lay-by {vil}
ops|DRUG||Parcel containing MDMA addressed to a house in {vil} intercepted at the sorting office.
ops|DRUG||Festival security at {vil} found cocaine wraps on an attendee, handed to police.
101|WEAP||stop search {town} high st lock knife in jacket not used or shown S chgd poss bladed article
ops|WEAP||Shotgun found in a farmhouse at {vil} during a welfare check, no certificate. Owner {oage}.
rct|WEAP||Male walking along {road} with a loaded air rifle in a public place. Dog walkers uneasy.
101|WEAP||lock knife in glovebox stop {vil}
ops|WEAP||Knuckleduster found in pocket at {town} nightclub door search.
park|WEAP||Machete in waistband at {park}, never drawn, security called police.
idva|WEAP|DA|Ex-partner found sitting in his car outside {f1}'s house with a kitchen knife on the seat; she never saw it, arrested before he got out. NMO in place. DASH high.
ops|WEAP||Sawn-off shotgun found in a car boot during an ANPR stop near {vil}.
school|WEAP||Y9 pupil carrying a knife in his bag at school in {town}; no threats, found by teacher.
101|PO||s4 POA man {town} mkt shouting threats at stallholder ill do you people scared no aslt
pack|PO|HC|Racially aggravated s5: a local man screaming abuse about 'foreigners taking our jobs' at workers queueing for the {pack} bus.
site|PO|HC|Family from {site} abused in the supermarket queue, called 'dirty gyppos', staff stepped in.
101|PO||affray o/s {town} pub {n} men fighting in road no inj public scared
ops|PO||Violent disorder after the football in {town}, bottles thrown, no injuries reported.
rct|PO||Hare coursers on {road} shouting and revving at farm workers, threatening behaviour, no threats to kill, no damage done.
ops|PO|HC|Man shouting homophobic abuse at two men leaving a bar in {town}.
gp|PO||Drunk male swearing and shouting at staff in the {town} surgery waiting room, patients alarmed.
ops|PO|HC|Man shouting abuse at worshippers leaving the mosque in {town}; no assault. Religiously aggravated.
site|PO|ON;HC|Local man posting videos on YouTube and X calling on people to 'go and clear out' {site}. Stirring up racial hatred.
101|PO||youths throwing fireworks at passers by {town} square people alarmed
ops|MISC|CS|Partner found indecent images of children on a USB stick in {m1}'s desk drawer. She is distraught, reported to police {date}.
idva|MISC|DA|Ex-partner on police bail with DA conditions not to enter {vil} seen outside her house. Breach of bail. V {f1}.
ops|MISC||Dangerous driving: van overtook on a blind bend at {vil} and forced V's car into the verge, no injuries or damage. Dashcam footage.
ops|MISC||Handling: V's son arrested for handling stolen power tools found in his garage; V ({oage}) distressed and wants support.
rct|MISC||Neighbour told {m1} he'll 'torch his barn' over the right of way. Threat to commit criminal damage.
ops|MISC||Perverting: S (a work colleague, not a partner) asked V to say she was driving his car when it was flashed by a speed camera on {road}. V refused.
ops|MISC||Bigamy: {f1} found out her husband was already married abroad, so the marriage here is void. No abuse, not DA, just wants advice.
ops|MISC||Someone forged {m1}'s signature on a parish council petition. Forgery.
101|MISC||lorry tailgating + brake testing V {road} dang drvg no inj
idva|MISC|DA|V says her ex-husband lied on oath in the family court about her drinking on {date}, part of ongoing post-separation abuse. DASH done. Perjury.
ops|MISC||Breach of bail: S with condition not to contact a witness seen at the {town} market. Witness {f1} worried.
101|FRAUD|ON|romance fraud {f1} {oage} dating site army doctor sent {amt} over {n} months AF ref {ref}
ops|FRAUD||Courier fraud: {m1} ({oage}) phoned by a 'police officer' saying bank staff were corrupt, told to withdraw {amt} for collection; courier came to the door. Phone calls only.
ops|FRAUD||Rogue trader at {vil}: man said the roof tiles were loose, charged {f1} ({oage}) {amt} for work never done.
rct|FRAUD|ON|Paid {amt} for tractor parts advertised on Facebook Marketplace, seller blocked him. V {m1}.
idva|FRAUD|DA|Partner took out {n} loans and a credit card in {f1}'s name without her knowledge; she found out when debt collectors wrote. Still together, scared of him.
ops|FRAUD|DA|Adult son used his dad's bank card without permission, {amt} over a few weeks; dad ({oage}) only found out when the statement came.
ops|FRAUD|ON|Investment scam via a WhatsApp group, crypto 'trading platform', lost {amt}. V {m1} {age}.
101|FRAUD|ON|FB acc hacked scammer msg friends asking for money V {f1} locked out
ops|FRAUD||HMRC impersonation call: {m1} told he'd be arrested unless he paid {amt} in gift cards. Phone only.
ops|FRAUD||Identity fraud: someone has opened phone contracts in V's name, letters going to her old address in {town}.
ops|FRAUD|ON|Clicked a link in a text about a missed parcel and typed her bank details into a fake website, {amt} taken. V {f1}.
ops|FRAUD||Text then a call from 'the bank'; V went into the branch and transferred {amt} to a 'safe account' as the caller told her. No websites or apps involved.
rct|FRAUD|ON|Mandate fraud: {farm} paid {amt} to a fake account after an email from their 'feed supplier' with changed bank details.
ops|FRAUD||Agency carer used {f1} ({oage})'s bank card at cashpoints, {amt}. Not family.
ops|FRAUD|ON|Fake tickets for the {town} show sold on Instagram, {n} victims so far.
asc|FRAUD|DA|Granddaughter ({age}) with power of attorney has been spending {f1}'s savings on herself, {amt}. Fraud by abuse of position.
101|FRAUD|ON|hi mum whatsapp scam {f1} sent {amt} to daughter new number
ops|FRAUD||Rogue driveway layers charged an elderly couple in {vil} {amt} for tarmac that washed away in the first rain.
idva|FRAUD|DA;ON|Ex-partner logged into her online banking and email after they split and moved {amt}. V {f1}.
101|ASB||nbr {vil} loud music till 3am most weekends no threats no damage elderly V cant sleep
rct|ASB||Off-road bikes tearing across the fields and bridleway at {vil}, kids on them, no damage recorded.
101|ASB||dog barking all day next door V {f1} at wits end
ops|ASB||Residents of {vil} complaining about an unauthorised encampment on the playing field; no offences identified, council serving notices.
park|ASB||Drunken noise from the bar at {park} until late, holidaymakers complaining.
ops|ASB||Garden bonfires from neighbour, smoke into V's washing and house, {n} times.
101|ASB||knock door run kids {vil} elderly V scared no dmg no threats
101|ASB||parking dispute nbr parks across drive arguments no threats {vil}
101|ASB||youths congregating o/s shop {vil} no offences disclosed
ops|ASB||Boy racers in the {town} leisure centre car park revving at night.
101|ASB||youths on church wall {vil} drinking littering no threats no dmg
101|ASB||ASB noise nbr {town} no crime
wco|OC||Wildlife crime officer: dead buzzard found by a pheasant pen at {vil}, suspected poisoning, sent for testing.
rct|OC||Hare coursing at {farm}, {n} men with lurchers on the stubble, no threats made, no damage, vehicles gone before patrol arrived.
wco|OC||Badger sett entrances blocked with soil and rocks at {vil} woods; active sett.
her|OC||Nighthawks with metal detectors on the scheduled monument at {vil} overnight, holes dug. Heritage officer.
ops|OC||RSPCA: {n} horses found emaciated in a field at {vil}, owner known. Animal welfare.
rct|OC||Fly-tip of builders' waste across the farm gateway at {farm}.
wco|OC||Man seen taking eggs from the little tern colony on {vil} beach.
wco|OC||Bat roost destroyed by builders converting a barn at {vil}.
rct|OC||Dog off lead chased and killed {n} ewes at {farm}. Livestock worrying.
ops|OC||Illegal eviction: landlord changed the locks on V's flat in {town} while she was at work and put her things on the street.
101|OC||dog kicked repeatedly by owner {town} park witnessed
wco|OC||Pole traps set on posts on the {vil} estate.
rct|OC||Deer poaching at night with lamps on {farm}.
email|SH|DA|From: {sig} (Practice Safeguarding Lead) <practice.safeguarding@nhs.example> Sent: {date} {time} To: victimcare referrals Subject: FW: referral - consent obtained. Hello, I saw Mrs {f1} {sn} today for what was booked as a medication review. She became tearful and told me that for the past {yrs} years her husband has decided what she wears, who she sees and what she spends. He drives her to every appointment and waits outside; he has her bank card and gives her cash for food only, and asks for the receipts. She said he has never hit her but 'he doesn't need to'. She has agreed to a referral and asked that contact is made only on her mobile between 10 and 12 when he is at the livestock market. She is not ready to speak to police. Thanks in advance, {sig} | Safeguarding Lead GP | tel {tel} | The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised. NHS mail is not to be used for marketing purposes.
email|VWO|MS|From: {sig}, HR & Ethical Trade Manager, {pack}. Sent: {date}. Subject: Concerns re labour provider - urgent. Good afternoon, following our audit on {date2} we identified a group of {n} workers supplied by a labour provider who appear to be living in a single house in {vil}, are collected at 4am and returned at 9pm, and told us (through an interpreter) that their passports are 'kept safe' by the provider's driver and that they owe money for flights that is deducted from wages each week. Two of them said they had been told their families would 'have problems' if they left. Nobody reported injuries. We have definately suspended the provider, informed the GLAA and police ({ref}) and would like victim support to be offered to the workers. Regards, {sig} | Ethical Trade | This e-mail and its attachments are intended for the above named only and may be confidential. If it has come to you in error you must take no action based on it, nor must you copy or show it to anyone; please reply to this e-mail and highlight the error. Security Warning: please note that this e-mail has been created in the knowledge that Internet e-mail is not a 100% secure communications medium.
email|SEX|ON;CS|From: {sig} - Designated Safeguarding Lead, {town} Academy. Date: {date}. Subject: Referral - Year 10 student (15). Dear all, a 15 year old student disclosed to her form tutor this morning that a man she met through an online game, who she now knows to be in his 30s, has been sending her sexual messages on Snapchat for several months, persuaded her to send naked photographs of herself and arranged to meet her in {town} last weekend, where he touched her sexually in his car. Police have been informed (log {cad}) and CSC strategy discussion held. Mum is aware and supportive. We would be grateful for specialist support for the student and for mum. Kind regards, {sig}, DSL. CONFIDENTIALITY: This email is intended only for the named recipient. If you are not the intended recipient, you must not read, copy or disclose it; please notify the sender and delete it. {town} Academy Trust, registered in England.
email|FRAUD||From: Vulnerable Customer Team (do not reply) Sent: {date} Subject: Third party referral - consent given. Dear Sir/Madam, our customer Mr {m1} {sn} ({oage}) of {vil} recieved a series of telephone calls on {date2} from a man claiming to be a detective from the Met. He was persuaded that staff at his branch were under investigation and was instructed to withdraw {amt} in cash, which was later collected from his doorstep by a courier. The customer has no computer or smartphone and all contact was by landline. Police reference {ref}. Mr {sn} lives alone and is very anxious; he has consented to a referral for emotional support. Yours faithfully, {sig}, Vulnerable Customer Team. This email and any attachments are confidential. If you have received this in error please delete it. The Bank is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA.
email|VWI|DA|From: {sig} <hv.team@hct.example> Sent: {date} 16:02 Subject: safeguarding referral - mum and baby. Hi, on my new birth visit today to {f1} ({age}) at {vil} I noted fingertip bruising to her upper arm and a healing cut on her lip. When we were alone she told me her partner {m1} had grabbed her and shoved her into the door frame last week because she 'went on at him' about money, and that this was not the first time. Baby was in the moses basket in the same room. She has agreed to an IDVA referral and I have completed a DASH with her (medium). Please could any contact be via my mobile first. Many thanks, {sig}, Health Visitor, 0-19 Team. This message contains confidential information and is intended only for the individual named. If you are not the named addressee you should not disseminate, distribute or copy this e-mail. Please think before you print.
email|OC||From: {sig}, Investigations Officer (Birds of Prey). Sent: {date}. Subject: suspected persecution - {vil} estate. Dear colleagues, further to our phone call, a member of the public found two dead red kites and a buzzard close to a gamebird release pen on the estate near {vil} on {date2}. Toxicology has now confirmed a banned pesticide. Police wildlife crime officer {pc} is leading with a warrant application. The finder, {f1}, has been receiving nasty looks in the village pub and is worried about being identified; she'd like to talk to someone. Best wishes, {sig}. Registered charity. This email is intended for the addressee only. If you receive it in error, please delete it and tell us. We do not accept liability for any viruses.
email|OTH||From: Diocesan Church Buildings Officer <buildings@diocese.example> Sent: {date} To: Heritage Crime Officer; Victim Care. Subject: Lead theft - {church}, {vil} (Grade I). Dear {pc}, I am writing to confirm that approximately two thirds of the lead from the south aisle roof of {church}, {vil} was removed overnight on {date2}. Scaffold pole marks and a cut downpipe were found by the churchwarden, {sig}, who is elderly and has taken it very hard - she found the water coming through onto the altar. Roof alarm was not fitted. Insurance has a cap of {amt}. Could someone offer support to the churchwarden please? With thanks and blessings, {sig}, Church Buildings Officer. The Diocesan Board of Finance is a registered charity and a company limited by guarantee. This email and any attachments are confidential.
email|SH|ON|From: Parish Clerk, {vil} Parish Council. Sent: {date}. Subject: ongoing harassment of clerk - request for support. Hi, I'm the parish clerk and over the last {n} months a resident who objected to the new play area has been posting about me almost daily on the village Facebook page and on his own blog, calling me corrupt and a liar, posting pictures of my house and car, and emailing councillors demanding I am sacked. He has never been in any relationship with me and isn't related. Police have a reference ({ref}) and have treated it as harassment. I'm not sleeping and I dread opening my laptop. Thank you, {sig}, Clerk to the Council. Please note: the Council is subject to FOI and emails may be disclosed. This email was checked for viruses.
email|BUR||From: {sig} - Farm Watch coordinator. Sent: {date}. Subject: FW: break in at {farm}. Hello, forwarding on behalf of {m1} {sn} at {farm}, {vil}, who doesn't do email. Overnight on {date2} the workshop was broken into - side door jemmied, welder, {n} batteries, a generator and all the hand tools gone, approx {amt}. Same MO as two other farms this month. He's {oage} and was up all night afterwards, his wife says he's not eating. Police ref {ref}. Cheers, {sig}. Sent from my iPhone
email|ROB||From: {sig}, Tenancy Sustainment Officer. Date: {date}. Subject: referral for tenant - robbery. Dear team, our tenant {f1} {sn} ({age}), who has a learning disability and lives independently at {town}, was approached by two young men at the cashpoint on {date2}; one held her arms while the other took her bank card and the {amt} she had just drawn out. She was not injured but is now refusing to leave the flat. She is not known to either man and no comments were made about her disability; police are treating it as a robbery. She has given consent. Kind regards, {sig}. Our office will be closed on bank holidays. This email is confidential.
ops|VWI||{f1} ({age}) assaulted at the bus station by a man she had been on two dates with last month; punched, swollen eye. Officer recorded not DA, V agrees they were never partners and never intimate.
ops|VEH||V's car broken into on the drive at {vil}, sat nav and bag taken. V mentioned she fears that if she ever left her husband he might hurt her, but she says nothing has happened and does not want it recorded. Nothing further disclosed.
101|VWO||TTK over phone S said got machete at home w V name on it V {m1} {age} not seen any weapon
ops|VWI|DA|{f2}'s cousin {m1} ({age}) has been turning up at her house and on {date} punched her in the stomach in the front garden, bruised. V says the family have always protected him.
ops|SH|DA|V being harassed by her cousin {m1} ({age}) - turning up at work, ringing her 30 times a day. Background: V's sister told the family years ago that their uncle (cousin's dad) abused her; cousin blames V for 'spreading lies'. No abuse of V herself disclosed.
pack|VWI||Worker {m1} punched by a colleague over a debt at {pack}, cut lip. GLAA checked: he has his own passport, is paid into his own account and lives independently - no indicators of exploitation. He doesn't think it's about being Latvian, nothing was said.
ops|SH|DA;ON|V's family have arranged a marriage for her next spring which she says she is happy about and consents to, no pressure. She's reporting her ex-boyfriend who has been sending her abusive Instagram messages since he found out. V {f1}, {vil}.
ops|VWO||V reported via the online reporting form: pushed over by a man in the queue at the {town} chip shop, no injuries. Nothing online about the offence itself.
idva|SH|DA|Partner ran up debts on their joint account, decides when she can access any money, has stopped her going back to work at {pack}. Economic abuse + control. V {f1} {age}.
ops|SEX|CS|V (17) sexually assaulted by a stranger at the {vil} bus shelter, grabbed between her legs. S N/K.
ops|VWI||V (17) punched by a lad she doesn't know outside the {town} skate park, bloody nose. No sexual element, no relationship.
ops|SH||V (16) being followed home from college by a man in his 40s who sits outside her house in {vil}. Not known to her. Nothing sexual said or done yet. Stalking.
101|VWI|DA|h/band {m1} & h/band {m2} argued {m2} shoved {m1} into wardrobe cut head DA
101|VWI|DA|V {f1} {age} bitten by wife on arm bruising DASH med
vs|VWI|DA|Im reporting my stepmum she hit me with the remote and split my eyebrow, Im 23 and still live at home with her and dad in {vil}. dad says leave it. - {m1}
gp|VWI|DA|GP. {m1} ({age}) attended with a burn to the back of his hand - says his mother-in-law, who lives with the couple, poured hot tea on him deliberately. Pt embarrassed, consented to referral.
101|VWI|DA|DA s47 baby father punched V {f1} {age} in face {vil} V has a black eye
ops|VWI|DA|{f1} ({age}) was with {m1} for {yrs} years when she was younger; they have had no contact since until {date}, when he saw her in {town} and shoved her hard into a shop window, bruised shoulder and cut arm.
ops|VWI|DA|His husband {m2} threw him down the stairs during an argument, sprained wrist and bruised ribs. {m1} ({age}) says it's the third time. DASH high.
ops|VWI|DA|Step-gran {f2} ({oage}) slapped {f1} ({age}) hard across the face at a family barbecue in {vil}, split lip. They've never got on.
idva|VWI|DA|V {f1} was kicked repeatedly by her twin sister during an argument at their shared flat in {town}, bruising to shins and back. Both {age}. DASH std.
101|VWI||V {m1} punched by stranger o/s {town} kebab shop busted lip S N/K not DA
101|VWI||bouncer assaulted V {m1} {town} club door cut eye CCTV req
101|VWI|HC|V {m1} assaulted by 3 males {vil} after they called him a P*** broken nose hate crime
rct|VWI||Gamekeeper {m1} assaulted by poachers at {farm} {date}, hit with a wooden club, broken arm. S x3 N/K, white van, part reg not recorded.
pack|VWI|HC|Portuguese worker {m1} beaten by two locals outside the {town} chippy who told him 'speak English or go home', cut head, stitches.
hv|VWO||HV: baby (4 months) left in soiled nappies, underweight, flat cold, mum intoxicated at visits. Child neglect referral, police attended {date}. Not a DA matter, mum lives alone.
101|VWO|DA|ex p/ner grabbed V {f1} arm at school gate no inj NMO in place {vil} DA
ops|VWO|DA|Daughter ({age}) pushed her mum ({oage}) onto the sofa and screamed in her face that she would 'finish her off' if she sold the house. No injury. TTK. DA.
101|VWO||aslt PCSO no inj {town} S spat chgd
park|VWO||Man seen trying to coax children (approx 8 and 10) away from the play area at {park} into the woods. Attempted abduction, S N/K, described as 50s, grey hoodie.
ops|VWO|KN|{m1} threatened by a man holding a Stanley knife in the {town} Tesco car park over a parking space: 'move or I'll cut you'. No injury. V believed him. S stranger.
ops|SH|DA|Nephew ({age}) keeps texting and calling his aunt {f1} demanding she lend him money, turns up at her door at all hours. Harassment. V ({oage}) scared.
ops|SH||Former lodger sending {f1} hundreds of texts and letters after she gave him notice, standing outside. Stalking. Never in a relationship, not related.
101|SH||stalking stranger follows V {f1} from {pack} bus wks now not known to V
101|SH|ON|harassment fb posts about V by former friend {vil} not DA
ops|SEX|CS|Girl (13) raped by an adult man she met at the {vil} fair; he has been identified. Family very distressed.
101|SEX||sexual aslt stranger groped V {f1} {age} on {town} market no inj S N/K
ops|SEX|DA|{f1} ({age}) says her estranged husband raped her when he came to collect his things on {date}. They seperated in the spring. ISVA requested.
101|BUR||burg non dwelling barn {farm} quad ramps + tools taken
101|VEH||theft from mv van {vil} tools £ tbc
101|OTH||theft diesel farm tank {vil} N/K
101|CDA||arson straw stack {farm} fire svc attended
101|FRAUD||courier fraud {oage}yo {vil} cash collected from door
101|MISC||dang drvg car overtook tractor on blind bend {road} no inj no dmg
101|DRUG||cannabis found search {park} static occupant arr
101|WEAP||air rifle carried in public {vil} not pointed at anyone
101|OC||hare coursing {farm} 3 vehs lurchers no threats no dmg
101|ROB||mugged {town} cashpoint V pushed wallet taken
101|TFP||purse taken from bag {town} bus stn no force
101|BIKE||bike stolen rack {town} stn
101|SHOP||shoplift farm shop {farm} S ran off
101|PO||s5 drunk male shouting at families {town} mkt
101|HOM||fam of V {m1} murdered {town} {date} ref FLO
101|DRV||SI careless drvg V {f1} hit on zebra {town}
101|SEX|CS|CSE 15yo girl {park} older males sex in their caravans
101|VWO|MS|MS car wash {town} workers sleeping on site unpaid docs held NRM
ops|OTH|DA|Ex-partner has kept {f1}'s grandmother's rings and refuses to give them back since she left him; she believes he's sold them. DASH std.
ops|CDA|DA|Her son ({age}) punched holes in the doors and smashed the greenhouse when mum refused him money. No injuries. {f1} {oage}, {vil}.
ops|FRAUD|DA|V's brother used her details to apply for credit cards and a car finance deal, {amt}. She found out from a credit check. Siblings, both adult.
ops|BUR||Static caravan on {park} broken into while {f1} was at the club bar, purse and keys taken. S N/K.
gp|SH|DA|Pt tells me her ex, who she split from {yrs} years ago, still rings her work pretending to be a client and has turned up at the school gates. Says she's scared but 'he's just an ex, it's old news'. Consented to referral.
rct|VWI||Farmer {m1} punched by a walker after an argument about a bull in the field, cut eye. Not known to each other.
"""


def load_templates():
    templates = []
    seen_text = set()
    for lineno, line in enumerate(TEMPLATES.strip().splitlines(), 1):
        voice, cat_code, flag_codes, text = line.split("|", 3)
        if cat_code not in CAT_CODES:
            raise SystemExit(f"template {lineno}: unknown category code {cat_code!r}")
        category = CAT_CODES[cat_code]
        codes = [c for c in flag_codes.split(";") if c]
        for c in codes:
            if c not in FLAG_CODES:
                raise SystemExit(f"template {lineno}: unknown flag code {c!r}")
        if len(codes) != len(dict.fromkeys(codes)):
            raise SystemExit(f"template {lineno}: repeated flag")
        flags = [f for f in FLAGS if f in [FLAG_CODES[c] for c in codes]]
        names = re.findall(r"\{(\w+)\}", text)
        if not names:
            raise SystemExit(f"template {lineno}: no slot, cannot be reused")
        known = slots()
        for name in names:
            if name not in known:
                raise SystemExit(f"template {lineno}: unknown slot {name!r}")
        if text in seen_text:
            raise SystemExit(f"template {lineno}: duplicate template text")
        seen_text.add(text)
        if category not in CATEGORIES:
            raise SystemExit(f"template {lineno}: category not in taxonomy")
        templates.append((voice, category, flags, text))
    used_cats = [t[1] for t in templates]
    used_flags = [f for t in templates for f in t[2]]
    missing = [c for c in CATEGORIES if c not in used_cats] + [f for f in FLAGS if f not in used_flags]
    if missing:
        raise SystemExit(f"uncovered labels: {missing}")
    return templates


def build():
    templates = load_templates()
    n_t = len(templates)
    base = N_NOTES // n_t
    extra = set(RNG.sample(range(n_t), N_NOTES - base * n_t))
    notes = []
    seen = set()
    for idx in range(n_t):
        _voice, category, flags, text = templates[idx]
        for _ in range(base + (1 if idx in extra else 0)):
            for _attempt in range(1000):
                filled = text.format_map(slots())
                if filled not in seen:
                    break
            else:
                raise SystemExit(f"could not fill template {idx + 1} uniquely")
            seen.add(filled)
            notes.append((filled, category, ";".join(flags)))
    RNG.shuffle(notes)
    if len(notes) != N_NOTES:
        raise SystemExit("wrong number of notes")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["note_id", "text", "category", "flags"])
    for i, (filled, category, flags) in enumerate(notes, 1):
        writer.writerow([f"B42-{i:04d}", filled, category, flags])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(buf.getvalue().encode("utf-8"))

    print(f"templates {n_t}")
    print(f"notes {len(notes)}")
    for c in CATEGORIES:
        print(f"category {c} {sum(1 for n in notes if n[1] == c)}")
    for f in FLAGS:
        print(f"flag {f} {sum(1 for n in notes if f in n[2].split(';'))}")
    print(f"no_flags {sum(1 for n in notes if not n[2])}")


if __name__ == "__main__":
    build()
