"""Generate the BLIND32 synthetic victim-services referral-note corpus.

Scenario: hospital / A&E-embedded victim support (IDVAs and youth workers) in
Wales and the English border counties, plus a Welsh police force's victim care
hub, self-referrals and third-party referrals; one quarter (Jul-Sep 2026),
records whose crime type was "Other crime", "Other", blank or "Unknown".

Standard library only. One seeded random.Random. Output is byte-identical
whatever the working directory or PYTHONHASHSEED.

Each template line is  kind|category|flags|text  where kind is one of
ae (A&E / hospital staff), hub (police victim care hub), self (self-referral),
third (third-party referral). Slots in text are filled only with names,
places, dates, times, amounts, reference numbers and ages.
"""

import csv
import os
import random
import re

SEED = 3220260930
N_NOTES = 800
ID_PREFIX = "B32-"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "data", "notes_blind32.csv")

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

KINDS = ["ae", "hub", "self", "third"]

# ---------------------------------------------------------------- slot values
FEMALE = [
    "Sian",
    "Cerys",
    "Ffion",
    "Megan",
    "Bethan",
    "Carys",
    "Nia",
    "Angharad",
    "Rhian",
    "Lowri",
    "Seren",
    "Gwen",
    "Catrin",
    "Eleri",
    "Kayleigh",
    "Chloe",
    "Jade",
    "Sophie",
    "Emma",
    "Leanne",
    "Amy",
    "Hannah",
    "Olivia",
    "Aisha",
    "Priya",
    "Agnieszka",
    "Fatima",
    "Zara",
    "Gemma",
    "Rebecca",
    "Mared",
    "Elin",
    "Heledd",
    "Tegan",
    "Shannon",
    "Nadia",
    "Kerry",
    "Bronwen",
]
MALE = [
    "Dafydd",
    "Rhys",
    "Gareth",
    "Owain",
    "Iwan",
    "Huw",
    "Emyr",
    "Gethin",
    "Aled",
    "Ieuan",
    "Tomos",
    "Steffan",
    "Jac",
    "Liam",
    "Kyle",
    "Jordan",
    "Craig",
    "Darren",
    "Lee",
    "Mark",
    "Paul",
    "Ryan",
    "Connor",
    "Callum",
    "Mohammed",
    "Tariq",
    "Piotr",
    "Kieran",
    "Wayne",
    "Dylan",
    "Osian",
    "Harri",
    "Mason",
    "Bryn",
    "Gavin",
]
SURNAMES = [
    "Jones",
    "Williams",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Hughes",
    "Lewis",
    "Morgan",
    "Griffiths",
    "Edwards",
    "Price",
    "Pritchard",
    "Parry",
    "Owen",
    "Rees",
    "Jenkins",
    "Lloyd",
    "Powell",
    "Vaughan",
    "Bevan",
    "Probert",
    "Khan",
    "Nowak",
    "Ahmed",
    "Smith",
    "Taylor",
    "Watkins",
    "Bowen",
    "Howells",
    "Llewellyn",
    "Meredith",
    "Pugh",
    "Mostyn",
]
PLACES = [
    "Wrexham",
    "Rhyl",
    "Prestatyn",
    "Bangor",
    "Caernarfon",
    "Holyhead",
    "Llandudno",
    "Colwyn Bay",
    "Mold",
    "Flint",
    "Buckley",
    "Welshpool",
    "Newtown",
    "Llandrindod Wells",
    "Aberystwyth",
    "Cardigan",
    "Carmarthen",
    "Llanelli",
    "Swansea",
    "Neath",
    "Port Talbot",
    "Bridgend",
    "Pontypridd",
    "Merthyr Tydfil",
    "Caerphilly",
    "Newport",
    "Cwmbran",
    "Abergavenny",
    "Monmouth",
    "Chepstow",
    "Ebbw Vale",
    "Barry",
    "Cardiff",
    "Brecon",
    "Haverfordwest",
    "Pembroke Dock",
    "Chester",
    "Oswestry",
    "Shrewsbury",
    "Hereford",
    "Ludlow",
    "Leominster",
    "Ross-on-Wye",
    "Ellesmere Port",
    "Whitchurch",
    "Knighton",
    "Llangollen",
    "Ruthin",
    "Denbigh",
    "Bala",
    "Machynlleth",
    "Tredegar",
    "Blaenau Ffestiniog",
    "Pwllheli",
    "Porthmadog",
    "Ammanford",
    "Llangefni",
    "Connah's Quay",
]
HOSPITALS = [
    "Wrexham Maelor",
    "Ysbyty Glan Clwyd",
    "Ysbyty Gwynedd",
    "University Hospital of Wales",
    "Morriston Hospital",
    "Grange University Hospital",
    "Prince Charles Hospital",
    "Princess of Wales Hospital",
    "Royal Glamorgan Hospital",
    "Bronglais",
    "Glangwili",
    "Withybush",
    "Royal Shrewsbury Hospital",
    "Hereford County Hospital",
    "Countess of Chester",
    "Nevill Hall",
]
STREETS = [
    "High Street",
    "Station Road",
    "Regent Street",
    "Hope Street",
    "Castle Street",
    "Stryd Fawr",
    "Bridge Street",
    "Queen Street",
    "Chester Road",
    "Ffordd Las",
    "Holyhead Road",
    "Bute Street",
    "Commercial Street",
    "Heol y Deri",
    "Mill Lane",
    "Victoria Road",
]
SHOPS = [
    "Tesco Express",
    "the Co-op",
    "Spar",
    "Aldi",
    "Lidl",
    "B&M",
    "Boots",
    "Greggs",
    "Home Bargains",
    "Iceland",
    "Morrisons",
    "One Stop",
    "Farmfoods",
    "the Post Office",
    "Savers",
]
MONTHS = [
    (7, "July", "Jul", 31),
    (8, "August", "Aug", 31),
    (9, "September", "Sep", 30),
]
AGE_RANGES = {
    # every range lies entirely on one side of the 16 and 18 thresholds
    "TOT": (1, 5),
    "C": (7, 15),
    "C2": (7, 15),
    "TEEN": (12, 15),
    "K": (16, 17),
    "Y": (19, 45),
    "Y2": (19, 45),
    "MID": (35, 62),
    "YG": (19, 26),
    "PAR": (33, 49),
    "O": (68, 93),
}

