"""Generate the BLIND21 synthetic corpus of victim-services referral notes.

Standard library only. Deterministic: one random.Random(SEED) drives every choice.
Writes data/notes_blind21.csv next to this file. Every template below was labelled by
hand from TAXONOMY.md (category by the principal crime rule, flags only when disclosed).
"""

import csv
import os
import random

SEED = 210821
TARGET_ROWS = 860
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "data", "notes_blind21.csv")

HOM = "homicide"
DID = "death_injury_driving"
VWI = "violence_with_injury"
VWO = "violence_without_injury"
SH = "stalking_harassment"
SEX = "sexual_offences"
ROB = "robbery"
BUR = "burglary"
VEH = "vehicle_offences"
TFP = "theft_from_person"
BIKE = "bicycle_theft"
SHOP = "shoplifting"
OTH = "other_theft"
CDA = "criminal_damage_arson"
DRG = "drug_offences"
WPN = "possession_of_weapons"
PO = "public_order"
MISC = "misc_crimes_against_society"
FRD = "fraud_computer_misuse"
ASB = "anti_social_behaviour"
OC = "other_crime"

CATEGORIES = [HOM, DID, VWI, VWO, SH, SEX, ROB, BUR, VEH, TFP, BIKE, SHOP, OTH, CDA, DRG, WPN, PO, MISC, FRD, ASB, OC]

# Flags in TAXONOMY.md order, with the short names used in the template table.
FLAG_ORDER = [
    ("da", "domestic_abuse"),
    ("hate", "hate_crime"),
    ("onl", "online"),
    ("knife", "knife_sharp_instrument"),
    ("csae", "child_sexual_abuse_exploitation"),
    ("ms", "modern_slavery"),
    ("hba", "honour_based_abuse"),
]

POOLS = {
    "v": [
        "Amy",
        "Bethany",
        "Chloe",
        "Danielle",
        "Ellie",
        "Farah",
        "Gemma",
        "Hollie",
        "Ioana",
        "Jade",
        "Kerry",
        "Leanne",
        "Maria",
        "Nadia",
        "Olivia",
        "Priya",
        "Rachel",
        "Sadia",
        "Tanya",
        "Vicky",
        "Wendy",
        "Yasmin",
        "Zoe",
        "Agnieszka",
        "Shannon",
        "Kayleigh",
        "Margaret",
        "Joan",
        "Aisha",
        "Roxanne",
        "Lorraine",
        "Bronwen",
    ],
    "m": [
        "Aaron",
        "Ben",
        "Callum",
        "Dean",
        "Ethan",
        "Femi",
        "Gary",
        "Harry",
        "Imran",
        "Jamie",
        "Kyle",
        "Liam",
        "Marek",
        "Nathan",
        "Owen",
        "Paul",
        "Ricky",
        "Sam",
        "Tom",
        "Wayne",
        "Yusuf",
        "Connor",
        "Darren",
        "Stuart",
        "Kofi",
        "Lee",
        "Graham",
        "Tariq",
    ],
    "sur": [
        "Ashworth",
        "Bellamy",
        "Carrow",
        "Dunmore",
        "Elwood",
        "Fenwick",
        "Garside",
        "Holbrook",
        "Inskip",
        "Jarrow",
        "Kettlewell",
        "Lomax",
        "Marsden",
        "Norcliffe",
        "Oakes",
        "Pennock",
        "Quarmby",
        "Ridley",
        "Stansfield",
        "Thwaite",
        "Varley",
        "Whitlow",
        "Yeadon",
    ],
    "town": [
        "Ashbridge",
        "Kelsford",
        "Millbrook",
        "Oxenby",
        "Pelham Cross",
        "Redwater",
        "Stonecliffe",
        "Wexcombe",
        "Darnley Vale",
        "Hollins End",
        "Mirefield",
        "Upton Cray",
        "Sallowby",
        "Fenmoor",
    ],
    "street": [
        "Alder Road",
        "Beech Close",
        "Canal Street",
        "Dovecote Lane",
        "Elm Grove",
        "Foundry Street",
        "Granary Way",
        "Hawthorn Drive",
        "Ivy Terrace",
        "Jubilee Road",
        "Kiln Lane",
        "Larch Avenue",
        "Mill Street",
        "Nursery Row",
        "Orchard Way",
        "Priory Road",
        "Quarry Hill",
        "Railway Terrace",
        "Station Road",
        "Tannery Lane",
        "Union Street",
        "Victoria Parade",
        "Wharf Road",
    ],
    "shop": [
        "Fairway Foods",
        "Brightmart Express",
        "Dalton's Convenience",
        "PriceRite",
        "Greenleaf Stores",
        "Baxter's News",
        "Valuemart",
        "the corner shop",
        "the big Brightmart",
        "Hollins Pharmacy",
    ],
    "pub": [
        "the Plough",
        "the Kings Arms",
        "the Railway Tavern",
        "the Fleece",
        "Spoons",
        "the Crown",
        "Bar Nova",
        "the Wheatsheaf",
        "the Bay Horse",
        "Club Aura",
    ],
    "park": [
        "Victoria Park",
        "the rec",
        "Hollins Park",
        "the playing fields",
        "Canal Park",
        "the country park",
        "Jubilee Gardens",
    ],
    "station": [
        "Millbrook station",
        "the bus station",
        "Central station",
        "Fenmoor Road station",
        "the interchange",
        "Oxenby station",
    ],
    "road": ["A614", "A38", "B1246", "A49", "ring road", "bypass", "A5092", "coast road"],
    "when": [
        "last night",
        "yesterday",
        "on Saturday night",
        "over the weekend",
        "earlier today",
        "on Tuesday",
        "in the early hours",
        "on 14/02",
        "this morning",
        "on Friday evening",
        "last week",
        "on 03/11",
        "Sunday afternoon",
        "overnight",
    ],
    "wday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "time": [
        "02:30",
        "approx 2300",
        "around 9pm",
        "1915hrs",
        "about 1am",
        "23:40",
        "approx 1730",
        "just after midnight",
        "around 4pm",
    ],
    "amt": ["£20", "£45", "£60", "£85", "£120", "£150", "£240", "£300", "£380", "£450", "£75"],
    "bigamt": ["£1,200", "£2,500", "£3,800", "£6,000", "£9,750", "£14,000", "£22,500", "£41,000", "£1,850", "£7,300"],
    "plat": ["Facebook", "Instagram", "Snapchat", "TikTok", "WhatsApp", "Messenger", "X", "Telegram"],
    "social": ["Facebook", "Instagram", "TikTok", "X", "Snapchat"],
    "dating": ["Tinder", "Hinge", "Bumble", "Plenty of Fish", "a dating app", "a dating website", "Match"],
    "market": ["Facebook Marketplace", "eBay", "Gumtree", "Vinted", "Depop", "Preloved"],
    "car": [
        "Ford Fiesta",
        "VW Golf",
        "Vauxhall Corsa",
        "Kia Sportage",
        "Nissan Qashqai",
        "BMW 1 Series",
        "Toyota Yaris",
        "Transit van",
        "Range Rover Evoque",
        "Skoda Octavia",
    ],
    "bike": [
        "mountain bike",
        "Carrera bike",
        "e-bike",
        "road bike",
        "hybrid bike",
        "BMX",
        "Brompton",
        "Boardman road bike",
    ],
    "phone": ["iPhone", "Samsung phone", "mobile", "phone", "iPhone 14", "Pixel phone"],
    "bf": [
        "partner",
        "boyfriend",
        "husband",
        "fiancé",
        "bf",
        "long-term partner",
        "partner of 6 yrs",
        "common-law husband",
        "other half",
        "husband of 20 years",
    ],
    "ex": [
        "ex-partner",
        "ex",
        "ex-boyfriend",
        "ex-husband",
        "former partner",
        "ex p",
        "ex-partner (father of her children)",
        "estranged husband",
        "baby father",
        "ex bf",
    ],
    "gf": ["girlfriend", "partner", "wife", "fiancée", "gf"],
    "exf": ["ex-partner", "ex-girlfriend", "ex-wife", "former partner", "ex"],
    "fam": [
        "brother",
        "adult son",
        "father",
        "stepfather",
        "uncle",
        "brother-in-law",
        "cousin",
        "son (in his 20s)",
        "nephew (32)",
        "twin brother",
        "grown-up son",
    ],
    "famf": [
        "sister",
        "adult daughter",
        "mother",
        "stepmother",
        "aunt",
        "sister-in-law",
        "mother-in-law",
        "daughter (in her 30s)",
        "cousin",
        "twin sister",
    ],
    "src": [
        "Police referral",
        "VAL",
        "Self-referral",
        "Referral from A&E",
        "GP referral",
        "Referral from housing officer",
        "Victim Support national line",
        "Referral via police portal",
        "Witness Care referral",
    ],
    "dash": ["standard", "medium", "high", "HIGH", "med"],
    "cab": ["Uber", "taxi", "minicab", "private hire car"],
}

INT_RANGES = {
    "age": (19, 58),
    "mage": (34, 62),
    "oage": (70, 93),
    "yage": (11, 15),
    "tage": (16, 17),
    "num": (2, 9),
}

PREFIXES = [
    "VAL: ",
    "VS referral - ",
    "Police referral. ",
    "Self ref. ",
    "Crime type recorded: Other crime. ",
    "Recorded as 'Other crime'. ",
    "Incident summary: ",
    "Notes: ",
    "NOTES >> ",
    "Referral via portal. ",
    "Summary - ",
    "Category on system: OTHER. ",
    "Call notes: ",
    "Re: {ref}. ",
]
SUFFIXES = [
    " V consented to referral.",
    " Prefers text contact.",
    " Call back after 5pm pls.",
    " Needs interpreter.",
    " V given crime ref.",
    " Leaflet sent.",
    " Consent given for VS contact.",
    " Tel only, no letters.",
    " OIC updated.",
    " No further info on referral.",
    " V has hearing loss - text only.",
    " Safe to leave voicemail.",
    " DO NOT leave voicemail.",
    " Ref {ref}.",
    " Emotional support requested.",
    " Wants info on the court process.",
    " V happy for a home visit.",
    " Referred on {wday}.",
]

TEMPLATES = []


def t(category, flags, text):
    """Register one hand-labelled template: category code, short flag names, text with {slots}."""
    TEMPLATES.append((category, flags, text))


# ---------------------------------------------------------------- homicide
t(
    HOM,
    "da",
    "Bereaved family referral. {v}'s sister was killed by her partner at the home address on {street}, "
    "{town}. He has been charged with murder. DA history known to police. Family want support through the trial.",
)
t(
    HOM,
    "knife",
    "Homicide - son ({age}) fatally stabbed outside {pub} on {wday}. Parents referred by FLO for "
    "bereavement and court support.",
)
t(
    HOM,
    "",
    "Referral for {v}: her partner died after a one-punch assault in the town centre by a man neither of them "
    "knew. Suspect charged with manslaughter. She has 2 kids under 5 and is not coping.",
)
t(
    HOM,
    "",
    "FLO referral. Murder investigation ongoing, V's brother found dead at a flat in {town}, two men arrested. "
    "V wants to know about CICA and what happens at the inquest.",
)
t(
    HOM,
    "da",
    "DHR being commissioned. {v2} was killed by her son ({age}) in March; referral is for her daughter {v}, "
    "who found her. Son charged with murder.",
)
t(
    HOM,
    "",
    "bereaved - husband killed at work when machinery collapsed, company being prosecuted for corporate "
    "manslaughter. wife needs support + help with inquest",
)
t(
    HOM,
    "knife",
    "Son's murder. He was stabbed during a row over a parking space; CPS have accepted a manslaughter plea "
    "and the family are angry about it.",
)
t(
    HOM,
    "da",
    "Homicide. V's dad killed her mum and then himself, a MARAC had been held the month before. V ({age}) and "
    "her brother need support.",
)
t(
    HOM,
    "",
    "Manslaughter. V's friend died after being pushed down the stairs at a house party. V was there and saw it, "
    "having nightmares.",
)
t(
    HOM,
    "",
    "Referral from Homicide Service: grandson murdered in {town} in 2019, retrial listed for next month. Gran "
    "wants to attend court and needs transport.",
)
t(HOM, "", "Baby died, mother charged with infanticide. Referral is for the baby's father who is not a suspect.")
t(
    HOM,
    "da;hba",
    "Bereaved. {v}'s cousin was killed by male relatives who said she had 'dishonoured the family' by "
    "leaving her husband. Two uncles charged with murder. {v} fears for her own safety.",
)
t(
    HOM,
    "hate",
    "Murder of V's son, a gay man, attacked near {park}. Police treating it as a homophobic hate crime. "
    "Parents referred for support.",
)
t(
    HOM,
    "",
    "Husband died in hospital a week after being assaulted by two strangers outside {shop}; now a murder "
    "enquiry. Widow referred by FLO.",
)
t(
    HOM,
    "da;knife",
    "Murder of {v2} ({age}), stabbed by her ex-partner in front of the children. Referral for her "
    "mother, who now has care of the kids.",
)
t(
    HOM,
    "",
    "V's father was deliberately run over after a row in a pub car park and died at the scene. Man charged "
    "with murder, not a driving offence.",
)
t(
    HOM,
    "",
    "HOMICIDE. Bereaved mum. Daughter's body found {when}, post mortem confirms unlawful killing, nobody charged yet.",
)
t(
    HOM,
    "knife",
    "V's nephew (17) died after being stabbed in a park, three teenagers charged with murder. V is his "
    "guardian and is struggling.",
)

