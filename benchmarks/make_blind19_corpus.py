"""Generate the blind19 synthetic corpus of victim-services referral notes.

Standard library only (csv, os, random). One seeded random.Random(SEED); the output is
fully deterministic and is written relative to this file: data/notes_blind19.csv.

Every template below was written and labelled by hand from TAXONOMY.md (category by the
principal crime rule, flags only where the text discloses them). Slots in braces are
filled from invented pools; no slot ever changes what a note discloses, so the hand label
holds for every filling. All names, places, amounts and events are synthetic.

Template format (inside the TEMPLATE_BLOCKS strings):
    @ category | flag;flag | style
    text, wrapped over as many lines as needed (lines are joined with one space)
where flags is "-" when none apply and style is one of stt, quote, police, dialect, multi.
"""

import csv
import os
import random

SEED = 190619
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "data", "notes_blind19.csv")
ID_PREFIX = "B19-"
EXTRA_FILLS = 215  # templates drawn (without replacement) for a second, differently filled note

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

# TAXONOMY.md order; the CSV lists flags in this order.
FLAGS = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]

STYLES = ["stt", "quote", "police", "dialect", "multi"]

POOLS = {
    "female": [
        "Amy",
        "Chloe",
        "Danielle",
        "Gemma",
        "Hayley",
        "Jade",
        "Kayleigh",
        "Laura",
        "Leanne",
        "Michelle",
        "Natalie",
        "Rebecca",
        "Sarah",
        "Shannon",
        "Stacey",
        "Tracey",
        "Vicky",
        "Zoe",
        "Kirsty",
        "Lisa",
        "Donna",
        "Paige",
        "Courtney",
        "Jodie",
        "Nicola",
        "Claire",
        "Joanne",
        "Sophie",
        "Megan",
        "Lauren",
        "Holly",
        "Ellie",
        "Kerry",
        "Julie",
        "Karen",
        "Jasmine",
        "Precious",
        "Grace",
        "Maureen",
        "Pauline",
        "Brenda",
        "Sandra",
        "Janet",
        "Olivia",
        "Amber",
    ],
    "male": [
        "Aaron",
        "Adam",
        "Ben",
        "Callum",
        "Craig",
        "Daniel",
        "Darren",
        "Dean",
        "Jamie",
        "Jason",
        "Kieran",
        "Lee",
        "Liam",
        "Luke",
        "Mark",
        "Martin",
        "Nathan",
        "Paul",
        "Ricky",
        "Ryan",
        "Scott",
        "Shane",
        "Steven",
        "Tom",
        "Wayne",
        "Connor",
        "Kyle",
        "Jordan",
        "Reece",
        "Brandon",
        "Tyler",
        "Kevin",
        "Gary",
        "Dale",
        "Dwayne",
        "Marcus",
        "Terry",
        "Keith",
        "Colin",
        "Brian",
        "Derek",
        "Leon",
        "Jake",
        "Mason",
        "Kofi",
        "Jermaine",
    ],
    "surname": [
        "Ashworth",
        "Bailey",
        "Barker",
        "Bennett",
        "Booth",
        "Bradley",
        "Carter",
        "Clarke",
        "Dawson",
        "Doyle",
        "Evans",
        "Fletcher",
        "Foster",
        "Gibson",
        "Griffiths",
        "Hall",
        "Hughes",
        "Jenkins",
        "Kelly",
        "Lloyd",
        "Marsh",
        "Morgan",
        "Morris",
        "Parry",
        "Pearson",
        "Powell",
        "Pritchard",
        "Reid",
        "Roberts",
        "Shaw",
        "Thomas",
        "Turner",
        "Walsh",
        "Watkins",
        "Webb",
        "Whitfield",
        "Wilkinson",
        "Yates",
        "Okafor",
        "Mensah",
        "Nowak",
        "Begum",
        "Khan",
        "Patel",
        "Ahmed",
    ],
    "welsh_f": [
        "Rhiannon",
        "Siân",
        "Cerys",
        "Bethan",
        "Eleri",
        "Nia",
        "Carys",
        "Ffion",
        "Gwen",
        "Lowri",
        "Angharad",
        "Catrin",
        "Sioned",
        "Elin",
        "Mererid",
        "Heledd",
    ],
    "welsh_m": [
        "Dafydd",
        "Rhodri",
        "Gethin",
        "Aled",
        "Huw",
        "Owain",
        "Iolo",
        "Rhys",
        "Emyr",
        "Dylan",
        "Ieuan",
        "Geraint",
        "Bryn",
        "Cai",
        "Tomos",
        "Gwilym",
    ],
    "abroad_f": [
        "Agnieszka",
        "Ioana",
        "Rūta",
        "Mariana",
        "Zilan",
        "Selam",
        "Thi Lan",
        "Elira",
        "Maricel",
        "Oksana",
        "Ewa",
        "Daniela",
        "Luminița",
        "Kateryna",
        "Hiwet",
        "Nasrin",
        "Blessing",
        "Esra",
    ],
    "abroad_m": [
        "Tomasz",
        "Andrei",
        "Darius",
        "João",
        "Rebwar",
        "Dawit",
        "Van Minh",
        "Arben",
        "Jomar",
        "Bogdan",
        "Mihai",
        "Piotr",
        "Ahmad",
        "Samir",
        "Kwame",
        "Yonas",
        "Florin",
        "Dritan",
    ],
    "asian_f": [
        "Amira",
        "Sana",
        "Rukhsana",
        "Priya",
        "Nadia",
        "Hira",
        "Simran",
        "Leyla",
        "Zainab",
        "Parveen",
        "Shazia",
        "Ayesha",
        "Harpreet",
        "Roya",
        "Samina",
        "Kiran",
    ],
    "asian_m": [
        "Imran",
        "Tariq",
        "Harjit",
        "Kamal",
        "Bilal",
        "Farhan",
        "Zafar",
        "Ravi",
        "Hamid",
        "Sardar",
        "Asif",
        "Jaspal",
        "Omar",
        "Karim",
        "Nadeem",
        "Amir",
    ],
    "town": [
        "Ashcombe",
        "Brackenfield",
        "Castlebridge",
        "Coldwater Heath",
        "Dunmere",
        "Eastwick Green",
        "Fernleigh",
        "Hadwell",
        "Hollinsford",
        "Kelmarsh Vale",
        "Lower Ravensby",
        "Markham Vale",
        "Oakhurst",
        "Redmarsh",
        "Saltmoor",
        "Stanbury Cross",
        "Thornbury Moor",
        "Westerleigh Bay",
        "Whitcombe",
        "Aberwen",
        "Cwmderyn",
        "Llanfyrddin",
        "Pentre Isaf",
        "Porthmawr",
        "Ystrad Goch",
        "Treforgan",
        "Nantyglas",
        "Bryncoed",
    ],
    "street": [
        "Mill Lane",
        "Chapel Row",
        "Brook Street",
        "Victoria Terrace",
        "Station Road",
        "Albert Street",
        "Heol y Nant",
        "Heol Maes",
        "Stryd Fawr",
        "Church Walk",
        "Coronation Avenue",
        "Jubilee Close",
        "Pit Lane",
        "Canal Side",
        "Foundry Street",
        "Orchard Way",
        "Nightingale Close",
        "Gasworks Road",
        "Precinct Parade",
        "Bryn Terrace",
        "Ffordd Glan",
        "Tudor Court",
        "Ashgrove",
        "Wellfield Road",
        "Colliery Row",
    ],
    "shop": [
        "Bargain Basket",
        "FreshFare",
        "Price Lane",
        "Dawson's Pharmacy",
        "Kwik Stop",
        "Cornerway Stores",
        "Valley Value",
        "Hartley's Home Store",
        "Penny Wise",
        "Bright Buy Electricals",
        "Northgate Superstore",
        "Castle Off Licence",
        "Lucky Star Convenience",
    ],
    "pub": [
        "the Miners Arms",
        "the Red Lion",
        "the Cross Keys",
        "the Ship Inn",
        "the Railway Tavern",
        "the Bell",
        "the Coach and Horses",
        "the Colliers",
        "the White Hart",
        "the Farmers Arms",
    ],
    "app": ["Facebook", "Instagram", "Snapchat", "TikTok", "WhatsApp", "Messenger", "Telegram"],
    "dating": ["Tinder", "Hinge", "Plenty of Fish", "Bumble", "Match"],
    "market": ["Facebook Marketplace", "eBay", "Gumtree", "Vinted"],
    "car": [
        "silver Ford Fiesta",
        "black VW Golf",
        "white Transit van",
        "grey Vauxhall Corsa",
        "red Nissan Qashqai",
        "blue Kia Sportage",
        "black Range Rover Evoque",
        "white BMW 1 Series",
        "silver Toyota Yaris",
        "green Skoda Octavia",
        "grey Audi A3",
        "white Peugeot 208",
    ],
    "bike": [
        "black Carrera mountain bike",
        "grey Boardman hybrid",
        "red BMX",
        "Specialized road bike",
        "Trek mountain bike",
        "blue Raleigh",
        "pedal-assist e-bike",
        "kids' Apollo bike",
    ],
    "phone": ["iPhone 13", "iPhone 15", "Samsung Galaxy S23", "Google Pixel 7", "Samsung A54", "iPhone 12"],
    "bank": ["Barclays", "Lloyds", "Halifax", "Nationwide", "Santander", "Monzo", "NatWest", "TSB"],
    "lang": [
        "Polish",
        "Romanian",
        "Lithuanian",
        "Portuguese",
        "Kurdish Sorani",
        "Tigrinya",
        "Vietnamese",
        "Albanian",
        "Tagalog",
        "Ukrainian",
        "Arabic",
        "Urdu",
    ],
    "dog": ["staffie", "cocker spaniel", "lurcher", "jack russell", "husky", "French bulldog", "collie"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": [
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
    ],
    "op": ["Kestrel", "Larchwood", "Halyard", "Saffron", "Tamarisk", "Granite", "Whinchat", "Bracken"],
}

# Slot name -> pool. Slots sharing a pool get distinct values within one note.
SLOT_POOL = {
    "vf": "female",
    "vf2": "female",
    "sf": "female",
    "sf2": "female",
    "vm": "male",
    "vm2": "male",
    "sm": "male",
    "sm2": "male",
    "sur": "surname",
    "sur2": "surname",
    "wf": "welsh_f",
    "wf2": "welsh_f",
    "wm": "welsh_m",
    "wm2": "welsh_m",
    "xf": "abroad_f",
    "xf2": "abroad_f",
    "xm": "abroad_m",
    "xm2": "abroad_m",
    "af": "asian_f",
    "af2": "asian_f",
    "am": "asian_m",
    "am2": "asian_m",
    "town": "town",
    "town2": "town",
    "street": "street",
    "street2": "street",
    "shop": "shop",
    "pub": "pub",
    "app": "app",
    "app2": "app",
    "dating": "dating",
    "market": "market",
    "car": "car",
    "bike": "bike",
    "phone": "phone",
    "bank": "bank",
    "lang": "lang",
    "dog": "dog",
    "day": "day",
    "month": "month",
    "op": "op",
}

SUFFIXES = {
    "stt": [
        "thanks",
        "end of message",
        "caller rang off before i got a landline number",
        "caller will ring back after the school run",
        "best number is the mobile",
        "asked for a female worker if poss",
        "no interpreter needed",
    ],
    "quote": [
        "Consent to share obtained.",
        "Prefers contact by text.",
        "Safe to call after 6pm.",
        "Already has a housing support worker.",
        "Happy with a male or female worker.",
        "Large print letters please.",
    ],
    "police": [
        "OIC PC {pc}.",
        "Consent: Y.",
        "Pref contact: mobile.",
        "VPS offered.",
        "Ref {crn}.",
        "Vic happy for VS to call.",
    ],
    "dialect": [
        "Ta.",
        "Cheers.",
        "Diolch.",
        "Ring after tea.",
        "She's on nights so afternoons best.",
        "Landline only, no mobile.",
    ],
    "multi": [
        "Case open to VS since {month}.",
        "Previous referral closed, now re-opened.",
        "Needs assessment to follow.",
        "Allocated to the enhanced team.",
    ],
}


def number_slot(rng, name):
    """Return a value for a numeric slot, or None if name is not numeric."""
    if name in ("num", "num2"):
        return str(rng.randint(1, 148))
    if name == "amtsmall":
        return "£{}.{:02d}".format(rng.randint(4, 96), rng.choice([0, 50, 99, 20, 75]))
    if name in ("amt", "amt2"):
        return "£{:,}".format(rng.randint(3, 96) * 50)
    if name == "amtbig":
        return "£{:,}".format(rng.randint(6, 92) * 1000 + rng.choice([0, 250, 500, 750]))
    if name in ("age", "age2"):
        return str(rng.randint(19, 64))
    if name == "yadult":
        return str(rng.randint(18, 25))
    if name == "mid":
        return str(rng.randint(30, 58))
    if name == "teen":
        return str(rng.randint(13, 17))
    if name == "kid":
        return str(rng.randint(4, 11))
    if name == "old":
        return str(rng.randint(71, 93))
    if name in ("date", "date2"):
        return "{:02d}/{:02d}/{}".format(rng.randint(1, 28), rng.randint(1, 12), rng.choice(["23", "24"]))
    if name in ("time", "time2"):
        return "{:02d}{:02d}".format(rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))
    if name == "weeks":
        return str(rng.randint(2, 9))
    if name == "months":
        return str(rng.randint(2, 11))
    if name == "years":
        return str(rng.randint(2, 15))
    if name == "crn":
        return "{}/{}/{}".format(rng.randint(10, 99), rng.randint(10000, 99999), rng.choice(["23", "24"]))
    if name == "pc":
        return str(rng.randint(1000, 9899))
    return None


BLOCK_01_HOMICIDE = """
@ homicide | - | stt
caller is the sister of {vm} {sur} who was killed on {day} night outside {pub} in {town} she says the police have
charged a man with murderer and she dont no what happens next with the court the family are devastated and mum is
not eating need someone to talk to
@ homicide | knife_sharp_instrument | stt
mum rang about her son {vm} age {yadult} who was stabbed to death on {street} {town} last month police have told her
its murder and two lads are on remand she keeps saying how could they do that to him with a nife hes only a boy he
was on his way home from work
@ homicide | - | quote
Referral from the FLO for the bereaved mother. In her words: "They came at four in the morning. {vm} had gone out to
get chips and never came back. Someone hit him once, he fell and cracked his head on the kerb and that was it, he
was gone. They're calling it manslaughter like that makes it smaller." She wants help with the inquest.
@ homicide | domestic_abuse | police
HOMICIDE - DA. DEC: F {mid}. SUSP: husband, arrested at scene, charged murder, remanded. Hx: DASH high risk 2022,
heard at MARAC x2. NOK: adult daughter {vf} {sur}. FLO PC {pc}. Referral is for NOK support through trial.
@ homicide | knife_sharp_instrument | police
Op {op}. Murder. DEC: M {mid}, found at home addr {num} {street}, {town}. COD: multiple stab wounds. SUSP: lodger
renting the back room, no relationship to DEC and not family. NOK: brother. Referral via FLO, brother wants info on
CPS process.
@ homicide | - | dialect
Spoke to {wf} from {town}. Her bampi was killed by the fella next door after a row over the bins, hit him over the
head with a hammer like. Police are saying manslaughter now not murder. She says the whole street is in bits, duw
duw, and her mam won't come out the house. Wants someone to explain the court bit to them.
@ homicide | modern_slavery | dialect
Client words (interpreter {lang}): my brother {xm} he is killed in the car wash where he work. The boss beat him
many times because he want to leave, they don't pay him since months and they keep his passport. Police say now is
murder. I am alone in this country please help me with the funeral and the police.
@ homicide | - | multi
Bereaved family referral. {vf}'s son was assaulted outside a takeaway in {town} in {month}, spent three weeks in
intensive care and died on {date}. The charge has been upgraded from s18 GBH to murder. The family also report that
a brick was thrown through their front window since the funeral; that is being dealt with separately.
@ homicide | domestic_abuse;honour_based_abuse | stt
caller is a close friend of {af} who was killed by her own brother and uncle police are saying it was a so called
honour killing because she had left her husband and they said she had shamed the family friend is now very scared
for {af}'s younger sister who still lives at home
@ homicide | - | police
Initially logged RTC - now Murder. DEC M {age}, run down deliberately by SUSP after argument in car park of {shop};
SUSP reversed back over DEC. Not being treated as a driving offence. SUSP charged murder. NOK: partner.
@ homicide | - | quote
Homicide service referral for the father. "She was seventeen. Her boyfriend's older brother did it, not the
boyfriend. She barely knew the man. He strangled her in his flat and then rang us as if nothing had happened."
Suspect, 24, charged with murder, trial listed for {month}.
@ homicide | - | police
Infanticide. DEC: female infant, 6 wks. Mother charged, detained in psychiatric unit. Referral is for the father,
{vm} {sur}, who is not a suspect and was at work at the time. Requests bereavement support.
@ homicide | domestic_abuse;knife_sharp_instrument | dialect
{vf} rang about her brother {vm}. His girlfriend stabbed him in the chest in their flat in {town}, he died at the
scene and she's been charged with murder. Me mam's in bits, she says they'd been at each other for years, the
bizzies had been out loads of times for domestics. Wants to know can the family go to the trial.
@ homicide | - | multi
Corporate manslaughter. V's husband was killed at work when an unsupported trench collapsed on a building site in
{town}. The company and one director have been charged with corporate manslaughter following the HSE and police
investigation. V has two children and wants support through the trial and the media attention.
@ homicide | - | multi
Homicide bereavement. {vf}'s partner {vm} was shot dead by unknown males outside their home in {town}. There is no
DA in the relationship and {vf} is not a suspect. She has been told there is a threat to life linked to an organised
crime group and she is frightened they will come back. Referral for practical and emotional support.
@ homicide | - | stt
the family liaison officer asked us to phone {vf} {sur} her husband was killed in a shooting at the garage where he
worked they think its gang related not aimed at him she is on her own with three kids under ten and has no family
near by
@ homicide | - | police
Manslaughter (single punch). DEC M {age}. SUSP M 19, known to DEC from five-a-side, no relationship. One punch, DEC
fell striking head on kerb, died 2 days later. SUSP pleaded guilty at Crown Court, sentencing {date}. Family want
help writing a VPS.
@ homicide | domestic_abuse | quote
IDVA referral for the daughter of the deceased. "Mum was seventy-four. He was her husband of forty years and he put
a pillow over her face because he said he couldn't cope any more. Everyone keeps calling it a mercy killing. It
wasn't mercy, he'd been hitting her for years and we all knew."
@ homicide | knife_sharp_instrument | dialect
{vf}'s lad was knifed outside the Metro station in {town}, died in hospital that night. Two lads have been charged
with murder. She says howay man, nobody's told us owt about when the trial is, we're just sat waiting. Wants a named
worker who'll actually ring her back.
@ homicide | - | dialect
Mrs {xf} say her husband is dead after a fight in the street with three men, they kick him in the head many times
when he is on the floor. Police tell her it is murder. She don't understand English so good, need interpreter {lang}
for everything, also she not know how to pay for the funeral.
@ homicide | domestic_abuse;knife_sharp_instrument | multi
Complex history. {vf} was subject to coercive control by her ex {sm}; a DVPO was granted in {month}. On {date} {sm}
went to her father's house, where she had moved for safety, and killed her father with a knife at the front door.
{vf} is the referral: bereaved daughter and key witness. {sm} charged with murder and remanded.
@ homicide | knife_sharp_instrument | police
Att murder upgraded to MURDER. IP (M {yadult}) died {date} from injuries sustained in stabbing on {street} on the
14th. 3 x SUSP in custody. Mother {vf} {sur} is NOK, FLO deployed. VS asked to support siblings.
@ homicide | - | multi
{vf}'s toddler died from head injuries inflicted by her boyfriend while she was at work; he is charged with murder.
{vf} states he had never been violent or controlling towards her and there was no abuse in their relationship.
Referral for bereavement and court support.
@ homicide | hate_crime | stt
the caller is the uncle of {am} who died after being attacked by a group of men shouting racist abuse at him outside
the mosque on {street} police have charged four with murder and say it was racially motivated the community are very
frightened
@ homicide | - | quote
Self-referral, bereaved partner. "We'd been together eleven years, never a cross word. Two men tried to get into his
van at the depot and when he stopped them one of them hit him with a bar. He died in the ambulance." Two charged
with murder, one with manslaughter.
@ homicide | - | stt
referral from homicide team for {vf} whose dad was killed in a fight at {pub} man has been charged with man
slaughter and is on bail the family are angry he is back in the village and they see him in the shop
@ homicide | domestic_abuse | dialect
Mam of {wf} rang, our girl was killed by her husband up in {town}, he pushed her down the stairs when he'd been
drinking, they'd had the police out before for him hitting her. He's charged with murder. She's looking after the
two little ones now and she don't know where to start, bless her.
"""

