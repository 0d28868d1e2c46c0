# ruff: noqa: E501
"""Generate the blind synthetic corpus ``data/notes_blind34.csv`` (ids ``B34-0001``...).

Scenario: a coastal / seaside-town police force in the North East of England and its
commissioned victim service, April-June 2026, records whose crime type was "Other crime",
"Other", blank or "Unknown". Six referrer kinds:

* CR - force control room incident logs (terse, abbreviations)
* OW - seasonal-worker and fishing-industry outreach worker
* UW - university and student union welfare team
* AC - care homes and adult social care
* SR - victims' own web-form self-referrals (colloquial, typos, little punctuation)
* BM - pub, hotel, holiday park and arcade managers (businesses and their staff as victims)

Every note comes from a hand-written template ``kind|category|flags|text``; each template
is used about twice (twice, except for a few chosen by the seeded generator to be used
once, to reach exactly 800 notes). Slots are filled only with names, places, dates, times,
amounts, reference numbers and ages; every age slot lies entirely on one side of the
TAXONOMY.md thresholds (16 and 18), so the labels never depend on the random fill.

Standard library only; one seeded ``random.Random``; no iteration over sets; the output is
byte-identical whatever the working directory or PYTHONHASHSEED.
"""

import csv
import datetime as dt
import random
import re
from collections import Counter
from pathlib import Path

SEED = 34_2026_0634
N_NOTES = 800
ID_PREFIX = "B34"
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind34.csv"

# Category codes and flags, in TAXONOMY.md order.
CATEGORY_CODES = [
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
CATEGORY_ALIASES = {
    "HOM": "homicide",
    "DID": "death_injury_driving",
    "VWI": "violence_with_injury",
    "VWOI": "violence_without_injury",
    "SH": "stalking_harassment",
    "SEX": "sexual_offences",
    "ROB": "robbery",
    "BUR": "burglary",
    "VEH": "vehicle_offences",
    "TFP": "theft_from_person",
    "BIKE": "bicycle_theft",
    "SHOP": "shoplifting",
    "OTH": "other_theft",
    "CDA": "criminal_damage_arson",
    "DRUG": "drug_offences",
    "WEAP": "possession_of_weapons",
    "PO": "public_order",
    "MISC": "misc_crimes_against_society",
    "FRAUD": "fraud_computer_misuse",
    "ASB": "anti_social_behaviour",
    "OC": "other_crime",
}
FLAG_CODES = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]
FLAG_ALIASES = {
    "DA": "domestic_abuse",
    "HATE": "hate_crime",
    "ONL": "online",
    "KNIFE": "knife_sharp_instrument",
    "CSA": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}
KINDS = {
    "CR": "control room incident log",
    "OW": "seasonal-worker / fishing-industry outreach",
    "UW": "university / student union welfare",
    "AC": "care home / adult social care",
    "SR": "web-form self-referral",
    "BM": "pub / hotel / arcade manager",
}

