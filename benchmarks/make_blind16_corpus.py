#!/usr/bin/env python3
"""Generate the BLIND16 synthetic police / victim-services referral-note corpus.

Fully synthetic: every name, place, shop, amount, date, reference and collar
number is invented from the pools below. Labels follow /work/shared/TAXONOMY.md
(one primary category per note, principal crime rule, independent flags).

Standard library only. Deterministic: a fixed SEED drives random.Random, so two
runs write byte-identical output.

Usage:  python3 benchmarks/make_blind16_corpus.py
Writes: benchmarks/data/notes_blind16.csv  (note_id,text,category,flags)
"""

import csv
import os
import random

SEED = 16180339
N_TARGET = 880
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "notes_blind16.csv")

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
FLAG_ORDER = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]
SHORT = {
    "DA": "domestic_abuse",
    "HATE": "hate_crime",
    "ONL": "online",
    "KNF": "knife_sharp_instrument",
    "CSA": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}

TEMPLATES = []


def t(cat, flags, text):
    """Register one hand-written scenario template with its labels."""
    assert cat in CATEGORIES, cat
    codes = []
    for f in flags.split():
        assert f in SHORT, f
        codes.append(SHORT[f])
    codes.sort(key=FLAG_ORDER.index)
    TEMPLATES.append((cat, tuple(codes), text))


# ======================================================================
# Block A: homicide, death or serious injury by driving, violence with injury
# ======================================================================

# ---- homicide ----
t(
    "homicide",
    "KNF",
    "Bereaved family referral. {f1} {sur1}'s son {m1} (19) was stabbed outside a takeaway on {street}, {town} on {date} and died at the scene. Two males charged with murder. Mum wants help understanding what happens at court.",
)
t(
    "homicide",
    "DA",
    "HOMICIDE - DOMESTIC. V (f, 44) killed by her husband at the family home in {town}. Referral is for V's adult daughter {f2}. FLO DC {pc}. DHR to follow.",
)
t(
    "homicide",
    "",
    "manslaughter charge after a single punch outside {pub} on {date}. {m1} ({age_adult}) fell back, hit his head on the kerb and died 3 days later in ICU. brother {m2} asking for support, v angry the charge isnt murder",
)
t(
    "homicide",
    "",
    "Caller {f1} says her dad was found dead in his flat on {street} and police are now treating it as murder. Neighbours heard him arguing with a man he had lent money to. No family link to the suspect. Needs practical help & info on funeral costs.",
)
t(
    "homicide",
    "",
    "Offence: Murder | Vict: {m1} {sur1} (deceased) | Referral for: fiancee {f1} | Weapon: firearm | DA: N | Notes: shot on his own doorstep, OIC believes gang related, no link between {f1} and the suspects",
)
t(
    "homicide",
    "",
    "Infanticide - mother charged following the death of a 5 week old baby. Referral is for the baby's father {m1}, who had separated from the mother before the birth; no issues between them reported. Very low mood, GP aware.",
)
t(
    "homicide",
    "KNF",
    "{f1}'s brother was killed at a house party in {town2} on {date} - stabbed once in the chest by a lad he knew from school. Inquest opened and adjourned. Referral for {f1} and her mum, contact via FLO.",
)
t(
    "homicide",
    "DA",
    "Homicide Service referral. Grandfather ({age_old}) died after a sustained attack by his grandson (23) at the house they shared. Grandson remanded, charged w/ murder. Widow {f1} is the suspect's nan and feels torn in two.",
)
t(
    "homicide",
    "DA HBA",
    "Suspected honour killing. {f1} (22) found dead at home; her father and uncle arrested on suspicion of murder. She had told a friend the family were furious she'd refused the marriage they had arranged for her. Referral for that friend, {f2}, a key witness.",
)
t(
    "homicide",
    "",
    "Gross negligence manslaughter - scaffold collapse at a building site on {street}, {m1} killed. Site manager charged. Family (wife {f1}, two teenage kids) referred by FLO.",
)
t(
    "homicide",
    "",
    "Bereaved mum. Her son {m1} was pushed into the canal by two men who took his phone off him; he drowned. Now a murder enquiry. She keeps asking 'why him'. Needs help dealing with the press.",
)
t(
    "homicide",
    "",
    "Referral - sister of a murder victim. Trial at {town} Crown Court starts {date}. Defendant is a stranger who attacked {m1} at a bus stop for no reason anyone can find. Wants a pre-trial court visit and help with a family impact statement.",
)

# ---- death or serious injury by unlawful driving ----
t(
    "death_injury_driving",
    "",
    "RTC {date} on the {town} bypass. Driver overtaking on a blind bend hit V's husband's car head on; {m1} died at scene. Other driver charged w/ causing death by dangerous driving. Widow {f1} referred by FLO PC {pc}.",
)
t(
    "death_injury_driving",
    "",
    "V (cyclist, {age_adult}) knocked off by a van that went through a red light on {street}. Spinal injuries, may not walk again. Driver charged with causing serious injury by dangerous driving.",
)
t(
    "death_injury_driving",
    "",
    "Pedestrian aged 14 hit on a zebra crossing by a driver who was on his phone, died at the scene. Causing death by careless driving. Parents referred by the collision investigation unit.",
)
t(
    "death_injury_driving",
    "",
    "callers mum was killed by a drink driver who didnt stop - driver arrested 2 days later. charged causing death by careless driving while over the limit + fail to stop. family need support at court",
)
t(
    "death_injury_driving",
    "",
    "Motorcyclist {m1} left with a brain injury after a car pulled straight out of a junction in front of him. Driver charged - causing serious injury by careless driving. Partner {f1} is now his full time carer and struggling.",
)
t(
    "death_injury_driving",
    "",
    "Sentencing next month for an unlicensed, uninsured driver who caused the death of V's father on {street}. Daughter {f1} wants help writing her VPS.",
)
t(
    "death_injury_driving",
    "",
    "Passenger {m1} (17) killed when the car he was in crashed during a police pursuit. Driver, a mate of his aged 20, charged with causing death by dangerous driving. Referral for both parents.",
)
t(
    "death_injury_driving",
    "",
    "HGV driver fell asleep at the wheel and ploughed into queuing traffic at the {town} roundabout - {f1} killed. Causing death by careless driving. Husband {m1} referred, 3 young children at home.",
)
t(
    "death_injury_driving",
    "",
    "Street racing on {street} late at night, one car lost control and hit the bus stop. Two pedestrians seriously hurt incl V {f1} (broken pelvis and femur). Both drivers charged w/ causing serious injury by dangerous driving.",
)
t(
    "death_injury_driving",
    "",
    "Fatal collision - V ({age_old}) struck by a car reversing at speed out of a petrol station onto the pavement. Driver charged with causing death by careless driving. Son {m1} wants regular updates.",
)
t(
    "death_injury_driving",
    "",
    "Serious injury RTC. Driver doing 70 in a 30 lost control, hit V's car; V has life changing injuries (leg amputated). CPS charged serious injury by dangerous driving {date}.",
)

# ---- violence with injury ----
t(
    "violence_with_injury",
    "",
    "V punched in the face by unknown male outside {pub}, {town}, approx {time}. Broken nose. No DA, no previous contact w/ suspect.",
)
t(
    "violence_with_injury",
    "DA",
    "ABH - ex-partner. V {f1} says ex {m1} grabbed her by the throat in the hallway, bruising to neck seen by officers. DASH: high risk, MARAC referral made.",
)
t(
    "violence_with_injury",
    "KNF",
    "s18 GBH. V stabbed in the thigh by a male in {town} park after an argument about a dog off its lead. Surgery needed. Susp not known to V.",
)
t(
    "violence_with_injury",
    "DA",
    "\"My son hit me with the remote and split my eyebrow open, he's 34 and on the drugs, I'm frightened of him\" - mum ({age_old}) wants advice on getting him out of the house.",
)
t(
    "violence_with_injury",
    "",
    "Neighbour dispute has escalated - V's next door neighbour {m2} hit V with a wooden fence post over parking, cut to head needing staples. Not DA, neighbours only.",
)
t(
    "violence_with_injury",
    "",
    "work colleague headbutted V in the warehouse canteen, burst lip and two loose teeth. Employer has suspended him. V asking about CICA.",
)
t(
    "violence_with_injury",
    "",
    "s47 on door staff at {pub}. Drunk customer bit the doorman's forearm, broke the skin, tetanus jab at A&E. No hate element.",
)
t(
    "violence_with_injury",
    "HATE",
    "Racially aggravated ABH - V, a taxi driver, punched repeatedly by a fare who called him a 'p***' and told him to go back where he came from. Black eye, cut cheek.",
)
t(
    "violence_with_injury",
    "HATE",
    "IP ({age_adult}, male) walking on {street} holding hands with his boyfriend when 3 males started shouting homophobic abuse then kicked him while he was on the ground. Fractured ribs.",
)
t(
    "violence_with_injury",
    "",
    "Her sister's ex-boyfriend came into V's work and punched V - black eye. V has never been in a relationship with him; it was about the sister's stuff he still has. Not DA for V.",
)
t(
    "violence_with_injury",
    "DA",
    "DA. V {f1} (17) pushed down the stairs by her boyfriend {m1} (19) at his mum's house. Broken wrist. She lives with his family. Children's services told as well.",
)
t(
    "violence_with_injury",
    "",
    "V is 15, boyfriend is 16. Bruises to both upper arms after he grabbed her at the bus station. School DSL informed and doing a safeguarding referral.",
)
t(
    "violence_with_injury",
    "",
    "Dad arrested for ABH on his 9 yr old son - bruising to the child's cheek and ear. Strategy meeting held. Referral for the child's mum for support.",
)
t(
    "violence_with_injury",
    "KNF",
    "Wounding at {pub} - suspect smashed a bottle on the bar and pushed the broken end into V's face. Deep lacerations, plastic surgery. Suspect a stranger, arrested at scene.",
)
t(
    "violence_with_injury",
    "DA",
    "V and her brother (both adults, both living at their mum's) had a row about rent, he hit her over the head with a frying pan. Lump on head, went to A&E. Doesn't want police action but wants support.",
)
t(
    "violence_with_injury",
    "",
    "Assault emergency worker w/ injury: PC {pc} had a finger broken when the prisoner slammed the cell van door on her hand deliberately.",
)
t(
    "violence_with_injury",
    "",
    "Paramedic kicked in the face by the patient he was treating outside {shop}; cut lip and concussion. Off work.",
)
t(
    "violence_with_injury",
    "DA",
    "V {f1} says her husband has been hitting her for years; this time he burnt her forearm with a cigarette. DASH 17 ticks. 2 kids under 5 in the house.",
)
t(
    "violence_with_injury",
    "",
    "Attempted murder. V deliberately driven at in the {shop} car park by a man he'd argued with earlier about a debt. Multiple fractures. Suspect not otherwise known to V.",
)
t(
    "violence_with_injury",
    "",
    "V {m1} jumped by a group of lads on his walk home from the station - kicked in the head, has a bleed on the brain. Doesn't know any of them.",
)
t(
    "violence_with_injury",
    "",
    "Corrosive substance thrown in V's face at a bus stop by a man on a bike. Burns to cheek & neck. Stranger, no motive known.",
)
t(
    "violence_with_injury",
    "",
    "Elderly V ({age_old}) pushed over by a member of staff at her care home, fractured hip. Carer is agency staff, no relation to V. Safeguarding adults informed.",
)
t(
    "violence_with_injury",
    "DA",
    "stepdad punched V (17) in the stomach & face, nose bleed. V now staying at nan's. DASH done - medium.",
)
t(
    "violence_with_injury",
    "",
    "Teenage son of the family at no. 12 threw half a brick at V during ongoing neighbour row - cut to forehead, glued at urgent treatment centre. No relation between families.",
)
t(
    "violence_with_injury",
    "",
    "V assaulted by his ex-wife's new partner outside the school gates - punched in the mouth, cut lip. V and the suspect have never been in any relationship; the ex-wife was not involved or present.",
)
t(
    "violence_with_injury",
    "DA",
    '"He twisted my arm up my back until something cracked" - V {f1} about her partner {m1}. Fractured ulna confirmed. She has moved to a refuge in {town2}.',
)
t(
    "violence_with_injury",
    "",
    "Football - V (away supporter) punched by home fans on the walk to the station, cheekbone fractured. No hate indicators.",
)
t(
    "violence_with_injury",
    "KNF",
    "V's hand slashed with a Stanley knife by a man trying to get into V's block of flats behind him. Stitches needed. Man not known, ran off.",
)
t(
    "violence_with_injury",
    "HATE",
    "Sikh taxi driver had his turban knocked off and was punched by a customer who mocked his religion throughout. Swollen jaw, dental damage.",
)
t(
    "violence_with_injury",
    "HATE",
    "V has a learning disability. Group of youths have been targeting him for weeks calling him a 'retard' and today one of them punched him. Black eye.",
)
t(
    "violence_with_injury",
    "HATE",
    "Trans woman assaulted leaving a club in {town}: suspect shouted transphobic abuse then punched her repeatedly. Split lip, bruised eye socket.",
)
t(
    "violence_with_injury",
    "DA",
    "DA ABH - V's adult daughter ({age_adult}) scratched V's face and pulled clumps of her hair out. Daughter has MH problems. V does not want her prosecuted.",
)
t(
    "violence_with_injury",
    "DA",
    "Male V. Partner {f1} (together 6 yrs) threw a boiling kettle at him - scalds to chest. He's embarrassed to report, says men don't get believed.",
)
t(
    "violence_with_injury",
    "",
    "Bouncer at {pub} threw V out and V landed on the pavement, broken collarbone. V says it was way more force than needed. No relationship.",
)
t(
    "violence_with_injury",
    "",
    "Security guard at {shop} bitten and scratched on the arm while detaining a shoplifter, bleeding, went to A&E.",
)
t(
    "violence_with_injury",
    "DA",
    "ex-partner {m1} came to V's address in breach of the DVPN and punched her in the face. Swollen eye. She rang 999.",
)
t(
    "violence_with_injury",
    "",
    "s20 - V struck over the head with a metal bar by a stranger outside the kebab shop on {street}. Skull fracture.",
)
t(
    "violence_with_injury",
    "DA",
    "V ({age_adult}, m) and his dad had a fight at a family BBQ, dad broke V's nose. Both had been drinking. V wants help with the anger in the family.",
)
t(
    "violence_with_injury",
    "",
    "V's flatmate (not a partner, they just rent rooms in the same house) hit V with a chair - bruising to back and arm. Flatmate since evicted.",
)
t(
    "violence_with_injury",
    "DA HBA",
    "Uncle ({age_adult}) slapped niece {f1} (22) repeatedly, bruising to face and neck, when she said she was moving out. Family say she has shamed them by seeing a man from outside the community.",
)
t(
    "violence_with_injury",
    "",
    "Bus driver spat at then punched in the face by a passenger who'd been refused travel - glasses broken, cut beside eye.",
)
t(
    "violence_with_injury",
    "DA",
    "V {f1} hit by her mother-in-law with a walking stick, bruises all up her arms, after an argument about housework. V lives with her husband's family.",
)
t(
    "violence_with_injury",
    "KNF",
    "Fight on the forecourt of the petrol station, V stabbed in the shoulder with a screwdriver by another customer. Puncture wound, stitched.",
)
t(
    "violence_with_injury",
    "HATE",
    "V (Muslim woman) had her hijab pulled off and was shoved to the ground on the tram; grazed knees and hands. Suspect ranting anti-Muslim abuse.",
)
t(
    "violence_with_injury",
    "DA",
    "V's son ({age_adult}) bit her on the arm during an argument about money, broke the skin. Says he's been taking money off her for a long time.",
)
t(
    "violence_with_injury",
    "",
    "HCA at {town} General punched by a patient's relative in the corridor - fractured cheekbone.",
)
t(
    "violence_with_injury",
    "",
    "V had a pint thrown over him then was punched by the boyfriend of a girl he'd been chatting to at the bar. Bruising, cut lip. V didn't know either of them.",
)
t(
    "violence_with_injury",
    "",
    "Sunday league - opposing player stamped on V deliberately after the whistle, broken leg. Witnesses.",
)
t(
    "violence_with_injury",
    "DA",
    "V (16) hit with a belt by her father, welts on both legs. Father arrested. V placed with foster carers.",
)
t(
    "violence_with_injury",
    "",
    "Road rage on the {town} ring road: other driver got out and punched V through his open window. Cut lip, chipped tooth. Partial VRM only.",
)
t(
    "violence_with_injury",
    "DA",
    "Non-fatal strangulation. V {f1} reports partner {m1} put both hands around her neck till she nearly passed out; petechiae noted by FME. Charged.",
)
t(
    "violence_with_injury",
    "",
    '"I was only waiting for the bus and he came up and punched me so hard I went down and cracked my head on the kerb" - needs 12 stitches. Man was a stranger, drunk.',
)
t(
    "violence_with_injury",
    "HATE",
    "V is a wheelchair user. A man tipped her out of her chair in the shopping centre, laughing and calling her a cripple. Bruised, sprained wrist.",
)
t(
    "violence_with_injury",
    "DA",
    "V's sister (both in their 30s) shoved V into the glass door at their mum's, several cuts to V's arm from the broken pane.",
)
t(
    "violence_with_injury",
    "DA KNF",
    "V stabbed with scissors by her partner during an argument - wound to the shoulder. MARAC next Tuesday.",
)
t(
    "violence_with_injury",
    "KNF",
    "Nightclub toilets: V slashed across the cheek with a blade by an unknown male 'for looking at him'. Facial scarring.",
)
t(
    "violence_with_injury",
    "DA HBA",
    "V (19) punched by her father when she refused to hand over her passport; family planning to take her to {country} to marry a cousin. Bruised cheek. Forced Marriage Unit contacted.",
)
t(
    "violence_with_injury",
    "",
    "Teacher assaulted by a Y10 pupil (15) who threw a chair at her - cut to the head, now off with stress.",
)
t(
    "violence_with_injury",
    "",
    "V told a dog walker to pick up after his dog, man punched him, broke his glasses and cut his nose.",
)
t(
    "violence_with_injury",
    "",
    "GBH - V found with serious head injuries in the underpass by {station}. Remembers two men telling him to 'stay away from {street}'. Nothing taken.",
)
t(
    "violence_with_injury",
    "",
    "V (84, dementia): agency carer seen on the family's camera slapping her hard across the face, left a bruise on her cheek. No family involvement in the abuse.",
)
t(
    "violence_with_injury",
    "DA",
    "Attempted murder: ex-husband attacked V with a hammer at her new flat, fractured skull. Previous DVPO. Remanded.",
)
t(
    "violence_with_injury",
    "DA",
    "Two sisters, 30 and 33, fighting in the street over their late dad's house - V bitten on the hand, needed antibiotics.",
)
t(
    "violence_with_injury",
    "HATE",
    "V assaulted at the bus station by a stranger who called her a 'Paki' - punched in the mouth, lost a tooth.",
)
t(
    "violence_with_injury",
    "",
    "GBH with intent - V stamped on by his friend's ex-partner in the pub car park; jaw broken & wired. No relationship between V and the suspect.",
)
t(
    "violence_with_injury",
    "DA HBA",
    "V (mum, 29) says her husband beat her - bruised ribs - after she refused to let his family take their daughter abroad 'to be cut'. FGM Protection Order being sought.",
)

