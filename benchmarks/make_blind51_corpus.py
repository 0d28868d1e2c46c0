#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND51 labelled corpus of synthetic victim-services referral notes.

Scenario: a victims' hub runs an out-of-hours webchat and text-message service.
Three kinds of voice reach the referral queue:

* ``chat`` / ``txt``: victims, their friends and their parents typing in their own
  words (lowercase, text-speak, run-on sentences, typos, ASCII only);
* ``op``: the webchat / text operator's one-line summary of a conversation;
* ``slo``: a schools and colleges police liaison officer's terse notes about pupils
  and students (ages either side of 16, young people's relationships, images,
  group chats, county lines grooming, fights at the gate, parents' disputes told
  through a child).

Every template is hand-labelled (``kind|category|flags|text``). Slots only carry
names, places, UK dates, times, amounts, references, counts and ages drawn from
pools that never cross a threshold in the taxonomy (12-15, 16-17, 19+, 67+), so no
slot can change a label. Everything is invented. Standard library only; one seeded
RNG; output is byte-identical whatever the working directory or PYTHONHASHSEED.
"""

import csv
import datetime
import random
import re
import sys
from pathlib import Path

RNG = random.Random(51_2026)

N_NOTES = 800
ID_PREFIX = "B51-"
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind51.csv"

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

KINDS = ["chat", "txt", "op", "slo"]

# ---------------------------------------------------------------------------
# Slot pools. None of these values can move a note across a taxonomy threshold.
# ---------------------------------------------------------------------------
POOLS = {
    "f": [
        "Chloe",
        "Amira",
        "Jade",
        "Kayleigh",
        "Priya",
        "Sophie",
        "Leanne",
        "Zara",
        "Megan",
        "Aisha",
        "Courtney",
        "Holly",
        "Niamh",
        "Shannon",
        "Bethany",
        "Roxanne",
        "Imani",
        "Tia",
        "Ellie",
        "Destiny",
        "Gemma",
        "Marta",
        "Ruby",
        "Kirsty",
        "Nadia",
        "Laila",
        "Paige",
        "Abbie",
    ],
    "m": [
        "Kyle",
        "Jordan",
        "Tyler",
        "Callum",
        "Ryan",
        "Deon",
        "Harvey",
        "Bilal",
        "Connor",
        "Liam",
        "Reece",
        "Mason",
        "Tomasz",
        "Jamal",
        "Dean",
        "Kieran",
        "Lewis",
        "Owen",
        "Haris",
        "Darnell",
        "Brandon",
        "Jake",
        "Aaron",
        "Kofi",
        "Shane",
        "Dominic",
        "Ifeanyi",
        "Luca",
    ],
    "sur": [
        "Hartley",
        "Okafor",
        "Brennan",
        "Kowalski",
        "Ahmed",
        "Pearce",
        "Lomax",
        "Shaw",
        "Mensah",
        "Doyle",
        "Rahman",
        "Fletcher",
        "Quinn",
        "Barker",
        "Nowak",
        "Ellison",
        "Carty",
        "Bhatt",
    ],
    "town": [
        "Brackenford",
        "Wexley",
        "Cradleford",
        "Millhaven",
        "Osterby",
        "Pelham Green",
        "Thornbury Cross",
        "Redwick",
        "Hallam Vale",
        "Ashcombe",
        "Nethercott",
        "Saltmarsh",
        "Kelvedon Moor",
        "Stanbridge",
    ],
    "street": [
        "Gower Rd",
        "Kingsway",
        "Station Rd",
        "Albion St",
        "Priory Lane",
        "Canal Walk",
        "Marsh Lane",
        "Victoria Parade",
        "Elm Grove",
        "Bridge St",
        "Hatfield Ave",
        "Mill Lane",
        "Coronation Rd",
        "Foundry Way",
        "Tanners Row",
    ],
    "school": [
        "Oakfield Academy",
        "St Brennan's RC High",
        "Thornbury Cross High",
        "Riverside Academy",
        "Hallam Vale School",
        "Wexley Park School",
        "Cradleford Community School",
        "Osterby Grange Academy",
    ],
    "college": [
        "Millhaven College",
        "Ashcombe Sixth Form",
        "Westgate UTC",
        "Redwick FE College",
        "Brackenford College",
        "Stanbridge Tertiary",
    ],
    "venue": [
        "the Crown",
        "Club Neon",
        "the Anchor",
        "the Red Lion",
        "Bar Sola",
        "Velvet",
        "the Feathers",
        "Tokyo Rooms",
        "the Swan",
    ],
    "shop": [
        "the Spar",
        "the Co-op",
        "Londis",
        "Costcutter",
        "Home Bargains",
        "the big Tesco",
        "Boots",
        "the Premier",
        "One Stop",
        "the Nisa",
    ],
    "park": [
        "Jubilee Park",
        "the rec",
        "Victoria Park",
        "the Meadows",
        "Kingfisher Park",
        "the skate park",
        "Coronation Gardens",
        "the top field",
    ],
    "bus": ["14", "X7", "52A", "9", "33", "101", "6B", "27", "X40"],
    "car": ["Corsa", "Fiesta", "Golf", "Qashqai", "Polo", "Astra", "Yaris", "Juke", "Focus"],
    "bike": ["Carrera", "Voodoo", "Boardman", "Specialized", "Trek", "Giant", "Calibre"],
    "app": ["Snapchat", "Instagram", "TikTok", "WhatsApp", "Facebook"],
    "amt": [
        "20",
        "35",
        "40",
        "60",
        "75",
        "85",
        "120",
        "150",
        "200",
        "250",
        "300",
        "340",
        "450",
        "600",
        "800",
        "950",
        "1200",
        "1500",
        "2000",
        "2400",
        "3100",
    ],
    "cnt": ["3", "4", "5", "6", "7", "8", "9"],
    "agec": ["12", "13", "14", "15"],
    "aget": ["16", "17"],
    "agea": [str(a) for a in range(19, 55)],
    "ageo": [str(a) for a in range(67, 90)],
    "yr": [str(y) for y in range(2012, 2021)],
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
    "day": [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "mon",
        "tues",
        "weds",
        "thurs",
        "fri",
        "sat",
        "sun",
    ],
    "mins": ["5", "10", "15", "20", "25", "30", "40", "45"],
}

MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAY_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def gen_date() -> str:
    start = datetime.date(2024, 1, 1)
    d = start + datetime.timedelta(days=RNG.randrange(0, 700))
    style = RNG.randrange(6)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == 3:
        return f"{_ordinal(d.day)} {POOLS['month'][d.month - 1]}"
    if style == 4:
        return f"{WEEKDAY_ABBR[d.weekday()]} {d.day:02d}/{d.month:02d}"
    return f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}"


def gen_time() -> str:
    h = RNG.randrange(0, 24)
    m = RNG.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = RNG.randrange(4)
    if style == 0:
        return f"{h:02d}:{m:02d}"
    if style == 1:
        return f"{h:02d}{m:02d}hrs"
    h12 = h % 12 or 12
    suffix = "am" if h < 12 else "pm"
    if style == 2:
        return f"{h12}.{m:02d}{suffix}" if m else f"{h12}{suffix}"
    return f"about {h12}ish"


def gen_ref() -> str:
    style = RNG.randrange(5)
    if style == 0:
        return f"CAD {RNG.randrange(100, 9999)}"
    if style == 1:
        return f"{RNG.randrange(10, 99)}/{RNG.randrange(10000, 99999)}/{RNG.choice(['24', '25'])}"
    if style == 2:
        return f"WC-{RNG.randrange(10000, 99999)}"
    if style == 3:
        return f"TXT{RNG.randrange(100000, 999999)}"
    return f"#{RNG.randrange(1000, 99999)}"


GENERATORS = {"date": gen_date, "time": gen_time, "ref": gen_ref}

SLOT_RE = re.compile(r"\{([a-z]+)(\d?)\}")

BLOCKS: list[str] = []

# ---------------------------------------------------------------------------
# Block A: violence with injury
# ---------------------------------------------------------------------------
BLOCKS.append("""
chat|violence_with_injury|domestic_abuse|my bf {m} punched me in the face last night at his mums in {town}, my lip is split and i think my nose is broke idk what to do tbh i dont want him arrested i just want it to stop
op|violence_with_injury|domestic_abuse|Webchat {ref}. V (F, {agea}) disclosed partner of {cnt} yrs put hands round her throat on {date} until she nearly blacked out; bruising to neck and burst blood vessels in eyes. No police report yet. DASH high, consent to MARAC.
slo|violence_with_injury|-|SLO note {date}. Yr 9 pupil ({agec}) jumped by {cnt} lads at the gates of {school} after last bell, kicked while on floor, cut above eye glued at A&E. Suspects believed from neighbouring school, names tbc. Mum aware.
chat|violence_with_injury|-|hi im messaging for my son hes {agec} he got his head smashed off a wall by an older boy at {park} in {town} on {day}, needed stitches, police came to the hospital but we havent heard anything since ref {ref}
op|violence_with_injury|hate_crime|Chat summary: V ({agea}, Sikh) assaulted outside {shop} on {street}, turban knocked off and punched repeatedly while S shouted abuse about his religion. Bruised cheekbone + chipped tooth. Reported, ref {ref}.
chat|violence_with_injury|domestic_abuse|its my brother hes {agea} and lives with me and mum, he threw a mug at mum on {day} and it cut her head open, she wont call anyone cos hes her baby, im scared its gonna happen again
txt|violence_with_injury|-|me and my flatmate {f} had a row over the bills and she shoved me down the stairs, sprained wrist and bruises all down my back. were not together or anything we just share the flat in {town}
slo|violence_with_injury|knife_sharp_instrument|SLO referral. Student ({aget}) at {college} slashed across forearm with a blade in {park} off {street}, {date} approx {time}. Not gang related per V. Wound closed w steri-strips. Suspect N/K.
op|violence_with_injury|domestic_abuse|Text service {ref}: V says ex-husband {m} (separated {cnt} yrs) turned up at the school run and headbutted her in front of the kids. Swollen eye. Police attended, S bailed. Wants IDVA.
chat|violence_with_injury|-|some random guy outside the kebab shop in {town} punched my mate {m} and he went down and cracked his head on the kerb, hes got a fractured skull, we dont know the guy at all never seen him before
chat|violence_with_injury|domestic_abuse|not sure if this counts but my girlfriend {f} bit me really hard on the arm when i tried to leave during an argument, its all purple and broke the skin. im a guy so idk if anyone will take it seriously lol
slo|violence_with_injury|-|{date}. Fight at gate of {school}, two yr 10 girls ({agec}), V pulled to ground by hair, clumps of hair out and scratches to face. Filmed by others, nothing seen posted so far. Parents of both informed.
op|violence_with_injury|domestic_abuse|V (M, {agea}) in same-sex relationship; partner {m} shoved him against a hot radiator on {date}, burn + bruising to back. Denies previous incidents but says partner "checks his phone constantly". DASH medium.
chat|violence_with_injury|-|my nan is {ageo} and her carer from the agency grabbed her arms so hard theres finger mark bruises on both, nan says the carer was rushing and got angry. its not family its just the carer they send
chat|violence_with_injury|domestic_abuse|my dad hit my mum again last night with the tv remote her eye is all swollen, im {agec} and my little sister was crying, i dont know whether to tell someone at school or not
op|violence_with_injury|-|Chat w/ mother of V ({agec}). V punched by his girlfriend's older brother ({agea}) outside chippy on {street}, fractured nose. Not DA - no family or partner link between V and S. Ref {ref}.
slo|violence_with_injury|domestic_abuse|SLO: Student {f} ({aget}) disclosed boyfriend ({aget}, other college) slapped and kicked her at a party {day} night. Bruising to thigh seen by tutor. Both over 16. Safeguarding lead informed, DASH to follow.
chat|violence_with_injury|domestic_abuse|my step dad {m} slammed my hand in the door on purpose, im {aget}, its swollen and the nurse thinks a finger is broken. mum just stood there and said i wound him up
chat|violence_with_injury|-|im {agec} and my dad hit me with his belt cos i came home late, theres welts all over the back of my legs. i dont want him to get in trouble i just dont want it to happen again
op|violence_with_injury|-|Webchat: V ({agea}) says door staff at {venue} in {town} threw him out and stamped on his arm on {date}; dislocated shoulder, seen at A&E. Wants to complain and report.
chat|violence_with_injury|domestic_abuse|ok so my uncle lives with us and he got drunk and battered my cousin whos {agea}, his son, hes got 2 black eyes. my aunty says its family business but i think someone should know
slo|violence_with_injury|knife_sharp_instrument|SLO {ref}. Pupil ({agec}) stabbed in leg with compass point by classmate during maths, {date}; puncture wound, first aid + GP. Classmate excluded. Parent wants police involvement.
chat|violence_with_injury|-|was walking home from college and some lads on bikes threw eggs at me then one of them smacked me in the back of the head with a bottle, needed glue at minors. didnt know any of them, it was on {street}
op|violence_with_injury|hate_crime|V (trans woman, {agea}) attacked on the {bus} bus by two males after they mocked her and called her "a bloke in a dress"; punched repeatedly, cut lip and concussion. Hostility re gender identity clear from words used.
chat|violence_with_injury|domestic_abuse|we broke up like {cnt} years ago but my ex {m} still comes round when hes drunk and last week he grabbed me by the throat and threw me on the bed, ive got bruises on my neck and arms
op|violence_with_injury|-|Text: V ({agea}) works at a care home; a resident's son punched her in the face when told visiting was over. Swollen jaw. Employer aware. Not DA, V not related to S.
slo|violence_with_injury|-|SLO. {date}. Two yr 11 lads ({agec}) fighting outside {school}; V knocked out briefly when head hit pavement. Ambulance. S ({agec}) arrested on suspicion GBH, RUI.
chat|violence_with_injury|domestic_abuse|my wife keeps hitting me when she drinks, been married {cnt} years, this time she cut my face with her ring when she slapped me. i dont want to make a big deal of it im a grown man but my daughter told me to message u
op|violence_with_injury|domestic_abuse;honour_based_abuse|Chat {ref}: V (F, {aget}) beaten by father and uncle after they found out she has a boyfriend; told she had "shamed the family". Bruising to back/arms. Staying with a friend. Fears being sent abroad.
chat|violence_with_injury|-|my son was bottled on a night out in {town} by someone he didnt know, the bottle didnt break but hes got a fractured eye socket. police have cctv apparently ref {ref}
op|violence_with_injury|-|V ({agea}) parcel courier attacked by customer when delivery late: pushed off front step, broken wrist. Customer not known beyond address. No relationship.
chat|violence_with_injury|domestic_abuse|my sister {f}s husband kicked her so hard in the ribs she couldnt breathe properly, shes at mine now and her kids are with his mum. shes {agea} and she wont go to the police
chat|violence_with_injury|-|my sisters ex {m} smashed my car window then punched me when i went out to stop him, black eye and my knuckles are all cut up. hes never been with me its her he was with, i just want him done for it
slo|violence_with_injury|hate_crime|SLO {date}: Pupil ({agec}) with autism pushed off bench and kicked by a group who called him "retard" and "special" while filming. Bruised ribs. Disability-related hostility. Group identified.
chat|violence_with_injury|domestic_abuse|hey so my mum {f} is {ageo} and my brother has been pushing her around for ages, yesterday she fell and broke her hip when he shoved her. she says she tripped but she told me the truth on the phone
op|violence_with_injury|domestic_abuse|V disclosed current and past abuse from husband of {cnt} yrs; latest {date}: pressed a hot iron on her forearm. Visible burn. Also controls all the money. S in custody. MARAC date tbc.
chat|violence_with_injury|-|a girl from my old school who i havent spoken to in years saw me in {town} and just started battering me, ripped my earring out so my ear was bleeding everywhere, idk why she did it
op|violence_with_injury|knife_sharp_instrument;domestic_abuse|Webchat: V ({agea}) says partner cut her hand with a kitchen knife during argument {date}, swung it at her when she tried to take the car keys; 4 stitches. "He didnt mean it". Police not called. DASH high. Consent to IDVA.
slo|violence_with_injury|-|SLO: Pupil ({agec}) bitten on the calf by a dog that an older teen deliberately set on him near {park}; puncture wounds, tetanus jab. Teen known by nickname only.
chat|violence_with_injury|-|i was at a house party and a lad i didnt know threw a punch at me and i fell and cracked my front tooth, my parents dont know i was there pls dont tell them im {aget}
op|violence_with_injury|domestic_abuse|Text {ref}: V's adult son ({agea}) assaulted her during row about money, pushed her face into kitchen worktop, cut to brow. V says son has MH issues. Does not want police.
chat|violence_with_injury|-|my housemates boyfriend punched me in the stomach at a party at our house in {town} cos i told him to leave, im ok mostly but bruised and sore. hes nothing to me, not my bf not family
op|violence_with_injury|hate_crime|Chat: V ({agea}, gay man) and his partner kicked and punched leaving a bar in {town} by a group shouting homophobic slurs. V has cracked ribs. No DA - assailants strangers.
slo|violence_with_injury|domestic_abuse|SLO {date}. Student {f} ({aget}) came into college with a black eye; disclosed older sister ({agea}) hit her during a row at home over a phone charger. Lives with sister and mum. Safeguarding informed.
chat|violence_with_injury|domestic_abuse|me and my girlfriend {f} have been together 2 yrs, last night she threw a plate at me and it caught my head, loads of blood. i love her but this is like the 3rd time now
op|violence_with_injury|-|Summary: V ({agea}) taxi driver; passenger refused to pay and punched him when challenged. Bleeding nose, loose tooth. Fare of {amt} GBP also not paid. No prior link.
chat|violence_with_injury|-|this lad {m} who i used to be mates with years ago jumped me at the bus station and smashed my face in, im {agea}, we were never a thing or anything just mates back in school
chat|violence_with_injury|domestic_abuse|hi its about my grandad hes {ageo}, my cousin who lives with him pushed him over and hes got a big gash on his head from the table. i think cousin takes his pension money as well
op|violence_with_injury|domestic_abuse|Chat {ref}: V (F, {agea}) states she and her wife argued and wife dragged her across the floor by her hair; carpet burns, hair pulled out. No previous reported. V asking about refuge options.
slo|violence_with_injury|-|SLO: {date} PE lesson at {school}, pupil ({agec}) punched in face by another pupil after name-calling, two teeth loosened, emergency dentist. School handling; parent requests crime report.
chat|violence_with_injury|-|i was stood at a bus stop in {town} and this man just headbutted me out of nowhere, he was off his face, i dont know who he is, my nose wont stop bleeding
txt|violence_with_injury|domestic_abuse|my ex gf turned up at my work on {day} and clawed my face, its bleeding and scratched deep. we split in {month}. shes been texting me threats for weeks, what do i do
chat|violence_with_injury|-|my daughter {f} is {agec} and her so called boyfriend, hes {agec} too, pushed her off a wall in {park} and shes fractured her ankle. i know theyre only kids but he was horrible to her
op|violence_with_injury|knife_sharp_instrument|V ({agea}) attacked with a screwdriver in the stairwell of flats on {street}; puncture wound to shoulder. S is a visitor of a neighbour, name N/K. Not DA.
chat|violence_with_injury|domestic_abuse|my brother in law {m} punched my husband at a family bbq and my husband needed stitches above his eye. its all kicked off between both sides of the family now
slo|violence_with_injury|domestic_abuse|SLO {date}: Pupil ({agec}) told form tutor mum has "purple marks on her arms" after dad grabbed her during a row about money on {day}. Dad still at home. Concern for mum, referral to DA service.
chat|violence_with_injury|domestic_abuse|my aunty (my mums sister) lives with us and she dug her nails into my face when i wouldnt give her my phone, im {aget}, its all scratched and bled
op|violence_with_injury|-|Webchat: V ({agea}) assaulted in street by the ex-partner of her sister; punched to the ground, fractured cheekbone. V has never been in a relationship with S. Not DA for V.
chat|violence_with_injury|domestic_abuse|my half brother {m} is {agea} and he broke my arm when he twisted it behind my back on {day}, im {agea2}, hes always been like this with me since we were kids
txt|violence_with_injury|-|got punched by a total stranger on the train home on {day}, no reason at all, my eye is black and i had to go to minor injuries. i havent got anyone to talk to about it
op|violence_with_injury|domestic_abuse|V (M, {ageo}) assaulted by his wife of many years who has dementia; scratches and bruising to forearms. Adult social care aware. V reluctant to see it as abuse.
slo|violence_with_injury|-|SLO {date}: Student ({aget}) assaulted by a man in his 30s at the bus interchange after asking him not to smoke; punched, split lip. S N/K. No relationship.
chat|violence_with_injury|domestic_abuse|my mums boyfriend lives with us and he grabbed me by the neck and slammed me into the fridge, im {aget}, ive got a bump on my head and marks on my neck, hes been with my mum {cnt} years
op|violence_with_injury|-|Chat {ref}: V ({agea}) says man who is in a relationship with V's best friend stamped on her foot and pushed her into a table at the friend's birthday; broken toe. No relationship between V and S. Nil DA.
""")

# ---------------------------------------------------------------------------
# Block B: violence without injury (incl. threats to kill, neglect, slavery)
# ---------------------------------------------------------------------------
BLOCKS.append("""
chat|violence_without_injury|domestic_abuse|my ex said hes going to kill me and my new bf, he said it right to my face outside {shop} on {day}, he sounded like he meant it and im scared to even go out now
op|violence_without_injury|-|V ({agea}) told by neighbour he would "put her in the ground" during parking row on {date}, said face to face on the driveway. No weapon seen. No relationship beyond neighbours.
slo|violence_without_injury|modern_slavery|SLO {ref}. Pupil ({agec}) missing {cnt} days, located in {town} in a flat used for dealing. Believed groomed into county lines by older males, held to a "debt" over a lost package. CCE concerns, NRM referral submitted.
chat|violence_without_injury|hate_crime|a man spat at me on the train to {town} and told me to go back to my own country, it landed on my coat, i wasnt hurt but everyone just looked away
chat|violence_without_injury|domestic_abuse|my husband pinned me against the wall on {day} night and screamed in my face til i was shaking, he didnt leave any marks this time, the kids saw all of it
txt|violence_without_injury|-|im a bus driver and a passenger shoved me in the chest when i wouldnt let him on without paying, no injury just shook up, reported it to the depot ref {ref}
slo|violence_without_injury|-|SLO: parent reports {agec}-yr-old left alone at home {cnt} days while mum away with new partner; no food or gas credit in house. Neglect concerns. Social care notified.
chat|violence_without_injury|domestic_abuse|my mum keeps saying shes going to stab me when shes drunk, she doesnt actually get a knife out she just says it, im {aget}. she said it again last night and i just locked my door
op|violence_without_injury|knife_sharp_instrument|V ({agea}) cornered in {park} by a male who held a knife to her side and said he'd kill her if she screamed; ran off when a dog walker appeared. Nothing taken, no injury. S N/K.
chat|violence_without_injury|-|some lad grabbed me by the collar on the school bus and pushed me against the window, no marks but i was shaking, im {agec}. hes in yr 11 i think
op|violence_without_injury|modern_slavery|Chat (via a friend of V): V ({agea}) works at a hand car wash in {town}, passport kept by boss, made to work 7 days a week for no pay, sleeps in a container on site. Forced labour indicators. NRM discussed, V fearful.
chat|violence_without_injury|domestic_abuse;hate_crime|my dad chucked a chair at me but it missed, im {aget}, he said next time he wont miss. this is all since he found out im gay, he says no son of his is a poof
slo|violence_without_injury|-|SLO {date}: Pupil ({agec}) taken from outside {school} by estranged father without consent of mum, who has the child arrangements order; returned {cnt} hrs later. No DA history between parents per mum. Abduction enquiry.
chat|violence_without_injury|-|this woman at the doctors in {town} slapped my arm and called me a fat cow for taking her seat, didnt really hurt but it was so embarrassing in front of everyone
op|violence_without_injury|domestic_abuse|Text {ref}: V (F, {agea}) says ex-partner from {cnt} yrs ago has sent SMS saying he will "finish her" when released from prison next month. Plain texts only, no apps. Police informed.
txt|violence_without_injury|-|a man at the petrol station pushed me cos i was taking too long at the pump, i fell against my car but im not hurt just really shaken, he drove off in a white van about {time}
slo|violence_without_injury|-|SLO {date}: {agec}-yr-old girl disclosed mum's boyfriend locks her in her room as punishment and withholds meals. No marks. Child cruelty. Strategy meeting arranged.
op|violence_without_injury|-|V ({agea}) paramedic shoved by patient's friend at scene on {street} {date}. No injury. Assault emergency worker. Crew lodged report.
chat|violence_without_injury|domestic_abuse|im messaging about my gf {f} shes {aget}, her dad told her he'll kill her if she doesnt come home tonight and shes terrified, shes at mine and hes been banging on our door for ages
op|violence_without_injury|-|Chat: V ({agea}) had a pint thrown over her by a stranger at {venue} after she refused to dance with him; no injury. Venue has CCTV.
chat|violence_without_injury|domestic_abuse;honour_based_abuse|my brothers said if i dont marry the man my parents picked for me they will kill me, im {agea} and they mean it, theyve taken my passport and i cant leave the house without one of them
slo|violence_without_injury|modern_slavery|SLO: College student ({aget}) disclosed being made to hold and move "packages" for an older male who says he owes him {amt} quid; threats to his family if he stops. CCE, NRM referral made.
chat|violence_without_injury|-|my son ({agec}) got pushed in the canal by older boys as a "joke", he got out ok but he cant swim well, no injuries but hes terrified to go out now
op|violence_without_injury|domestic_abuse|Text: V's son ({agea}) punched the wall beside her head and said she'd be next. No injury. V ({ageo}) frightened, son living with her. Wants advice re getting him to leave.
chat|violence_without_injury|-|the man upstairs said hes going to kill my dog and then me, he said it on the stairs right to my face. were not related or anything just neighbours, been bad since {month}
op|violence_without_injury|-|V (F, {agea}) teacher; parent of a pupil grabbed her arm in reception during a meeting and wouldnt let go for a few seconds. No injury. School log ref {ref}.
chat|violence_without_injury|hate_crime|i wear a hijab and a man on the tram on {day} pulled it off my head and laughed and said stuff about muslims, i wasnt hurt but i couldnt stop crying after
slo|violence_without_injury|-|SLO {date}. Two pupils ({agec}) "going out"; boy grabbed girl by the wrists and pushed her against lockers, no marks. Both under 16 so not DA procedures; safeguarding for both.
chat|violence_without_injury|domestic_abuse|my husbands mum ({ageo}) keeps grabbing me and shoving me when she comes round, she hates that im married to her son. no marks but im sick of it and he does nothing
op|violence_without_injury|-|Chat: V ({agea}) threatened with death by his sister's ex-partner over a custody row involving the sister; said face to face outside V's work. V has no relationship with S. Not DA for V.
chat|violence_without_injury|-|my carer from the agency shoved my wheelchair into the wall on purpose and left me facing it for like {mins} mins cos i asked for the toilet again, shes not family, im not hurt but its horrible
slo|violence_without_injury|-|SLO: Pupil ({agec}) reports older student threatened to "shank him" at the bus stop unless he stops talking to his sister. No weapon seen, threat made in person. Parents informed.
op|violence_without_injury|domestic_abuse|Webchat: V ({agea}) says her twin brother shoved her during an argument at their dad's wake; no injury. First incident. No police wanted, asking about family mediation.
chat|violence_without_injury|-|my little brother is {agec} and my mums partner makes him stand in the garden in the cold for hours as a punishment, hes not hurt but its not right is it
op|violence_without_injury|modern_slavery|Text via support worker: V ({agea}) brought to UK on promise of nail bar work, now made to work {cnt}am till late unpaid, "debt" of {amt} GBP for travel, documents held. No sexual element disclosed. NRM.
chat|violence_without_injury|-|was in the queue at the chippy and some drunk bloke put me in a headlock for a laugh, let go after a bit, no marks, dont know him, it was about {time}
chat|violence_without_injury|domestic_abuse|my ex who i split with back in {yr} came to my door on {day} and spat in my face when i said the kids werent coming out. we havent been together for years
slo|violence_without_injury|-|SLO note {date}: Student ({aget}) threatened by a member of the public outside {college} who said he'd kill him after a minor collision on bikes. No weapon. Not known to each other.
op|violence_without_injury|-|Chat {ref}. V ({agea}) security guard at {shop} pushed repeatedly by a man refusing to leave; nothing stolen, no injury. S left before police.
chat|violence_without_injury|domestic_abuse|my dad says hell kill me and chuck me out if i tell anyone what he does to mum, im {aget}. he said it with his face right up against mine. i havent told anyone except u
chat|violence_without_injury|-|hi im {agec} my teacher grabbed my arm really hard and dragged me out of class in front of everyone, no bruise but it hurt at the time and i was crying
op|violence_without_injury|domestic_abuse|V (M, {agea}) says husband held him down on the sofa and pinned his arms during a row on {date}; no injuries. Ongoing jealousy. DASH standard.
chat|violence_without_injury|-|a mum at the school gates clipped my son ({agec}) round the head for kicking his ball at her car, he wasnt hurt but she had no right to touch him
slo|violence_without_injury|-|SLO {date}: {agec}-yr-old pupil found sleeping in {park}; says dad leaves her without heating or food while he is away for days. Neglect. No injuries noted.
op|violence_without_injury|hate_crime|Text: V ({agea}) with learning disability pushed off a bench by a group of teens who told him "freaks like you shouldn't be allowed out". No injury. Disability hostility.
chat|violence_without_injury|domestic_abuse|my girlfriend went through my phone and then threw her keys at my head, missed, then shoved me out the flat, no injury. we live together in {town}, im {agea} and this keeps happening
slo|violence_without_injury|modern_slavery|SLO: Student ({aget}) of Vietnamese heritage found working in a nail bar during college hours, appears to live on premises, says he must "pay back" travel. Not attending. Trafficking concerns, NRM.
op|violence_without_injury|-|Chat: V ({agea}) receives threats to kill from a man she met once at a party; said in person outside her flat on {date}. No relationship, never dated. Not DA.
chat|violence_without_injury|domestic_abuse|my nan keeps slapping me and pulling my hair when im helping her, shes {ageo} and i live with her, im {aget}, no marks but i dont know how to handle it
op|violence_without_injury|modern_slavery|V ({agea}) rescued from a farm where he and {cnt} others were made to work without pay, threatened if they left. Forced labour. V in safe house, needs support.
""")

# ---------------------------------------------------------------------------
# Block C: stalking, harassment, malicious comms, controlling/coercive behaviour
# ---------------------------------------------------------------------------
BLOCKS.append("""
chat|stalking_harassment|domestic_abuse;online|my ex keeps making new insta accounts to message me after i blocked him, like {cnt} accounts now, says he just wants to talk but its every day and hes started messaging my mum too
chat|stalking_harassment|domestic_abuse|my bf checks my phone every night and tells me what i can wear and who i can see, he took my bank card so i have to ask him for money for the bus, we live together in his flat im {agea}. is that normal
op|stalking_harassment|-|Webchat {ref}: V ({agea}) followed home from the gym by an unknown male on {cnt} occasions; he waits across the road from her flat. No prior contact. Reported, awaiting OIC.
slo|stalking_harassment|online|SLO: Yr 10 pupil ({agec}) targeted in a class group chat where others post edited pics of her and messages telling her to kill herself. Screenshots obtained. Malicious comms.
op|stalking_harassment|domestic_abuse|Text: V (F, {agea}) ex-husband rings repeatedly from withheld numbers and turns up at her work since separation in {yr}. Calls and SMS only. Stalking. DASH high.
chat|stalking_harassment|-|theres this guy from my work who keeps ringing me and waiting by my car after shift, i said no to a date back in {month}. were not and never have been together
chat|stalking_harassment|online|someone made a fake tiktok using my pics and keeps posting stuff saying im a slag and a liar, i think its a girl from my year, im {agec}, its got loads of followers now
op|stalking_harassment|domestic_abuse|V ({agea}) describes partner of {cnt} yrs controlling finances, stopping her seeing family, checking mileage on the car and threatening to take the kids if she "steps out of line". CCB. DASH high, MARAC referral.
chat|stalking_harassment|domestic_abuse;online|my husband put an app on my phone so he knows where i am all the time and he reads my whatsapps, if i go anywhere he doesnt know about, even {shop}, he goes mad and wont speak to me for days
slo|stalking_harassment|online|SLO {date}: Student ({aget}) getting abusive anonymous messages on Instagram since falling out with her friendship group; includes threats to "get her" at college. Not DA - friends only.
chat|stalking_harassment|-|my neighbour keeps writing nasty notes and sticking them on my door and shouting at me every time i go out, its been going on since {month}. hes not family or anything just lives next door
op|stalking_harassment|domestic_abuse|Text service: V (M, {agea}) says ex-wife sends dozens of SMS a day calling him worthless and saying he'll never see the children. Texts only. Harassment.
chat|stalking_harassment|online|some guy i met once at a party keeps snapchatting me and sending loads of msgs even tho i blocked him, he found my new acc, idk how he knows i live in {town} now. we never went out or anything
chat|stalking_harassment|domestic_abuse|my sister keeps turning up at my flat and banging on the door screaming at me, she wont accept i dont want contact, shes {agea}, its been weeks now and the neighbours are fed up
op|stalking_harassment|-|Chat: V ({agea}) harassed by former landlord: repeated calls, turning up unannounced, demanding money V says is not owed. Not DA.
slo|stalking_harassment|domestic_abuse;online|SLO: Student {f} ({aget}) says ex-boyfriend ({aget}) logs into her Snapchat, messages her friends as her and sends constant voice notes demanding to know where she is. Both 16+. DASH completed.
chat|stalking_harassment|-|my daughter ({agec}) keeps getting horrible texts from a number we dont know calling her ugly and saying everyone hates her, its just normal texts on her phone not apps
op|stalking_harassment|domestic_abuse|V ({agea}) says partner does not allow her a phone of her own, collects her wages from work and times her trips to the shop. "I'm not allowed to spend a penny". CCB, economic abuse.
chat|stalking_harassment|online|someone keeps leaving horrible reviews on my little cake business facebook and messaging my customers saying i poisoned people, i think its the woman from the other cake page in {town}
chat|stalking_harassment|domestic_abuse|me and my ex girlfriend split {cnt} months ago and she still drives past my house all the time and leaves stuff on my doorstep. im a woman too if that matters. i just want her to stop
op|stalking_harassment|-|Text {ref}: V ({agea}) receiving silent calls at all hours from a withheld number for {cnt} weeks. No suspect identified. No online element.
slo|stalking_harassment|online|SLO {date}: Pupil ({agec}) bullied in a WhatsApp group by classmates who shared his home address and jokes about his dad being in prison. Malicious comms. Parents informed.
chat|stalking_harassment|hate_crime;online|ppl keep commenting on my youtube videos with the n word and monkey emojis and saying they know what area im in, its been every day since {day}
op|stalking_harassment|domestic_abuse|Chat {ref}: V ({ageo}) says her daughter ({agea}) rings constantly demanding money and threatens to "put her in a home" if she refuses; has kept V's bank card. Economic abuse by family member.
chat|stalking_harassment|-|i went on one date with someone in {month} and since then hes been texting every day and turned up at my work twice. we only met once and it was normal texts not apps. i never went out with him again
chat|stalking_harassment|domestic_abuse|my boyfriend is {aget} and im {aget} and he says i cant go out with my friends and if i do he sends me like 50 texts and rings me til i go home. hes not like that all the time tho
slo|stalking_harassment|-|SLO: two pupils ({agec}) had been "going out"; boy repeatedly texting and calling girl after she ended it, and waiting outside her house. Both under 16 - not DA. Words of advice via boy's parents.
op|stalking_harassment|domestic_abuse|V ({agea}) reports her ex (relationship ended {yr}) has started appearing at her new address; she moved to get away. Flowers left with note "found you". Stalking. DASH high.
chat|stalking_harassment|online|a girl keeps posting my address and pics of my house on a facebook group saying im a grass and people keep driving past slowly and beeping, its been {cnt} days
op|stalking_harassment|-|Chat: V ({agea}) says a former colleague follows her on walks and has photographed her in the street on {cnt} occasions. No relationship. Stalking.
chat|stalking_harassment|domestic_abuse;online|my ex wife keeps messaging my new partner on facebook saying awful stuff about me and she emails me every day as well, we divorced {cnt} years ago
slo|stalking_harassment|online|SLO: Student ({aget}) harassed on TikTok by an adult stranger who comments on every video and messaged to say he knows which college she attends. No sexual content seen so far.
chat|stalking_harassment|domestic_abuse|he doesnt hit me or anything, he just wont let me see my mum, takes my wages and says ill never see the kids again if i leave. weve been married {cnt} years
op|stalking_harassment|-|V ({agea}) receives letters at home from an unknown person describing her daily routine. {cnt} letters since {month}. Stalking, no suspect.
chat|stalking_harassment|domestic_abuse|my son is {agea} and he wont leave me alone since i told him he cant live here, rings me all night shouting and turns up drunk, i love him but im exhausted
chat|stalking_harassment|domestic_abuse;online|this is about my friend {f} not me, shes {agea}, her bf makes her share her location on snap map 24/7 and goes mad if she turns it off, he picks her clothes and she cant see us without him
op|stalking_harassment|online|Webchat {ref}: V ({agea}) targeted by a stranger on X who posted her workplace and called for people to "sort her out" after a post went viral. Malicious comms.
slo|stalking_harassment|hate_crime|SLO {date}: Pupil ({agec}) called anti-gay slurs by the same group every day on the walk home, with threats to "batter" him. No physical contact. Harassment, homophobic.
chat|stalking_harassment|domestic_abuse|my husband hides the car keys and my purse so i cant go out and says im useless and nobody would want me, he doesnt let me talk to my sister. ive not told anyone before this, were married {cnt} years
op|stalking_harassment|-|Chat: V ({agea}) harassed by her flatmate: reading her post, moving her things, leaving threatening notes on her door. Not a partner, not family. Harassment.
chat|stalking_harassment|online|my boyfriends ex keeps messaging me on insta calling me a homewrecker and saying shes going to ruin my life, ive never even met her. its been going on since {month}
op|stalking_harassment|domestic_abuse|V (F, {agea}) says partner of {cnt} months rings her every hour to check where she is, checks her bank statements and has stopped her going to college. DASH medium.
chat|stalking_harassment|-|a dad from my kids school ({school}) keeps turning up at my house and texting saying we are meant to be together, ive never been with him ever, my husband has told him to stop
slo|stalking_harassment|online|SLO: Pupil ({agec}) receiving threats in an online game chat from another player who has found out her school. Parent has screenshots. No sexual content.
chat|stalking_harassment|domestic_abuse|my dad keeps texting and ringing me since i moved out, saying im dead to him and calling me names and then begging me to come back, im {aget} and living at my aunts now
op|stalking_harassment|-|Text {ref}: V ({agea}) being harassed by an ex-friend who phones V's employer making false claims about her. Friendship only, no relationship.
chat|stalking_harassment|domestic_abuse|my partner is {agea}, were both men, and he doesnt let me have my own bank account, everything goes into his and he decides what i eat. if i complain he says ill end up on the street. is that abuse
op|stalking_harassment|domestic_abuse;online|Chat: V ({agea}) says ex-partner set up a fake Facebook profile in V's name and posts her personal info; also emails her employer. Relationship ended {yr}. Harassment.
chat|stalking_harassment|-|this lad in my class who i turned down keeps sending me messages over normal text and calling at stupid times of night, im {agec} hes {agec2}, we never went out
slo|stalking_harassment|domestic_abuse;online|SLO: Student {m} ({aget}) says girlfriend ({aget}) demands his passwords, reads his messages on all his apps and posts on his Instagram pretending to be him if he goes out without her. CCB. Both 16+.
slo|stalking_harassment|domestic_abuse|SLO {date}: Pupil ({agec}) says since parents split dad keeps turning up at mum's new house shouting, follows mum's car and rings her through the night. Mum frightened. Concern for mum, DA referral.
chat|stalking_harassment|domestic_abuse;online|we only dated for like 3 weeks in {yr} and he still messages me on whatsapp from new numbers saying i ruined his life and hes watching me, its been years
op|stalking_harassment|domestic_abuse|DVPN served {date}; V ({agea}) reports S has since stood outside her house most nights and left notes on her car. Calls only, no online contact. Breach concerns passed to OIC.
chat|stalking_harassment|domestic_abuse;honour_based_abuse|my cousins follow me to college to check im not talking to boys and report back to my dad, he says im a disgrace to the family and takes my phone and money, im {aget}
op|stalking_harassment|domestic_abuse|Text {ref}: V ({agea}) says ex still has access to their joint account, emptied it and has run up debts in joint name; phones daily demanding she "behave". Relationship ended {month}. Economic abuse.
chat|stalking_harassment|-|my mums ex keeps turning up outside my house and shouting for her even tho she moved out in {month}, hes never been anything to me and i live on my own, i just want him gone
op|stalking_harassment|-|Chat: V ({agea}) says her friend's husband keeps calling her and following her to the shops after she told the friend about his affair. Not V's partner or relative. Nil DA.
chat|stalking_harassment|domestic_abuse|my partner made me take out a loan in my name for his car and now he wont pay it and says if i tell anyone he'll leave me with nothing, he takes all my benefits too, im {agea}
slo|stalking_harassment|online|SLO {date}: Anonymous Instagram "confessions" page set up about pupils at {school}; several ({agec}) named with nasty rumours. Malicious comms, account reported.
txt|stalking_harassment|-|this random man keeps texting me saying he can see me through my window and describing what im wearing, i dont know who it is, ive changed my number once already, last one was {day} at {time}
""")

# ---------------------------------------------------------------------------
# Block D: sexual offences
# ---------------------------------------------------------------------------
BLOCKS.append("""
chat|sexual_offences|-|i went to a party in {town} and i think my drink was spiked cos i woke up with my clothes off and a lad i dont know was there, im {agea}, i dont know what to do or who to tell
op|sexual_offences|domestic_abuse|Webchat {ref}: V (F, {agea}) disclosed husband has raped her repeatedly over {cnt} yrs; "he says it's his right as my husband". No police report. Wants ISVA info. DASH high.
slo|sexual_offences|child_sexual_abuse_exploitation;online|SLO {date}: Pupil ({agec}) groomed on Snapchat by adult male posing as a {aget} yr old; persuaded to send intimate images, now pushing to meet. CSE referral, device seized.
chat|sexual_offences|child_sexual_abuse_exploitation|my daughter is {agec} and shes been sleeping with a man of {agea} who picks her up from the end of the road, she thinks hes her boyfriend, i feel sick
op|sexual_offences|-|Text: V ({agea}) groped on a busy train by an unknown male, hand up her skirt between stations. BTP informed, ref {ref}. No relationship.
chat|sexual_offences|domestic_abuse|my ex came over to get his stuff and he forced himself on me, we were together {cnt} years, i said no loads of times and he just kept going
slo|sexual_offences|child_sexual_abuse_exploitation|SLO: Student ({aget}) disclosed her part-time job manager ({agea}) touched her breasts in the stockroom and offered extra shifts for "favours". Under 18 - CSE procedures followed.
chat|sexual_offences|-|a man flashed at me and my friend in {park} this morning, he was in a grey hoodie and just stood there, were both {agea}, it was about {time}
op|sexual_offences|child_sexual_abuse_exploitation;domestic_abuse|Chat (via aunt): V ({aget}) disclosed sexual abuse by stepfather since she was small, still ongoing, still living at home. CSE and DA routes. Aunt wants advice on next steps.
chat|sexual_offences|child_sexual_abuse_exploitation|im {agec} and my bfs older brother whos {agea} made me do stuff in his car, i didnt want to, idk if i should tell anyone cos my bf will hate me
slo|sexual_offences|child_sexual_abuse_exploitation|SLO: Two pupils ({agec} and {agec2}) in a relationship; girl disclosed boyfriend pressured her into sex at his house when parents out. Both under 16, not DA. Sexual assault concerns, safeguarding.
op|sexual_offences|modern_slavery|Webchat via outreach: V ({agea}) trafficked from abroad, forced to sell sex in flats in {town}; controller takes all money and her phone. Sexual exploitation. NRM referral.
chat|sexual_offences|-|someone put their phone under my skirt on the escalator at the shopping centre, i saw it, security have cctv, im {agea} and i feel disgusting
op|sexual_offences|domestic_abuse|V (M, {agea}) disclosed male partner had sex with him while he was asleep after drinking. Together {cnt} yrs. V unsure if "it counts". Reassured. ISVA details given.
chat|sexual_offences|-|my mate {f} got grabbed by the doorman at {venue}, he grabbed her bum and tried to kiss her when she went out for a fag, shes {agea} and really upset
slo|sexual_offences|child_sexual_abuse_exploitation;online|SLO {date}: Pupil ({agec}) sent an unsolicited explicit photo via Instagram DM by adult male account. Cyberflashing to a child. Account reported.
chat|sexual_offences|-|this happened years ago when i was at uni, a guy in my halls raped me, ive never told anyone, im {agea} now and i keep having flashbacks
op|sexual_offences|child_sexual_abuse_exploitation|Chat: V ({agea}) disclosed non-recent sexual abuse by her swimming coach when she was {agec}. Coach believed still coaching. Wants to report.
chat|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|my older brother has been coming into my room at night and touching me, im {aget}, hes {agea}, mum doesnt believe me and says im lying
op|sexual_offences|-|Text {ref}: V ({agea}) sexually assaulted by taxi driver on way home {date}; touched her thigh and tried to kiss her. Company and cab number known.
slo|sexual_offences|child_sexual_abuse_exploitation|SLO: Concern for pupil ({agec}) seen getting into cars of older males after school, given vapes and alcohol; disclosed "having to be nice" to them. CSE strategy meeting.
chat|sexual_offences|-|a man on the bus kept rubbing himself against me even when i moved seats, i was so scared, im {agea}, it was the {bus} at about {time}
op|sexual_offences|domestic_abuse|Webchat: V ({agea}) says ex-partner (split {yr}) coerced her into sex by threatening to tell her family she had an abortion; happened {date} when he came to see the child.
chat|sexual_offences|child_sexual_abuse_exploitation;online|my son is {agec} and some man on a gaming discord got him to do stuff on webcam, we found the chats last night, we are in bits
slo|sexual_offences|-|SLO {date}: Adult learner ({agea}) at {college} sexually assaulted in the toilets by another adult learner; kissed and groped against her will. No relationship.
chat|sexual_offences|child_sexual_abuse_exploitation|my friend is {agec} and shes going out with a guy whos {agea} and they have sex, she thinks its fine but its not is it, her mum doesnt know
op|sexual_offences|-|Chat: V ({agea}) woke in hotel room on a work trip to find a colleague in her bed touching her. Not a partner. Reported to HR, not police yet.
chat|sexual_offences|domestic_abuse|my girlfriend keeps making me do sexual stuff when i dont want to, she says if i loved her id do it, im {agea}, were both girls and we live together
slo|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|SLO: Pupil ({agec}) believed moved between towns by older males for sexual exploitation; repeat missing episodes, hotel key cards found. NRM and CSE referrals.
chat|sexual_offences|-|i was walking home on {street} at night and a man grabbed my boobs and ran off, i didnt see his face, im {agea}
op|sexual_offences|child_sexual_abuse_exploitation;domestic_abuse;honour_based_abuse|Chat {ref}: V ({aget}) married abroad last summer against her will to a cousin ({agea}); made to have sex with him. Now back in UK, husband due to follow. Forced marriage unit informed.
chat|sexual_offences|child_sexual_abuse_exploitation|my uncle did things to me when i was little, like sexual things, im {agea} now and ive never told anyone, he still comes to family parties
op|sexual_offences|-|Text: V ({agea}) says a man exposed himself from a car window while she waited at the bus stop on {street} at {time}. Partial reg noted.
slo|sexual_offences|child_sexual_abuse_exploitation;online|SLO {date}: Student ({aget}) pressured via WhatsApp by an adult male ({agea}) she met at the gym to send nudes, he offered money. CSE referral.
chat|sexual_offences|-|my flatmate came into my room drunk and got into my bed and put his hand down my pants, were just flatmates nothing else ever, im {agea}
chat|sexual_offences|domestic_abuse|my husband ({agea}) films us having sex without asking and says he will show people if i ever leave him, i found the videos on his laptop
op|sexual_offences|-|V ({agea}) sexually assaulted by a stranger in nightclub toilets at {venue}; dragged into a cubicle and groped; friend intervened. Reported {date}.
slo|sexual_offences|child_sexual_abuse_exploitation|SLO: Pupil ({agec}) says a teaching assistant ({agea}) has been kissing and touching her in the music room. Abuse of trust. LADO informed.
chat|sexual_offences|-|i went home with a guy from the club and i said stop halfway through and he didnt, im {agea}, its been {cnt} days and i feel sick about it
op|sexual_offences|domestic_abuse|V ({ageo}) says husband continues to force sex on her despite her illness; she is frightened of him. Daughter aware. DASH completed.
chat|sexual_offences|child_sexual_abuse_exploitation;online|my sister is {aget} and shes been sending pics to a man on insta who says hes a model scout and now hes asking her to come to a hotel in {town}, hes like {agea}
slo|sexual_offences|child_sexual_abuse_exploitation|SLO {date}: Yr 8 pupil ({agec}) touched inappropriately by an older pupil ({aget}) on the school bus. Sexual assault. Both sets of parents informed.
op|sexual_offences|-|Text: V ({agea}) spiked and raped after a night out; woke at an unknown address. Attended SARC {date}. Wants ISVA.
chat|sexual_offences|-|a delivery driver pushed his way into my hallway and tried to kiss me and grabbed me, i got him out and locked the door, im {agea}. i know which company
chat|sexual_offences|domestic_abuse|my cousin {m} who lives with us raped me at christmas, im {agea}, my family are saying keep it quiet cos of what people will think
op|sexual_offences|child_sexual_abuse_exploitation;online|Chat: parent of V ({agec}) found an adult man on Roblox has been asking V sexual questions and sent explicit pictures. Sexual communication with a child.
chat|sexual_offences|child_sexual_abuse_exploitation|my mates step dad kept touching my leg when i stayed over and said stuff about my body, im {aget}, hes nothing to me just her step dad
slo|sexual_offences|child_sexual_abuse_exploitation|SLO: College student ({aget}) disclosed sexual relationship with her personal tutor ({agea}) over several months. Abuse of position of trust, under 18. Tutor suspended.
op|sexual_offences|-|V ({agea}), man with a learning disability, sexually assaulted by his support worker (not family). Safeguarding adults referral made.
chat|sexual_offences|domestic_abuse|my partner has been recording me getting changed with a hidden camera in the bathroom, i found it yesterday, weve lived together {cnt} years
chat|sexual_offences|-|an old man at the allotments keeps pulling his trousers down when me and my friend walk past, were {agea} and {agea2}, it happened again {day}
op|sexual_offences|domestic_abuse|Chat {ref}: V (F, {agea}) raped by ex-husband when he dropped the children back on {date}; divorced {yr}. Injuries not disclosed. Attended SARC. DASH high.
slo|sexual_offences|child_sexual_abuse_exploitation;online|SLO {date}: Pupil ({agec}) persuaded on TikTok live by an adult viewer to remove clothing for "gifts". Screen recordings seen. CSE referral.
chat|sexual_offences|-|my flatmates boyfriend tried to get in the shower with me and grabbed me when i told him to get out, hes not with me and i dont live with him, hes always round tho, it happened {day}
txt|sexual_offences|child_sexual_abuse_exploitation|my step mum says i'm lying but her brother touched me when he babysat for me a few weeks ago, im {agec}, i dont want to be at the house when he comes
op|sexual_offences|domestic_abuse|V ({agea}) disclosed her boyfriend of {cnt} months removed the condom during sex without her agreement on {date}. V says she'd "never have said yes to that". Advice re reporting.
""")

# ---------------------------------------------------------------------------
# Block E: homicide, death/injury driving, robbery, burglary, vehicle offences
# ---------------------------------------------------------------------------
BLOCKS.append("""
op|homicide|domestic_abuse;knife_sharp_instrument|Chat from V's sister ({agea}): V killed by her husband at home on {date}, stabbed in the kitchen. Husband charged with murder. Family want bereavement support and FLO contact details.
chat|homicide|knife_sharp_instrument|my best mates brother got stabbed and died outside the chicken shop in {town} last weekend, he was only {aget}, everyone at college is in pieces and i cant sleep
slo|homicide|-|SLO {date}: Pupil ({agec}) bereaved; father died after an unprovoked one-punch assault in {town}, S charged with manslaughter. School support in place, referral for the family.
chat|homicide|domestic_abuse|my mum died and the police say my stepdad killed her, he strangled her, im {agec} and living with my nan now. i keep thinking i should of heard something
op|homicide|-|Text {ref}: V's mother ({ageo}) died in hospital after being shoved to the ground by a man who snatched her purse on {street}. Murder enquiry. Son wants support.
chat|homicide|-|my uncle was beaten to death by some men in {park} on {date}, the trial starts soon and i dont know how to support my dad, hes not eating
op|homicide|domestic_abuse|Family referral: V ({ageo}) killed by her grandson ({agea}) at her home; grandson charged with murder {date}. Several family members also witnesses; need support and court prep.
slo|homicide|knife_sharp_instrument|SLO: Student ({aget}) at {college} witnessed the fatal stabbing of a friend ({aget}) at a party {date}; very traumatised, also a witness. Referral for support.
txt|homicide|-|my brother was killed in a fight outside {venue} last month, the man who hit him is charged with manslaughter, i just need to know what happens next at court, im his sister
chat|death_injury_driving|-|my little brother ({agec}) was hit by a car on the zebra crossing outside school, the driver was on his phone, brother has a broken pelvis and is still in hospital
op|death_injury_driving|-|Bereaved family referral {ref}: V's son ({aget}) killed on {street} when a car driven at high speed by an uninsured driver mounted the pavement. Driver charged with causing death by dangerous driving.
slo|death_injury_driving|-|SLO {date}: Pupil's mum killed in an RTC on the bypass; other driver charged with causing death by careless driving whilst over the limit. Pupil ({agec}) needs support.
chat|death_injury_driving|-|i was on my bike and a van driver didnt look and pulled out on me, broke my leg in {cnt} places, police said hes being charged with causing serious injury by careless driving
op|death_injury_driving|-|V's dad ({ageo}) died after being struck by a driver fleeing police on {date}; driver charged with causing death by dangerous driving and driving while disqualified.
chat|death_injury_driving|-|my friend was in the back of the car when the driver was racing another car on {street} and crashed, shes {aget} and has a brain injury, the driver is being charged with causing serious injury by dangerous driving
op|death_injury_driving|-|Text {ref}: V ({agea}) cyclist left with spinal injuries after lorry driver ran a red light; CPS authorised charge of causing serious injury by careless driving.
chat|robbery|knife_sharp_instrument|2 lads pulled a knife on me by {park} and took my phone and airpods, im {agec}, they had balaclavas on and one held the knife right by my belly
slo|robbery|-|SLO {date}: Pupil ({agec}) pushed to the ground by older youths near {school} and his trainers and phone taken off him. Bruised. Robbery.
op|robbery|-|Text {ref}: V ({ageo}) had handbag ripped from her shoulder, dragged along pavement, grazed knees and elbows. S on a pushbike. Robbery.
chat|robbery|domestic_abuse|my ex grabbed me and twisted my arm til i let go of my purse and he took my bank card and {amt} quid, we were together til {month} and hes done stuff before
chat|robbery|online|i was selling my ps5 on a snapchat group and when i got to the meet these guys punched me and took it, it was all set up on snap, im {aget}
op|robbery|knife_sharp_instrument|Chat: V ({agea}) shop worker at {shop}; male produced a knife at the till and demanded cash; {amt} GBP taken. V unhurt, very shaken. Business robbery.
slo|robbery|-|SLO: Student ({aget}) "taxed" by a group at the bus station: held against the wall and made to hand over bank card and PIN. Not injured.
chat|robbery|-|a man came up to my nan ({ageo}) at the cash machine and shoved her and took the money she had just got out, she banged her head and has a big lump, shes so shaken
op|robbery|-|V ({agea}) food delivery rider pushed off his moped by two males who rode off on it; grazes. Robbery. Moped tracker shows it in {town}.
chat|robbery|hate_crime|these lads called me a paki and then pinned me on the floor and took my phone and wallet, im {aget}, it was on {street} near the takeaway
op|robbery|knife_sharp_instrument|Text: V ({agea}) robbed at knifepoint on his doorstep by males posing as a delivery; watch and wallet taken. No injury. Ref {ref}.
chat|robbery|knife_sharp_instrument|my son is {agec} and some boys made him empty his pockets in the underpass, one of them said hes got a blade and patted his pocket and my son believed him, they took {amt} quid and his vape
slo|robbery|-|SLO {date}: Pupil ({agec}) had phone snatched by a youth who then punched him when he held on. Minor swelling to cheek. Robbery.
chat|robbery|-|my ex flatmate came round with 2 mates on {day} and they held me down and forced me to give them my xbox and bank card. not related, he just lived with me for a bit last year
op|robbery|online|Chat {ref}: V ({agea}) met a buyer from an online marketplace listing to sell a phone; buyer grabbed phone, shoved V to the ground and drove off.
chat|robbery|knife_sharp_instrument;domestic_abuse|my brother held a knife at me and made me give him my wages for drugs, im {agea}, hes {agea2}, he lives with me and mum
op|robbery|-|Text: V ({agea}) bar worker attacked at closing; cash bag grabbed and V punched. Bruised jaw. Two S, faces covered.
slo|robbery|-|SLO: College student ({aget}) followed from a cash point, pushed into a hedge and wallet with {amt} GBP taken. S described as older male, white hoodie.
chat|burglary|-|someone broke into our house while we were at my nans, they took my laptop and mums jewellery, back door was smashed in, im {agec} and i dont feel safe
op|burglary|domestic_abuse|Text {ref}: V ({agea}) says ex-partner let himself in with an old key while she was at work and took her documents and the kids' tablets. Burglary. DA history, DASH medium.
chat|burglary|-|we woke up and there was a man in our kitchen going thru my mums bag, he ran off, nobody hurt but my little sister ({agec}) wont sleep in her room now
slo|burglary|-|SLO {date}: ICT cupboard at {school} broken into overnight; {cnt} laptops taken. Community burglary. CCTV being reviewed.
op|burglary|-|V ({ageo}) came home from hospital to find shed and garage broken into, power tools taken. Lives alone, anxious.
chat|burglary|-|my student house got burgled on {day}, they came through the back window and took {cnt} laptops and my housemates bike
op|burglary|-|Chat: V ({agea}) says her garage was broken into, car keys taken from a hook inside, then car driven away. Burglary.
chat|burglary|-|someone got into my nans flat pretending to be from the water board and took her purse while she was in the kitchen, shes {ageo} and lives on her own
slo|burglary|-|SLO: Pupil's ({agec}) family home burgled {date} while family on holiday; pupil anxious. Referral for support.
chat|burglary|domestic_abuse|my dad kicked my door in at my flat and took my tv cos he says i owe him, im {agea} and i moved out to get away from him
op|burglary|-|Text {ref}: community centre on {street} broken into; donations tin and laptop stolen. V is centre manager ({agea}).
txt|burglary|-|some1 climbed in my bedroom window while i was asleep and took my phone off charge and my purse, im freaked out, the window was only open a bit, it was about {time}
op|burglary|-|V ({agea}) came home to find front door forced; nothing appears taken but drawers emptied. Burglary dwelling.
chat|burglary|-|my exs new girlfriend broke into my flat on {street} and smashed my stuff and took my clothes, shes nothing to me, i never even met her before
slo|burglary|-|SLO {date}: Halls room of student ({aget}) entered while she was in lectures, laptop and cash stolen, door lock damaged.
op|burglary|-|Chat: V ({agea}) small business owner; workshop broken into overnight, tools worth {amt} GBP taken.
chat|vehicle_offences|-|someone nicked my car off the drive last night, its keyless so i think they used one of those relay things, silver {car}
op|vehicle_offences|-|Text {ref}: V ({agea}) car broken into on {street}; window smashed and work laptop taken from back seat. Theft from vehicle.
chat|vehicle_offences|domestic_abuse|my husband took my car keys out of my bag and drove off in my car, its in my name, he says its his now since we split, hes had it {cnt} weeks
slo|vehicle_offences|-|SLO {date}: Staff member's car in {school} car park had catalytic converter cut off during school day.
chat|vehicle_offences|-|my sons moped got stolen from outside our house, it was chained up, hes {aget} and needs it for work
op|vehicle_offences|-|Chat: V ({agea}) saw youths trying car door handles along the street; her car was opened and glovebox emptied.
chat|vehicle_offences|-|someone keeps messing with my van, tried to force the lock twice this week, theres scratches round the keyhole, nothings gone yet, its parked on {street}
op|vehicle_offences|-|Text {ref}: V's van stolen from outside house, containing tools. Recovered stripped in {town} {date}.
slo|vehicle_offences|-|SLO: Two students ({aget}) arrested for aggravated vehicle taking after crashing a stolen car into a wall; no injuries. Referral for the car owner ({agea}).
chat|vehicle_offences|-|someone stole the number plates off my car and now im getting speeding letters from {town} where ive never even been
""")

# ---------------------------------------------------------------------------
# Block F: theft from the person, bicycle theft, shoplifting, other theft,
# criminal damage and arson
# ---------------------------------------------------------------------------
BLOCKS.append("""
chat|theft_from_person|-|someone dipped my phone out my back pocket at the festival in {town}, didnt feel a thing, only noticed when i went to take a pic
op|theft_from_person|-|Text {ref}: V ({ageo}) had her purse taken from the handbag over her shoulder in the market without her noticing. No force.
slo|theft_from_person|-|SLO: Pupil ({agec}) had phone snatched out of his hand on {street} by a youth on an e-bike; no force or contact, no injury.
txt|theft_from_person|-|my wallet got took out my coat pocket on the {bus} bus, i didnt feel a thing, all my cards and {amt} quid gone
op|theft_from_person|-|Chat: V ({agea}) says someone unzipped her rucksack on the train and took her purse; no contact. Noticed on arrival.
chat|theft_from_person|-|i was at a gig at {venue} and someone took my phone out my bumbag, i only noticed after, im gutted
op|theft_from_person|-|Text: V ({agea}) had phone plucked from her hand while on a call at the bus stop; thief ran off, no push or struggle.
slo|theft_from_person|-|SLO {date}: Student ({aget}) had AirPods case taken from blazer pocket in a crowded corridor; suspect identified on CCTV.
chat|theft_from_person|-|some kid swiped my vape right out of my hand at {town} station and legged it, didnt touch me or anything, its only a vape but still
chat|bicycle_theft|-|my bike got nicked from outside college, they cut the lock, its a black {bike}, i need it to get to work
op|bicycle_theft|-|Text {ref}: V's ({agea}) e-bike stolen from the bike rack at the train station, lock cut. Frame number known.
slo|bicycle_theft|-|SLO {date}: {cnt} bikes stolen from the racks at {school} over half-term. Locks cut. CCTV poor.
chat|bicycle_theft|-|my son ({agec}) left his bike outside the shop for like 2 mins and some lads just rode off on it, nobody touched him, its a {bike}
op|bicycle_theft|-|Chat: V ({agea}) road bike worth {amt} GBP stolen from outside a cafe on {street}. Reported online.
chat|bicycle_theft|-|i left my bike outside my mates house in {town} for like {mins} mins and its gone, wasnt locked i know i know
chat|bicycle_theft|domestic_abuse|my ex took my bike out of my back garden when he came to drop the kids off and wont give it back, hes done stuff like this since we split up in {month}
op|bicycle_theft|-|Text: V ({aget}) bike taken from outside the takeaway where he works; seen on CCTV.
slo|bicycle_theft|-|SLO: Pupil ({agec}) bike stolen from outside leisure centre {date}; D-lock cut. Parent upset, third bike this year.
op|shoplifting|-|Chat {ref}: V ({agea}) manager at {shop}; repeat shoplifter taking meat and alcohol, {cnt} times this month. Staff distressed.
chat|shoplifting|-|i work at a corner shop and these kids come in every day and nick sweets and energy drinks and laugh at us, my boss says theres nothing we can do, its {shop} on {street}
slo|shoplifting|-|SLO {date}: {cnt} pupils in uniform seen taking makeup from {shop}; store manager reported, wants restorative approach.
op|shoplifting|-|Text: V ({agea}) sales assistant; man walked out with {cnt} bottles of spirits; no threats. CCTV available.
op|shoplifting|-|Chat: small pharmacy owner reports woman repeatedly taking baby formula and vitamins; est {amt} GBP this month.
chat|shoplifting|-|ppl keep coming into the co-op where i work and filling bags and walking out, my manager says dont stop them, its every shift tbh, {cnt} times on {day} alone, and im scared one day one of them will kick off
slo|shoplifting|-|SLO: Student ({aget}) with Saturday job at {shop} upset after a shoplifter she challenged threw items back at the shelf and swore at her before leaving with {cnt} items.
txt|shoplifting|-|im a shop manager, same woman has taken about {amt} quid of stuff off us over the last few weeks, she just walks out, we know her face
chat|other_theft|-|someone keeps stealing my parcels off my doorstep, {cnt} this month now, my ring doorbell doesnt catch their face
op|other_theft|domestic_abuse|Text {ref}: V ({ageo}) says her son ({agea}) has been taking money from her purse and selling her jewellery. V does not want him arrested.
chat|other_theft|-|a man filled up at our garage and drove off without paying, {amt} quid of diesel, im on my own on nights and it keeps happening
op|other_theft|online|Chat: V ({agea}) being blackmailed by an unknown account on Instagram threatening to send intimate images to his family unless he pays {amt} GBP. Sextortion. Has paid once.
chat|other_theft|-|my cleaner has been taking cash from my bedside drawer, ive noticed money missing every week she comes, about {amt} quid so far
op|other_theft|-|Chat: V ({agea}) business owner; till shortages traced to a member of staff, approx {amt} GBP over months. Theft by employee.
chat|other_theft|-|my purse got nicked from my desk at work while i was on my break on {day}, nobody saw anything and it had {amt} quid in
op|other_theft|-|Text: V ({ageo}) garden ornaments and a bench stolen from her front garden overnight.
slo|other_theft|-|SLO {date}: Pupil's ({agec}) PE bag and phone taken from changing room; not on person. Theft.
chat|other_theft|domestic_abuse|my husband took my engagement ring and pawned it without asking, plus some of my mums gold that she left me, i found the pawn ticket in his jacket, {amt} quid he got for it
op|other_theft|-|Chat: restaurant owner reports table of {cnt} left without paying a {amt} GBP bill. Making off without payment.
chat|other_theft|-|someone keeps stealing my post, my new bank card never came and neither did my passport renewal, i think its someone in the block on {street}
op|other_theft|-|Text {ref}: V ({agea}) being blackmailed by a former friend who threatens to tell V's employer about V's conviction unless paid {amt} GBP. Phone calls only.
chat|other_theft|domestic_abuse|my nephew who i let stay with me stole cash and my gold chain from my bedroom, hes {agea}, i cant believe it after everything ive done for him
chat|other_theft|-|my sons phone got taken from the bench at football training while he was playing, he left it in his bag, hes {agec}
op|other_theft|-|Chat: V ({agea}) charity shop volunteer; donations bag left outside stolen by a man in a van. No force.
chat|criminal_damage_arson|domestic_abuse|my ex smashed all the front windows in my house last night cos i wouldnt let him in, we split {cnt} months ago, the kids were asleep upstairs
op|criminal_damage_arson|-|Text {ref}: V's ({agea}) car keyed along both sides outside home, {date}. No suspect.
slo|criminal_damage_arson|-|SLO {date}: Fire set in bins behind {school}, spread to fence panels. Arson. Youths seen on CCTV.
chat|criminal_damage_arson|hate_crime|someone sprayed a swastika and "jews out" on our front door on {street} last night, were the only jewish family on the road and my kids saw it
chat|criminal_damage_arson|-|kids keep throwing stones at my windows and one cracked last night, theyre always on the corner of {street}
op|criminal_damage_arson|domestic_abuse|V ({agea}) says husband set fire to her clothes in the garden during a row; no injuries. Arson. DASH high.
chat|criminal_damage_arson|-|my neighbour poured weedkiller on my hedge and its all dead now, i saw him do it on my camera at {time}, we dont speak
slo|criminal_damage_arson|-|SLO: Pupil ({agec}) smashed another pupil's ({agec2}) phone by throwing it on the floor during a row. Criminal damage.
op|criminal_damage_arson|-|Chat: V ({agea}) shop owner; front window smashed overnight {date}, nothing taken.
chat|criminal_damage_arson|domestic_abuse|my daughter ({agea}) punched holes in the walls and smashed the tv when i said no to lending her money again, i dont know what to do with her
op|criminal_damage_arson|-|Text: V's ({ageo}) mobility scooter set alight outside flats on {street}. Arson.
chat|criminal_damage_arson|-|some1 smashed both wing mirrors and kicked the door of my car outside work on {day}, the cameras are broken
slo|criminal_damage_arson|-|SLO {date}: Graffiti tags across minibus and fencing at {school} overnight. Damage est {amt} GBP.
chat|criminal_damage_arson|-|my flatmate smashed my laptop in a rage cos i ate his food on {day}, hes not my bf or anything, just a flatmate
op|criminal_damage_arson|-|Chat {ref}: V ({agea}) allotment shed burned down {date}, suspected deliberate. Arson.
chat|criminal_damage_arson|domestic_abuse|my step mum smashed my phone when i tried to ring my dad, im {aget}, shes been married to my dad {cnt} years
op|criminal_damage_arson|-|Text: V ({agea}) says unknown person cut through her garden fence and trampled her vegetable beds; nothing taken.
chat|criminal_damage_arson|domestic_abuse|my bf kicked my bedroom door off its hinges and broke my telly when i said i was going out with my mates, were both lads and weve been together {cnt} yrs, first time hes gone this far
""")

# ---------------------------------------------------------------------------
# Block G: drugs, weapons, public order, misc against society
# ---------------------------------------------------------------------------
BLOCKS.append("""
slo|drug_offences|-|SLO {date}: Pupil ({agec}) found with a bag of cannabis in blazer at {school}; says bought from an older lad in {park}. Possession.
op|drug_offences|-|Text {ref}: caller ({agea}) reports neighbour dealing from flat on {street}; constant callers day and night, hand-to-hand seen.
chat|drug_offences|online|theres kids selling weed on the school field and they advertise it on snap with pics and prices, my son ({agec}) showed me, i want it stopped
slo|drug_offences|-|SLO: Student ({aget}) disclosed supplying ketamine to friends at {college} parties; wants support to stop. Supply.
chat|drug_offences|-|i think my son ({aget}) is dealing, ive found scales and little bags in his room and loads of cash in a shoebox, he says hes just holding it
op|drug_offences|-|Chat: V ({agea}) landlord found a cannabis grow in rented house after tenants left; wiring bypassed.
slo|drug_offences|online|SLO {date}: Group of pupils ({agec}) buying THC vapes via a Telegram channel, delivered to the school gate. Supply via app.
chat|drug_offences|-|my brothers mate keeps leaving bags of pills at ours for my brother to hold, my mum doesnt know, i dont want the police kicking our door in, hes only {aget}
op|drug_offences|-|Text: caller reports group of adults inhaling nitrous oxide in the car park on {street} nightly; canisters everywhere.
chat|drug_offences|-|my dad grows weed in the loft, im {agec}, the whole house stinks of it and my mates have noticed, i dont want him to get in trouble tho
slo|drug_offences|-|SLO: Student ({aget}) stopped with {cnt} wraps of cocaine and cash at college gates; admits selling to friends. Denies anyone making him do it; no exploitation indicators.
op|drug_offences|online|Chat {ref}: parent says her son ({agea}) orders pills off the dark web and has them posted home.
slo|possession_of_weapons|-|SLO {date}: Pupil ({agec}) found with a lock knife in bag during search at {school}; says for protection; not used or shown to anyone.
chat|possession_of_weapons|-|my mate carries a knife everywhere now, says its for protection cos of some beef, he hasnt used it on anyone but im worried, hes {aget}
op|possession_of_weapons|-|Text {ref}: caller ({agea}) saw neighbour with what looked like a handgun tucked in his waistband getting into a car. No threats made.
slo|possession_of_weapons|-|SLO: Student ({aget}) brought a knuckleduster into {college}; confiscated. No incident.
chat|possession_of_weapons|-|i found a machete under my sons bed hes {aget}, i dont know what hes involved in, he says its a mates
op|possession_of_weapons|-|Chat: V ({agea}) reports a man on the {bus} bus with a zombie knife sticking out of his bag; didnt threaten anyone. Got off at {street}.
slo|possession_of_weapons|-|SLO {date}: Pupil ({agec}) brought an imitation firearm into school; showed friends in the toilets. No threats made to anyone.
chat|possession_of_weapons|-|theres a lad at college who shows everyone a knife in his bag like its cool, he hasnt threatened anyone with it, idk if i should say something, its at {college}
op|possession_of_weapons|-|Text: V ({agea}) found a CS spray canister in her lodger's room while cleaning. Lodger not a relative or partner.
slo|possession_of_weapons|-|SLO: College student ({aget}) arrested with a kitchen knife in waistband outside a house party {date}; nobody threatened.
chat|possession_of_weapons|-|my neighbour keeps a shotgun in his shed that i dont think is licensed, hes shown it to my husband, we live on {street}
op|possession_of_weapons|-|Chat {ref}: V ({agea}) door supervisor found a flick knife on a customer during search at {venue}; handed to police.
chat|public_order|hate_crime|a man outside the mosque was screaming at us that were all terrorists and should be deported, he didnt touch anyone but my kids were terrified, this was {day} after prayers
op|public_order|-|Text {ref}: violent disorder between two groups outside {venue} {date}; V ({agea}) caught in the middle, not injured, very frightened.
slo|public_order|-|SLO {date}: Two parents shouting and squaring up at gates of {school} in front of children; threatening language, no contact made.
chat|public_order|hate_crime|some lads in a car slowed down and shouted f****t at me and my bf when we were holding hands on {street}, then drove off laughing
op|public_order|-|Chat: V ({agea}) bus driver subjected to threatening abuse from a passenger, swearing and saying he'd "do him"; no contact. Public order.
chat|public_order|-|this drunk man in {park} was screaming and swearing at me and my kids and kicking the bins over, really scary, we had to leave
slo|public_order|hate_crime|SLO: Pupil ({agec}) racially abused by an adult passer-by outside school gates; shouted at and told to "go home". No contact.
op|public_order|-|Text {ref}: V ({agea}) says a neighbour stood in the street shouting threats and abuse at V's house at {time}; no contact. Neighbours only.
chat|public_order|-|i work at a burger place and a customer went mental at me, screaming and slamming his tray on the counter and threatening to wait for me after my shift ended at {time}, didnt touch me
slo|public_order|-|SLO {date}: Mass brawl between students from two colleges at the bus station, filmed widely; no injuries reported. Affray / violent disorder enquiries.
op|public_order|hate_crime|Chat: V ({agea}) wheelchair user mocked and called a "spastic" by a group of adults in a pub garden, who threw beer mats at the table. Disability hostility.
chat|public_order|-|some woman at the football was screaming abuse at the ref and then at me and my son ({agec}) when i asked her to stop swearing, she was right in my face
op|public_order|hate_crime|V ({agea}), trans man, subjected to shouted transphobic abuse and threats outside the gym by a stranger. No contact.
chat|public_order|domestic_abuse|my ex turned up at my work and was screaming and shouting at me in front of everyone, calling me names, he left when security came. we split in {month} last year
op|public_order|-|Chat {ref}: V ({agea}) taxi marshal; group of drunk men threatened and abused her at the rank at {time}, no contact. Not known to her.
slo|misc_crimes_against_society|online;child_sexual_abuse_exploitation|SLO {date}: Nude image of pupil ({agec}) shared around a Snapchat group by classmates; image still circulating. Indecent image of a child. Devices being checked.
op|misc_crimes_against_society|-|Text {ref}: V ({agea}) prosecution witness being phoned by the defendant's family urging her to withdraw her statement. Witness intimidation. Calls only.
chat|misc_crimes_against_society|-|my mate bought an iphone off a random guy in the pub for {amt} quid with no box or charger, its obviously nicked and he knew it was dodgy, should i report him
slo|misc_crimes_against_society|-|SLO: Youth ({aget}) driving dangerously past {school} at speed, mounting kerb at home time; no one hurt. Dangerous driving. Reg obtained.
chat|misc_crimes_against_society|-|someone is selling fake driving licences at my college so kids can get into clubs, they are really good fakes and {amt} quid each
op|misc_crimes_against_society|-|Text: V ({agea}) shop owner given counterfeit {amt} GBP in 20s over the weekend. Counterfeit currency.
slo|misc_crimes_against_society|online;child_sexual_abuse_exploitation|SLO {date}: Student ({aget}) found sharing indecent images of young children from a Telegram group. Device seized. Indecent images.
chat|misc_crimes_against_society|-|some bloke keeps doing doughnuts and racing round the estate in a car at night, nearly hit my kid on {street} last week, its a black {car}
op|misc_crimes_against_society|domestic_abuse|V ({agea}) says husband threatened to torch the car and the house if she ever left; texts only. Threat to damage. DASH medium.
chat|misc_crimes_against_society|online|im a witness in a court case about a fight i saw in {town} and one of the lads family has been messaging my mum on facebook trying to get me to pull out, saying ill regret going to court
slo|misc_crimes_against_society|-|SLO: Pupil ({agec}) selling boxes of vapes at school; admits he got them cheap off an older lad and knew they were nicked. Handling.
op|misc_crimes_against_society|-|Chat: V ({agea}) is a witness in a neighbour's trial; defendant failed to surrender to court on {date} and is now wanted. V anxious. Bail offence.
chat|misc_crimes_against_society|child_sexual_abuse_exploitation|i found out my brother in law has loads of indecent pics of kids on his laptop, my sister doesnt know, im scared to tell her, they live in {town}
op|misc_crimes_against_society|-|Text {ref}: V ({agea}) says a family friend gave false evidence on oath at her late father's probate hearing in {month}; wants to know about reporting perjury.
""")

# ---------------------------------------------------------------------------
# Block H: fraud and computer misuse, anti-social behaviour, other crime
# ---------------------------------------------------------------------------
BLOCKS.append("""
chat|fraud_computer_misuse|online|i paid for a puppy off facebook marketplace and sent {amt} quid deposit and now the seller has blocked me and the ad is gone
op|fraud_computer_misuse|-|Text {ref}: V ({ageo}) courier fraud; phone call from "the bank", handed her card and PIN to a courier at the door. Loss {amt} GBP. Phone and doorstep only.
chat|fraud_computer_misuse|online|my mum has been sending money to a man she met on a dating site who says hes in the army abroad, {amt} so far, shes never met him and she wont listen to me
op|fraud_computer_misuse|domestic_abuse|Chat: V ({agea}) discovered ex-husband took out {cnt} loans in her name during the marriage without her knowledge. Identity fraud, economic abuse.
slo|fraud_computer_misuse|online|SLO {date}: Pupil's ({agec}) Instagram account hacked and used to sell fake festival tickets to followers. Computer misuse + fraud.
chat|fraud_computer_misuse|online|got a text saying my parcel needed a redelivery fee, clicked the link and put my card in on the website and now theres {cnt} payments i didnt make
op|fraud_computer_misuse|-|Text: V ({ageo}) charged {amt} GBP by a doorstep trader for roof repairs that were never done. Fraud by false representation.
chat|fraud_computer_misuse|online|someone got into my email and changed all my passwords and now theyre messaging my contacts asking them for money and gift cards, my aunt already sent {amt} quid
slo|fraud_computer_misuse|online|SLO: Student ({aget}) recruited as a money mule via an Instagram "easy money" post; let his account be used for transfers. Fraud.
chat|fraud_computer_misuse|domestic_abuse;online|my wife has been logging into my online banking and paypal without asking and spending loads, weve been married {cnt} years and she says its our money
op|fraud_computer_misuse|online|Chat {ref}: V ({agea}) lost {amt} GBP in an investment scam promoted in a WhatsApp group; "profits" never withdrawable.
chat|fraud_computer_misuse|-|my nan got a phone call from someone pretending to be my cousin in trouble abroad and she transferred money, it wasnt even him, hes fine, she lost {amt} quid
op|fraud_computer_misuse|-|Text: V ({agea}) card cloned at a cash machine, {cnt} transactions she didn't make. Bank investigating.
chat|fraud_computer_misuse|online|i sold my console on ebay and the buyer claimed it never arrived and got a refund but i have proof of delivery, so ive lost it and the {amt} quid
op|fraud_computer_misuse|domestic_abuse|V ({ageo}) says her daughter ({agea}) used her card details to take out credit without permission; {amt} GBP debt. Family member.
slo|fraud_computer_misuse|online|SLO {date}: Staff member's school email compromised; parents received phishing emails requesting trip fee payment.
chat|fraud_computer_misuse|-|a man came to my door saying he was from the council and needed {amt} quid for my bins, i paid him cash and the council says no such thing
chat|anti_social_behaviour|-|kids on scooters hang about outside {shop} every night shouting and being annoying, not doing anything criminal tbh just noisy and in the way
op|anti_social_behaviour|-|Text {ref}: noise complaint; neighbour's music until {time} most nights. No threats or damage.
slo|anti_social_behaviour|-|SLO {date}: Residents near {school} complain of pupils congregating, littering and being rowdy after school. No offences disclosed.
chat|anti_social_behaviour|-|my upstairs neighbours dog barks all night and they stomp around at 3am, ive asked nicely {cnt} times, nothing nasty has been said its just constant
op|anti_social_behaviour|-|Chat: V ({agea}) reports youths kicking a football against her wall for hours; no damage, no abuse.
chat|anti_social_behaviour|-|people keep parking across my drive on {street} when theres football on and i cant get out, its every other sat
slo|anti_social_behaviour|-|SLO: Students from {college} gathering at the bus shelter on {street}, loud and swearing among themselves, blocking the path. No victims identified.
op|anti_social_behaviour|-|Text {ref}: neighbour has bonfires every weekend, smoke drifting into V's home. No threats.
chat|anti_social_behaviour|-|my flatmate has parties every night and leaves mess everywhere, hes not threatening or anything just inconsiderate, last one went on till {time} and i cant sleep
op|anti_social_behaviour|-|Chat {ref}: groups of motorbikes revving on the estate late at night; no specific incidents or damage.
chat|anti_social_behaviour|-|theres a group of teenagers who knock on doors and run off, every night about {time}, its doing my head in but nothing gets broken
slo|anti_social_behaviour|-|SLO {date}: Complaint re pupils' rowdy behaviour on the {bus} bus; driver confirms no assaults or damage, just noise and feet on seats.
op|anti_social_behaviour|-|Text: V ({ageo}) upset by teenagers sitting on her wall eating takeaway and leaving litter; not abusive towards her.
chat|anti_social_behaviour|-|my neighbours kids keep kicking their ball into my garden and climbing over to get it, they dont break anything but its every day since {month}
chat|other_crime|-|my neighbour keeps kicking his dog and leaving it outside in the cold with no food or water, i can hear it crying at night, its the house on {street}
op|other_crime|-|Text {ref}: caller ({agea}) reports men with lurchers chasing hares across the farmland near {town}. Wildlife crime.
slo|other_crime|-|SLO {date}: Two pupils ({agec}) admitted hurting a neighbour's cat with fireworks. Animal cruelty. Parents informed.
chat|other_crime|-|something happened to me last month, i dont want to go into it but i reported it to police and they gave me a crime number {ref}, i just need someone to talk to
op|other_crime|-|Chat: V ({agea}) states she was "a victim of crime" on {date}; declined to give any details; wants emotional support only.
chat|other_crime|-|the puppy farm down our lane keeps dogs in awful conditions, theyre in cages covered in muck, must be {cnt} dozen dogs, i think its cruelty
op|other_crime|-|Text: V ({agea}) reports repeated fly-tipping of builders' waste on her land off {street}; van reg partially seen.
chat|other_crime|-|someone keeps dumping rubbish bags and an old mattress in my front garden, i think its the people who moved in across the road in {month}
slo|other_crime|-|SLO: Pupil ({agec}) disclosed dad's dog is being starved in the back yard; pupil upset. RSPCA informed.
op|other_crime|-|Chat {ref}: V ({agea}) says neighbour's horse left in field with no water or shelter for days. Animal welfare.
""")

# ---------------------------------------------------------------------------
# Block I: extra hard cases (indirect relations, negations, other people's
# relationships, long narratives, placeholders)
# ---------------------------------------------------------------------------
BLOCKS.append("""
chat|violence_with_injury|domestic_abuse|sorry this is gonna be long. so me and {m} have been together since {yr} and it was fine at first but since the baby hes changed, he doesnt like me going to my mums, he goes through my phone, and on {day} he came in from the pub and i said something about money and he pushed me and i went into the coffee table and cut my leg open, needed glue at the hospital and i told them i tripped. i dont want to leave cos where would i even go but i cant keep doing this
chat|stalking_harassment|-|ok so my sister was with this guy years ago who was really violent to her, she had a marac and everything back then but thats all over now. the reason im messaging is someone keeps leaving notes on MY car at work in {town} saying they know where i live and what time i finish. idk who it is, im not with anyone and never have been with anyone who would do this
op|violence_with_injury|-|Chat {ref}: V ({agea}) assaulted by her flatmate's partner in the shared kitchen; pushed into the door frame, bruised shoulder and cut elbow. V not in a relationship with either. Not DA.
chat|violence_without_injury|-|my gf slapped me at {park} in front of everyone cos she thought i was talking to another girl, no mark or anything, were both {agec} and in yr 10
op|burglary|-|V ({agea}) came home to find back door forced and jewellery taken. Asked if ex-partner could be involved: V says no, ex lives abroad, split amicably in {yr}, no DA history.
chat|sexual_offences|-|my friend told me her dad abused her when she was little and its brought stuff up for me, but im messaging about me, a man at the bus stop on {street} grabbed my bum and said disgusting things yesterday, im {agea}
slo|stalking_harassment|online|SLO: Pupil ({agec}) says ex-boyfriend ({agec2}) keeps posting nasty stories about her on Snapchat since they split. Both under 16 - not DA. Malicious comms, parents informed.
chat|violence_with_injury|domestic_abuse|i havent been with him since {yr} but we have a little girl together, at handover on {day} he punched me in the arm so hard its black and blue, he said i made him late
chat|stalking_harassment|domestic_abuse|my mum takes all my benefit money every month and says i cant manage it, im {agea} and i have a learning disability, if i argue she says shell put me in a home. i only get {amt} quid a month to spend
op|stalking_harassment|domestic_abuse;online|V ({agea}) says her brother posts abuse about her on Facebook and messages her daily since a row over their father's will. Family member. Harassment.
txt|violence_with_injury|domestic_abuse|im {ageo} and my grandson who i brought up pushed me and i hit my head on the door frame, he wants money for drugs. i dont want him locked up i just want help
slo|violence_with_injury|domestic_abuse|SLO {date}: Pupil ({agec}) says stepdad threw mum down the stairs on {day}; mum has a broken arm and told the hospital she fell. Pupil frightened to go home. DA referral for mum, social care aware.
op|violence_with_injury|domestic_abuse|V (F, {agea}) punched in face by her adult stepson ({agea2}) during a row about his dad's car; bruised cheek. Lives in same house. DASH standard.
chat|violence_without_injury|-|the lad who rents the other room in my house, hes just a lodger not my partner or anything, threatened to kill me to my face last night over the heating, he said hed do it while i slept, this was {day} about {time}
chat|criminal_damage_arson|-|my daughters ex boyfriend put a brick through MY front window last night, my daughter is {agea} and lives in {town} not with me, he has never been with me obviously i just want him charged
op|other_theft|-|Text: V ({agea}) says her lodger took rent money from her bedroom drawer; lodger not a partner or relative. {amt} GBP missing.
chat|fraud_computer_misuse|domestic_abuse|my son ({agea}) has been taking out catalogues and phone contracts in my name and now im getting debt letters for {amt} quid, i knew nothing about it
chat|violence_with_injury|domestic_abuse;hate_crime|my dad beat me up last night and kept calling me a freak and saying ill never be a real girl, im trans and {aget}, my lip is split and my ribs hurt
op|sexual_offences|domestic_abuse|Chat {ref}: V ({agea}) sexually assaulted by her brother-in-law (her husband's brother) at a family party on {date}; he groped her in the hallway. Family taking his side.
chat|violence_with_injury|-|my brothers carer from the agency hit him across the face, hes disabled and cant talk, hes {agea}, his cheek is all swollen, shes not family, just the carer who comes in mornings
chat|violence_without_injury|domestic_abuse|the couple next door are always screaming and last night i heard him tell her hes going to kill her and her kids, she was crying, i dont know them well but im worried for her, its the flat on {street}
op|violence_with_injury|-|Webchat {ref}: V ({agea}) punched by a man she met on a night out in {town}; swollen eye. V clear they are not and never have been in a relationship.
chat|stalking_harassment|domestic_abuse|my brothers wife keeps ringing me at all hours calling me a slut and saying shell tell everyone lies about me, shes been at it since christmas, {cnt} calls last night, and my brother does nothing
txt|violence_with_injury|-|my dads girlfriend hit me with a hairbrush cos i didnt tidy up, im {agec}, ive got a bump on my head, i dont want to go back there this weekend
op|violence_without_injury|domestic_abuse;modern_slavery|V ({agea}) brought to UK by husband's family after marriage; made to do all housework for the extended family, not allowed out, passport kept, no money of her own. Domestic servitude.
chat|violence_without_injury|domestic_abuse;honour_based_abuse|my parents found out im seeing someone from a different religion and my mum said id be better off dead than bring shame on them, my dad said hell kill me if he sees me with him again, im {agea}
slo|violence_with_injury|honour_based_abuse|SLO {date}: Pupil ({agec}) disclosed to school nurse she was cut during a family trip abroad over the summer; mother says it is "tradition". FGM mandatory report made.
chat|violence_with_injury|domestic_abuse|me and my sister ({aget}) had a fight and she hit me with the hairdryer, i had to have my eyebrow glued, im {agea}, mum says we are as bad as each other
chat|other_theft|-|my grandads carer from the agency has been taking money out his wallet, weve counted it before and after, about {amt} quid gone, shes not family
op|fraud_computer_misuse|-|V ({ageo}) says a friend from church who does her shopping has been using her bank card for his own purchases; not a relative. Loss approx {amt} GBP.
chat|violence_with_injury|domestic_abuse|my father in law hit me with his walking stick when i told him to stop shouting at my wife, big bruise on my arm, we all live together in {town}
chat|stalking_harassment|online|a girl from my old school keeps sending me voice notes on snap saying shes gonna beat me up when she sees me, im {agec}, ive blocked her but she makes new accounts
slo|robbery|knife_sharp_instrument|SLO {date}: Pupil ({agec}) robbed of his coat and phone near {park} by youths who lifted a top to show a kitchen knife in a waistband and told him to hand over. No injury.
chat|stalking_harassment|domestic_abuse|my daughter is {aget} and her boyfriend whos {agea} tells her what to wear, takes her phone off her and wont let her see her friends, shes dropped out of college because of him. hes never hit her but
op|violence_with_injury|-|Webchat {ref}. V details not recorded. V says she was punched by a stranger outside {shop}, nose bleeding heavily, suspect N/K. Chat ended before address taken.
op|stalking_harassment|domestic_abuse|Text {ref}. V age not recorded. Ex-partner (relationship ended around {yr}) has been texting and calling V's new partner and turning up at V's workplace. No apps involved. DASH tbc.
chat|violence_with_injury|-|im a student nurse and a patients husband grabbed my wrist and twisted it so hard its sprained, hes nothing to do with me obviously, i was just doing obs on his wife on the ward on {day}
slo|violence_without_injury|-|SLO: Pupil ({agec}) held down by {cnt} older pupils in the toilets and had his head pushed toward the toilet bowl; no injury. Bullying assault.
chat|robbery|-|my boyfriend and me got jumped by 3 men on {street}, they punched him and took his chain and my bag, we dont know them at all, he has a cut lip
op|criminal_damage_arson|domestic_abuse|Chat: V ({agea}) says ex-girlfriend poured paint over V's car and keyed "liar" into the bonnet; relationship ended {month}. Prior texts.
chat|violence_without_injury|-|my mums new boyfriend who doesnt live with us grabbed me by the arm and pulled me out of the car, im {agec}, no bruise. mum took his side
op|violence_without_injury|domestic_abuse|V ({agea}) says her ex-partner's threats to kill have resumed since he learned of her new address; said in person at the school gate {date}. No weapon. Relationship ended {yr}.
txt|stalking_harassment|domestic_abuse|my wife reads all my texts and wont let me see my brother, she rings my work to check im there, if i go out she says shell take the kids and i wont see them, is this normal idk, weve been together since {yr}
chat|sexual_offences|child_sexual_abuse_exploitation|theres a man who hangs around the chicken shop giving girls from my school free food and rides, he made my friend ({agec}) touch him in his car, she told me but she doesnt want to tell anyone
""")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def parse_templates() -> list[tuple[str, str, list[str], str]]:
    templates = []
    seen_text: dict[str, int] = {}
    for block in BLOCKS:
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            parts = line.split("|")
            if len(parts) != 4:
                sys.exit(f"bad template line: {line[:60]}")
            kind, category, flag_field, text = (p.strip() for p in parts)
            if kind not in KINDS:
                sys.exit(f"unknown kind {kind!r}")
            if category not in CATEGORIES:
                sys.exit(f"unknown category {category!r}")
            flags = [] if flag_field == "-" else [f.strip() for f in flag_field.split(";")]
            for flag in flags:
                if flag not in FLAGS:
                    sys.exit(f"unknown flag {flag!r}")
            if len(flags) != len(dict.fromkeys(flags)):
                sys.exit("duplicate flag in template")
            flags = [f for f in FLAGS if f in flags]
            if not text.isascii():
                sys.exit(f"non-ASCII template: {text[:60]}")
            slots = SLOT_RE.findall(text)
            if not slots:
                sys.exit(f"template without a slot: {text[:60]}")
            for base, _ in slots:
                if base not in POOLS and base not in GENERATORS:
                    sys.exit(f"unknown slot {base!r}")
            leftover = SLOT_RE.sub("", text)
            if "{" in leftover or "}" in leftover:
                sys.exit(f"stray brace: {text[:60]}")
            if text in seen_text:
                sys.exit(f"duplicate template: {text[:60]}")
            seen_text[text] = 1
            templates.append((kind, category, flags, text))
    return templates


def fill(text: str) -> str:
    values: dict[str, str] = {}
    used: dict[str, list[str]] = {}
    for base, num in SLOT_RE.findall(text):
        key = base + num
        if key in values:
            continue
        taken = used.setdefault(base, [])
        for _ in range(100):
            value = GENERATORS[base]() if base in GENERATORS else RNG.choice(POOLS[base])
            if value not in taken:
                break
        taken.append(value)
        values[key] = value
    return SLOT_RE.sub(lambda m: values[m.group(1) + m.group(2)], text)


def main() -> None:
    templates = parse_templates()
    if len(templates) < 350:
        sys.exit(f"only {len(templates)} templates")
    if len(templates) > N_NOTES:
        sys.exit("more templates than notes")

    # Every template is used once; the remainder is drawn from a shuffled copy.
    order = list(range(len(templates)))
    RNG.shuffle(order)
    picks = list(order)
    extra = list(range(len(templates)))
    RNG.shuffle(extra)
    picks.extend(extra[: N_NOTES - len(picks)])

    rows = []
    seen: dict[str, int] = {}
    for idx in picks:
        _kind, category, flags, text = templates[idx]
        for _ in range(200):
            filled = fill(text)
            if filled not in seen:
                break
        else:
            sys.exit(f"could not make a unique note from: {text[:60]}")
        if not filled.isascii():
            sys.exit("non-ASCII note")
        seen[filled] = 1
        rows.append((filled, category, ";".join(flags)))

    RNG.shuffle(rows)

    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _text, category, flag_str in rows:
        cat_counts[category] += 1
        for flag in flag_str.split(";") if flag_str else []:
            flag_counts[flag] += 1
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        sys.exit(f"uncovered labels: {missing}")

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="ascii", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["note_id", "text", "category", "flags"])
        for i, (text, category, flag_str) in enumerate(rows, start=1):
            writer.writerow([f"{ID_PREFIX}{i:04d}", text, category, flag_str])

    print(f"templates {len(templates)}")
    print(f"notes {len(rows)}")
    for c in CATEGORIES:
        print(f"category {c} {cat_counts[c]}")
    for f in FLAGS:
        print(f"flag {f} {flag_counts[f]}")


if __name__ == "__main__":
    main()