BLOCK_02_DID = """
@ death_injury_driving | - | stt
caller's husband was killed when a van went through a red light on {street} {town} the driver has been charged with
causing death by danger us driving and is on bail she wants to know if she can read a statement in court
@ death_injury_driving | - | police
RTC - FATAL. Ped M {old} struck on zebra crossing, {street}. Driver F 24 arrested on susp causing death by careless
driving, RUI pending collision investigation. NOK daughter {vf} requests support. FLO PC {pc}.
@ death_injury_driving | - | quote
V is {age} and suffered a spinal injury. In her words: "I can't walk any more. The doctors say I might, one day. The
driver was on his phone, the police showed me the phone records." Driver charged with causing serious injury by
dangerous driving; first hearing at magistrates next month.
@ death_injury_driving | - | dialect
{wf} from {town}. Her boy was knocked off his moped on the valleys road by a fella doing over a hundred, the boy's
in hospital with a bleed on the brain. The fella's been charged with causing serious injury by dangerous driving.
Tidy family, they're lost with it all, she wants help with the hospital travel and the court.
@ death_injury_driving | - | multi
Bereaved mother. Her son ({yadult}) was the front-seat passenger when his friend lost control racing another car on
the bypass; her son died at the scene. The friend, who had been drinking, is charged with causing death by dangerous
driving. There are also unpaid parking fines in the son's name she is being chased for.
@ death_injury_driving | - | police
Causing death by driving - unlicensed/uninsured. DEC: cyclist M {mid}. SUSP: disqualified driver, failed to stop,
arrested next day at home addr. Veh recovered with front damage. NOK: wife. Referral for bereavement support.
@ death_injury_driving | - | dialect
My son age {teen} he is hit by car outside school, the driver drive very fast and talking on phone. My son break his
leg and the hip and he has operation two times. Police tell me the driver is charged for serious injury by careless
driving. I want to know what is happen now. (Caseworker: mum is {xf}, {lang} speaker.)
@ death_injury_driving | - | stt
the lady is the widow of a motor cyclist killed on the a road outside {town} by a lorry driver who fell asleep at
the wheel the lorry driver has been charged with causing death by careless driving trial is next spring she has not
been sleeping
@ death_injury_driving | - | police
Serious injury by dangerous driving. IP F {age}, pedestrian, #pelvis and #femur. SUSP M 19 seen racing another veh
on {street} at approx {time}hrs. Both vehs seized, dashcam obtained. IP still in hospital, husband is contact.
@ death_injury_driving | - | quote
V ({yadult}) in her own words: "He was showing off to his mates, doing doughnuts in the supermarket car park, and he
came straight at me. I've got a metal plate in my arm and I can't go back to work." Driver charged with causing
serious injury by dangerous driving.
@ death_injury_driving | - | dialect
Our kid got run over by a lad in a robbed car who was being chased by the bizzies. He's dead. The lad's been charged
with causing death by dangerous driving and aggravated taking. Me mam can't even talk about it, I'm doing all the
ringing round. Can someone help us with the inquest and that.
@ death_injury_driving | - | stt
caller's little girl age {kid} was killed when an elderly driver mounted the pavement outside the school gates the
driver has been charged with causing death by careless driving family are asking for help with the press they keep
knocking on the door
@ death_injury_driving | - | multi
V was the passenger in her own car; her boyfriend was driving drunk and hit a wall. She has a fractured spine and he
has been charged with causing serious injury by dangerous driving. She is clear there is no abuse in the
relationship, "it was just stupid", and they are still together. Wants help with PIP forms.
@ death_injury_driving | online | multi
Following the fatal collision on {date} in which V's husband was killed, the driver (charged with causing death by
dangerous driving) has family who have been posting abuse about V's husband on Facebook and sending V messages on
Messenger blaming him for the crash. Police aware of both.
@ death_injury_driving | - | police
4/4 Causing death by dangerous driving. HGV collided with stationary traffic on {street} slip road. DEC x1: F {mid},
driver of car. HGV driver interviewed, tachograph + phone seized, charged. NOK husband & 2 adult children.
@ death_injury_driving | - | quote
V's daughter explains: "The police officer said the van driver had been drinking since lunchtime and was three times
over. Dad was eighty-one and still walked the dog every day. He died right there on the pavement." Driver charged
with causing death by careless driving while over the limit.
@ death_injury_driving | - | dialect
Me dad were knocked off his bike on t'main road by a lass on her phone, he's in a wheelchair now and he were always
that active. She's been charged wi' causing serious injury by careless driving. Me mam's doing her nut wi' all the
forms, can somebody come round.
@ death_injury_driving | - | stt
young man age {yadult} lost his leg after a car hit him while he was waiting at the bus stop police say the driver
was speeding through the town centre at 70 and has been charged with causing serious injury by dangerous driving his
girlfriend is calling on his behalf
@ death_injury_driving | - | police
Fatal RTC. DEC: M {kid} yrs, pedal cyclist. SUSP: driver of {car}, left scene, later handed himself in. Charged
causing death by careless driving + fail to stop. Parents are referral, FLO in place.
@ death_injury_driving | - | multi
Couple were hit head-on on the coast road by a driver overtaking on a blind bend. The wife died; the husband {vm}
({old}) has a brain injury. The driver is charged with causing death by dangerous driving and causing serious injury
by dangerous driving. Son is main contact.
@ death_injury_driving | - | dialect
{xm} is delivery rider, he was on scooter and a taxi driver turn across him without looking. He break his spine and
cannot work now. Police say driver charged with causing serious injury by careless driving. He worry about money for
his family, he send money home every month.
@ death_injury_driving | - | quote
Mother, self-referral. "My son was sixteen. The man was doing a hundred and ten on the dual carriageway in a
borrowed car. The police called it causing death by dangerous driving and I said, no, he killed my son." Trial due
in {month}.
"""

BLOCK_03_SEXUAL = """
@ sexual_offences | - | stt
caller was raped by a man she had met that night in {pub} he walked her home to {street} and forced his way in after
she said no she has been to the sarc and the police have a name for him she does not want to go back to the flat
@ sexual_offences | domestic_abuse | police
SO - Rape (s1 SOA 2003). VIC F {yadult}. SUSP: ex-partner of 3 yrs. Occurred at VIC home addr after SUSP attended
uninvited at approx {time}hrs. ABE complete, SOIT PC {pc}. ISVA referral made. DASH: high, MARAC referral made.
@ sexual_offences | domestic_abuse | quote
Caseworker note. V is {age}; the suspect is her husband of twelve years. She said: "I was asleep. I woke up and he
was on top of me. I'd told him no earlier that night, I'd told him I was poorly. He said a wife doesn't say no." She
has moved to her sister's with the children.
@ sexual_offences | child_sexual_abuse_exploitation | stt
school safeguarding lead rang about a year 9 girl age {teen} who has been getting picked up by older men in cars
after school they give her vodka and weed and she has been made to have sex with them police are treating it as
child sexual exploitation and she is missing from home again tonight
@ sexual_offences | online;child_sexual_abuse_exploitation | police
CSE / online grooming. VIC: M {teen}. SUSP: adult male posing as 15yo girl on {app}. Sent VIC sexual images and
persuaded him to send images back, then arranged to meet. Devices seized. Parents are referral, VIC consents.
@ sexual_offences | child_sexual_abuse_exploitation | multi
Adult survivor, now {mid}, disclosed sexual abuse by her swimming coach from the age of 9 until 13. She reported to
police this year after seeing him on local news. Suspect interviewed under caution, RUI. She wants counselling and
to understand how long it will take.
@ sexual_offences | modern_slavery | police
Trafficking for sexual exploitation. VIC F 22, Romanian national, brought to UK with promise of work in a hotel,
then forced to sell sex from flats across {town}. ID docs held by controllers, debt bondage. Recovered in warrant.
NRM referral submitted. Interpreter: {lang}.
@ sexual_offences | online;modern_slavery | multi
Multi-agency referral. {xf} ({yadult}) was recruited through a job advert on {app}, brought to {town} and made to
see men in short-let flats; her controllers posted adverts of her on an adult services website and kept all the
money and her passport. She has been in a safe house for two weeks and is in the NRM.
@ sexual_offences | - | stt
a man exposed himself to the caller on the tow path by the canal side this morning while she was out running he
didnt touch her or say anything but she is really shaken and doesnt want to run there again
@ sexual_offences | - | quote
V ({yadult}, student) said: "I found a tiny camera behind the bathroom extractor fan. The landlord lets himself in
to 'check the boiler' every week. I don't know how long it's been there." Landlord arrested for voyeurism; V has
nowhere else to live in term time.
@ sexual_offences | - | multi
V was on the escalator at {town} station when a man was seen filming up her skirt with his phone; a passenger
stopped him and BTP arrested for voyeurism (upskirting). The footage was on the phone only, nothing was shared or
uploaded. V is embarrassed and wants to know if she has to go to court.
@ sexual_offences | - | dialect
{vf} was groped on the 41 bus coming home from work, fella sat next to her and put his hand up her skirt and she
froze. Says she feels proper daft for not shouting. Police have the bus CCTV. She's not been on a bus since, taxis
are costing her a fortune, bless her.
@ sexual_offences | domestic_abuse | stt
she says her partner {sm} makes her have sex when he comes in drunk even when she says no and cries he controls all
the money and says she will be on the streets with nothing if she leaves the police have been told about the rapes
this week and he has been arrested
@ sexual_offences | domestic_abuse;child_sexual_abuse_exploitation;honour_based_abuse | multi
Referral via Forced Marriage Unit. {af} (now 20) was taken abroad at 17 and married to a cousin against her will.
She describes her husband raping her repeatedly after the wedding, from when she was still 17. Her parents told her
a divorce would bring shame on the family. She is now back in the UK and staying at a refuge.
@ sexual_offences | - | police
SA by penetration. VIC M {age}. SUSP: unknown male, occurred in toilets of {pub}, {town}, approx {time}hrs. VIC
believes drink spiked. CCTV requested, SARC attended. No relationship between VIC and SUSP.
@ sexual_offences | - | dialect
She went back to some lad's after a night in town and woke up with her kecks off, doesn't remember owt after the
second bar, thinks she was spiked. The bizzies took her to the SARC. She's absolutely mortified and won't tell her
mam, she wants someone to talk to that's not family.
@ sexual_offences | - | dialect
The man from agency who give me the job, he touch me on my breast and between my legs in the car when he drive me
home, and he say if I tell anybody he stop the work. I am {age}. I have my passport and my own room, but I need this
job. (Caseworker: V {xf}, reported to police yesterday.)
@ sexual_offences | knife_sharp_instrument | police
Rape - stranger. VIC F {age}. Attacked on footpath behind {street} at approx {time}hrs, SUSP held knife to her
throat throughout. SUSP u/k male, desc circulated. Forensic strategy in place, ISVA allocated.
@ sexual_offences | - | multi
Multiple offences, one suspect. V (F {age}) was walking through {town} park when a man pushed her to the ground,
sexually assaulted her and then took her handbag and phone as he left. No weapon seen. She has grazes on her knees
and hands. Suspect not yet identified.
@ sexual_offences | online;child_sexual_abuse_exploitation | stt
mum rang her daughter {vf} is {teen} and was raped by a 17 year old boy at a house party and now a video of it has
been shared round on snap chat the school knows police have seized phones mum says {vf} wont go to school
@ sexual_offences | domestic_abuse;child_sexual_abuse_exploitation | quote
{vf} is 17. Her boyfriend is 19. She told the school nurse: "He says if I loved him I'd do it. Last weekend I said
no and he did it anyway, he held my wrists down. He checks my phone all the time." Police informed, she has agreed
to talk to an ISVA.
@ sexual_offences | online;child_sexual_abuse_exploitation | police
Sexual communication with a child (s15A). VIC F {teen}. SUSP M 41 sent VIC sexually explicit messages and asked for
photos via {app} over 6 wks. SUSP arrested, devices seized. VIC and mum want support.
@ sexual_offences | - | multi
Care home safeguarding. A care worker has been arrested for sexually assaulting a resident, {vm2}'s mother ({old}),
who has dementia. Another worker walked in on it. The family are the referral. The care home has also been told off
by CQC about staffing, which the family want to raise separately.
@ sexual_offences | child_sexual_abuse_exploitation | multi
V ({age}) disclosed that her older brother sexually abused her from age 8 until she was 14; he was four years older.
She has not spoken to her family in years. Reported now because her niece is living with him. Police have taken a
first account. No current contact with the brother.
@ sexual_offences | domestic_abuse;child_sexual_abuse_exploitation | police
VIC F 16. SUSP: stepfather (lives at same addr). Disclosed to teacher sexual assault by SUSP on multiple occasions
since she turned 16 this spring; also says he hits her mum. SUSP arrested, bailed to live elsewhere. Strategy mtg
held.
@ sexual_offences | online | stt
caller got sent a picture of a mans private parts on instagram from someone she doesnt know then he kept sending
more and messaging about what he wanted to do to her she is 32 she reported it as cyber flashing to the police
@ sexual_offences | - | quote
Sex worker, self-referral. "He paid, then he wouldn't stop when I told him to, he held me down and hurt me. People
think because of my job it doesn't count. It counts." Reported as rape; suspect identified from his car.
@ sexual_offences | - | dialect
Student {wf} from the uni says her lecturer kissed her and grabbed her bum in his office after a tutorial, then said
keep it between us like. She's reported it to the police and the uni. Mortified she is, and worried about her marks
now, she's only got a term left.
@ sexual_offences | child_sexual_abuse_exploitation | police
CSA - non-recent. VIC now M {mid}. Abused by scout leader aged 11-13 (1980s). SUSP now 78, identified, interviewed.
CPS file submitted. VIC requests ISVA + counselling. No other family involvement.
@ sexual_offences | child_sexual_abuse_exploitation;honour_based_abuse | multi
{af}, 15, told her teacher her uncle had sexually abused her at a family wedding. When she told her parents, her
father threatened to throw her out and said she had brought shame on the family's honour by speaking about it, and
relatives have been told to keep her in the house. Police and social care involved.
@ sexual_offences | - | stt
lady age {old} was sexually assaulted in her own home by a man who said he was from the water board he touched her
chest and tried to kiss her before she pushed him out the door she lives on her own and her son is ringing for her
@ sexual_offences | - | multi
V reports that while on a night out she was kissed and touched between her legs by a man in a nightclub queue
despite pushing him away. Door staff detained him. He also called her names, which police have recorded alongside.
She has no injuries. No relationship to the suspect.
@ sexual_offences | domestic_abuse;knife_sharp_instrument | quote
Refuge referral. "He got the knife out of the drawer and put it on the bedside table and said I knew what would
happen if I didn't. So I did what he wanted. He did that for two years." Suspect is V's former husband; reported to
police this month, she is in a refuge in {town}.
@ sexual_offences | - | police
Exposure. VIC F {age} (bus driver). SUSP M exposed himself and masturbated at rear of bus, {time}hrs, route via
{street}. SUSP detained by police at next stop. VIC off work since.
@ sexual_offences | online;child_sexual_abuse_exploitation | dialect
Mam says her lad ({teen}) was talking to a fella on a game chat and then on {app}, and the fella got him to do
things on camera. Lad's proper ashamed, locked himself in his room. Police have took the Xbox and the phone. Mam's
beside herself she never knew.
@ sexual_offences | - | multi
V is now 19 and reports she was sexually assaulted by her manager at a works party in {month} last year, when she
was 18. She has left the job. She has no other safeguarding concerns and no relationship with the manager outside
work.
@ sexual_offences | modern_slavery | dialect
Client speak through interpreter: I come for work in a restaurant, but the man say I owe him £8,000 for the travel.
He lock me in a house with other girls and bring men every night. I cannot go out, he have my passport. Police find
us last week. (Caseworker: V {xf}, NRM done, rape and trafficking being investigated.)
@ sexual_offences | domestic_abuse | dialect
Spoke to {wf}. Her husband forces himself on her and she reckons that's rape now, she's been reading about it. He's
never hit her she says but he won't take no. She rang 999 last night after he did it again and they arrested him.
She's staying with her mam in {town} now in a minute while they sort it.
@ sexual_offences | child_sexual_abuse_exploitation | stt
referral from children's services for a girl age {kid} who told her foster carer that a man at her birth mums house
used to touch her in her private parts the police have done an interview and the man has been arrested
@ sexual_offences | - | police
Sexual assault (s3). VIC F {yadult}, student. SUSP M known to VIC through friends, not a partner, denies any
relationship. Touched VIC's breasts while she was asleep at a house party. SUSP interviewed, RUI.
@ sexual_offences | online | quote
V ({age}) explains: "I met him on {dating} and we talked for a month. When I went to his flat he locked the door and
forced me. Afterwards he messaged me on the app saying no one would believe me and he'd send my pictures to my mum."
Rape reported; suspect arrested.
"""

BLOCK_04_ROBBERY = """
@ robbery | - | stt
caller was walking home down {street} about 11 at night when two lads come up behind him one grabbed him round the
neck and the other went through his pockets and took his wallet and {phone} he wasn't hurt just winded and shook up
@ robbery | knife_sharp_instrument | police
Robbery - personal. VIC M {teen}. 3 x SUSP (youths, faces covered) approached VIC at bus stop {street}, one produced
a kitchen knife and demanded phone + AirPods. Property handed over. No injuries. CCTV trawl ongoing.
@ robbery | knife_sharp_instrument | quote
V ({age}), shop assistant at {shop}: "He came to the counter with a knife, a big one, and told me to open the till.
I just kept thinking about my kids. He took about {amt} and ran." Business robbery; V has not gone back to work.
@ robbery | - | dialect
{vm} from {town} got jumped coming out the cashpoint on the high street, fella shoved him against the wall and
yanked his wallet out his hand, had his card and about {amtsmall} cash. He's not hurt like but he's seventy-odd and
proper shook, his daughter's ringing for him.
@ robbery | - | multi
V (F {old}) had her handbag pulled off her shoulder on {street}; she held on, was dragged to the ground and broke
her wrist, and the suspect ran off with the bag. Police recording as robbery. She lives alone and is frightened to
go to the shops.
@ robbery | online | police
Robbery - Marketplace meet. VIC M {yadult} advertised {phone} on {market}, SUSP arranged via app to view at
{street}. On meeting SUSP punched VIC in face and ran off with phone. VIC bruising to cheek. SUSP account now
deleted.
@ robbery | - | stt
a delivery driver was parked on {street} when a man pulled open the van door pushed him back into the seat and took
three parcels and the drivers phone the driver is from an agency and wants to know if he will get in trouble
@ robbery | knife_sharp_instrument | dialect
Our lad got robbed outside the chicken shop, three of 'em, one had his hand in his jacket and said he had a blade
and he'd shank him if he didn't give his phone, and our lad believed him, proper scared. Gave 'em his phone and his
trainers. Nobody actually seen a knife.
@ robbery | - | multi
V ({yadult}) had his bike chain and wallet taken by two youths who shoved him off the bench at the skate park. As
they walked away one shouted from across the road that they'd come back and stab him if he told anyone. No blade was
seen at any point. V is not injured.
@ robbery | domestic_abuse | quote
{vf} ({age}) said: "He grabbed my arm and twisted it till I let go of my purse, then took my bank card and the rent
money out of it. He's my ex, he does this whenever he's skint." Ex-partner arrested for robbery; DASH medium.
@ robbery | hate_crime | police
Robbery - hate crime (disability). VIC M {age}, uses wheelchair, learning disability. 2 x SUSP mocked VIC's
disability, tipped him out of his chair and took his wallet and phone. Grazes to hands. Recorded as disability hate
crime.
@ robbery | - | stt
caller works at the bookies on {street} two men came in with their faces covered one vaulted the counter and pushed
her out of the way and took the cash drawer about {amt} she hurt her back when she fell against the safe
@ robbery | knife_sharp_instrument | multi
Carjacking. V (F {mid}) was sitting in her {car} at traffic lights in {town} when a man opened the driver's door,
showed her a Stanley knife, told her to get out, and drove off in the car with her handbag inside. V not injured.
@ robbery | - | dialect
I am working in the takeaway when two men come in, one hold me by my shirt and push me on the wall, other one take
the money from the till and my phone from the counter. They say nothing. I am not hurt but I am scared to work at
night now. (Caseworker: V {xm}, reported same night.)
@ robbery | - | police
Robbery of personal property. VIC F {teen}. SUSP F x2 approx 16-17, known to VIC from school. Pulled VIC's hair and
took her {phone} and jacket. Minor redness. No weapons. Parents requesting support for VIC.
@ robbery | knife_sharp_instrument | stt
the man was at the cash point at the petrol station and a guy come up with a machete and told him to take out 300
pounds he did and the guy ran off towards the estate the man has not been out since he lives on his own
@ robbery | - | multi
V (M {age}) was punched to the ground by a stranger who then took his watch and {amtsmall} in cash; he has a
fractured cheekbone. Police have recorded robbery; the assault forms part of it. Suspect also shouted abuse at a
passer-by who tried to help. No relationship between V and suspect.
@ robbery | - | quote
V ({old}) told us: "He rang the bell and when I opened it he shoved me back into the hall and grabbed my handbag off
the hook. I hit my head on the radiator. He was gone in seconds." Police treating as robbery; V stayed at her
daughter's for a week.
@ robbery | online | multi
V met a buyer for his watch through {market}; the buyer messaged him to meet in a car park. When V got out the
watch, the buyer and another man pinned him against the car and took it, plus his wallet. V not injured. Police have
the messages from the app.
@ robbery | hate_crime | dialect
{am} was coming home from the mosque on {street} when a group of lads started calling him names about being a
Muslim, pulled at his clothes and took his phone off him. He's not hurt but he's not going to the evening prayers
now. Police are calling it a hate crime robbery.
@ robbery | - | police
Robbery - business. {shop}, {town}. 2 x SUSP entered {time}hrs, one threatened staff with a hammer, other took
cigarettes + till cash approx {amt}. VIC: staff member F {yadult}, not injured, very distressed. No knives seen.
@ robbery | - | stt
the caller was on his moped doing deliveries when another moped pulled alongside and a lad kicked him off and rode
away with his bike and the food bag he has cuts to his arm and his wrist might be broken
@ robbery | knife_sharp_instrument | quote
V ({yadult}) in his own words: "They said give us the bag and I said no, and one of them cut my hand with a knife
when I tried to hold on. I've had stitches. It was my work laptop in the bag." Robbery with injury; V's employer has
been supportive.
@ robbery | - | multi
V ({age}) says the man grabbed her phone and she held onto it; he yanked it so hard she fell onto the road and then
he ran. Police have recorded robbery. She has bruised knees.
@ robbery | domestic_abuse | police
Robbery. VIC M {mid}. SUSP: VIC's son (22). Pinned VIC against fridge and took {amt} cash and VIC's bank card to buy
drugs. VIC reluctant to support prosecution. Previous DA incidents by son recorded x4.
@ robbery | - | dialect
Yow know that cashpoint by the market, {vf} was stood there and this fella grabbed her arm and twisted it right back
and took the money out the machine and her card. Bostin' police were there in minutes but they never got him. She's
ok, bit of bruising, just shook.
@ robbery | - | stt
{vm} age {teen} was robbed of his coat and trainers by older boys at the park they held him down on the grass and
took them off him he walked home in his socks mum says its not the first time at that park
@ robbery | modern_slavery | multi
V (M, Vietnamese national, {yadult}) was found by police after fleeing a house where he had been made to work for no
pay tending plants. Separately, on the night he escaped, he was stopped by two men who beat him and took the little
cash he had. NRM referral made. He has cuts to his face. Robbery recorded alongside the slavery.
"""