# ------------------------------------------------------------------ templates
# kind|category|flags|text     (flags ;-separated in TAXONOMY.md order)
TEMPLATES_TEXT = r"""
ae|violence_with_injury|domestic_abuse|IDVA seen {F} ({Y}) on ward at {H}. Orbital fracture and swelling L eye, says partner {M} punched her twice after she asked for the car keys. Together 6 yrs, 2 children. Does not want police yet but agreed to DASH, scored 16. Safety plan started, follow-up booked {D}.
ae|violence_with_injury|domestic_abuse|Bedside conversation in resus, {H}. Pt {F} {S}, {Y}, presented with petechiae, linear bruising to neck and a split lip, voice hoarse. Disclosed her husband put both hands round her throat until she "went fuzzy" and then punched her. Police informed with consent, ref {R}. MARAC referral to follow.
ae|violence_with_injury|domestic_abuse|Youth worker, ED. {F}, {K}, attended with 3cm scalp laceration needing staples. States her boyfriend {M} ({YG}) pushed her down the stairs at his mam's flat in {P} last night. Scared to go home, he has her phone. Consent to share with police given.
self|violence_with_injury|domestic_abuse|hi im filling this in for myself. my husband hit me with his belt on sat night and ive got welts all down my back and arm, my GP seen them. i dont want him arrested i just want someone to talk to. we live in {P}. pls dont ring after 5 when hes home
third|violence_with_injury|domestic_abuse|Referral from practice nurse, {P} surgery. Patient {O}, lives with her adult son who is her carer. Nurse noticed fingertip bruising to both upper arms and a skin tear to forearm. Patient eventually said son "grabs me when he gets frustrated". Has capacity, agreed to referral. Adult safeguarding also notified.
ae|violence_with_injury|domestic_abuse;knife_sharp_instrument|Seen in ED {H}, {T}. {F} {S} ({Y}) stab wound to L thigh, sutured. States ex-partner {M} came to the door with a kitchen knife and lunged at her when she tried to shut it. Ex already under DVPN issued {D}. Police on scene. IDVA to take to MARAC.
ae|violence_with_injury|domestic_abuse|Hospital IDVA note. Pt male, {Y}, admitted with 2 fractured ribs and pneumothorax. Partner {M2} (same-sex relationship, 4 yrs) kicked him repeatedly while he was on the floor. Pt initially said he fell down the steps; disclosed on day 2. Asks that partner's family are not contacted. DASH 18.
third|violence_with_injury||Teacher referral. Pupil {M}, age {C}, has a burn mark on the back of his hand; he said his stepdad held it against the cooker ring because he lied. Children's services and police notified same day, {D}. Mum has asked stepdad to leave the house.
ae|violence_with_injury||Paeds ED {H}: {TOT}-year-old brought in by nursery staff with a spiral fracture of the humerus, no adequate explanation from mum's partner who had care of the child. Skeletal survey done. Strategy meeting {D}. Mum ({Y}) says partner "has a temper" with the child. Referral is for support for mum and child.
hub|violence_with_injury|knife_sharp_instrument|S18 WOUNDING. IP male {Y}, slashed across cheek with a broken bottle outside a pub in {P} at {T}. SUSP unknown male, no relationship. 14 sutures at {H}. CCTV requested. Ref {R}.
hub|violence_with_injury|hate_crime|Racially aggravated ABH (s29). IP taxi driver, {Y}, assaulted by 2 passengers who used racist slurs and told him to "go home", then punched him through the window. Swollen jaw, loose tooth. SUSPs arrested {D}. Ref {R}.
ae|violence_with_injury|hate_crime|A&E youth worker. {M}, {K}, attended with facial bruising and a split lip. A group of lads followed him out of the bus station in {P} calling him a "f****t" because he was holding hands with his boyfriend, then one punched him. Wants to report but scared of being outed to his family.
self|violence_with_injury|hate_crime|i'm trans and i was attacked on {D} leaving the pride event in {P}. two men shouted that i was "a bloke in a dress" and shoved me into a wall, i cut my head and had it glued at {H}. police gave me a ref {R} but nobody has called me back.
third|violence_with_injury|hate_crime|Support worker, supported living in {P}. Our tenant {M} ({Y}) has a learning disability. Local teenagers have been calling him names about his disability for weeks and on {D} they threw stones at him, one hit his head and he needed stitches. He is frightened to go to the shop now.
hub|violence_with_injury|knife_sharp_instrument|S18 GBH. IP male {K} stabbed in abdomen in park, {P}, at {T}. In surgery at {H}, stable. SUSPs x3 youths, one ID'd. Knife recovered nearby. Family support requested. Ref {R}.
ae|violence_with_injury||ED IDVA asked to see pt although not a DA case. {F} ({Y}) was punched by a stranger at a bus stop in {P}, nasal fracture, no relationship to the man. Lives alone, very anxious. Wants help with the police statement process. Ref {R}.
third|violence_with_injury||Mum phoning about her son {M}, who is {C}. He was beaten up by older boys on his way home from school in {P} and has a broken wrist and bruises all over. Police came out. She wants him to get some help, he won't leave the house.
third|violence_with_injury||Referral from school nurse. Pupil {F}, aged {C}, has bruising to both cheeks consistent with slaps and a healing cut to her lip. She says mam hits her when she's been drinking. Strategy discussion held {D}. Joint police and social services investigation.
self|violence_with_injury|domestic_abuse|Hiya, its my sister {F2} who did it. She came round drunk on {D} and we argued about dad's funeral money and she dragged me by my hair and scratched my face, 3 deep scratches and a chunk of hair missing. I'm {Y}. I want it on record but I don't want her arrested. Diolch.
ae|violence_with_injury||Youth worker ED {H}. {M}, {C}, fractured jaw after a fight at the skate park in {P}. Another boy punched him after an argument over a vape. Mum with him. He is worried about retaliation and about going back to school. No weapon involved.
self|violence_with_injury|domestic_abuse|need help. my son is 23 and on drugs and he threw me across the kitchen on sunday when I wouldnt give him money, I banged my head on the table and had a cut that bled loads. I'm scared of him but he's my boy. live near {P}. I dont want police.
third|violence_with_injury|domestic_abuse|HR team, {P} distribution centre. Staff member {F} ({Y}) came to work with a bandaged hand and bruising round her eye and told her line manager her husband slammed the car door on her fingers on {D}. She asked us to find her some support and knows we are making this referral.
hub|violence_with_injury|domestic_abuse|Occ {D}. IP {M} {S}, {MID}. SUSP ex-wife. Argument at handover of the children in a {P} car park, SUSP hit IP in the face with his own phone causing a cut to his forehead, glued at MIU. Crime type recorded as Other in error. Ref {R}.
ae|violence_with_injury|domestic_abuse|Seen on AMU. {F}, {O}. Her niece ({Y}) has been living with her since spring "to help". Pt has bruising to face and a fractured finger; says niece "twisted it" during an argument about her going into a home. Pt frightened, asks we don't tell niece. Safeguarding referral done.
self|violence_with_injury||I was at the festival near {P} on {D} and a random guy hit me over the head with a bottle for no reason, the bottle didn't break but I had concussion and a massive lump, I was at {H} till 4am. Police have CCTV. I'm {Y}.
third|violence_with_injury||Care home manager, {P}. Resident {F} ({O}) was found with a swollen, bruised eye and says a night care assistant slapped her. Staff member suspended, police informed {D}, ref {R}. Family asked for victim support for her.
ae|violence_with_injury|domestic_abuse|Hosp youth worker. {M}, {K}, presented with cigarette burns to forearm. Says his stepmum did them, she lives with him and his dad and "has done it since I was little". Dad doesn't believe him. Staying at his aunt's in {P} tonight. Children's services and police aware.
hub|violence_with_injury|domestic_abuse;hate_crime|ABH. Male IP {Y}, has MS and uses wheelchair. SUSP partner {F}. SUSP tipped IP out of chair, cut to head and bruising, calling him a "useless cripple" and saying disabled people should be put down. Ref {R}. DASH submitted.
ae|violence_with_injury||{H} Emergency Dept: {F}, {Y}, sex worker, bruising to face and cracked rib after a client assaulted her in a car in {P}. Declined forensic exam, says no sexual assault took place, "he just didn't want to pay and lashed out". Wants support via outreach.
third|violence_with_injury||Football coach, {P} juniors. {M} ({C}) was elbowed and then punched by a parent from the other team after the match on {D}. Broken nose. Police ref {R}. His parents have asked for support for him.
hub|violence_with_injury||Occ {D}. IP {F} {S}, {Y}. SUSP female, a friend of IP. Argument at a house party, SUSP ripped out IP's hair extensions and scratched her face, bleeding. Not DA, friends only, no family relationship. Ref {R}.
hub|violence_with_injury||WOUNDING S20. IP MALE {Y}. KICKED IN FACE IN TAXI QUEUE, {P}, {T}. LOST 2 TEETH. SUSP UNKNOWN. GOOD CCTV. IP INTOX AT TIME. REF {R}.
third|violence_with_injury|online|Dad writing about daughter {F} ({C}). She was attacked by a girl from school on {D}; it was filmed and the girl and her friends keep posting the video on TikTok with comments calling her names. She has a bald patch where hair was pulled out and bruised ribs. Video still being shared.
hub|violence_with_injury|domestic_abuse|ABH. IP {F} ({K}). SUSP her ex-boyfriend {M} ({K}). Punched IP in the face at a bus stop in {P} after she ended the relationship. Bruised cheekbone. School informed. Ref {R}.
ae|violence_with_injury||Pt {M}, {Y}, attended {H} with a fractured cheekbone. Disclosed he was assaulted by his landlord when he asked for his deposit back. No other relationship. Has called police himself. Anxious about eviction.
third|violence_with_injury||Youth offending team worker referring {M} ({C}) as a victim. He was beaten by a group of older teenagers at {P} and has a fractured eye socket. He says they were "getting him back" for something his cousin did. Police ref {R}.
hub|violence_with_injury|knife_sharp_instrument|ATT MURDER. IP male {Y} stabbed x4 at address in {P}. SUSP known associate, dispute over a debt. IP in ITU at {H}. Mother and sister request support. Ref {R}. OIC DS {N}.
third|violence_with_injury||Primary head teacher. {F} ({C}) told her teacher that her dad "squeezes my neck" when angry; today we saw red marks and a small bruise under her ear. Dad is separated from mum but has weekend contact. Social services informed, police attended school {D}.
hub|violence_with_injury|domestic_abuse;hate_crime|Racially aggravated ABH. IP {F}, Black British, {Y}. SUSP is IP's father-in-law, who objects to her marrying his son; punched IP and used racial slurs at a family party in {P}. Bruised eye. Ref {R}.
ae|violence_with_injury||Youth worker at {H}: {F}, {K}, fractured ankle after being pushed off a wall by a group of girls she knows from college. Says there's no relationship, just "drama" over a boy. Police not involved yet, she's thinking about it.
ae|violence_with_injury|knife_sharp_instrument|Trauma youth worker, {H}. {M}, {K}, admitted with stab wounds to buttock and thigh. Won't name attackers, says it's about "owing money". Mum present, very worried. Referred to youth violence service and victim support.
self|violence_with_injury||I was punched outside the kebab shop on {ST} in {P} by a man I didn't know. I have a cracked cheekbone. I was drunk so I dont think police will care. I'm a woman, {Y}. He called me a fat slag before he hit me.
hub|violence_with_injury|domestic_abuse|ABH. IP {F}, {O}. SUSP grandson {M} ({YG}). SUSP squeezed IP's arm causing bruising and a skin tear when she refused to lend him money. He has also been taking cash from her purse for months. IP lives alone in {P}. Ref {R}.
ae|violence_with_injury|domestic_abuse|Maxfax clinic {H}. {F} {S} ({Y}) reviewed post-op for fractured mandible after assault on {D}. Initially said an unknown man did it. Today told the IDVA it was her wife. Worried about her family finding out "about us". Accepts referral.
self|violence_with_injury||My sister's ex turned up at my flat looking for her and punched me when I wouldn't say where she is. Split my eyebrow, 4 stitches at {H}. He was violent to her for years, that's why she left. I'm {Y}, I live in {P}.
hub|violence_with_injury||ABH. IP {M} {Y}. SUSP IP's flatmate - no relationship, not family, not DA. Punched IP in face during a row about bills, cut lip and loose tooth. Ref {R}.
ae|violence_with_injury||Pt {F} ({MID}), fractured radius. Triage flagged possible DA. Seen alone: she denies any abuse at home, lives alone, and says a man barged her over deliberately outside {SHOP} in {P} after she asked him to stop shouting at a child. Wants to report. No DA.
third|violence_with_injury||Family support worker, {P}. Mum {F} has bruised ribs after her son ({TEEN}) kicked her during a meltdown on {D}. Son has ADHD and has hit her before. She doesn't want police, wants help at home.
hub|violence_with_injury|domestic_abuse|ABH. IP {F} ({K}). SUSP her brother {M} ({YG}). Argument over the Xbox, SUSP pushed IP into the door frame, cut to her eyebrow needing glue. Both live with mum in {P}. Ref {R}.
ae|violence_with_injury||Youth worker ED. {F} ({TEEN}) attended with a sprained wrist and bruised face after her boyfriend ({TEEN}) pushed her off a bench and slapped her in the park. Both at the same school. Mum present. Police aware.
hub|violence_with_injury||ABH. IP {F} {S}. SUSP N/K. Relationship: not recorded. Injuries: bruised face and cut lip. Location {P}. Further details TBC from OIC. Ref {R}.
hub|violence_with_injury|knife_sharp_instrument|S18. IP male {Y}, attacked by 2 males in {P} underpass, slashed on back with a blade, 20 sutures. SUSPs fled on foot. No relationship. Ref {R}.
ae|violence_with_injury||ED {H}. {M}, {Y}, fractured cheekbone after a fight in a pub. SUSP found with a knife in his pocket on arrest but pt confirms no knife was produced or seen during the fight. Pt wants support with court.
third|violence_with_injury|domestic_abuse;honour_based_abuse|Community midwife. {F} ({Y}), who is 20 weeks pregnant, disclosed her two brothers beat her with a belt because she married a man the family did not approve of, saying she had "dishonoured" them. Welts to back and arms seen. Police and IDVA informed with consent.
ae|violence_with_injury|honour_based_abuse|Maternity, {H}. On booking, {F} ({Y}) disclosed that FGM was carried out on her as a child abroad; clinical exam confirmed type 2. She says her mother-in-law has talked about "doing it properly" to her own daughter. Mandatory reporting completed, police informed {D}.
hub|violence_with_injury|modern_slavery|MSHT/ABH. IP male {Y} (Lithuanian) working on a farm near {P}, no pay, told he owed £{A} for travel and housing. Beaten by gangmaster when he asked to leave, fractured ribs. Passport kept by gangmaster. NRM submitted. Ref {R}.
ae|violence_with_injury||ED note: {O}-year-old man attended with a fractured hand and bruising after his paid carer from an agency twisted his hand while hoisting him, because he "wasn't cooperating". Agency informed, police ref {R}. Son wants victim support for him.
self|violence_with_injury|domestic_abuse|We had a row and {M} threw me into the wardrobe, I've got a huge bruise on my back and I think a cracked rib. He's the dad of my baby and we have a flat together in {P}. I need to talk to someone about what to do. I'm {Y}.
self|violence_with_injury|hate_crime|Me and my friend were walking home through {P} and these men shouted "Muslims out" and threw a can at my head, it cut my forehead and I needed stitches. I wear hijab. It was {D} about {T}.
third|violence_with_injury||Teaching assistant, {P} primary. {M} ({C}) came in with a bruised and swollen ear and said his uncle "boxed my ears" for being cheeky at the weekend. Uncle visits the family. Safeguarding lead informed social services and police.
"""
TEMPLATES_TEXT += r"""
hub|violence_without_injury|domestic_abuse;online|Threats to kill. IP {F} {S}. SUSP ex-partner sent WhatsApp voice notes saying he would "put her in the ground" and that he knows her new address in {P}. IP believes him. No contact in person. Ref {R}. DASH high.
self|violence_without_injury|domestic_abuse|My ex rang me and said he's going to stab me to death when he finds me. He doesn't know where I live now, I moved to {P}. I'm terrified. He's done time before for hurting his last girlfriend. I'm {Y}.
hub|violence_without_injury|hate_crime|Racially/religiously aggravated common assault. IP Muslim female, {Y}, had her hijab pulled by a male in {SHOP} car park, {P}, who shouted "go back to your own country". No injuries. Ref {R}.
third|violence_without_injury||Health visitor. {TOT}-year-old and a baby found home alone in a flat in {P} on {D} for about 3 hrs while mum ({Y}) was at the pub. Very poor home conditions, no food in. Police attended, neglect investigation. Children placed with grandmother. Referral for the children's support.
third|violence_without_injury||School referral. {M} ({C}) regularly arrives hungry and in dirty clothes, head lice untreated for months, in dental pain. Parents not engaging. Police and social services have opened a neglect investigation. No physical injuries seen.
hub|violence_without_injury||Child abduction. IP {F} {S} ({C}) enticed into a car by an unknown male outside {P} leisure centre, driven around for 20 mins and let out. No physical or sexual assault disclosed. SUSP ID'd. Ref {R}.
ae|violence_without_injury|domestic_abuse;knife_sharp_instrument|Bedside conversation {H}, pt admitted with cellulitis. {F}, {PAR}, disclosed that on {D} her husband held a kitchen knife to her and said he'd kill them both. No injuries. Not told police. Children aged {C} and {C2} at home. High risk, MARAC, police informed with consent.
hub|violence_without_injury|knife_sharp_instrument|Common assault (no injury). IP shop worker {Y}; male customer produced a lock knife, pointed it at IP and said "I'll cut you" when refused cigarettes without ID. Nothing taken, nothing demanded. SUSP ran off. Ref {R}.
hub|violence_without_injury|modern_slavery|MSHT. IP male {Y}, Romanian national, found working at a hand car wash in {P} 7 days a week for no pay, passport held by the "boss", sleeping in a container on site. Told his family would be hurt if he left. NRM referral submitted. No physical injuries. Ref {R}.
third|violence_without_injury|modern_slavery|Youth justice worker. {M} ({TEEN}) was arrested in {P} with wraps of crack cocaine, 60 miles from his home in Birmingham. Assessed as a victim of county lines exploitation: his phone was taken and he's told he owes a "debt" of £{A}. NRM positive reasonable grounds. Referral for victim support.
hub|violence_without_injury|domestic_abuse;modern_slavery|Domestic servitude. IP {F} ({Y}), came to UK on spousal visa. Husband and his parents made her cook and clean 18 hrs a day, kept her passport, no pay, no phone, not allowed out alone. Seen at GP surgery in {P} by chance. No injuries. NRM referral. Ref {R}.
hub|violence_without_injury|domestic_abuse;honour_based_abuse|Forced marriage. IP {F} ({Y}). Father and 2 brothers told IP she would be killed if she did not travel to marry her cousin, and that she had shamed the family by having a boyfriend. FMPO application in progress. Nil injuries. Ref {R}.
third|violence_without_injury|domestic_abuse;honour_based_abuse|College welfare officer, {P}. Student {F}, {K}, told us her parents have arranged her engagement to a man abroad and she is to be taken out of the country; her uncle told her he would kill her if she disgraced the family by refusing. Forced Marriage Unit contacted. Police informed.
hub|violence_without_injury|hate_crime|Assault on emergency worker. IP PCSO {N}, pushed and spat at while dealing with youths in {P}; SUSP made homophobic comments about IP throughout. No injury. Ref {R}.
self|violence_without_injury||Not sure if this counts. A man in {P} park grabbed my arm and wouldn't let go and said he'd "teach me a lesson" for letting my dog off the lead. No marks. It was on {D}. I'm {O} and it frightened me.
third|violence_without_injury|domestic_abuse|Children's centre, {P}. Mum ({Y}) reports her ex-partner took their {TOT}-year-old from nursery on {D} without consent and drove to England; child returned next day via police. Mum has a child arrangements order. Ex has been controlling since the split; DASH completed with mum, medium.
self|violence_without_injury|knife_sharp_instrument|someone pulled a knife on me outside the pub on {ST} in {P} after i bumped into him, held it up to my face and said watch yourself. he didnt ask for anything. i'm {Y}. didnt get hurt but i cant stop shaking
hub|possession_of_weapons|knife_sharp_instrument|Threatening with a bladed article. IP male {K}. SUSP, a known male aged {K}, opened his bag at {P} skatepark to show IP a machete and told him he would "do him" next time he saw him. IP believed it. No injury. Ref {R}.
hub|violence_without_injury||Threats to kill. IP female {Y}. SUSP is her neighbour (no relationship) and said he would burn her house down with her in it. Nil injury. Ongoing neighbour dispute. Ref {R}.
third|violence_without_injury||Nursery manager, {P}. {F} ({TOT}) is repeatedly collected by her father when he is drunk; on {D} he drove her home after drinking and hit a bollard, no injuries. Police arrested him for drink-driving and child neglect. Referral for the family.
hub|violence_without_injury|domestic_abuse|CCB and common assault. IP {F} reports 3 yrs of control by husband: manages all money, tracks her phone, isolated from her family. On {D} he pushed her into a door, no visible injury. DVPN granted. Ref {R}.
third|violence_without_injury||Social worker. Twins aged {C} whose father locked them in their bedroom for most of the summer holidays as "punishment", let out only for the toilet. No physical injuries but very withdrawn. Child cruelty investigation, police ref {R}. Father out of the home.
hub|violence_without_injury|domestic_abuse|Common assault (s39). IP {F} ({K}). SUSP IP's mother. Slapped IP across the face in the street in {P} after an argument about IP's boyfriend. Nil injury. Ref {R}.
hub|violence_without_injury||Common assault. IP {F} ({C}). SUSP is IP's mother, slapped IP across the face outside school after an argument. Nil injury. Children's services aware. Ref {R}.
self|violence_without_injury|hate_crime|A group of teenagers surrounded me on the bus in {P} and pushed me about because of my turban, calling me a terrorist. Nobody helped. No injuries. {D} about {T}. Reported, ref {R}.
hub|violence_without_injury||Child neglect. {M} ({TOT}) found by neighbours wandering {ST} at {T} in a nappy; both parents asleep at home, intox. Parents arrested. Child unhurt. Ref {R}.
hub|violence_without_injury|modern_slavery|Forced labour. IP female {Y}, Vietnamese national, found working at a nail bar in {P}, unpaid, living above the premises, told she owes £{A} for her travel. Two other workers. NRM submitted. Ref {R}.
third|violence_without_injury||Primary school DSL. {F} ({C}) disclosed that her mum's boyfriend "smacks us with a slipper" and makes her and her brother stand in the garden in the rain. No marks seen today. Police and children's services notified {D}.
self|violence_without_injury|domestic_abuse;hate_crime;honour_based_abuse|I am {Y} and gay. My family found out and my uncles came to my flat in {P} and said they will kill me for bringing shame on them. My mam says I must marry a girl from back home. Please help me I cant stay here.
hub|violence_without_injury|knife_sharp_instrument|Assault w/ knife (no injury), occ {D} {T}. IP male {O}. SUSP unknown youth held a knife to IP's face at a bus shelter in {P} and told him to "f*** off home, old man". Nothing demanded. IP very shaken. Ref {R}.
hub|violence_without_injury||Threats to kill. IP {M} ({Y}). SUSP said he had a knife and would kill IP outside the chip shop in {P}; IP says no knife was seen and he did not believe SUSP had one. No injury. Ref {R}.
self|violence_without_injury|knife_sharp_instrument|A man came up to me at the cashpoint on {ST} and put his hand in his jacket and said "I'll shank you" if I didn't move away from his car. I was sure he had a knife in there. He didn't take anything. I'm {Y}.
"""

