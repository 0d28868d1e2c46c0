#!/usr/bin/env python3
"""Generate benchmarks/data/notes_blind18.csv - an independent, synthetic,
hand-labelled corpus of police / victim-services referral notes (England and
Wales) for blind testing of the crime-category classifier.

Standard library only. Deterministic: fixed SEED, no dependence on hash
ordering, so two runs give byte-identical output.

Every scenario template below was written by hand for this corpus and labelled
by hand against /work/shared/TAXONOMY.md (principal crime order + flag rules).
All names, towns, streets, amounts, dates and reference numbers are invented
and filled from the pools below.
"""

import csv
import os
import random

SEED = 180518
N_ROWS = 880
ID_PREFIX = "B18-"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "data", "notes_blind18.csv")

FLAG_ORDER = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]
FLAG_SHORT = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "onl": "online",
    "knife": "knife_sharp_instrument",
    "cse": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}
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

# ---------------------------------------------------------------- pools
F_NAMES = [
    "Aisha",
    "Bethan",
    "Chloe",
    "Danielle",
    "Eleanor",
    "Fatima",
    "Gemma",
    "Hannah",
    "Imogen",
    "Jasmine",
    "Kerry",
    "Leanne",
    "Megan",
    "Niamh",
    "Olivia",
    "Priya",
    "Rachel",
    "Sian",
    "Tasha",
    "Vicky",
    "Wendy",
    "Yasmin",
    "Zara",
    "Amira",
    "Bronwen",
    "Carys",
    "Delyth",
    "Esther",
    "Farah",
    "Grace",
    "Harpreet",
    "Iqra",
    "Joanne",
    "Kayleigh",
    "Lorna",
    "Maryam",
    "Nadia",
    "Paige",
    "Rhiannon",
    "Sadia",
    "Tracey",
    "Agnieszka",
    "Ioana",
    "Shannon",
    "Becky",
    "Marcia",
    "Nkechi",
    "Lucy",
    "Sharon",
    "Mei",
]
M_NAMES = [
    "Aaron",
    "Bilal",
    "Callum",
    "Darren",
    "Ethan",
    "Faisal",
    "Gareth",
    "Harvey",
    "Imran",
    "Jamal",
    "Kieran",
    "Liam",
    "Mohammed",
    "Nathan",
    "Owen",
    "Patrick",
    "Ryan",
    "Shane",
    "Tomasz",
    "Usman",
    "Wayne",
    "Yusuf",
    "Zain",
    "Aled",
    "Barry",
    "Connor",
    "Dean",
    "Emeka",
    "Gavin",
    "Hamza",
    "Ifan",
    "Jordan",
    "Kyle",
    "Lewis",
    "Marek",
    "Neil",
    "Osman",
    "Rhys",
    "Stuart",
    "Tyler",
    "Vikram",
    "Warren",
    "Dylan",
    "Kwame",
    "Luca",
    "Mark",
    "Trevor",
    "Sean",
    "Adil",
    "Craig",
]
SURNAMES = [
    "Ashworth",
    "Bellamy",
    "Carrow",
    "Dunmore",
    "Eddleston",
    "Fairclough",
    "Garside",
    "Haworth",
    "Ibbotson",
    "Kettley",
    "Lonsdale",
    "Marsden",
    "Nuttall",
    "Ormerod",
    "Pilling",
    "Quarmby",
    "Rishworth",
    "Sugden",
    "Tattersall",
    "Uttley",
    "Varley",
    "Whiteley",
    "Yeadon",
    "Ahmed",
    "Begum",
    "Hussain",
    "Kowalski",
    "Nowak",
    "Okafor",
    "Mensah",
    "Patel",
    "Singh",
    "Evans",
    "Pritchard",
    "Llewellyn",
    "Morgan",
    "Jenkins",
    "Brennan",
    "O'Dowd",
    "Campbell",
    "Achterberg",
    "Popescu",
    "Nguyen",
    "Osei",
    "Holroyd",
    "Cattermole",
    "Ridsdale",
    "Penhaligon",
    "Thackray",
    "Wainwright",
]
TOWNS = [
    "Ashcombe",
    "Brindlemoor",
    "Caldersby",
    "Dunhaven",
    "Eastwick Parva",
    "Fellbridge",
    "Garrowby",
    "Hollinsend",
    "Kettleford",
    "Lanthorpe",
    "Marrowby",
    "Netherholme",
    "Oakhurst Vale",
    "Pendlebrook",
    "Ravensholt",
    "Saltmere",
    "Thornbury Cross",
    "Upperwick",
    "Wexcombe",
    "Yarrowfield",
    "Cwmderwen",
    "Llanysgol",
    "Pontyrafon",
    "Aberdulais Fach",
    "Tregarrick",
    "Skelbrooke Mills",
    "Hetherby",
    "Cotlington",
    "Moorside Bar",
    "Quenby",
]
STREET_A = [
    "Larch",
    "Cobden",
    "Marlow",
    "Sefton",
    "Hawthorn",
    "Kingfisher",
    "Tanner",
    "Rowan",
    "Quarry",
    "Mill",
    "Chapel",
    "Station",
    "Beech",
    "Alder",
    "Wharf",
    "Foundry",
    "Orchard",
    "Ferndale",
    "Clifton",
    "Raglan",
    "Gorse",
    "Heron",
    "Tithe",
    "Bracken",
    "Salter",
]
STREET_B = [
    "Road",
    "Street",
    "Lane",
    "Close",
    "Avenue",
    "Terrace",
    "Drive",
    "Way",
    "Crescent",
    "Gardens",
    "Row",
    "Walk",
]
AREAS = [
    "the Moorfield estate",
    "Canal Side",
    "the Brookhouse estate",
    "Highfield Park",
    "the Old Town",
    "Millbank flats",
    "the Weavers estate",
    "Sandpits",
    "the Larkhill estate",
    "Tower Gardens",
    "Pit Lane flats",
    "the Hollies estate",
]
SHOPS = [
    "Quickfare Express",
    "Dalton's Convenience",
    "FreshWay Local",
    "Hollis & Pye",
    "Northgate Pharmacy",
    "Bargain Barn",
    "Sundial Stores",
    "Pennywise Foods",
    "Marlow's Newsagent",
    "Beacon Superstore",
    "Kestrel Home & DIY",
    "Greenleaf Grocers",
    "ValuHome",
    "Tanner's Butchers",
]
PUBS = [
    "the Drovers Arms",
    "the Kestrel",
    "the Old Bell",
    "the Packhorse",
    "the Wheatsheaf",
    "the Miners' Rest",
    "the Fox and Crown",
    "the Anchor Vaults",
    "the Gate Inn",
    "the Three Tuns",
    "the Railway Tavern",
    "the Swan",
]
CARS = [
    "Ford Focus",
    "Vauxhall Corsa",
    "VW Golf",
    "Nissan Qashqai",
    "Toyota Yaris",
    "Kia Sportage",
    "BMW 3 Series",
    "Audi A3",
    "Land Rover Discovery",
    "Honda Civic",
    "Skoda Octavia",
    "Ford Transit",
    "Mercedes Sprinter",
]
HOSPS = [
    "Ashcombe General",
    "the Royal Fellbridge Infirmary",
    "St Aldhelm's Hospital",
    "Kettleford District Hospital",
    "Saltmere Royal",
    "Ysbyty Cwmderwen",
    "Ravensholt Infirmary",
    "Netherholme General",
]
SCHOOLS = [
    "Brindlemoor Academy",
    "St Cuthbert's Primary",
    "Holt Lane High School",
    "Ysgol Llanysgol",
    "Fellbridge Community College",
    "Garrowby Primary",
    "Saltmere Sixth Form",
    "Oakhurst Vale Academy",
    "Pendlebrook Juniors",
]
SOURCES = [
    "Police (OIC)",
    "Police - Victim Care Unit",
    "Self-referral",
    "GP surgery",
    "ED / hospital",
    "Witness Care Unit",
    "101 contact centre",
    "Partner agency",
    "Housing provider",
    "Third-sector partner",
    "Police - neighbourhood team",
    "Community support worker",
]
OFFICER_RANKS = ["PC", "PC", "DC", "DS", "PS", "PCSO"]

COARSE = {
    "homicide": "Homicide",
    "death_injury_driving": "Death or serious injury - unlawful driving",
    "violence_with_injury": "Violence against the person",
    "violence_without_injury": "Violence against the person",
    "stalking_harassment": "Violence against the person",
    "sexual_offences": "Sexual offences",
    "robbery": "Robbery",
    "burglary": "Burglary",
    "vehicle_offences": "Vehicle offences",
    "theft_from_person": "Theft offences",
    "bicycle_theft": "Theft offences",
    "shoplifting": "Theft offences",
    "other_theft": "Theft offences",
    "criminal_damage_arson": "Criminal damage and arson",
    "drug_offences": "Drug offences",
    "possession_of_weapons": "Possession of weapons offences",
    "public_order": "Public order offences",
    "misc_crimes_against_society": "Miscellaneous crimes against society",
    "fraud_computer_misuse": "Fraud",
    "anti_social_behaviour": "ASB (non-crime)",
    "other_crime": "Other crime",
}
HEADERS_GENERIC = [
    "Crime type: Other crime | Referral source: {SRC} | ",
    "Crime type: Other crime | Referral source: {SRC} | Consent: Yes | Notes: ",
    "CRIME TYPE: OTHER CRIME | REF SOURCE: {SRC} | CRN: {REF} | ",
    "Crime type: Other crime | Referral source: {SRC} | Rec'd: {DATE} | Summary: ",
]
HEADERS_TYPED = [
    "Crime type: {COARSE} | Referral source: {SRC} | Date: {DATE} | ",
    "Referral type: Victim | Crime type: {COARSE} | Source: {SRC} | Summary: ",
    "Crime type: {COARSE} | Referral source: {SRC} | Crime ref: {REF} | Details: ",
]

TEMPLATES = []  # (category, flags_str, text)


def add(category, items):
    assert category in CATEGORIES, category
    for flags, text in items:
        TEMPLATES.append((category, flags, text))


# ================================================================ homicide
add(
    "homicide",
    [
        (
            "da knife",
            "Referral from FLO {OIC}. {F} {SN}'s daughter {F2} ({AGE}) was stabbed to death at her flat on {STREET}, {TOWN} on {DATE}. Her partner {M} has been charged with murder. Family want support with the inquest and the trial. Mum is struggling to sleep and hasn't gone back to work.",
        ),
        (
            "",
            "bereaved family ref. brother {M} killed {DAY} night outside {PUB} {TOWN}, single punch, fell + hit head, died in hosp 2 days later. suspect charged w/ manslaughter. mum {F} wants someone to talk to, ok to call after 5pm",
        ),
        (
            "knife",
            "{HDR}Bereaved. {M} {SN} ({AGE}) died of a stab wound to the chest after a fight on {STREET} on {DATE}. Two males arrested, one charged with murder. Referral is for his partner {F} and their two children; she wants help explaining it to the kids.",
        ),
        (
            "da",
            "FLO referral. {F} ({OLD}) found dead at home on {DATE}; post mortem shows strangulation. Her husband of forty years, {M}, has been charged with her murder. Adult son {M2} is next of kin and is also a prosecution witness. Previous DA calls to the address in 2019 and 2021.",
        ),
        (
            "",
            "infanticide charge - baby's mother charged. referral is for baby's father {M} ({AGE}), who lives separately. very raw, doesn't want group support, 1:1 only. OIC {OIC}.",
        ),
        (
            "",
            "Manslaughter. {M} ({AGE}) drowned after being shoved into the canal at {TOWN} during an argument with a work colleague on {DATE}. The colleague has been charged with manslaughter. His widow {F} was referred by police and needs help with funeral costs and a CICA claim.",
        ),
        (
            "da knife",
            "Domestic homicide. {F} {SN}, {AGE}, was killed by her ex-partner {M} on {DATE}. He attacked her with a knife at her mother's house, where she had moved to get away from him. A DASH had been done two weeks earlier (high) and MARAC was due to hear the case. Referral is for her mother {F2}, who witnessed part of the attack. A DHR will follow.",
        ),
        (
            "",
            "Hi, referring {F2}. Her son {M} ({AGE}) was found badly hurt in {AREA} on {DATE} and died the next day; it was first thought he'd fallen but police now say he was beaten by a group of men and three have been charged with murder. {F2} would like to know about the VPS and whether she can read it in court herself.",
        ),
        (
            "",
            "Murder - {M} {SN} ({AGE}) was shot at his front door on {STREET}, {TOWN}. Nobody charged yet. His sister {F} is the referral; she is frightened because she thinks it was gang related. No DA. OIC {OIC} (MIT).",
        ),
        (
            "da",
            "Bereaved: {F}'s father {M} ({OLD}) died after a sustained assault by her brother {M2} ({AGE}) at the family home in {TOWN}. {M2} is charged with murder. {F} has been estranged from her brother for years and says the family 'always knew he was dangerous'. Please allocate a homicide caseworker.",
        ),
        (
            "knife",
            "nok ref. {M} 19 attacked w/ machete {AREA} {DATE}, died at scene. 2 x 17yo charged murder. mum {F} + stepdad referred. language line needed (Polish) for mum.",
        ),
        (
            "",
            "{F} {SN} ({OLD}) was killed on {DATE} when her neighbour set fire to her flat. The neighbour is charged with murder and with arson with intent to endanger life. Referral is for her adult daughter {F2}, who also lost belongings she had stored there.",
        ),
        (
            "da",
            "Caseworker note: I met {F} today. Her sister {F2} died on {DATE} and her husband {M} was convicted of manslaughter last month after a trial where the jury heard about years of control and violence towards her. {F} is now caring for her sister's three children and wants help with a VPS for the appeal and with the children's school. She mentioned her own ex had been 'a nightmare' years ago but did not want to talk about it.",
        ),
        (
            "",
            "Homicide referral - gross negligence manslaughter. {M} ({AGE}) was killed on a building site in {TOWN} when scaffolding collapsed; the site manager has been charged. Partner {F} referred, two young children. She wants practical help and someone with her at court.",
        ),
        (
            "knife",
            "H-ref: {M2} ({AGE}) died after being stabbed once in the neck in a row over a parking space on {STREET}. Suspect {M} arrested next day, charged murder, remanded. Widow {F} and teenage son referred - son saw it happen.",
        ),
        (
            "",
            "Bereaved parents {F} and {M}. Their daughter {F2} ({AGE}) died after being punched by a stranger on a night out in {TOWN} centre on {DATE}. Charge is manslaughter. They would like information about the Victims' Right to Review because the charge was reduced from murder.",
        ),
        (
            "da",
            "DHR notified. {M} ({AGE}) was killed by his wife {F} on {DATE}; she has been charged with murder. Police were aware of earlier DA incidents at the address, reported by both of them. Referral for {M}'s mum {F2}, who is elderly and lives alone in {TOWN2}.",
        ),
        (
            "hate",
            "Murder of {M} {SN} ({AGE}) in {TOWN} on {DATE}. Police are treating it as racially motivated - the suspects shouted racist abuse at him before kicking him to death. Three charged. Wife {F} and brother referred. Heavy media interest; family want help dealing with the press.",
        ),
        (
            "",
            "FLO to VS: {F}'s son {M} ({AGE}) was found dead in a flat in {AREA}. Police say he was given a fatal beating over a drug debt and two men are charged with murder. {F} describes herself as 'numb'. Call mornings only.",
        ),
        (
            "knife da",
            "{HDR}Victim (deceased): {F} {SN}, {OLD}. Suspect: her son {M}, 28. She was stabbed several times in the kitchen of the family home on {DATE}. Son charged with murder, mental health assessment pending. Referral is for the victim's husband {M2}, who found her; he is also the suspect's father and feels torn in two.",
        ),
        (
            "",
            "murder {DATE} {TOWN} - {M} 45 shot by unknown persons in a car. partner {F} referred. she says no DA, nothing like that between them, he just 'got in with the wrong people'. OIC {OIC}. support for partner + 3 kids.",
        ),
        (
            "",
            "Referral for {F} ({AGE}). Her twin brother {M} died in hospital on {DATE}, four weeks after he was assaulted outside a takeaway on {STREET}. The charge has been upgraded from GBH to murder. {F} was with him that night and is having flashbacks.",
        ),
        (
            "da",
            "Bereaved. {F2} ({AGE}) was killed by her partner {M}, who then took his own life, so there will be no prosecution. Police referral for {F2}'s mum {F} and her dad. A Domestic Homicide Review is underway and they want to contribute. Note there were four earlier DA reports.",
        ),
        (
            "",
            "Baby {M}, 7 months, died on {DATE} from a non-accidental head injury. The mother's boyfriend {M2} has been charged with manslaughter. Referral for baby's mum {F} ({AGE}). Children's services involved with the older sibling.",
        ),
        (
            "knife",
            "Homicide. {M} ({AGE}) was stabbed in a park in {TOWN} by a 16-year-old he did not know; the boy is charged with murder. Parents {F} and {M2} referred. Dad wants to campaign on knife crime, mum wants quiet support.",
        ),
        (
            "",
            "{HDR}NOK {F} {SN}. Husband {M} died on {DATE} after being assaulted at work by a customer - punched, fell, head injury. Customer charged with manslaughter. No weapon involved. She needs help with the employer and the inquest.",
        ),
        (
            "hba da",
            "Bereaved - {F2}'s sister {F} ({AGE}) was murdered by their brother and a cousin, who are both charged. Police say the motive was to 'restore the family's honour' after {F} left her husband. {F2} is also considered at risk and has been moved. Specialist HBA support needed.",
        ),
        (
            "",
            "homicide - {M} {OLD} died after a burglar? no - police confirm he was pushed over in the street by a teenager who was messing about with mates; he hit his head and died {DATE2}. teen charged manslaughter. daughter {F} referred, wants to understand youth court.",
        ),
    ],
)