# ======================================================================
# Block B: violence without injury, stalking and harassment
# ======================================================================

# ---- violence without injury ----
t(
    "violence_without_injury",
    "",
    "Common assault - man shoved V out of the way in the queue at {shop}, no injuries. Stranger. CCTV requested.",
)
t(
    "violence_without_injury",
    "DA",
    "V's partner {m1} grabbed her by both arms and shook her, no marks. He also goes through her phone. Medium risk DASH.",
)
t(
    "violence_without_injury",
    "",
    "Threats to kill - V's neighbour shouted through the letterbox that he would 'cut her throat'. No weapon seen. V believes he means it. Not related, just neighbours.",
)
t(
    "violence_without_injury",
    "DA",
    "Ex-partner rang V and said he'll kill her if she goes to court. Phone call only. V very frightened. IDVA allocated.",
)
t(
    "violence_without_injury",
    "HATE",
    "Spat at by a passenger on the number {bus} bus - no injury. V is a Black woman; suspect used racial slurs before spitting.",
)
t(
    "violence_without_injury",
    "",
    "PCSO pushed in the chest by a male being moved on from the precinct. No injury. Assault on emergency worker.",
)
t(
    "violence_without_injury",
    "",
    "Child neglect: 4 children found in a filthy house with no food, both parents drunk. CSC involved. Referral for maternal grandmother who has taken the kids.",
)
t(
    "violence_without_injury",
    "",
    "Child abduction - V's 6 year old son taken from outside school by a man claiming to be his uncle, found 2 hrs later unharmed. The man is no relation.",
)
t(
    "violence_without_injury",
    "DA",
    "V's ex-husband has taken their 8yo daughter to {country} without consent and won't bring her back. History of DA throughout the marriage, V has been heard at MARAC. Family court involved.",
)
t(
    "violence_without_injury",
    "MS",
    "Modern slavery. V (Romanian national) brought to UK on promise of work, made to work 14 hr days at a hand car wash for no pay, passport taken, sleeps in a room above the unit. NRM referral done.",
)
t(
    "violence_without_injury",
    "MS",
    "Domestic servitude: V (f, 24) brought over from {country} by a family to look after their children. Not allowed out alone, never paid, sleeps on the kitchen floor. No family relationship.",
)
t(
    "violence_without_injury",
    "MS",
    "County lines. 15yo boy found in a trap house in {town}, 80 miles from home, made to sell crack to pay off a 'debt'. NRM submitted. CCE.",
)
t(
    "violence_without_injury",
    "MS",
    "Cuckooing - vulnerable adult with a learning disability; dealers have taken over his flat and make him hold and run drugs for them, threaten to hurt him if he refuses. Safeguarding adults referral.",
)
t(
    "violence_without_injury",
    "DA KNF",
    "V's son (19) was holding a kitchen knife during an argument and said he'd stab her. She believed him and locked herself in the bathroom. No injury.",
)
t(
    "violence_without_injury",
    "KNF",
    "Man waved a knife at V in {town} park and told him to 'get lost or get stabbed'. No injury, nothing demanded.",
)
t(
    "violence_without_injury",
    "DA",
    "Assault by beating. Husband pushed V onto the sofa and held her down by the shoulders. No visible injury. 3rd incident this year.",
)
t(
    "violence_without_injury",
    "DA",
    "Elderly V ({age_old}) shoved by her grandson (25) during an argument about him moving back in. She didn't fall, no injury.",
)
t(
    "violence_without_injury",
    "",
    "Man at the cashpoint told V he had a gun in his pocket and would shoot her if she kept staring. Nothing seen. Nothing taken or asked for.",
)
t("violence_without_injury", "", "pushed over by a cyclist on the towpath after words exchanged, no injuries, stranger")
t(
    "violence_without_injury",
    "DA",
    '"My ex keeps saying he\'ll kill me and my new fella" - said to her face at the school gate on {date}. V believes him.',
)
t(
    "violence_without_injury",
    "",
    "Teen (14) assaulted by mum's boyfriend - grabbed by the collar and pushed against the wall. No injury. Referral to children's social care.",
)
t(
    "violence_without_injury",
    "",
    "Child cruelty - dad has repeatedly locked his 7yo in a cupboard as a punishment. Child disclosed to teacher.",
)
t(
    "violence_without_injury",
    "",
    "Threats to kill - sent by SMS from a work colleague after V reported him in a disciplinary. V scared to go into work.",
)
t(
    "violence_without_injury",
    "ONL",
    "Threat to kill sent by Instagram DM from a stranger after V posted about the match. V is scared because the account knows which town she lives in.",
)
t(
    "violence_without_injury",
    "",
    "V slapped across the face by a stranger in the nightclub queue. No mark, no injury. Door staff ejected him.",
)
t(
    "violence_without_injury",
    "HATE",
    "V (Jewish) had an egg thrown at him and a man tried to pull his kippah off; no injury. Antisemitic abuse shouted.",
)
t(
    "violence_without_injury",
    "HATE",
    "Gay couple spat at and shoved outside {pub}, suspect shouting homophobic slurs. No injuries.",
)
t(
    "violence_without_injury",
    "DA",
    "V's adult brother grabbed her by the hair and dragged her across the lounge. No visible injury. They both live with their elderly mum.",
)
t(
    "violence_without_injury",
    "",
    "Assault on shop worker at {shop}: customer threw a basket at her which missed, then shoved her. No injury.",
)
t(
    "violence_without_injury",
    "DA",
    "V is 16, her boyfriend (18) slapped her at a party - no marks. Friends saw it. He's controlling about who she talks to.",
)
t(
    "violence_without_injury",
    "DA",
    "Mum reports ex-partner shook their 3yo during the contact handover (child checked at hospital, no injuries) and then squared up to her and threatened her.",
)
t(
    "violence_without_injury",
    "MS",
    "Forced labour at a nail bar - two Vietnamese girls (16 and 17) working unpaid, sleeping at the shop, the owner holds their documents.",
)
t(
    "violence_without_injury",
    "",
    "Civil enforcement officer threatened and pushed by a driver who'd been given a ticket. No injury.",
)
t(
    "violence_without_injury",
    "",
    "Man tried to drag V's 11 yr old daughter into his car outside the park, she got free and ran home. Not known to the family.",
)
t(
    "violence_without_injury",
    "DA",
    "DA - V says husband raised his fist and told her he'd 'finish her off'. No contact made. 8 yr relationship, kids present.",
)
t("violence_without_injury", "", "Paramedic spat at by an intoxicated patient in the back of the ambulance. No injury.")
t("violence_without_injury", "", "Prison officer put in a headlock by a prisoner on the landing. No injuries.")
t(
    "violence_without_injury",
    "DA HATE",
    "V's dad (70) slapped V ({age_adult}) across the face when V told him he is gay - 'no son of mine'. No injury.",
)
t(
    "violence_without_injury",
    "HATE",
    "V (Polish) told by his neighbour 'go back to Poland or I'll burn your house down with you in it'. No weapon. Threat to kill recorded.",
)
t(
    "violence_without_injury",
    "",
    "Assault on police: suspect swung a punch at DC {pc} (missed) then grabbed his lanyard. No injury.",
)
t(
    "violence_without_injury",
    "MS",
    "Exploitation: 17yo made to carry drugs between {town} and {town2} by older males who threaten his family. NRM - positive reasonable grounds.",
)
t(
    "violence_without_injury",
    "MS",
    "Six men found living in caravans on farmland, wages kept back to pay 'debts' to a gangmaster. Forced labour suspected.",
)
t(
    "violence_without_injury",
    "DA",
    "V's partner threw a mug at her (missed) then blocked the door so she couldn't leave for two hours. No injury. Kids in the house.",
)
t(
    "violence_without_injury",
    "",
    "Landlord shoved V out of the flat and held the door shut - no injury. Dispute about the deposit.",
)
t(
    "violence_without_injury",
    "DA",
    "V {f1} (20) slapped by her stepmother, no marks. Stepmum also takes V's wages off her every week.",
)
t(
    "violence_without_injury",
    "",
    "Male in balaclava pointed what looked like a handgun at V's car at the lights, laughed and drove off. V shaking.",
)
t("violence_without_injury", "", "Stranger swung a punch at V outside the chippy, missed, V stumbled but wasn't hurt.")
t(
    "violence_without_injury",
    "DA KNF",
    "V's ex-girlfriend (split 2023) turned up at his flat with a knife in her hand saying she'd stab him. He believed she would. No injury.",
)
t(
    "violence_without_injury",
    "HATE",
    "V (Black, 62) shoved on the bus by youths making monkey noises at him. No injury.",
)
t(
    "violence_without_injury",
    "",
    "Father made his 13yo daughter stay outside overnight in the cold, no coat, as a punishment. Child cruelty - CSC strategy discussion.",
)
t(
    "violence_without_injury",
    "DA",
    "V's wife told him calmly over breakfast, in front of the children, that she'll kill him in his sleep. He believes her. No injury.",
)
t(
    "violence_without_injury",
    "DA HBA",
    "Forced marriage. V (18) told by her parents she will marry her cousin in {country} next month; her father has threatened to kill her if she refuses. FMU informed.",
)
t(
    "violence_without_injury",
    "",
    "Y8 pupil (13) pushed into the lockers by another pupil. No injury. School dealing too.",
)
t(
    "violence_without_injury",
    "KNF",
    "Stranger outside the offy held a broken bottle at V and said 'I'll cut you'. V ran off. Not injured.",
)
t(
    "violence_without_injury",
    "",
    "Drug dealer V owes money to rang him and said he'd stab him to death next time he sees him. Phone call only, no meeting. V believes the threat.",
)
t(
    "violence_without_injury",
    "MS",
    "V (m, 50s, previously homeless) picked up by a family and kept working on driveways for years in return for food and a caravan to sleep in. Threatened if he tried to leave.",
)
t(
    "violence_without_injury",
    "ONL",
    "15yo receiving death threats in a Snapchat group from classmates saying they'll kill her after school. Parents referred.",
)
t(
    "violence_without_injury",
    "",
    "Victim grabbed by the collar and pushed against a wall by a stranger in a row over a parking space - no marks, no pain afterwards. NFA likely, CCTV poor.",
)
t(
    "violence_without_injury",
    "DA",
    "DVPN served yesterday after V's boyfriend of 4 yrs pinned her to the bed during a row. No injuries. She's worried what happens when it runs out.",
)
t(
    "violence_without_injury",
    "",
    "Child abduction attempt - a stranger tried to lead V's 5yo away in the supermarket saying 'come with me to find mummy'. Staff intervened.",
)