TEMPLATES_TEXT += r"""
self|stalking_harassment|domestic_abuse;online|My ex keeps making new Instagram accounts to message me after I blocked him, over 40 accounts since June. He comments on my friends' posts too. We've not been together since March. I'm {Y}, I live in {P}. Police ref {R}.
third|stalking_harassment||Practice manager, {P} dental surgery. Our receptionist {F} ({Y}) is being harassed by a former patient who phones up to 30 times a day and waits in the car park for her. No relationship. Police ref {R}.
self|stalking_harassment|online|someone made a fake facebook page with my photos saying im a paedophile and shared it round the village ({P}). i have no idea who. people have shouted at me in the street. i'm {MID}. need help
hub|stalking_harassment|online|Malicious comms. IP female county councillor, {MID}. Multiple abusive emails and posts on X from unknown accounts, some threatening. Ref {R}.
self|stalking_harassment|domestic_abuse|We split up 5 months ago but {M} still rings me 50 times a day and turns up at my mam's in {P}. I've changed my number twice. It's all texts and calls, nothing on social media. He won't leave me alone.
hub|stalking_harassment|domestic_abuse|Harassment. IP male {Y}. SUSP his ex-boyfriend {M}. Repeated texts and calls, turning up at IP's flat in {P}. IP blocked his number so SUSP uses friends' phones. Ref {R}.
self|stalking_harassment|online|I'm {K} and a girl from college keeps posting about me on her Snapchat story saying I'm a slag and telling people to spam me. It's been weeks and everyone at college has seen it. My mum said to fill this in.
third|stalking_harassment|online|Mum referring daughter {F} ({C}). Older pupils set up a WhatsApp group to mock her, sharing edited pictures of her face and telling her to kill herself. School involved. Police ref {R}.
hub|stalking_harassment|hate_crime|Racially aggravated harassment. IP family (Polish) in {P}. Neighbour repeatedly shouts "go back to Poland" over the fence and has put abusive notes through the door. Ref {R}.
third|stalking_harassment|domestic_abuse|Social worker. {F} ({O}) is being controlled by her daughter, who holds her pension card, decides who visits, and says she'll "put her in a home" if she complains. No physical harm. Capacity assessed, she has capacity.
hub|stalking_harassment|online|Harassment. IP {F} ({Y}), runs a small salon in {P}. Former customer posting fake reviews and abusive comments on her Facebook page and Google listing, and sending threatening DMs. Ref {R}.
self|stalking_harassment||There's a man who sits outside my house in his car most nights and he's followed me to the school gate twice. I don't know him. I'm on my own with 2 kids in {P}. Police said its harassment and gave me {R}.
third|stalking_harassment|online|School DSL. {M} ({C}) is being targeted by an anonymous Instagram account posting his address and pictures of his house and saying he will get "jumped". Parents informed, police ref {R}.
self|stalking_harassment|domestic_abuse|Its my stepdad, mam's husband. Since I told mam what he's like he keeps texting me horrible things and turning up at my work in {P}. I'm {Y}. I moved out years ago.
third|stalking_harassment|domestic_abuse|Head of sixth form. {F} ({K}) is being stalked by her ex-boyfriend ({YG}), who waits outside the school gates and texts her constantly. She's frightened. Parents aware.
self|stalking_harassment|online|I met someone on Hinge and we only went on one date, never a relationship. He won't accept I don't want to see him. He's messaged me on Instagram, Facebook, LinkedIn, even my work email. He's found out where I live in {P}. I'm {Y}.
hub|stalking_harassment|hate_crime|Harassment (disability). IP {M} ({Y}), wheelchair user in {P}. Youths repeatedly bang on his window, film him on their phones and call him a "spastic". Ref {R}.
ae|stalking_harassment|domestic_abuse|IDVA note, {H}. Partner of pt (pt {F}, {Y}) refused to leave the bedside and answered questions for her. Seen alone in X-ray: he won't let her work, keeps her passport, controls what she eats. No physical injuries disclosed; attendance was for asthma. Code word agreed.
hub|stalking_harassment|domestic_abuse|CCB. IP {F} ({MID}). SUSP her same-sex partner. Isolating IP from friends, monitoring spending, threatening to "out" IP to her employer. Ref {R}.
self|stalking_harassment||Someone keeps leaving dead rats on my doorstep with notes saying "we know". Been going on 3 months. I think it's to do with a row at work. I'm in {P}.
third|stalking_harassment|online|HR, {P} county council. A planning officer is receiving abusive and threatening messages on TikTok and Facebook from members of the public after a planning decision, several hundred comments. Ref {R}.
hub|stalking_harassment|online|Malicious comms. IP {F} {Y}. Unknown person messaging her on Facebook Messenger claiming to have her address and describing her daily routine. Ref {R}.
third|stalking_harassment||GP referral. Patient {M} ({MID}) being harassed by a neighbour who photographs him, leaves notes, and makes false reports to the council. No relationship other than neighbours. Police ref {R}.
hub|stalking_harassment|domestic_abuse|Stalking. IP {M} ({Y}). SUSP ex-girlfriend {F}. Repeatedly attends IP's work in {P}, waits outside his mum's house, and scratched his car on {D}. Ref {R}.
self|stalking_harassment|online|A man I don't know keeps messaging me on Snapchat from new accounts calling me names and saying he knows which college I go to. I've blocked him loads. I'm {K}. Mum knows.
third|stalking_harassment|hate_crime|Mosque trustees, {P}. Our imam has received repeated hand-delivered letters full of anti-Muslim abuse over the last two months, some left at his home. Police ref {R}.
self|stalking_harassment||i get loads of calls from a withheld number every night, sometimes just breathing, sometimes a man saying my name. been 3 weeks. i live alone in {P}. i'm {O}.
hub|stalking_harassment|domestic_abuse|CCB. IP {M} ({Y}), mild learning disability. SUSP his mother, with whom he lives. Controls his benefits, withholds his medication, stops him seeing friends. Ref {R}.
self|stalking_harassment|domestic_abuse|Im {Y}. My ex boyfriend keeps driving past my house and texting my mates to find out where I am. My family are strict and I'm scared if they find out about him they might try to marry me off, but nothing like that has happened. I just want him to stop.
hub|stalking_harassment|domestic_abuse;honour_based_abuse|Harassment/CCB. IP {F} ({Y}). SUSPs her father and brothers. Monitoring her phone, following her to work, telling her she brings shame on the family by not wearing traditional dress. Threatened to disown her. Ref {R}.
hub|stalking_harassment|online|Malicious comms. IP male {Y}, grassroots football referee in {P}. Abusive and threatening messages on Facebook and Instagram after a cup match. Ref {R}.
"""
TEMPLATES_TEXT += r"""
ae|sexual_offences|domestic_abuse|Joint ISVA/IDVA note, {H}. {F} ({Y}) disclosed that her husband raped her on {D} after she said no. Bruising to inner thighs. Forensic exam at the SARC arranged. Husband unaware of disclosure. High risk.
hub|sexual_offences||Rape. IP female {Y}. SUSP male she met on a night out in {P}; IP woke in his flat with no memory of getting there. SARC attended. SUSP interviewed, released under investigation. Ref {R}.
third|sexual_offences|child_sexual_abuse_exploitation|School DSL. {F} ({C}) disclosed that her stepdad comes into her room at night and touches her under her clothes. Disclosure made {D}. Strategy meeting held same day. Stepdad removed from the home.
hub|sexual_offences|online;child_sexual_abuse_exploitation|Sexual communication with a child. IP {F} ({TEEN}). SUSP adult male she met on Roblox, then moved to Snapchat; asked for nude images and sent sexual messages. Devices seized. Ref {R}.
hub|sexual_offences|child_sexual_abuse_exploitation|CSE. IP {F} ({TEEN}). Missing x6 in the last month, found in {P} with older males. Disclosed having sex with two of the men in return for vapes and alcohol. Strategy meeting {D}. Ref {R}.
self|sexual_offences||I was sexually assaulted on the train going to {P} on {D}, a man put his hand up my skirt and wouldn't stop. I'm {Y}. BTP have a ref {R}.
hub|sexual_offences||Exposure. IP {F} ({Y}) out running on the canal path near {P}; a male exposed himself and masturbated in front of her. SUSP N/K. Ref {R}.
hub|sexual_offences|child_sexual_abuse_exploitation|Exposure. IPs x2 girls, aged {C} and {C2}, at a bus stop outside school in {P}; an adult male exposed himself to them. Ref {R}.
ae|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Youth worker, {H}. {F} ({K}) attended for emergency contraception and disclosed her boyfriend ({YG}) has forced her to have sex when she said no, several times. He also checks her phone. She wants to end it but is scared. ISVA referral, police with consent.
hub|sexual_offences|online|Voyeurism. IP {F} ({Y}). Landlord fitted a hidden camera in the bathroom of her flat in {P}; footage of her later found uploaded to a website. Ref {R}.
self|sexual_offences|child_sexual_abuse_exploitation|I want to report what happened to me when I was a kid. My uncle abused me from age 7 to 12 at my nan's in {P}. I'm {MID} now. I've never told anyone till now. I just want someone to listen first.
third|sexual_offences|child_sexual_abuse_exploitation|Foster carer. {M} ({C}) disclosed that a football coach in {P} touched him in the changing rooms on several occasions last season. Police ref {R}. Coach suspended.
hub|sexual_offences|domestic_abuse|Sexual assault. IP male {Y}. SUSP IP's male partner, who performed sex acts on IP while IP was asleep. IP reported {D}. DASH med. Ref {R}.
ae|sexual_offences|knife_sharp_instrument|ED {H}, {T}. {F} ({Y}) raped by an unknown male in a park in {P}; he held a knife to her throat. Superficial cut to neck. SARC transfer arranged. Police at bedside.
hub|sexual_offences|modern_slavery|Trafficking for sexual exploitation. IP female {Y} (Albanian), found in a brothel flat in {P}, moved between cities, not paid, passport held. NRM submitted. Ref {R}.
third|sexual_offences|child_sexual_abuse_exploitation|Children's residential home. {F} ({TEEN}) has been going missing and returning with new phones and clothes. She told her keyworker that adult men at a flat in {P} make her have sex with their friends. Police operation ongoing. Ref {R}.
self|sexual_offences||Someone took a photo up my skirt on the escalator in {SHOP} in {P}. I saw him do it. Security got him and police came. I'm {Y}.
hub|sexual_offences|child_sexual_abuse_exploitation|Sexual activity with a child. IP {F} ({TEEN}). SUSP male {Y}, met at a skate park. IP disclosed to her mum they had sex on 2 occasions. Ref {R}.
third|sexual_offences|online;child_sexual_abuse_exploitation|Parent. My son {M} ({TEEN}) was tricked into sending an intimate video to someone he thought was a girl on Instagram. Now they're demanding £{A} or they'll send it to his school friends. Police ref {R}.
ae|sexual_offences|child_sexual_abuse_exploitation|Paediatric ED {H}: {F} ({TEEN}) brought in by mum after disclosing that her 19-year-old "boyfriend" has had sex with her. She says it was her choice. Police and children's services informed.
self|sexual_offences||A man I'd been on two dates with raped me at his flat in {P}. I haven't told police. It was {D}. I'm {Y}. I just want to talk to someone first.
hub|sexual_offences|child_sexual_abuse_exploitation|Rape. IP {F} ({K}). SUSP unknown male at a festival near {P}. IP intoxicated at the time. SARC. Ref {R}.
third|sexual_offences|domestic_abuse|Care home manager. Resident {F} ({O}) has dementia; her husband was seen by staff touching her sexually while she was distressed and saying no. Police informed {D}. Husband's visits now supervised.
hub|sexual_offences|hate_crime|Sexual assault. IP trans woman {Y}, groped and subjected to transphobic slurs by a male in a bar in {P}. Ref {R}.
self|sexual_offences|domestic_abuse|My husband makes me have sex when I dont want to. I'm {Y}. We've been married 12 years. I dont know if thats rape. He doesn't hit me. I live in {P}.
hub|sexual_offences||Non-recent sexual assault. IP female {MID} reports being sexually assaulted by a former manager at a hotel in {P} in 2019. SUSP traced. Ref {R}.
ae|sexual_offences|child_sexual_abuse_exploitation|Youth worker, {H}. {M} ({K}) attended after a night out; says an older man he met at a party in {P} performed oral sex on him while he was too drunk to stop it. SARC referral offered.
hub|sexual_offences|domestic_abuse;online|Rape. SUSP is IP's ex-partner, raped IP at her home on {D} and afterwards posted intimate images of her on a porn website. IP {F} ({Y}). Ref {R}. DASH high.
third|sexual_offences|child_sexual_abuse_exploitation|Mother calling about her daughter ({TEEN}). A man in a car has been offering lifts to girls outside {P} High School and her daughter says he kissed her and touched her breasts last week. Police informed.
ae|sexual_offences|domestic_abuse|IDVA, {H} ED. {F} ({Y}) attended with rib pain. Disclosed her partner raped her after punching her in the ribs on {D}. Cracked rib confirmed. Also threatened to kill her if she told anyone. SARC declined for now. MARAC.
ae|sexual_offences|child_sexual_abuse_exploitation|Youth worker ED. {F} ({K}) disclosed she was raped by a man she met at a house party in {P}; she's also being sent messages by text from him. Declines police for now, agrees to ISVA.
third|sexual_offences||University wellbeing team. Student {F} ({Y}) says a fellow student sexually assaulted her in halls in {P} after a night out. She doesn't want to report to police yet. Referral with consent.
hub|sexual_offences|child_sexual_abuse_exploitation|Sexual assault of a child u13. IP {F} (age 9). SUSP neighbour's adult son, touched IP inside her clothes at a barbecue. IP told mum. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|robbery|knife_sharp_instrument|Robbery. IP male {K}, phone and AirPods taken at knifepoint by 2 youths in {P} park. Nil injury. Ref {R}.
ae|robbery||ED {H}: {M} ({Y}) fractured cheekbone, punched and kicked by 3 males who took his wallet and phone on {ST}, {P}. Police at ED. Pt anxious about going out again.
self|robbery||Two lads knocked me over outside {SHOP} in {P} and took my handbag. I'm {O}. I've a big bruise on my hip and I'm scared to go out now.
hub|robbery||Robbery (business). IP staff member at {SHOP}, {P}. Male demanded cash from the till saying he had a gun in his pocket; £{A} taken. No weapon seen. Ref {R}.
hub|robbery|knife_sharp_instrument|Robbery. IP food delivery rider {Y}, threatened with a knife by 2 males who took his e-bike and phone, {P}, {T}. No injury. Ref {R}.
self|robbery|domestic_abuse|My ex came to my flat in {P} and grabbed my handbag off me, pushed me into the wall and took my bank card and £{A} cash. He said it was his money. We split up in May. I'm {Y}.
hub|robbery||Robbery. IP {F}, {O}, purse snatched and pulled to the ground at {P} market, fractured wrist. SUSP N/K. Ref {R}.
third|robbery||Mum referral. Her son {M} ({TEEN}) was surrounded by older boys who said they'd batter him unless he handed over his trainers and phone. He gave them. No injuries. Ref {R}.
hub|robbery|knife_sharp_instrument|Robbery. IP taxi driver {MID}; passenger held a blade to his neck and took the night's takings of £{A}. Minor cut to neck. Ref {R}.
ae|robbery|knife_sharp_instrument|Youth worker ED. {M} ({K}) slashed across the forearm when he resisted two lads taking his moped in {P}. 10 sutures. Moped taken. Police aware.
self|robbery|hate_crime|I was walking home in {P} when 3 guys started calling me a "f*g" and then one hit me and they took my phone and wallet. I've got bruises on my face. {D}.
hub|robbery||Robbery. IP {O} male. SUSP posing as a water board worker got into his home and, when challenged, pushed IP into a chair and took £{A} cash from the sideboard. Ref {R}.
ae|robbery||Youth worker at {H}. {M} ({TEEN}) had his bike taken off him by a group who punched him in the face; bruised eye and nosebleed. Mum wants support for him. Police ref {R}. No weapons.
"""

