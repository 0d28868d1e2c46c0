"""Rebuild the blind test corpus benchmarks/data/notes_blind29.csv byte for byte.

Synthetic Victims Advice Line (VAL) referral notes from a rural police force area, one quarter
(July-September 2025) of referrals whose crime type was "Other crime", "Other", blank or "Unknown".
Written blind from /work/shared/TAXONOMY.md only. Standard library only; one seeded generator.

Each template is ``kind|category|flags|text`` and is used exactly twice. Slots fill in only names,
places, dates, times, amounts, reference numbers and ages whose ranges never cross a TAXONOMY.md
threshold (16 for domestic abuse, 18 for child sexual abuse/exploitation).
"""

import csv
import os
import random
import re

SEED = 290829
USES_PER_TEMPLATE = 2
ID_PREFIX = "B29-"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "data", "notes_blind29.csv")

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
KINDS = ["VAL", "OFF", "BOTH"]

FEMALE = [
    "Sarah",
    "Emma",
    "Claire",
    "Joanne",
    "Kelly",
    "Lisa",
    "Hannah",
    "Rachel",
    "Gemma",
    "Amy",
    "Laura",
    "Nicola",
    "Donna",
    "Karen",
    "Sophie",
    "Chloe",
    "Jade",
    "Megan",
    "Bethan",
    "Rhian",
    "Shannon",
    "Leanne",
    "Tracey",
    "Michelle",
    "Zoe",
    "Aisha",
    "Priya",
    "Agnieszka",
    "Stacey",
    "Kirsty",
]
MALE = [
    "Darren",
    "Lee",
    "Craig",
    "Wayne",
    "Gary",
    "Dean",
    "Jamie",
    "Ryan",
    "Carl",
    "Mark",
    "Paul",
    "Steven",
    "Shaun",
    "Ashley",
    "Kieran",
    "Tom",
    "Ben",
    "Josh",
    "Gareth",
    "Rhys",
    "Owen",
    "Callum",
    "Liam",
    "Martin",
    "Neil",
    "Dylan",
    "Marek",
    "Tomasz",
    "Imran",
    "Jason",
]
SURNAMES = [
    "Jones",
    "Price",
    "Davies",
    "Hughes",
    "Pritchard",
    "Morgan",
    "Evans",
    "Thomas",
    "Powell",
    "Bennett",
    "Lloyd",
    "Watkins",
    "Griffiths",
    "Harris",
    "Turner",
    "Walker",
    "Baker",
    "Hill",
    "Cooper",
    "Marsh",
    "Fletcher",
    "Nash",
    "Reeve",
    "Holt",
    "Clarke",
]
VILLAGES = [
    "Thornby Magna",
    "Ridley Cross",
    "Much Wenlow",
    "Pennock",
    "Stainby End",
    "Hartwell Heath",
    "Fernside",
    "Ebbcote",
    "Marden Fold",
    "Oakhanger Moor",
    "Cleave St Giles",
    "Brindlecombe",
    "Askerby",
    "Withy Green",
    "Netherfold",
    "Coldharbour",
    "Kelby St Mary",
    "Hinton Moor",
]
TOWNS = ["Castlebridge", "Kingsmoor", "Ludwell", "Sedbury", "Aldhurst", "Whitchester", "Bramford", "Penmarsh"]
FARMS = [
    "Lower Heath Farm",
    "Top Farm",
    "Glebe Farm",
    "Hollow Lane Farm",
    "Manor Farm",
    "Brook House Farm",
    "Highfield Farm",
    "Moorside Farm",
    "Cross Ways Farm",
    "Pool Farm",
    "Church Farm",
    "Upper House Farm",
]
PUBS = [
    "the Plough",
    "the Red Lion",
    "the Drovers Arms",
    "the Royal Oak",
    "the Bull",
    "the Black Horse",
    "the Wheatsheaf",
    "the Fox and Hounds",
    "the George",
    "the Lamb",
]
SHOPS = ["Co-op", "Spar", "Londis", "Nisa", "Premier", "Budgens"]
ROADS = [
    "the B4368",
    "the A488",
    "the B4385",
    "the A4113",
    "Mill Lane",
    "Church Lane",
    "the C1042",
    "Pound Lane",
    "the A49",
    "Green Lane",
]
MONTHS = [(7, "Jul", 31), (8, "Aug", 31), (9, "Sep", 30)]

SLOT_RE = re.compile(r"\{([A-Z]+)(\d+)\}")