# ================================================================ death / serious injury by unlawful driving
add(
    "death_injury_driving",
    [
        (
            "",
            "RTC {DATE} {STREET} {TOWN} - ped {F} ({AGE}) hit by car, driver was on his phone. fractured pelvis + leg, in {HOSP}. Driver charged w/ causing serious injury by dangerous driving. Partner {M} referred for support.",
        ),
        (
            "",
            "Bereaved - road death. {M} ({AGE}) was killed on {DATE} when a driver going the wrong way on the bypass hit his motorbike. Driver charged with causing death by dangerous driving. Widow {F}.",
        ),
        ("", "cdbdd. {F} 17, rear passenger, killed. driver (friend, 18) charged. mum {F2} referred by FLO {OIC}."),
        (
            "",
            "{HDR}Causing death by careless driving while over the limit - driver hit {M} ({OLD}) on a zebra crossing on {STREET}; he died at the scene. Daughter {F} is the referral. Driver has pleaded guilty; sentencing {DATE2}. Wants help writing a VPS.",
        ),
        (
            "",
            "Serious injury RTC. {F} ({AGE}), cyclist, knocked off by a van on {STREET}; driver failed to stop, later traced and charged with causing serious injury by dangerous driving. Spinal injury, long rehab. Referral from the major trauma centre.",
        ),
        (
            "",
            "{M} ({AGE}) lost his leg when a car mounted the pavement outside {SHOP} in {TOWN}. The driver, who was racing another car, is charged with causing serious injury by dangerous driving. {M} is angry that the second driver hasn't been charged.",
        ),
        (
            "",
            "Fatal RTC - an unlicensed and uninsured driver killed {F} ({AGE}). Charge: causing death by driving while unlicensed/uninsured. Her husband {M} referred; he has a disability himself and needs home visits.",
        ),
        (
            "da",
            "{F} ({AGE}) was in the passenger seat of her own car while her ex-partner {M} drove, shouting at her; he crashed at speed on the {TOWN} road and she has a fractured skull. He is charged with causing serious injury by dangerous driving. She also told officers he has been controlling for years and a DASH was done last year.",
        ),
        (
            "",
            "Pedestrian fatality {DATE}. {M}, aged {KID}, was killed by a driver doing 50 in a 20 zone outside {SCHOOL}. Driver charged with causing death by dangerous driving. Parents {F} and {M2}; siblings at the same school, school aware.",
        ),
        (
            "",
            "causing death by careless driving - {F2} ({OLD}) hit by a car reversing out of a supermarket space in {TOWN}. driver stayed at scene and was charged. grandaughter {F} is the referral. family want it to be dangerous not careless - pls explain CPS decision",
        ),
        (
            "",
            "Referral from police: motorcyclist {M} ({AGE}) seriously injured when a lorry driver who had been awake for more than 20 hours drifted into his lane. Lorry driver charged with causing serious injury by dangerous driving. {M} has a brain injury and his mum {F} is now his carer.",
        ),
        (
            "",
            "RTC {DATE} - four teenagers in a car, the 17-year-old driver lost control and front passenger {F} ({TEEN}) died. Driver charged with causing death by dangerous driving. Referral is for {F}'s dad {M}. Other passengers injured.",
        ),
        (
            "",
            "{HDR}Death by dangerous driving during a police pursuit. A stolen car fleeing officers hit a taxi; the taxi driver {M} ({AGE}) died. The driver of the stolen car is charged with causing death by dangerous driving and aggravated vehicle taking. Taxi driver's wife {F} referred.",
        ),
        (
            "",
            "ped {F} 34 hit on zebra xing by speeding car, both legs broken, driver charged causing serious inj by dangerous driving. V wants to know about compensation + what happens at court. pls call pm.",
        ),
        (
            "",
            "Bereaved mother {F}: her son {M} ({AGE}) was killed as a pedestrian on {DATE}; the driver had taken cocaine and is charged with causing death by careless driving when unfit through drugs. {F} is a single parent to two younger children.",
        ),
        (
            "",
            "cyclist {M2} killed on the A-road near {TOWN}. driver charged with causing death by careless driving - was looking at his satnav. partner {F} (not married) asking whether she counts as family for the VPS. no other concerns.",
        ),
        (
            "",
            "{F} ({AGE}) was left paralysed when a car ploughed into the bus stop where she was waiting on {STREET}. The driver fled but later handed himself in; charged with causing serious injury by dangerous driving and failing to stop. Her sister {F2} is coordinating support.",
        ),
        (
            "",
            "Hi team - RTC referral. Elderly couple {M} and {F} were hit head-on by a driver overtaking on a blind bend; {M} died and {F} has serious injuries. Driver charged with causing death by dangerous driving and causing serious injury by dangerous driving. {F} is still in {HOSP}.",
        ),
        (
            "",
            "Causing death by dangerous driving - the driver had been told by his optician not to drive and carried on. He hit {F} ({OLD}) on {TOWN} high street. Her son {M} lives abroad; contact him by email, he wants court updates.",
        ),
        (
            "",
            "RTC - scooter rider {M} ({TEEN}) hit by a car that jumped a red light; multiple fractures. Driver charged with causing serious injury by careless driving. Mum {F} referred, {M} is missing college.",
        ),
        (
            "",
            "{F} referred after her husband {M} ({AGE}) was killed in a collision caused by a driver who turned out to be disqualified. Charge: causing death by driving while disqualified. Not DA-related, no previous police contact.",
        ),
        (
            "",
            "{M} ({AGE}), postman, hit by a van reversing fast along {STREET}; van driver (no insurance either) charged w/ causing serious injury by dangerous driving. {M} off work, worried about money.",
        ),
        (
            "",
            "Fatal collision {DATE}: street racing on the industrial estate in {TOWN}; a spectator, {F2} ({AGE}), was killed. Two drivers charged with causing death by dangerous driving. Her partner {M} is the referral - they have a baby.",
        ),
        (
            "",
            "VS referral - {F} ({AGE}) seriously injured (broken neck) as a passenger when her friend drove drunk into a wall. Friend charged with causing serious injury by dangerous driving. {F} feels guilty for getting in the car and needs emotional support.",
        ),
        (
            "",
            "{HDR}Roads policing referral. Death by careless driving: {M} ({OLD}) was on his mobility scooter crossing at the lights when a driver turned into him. Driver admitted not looking. Daughter {F}. Inquest opened and adjourned.",
        ),
        (
            "",
            "bereaved siblings {F} and {M} - mum killed {DATE} by a driver doing 90 on the {TOWN} bypass. driver charged causing death by dangerous driving, pleaded NG, trial listed {DATE2}. VPS wanted.",
        ),
        (
            "",
            "Serious injury by dangerous driving: {M} ({AGE}), a road worker, was hit inside the coned-off section of the motorway by a driver who ignored the closure. Multiple fractures. Employer and police referral. No one else hurt.",
        ),
    ],
)
# ================================================================ violence with injury
add(
    "violence_with_injury",
    [
        (
            "da",
            "DA - ex-p {M} punched IP {F} in the face x3 at her addr on {STREET} {TOWN}, split lip + swelling, s47 ABH. DASH medium. arrested, bailed w/ conditions not to contact. kids (5 and 8) in next room.",
        ),
        (
            "da knife",
            "high risk DA. IP {F} 34 cut on forearm by partner {M} with a kitchen knife during argument, 6 stitches at {HOSP}. DASH 17 ticks - MARAC ref done. DVPN issued. she wants help with housing + NMO.",
        ),
        (
            "",
            "{F} ({AGE}) was assaulted outside {PUB} in {TOWN} by a woman she didn't know - headbutted, broken nose. Not a domestic, no weapon seen. Suspect not yet identified, CCTV being reviewed.",
        ),
        (
            "knife",
            "s18 GBH. {M} ({AGE}) was stabbed in the thigh on {STREET} after an argument about a football match. Surgery at {HOSP}. Suspect {M2} arrested and charged. {M} doesn't want to go to court but OIC {OIC} says the case is going ahead.",
        ),
        (
            "hate",
            "{M} ({AGE}), a Sikh taxi driver, was punched repeatedly by a passenger who called him a 'terrorist' and pulled at his turban. Black eye and cut to the head. Charged with religiously aggravated ABH.",
        ),
        (
            "da",
            "Caseworker narrative: {F} ({AGE}) rang us after leaving her husband {M}. She describes eight years of him checking her phone, stopping her seeing her sister and taking her wages. On {DATE} he pushed her down the stairs when she said she was leaving - two fractured ribs and bruising to her back, confirmed at {HOSP}. Police arrested him for GBH and are also looking at CCB. She is staying with her sister {F2} in {TOWN2} with their son and is frightened because he has been passing messages to her through a friend.",
        ),
        (
            "",
            "ABH - {M} 16 assaulted by a group of lads from another school at {TOWN} bus station, kicked on the floor, concussion. dad {M2} referred. school aware. police say no CSE/CCE concerns, no known gang links",
        ),
        (
            "da",
            "ex-p bit {F} on the arm during handover of the kids in the McD car park, teeth marks, photos taken. ABH. she says he's done it before but never reported. DASH 9 - medium. OIC {OIC}",
        ),
        (
            "knife hate",
            "{M} ({AGE}) and his boyfriend were walking home along {STREET} when a man shouted homophobic slurs at them and then slashed {M}'s face with a box cutter. The wound needed 14 stitches. Police recording s18 as a hate crime (sexual orientation). The boyfriend was not hurt but is very shaken.",
        ),
        (
            "knife",
            "{M} ({AGE}) was glassed at {PUB} on {DAY} night - a man smashed a pint glass and pushed it into his cheek. Deep lacerations, likely scarring. Door staff identified the suspect. Charged s18.",
        ),
        (
            "da",
            "DA (family). {F} ({AGE}) and her brother {M} ({AGE2}) both live with their mum. he threw a mug at her head - cut above the eye, glued at A&E. mum doesn't want him arrested. DASH done - standard.",
        ),
        (
            "",
            "{HDR}{F} ({AGE}), bus driver. A passenger refused to pay, then reached round the cab screen and punched her, breaking her glasses and cutting her eyebrow. He got off the bus; police have the CCTV. She is off work and anxious about driving the same route.",
        ),
        (
            "da",
            "DA s47. {F} says partner {M} grabbed her by the throat and pinned her to the wall on {DATE}; red marks to the neck, hoarse voice for days. He's in custody. DASH high, MARAC {DATE2}. She asked for an IDVA.",
        ),
        (
            "",
            "Referral re {M} ({OLD}). His neighbour {M2} hit him with a walking stick during a row about the fence - bruised arm, cut hand. Police charged ABH. {M} lives alone and is worried about retaliation. Neighbours only, no family link.",
        ),
        (
            "knife",
            "s18 stabbing {AREA} {DATE}. V {M} 22, stab wound to back, in ICU now stable. doesnt know suspect. mum {F} referred by hosp. youth worker involved. V not engaging w/ police.",
        ),
        (
            "da",
            "Adult daughter {F2} ({AGE}) assaulted her mother {F} ({OLD}) at {F}'s home - slapped her and shoved her into a radiator, leaving a large bruise and a cut to her head. {F2} has alcohol issues. Recorded as ABH, DA (familial). Adult social care informed.",
        ),
        (
            "hate",
            "Disability hate crime. {M} ({AGE}), who has a learning disability, was pushed to the ground by teenagers who had been mocking the way he talks; grazed face and a sprained wrist. Recorded as ABH with a hate marker. Mum {F} is his carer.",
        ),
        (
            "da",
            "{F}: long history with ex {M}, NMO in place since last year. On {DATE} he turned up at her work in {TOWN} and dragged her across the car park by her hair - clumps of hair missing, scratches to the scalp. ABH and breach of the NMO. She has been heard at MARAC twice before.",
        ),
        (
            "",
            "Door supervisor {M} ({AGE}) punched and kicked by three customers who had been thrown out of {PUB} - fractured cheekbone. s20 GBH. Referral through his employer. He's worried about his SIA licence if he ends up with PTSD.",
        ),
        (
            "da knife",
            "DA - {F}'s son {M} ({AGE}) threatened her with a knife, then cut her hand when she grabbed for it. 3 stitches. He has MH issues and is now sectioned. {F} doesn't want a prosecution but does want support. DASH done (high).",
        ),
        (
            "",
            "ABH - {F} ({AGE}), a care assistant at a residential home, was punched by a visitor (a resident's son) when she asked him to leave. Swollen jaw. Not domestic - she has no relationship with him. Police investigating.",
        ),
        (
            "da",
            "Referral from the {HOSP} ED IDVA: {F} ({AGE}) attended with a broken wrist and says her partner {M} twisted her arm up her back. She has disclosed earlier incidents but isn't ready to make a statement yet. Consent given for VS referral. IDVA completed DASH - high.",
        ),
        (
            "",
            "{M} ({AGE}) was attacked in {TOWN} park while walking his dog - a stranger hit him with a bike lock, fracturing his skull. s18 GBH. No motive known. Wife {F} referred; he's still in hospital. There was no knife involved.",
        ),
        (
            "da",
            "ex-p threw a mug of boiling coffee over {F} in the street, burns to neck + chest. OIC says charged s20. NMO application in progress. DASH 14.",
        ),
        (
            "hate",
            "Racially and religiously aggravated ABH. {F} ({AGE}), who wears a headscarf, was grabbed from behind at {TOWN} bus station by a man trying to pull it off while shouting anti-Muslim abuse. She fell and cut her knee and elbow. Suspect arrested.",
        ),
        (
            "knife",
            "V {M} 31 cut across the hand and forearm with a kitchen knife by his ex-partner's new boyfriend when he went to collect his kids. s18. Police have not recorded it as domestic - V and suspect have no relationship and his ex wasn't involved.",
        ),
        (
            "",
            "Referral for {F} ({OLD}). A man barged past her on {STREET} to catch a bus, knocking her to the ground - she broke her hip. Police have recorded GBH (s20). He hasn't been traced.",
        ),
        (
            "da",
            "{F} and {M} have been together 12 years. On {DATE} an argument about money escalated and he punched her in the stomach while she was five months pregnant. She was checked at maternity - baby fine - but she has bruising. He was arrested for ABH. She also told the officer he smashed her phone in the summer and regularly checks her bank statements. Her mum {F2} has been helping with the children. DASH high, MARAC referral made. She wants to stay in the family home and is asking about an occupation order.",
        ),
        (
            "",
            "s47 - {M} ({AGE}) assaulted at the warehouse where he works by a colleague: punched in the eye, needed stitches. Employer and police dealing. V is Polish and wondered if it was racist, but no racist words were used and he thinks it was about shift swaps.",
        ),
        (
            "da",
            "fam DA. {M} ({AGE}) attacked by his father {M2} ({OLD}) with a walking stick after a row about selling the house; cut to head, 5 staples. ABH. Father arrested, released under investigation.",
        ),
        (
            "hate",
            "{F} ({AGE}), a trans woman, was assaulted on the night bus: a man called her transphobic names and then punched her, breaking a tooth. Recorded as ABH, hate crime (transgender identity). She has had verbal abuse on the same route before.",
        ),
        (
            "knife",
            "{M2} ({AGE}) was hit with a broken bottle during a fight at a house party in {AREA} - deep cut to the scalp and ear. He says he doesn't know who did it. s20 recorded. Mum {F} is concerned he's being targeted.",
        ),
        (
            "",
            "{HDR}A&E nurse {F} ({AGE}) was bitten on the forearm by a patient, breaking the skin. Recorded as assault on an emergency worker with injury. Suspect charged. Hospital staff support team also involved.",
        ),
        (
            "da",
            "Grandson {M} ({YA}) pushed his grandmother {F} ({OLD}) over when she refused to give him money; she fractured her wrist. He lives with her. Police recorded GBH, DA. Social worker involved.",
        ),
        (
            "",
            "Attempted murder. {M} ({AGE}) was deliberately driven at by a man he'd argued with in a car park; he went over the bonnet and broke his leg. The driver is charged with attempted murder - police are clear it was deliberate, not a driving offence.",
        ),
        (
            "da knife",
            "{F}: ex-p {M} turned up at the school gates, pulled a knife and slashed at her - cut to her palm. Charged s20, remanded. Children didn't see it. MARAC {DATE2}.",
        ),
        (
            "",
            "s20 GBH - {F} ({AGE}) punched by a stranger during a row in the taxi queue in {TOWN}; fell and fractured her skull. No weapons. Nil DA. Suspect charged. Husband {M} made the referral.",
        ),
        (
            "da",
            "DA ABH. partner {M} headbutted IP {F}. broken nose. 3rd incident this yr. DASH high. MARAC. kids on CP plan. she's at refuge in {TOWN2} now.",
        ),
        (
            "hate",
            "{M} ({AGE}) is deaf and had been targeted for weeks by youths who mimicked his signing; on {DATE} they threw a brick that cut his head open. Police recorded ABH as a disability hate crime. He lives in {AREA}.",
        ),
        (
            "",
            "Referral for {M} ({TEEN}). Beaten up by older boys at the skate park, kicked in the head - concussion and two teeth knocked out. No weapons used. Dad {M2}. Police found no CCE indicators.",
        ),
        (
            "da",
            "Background: {F} has been with {M} on and off for four years; a Clare's Law disclosure last year told her he had been violent to a previous partner. This incident ({DATE}): he shoved her into the door frame, cut to forehead needing glue. s47 ABH recorded.",
        ),
        (
            "knife",
            "{F} ({AGE}), pharmacist, was stabbed in the shoulder with a pair of scissors by a customer who had been refused medication. Wound needed stitches. Charged s20.",
        ),
        (
            "",
            "GBH s20 - {M} ({AGE}) was shoved off a wall by a friend as a 'joke' on {DATE} and broke his back. Police have charged the friend. {M} is in the spinal unit; mum {F} needs help with travel costs.",
        ),
        (
            "da",
            "Sibling DA: {F2} ({AGE}) attacked by her sister {F} with a hairdryer during an argument over their late mum's house - broken cheekbone. s20. Both sisters live at the house. DASH standard.",
        ),
        (
            "hate",
            "{M} ({AGE}), who is Jewish and was wearing a kippah, was punched on {STREET} by a man shouting antisemitic abuse. Bruised eye and cut lip. Police investigating religiously aggravated ABH.",
        ),
        (
            "da",
            "{F} ({AGE}) says both her husband {M} and her mother-in-law hit her; on {DATE} the mother-in-law struck her with a rolling pin, leaving a large bruise on her arm. She lives with them in {TOWN}. Police recorded ABH, DA.",
        ),
        (
            "",
            "Referral for {M} ({AGE}). Two men who thought he'd insulted one of their girlfriends kicked him in the head - fractured eye socket. Police say it's s18. He doesn't want phone contact - email only please.",
        ),
        (
            "da knife",
            "DA s18 {DATE}. partner {M} stabbed IP {F} in the leg w/ a vegetable knife after she said she was leaving. surgery. he's remanded. DASH high, MARAC. she's worried about her dog still at the address.",
        ),
        (
            "",
            "s47 ABH. Two flatmates argued about bills and {M2} threw a saucepan at {M}, cutting his eyebrow. They aren't related or in a relationship - police not treating as DA.",
        ),
        (
            "da",
            "Reason for referral: DA, ABH. {F} ({AGE}) was kicked in the back by her partner {M} while she lay on the bed; bruised kidneys. He's on bail. She has no family nearby and wants someone to talk to. DASH medium.",
        ),
        (
            "hate",
            "Racially aggravated s20. {M} ({AGE}), a delivery rider, was knocked off his moped and kicked by two men shouting racist abuse; broken collarbone. The moped was left at the scene and nothing was taken.",
        ),
        (
            "ms",
            "{M} ({AGE}) worked at a car wash in {TOWN} for 18 months, unpaid, sleeping on site. When he asked to leave, the boss beat him with a metal bar and broke his arm. Police treating it as modern slavery and GBH. NRM referral submitted.",
        ),
        (
            "ms",
            "Forced labour victim - {M} ({AGE}), recruited from abroad for farm work; passport taken and told he owed a 'debt'. The gangmaster punched him when he complained, fracturing his jaw. NRM - positive reasonable grounds. Interpreter needed.",
        ),
        (
            "ms da",
            "{F} ({AGE}) came to the UK on a spousal visa. Her husband {M} and his mother kept her indoors, made her cook and clean for the extended family without pay, and beat her - she has scars and a healed fracture of the arm. Police recording GBH and modern slavery (domestic servitude), DA. NRM referral done.",
        ),
        (
            "ms",
            "{F} ({AGE}), Vietnamese national, found working in a nail bar in {TOWN}. She had been trafficked and was slapped and burnt with a hot styling iron when she made mistakes. ABH plus modern slavery offences. NRM. Interpreter: Vietnamese.",
        ),
        (
            "ms",
            "Forced labour + GBH: {M} ({AGE}) tried to leave the block-paving gang he'd been made to work for; he was beaten with a spade and has a fractured skull. Police recording modern slavery and s18. NRM.",
        ),
        (
            "ms",
            "Nail bar worker {F} ({TEEN}), trafficked from abroad and made to work 12-hour days; the manager slapped her and pushed her into a shelf, cutting her head. ABH and modern slavery recorded. Children's services involved as she is under 18.",
        ),
        (
            "hba da",
            "{F} ({AGE}) was beaten by her father and two brothers at the family home in {TOWN} after they found out she had a boyfriend from another community. She has a fractured arm. Her father told officers she had 'shamed the family'. Honour-based abuse, DA. She's now in emergency accommodation.",
        ),
        (
            "hba da",
            "HBA/DA ref. {F} 19 - uncle and cousin hit her with a belt leaving welts across her back and legs because she refused the marriage the family had arranged. ABH. Forced Marriage Unit informed, FMPO being sought.",
        ),
        (
            "hba da",
            "{M} ({AGE}) refused to end his relationship with a woman his family disapproves of; his older brother {M2} punched him repeatedly, breaking his nose, and said he had brought dishonour on them. Police recording ABH, honour-based abuse and DA. {M} is now sofa-surfing.",
        ),
        (
            "hba da",
            "Honour. {F} (20) came home late from uni; her mother and aunt held her down and pulled out clumps of her hair, leaving scratches to her face and neck. They said she'd been seen with a boy and the community was talking. ABH recorded. She is frightened she'll be taken abroad.",
        ),
        (
            "hba da knife",
            "{F} ({AGE}) was cut on the arm with a knife by her brother when she refused to stop seeing her partner; the family say she has dishonoured them by living with him. s20. She is at a refuge in {TOWN2}.",
        ),
        (
            "hba da",
            "{F2}'s husband and father-in-law kicked her, bruising her ribs, after she went to the police about an earlier incident; they told her she had shamed the family name by involving outsiders. ABH, HBA. Specialist BME service requested.",
        ),
        (
            "hba da",
            "HBA - {F} ({AGE}) was hit across the face with a shoe by her mother-in-law and then punched by her husband {M} after refusing to give up her job, which they say shames the family. Bruised cheek and split lip. ABH recorded, DA.",
        ),
        (
            "hba da",
            "{F} (17) was beaten by her father with a belt after he found messages from a boy on her phone - welts across her legs. He told police it was about the family's izzat. ABH. Children's services and police involved.",
        ),
        (
            "da",
            "DA. {F} ({AGE}) - ex-husband {M} pushed her backwards down the front steps when she wouldn't let him see the kids without notice. Sprained ankle and grazes. s47. DASH medium. He denies it; neighbour witnessed.",
        ),
        (
            "da",
            "{M} ({AGE}) says his partner {F} scratched his face and neck and hit him with a hairbrush during an argument - scratches photographed by police. ABH, DA. He's worried he won't be believed. DASH standard.",
        ),
        (
            "",
            "ABH - {F} ({AGE}), traffic warden, was pushed hard into a lamppost by a driver she had ticketed; cut to head, bruised shoulder. Suspect identified through his reg. No knife or weapon. Referral via employer.",
        ),
    ],
)
# ================================================================ violence without injury
add(
    "violence_without_injury",
    [
        (
            "da",
            "DA common assault - partner {M} pushed {F} onto the sofa during a row, nil injuries. she rang 999 when he started shouting. he left before police arrived. DASH standard. {F} wants info on NMOs.",
        ),
        (
            "",
            "{F} ({AGE}) was spat at by a man on the tram in {TOWN} after she asked him to move his bag off the seat. No injury. Police investigating common assault. She is now anxious about using the tram.",
        ),
        (
            "da",
            "Threats to kill - ex-p {M} told {F} to her face 'I'll kill you and the kids' at the handover on {DATE}. She believes him. DASH high, MARAC ref. Threat made in person - no knife or other weapon seen.",
        ),
        (
            "",
            "Child neglect - two children, aged {KID} and {KID2}, left home alone for three days while their mum was away. Found by a neighbour. Mum charged with child cruelty/neglect. Referral for the children via their grandmother {F}, who now has them.",
        ),
        (
            "",
            "Child abduction - {F}'s daughter ({KID}) was taken from outside school by a man claiming to be her uncle; found four hours later unharmed. Man arrested. {F} referred. Police say no sexual offence is indicated.",
        ),
        (
            "ms",
            "Modern slavery: {M} ({AGE}) was found living in a caravan behind a block-paving business in {TOWN}; he had worked for the owners for six years for food and cigarettes and was not allowed to leave. No injuries. NRM referral done. He has learning difficulties.",
        ),
        (
            "",
            "Paramedic {F} ({AGE}) was kicked by a patient in the back of the ambulance; no injury. Suspect charged with assaulting an emergency worker. She has been assaulted at work before.",
        ),
        (
            "da",
            "{F} ({OLD}) says her adult son {M} ({AGE}) grabbed her by the arms and shook her during a row about money; no marks. She's scared of him when he drinks. Common assault, DA.",
        ),
        (
            "knife da",
            "threats to kill - husband {M} held a kitchen knife to {F}'s throat saying he'd kill her if she left. no injuries. he's in custody. DASH 19 high. MARAC, IDVA. she is moving to her mum's.",
        ),
        (
            "",
            "Common assault on {M} ({OLD}) - a cyclist riding on the pavement shoved him when he complained. Nil injuries but very shaken. Police have the cyclist's details. {M} lives alone.",
        ),
        (
            "",
            "Threats to kill by phone - {M} ({AGE}) got a call from a man saying he would shoot him over a debt. Nothing seen, no physical contact. Police investigating. Not DA - caller is an acquaintance.",
        ),
        (
            "",
            "Referral for {F} ({AGE}), foster carer of {M} ({KID}). {M} has disclosed that his birth father used to lock him in a cupboard and withhold food; the father has now been charged with child cruelty. Foster carer wants support for {M} as a child witness.",
        ),
        (
            "hate",
            "Racially aggravated common assault - {F} ({AGE}), Black British, was shoved on the bus by a woman who told her to 'go back to your own country'. No injuries. Suspect arrested.",
        ),
        (
            "ms",
            "Forced labour in a takeaway: {M} ({AGE}) worked 14-hour days, seven days a week, with his wages kept by the owner to 'repay travel costs'. He was told he'd be deported if he told anyone. Referral via a support charity. NRM done.",
        ),
        (
            "da",
            "Common assault DA. {F}'s partner {M} threw the TV remote at her (missed) and then shoved her out of the way to get to the door. Nil injuries. First time he's been physical - previously verbal only. DASH medium.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}), store security officer, was pushed by a man he'd asked to stop smoking in the doorway. Nothing stolen, no theft involved. No injury. Police took details.",
        ),
        (
            "da",
            "Threats to kill: {F}'s brother {M} ({AGE}) rang her repeatedly saying he'd kill her over their father's will, then came to her door and said it again to her face. No weapon. DA (family). She has reported him before.",
        ),
        (
            "ms",
            "{F} ({AGE}) was brought to the UK to work as a live-in nanny; the employers took her passport, paid her nothing and made her sleep on the kitchen floor. She escaped and went to a church. Domestic servitude. NRM. No sexual abuse disclosed; employers are not family.",
        ),
        (
            "",
            "Common assault - {M} ({AGE}) was slapped across the face by a stranger in the queue at {SHOP}. No injury. Suspect identified from store CCTV. {M} wants an update.",
        ),
        (
            "da",
            "DA - {F} ({AGE}). ex-p {M} spat in her face and shoved her when she wouldn't let him in. no injuries. he also sends abusive texts daily - texts only, nothing on social media. DASH medium.",
        ),
        (
            "ms",
            "County lines: {M} ({U16}) found in a flat in {TOWN2}, 60 miles from home, with drugs and cash. He had been trafficked to sell drugs for a line. CCE. NRM made; police recording a modern slavery offence (child trafficking for criminal exploitation). Mum {F} referred.",
        ),
        (
            "knife",
            "{M} ({AGE}) was cornered in the stairwell of his block by a man who held a knife up to his face and said 'you're dead if you talk to the police'. No injury and nothing taken. Police recording threats to kill.",
        ),
        (
            "",
            "Common assault: {F} ({AGE}) had a drink thrown over her and was shoved by a woman she didn't know in a nightclub in {TOWN}. No injury. Club has CCTV. Denies any relationship with the suspect.",
        ),
        (
            "da",
            "{F} - husband {M} grabbed her wrist hard to stop her leaving, no marks, she pulled free. Common assault. She says he's never been violent before but is very tight with money. DASH medium, police arrested.",
        ),
        (
            "ms da hba",
            "{F} ({AGE}) was married in a ceremony she did not agree to. Since arriving in the UK her in-laws have kept her in the house doing all the domestic work unpaid and hold her documents; her father-in-law has threatened to kill her if she dishonours them by leaving. Forced marriage and domestic servitude. NRM and FMU referrals made.",
        ),
        (
            "hba da",
            "Threats to kill / HBA. {F} ({AGE}) says her father told her he would kill her if she married her boyfriend, because it would bring shame on the family. Said to her face, no weapon. She has moved out. Police have recorded threats to kill.",
        ),
        (
            "hba da",
            "HBA. {F} 18 told police her uncle {M} slapped her (no injury) and said the family's honour depended on her going through with the engagement they had arranged. Common assault. Forced marriage concerns - FMU contacted, FMPO applied for.",
        ),
        (
            "",
            "Child cruelty (s1) - {M} ({KID}) told his teacher that his stepfather makes him stand in the garden in the cold at night as a punishment and takes his meals away. No physical injuries found. Stepfather arrested. Referral for {M} via his social worker.",
        ),
        (
            "",
            "PC {M} ({AGE}) was shoved and spat at by a detained male in the custody suite; no injury. Recorded as assault on an emergency worker. Referral made through the force wellbeing team.",
        ),
        (
            "",
            "{M} ({AGE}) was threatened by his neighbour, who said he'd 'put him in the ground' if he parked there again and then shoved him. No injury, no weapons. The neighbour is not related. Police recorded common assault.",
        ),
        (
            "da",
            "17 yr old {F} assaulted by her dad {M} - pushed against the wall, no injuries. Mum called police. Recorded as DA (both 16+). Children's services also told as she's under 18.",
        ),
        (
            "ms",
            "Trafficking: {M} ({AGE}) and four other men were brought from abroad and housed in one room above a factory in {TOWN}; their wages went into accounts controlled by the organiser. Labour exploitation, NRM. No injuries. They are in safe house accommodation.",
        ),
        (
            "da",
            "Gran {F} ({OLD}) says her grandson {M} ({YA}), who lives with her, shoved her against the kitchen worktop when she wouldn't lend him her car. No injury. She is frightened but doesn't want him to leave. Common assault, DA. ASC informed.",
        ),
        (
            "",
            "Child neglect - {F2}'s children (aged {KID} and {KID2}) were found in a house with no food, no heating and dog mess on the floors; their mother is charged with child neglect. Referral for the children's aunt {F}, who is caring for them now.",
        ),
        (
            "knife",
            "{F} ({AGE}) was working alone at a late-night petrol station kiosk when a man came in, showed her a knife tucked up his sleeve and told her he would 'be back for her'. He didn't take anything. She believed him and is off work. Police recording assault/threats.",
        ),
        (
            "ms",
            "{F} ({AGE}), British, was taken in by a family she met at a hostel and made to clean their houses and rental properties for no pay; they took her benefits and threatened her if she complained. Police recording forced labour (modern slavery). Not related to them. No sexual abuse disclosed.",
        ),
        (
            "",
            "Common assault - {M} ({TEEN}) was slapped by a parent of another player at a Sunday league match. No injury. Police gave advice and recorded it. Mum {F} referred.",
        ),
        (
            "da",
            "threats to kill + common assault. {M} ({AGE}) says his wife {F} slapped him and threatened to kill him while holding a hammer (not swung). no injuries. DA. he's worried nobody will believe him because he's a man.",
        ),
        (
            "",
            "{F} ({AGE}), receptionist at a GP surgery, was told by a patient 'I'll come back and kill you' after his appointment was refused. No weapon. Police recorded threats to kill. Practice manager referred.",
        ),
        (
            "ms",
            "{M} ({TEEN}) arrived in the UK as an unaccompanied minor and was taken by a man who locked him in a house in {TOWN} to tend a cannabis grow. Found during a warrant. Police recording modern slavery - he is being treated as a victim, not an offender. NRM. Foster placement.",
        ),
        (
            "hate",
            "Religiously aggravated common assault - {M} ({AGE}) was leaving the mosque when a man shoulder-barged him and shouted anti-Muslim abuse. No injuries.",
        ),
        (
            "",
            "Child abduction - {F} ({U16}) was persuaded to get into a car by a woman who said her mum had sent her; she was driven around for an hour then dropped back. Woman arrested for child abduction. Police say there is no sexual element.",
        ),
        (
            "da",
            "Caseworker: {F} ({PAR}) says on {DATE} her partner {M} blocked the door and pushed her back into the bedroom when she tried to leave for work, then took her car keys. No injuries. She hasn't reported the rest of his behaviour. Police recorded common assault. DASH medium. She's worried about her 15-year-old daughter from a previous relationship who hears the arguments.",
        ),
        (
            "ms",
            "{F} ({AGE}) and her sister were recruited through a job advert to work in a packing factory; the agency boss confiscated their ID and charged 'rent' that swallowed all their wages. Police treating as forced labour. No violence.",
        ),
        (
            "knife hate",
            "{M} ({AGE}) was threatened outside the chip shop on {STREET} by a man who pulled a knife and shouted racist abuse at him; {M} ran off unhurt. Police recording a racially aggravated assault (no injury).",
        ),
        (
            "ms",
            "Cuckooing - {M} ({AGE}), who has a learning disability, had his flat taken over by dealers who made him hold drugs and cash for them and wouldn't let him go out alone. Police recording a modern slavery offence (criminal exploitation of an adult). Adult social care involved.",
        ),
        (
            "ms",
            "Labour trafficking - {M} ({AGE}) and his cousin were moved from {TOWN} to a farm near {TOWN2} to pick vegetables; their pay was kept for 'debts' and they were told their families would be hurt if they left. NRM. No injuries.",
        ),
        (
            "ms",
            "Forced criminality - {M} ({TEEN}) was housed by adults who made him steal to order from shops across the county. NRM referral; police recording child trafficking (modern slavery).",
        ),
        (
            "ms",
            "{HDR}{F} ({AGE}) worked as a cleaner in a private home for a couple she is not related to - 16-hour days, no days off, passport held by them. Domestic servitude. She escaped with help from a neighbour. NRM.",
        ),
        (
            "ms",
            "NRM referral - {M} ({AGE}) was recruited at a homeless shelter by a man offering driveway work; housed in a caravan, paid nothing, told he owed for food. Police recording forced labour. No physical violence.",
        ),
        (
            "ms",
            "Forced labour at a recycling plant - {M} ({AGE}) and seven others were bussed daily from a shared house; the gangmaster kept their bank cards. Police operation. Interpreter needed.",
        ),
        (
            "ms",
            "child trafficking (county lines) - {M} ({U16}) reported missing, found in a trap house in {TOWN2} being made to deal. NRM. CCE. police recording modern slavery offence.",
        ),
        (
            "ms da",
            "{F} ({AGE}) came to the UK to marry {M}; his family made her work in their restaurant unpaid and sleep in the storeroom, and they hold her passport. No violence disclosed. Police recording modern slavery; DA.",
        ),
        (
            "ms",
            "{M} ({AGE}), British, with a history of addiction, was made to work on a farm in exchange for drugs and a bed and was not allowed to leave. NRM. Police investigating forced labour.",
        ),
        (
            "hba da",
            "HBA - {F} ({AGE}) says her brothers pushed her into her room and took her phone and keys after she was seen with a male friend, saying she'd shamed the family. No injuries. Common assault recorded.",
        ),
        (
            "hba da",
            "{F} ({AGE}) - father and uncle threatened to kill her if she didn't marry the man they had chosen. FMU involved, FMPO obtained. Threats to kill recorded. She is in a refuge in {TOWN2}.",
        ),
        (
            "hba da",
            "{M} ({AGE}) has been told by his father and uncles that they will kill him if he marries a woman from a different caste, which they say would dishonour the family. Threats made in person. No weapon. Police recorded threats to kill.",
        ),
        (
            "hba da",
            "HBA/forced marriage - {F} (17) told her teacher she is to be taken abroad in the summer to marry a cousin; her mother slapped her when she refused. No injury. Common assault recorded, FMPO applied for. Children's services.",
        ),
        (
            "hba da",
            "HBA - {F} 22 says her parents took her passport and said she'd be 'sent back home' if she kept seeing her boyfriend; her dad grabbed her arm (no marks). Common assault recorded. She's frightened of being taken abroad.",
        ),
        (
            "",
            "Common assault - {M} ({AGE}), a ticket inspector, was pushed against the carriage door by a fare dodger; no injury. BTP recorded. He mentioned his colleague was stabbed on another line last year, which is why he's so anxious.",
        ),
        (
            "da",
            "{F} ({OLD}) says her daughter {F2} ({AGE}) threw a full can of lager at her, which hit her shoulder - no mark. Common assault. DA (family). She doesn't want {F2} arrested, just wants help for her drinking.",
        ),
    ],
)
# ================================================================ stalking and harassment
add(
    "stalking_harassment",
    [
        (
            "da onl",
            "CCB + stalking. ex-p {M} set up fake Instagram accounts to message {F} after she blocked him, and has turned up at her gym twice. DASH 12. NMO being applied for.",
        ),
        (
            "da",
            "Controlling or coercive behaviour - {F} ({AGE}) describes her husband {M} taking her wages, choosing her clothes, stopping her seeing friends and timing her trips to the shop. No physical violence. Police have recorded CCB. DASH high. She still lives with him.",
        ),
        (
            "onl",
            "Malicious comms - {F} ({AGE}) is getting abusive messages on Facebook from a former colleague calling her a liar and a thief. No relationship between them. Police investigating. She's asked how to save the evidence.",
        ),
        (
            "",
            "Harassment - neighbour {M} keeps banging on {F}'s door late at night and leaving notes accusing her of stealing his post. She has kept a diary for three months. Police gave him a warning and it has carried on. No threats of violence, nothing online.",
        ),
        (
            "da",
            "stalking - ex-p {M} keeps driving past {F}'s house, waits outside her work, rang her 40x in one day. calls + texts only. DASH 15 high. MARAC ref. she's changed her number.",
        ),
        (
            "onl",
            "{M} ({AGE}) is being harassed on WhatsApp and TikTok by a group spreading a false rumour that he's a paedophile. He's scared to leave the house. Police investigating harassment.",
        ),
        (
            "da onl",
            "{F} ({AGE}) says her ex {M} put a tracking app on her phone while they were together and still knows where she goes; he sends Snapchat messages describing places she's been. Stalking, DA. DASH high.",
        ),
        (
            "",
            "Stalking - {F} ({AGE}), a nurse, is being followed home by a former patient who sends her letters and flowers and waits in the hospital car park. They have no relationship and she has never replied. Police have arrested him for stalking.",
        ),
        (
            "hate onl",
            "Harassment - {M} ({AGE}) and his husband have had a string of homophobic messages on Facebook from a neighbour calling them 'disgusting' and saying they shouldn't be allowed near children. Recorded as malicious communications with a hate crime flag.",
        ),
        (
            "da",
            "{HDR}CCB (s76). {M} ({AGE}) - his partner {F} controls all the money, won't let him see his family and threatens to tell his employer lies about him. DASH completed. He is staying with a friend. Police investigating.",
        ),
        (
            "onl",
            "Someone has been emailing {F}'s employer and tagging her in posts on X claiming she deals drugs. She teaches at {SCHOOL}. Police investigating malicious comms/stalking, no suspect yet. She denies any ex-partner issues.",
        ),
        (
            "da",
            "Caseworker narrative: {F} separated from {M} after he was convicted of assaulting her. Since his release in {DATE} he has sent letters through his mother, left gifts on her car and rung her from withheld numbers. Last week he was seen outside her daughter's school. Stalking recorded, DA. She has a restraining order and police are considering a breach. MARAC {DATE2}. She is exhausted and wants to know about the sanctuary scheme.",
        ),
        (
            "onl",
            "Malicious communications - {F} ({AGE}) has had a series of anonymous emails threatening to 'ruin her' and quoting private details about her family. Police trying to trace the sender. She runs a small business in {TOWN}.",
        ),
        (
            "da",
            "Harassment (family). {F} ({OLD}) is being harassed by her adult son {M}, who rings her 20-30 times a day demanding money and shouts through the letterbox. She hasn't been physically hurt. DA recorded. She's worried about his drug use.",
        ),
        (
            "",
            "Stalking - {M} ({AGE}) is being followed by a woman he met once at a friend's party; they were never in a relationship. She turns up at his flat and his work and sends him cards. Police recording stalking.",
        ),
        (
            "da onl",
            "DA stalking. ex-p {M} logged into {F}'s iCloud and read her messages, then posted her new address in a Facebook group. she's terrified. DASH high. police investigating stalking + computer misuse. MARAC.",
        ),
        (
            "onl",
            "cyber-bullying - {F} ({TEEN}) being sent threats on Snapchat by girls at college saying they'll 'batter her'. police recorded malicious communications. no sexual content, no CSE concerns.",
        ),
        (
            "da",
            "{F}: partner {M} monitors her phone, took her bank card, won't let her see the GP alone, says no one would believe her. CCB. No physical DA. DASH 11. Looking for a refuge space in {TOWN2}.",
        ),
        (
            "hate onl",
            "{F} ({AGE}), a wheelchair user, is getting mocking disability-related comments and memes on her YouTube channel from one user, who has also found her personal Instagram. Harassment with disability hostility. Police investigating.",
        ),
        (
            "",
            "Harassment by a former landlord - keeps coming to {M}'s new flat demanding 'unpaid rent', phoning his mum and leaving voicemails. No threats to hurt him. Police have issued a warning.",
        ),
        (
            "da",
            "stalking - {F}'s ex-husband {M} keeps turning up at the supermarket and the park when she's there with the kids and sat outside her house in his car at 2am. DASH high. They don't live together so police are applying for a stalking protection order.",
        ),
        (
            "onl",
            "{F} ({AGE}) sold a jacket on an online marketplace; the buyer claimed it was fake and, when she refused a refund, started messaging her on every platform she uses and found her home address. Police recorded harassment.",
        ),
        (
            "da",
            "CCB. {M} ({AGE}) - his wife {F} restricts his contact with his children from his first marriage, controls his phone and tells him he's worthless; he has started self-harming. Police recorded CCB. He'd like male-specific support.",
        ),
        (
            "onl hate",
            "{M} ({AGE}), who is Jewish, has been sent dozens of antisemitic messages on Instagram from an account that also posted the name of his workplace. Malicious communications, religious hate.",
        ),
        (
            "",
            "stalking - {F} ({AGE}) has noticed the same man outside her flat most mornings; he followed her to the station three times and left a note on her windscreen saying 'I know where you live'. Unknown male. No online element. Police reviewing CCTV.",
        ),
        (
            "da onl",
            "Ex-boyfriend {M} sends {F} ({AGE}) WhatsApp messages from a new number every time she blocks him and turned up at her uni halls. They were together two years. Stalking recorded. DASH medium.",
        ),
        (
            "",
            "Harassment (workplace) - colleague {M2} keeps leaving notes on {F}'s desk and texting her after she complained about him. Employer investigating and police have recorded harassment. No touching or sexual behaviour.",
        ),
        (
            "da",
            "{HDR}Father {M} ({OLD}) is harassing his adult daughter {F} ({AGE}) after she cut contact - turning up at her work and posting letters through her door. DA (familial). No violence. Words of advice given, then he was arrested after the fifth visit.",
        ),
        (
            "onl",
            "Malicious comms - {M} ({AGE}), who runs a café in {TOWN}, is being targeted with fake reviews and abusive posts in a local Facebook group by a former employee, including threats to 'sort him out'. Police recording malicious communications.",
        ),
        (
            "da",
            "DA - CCB. {F} ({AGE}) told her GP that {M} (husband) has banned her from driving, keeps her passport and checks every receipt. No physical violence. GP referral with consent. IDVA DASH - medium.",
        ),
        (
            "onl",
            "{F} ({AGE}) is getting hundreds of abusive comments on her TikTok from one account after she posted a review of a local restaurant; the same person has emailed her employer. Harassment/malicious comms. No threats of violence.",
        ),
        (
            "da",
            "{F} (adult daughter) being harassed by her mother {F2} - constant calls, turning up unannounced, shouting at {F}'s partner in the street. DA (familial). Harassment recorded. Nothing online.",
        ),
        (
            "da onl",
            "Ex-p {M} set up a fake dating profile using {F}'s photos and phone number and men have been contacting her. He's also messaging her friends on Facebook. Stalking, DA. Police have seized his phone.",
        ),
        (
            "",
            "Stalking - {M} ({TEEN}) is being followed to and from college by an older man who takes photos of him. Mum {F} reported it. No contact or messages from the man. Police say no CSE indicators at this stage.",
        ),
        (
            "onl",
            "Harassment - {F} ({AGE}) is being named and accused in a community WhatsApp group by neighbours who think she reported them to the council; the messages include her address. Police recording harassment.",
        ),
        (
            "da",
            "CCB. {F} 29. bf {M} controls money, has a tracker on her car, tells her what to wear, threatened to make her homeless. no violence. DASH 10. wants IDVA",
        ),
        (
            "",
            "Harassment by a former friend - {F2} keeps turning up at {F}'s house and workplace after they fell out, shouting accusations. Never in a relationship and not related. Police recorded harassment and issued a warning. No social media involvement.",
        ),
        (
            "hba da",
            "HBA - {F} ({AGE}) is being watched by her brothers and cousins, who report back to her father where she goes; her phone is checked and her wages are taken. The family say it is to protect their honour. CCB recorded. Forced marriage risk assessed - FMU aware.",
        ),
        (
            "hba da onl",
            "{F} ({AGE}) says relatives keep sending her WhatsApp voice notes calling her a disgrace and saying she has destroyed the family's honour by divorcing her husband. Harassment. No threats to kill.",
        ),
        (
            "hba da",
            "Honour-based CCB: {F2} ({AGE}) lives with her parents, who decide who she may speak to, take her phone and won't let her work, saying the family's standing in the community depends on it. No violence disclosed. CCB recorded.",
        ),
        (
            "hba da",
            "HBA. {M} ({AGE}) - his family harass him daily (calls, turning up at his work) because he married outside the community; his father says he has 'brought shame'. Harassment, DA. No violence. He wants it to stop without a prosecution.",
        ),
        (
            "hba",
            "{F} ({AGE}) is being followed and photographed by men she doesn't know who say she has dishonoured the community by remarrying; they leave notes at her door. Police recording stalking with an honour-based abuse flag. No family involvement identified.",
        ),
        (
            "da",
            "Stalking (DA) - {M} ({AGE}). ex-girlfriend {F} keeps coming to his new flat, has left over 100 voicemails and was found in his back garden at night. DASH 8. Arrested, bailed with conditions.",
        ),
        (
            "onl",
            "Someone on a gaming forum is posting {M}'s ({AGE}) address and photos of his house and encouraging others to 'pay him a visit'. Stalking recorded. No known relationship with the poster.",
        ),
        (
            "da",
            "{HDR}Stalking. DASH: high. MARAC: yes. Victim {F} ({AGE}). Suspect: ex-partner {M}. Behaviours: loitering outside her home, following her car, contacting her through her children. Last seen outside her address {DATE}. Police applying for an SPO.",
        ),
        (
            "hba da",
            "Honour - {F} ({AGE}) left her husband and moved to {TOWN2}; her father and her husband's brothers are trying to track her down, turning up at her workplace and telling colleagues she is a disgrace to the family. Stalking recorded. DA.",
        ),
        (
            "hba da onl",
            "{F} ({AGE})'s cousins have been posting on Facebook naming her and saying she has dishonoured the family by living with her boyfriend; they message her every day. Harassment, honour-based. DA (family).",
        ),
        (
            "hba da",
            "CCB with an honour element - husband {M} and his mother control every part of {F}'s ({AGE}) life, won't let her learn English or go out alone, and say anything else would shame them. No physical violence. CCB recorded. IDVA needed.",
        ),
        (
            "hba da",
            "HBA harassment - {M} ({AGE}) is getting constant calls and visits from his uncles demanding he divorce his wife because her family is 'beneath' theirs and it shames them. Harassment recorded. DA (family).",
        ),
        (
            "da",
            "DA. {F} ({AGE}) says her sister {F2} rings and texts her dozens of times a day calling her names and threatening to 'tell everyone' about her past; it's gone on since their mum died. Harassment recorded. No violence. SMS and calls, no apps.",
        ),
        (
            "da",
            "coercive control. V {M} 41 - wife {F} takes his wages, decides what he eats, locks him out of the house if he is late. no physical. DASH 9. he's ashamed, asked for male worker.",
        ),
        (
            "da onl",
            "{F} ({AGE}) - ex {M} keeps sending messages to her new partner on Messenger about her, and posting their old photos with nasty captions. Harassment, DA. DASH standard.",
        ),
        (
            "",
            "Harassment - {F} ({OLD}) keeps receiving anonymous letters through her door calling her a 'witch' and telling her to move. Police investigating. She lives alone and is frightened. No idea who, no family involvement.",
        ),
    ],
)
# ================================================================ sexual offences
add(
    "sexual_offences",
    [
        (
            "",
            "Rape - {F} ({AGE}) was raped after a night out by a man she'd met in {PUB}; she woke up in his flat. Reported next day, SARC exam done. Suspect arrested. ISVA referral requested.",
        ),
        (
            "da",
            "{F} ({AGE}) has disclosed that her husband {M} has raped her repeatedly over the last two years, most recently on {DATE}. She left with the children yesterday. DASH high, MARAC referral. Police investigating rape. ISVA + IDVA needed.",
        ),
        (
            "cse",
            "CSE - {F} ({U16}) has been going missing and coming back with new phones and clothes. She told her social worker that older men at a flat in {AREA} gave her alcohol and had sex with her. Police investigating child sexual exploitation. Mum {F2} referred.",
        ),
        (
            "cse onl",
            "Online grooming - {M} ({U16}) was contacted on a gaming platform by an adult posing as a teenager, who persuaded him to send sexual images and tried to arrange to meet. Police have arrested the man for sexual communication with a child. Parents {F} and {M2} referred.",
        ),
        (
            "",
            "Sexual assault - {F} ({AGE}) was groped by a man on a packed train into {TOWN}; he put his hand between her legs. BTP investigating. She's anxious about commuting now.",
        ),
        (
            "",
            "Exposure - {F} ({AGE}) and a friend were walking through {TOWN} park when a man exposed himself and masturbated in front of them. He ran off. Police investigating. She no longer walks that route.",
        ),
        (
            "cse",
            "Non-recent CSA - {M} ({AGE}) has disclosed that his former football coach sexually abused him between the ages of 11 and 14. Police investigating. He has never told anyone before and would like an ISVA experienced with male survivors.",
        ),
        (
            "knife",
            "Rape at knifepoint - {F} ({AGE}) was attacked walking home along the canal towpath in {TOWN}; the man held a knife to her neck and raped her. Stranger. SARC attended. Police have a suspect. Her mum {F2} is with her.",
        ),
        (
            "ms",
            "Trafficking for sexual exploitation - {F} ({AGE}) came to the UK on the promise of a waitressing job and was forced to sell sex in flats across {TOWN} and {TOWN2}; all her earnings were taken. Found in a police raid. NRM. Safe house. Interpreter needed.",
        ),
        (
            "cse da",
            "{F} ({TEEN}) told her college tutor that her boyfriend {M} ({AGE}) forces her to have sex and has made her have sex with his friends. Police investigating rape and CSE. DA as well (intimate partners, both over 16). DASH done.",
        ),
        (
            "",
            "Voyeurism - {F} ({AGE}) found a small camera hidden in the bathroom of the room she rents; the landlord had been recording her. Police seized his devices and charged voyeurism. She has moved out.",
        ),
        (
            "cse",
            "Sexual activity with a child - {F} ({U16}) has been in a 'relationship' with a 22-year-old man who has had sex with her several times and picks her up from school. Police investigating. Parents {F2} and {M} referred.",
        ),
        (
            "da",
            "Sexual assault (DA) - ex-p {M} came to collect the kids, pushed {F} against the wall and groped her breasts and crotch while she kept saying no. DASH high. Police investigating sexual assault.",
        ),
        (
            "",
            "{F} ({AGE}) believes she was drugged at a house party and woke to find a man she didn't know touching her sexually. Police investigating sexual assault; toxicology results pending.",
        ),
        (
            "cse onl",
            "{F} ({U16}) sent one image on Instagram to someone she believed was a boy her age; she was then blackmailed into sending more explicit images. Police recording inciting a child to engage in sexual activity. Mum {F2} referred.",
        ),
        (
            "ms cse",
            "Child trafficking for sexual exploitation - {F} ({U16}) was moved between hotels in {TOWN} and {TOWN2} by a group of men and sexually exploited. Rescued in a police operation. NRM. Foster placement. Children's ISVA requested.",
        ),
        (
            "",
            "Rape (male victim) - {M} ({AGE}) was raped by a man he knew through a friend after drinks at {M2}'s flat. Reported five days later. Police investigating. He'd like a male-specialist ISVA.",
        ),
        (
            "",
            "{F} ({AGE}) was raped by a colleague after the works Christmas party in {TOWN}. She reported it a month later. He has been suspended. Police investigating rape. ISVA requested.",
        ),
        (
            "cse",
            "Referral from the school DSL: {M} ({U16}) has disclosed that his older cousin {M2} ({AGE}) has been sexually abusing him at family gatherings for two years. Police and social care strategy meeting held.",
        ),
        (
            "da",
            "Rape - {F} ({AGE}) raped by her ex-husband {M} when he came to the house to see the children. She has a non-molestation order. DASH very high. MARAC. Police arrested him.",
        ),
        (
            "cse",
            "CSE - {F} 15 going missing, picked up in cars by older males, found with alcohol + cannabis. disclosed sex w/ 'boyfriend' aged 24. CSE strategy mtg. SW {F2}. police investigating.",
        ),
        (
            "",
            "Sexual assault on a bus - {M} ({AGE}) had his bottom and groin touched by another passenger who sat next to him and wouldn't stop. Police have the bus CCTV. He's embarrassed and wanted someone to talk to.",
        ),
        (
            "hate",
            "{F} ({AGE}), who is a lesbian, was sexually assaulted in a bar by a man who had seen her kiss her girlfriend; he grabbed her breasts and said he would 'sort her out'. Police recording sexual assault with a hate crime marker (sexual orientation).",
        ),
        (
            "cse",
            "Non-recent abuse. {F} ({AGE}) has disclosed that her stepfather sexually abused her from the age of 8 until she was 13. He still lives in {TOWN}. Police taking her statement. She wants support through the investigation.",
        ),
        (
            "da",
            "{F} ({AGE}) - husband {M} has been filming her during sex without her consent and says he'll show the videos to her family if she leaves. Police investigating voyeurism and CCB. DASH high.",
        ),
        (
            "",
            "Upskirting - {F} ({AGE}) spotted a man filming up her skirt on the escalator at {TOWN} shopping centre. Security detained him; charged with voyeurism. Police say there's no evidence the footage was shared anywhere.",
        ),
        (
            "cse",
            "{F} ({TEEN}) was raped at a party by an 18-year-old boy from her sixth form. Police investigating. Children's services involved as she is 17. Young people's ISVA.",
        ),
        (
            "onl ms",
            "Sexual exploitation/trafficking: {F} ({AGE}) was controlled by a man who advertised her on adult websites and took all the money; she was moved between short-let flats. Police investigating trafficking for sexual exploitation and controlling prostitution. NRM submitted.",
        ),
        (
            "da",
            "{HDR}DA - sexual. {F} ({AGE}) disclosed that her partner {M} makes her perform sexual acts when she's asleep or too drunk to consent. ISVA referral. DASH medium.",
        ),
        (
            "cse onl",
            "{M} ({U16}) was added to a Discord server where an adult sent him sexual images and pushed him to perform sexual acts on webcam. Police investigating; devices seized. Parents referred.",
        ),
        (
            "",
            "Exposure - {F} ({OLD}) was flashed by a man at the bus stop on {STREET}. She says she isn't hurt but can't stop thinking about it. Police have identified a suspect.",
        ),
        (
            "cse",
            "CSA - {F}'s son ({KID}) has disclosed that a neighbour's adult son touched him sexually. Police investigating, ABE interview done. Mum {F} referred for support. Nothing online.",
        ),
        (
            "da knife",
            "{F} ({AGE}) says her partner {M} held a knife to her and raped her on {DATE}. He has been violent for years. DASH very high, emergency MARAC. She is in a refuge.",
        ),
        (
            "",
            "Sexual assault - {F} ({AGE}), a domiciliary care worker, was touched sexually by a service user's relative during a home visit. Reported via her employer. Police investigating.",
        ),
        (
            "cse da hba",
            "{F} ({TEEN}) was married in a religious ceremony to a 30-year-old man chosen by her family and has been made to have sex with him. Police investigating rape and forced marriage. FMU involved.",
        ),
        (
            "hba da",
            "{F} ({AGE}) says she was married against her will two years ago and her husband {M} rapes her; when she told her mother she was told divorce would dishonour the family. Police investigating rape. IDVA + ISVA. FMU informed.",
        ),
        (
            "ms",
            "Adult victim of trafficking - {M} ({AGE}) was made to provide sexual services at a massage parlour; the owner kept his passport. Police recording trafficking for sexual exploitation. NRM.",
        ),
        (
            "cse",
            "Peer-on-peer: {F} ({U16}) was sexually assaulted by two boys from her year in the park after school. Police and school involved. Parents referred. No images were taken.",
        ),
        (
            "",
            "Sexual assault by a taxi driver - {F} ({AGE}) says the driver touched her leg and breasts while driving her home from {TOWN} station. Reported to police and the council licensing team. Driver suspended.",
        ),
        (
            "da",
            "{F} ({AGE}) has disclosed that her husband {M} forces sex on her when she refuses. Police rape investigation. She would like to move in with her adult son. DASH high.",
        ),
        (
            "cse ms",
            "{M} ({U16}) was trafficked and sexually exploited by adults who were also using him to carry drugs; NRM positive. Police recording sexual exploitation of a child. Foster carer {F} referred.",
        ),
        (
            "cse",
            "school DSL ref. {F} {U16} told a teacher that mum's boyfriend comes into her room at night and touches her. police + CSC strategy mtg today. mum {F2} believes her and has made him leave. ABE booked.",
        ),
        (
            "cse onl",
            "{F} ({U16}) met a 'boy' on Snapchat who turned out to be a 30-year-old man; he persuaded her to send nude photos and then to meet, where he sexually assaulted her. Police investigating. Parents referred.",
        ),
        (
            "cse",
            "CSE concerns - {M} ({U16}), a looked-after child, keeps going missing from placement and was found at a house in {TOWN2} with adult men; he disclosed sexual activity in exchange for vapes and alcohol. Police investigating child sexual exploitation.",
        ),
        (
            "cse",
            "{F} ({KID}) was touched inappropriately by a man in the changing area at the swimming pool. Staff detained him and he was arrested. Mum {F2} referred.",
        ),
        (
            "cse",
            "Historic - {F} ({OLD}) has disclosed for the first time that a family friend raped her when she was 12. He still lives in {TOWN}. Police taking a statement. She wants emotional support.",
        ),
        (
            "cse",
            "{F} (17), a care leaver, says a man she calls 'uncle' (not a relative) makes her have sex with his friends for money. Police and social care involved. CSE, controlling prostitution.",
        ),
        (
            "cse",
            "Intrafamilial CSA - {M} ({KID}) told his mum {F} that his grandfather sexually abused him during sleepovers. Police and social care investigating. {F} is devastated and has cut contact with her father.",
        ),
        (
            "cse",
            "Abuse of position of trust - a PE teacher had a sexual relationship with {F} ({TEEN}), a pupil at {SCHOOL}. Police have charged him. Parents referred.",
        ),
        (
            "cse",
            "{HDR}Rape of a child under 13. {F} ({KID}) told her aunt that an older stepbrother raped her. Police investigating; children's services involved. Aunt {F2} making the referral.",
        ),
        (
            "cse onl",
            "{M} ({U16}) was persuaded by an adult he met in an online game to move to a private chat app and perform sexual acts on camera; recordings were found on the man's devices. Police investigating. Dad {M2} referred.",
        ),
        (
            "cse",
            "Referral: {F} ({U16}) was sexually assaulted by a 19-year-old man at a party in the park after he'd given her vodka. Police have identified him. Mum {F2} would like an ISVA.",
        ),
        (
            "cse",
            "caseworker: non-recent CSE. {F}, now {AGE}, was groomed at 14 by men working at a takeaway in {TOWN} - given lifts and alcohol and sexually abused by several of them. Police operation ongoing; she has agreed to give evidence. Needs long-term support.",
        ),
        (
            "ms",
            "{F} ({AGE}) was trafficked within the UK - moved from {TOWN} to {TOWN2} by a man who forced her to have sex with men at a flat and kept the money. Police recording trafficking for sexual exploitation and rape. NRM.",
        ),
        (
            "ms cse",
            "{F} ({U16}) trafficked between cities by a group who sexually exploited her; police found her in a hotel room in {TOWN}. NRM. Placement found.",
        ),
        (
            "hba da",
            "Forced marriage and rape - {F} ({AGE}) was taken abroad and married to a man she had never met; back in the UK he has raped her repeatedly. Her family say leaving him would bring shame on them. Police investigating rape; FMU involved.",
        ),
        (
            "",
            "Sexual assault - {F} ({AGE}) was grabbed and kissed against her will by a stranger outside {PUB}, who also put his hand up her top. Door staff held him until police came. Not DA.",
        ),
        (
            "",
            "{HDR}Voyeurism. {M} ({AGE}) discovered a man filming him through the gap in a changing-room cubicle at {TOWN} leisure centre. Staff detained the man. Charged.",
        ),
    ],
)
# ================================================================ robbery
add(
    "robbery",
    [
        (
            "knife",
            "Knifepoint robbery - {M} ({TEEN}) had his phone and AirPods taken on {STREET} by two males who showed him a knife. No injuries. Mum {F} referred.",
        ),
        (
            "",
            "Robbery of personal property - {F} ({OLD}) was pushed to the ground by a man who grabbed her handbag on {STREET}, {TOWN}; she broke her wrist. Suspect not traced. Daughter {F2} referred.",
        ),
        (
            "knife",
            "Business robbery - {SHOP}, {TOWN}. A man came in with a machete and demanded the till takings; {F} ({AGE}) handed over about {SAMT}. Staff traumatised. Employer referral.",
        ),
        (
            "",
            "{M} ({AGE}), a delivery driver, was punched by two men who took his van keys and the parcels from his hands. Cut lip. Police investigating robbery.",
        ),
        (
            "da",
            "DA robbery. ex-p {M} twisted {F}'s wrist and snatched her phone out of her hand so she couldn't ring police, then left with it. bruised wrist. DASH medium. police recorded robbery.",
        ),
        (
            "",
            "{M} ({U16}) was 'taxed' by older boys at the bus station - they pinned him against the wall and took his trainers and cash. No weapons. Police investigating robbery. Dad {M2}.",
        ),
        (
            "knife",
            "Robbery at a cashpoint - a man came up behind {F} ({AGE}) at the ATM on {STREET}, held a knife to her side and made her withdraw {SAMT}. No injury. Suspect on CCTV.",
        ),
        (
            "hate",
            "{M} ({AGE}), who is visually impaired, was pushed over and had his wallet and phone taken by two teenagers who called him disability-related names. Police recording robbery with a disability hate marker.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) agreed to sell his watch to a man who met him in a car park; the man shoved him over and drove off with the watch without paying. Police investigating robbery.",
        ),
        (
            "knife",
            "armed robbery - post office counter inside {SHOP}. 2 men, one with a large knife, took {AMT} cash. staff {F} + {F2} referred. no injuries. OIC {OIC}",
        ),
        (
            "",
            "mugging - {M} 19 punched in the face by 3 males who took his wallet + phone on {STREET} at {TIME}. black eye. didnt see any weapon. police investigating robbery.",
        ),
        (
            "",
            "Robbery of a taxi driver - {M} ({AGE}) was grabbed round the neck by a passenger who took his night's takings (about {SAMT}). Red marks to neck. Police have the booking details.",
        ),
        (
            "knife",
            "{F} ({AGE}) was cycling home when a man on a moped blocked her path, showed her a knife and demanded her phone. She handed it over. Not injured. Police think it's part of a series.",
        ),
        (
            "",
            "Robbery - {M} ({U16}) was pushed off his bike by two older lads who rode away on it. Grazed knees. Police recorded robbery because force was used.",
        ),
        (
            "knife",
            "Business robbery - petrol station kiosk in {TOWN}: a man threatened the cashier {M} ({AGE}) with a Stanley knife and took cigarettes and {SAMT}. Cashier now off sick. Employer and police referral.",
        ),
        (
            "",
            "{F} ({AGE}) had her necklace ripped from her neck by a man on {STREET}, leaving a red mark and a scratch. He ran off. Police treating as robbery because force was used.",
        ),
        (
            "da",
            "{F} ({OLD}) - her grandson {M} ({YA}) held her by the arms and took her purse with her pension money ({SAMT}) after she refused to give him any. Bruising to her arms. Robbery recorded; DA (family).",
        ),
        (
            "",
            "robbery - 4 lads surrounded {M} ({TEEN}) at the skate park, said 'give us your phone or we'll batter you', took phone + jacket. no weapons seen, nil injuries. mum {F}.",
        ),
        (
            "knife",
            "{M} ({AGE}), a food delivery rider, was threatened with a knife outside a block of flats and his moped keys and phone were taken. Not hurt. Police recording robbery.",
        ),
        (
            "",
            "robbery personal prop - {F} 27 - man grabbed her by the hair and took her bag at the bus stop on {STREET} {TIME}. scratch to scalp. bag had keys in, locks being changed. no weapon.",
        ),
        (
            "hate",
            "{M} ({AGE}), a Polish lorry driver, was assaulted and robbed of his wallet in a lay-by by men shouting anti-Polish abuse. Police recording robbery with a hate crime marker.",
        ),
        (
            "",
            "Business robbery - jewellers in {TOWN}: three masked men smashed the cabinets with hammers and pushed staff member {F} ({AGE}) to the floor, taking watches worth {AMT}. Bruised knees. Staff counselling requested.",
        ),
        (
            "knife",
            "Robbery at knifepoint in a park: {M} ({AGE}) was walking his dog when two males demanded his phone and wallet; one took a knife from his waistband and pointed it at him. He handed them over. No injury.",
        ),
        (
            "",
            "{HDR}Attempted robbery. {F} ({AGE}) fought off a man who tried to pull her phone out of her hand on {STREET}; he punched her and ran off without it. Bruised cheek.",
        ),
        (
            "",
            "A man took a bottle of vodka from {SHOP} and, when {M} ({AGE}) stood in the doorway, punched him in the chest to get past with it. Police recording robbery (force used to steal).",
        ),
        (
            "knife",
            "Carjacking - {F} ({AGE}) was sitting at traffic lights when a man opened her door, held a knife to her and made her get out; he drove off in her {CAR}. Police recording robbery. Car later found abandoned.",
        ),
        (
            "",
            "Robbery - pensioner {M} ({OLD}) was followed from the bank and shoved into a hedge by a man who took his envelope of cash ({AMT}). Minor cuts from the hedge. Daughter {F} referred.",
        ),
        (
            "",
            "robbery (attempt) {M} 16 - 2 lads demanded his bike, he said no, one punched him, they ran off empty-handed. mum wants support as he's not sleeping. no weapon.",
        ),
        (
            "knife",
            "{F} ({AGE}) was stopped by a man who said he had a knife in his pocket and kept his hand there; she believed him and handed over her purse and phone. She didn't see a blade but was terrified. Robbery.",
        ),
        (
            "",
            "{M} ({AGE}) agreed to sell his games console to a man who came to his door; the man punched him and ran off with it. Robbery recorded.",
        ),
        (
            "da knife",
            "{F}'s ex-partner {M} stopped her in the street, held a knife to her side and made her hand over her bank cards and PIN. DASH high. Police recording robbery, DA.",
        ),
        (
            "",
            "{M} ({AGE}), a cash-in-transit guard, was sprayed in the face with an unknown substance outside {SHOP} and the cash box ({AMT}) was taken. Eye irritation. Business robbery.",
        ),
        (
            "",
            "Robbery - {F} ({AGE}) was dragged along the pavement by a man on a bike who wouldn't let go of her handbag strap; grazes to her knees and hands. Bag taken. No weapon.",
        ),
    ],
)