TEMPLATES_TEXT += r"""
hub|burglary||Burglary dwelling. IP {F}, {O}, {P}. Entry via rear window overnight, jewellery and £{A} cash taken. IP asleep upstairs at the time. Ref {R}.
self|burglary||We came back from a week in Tenby on {D} and the back door had been kicked in. Laptop, TV, my nain's rings all gone. Police came out. I can't sleep now. We're in {P}.
hub|burglary||Burglary non-dwelling. Community centre in {P} broken into overnight, laptops and charity collection tin taken. IP centre manager. Ref {R}.
third|burglary||Daughter referring her mum ({O}) in {P}: distraction burglary, two men said they were from the water board; one kept her talking while the other went upstairs and took £{A} and her late husband's watch. No force used on her.
self|burglary|domestic_abuse|My ex broke into my house while I was at work and took my passport, the kids' birth certificates and some of my jewellery. He doesn't live here anymore. I'm {Y}, in {P}.
hub|burglary||Burglary. Farm near {P}, locked outbuilding broken into, quad bike and power tools taken. IP farmer {MID}. Ref {R}.
third|burglary||Care coordinator. Client {M} ({Y}) with mental health problems had his flat entered by people he knows while he was out; they took his TV and food. Ref {R}.
self|burglary||someone got into our house at night through the kitchen window while we were asleep and took the car keys and my handbag. Car still outside luckily. {P}. I'm {MID} and really shaken.
hub|burglary||Burglary non-dwelling. Cafe in {P}, entry through the roof, till and coffee machine taken. IP owner. Ref {R}.
hub|burglary|domestic_abuse|Burglary. IP {F} {S}. SUSP her son ({Y}) who is banned from the property; got in via a window and took £{A} and IP's medication. Ref {R}.
self|burglary||Our chapel in {P} was broken into on {D}, the collection money and the laptop we use for the services were taken. I'm the secretary. The congregation are mostly elderly and upset.
hub|burglary||Attempted burglary. IP female {O} heard someone trying her door handle and window at {T}; fresh marks on the lock. Nothing taken. Ref {R}.
third|burglary||Letting agent. Tenant {F} ({Y}) has been burgled twice in a month at her flat in {P}, laptop and bank cards taken the second time. She's very anxious and asked for support.
"""