BLOCK_05_VWI = """
@ violence_with_injury | domestic_abuse | stt
caller says there partner {sm} came home drunk on {day} and punched her in the face and split her lip then kicked
her when she was on the floor she has bruising to her ribs police arrested him for actual body harm and he is on
bail not to contact her
@ violence_with_injury | - | stt
the man was attacked outside {pub} in {town} by a group of lads he has a fractured eye socket and they are saying
grievous bodily arm section 20 he does not know any of them it was just because he looked at them apparently
@ violence_with_injury | domestic_abuse;knife_sharp_instrument | police
s18 GBH - DA. VIC F {age}. SUSP: husband. Stabbed VIC x2 in upper arm with kitchen knife during argument re
finances. VIC surgery, discharged. SUSP charged & remanded. DASH: high. MARAC {date}. IDVA allocated.
@ violence_with_injury | knife_sharp_instrument | police
Wounding s20. VIC M {yadult}. Slashed across forearm with a blade outside takeaway on {street} at approx {time}hrs.
SUSP u/k, believed rival group. VIC not cooperating fully. Mother requested VS contact.
@ violence_with_injury | knife_sharp_instrument | multi
Glassing. V ({age}) was hit in the face with a pint glass that broke on impact at {pub}; she needed fourteen
stitches and may have a scar. The suspect is a woman she did not know. Door staff detained the suspect. V is a
hairdresser and worried about going back to work with the scar.
@ violence_with_injury | hate_crime | quote
V ({mid}) said: "He shouted go back to your own country and then he punched me in the mouth. My tooth came out. My
daughter was with me, she is seven, she saw everything." Racially aggravated ABH recorded. Suspect arrested.
@ violence_with_injury | hate_crime | dialect
Spoke to {vm}, he was walking home holding his boyfriend's hand through {town} when three lads started with the
names, you know the sort, then one of them nutted him. Broken nose and a black eye. Police are calling it a
homophobic hate crime. He says he's not scared but he is, you can tell.
@ violence_with_injury | domestic_abuse | dialect
{wf}'s husband has been knocking her about for years she says, but last night he went too far, pushed her down the
stairs and she's broke her ankle. Her sister rang 999. He's been arrested. She wants to go to her mam's in {town}
but doesn't drive, see.
@ violence_with_injury | - | police
ABH s47. VIC M {age}, taxi driver. SUSP passenger refused fare, punched VIC x3 through driver window. Bruising + cut
above eye. SUSP identified via app booking. No relationship. VIC off work.
@ violence_with_injury | - | stt
nurse at {town} general was headbutted by a patient in a&e she has a cut on her nose and concussion police have
charged the patient with assault with injury on an emergency worker she is back at work but anxious
@ violence_with_injury | domestic_abuse | quote
{vf} ({age}) described the incident: "He put his hands round my neck and squeezed until I saw spots. I had finger
marks on my neck for days. He's done it before but never that hard." Partner charged with non-fatal strangulation
and ABH; DASH high; referred to MARAC.
@ violence_with_injury | domestic_abuse | police
ABH - DA (APVA). VIC F {mid}. SUSP: son, 17 yrs, lives with VIC. Pushed VIC into door frame causing cut to head
requiring glue. History of son damaging property. YOT involved. VIC does not want son charged.
@ violence_with_injury | - | multi
V ({mid}) was punched in the face by her 14-year-old son during an argument about his games console and has a
swollen eye. Because the son is under 16 this is being handled through children's services (child to parent
violence) as well as police. V wants parenting support and help for herself.
@ violence_with_injury | honour_based_abuse;domestic_abuse | police
HBA. VIC F {yadult}. SUSPs: father + 2 brothers. VIC assaulted at family home after family discovered relationship
with a man from outside the community; bruising to face and arms, hair cut off. Family said she dishonoured them.
VIC in emergency accommodation. FMU advised.
@ violence_with_injury | honour_based_abuse | multi
FGM. Teacher referral: {af} ({kid}) returned from a summer visit abroad and disclosed that she had been "cut" by a
woman while her aunt held her down. School nurse concerned. Police and social care strategy meeting held; FGM
protection order sought for her younger sister. Mum is the referral.
@ violence_with_injury | modern_slavery | police
MS / forced labour. VIC M {age} ({xm}). Worked at car wash 7 days/wk for food only, slept on site, passport held by
boss. Beaten with a pipe when he asked for wages - #arm. NRM referral made, VIC in safe house.
@ violence_with_injury | - | stt
caller was hit over the head with a bottle by a man at the bus station in {town} and needed stitches the police say
it's wounding the man was drunk and they had never met before caller is a student from abroad
@ violence_with_injury | knife_sharp_instrument | dialect
Our {vm} got stabbed in the leg on the estate last Friday, lads on bikes, he's had an operation. Police are saying
section 18 wounding. He won't say who it was, says snitches get stitches. I'm his nan and I'm worried sick, he's
only {teen}.
@ violence_with_injury | - | quote
V ({old}) said: "I asked them to stop kicking the football at my window and one of them pushed me over. I broke my
hip. I've been in hospital three weeks." Suspect aged 15, arrested. V's son is her main carer now.
@ violence_with_injury | domestic_abuse;hate_crime | multi
V ({yadult}) is a trans woman. Her brother attacked her at their mother's house, kicking her and calling her names
about being trans; she has a broken finger and bruising. Police have recorded ABH with transphobic hostility. V has
moved in with a friend.
@ violence_with_injury | - | police
Attempted murder. VIC M {mid}. SUSP: business associate, deliberately drove {car} at VIC in yard, VIC thrown onto
bonnet: #tib/fib, head injury. Not being treated as a driving offence. SUSP charged. No relationship other than
work.
@ violence_with_injury | - | multi
Burglary and assault. V ({old}) woke to find a burglar in his bedroom; when he sat up the burglar punched him twice
in the face, breaking his glasses and cutting his cheek, before running off with a laptop. Police are investigating
the burglary and the assault.
@ violence_with_injury | domestic_abuse | dialect
Mam rang about her daughter {vf}, the boyfriend's been giving her hidings for months, last night she come round with
a black eye and a burst lip and they went up the police together. He's been arrested. Mam wants her to get help
before he talks her round again like last time.
@ violence_with_injury | - | dialect
I am working in nail bar, one customer say my work is bad and she throw the bottle of acetone at me, then she hit me
with her bag, the buckle cut my face. Police came. My boss say is not big thing. I want to know my rights.
(Caseworker: V {xf}, visible cut under eye.)
@ violence_with_injury | knife_sharp_instrument | stt
young lad age {teen} was stabbed in the back at the fair on the green by another boy over a girl he is out of
hospital now the boy has been arrested for wounding with intent mum is ringing she wants him to have counselling
@ violence_with_injury | hate_crime | police
Racially aggravated ABH. VIC M {age} ({am}), shopkeeper. SUSP entered shop, racially abused VIC and struck him with
a can of beer causing cut to forehead. SUSP known, arrested. VIC wants target hardening + support.
@ violence_with_injury | domestic_abuse | multi
Course of abuse. {vf} describes a three-year relationship in which {sm} controlled her phone and money, isolated her
from friends and followed her to work. On {date} he threw a mug at her head, cutting her scalp, and she called
police. He is charged with ABH and controlling behaviour.
@ violence_with_injury | - | stt
the caller was in a fight at the football he says he was defending himself and got kicked in the head he has a bleed
on the brain and was in for a week the police have arrested two men he is worried he might be charged as well
@ violence_with_injury | - | quote
V (bus driver, {mid}) said: "He didn't want to pay, I said fine, off you get, and he reached through the screen and
punched me. I've got a fractured cheekbone." Suspect arrested on the bus. V has been signed off by occupational
health.
@ violence_with_injury | domestic_abuse | police
Assault occ ABH. VIC M {age}. SUSP: wife. Struck VIC with a frying pan causing laceration to head, 5 stitches. VIC
reports ongoing verbal and physical abuse by SUSP for 2 yrs, reluctant to engage as "men don't get abused".
@ violence_with_injury | - | multi
V ({yadult}) was assaulted by her flatmate, who she shares a rented house with through an agency; they are not and
never have been in a relationship and are not related. The flatmate punched her in the stomach and pulled out hair
during a row over the bills. She has bruising and a bald patch.
@ violence_with_injury | domestic_abuse | dialect
{vf} - proper mardy old fella, her dad, 80 odd - he's been lashing out since the dementia, and yesterday he clawed
her arm so bad it needed dressing at the walk-in. She's his carer. Police came 'cos the neighbour rang. She don't
want him arrested, just help.
@ violence_with_injury | modern_slavery | multi
Domestic servitude. {xf} was brought to the UK by a family who promised her a nanny job. For two years she worked
from 6am to midnight, was not paid, was not allowed out alone and her passport was kept. When she asked to leave the
mother burned her arm with an iron. Police and NRM involved; she is in a safe house.
@ violence_with_injury | hate_crime | stt
the caller has a learning disability and lives on his own on {street} some youths from the estate call him names
about his disability and yesterday they threw eggs and then a stone that cut his head open he needed glue the police
are treating it as disability hate crime
@ violence_with_injury | - | police
s20 GBH. VIC M {age}, door supervisor at {pub}. SUSP refused entry, returned and punched VIC, who fell and fractured
skull. SUSP arrested at scene. VIC in hospital, partner {vf} is contact.
@ violence_with_injury | knife_sharp_instrument;domestic_abuse | quote
{vf} ({age}) told police: "He cut me with a broken bottle across my arm because I said I was going out with my
sister. He said now nobody will want to look at me." Partner charged with wounding; she needs help with a move away
from {town}.
@ violence_with_injury | honour_based_abuse;domestic_abuse | dialect
{af} say her husband and his mother beat her with a belt because she speak with a man in the shop and they say she
make shame for the family name. She have marks on her back and legs. She is scared they send her back to the
village. Police have photos. (Needs {lang} interpreter, female.)
@ violence_with_injury | - | stt
the victim was hit by a car door that a man opened on purpose when he was cycling past after they had words at the
lights he has a broken collarbone police are treating it as assault occasioning actual bodily harm not a driving
offence
@ violence_with_injury | - | multi
Threats and then injury. V ({age}) was repeatedly threatened by her neighbour over a parking space for weeks
(reported, no action). On {date} the neighbour hit her with a walking stick, bruising her forearm. Police have
recorded ABH. No relationship between them beyond being neighbours.
@ violence_with_injury | hate_crime | quote
V ({yadult}, wears a hijab) said: "She pulled my scarf off and scratched my face and neck with her nails while she
was screaming about Muslims. I was bleeding. People just watched." Religiously aggravated assault with injury.
@ violence_with_injury | domestic_abuse | stt
caller is a man age {old} his grandson who lives with him has been hitting him when he wont give him money he has a
black eye and a cut lip the grandson is 23 police took him away last night caller doesnt want him in trouble
@ violence_with_injury | - | police
GBH. VIC F {yadult}. Assaulted in nightclub toilets by 2 x F SUSPs (strangers) - stamped on head, #jaw. SUSPs left
before police arrival, ID'd via CCTV. No weapons. VIC wants to move uni halls.
@ violence_with_injury | knife_sharp_instrument | multi
Fight at a house party. V ({yadult}) says he did not know the man who came at him with a broken bottle, cutting his
neck; he needed surgery. Several others were involved in a wider brawl on the street after. Police are dealing with
the wounding; V is the referral.
@ violence_with_injury | domestic_abuse | quote
V ({age}) said about her sister: "We've always fought but she's never done that. She bit my arm so hard it bled and
then threw me into the wardrobe." Both sisters are adults and live together. V wants it on record but does not want
a prosecution.
@ violence_with_injury | - | dialect
Me mate {vm} got battered coming home from the rugby club, proper battered like, two broken ribs and his face is a
mess, lads from the next village having a pop. Police have took statements. He's tamping about it and wants to know
if he can get compo.
@ violence_with_injury | modern_slavery | stt
referral from the salvation army worker for a man who was made to work on a farm near {town} for no money he was
kept in a caravan and they took his documents when he said he wanted to go home the boss hit him with a spade and
broke his fingers he is in the nrm now
@ violence_with_injury | - | police
Assault on emergency worker (injury). VIC F {age}, paramedic. SUSP patient, kicked VIC in face during treatment,
#nose. SUSP charged. VIC on restricted duties. No further concerns.
@ violence_with_injury | domestic_abuse | multi
Ex-partner. {vf} split from {sm} in {month}. Since then he has sent dozens of texts and turned up at her work. On
{date} he waited outside her house and punched her in the face as she got out of her car, breaking her nose. He is
charged with GBH and stalking. She has two children under five.
@ violence_with_injury | - | stt
caller was at the petrol station and a man in the queue started shouting at her for taking too long and grabbed her
arm so hard he has left bruises and a cut from his ring she does not know him police have cctv
@ violence_with_injury | hate_crime;domestic_abuse | police
ABH - DA - hate (sexual orientation). VIC M {yadult}. SUSP: VIC's father. Assaulted VIC after he came out as gay,
punched him repeatedly, calling him homophobic names. Bruising to face and torso. VIC now sofa-surfing.
@ violence_with_injury | - | quote
V ({teen}, year 10) said: "They were filming it and laughing. One kicked me in the head when I was on the ground."
Someone filmed it on their phone; police have seized it. Broken tooth and concussion. Parents want support for him
and want the school involved. Suspects are also 14-15.
@ violence_with_injury | - | dialect
Right, so {vm} were in t'pub and this gadgie's decided he's looking at his lass, and he's come over and glassed him
wi' his pint pot. Except it never broke, just bust his eyebrow open. Seven stitches. Bizzies have got him on camera.
{vm} reckons he's fine but his lass is right shook.
@ violence_with_injury | knife_sharp_instrument | police
Att murder. VIC M {age}. Stabbed x4 in chest/abdomen in street outside home addr by 2 x SUSP on moped. ICU, now
stable. Motive u/k, no known gang links. VIC partner and mother are referrals. Firearms not involved.
@ violence_with_injury | domestic_abuse | dialect
Lass from {town}, {vf}, her fella's not long out of jail and he's give her a right kicking again, she's got bruises
all up her legs and a cracked rib. She's said no before to the refuge but now she's saying yes. Needs a space with
two bairns, mind.
@ violence_with_injury | - | multi
V ({age}) was punched by a stranger on a train platform and has a cut lip and swollen cheek. She says the man
"looked like he might have a knife" but none was seen, shown or mentioned. British Transport Police are
investigating. No other concerns.
"""

BLOCK_06_VWOI = """
@ violence_without_injury | domestic_abuse | stt
caller says her husband pushed her against the kitchen wall and held her there by her shoulders shouting in her face
she has no injuries but was terrified the kids were upstairs police attended and he was arrested for common a salt
@ violence_without_injury | domestic_abuse | police
Threats to kill - DA. VIC F {age}. SUSP: ex-partner. Attended VIC addr {time}hrs, banged on door, shouted he would
kill her and her new partner. Left before police arrival. No injuries. DASH: high. Bail conds: not to enter
{street}.
@ violence_without_injury | domestic_abuse;online | quote
V ({yadult}) showed us the messages. "He sent me voice notes on WhatsApp saying he's going to kill me and then kill
himself, and that he knows where I'm staying. I believe him." Ex-partner arrested for threats to kill.
@ violence_without_injury | domestic_abuse | multi
{vf}'s ex {sm} rang her eleven times on {date} and in the last call said he would kill her. The contact was by phone
calls and ordinary text messages only; no social media or apps were involved. She believes the threat. He has been
charged with threats to kill.
@ violence_without_injury | domestic_abuse;knife_sharp_instrument | police
Common assault / threats - DA. VIC F {mid}. SUSP: husband. Held kitchen knife to VIC's throat during argument and
said "I could end it now". No injuries. SUSP arrested. DASH high, MARAC referral. Children (6, 9) present.
@ violence_without_injury | domestic_abuse | multi
V's ex texted that he was "going to get a knife and come round and finish her". He did not come round and no blade
was seen. Police have charged threats to kill. V is staying with her mother; DASH medium, IDVA offered.
@ violence_without_injury | - | stt
the health visitor is worried about a baby on {street} who is being left on his own in the flat while mum goes out
drinking police have been out twice and mum has been arrested for child neglect the baby is with nan now
@ violence_without_injury | - | police
Child cruelty / neglect. VIC: 3 children aged {kid}, 6, 2. Home conditions v poor, no food, children unwashed, dog
faeces on floor. Both parents arrested. Children in foster care. Referral for the eldest via social worker.
@ violence_without_injury | - | multi
Attempted child abduction. {vf}'s daughter ({kid}) was walking home from school on {street} when a man in a van
pulled up and tried to get her to get in, saying her mum had sent him. She ran to a neighbour's house. The man has
been identified. No sexual element disclosed. Family shaken.
@ violence_without_injury | modern_slavery | police
Modern slavery - forced labour. 6 x VICs (M, Romanian) found working at hand car wash, {town}. Sleeping in
container, wages withheld to pay "debts", IDs held by site manager. No injuries. NRM x6. This referral: {xm}.
@ violence_without_injury | modern_slavery | dialect
Client tell me: we work in the factory packing food, twelve hours, and the man take all our money for the house and
the transport, we get maybe £20 each week. He have all our ID card. If we complain he say he call immigration.
Nobody hit me. (Caseworker: V {xf}, {lang}. NRM referral accepted.)
@ violence_without_injury | modern_slavery | stt
referral from the school about a boy age {teen} who has been going missing and was found in {town} with drugs and
cash he was being made to sell drugs for an older group county lines they told him they would hurt his family if he
stopped police have done an nrm referral
@ violence_without_injury | - | quote
V (paramedic, {age}) said: "He spat in my face when I was trying to put a dressing on him. Then he tried to kick me
but I moved." No injury. Charged with assault on an emergency worker. V wants support because she's had Hep B tests
and is anxious waiting for results.
@ violence_without_injury | hate_crime | dialect
{af} was on the bus to {town} when a woman pulled at her hijab and tried to get it off, screaming at her. It didn't
come off and she's not hurt but she's shaking still. Police are treating it as religiously aggravated common
assault. She's asking for someone to go with her to court.
@ violence_without_injury | honour_based_abuse;domestic_abuse | multi
HBA / forced marriage. {af} ({yadult}) says her parents and uncle have told her she will marry a cousin in {month}
and that if she refuses "she will be killed to save the family's name". She believes them. Police have recorded
threats to kill; FMPO applied for. She is in a refuge.
@ violence_without_injury | - | stt
the caller works in the chemist on {street} a man threatened to kill her because she would not give him his
methadone early he said he would wait for her after work she has no injuries police have arrested him
@ violence_without_injury | - | police
Common assault. VIC M {age}, bus driver. SUSP poured drink over VIC and shoved him in chest after being refused
travel. No injuries. SUSP ID'd from bus CCTV. VIC wants it dealt with quickly.
@ violence_without_injury | domestic_abuse | dialect
Our {vf}, her fella grabbed her by the hair and dragged her out the car on the drive, the neighbours saw. No marks
she says, but she's not right. She's staying at mine now. He's been told to keep away. Me, I think she'll go back to
him, she always does.
@ violence_without_injury | domestic_abuse | quote
{vf} ({age}) said: "My dad shoved me so hard I fell onto the sofa, then he grabbed my face and squeezed it. He says
I'm a disgrace for moving out. No, I'm not hurt." V is an adult, living independently. Father arrested for common
assault.
@ violence_without_injury | online | police
Threats to kill. VIC M {yadult}. SUSP: u/k account on {app}, sent VIC messages incl. photo of VIC's house and
"you're dead, we know where your mum lives". Followed a dispute over a girl. VIC believes it. Enquiries with
platform.
@ violence_without_injury | - | multi
V ({age}) was shoved by a stranger outside the chip shop; no injury. She tells us her mum's ex-partner was violent
when she was a child and this has brought it all back. No current relationship or family connection to the suspect.
Common assault recorded.
@ violence_without_injury | knife_sharp_instrument | police
Assault (no injury) with bladed article. VIC M {age}, neighbour dispute. SUSP came to VIC's door holding a machete
and said he'd "chop him up". VIC shut door. No injuries. SUSP arrested at home addr, machete recovered.
@ violence_without_injury | domestic_abuse | stt
she rang because her brother who is 25 and lives with them threw a plate at her and it hit the wall next to her head
and then he grabbed her by the throat for a second no marks she says she has had enough of him
@ violence_without_injury | modern_slavery | quote
V ({xf}) explained: "I came to clean houses. The lady said I must pay back the flights so I worked every day and she
kept my money and my phone. I only went out with her. When I said I go home she laughed." NRM positive reasonable
grounds. No injuries reported.
@ violence_without_injury | - | dialect
{wm} was in the queue at the chippy and some fella started on him, grabbed his collar and shoved him into the
counter. Nothing broken, not a mark on him, but he's sixty-odd and proper shaken up. Police took a statement. He
wants to know if they'll bother to do anything.
@ violence_without_injury | - | stt
this is about a girl age {kid} whose dad hits her with a slipper and shuts her in her room without food for a day at
a time the school noticed she was hungry police are investigating child cruelty no injuries found on medical
@ violence_without_injury | honour_based_abuse;domestic_abuse | police
HBA - threats to kill. VIC F {yadult}. SUSPs: older brothers (x2). Threatened to kill VIC if she continues
relationship with {vm}, saying she has shamed the family. VIC believes them. No assault. VIC moved out of area. FMU
informed.
@ violence_without_injury | - | multi
Assault on security guard. V ({age}) works security at a retail park. A man he asked to leave pushed him in the
chest and tried to headbutt him but missed; no injuries. Another man at the scene was shouting abuse at shoppers.
Police have charged common assault. V wants help with a VPS.
@ violence_without_injury | online;domestic_abuse | dialect
{wf} showed me the Snapchats her ex is sending, saying he'll kill her and the new boyfriend and do time for it
gladly. She reckons he means it, mind, he's off his head on the gear. Police have seen them and they've gone for a
threats to kill.
@ violence_without_injury | - | police
Child abduction (s2). VIC F {kid}. SUSP: adult male, no relation, took VIC from play park and was found with her 2
hours later in his flat. VIC unharmed, no sexual offence disclosed at ABE. SUSP remanded. Parents are referral.
@ violence_without_injury | modern_slavery | multi
Cuckooing and criminal exploitation. {vm} ({age}), who has a learning disability, had his flat taken over by a drug
gang who made him hold and deliver drugs for them, took his benefits and would not let him leave. Police raided, NRM
referral made, and he has been moved. No injuries. Drugs offences also recorded against the gang.
@ violence_without_injury | domestic_abuse | quote
V ({mid}) said: "He didn't hit me this time. He slapped the phone out of my hand and pushed me back onto the bed and
stood over me. I'm used to it." Husband arrested for common assault. V has been to MARAC before.
@ violence_without_injury | hate_crime | police
Racially aggravated common assault. VIC M {age}, takeaway worker. SUSP threw drink over VIC, shoved him and used
racist language. No injuries. SUSP arrested. VIC wants target hardening for shop.
@ violence_without_injury | - | stt
the caller is a teacher who was pushed over by a year 11 pupil when she tried to stop a fight she wasn't hurt the
police have spoken to the boy and she wants to know what support there is
@ violence_without_injury | domestic_abuse;honour_based_abuse | quote
{af} (16) told her school counsellor: "Dad says if I don't agree to the nikah in the summer I'm not his daughter and
he'll kill me, and he's said it to my brothers too. Mum says it's about the family's izzat." Police recorded threats
to kill; FM protection order granted. She is in foster care.
@ violence_without_injury | - | dialect
I am delivery driver, man open the door and he is angry the food is late, he push me down the steps and say he will
kill me if I come back. I am not hurt. I believe him, he is very big man. (Caseworker: V {xm}.)
@ violence_without_injury | - | multi
V ({age}) was slapped across the face by a customer at the betting shop where she works; no injury. She says she is
"scared he will come back and stab her" as he has been barred. No knife was seen or mentioned by him. Common assault
recorded.
@ violence_without_injury | domestic_abuse | police
Common assault - DA. VIC M {yadult}. SUSP: girlfriend. Slapped and scratched VIC during argument, no visible injury.
VIC says he does not feel at risk but wants the incident recorded. DASH: standard.
@ violence_without_injury | modern_slavery;online | police
MS - forced labour (online recruitment). VIC M {age}. Recruited via {app} advert for warehouse work, then held in
HMO with 9 others, worked 14 hrs/day with no pay, bank account controlled by gangmaster. No injuries. NRM done.
@ violence_without_injury | - | stt
caller wants support for her mum age {old} who was pushed over in the supermarket by a man in a rush she wasn't hurt
but she's lost her confidence police say it's a common assault and he was identified on the cameras
@ violence_without_injury | domestic_abuse | dialect
Mam ({wf}) says her son who's 19 keeps squaring up to her and last night he grabbed her by the arms and shook her
cos she wouldn't give him money for weed. Not a mark, she says, but she locked herself in the bathroom. Police came.
@ violence_without_injury | - | police
Threats to kill. VIC F {age}, landlady. SUSP: tenant being evicted, said he would kill her and burn the house down.
VIC believes threat. No relationship other than landlord/tenant. SUSP charged.
@ violence_without_injury | hate_crime;online | quote
V ({mid}) said: "Someone in a local Facebook group posted my address and wrote that the Pakistani in number {num}
should be shot and he'd do it himself. My kids are scared to go out." Threats to kill, racially aggravated; police
investigating the account.
@ violence_without_injury | - | multi
V ({yadult}) was shoved against a wall by a man at a party who she says is "just someone from college, not a
boyfriend, nothing like that". No injury. She does not want a prosecution but wants someone to talk to about feeling
unsafe at college. Common assault recorded.
@ violence_without_injury | modern_slavery | dialect
A man from my town bring me to UK for job in restaurant kitchen. I work from 10 in the morning to 2 in the night and
he give me no money, he say is for the visa. He tell me if I go to police they put me in prison. I sleep on the
floor in the store room. (Caseworker: V {xm}, police referral, NRM in progress.)
"""