# ================================================================ burglary
add(
    "burglary",
    [
        (
            "",
            "Resi burglary {STREET} {TOWN} {DATE}. rear door forced while family away, jewellery + laptop taken. {F} ({AGE}) very anxious, can't sleep. locks replaced. OIC {OIC}.",
        ),
        (
            "",
            "Burglary dwelling - {M} ({OLD}) came home to find his bungalow ransacked; his late wife's rings were taken. Entry through the bathroom window. He lives alone and is very distressed.",
        ),
        (
            "da",
            "Ex-p {M} let himself into {F}'s flat with an old key while she was out and took her laptop and the children's passports. Police recording burglary, DA. DASH medium. Locks changed.",
        ),
        (
            "",
            "Business burglary - {SHOP}, {TOWN}: shutters forced overnight, stock and the safe taken (about {AMT}). Owner {M} referred; third time this year.",
        ),
        (
            "",
            "{HDR}{F} ({AGE}). Offender came in through an unlocked front door while she slept and took her handbag and car keys from the hall. The car itself was left. She's scared it will happen again.",
        ),
        (
            "",
            "Aggravated burglary - a man was arrested inside {M}'s house at 3am with a kitchen knife tucked in his waistband; {M} and his family were asleep upstairs and woke to the police. Nobody was threatened and the knife was never produced.",
        ),
        (
            "",
            "burglary - garden shed broken into, lawnmower + power tools taken. {M} 70s, lives alone, wants crime prevention advice. suspect later admitted it as a TIC.",
        ),
        (
            "",
            "{F} ({AGE}), volunteer treasurer, reports the community hall in {TOWN} was broken into and the charity collection tins taken. Community burglary.",
        ),
        (
            "",
            "Distraction burglary - two men claiming to be from the water board got into {F}'s ({OLD}) home; while one kept her talking the other took cash from her bedroom. Her son {M} referred.",
        ),
        ("", "burglary - integral garage forced, {M}'s mountain bike and golf clubs taken. police recorded burglary."),
        (
            "da",
            "{F} ({AGE}) - her brother {M} climbed in through her kitchen window after she'd banned him from the house and took {SAMT} and her jewellery to sell. Burglary recorded, DA (family). She doesn't want him prosecuted.",
        ),
        (
            "",
            "Burglary - student house in {AREA}, four laptops taken through an open window. Victims {F}, {M} and {M2}. Referral via the university.",
        ),
        (
            "",
            "Burglary - offenders smashed {F}'s patio door to get in and damaged things throughout the house; TV and jewellery taken. Insurance dispute. Police recording burglary.",
        ),
        (
            "",
            "{M} ({AGE})'s tattoo studio - back door kicked in overnight, equipment worth {AMT} taken. Business burglary. He's self-employed and can't work.",
        ),
        (
            "",
            "Attempted burglary - {F} ({AGE}) woke at 2am to someone trying to force her front door; they ran when she put the lights on. Marks on the door, nothing taken. Police recorded attempted burglary.",
        ),
        (
            "",
            "{M} ({AGE})'s flat was broken into while he was in hospital; neighbours noticed the door open. Medication, cash and his late father's medals taken. He has mobility problems and needs help with the insurance claim.",
        ),
        (
            "",
            "{HDR}Farm outbuilding near {TOWN2} broken into; a quad bike and tools taken from inside. Farmer {M} ({AGE}) referred.",
        ),
        (
            "",
            "{F} ({AGE}) came downstairs and found a man in her kitchen; he ran out the back with her purse. He didn't touch or threaten her and she saw no weapon. She's terrified to be home alone now.",
        ),
        (
            "",
            "burglary x2 same street - {M} & {F} {SN} at no. 14 {STREET}: entry via rear window, cash + watches taken. next door done too. both elderly. suspect charged, 3 more burglaries TIC.",
        ),
        (
            "",
            "{F} ({AGE}) lets rooms in a shared house; a former tenant got back in after his eviction using a key he'd kept and took furniture. Police recorded burglary.",
        ),
        (
            "",
            "Burglary dwelling. {F} ({AGE}) and her two children were away for the weekend. Neighbours saw two men carrying bags out. Games consoles, an iPad and cash taken. Her son ({KID}) is scared to sleep in his room. No DA, suspects unknown.",
        ),
        (
            "",
            "Sheltered housing - {M} ({OLD})'s door wasn't locked and a man walked in and took his wallet while he was in the bathroom. Warden referred.",
        ),
        (
            "",
            "Business burglary - dental surgery in {TOWN} broken into overnight; computers and petty cash taken. Practice manager {F} referred.",
        ),
        (
            "da",
            "{M} ({AGE}) - his ex-wife {F} climbed in through his back window while he was at work and took documents and his laptop. No permission, no key. Burglary recorded, DA.",
        ),
        (
            "",
            "{F} ({AGE}), nurse on nights, came home to find her flat had been entered through a window and her car keys taken; her {CAR} was then driven away from outside.",
        ),
        (
            "",
            "burglary - {M} ({AGE}) student, room in halls entered when the door was propped open, laptop + passport taken. uni referral. needs help with passport replacement.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) lives in a static caravan on a site near {TOWN}; it was broken into and his tools and TV taken. Police recording burglary.",
        ),
        (
            "",
            "Sneak-in burglary - {F}'s ({AGE}) back door was open while the family were in the garden; handbags and phones were taken from the kitchen.",
        ),
        (
            "",
            "Creeper burglaries - three houses on {STREET} entered at night through unlocked doors. {M} ({AGE}) lost his keys, wallet and laptop; his car keys were taken but the car was still there in the morning.",
        ),
        (
            "",
            "Business burglary - the charity shop in {TOWN} was broken into through the roof; donations and {SAMT} from the till taken. Shop manager {F} ({OLD}) is a volunteer and very upset.",
        ),
        (
            "",
            "Burglary - {F} ({AGE}) had her home entered while at work and jewellery taken. She says her sister's ex-partner was violent years ago and wonders if it's linked, but police have the offender on a neighbour's camera - a stranger. Not a domestic.",
        ),
        (
            "",
            "burglary. {M} 33. back door jemmied, nothing much taken - some cash from a drawer - but the place was turned over. kids asking if the man will come back. no injuries, no one home.",
        ),
    ],
)
# ================================================================ vehicle offences
add(
    "vehicle_offences",
    [
        (
            "",
            "theft of m/v - {M}'s {CAR} taken from outside his house overnight, keyless entry suspected (relay attack). {M} needs the car for work, insurer being slow.",
        ),
        (
            "",
            "Theft from vehicle - {F}'s work laptop and bag were taken from her unlocked car on the driveway overnight. No damage. Police recorded theft from a motor vehicle.",
        ),
        (
            "",
            "Catalytic converter stolen from {M}'s {CAR} in the car park at {TOWN} station. He's a carer and relies on the car. Police recorded theft from vehicle.",
        ),
        (
            "",
            "Aggravated vehicle taking - {F}'s car was taken from her drive and crashed into a wall in {AREA}; it's written off. The youths who took it ran off. Nobody hurt.",
        ),
        (
            "da",
            "{F} - ex-p {M} took her car without permission using the spare key he kept and won't give it back. DA. DASH standard. Police recording taking without consent.",
        ),
        (
            "",
            "{HDR}{M} ({AGE})'s van was stolen from outside his home with all his tools still inside. Self-employed plumber, can't work. Asking about hardship support.",
        ),
        (
            "",
            "Interfering with a vehicle - {F} ({OLD}) saw two lads trying car door handles along {STREET}; one got into her car and went through the glovebox but took nothing. Police recorded vehicle interference.",
        ),
        (
            "",
            "Motorbike stolen from outside {M}'s ({TEEN}) college - his first bike, he'd saved for two years. Police recorded theft of motor vehicle. Mum {F} referred.",
        ),
        (
            "",
            "Theft from m/v - both number plates taken off {M}'s car parked on {STREET}. He's worried they'll be used for crime. Recorded.",
        ),
        (
            "",
            "TWOC - {M} ({AGE})'s company van was taken by a colleague for a weekend without permission and came back with 300 extra miles. Employer reported it. Police recorded taking without consent.",
        ),
        (
            "",
            "{F} ({AGE})'s car was stolen from the supermarket car park while she was inside; her keys were still in her bag, so police think a device was used. The kids' car seats were in it. Recorded as theft of m/v.",
        ),
        (
            "",
            "Tools taken from {M}'s van overnight; no sign of forced entry. Third time this year. Police recorded theft from vehicle.",
        ),
        (
            "",
            "Aggravated TWOC - {M}'s car was taken from the street and found crashed and abandoned in {TOWN2} with about £3,000 of damage. Recorded as aggravated vehicle taking.",
        ),
        (
            "",
            "{HDR}Theft of motor vehicle - motorhome taken from an open storage compound. Victims {M} and {F} ({OLD}) say it was their retirement plan. Tracker had been disabled.",
        ),
        (
            "",
            "theft from m/v - handbag taken off the passenger seat while {F} was loading shopping in the car park, door open. police recorded theft from vehicle. cards cancelled.",
        ),
        (
            "da",
            "{M} ({AGE}) - his wife {F}, who he is separating from, has taken his car, which is in his sole name, and won't return it; he says it's one more way she is making things difficult during the split. Police recording TWOC, DA.",
        ),
        (
            "",
            "Interfering with a motor vehicle - CCTV shows a man trying {F}'s car doors and pulling at the fuel cap. Nothing taken, no damage. Police recorded interference.",
        ),
        (
            "",
            "{M}'s classic {CAR} was taken from his driveway where it was covered up; it had a steering lock on. Police recorded theft of motor vehicle.",
        ),
        (
            "",
            "Theft from vehicle: {F} ({AGE}), a district nurse, had her medical bag and laptop taken from her unlocked car while she was on a home visit. Employer referred. No confrontation, no injury.",
        ),
        (
            "",
            "Aggravated vehicle taking - teenagers took {M}'s car from outside his house and crashed it into a neighbour's wall; nobody was hurt. Two 15-year-olds arrested. {M} is angry nothing will happen to them.",
        ),
        (
            "",
            "{F} ({AGE})'s hire car was taken from outside her hotel in {TOWN} overnight. She's visiting from Ireland. Police recorded theft of m/v. Help needed with the hire company.",
        ),
        (
            "",
            "Motorcycle theft - {M}'s scooter was lifted into a van outside his flat, caught on his doorbell camera. He's a delivery rider and has lost his income. Recorded theft of m/v.",
        ),
        (
            "",
            "theft from mv - {M} 52 - satnav + sunglasses taken from his car at the gym, he'd left it unlocked. not bothered about court but wants to know the outcome.",
        ),
        (
            "",
            "{F} ({AGE}) came out in the morning to find all four wheels removed from her car and the car left on bricks. Police recorded theft from vehicle.",
        ),
        (
            "",
            "{F} ({AGE}) left the engine running to defrost on a frosty morning and her car was driven off her drive. The insurer may not pay out. She needs the car to take her son to hospital appointments.",
        ),
        (
            "",
            "{HDR}Theft of motor vehicle. {M} ({AGE}) - Land Rover taken from a field gate where he'd parked to walk the dog. Keys were in his pocket the whole time. No one seen.",
        ),
        (
            "",
            "Vehicle interference - {M} ({OLD}) found his car door open and the ignition area tampered with; nothing taken and the car wasn't moved. Police recorded tampering/interference.",
        ),
    ],
)