TEMPLATES_TEXT += r"""
hub|vehicle_offences||Theft of MV. IP {M} {Y}, car taken from his driveway overnight in {P}, keyless relay attack suspected. Ref {R}.
self|vehicle_offences||someone got into my van in {P} overnight and took all my tools, about £{A} worth. i'm self employed and can't work now. ref {R}
hub|vehicle_offences||Theft from MV. Catalytic converter stolen from IP's Prius parked on {ST}, {P}. Ref {R}.
hub|vehicle_offences||Aggravated vehicle taking. IP {F}'s car taken from {P} and crashed into a wall; no injuries to anyone. Ref {R}.
self|vehicle_offences||Someone was trying car doors on our street at {T} and got into my car, took sunglasses and loose change. Doorbell camera got him. {P}.
third|vehicle_offences||Carers' centre. Client {M} ({O}) had his Motability car stolen from outside his bungalow in {P}; he can't get to hospital appointments now.
hub|vehicle_offences|domestic_abuse|TWOC. IP {F} {Y}. SUSP ex-husband took IP's car without her consent and still has it. DASH std. Ref {R}.
hub|vehicle_offences||Theft of MV. Company van belonging to a plumbing firm in {P} taken from the street outside a job. IP director. Ref {R}.
self|vehicle_offences||Both number plates were taken off my car overnight in {P}. I'm worried they'll be used on another car. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|theft_from_person||TFP. IP {F}, {O}, purse taken from her handbag while shopping at {P} market; not noticed until she got to the till. Ref {R}.
self|theft_from_person||someone took my phone out of my back pocket at the gig in {P} on {D}. didnt feel a thing. I'm {Y}.
hub|theft_from_person||Snatch theft. IP {F} {Y}, phone snatched from her hand by a male on a bike on {ST}, {P}. No force or contact with IP. Ref {R}.
third|theft_from_person||Day centre manager. Client {M} ({O}) had his wallet taken from his jacket pocket on the bus into {P}. Very distressed.
hub|theft_from_person||TFP. IP {M} ({Y}), wallet pickpocketed on the train to {P}; his cards were then used for £{A} of contactless payments. Ref {R}.
self|theft_from_person||A woman bumped into me in the crowd at the Eisteddfod and my purse was gone from my coat pocket. I'm {O}. I only noticed later.
hub|theft_from_person||Theft from person. IP {F} ({Y}), necklace snatched from her neck by a passing male at {P} station, no injury, no force beyond the snatch. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|bicycle_theft||Pedal cycle theft. IP {M} ({TEEN}), bike taken from outside school in {P}, lock cut. Ref {R}.
self|bicycle_theft||My e-bike was nicked from the rack at {P} train station. It was locked. Worth £{A}. I need it for work.
third|bicycle_theft||Mum. Her son's bike was taken from the front garden in {P} overnight; he saved for it himself. Ref {R}.
hub|bicycle_theft||Theft of pedal cycle. IP {F} {Y}, bike taken from outside {SHOP} in {P} while she was inside for 5 mins. Ref {R}.
self|bicycle_theft||my racing bike was taken from the bike shelter at work in {P}, the cable lock was cut. its worth about £{A}. i'm {MID}.
"""

TEMPLATES_TEXT += r"""
hub|shoplifting||Shoplifting. {SHOP}, {P}; male took £{A} worth of meat and walked out. Staff member IP asks for support due to repeat incidents. Ref {R}.
third|shoplifting||Store manager, {SHOP} {P}. Repeat shoplifting by the same group of teenagers, staff feel worn down. Ref {R}.
hub|shoplifting|hate_crime|Shoplifting and racially aggravated s5. IP shop owner in {P}; SUSP stole bottles of spirits and shouted racist abuse at IP when challenged. Ref {R}.
self|shoplifting||I own a small gift shop in {P} and the same woman has stolen from us three times this month. I'm the only one working most days. It's wearing me down.
hub|shoplifting||Shop theft. Pharmacy in {P}; male took baby formula and skincare from shelves and left without paying. IP pharmacist. Ref {R}.
third|shoplifting||Area manager, {SHOP}. Shoplifting at our {P} store every day this month, staff feel unsafe. We'd like victim support for the staff.
"""

TEMPLATES_TEXT += r"""
hub|other_theft|domestic_abuse|Theft. IP {F} {O}. SUSP her grandson ({YG}), taking cash from her purse and pawning her jewellery. Ref {R}.
hub|other_theft||Theft by employee. IP {M} ({O}); his paid carer took £{A} cash from the tin in his kitchen. Agency informed. Ref {R}.
self|other_theft||My parcels keep getting stolen from my doorstep in {P}, 4 this month. I'm {MID}.
hub|other_theft||Making off without payment. IP fuel station in {P}, driver filled up £{A} and drove off. Ref {R}.
hub|other_theft|online|Blackmail. IP male {Y}. Video call on Facebook with a woman who recorded him; now demanding £{A} or she'll send the video to his family. Ref {R}.
third|other_theft||Housing support worker. Client {F} ({Y}) had £{A} taken from her flat in {P} by a "friend" who was staying over. Ref {R}.
hub|other_theft||Theft of mail. IP {F} {S}, letters including bank cards not arriving in {P}, postal worker suspected. Ref {R}.
self|other_theft||someone stole my handbag off the back of my chair in a cafe in {P} while I was sat there. I'm {Y}.
third|other_theft||Employer referral. A member of staff at our {P} office stole £{A} from the staff charity collection; the colleague who runs it is very upset and asked for support.
self|other_theft||my dog was stolen from my back garden in {P} on {D}, she's a cocker spaniel. I've been out looking every day.
hub|other_theft||Theft. IP patient {O} at {H}; wedding ring taken from bedside cabinet. Ref {R}.
self|other_theft||Someone took £{A} cash out of my locker at work. It was locked. I'm {Y}.
hub|other_theft||Theft. IP chapel in {P}; two cast-iron memorial benches taken from the graveyard overnight. Ref {R}.
"""
TEMPLATES_TEXT += r"""
hub|criminal_damage_arson|domestic_abuse|Crim damage. IP {F} ({Y}). SUSP ex-partner smashed the front windows of IP's house at {T} while IP and children were inside. No one hurt, no threats made. DASH high. Ref {R}.
hub|criminal_damage_arson||Arson. Wheelie bins set alight against the front of a house in {P}, fire service attended, door and frame damaged. IP {F} {O}. Ref {R}.
self|criminal_damage_arson||someone keyed my car all down one side outside my house in {P} on {D}. it'll cost £{A} to fix. no idea who.
hub|criminal_damage_arson|hate_crime|Racially aggravated criminal damage. IP family in {P}; racist graffiti sprayed on their front door and car overnight. Ref {R}.
third|criminal_damage_arson||School business manager. Six windows at our primary school in {P} were smashed over the weekend; repair quote £{A}. Staff and children upset.
hub|criminal_damage_arson|domestic_abuse|CD. IP {M} {S}. SUSP his son ({Y}) punched holes in the walls and smashed the TV during an argument. No assault on IP. Ref {R}.
hub|criminal_damage_arson||Arson. Petrol poured through the letterbox of IP's house in {P} and lit at {T}; family got out via the back. IP {F} ({Y}). No known dispute. Ref {R}.
hub|criminal_damage_arson|hate_crime|CD. Windows of the synagogue in {P} smashed and swastikas painted on the wall. IP synagogue warden. Ref {R}.
self|criminal_damage_arson||Kids keep kicking my fence down and last night they smashed my greenhouse. I'm {O} and I live on my own in {P}. I know who they are.
third|criminal_damage_arson|hate_crime|Support worker. Our client {M} ({Y}), who has Down's syndrome, had his flat window smashed and a word mocking his disability written on his door. He's frightened to stay there.
hub|criminal_damage_arson||CD to vehicle. IP {M} {S}, wing mirror snapped off and tyres punctured overnight outside his home in {P}. Ref {R}.
hub|criminal_damage_arson|domestic_abuse|Arson. IP {F} ({Y}). SUSP ex-partner set fire to IP's clothes and photos in the back garden after she asked him to leave. No injuries. DASH med. Ref {R}.
hub|criminal_damage_arson||Arson. IP farmer near {P}, hay barn set alight overnight, £{A} damage. Ref {R}.
third|criminal_damage_arson||Clerk to {P} community council. Bus shelter and the new defibrillator cabinet smashed for the third time this summer. Elderly residents upset.
self|criminal_damage_arson||Someone threw a brick through my front window at {T} on {D}, glass all over the kids' room. I'm in {P}. I don't know why.
ae|criminal_damage_arson|domestic_abuse|IDVA on ward, {H}. {F} ({Y}) told me her partner smashed her phone against the wall when the ambulance arrived so she couldn't call anyone. No assault alleged; admission was for a seizure. She's asked for a new phone and a safety plan.
self|criminal_damage_arson|hate_crime|Someone scratched a swastika and the word "Jew" into my car door outside my flat in {P}. I'm {Y}. It's the second time.
"""

TEMPLATES_TEXT += r"""
third|drug_offences||Dad referral. His son ({K}) is being sold ketamine by a man who hangs around the park in {P}; the family want advice and support. Police informed.
hub|drug_offences||Drug supply. Flat in {P} being used for dealing; IP neighbour {O} reports needles in the communal stairwell and people coming and going all night. Ref {R}.
self|drug_offences||A lad at the skatepark sold my daughter ({TEEN}) cannabis and now she's getting it off him every week. I've told police. I'm at my wits end.
hub|drug_offences||Cannabis cultivation found in a rented house in {P}; IP landlord {M} {S}. Extensive electrical bypass. Ref {R}.
third|drug_offences||Head of year, {P}. An older student has been selling THC vapes to pupils aged {TEEN} and under. Police involved. Parents asked for support for their children.
hub|drug_offences||Possession with intent to supply. IP {F} ({MID}) reports her lodger dealing cocaine from her house in {P}; SUSP arrested {D}, drugs and cash seized. IP wants support. Ref {R}.
"""

TEMPLATES_TEXT += r"""
third|possession_of_weapons||School DSL, {P}. Pupil ({TEEN}) found with a lock knife in his bag; says he carries it because he's scared after being threatened last term. Never took it out. Police informed.
hub|possession_of_weapons||Possession of offensive weapon. IP {F} ({Y}) saw her former neighbour carrying a machete along her street in {P}; it was not pointed at anyone or waved about. SUSP arrested. IP fearful. Ref {R}.
hub|possession_of_weapons||Firearms. IP {M} ({MID}) reports his neighbour in {P} keeps an unlicensed shotgun in his shed and has shown it to local children. SUSP arrested {D}. Ref {R}.
self|possession_of_weapons||My lodger keeps a knuckle duster and an extendable baton in his room, I found them when I was cleaning. He's never threatened me. I told police and they seized them. I'm {O}, {P}.
hub|possession_of_weapons||Possession of bladed article. Male {Y} stopped outside {P} leisure centre with a knife in his waistband, not produced. IP staff member who called police asks for support. Ref {R}.
hub|possession_of_weapons||CD and poss of bladed article. SUSP smashed the windows of IP's car in {P}; lock knife found in SUSP's pocket on arrest, never produced. IP {M} ({Y}), no relationship. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|public_order|hate_crime|Racially aggravated s5. IP {M} ({Y}) subjected to racist abuse by a male in the queue at {SHOP}, {P}. No assault. Ref {R}.
self|public_order|hate_crime|A man shouted homophobic abuse at me and my husband in {P} town centre and told us we'd "burn in hell". I'm {MID}. It's knocked my confidence.
third|public_order||Bus company depot manager, {P}. One of our drivers was threatened and sworn at by a group of drunk football fans, who kicked the cab door (no damage). He's off sick with stress.
hub|public_order||Affray. Fight between two groups in {P} town square at {T}; IP a passer-by who was terrified but not touched. Ref {R}.
hub|public_order|hate_crime|Religiously aggravated s4A. IP female in niqab verbally abused and threatened by a male at {P} station. Ref {R}.
self|public_order||Group of lads kept shouting threats at me outside the chippy in {P} and one said "we'll get you later". They didn't touch me. I'm {Y}.
hub|public_order||S4A. IP nurse at {H} ED, verbally abused and threatened by a patient's relative. No assault. Ref {R}.
hub|public_order|hate_crime|S5 (disability). IP {M} ({MID}), blind, with guide dog; bus passenger shouted abuse about him being blind and "wasting space". Ref {R}.
third|public_order||Youth club leader, {P}. A group of older youths came to the door shouting threats at staff and throwing plastic bottles at the door; no damage, no one hit. Staff shaken.
hub|public_order|domestic_abuse|S4A. SUSP is IP's brother; stood in the street outside IP's house in {P} shouting threats and abuse, causing alarm to IP and neighbours. No assault. Ref {R}.
self|public_order|hate_crime|I'm Jewish and a man in {P} shouted antisemitic abuse at me and my son when he saw my kippah. It was {D}. Nobody touched us.
self|public_order||Road rage. A driver got out at the lights in {P} and screamed threats at me through my window. He didn't touch me or the car. I'm {Y}.
hub|public_order||Violent disorder. IP publican, {P}. Large fight in the bar, chairs thrown; IP not injured, no damage recorded. Ref {R}.
hub|public_order|hate_crime|Racially aggravated s4A. IP {F} ({Y}), NHS doctor, racially abused and threatened by a male in {H} car park. No injury. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|misc_crimes_against_society|domestic_abuse|Witness intimidation. IP {F} ({Y}) is due to give evidence against her ex-partner, who is on bail and has been getting friends to pass on messages asking her to drop the charges. Ref {R}.
self|misc_crimes_against_society||A van driver overtook me on my bike inches from my handlebars at about 60 and then brake-checked me twice on the A5 near {P}. I didn't come off. I'm {MID}. Got it on my helmet camera.
hub|misc_crimes_against_society||Dangerous driving. Car mounted the pavement at speed near IP family in {P}; no one hurt. Ref {R}.
third|misc_crimes_against_society||School business manager, {P}. Someone phoned the office and said they'd "torch the minibus" if the school didn't reinstate their child. No damage done. Police aware.
self|misc_crimes_against_society||My neighbour says he'll put a brick through my window if my dog barks again. He hasn't done anything yet. I'm {O}. {P}.
hub|misc_crimes_against_society||Forgery. IP {O} male; his signature was forged on a letter to his bank in {P}. No money taken. Ref {R}.
hub|misc_crimes_against_society||Witness intimidation. IP {M} ({Y}), witness in a robbery trial; SUSP's associates stood outside his house and told him "don't turn up to court". No assault. Ref {R}.
hub|misc_crimes_against_society||Dangerous driving. IP {F} ({Y}) forced off the road near {P} by a speeding car overtaking on a bend. No injuries. Ref {R}.
"""