# A leading "^" in a template text means the filled note is written in capitals
# (control room log style).
TEMPLATES = """
# ---------------- homicide ----------------
CR|HOM||Crime type: Other. CAD {CAD} {D1}. Bereaved family referral. IP's son {M1} {S1} ({AGE_A}) died at scene on {ST}, {TOWN} after an assault outside a takeaway at {T1}hrs. SUSP in custody, charged with murder. Mother {F1} requesting support. OIC DC {S2}. FLO in place. // Case log: {D2} 1st contact attempt, no answer, VM left. {D3} spoke to mother {F1}: not sleeping, younger son ({AGE_S}) off work, wants to know about the Victims' Code and the inquest. Needs assessment done, referred to homicide service caseworker. Next call in 7 days.
CR|HOM|DA;KNIFE|Homicide referral {REF}. Deceased {F1} {S1}, {AGE_A}, fatally stabbed at her home address in {TOWN} on {D1}; partner {M1} arrested at the scene. Previous DASH high risk, heard at MARAC in February. Sister {F2} is next of kin and wants contact through the FLO only.
SR|HOM||my brother {M1} was killed in {TOWN} on {D1} by a lad he didnt even know, they have charged him with manslaughter, one punch they said. me mam is in bits and i dont know who to talk to. trial not til next year. ref {REF}
AC|HOM|DA|Adult Social Care referral re Mr {S1} ({AGE_O}), whose wife {F1} ({AGE_O2}) died on {D1}. Their grandson {M1} ({AGE_S}) has been charged with her manslaughter after pushing her down the stairs in a row about money. Mr {S1} now in respite at {CAREHOME}, grieving and confused about the court process. // Case log: {D2} visited at respite; Mr {S1} keeps asking when his wife is coming. Daughter {F2} now holds LPA. {D3} FLO arranging family meeting about the trial; Mr {S1} may need an intermediary.
OW|HOM|MS|Outreach referral. {PHM1} {PHS1}, deckhand on the {BOAT}, was found dead in the harbour at {TOWN} on {D1}; police are treating it as murder. His crewmates say the skipper kept all their passports, they had not been paid for months and could not leave the boat. Cousin {PHM2} is asking for help with repatriation and is frightened to speak to anyone.
UW|HOM||Student Wellbeing. {F1} ({AGE_S}, 2nd year) - her flatmate {F2} was killed in {TOWN} on {D1}; a man with no connection to the flat has been charged with murder. {F1} was the one who reported her missing. Not coping, asking about bereavement support and about giving a statement. // Case log: {D2} call, agreed weekly check-ins. {D3} extension to deadlines approved.
# ---------------- death / serious injury by driving ----------------
CR|DID||CAD {CAD} {T1}hrs RTC {ST}, {TOWN}. Pedestrian IP {F1} {S1} ({AGE_O}) struck on a zebra crossing, taken to the RVI with life-changing injuries. Driver failed roadside breath test and was arrested. OIC PC {S2}, Collision Investigation Unit. Family contact via son {M1}.
SR|DID||my dad {M1} was killed on the coast road on {D1} when a lad overtook on the bend and hit him head on. the driver has been charged with causing death by dangerous driving. we need help with the inquest and all the court stuff, me mam cant face the letters // staff log {D2}: inquest opened and adjourned. family want to know about victim personal statements. {D3}: referred to bereavement counselling, FLO is Sgt {S1}. next contact after plea hearing.
UW|DID||SU Advice. {M1} ({AGE_S}) seriously injured on {D1} when a car ran a red light by the campus and hit him as he cycled through the junction; fractured pelvis, months of rehab. Driver charged with causing serious injury by careless driving. Wants help with the CPS letters and with his lecturers.
CR|DID|DA|{REF} Serious injury RTC {D1}. IP {F1} ({AGE_A}) was front passenger; partner {M1} drove at speed after an argument, IP says he does it to frighten her. Car left the road near {TOWN}, IP has spinal fractures. He is charged with causing serious injury by dangerous driving. DASH completed - high, MARAC referral made.
AC|DID||Manager at {CAREHOME} referring the daughter of a resident. Mrs {S1} ({AGE_O}) died after a van reversed at speed across the pavement on {ST} on {D1} while she was out with staff. Driver charged with causing death by careless driving. Daughter {F1} and two staff witnesses need support.
OW|DID||Outreach. Seasonal worker {ROM1} {ROS1} ({AGE_A}) was hit by a car while walking back to the caravan site on the A-road near {TOWN} on {D1}. Driver was uninsured and disqualified and has been charged. {ROM1} lost his lower leg. Speaks limited English (Romanian) - interpreter needed for all contact.
# ---------------- violence with injury ----------------
CR|VWI|DA|CAD {CAD} {D1} {T1} DA. IP {F1} ({AGE_A}) punched to the face by partner {M1} at home address in {TOWN}, swelling and cut lip; he also smashed her phone. SUSP arrested s47. DASH medium. 2 children in the property, not injured. // Case log: {D2} IP called back, staying at her mam's in {TOWN2}. Wants locks changed and help with a non-mol. {D3} SUSP remanded, court date TBC. IP asks for text contact only, no voicemails. Safety plan agreed, IDVA allocated.
CR|VWI|DA;KNIFE|^{T1}HRS {D1}. IP {M1} {S1} STABBED IN UPPER ARM WITH KITCHEN KNIFE BY HIS BROTHER {M2} DURING ROW OVER THEIR LATE FATHER'S HOUSE, {TOWN}. S18 WOUNDING. SUSP ARRESTED AT SCENE. IP TREATED AT A&E, STABLE.
CR|VWI||CAD {CAD} closing time disorder outside {PUB}, {ST}. IP {M1} ({AGE_S}) punched and kicked on the floor by 2 males, broken nose and jaw. SUSPS N/K, CCTV requested. No DA, no known link between IP and SUSPS. s20 GBH.
BM|VWI|KNIFE|Manager, {PUB}, {TOWN}: our door supervisor {M1} was slashed across the hand with a broken bottle at closing on {D1} after refusing a group entry. 8 stitches. Police ref {REF}. The team are shaken and I'm asking if there is support for the staff who saw it too.
BM|VWI||Night manager, {HOTEL}. At {LT} on {D1} a guest threw a heavy glass ashtray at our receptionist {F1} ({AGE_S}) when asked to keep the noise down - cut to her forehead, glued at A&E. Guest left before police arrived; details from the booking. Ref {REF}.
BM|VWI|HATE|Arcade manager, {ARCADE}: our cashier {SKM1} {SKS1}, who is Sikh, was punched in the face on {D1} by a customer who called him a '[racial slur]' and pulled at his turban. Bruised cheekbone. SUSP known locally; police aware ({REF}).
OW|VWI|HATE|Outreach referral. {LTM1} {LTS1} ({AGE_A}), Lithuanian, works at the fish processing plant in {TOWN}. Attacked walking home from the late shift on {D1} by three local lads shouting 'go back to your own country', kicked in the ribs - 2 cracked ribs. Reported via interpreter, {REF}.
OW|VWI|MS|Fishing outreach: {PHM1} ({AGE_A}) from the Philippines, crew on a trawler out of {TOWN}. Disclosed the skipper beat him with a fish box lid when he asked for his wages on {D1} - cut to head and bruising. Passport held by the skipper's agent; told he owes a recruitment debt of {A_M} and cannot leave until it is paid. NRM discussed. // Case log: {D2} Fishermen's Mission gave him a bed and clothes; ITF inspector told. {D3} statement taken via Tagalog interpreter. {PHM1} wants to keep fishing in the UK if he can get a proper contract.
OW|VWI|MS|{ROF1} {ROS1}, picker on a farm outside {TOWN}, lives in a tied caravan. On {D1} the gangmaster slapped her so hard her eardrum burst when she said she was ill. Workers' ID cards are held 'for safe keeping', transport to and from the fields is controlled and pay is handed over in cash minus 'rent'. Afraid of losing her place. Ref TBC.
UW|VWI||Student Wellbeing: {F1} ({AGE_S}) thinks her drink was spiked at {PUB} on {D1} - lost several hours, woke up in A&E, bloods taken. No sexual assault disclosed and she is clear nothing like that happened. Police ref {REF}, OIC TBC.
UW|VWI||SU Advice: {M1} ({AGE_S}) collapsed after a stranger bought him a drink at a bar in {TOWN} on {D1}; kept in overnight, tox screen positive for a sedative he did not take. Police ref {REF}. Nothing taken from him and no other offence disclosed.
AC|VWI|DA|Adult Safeguarding. Mrs {F1} {S1} ({AGE_O}) attended GP with bruising to both upper arms and a fractured wrist. Disclosed that her son {M1} ({AGE_A}), who lives with her and is her main carer, grabbed and twisted her arm when she refused to hand over her bank card. Police informed {D1}, {REF}.
AC|VWI||{CAREHOME}: resident Mr {S1} ({AGE_O}) was punched in the face in the lounge on {D1} by the visiting son of another resident during a row over the television; bleeding cheek and black eye. No family connection between them. Police informed at family's request ({REF}). Safeguarding meeting booked.
AC|VWI||Home care agency: Mrs {S1} ({AGE_O}) told her daughter that a paid care worker slapped her during the morning call on {D1}, leaving a cut beside her eye. The carer is not a relative. Employer has suspended the carer. {REF}.
SR|VWI|DA|our lass {F1} went for us with her nails and a hairbrush on {D1}, scratched all down me face and neck. police came and took pics. i dont want her charged i just want it to stop, weve got a bairn. shes been like this since christmas
SR|VWI|DA|My name is {F2}. Me and {F1} have been together 4 years. On {D1} she threw me against the wardrobe and I broke 2 fingers. I told the hospital I fell. Shes my girlfriend and I love her but I'm scared. Police know now, ref {REF}
SR|VWI||i was hoyed off the sea wall at {TOWN} by some lads on {D1} about {LC}, landed on the rocks and broke me ankle. didnt know any of them. police got my statement {REF}
CR|VWI|DA|{D1} {T1}. Concern for welfare turned DA. IP {F1} ({AGE_O}) found at {ST} with a head injury; says her son-in-law {M1} pushed her into the door frame when she confronted him about how he treats her daughter. s47. SUSP left prior to police arrival, circulated.
CR|VWI|DA|CAD {CAD}. IP {M1} {S1} ({AGE_O}) assaulted by grandson {M2} ({AGE_S}) who demanded money for drugs; IP pushed to floor, fractured hip. No money handed over. SUSP arrested {D1}. DA - FAMILY. HOUSING AND ASC INFORMED.
CR|VWI|DA;KNIFE|CAD {CAD} {D1}. IP {F1} ({AGE_A}) cut to palm when ex-partner {M1} came to her address with a Stanley knife and she grabbed the blade. s20. DVPN served {D2}. OIC {S1}. // Case log: {D2} DVPN served. {D3} IP spoken to, wants IDVA.
UW|VWI|DA|Welfare: {F1} ({AGE_S}) disclosed that her boyfriend, also a student here, headbutted her in her room at {HALLS} on {D1}. Broken nose confirmed at A&E. She has now reported ({REF}). Wants to move accommodation and have him moved from her seminar group. // Case log: {D2} room move done, timetable changed, no-contact directive issued by the university. {D3} she says he has been asking mutual friends where she lives now; advised to tell OIC. Exam adjustments agreed.
UW|VWI|HATE|{NGM1} ({AGE_S}), international student from Nigeria, was assaulted on {ST} near the Metro on {D1} by a man who called him racist names and punched him twice - split lip and loose tooth. Police attended, {REF}. Feels unsafe walking back to {HALLS}.
UW|VWI|HATE|SU LGBT+ officer referral. {M1} ({AGE_S}) and his boyfriend were attacked leaving a bar in {TOWN} on {D1} after holding hands; the man shouted homophobic abuse and punched {M1}, who has a fractured cheekbone. {REF}.
CR|VWI||^ABH. IP {F1} ({AGE_A}) bitten on the forearm by female SUSP during an argument in the queue at the taxi rank in {TOWN}, {LT} {D1}. Skin broken. SUSP {F2} {S1} arrested. No relationship between the parties - strangers.
CR|VWI|KNIFE|CAD {CAD} {T1}. Robbery? No - IP {M1} ({AGE_A}) stabbed in the thigh on {ST} by a male he owed money to; nothing taken. s18. IP refusing to give SUSP details. Taken to JCUH.
BM|VWI||{PUB} licensee. On {D1} at {LC} a customer who had been refused service threw a bar stool at our barmaid {F1}, hitting her shoulder - fractured collarbone. Regulars held him until police arrived. Ref {REF}. She's {AGE_S} and it was only her second week.
BM|VWI||Holiday park manager, {TOWN}: member of staff {M1} assaulted by a guest on {D1} when asked to turn music down after {LT}; punched twice, burst lip and black eye. Guest evicted from site, police ref {REF}. Staff member asking about compensation.
SR|VWI|DA|my sister {F1} battered us at me mams on {D1} cos i told her fella what shed been saying. pulled my hair out in clumps and i had a black eye. shes {AGE_A}. police said its a domestic because were family. ref {REF}
SR|VWI||got jumped at the bus stop on {ST} {TOWN} after work, {D1}, teeth knocked out, they didnt take owt just kicked us. no idea why. {REF}
AC|VWI|DA|Social worker referral. Mr {S1} ({AGE_O}) has advanced Parkinson's; his wife of 50 years, {F1}, is his carer and has been pinching and hitting him when frustrated. District nurse found bruising and a skin tear on {D1}. Police aware, {REF}. Mrs {S1} is herself struggling; carer's assessment requested. // Case log: {D2} joint visit with social worker. Mrs {S1} tearful, exhausted and sorry. Sitting service and respite arranged; Mr {S1} clear he wants to stay with her. {D3} no further marks found.
OW|VWI||Fish quay outreach: {PLM1} ({AGE_A}), Polish, injured on {D1} when another crew member punched him on deck during a dispute about shares - fractured eye socket. Both men are self-employed share fishermen. No concerns about pay or control; {PLM1} says 'it was just a fight'.
OW|VWI|KNIFE|Seasonal worker {WM1} ({AGE_A}) living in the caravans on the farm at {TOWN}. Another worker cut him across the forearm with a fruit-picking knife on {D1} after an argument over a card game - 12 stitches. They share a caravan but are not related. Police ref {REF}.
CR|VWI||Emergency worker assault. Paramedic {F1} ({AGE_A}) punched in the mouth by a patient in the back of the ambulance on {ST}, {TOWN}, {D1} {T1}; split lip, loose tooth. SUSP arrested, charged assault emergency worker.
CR|VWI|DA|IP {M1} {S1} ({AGE_A}) states husband {M2} threw a mug at him in the kitchen on {D1}, causing a head wound needing stitches. Married 2019. First reported incident. DASH standard. SUSP interviewed, released on bail.
CR|VWI|DA|{D1} {T1} CAD {CAD}. IP {F1} ({AGE_A}) and {M1} separated 6 weeks ago. {M1} came round to collect belongings, grabbed IP by the throat against the wall, red marks visible to neck. IP fearful. SUSP arrested ABH / non-fatal strangulation. // Case log: {D2} SUSP charged and remanded; IP supporting prosecution. {D3} IDVA visit - IP sleeping badly, wants to move. Housing application started, sanctuary scheme referral made.
SR|VWI|DA;HBA|my dad and my uncles hit me with a belt after they found out about my boyfriend, they said i brought shame on the family. i have marks all down my back. i am {AGE_S}. they want me to marry my cousin back home. i am staying with a friend in {TOWN} now please help
UW|VWI|DA|Welfare: {F1} ({AGE_S}) disclosed that her stepdad hit her with a belt when she went home for the weekend on {D1}; welts photographed by the campus nurse. She has reported it ({REF}) and will not be going home over summer.
CR|VWI||{D1} {T1} fight on the prom at {TOWN}. IP {M1} ({AGE_T}) hit over the head with a bottle (did not break) by an older youth, head wound glued at UTC. Mother {F1} present for interview. SUSP identified from a Snapchat video of it and arrested.
CR|VWI||Child victim. IP {M1} ({AGE_C}) pushed off his bike by a group of older boys at the skate park in {TOWN} on {D1} - broken wrist. Bike not taken. Parents {F1} and {M2} {S1} want support for him. {REF}.
AC|VWI|HATE|Supported living, {TOWN}: tenant {M1} ({AGE_A}), who has a learning disability, was hit round the head with a pool cue in {PUB} on {D1} by a man who has mocked him about his disability for weeks. Head wound glued. Staff believe he was targeted because he is disabled. {REF}.
SR|VWI||I was assaulted by a bouncer at {PUB} on {D1}, he dragged me out and slammed my head on the pavement, cut head and concussion. I was not fighting anyone. Police say they will look at the CCTV ({REF}).
CR|VWI|DA|CAD {CAD}. IP {F1} ({AGE_O}) and daughter {F2} ({AGE_A}) - daughter lives with IP, alcohol issues. On {D1} daughter pushed IP, who fell and cut her head on the fireplace. Ambulance attended. Daughter remorseful. DASH std. Referral to DA service and ASC.
UW|VWI|DA|Student welfare (postgrad): {F1} ({AGE_A}) says her husband, here on a dependant visa, controls her stipend and on {D1} punched her in the stomach. Bruising seen by the nurse. Police called by her flatmate, {REF}. Worried about visa implications.
CR|VWI||s18 GBH. {D1} {T1} IP {M1} ({AGE_A}) attacked with a hammer in the {ST} car park by two masked males - multiple head injuries, ITU at the RVI. IP believed to be involved in drug supply himself, uncooperative. OIC DS {S1}.
# ---------------- violence without injury ----------------
CR|VWOI|DA|CAD {CAD} {D1} DA. IP {F1} ({AGE_A}) pushed by husband {M1}, no injuries. DASH med. SUSP arrested.
CR|VWOI|DA|Threats to kill. IP {M1} ({AGE_O}) states son {M2} ({AGE_A}) told him on the phone he would 'finish him off' if he did not sign the house over. IP believes he means it. SUSP not at his address, whereabouts N/K. DVPN being considered. {D1}.
CR|VWOI|KNIFE|^CAD {CAD} {LT}HRS {D1}. IP {M1} ({AGE_A}) THREATENED BY MALE BRANDISHING LARGE KITCHEN KNIFE OUTSIDE {PUB}. SUSP SAID "I'LL CUT YOU" THEN WALKED OFF. NO INJURIES. ARV ATTENDED, SUSP DETAINED, KNIFE RECOVERED.
SR|VWOI|DA;KNIFE|my ex {M1} come round on {D1} and held a knife up at me in the kitchen saying if i went to the polcie hed do us. he never touched me. i did ring them ({REF}) and they arrested him. i cant sleep
SR|VWOI||lad spat at us on the bus {D1} cos i asked him to move his feet. ref {REF}
SR|VWOI|HATE|some woman pulled my hijab off in the queue at the chemist in {TOWN} on {D1} and said go home you terrorist. no injuries but i am shaking still. my son reported it online for me, ref {REF}
OW|VWOI|MS|Seasonal agriculture outreach. {ROM1} and {ROM2}, both Romanian, recruited by an agent who charged them {A_M} each. Working 14-hour days at a packhouse near {TOWN}, housed 8 to a caravan, passports taken on arrival, told they owe rent and transport and cannot leave. No physical injuries. First responder NRM referral completed {D1}. // Case log: {D2} both men moved to a safe house, Romanian interpreter used for all calls. {D3} positive reasonable grounds decision. They want to go home but are owed wages; referred for legal advice on compensation.
OW|VWOI|MS|Fishing outreach. Crew member {GHM1} {GHS1} from Ghana has not been paid in 5 months, lives on the boat, is not allowed ashore without the skipper, and was told he'd be reported to immigration if he complained. Documents held by the skipper. Referred to police MS unit and NRM on {D1}.
OW|VWOI|MS|Care worker {PHF1} ({AGE_A}) on a sponsored visa at a home in {TOWN}: employer says she must repay {A_M} 'training costs' if she leaves, deducts rent for a shared room above the home, makes her work 70+ hours with unpaid overtime and threatens to have her deported. Employer holds her passport. Outreach referral {D1}.
OW|VWOI|MS|Police referral via outreach. {VNM1}, who says he is {AGE_T}, was found locked inside a house in {TOWN} tending a cannabis grow on {D1}. Says he was brought to the UK in a lorry and owes a debt to the men who brought him. Treated as a potential trafficking victim, NRM submitted, age assessment pending.
AC|VWOI||Adult Safeguarding - concerns at {CAREHOME}. Night carer seen by a colleague leaving resident Mrs {S1} ({AGE_O}) in soiled bedding and taking away her call bell for hours on {D1}, saying 'she's attention seeking'. No injury found. Police informed (ill-treatment / wilful neglect by care worker), {REF}.
AC|VWOI|DA|Mrs {S1} ({AGE_O}), dementia, lives with daughter {F1} who receives Carer's Allowance for looking after her. District nurse found her unwashed, dehydrated and locked in her bedroom with no food in the house on {D1}. Daughter says she can't cope. No injuries recorded. Police and ASC strategy meeting, {REF}. // Case log: {D2} Mrs {S1} moved to respite at {CAREHOME}, eating and drinking well. Daughter attended strategy meeting and accepted carer support. {D3} best interests meeting: not returning home for now.
AC|VWOI||Home care agency manager: client Mr {S1} ({AGE_O}) says a carer shoved him back into his chair and told him to 'shut up and sit' on {D1}. No marks. Carer suspended. Mr {S1} has capacity and wants police involvement, {REF}.
CR|VWOI||{D1} {T1} CAD {CAD}. Child neglect. Officers attended {ST}, {TOWN}: 3 children aged {AGE_C} and under left alone overnight, no food, house in squalor. Mother {F1} located at {PUB}. Children placed with grandparents. Child cruelty/neglect crime recorded.
CR|VWOI||Crime type: Unknown. IP {F1} ({AGE_C}) approached outside school in {TOWN} by an unknown male who tried to pull her into his car; she broke free and ran. No other contact. CAD {CAD} {D1}. Parents {F2} and {M1} want support for her.
CR|VWOI|DA|CAD {CAD}. Father {M1} failed to return child ({AGE_C}) after a contact weekend and took her to Scotland against a court order; mother {F1} is the IP. Child returned {D2} unharmed. Child abduction recorded. IP says he has always used the children to control her since she left; DVPO expired in March.
UW|VWOI||SU Advice: {F1} ({AGE_S}) was grabbed by the arm and shoved against a wall by a stranger on the walk back to {HALLS} on {D1}; he ran off. No injury, nothing taken, nothing sexual said or done. Reported {REF}. Anxious at night. Mentioned, unrelated, that a friend from home was forced to marry years ago.
UW|VWOI|DA|{M1} ({AGE_S}) says his girlfriend {F1} slaps him during arguments and on {D1} threw a drink over him and shoved him in front of friends. No injuries. He is embarrassed and does not want police; advised of options. DASH std completed by welfare officer.
BM|VWOI||Duty manager, {HOTEL}: a guest grabbed our housekeeper {F1} by the wrist and would not let go when she went in to service his room on {D1}. She pulled free, no marks. Nothing sexual was said; she says he was drunk and angry about checkout time. Police {REF}.
BM|VWOI||Arcade manager, {ARCADE}: at {T1} on {D1} a man threw his drink over our cashier {F1} and tried to headbutt her through the kiosk window but missed. Police were on scene within minutes. She is ok physically. Ref {REF}.
BM|VWOI|KNIFE|{PUB}, {TOWN}. At closing on {D1} a male refused to leave, pulled a blade from his pocket and waved it at the barman {M1}, saying he'd 'open him up'. Barman backed off behind the bar, not hurt. Male left, police attended, {REF}.
CR|VWOI||Threats to kill. IP {M1} ({AGE_A}) received voicemail from former business partner saying 'you're a dead man' and that he knows where IP's kids go to school. No weapon mentioned. Phone calls only. SUSP {M2} {S1}. CAD {CAD} {D1}.
CR|VWOI|HATE|Assault on emergency worker. Paramedic {F1} ({AGE_A}) spat at and called a 'black [expletive]' by a patient in the back of the ambulance on {ST}, {D1}. No injury. SUSP arrested, racially aggravated.
SR|VWOI|DA|me and {F1} split up in march, we were together 3 year. she keeps turning up and on {D1} she slapped us across the face in front of me mates outside the co-op. no marks. i didnt hit her back. police ref {REF}
SR|VWOI|DA;HBA|My brothers say if i dont come home and marry the man they picked they will kill me. They said it on the phone on {D1} and again outside my work. I believe them. My family says I have shamed them. I am {AGE_A}. Police have given a ref {REF}.
UW|VWOI|DA;HBA|Student welfare: {F1} ({AGE_S}) disclosed her parents plan to take her abroad this summer to be married; she found tickets booked in her name. On {D1} her father told her that if she refuses 'he will kill her before she shames them'. Forced Marriage Unit informed, police {REF}. She has not consented.
CR|VWOI|MS|CAD {CAD} {D1}. Welfare check at a hand car wash on {ST}, {TOWN}: 4 males sleeping in a storage container on site, no pay, ID documents held by the boss, one says he cannot leave. Treated as forced labour, MS unit notified.
OW|VWOI||Outreach: {LVM1} ({AGE_A}) was shoved and threatened by his supervisor at the packing shed on {D1} after complaining about unpaid overtime. No injury. He has his own passport, rents privately, is free to leave and has already found another job; no trafficking indicators. Wants to report the assault.
CR|VWOI|DA|IP {F1} ({AGE_T}) pushed against a wall and held by the arms by her boyfriend {M1} ({AGE_S}) outside college in {TOWN} on {D1}. No injuries. DASH (young person) completed. Parents informed with IP's consent. SUSP voluntary interview {D2}.
SR|VWOI||a man on the metro at {MT} on {D1} kept pushing his elbow into me and then shoved me into the door when i asked him to stop. theres cctv on the train. i am {AGE_O}
CR|VWOI|KNIFE|{D1} {T1}. IP {M1} ({AGE_T}) chased through the park in {TOWN} by a group; one had a machete in his hand and shouted he'd 'do him'. IP got away uninjured. Group known to IP from school. OIC TBC.
SR|VWOI|DA|My wife {F1} keeps saying she will kill me if i leave, on {D1} she said she would put a pillow over my face while i slept. I dont know if she means it but I am frightened, i have been sleeping at my mams. ref {REF}
AC|VWOI|DA|ASC referral: Mr {S1} ({AGE_O}) lives with his nephew {M1}, who shouts at him and has pushed him over twice (no injuries found when checked on {D1}) and keeps hold of his pension card. Mr {S1} asks that 'the lad' is not arrested. Police aware {REF}.
CR|VWOI||Crime type: Other. IP {F1} ({AGE_Y}) slapped across the face at school in {TOWN} on {D1} by a boy in her year ({AGE_Y2}) she had been 'seeing'. No injury. School and parents aware. SUSP spoken to with appropriate adult.
OW|VWOI||Outreach: {WF1} ({AGE_A}) was grabbed and pushed over by a drunk man in the caravan park laundry block on {D1}; no injury. He is not her employer or housemate. No exploitation concerns raised - she is happy in her job. Police {REF}.
UW|VWOI|DA;HATE|{M1} ({AGE_S}) says his dad shoved him into the hallway wall and threatened to throw him out when he came out as gay at home on {D1}; no injury. {M1} is now staying with friends in {TOWN}. Welfare team supporting, police not yet involved.
CR|VWOI|DA|IP {F1} ({AGE_A}) states {F2} grabbed her by the hair and dragged her out of the car at the family barbecue on {D1}; no injury. Long-running dispute. For info: IP is married to SUSP's brother. DASH std.
SR|VWOI||hi i need help my son {M1} is {AGE_C} and a man at the beach slapped him round the head on {D1} for kicking a ball near his car. no mark but hes upset and wont go out. we reported it {REF}
# ---------------- stalking and harassment ----------------
CR|SH|DA;ONL|CAD {CAD}. IP {F1} ({AGE_A}) reporting ex-partner {M1} sending 40+ WhatsApp messages a day since they split in March, calling her names, and turning up at her work in {TOWN}. Latest {D1}. DASH high. MARAC referral. Harassment crime raised. // Case log: {D2} MARAC actions: IDVA, police marker on address, housing move request. {D3} IP says messages stopped since SUSP bailed with conditions. Anxious about court; witness service referral.
CR|SH|DA|Stalking. IP {F1} ({AGE_A}). Ex {M1} seen outside her address on {ST} on 6 occasions since {D1}, following her to the Metro, leaving flowers and notes on her car. IP very fearful, has changed her routine. DASH high, MARAC {D2}. // Case log: {D3} IP reports two more sightings, passed to OIC. Panic alarm fitted. Her daughter ({AGE_C}) now collected from school by grandparents. OIC considering a stalking protection order.
SR|SH|DA|he checks my phone every night and wont let me see me mam or me friends. he takes my wages and gives me {A_S} a week for the bairns. if i go out he follows in his van. im not allowed to wear what i want. we've been married 9 year. it got worse after {D1} // worker note {D2}: spoke on safe number while he was at work. DASH high. She doesnt want police yet. MARAC and IDVA referrals made with consent, refuge discussed - she wants to stay for the bairns for now. Code word agreed. {D3} text check-in ok.
SR|SH|DA;ONL|my ex girlfriend {F1} has made fake instagram accounts of me and is messageing my family saying im a cheat and worse. i blocked her on everything and she makes new ones. since {D1} its been every day. police ref {REF}
UW|SH|ONL|SU Welfare: {F1} ({AGE_S}) has been receiving abusive anonymous messages on Instagram and Snapchat since {D1} - comments about her body and about where she lives in {HALLS}. Thinks it is someone on her course. Screenshots kept. {REF}.
UW|SH|ONL;HATE|{M1} ({AGE_S}), Muslim, targeted in a course group chat on WhatsApp with repeated anti-Muslim 'jokes' and memes after he complained; one member posted his address. Since {D1}. University disciplinary opened, police ref {REF}. // Case log: {D2} met {M1}, skipping seminars and not eating properly. Disciplinary panel date set. {D3} police took his statement; chat members identified. Referred to counselling and the faith advisor at his request.
UW|SH|DA;ONL;HBA|{F1} ({AGE_S}) says her two older brothers track her through a family location app and message her all day on WhatsApp demanding to know who she is with, saying she is dishonouring the family by living with her boyfriend. They have said they will 'bring her home'. Since {D1}. DASH and HBA checklist completed.
UW|SH|DA|{F1} ({AGE_S}) ended a relationship with another student, {M1}, in March. Since then he has waited outside her lectures, sat near her in the library and turned up at her part-time job in {TOWN}. No messages - she blocked him. Security informed {D1}. Police ref {REF}.
AC|SH|DA|Daughter {F1} reports her father, resident Mr {S1} ({AGE_O}) at {CAREHOME}, is being phoned 20-30 times a day by his son {M1} demanding he change his will, shouting and swearing. Staff now screening calls. Started {D1}. Police ref {REF}.
AC|SH||Resident Mrs {S1} ({AGE_O}) receiving repeated letters and phone calls from a former neighbour who accuses her of stealing his cat; staff have intercepted 11 letters since {D1}. He is not related to her. Mrs {S1} distressed. {REF}.
CR|SH|DA|CAD {CAD} {D1}. IP {M1} ({AGE_A}) states ex-wife {F1} repeatedly attends his new address and contacts his employer making false allegations about him. No violence. Harassment recorded. DASH std.
CR|SH|DA|Controlling/coercive behaviour. IP {F1} ({AGE_A}); partner {F2} ({AGE_A2}), cohabiting in {TOWN}. IP disclosed {F2} controls all the finances, checks where she is, stops her seeing her family and threatens to tell them lies about her. Disclosed {D1}. DASH high. MARAC ref.
SR|SH|DA|our {M1} (me grandson, hes {AGE_S}) keeps coming to the door at all hours banging and shouting for money. i gave him {A_S} last week to get rid. hes stole nowt but im frightened to answer the door. i am {AGE_O}. this has been going on since {D1}
SR|SH|ONL|a lad i went on one coffee date with off hinge wont leave me alone, we were never in a relationship. he found me on facebook, messages my mates and sent a parcel to my work in {TOWN}. i told him to stop on {D1}. ref {REF}
SR|SH||neighbour keeps banging on the wall and shouting threats through the letterbox, filming me when i go out. shes done it every day since {D1}. ive got cctv. she's got a history of domestic with her own fella apparently but thats nowt to do with me. police said harassment ref {REF}
SR|SH|HATE|since we moved in on {ST} the family over the road shout 'p*ki' at me kids and the lads sit on our wall every night and spit at the window. its been weeks now, worst on {D1}. i have reported it {REF}
BM|SH|ONL|General manager, {HOTEL}. A former employee has been posting fake reviews and abusive posts about our reception staff by name on Facebook and TripAdvisor since {D1}, and rings the front desk to abuse them. Staff named: {F1}, {M1}. Police ref {REF}.
BM|SH||{ARCADE}: a regular customer has been waiting outside for our cashier {F1} ({AGE_S}) at the end of her shifts, walking behind her to the bus stop and leaving notes at the kiosk. She has never had any relationship with him. Since {D1}. We have banned him. {REF}.
OW|SH|HATE;ONL|Outreach. Polish workers at the processing plant in {TOWN} are being targeted in a local Facebook group: photos of their shared house posted with comments to 'burn them out' and the address shared. {PLM1} ({AGE_A}) named. Since {D1}. Ref {REF}.
OW|SH|DA|Outreach: {BGF1} ({AGE_A}), seasonal worker; her husband works on the same farm. He takes her bank card, decides when she can speak to her family in Bulgaria and follows her to the shop. She says he has not hit her. Disclosed {D1} via interpreter. DASH completed - medium. // Case log: {D2} met with interpreter at the library (he thinks she is at English class). {D3} she wants her own bank account and to know her rights if she leaves; referred to IDVA and the migrant advice project.
CR|SH|DA|Stalking. IP {M1} ({AGE_A}). Ex-partner {M2} ({AGE_A2}) has turned up at his gym, his mum's house and his work in {TOWN} since they split on {D1}. Sent flowers with a card saying 'always watching'. IP scared. DASH high.
CR|SH|ONL|Malicious communications. IP {F1} ({AGE_A}) receiving abusive emails from an unknown sender since {D1}, referring to her children's school. 14 emails so far. Digital forensic request submitted. No known relationship to any SUSP.
CR|SH||IP {M1} ({AGE_O}) 30+ silent/abusive calls from withheld no. since {D1}. Phone only, no online element.
CR|SH|DA|IP {F1} ({AGE_A}). SUSP {M1} is the father of her children; not together since 2023. Since {D1} he sends repeated text messages (SMS) calling her names and threatening to take the kids. IP has kept 200+ texts. Harassment.
UW|SH|DA;ONL|{F1} ({AGE_S}) says her girlfriend {F2} reads her messages, demands live location on Snapchat at all times and posts about her on Instagram if she doesn't reply within minutes. Welfare officer completed DASH (medium) on {D1}.
UW|SH|ONL|SU: {M1} ({AGE_S}) is being harassed on Discord by a member of a gaming society after a falling out - threats to 'dox' him, and his home address was posted in the server on {D1}. No relationship between them. Reported {REF}.
SR|SH|DA;ONL|my husband left in march and now he's set up a facebook page calling me a drunk and a bad mother and shares it round the village. he also sends me voice notes on whatsapp at 3am. i have a non mol hearing on {D2}. ref {REF}
SR|SH|DA|Me brother in law wont leave us alone since me husband died. rings me constantly, comes to the house and says the house is his brothers and i have to get out. he shouts at us in the street. on {D1} he followed me round asda
AC|SH|DA;ONL|Mrs {F1} {S1} ({AGE_O}), at home with a care package. Her estranged son posts abusive comments about her on her Facebook and messages her on Messenger demanding money, since {D1}. Carer noticed she has stopped eating. She has blocked him twice. {REF}.
CR|SH|DA|Coercive control. IP {M1} ({AGE_A}) disclosed wife {F1} has controlled all money for 3 yrs, takes his phone, stops him seeing his children from a previous relationship and humiliates him in front of others. Disclosed {D1} to GP, who called police. DASH med.
BM|SH||Manager, {PUB}. Since I refused a lad a job in March he has phoned the pub 50 times, follows me home from the quayside and parks outside my flat. No threats but I'm scared. Latest {D1}. {REF}.
OW|SH|HATE|{ROM1} {ROS1} ({AGE_A}), Romanian, in private rented in {TOWN}. Neighbour's teenage sons have repeatedly thrown eggs at his door, shouted 'gypo' and 'thief' at him and filmed him, over 6 weeks since {D1}. No damage beyond mess. Reported {REF}.
SR|SH|ONL|some account keeps DMing me on insta with pictures of my house and car saying they know where i live. i dont no who it is. started {D1}. i am {AGE_S} and live on my own. reported to police ref {REF}
CR|SH|DA|{D1}. IP {F1} ({AGE_O}) reports ex-husband {M1} ({AGE_O2}), divorced 20 years, has started driving past her bungalow daily and leaving notes since his release from prison. IP scared. Stalking crime raised. Restraining order to be sought.
UW|SH||Welfare: PhD student {F1} ({AGE_A}) followed repeatedly by a man from the campus gym; he has learnt her routine and appears at the library, the bus stop and her lab. No relationship. Campus security logged 5 incidents since {D1}.
CR|SH|ONL|Harassment. IP {M1} ({AGE_A}) targeted on X and Facebook after a video of him arguing with a parking attendant went viral; abusive messages daily and his business address posted. Since {D1}. No known SUSP. IP has not been approached in person.
SR|SH|DA;HBA|my husbands family check where i go and who i talk to, my mother in law takes my phone and says i shame them if i speak to men at work. they will not let me go to college. i am {AGE_A}. it has been like this since i came here, worse since {D1}
SR|SH||keep getting texts off a number i dont know calling me a grass. just texts and calls, since {D1}
# ---------------- sexual offences ----------------
UW|SEX||Student welfare: {F1} ({AGE_S}) disclosed she was raped by a man she met on a night out in {TOWN} on {D1}; she went back to his flat. She has been to the SARC and evidence was taken. Not yet decided about a police report; SARC ref {REF}. ISVA referral requested. // Case log: {D2} met {F1} with ISVA, agreed she can decide about police later. Exam extenuating circumstances submitted. {D3} she has decided to report; video interview booked. Counselling waiting list 6 weeks - interim support offered.
UW|SEX|CSA|{F1} is a first-year student aged {AGE_T} (turns 18 in September). Sexually assaulted at a freshers' event on {D1} by an older student who groped her in a corridor. Reported to police {REF}. Parents informed with her consent.
UW|SEX||Spiking and sexual assault: {F1} ({AGE_S}) believes her drink was spiked at {PUB} on {D1}; she woke in a stranger's flat with injuries consistent with sexual assault. Police and SARC involved, {REF}.
UW|SEX|DA;ONL|{F1} ({AGE_S}) found intimate images of herself posted on a porn website by her ex-boyfriend {M1} after she ended the relationship on {D1}; he had taken them while they were together. Sites contacted for takedown. Police ref {REF}.
UW|SEX|ONL|{M1} ({AGE_S}) keeps receiving unsolicited explicit photos on Snapchat from an adult stranger who added him via quick add, even after he blocked one account. Since {D1}. Reported {REF}.
CR|SEX||Exposure. {D1} {T1}. IP {F1} ({AGE_A}) walking her dog on the beach at {TOWN}; male exposed himself from the dunes and masturbated. SUSP made off towards the car park. Descr: white male 50s, blue cagoule.
CR|SEX|CSA|Exposure to children. Two girls aged {AGE_Y} in the promenade shelter at {TOWN} on {D1}; a male exposed himself to them. Parents {F1} {S1} and {F2} {S2} attended the station. SUSP identified via CCTV.
BM|SEX||{HOTEL}: a guest, {F1} ({AGE_A}), found a hidden camera in the bathroom smoke detector of her room on {D1}. We believe a former maintenance contractor fitted it. Police have seized it ({REF}). Other guests may be affected.
BM|SEX||{PUB}: barmaid {F1} ({AGE_S}) repeatedly groped on her bottom by a customer during a busy shift on {D1}; she told him to stop and he did it again. CCTV shows it. Customer banned, police {REF}.
SR|SEX|DA|my husband forces himself on me when hes had a drink and says its his right. i say no every time. last time was {D1}. i have never told anyone. we have been married 12 year. im scared of what happens if i tell the police // worker note {D2}: spoke on a safe number, she doesnt want police yet. DASH high. ISVA and IDVA referrals with consent, GP aware. {D3}: she has told her sister. safety plan in place.
SR|SEX|CSA|when i was {AGE_C} my uncle abused me at my nanas house for years, i am {AGE_A} now and i reported it to the police this month. they took a video statement on {D1}. i need someone to talk to
SR|SEX|CSA;ONL|me daughter is {AGE_Y} and a man on roblox got her onto snapchat and got her to send pictures. shes told us now and we rang the police on {D1}. i feel sick. ref {REF}
CR|SEX|CSA|CSE concern. IP {F1} ({AGE_T}) repeatedly missing from home in {TOWN}; found on {D1} in the flat of a male ({AGE_A}) with alcohol and drugs. Disclosed sexual activity with him and his friends in exchange for vodka and lifts. Strategy meeting {D2}. // Case log: {D3} missing again overnight, found in {TOWN2}. Not engaging with police yet. Young people's ISVA allocated; her trusted adult is her youth worker. Safety plan agreed with mum and school.
CR|SEX|CSA;ONL|IP {M1} ({AGE_Y}) groomed on Instagram by an adult male posing as a girl; sent images after being pressured, then was told to pay {A_S} or they would be shared. Parents reported {D1}. OIC: online CSE team.
OW|SEX|MS|Outreach. {ROF1} ({AGE_A}) was recruited in Romania with the promise of hotel work in {TOWN}; on arrival she was made to sell sex from a flat on {ST}, her ID was taken and she was told she owes {A_L}. Escaped on {D1} and came to the drop-in. NRM referral made, police MS team contacted.
OW|SEX||Outreach: {WF1} ({AGE_A}), fruit picker, sexually assaulted by the farm supervisor in the packhouse on {D1} - he touched her breasts and tried to kiss her. She has her own passport and is free to leave but fears losing her job. No forced labour indicators identified.
AC|SEX||{CAREHOME}: staff member saw a male visitor touching female resident Mrs {S1} ({AGE_O}), who lacks capacity, under her nightdress on {D1}. The visitor is not related to her - he visits another resident. Police attended, {REF}.
AC|SEX|DA|Adult safeguarding: Mrs {S1} ({AGE_O}) lives at home with her husband. She has advanced dementia and told carers he 'makes her do things in bed' and she cries. Carers noticed bruising to her inner thighs on {D1}. Police informed {REF}.
SR|SEX||i was at a house party in {TOWN} on {D1} and woke up with a lad on top of me, i dont know him. i went to the hospital after. i am {AGE_S}. i dont want the police yet but i want help
SR|SEX|DA|my ex {M1} raped me on {D1} when he came to pick up the kids. we split up last year. i reported it and they arrested him but he is out on bail now and lives 2 streets away
CR|SEX||Sexual assault on bus. IP {F1} ({AGE_A}) touched between the legs by a male passenger between {TOWN} and {TOWN2}, {T1} {D1}. SUSP got off at the next stop. CCTV requested from the operator.
UW|SEX|CSA|Welfare - residential summer school for sixth formers on campus: participant {F1} ({AGE_T}) disclosed that a student ambassador ({AGE_S}) kissed and touched her in a stairwell on {D1}. Ambassador suspended; police and LADO informed, {REF}.
SR|SEX|ONL|lad i met on tinder sent me a video of himself doing stuff after i said no, then kept sending more. i am {AGE_S}. i have screenshots from {D1}. is this even a crime
CR|SEX|CSA|Non-recent. IP {M1} ({AGE_A}) reports he was sexually abused by a football coach in {TOWN} when he was {AGE_C}. Coach still involved in youth sport. Video interview {D1}. OIC DC {S1}.
CR|SEX||Voyeurism. IP {F1} ({AGE_S}) noticed a male holding a phone under the cubicle partition in the ladies' toilets at {ARCADE} on {D1}. SUSP detained by staff. Phone seized.
BM|SEX|CSA|{ARCADE} manager: a man was seen taking photos up the skirts of girls aged about {AGE_Y} at the 2p machines on {D1}. Staff challenged him and he ran. CCTV to police ({REF}). Parents of one girl have been in touch.
CR|SEX|DA|Rape. IP {M1} ({AGE_A}) disclosed his male partner {M2} has forced sex on him on several occasions, most recently {D1}, and controls his medication. DASH high, MARAC. ISVA referral.
UW|SEX||SU: {F1} ({AGE_S}) was sexually assaulted by a taxi driver on the way home to {HALLS} on {D1} - he touched her thigh and chest and would not unlock the doors. She got the plate number. Reported {REF}. Licensing informed.
SR|SEX|CSA|my son is {AGE_T} and his football coach has been texting him at night and he touched him in the changing rooms after training on {D1}. he only told me yesterday. ref {REF}
CR|SEX||Attempted rape. IP {F1} ({AGE_A}) grabbed from behind walking home through the dene in {TOWN}, {T1} {D1}, pulled to the ground; SUSP tried to remove her clothing, she fought him off. He grabbed her phone and ran. Scratches to face and knees. SUSP N/K.
# ---------------- robbery ----------------
CR|ROB|KNIFE|{D1} {T1}. IP {M1} ({AGE_S}) on {ST}: 2 males, one produced a knife and demanded his phone and wallet. Phone taken, IP unhurt. SUSPS made off on an e-scooter. CAD {CAD}. // Case log: {D2} IP's mum rang - he has not left the house since and missed exams at college. {D3} OIC update: SUSP charged and remanded. Referred to young victims' service and college support.
CR|ROB||Crime type: blank. IP {F1} ({AGE_O}) pushed to the ground and her handbag wrenched from her arm outside the post office in {TOWN}, {D1}. Grazed elbows and hip pain. {A_S} cash and bank cards taken.
BM|ROB|KNIFE|{ARCADE}: change kiosk robbed at {T1} on {D1}. Male in a balaclava showed a knife and demanded cash; cashier {F1} handed over approx {A_M}. No injuries. {REF}.
BM|ROB||{HOTEL}: night porter {M1} was threatened by two men who said they had a gun (none seen) and made him open the safe; {A_M} taken, {D1} around {LT}. He is very shaken. {REF}.
UW|ROB||{M1} ({AGE_S}) was walking back from {PUB} on {D1} when three males surrounded him, punched him and took his phone and AirPods. Bruising to face. Reported {REF}.
UW|ROB|ONL|{M1} ({AGE_S}) arranged through Facebook Marketplace to sell his PS5; when he met the 'buyer' in {TOWN} on {D1}, two men grabbed it, pushed him over and drove off. Police {REF}.
SR|ROB|DA|my son {M1} is {AGE_A} and he pinned me against the fridge and took my purse out my hand for drug money on {D1}. i had bruises on my arm. its not the first time. i dont want him locked up
SR|ROB||two lads on bikes rode up on {ST} and grabbed me phone out me hand and when i held on they punched us in the face till i let go. {D1}. ref {REF}
CR|ROB|KNIFE|{D1} {T1} CAD {CAD}. IP {M1} ({AGE_T}) robbed of his bike and phone in the park at {TOWN} by 4 youths; one had a knife in his hand and said 'give us it or you're getting shanked'. IP unhurt. Bike recovered later.
OW|ROB||Outreach: {LVM1} ({AGE_A}), Latvian, robbed of his wages ({A_M} cash) outside the caravan park on payday, {D1}, by two men who knew when workers get paid; kicked, bruised ribs. Police ref {REF}. No exploitation concerns about the employer.
AC|ROB||Mr {S1} ({AGE_O}) was followed home from the bank on {D1} by a man who forced his way past him at the door and wrenched an envelope with {A_M} from his hand, knocking him over. Minor graze. {REF}.
BM|ROB||{PUB}: at closing on {D1} our bar manager {M1} was cashing up when a man came in, punched him and took the till drawer with approx {A_M}. Cut eyebrow. {REF}.
CR|ROB||Business robbery. {D1} {T1} male entered the convenience store on {ST}, {TOWN}, shoved shop assistant {F1} ({AGE_S}) aside and took cigarettes and {A_S} from the till. IP fell, bruised. SUSP N/K.
UW|ROB|KNIFE|{F1} ({AGE_S}) had her bag pulled from her shoulder near {HALLS} on {D1}; when she held on, the man showed a small blade and she let go. Unhurt. Laptop with her dissertation inside. {REF}.
# ---------------- burglary ----------------
CR|BUR||Rear door forced at address on {ST}, {TOWN}, between {LT1} and {LT2} on the night of {D1} while IP {F1} ({AGE_O}) asleep upstairs; handbag, car keys and jewellery taken. Car left on drive. CSI attended. // Case log: {D2} spoke to IP's son as IP is hard of hearing. Locks changed by landlord, doorbell camera fitted by family. {D3} IP does not want to stay alone; daughter looking at sheltered housing. Crime prevention visit requested.
CR|BUR||Static caravan at a holiday park in {TOWN} broken into on {D1}; owner IP {M1} ({AGE_A}) reports TV, fishing gear and {A_S} cash taken. Window smashed to get in.
BM|BUR||{PUB}: break-in overnight {D1}, rear fire door jemmied, fruit machines emptied (approx {A_M}) and spirits taken. Alarm went off at {LT}, police attended. {REF}.
BM|BUR||{ARCADE}: storeroom entered through the roof skylight overnight on {D1}; prize stock (electronics) worth {A_M} taken and the CCTV recorder smashed. {REF}. Insurers need the crime number.
UW|BUR||SU: break-in at a student house on {ST}, {TOWN} on {D1}; three laptops and a games console taken while the tenants were out. One tenant, {F1} ({AGE_S}), lost her dissertation drafts. Landlord says the lock was faulty. Ref {REF}.
UW|BUR||{M1} ({AGE_S}), {HALLS}: someone came into his unlocked room while he was in the shower on {D1} and took his wallet and iPad. No sign of forced entry. Security reviewing fob logs. {REF}.
AC|BUR||Distraction burglary. Mrs {S1} ({AGE_O}) let in a man claiming to be 'from the water board' on {D1}; while she was in the kitchen with him a second man took {A_M} from her bedroom drawer. She has mild cognitive impairment. {REF}.
AC|BUR||{CAREHOME}: resident Mr {S1}'s ({AGE_O}) room was entered while he was at lunch on {D1} and his wedding ring and watch were taken. Signing-in book shows an unknown male. Police {REF}.
SR|BUR|DA|my ex still had a key and on {D1} he let himself in while i was at work and took my laptop, my jewellery and the bairns ipad. hes not allowed in, we split in feb. police have been {REF}
SR|BUR||sum1 broke into me shed in {TOWN} on {D1} and took 3 bikes and all me tools. padlock cut off. ive got ring doorbell footage of 2 lads
SR|BUR||we came back from me mams to find the back door kicked in, theyd been through everthing and took me late husbands medals and {A_S} from the tin. i am {AGE_O} and i dont feel safe in my own house now. {D1}
OW|BUR||Outreach: workers' shared house on {ST} broken into on {D1} while they were on shift; phones, savings ({A_M}) and two passports stolen. {PLM1} and {PLM2} want help with the embassy. No exploitation concerns - the house is privately rented, not through the employer.
CR|BUR||Aggravated burglary. {D1} {T1} two males forced entry to IP {M1}'s ({AGE_A}) flat in {TOWN} while he was out; a neighbour saw one carrying a machete as they left with a TV and games console. Nobody was threatened or approached.
CR|BUR||^Non-dwelling. Fishing co-op store on the quay at {TOWN} entered overnight {D1}, lock cut, outboard engines and GPS plotters taken, est {A_L}. Keyholder IP {M1} {S1}. CCTV N/K.
BM|BUR||{HOTEL}: a man walked into an occupied guest room at {LT} on {D1} through a door housekeeping had left propped open, and stole the guest's wallet and phone while she slept. Guest {F1} {S1} ({AGE_A}). {REF}.
CR|BUR||Attempt. IP {F1} ({AGE_A}) woke at {LT} to find a male climbing in through her kitchen window; disturbed, he fled empty-handed. {D1}. SUSP descr N/K. House-to-house TBC.
SR|BUR|DA|me nephew came in through the back window on {D1} while i was out and took me tablets and my pension money {A_S}. hes {AGE_S}. i know it was him cos the neighbour seen him. i brought him up since he was a bairn
AC|BUR||Adult social care: Mr {S1} ({AGE_O}) reports someone got into his bungalow through an open window during the night of {D1}; his wallet and bank cards went, and {A_M} was then spent on his cards in shops in {TOWN}.
# ---------------- possession of weapons ----------------
BM|WEAP||{PUB}: door staff found a lock knife on a customer during a bag search at {LT} on {D1}. He did not threaten anyone. Police attended and arrested him. Door supervisor {M1} wants to know if he will have to go to court.
CR|WEAP||CAD {CAD} {D1}. IP {F1} saw a male in {ARCADE} with a knife handle showing in his waistband; no threats made, he spoke to nobody. Detained by officers, lock-back knife seized. IP is a witness, shaken.
UW|WEAP||SU: {M1} ({AGE_S}) reports his flatmate keeps a machete under his bed and shows it off at parties; he has never threatened anyone with it. Flatmate arrested {D1}. {M1} worried about living with him now.
CR|WEAP||Firearms. IP {M1} ({AGE_A}) saw a neighbour in the back lane with what looked like a handgun, {D1}; ARV attended, BB gun recovered. No threats towards IP. Possession offence recorded.
OW|WEAP||Outreach: {WM1} ({AGE_A}) reports a co-worker from the boat brought a knuckleduster ashore and was showing it round the hostel on {D1}. No threats made. Police seized it. {WM1} worried about reprisals for reporting.
BM|WEAP||{HOTEL}: cleaning staff found a large hunting knife and a knuckleduster in a guest's room on {D1}; guest had been rude at check-in but made no threats. Police arrested him. {REF}.
SR|WEAP||lads at the bus station in {TOWN} had a big knife out showing it to each other on {D1}, not at me but i was right there with my daughter. i rang 999. it was scary
AC|WEAP||Manager, {CAREHOME}: a visitor dropped a flick knife from his jacket in the lounge on {D1}. He did not threaten anyone but residents were frightened. Police seized it, {REF}.
# ---------------- criminal damage and arson ----------------
CR|CDA||Beach huts fired overnight {D1}, {TOWN}. IP {F1} {S1}'s hut total loss.
CR|CDA|DA|CAD {CAD}. IP {F1} ({AGE_A}): ex-partner {M1} smashed her front windows and her car windscreen with a hammer at {T1} on {D1}; she was inside and he did not approach her. DASH high. SUSP arrested. // Case log: {D2} IP moved to her sister's in {TOWN2} with the children; windows boarded. {D3} SUSP charged, bailed not to contact IP. IP wants support at court and a housing transfer. IDVA referral accepted.
CR|CDA||Vehicle set alight outside IP {M1}'s address on {ST} at {LT} on {D1}; the car belonged to IP. Scorching to the house front. No known dispute. Arson recorded.
CR|CDA||IP {M1} ({AGE_A}): his van was taken from {ST} overnight on {D1} and found burnt out on waste ground at {TOWN2}. Tools inside lost, est {A_M}. TWOC and arson.
BM|CDA||{PUB}: someone kicked in the front door glass and smashed the outside lights at {LT} on {D1} after being refused entry. Nobody hurt. Repair quote {A_M}. {REF}.
BM|CDA|HATE|{ARCADE} owner (British Bangladeshi family business): racist graffiti sprayed across our shutters overnight {D1}, including 'go home' and a swastika. Cleaning cost {A_S}. Staff upset. {REF}.
BM|CDA||{HOTEL}: guest caused about {A_M} damage to his room on {D1} - TV smashed, mirror broken - and left before checkout; the card on file was declined. {REF}.
OW|CDA|HATE|Outreach: windows of the house shared by Polish fish plant workers on {ST} were put through with bricks on {D1} and 'foreigners out' was written on the door. No one injured. {PLM1} and housemates frightened. {REF}.
OW|CDA||Outreach: {WM1} ({AGE_A}) had his creels and pots cut up and his buoy lines cut through at {TOWN} harbour on {D1}; loss around {A_M}. He thinks it's a local rival. No threats received.
UW|CDA||SU Advice: {F1} ({AGE_S})'s car was keyed down both sides and had its wing mirrors snapped off in the car park at {HALLS} on {D1}. No idea who. Needs a crime number for insurance. {REF}.
UW|CDA|DA|{F1} ({AGE_S}) reports her ex-boyfriend {M1} smashed her laptop and phone during an argument in her room on {D1} after she ended things. He didn't touch her. Security attended. Police {REF}.
AC|CDA|HATE|Supported living, {TOWN}: tenant Mr {S1} ({AGE_A}), who has learning disabilities, had his mobility scooter wrecked on {D1} by local youths who earlier that day had mocked him as a 'retard'. Police {REF}.
SR|CDA||someones set fire to our wheelie bins twice now, on {D1} and {D2}, right up against the house. fire brigade came. weve got kids. i dont know who it is // staff log {D3}: rang back, third attempt put out by a neighbour. Fire service home safety visit booked, bin store requested from council. Caller says youngest ({AGE_C}) now scared to sleep in the front bedroom.
SR|CDA|DA|me daughter in law {F1} smashed up me kitchen on {D1} when i said she couldnt leave the grandbairns with us again. broke evry plate and the glass in the door. she didnt touch us. police came {REF}
SR|CDA||someone scratched my car all down one side in the car park on the sea front at {TOWN} on {D1} and snapped the wing mirror. i think it was my ex fellas new girlfriend, shes never liked me. insurance want a crime ref
CR|CDA||Damage to dwelling. IP {F1} ({AGE_O}) had eggs and stones thrown at her windows at {T1} on {D1}; one pane cracked. Youths seen. IP lives alone. No previous incidents.
CR|CDA||IP {M1} ({AGE_A}) reports fishing boat {BOAT} moored at {TOWN} had the hull holed and engine cabling cut overnight {D1}; est repair {A_L}. IP thinks it is linked to a mooring dispute. No threats.
CR|CDA|DA|{D1} {T1}. IP {M1} ({AGE_A}) reports his brother {M2} set fire to IP's shed and garden furniture after a family row about their mum's care. Nobody injured. SUSP admitted it at scene. DA - sibling.
BM|CDA||Holiday park, {TOWN}: two lodges had windows smashed and hot tub pumps wrecked on {D1}, about {A_M} in all. We think it was a stag group staying on site. {REF}.
CR|CDA|DA|IP {F1} ({AGE_A}) - allotment greenhouse smashed and plants pulled up at {TOWN} allotments on {D1}, third time since she left her husband {M1}. He admitted it to officers when spoken to. Nothing taken.
SR|CDA|DA|our kid (me brother) punched a hole in me front door and kicked the telly over cos i wouldnt lend him money, {D1}. he never touched me. hes {AGE_A}, im {AGE_A2}. police ref {REF}
AC|CDA||Mrs {S1} ({AGE_O}) - her garden ornaments and fence were smashed overnight on {D1}; she is very distressed as they were her late husband's. No known perpetrator and nothing to suggest she was targeted for who she is. Police {REF}.
CR|CDA|HATE|CAD {CAD}. IP {M1} {S1}, chair of the {TOWN} mosque committee: front windows of the mosque smashed and bacon left on the steps, {D1}. Religiously aggravated criminal damage.
BM|CDA||{PUB} landlord: on {D1}, after we called time, a group threw a bin through the beer garden screen and smashed 6 tables. No injuries, no threats. CCTV available. {REF}.
# ---------------- vehicle offences ----------------
CR|VEH||TWOC {D1}. IP {M1} car taken from {ST} overnight. Keys via letterbox.
CR|VEH||Theft from MV. IP {F1} ({AGE_A}), self-employed electrician; van on {ST} broken into on {D1} and power tools taken, est {A_M}.
CR|VEH||Cat converter cut from IP {M1}'s ({AGE_O}) Honda Jazz on his drive, {D1} {T1}. No SUSP details.
UW|VEH||{F1} ({AGE_S}) - car broken into in the {HALLS} car park on {D1} and her bag with placement documents taken from the back seat. {REF}.
OW|VEH||Outreach: the minibus used by the fishing co-op crew was broken into at {TOWN} quay on {D1}; crew members' belongings, cash ({A_S}) and phones taken. {WM1} ({AGE_A}) lost his residence card. {REF}.
SR|VEH||some1 tried the doors on every car on our street on {D1} and got into mine and took me sat nav and sunglasses. ring cam shows a lad in a black puffer. ref {REF}
BM|VEH||{HOTEL}: a guest's car was taken from our car park on {D1} after someone lifted the keys from the unattended reception key box. Guest {M1} {S1}. {REF}.
CR|VEH|DA|IP {F1} ({AGE_A}) reports ex-husband {M1} took her car from the drive using the spare key on {D1} without consent and won't return it, 'to stop her getting to work'. DASH med. TWOC recorded. // Case log: {D2} car returned to IP by police. IP off sick from work, manager supportive. {D3} no further contact from SUSP. Safety plan reviewed, case to close.
CR|VEH||Vehicle interference. SUSP seen trying door handles on several cars on {ST} at {LT} on {D1}; IP {M1} {S1} saw him sitting in his car through the window and SUSP ran. Nothing taken.
SR|VEH||hi me sons motorbike got nicked from outside the flats on {D1}, it was chained up. hes {AGE_T} and it was how he gets to college in {TOWN}. ref {REF}
AC|VEH||ASC: Mr {S1} ({AGE_O}), wheelchair user, had his adapted car stolen from outside his bungalow on {D1}; it is his only way to get to dialysis. Not yet recovered. {REF}.
BM|VEH||{ARCADE} manager: company van with the change machine float ({A_M}) inside was broken into in the rear yard on {D1} and the float taken. {REF}.
# ---------------- theft from the person ----------------
CR|TFP||Pickpocket, chippy queue {ST} {TOWN} {D1}. IP {F1} ({AGE_O}) purse taken from handbag. Cards cancelled.
CR|TFP||IP {M1} ({AGE_S}) phone snatched out of his hand by a cyclist on {ST} at {T1} on {D1}; no force used, IP not touched.
UW|TFP||{F1} ({AGE_S}) had her phone taken from her back pocket in a busy club in {TOWN} on {D1}; didn't notice until later. Find My shows it in {TOWN2}. {REF}.
BM|TFP||{ARCADE}: customer {F1} {S1} ({AGE_A}) had her purse lifted from her open shoulder bag while playing the machines on {D1}; CCTV shows a woman dipping the bag. {REF}.
SR|TFP||wallet dipped out me jacket at the {TOWN} air show {D1}, {A_S} in it. ref {REF}
OW|TFP||Outreach: {WM1} ({AGE_A}) had his phone and wallet taken from his jacket pocket while he dozed on the last bus back to the caravan site on {D1}. No force. The phone had all his work contacts. {REF}.
AC|TFP||Day centre staff: Mrs {S1} ({AGE_O}) had her purse taken from her coat pocket while a 'helpful' stranger helped her onto the bus in {TOWN} on {D1}. {A_S} cash and her bus pass. {REF}.
SR|TFP||lad snatched me bag off me shoulder at {MT} metro and legged it, {D1}. never pushed us or owt, just grabbed the strap and ran. had {A_S} in it
CR|TFP||IP {M1} ({AGE_O}) wallet dipped from inside jacket on busy train to {TOWN}, {D1}. SUSP N/K.
UW|TFP||{M1} ({AGE_S}) had his phone whipped out of his hand while he was checking directions on the seafront at {TOWN} on {D1}, by a lad on an e-scooter who did not touch him. {REF}.
# ---------------- bicycle theft ----------------
UW|BIKE||{M1} ({AGE_S}) bike gone from {HALLS} racks {D1}, D-lock cut. Ref {REF} for insurance.
UW|BIKE||{F1} ({AGE_S}) says her bike went from the library bike shelter between {T1} and {T2} on {D1}; cable lock gone. Security checking CCTV.
UW|BIKE||{F1} ({AGE_S}) - second bike stolen this term, this time from the back yard of her student house on {ST} (yard gate open). {D1}. Wants advice on whether it is worth reporting.
OW|BIKE||Outreach: {WM1} ({AGE_A}) relies on his bicycle to get to 5am shifts at the packhouse; it was taken from outside the caravan park shop on {D1}. No other way to get to work. {REF}.
SR|BIKE||me sons bike got pinched from outside the shop on {ST} {TOWN} on {D1}, hes only {AGE_C}, it was his birthday present. seen one just like it on facebook marketplace since
SR|BIKE||ebike (pedal assist) nicked from {MT} metro bike rack {D1}, it was locked. ref {REF}
CR|BIKE||Pedal cycle. IP {M1} ({AGE_C}) bike taken from front garden {ST} {D1}. Mother {F1} reporting.
AC|BIKE||Supported living: tenant {M1} ({AGE_A}) had his adapted tricycle taken from outside the front of the building on {D1}. He uses it to get to his day placement. {REF}.
BM|BIKE||{HOTEL}: two guests' road bikes were stolen from the rack in our courtyard on {D1}; they had been locked together. Guests {M1} {S1} and {M2} {S2} are riding coast to coast. {REF}.
SR|BIKE|DA|my ex {M1} took my bike from the yard when he came for the kids on {D1} and says i can whistle for it. its mine i paid for it. he does stuff like this to wind me up since we split. ref {REF}
# ---------------- shoplifting ----------------
BM|SHOP||{ARCADE} prize shop: three teenagers distracted the assistant and took Bluetooth speakers and sweets worth {A_S} on {D1}. CCTV available. {REF}.
BM|SHOP||{HOTEL} gift shop: a guest walked out without paying for a bottle of gin and perfume from the shop counter ({A_S}) on {D1}; identified from room key. {REF}.
UW|SHOP||SU shop manager: repeated thefts from the campus shop by the same man (not a student) taking meal deals and alcohol, 6 times since {D1}, approx {A_S}. Staff member {F1} ({AGE_S}) feels intimidated though he has never threatened her.
SR|SHOP||i run a little gift shop on {ST} {TOWN} and the same woman keeps coming in and stuffing stuff in her bag, on {D1} she took about {A_S} of jewellery. i have her on camera
CR|SHOP||Co-op, {TOWN}: male took 6 packs of meat ({A_S}) and left without paying at {T1} on {D1}; no violence or threats to staff. Store manager {F1} {S1}. SUSP known, arrested.
BM|SHOP||Surf shop next to our arcade on the front (same owner): two wetsuits ({A_M}) taken from the rail by a man who just walked out on {D1}. Staff chased but didn't catch him. {REF}.
SR|SHOP||me mam has the corner shop on {ST} and kids keep coming in and nicking sweets and vapes, on {D1} it was {A_S} worth. shes {AGE_O} and cant chase them
CR|SHOP||{D1} {T1}. Female SUSP concealed cosmetics worth {A_S} in Boots, {TOWN}. Stopped by security, goods recovered. SUSP {F1} {S1} ({AGE_A}) reported for summons.
BM|SHOP||Charity shop on {ST} (volunteer manager {F1}, {AGE_O}): donated goods taken from the rail and the counter while she was in the back on {D1}, {A_S}. Second time this month. She's shaken.
CR|SHOP||Shop theft {D1} {T1}, Tesco Express {ST}: spirits ({A_S}) off the shelf, staff did not intervene. SUSP N/K.
# ---------------- other theft ----------------
BM|OTH||{PUB}: a member of bar staff is suspected of taking cash from the till over several weeks - approx {A_M} missing between {D1} and {D2}. Staff member {M1} {S1} dismissed. Police ref {REF}.
BM|OTH||{HOTEL}: a couple stayed 3 nights and left on {D1} without paying the {A_M} bill; the card they gave was in a different name and has been declined. {REF}.
BM|OTH||{PUB}: table of six walked out on a {A_S} tab, {D1}. CCTV. {REF}.
BM|OTH||{ARCADE}: two coin pusher machines emptied of approx {A_S} by men using a wire tool while staff were distracted, {D1}. No damage to the machines. {REF}.
AC|OTH||{CAREHOME}: residents' cash tins found short - {A_M} missing from Mr {S1}'s and Mrs {S2}'s tins between {D1} and {D2}. A care assistant has admitted taking it. Dismissed; police {REF}.
AC|OTH|DA|Adult Safeguarding. Mrs {S1} ({AGE_O}) says her granddaughter {F1} ({AGE_S}) has been taking cash from her purse and from the tin where she keeps her pension, about {A_M} over 6 weeks. Mrs {S1} does not want her arrested. Disclosed {D1}. {REF}. // Case log: {D2} ASC visit: Mrs {S1} has capacity and wants her money kept safe rather than a prosecution. {D3} granddaughter has moved out; Mrs {S1} lonely but relieved. Referral to befriending service made.
AC|OTH||Care agency: carer {F1} seen on the client's doorbell camera taking jewellery from Mrs {S1}'s ({AGE_O}) bedroom on {D1}. Items worth approx {A_M}. The carer is an employee, not family. {REF}.
AC|OTH|DA|ASC: Mr {S1} ({AGE_O}) lives with his son {M1}, who takes the cash out of his wallet as soon as his pension is collected each week, leaving him without food money. Mr {S1} says his son takes it 'because he can'. {D1}. {REF}.
OW|OTH||Outreach: {WM1} ({AGE_A}) and 4 other pickers had their wage envelopes taken from the site office at the farm on {D1}; only a supervisor had a key. Around {A_M} in total. Workers are free to leave and there are no control concerns. {REF}.
OW|OTH||Outreach: the skipper took {A_M} in cash from {PHM1}'s locker on the boat while he was ashore on {D1}. {PHM1} has his own documents, has left that boat and works on another now. Reported {REF}.
OW|OTH||Outreach: {PLM1} ({AGE_A}) and his brother, who fish out of {TOWN}, had 40 lobster pots hauled and taken from their fleet on {D1}; approx {A_M}. They suspect another boat. {REF}.
UW|OTH||{F1} ({AGE_S}) laptop taken off a library desk {D1} while she was in the loo. {REF}.
UW|OTH||Post theft: {M1} ({AGE_S}) says parcels and a new bank card addressed to him at {HALLS} have been going missing from the communal mail room since {D1}. His bank stopped an attempt to use the card. {REF}.
UW|OTH|ONL|{M1} ({AGE_S}) had his Instagram account hacked on {D1}; the hacker demanded {A_S} to give it back and threatened to delete it. He paid, then got nothing back. Police ref {REF}.
SR|OTH||purse took off the cafe table in {TOWN} {D1} while i sorted the bairn out. {A_S} and cards
SR|OTH||someone took our parcel off the doorstep on {D1}, the ring doorbell shows a woman. it was a {A_M} pram. the courier wont refund
SR|OTH|DA|my ex girlfriend took my phone, my bank cards and my dads watch when she moved out on {D1}, she still wont give them back. we were together 2 years. ref {REF}
CR|OTH||Making off. {D1} {T1} vehicle filled with {A_S} of diesel at the garage on {ST} and drove off without paying; plates false. IP forecourt manager {F1} {S1}.
CR|OTH||IP {M1} ({AGE_A}) reports his outboard engine and fishing rods taken from his boat moored at {TOWN} marina overnight {D1}. No damage. Est {A_M}.
CR|OTH||IP {F1} ({AGE_A}) reports a workmate took {A_S} from her bag in the staff room at work, {D1}. Seen on CCTV. Employer dealing internally as well.
BM|OTH||{HOTEL}: a recently dismissed receptionist, {M1}, is suspected of taking guests' valuables from the safe deposit and {A_M} from petty cash between {D1} and {D2}. {REF}.
AC|OTH||Sheltered housing scheme, {TOWN}: warden reports the tenants' social fund ({A_S}) was taken from the office drawer during the coffee morning on {D1}. Tenants upset. {REF}.
SR|OTH|DA|me son in law {M1} has been taking me pension money out me purse every week when he comes to do me shopping. i know it was him cos i marked the notes. i am {AGE_O}. me daughter doesnt believe me. {D1}
CR|OTH||Blackmail. IP {M1} ({AGE_A}) received a letter demanding {A_M} or SUSP would tell IP's employer about his previous conviction. Hand-delivered {D1}. No online element.
UW|OTH||Student {F1} ({AGE_S}) - her rent money ({A_M}) was taken from her room by a flatmate she had let in, who admitted it to the halls team on {D1}. {REF}.
BM|OTH||{ARCADE}: staff member {M1} ({AGE_T}) admitted pocketing tokens and cash from the change machine float, around {A_S} over 4 weeks up to {D1}. Parents informed. Police ref {REF} at the owner's insistence.
OW|OTH||Outreach: {WF1} ({AGE_A}) had her savings ({A_M}) taken from under her mattress in the shared caravan on {D1}; she believes another worker who shares the caravan took it. Free to leave, no control by the employer. {REF}.
CR|OTH||^THEFT OF MAIL. IP {F1} ({AGE_O}) AT {ST} SAYS POST INCL PENSION LETTERS AND A NEW BANK CARD GOING MISSING FOR WEEKS. LATEST {D1}. SUSP SOMEONE IN THE BLOCK. NO CARDS USED YET.
SR|OTH||someone nicked me late husbands garden statue and the bird bath from me back garden on {D1}, the gate was open. im {AGE_O}, i know its only stuff but it was his
CR|OTH||IP {M1} ({AGE_S}) left his wallet on the bus on {D1}; CCTV shows another passenger pick it up and keep it. {A_S} cash gone, cards not used.
# ---------------- fraud and computer misuse ----------------
AC|FRAUD||Courier fraud. Mrs {S1} ({AGE_O}) was phoned by a man claiming to be 'DC {S2} from the Met', told her bank was compromised, and handed {A_L} in cash to a courier at her door on {D1}. Phone only, no emails. {REF}. // Case log: {D2} home visit with her nephew present. Mrs {S1} blaming herself, reluctant to go out. Call blocker requested, scam leaflet left. {D3} follow-up: bank has refunded part of it and she is sleeping better. Will close after next call if no further needs.
AC|FRAUD|ONL|Romance fraud. Mr {S1} ({AGE_O}) met a 'woman' on Facebook in January and has sent {A_L} by bank transfer for her 'medical bills' and 'flights'. Family found out on {D1}. He still believes she is real. Action Fraud ref {REF}. // Case log: {D2} spoke with Mr {S1} and his son; he still messages her and says 'she needs him'. Protective marker placed by bank. {D3} he agreed a volunteer can go through the messages with him. Ongoing.
AC|FRAUD|DA|Lasting power of attorney concern: care home fees unpaid for Mrs {S1} ({AGE_O}); her son {M1}, the attorney, has spent {A_L} of her savings on himself since {D1}. Office of the Public Guardian and police informed, {REF}.
UW|FRAUD|ONL|Rental scam. {F1} ({AGE_S}) paid a {A_M} deposit for a student flat in {TOWN} advertised in a Facebook group; the 'landlord' stopped replying on {D1} and the flat belongs to someone else. Action Fraud {REF}.
UW|FRAUD|ONL|{M1} ({AGE_S}) paid a {A_S} 'training fee' for an online part-time job he found on a jobs website and was then asked to pay more; stopped on {D1}. Reported {REF}.
UW|FRAUD|ONL|{F1} ({AGE_S})'s university email and Instagram were hacked on {D1}; the hacker messaged her friends asking for money and two of them sent {A_S}. Reported to Action Fraud {REF}.
UW|FRAUD||International student {M1} ({AGE_S}) was phoned by someone claiming to be from the Home Office who said his visa would be cancelled unless he paid {A_M} straight away; he paid by bank transfer on {D1}. Phone call only. {REF}.
OW|FRAUD|ONL|Outreach: {WM1} ({AGE_A}) and others paid {A_M} each to an agency website advertising fishing jobs in {TOWN}; no jobs existed and the website vanished after {D1}. Nobody is controlling them now - they are in a hostel and free to go. {REF}.
OW|FRAUD||Outreach: {WF1} ({AGE_A}) - someone used the passport copy she gave a former agency to open bank accounts and take out a phone contract in her name; debt collector letters arrived on {D1}. Reported {REF}.
SR|FRAUD|ONL|paid {A_M} for a caravan advertised on facebook marketplace, went to {TOWN} to collect it on {D1} and the adress didnt exsist. seller blocked me. ref {REF}
SR|FRAUD||someone rang me pretending to be from my bank and i gave them the code from the text and {A_M} went out my account on {D1}. i feel so stupid. bank say they will look into it
SR|FRAUD|DA|my husband took out 3 loans in my name without me knowing while we were together, i found out on {D1} when the letters came. about {A_L} in total. we split last year and he still says its my fault
SR|FRAUD|ONL|me mam ({AGE_O}) got an email saying her amazon account was locked and clicked the link, they took {A_M} off her. she didnt tell us till {D1}
CR|FRAUD||Doorstep. IP {F1} ({AGE_O}) charged {A_L} by rogue traders for roof repairs on {D1} that were not needed and not done. Males in a white van. Trading Standards informed.
CR|FRAUD|ONL|IP {M1} ({AGE_A}) invested {A_L} in a crypto platform promoted on Instagram; unable to withdraw anything since {D1}. Action Fraud {REF}.
BM|FRAUD|ONL|{HOTEL}: someone has cloned our website; guests have paid deposits to the fake site and arrived to find no booking - 6 so far since {D1}. Our reputation is suffering. {REF}.
BM|FRAUD|ONL|{PUB}: our supplier's email account was hacked and we paid an invoice of {A_L} into a changed bank account on {D1}. Bank says the money has gone. {REF}. // Case log: {D2} bank recall attempt failed. Owner says the loss could close the pub. {D3} signposted to business support and the cyber protect officer; staff worried about wages.
BM|FRAUD||{ARCADE}: a customer bought prize tokens at the kiosk with a card later reported stolen, three transactions totalling {A_M} on {D1}; the chargeback has hit us. {REF}.
AC|FRAUD|ONL|Supported living: tenant {M1} ({AGE_A}), who has a learning disability, was persuaded by an online 'girlfriend' he met through a gaming app to take out a loan and send her {A_M} on {D1}. Staff noticed. {REF}.
AC|FRAUD|DA;ONL|Manager, {CAREHOME}: resident Mrs {S1}'s ({AGE_O}) nephew has been using her debit card details to buy goods online - {A_M} since {D1}. Family now aware. {REF}.
CR|FRAUD|ONL|Computer misuse. IP {F1} ({AGE_A}) states someone accessed her online banking and changed her password on {D1}; {A_M} transferred out. She has no idea who and denies sharing her details.
CR|FRAUD||IP {M1} ({AGE_O}) says a cheque for {A_M} was paid out of his account to someone he doesn't know, signature forged, {D1}. Cheque book kept at home; carers visit daily.
UW|FRAUD|ONL|{F1} ({AGE_S}) and three friends paid {A_M} for festival tickets to a seller on X, who disappeared after payment on {D1}. {REF}.
SR|FRAUD|ONL|vinted buyer faked a payment email, {A_S} jacket gone {D1}
SR|FRAUD|ONL|the man i was talking to on plenty of fish for 4 months kept needing money for his daughter, ive sent him {A_L} and now hes gone. never met him in person. found out his photos are someone elses on {D1}
OW|FRAUD||Outreach: seasonal workers on a farm near {TOWN} say a man collecting 'visa renewal fees' in cash ({A_S} each) on {D1} was not from the agency and nothing was renewed. No control or debt concerns otherwise. {REF}.
CR|FRAUD||IP {F1} ({AGE_A}): builder took a {A_M} deposit for a kitchen in {TOWN} on {D1} and never came back; phone off. Approx 5 other victims.
AC|FRAUD||Mrs {S1} ({AGE_O}) signed up at the door for a 'mobility scooter maintenance plan' costing {A_M} that does not exist; the salesman came back on {D1} wanting more. Family want to report. {REF}.
CR|FRAUD|ONL|IP {M1} ({AGE_A}) paid {A_M} for a used car advertised on Gumtree; the 'seller' insisted on an escrow website that turned out to be fake, {D1}.
SR|FRAUD|DA|my dad opened a credit card in my name when i was at uni and ran up {A_M}, i found out on {D1} when i tried to get a mortgage. im {AGE_A}. hes always controlled the money in our family
UW|FRAUD|ONL|{M1} ({AGE_S}) paid {A_M} for a room in {TOWN} through a WhatsApp 'agent' for international students; the room was never his, {D1}. Several others from his course affected.
BM|FRAUD||{HOTEL}: a caller claiming to be from head office phoned at {LT} on {D1} and talked the night porter, {M1}, into buying {A_M} in gift cards and reading the codes out over the phone. Phone only.
CR|FRAUD|DA|Identity fraud. IP {F1} ({AGE_A}) - credit file shows 2 phone contracts taken out in her name in {TOWN2} since {D1}. Her sister {F2}, who had access to her post, has admitted it.
SR|FRAUD|ONL|my grandad ({AGE_O}) was messaged on whatsapp by someone pretending to be me saying id lost my phone and needed {A_M} for rent. he paid it on {D1}. i never sent any message
# ---------------- drug offences ----------------
BM|DRUG||{PUB}: staff found bags of white powder and scales in the gents on {D1}; we think a regular is dealing on the premises. Police took the items, {REF}. Staff member {M1}, who found them, is worried about being identified. // Case log: {D2} spoke to {M1}, worried the regular will work out who found it; explained anonymity options. {D3} police update: nothing further found. {M1} feels better but wants a named contact.
BM|DRUG||{HOTEL}: police executed a warrant on one of our rooms on {D1} after we reported constant visitors; cannabis and cocaine recovered. Housekeeper {F1}, who raised the concern, wants reassurance she won't be named.
UW|DRUG||SU Welfare: {M1} ({AGE_S}) keeps being offered ket and coke by a dealer who hangs around outside {HALLS}; it has been going on since {D1}. He has not been threatened but feels unsafe. Security and police informed.
OW|DRUG||Fishing outreach: crew on a boat out of {TOWN} say the skipper supplies them cocaine on long trips and knocks it off their share. {WM1} ({AGE_A}) is worried about it. No restrictions on leaving; they hold their own documents. Reported {D1}.
AC|DRUG||{CAREHOME}: a visitor was seen passing a bag of pills (suspected street diazepam) to resident Mr {S1} ({AGE_O}), who has a history of addiction, on {D1}. Police informed, {REF}.
CR|DRUG||^CAD {CAD}. IP {F1} ({AGE_O}) reported neighbours dealing from their flat on {ST} - callers at all hours, strong cannabis smell. Warrant executed {D1}, cannabis grow found. IP wants to know what happens next.
SR|DRUG||theres a lad selling drugs from a car outside the kids park on {ST} every night, weve reported it loads, on {D1} i saw him hand a bag to a girl about {AGE_Y}. police please do something
CR|DRUG||IP {F1} {S1}, holiday let owner, found a cannabis grow set up in her let at {TOWN} by tenants who booked it for 'a contractors' stay'; discovered {D1}. Lights and pots only, no damage to the property. {REF}.
# ---------------- public order ----------------
CR|PO||s4 POA. {D1} {LT} group of males outside {PUB}, {TOWN}; IP {M1} (door staff) told 'we'll come back with blades and do you'. No blades seen, no assault. IP fearful. SUSPS dispersed.
CR|PO|HATE|Racially aggravated s4A. IP {M1} ({AGE_A}), taxi driver (British Pakistani), subjected to racist abuse by a drunk fare at {LT} on {D1} in {TOWN}. No assault. SUSP identified from the booking app account.
BM|PO||{PUB}: at closing on {D1} a group were shouting and swearing at bar staff, flinging chairs about in the beer garden (nothing broken) and squaring up. Staff frightened. Police dispersed them. {REF}. // Case log: {D2} call with manager; two bar staff ({AGE_S} and {AGE_S2}) off sick since. Support calls offered to both. {D3} one accepted, one declined. Licensing officer meeting booked.
BM|PO||{ARCADE}: a fight broke out between two groups inside the arcade at {T1} on {D1}; our staff and families with children were terrified, none of our team hurt. Police attended, violent disorder being investigated. {REF}.
BM|PO|HATE|{HOTEL}: a drunk stag guest shouted homophobic abuse at our receptionist {M1} in the lobby on {D1}, frightening him and other guests. No physical contact. Guest removed. {REF}.
UW|PO|HATE|SU Trans+ officer: {F1} ({AGE_S}), a trans woman, was followed along the seafront at {TOWN} by a group shouting transphobic slurs and threats on {D1}. No contact. Reported {REF}.
UW|PO||Student {M1} ({AGE_S}) was caught up in a mass brawl outside a bar in {TOWN} on {D1}; not hurt but frightened, lost his friends in it. Wants to give a statement; police ref {REF}.
SR|PO||a drunk bloke was screaming and swearing at me and my kids in the park at {TOWN} on {D1}, saying he would smash our heads in. he didnt touch us but we were terrified. ref {REF}
SR|PO|HATE|woman on the bus shouted at me and my mate to speak english or get off and called us [racial slur], {D1}. everyone just looked. i am {AGE_S}, from Hong Kong. nobody touched us
CR|PO||s5 POA {D1} {LT}. Male urinating and shouting obscenities through IP {F1}'s ({AGE_O}) window on {ST}. No threats. SUSP arrested.
OW|PO|HATE|Outreach: {WM1} ({AGE_A}) and co-workers had racist chanting and threats aimed at them by a group outside the chip shop in {TOWN} on {D1} - 'we'll be back for you lot'. Nobody hurt. Reported {REF}.
CR|PO||^CAD {CAD} {D1} {T1}. DISORDER ON THE BEACH AT {TOWN}, APPROX 30 YOUTHS FIGHTING. IP {F1} ({AGE_A}), ICE CREAM KIOSK OWNER, TERRIFIED AND SHUT UP SHOP. NO INJURIES TO IP, NO DAMAGE.
AC|PO||{CAREHOME}: a man stood outside the lounge window shouting abuse and making gestures at residents on {D1}, leaving several very distressed. Not known to any resident. Police {REF}.
SR|PO||blokes outside the pub at {TOWN} were threatening everyone walking past on {D1} about {LC}, one squared up to me and said hed knock me out. never hit us. ref {REF}
CR|PO|DA|CAD {CAD}. {M1}, IP's ex-partner, stood outside her address on {ST} at {LT} on {D1} shouting that she'd 'get what's coming'; neighbours alarmed. No contact, no damage, first incident since they split. IP {F1} ({AGE_A}). DASH std. s4.
BM|PO||Amusements manager, {ARCADE}: teenagers aged about {AGE_T} were abusive and threatening to staff on {D1}; one told our supervisor {F1} she'd 'get battered' if she threw them out. Nobody touched. {REF}.
UW|PO||SU: {F1} ({AGE_S}) and friends were surrounded by a group of men outside a takeaway in {TOWN} on {D1} who shouted threats and kicked the bins over to scare them. No one hurt, nothing damaged. {REF}.
SR|PO||i was walking me dog on the front at {TOWN} on {D1} and a gang of lads started screaming they were going to set him on fire and chase us. they didnt touch us. im {AGE_O} and i was shaking. ref {REF}
# ---------------- miscellaneous crimes against society ----------------
CR|MISC||Dangerous driving. {D1} {T1}. IP {F1} ({AGE_A}) and her children had to jump onto the verge when a car mounted the pavement at speed overtaking queuing traffic on the coast road at {TOWN}. No injuries. VRM obtained, driver reported.
CR|MISC||Threat to damage. IP {M1} ({AGE_A}), owner of the {BOAT}, told by a rival fisherman on the quay at {TOWN} on {D1} that he would 'sink his boat'. No damage done, no threat to IP personally.
BM|MISC||{PUB}: a barred customer phoned on {D1} saying he would 'put every window in' if we did not lift his ban. No threat to staff. Nothing damaged so far. {REF}.
SR|MISC||my old housemate gave my name and date of birth when he got stopped by the police for speeding and now ive got the letters. {D1}. i was definately in {TOWN2} at the time and can prove it
UW|MISC||{M1} ({AGE_S}) nearly hit by a car doing about 70 through the campus road on {D1} - the driver was racing another car. He dived out of the way, not injured. Plate given, {REF}.
CR|MISC||Perverting the course of justice. IP {F1} ({AGE_A}) was named as the driver on a speeding notice by her former employer, who knew she was not driving; {D1}. IP has proof she was abroad.
SR|MISC||my neighbour told me he would set fire to my car if i parked outside his house again, {D1}. he hasnt done anything yet. im {AGE_O}. i want it on record
CR|MISC||IP {M1} ({AGE_A}), cyclist: van driver overtook on a blind bend on the coast road near {TOWN}, forcing IP onto the verge; no contact, no injury, {D1}. Dashcam footage submitted.
AC|MISC||{CAREHOME}: a relative of Mrs {S1} ({AGE_O}) said on the phone on {D1} he would come and 'put the windows in' if his complaint was not dealt with. No threats to staff or residents; nothing has happened. {REF}.
OW|MISC||Outreach: {WM1} ({AGE_A}) was asked by his former gangmaster to lie to police and say he was the one driving the works van when it was caught on camera, offered {A_S}; he refused. {D1}.
CR|MISC||Red light run at speed {ST} {D1} {T1}; IP {F1} ({AGE_O}) missed by inches on the crossing. ANPR. No injury.
SR|MISC|DA|my ex said on {D1} hed smash my car up if i dont let him see the kids, he sent it in a text as well. he hasnt done it. we split in feb. first time hes said anything like that
# ---------------- other crime (residual) ----------------
CR|OC||CAD {CAD} {D1}. Crime type Other. Offence details not recorded. OIC TBC. IP consents to VS contact.
CR|OC||Referral from crime recording: IP {M1} ({AGE_A}), crime ref {REF}, classification N/K at time of referral. Victim requests a call back after 5pm. Date of offence {D1}.
OW|OC||Outreach: {PLM1}, {PLM2} and others are being paid below the minimum wage at a fish processing unit in {TOWN} and charged for their own PPE; HMRC complaint made {D1}. Workers have their own passports, live in private rentals and can leave freely - no forced labour indicators.
OW|OC||Outreach: {WF1} ({AGE_A}) was evicted from her tied caravan by the employer's site manager on {D1} with no notice - belongings put outside, locks changed. Council tenancy relations officer says it is an unlawful eviction offence. No violence or threats.
UW|OC||SU Advice: the landlord of a student HMO on {ST} changed the locks while {F1} ({AGE_S}) and her housemates were away on {D1} and refused to let them back in. Council housing team treating it as illegal eviction. No threats or violence.
SR|OC||me ex lodger left his dog locked in the back bedroom for 5 days with no food or water when he moved out on {D1}, the poor thing was in a state. rspca have it now and say he can be prosecuted. its my house and i found it
BM|OC||{HOTEL}: a builder's van dumped a load of rubble and old kitchen units in our rear car park on {D1}; CCTV shows the plate. Council enforcement informed. Clear-up cost {A_S}.
AC|OC||Registered manager, {CAREHOME}: a resident's son reported 'a crime against Mum' to police on {D1}; police gave ref {REF} but no details have been shared with the home. Crime type shown as Unknown.
SR|OC||victim of crime {D1} dont want to write it here ring after 6
CR|OC|DA|IP {F1}. Offence: TBC. DOO {D1}. SUSP: ex-partner {M1}. DASH: not recorded.
OW|OC||Outreach: the labour provider supplying pickers to a farm near {TOWN} is not licensed with the GLAA and has underpaid holiday pay to {ROF1} and {ROM1}. GLAA informed {D1}. No exploitation indicators - workers hold their documents and are free to leave.
SR|OC||letter came on {D1} saying i am a victim of crime and the case is being looked at, crime type unknown it says. not sure if its about the thing at work or something else. ref {REF}
CR|OC||CAD {CAD}. IP {M1} ({AGE_O}) reports his two horses, kept at a livery yard near {TOWN}, were found badly underweight and untreated; vet and council animal welfare officer investigating the yard owner under the Animal Welfare Act, {D1}.
AC|OC||ASC: Mr {S1} ({AGE_O}) told his social worker he was 'the victim of a crime back in April' and gave police ref {REF}; he will not say more without his son present. Details N/K. Visit booked {D1}.
# ---------------- anti-social behaviour ----------------
CR|ASB||Youths gathering in the shelter on the prom at {TOWN} nightly, loud music and litter; IP {F1} ({AGE_O}), resident opposite, finds it intimidating. No threats, no damage. {D1}. // Case log: {D2} passed to neighbourhood team, patrols increased. {D3} IP says it is quieter. Explained no offence disclosed so it is being dealt with as ASB; community trigger explained. IP happy for case to close.
CR|ASB||Noise nuisance: holiday let on {ST} hosting parties every weekend; IP {M1} ({AGE_A}), next door, can't sleep. No threats or damage. Council noise team informed. {D1}.
SR|ASB||the lads on the motorbikes keep ragging up and down the beach and the dunes every night, the noise is unbearable and the bairns cant sleep. on {D1} it went on til 1am. {TOWN}
SR|ASB||next door have parties every weekend with music til 4am, ive asked nicely, theyre not threatening just rude. council said keep a diary. since {D1}
AC|ASB||Sheltered housing warden, {TOWN}: children of about {AGE_C} playing knock-a-door-run and kicking balls at residents' windows (nothing broken) since {D1}; residents anxious. No threats.
BM|ASB||{ARCADE}: groups of teenagers hanging round the entrance most evenings since {D1}, swearing, being rude to customers and refusing to leave when asked. No damage, no threats, nothing taken.
BM|ASB||{HOTEL}: people drinking on the steps outside our entrance every evening since {D1}, littering and being loud; guests complaining. Not aggressive towards anyone.
UW|ASB||{F1} ({AGE_S}), {HALLS}: flatmates partying most nights, can't study, no threats. Room move request {D1}.
UW|ASB||SU: kids knocking on the windows of a student house on {ST} late at night and running off, since {D1}. Nothing damaged, nothing said, no threats. Tenants {M1} and {F1} tired and fed up.
OW|ASB||Outreach: workers in the caravans on a farm near {TOWN} are bothered by people from the village driving through the site at night revving engines and sounding horns, since {D1}. No threats and no racial comments reported.
CR|ASB||Barking dog, rubbish in shared yard. IP {F1}. No crime disclosed. {D1}.
SR|ASB||people keep parking across my drive when they go to the beach at {TOWN} so i cant get out, every sunny day since {D1}. not threatening just selfish. council no help
CR|ASB||{D1} {T1} CAD {CAD}. Group of youths on e-scooters riding along the promenade at speed, near misses with pedestrians; IP {M1} ({AGE_O}) with walking frame shaken. No contact made. Youths dispersed.
AC|ASB||{CAREHOME}: neighbours' teenagers shouting over the fence and playing loud music towards residents' rooms in the evenings since {D1}. Not threatening. Residents with dementia distressed.
SR|ASB||i live above the arcade on the front at {TOWN} and the people coming out the bars scream and sing outside every night til 3. nobody has done owt to me directly i just cant sleep
BM|ASB||{PUB}: local lads keep sitting in our beer garden with their own cans - no trouble as such, but it puts customers off. Asked them to leave on {D1}, they did, then came back.
UW|ASB||SU: {M1} ({AGE_S}) says his upstairs neighbour in {TOWN} stamps about and plays loud music at night; they had words on {D1} but no threats. Landlord not helping.
CR|ASB||Nuisance neighbour. IP {F1} ({AGE_A}), {ST}: neighbour's visitors loud in the street late, slamming car doors, since {D1}. IP says no threats, no damage, not aimed at her. Mediation offered.
"""