# ================================================================ theft from the person
add(
    "theft_from_person",
    [
        (
            "",
            "Pickpocket - {F} ({OLD}) had her purse taken from her handbag while queuing in {SHOP}. She felt nothing, no force used. Her cards were then used at a cash machine.",
        ),
        (
            "",
            "Snatch theft - a man on a bike snatched {M}'s ({AGE}) phone out of his hand while he was texting on {STREET}. {M} wasn't touched or hurt, just the phone grabbed. Police recording theft from the person.",
        ),
        (
            "",
            "theft from person - {F} 24 - phone taken from her back pocket on a packed train. noticed at {TOWN} station. BTP. no confrontation.",
        ),
        (
            "",
            "{HDR}{M} ({OLD}) had his wallet lifted from his jacket at the market in {TOWN}. Only noticed when he went to pay. It had his bus pass and {SAMT} in it.",
        ),
        (
            "",
            "Pickpocketing at a music festival - {F} ({AGE}) and her friends all had phones taken from their bags in the crowd. Police have a suspect who was found with 14 phones.",
        ),
        (
            "",
            "Distraction theft - two women asked {M} ({OLD}) for directions and one took the wallet from his coat pocket while he looked at their map. He didn't feel it. No force.",
        ),
        (
            "",
            "{F} ({AGE}) had her handbag slipped off her shoulder by a man walking past on {STREET}. She wasn't pulled or hurt. Police recording theft from the person, not robbery.",
        ),
        (
            "",
            "tfp - {F}'s phone lifted from her coat pocket while she was wearing it at the bar in {PUB}. noticed 10 mins later. no force, no threats.",
        ),
        (
            "hate",
            "{M} ({AGE}), who has a visual impairment, had his wallet taken from his pocket by a man who had offered to help him cross the road and who joked that blind people are 'easy pickings'. Recorded as theft from the person with a disability hate marker.",
        ),
        (
            "",
            "Pickpocket on the bus - {F} ({AGE}), a student from {TOWN2}, had her purse taken from the rucksack she was wearing. Police recorded. She needs a letter for her bank.",
        ),
        (
            "",
            "{M} ({AGE}) says a stranger hugged him in {TOWN} centre, claiming to know him, and afterwards his watch was gone from his wrist. No force. Police recorded theft from the person.",
        ),
        (
            "",
            "theft frm person - dips on the escalator at {TOWN} shopping centre, {F}'s phone out of her coat. security have cctv. V ok, just annoyed, wants crime ref for insurance",
        ),
        (
            "",
            "Snatch - {F} ({OLD}) had her purse snatched out of her hand by a teenager as she came out of the post office; she wasn't pushed or injured. Recorded theft from the person. She has lost confidence going out.",
        ),
        (
            "",
            "{M} ({AGE}) was stopped at lights with his window down when a man reached in and took the phone from his hand. No force, no injury. Theft from the person.",
        ),
        (
            "",
            "{F} ({AGE}) fell asleep on the night bus and woke to find the phone gone from her lap. Police reviewing CCTV.",
        ),
        (
            "",
            "Pickpocket in a nightclub - {M} ({AGE}) had his wallet and keys taken from his trouser pocket on the dance floor. Recorded.",
        ),
        (
            "",
            "{HDR}{F} ({AGE}) had her earphones and phone pulled from her hand on the platform; no force used against her, she wasn't touched. Offender ran onto a train.",
        ),
        (
            "",
            "Pickpocketing - elderly couple {M} and {F} ({OLD}) targeted at the {TOWN} Christmas market; both wallets taken from coat pockets. Police think an organised group. They are now anxious.",
        ),
        (
            "",
            "{F} ({AGE}) had just withdrawn cash when a man took the notes from her hand as she turned round and walked off quickly. She wasn't touched or pushed. Theft from the person.",
        ),
        (
            "",
            "pickpocket - {M} 67 - wallet taken at the football ground turnstiles. cards used contactless in 3 shops afterwards. police recorded theft from person + fraud.",
        ),
        (
            "",
            "Theft from the person - phone taken from {F}'s ({TEEN}) blazer pocket on the school bus. School and police informed. Mum {F2} referred. No threats, no force.",
        ),
        (
            "",
            "Snatch theft: {M} ({AGE}) was using his phone outside {TOWN} station when a moped rider took it from his hand and sped off; he wasn't pulled over or hurt. Recorded theft from the person.",
        ),
        (
            "",
            "{F} ({AGE}) felt someone in her pocket at the bus stop and turned round to see a man walking off with her phone. No force. Theft from the person.",
        ),
        (
            "",
            "{M} ({AGE}) had the laptop taken from the unzipped bag on his back on a crowded tram. Nil injuries, no contact he noticed. Police recorded.",
        ),
        (
            "",
            "Pickpocket. {F} ({OLD}) says her purse was taken from her coat pocket while she was looking at fruit on the market. She wants to know if anyone has been caught. Nobody touched her roughly.",
        ),
        (
            "",
            "tfp x2 - {M} and his mate both had phones nicked out of jacket pockets at a gig in {TOWN}. no force. police have 1 suspect from cctv.",
        ),
    ],
)
# ================================================================ bicycle theft
add(
    "bicycle_theft",
    [
        (
            "",
            "bike theft - {M}'s bike taken from the railings outside {TOWN} station, lock gone too. needs it for work. police recorded theft of pedal cycle.",
        ),
        (
            "",
            "Pedal cycle theft - {F} ({AGE})'s e-bike was taken from outside {SHOP} while she was inside for five minutes; she'd left it unlocked. Recorded theft of pedal cycle.",
        ),
        (
            "",
            "{M} ({U16}) had his bike taken from the rack at {SCHOOL}. It was a birthday present. No suspects. Mum {F} referred.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) cycles to work and locked his bike outside his office in {TOWN}; when he came out the bike and the lock had both gone.",
        ),
        (
            "",
            "bicycle theft - {KID}yo son's bike taken from the open-plan front garden of {F}'s house on {STREET}. police recorded.",
        ),
        (
            "",
            "Cargo bike stolen - {F} ({AGE}) uses it for the school run with two small children; taken from outside the nursery. Worth {AMT}. Recorded as pedal cycle theft.",
        ),
        (
            "",
            "{M} ({AGE}), a delivery rider, had his pedal bike (not motorised) taken from outside a restaurant while he collected an order. Lost income. Police recorded.",
        ),
        (
            "",
            "Theft of pedal cycle - {F}'s road bike was taken from the cycle stand at {TOWN} leisure centre while she was swimming. She's a triathlete; bike worth {AMT}.",
        ),
        (
            "",
            "{M} ({OLD})'s adapted tricycle was taken from outside his bungalow; he relies on it to get to the shops. Recorded theft of pedal cycle. Son {M2} referred.",
        ),
        (
            "",
            "bike nicked from outside the park cafe, {M} 13, left it 2 mins. police recorded. mum asking about bike registration.",
        ),
        (
            "",
            "Pedal cycle theft - {F} ({AGE})'s daughter's bike was taken from the rack at the park; a teenager was seen riding it away. No confrontation.",
        ),
        (
            "",
            "{HDR}Theft of pedal cycle from the station cycle park. {M} ({AGE}) has now lost three bikes this year and is thinking of giving up cycling to work.",
        ),
        (
            "",
            "{M} ({AGE}) lent his bike to an acquaintance for the afternoon; the man sold it and won't answer his calls. Police recorded theft of pedal cycle.",
        ),
        (
            "",
            "bike theft - tandem taken from outside a holiday cottage near {TOWN2}. victims {M} & {F}. police recorded.",
        ),
        (
            "",
            "{F} ({AGE}), a student, had her bike taken from outside her halls - only the locked front wheel was left on the stand.",
        ),
        (
            "",
            "Bicycle theft - BMX taken from {M}'s ({U16}) front path when he went in for a drink. He saw a lad ride off on it but wasn't threatened.",
        ),
        (
            "",
            "Theft of pedal cycle (electric assist) from outside the GP surgery on {STREET}. {M} ({OLD}) uses it because of a heart condition. Police recorded.",
        ),
        (
            "",
            "bike theft - {F} 31 - road bike taken from the bike hoop outside her flat overnight, chain lock taken too. on the bike register. recorded theft of pedal cycle.",
        ),
        (
            "",
            "{M} ({AGE}) reports his son's bike was taken from outside the corner shop while the boy ({KID}) went in for sweets; his son is upset and blaming himself.",
        ),
        (
            "",
            "Bicycle theft - {F} ({AGE}) left her bike in the rack at {SCHOOL}, where she works; it went during the school day. CCTV shows a man wheeling it off.",
        ),
        (
            "",
            "Theft of pedal cycle - {M} ({AGE}), who is autistic, had his bike taken from outside the library. Carer {F} referred. Police see nothing to suggest he was targeted.",
        ),
        (
            "",
            "{M} ({AGE}) was standing next to his bike outside {PUB} when a man asked to 'have a look', then rode off on it while {M} was distracted. No force or threats. Recorded theft of pedal cycle.",
        ),
        (
            "",
            "Kids' bikes (x2) taken from the path outside {F}'s front door on {STREET} during the afternoon. Neighbour saw two teenagers. Recorded.",
        ),
        (
            "",
            "bicycle - son's bike taken at the skate park by a lad he knows from school, no threats, no force, just rode off on it. mum wants it dealt with. police recorded theft of pedal cycle.",
        ),
        (
            "",
            "Bicycle theft - {M} ({AGE})'s racing bike was taken from a stand at the marina in {TOWN2}. Insurance claim. No other concerns.",
        ),
        (
            "",
            "{HDR}Pedal cycle. {F} ({AGE}) - her folding bike was taken from beside her seat area on a station platform while she bought a coffee. Police recorded theft of pedal cycle.",
        ),
    ],
)