# ---------------------------------------------------------------- death or serious injury by unlawful driving
t(
    DID,
    "",
    "Causing death by dangerous driving. V's daughter ({age}) killed on the {road} when a car overtaking at "
    "speed hit her head on. Driver charged.",
)
t(
    DID,
    "",
    "RTC - son seriously injured while cycling, driver was on his phone. Charged with causing serious injury "
    "by careless driving. Family asking for updates.",
)
t(
    DID,
    "",
    "Wife killed when an uninsured driver went through a red light at the {street} junction. Driver charged "
    "with causing death by careless driving and driving uninsured.",
)
t(
    DID,
    "",
    "Pedestrian V ({oage}) left with life changing injuries after being hit on a zebra crossing by a driver "
    "who failed a drugs test. Charged with causing serious injury by dangerous driving.",
)
t(
    DID,
    "",
    "Fatal collision. V's brother was a passenger in a car that crashed during a police pursuit. Driver "
    "charged with causing death by dangerous driving. Family want FLO contact.",
)
t(
    DID,
    "",
    "Bereaved parents - 17yo son killed by a drink driver on {wday} night, driver pleaded guilty to causing "
    "death by careless driving while over the limit.",
)
t(DID, "", "causing death by careless driving - motorcyclist hit by lorry turning right. referral for widow")
t(
    DID,
    "",
    "V ({age}) seriously injured as a passenger, his mate was driving at 90mph and lost control. Mate charged "
    "with causing serious injury by dangerous driving. V in rehab unit.",
)
t(DID, "", "Death by driving: V's husband killed by a disqualified driver on the {road}. Court date set.")
t(
    DID,
    "",
    "Mum of a 9yo boy hit outside school by a speeding driver; boy has a brain injury. Driver charged with "
    "causing serious injury by dangerous driving. Mum needs support.",
)
t(
    DID,
    "",
    "Grandad killed on his mobility scooter crossing the road, van driver charged with causing death by "
    "careless driving.",
)
t(
    DID,
    "",
    "Collision. V's wife died and V was injured. Other driver fell asleep at the wheel, charged with causing "
    "death by dangerous driving.",
)
t(
    DID,
    "",
    "Son (24) died after being hit by a car whose driver fled the scene; driver arrested 2 days later and "
    "charged with causing death by dangerous driving.",
)
t(
    DID,
    "",
    "Serious injury RTC - cyclist V knocked off by a driver who was on a video call, spinal injury. Careless "
    "driving causing serious injury charge.",
)
t(DID, "", "CDDD. Fatal. V's mum killed by a lorry driver who had been working 19 hours. Family referred.")

# ---------------------------------------------------------------- sexual offences
t(
    SEX,
    "",
    "Rape reported by V ({age}) after a night out in {town}; S is a man she met in {pub} that evening. ISVA "
    "referral made.",
)
t(
    SEX,
    "da",
    "V disclosed her husband has been raping her for years, 'he says it's his right as my husband'. DASH "
    "high. IDVA and ISVA referral.",
)
t(
    SEX,
    "da",
    "Sexual assault by {ex} when he came to collect the kids. V says he grabbed her and touched her breasts "
    "saying 'you still want it'. D/A.",
)
t(SEX, "", "sexual assault on bus, male touched V's thigh repeatedly and rubbed against her, got off at {street}")
t(SEX, "", "Indecent exposure - man exposed himself to V while she was jogging in {park} at {time}.")
t(
    SEX,
    "csae;onl",
    "V is 13. Groomed on {plat} by a male claiming to be 15 who persuaded her to send indecent images "
    "and then asked to meet. Parents found the messages. Referral from school DSL.",
)
t(
    SEX,
    "csae",
    "Historic CSA. V now {age}, disclosed being abused by her uncle from age 7 to 11. First time she has told anyone.",
)
t(SEX, "csae", "15 yr old girl raped at a party by an 18yo male she knew from college. Mum has reported.")
t(SEX, "", "Upskirting - V noticed a man filming up her skirt on the escalator at {station}, BTP attended.")
t(
    SEX,
    "da",
    "Rape by {bf}. V says after an argument he forced himself on her, she said no several times. Not the "
    "first time. She's frightened to go home, refuge being sought.",
)
t(
    SEX,
    "ms",
    "Trafficking for sexual exploitation. V ({age}) brought to the UK on the promise of a restaurant job, "
    "made to work in a brothel, passport held. NRM referral completed.",
)
t(
    SEX,
    "csae;ms",
    "CSE / trafficking - 16yo girl moved between hotels in {town} and {town2} by older men and sexually "
    "exploited. Children's services and police involved.",
)
t(
    SEX,
    "da;onl",
    "{Ex} posted intimate photos of V on {social} after she ended the relationship. V mortified, images "
    "reported and taken down.",
)
t(
    SEX,
    "",
    "V woke up to find her flatmate's friend touching her in bed after a party. She pushed him off. He denies "
    "it. Not a partner, met him that night.",
)
t(
    SEX,
    "",
    "Spiking and sexual assault in a club. V believes her drink was spiked, remembers a man taking her "
    "outside, woke with bruising. Forensic exam done at SARC.",
)
t(
    SEX,
    "csae",
    "Peer on peer - 14yo boy sexually assaulted by two older boys (15) in the school toilets. Parents want support.",
)
t(
    SEX,
    "csae;onl",
    "15yo boy tricked on {plat} into sending a nude, then pressured into performing sexual acts on "
    "camera for the man. No money asked for. Reported by dad.",
)
t(
    SEX,
    "",
    "Voyeurism. Landlord installed a hidden camera in the bathroom of V's rented room. Found by V. Police "
    "seized equipment.",
)
t(
    SEX,
    "da",
    "V raped by her former partner in 2018 while they were still together, only now ready to report. Wants "
    "ISVA support, worried about court.",
)
t(
    SEX,
    "",
    "{Cab} driver touched V's leg and made sexual comments, then refused to let her out until she kissed him. "
    "Reported to licensing and police.",
)
t(
    SEX,
    "csae;da",
    "V is 17. Her stepdad has been coming into her room at night and touching her. Mum doesn't believe "
    "her. Strategy meeting held.",
)
t(
    SEX,
    "",
    "ISVA referral - V raped by a man she met through work, at a conference hotel. Reported to police 3 wks later.",
)
t(
    SEX,
    "hate",
    "Trans woman sexually assaulted in nightclub toilets; the attacker used transphobic slurs and said he "
    "wanted to 'check what she was'.",
)
t(
    SEX,
    "",
    "Sexual assault at work. Manager repeatedly grabbed V's bottom in the stockroom. V has left the job. "
    "Police investigating.",
)
t(
    SEX,
    "csae;onl",
    "{yage}yo girl sent explicit messages and pictures by an adult man on {plat}; he asked her to meet "
    "at {park}. Police arrested him at the meeting point.",
)
t(
    SEX,
    "",
    "Male V ({age}) raped by another man after accepting a lift home. Very reluctant to engage, 'men don't "
    "report this'. Agreed to a male ISVA.",
)
t(
    SEX,
    "",
    "Man sat in a car masturbating outside V's house, seen by V and her daughter. Exposure. Second time this week.",
)
t(
    SEX,
    "da",
    "V's husband shares her bed against her wishes and has sexually assaulted her while she slept. She is "
    "disabled and he is her carer.",
)
t(
    SEX,
    "",
    "Sexual assault by a paid carer. V ({oage}) told her daughter the carer touched her inappropriately while "
    "washing her. Agency suspended him. Carer not related.",
)
t(
    SEX,
    "csae",
    "Historic abuse. V ({mage}) was abused by a youth football coach in the 1990s when he was 12. Operation ongoing.",
)
t(SEX, "", "Rape. V attacked in an alleyway off {street} walking home at {time}. Stranger. ISVA support accepted.")
t(
    SEX,
    "ms",
    "Woman found in a flat above a takeaway in {town}, forced into sex work to pay off a 'debt' for her "
    "travel. Traffickers controlled her phone. NRM.",
)
t(
    SEX,
    "csae",
    "CSE concerns. 15yo missing from care repeatedly, found in cars with older men, given vodka and "
    "cannabis. Disclosed sex with a 'boyfriend' aged 24.",
)
t(SEX, "", "Sexual assault in the taxi queue - man put his hand up V's skirt. CCTV requested.")
t(
    SEX,
    "da",
    "Sexual assault - V (34) says her brother-in-law groped her at a family party and has done it before. "
    "Her husband's family don't believe her.",
)
t(
    SEX,
    "csae;da",
    "16 year old assaulted by her boyfriend (19): he forced her to have sex when she said no. School nurse referral.",
)
t(SEX, "csae", "Rape - V 14, S her boyfriend, 15. Safeguarding strategy meeting held, both at same school.")
t(SEX, "", "exposure on train - man exposed himself to V and her friend between {station} and {station2}.")
t(
    SEX,
    "onl",
    "Cyberflashing. V received unsolicited explicit pictures from a stranger on {dating}, she had not "
    "matched with him.",
)
t(SEX, "", "Rape - V (20, student) by a male student in halls after a house party. Uni wellbeing involved.")
t(
    SEX,
    "onl",
    "V met S on {dating}; at their first meeting he sexually assaulted her in his car and he has since "
    "messaged her on the app calling her names.",
)
t(
    SEX,
    "csae",
    "Abuse of position of trust: teacher (34) in a sexual relationship with a 17yo pupil. Pupil's parents reported it.",
)
t(SEX, "", "V groped by a man on the dancefloor at {pub}, door staff ejected him. V wants it on record.")
t(
    SEX,
    "da;hba",
    "V (19) disclosed she was forced into marriage abroad last year and her husband rapes her. She was "
    "told leaving would bring shame on the family. Forced Marriage Unit aware.",
)
t(
    SEX,
    "csae;onl",
    "Indecent images - 14yo made to send pics to an older lad over Snapchat, who then shared them in a "
    "group chat and demanded more.",
)
t(SEX, "", "Sexual assault on an elderly lady ({oage}) in her home by a man posing as a meter reader.")
t(
    SEX,
    "csae;ms",
    "County lines and sexual exploitation. 15yo boy exploited to carry drugs and forced into sexual "
    "acts by gang members as 'payment'. NRM.",
)
t(
    SEX,
    "da",
    "On-off partner raped her on {wday}. V said 'I didn't want to, I told him, he just carried on'. DASH "
    "completed, high risk, MARAC referral.",
)
t(
    SEX,
    "da",
    "V's wife sexually assaulted her after a night out; same-sex relationship, V worried she won't be believed.",
)
t(SEX, "", "RAPE. V ({age}) assaulted by a man who offered to walk her home from {station}. Reported same night, SARC.")
t(
    SEX,
    "ms;onl",
    "V (22) recruited through an advert on {social} for modelling work, then trafficked around the UK and "
    "advertised for sex on an escort website. NRM referral.",
)
t(SEX, "", "V says her drink was spiked at {pub} and she was raped by a man she'd only just met. Toxicology pending.")
t(
    SEX,
    "da",
    "sexual assault - V says her ex-husband pinned her down and groped her when she went to drop off the "
    "kids' things. DA history.",
)
# ---------------------------------------------------------------- robbery
t(
    ROB,
    "knife",
    "Robbery at knifepoint on {street}, two males demanded V's phone and bank card, one held a kitchen "
    "knife to his side.",
)
t(ROB, "", "Phone robbery - V pushed to the ground by youths on bikes who grabbed her {phone}. Grazed knees.")
t(ROB, "", "Street robbery. V punched in the face and his wallet and watch taken outside {pub} at {time}. Cut lip.")
t(
    ROB,
    "knife",
    "Business robbery at {shop}: male with a machete demanded cash from the till, staff member {v} terrified.",
)
t(ROB, "", "V ({oage}) knocked over by a man who wrenched her handbag off her arm. Fractured wrist.")
t(
    ROB,
    "",
    "robbed of trainers and jacket by group of teens in {park}, they said they would 'batter' him if he didnt "
    "hand them over",
)
t(ROB, "knife", "V (15) robbed of his {bike} by 3 boys, one flashed a knife. Mum reported.")
t(
    ROB,
    "da",
    "{Ex} pinned V against the wall and took her bank card and phone by force, then withdrew {amt}. DA, "
    "he has a history.",
)
t(
    ROB,
    "",
    "Robbery of a delivery driver. Three males surrounded him, hit him with his own helmet and took his moped "
    "and the parcels.",
)
t(
    ROB,
    "knife",
    "Carjacking: V was getting into her {car} when a man held a blade to her and demanded the keys, then "
    "drove off in it.",
)
t(ROB, "", "Man pushed V away from the cash machine outside {shop} and took the {amt} she had just withdrawn.")
t(ROB, "hate", "V, a Sikh man, robbed of his phone by two males who pulled at his turban and called him racist names.")
t(
    ROB,
    "onl",
    "Marketplace meet-up robbery: V arranged on {market} to sell his phone, the 'buyer' turned up with a "
    "mate, they grabbed it and shoved him over.",
)
t(ROB, "", "Post office counter staff threatened with what looked like a gun, cash taken. Staff traumatised.")
t(
    ROB,
    "knife",
    "Knifepoint robbery, V approached by a male on an e-scooter: 'give me your phone or I'll shank you', "
    "knife visible.",
)
t(ROB, "", "V robbed in the lift at {station}, man threatened to hit him and took his headphones and cash.")
t(
    ROB,
    "knife",
    "'He had his hand in his pocket and said he had a blade, I believed him so I gave him my bag' - V. "
    "Male ran towards {street}.",
)
t(ROB, "", "robbery - {cab} driver assaulted and fare money taken by passengers at end of journey")
t(
    ROB,
    "da",
    "V's adult son grabbed her purse from her hand, twisting her arm, to get money for drugs. She is "
    "{oage}. He lives with her.",
)
t(ROB, "", "Jewellery shop robbery, staff threatened with a hammer, cabinets smashed and watches taken.")
t(ROB, "", "Gold chain ripped from V's neck by a passing cyclist, leaving red marks on her neck.")
t(ROB, "knife", "Shop worker at {shop} threatened with a used syringe and cigarettes taken.")
t(ROB, "", "V lured to a flat by a 'friend' and robbed of his phone, cards and PIN under threat of violence.")
t(ROB, "", "Mugged {when}. Wallet and phone. Not hurt but shaken.")
t(ROB, "knife", "V stabbed in the arm during the robbery of his moped, needed stitches. Moped not recovered.")
t(ROB, "hate", "V (wheelchair user) robbed by youths who mocked his disability while taking his phone off him.")
t(
    ROB,
    "",
    "V, a schoolboy of 13, had his phone taken off him by older boys who threatened to beat him up at the bus stop.",
)
t(ROB, "", "ROBBERY - bag snatched, V dragged along the pavement holding on to it, cuts to hands.")
t(
    ROB,
    "",
    "Two men forced their way into V's car at the lights and made him hand over his wallet and watch. No weapon seen.",
)

