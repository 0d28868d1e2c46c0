#!/usr/bin/env python3
"""Generate the BLIND12 labelled test corpus of synthetic victim-services referral notes.

Written blind: the only project material consulted was /work/shared/TAXONOMY.md (label
spec) and the header + first row of benchmarks/data/notes_blind4.csv (column format).

Every scenario template below was written and labelled by hand with one category code
(principal crime per TAXONOMY.md) and its flag codes. Slots such as {f}, {town} or {date}
are filled from invented pools. All people, places, shops and references are fictitious.

Standard library only. Deterministic: the same bytes are written on every run.

    python3 benchmarks/make_blind12_corpus.py
"""

import csv
import os
import random
import re

SEED = 1212_2025
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "notes_blind12.csv")

# --------------------------------------------------------------------------------------
# Label codes (from TAXONOMY.md) and the short aliases used in the template table
# --------------------------------------------------------------------------------------
CATEGORIES = {
    "HOM": "homicide",
    "DID": "death_injury_driving",
    "VWI": "violence_with_injury",
    "VWO": "violence_without_injury",
    "STK": "stalking_harassment",
    "SEX": "sexual_offences",
    "ROB": "robbery",
    "BUR": "burglary",
    "VEH": "vehicle_offences",
    "TFP": "theft_from_person",
    "BIC": "bicycle_theft",
    "SHOP": "shoplifting",
    "OTH": "other_theft",
    "CDA": "criminal_damage_arson",
    "DRG": "drug_offences",
    "WPN": "possession_of_weapons",
    "PO": "public_order",
    "MISC": "misc_crimes_against_society",
    "FRD": "fraud_computer_misuse",
    "ASB": "anti_social_behaviour",
    "OC": "other_crime",
}
# Flag order used in the output column (TAXONOMY.md table order)
FLAGS = [
    ("DA", "domestic_abuse"),
    ("HATE", "hate_crime"),
    ("ONL", "online"),
    ("KNIFE", "knife_sharp_instrument"),
    ("CSE", "child_sexual_abuse_exploitation"),
    ("MS", "modern_slavery"),
    ("HBA", "honour_based_abuse"),
]
FLAG_ALIAS = dict(FLAGS)

TEMPLATES = []  # (category_alias, flag_aliases_string, text)


def T(cat, flags, text):
    if cat not in CATEGORIES:
        raise ValueError(f"unknown category alias {cat!r}")
    for fl in flags.split():
        if fl not in FLAG_ALIAS:
            raise ValueError(f"unknown flag alias {fl!r}")
    TEMPLATES.append((cat, flags, text))