BLOCK_07_STALKING = """
@ stalking_harassment | domestic_abuse | stt
her ex boyfriend {sm} keeps turning up outside her work and her mums house and he sits in his car on {street} and
watches her he new where she lived even after she moved the police have given him a stalking protection order but he
is still doing it
@ stalking_harassment | domestic_abuse | police
Controlling/coercive behaviour (s76). VIC F {age}. SUSP: husband. Controls all finances, VIC given £20/wk, not
allowed to see friends or family, phone checked daily, tracked via location sharing. No physical violence disclosed.
DASH: high. IDVA allocated.
@ stalking_harassment | online | quote
V ({yadult}) said: "Someone keeps making fake {app} accounts with my photos and messaging my friends saying I'm a
slag and a thief. Every time I block one there's another. I think it's a girl from my old work." Malicious
communications/harassment under investigation.
@ stalking_harassment | - | stt
the caller is being harassed by her neighbour who bangs on her walls and shouts abuse whenever she goes out and has
written notes through her door calling her names police have given him a warning it has been going on since {month}
she is not sleeping
@ stalking_harassment | domestic_abuse;online | police
Stalking (s2A) - DA. VIC F {yadult}. SUSP: ex-partner. Installed tracking app on VIC's phone during relationship,
has since used her {app} login to read her messages and turned up at locations she has checked in to. Phone
examined.
@ stalking_harassment | domestic_abuse | dialect
{wf}'s ex won't leave her be. He's ringing and texting her all hours, fifty, sixty times a day, sending flowers to
her work and then texts calling her all sorts. It's all calls and texts, nothing on the socials. She's at the end of
her tether, mun. Police have got it as harassment.
@ stalking_harassment | hate_crime | quote
V ({mid}) said: "They put dog mess through my letterbox and shout 'P***' when I go to my car. They've done it for
months. It's because we're the only Asian family on the street." Racially aggravated harassment recorded.
@ stalking_harassment | hate_crime;online | police
Malicious comms - hate (sexual orientation). VIC M {yadult}. Received homophobic abuse via {app} DMs from 3 accounts
after posting photo with partner. Some messages include his workplace. Screenshots provided. Platform contacted.
@ stalking_harassment | domestic_abuse | multi
Coercive control over years. {vf} ({age}) describes her partner deciding what she wears, taking her bank cards,
stopping her seeing her mother, and checking the mileage on her car. She says he has "never laid a finger on her".
No sexual abuse disclosed. He has been arrested for controlling and coercive behaviour.
@ stalking_harassment | - | police
Stalking. VIC F {age}. SUSP: former colleague, M. Following VIC to gym, leaving gifts on car, waiting at bus stop.
VIC denies any relationship with SUSP ever. No threats made. SPO applied for.
@ stalking_harassment | online | stt
caller says someone has been sending her horrible messages on facebook and instagram telling her to kill herself and
saying she is ugly and fat she thinks its girls from her old school she is 19 the police are looking at it as
malicious communications
@ stalking_harassment | domestic_abuse;honour_based_abuse | multi
HBA harassment. {af} ({yadult}) left home to live with her boyfriend. Since then her father and cousins have sent
her repeated messages by text saying she has dishonoured the family and must come home, and have waited outside her
work. No direct threats to kill. Police have recorded harassment with an HBA marker.
@ stalking_harassment | - | dialect
This fella from the allotments has took a shine to {vf}, he's at her gate every morning, follows her to the shop,
rang her forty times in one day. She's told him straight she's not interested and never has been. Police have give
him a harassment warning. She's proper frit to go out.
@ stalking_harassment | domestic_abuse;online | dialect
Ex boyfriend of {xf} he send message on WhatsApp every night, he say he see her with other man, he send photo of her
house, he say bad words about her to her family on Facebook. She is scared. She tell police and they say is
stalking. (Caseworker: needs {lang} interpreter.)
@ stalking_harassment | - | multi
V ({age}) is being harassed by her ex-landlord, who keeps letting himself into the garden, sending texts about the
deposit and parking outside. V and the landlord have never had any personal relationship. Police recorded
harassment; V is also in a civil dispute about the deposit.
@ stalking_harassment | online | police
Harassment / malicious comms. VIC F {mid}, headteacher. Sustained abuse on local Facebook group + emails to school
account following exclusion of a pupil. Posts include VIC's home street. SUSP: parent of pupil.
@ stalking_harassment | domestic_abuse | quote
V ({age}) said: "He doesn't hit me. He just makes me feel like I'm mad. He moves my things and then says I've lost
them, he tells people I drink, he won't let me have my own key." IDVA assessment: coercive control. Police
investigating controlling and coercive behaviour.
@ stalking_harassment | - | stt
woman is getting silent phone calls and texts from a withheld number every night since she gave evidence in a trial
last year she thinks its the defendants family the police are treating it as harassment
@ stalking_harassment | hate_crime | dialect
{vm} is deaf, right, and the lads on his street have been making fun of him for months, knocking on his windows and
doing signs at him, following him to the shop. Nobody's hurt him but he's scared to go out. Police are calling it
disability hate harassment now.
@ stalking_harassment | domestic_abuse | police
Stalking - DA. VIC M {age}. SUSP: ex-wife. Attends VIC's work daily, calls his new partner, left notes on car.
Breach of non-molestation order also recorded. VIC previously told by police "what's she going to do". Now high
risk.
@ misc_crimes_against_society | online;child_sexual_abuse_exploitation | multi
V ({teen}) told her mum a boy from school has been sharing a nude photo of her on Snapchat group chats after she
sent it to him when they were going out. Police are investigating; the boy is also {teen}. V is being called names
in the corridors. School involved.
@ stalking_harassment | - | quote
V ({old}) said: "My neighbour's son keeps knocking and asking for money and then calling me names when I say no. He
waits for me by the bins. He's never touched me." Harassment warning issued. V has early dementia, her daughter is
the contact.
@ stalking_harassment | domestic_abuse;online | stt
shes been getting messages from her ex on snap chat and tiktok from new accounts saying he is watching her and
describing what she wore to work he also sent one to her mum police are saying its stalking and have arrested him
@ stalking_harassment | - | multi
V ({age}) is being harassed by a man she met once at a wedding; he sends letters and flowers and phones her work. V
denies any relationship with him and says they have never been out together. No online contact. He has been warned
and then charged with harassment after a further letter.
@ stalking_harassment | domestic_abuse | dialect
{vf}'s fella - well, ex now - he's parked outside her mam's every night in his van. Won't let up. Not violent, she
says, he just sits there. He's been rung by police twice. She's got a non-mol order going through now, ta-ra.
@ stalking_harassment | online | police
Computer misuse + harassment. VIC F {yadult}. SUSP accessed VIC's Instagram and email after relationship with VIC's
flatmate ended, posting as VIC. No relationship between VIC and SUSP. Passwords changed. Enquiries ongoing.
@ stalking_harassment | domestic_abuse;honour_based_abuse | police
Harassment - HBA. VIC F {age}. SUSPs: in-laws. Since VIC separated from husband, in-laws attending her addr, phoning
her employer, saying she has "brought shame". No violence. VIC fears being taken abroad. FMU contacted.
@ stalking_harassment | - | stt
caller is a youth worker who is being followed home by a young man from the centre he messages her by text and
turned up at her door with a bunch of flowers she has told him to stop many times they are not in a relationship
@ stalking_harassment | hate_crime;online | quote
V ({yadult}) said: "Since I transitioned people from my old job keep posting about me on Twitter and in a group
chat, deadnaming me and saying I'm a danger to kids. Someone sent my new work screenshots." Transphobic harassment
recorded.
@ stalking_harassment | domestic_abuse | multi
Sibling abuse. {vf} ({age}) says her older sister has controlled her since their parents died: taking her wages,
deciding who she sees and reading her post, and making her ask permission to leave the house. No violence. Police
are investigating controlling and coercive behaviour between family members.
@ stalking_harassment | - | dialect
Ar kid's lass has been getting grief off this woman from work, texts, calls, turning up at the house, telling
everyone she's a thief. She's told the bizzies. They've give her a PIN, whatever that is. No, they've never been
together or nowt, it's just a fixation.
@ stalking_harassment | online | dialect
Client say: the man from the dating website, I meet him only one time, after I say no more he message me every day
on {dating} and on email, he say he know my work and my daughter school. I change number. (Caseworker: V {xf}. No
relationship beyond one date; police have it as stalking.)
@ stalking_harassment | domestic_abuse | stt
she says her husband wont let her leave the house without him he has taken her passport and her phone and tells her
what to eat she is from abroad and he says she will be deported if she tells anyone there has been no violence
police have opened a coercive control investigation
@ stalking_harassment | - | police
Harassment. VIC M {age}, councillor. SUSP: member of public, 40+ letters, visits to home, calls to wife. No online
element. Warned, continued. Charged. VIC concerned for family.
@ stalking_harassment | online | multi
V ({mid}) runs a small bakery. After a complaint about a cake, a customer has left dozens of abusive reviews under
different names, messaged her on Instagram daily and emailed her suppliers. Police recorded harassment. No threats
of violence. V worried about her business.
@ stalking_harassment | domestic_abuse;online | quote
V ({yadult}) said: "He made me share my location on my phone, and if I'm five minutes late he's messaging on
WhatsApp asking who I'm with. He went through my messages and deleted my friends." Partner arrested for controlling
and coercive behaviour.
@ stalking_harassment | - | stt
the caller is being stocked by a man she used to work with he waits at the bus stop and follows her home and leaves
notes on her car she says there has never been any relationship and she has asked him to stop police have given a
stalking warning
@ stalking_harassment | domestic_abuse | police
Breach of restraining order + harassment. VIC F {age}. SUSP: ex-husband. Restraining order from previous DA
conviction. Turned up at school gates and followed VIC home, no contact made. Arrested, remanded.
@ stalking_harassment | hate_crime | multi
V ({age}) uses a wheelchair. Her neighbours have repeatedly blocked her ramp with bins, called her a "cripple" and a
"scrounger", and filmed her going out. Police have recorded harassment aggravated by hostility to disability. No
physical assault.
@ stalking_harassment | - | dialect
{wm} been getting funny phone calls every night from a withheld number, heavy breathing like, then someone rings and
asks for him by name at the club. Tidy bloke, no enemies he says. Police have got it as harassment and are looking
at the phone records.
@ stalking_harassment | domestic_abuse | multi
Economic abuse and control. {vf} ({mid}) says her husband took out credit cards in joint names without telling her,
made her hand over her wages, and gave her a weekly allowance; he also monitored her phone and stopped her seeing
her sister. Police are investigating controlling and coercive behaviour as the main offence.
@ stalking_harassment | domestic_abuse;online | dialect
Lass from up {town} way says her ex has set up a fake Insta in her name, posting her selfies with captions calling
her a slag and a junkie, and he's been messaging her mates and her boss from it and all. Police are on it as
harassment. She's gutted, she's not been out in a fortnight.
@ stalking_harassment | - | police
Harassment. VIC F {age}. SUSP: customer of VIC's workplace (bank), sends letters & waits outside branch. No threats,
no online contact, no relationship. Manager has barred SUSP. VIC anxious about route home.
@ fraud_computer_misuse | online | stt
lad age {yadult} had his instagram hacked and whoever did it changed the pass word and is messaging his followers
pretending to be him asking them for money for a crypto thing he has lost his account police have it as computer
misuse
"""

BLOCK_08_BURGLARY = """
@ burglary | - | stt
caller came home from her night shift and found the back door kicked in and her jewellery box and laptop gone they
went through all the drawers in the bedroom police have been and done finger prints she lives on {street} with her
two kids and they are scared to sleep there
@ burglary | - | police
Burglary - dwelling. {num} {street}, {town}. Entry via insecure rear window approx {time}hrs while occupants asleep.
Stolen: handbag, car keys, 2 x phones. VIC F {age} + partner. No confrontation. SOCO attended.
@ burglary | - | quote
V ({old}) told us: "A man came to the door saying he was from the water board and needed to check the taps. While I
was in the kitchen with him another one must have gone upstairs. My late husband's medals are gone, and my pension
money from the drawer." Distraction burglary.
@ burglary | - | dialect
Some scrote's had {wm}'s garage off in the night, took his tools, his mower, the lot, about {amt} worth. It's the
garage joined to the house, see, so police say that's a burglary. He's gutted, he's had them tools forty year.
@ burglary | domestic_abuse | police
Burglary - DA. VIC F {yadult}. SUSP: ex-partner, no right of entry (not on tenancy, key returned). Entered VIC flat
while she was at work, took her laptop, passport and the children's birth certificates. CCTV from neighbour.
@ burglary | - | multi
Burglary then car taken. Burglars entered V's house overnight through the kitchen window, took the keys to her {car}
from the hallway and drove off in it. The car was found burnt out two days later. V ({mid}) and her son slept
through it.
@ burglary | - | stt
the man runs a corner shop and it was broken into through the roof at 3 in the morning they took cigarettes and the
charity box and smashed the cctv this is the third time this year he is thinking of closing
@ burglary | - | dialect
I come home from work and the door of my flat is open, the lock is broken. They take my laptop, my money I save for
my family, around {amt}, and my documents. I feel not safe in my home now. (Caseworker: V {xm}, HMO room, landlord
not fixing lock.)
@ burglary | - | multi
Aggravated burglary at {num} {street}: two men entered while V ({age}) and her husband were out at a wedding; they
were seen on a doorbell camera carrying a machete. They took jewellery and cash. Nobody was home and no-one was
threatened. Police recording aggravated burglary.
@ burglary | - | police
Burglary - business. {shop}, {town}. Shutters forced {time}hrs, stock of vapes + tobacco stolen, value approx {amt}.
VIC: owner M {mid}. Alarm activated, SUSPs gone on police arrival. 2nd in a month.
@ burglary | - | stt
this lady is {old} and somebody got in through her bathroom window while she was asleep and took her purse and her
husbands watch she didnt hear a thing she found the window open in the morning her daughter is with her
@ burglary | - | quote
V ({age}) said: "They've been in my kids' bedrooms. They took the Xbox and my son's savings tin. It's not the stuff,
it's knowing someone was in there while we were at my mum's." Residential burglary; V requesting lock change.
@ burglary | domestic_abuse | dialect
{vf}'s ex let himself in with a key he'd had cut without her knowing and took the telly and her gold, while she was
at work, and he left the door wide open. He's not lived there for a year, he's not on the tenancy. Police have got
it down as a burglary and a domestic.
@ burglary | - | police
Burglary - community. {town} Community Centre. Entry by forcing fire exit, laptops + projector + petty cash stolen.
VIC: centre manager F {mid}, on behalf of charity. Vols very upset. CCTV poor.
@ burglary | - | multi
V's bike, lawnmower and power tools were taken from his locked garden shed overnight after the padlock was cut.
Police have recorded burglary. V ({age}) wants advice on security and insurance.
@ burglary | - | stt
student house on {street} was burgled during the night while all five of them were asleep upstairs someone got in
through the front door which was left unlocked and took three laptops and a games console they are all really shaken
@ burglary | - | dialect
Yow'll not believe it, {vf}'s caravan on the site got broken into while she were in it asleep, they had her purse
and her phone off the table. It's her home, she lives in it all year. Police say that's burglary same as a house.
@ burglary | hate_crime | police
Burglary - dwelling, hate marker (religion). VIC M {age} ({am}). Entry by smashing rear door, items stolen and
religious books thrown on floor, anti-Muslim slur written on mirror in lipstick. Family staying with relatives.
@ burglary | - | quote
V ({mid}), self-employed plumber: "They took the van keys off the hook and cleared my tools out of the van and then
drove off in it, but the first thing they did was get in the house." Burglary with car keys stolen; van later
recovered.
@ burglary | - | multi
Repeat victim. V ({old}) has been burgled twice in six weeks; both times entry via the back door while she was at
day care. She has also had youths knocking on her windows in the evenings (reported as ASB). Police have recorded
two burglaries. Target hardening requested.
@ burglary | - | stt
caller says her late mums house which is empty while they sort the probate was broken into and all the copper pipe
ripped out and the boiler taken there is water damage everywhere police say its a burglary of a building not a
dwelling
@ burglary | - | police
Burglary - dwelling (attempt). VIC F {age}. SUSP tried rear door handle and forced letterbox {time}hrs, VIC shouted
and SUSP ran. No entry gained to property beyond letterbox pole attempt. Doorbell footage. VIC scared.
@ burglary | domestic_abuse | multi
Son breaks in. V ({old}) has told her son (32) he is not allowed in her house because of his drug use and took his
key. While she was at church he smashed the back door glass and took her pension money and jewellery. Police
recorded burglary; previous DA incidents between them. V wants him helped, not jailed.
@ burglary | - | dialect
The flat below {wf} got done over last night, and hers too, they went through the loft hatch from the landing. Took
her laptop and her nan's rings. Police were there til four. She's tamping, she only moved in to get away from all
that.
@ burglary | - | quote
V ({yadult}) said: "I woke up and there was a man standing in my bedroom doorway. He just turned and ran with my
bag. He didn't touch me or say anything. I can't stop seeing him there." Burglary dwelling, occupant present.
@ burglary | - | police
Burglary - non-dwelling. Farm outbuilding, {town}. Quad bike + tools stolen, gate chain cut. VIC: farmer M {mid}.
3rd rural burglary in area this month. Rural crime team informed.
@ burglary | - | stt
a lady rang to say while she was out at the hospital someone got into her house with a key from the key safe which
is meant for the carers and took money from her handbag and her bank cards the police are looking at whether it was
someone who knew the code
@ burglary | - | multi
V ({age}) heard a noise downstairs at 2am, called police from her bedroom, and the burglar left with her laptop
before police arrived. She never saw him and he never came upstairs. She is clear she was not threatened. Burglary
recorded.
@ burglary | - | dialect
Man come in the restaurant at night through the kitchen window, take the till money and two bottles of whisky. Is my
restaurant, my business, I work very hard. Police say they find fingerprint. (Caseworker: V {xm}, owner.)
@ burglary | - | police
Burglary - dwelling. VIC M {old}, lives alone. Entry via unlocked front door while VIC in garden, wallet + car keys
taken from hallway, car not taken. VIC has dementia, son is contact. Possible distraction element.
@ burglary | - | multi
V ({mid}) and family were in Spain for a week; the house was burgled and TVs, jewellery and a safe were taken. V
thinks the burglars knew they were away because she had posted holiday photos on Facebook. Nothing was stolen or
done online. Police recorded burglary dwelling.
@ burglary | - | stt
the church on {street} was broken into and the collection money and the silver candlesticks were taken the vicar is
the caller and the congregation are upset it was someone who climbed in through the vestry window
"""