# ================================================================ shoplifting
add(
    "shoplifting",
    [
        (
            "",
            "Shoplifting - repeat offender at {SHOP}, {TOWN}, took razor blades and meat (about {SAMT}). Staff member {F} ({AGE}) is fed up and wants to know about a business impact statement.",
        ),
        (
            "",
            "shoplifting - male filled a bag with alcohol at {SHOP}, walked out. no confrontation. manager {M} referred as he's had 20 incidents this month. recorded theft from shop.",
        ),
        (
            "",
            "{HDR}Independent grocer - owner {M} ({AGE}) of {SHOP}. Offenders took {SAMT} of stock; caught on CCTV. He says the constant theft is affecting his mental health.",
        ),
        (
            "",
            "Shoplifting by a group of teenagers at {SHOP} - sweets and energy drinks. Staff member {F} ({TEEN}) was on the till alone and felt intimidated, but no threats were made. Recorded shoplifting.",
        ),
        (
            "",
            "A woman took baby formula and nappies from {SHOP}. Staff member {M} didn't intervene. Police recorded. The store is referring staff for support because of the volume of theft.",
        ),
        (
            "hate",
            "Shoplifting with racist abuse - a man stole beer from {SHOP} and shouted racist abuse at the owner {M} ({AGE}) on his way out. Police recording shoplifting with a hate crime marker.",
        ),
        (
            "",
            "{F} ({AGE}), security officer at {SHOP}, says the same woman has stolen clothes six times; the latest on {DATE} ({SAMT}). She has been charged with shoplifting with five further offences TIC.",
        ),
        (
            "",
            "Shoplifting at {SHOP} pharmacy counter - a man took perfume from the display and left. Pharmacist {F}. Minor value. Recorded.",
        ),
        (
            "",
            "shoplifting - garden centre, plants + tools taken by a couple with a van. owner {M}. CCTV. recorded. 3rd time.",
        ),
        (
            "",
            "A customer walked through the self-checkout at {SHOP} with a bag of items he hadn't scanned at all. Manager {F} stopped him outside; he left the bag and walked off. Recorded shoplifting.",
        ),
        (
            "",
            "Shoplifting - {M} ({AGE}) owns a small convenience store; a man took bottles of spirits and said 'what you gonna do about it'. No threats of violence, no force. Recorded shoplifting.",
        ),
        (
            "",
            "{HDR}{SHOP} reports a teenage girl took make-up worth {SAMT}. Staff member {F2} kept her in the office until police arrived. No violence.",
        ),
        (
            "",
            "shop theft - electronics store, 2 males took headphones worth {AMT} from the display and ran. staff {M} chased but lost them. no one hurt.",
        ),
        (
            "",
            "Shoplifting - charity shop in {TOWN}: a man took a donated coat worth {SAMT} off the rail and walked out. Volunteer {F} ({OLD}) upset.",
        ),
        (
            "",
            "A regular customer at {SHOP} was caught on CCTV putting steak inside his coat over several visits. Store manager {M} wants support with the court process as a witness.",
        ),
        (
            "",
            "Shoplifting: a woman with a child took {SAMT} of groceries from {SHOP}; staff didn't challenge her. Police recorded. Staff member {F} says she feels guilty for reporting it.",
        ),
        (
            "",
            "shoplifting - DIY store, male took power tools out through the fire exit. store security {M}. recorded shoplifting.",
        ),
        (
            "",
            "A man took twelve books from {F} ({AGE})'s bookshop in {TOWN} over two visits. Small business, big losses. Recorded theft from shop.",
        ),
        (
            "",
            "Shoplifting - {F} ({AGE}), a shop assistant at {SHOP}, saw a man take a laptop from the display; the security tag alarm went off and he just kept walking. No contact.",
        ),
        (
            "",
            "Theft from shops - an organised group targeting {SHOP} branches across {TOWN}; store detective {M} referred after giving evidence. Two women charged.",
        ),
        (
            "",
            "shoplifting - supermarket, {M} (staff) saw a man put bottles of wine in a pushchair. manager asked him to stop, he left some behind. no abuse. recorded.",
        ),
        (
            "",
            "Shoplifting - {F} ({AGE}) owns a small boutique; a woman tried on dresses and left wearing one under her coat. Recorded theft from shop. {F} wants crime prevention advice.",
        ),
        (
            "",
            "{HDR}Repeat victim - corner shop {SHOP} on {STREET}. Owner {M} ({AGE}) reports daily thefts by local teenagers, latest {DATE}. No threats involved.",
        ),
        (
            "",
            "shoplifting - petrol station shop, energy drinks + crisps, lad ran out. cashier {F} ({TEEN}). no threats. recorded theft from shop.",
        ),
        (
            "",
            "A man took a basket of toiletries from {SHOP}; staff member {F} followed him outside and he just walked off. No contact made. Recorded shoplifting.",
        ),
        (
            "hate",
            "Shoplifting at a kosher bakery in {TOWN}: the man took cakes and shouted antisemitic abuse at staff member {M} on the way out. Police recording shoplifting with a hate crime flag.",
        ),
        (
            "",
            "shoplifting. {SHOP} {TOWN}. male, 30s, known to staff, took 6 x coffee jars. {F} on shift - she's worried he'll come back angry but he didn't say anything or threaten her. TIC'd with 4 others.",
        ),
    ],
)