TEMPLATES_TEXT += r"""
self|fraud_computer_misuse|online|I met a man on a dating site who said he was an engineer working on an oil rig. Over 4 months I sent him £{AB} for "customs fees". Now he's gone. I'm {O}. I feel such a fool. I live in {P}.
hub|fraud_computer_misuse||Courier fraud. IP {O}, phone call from someone claiming to be police, IP handed her bank card and PIN to a courier at her door in {P}. £{A} lost. Ref {R}.
hub|fraud_computer_misuse|online|Purchase fraud. IP {M} ({Y}) paid a £{A} deposit for a campervan advertised on Facebook Marketplace; seller disappeared. Ref {R}.
self|fraud_computer_misuse|domestic_abuse|My ex took out two loans and a credit card in my name while we were together, I only found out when the debt letters came. I'm {Y}. He used to handle all the post.
hub|fraud_computer_misuse|online|Computer misuse. IP {F} ({Y}), Instagram account hacked and used to run a fake crypto giveaway to her followers. Ref {R}.
third|fraud_computer_misuse||Bank safeguarding team. Elderly customer ({O}) in {P} paid a "builder" £{AB} in cash for roof repairs that were never done. Customer very distressed.
hub|fraud_computer_misuse|online|Investment fraud. IP {M} ({MID}) joined a WhatsApp trading group and lost £{AB} on a fake crypto platform. Ref {R}.
self|fraud_computer_misuse||Someone rang pretending to be my bank and said my account was compromised and I moved £{AB} to a "safe account". It was all by phone. I'm {MID}.
hub|fraud_computer_misuse|domestic_abuse;online|Fraud. IP {F} ({O}). SUSP daughter used IP's bank card details to shop online, £{A} spent. Ref {R}.
third|fraud_computer_misuse|online|Charity finance officer, {P}. We paid a fake invoice of £{AB} after an email that looked like it came from our usual supplier. Trustees asked us to refer.
self|fraud_computer_misuse|online|I paid for Eisteddfod tickets through someone on Instagram, £{A}, and never got them, they blocked me. I'm {Y}.
hub|fraud_computer_misuse||Identity fraud. IP {M} ({Y}); his details used to open 3 phone contracts in {P}. Ref {R}.
hub|fraud_computer_misuse|online|"Hi Mum" scam. IP {F} ({O}) received a WhatsApp message from someone pretending to be her son and sent £{A}. Ref {R}.
self|fraud_computer_misuse|online|I applied for a remote job I saw online and they made me pay £{A} for training and equipment and then stopped answering. I'm {Y}.
hub|fraud_computer_misuse|domestic_abuse;online|Fraud. IP {F} ({Y}). SUSP ex-partner accessed her online banking using her saved password and transferred £{A}. Ref {R}.
hub|fraud_computer_misuse||Doorstep fraud. IP {O} male, {P}. Rogue trader charged £{AB} for driveway work not done. Ref {R}.
third|fraud_computer_misuse|online|Small business owner, {P}. Our business email was hacked and the hacker sent our customers new bank details; three customers paid them £{A} in total.
hub|fraud_computer_misuse||Fraud. IP {F} ({Y}); cheques drawn on her account with forged signatures, totalling £{A}, cashed in {P}. Ref {R}.
self|fraud_computer_misuse|online|Somebody made a fake Facebook account using my name and photos and messaged my friends asking to borrow money. Two of them sent £{A}. I'm {MID}.
hub|fraud_computer_misuse||Fraud by abuse of position. IP {M} ({O}); his attorney under LPA (a family friend, not a relative) has taken £{AB} from his accounts. Ref {R}.
"""
TEMPLATES_TEXT += r"""
self|anti_social_behaviour||The neighbours play loud music till 3am every weekend, I've asked them nicely. No threats or anything, just the noise. I'm {O} and I can't sleep. {P}.
third|anti_social_behaviour||Housing officer, {P}. Youths gathering in the stairwell of the flats, smoking and being noisy late at night. No damage, no threats to residents. Tenants fed up.
hub|anti_social_behaviour||ASB. Off-road motorbikes on the playing fields in {P} most evenings. No offences identified. Ref {R}.
self|anti_social_behaviour||Kids keep knocking on my door and running off, nearly every night. Nothing damaged and they've never said anything to me. I'm {O}. Is there anything you can do.
self|anti_social_behaviour||My neighbour's dogs bark all day while she's at work. The council have been told. I work nights so it's driving me mad. {P}.
third|anti_social_behaviour||Clerk to {P} town council. Groups of teenagers in the park in the evenings being loud and leaving litter; no damage, no one threatened. Residents want reassurance.
hub|anti_social_behaviour||Neighbour dispute over parking in {P}. No threats, no damage, no crime disclosed. Advice given. Ref {R}.
self|anti_social_behaviour||People keep using the path down the side of my house as a shortcut and leave their cans and rubbish. Nobody's been nasty to me. {P}.
hub|anti_social_behaviour||ASB - noise. IP {O}. Upstairs neighbour doing DIY late at night in {P}. Not a crime. Referred to council. Ref {R}.
third|anti_social_behaviour||Caretaker, sheltered housing {P}. Fireworks being let off on the green near the flats most nights; not aimed at anyone, nothing damaged, but residents frightened of the noise.
hub|anti_social_behaviour||ASB. Youths riding e-scooters through the precinct in {P}, near misses with shoppers, no one hurt. No offences recorded. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|other_crime||Animal welfare. IP reports horses left without food or water in a field near {P}. RSPCA aware. Ref {R}.
hub|other_crime||Crime type: Other. IP {F} {S} states she was a victim of a crime on {D}. No further details recorded. Callback TBC.
hub|other_crime||CRIME TYPE UNKNOWN. IP {M} {S}. VICTIM OF CRIME REF {R}. DETAILS N/K. OIC TO UPDATE.
self|other_crime||Someone keeps dumping rubbish and old tyres on my farm land near {P}. The council know. I'm {MID}.
third|other_crime||Vet practice, {P}. A stray cat was brought in by a member of the public with injuries consistent with deliberate cruelty; she saw a group of men setting a dog on it. RSPCA and police informed. The finder is distressed and asked for support.
self|other_crime||I've been a victim of crime and the police told me to contact you. The officer has all the details. I'm {Y}. Please call me.
hub|other_crime||Victim referral, offence N/K. IP {F} {S} reported a crime at her workplace in {P}; details not recorded. Ref {R}.
hub|other_crime||Animal cruelty. IP {F} ({MID}) saw her neighbour kicking and beating his own dog in his garden in {P}; RSPCA attended. Ref {R}.
third|other_crime||Gamekeeper, estate near {P}. Badger sett dug out and dogs used; evidence of badger baiting. Police wildlife crime officer informed.
hub|other_crime||Crime type blank. IP {F} {S}, {Y}. "Victim of offence July 2026" - details TBC from OIC PC {N}. Ref {R}.
"""

TEMPLATES_TEXT += r"""
third|homicide|knife_sharp_instrument|Bereaved family referral from FLO. {F} {S} is the mother of {M} ({Y}) who died after being stabbed in {P} on {D}. Two men charged with murder. Support requested for mum and his siblings.
hub|homicide|domestic_abuse|Homicide. Deceased {F} {S} ({Y}), killed by her partner at their home in {P}. SUSP charged with murder. Referral for her parents and sister. DHR commissioned. Ref {R}.
hub|homicide||Manslaughter. Deceased male {O}, punched once outside a pub in {P}, died at {H} 3 days later. SUSP charged. Family support. Ref {R}.
third|homicide||Bereavement nurse, {H}. Dad of a {TOT}-year-old boy who died of injuries inflicted by mum's new partner. Partner charged with murder. Dad needs support.
self|homicide||My brother was killed in {P} on {D}, the police say someone hit him with a bat. It's a murder investigation. I'm struggling with everything.
hub|homicide|domestic_abuse|Murder. Deceased {F} ({O}), killed by her adult son at her home in {P}. DHR. Referral for her other children. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|death_injury_driving||Causing death by dangerous driving. Deceased {M} ({K}), pedestrian, {P}. Driver charged. Family referral. Ref {R}.
ae|death_injury_driving||Trauma ward {H}. {F} ({Y}), cyclist, pelvic and leg fractures after being hit by a driver who was on his phone; police investigating causing serious injury by careless driving. Ref {R}.
third|death_injury_driving||FLO referral. Widow of {M} {S} ({O}), killed by a drink driver on the A483 near {P}. Driver charged.
self|death_injury_driving||My daughter was left with a brain injury after a car hit her on a zebra crossing in {P}, the driver was doing 60 in a 30. He's been charged. I don't know how we'll cope.
hub|death_injury_driving||Causing serious injury by dangerous driving. IP motorcyclist {Y}, leg amputated after a car overtook on a blind bend near {P}. Driver charged. Ref {R}.
ae|death_injury_driving||Youth worker, {H}. {M} ({TEEN}) seriously injured when a car racing another car lost control and hit the bus stop in {P}. Police investigating. Family support requested.
"""
TEMPLATES_TEXT += r"""
hub|stalking_harassment|domestic_abuse|Harassment. IP {F} {S} ({Y}). SUSP ex-partner {M} {S2}. Repeated calls and texts, attending IP's workplace. CASE LOG: {D} VCH call, no answer, VM left. {D2} spoke to IP, reports 37 calls in one night, all ordinary calls and texts. DASH med, safety advice given, panic alarm requested via OIC. {D3} IP says contact has reduced since SUSP was warned. Review in 2 wks. Ref {R}.
ae|violence_with_injury|domestic_abuse|IDVA contact record. {F} ({Y}) seen in ED at {H}: 5cm laceration to forehead (sutured) and bruised ribs after partner threw her against the banister. Log: {D} initial bedside contact, DASH 19, consent to MARAC. {D2} phone call, pt staying at her sister's in {P}, partner on bail not to contact. {D3} pt attended court for non-mol hearing, order granted. Next contact in one week.
hub|burglary||Burglary dwelling. IP {F} {S} ({O}), lives alone in {P}. Entry via rear door overnight; handbag, purse and car keys taken, car left. Case log: {D} initial call, IP tearful, daughter present. Lock change arranged through Care & Repair. {D2} follow-up, IP sleeping downstairs with lights on, referred for befriending. {D3} OIC update: forensic result pending. IP happy with support so far.
third|sexual_offences|child_sexual_abuse_exploitation|DSL referral, {P} High School. {F} ({TEEN}) told a teaching assistant that a man in his twenties who works at the local takeaway has been picking her up after school and "doing stuff" with her in his car. Chronology: {D} disclosure, police and children's services contacted same day. {D2} strategy meeting, section 47 enquiries. {D3} SUSP arrested. {F} is refusing to talk to police; mum asks for specialist support.
hub|fraud_computer_misuse|online|Romance fraud. IP {M} ({O}), widower in {P}. Met "Anna" on Facebook, sent £{AB} over 7 months. Log: {D} referral received from Action Fraud. {D2} VCH call, IP still believes she is real and wants to send more. Daughter informed with consent. {D3} bank protective measures in place, IP accepts it was a scam. Ongoing support from fraud caseworker.
hub|robbery||Robbery. IP {M} ({Y}) punched and robbed of his phone and £{A} outside {P} station at {T}; bruising to face. SUSPs x2 N/K. Case log: {D} VCH call, IP angry with police response. {D2} CCTV obtained, one SUSP identified. {D3} IP reports panic attacks, referred to GP and trauma counselling. Ref {R}.
self|stalking_harassment|domestic_abuse|I dont know where else to turn. Me and {M} were together 8 yrs and when I ended it he started following me everywhere. He turns up at the gym, my mam's, my work in {P}. He sends flowers with notes saying "we belong together". My mates say its romantic but it scares me. Last week he was sitting in my car park at 2am. Update: rang 101 on {D} and they gave me ref {R}. I'm {Y}.
hub|homicide||Murder. Deceased {M} {S} ({MID}), found at his flat in {P} with head injuries. Two SUSPs charged. Referral for his sister {F} {S}. Log: {D} FLO introduction. {D2} VCH call, sister wants to understand the court process and to make a victim personal statement. {D3} referred to homicide service, ongoing. Ref {R}.
hub|criminal_damage_arson|hate_crime|Religiously aggravated CD. IP {P} Islamic centre, windows smashed and pig's head left on step. IP centre chair. Log: {D} VCH contact. {D2} crime prevention visit, CCTV grant applied for. {D3} community reassurance patrols arranged; congregation anxious. Ref {R}.
hub|other_theft||Theft by employee. IP {P} garden centre (business). Staff member took £{AB} from tills over 8 months. Case log: {D} reported by owner. {D2} SUSP interviewed, admitted. {D3} owner {F} {S} requests support; says staff morale very low. Ref {R}.
ae|violence_without_injury||ED youth worker. {M} ({TEEN}) attended with a panic attack after being held against a wall by an older man at the bus station who accused him of "looking at his girlfriend". No physical injury found. Mum present. Log: {D} seen in ED. {D2} phone contact, {M} not sleeping, school aware. {D3} police statement taken with mum present.
"""