# ---------------------------------------------------------------- violence with injury
t(
    VWI,
    "da",
    "DA. V assaulted by {bf} at home address {when}, punched to the face causing a black eye and swelling. "
    "DASH {dash}.",
)
t(VWI, "da", "V says her husband strangled her until she nearly passed out, red marks on her neck. MARAC referral.")
t(
    VWI,
    "da",
    "ex p came to the door, forced his way in and hit V with a mug causing a cut to her head that needed "
    "glueing at A&E. kids present",
)
t(
    VWI,
    "da",
    "V ({mage}) attacked by her adult son, pushed down the stairs, broken ankle. Son has mental health "
    "issues and uses cannabis.",
)
t(
    VWI,
    "da",
    "ABH - V's girlfriend bit his arm and scratched his face during an argument. V is male, {age}, "
    "embarrassed to report.",
)
t(
    VWI,
    "da;knife",
    "V stabbed in the leg by {bf} with a kitchen knife during a row about money. Surgery. S remanded. IDVA allocated.",
)
t(
    VWI,
    "da",
    "Domestic. {v} hit over the head with a bottle by her brother at a family barbecue, lacerations. Family "
    "pressuring her not to support a prosecution.",
)
t(VWI, "da;knife", "Husband slashed V's arm with a broken glass, then locked her in the bathroom. DASH high.")
t(
    VWI,
    "da",
    "Mum (59) assaulted by her daughter (31) who pulled her hair out in clumps and punched her. Daughter is "
    "alcohol dependent.",
)
t(VWI, "da", "DV assault, {exf} threw boiling water from the kettle over V's hand, burns treated at hospital.")
t(
    VWI,
    "da",
    "V's {bf} kicked her in the stomach while she was 6 months pregnant. Bruising, baby OK. V 'doesn't "
    "want him in trouble'.",
)
t(VWI, "da", "Former partner head-butted V in the street outside her mum's house, broken nose. CCTV available.")
t(
    VWI,
    "da",
    "Assault by father-in-law, V (28) hit with a walking stick, bruised arm and swollen hand. She lives with "
    "her in-laws.",
)
t(
    VWI,
    "da",
    "grandson (20) punched his gran ({oage}) when she refused to give him money, bruising to her face. Social "
    "worker involved.",
)
t(VWI, "da", "V assaulted by {bf} AGAIN - fractured cheekbone. 4th incident this year. MARAC.")
t(
    VWI,
    "da",
    "V's brother attacked him with a hammer over an inheritance dispute, head wound and broken fingers. "
    "Both in their 40s.",
)
t(VWI, "da", "Twin sister scratched V's face and bit her during an argument about care of their mum. Both {age}.")
t(VWI, "da", "{Bf} threw V across the room, she hit the radiator, bruised ribs. 'I thought he was going to kill me.'")
t(
    VWI,
    "da",
    "ex boyfriend turned up drunk at her work and punched her in the car park, split lip + concussion. DVPO in place.",
)
t(VWI, "da", "V (19) attacked by her stepdad with a belt, welts on her back. V has moved to a friend's.")
t(VWI, "da", "GBH s18 - V's {ex} attacked her with a bat, broken arm and skull fracture. Charged s18, trial pending.")
t(
    VWI,
    "da",
    "Assault with injury. V's wife kicked him repeatedly, bruising to his legs. V has MS and relies on her. "
    "Adult social care aware.",
)
t(
    VWI,
    "da",
    "Non recent DA: V says her ex-husband broke her jaw in 2016, never reported. Reporting now because he "
    "has a new partner and she is worried.",
)
t(VWI, "da", "Teenage relationship abuse: V (17) punched by her boyfriend (18), bruised eye. He also checks her phone.")
t(
    VWI,
    "da;hba",
    "V (20) beaten by her father and brothers after they found out about her boyfriend, 'you've brought "
    "shame on us'. Bruising to face and body. Now in refuge.",
)
t(VWI, "da", "V's partner broke her finger twisting it during a row. Long history of control. DASH {dash}.")
t(VWI, "da", "Assault by son-in-law at V's home; he pushed her into a door frame, cut above her eye. V is {oage}.")
t(VWI, "da;knife", "{Ex} cut V's face with a Stanley knife when she told him it was over. Scarring likely.")
t(
    VWI,
    "da",
    "V burned with a cigarette by her partner during a row, 3 burn marks on her arm. V said 'it's only the "
    "second time'.",
)
t(
    VWI,
    "da",
    "DA. On {wday} V's husband pushed her over in the kitchen, she hit her head on the worktop - 5 stitches. "
    "Kids heard it.",
)
t(
    VWI,
    "da",
    "V (26, gay man) assaulted by his partner, black eye. Says partner threatened to out him to his family if "
    "he reported.",
)
t(VWI, "da", "Cousin punched V in the face at a wedding, broke a tooth. Both adults; long-running family feud.")
t(
    VWI,
    "",
    "V (22) punched in the face by his sister's boyfriend at the family home, bloody nose. V and the boyfriend "
    "are not related.",
)
t(VWI, "", "Assault outside {pub}, a stranger punched V causing a broken nose. Suspect arrested.")
t(VWI, "knife", "V stabbed in the back by an unknown male in {park} at {time}, taken to hospital. Life not at risk.")
t(VWI, "", "GBH - V hit over the head with a bottle by a stranger at a bus stop, cut to head needing stitches.")
t(VWI, "knife", "Glassed in the face at {pub} on {wday} night, deep cuts. Male who did it ran off.")
t(
    VWI,
    "hate",
    "Racially aggravated ABH - V, a {cab} driver, punched by a passenger who called him a 'P***' and told "
    "him to go home. Cut lip, bruising.",
)
t(
    VWI,
    "hate",
    "V attacked in {town} centre because he is gay; group shouted homophobic abuse and kicked him when he "
    "fell. Broken ribs.",
)
t(VWI, "", "Nurse assaulted by a patient on the ward, bitten on the hand, skin broken.")
t(VWI, "", "Neighbour dispute escalated, neighbour hit V with a spade, gash to arm. Not domestic.")
t(VWI, "", "Colleague punched V at work in the warehouse after an argument about shifts. Black eye.")
t(VWI, "", "V assaulted by her son (14), punched and thrown against a wall, bruised arms. CAPVA. Early help involved.")
t(VWI, "knife", "Door staff stabbed with a screwdriver by a man refused entry to {pub}.")
t(VWI, "", "V assaulted by a group of youths on the bus, kicked and punched, cut eye. Phone not taken.")
t(VWI, "", "one punch assault, V knocked unconscious at the taxi rank, head injury, in hospital 3 days")
t(VWI, "", "Football related assault - V (away fan) attacked after the match, broken jaw.")
t(
    VWI,
    "hate",
    "V is a Muslim woman; her niqab was pulled off and she was pushed to the ground by a stranger shouting "
    "about terrorists. Grazes and a sprained wrist.",
)
t(
    VWI,
    "",
    "V ({oage}) assaulted by a care worker at his home, bruising to arms from rough handling, agency suspended "
    "the carer. Not family.",
)
t(VWI, "", "Road rage: driver got out and punched V through his open window, cut lip.")
t(
    VWI,
    "hate",
    "V, who has learning disabilities, was beaten by so-called friends who called him names about his "
    "disability while they did it. Bruising.",
)
t(
    VWI,
    "hate;onl",
    "Video of the assault on V (autistic, 16) shared on {social} by the boys who attacked him while "
    "calling him a 'retard'. Cuts and bruises.",
)
t(VWI, "", "Assault at the school gates by another parent, V pushed into the railings, bruised back.")
t(
    VWI,
    "",
    "Attempted murder - V (40s) attacked with a hammer by his lodger. Serious head injuries. Lodger is not family.",
)
t(VWI, "knife", "V cut with a box cutter during a fight at a house party, 10 stitches to his hand.")
t(VWI, "", "ABH - bouncer assaulted by a drunk customer, fractured finger.")
t(VWI, "", "V (16) assaulted by a group of boys from another school, bruised face. Phone and money not taken.")
t(
    VWI,
    "knife",
    "Flatmate attacked V with a kitchen knife, defensive wounds to hands. No relationship between them, "
    "they just share the flat.",
)
t(VWI, "", "V bitten by a man during a fight in the queue at {shop}. Skin broken.")
t(VWI, "hate", "Polish delivery driver assaulted - 'go back to your own country' - kicked, bruised shin and cut elbow.")
t(VWI, "", "wounding - V hit by a brick thrown by youths while walking home, cut to forehead")
t(
    VWI,
    "ms",
    "V found with injuries at a nail bar; says the boss beats him if he makes mistakes. Works 14 hr days for "
    "no pay, sleeps in the back room. NRM referral.",
)
t(
    VWI,
    "hate",
    "Transgender V attacked outside {pub}, punched repeatedly while the males used transphobic slurs. Concussion.",
)
t(VWI, "", "Assault on police - PC {sur} suffered a broken finger arresting a male. Officer referred for support.")
t(VWI, "knife", "V (17) slashed across the cheek with a blade in a 'postcode' dispute. Plastics referral.")
t(
    VWI,
    "",
    "Fight at a kids' party between two dads not related to V; V tried to break it up and was punched, nose bleed.",
)
t(
    VWI,
    "",
    "V punched by his girlfriend's ex-partner at a party, split lip. S jealous. V has never been in a "
    "relationship with S.",
)
t(VWI, "da;hate", "V (30) assaulted by her brother, who objects to her being a lesbian; bruised face and cut lip.")
t(VWI, "", "Teacher assaulted by a pupil (15), kicked, bruised shins.")
t(VWI, "knife", "V stabbed in the arm with scissors by a customer at the salon where she works.")
t(VWI, "", "V assaulted by his landlord when asking for his deposit back, shoved down the steps, sprained wrist.")
t(
    VWI,
    "hba",
    "FGM disclosed by V ({age}) at an antenatal appointment, done abroad when she was 7. Midwife referral, "
    "police informed.",
)
t(VWI, "hba", "Girl (12): FGM confirmed by medical exam after a family trip abroad in the summer; parents arrested.")
t(
    VWI,
    "da;hba",
    "V (31) hit by her husband and mother-in-law for 'shaming the family' by talking to a male "
    "neighbour. Bruises on arms.",
)
t(
    VWI,
    "da",
    "V asked if this was about honour - she says no, her dad is just violent when he drinks. He punched her "
    "{when}, swollen eye. V is {age}.",
)
t(
    VWI,
    "ms",
    "Labour exploitation on a farm; V was beaten when he tried to leave, broken arm. He says the gangmaster "
    "keeps his passport.",
)
t(
    VWI,
    "da",
    "V's ex-partner ran her over deliberately in a supermarket car park, broken pelvis. Police treating it as "
    "attempted murder. DA, MARAC.",
)
t(
    VWI,
    "",
    "V is Black but does not think the assault was racially motivated; nothing was said. Stranger punched "
    "him at the cashpoint, cut eye.",
)
t(VWI, "da", "DA - ABH. Partner threw a plate at V, cut to the forehead. V (male) says she has done it before.")
t(VWI, "da", "V's dad (70s) assaulted by V's brother, who lives with him; broken wrist. V reporting on dad's behalf.")
t(
    VWI,
    "da",
    "'He dragged me by my hair and kicked me in the back' - V about her husband. Bruising seen by officers. "
    "DASH {dash}, IDVA offered.",
)
t(
    VWI,
    "da",
    "assault by partner - bust lip, bruised arms. V wont support prosecution, body worn video captured her injuries",
)
t(VWI, "", "V assaulted on a night out by a man she didn't know who took offence at her dancing. Broken tooth.")
t(VWI, "knife", "V attacked with a screwdriver during a dispute over a parking space, puncture wound to the shoulder.")
t(VWI, "", "Bus driver punched through the cab screen gap by a passenger who refused to pay, cut under eye.")
# ---------------------------------------------------------------- violence without injury
t(VWO, "da", "Common assault, DA. {Bf} grabbed V by the arms and shook her, no visible injury. DASH {dash}.")
t(VWO, "da", "{Ex} spat in V's face at the school gates in front of the children.")
t(
    VWO,
    "da",
    "Threats to kill - V's estranged husband told her 'I'll kill you and the kids before I let you leave'. "
    "Said face to face at the house.",
)
t(
    VWO,
    "da;knife",
    "{Bf} held a knife to V's throat during an argument, said he'd 'do her in'. No injury. Police "
    "attended, S arrested.",
)
t(VWO, "da", "V ({oage}) pushed by her adult son, no injury. Son is her main carer. Social services referral.")
t(VWO, "da", "DA - ex threw a drink over V and slapped her face in {pub}, no marks.")
t(
    VWO,
    "da",
    "V's sister pushed her against the fridge during a row about their dad's care. No injuries. Both in their 50s.",
)
t(VWO, "da", "Threats to kill from {ex} by text: 'you're dead when I find you'. V believes it. Texts only, no calls.")
t(VWO, "da;onl", "Ex sent V WhatsApp voice notes saying he would burn the house down with her in it. Threats to kill.")
t(
    VWO,
    "da;knife",
    "Mum says her son (25) came at her waving a knife and shouting, she locked herself in the bathroom. Not hurt.",
)
t(
    VWO,
    "da",
    "Husband pinned V to the bed by her wrists, no injuries seen by officers. Says this happens 'when "
    "he's had a drink'.",
)
t(VWO, "da", "DVPN served on V's partner after he pushed her during an argument. V undecided about supporting charges.")
t(VWO, "da", "Battery - partner threw the TV remote at V, it hit her shoulder, no injury.")
t(
    VWO,
    "da",
    "V's brother-in-law threatened to kill her if she reports her husband to the police. Threat made in "
    "person at the family home.",
)
t(
    VWO,
    "da;hba",
    "V (22) told by her father she will be 'taken to Pakistan and married' and killed if she refuses. "
    "Passport taken. Forced Marriage Unit contacted.",
)
t(
    VWO,
    "da;hba",
    "Forced marriage. V (19) pressured by her family to marry a cousin abroad; when she refused her uncle "
    "slapped her. FMPO being applied for.",
)
t(
    VWO,
    "hba",
    "V (15) slapped by her father for wearing make-up and talking to boys, he said she was shaming the "
    "family. No injury. School DSL referral.",
)
t(
    VWO,
    "da",
    "{Ex} blocked V's car in and banged on the window shouting he would smash her face in. V terrified he "
    "was going to do it there and then.",
)
t(VWO, "da", "V's dad grabbed her by the hair and threw her out of the house. V is 17. No injuries.")
t(
    VWO,
    "da",
    "V says her partner 'pushes me about' most weekends, never hurt bad, no marks this time. Pushed her onto "
    "the sofa on {wday}.",
)
t(VWO, "da", "Common assault by {exf} who slapped V at his front door. V is {age}. No injury. 'Not the first time.'")
t(
    VWO,
    "da",
    "DA incident - adult grandson threatened to kill his grandad ({oage}) if he didn't hand over his pension. "
    "Grandad scared to be alone with him.",
)
t(
    VWO,
    "da",
    "Partner kicked out at V and missed, then threw her keys which hit her back. No injury. V wants advice only.",
)
t(
    VWO,
    "da;knife",
    "Ex husband turned up at her flat with a screwdriver and threatened to stab her through the gap in "
    "the door chain. She believed him.",
)
t(
    VWO,
    "da",
    "Assault without injury - V's wife threw a glass of water over him and shoved him repeatedly. V ({oage}) is frail.",
)
t(
    VWO,
    "da;ms",
    "V (29) brought to the UK after her marriage; husband's family make her cook and clean 18 hrs a day, "
    "not allowed out, no money, slapped if she complains. NRM referral + IDVA.",
)
t(
    VWO,
    "",
    "Common assault. Stranger shoved V off the pavement into the road after she asked him to put his dog on a "
    "lead. No injuries.",
)
t(VWO, "hate", "V spat at on the tram by a man shouting anti-Muslim abuse. V wears a hijab. No injury.")
t(VWO, "knife", "Man pulled a knife on V in {park} after V asked him to stop shouting at kids. Walked off. No injury.")
t(VWO, "", "Assault on an emergency worker - paramedic kicked by a patient, no injury.")
t(
    VWO,
    "",
    "Threats to kill from neighbour: 'I'll put you in the ground', said over the fence. V believes it. Not DA, "
    "neighbour only.",
)
t(
    VWO,
    "",
    "Child neglect - V is the grandmother of two children left alone for days by their mother; police "
    "investigating neglect. Gran wants advice.",
)
t(
    VWO,
    "",
    "Attempted child abduction - V's daughter (11) was approached by a man who tried to get her into his car "
    "outside school, she ran off.",
)
t(
    VWO,
    "ms",
    "Forced labour. V ({age}) worked at a car wash for months with no pay; the boss kept his ID and told him "
    "he owed £5,000 for travel. Not allowed off the site. NRM positive reasonable grounds.",
)
t(
    VWO,
    "ms",
    "County lines - 15yo boy found in a flat in {town} 80 miles from home with drugs, says older men made him "
    "sell and threatened his family. NRM referral.",
)
t(
    VWO,
    "ms",
    "V recruited from Romania for farm work, wages taken by the gangmaster for 'rent', 12 men in one house, "
    "threatened if they complained. Forced labour investigation.",
)
t(
    VWO,
    "ms",
    "Cannabis farm 'gardener', V (17), locked in the property and told his family would be hurt. Treated as "
    "a victim of trafficking.",
)
t(VWO, "", "Bus driver had a drink thrown over him and was pushed by a passenger. No injury.")
t(VWO, "hate", "Racially aggravated common assault - V pushed and called a 'dirty immigrant' in the queue at {shop}.")
t(
    VWO,
    "",
    "Threats to kill. V's former business partner phoned and said he would have him killed. No relationship "
    "other than business.",
)
t(
    VWO,
    "",
    "Ex-employee came back into the shop and told the manager {v} to her face that he would kill her, then left.",
)
t(VWO, "knife", "Youth brandished a knife at V (16) at the bus station, said 'you're next'. No injury.")
t(VWO, "", "V ({oage}) grabbed by the arm by a doorstep salesman who wouldn't leave. No injury.")
t(
    VWO,
    "",
    "Child cruelty - V's ex-partner's new girlfriend smacked V's 6yo son on a contact weekend, no marks. V "
    "reporting on son's behalf.",
)
t(VWO, "", "Football coach slapped a 12yo player at training. Parent reporting.")
t(
    VWO,
    "hate",
    "V, who is blind, had his cane kicked out of his hand and was pushed by teenagers laughing at his "
    "blindness. No injury.",
)
t(VWO, "", "V, a security guard, was shoved by a shoplifter making off from {shop}. No injury. Items recovered.")
t(
    VWO,
    "knife",
    "V cornered in the stairwell of the flats by a male holding a broken bottle who told V to 'stop "
    "grassing'. No injury.",
)
t(VWO, "", "V pushed by a cyclist on the pavement after an exchange of words. No injury.")
t(
    VWO,
    "da;hba",
    "V (26) told by her brothers she would be killed for bringing shame on the family by divorcing her "
    "husband. Said in person at her flat. V now in hiding.",
)
t(
    VWO,
    "da",
    "V (35) slapped by her mother during an argument about V's new boyfriend. No injury. V says mum has "
    "always been 'handy'.",
)
t(
    VWO,
    "da",
    "V's former partner grabbed her wrist and tried to drag her into his car outside the gym, let go when a "
    "passer-by shouted. No injuries.",
)
t(
    VWO,
    "da",
    "DA standard risk. Partner threw keys at V, missed, then pushed her. V does not want action, wants advice.",
)
t(
    VWO,
    "da;onl",
    "Threats to kill sent by V's brother on Facebook Messenger after they fell out over their dad's will. "
    "V takes them seriously.",
)
t(
    VWO,
    "knife",
    "Man at the bus stop pulled out a blade and waved it at V and his friend, said 'run'. They ran. No "
    "injuries, nothing taken.",
)
t(VWO, "", "V's son (8) left in a hot car for 2 hrs by his childminder. Neglect investigation.")
t(VWO, "hate", "V, who is Jewish, was jostled and spat at near the synagogue by a man shouting antisemitic abuse.")
t(
    VWO,
    "ms",
    "Domestic servitude: V ({age}) worked as a live-in nanny for a family in {town}, passport taken, never "
    "paid, not allowed out alone. NRM.",
)
t(
    VWO,
    "ms",
    "V made to beg outside {shop} every day by men who take all the money and house him in a garage. "
    "Trafficking indicators, NRM referral.",
)
t(
    VWO,
    "ms",
    "Agency worker V (Polish) says the gangmaster holds his bank card and takes most of his wages, threatens "
    "to hurt his family back home if he leaves.",
)
t(
    VWO,
    "ms",
    "Nail bar worker, 16, brought from Vietnam, lives above the shop and works 7 days unpaid. Trafficking "
    "concern, NRM referral.",
)
t(
    VWO,
    "da;ms",
    "V's husband brought her to the UK and forces her to work in his family's restaurant unpaid; he keeps "
    "her wages and passport and pushes her around. No injuries.",
)
t(
    VWO,
    "",
    "V works at a car wash and says he is paid properly and free to leave; no concerns about his employer. "
    "Assaulted by a customer, pushed, no injuries.",
)
t(
    VWO,
    "da;hba",
    "Forced marriage: V (18) locked in her room by her parents to stop her seeing her boyfriend; wedding "
    "arranged for next month. FMPO.",
)
t(
    VWO,
    "hba",
    "V (25) threatened to her face by men from her community, not relatives, who say she shamed them by "
    "marrying outside the faith and will be killed.",
)
t(
    VWO,
    "da;hba",
    "Passport taken by parents, V (17) told she will marry her cousin in the summer. V at school, DSL "
    "referral, Forced Marriage Unit advice.",
)
t(
    VWO,
    "da",
    "Threats to kill - {famf} told V ({mage}) face to face 'I will end you' after row over money. V believes it.",
)
t(
    VWO,
    "",
    "V (10) grabbed by the arm by a stranger in {park}, pulled away by mum. Attempted abduction being investigated.",
)
t(
    VWO,
    "da",
    "COMMON ASSAULT DA. {Ex} shoved V into a wall outside the nursery. NO INJURIES. V WANTS HIM SPOKEN TO ONLY.",
)
t(VWO, "", "Slapped by a stranger in a queue at {station}. No injury, CCTV requested.")
t(
    VWO,
    "da",
    "V ({mage}) says her {fam} pushed her over in the garden, not hurt, but she is scared of what he will do next.",
)

