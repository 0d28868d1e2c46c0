#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the blind-36 labelled test corpus (notes_blind36.csv).

Scenario: a victims' service covering a large railway and tram network and the
city around it, October-December 2026. Only records whose source crime type was
"Other crime", "Other", blank or "Unknown" are included, so the category has to
be read from the free text. Four note sources, each with its own voice:

* a - transport-police referral text pasted from a PDF (odd line joins, OCR slips)
* b - text-message / web-chat triage written by victims themselves
* c - volunteer caseworkers' phone notes, some with a dated case log
* d - city-force incident summaries in formal police prose

Every template line is ``kind|category|flags|text`` and was labelled by hand
against TAXONOMY.md. Flags use short codes (see FLAG_CODES). Slots in braces
carry only names, places, dates, times, amounts, reference numbers and ages and
never change the label. Everything is synthetic.

Output is deterministic: one ``random.Random(SEED)``, no set iteration, no hash().
The script prints counts only.
"""

import csv
import datetime
import random
import re
from pathlib import Path

SEED = 36_2026
N_NOTES = 800
ID_PREFIX = "B36-"
# Only templates of categories with at least this many templates may be used once instead of twice.
SINGLE_USE_MIN_TEMPLATES = 22
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind36.csv"

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

# Flags in the order TAXONOMY.md lists them.
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

KINDS = ["a", "b", "c", "d"]

# ---------------------------------------------------------------------------
# Slot pools
# ---------------------------------------------------------------------------

FEMALE = [
    "Aisha", "Chloe", "Niamh", "Priya", "Olena", "Fatima", "Grace", "Mei", "Zainab", "Kasia",
    "Amara", "Sinead", "Hannah", "Leila", "Rosa", "Ewa", "Chidinma", "Yasmin", "Beth", "Ioana",
    "Siobhan", "Nadia", "Maryam", "Lauren", "Keisha", "Ayesha", "Sofia", "Tamsin", "Ngozi",
    "Agnieszka", "Freya", "Esi", "Lucia", "Harpreet", "Mariam", "Shona",
]  # fmt: skip

MALE = [
    "Tomasz", "Kwame", "Liam", "Ravi", "Darius", "Mohammed", "Callum", "Jamal", "Oluwaseun",
    "Declan", "Hamza", "Ryan", "Piotr", "Wei", "Kieran", "Andrei", "Tariq", "Connor", "Emeka",
    "Luca", "Joel", "Bilal", "Marcus", "Sean", "Arjun", "Dominik", "Yusuf", "Gareth", "Mateo",
    "Kofi", "Ibrahim", "Rhys", "Stefan", "Hassan", "Jordan", "Euan",
]  # fmt: skip

SURNAMES = [
    "Okafor", "Kowalski", "Patel", "O'Brien", "Nguyen", "Hussain", "Campbell", "Mensah", "Novak",
    "Rahman", "Evans", "Dimitrov", "Ali", "Murphy", "Ferreira", "Whitfield", "Adeyemi", "Popescu",
    "Li", "Sutherland", "Baptiste", "Haddad", "Lindqvist", "Morrison", "Chowdhury", "Kelly",
    "Mahmoud", "Nowak", "Osei", "Reid", "Sandhu", "Boateng", "Costa", "Duffy", "Farah",
    "Gallagher", "Horvat", "Iqbal", "Karimi", "Lowe", "McAllister", "Okonkwo", "Quinn", "Rossi",
    "Stewart", "Tran", "Varga", "Wright", "Yilmaz", "Zielinski",
]  # fmt: skip

STATIONS = [
    "Kingsmead Central", "Harbour Street", "Victoria Quay", "Millbrook", "Eastgate",
    "Stanton Parkway", "Old Forge", "Brackley Junction", "Fennick Road", "Lowther Bridge",
    "St Anselm's", "Cobden Square", "Morland Park", "Thistlewood", "Hadley Green", "Northcote",
    "Ashby Vale", "Copperfield", "Sandhurst Road", "Quarry Hill",
]  # fmt: skip

TRAM_STOPS = [
    "Market Cross", "Infirmary Gate", "Canal Basin", "Larkhill", "Tannery Lane",
    "University Parade", "Civic Centre", "Sefton Walk", "Bellgrove", "Stadium Way", "Wharf Road",
    "Mill Lane", "Kingsmead Interchange", "Chapel Fields", "Orchard Park",
]  # fmt: skip

RAIL_LINES = ["Coastway line", "Northern Loop", "Airport Link", "Valley line", "Cross-City line", "Harbour branch"]
TRAM_LINES = ["Green Line", "Purple Line", "Blue Line", "Orange Line", "Riverside Line"]
DESTINATIONS = ["Ashbury", "Port Lennox", "Dunmore", "Kirkhaven", "Westby", "Carrow", "Ellingham", "Saltmarsh"]

STREETS = [
    "Albion Street", "Cranbrook Road", "Mafeking Terrace", "Dale Street", "Wellington Road",
    "Holloway Lane", "Prince's Avenue", "Tithe Barn Road", "Granby Row", "Lister Street",
    "Beaconsfield Road", "Oakwood Drive", "Canal Street", "Ropewalk", "Sycamore Close",
    "Hebden Street", "Fairfield Road", "Union Street", "Marlborough Crescent", "Gas Street",
]  # fmt: skip

PUBS = [
    "the Railway Arms",
    "the Signal Box",
    "the Drovers",
    "the Anchor",
    "the King's Head",
    "the Brass Monkey",
    "the Millstone",
    "the Foresters",
]
VENUES = ["the Foundry", "Velvet Rooms", "Pulse nightclub", "the Corn Exchange", "Club Meridian", "the Arches"]
SHOPS = [
    "Fairway Foods",
    "Brightmart",
    "Kwikbuy",
    "Pennywise",
    "the Corner Stores",
    "Northgate Express",
    "Value Plus",
    "Daily Basket",
]
SCHOOLS = [
    "St Bede's Academy",
    "Northcote High School",
    "Kingsmead Academy",
    "Holy Cross College",
    "Eastgate School",
    "Riverside Academy",
]
HOSPITALS = ["Kingsmead General Hospital", "St Columba's Infirmary", "the Royal Infirmary", "Eastgate General Hospital"]
CLUBS = ["Kingsmead Athletic", "Harbour City FC", "Eastgate Rovers"]
TAXI_FIRMS = ["StarCars", "Citylink Taxis", "A1 Cabs", "Gold Star Private Hire"]
BUSINESSES = [
    "Hartley & Co",
    "Greenway Ltd",
    "Apex Holdings",
    "Quayside Group",
    "Marlow Services",
    "Northern Star Ltd",
    "Brightline Ltd",
    "Cobden Trading",
]

POOLS = {
    "f": FEMALE,
    "m": MALE,
    "sur": SURNAMES,
    "stn": STATIONS,
    "tstop": TRAM_STOPS,
    "line": RAIL_LINES,
    "tline": TRAM_LINES,
    "street": STREETS,
    "pub": PUBS,
    "venue": VENUES,
    "shop": SHOPS,
    "school": SCHOOLS,
    "hosp": HOSPITALS,
    "club": CLUBS,
    "taxi": TAXI_FIRMS,
    "biz": BUSINESSES,
}

# Age slots: every range lies entirely on one side of the 16 and 18 thresholds.
AGE_RANGES = {
    "age_c": (6, 12),  # child
    "age_y": (13, 15),  # under 16
    "age_t": (16, 17),  # 16 or 17
    "age_a": (19, 64),  # adult
    "age_s": (19, 45),  # adult son/daughter of an older parent
    "age_g": (19, 30),  # adult grandchild
    "age_o": (66, 91),  # older adult
}

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
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
QUARTER_START = datetime.date(2026, 10, 1)
QUARTER_DAYS = 92  # 01/10/2026 .. 31/12/2026

# ---------------------------------------------------------------------------
# Templates: kind|category|flags|text
# ---------------------------------------------------------------------------

TEMPLATES = """
# --- homicide ---
c|homicide|KN|Caseworker call with {f} {sur}, mother of {m}, {age_a}. {m} died at {hosp} on {date} after being stabbed outside {pub} on {street}. Two men charged with murder, first Crown Court hearing awaited. {f} not sleeping, asking what the family liaison officer does and what happens at an inquest. Actions: send bereavement pack; call back {date2}.
a|homicide||TPF ref {ref}. Bereaved family referral. Deceased {m} {sur} ({age_a}) was a trackside worker assaulted on the access path near {stn} on {date}; he was struck repeatedly to the head and died two days 1ater at {hosp}. One male charged with manslaughter. NOK is brother {m2} {sur} who has asked for support.Mother also in shock.
b|homicide||hi its {f}. the man who killed my dad is on trial for murder at crown court next month and i dont know what to expect. the officer said u could help. im his daughter, im {age_a} x
d|homicide|DA|Homicide. On {date} officers attended a flat on {street} where {f} {sur}, {age_a}, was found deceased with injuries consistent with a sustained assault. Her partner, {m} {sur2}, has been charged with her murder. Two previous DASH assessments recorded high risk. Referral made for the deceased's sister {f2} and her mother.
c|homicide|HC|Bereaved family: {m} {sur}, {age_a}, died after being kicked and stamped on by a group at {tstop} tram stop on {date}. Witnesses heard racist slurs shouted at him before the attack and police are treating it as racially motivated. Three charged with murder. Spoke to his uncle {m2}; family want help with press intrusion. Log: {date2} call; {date3} met FLO.
a|homicide||Fatality at {stn}. Male {m} {sur} pushed from p1atform {plat} into the path of an approaching train and pronounced dead at scene. Suspect, known to the deceased from a hostel, charged with murder.Referral for deceased's father who was travelling with him and witnessed it.
d|homicide||At approximately {time} on {date} {m} {sur}, {age_a}, was struck a single blow outside {venue}, fell and hit his head on the kerb. He died in {hosp} the following day. The suspect has been charged with manslaughter. The referral is for his fiancée, {f} {sur2}, who was present.
c|homicide|DA|{f} {sur} rang about her grandmother, {age_o}, who died on {date}. Her uncle, the grandmother's son, has been charged with her murder. Family divided about attending court. {f} asked for help explaining things to her own children. Action: refer to homicide service key worker; call {date2}.
d|homicide||Homicide of an infant. A seven-week-old boy died at {hosp} on {date}; the post-mortem found non-accidental injuries and his father has been charged with murder. The referral is for the baby's mother, {f} {sur}, who is not a suspect.
b|homicide|KN|my brother got stabbed to death near {stn} last month, they arrested 2 lads. my mum wont get out of bed and my dad isnt talking. is there someone she can talk to pls
a|homicide||Bereaved. Conductor {m} {sur} assau1ted by a passenger on the {train} service on {date}; he collapsed in the vestibule and died. Post-mortem links the death to the assault. Suspect charged with manslaughter. Wife {f} {sur} requests contact OFFICIAL - SENSITIVE page 2 of 2
c|homicide|DA;HB|Caller {f}, sister of {f2}. {f2}, {age_a}, was killed by relatives; police are treating her death as an honour killing after she left a marriage the family had arranged. Her father and a cousin are charged with murder. {f} is frightened for her own safety and has moved out. Actions: safety planning, refer to specialist HBA service, call {date2}.
d|homicide||Gross negligence manslaughter. A labourer, {m} {sur}, died on {date} after falling through an unguarded opening at a construction site run by {biz} near {stn}. The site manager has been charged with manslaughter by gross negligence. Referral for his partner and two children.
c|homicide||Cold case. {m} {sur} was murdered in 2009; after a review a man was arrested on {date} and charged. The victim's sister {f} {sur} says it has brought everything back. Log: {date2} initial call; {date3} sent info on the trial process.
b|homicide|DA|my sister {f} was killed by her ex in september, they charged him with murder. im her little brother im {age_a}. funeral was yesterday and i cant stop thinking about it
d|homicide|KN|Murder investigation: {m} {sur}, {age_a}, a driver for {taxi}, was stabbed by a passenger on {street} in the early hours of {date} and died at the scene. A man has been charged. The referral is for the victim's wife and adult son.