BLOCK_09_VEHICLE = """
@ vehicle_offences | - | stt
the callers car was stolen off the drive over night a {car} they think the keyless thing was used because they had
the keys inside the house nobody broke in she needs it for work and taking her mum to dialysis
@ vehicle_offences | - | police
Theft from MV. VIC M {mid}, electrician. Rear doors of works van forced on {street} {time}hrs, power tools stolen,
value approx {amt}. VIC unable to work. 4th van in the street this month.
@ vehicle_offences | - | dialect
Some little toerags have had the cattle attic converter off {wm}'s car in the night, sawed it off right there on the
street, he heard the noise and thought it was a motorbike. Car sounds like a tractor now. Garage says {amt} to fix.
Police give him a crime number and that's it.
@ vehicle_offences | - | quote
V ({age}) said: "My car was taken from outside the gym and found next day in a field on the edge of {town}, wrecked.
The police said joyriders. My daughter's car seat was still in it." Aggravated vehicle taking recorded.
@ vehicle_offences | - | multi
Two incidents on the same night for V ({mid}): someone tried all the door handles of her car (interfering) and,
separately, the number plates were taken off her husband's van. Nothing was damaged or keyed. Police recorded theft
from a vehicle and vehicle interference.
@ vehicle_offences | domestic_abuse | police
TWOC - DA. VIC F {age}. SUSP: ex-partner, took VIC's car using spare key without consent, kept it 4 days, returned
with damage. Part of ongoing pattern; previous DA reports x3. VIC needs car for disabled son.
@ vehicle_offences | - | stt
someone smashed the side window of the callers car in the car park at the retail park and took his bag with his
laptop and passport in it off the back seat he's supposed to fly to see his family next week
@ vehicle_offences | - | dialect
I park my taxi outside my house and in the morning it is gone. It is my business, I have no other money. Police find
it in other town burned but they say the thieves take it first, so is vehicle theft. (Caseworker: V {xm}.)
@ vehicle_offences | - | police
Theft of MV. VIC F {old}. Mobility scooter-adapted {car} stolen from disabled bay outside {shop}. Keys left in
ignition by VIC. Vehicle recovered 2 days later, undamaged. VIC housebound in interim.
@ vehicle_offences | - | multi
Theft of a motorbike. V ({yadult}) had his motorbike taken from outside his flat, the steering lock snapped; he
found it advertised in pieces a week later but the police could not prove who was selling. He relies on it for work.
Police recorded theft of a motor vehicle.
@ vehicle_offences | - | stt
the caller runs a garage and customers cars were taken from the forecourt over night someone got in the office and
took keys off the board hmm no sorry she says the keys were in the cars waiting for collection so nobody broke into
the building just took four cars
@ vehicle_offences | - | quote
V ({mid}) said: "They took every wheel off my car and left it on bricks. I came out to take the kids to school and
just stood there." Theft from motor vehicle. V works shifts and has no other transport.
@ vehicle_offences | - | police
Agg vehicle taking. VIC M {age}. {car} taken from outside addr overnight, involved in police pursuit, crashed into
wall, no injuries to anyone. 2 x SUSP (16, 17) arrested. Car written off. VIC needs insurance letter.
@ vehicle_offences | - | dialect
{vf}'s van were broke into up t'road, they took her sat nav, her dashcam and all her cleaning stuff for work, she
runs her own cleaning business like. Bizzies say there's been loads round here. She's right fed up, she's a grafter.
@ vehicle_offences | - | stt
the lady's husband is disabled and their mobility car a {car} was stolen when somebody took the keys from the
ignition while he was in the pharmacy he left it running because its hard for him to get in and out
@ vehicle_offences | - | multi
V ({age}) lent her car to a work colleague for an afternoon; he kept it for a week and ignored her calls. He is a
colleague only, not a partner or relative. Police recorded taking without consent. The car has now been returned
with no damage.
@ vehicle_offences | - | police
Theft from MV. VIC F {yadult}. Blue badge + handbag stolen from car on {street}, window smashed. VIC is wheelchair
user, badge essential. Replacement requested via council. No SUSP.
@ vehicle_offences | - | quote
V ({old}) said: "It was my late husband's car, I couldn't drive it but I couldn't sell it either. Someone pushed it
off the drive at night. I only found out when the police rang to say it had been used in a robbery." Theft of MV.
@ vehicle_offences | - | dialect
My car, they take the plates off in the night, both front and back, and now I have letter with fine for a petrol
station in {town} I never go. Police say someone use my plates on other car. (Caseworker: V {xf}.)
@ vehicle_offences | - | stt
the caller is a carer who drives to peoples homes and her car has been broken into three times this month on
{street} they took her carer bag with her id badge and medication records last time she's thinking of giving up
@ stalking_harassment | domestic_abuse | multi
Financial control and the car. {vf} ({age}) says her husband keeps the keys to her car and moved it to his brother's
garage without telling her, so she can't get to work. Police have recorded taking a conveyance without consent and
are looking at the wider controlling behaviour separately. She is staying at her mother's.
@ vehicle_offences | - | police
Theft of MV (relay attack). VIC M {mid}. Range Rover stolen from drive {time}hrs, 2 x SUSP on doorbell camera used
relay device, in and gone in 40 seconds. Tracker disabled. Vehicle not recovered.
@ vehicle_offences | - | dialect
Whoever's been nicking off the cars down {street} has had {vm}'s golf clubs out his boot and the spare wheel and
all. Didn't smash nowt, the car must've been left open. He reckons it were the kids from the flats but he's no
proof.
@ vehicle_offences | - | quote
V ({yadult}, new driver) said: "I saved for two years for that car. Someone took it from outside my work in broad
daylight. I keep thinking I didn't lock it properly." Theft of motor vehicle, car still missing.
@ vehicle_offences | - | stt
caller says that the diesel was siphoned out of his lorry at the truck stop and they cut the fuel line to do it the
lorry is off the road for two days he's self employed the police gave him a reference number
"""

BLOCK_10_TFP_BIKE_SHOP = """
@ theft_from_person | - | stt
the caller had her purse taken out of her handbag on the bus into {town} she didn't feel a thing and only noticed
when she went to pay in the shop they had her bank cards and about {amtsmall} cash she's cancelled the cards
@ theft_from_person | - | police
Theft from person. VIC F {age}. {phone} snatched from VIC's hand while texting outside {shop} by M on pedal cycle.
No contact with VIC, no force, no injury. SUSP made off towards {street}.
@ theft_from_person | - | dialect
{vf} got dipped in the market Saturday, they had her purse out her coat pocket while she was looking at the veg.
Never felt nowt. Had her bus pass and her bank card in it. Old Bill reckon it's a gang working the markets.
@ theft_from_person | - | quote
V ({old}) said: "A lady bumped into me at the cash machine and said sorry, and by the time I turned round my card
had gone out of the slot and so had she. She'd watched me put my number in." Theft from the person.
@ theft_from_person | - | multi
Snatch, no force. V ({yadult}) was talking on her phone at the bus stop when a lad on an e-scooter took it out of
her hand and rode off. He did not touch her, she did not hold on, and she is not hurt. Police have recorded theft
from the person.
@ theft_from_person | - | stt
man was at the football and someone took his wallet out of his back pocket in the crowd on the way out he only
realised on the train he has reported it but there is no cctv of the crowd
@ theft_from_person | - | police
Theft from person. VIC M {old}, tourist from abroad. Wallet taken from inside jacket on busy platform at {town}
station. VIC felt jostling only. BTP attended. VIC flies home {day}, needs crime ref for insurance.
@ theft_from_person | - | dialect
Me and me mam were in the queue at the post office and this lad just lifted her purse out her shopping trolley bag,
she had it right by her. Didn't touch her or owt. We shouted but he were off. Pension money were in it.
@ theft_from_person | - | quote
V ({age}) said: "I had my bag across my body, and when I got off the tram the zip was open and my phone and keys had
gone. I never felt it." Pickpocketing; V had to get her locks changed.
@ theft_from_person | - | dialect
In the night club someone take my phone from my pocket when I dance, I see later in Find My Phone it go to other
town. Police say they cannot go to the address just for this. (Caseworker: V {xf}, {yadult}.)
@ theft_from_person | - | stt
a girl had her airpods pulled out of her ears on the high street by a lad who ran off she wasnt hurt and he didnt
hold her or push her she just felt them go she's upset because they were a birthday present
@ theft_from_person | - | multi
V ({old}) had her necklace lifted from round her neck by a man who undid the clasp while pretending to admire it
outside the church. No force, no injury, she did not realise until he had walked off. Police recorded theft from the
person.
@ theft_from_person | - | police
Theft from person (dip). VIC F {mid}. Purse removed from handbag while VIC on escalator in {town} shopping centre.
CCTV shows 2 x F SUSPs working together. Cards used within 10 mins at {shop}.
@ theft_from_person | - | stt
the caller is blind and uses a cane and someone took his phone out of his jacket pocket on the bus he felt a hand
but couldnt see who it was he doesnt think it was because of his disability just bad luck
@ theft_from_person | - | quote
V ({yadult}) said: "At the festival someone had my phone out of my bum bag. Everyone was losing phones that night,
the police had a tent with a queue." Theft from the person; V wants support with the phone contract.
@ theft_from_person | - | dialect
{wm} had his wallet had off him in the pub, fella sat next to him at the bar, all friendly, then gone, and so's the
wallet out his jacket on the stool. Well, the jacket were on him like. Police have the pub cameras.
@ theft_from_person | - | police
Theft (snatch). VIC F {old}. Handbag snatched from VIC's arm by SUSP running past; strap slipped off, VIC not
pulled, not injured. SUSP M white 20s. VIC's keys + address in bag; locks changed by council.
@ theft_from_person | - | multi
V ({mid}) had his phone taken from his shirt pocket by a man who hugged him in the street, pretending to know him,
then walked off quickly. V only noticed a minute later. No threats or force. The same man was seen doing this to
others. Theft from the person.
@ theft_from_person | - | stt
old gentleman had his wallet lifted while he was sat on a bench feeding the pigeons in the park a woman sat down
next to him and chatted and then his wallet was gone from his coat pocket he is upset because his wife's photo was
in it
@ theft_from_person | - | dialect
Lass were stood at the bar in {pub} and some fella slid his hand into her coat pocket, she were wearing it, and had
her phone and her door key. She felt summat but thought it were the crush. Nobody shoved her or owt. Police are
looking at the bar camera.
@ bicycle_theft | - | stt
the callers son age {teen} had his bike stolen from outside the school it was locked to the rack and they cut the
lock he uses it to get to his paper round its a {bike}
@ bicycle_theft | - | police
Theft of pedal cycle. VIC M {age}. {bike} taken from cycle stand at {town} station {time}hrs, cable lock cut. Value
{amt}. Frame number registered. BTP informed.
@ bicycle_theft | - | dialect
Someone's had {vm}'s bike off the front garden, it weren't even locked 'cos it were behind the wall. He needs it for
work, he does deliveries. Cheeky sods walked in and wheeled it off in broad daylight, the neighbour saw 'em.
@ bicycle_theft | - | quote
V ({yadult}, student) said: "It's the third bike I've had stolen this year. They left the front wheel locked to the
railings and took the rest." Theft of pedal cycle from outside halls.
@ bicycle_theft | - | multi
V's {bike} was stolen from her front garden, where it was leaning against the fence; it was not in a shed or garage
and nobody entered the house. V ({mid}) uses it to get to work at the hospital. Recorded as theft of a pedal cycle.
@ bicycle_theft | online | multi
V ({age}) had his {bike} stolen from outside the library. A week later he spotted it for sale on {market} and showed
police the advert; the seller has been arrested for handling stolen goods. Bike recovered.
@ bicycle_theft | - | stt
a man with a learning disability had his trike stolen from the bike shelter at his supported living flats it is an
adapted tricycle and he cant get about without it the staff are ringing on his behalf
@ bicycle_theft | - | dialect
My bicycle, I lock it outside the warehouse where I work, and after the night shift is gone, only lock is left on
floor cut. I use it every day for work. (Caseworker: V {xm}, bike value approx {amt}.)
@ bicycle_theft | - | police
Theft of pedal cycle. VIC F {teen}. {bike} left unlocked outside {shop} for 2 mins, taken by youth. SUSP seen riding
towards park. VIC's parents requesting support as VIC very upset.
@ bicycle_theft | - | quote
V ({old}) said: "It's only an old bike but I've had it since I retired, it's how I get to the allotment. Someone
lifted it off the rack outside the surgery." Theft of pedal cycle.
@ bicycle_theft | - | stt
the kids bikes were took from the back garden over night the gate was open and they were just on the lawn its two
bikes a {bike} and a scooter the kids are heartbroken it was christmas presents
@ bicycle_theft | - | dialect
Our {vm}'s mountain bike's been robbed from outside the chippy, he were only in there five minutes. No, nobody
touched him or owt, it were just gone when he come out. He's sure it's the same lads that took his mate's.
@ bicycle_theft | - | multi
V ({yadult}) is a bike courier. His road bike was taken from outside a restaurant while he went in to collect an
order; the D-lock was cut with an angle grinder. He has no other income. No suspect. Theft of pedal cycle.
@ bicycle_theft | - | police
Theft of pedal cycle (e-bike, pedal-assist, legal). VIC M {age}. Taken from communal courtyard (open, not a
building) at {street} flats. Value {amt}. Tracker shows it in {town2}. Enquiries ongoing.
@ bicycle_theft | - | stt
caller is a nurse who cycles to work and her bike was stolen from the hospital bike rack while she was on a twelve
hour shift the lock was cut she can't afford another until next month
@ bicycle_theft | - | dialect
{wm}'s boy had his bike nicked off the rack by the leisure centre while he was in the pool, mind, and his helmet too
'cos it were hooked on the handlebars. Ten years old he is. Cried his eyes out.
@ bicycle_theft | - | quote
V ({mid}) said: "My son's adapted bike was taken from outside our front door. He has cerebral palsy and it's the
only way he can ride with his friends." Theft of pedal cycle; V does not think it was targeted.
@ bicycle_theft | - | police
Theft of pedal cycle. VIC M {teen}. Bike taken from school bike shed? - NO, open rack by main gate (not a building).
Lock cut. School CCTV requested. Parents referral.
@ bicycle_theft | - | multi
V ({age}) left his bike outside the pub for an hour; when he came out it had gone, lock and all. Earlier the same
evening someone had been shouting at people outside the pub, but V was not involved in that. Theft of a pedal cycle
recorded.
@ shoplifting | - | stt
the caller is the manager of {shop} in {town} and the same man has been in every day this week filling a bag with
meat and walking out staff are scared to stop him because he is big and shouts but he hasn't threatened anyone
@ shoplifting | - | police
Shoplifting. VIC: {shop}, {town}. SUSP F 30s concealed cosmetics approx {amt} in pushchair and left store. Staff
member {vf} followed to door, no confrontation. SUSP known to store, ID'd by security.
@ shoplifting | hate_crime | multi
Shoplifting with racist abuse. The owner of {shop} ({am}) stopped a man leaving with two bottles of vodka; the man
dropped one and left with the other, shouting racist abuse at him. There was no violence and no threats. Police
recorded shoplifting with a racially aggravated public order offence.
@ shoplifting | - | dialect
Our {vf} works at the chemist and there's this lad keeps coming in and clearing the shelves of the razor blades and
the perfume, walks out bold as brass. Nobody does owt. She's sick of it. It's the third time this week.
@ shoplifting | - | quote
V ({yadult}, retail assistant) said: "They come in as a group, four or five, and just fill bags with whatever and
walk out. We're told not to stop them. I feel like I'm not doing my job." Repeat shoplifting at {shop}.
@ shoplifting | - | police
Shop theft. VIC: farm shop, {town}. Honesty box emptied and produce taken, approx {amtsmall}. Owner M {old}. No
CCTV. Owner is distressed as it's the third time.
@ shoplifting | - | stt
the lady owns a small gift shop on {street} and a couple came in and while she was wrapping something for the woman
the man took a tray of rings from the counter she only noticed after they left about {amt} worth
@ shoplifting | - | dialect
In my shop a woman put the baby milk in her coat, many tins, and go out. I don't run after her, I am alone in the
shop. This is every week now. (Caseworker: V {xm}, owner of convenience store, {town}.)
@ shoplifting | - | multi
A security guard at {shop} saw a teenager leave with trainers worth {amt} and followed him out; the youth ran off
and no force or threats were used on anyone. The guard ({age}) wants support as he has been told off by his manager.
Theft from a shop.
@ shoplifting | - | police
Shoplifting (repeat). VIC: {shop}. SUSP M 40s, PPO, 11th offence vs store since {month}. Steals alcohol. Staff
member {vm} is referral as manager: stress, staff morale. No violence.
@ shoplifting | - | quote
V ({mid}) runs a bookshop: "He filled his rucksack with the new hardbacks and just left. When I chased out he was
already on the bus." Shop theft; V worried about the business.
@ shoplifting | - | stt
young lad on the tills at the garage saw two men fill a basket with energy drinks and sweets and walk out without
paying he pressed the panic button but they were gone he's {yadult} and on his own on nights
@ shoplifting | - | dialect
Ah, {wf} at the Co-op in {town} says there's a woman coming in every Thursday and filling her bag with the steak and
the coffee. They've got her on the cameras, and police have been, but she's back every week, the cheek of it.
@ shoplifting | - | police
Theft from shop. VIC: {shop} (pharmacy counter). SUSP took 6 x baby formula + vitamins from open shelving, left
without paying. VIC (pharmacist F {age}) confronted verbally only. SUSP left, no threats.
@ shoplifting | - | multi
V ({age}) manages a charity shop run by volunteers. People are regularly taking clothes and bric-a-brac without
paying, including a man who took a coat off the rail last week. Volunteers are demoralised. Police recorded shop
theft. No assaults or threats.
@ shoplifting | - | stt
owner of the off licence says a group of kids aged about 14 have been coming in and grabbing cans and crisps and
running out laughing it happens every few days he has reported it he is not hurt just fed up
@ shoplifting | - | quote
V ({yadult}, store detective) said: "I've stopped her three times this month. Each time it's make-up and she tells
me she's got a right to it. She's never gone for me." Shoplifting, repeat offender.
@ shoplifting | - | dialect
{vm} owns the hardware shop on {street}, right, and some chancer walked out with a pressure washer, just carried it
out the door like he'd paid. Nobody stopped him, young girl on the till were too shocked. Police have the CCTV.
@ shoplifting | online | multi
V ({mid}) owns a boutique. A woman stole dresses from the rail and V's staff later found the same dresses listed for
sale on {market} by an account linked to her. Police have arrested her for theft from a shop and are looking at the
online sales as handling. V wants support as a small business owner.
@ shoplifting | - | police
Shoplifting. VIC: {shop}. SUSP M 20s took 3 x bottles spirits, pushed past staff member at door without touching
her. No assault, no threats. Staff member F {age} upset. CCTV seized.
"""

BLOCK_11_OTHER_THEFT = """
@ other_theft | - | stt
the callers mum is {old} and has carers coming in four times a day and money has been going missing from her purse
about {amt} over a few months they set up a camera and saw one of the carers taking notes out of it police have
arrested the carer
@ other_theft | - | police
Theft by employee. VIC: {shop}, owner M {mid}. Staff member (F, 3 yrs service) voided transactions and pocketed
cash, approx {amtbig} over 18 months. Identified via audit. Owner feels betrayed, referral for support.
@ other_theft | - | multi
V ({age}) had {amt} in rent money taken from an envelope in her work bag while it was hung up in the staff kitchen.
She mentions her sister was "robbed at knifepoint years ago" and she now panics about money going missing. Nobody
threatened V. Recorded theft (other).
@ other_theft | online | police
Blackmail (sextortion). VIC M {age}. Met "woman" on {app}, video call of sexual nature recorded, SUSP now demanding
{amt} via crypto or video sent to VIC's family. VIC paid once. Adult VIC. Account reported to platform.
@ other_theft | - | dialect
Parcels keep going missing off {wf}'s doorstep, the delivery fella leaves them by the door and they're gone within
ten minutes. Her neighbour's camera caught a lad in a hoodie having one. Third time this month. Police say it's a
theft.
@ other_theft | - | stt
taxi driver says a group of lads got in his cab at 2 in the morning in {town} and when he got to {street} they all
ran off without paying about {amtsmall} on the meter he wants to know if its worth reporting it happens every
weekend
@ other_theft | - | quote
V ({mid}), petrol station manager: "They fill up and drive off, two or three a week. Last month it was over {amt} in
fuel. The staff get blamed." Making off without payment (fuel).
@ other_theft | domestic_abuse | police
Theft - DA. VIC F {old}. SUSP: adult son (35), lives with VIC. Taking VIC's cash from her purse and selling her
jewellery for drugs over 6 months. VIC does not want son arrested. Previous incidents of verbal abuse by son.
@ other_theft | - | multi
V ({old}) had four large plant pots, a bird bath and a bench taken from her front garden overnight; nothing was
taken from the house or shed and no building was entered. She thinks they were loaded into a van. Police recorded
theft (other).
@ other_theft | - | stt
the lady works for the post office and somebody has been stealing mail from the post box outside the {shop} in
{town} there were birthday cards with money in them going missing and a few people complained the police are
investigating
@ other_theft | - | dialect
Someone's been and had the lead off the chapel roof in {town} again, second time since Easter, and now the rain's
coming in on the organ. {wm} the caretaker's heartbroken, he's been looking after that chapel since he retired.
@ other_theft | - | police
Theft (other). VIC F {yadult}. Handbag left on back of chair in {pub}, taken while VIC at bar. Contained purse,
{phone}, keys. No contact with VIC. CCTV shows SUSP F lifting bag from chair.
@ other_theft | - | quote
V ({age}) said: "I run a dog walking business and someone took Milo, a client's {dog}, from my van while I was
putting the leads on the others. The owner blames me." Theft of a dog; dog not yet found.
@ other_theft | - | stt
caller is a cleaner in the hospital and her purse was stolen out of her locker in the staff room the locker was not
forced someone must have had the key she thinks its someone on her ward
@ other_theft | - | dialect
I work in the hotel, and my manager he take money from our tips every week, he say is for the breakage, but nothing
is broken. All the staff lose money. (Caseworker: V {xf}. Police looking at theft by employee/manager.)
@ fraud_computer_misuse | online | multi
Marketplace fraud. V ({age}) paid {amt} by bank transfer for a sofa listed on {market} and arranged collection; when
he arrived the address was fake and the seller had blocked him. Nothing was taken from him in person. Police
recorded fraud by false representation. V is on benefits and the money was for his daughter's room.
@ other_theft | - | police
Making off without payment. VIC: restaurant owner M {mid}, {town}. Party of 6 left without paying bill of {amt}
after meal. Card details given on booking were false. No threats.
@ other_theft | domestic_abuse | quote
V ({mid}) said: "My brother looks after my bank card because of my eyesight. I found out he's been taking money out
every week, hundreds of pounds. When I asked him, he shouted at me and said I owe him." Theft by a relative; both
adults.
@ other_theft | - | stt
the caller says a man came to fix her roof and while he was up the ladder his mate asked to use the toilet and she
found later her wedding ring was gone from the windowsill by the back door ok so she let him in hmm police say
because he was invited in its theft not burglary
@ other_theft | - | multi
Theft of a wheelchair. V ({age}) left her powered wheelchair outside the hospital entrance (open forecourt) while
she used a hospital chair for a scan; it was gone when she came out. She cannot leave the house without it. Recorded
theft (other). Charity helping with a loan chair.
@ other_theft | - | dialect
{vf} left her purse in the trolley at {shop} and went back for it two minutes later and it had been had. Staff found
the purse in the bins, cards gone, cash gone, and one card's been used at the petrol station since.
@ other_theft | domestic_abuse | multi
Financial abuse within family. V ({old}) gave her daughter-in-law (38) power to collect her pension; the
daughter-in-law has kept most of it for over a year. V's son is aware. Police recorded theft; V is reluctant to
support charges. No other abuse disclosed.
@ other_theft | - | police
Theft from a dwelling (no burglary - invited guest). VIC M {age}. Man invited back after pub, stole VIC's watch and
wallet from bedside while VIC slept. SUSP known by first name only.
@ other_theft | - | stt
the man runs a market stall selling phone cases and while he was serving someone a box of stock was taken from under
the table about {amt} worth he thinks it was two lads who distracted him
@ other_theft | - | quote
V ({yadult}) said: "My flatmate moved out and took my laptop, my camera and my savings jar. He just left while I was
at work." V and flatmate were never in a relationship. Theft recorded.
@ other_theft | online | police
Blackmail. VIC F {age}. SUSP: unknown hacker accessed VIC's email and iCloud, demanding {amt} in Bitcoin or photos
and business files will be published. VIC has not paid. Note: photos are not sexual. Enquiries with NFIB.
@ other_theft | - | dialect
In the gym changing room someone take my watch and my wallet from the bench while I am in the shower. The locker was
broken before so I leave on bench. (Caseworker: V {xm}, gym has no CCTV in changing area.)
@ other_theft | - | stt
a lady at the school says the tuck shop money about {amtsmall} was taken from the office drawer during the day the
office was open they think it was a parent police are looking at cctv
@ other_theft | - | multi
V ({old}) lives in sheltered housing. Her hearing aids and a small amount of cash were taken from her room while she
was in the lounge; her room was unlocked. Staff think a visitor took them. No force used. Theft (other).
@ other_theft | - | police
Theft of mail. VIC F {mid}. Bank card + PIN letters stolen from communal post boxes at {street} flats. Card not yet
used. Post office + bank informed. 5 residents affected.
@ other_theft | - | dialect
Right, so {vm}'s had all the diesel out the generator at the building site, and the copper cable off the
scaffolding. He's the site manager. Nowt broke in to, it's all open site. Coppers say it's the same lot as last
week.
@ fraud_computer_misuse | online | quote
V ({age}) said: "I sell clothes on {market}. A buyer lied that the parcel never came and got a refund through the
site, and then she relisted my dress. She had it all along, I've got the tracking." Fraud by false representation
recorded; V says it's happened to other sellers.
"""