# ---------------------------------------------------------------- slot pools
FEMALE = [
    "Emma",
    "Sophie",
    "Chloe",
    "Jade",
    "Gemma",
    "Kayleigh",
    "Leanne",
    "Nicola",
    "Joanne",
    "Stacey",
    "Amy",
    "Rebecca",
    "Shannon",
    "Courtney",
    "Danielle",
    "Laura",
    "Hannah",
    "Megan",
    "Aisha",
    "Priya",
    "Fatima",
    "Mei",
    "Zara",
    "Olivia",
    "Ellie",
    "Niamh",
    "Carol",
    "Margaret",
    "Pauline",
    "Susan",
    "Brenda",
    "Sandra",
    "Lorraine",
    "Kirsty",
    "Tracey",
    "Michelle",
    "Karen",
    "Abbie",
    "Lucy",
    "Yasmin",
]
MALE = [
    "Craig",
    "Lee",
    "Darren",
    "Scott",
    "Jordan",
    "Liam",
    "Kyle",
    "Ryan",
    "Callum",
    "Connor",
    "Nathan",
    "Jamie",
    "Dean",
    "Gary",
    "Paul",
    "Stephen",
    "Michael",
    "Kevin",
    "Ian",
    "Alan",
    "Brian",
    "Ronnie",
    "Derek",
    "George",
    "Harry",
    "Mohammed",
    "Arjun",
    "Wei",
    "Ahmed",
    "Kieran",
    "Aaron",
    "Ben",
    "Josh",
    "Adam",
    "Sean",
    "Neil",
    "Mark",
    "Reece",
    "Dylan",
    "Imran",
]
SURNAME = [
    "Robson",
    "Charlton",
    "Milburn",
    "Armstrong",
    "Dodds",
    "Elliott",
    "Hall",
    "Scott",
    "Bell",
    "Tate",
    "Heslop",
    "Pattinson",
    "Forster",
    "Short",
    "Stoker",
    "Wilkinson",
    "Graham",
    "Nicholson",
    "Atkinson",
    "Hedley",
    "Brown",
    "Thompson",
    "Walker",
    "Ridley",
    "Curry",
    "Lowes",
    "Hussain",
    "Khan",
    "Patel",
    "Chen",
    "Jackson",
    "Smith",
    "Moore",
    "Young",
    "Common",
    "Carr",
    "Rutherford",
    "Purvis",
    "Gibson",
    "Ali",
]
NATIONAL = {
    "PLM": ["Tomasz", "Piotr", "Krzysztof", "Marek", "Pawel", "Lukasz", "Grzegorz", "Jakub"],
    "PLF": ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa", "Marta"],
    "PLS": ["Nowak", "Kowalczyk", "Wisniewski", "Wojcik", "Kaminski", "Zielinski"],
    "ROM": ["Andrei", "Ionut", "Mihai", "Marius", "Florin", "Bogdan", "Catalin"],
    "ROF": ["Ioana", "Elena", "Simona", "Alina", "Mihaela", "Cristina"],
    "ROS": ["Popescu", "Ionescu", "Stan", "Dumitru", "Gheorghe", "Matei"],
    "LTM": ["Jonas", "Aurimas", "Tomas", "Mindaugas", "Darius", "Vytautas"],
    "LTS": ["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevicius"],
    "LVM": ["Raimonds", "Janis", "Andris", "Edgars"],
    "LVS": ["Berzins", "Ozols", "Kalnins", "Liepins"],
    "PHM": ["Rey", "Jomar", "Arnel", "Jerome", "Rodel", "Noel"],
    "PHF": ["Ligaya", "Rosalie", "Maricel", "Joy", "Analyn"],
    "PHS": ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza"],
    "GHM": ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
    "GHS": ["Mensah", "Asante", "Boateng", "Owusu", "Osei"],
    "BGF": ["Desislava", "Galina", "Petya", "Svetlana", "Mariya"],
    "VNM": ["Minh", "Duc", "Tuan", "Huy", "Long"],
    "NGM": ["Chinedu", "Emeka", "Tunde", "Obinna", "Segun"],
    "SKM": ["Harjit", "Gurpreet", "Manpreet", "Jaswinder", "Amrit"],
    "SKS": ["Singh", "Sandhu", "Gill", "Dhillon"],
}
# Migrant-worker names where the template states no nationality.
WORKER_MALE = NATIONAL["PLM"] + NATIONAL["ROM"] + NATIONAL["LTM"] + NATIONAL["LVM"] + NATIONAL["PHM"] + NATIONAL["GHM"]
WORKER_FEMALE = NATIONAL["PLF"] + NATIONAL["ROF"] + NATIONAL["PHF"] + NATIONAL["BGF"]