# kind|category|flags|text; flags ";"-separated in TAXONOMY.md order, empty when none.
TEMPLATES = """
BOTH|homicide|domestic_abuse;knife_sharp_instrument|Circs: bereaved family referral. V's daughter {F1} {SUR1} killed at her home in {VIL1} on {DATE1}, ex-p charged and remanded. Family want FLO details. Officer summary: MURDER. VICTIM FATALLY STABBED BY FORMER PARTNER. ONE MALE CHARGED.
VAL|homicide||Bereaved son. Father {M1} {SUR1} died after being punched outside {PUB1} in {TOWN1} on {DATE1}. S charged with manslaughter, Crown Court date TBC. Not DA, S not known to the family.
OFF|homicide||MANSLAUGHTER. ON {DATE1} MALE AGED {AGEO1} FOUND DECEASED AT ISOLATED FARMHOUSE NEAR {VIL1} FOLLOWING AN AGGRAVATED BURGLARY. TWO MALES ARRESTED. NEXT OF KIN REFERRED TO VAL.
VAL|homicide|domestic_abuse|Homicide. V's sister {F1} ({AGEA1}) killed by her husband on {DATE1}, sister was a MARAC case last yr. Sister's 2 children now living with V. Needs Homicide Service + help with the inquest.
VAL|homicide|knife_sharp_instrument|Mum of {M1} ({AGEB1}), killed in a stabbing at the skate park in {TOWN1} on {DATE1}. Two males charged with murder. Mum wants updates from OIC, not coping.
OFF|homicide|domestic_abuse|Murder. Victim {M1} {SUR1}, aged {AGEO1}, died from head injuries on {DATE1} at his smallholding outside {VIL1}. His grandson aged {AGEB1}, who lived with him, has been charged.
OFF|death_injury_driving||CAUSING DEATH BY CARELESS OR INCONSIDERATE DRIVING. COLLISION BETWEEN CAR AND TRACTOR ON {ROAD1} NEAR {VIL1} ON {DATE1}. CAR DRIVER DECEASED. TRACTOR DRIVER INTERVIEWED UNDER CAUTION.
VAL|death_injury_driving||Fatal RTC {DATE1} on {ROAD1}, V's husband {M1} killed riding his motorbike. Other driver charged with causing death by dangerous driving. V wants all updates via OIC only.
VAL|death_injury_driving||V, cyclist ({AGEA1}), hit by a van on the lane outside {VIL1}, fractured pelvis and head injury. Driver arrested for causing serious injury by dangerous driving, RUI.
BOTH|death_injury_driving||Circs: V's son left with life-changing injuries after being hit by a car outside {PUB1}. Officer summary: Causing serious injury by dangerous driving. Driver failed roadside breath test, charged, bailed to {TOWN1} Magistrates.
VAL|death_injury_driving||Horse rider V ({AGEA1}) thrown and seriously injured (broken back) when a car passed at speed on {ROAD1} on {DATE1}. Driver traced and charged with causing serious injury by careless driving.
OFF|death_injury_driving||Causing death by dangerous driving. Pedestrian aged {AGEO1} struck by a quad bike ridden along the pavement in {TOWN1} on {DATE1}, died in hospital. Rider aged {AGEB1} arrested.
VAL|death_injury_driving||Bereaved parents. Son ({AGEB1}) killed {DATE1} when a lorry driver using his phone crossed into his lane on {ROAD1}. Driver charged, causing death by careless driving. Inquest opened and adjourned.
VAL|violence_with_injury|domestic_abuse|V punched by partner {M1} at home in {VIL1} on {DATE1}, black eye and cut lip. S arrested, charged s47 ABH, bailed not to contact V. DASH medium.
VAL|violence_with_injury|domestic_abuse|Ex-p turned up at V's address uninvited and pushed her down the stairs, broken wrist. S on RUI. V scared, wants IDVA. DASH high, MARAC {DATE1}.
OFF|violence_with_injury|domestic_abuse|ASSAULT OCCASIONING ACTUAL BODILY HARM. ON {DATE1} AT {TIME1} THE SUSPECT GRABBED HIS WIFE BY THE THROAT CAUSING BRUISING TO HER NECK. DVPN ISSUED.
VAL|violence_with_injury|domestic_abuse|S is V's son ({AGEA1}). Hit V ({AGEO1}) with her walking stick during a row over money, cut to head needing stitches. They live together on the farm, V reluctant to support a prosecution.
VAL|violence_with_injury|domestic_abuse;knife_sharp_instrument|V stabbed in the arm by her husband with a kitchen knife during an argument on {DATE1}. S charged s18, remanded. V discharged from hospital, staying with her mum in {TOWN1}.
BOTH|violence_with_injury|domestic_abuse|Circs: {F1} says {M1} headbutted her in the car on the way back from {TOWN1} market, broken nose. Officer summary: Assault occasioning ABH. Parties have been in a relationship for 4 years and live together. RUI pending CPS advice.
VAL|violence_with_injury|domestic_abuse|Male V ({AGEA1}) assaulted by his brother at their parents' farm after a row about the will, fractured cheekbone. GBH s20 recorded, {DATE1}.
VAL|violence_with_injury|domestic_abuse|V's girlfriend {F1} threw a mug at her head, cut needing glue at MIU. V does not want to go to court. DASH standard. Same-sex relationship, together 2 yrs.
VAL|violence_with_injury|domestic_abuse|V ({AGEO1}) bitten and scratched by her daughter ({AGEA1}) who has drug issues, bruising and bite marks to her arm. V lives alone in {VIL1}. S arrested.
OFF|violence_with_injury|domestic_abuse|S20 INFLICTING GRIEVOUS BODILY HARM WITHOUT INTENT. VICTIM SUSTAINED A FRACTURED JAW AT {PUB1}, {TOWN1} ON {DATE1}. SUSPECT IS THE VICTIM'S EX-BOYFRIEND, SEPARATED EARLIER THIS YEAR.
VAL|violence_with_injury|domestic_abuse|V dragged by her hair across the yard by her husband, bruising and clumps of hair pulled out. Happened in front of the kids. DASH high, MARAC ref sent {DATE1}.
VAL|violence_with_injury|domestic_abuse|V ({AGEA1}) punched by his stepdad at home, bruised ribs and split lip. V says his mum knows but won't leave S.
VAL|violence_with_injury|domestic_abuse|Repeat V. Partner kicked her in the stomach, she is 20 wks pregnant, checked over at hospital {DATE1}. Third DA incident this yr. IDVA already involved.
BOTH|violence_with_injury|domestic_abuse;knife_sharp_instrument|Circs: cut to V's hand when his ex-p grabbed a knife off the worktop and swung it at him. Officer summary: Wounding. Former partners, female suspect, male victim. Suspect arrested {DATE1}.
VAL|violence_with_injury||Assault outside {PUB1} {TOWN1}, {DATE1} approx {TIME1}. V punched by unknown male, fell and broke ankle. No CCTV. S N/K. V's brother was stabbed in the same town years ago and V is very anxious.
VAL|violence_with_injury||Farmer {M1} {SUR1} assaulted by hare coursers when he challenged them in his field near {VIL1}, punched and kicked, cuts and bruising. Part reg only. Dogs seen.
VAL|violence_with_injury|hate_crime|Polish farm worker V punched by a group outside the chip shop in {TOWN1} and told to "go back home", facial injuries. Racially aggravated ABH recorded.
OFF|violence_with_injury|hate_crime|RACIALLY OR RELIGIOUSLY AGGRAVATED ASSAULT WITH INJURY. VICTIM, A SIKH MALE, ASSAULTED AT BUS STOP IN {VIL1}, TURBAN KNOCKED OFF, RELIGIOUS ABUSE SHOUTED. CUT ABOVE EYE.
VAL|violence_with_injury|hate_crime|V has a learning disability. Assaulted by local youths in {VIL1} who mocked his disability and called him names, bruising to face and back. Mum reporting for him.
VAL|violence_with_injury|knife_sharp_instrument|V slashed across the cheek with a Stanley knife during a fight at {TOWN1} fair on {DATE1}. S known to V through drinking, not DA.
OFF|violence_with_injury|knife_sharp_instrument|WOUNDING WITH INTENT TO DO GRIEVOUS BODILY HARM. VICTIM STABBED IN THE THIGH IN THE CAR PARK OF THE {SHOP1}, {TOWN1}. DRUG RELATED DISPUTE SUSPECTED. VICTIM AGED {AGEB1}.
VAL|violence_with_injury||V, door supervisor at {PUB1}, punched in the mouth when refusing entry, chipped tooth. S detained by staff, CPS charged ABH.
VAL|violence_with_injury||Paramedic V bitten while treating a drunk male at {TOWN1} show on {DATE1}, skin broken, needs bloods. S charged.
VAL|violence_with_injury||V ({AGEO1}) pushed over by a doorstep trader after refusing to pay for gutter work, broken hip. Trader had overcharged her. S N/K, white van.
VAL|violence_with_injury||Right of way dispute with neighbour in {VIL1}. S struck V on the forearm with a spade handle, swelling and bruising. Not DA, neighbours only. V's mum was in a DA relationship years ago, unrelated.
OFF|violence_with_injury||ASSAULT OCCASIONING ACTUAL BODILY HARM. VICTIM, A WALKER, ASSAULTED BY LANDOWNER ON PUBLIC FOOTPATH NEAR {VIL1}. GRAZES AND BRUISING. SUSPECT CLAIMS SELF DEFENCE.
VAL|violence_with_injury||V ({AGEY1}) beaten up by older pupils at the bus stop after school, concussion, kept off school. Parents want support. S's known to school.
VAL|violence_with_injury|domestic_abuse|V assaulted by her mother-in-law, scratches to face and bruised arm. All live in the same house in {VIL1}. V's husband took his mum's side.
VAL|violence_with_injury|domestic_abuse|DVPO breached. Ex-husband turned up at V's work in {TOWN1} and punched her, cut lip. Charged ABH, remanded.
VAL|violence_with_injury|domestic_abuse;honour_based_abuse|V ({AGEA1}) beaten by her husband's brothers for bringing shame on the family by asking for a divorce. Bruising and fractured finger. Honour based abuse, V in refuge.
VAL|violence_with_injury||Cattle market {TOWN1}. IP assaulted by another dealer over a sale price, punched to the ear, perforated eardrum. Not recorded whether CCTV.
VAL|violence_with_injury||Young farmers' disco near {VIL1}, V kicked in the head by unknown male, kept in overnight. S N/K. No hate or DA element identified.
VAL|violence_with_injury|domestic_abuse|{M1} threw boiling water from the kettle at {F1} after she said she was leaving him, burns to her arm. {F1} and {M1} have two children together. DASH high.
VAL|violence_with_injury||V's son, aged {AGEY1}, hit her across the legs with a cricket bat, bruising. Early help and CAMHS involved. V wants advice on managing son's behaviour.
BOTH|violence_with_injury||Circs: taxi driver V assaulted by a fare, bloody nose, S ran off without paying £{AMTS1}. Officer summary: ABH and making off without payment. Suspect identified via booking.
VAL|violence_with_injury|knife_sharp_instrument|V confronted men lamping on his land at night, one slashed at him with a blade, cut to forearm needing stitches. {VIL1}, {DATE1}, approx {TIME1}.
VAL|violence_with_injury||V ({AGEO1}) assaulted by a care worker at her residential home, bruising to both wrists. Safeguarding adults referral made. Care worker suspended.
OFF|violence_with_injury|domestic_abuse|ABH. SUSPECT AND VICTIM ARE FATHER AND SON, BOTH LIVING AT {FARM1}. VICTIM AGED {AGEA1} STRUCK WITH A FENCE POST CAUSING A HEAD WOUND.
VAL|violence_without_injury|domestic_abuse|Partner pushed V against the wall and spat at her, no visible injury. s39 common assault {DATE1}. DASH medium, IDVA referral accepted.
OFF|violence_without_injury|domestic_abuse|COMMON ASSAULT AND BATTERY. SUSPECT SLAPPED HIS PARTNER ACROSS THE FACE DURING AN ARGUMENT AT AN ADDRESS IN {VIL1}. NO INJURIES. DVPN SERVED {DATE1}.
VAL|violence_without_injury|domestic_abuse;knife_sharp_instrument|Threats to kill. Ex-p held a knife to V's throat and said he'd kill her if she went to police. No injury. S arrested {DATE1}, V now in refuge out of county.
VAL|violence_without_injury|domestic_abuse|Threats to kill by ex-partner by phone, said he would burn the house down with her in it. No weapon seen, S lives 30 miles away in {TOWN1}. DASH high.
VAL|violence_without_injury|domestic_abuse|V's son ({AGEA1}) grabbed her arm and pushed her onto the sofa during a row about him moving out. No injury. V ({AGEO1}) frightened of him.
VAL|violence_without_injury||Threats to kill made face to face by neighbour over the boundary hedge in {VIL1}, said he would shoot V. S has a shotgun cert, guns seized. No DA.
VAL|violence_without_injury|knife_sharp_instrument|Doorstep trader came back to V's house after she refused to pay, took out a knife and told her she'd be sorry. V ({AGEO1}) terrified. Nothing handed over.
OFF|violence_without_injury||ASSAULT ON AN EMERGENCY WORKER (NO INJURY). POLICE OFFICER SPAT AT WHILST DETAINING A MALE AT {TOWN1} CARNIVAL ON {DATE1}.
VAL|violence_without_injury|modern_slavery|Farm workers found living in caravans at {FARM1}, passports held by gangmaster, unpaid for months and told they owe a debt. NRM referrals made. Modern slavery offence recorded.
OFF|violence_without_injury|modern_slavery|MODERN SLAVERY - REQUIRING A PERSON TO PERFORM FORCED OR COMPULSORY LABOUR. VICTIMS ARE HAND CAR WASH WORKERS IN {TOWN1}. NRM COMPLETED FOR THREE MALES.
VAL|violence_without_injury|modern_slavery|V ({AGEA1}), vulnerable adult, picked up by a block-paving gang and made to work 12 hr days for food and a caravan, threatened if he tried to leave. Escaped to the shop in {VIL1}. Treated as forced labour.
VAL|violence_without_injury|modern_slavery|County lines. Boy ({AGEY1}) from the city found in a trap house in {TOWN1}, trafficked to deal drugs. NRM referral, being treated as a victim not a suspect.
VAL|violence_without_injury|domestic_abuse;modern_slavery|V brought from abroad by her husband's family, made to do all the housework and farm work at {FARM1}, not allowed out, no pay, passport kept by mother-in-law. Domestic servitude. NRM + IDVA.
VAL|violence_without_injury|domestic_abuse;honour_based_abuse|V ({AGEA1}) slapped by her father and brother for refusing a marriage arranged abroad, told she has brought shame on the family. No injury. Forced Marriage Unit informed.
VAL|violence_without_injury|domestic_abuse;honour_based_abuse|Threats to kill by V's brother ({AGEA1}) over her relationship with a man from outside the community, "you've dishonoured us". V moved to a safe address.
VAL|violence_without_injury||Child neglect. V's grandchildren aged {AGEC1} and {AGEC2} left alone at the farm cottage for days by their mother. Referral from grandmother. Child cruelty recorded.
OFF|violence_without_injury||CRUELTY TO CHILDREN/YOUNG PERSONS. CHILD AGED {AGEC1} FOUND IN A HOME WITH NO FOOD AND IN SQUALOR NEAR {VIL1}. BOTH PARENTS ARRESTED. REFERRAL FOR FOSTER CARER.
VAL|violence_without_injury||Attempted child abduction. Man in a van tried to get V's son ({AGEC1}) into the van near the playing field in {VIL1}, son ran off. S N/K.
VAL|violence_without_injury|knife_sharp_instrument|Road rage on {ROAD1}. Other driver got out and waved a knife at V through her window, V believed he would use it. No injury. Reg obtained.
VAL|violence_without_injury||Road rage on {ROAD1}, other driver threatened to smash V's face in and grabbed his collar through the window. No injury. Dashcam footage available.
VAL|violence_without_injury|domestic_abuse|{F1} reports her ex {M1} grabbed her by both arms on the doorstep when collecting the kids, no marks. NMO in place.
VAL|violence_without_injury||Threats to kill made over the phone to V, a parish councillor in {VIL1}, about a planning application for a farm wedding venue. Caller withheld number.
VAL|violence_without_injury|hate_crime|V's hijab pulled by a woman in {TOWN1} market, religious abuse shouted at her. No injury. Witnesses available.
VAL|violence_without_injury|hate_crime|V, a gay man, spat at and pushed by a group outside {PUB1} who shouted homophobic slurs. No injury.
OFF|violence_without_injury||THREATS TO KILL. SUSPECT TOLD FARM MANAGER "I WILL KILL YOU AND YOUR FAMILY" AFTER BEING DISMISSED ON {DATE1}. NO WEAPON SEEN.
VAL|violence_without_injury|domestic_abuse|V ({AGEO1}) says her grandson ({AGEB1}) shoved her against the kitchen door and shouted in her face, no injuries. He lives with her.
VAL|violence_without_injury|domestic_abuse|Male V. Wife threw her phone at him, hit him in the chest, no injury. Previous incidents not reported. DASH standard, {DATE1}.
VAL|violence_without_injury||V pushed over on the footpath near {VIL1} by a dog walker during an argument about dogs off leads near V's sheep. No injury.
VAL|violence_without_injury|domestic_abuse;knife_sharp_instrument;honour_based_abuse|V's husband and his mother threatened her with a knife, saying she had shamed the family by going to college in {TOWN1}. No injury. HBA suspected, IDVA allocated.
VAL|violence_without_injury||Hare coursers surrounded V in his field at {FARM1} and threatened to kill him and burn the farm down. Gate damaged on their way out. V believed the threat.
OFF|violence_without_injury|modern_slavery|HUMAN TRAFFICKING (NON-SEXUAL EXPLOITATION). TWO VICTIMS RECRUITED FROM ABROAD TO WORK AT {FARM1}, WAGES WITHHELD, ACCOMMODATION CHARGES DEDUCTED, MOVEMENTS RESTRICTED.
VAL|violence_without_injury||Youths threw eggs at V ({AGEO1}) while she was in her garden, one hit her on the shoulder, no injury. Ongoing issue with youths in {VIL1}.
VAL|violence_without_injury|domestic_abuse|DASH high. S (husband) told V he would kill her and the dog if she left him, said in person, no weapon. IDVA allocated {DATE1}.
VAL|violence_without_injury||Landlord let himself into V's flat in {TOWN1} and shoved her when she complained about damp, no injury. Not DA, S is landlord only.
VAL|violence_without_injury|domestic_abuse|V ({AGEA1}) held down on the floor by her twin brother during an argument about caring for their mum. No injuries.
VAL|violence_without_injury|modern_slavery|V ({AGEA1}), vulnerable, cuckooed by a county lines group who made him deliver drugs round {TOWN1} under threat. Took his bank card. NRM referral, treated as forced labour.
VAL|stalking_harassment|domestic_abuse|CCB. Husband controls all the money, takes her bank cards, checks her phone and stops her seeing family in {VIL1}. Together 12 yrs. DASH high, MARAC {DATE1}.
OFF|stalking_harassment|domestic_abuse|CONTROLLING OR COERCIVE BEHAVIOUR IN AN INTIMATE OR FAMILY RELATIONSHIP. OVER 18 MONTHS THE SUSPECT HAS ISOLATED THE VICTIM AT {FARM1}, WITHHOLDING CAR KEYS AND MONEY.
VAL|stalking_harassment|domestic_abuse;online|Stalking. Ex-p made fake Instagram accounts to follow V and message her friends after she blocked him. Turned up at her work in {TOWN1} twice. DASH medium.
VAL|stalking_harassment|domestic_abuse|Ex-partner keeps driving past V's house in {VIL1} several times a day and leaving notes on her windscreen. Stalking. V has an NMO.
VAL|stalking_harassment|domestic_abuse|Harassment by ex via texts and phone calls, over 200 calls in a week. V has changed her number twice. S FTA for interview {DATE1}, OIC chasing.
VAL|stalking_harassment|domestic_abuse;online|{F1}'s ex {M1} sending abusive WhatsApp messages every day since they split, calling her names and telling her she's a bad mum.
VAL|stalking_harassment|online|Harassment on the {VIL1} village Facebook group. S posting lies about V's B&B and calling her a thief. S is her neighbour, not DA.
VAL|stalking_harassment|online|Malicious comms. V recieving abusive emails from a former customer after a dispute about livery fees, 15 emails since {DATE1}.
VAL|stalking_harassment||Malicious comms. Anonymous letters put through V's door accusing him of killing badgers, three since {DATE1}. V upset, no suspect.
OFF|stalking_harassment||HARASSMENT WITHOUT VIOLENCE. SUSPECT, A FORMER EMPLOYEE, HAS REPEATEDLY ATTENDED THE VICTIM'S FARM SHOP IN {VIL1} AND SHOUTED ABUSE AT STAFF.
VAL|stalking_harassment|domestic_abuse|Coercive control by V's daughter ({AGEA1}) who has moved in, controls V's ({AGEO1}) pension, won't let her answer the phone or see friends. V isolated.
VAL|stalking_harassment|domestic_abuse;online|Husband logs into V's email and Facebook to read her messages, tells her what to wear and won't let her work. CCB, DASH high, {DATE1}.
VAL|stalking_harassment|domestic_abuse|Stalking. Ex-wife follows male V to his work at {TOWN1} auction mart, waits outside, and keeps phoning his new partner.
VAL|stalking_harassment||Stalking by a man V met once at the gym in {TOWN1}, keeps turning up where she is, found him outside her house on {DATE1}. No relationship between them.
VAL|stalking_harassment|hate_crime;online|Transgender V ({AGEA1}) receiving abusive TikTok messages from local accounts, hostility about her gender identity, threats to out her at work.
VAL|stalking_harassment|hate_crime|Neighbour repeatedly shouts racist abuse at V and her children over the garden fence, diary kept since {DATE1}. Racially aggravated harassment.
VAL|stalking_harassment|domestic_abuse|Brother-in-law harassing V since she left his brother, phoning her and turning up at her work in {TOWN1}.
OFF|stalking_harassment|domestic_abuse|STALKING INVOLVING FEAR OF VIOLENCE. SUSPECT HAS REPEATEDLY ATTENDED HIS FORMER PARTNER'S ADDRESS AND WORKPLACE IN {TOWN1} AND FOLLOWED HER VEHICLE. VICTIM HAS CHANGED HER ROUTINE.
VAL|stalking_harassment|domestic_abuse;online|V's ex keeps posting about her on Facebook, naming her new partner, and messaging her mum on Messenger. V wants it to stop. Ref {REF1}.
VAL|stalking_harassment|online|V, a town councillor in {TOWN1}, targeted by an anonymous X account posting abuse about her daily. No threats of violence.
VAL|stalking_harassment|domestic_abuse;honour_based_abuse|V ({AGEA1}). Family monitoring her movements, uncle follows her to college in {TOWN1}, told she must marry her cousin to protect the family's honour.
VAL|stalking_harassment|domestic_abuse;online;honour_based_abuse|V's brothers sending threatening Snapchat messages saying she has shamed the family by leaving her husband and must go back to him. V in {TOWN1}.
VAL|stalking_harassment||Harassment. V getting silent calls at night on the landline, believes it is an old school friend he fell out with. Calls only, since {DATE1}.
VAL|stalking_harassment|domestic_abuse|{F1} says {M1} keeps turning up at the farm gate even though she ended it on {DATE1}. {M1} is her ex, together 3 yrs.
VAL|stalking_harassment||Harrassment by ex-colleague, repeated texts demanding V drops her grievance. Not DA, never in a relationship. Ref {REF1}.
VAL|stalking_harassment|domestic_abuse|Son ({AGEA1}) constantly threatening and belittling his elderly parents, controls their car and shopping. CCB recorded.
VAL|stalking_harassment|online|Cyberstalking. S following V's runs on Strava and commenting on her routes, then turned up on her running route near {VIL1}. S is a member of her running club.
OFF|stalking_harassment|domestic_abuse|MALICIOUS COMMUNICATIONS. SUSPECT SENT LETTERS TO THE VICTIM'S EMPLOYER IN {TOWN1} MAKING FALSE ALLEGATIONS ABOUT HER. SUSPECT IS THE VICTIM'S ESTRANGED HUSBAND.
VAL|stalking_harassment|domestic_abuse|DVPN issued {DATE1} after ex kept phoning and texting V, over 50 calls in a day. V wants to know what happens if he breaches.
VAL|stalking_harassment||V, a vet in {TOWN1}, followed home by the owner of a dog she put to sleep, his car parked outside her house most nights.
VAL|stalking_harassment|domestic_abuse|CCB. Partner checks the mileage on her car, makes her account for every £, threatens to take the kids. V says he has never hit her. IDVA ref {DATE1}.
VAL|stalking_harassment|online|V's former business partner posting fake reviews and abuse about V's holiday let at {FARM1} on Google and TripAdvisor. Not DA, business only.
VAL|stalking_harassment|domestic_abuse;online|V's ex-girlfriend keeps making new Snapchat accounts to contact him after being blocked, says she'll hurt herself if he doesn't reply. V ({AGEB1}).
VAL|stalking_harassment|hate_crime|V, a wheelchair user, repeatedly targeted by neighbour in {VIL1} who blocks her ramp and calls her disability slurs, ongoing since spring.
VAL|stalking_harassment|domestic_abuse;hate_crime;honour_based_abuse|V ({AGEA1}), gay man, harassed by his uncles who say his relationship dishonours the family, repeated calls and visits to his flat in {TOWN1}, homophobic abuse.
VAL|stalking_harassment|domestic_abuse|Caller is V's mum. Victim is daughter {F1} ({AGEA1}), being stalked by her ex-partner who keeps turning up at her flat. Daughter consents to referral.
VAL|sexual_offences||Rape. V ({AGEA1}) raped after a night out in {TOWN1} by a man she met in {PUB1}. SARC attended, ISVA referral. S not known to V before.
VAL|sexual_offences|domestic_abuse|V disclosed her husband has raped her repeatedly over the last year. DASH high, MARAC {DATE1}. ISVA and IDVA both allocated.
VAL|sexual_offences|child_sexual_abuse_exploitation|Non-recent. V disclosed sexual abuse by a scout leader when aged {AGEC1}, in {YEAR1}. ISVA referral. S still living in {VIL1}.
VAL|sexual_offences|child_sexual_abuse_exploitation|V ({AGEA1}) reports her uncle sexually abused her from the age of {AGEC1} at her grandparents' farm. Uncle now elderly. Non-recent, ISVA.
VAL|sexual_offences|online;child_sexual_abuse_exploitation|V ({AGEY1}) groomed on Snapchat by a man claiming to be 17, sent images, then met him in {TOWN1} and was sexually assaulted. Parents reported.
OFF|sexual_offences|child_sexual_abuse_exploitation|SEXUAL ACTIVITY WITH A CHILD UNDER 16. VICTIM AGED {AGEY1}. SUSPECT AGED {AGEA1} MET THE VICTIM AT THE SKATE PARK IN {TOWN1}.
VAL|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|V ({AGET1}) says her boyfriend ({AGEB1}) forced her to have sex when she said no, at his flat in {TOWN1}. ISVA referral, school aware.
VAL|sexual_offences|child_sexual_abuse_exploitation|CSE concerns. Girls aged around {AGEY1} given vapes, alcohol and lifts by older men in {TOWN1}. V disclosed sexual activity with one of them.
VAL|sexual_offences||Exposure. Man exposed himself to V ({AGEA1}) while she was walking her dog on the bridleway near {VIL1}, {DATE1} {TIME1}.
OFF|sexual_offences||EXPOSURE. MALE EXPOSED HIMSELF TO A FEMALE CYCLIST ON {ROAD1} ON {DATE1}. VICTIM AGED {AGEA1}. SUSPECT DESCRIBED, NOT TRACED.
VAL|sexual_offences||Sexual assault in the beer tent at {TOWN1} agricultural show, V ({AGEA1}) groped by an unknown male. Stewards have CCTV.
OFF|sexual_offences|knife_sharp_instrument|RAPE OF A FEMALE AGED 16 OR OVER. VICTIM AGED {AGEA1} ATTACKED ON CANAL TOWPATH AND THREATENED WITH A KNIFE. STRANGER RAPE. SUSPECT NOT IDENTIFIED.
VAL|sexual_offences||Voyeurism. V ({AGEA1}) found a hidden camera in the bathroom of a holiday cottage she rented near {VIL1}. Owner arrested.
VAL|sexual_offences|modern_slavery|V ({AGEA1}) trafficked from Romania and forced into prostitution in flats in {TOWN1}. NRM referral made. Interpreter needed.
VAL|sexual_offences|domestic_abuse|Ex-partner sexually assaulted V when he came to collect the children, groped her and tried to kiss her. V has a NMO. {DATE1}.
VAL|sexual_offences|online|V ({AGEA1}) met S on Tinder, raped at his house on their first date. ISVA referral. S arrested.
VAL|sexual_offences|domestic_abuse|Male V ({AGEA1}) disclosed his male partner has been forcing sexual activity on him, and controls his money. DASH high.
VAL|sexual_offences||Non-recent. V reports sexual assault by a work colleague at a Christmas party in {YEAR1}, when she was in her twenties. Wants ISVA support.
VAL|sexual_offences|online;child_sexual_abuse_exploitation|V ({AGEY1}) pressured on Instagram by an adult man to send nude pictures, he sent her sexual images too. Mum found the messages.
VAL|sexual_offences||Sexual assault on the bus to {TOWN1}. V ({AGEA1}) touched by a male passenger, driver stopped the bus. S known to police.
VAL|robbery|knife_sharp_instrument|Farm shop robbed at knifepoint on {DATE1} at {TIME1}. V (staff) threatened, £{AMTM1} taken from the till. V shaken, off work.
OFF|robbery||ROBBERY OF PERSONAL PROPERTY. VICTIM AGED {AGEO1} PUSHED TO THE GROUND OUTSIDE THE POST OFFICE IN {VIL1} AND HANDBAG TAKEN. GRAZES TO KNEES.
VAL|robbery||V ({AGEO1}) lives alone in an isolated cottage. Two men pushed past her at the front door, held her in a chair and took cash and jewellery. V not injured but terrified.
VAL|robbery|knife_sharp_instrument|V's Land Rover taken at knifepoint at a field gate near {VIL1}, S held a knife to his throat. Vehicle later found burnt out.
VAL|robbery||Phone snatched from V's hand at {TOWN1} bus station, she was punched when she held on to it. S ran off towards the river.
OFF|robbery||ROBBERY OF BUSINESS PROPERTY. TWO MASKED MALES THREATENED STAFF AT {SHOP1} FILLING STATION WITH A HAMMER AND TOOK CIGARETTES AND CASH.
VAL|robbery|domestic_abuse|V's son ({AGEA1}) pinned her against the wall and took her purse and bank card, wanting money for drugs. He lives with V.
VAL|robbery||V ({AGEY1}) robbed of phone and trainers in the park by older boys who threatened to beat him up. Parents reporting.
VAL|robbery||Quad bike taken from V ({AGEA1}) in his own yard by two men who punched him and rode off on it. Minor bruising.
VAL|robbery|hate_crime|V, takeaway delivery driver in {TOWN1}, robbed of cash bag by men who shouted racial abuse and pushed him over. Racially aggravated element noted by OIC.
VAL|robbery|knife_sharp_instrument|V threatened with a knife at the cashpoint in {TOWN1} and made to withdraw £{AMTM1} and hand it over.
OFF|robbery||ATTEMPTED ROBBERY. SUSPECT DEMANDED CASH FROM VICTIM AT A BUS SHELTER IN {VIL1}, THREATENING TO PUNCH HIM. VICTIM RAN OFF, NOTHING TAKEN.
OFF|burglary||BURGLARY - RESIDENTIAL. REAR DOOR FORCED AT ADDRESS IN {VIL1} WHILE OCCUPANTS ON HOLIDAY. JEWELLERY AND CASH STOLEN. DISCOVERED {DATE1}.
VAL|burglary||Distraction burglary. Man posing as water board got V ({AGEO1}) to run the kitchen taps while another man took cash from her bedroom.
VAL|burglary||Farm workshop broken into overnight {DATE1}, power tools and chainsaws taken, est £{AMTL1}. Padlock cut off.
VAL|burglary||Locked barn at {FARM1} broken into, quad bike and strimmers stolen. Hinges forced.
VAL|burglary||Sheds broken into along {ROAD1}, V's garden tools and fishing gear taken from his shed. Neighbours also hit.
OFF|burglary||BURGLARY - BUSINESS AND COMMUNITY. VILLAGE HALL IN {VIL1} ENTERED VIA SMASHED WINDOW, CHARITY TIN AND PA SPEAKERS TAKEN.
VAL|burglary||Church in {VIL1} broken into, silver candlesticks and alms box taken. Heritage crime officer informed. V is churchwarden.
VAL|burglary|domestic_abuse|Ex-partner let himself into V's house with an old key while she was out and took her laptop and passport. DASH medium, {DATE1}.
VAL|burglary|domestic_abuse|V's brother ({AGEA1}) broke into her house through the kitchen window and took her car keys and cash.
VAL|burglary||Aggravated burglary. S took a kitchen knife from the block during the break-in, found dropped in the garden. V and family asleep, never saw him. Laptop and handbag taken, {DATE1}.
VAL|burglary||Second home in {VIL1} burgled, found by cleaner on {DATE1}. TVs taken, no obvious point of entry. Owners live away.
OFF|burglary||BURGLARY - RESIDENTIAL. VICTIM AGED {AGEO1} WOKEN BY NOISE, SUSPECT FLED WITH HANDBAG FROM THE HALLWAY. NO CONTACT WITH VICTIM.
VAL|burglary||Tack room at {FARM1} broken into, saddles and bridles worth £{AMTL1} stolen. Third tack room hit in the area this month.
VAL|burglary||Attempted burglary. Jemmy marks on back door, S disturbed by dog. Nothing taken. V ({AGEO1}) now scared to be alone.
VAL|burglary||Garage at V's house in {VIL1} broken into, mountain bike and golf clubs taken. Garage door forced.
VAL|burglary||Cellar of {PUB1} in {VIL1} broken into overnight, spirits and float taken. Landlord is V.
VAL|burglary||Cricket pavilion in {VIL1} broken into, kit and bar stock taken. Club treasurer reporting.
VAL|burglary||Farm office at {FARM1} burgled, laptop with all the herd records on it taken. Not recorded how entry gained.
BOTH|burglary||Circs: V came home from market to find the house ransacked. Officer summary: Burglary residential. Entry via insecure rear window. Cash (£{AMTM1}) and medication taken. No suspects.
VAL|burglary|domestic_abuse|Son-in-law broke into V's bungalow and took her pension cash. S is married to V's daughter. V ({AGEO1}) doesn't want to cause trouble.
VAL|burglary||Attempt burglary at {VIL1} post office overnight, shutters damaged, nothing taken. Postmistress V shaken.
VAL|burglary||Lock-up garage in {TOWN1} entered, V's tools taken. N/K how entry gained. Reported {DATE1}.
OFF|burglary||BURGLARY - BUSINESS AND COMMUNITY. AGRICULTURAL MERCHANTS IN {TOWN1} ENTERED OVERNIGHT, CHAINSAWS AND HEDGE TRIMMERS STOLEN.
VAL|burglary||House in {VIL1} burgled while V at work, car keys taken and car then stolen from the drive.
VAL|burglary|hate_crime|V's home in {TOWN1} burgled and racist graffiti sprayed on the living room walls. Jewellery taken. V and family very distressed.
VAL|burglary||Village school in {VIL1} broken into over the summer holidays, laptops taken. Head teacher reporting.
VAL|vehicle_offences||Tractor stolen from field at {FARM1} overnight {DATE1}, tracker disabled. Value £{AMTL1}. Insurer informed.
VAL|vehicle_offences||GPS units taken from two tractor cabs left unlocked in the yard at {FARM1}. Value approx £{AMTL1}.
VAL|vehicle_offences||Quad bike stolen from the field gateway near {VIL1} where V left it while checking sheep. Key left in it.
OFF|vehicle_offences||THEFT OF A MOTOR VEHICLE. LAND ROVER DEFENDER TAKEN FROM FARMYARD IN {VIL1} ON {DATE1}. KEYS LEFT IN THE IGNITION.
OFF|vehicle_offences||THEFT FROM A MOTOR VEHICLE. TOOLS TAKEN FROM AN INSECURE VAN PARKED OUTSIDE THE VICTIM'S HOME IN {VIL1}.
VAL|vehicle_offences||Catalytic converter stolen from V's car in {TOWN1} station car park on {DATE1}. Car undriveable.
VAL|vehicle_offences|domestic_abuse|Ex-p took V's car without permission and won't give it back, car in V's name. TWOC recorded {DATE1}. DASH standard.
VAL|vehicle_offences||Aggravated vehicle taking. V's pickup taken from outside the house in {VIL1}, driven into a ditch and abandoned. Write-off.
VAL|vehicle_offences||Both number plates stolen off V's car on the drive in {VIL1} overnight. Worried they will be used on another car.
VAL|vehicle_offences||Youths seen trying car door handles in {VIL1} car park, V's car found open but nothing taken. Vehicle interference.
VAL|vehicle_offences||V's motorbike stolen from outside his flat in {TOWN1} overnight {DATE1}. Neighbour heard it start up.
VAL|vehicle_offences||Sat nav and handbag taken from V's car at a beauty spot car park near {VIL1} while she was out walking. Not recorded if car was locked.
OFF|vehicle_offences||AGGRAVATED VEHICLE TAKING. VICTIM'S VEHICLE STOLEN FROM {TOWN1} AND INVOLVED IN A COLLISION WITH A WALL IN {VIL1}. DRIVER DECAMPED.
VAL|vehicle_offences||Telehandler taken from a field at {FARM1}, found 20 miles away on {DATE1}. Owner V wants to know about compensation.
VAL|vehicle_offences||Tools stolen from V's van overnight in {VIL1}, third time this year. V is a self-employed plumber, can't work.
VAL|vehicle_offences||Farm pickup stolen from the yard with a chainsaw in the back. Keys were in it. {DATE1}.
VAL|vehicle_offences|domestic_abuse|V's ex-husband has taken the van registered to V's business and refuses to return it. Seperated in the spring. V in {VIL1}.
VAL|vehicle_offences||Off-road motorbike stolen from V's back garden in {VIL1}. Neighbour saw two lads pushing it up the lane.
VAL|vehicle_offences||Camper van stolen from outside V's house in {VIL1} overnight {DATE1}. Tracker shows it heading north.
VAL|vehicle_offences||V's car stolen from {TOWN1} livestock market car park while she was at the sale.
OFF|vehicle_offences||THEFT FROM A MOTOR VEHICLE. WALLET AND PHONE TAKEN FROM A PARKED CAR AT {VIL1} WALKERS' CAR PARK ON {DATE1}.
VAL|vehicle_offences||Quad bike and the trailer hitched to it taken from a field near {VIL1}. Tracks lead to the road.
VAL|theft_from_person||Purse taken from V's shoulder bag at {TOWN1} market on {DATE1}, she didn't feel a thing. V also mentioned a college friend was forced into marriage abroad last year, signposted.
OFF|theft_from_person||THEFT FROM THE PERSON. VICTIM AGED {AGEO1} HAD WALLET TAKEN FROM HIS JACKET POCKET AT THE COUNTY SHOW. NO FORCE USED.
VAL|theft_from_person||Phone snatched out of V's hand on {TOWN1} high street by a male on a bike, no force beyond the snatch, V not hurt.
VAL|theft_from_person||Pickpocket at the livestock auction in {TOWN1} took V's wallet with £{AMTM1} of sale money in it.
VAL|theft_from_person||V's phone lifted from her back pocket in the queue at the {SHOP1} in {TOWN1}. CCTV requested.
VAL|theft_from_person||V ({AGEO1}) had her purse taken from the open bag on her lap on the bus to {TOWN1}.
VAL|theft_from_person||Phone and cards taken from the bum bag V was wearing at a music festival near {VIL1}. No force.
VAL|bicycle_theft||V's mountain bike stolen from outside the {SHOP1} in {TOWN1}, locked to railings. Value £{AMTM1}.
OFF|bicycle_theft||THEFT OF PEDAL CYCLE. ROAD BIKE VALUED AT £{AMTL1} TAKEN FROM THE CYCLE RACK AT {TOWN1} RAILWAY STATION ON {DATE1}.
VAL|bicycle_theft||Child's bike taken from the front garden in {VIL1}. V is the parent. Neighbour's doorbell camera may have it.
VAL|bicycle_theft||Pedal cycle taken from outside {VIL1} village hall during a parish meeting. Unlocked.
VAL|bicycle_theft||V's son's BMX taken from the bike racks at school in {TOWN1}. Bike was a birthday present.
VAL|bicycle_theft||Two pedal cycles belonging to guests taken from the garden of V's holiday cottage at {FARM1}.
VAL|bicycle_theft||V's bicycle taken when left unlocked outside a cafe on the cycle route near {VIL1}, {DATE1}.
OFF|shoplifting||THEFT FROM SHOP. MALE TOOK MEAT AND ALCOHOL FROM THE {SHOP1} IN {TOWN1} WITHOUT PAYING. KNOWN PROLIFIC OFFENDER.
VAL|shoplifting||Farm shop owner V reports repeated shoplifting of honey and cheese by the same couple, CCTV available. Value £{AMTS1}.
VAL|shoplifting||Village store in {VIL1}, youths stole vapes and sweets, staff member upset. Not the first time.
VAL|shoplifting||Garden centre near {VIL1}. Woman took plants and ornaments worth £{AMTM1} without paying.
VAL|shoplifting||V, manager at the {SHOP1} in {TOWN1}, reports a shoplifter coming in weekly. Staff worry he might carry a knife, none ever seen, no threats made.
VAL|shoplifting||Country clothing store in {TOWN1}, waxed jackets stolen from a rail near the door. £{AMTM1}.
BOTH|shoplifting||Circs: shop theft at the {SHOP1}, V is the store manager. Officer summary: Shoplifting. Suspect left with £{AMTS1} of goods. NFA, suspect not identified.
VAL|shoplifting||Pharmacy in {TOWN1}, shoplifter took baby milk and razors, staff member followed but lost him.
VAL|other_theft||Sheep stolen from the field at {FARM1}, 40 ewes missing at the count on {DATE1}. Ear tags noted.
OFF|other_theft||THEFT - OTHER. LEAD STRIPPED FROM THE ROOF OF THE PARISH CHURCH IN {VIL1}. HERITAGE CRIME. CHURCHWARDEN REPORTING.
VAL|other_theft||Red diesel stolen from the farm bulk tank at {FARM1}, approx 1000 litres. Tank was not locked.
VAL|other_theft||Making off without payment. Fuel drive-off at {SHOP1} filling station, £{AMTS1}. V is the station owner, reg obtained.
VAL|other_theft||Ifor Williams trailer stolen from a field gateway near {VIL1}. Not recorded if hitch lock fitted.
VAL|other_theft||Stone troughs and staddle stones taken from the garden of V's listed farmhouse near {VIL1}. Heritage items, irreplaceable.
VAL|other_theft||Theft by employee. Farm shop assistant found taking cash from the till over several months, est £{AMTL1}.
VAL|other_theft||Honesty box taken from the roadside egg stall at {FARM1}, about £{AMTS1} in it.
VAL|other_theft|domestic_abuse|V ({AGEO1}) says her son ({AGEA1}) has been taking cash from her purse and selling her jewellery. He lives with her.
VAL|other_theft|domestic_abuse|Ex-partner took V's dog when he moved out, dog is chipped and registered to V. DASH standard, {DATE1}.
VAL|other_theft||Dog theft. V's two working spaniels stolen from the garden while she was inside. {VIL1}.
VAL|other_theft||About 60 round bales of hay stolen from the field at {FARM1} overnight. Tractor tracks seen.
VAL|other_theft||V's post being stolen from the box at the end of the farm track at {FARM1}, new bank cards not arriving.
VAL|other_theft||Blackmail. S threatening to report V's farm to the council for planning breaches unless paid £{AMTL1}. Demands made in person.
VAL|other_theft||Copper cable stolen from the irrigation pump at {FARM1}. Metal theft, pump out of action.
VAL|other_theft||Solar panels taken from a field array near {VIL1}. V is the site manager.
OFF|other_theft||THEFT BY EMPLOYEE. AGENCY CARE WORKER SUSPECTED OF TAKING CASH FROM ELDERLY CLIENT'S HOME IN {VIL1}. NOT A FAMILY MEMBER.
VAL|other_theft||Handbag taken from the back of V's chair in {PUB1} while she was eating. Not on her person.
VAL|other_theft||Six bullocks missing from summer grazing on the moor near {VIL1}. Ear tag numbers N/K.
VAL|other_theft||Pheasant poults taken from the release pen at {FARM1}. Shoot captain reporting.
VAL|other_theft||Bronze plaque stolen from the war memorial in {VIL1}. Heritage crime. Parish council is V.
VAL|other_theft|domestic_abuse|V's brother ({AGEA1}) took £{AMTM1} cash from V's ({AGEO1}) bedroom drawer while visiting. Not the first time.
VAL|other_theft||Hanging baskets and garden ornaments taken from V's front garden in {VIL1}.
VAL|other_theft||Ducks and chickens taken from the paddock at V's smallholding near {VIL1}. Fox ruled out, paddock gate left open.
VAL|other_theft||Beehives stolen from the orchard at {FARM1}. V is a beekeeper, loss approx £{AMTM1}.
VAL|other_theft||Fence posts and rolls of wire taken from the field edge at {FARM1}.
VAL|other_theft||Charity collection box taken from the bar at {PUB1} in {VIL1}.
VAL|other_theft||Stacked timber taken from V's woodland near {VIL1}, est £{AMTM1}. Tracks from a trailer.
VAL|other_theft||Making off without payment. Couple ate a meal at {PUB1} and left without paying £{AMTS1}.
VAL|other_theft||Vegetables and water butts taken from V's allotment plot in {TOWN1}. Elderly V upset.
VAL|other_theft||Generator stolen from the open yard at {FARM1} overnight {DATE1}.
OFF|other_theft||THEFT - OTHER. PARCELS STOLEN FROM THE DOORSTEP OF THE VICTIM'S HOME IN {VIL1}. DOORBELL FOOTAGE OBTAINED.
VAL|other_theft||V's lodger moved out and took V's TV. Not DA, lodger only, no relationship. {DATE1}.
VAL|other_theft|domestic_abuse|V ({AGEO1}) says his grandson ({AGEB1}) took his service medals and sold them.
VAL|other_theft||Hedge trimmer taken from V's garden in {VIL1} by a gardener she paid cash to.
VAL|other_theft||Nighthawks took Roman coins from V's field near {VIL1} without permission. Heritage crime officer aware.
VAL|other_theft||Heating oil stolen from the tank at V's isolated bungalow, about 500 litres. V ({AGEO1}) has no heating.
VAL|other_theft|domestic_abuse|V ({AGEA1}) reports her estranged partner took £{AMTM1} cash from the tin in the kitchen when he moved out. DASH standard.
VAL|criminal_damage_arson||Hare coursers drove through the crops at {FARM1}, gates smashed, est damage £{AMTM1}. Lurchers seen.
VAL|criminal_damage_arson||Arson. Dutch barn fire at {FARM1} on {DATE1}, fire service say definately deliberate. Around 200 bales lost.
OFF|criminal_damage_arson||ARSON NOT ENDANGERING LIFE. STACK OF STRAW BALES SET ALIGHT IN A FIELD NEAR {VIL1}. FIRE SERVICE ATTENDED.
VAL|criminal_damage_arson|domestic_abuse|Ex-p smashed V's front windows after she refused to let him in. DASH medium. S arrested {DATE1}.
VAL|criminal_damage_arson|domestic_abuse|Husband smashed V's phone and the TV during a row. No assault. V staying with her sister in {TOWN1}.
VAL|criminal_damage_arson|hate_crime|Racist graffiti sprayed on the shutters of V's shop in {TOWN1}. V and staff upset.
VAL|criminal_damage_arson|hate_crime|Windows of the mosque in {TOWN1} smashed overnight, religious hatred suspected. Committee member V reporting.
VAL|criminal_damage_arson||4x4s driven over the hillfort near {VIL1}, deep ruts in a scheduled monument. Heritage crime.
VAL|criminal_damage_arson||Stained glass window at {VIL1} church broken by a stone. Vicar reporting.
VAL|criminal_damage_arson||V's car keyed along both sides in the {TOWN1} car park on {DATE1}.
VAL|criminal_damage_arson|domestic_abuse|{F1} says {M1} kicked in her back door when she wouldn't answer. {M1} is the father of her son, they split up last yr.
VAL|criminal_damage_arson|domestic_abuse|Ex-wife poured paint stripper over V's car in {VIL1}. Male V, DASH standard.
OFF|criminal_damage_arson||CRIMINAL DAMAGE TO A DWELLING. WINDOW OF VICTIM'S HOUSE IN {VIL1} BROKEN BY A STONE THROWN BY YOUTHS. ONGOING ASB IN THE AREA.
VAL|criminal_damage_arson||Neighbour cut down V's trees on the boundary in {VIL1} without permission. Not DA, neighbours only.
VAL|criminal_damage_arson||Sheep fencing cut at {FARM1}, flock got out on to {ROAD1}. Deliberate.
VAL|criminal_damage_arson||Off-road bikes ridden across a wheat field near {VIL1}, ruts through the crop.
VAL|criminal_damage_arson|domestic_abuse|Son ({AGEA1}) smashed up V's kitchen when she refused to give him money. No threats to V.
VAL|criminal_damage_arson||Arson. V's car set alight on the drive overnight in {VIL1}. No suspects.
VAL|criminal_damage_arson|domestic_abuse|Arson. Ex-p set fire to V's garden shed, seen on neighbour's CCTV. DASH high, {DATE1}.
VAL|criminal_damage_arson||Village hall windows smashed by youths on {DATE1}, V is hall committee chair.
VAL|criminal_damage_arson||Trail cameras smashed by poachers on V's land near {VIL1}.
VAL|criminal_damage_arson||Deer fence cut and gate taken off its hinges and thrown in a ditch at {FARM1}.
OFF|criminal_damage_arson||CRIMINAL DAMAGE TO A VEHICLE. WINDSCREEN OF THE VICTIM'S TRACTOR SMASHED WHILE PARKED IN A FIELD NEAR {VIL1}. NOTHING TAKEN.
VAL|criminal_damage_arson|hate_crime|Pride flag on V's house in {VIL1} torn down and burnt by two men shouting homophobic abuse.
VAL|criminal_damage_arson||Polytunnel covers ripped open at V's nursery near {VIL1}, plants ruined.
VAL|criminal_damage_arson|domestic_abuse|Brother ({AGEA1}) damaged V's car in a row over their father's will. Dents to bonnet and wing mirror off.
VAL|criminal_damage_arson||Paint thrown over V's front door in {VIL1} after a dispute with a builder. Not recorded who did it.
VAL|criminal_damage_arson||Fire set against the door of V's farm shop at {FARM1} overnight, put out, scorch damage.
VAL|criminal_damage_arson||Water troughs damaged and valves broken in the field at {FARM1}.
VAL|criminal_damage_arson|domestic_abuse|DVPN issued after ex damaged V's front door on {DATE1}.
VAL|criminal_damage_arson||Stones of the stone circle near {VIL1} daubed with paint. Heritage crime, V is site warden.
VAL|criminal_damage_arson||V's fishing boat holed on the lake at {VIL1}. V thinks other anglers.
VAL|drug_offences||Cannabis farm found in V's rented-out barn at {FARM1}, tenant gone. V is the landowner.
VAL|drug_offences||County lines dealing from the flat below V's in {TOWN1}, constant callers day and night. V worried for her kids.
OFF|drug_offences||POSSESSION WITH INTENT TO SUPPLY CLASS A. MALES FROM OUTSIDE FORCE AREA ARRESTED IN {TOWN1}. LOCAL RESIDENT'S ADDRESS USED (CUCKOOING). NO MODERN SLAVERY INDICATORS IDENTIFIED.
VAL|drug_offences||V found cannabis plants growing in woodland on his estate near {VIL1}.
VAL|drug_offences||Dealers using V's field gateway on {ROAD1} to deal, V has seen exchanges from his tractor.
VAL|drug_offences||Cuckooing. V ({AGEA1}) has learning difficulties, dealers use his flat in {TOWN1} to store and sell drugs. V says he lets them, no threats disclosed.
OFF|drug_offences||PRODUCTION OF CANNABIS. LARGE GROW FOUND IN DISUSED POULTRY SHEDS AT {FARM1}. LANDOWNER UNAWARE.
VAL|drug_offences||Drug dealing outside the primary school in {VIL1} at pick-up time, V is a parent governor.
VAL|drug_offences||V's daughter ({AGEA1}) being supplied heroin by dealers in {TOWN1}, V wants them caught.
OFF|drug_offences||POSSESSION OF A CONTROLLED DRUG - CLASS B. SUSPECT STOPPED IN {VIL1}, CANNABIS FOUND. RESIDENT VICTIM REPORTED DEALING OUTSIDE HER HOUSE.
VAL|possession_of_weapons||V saw a man carrying a machete walking along {ROAD1} near the school. No threats made to anyone. S arrested.
OFF|possession_of_weapons||POSSESSION OF AN ARTICLE WITH A BLADE OR POINT IN A PUBLIC PLACE. KNIFE FOUND ON SUSPECT DURING STOP SEARCH IN {TOWN1}. NOT USED OR SHOWN.
VAL|possession_of_weapons||Neighbour firing a shotgun near V's house in {VIL1}, no certificate held. No shots aimed at anyone.
VAL|possession_of_weapons||Lock-knife found in the bag of a man asked to leave {PUB1}, he never got it out. Landlord V reporting.
VAL|possession_of_weapons||Youths with a BB gun in the park at {VIL1}, V saw it, not pointed at anyone.
OFF|possession_of_weapons||POSSESSION OF FIREARM WITHOUT CERTIFICATE. UNLICENSED SHOTGUN FOUND IN SUSPECT'S VEHICLE AFTER HARE COURSING STOP NEAR {VIL1}.
VAL|possession_of_weapons||Man with a knife in his waistband seen at {TOWN1} bus station by V. Knife not drawn, no threats.
VAL|possession_of_weapons||Drunk male carrying a sword along {VIL1} high street, arrested. Nobody threatened.
VAL|public_order|hate_crime|Racist abuse shouted at V, takeaway owner in {TOWN1}, by a customer. No assault. s4A racially aggravated.
OFF|public_order|hate_crime|RACIALLY OR RELIGIOUSLY AGGRAVATED PUBLIC FEAR, ALARM OR DISTRESS. VICTIM, A NURSE, RACIALLY ABUSED BY A PASSENGER ON THE TRAIN TO {TOWN1}.
VAL|public_order||Drunk male shouting and swearing at V and family at the {VIL1} fete, threatening behaviour. No hate element.
VAL|public_order|hate_crime|V, who is blind and uses a guide dog, abused by a man in the street in {TOWN1} mocking his disability. Public order.
VAL|public_order||Hare coursers threatening V when asked to leave his land at {FARM1}, no contact and no threats to kill. s4.
VAL|public_order|hate_crime|V and husband, a gay couple, had homophobic abuse shouted at them from a car while walking in {VIL1}.
OFF|public_order||PUBLIC FEAR, ALARM OR DISTRESS. SUSPECT SHOUTING AND SWEARING AT STAFF IN THE {SHOP1} IN {TOWN1}.
VAL|public_order|domestic_abuse|S (V's ex) shouting abuse outside V's house in the street in {VIL1}, alarming V and neighbours. Single incident. DASH standard.
VAL|public_order||Fight between two groups at {TOWN1} carnival, V a bystander and very frightened. Violent disorder recorded.
VAL|public_order|hate_crime|Antisemitic abuse shouted at V outside his home in {TOWN1}. No contact.
VAL|public_order||Driver got out and swore at V, a tractor driver, for holding him up on {ROAD1}. No contact. s5.
VAL|public_order|domestic_abuse|V's ex-husband caused a scene at their daughter's school gate in {VIL1}, shouting threats at V in front of parents.
VAL|public_order|hate_crime|Transgender V abused in {PUB1}, group threatening her and referring to her gender identity. s4A.
VAL|public_order||Nieghbour dispute in {VIL1}. S shouted at V aggressively over parking, V alarmed. No hate, no DA.
VAL|misc_crimes_against_society||Sacked farm worker told V in person he would burn his barn at {FARM1} down. Threat to commit criminal damage, no threat to harm V.
OFF|misc_crimes_against_society||DANGEROUS DRIVING. VEHICLE OVERTOOK HORSE AND RIDER AT SPEED WITHIN INCHES ON A NARROW LANE NEAR {VIL1}. NO COLLISION, NO INJURY.
VAL|misc_crimes_against_society||Dangerous driving. Lorry forced V's car off the road on {ROAD1}, no injuries, car undamaged.
VAL|misc_crimes_against_society||Neighbour told V over the garden fence he would smash her car windows if she parked there again. Threat to damage. {VIL1}.
VAL|misc_crimes_against_society||Perverting the course of justice. S gave V's details as the driver to avoid speeding points on {DATE1}. V has never driven S's car.
OFF|misc_crimes_against_society||THREAT TO COMMIT CRIMINAL DAMAGE. SUSPECT TOLD FARM OWNER HE WOULD SET FIRE TO HIS CROPS AT {FARM1} IF ACCESS ALONG THE TRACK WAS NOT RESTORED.
VAL|misc_crimes_against_society||Dangerous driving. Car came round a bend on the wrong side on {ROAD1} and forced V, a cyclist, into the verge. No collision.
VAL|misc_crimes_against_society|domestic_abuse|Ex-p threatened in person to burn down V's stables at {FARM1}. No threat made against V herself.
VAL|misc_crimes_against_society||V's neighbour in {VIL1} gave false evidence under oath at a court hearing about their boundary dispute. Perjury alleged.
VAL|fraud_computer_misuse||Courier fraud. V ({AGEO1}) phoned by a 'police officer' and told to withdraw £{AMTL1} and hand it to a courier at the door. V's sister lost money to an online romance scam last yr.
VAL|fraud_computer_misuse|online|Romance fraud. V ({AGEO1}) met an 'army doctor' on Facebook, sent £{AMTL1} over several months.
VAL|fraud_computer_misuse|online|Facebook Marketplace. V paid £{AMTM1} deposit for a quad bike that didn't exist. Seller blocked her.
VAL|fraud_computer_misuse||Rogue traders. Roofers knocked at V's door in {VIL1}, charged £{AMTL1} for unnecessary work. V ({AGEO1}) believes she was targeted because of her age.
VAL|fraud_computer_misuse||Rogue builder took £{AMTL1} deposit for an extension, never started, stopped answering his phone.
OFF|fraud_computer_misuse||FRAUD BY FALSE REPRESENTATION. DOORSTEP TRADER CLAIMED VICTIM'S DRIVEWAY NEEDED URGENT REPAIR AND TOOK £{AMTM1} CASH. VICTIM AGED {AGEO1}.
VAL|fraud_computer_misuse|online|Investment fraud via a crypto website, V put in £{AMTL1} and can't withdraw it.
VAL|fraud_computer_misuse|online|V's email account hacked and used to send fake invoices to customers of V's agricultural contracting business in {VIL1}.
VAL|fraud_computer_misuse|online|Puppy scam. V paid £{AMTM1} to a seller on a website for a springer spaniel puppy that never arrived.
VAL|fraud_computer_misuse||HMRC scam call. V paid £{AMTM1} in gift cards after being told she'd be arrested. Phone only.
VAL|fraud_computer_misuse|domestic_abuse|V's son ({AGEA1}) took out loans in V's name. V ({AGEO1}) found out from debt letters.
VAL|fraud_computer_misuse|domestic_abuse;online|Ex-partner used V's details to open online accounts and run up debt, V found out from a credit check. DASH standard, {DATE1}.
VAL|fraud_computer_misuse||V's bank card cloned and used at cash machines abroad, £{AMTM1} taken.
VAL|fraud_computer_misuse|online|Fake haylage seller on a Facebook horse group, V paid £{AMTM1} by bank transfer, no delivery.
VAL|fraud_computer_misuse||Tarmac gang resurfaced V's farm track claiming to be on a council-approved scheme, then demanded £{AMTL1}.
VAL|fraud_computer_misuse|online|Tractor parts bought from a fake website, £{AMTL1} paid, nothing received.
VAL|fraud_computer_misuse||V got a text then a call from the 'bank fraud team' and moved savings of £{AMTL1} to a 'safe account' at the branch counter.
VAL|fraud_computer_misuse|domestic_abuse|Husband forged V's signature to remortgage the farm. V only found out when the lender wrote to her on {DATE1}. DASH done.
VAL|fraud_computer_misuse|online|Concert tickets bought through Instagram, £{AMTM1} paid, never received.
VAL|fraud_computer_misuse|online|V's Facebook account hacked on {DATE1} and used to ask her friends for money. Two friends paid.
VAL|fraud_computer_misuse||Fake charity collector at V's door in {VIL1} collecting for the air ambulance, not genuine. V gave £{AMTS1}.
OFF|fraud_computer_misuse|online|FRAUD BY FALSE REPRESENTATION - ONLINE SHOPPING AND AUCTIONS. VICTIM PAID £{AMTL1} FOR A HORSEBOX VIA AN ONLINE ADVERT. SELLER UNCONTACTABLE.
VAL|fraud_computer_misuse||Rogue tree surgeons charged V ({AGEO1}) £{AMTL1} for cutting back one tree and drove her to the bank to get the cash.
VAL|fraud_computer_misuse|domestic_abuse|V's daughter ({AGEA1}) used V's bank card in shops without permission, over £{AMTM1}.
VAL|fraud_computer_misuse|online|V paid £{AMTM1} for a holiday cottage through a fake listing on a website, cottage doesn't exist.
VAL|fraud_computer_misuse||Livestock sale. Buyer paid V for 20 lambs with a cheque from a closed account, £{AMTL1}.
VAL|fraud_computer_misuse|online|Farm office computer hacked, herd records deleted. Computer misuse. {FARM1}.
VAL|fraud_computer_misuse||Man at V's door claiming to be from the water company took £{AMTS1} for 'testing'. Not genuine. Did not come in.
VAL|fraud_computer_misuse|domestic_abuse;online|V's brother ({AGEA1}) got into V's online banking and transferred £{AMTL1} to himself.
VAL|fraud_computer_misuse||Call from someone claiming to be V's feed supplier changing bank details, V paid £{AMTL1} to the wrong account. Phone call only.
VAL|fraud_computer_misuse|online|V ({AGEA1}) met a man on a dating app and sent him £{AMTM1} for 'flights', he never came.
VAL|fraud_computer_misuse|online|WhatsApp 'hi mum' scam, V transferred £{AMTM1} thinking it was her daughter.
VAL|fraud_computer_misuse||Driveway paving firm took £{AMTL1}, left the job unfinished and gave a false address. V ({AGEO1}).
VAL|fraud_computer_misuse|online|V bought a generator on eBay for £{AMTM1}, box arrived with a brick in it.
VAL|anti_social_behaviour||Youths hanging about outside the shop in {VIL1}, swearing and being loud. No crime disclosed.
VAL|anti_social_behaviour||Neighbour's dogs barking all day in {VIL1}, V has complained to the council. No threats.
VAL|anti_social_behaviour||Off-road bikes on the bridleway near {VIL1} every evening, noise and nuisance to walkers.
VAL|anti_social_behaviour||Walkers' cars blocking the farm gateway at {FARM1} every weekend, V can't get the tractor out.
VAL|anti_social_behaviour||Neighbour lighting bonfires most evenings in {VIL1}, smoke coming into V's house. Council aware.
VAL|anti_social_behaviour||Groups partying at the lake near {VIL1}, loud music till 3am most weekends.
VAL|anti_social_behaviour||Kids knocking on V's door and running off, V ({AGEO1}) anxious.
VAL|anti_social_behaviour||Boy racers meeting in the supermarket car park in {TOWN1}, revving engines late at night.
VAL|anti_social_behaviour||Neighbour's CCTV camera points at V's garden in {VIL1}, V feels watched. Civil matter, advice given.
VAL|anti_social_behaviour||Drone flown over V's farm at {FARM1} repeatedly, upsetting the horses. Operator N/K.
VAL|anti_social_behaviour||Holiday let guests next door to V in {VIL1} making noise late every night.
VAL|anti_social_behaviour||Hedge height dispute over leylandii, verbal disagreements with neighbour, no threats or damage. {VIL1}.
VAL|anti_social_behaviour||Teenagers hanging around the bus shelter in {VIL1} drinking and shouting. No damage.
VAL|anti_social_behaviour||Neighbour revving his quad bike at 5am every morning in {VIL1}. Noise only.
VAL|other_crime||Livestock worrying. Dog off lead attacked V's ewes at {FARM1}, three killed. Owner identified.
OFF|other_crime||WORRYING LIVESTOCK. DOG WORRYING SHEEP ON AGRICULTURAL LAND NEAR {VIL1}. TWO EWES INJURED. DOG OWNER REPORTED.
VAL|other_crime||Fly-tipping. Builders' waste and asbestos dumped in V's field gateway on {ROAD1}. V has to pay for removal.
VAL|other_crime||Fly-tipped tyres on the farm track at {FARM1}, third time this summer.
VAL|other_crime||Hare coursing on V's land on {DATE1}, men with lurchers seen. No damage, no threats, they left when V arrived.
VAL|other_crime||Animal welfare. Neighbour's horses left without water and emaciated near {VIL1}. V reported to police and RSPCA.
OFF|other_crime||ANIMAL WELFARE ACT - CAUSING UNNECESSARY SUFFERING. PONY FOUND TETHERED WITHOUT WATER ON A VERGE NEAR {VIL1}.
VAL|other_crime||Deer poached on V's estate near {VIL1}, carcass remains found. Lamping seen at night.
VAL|other_crime||Buzzard found poisoned on land near {VIL1}. Wildlife crime officer informed. V is landowner.
VAL|other_crime||Circs not recorded. Crime type Other. V called VAL asking for support, crime ref {REF1}. OIC to update.
VAL|other_crime||Circs N/K. Crime ref {REF1}. V wants to know about compensation. Officer summary TBC.
BOTH|other_crime||Circs: TBC, V too upset to discuss on the phone. Officer summary: not recorded. Crime no. {REF1}.
VAL|other_crime||Badger sett dug out in V's woodland near {VIL1}, wildlife crime officer aware.
VAL|other_crime||Neighbour burning tyres and waste on his land near {VIL1}, environmental offence. Smoke over V's house.
VAL|other_crime||Illegal nets found on V's stretch of the river near {VIL1}. Fisheries officer aware.
VAL|other_crime||Man seen kicking his own sheepdog repeatedly in a field near {VIL1}. Animal cruelty. V is the walker who reported.
"""


