# ruff: noqa: E501
"""Generate the BLIND4 labelled test set of synthetic victim-referral notes.

Standalone, stdlib only, deterministic (random.Random(SEED)).  Written from
scratch by an independent author against /work/shared/TAXONOMY.md only.

Writes benchmarks/data/notes_blind4.csv with columns note_id,text,category,flags.
All names, places, references and events are invented.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20240414
OUT = Path(__file__).resolve().parent / "data" / "notes_blind4.csv"

FLAG_CODES = {
    "DA": "domestic_abuse",
    "HATE": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CSE": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}
FLAG_ORDER = list(FLAG_CODES.values())

# ---------------------------------------------------------------- slot fillers
SLOTS: dict[str, list[str]] = {
    "v": ["V", "IP", "the caller", "client", "SU", "the victim", "Vic"],
    "sur": [
        "Okafor",
        "Hughes",
        "Kowalski",
        "Patel",
        "Evans",
        "McCarthy",
        "Begum",
        "Lloyd",
        "Nowak",
        "Ahmed",
        "Price",
        "Dunne",
        "Rahman",
        "Jenkins",
        "Clarke",
        "Mensah",
        "Whitfield",
        "Szabo",
        "O'Neill",
        "Bryant",
    ],
    "fn": [
        "Dean",
        "Kyle",
        "Jordan",
        "Aaron",
        "Liam",
        "Craig",
        "Wayne",
        "Ricky",
        "Marcus",
        "Tomasz",
        "Imran",
        "Gary",
        "Lee",
        "Darren",
        "Connor",
    ],
    "place": [
        "Swindon",
        "Wrexham",
        "Bootle",
        "Merthyr",
        "Luton",
        "Barnsley",
        "Ipswich",
        "Newport",
        "Grimsby",
        "Stockport",
        "Rhyl",
        "Taunton",
        "Walsall",
        "Bridgend",
        "Preston",
        "Crawley",
    ],
    "street": [
        "the High St",
        "Station Rd",
        "Church Lane",
        "the precinct",
        "Victoria Park",
        "Market Sq",
        "the retail park",
        "Queen St",
        "the canal towpath",
        "Mill Road",
    ],
    "day": [
        "last night",
        "yesterday",
        "on Sat",
        "on Friday eve",
        "this morning",
        "earlier today",
        "on 12/03",
        "at approx 2300hrs",
        "over the weekend",
        "on Tues",
        "2 days ago",
        "on the 4th",
    ],
    "age": [str(n) for n in range(19, 78)],
    "yage": [str(n) for n in range(18, 30)],
    "cage": [str(n) for n in range(12, 16)],
    "teen": ["16", "17"],
    "cr": [
        f"{p}/{n:05d}/{y}"
        for p in ("CR", "CAD", "OCC")
        for n in (31, 418, 1877, 2290, 5512, 7003, 9046, 12733, 40118, 66120)
        for y in ("23", "24")
    ],
    "pt": [
        "partner",
        "boyfriend",
        "bf",
        "husband",
        "hubby",
        "girlfriend",
        "gf",
        "wife",
        "fiance",
        "fiancé",
        "long term partner",
        "common law husband",
    ],
    "ex": [
        "ex-partner",
        "ex-p",
        "ex",
        "ex-bf",
        "ex-husband",
        "former partner",
        "ex-girlfriend",
        "estranged husband",
        "ex wife",
        "baby father",
        "childrens father",
        "ex-boyfriend",
    ],
    "fam": [
        "son (23)",
        "adult son",
        "daughter (31)",
        "brother",
        "sister (26)",
        "dad",
        "mum",
        "step-father",
        "uncle",
        "grandson (19)",
        "nephew (20)",
        "son-in-law",
    ],
    "nonda": [
        "neighbour",
        "work colleague",
        "landlord",
        "carer from the agency",
        "flatmate",
        "friend of a friend",
        "taxi driver",
        "customer",
        "stranger",
        "man from the pub",
    ],
    "money": ["£250", "£480", "£1,200", "£3k", "£7,500", "£18,000", "£42k", "£900"],
    "app": ["Facebook", "Instagram", "WhatsApp", "Snapchat", "TikTok", "X (Twitter)"],
    "dating": ["Tinder", "Hinge", "Plenty of Fish", "Match.com", "a dating site", "Bumble"],
    "shop": ["Tesco Express", "Boots", "the Co-op", "Aldi", "B&M", "Sainsbury's", "Lidl", "Superdrug"],
    "pc": ["PC 2231 Hayes", "PC Marsh", "DC Obi", "PC 4410", "OIC DC Rees", "PS Grant"],
    "slur_race": ["racial slurs", "the P-word", "the N-word", "'go back to your own country'"],
}

PREFIXES = [
    "",
    "",
    "",
    "",
    "VAL referral: ",
    "VAL - ",
    "VS caseworker note: ",
    "Call handler notes: ",
    "Referral from OIC. ",
    "IDVA referral. ",
    "Self-referral via online form. ",
    "101 call. ",
    "Referral via PCC portal. ",
    "GP surgery referral. ",
    "Housing officer referral: ",
    "Auto-referral. ",
    "Referral (consent obtained) - ",
    "VS Wales - ",
    "Triage: ",
]
SUFFIXES = [
    "",
    "",
    "",
    "",
    " Consent for VS contact given.",
    " Crime ref {cr}.",
    " OIC {pc}.",
    " Please call after 5pm.",
    " Safe to leave voicemail.",
    " Needs Polish interpreter.",
    " Prefers email contact.",
    " NFA at this stage.",
    " Awaiting CPS decision.",
    " Suspect remanded.",
    " No further info on referral.",
    " V has hearing impairment, text only pls.",
    " Referred on to local service.",
    " Contact via daughter.",
    " Welsh speaker.",
]


class _Fill(dict):
    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        return self.rng.choice(SLOTS[key])


# ---------------------------------------------------------------- templates
# (category, flags, weight, text)
T: list[tuple[str, str, int, str]] = []


def add(cat: str, flags: str, text: str, w: int = 4) -> None:
    T.append((cat, flags, w, text))


# ---- homicide
add(
    "homicide",
    "KN",
    "Bereaved family referral. {v}'s son ({yage}) was stabbed to death outside a pub in {place} {day}. Murder enquiry, FLO assigned.",
)
add(
    "homicide",
    "DA",
    "Homicide - domestic related. Daughter ({age}) killed by her husband at their home, he has been charged with murder. Parents want support.",
)
add(
    "homicide",
    "",
    "Mr {sur} died in hospital after a single punch in the town centre. AP charged with manslaughter. Referral is for the widow.",
)
add(
    "homicide",
    "",
    "FLO request for sister of deceased. Deceased found at flat, PM confirms strangulation. Murder investigation, susp unknown. No known DA history.",
)
add(
    "homicide",
    "DA",
    "mum murdered by her {ex} {day}, kids now living with nan. nan asking for support for the family. previous MARAC case",
    3,
)
add(
    "homicide",
    "",
    "Infanticide - mother of 3 month old charged. Referral is for the baby's grandparents, who are struggling.",
    2,
)
add(
    "homicide",
    "",
    "Referral for the parents of a 19yo killed in a fight in {place}; 17yo charged with murder. Cause of death head injury from kicking, no weapon involved.",
    3,
)

# ---- death / serious injury by driving
add(
    "death_injury_driving",
    "",
    "Fatal RTC on the A{cage}0, pedestrian aged {age} killed. Driver arrested on suspicion of causing death by dangerous driving. Widow needs support.",
)
add(
    "death_injury_driving",
    "",
    "Causing serious injury by careless driving - V was cycling when a van pulled out, fractured pelvis and spine. Driver interviewed.",
)
add(
    "death_injury_driving",
    "",
    "Family of a 16 yr old killed when a stolen car fleeing police mounted the pavement. Driver charged w/ causing death by dangerous driving and aggravated vehicle taking.",
)
add(
    "death_injury_driving",
    "",
    "Offence: Causing death by careless driving when under the influence of drink or drugs. Father of deceased requests help with court process.",
    3,
)
add(
    "death_injury_driving",
    "",
    "Offence title: Causing death by driving: unlicensed or disqualified or uninsured drivers. Referral for partner of the deceased.",
    3,
)
add(
    "death_injury_driving",
    "",
    "V left with life-changing injuries after being hit on a zebra crossing by a driver who was on his phone. Causing serious injury by dangerous driving charge.",
    3,
)

# ---- sexual offences
add(
    "sexual_offences",
    "DA",
    "Rape. V ({age}) says she was raped by her {ex} when he came round to drop the kids off. DASH high risk, MARAC referral made.",
)
add("sexual_offences", "", "Sexual assault on the bus - unknown male groped V's breasts and bottom. CCTV requested.")
add("sexual_offences", "", "Non-recent rape by a stranger in 1998, V reporting now. Already has an ISVA.", 3)
add(
    "sexual_offences",
    "CSE;ON",
    "V ({cage}) groomed on Snapchat by a male claiming to be 16, was sent and asked for indecent images, then met him and was sexually assaulted.",
)
add(
    "sexual_offences",
    "CSE",
    "CSE concerns - {cage}yo girl repeatedly missing, found in cars with older males, disclosed sex in exchange for vodka and cigs. Strategy meeting held.",
)
add(
    "sexual_offences",
    "",
    "Exposure - male exposed himself to V while she was jogging on {street}. Suspect not known.",
    3,
)
add(
    "sexual_offences",
    "",
    "Voyeurism: landlord had hidden a camera in the bathroom of V's rented room. Device seized.",
    3,
)
add(
    "sexual_offences",
    "MS",
    "V trafficked from Albania and forced into prostitution at a flat in {place}, controlled by men who took all her money. NRM referral submitted.",
)
add(
    "sexual_offences",
    "",
    "Offence recorded: Rape of a female aged 16 or over. V {age}, suspect is an acquaintance from work. Not domestic.",
    3,
)
add(
    "sexual_offences",
    "CSE",
    "V ({cage}) disclosed to school that her stepdad has been sexually abusing her for 2 years. Strategy discussion, stepdad arrested.",
)
add(
    "sexual_offences",
    "DA",
    "V's {pt} forces her to have sex when she says no, also checks her phone constantly. she is scared to leave",
)
add(
    "sexual_offences",
    "ON",
    "Cyberflashing - V received an unsolicited photo of a man's genitals via Instagram DM from a stranger's account.",
    3,
)
add(
    "sexual_offences",
    "CSE;DA",
    "V ({teen}) sexually assaulted by her ex-boyfriend ({yage}) at a house party after they split up. Also been getting threats from him.",
)
add(
    "sexual_offences",
    "CSE",
    "Non-recent CSA: V now in her 40s reports being abused by a scout leader when she was 10.",
    3,
)
add(
    "sexual_offences",
    "CSE;ON",
    "Adult male sending sexual messages and asking for pics from a 13yo boy on Discord, posing as a teen. Parents found msgs.",
    3,
)
add(
    "sexual_offences",
    "CSE",
    "Abuse of position of trust - teacher in sexual relationship with a {teen} year old pupil.",
    3,
)
add(
    "sexual_offences",
    "",
    "V ({yage}) sexually assaulted by a stranger outside a club in {place}. No prior relationship. Medical at SARC.",
)

# ---- robbery
add(
    "robbery",
    "",
    "Robbery - V's phone and wallet taken by 2 males who pushed him to the ground on {street}. Minor grazes only.",
)
add(
    "robbery",
    "KN",
    "Knifepoint robbery at {shop}, staff member threatened with a kitchen knife and till cash taken. Staff member very shaken.",
)
add(
    "robbery",
    "",
    "Street robbery - lad ({cage}) had his bike taken by a group who punched him in the face and broke his nose.",
)
add(
    "robbery",
    "KN",
    "Crime type: Robbery of personal property. V told by male he had a knife and would use it - V didn't see one but believed him and handed over phone.",
)
add(
    "robbery",
    "",
    "Handbag snatch - bag pulled off her shoulder and she was dragged along the pavement before the strap broke. Elderly V, {age}.",
)
add(
    "robbery",
    "DA",
    "{ex} forced her bank card and phone off her, twisting her wrist till she let go, then left in her car.",
)
add(
    "robbery",
    "",
    "Robbery of business property - security van guard threatened by men with a hammer, cash box taken. No injuries.",
    3,
)
add(
    "robbery",
    "KN",
    "V held at knife point by 3 youths in the park and made to hand over trainers and AirPods. Blade held to his side.",
    3,
)

# ---- violence with injury
add(
    "violence_with_injury",
    "DA",
    "s47 ABH - V punched repeatedly by her {pt}, bruising to face and split lip. DASH completed: medium risk.",
)
add("violence_with_injury", "KN", "GBH s18 - V stabbed in thigh outside nightclub by unknown male. Surgery needed.")
add(
    "violence_with_injury",
    "KN",
    "s20 wounding - V glassed in the face with a broken pint glass in the pub, 12 stitches.",
    3,
)
add(
    "violence_with_injury",
    "HATE",
    "Racially aggravated ABH: V called {slur_race} and punched by a man at a bus stop, black eye.",
)
add(
    "violence_with_injury",
    "HATE",
    "Homophobic attack - V and his boyfriend kicked and punched after leaving a gay bar, V has fractured cheekbone.",
)
add(
    "violence_with_injury",
    "DA",
    "{fam} hit her with a frying pan during an argument over money, cut to head needing glue. Not the first time.",
)
add(
    "violence_with_injury",
    "",
    "Assault with injury on a constable - PC punched in the face during an arrest, bloodied nose.",
    3,
)
add(
    "violence_with_injury",
    "",
    "Care home: paid carer slapped an 88 yr old resident leaving bruising to her cheek. Not a family member. Safeguarding raised.",
)
add(
    "violence_with_injury",
    "HBA",
    "FGM - 9 year old girl taken abroad over the summer holidays, school nurse concern following disclosure, medical confirms FGM.",
)
add(
    "violence_with_injury",
    "",
    "Work colleague punched V in the mouth during a row at the depot, broken tooth. No relationship.",
)
add(
    "violence_with_injury",
    "",
    "V punched by neighbour, facial swelling. AP found on arrest to have a lock knife in his pocket which he never got out.",
)
add(
    "violence_with_injury",
    "",
    "Siblings fight: brother (17) punched sister (15), bruising to her arm. Children's services involved.",
    3,
)
add("violence_with_injury", "KN", "Attempted murder - V stabbed 4 times in chest by unknown male, survived, in ICU.", 3)
add(
    "violence_with_injury",
    "DA;HBA",
    "V ({yage}) beaten by her brother for 'bringing shame on the family' by wearing western clothes and having a bf. Bruises to arms and back.",
)
add(
    "violence_with_injury",
    "DA",
    "{ex} deliberately drove his car at her in the car park, fractured ankle. Being dealt with as GBH s18 not an RTC.",
    3,
)
add(
    "violence_with_injury",
    "DA;KN",
    "DV - {pt} slashed V's arm with a Stanley knife during row. Wound glued at A&E. DVPN issued.",
)
add(
    "violence_with_injury",
    "",
    "ABH - V attacked by {nonda} over a parking dispute, suffered cuts and bruising. No DA. No weapons.",
)
add(
    "violence_with_injury",
    "HATE",
    "Disability hate crime: V, a wheelchair user, was tipped out of his chair by youths calling him a 'spaz', grazes and sprained wrist.",
    3,
)

# ---- violence without injury
add("violence_without_injury", "", "Common assault - V shoved by a stranger in the queue at the chippy, no injuries.")
add(
    "violence_without_injury",
    "DA",
    "Threats to kill - {ex} phoned and said he would kill her and burn the house down. No weapon seen.",
)
add("violence_without_injury", "", "Assault on an emergency worker (no injury) - paramedic spat at by patient.", 3)
add(
    "violence_without_injury",
    "MS",
    "Modern slavery: V found working at a nail bar 12 hrs a day for no pay, passport held by boss, sleeping on premises. NRM referral done.",
)
add(
    "violence_without_injury",
    "MS",
    "Forced labour at a hand car wash - V ({yage}) made to work 7 days a week, wages taken to 'pay off debt' for his travel, lives in a locked caravan.",
)
add(
    "violence_without_injury",
    "MS;DA",
    "Domestic servitude: V brought from abroad by her husband's family, made to cook and clean all day, not allowed out, no access to money.",
)
add(
    "violence_without_injury",
    "",
    "Child neglect - 4yo left alone in flat for 2 days. Mother arrested. Referral for grandparents.",
    3,
)
add(
    "violence_without_injury",
    "DA;KN",
    "{ex} held a kitchen knife to her throat and said she'd never leave him. no injuries. DVPN applied for.",
)
add(
    "violence_without_injury",
    "",
    "{nonda} threatened to kill V over a fence dispute, said he's got a knife indoors with his name on it. Nothing shown.",
)
add(
    "violence_without_injury",
    "",
    "Child abduction - V's 8yo son taken from the park by an unknown woman, found safe 2 hrs later.",
    3,
)
add(
    "violence_without_injury",
    "HATE",
    "Racially or religiously aggravated common assault or battery - V spat at on the bus and called {slur_race}.",
)
add(
    "violence_without_injury",
    "DA;HBA",
    "V (19) threatened by her father and brothers that she will be killed for 'shaming' the family by seeing a man they don't approve of.",
)
add(
    "violence_without_injury",
    "DA;HBA;KN",
    "FMPO in place. V ({yage}) says her uncle pulled out a knife and threatened her if she refused the marriage arranged for her.",
    3,
)
add(
    "violence_without_injury",
    "",
    "Road rage: other driver got out and threatened to kill V, grabbed his collar. Not injured.",
)
add(
    "violence_without_injury",
    "MS",
    "Gangmaster on a farm near {place} - workers housed in sheds, IDs taken and made to work to repay 'fees'. V is one of 6 workers. Modern slavery.",
)
add(
    "violence_without_injury",
    "MS",
    "County lines - V ({cage}) found in a trap house in {place} with wraps of crack, CCE, NRM referral made. Being treated as a victim not a suspect.",
    3,
)
add(
    "violence_without_injury",
    "",
    "V (door supervisor) pushed by drunk punter, no injury. Common assault. Not a domestic.",
    2,
)
add(
    "violence_without_injury",
    "DA",
    "Battery - {fam} grabbed V by the arm and pushed him against the wall. No marks. DASH standard.",
)

# ---- stalking & harassment
add(
    "stalking_harassment",
    "DA;ON",
    "Stalking - {ex} sending 40+ WhatsApp msgs a day and turning up at V's work. Also made fake accounts to follow her.",
)
add(
    "stalking_harassment",
    "DA",
    "CCB - {pt} controls all money, checks her phone, stops her seeing family and friends. She has no bank card of her own.",
)
add(
    "stalking_harassment",
    "",
    "Malicious communications - abusive texts from an unknown number calling V a sl*g. No threats. No online element.",
)
add(
    "stalking_harassment",
    "HATE",
    "Harassment - neighbour keeps putting notes through V's door calling her a 'cripple' and filming her on her mobility scooter.",
)
add(
    "stalking_harassment",
    "HATE;ON",
    "Transphobic abuse - V targeted in TikTok comments and DMs by several accounts, misgendered and abused daily.",
)
add(
    "stalking_harassment",
    "",
    "Stalking by a work colleague - follows V home, leaves gifts on her car. Never been in a relationship, she has made that clear.",
)
add(
    "stalking_harassment",
    "ON",
    "Harassment - someone set up a fake Facebook profile in V's name and is posting lies about her. Suspect unknown.",
)
add(
    "stalking_harassment",
    "DA",
    "{ex} making repeated calls and texts, 200+ calls last week from withheld numbers. Breach of NMO likely.",
)
add(
    "stalking_harassment",
    "DA;HBA",
    "Family controlling V ({yage}) - phone taken, not allowed out alone, monitored - because she is in a relationship with a man from a different caste and family say it brings dishonour.",
    3,
)
add(
    "stalking_harassment",
    "",
    "V followed home from the station on 3 occasions by a man she doesn't know. Stalking. No prior relationship.",
)
add(
    "stalking_harassment",
    "DA",
    "Coercive control - {pt} decides what she wears, who she sees, tracks her location. Long history. IDVA allocated.",
)
add(
    "stalking_harassment",
    "ON",
    "Malicious comms via email - former business associate sending abusive emails to V and her clients. Not a domestic.",
    3,
)

# ---- burglary
add("burglary", "", "Resi burglary - rear door forced while family away, jewellery and laptop taken. SOCO attended.")
add(
    "burglary",
    "",
    "Burglary - business and community: church hall broken into overnight, PA system and cash tin taken.",
    3,
)
add(
    "burglary",
    "DA",
    "{ex} got into her flat while she was at work using an old key, took her passport and some documents.",
    3,
)
add(
    "burglary",
    "",
    "Distraction burglary: 2 men posing as water board got into elderly V's house, purse taken from kitchen.",
)
add("burglary", "", "Garage broken into and two mountain bikes and power tools taken.")
add(
    "burglary",
    "",
    "Attempt burglary - jemmy marks on front door, no entry gained. V's cousin was forced to marry years ago, V worried as family in the news, but today's report is just the break-in.",
    2,
)
add(
    "burglary",
    "",
    "Burglary dwelling: V woke up to find downstairs window open and car keys gone from the hall; car still there.",
)
add("burglary", "", "Shed broken into, lawnmower and strimmer taken. V {age}, lives alone.")

# ---- possession of weapons
add(
    "possession_of_weapons",
    "",
    "V saw a youth with a large knife in his waistband outside school gates. Youth didn't threaten anyone, arrested for possession of a bladed article.",
)
add(
    "possession_of_weapons",
    "",
    "Having an article with a blade or point in a public place - male stopped in {place} with a lock knife. Referral for the shop worker who called it in.",
    3,
)
add(
    "possession_of_weapons",
    "",
    "Neighbour keeps a machete by his door and has been seen carrying it down the street; he has not threatened anyone.",
)
add(
    "possession_of_weapons",
    "",
    "Youth seen across the road with a knife in his hand; V was not approached. Police located youth, knife recovered.",
    3,
)
add(
    "possession_of_weapons",
    "",
    "Possession of firearms offences - air pistol found in V's adult son's car during stop; V (mum) upset and wants support. No threats made to anyone.",
    3,
)
add(
    "possession_of_weapons",
    "",
    "Possession of an offensive weapon - knuckle duster and extendable baton found in a car parked outside V's house, V had reported it.",
    3,
)

# ---- criminal damage & arson
add("criminal_damage_arson", "", "Criminal damage to vehicle - windscreen smashed outside V's home overnight.")
add("criminal_damage_arson", "", "Arson - wheelie bin set alight against front door at 3am, door scorched.")
add("criminal_damage_arson", "DA", "{ex} smashed her phone and the TV during an argument, then left. No assault.")
add(
    "criminal_damage_arson",
    "HATE",
    "Swastika and 'go home' sprayed on the wall of the mosque and on V's car parked outside.",
    3,
)
add(
    "criminal_damage_arson",
    "",
    "Arson endangering life - petrol poured through letterbox and lit, family got out via back door.",
    3,
)
add("criminal_damage_arson", "", "Criminal damage to a dwelling - youths threw stones and smashed V's front window.")
add("criminal_damage_arson", "", "Car keyed along both doors in the supermarket car park. No suspect.")
add(
    "criminal_damage_arson",
    "DA",
    "Criminal damage - {fam} kicked in V's bedroom door and broke the bannister in temper. No injury to V.",
    3,
)

# ---- vehicle offences
add(
    "vehicle_offences", "", "Theft of motor vehicle - car taken off driveway overnight, keyless relay attack suspected."
)
add("vehicle_offences", "", "Theft from motor vehicle - window smashed, laptop bag taken from back seat at {street}.")
add("vehicle_offences", "", "Catalytic converter stolen from V's Honda Jazz outside work.")
add(
    "vehicle_offences",
    "",
    "Aggravated vehicle taking - V's car stolen and crashed into a wall in {place}. No one hurt.",
)
add(
    "vehicle_offences",
    "",
    "Interfering with a motor vehicle - male seen trying door handles, V's car found unlocked and glovebox rifled.",
    3,
)
add("vehicle_offences", "", "Moped stolen from outside V's flat, found burnt out next day.", 3)
add(
    "vehicle_offences",
    "",
    "Vehicle theft. V says her late husband was a victim of a fraud years ago but this is about her van being stolen. Arranged marriage, she is happy; no concerns.",
    2,
)
add("vehicle_offences", "", "Tools taken from the back of V's work van overnight, lock punched.", 3)

# ---- theft from the person
add("theft_from_person", "", "Pickpocket - purse taken from V's handbag on the tram, didn't notice till she got off.")
add("theft_from_person", "", "Phone snatched out of V's hand by male on an e-scooter, no force used, no injury.")
add("theft_from_person", "", "Dipped at the football - wallet gone from back pocket.")
add(
    "theft_from_person",
    "",
    "Theft from the person - necklace taken from V's neck in a crowd without her noticing until later. No force.",
    3,
)
add(
    "theft_from_person",
    "",
    "Elderly V had her purse lifted from her coat pocket at the market. Not a robbery - nothing felt.",
    3,
)

# ---- bicycle theft
add("bicycle_theft", "", "Bike stolen from outside the station, D-lock cut.")
add("bicycle_theft", "", "Child's bike taken from the front garden overnight.")
add(
    "bicycle_theft",
    "",
    "Theft of a pedal cycle - V's road bike taken from the bike rack at work. CCTV shows male in a grey hoodie.",
)
add("bicycle_theft", "", "push bike nicked from outside {shop} while V was inside, only 5 mins", 3)
add(
    "bicycle_theft",
    "",
    "Bicycle theft - V ({age}) uses his bike to get to work and is now struggling. Reported to insurer.",
    3,
)

# ---- shoplifting
add("shoplifting", "", "Shoplifting - male filled a bag with meat at {shop} and walked out. Store manager referral.")
add("shoplifting", "", "Theft from shop - cosmetics taken from {shop}, repeat offender known to staff.")
add(
    "shoplifting",
    "",
    "Shop worker referral: daily shoplifting by the same group, staff feel intimidated but no threats or violence.",
)
add("shoplifting", "", "Theft from a shop or stall - woman took clothes from the market stall without paying.", 3)
add("shoplifting", "", "Shoplifting at a petrol station kiosk - sweets and energy drinks taken by 2 lads.", 3)

# ---- other theft
add(
    "other_theft",
    "",
    "Theft by employee - agency carer took cash from elderly client's purse over several weeks. Not family.",
)
add("other_theft", "", "Parcel stolen from V's doorstep straight after delivery, caught on doorbell cam.")
add(
    "other_theft",
    "",
    "Making off without payment - passenger ran from the taxi without paying {money} fare. Driver is V.",
    3,
)
add(
    "other_theft",
    "",
    "Blackmail - V received texts saying unless he pays {money} his affair will be exposed to his wife.",
    3,
)
add("other_theft", "", "Theft of mail - V's post including bank cards being taken from the communal letterboxes.", 3)
add("other_theft", "DA", "{fam} has been taking money out of V's purse for months. V is {age} and scared of them.")
add("other_theft", "", "Garden ornaments and a bench stolen from V's front garden.")
add(
    "other_theft",
    "",
    "V's phone stolen from her locker at work. She works long hours at a warehouse but says she is paid, free to leave and has her passport.",
    3,
)

# ---- fraud & computer misuse
add(
    "fraud_computer_misuse",
    "ON",
    "Romance fraud - V met a 'soldier' on {dating}, sent {money} over 6 months for 'leave fees'.",
)
add(
    "fraud_computer_misuse",
    "",
    "Courier fraud - caller said he was from the Met, V handed her bank card and PIN to a courier at the door.",
)
add(
    "fraud_computer_misuse",
    "ON",
    "Purchase fraud on Facebook Marketplace - paid {money} for a sofa that never arrived, seller blocked V.",
)
add(
    "fraud_computer_misuse",
    "ON",
    "Email account hacked and used to send phishing emails to all V's contacts. Computer misuse.",
)
add(
    "fraud_computer_misuse",
    "",
    "Phone scam: HMRC impersonation calls, V paid {money} in gift cards. Calls only, no online contact.",
)
add(
    "fraud_computer_misuse",
    "",
    "Identity fraud - credit cards opened in V's name by post using stolen mail details.",
    3,
)
add(
    "fraud_computer_misuse",
    "ON",
    "Investment scam - added to a WhatsApp group promoting crypto, V invested {money} via a fake trading website.",
)
add(
    "fraud_computer_misuse",
    "DA",
    "Economic abuse - V's {pt} took out loans in her name without consent, she only found out when debt letters came.",
)
add(
    "fraud_computer_misuse",
    "",
    "Card cloned at a cashpoint, {money} taken. V already reported it on the Action Fraud website.",
    3,
)
add(
    "fraud_computer_misuse",
    "",
    "V's sister was sexually abused as a child; today's referral is for V's own matter: doorstep fraud by a rogue trader who charged {money} for a roof repair never done.",
    2,
)
add(
    "fraud_computer_misuse",
    "",
    "APP fraud - V got a text then a phone call from 'the bank', moved {money} to a 'safe account'.",
    3,
)

# ---- drug offences
add(
    "drug_offences",
    "",
    "Drugs - possession with intent to supply. V's adult son arrested at home; mum referred for support. No abuse towards mum.",
)
add(
    "drug_offences",
    "",
    "Possession of cannabis - {cage}yo found with a bag of weed at school; parents asking for advice.",
    3,
)
add(
    "drug_offences",
    "",
    "Production of cannabis - cannabis grow found in the flat below V's, water came through V's ceiling.",
    3,
)
add(
    "drug_offences",
    "",
    "Supply of controlled drugs - dealing from the flat next door, people coming at all hours, needles in the stairwell. V reported it.",
)
add(
    "drug_offences",
    "",
    "Possession of controlled drugs (Class A) - V's {pt} found with cocaine on search at a festival; V worried. No abuse between them.",
    3,
)
add(
    "drug_offences",
    "",
    "Trafficking in controlled drugs - V's holiday let used by a gang to store drugs; V is the owner.",
    3,
)

# ---- public order
add("public_order", "", "s4 POA - drunk male squaring up to the bus driver, shouting threats, no contact made.")
add(
    "public_order", "HATE", "Racially aggravated s5 - V called {slur_race} by a man in the street. No physical contact."
)
add("public_order", "", "Violent disorder outside pub, V caught up in it, not injured. 8 arrests.", 3)
add(
    "public_order",
    "HATE",
    "Man shouted anti-Muslim abuse at V and her children outside school gates, calling them terrorists.",
)
add("public_order", "HATE", "Homophobic abuse shouted at V and his partner from a passing car, 'f***ing f*gs'.")
add(
    "public_order",
    "",
    "Neighbour drunk and swearing at V in the street, V felt alarmed and distressed. s5. Not racially motivated per V.",
)
add(
    "public_order",
    "HATE",
    "Disability hate - V who has learning disabilities taunted and called names in the park by a group.",
)
add(
    "public_order",
    "",
    "Public fear, alarm or distress - male threatening passers by in {place} precinct. V (shop staff) very scared. Knife? none seen.",
    3,
)

# ---- misc crimes against society
add(
    "misc_crimes_against_society",
    "",
    "Dangerous driving - car mounted pavement, V had to jump out of the way. No injuries. Driver charged with dangerous driving.",
)
add(
    "misc_crimes_against_society",
    "",
    "Threat to commit criminal damage - neighbour said he'd smash V's car windows. Nothing damaged.",
)
add(
    "misc_crimes_against_society",
    "DA",
    "{ex} has threatened to torch her car if she doesn't let him see the kids. Threat to commit criminal damage recorded.",
    3,
)
add(
    "misc_crimes_against_society",
    "",
    "Perverting the course of justice - AP's mother turned up at V's door and pressured her to withdraw her statement.",
    3,
)
add(
    "misc_crimes_against_society",
    "DA;HBA",
    "Forced marriage - V ({teen}) says parents are taking her to Pakistan in the summer to marry a cousin against her will; passport taken.",
    3,
)
add(
    "misc_crimes_against_society",
    "",
    "Handling stolen goods - V bought a stolen generator from a man at the car boot; V is a witness. Referral.",
    2,
)
add(
    "misc_crimes_against_society",
    "",
    "Witness intimidation - V told she would 'regret it' if she gives evidence at Crown Court next month. No physical threats.",
    3,
)
add(
    "misc_crimes_against_society",
    "",
    "Dangerous driving - van tailgating and brake checking V on the M4 for 10 miles; no collision, no injuries.",
    3,
)

# ---- other crime
add(
    "other_crime",
    "",
    "V reports being a victim of crime but didn't want to give details to the call handler. Requests VS call back.",
)
add("other_crime", "", "Animal cruelty - neighbour seen kicking his dog repeatedly, RSPCA involved. V very upset.")
add("other_crime", "", "Fly-tipping - 3 tonnes of waste dumped on V's farmland.", 3)
add(
    "other_crime",
    "",
    "Crime ref only on referral, offence type not stated. Victim wants help understanding the court process.",
)
add("other_crime", "", "Wildlife crime - badger sett dug out on V's land, suspected baiting.", 3)
add(
    "other_crime",
    "",
    "V was the victim of an offence while on holiday abroad, details unclear, reported to local police there.",
    3,
)

# ---- anti-social behaviour
add(
    "anti_social_behaviour",
    "",
    "Noise nuisance - neighbours playing loud music till 3am most nights. No threats, no crime disclosed.",
)
add(
    "anti_social_behaviour",
    "",
    "Youths gathering outside the shop being rowdy, causing annoyance, not directed at anyone. No damage.",
)
add(
    "anti_social_behaviour",
    "",
    "Neighbour's dog barking constantly and he parks across V's drive. Ongoing dispute, no offences.",
)
add(
    "anti_social_behaviour", "", "kids knocking on doors and running away on the estate every evening, elderly V fed up"
)
add(
    "anti_social_behaviour",
    "",
    "Ongoing dispute with neighbour over boundary hedge. No threats or damage. Mediation suggested.",
    3,
)
add(
    "anti_social_behaviour",
    "",
    "V's brother was murdered in 2009; today's call is about neighbours playing loud music. No crime.",
    3,
)
add(
    "anti_social_behaviour",
    "",
    "V says her ex was never abusive and there's no DA; issue is the upstairs neighbour stomping and shouting at night.",
    3,
)
add("anti_social_behaviour", "", "Off-road motorbikes being ridden across the playing fields every weekend, ASB.", 3)
add(
    "anti_social_behaviour",
    "",
    "Neighbour keeps staring over the fence and V is worried he might damage her car, but nothing has happened.",
    3,
)

# ---- additional domestic abuse and coverage templates
add(
    "violence_with_injury",
    "DA",
    "Long DA history. Last night {pt} headbutted V and dragged her by the hair; swollen nose and clumps of hair missing. 3 kids in the house. DASH 17 ticks - high risk, MARAC referral. V staying with her mum in {place} and wants help with an NMO, rehousing and a refuge space if needed. Perp arrested, bailed with conditions not to contact.",
    5,
)
add(
    "violence_without_injury",
    "DA",
    "Domestic - verbal argument escalated and {pt} pushed V onto the sofa. No injuries. Both adults. V does not support a prosecution.",
    5,
)
add(
    "stalking_harassment",
    "DA;ON",
    "{ex} keeps posting about V on Facebook and messaging her on Snapchat from new accounts despite being blocked; uses mutual friends to find out where she is.",
    5,
)
add(
    "stalking_harassment",
    "DA",
    "Male V - his wife controls the finances, belittles him in front of the kids and threatens to make false allegations if he leaves. CCB.",
    4,
)
add(
    "violence_with_injury",
    "DA",
    "Elder abuse - V ({age}) pushed down the stairs by her {fam}, broken wrist. Adult safeguarding referral made.",
    4,
)
add(
    "violence_without_injury",
    "DA",
    "V and her wife argued over money, wife slapped her across the face, no marks. First reported incident, DASH standard risk.",
    4,
)
add(
    "violence_without_injury",
    "DA;ON",
    "Threats to kill - {ex} sent WhatsApp voice notes saying he'll kill her when he finds her. Screenshots provided.",
    4,
)
add(
    "violence_with_injury",
    "DA;KN",
    "{fam} stabbed V in the hand with a kitchen knife during a row at the family home. V treated at A&E.",
    4,
)
add(
    "violence_with_injury",
    "DA",
    "Non-fatal strangulation - {pt} strangled V until she nearly passed out, bruising and petechiae to neck. DASH high.",
    4,
)
add(
    "violence_without_injury",
    "",
    "V (15) and her bf (16) argued at the bus station and he pushed her against the shelter. No injury. Both under-age so dealt with via school and early help.",
    3,
)
add(
    "stalking_harassment",
    "DA",
    "Harassment - {ex} keeps texting and ringing V's mum and sister asking where V is living now. V has moved to a refuge.",
    4,
)
add(
    "criminal_damage_arson",
    "DA",
    "DV incident: {pt} threw V's laptop and broke the kitchen door during a row. No assault disclosed.",
    3,
)
add(
    "bicycle_theft",
    "",
    "Cycle theft - V's kids' bikes taken from the communal bike store? no, they were chained to the railings outside the flats.",
    2,
)
add("bicycle_theft", "", "Bike taken from outside the library in {place}, cable lock cut. V relies on it for work.", 3)
add(
    "shoplifting",
    "",
    "Shoplifting - two women concealed baby formula in a pram at {shop}. Manager wants support for staff who witnessed.",
    3,
)
add(
    "theft_from_person",
    "",
    "Phone taken from V's back pocket while she was on a crowded train. Felt nothing. Theft from person.",
    3,
)
add(
    "other_crime",
    "",
    "Victim of an offence under the Animal Welfare Act - V's horse was neglected by the livery yard owner.",
    2,
)


# ---------------------------------------------------------------- composition
TYPO_RE = re.compile(r"[A-Za-z]{6,}")


def _typo(rng: random.Random, text: str) -> str:
    words = list(TYPO_RE.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    kind = rng.random()
    if kind < 0.5:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif kind < 0.8:
        w2 = w[:i] + w[i + 1 :]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[: m.start()] + w2 + text[m.end() :]


US_UK = [("neighbour", "neighbor"), ("colour", "color"), ("offence", "offense"), ("jewellery", "jewelry")]


CRIME_ONLY = (" Crime ref", " OIC", " NFA", " Awaiting CPS", " Suspect remanded")


def compose(rng: random.Random, text: str, cat: str) -> str:
    body = text.format_map(_Fill(rng))
    pre = rng.choice(PREFIXES)
    sufs = SUFFIXES
    if cat == "anti_social_behaviour":
        sufs = [x for x in SUFFIXES if not x.startswith(CRIME_ONLY)]
        if pre.startswith("Referral from OIC"):
            pre = ""
    suf = rng.choice(sufs).format_map(_Fill(rng))
    out = (pre + body + suf).strip()
    if rng.random() < 0.15:
        out = _typo(rng, out)
    if rng.random() < 0.08:
        for uk, us in US_UK:
            out = out.replace(uk, us)
    r = rng.random()
    if r < 0.06:
        out = out.lower()
    elif r < 0.09:
        out = out.upper()
    return re.sub(r"\s+", " ", out)


def main() -> None:
    rng = random.Random(SEED)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for cat, flags, w, text in T:
        made = 0
        tries = 0
        while made < w and tries < 50:
            tries += 1
            note = compose(rng, text, cat)
            if note in seen:
                continue
            seen.add(note)
            fl = [FLAG_CODES[f] for f in flags.split(";") if f]
            fl.sort(key=FLAG_ORDER.index)
            rows.append((note, cat, ";".join(fl)))
            made += 1
    rng.shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh)
        wr.writerow(["note_id", "text", "category", "flags"])
        for i, (note, cat, fl) in enumerate(rows, 1):
            wr.writerow([f"B4-{i:04d}", note, cat, fl])
    cats = Counter(r[1] for r in rows)
    flags = Counter(f for r in rows for f in r[2].split(";") if f)
    print(f"wrote {len(rows)} notes to {OUT}")
    for c, n in sorted(cats.items()):
        print(f"  {c:30s} {n}")
    for f in FLAG_ORDER:
        print(f"  flag {f:34s} {flags[f]}")


if __name__ == "__main__":
    main()