# ---------------------------------------------------------------- stalking and harassment
t(
    SH,
    "da",
    "Coercive control. V says {bf} checks her phone, controls all the money, won't let her see friends and "
    "tracks her car. 'I have to ask to buy tampons.' DASH high.",
)
t(
    SH,
    "da",
    "{Ex} keeps turning up at V's work and home despite being told to stop. Sits outside in his car. "
    "Stalking. DASH medium.",
)
t(SH, "da;onl", "Ex sending 50+ messages a day on {plat} and made fake accounts after being blocked. V frightened.")
t(SH, "da", "Harassment by {ex} via phone calls and texts, up to 30 a day, calling her a whore.")
t(
    SH,
    "da",
    "V's ex-husband has been driving past her house several times a day since she moved. Neighbours have seen "
    "him. DA stalking.",
)
t(
    SH,
    "da;onl",
    "V's partner installed a tracking app on her phone and reads her emails, tells her what she can wear. CCB.",
)
t(
    SH,
    "da",
    "Controlling and coercive behaviour by husband over 12 yrs: took her passport, decides what she eats, "
    "makes her account for every penny. IDVA.",
)
t(
    SH,
    "da",
    "Malicious comms - V's daughter-in-law sent letters to V's church accusing her of abusing the "
    "grandchildren. Ongoing for months.",
)
t(SH, "da", "V's adult son harasses her for money, ringing 40 times a night and banging on her door. She is {oage}.")
t(
    SH,
    "da;onl",
    "Stalking by {exf}: she created an Instagram account in V's name and messaged his friends, and turns "
    "up at his gym.",
)
t(
    SH,
    "da",
    "Breach of non-molestation order - ex p contacted V 6 times by text since the order was served, saying "
    "he 'just wants to talk'.",
)
t(
    SH,
    "da",
    "Ex-partner's harassment - flowers and cards left on her car, letters through the door, 'I'll never let you go'.",
)
t(
    SH,
    "da;onl",
    "V's {ex} posted on Facebook that she is a bad mother and shared her address. Repeated posts over 2 weeks.",
)
t(
    SH,
    "da",
    "Husband controls all finances, gives V £20 a week, took her name off the bank account and checks the "
    "receipts. CCB.",
)
t(
    SH,
    "da",
    "V (52) being harassed by her sister, who phones her work and her neighbours spreading lies and has "
    "turned up at her house shouting.",
)
t(SH, "da", "Stalking - {exf} following V and his new partner, appears wherever they go. V has logged 14 incidents.")
t(
    SH,
    "da;onl",
    "Ex keeps logging into V's email and streaming accounts to see what she's doing and changes her "
    "passwords. Also texts constantly.",
)
t(
    SH,
    "da",
    "CCB. 'He tells me I'm mad, moves things around the house and says I did it, won't let me drive.' V has "
    "been with him 9 yrs. MARAC.",
)
t(
    SH,
    "da",
    "Father of V's child keeps turning up outside the nursery and following her home. Relationship ended last "
    "year. V scared.",
)
t(
    SH,
    "onl",
    "V receiving abusive {plat} messages from her ex-partner's new girlfriend, calling her names. The ex "
    "himself is not involved and V has no issues with him.",
)
t(
    SH,
    "da",
    "Harassment by ex: unwanted gifts, calls to her parents, turned up at her graduation. Restraining order "
    "in place - breach.",
)
t(SH, "da;onl", "Ex-p sending threatening emails to V's new employer claiming she steals. Continuous since they split.")
t(
    SH,
    "da",
    "Stalking, high risk. {Ex} found hiding in V's garden at 3am twice last week. V says 'he knows my every move'.",
)
t(
    SH,
    "da",
    "Controlling behaviour by V's wife: isolates him from his family, takes his wages, threatens to stop him "
    "seeing the kids. V is {age}.",
)
t(
    SH,
    "da;onl",
    "V's brother has been posting TikToks about her, mocking her weight and revealing private family "
    "info. Several videos. Both adults.",
)
t(
    SH,
    "da",
    "CCB - mother-in-law and husband control V's movements, she cannot leave the house without one of them. "
    "Immigration status used as a threat.",
)
t(SH, "da", "Ex sitting outside V's flat in his van most nights, watching. Has not spoken to her. Stalking.")
t(
    SH,
    "da;onl",
    "{Exf} repeatedly messaging V on {plat} after he ended it, saying she will kill herself if he doesn't "
    "reply. Harassment.",
)
t(
    SH,
    "da",
    "V's ex won't stop ringing her mum's landline and leaving voicemails. V (30s) feels harassed, 'it's constant'.",
)
t(
    SH,
    "da",
    "Daughter (35) harassing V, her elderly father, with letters and turning up demanding money. Ongoing 6 months.",
)
t(
    SH,
    "da",
    "Partner monitors her location through her phone, makes her send photos to prove where she is, decides "
    "her clothes. Coercive control.",
)
t(
    SH,
    "da",
    "Harassment - ex-husband repeatedly making false reports about V to social services to 'punish' her, plus texts.",
)
t(
    SH,
    "da;onl",
    "Ex hacked V's {social} account, posted messages pretending to be her and deleted her photos. Also "
    "following her on nights out.",
)
t(SH, "da", "Stalking by a man V dated for 2 months - he keeps appearing at her bus stop and outside her gym.")
t(
    SH,
    "da",
    "DA stalking. Former partner broke into V's house while she was out, read her diary and letters and "
    "moved things around to let her know he'd been there.",
)
t(
    SH,
    "",
    "Harassment by neighbour: leaving notes on V's car, shouting at V every time she goes out, filming her. "
    "Ongoing since March. Not DA.",
)
t(SH, "onl", "Malicious comms on {social} from an unknown account calling V a 'paedo' after a local dispute.")
t(
    SH,
    "hate",
    "Racially aggravated harassment - neighbours repeatedly shouting racist abuse at V and his children "
    "when they leave the house.",
)
t(
    SH,
    "onl",
    "Cyberstalking - a man V has never met comments on all her {social} posts, has found out where she works "
    "and sent flowers there.",
)
t(
    SH,
    "",
    "Harassment at work, a colleague keeps making comments about V's appearance and leaving notes in her locker. "
    "HR involved, police report made.",
)
t(SH, "hate;onl", "Homophobic messages sent to V on WhatsApp from a number he doesn't know, ongoing for a month.")
t(SH, "", "V being stalked by a customer from the pharmacy where she works; he waits outside at closing time.")
t(SH, "onl", "V runs a local Facebook group; one member sends her abusive DMs daily since she removed his post.")
t(SH, "", "Ex-landlord keeps contacting V demanding money and has turned up at her new address. Not DA.")
t(
    SH,
    "hate;onl",
    "V (wheelchair user) targeted with abusive comments on TikTok after posting about accessible "
    "parking, including disablist slurs, from the same few accounts for weeks.",
)
t(SH, "", "Malicious comms: anonymous letters posted through V's door accusing her of having an affair. Four so far.")
t(
    SH,
    "onl",
    "Ex-friend posting V's personal details online and encouraging people to message her. V getting calls "
    "from strangers.",
)
t(SH, "hate;onl", "Antisemitic emails sent to V at work, same sender, over several weeks.")
t(
    SH,
    "",
    "Stalking by a man V went to school with 20 yrs ago; he turns up at her house and has been seen outside "
    "her kids' school. There has never been any relationship.",
)
t(SH, "", "Harassment by V's former supervisor; repeated unwanted texts and calls asking her out after she said no.")
t(
    SH,
    "onl",
    "V's daughter (15) being bullied on {plat} by girls at school, messages telling her to kill herself. Mum "
    "reporting malicious comms.",
)
t(
    SH,
    "",
    "Stalking: V keeps finding the same man outside her flat and at the supermarket; he has called her by name. "
    "Unknown male.",
)
t(SH, "onl", "Harassment by email and on LinkedIn from a former client who blames V for his business failing.")
t(
    SH,
    "hate",
    "V (trans man) harassed by a neighbour who deliberately misgenders him loudly and keeps putting notes "
    "through the door about his gender.",
)
t(
    SH,
    "",
    "V's former lodger keeps texting and calling, saying she owes him money. Not related, never in a relationship.",
)
t(
    SH,
    "onl",
    "Doxxing - V's address posted on a forum after she left a bad review for a business; strangers have turned up.",
)
t(
    SH,
    "",
    "Harassment by V's daughter's ex-boyfriend, who keeps ringing V and turning up at her house looking for "
    "the daughter.",
)
t(SH, "onl", "Fake profile of V created on {dating} using her photos, men contacting her. Suspect unknown.")
t(SH, "", "Stalking by a patient - GP receptionist V followed home by a patient, he has turned up three times.")
t(
    SH,
    "da;hba",
    "V (24) getting constant calls and visits from her uncles and cousins telling her to go back to her "
    "husband or 'face the consequences' for dishonouring the family.",
)
t(
    SH,
    "da;onl;hba",
    "V's family monitor her {social}, her brother messages her friends and has threatened to tell "
    "the community she has a boyfriend; V says it is about 'izzat'.",
)
t(
    SH,
    "da;hate;hba",
    "V (27, gay man) harassed by his family to marry a woman 'for the family's honour'; cousins "
    "turning up at his flat calling him disgusting.",
)
t(SH, "hate", "Muslim family getting repeated notes through the door saying 'go home'. Fifth note this month.")
t(
    SH,
    "",
    "harrassment - neighbour keeps photographing V's kids in the garden and shouting at them, been going on "
    "since summer",
)
t(
    SH,
    "da",
    "Harrassment by ex girlfriend, rings him from withheld numbers and has told his employer lies. V is {age}. "
    "He has asked her to stop.",
)
t(SH, "da", "Stalking. V's {ex} hid a GPS tracker under her car; she found it after he kept turning up where she was.")
t(
    SH,
    "da",
    "V's ex keeps sending her letters through his mum, even though there is a restraining order. V 'can't breathe'.",
)
t(SH, "", "Colleague (no relationship, only work) keeps following V to her car and sending texts. Company aware.")
# ---------------------------------------------------------------- burglary
t(BUR, "", "Burglary dwelling. Rear door forced at {street}, {town}, while V at work. Jewellery and laptop taken.")
t(BUR, "", "Shed broken into overnight, lawnmower and power tools gone.")
t(BUR, "", "Bike stolen from V's locked garage, padlock cut.")
t(
    BUR,
    "",
    "Distraction burglary - man posing as a water board official kept V ({oage}) talking at the back door "
    "while an accomplice took cash from the bedroom.",
)
t(BUR, "da", "{Ex} let himself into V's flat with a key he'd kept, took her laptop and TV. DA, they split last month.")
t(BUR, "", "Business burglary at the community centre, kitchen window smashed, charity tin and tablet taken.")
t(BUR, "", "Came home to find the house ransacked. Police attended, SOCO visited. Jewellery box and passports taken.")
t(BUR, "", "Attempt burglary - someone tried to jemmy the back door {when}, marks on the frame, didn't get in.")
t(BUR, "", "Burglary at V's mum's house while she's in hospital; V reporting for her. TV and purse gone.")
t(
    BUR,
    "",
    "Aggravated burglary. Three masked males forced entry at {time}, one seen on the doorbell camera carrying a "
    "knife; family hid upstairs and were not confronted. Electronics taken.",
)
t(BUR, "", "Allotment shed broken into, tools and a strimmer taken.")
t(BUR, "", "Student house burgled, 3 laptops taken, V's dissertation was on one of them.")
t(
    BUR,
    "da",
    "V's son (26), who doesn't live with her, broke in through the kitchen window while she was out and took "
    "money from her purse and her jewellery.",
)
t(
    BUR,
    "",
    "Burglary - sneak-in through the unlocked front door while the family watched TV, handbag taken from the hallway.",
)
t(BUR, "", "Church broken into, collection money and candlesticks stolen. Church warden V.")
t(BUR, "", "Burglars took V's car keys from the hall and stole the {car} from the drive.")
t(BUR, "", "Break in at V's flat {when}. Door kicked in. Nothing taken as far as she knows but she feels unsafe.")
t(BUR, "", "Garage burglary: two mountain bikes and a drill taken, side door forced.")
t(BUR, "", "Dwelling burglary while V on holiday - neighbour noticed the open window. Items not yet known.")
t(BUR, "", "Burglary at the corner shop overnight, shutters forced, cigarettes and cash taken.")
t(BUR, "hate", "Burglary at the mosque - donation boxes taken and offensive anti-Muslim graffiti left inside.")
t(
    BUR,
    "",
    "Burglary. Key safe code used to get into V's house (V is {oage} and has carers). Cash taken from a tin. "
    "Police looking at who knew the code.",
)
t(BUR, "", "Burgled. Not much taken, TV and xbox. Insurance ref needed.")
t(BUR, "", "Burglary at the care home office - petty cash and residents' tablets taken.")
t(
    BUR,
    "da",
    "V's estranged husband forced his way into the house while she was out and took the children's "
    "passports and her documents.",
)
t(BUR, "", "V woke at 4am to find a stranger in her bedroom; he ran off with her handbag. V very frightened.")
t(BUR, "", "Office burglary - laptops and petty cash. Office manager V.")
t(BUR, "", "Attempted break-in, V disturbed a man at the patio door and he ran off. No entry gained.")
t(
    BUR,
    "da",
    "D/A burglary. V's brother (30s), who she had barred from the house, got in through the back window "
    "and took her bank cards. V doesn't want him arrested.",
)
t(BUR, "", "Outbuilding at the farm broken into and the quad bike stolen.")
t(BUR, "", "Burglary at the primary school, IT room, 10 laptops. Head teacher V.")
t(
    BUR,
    "",
    "burglary - V's house, back window smashed, gold and cash taken, V ({oage}) lives alone and is scared to "
    "stay there",
)
t(BUR, "", "Lock snapped on V's front door, house entered, Xbox, laptop and designer bags gone. Neighbour saw 2 males.")
t(BUR, "", "BURGLARY - garden room/office broken into, camera equipment worth {bigamt}.")
t(
    BUR,
    "",
    "V's friend is in a DV relationship and V is worried about her; V is reporting her own burglary, back door "
    "forced, nothing to do with the friend.",
)