TEMPLATES_TEXT += r"""
hub|violence_with_injury|domestic_abuse|ABH. IP {F} {S} ({Y}). SUSP {M} {S}. Occ at the home address in {P}; SUSP punched IP in the mouth, 2 teeth loosened. IP and SUSP have 3 children together and have lived together 9 yrs. Ref {R}.
self|violence_without_injury|domestic_abuse|{M} came back from the pub and started on me again, shoving me and throwing my stuff down the stairs. No marks this time. We've been married since 2015 and he's always like this with drink. I'm {Y}. Tell me what my options are.
ae|violence_with_injury|domestic_abuse|ED, {H}. {F} ({Y}) attended with a burn to her forearm from an iron; says "{M} did it". Later in the conversation she said she and {M} have been together since school and share a flat in {P}. Burn dressed. Police declined by pt. DASH 13.
hub|violence_with_injury||ABH. IP {M} ({Y}) punched by SUSP {M2} ({Y2}) at a wedding in {P}. SUSP is a work colleague; IP states they are not related and have never been in a relationship. Broken nose. Ref {R}.
hub|violence_without_injury||Common assault. IP {M} ({Y}), seasonal fruit picker near {P}, pushed by a supervisor during a row about breaks. IP lives in his own accommodation, is paid, holds his own passport and is free to leave; no indicators of exploitation. No injury. Ref {R}.
third|violence_with_injury|domestic_abuse|IDVA (community). {F} ({MID}) was punched by her ex-husband at the school gates on {D}, bruised cheek and cut inside her mouth. She also mentioned that her daughter was sexually abused by a family friend years ago, dealt with by police at the time. Today's concern is the ex-husband.
hub|violence_without_injury||Common assault. IP {M} ({Y}), Polish national, pushed by a neighbour during a row about a parking space in {P}. IP confirms no comments were made about his nationality. No injury. Ref {R}.
self|violence_with_injury|domestic_abuse|My cariad {F2} hit me with a wine bottle on friday, it didnt break but I had a lump on my head and threw up so I went to {H}. We've been living together 2 years. I'm a woman too, {Y}. Please help me, I'm scared to go back.
third|violence_with_injury|domestic_abuse|This is about my tad-cu who is {O}. My cousin lives with him and I think takes his money. Last week tad-cu had a bruise on his face and said my cousin hit him during a row about the heating. He's a proud man and won't call police. We're in {P}.
ae|violence_without_injury|domestic_abuse|Frailty ward {H}. {M} ({O}) told the nurse his daughter-in-law, who lives with him and his son, shouts at him, pulls his arm when he is slow, and locks the fridge. No injury seen. He is afraid of being sent to a home. Safeguarding referral made.
self|violence_with_injury||A lad at college punched me in the face in the toilets on {D}, I've got a cut under my eye and a black eye. I'm {K}. Hes not my boyfriend or anything, we've never even spoken. College said to contact you.
third|violence_with_injury||Mam of {F} ({K}) phoning. {F} was jumped by a group of girls at the bus station in {P}, kicked in the head, concussion. The girls are from her old school, no connection. Police ref {R}.
hub|violence_with_injury||S47. IP {M} ({K}). SUSP his brother ({TEEN}). Punched IP in the face during a fight at home, split lip. Parents called police. NFA, parents managing at home. Ref {R}.
ae|violence_with_injury|hate_crime|ED, {H}. {M} ({Y}), wheelchair user with cerebral palsy, attended with a cut to his head. Two men pushed his chair over outside a pub in {P} while calling him a "freak" and mocking his speech. Police informed.
self|violence_with_injury|hate_crime|I'm Polish, I was punched by a man in {SHOP} car park in {P} who said "you lot are taking our jobs". I have bruises on my face and my glasses broke. {D}.
hub|violence_with_injury||ABH. IP {F} {S} ({Y}). Assaulted by female SUSP in pub in {P}, bruised face and scratches. Crime recorded with DASH in error; IP and SUSP are strangers, no relationship, no DA. Ref {R}.
third|violence_with_injury|knife_sharp_instrument|Youth worker (community). {M} ({TEEN}) was cut on the arm with a knife by an older boy at the park in {P} on {D}, 6 stitches at {H}. He's refusing to go back to school. Police aware. Family asking for support.
hub|violence_with_injury|knife_sharp_instrument|S20. IP {F} ({Y}), slashed on the arm with a Stanley knife by a female stranger in a nightclub queue, {P}. 12 sutures. Ref {R}.
ae|violence_with_injury||Paeds ED {H}. {M} ({C}) attended with bruising to his back and buttocks in the shape of a belt. Says dad hits him "when he's been naughty". Police and children's services called. Mum asks for support.
self|violence_with_injury|domestic_abuse|my girlfriend {F2} slammed my hand in the door and broke 2 of my fingers, she said it was an accident but it wasnt. this is the 3rd time shes hurt me. im a bloke, {Y}, i feel like a joke. ({P})
"""

TEMPLATES_TEXT += r"""
hub|stalking_harassment|domestic_abuse|CCB. IP {F} ({O}). SUSP husband of 45 yrs. Controls all money, won't let IP see her friends from chapel, belittles her, takes the car keys when he goes out. No assaults disclosed. DASH std. Ref {R}.
self|stalking_harassment|domestic_abuse|hi, my brother keeps texting me threats and coming to my house demanding money since our mam died, I've got a ring doorbell video of him screaming at the door. its been 2 months. I'm {Y}, live in {P}. nothing on facebook, just texts.
hub|stalking_harassment|online|Harassment. IP {F} ({Y}). Anonymous account on X repeatedly posting about IP, her workplace and her children's school. Unknown SUSP. Ref {R}.
third|stalking_harassment|online|Parent. Her son {M} ({TEEN}) is being harassed on Xbox Live and Discord by older players who found out his address and keep threatening to come round. Police ref {R}.
hub|stalking_harassment|domestic_abuse|CCB. IP {F} ({Y}). SUSP her mother-in-law and husband, with whom she lives. IP not allowed to leave house alone, money taken, told she is worthless. No physical assaults. Ref {R}.
"""

TEMPLATES_TEXT += r"""
self|violence_without_injury|domestic_abuse|My dad grabbed me by the arms and shook me and said I'd be out on the street if I didn't stop seeing my girlfriend. I'm {K}. No marks. I'm staying at a friend's in {P}. I don't want him arrested.
self|violence_without_injury||My dad grabbed me by the arms and shook me on {D} because I came home late. I'm {TEEN}. No marks. I'm at my nan's in {P}. My teacher said to fill this in.
third|violence_without_injury||Child protection social worker. {F} ({TOT}) left in a car in the sun outside a pub in {P} for over an hour while mum's partner drank inside; found by a passer-by. Child neglect investigation. No lasting harm.
ae|violence_without_injury||Paeds ED, {H}. {M} ({C}) attended via school nurse: severely underweight, untreated eczema, parents missed 9 appointments. Police and social care opened a neglect investigation. No injuries. Support for the child requested.
hub|violence_without_injury|knife_sharp_instrument|Threats to kill. IP {F} ({Y}). SUSP neighbour (no relationship) stood at her door holding a kitchen knife and said "I'll gut you". IP believed him. No injury. Ref {R}.
third|violence_without_injury||Community centre manager, {P}. Elderly volunteer ({O}) was pushed by a man who was refused entry to the lunch club. He didn't fall, no injuries, but he's very shaken. Police ref {R}.
hub|violence_without_injury|modern_slavery|Labour exploitation. IP {M} ({Y}), UK national with learning disability, made to work on a traveller site tarmacking for food and a caravan to sleep in; not paid, told he couldn't leave. NRM submitted. No injuries. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Rape. IP {F} ({K}). SUSP her ex-boyfriend ({K}), raped IP at a friend's house in {P} after they split. SARC attended. Ref {R}.
self|sexual_offences||A man I work with keeps grabbing my bum and pressing himself against me in the stockroom. I've told my manager. I'm {Y}. It's happened about 5 times.
third|sexual_offences|online;child_sexual_abuse_exploitation|Parent. Her daughter ({TEEN}) was sent an explicit video by a man and then asked on Snapchat to meet him; when she did, he touched her sexually in his car. Police aware. Ref {R}.
hub|sexual_offences|online|Sexual assault. IP {F} ({Y}) met SUSP through a dating app; at their first meeting in {P} he sexually assaulted her and has since been sending her sexual messages on the app. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|criminal_damage_arson|domestic_abuse|CD. IP {M} ({Y}). SUSP his partner {M2}. Smashed IP's guitar and laptop during an argument at their flat in {P}. No assault. Ref {R}.
self|criminal_damage_arson||somebody set fire to my car outside the flats in {P} at {T}. fire brigade came. I need it for work. I don't know who would do this.
hub|criminal_damage_arson||CD. IP {P} primary school. Play equipment vandalised and graffiti sprayed over the summer holidays. IP head teacher. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|public_order||S5 public order. IP {F} ({Y}), bar worker in {P}, customers shouting abuse and swearing at her after being refused service. No threats of violence. Ref {R}.
hub|public_order|hate_crime|Racially aggravated s5. IP family of Syrian refugees in {P}; men shouted abuse at them in the street on {D}. No contact. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|burglary||Burglary. IP {M} ({MID}), shop owner in {P}; shop entered overnight via back door, cigarettes and £{A} cash taken. Ref {R}.
self|burglary||We were burgled while we were at my nain's funeral. They took all the cards with money in and my mam's jewellery. The house is in {P}. Police have been.
"""

TEMPLATES_TEXT += r"""
self|other_theft||My nain's care home say her engagement ring has gone missing and they think a member of staff took it. She's {O}. We're in {P}.
"""


TEMPLATES_TEXT += r"""
self|anti_social_behaviour||youths drinking on the bench outside my house every night and shouting. They've never said anything to me or touched anything. I'm {O}. ({P})
hub|anti_social_behaviour||ASB. Neighbour's bonfires every weekend in {P}, smoke into IP's house. IP {F} ({MID}). No crime. Council notified. Ref {R}.
"""

TEMPLATES_TEXT += r"""
hub|other_crime||Crime type: Other. IP {F} ({Y}). IP states she has been "a victim of something at work". Details not recorded. OIC TBC. Ref {R}.
"""