# ---- stalking and harassment ----
t(
    "stalking_harassment",
    "DA",
    "Stalking: ex-partner {m1} keeps turning up at V's work, sits outside her house in his car, follows her to the gym. Relationship ended {date}. DASH high.",
)
t(
    "stalking_harassment",
    "ONL",
    "V getting abusive messages on Facebook from a former friend calling her a slag and spreading lies about her to mutual friends.",
)
t(
    "stalking_harassment",
    "DA",
    "CCB - husband controls all the money, has her bank card, tracks her phone and won't let her see her own family. No physical violence disclosed.",
)
t(
    "stalking_harassment",
    "",
    "Neighbour harassment - man next door keeps filming V's house, shouting at her kids, banging on the adjoining wall. Multiple incidents since March. No relation.",
)
t(
    "stalking_harassment",
    "",
    "Malicious comms: anonymous letters posted through V's door calling her a 'paedo lover' and worse. 5 so far.",
)
t(
    "stalking_harassment",
    "",
    "Colleague sending V repeated unwanted texts and calls since she turned down a date - 40+ texts. SMS and calls only.",
)
t(
    "stalking_harassment",
    "ONL",
    "V is a town councillor, getting abusive emails every day from one constituent, some mentioning her children.",
)
t(
    "stalking_harassment",
    "",
    "Stalking by a stranger: man from V's gym found out her address, leaves flowers on her car and follows her home. They have never been in a relationship.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "Ex-girlfriend keeps making fake Instagram accounts to message V and his new partner. Going on 6 months now.",
)
t(
    "stalking_harassment",
    "HATE",
    "Racially aggravated harassment - neighbours shout racist abuse at V's family whenever they leave the house, weeks of it. Kids scared to go out.",
)
t(
    "stalking_harassment",
    "DA",
    "\"He just won't leave me alone\" - V's ex rings from withheld numbers 20 times a night and turns up at her mum's. NMO in place.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "V and {m1} were only together briefly and have a 2yo son. He sends her abusive WhatsApp messages every day about contact arrangements.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "Ex-partner has been logging into V's iCloud and Facebook to read her messages, then turns up wherever she is. She changed passwords, it carried on.",
)
t(
    "stalking_harassment",
    "ONL",
    "14yo girl harassed by classmates on TikTok - comments calling her fat and ugly, telling her to kill herself. Mum referred.",
)
t(
    "stalking_harassment",
    "DA",
    "Controlling or coercive behaviour - partner dictates what V wears, checks every receipt, made her give up her job, cut her off from friends. DASH medium. IDVA.",
)
t(
    "stalking_harassment",
    "HATE",
    "V (Muslim, wears niqab) targeted daily by a man on her road shouting 'terrorist' at her and following her to the shop.",
)
t(
    "stalking_harassment",
    "",
    "Harassment by former landlord - turning up unannounced and texting demands, said he'd 'sort her out'. V moved out in {month}.",
)
t(
    "stalking_harassment",
    "",
    "Stalking - V is a counsellor; a former client sends gifts to the clinic, hangs around the car park and has turned up at her home address.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "V's sister ({age_adult}) sending threatening voice notes on WhatsApp since they fell out over their mum's will.",
)
t(
    "stalking_harassment",
    "ONL",
    "Fake profile on a dating app using V's photos and phone number, V getting calls from strange men at all hours.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "V's ex-husband keeps emailing her employer saying she's a drug user to get her sacked. Divorced 2021.",
)
t(
    "stalking_harassment",
    "",
    "V being harassed by his girlfriend's ex, who sends him abusive texts and has turned up at V's flat twice. V had never met him before this started.",
)
t(
    "stalking_harassment",
    "HATE",
    "Homophobic harassment: neighbours leave notes on V's door saying 'no gays here' and have shouted at him on several occasions.",
)
t(
    "stalking_harassment",
    "ONL",
    "Primary teacher harassed by a parent on a local Facebook group - posts accusing her of hurting kids, hundreds of comments.",
)
t(
    "stalking_harassment",
    "DA",
    "Stalking - V's ex (they were together 3 wks in 2019) still following her; has turned up in {town2} where she moved to get away.",
)
t(
    "stalking_harassment",
    "",
    "V gets silent calls every night from a withheld number. Suspects an old school friend she fell out with. Calls only.",
)
t(
    "stalking_harassment",
    "DA",
    "CCB by adult son ({age_adult}): controls V's pension, won't let her leave the house without him, threatens to put her in a home.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "harrasment by ex bf, msgs on snap & insta 'ur nothing without me' 'ill ruin u'. v is 17, he is 19",
)
t(
    "stalking_harassment",
    "ONL",
    "V (15) being harassed by her ex-boyfriend (15) - Snapchat messages, spreading rumours around school. Parents want advice.",
)
t(
    "stalking_harassment",
    "ONL",
    "V's husband's ex-wife (V has never had any relationship with her) sends V abusive Facebook messages and leaves fake reviews on her business page.",
)
t(
    "stalking_harassment",
    "ONL",
    "Met a man once for a coffee through Hinge, no relationship. He now turns up at her work most days and sends Hinge and WhatsApp messages she hasn't answered.",
)
t(
    "stalking_harassment",
    "",
    "Landlord's son keeps coming round uninvited, banging on V's door late at night and texting her. V lives alone and is scared.",
)
t(
    "stalking_harassment",
    "HATE",
    "Transphobic harassment - colleague deliberately misgenders V, put abusive notes in her locker, tells customers she's 'a man in a dress'. HR involved.",
)
t(
    "stalking_harassment",
    "HATE",
    "Disability hate: youths keep knocking at V's door mocking his stammer, been going on for weeks.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "V's ex (split 2020) has started messaging again on Facebook Messenger saying he knows where she lives now.",
)
t(
    "stalking_harassment",
    "DA",
    "Partner accuses V of cheating, goes through her phone, makes her share her location 24/7, rages if she's late home. She said 'it's not violent so it's not really abuse is it?'",
)
t("stalking_harassment", "ONL", "Business owner getting threatening emails from an ex-employee since he was dismissed.")
t(
    "stalking_harassment",
    "ONL",
    "Unknown person posting V's address and photos on an online forum saying she's a grass.",
)
t(
    "stalking_harassment",
    "",
    "Mum (44) being harassed by her daughter's ex-boyfriend - he keeps texting and calling mum demanding to know where the daughter is living. Mum has no relationship with him.",
)
t(
    "stalking_harassment",
    "",
    "V followed from the station 3 nights in a row by the same man; last night he said 'I know where you live'. Not known to V.",
)
t(
    "stalking_harassment",
    "",
    "Student harassed in halls by another student - notes under door, texts, waits outside her lectures. They have never been in a relationship.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "ex-wife sending pizzas and taxis to his house every night and emailing his mum constantly. Divorce final last year.",
)
t(
    "stalking_harassment",
    "DA ONL",
    '"he sent me 300 messages in one night on WhatsApp calling me every name then saying sorry" - ex-partner, split in {month}.',
)
t("stalking_harassment", "", "Malicious comms via SMS - unknown number texting V abusive sexual comments, 2 weeks now.")
t(
    "stalking_harassment",
    "HATE ONL",
    "Racist messages in the work WhatsApp group aimed at V, colleague calling him a monkey. Manager has screenshots.",
)
t(
    "stalking_harassment",
    "DA",
    "CCB - V's wife controls his medication and money, belittles him constantly, threatens to leave with the kids if he tells anyone. He has MS.",
)
t(
    "stalking_harassment",
    "ONL",
    "V getting constant nasty comments on her TikTok from one account, thinks it's a former co-worker.",
)
t(
    "stalking_harassment",
    "",
    "Neighbour has left dog mess on V's step, sworn at her and kept a camera trained on her front door since Christmas. Targeted at V, causing her real distress - harassment crimed.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "Ex-partner in breach of a restraining order - keeps walking past V's house and messaging her through her friends on Facebook.",
)
t(
    "stalking_harassment",
    "DA",
    "V's adult granddaughter keeps phoning and turning up demanding money; V feels harassed and scared to answer the door.",
)

# ======================================================================
# Block C: sexual offences, robbery, burglary, vehicle, thefts
# ======================================================================

# ---- sexual offences ----
t(
    "sexual_offences",
    "",
    "Rape - V (f, {age_adult}) raped by a man she met at a club, at his flat in {town}, {date}. ISVA referral. Not known to her before that night.",
)
t(
    "sexual_offences",
    "DA",
    "V raped by her husband; says it has happened many times, 'I didn't think it counted because we're married'. DASH high, MARAC.",
)
t(
    "sexual_offences",
    "",
    "Sexual assault on the train - man pressed himself against V and touched her bottom between stations. BTP crime ref {ref}.",
)
t(
    "sexual_offences",
    "CSA",
    "CSE concerns: 14yo girl going missing, older men giving her vapes and lifts; found in a car with a 24yo man and has disclosed sexual activity.",
)
t(
    "sexual_offences",
    "CSA",
    "Non-recent CSA: V (now 45) disclosed her uncle sexually abused her from age 7 to 12. Wants to report. Uncle still alive, lives in {town2}.",
)
t("sexual_offences", "", "Indecent exposure - man exposed himself to V and her friend on the canal path around {time}.")
t(
    "sexual_offences",
    "",
    "Voyeurism - landlord had hidden a camera in the bathroom of V's rented room. Found by V when cleaning.",
)
t(
    "sexual_offences",
    "",
    "Upskirting on the escalator at {shop}: male filmed up V's skirt on his phone, detained by security.",
)
t(
    "sexual_offences",
    "CSA ONL",
    "Online grooming: 13yo boy chatting to a 'girl' on Discord who asked for nude pics; it was an adult man. Images were sent.",
)
t(
    "sexual_offences",
    "",
    "Sexual assault by a taxi driver - touched V's thigh and breasts after she fell asleep in the back.",
)
t("sexual_offences", "DA CSA", "V (16) raped by her boyfriend (17) at his house. She told her mum who called police.")
t("sexual_offences", "DA", "Rape by ex-partner when he came round to collect the last of his things. DASH high risk.")
t(
    "sexual_offences",
    "",
    "Drink spiked at {pub}, woke up in a stranger's flat, believes she was raped. SARC attended, samples taken.",
)
t(
    "sexual_offences",
    "",
    "Manager at work has repeatedly grabbed V's waist and bottom and tried to kiss her in the stock room. Sexual assault x3.",
)
t(
    "sexual_offences",
    "MS",
    "Trafficking for sexual exploitation: V (Albanian, 20) brought to the UK and forced into prostitution in flats across {town}. NRM.",
)
t(
    "sexual_offences",
    "CSA MS",
    "17 y/o girl moved between hotels for sex with older men - CSE and trafficking. NRM completed by social worker.",
)
t(
    "sexual_offences",
    "ONL",
    "Cyberflashing - V received an unsolicited explicit photo via Instagram DM from a man she doesn't know.",
)
t(
    "sexual_offences",
    "CSA",
    "Step-brother (19) sexually assaulted V (15) at home while parents were out. V told her school.",
)
t(
    "sexual_offences",
    "DA CSA",
    "V (17) disclosed her step-brother (21) has been coming into her room at night and touching her sexually. Both live at home with mum.",
)
t(
    "sexual_offences",
    "",
    "Sexual assault: V grabbed and kissed against her will by a man at a bus stop, he put his hand up her top. Stranger.",
)
t("sexual_offences", "", "Rape of male V by an acquaintance after a party. V very embarrassed, first told his GP.")
t(
    "sexual_offences",
    "CSA",
    "Sexual activity with a child - 15yo girl in a 'relationship' with a 23yo man. Sexual activity disclosed to school nurse.",
)
t(
    "sexual_offences",
    "",
    "V (learning disability) sexually assaulted by another resident at her supported living placement. Staff reported.",
)
t(
    "sexual_offences",
    "DA",
    "V says her boyfriend (2 yrs together) had sex with her while she was asleep, more than once. She didn't know that was rape.",
)
t("sexual_offences", "", "Neighbour repeatedly exposing himself at his window when V's kids walk past to school.")
t("sexual_offences", "", "V (gay man) groped in the club toilets by a stranger who followed him in.")
t("sexual_offences", "DA", "Non-recent rape by V's ex-husband in the 1990s. Now divorced 20 yrs; V ready to report.")
t(
    "sexual_offences",
    "DA CSA",
    "Father sexually abused V from age 10; she is now 17, abuse only stopped last month when she disclosed to a teacher.",
)
t(
    "sexual_offences",
    "",
    "Student raped at a house party by a guy she'd met that night. ISVA and uni wellbeing informed.",
)
t("sexual_offences", "", "Massage therapist touched V's genitals during a treatment without consent.")
t(
    "sexual_offences",
    "CSA ONL",
    "12yo messaged on Roblox by an adult who arranged to meet her; police intercepted him at the meeting place.",
)
t(
    "sexual_offences",
    "",
    "Attempted rape in {town} park: man tried to pull down V's leggings, she fought him off. Scratches and bruises.",
)
t("sexual_offences", "KNF", "Man held a knife to V's throat and raped her in an alleyway off {street}. Stranger.")
t("sexual_offences", "HATE", "V (trans man) sexually assaulted by a group who mocked his gender identity throughout.")
t(
    "sexual_offences",
    "CSA",
    "10yo girl sexually assaulted in the changing rooms at the swimming baths by an adult male stranger.",
)
t(
    "sexual_offences",
    "DA HBA",
    "V (19) married off to her cousin abroad last year; husband rapes her, family say divorcing him would dishonour them. Back in UK now.",
)
t(
    "sexual_offences",
    "",
    "V woke up on a friend's sofa after a party with a male friend touching her sexually. She's 20. Doesn't want to lose the friendship group.",
)