# ================================================================ other theft
add(
    "other_theft",
    [
        (
            "",
            "Making off without payment - fuel drive-off at the {SHOP} forecourt in {TOWN}, {SAMT} of diesel. Cashier {F} ({AGE}). Recorded MOWP.",
        ),
        (
            "",
            "Theft by employee - {M} ({AGE}) runs a small firm; a member of staff took cash from the till over several months, {AMT} in total. Police investigating theft by employee.",
        ),
        (
            "",
            "Theft of mail - {F} ({OLD})'s post, including new bank cards and a birthday cheque, kept going missing; a postal worker has now been arrested after an internal investigation. Police recorded theft of mail.",
        ),
        (
            "onl",
            "Blackmail (sextortion) - {M} ({AGE}) was video chatting with a woman he met on Instagram; she recorded him and demanded {AMT} or she'd send the video to his contacts. He paid {SAMT}. Police recording blackmail.",
        ),
        (
            "",
            "Parcel theft - {F} ({AGE})'s delivery was taken from her doorstep minutes after it arrived; her doorbell camera shows a man. Police recorded theft.",
        ),
        (
            "da",
            "{F} ({OLD}) - her adult daughter {F2} has been taking cash from her purse and took her late husband's watch. DA (family). Police recorded theft. {F} wants her to get help, not prison.",
        ),
        (
            "",
            "{M} ({AGE}) left his phone on the table at {PUB} while he went to the bar; it was gone when he got back. Police recorded theft.",
        ),
        (
            "",
            "Theft from a building site - tools and copper pipe taken from an open, unsecured yard (no building entered). Site manager {M}. Police recorded theft.",
        ),
        (
            "",
            "{F}'s ({AGE}) French bulldog was taken from her back garden. She's heartbroken. Police recorded theft of a dog.",
        ),
        (
            "hate",
            "'Mate crime' - {M} ({AGE}), who has a learning disability, had money taken from his wallet over several months by so-called friends who mocked his disability and called him names. Police recording theft with a disability hate marker.",
        ),
        (
            "",
            "Theft by employee - a care worker took jewellery from {F} ({OLD}) during home visits. The agency suspended the worker; police investigating theft.",
        ),
        (
            "",
            "Making off without payment - passengers ran from {M}'s ({AGE}) taxi at the end of a {SAMT} journey. Police recorded MOWP.",
        ),
        (
            "",
            "Blackmail - {F} ({AGE}) is being threatened by a former business partner who says he'll tell her husband about an affair unless she pays him {AMT}. Demands made in person and by letter. Police investigating blackmail.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) - garden ornaments and planters taken from his open front garden overnight. Recorded theft.",
        ),
        (
            "",
            "{M} ({AGE})'s wallet was taken from the changing room at his gym while he trained. Police recorded theft.",
        ),
        (
            "",
            "Restaurant walk-out - a group of six ate {SAMT} worth of food at {M}'s ({AGE}) restaurant and left without paying. Recorded making off without payment. Owner wants to know about the VPS.",
        ),
        (
            "da",
            "{F} ({AGE}) says her husband {M} took her grandmother's gold jewellery and pawned it without asking her. She says nothing like this has happened before. Police recorded theft, DA.",
        ),
        (
            "",
            "Theft by finding - {F} ({AGE}) dropped her purse in {SHOP}; CCTV shows another shopper pick it up and keep it. Police recorded theft.",
        ),
        (
            "onl",
            "Blackmail - a man {M} ({AGE}) had been chatting with on a dating app threatened to send screenshots of their explicit chats to his employer unless he paid {AMT}. He paid twice. Police recording blackmail.",
        ),
        (
            "",
            "{F} ({AGE}) left her handbag in a supermarket trolley and it was taken while she turned to reach a shelf. Police recorded theft.",
        ),
        ("", "Theft of a charity collection tin from the bar at {PUB}. Landlord {M} referred. Recorded theft."),
        (
            "",
            "{M} ({AGE}), a farmer, had 30 sheep taken from his field overnight. Police rural crime team recorded theft of livestock.",
        ),
        (
            "",
            "Theft by employee - {F} ({AGE}) manages a shop; a trusted assistant took stock home over months (about {AMT}). Police recording theft by employee, not shoplifting.",
        ),
        (
            "",
            "Making off without payment - a guest left a B&B in {TOWN} without paying a bill of {AMT}. Owner {F} ({OLD}).",
        ),
        (
            "da",
            "Theft (DA) - {M} ({AGE}) says his brother {M2}, who stayed with him for a month, left with his games console, his watch and {SAMT} in cash. Police recorded theft, DA (family).",
        ),
        (
            "",
            "Theft of mail - Christmas cards containing cash sent to {F} ({AGE}) went missing in transit; a sorting office worker has been charged.",
        ),
        (
            "onl",
            "Blackmail - someone who got into {F}'s ({AGE}) old Facebook account messaged her threatening to publish her private messages unless she paid {AMT}. She didn't pay. Police recording blackmail.",
        ),
        ("", "Theft of {M}'s ({OLD}) garden furniture and a water feature from his front garden overnight. Recorded."),
        (
            "",
            "{F} ({AGE}) had cash taken from a locker at the swimming baths; she had forgotten to lock it. Police recorded theft.",
        ),
        (
            "hate",
            "The charity box was taken from the entrance hall of the gurdwara in {TOWN}; the thief shouted anti-Sikh abuse at volunteer {M} ({OLD}) as he left. Police recorded theft with a religious hate marker.",
        ),
        (
            "",
            "Blackmail - {M} ({AGE}), a shop owner, is being told by a local man that he must pay {SAMT} a week or 'things will happen to the shop'. In-person visits; nothing damaged yet. Police investigating blackmail.",
        ),
        (
            "",
            "theft - {F} 45 - her phone was taken off the counter at the hairdressers while she paid. no one touched her. cctv being checked. police recorded theft.",
        ),
    ],
)
# ================================================================ criminal damage and arson
add(
    "criminal_damage_arson",
    [
        (
            "da",
            "ex-p {M} smashed {F}'s windscreen and keyed the doors outside her house after she refused to see him. DA crim damage. DASH medium. she has CCTV.",
        ),
        (
            "",
            "Arson - wheelie bins set alight against {M}'s ({AGE}) back fence; fence and shed damaged. Nobody hurt. Police investigating arson.",
        ),
        (
            "hate",
            "Racist graffiti - swastikas and racial slurs sprayed on {M}'s ({AGE}) front door and car. Police recording racially aggravated criminal damage. The family have lived in {AREA} twelve years and now want to move.",
        ),
        (
            "",
            "Criminal damage - youths threw stones at {F}'s ({OLD}) windows and broke a pane. There's been ongoing ASB in the street but this is the first damage. Police recorded criminal damage.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) - all four tyres punctured and the paintwork scratched on his car overnight. Recorded criminal damage to a vehicle.",
        ),
        (
            "da",
            "Arson - {F}'s ex-partner {M} set fire to her front door at night while she and the children were inside; they got out through the back. Door badly scorched. Charged with arson being reckless as to whether life was endangered. DASH high, MARAC.",
        ),
        (
            "",
            "Criminal damage - neighbour deliberately kicked in {M}'s fence panels during a long boundary dispute. Police recorded. No threats or violence.",
        ),
        (
            "hate",
            "Windows smashed and anti-Muslim graffiti painted on the wall of the mosque in {TOWN}. Trustee {M} referred. Police recording religiously aggravated criminal damage.",
        ),
        (
            "",
            "Someone smashed the greenhouse panes and trampled the crops on {F} ({AGE})'s allotment. Police recorded criminal damage. She's been growing there 20 years.",
        ),
        (
            "",
            "crim dam - shop window smashed at {SHOP} {TOWN} at 2am, nothing taken. owner {M}. CCTV shows 2 males. police recorded criminal damage.",
        ),
        (
            "da",
            "{F} ({OLD}) says her son {M} ({AGE}) punched holes in her walls and smashed the TV during a row; she wasn't hurt. DA (family). Police recorded criminal damage. She wants him to get mental health support.",
        ),
        (
            "",
            "Arson - car set on fire outside {M}'s ({AGE}) house at 3am and written off. Fire service confirm it was deliberate. He doesn't know of anyone who'd target him. Police investigating arson.",
        ),
        (
            "hate",
            "{F} ({AGE}), a trans woman, found a transphobic slur scratched into the bonnet of her car. Police recording criminal damage with a hate marker (transgender identity).",
        ),
        (
            "",
            "Community garden in {AREA} vandalised - planters smashed, fencing pulled down. Volunteer coordinator {F} ({AGE}) referred. Recorded criminal damage.",
        ),
        (
            "da",
            "Criminal damage (DA). {M} ({AGE}) - his ex-girlfriend {F} threw paint over his car and smashed his phone when he ended the relationship. No injuries. DASH standard.",
        ),
        (
            "",
            "Arson - a fire was started in the communal bin store of {F}'s ({AGE}) block and smoke damaged the stairwell. Residents evacuated, nobody hurt. Police and fire service investigating.",
        ),
        (
            "",
            "Criminal damage - {M} ({AGE}), bus driver, had his windscreen smashed by a brick dropped from a bridge. Not injured but shaken. Employer referral.",
        ),
        (
            "",
            "Eggs and paint thrown at {F}'s ({OLD}) house for the third time. Police recording criminal damage. She's frightened. No threats have been made.",
        ),
        (
            "da",
            "{HDR}DA. {F} ({AGE}) - husband {M} ripped up her clothes and smashed her laptop when she told him she wanted a divorce. No physical violence. DASH medium. She's taken the children to her mum's.",
        ),
        (
            "",
            "Arson - {M} ({AGE})'s garden shed burnt down; fire service say deliberate. Nothing of value inside. He thinks it may be linked to a dispute with local youths.",
        ),
        (
            "",
            "crim dmg - {F} 40s - someone scratched a rude word into her car door after a row over parking. police recorded. no threats.",
        ),
        (
            "hate",
            "Rainbow flag torn down and windows broken at {M}'s ({AGE}) home; a note left with homophobic abuse. Police recording criminal damage motivated by hostility based on sexual orientation.",
        ),
        (
            "",
            "Criminal damage - {F} ({AGE}), a landlady, says her tenant trashed the flat when evicted - doors off hinges, kitchen smashed, {AMT} of damage. Police recorded.",
        ),
        (
            "",
            "Arson with intent to endanger life - someone pushed a lit rag through {M}'s ({AGE}) letterbox at 1am; he put it out. Minor damage to the mat and hallway. Police investigating.",
        ),
        (
            "",
            "The doorbell camera on {F}'s ({AGE}) house was ripped off and smashed. Police recorded criminal damage. There's an ongoing feud with a neighbour.",
        ),
        (
            "da",
            "Ex-husband {M} poured paint stripper over {F}'s car; a neighbour's CCTV caught him. DA. DASH standard.",
        ),
        (
            "",
            "Windows at {SCHOOL} smashed over the weekend; head teacher {F} referred because staff are anxious. Police recorded criminal damage.",
        ),
        (
            "",
            "{M} ({AGE})'s mobility scooter was tipped over and smashed by teenagers outside his flat. No comments were made about his disability. Recorded criminal damage.",
        ),
        (
            "",
            "Arson - a fire was set at the back door of {M}'s ({AGE}) takeaway overnight; heavy smoke damage, closed for a month. Police investigating arson.",
        ),
        (
            "hate",
            "{F}'s ({AGE}) car windows smashed and a note left telling her family to 'go home'. Police recording racially aggravated criminal damage.",
        ),
        (
            "",
            "{F} ({AGE}) found her garden fence kicked in and plant pots smashed after a party next door; neighbours say it was their guests. Recorded criminal damage.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}), a taxi driver, had his wing mirror kicked off by a drunk passenger who refused to get out. No assault. Police recorded criminal damage.",
        ),
        (
            "da",
            "DA crim dam. ex-p {M} booted {F}'s front door until it split but didn't get in. she was inside with the baby. DASH high. he's on bail.",
        ),
        (
            "hba da",
            "Criminal damage (HBA) - {F}'s ({AGE}) brother smashed up her car and her flat windows after finding out she'd moved in with her partner, shouting that she'd 'dishonoured' their father. She wasn't home. DA (family).",
        ),
        (
            "hba",
            "Arson - {F}'s ({AGE}) car was set alight outside her flat and a note left saying she had 'shamed the community'. Police treating as honour-based abuse; suspects unknown.",
        ),
        (
            "",
            "crim dam - {M}'s car keyed outside his work. he's worried whoever did it might come back with a knife next time, but no threats were made and no weapon seen. no suspects.",
        ),
        (
            "",
            "{F} ({AGE}) says someone has been letting her tyres down and snapped her wipers twice this month. Recorded criminal damage. No idea who; she denies any issues with exes or family.",
        ),
    ],
)

# ================================================================ drug offences
add(
    "drug_offences",
    [
        (
            "",
            "Drug dealing from the flat next door to {F} ({OLD}) on {STREET}; constant visitors and needles in the communal garden. Police executed a warrant and the occupant is charged with possession with intent to supply. {F} is a witness and scared.",
        ),
        (
            "",
            "{M} ({PAR})'s 19-year-old son is being supplied cocaine by a local dealer who comes to the house. Police arrested the dealer for supply. Dad wants support. No threats or exploitation identified.",
        ),
        (
            "",
            "Cannabis factory found in the loft of the house next to {F} ({AGE}); she had complained about the smell for months. Two men arrested for production - police found no trafficking indicators, they were the tenants. She's worried about the fire risk.",
        ),
        (
            "",
            "Possession of class A - {M} ({TEEN}) found with wraps of cocaine at school. Police and school involved. Mum {F} referred for support. No CCE or county lines indicators found.",
        ),
        (
            "onl",
            "{M} ({PAR})'s 17-year-old daughter has been buying ketamine through a Telegram channel and having it posted to the house. Police have identified the supplier. Parent referral.",
        ),
        (
            "",
            "{HDR}{F} ({AGE}), community centre manager. Police found a large amount of cannabis and scales in a locker used by a volunteer; the volunteer is charged with possession with intent to supply. {F} is a prosecution witness.",
        ),
        (
            "",
            "drugs - people dealing from the car park behind {F}'s house every night, she's watched the deals. police did stop searches, 2 arrested for PWITS. {F} wants to give a statement anonymously if poss",
        ),
        (
            "",
            "{M} ({OLD}) found a bag of white powder in his lodger's room; police confirmed cocaine and the lodger is charged with possession. {M} wants the lodger out and needs advice.",
        ),
        (
            "",
            "Parents raised concerns about a man selling cannabis to pupils at the gates of {SCHOOL}; police arrested him. Referral is for parent {F}, who gave a statement.",
        ),
        (
            "",
            "{F} ({AGE})'s partner {M} was arrested for supplying cannabis from their home; she says she had no idea. No DA disclosed - she says he has never been violent or controlling. She needs help as the tenancy is at risk.",
        ),
        (
            "",
            "{M} ({AGE})'s garage business premises were used by an employee to store drugs without his knowledge; police found 2kg of cannabis. Employee charged with PWITS. {M} is shaken.",
        ),
        (
            "",
            "Youths inhaling nitrous oxide in the park behind {F}'s house every evening; police seized canisters and reported two for possession of a controlled drug.",
        ),
        (
            "",
            "Drug dealing at {PUB} - landlord {M} reports customers being sold cocaine in the toilets; a police operation arrested a dealer. Landlord worried about his licence.",
        ),
        (
            "",
            "{F} ({AGE}) owns a rental house; police found a cannabis grow in the greenhouse and the tenant is charged with production. No damage to the property reported.",
        ),
        (
            "",
            "Concerned mum {F}: her son ({TEEN}) was arrested for possession of cannabis at a festival. She wants support for him. No exploitation - he bought it himself.",
        ),
        (
            "",
            "Supply of class A: police raided a flat in {AREA} after reports from resident {F} ({AGE}); crack cocaine and heroin found and three people charged. {F} gave evidence and wants witness support.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}), caretaker at {SCHOOL}, found a bag with cannabis and a set of scales behind the bike shed and handed it to police. It was traced to a parent, now charged with PWITS. {M} anxious about reprisals.",
        ),
        (
            "",
            "Cannabis grow found in the flat above {SHOP}; owner {M} ({AGE}) had reported the smell and heat. Police found 150 plants and one man is charged with production.",
        ),
        (
            "",
            "drugs - lodger at {F}'s house selling weed from her spare room while she was at work, she found bags + cash. police charged PWITS. {F} 58 shocked, wants advice.",
        ),
        (
            "",
            "Drug dealing in the stairwell of {F}'s ({AGE}) block; she found heroin wraps hidden in the fuse cupboard and reported them. Police seized the drugs; no arrest yet. Drug offence recorded.",
        ),
        (
            "onl",
            "Parcels of drugs keep arriving at {F}'s ({AGE}) house in someone else's name; police traced a man ordering MDMA on a darknet market using her address. He's charged with importation. {F} is frightened he'll come for the parcels.",
        ),
        (
            "",
            "A man was caught selling cannabis sweets to students at {TOWN} college; student union officer {F} ({AGE}) referred as a witness. Charged with PWITS.",
        ),
        (
            "",
            "{M} ({OLD}) - his neighbour's adult son grows cannabis in the loft space they share; police found it after {M} reported the smell. Production of cannabis recorded. {M} feels unsafe.",
        ),
        (
            "",
            "{M} ({AGE}) hires out vans; police stopped one of his vans and found cocaine. The hirer is charged with possession with intent. {M} referred as a witness (van still seized).",
        ),
        (
            "",
            "{F} ({PAR})'s 20-year-old son has been charged with supplying ecstasy to friends at a party where nobody was harmed. She is asking about support as a family member. No violence, no exploitation.",
        ),
        (
            "",
            "drugs. {M} 61 reports his grandson's friends smoking cannabis in the bus shelter opposite; police searched 3 and one was found with cannabis - reported for possession. {M} worried about his grandson.",
        ),
        (
            "onl",
            "Dealer advertising cannabis and pills on Snapchat to kids at {SCHOOL}; parent {F} ({AGE}) reported after seeing the account on her son's phone. Police arrested a 19-year-old for supply.",
        ),
    ],
)