TEMPLATES_TEXT += r"""
ae|violence_with_injury|knife_sharp_instrument|Trauma youth worker, {H}. {M} ({K}) brought in by ambulance at {T} with a single stab wound to the chest; chest drain inserted, now stable on HDU. He says he was walking back from the shop in {P} when a group of lads from another estate chased him and one pulled a knife and stabbed him. He has been threatened on and off since the spring. Mum and nan at the bedside, both frightened and asking about moving house. He will talk to police but "won't snitch". Plan: daily visits while inpatient, link to community youth violence worker on discharge, college informed with consent.
ae|sexual_offences||ED {H}, {D}, {T}. {F} ({Y}) attended with friends after a night out in {P}. She accepted a lift home from a man who said he was a taxi driver; he drove to a lay-by and raped her. Bruising to both wrists, abrasion to knee. She has not showered. Police attended ED and took a first account; SARC forensic exam arranged for this morning. She lives with her parents and doesn't want them told yet. ISVA referral accepted, crisis line number given, follow-up call agreed for tomorrow afternoon on her mobile only. Friend staying with her tonight.
ae|robbery||ED {H}. {M} ({O}) attended with a fractured hip after two men pushed him over on his own doorstep in {P} and took his wallet and pension money. Admitted under orthogeriatrics. Daughter with him. He lives alone and is scared to go home. Police attended.
ae|death_injury_driving||ICU family room, {H}. Parents of {F} ({K}), rear-seat passenger in a car driven by a young man racing another car on the A55 near {P}; the car left the road. {F} has a severe brain injury and spinal fractures. Driver arrested for causing serious injury by dangerous driving. Parents asked for support and information about the police investigation.
ae|violence_with_injury|hate_crime|ED {H}. {M} ({Y}), from a Gypsy Traveller family, fractured nose and cut lip after being attacked outside a pub in {P} by men shouting slurs about "gyppos" and telling him his sort weren't welcome. Police informed from ED with his agreement.
ae|violence_with_injury||ED note, {H}. {M} ({O}), fractured cheekbone and bruising to both arms. He told two teenagers to stop throwing stones at his greenhouse on his allotment in {P} and one of them punched him and kicked him when he fell. Nothing was taken. Log: {D} seen in ED, police called. {D2} phone follow-up, he is not sleeping and has stopped going to the allotment. {D3} PCSO visit arranged, befriending service referral made. Wife ({O}) also shaken.
ae|violence_without_injury||ED youth worker. {M} ({K}) attended with chest pain (anxiety) after an older man at the bus station threatened to kill him and his family over a "debt" his cousin owes. No physical contact, no weapon seen. Examined, no injury. Police informed.
ae|sexual_offences|child_sexual_abuse_exploitation|Paeds ED {H}. {F} ({TEEN}) attended with abdominal pain and was found to be 14 weeks pregnant. She disclosed that a 24-year-old man she met through a friend's older brother is the father. Police and children's social care informed same day.
ae|public_order||ED nurse lead, {H}. Healthcare assistant {F} ({Y}) was sworn at and threatened by a patient's partner in the waiting room, who said he'd "wait for her after her shift". No contact made. Security attended. She is anxious about leaving work.
ae|violence_with_injury||Eye casualty, {H}. {M} ({Y}) with a traumatic hyphaema after a group of youths in {P} fired a firework at him from across the road on {D}. Vision affected. Police informed. He works as a delivery driver and is worried about his job.
ae|burglary||Bedside, care of the elderly ward, {H}. {F} ({O}) admitted after a fall on the stairs at night; she says she fell because she heard someone in the house. Her handbag and car keys were taken and the back door was open. Police attended, ref {R}. She is frightened to go home.
ae|violence_with_injury||Burns unit, {H}. {M} ({Y}) with chemical burns to his face and neck after a liquid was thrown at him by a passenger on a moped in {P}. He doesn't know who did it. Police investigating. Sister asks for family support.
ae|violence_with_injury||ED {H}. Our reception clerk {F} ({MID}) was punched in the face by a patient who was angry about waiting times; bruised cheekbone. Patient removed by security and arrested. She would like support and help with the court process.
ae|theft_from_person||ED waiting room, {H}. {F} ({O}) had her purse taken from her coat pocket while she dozed waiting to be seen. Security reviewing CCTV. Bank cards cancelled with ward clerk's help. She is very upset.
ae|stalking_harassment||ED staff referral, {H}. Staff nurse {F} ({Y}) is being harassed by a former patient who waits outside the staff entrance and keeps phoning the department asking for her by name. No relationship of any kind. Police ref {R}.
ae|violence_with_injury|knife_sharp_instrument|Hand surgery, {H}. {M} ({Y}) with tendon damage to two fingers after a man he didn't know swung a knife at him during an argument outside a takeaway in {P}. Surgery done. Police at bedside.
"""

# ------------------------------------------------------------------- machinery
SLOT_RE = re.compile(r"\{([A-Z]+[0-9]?)\}")
KNOWN_SLOTS = [
    "F",
    "F2",
    "M",
    "M2",
    "S",
    "S2",
    "P",
    "P2",
    "H",
    "ST",
    "SHOP",
    "D",
    "D2",
    "D3",
    "T",
    "A",
    "AB",
    "R",
    "N",
] + list(AGE_RANGES)


def parse_templates(text):
    templates = []
    seen_texts = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            raise ValueError(f"bad template line: {line[:60]!r}")
        kind, category, flags, body = parts
        if kind not in KINDS:
            raise ValueError(f"bad kind {kind!r}")
        if category not in CATEGORIES:
            raise ValueError(f"bad category {category!r}")
        flag_list = [f for f in flags.split(";") if f]
        for f in flag_list:
            if f not in FLAGS:
                raise ValueError(f"bad flag {f!r}")
        ordered = [f for f in FLAGS if f in flag_list]
        if ordered != flag_list:
            raise ValueError(f"flags not in TAXONOMY order: {flags!r}")
        for slot in SLOT_RE.findall(body):
            if slot not in KNOWN_SLOTS:
                raise ValueError(f"unknown slot {slot!r} in {body[:50]!r}")
        if "|" in body or "\n" in body:
            raise ValueError("bad character in template text")
        if not SLOT_RE.search(body):
            raise ValueError(f"template has no slot: {body[:60]!r}")
        if body in seen_texts:
            raise ValueError(f"duplicate template: {body[:60]!r}")
        seen_texts.append(body)
        templates.append((kind, category, ";".join(flag_list), body))
    return templates


def day_of_quarter(idx):
    """idx 0..91 -> (day, month_tuple) in July-September 2026."""
    for month in MONTHS:
        if idx < month[3]:
            return idx + 1, month
        idx -= month[3]
    raise ValueError("day out of range")


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(rng, idx):
    day, (mnum, mlong, mshort, _) = day_of_quarter(idx)
    style = rng.randrange(7)
    if style == 0:
        return f"{day:02d}/{mnum:02d}/2026"
    if style == 1:
        return f"{day:02d}/{mnum:02d}/26"
    if style == 2:
        return f"{ordinal(day)} {mlong}"
    if style == 3:
        return f"{day} {mshort}"
    if style == 4:
        return f"{day:02d}.{mnum:02d}.26"
    if style == 5:
        return f"{day}/{mnum}"
    return f"{day} {mlong} 2026"


def fmt_time(rng):
    hour = rng.randrange(24)
    minute = rng.randrange(0, 60, 5)
    style = rng.randrange(4)
    if style == 0:
        return f"{hour:02d}:{minute:02d}"
    if style == 1:
        return f"{hour:02d}{minute:02d}hrs"
    h12 = hour % 12 or 12
    suffix = "am" if hour < 12 else "pm"
    if style == 2:
        return f"{h12}.{minute:02d}{suffix}"
    return f"{h12}:{minute:02d}{suffix}"


def fmt_amount(rng, lo, hi, step):
    value = rng.randrange(lo, hi + 1, step)
    return f"{value:,}"


def fmt_ref(rng):
    style = rng.randrange(3)
    if style == 0:
        return f"26{rng.randrange(10**8):08d}"
    if style == 1:
        return f"VCH-{rng.randrange(10**5):05d}"
    cad = rng.randrange(1, 10000)
    day = rng.randrange(1, 29)
    month = rng.choice([7, 8, 9])
    return f"CAD {cad:04d} {day:02d}/{month:02d}"


def pick_distinct(rng, pool, taken):
    choices = [x for x in pool if x not in taken]
    return rng.choice(choices)


def fill(rng, body):
    slots = []
    for slot in SLOT_RE.findall(body):
        if slot not in slots:
            slots.append(slot)
    values = {}
    date_slots = [s for s in ["D", "D2", "D3"] if s in slots]
    if date_slots:
        idxs = sorted(rng.sample(range(92), len(date_slots)))
        for s, i in zip(date_slots, idxs, strict=False):
            values[s] = fmt_date(rng, i)
    for slot in slots:
        if slot in values:
            continue
        if slot in ("F", "F2"):
            values[slot] = pick_distinct(rng, FEMALE, [values.get("F"), values.get("F2")])
        elif slot in ("M", "M2"):
            values[slot] = pick_distinct(rng, MALE, [values.get("M"), values.get("M2")])
        elif slot in ("S", "S2"):
            values[slot] = pick_distinct(rng, SURNAMES, [values.get("S"), values.get("S2")])
        elif slot in ("P", "P2"):
            values[slot] = pick_distinct(rng, PLACES, [values.get("P"), values.get("P2")])
        elif slot == "H":
            values[slot] = rng.choice(HOSPITALS)
        elif slot == "ST":
            values[slot] = rng.choice(STREETS)
        elif slot == "SHOP":
            values[slot] = rng.choice(SHOPS)
        elif slot == "T":
            values[slot] = fmt_time(rng)
        elif slot == "A":
            values[slot] = fmt_amount(rng, 15, 1950, 5)
        elif slot == "AB":
            values[slot] = fmt_amount(rng, 2500, 85000, 50)
        elif slot == "R":
            values[slot] = fmt_ref(rng)
        elif slot == "N":
            values[slot] = f"{rng.randrange(1000, 10000):04d}"
        elif slot in AGE_RANGES:
            lo, hi = AGE_RANGES[slot]
            partner = {"Y": "Y2", "Y2": "Y", "C": "C2", "C2": "C"}.get(slot)
            taken = [values.get(partner)] if partner else []
            values[slot] = str(pick_distinct(rng, list(range(lo, hi + 1)), [int(t) for t in taken if t]))
        else:
            raise ValueError(slot)
    return SLOT_RE.sub(lambda m: values[m.group(1)], body)


def build(rng, templates):
    n = len(templates)
    uses = [2] * n
    extra = N_NOTES - 2 * n
    if extra > 0:
        for i in rng.sample(range(n), extra):
            uses[i] += 1
    elif extra < 0:
        for i in rng.sample(range(n), -extra):
            uses[i] -= 1
    rows = []
    seen = []
    for (kind, category, flags, body), count in zip(templates, uses, strict=False):
        made = 0
        while made < count:
            text = fill(rng, body)
            if text in seen:
                continue
            words = len(text.split())
            if words < 10 or words > 120:
                raise ValueError(f"length {words} out of range: {text[:60]!r}")
            seen.append(text)
            rows.append([text, category, flags, kind])
            made += 1
    rng.shuffle(rows)
    out = []
    for i, (text, category, flags, kind) in enumerate(rows, 1):
        out.append([f"{ID_PREFIX}{i:04d}", text, category, flags, kind])
    return out


def main():
    rng = random.Random(SEED)
    templates = parse_templates(TEMPLATES_TEXT)
    rows = build(rng, templates)
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["note_id", "text", "category", "flags"])
        for note_id, text, category, flags, _kind in rows:
            writer.writerow([note_id, text, category, flags])
    # summary on stdout
    print(f"templates: {len(templates)}")
    print(f"notes: {len(rows)}")
    print("categories:")
    for c in CATEGORIES:
        n = sum(1 for r in rows if r[2] == c)
        print(f"  {c:<30} {n:4d}")
    print("flags:")
    for f in FLAGS:
        n = sum(1 for r in rows if f in r[3].split(";"))
        print(f"  {f:<34} {n:4d}")
    print(f"notes with no flag: {sum(1 for r in rows if not r[3])}")
    print("source kinds:")
    for k in KINDS:
        n = sum(1 for r in rows if r[4] == k)
        print(f"  {k:<6} {n:4d}")
    print("templates per category:")
    for c in CATEGORIES:
        n = sum(1 for t in templates if t[1] == c)
        print(f"  {c:<30} {n:4d}")
    lengths = [len(r[1].split()) for r in rows]
    mean = sum(lengths) / len(lengths)
    print(f"words min/max/mean: {min(lengths)}/{max(lengths)}/{mean:.1f}")
    print(f"wrote {OUT_PATH}")


if __name__ == "__main__":
    main()