def quarter_date(rng):
    month, abbr, days = rng.choice(MONTHS)
    day = rng.randint(1, days)
    style = rng.randint(0, 2)
    if style == 0:
        return f"{day:02d}/{month:02d}/2025"
    if style == 1:
        return f"{day:02d}/{month:02d}/25"
    return f"{day} {abbr}"


def clock_time(rng):
    hour = rng.randint(0, 23)
    minute = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    if rng.randint(0, 1):
        return f"{hour:02d}:{minute:02d}"
    return f"{hour:02d}{minute:02d}hrs"


def small_amount(rng):
    pounds = rng.randint(6, 95)
    if rng.randint(0, 1):
        return f"{pounds}.{rng.randint(0, 99):02d}"
    return str(pounds)


def crime_ref(rng):
    return f"CR/{rng.randint(10000, 99999):05d}/25"


# Age ranges sit wholly on one side of every TAXONOMY.md threshold (16 and 18).
GENERATORS = {
    "F": lambda rng: rng.choice(FEMALE),
    "M": lambda rng: rng.choice(MALE),
    "SUR": lambda rng: rng.choice(SURNAMES),
    "VIL": lambda rng: rng.choice(VILLAGES),
    "TOWN": lambda rng: rng.choice(TOWNS),
    "FARM": lambda rng: rng.choice(FARMS),
    "PUB": lambda rng: rng.choice(PUBS),
    "SHOP": lambda rng: rng.choice(SHOPS),
    "ROAD": lambda rng: rng.choice(ROADS),
    "DATE": quarter_date,
    "TIME": clock_time,
    "YEAR": lambda rng: str(rng.randint(1978, 2009)),
    "AMTS": small_amount,
    "AMTM": lambda rng: str(rng.randint(120, 950)),
    "AMTL": lambda rng: f"{rng.randint(12, 480) * 100:,}",
    "REF": crime_ref,
    "AGEC": lambda rng: str(rng.randint(5, 11)),
    "AGEY": lambda rng: str(rng.randint(12, 15)),
    "AGET": lambda rng: str(rng.randint(16, 17)),
    "AGEB": lambda rng: str(rng.randint(18, 23)),
    "AGEA": lambda rng: str(rng.randint(19, 58)),
    "AGEO": lambda rng: str(rng.randint(72, 94)),
}