# ================================================================ possession of weapons
add(
    "possession_of_weapons",
    [
        (
            "",
            "Possession of a bladed article - a pupil at {SCHOOL} was found with a kitchen knife in his bag; he said it was for protection. No threats made to anyone. Referral for teacher {F}, who found it, and for the boy's mum {F2}.",
        ),
        (
            "",
            "{M} ({AGE}) found a loaded handgun hidden in the bin store of his flats and called police. Possession of firearm recorded. He's worried about who it belongs to.",
        ),
        (
            "",
            "Man stopped and searched on {STREET} and found with a zombie knife. Referral for {F} ({AGE}), who called police after seeing it in his waistband on the bus. He never threatened anyone. She's a witness and anxious.",
        ),
        (
            "",
            "Possession of an offensive weapon - {M} ({TEEN}) was found with a knuckle duster at college. No threats. College referral; mum {F}.",
        ),
        (
            "",
            "{F} ({AGE}) has seen her neighbour walking around the street with a machete most evenings; police arrested him for possession of an offensive weapon in public. He has never threatened her. She's worried about living next to him.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}), door supervisor at {PUB}, found a knife on a customer during the entry search. Police arrested the customer. Nobody was threatened.",
        ),
        (
            "",
            "bladed article in public - {F} 28 - saw a man in the park with a large knife sticking out of his pocket, rang 999. armed police attended, man arrested. no threats to anyone. {F} shaken, wants to know the outcome.",
        ),
        (
            "",
            "Possession of CS spray - {M} ({AGE}) was found carrying a CS canister during a routine stop. Referral is for his mother {F}, who is worried about him. Nobody was sprayed or threatened.",
        ),
        (
            "",
            "Teenagers carrying a replica handgun on {STREET} caused panic; police recorded possession of an imitation firearm in a public place. {F} ({AGE}), who saw it, referred for support. Nobody was threatened directly.",
        ),
        (
            "",
            "Shop worker {F} ({AGE}) found a large kitchen knife left on a shelf after a customer left; CCTV showed him taking it from his jacket. Police traced him and charged possession of a bladed article. He didn't threaten anyone.",
        ),
        (
            "",
            "weapons - {M} 15 brought a lock knife into school and showed his friends. didn't threaten anyone. school + police. referral for {M} and mum, youth offending team involved.",
        ),
        (
            "",
            "{F} ({AGE}), a taxi driver, noticed a knife sticking out of a passenger's bag; she pulled over and called police. He never took it out or threatened her. Arrested for possession of a bladed article.",
        ),
        (
            "",
            "Police found a stun gun disguised as a torch in the room of {F}'s ({AGE}) lodger after she raised concerns. Lodger charged with possession of a prohibited weapon.",
        ),
        (
            "",
            "{M} ({OLD}) found a sawn-off shotgun wrapped in plastic in the hedge at the bottom of his garden. Possession of firearm recorded. He's anxious someone will come back for it.",
        ),
        (
            "",
            "A man was arrested outside {SCHOOL} with a machete in his rucksack; he made no threats. Head teacher {F} referred staff member {F2}, who spotted him.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}), bus driver, saw a passenger with a baseball bat with nails through it; police stopped the bus and arrested him. No threats made.",
        ),
        (
            "",
            "{M}'s ({TEEN}) best friend was arrested with a knife in his bag at the park; {M} was with him and is scared. Nobody was threatened. Mum {F} wants support for {M}.",
        ),
        (
            "",
            "{F} ({AGE}), a housing officer, found knives and a knuckle duster laid out in a flat during an inspection; the tenant was arrested for possession of offensive weapons. Nobody threatened. {F} anxious about going back.",
        ),
        (
            "",
            "Possession of a bladed article on school premises - a 14-year-old had a craft knife in his pencil case and said others were bullying him. No threats. School counsellor referral.",
        ),
        (
            "",
            "Police found a shotgun with no certificate in the car of a man who'd been parked outside {F}'s ({AGE}) house for hours; he never approached her. She doesn't know him. No DA. Charged with possession of firearm.",
        ),
        (
            "",
            "knife in pub - {M}, bar staff, saw a customer put a knife on the table then pocket it again. police arrested him. no threats to anyone. possession recorded. {M} shaken.",
        ),
        (
            "",
            "{F}'s ({PAR}) 16-year-old son was found with a homemade spiked weapon in his school bag on the bus. No threats. Possession of offensive weapon recorded; she wants help for him.",
        ),
        (
            "",
            "Knife arch at {TOWN} station - a man was found with a 6-inch blade. Referral for station staff member {M} ({AGE}), who spotted it first; he wasn't threatened.",
        ),
        (
            "",
            "A man wearing a large hunting knife on his belt in {TOWN} town centre; {F} ({OLD}) saw it and called police. No threat made. He's been charged.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) found a handgun in a bag a customer left at his car wash; police recovered it and arrested the customer. {M} is frightened.",
        ),
        (
            "",
            "{M} ({AGE}) says his 17-year-old nephew carries a knife to 'feel safe'; police stopped and searched the nephew and found it. No threats. Uncle referred.",
        ),
        (
            "",
            "possession - {F} 52 found her lodger's air pistol and a bag of pellets? no - police confirm it's a real converted handgun. lodger charged possession of prohibited firearm. no threats made, she just wants him gone.",
        ),
    ],
)
# ================================================================ public order
add(
    "public_order",
    [
        (
            "hate",
            "Racially aggravated public order - {M} ({AGE}) was called racist names by a man outside {SHOP}. No physical contact. Police recorded racially aggravated s4A. {M} very distressed.",
        ),
        (
            "",
            "Public order s4 - a man shouted that he would 'batter' {F} ({AGE}) in the street after she asked him to pick up after his dog. No contact. Police recorded threatening behaviour.",
        ),
        (
            "",
            "Violent disorder - a large fight broke out outside {PUB}; {M} ({AGE}), a bystander, wasn't hurt but was caught in the middle and is traumatised. Six men charged with violent disorder.",
        ),
        (
            "hate",
            "Homophobic abuse on a bus - {M} ({AGE}) and his partner were called homophobic names and told to 'get off' by a group of teenagers. No violence. Police recording a public order offence with a hate flag (sexual orientation).",
        ),
        (
            "",
            "s5 public order - a drunk man swore and shouted at {F} ({AGE}), a shop assistant, when she refused to sell him alcohol. No threats. Police recorded.",
        ),
        (
            "hate",
            "Religiously aggravated public order - {F} ({AGE}) was shouted at in the queue at {SHOP} by a woman who called her a terrorist because of her hijab. Nobody touched her.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}), a civil enforcement officer, was surrounded and sworn at by a group of drivers; one shouted he'd 'end him', but nobody touched him. Police recorded s4 public order.",
        ),
        (
            "hate",
            "{F} ({AGE}), who has a guide dog, was shouted at and mocked in the street by a man who said disabled people 'shouldn't be let out'. Police recording s5 public order with a disability hate marker.",
        ),
        (
            "",
            "public order - neighbour {M2} screamed abuse at {F} and her kids over a parking space, kids crying. one-off, never had problems before. no threats of violence. police recorded s5.",
        ),
        (
            "",
            "Affray - two families fighting in the street outside {F}'s ({OLD}) house with bats; she was on the doorstep, not involved and not hurt, but terrified. Police recorded affray.",
        ),
        (
            "hate",
            "Antisemitic abuse shouted at {M} ({AGE}) and his children as they walked to synagogue. No physical contact. Police recording a religiously aggravated public order offence.",
        ),
        (
            "",
            "{F} ({AGE}), GP receptionist, was screamed and sworn at by a patient who swept the leaflets off the counter. Nobody hurt, nothing broken. Police recorded s5 public order.",
        ),
        (
            "",
            "{M} ({AGE}), a council officer, was followed round the market by a trader who shouted that he would 'get him' and called him names in front of customers. Police recorded intentional harassment, alarm or distress (s4A). A single incident.",
        ),
        (
            "hate",
            "Transgender hate - {F} ({AGE}) was followed down {STREET} by two men shouting transphobic abuse. She was not touched. Police recorded a public order offence with a hate flag.",
        ),
        (
            "",
            "Public order (football) - {M} ({U16}) and his dad {M2} were caught up in disorder outside the {TOWN} ground; bottles thrown, neither hit. {M} is now anxious about going to matches. Violent disorder recorded.",
        ),
        (
            "",
            "{F} ({AGE}), a teacher, was shouted at and threatened by a parent in the playground in front of pupils ('you'll regret this'). No contact. Police recorded s4A.",
        ),
        (
            "hate",
            "Racist abuse at a takeaway - a customer called {M} ({AGE}) racial slurs and ranted about 'immigrants' because his order was late. Police recorded racially aggravated s5. No violence.",
        ),
        (
            "",
            "a drunk man outside {TOWN} bus station shouting and swearing at passers-by incl {F} ({OLD}), threatening to 'smash someone'. arrested s4. she's shaken, nobody touched.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}), train guard. A passenger swore at him repeatedly after being asked for a ticket. No threats and no contact. Recorded s5.",
        ),
        (
            "hate",
            "Racially aggravated s4 - a man shouted racist abuse at {F} ({AGE}) and her children outside their house and said he would 'sort them out'. No contact. Police investigating.",
        ),
        (
            "",
            "{F} ({AGE}) was shouted at and called names by a group of youths on the estate after she asked them to move. No contact and nothing thrown. Police recorded s4.",
        ),
        (
            "",
            "{M} ({AGE}), hospital security guard, was squared up to by a visitor who said 'I'll knock you out'. No contact. Police recorded s4. Not DA - they'd never met.",
        ),
        (
            "hate",
            "Hate crime (religion) - {M} ({AGE}), a Sikh man, was shouted at from a passing car and told to 'take that thing off your head'. Police recorded religiously aggravated public order.",
        ),
        (
            "",
            "{F} ({AGE}) runs a café on {STREET} that ended up in the middle of disorder after a protest; she sheltered customers inside and nothing was damaged. Police recorded violent disorder. She's anxious.",
        ),
        (
            "",
            "road rage - driver got out at the lights, screamed at {M} and banged on his window, threatened to 'drag him out'. no damage, no contact. police recorded s4. V wants support, it happened with the kids in the car.",
        ),
        (
            "",
            "s5 POA - {F} 19 - group of lads on the bus making crude comments and swearing at her for the whole journey. no touching. police recorded.",
        ),
        (
            "hate",
            "{F} ({AGE}), of Chinese heritage, was shouted at with anti-Chinese abuse in {TOWN} park. Police recorded racially aggravated public order.",
        ),
        (
            "",
            "{M} ({AGE}) runs a youth club; a man came in shouting threats and abuse at staff because his son had been banned. Nobody touched. Police recorded s4A.",
        ),
        (
            "",
            "{HDR}Affray - fight involving four men in the car park of {SHOP}; customer {F} ({AGE}) and her young daughter were right next to it. Not hurt, very frightened.",
        ),
        (
            "hate",
            "{M} ({AGE}), who has Tourette's, was shouted at and mocked by a group in the pub and told to 'get out'. No contact. Police recording public order with a disability hate marker.",
        ),
        (
            "hba",
            "A group of men from {F}'s ({AGE}) former community gathered outside her house shouting that she was a disgrace and had dishonoured them by divorcing. No contact; police say none of them are family. s4A recorded with an honour-based abuse flag.",
        ),
        (
            "da",
            "s4A public order - ex-p {M} stood in the street outside {F}'s house screaming abuse at her in front of the neighbours. no contact. DA. DASH medium. first incident since they split.",
        ),
        (
            "da",
            "Public order, DA - {F} ({OLD})'s adult son {M} shouted and swore at her in the supermarket car park, causing her alarm and distress, after she refused to give him a lift. No contact. Police recorded s5.",
        ),
        (
            "",
            "asb?? no - police have recorded this as s5 public order: man shouting obscenities at {F} ({AGE}) and other mums outside {SCHOOL}. no threats. denies any DA, he's a stranger to them.",
        ),
    ],
)

# ================================================================ miscellaneous crimes against society
add(
    "misc_crimes_against_society",
    [
        (
            "",
            "Threat to commit criminal damage - {M2} told {M} ({AGE}) 'I'll burn your van out' after a dispute over a job. Nothing damaged. Police recorded threat to commit criminal damage.",
        ),
        (
            "",
            "Dangerous driving - {F} ({AGE}) was tailgated and undertaken at speed by a driver who then braked hard in front of her on the {TOWN} bypass. No collision, no injury. Dashcam provided. Driver charged with dangerous driving.",
        ),
        (
            "cse",
            "Indecent images of children - {F} ({AGE}) found images of children on her brother's laptop when he asked her to fix it; police seized his devices and charged him with making indecent images. She's in shock. Not DA - he has never abused her.",
        ),
        (
            "cse onl",
            "Indecent images of children were posted in a WhatsApp parents' group by one member; {F} ({AGE}) reported it. Police investigating distribution of indecent images. {F} is a witness and very upset.",
        ),
        (
            "",
            "Perverting the course of justice - {M} ({AGE}) was falsely accused of assault by a neighbour who later admitted making it up. The neighbour is charged with perverting the course of justice. {M} wants support.",
        ),
        (
            "",
            "Handling stolen goods - {F} ({AGE}), who runs a second-hand shop, was sold jewellery by a man now charged with handling stolen goods; police seized it and she's lost {AMT}. Referral as a witness.",
        ),
        (
            "da",
            "Threat to damage property - ex-husband {M} told {F} to her face he'd smash up her car if she went ahead with the divorce. Nothing damaged. DA. Police recorded threat to commit criminal damage. DASH standard.",
        ),
        (
            "",
            "Dangerous driving - a car was doing doughnuts and racing up and down {STREET} at night; {F} ({AGE}) had to pull her child back out of the road. Nobody hit. Driver identified and charged with dangerous driving.",
        ),
        (
            "cse",
            "Police executed a warrant at the home of {F}'s ({AGE}) neighbour and seized devices holding indecent images of children. {F}'s daughter ({KID}) had been to a party there; police say there is nothing to suggest she was photographed or harmed. Referral for {F}.",
        ),
        (
            "",
            "A motorist falsely named {M} ({AGE}) as the driver when his car was caught speeding; {M} proved he was abroad at the time and the motorist is now charged with perverting the course of justice.",
        ),
        (
            "",
            "Threat to commit criminal damage - a former tenant texted {F} ({AGE}), his landlady, that he'd 'smash every window' in the property. Nothing damaged. Recorded.",
        ),
        (
            "",
            "Dangerous driving - {M} ({AGE}), a cyclist, was close-passed and cut up by a van driver who then sped off; he wasn't hit or hurt. Helmet-cam footage. Driver charged with dangerous driving.",
        ),
        (
            "cse onl",
            "Obscene publications / IIOC - a man was arrested after uploading indecent images of children to a file-sharing site. Referral for his wife {F} ({AGE}), who knew nothing and is struggling. No DA disclosed - she says he was never abusive to her.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) was offered money by a defendant's brother to change his witness statement about a fight he saw. Police charged the brother with perverting the course of justice. {M} is nervous about giving evidence. No threats made.",
        ),
        (
            "",
            "A driver on his phone mounted the pavement outside {SCHOOL}, narrowly missing {F} ({AGE}) and her children. Nobody hit. Police charged dangerous driving.",
        ),
        (
            "da",
            "{F} ({OLD}) - her son {M} ({AGE}) said he would 'smash the place up' and break her TV after she asked him to move out; nothing was damaged. DA (family). Police recorded threat to commit criminal damage.",
        ),
        (
            "",
            "Dangerous driving (no injury) - {M} ({AGE}), a lorry driver, had to brake hard on the motorway when a car cut across three lanes in front of him. Dashcam. Driver charged. {M} now anxious behind the wheel.",
        ),
        (
            "cse",
            "{F} ({PAR}) has learned that her 19-year-old son downloaded indecent images of children; police have seized his devices. No children in the family have been harmed. Mum referred for support.",
        ),
        (
            "",
            "Motorbikes doing wheelies at speed through {AREA}; one nearly hit {M} ({OLD}) on a zebra crossing. Rider arrested for dangerous driving. No injuries.",
        ),
        (
            "",
            "{M} ({AGE}) got a handwritten note through his door saying his car would be 'torched' if he kept parking outside number 12. No damage yet. Police recorded threat to commit criminal damage.",
        ),
        (
            "cse onl",
            "{F} ({AGE}), a nursery manager, discovered a staff member had used a work tablet to look at indecent images of children online; she reported it to police. Referral for {F}.",
        ),
        (
            "",
            "{HDR}{F} ({AGE}), school crossing patrol, had a driver speed through her crossing while she was in the road with children; she jumped clear and nobody was hit. Driver charged with dangerous driving.",
        ),
        (
            "",
            "{M} ({AGE}), a builder, was told by a client he'd 'take a hammer to' his van unless he redid some work. No damage. Police recorded threat to commit criminal damage.",
        ),
        (
            "",
            "The driver who crashed into {M}'s parked car got a friend to say she'd been driving; both are charged with perverting the course of justice. No injury. {M} needs help with the insurance.",
        ),
        (
            "",
            "Police pursuit through {TOWN} at 80mph; {F} ({AGE}), a pedestrian, had to jump back from the kerb but wasn't hit. Driver charged with dangerous driving. She'd like witness support.",
        ),
        (
            "hba da",
            "{F}'s ({AGE}) uncle told her he would burn down her empty shop unit if she didn't end her relationship, because she was 'disgracing' the family. Nothing damaged. Police recorded threat to commit criminal damage.",
        ),
        (
            "",
            "Bail offence - a defendant in a case where {M} ({AGE}) is a prosecution witness failed to surrender to court and a warrant has been issued; {M} wants to know what happens now. Nothing has been done to {M} himself.",
        ),
        (
            "",
            "misc - forged MOT certificates: {M} ({AGE}) runs a garage and reported a former mechanic who was issuing forged MOT paperwork. police recording forgery. {M} is a witness.",
        ),
    ],
)
# ================================================================ fraud and computer misuse
add(
    "fraud_computer_misuse",
    [
        (
            "onl",
            "Romance fraud - {F} ({OLD}) met a man on a dating site and over eight months sent him {AMT} for 'medical bills' abroad. Action Fraud report made. Son {M} referred her.",
        ),
        (
            "",
            "Courier fraud - {M} ({OLD}) got a phone call from a 'police officer' saying his bank account was compromised; a courier then collected his bank card and PIN from the door. {AMT} taken. Phone contact only.",
        ),
        (
            "onl",
            "Investment scam - {M} ({AGE}) put {AMT} into a crypto 'platform' he saw advertised on social media and can't withdraw anything. Action Fraud.",
        ),
        (
            "onl",
            "Online marketplace fraud - {F} ({AGE}) paid {SAMT} for a pram listed on Facebook Marketplace; the seller then blocked her. Action Fraud report.",
        ),
        (
            "",
            "Identity fraud - someone opened two credit cards and a phone contract in {F}'s ({AGE}) name; she found out from a debt collector's letter. Reported. No idea who.",
        ),
        (
            "onl",
            "Computer misuse - {M}'s ({AGE}) email account was hacked and used to send scam messages to all his contacts; he has lost access to his business accounts. Reported to Action Fraud.",
        ),
        (
            "da",
            "{F} ({AGE}) has discovered that her ex-partner {M} took out loans totalling {AMT} in her name while they were together, using her documents. Police recording fraud, DA. DASH standard.",
        ),
        (
            "",
            "Doorstep fraud - a rogue trader told {M} ({OLD}) his roof needed urgent repairs and charged him {AMT} for work that was never done. Trading standards and police involved. Daughter {F} referred.",
        ),
        (
            "onl",
            "Phishing - {F} ({AGE}) clicked a link in an email that looked like it came from her bank and entered her details; {AMT} was taken. Bank refunded part of it.",
        ),
        (
            "",
            "Bank impersonation - {M} ({AGE}) was told over the phone his account was at risk and persuaded to move {AMT} to a 'safe account'. APP fraud. Bank investigating. Phone calls only, nothing online.",
        ),
        (
            "onl",
            "Ticket fraud - {F} ({TEEN}) and her friends bought festival tickets from an Instagram account; the tickets never came. {SAMT} each. Mum {F2} referred.",
        ),
        (
            "da onl",
            "Fraud (DA) - {M} ({OLD}) gave his daughter {F} his online banking login to help with his bills; she has been transferring money to herself, {AMT} so far. Police recording fraud by abuse of position.",
        ),
        (
            "",
            "Pension scam - {M} ({AGE}) was cold-called and talked into transferring his pension ({AMT}) into a fake investment. He's devastated. Action Fraud.",
        ),
        (
            "onl",
            "{F} ({AGE})'s Instagram business account for her bakery was hacked and used to post fake giveaways that scammed her followers; she has lost the account and the income. Computer misuse.",
        ),
        (
            "",
            "Rental fraud - {F} ({AGE}) paid a {AMT} deposit for a flat to a man who showed her round; he was not the landlord and has vanished. Police recording fraud.",
        ),
        (
            "onl",
            "Romance fraud - {M} ({AGE}) met a 'woman' on a dating app who asked for money for a visa; he sent {AMT}. He's embarrassed and doesn't want his family told.",
        ),
        (
            "",
            "{F} ({OLD}) paid a man {AMT} up front for a new driveway and he never came back. Trading standards. No threats.",
        ),
        (
            "onl",
            "Identity theft - {M}'s ({AGE}) details were used to open online betting accounts and an online bank account used to launder money. His own accounts have been frozen. Action Fraud.",
        ),
        (
            "",
            "Card skimming - {F} ({OLD})'s card was cloned at a cash machine and {AMT} was withdrawn abroad. Bank refunded, but she's very anxious.",
        ),
        (
            "onl",
            "{F} ({AGE}) sold her car through an online listing; the buyer showed a fake bank-transfer screenshot and drove off in it. Police recording fraud.",
        ),
        (
            "onl",
            "Computer misuse - a former employee logged in remotely over the internet to {M}'s ({AGE}) company server after leaving and deleted client files. Police recording computer misuse.",
        ),
        (
            "da onl",
            "{F} ({AGE}) - her ex-partner {M} got into her online banking after they split, using passwords he knew, and moved {AMT} to his own account. DA. Police recording fraud/computer misuse.",
        ),
        (
            "",
            "Fraud by abuse of position - {M} ({OLD})'s paid carer (not a relative) used his bank card for her own shopping over several months, {AMT} in total. Police investigating; social services involved.",
        ),
        (
            "onl",
            "{F} ({AGE}) got a text about a missed parcel, clicked the link and entered her card details on a fake delivery website; {SAMT} taken.",
        ),
        (
            "",
            "{M} ({AGE}) paid a builder a {AMT} deposit for an extension; the builder gave him fake insurance documents and disappeared. Police investigating fraud.",
        ),
        (
            "onl",
            "Holiday fraud - {F} ({AGE}) booked a villa through a website that turned out to be fake; lost {AMT}. Action Fraud.",
        ),
        (
            "onl",
            "{HDR}{M} ({OLD}) was persuaded by a caller pretending to be from his broadband provider to install remote access software; {AMT} was then moved out through his online banking.",
        ),
        (
            "",
            "{F} ({AGE}) paid a 'gas engineer' {SAMT} for a boiler service; he did nothing and gave a false name and number. Police recording fraud by false representation.",
        ),
        (
            "onl",
            "Marketplace fraud - {M} ({AGE}) sold a camera online; the buyer sent a fake payment confirmation email and {M} posted it. Lost {AMT}.",
        ),
        (
            "",
            "{F} ({OLD}) was visited by a man claiming to be from the council who took {SAMT} for a residents' parking permit that doesn't exist. Police investigating fraud.",
        ),
        (
            "onl",
            "Account takeover - {M} ({AGE})'s online shopping account was hacked and used to buy {AMT} of goods. Computer misuse/fraud.",
        ),
        (
            "da",
            "{F} ({AGE}) found her brother {M} had forged her signature and taken out car finance in her name; she's now being chased for {AMT}. Police recording fraud. DA (family).",
        ),
        (
            "onl",
            "Job scam - {F} ({AGE}) answered a job advert on a social media site and paid {SAMT} for 'training' and 'DBS checks'. There was no job.",
        ),
        (
            "onl",
            "Mandate fraud - {M} ({AGE}), who runs a small business, got an email that looked like it came from his supplier with new bank details and paid {AMT} into the wrong account.",
        ),
        (
            "",
            "{HDR}Fraud. {F} ({OLD}) - a man at the door said he was from her bank and took her card 'for safekeeping' after she told him her PIN in a phone call earlier that day. {AMT} withdrawn. No one online involved, all phone and doorstep.",
        ),
        (
            "",
            "Fraud - {F} ({AGE}) was sold a 'rescue' puppy by a man who said it was vaccinated and healthy, with fake vet papers; it wasn't. Lost {SAMT}. Police recording fraud by false representation. Met in person, number from a flyer.",
        ),
        (
            "onl",
            "fraud - {M} 23, bought a games console on a selling app, paid by bank transfer, nothing arrived, seller deleted account. {SAMT}. wants money back.",
        ),
    ],
)