# --- death or serious injury by driving ---
d|death_injury_driving||Fatal collision at the junction of {street} and {street2} on {date}. Pedestrian {f} {sur}, {age_o}, was struck by a car that drove through a red light at speed. The driver was arrested for causing death by dangerous driving. Referral for her husband.
a|death_injury_driving||RTC at user worked level crossing near {stn}. Car driver drove round the lowered barriers and was struck by the {train} service; his front seat passenger {m} {sur}, {age_a}, died. Driver charged with causing death by dangerous driving.Referral: passenger's mother.
b|death_injury_driving||my mum got hit by a van on the crossing by {tstop}, shes in intensive care with a brain injury. the driver was on his phone, police said its causing serious injury by careless driving. i dont know what to do
c|death_injury_driving||{m} {sur}, {age_a}, cyclist, knocked off on {street} by a driver later found to be over the drink drive limit. Fractured pelvis and spinal injuries, still on a ward at {hosp}. Driver charged with causing serious injury by dangerous driving. Action: call wife {f} {date2} re hospital parking costs.
d|death_injury_driving||At {time} on {date} a heavy goods vehicle failed to stop at a red signal and collided with a tram at {tstop}. The tram driver, {m} {sur}, sustained a fractured spine. The HGV driver has been charged with causing serious injury by careless driving. No passengers were seriously hurt.
c|death_injury_driving||Spoke to {f} {sur}. Her son, {age_t}, died as a passenger in a stolen car driven by a friend who fled from police and crashed on {street}. The friend is charged with causing death by dangerous driving and aggravated vehicle taking. Log: {date} referral; {date2} home visit.
b|death_injury_driving||my bf {m} died when a car pulled out on his motorbike on {street}. driver had no licence and no insurance, theyve charged him with causing death by driving while unlicensed and uninsured. we were meant to get married next year
a|death_injury_driving||Station car park {stn}. PSA {f} {sur} struck by a car reversing at speed, broken leg. Driver failed a roadside breath test and was arrested for causing serious injury by careless driving whilst over the prescribed 1imit.
d|death_injury_driving|DA|{f} {sur}, {age_a}, sustained fractured ribs and a punctured lung when her husband, {m} {sur}, crashed their car while driving drunk on {street} with her as a passenger. He has been charged with causing serious injury by dangerous driving. In her statement she also disclosed that he controls her money and her phone; DASH completed (medium risk).
c|death_injury_driving||Bereaved grandparents. Granddaughter, {age_c}, killed on {date} when a car mounted the pavement outside her primary school on {street}. Driver charged with causing death by careless driving. Grandmother {f} {sur} asking about victim personal statements.
a|death_injury_driving||Fatal RTC at {stn} forecourt drop-off. Private hire driver ({taxi}) struck a pedestrian while looking at his phone;pedestrian {m} {sur}, {age_o}, died at {hosp}. Driver arrested for causing death by careless driving. NOK: daughter.
b|death_injury_driving||got run over on the crossing on {street} in oct, driver didnt stop. both legs broken and been off work since. police r treating it as causing serious injury by dangerous driving. can someone help with the compensation forms pls
d|death_injury_driving||Two drivers were racing along {street} on {date} when one lost control and struck motorcyclist {m} {sur}, {age_a}, who died at the scene. Both drivers have been charged with causing death by dangerous driving. Referral for his parents.
c|death_injury_driving||{f} {sur} rang about her father, {age_o}, knocked down on a zebra crossing by a delivery driver on {date}. He suffered a broken hip and head injury and died three weeks later; police have now charged causing death by careless driving. Action: send info on the coroner; call {date2}.

# --- violence with injury ---
a|violence_with_injury||Guard {m} {sur} assaulted on the {train} after asking two males for tickets between {stn} and {stn2}; punched in the face, split lip and loose tooth. Suspects 1eft the train at {stn2}. No weapon seen. CCTV requested.
b|violence_with_injury|DA|my ex came round to get his stuff and grabbed me by the neck and pushed me into the door, ive got bruises all up my arm. we split up in august. i dont want him arrested tbh i just want him to leave me alone. live near {stn}
c|violence_with_injury|DA|{f} {sur}, {age_o}. Her son {m}, {age_s}, who lives with her, hit her with her walking stick during a row about money on {date}; cut to forehead glued at {hosp}. DASH completed - high. MARAC referral made {date2}. {f} worried about him being homeless if bailed elsewhere.
d|violence_with_injury|KN|Section 20 wounding outside {pub} on {street}: {m} {sur}, {age_a}, was cut across the forearm with a Stanley knife during an argument over a spilled drink and required 14 stitches. The suspect was arrested nearby.
a|violence_with_injury|HC|PSA {f} {sur} at {stn} gateline. Male passenger shouted racist abuse at her then threw a full can which struck her in the face, swelling and a cut to the cheek. Racially aggravated ABH.Suspect boarded train towards {stn2}.
b|violence_with_injury||some lad headbutted me on the tram at {tstop} for no reason, nose is broken the hospital said. never seen him before in my life
c|violence_with_injury|DA;HB|{f}, {age_a}, says her father and older brother beat her on {date} after she refused to marry a cousin abroad; bruising to her arms and back. She is now in a refuge. Actions: forced marriage unit contact; check on passport; call {date2} on safe number only.
d|violence_with_injury||Assault on a hospital porter at {hosp} emergency department at {time} on {date}. A patient's relative punched {m} {sur}, causing a fractured cheekbone. The suspect was detained by hospital security and arrested.
c|violence_with_injury|DA|{m} {sur}, {age_a}, says his wife {f} regularly scratches and slaps him and last week threw a mug that cut his eyebrow. He has never told anyone and was worried he would not be believed. DASH standard risk. Action: male victims helpline info sent {date}.
b|violence_with_injury||got jumped walking home from {stn} by 3 of them, kicked me when i was on the floor. they didnt take anything or even ask for anything. black eye and cracked rib
d|violence_with_injury|HC|At approximately {time} on {date}, {m} {sur}, {age_a}, was attacked outside {venue} while leaving with his boyfriend. The attackers used homophobic slurs throughout. {m} suffered a fractured jaw. Two males have been arrested.
a|violence_with_injury|KN|Male stabbed in the thigh in carri- age {coach} of the {train} during an argument over a seat. Victim {m} {sur}, {age_a}, conveyed to {hosp}.Suspect ran off at {stn}, knife not recovered.
c|violence_with_injury||{f} {sur}, cleaner at {stn}, bitten on the hand by a drunk passenger she asked to move; skin broken, antibiotics and tetanus jab. Not known to her. Log: {date} referral; {date2} left voicemail; {date3} spoke, wants info on compensation.
d|violence_with_injury|MS|Modern slavery. At a hand car wash on {street}, officers found {m}, {age_a}, with untreated burns to his hands. He states the owner beat him with a hose when he asked about wages, holds his passport and makes him work seven days a week for no pay. NRM referral completed on {date}.
b|violence_with_injury|DA|my brother punched me at christmas dinner, hes {age_a} and im 2 yrs younger. my lip needed glue at a&e. mum is taking his side as usual. {stn} area
a|violence_with_injury||Attempted murder. Passenger {m} {sur} pushed off p1atform {plat} at {stn} into the four-foot as a train approached; dragged clear by station staff. Fractured wrist, head wound. Suspect heard saying he wanted him dead.
c|violence_with_injury||{f} {sur}, {age_y}, punched repeatedly by an older girl at {tstop} tram stop after school on {date}; concussion and a chipped tooth. Mum {f2} asking about the school's role. Action: send info on youth support.
d|violence_with_injury|DA;KN|At {time} on {date} {f} {sur}, {age_a}, was held against the kitchen wall by her partner, {m} {sur2}, who held a kitchen knife to her throat and cut her neck. A DVPN was served on {date2}. DASH high risk; MARAC listed for {date3}.
b|violence_with_injury|HC|someone pulled my hijab off and pushed me down the stairs at {stn}, shouting i should go back to where i came from. my knee is all swollen and i can barely walk
a|violence_with_injury|HC|Wheelchair user {m} {sur} tipped out of his chair on p1atform {plat} at {stn} by a male mocking his disability and calling him names. Grazes to hands and sprained wrist. Suspect identified from CCTV.
c|violence_with_injury||{m} {sur}, {age_a}: neighbour punched him during an argument about parking on {date}, leaving a black eye, and then snapped the wing mirror off his car. Log: {date2} called; {date3} letter re civil options for the damage.
d|violence_with_injury||During the {club} home match on {date} a steward, {f} {sur}, was struck on the head by a coin thrown from the away section, causing a cut that required stitches. Enquiries are ongoing with club CCTV.
b|violence_with_injury|DA|{m} bit me again last night, its on my shoulder and it bled. he says its just messing about. weve been together 4 yrs and live together near {tstop}, hes always like this when he drinks
a|violence_with_injury||Driver {m} {sur}: brick thrown from the overbridge at {stn} smashed the cab windscreen of the {train}; glass fragments caused cuts to his face and eye. Suspects, 2 youths, seen running towards the comer of {street}.
c|violence_with_injury|DA|{f}, {age_t}, pushed down the stairs by her boyfriend, who is 18, at his flat on {date}; sprained ankle and bruising. College safeguarding lead aware. Action: refer to young people's IDVA.
c|violence_with_injury||{f} {sur}, {age_a}: her brother, {age_y}, punched her in the face on {date}, black eye. Mum says he has been violent at home since the summer. Log: {date2} call; {date3} sent info on family support.
d|violence_with_injury||PCSO {f} {sur} was kicked in the shin while dealing with a disturbance at {tstop} on {date}, causing bruising and swelling. The suspect, who had been drinking, was arrested for assault on an emergency worker.
b|violence_with_injury||my son hes {age_c} got beaten up by older lads at the skatepark near {stn}, they stamped on his hand and broke 2 fingers. they didnt take anything off him
a|violence_with_injury||Female passenger {f} {sur} suffered a broken nose when a male elbowed her in the face while forcing his way off the train at {stn}. CCTV shows the elbow was deliberate. Not known to each other.
d|violence_with_injury|KN|{m} {sur}, {age_a}, was struck with a broken bottle outside {pub} at {time} on {date}, suffering deep lacerations to the face. The suspect was detained by door staff.
d|violence_with_injury|DA|Incident summary: {f} {sur}'s ex-partner kicked in the front door of her flat on {street} on {date}, punched her causing a cut lip and then left. Offences recorded: burglary, criminal damage, assault occasioning actual bodily harm. DASH high.
d|violence_with_injury||{m} {sur}, a security officer at {hosp}, was punched in the face by a patient on {date}, fracturing his nose. A lock knife was later found in the patient's coat during a search; it had not been produced or mentioned during the incident.
c|violence_with_injury||{f} {sur} rang about her son, {age_c}. His father hit him with a belt on {date} during contact, leaving welts on his legs; social care and police involved. {f} and the father separated years ago and there has been no abuse between them.
c|violence_with_injury||{f}, 15, says her boyfriend, also 15, slapped her at {tstop} after school on {date} and she has a bruised eye. Mum aware. Action: school nurse referral with consent.
d|violence_with_injury|DA|{m} {sur}, {age_a}, attended {hosp} on {date} with a broken finger. He states that his husband, {m2} {sur2}, bent it back during an argument at their flat on {street}. DASH medium.
b|violence_with_injury|DA|{f} hit me with the hoover last night and ive got a massive bruise on my leg. she says sorry every time. weve been together since school and shes my whole life. im {age_a}
d|violence_with_injury|DA;HC;HB|{m} {sur}, {age_a}, was beaten by two of his older brothers on {date} after the family learned he is gay; they told him he had brought dishonour on the family. He has bruising to the face and a cracked rib.
b|violence_with_injury||me and my gf got attacked outside {pub} by some randoms, i got a cut head and stitches. shes fine. not a domestic or anything lol she'd never hurt me
b|violence_with_injury||my son is {age_y} and he punched me in the face when i took his xbox off him. split lip. i dont know what to do anymore. {street}
c|violence_with_injury||{m} {sur}, {age_a}, agency warehouse worker, punched by a supervisor on {date} causing a cut eye. He is paid properly and free to leave; police checked and there are no signs of forced labour. Log: {date2} call.