def parse_templates():
    templates = []
    for line in TEMPLATES.strip().splitlines():
        kind, category, flags, text = line.split("|", 3)
        flag_list = [f for f in flags.split(";") if f]
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        for flag in flag_list:
            if flag not in FLAGS:
                raise ValueError(f"unknown flag {flag!r}")
        if flag_list != sorted(flag_list, key=FLAGS.index) or len(flag_list) != len(dict.fromkeys(flag_list)):
            raise ValueError(f"flags not in TAXONOMY.md order: {flags!r}")
        slots = SLOT_RE.findall(text)
        if not slots:
            raise ValueError(f"template without a slot: {text!r}")
        for slot_type, _ in slots:
            if slot_type not in GENERATORS:
                raise ValueError(f"unknown slot type {slot_type!r}")
        templates.append((kind, category, ";".join(flag_list), text))
    texts = [t[3] for t in templates]
    if len(texts) != len(dict.fromkeys(texts)):
        raise ValueError("duplicate template text")
    return templates


def fill(template_text, rng):
    values = {}
    by_type = {}
    for slot_type, index in SLOT_RE.findall(template_text):
        key = slot_type + index
        if key in values:
            continue  # a repeated slot keeps the value it was given first
        taken = by_type.setdefault(slot_type, [])
        value = GENERATORS[slot_type](rng)
        while value in taken:  # different slots of one type get different values
            value = GENERATORS[slot_type](rng)
        taken.append(value)
        values[key] = value
    shout = not re.search(r"[a-z]", SLOT_RE.sub("", template_text))

    def repl(match):
        value = values[match.group(1) + match.group(2)]
        return value.upper() if shout else value

    return SLOT_RE.sub(repl, template_text)


