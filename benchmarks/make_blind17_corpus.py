#!/usr/bin/env python3
"""Generator for the BLIND17 synthetic referral-note corpus.

Standard library only (csv, os, random). A fixed SEED makes every run write
byte-identical output to benchmarks/data/notes_blind17.csv.

Every scenario template below was hand-written for this corpus. Each template
line has the form  FLAGS|text  where FLAGS is a string of one-letter codes
("-" for none) and text may contain {SLOT} placeholders filled from the
invented pools defined here. All names, places, shops, amounts, dates,
reference numbers and collar numbers are invented.

Flag letters:  D domestic_abuse, H hate_crime, O online,
               K knife_sharp_instrument, C child_sexual_abuse_exploitation,
               S modern_slavery, B honour_based_abuse
"""

import csv
import os
import random

SEED = 170417
TARGET_NOTES = 880

FLAG_ORDER = [
    ("D", "domestic_abuse"),
    ("H", "hate_crime"),
    ("O", "online"),
    ("K", "knife_sharp_instrument"),
    ("C", "child_sexual_abuse_exploitation"),
    ("S", "modern_slavery"),
    ("B", "honour_based_abuse"),
]

CATEGORY_ORDER = [
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

# ---------------------------------------------------------------- pools
FEMALE = [
    "Aisha",
    "Bethan",
    "Carys",
    "Danielle",
    "Ebony",
    "Farah",
    "Gemma",
    "Hollie",
    "Imani",
    "Jodie",
    "Kerry",
    "Leanne",
    "Maja",
    "Nadia",
    "Oksana",
    "Priya",
    "Rhiannon",
    "Shannon",
    "Tanya",
    "Ula",
    "Vicky",
    "Wendy",
    "Yasmin",
    "Zara",
    "Amina",
    "Bronwen",
    "Chloe",
    "Dorota",
    "Elif",
    "Fatima",
    "Grace",
    "Hana",
    "Ioana",
    "Jasmine",
    "Kelly",
    "Lorna",
    "Megan",
    "Naomi",
    "Paige",
    "Roxanne",
    "Sadia",
    "Tamsin",
    "Agnieszka",
    "Blessing",
    "Courtney",
    "Demi",
    "Esme",
    "Folasade",
    "Georgia",
    "Harpreet",
    "Jade",
    "Kiran",
    "Lacey",
    "Mairead",
]
MALE = [
    "Aaron",
    "Bilal",
    "Callum",
    "Darius",
    "Emeka",
    "Faisal",
    "Gareth",
    "Harvey",
    "Idris",
    "Jamal",
    "Kieran",
    "Liam",
    "Marek",
    "Nathan",
    "Owain",
    "Piotr",
    "Rhys",
    "Shane",
    "Tariq",
    "Usman",
    "Vlad",
    "Wayne",
    "Yusuf",
    "Zak",
    "Adeel",
    "Brandon",
    "Connor",
    "Dylan",
    "Elliot",
    "Florin",
    "Gethin",
    "Hamza",
    "Ivan",
    "Jordan",
    "Kwame",
    "Lewis",
    "Mohammed",
    "Niall",
    "Oliver",
    "Paulo",
    "Reece",
    "Sami",
    "Tomasz",
    "Declan",
    "Arjun",
    "Craig",
    "Dmitri",
    "Ethan",
    "Kofi",
    "Luca",
    "Mason",
    "Robbie",
    "Stefan",
    "Tyrone",
]
SURNAMES = [
    "Ashgrove",
    "Brackwell",
    "Cardew",
    "Dunmore",
    "Eckersall",
    "Fairlie",
    "Gosforth",
    "Hallam",
    "Ingleby",
    "Jessop",
    "Kershaw",
    "Lathwell",
    "Mottram",
    "Nuttall",
    "Ormerod",
    "Penhallow",
    "Quarmby",
    "Ridsdale",
    "Sowerby",
    "Thwaite",
    "Uttley",
    "Varley",
    "Whitlock",
    "Yardley",
    "Adeyemi",
    "Bajwa",
    "Chaudhry",
    "Dabrowski",
    "Eze",
    "Fofana",
    "Gheorghe",
    "Hussain",
    "Idowu",
    "Jankowski",
    "Khatun",
    "Lungu",
    "Mensah",
    "Nowak",
    "Okafor",
    "Popescu",
    "Rahman",
    "Siddiqui",
    "Tran",
    "Vasquez",
    "Wojcik",
    "Ahmadi",
    "Bevan",
    "Cadwaladr",
    "Pritchard",
    "Llewellin",
    "Moynihan",
    "O'Hagan",
    "Sherratt",
    "Tolley",
    "Kavanagh",
    "Mbeki-Stone",
    "Ferrand",
]
TOWNS = [
    "Brackenhithe",
    "Corvedale Heath",
    "Drummoss",
    "Elsbury Moor",
    "Fernlow",
    "Grisdale",
    "Harlowick",
    "Ingleby Sands",
    "Jasper's Cross",
    "Kilnhurst Vale",
    "Lowmarsh",
    "Mossbridge",
    "Netherholt",
    "Orrinford",
    "Pellham Quay",
    "Ruddle Edge",
    "Saltcote",
    "Thistleby",
    "Wickenham Fold",
    "Yewbarrow",
    "Llanfedwen",
    "Pontyrafon",
    "Cwm Tirion",
    "Abergarw Newydd",
    "Stanmere",
    "Hesketh Bridge",
    "Marlstone",
    "Quenby Mills",
    "Ravensholt",
    "Skelbrook",
    "Tamsworth Green",
    "Wenfold",
    "Dunstow",
    "Ellerfield",
    "Copperdown",
]
STREETS = [
    "Larkspur Road",
    "Cobbler's Lane",
    "Kingfisher Way",
    "Alma Terrace",
    "Dovecote Close",
    "Foundry Street",
    "Juniper Avenue",
    "Mill Race Walk",
    "Oakhanger Drive",
    "Partridge Crescent",
    "Quarry Hill",
    "Rowan Court",
    "Sexton Street",
    "Tanyard Row",
    "Victoria Parade",
    "Wharf Street",
    "Hawthorn Mews",
    "Belvoir Gardens",
    "Chapel Fold",
    "Ferncliffe Road",
    "Gasworks Lane",
    "Heol y Felin",
    "Stryd Penrhiw",
    "Nightingale Rise",
    "Pinder Street",
    "Cinder Path",
    "Lambourne Way",
    "Sorrel Close",
    "Blacksmith's Yard",
    "Ropewalk",
    "Tenter Street",
    "Cauldwell Avenue",
]
SHOPS = [
    "Kwikstop",
    "Pennyworth Foods",
    "Halden Pharmacy",
    "BargainBay",
    "Brightlane Convenience",
    "Stackwell DIY",
    "Corner Larder",
    "ValuMart",
    "Marlow & Finch",
    "Quayside Mini Market",
    "Sunrise Off Licence",
    "Threadline Fashions",
    "Gadget Hut",
    "Hollis Home Store",
    "Fresh & Fair",
    "Nettle & Pine",
    "TopShelf Wines",
    "Daybreak Express",
    "Oakmoor Grocers",
    "Lumen Beauty",
    "Stitch & Sole",
    "PoundPeak",
    "Brookfield Stores",
]
PUBS = [
    "the Ferret & Lantern",
    "the Drovers Rest",
    "the Salt Hare",
    "the Tinner's Arms",
    "Bar Nineteen",
    "the Copper Kettle",
    "the Lamb & Lark",
    "Club Verve",
    "the Quarryman",
    "the Wheatsheaf Tap",
    "Velvet Lounge",
    "the Barge Inn",
    "the Old Mortar",
    "Sparrows bar",
]
PARKS = [
    "Millbrook Rec",
    "Greaves Park",
    "the Dellside playing fields",
    "Kingsmead Gardens",
    "Harrow Lane park",
    "the canal towpath",
    "Pickering Meadows",
    "the skate park on Fell Road",
    "Bellfield Park",
    "the woods behind the leisure centre",
]
SCHOOLS = [
    "Brackenfield Academy",
    "St Aldric's High",
    "Moorside Primary",
    "Kestrel Ridge College",
    "Holm Lane Primary",
    "Ysgol Bryn Derw",
    "Cardew Park School",
    "Ravensholt Community College",
]
STATIONS = [
    "the bus station",
    "the train station",
    "the interchange",
    "the tram stop on Fore Street",
    "the coach park",
]
ESTATES = [
    "the Orchard estate",
    "the Pinfold estate",
    "Westgate flats",
    "Hazel Court flats",
    "the Tannery estate",
    "Kilnfield Heights",
]
ROADS = [
    "the ring road",
    "the coast road",
    "the bypass",
    "Moorgate Road",
    "the dual carriageway by the retail park",
    "the old mill road",
    "Stonepit Lane",
    "the Harlowick road",
]
CARS = [
    "silver hatchback",
    "black 4x4",
    "white van",
    "red saloon",
    "blue estate car",
    "grey people carrier",
    "green hatchback",
    "white pick-up",
    "black coupe",
    "maroon saloon",
]
ITEMS = [
    "mobile phone",
    "handbag",
    "wallet",
    "gold chain",
    "purse",
    "headphones",
    "watch",
    "laptop bag",
    "rucksack",
    "bank cards",
]
BIKES = [
    "mountain bike",
    "road bike",
    "BMX",
    "hybrid bike",
    "folding bike",
    "black racer",
    "kids' bike",
    "red mountain bike",
    "gravel bike",
]
DRUGS = [
    "cannabis",
    "cocaine",
    "crack cocaine",
    "heroin",
    "ketamine",
    "MDMA",
]
BLADES = [
    "kitchen knife",
    "lock knife",
    "machete",
    "Stanley knife",
    "flick knife",
    "bread knife",
    "large knife",
    "zombie knife",
    "box cutter",
    "butterfly knife",
]
BLUNTS = [
    "baseball bat",
    "hammer",
    "metal bar",
    "wooden stick",
    "golf club",
    "chair leg",
    "wrench",
]
APPS = ["Snapchat", "Instagram", "WhatsApp", "Facebook", "TikTok", "Messenger"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SUFFIXES = [
    "Consent given.",
    "V consents to referral.",
    "Contact via mobile, safe to leave message.",
    "Do not leave voicemail.",
    "Prefers contact after 6pm.",
    "Interpreter required (Polish).",
    "Interpreter: Urdu.",
    "Interpreter: Romanian.",
    "V has hearing loss - text first.",
    "Email contact preferred.",
    "Referred via VCOP.",
    "Needs assessment requested.",
    "Welsh speaker, would like support in Welsh.",
    "Call before 3pm pls.",
    "V is a carer for a parent.",
    "Enhanced service entitlement.",
    "Standard service.",
    "OIC aware of referral.",
    "Consent verbal, obtained by PC.",
    "No contact Sundays.",
    "Lives alone.",
    "Has 2 dogs - call ahead before visiting.",
    "Works nights.",
    "Landline only.",
    "Pls send leaflet by post.",
]


def _num(rng, digits):
    return "".join(rng.choice("0123456789") for _ in range(digits))


def make_slots(rng):
    f = rng.sample(FEMALE, 3)
    m = rng.sample(MALE, 3)
    s = rng.sample(SURNAMES, 3)
    t = rng.sample(TOWNS, 2)
    st = rng.sample(STREETS, 2)
    yy = rng.choice(["23", "24", "25"])
    ref_style = rng.randrange(5)
    if ref_style == 0:
        ref = "CR/%s/%s" % (_num(rng, 6), yy)
    elif ref_style == 1:
        ref = "%s/%s/%s" % (rng.randint(10, 59), _num(rng, 5), yy)
    elif ref_style == 2:
        ref = "OCC-%s" % _num(rng, 7)
    elif ref_style == 3:
        ref = "%s%s" % (rng.choice(["WX", "NM", "KV", "PR", "DT"]), _num(rng, 8))
    else:
        ref = "20%s-%s" % (yy, _num(rng, 6))
    tstyle = rng.randrange(4)
    hh = rng.randint(0, 23)
    mm = rng.choice([0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55])
    if tstyle == 0:
        tm = "%02d%02dhrs" % (hh, mm)
    elif tstyle == 1:
        tm = "approx %02d%02d" % (hh, mm)
    elif tstyle == 2:
        tm = "%02d:%02d" % (hh, mm)
    else:
        h12 = hh % 12 or 12
        tm = "about %d%s" % (h12, "am" if hh < 12 else "pm")
    d = rng.randint(1, 28)
    mo = rng.randint(1, 12)
    date = rng.choice(["%02d/%02d" % (d, mo), "%02d/%02d/%s" % (d, mo, yy), "%d.%d.%s" % (d, mo, yy)])
    amt = "£%d" % rng.choice([rng.randint(12, 95), rng.randint(100, 480), rng.randint(5, 60) * 10])
    big = "£{:,}".format(rng.randint(12, 480) * 100 + rng.choice([0, 0, 50]))
    return {
        "F1": f[0],
        "F2": f[1],
        "F3": f[2],
        "M1": m[0],
        "M2": m[1],
        "M3": m[2],
        "L1": s[0],
        "L2": s[1],
        "L3": s[2],
        "A": rng.randint(19, 64),
        "A2": rng.randint(19, 64),
        "MID": rng.randint(40, 62),
        "OLD": rng.randint(68, 93),
        "KID": rng.randint(6, 11),
        "TEEN": rng.randint(13, 15),
        "T16": rng.randint(16, 17),
        "YA": rng.randint(18, 25),
        "TOWN": t[0],
        "TOWN2": t[1],
        "ST": st[0],
        "ST2": st[1],
        "SHOP": rng.choice(SHOPS),
        "PUB": rng.choice(PUBS),
        "PARK": rng.choice(PARKS),
        "SCHOOL": rng.choice(SCHOOLS),
        "STATION": rng.choice(STATIONS),
        "ESTATE": rng.choice(ESTATES),
        "ROAD": rng.choice(ROADS),
        "CAR": rng.choice(CARS),
        "ITEM": rng.choice(ITEMS),
        "BIKE": rng.choice(BIKES),
        "DRUG": rng.choice(DRUGS),
        "BLADE": rng.choice(BLADES),
        "BLUNT": rng.choice(BLUNTS),
        "APP": rng.choice(APPS),
        "DAY": rng.choice(DAYS),
        "TIME": tm,
        "DATE": date,
        "AMT": amt,
        "BIG": big,
        "REF": ref,
        "COLLAR": str(rng.randint(1100, 9899)),
        "N": rng.randint(2, 9),
        "WEEKS": rng.randint(2, 14),
    }


# ---------------------------------------------------------------- templates
T = {}

T["homicide"] = r"""
-|Bereaved family referral. V's brother {M1} {L1} ({A}) died following an assault outside {PUB}, {TOWN}, in the early hours of {DAY}. Two males charged with murder, both unknown to the family. Mother and sister want support through the trial.
DK|Homicide - DA. {F1} {L1}, {A}, fatally stabbed at her home on {ST} by her husband. Referral is for her mother {F2} and her adult sister. SU in custody, charged with murder. Children staying with maternal gran.
K|HOMICIDE. Deceased: {M1} {L2} ({YA}). Single stab wound to the chest, {PARK}, {TOWN}. SUs not known to the deceased. Mother requesting bereavement support. OIC DS {COLLAR}.
-|Manslaughter - one punch outside a takeaway on {ST2}. {M1} ({A}) fell and struck his head on the kerb, died in hospital three days later. No weapon. SU is a stranger, has pleaded not guilty. Referral for V's partner {F1}, who was with him at the time.
D|Call from FLO: {F1} {L1} ({OLD}) killed at her bungalow in {TOWN} by her son, who is in his 40s and lived with her. He has been charged with murder. Daughter {F2} needs support - "we all knew he had problems but never in a million years thought he'd do this to mum".
HK|Referral for the family of {M1} {L3} ({A}), stabbed to death at a bus stop on {ST} by a group who were shouting racist abuse at him moments before. Murder charge, racial aggravation to be put to the court. Widow and two adult sons.
DB|Daughter {F1} ({YA}) was killed by her father and an uncle. Police believe it was because she had refused the marriage the family arranged for her and was seeing someone they did not approve of - they said she had shamed them. Referral for her younger sister {F2} ({YA}), who is now in safe accommodation.
-|Infanticide. Baby ({N} weeks old) died at home on {ESTATE}; the mother has been charged with infanticide. This referral is for the baby's father {M1} {L2} and the paternal grandparents.
D|"My sister was strangled by her ex. He's been charged with murder and the trial is in the spring. I don't know how to tell her kids." - {F1} {L1}, self-referral by phone.
-|Shopkeeper {M1} {L2} ({MID}) shot dead during an armed raid at {SHOP}, {TOWN}. Three men charged with murder and robbery. Family referred by FLO, wife and two adult children.
K|V's son {M2} ({YA}) died after being stabbed in the thigh during a row over a drugs debt. The SU was a friend of his. Murder enquiry ongoing, SU remanded. Mother {F1} struggling to sleep or eat.
-|Historic homicide. {F1} {L1}'s father was murdered in {TOWN2} in 1998. The case was reopened by the cold case team and a man was arrested last month. {F1} would like support and someone to explain the court process.
D|Manslaughter (diminished responsibility). {M1} {L1} ({OLD}) died after his wife of 50 years, who has advanced dementia, held a pillow over his face. Family in shock. Referral for the couple's daughter.
-|Referral obo parents of {M1} ({YA}) who drowned after being pushed into the canal by a group of teenagers he did not know. Three 17yos charged with manslaughter.
K|{M1} ({T16}) was stabbed to death at a house party in {TOWN}. Three teenagers charged with his murder. Parents {F1} and {M2} {L2} referred by FLO DC {COLLAR}. Younger sibling also affected.
DK|{M1} {L1} ({A}) killed by his younger brother with a kitchen knife during an argument at their mother's house on {ST}. Brother charged with murder. Referral for the mother, who witnessed it.
-|Widow of {M1} {L3} - husband died after being restrained and assaulted by door staff outside {PUB}. Two doormen charged with manslaughter. Please offer support with inquest and trial.
-|Corporate manslaughter - {M1} ({YA}) crushed by machinery at a recycling yard in {TOWN}. Company and site manager charged. Referral for partner {F1} and their baby.
H|Murder of {F1} {L2} ({A}), a trans woman, beaten to death in her flat. The SU had posted and shouted transphobic abuse at her repeatedly in the weeks before. Referral for her best friend and her mum, who are NOK.
-|Petrol poured through the letterbox of a flat on {ESTATE} and set alight; {F1} {L1}'s two children died in the fire. A neighbour has been charged with murder. {F1} is in hospital with smoke inhalation. Referral for {F1} and her own mother.
D|Mum killed by her partner at the family home. The kids ({KID} and {TEEN}) are now living with their grandparents {F1} and {M1} {L2}. Referral for the grandparents and the children. Partner charged, awaiting trial.
-|Bereavement - murder. Husband killed in a street robbery on his way home from a night shift. Wife {F1} {L1} requests support. SUs unknown, no arrests.
K|HOMICIDE / s1 / V DEC'D {M1} {L1} / knife / SUs x2 remanded / NOK = mother {F1} {L1}, {ST}, {TOWN} / FLO DC {COLLAR} / consent for VS yes
-|Murder trial update: jury retired yesterday. Family of {M1} {L1} asked for a court familiarisation visit for the sentencing hearing and help with a victim personal statement.
DBK|V's cousin {F2} ({YA}) was stabbed to death by her two brothers. The family said openly she had brought shame on them by leaving her husband. {F1} (cousin, referral) is frightened and has been told by relatives not to speak to police.
-|Gross negligence manslaughter - {F1} {L1} ({OLD}), resident at a care home in {TOWN}, died from untreated pressure sores and dehydration. Care home manager charged. Son {M1} referred by OIC.
-|Mother of {M1} ({YA}) who died after taking pills sold to him by a local dealer. The dealer has been charged with manslaughter as well as supply. She wants to know what happens next and whether she can speak in court.
-|Homicide, 2 deceased (brothers {M1} and {M2} {L2}) after a fight at a traveller site on the edge of {TOWN}. One male charged with two counts of manslaughter. Referral for their father. No DA, SU not related.
"""

T["death_injury_driving"] = r"""
-|Bereaved family referral. {M1} {L1} ({A}) was killed when a driver went through a red light on {ROAD}. Driver charged with causing death by dangerous driving. Wife and teenage son need support.
-|RTC. Cyclist {F1} {L2} ({A}) seriously injured - fractured pelvis and head injury - by a van driver who was on his phone. File with CPS for causing serious injury by dangerous driving.
-|"My daughter was knocked down on the zebra crossing outside {SCHOOL} by a driver who was over the limit. She's got a shattered leg and was in hospital for three weeks." Mum {F1} {L1} wants help with the court case (causing serious injury by careless driving while over the limit).
-|FATAL RTC {ROAD}, {TOWN}, {DATE}. Pedestrian ({OLD}) deceased. Driver arrested for causing death by dangerous driving, bailed. NOK: daughter {F1} {L3}. Please contact re family support.
-|Causing death by careless driving. V's dad {M1} ({OLD}) hit while crossing {ST} on his way back from the shop. Driver stopped at scene, says he didn't see him. Case going to magistrates.
-|V's husband {M1} {L2} killed when an uninsured, disqualified driver hit his motorbike on {ROAD}. Driver charged with causing death while disqualified and uninsured. Referral for wife {F1}.
-|Stolen car being driven by a 17yo crashed into the bus stop on {ST}, killing {F1} {L1} ({A}) who was waiting there. Charge: aggravated vehicle taking causing death. Referral for her partner {M1}.
-|Serious injury RTC - motorcyclist {M1} ({YA}) lost his lower leg after a car pulled out of a junction on {ROAD} without looking. Driver interviewed, charged with causing serious injury by careless driving.
-|Hit and run. {M1} {L3} seriously injured (brain injury, in ICU) on {ST2}. Driver failed to stop, traced 2 days later and charged with causing serious injury by dangerous driving + fail to stop. Brother {M2} referred.
-|CDDD - bereaved parents. Son ({YA}) was a passenger in a car driven by his friend at over 90mph on {ROAD}, car left the road. Friend survived and has been charged with causing death by dangerous driving.
-|Offence: Causing serious injury by dangerous driving | Vict: {F1} {L1} ({A}) | Injuries: spinal fractures, 6 wk admission | SU: stranger, driver | DA: N | Hate: N | Status: charged
-|Driver who killed a grandmother on the {ST} crossing had cocaine in his blood. Charged with causing death by careless driving when unfit through drugs. Referral for V's grandson {M1} ({YA}) who was with her.
D|"He drove like a maniac to scare me because I said I was leaving. He does it whenever he's angry. We hit a tree and I broke my collarbone and three ribs." {F1} {L2}, partner of the driver. Charged with causing serious injury by dangerous driving; DASH completed - high risk.
-|Learner driver mounted the pavement outside {SCHOOL} and hit {KID}yo {M1}, who has a fractured skull. Driver charged with causing serious injury by careless driving. Parents referred.
-|Spoke to {F1} today - her father died in a collision on {ROAD} in {DAY}'s fog. Inquest opened and adjourned pending a CPS decision on causing death by careless driving. She is angry it is taking so long.
-|Causing serius injury by dangerous drivng - V ({YA}) knocked off his moped by a car that was racing another car along {ROAD}. Broken femur and wrist. Both drivers arrested.
-|Lorry driver was scrolling his phone when he hit cyclist {M1} {L1} ({A}) at the lights. {M1} died at scene. Driver charged with death by dangerous driving. Partner {F1} and two young kids.
-|Call handler note: caller is the sister of a motorcyclist who died on {ROAD} last year. Wants an update on the case against the car driver (death by careless driving). Says the family are "falling apart".
-|Passenger {F1} {L2} seriously injured when the taxi she was in hit a lamppost; driver had been working 19 hrs and fell asleep at the wheel. Charged - causing serious injury by careless driving.
-|V's son died in an RTC 2 yrs ago; the driver was convicted of causing death by dangerous driving and is now eligible for release. Mum {F1} {L1} wants to be in the Victim Contact Scheme and help with licence conditions.
-|Driver mounted the kerb outside {SHOP}, killing {F1} ({A}) and injuring her {KID}yo daughter. Driver over the limit and had cannabis in the car. Charged with causing death by careless driving whilst over the prescribed limit.
-|Elderly driver hit several pedestrians outside the market in {TOWN}; {M1} {L3} ({MID}) died. Driver charged with causing death by careless driving. Referral for V's wife.
-|Referral from Roads Policing: V ({A}), a cyclist, left with a brain injury after being hit by a driver overtaking on a blind bend on {ROAD}. File to CPS re serious injury by dangerous driving. Wife {F1} is V's carer now.
-|{M1} ({YA}) killed on {ROAD} by a driver doing twice the speed limit while being chased by police. Driver charged with causing death by dangerous driving. Referral for the family, who are asking about the IOPC as well.
"""
T["violence_with_injury"] = r"""
D|IP {F1} {L1} ({A}) - ex-p breached NMO by attending her address and punched IP in the face, swollen eye and cut lip. NMO in place since {DATE}. Previous harassment report against same SU NFA'd (evidential).
DK|DA - ABH. V {F1} {L1} ({A}) stabbed in the upper arm by her partner {M1} during an argument about money. Wound glued at A&E. SU arrested at scene. DASH high, MARAC referral made.
D|s47 ABH. V punched repeatedly by ex-p {M1} {L2} on her doorstep, black eye and swollen lip. Previous DA history with same SU. DVPN served {DATE}.
-|Assualt w/ injury - stranger. V ({YA}) headbutted outside {PUB} at {TIME}, broken nose. SU unknown, CCTV requested from council. V not known to SU, no DA.
H|Racially aggravated ABH. V {M1} {L3}, a taxi driver, punched in the face by a passenger who told him to "go back to your own country" and used racist slurs. Cut above the eye needing steri-strips.
H|V ({A}) is a wheelchair user. Pulled out of his chair on {ST} and kicked while on the ground, SU calling him a cripple who "should have been put down at birth". Bruised ribs. Disability hate crime.
K|s20 GBH - V jabbed in the side of the neck with a broken bottle during a row in the smoking area at {PUB}. Wound stitched. SU known to V from work, not a partner.
K|s18 wounding with intent. V ({YA}) stabbed three times in the back in {PARK} by two males on bikes. Critical but stable. SUs not identified.
D|"He had me by the throat against the kitchen wall, I couldn't breathe. I've got scratches on my neck and the bruises are coming out now." V {F1} ({A}) re husband {M1}. DASH medium. Photos taken by PC {COLLAR}.
D|V {F1} {L1} ({MID}) pushed down the stairs by her 19yo son during an argument about money. Fractured wrist. Son arrested, bailed not to return to the address.
-|Assault at school: {KID}yo boy punched by a {TEEN}yo in the playground at {SCHOOL}, chipped front tooth. Parents want to pursue it.
-|Child disclosed at school that mum's boyfriend hits him with a belt. Bruising on both arms and thighs seen by school nurse. Child is {KID}. Strategy meeting held, SU arrested for ABH/child cruelty.
D|V ({A}) and his brother ({A2}) fought over their late father's will at the family home. V has a fractured cheekbone. Brother arrested for GBH s20.
DK|Male V {M1} {L2} ({A}) - ex-girlfriend slashed his face with a {BLADE} when he came to collect his things. 14 stitches. SU remanded.
-|Door supervisor at {PUB} kicked by a customer who had been refused entry, fractured finger. SU identified via ID scanner.
-|PC {COLLAR} bitten on the forearm during an arrest on {ST}, skin broken, needs blood tests. Emergency worker assault with injury.
S|V ({A}, Romanian national) worked 14-hour days at a hand car wash in {TOWN} for no pay; boss held his passport and beat him with a metal pipe when he asked to leave. Broken arm. NRM referral submitted.
DB|V ({YA}) beaten by her father and two brothers after they found out she had a boyfriend from outside the community. Bruising to face and back, cracked rib. Told she had shamed the family name. Now in refuge.
DB|GP referral. {F1} ({A}) disclosed FGM was carried out on her during a family visit abroad last summer, arranged by her mother-in-law. Physical complications. She is scared of her husband's family.
H|V and his boyfriend were walking home along {ST} holding hands; a group followed them shouting homophobic abuse then attacked V. Broken jaw, surgery needed. Boyfriend shaken but unhurt.
H|Trans woman punched in the mouth at {STATION}; SU shouted that she was "a bloke in a dress" and other transphobic slurs before hitting her. Split lip, loose tooth.
H|V ({A}) was wearing her hijab when a man pulled it off her head, pushed her to the ground and shouted anti-Muslim abuse. Grazed hands and knees. Religiously aggravated ABH.
-|Fight between two males outside the chip shop on {ST2}, V sustained a cut to his head from a punch (ring). V and SU are neighbours, no relationship, not DA.
D|V states partner {M1} assaulted her on {DAY} - bruising to both upper arms from being gripped and shaken. Partner denies. DASH standard. V wants support but not a prosecution right now.
-|V ({OLD}) assaulted by his landlord during a row about a leaking ceiling; punched in the eye, bruising and a small cut. No relationship other than landlord/tenant.
D|Nan ({OLD}) has bruises all over her arms. Her grandson ({YA}), who lives with her, has been hitting her when she won't give him money. Social worker referral. Adult safeguarding in place.
K|V s18 - knife - multiple lacerations to forearms (defensive) - SU ID'd by V - SU remanded - V in {TOWN} General, discharge tmrw.
-|V punched in the face at a bus stop after asking a man to stop smoking near his kids; swollen cheek and cut lip. SU said he'd come back with a knife next time. V worried he will see him again.
D|V ({T16}) assaulted by her b/f ({YA}) at his flat, split lip and bruised cheek. Mum brought her to the station. First time reported but friends say it has happened before.
-|{TEEN}yo girl assaulted by her 15yo boyfriend behind the sports hall, bruising to her arm and a scratch on her face. School and parents aware.
-|Football fan ({A}) assaulted by rival supporters at {STATION} after the match, fractured eye socket. No hate element - rival club only.
-|V ({A}) punched by a man who had been shouting misogynistic comments at her and her friends outside {PUB}. Bloody nose. SU arrested. V says he "hates women".
K|Warehouse worker V ({A}) was cut across the hand with a box cutter by a co-worker during an argument at the end of a shift. Tendon damage. SU sacked and arrested.
D|Long history of CCB (monitoring phone, controlling money). Last night he hit her with a hairbrush causing a cut to her scalp that needed glue. V: "{F1}, {A}". DASH high, MARAC.
-|Attempted murder - V ({A}) deliberately run over in a supermarket car park in {TOWN} by a man she had argued with minutes earlier over a parking space. Both legs broken. SU charged with attempted murder.
D|Husband tried to drown V in the bath, held her head under the water. She has bruising to her neck and shoulders. Charged with attempted murder, remanded. Referral for V and her adult daughter.
-|V reporting a historic assault from 2015 by a stranger outside a nightclub in {TOWN2}; V's nose was broken at the time and he never reported it. Now ready to talk.
HK|Sikh man ({MID}) slashed on the forearm with a {BLADE} outside the gurdwara by a man shouting religious abuse about his turban. Needed stitches. Religiously aggravated GBH.
D|Caseworker note: {F1} disclosed her dad (60s) punched her in the stomach when she went round to his flat to drop off shopping. She is {A}. Bruising. She doesn't want him arrested but wants advice.
-|Paid carer slapped V ({OLD}, dementia) across the face during personal care, leaving a bruise on her cheek. Carer suspended by agency. Son raised concern.
K|V stabbed in the hand with a pair of scissors by a customer at the hair salon where she works on {ST}. Five stitches. SU known locally, not related to V.
D|V ({A}) attacked by her mother-in-law with a rolling pin during a family argument, cut to forehead. Husband took his mother's side. V now staying with a friend.
-|Nurse at {TOWN} General punched by a patient in A&E, fractured nose. Patient was intoxicated. Trust supporting prosecution.
DK|V ({YA}) stabbed in the leg by her stepfather at the family home on {ST} after she stood up for her mum. Both arrested? No - only SU. V in hospital, stable.
H|Polish V ({A}) kicked in the head at the bus stop after SU heard him speaking Polish on the phone; SU called him a "scrounging foreigner" before the attack. Concussion, kept in overnight.
-|{KID}yo ongoing bullying at {SCHOOL}; today pushed down the stairs by older pupils and has a sprained wrist. Parents say school not doing enough.
-|Offence: ABH (s47) | Vict: {M1} {L1} ({A}) | Loc: {PUB} | SU: stranger | Inj: fractured cheekbone | DA: N | Hate: N | Weapon: none
D|DV incident. Ex-p (she's {A}, he's {A2}) came round to see the kids, row started, he threw a mug which hit her on the head. Cut to hairline, glued. Not first time. DVPN considered.
S|Adult male V found by Immigration Enforcement at a farm in {TOWN2} with untreated burns to his arms from chemicals; says he was made to work without pay or protective kit, sleeping in a container and beaten if he complained. NRM referral made.
B|V ({A}) disclosed that FGM was carried out on her when she was 6, during a visit to relatives abroad, by her grandmother. V is now an adult and estranged from that side of the family. No one has been arrested. Health visitor referral.
DB|V ({YA}) dragged into a car by her father and brother and taken to a "family meeting" about her wanting to marry someone of her choosing. Bruised arms and a cut lip. Told she was disgracing them. Police located her same night.
DHB|V {M1} ({YA}) told by his father and uncles that being gay would bring shame on the family and that he must marry a woman; when he refused his uncle punched him, bruising and a cut eyebrow. V has left the family home.
B|{M1} ({YA}) was beaten by the brothers of the woman his family had arranged for him to marry, after he pulled out of the wedding - they said he had dishonoured their family. Broken arm. He has never been in a relationship with her and the brothers are not related to him.
DB|V ({A}) says her husband's family keep her passport and beat her for "disrespecting" them and bringing shame; latest incident she was hit with a belt, welts on her back. Husband present and did nothing. Wants to leave but fears reprisals from the wider family.
"""

T["violence_without_injury"] = r"""
S|CCE - {M1} ({T16}) exploited by an OCG, made to hold and move drugs and cash between {TOWN} and {TOWN2}, threatened with violence if he stops. NRM submitted as trafficking. No sexual exploitation disclosed.
D|Common assault - DA. V {F1} {L1} pushed over by her partner in the hallway. No injuries. SU arrested, V provided statement. DASH standard.
D|Threats to kill. Ex-husband phoned V and said "I'll kill you and I'll do the time for it". V believes him. No weapon seen, no contact in person. DVPO application being considered.
DO|Ex-p sent V a WhatsApp voice note saying he was going to kill her and her new partner. V terrified, has moved to her mum's. Threats to kill, SU wanted.
DK|"He held the kitchen knife to my throat and said he'd kill me if I left." V {F1} ({A}) re partner {M1}. No physical injury. SU arrested, knife seized.
K|V ({YA}) threatened by a male with a {BLADE} at the bus shelter on {ST}; SU told him to "watch himself" and walked off. Nothing taken, no demand made, no injury.
-|Child neglect. Two children ({KID} and 3) left alone in a flat on {ESTATE} for two days with no food. Neighbour called police. Mother arrested for child cruelty/neglect.
-|Attempted child abduction: unknown man in a {CAR} tried to get a {KID}yo girl into his car outside {SCHOOL}, saying her mum had sent him. She ran into school. No touching.
S|Three men found living in a shed behind a house in {TOWN2}, working on block paving crews for the householder, unpaid for months. SU holds their bank cards and ID. NRM referrals for all three.
S|V ({A}) came from abroad to work as a housekeeper for a family on {ST}. Not allowed out alone, passport taken, not paid in 2 years, sleeps on the kitchen floor. Domestic servitude - NRM. No injuries.
-|Paramedic spat at by a patient in the back of an ambulance on {ROAD}. Assault on emergency worker, no injury.
-|PC {COLLAR} kicked in the shin during an arrest at {PUB}. No injury. Assault on emergency worker. PC wants victim care info.
H|V spat on by a man on the bus who was shouting racist abuse at him. No injuries. Racially aggravated common assault, SU identified via bus CCTV.
H|{M1} ({A}), who has a learning disability, slapped on the back of the head by youths calling him a "retard" and other names. No mark left. Disability hate crime.
-|Assualt (spitting) - V spat at by neighbour during an argument over parking. V and SU not related, no DA. No injury. V wants it on record.
D|Adult daughter ({YA}) threatened to burn the house down with her mum in it during a row. Mum {F1} ({MID}) believes she meant it. Threats to kill.
-|Road rage / theats to kill. Driver got out at the lights on {ROAD}, banged on V's window and said he'd kill him. No weapon, no contact, drove off. V got the reg.
-|SU (work colleague) phoned V and said he would stab him when he next saw him at the depot. Phone call only, no blade seen. Threats to kill reported by V's manager. Not DA.
DB|V ({YA}) told by her parents she is to marry a cousin overseas this summer. When she refused, her father said he would kill her rather than let her disgrace the family. Passport taken. Forced marriage unit informed. No injuries.
DB|Brother ({A}) threatened to kill V ({YA}) for going out with someone the family did not approve of, said it was to save the family's name. No assault. V staying with a friend.
-|{TEEN}yo pushed over by an adult neighbour during an argument about a football going into the garden. No injury. Parents reported.
D|V ({OLD}) pushed by her grandson ({YA}) when she refused to lend him money, she fell onto the sofa. No injuries. Social services aware.
-|V received threats from her ex's new girlfriend, who turned up at the school gates and said she would "end her" if she came near him again. V and SU have never been in a relationship or related. No injuries.
D|V slapped across the face by husband - no marks. V "denies injuries", declined medical. Husband arrested for common assault, bailed. DASH medium.
-|Bouncer shoved V out of the door at {PUB} and he fell against the railings. No injuries. V says it was excessive.
K|SU pulled a {BLADE} on V during a row over a debt outside V's flat on {ST}; V ran inside. No injury, nothing taken. SU arrested 2 days later.
D|Offence: Common assault | Vict: {F1} {L1} ({A}) | SU: ex-p | DA: Y | DASH: medium | Injury: nil | Children present: Y
-|Offence: Threats to kill | Vict: {M1} {L2} ({A}) | SU: work colleague | DA: N | Weapon: none | Method: face to face
D|Dad ({MID}) and son ({YA}) argued about the son's drinking; dad shoved him against the fridge. No injuries. Son reported, doesn't want dad arrested, just wants support.
-|Student flat - V pushed by flatmate during an argument about cleaning. V and SU not in a relationship, not related. No injury.
S|Vietnamese male (adult) found locked inside a cannabis grow in a house on {ST2}. Says he was brought to the UK in a lorry, owes a debt of thousands, and is not allowed to leave. Treated as a potential victim of trafficking, NRM done.
S|{M1} ({YA}) from {TOWN} is being made to carry drugs to {TOWN2} by older dealers who threatened to hurt his family. NRM referral made - criminal exploitation / trafficking. He has been arrested previously for possession.
-|{KID}yo told teacher mum smacked her with a slipper for not tidying up. No marks. Child cruelty, social care aware. Mum co-operative.
K|SU waved a machete at V and his friend in {PARK}, shouting that he would "chop them up". Nobody hurt, nothing taken. SU arrested nearby.
H|V shoved and had a drink thrown over her in {PUB}; the SU shouted transphobic slurs at her and said "you'll never be a woman". No injury. Hate crime.
D|V ({A}) says his wife threw a mug at him during a row, it missed and smashed against the wall. No injuries. He wants it logged. DASH standard.
-|V ({YA}) was grabbed by the arm by an unknown man in a nightclub and pulled towards the exit; she pulled away and security removed him. No injury, nothing sexual said or done.
-|Teacher at {SCHOOL} pushed by a Year 10 pupil (15) in the corridor. No injury. School exclusion; teacher wants police involvement.
-|Shoplifter at {SHOP} dropped two bottles of spirits when challenged, then pushed the member of staff out of the way on his way out. No injury, nothing taken. SU not traced.
S|V ({A}) recruited from abroad as a care worker; the sponsoring employer keeps her passport, makes her work 80 hrs a week and says she'll be deported if she complains. Wages mostly taken for "accommodation". Forced labour - NRM. No violence.
S|Begging gang: two vulnerable adults brought to {TOWN} from overseas and made to beg outside {STATION}; all the money taken by the men who drop them off. NRM referrals.
S|Nail bar on {ST} - two women working 12-hour days, living in the room above, not paid, not allowed out without the owner. Forced labour, NRM. Both adults.
S|Debt bondage - V ({A}) owes a "recruitment fee" that never goes down; SU controls his wages at a food factory and threatens his family back home if he tries to leave. NRM submitted.
S|{M1} {L1} ({MID}), homeless, was picked up from a hostel years ago and has worked for a family on a site near {TOWN2} ever since - tarmac and paving - for food, cigarettes and a caravan with no heating. Says he's too scared to leave. Modern slavery.
S|V ({YA}) forced by a gang to shoplift to order from stores in {TOWN} to pay off a "debt"; they keep her ID and threaten her. Trafficking/forced criminality - NRM referral made. She has been arrested for shoplifting twice.
S|Traffickers opened bank accounts in V's name and took her wages and benefits; V kept in a shared house with 8 others and driven to a packing warehouse every day. NRM. V is adult.
DS|V ({A}) brought to the UK by her husband on a spousal visa. She is kept as a servant for his parents and siblings - cooking, cleaning 16hrs a day, not allowed out or to have money or a phone. Domestic servitude. No physical assault disclosed.
S|Adult with a learning disability ({A}) made to work unpaid on a farm near {TOWN} for years, sleeping in a stable. Found by a welfare check. No injuries. Modern slavery offence being investigated.
S|MS/HT - NRM submitted - adult M ({A}) - forced labour - takeaway kitchen {TOWN2} - SU employer - passport withheld - no injuries.
S|V ({A}) trafficked into the UK in 2016 and forced to work in a restaurant kitchen; escaped in 2019. Traffickers have recently been contacting his family abroad demanding money. Referral for support with the NRM and asylum process.
DB|V ({YA}) told by her mum that if she doesn't end her relationship she will be sent abroad and married off; mum slapped her, no marks. V worried for her safety. Forced marriage concerns - HBA.
DB|Threats via WhatsApp? NO - voice calls only - from cousins abroad saying they will kill V ({A}) for divorcing her husband and shaming the family. No injuries. HBA risk assessment done.
DBO|Threats to kill sent over WhatsApp by V's cousins abroad after she divorced her husband - messages say she has shamed the family and will be "dealt with". V ({A}) in refuge.
DB|V ({YA}) tried to help his sister, who is being pressured to marry; their father told him he'd break both his legs if he "interfered with family honour again". No assault. V is worried for both of them.
DB|V ({A}) being threatened by her ex-husband and his brothers because she has remarried outside the community; they told her she has brought dishonour on the family and they will kill her. No injury.
DB|Offence: Threats to kill | Vict: {F1} ({YA}) | SU: father | DA: Y | HBA: Y | FM: Y | Injury: N
DB|Forced marriage - {F1} ({T16}) was taken abroad in the summer and married to a man she had never met. School raised concern when she returned. She says her father slapped her and told her to obey; no marks. Police and FMU involved.
"""
T["stalking_harassment"] = r"""
D|IP reports ex-p has been parking outside her house and following her to work for 3 weeks despite an NMO. Earlier harassment report was NFA. Stalking. IP {F1} ({A}).
DO|Stalking - ex-p {M1} {L2} messaging V on WhatsApp 50+ times a day since she ended it in {DATE}, and has turned up at her work twice. V changing her route home. DASH high.
D|CCB. Partner controls all the finances, checks V's phone every night, stops her seeing her family and tells her what to wear. V ({A}) says "I feel like I'm going mad". No physical violence disclosed.
O|Malicious comms. Unknown people posting abusive comments and fake one-star reviews on V's business Facebook page, calling her a thief and a liar. Started after a dispute with a customer.
HO|Racist abuse sent by DM on Instagram to {M1} {L3} ({YA}), who plays for a semi-pro club in {TOWN}; dozens of messages with monkey emojis and slurs since {DAY}'s match. Racially aggravated malicious comms.
-|Neighbour has been harassing V for months - shouting at her whenever she leaves the house, banging on the adjoining wall at night, pushing notes through her door calling her names. V ({OLD}) is afraid to go out.
D|Stalking by ex - he follows her to the shops, sits outside her house in his {CAR}, rings from withheld numbers at all hours. No online contact. V {F1} ({A}). Previous DVPN.
-|Man has followed V home from the gym on at least four occasions, stands across the road watching her flat. She doesn't know him. Stalking - s2A.
O|Harassment of V ({A}) by an ex-colleague through dozens of emails to her personal and work accounts, accusing her of getting him sacked. V has blocked him but he keeps creating new addresses.
DO|"He keeps making new Insta accounts to message me after I block him. He's on about 20 now." V ({YA}) re ex-boyfriend ({YA}). Stalking. V scared he'll turn up.
-|V receiving 20+ silent calls a day from a withheld number; believes it is a former tenant she evicted. Calls only, no messages or social media. Harassment.
D|Texts (SMS only) from ex-wife every day for 3 weeks calling V ({A}) a useless father and saying he will never see the kids. Harassment. V does not want her arrested, just wants it to stop.
-|Shop worker {F1} harassed by a customer who comes in every day, comments on her appearance, waits for her at the end of her shift. Manager has banned him but he waits outside. Stalking.
H|Homophobic harassment - neighbour repeatedly shouting slurs at V and his husband over the fence and through the letterbox, writing notes about "your sort". Going on 3 months.
D|Adult son ({A}) controlling his mother ({OLD}) - takes her pension, decides who she can see, won't let her use the phone alone. They live together. Controlling/coercive behaviour. Adult social care involved.
DB|V ({YA}) not allowed out of the house by her family without a brother escorting her, phone checked daily, told she must not bring shame on the family. Controlling and coercive behaviour by family - HBA. V contacted via school friend.
O|Cyberstalking - unknown person keeps creating fake profiles of V ({A}) on dating sites using her photos and contact details. Men have been turning up at her address.
DO|CCB. Husband installed a tracking app on V's phone and logs into her email and social media to read everything. He tells her where she has been when he gets home. DA high risk.
O|Malicious comms - anonymous emails sent to V's employer alleging she is stealing from the company. V ({A}) suspended pending investigation. Suspects it's a former friend.
-|Poison pen letters - V has had six handwritten letters through her door saying she is a bad mother and everyone knows. Malicious communications. No online element.
D|Ex-p ({A2}) keeps turning up at the children's school and at V's mum's house, despite being told to stop. V ({A}) feels followed everywhere she goes. Harassment.
DO|Ex-boyfriend created a fake profile of V on a dating site with her photos and phone number, saying she wants casual sex. Men messaging her. Stalking/harassment. V recognises his writing style.
-|V's sister's ex keeps ringing V to find out where her sister is living. V has told him she won't say. He's rung 30 times this week and once turned up at her door. V has never been in a relationship with him and is not related to him.
D|Caseworker call: {F1} says her partner won't let her have her own bank card, calls her useless in front of the kids, and she is not allowed to see her friends. She has started to believe she deserves it. CCB.
O|Parent of a pupil has been posting about a teacher at {SCHOOL} in a local Facebook group - calling her a child abuser and posting her home address. Malicious communications/harassment.
HO|Antisemitic messages sent to V ({A}) on social media after she posted about her synagogue's fundraiser; hundreds of replies with Holocaust jokes and threats. Ongoing for a fortnight.
D|V {M1} ({A}) disclosed his girlfriend controls him - takes his wages, stops him seeing his mates, threatens to tell people he hits her if he leaves. No physical violence. CCB - DA.
-|GP being stalked by a former patient, who sends letters and waits in the surgery car park. GP doesn't know him outside work. Stalking.
D|Offence: Stalking (s2A) | Vict: {F1} {L1} ({A}) | SU: ex-p | Online: N | DA: Y | DASH: high | Method: following, loitering at address
O|"Someone keeps commenting on my TikTok videos saying they know where I live and posting pictures of my front door." V {F1} ({YA}). Unknown SU. Stalking.
O|{TEEN}yo being harassed by a group from school in a Snapchat group chat - called names, told to kill herself. Parents want it to stop. Malicious comms.
DO|"He made me share my location with him 24/7 on Snapchat and went mad if I turned it off. Now he's still checking it even though we've split up." V ({YA}). CCB/stalking.
H|Harassment - neighbour keeps leaving bacon and pork on the Muslim family's doorstep and shouting about Islam when they go out. Third month. Religiously aggravated harassment.
-|V was stalked by an ex-partner years ago (dealt with, SU moved abroad). Now a man from her church keeps turning up at her house and ringing her. She has never been in a relationship with this man. Stalking.
D|Mother-in-law sending abusive letters and cards to V ({A}) since she separated from her son, calling her a whore and saying she will lose the kids. Harassment.
-|Ex-landlord keeps turning up unannounced at V's new flat demanding money he says she owes; 5 times in a month. Harassment. Not DA.
O|Harrasment - V recieving abusive msgs on WhatsApp from her ex-business partner after the firm closed, 100+ messages, some threatening to "ruin" her.
DO|Ex-p posting about V on Facebook, calling her a slag and posting her new address and workplace, encouraging his friends to "pay her a visit". Harassment / malicious comms. DA.
-|V says she doesn't know the man but he has been at every one of her kids' football matches and takes photos of her. She "denies any relationship with SU". He also left flowers on her car. Stalking.
O|SU posted a photo of himself holding a knife on Snapchat with the caption that he was "looking for" V ({YA}) - V saw it the next day. No contact in person. Malicious comms/harassment.
DBO|V ({A}) fled a forced marriage last year; relatives keep finding her - turning up at the refuge, sending messages on Facebook saying she has dishonoured the family and must come home. Stalking - HBA.
DBO|Uncle posted photos of V ({YA}) with her boyfriend on the family WhatsApp group calling her a whore and telling relatives to "deal with her" for shaming them. HBA. Malicious comms.
H|V, who has cerebral palsy, is being targeted by local youths who mimic the way he walks, knock on his window every night and shout disablist abuse. Has been going on since the summer.
-|Harassment by ex-boyfriend's mother: she rings V daily and shouts at her. V and the ex were never married and have no children; relationship ended 2 yrs ago. V says she has never had any issue with the ex himself. - NOTE: V is 24, ex's mother is not related to V.
"""

T["sexual_offences"] = r"""
D|Rape by partner. V {F1} ({A}) disclosed her husband has raped her on several occasions over the last year. DA history. ISVA referral requested. V not ready to make a statement yet.
C|Rape - V ({TEEN}yo female) raped by an adult male she met in {PARK}. Reported by mum. V at SARC. SU outstanding.
CO|Online grooming - {TEEN}yo girl groomed on Snapchat by a man claiming to be 16 who is believed to be in his 30s. Sexual messages and requests for pictures. Sexual communication with a child.
-|Sexual assault on the bus - a man sat next to V ({A}) and touched her breast. She moved seats and got off. SU described. No prior contact.
-|Exposure - man exposed himself to V ({A}) while she was walking her dog in {PARK} at {TIME}. V very upset. Third report in the area.
-|Voyeurism - man filmed up V's skirt on the escalator at {STATION}. Another passenger saw him and alerted staff. Phone seized.
K|Rape at knifepoint. V ({YA}) pulled into an alleyway off {ST} by a stranger, who held a {BLADE} to her side and raped her. SARC attended. Forensic strategy in place.
C|Historic CSA - V {F1} ({MID}) disclosed her uncle sexually abused her between the ages of 8 and 12. She has never told anyone before. Statement planned with ABE-trained officer.
CD|V ({T16}) has disclosed that her stepfather has been sexually abusing her at home for the last 6 months. She is now living with her aunt. Stepdad arrested.
CS|CSE - {TEEN}yo girl being taken to parties in {TOWN2} by older men, given alcohol and drugs and passed around for sex; moved between houses in different towns. Trafficking for sexual exploitation. Strategy meeting held.
S|Adult female V ({YA}) brought to the UK on the promise of a job in a hotel; instead kept in a flat and forced to sell sex, passport taken, told she owes thousands. Trafficking for sexual exploitation. NRM.
O|Cyberflashing - V ({A}) received an unsolicited explicit image from an unknown man via WhatsApp after he got her number from a community group. She reported it to police.
-|Sexual assault at work - V's manager touched her bottom and made sexual comments in the stockroom. V ({YA}). Employer informed. SU suspended.
D|V ({A}) sexually assaulted by her ex-partner when he came to drop off the children; he pinned her against the wall and put his hand inside her clothing. Separated 4 months ago. DASH high.
C|{TEEN}yo girl is pregnant; her "boyfriend" is 19. Sexual activity with a child. Social care and midwife referral.
C|V ({TEEN}) sexually assaulted by another pupil ({TEEN}) in the toilets at {SCHOOL}. Not in a relationship. School and police involved.
-|V ({YA}) believes her drink was spiked at {PUB}; she woke in a stranger's flat and believes she was sexually assaulted. Tox samples taken. SU arrested.
H|Gay man ({A}) sexually assaulted in the toilets at {PUB} by a man who was shouting homophobic abuse at him during the assault. SU ID'd from CCTV. Hate crime marker added.
-|V ({MID}) reporting a rape by an acquaintance in 2009 after a party in {TOWN2}. She says she's ready now. No relationship with SU, not DA.
C|School referral: Y9 pupil ({TEEN}) disclosed that her mum's boyfriend comes into her room at night and touches her. Strategy discussion held, ABE booked.
DK|"He held a knife and made me have sex with him. He said if I told anyone he'd kill me." V {F1} ({A}) re her ex. Reported 2 days after. SU arrested.
-|Male V ({YA}) raped by an acquaintance after a house party in {TOWN}. V has been referred to SARC and wants male ISVA. SU not a partner.
CO|Sextortion - {TEEN}yo boy tricked into sending nude images on Instagram by someone pretending to be a girl; then threatened that they would be sent to his followers unless he paid. He paid {AMT}. Very distressed.
-|Indecent exposure on a train between {TOWN} and {TOWN2} - male masturbating opposite V ({A}). BTP involved. V got a photo.
C|V ({YA}) disclosed her older brother raped her repeatedly when she was 9 to 13; brother is now 30. She has been having flashbacks. Wants to report.
S|Woman ({A}) found in a flat above a massage parlour in {TOWN}; says she was brought from abroad with a promise of work, passport taken and forced to have sex with men. Trafficking - NRM.
-|Taxi driver sexually assaulted passenger V ({YA}) on the way home from {PUB} - touched her thigh and kissed her. Licensing informed. V has the booking details.
CD|{F1} ({T16}) is being sexually exploited by her "boyfriend" (2{N}) who makes her sleep with his friends for money. She says she loves him. Social care + CSE team involved.
O|Upskirt photos of V ({A}) taken at work were posted on a website by an unknown person. V found them after a colleague told her. Voyeurism.
D|"She woke up to him having sex with her. She'd said no earlier that evening." - caseworker note re {F1} ({A}), partner of 6 years. Rape. ISVA referral.
C|PE teacher at {SCHOOL} in a sexual relationship with a 17yo pupil. Abuse of position of trust. LADO involved. Pupil does not see herself as a victim.
-|Offence: Sexual assault (s3) | Vict: {F1} {L1} ({A}) | SU: stranger | Loc: {PUB} | Weapon: none | DA: N
CO|Dad found his {TEEN}yo son had been sending explicit pictures of himself to a man he met on a gaming platform, who had asked for them. Sexual communication with a child / grooming. Devices seized.
H|Disabled woman ({A}, uses a walking frame) groped in a shop by a man who mocked her disability while doing it, calling her a "spastic" who should be grateful. Sexual assault, hate crime.
-|V ({A}) sexually assaulted by her landlord during an inspection. DA ruled out - SU is her landlord only. V has moved out.
C|CSE concerns confirmed: {TEEN}yo F, older males picking her up from outside {SCHOOL} in cars, now disclosed sexual activity with at least one. Multi-agency CSE meeting booked.
CS|{M1} ({T16}) trafficked from {TOWN} to flats in {TOWN2} where he was sexually exploited by adult men who supplied him with drugs. NRM and CSE team referral.
C|Sports coach at a youth club in {TOWN} touching {KID}yo boys inappropriately during lessons. Three children have disclosed. Coach suspended, arrested.
C|Babysitter ({YA}) sexually assaulted a {KID}yo girl while parents were out. Child disclosed to mum next day. Strategy meeting held.
C|V ({MID}) disclosed that his grandfather sexually abused him between ages 7 and 10. Grandfather is still alive. V wants to pursue it.
C|Man exposed himself to a group of primary school children walking back from swimming. Teachers reported. Exposure - children all under 11.
CO|{YA}yo male sending sexual messages to a {TEEN}yo girl via a gaming chat and asking her to meet. Mum found the messages. Sexual communication with a child.
CDO|{F1} ({T16}) made to perform sex acts on webcam for money by her boyfriend ({YA}), who streams it on a website. She is frightened of him. CSE team notified.
C|Hidden camera found in the changing room at a youth swimming club in {TOWN}. Images of children recovered. Voyeurism. Manager arrested.
C|V ({T16}) boy groomed by older men who gave him cannabis and money and then sexually abused him at a flat on {ESTATE}. Social care. CSE.
C|V ({A}) says her PE teacher abused her when she was 14 at {SCHOOL}. Historic. She heard he is still teaching. Wants to report.
C|{T16}yo brother sexually abusing his {KID}yo sister. Mum found out. Children's social care, police investigating.
-|V ({YA}) sexually assaulted by a stranger in the queue at {PUB}. She also mentioned her younger sister was abused years ago by someone else, which was dealt with at the time. Referral relates to V's own assault only.
DB|V ({YA}) was married at 18 against her will to a man chosen by her family; he rapes her and her in-laws say she must obey to protect the family's honour. Forced marriage. V now in refuge.
SO|Woman ({A}) advertised on adult websites by controllers, moved between hotels across {TOWN} and {TOWN2}, made to see up to 10 men a day. Trafficking for sexual exploitation. NRM.
"""
T["robbery"] = r"""
K|Knifepoint robbery in {PARK}. SU held a {BLADE} against V's stomach and demanded his phone and bank card PIN. V ({YA}) complied, not injured. SU described as white male, 20s, grey tracksuit.
-|Street robbery - V ({A}) punched in the face on {ST} and his {ITEM} taken. Cut lip, bruised cheek. 2 SUs ran towards {ESTATE}.
K|Business robbery at {SHOP}, {TOWN}. Staff member threatened with a machete over the counter, till emptied - approx {AMT}. Staff very shaken, shop closed for the day.
-|Handbag snatch turned robbery - V ({OLD}) held on to her bag and was dragged along the pavement until the strap broke. Grazes to both knees. SU on a pushbike.
K|SU approached V ({YA}) at {STATION}, hand in his pocket, said "I've got a blade, give me your phone or I'll use it". V believed him and handed over the phone. No knife seen but V was sure he had one.
-|Robbery - SU said he had a gun under his jacket and demanded V's wallet. No gun seen. V handed over wallet and watch. No injuries.
H|Asian delivery rider robbed of his takings and phone on {ST} by a group calling him racist names; one held his arms while another went through his pockets. Hate crime recorded.
D|Ex-p twisted V's arm behind her back until she let go of her handbag, then took her purse and {AMT} cash out of it and left. V ({A}) in pain, no visible injury. Robbery - DA.
D|Adult son ({YA}) pinned his mother ({MID}) against the wall and took her purse and bank card when she refused to give him money for drugs. DA. Mum scared to be at home.
-|{KID}yo pushed off his bike by three teenagers on {ST}, who then took the bike and his phone. Minor grazes. Robbery.
-|Carjacking - V ({A}) dragged out of the driver's seat of her {CAR} at a petrol station; SU drove off in it. Bruised shoulder. Car later found burnt out.
K|Robbery at a cash point on {ST2} - SU held a {BLADE} to V's side and made him withdraw {AMT}. V ({A}) unhurt but terrified.
-|V ({OLD}) knocked to the ground outside {SHOP} and her purse snatched from her hand. Fractured hip, now in hospital. SU on foot, not traced.
-|Robbery personal - 2x SU on moped - pulled V's {ITEM} from her, V pulled to the ground - cuts to hands - {ST}, {TIME}.
-|Post office counter robbery - two men in balaclavas tied up the postmistress and took cash from the safe. No weapons seen. Staff offered support.
K|SUs forced entry to V's house on {ST} at night, held a {BLADE} to V's throat and demanded cash, jewellery and the car keys. V ({A}) and wife tied up. Robbery.
-|Taxi driver {M1} {L1} robbed of his night's takings by two passengers who punched him in the back of the head at the end of the fare. Cut to ear.
H|V ({YA}), who has learning difficulties, robbed of his phone by lads who called him a "freak" and disablist slurs and pushed him over to get it. Disability hate.
K|V's 16yo son robbed at knifepoint of his phone and headphones in the underpass on {ROAD}. SUs 3 males, one with a {BLADE}. Son not physically hurt but won't leave the house.
K|Delivery driver robbed of parcels at {ESTATE} by two men, one waving a {BLADE}. Van not taken. Driver ({A}) shaken.
-|Robbery - no injuries - V threatened with a punch ("give us your wallet or I'll smash your face in"), handed over wallet containing {AMT}.
-|V ({A}) felt a hand in his pocket at {STATION}, grabbed the SU's arm; SU shoved V against the wall and ran off with his wallet. Robbery (force used to keep the property).
-|Security guard at {SHOP} punched when he tried to take a bag of stolen goods back off a shoplifter. SU escaped with the goods. Robbery. Guard has a black eye.
-|Caseworker note: {M1} ({YA}) was robbed on his way home from work on {DAY} night - jumped from behind, pinned down, wallet and {ITEM} taken. He says he keeps replaying it.
DK|Husband held a {BLADE} to V and made her hand over her bank cards and PIN, then took {BIG} from her account. V ({A}) in refuge. DA - high risk, MARAC.
-|Offence: Robbery of business property | Loc: {SHOP}, {TOWN} | Weapon: none seen | Injury: N | Loss: cigarettes, cash | Staff: 2 present
K|Two men robbed the bookmakers on {ST}, one with a large kitchen knife, the other with a bag. Cashier ({A}) made to open the safe. Nobody hurt.
-|V robbed of his watch by a moped gang on {ST2} - rider grabbed his wrist and wrenched it off. Sprained wrist.
H|Jewish man ({MID}) pinned against a wall near the synagogue; SU said "you lot have plenty of money" and antisemitic abuse, took his wallet. Hate crime.
-|Robery - V (19) jumped by 3 lads in the underpass, they took his phone and wallet and kicked him when he was down. Bruised ribs.
K|{M1} ({TEEN}) walking home from {SCHOOL} when older boys surrounded him, one showed a {BLADE} tucked in his waistband and told him to hand over his trainers and coat. He did.
-|V ({A}) had arranged to meet a buyer for his phone in a car park; the buyer grabbed the phone and punched V when he tried to stop him. Robbery.
"""

T["burglary"] = r"""
-|Burglary dwelling - IP {M1} {L2} - NFA at this stage, no forensic hits. Entry via bathroom window, laptop and watch taken.
-|Residential burglary - rear door forced while V and family away for the weekend. Jewellery, laptop and cash taken. {ST}, {TOWN}. Forensics attended.
-|Burgalry dwelling - entry via insecure back window - TV and cash taken - V elderly ({OLD}), very anxious, not sleeping.
D|Ex-p let himself into V's flat with an old key while she was at work and took her laptop, documents and some of her clothes. Burglary - DA. Locks being changed.
-|Distraction burglary. Two men posing as water board workers; one kept V ({OLD}) talking in the kitchen while the other went upstairs and took {AMT} cash and her late husband's medals.
-|Break-in at {SHOP} overnight, shutters forced, tills and tobacco stock taken. Owner referred, worried about staff safety.
-|Garden shed at the back of V's house broken into; power tools, lawnmower and two bikes taken. Burglary. No suspects.
-|Attempt burglary - scratches around the lock, lock cylinder snapped but no entry gained. {ST2}. V ({A}) lives alone and is frightened.
-|Burglary - SU arrested inside the house on {ST} at {TIME} with a knife in his jacket pocket; V ({A}) was asleep upstairs and didn't see him or the knife. Neighbour called police.
H|Burglary - V's house entered while they were at work, items taken and racist graffiti sprayed on the lounge wall. Family ({M1} {L2} and kids) very distressed. Hate crime.
-|Church hall burgled - PA system, laptop and the collection box taken. No indication of any hostility towards the church. Community burglary.
H|SUs broke into the mosque on {ST} overnight, stole the donations box and wrote anti-Muslim slogans on the prayer room wall. Hate crime. Trustees referred.
-|Student house burglary on {ST2} - laptops and games console taken while students were out. Front door left unlocked. 4 victims.
-|Caseworker: {F1} came home to find her flat ransacked, drawers emptied on the floor, her late mum's rings gone. She can't face going back in.
-|Burglary - SU known to V, a former lodger who still had a key. Took cash and a watch. No relationship beyond lodger, not DA.
D|V's brother ({YA}) broke into her flat through the bathroom window and took her laptop to sell for drugs. V ({A}) knows it was him - neighbour saw him. Burglary - DA.
-|Car keys taken from the hallway during the night and V's {CAR} driven off the drive. Burglary dwelling. Car not recovered.
-|Burglary, nothing taken - SUs disturbed by V coming downstairs, fled through the kitchen window they'd forced. V ({A}) did not see faces.
-|BURG RES / {ST} / entry via rear patio door / jewellery + cash / SOCO attended / no SU / V {F1} {L1}
-|Detached garage broken into, two bikes and a set of golf clubs taken. Padlock cut. {ST}, {TOWN}.
-|Holiday let burgled between guests - owner reports TV, speakers and a coffee machine taken. Business burglary.
-|Burglary at {SCHOOL} over half term - 14 laptops and a projector taken. Head teacher referred by OIC.
-|Burglary in a care home - non-resident entered V's room through a fire door and took her handbag while she was at lunch. V is {OLD}.
-|Neighbour saw two youths climbing through V's back window in the afternoon; V came home to find her jewellery box gone. Burglary.
D|Ex-husband broke into V's house while she was at work and took the children's passports and her bank statements. DA history. Burglary.
-|Artifice burglary - man claiming to be from the council "checking smoke alarms" got into V's bungalow; after he left V found {AMT} missing from her bedside drawer.
-|Burglary two weeks after V ({A}) moved in - back door kicked in, new TV and her son's games console taken.
-|Farm workshop broken into - quad bike, chainsaws and a welder taken. Burglary - business. Farmer's second in a year.
-|Offence: Burglary - Business & Community | Premises: {SHOP} | Entry: roof | Loss: {BIG} | SU: NK | Staff: none present
-|Failed burglary - door kicked in at 3am while family asleep, SUs fled when the dog barked. Nothing taken. Family now sleeping in one room.
-|Burglary - V ({OLD}) came back from hospital to find the house had been broken into, pension cash and her late husband's watch taken. She's worried burglars will come back.
"""

T["vehicle_offences"] = r"""
-|Theft of motor vehicle - V's {CAR} taken from outside her house overnight. Keys still in the house; believed relay attack. CCTV from a neighbour shows two males.
-|Theft from MV - laptop and work bag taken from V's car in the {TOWN} retail park car park. V thinks she forgot to lock it. No damage.
-|Catalytic converter stolen from underneath V's {CAR} on the drive overnight. V needs the car for work. No SUs.
-|Both number plates taken off V's car in the {STATION} car park. Theft from vehicle. V worried they'll be used on another car.
-|Aggravated vehicle taking - V's {CAR} stolen from {ST} and driven dangerously through the town centre before crashing into a wall. No one injured. Two 16yos arrested.
-|Tools stolen from V's works van overnight on {ST2}; rear doors found open, no sign of forced entry. V is a self-employed plumber, lost about {BIG} of kit.
-|Motorbike stolen from outside V's flat on {ESTATE} - disc lock was on. V ({YA}) uses it for delivery work.
-|Moped taken from the car park behind {SHOP} while V was at work. Vehicle theft.
-|Vehicle interference - CCTV shows 2 males trying door handles on cars along {ST} at {TIME}. V's car found open, nothing taken.
D|Ex-p took V's car without permission and won't give it back, says she "owes him". V ({A}) needs it for work. TWOC - DA. Previous incidents of controlling behaviour.
D|V ({MID}) says her son ({YA}) keeps taking her car keys and car without permission, and last night crashed it. She is scared of him and gives in to him. DA concerns.
-|TFMV - {ST} - sat nav and sunglasses taken from an unlocked vehicle - no witnesses - V {M1} {L1}.
-|Car stolen from the gym car park; V's keys were taken from a locker he had left unlocked, then the car driven away. Car tracked to {TOWN2}.
-|Diesel siphoned from V's lorry parked overnight at the lay-by on {ROAD}. Approx {AMT} worth. Theft from vehicle.
-|White van stolen with all V's tools inside from outside his house on {ST}. V ({A}) self-employed, can't work.
-|Offence: Theft of motor vehicle | Vict: {F1} {L1} | Vehicle: {CAR} | Keys: retained by owner | Recovered: N | SU: NK
-|All four wheels taken off V's car overnight, car left on bricks on {ST2}. Theft from vehicle.
-|Attempted theft of vehicle - SU seen trying to start V's motorbike outside his house; fled when V shouted from the window.
-|Parcels stolen from the back of a delivery van while the driver was at a door on {ST}. Driver ({A}) now being investigated by his employer.
-|Keyless car theft from V's driveway, doorbell camera shows two men with a relay device, took 40 seconds. Car is a {CAR}.
-|Call handler: caller says her work van has gone from where she parked it on {ST} this morning, and she definitely locked it. Van has the company logo on.
-|Blue badge stolen from V's car dashboard while parked at {TOWN} hospital. V has MS and relies on the badge. Car was left unlocked while he was helped out.
-|Theft of motor vehical - V's {CAR} taken from {ST} overnite, V still has both keys, no broken glass at scene. V not sure how they did it.
-|V's teenage daughter's boyfriend's friend (17) took V's car from the drive and drove it round the estate, then left it back on the drive. V and the 17yo are not related. TWOC.
-|Catalytic converters taken from 6 minibuses at a community transport depot in {TOWN}. Service cancelled for elderly users.
-|Child seat and pushchair taken from the boot of V's car in the supermarket car park; V left the boot unlocked while returning the trolley.
-|Car stolen while V ({A}) left it running on the drive to defrost on a cold morning. Taken by a man who walked past. Car found abandoned in {TOWN2}.
"""

T["theft_from_person"] = r"""
-|IP ({OLD}) had his wallet lifted from his jacket pocket at the market. No force used. CCTV being reviewed, likely NFA if nothing found.
-|Pickpocket at {TOWN} market - V's ({OLD}) purse taken from her handbag while she was paying at a stall. She didn't feel a thing.
-|Phone snatched from V's hand by a male on a pushbike while she was on a call outside {SHOP}. V not pulled or touched, no injury.
-|Wallet taken from V's back pocket on a crowded bus. Noticed when he got off. Cards already used? - not yet, cancelled.
-|Distraction theft - a woman asked V ({OLD}) for directions with a map, while another took his wallet from his inside jacket pocket.
-|Pickpocketing at the summer festival in {PARK} - V's phone and wallet taken from her bumbag while she was watching a band.
-|V's bag unzipped on the train and her purse taken; she only realised when she got to work. Theft from person.
-|TFP - moped SU snatched mobile from V's hand while she was on a call - no contact/injury - {ST}, {TIME}.
-|Offence: Theft from the person | Vict: {F1} {L1} ({A}) | Item: {ITEM} | Force: none | Loc: {STATION}
-|Tourist ({A}) had his wallet taken from his jacket pocket at {STATION} while he looked at the departure board.
-|Phone snatched out of a {TEEN}yo's hand on the way home from {SCHOOL}. No violence or threats, the lad just grabbed it and ran.
-|"Charity collectors" crowded round V ({OLD}) outside {SHOP} with a clipboard; after they left her purse was gone from her coat pocket.
-|V felt someone bump into her in the queue at {SHOP} and then noticed her wallet was missing from her coat.
-|Snatch theft - V's handbag lifted off her shoulder from behind on {ST}; the strap slipped off easily, she wasn't pulled over or hurt.
-|Pickpocket in {PUB} - V's phone taken from his back pocket on the dancefloor. Traced by location app to a house on {ESTATE}.
-|V says a man gave her a "hug" outside the bar, then she realised her watch had been slipped off her wrist.
-|Phone taken from V's coat pocket while she was queuing at {SHOP}. CCTV requested. Theft - person.
-|Unknown youth snatched V's earphones out of his ears at the bus stop and ran. No contact beyond that, V not hurt.
-|Wallet stolen from V's rucksack while she was wearing it on the platform at {STATION}. Zip found open.
-|Theft from person - cash taken from V's jacket pocket in the crowd at the football. {AMT} lost.
-|V ({A}), who has a learning disability, had his wallet taken out of his pocket by a man he thought was a friend. No hostility shown, the man just took it and left.
-|Pickpocketed on the tram - V's phone was in her coat pocket. She thinks two girls standing close were involved.
-|V ({OLD}) had her purse taken from her hand at the bus stop by a boy who just plucked it away and ran - she didn't have a tight grip and wasn't pulled. TFP.
-|Caseworker: {M1} had his phone taken from his shirt pocket while asleep on the late bus. Not hurt. Upset as it had photos of his late wife.
-|Stall holder saw a man lift a purse out of V's shopping bag, which was over her shoulder, while she was looking at scarves. SU ran off.
-|Telegraphic - TFP / pick pocket / {TOWN} high st / V {F1} {L3} / purse + cards / no SU / no CCTV
-|V's necklace was unclipped from behind in a packed lift at the shopping centre; she only noticed afterwards. No force, no injury.
"""

T["bicycle_theft"] = r"""
-|V's {BIKE} stolen from outside {STATION}; D-lock cut through. Bike worth {AMT}. V uses it to get to work.
-|Kid's BMX taken from the front garden overnight on {ST}. Gate left open. Son ({KID}) very upset.
-|Bike taken from the bike rack at {SCHOOL} during the school day. Cable lock cut. Pupil's parents reported.
-|Road bike worth {AMT} stolen from outside a café on {ST2} while V was inside for 10 minutes. It was locked to a lamppost.
-|Bycicle theft - V's mountain bike nicked from outside the leisure centre, cable lock cut. V ({YA}).
-|Theft of pedal cycle - frame number registered - no suspect. {BIKE}, black and orange. Taken from {TOWN} town centre.
-|{TEEN}yo had his {BIKE} taken from outside {SHOP} while he was inside buying a drink; it wasn't locked. Nobody confronted him.
-|Tandem stolen from the bike shelter at the back of V's block of flats. Shelter is outdoors and open-sided.
-|Cargo bike with child seat stolen from outside the nursery on {ST}. V ({A}) uses it for the school run.
-|Nurse's bike stolen from the bike rack at {TOWN} General during a night shift. Lock cut.
-|Call handler: caller reports son's {BIKE} taken from outside his friend's house on {ST2}. Left on the pavement for an hour.
-|Bike theft - lock left at scene, cut - CCTV shows male in grey hoodie riding off. {STATION}.
-|Offence: Theft of pedal cycle | Vict: {M1} {L1} ({A}) | Loc: {STATION} | Value: {AMT} | Secured: Y | SU: NK
-|Three bikes taken from V's front garden overnight; they were chained together to the railings. Family of 5.
-|Student's {BIKE} stolen from the bike rack outside the university library. Second bike she's lost this year.
-|V's adapted tricycle stolen from outside her home on {ST}. V ({A}) has a disability and relies on it to get around. No evidence she was targeted because of her disability.
-|V needs a crime ref for insurance - {BIKE} stolen from outside {PUB} on {DAY} evening, locked to a bench.
-|V ({YA}) was locking up when a lad rode off on his other bike propped against the wall. No words or threats. Bike theft.
-|Folding bike taken from the luggage rack on the train while V was in the toilet. BTP reference {REF}.
-|Bike stolen from outside {PUB}; V left it unlocked for 5 mins while he went in to get change.
-|Bike theft from {PARK} - V ({KID}yo) left his bike by the swings and it was gone when he went back. No one threatened him.
-|Racing bike taken from the roof rack? No - V clarifies it was leaning against his car on the street while he loaded the boot. Someone rode off on it.
-|{F1}'s {BIKE} was locked to the railings outside her flat on {ST}; this morning only the front wheel is left.
-|pushbike stolen from outside the library on {ST}, D lock cut, V ({OLD}) is gutted as it was a present from his late wife
"""

T["shoplifting"] = r"""
-|Staff referral from {SHOP}: repeat shoplifter taking meat and cheese, at least 3 times a week. Staff stressed and feel unsafe. No violence to date.
-|Theft from shop - 2 females filled bags with clothes at {SHOP} and walked out through the fire exit. Approx {AMT}. CCTV available.
-|Shoplifting - {SHOP} - {AMT} of alcohol - SU known to staff - left before police arrived.
-|Store manager at {SHOP} asks for support - 40+ thefts this month, staff anxious about working late shifts.
H|Shoplifter walked out of {SHOP} with a basket of goods and called the Asian member of staff racist names when she asked him to stop. No assault. Hate crime marker.
-|Youths stealing sweets and energy drinks from {SHOP} every day after school. Staff have photos. Theft from shop.
-|Self-checkout theft - customer scanned only a few items and bagged the rest at {SHOP}. Total {AMT}. Identified from loyalty card.
-|Garden centre - plants and compost taken from the outdoor display area by a man who loaded them into his {CAR}. Theft from shop.
-|Pharmacy shoplifting - razors and cosmetics taken from {SHOP}; SU was in and out within a minute.
-|SHOPLIFTING / {SHOP} / {TOWN} / SU M 30s / steak + coffee / left on foot / staff ok
-|Offence: Theft from shop | Premises: {SHOP} | Value: {AMT} | SU: known | Violence: N | Staff: 1 witness
-|Shoplifter at {SHOP} dropped the goods when challenged at the door and left. Attempt theft from shop.
-|Charity shop on {ST} - donated designer coat taken off the rail. Volunteers upset.
-|Store detective caught a {TEEN}yo stealing makeup from {SHOP}. Parents informed, community resolution.
-|Organised group targeting branches of {SHOP} across {TOWN}, taking high-value items - perfume, electricals. Staff at one branch referred.
-|Shopliftng at {SHOP}, SU took 6 packs of batteries and walked out, staff did not challenge. V = store.
-|Caller from {SHOP}: man took two bottles of spirits and put them down his trousers, walked out. Staff member followed but didn't approach.
-|Elderly man ({OLD}) caught taking food from {SHOP}; store manager concerned for his welfare rather than wanting prosecution.
-|Market stall holder on {ST} had two jumpers taken from her stall while serving another customer. Theft from stall.
-|Shop theft - baby formula taken from {SHOP}, 10 tins. Third time this week.
-|{SHOP} - SU swapped price labels? No - SU simply walked out with a TV from the display. Staff member in shock.
-|Shoplifting by a regular - manager says SU comes in every day, takes a sandwich and drink and leaves. Staff told not to challenge.
-|Bookshop on {ST2} - customer left with 4 books in his bag without paying, seen on CCTV. Owner wants prosecution.
-|Shoplifting - two teens distracted the cashier at {SHOP} while a third filled his rucksack with vapes.
-|theft from shop, {SHOP}, male took electric toothbrushes, staff member {F1} very shaken - she says he stared at her as he left but said nothing
-|Staff at {SHOP} report that the same woman has been stealing baby clothes, usually on {DAY}s. Police have a name.
"""

T["other_theft"] = r"""
-|Making off without payment - taxi passenger ran off at the end of a {AMT} fare on {ST}. Driver {M1} {L2} referred.
-|Making off - four diners left {PUB} without paying a {AMT} bill. Landlord has CCTV.
-|Drive-off at the petrol station on {ROAD} - {AMT} of fuel. Plates came back to a different vehicle.
-|Theft by employee - cashier at {SHOP} taking cash from the till over several months, approx {BIG}. Owner devastated, had known her for years.
-|Parcels stolen from V's doorstep twice this week shortly after delivery. Doorbell camera footage of a woman in a hi-vis jacket.
O|Blackmail - adult V ({A}) met someone on a dating app who persuaded him to share intimate images; now being told to pay {AMT} or they will be sent to his family and employer on Facebook. He paid once.
-|Blackmail - V's former business partner is threatening to tell V's wife about an affair unless V pays him {BIG}. Former business partner is not related to V.
D|Blackmail - V's ex-partner is demanding {AMT} or says he will tell her family about her past. Demands by phone and text only. DA.
D|V ({OLD}) says cash keeps going missing from her purse and her jewellery has been pawned; her daughter, who lives with her, admits taking it. Theft - DA. Adult social care involved.
-|Phone taken from a café table on {ST} while V ({YA}) was ordering. Not on her person. Theft.
-|Cleaner at the {TOWN} hotel took cash from a guest's room. Guest referred by hotel manager.
-|V lost her purse on the bus; a man found it, kept the cash and threw the purse away (CCTV). Theft by finding.
-|Solar lights, planters and a stone statue taken from V's front garden on {ST}. Not the first time.
-|Lead stripped from the church roof in {TOWN2} overnight. Rain now coming in. Metal theft.
-|Theft of heating oil from the tank at V's farmhouse outside {TOWN}, approx 800 litres.
-|V's handbag taken from the back of her chair in {PUB} while she was talking to friends. Not on her person. Theft.
-|Lodger stole jewellery and {AMT} cash from V's bedroom before moving out. V ({OLD}) let him in as a lodger - he had a key. Theft, not DA.
D|Husband took V's gold jewellery - wedding gifts from her family - and sold it without asking. V ({A}) says he does this with her money too. Theft - DA.
-|Postal worker suspected of stealing birthday cards containing cash on the {ST} round. Theft of mail.
-|Charity collection tin taken from the bar at {PUB}, approx {AMT} inside. CCTV shows two men.
-|Trailer and the ride-on mower on it taken from a field gate at V's smallholding. Trailer is unpowered. Theft.
-|Wallet taken from V's locker at the gym - locker was left unlocked. {AMT} and cards.
-|V's electricity meter has been bypassed by the previous tenants; landlord reports abstracting electricity. Energy company involved.
-|Mail stolen from the communal post boxes at V's block on {ESTATE} - V thinks her new bank card was taken. Theft of mail.
-|Scaffold poles and a cement mixer taken from a building site on {ST2} overnight. Site manager referred.
-|{TEEN}yo's phone stolen from the changing room at {SCHOOL} during PE. School investigating.
-|Care home employee taking money and valuables from residents' rooms. Three residents affected, one is V's mum ({OLD}). Theft by employee.
O|Blackmail - V ({A}) received an email from someone who says they have copies of her company's client list and will publish it unless she pays {BIG}. Business had a data breach last month.
-|Making off without payment - guest at a B&B in {TOWN} left in the night without paying for 4 nights. Owner referred.
-|Plants, tools and a water butt taken from V's allotment plot on {ST}. Not a shed - all left outside. Theft.
-|Theft of V's mobility aids? no - V's wheelchair was taken from outside the GP surgery while she was inside on crutches. V ({A}) devastated. No hostility or words exchanged.
"""
T["criminal_damage_arson"] = r"""
-|Criminal damage to vehicle - V's {CAR} scratched down both sides overnight on {ST}. No suspects. Repair quote {BIG}.
D|Ex-p smashed the front windows of V's house at {TIME} after she refused to let him in. No one hurt. DA - SU arrested. V ({A}) and kids now staying with her sister.
H|Racist graffiti sprayed on V's front door overnight - a slur and "go home". Family ({M1} {L3}, wife and 3 kids) very frightened. Racially aggravated criminal damage.
-|Arson - wheelie bin set on fire against the side of V's house on {ST2}; fire brigade attended, scorching to the wall and soffit. No one hurt.
-|Arson - V's {CAR} set alight on the street outside his house at {TIME}. Total loss. V doesn't know who would do it.
D|"He smashed my phone and put his fist through the TV because I was texting my sister." V ({A}) re partner. No assault on her. DA. Criminal damage.
-|V's {CAR} was stolen from outside his house on {DAY} and later found burnt out on wasteland in {TOWN2}. Treated as arson of the stolen vehicle.
-|Youths smashed the glass panels of the bus shelter on {ST}; council report. No individual victim.
-|Neighbour deliberately cut through V's fence panels and poured weedkiller on her hedge during an ongoing boundary dispute. Criminal damage.
H|Swastika and antisemitic slogan painted on the wall of the synagogue in {TOWN}. Community leaders referred. Religiously aggravated criminal damage.
H|Rainbow flag ripped down from outside a gay couple's house on {ST} and set on fire on their doorstep, with a homophobic note. Arson - hate crime.
-|Damage to {SCHOOL} - windows smashed over the weekend by a group of pupils. Head teacher referral.
-|Fire set in a derelict pub building on {ST2}; fire service believe deliberate. Owner referred.
-|Eggs thrown at V's house and then a stone through the living room window on {DAY} night. No one hurt. V ({OLD}) lives alone.
D|V's son ({YA}) kicked in the bedroom door and smashed the mirror at her house during a row about him being asked to leave. Nobody touched. DA. V ({MID}) wants him to get help.
-|V's car tyres let down and a wing mirror snapped off, second time this month. {ST}. V thinks it's kids.
-|Arson with intent to endanger life - petrol poured through V's letterbox on {ESTATE} and lit while the family slept. Smoke alarm woke them, all got out unhurt. SU not known.
-|Allotment shed windows broken and seedlings trampled, nothing taken, no entry. Criminal damage.
-|CD to MV - {ST} - windscreen smashed - no SU - V {F1} {L1} - needs crime ref for insurer
-|Graffiti tags sprayed across the shutters of {SHOP} and the shops either side. Business owners referred. No hate content.
-|Memorial bench for V's late son damaged - plaque ripped off and bench sprayed with paint. V devastated.
H|Windows at the mosque on {ST2} smashed and pork left at the entrance on the first night of Ramadan. Religiously aggravated CD.
-|Crops in V's field deliberately sprayed with weedkiller, whole field ruined. Suspect is a neighbouring landowner in a dispute. Criminal damage.
D|Ex-girlfriend poured paint stripper over V's car after he ended the relationship. V ({A}) has doorbell footage. DA.
-|Fire set in the communal bin store at {ESTATE} at {TIME}; residents evacuated. Arson, no injuries.
-|During a party next door someone kicked V's front door in, cracking the frame. Not a burglary - nobody came in. Criminal damage.
H|V ({MID}) uses a wheelchair; his ramp was smashed and "scrounging cripple" sprayed on his front wall. Disability hate crime - criminal damage.
-|Fence panels deliberately kicked through by a group of teenagers on {ST}; neighbour saw them do it on purpose. Criminal damage.
-|Caseworker note: {F1}'s car was keyed with the word "grass" after she gave a statement in an unrelated case. She is worried. Criminal damage.
-|Offence: Criminal damage to dwelling | Vict: {M1} {L2} | Damage: front window | SU: NK | Hate: N | DA: N
-|Lit fireworks put through V's letterbox on {DAY} night - scorched doormat and hall carpet. Arson. V ({OLD}) very frightened.
D|V ({A}) says her brother ({A2}) smashed her car windscreen with a brick after an argument about their mum's care. Family - DA. No assault.
DB|Family smashed V's phone and the windscreen of her car after she refused the marriage they had arranged; her uncle said she had dishonoured them. V ({YA}) not assaulted. HBA.
"""

T["drug_offences"] = r"""
-|Stop search on {ST} - V? No - SU ({YA}) found with a small bag of cannabis. Possession of Class B. Community resolution.
-|PWITS - Class A - 14 wraps of crack cocaine, {AMT} cash and 2 phones found on SU ({YA}) in the stairwell at {ESTATE}. Remanded.
-|Cannabis factory found in the loft of a rented house on {ST2}; 200 plants, electricity bypassed. Landlord {M1} {L1} referred - property wrecked.
-|Residents report that a flat on {ESTATE} is being used to deal drugs - dozens of callers a day, cars pulling up for a minute. Drug supply.
-|Pupil ({TEEN}) found with cannabis in his blazer at {SCHOOL}. Police informed. Possession.
-|Parent worried her adult son is dealing - found scales, bags and {AMT} in cash in his room. She phoned police. Possession with intent.
-|Drugs seized at a festival near {TOWN}: ketamine and MDMA found on a 19yo at the gate. Possession with intent to supply.
-|Nitrous oxide canisters and balloons found in a car at {PARK} car park; two occupants reported for possession of a controlled drug.
-|Parcel addressed to V's address in a different name intercepted, containing MDMA. V ({A}) says it's nothing to do with her. Importation enquiry.
-|Man selling cannabis from an ice cream van on {ESTATE}. Drug supply. Van seized.
-|Offence: Possession with intent to supply (Class A) | SU: {M1} {L1} ({YA}) | Drug: {DRUG} | Qty: 20 wraps | Cash: {AMT}
-|Possession of Class B - cannabis edibles found in SU's bag at {STATION}.
-|Spice found in a hostel room on {ST}. Resident arrested for possession. Staff concerned about others using.
-|Mother found heroin in her adult son's bedroom and called police. She is not being harmed by him, just wants help for his addiction. Possession of Class A.
-|Man supplying cannabis to Year 10 pupils at the gates of {SCHOOL}. Supply of Class B. Arrested.
-|Production of cannabis - 3 plants in SU's bedroom, claims it's for his back pain. Reported for summons.
-|Door search at {PUB} - SU found with cocaine in his wallet. Possession Class A.
O|V's teenage son ({T16}) has been buying pills from a website that posts them to the house. Mum found packages. Possession/importation - online purchase.
O|Dealer advertising {DRUG} on Snapchat with a "menu" story and delivering to {ESTATE}. Account identified, SU arrested. Supply.
-|Landlord of a flat on {ST2} knowingly allowing the premises to be used for crack cocaine supply. Section 8 offence. Flat closed.
-|Posession of cannabis - SU ({YA}) stopped in a car on {ROAD}, strong smell, small amount found. Street warning.
-|Drug supply from a garage behind {ST}; warrant executed, 2kg {DRUG} and a money counter found. 3 arrests.
O|{DRUG} being sold via a Telegram channel to students in {TOWN}; student union raised concern. Drug supply investigation.
-|Crack cocaine wraps found in SU's mouth during arrest on {ST}. PWITS.
-|Call from {SHOP}: man seen selling pills outside the shop; police attended, SU found with 30 ecstasy tablets. Supply Class A.
-|SU ({A}) stopped at {STATION} with 1kg cannabis resin in a suitcase. Possession with intent. Nothing else found.
"""

T["possession_of_weapons"] = r"""
-|Stop search on {ST}: SU ({YA}) found with a lock knife in his waistband. Possession of a bladed article. He didn't produce it or threaten anyone.
-|{TEEN}yo found with a kitchen knife in his school bag at {SCHOOL} after a tip-off from another pupil. Knife not produced. Bladed article on school premises.
-|Imitation firearm - SU ({YA}) seen with a BB gun tucked in his belt at {STATION}; armed response attended, gun recovered. Not pointed at anyone.
-|Knuckleduster found in the glovebox of a car stopped on {ROAD}. Offensive weapon. Driver arrested.
-|Sawn-off shotgun found during a warrant at an address on {ESTATE}. Possession of a firearm without a certificate. Occupant charged.
-|SU stopped for shoplifting at {SHOP}; on search, security found a {BLADE} in his coat pocket. He never took it out. Possession of bladed article + theft.
-|Zombie knife found under the bed during a search warrant at SU's flat. Prohibited weapon. No threats made to anyone.
-|Man carrying a machete in a rucksack in the town centre, found on search after a call from a member of the public who saw the handle. Not brandished.
-|Call: man with what looked like a gun in his waistband outside {PUB}. Armed police attended; air pistol recovered, SU arrested. No one threatened.
-|Poss bladed article - {ST} - 3" lock knife - SU 17 - charged - YOT referral
-|Crossbow and bolts found in SU's car boot during a traffic stop. Offensive weapon. SU said he uses it for hunting.
-|CS spray canister found in SU's handbag during a search at {STATION}. Prohibited weapon (s5 Firearms Act).
-|Stun gun (taser) found in the door pocket of a car stopped on {ROAD}. Prohibited weapon. Driver charged.
-|Knife and cannabis found on SU ({YA}) during a stop search outside {SHOP}. Possession of bladed article and Class B.
-|Traffic stop - {BLADE} under the driver's seat, also small bag of cannabis. SU said "it's for protection".
-|Baseball bat found in SU's car "for protection" during a stop in the town centre at {TIME}. Offensive weapon.
-|Samurai-style sword found in SU's car during a stop outside {PUB}. Bladed article in a public place. Nobody was threatened.
-|Offence: Possession of offensive weapon in a public place | SU: {M1} {L1} ({YA}) | Item: {BLUNT} | Found: stop search | Threats: none
-|Man arrested outside {PUB} with a sharpened screwdriver he said was for self-defence. Offensive weapon. Never took it out.
-|Ammunition and a handgun found in a loft during a house clearance on {ST2}. Firearms possession enquiry.
-|{TEEN}yo found with a craft knife in his pencil case at {SCHOOL}; says other boys have been threatening him. Bladed article on school premises.
-|Flick knife found in SU's jacket when searched after arrest for being drunk. Possession of a prohibited weapon.
-|Imitation firearm carried in public - SU ({YA}) was seen on CCTV with it in his hand walking down {ST}; it was never pointed at anyone. Arrested.
-|Knife arch at {STATION} - SU found with two kitchen knives wrapped in a towel in his bag. Possession of bladed articles.
-|Knife found in a {TEEN}yo's bag at the youth club. Youth worker referred. He didn't threaten anyone with it - says he's scared.
"""

T["public_order"] = r"""
H|Racially aggravated s5 - member of staff at {SHOP} called racist names by a customer who was told he couldn't buy alcohol. No assault. Staff member ({A}) referred.
H|Man shouting anti-Muslim abuse at women going into the mosque on {ST}. No contact or threats of violence. Religiously aggravated public order.
-|Affray - brawl involving 6 males outside {PUB} at {TIME}; no one injured or willing to make a complaint. Bar staff witnesses.
-|Violent disorder in {TOWN} town centre after a football match - large groups throwing bottles at each other. Several arrests. Shop owner referred as witness.
-|s4 POA - SU threatened to "batter" V in the street during a row over a parking space; V ({A}) was in fear of violence. No contact made. SU walked off.
-|Drunk man shouting and swearing at passengers on the bus, including kids. Driver stopped the bus. s5 public order.
H|Couple (two men) holding hands in {PARK} had homophobic abuse shouted at them by a group of lads. No assault. Homophobic public order.
H|Trans woman ({A}) followed around {SHOP} by a man making transphobic comments loudly to other shoppers. Transphobic hate crime - public order.
H|{M1} ({A}), who is blind, was mocked and sworn at by a group at the bus stop who called him names about his disability and made fun of his cane. No physical contact.
D|Ex-p turned up outside V's workplace and screamed abuse at her in front of colleagues - one-off, no threats of violence, left when security came. V ({A}) humiliated. DA. s5.
-|Neighbour shouting threats and abuse over the fence at V ({A}), saying he will "sort her out". V in fear. s4A.
H|Racist chanting aimed at a black player by a section of the crowd at a {TOWN} Sunday league match. Player referred. Racially aggravated public order.
-|s4A POA - V caused harassment, alarm and distress by SU shouting abuse in the {SHOP} queue - SU known as a local drinker.
H|Offence: Racially aggravated s4A | Vict: {M1} {L3} ({A}) | SU: NK male | Loc: {ST} | Hate: Y | DA: N | Injury: N
H|Sikh taxi driver ({MID}) told to "go back where he came from" and called names by a drunk passenger. No assault, fare paid. Racially aggravated public order.
-|Protest outside the council offices turned into disorder - barriers thrown, police pelted. Council staff ({F1} {L1}) referred as she was trapped inside.
-|Road rage - man got out of his van at the lights on {ROAD}, banged on V's car window, shouted and swore, then drove off. No damage, no contact. Public order.
-|Customer verbally abusive to pharmacy staff at {SHOP}, threatening to "sort them out" over a prescription delay. Staff member ({F1}) referred.
H|Antisemitic abuse shouted from a passing car at V ({A}), who was wearing a kippah on his way home. Hate crime - public order.
-|V (Muslim) and neighbour argued over bins, neighbour swore at him and told him to get lost. No reference to religion was made; V does not feel it was a hate incident. Public order.
-|Drunk patient abusive and threatening to A&E staff at {TOWN} General, kicking chairs. Nurse ({F1}) referred. s5.
-|House party with about 40 people spilling onto {ST}; fighting and shouting at neighbours who asked them to quieten down. Affray - 2 arrests.
H|Polish family on {ESTATE} told to "go home" and called vermin by a neighbour in the street. No threats of violence. Racially aggravated public order.
-|Man shouting and swearing at children in {PARK}, telling them he'd wring their necks. Kids scared. Parent ({F1}) reported. s4.
-|Mass brawl at a wedding reception at a hotel in {TOWN2} - tables overturned, guests fighting. Venue manager referred. Affray.
D|V's brother ({A2}) screamed and swore at her across the supermarket car park after she refused to lend him money, calling her every name going in front of shoppers. One-off, no threats, no contact. V ({A}) humiliated and distressed. DA. s5.
-|Youths threatening staff at the leisure centre after being asked to leave - "we'll be waiting for you". Staff member ({YA}) scared to go home. s4.
H|Romany Gypsy family refused service and abused by a customer in {PUB} who shouted slurs about "gyppos" and told them to leave. Racially aggravated public order.
-|publc order - man in {STATION} shouting and screaming at staff about delays, threw his coffee on the floor. Staff distressed. No hate element.
-|Football fans chanting and throwing flares outside the ground. Steward ({M1}) referred, frightened. No discriminatory chants.
H|V ({F1} {L1}) told by a man at the bus stop that "people like you" shouldn't be allowed out, because of her Down's syndrome son; he shouted and swore at them both. Disability hate - public order.
"""
T["misc_crimes_against_society"] = r"""
-|Handling stolen goods - SU ({A}) found with jewellery and watches from a series of burglaries in {TOWN}; said he "bought them off a bloke in a pub". Charged with handling.
C|Indecent images of children found on SU's laptop after a family member took it in for repair. SU ({MID}) arrested. Category A images.
CO|Man ({A}) sharing indecent images of children in WhatsApp groups - identified via a referral from the platform. Devices seized. IIOC distribution.
-|Failed to surrender - SU did not turn up at {TOWN} magistrates for his trial; warrant issued. V in the underlying case informed and anxious about the delay.
-|Perverting the course of justice - SU persuaded his friend to give a false alibi for the night of an assault. Both charged.
-|Perjury - witness in a civil case at {TOWN} county court found to have lied under oath. Referral for the other party.
-|Forgery - blank MOT certificates and forged stamps found in a garage office on {ST} during an inspection. Garage owner charged with forgery offences.
-|Neighbour told V calmly over the fence that he would smash every window in her car if she parked outside his house again. Threat to commit criminal damage. No damage done.
D|Ex-husband texted V ({A}) saying he would burn her car out if she didn't let him see the kids. Threat to damage property. DA. No damage yet.
-|Dangerous driving - car overtook V on blind bends on {ROAD} at high speed, forced her onto the verge. No collision, no injuries. Dashcam footage.
-|Registrar reported a suspected bigamous marriage at the {TOWN} register office - groom believed still married abroad. Bigamy enquiry.
-|Going equipped - SU ({YA}) found at {TIME} in a car park with a slim jim, gloves and a screwdriver, looking into cars. Arrested for going equipped for theft.
-|Perverting - SU falsely named his brother as the driver when his car was caught speeding, to avoid a ban. Both interviewed.
-|Car doing doughnuts in the retail park at 2am, nearly hit a pedestrian. Driver charged with dangerous driving. Pedestrian ({YA}) referred.
-|Driver produced a forged driving licence at a traffic stop on {ROAD}. Forgery / using a false instrument. No other offences.
-|Extreme pornography found on SU's phone during an unrelated investigation. Possession of extreme pornographic images (adults only).
-|Takeaway owner ({MID}) told quietly by a customer on his way out "I'll torch this place" after a row over an order. Threat to commit criminal damage. No hate element.
-|Bail offence - SU failed to attend court for sentencing; arrested on a warrant 3 weeks later. V from the original case wants to know what happens now.
C|Indecent images of children found on the work computer of a school caretaker in {TOWN}. He has been suspended, devices seized. Children at the school being safeguarded.
-|Handling - 12 stolen phones recovered from a market stall on {ST}; stall holder charged with handling stolen goods.
-|Dangerous driving - police pursuit through {TOWN2} at 80mph in a 30 zone; car stopped by stinger. No collision, no one hurt.
-|Perverting - SU fabricated text messages to try to get a witness discredited. Charged with perverting the course of justice.
H|Phone call to the mosque office on {ST}: caller said he would burn the building down and used anti-Muslim abuse about the congregation. Threat to commit criminal damage, religiously motivated. Call traced. Nobody was threatened personally.
CO|Nude image of a {TEEN}yo girl shared around {SCHOOL} on Snapchat without her consent after she sent it to a boy. Distributing indecent images of a child. Girl very distressed.
-|Pawnbroker in {TOWN} knowingly accepted stolen jewellery - traced back via serial numbers on watches. Handling stolen goods.
C|SU ({A}) charged with possession of indecent images of children after his ex-partner found them on a USB stick and handed it in. She is being supported as a witness.
-|Absconded from custody at {TOWN} court cells; recaptured next day. Victim in his case referred as she was worried.
-|Forgery - SU presented a forged prescription at {SHOP}; the pharmacist spotted it and refused to dispense. Use of a false prescription. Pharmacist ({F1} {L1}) referred as a witness.
-|Dangerous driving - a lorry driver reversed onto a busy roundabout on {ROAD}; dashcam submitted by V who had to brake hard. No injuries.
-|Threat to damage - V's landlord said he would change the locks and smash her belongings if she didn't leave by Friday. Threat to commit criminal damage. No damage done yet.
"""

T["fraud_computer_misuse"] = r"""
O|Romance fraud - V ({OLD}) met a "US army doctor" on a dating site; over 6 months sent {BIG} for "flights" and "medical bills". Family found out this week.
-|Courier fraud - V ({OLD}) phoned by a man claiming to be a police officer from {TOWN}; told to withdraw {BIG} and hand it to a courier to "help with an investigation". Courier collected it from the door.
O|Investment fraud - V ({A}) put {BIG} into a crypto trading website after seeing an advert; site has now vanished. Fraud.
O|Phishing email - V clicked a link that looked like her bank, entered her details, account emptied of {BIG} within an hour.
-|Rogue trader - V ({OLD}) charged {BIG} for roof repairs that weren't needed and weren't done. Men came to the door. Fraud by false representation.
O|Paid {AMT} deposit for a puppy advertised on an online marketplace; seller stopped replying and the ad disappeared. Online purchase fraud.
D|Ex-partner took out loans and a credit card in V's name during their relationship - V ({A}) found out through debt collectors. Identity fraud - DA.
DO|Husband logged into V's online banking without her permission and transferred {BIG} to his own account while she was in hospital. Fraud/computer misuse - DA.
O|V's Instagram account hacked and used to advertise fake investment schemes to her friends; two friends lost money. Computer misuse.
-|Card skimming - V's card details copied at a cash machine on {ST} and used for purchases abroad. Fraud. Card was never out of V's possession.
O|"Hi Mum" scam on WhatsApp - V ({MID}) sent {AMT} to someone pretending to be her daughter who'd "dropped her phone down the toilet".
-|V ({OLD}) phoned by someone claiming to be from the tax office, told she would be arrested unless she paid {AMT} in gift cards. Telephone only. Fraud.
O|Ticket fraud - V paid {AMT} for festival tickets via a social media post; tickets never arrived and seller blocked her. Fraud.
D|V ({OLD}) says his son has been using his bank card and PIN to withdraw cash over months without permission. About {BIG} gone. DA - adult safeguarding.
DO|V ({MID}) says her adult son has been using her card details to order goods online to his own address without her permission. DA. She doesn't want him prosecuted.
-|Pension scam - letter and phone calls persuaded V ({MID}) to transfer his pension into a scheme that doesn't exist. Loss {BIG}.
O|Fake landlord on a rental website took V's {AMT} deposit and first month's rent for a flat on {ST2} that he didn't own.
-|Bank "safe account" scam by phone - V ({A}) was told her account was compromised and moved {BIG} to a "safe account". Telephone only.
O|Computer misuse - former employee logged in remotely to the company's systems after being sacked and deleted customer records. Business owner ({M1} {L1}) referred.
DO|Ex-p got into V's email and social media accounts after they split, changed her passwords and read her messages. No other contact since. Computer misuse - DA.
-|Builder took a {BIG} deposit for an extension, never started, and now won't answer. V ({A}) has signed contract. Fraud by false representation.
O|Tech support scam - pop-up on V's laptop told him to ring a number; they got remote access and took {BIG} from his account. V ({OLD}).
O|Invoice fraud - a supplier's email was hacked and V's business paid a {BIG} invoice to a fraudster's account.
-|Car sold to V with the mileage clocked by 60,000 miles; seller lied about history. Fraud by false representation.
-|Courier fraud - V {F1} {L1} ({OLD}) - {BIG} - AF ref {REF} - courier described as young male in a {CAR}
O|Catfished on a dating app - V ({A}) sent a man {BIG} for "visa fees" so he could visit. Profile photos belonged to someone else.
-|Offence: Fraud by false representation | Method: telephone | Vict: {F1} {L1} ({OLD}) | Loss: {BIG} | Online: N
O|Bought a "designer" handbag for {AMT} from a seller on Instagram - it's a fake and the seller has blocked V. Fraud.
-|Door-to-door "charity" collectors with fake ID badges collecting cash on {ST}. Fraud. V ({OLD}) gave {AMT}.
D|V ({YA}) found out her mother took out credit cards and a phone contract in V's name. Now {BIG} in debt. DA. V doesn't want to lose her mum.
O|V ({A}) got a text saying a parcel couldn't be delivered, clicked the link and entered her card details on the website; {AMT} taken the same day.
-|Identity fraud - someone opened bank accounts using V's passport details, probably from a data leak. V ({A}) found out when a bank wrote to her.
O|Fraudster on a marketplace site sent V a fake payment confirmation for her sofa; V handed it over to a "courier". Online fraud.
"""

T["anti_social_behaviour"] = r"""
-|Noise nuisance - neighbour on {ST} playing loud music until 3am most nights. V ({A}) works early shifts. No threats, no damage. ASB.
-|Youths gathering outside {SHOP} in the evenings, loud, kicking a ball against the wall. No damage, no threats, nothing said to V. ASB.
-|Neighbour's dog barks constantly all day while they're at work. V has spoken to them, no change. Environmental health involved.
-|Kids knocking on doors and running away on {ST2}, 2-3 times a week. V ({OLD}) finds it stressful. No damage.
-|Parking dispute - neighbour keeps parking across V's drive so she can't get out. No threats. Council advised.
-|Group of street drinkers on the bench outside V's flat, noisy and leaving cans. No threats or abuse towards V. ASB.
-|Off-road bikes riding round {PARK} most evenings, noise and fumes. No one hurt, no damage. Vehicle nuisance ASB.
-|Neighbour has bonfires every weekend, smoke coming into V's house. Environmental ASB. No crime disclosed.
-|Rowdy tenants upstairs - stamping, shouting at each other, doors slamming at all hours. Nothing aimed at V. Housing involved.
-|V says youths hang around the car park at {ESTATE} and "look at her funny". No words said, no threats. She feels intimidated. ASB.
-|Nuisance behaviour - no threats made, no damage, no crime disclosed - teenagers sitting on V's garden wall smoking and laughing.
-|Neighbour's new CCTV camera appears to point at V's back garden. V feels watched. Civil/ASB matter, advised ICO route.
-|Loud parties most weekends at a short-term holiday let next door to V on {ST}. Guests noisy but not abusive. ASB.
-|Kids playing football in the close, ball hitting V's car and front window. No damage so far. V asked them to stop. ASB.
-|Rubbish piling up in the neighbour's front garden, attracting rats. Environmental ASB, council referral.
-|Group congregates in the underpass by {STATION}; V ({A}) feels intimidated walking through but nothing has been said or done to her. ASB.
-|Long-running neighbour feud - staring, slamming doors, playing music loudly when V is in her garden. No threats or damage. ASB.
-|ASB - youths on bikes riding on the pavement on {ST} - no crime - V ({OLD}) nearly knocked over but not touched.
-|Neighbour feeding pigeons on the shared roof, mess everywhere. V's 4th complaint to housing.
-|V ({A}), who is gay, reports noise from neighbours - loud music and shouting among themselves. He doesn't think it's anything to do with his sexuality; nothing has been said to him. ASB.
-|Loud car stereos in the car park at {ESTATE} late at night, engines revving. No damage or threats. ASB.
-|Children on the estate keep climbing onto the garage roofs behind V's house. Nobody hurt, no damage yet. V worried they'll fall.
-|Call handler: caller complaining about teenagers smoking weed? - no, vaping and swearing among themselves on the bench outside her window. Not directed at her. ASB.
-|Residents report loud drumming practice from the flat above every evening. Housing association referral. ASB - noise.
-|Neighbour's trees overhanging V's garden and blocking light; neighbour refuses to cut them. Civil dispute, no crime.
-|Noise from a pub beer garden on {ST2} until midnight every weekend. Licensing referral. No crime.
-|V ({OLD}) says the lads next door rev their motorbikes at 7am every day and laugh when she complains. No threats. ASB.
"""

T["other_crime"] = r"""
-|Animal neglect - neighbour keeps a dog in a small cage in the yard with no food or shelter. Animal welfare charity informed. Animal Welfare Act offence.
-|Horse left in a field on {ROAD} without water for days, very thin. Owner reported for animal welfare offences. V is the neighbour who found it.
-|Drink-driving - SU stopped on {ROAD} at {TIME}, blew 68. No collision, no other driving concerns. Passenger referred for support as she was shaken by the arrest.
-|Driving with no insurance and no licence - stopped on {ST}, car seized. No collision.
-|Fly-tipping - a lorry load of builder's rubble dumped on V's farm track near {TOWN}. Council and police informed. Cost to clear {BIG}.
-|Crime ref {REF} given but no offence details in the referral. V ({A}) wants emotional support. Please contact to find out more.
-|OIC referral: victim of crime, offence type not recorded on the form, court date pending. V {F1} {L1}, {ST}, {TOWN}.
-|Drug-driving - SU stopped on {ROAD}, tested positive for cannabis at roadside. No collision, no one hurt.
-|Failing to stop after a minor collision - a van clipped V's parked car on {ST} and drove off. Minor damage, accidental. No injuries.
-|Puppy farm in {TOWN2} - dogs kept in filthy conditions. Animal welfare offences, joint visit with council.
-|Referral from the victim care unit: V ({OLD}) victim of "a crime" (type not specified on system), wants a home visit.
-|Offence: [blank] | Vict: {M1} {L1} | Crime ref: {REF} | Notes: V requested support, no other details provided
-|Rabbits and guinea pigs dumped in a box in {PARK}. Abandonment of animals - animal welfare offence. Member of public referred as she was upset.
-|Careless driving - no injuries - SU drifted into V's lane on {ROAD}, V swerved, no collision. Driver reported for driving without due care.
-|Underage alcohol sales at {SHOP} - test purchase failed. Licensing offence. Shop manager referred.
-|Caseworker: {F1} says she has "been a victim of crime" but didn't want to say what over the phone. Crime ref provided. Please arrange a face-to-face.
-|Unlicensed minicab - V ({YA}) was picked up by a car plying for hire outside {PUB} without a licence; overcharged. Licensing offence.
-|Horses tethered on council land with no water; owner reported for welfare offences. Resident {F1} {L2} raised it.
-|V ({A}) called the helpline to say she is "a victim of a crime last month" and needs help coping. No details given yet. Crime ref on file.
-|Neighbour's cat hoarding - 30+ cats in a 2-bed flat, several sick. Animal welfare offences. V is the downstairs neighbour.
-|Dog left in a hot car outside {SHOP} for over an hour; owner reported for animal welfare offence. V broke no windows, called police.
-|Driving while using a mobile phone - V ({A}) saw a bus driver on his phone and reported via dashcam portal. No collision.
-|Drink-drive - SU ({MID}) stopped after swerving? No - stopped at a routine checkpoint, over the limit. No collision, no passengers.
-|Referral via VCOP - crime type "unknown", V {M1} {L3}, {TOWN}. Needs assessment please.
"""

# ---------------------------------------------------------------- build
VALID_LETTERS = {code for code, _ in FLAG_ORDER}


def load_templates():
    out = []
    for cat in CATEGORY_ORDER:
        block = T[cat]
        for line in block.strip("\n").split("\n"):
            line = line.strip()
            if not line:
                continue
            flags, text = line.split("|", 1)
            flags = "" if flags == "-" else flags
            assert set(flags) <= VALID_LETTERS, (cat, flags)
            out.append((cat, flags, text.strip()))
    return out


def flag_string(letters):
    return ";".join(name for code, name in FLAG_ORDER if code in letters)


def render(rng, text):
    slots = make_slots(rng)
    note = text.format_map(slots)
    if "{KID}" not in text and "{TEEN}" not in text and rng.random() < 0.3:
        note = note + " " + rng.choice(SUFFIXES)
    r = rng.random()
    if r < 0.03:
        note = note.lower()
    elif r < 0.045:
        note = note.upper()
    return note


def build():
    rng = random.Random(SEED)
    templates = load_templates()
    n = len(templates)
    extras = TARGET_NOTES - n
    assert extras >= 0
    order = list(range(n))
    # every template once
    picks = list(order)
    # templates carrying the rarer flags get a second rendering first
    rare = [i for i in order if set(templates[i][1]) & set("CSB")]
    second = rare[:extras]
    chosen = set(second)
    rest = [i for i in order if i not in chosen]
    rng.shuffle(rest)
    # lift every category to at least 30 notes before filling at random
    counts = {c: 0 for c in CATEGORY_ORDER}
    for i in picks + second:
        counts[templates[i][0]] += 1
    for i in rest:
        cat = templates[i][0]
        if counts[cat] < 30 and len(second) < extras:
            second.append(i)
            chosen.add(i)
            counts[cat] += 1
    rest = [i for i in rest if i not in chosen]
    second += rest[: extras - len(second)]
    picks += sorted(second)
    rows = []
    seen = set()
    for i in picks:
        cat, flags, text = templates[i]
        note = render(rng, text)
        tries = 0
        while note in seen and tries < 20:
            note = render(rng, text)
            tries += 1
        seen.add(note)
        rows.append((note, cat, flag_string(flags)))
    rng.shuffle(rows)
    return templates, rows


def main():
    templates, rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "data", "notes_blind17.csv")
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["note_id", "text", "category", "flags"])
        for k, (text, cat, flags) in enumerate(rows, 1):
            w.writerow(["B17-%04d" % k, text, cat, flags])
    cat_counts = {c: 0 for c in CATEGORY_ORDER}
    tpl_counts = {c: 0 for c in CATEGORY_ORDER}
    flag_counts = {name: 0 for _, name in FLAG_ORDER}
    for _, cat, flags in rows:
        cat_counts[cat] += 1
        for f in flags.split(";"):
            if f:
                flag_counts[f] += 1
    for cat, _, _ in templates:
        tpl_counts[cat] += 1
    print("templates: %d  notes: %d" % (len(templates), len(rows)))
    for c in CATEGORY_ORDER:
        print("  %-28s templates=%3d notes=%3d" % (c, tpl_counts[c], cat_counts[c]))
    for _, name in FLAG_ORDER:
        print("  flag %-32s %d" % (name, flag_counts[name]))
    print("written:", out_path)


if __name__ == "__main__":
    main()