# --- violence without injury ---
a|violence_without_injury||Guard {f} {sur} spat at in the face by a passenger without a ticket on the {train} at {stn}. No injuries. Suspect identified via CCTV.Victim requests update on outcome.
b|violence_without_injury|DA|my ex keeps saying hes going to kill me, he said it to my face at the school gates yesterday and i believe him. he didnt touch me. we have 2 kids together. {street}
c|violence_without_injury||{m} {sur}, {age_a}, station cleaner at {stn}: passenger grabbed his arm and shoved him into the ticket barrier when told the toilets were closed. No injuries. Log: {date} call; {date2} sent info.
d|violence_without_injury||Child neglect. On {date} officers attended a flat on {street} where two children, aged {age_c} and 4, had been left alone overnight without food or heating. Their mother has been arrested for child neglect. The referral is for the children via their grandmother.
a|violence_without_injury|KN|Male refused entry at {stn} gateline produced a knife from his pocket and threatened to cut PSA {m} {sur}. No injuries. Knife recovered on arrest at {time}.
b|violence_without_injury||some guy on the train kept shoving me with his shoulder and then grabbed my wrist when i moved seats. didnt hurt me but i was shaking the whole way to {stn}
c|violence_without_injury|MS|NRM referral. {f}, {age_a}, came to the UK on the promise of hotel work. Kept in a house on {street}, made to clean for 14 hours a day for no pay, documents taken, not allowed out alone. No physical injuries. Action: safe house placement confirmed {date2}.
d|violence_without_injury|HC|Racially aggravated common assault at {tstop}: customer service representative {m} {sur} was pushed in the chest by a passenger who used racist language towards him. No injury.
a|violence_without_injury||Depot control room at {stn} received a call from a male threatening to stab driver {m} {sur} to death when he next finished a shift. Threat made by phone only, no weapon seen. Driver believes the threat.Caller traced.
c|violence_without_injury|DA|{f} {sur}, {age_a}: husband shoved her against the wall and grabbed her face on {date}; no marks. She also says he checks her bank app daily and decides who she can see. DASH medium. Actions: IDVA referral; call {date2}.
b|violence_without_injury||my daughter is {age_y} and a man at {stn} grabbed her and pushed her bc he said she looked at him funny. shes not hurt just really scared to get the train now
c|violence_without_injury|DA;ON|{f}, {age_a}: ex-partner sent WhatsApp voice notes saying he would kill her and her new boyfriend. She believes he means it. Log: {date} referral; {date2} safety plan done; {date3} bail hearing.
b|violence_without_injury||my ex's brother keeps texting me saying hell kill me if i go to court. its normal texts not whatsapp or anything. idk if i should still go. {street}
d|violence_without_injury||Assault on an emergency worker. At {time} on {date}, a paramedic treating a collapsed man at {stn} was kicked by the patient's friend. No injury was sustained. The suspect was arrested.
a|violence_without_injury|KN|Passenger {m} {sur} held against the handrail on the escalator at {stn} by a male pressing a blade into his side and saying move and you're dead. Nothing demanded, nothing taken. No injuries.
c|violence_without_injury||{m} {sur} drives for {taxi}. On {date} a passenger told him he had a gun in his coat and would shoot him, keeping his hand in his pocket; {m} believed him. The passenger then ran off on {street} without paying the £{amt} fare. Log: {date2} call.
b|violence_without_injury|DA;HB|my dad shoved me against the wall and threw my stuff out the window bc he found out im seeing someone. im {age_a}. he says if i bring shame on the family again hell finish me
d|violence_without_injury|MS|{m} {sur}, {age_a}, who has a learning disability, was made to carry drugs by train between {stn} and coastal towns by a group who held his bank card and threatened him. NRM referral completed on {date}. No injuries recorded.
a|violence_without_injury||Ticket inspector {m} {sur} on the {train}: passenger swung a punch that glanced off his shoulder. No injury, not racially motivated per victim. Suspect 1eft at {stn}.
c|violence_without_injury||{f} {sur} called about her nephew, {age_c}. He told his teacher his stepdad makes him stand in the back yard for hours in the cold as a punishment and sometimes withholds meals. Police investigating child cruelty. Action: call {date2} after strategy meeting.
b|violence_without_injury|HC|a man on the train called me slurs bc im trans and grabbed my arm really hard and wouldnt let go til {stn}. no marks but i havent been out since
d|violence_without_injury|DA|Common assault. On {date} {m} {sur}, {age_a}, pushed his sister {f} {sur}, 31, to the floor in the kitchen of their parents' home on {street}. No injury. Both are adults; previous incidents are recorded.
a|violence_without_injury||PSA {f} {sur} at {stn} had a cup of lukewarm coffee thrown over her by a passenger angry about a cancellation. No injuries. Victim does not believe it was racially motivated.
c|violence_without_injury|DA|{f} {sur}, {age_o}: her grandson, {age_g}, who lives with her, grabbed her by the shoulders and shook her on {date} when she would not lend him money. No injury. Log: {date2} spoke; {date3} adult social care informed with consent.
b|violence_without_injury||this man followed me off the tram at {tstop} and yanked my hood back so hard i nearly fell, then just walked off. didnt take anything. im {age_t}
d|violence_without_injury|MS|Forced labour: on {date} officers visited a nail bar on {street} and found three women working without pay, sleeping on the premises, with their passports held by the owner. This referral is for {f}, {age_a}. No injuries.
a|violence_without_injury||Male swung a baseball bat at PSA {m} {sur} at {stn} gateline, missing him. No injuries. Bat seized at {time}.
c|violence_without_injury||{f}, {age_a}: neighbour stood on her doorstep on {date} and said he would kill her if she complained to the council about his music again. She believes him. Action: info on injunctions; call {date2}.
d|violence_without_injury||Attempted child abduction at {tstop} on {date}: a man took a {age_c}-year-old girl by the hand and tried to lead her away while her mother bought tickets. The mother intervened and the man ran off.
b|violence_without_injury||guy at the bar in {pub} threw his pint over me and shoved me, didnt hurt me just soaked. not a hate thing he was just drunk
c|violence_without_injury||{m} {sur} saw his colleague at {shop} punched in the face by a shoplifter on {date}; {m} himself was shoved into a shelf when he stepped in. No injury to {m}. Referral is for {m} only.
b|violence_without_injury|DA|my ex sent me a text saying hes going to stab me to death when he sees me. only a text. i know he has knives at his place. {stn}
c|violence_without_injury|DA|{f} {sur}: her partner grabbed her arm and pushed her on {date}. There are knives in the kitchen and she fears he could use one in future, but none was involved. No injury. Log: {date2} DASH standard.
d|violence_without_injury|DA|Common assault at the house on {street} that {f} {sur} and {m} {sur}, both {age_o}, have shared for forty years: he pushed her into a chair during an argument about her hospital appointments. No injury. He has early dementia.
d|violence_without_injury||Offences: threats to kill, criminal damage. On {date} a neighbour smashed {f} {sur}'s car windscreen with a hammer and told her to her face he would kill her. No injury.