# ---------------------------------------------------------------- possession of weapons
t(
    WPN,
    "",
    "Man seen carrying a machete in {park} near the play area, police attended and arrested him. No threats "
    "made to anyone. V (mum) shaken.",
)
t(WPN, "", "Knife found in a pupil's bag at school, pupil aged 15. Teacher V who found it referred for support.")
t(
    WPN,
    "",
    "Neighbour seen firing an air rifle in his back garden towards the street, nobody hit. Firearms officers attended.",
)
t(
    WPN,
    "",
    "Male arrested outside {pub} with a lock knife in his pocket after door staff searched him. Door "
    "supervisor V gave a statement.",
)
t(
    WPN,
    "",
    "V's son (19) arrested for possession of a knife in the town centre; V worried about him and wants "
    "support as a parent.",
)
t(
    WPN,
    "",
    "Bailiffs found a handgun hidden in V's rented-out flat after the tenant left. V (landlord) unaware. "
    "Firearm seized.",
)
t(WPN, "", "Man walking through the estate with a crossbow, not pointing it at anyone, residents including V alarmed.")
t(WPN, "", "Bladed article found on a drunk customer by bar staff V; police arrested him. V asked about witness care.")
t(
    WPN,
    "",
    "Male in V's shop had a hammer tucked in his waistband; police arrested him for possession of an offensive "
    "weapon. No threats made.",
)
t(
    WPN,
    "",
    "Man seen on {street} with what looked like a handgun in his belt, armed police attended, BB gun "
    "recovered. Witness V very shaken.",
)
t(
    WPN,
    "",
    "Machete carried openly on the bus by a male, passengers including V scared, no threats. Arrested at {station}.",
)
t(
    WPN,
    "da",
    "V's {ex} was arrested carrying a knife near her house; he has not threatened her with it. DA, bail "
    "conditions not to contact her.",
)
t(
    WPN,
    "",
    "Pupil (14) brought a knife into school and showed it to friends; no threats. Another pupil's mum V reporting.",
)
t(
    WPN,
    "",
    "Firearms - neighbour has been firing a shotgun in his garden at night, police seized the unlicensed "
    "weapon. V next door frightened.",
)
t(
    WPN,
    "",
    "Knuckleduster and extendable baton found in a car stopped outside V's house, driver arrested. V saw it all.",
)
t(
    WPN,
    "",
    "Teenagers at the bus shelter showing each other a zombie knife, no threats to anyone. V (shop owner "
    "opposite) called police.",
)

# ---------------------------------------------------------------- criminal damage and arson
t(CDA, "", "Car keyed along both sides outside V's house {when}. No suspects.")
t(CDA, "", "Windows smashed at V's house by youths throwing stones.")
t(CDA, "da", "Ex smashed V's phone and TV during a row, no assault. DA, DASH standard.")
t(
    CDA,
    "da",
    "Arson - V's {ex} poured petrol through her letterbox and set it alight, V and the kids got out. DA, MARAC.",
)
t(CDA, "hate", "Racist graffiti sprayed on V's front door and car. Family are of Pakistani heritage.")
t(CDA, "", "Wheelie bins set alight at the rear of {street}, fire spread to V's fence.")
t(CDA, "", "Criminal damage to V's car - both wing mirrors kicked off.")
t(
    CDA,
    "da",
    "{Bf} punched holes in the walls and broke the bedroom door when V locked herself in. No physical "
    "assault this time.",
)
t(CDA, "", "Neighbour cut down V's fence panels and hedge during a boundary dispute.")
t(CDA, "hate", "Rainbow flag torn down and burnt in V's front garden, 'no gays here' written on the wall.")
t(CDA, "da", "V's adult daughter smashed up the kitchen when V refused to give her money. V (64) scared of her.")
t(CDA, "", "All four tyres on V's van let down and the valves broken overnight, third time this month.")
t(CDA, "", "Eggs and flour thrown at V's house and car, paintwork damaged.")
t(CDA, "da", "Ex-girlfriend scratched 'cheat' into V's car paintwork. DA.")
t(CDA, "", "Arson - car set alight on the drive at 2am, fire service attended. V has no idea who.")
t(CDA, "hate", "V's shop (she is Jewish) had a swastika scratched into the window.")
t(CDA, "", "Damage to V's garden: plants ripped up and ornaments smashed. Suspect kids from the estate.")
t(CDA, "", "V's dog was kicked by the neighbour, fractured leg, vet bills {amt}. V wants action.")
t(
    CDA,
    "da",
    "Husband threw V's belongings in the bath and poured bleach on her clothes, also broke her glasses. She "
    "says he has never hit her.",
)
t(CDA, "", "Shop window put through by a drunk male at closing time, caught on CCTV. Nothing taken.")
t(CDA, "", "Graffiti tags on V's garage door again.")
t(
    CDA,
    "da",
    "Son (19) kicked the front door in after V locked him out for being drunk; damage to the frame, nobody hurt.",
)
t(CDA, "", "Criminal damage - someone poured paint stripper on V's car bonnet. Suspect neighbour over parking.")
t(CDA, "hate", "V's mobility scooter vandalised and 'cripple' written on the seat.")
t(CDA, "", "Arson at the community allotments - shed burnt out. Nobody hurt.")
t(CDA, "da", "{Ex} smashed V's windscreen with a brick in the early hours, seen by a neighbour. DA history.")
t(CDA, "", "Youths smashed the glass in V's front door after she told them to get off her wall.")
t(CDA, "da", "Brother broke V's mobile and laptop during an argument at their parents' house, both adults.")
t(CDA, "", "Drunk passenger kicked dents in the door of V's {cab} when asked to pay upfront.")
t(CDA, "", "Paint thrown over V's front door; V thinks it's the same people as last month.")
t(CDA, "da", "Wife ripped up V's suits and smashed his guitar when she found messages on his phone.")
t(CDA, "", "Arson: fire set in the communal bin store of V's block, smoke damage to her flat door.")
t(
    CDA,
    "hate",
    "Windows of the family's new home smashed the night after they moved in; note left saying 'no immigrants'.",
)
t(CDA, "", "Keyed cars on {street}, V's car one of 6.")
t(
    CDA,
    "da",
    "DA - damage only. Partner threw V's phone against the wall, screen smashed, so she couldn't call her mum.",
)
t(CDA, "", "Someone snapped V's car aerial and wipers.")
t(CDA, "", "V's greenhouse smashed by stones thrown from the alley.")
t(CDA, "", "Criminal damage at the school - classroom windows smashed over the weekend. Head teacher V.")
t(
    CDA,
    "da",
    "Step-son (22) set fire to V's bedding while she was out; fire service put it out. V (50s) won't let him back.",
)
t(CDA, "", "Someone pushed a lit firework through V's letterbox, door mat burnt, scorching to the hallway.")
t(CDA, "", "Criminal damage to car. Not DA - V thinks it's a lad from work, no relationship.")
t(CDA, "da", "CRIM DAMAGE / DA. Ex kicked V's door off its hinges when she wouldnt let him in. V not injured.")
t(
    CDA,
    "",
    "V's friend's boyfriend smashed V's car window after a row at a party. V has never been in a relationship "
    "with him.",
)
t(CDA, "", "damage to V's fence and shed roof, kids climbing over from the field")
t(
    CDA,
    "da",
    "V's mother (V is {age}) cut the power cable of V's laptop and smashed her phone to stop her going out. "
    "First time she has done anything like it.",
)