BLOCK_12_CD_DRUGS_WEAPONS = """
@ criminal_damage_arson | - | stt
someone threw a brick through the callers front window at 3 in the morning glass went all over the babys cot luckily
the baby was in with her she doesnt know who or why police came and boarded it up
@ criminal_damage_arson | domestic_abuse | police
Criminal damage - DA. VIC F {age}. SUSP: ex-partner. Kicked in VIC's front door and smashed TV and phone while VIC
at neighbour's. No contact with VIC. Bail conds breached. DASH medium.
@ criminal_damage_arson | hate_crime | quote
V ({mid}) said: "We came out in the morning and someone had sprayed a swastika and 'Jews out' on our garage door. My
children saw it before I could cover it." Criminal damage with religious/racial hostility.
@ criminal_damage_arson | - | dialect
Some little sods have set fire to {wf}'s wheelie bins again and it's melted the front of her car. Third time this
year. Fire brigade were out. Police say arson. She's a nervous wreck, bless her, she sits up all night watching.
@ criminal_damage_arson | domestic_abuse | multi
Arson with intent to endanger life. {vf} ({age}) says her ex-partner poured petrol through her letterbox and set it
alight while she and the children were asleep upstairs; a smoke alarm woke them and they got out unhurt. He is
charged with arson with intent to endanger life. DASH high.
@ criminal_damage_arson | - | police
Criminal damage to vehicle. VIC M {age}. {car} keyed along both sides and tyres let down outside home addr
overnight. No SUSP. Possible link to parking dispute with neighbour. No threats made.
@ criminal_damage_arson | - | stt
the man runs the fish and chip shop on {street} and somebody set fire to the bins at the back which spread to the
back door the fire brigade say it was started on purpose no one was hurt he's lost a weeks trading
@ criminal_damage_arson | hate_crime | police
CD - hate (sexual orientation). VIC F {age} + partner F. Rainbow flag ripped down and burnt, homophobic slur painted
on front door. 2nd incident. H2H done. VICs considering moving.
@ criminal_damage_arson | - | dialect
I have a small food van, somebody break all the windows in the night and put the sugar in the petrol, now the engine
is finish. I think is other food van because they tell me go away from this place. (Caseworker: V {xm}.)
@ criminal_damage_arson | domestic_abuse;knife_sharp_instrument | quote
V ({yadult}) said: "When I told him I was leaving he got the bread knife and slashed the sofa and cut up all my
clothes, right in front of me, waving it about. He didn't come at me with it." Ex-partner charged with criminal
damage; V believed he could have used it on her.
@ criminal_damage_arson | - | multi
V's neighbour has threatened to smash up her car (reported), and this week her wing mirrors were snapped off and a
window cracked. V ({age}) has doorbell footage of the neighbour doing it. There is no personal relationship. Police
recorded criminal damage.
@ criminal_damage_arson | - | stt
the caller is a farmer whose hay barn was set on fire last night about 300 bales gone the fire service say it was
deliberate kids were seen running across the field he says its happened on other farms round {town}
@ criminal_damage_arson | domestic_abuse | dialect
{wf}'s brother come round the house pissed and put his fist through her kitchen door and booted her car, 'cos she
wouldn't lend him money again. He's 30-odd, lives with their mam. Didn't touch her, mind. She wants something done.
@ criminal_damage_arson | - | police
Arson (not endangering life). VIC: {town} Rugby Club. Clubhouse set alight {time}hrs, extensive damage. Nobody
inside. 2 x youths seen leaving. Club secretary M {old} is referral on behalf of members.
@ criminal_damage_arson | - | quote
V ({old}) said: "Every week they smash another of my plant pots or kick the fence panels in. Now they've put a stone
through the greenhouse." Repeat criminal damage by youths; V's husband has dementia and is frightened.
@ criminal_damage_arson | hate_crime | stt
the mosque committee rang someone smashed all the front windows of the mosque on {street} last night and left bacon
on the steps police are treating it as religiously aggravated criminal damage people are scared to come to prayers
@ criminal_damage_arson | - | multi
Damage to a wheelchair-accessible vehicle. V ({mid}) found her adapted van's ramp deliberately bent and the side
panel dented. Neighbours say a man in a hi-vis jacket did it. V does not know of anyone with a grudge and does not
believe it was about her disability. Criminal damage to vehicle.
@ criminal_damage_arson | - | dialect
Them lads off the rec have been lobbing stones at {vf}'s conservatory again and one's gone straight through the roof
panel this time. She's seventy-odd. Police come out and said they'll do patrols. She's not holding her breath.
@ criminal_damage_arson | - | police
CD to dwelling. VIC M {age}, landlord. Tenant (evicted) caused damage: holes in walls, sink ripped out, carpets
soaked. Est {amtbig}. No relationship beyond tenancy. Civil and criminal routes.
@ criminal_damage_arson | domestic_abuse | stt
she says her husband smashed her phone against the wall when she tried to ring her sister and then ripped the phone
line out of the wall he didnt touch her this time he has done it before police arrested him for criminal damage
@ criminal_damage_arson | - | quote
V ({yadult}) said: "My car was set on fire outside my flat. I heard the bang. I've no idea who'd do that to me."
Arson of vehicle; V has no known disputes. She is frightened whoever did it will come back.
@ criminal_damage_arson | honour_based_abuse;domestic_abuse | multi
HBA damage. After {af} ({yadult}) married a man her family disapproved of, her brothers smashed the windows of the
couple's car and spray-painted "shame" on their house. No one has been assaulted. Police recorded criminal damage
with an HBA marker; the couple are being helped to move.
@ criminal_damage_arson | - | police
CD - graffiti. VIC: primary school, {town}. Obscene graffiti on playground walls and windows broken. Head F {mid} is
referral. No hate element identified. Cost approx {amt}.
@ criminal_damage_arson | - | dialect
My neighbour he cut my fence and throw my plants in the road because he say my tree make shade on his garden. I have
photos. He shout but he never touch me. (Caseworker: V {xf}, neighbour dispute; police recorded CD.)
@ drug_offences | - | stt
caller lives in the flats on {street} and the flat next door is dealing drugs all day and night people coming and
going and needles on the stairs she hasnt been threatened but her kids see it all police know about it
@ drug_offences | online | police
Drugs - supply. Parent report: VIC's son (15) bought cannabis from dealers advertising on {app} with menus and
delivery. SUSP account ID'd. Son not exploited or made to sell. Parent requesting support for family.
@ drug_offences | - | dialect
There's a cannabis farm in the house behind {wm}'s, you can smell it from the street, and there's cars coming and
going all hours. He's worried about fire with all the wiring. Nobody's bothered him, like. Police say they've had
reports.
@ drug_offences | - | quote
V ({mid}) said: "I found a bag of white powder and scales in my daughter's boyfriend's coat in our hallway. He's 23.
I don't want him near her." Possession with intent recorded. No abuse towards the daughter disclosed.
@ drug_offences | - | multi
V ({old}) reports that her grandson, who is 24 and lives with her, has been growing cannabis in the loft. He has not
threatened or exploited her and she is not involved. Police recorded production of cannabis. She wants advice on her
tenancy.
@ drug_offences | - | police
Drugs - possession (Class A). Found in communal bin store at {street} flats by caretaker VIC M {age}. Caretaker
pricked finger on needle - NOT an assault, accidental. Referral for reassurance re testing.
@ drug_offences | - | stt
the school says people are selling drugs outside the gates to the older kids at home time a man in a car police have
been told the head teacher wants support for the parents group
@ drug_offences | - | dialect
Lad in the next flat to {vf} is selling that spice to the homeless lads, they're collapsing on the landing like
zombies. She's had to call ambulances three times. He's never said owt to her though. Police say they're building a
case.
@ drug_offences | - | police
Drug supply - pub. Landlord of {pub} M {mid} reports cocaine being sold in toilets by regulars. Staff have found
bags. Landlord fears licence review. No violence towards staff.
@ drug_offences | - | quote
V ({age}) said: "My husband's brother stored drugs in our garage without asking. The police found them in a search.
I'm terrified they'll think it was us." Possession with intent to supply against the brother-in-law. No abuse
between V and brother-in-law disclosed.
@ drug_offences | - | dialect
In the house where I rent a room, the other men are selling drugs from the kitchen. People come all the night. I am
afraid to say something. No, they do not make me do anything. (Caseworker: V {xm}, police aware.)
@ drug_offences | - | multi
Drugs in the family home. {vf} ({mid}) says her adult son has started dealing cannabis from her house; she found
bags and cash in his room. He has not been violent or threatening towards her and she says there is no abuse. Police
recorded possession with intent to supply. She wants to know what happens next.
@ drug_offences | - | stt
lady rang because she found out her 16 year old daughter has been taking ket she got it from a lad at college police
have spoken to the lad for supplying she wants someone to talk to as a parent
@ drug_offences | - | police
Drugs - cultivation. Cannabis factory found in flat above VIC's shop ({shop}), VIC M {age}. Water leak into shop
caused damage. Occupants fled. Recorded as production; VIC is witness and affected business.
@ drug_offences | online | quote
V ({mid}) said: "My son's 19. He was buying pills off a website on the dark web and having them posted here. The
police came with a warrant." Possession/import recorded against son. No exploitation or violence.
@ drug_offences | - | dialect
They're dealing out the back of the bookies on {street} every day, {wm} has to walk past it to get to the doctor's.
Nobody's said nowt to him but he feels like he's being watched. He's eighty. Police say it's on their radar.
@ drug_offences | - | stt
the caller found her neighbour's needles and a bag of brown in the shared garden where her kids play she's worried
he is dealing he has not threatened her police took the bag away
@ drug_offences | - | police
Drugs - PWITS. VIC: community centre manager F {mid}. Youths dealing cannabis in centre car park daily. Staff not
threatened. Manager seeking support + advice on exclusion.
@ drug_offences | - | multi
V ({mid}) is worried because there is a lot of dealing on her estate and she "has heard about county lines". Her own
children are not involved and nobody has approached them. The dealing is reported. Drug supply offences recorded;
she wants estate safety support.
@ possession_of_weapons | - | stt
mum found a big knife under her sons mattress he is {teen} she is scared he is carrying it when he goes out he hasnt
threatened anyone with it that she knows police have spoken to him and taken it away
@ possession_of_weapons | knife_sharp_instrument | police
Possession of bladed article / threatening in public. Man waving machete in {town} high street shouting at
passers-by {time}hrs. VIC F {age} had to run into {shop}, believed she'd be attacked. SUSP arrested, no injuries.
@ possession_of_weapons | - | dialect
{wf}'s husband keeps a shotgun in the loft, no licence, it were his dad's. He's never pointed it at her nor
threatened her, she just doesn't want it in the house with the grandkids about. Police have took it off him now.
@ possession_of_weapons | - | quote
V ({mid}), bus driver: "A lad got on and I could see the handle of a big knife sticking out of his waistband. He
didn't say anything to me, didn't show it me. I just drove. I reported it at the depot." Possession of a bladed
article in public.
@ violence_without_injury | knife_sharp_instrument | multi
Knife shown in the park. V ({yadult}) was walking his dog when a group of youths surrounded him and one lifted his
top to show a large knife, saying "get out of our park or you're getting stabbed". V believed it and left. Nobody
touched him and nothing was taken. Police recorded common assault and possession of a bladed article.
@ possession_of_weapons | - | police
Firearm (imitation) in public. Armed response to reports of M with handgun in {town} park. Airsoft replica
recovered. VIC: F {age}, witness, was nearby with children, very distressed. Not pointed at anyone.
@ possession_of_weapons | - | stt
the caller works in a school and a year 10 boy brought a lock knife into school in his bag another pupil told the
teacher police have been involved nobody was threatened the caller wants support as she searched his bag
@ possession_of_weapons | knife_sharp_instrument | dialect
There was a fella on the train brandishing a blade at folk, shouting he'd cut anyone who looked at him. {vf} were
right there with her bairn, thought they were done for. Transport police got him at the next stop. Nobody hurt,
thank God.
@ possession_of_weapons | - | multi
V ({mid}) tells us her neighbour "always carries a knife" and she has seen it on his belt when he walks his dog. He
has never threatened her or shown it to her. She reported it and police found a lock knife on him in the street.
Possession of a bladed article recorded.
@ possession_of_weapons | - | police
Possession of offensive weapon. Knuckleduster + extendable baton found in car stopped outside VIC's addr. VIC F
{age} had reported SUSP (stranger) sitting outside for hours. No threats made to VIC. SUSP charged.
@ possession_of_weapons | knife_sharp_instrument | quote
V ({yadult}, shop worker) said: "He stood at the door holding a kitchen knife, just holding it up so we could all
see, saying he'd do someone. Then he walked off down the street." No one approached or injured. Threatening with a
bladed article in a public place.
@ possession_of_weapons | - | dialect
The lads on the estate have been seen with a crossbow firing bolts at the lamp posts and trees, {wm} found one stuck
in his fence. Nobody's been hurt. Police have been round. He says it's only a matter of time, mun.
@ possession_of_weapons | - | stt
dad rang his son age {teen} was arrested for having a zombie knife in his bag at the bus station the son says he
carries it for protection because hes been bullied dad wants help for the son and the family
@ possession_of_weapons | - | police
Firearms - possession. Shotgun cartridges and sawn-off shotgun found in garage of rented house during repairs by
landlord VIC M {age}. Previous tenant sought. VIC shaken, referral for reassurance.
@ possession_of_weapons | knife_sharp_instrument | multi
Street incident. V ({age}) was walking home when a man outside the takeaway pulled out a large knife and waved it
around, shouting at everyone to get back; V believed he would use it and ran. There was no fight and nobody was
hurt. Police recorded threatening with a blade in a public place.
@ possession_of_weapons | - | quote
V ({mid}) said: "My son's friend left a rucksack at ours and I found a gun in it, a real one. I've never been so
scared. I rang the police straight away." Possession of firearm recorded against the friend; nobody threatened.
@ possession_of_weapons | - | dialect
Me neighbour's lad had a machete in his car, police stopped him outside our house and found it under the seat. He
never come at me or nowt with it, but I'm the one that rang them about him, so I'm worried now. (V {vf}.)
@ violence_without_injury | knife_sharp_instrument | police
Assault (no injury) w/ bladed article - school. VIC M {teen}. Pupil produced a Stanley knife in the toilets and held
it to VIC's face saying "you're next". VIC believed it. Not touched, no injury. Weapon recovered. School + police.
@ possession_of_weapons | - | stt
the caller is a taxi driver who found a knife down the back seat of his cab after dropping off a passenger he
doesn't know who left it nobody threatened him he handed it into the police and is now worried about his safety
@ possession_of_weapons | - | multi
V ({yadult}) says she is "terrified her brother's friends will come with knives" after they were seen with machetes
in a car on the estate. They have not threatened her or come to her house. Police recorded possession of offensive
weapons following a stop. V wants reassurance and safety advice.
"""

BLOCK_13_PO_MISC = """
@ public_order | hate_crime | stt
the caller was waiting at the bus stop on {street} with her kids when a man started shouting racist abuse at her
telling her to go back where she came from and calling her names he didnt touch her other people just looked away
police have cctv from the shop
@ public_order | hate_crime | police
Racially aggravated s4A POA. VIC M {age}, taxi driver. SUSP (passenger) used racist language and gestures during
journey, refused to leave cab. No assault, no damage. SUSP identified via booking. VIC wants it taken seriously.
@ public_order | hate_crime | dialect
{vm} and his husband were walking through {town} centre Saturday night and a gang of lads outside the kebab shop
started screaming homophobic stuff at them, following them to the taxi rank. Didn't lay a finger on 'em. Police have
took it as a hate crime, public order like.
@ public_order | - | quote
V ({yadult}, bar worker) said: "He was screaming in my face, calling me every name under the sun because I wouldn't
serve him. He was spitting as he shouted but not at me. I was shaking." Threatening behaviour, s4 POA. No assault.
@ public_order | - | multi
Violent disorder witnessed. V ({old}) lives above a shop on the high street where a mass brawl broke out between two
groups after a football match; bottles were thrown in the street. V was not involved or hurt but watched from her
window, terrified. Police recorded violent disorder; V is a witness.
@ public_order | hate_crime | stt
the lady has a son with autism and when they were in the park a group of adults started mocking him and calling him
names about being disabled and filming him the police are treating it as a disability hate incident and public order
offence nobody touched him
@ public_order | domestic_abuse | police
s5 POA - DA. VIC F {age}. SUSP: ex-husband. Shouting and swearing at VIC in school playground in front of children
and parents. No threats to kill, no assault. Single incident. VIC embarrassed + scared. DASH: standard.
@ public_order | hate_crime | quote
V ({age}) said: "I'm a trans woman and I was at the bar when a group started shouting that I was a man in a dress
and a pervert. They followed me to the toilets shouting." Public order with transgender hostility recorded.
@ public_order | - | dialect
I am the security man at the supermarket, one man is drunk and he shout very loud in my face and swear and say he
will come back with his friends. He don't touch me. Police take him away. (Caseworker: V {xm}, s4 POA recorded.)
@ public_order | - | stt
the caller is a traffic warden who was surrounded by three men shouting and swearing at her because she gave them a
ticket they didnt touch her but she felt very threatened one of them filmed her on his phone
@ public_order | hate_crime | multi
Religious hostility, no assault. V ({mid}) is a Sikh taxi driver. Two passengers mocked his turban, made "terrorist"
comments and swore at him for the whole journey. He stopped the car and they got out. Nothing was damaged and nobody
was hurt. Racially/religiously aggravated public order recorded.
@ public_order | - | police
Affray. VIC M {yadult} (witness/affected). Fight between 4 x M outside {pub}, chairs thrown, no weapons. VIC caught
in crowd, not injured. 2 x arrests. VIC works at pub, wants support.
@ public_order | - | dialect
Outside the chippy in {town}, there were a load of lads kicking off at each other, swinging fists and effing and
jeffing, {wf} were stuck in the queue with her little one. She weren't touched but her boy's having nightmares now.
@ public_order | hate_crime | police
Racially aggravated POA. VIC F {age} ({xf}), care worker. SUSP (neighbour of client) shouted "go back to Poland" and
swore at VIC on doorstep. No physical contact. VIC upset, wants employer support.
@ public_order | - | quote
V ({old}) said: "The man at the next table started ranting at everybody in the café about the government, then he
turned on me and screamed that I was a traitor. I was frightened he'd hit me, but he didn't." Section 4A POA.
@ public_order | - | multi
V ({age}) was sworn at and threatened by a man in the library who accused her of taking his seat. He is a stranger;
she has never met him. No assault, no online element. Police recorded a public order offence. She is anxious about
going back to the library.
@ public_order | hate_crime | stt
a jewish man walking to the synagogue on saturday had a car slow down and the men inside shouted anti jewish abuse
at him and made a gesture then drove off he has the registration police are treating it as religious hate
@ public_order | - | police
Public order s4. VIC F {mid}, GP receptionist. Patient shouted threats to "sort her out" and swore at VIC across
counter when appointment unavailable. No assault. Practice manager supportive.
@ public_order | hate_crime | dialect
Lad in the corner shop kept calling our {vm} names about his wheelchair, cripple and worse, in front of the whole
queue, and laughing. Not once, it's every time. Police say public order with disability hate. He's not going in
there now.
@ public_order | - | stt
the caller is a nurse who was shouted at and sworn at by a patients relative on the ward he threatened to wait for
her after her shift he didnt touch her security removed him police are dealing with it as a public order offence
@ public_order | - | quote
V ({yadult}) said: "I was canvassing door to door and a man came out swearing and screaming that he'd set his dog on
me. The dog stayed inside." Threatening behaviour recorded; V is a student volunteer.
@ public_order | hate_crime | police
Religiously aggravated s5 POA. VIC F {yadult} (wearing niqab). SUSP M 50s shouted anti-Muslim abuse at VIC in
supermarket aisle. No contact. Staff intervened. VIC reluctant but wants record made.
@ public_order | - | dialect
Football lot came through the village after the match singing and shouting, kicking bins about, one of 'em squared
up to {wm} at his gate shouting abuse. Never touched him. Police have it as public order. He's eighty-one mind.
@ public_order | - | multi
Protest turned nasty. V ({mid}) was caught up in a demonstration outside the council offices where part of the crowd
threw fireworks and chanted threats. She was not hurt and nothing of hers was damaged. Police recorded violent
disorder and public order offences; V is a council employee and witness.
@ misc_crimes_against_society | - | stt
the caller was nearly run off the road on the bypass by a driver who was tailgating her and then overtook and braked
hard in front of her over and over she has dash cam the police are charging him with dangerous driving nobody was
hurt
@ misc_crimes_against_society | - | police
Dangerous driving. VIC F {age}. {car} driven at high speed through school crossing patrol area, VIC (lollipop lady)
had to jump back. No contact, no injury. SUSP identified via plates. Charged.
@ misc_crimes_against_society | child_sexual_abuse_exploitation | multi
Indecent images. V ({mid}) discovered indecent images of children on her partner's laptop and reported him; he has
been charged with possessing and making indecent images of children. There was no abuse towards V or her own
children disclosed. V wants support; she feels she "should have known".
@ misc_crimes_against_society | - | quote
V ({age}), cyclist, said: "The van passed me so close his mirror nearly clipped my elbow, then he pulled in and
slammed his brakes on, twice. I didn't come off, I'm not hurt." Driver charged with dangerous driving from V's
helmet camera.
@ misc_crimes_against_society | domestic_abuse | multi
Bail breach. {vf}'s ex-partner {sm}, on bail for assaulting her, was arrested in her street in breach of his bail
condition not to enter {street}. He did not contact her or approach her house. He has been remanded for the bail
breach. V needs an update on the trial date.
@ misc_crimes_against_society | - | dialect
{wf} found out her husband were already married to a woman abroad when they got wed at the register office in
{town}. Police have charged him with bigamy. She's mortified, the whole family came to the wedding, see. She says he
were never unkind to her otherwise, it's the lying.
@ misc_crimes_against_society | - | police
Perverting the course of justice. VIC M {age}, witness in assault trial. Defendant's friend offered VIC {amt} to
change his statement. VIC refused and reported. SUSP charged PCJ. VIC anxious about giving evidence.
@ misc_crimes_against_society | - | stt
the lady was cut up by a boy racer who was speeding through the village at over 80 he overtook on a blind bend and
she had to swerve into a hedge she wasn't hurt her car was fine the police are prosecuting for dangerous driving
@ misc_crimes_against_society | - | quote
V ({old}) said: "My neighbour's son forged my signature on the forms to change my car into his name. I never signed
anything." Forgery of documents recorded; he did not sell the car. V wants advice on how to get it back in her name.
@ misc_crimes_against_society | domestic_abuse | police
Threat to commit criminal damage - DA. VIC F {yadult}. SUSP: ex-boyfriend, texted VIC he would smash up her car and
her mum's windows. No damage done, no threat to harm VIC. SMS only. DASH: medium.
@ misc_crimes_against_society | - | dialect
Man from the flats he say to me he will burn my car if I park in front of his window again. He don't burn it. I am
scared because he look serious. (Caseworker: V {xm}, threat to commit criminal damage recorded.)
@ misc_crimes_against_society | child_sexual_abuse_exploitation;online | police
Indecent images - distribution. VIC F {teen}. Image of VIC (sent to ex-bf, also {teen}) forwarded to group chat on
{app}. Police investigating distribution of indecent image of child. No sexual contact alleged. School DSL involved.
@ misc_crimes_against_society | - | multi
Witness intimidation and perverting justice. V ({mid}) is due to give evidence in a fraud trial. The defendant's
brother has been trying to persuade her to "forget what she saw" in return for money. No threats of violence. Police
recorded perverting the course of justice.
@ misc_crimes_against_society | - | stt
caller says a van was driving the wrong way up the dual carriageway and he had to swerve onto the hard shoulder he
was not hurt and his car wasn't hit the driver has been arrested for dangerous driving he is shaken up
@ misc_crimes_against_society | - | police
Handling stolen goods. VIC: {shop} (pawnbroker), owner F {mid}. Accepted jewellery later identified as burglary
proceeds; SUSP pawning items charged with handling. VIC is witness; was not deceived as to value.
@ misc_crimes_against_society | domestic_abuse | quote
V ({age}) said: "He forged my signature on the kids' passport applications so he could take them on holiday without
asking me. He's done things like this since we split." Ex-husband charged with forgery.
@ misc_crimes_against_society | - | dialect
Police rang {vf} to say she's a victim of perjury, the fella she took to court over the fence lied on oath about her
and they've charged him now. She's made up, she always said he were lying. She wants to know what happens.
@ misc_crimes_against_society | - | multi
V ({old}) was on a zebra crossing when a car drove straight through at speed, missing her by inches. She fell back
onto the kerb but was not hurt. The driver has been charged with dangerous driving. V is now afraid to cross roads.
@ misc_crimes_against_society | - | police
Breach of bail (non-DA). VIC M {age}. SUSP on bail for theft from VIC's garage, bail condition not to attend VIC's
street. Seen at end of street twice. No contact. SUSP and VIC not related, no relationship.
@ misc_crimes_against_society | - | stt
the lady says her neighbour told her he will put a brick through her front window if her kids play football near his
car again he hasnt done it and he didnt threaten her or the kids themselves police have it as threat to commit
criminal damage
@ misc_crimes_against_society | child_sexual_abuse_exploitation | quote
V ({mid}) said: "The police came and took my husband's computer. They said there were images of children on it. My
children are grown up and they say nothing happened to them." Possession of indecent images of children; V is the
referral.
"""