# --- stalking and harassment ---
b|stalking_harassment|DA;ON|my ex keeps making new insta accounts to message me after i block him, like 20 a day. he turned up at my work at {shop} twice too
a|stalking_harassment||Passenger has repeatedly waited for PSA {f} {sur} at the end of her shifts at {stn}, fo1lowed her to the tram and 1eft notes at the ticket office addressed to her. Not known to her.No threats made.
c|stalking_harassment|DA|{f}, {age_a}: partner {m} controls all the money, tracks where she goes, stops her seeing her mum and checks her phone every night. No physical violence disclosed. DASH medium. Log: {date} referral; {date2} IDVA allocated.
d|stalking_harassment|HC;ON|Malicious communications: {m} {sur}, imam at a mosque on {street}, has received a series of anonymous emails containing anti-Muslim abuse since {date}.
b|stalking_harassment||someone keeps texting me really nasty stuff calling me fat and ugly, like 30 texts this week from a number i dont know. just normal texts. idk who it is. {stn}
c|stalking_harassment|DA|{f}, {age_a}: since they split in September her ex-partner {m} texts and calls daily from different numbers and once waited at {stn}. She has changed her route to work. Calls and texts only. Action: advised to keep a diary; call {date2}.
a|stalking_harassment||Driver {m} {sur} harassed by a group of teenagers at {stn} who shout at his cab and bang on the window every evening for the past month. No damage. Same group identified each time.
d|stalking_harassment|ON|{f} {sur}, owner of {biz}, has been targeted since {date} with abusive messages and posts on Facebook by a former employee, who has also created fake accounts to leave abusive comments about her.
b|stalking_harassment|DA|{m} wont stop turning up outside my flat since i ended it, he sits in his car for hours and knows when my shifts finish. pls help x
c|stalking_harassment||{f} {sur}, {age_o}: the neighbours' adult son bangs on her windows at night and shouts abuse through her letterbox. Ongoing since the summer. Log: {date} call; {date2} housing officer contacted.
a|stalking_harassment|HC|PSA {f} {sur} at {stn}, who is transgender, has been repeatedly mocked about her gender identity by the same commuter over several weeks; he waits at her gate to comment on her appearance. Victim very distressed.
d|stalking_harassment|DA|Controlling or coercive behaviour. {f} {sur}, {age_a}, reports that her husband, {m} {sur}, restricts her access to the car and money, monitors her movements and has isolated her from friends over several years. DASH high risk; MARAC on {date}.
b|stalking_harassment|ON|someone keeps posting about me in a facebook group calling me a slag and saying where i live on {street}. i think its a girl from my old school. been weeks now
c|stalking_harassment|DA|{f}, {age_o}: her adult daughter sends dozens of abusive texts a day demanding money and has turned up at {f}'s work twice. No violence. Texts only. Action: call back {date2}.
a|stalking_harassment||Female passenger {f} {sur} reports the same male has sat opposite her on the 07:12 from {stn} for three weeks, taking photos of her, and fo1lowed her to her office on {street}.
d|stalking_harassment|ON|Following the {club} match on {date}, the partner of a first-team player received hundreds of abusive messages on Instagram and X. The club's safeguarding officer made the referral.
b|stalking_harassment|DA;ON|my ex keeps messaging me on whatsapp and facebook even tho ive blocked him on both, and now hes messaging my mum. we broke up in july. im at {stn} every day for work and im scared hell turn up
c|stalking_harassment|ON|{m}, {age_a}: another player in an online game found his address and has been sending him abusive messages through the game chat and on Discord. Action: signpost to reporting tools; call {date2}.
a|stalking_harassment||Guard {f} {sur} receiving letters at the depot at {stn} and being waited for outside by a former colleague. Not a partner; they were never in a relationship. Victim feels fo1lowed.
d|stalking_harassment|HC|Racially aggravated harassment: a family on {street} have had racist notes pushed through their door on at least six occasions since {date}.
b|stalking_harassment|ON|a guy from my gym keeps messaging me on insta asking me out even tho ive said no loads, now he comments on every post and turned up at {stn} when i was there
c|stalking_harassment|DA;HC|{m}, {age_a}: since he came out as gay his father sends repeated abusive texts calling him disgusting and saying he is no son of his. Texts only. Action: LGBT+ support referral; call {date2}.
d|stalking_harassment||Stalking: a parent at {school} has followed a teacher, {f} {sur}, home on several occasions and waits outside her house. She has installed a camera. The parent is not related to her.
b|stalking_harassment|DA|my mum keeps turning up at my uni and ringing me like 50 times a day since i moved out, screaming down the phone at me. im {age_a}. rly cant cope
c|stalking_harassment|DA;ON|{f} {sur}, {age_a}: ex-partner logs into her iCloud and posts about her private life on Facebook; also waits near {tstop}. Log: {date} referral; {date2} helped change passwords; {date3} DASH standard.
d|stalking_harassment|DA|Offences: stalking, burglary. {f} {sur}'s ex-partner has repeatedly followed her since {date} and on one occasion entered her flat on {street} while she was out, taking a framed photograph of the children.
a|stalking_harassment|DA|Page 2 of 3 Station staff member {f} {sur}, PSA at {stn}: estranged husband attends her workp1ace daily, waits on the concourse and sends her texts about what she is wearing. Texts and in person only. DASH s tandard.
c|stalking_harassment|DA;HB|{f}, {age_a}: her brothers follow her to college and monitor her phone to protect the family's reputation; her parents say she is shaming the family by having male friends. Action: specialist HBA service; call {date2} on safe number.
c|stalking_harassment|DA|{f} and {f2} lived together from 2019 until they separated in August. Since then {f2} has sent {f} hundreds of texts and left voicemails saying she will never let her go. Texts and calls only. Log: {date} call.
c|stalking_harassment|DA|{f} {sur}: ex-husband phones her from withheld numbers up to 40 times a night and leaves voicemails saying she will regret leaving. Phone calls only. Log: {date} call; {date2} DASH medium.
d|stalking_harassment|DA|Offences: harassment, criminal damage. Since {date} {f} {sur}'s ex-partner has sent repeated letters to her home on {street} and scratched her car twice. Letters and in person only.

# --- sexual offences ---
a|sexual_offences||Female passenger {f} {sur} touched on the bottom by a male in crowded carriage {coach} between {stn} and {stn2}. She confronted him and he got off at {stn2}.No other contact.
b|sexual_offences||a man was filming up my skirt on the escalator at {stn}, a woman saw him and told me. i feel sick
c|sexual_offences|CS|{f}, {age_y}: a man on the {tline} tram rubbed against her and put his hand on her thigh on {date}. Mum {f2} called. Action: send young people's ISVA info; call {date2}.
d|sexual_offences|DA|Rape. {f} {sur}, {age_a}, reports that her husband raped her at their home on {date}. She also describes a history of coercive control. DASH high; ISVA and IDVA referrals made.
a|sexual_offences||Male exposed himself to two women on p1atform {plat} at {stn} at {time}. Suspect described as male, 40s. Victims are adults.
b|sexual_offences|ON;CS|my daughter is {age_y} and a man on snapchat has been asking her for pics and sending her stuff, she sent some. we found it last night. pls help. {street}
c|sexual_offences|MS|{f}, {age_a}: brought to the UK and forced into prostitution in flats around {street}; money taken by the men who brought her. NRM referral {date}. Action: ISVA; call {date2}.
d|sexual_offences|CS;MS|Trafficking for sexual exploitation: a {age_t}-year-old girl has been moved between addresses across the city in {taxi} cabs booked by adults and sexually exploited. Referral made on {date}.
b|sexual_offences||something happened at a party in the summer, a guy i know had sex with me when i was passed out. never told anyone til now. im {age_a}
c|sexual_offences|CS|{m} {sur}, {age_a}, disclosed he was sexually abused by a coach at the {club} youth academy when he was 12. He reported it to police on {date}. Action: ISVA referral; call {date2}.
a|sexual_offences||Female passenger grabbed between the legs and then had her phone pulled from her hand by the same male, who pushed her as he ran off at {stn}. Offences: sexual assault, robbery. Victim {f} {sur}.
d|sexual_offences|DA|{f} {sur}, {age_a}: her ex-partner sexually assaulted her at her home on {date} and broke the bedroom door. Offences recorded: sexual assault, criminal damage. DASH high.
b|sexual_offences||a taxi driver from {taxi} touched me between my legs when i was drunk in the back. i didnt say anything i just got out on {street}
a|sexual_offences||Male masturbating in full view of female guard {f} {sur} in carriage {coach}. Suspect detained at {stn} by officers.
d|sexual_offences|ON|{f} {sur}, {age_a}, received unsolicited explicit images on WhatsApp on {date} from a man she had met through a dating app. Recorded as sending a photograph of genitals (cyberflashing).
b|sexual_offences||some bloke kissed my neck on the platform at {stn} and wouldnt let go of my waist, i had to push him off. im {age_a}
c|sexual_offences|DA;CS|{f}, {age_t}, disclosed that her brother, {age_a}, has been sexually assaulting her at home since she was 14. Police aware. Action: refer to ISVA; call mum {date2}.
c|sexual_offences|CS|{f}, {age_y}, disclosed that her stepfather has been sexually abusing her. Police and social care involved; stepfather has moved out. Log: {date} strategy meeting; {date2} call with mum.
a|sexual_offences||PSA {f} {sur} grabbed on the breast by a drunk male passenger at {stn} gateline. Suspect detained. Not known to victim.
d|sexual_offences||Sexual assault at {venue}: on {date} a door supervisor touched {f} {sur}, {age_a}, between the legs while searching her. A premises licence review has been requested.
b|sexual_offences||a man on the tram flashed me, opened his coat and there was nothing under it. im {age_a}. it was at {tstop}
c|sexual_offences||{f}, now 57, reported on {date} a rape that happened in the 1990s when she was 25, by a former colleague. Police have taken a statement. Action: ISVA referral; call {date2}.
a|sexual_offences|CS|Two schoolgirls aged {age_y} reported a male photographing them and touching himself in carriage {coach} of the {train}. Suspect 1eft at {stn}.
c|sexual_offences|CS|{f}, {age_y}: men at a flat near {stn} gave her vodka and cannabis and then had sex with her; social care say it is CSE. Action: ISVA; call {date2}.
d|sexual_offences||{f} {sur}, who is 18, was sexually assaulted by a stranger at {venue} on {date}. She was touched under her clothing on the dance floor.