TOWNS = [
    "Whitley Bay",
    "Tynemouth",
    "North Shields",
    "Cullercoats",
    "South Shields",
    "Seaburn",
    "Roker",
    "Sunderland",
    "Seaham",
    "Hartlepool",
    "Seaton Carew",
    "Redcar",
    "Marske",
    "Saltburn",
    "Blyth",
    "Amble",
    "Seahouses",
    "Newbiggin-by-the-Sea",
    "Alnmouth",
    "Berwick",
]
METRO_TOWNS = [
    "Whitley Bay",
    "Tynemouth",
    "North Shields",
    "Cullercoats",
    "South Shields",
    "Seaburn",
    "Monkseaton",
    "St Peter's",
]
STREETS = [
    "Marine Parade",
    "Ocean Road",
    "Front Street",
    "Seaview Terrace",
    "Harbour Road",
    "the Fish Quay",
    "the Esplanade",
    "Victoria Road",
    "Station Road",
    "the Promenade",
    "Church Street",
    "Dock Street",
    "Foreshore Road",
    "Newcomen Terrace",
    "Albert Road",
    "Bents Park Road",
    "Sea Road",
    "Beach Road",
]
PUBS = [
    "The Anchor",
    "The Jolly Sailor",
    "The Mariners Arms",
    "The Lookout",
    "The Schooner",
    "The Fisherman's Rest",
    "The Tide Inn",
    "The Black Bull",
    "The Gunner",
    "The Lifeboat",
]
HOTELS = [
    "Harbour Lights Hotel",
    "The Grand Esplanade",
    "Seaview Lodge",
    "Marine Court Hotel",
    "The Lighthouse Inn",
    "Dunes Hotel",
    "Coastline Guest House",
    "Bay Horizon Hotel",
]
ARCADES = [
    "Golden Sands Amusements",
    "Funland",
    "Happy Days Arcade",
    "Las Vegas Amusements",
    "Silver Sands Arcade",
    "Coney Island Amusements",
    "Seaside Leisure",
    "Pier Amusements",
]
CAREHOMES = [
    "Sea Breeze Care Home",
    "Harbour House",
    "Westmoor Court",
    "The Lindens",
    "Heugh View Care Home",
    "Coastlands Lodge",
    "St Mary's Residential",
    "Promenade Court",
]
BOATS = [
    "Northern Star",
    "Ocean Harvest",
    "Sea Hawk",
    "Bonnie Lass",
    "Silver Dawn",
    "Kittiwake",
    "Guiding Light II",
    "Morning Tide",
]
HALLS = [
    "Bede Court",
    "Harbour View halls",
    "Marine House",
    "Quayside Lofts",
    "St Hilda's Hall",
    "Coble Court",
    "Lighthouse Halls",
]