# ---- robbery ----
t("robbery", "", "Mugging - two males grabbed V's phone and pushed him to the ground on {street}. Grazes to hands.")
t(
    "robbery",
    "KNF",
    "Knifepoint robbery near {station}: suspect held a blade to V's stomach and took his phone and wallet.",
)
t(
    "robbery",
    "",
    "Business robbery - man walked into {shop} with a hammer, threatened staff, took £{amt} from the till.",
)
t("robbery", "", "V (15) had his bike taken by a group of teenagers who punched him and rode off on it.")
t("robbery", "", "Street robbery - handbag snatched, V held on and was dragged along the pavement. Broken wrist.")
t(
    "robbery",
    "KNF",
    "3 lads surrounded V and said 'give us your airpods or we'll stab you', one had his hand in his pocket like he was holding a knife. V believed it and handed them over.",
)
t(
    "robbery",
    "DA",
    "Ex-partner pushed V against the wall and took her purse and phone off her so she couldn't ring the police.",
)
t("robbery", "", "Elderly V ({age_old}) pushed over at the cashpoint and his cash taken. Bruised hip.")
t("robbery", "", "Carjacking - V dragged out of his car at the lights on {street}, suspect drove off in it.")
t("robbery", "KNF", "Delivery rider threatened with a machete, moped and the food order taken.")
t("robbery", "", "V followed home from {station} and his watch taken by a man who punched him in the face.")
t(
    "robbery",
    "DA",
    "Son (26) ripped V's handbag off her shoulder and shoved her when she refused him money for drugs; took £{small_amt}.",
)
t("robbery", "", "Petrol station robbery - offender produced what looked like a pistol, cashier handed over cash.")
t("robbery", "", "Phone snatch - V held on, the lad on the bike punched her arm until she let go.")
t(
    "robbery",
    "HATE ONL",
    "V lured via Grindr to meet someone, then beaten and robbed of phone and bank cards by 3 men calling him homophobic names.",
)
t(
    "robbery",
    "",
    "Shop worker punched by a shoplifter when she tried to stop him leaving {shop} with a bag of stolen goods; he got away with them.",
)
t("robbery", "KNF", "V (13) had his phone taken at knifepoint by older boys in the park.")
t("robbery", "KNF", "Taxi driver robbed of the night's takings by a passenger who held a screwdriver to his neck.")
t("robbery", "", "V's chain ripped off her neck by a man who grabbed her from behind; red marks and a cut on her neck.")
t("robbery", "", "Two V's tied up in their own home by masked men demanding the safe code; cash and jewellery taken.")
t(
    "robbery",
    "",
    '"He shoved me into the hedge and took my bag" - V ({age_old}) on her way back from the post office with her pension.',
)

# ---- burglary ----
t("burglary", "", "Resi burglary - rear door forced overnight, TV, laptop and car keys taken (car left on the drive).")
t("burglary", "", "Shed broken into, lawnmower and power tools stolen.")
t(
    "burglary",
    "",
    "Sneak-in burglary: someone walked in through the unlocked front door while V was upstairs and took her handbag from the hallway.",
)
t(
    "burglary",
    "",
    "Distraction burglary - elderly V ({age_old}): man claiming to be from the water board got in and took cash from the bedroom while she ran the taps.",
)
t(
    "burglary",
    "",
    "Burglary while family on holiday - back window smashed, jewellery incl. late mum's rings taken, drawers tipped out.",
)
t("burglary", "", "Garage broken into, V's mountain bike (£{amt}) and golf clubs taken.")
t("burglary", "", "Business burglary - {shop} entered overnight via the roof; cigarettes and cash taken.")
t("burglary", "", "Attempt burglary - pry marks round the front door lock, someone tried to force it, didn't get in.")
t("burglary", "", "Community centre broken into over the weekend, laptop and the collection money stolen.")
t(
    "burglary",
    "DA",
    "Burglary by ex-partner - V's ex let himself in with an old key while she was out and took her passport and the kids' iPads.",
)
t(
    "burglary",
    "DA",
    "V's son ({age_adult}), who doesn't live with her, got in through the kitchen window and took her jewellery to sell.",
)
t("burglary", "", "Student house burglary - 3 laptops taken from bedrooms, front door left on the latch.")
t("burglary", "", "Keys fished through the letterbox with a hook overnight; V's car then taken from the drive.")
t("burglary", "", "Allotment shed forced open, strimmer and hand tools gone.")
t(
    "burglary",
    "",
    "V woke to find a man in her bedroom going through her drawers. He ran when she screamed. Purse taken.",
)
t("burglary", "", "Office break-in over the weekend, 6 laptops and petty cash taken. CCTV being reviewed.")
t(
    "burglary",
    "HATE",
    "V (disabled) burgled 3 times in 2 months; last time offenders wrote 'easy target cripple' on her wall.",
)
t("burglary", "", "Farm outbuilding broken into, quad bike and tools taken.")
t("burglary", "", "Flat burglary: front door kicked in, nothing obviously taken but the whole place ransacked.")
t(
    "burglary",
    "",
    "Dwelling burglary, lots of sentimental items gone, V ({age_old}) now scared to stay at home. Wants target hardening.",
)
t(
    "burglary",
    "",
    "Someone climbed in the bathroom window and took V's handbag & car keys off the kitchen table while she slept. Car still outside.",
)
t(
    "burglary",
    "",
    "Burglary at V's mum's house while mum is in hospital - V reporting for her. Neighbour saw 2 men leave with bags.",
)
t("burglary", "", "Door to the communal bike store inside the block was forced and V's bike taken from in there.")
t("burglary", "", "Pub broken into overnight, fruit machine emptied.")
t("burglary", "", "V lives in a static caravan - broken into while she was at work, cash tin taken.")
t(
    "burglary",
    "DA",
    "V's brother, who she has barred from her flat, got in through a window and took her prescription meds and £{small_amt}.",
)
t("burglary", "", "Hotel room entered with a cloned key card, V's laptop taken.")

# ---- vehicle offences ----
t(
    "vehicle_offences",
    "",
    "Car taken from outside V's house overnight - keyless, no sign of entry to the house, keys were still inside.",
)
t("vehicle_offences", "", "Catalytic converter taken off V's Prius on the drive overnight.")
t(
    "vehicle_offences",
    "",
    "Tools stolen from V's unlocked van on {street}, approx £{amt} worth. V is self-employed, can't work.",
)
t("vehicle_offences", "", "V's motorbike taken from outside the flats, found dumped two streets away next day.")
t(
    "vehicle_offences",
    "",
    "Aggravated vehicle taking - V's car taken from outside work and crashed into a wall, written off.",
)
t("vehicle_offences", "", "Both number plates stolen off V's car.")
t(
    "vehicle_offences",
    "",
    "Man trying car door handles along {street} at 2am, V's alarm went off, nothing taken - vehicle interference.",
)
t(
    "vehicle_offences",
    "DA",
    "Son ({age_adult}) took V's car keys out of her bag and drove off in her car; he's been taking her money and things for months and she's scared of him.",
)
t("vehicle_offences", "", "Sat nav and handbag taken from V's unlocked car on the drive.")
t("vehicle_offences", "", "V's work van stolen from the yard overnight - tracker shows it in {town2}.")
t("vehicle_offences", "", "All four wheels stolen from V's car, left on bricks.")
t("vehicle_offences", "", "Motorhome stolen from a secure storage compound.")
t("vehicle_offences", "", "Moped stolen from outside the takeaway while the delivery rider was inside, engine running.")
t("vehicle_offences", "", "Diesel siphoned from V's lorry tanks overnight at the lay-by.")
t("vehicle_offences", "", "Car taken on a test drive from V's forecourt, driver never came back.")
t(
    "vehicle_offences",
    "",
    "V disturbed a man trying the doors of cars on the estate before he got into any - interfering with vehicles.",
)
t("vehicle_offences", "", "V's blue badge taken from the dashboard of her car, car was unlocked.")

# ---- theft from the person ----
t(
    "theft_from_person",
    "",
    "Pickpocket on the bus - wallet taken from V's back pocket, didn't notice until she got off.",
)
t("theft_from_person", "", "Phone taken out of V's jacket pocket (she was wearing it) on the dance floor at {pub}.")
t(
    "theft_from_person",
    "",
    "Purse taken from V's open handbag on her shoulder at the market; her cards then used at {shop}.",
)
t("theft_from_person", "", "Phone snatched out of V's hand by a moped rider, no force on her, she wasn't hurt.")
t(
    "theft_from_person",
    "",
    "Elderly V ({age_old}) felt someone brush against her at the cashpoint, later found her purse gone from her coat pocket.",
)
t("theft_from_person", "", "AirPods case taken from V's coat pocket on a packed train.")
t(
    "theft_from_person",
    "",
    "Pickpocketing at the football - V's phone went from his jeans pocket in the crush at the turnstiles.",
)
t("theft_from_person", "", "Bag lifted off V's shoulder by a man running past - she didn't resist and wasn't pulled.")
t("theft_from_person", "", "Two women distracted V with a map while one took her wallet out of her handbag.")
t("theft_from_person", "", '"I was on the escalator and my phone just disappeared from my pocket"')
t(
    "theft_from_person",
    "",
    "Tourist's camera unclipped from the strap round his neck on the escalator without him noticing.",
)

# ---- bicycle theft ----
t("bicycle_theft", "", "Bike stolen from the rack outside {station}. Locked up at 8, gone by 6.")
t("bicycle_theft", "", "Kids' bikes taken from the front garden overnight.")
t("bicycle_theft", "", "Road bike worth £{amt} stolen from outside V's work.")
t("bicycle_theft", "", "15yo's bike taken from the bike shed outside school while he was in lessons.")
t("bicycle_theft", "", "V's bike gone from outside {shop}, unlocked, she was only in there five minutes.")
t("bicycle_theft", "", "Cargo bike stolen from outside V's house, was chained to the railings.")
t("bicycle_theft", "", "V's son's BMX taken from the open back yard - no building entered.")
t("bicycle_theft", "", "Delivery cyclist's pushbike stolen while he went in to collect an order.")
t("bicycle_theft", "", "Folding bike taken from the luggage rack on the train.")
t(
    "bicycle_theft",
    "",
    "Pedal bike taken from outside the leisure centre; V saw a lad ride off on it, no confrontation.",
)

# ---- shoplifting ----
t("shoplifting", "", "{shop} - male filled a bag with meat and walked out without paying. Known regular.")
t("shoplifting", "", "Store manager referral: repeat shoplifting at {shop}, staff feeling demoralised.")
t("shoplifting", "", "Two teenage girls took make-up from {shop}, stopped by security outside.")
t("shoplifting", "", "Self-checkout: customer scanned cheap items and bagged expensive ones, £{small_amt} loss.")
t("shoplifting", "", "Man walked out of the off-licence with two bottles of vodka, didn't pay.")
t("shoplifting", "", "Shoplifter swore at staff and called them names on the way out of {shop} with a bag of razors.")
t("shoplifting", "", "Garden centre: plants taken from the outdoor display without paying.")
t("shoplifting", "", "Man took aftershave from the shelf in the chemist and ran out.")
t("shoplifting", "", "Corner shop owner says kids keep stealing sweets and drinks.")
t("shoplifting", "", "Clothes taken from the changing rooms at {shop}, security tags left behind.")
t("shoplifting", "HATE", "Shoplifter walked out of {shop} with goods after calling the Asian cashier a racist name.")
t("shoplifting", "", "12yo caught shoplifting at {shop}, parents informed.")