# --- robbery ---
b|robbery||he wouldnt let me off the tram til i gave him my phone. stood in the doors at {tstop} and said hand it over or else so i did
a|robbery|KN|Passenger {m} {sur} approached on footbridge at {stn} by two males, one showed a knife and demanded his phone and wallet. Both handed over. No injuries.
c|robbery||{f} {sur}, {age_o}: her handbag was pulled from her shoulder on {street} on {date} and she was dragged along the pavement; grazes and a broken wrist. Log: {date2} call; {date3} help with replacing bank cards.
d|robbery||Business robbery at {shop} on {street} at {time}: a male threatened staff and demanded cash from the till, claiming to have a gun. No weapon was seen. £{amt} taken.
b|robbery|KN|2 lads said theyd stab me if i didnt give them my airpods. i didnt see a knife but one had his hand in his jacket like he was holding one and i believed them. {stn}
a|robbery||Female passenger {f} {sur} had phone grabbed from her hand and was pushed to the floor as the doors closed at {stn}. Suspect stayed on the train.
c|robbery|DA|{f} {sur}, {age_o}: her son, {age_s}, twisted her arm behind her back until she gave him her bank card and PIN on {date}, then took £{amt}. Log: {date2} call; {date3} bank contacted.
d|robbery||Robbery of a taxi driver: at {time} on {date} two passengers held a {taxi} driver in a headlock on {street} and took his takings and phone.
b|robbery||3 kids on bikes surrounded me near {stn} and took my bike off me, one punched me in the arm. im not really hurt
a|robbery|KN|Guard {m} {sur} threatened with a knife by a male on the {train} who demanded the cash bag and ticket machine. Both taken. Suspect 1eft at {stn}.
c|robbery|HC|{m} {sur}, {age_o}: three youths shouted racist abuse at him on {street} on {date}, pushed him over and took his wallet. Bruised hip. Action: hate crime advocacy; call {date2}.
d|robbery||Robbery at a mobile phone shop on {street} on {date}: three suspects smashed display cabinets with hammers, threatened staff and took phones worth £{amtb}. No injuries.
b|robbery||no knife or anything, he just grabbed my chain off my neck and it cut into my skin cos i tried to hold on. happened by {stn}
a|robbery||Station kiosk at {stn}: male leaned over the counter, grabbed staff member {f} {sur} by the collar and took cash from the till.
c|robbery||{m}, {age_y}: an older boy at {tstop} made him hand over his trainers and £{amt} by threatening to beat him up. Mum {f} rang. Log: {date} call; {date2} school informed.
d|robbery|KN;HC|{m} {sur}, a delivery rider, was threatened at knifepoint on {street} on {date} by two males who used racial slurs and took his phone and cash.
b|robbery||was on the late train and a guy sat next to me and said give me ur wallet or ill smash ur face in. gave it him. got off at {stn} shaking
a|robbery||Attempted robbery at {tstop}: male tried to pull bag from elderly female {f} {sur}; she held on and he ran off empty handed. No injuries.
c|robbery||{f} {sur}, {age_a}: on {date} at {stn} car park a man pushed her out of the driver's seat and drove off in her car. Log: {date2} spoke; {date3} sent insurance letter.
d|robbery||At {time} on {date} a steward at the {club} ground was pushed to the ground and the cash box he was carrying was taken.
b|robbery|KN|me and my mate got jumped on the way to {stn}, guy had a knife out, took both our phones. neither of us hurt
a|robbery||Guard {m} {sur} pinned against the door by a male who demanded his radio and wallet. Both taken. No weapon seen, no injuries. Train retumed to {stn}.
c|robbery||{f}, {age_a}: a man on a moped snatched her phone on {street} and kicked her when she held on. Bruised leg. Log: {date} call; {date2} victim personal statement help.
b|robbery||guy followed me from the cash machine on {street} and said hed hurt me if i didnt give him the £{amt} i just took out. so i did
a|robbery||PSA {f} {sur} on {date}: male demanded her phone, said he had a blade in his bag. She could see both his hands were empty and did not believe him, but he grabbed her wrist and took the phone from her hand.
d|robbery||Offences: robbery, assault occasioning actual bodily harm, criminal damage. {m} {sur} was punched and kicked on {street} at {time} on {date} by two males who took his phone and then stamped on his glasses. He has a fractured eye socket.

# --- burglary ---
c|burglary||{f} {sur} came back from visiting family on {date} to find her flat on {street} broken into; laptop and jewellery taken. Log: {date2} call; {date3} lock change arranged.
d|burglary||Business burglary at {biz} on {street} overnight into {date}: rear door forced, tools and £{amt} cash taken.
b|burglary||someone broke into our shed and took both our bikes, lock was cut. shed is at the back of the house on {street}
a|burglary||Staff mess room at {stn} entered overnight, lockers forced and staff belongings taken. No staff present.
c|burglary|DA|{f}, {age_a}: ex-partner let himself in with an old key while she was at work and took her passport and the children's birth certificates. DASH medium. Action: locks changed {date2}.
d|burglary||Burglary at {school} on the night of {date}: fourteen laptops stolen from the IT suite. CCTV shows two males.
b|burglary||came home and the back door was open and my tv and ps5 were gone. no one was in thank god. live on {street}
a|burglary||CCTV shows a male with a knife tucked in his waistband entering the staff office at {stn} at {time}; no staff present; cash tin taken.
c|burglary||{f} {sur}, {age_o}: a man claiming to be from the water board got into her house on {date} and took cash from her bedroom while she ran the taps. Log: {date2} call; {date3} sent bogus caller advice.
d|burglary||Burglary at the pharmacy of {hosp} on {date}: entry forced overnight and controlled drugs stolen.
b|burglary||someone got in through the window while we were asleep, took my handbag and car keys and then took the car off the drive. {street}
c|burglary||{m} {sur}: garage at the back of his house on {street} broken into on {date}, power tools worth £{amt} taken.
a|burglary||Unstaffed station {stn}: ticket office entered overnight and the coin box removed from the machine.
d|burglary||Burglary at the {club} clubhouse on {date}: trophies and bar stock were stolen.
b|burglary|DA|my brother broke into my flat when i was out and took my tips jar and my meds. hes {age_a}. not the first time
c|burglary||{f}, {age_a}, student: her room in halls was entered on {date} and her laptop stolen. Not DA - offender unknown. Action: call {date2}.
d|burglary||Attempted burglary at a house on {street}: a window was forced but entry was not gained. The occupier, {m} {sur}, disturbed the suspects at {time}.
a|burglary||Station cafe at {stn} burgled overnight, cash and stock taken. Owner {m} {sur} requests support for staff.
d|burglary||Offences: burglary, theft from motor vehicle, fraud. Burglars entered {m} {sur}'s house on {street} via an unlocked back door on {date}, took his car keys and items from his car, and then used his bank cards in shops.

# --- vehicle offences ---
a|vehicle_offences||Car stolen from {stn} station car park while the owner was at work; keyless entry suspected. Victim {m} {sur}.
b|vehicle_offences||someone nicked the catalytic converter off my car in the station car park at {stn}. garage says £{amt} to fix
c|vehicle_offences||{m} {sur}: his van was left unlocked on {street} overnight on {date} and tools worth £{amt} were taken from it. Log: {date2} call.
d|vehicle_offences||Aggravated vehicle taking: a car was taken from a driveway on {street} on {date} and later crashed into a wall; the driver fled. No injuries.
a|vehicle_offences||Males seen trying car door handles in {stn} car park at {time}. Victim {f} {sur} found her car door open, nothing taken. Vehicle interference.
b|vehicle_offences||my car got stolen from outside my house on {street}, police found it 2 days later. its ok just dirty and full of cans lol
c|vehicle_offences||{m} {sur}, {age_o}: his blue badge was stolen from his car dashboard while parked at {hosp} on {date}. Log: {date2} call; {date3} council contacted.
d|vehicle_offences||Theft of a motorcycle from outside a house on {street} on {date}; the owner is {m} {sur}.
a|vehicle_offences||Satnav and laptop bag taken from an unlocked car in {stn} car park. Owner {f} {sur}.No damage.
b|vehicle_offences||someone took the number plates off my car last night. outside {shop}
c|vehicle_offences||Delivery driver {m} {sur} at {biz}: parcels stolen from the back of his van while he was at a door on {street}.
d|vehicle_offences||A private hire vehicle belonging to {taxi} was stolen on {date} while the driver was paying for fuel.
b|vehicle_offences||caught a guy on my doorbell camera trying all the car doors on our street including mine. didnt get in. {street}
c|vehicle_offences||{f} {sur}: car stolen from outside her home on {street} on {date} by relay attack; tracker shows it at a container port. Log: {date2} call.
d|vehicle_offences||Aggravated vehicle taking: a stolen car was driven at speed along {street} and abandoned; no injuries. Referral for the owner, {f} {sur}.
a|vehicle_offences||Staff car in {stn} depot car park: wallet taken from glovebox, car had been left unlocked. Victim {m} {sur}.
d|vehicle_offences||Offences: theft of motor vehicle, fraud. {m} {sur}'s car was stolen from {street} on {date} and fuel was then bought with a fuel card left inside it.

# --- theft from the person ---
b|theft_from_person||someone had their hand in my bag on the tram and when i got off at {tstop} my purse was gone
a|theft_from_person||Pickpocket. Passenger {f} {sur} had wallet taken from her coat pocket in the crush on the concourse at {stn} on match day.Did not feel it.
c|theft_from_person||{m} {sur}, {age_o}: two women hugged him by the entrance to {stn} on {date}; afterwards his wallet was gone. Log: {date2} spoke; {date3} card replacement help.
d|theft_from_person||At {time} on {date} a cyclist rode past {f} {sur} on {street} and took the phone from her hand. No force was used and there was no injury.
b|theft_from_person||my phone got taken out my back pocket on the escalator at {stn}. didnt feel a thing
a|theft_from_person||Phone snatched from passenger's hand as doors closed at {stn}. No contact, no injury. Victim {m} {sur}.
c|theft_from_person||{f} {sur}: purse taken from her bag on the {tline} on {date}; her contactless card was then used for £{amt} in shops. Log: {date2} call; {date3} bank dispute letter.
d|theft_from_person||{f} {sur}, {age_a}, fell asleep on a late train to {stn}; her purse was taken from the handbag on her lap. No other offences.
b|theft_from_person||my bag was on my lap on the train and someone unzipped it and took my keys and purse. i only noticed at {stn}
a|theft_from_person||Purse taken from handbag of elderly female {f} {sur} on crowded {train}. No threats or violence used.
c|theft_from_person|DA|{f} {sur}, {age_o}: her grandson, {age_g}, regularly takes cash out of her cardigan pocket while she is wearing it. She wants it to stop but not a prosecution. Action: call {date2}.
d|theft_from_person||Several pickpocket thefts occurred at the {club} turnstiles on {date}; this referral is for {m} {sur}, whose wallet was taken from his jacket.
b|theft_from_person||girl bumped into me at {stn} and after that my airpods were gone from my jacket pocket lol so obvious now
a|theft_from_person||Three males working together at {stn}: one distracted passenger {m} {sur} with a map while another took his phone from his jacket.
c|theft_from_person||{f} {sur}, partially sighted, had her purse taken from her bag at {tstop} on {date}. She does not think she was targeted because of her sight. Log: {date2} call.
d|theft_from_person||At {hosp} outpatients on {date} a visitor took a phone from the hand of patient {m} {sur} and ran off. No force was used.
c|theft_from_person||{m}, {age_t}: watch unclasped from his wrist in the crowd at a gig at {venue} on {date}. Mum called. Action: call {date2}.
b|theft_from_person||someone swiped my phone out my hand at {tstop} and legged it. didnt hurt me. lol i was mid call with my mum
a|theft_from_person||Suspect seen dipping handbags on the escalator at {stn}. Victim {f} {sur} lost purse.
b|theft_from_person||my mate got punched in the face outside {pub} and while everyone was looking at him someone took my phone out of my pocket. im not hurt
c|theft_from_person||{f} {sur}: wallet taken from her coat pocket on the {tline} on {date}. She mentioned that her cousin went through a forced marriage years ago, which is not connected. Action: call {date2}.
d|theft_from_person||Offences: theft from the person, fraud. {f} {sur}'s purse was taken from her bag at {tstop} on {date}; her cards were used in shops within the hour.