# --------------------------------------------------------------------------------------
# Invented slot pools (names are generic first names/surnames; towns, streets, venues,
# schools and reference formats are made up)
# --------------------------------------------------------------------------------------
F_NAMES = [
    "Aisha",
    "Bethany",
    "Carys",
    "Donna",
    "Elif",
    "Fern",
    "Gemma",
    "Hollie",
    "Imani",
    "Jodie",
    "Kasia",
    "Leanne",
    "Maryam",
    "Nadia",
    "Orla",
    "Priya",
    "Rosie",
    "Shannon",
    "Tamsin",
    "Una",
    "Vicky",
    "Wendy",
    "Yasmin",
    "Zara",
    "Abi",
    "Bronwen",
    "Chantelle",
    "Demi",
    "Esther",
    "Faye",
    "Gulnaz",
    "Harriet",
    "Ioana",
    "Jess",
    "Kerry",
    "Lorna",
    "Mags",
    "Niamh",
    "Paula",
    "Rhiannon",
    "Sadia",
    "Tracey",
]
M_NAMES = [
    "Aaron",
    "Bilal",
    "Callum",
    "Dale",
    "Emeka",
    "Finn",
    "Gareth",
    "Hamza",
    "Ivan",
    "Jamal",
    "Kieran",
    "Lewis",
    "Marek",
    "Nathan",
    "Owen",
    "Pawel",
    "Reece",
    "Stuart",
    "Tariq",
    "Vinnie",
    "Wes",
    "Yusuf",
    "Zak",
    "Alfie",
    "Bradley",
    "Connor",
    "Darren",
    "Eddie",
    "Frankie",
    "Gav",
    "Harvey",
    "Idris",
    "Jordan",
    "Kofi",
    "Liam",
    "Mo",
    "Neil",
    "Ollie",
    "Ravi",
    "Shaun",
    "Terry",
    "Umar",
]
SURNAMES = [
    "Ashdown",
    "Birtwhistle",
    "Calloway",
    "Dearden",
    "Ellery",
    "Fothergill",
    "Gristwood",
    "Hawksley",
    "Inchbald",
    "Jagger-Moss",
    "Kilbride",
    "Lowther",
    "Marchbank",
    "Nettleship",
    "Oldroyd",
    "Pennock",
    "Quarmby",
    "Ravenhill",
    "Scattergood",
    "Thewlis",
    "Umpleby",
    "Varley",
    "Wildblood",
    "Yeadon",
    "Abara",
    "Begum",
    "Chowdry",
    "Dobrescu",
    "Eze",
    "Farooqi",
    "Grabowski",
    "Hussein",
    "Iqbal",
    "Kowalczyk",
    "Mensah",
    "Nowak",
    "Okafor",
    "Patel-Reid",
    "Rahman",
    "Szabo",
]
TOWNS = [
    "Kelverton",
    "Ashby Marrow",
    "Dunhallow",
    "Tresscombe",
    "Brindlemoor",
    "Calloway Heath",
    "Wexcombe",
    "Pellingford",
    "Marrowdean",
    "Hollinbridge",
    "Quarrendon Vale",
    "Stenbury",
    "Oxley Parva",
    "Fennick Cross",
    "Lowdham St Clare",
    "Garthwell",
    "Saltmoor",
    "Radleigh",
    "Bexhampton",
    "Thornley Magna",
    "Caddington Fold",
    "Wyrewood",
    "Eastholme",
    "Nethercote",
]
STREET_A = [
    "Larkspur",
    "Tannery",
    "Cobbold",
    "Wainwright",
    "Fernleigh",
    "Mallard",
    "Quarry",
    "Sandpiper",
    "Bellhouse",
    "Orchard",
    "Ropewalk",
    "Kiln",
    "Harebell",
    "Chapel",
    "Foundry",
    "Linnet",
    "Beckside",
    "Pinfold",
    "Saddler",
    "Weaver",
]
STREET_B = [
    "Road",
    "Close",
    "Street",
    "Lane",
    "Avenue",
    "Way",
    "Row",
    "Crescent",
    "Gardens",
    "Walk",
    "Terrace",
    "Drive",
]
SHOPS = [
    "Kwikstop Convenience",
    "ValuMart",
    "Hendry's Pharmacy",
    "Bargain Barn",
    "Marlow & Finch",
    "FreshWay Local",
    "Pennywise Discount",
    "the Corner Mini-Mart",
    "Greenlow Garden Centre",
    "Budgetland",
    "Castell Home Store",
    "Brightside Express",
    "Dunmore's Newsagents",
    "SaveMore Superstore",
    "Holt & Daughter Butchers",
]
PUBS = [
    "the Tipsy Heron",
    "the Crooked Anchor",
    "the Three Tuns",
    "the Drovers Rest",
    "the Wheatsheaf Arms",
    "Rafferty's bar",
    "the Old Forge Inn",
    "the Velvet Lounge club",
    "the Kings Stag",
    "the Navigation",
]
SCHOOLS = [
    "Hollinbridge Academy",
    "St Brennock's Primary",
    "Marrowdean High",
    "Fennick Cross Primary",
    "Stenbury College",
    "Oakapple Infants",
    "Garthwell Community School",
    "Radleigh Juniors",
]
LANGS = [
    "Polish",
    "Romanian",
    "Urdu",
    "Punjabi",
    "Arabic",
    "Tigrinya",
    "Portuguese",
    "Lithuanian",
    "Bengali",
    "Kurdish Sorani",
    "Farsi",
    "Somali",
    "Vietnamese",
    "BSL",
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
CARS = [
    "Ford Focus",
    "Vauxhall Corsa",
    "VW Golf",
    "Toyota Yaris",
    "Kia Sportage",
    "Nissan Qashqai",
    "Ford Transit van",
    "Skoda Octavia",
    "BMW 1 Series",
    "Peugeot 208",
]
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


# ======================================================================================
# TEMPLATES. Each line is one hand-written situation: T(category, flags, text).
# ======================================================================================

# ---------------------------------- homicide ------------------------------------------
T(
    "HOM",
    "KNIFE",
    "Bereaved family referral. V's son {m} ({age}) died after being stabbed outside {pub} on {date}. Two males charged with murder. Mother {f} asking for help with the inquest and what happens at court. FLO is DC {sur}.",
)
T(
    "HOM",
    "DA",
    "Homicide - domestic related. {f} {sur} ({age}) was killed at her home in {town} on {date}; her husband has been charged with her murder. Referral is for her adult daughter who found her. Daughter would prefer a female caseworker.",
)
T(
    "HOM",
    "",
    "Manslaughter. {m} was punched once outside a takeaway on {street}, fell and hit his head on the kerb, died in hospital three days later. Suspect a stranger to the family. His partner {f} wants help understanding why CPS charged manslaughter not murder.",
)
T(
    "HOM",
    "",
    "call from the dad of {m2}, lad was 17, killed in what police are calling a gang related incident in {town} last month. dad not coping, not sleeping, the other kids are off school. wants someone to talk to, not a counsellor he says, just someone who gets it.",
)
T(
    "HOM",
    "DA",
    "Homicide referral (DHR commissioned). Deceased {f} was killed by her ex-partner {m}, who then took his own life. Referral for V's mother {f2} and sister. Community Safety Partnership setting up a Domestic Homicide Review; family want an advocate at the panel.",
)
T(
    "HOM",
    "",
    "Death of an infant. Mother charged with infanticide. Referral is for the baby's father {m}, who separated from the mother before the birth; no DA history between the parents recorded. He is very low and his GP is aware.",
)
T(
    "HOM",
    "HATE",
    "Murder, racially aggravated. {m} ({age}) was attacked by a group shouting racist abuse near {street} on {date} and died at the scene. Police are treating it as a hate crime. Widow and three children referred; Urdu interpreter needed for the widow.",
)
T(
    "HOM",
    "KNIFE",
    "Fatal stabbing at a house party in {town} on {date}. The deceased is the brother of our client {f}, who saw it happen. She is also a prosecution witness and is frightened of reprisals. Please arrange a pre-trial court visit.",
)
T(
    "HOM",
    "",
    "Bereaved by homicide. {f}'s father ({oage}) died after an intruder pushed him down the stairs during a break-in at his bungalow. Murder enquiry open, no charge yet. She wants all updates to come through the FLO only.",
)
T(
    "HOM",
    "DA",
    "IP's brother {m} ({age}) was killed by their stepfather at the family home on {date}. Stepfather charged with murder and remanded. IP (19) still lives with mum, who is struggling badly. Both referred.",
)
T(
    "HOM",
    "",
    "Homicide Service handover. Case: murder of {m} {sur}, {date}. Trial finished, defendant convicted and given life with a minimum term of 21 years. Family now want information on the Victim Contact Scheme and parole. No further court dates.",
)
T(
    "HOM",
    "",
    "my nephew went missing in {town} last year and they found him in the canal, police now say it was murder and they've arrested someone. my sister can't face ringing anyone so i'm ringing for her. can someone call her, she knows i'm doing this.",
)
T(
    "HOM",
    "KNIFE",
    "Occ summary: Deceased {m} ({age}) received a single stab wound to the chest on {street} after an argument with a neighbour over a parking space. S arrested at scene, knife recovered. Referral for the deceased's wife and adult son. Neighbour dispute history only - no DA.",
)
T(
    "HOM",
    "",
    "Gross negligence manslaughter. Worker {m} ({age}) died after falling from unsafe scaffolding at a site in {town}; the site manager has been charged. Family referred through the HSE family liaison officer.",
)
T(
    "HOM",
    "DA",
    "Murder of {f} ({oage}) by her son, who has a mental health diagnosis. Referral for V's other son {m} and his wife. They are dealing with press at the door and want help with media requests.",
)
T(
    "HOM",
    "",
    "Bereavement. {f}'s partner {m} was killed when a man he had never met attacked him at a bus stop on {date}. She is pregnant and staying with her parents in {town2}. Suspect charged with murder, trial date awaited.",
)
T(
    "HOM",
    "",
    "Offence recorded: Murder. Narrative: V's younger brother was found dead in a flat in {town}; post mortem shows he was beaten. Two men charged. Sister {f} is next of kin and wants to know if she can read a victim personal statement at sentencing.",
)

# --------------------------- death / serious injury by driving ------------------------
T(
    "DID",
    "",
    "Fatal RTC {date} at the junction of {street} and {street2}. V's husband {m} was on his motorbike when a van pulled out in front of him. Van driver charged with causing death by careless driving. Widow {f} wants to write a VPS.",
)
T(
    "DID",
    "",
    "RTC - pedestrian {f} ({oage}) struck on a zebra crossing by a driver who was on his phone. Life-changing injuries, still at the major trauma centre. Driver to be charged with causing serious injury by dangerous driving. Daughter is main contact.",
)
T(
    "DID",
    "",
    "Causing death by dangerous driving: police pursuit ended when the car being chased hit an oncoming vehicle, killing its passenger. Referral for the dead man's parents in {town}. Driver pleaded not guilty, trial listed at Crown Court.",
)
T(
    "DID",
    "",
    "my mum was knocked down on {street} and the driver didn't stop, they found him two days later and he's been charged with causing her death by careless driving while over the limit. funeral was last week. i don't know what happens next.",
)
T(
    "DID",
    "",
    "V {m}, cyclist, hit from behind on the A-road outside {town}. Broken pelvis and spinal injuries. Driver charged with causing serious injury by careless driving. V also asking about compensation for his bike and loss of earnings.",
)
T(
    "DID",
    "",
    "Occ: death by dangerous driving. Deceased {f2} ({yp}) was a passenger in a car driven by a friend at excessive speed; car left the road near {town}. Driver survived and has been charged. Family referral, mum {f} is lead contact.",
)
T(
    "DID",
    "",
    "VAL note: caller's son {m} seriously injured when an uninsured driver mounted the pavement outside {shop}. Son now in a rehab unit. Driver charged with causing serious injury by dangerous driving and driving while disqualified.",
)
T(
    "DID",
    "",
    "Fatal collision with an HGV on the bypass. Deceased {m} ({age}) was driving home from a night shift. HGV driver charged with causing death by careless driving. Fiancee {f} referred; she is not next of kin and the coroner's office won't talk to her.",
)
T(
    "DID",
    "",
    "Child pedestrian fatality. {m2}, aged {kid}, was hit by a car outside {school} on {date}. Driver charged with causing death by dangerous driving. Referral for both parents; a grandparent is also asking for support. Local press interest.",
)
T(
    "DID",
    "",
    "Serious injury RTC. Moped rider {m} thrown off when a car turned across him; driver later tested positive for cocaine and has been charged with causing serious injury by dangerous driving. V has a brain injury so his wife {f} is acting for him.",
)
T(
    "DID",
    "",
    "Referral from a road crash charity. {f} lost her brother in a collision on {date}; the driver has now been charged with causing death by careless driving. She'd like one named caseworker for the whole court process.",
)
T(
    "DID",
    "",
    "Death by driving whilst uninsured. V's father was killed walking home along {street}. Family angry the charge carries 'only' a few years. Explain sentencing and the VPS. Ring after 6pm.",
)
T(
    "DID",
    "",
    "Careless driving causing serious injury: V ({oage}) was reversed into in the car park at {shop}, broken hip, now in a care home. Driver charged. Son wants updates by email.",
)
T(
    "DID",
    "",
    "Transferred from the homicide team - this is NOT a homicide case, it is causing death by dangerous driving (street racing on {street}). Two bereaved parents and one sibling. Sentencing hearing on {date}.",
)
T(
    "DID",
    "",
    "passenger in a taxi that got hit by a drunk driver on {date}. broke her neck, still in a halo brace. driver charged with causing serious injury by dangerous driving and drink driving. she wants to know if she can claim anything.",
)
T(
    "DID",
    "",
    "Offence: causing serious injury by dangerous driving (s1A). Narrative: V {f} ({age}) on the pavement at {street} when a car lost control at speed and pinned her against a wall. Both legs broken. Driver arrested at scene, now charged.",
)

# -------------------------------- violence with injury --------------------------------
T(
    "VWI",
    "DA",
    "DA - ABH. IP {f} assaulted by partner {m} at home address {date}, punched in the face causing a black eye and split lip. Children present. DASH high, MARAC referral done. S in custody.",
)
T(
    "VWI",
    "DA",
    "s47 assault, domestic. V's husband grabbed her round the throat and shoved her into a radiator - bruising to neck and lower back. V not supporting a prosecution at this stage but wants to talk through options. DVPN issued.",
)
T(
    "VWI",
    "DA KNIFE",
    "Occ summary: IP states her ex-partner {m} came to her address in breach of bail and cut her forearm with a kitchen knife when she tried to shut the door. Six stitches. S outstanding.",
)
T(
    "VWI",
    "DA",
    "GBH s20. IP {m} ({oage}) assaulted by his adult son during a row about money, fractured cheekbone. IP reluctant - son has a drug problem and IP doesn't want him jailed.",
)
T(
    "VWI",
    "DA",
    "Self-referral: my boyfriend hurt me again on saturday, threw me into the wardrobe and ive got bruises all up my arm and a cut on my head the walk in centre glued. staying at my mums now. i dont know what to do about the flat its in both our names.",
)
T(
    "VWI",
    "DA",
    "ABH domestic. V ({age}) headbutted by her wife {f2} during an argument on {date}, nose broken. V worried services won't take it seriously because it's a same-sex relationship. S arrested.",
)
T(
    "VWI",
    "DA",
    "VAL: caller's daughter {f} ({yp}) assaulted by her 19-year-old boyfriend - bitten on the arm and scratched down her face. Mum ringing with daughter's agreement. Not yet reported to police.",
)
T(
    "VWI",
    "DA",
    "Referral from hospital IDVA. {f} attended A&E with two fractured fingers and a rib injury. Disclosed her ex-husband has been assaulting her for years, most recently on {date}, and controls her money. Listed for MARAC.",
)
T(
    "VWI",
    "DA",
    "Grandmother ({oage}) pushed over in the kitchen by her grandson ({age}) who lives with her, broken wrist. He also takes her pension each week. Adult Social Care involved.",
)
T(
    "VWI",
    "DA KNIFE",
    "s18 wounding. V {f} stabbed twice in the leg by her brother after a family argument at {street}. V still in hospital, S remanded. Parents siding with the brother and V feels very isolated.",
)
T(
    "VWI",
    "DA",
    "GP referral (with consent). Pt disclosed partner strangled her until she nearly passed out last week; petechiae seen on examination. Also describes jealousy and him going through her phone.",
)
T(
    "VWI",
    "DA",
    "caller says her dad punched her mum and then turned on her when she got in between them, she has a cut above her eye and a swollen jaw. she's 22 and still lives at home. dad has gone to his brother's. mum won't report it.",
)
T(
    "VWI",
    "DA",
    "VS caseworker update: met {f} at the library today. Her ex-partner's ABH trial is listed for {date}. She is worried about seeing him in the building, so I have asked the WCU for screens. Next contact in 2 weeks.",
)
T(
    "VWI",
    "DA",
    "ABH - DA. V {m} says his girlfriend threw a mug at him which split his eyebrow, needed glue at the walk-in. He hasn't told anyone because he's embarrassed. Referred by a men's helpline.",
)
T(
    "VWI",
    "DA HBA",
    "Honour-based abuse. {f} ({age}) beaten by her father and uncle after the family found out about a boyfriend they disapprove of; told she has brought shame on the family. Bruising to arms and back. Passport taken from her. Forced Marriage Unit informed.",
)
T(
    "VWI",
    "DA",
    "IP {f} kicked in the stomach by her partner while six months pregnant. Checks at maternity ok but bruising to abdomen. Partner {m} arrested and bailed with conditions. DASH 16 ticks - MARAC.",
)
T(
    "VWI",
    "DA",
    "Safeguarding adults referral. {m} ({oage}) has unexplained bruising; his daughter, who is his main carer, has admitted slapping and pinching him when he won't eat. Police informed.",
)
T(
    "VWI",
    "DA",
    "Occ: IP (17) assaulted by her mother with a hairbrush, welts to arms and legs. Younger sibling present. IP now staying with an aunt.",
)
T(
    "VWI",
    "DA",
    "{f} rang in tears. her ex turned up at the school gates and when she wouldn't talk to him he grabbed her by the hair and dragged her along the path - she's got a bald patch and grazed knees. other parents saw it. police have been told.",
)
T(
    "VWI",
    "DA",
    "ABH and coercive control. Long-term partner tracks V's phone, controls all the money, and on {date} punched her in the ribs leaving bruising. V planning to leave; refuge space requested out of area.",
)
T(
    "VWI",
    "DA KNIFE",
    "V's partner held a knife to her throat and nicked the skin, told her next time he'd finish it. Small cut to neck. V believes him. S arrested for s47 and threats to kill.",
)
T(
    "VWI",
    "DA",
    "Man ({age}) assaulted by his brother-in-law at a family christening, nose broken. Long-running family feud over their late mother's house. V wants to keep things quiet for his wife's sake.",
)
T(
    "VWI",
    "DA",
    "Offence: ABH (s47). Narrative: V and S were in a relationship for 4 years, separated {month}. On {date} S attended V's workplace car park and punched her repeatedly, cut lip and bruised eye. S arrested. DASH standard, V declined MARAC.",
)
T(
    "VWI",
    "DA",
    "Long note from IDVA: {f} has described years of abuse by her husband - name-calling, checking her phone, stopping her seeing friends, smashing her phone on {date2}, threatening to take the kids. Last night he punched her in the face and she lost a tooth. He is in custody. Needs help with NMO application and housing.",
)
T(
    "VWI",
    "DA",
    "V's son ({age}) who lives with her has been taking her bank card and shouting at her for months; on {date} he pushed her into the door frame when she refused money - laceration to her head glued at A&E. V ({oage}) says she is frightened of him.",
)
T(
    "VWI",
    "",
    "GBH s18. V {m} ({age}) attacked outside {pub} by two unknown males who stamped on his head - fractured skull. V's girlfriend {f} was with him and called 999; she is a witness. Both referred for support.",
)
T(
    "VWI",
    "KNIFE",
    "Stabbing. V (19) stabbed in the side on {street} by a group on bikes after being asked 'where you from'. Punctured lung. V reluctant to engage with police.",
)
T(
    "VWI",
    "HATE",
    "Racially aggravated ABH. V, a taxi driver, punched repeatedly by a passenger who used a racist slur and refused to pay the fare. Cut lip, loose tooth. Dashcam footage available.",
)
T(
    "VWI",
    "HATE",
    "Homophobic assault. {m} and his husband were walking home holding hands when a group shouted abuse and one punched {m}, fracturing his eye socket. Husband not hurt but very upset.",
)
T(
    "VWI",
    "",
    "Neighbour dispute escalated. V ({oage}) pushed by the man next door over the boundary hedge; she fell and broke her wrist. Years of ASB between the two households. Neighbours only - no other relationship.",
)
T(
    "VWI",
    "",
    "V assaulted by his sister's ex-partner, who blames V for the break-up. Punched several times at a petrol station, concussion. V and S have never been in a relationship and are not related. Sister supporting V.",
)
T(
    "VWI",
    "",
    "Flatmate assault. V {f} shares a flat with three others; one of them (not a partner, not family) shoved her into a door frame during a row about rent. Gash to forehead needing steri-strips.",
)
T(
    "VWI",
    "",
    "Door staff incident. V, a doorman at {pub}, was bitten on the hand by a customer being ejected. Skin broken, needs blood tests. Referral via his employer.",
)
T(
    "VWI",
    "",
    "Assault on emergency worker with injury: paramedic {f} kicked in the face by a patient under the influence on {date}, nose fractured. Ambulance trust wellbeing team referring.",
)
T(
    "VWI",
    "",
    "Referral for {m2} ({teen}) who was beaten up by older boys in the park - chipped teeth and bruised ribs. Nothing taken. Parents referring; school aware.",
)
T(
    "VWI",
    "",
    "Attempted murder. V {m} shot in the leg outside his home in {town} on {date}. Firearm not recovered. V believes it was mistaken identity and is terrified to go home.",
)
T(
    "VWI",
    "",
    "IP states that on {date} he was queuing at {shop} when an unknown male accused him of pushing in and punched him. IP fell and cut the back of his head. IP was with his wife, who is pregnant and now too anxious to go out.",
)
T(
    "VWI",
    "KNIFE",
    "V slashed across the face with a Stanley knife during a fight outside a nightclub in {town}. 18 stitches, scarring likely. S identified from CCTV.",
)
T(
    "VWI",
    "",
    "ABH - a work colleague threw a stapler at V's head during an argument in the office, cut and a lump. Employer has suspended S. V asking about HR process vs police.",
)
T(
    "VWI",
    "HATE",
    "Disability hate crime. V ({age}) has a learning disability; people he thought were his friends took him to a flat, burnt him with cigarettes and called him a 'retard'. Burns to both arms. Social worker referring.",
)
T(
    "VWI",
    "",
    "Historic DA on file (previous partner, {year}) - NOT relevant to this incident. Current: V was punched in the mouth by an unknown man on the bus, two teeth knocked out. No DA.",
)
T(
    "VWI",
    "HATE",
    "Religiously aggravated assault. V, wearing a hijab, was pulled to the ground by a woman shouting about terrorists; grazes to face and hands, hijab ripped off. Witnesses detained S until police arrived.",
)
T(
    "VWI",
    "",
    "Sunday league match - V deliberately stamped on by an opponent after the whistle, broken ankle. Police have crimed it as s20 GBH. V is self-employed and wants help with lost earnings.",
)
T(
    "VWI",
    "",
    "hi i was attacked on my way home from work by someone i didnt know, he came up behind me and hit me over the head with something, i needed staples. he didnt take anything. i keep getting panic attacks on the walk home now.",
)
T(
    "VWI",
    "",
    "Care home. Resident {f} ({oage}) found with finger-mark bruising to both arms; CCTV shows an agency carer grabbing and shaking her. Carer suspended. Not family.",
)
T(
    "VWI",
    "KNIFE",
    "Occ summary: IP, a delivery driver, was stabbed in the hand with a screwdriver by a customer during a dispute over a parcel. Nothing stolen. S known to IP only as a customer on his round.",
)
T(
    "VWI",
    "",
    "V attacked at a party by his friend's ex-boyfriend, who thinks V turned the friend against him. Fractured cheekbone. V and S have never been in a relationship with each other.",
)
T(
    "VWI",
    "",
    "Pub landlord V ({age}) hit over the head with a pool cue by a regular he had barred last week. Scalp laceration. S arrested and charged. V wants to know if he has to go to court.",
)
T(
    "VWI",
    "HATE",
    "Transphobic assault. {f} ({age}), a trans woman, was repeatedly misgendered and then punched by a man at {town} station, cut to her cheek. BTP investigating.",
)
T(
    "VWI",
    "",
    "Possible attempted murder. V pushed onto the tracks at platform 2 by a stranger; managed to climb out before a train came. Broken arm. S detained by members of the public.",
)
T(
    "VWI",
    "KNIFE",
    "Student {m} ({age}) stabbed in the arm by his flatmate in a row about a girl. Flatmate arrested. V and S are not related and have never been in a relationship.",
)
T(
    "VWI",
    "",
    "Offence: Wounding (s20). Narrative: V, a bar worker, was hit in the face with a thrown glass ashtray by a customer, deep cut to the eyebrow. nil DA, nil hate. S ID'd by staff.",
)
T(
    "VWI",
    "",
    "ASSAULT ON V IN THE TOWN CENTRE {date} APPROX {time}. V KNOCKED TO THE GROUND AND KICKED, BROKEN RIBS. S UNKNOWN TO V. V'S PARTNER COLLECTED HIM FROM A&E AND IS SUPPORTING HIM.",
)
T(
    "VWI",
    "",
    "Brawl at a wedding reception at {pub}; V, a guest, was punched by another guest he had never met and lost consciousness briefly. Concussion. Bride is V's cousin - no family members involved in the assault.",
)

# ------------------------------ violence without injury -------------------------------
T(
    "VWO",
    "DA",
    "Common assault - DA. IP {f} pushed by her partner during an argument, no visible injuries. Says it's the first time he has been physical but he has been getting angrier for months. DASH medium.",
)
T(
    "VWO",
    "DA",
    "Threats to kill. V's ex-husband told her over the phone he would kill her and then himself if she carried on with the divorce. V believes he means it. No weapons known at the address.",
)
T(
    "VWO",
    "DA",
    "Battery. Son ({age}) spat at and shoved his mother {f} ({oage}) when she refused him money. No injuries. Mother frightened and wants him out of the house but doesn't want him arrested again.",
)
T(
    "VWO",
    "DA KNIFE",
    "IP states her ex-partner came to the door holding a knife and said he'd 'cut her up' if she didn't let him see the kids. IP slammed the door. Not injured. Threats to kill crimed.",
)
T(
    "VWO",
    "DA",
    "nil injuries. V's daughter ({age}) pinned her against the kitchen wall in a row about the grandchildren. V doesn't want police action, wants advice on getting her daughter help with her drinking.",
)
T(
    "VWO",
    "DA",
    "VAL call. Caller says her girlfriend slapped her last night after accusing her of cheating; no marks. They live together. Caller is 20 and wants to know 'what counts as abuse'.",
)
T(
    "VWO",
    "DA HBA",
    "Threats to kill - honour-based. V's brothers told her she would be killed if she went ahead and married outside the community. Threats made at the family home; V now in emergency accommodation. FMU consulted.",
)
T(
    "VWO",
    "DA",
    "Common assault. V's stepdad shoved him out of the house and threw his bag after him. V is 18. No injury. V now sofa-surfing at friends'.",
)
T(
    "VWO",
    "",
    "Child neglect. Child aged {kid} repeatedly left home alone for days with no food, house in a poor state. Mother arrested for child cruelty/neglect. Referral for the child's grandparents who now have kinship care.",
)
T(
    "VWO",
    "",
    "Child abduction. {f}'s daughter (aged {kid}) was taken from outside school by a former childminder and kept overnight without consent. Returned next day unharmed. Police investigating under child abduction.",
)
T(
    "VWO",
    "MS",
    "Modern slavery - NRM referral. Male, {age}, found living in a shed at a hand car wash in {town}, working 12-hour days for no pay, passport held by the 'boss'. Awaiting conclusive grounds decision.",
)
T(
    "VWO",
    "MS",
    "Domestic servitude. Woman ({age}) brought from abroad to work as a nanny for a family in {town}; not allowed out, no wages, documents held. Escaped and turned up at a church. Needs Tagalog interpreter.",
)
T(
    "VWO",
    "MS",
    "Labour exploitation. Men recruited to pack vegetables near {town}, housed ten to a room, wages kept back as 'debt' for travel and rent. One man referred to us through a charity outreach worker.",
)
T(
    "VWO",
    "MS",
    "County lines / CCE. {m2} ({teen}) found in a flat in {town}, sixty miles from home, with drugs and cash on him. Treated as a victim of child criminal exploitation and trafficking, NRM submitted. Referral for the young person and mum.",
)
T(
    "VWO",
    "",
    "Assault on an emergency worker (no injury). PC {sur} spat at during an arrest in {town} centre on {date}. Officer self-referring. No injury.",
)
T(
    "VWO",
    "",
    "Common assault. V ({oage}) elbowed and shoved in the post office queue by a man who thought she'd pushed in. No injury but she is now anxious about going out.",
)
T(
    "VWO",
    "",
    "Threats to kill - neighbour. S shouted over the fence that he would kill V's family and burn the house down. V believes him given S's history. Not a domestic.",
)
T(
    "VWO",
    "KNIFE",
    "IP cornered in the stairwell of his block by a man holding a large kitchen knife who demanded to know where IP's cousin was, then left. No injury, nothing taken. Recorded as assault and threats.",
)
T(
    "VWO",
    "",
    "Common assault. Bus driver {m} had a drink thrown over him by a passenger refusing to pay the fare. No injury. Referral via employer.",
)
T(
    "VWO",
    "",
    "Threats to kill by phone. S rang V ({age}) from a withheld number four times saying he would kill her for making a statement. V is a witness in an unrelated case.",
)
T(
    "VWO",
    "",
    "Child cruelty. School raised concerns; {kid}-year-old disclosed being locked in his bedroom as punishment and made to go without meals. Stepfather arrested. Referral for the child via the allocated social worker.",
)
T(
    "VWO",
    "",
    "dad says a man grabbed his son ({teen}) by the collar outside the chip shop and screamed in his face because he thought the boy had been knocking on his door. no injury, boy very shaken up.",
)
T(
    "VWO",
    "DA",
    "Common assault, domestic. Husband threw V's phone at her (missed) then pushed her down onto the sofa. No injury, phone smashed. Together 30 years; V says he has changed since he retired.",
)
T(
    "VWO",
    "",
    "Assault without injury. Taxi driver V grabbed by the arm and threatened by a drunk passenger. V is clear it had nothing to do with his ethnicity - passenger was just drunk. No hate element.",
)
T(
    "VWO",
    "HATE",
    "Racially aggravated common assault. V spat at on the tram by a man telling her to go back to her own country. No injury.",
)
T(
    "VWO",
    "HATE",
    "Disability hate incident crimed as assault. V, a wheelchair user, had his chair tipped back by teenagers laughing 'let's see the cripple walk'. Not hurt.",
)
T(
    "VWO",
    "KNIFE",
    "Threats at knifepoint. V confronted by a former friend holding a blade who told him 'you're dead' over an unpaid debt. V ran into a shop. No injury.",
)
T(
    "VWO",
    "",
    "Threats to kill. Unsigned letter pushed through V's door saying she would be killed if she didn't withdraw her complaint about the landlord. Sender unknown.",
)
T(
    "VWO",
    "DA MS",
    "Domestic servitude within the family. V ({age}) came to the UK on a spousal visa; husband and in-laws hold her passport, she does all the cooking and cleaning for eight people, is not allowed out or given any money. NRM and MARAC referrals made.",
)
T(
    "VWO",
    "",
    "Attempted child abduction. Man in a car tried to persuade a {kid}-year-old girl to get in outside {school} and grabbed her arm; she pulled free. No injury. Parents referred.",
)
T(
    "VWO",
    "DA",
    "V (24) held against the wall by her brother, who threatened to 'end her' over their late father's will. No injury. Threats recorded. They live separately.",
)
T(
    "VWO",
    "",
    "Shop worker V had a punch thrown at her by a customer angry about an ID check - she dodged it. No injury, nothing stolen.",
)
T(
    "VWO",
    "MS",
    "Trafficking. Young woman ({yp}) found working in a nail bar in {town}, sleeping on the premises, paying off a 'debt' for her journey to the UK. NRM referral. Vietnamese interpreter booked.",
)
T(
    "VWO",
    "",
    "Road rage. The other driver got out at the lights and grabbed V through the open window, shouting threats. No injury. Dashcam caught the number plate.",
)
T(
    "VWO",
    "DA",
    "self ref: my husband doesn't hit me but last week he shoved me out of the way and stood in front of the door so i couldn't leave for about an hour. he does this when he's been drinking.",
)
T(
    "VWO",
    "",
    "IP states a bottle was thrown at her from a passing car, missed her. Men in the car shouted sexual comments. No injury. No reg obtained.",
)
T(
    "VWO",
    "",
    "Child cruelty. Baby found underweight with severe untreated nappy rash; both parents charged. Referral is for the paternal grandmother who now has care of the baby.",
)
T(
    "VWO",
    "DA",
    "Offence: Threats to kill (s16). Narrative: S, V's adult son, told her during an argument on {date} that he would 'put her in the ground'. V ({oage}) lives alone and believes him. S has been removed from the address.",
)
T(
    "VWO",
    "",
    "Common assault on a railway guard - V pushed against the carriage door by a passenger without a ticket. No injury. BTP ref {ref}.",
)
T(
    "VWO",
    "DA",
    "V ({age}) says her dad grabbed her by the arms and shook her when she came home late. She's 19. No marks. This has happened before. Mum knows but says nothing.",
)
T(
    "VWO",
    "",
    "Long-running dispute with a contractor: months of angry phone calls about an unpaid bill, then on {date} the contractor came to V's house and shoved her in the doorway. No injury. Not a domestic - business dispute only.",
)

# ------------------------------- stalking & harassment --------------------------------
T(
    "STK",
    "DA",
    "Stalking (s2A) - ex-partner. Since the relationship ended in {month}, S has been turning up at V's work, sitting outside her house in his car and following her to the gym. V has changed all her routes. DASH high.",
)
T(
    "STK",
    "DA",
    "Coercive and controlling behaviour. IP's husband controls all the money, gives her £20 a week, checks every receipt, tracks her phone and has stopped her seeing her sister. No physical violence disclosed. IP wants to leave safely.",
)
T(
    "STK",
    "DA ONL",
    "Harassment - ex-boyfriend sending 50+ messages a day across WhatsApp and Instagram, making new accounts each time she blocks him. Threatening to tell her parents about her private life.",
)
T(
    "STK",
    "DA",
    "he keeps phoning, like 30 times a night, and texting from different numbers. we split up in the summer. he says he only wants to talk but it's constant. i'm not sleeping. i haven't told the police yet.",
)
T(
    "STK",
    "DA ONL",
    "Stalking with technology. V found a tracking tag hidden in her car's boot lining; her ex-partner had also been logging into her email account and reading her messages. Reported {date}.",
)
T(
    "STK",
    "DA",
    "Controlling behaviour by parents. V ({age}) lives with her parents, who take her wages, decide who she can see, and confiscate her phone and keys if she wants to go out. Not physically hurt. No forced marriage or honour indicators identified at this stage.",
)
T(
    "STK",
    "DA",
    "Breach of restraining order and harassment. S (V's former partner) has walked past V's house every day and left flowers on her car. RO in place since {date}. S arrested.",
)
T(
    "STK",
    "DA",
    "VS update: client {f} says her ex has started using the contact handovers to make comments about her new partner, and has been waiting at the end of her road. NMO in place; police aware. Safety plan reviewed.",
)
T(
    "STK",
    "DA ONL",
    "Malicious communications. Ex-husband posting on Facebook that V is an unfit mother and a drug user, and tagging her employer. V has kept screenshots.",
)
T(
    "STK",
    "DA",
    "Coercive control. Partner of six years monitors V's every move, changed her phone passcodes, tells her she's mad and nobody would believe her. V has had to give up work. Referred to IDVA.",
)
T(
    "STK",
    "DA",
    "Harassment by V's estranged adult son: letters and calls demanding money, turning up at the door late at night shouting. V ({oage}) frightened. No violence.",
)
T(
    "STK",
    "DA ONL",
    "CCB. Boyfriend uses V's Snapchat map to see where she is, demands photos to prove who she's with and has her online banking login. V is 19.",
)
T(
    "STK",
    "DA",
    "Occ summary: IP reports ex-partner sitting outside her address on {date} and again on {date2}, and following her round {shop}. No contact since they split in {year}. S denies it, says he just lives nearby.",
)
T(
    "STK",
    "DA",
    "Unwanted contact since the relationship ended - texts, cards and presents left on the doorstep. V describes it as 'creepy, not threatening'. Police have given S words of advice.",
)
T(
    "STK",
    "DA",
    "Coercive control including economic abuse. Husband took out loans in V's name, makes her hand over her wages and decides what she wears. V ({age}) found the loan letters when he was away.",
)
T(
    "STK",
    "DA HBA",
    "Honour-based controlling behaviour. V ({age}) is watched by her brothers and father, not allowed to work or leave the house alone, phone checked daily, told she'll bring shame on the family if seen talking to men. No violence. Referral to a specialist HBA service.",
)
T(
    "STK",
    "DA",
    "SELF REFERRAL. MY EX WONT LEAVE ME ALONE. HE FOLLOWS ME WHEN I TAKE THE KIDS TO SCHOOL AND TURNS UP AT MY MUMS. I HAVE TOLD HIM TO STOP. THE POLICE SAID TO KEEP A DIARY.",
)
T(
    "STK",
    "DA ONL",
    "Harassment by ex-wife. She has set up fake dating profiles in V's name giving his address; strangers have been turning up at his door.",
)
T(
    "STK",
    "DA",
    "Stalking - high risk. Ex-partner released from prison on {date}, has been seen on V's street twice and sent a card to her new address, which she never gave him. MARAC {date2}.",
)
T(
    "STK",
    "DA",
    "Grandson ({age}) pestering V ({oage}) for money: calling all hours and coming round repeatedly, intimidating but no threats or violence. Recorded as harassment.",
)
T(
    "STK",
    "DA",
    "offence: controlling/coercive behaviour in an intimate or family relationship. narrative: V and S married 11 yrs. S decides who V sees, checks her mileage, takes her bank cards, and sulks or shouts for hours if she disobeys. DASH 12. V not ready to leave.",
)
T(
    "STK",
    "DA",
    "V's ex-girlfriend keeps ringing his workplace and turning up at the gym he uses, making scenes. Relationship ended {month}. V ({age}) is worried about losing his job. Has not replied to any contact.",
)
T(
    "STK",
    "DA ONL",
    "Partner installed an app on V's phone that lets him read her messages and see her location; V found out when a friend's private WhatsApp messages were quoted back to her. She is staying at a friend's.",
)
T(
    "STK",
    "",
    "Stalking by a stranger. A man V ({age}) has never spoken to has been following her from the train station and hanging around near her work. She first noticed him in {month}. Police have identified him.",
)
T(
    "STK",
    "ONL",
    "Online harassment. V, who runs a small bakery, has been targeted for two months by anonymous accounts posting fake reviews and abusive comments on her business page and Instagram daily.",
)
T(
    "STK",
    "",
    "Neighbour harassment. S next door photographs V's comings and goings, bangs on the wall and comments on her visitors. Not a DA - neighbours only. Ongoing since {year}.",
)
T(
    "STK",
    "ONL",
    "Malicious communications by email. A former colleague has been sending V abusive emails and copying in her new employer.",
)
T(
    "STK",
    "HATE ONL",
    "Homophobic harassment. V ({yp}) is getting repeated abusive DMs on Instagram from someone at his college, calling him slurs and telling him to kill himself.",
)
T(
    "STK",
    "",
    "Harassment. V's former landlord keeps turning up unannounced, ringing and texting about a deposit dispute, and has now been waiting outside her new flat.",
)
T(
    "STK",
    "ONL",
    "Stalking - workplace. V is a nurse; a former patient found her on Facebook, sends her messages, and turns up on the ward asking for her by name.",
)
T(
    "STK",
    "HATE",
    "Racially motivated harassment. V's family have had notes with racist language pushed through the door and eggs thrown at the windows repeatedly over three months. The same neighbour is suspected.",
)
T(
    "STK",
    "",
    "Harassment by V's sister's ex-partner over money V lent him for a van - repeated calls and turning up at V's work. V has never been in a relationship with S and they are not related.",
)
T(
    "STK",
    "ONL",
    "Malicious comms. Someone is posting V's mobile number and photo on escort websites. She is getting dozens of calls a day. Suspect unknown.",
)
T(
    "STK",
    "",
    "Harassment by a customer. V ({age}), a hairdresser, keeps receiving letters and flowers at the salon from a man whose hair she cut twice. He waits outside at closing time.",
)
T(
    "STK",
    "ONL",
    "cyber stalking. someone has made a tiktok account using my photos and posts about where i go and who i'm with. i think it's a girl from my old school but i can't prove it. i'm 17.",
)
T(
    "STK",
    "",
    "Harassment. An unofficial 'debt collector' rings V 20+ times a day and has turned up at her mum's house. Not a real agency; V owes nothing.",
)
T(
    "STK",
    "HATE ONL",
    "Antisemitic harassment. V, a rabbi, is receiving a stream of abusive emails, some referring to his children by name.",
)
T(
    "STK",
    "",
    "Stalking. The ex-boyfriend of V's friend has fixated on V, believing she turned the friend against him. He follows V from work and has been seen outside her house. V and S have never been in a relationship.",
)
T(
    "STK",
    "ONL",
    "Harassment after an online marketplace sale. V left negative feedback; the seller found her address and has been messaging her and her partner on Facebook threatening to 'sort her out'.",
)
T(
    "STK",
    "",
    "Malicious letters. Five anonymous letters sent to V's employer claiming she steals from work. V suspects a former friend. Police unable to give words of advice as S unknown.",
)
T(
    "STK",
    "DA",
    "CCB - male V. V's wife controls everything, insists on coming to every appointment, has stopped him seeing his children from his first marriage and belittles him in public. V ({age}) says he feels like a prisoner.",
)
T(
    "STK",
    "",
    "Stalking of a local councillor. {f} is being followed to her surgeries and home by a constituent, who has also turned up at her children's school.",
)
T(
    "STK",
    "ONL",
    "Harassment in online gaming. V ({yp}) targeted on Discord by a group who have posted his real name and school and send him threats. Parents aware.",
)
T(
    "STK",
    "",
    "Victim of harassment by a former flatmate - repeated phone calls, text messages and turning up at her work demanding money he says she owes. Flatmates only, never a relationship.",
)
T(
    "STK",
    "",
    "Offence: Harassment (PHA s2). Narrative: S, a man from V's church, repeatedly asks V out, waits for her after services, and has sent 14 handwritten letters despite being told to stop. No threats. No relationship ever.",
)
T(
    "STK",
    "HATE",
    "V (a trans man) and his mum are being targeted by a group of neighbours' teenagers who shout slurs at him every time he leaves the house, follow him to the bus stop and bang on the windows. Ongoing since {month}.",
)
T(
    "STK",
    "",
    "Multiple incidents: neighbour has been harassing V for months (notes through the door, filming her, shouting at her visitors) and last week entered V's garden shed and took her lawnmower. Harassment crimed, with the shed burglary linked.",
)

# ----------------------------------- sexual offences ----------------------------------
T(
    "SEX",
    "",
    "Rape. V {f} ({age}) raped by a man she met at a bar in {town}; she went back to his flat. V attended the SARC on {date}. S identified. V undecided whether to continue with the investigation.",
)
T(
    "SEX",
    "DA",
    "Rape within marriage. V discloses her husband has forced sex on her repeatedly over the last year, most recently on {date}. He also controls her money. V now staying with a friend. ISVA requested.",
)
T(
    "SEX",
    "CSE",
    "CSE concerns. {f} ({teen}) found with adult males in {town}, given alcohol and cannabis; concerns she was sexually exploited at a house party. Strategy meeting held. Referral for the child and her mum.",
)
T(
    "SEX",
    "CSE ONL",
    "Online grooming. {m2} ({teen}) was contacted on a gaming platform by someone posing as a 15-year-old, persuaded to send sexual images, then threatened that they'd be shared unless he sent more. CEOP informed.",
)
T(
    "SEX",
    "",
    "Sexual assault. V groped on a packed train by a man pressing up against her. BTP ref {ref}. S got off at the next stop.",
)
T(
    "SEX",
    "",
    "Exposure. Man exposed himself to V while she was out running through the park off {street} at about 0700. V {f}, {age}. Description given to police.",
)
T(
    "SEX",
    "CSE",
    "Non-recent CSA. V ({age}) has disclosed that her uncle sexually abused her between the ages of 8 and 12. Uncle still alive. V now ready to report; police have taken an initial account.",
)
T(
    "SEX",
    "DA",
    "V raped by her ex-partner when she let him in to see their son on {date}. S arrested, denies it and says it was consensual. ISVA linked.",
)
T(
    "SEX",
    "",
    "Voyeurism. V found a hidden camera in the bathroom of a holiday let in {town}. Owner arrested. Several other guests likely affected.",
)
T(
    "SEX",
    "CSE",
    "Sexual activity with a child. {f} ({teen}) is in a 'relationship' with a 23-year-old man she met through an older friend. Parents found letters and text messages. Police investigating.",
)
T(
    "SEX",
    "DA",
    "Sexual assault by partner. V repeatedly woken by her partner touching her sexually without consent. She has told him to stop many times. Crimed as sexual assault. DASH medium.",
)
T(
    "SEX",
    "",
    "V, a male student ({age}), was sexually assaulted by another man at a house party - touched while drunk and asleep. Hasn't told anyone else. Would prefer a male worker.",
)
T(
    "SEX",
    "ONL",
    "Rape after online dating. V met S through a dating app; on their first date at {pub} S drove her to a lay-by and raped her. S's profile has since been deleted.",
)
T(
    "SEX",
    "CSE",
    "CSE. {f} ({teen}) going missing, coming back with new phones and clothes, older men picking her up in cars. She has disclosed being made to have sex with 'friends' of an older boyfriend. Police operation ongoing.",
)
T(
    "SEX",
    "MS",
    "Trafficking for sexual exploitation. Woman ({age}) brought to the UK on a promise of bar work and forced into prostitution in flats in {town}. Recovered in a police raid. NRM referral made. Needs Albanian interpreter.",
)
T(
    "SEX",
    "",
    "Upskirting. V noticed a man filming up her skirt on the escalator at the {town} shopping centre. Security detained him and police seized his phone.",
)
T(
    "SEX",
    "CSE",
    "School referral. {f} ({teen}) told a teacher that her mum's boyfriend has been coming into her bedroom at night and touching her. Mum does not yet know. Strategy discussion today.",
)
T(
    "SEX",
    "",
    "Sexual assault at work. V's manager repeatedly touched her bottom and breasts in the stockroom. V ({age}) has reported it to the police and to HR.",
)
T(
    "SEX",
    "DA CSE",
    "V (17) disclosed being raped on several occasions by her 19-year-old boyfriend, who also checks her phone and controls who she sees. School safeguarding lead referring.",
)
T(
    "SEX",
    "",
    "V believes her drink was spiked at {pub}; she woke in a flat she didn't recognise and the SARC found evidence of sexual assault. Toxicology pending.",
)
T(
    "SEX",
    "",
    "Stranger rape. V walking home from a night shift on {date} at about 0200 was grabbed and dragged into an alley off {street}. Injuries to face and arms. S unknown. Forensic strategy in place.",
)
T(
    "SEX",
    "CSE",
    "Non-recent abuse. V ({oage}) has disclosed being abused by a football coach in the 1970s when he was 11. Police have an ongoing operation into the coach.",
)
T(
    "SEX",
    "",
    "V's mum was abused as a child by a family friend and she mentions it because this has brought it all back for her. Current incident: V ({age}) sexually assaulted on a night out by a stranger who grabbed between her legs.",
)
T(
    "SEX",
    "ONL",
    "Cyberflashing. V ({age}) was sent unsolicited explicit photos over WhatsApp from a number she didn't recognise, after she'd posted in a local community group.",
)
T(
    "SEX",
    "",
    "Sexual assault by a taxi driver. V in the back of a cab after a night out; driver stopped in a side street and touched her thigh and breasts. V got out and ran. Council licensing informed.",
)
T(
    "SEX",
    "HATE",
    "Sexual assault with homophobic abuse. V, a gay man, groped in the club toilets by a man who called him a 'f*ggot' when V pushed him away.",
)
T(
    "SEX",
    "DA",
    "Assault by penetration by V's ex-husband during a child handover at his house on {date}. V disclosed to her IDVA. Would like an ISVA as well.",
)
T(
    "SEX",
    "",
    "Rape report. V ({age}) has a learning disability and was assaulted by a paid support worker at her supported living scheme. Safeguarding and police investigation running together.",
)
T(
    "SEX",
    "CSE",
    "Sexual activity with a child - abuse of trust. {m2} ({teen}) and a female teaching assistant ({age}) at his school. Staff member suspended and arrested. Parents referred.",
)
T(
    "SEX",
    "",
    "Exposure in a car park. Man masturbating in his car while watching V load her shopping at {shop}. V took the reg.",
)
T(
    "SEX",
    "",
    "V sexually assaulted during a massage appointment - the therapist touched her intimately. V {f} ({age}). Other complaints about the same man have been received.",
)
T(
    "SEX",
    "DA",
    "V disclosed that her stepbrother, who is 21, sexually assaulted her at a family party last month. V is 18.",
)
T(
    "SEX",
    "CSE MS",
    "Child trafficking for sexual exploitation. {f} ({yp}) moved between hotels in {town} and {town2} by adults and sold for sex. NRM referral. Now in secure accommodation.",
)
T(
    "SEX",
    "",
    "Non-recent sexual assault by a former colleague in 2011, when V was 24. V now reporting. V has never disclosed before.",
)
T(
    "SEX",
    "",
    "Attempted rape. V pushed into a bedroom at a party and pinned down; friends heard her and broke in. S is a friend of a friend, not known to V before that night.",
)
T(
    "SEX",
    "CSE ONL",
    "Online grooming. Adult male posing as a model scout messaged {f} ({teen}) on Instagram asking for 'test shots' in her underwear. Parents stepped in before a meeting was arranged. Crimed as sexual communication with a child.",
)
T(
    "SEX",
    "",
    "Rape. V ({age}) raped by a man she had met once before at a friend's barbecue. Police have taken NFA; V wants to ask for a review under VRR.",
)
T(
    "SEX",
    "",
    "Sexual assault by a GP during a consultation. Police investigating and the GMC informed. V wants to know if she will have to give evidence in person.",
)
T(
    "SEX",
    "CSE",
    "Concerns about {f} ({teen}) being picked up from school by a 20-year-old man; she has disclosed they have had sex. Police recording sexual activity with a child. She doesn't see herself as a victim.",
)
T(
    "SEX",
    "DA",
    "sorry not sure if this is the right place. my partner makes me do things in bed i don't want to do and says if i loved him i would. last week i said no and he did it anyway. we've got a baby. i'm 23.",
)
T(
    "SEX",
    "MS",
    "Adult sexual exploitation. V ({age}) was given a room by a 'landlord' in exchange for sex, then not allowed to leave, and other men were brought to the room. NRM submitted.",
)
T(
    "SEX",
    "DA",
    "Long DA history (assaults, CCB, damage to property) with her ex-partner. On {date} he forced his way into V's flat, punched her and then raped her. S in custody. Injuries photographed. V at a refuge; ISVA and IDVA both allocated.",
)
T(
    "SEX",
    "",
    "Offence: Sexual assault on a female 13 or over. Narrative: V ({age}) on a night bus was touched on the breast by a man sitting beside her, who then followed her off the bus. V ran into a takeaway. S arrested nearby.",
)
T(
    "SEX",
    "CSE",
    "Referral via CAMHS. {m2} ({yp}) disclosed that a youth group leader sexually abused him when he was 13-14. Police informed with the young person's consent.",
)
T(
    "SEX",
    "",
    "Voyeurism - V's landlord had fitted a camera in a smoke alarm in her bedroom. Found when the alarm was replaced. V ({age}) has moved out.",
)

# ------------------------------------- robbery ----------------------------------------
T(
    "ROB",
    "KNIFE",
    "Personal robbery. V ({age}) approached on {street} by two males, one produced a knife and demanded his phone and wallet. V handed them over. No injury.",
)
T(
    "ROB",
    "",
    "Business robbery at {shop}. Two men in balaclavas threatened staff with a hammer and took cash from the till and cigarettes. Staff member {f} referred.",
)
T(
    "ROB",
    "",
    "street robbery, V ({teen}) pushed off his bike by older lads who took his phone and earbuds, cut to his chin. parents referring.",
)
T(
    "ROB",
    "DA",
    "Robbery by ex-partner. S pulled V's handbag off her arm outside her flat after she refused to give him money, dragging her to the ground. Bruising. Recorded as robbery with DA flag.",
)
T(
    "ROB",
    "",
    "Mugging. Woman ({oage}) knocked over by a man who grabbed her purse on {street}. Fractured wrist. Suspect caught on CCTV.",
)
T(
    "ROB",
    "KNIFE",
    "Occ summary: IP, a delivery rider, had his moped keys and phone taken by a male who kept his hand on a machete handle in his waistband and said 'I'll cut you'. IP believed him and handed everything over.",
)
T(
    "ROB",
    "",
    "Car-jacking. V dragged out of his car at a petrol station by two men; one punched him and they drove off in it. V bruised and shaken.",
)
T(
    "ROB",
    "HATE",
    "Robbery with racial abuse. V, a Polish national, robbed of his wages by men calling him racial slurs; punched in the face.",
)
T(
    "ROB",
    "",
    "Robbery - phone snatch with force. V's phone pulled from her hand as she walked; she held on and was dragged along the pavement. Grazes.",
)
T(
    "ROB",
    "",
    "Cash-in-transit robbery. Security guard V threatened with what looked like a handgun; cash box taken. V off work with anxiety.",
)
T(
    "ROB",
    "",
    "my son got robbed outside school, 3 boys surrounded him and took his coat and trainers. they said they had a knife but he didn't believe them, he thinks they were just saying it. he's 14.",
)
T(
    "ROB",
    "KNIFE",
    "Robbery at a cashpoint. Man stood close behind V with something sharp pressed into her back and told her to withdraw £{amt}. V believes it was a knife.",
)
T(
    "ROB",
    "",
    "Attempted robbery. Two males tried to pull V's bag off her shoulder; she fought back and they ran off with nothing. Minor bruising.",
)
T(
    "ROB",
    "",
    "Business robbery at a bookmakers. Staff threatened verbally and told to open the safe. No weapon seen. Staff in shock.",
)
T(
    "ROB",
    "ONL",
    "Robbery after an online sale. V arranged through Facebook Marketplace to sell his phone to a buyer; at the meet the buyer grabbed it and punched him.",
)
T("ROB", "", "V robbed of his watch by two men on a moped who wrenched it off his wrist. Wrist sprained.")
T(
    "ROB",
    "KNIFE",
    "Home invasion. Men pushed into V's flat when he answered the door, tied his hands and took cash and jewellery at knifepoint.",
)
T(
    "ROB",
    "",
    "Robbery of a taxi driver. Passengers grabbed the cash bag from V and hit him round the head when he tried to keep hold of it.",
)
T(
    "ROB",
    "",
    "Self-referral: two lads came up to me in the park and said give us your phone or we'll batter you. I gave it them. They didn't touch me. It's been a week and I'm still scared to go out.",
)
T(
    "ROB",
    "DA",
    "V's son ({age}) took her bank card from her by force, twisting her arm, and then withdrew money. V ({oage}) has bruising to the wrist.",
)
T(
    "ROB",
    "",
    "Robbery at a petrol station kiosk. Cashier threatened by a man who claimed to have a gun in his pocket; nothing seen. Cash taken.",
)
T(
    "ROB",
    "",
    "IP was walking home when a male asked him the time, then punched him and took his wallet. IP briefly knocked unconscious. S arrested.",
)
T(
    "ROB",
    "HATE",
    "Disability hate robbery. V, who is blind, was targeted at a bus stop by a man who called him a 'blind freak', ripped his bag off him and pushed him over.",
)
T(
    "ROB",
    "",
    "Offence: Robbery (personal property). Narrative: V ({yp}) approached by a group of four at {town} bus station and told to hand over his jacket and phone 'or else'. No weapon seen, no injury. V complied.",
)
T(
    "ROB",
    "",
    "Multiple offences: V ({age}) was followed from the cashpoint, punched to the ground and kicked (broken nose), and his wallet taken. His card was then used at two shops. OIC has recorded the robbery as the principal offence.",
)

# ------------------------------------- burglary ---------------------------------------
T(
    "BUR",
    "",
    "Residential burglary {date}. Entry via the rear kitchen window while the family were away. Jewellery taken including V's late mum's wedding ring. V very upset about the sentimental items.",
)
T(
    "BUR",
    "",
    "Burglary dwelling. V ({oage}) woke to find a man in her bedroom; he left when she screamed. Nothing taken. V now won't sleep upstairs.",
)
T(
    "BUR",
    "",
    "Distraction burglary. Two men said they were from the water board; one kept V talking in the garden while the other went through the house. Cash taken from a tin in the kitchen.",
)
T(
    "BUR",
    "",
    "Business burglary at {shop}. Alarm went off at 0340, shutter forced, stock and float taken. Owner {m} referred.",
)
T(
    "BUR",
    "DA",
    "Burglary by ex-partner. V's ex let himself in with a key he kept after they split, while V was at work, and took her laptop, passport and the kids' birth certificates. DASH completed.",
)
T(
    "BUR",
    "",
    "Garden shed broken into overnight, power tools and a strimmer taken. V says it's the second time this year.",
)
T(
    "BUR",
    "",
    "bikes nicked from our garage overnight, the lock on the side door was snapped. 2 kids bikes and my road bike. insurance want a crime ref.",
)
T(
    "BUR",
    "",
    "Aggravated burglary. Offenders came in through the back door; one was carrying a knife, later found dropped in the garden. Occupants asleep upstairs and never confronted. Car keys and a handbag taken.",
)
T(
    "BUR",
    "",
    "Burglary at a student house. Laptops and a games console taken while the housemates were at a party. Back door possibly left unlocked. One housemate referred.",
)
T(
    "BUR",
    "",
    "Burglary at a community centre - donations box and kitchen equipment taken. Centre manager referred for support.",
)
T(
    "BUR",
    "",
    "VAL: caller came home to find her front door kicked in and the place turned upside down. She lives alone and is {oage}. Doesn't know what's gone yet. Neighbour staying with her tonight.",
)
T(
    "BUR",
    "",
    "Attempted burglary. Marks round the back door lock; S was disturbed by the dog barking. V feels unsafe and is asking about the free lock-change scheme.",
)
T(
    "BUR",
    "",
    "Burglary at the church hall: copper pipes ripped out of the kitchen and toilets. Church warden {m} referred.",
)
T(
    "BUR",
    "",
    "Repeat burglary. V's flat burgled for the second time in three months. She thinks it's someone who knows her routine. No suspect.",
)
T(
    "BUR",
    "",
    "Burglary. Entry through an insecure window, car keys taken from the hall table and V's {car} then driven off the drive.",
)
T(
    "BUR",
    "",
    "Burglary at {shop} overnight. Controlled drugs cabinet targeted. Pharmacist referring two staff members who found the scene.",
)
T(
    "BUR",
    "",
    "Someone got into my flat while I was at work. Nothing looked broken but my jewellery box was empty and my spare cash gone. Only me and the landlord have keys.",
)
T(
    "BUR",
    "",
    "Allotment sheds broken into across the whole site on {street}. V, allotment secretary, referring on behalf of members.",
)
T(
    "BUR",
    "",
    "Burglary at V's workshop on the industrial estate. Tools worth £{bigamt} taken and the business can't trade this week.",
)
T(
    "BUR",
    "",
    "OCC: Burglary residential. IP's house entered while IP ({oage}) was in hospital. Neighbour noticed the open door. House ransacked, not much taken. Family want support.",
)
T(
    "BUR",
    "",
    "Walk-in burglary. A man came into V's house through the open front door while she was in the back garden and took her handbag from the hall.",
)
T(
    "BUR",
    "DA",
    "Burglary. V's brother ({age}), whom she has banned from the house, broke in through the bathroom window and took her tablet and cash to feed his gambling.",
)
T(
    "BUR",
    "",
    "V's parents' bungalow burgled while they were on holiday. V ringing for them; they are {oage} and distressed. No known suspects.",
)
T(
    "BUR",
    "HATE",
    "Burglary with religious hate. Home of a Muslim family broken into; a Qur'an damaged and anti-Muslim graffiti sprayed on the living room wall. Jewellery stolen.",
)
T(
    "BUR",
    "",
    "Offence: Burglary - residential (attempt). Narrative: On {date} between {time} and midnight unknown S tried to force V's patio door with a tool; door damaged but held. No entry. V ({age}) was home with her baby and heard it.",
)
T(
    "BUR",
    "",
    "Burglary + theft of vehicle + damage. Offenders smashed the front door glass to get in, took two laptops and the keys, then took V's van from outside. Van not yet found.",
)

# ---------------------------------- vehicle offences ----------------------------------
T(
    "VEH",
    "",
    "Theft of motor vehicle - keyless relay. V's {car} taken from the drive overnight with no keys taken. Neighbour's CCTV shows two males with a device by the front door.",
)
T(
    "VEH",
    "",
    "Theft from motor vehicle. Tools taken from V's van overnight on {street}; he's a plumber and can't work this week. No damage - van may have been left unlocked.",
)
T(
    "VEH",
    "",
    "TWOC. V's car taken without consent by a friend of her son's, found abandoned two streets away. No damage.",
)
T(
    "VEH",
    "",
    "Aggravated vehicle taking. V's car stolen and then crashed into a wall during a police pursuit. Car written off. Occupants ran off.",
)
T(
    "VEH",
    "",
    "Catalytic converter cut off V's hybrid in the work car park on {date}. Recorded as theft from a motor vehicle.",
)
T(
    "VEH",
    "",
    "Vehicle interference. Man seen trying the door handles of cars along {street}; V's car door was opened but nothing taken.",
)
T(
    "VEH",
    "DA",
    "V's ex-partner took her car using the spare key and has refused to give it back for two weeks; she needs it for work. Recorded as TWOC with DA flag.",
)
T(
    "VEH",
    "",
    "Both number plates stolen off V's car. She is worried they will be used on a cloned vehicle. Crimed as theft from MV.",
)
T(
    "VEH",
    "",
    "my works van got nicked from outside my house last night, all my tools were in it. i'm self employed so no van no money. police gave me ref {ref}.",
)
T("VEH", "", "Motorbike theft. V's motorbike taken from outside his flat despite a disc lock. Not yet recovered.")
T(
    "VEH",
    "",
    "Theft from vehicle. V's handbag taken from the passenger seat while she was loading the boot in the car park at {shop}.",
)
T(
    "VEH",
    "",
    "Moped stolen from V, a food delivery rider, while it was chained up outside a restaurant. Loss of income.",
)
T("VEH", "", "Sat-nav and dashcam taken from V's car overnight. V thinks she may have left it unlocked.")
T(
    "VEH",
    "",
    "V's campervan stolen from a storage compound. It's not his home but has his camping gear and his late wife's things in it.",
)
T(
    "VEH",
    "",
    "V's mobility car stolen from outside her home; she is housebound without it. No indication it was targeted because of her disability.",
)
T(
    "VEH",
    "",
    "Fuel siphoned from V's lorry at a truck stop overnight. Haulage firm referring the driver, who is worried about blame.",
)
T(
    "VEH",
    "",
    "OCC: TWOC. IP lent his car to an acquaintance for an hour; it wasn't returned for three days and came back with 400 extra miles on the clock.",
)
T(
    "VEH",
    "",
    "V's car keys taken from her changing-room locker at the leisure centre and her car driven off from the car park.",
)
T(
    "VEH",
    "",
    "Attempted theft of a classic car parked on {street} - someone tried to force the ignition. Not taken. Owner {m} ({oage}) very attached to the car.",
)
T(
    "VEH",
    "",
    "Offence: Theft from motor vehicle. Narrative: IP's work laptop and a bag of shopping taken from his unlocked car on {street} between {time} and 0700. No damage. IP ({age}) worried about disciplinary at work.",
)

# -------------------------------- theft from the person -------------------------------
T(
    "TFP",
    "",
    "Pickpocket on the underground. V's wallet lifted from his jacket pocket; he didn't feel a thing. Cards cancelled.",
)
T(
    "TFP",
    "",
    "Snatch theft. Phone snatched out of V's hand by a cyclist while she was texting at the bus stop. No force used on her and she wasn't hurt.",
)
T(
    "TFP",
    "",
    "Purse taken from V's handbag while she queued at the market in {town}; it was then used for contactless payments totalling £{amt}.",
)
T(
    "TFP",
    "",
    "elderly lady ({oage}) at the bus station, someone 'helped' her with her bag and her purse was gone after. she didn't notice till she got home.",
)
T(
    "TFP",
    "",
    "Theft from person - a man hugged V outside a club, saying he knew him, and V's watch had gone from his wrist afterwards.",
)
T(
    "TFP",
    "",
    "Distraction theft at a cashpoint. A woman asked V for directions while an accomplice lifted his wallet from his back pocket.",
)
T("TFP", "", "V's phone taken from her back pocket at a music festival. The phone's location shows it in {town2}.")
T(
    "TFP",
    "",
    "Pickpocketing on a crowded bus - V's card holder taken from her coat pocket; the cards were used at two shops before she blocked them.",
)
T(
    "TFP",
    "",
    "Bag dipping. V's purse removed from her open handbag on the escalator at the shopping centre. CCTV requested.",
)
T(
    "TFP",
    "",
    "Theft from person. V, who is visually impaired, had his phone taken out of his hand by someone who said 'let me help you'. No hostility shown; police view it as opportunistic.",
)
T("TFP", "", "Wireless earbuds plucked out of V's ears by a passing teenager who ran off. V not hurt.")
T(
    "TFP",
    "",
    "Tourist V had his passport and wallet taken from his bum bag in the crowd at {town} station. Needs a letter for his embassy.",
)
T(
    "TFP",
    "",
    "Someone took my phone right out of my jacket pocket on the train when it was rammed, I only noticed when I got off. I never saw who it was.",
)
T(
    "TFP",
    "",
    "Offence: Theft from the person. Narrative: V ({oage}) had her purse taken from her shopping trolley bag while she was holding it at the bus stop on {street}. She felt a tug but nobody touched her. Nil injuries.",
)

# ----------------------------------- bicycle theft ------------------------------------
T(
    "BIC",
    "",
    "Pedal cycle theft. V's bike taken from the rack outside {town} station, D-lock cut. Worth £{amt}. V uses it to commute.",
)
T(
    "BIC",
    "",
    "my son's bike got taken from outside the shop while he was inside for 2 mins, he's {kid}, really upset. it wasn't locked.",
)
T(
    "BIC",
    "",
    "Bike stolen from V's front garden, where it was chained to the railings. Neighbour's doorbell camera caught it.",
)
T(
    "BIC",
    "",
    "Theft of pedal cycle. V's adapted tricycle (she has MS) taken from outside the GP surgery. No indication she was targeted because of her disability.",
)
T("BIC", "", "Three bikes taken from the cycle rack at {school}, including V's son's. School referring the family.")
T("BIC", "", "Cargo bike with a child seat stolen from outside the nursery. V relies on it for the school run.")
T("BIC", "", "V's racing bike taken from outside a cafe while he went in for a coffee - left unlocked for a minute.")
T(
    "BIC",
    "",
    "Bicycle theft from the cycle stand on {street}; padlock cut. V ({age}) has reported it and registered the frame number.",
)
T("BIC", "", "Student V's bike taken from outside halls - second bike this term, can't afford another.")
T("BIC", "", "Two kids' bikes taken from the park while the boys were on the swings. Mum referred; both boys upset.")
T("BIC", "", "Delivery rider's pedal bike (not electric) stolen outside a restaurant - his only way of working.")
T(
    "BIC",
    "",
    "V reports theft of her bike from outside her workplace on {date} between 0900 and 1700. The cut lock was left behind.",
)
T("BIC", "", "Tandem stolen from outside a holiday cottage near {town}, where it was chained to a drainpipe.")
T(
    "BIC",
    "",
    "OFFENCE: THEFT OF PEDAL CYCLE. V's electric-assist bike taken from the bike rail outside {shop} in daylight. V ({age}) uses it to get to hospital appointments.",
)

# ------------------------------------ shoplifting -------------------------------------
T(
    "SHOP",
    "",
    "Shoplifting at {shop}. Repeat offender took meat and cheese worth £{amt} and was verbally abusive to staff when challenged. Store manager referring the staff member.",
)
T(
    "SHOP",
    "",
    "Theft from shop. Woman filled two bags with baby formula and walked out. Staff member {f} followed her to the car park but there was no confrontation.",
)
T(
    "SHOP",
    "",
    "Organised shoplifting at {shop} - three males taking razor blades and perfume most days. Staff feel unsafe. No threats recorded yet.",
)
T(
    "SHOP",
    "",
    "Self-checkout theft. Regular customer scanning expensive items as cheap loose veg. Security team referral for the member of staff who spotted it and has been stared down since.",
)
T(
    "SHOP",
    "",
    "small business owner: someone walked out of my gift shop with two candles and a necklace, third time this month, same woman. i can't afford security.",
)
T(
    "SHOP",
    "",
    "Shoplifting. S took four cans of lager from {shop} and swore at the cashier when she asked him to pay. No weapon, no threats of violence.",
)
T(
    "SHOP",
    "",
    "Shoplifting from {shop}. S took cold and flu tablets and cosmetics; the security tag set off the alarm but he ran.",
)
T(
    "SHOP",
    "",
    "Plants and compost taken from the outdoor display at {shop} on three separate mornings. Manager referring.",
)
T(
    "SHOP",
    "",
    "Theft from a charity shop. Volunteer {f} ({oage}) upset after a man took a donated jacket off the rail and laughed at her as he left.",
)
T(
    "SHOP",
    "",
    "Shoplifting. S hid four bottles of spirits in his coat and was detained by the store detective. Store detective referred for support after S spat on the floor and threatened to 'come back'.",
)
T(
    "SHOP",
    "HATE",
    "Shoplifting at a family-run newsagent. When the owner, a Sikh man, challenged S, S made abusive comments about his turban and told him to 'go home'.",
)
T("SHOP", "", "Shoplifting - mother and teenage daughter stealing clothes from {shop}, detained. Staff referral.")
T("SHOP", "", "Store manager at {shop} reports high-value headphones repeatedly taken from a display.")
T(
    "SHOP",
    "",
    "Newsagent V ({age}) keeps having stock taken by the same group of school kids after school. He feels intimidated in his own shop.",
)
T(
    "SHOP",
    "",
    "Offence: Theft from shop. Narrative: Two males entered {shop} at {time}, took 12 packs of steak and a bottle of gin, left without paying. Staff member V ({age}) followed them to the door and was laughed at. No violence.",
)

# ---------------------------------- other theft ---------------------------------------
T(
    "OTH",
    "",
    "Theft by employee. V's cleaner has been taking cash and jewellery over several months. V ({oage}) noticed her late husband's watch was missing.",
)
T(
    "OTH",
    "",
    "Making off without payment. Drive-off at {shop} petrol forecourt, £{amt} of fuel. Cashier referred as it's the fourth this week.",
)
T(
    "OTH",
    "",
    "Theft of mail. V's post and parcels keep going missing from the communal post boxes, including a new bank card.",
)
T(
    "OTH",
    "ONL",
    "Blackmail. V ({age}) was added by a woman on Instagram; a video call turned sexual and she then threatened to send the recording to his contacts unless he paid £{amt}. He paid once.",
)
T(
    "OTH",
    "DA",
    "Theft. V's adult daughter has been taking money from her purse and pawning her jewellery. V ({oage}) doesn't want her prosecuted, just wants it to stop.",
)
T("OTH", "", "Parcel taken from V's doorstep minutes after it was delivered; caught on the doorbell camera.")
T("OTH", "", "Theft. V's handbag taken from the back of her chair in a cafe in {town}. She didn't see who.")
T(
    "OTH",
    "",
    "Theft by employee. Shop manager V discovered a staff member has been taking cash from the till for six months - about £{bigamt}.",
)
T(
    "OTH",
    "",
    "Blackmail. V's former business partner threatening to report her to HMRC over made-up claims unless she pays £{bigamt}.",
)
T(
    "OTH",
    "",
    "Theft on a hospital ward. V's wedding ring and phone taken from her bedside locker while she was in theatre.",
)
T("OTH", "", "Making off without payment. Taxi passenger ran off without paying a £{amt} fare. Driver referred.")
T("OTH", "", "Garden ornaments and hanging baskets stolen from V's front garden overnight. Third time this summer.")
T("OTH", "", "Dine and dash at V's restaurant - group of six left without paying a £{amt} bill.")
T(
    "OTH",
    "DA",
    "V's grandson took her bank card without permission and withdrew cash over several months, £{bigamt} in total. V ({oage}) found out when the bank rang her.",
)
T(
    "OTH",
    "",
    "Building site theft. Generator and power tools taken from an open compound overnight. Site foreman referred.",
)
T("OTH", "", "Theft of V's dog from her back garden. Microchipped. V devastated.")
T("OTH", "", "V's suitcase taken from the luggage rack on the train between {town} and {town2}.")
T("OTH", "", "Theft at the gym. V's locker forced and his wallet taken. Cards cancelled.")
T(
    "OTH",
    "",
    "Safeguarding: agency carer took £{amt} from V's purse during home visits; V ({oage}) has dementia. Carer has been dismissed.",
)
T("OTH", "", "Lead stripped from the roof of St Brennock's church overnight. Vicar referring churchwardens.")
T(
    "OTH",
    "",
    "Self ref: my handbag got nicked out of my trolley in the supermarket while I was looking at the shelves. Had my keys and purse in it.",
)
T("OTH", "", "Theft of 800 litres of heating oil from V's tank in the garden.")
T("OTH", "", "Charity collection tin taken from the bar at {pub}. Landlady referred.")
T(
    "OTH",
    "",
    "Offence: Theft - other. Narrative: V's mobility scooter taken from outside the doctors' surgery on {street} while she was inside. V ({oage}) now housebound. No indication of hostility.",
)

# ------------------------------- criminal damage & arson ------------------------------
T(
    "CDA",
    "",
    "Criminal damage to vehicle. V's car keyed down both sides and the wing mirrors snapped off overnight on {street}. No suspect. Third time this year.",
)
T(
    "CDA",
    "",
    "Arson. Wheelie bins set alight against the side of V's house; fire spread to the fascia boards. Fire service attended. V and the kids got out.",
)
T(
    "CDA",
    "DA",
    "Criminal damage - DA. V's ex-partner smashed every window of her car and the glass in her front door with a brick after she wouldn't let him in. DASH high.",
)
T(
    "CDA",
    "",
    "Graffiti tags sprayed across V's shop shutter overnight. Council will remove. Not hate-related - tags only. V upset at the cost.",
)
T(
    "CDA",
    "HATE",
    "Racist graffiti (swastikas and 'go home') sprayed on V's front door and car. Recorded as racially aggravated criminal damage.",
)
T("CDA", "", "Arson at {school} - fire started in the sports hall overnight. Headteacher referred for support.")
T(
    "CDA",
    "DA",
    "V's husband punched holes in the walls and broke the TV during an argument. V not hurt. She says it's the first time in 20 years of marriage.",
)
T(
    "CDA",
    "",
    "Children throwing stones at V's greenhouse, six panes broken. V ({oage}) has asked them to stop many times.",
)
T(
    "CDA",
    "",
    "Arson of motor vehicle. V's van set on fire outside her house at 0300. She is a self-employed cleaner and can't work without it. No suspects.",
)
T(
    "CDA",
    "",
    "Community garden vandalised - raised beds smashed and plants pulled up. Volunteer coordinator {f} referred.",
)
T(
    "CDA",
    "DA",
    "self referral: my son (19) smashed up my kitchen because i wouldn't give him money for weed. he didn't touch me. i'm scared of him when he's like that.",
)
T(
    "CDA",
    "",
    "Arson with intent to endanger life. Petrol poured through V's letterbox and lit while the family slept. All escaped. V has no idea why they were targeted.",
)
T(
    "CDA",
    "HATE",
    "Mosque windows broken overnight and offensive material left at the entrance. Religiously aggravated criminal damage. Imam referred.",
)
T(
    "CDA",
    "",
    "Criminal damage in a boundary dispute - neighbour cut down V's hedge and fence panels without permission. Police recorded as CD. Long-running dispute.",
)
T(
    "CDA",
    "",
    "Someone kicked V's front door repeatedly at 2am, cracking the frame, then ran off. Police say no attempt to get in, so not a burglary.",
)
T(
    "CDA",
    "",
    "V's mobility scooter set on fire in the communal bin store. V is disabled, but police say nothing suggests she was targeted because of it.",
)
T(
    "CDA",
    "DA",
    "V's ex-girlfriend poured paint stripper over his car and scratched 'CHEAT' into the bonnet. V {m}. Relationship ended in {month}.",
)
T("CDA", "", "Garden fence and shed set alight by youths with fireworks. Fire service say it was deliberate.")
T(
    "CDA",
    "",
    "Bus shelter glass smashed again; the bus company is referring the driver who saw it happen and was shouted at.",
)
T(
    "CDA",
    "",
    "Plants ripped out and ornaments smashed in V's front garden overnight. V thinks it's kids from the estate. Second time.",
)
T(
    "CDA",
    "",
    "Arson. V's flat door set alight with accelerant while she was out. Housing moving her. V can't think who would do this.",
)
T(
    "CDA",
    "",
    "Landlord V reports his former tenant deliberately trashed the property when leaving - holes in doors, bathroom suite smashed.",
)
T("CDA", "", "Tyres let down and sugar put in the fuel tank of V's car; engine ruined. V suspects someone from work.")
T(
    "CDA",
    "",
    "Offence: Criminal damage to a dwelling. Narrative: stones thrown at V's windows at {time}, two panes cracked. S ran off. V ({age}) lives alone. No known motive. Nil DA.",
)
T(
    "CDA",
    "",
    "Multiple offences: group of men smashed V's car windscreen with a bat outside his house and then kicked his gate off its hinges. One of them shouted that they'd be back to burn the house. Nobody hurt. Recorded as criminal damage.",
)

# ------------------------------------ drug offences -----------------------------------
T(
    "DRG",
    "",
    "Drug dealing from the flat opposite - constant visitors, strong cannabis smell, dealing in the stairwell. Residents' association chair referred on behalf of residents.",
)
T(
    "DRG",
    "",
    "Cannabis factory found in the house next door to V after the electrics caught fire. V and her young family shaken.",
)
T(
    "DRG",
    "",
    "Parent referral. Son ({yp}) arrested for possession with intent to supply cannabis at college. Mum wants support for herself. No exploitation concerns identified.",
)
T("DRG", "", "Needles and drug litter left in the churchyard; dealing seen most evenings. Vicar referral.")
T(
    "DRG",
    "",
    "Parents have found out an older lad in the village is supplying their daughter ({yp}) with ketamine. Police have arrested him for supply.",
)
T(
    "DRG",
    "",
    "V's husband arrested for possession of cocaine. V wants support - she is shocked and worried about the family's reputation.",
)
T("DRG", "", "Supply of drugs to pupils outside {school}. Headteacher referral; several pupils involved.")
T(
    "DRG",
    "",
    "Nitrous oxide being sold from a car in the retail park; canisters everywhere; residents intimidated by the dealers.",
)
T(
    "DRG",
    "",
    "Student V has found out her flatmate is dealing MDMA from their shared flat. V worried about a police raid and losing her tenancy.",
)
T(
    "DRG",
    "",
    "Group smoking cannabis and suspected dealing at the bus station most evenings. Bus staff feel intimidated.",
)
T(
    "DRG",
    "",
    "Closure order granted on the property next door to V where class A drugs were being dealt daily. V wants help with the impact on her family.",
)
T(
    "DRG",
    "",
    "V found scales and bags in her son's room; he's {yp} and is dealing cannabis from the family home. She doesn't know what to do. No exploitation indicators.",
)
T(
    "DRG",
    "",
    "Spice dealers selling to rough sleepers in the town centre; business owners referring staff who are distressed by what they see.",
)
T(
    "DRG",
    "",
    "Cannabis grow of around 200 plants found in a barn V rents out. V, the landowner, is shocked; police seized the plants.",
)
T(
    "DRG",
    "",
    "Offence: Possession with intent to supply class A. Narrative: dealers operating from the play area on {street}; when V asked them to move they swore at her. No threats of violence. V is a mum of three.",
)

# --------------------------------- possession of weapons ------------------------------
T(
    "WPN",
    "",
    "Possession of a bladed article on school premises. Pupil (16) found with a knife in his rucksack at {school}. No threats made. Referral for the member of staff who found it and is upset.",
)
T(
    "WPN",
    "",
    "Firearm found in a flat in {town} during a warrant. Referral for the tenant's elderly mother who lives there; she is distressed and says it isn't hers.",
)
T(
    "WPN",
    "",
    "V saw a man with a knife tucked in his waistband at the bus station; he never took it out or threatened anyone. Police stop-searched and arrested him. V, a witness, is anxious.",
)
T(
    "WPN",
    "",
    "Possession of an offensive weapon. S carrying a baseball bat in the town centre and shouting; arrested before any confrontation. Referral for shop staff who called police.",
)
T(
    "WPN",
    "",
    "Kitchen knives hidden in the hedge outside a family home, found by a {kid}-year-old. Recorded as possession of bladed article, S unknown. Parents want reassurance.",
)
T(
    "WPN",
    "",
    "YOT referral. {m2} ({yp}) arrested for carrying a knife 'for protection' because he feels unsafe in his area. No specific offence against him recorded.",
)
T(
    "WPN",
    "",
    "Air rifle fired from a neighbouring garden; pellets hit V's shed window and cracked it. Recorded as possession of an air weapon with damage.",
)
T(
    "WPN",
    "",
    "Recorded as possession of a firearm with intent to cause fear of violence. S showed V a handgun in his jacket during an argument about parking; V believed it was real.",
)
T(
    "WPN",
    "",
    "Knuckleduster and lock knife found in a car after a traffic stop. The passenger, the driver's cousin, has been referred as she is frightened about why he was carrying them.",
)
T(
    "WPN",
    "",
    "Bladed article at school. Pupil brought a craft knife in and showed it to friends; no threats to anyone. Teacher witness referral.",
)
T(
    "WPN",
    "",
    "OCC summary: S walking down {street} openly carrying a machete, didn't threaten anyone; police disarmed him. Residents alarmed. Recorded as possession of offensive weapon.",
)
T("WPN", "", "Crossbow found in V's son's bedroom; V ({age}) reported it herself and wants support. Son arrested.")
T(
    "WPN",
    "",
    "CS gas canister found in a woman's bag at an event entrance. Security staff member referred after the woman became abusive.",
)
T(
    "WPN",
    "",
    "Possession of a knife in a public place. S stopped at {town} station by BTP after a member of the public saw a knife handle in his pocket. That member of the public, V, is very anxious and referred.",
)
T(
    "WPN",
    "",
    "Shotgun held without a certificate found at a farm after a tip-off. Farmer's wife referred; the police search frightened her. No threats to anyone.",
)
T(
    "WPN",
    "",
    "Offence: Having an article with a blade or point in a public place. Narrative: S seen by V, a park warden, sitting on a bench sharpening a large knife near the play area. Never pointed it at anyone. Warden shaken.",
)

# ------------------------------------ public order ------------------------------------
T(
    "PO",
    "HATE",
    "Racially aggravated s5. V, a bus driver, racially abused by a passenger who was asked to pay. No physical contact.",
)
T(
    "PO",
    "",
    "s4A. Neighbour shouting and swearing at V in the street; V alarmed and distressed. No threats of violence. One-off incident.",
)
T(
    "PO",
    "",
    "Affray outside {pub} - group fighting in the road; V, a passer-by, was caught up in it but not injured. Very shaken.",
)
T(
    "PO",
    "",
    "Violent disorder in the town centre after a football match. V's shop front surrounded and customers terrified. No damage, no injuries.",
)
T("PO", "HATE", "Homophobic abuse shouted at V and his boyfriend from a passing car. No contact.")
T(
    "PO",
    "HATE",
    "Religiously aggravated public order. V, a Sikh man, had abuse about his turban shouted at him in the supermarket.",
)
T("PO", "", "Drunk male shouting and swearing at A&E staff and threatening to 'kick off'. Nurse referral. No assault.")
T(
    "PO",
    "HATE",
    "Transphobic abuse. A group followed V through the shopping centre shouting slurs and laughing. Single incident.",
)
T("PO", "", "s5. Man urinating in the street swore at V when she asked him to stop; she was with her young children.")
T(
    "PO",
    "HATE",
    "Disability-related abuse. V ({yp}), who is autistic, was mocked and shouted at on the bus by adults calling him names about his disability. V distressed.",
)
T(
    "PO",
    "",
    "Man squared up to V in the car park over a parking space, shouting that he'd 'have him'. No contact made. Recorded as s4 public order.",
)
T(
    "PO",
    "",
    "Group outside the bookies shouting abuse at passers-by; V targeted with sexual comments and felt intimidated.",
)
T("PO", "HATE", "Antisemitic abuse shouted at V and his children on their way to synagogue.")
T(
    "PO",
    "",
    "Road rage. Other driver followed V into a car park and shouted threats and abuse at her through her window; no contact. Recorded as s4 public order.",
)
T("PO", "HATE", "Racially aggravated public order at a football ground - steward V racially abused by a fan.")
T(
    "PO",
    "",
    "Woman screaming and swearing at V's children in the park, threatening to 'slap them'. Not known to the family.",
)
T("PO", "", "At a protest, V had abuse screamed in her face by counter-protesters. Nobody touched her.")
T(
    "PO",
    "",
    "Bar worker V threatened verbally by a customer who was refused service: 'I'll be waiting for you after your shift'. Crimed as s4 public order.",
)
T(
    "PO",
    "",
    "OFFENCE: S5 PUBLIC ORDER. NARRATIVE: MALE IN DRINK SHOUTING OBSCENITIES AT STAFF AND CUSTOMERS IN {shop}, REFUSED TO LEAVE. STAFF MEMBER V ({age}) DISTRESSED. NIL INJURIES.",
)

# ----------------------------- miscellaneous crimes against society -------------------
T(
    "MISC",
    "",
    "Witness intimidation. V, a witness in her neighbour's assault trial, was told by the defendant's friend that she would 'regret it' if she went to court. Recorded as intimidating a witness.",
)
T(
    "MISC",
    "",
    "Dangerous driving (no collision). A car overtook V on a blind bend and forced her onto the verge; no injuries. Driver identified from dashcam and charged with dangerous driving.",
)
T(
    "MISC",
    "",
    "Threat to commit criminal damage. Neighbour threatened to smash V's car windows if she parked outside his house again.",
)
T(
    "MISC",
    "DA",
    "Bail breach. V's ex-partner, on bail for assaulting her, sent messages through her mum asking her to drop the charges. Recorded as breach of bail and attempting to pervert the course of justice.",
)
T(
    "MISC",
    "CSE ONL",
    "Indecent images of children. {f} ({teen})'s nude photo, originally sent to a boyfriend, is being shared round her school on Snapchat. Recorded as distributing indecent images of a child. School and parents involved.",
)
T(
    "MISC",
    "",
    "Perverting the course of justice. V's ex-colleague gave V's name and licence details to avoid speeding points. V found out when the notice arrived.",
)
T(
    "MISC",
    "",
    "Forgery. V's name and signature were forged on a letter submitted to the council's planning department. Council and police aware.",
)
T(
    "MISC",
    "",
    "Dangerous driving. Moped riders doing wheelies at pedestrians on {street}, forcing V and others to jump out of the way. No one hit.",
)
T(
    "MISC",
    "",
    "Breach of bail. S, charged with a theft from V's shop, keeps coming into the shop despite bail conditions. No threats. Shopkeeper V referred.",
)
T(
    "MISC",
    "",
    "Threat to damage property. Note on V's windscreen said her car would be 'torched' if she kept parking in the residents' bay.",
)
T(
    "MISC",
    "CSE",
    "V's partner has been arrested for having indecent images of children on his laptop. V devastated and asking about her own children's safety. No suggestion he has abused V.",
)
T(
    "MISC",
    "",
    "Dangerous driving. Learner driver V and her instructor tailgated and brake-checked repeatedly on the dual carriageway. No collision. Driver identified.",
)
T(
    "MISC",
    "",
    "Witness intimidation. V's son, a witness to a fight outside a takeaway, is being followed and told to 'keep his mouth shut'.",
)
T(
    "MISC",
    "",
    "Dangerous driving. Neighbour's son racing up and down the cul-de-sac, nearly hit V's child. Recorded as dangerous driving.",
)
T("MISC", "", "Counterfeit money. V was paid £{amt} in fake £20 notes at her market stall.")
T(
    "MISC",
    "",
    "Perverting the course of justice. Driver who crashed into V's parked car claimed his passenger was driving. V is a witness.",
)
T(
    "MISC",
    "",
    "Offence: Perjury. Narrative: V gave evidence in a civil court case last year and believes the other side's witness lied on oath; police have now charged that witness with perjury. V wants to know if she will be called again.",
)

# -------------------------------- fraud & computer misuse -----------------------------
T(
    "FRD",
    "",
    "Courier fraud. V ({oage}) got a call from a 'police officer' saying her bank staff were corrupt; she withdrew £{bigamt} and handed it to a courier at her door.",
)
T(
    "FRD",
    "ONL",
    "Romance fraud. V met a man on a dating site; the relationship has only ever been online, eight months. She has sent £{bigamt} for his 'medical bills'. They have never met.",
)
T(
    "FRD",
    "ONL",
    "Investment scam. V saw a crypto trading advert on social media and invested £{bigamt} through a website that now won't let her withdraw anything.",
)
T("FRD", "", "Card fraud. V's bank flagged £{amt} of transactions she didn't make; card still in her possession.")
T(
    "FRD",
    "ONL",
    "Online purchase fraud. V paid £{amt} for a puppy advertised on a website; the seller vanished after payment.",
)
T(
    "FRD",
    "DA",
    "Fraud by ex-husband. He took out two credit cards and a loan in V's name without her knowledge - £{bigamt} of debt. V found out from her credit file after they separated.",
)
T(
    "FRD",
    "ONL",
    "Account takeover. Someone hacked V's email and Instagram, changed the passwords and is messaging her followers asking for money.",
)
T("FRD", "", "Rogue trader. Men told V ({oage}) her roof needed urgent repair, took £{bigamt} in cash, did no work.")
T(
    "FRD",
    "",
    "someone has been using my card, there's payments on my statement from places i've never been. i still have the card. bank says it's fraud and to ring you.",
)
T(
    "FRD",
    "ONL",
    "Impersonation scam. V got a WhatsApp from 'her daughter' on a new number asking her to pay an urgent bill; V transferred £{amt}.",
)
T("FRD", "", "Identity fraud. V's details used to open a mobile phone contract; debt collectors' letters now arriving.")
T(
    "FRD",
    "ONL",
    "Hacking. V's small business website was hacked and customer card data stolen. V, the owner, very stressed.",
)
T(
    "FRD",
    "",
    "Bank impersonation call. Caller knew V's details and persuaded her to move £{bigamt} to a 'safe account'.",
)
T(
    "FRD",
    "DA",
    "V's son, who has lasting power of attorney, has been using V's money for himself - £{bigamt} gone. V ({oage}) in a care home. Recorded as fraud by abuse of position.",
)
T("FRD", "ONL", "Ticket scam. V paid £{amt} to a seller on Facebook for festival tickets that never arrived.")
T(
    "FRD",
    "ONL",
    "Computer misuse. An ex-colleague kept using V's work login after leaving and deleted files from the shared drive.",
)
T(
    "FRD",
    "ONL",
    "Invoice fraud. Builder V paid £{bigamt} to fraudulent bank details after an 'updated invoice' email that looked like it came from his supplier.",
)
T(
    "FRD",
    "",
    "Pension scam. V ({age}) cold-called and persuaded to transfer his pension into an overseas scheme that has disappeared.",
)
T("FRD", "ONL", "Fake job offer on LinkedIn. V paid £{amt} for 'training' and a DBS check; the job didn't exist.")
T(
    "FRD",
    "ONL",
    "Marketplace fraud. V sold a laptop on eBay; buyer claimed it never arrived and got the payment reversed. V out of pocket.",
)
T("FRD", "", "Card skimming. Device found on the ATM outside {shop}; V's account emptied the next day.")
T(
    "FRD",
    "ONL",
    "Romance fraud - male V. Woman he met on Facebook said she was stranded abroad; V sent £{bigamt} over five months. Daughter noticed. V still believes she's real.",
)
T(
    "FRD",
    "ONL",
    "Holiday let fraud. V booked a cottage through a listings website and paid by bank transfer. Property doesn't exist.",
)
T(
    "FRD",
    "ONL",
    "V got a text about a council tax refund, clicked the link and entered her card details on the website; £{amt} taken.",
)
T(
    "FRD",
    "ONL",
    "Remote access fraud. Caller pretending to be V's broadband provider got her to install software, took control of her computer and moved £{bigamt} out of her account.",
)
T("FRD", "", "Identity theft. V's passport details were used to make a benefit claim. V found out from a DWP letter.")
T(
    "FRD",
    "",
    "Fraud by false representation. Man going door to door on {street} collecting cash for a charity that doesn't exist.",
)
T(
    "FRD",
    "ONL",
    "Recovery scam. After losing money in an earlier scam, V was contacted on Telegram by 'recovery agents' and paid them a further £{amt}.",
)
T(
    "FRD",
    "",
    "Mandate fraud. V's business paid a supplier invoice into a fraudster's account after a phone call 'updating' the bank details.",
)
T(
    "FRD",
    "DA ONL",
    "Ex-partner has carried on using V's Amazon account and saved card since they split, ordering things to his own address.",
)
T(
    "FRD",
    "",
    "Offence: Fraud by false representation. Narrative: V ({oage}) paid £{bigamt} by cheque to a man who said he was from the gas board and her boiler was dangerous. Nobody ever came back. V's daughter discovered it.",
)

# ----------------------------- anti-social behaviour (no crime) -----------------------
T(
    "ASB",
    "",
    "ASB - noise from the upstairs flat, loud music until 4am most nights. No threats, no damage. Environmental health involved.",
)
T(
    "ASB",
    "",
    "Youths congregating on the wall outside V's house, being loud and dropping litter. Nothing aimed at V personally. V ({oage}) finds it intimidating.",
)
T("ASB", "", "Neighbour's dog barks constantly; neighbour won't engage. V asking about mediation.")
T(
    "ASB",
    "",
    "self ref: the family next door have parties every weekend, cars blocking my drive, shouting in the garden. they've never threatened me but i'm worn out.",
)
T("ASB", "", "ASB - footballs kicked against V's fence every day by kids. No damage. V finds it stressful.")
T("ASB", "", "Motorbikes and quads ridden across the playing fields, churning up the grass. Residents fed up.")
T(
    "ASB",
    "",
    "Neighbour dispute about parking and bins. V and neighbour exchange words regularly; OIC says no offences disclosed.",
)
T(
    "ASB",
    "",
    "Community trigger activated. V has reported ASB four times in six months (noise, people drunk in the street) and feels nothing is being done.",
)
T(
    "ASB",
    "",
    "Nuisance knocking. Kids knock on V's door and run off several evenings a week. V has dementia; carer referring.",
)
T(
    "ASB",
    "",
    "Upstairs neighbours stomping and dragging furniture late at night. V thinks it's deliberate. Housing association aware.",
)
T("ASB", "", "Smoke from a neighbour's garden bonfires most weekends; V has asthma.")
T("ASB", "", "People drinking in the park near the play area and leaving cans. No threats to V. Parent referral.")
T("ASB", "", "Teenagers playing music loudly on the bus; V ({oage}) found it intimidating. Nothing was said to her.")
T(
    "ASB",
    "",
    "V's ex-partner lives on the same street but is not involved in any of this. Complaint is about the neighbours' noisy parties and visitors at all hours.",
)
T(
    "ASB",
    "",
    "Inconsiderate parking outside the school gates blocks V's drive every day. V's husband, a wheelchair user, can't get out. No hostility, just thoughtless parents.",
)
T("ASB", "", "Kids setting off fireworks in the street late at night all week; V's dog terrified. No one targeted.")
T(
    "ASB",
    "",
    "OCC: Caller reports teens on e-scooters riding on the pavement by the shops. Words of advice given. No crime.",
)
T(
    "ASB",
    "",
    "Residents complain of a short-term let next door being used for loud hen parties most weekends. No offences. Council licensing informed.",
)
T(
    "ASB",
    "",
    "ASB incident only - NCR. Group of young people gathering in the stairwell, smoking and being noisy. V, a caretaker, asked them to leave and they did. Nothing threatening said.",
)

# ------------------------------------- other crime ------------------------------------
T(
    "OC",
    "",
    "Animal cruelty. Neighbour keeps dogs in filthy conditions, one visibly injured. RSPCA involved. V is a distressed witness.",
)
T("OC", "", "Hare coursing on V's farmland - men with dogs on the fields at night. Rural crime team aware.")
T("OC", "", "Fly-tipping. Builders' waste dumped at the end of V's lane for the third time; council investigating.")
T(
    "OC",
    "",
    "Illegal eviction. V's landlord changed the locks while she was at work with her belongings still inside. Council tenancy relations officer involved.",
)
T(
    "OC",
    "",
    "V reports being a victim of crime on {date}; no other details on the referral form except 'wants support'. Ref {ref}.",
)
T(
    "OC",
    "",
    "Unlicensed puppy farm. V reported her neighbour breeding dogs in sheds in poor conditions. Council licensing and RSPCA investigating.",
)
T(
    "OC",
    "",
    "Badger sett dug out by a developer on land behind V's house. V, a local wildlife volunteer, distressed. Wildlife crime officer informed.",
)
T(
    "OC",
    "",
    "Animal welfare offences. V's horse, kept at a livery yard, has been neglected by the yard owner - underweight, untreated hooves. RSPCA prosecuting.",
)
T(
    "OC",
    "",
    "Victim referral from police portal. Offence: 'Other notifiable'. No narrative supplied. V wants a call back.",
)
T(
    "OC",
    "",
    "Underage alcohol sales - off-licence sold vodka to V's son ({teen}) and his friends. Trading standards investigating.",
)
T(
    "OC",
    "",
    "Pollution. A factory is discharging waste into the stream behind V's house and fish are dying. Environment Agency investigating.",
)
T(
    "OC",
    "",
    "V's landlord has no gas safety certificate and has cut off the heating to try to force her out; council prosecuting under housing law.",
)
T(
    "OC",
    "",
    "Suspected cockfighting at a farm near V's house; V heard it at night and has found dead birds in the lane.",
)
T(
    "OC",
    "",
    "Caller says 'something happened at work last month that was a crime' but won't say what until she speaks to a caseworker in person.",
)
T(
    "OC",
    "",
    "Unlicensed late-night bar being run from a neighbour's garage; council prosecuting for licensing offences. V wants advice about giving evidence.",
)


# ------------------- further situations: honour, knives, DA and hard negatives --------
T(
    "VWO",
    "DA HBA",
    "Forced marriage concern. {f} ({yp}) told her teacher she is being taken abroad in the summer to marry a cousin; when she said no, her father slapped her and said she had no choice. No injury. FMPO being considered.",
)
T(
    "VWI",
    "HBA",
    "FGM. School nurse identified that {f} ({kid}) had been cut during a family trip abroad this summer. Parents arrested. Referral for the child via children's social care.",
)
T(
    "STK",
    "DA HBA",
    "Young man ({age}) controlled by his family since they learned of his relationship with a woman from a different caste: phone taken, not allowed out alone, told he has dishonoured the family and must marry the woman they have chosen.",
)
T(
    "VWO",
    "DA HBA",
    "Threats after divorce. V's former brothers-in-law told her she has shamed their family and that they will kill her if she remarries. V believes them and has moved.",
)
T(
    "SEX",
    "DA HBA",
    "Forced marriage and rape. V ({age}) was married against her will abroad in {year}; since arriving in the UK her husband has raped her repeatedly. She fears her family will kill her for bringing dishonour if she leaves.",
)
T(
    "VWI",
    "DA HBA",
    "V's cousin and uncle broke her arm after she refused an arranged marriage, telling her she had disgraced the family name. V in hospital; specialist HBA caseworker requested.",
)
T(
    "VWO",
    "HBA",
    "Community elders (not related to V) told her she would be killed for bringing shame on the community by leaving her marriage. V's own family are supporting her. Threats to kill recorded.",
)
T(
    "VWI",
    "DA",
    "V ({age}) punched by her father, bruised cheek. V is clear it's about his drinking; asked directly about family honour or marriage pressure and says there is none. No HBA indicators.",
)
T(
    "VWI",
    "KNIFE",
    "Offence: Wounding with intent (s18). Narrative: V ({age}) stabbed in the thigh with a kitchen knife in a dispute over money. V doesn't want to give a statement.",
)
T(
    "VWO",
    "KNIFE",
    "Shop worker V threatened with a knife by a customer who didn't want to queue - he pulled it from his bag and pointed it at her, then walked out. Nothing taken. No injury.",
)
T(
    "ROB",
    "KNIFE",
    "Offence: Robbery - business property. Narrative: male entered {shop} at {time} holding a kitchen knife and demanded the cash from the till. Cashier V ({age}) handed over approx £{amt}. No injuries.",
)
T(
    "VWI",
    "DA KNIFE",
    "V's husband threw a kitchen knife at her during an argument; it caught the back of her hand, deep cut needing stitches. Kids upstairs. S arrested.",
)
T(
    "VWO",
    "",
    "S phoned V and said he would come round and stab him over a debt. No knife seen, nobody came round. V believes he meant it. Recorded as threats to kill.",
)
T(
    "SEX",
    "KNIFE",
    "Stranger rape at knifepoint. V ({age}) grabbed on the towpath near {town} and threatened with a knife held to her side. SARC attended. S not yet identified.",
)
T(
    "STK",
    "DA",
    "Ex keeps texting V that he's 'got a blade with her name on it' and turns up outside her work. No weapon ever seen. Relationship ended {month}. DASH high.",
)
T(
    "VWI",
    "DA",
    "VAL call. Woman ({age}) says her husband slammed her hand in the car door on purpose; two fingers broken. She told the hospital it was an accident. Not ready for police.",
)
T(
    "VWI",
    "DA",
    "V's sister ({age}) scratched her face and pulled out a handful of hair in a row about their mum's care. Visible scratches. Sisters live together.",
)
T(
    "VWO",
    "DA",
    "DVPN served on V's partner after he threw a plate at her during an argument - it missed, no injury. V says he's been 'a different person' since losing his job.",
)
T(
    "STK",
    "DA",
    "VS update: NMO breached again. Ex rang from a new number 14 times on {date} and turned up on the doorstep. Police informed; V has kept a log.",
)
T(
    "STK",
    "DA ONL",
    "Ex-partner has posted V's new area in a Facebook group and messages her sister on Messenger every day asking where V is living now.",
)
T(
    "CDA",
    "DA",
    "V's ex-partner kicked in the bottom panel of her front door when she wouldn't answer, then left. He didn't try to come in. V was behind the door with the baby.",
)
T(
    "FRD",
    "DA ONL",
    "V's husband has been logging into her online banking without her knowledge and moving her salary into his own account.",
)
T(
    "STK",
    "DA",
    "Ex-partner got into V's house while she was at work - nothing taken but he had gone through her drawers and left their wedding photo on the bed. Crimed as stalking.",
)
T(
    "SEX",
    "DA",
    "V ({age}) discovered her partner has been filming them having sex without her knowledge; he now threatens to show the videos to people if she leaves.",
)
T("VWI", "DA", "V (16) punched by her boyfriend (17) at a party, black eye. School DSL referring. Parents aware.")
T(
    "VWO",
    "",
    "V (15) slapped by her 16-year-old boyfriend at the park, no injury. V is under 16 so this is being handled through child safeguarding rather than as domestic abuse.",
)
T(
    "STK",
    "DA",
    "V's husband takes the car keys when he goes out, has taken the battery out of her car and checks the mileage. She is not allowed to see her friends. No violence. Coercive control crimed.",
)
T(
    "PO",
    "DA",
    "V's brother shouted abuse and swore at her outside her house for 20 minutes, frightening the children. No threats of violence, no contact since. s4A recorded.",
)
T(
    "OTH",
    "DA",
    "Blackmail by ex-partner. He is threatening to tell V's employer about an old conviction unless she pays him £{amt}.",
)
T(
    "VWO",
    "DA",
    "Child-to-parent abuse. V's son (16) has been hitting and kicking her when he doesn't get his way; sore arm but no injuries this time. V exhausted and ashamed.",
)
T(
    "VWI",
    "DA",
    "V ({oage}) hit with a walking stick by his wife, who has dementia; cut to head. Family and GP involved. Safeguarding adults referral.",
)
T(
    "VWI",
    "DA",
    "s47. V ({age}) bitten and punched by his male partner when he said he wanted to end the relationship. Bite mark photographed. V has nowhere else to live.",
)
T(
    "VWI",
    "DA",
    "VS caseworker update: client's ex-husband pleaded guilty to ABH today and a 5-year restraining order was made. Client relieved. Final check-in booked, then close.",
)
T(
    "VWO",
    "DA",
    "DVPO granted for 28 days. V's partner was arrested after she reported he had threatened to kill her and the dog. No physical assault this time.",
)
T(
    "STK",
    "DA",
    "V's adult daughter leaves abusive voicemails and texts calling her names and blaming her for everything, dozens a week. V ({oage}) dreads the phone ringing.",
)
T(
    "CDA",
    "DA",
    "V's husband burnt her clothes and passport in the garden incinerator after she said she wanted a divorce. No violence. V staying with her brother.",
)
T(
    "VWI",
    "",
    "V assaulted at work by a customer who punched her, bruised jaw. Her husband came with her to the appointment and is very supportive. No DA.",
)
T(
    "VWO",
    "",
    "V asked the call handler what would happen 'if it was my partner', but confirmed today's incident (shoved in the street by a stranger) has nothing to do with him. No injury.",
)
T(
    "STK",
    "",
    "Harassment by V's ex-partner's new girlfriend, who sends V abusive texts and has turned up at her work twice. V has never had any relationship with her.",
)
T(
    "CDA",
    "",
    "V's flatmate smashed her laptop during a row about the bills. They are not partners or related. V has moved out.",
)
T(
    "FRD",
    "",
    "V's lodger used her card details to buy goods; lodger has left. V and the lodger are not related and were not in a relationship.",
)
T(
    "VWI",
    "",
    "V assaulted by her landlord's son when she complained about the repairs; pushed down the front steps, sprained ankle and grazes.",
)
T(
    "STK",
    "",
    "V had a DASH with a previous partner back in {year} (closed, no contact since). Current report: a man from her gym keeps texting her and waits by her car after her classes. No relationship.",
)
T(
    "SEX",
    "CSE",
    "Sexual assault at a swimming pool. Girl ({kid}) touched by an adult man in the changing area. Man arrested. Mum referring.",
)
T(
    "SEX",
    "CSE ONL",
    "{f} ({yp}) persuaded by a man she met on a livestreaming app to do sexual things on camera in exchange for 'gifts'. Police investigating.",
)
T(
    "SEX",
    "DA CSE",
    "V (16) sexually assaulted by her older brother (19) at home; she told her school counsellor. Brother has left the house.",
)
T("SEX", "", "V, aged 18, raped by a man she met at a festival. SARC attended. V wants to know about anonymity.")
T(
    "VWO",
    "MS",
    "Cannabis farm: young man ({yp}) found locked inside a cannabis grow in {town}; says he was brought to the UK and owes money to the people who brought him. Treated as a trafficking victim, NRM submitted.",
)
T(
    "VWO",
    "MS",
    "Forced begging. V ({age}) made to beg outside the supermarket every day and hand over all the money to the men who house him. NRM referral made.",
)
T(
    "VWI",
    "HATE",
    "V, an Irish Traveller, punched in a pub after being called a racist name for Travellers; cut eye. Landlord witnessed.",
)
T(
    "FRD",
    "",
    "V, who has a learning disability, lost £{amt} to a phone scam. No hostility towards her disability identified; she was one of many people called.",
)
T(
    "VWO",
    "",
    "Months of harassment by a neighbour (notes, shouting over the fence) and on {date} S shoved V in the chest on her own drive. No injury. Recorded as common assault, harassment linked.",
)
T(
    "BUR",
    "",
    "Burglary. Offender caught inside V's house by police; he had a knife in his pocket but never took it out and V was not home. Laptop bagged by the door.",
)
T(
    "HOM",
    "",
    "Manslaughter - V's brother died after being pushed into the road during a fight outside a pub. Two men charged. V and their mum referred. V asking about CICA bereavement payment.",
)
T(
    "DID",
    "",
    "V ({age}) knocked off her bicycle by a driver who was speeding and using a phone; multiple fractures and a collapsed lung. Driver charged with causing serious injury by dangerous driving.",
)
T(
    "OC",
    "",
    "Dog fighting suspected at a property near V's allotment; injured dogs seen. Police and RSPCA attended. V is a witness and frightened.",
)
T(
    "ASB",
    "",
    "V complains that the people at number 12 leave rubbish bags in the shared alley and argue loudly. Nothing directed at V; OIC noted no crime.",
)
T(
    "MISC",
    "",
    "Handling stolen goods: V's employer (a pawnbroker) discovered a colleague knowingly buying stolen phones; V is the whistleblower and is worried about repercussions.",
)
T(
    "PO",
    "",
    "Fight in the street outside V's house at 2am - bottles thrown, people shouting. Recorded as affray. V and her kids woken and frightened; nobody attacked V.",
)
T(
    "WPN",
    "",
    "Imitation firearm: teenagers seen carrying what looked like a handgun in the park; it was a replica. Nobody threatened. Parent who called police referred.",
)
T(
    "TFP",
    "",
    "v's purse lifted from her coat pocket while she was looking at the buses timetable. she felt someone bump her. no injury.",
)
T(
    "SHOP",
    "",
    "shoplifting - lad took a box of chocolates and a phone charger from {shop}, shop assistant chased but lost him. assistant upset and shaking.",
)
T(
    "VEH",
    "",
    "Van broken into? No - OIC confirms the van was unlocked. Tools taken from V's van on the driveway overnight. Recorded as theft from motor vehicle.",
)
T(
    "BIC",
    "",
    "self ref, sorry if this is wrong place. my bike went from outside the gym, i'd only locked the front wheel. nobody hurt or anything, just gutted.",
)
T("OTH", "", "Theft. Wallet left on a table in the library was taken within minutes. V ({age}) has reported it.")
T(
    "DRG",
    "",
    "Drug-related litter and dealing in the underpass V walks through to work; V has seen deals done in daylight and is nervous. No one has approached her.",
)


# ======================================================================================
# Admin tails (no offence content), typo injection and generation
# ======================================================================================
TAILS = [
    "Consent obtained for referral.",
    "V consents to being contacted by phone.",
    "Call back after 3pm please.",
    "Best contact is mobile, do not leave voicemail.",
    "Interpreter required ({lang}).",
    "Needs {lang} interpreter for all calls.",
    "Prefers email contact.",
    "V has a hearing impairment - text relay please.",
    "V works nights, call late morning.",
    "Referral received {date}.",
    "OIC: PC {sur} (collar {collar}).",
    "OIC DC {sur}, ext {collar}.",
    "V happy to have a home visit.",
    "Welsh language preferred.",
    "Do not call before 10am.",
    "V is a carer so availability is limited.",
    "No further info on the referral form.",
    "Crime ref {ref}.",
    "Ref: {ref}.",
    "Alternative contact number on file.",
    "V asked for a leaflet in large print.",
    "Consent: yes. Best time: weekday mornings.",
    "GDPR consent recorded verbally.",
    "Pls call on the landline, mobile has no signal.",
    "V would like someone to come with her to the next appointment.",
    "V starting a new job next week so evenings only.",
    "Referral made by the OIC with V's agreement.",
    "Referrer: {f2} {sur2}, neighbourhood team.",
    "Case open to Victim Care Unit.",
    "V prefers to be called by a nickname - see contact sheet.",
]

TYPOS = [
    ("received", "recieved"),
    ("their", "thier"),
    ("neighbour", "nieghbour"),
    ("harassment", "harrasment"),
    ("separated", "seperated"),
    ("because", "becuase"),
    ("address", "adress"),
    ("believes", "beleives"),
    ("business", "buisness"),
    ("which", "wich"),
    ("assaulted", "assualted"),
    ("immediately", "immediatly"),
    ("until", "untill"),
    ("wants", "wnats"),
    ("support", "suport"),
    ("friend", "freind"),
    ("arrested", "arested"),
    ("would", "woud"),
    ("referral", "referal"),
    ("through", "thru"),
    ("police", "polcie"),
    ("people", "poeple"),
    ("hospital", "hosptial"),
    ("anxious", "anxous"),
]

SLOT_RE = re.compile(r"{([a-z0-9_]+)}")


def fmt_date(rng, ordinal_day, month, year):
    style = rng.randrange(6)
    if style == 0:
        return "%02d/%02d/%04d" % (ordinal_day, month, year)
    if style == 1:
        return "%02d/%02d/%02d" % (ordinal_day, month, year % 100)
    if style == 2:
        return "%d.%d.%02d" % (ordinal_day, month, year % 100)
    if style == 3:
        return "%d%s %s" % (ordinal_day, ORDINAL.get(ordinal_day, "th"), MONTHS[month - 1])
    if style == 4:
        return "%d %s %d" % (ordinal_day, MONTHS[month - 1][:3], year)
    return "%d/%d/%04d" % (ordinal_day, month, year)


def pick_date(rng):
    days_in = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    year = rng.choice([2023, 2024, 2025])
    month = rng.randint(1, 12 if year < 2025 else 6)
    day = rng.randint(1, days_in[month - 1])
    return year, month, day


def add_days(year, month, day, k):
    days_in = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    day += k
    while day > days_in[month - 1]:
        day -= days_in[month - 1]
        month += 1
        if month > 12:
            month, year = 1, year + 1
    return year, month, day


def pick_ref(rng):
    style = rng.randrange(4)
    if style == 0:
        return "CRN %02d/%05d/%02d" % (rng.randint(10, 59), rng.randint(1000, 99999), rng.randint(23, 25))
    if style == 1:
        return "KX-%06d-%02d" % (rng.randint(0, 999999), rng.randint(23, 25))
    if style == 2:
        return "URN 4%d%s%06d" % (rng.randint(1, 9), rng.choice(["QB", "VR", "TX", "MW"]), rng.randint(0, 999999))
    return "OCC %d/%05d" % (rng.randint(2023, 2025), rng.randint(1, 99999))


def money_small(rng):
    v = rng.choice([rng.randint(12, 99), rng.randint(100, 950)])
    if rng.random() < 0.3:
        return "%d.%02d" % (v, rng.randint(0, 99))
    return str(v)


def money_big(rng):
    v = rng.choice([rng.randint(12, 99) * 100, rng.randint(10, 48) * 1000 + rng.randint(0, 9) * 100])
    return f"{v:,}"


def two_distinct(rng, pool):
    a = rng.choice(pool)
    b = rng.choice(pool)
    while b == a:
        b = rng.choice(pool)
    return a, b


def make_slots(rng):
    s = {}
    s["f"], s["f2"] = two_distinct(rng, F_NAMES)
    s["m"], s["m2"] = two_distinct(rng, M_NAMES)
    s["sur"], s["sur2"] = two_distinct(rng, SURNAMES)
    s["town"], s["town2"] = two_distinct(rng, TOWNS)
    st = [rng.choice(STREET_A) + " " + rng.choice(STREET_B) for _ in range(2)]
    while st[1].split()[0] == st[0].split()[0]:
        st[1] = rng.choice(STREET_A) + " " + rng.choice(STREET_B)
    s["street"], s["street2"] = st
    s["shop"] = rng.choice(SHOPS)
    s["pub"] = rng.choice(PUBS)
    s["school"] = rng.choice(SCHOOLS)
    s["amt"] = money_small(rng)
    s["bigamt"] = money_big(rng)
    y, mo, d = pick_date(rng)
    s["date"] = fmt_date(rng, d, mo, y)
    y2, mo2, d2 = add_days(y, mo, d, rng.randint(1, 40))
    s["date2"] = fmt_date(rng, d2, mo2, y2)
    hh, mm = rng.randint(18, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    s["time"] = rng.choice(["%02d%02dhrs" % (hh, mm), "%02d:%02d" % (hh, mm), "%02d%02d" % (hh, mm)])
    s["age"] = str(rng.randint(19, 64))
    s["oage"] = str(rng.randint(70, 93))
    s["yp"] = str(rng.randint(16, 17))
    s["teen"] = str(rng.randint(12, 15))
    s["kid"] = str(rng.randint(5, 11))
    s["ref"] = pick_ref(rng)
    s["month"] = rng.choice(MONTHS)
    s["year"] = str(rng.randint(2014, 2021))
    s["lang"] = rng.choice(LANGS)
    s["car"] = rng.choice(CARS)
    s["collar"] = str(rng.randint(1000, 9999))
    return s


def fill(text, slots):
    return SLOT_RE.sub(lambda mt: slots[mt.group(1)], text)


def render(rng, text):
    slots = make_slots(rng)
    out = fill(text, slots)
    if rng.random() < 0.30:
        tail = fill(rng.choice(TAILS), slots)
        out = out.rstrip() + " " + tail
    if rng.random() < 0.08:
        cands = [(a, b) for a, b in TYPOS if re.search(rf"\b{a}\b", out)]
        if cands:
            a, b = rng.choice(cands)
            out = re.sub(rf"\b{a}\b", b, out, count=1)
    r = rng.random()
    letters = [c for c in out if c.isalpha()]
    mostly_upper = letters and sum(c.isupper() for c in letters) > 0.7 * len(letters)
    if r < 0.05:
        out = out.lower()
    elif r < 0.08 and not mostly_upper:
        out = out.upper()
    return out


def flag_codes(aliases):
    present = aliases.split()
    return ";".join(code for alias, code in FLAGS if alias in present)


def build(seed=SEED):
    rng = random.Random(seed)
    rows = []
    seen = set()
    for cat, flags, text in TEMPLATES:
        k = rng.choices([1, 2, 3], weights=[55, 36, 9])[0]
        made = 0
        tries = 0
        while made < k and tries < 20:
            tries += 1
            note = render(rng, text)
            if note in seen:
                continue
            seen.add(note)
            rows.append([note, CATEGORIES[cat], flag_codes(flags)])
            made += 1
    rng.shuffle(rows)
    return [["B12-%04d" % (i + 1)] + r for i, r in enumerate(rows)]


def main():
    texts = [t for _, _, t in TEMPLATES]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate template text")
    rows = build()
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["note_id", "text", "category", "flags"])
        w.writerows(rows)
    print("templates=%d notes=%d -> %s" % (len(TEMPLATES), len(rows), OUT_PATH))


if __name__ == "__main__":
    main()