SIMPLE_POOLS = {
    "F": FEMALE,
    "M": MALE,
    "S": SURNAME,
    "WM": WORKER_MALE,
    "WF": WORKER_FEMALE,
    "TOWN": TOWNS,
    "MT": METRO_TOWNS,
    "ST": STREETS,
    "PUB": PUBS,
    "HOTEL": HOTELS,
    "ARCADE": ARCADES,
    "CAREHOME": CAREHOMES,
    "BOAT": BOATS,
    "HALLS": HALLS,
}
SIMPLE_POOLS.update(NATIONAL)

# Age ranges: each lies entirely on one side of the thresholds 16 and 18.
AGE_RANGES = {
    "AGE_C": (6, 15),  # child, under 16
    "AGE_Y": (13, 15),  # young teenager, under 16
    "AGE_T": (16, 17),  # 16-17: DA threshold met, still under 18
    "AGE_S": (18, 24),  # student-age adult
    "AGE_A": (25, 59),  # adult
    "AGE_O": (66, 94),  # older adult
}

START_DATE = dt.date(2026, 4, 1)
N_DAYS = 91  # 1 April - 30 June 2026
MONTH_NAMES = {4: "April", 5: "May", 6: "June"}
DATE_STYLES = {
    "CR": ["dd/mm/yy", "dd/mm/yyyy", "dd.mm.yy", "dd/mm/yy"],
    "OW": ["d Month yyyy", "dd/mm/yyyy", "dth Month", "d Mon"],
    "UW": ["d Month yyyy", "dd/mm/yyyy", "dth Month", "d Mon yyyy"],
    "AC": ["dd/mm/yyyy", "d Month yyyy", "dd/mm/yy", "dth Month"],
    "SR": ["d/m/yy", "dth month", "d month", "d/m", "dd/mm/yyyy"],
    "BM": ["dd/mm/yyyy", "d Month", "dth Month yyyy", "dd/mm/yy"],
}
TOKEN_RE = re.compile(r"\{([A-Z]+(?:_[A-Z]+)?)(\d*)\}")


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(d: dt.date, style: str) -> str:
    month = MONTH_NAMES[d.month]
    yy = d.year % 100
    formats = {
        "dd/mm/yy": f"{d.day:02d}/{d.month:02d}/{yy:02d}",
        "dd/mm/yyyy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dd.mm.yy": f"{d.day:02d}.{d.month:02d}.{yy:02d}",
        "d Month yyyy": f"{d.day} {month} {d.year}",
        "d Month": f"{d.day} {month}",
        "dth Month": f"{ordinal(d.day)} {month}",
        "dth Month yyyy": f"{ordinal(d.day)} {month} {d.year}",
        "d Mon": f"{d.day} {month[:3]}",
        "d Mon yyyy": f"{d.day} {month[:3]} {d.year}",
        "d/m/yy": f"{d.day}/{d.month}/{yy:02d}",
        "d/m": f"{d.day}/{d.month}",
        "dth month": f"{ordinal(d.day)} {month.lower()}",
        "d month": f"{d.day} {month.lower()}",
    }
    return formats[style]