# --- bicycle theft ---
a|bicycle_theft||Pedal cycle stolen from the cycle hub at {stn}; lock cut. Owner {m} {sur}. CCTV requested.
b|bicycle_theft||my bike got nicked from outside {shop} even tho it was locked. its how i get to work
c|bicycle_theft||{m}, {age_y}: his bike was stolen from the racks at {school} on {date}. Mum upset, it was a birthday present.
d|bicycle_theft||Theft of a pedal cycle locked to railings on {street} on {date}. The owner is {f} {sur}.
a|bicycle_theft||Folding bicycle taken from the vestibule of carriage {coach} while owner {f} {sur} was in the toilet.
b|bicycle_theft||someone took my sons bike from our front garden, it wasnt locked. hes {age_c}
c|bicycle_theft||{f} {sur}: cargo bike stolen from outside the nursery on {street} on {date}. Log: {date2} call.
d|bicycle_theft||A bicycle belonging to a nurse, {f} {sur}, was stolen from the staff racks at {hosp} on {date}.
b|bicycle_theft||my bike was stolen from the tram stop at {tstop} and they left the front wheel still locked lol
a|bicycle_theft||Guard {m} {sur}'s own bicycle removed from the staff cycle rack at {stn} depot.
c|bicycle_theft||{m} {sur}: bike stolen from racks at {stn} on {date}; he later saw it for sale at a car boot sale. Log: {date2} call.
d|bicycle_theft||A child's bicycle was taken from outside {shop} on {street} while she was inside with her father.
b|bicycle_theft||bike nicked from the rack at uni, the d lock was sawn through. {amt} quid bike
a|bicycle_theft||Road bicycle stolen from p1atform {plat} at {stn} while owner bought a coffee.

# --- shoplifting ---
d|shoplifting||Shoplifting at {shop} on {street}: a repeat offender has taken meat and alcohol on several occasions since {date}. The store manager, {f} {sur}, requests support for staff.
a|shoplifting||Retail unit at {stn} (newsagent): male took sandwiches and drinks without paying. Staff member {m} {sur} reported.
c|shoplifting||{f} {sur} runs a small convenience shop on {street}; a group of teenagers take sweets and drinks without paying most days. Log: {date} call.
b|shoplifting||im a shop assistant at {shop} and this woman fills her bag every week and walks out. manager says let them go. its getting me down
d|shoplifting||Shoplifting at {shop} on {date}: the offender was verbally abusive to staff when challenged but made no threats of violence and used no force.
a|shoplifting||Kiosk at {stn}: staff saw male conceal phone chargers in his coat and 1eave without paying.
c|shoplifting||Pharmacy counter at {hosp}: toiletries taken from the shelves without payment on {date}. Manager {m} {sur} referred.
d|shoplifting||Organised shoplifting from {shop} branches across the city; staff member {f} {sur} was referred after witnessing repeated thefts.
b|shoplifting||i volunteer at a charity shop on {street} and someone walked out with a coat off the rail. we have it on cctv
c|shoplifting||{m} {sur}, manager of {shop}: teenagers grab energy drinks and run out. Log: {date} call; {date2} security advice sent.
d|shoplifting||Theft from the {club} club shop on {date}: replica shirts were taken without payment.
b|shoplifting||woman in the shop at {stn} walked out with a basket of stuff, when i asked her to stop she just laughed at me. im the supervisor
a|shoplifting||Station supermarket at {stn}: banned individual again took alcohol without paying. Staff member {f} {sur}.
a|shoplifting||Florist stall on the concourse at {stn}: bouquets taken without payment. Stallholder {m} {sur}.
d|shoplifting||Offences: shoplifting, public order. At {shop} on {date} a male took alcohol without paying and shouted abuse at staff as he left. Nobody was threatened with violence.

# --- other theft ---
b|other_theft||someone took my phone off the table next to me in the cafe at {stn} while i was looking at the board
a|other_theft||Suitcase stolen from the luggage rack in carriage {coach} of the {train}. Owner {f} {sur}.
c|other_theft||{f} {sur}: parcels stolen from her doorstep on {street} three times since {date}. Log: {date2} call.
d|other_theft||Theft by employee at {biz}: a cashier took £{amt} from the tills over several months.
a|other_theft||Making off without payment: two passengers ran from a {taxi} cab at {stn} without paying the £{amt} fare.
b|other_theft|ON|someone hacked my insta and says they wont give it back unless i pay them £{amt}. im {age_a}. its my business page
c|other_theft|DA|{f} {sur}, {age_o}: her adult son takes her pension cash from the kitchen drawer each week. She is scared of him. Log: {date} call; {date2} adult social care.
d|other_theft||Theft of mail: a postal worker was arrested for stealing bank cards from letters on {street}. Referral for {m} {sur}, whose card was taken.
a|other_theft||Passenger {m} {sur} 1eft his coat with wallet on the seat while he went to the toilet; gone when he retumed to carriage {coach}.
b|other_theft||left my bag on the bench at {tstop} for like 2 mins and someone took it
c|other_theft||{m} {sur} runs a petrol station on {street}; drivers fill up and drive off without paying. Latest loss £{amt} on {date}.
d|other_theft||Theft of lead from the roof of a church on {street} on {date}; the vicar, {f} {sur}, was referred.
a|other_theft||Theft of copper signal cable near {stn} overnight; delays to services. Victim rail infrastructure company.
b|other_theft||my flatmate has been taking money out of my purse in my room. shes not family or anything just a flatmate. {street}
c|other_theft||{f} {sur}, {age_o}: a cleaner she employed took jewellery from her dressing table. Log: {date} call.
d|other_theft||Making off without payment at {pub}: a group left without paying a £{amt} bill.
a|other_theft||Kit bag left by a contractor at the lineside near {stn} was taken, tools inside. No modern slavery concerns; ordinary contractor.
c|other_theft|DA|{f}, {age_a}: her ex-partner says he will tell her employer about her past unless she gives him £{amt}. In person and by phone. Log: {date} call; {date2} DASH standard.
d|other_theft||Theft of a charity collection tin from the bar of {pub} on {date}.
b|other_theft||someone took my phone from my locker at the gym, locker wasnt locked. {amt} quid phone

# --- criminal damage and arson ---
a|criminal_damage_arson||Windows of carriage {coach} smashed by stones thrown by youths as the {train} passed {stn}. No injuries to passengers or crew.
b|criminal_damage_arson|DA|my ex smashed my phone and kicked a hole in my door when i wouldnt let him in. he didnt touch me. {street}
c|criminal_damage_arson||{f} {sur}: her car had paint stripper poured on it and the tyres let down outside her home on {street} on {date}. Log: {date2} call.
d|criminal_damage_arson||Arson: wheelie bins were set alight against the rear wall of {biz} on {street} at {time}, causing smoke damage to the building.
a|criminal_damage_arson||Graffiti on station buildings and stabled units at {stn} depot overnight.
c|criminal_damage_arson|HC|{m} {sur}: his shop window on {street} was smashed on {date} and racist graffiti sprayed on the shutters. Action: hate crime advocate; call {date2}.
b|criminal_damage_arson||someone set fire to my car last night outside my flat on {street}. nobody was hurt
d|criminal_damage_arson|DA|Arson with intent to endanger life: on {date} {f} {sur}'s estranged husband poured petrol through the letterbox of her house on {street} and set it alight. The family escaped; no injuries.
a|criminal_damage_arson||Tram shelter glass smashed at {tstop}. CCTV shows three males.
c|criminal_damage_arson||{m} {sur}, landlord: his tenants turned the house on {street} into a cannabis factory, bypassed the electricity and cut holes through the ceilings. Damage estimated £{amtb}. Log: {date} call.
b|criminal_damage_arson||kids keep kicking my fence in, its completely broken now. {street}
d|criminal_damage_arson||Criminal damage at {school} overnight on {date}: eleven windows smashed.
a|criminal_damage_arson||Seats ripped and emergency equipment broken in carriage {coach} by a group of males. Guard {m} {sur} reported.
c|criminal_damage_arson|DA|{f} {sur}, {age_o}: her adult daughter smashed the TV and kitchen cupboards during an argument on {date}. No one hurt. Log: {date2} call.
d|criminal_damage_arson||Away supporters damaged seating at the {club} ground on {date}.
b|criminal_damage_arson||someone put a brick through my window at 3am. no one hurt but im scared to stay here. {street}
a|criminal_damage_arson||Fire deliberately started in the toilets at {stn}; smoke damage, station closed for an hour.
c|criminal_damage_arson||{m} {sur}: his allotment shed was deliberately burned down on {date}. Log: {date2} call.
d|criminal_damage_arson||A customer disputing a fare kicked and cracked the windscreen of a {taxi} cab on {street}. The driver was not assaulted.
b|criminal_damage_arson||my neighbour cut down the hedge on my side and poured bleach on all my plants. {street}
d|criminal_damage_arson||Offences: criminal damage, public order. A male shouted and swore at staff at {biz} on {date} then put his fist through the glass door. No one was hurt.
d|criminal_damage_arson||Offences: criminal damage, theft from motor vehicle. The rear window of {f} {sur}'s car was smashed on {street} on {date} and a bag taken from the back seat.

# --- drug offences ---
a|drug_offences||Two males observed dealing what appeared to be crack cocaine at the taxi rank at {stn}. Staff feel intimidated but no threats made to them.
d|drug_offences||A drugs warrant was executed at a flat on {street} on {date} after complaints from neighbours; cannabis and cocaine were recovered. Referral for the neighbour, {f} {sur}, who reported it.
c|drug_offences||{f} {sur}: parent worried that older youths are giving out free cannabis vapes to pupils at the tram stop near {school}. Log: {date} call.
b|drug_offences||theres people dealing outside my block every night, i see it from my window. needles on the stairs. {street}
a|drug_offences||Passenger found in possession of cannabis on the {train} after complaints about the smell from other passengers.
d|drug_offences||Possession with intent to supply at {venue} on {date}: door staff found multiple bags of ketamine on a customer.
c|drug_offences||{m} {sur}: found a large quantity of cocaine and scales in his adult son's bedroom. No abuse or threats in the family. Log: {date} call.
b|drug_offences||older lads keep offering my son weed at {stn}, hes {age_y}
a|drug_offences||Staff at {stn} found a bag of heroin wraps hidden in the toilet cistern. Area searched.
d|drug_offences||A cannabis grow was found in the flat above {shop} on {street}; the landlord reports no damage to the property.
c|drug_offences||{f} {sur}: the flat upstairs on {street} is selling drugs, callers at all hours. No threats to her. Log: {date} call.
b|drug_offences||my partners been selling weed from our house on {street} and i dont want it here. hes never hurt me or anything i just want it to stop