BLOCK_14_FRAUD_ASB_OTHER = """
@ fraud_computer_misuse | online | stt
the caller met a man on {dating} who said he was an engineer working on an oil rig they talked every day on whatsapp
for months and he asked her for money for his visa and then for a hospital bill she sent {amtbig} in total and then
he disappeared she is embarrassed and hasnt told her kids
@ fraud_computer_misuse | - | police
Courier fraud. VIC F {old}. Phone call from SUSP claiming to be DC from Met Police, told VIC her bank account
compromised, courier collected bank cards + PIN and {amt} cash from doorstep. No online element. Action Fraud ref.
@ fraud_computer_misuse | online | quote
V ({mid}) said: "It looked exactly like the {bank} website. I got a text saying a payment had been taken and to
click the link, and I typed in all my details. By the morning {amtbig} had gone." Phishing/bank impersonation fraud.
@ fraud_computer_misuse | - | multi
V ({old}) received a text saying she owed a parcel fee, then a phone call from "her bank" telling her to move money
to a safe account. She transferred {amt} by phone banking with the caller on the line. No website, app, email or
social media was involved. Bank impersonation fraud.
@ fraud_computer_misuse | domestic_abuse | police
Fraud - DA (economic abuse). VIC F {age}. SUSP: ex-partner. Took out 3 x loans + catalogue accounts in VIC's name
during relationship using her ID, total approx {amtbig}. VIC discovered via credit file. No current contact.
@ fraud_computer_misuse | online | dialect
{wm} paid for a caravan holiday off a Facebook page, {amt} deposit, and when they turned up at the site in {town}
the site had never heard of him. The page is gone now. He's tamping, the kids were so excited. Police say fraud.
@ fraud_computer_misuse | - | stt
a man knocked on the old ladys door and said her roof tiles were loose and he fixed them and charged her {amtbig}
her son says there was nothing wrong with the roof and the work is rubbish trading standards and the police are
looking at it as fraud
@ fraud_computer_misuse | online | police
Investment fraud (crypto). VIC M {mid}. Saw advert on {app} with celebrity endorsement, invested via website
platform over 4 months, total {amtbig}. Unable to withdraw. Website now offline. VIC suicidal ideation - referred
GP.
@ fraud_computer_misuse | online | quote
V ({yadult}) said: "Someone got into my Instagram and changed the email and the password, then used it to message
all my followers asking for money. I've lost my business page." Computer misuse / account takeover.
@ fraud_computer_misuse | - | dialect
Some fella rang our mam pretending to be from HMRC saying she owed tax and would be arrested, and she went and
bought {amt} in gift cards at {shop} and read the numbers out to him over the phone. All over the phone, she don't
do computers. She's mortified.
@ fraud_computer_misuse | online | multi
Invoice redirection. V ({mid}) runs a small building firm. A supplier's email account was hacked and V received an
email with "new bank details" for a genuine invoice; he paid {amtbig}. The supplier never got it. Police and Action
Fraud involved. V may lose the business.
@ fraud_computer_misuse | domestic_abuse;online | quote
V ({old}) said: "My grandson set up my online banking for me and then he was taking money out every week. Over two
years, nearly {amtbig}. He's 26. He'd shout at me if I asked about it." Fraud by abuse of position; police
investigating.
@ fraud_computer_misuse | - | stt
caller lost {amt} after a man came to the door selling a security system he signed her up on paper and took a
deposit by card reader and the company doesnt exist she is {old} and lives on her own
@ fraud_computer_misuse | online | dialect
I buy a car from the internet advert, I send money {amt} by transfer to the seller, he send me photos and documents.
When I go to the address, there is no car and no man. Phone is off. (Caseworker: V {xm}, police reference given.)
@ fraud_computer_misuse | online | police
Identity fraud. VIC F {age}. SUSP used VIC's details (from data breach) to open online bank account + mobile
contracts. Debt collectors now chasing VIC. Cifas protective registration advised.
@ fraud_computer_misuse | online | stt
the lady ordered a puppy from a website and paid {amt} deposit and then they wanted more for insurance and a special
crate and she paid again the puppy never came and the website is gone police have it as fraud
@ fraud_computer_misuse | - | multi
Rogue trader. V ({old}) paid a man who cold-called at her door {amtbig} over three weeks for driveway and gutter
work that was barely done; he kept returning with new "problems". He never threatened her. Police and trading
standards recorded fraud by false representation. Her daughter found the bank statements.
@ fraud_computer_misuse | online | quote
V ({age}) said: "I bought concert tickets off someone in a Facebook group. She showed me a screenshot of the
tickets, I paid by bank transfer, and then she blocked me. Twenty other people in the group had the same." Ticket
fraud.
@ fraud_computer_misuse | - | police
Fraud by false rep. VIC M {old}. Man posing as council officer collected {amt} cash for "overdue council tax" at
VIC's door. Receipt given on fake letterhead. No online element. VIC lives alone, son is contact.
@ fraud_computer_misuse | online | dialect
Lass from {town} had her Insta hacked and they've been selling fake iPhones off her account to her own mates, took
hundreds off 'em. She can't get back in. Bizzies have give her a crime number for computer misuse.
@ fraud_computer_misuse | domestic_abuse | multi
Economic abuse by a parent. V ({yadult}) found that her mother took out a phone contract and a credit card in V's
name when she turned 18 and ran up {amt} of debt. V says her mother has always controlled her money. Police recorded
fraud. No violence. V is living with her nan.
@ fraud_computer_misuse | online | stt
man was selling his camera on {market} and the buyer sent a fake email that looked like it was from the site saying
the money was paid he posted the camera and never got any money the buyer has disappeared
@ fraud_computer_misuse | - | quote
V ({mid}) said: "A man in a suit knocked and said he was from the energy company and I was due a refund, and I had
to pay a fee first in cash. He had a lanyard and everything." Fraud; V lost {amt}.
@ fraud_computer_misuse | online | police
Romance fraud. VIC M {old}, widower. Befriended on {app} by "woman" claiming to be US army nurse. Sent {amtbig} over
9 months via gift cards + bank transfer. Family concerned VIC still in contact. Bank has frozen account.
@ fraud_computer_misuse | - | dialect
{wf}'s mam had a fella ring her saying he were from {bank} fraud team, and she moved all her savings to a "safe
account" while he were on the phone. {amtbig}. It were all phone, no computer. Bank say they might refund some.
@ fraud_computer_misuse | online | multi
Pension scam. V ({mid}) was cold-contacted by email offering a pension review, then transferred his pension pot of
{amtbig} to an "overseas investment" through a website that has since disappeared. He is now unable to retire.
Police and Action Fraud investigating. V is very low.
@ fraud_computer_misuse | online | stt
caller got an email saying her netflix had failed payment and she clicked and put her card details in and since then
there have been payments to online shops of over {amt} the bank is investigating she has reported to action fraud
@ fraud_computer_misuse | - | police
Fraud - abuse of position. VIC F {old}, in care home. SUSP: appointed deputy (solicitor's clerk, not family)
withdrew {amtbig} from VIC's accounts. Discovered by family at annual review. No relationship to VIC.
@ fraud_computer_misuse | online | dialect
My account of WhatsApp, someone take it, they send message to my family in Romania to ask money for an emergency and
my cousin send £300. I cannot enter my account now. (Caseworker: V {xf}, account takeover reported.)
@ fraud_computer_misuse | - | multi
V ({old}) was phoned by a man claiming to be from her internet provider who said her email had been hacked; he
talked her into buying {amt} in vouchers and reading out the codes. He never got into her computer or email and she
did nothing online. Impersonation fraud recorded.
@ fraud_computer_misuse | online | quote
V ({age}) said: "I paid for a tradesman I found on a website, {amt} up front for materials. He never turned up and
stopped answering. His reviews were all fake." Fraud by false representation.
@ stalking_harassment | online;hate_crime | multi
Targeted because of his religion. V ({mid}) was sent abusive emails about being Muslim by someone who had hacked his
small shop's email account; the hacker also redirected customer payments. Police recorded computer misuse and fraud,
with a religious hate marker.
@ anti_social_behaviour | - | stt
the caller is fed up with the neighbours at number {num} playing loud music until 4 in the morning every weekend she
has asked them nicely they just laugh the council have been out no threats or anything just the noise she has two
kids and works early
@ anti_social_behaviour | - | police
ASB - youth related. Group of 8-10 youths congregating at {street} shops most evenings, shouting, littering, kicking
football against shop shutters. No damage caused, no threats to residents. Resident F {old} is referral.
@ anti_social_behaviour | - | dialect
Kids on scramblers tearing up and down the field behind {wf}'s all hours, noise is something else, she can't get the
baby down. Nobody's threatened her nor broke anything, it's just constant. Council and police say they know.
@ anti_social_behaviour | - | quote
V ({old}) said: "It's the dog next door. It barks from seven in the morning until midnight and I'm on my own with my
nerves. The owner's never been rude, he just doesn't do anything." Noise nuisance; no crime.
@ anti_social_behaviour | - | multi
V ({mid}) reports the neighbours have parties every weekend with cars blocking her drive. She wondered at first if
it was because she is Muslim, but says there has been nothing said or done about her religion and they treat
everyone the same. No threats, no damage. ASB case with the council.
@ anti_social_behaviour | - | stt
people keep fly parking across the callers drive when theres football at the ground and she cant get out to work
they are not rude just inconsiderate she wants to know if anyone can help
@ anti_social_behaviour | - | police
ASB - neighbour nuisance. VIC M {age}. Neighbour feeding pigeons, droppings over VIC's car + garden, bins
overflowing. Mediation offered. No crimes disclosed. VIC stressed, has heart condition.
@ anti_social_behaviour | - | dialect
There's a crowd of lads drinking in the bus shelter every night by {wm}'s house, shouting and swearing and leaving
cans everywhere. They've never said nowt to him direct, never damaged nothing. He just can't sleep, mun.
@ anti_social_behaviour | - | quote
V ({yadult}) said: "The people upstairs are constantly stamping and moving furniture and their washing machine goes
at 2am. I've asked them. They're not nasty, they just don't care." Noise ASB; housing association aware.
@ anti_social_behaviour | - | multi
V ({mid}) is being kept awake by shouting and door slamming from the couple in the next flat; she thinks they argue
a lot but has heard nothing to suggest anyone is being hurt and it is not her own relationship. No crime disclosed
to V. Noise complaint to council.
@ anti_social_behaviour | - | stt
kids keep knocking on the old mans door and running away and throwing snowballs at his windows he is {old} and lives
alone nothing is broken they havent said anything nasty just being a nuisance but he gets frightened
@ anti_social_behaviour | - | police
ASB. VIC F {mid}. Residents of HMO next door leaving rubbish in shared alley, music late, cooking smells and
shouting through the vent. No threats. Council environmental health + PCSO engaged.
@ anti_social_behaviour | - | dialect
I have a shop and every day young boys sit on the wall outside, they are loud, they ride bikes in the shop door,
they leave rubbish. They don't steal, they don't hit. But customers are scared to come. (Caseworker: V {xm}.)
@ anti_social_behaviour | - | quote
V ({old}) said: "There's a man who sleeps in the doorway of the flats and shouts to himself at night. He's never
done anything to me. I just feel unsafe going in and out." ASB; outreach team informed. No offence.
@ anti_social_behaviour | - | multi
V ({age}) says a neighbour posts moans about her parking in the village Facebook group. The posts are not abusive or
threatening, do not name her, and contain nothing offensive. V finds it upsetting. Advised this is not a criminal
matter; ASB/neighbour mediation offered.
@ anti_social_behaviour | - | stt
the caller lives by the park and every night there are young people with a speaker playing music loud until late and
leaving bottles everywhere nobody has been threatened she just wants it to stop
@ anti_social_behaviour | - | police
ASB - vehicle nuisance. Cars racing/revving at retail park car park {town} weekends, noise + wheelspins. No
collisions, no dangerous driving prosecutions. Resident M {old} referral for support re sleep disturbance.
@ anti_social_behaviour | - | dialect
Neighbour's got his bonfire going every day burning God knows what, {vf}'s washing stinks, her little one's chest is
bad. He's not nasty about it, just thinks he can. Council's been out. Nowt criminal, police say.
@ anti_social_behaviour | - | quote
V ({mid}) said: "The lads play football against my gable end every evening for hours. Thud, thud, thud. Nothing's
broken, they move on if I go out. It's just relentless." ASB.
@ anti_social_behaviour | - | multi
V ({age}) lives in a block where people regularly let strangers in through the main door and leave the bins
overflowing; rough sleepers sometimes sleep in the stairwell. Nobody has threatened her or damaged anything. She
feels unsafe. Housing officer aware. ASB, no crime.
@ anti_social_behaviour | - | stt
man rang about drones being flown over his garden by the neighbours teenage son he doesnt think they are filming him
just messing about but it annoys his dogs he has spoken to the parents nothing criminal
@ anti_social_behaviour | - | dialect
The lot next door have got a cockerel that goes off at half four every morning, and their geese get out on the lane.
{wm}'s at his wits' end. They're nice enough people, mind, no threats nor nothing. Just the noise.
@ anti_social_behaviour | - | police
ASB - nuisance. VIC F {yadult}. Group of youths loitering in stairwell, smoking, spitting on floor. Not directed at
VIC, no threats. Landlord CCTV installed. VIC anxious walking past. No crime.
@ anti_social_behaviour | - | quote
V ({old}) said: "Every Friday they're out in the street drinking and singing until one or two. They say hello to me
in the daytime, they're not nasty. I'm just so tired." Noise ASB; no offences.
@ other_crime | - | stt
the caller reported her neighbour for keeping two dogs in a cage in the back yard with no food and water they are
really thin and covered in sores the rspca and police have been and are prosecuting under animal welfare she is
upset because she has been watching it for weeks
@ other_crime | - | police
Animal welfare (AWA 2006 s4/s9). Horses left in flooded field with no feed, one dead. Owner traced. Reporting person
F {mid} (neighbouring landowner) distressed by what she saw, requested support. RSPCA leading.
@ other_crime | - | dialect
Somebody's been digging out the badger sett in the woods by {wm}'s farm, he's found dead badgers and dog tracks.
Police wildlife officer says it's a wildlife crime. He's proper cut up about it, he's watched them badgers for
years.
@ other_crime | - | quote
V ({age}) said: "The police told me a crime has been recorded and gave me a number, but they didn't say what it was
for and I was too upset to ask. It was something at my work last week." No details of the offence. Referral via
police portal.
@ other_crime | - | multi
Details unknown. Police referral received with crime reference only; the note says V ({mid}) is "a victim of crime"
and would like support. No offence type, no circumstances. V did not want to discuss it on the phone. Callback
booked.
@ other_crime | - | stt
a farmer rang about men with lurchers hare coursing across his fields at night they have not damaged anything and
didnt threaten him but he is worried about his stock and he found dead hares police rural crime team are dealing
@ other_crime | - | police
Wildlife crime. Poisoned buzzard x2 found on VIC's land, tox confirmed banned pesticide. VIC M {old}, landowner, not
suspected. Police wildlife crime officer investigating. VIC distressed, requests support.
@ other_crime | - | dialect
Our {vf} bought a puppy off some fella and went to the house and there were dogs in sheds in a terrible state,
dozens, breeding them. Her puppy's alright she thinks but she reported them for the cruelty. RSPCA are on it.
@ other_crime | - | quote
V ({mid}) said: "A lorry dumped a whole load of building rubble and asbestos at my farm gate overnight. The council
say it'll cost me thousands to clear and they're prosecuting the waste firm." Fly-tipping; environmental offence.
@ other_crime | - | multi
V's husband was badly injured when a forklift with faulty brakes, which his employer had been told to fix, crushed
his foot. The Health and Safety Executive is prosecuting the employer. V ({mid}) wants support for the family. No
police crime recorded.
@ other_crime | - | stt
the lady saw a man kicking and beating his dog in the park the dog was yelping she filmed it and police and rspca
have charged him with animal cruelty she is upset and cant stop thinking about it she doesnt know the man
@ other_crime | - | police
Referral - offence type not stated. VIC F {yadult}. Crime ref {crn} only. VIC referred by police for "emotional
support following an incident". No details disclosed; VIC declined to say more at first contact.
@ other_crime | - | dialect
The man who has the field next to my house keep the sheep without water in the heat, two is dead. I call many times.
Now police and the animal people come and take the sheep. I cannot sleep. (Caseworker: V {xf}, witness.)
@ other_crime | - | multi
Failure to stop, no injury. V's parked car was clipped by a driver who drove off without leaving details; the damage
was accidental, nobody was hurt and there was no dangerous driving. Police recorded failing to stop after an
accident. V ({age}) is upset and wants help with insurance.
@ other_crime | - | quote
V ({old}) said: "Men have been taking the eggs from the peregrines nesting on the church tower. I'm the volunteer
who watches them." Wildlife offence; police wildlife officer involved. V distressed.
@ other_crime | - | stt
man rang because the police told him his brother is a victim of crime and there is a crime number but the brother
has learning difficulties and could not say what happened and the police officer has not rung back so he does not
know what it was about he just wants someone to help his brother
@ other_crime | - | police
Referral - "victim of crime". VIC M {age}. Police note reads: "incident on {date}, crime recorded, VIC requests
support". Offence not specified; VIC states he "doesn't want to go into it". Needs assessment.
@ other_crime | - | dialect
Fella from the estate keeps his dog shut on the balcony day and night, it's crying and skin and bone. {wf} reported
it and the RSPCA have took it and they're charging him. She's gutted for the dog, nobody's hurt her, like.
@ other_crime | - | multi
Animal welfare, witness. V ({mid}) and her son ({teen}) found a neighbour's pony tethered without water or shelter
for days and covered in wounds; the owner has been charged under the Animal Welfare Act after an RSPCA visit. No-one
has threatened the family. V wants support for her son, who is very upset.
@ other_crime | - | quote
V ({mid}) said: "I don't want to say what happened, I just want to know I can talk to someone. The police have it
all, they gave me your number." Crime recorded per referrer; no offence details shared.
@ other_crime | - | stt
a lady called about illegal puppy farming at the house opposite dogs crammed in the garage she has reported it and
the council and rspca are prosecuting no one has threatened her she is just upset by it
"""