def check_text(text):
    if "\n" in text or "\r" in text:
        raise ValueError(f"newline in text: {text!r}")
    if "{" in text or "}" in text:
        raise ValueError(f"unfilled slot: {text!r}")
    words = len(text.split())
    if not 4 <= words <= 150:
        raise ValueError(f"text has {words} words: {text!r}")


def build():
    rng = random.Random(SEED)
    templates = parse_templates()
    rows = []
    seen = {}
    for _kind, category, flags, text in templates:
        for _use in range(USES_PER_TEMPLATE):
            for _attempt in range(500):
                filled = fill(text, rng)
                if filled not in seen:
                    break
            else:
                raise ValueError(f"could not fill a distinct text from: {text!r}")
            seen[filled] = True
            check_text(filled)
            rows.append([filled, category, flags])
    rng.shuffle(rows)

    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _text, category, flags in rows:
        cat_counts[category] += 1
        for flag in flags.split(";"):
            if flag:
                flag_counts[flag] += 1
    for category in CATEGORIES:
        if cat_counts[category] < 10:
            raise ValueError(f"category {category} has only {cat_counts[category]} notes")
    for flag in FLAGS:
        if flag_counts[flag] < 12:
            raise ValueError(f"flag {flag} has only {flag_counts[flag]} notes")
    if len(seen) != len(rows):
        raise ValueError("texts not distinct")
    return rows, cat_counts, flag_counts


def main():
    rows, cat_counts, flag_counts = build()
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (text, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"{ID_PREFIX}{number:04d}", text, category, flags])
    words = sum(len(text.split()) for text, _c, _f in rows)
    print(f"wrote {len(rows)} notes to {OUT_PATH}")
    print(f"mean words {words / len(rows):.1f}")
    for category in CATEGORIES:
        print(f"category {category} {cat_counts[category]}")
    for flag in FLAGS:
        print(f"flag {flag} {flag_counts[flag]}")


if __name__ == "__main__":
    main()