def format_clock(minutes: int, kind: str) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    if kind == "CR":
        return f"{h:02d}{m:02d}"
    return f"{h:02d}:{m:02d}"


def format_colloquial(minutes: int, rng: random.Random) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    ampm = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    if m == 0 or rng.random() < 0.4:
        return f"about {h12}{ampm}" if m < 30 else f"gone {h12}{ampm}"
    return f"{h12}.{m:02d}{ampm}"


def format_money(pounds: int, pence: int, comma: bool) -> str:
    whole = f"{pounds:,}" if comma else str(pounds)
    return f"£{whole}.{pence:02d}" if pence else f"£{whole}"


def make_values(slot: str, n: int, kind: str, rng: random.Random, ctx: dict) -> list[str]:
    """Return n distinct values for one slot type, in index order."""
    if slot in SIMPLE_POOLS:
        return rng.sample(SIMPLE_POOLS[slot], n)
    if slot in AGE_RANGES:
        lo, hi = AGE_RANGES[slot]
        return [str(a) for a in rng.sample(range(lo, hi + 1), n)]
    if slot == "D":
        days = sorted(rng.sample(range(N_DAYS), n))
        return [format_date(START_DATE + dt.timedelta(days=x), ctx["date_style"]) for x in days]
    if slot == "T":
        mins = sorted(rng.sample(range(7 * 60, 23 * 60, 5), n))
        return [format_clock(x, kind) for x in mins]
    if slot == "LT":
        mins = sorted(rng.sample(range(22 * 60, 22 * 60 + 290, 5), n))
        return [format_clock(x, kind) for x in mins]
    if slot == "LC":
        mins = sorted(rng.sample(range(22 * 60, 22 * 60 + 290, 5), n))
        return [format_colloquial(x, rng) for x in mins]
    if slot == "A_S":
        return [format_money(rng.randint(5, 95), rng.choice([0, 0, 0, 50, 20]), ctx["comma"]) for _ in range(n)]
    if slot == "A_M":
        return [format_money(rng.randint(12, 195) * 10, 0, ctx["comma"]) for _ in range(n)]
    if slot == "A_L":
        return [format_money(rng.randint(25, 680) * 100, 0, ctx["comma"]) for _ in range(n)]
    if slot == "REF":
        return [ctx["ref_style"].format(n6=rng.randint(100000, 999999), n5=rng.randint(10000, 99999)) for _ in range(n)]
    if slot == "CAD":
        return [f"{x:04d}" for x in rng.sample(range(1, 3000), n)]
    raise ValueError(f"unknown slot type {slot!r}")