BLOCK_15_EXTRAS = """
@ violence_without_injury | domestic_abuse;honour_based_abuse | quote
V ({yadult}) said: "My uncles locked me in my room for a week after they found my boyfriend's messages and my dad
slapped me. They said I'd dragged the family name through the mud and they'd take me back home to marry." No
injuries. Police recorded common assault and are considering further offences.
@ violence_with_injury | honour_based_abuse | police
HBA - assault (ABH). VIC M {yadult}. SUSPs: 3 x brothers of VIC's girlfriend (VIC not related to them, not married).
Beat VIC in car park for "dishonouring" their sister - #finger, facial bruising. Girlfriend now missing from
contact.
@ violence_without_injury | domestic_abuse;hate_crime;honour_based_abuse | multi
V ({yadult}) is gay. His parents are arranging for him to marry a woman abroad so "nobody will know", and his father
has told him he will kill him rather than let him shame the family by living with a man. V believes it. Police
recorded threats to kill with homophobic and HBA markers. V is in emergency housing.
@ stalking_harassment | domestic_abuse;honour_based_abuse | dialect
Client say: my husband's family, they say I am shame for them because I go to college and I talk with men there.
They follow me from the bus, they call me every day, his mother come to my college and shout. They don't hit me.
(Caseworker: V {xf}, police recorded harassment with HBA marker.)
@ criminal_damage_arson | domestic_abuse;honour_based_abuse | quote
V (17) said: "Dad smashed my phone and my laptop with a hammer because I was talking to a boy from school. He said
I'd ruin the family's name and nobody would marry my sisters." No assault disclosed. Police recorded criminal
damage; social care involved.
@ violence_without_injury | honour_based_abuse | police
HBA / FM risk. VIC F 14. Parents have booked travel abroad for VIC's "engagement"; father slapped VIC when she
refused and said she shames the family. No injury. FMPO + EPO obtained. VIC in foster care. School DSL referral.
@ violence_with_injury | - | multi
V ({age}) was assaulted by a stranger at a bus station and has a cut eyebrow. During the call she mentioned that her
cousin was forced into a marriage years ago, which still upsets her. Nothing suggests V's assault is connected to
honour or family. ABH recorded.
@ violence_with_injury | domestic_abuse;honour_based_abuse | quote
V ({age}) said: "My husband's brother beat me with a stick because I took my headscarf off outside. He said I'd
shamed the whole family. My back was black and blue." Brother-in-law charged with ABH; V living with a friend.
@ stalking_harassment | honour_based_abuse | police
Harassment - HBA. VIC F {mid}, community support worker. SUSPs: members of local community, not family. Abusive
calls + visits to her office for helping young women leave forced marriages, saying she brings dishonour on the
community. No violence. Police recorded harassment.
@ violence_without_injury | modern_slavery | quote
V ({xf}) said: "I did nails from nine in the morning until ten at night and slept on a mattress in the back room.
The owner kept my passport and said I owed him for the flight. I never got paid." No injuries. NRM referral made;
nail bar owner arrested.
@ violence_without_injury | modern_slavery | stt
police found a young man locked inside a house with a cannabis farm in the loft he had been brought from abroad and
made to water the plants and was not allowed to leave he was not hurt he is in the nrm now and has an interpreter
@ violence_without_injury | modern_slavery | police
Domestic servitude. VIC F {age} ({xf}). Brought to UK by employer family, worked as housekeeper 16 hrs/day, unpaid,
not allowed out, phone taken. No physical injury. Employer family not related to VIC. NRM positive RG.
@ violence_without_injury | - | multi
V ({age}) works long shifts for low pay in a packing warehouse but is free to leave, keeps her own passport and bank
card, and goes home each night. Her supervisor pushed her against a shelving unit during a dispute about breaks; no
injury. Common assault recorded. Employment advice given.
@ violence_without_injury | modern_slavery | dialect
We are five men from Lithuania working on the farm picking, the gangmaster take our bank cards and give us maybe £30
each week, he say the rest is for the caravan. We cannot go, he say we owe him. Nobody is hurt. (Caseworker: V {xm},
{lang} interpreter, NRM referral.)
@ violence_without_injury | modern_slavery | quote
V ({xm}) said: "They opened bank accounts in my name and made me take money out for them. I slept where they told
me. If I said no they said they'd hurt my family at home." Forced criminality and labour; NRM referral. Fraud also
being investigated against the gang.
@ violence_without_injury | modern_slavery | police
CCE / county lines. VIC M 16, missing from home {town}, found in trap house 80 miles away. Made to sell Class A to
pay off a "debt" the group say he owes them. No injuries on exam. NRM referral submitted.
@ violence_with_injury | modern_slavery | multi
Forced begging. V ({mid}), who has a physical disability, was brought to the UK and made to beg outside supermarkets
in {town}; he was beaten with a belt when he did not bring back enough money and has bruising across his back.
Police recovered him and made an NRM referral. He speaks little English.
@ sexual_offences | child_sexual_abuse_exploitation | quote
Mum said: "My daughter is fourteen. He's thirty. He was buying her phones and trainers and picking her up from
school, and then she told me they'd been having sex at his flat." Suspect arrested for sexual activity with a child.
@ sexual_offences | online;child_sexual_abuse_exploitation | police
Causing/inciting child sexual activity. VIC F {teen}. SUSP M 26 (online only) coerced VIC into sexual acts on video
calls via {app} over 3 months. No physical contact. SUSP ID'd and arrested. VIC + parents referral.
@ sexual_offences | child_sexual_abuse_exploitation | multi
Non-recent abuse, school. V ({mid}) reports that a housemaster sexually abused him at boarding school when he was 12
and 13. He has never told anyone before and is now in therapy. Several other former pupils have come forward. Police
investigating.
@ sexual_offences | child_sexual_abuse_exploitation | dialect
Our lass is fifteen and she's been going round a flat on the estate where older lads, twenties, give her drink and
weed, and they've been having sex with her. She thinks one of 'em's her boyfriend. Police and social services have
took it on as CSE. Mam's going out of her mind.
@ sexual_offences | child_sexual_abuse_exploitation | stt
mum says her son age {kid} told her his football coach touched him in the changing rooms after training and told him
it was a secret game the coach has been arrested and other parents have been contacted
@ sexual_offences | child_sexual_abuse_exploitation | police
CSE. VIC F 15, missing x9 in 3 months, found in hotel room with 2 x adult M. Medical: evidence of sexual activity.
SUSPs arrested (rape of child / CSE). VIC returned to care placement. Social worker is referral.
@ sexual_offences | - | quote
V ({yadult}) said: "I was eighteen, it was the week after my birthday. He was my friend's older brother. I woke up
and he was touching me." Sexual assault; V now 20, reporting for the first time. No other safeguarding concerns.
@ stalking_harassment | domestic_abuse | multi
Several offences, one ex. {vf}'s ex-partner {sm} has followed her car, waited outside her gym and sent her hundreds
of texts; last month he also let himself into her flat while she was out and moved things around, taking nothing.
Police recorded stalking and burglary.
@ violence_without_injury | domestic_abuse | multi
Stalking escalates. {vf} ({age}) has been stalked by her ex-husband since {month}, and on {date} he sent a text
saying he was going to kill her and then himself. He has also smashed her car windscreen. Police have charged
threats to kill, stalking and criminal damage.
@ other_theft | online | multi
Carer theft and card use. V's mother ({old}) had cash taken from her purse by a paid carer, who also used her bank
card to buy things online. The carer is not family. Police recorded theft and fraud. V is the daughter and main
contact.
@ criminal_damage_arson | - | multi
Bike and window. V ({mid}) had her son's bike stolen from the front garden and the same youths smashed her porch
window when she shouted at them. No-one was threatened or hurt. Police recorded criminal damage and theft of a pedal
cycle.
@ theft_from_person | online | multi
Pickpocket then card fraud. V ({age}) had her purse taken from her handbag on a crowded train without noticing;
within an hour her cards had been used to buy things on shopping websites. Police recorded theft from the person and
fraud. V is a student and had her rent money in the purse.
@ drug_offences | - | multi
Dealing and abuse. A man dealing drugs outside V's shop swore at V ({mid}) and told him to "mind his own" when asked
to move away from the door. No assault, no threats of violence. Police recorded drug supply and a public order
offence. V wants the dealing stopped.
@ vehicle_offences | - | multi
Car theft with drugs found. V's {car} was stolen from his street and crashed the same night; police found cannabis
in the abandoned car. V ({age}) had nothing to do with the drugs. Police recorded theft of a motor vehicle and a
separate drugs possession offence against the thief.
@ possession_of_weapons | - | quote
V ({age}) said: "My ex kept a hunting knife in his glovebox. He was never violent to me, not once, it wasn't like
that. The police stopped him on the bypass and found it." Possession of a bladed article; V is the registered keeper
of the car and is worried.
@ possession_of_weapons | - | stt
the man works at the petrol station and a customer had a gun tucked in his waistband he saw it when he was paying
the customer didnt say anything or point it police stopped the car later and found it was real he is really shaken
@ possession_of_weapons | knife_sharp_instrument | dialect
Some lad at the bus stop in {town} pulled a blade out his tracky and was waving it about, shouting he'd do anyone
who come near. {vf} were stood right there with her shopping. She ran into the bakery. Police got him later. Nobody
cut, thank God.
@ possession_of_weapons | - | police
Possession of knife in public. SUSP M 19 detained outside primary school, lock knife in pocket. Reported by VIC F
{age} (parent) who saw handle. Not shown or brandished. No threats. VIC anxious re school run.
@ drug_offences | - | quote
V ({old}) said: "They've turned the garages behind my bungalow into a drugs den. Cars all night, needles on my path.
Nobody's said a word to me, I just daren't go out after dark." Drug supply reported; V wants reassurance.
@ drug_offences | - | police
Drugs - supply from vehicle. VIC: residents of {street} (referral: F {mid}). Car parks outside nightly, deals done
through window. Residents not threatened. Police ops ongoing. Referral for support & updates.
@ drug_offences | - | stt
lady rang about her neighbour growing weed in his spare room the smell is in her flat and her baby has a cough he is
polite to her and has never threatened her police have been told
@ bicycle_theft | - | quote
V ({teen}) said: "I locked it up outside the shop for one minute. When I came back the lock was cut and the bike was
gone." Mum says it was his birthday present. Theft of pedal cycle.
@ bicycle_theft | - | stt
the callers husband had his bike taken from the rack at the train station he uses it to get to work and now he has
to walk an hour the lock was cut and the police say theres no cctv of that rack
@ bicycle_theft | - | police
Theft of pedal cycle. VIC F {mid}. {bike} taken from outside {shop} whilst VIC shopping. D-lock cut. No CCTV. VIC
relies on bike, no car. Not in a building.
@ theft_from_person | - | quote
V ({age}) said: "He pretended to ask for directions with a map, and while I was looking at it his friend had my
phone out of my coat pocket. I felt nothing." Distraction theft from the person.
@ theft_from_person | - | stt
woman had her necklace pulled off her neck very quick by a lad on a bike she didnt get pulled over and it didnt hurt
her he was just gone she says it was her mums necklace
@ shoplifting | - | quote
V ({mid}), owner of a small pharmacy, said: "We're losing hundreds a week to the same three people. They take the
cough medicine and the razors. We've had no threats, but the staff are exhausted." Shop theft.
@ shoplifting | - | stt
caller is a supervisor at {shop} a man came in and put ten bottles of wine in a holdall and walked out the staff
didnt try to stop him nobody was hurt or threatened he's been in before
@ vehicle_offences | - | quote
V ({mid}) said: "They took the catalytic converter off my hybrid in the supermarket car park in ten minutes while I
was shopping. The garage says it's a three-week wait." Theft from motor vehicle.
@ vehicle_offences | - | stt
the man's work van was broken into overnight and all his tools were taken he is a plasterer and cant work until he
replaces them he has reported it to police they say there were four in the street that night
@ criminal_damage_arson | - | quote
V ({age}) said: "Someone poured paint stripper over my car bonnet and roof. It's ruined. I've no idea who, I don't
have any fall-outs with anyone." Criminal damage to vehicle.
@ criminal_damage_arson | - | stt
the caller said someone set fire to the shed at the bottom of his garden last night it spread to the fence the fire
brigade put it out nobody was hurt he thinks its kids from the estate police say arson
@ criminal_damage_arson | hate_crime | dialect
Somebody's been and sprayed "go home" and a load of racist filth on {xm}'s shop shutters again, and put the window
through. He's lived here twenty years. Police say racially aggravated criminal damage. He's not letting it beat him.
@ public_order | hate_crime | quote
V ({yadult}) said: "A group of men outside the pub shouted at me and my girlfriend that we were disgusting and
should be ashamed, and followed us to the taxi rank still shouting. Nobody touched us." Homophobic public order
offence.
@ public_order | - | stt
the caller works at a job centre and a man started shouting and swearing and kicked a chair across the room saying
he'd be back for them nobody got hurt the chair didn't break security escorted him out
@ public_order | - | police
s4 POA. VIC F {age}, parking attendant. SUSP M shouted threats and abuse at VIC for 5 mins after ticket issued. No
contact, no damage, no hate element identified. Body-worn footage available.
@ anti_social_behaviour | - | quote
V ({mid}) said: "The neighbours' kids ride their motorbikes round the close until midnight. The noise is constant.
They've never threatened me or damaged anything." ASB; council and police aware.
@ anti_social_behaviour | - | stt
caller says the house next door is empty and kids go in there at night and make noise and light fires in the garden
not in the house nobody has broken anything she knows of she is just worried it will go up
@ anti_social_behaviour | - | police
ASB - neighbour dispute. VIC F {old}. Neighbour's CCTV camera pointing at VIC's garden. No threats, no harassment
found on review. Mediation. VIC upset, feels watched.
@ misc_crimes_against_society | - | quote
V ({age}) said: "My ex was supposed to be on a tag and bail not to come to this town. I've seen him twice at the
retail park. He's never bothered me, we split years ago and it was fine." Bail breach recorded. No abuse disclosed.
@ misc_crimes_against_society | - | stt
a cyclist rang a lorry driver was driving really dangerously overtaking him on a bend and cutting in he wasn't hit
or hurt police are prosecuting the driver for dangerous driving from his helmet cam video
@ other_crime | - | quote
V ({mid}) said: "I've had a letter from the police saying I'm a victim of crime and to call you. It doesn't say what
crime. I've got no idea what it's about." No details on referral. Callback arranged.
@ death_injury_driving | - | stt
caller's wife was hit by a car on the pavement outside the shops the driver was drunk and has been charged with
causing serious injury by dangerous driving she has brain damage he wants help with the carers and benefits
@ homicide | - | quote
V's sister said: "We don't even know who did it. They found him in the river. The police say he was killed, they're
calling it murder, but nobody's been arrested." Unsolved murder; family want regular updates.
@ burglary | - | quote
V ({mid}) said: "They came through the garage at the side, it's attached to the house, and took the bikes and my
husband's golf clubs, and then they got into the kitchen through the connecting door." Burglary dwelling.
@ burglary | - | stt
caller says her flat was broken into while she was in hospital having her baby and they took the presents and the
pram and her laptop her mum found it a police officer has been round
@ robbery | - | quote
V ({teen}) said: "They pushed me off my bike and one held me down while the other took my phone out of my pocket.
Then they rode off on my bike as well." Robbery; V's mum is contact.
@ robbery | knife_sharp_instrument | stt
a man was robbed in the underpass two lads held a knife to his stomach and took his watch and his wallet they didnt
cut him he is {old} and his son is worried he will not go out again
@ other_theft | - | quote
V ({age}) said: "I left my bag on the back seat of a taxi by accident and rang straight away, and the driver said
there was nothing there. Then the firm's in-cab camera showed him putting my purse in his pocket." Theft (other);
enquiries with firm.
@ other_theft | - | stt
the lady runs a cafe and a customer who works there part time has been taking money out of the till every week about
{amt} so far she has it on camera the police are dealing
@ fraud_computer_misuse | online | quote
V ({yadult}) said: "A girl I'd been talking to on {dating} for weeks said her mum was in hospital abroad and asked
me to lend her {amt}. After I sent it her profile disappeared." Romance fraud.
@ stalking_harassment | - | quote
V ({old}) said: "He's my late husband's friend. He keeps phoning, ringing the bell, leaving letters saying we're
meant to be together. I've told him no, there was never anything between us." Harassment recorded.
@ violence_with_injury | - | stt
the caller was in a road rage row on the roundabout the other driver got out and punched him through the car window
and broke his nose grievance bodily harm police have the dash cam there was no crash
@ violence_without_injury | - | stt
a taxi driver rang a passenger grabbed him by the collar from the back seat and shoved his head against the window
and told him he would kill him if he didnt take him the long way no marks no injury police arrested the man
@ sexual_offences | - | stt
the caller says a man on the bus sat next to her and rubbed himself against her leg and then touched her thigh she
moved seats and told the driver police have the cameras she is 23
@ public_order | - | multi
V ({age}) was shouted at and threatened by a man in the supermarket car park who she thinks "was probably on
something". No contact, no damage, nothing found on him. Police recorded a public order offence. V works at the
supermarket.
@ anti_social_behaviour | - | multi
V ({old}) is worried because youths who hang around the shops are "the sort who carry knives". No knife has been
seen and no-one has threatened her; they are noisy and leave litter. ASB reported to the council.
@ stalking_harassment | hate_crime | stt
caller is being harassed by a man on her street who keeps calling her a terrorist because she wears a headscarf and
follows her to the school gate he hasn't touched her it's been months now police are involved
"""

TEMPLATE_BLOCKS = [
    BLOCK_01_HOMICIDE,
    BLOCK_02_DID,
    BLOCK_03_SEXUAL,
    BLOCK_04_ROBBERY,
    BLOCK_05_VWI,
    BLOCK_06_VWOI,
    BLOCK_07_STALKING,
    BLOCK_08_BURGLARY,
    BLOCK_09_VEHICLE,
    BLOCK_10_TFP_BIKE_SHOP,
    BLOCK_11_OTHER_THEFT,
    BLOCK_12_CD_DRUGS_WEAPONS,
    BLOCK_13_PO_MISC,
    BLOCK_14_FRAUD_ASB_OTHER,
    BLOCK_15_EXTRAS,
]


def parse_templates():
    """Parse TEMPLATE_BLOCKS into (category, flags, style, text) tuples, validating labels."""
    records = []
    for block in TEMPLATE_BLOCKS:
        current = None
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("@ "):
                if current is not None:
                    records.append(current)
                head = [part.strip() for part in line[2:].split("|")]
                if len(head) != 3:
                    raise ValueError("bad header: " + line)
                current = (head[0], head[1], head[2], [])
            else:
                if current is None:
                    raise ValueError("text before header: " + line)
                current[3].append(line)
        if current is not None:
            records.append(current)

    templates = []
    seen_texts = set()  # membership test only, never iterated
    for category, flag_field, style, lines in records:
        if category not in CATEGORIES:
            raise ValueError("unknown category: " + category)
        if style not in STYLES:
            raise ValueError("unknown style: " + style)
        given = [] if flag_field == "-" else [f.strip() for f in flag_field.split(";")]
        for flag in given:
            if flag not in FLAGS:
                raise ValueError("unknown flag: " + flag)
        if len(given) != len(set(given)):
            raise ValueError("duplicate flag in: " + flag_field)
        flags = [f for f in FLAGS if f in given]  # TAXONOMY.md order
        text = " ".join(lines)
        if not text or text in seen_texts:
            raise ValueError("empty or duplicate template: " + text[:60])
        seen_texts.add(text)
        templates.append((category, ";".join(flags), style, text))
    return templates


def slot_names(text):
    """Slot names in order of first appearance."""
    names = []
    pos = 0
    while True:
        start = text.find("{", pos)
        if start < 0:
            return names
        end = text.find("}", start)
        if end < 0:
            raise ValueError("unclosed slot in: " + text[:60])
        name = text[start + 1 : end]
        if name not in names:
            names.append(name)
        pos = end + 1


def fill(text, rng):
    """Fill every slot; slots that share a pool get distinct values."""
    values = {}
    used = {}
    for name in slot_names(text):
        if name in SLOT_POOL:
            pool_name = SLOT_POOL[name]
            taken = used.setdefault(pool_name, [])
            choices = [v for v in POOLS[pool_name] if v not in taken]
            value = rng.choice(choices)
            taken.append(value)
        else:
            value = number_slot(rng, name)
            if value is None:
                raise KeyError("unknown slot: " + name)
        values[name] = value
    out = text.format(**values)
    return " ".join(out.split())


def build_rows():
    rng = random.Random(SEED)
    templates = parse_templates()
    plan = list(range(len(templates)))
    plan.extend(sorted(rng.sample(plan, EXTRA_FILLS)))
    rng.shuffle(plan)

    rows = []
    produced = set()  # membership test only, never iterated
    for index in plan:
        category, flags, style, template = templates[index]
        text = None
        for attempt in range(6):
            candidate = template
            if attempt > 0 or rng.random() < 0.3:
                candidate = candidate + " " + rng.choice(SUFFIXES[style])
            candidate = fill(candidate, rng)
            if candidate not in produced:
                text = candidate
                break
        if text is None:
            continue
        if "\n" in text or "\r" in text:
            raise ValueError("multi-line text")
        produced.add(text)
        rows.append((text, category, flags))
    return templates, rows


def main():
    templates, rows = build_rows()
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (text, category, flags) in enumerate(rows, start=1):
            writer.writerow(["{}{:04d}".format(ID_PREFIX, number), text, category, flags])

    print("templates:", len(templates))
    print("rows:", len(rows), "->", OUT_PATH)
    for category in CATEGORIES:
        n_templates = sum(1 for t in templates if t[0] == category)
        n_rows = sum(1 for r in rows if r[1] == category)
        print("  {:<30} templates {:>3}  rows {:>3}".format(category, n_templates, n_rows))
    for flag in FLAGS:
        n_templates = sum(1 for t in templates if flag in t[1].split(";"))
        n_rows = sum(1 for r in rows if flag in r[2].split(";"))
        print("  {:<34} templates {:>3}  rows {:>3}".format(flag, n_templates, n_rows))
    for style in STYLES:
        print("  style {:<10} templates {:>3}".format(style, sum(1 for t in templates if t[2] == style)))


if __name__ == "__main__":
    main()