# ---- other theft ----
t("other_theft", "", "Theft by employee: care worker stole £{small_amt} from an elderly client's purse.")
t("other_theft", "", "Making off without payment - petrol drive-off at {shop} forecourt, £{small_amt}.")
t("other_theft", "", "Parcels stolen from V's doorstep, 3rd time this month.")
t("other_theft", "", "Purse stolen out of V's shopping trolley at the supermarket while she reached up to a shelf.")
t(
    "other_theft",
    "ONL",
    "Blackmail: man V met on a dating site recorded their video call and now demands £{amt} or he'll send it to her family.",
)
t("other_theft", "DA", "Granddaughter ({age_adult}) has been taking cash out of V's purse for months.")
t("other_theft", "", "Handbag left on a chair in the café taken by another customer.")
t("other_theft", "", "Taxi passenger did a runner without paying a £{small_amt} fare.")
t("other_theft", "", "Restaurant: table of 6 left without paying £{amt}.")
t(
    "other_theft",
    "",
    "V left his phone on the bus, it's been tracked to an address and the finder refuses to give it back.",
)
t("other_theft", "", "Garden ornaments and solar lights taken from V's front garden.")
t("other_theft", "", "Employee stealing stock from the warehouse over several months, est £{big_amt}.")
t(
    "other_theft",
    "",
    "Blackmail - ex-colleague threatening to tell V's wife about an affair unless V pays £{amt}. Demands by text only.",
)
t("other_theft", "", "Laptop taken from V's desk at work, open plan office, no break in.")
t("other_theft", "", "Post stolen from communal mailboxes, V's new bank card among it and it's since been used.")
t("other_theft", "DA", "V's partner took £{amt} in cash that she'd saved in a tin for the kids' Christmas.")
t("other_theft", "", "Clothes and watch taken from an unlocked locker at the gym.")
t(
    "other_theft",
    "ONL",
    "Sextortion - V (m, 34) chatted to a 'woman' on Facebook, sent intimate images, now being told to pay £{amt} in gift cards or they go to his contacts.",
)
t("other_theft", "", "Allotment produce and a water butt taken (no sheds entered).")
t("other_theft", "", "Domestic cleaner took V's rings off the dressing table.")
t("other_theft", "", "Charity collection box taken off the bar at {pub}.")
t("other_theft", "", "Scaffold boards and building materials taken from a site on {street}.")

# ======================================================================
# Block D: damage/arson, drugs, weapons, public order, misc, fraud, ASB, other
# ======================================================================

# ---- criminal damage and arson ----
t("criminal_damage_arson", "", "V's car windows smashed overnight on {street}, nothing taken from inside.")
t("criminal_damage_arson", "", "Arson - wheelie bin set alight and pushed against V's back fence, fence scorched.")
t(
    "criminal_damage_arson",
    "DA",
    "Ex-partner smashed V's phone and the TV during a row. No violence towards V herself this time.",
)
t("criminal_damage_arson", "HATE", "Swastika and 'Jews out' sprayed on V's front door. V and family are Jewish.")
t("criminal_damage_arson", "", "Tyres let down and both wing mirrors kicked off V's car, 3rd time this month.")
t("criminal_damage_arson", "", "Neighbour kicked V's front door in a rage, cracked the panel.")
t(
    "criminal_damage_arson",
    "",
    "Arson with intent to endanger life - petrol poured through V's letterbox and lit, family got out through the back. No injuries.",
)
t(
    "criminal_damage_arson",
    "DA",
    "V's son ({age_adult}) punched holes in the walls and broke the bedroom door when she refused to give him money.",
)
t(
    "criminal_damage_arson",
    "HATE",
    "Mosque windows broken by stones thrown during Friday prayers, anti-Muslim shouting from the car park.",
)
t("criminal_damage_arson", "", "Car set on fire on V's driveway at 3am, police think it was targeted.")
t("criminal_damage_arson", "", "V's fence pulled down by the neighbour during the boundary dispute.")
t("criminal_damage_arson", "", "Plants ripped out of V's front garden and hanging baskets smashed on the path.")
t("criminal_damage_arson", "DA", "Ex-boyfriend poured bleach over all V's clothes and ripped up her work uniform.")
t("criminal_damage_arson", "", "Paint thrown over V's car overnight, suspect unknown.")
t("criminal_damage_arson", "", "Arson - V's shed burnt down overnight; fire service say deliberate.")
t(
    "criminal_damage_arson",
    "HATE",
    "V's wheelchair-accessible van had its windows smashed and 'spastic' written across it in marker pen.",
)
t("criminal_damage_arson", "DA", "V's dad (60) smashed her laptop after an argument about her boyfriend. V is 24.")
t("criminal_damage_arson", "", "Fireworks pushed through V's letterbox, scorched hallway carpet.")
t("criminal_damage_arson", "HATE", "Rainbow flag torn down and burnt outside V's house; 'f*g' sprayed on his car.")
t("criminal_damage_arson", "", "V's phone grabbed and thrown in the canal by a mate during an argument.")
t("criminal_damage_arson", "", "Cemetery - V's late father's headstone pushed over and broken.")
t("criminal_damage_arson", "", "School windows broken by youths over half term, caretaker reporting.")
t("criminal_damage_arson", "DA", "V's mother-in-law smashed her wedding photos and broke her sewing machine.")
t("criminal_damage_arson", "", "Brick thrown through V's lounge window at 2am, nobody hurt.")
t("criminal_damage_arson", "", "Paint stripper poured over V's car, paintwork ruined.")
t("criminal_damage_arson", "", "{shop} shutters spray painted overnight, 2nd time.")
t("criminal_damage_arson", "", "Tenant trashed V's rental flat on leaving - holes in doors, kitchen units smashed.")
t("criminal_damage_arson", "DA", "Arson - V's partner set fire to her clothes in the garden in front of her.")
t("criminal_damage_arson", "", "Firework thrown at V's car as he drove past, scorched the bonnet.")
t("criminal_damage_arson", "", "Memorial bench in the park for V's son has been smashed.")
t("criminal_damage_arson", "DA", "V's brother (adult) smashed her windscreen with a hammer during a family dispute.")
t(
    "criminal_damage_arson",
    "DA",
    "Partner snapped V's glasses and broke her phone so she couldn't ring anyone. No assault.",
)
t("criminal_damage_arson", "", "Stranger put V's front window through after V's dog barked at him.")

# ---- drug offences ----
t(
    "drug_offences",
    "",
    "Community referral: flat 4 on {street} dealing drugs, cars pulling up all hours, deals done in the stairwell.",
)
t(
    "drug_offences",
    "",
    "Cannabis factory found in V's rental property after the tenants left. V is the landlord, feels sick about it.",
)
t("drug_offences", "", "Son (20) growing cannabis in his bedroom at V's house. V worried police will come.")
t(
    "drug_offences",
    "",
    "V's 17yo daughter found with a bag of MDMA pills; she says they were to share with mates at a festival.",
)
t("drug_offences", "", "Parents report youths selling weed outside the school gates to pupils.")
t("drug_offences", "", "Landlord of {pub} reports ket and coke being dealt in the pub toilets.")
t("drug_offences", "", "Drugs found in V's car after her nephew had borrowed it. V wants to know where she stands.")
t("drug_offences", "", "Nitrous canisters being sold to kids from a car in the {shop} car park.")

# ---- possession of weapons ----
t(
    "possession_of_weapons",
    "",
    "Youth seen with a large knife in his waistband at the skatepark, not used or shown to anyone; arrested.",
)
t(
    "possession_of_weapons",
    "",
    "V's son (17) took a zombie knife to college in his bag, found by staff. V scared he's involved in gangs.",
)
t("possession_of_weapons", "", "Man stopped and searched in the town centre, lock knife found in his pocket.")
t(
    "possession_of_weapons",
    "",
    "Imitation firearm seen on the back seat of a car, no-one threatened. Arrested for possession.",
)
t("possession_of_weapons", "", "Knuckleduster and extendable baton found on a male during stop and search.")
t(
    "possession_of_weapons",
    "",
    "Shop owner found a sawn-off shotgun hidden in the alley behind his shop; police recovered it.",
)
t(
    "possession_of_weapons",
    "",
    "Pupil (14) brought a knife into school and showed it to friends in the toilets. No threats made to anyone.",
)
t(
    "possession_of_weapons",
    "",
    "Taxi driver reports a passenger had a machete sticking out of a bag, no threat made. Passenger arrested later.",
)

# ---- public order ----
t(
    "public_order",
    "HATE",
    "Racist abuse in the street: man shouted 'go home' and racial slurs at V and her kids. No physical contact.",
)
t("public_order", "", "Drunk male swearing and threatening customers in {shop}, causing alarm.")
t(
    "public_order",
    "",
    "Violent disorder outside {pub} - large group fighting, V (bystander) frightened. No injury to V.",
)
t("public_order", "", "Passenger shouting and swearing at V (bus driver) for several minutes. No threats, no contact.")
t("public_order", "HATE", "Homophobic abuse shouted at V and his partner from a passing car.")
t("public_order", "HATE", "Man stood outside the synagogue shouting antisemitic abuse at worshippers.")
t("public_order", "", "Affray - two men fighting with bats in the street, V watched from her window and was terrified.")
t("public_order", "", "Road rage - driver got out shouting and swearing at V, banged on his window, then drove off.")
t(
    "public_order",
    "",
    "GP receptionist sworn at and told 'you'll regret this' by a patient in front of the waiting room.",
)
t(
    "public_order",
    "HATE",
    "Man mocked V's guide dog and shouted abuse about blind people at V on the station concourse.",
)
t("public_order", "", "Rival fans throwing bottles at each other after the match; V (steward) shaken but not hit.")
t("public_order", "", "Guests at a wedding reception fighting and shouting threats at staff. Venue manager reports.")
t("public_order", "HATE", "V (Romanian) abused on the bus by a woman shouting she's 'stealing our jobs'. No threats.")
t(
    "public_order",
    "",
    "s4A - group of youths threatened to 'do' V and made gestures at her outside the precinct. V intimidated.",
)
t("public_order", "", "Protest at the council meeting turned nasty, V (councillor) surrounded and shouted at.")
t("public_order", "", "Man urinating in the street and swearing at passers-by, V (with young children) distressed.")
t(
    "public_order",
    "HATE",
    "Racially aggravated s5 - V, a Chinese student, had people coughing at her and calling her 'virus'.",
)
t(
    "public_order",
    "HATE",
    "V (trans woman) in the ladies toilets; another woman screamed transphobic abuse at her in front of everyone.",
)

# ---- miscellaneous crimes against society ----
t("misc_crimes_against_society", "", "Neighbour threatened to burn V's car if she parks there again. Nothing done yet.")
t(
    "misc_crimes_against_society",
    "",
    "Dangerous driving: car mounted the pavement near V and her children, nobody hurt, driver sped off.",
)
t(
    "misc_crimes_against_society",
    "",
    "Defendant in V's assault case (a neighbour) seen on V's street, against his bail conditions.",
)
t(
    "misc_crimes_against_society",
    "",
    "Perverting the course of justice - V's neighbour made a false allegation against V to police, now admitted.",
)
t(
    "misc_crimes_against_society",
    "",
    "Text from ex-tenant saying he'll smash every window in V's house. No damage done.",
)
t(
    "misc_crimes_against_society",
    "",
    "Dangerous driving - driver deliberately tailgating and brake-checking V on the motorway, no collision.",
)
t(
    "misc_crimes_against_society",
    "",
    "Youths doing doughnuts in the retail park near pedestrians, V nearly hit. Dangerous driving.",
)
t(
    "misc_crimes_against_society",
    "",
    "Perverting the course of justice - defendant's mate offered V (prosecution witness) £{amt} to change her statement and 'forget' what she saw.",
)
t(
    "misc_crimes_against_society",
    "",
    "Bigamy: V found out her husband was already married in {country}. No abuse otherwise, nil DA concerns.",
)
t("misc_crimes_against_society", "", "Suspect in V's burglary case spotted outside her house in breach of bail.")
t(
    "misc_crimes_against_society",
    "",
    "Dangerous driving by neighbour down the cul-de-sac at speed, near miss with V's daughter.",
)
t(
    "misc_crimes_against_society",
    "",
    "V's signature forged on a witness statement submitted to court by the other side. Police investigating.",
)

# ---- fraud and computer misuse ----
t(
    "fraud_computer_misuse",
    "ONL",
    "Romance fraud - V ({age_old}) sent £{big_amt} over 8 months to an 'army doctor' she met on Facebook.",
)
t(
    "fraud_computer_misuse",
    "",
    "Courier fraud: V rang by a 'police officer' saying bank staff were corrupt; courier collected her cards and PIN.",
)
t(
    "fraud_computer_misuse",
    "ONL",
    "Investment scam - crypto platform advertised on Instagram, V put in £{big_amt} and can't withdraw.",
)
t("fraud_computer_misuse", "ONL", "Paid £{amt} for a puppy advertised online, seller vanished.")
t("fraud_computer_misuse", "", "Identity fraud - someone has opened credit cards in V's name.")
t("fraud_computer_misuse", "ONL", "V's email account hacked and used to send scam messages to all her contacts.")
t(
    "fraud_computer_misuse",
    "",
    "Rogue trader: man knocked saying roof tiles loose, charged V £{amt} for work never done.",
)
t("fraud_computer_misuse", "", "Bank impersonation call - V moved £{big_amt} to a 'safe account'.")
t(
    "fraud_computer_misuse",
    "ONL",
    "WhatsApp 'hi mum' scam - V sent £{amt} thinking it was her daughter on a new number.",
)
t("fraud_computer_misuse", "ONL", "Festival tickets bought on a resale website never arrived.")
t("fraud_computer_misuse", "DA", "Son ({age_adult}) took out loans in V's name without her knowing.")
t(
    "fraud_computer_misuse",
    "ONL",
    "V sold a sofa on Facebook Marketplace, buyer showed a fake payment screenshot and took it.",
)
t("fraud_computer_misuse", "DA", "Ex-partner used V's details to take out a phone contract after they split.")
t("fraud_computer_misuse", "", "Cloned card used abroad - bank refunded, V needs a crime ref for the insurance.")
t("fraud_computer_misuse", "", "Fake HMRC call demanding tax arrears paid in gift cards; V paid £{amt}.")
t("fraud_computer_misuse", "ONL", "Supplier's email spoofed; company paid an invoice of £{big_amt} to fraudsters.")
t(
    "fraud_computer_misuse",
    "ONL",
    "Computer misuse - ex-employee logged in remotely through the cloud portal after leaving and deleted files.",
)
t(
    "fraud_computer_misuse",
    "ONL",
    "Pop-up on V's laptop told her to ring 'Microsoft'; she let them access the laptop and they got into her online banking, £{amt} gone.",
)
t("fraud_computer_misuse", "", "Pension scam over the phone, V transferred £{big_amt}.")
t("fraud_computer_misuse", "ONL", "Fake holiday booking website, V paid £{amt}.")
t("fraud_computer_misuse", "", "Paid carer used V's bank card for her own shopping.")
t("fraud_computer_misuse", "DA", "V's brother (42) used her ID to get a loan of £{big_amt} in her name.")
t("fraud_computer_misuse", "ONL", "Met 'Mike' on Tinder who talked V into investing in crypto - £{big_amt} lost.")
t(
    "fraud_computer_misuse",
    "ONL",
    "Fake parking fine text with a link; V entered her card details on the site and £{amt} was taken.",
)
t("fraud_computer_misuse", "ONL", "Paid a deposit for a flat advertised on a letting website; flat didn't exist.")
t("fraud_computer_misuse", "ONL", "Ghost broker sold V fake car insurance via Instagram.")
t(
    "fraud_computer_misuse",
    "",
    "Builder gave a false company name and address, took a £{amt} deposit for a kitchen and vanished. Several other victims.",
)
t("fraud_computer_misuse", "ONL", "V's Amazon account hacked, orders placed to another address.")
t(
    "fraud_computer_misuse",
    "",
    "Elderly V ({age_old}) conned by a man at the door posing as a police officer, handed over her jewellery 'for safe keeping'.",
)
t("fraud_computer_misuse", "ONL", "V's Instagram hacked and used to promote a crypto scam to her followers.")
t(
    "fraud_computer_misuse",
    "DA ONL",
    "V's daughter (19) used mum's card details to buy stuff online without permission, £{amt}.",
)
t("fraud_computer_misuse", "ONL", "Paid £{small_amt} for 'training' for a remote job advertised on LinkedIn. No job.")
t("fraud_computer_misuse", "", "Cold called about carbon credits, V paid £{big_amt}.")