# --- possession of weapons ---
a|possession_of_weapons||Knife arch operation at {stn}: male found carrying a 6 inch kitchen knife in his rucksack. No threats made to anyone.
d|possession_of_weapons||Possession of a bladed article at {school}: a pupil, {age_y}, was found with a knife in his bag on {date}. No one was threatened.
b|possession_of_weapons||my bf carries a knife round with him, says its for protection. hes never threatened me or anyone with it. im worried tho. hes {age_a}
c|possession_of_weapons||{m} {sur}, tram driver: saw a passenger with a machete in his waistband at {tstop} on {date}. He did not take it out or speak to anyone. Log: {date2} call.
a|possession_of_weapons||Male arrested on p1atform {plat} at {stn} with a loaded air pistol in his rucksack.
d|possession_of_weapons||A knuckleduster was recovered from a door supervisor at {venue} during a licensing inspection on {date}.
b|possession_of_weapons||saw a guy on the train with a gun tucked in his trousers. he didnt point it at anyone but i was terrified. got off at {stn}
c|possession_of_weapons||{f} {sur}, security at {shop}: a shoplifter she detained on {date} had a knife in his pocket which fell out; he never reached for it or mentioned it. Log: {date2} call.
a|possession_of_weapons||Passenger seen carrying a samurai sword wrapped in a towel at {stn}. Detained. Nobody threatened.
d|possession_of_weapons||Pepper spray was found in a handbag during searches at the {club} ground on {date}.
b|possession_of_weapons||a kid at my daughters school keeps bringing a knife in and showing people in the toilets. not threatening anyone just showing off. shes {age_c}
c|possession_of_weapons||{m} {sur}: his neighbour openly carries a crossbow up and down {street}, not aimed at anyone. Log: {date} call.
d|possession_of_weapons||Stop and search on {street} on {date}: one of three youths was found with a zombie knife. Referral for the shopkeeper who called police.
a|possession_of_weapons||Male boarded the {train} carrying a baseball bat with nails driven through it; detained at {stn}. No one threatened.
d|possession_of_weapons||Offences: possession of an offensive weapon, possession of cannabis. A male stopped at {tstop} on {date} had a machete in his bag and cannabis in his pocket. No one was threatened. Referral for the tram driver who reported him.

# --- public order ---
a|public_order|HC|Racially aggravated public order. Passenger shouted racist abuse at guard {m} {sur} on the {train}. No physical contact.
d|public_order||Violent disorder outside {pub} on {date}: rival groups of {club} and visiting supporters fought in the street. Referral for the licensee, {f} {sur}, who was frightened. No one reported injuries.
b|public_order||guy on the tram was screaming at everyone saying hed batter anyone who looked at him, kids were crying. got off at {tstop}
c|public_order|HC|{f} {sur}, who wears a niqab, had a man shout abuse about her religion at her at {tstop} on {date}. No contact. Log: {date2} call.
a|public_order||Drunk male swearing and shouting at staff at {stn} gateline causing distress. No threats of violence.
d|public_order|HC|Homophobic chanting was directed at a {club} player during the match on {date}. Referral for the player.
b|public_order||a group of lads were chanting and throwing bottles around on the platform at {stn}, i hid in the waiting room. none hit me
c|public_order|HC|{m} {sur}, who is deaf: a group on the train shouted disability slurs at him and imitated his speech on {date}. Log: {date2} call.
d|public_order||Affray outside {venue} at {time} on {date}: two groups fought in the street; a bystander, {f} {sur}, was frightened but not injured.
a|public_order||Male shouting threats at no one in particular and kicking bins on the concourse at {stn}. Staff alarmed.
b|public_order|HC|someone shouted go back to ur own country at me and my mum at {stn}. nobody touched us
d|public_order||Disorder at {hosp} emergency department on {date}: a patient's relatives shouted and swore at staff and knocked over chairs. Nobody was assaulted.
a|public_order||Football fans chanting abuse and banging on the windows of the {train}; passengers frightened.
b|public_order||drunk guy on the tram shouting and swearing at everyone and kicking the doors. no weapon or anything that i saw. {tstop}
c|public_order||{f}, {age_t}, works at a takeaway on {street}; customers shout abuse and swear at her when orders are late. Log: {date} call.
d|public_order|HC|Religiously aggravated public order: antisemitic abuse was shouted at worshippers leaving a synagogue on {street} on {date}.
b|public_order||drunk guy was shouting threats at the driver and everyone on the tram, i was rly scared hed go for someone. {tstop}
a|public_order|HC|Disability-related abuse shouted at a blind passenger {m} {sur} and his guide dog on p1atform {plat}.
c|public_order||{f} {sur}: a man shouted at her on {street} that women shouldn't be out at night and called her a stupid cow. No contact. Not racist, no other hate element. Log: {date} call.

# --- miscellaneous crimes against society ---
d|misc_crimes_against_society||Dangerous driving: a car was driven at speed through the pedestrian area at {tstop} on {date}. No one was struck or injured.
a|misc_crimes_against_society||Vehicle driven dangerously around the barriers at {stn} level crossing. No collision, no injury. Driver reported by crossing keeper {m} {sur}.
c|misc_crimes_against_society||{f} {sur}: neighbour shouted over the fence that he would burn down her shed. Nothing damaged yet. Log: {date} call.
b|misc_crimes_against_society|DA|my ex said hes going to smash up my car if i dont give him the kids stuff back. said it on the phone. hes never hurt me. {street}
d|misc_crimes_against_society||Perverting the course of justice: the family of a defendant pressured {f} {sur} to withdraw her statement. No threats of violence were made.
a|misc_crimes_against_society||Van driven along the tram tracks at speed between {tstop} and {tstop2} to avoid traffic. No collision. Tram driver {m} {sur} reported it.
b|misc_crimes_against_society||guy next door said hed smash all my windows if i reported him again. he hasnt done it yet. {street}
d|misc_crimes_against_society||{m} {sur}, {age_o}, was nearly struck when a {taxi} driver mounted the pavement on {street} to get round traffic. No injury. The driver has been charged with dangerous driving.
c|misc_crimes_against_society||{f} {sur}: received a letter saying her car would be set on fire. Not from anyone she knows. Log: {date} call; {date2} police update.
d|misc_crimes_against_society||Perjury: {m} {sur}'s former business partner gave false evidence against him in court. There is no personal relationship between them.
a|misc_crimes_against_society||Car raced through {stn} forecourt pick-up area, pedestrians jumped clear. No injuries. Driver arrested for dangerous driving.
b|misc_crimes_against_society|DA|my dad said hes going to smash up my car if i dont pay him back. im {age_a}. said it to my face
c|misc_crimes_against_society||{m} {sur}, {age_o}: a car raced past him on {street} and mounted the pavement, missing him by inches. Driver arrested for dangerous driving. Log: {date} call.
d|misc_crimes_against_society||Bigamy: {f} {sur} discovered on {date} that her husband was already married to another woman when they wed. No abuse or controlling behaviour is disclosed.

# --- fraud and computer misuse ---
b|fraud_computer_misuse|ON|paid £{amt} for gig tickets on a website and they never came. the site has gone now
c|fraud_computer_misuse||{f} {sur}, {age_o}: phoned by a man claiming to be from her bank and then the police, told to withdraw £{amtb} and hand it to a courier who came to the door. Phone only. Log: {date} call; {date2} bank contacted.
d|fraud_computer_misuse|ON|Romance fraud: {m} {sur}, {age_a}, met a woman on a dating website and sent her £{amtb} over four months. He never met her.
a|fraud_computer_misuse||Bogus ticket inspector at {stn} taking penalty fares by card from passengers. Victim {f} {sur} paid £{amt}.
b|fraud_computer_misuse|ON|someone hacked my insta and is messaging all my friends asking for money. {m} already sent them £{amt}
c|fraud_computer_misuse||{m} {sur}: a man rang claiming to be from HMRC and said he would be arrested unless he paid, so he bought £{amt} of vouchers and read out the codes. Phone call only. Log: {date} call.
d|fraud_computer_misuse|ON|Investment fraud: {f} {sur} invested £{amtb} in cryptocurrency through a website advertised on social media.
a|fraud_computer_misuse|ON|Staff member {m} {sur} at {stn}: his work email account was hacked and his salary payments diverted to another account.
b|fraud_computer_misuse||a man knocked on my door saying my roof needed fixing, paid him £{amt} and he never came back. {street}
c|fraud_computer_misuse|DA;ON|{f} {sur}, {age_a}: her ex-partner took out loans online in her name using her details while they lived together. Log: {date} call; {date2} credit file check.
d|fraud_computer_misuse|ON|{m} {sur} paid £{amtb} for a car advertised on an online marketplace; the car did not exist.
a|fraud_computer_misuse||Passenger {f} {sur} bought a season ticket from a man at {stn} which turned out to be fake. Paid £{amt} in cash.
b|fraud_computer_misuse|ON|i sold my ps5 on facebook marketplace and the guy sent a fake payment screenshot then picked it up. £{amt} gone
c|fraud_computer_misuse||{f} {sur}, {age_o}: a builder took a £{amt} deposit for work never done and gave a false company name. Log: {date} call.
d|fraud_computer_misuse|ON|Computer misuse: the systems of {biz} were hacked on {date} and customer data accessed.
b|fraud_computer_misuse|ON|a girl i met on a dating app got me to put money into crypto, ive lost £{amtb}. feel so stupid
c|fraud_computer_misuse|DA|{m} {sur}, {age_o}: his adult daughter has been using his bank card in shops without permission; £{amt} spent. Log: {date} call.
d|fraud_computer_misuse||Fraud by abuse of position: the finance officer at {school} diverted £{amtb} through false invoices.
a|fraud_computer_misuse|ON|Fake rail refund website harvested card details of passenger {f} {sur}; £{amt} taken.
b|fraud_computer_misuse||man rang my nan pretending to be my cousin in trouble, she gave £{amt} cash to a guy who came to the door. just a phone call, nothing online
c|fraud_computer_misuse|ON|{m} {sur}: someone opened a mobile phone contract online in his name. Log: {date} call.
d|fraud_computer_misuse||Fake match tickets were sold in person outside the {club} ground on {date}; referral for {m} {sur}, who paid £{amt}.
c|fraud_computer_misuse||{f} {sur} rang about a phone scam where she lost £{amt}; she mentioned that her mother underwent FGM as a girl in another country, which is not connected to this matter. Phone only. Log: {date} call.