# ---------------------------------------------------------------- vehicle offences
t(VEH, "", "Car stolen from outside V's house overnight, keyless entry. {car}.")
t(VEH, "", "Theft from motor vehicle - work tools taken from V's locked van on {street}.")
t(VEH, "", "Catalytic converter cut off V's car in the station car park.")
t(VEH, "", "Sat nav and sunglasses taken from V's unlocked car on the drive.")
t(VEH, "", "Number plates stolen off V's car.")
t(VEH, "", "Aggravated vehicle taking - V's car taken and crashed into a wall, found abandoned. Nobody hurt.")
t(
    VEH,
    "da",
    "V's {ex} took her car without permission and won't give it back, says it's 'his' though it's in her name. DA.",
)
t(
    VEH,
    "",
    "Someone tried the door handles on all the cars on {street} at 3am, V's car interfered with, nothing "
    "taken. Caught on doorbell cam.",
)
t(VEH, "", "Van stolen from the work yard, {car}.")
t(VEH, "", "Motorbike stolen from outside V's flat, chain cut.")
t(VEH, "", "theft of car - V's {car} stolen from the supermarket car park while she was shopping")
t(VEH, "", "Handbag stolen from V's car when she left it unlocked at the petrol pump.")
t(
    VEH,
    "da",
    "DA. V's husband took the car keys and drove her car off so she couldn't get to work; he's banned from driving.",
)
t(VEH, "", "Moped stolen from outside V's house, found dumped two streets away.")
t(VEH, "", "Parcels stolen from the delivery van while driver V was at a door.")
t(VEH, "", "Camper van stolen from V's drive, it had all their holiday gear in it.")
t(VEH, "", "Relay theft: keyless car taken in 60 secs, CCTV shows two men.")
t(VEH, "", "Disabled blue badge stolen from V's car.")
t(VEH, "", "Tools stolen from V's van again, 3rd time, it's his livelihood.")
t(VEH, "", "Wheels stolen off V's car, left on bricks.")
t(VEH, "", "Car broken into, laptop bag taken from the boot in the {park} car park.")
t(VEH, "", "Vehicle crime - car stolen overnight.")
t(VEH, "", "Van taken from V's drive while the engine was running to defrost the windscreen.")
t(VEH, "", "V's {cab} stolen while he was getting a coffee.")
t(VEH, "", "TWOC - V's {car} taken by person unknown, recovered next day undamaged.")
t(VEH, "", "Theft from car: someone got into V's car in the night and took loose change and a coat.")
t(
    VEH,
    "da",
    "Adult daughter (25) took V's car without asking after a row and has kept it for a week; V ({mage}) "
    "says she takes things to hurt her.",
)

# ---------------------------------------------------------------- theft from the person
t(TFP, "", "Pickpocket - V's wallet taken from her handbag while she was on the bus, didn't feel a thing.")
t(TFP, "", "Phone snatched from V's hand by a lad on an e-bike; no force on V, she wasn't touched or hurt.")
t(TFP, "", "Purse taken from V's coat pocket at the market on {wday}. Cards later used at {shop}.")
t(
    TFP,
    "",
    "V ({oage}) had her purse stolen from the handbag over her shoulder at the checkout, not noticed till later.",
)
t(TFP, "", "Phone taken from back pocket at a festival.")
t(TFP, "", "Wallet gone from V's jacket by the time she got off the train at {station}. Pickpocket suspected.")
t(TFP, "", "Phone lifted from V's jacket pocket in the crowd at the match.")
t(TFP, "", "pickpocketed at {station}, lost wallet with {amt} and bank cards")
t(
    TFP,
    "",
    "Two women distracted V in the street asking for directions while one took his wallet from his inside pocket.",
)
t(TFP, "", "V's phone taken out of her hand by a passing cyclist. V unhurt, not touched.")
t(TFP, "", "Wallet stolen from V's rucksack on his back on the train, zip found open.")
t(TFP, "", "Pickpocket at the Christmas market - purse and railcard.")
t(
    TFP,
    "",
    "V, who walks with a frame, had his wallet taken from his pocket by a man 'helping' him up the steps. No "
    "comments about his disability, opportunist.",
)
t(TFP, "", "Phone dipped from V's coat while she was dancing at {pub}.")
t(TFP, "", "Theft from person. {phone} taken from V's bag on the escalator.")
t(TFP, "", "THEFT FROM PERSON - wallet stolen from back pocket in the queue at {shop}.")
t(TFP, "", "Someone unzipped V's bag on the tram and took her purse; V only noticed when she went to pay.")

# ---------------------------------------------------------------- bicycle theft
t(BIKE, "", "Bike nicked from outside station.")
t(BIKE, "", "{Bike} stolen from the bike rack at work, D-lock cut.")
t(BIKE, "", "Son's bike taken from the front garden, it wasn't locked.")
t(BIKE, "", "E-bike stolen outside {shop} while V was inside for 5 mins. Delivery rider, lost income.")
t(BIKE, "", "Bicycle stolen from the bike shelter outside the flats.")
t(BIKE, "", "Bicycle theft - {bike} taken from outside V's house, chained to the railings, chain cut.")
t(BIKE, "", "V's kid's bike taken from the school bike racks.")
t(BIKE, "", "Bike theft, again. third one this year from the university racks.")
t(BIKE, "", "Bike taken from the open back yard of V's terrace, gate was unlocked.")
t(BIKE, "", "V's road bike (worth {bigamt}) stolen from outside a cafe during a ride.")
t(BIKE, "", "Mountain bike taken from V's front garden overnight while V was asleep.")
t(BIKE, "", "Bicycle stolen from the station racks, lock left behind cut.")
t(BIKE, "", "Cycle theft - V's tandem taken from outside {pub}.")
t(BIKE, "", "kids bike stolen from outside the library, was locked")
t(
    BIKE,
    "",
    "Adapted tricycle stolen from outside V's house; V has cerebral palsy and relies on it. No indication she "
    "was targeted for her disability.",
)
t(BIKE, "", "V's bike was taken from where he'd left it by the canal while he was fishing.")
t(
    BIKE,
    "",
    "V asked about DA support 'just in case' but says her partner has never been abusive; she is reporting "
    "her {bike} stolen from the station.",
)
t(BIKE, "", "Pedal cycle theft, {bike}, from outside the gym on {street}.")

# ---------------------------------------------------------------- shoplifting
t(SHOP, "", "Shoplifting at {shop}, male took meat and razors, staff member {v} was sworn at as he left.")
t(
    SHOP,
    "",
    "Repeat shoplifter at {shop}, took alcohol worth {amt}. Store manager V wants support about the impact on staff.",
)
t(SHOP, "", "Theft from shop - 2 women filled bags with clothes and ran out.")
t(SHOP, "", "Shoplifting. Baby formula. Staff didn't intervene.")
t(SHOP, "", "Pharmacy V reports ongoing theft of toiletries by the same group of youths.")
t(SHOP, "", "Shop theft: man walked out of {shop} with a TV without paying.")
t(
    SHOP,
    "",
    "Garden centre: plants and tools taken from the outdoor display by a couple who loaded their car and drove off.",
)
t(SHOP, "", "Small business owner V: shoplifters twice this week, cameras show the same man.")
t(
    SHOP,
    "",
    "Shoplifter told staff 'I'll come back and find you' as he walked out with stolen goods. Staff member V upset.",
)
t(SHOP, "", "Stock loss: staff V caught a teenager with sweets in his coat, he ran off.")
t(SHOP, "hate", "Shoplifter racially abused shop worker V when challenged, calling him a 'P***', and left with cans.")
t(SHOP, "", "Shoplifting - perfume from the department store, 5 bottles.")
t(SHOP, "", "Owner of the corner shop says kids keep coming in and taking chocolate bars, every day after school.")
t(SHOP, "", "Self-checkout theft - customer scanned cheap items and bagged expensive ones without paying for them.")
t(SHOP, "", "Shop theft at {shop} - 2 males, spirits, approx {amt}.")
t(SHOP, "", "Petrol station shop, male took energy drinks and vapes from the counter and walked out.")
t(SHOP, "", "SHOPLIFTING. Steak and coffee. Same male as last week. Manager V fed up.")
# ---------------------------------------------------------------- other theft
t(OTH, "", "Parcel stolen from V's doorstep after delivery, seen on the doorbell camera.")
t(OTH, "", "Making off without payment - petrol drive-off at V's garage, {amt} of fuel.")
t(
    OTH,
    "da",
    "V's adult son has been taking cash from her purse for months, about {bigamt} in total. She is {oage}. DA.",
)
t(
    OTH,
    "",
    "Theft by employee - V (business owner) found a member of staff taking money from the till over several weeks.",
)
t(OTH, "da", "Partner pawned V's jewellery without her knowledge, including her late mum's ring.")
t(OTH, "", "Theft of mail - V's post, including bank letters, going missing from the communal post boxes.")
t(OTH, "", "Paid carer stole rings and cash from V's mother's house. Care agency informed. Carer is not family.")
t(OTH, "onl", "Blackmail - man V chatted to on {dating} is demanding {amt} or he will tell V's wife about their chats.")
t(OTH, "", "Theft from V's garden - statue and hanging baskets taken overnight.")
t(OTH, "", "Wallet left on the bus; someone took the cash and handed it in empty.")
t(OTH, "", "Theft of V's handbag from the back of her chair in {pub}.")
t(OTH, "", "Theft at work: V's purse taken from the staff room.")
t(
    OTH,
    "da",
    "V's adult daughter steals her pension money from her handbag every week. V ({oage}) frightened to challenge her.",
)
t(OTH, "", "Phone left on the table in a cafe was taken when V went up to the counter.")
t(OTH, "", "Theft of V's dog from her back garden. Microchipped French bulldog.")
t(OTH, "", "Heating oil stolen from the tank at V's farmhouse.")
t(OTH, "", "Lead stolen from the church roof. Church warden V.")
t(OTH, "", "Making off without payment: {cab} passenger ran off without paying a {amt} fare.")
t(OTH, "", "Making off - diners left the restaurant without paying a {amt} bill. Owner V.")
t(OTH, "da", "{Ex} sold V's PlayStation and her son's laptop after she moved out, without her permission. DA.")
t(OTH, "", "Theft of V's purse at work from her locker.")
t(OTH, "da", "Brother stole V's late father's medals and sold them. Both adults; V (47) devastated.")
t(OTH, "", "Blackmail: V receiving letters demanding {bigamt} or 'your business will burn'.")
t(
    OTH,
    "onl",
    "Blackmail email: sender claims to have hacked V's webcam and demands Bitcoin or an 'embarrassing' video "
    "goes to his contacts.",
)
t(OTH, "", "Theft from allotment plot - vegetables and water butt.")
t(OTH, "", "Tools stolen from the open building site where V is site manager.")
t(OTH, "", "Someone took V's washing off the line.")
t(
    OTH,
    "da",
    "V ({oage}) says her grandson (21), who lives with her, has been taking her pension money and giving her "
    "only a little back. Financial abuse.",
)
t(OTH, "", "Handbag taken from V's trolley in the supermarket car park while she loaded the boot. Not on her person.")
t(OTH, "", "Ring taken from V's bedside locker on the hospital ward.")
t(OTH, "", "Theft of V's bag from the gym changing room.")
t(OTH, "", "Theft - V's phone charging behind the bar at {pub} was taken.")
t(
    OTH,
    "da",
    "Financial abuse. V's wife has been taking money from his wallet and the house savings tin for a year. V "
    "({oage}) has dementia, son reporting.",
)
t(OTH, "", "Plants and a bench stolen from outside V's cafe.")
t(OTH, "", "Fuel drive off, {amt}, plates cloned.")
t(OTH, "", "theft of post. Christmas cards with cash missing. V thinks the postie?")