# ---- anti-social behaviour ----
t("anti_social_behaviour", "", "Noise nuisance - neighbours playing loud music till 4am most nights.")
t(
    "anti_social_behaviour",
    "",
    "Youths hanging around outside V's house, kicking a ball against her wall and being rowdy. No damage.",
)
t("anti_social_behaviour", "", "Neighbour's dog barks all day, V at her wits' end.")
t("anti_social_behaviour", "", "Motorbikes being ridden on the playing fields every evening.")
t("anti_social_behaviour", "", "Kids knocking on doors and running off. No damage.")
t("anti_social_behaviour", "", "Neighbour has bonfires every weekend, smoke gets into V's house.")
t("anti_social_behaviour", "", "Parking dispute - neighbour parks across V's drive. No threats.")
t(
    "anti_social_behaviour",
    "",
    "People gathering in the stairwell, loud, smoking; V feels intimidated but no threats made.",
)
t("anti_social_behaviour", "", "Loud parties at the holiday let next door most weekends.")
t("anti_social_behaviour", "", "Youths on e-scooters riding on the pavement past V's house.")
t("anti_social_behaviour", "", "V has reported noise from the flat above 3 times - banging and shouting late at night.")
t("anti_social_behaviour", "", "Begging outside V's shop, customers put off.")
t("anti_social_behaviour", "", "Neighbour keeps putting his rubbish in V's bin.")
t("anti_social_behaviour", "", "Kids playing football in the street hitting parked cars; no damage found.")
t("anti_social_behaviour", "", "Neighbour's CCTV camera points into V's garden.")
t("anti_social_behaviour", "", "Drunk people leaving {pub} loud at closing time every weekend.")
t("anti_social_behaviour", "", "Dog fouling on V's path by an unknown dog walker.")
t("anti_social_behaviour", "", "Car meets in the retail park - revving engines, music, late nights.")
t("anti_social_behaviour", "", "Tenants upstairs doing DIY at midnight.")
t("anti_social_behaviour", "", "Lads hanging round the shop are rude and make comments; no threats.")
t("anti_social_behaviour", "", "Neighbour feeds the pigeons, mess everywhere.")
t("anti_social_behaviour", "", "Street drinkers on the bench outside V's window shouting among themselves.")
t("anti_social_behaviour", "", "Hedge dispute: neighbour's leylandii blocking V's light. No crime.")

# ---- other crime ----
t("other_crime", "", "Animal cruelty: neighbour seen kicking his dog repeatedly, RSPCA informed.")
t("other_crime", "", "Fly-tipping - builder's rubbish dumped at the entrance to V's farm.")
t("other_crime", "", "V says she is a victim of crime but wouldn't give details to the call handler, wants a callback.")
t("other_crime", "", "Crime ref {ref} provided, offence type not on the referral form; V wants emotional support.")
t("other_crime", "", "Wildlife crime - badger sett dug out on V's land.")
t("other_crime", "", "V reports a neighbour breeding dogs in filthy cages in the back garden.")
t("other_crime", "", "Landlord illegally evicted V, changed the locks while she was out.")
t("other_crime", "", "Horse left without food or water in a field for days.")

# ======================================================================
# Block E: structured exports, long/rambling notes, several offences in one
# note (principal crime rule), very short notes, hard negatives
# ======================================================================

# ---- structured exports ----
t(
    "violence_with_injury",
    "DA",
    "Offence: ABH | Vict: {f1} {sur1}, {age_adult} | Susp: husband | DA: Y | DASH: High | MARAC: Y | Inj: bruised jaw, cut lip | Notes: children present, susp in custody",
)
t("shoplifting", "", "Offence: Theft - shop | Loc: {shop}, {town} | Loss: £{small_amt} | Vict: store | DA: N | Hate: N")
t(
    "stalking_harassment",
    "",
    "Offence: Harassment | Vict: {m1} {sur1} | Susp: neighbour at no. {num} | DA: N | Method: notes through door, shouting from garden | Duration: 4 months",
)
t(
    "burglary",
    "",
    "Type: Burglary dwelling | Entry: rear patio door, glass removed | Taken: jewellery, cash, passports | Vict: {f1} {sur1} ({age_old}) | Vuln: lives alone, hard of hearing",
)
t(
    "sexual_offences",
    "CSA",
    "CAD {ref} | Crime: Sexual assault | V: 16F | Susp: 34M, stranger, on bus | Online: N | Action: ISVA, school informed",
)
t(
    "fraud_computer_misuse",
    "ONL",
    "Offence: Fraud (romance) | Platform: dating site | Loss: £{big_amt} | Vict: {m1}, {age_old} | Susp: unknown, overseas | Repeat V: Y",
)
t(
    "violence_without_injury",
    "",
    "Offence: Common assault | Vict: 15M | Susp: 15M classmate | Loc: school field | Inj: none | DA: N/A",
)
t(
    "criminal_damage_arson",
    "DA",
    "Offence: Crim damage (vehicle) | Vict: {f1} | Susp: ex-partner | DA: Y | Details: kicked dents into both doors of her car outside her new address",
)
t(
    "robbery",
    "KNF",
    "Offence: Robbery (personal) | Weapon: knife (seen) | Taken: phone, bank card | Inj: none | Loc: underpass off {street}",
)
t(
    "stalking_harassment",
    "DA ONL",
    "Offence: Malicious communications | Method: Snapchat | Vict: {f1}, 16 | Susp: ex-boyfriend, 17 | DA: Y",
)
t(
    "violence_without_injury",
    "",
    "Offence: Threats to kill | Method: phone call | Vict: {m1} | Susp: former business partner | DA: N | Weapon: none seen",
)
t(
    "violence_without_injury",
    "MS",
    "Offence: Modern slavery (forced labour) | Loc: car wash, {street} | Victims: 4 adult males | NRM: Y | Passports held by employer: Y",
)
t("bicycle_theft", "", "Offence: Theft of pedal cycle | Loc: {station} racks | Value: £{amt} | Secured: Y")
t(
    "public_order",
    "HATE",
    "Offence: Public order s5 (racially aggravated) | Vict: {m1} (bus driver) | Words: racial slurs | Inj: none",
)
t(
    "violence_with_injury",
    "",
    "Offence: s20 GBH | Vict: {m1} | Susp: friend of V's sister | DA: N (no relationship) | Weapon: none | Inj: fractured eye socket",
)
t(
    "anti_social_behaviour",
    "",
    "Incident: Neighbour dispute | Crime: N | ASB: Y | Details: loud music, shouting in garden, parking | Risk: standard",
)
t(
    "stalking_harassment",
    "DA",
    "Offence: Stalking (s2A) | Susp: ex-husband | DA: Y | DASH: High | Behaviours: following, loitering at work, driving past house | Breach of NMO: Y",
)
t(
    "sexual_offences",
    "",
    "Offence: Rape | V: {f1}, {age_adult} | Susp: acquaintance (no relationship, met twice) | SARC: Y | ISVA: allocated",
)
t(
    "vehicle_offences",
    "",
    "Offence: Theft from MV | Items: laptop bag from the boot (vehicle left unlocked) | Loc: {street}",
)
t(
    "criminal_damage_arson",
    "",
    "Offence: Arson not endangering life | Property: garden shed | Susp: unknown youths | Value: £{amt}",
)
t(
    "fraud_computer_misuse",
    "",
    "Offence: Fraud by false rep | Method: phone call, 'bank security team' | Loss: £{big_amt} | Vict: {f1}, {age_old} | Online: N",
)
t(
    "violence_with_injury",
    "HATE",
    "Offence: Racially agg ABH | Vict: {m1}, security guard | Inj: swollen eye, cut to scalp | Words used: racial slurs | Susp: 2 males, unknown",
)

# ---- long / rambling / several offences ----
t(
    "violence_with_injury",
    "DA",
    "Spoke to {f1} today, quite tearful. Her ex {m1}, who she split from in {month}, came round on {date} 'to see the kids' and when she wouldn't let him in he forced the back door, shoved her into the kitchen counter (bruised back, cut elbow) and smashed her phone on the floor. He left before police got there. Says it isn't the first time and he keeps turning up at her work. DASH high, MARAC referral done, IDVA allocated. Kids (4 & 7) were upstairs.",
)
t(
    "violence_with_injury",
    "DA",
    "\"I didn't want to ring the police cos he's my brother but he's got worse since dad died. He lives with me and mum. Last week he threw mum's walking frame across the room and said he'd knock my teeth out. Saturday he punched me in the back of the head and I've had headaches since, doctor said concussion\" - caller {f1} ({age_adult}). Mum is {age_old}. Adult safeguarding referral done for mum.",
)
t(
    "violence_without_injury",
    "MS",
    "Caller ringing for her friend {f2} who doesn't speak much English. {f2} works at a nail bar in {town}, isn't paid, the boss keeps her passport and she sleeps in the back room with two other women. Boss shouts and says the police will deport them if they complain. No injuries mentioned. Caller worried, friend scared to leave.",
)
t(
    "burglary",
    "",
    "Burglary at V's home {date} - laptop and car keys taken from the kitchen. Offenders then took V's car off the drive; it was found burnt out in {town2} the following morning.",
)
t(
    "theft_from_person",
    "",
    "V pickpocketed on the platform at {station}, purse gone from her coat pocket; her cards were then used in several shops in {town} before she could cancel them.",
)
t(
    "violence_with_injury",
    "HATE",
    "Long running neighbour issue. Neighbour has shouted racist abuse at V over the fence since spring, threw a brick at V's windscreen in {month}, and on {date} came round and punched V in the face (cut lip, 2 stitches), calling him a racist name as he did it.",
)
t(
    "fraud_computer_misuse",
    "ONL",
    "Mr {sur1} is {age_old} and has lived alone since his wife passed. Over the last year he's been talking to a lady called 'Anna' on Facebook who says she works on an oil rig. He has sent her money for flights, customs fees, a sick relative - about £{big_amt} in total, some borrowed from his daughter. Daughter found out when he asked her for more. He still believes Anna is real and is cross with his daughter. Bank has frozen the account. No concerns about the family, daughter very supportive.",
)
t(
    "stalking_harassment",
    "DA",
    "V's ex keeps texting her calling her names (SMS only), and last night he came round drunk and kicked her car door in. He hasn't touched her. They split 3 weeks ago after 5 years.",
)
t(
    "violence_with_injury",
    "",
    "Assault in the street - V punched by a male she'd never met, bruised cheek. V first thought it might have been her ex but CCTV shows a total stranger. Not a domestic.",
)
t(
    "robbery",
    "",
    "V (m, {age_adult}) had his phone taken by two youths, one punched him - swollen eye. V mentioned his mum went through DA when he was little and that's why he struggles with anxiety; nothing to do with this incident.",
)
t(
    "burglary",
    "",
    "V asked whether we'd help her if her partner ever hurt her - she says he never has and is really supportive, she's just anxious after what happened to a friend. Today's referral is for a burglary at her hair salon: till and products taken overnight.",
)
t(
    "sexual_offences",
    "",
    "Sexual assault - V groped at the bus stop by a man who later told officers he was her boyfriend. V denies any relationship and had never seen him before.",
)
t(
    "violence_with_injury",
    "",
    "V rents a room in her landlord's house; he pushed her down the stairs during a row about the rent. Sprained ankle, bruised hip. Nil DA concerns - they are not and have never been in a relationship.",
)
t(
    "violence_with_injury",
    "DA",
    "V kneed in the stomach by a colleague at the work Christmas do, bruising. They dated for about a year (2019-20) and he has been 'weird' with her since she ended it.",
)
t(
    "other_theft",
    "DA",
    "V (25, learning disability) lives with her aunt, who takes V's benefits out every week and gives her £10. Aunt controls nothing else per V. Financial exploitation by a relative.",
)
t(
    "homicide",
    "KNF",
    "Family of {m1}, who died after being stabbed during a robbery at his corner shop on {street}. Two arrested. Wife {f1} and adult son referred.",
)
t(
    "sexual_offences",
    "",
    "V had her handbag taken by a man in {town} park who then sexually assaulted her before running off. Stranger. ISVA.",
)
t(
    "robbery",
    "",
    "V knocked unconscious from behind and his wallet and phone taken - fractured skull, still in hospital.",
)
t(
    "stalking_harassment",
    "DA",
    "Ex-partner has been following V for months. Last week he let down her tyres, poured sugar in the petrol tank and left a note on the windscreen saying 'I'm always watching'.",
)
t(
    "stalking_harassment",
    "DA ONL",
    "Ex has been sending V abusive messages on Instagram for weeks; on {date} he got into her flat through an open window while she was out and took the spare keys.",
)
t(
    "drug_offences",
    "",
    "Neighbour's flat being used to deal heroin - constant visitors, needles on the stairs, noise at all hours. V has young kids.",
)
t(
    "criminal_damage_arson",
    "",
    "Drunk man shouting abuse in the street kicked the wing mirror off V's car as he walked past.",
)
t(
    "stalking_harassment",
    "DA",
    "Ex-partner took out credit in V's name and since she found out he's sent her hundreds of texts and left voicemails every night.",
)
t(
    "other_theft",
    "DA",
    "V's son (30) took her bank card from her purse and has been using it at cashpoints. Around £{amt} gone.",
)
t(
    "sexual_offences",
    "CSA ONL",
    "Y9 girl (14) being sent sexual messages and explicit pictures by a 19yo on Snapchat who keeps asking to meet her.",
)
t(
    "violence_without_injury",
    "DA",
    "CSC referral: children (3 and 6) live with mum, who is a DA victim - dad shoves and grabs her in front of them. Last incident {date}, no injuries.",
)
t(
    "violence_without_injury",
    "DA ONL",
    "Ex has sent V dozens of WhatsApps; the latest says he'll kill her and then himself. V believes he might.",
)
t(
    "criminal_damage_arson",
    "HATE",
    "Neighbours daubed 'go home' on V's fence and told him they'd burn the house down. V is Nigerian.",
)
t(
    "vehicle_offences",
    "",
    "Man seen trying car doors on {street}; when V challenged him he swore at her and walked off. Nothing taken.",
)
t("shoplifting", "", "Man caught shoplifting at {shop}, cannabis found on him when police searched him.")
t("burglary", "", "Bike stolen from V's locked garden shed - shed door forced off its hinges.")
t(
    "violence_with_injury",
    "MS KNF",
    "Caseworker note - V is a 17yo boy exploited by a county lines group; when he tried to get out they stabbed him in the leg. NRM submitted.",
)
t(
    "sexual_offences",
    "CSA ONL",
    "V's daughter (13) was groomed online by a man who then met her and raped her. Arrested.",
)
t(
    "violence_with_injury",
    "",
    "V works at a hand car wash - paid properly, free to come and go, no exploitation concerns. Customer disputed the price and punched him, cut lip.",
)