# ================================================================ anti-social behaviour (no crime)
add(
    "anti_social_behaviour",
    [
        (
            "",
            "ASB - youths gathering outside {F}'s ({OLD}) flats every night with loud music and swearing among themselves. No threats, no damage. She can't sleep. Neighbourhood team aware.",
        ),
        (
            "",
            "Noise nuisance - a neighbour plays loud music until 3am most nights. {M} ({AGE}) has complained to the council. No threats or abuse. ASB case opened.",
        ),
        (
            "",
            "asb - kids kicking a football against {F}'s wall for hours, she asked them to stop and they laughed. nothing damaged. she's 82 and feels intimidated. no threats made",
        ),
        (
            "",
            "{HDR}Nuisance neighbour - dog barking constantly, rubbish dumped in the shared garden. {M} ({AGE}). Council environmental health involved. No crime disclosed.",
        ),
        (
            "",
            "Off-road motorbikes on the field behind {F}'s house most evenings, very loud. Police treating as ASB; nobody driven at, no damage. She wants it to stop.",
        ),
        (
            "",
            "Neighbour dispute - {F} ({AGE}) says smoke from next door's bonfires comes into her house every weekend. No threats, no damage. Referred to the council. ASB.",
        ),
        (
            "",
            "asb - street drinkers on the bench outside {F}'s shop, shouting among themselves and leaving cans. nobody threatened her. she just wants them moved on.",
        ),
        (
            "",
            "{M} ({AGE}) complains about people using the alley behind his house as a cut-through at night and being loud. No damage, no threats. Advised about a gating order.",
        ),
        (
            "",
            "Noise - upstairs flat has parties every weekend; {F} ({AGE}) works nights and is exhausted. She has spoken to them - they were polite but carried on. ASB case with housing. No crime.",
        ),
        (
            "",
            "Teenagers ringing {M}'s ({OLD}) doorbell and running off several times a week. Nothing damaged. He's anxious. Neighbourhood policing visit arranged.",
        ),
        (
            "",
            "{HDR}{F} ({AGE}). Neighbours' children climbing on her garage roof and shouting. Nothing damaged, no threats. She would like mediation.",
        ),
        (
            "",
            "Parents parking across {F}'s ({AGE}) driveway for the school run so she can't get out. Not a crime - referred to the council ASB team.",
        ),
        (
            "",
            "asb - {M} 44 - neighbour's CCTV camera points into his garden and he feels watched. no messages, no contact, no harassment. referred to mediation.",
        ),
        (
            "",
            "Young people hanging about in the stairwell of {F}'s block smoking and leaving litter. She feels uncomfortable walking past. No threats, no drugs seen.",
        ),
        (
            "",
            "{M} ({AGE}) reports someone parking outside his house late at night several times a week with a loud car stereo. No threats, no damage.",
        ),
        (
            "",
            "{F} ({AGE}) says a neighbour keeps letting his dog foul her front garden and ignores her when she mentions it. No abuse, no threats. ASB.",
        ),
        (
            "",
            "Rowdy customers leaving {PUB} at closing time, singing and shouting along {STREET} and waking {F}'s ({AGE}) baby. No damage or threats. Licensing informed.",
        ),
        (
            "",
            "Youths riding bikes on the pavement round the precinct in {TOWN} and doing wheelies near shoppers; {M} ({OLD}) had to step aside but wasn't touched. No crime recorded.",
        ),
        (
            "",
            "Neighbour's overgrown garden and rats - {F} ({AGE}) upset. Council environmental health. Not a crime. She wanted emotional support as it's been going on for months.",
        ),
        (
            "",
            "{HDR}Noise from a house in multiple occupation next to {M}'s ({AGE}) home - slamming doors, people shouting on phones at 2am. Landlord contacted. No crime disclosed.",
        ),
        (
            "",
            "A group of young people playing loud music from a speaker in the park until midnight; {F} ({AGE}) lives opposite. No threats, nothing aimed at her.",
        ),
        (
            "",
            "{F} ({AGE}) says her neighbour stares at her and pulls faces when she leaves the house, but has never said anything or threatened her. She finds it unsettling. Police advised it isn't a crime at this stage; mediation offered.",
        ),
        (
            "",
            "asb - shopping trolleys dumped in the stream by the estate, people drinking there at night. {M} 70 walks his dog there and feels nervous. no crime",
        ),
        (
            "",
            "{M} ({AGE}) and his neighbour disagree over a shared driveway; raised voices but no threats, no damage and no assault. Civil matter/ASB. Mediation referral.",
        ),
        (
            "",
            "Teenagers hanging around the bus shelter outside {F}'s ({OLD}) house, loud and swearing but not at her. No damage.",
        ),
        (
            "",
            "{HDR}Repeat caller {M} ({OLD}): neighbour's DIY drilling starts at 7am every day. Advised to contact the council. No crime.",
        ),
        (
            "",
            "Youths climbing on the roof of the community centre and shouting; centre manager {F} is worried someone will fall. No damage, no entry. ASB.",
        ),
        (
            "",
            "Constant barking from a dog kennel business next to {F}'s ({AGE}) home. Council dealing. Not a police matter, no crime disclosed.",
        ),
        (
            "",
            "asb - lads revving cars in the retail park every Friday night, {M} lives overlooking. just noise - nobody driving at people or racing on the road. no crime.",
        ),
        (
            "",
            "ASB - youths outside {SHOP}. owner {F} is worried they might film her and put it online but nothing has been posted and nobody has threatened her. no crime.",
        ),
        (
            "",
            "{F} ({AGE}) reports kids knocking on her windows after dark and running off; nothing broken. She mentioned her late husband used to deal with this sort of thing. Neighbourhood team visit. No DA, no crime.",
        ),
    ],
)

# ================================================================ other crime (residual)
add(
    "other_crime",
    [
        (
            "",
            "Animal welfare - {F} ({AGE}) reported her neighbour for leaving his two dogs in the yard without food or shelter; RSPCA and police attended and the neighbour is being prosecuted under the Animal Welfare Act. {F} is upset by what she saw.",
        ),
        (
            "",
            "Fly-tipping - a large pile of rubbish including asbestos sheets dumped across the entrance to {M}'s ({AGE}) farm. Council prosecuting. {M} faces the clean-up costs.",
        ),
        (
            "",
            "Animal cruelty - a man was seen kicking his own dog in {TOWN} park; {F} ({AGE}) shouted at him to stop and filmed it for the RSPCA. She's distressed. Animal welfare offence.",
        ),
        (
            "",
            "A car with no insurance and an unlicensed driver hit {M}'s ({AGE}) parked car; the driver has been charged with no insurance and no licence. Nobody was hurt. {M} is struggling to get repairs paid for.",
        ),
        (
            "",
            "{HDR}{F} ({AGE}) says she was 'the victim of a crime last month' and has a crime reference, but declined to say anything about what happened. She would like emotional support only.",
        ),
        (
            "",
            "Animal welfare - a pony left in a field with no water and overgrown hooves; {F} ({AGE}), who keeps horses next door, reported it. Owner prosecuted. No other offences.",
        ),
        (
            "",
            "Underage alcohol sale - a shop sold vodka to {F}'s 14-year-old daughter; trading standards are prosecuting the shop under licensing law. Parent {F} referred. Nobody was hurt.",
        ),
        (
            "",
            "{F} ({AGE})'s landlord changed the locks while she was out and put her belongings out on the pavement. The council tenancy relations officer is prosecuting him under the Protection from Eviction Act for unlawful eviction. Nothing was taken.",
        ),
        (
            "",
            "Fly-tipping - a 'man with a van' {F} ({AGE}) paid to clear her garden rubbish dumped it in a lane nearby; the council traced it back to her and is now prosecuting him for fly-tipping. She's very stressed.",
        ),
        (
            "",
            "{M} ({OLD}) reported a neighbour who keeps his dogs caged in the garden in all weathers. RSPCA investigating an animal welfare offence.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) reports a crime at his business premises; no details recorded on the referral. Wants a call back about support.",
        ),
        (
            "",
            "Food safety offence - {F} ({AGE}) and her family got food poisoning from a takeaway that the council is now prosecuting for food hygiene breaches. She wants support; she's a witness at the magistrates' court.",
        ),
        (
            "",
            "Noise abatement notice breach - {M} ({AGE})'s neighbour is being prosecuted by the council for breaching a noise abatement notice; {M} is the main witness at the magistrates' court and wants support.",
        ),
        (
            "",
            "Animal welfare - horses tethered on waste ground near {F}'s ({AGE}) house without water; council and RSPCA seized them and the owner has been summonsed. She had been photographing them every day.",
        ),
        (
            "",
            "{M} ({AGE}) saw a driver weaving across the road and called police; the driver was arrested and charged with driving over the prescribed alcohol limit. No collision, nobody hurt, and no dangerous driving charge. {M} is a witness.",
        ),
        (
            "",
            "{F} ({AGE}) told her employer she was a 'victim of crime at work' but didn't want to say what. Employer referral for wellbeing support.",
        ),
        (
            "",
            "Animal welfare - {M} ({AGE}), a veterinary nurse, reported a client for neglecting a dog with an untreated injury. Prosecution under the Animal Welfare Act; {M} is a witness.",
        ),
        (
            "",
            "{M} ({AGE}) was hurt at work when he fell from an unguarded platform; the HSE is prosecuting his employer for health and safety breaches. No assault - not a police matter. He wants support through court.",
        ),
        (
            "",
            "{HDR}{F} ({AGE}) bought a phone charger that overheated and scorched her table; trading standards are prosecuting the seller for selling unsafe electrical goods. She wasn't hurt.",
        ),
        (
            "",
            "Neighbour's rabbits found dead from neglect in their hutches; {F} ({AGE}) reported it and the RSPCA is prosecuting the owner. She's upset.",
        ),
        (
            "",
            "{M} ({OLD}) was referred by his GP after saying he had been 'a victim of crime' and was frightened, but he wouldn't say what happened. No crime reference known. Please contact to assess.",
        ),
        (
            "",
            "{F} ({AGE}) was the passenger when her friend was stopped and arrested for drink driving; she's been asked to be a witness. No collision, no injury, no other offences.",
        ),
        (
            "",
            "Illegal waste burning on the land next to {M}'s ({AGE}) house - thick smoke most days. The Environment Agency is prosecuting the landowner. {M} has asthma and wants support.",
        ),
        (
            "",
            "{M} ({AGE}), a farmer, reported a neighbouring farmer whose sheep were dying of neglect; the council is prosecuting under animal welfare law. {M} is a witness.",
        ),
        (
            "",
            "{HDR}{M} ({AGE}) saw a man kicking and whipping his own horse at a horse fair and reported it to the RSPCA and police. He is distressed by what he saw.",
        ),
        (
            "",
            "other - {F} 50s says a crime was committed against her 'years ago' and she's only now ready for support. wouldn't say what kind. crime ref {REF}. call after 6.",
        ),
        (
            "",
            "No insurance / no MOT - a van with no insurance clipped {F}'s ({AGE}) wing mirror in a car park and the driver admitted he had no insurance; police reported him. Nobody hurt, accidental. She needs help with her claim.",
        ),
    ],
)

# ================================================================ rendering


def _money(rng, lo, hi, step):
    v = rng.randrange(lo, hi + 1, step)
    return "£{:,}".format(v)


def _date(rng, year_lo=2023, year_hi=2025):
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(year_lo, year_hi)
    style = rng.randrange(4)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    if style == 0:
        return "%02d/%02d/%02d" % (d, m, y % 100)
    if style == 1:
        return "%d/%d" % (d, m)
    if style == 2:
        return "%d %s" % (d, months[m - 1])
    return "%02d/%02d/%d" % (d, m, y)


def _ref(rng):
    style = rng.randrange(4)
    if style == 0:
        return "%02d/%05d/%02d" % (rng.randint(10, 99), rng.randint(0, 99999), rng.randint(23, 25))
    if style == 1:
        return "CRN%07d" % rng.randint(0, 9999999)
    if style == 2:
        return "VS-%d-%04d" % (rng.randint(2023, 2025), rng.randint(0, 9999))
    return "%d/%d" % (rng.randint(100, 999), rng.randint(10000, 99999))


def _distinct(rng, pool, k):
    return rng.sample(pool, k)


def make_slots(rng, category):
    f = _distinct(rng, F_NAMES, 2)
    m = _distinct(rng, M_NAMES, 2)
    towns = _distinct(rng, TOWNS, 2)
    kid, kid2 = rng.sample(range(4, 12), 2)
    slots = {
        "F": f[0],
        "F2": f[1],
        "M": m[0],
        "M2": m[1],
        "SN": rng.choice(SURNAMES),
        "AGE": str(rng.randint(19, 52)),
        "AGE2": str(rng.randint(19, 52)),
        "OLD": str(rng.randint(70, 92)),
        "PAR": str(rng.randint(38, 58)),
        "YA": str(rng.randint(18, 29)),
        "KID": str(kid),
        "KID2": str(kid2),
        "U16": str(rng.randint(12, 15)),
        "TEEN": str(rng.randint(16, 17)),
        "TOWN": towns[0],
        "TOWN2": towns[1],
        "STREET": "%s %s" % (rng.choice(STREET_A), rng.choice(STREET_B)),
        "AREA": rng.choice(AREAS),
        "AMT": _money(rng, 600, 48000, 50),
        "SAMT": _money(rng, 15, 480, 5),
        "DATE": _date(rng),
        "DATE2": _date(rng),
        "DAY": rng.choice(["Friday", "Saturday", "Sunday", "Thursday", "Monday"]),
        "TIME": "%02d:%02d" % (rng.choice([0, 1, 2, 3, 14, 17, 19, 21, 22, 23]), rng.randrange(0, 60, 5)),
        "REF": _ref(rng),
        "OIC": "%s %s %s" % (rng.choice(OFFICER_RANKS), rng.randint(1000, 9999), rng.choice(SURNAMES)),
        "SHOP": rng.choice(SHOPS),
        "PUB": rng.choice(PUBS),
        "CAR": rng.choice(CARS),
        "HOSP": rng.choice(HOSPS),
        "SCHOOL": rng.choice(SCHOOLS),
        "SRC": rng.choice(SOURCES),
        "COARSE": COARSE[category],
    }
    if rng.random() < 0.5:
        hdr = rng.choice(HEADERS_GENERIC)
    else:
        hdr = rng.choice(HEADERS_TYPED)
    slots["HDR"] = hdr.format(**slots)
    return slots


def canon_flags(flag_str):
    codes = set()
    for tok in flag_str.split():
        codes.add(FLAG_SHORT[tok])
    return ";".join(c for c in FLAG_ORDER if c in codes)


def render(rng, category, text):
    slots = make_slots(rng, category)
    out = text.format(**slots)
    return " ".join(out.split())


def build_rows():
    rng = random.Random(SEED)
    n_t = len(TEMPLATES)
    assert n_t <= N_ROWS
    picks = list(range(n_t))
    # remaining rows: extra renderings of templates (fresh slot values),
    # drawn without replacement so no template is used more than twice;
    # templates with no slots are not repeated (no duplicate texts)
    eligible = [i for i in range(n_t) if "{" in TEMPLATES[i][2]]
    picks += rng.sample(eligible, N_ROWS - n_t)
    rng.shuffle(picks)
    rows = []
    for i, t_idx in enumerate(picks, start=1):
        category, flags, text = TEMPLATES[t_idx]
        rows.append(
            {
                "note_id": "%s%04d" % (ID_PREFIX, i),
                "text": render(rng, category, text),
                "category": category,
                "flags": canon_flags(flags),
            }
        )
    return rows


def main():
    rows = build_rows()
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["note_id", "text", "category", "flags"])
        for r in rows:
            w.writerow([r["note_id"], r["text"], r["category"], r["flags"]])
    print("wrote %d rows from %d templates to %s" % (len(rows), len(TEMPLATES), OUT_PATH))


if __name__ == "__main__":
    main()