# ---------------------------------------------------------------- fraud and computer misuse
t(
    FRD,
    "onl",
    "Romance fraud. V ({oage}) met 'Mark' on {dating}, he claimed to be an engineer on an oil rig; V has "
    "sent {bigamt} over 6 months.",
)
t(
    FRD,
    "",
    "Courier fraud - V ({oage}) called by a 'police officer' saying her bank staff were corrupt, she withdrew "
    "{bigamt} and handed it to a courier at her door.",
)
t(FRD, "onl", "Bought a puppy on {market}, paid {amt} deposit by bank transfer, seller vanished.")
t(FRD, "onl", "WhatsApp 'Hi Mum' scam, V transferred {bigamt} thinking it was her daughter with a new number.")
t(FRD, "", "HMRC phone scam, V told she owed tax and would be arrested, paid {amt} in gift cards. Phone call only.")
t(FRD, "onl", "Instagram account hacked, fraudster selling fake concert tickets to V's followers.")
t(
    FRD,
    "da",
    "Economic abuse: V's ex-husband took out three loans in her name while they were together, total {bigamt}. DA.",
)
t(
    FRD,
    "da;onl",
    "V's adult son has been using her bank card for online shopping without her permission, {bigamt} spent.",
)
t(FRD, "", "Doorstep rogue trader charged V ({oage}) {bigamt} for roof repairs that were never needed and never done.")
t(FRD, "onl", "Investment scam - crypto trading platform advertised on {social}, V invested {bigamt}, can't withdraw.")
t(FRD, "", "Bank card cloned, {amt} spent in shops V has never visited.")
t(FRD, "onl", "Phishing email pretending to be V's bank; she entered her details on a fake website, {bigamt} taken.")
t(
    FRD,
    "onl",
    "'Your parcel is held' text - V clicked the link and entered her card details on the website, {amt} taken.",
)
t(FRD, "", "Bank impersonation call - V moved {bigamt} to a 'safe account'. Phone call only.")
t(
    FRD,
    "da",
    "DA financial abuse - partner opened credit cards in V's name and maxed them out; V only found out when "
    "debt collectors wrote.",
)
t(
    FRD,
    "onl",
    "Identity fraud: someone has opened a mobile phone contract and two online shopping accounts in V's name.",
)
t(FRD, "onl", "Hacked email account used to send payment requests to V's clients; one client paid {bigamt}.")
t(FRD, "", "Fake charity collector at the door took {amt} from V ({oage}).")
t(FRD, "onl", "Non-delivery: V paid {amt} for a PS5 on {market}, it never arrived and the seller blocked her.")
t(FRD, "onl", "V sold his car; the 'buyer' sent a fake payment screenshot on WhatsApp and drove off in it.")
t(FRD, "", "Rogue builder took a {bigamt} deposit for an extension, gave a false company address and never came back.")
t(
    FRD,
    "onl",
    "V applied for a job advertised on {social}, was asked to pay {amt} for 'training', the job didn't exist.",
)
t(FRD, "da", "Grandson (24) used V's bank details to set up direct debits for his own phone and gym. V is {oage}.")
t(FRD, "onl", "V's {social} account hacked and locked, hacker messaging her friends asking for money.")
t(FRD, "", "Pension scam: V transferred {bigamt} of his pension to a 'company' after a cold call.")
t(
    FRD,
    "onl",
    "Dating site contact 'Sarah' asked V ({age}) for money for flights to come and see him, {bigamt} sent. "
    "She never existed.",
)
t(FRD, "onl", "Holiday booking fraud: villa booked through a fake website, {bigamt} gone.")
t(FRD, "", "Cheque fraud: V's cheque altered from {amt} to a much larger sum.")
t(
    FRD,
    "onl",
    "Computer software service fraud - caller said V's computer had a virus, V let them remote in, they got "
    "into his online banking.",
)
t(FRD, "da", "V's wife forged his signature on a remortgage application, {bigamt} released. Separated now. DA.")
t(FRD, "", "Cold caller sold V ({oage}) an overpriced, useless burglar alarm, claiming to be from the council.")
t(FRD, "onl", "Bought concert tickets from someone in a fan group on {social}, tickets fake.")
t(FRD, "", "Contactless card used for {amt} after V lost her purse in town.")
t(
    FRD,
    "da;onl",
    "V's ex logged into her online banking (he knew her password) and transferred {bigamt} to himself "
    "after they split.",
)
t(
    FRD,
    "onl",
    "Conveyancing fraud: V got an email that looked like it was from her solicitor with new bank details "
    "and sent her {bigamt} deposit.",
)
t(FRD, "onl", "Fake refund scam, V gave remote access to her laptop, lost {bigamt}.")
t(FRD, "", "Identity theft: someone applied for Universal Credit in V's name. DWP investigating.")
t(FRD, "onl", "V paid for a car on {market}, went to collect it and the address didn't exist.")
t(FRD, "", "Lottery scam letter; V ({oage}) sent a {amt} 'release fee' by post. Repeat victim.")
t(FRD, "da;onl", "V's daughter (30) has been applying for credit online in V's name and diverting the post.")
t(FRD, "", "Rental scam: V paid a {amt} holding deposit to view a flat, the 'landlord' didn't own it.")
t(FRD, "onl", "Computer misuse: V's ex-colleague accessed her work email and forwarded confidential files.")
t(FRD, "", "Man switched price labels? no - V's card details taken by a waiter and used, {amt}.")
t(
    FRD,
    "onl",
    "Fraud. V scammed on {market} - sent item, buyer claimed it never arrived and got refund. Platform not helping.",
)
t(FRD, "", "Doorstep scam: two men claiming to be from the council took {amt} from V ({oage}) for 'drain inspection'.")
t(FRD, "onl", "V lost {bigamt} in a fake investment advertised using a celebrity's face on {social}.")
t(FRD, "", "fraud - cards used after bank details taken over phone by someone pretending to be from the bank")
t(
    FRD,
    "da",
    "Economic abuse: V's husband took out a car on finance in her name by pretending to be her. They have "
    "split. DASH {dash}.",
)
t(FRD, "", "Invoice fraud on V's small business: a paper invoice from a fake supplier, {bigamt} paid.")

# ---------------------------------------------------------------- drug offences
t(DRG, "", "Cannabis farm found in V's rented-out house by the letting agent, tenants gone.")
t(
    DRG,
    "",
    "Drug dealing from the flat next door, V sees handovers through the window daily, people knocking on her "
    "door by mistake at night.",
)
t(DRG, "", "Dealer using V's front garden to stash packages; V found bags of white powder in her hedge.")
t(DRG, "", "Neighbours dealing crack, needles left on the stairs of V's block. V has young kids.")
t(DRG, "", "Cannabis being grown in the loft next door, strong smell, V's kids' bedroom adjoins it.")
t(DRG, "", "Men dealing drugs from a car parked outside V's house every evening.")
t(DRG, "", "V found cocaine wraps and scales in her lodger's room and reported it.")
t(DRG, "", "Drug dealing in the park where V walks her dog; she has been offered drugs twice.")
t(DRG, "", "V's 14yo bought THC vapes from a man at the bus station; mum reporting the dealer.")
t(DRG, "", "Pub landlord V found cocaine wraps in the toilets and a customer dealing; police informed.")
t(DRG, "", "Local dealer keeps coming to V's house to supply drugs to her vulnerable adult son; V wants it stopped.")
t(DRG, "", "Dealer operating from the flat above V's shop, customers hanging around her doorway.")
t(DRG, "", "Neighbour smokes cannabis every night, smell coming into V's flat, V is pregnant. Possession reported.")
t(DRG, "", "DRUGS - V's garage being used by someone to store cannabis, found bags when clearing it.")

# ---------------------------------------------------------------- public order
t(
    PO,
    "",
    "Drunk male shouting and swearing at V and other customers at {shop}, threatening to 'smash the place up', "
    "left before police came.",
)
t(PO, "hate", "Racially aggravated public order: V called a 'n*****' by a man in the street who then walked off.")
t(PO, "", "Group of males fighting outside {pub}, V caught up in it and scared, not hurt. Violent disorder.")
t(PO, "hate", "Homophobic abuse shouted at V and his boyfriend from a passing car.")
t(PO, "", "Man swore at V and her kids at the bus stop, calling her names, very aggressive.")
t(PO, "", "Neighbour shouted abuse at V over the fence with threatening gestures, single incident.")
t(
    PO,
    "da",
    "{Ex} turned up at V's house shouting and swearing in the street and banging on the windows, neighbours "
    "came out. Single incident. DA.",
)
t(PO, "hate", "V (Muslim) shouted at in the street as a 'terrorist' by a stranger.")
t(PO, "", "Steward V subjected to abuse and threatening gestures by away fans.")
t(PO, "hate", "Transphobic abuse shouted at V on the bus by a group of men, V felt very threatened.")
t(PO, "", "Drunk woman screaming abuse at V (bus driver) and refusing to get off the bus.")
t(PO, "", "Road rage, other driver got out, screamed abuse and banged on V's window, then drove off.")
t(PO, "hate", "Antisemitic abuse shouted at V as he left the synagogue.")
t(
    PO,
    "da",
    "V's dad (V is 30) came to her house drunk, shouting and swearing on the doorstep, causing her distress "
    "in front of the neighbours.",
)
t(PO, "", "Affray outside the chip shop - V saw men fighting with bats, not involved herself, terrified.")
t(
    PO,
    "",
    "Neighbours' party got out of hand, a guest used abusive and threatening language when V complained. No violence.",
)
t(PO, "hate", "Disablist abuse shouted at V in her wheelchair by youths outside the shop.")
t(PO, "", "Customer became aggressive with V at the council reception, shouting and swearing, security removed him.")
t(PO, "", "Man shouting abuse at hospital staff in the car park, V (nurse) distressed.")
t(PO, "hate", "Polish family: youths shouted 'go back to Poland' at V and her children.")
t(PO, "", "Brawl in the street outside V's house at 2am, V frightened, nobody hurt as far as she knows.")
t(PO, "da", "Brother (adult) came to V's workplace and caused a scene, shouting abuse at her in front of customers.")
t(PO, "", "Drunk male in A&E abusive to reception staff V.")
t(PO, "hate", "Religiously aggravated - V (Sikh) told to 'take that thing off your head' with swearing, on the train.")
t(PO, "", "Man followed V down the road shouting sexual comments at her. V says it was because she's a woman.")
t(PO, "", "Taxi marshal V abused by drunk passengers in the queue.")
t(PO, "", "Shop worker V abused by a customer over ID for alcohol, called names.")
t(PO, "", "Public order - male exposed? no. Male shouting threats at passers-by outside {station}, V alarmed.")
t(PO, "hate", "Man at the bus stop shouted at V to 'speak English', swore at her and her mum. V is Romanian.")
t(PO, "", "V (council parking warden) surrounded and sworn at by drivers, felt threatened.")

# ---------------------------------------------------------------- miscellaneous crimes against society
t(
    MISC,
    "csae;onl",
    "Indecent images of V (15) shared around her school via {plat} after she sent one to a boy she "
    "trusted. Police investigating distribution.",
)
t(MISC, "", "Dangerous driving: car mounted the pavement at speed narrowly missing V and her pram. No injuries.")
t(
    MISC,
    "",
    "V, a witness to a road crash, was offered money by the driver to say she hadn't seen anything. Perverting "
    "the course of justice.",
)
t(
    MISC,
    "",
    "Threat to damage property: neighbour told V he would 'torch her car' if she parked outside his house again.",
)
t(
    MISC,
    "da",
    "{Ex} texted V saying he's going to smash up her car and her house windows. No threat to her personally. DA.",
)
t(MISC, "", "Dangerous driving - van driver tailgated and brake-checked V on the motorway repeatedly, dashcam footage.")
t(MISC, "", "Cars racing on V's estate every night; one nearly hit V's son on the pavement. Dangerous driving.")
t(
    MISC,
    "csae",
    "Police found indecent images of children on the laptop of V's husband. V shocked; their own "
    "children are not believed to be involved. Support for V.",
)
t(MISC, "", "Defendant's brother approached V outside court and offered her cash to 'forget' what she saw.")
t(
    MISC,
    "",
    "Dangerous driving - motorcyclist wheelied through the park at speed, V had to pull her child out of the way.",
)
t(MISC, "", "Bigamy: V discovered her husband was already married abroad when they wed. No abuse reported.")
t(MISC, "", "Threat to commit criminal damage: note through V's door saying 'your windows are next'.")
t(MISC, "da", "V's son (28) threatened to burn the house down 'with nobody in it' unless she let him move back in.")
t(
    MISC,
    "",
    "Dangerous driving - driver went through a red light and swerved at V on the crossing, missing her by inches.",
)
t(
    MISC,
    "csae;onl",
    "Indecent image of V's daughter (14) shared in a {plat} group by classmates; she had sent it privately to one boy.",
)
t(MISC, "", "Customer told V he would come back and smash her shop window after she banned him.")
t(
    MISC,
    "csae",
    "V's ex-partner convicted of making indecent images of children; V wants support for herself. Her "
    "own kids are not victims and he never harmed her.",
)
t(
    MISC,
    "",
    "Forged doctor's certificate? no - V's signature forged on a witness statement submitted to court by the "
    "other side. Perverting justice.",
)

# ---------------------------------------------------------------- anti-social behaviour (no crime disclosed)
t(ASB, "", "Noise nuisance from the upstairs flat, music until 3am most nights. No threats.")
t(ASB, "", "Youths gathering on the wall outside V's house, being loud and leaving litter. Nothing damaged.")
t(ASB, "", "Neighbour's dog barking all day, V works nights and can't sleep.")
t(ASB, "", "Kids kicking a football against V's house for hours, rude when asked to stop.")
t(ASB, "", "Parking dispute with neighbour who keeps blocking V's drive. Words exchanged, no threats.")
t(ASB, "", "Motorbikes riding on the field behind V's house, noise and churned up grass.")
t(ASB, "", "ASB - groups drinking in the park by V's house, shouting late at night.")
t(ASB, "", "Neighbour has bonfires most weekends, smoke comes into V's house.")
t(ASB, "", "Rubbish piled up in the neighbour's garden attracting rats.")
t(ASB, "", "Nuisance neighbour: slamming doors and playing loud music. V feels it's deliberate.")
t(ASB, "", "Kids knocking on V's door and running away most evenings. V (80s) frightened. No damage, nothing said.")
t(ASB, "", "Cars meeting in the retail park car park, revving engines late at night.")
t(ASB, "", "Beggars outside {shop} asking customers for money, staff member V concerned.")
t(ASB, "", "Teenagers on e-scooters riding on the pavement near V's house.")
t(ASB, "", "Neighbour's CCTV points into V's garden, V feels watched. Police said civil matter.")
t(ASB, "", "Drunk people urinating in V's doorway after the pubs close.")
t(ASB, "", "Noise from a house party next door, 3rd weekend in a row.")
t(ASB, "", "Young people hanging about in the stairwell of V's block smoking and leaving mess.")
t(ASB, "", "Neighbour feeding pigeons, mess all over V's car and garden.")
t(ASB, "", "V says the neighbours 'look at her funny' and slam doors when she walks past. No words said.")
t(ASB, "", "Hedge dispute with neighbour, overgrown leylandii. Not a crime, advice given.")
t(ASB, "", "Kids throwing food at each other on the bus, upsetting passengers including V.")
t(ASB, "", "Nuisance calls from a cold calling company, V is registered with TPS.")
t(ASB, "", "Dog fouling outside V's house every day, owner known.")
t(ASB, "", "Children playing loudly in the communal garden late at night.")
t(ASB, "", "Youths hanging round the shop entrance, intimidating to staff, but no threats or damage.")
t(ASB, "", "Fireworks being let off in the street late at night, not aimed at anyone, V's dog terrified.")
t(ASB, "", "Neighbour's builders starting at 6am every day.")
t(ASB, "", "Gang of teenagers riding bikes in and out of traffic and shouting at cars on {street}.")
t(ASB, "", "Loud music from cars in the car park of V's block.")
t(ASB, "", "Neighbours arguing loudly every night, V can hear it through the wall. No violence heard, V not involved.")
t(ASB, "", "Skateboarders using V's front steps, noise every evening.")
t(ASB, "", "People sleeping in the bus shelter outside V's house.")
t(ASB, "", "Neighbour's children keep climbing on V's garage roof.")
t(ASB, "", "Drone flying over V's garden most afternoons.")
t(ASB, "", "Man regularly shouting in the street at night, appears unwell, no threats to anyone.")
t(ASB, "", "ASB - cars parked on the grass verges and across dropped kerbs on {street}.")
t(ASB, "", "Neighbour's cockerel crowing at 4am.")
t(ASB, "", "ASB. Youths on the estate. Noise. No damage.")
t(ASB, "", "Nuisance from short-let flat next door, different groups every weekend, noise and rubbish.")
t(ASB, "", "v says kids from the estate keep hanging round her car, no damage just makes her nervous")
t(ASB, "", "Not a crime: V upset that her neighbour keeps parking a caravan in front of her window.")