# --- anti-social behaviour ---
b|anti_social_behaviour||the people upstairs play music til 4am every night, ive asked them nicely. cant sleep. {street}
a|anti_social_behaviour||Youths congregating at {stn} entrance nightly, loud music, feet on seats. No damage, no threats, no crime disclosed.
c|anti_social_behaviour||{f} {sur}, {age_o}: neighbours' dogs bark all day and their bins are left out on the pavement. Log: {date} call; {date2} council noise team.
d|anti_social_behaviour||Residents near the retail park on {street} report late-night car meets with loud music and revving. No dangerous driving observed.
b|anti_social_behaviour||kids keep ringing my doorbell and running off lol, every night. not funny anymore. {street}
a|anti_social_behaviour||Group of teenagers riding trams end to end on the {tline}, loud and rude to passengers. No crime disclosed.
c|anti_social_behaviour||{m} {sur}: the neighbours hold parties every weekend and guests smoke in the communal hallway. Log: {date} call.
d|anti_social_behaviour||Complaint from {school}: adults hanging around the gate at home time leaving litter. No threats or offences identified.
b|anti_social_behaviour||someone keeps parking across my drive every day, so annoying. {street}
a|anti_social_behaviour||Passengers repeatedly playing loud music on speakers on the {line}; complaint from guard {f} {sur}. No offences.
c|anti_social_behaviour||{f} {sur}: children play football against her wall for hours. No damage caused. Log: {date} call.
d|anti_social_behaviour||Residents of {street} report motorbikes revving late in the evening. No offence identified.
b|anti_social_behaviour||theres always a gang of lads hanging round {tstop} being loud. they havent said anything to me i just dont like it
c|anti_social_behaviour||{m} {sur}: noise late at night from the TV and new baby of the couple next door. Police visited and found no domestic abuse, just noise. Log: {date} call.
a|anti_social_behaviour||Skateboarders on {stn} forecourt; staff asked them to leave. No damage, no abuse.
d|anti_social_behaviour||Street drinking and litter in the park near {hosp}; complaint from {f} {sur}. No offences identified.

# --- other crime ---
c|other_crime||{f} {sur} reports that her neighbour kicks and starves his own dog. RSPCA informed. Log: {date} call.
b|other_crime||i was the victim of a crime on the tram last week but i really dont want to say what. just need someone to talk to. {tstop}
a|other_crime||Victim of crime at {stn} on {date}. Offence type not recorded on form. Victim {m} {sur} declined details but requests support.
d|other_crime||Animal welfare: dogs kept in filthy conditions at a breeding premises on {street}. Referral for the neighbour, {f} {sur}, who reported it.
c|other_crime||{m} {sur}: the man on the next smallholding keeps horses without food or water. Log: {date} call; {date2} RSPCA update.
b|other_crime||idk what u call it but something happened and the police gave me this number. crime ref {ref}
a|other_crime||Driver {m} {sur} traumatised after near miss with a trespasser on the line near {stn}. Trespasser reported for a railway trespass offence. No other offence.
d|other_crime||Illegal dog fighting was discovered at an industrial unit on {street}. Referral for the caller, {m} {sur}.
c|other_crime||{f} {sur} says she has been the victim of a crime and has a reference, {ref}, but only talks about how she is feeling and will not say what happened. Log: {date} call.
a|other_crime||Crime type Other. Offence details redacted on PDF. Victim {m} {sur}, staff at {stn}, requests contact.
b|other_crime||my neighbour leaves his dog tied up outside in the rain all day with no food, thats a crime right. {street}
d|other_crime||Animal welfare: a horse was found abandoned on land near {school}. Referral for the caller, {f} {sur}.
c|other_crime||{f} {sur} reports an offence against her that happened some years ago but will not say what it was. Log: {date} call.
a|other_crime||Staff member {f} {sur} reports a crime on the {train}; details to follow. No offence described.
"""

SLOT_RE = re.compile(r"\{([a-z_]+?)(\d?)\}")


class Template:
    """One hand-labelled template line."""

    def __init__(self, kind: str, category: str, flags: list[str], text: str) -> None:
        self.kind = kind
        self.category = category
        self.flags = flags
        self.text = text


def parse_templates() -> list[Template]:
    """Parse TEMPLATES into Template objects, validating every field."""
    out: list[Template] = []
    for raw in TEMPLATES.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, category, flag_field, text = line.split("|", 3)
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind!r}")
        if category not in CATEGORIES:
            raise ValueError(f"bad category {category!r}")
        codes = [c for c in flag_field.split(";") if c]
        for code in codes:
            if code not in FLAG_CODES:
                raise ValueError(f"bad flag code {code!r}")
        flags = [f for f in FLAGS if any(FLAG_CODES[c] == f for c in codes)]
        if not SLOT_RE.search(text):
            raise ValueError("template without slots")
        for mo in SLOT_RE.finditer(text):
            base = mo.group(1)
            if (
                base not in POOLS
                and base not in AGE_RANGES
                and base not in ("date", "time", "amt", "amtb", "ref", "plat", "coach", "train")
            ):
                raise ValueError(f"unknown slot {mo.group(0)!r}")
        out.append(Template(kind, category, flags, text))
    return out


def fmt_date(day: datetime.date, rng: random.Random) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == 1:
        return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
    if style == 2:
        return f"{day.day} {MONTHS[day.month - 1][:3]}"
    if style == 3:
        suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        return f"{day.day}{suffix} {MONTHS[day.month - 1]}"
    return f"{DAYS[day.weekday()]} {day.day:02d}/{day.month:02d}"


def fmt_time(rng: random.Random) -> str:
    hh = rng.randrange(24)
    mm = rng.randrange(0, 60, 1)
    style = rng.randrange(3)
    if style == 0:
        return f"{hh:02d}:{mm:02d}"
    if style == 1:
        return f"{hh:02d}{mm:02d}hrs"
    h12 = hh % 12 or 12
    return f"{h12}.{mm:02d}{'am' if hh < 12 else 'pm'}"


def fmt_ref(rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}/26"
    if style == 1:
        return f"CAD {rng.randint(100, 9999)}"
    return f"VS-{rng.randint(100000, 999999)}"


def fill(text: str, rng: random.Random) -> str:
    """Fill every slot; the same slot name gets the same value within a note."""
    chosen: dict[str, str] = {}
    used: dict[str, list[str]] = {}
    dates: list[datetime.date] = []

    def value(mo: re.Match[str]) -> str:
        key = mo.group(0)
        if key in chosen:
            return chosen[key]
        base, digit = mo.group(1), mo.group(2)
        if base in POOLS:
            taken = used.setdefault(base, [])
            options = [x for x in POOLS[base] if x not in taken]
            val = rng.choice(options)
            taken.append(val)
        elif base in AGE_RANGES:
            lo, hi = AGE_RANGES[base]
            val = str(rng.randint(lo, hi))
        elif base == "date":
            if not dates:
                start = rng.randint(0, 70)
                second = start + rng.randint(1, 9)
                third = second + rng.randint(1, 9)
                dates.extend(QUARTER_START + datetime.timedelta(days=d) for d in (start, second, third))
            idx = int(digit) - 1 if digit else 0
            val = fmt_date(dates[idx], rng)
        elif base == "time":
            val = fmt_time(rng)
        elif base == "amt":
            val = str(rng.choice([rng.randint(12, 95), rng.randint(10, 48) * 10]))
        elif base == "amtb":
            val = f"{rng.randint(12, 480) * 100:,}"
        elif base == "ref":
            val = fmt_ref(rng)
        elif base == "plat":
            val = str(rng.randint(1, 14))
        elif base == "coach":
            val = rng.choice("ABCDEFGH")
        elif base == "train":
            val = f"{rng.randint(5, 23):02d}:{rng.randrange(0, 60, 2):02d} to {rng.choice(DESTINATIONS)}"
        else:  # pragma: no cover - parse_templates rejects unknown slots
            raise KeyError(key)
        chosen[key] = val
        return val

    return SLOT_RE.sub(value, text)


def usage_plan(rng: random.Random, templates: list[Template]) -> list[int]:
    """Every template is used twice, except a random few from the largest categories, used once."""
    per_category: dict[str, int] = {}
    for tpl in templates:
        per_category[tpl.category] = per_category.get(tpl.category, 0) + 1
    eligible = [i for i, tpl in enumerate(templates) if per_category[tpl.category] >= SINGLE_USE_MIN_TEMPLATES]
    n_single = 2 * len(templates) - N_NOTES
    if not 0 <= n_single <= len(eligible):
        raise ValueError("template count does not fit N_NOTES")
    single = dict.fromkeys(rng.sample(eligible, n_single), True)
    return list(range(len(templates))) + [i for i in range(len(templates)) if i not in single]


def build_rows(rng: random.Random, templates: list[Template]) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    seen: dict[str, bool] = {}
    for i in usage_plan(rng, templates):
        tpl = templates[i]
        for _ in range(1000):
            text = fill(tpl.text, rng)
            if tpl.kind == "b":
                text = text.lower()
            if text not in seen:
                break
        else:
            raise RuntimeError(f"could not make a unique note from template {i}")
        seen[text] = True
        rows.append((text, tpl.category, ";".join(tpl.flags)))
    rng.shuffle(rows)
    return rows


def main() -> None:
    rng = random.Random(SEED)
    templates = parse_templates()
    rows = build_rows(rng, templates)

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["note_id", "text", "category", "flags"])
        for n, (text, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"{ID_PREFIX}{n:04d}", text, category, flags])

    print(f"templates: {len(templates)}")
    print(f"notes: {len(rows)}")
    kind_counts = {k: 0 for k in KINDS}
    for tpl in templates:
        kind_counts[tpl.kind] += 1
    print("templates per kind: " + ", ".join(f"{k}={v}" for k, v in kind_counts.items()))
    print("notes per category:")
    for cat in CATEGORIES:
        print(f"  {cat}: {sum(1 for r in rows if r[1] == cat)}")
    print("notes per flag:")
    for flag in FLAGS:
        print(f"  {flag}: {sum(1 for r in rows if flag in r[2].split(';'))}")
    print(f"notes with no flag: {sum(1 for r in rows if not r[2])}")


if __name__ == "__main__":
    main()