REF_STYLES = ["{n6}/26", "NB-26-{n6}", "26/{n5}/N", "CRN{n6}", "NE/{n5}/26", "{n5}-26"]


def fill(text: str, kind: str, rng: random.Random) -> str:
    upper = text.startswith("^")
    if upper:
        text = text[1:]
    ctx = {
        "date_style": rng.choice(DATE_STYLES[kind]),
        "comma": rng.random() < 0.6,
        "ref_style": rng.choice(REF_STYLES),
    }
    keys: list[tuple[str, int]] = []
    for m in TOKEN_RE.finditer(text):
        key = (m.group(1), int(m.group(2) or "1"))
        if key not in keys:
            keys.append(key)
    slot_types: list[str] = []
    for slot, _ in keys:
        if slot not in slot_types:
            slot_types.append(slot)
    values: dict[tuple[str, int], str] = {}
    for slot in slot_types:
        idxs = sorted(i for s, i in keys if s == slot)
        vals = make_values(slot, len(idxs), kind, rng, ctx)
        for i, v in zip(idxs, vals, strict=True):
            values[(slot, i)] = v
    out = TOKEN_RE.sub(lambda m: values[(m.group(1), int(m.group(2) or "1"))], text)
    return out.upper() if upper else out


def parse_templates() -> list[tuple[str, str, list[str], str]]:
    templates = []
    for raw in TEMPLATES.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, cat, flags, text = line.split("|")
        if kind not in KINDS:
            raise ValueError(f"bad kind in {line!r}")
        category = CATEGORY_ALIASES[cat]
        flag_codes = [FLAG_ALIASES[f] for f in flags.split(";") if f]
        flag_codes = [f for f in FLAG_CODES if f in flag_codes]  # TAXONOMY.md order
        if not TOKEN_RE.search(text):
            raise ValueError(f"template without slots: {line!r}")
        templates.append((kind, category, flag_codes, text))
    return templates


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    templates = parse_templates()
    n_once = 2 * len(templates) - N_NOTES
    if not 0 <= n_once <= len(templates) // 20:
        raise ValueError(f"{len(templates)} templates do not fit {N_NOTES} notes at about two uses each")
    used_once = sorted(rng.sample(range(len(templates)), n_once))
    notes = []
    seen_texts: set[str] = set()
    for t_idx, (kind, category, flags, text) in enumerate(templates):
        uses = 1 if t_idx in used_once else 2
        for _ in range(uses):
            for _attempt in range(50):
                filled = fill(text, kind, rng)
                if filled not in seen_texts:
                    break
            else:
                raise ValueError(f"could not make a unique note from {text!r}")
            seen_texts.add(filled)
            n_words = len(filled.split())
            if not 10 <= n_words <= 120:
                raise ValueError(f"{n_words} words: {filled!r}")
            if "{" in filled or "}" in filled or "|" in filled:
                raise ValueError(f"unfilled slot: {filled!r}")
            notes.append(
                {"kind": kind, "template": str(t_idx), "text": filled, "category": category, "flags": ";".join(flags)}
            )
    rng.shuffle(notes)
    for i, note in enumerate(notes, start=1):
        note["note_id"] = f"{ID_PREFIX}-{i:04d}"
    return notes