# ---------------------------------------------------------------- other crime (residual)
t(
    OC,
    "",
    "V called VAL to say she has been a victim of crime but did not want to say what happened. Asked for a leaflet.",
)
t(OC, "", "Police referral, crime ref {ref}. Offence type not given on the form. V to be contacted.")
t(OC, "", "Animal cruelty: neighbour keeps his own dogs in a filthy yard with no water, RSPCA involved. V distressed.")
t(OC, "", "Fly-tipping: a van load of rubble dumped in V's farm gateway, third time.")
t(OC, "", "Illegal eviction - landlord changed the locks while V was at work and put her belongings in the street.")
t(OC, "", "'It's a crime, what happened, but I can't talk about it on the phone' - V. Wants a face to face.")
t(OC, "", "Horse left without food or water in the field next to V's house, V reported animal neglect.")
t(OC, "", "V says she was the victim of an offence at her workplace in {town} last year; details not recorded.")
t(OC, "", "Fly-tipped mattresses and fridges on V's land at the end of the lane.")
t(OC, "", "Referral: victim of crime, category 'other'. No further info. Left voicemail.")
t(OC, "", "V has seen her neighbour kicking and starving his own cat, reported to RSPCA and police.")
t(OC, "", "Landlord unlawfully evicted V and her kids, took the front door off while they were out.")
t(
    OC,
    "",
    "V says 'something happened to me' at a festival - won't give details, says it was a crime but doesn't want "
    "police.",
)
t(OC, "", "V reports a puppy breeder over the cruel conditions the dogs are kept in; animal welfare offences.")
t(OC, "", "Crime against V reported by a third party who couldn't say what type. Awaiting police info.")
# ---------------------------------------------------------------- extra: indirect relationship wording, long notes,
# principal-crime mixes, traps
t(
    VWI,
    "da",
    "V says the man she lives with, her kids' dad, punched her in the ribs {when}. Bruising. 'He's not "
    "normally like this.'",
)
t(VWO, "da", "hubby shoved her into the wardrobe, no marks. she says 'its the drink'. wants advice only")
t(SH, "da", "Someone V was seeing for a few months won't accept it's over - 100s of calls and turning up at her mum's.")
t(VWI, "da", "OH hit V with the TV remote, cut to her eyebrow. DV history with same male.")
t(CDA, "da", "Her children's father smashed up the car she shares with her mum. They split in the spring. DA.")
t(
    SH,
    "da",
    "V's on/off boyfriend reads her messages, has taken her bank card and tells her nobody else would want "
    "her. Coercive control. V is 23.",
)
t(VWO, "da", "V says 'my fella' grabbed her arm and pulled her out of the car, no injury. Together 3 yrs.")
t(VWI, "da", "'He's broke my nose' - V, about her partner. Police attended, S arrested and remanded.")
t(VWI, "da", "V (male, 41) assaulted by his husband, bruised jaw and cut lip. First time he has told anyone.")
t(
    SH,
    "da",
    "V ({oage}): her nephew, who moved in last year, controls her money and who she is allowed to see, and "
    "takes the phone off her. Coercive control by a relative.",
)
t(VWI, "da", "MARAC case. V assaulted by partner, bruising to arms and legs, high risk, IDVA engaged.")
t(VWO, "da", "Partner threatened to kill her and the dog, said to her face in the kitchen. She believes him.")
t(SEX, "da", "{Bf} makes V have sex with him when she's asleep; V says she doesn't know if it 'counts'.")
t(VWI, "da", "Son aged 16 punched his mum in the face, bruised cheek. Police attended, son arrested.")
t(VWI, "", "V's daughter (15) hit her with a hairbrush during a row, bruised arm. CAPVA support requested.")
t(VWO, "da", "Grandmother ({oage}) pushed over by her adult granddaughter in a row about money, no injury.")
t(VWI, "da", "Attack by V's half-brother at their dad's house, punched and kicked, bruising. Both adults.")
t(SH, "da;onl", "Ex-wife bombarding V with emails and messages on every platform since the divorce, refuses to stop.")
t(
    VWI,
    "",
    "V assaulted by the man who rents a room in her house - a lodger, not a partner - punched in the arm, bruised.",
)
t(SH, "", "Not domestic: S is V's ex-colleague, never in a relationship with her, sends her texts every day.")
t(VWI, "", "V's housemate's boyfriend punched her, bruised cheek. He is not her partner and they are not related.")
t(VWI, "", "Punched by a stranger, nose broken.")
t(CDA, "", "Car window smashed, nothing taken.")
t(BUR, "", "Burglary - shed broken into, bikes gone.")
t(FRD, "", "Scam phone call, lost {bigamt}.")
t(ASB, "", "Noisy neighbours again, no threats.")
t(SH, "da", "Ex won't leave her alone. Calls constantly.")
t(OTH, "", "Parcel theft from the porch.")
t(
    VWI,
    "da;knife",
    "V called VAL in tears. Says her partner of 4 years came home drunk {when}, accused her of "
    "cheating, took her phone and smashed it, then punched her several times in the face and held a kitchen knife to "
    "her, saying 'if I can't have you nobody will'. Cut lip and bruising. Kids (3 and 6) were upstairs. He was "
    "arrested and is on bail with conditions. DASH high, MARAC referral made, IDVA allocated. V worried about money as "
    "he paid the rent; wants help with housing and a non-molestation order.",
)
t(
    ROB,
    "",
    "V (19) was walking home from her shift at {shop} at {time} when two males approached her on {street}. One "
    "grabbed her from behind and the other pulled her bag off her shoulder; when she held on he punched her in the "
    "stomach. They took her phone, purse and keys. No weapon seen. She is now scared to walk home and has changed "
    "shifts. Her mum asked for support and about CICA. V does not know the males.",
)
t(
    FRD,
    "onl",
    "V ({oage}) met a man on {dating} who said he was an army doctor overseas. Over 8 months he persuaded "
    "her to send money for 'customs fees' and a 'leave application', {bigamt} in total, by bank transfer and gift "
    "cards. Her daughter found out when the bank called. V is embarrassed and still believes he is real, and is still "
    "messaging him on the app. Action Fraud informed; bank investigating. Daughter worried she will carry on sending "
    "money.",
)
t(
    SH,
    "da;onl",
    "Referral from IDVA. V and her ex separated 6 months ago after 11 years. Since then he has sent "
    "hundreds of messages on WhatsApp and Instagram, created new accounts to get round her blocks, turned up outside "
    "her work and the kids' school, and left notes on her car saying he is 'always watching'. DASH high. He is on bail "
    "for stalking and V reports two breaches this week. She has had her locks changed. Wants help with a stalking "
    "protection order and counselling.",
)
t(
    CDA,
    "hate",
    "Family of Somali heritage on {street}. Over the weekend someone sprayed 'go home' and a racist slur "
    "across their front door and smashed the front room window with a brick while the children were asleep. Nobody "
    "hurt. Third incident since they moved in. Mum ({age}) is frightened to stay there and the kids don't want to go "
    "to school. Housing officer aware. V asking for a move and for someone to talk to the children.",
)
t(
    SEX,
    "csae",
    "School DSL referral. Girl aged 14 disclosed to her form tutor that a 19-year-old man she met through "
    "friends has been picking her up from school, giving her vapes and alcohol and having sex with her in his car. He "
    "tells her she is his girlfriend and must not tell anyone. She has been missing overnight twice. Mum shocked and "
    "wants support. Police informed, strategy meeting held.",
)
t(
    ASB,
    "",
    "V ({oage}) has lived on {street} for 40 years. For the last few months a group of teenagers have been "
    "gathering on the green outside her bungalow most evenings, playing music from a speaker, shouting and swearing "
    "among themselves and leaving cans on her lawn. They have not threatened her or damaged anything and she has not "
    "spoken to them. She is anxious about going out after dark. The council ASB officer is aware. Daughter asking "
    "whether anything more can be done.",
)
t(
    VWI,
    "",
    "V disturbed a burglar in her kitchen; he punched her as he ran out empty-handed. Cut lip, back door forced.",
)
t(
    VWI,
    "",
    "Shoplifter dropped the goods and then bit security guard V on the arm when he tried to detain him. Skin broken.",
)
t(SH, "da", "Ex keeps turning up at V's flat uninvited and {when} he keyed her car. V wants it to stop. DA.")
t(
    VWO,
    "da",
    "Ex-partner has been texting V abuse for weeks and pushed her in the street last week, no injury. DASH {dash}.",
)
t(
    SH,
    "da",
    "V's {ex} took out loans in her name while they were together and now sends her abusive messages daily "
    "by text. Harassment and economic abuse.",
)
t(
    VWO,
    "",
    "Neighbour smashed V's plant pots and then said to her face 'I'll kill you if you call the council again'. "
    "V believes him.",
)
t(CDA, "hate", "Racist graffiti on V's shop shutter and the owner (V) was shouted at with racist abuse the same night.")
t(
    SEX,
    "",
    "V woke to find a man in her bedroom; he had got in through an open window and sexually assaulted her "
    "before running off.",
)
t(BIKE, "", "Bike stolen from outside the shop and the lad who took it shouted abuse at V when she chased him.")
t(VWI, "", "IP (bar worker) punched by customer she'd refused to serve, bust lip. CCTV. IP not known to suspect.")
t(FRD, "", "Client ({oage}) signed up to a 'free' boiler check on the doorstep and had {bigamt} taken by direct debit.")
t(
    SH,
    "",
    "Caller says her neighbour across the road films her every time she leaves the house and shouts comments. "
    "Not related, not an ex.",
)
t(
    VWO,
    "da",
    "V (male, 60s) says his wife hits out at him when he tries to help her wash; no injuries. She is not "
    "diagnosed with anything. V wants support as a carer and a victim.",
)
t(
    OTH,
    "da",
    "Ex-wife kept V's late mum's jewellery and sold it after the divorce. V reporting it as theft. DA "
    "marker on system.",
)
t(VWI, "da", "DV - sister's husband? no - V's own husband. Punched twice in the face, swollen eye. DASH {dash}.")
t(
    CDA,
    "",
    "Damage to the windscreen of V's car by her daughter's ex-boyfriend, who has never been in a relationship with V.",
)
t(
    PO,
    "",
    "Man shouting misogynistic abuse at V and her friend on the night bus, calling them 'slags'. No other comments.",
)
t(
    SH,
    "onl",
    "Male V ({age}) catfished: someone is running fake {dating} profiles with his photos and messaging women. Not DA.",
)
t(
    SH,
    "da",
    "IDVA referral. V (38) has been with her husband for 14 years. She describes him checking her phone every "
    "night, taking her wages into his account and giving her cash for food only, stopping her seeing her sister and "
    "timing her when she goes to the shop. He tells her she is stupid and that social services will take the kids if "
    "she leaves. She says he has never hit her, but she is frightened of his temper and walks on eggshells. She has "
    "started hiding money. DASH medium. V wants to understand her options, help to open a bank account in her own name "
    "and a worker who speaks Urdu.",
)


# ---------------------------------------------------------------- rendering
DIGITS = "0123456789"
SHORT_FLAGS = [short for short, _ in FLAG_ORDER]


def draw(base, rng):
    """Draw one value for a slot family (the slot name without trailing digits)."""
    if base in POOLS:
        return rng.choice(POOLS[base])
    if base in INT_RANGES:
        low, high = INT_RANGES[base]
        return str(rng.randint(low, high))
    if base == "ref":
        prefix = rng.choice(["CR/", "CRN ", "URN ", "crime ref "])
        number = rng.randint(10000, 99999)
        year = rng.choice(["24", "25"])
        return f"{prefix}{number}/{year}"
    raise KeyError("unknown slot: " + base)


def fill(text, rng, cache):
    """Replace every {slot} left to right. Same slot name -> same value within one note;
    slot2 differs from slot. A capitalised slot name capitalises the value."""
    out = []
    pos = 0
    while True:
        start = text.find("{", pos)
        if start < 0:
            out.append(text[pos:])
            break
        end = text.index("}", start)
        out.append(text[pos:start])
        key = text[start + 1 : end]
        ckey = key.lower()
        base = ckey.rstrip(DIGITS)
        if ckey not in cache:
            taken = [cache[k] for k in sorted(cache) if k.rstrip(DIGITS) == base]
            value = draw(base, rng)
            tries = 0
            while value in taken and tries < 20:
                value = draw(base, rng)
                tries += 1
            cache[ckey] = value
        value = cache[ckey]
        if key[0].isupper():
            value = value[0].upper() + value[1:]
        out.append(value)
        pos = end + 1
    return "".join(out)


def render(template_text, rng):
    """One note from one template, with optional neutral prefix/suffix and call-handler lower case."""
    cache = {}
    body = fill(template_text, rng, cache)
    prefix = ""
    suffix = ""
    if rng.random() < 0.22:
        prefix = fill(rng.choice(PREFIXES), rng, cache)
    if rng.random() < 0.25:
        suffix = fill(rng.choice(SUFFIXES), rng, cache)
        if body[-1].isalnum():
            suffix = "." + suffix
    text = prefix + body + suffix
    if len(text.split()) > 120:
        text = body
    if rng.random() < 0.05:
        text = text.lower()
    return text


def flag_string(short_flags):
    names = [s for s in short_flags.split(";") if s]
    for name in names:
        if name not in SHORT_FLAGS:
            raise ValueError("unknown flag: " + name)
    return ";".join(full for short, full in FLAG_ORDER if short in names)


def check(text, category):
    if category not in CATEGORIES:
        raise ValueError("unknown category: " + category)
    if "{" in text or "}" in text or "\n" in text or "\r" in text:
        raise ValueError("bad text: " + text)
    words = len(text.split())
    if words < 5 or words > 120:
        raise ValueError(f"length {words} out of range: {text}")


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()

    def add_row(index):
        category, flags, template_text = TEMPLATES[index]
        for _ in range(12):
            text = render(template_text, rng)
            if text not in seen:
                check(text, category)
                seen.add(text)
                rows.append((text, category, flag_string(flags)))
                return True
        return False

    for index in range(len(TEMPLATES)):
        if not add_row(index):
            raise ValueError(f"could not render a distinct note for template {index}")

    # Second renderings, drawn only from templates with slots and without a domestic_abuse label, so that
    # domestic abuse stays near a quarter of the corpus (about 200 notes).
    pool = [i for i, (_, flags, text) in enumerate(TEMPLATES) if "{" in text and "da" not in flags.split(";")]
    extra = rng.sample(pool, TARGET_ROWS - len(rows))
    for index in extra:
        add_row(index)

    rng.shuffle(rows)
    return rows


def main():
    rows = build()
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (text, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"B21-{number:04d}", text, category, flags])
    print(f"wrote {len(rows)} rows to {OUT_PATH}")


if __name__ == "__main__":
    main()