# ---- victims' own words ----
t(
    "violence_with_injury",
    "HATE",
    '"They called me a terrorist and pulled at my headscarf, then one of them kicked me in the leg, it\'s black and blue"',
)
t(
    "violence_without_injury",
    "DA HBA",
    "\"My husband's family keep saying I've brought shame on them since I left him, and his brother told me he'll kill me\" - V ({age_adult}).",
)
t(
    "fraud_computer_misuse",
    "ONL",
    '"I just want my money back" - V paid £{amt} for a car on an auction website that never existed.',
)
t(
    "burglary",
    "",
    "\"I keep thinking he's going to come back\" - V's house broken into while she slept, handbag and tablet taken.",
)
t(
    "theft_from_person",
    "",
    "\"I didn't even feel it go\" - V's purse taken from the handbag she had on her arm on the bus.",
)
t(
    "violence_without_injury",
    "",
    "\"She's my mum, I don't want her arrested, I just want her to stop hitting me\" - V is 12. No injuries seen by school.",
)
t(
    "violence_without_injury",
    "DA KNF",
    "\"He put the big knife on the table in front of me and said 'remember what I can do'\" - V about her partner. Very frightened, believes him.",
)
t(
    "robbery",
    "",
    '"He said he had a knife but I never saw one and to be honest I didn\'t believe him, I just gave him the phone because he was twice my size" - V (16).',
)
t(
    "violence_with_injury",
    "",
    '"The bloke just went for me, no reason" - V punched and kicked by a stranger leaving {pub}, bruising and a cracked rib. Knife found in the suspect\'s sock on arrest but never produced or mentioned during the assault.',
)
t(
    "stalking_harassment",
    "DA",
    "\"He texted that he's going to come round with a knife\" - ex-partner, SMS, he hasn't come round. V scared.",
)
t(
    "other_crime",
    "",
    '"Is this even a crime?" - V says her neighbour leaves his dog shut in a hot car every afternoon. RSPCA informed.',
)

# ---- very short notes ----
t("violence_with_injury", "DA", "ABH, ex bf, black eye, DASH std")
t("vehicle_offences", "", "car broken into? no - left unlocked, wallet gone from glovebox")
t("burglary", "", "shed burgled again")
t("anti_social_behaviour", "", "noisy nbrs again")
t("public_order", "HATE", "racist abuse at bus stop, no contact")
t("theft_from_person", "", "pickpocketed on the tube")
t("bicycle_theft", "", "bike nicked from outside gym")
t("fraud_computer_misuse", "", "scam call, lost £{amt}")
t("stalking_harassment", "DA", "ex keeps txting, 50+ a day")
t("criminal_damage_arson", "", "window put thru, no suspects")
t("sexual_offences", "", "sa on night bus, stranger, adult V")
t("robbery", "", "mugged - phone + wallet, no inj")
t("violence_without_injury", "DA", "DA common assault, push, no inj, DASH med")
t("violence_with_injury", "KNF", "GBH s18, stranger, stab wound to abdo")
t("violence_without_injury", "", "TTK by neighbour, verbal face to face, no weapon")
t("stalking_harassment", "DA", "CCB - husband. IDVA pls")
t("sexual_offences", "CSA", "CSE 15F, older males, SW aware")
t("fraud_computer_misuse", "ONL", "fraud - hacked fb, £{small_amt} lost")
t("shoplifting", "", "{shop} shoplifter, £{small_amt} cosmetics")
t("misc_crimes_against_society", "", "dangerous driving near school, no inj")

# ---- more domestic abuse positives ----
t("violence_without_injury", "DA", "V's husband spat in her face and threw her dinner at the wall. No injury.")
t(
    "stalking_harassment",
    "DA",
    "Economic abuse - partner has run up debts in V's name, takes her wages and gives her 'pocket money'. Ongoing for 3 yrs.",
)
t(
    "violence_with_injury",
    "DA",
    "V (m, {age_adult}) punched by his wife, black eye. Says she has hit him on and off for years.",
)
t(
    "violence_with_injury",
    "DA",
    "V's girlfriend pushed her and she hit her head on the coffee table - cut needing glue.",
)
t(
    "violence_with_injury",
    "DA",
    "Elder abuse: V ({age_old}) says her son shouts at her, has her bank card, and shoved her into the door frame - bruised arm.",
)
t("violence_without_injury", "DA", "Ex-partner breached the NMO by turning up outside and shouting that he'd kill her.")
t("sexual_offences", "DA CSA", "V (17) raped by her stepfather at home. Mum supportive.")
t("violence_with_injury", "DA", "Brother (24) headbutted his sister (21) during an argument - broken nose.")
t(
    "violence_with_injury",
    "DA",
    "V's son (16) punched her in the arm when she took his console - bruising. She is frightened of him.",
)
t(
    "violence_with_injury",
    "DA KNF",
    "Cousins (both adults) fighting at a family wedding - V's cousin broke a glass and cut V's arm with it.",
)
t(
    "stalking_harassment",
    "DA",
    "Adult daughter controls mum's ({age_old}) life - decides who visits, takes her post, threatens to stop her seeing the grandchildren.",
)
t("violence_without_injury", "DA", "Ex-wife (divorced 10 yrs) turned up at V's work and slapped him.")
t(
    "violence_without_injury",
    "DA",
    "DVPO granted {date}; V's partner since arrested for coming to the house and pushing her over the sofa. No injury.",
)
t(
    "stalking_harassment",
    "DA HBA",
    "Family monitor V's (20) phone, she isn't allowed out, her brothers follow her to college; told she must not 'dishonour' them.",
)
t(
    "sexual_offences",
    "DA",
    "V found her husband had been taking intimate photos of her while she slept, without consent.",
)
t(
    "stalking_harassment",
    "DA",
    "CCB: whenever he goes out he locks V in and takes her keys and phone. No physical violence.",
)
t(
    "violence_with_injury",
    "DA",
    "V's partner dragged her by the hair across the car park at {shop} - scalp bleeding, clumps of hair out. Seen by staff.",
)
t(
    "violence_without_injury",
    "DA",
    "Teenage son (17) threatened to smash his mum's face in and squared up to her. No contact. Mum wants help with child to parent abuse.",
)
t(
    "other_theft",
    "DA",
    "V's husband has taken her jewellery and sold it without asking her; she found the pawn tickets.",
)
t(
    "criminal_damage_arson",
    "DA",
    "Ex-partner's car seen on CCTV at 3am; V's front window smashed shortly after. DASH high. Previous DVPN.",
)

# ---- hard negatives for flags ----
t(
    "violence_without_injury",
    "",
    "Grandmother ({age_old}) pushed by her grandson, who is 15, when she took his phone off him. No injury. School and early help involved.",
)
t(
    "violence_with_injury",
    "",
    "V (Pakistani heritage) punched in a dispute over a parking space - bruised lip. No racial comments made, no hate element identified.",
)
t(
    "violence_with_injury",
    "DA",
    "V (gay man) assaulted by his ex-partner (also male) - bloody nose. No homophobic element, relationship-based.",
)
t(
    "violence_without_injury",
    "",
    "V is a wheelchair user; pushed by a drunk stranger who was shoving everyone out of his way in the bar. No comments about disability. Not hurt.",
)
t(
    "stalking_harassment",
    "ONL",
    "V's ex-girlfriend's new boyfriend keeps sending V threats on Instagram. V has no relationship with him and has never met him.",
)
t(
    "sexual_offences",
    "",
    "V (18, birthday last month) sexually assaulted in a tent at a festival by a man she didn't know.",
)
t(
    "sexual_offences",
    "",
    "V (19) disclosed sexual assault by her boss at the restaurant - touching her breasts in the kitchen.",
)
t(
    "robbery",
    "",
    "V (13) had his school bag and phone taken by older boys who pushed him over. No weapon seen or mentioned.",
)
t(
    "violence_with_injury",
    "",
    "V's neighbour (not related) punched him over loud music. Cut eye. 'Nothing domestic about it' per V.",
)
t(
    "stalking_harassment",
    "",
    "Harassment - V receiving constant calls and voicemails (phone only, no social media) from a man she sold a car to, claiming it was faulty.",
)
t(
    "vehicle_offences",
    "",
    "V's car taken by her sister's ex-boyfriend, who'd borrowed it before; V has never been in a relationship with him. Car recovered.",
)
t(
    "violence_without_injury",
    "",
    "15 year old V slapped by her 15 year old boyfriend at the park, no marks. School aware.",
)
t(
    "burglary",
    "",
    "V's house burgled; her estranged husband has an alibi and police are confident it was unrelated youths seen on CCTV. No DA concerns in this incident.",
)

# ---- further anti-social behaviour (no crime disclosed) ----
t(
    "anti_social_behaviour",
    "",
    "Caller from {street} says a group of teenagers sit on the wall outside her house every evening, shouting and playing music off their phones. Nobody threatened, nothing damaged. Just wants it to stop.",
)
t(
    "anti_social_behaviour",
    "",
    "ASB - neighbour at no. {num} {street} revs his motorbike at 6am daily, has been spoken to by housing. No crime disclosed.",
)
t(
    "anti_social_behaviour",
    "",
    "Resident of {street}, {town} fed up with people using the alley behind her house as a cut-through at night, loud and leaving cans. No threats.",
)
t(
    "anti_social_behaviour",
    "",
    "V says the family upstairs let their kids run and stamp till late, and the dad plays computer games shouting into a headset at 2am. Council ASB team aware.",
)
t(
    "anti_social_behaviour",
    "",
    "nuisance - drone being flown over V's back garden by a neighbour's lad, V feels watched. no crime per police, ASB logged",
)
t(
    "anti_social_behaviour",
    "",
    "Youths riding bikes through {town} precinct, nearly clipping shoppers and being lippy. No one hurt, nothing taken or broken.",
)
t(
    "anti_social_behaviour",
    "",
    "Mrs {sur1} ({age_old}) very anxious about kids playing 'knock down ginger' on {street} - 4 nights running. No damage.",
)
t(
    "anti_social_behaviour",
    "",
    "Complaint about a house in multiple occupation on {street}: bins overflowing, arguing in the front garden, taxis at all hours. ASB case opened, no crime.",
)
t(
    "anti_social_behaviour",
    "",
    "Neighbour's builders start at 7 on Sundays and block the lane with skips. Council notified.",
)
t(
    "anti_social_behaviour",
    "",
    "Persistent ball games against V's garage door at {street}, noise every evening, door intact.",
)
t(
    "anti_social_behaviour",
    "",
    "Group of lads vaping and swearing among themselves in the bus shelter outside V's flat on {street}. Nothing said to V.",
)
t(
    "anti_social_behaviour",
    "",
    "Camper vans parked up on the green near {street} with generators running all night. ASB, referred to the council.",
)