def check(notes: list[dict[str, str]]) -> tuple[Counter, Counter]:
    if len(notes) != N_NOTES:
        raise ValueError(f"{len(notes)} notes, expected {N_NOTES}")
    cats = Counter(n["category"] for n in notes)
    flags = Counter(f for n in notes for f in n["flags"].split(";") if f)
    for code in CATEGORY_CODES:
        if cats[code] < 5:
            raise ValueError(f"category {code} has only {cats[code]} notes")
    for code in FLAG_CODES:
        if flags[code] < 5:
            raise ValueError(f"flag {code} has only {flags[code]} notes")
    return cats, flags


def write(notes: list[dict[str, str]]) -> None:
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["note_id", "text", "category", "flags"])
        for note in notes:
            writer.writerow([note["note_id"], note["text"], note["category"], note["flags"]])


def main() -> None:
    notes = build()
    cats, flags = check(notes)
    write(notes)
    print(f"wrote {len(notes)} notes from {len(parse_templates())} templates to {OUT_PATH}")
    for code in CATEGORY_CODES:
        print(f"  {code:30s} {cats[code]:4d}")
    for code in FLAG_CODES:
        print(f"  flag {code:25s} {flags[code]:4d}")
    kinds = Counter(n["kind"] for n in notes)
    for kind, label in KINDS.items():
        print(f"  kind {kind} {label:45s} {kinds[kind]:4d}")


if __name__ == "__main__":
    main()