# ---- further small categories ----
t(
    "possession_of_weapons",
    "",
    "Police search of a car on {street} found a loaded crossbow in the boot; driver arrested for possession. Nobody threatened.",
)
t(
    "possession_of_weapons",
    "",
    "Caretaker at {school} found a lock knife hidden in a hedge by the gates and handed it to police. No incident linked.",
)
t(
    "drug_offences",
    "",
    "Landlord of a property on {street} suspects the tenant is supplying cocaine - scales, bags and cash seen on inspection. Reported to police.",
)
t(
    "drug_offences",
    "",
    "Passenger on the train seen handing out pills for cash; conductor reported it and BTP arrested him for possession with intent to supply.",
)
t(
    "other_crime",
    "",
    "V's neighbour on {street} has been leaving poisoned bait out for foxes; V's cat died. Reported to RSPCA and police wildlife officer.",
)
t(
    "other_crime",
    "",
    "Referral states only 'victim of crime {date}' with crime ref {ref}; no offence details, V happy to talk.",
)
t(
    "public_order",
    "",
    "Taxi queue on {street}: two drunk women screaming threats at each other and at V (marshal), V scared it would turn violent. Nobody touched.",
)
t(
    "public_order",
    "HATE",
    "V (wears a kippah) had a man follow him down {street} shouting antisemitic abuse, no threats of violence, no contact.",
)
t(
    "misc_crimes_against_society",
    "",
    "V bought a handbag from a stall at {town} market, turned out to be from a burglary; stallholder admitted knowing it was stolen. V is a witness in the handling case.",
)
t(
    "homicide",
    "",
    "Murder referral: {m1} {sur1} ({age_adult}) beaten to death by two men in a flat on {street}, {town}. No family connection to the suspects. Referral for his mother and step-dad.",
)
t(
    "death_injury_driving",
    "",
    "V's daughter ({age_adult}) hit on the pavement on {street} by a car that mounted the kerb at speed - serious head injury. Driver charged with causing serious injury by dangerous driving.",
)


# ======================================================================
# Slot pools (all invented) and rendering
# ======================================================================
FEMALE = [
    "Aisha",
    "Bethany",
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
    "Nadia",
    "Olivia",
    "Priya",
    "Rachel",
    "Sarah",
    "Tanya",
    "Vicky",
    "Wendy",
    "Yasmin",
    "Zoe",
    "Agnieszka",
    "Bronwen",
    "Ciara",
    "Demi",
    "Esme",
    "Farah",
    "Grace",
    "Holly",
    "Joanne",
    "Kayleigh",
    "Lorraine",
    "Maureen",
    "Niamh",
    "Paula",
    "Rosie",
    "Shannon",
    "Tracey",
    "Amira",
    "Siobhan",
    "Marta",
    "Precious",
    "Lucy",
]
MALE = [
    "Aaron",
    "Ben",
    "Callum",
    "Darren",
    "Ethan",
    "Faisal",
    "Gareth",
    "Harry",
    "Imran",
    "Jordan",
    "Kieran",
    "Liam",
    "Mohammed",
    "Nathan",
    "Owen",
    "Paul",
    "Reece",
    "Sam",
    "Tom",
    "Usman",
    "Wayne",
    "Yusuf",
    "Zak",
    "Bartosz",
    "Connor",
    "Dylan",
    "Elliot",
    "Graham",
    "Hassan",
    "Jamie",
    "Kyle",
    "Lee",
    "Marcus",
    "Neil",
    "Oliver",
    "Rhys",
    "Stuart",
    "Tyler",
    "Dariusz",
    "Kwame",
    "Declan",
]
SURNAMES = [
    "Ashworth",
    "Bellamy",
    "Carrick",
    "Dunmore",
    "Ellison",
    "Fairclough",
    "Garside",
    "Hartley",
    "Ibbotson",
    "Jagger",
    "Kershaw",
    "Lomax",
    "Mistry",
    "Nuttall",
    "Oduya",
    "Pennington",
    "Quayle",
    "Rahman",
    "Sowerby",
    "Thackray",
    "Underwood",
    "Varley",
    "Whitworth",
    "Yeadon",
    "Zielinski",
    "Akhtar",
    "Brennan",
    "Chowdhury",
    "Delaney",
    "Evans",
    "Fernandes",
    "Greenhalgh",
    "Hussain",
    "Kowalski",
    "McAllister",
    "Okafor",
    "Patel",
    "Roberts",
    "Szabo",
]
TOWNS = [
    "Ashbridge",
    "Carrow Vale",
    "Dunmere",
    "Eastwick Heath",
    "Fellbrook",
    "Greyholt",
    "Hallington",
    "Kelsey Cross",
    "Lowther Green",
    "Marlbeck",
    "Northam Sands",
    "Oakhurst",
    "Pennforth",
    "Redstall",
    "Saltwell",
    "Thornbury Edge",
    "Wexley",
    "Wyndholt",
    "Bramcote Vale",
    "Hollinsby",
]
STREETS = [
    "Larch Road",
    "Kestrel Way",
    "Mill Lane",
    "Station Parade",
    "Queens Avenue",
    "Tanner Street",
    "Clifton Terrace",
    "Holly Bank",
    "Brook Close",
    "Albion Street",
    "Wharf Road",
    "Victoria Grove",
    "Chapel Walk",
    "Foundry Lane",
    "Beacon Rise",
    "Parkside",
    "Orchard Crescent",
    "Market Street",
    "Moor End Road",
    "Sycamore Drive",
    "Rope Walk",
    "Canal Side",
    "Hawthorn Avenue",
    "Jubilee Way",
]
SHOPS = [
    "the Co-op",
    "Parade Stores",
    "Kwikmart",
    "Bargain Barn",
    "Value Fresh",
    "the Spar",
    "Sunrise Mini Market",
    "FoodSaver",
    "the big Tesco",
    "Home Bargains",
    "Aldi",
    "Savewell",
    "the Londis",
    "Hartley's Superstore",
]
PUBS = [
    "the Red Lion",
    "the Feathers",
    "the Wheatsheaf",
    "the Crown & Anchor",
    "the Railway Tavern",
    "the Black Horse",
    "Flynn's Bar",
    "the Old Mill",
    "Velvet nightclub",
    "the Royal Oak",
    "the Fleece",
    "Club Neon",
]
STATIONS = [
    "the bus station",
    "Central station",
    "Northgate station",
    "the interchange",
    "Millbrook station",
    "the tram stop",
    "the railway station",
    "Eastgate bus station",
]
SCHOOLS = [
    "St Anne's Primary",
    "Fellbrook Academy",
    "Oakhurst High",
    "Marlbeck Community School",
    "Greyholt College",
    "Holy Trinity RC Primary",
]
COUNTRIES = [
    "Pakistan",
    "Bangladesh",
    "India",
    "Somalia",
    "Nigeria",
    "Iraq",
    "Turkey",
    "Afghanistan",
    "Egypt",
    "Yemen",
    "Sudan",
    "Morocco",
    "Albania",
    "Gambia",
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


def _fmt_money(v):
    return f"{v:,}"


def _date(rng):
    y = rng.choice([2022, 2023, 2024, 2024, 2025])
    m = rng.randint(1, 12 if y < 2025 else 6)
    d = rng.randint(1, 28)
    return "%02d/%02d/%d" % (d, m, y)


def _time(rng):
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = rng.randint(0, 2)
    if style == 0:
        return "%02d:%02d" % (h, mi)
    if style == 1:
        return "%02d%02dhrs" % (h, mi)
    h12 = h % 12 or 12
    return "%d%s" % (h12, "am" if h < 12 else "pm")


def _ref(rng):
    style = rng.randint(0, 4)
    yy = rng.choice(["22", "23", "24", "25"])
    if style == 0:
        return "CR/%05d/%s" % (rng.randint(0, 99999), yy)
    if style == 1:
        return "%02d/%06d/%s" % (rng.randint(10, 99), rng.randint(0, 999999), yy)
    if style == 2:
        return "OCC%08d" % rng.randint(0, 99999999)
    if style == 3:
        return "%s%010d" % (rng.choice(["WX", "KV", "DN", "HL", "MB"]), rng.randint(0, 9999999999))
    return "URN %02d%s%07d/%s" % (
        rng.randint(10, 99),
        rng.choice(["AB", "CD", "JK", "RT"]),
        rng.randint(0, 9999999),
        yy,
    )


def make_slots(rng):
    f1, f2 = rng.sample(FEMALE, 2)
    m1, m2 = rng.sample(MALE, 2)
    s1, s2 = rng.sample(SURNAMES, 2)
    town, town2 = rng.sample(TOWNS, 2)
    return {
        "f1": f1,
        "f2": f2,
        "m1": m1,
        "m2": m2,
        "sur1": s1,
        "sur2": s2,
        "town": town,
        "town2": town2,
        "street": rng.choice(STREETS),
        "shop": rng.choice(SHOPS),
        "pub": rng.choice(PUBS),
        "station": rng.choice(STATIONS),
        "school": rng.choice(SCHOOLS),
        "country": rng.choice(COUNTRIES),
        "month": rng.choice(MONTHS),
        "date": _date(rng),
        "time": _time(rng),
        "ref": _ref(rng),
        "pc": str(rng.randint(120, 9899)),
        "num": str(rng.randint(1, 140)),
        "bus": str(rng.randint(1, 99)) + rng.choice(["", "", "", "A", "X"]),
        "amt": _fmt_money(rng.randint(8, 250) * 10),
        "small_amt": str(rng.randint(5, 95)),
        "big_amt": _fmt_money(rng.randint(30, 950) * 100),
        "age_adult": str(rng.randint(19, 58)),
        "age_old": str(rng.randint(71, 93)),
    }


# Neutral framing added to some notes; none of it bears on any label.
PREFIXES = [
    "Referral - ",
    "VS triage: ",
    "Police referral. ",
    "Self referral. ",
    "Call log: ",
    "Note: ",
    "Triage - ",
    "Referral rec'd {date}: ",
    "Caseworker: ",
    "From OIC PC {pc}: ",
    "New case. ",
    "Web form: ",
    "Re-referral. ",
    "Needs assessment - ",
    "{date} ",
]
TAILS = [
    "Consent to share: Y.",
    "Prefers email contact.",
    "Interpreter required.",
    "Please call after 3pm.",
    "V has hearing loss - text or email only.",
    "Already seeing GP re anxiety.",
    "OIC PC {pc}.",
    "Crime ref {ref}.",
    "Info leaflet sent.",
    "Asked about CICA.",
    "Wants updates on the investigation.",
    "No further info on referral.",
    "Welsh speaker, would like the Welsh language service.",
    "V works shifts - weekends best.",
    "Referred by {town} NPT.",
    "Contact via mobile only.",
    "Call during school hours pls.",
    "V asked about restorative justice.",
    "Vuln: none known.",
    "VPS explained.",
    "Consent: verbal, {date}.",
    "Pref. name {f2}.",
]
PROTECT = {"domestic", "relationship", "boyfriend", "girlfriend", "husband", "partner", "stranger"}


def add_typo(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 6 and w.lower() not in PROTECT]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    k = rng.randint(1, len(w) - 3)
    op = rng.randint(0, 2)
    if op == 0:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif op == 1:
        w = w[:k] + w[k + 1 :]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)


def render(tpl, rng, variant):
    slots = make_slots(rng)
    text = tpl.format(**slots)
    if variant and "{" not in tpl and rng.random() < 0.7:
        # a re-used template with no slots of its own: give it a location tag
        text = rng.choice(["{street}, {town}: ", "Loc {street}. ", "{town} - "]).format(**slots) + text
    if rng.random() < 0.2:
        text = rng.choice(PREFIXES).format(**slots) + text
    if rng.random() < 0.25:
        sep = "" if text.endswith((".", "!", "?", '"')) else "."
        text = text + sep + " " + rng.choice(TAILS).format(**slots)
    if rng.random() < 0.12:
        text = add_typo(text, rng)
    if rng.random() < 0.07:
        text = text.lower()
    assert "{" not in text and "}" not in text, text
    return text


# Final number of notes per category (realistic skew; sums to N_TARGET).
CAT_TARGET = {
    "violence_with_injury": 142,
    "violence_without_injury": 124,
    "stalking_harassment": 100,
    "sexual_offences": 60,
    "criminal_damage_arson": 62,
    "fraud_computer_misuse": 58,
    "burglary": 44,
    "robbery": 34,
    "other_theft": 33,
    "anti_social_behaviour": 42,
    "vehicle_offences": 27,
    "public_order": 28,
    "shoplifting": 19,
    "theft_from_person": 17,
    "homicide": 15,
    "misc_crimes_against_society": 15,
    "bicycle_theft": 15,
    "death_injury_driving": 13,
    "drug_offences": 12,
    "other_crime": 11,
    "possession_of_weapons": 10,
}
DA_WEIGHT = 2.0  # domestic-abuse scenarios recur more often among re-used templates


def build(seed=SEED):
    rng = random.Random(seed)
    seen = set()
    rows = []

    def emit(tpl_row, variant):
        cat, flags, tpl = tpl_row
        for _ in range(50):
            text = render(tpl, rng, variant)
            if text not in seen:
                seen.add(text)
                rows.append((text, cat, ";".join(flags)))
                return
        raise RuntimeError("could not make a unique note from: " + tpl)

    # pass 1: every hand-written template once
    for row in TEMPLATES:
        emit(row, False)
    # pass 2: re-use templates (new slot values) up to each category's target
    by_cat = {}
    for row in TEMPLATES:
        by_cat.setdefault(row[0], []).append(row)
    for cat in CATEGORIES:
        pool = by_cat[cat]
        extra = CAT_TARGET[cat] - len(pool)
        weights = [(DA_WEIGHT if "domestic_abuse" in r[1] else 1.0) * (1.0 if "{" in r[2] else 0.35) for r in pool]
        for _ in range(max(0, extra)):
            emit(rng.choices(pool, weights=weights)[0], True)
    rng.shuffle(rows)
    return rows


def main():
    rows = build()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["note_id", "text", "category", "flags"])
        for i, (text, cat, flags) in enumerate(rows, 1):
            assert cat in CATEGORIES
            assert all(f in FLAG_ORDER for f in flags.split(";") if f)
            w.writerow(["B16-%04d" % i, text, cat, flags])
    print("wrote %d notes from %d templates to %s" % (len(rows), len(TEMPLATES), OUT))


if __name__ == "__main__":
    main()
