"""Build the BLIND27 blind test corpus of synthetic victim-services referral notes.

Every template below was written by hand for this corpus and is stored as
``kind|category|flags|text``. The category and flags belong to the template;
slots such as {F} or {TOWN} only fill in names, places, dates, times, amounts,
reference numbers and ages that cannot change a label.

Standard library only. Output does not depend on the working directory or on
PYTHONHASHSEED: one seeded RNG, no iteration over sets.
"""

import csv
import os
import random
import re

SEED = 270627
N_ROWS = 850
ID_PREFIX = "B27-"

CATEGORIES = (
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
)

FLAGS = (
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
)

KINDS = ("police", "val", "third_party")

FEMALE = (
    "Sarah",
    "Emma",
    "Jade",
    "Chloe",
    "Kerry",
    "Leanne",
    "Sophie",
    "Natalie",
    "Gemma",
    "Joanne",
    "Hannah",
    "Rebecca",
    "Kirsty",
    "Megan",
    "Lauren",
    "Bethan",
    "Nia",
    "Olivia",
    "Danielle",
    "Stacey",
    "Ewa",
    "Agnieszka",
    "Grace",
    "Tracey",
    "Amy",
    "Charlotte",
    "Shannon",
    "Rhiannon",
    "Chantelle",
    "Lisa",
)
MALE = (
    "Daniel",
    "Jamie",
    "Liam",
    "Craig",
    "Ryan",
    "Dean",
    "Tomasz",
    "Kieran",
    "Lee",
    "Gareth",
    "Callum",
    "Jordan",
    "Darren",
    "Wayne",
    "Rhys",
    "Adam",
    "Kwame",
    "Connor",
    "Nathan",
    "Stuart",
    "Steven",
    "Paul",
    "Marcus",
    "Owen",
    "Tyler",
    "Jake",
    "Mark",
    "Dylan",
    "Shane",
    "Aaron",
)
FEMALE_M = (
    "Aisha",
    "Amina",
    "Samira",
    "Fatima",
    "Nadia",
    "Shazia",
    "Rukhsana",
    "Yasmin",
    "Hina",
    "Sana",
    "Noor",
    "Farah",
)
FEMALE_SA = (
    "Aisha",
    "Priya",
    "Amina",
    "Samira",
    "Fatima",
    "Zara",
    "Nadia",
    "Shazia",
    "Rukhsana",
    "Yasmin",
    "Hina",
    "Sana",
    "Noor",
    "Simran",
    "Farah",
)
MALE_SA = (
    "Mohammed",
    "Imran",
    "Arjun",
    "Hassan",
    "Tariq",
    "Bilal",
    "Harpreet",
    "Asif",
    "Kamran",
    "Sunil",
    "Zain",
    "Faisal",
    "Jaspal",
    "Amir",
    "Rashid",
)
SURNAMES = (
    "Smith",
    "Jones",
    "Khan",
    "Williams",
    "Taylor",
    "Davies",
    "Brown",
    "Evans",
    "Patel",
    "Wilson",
    "Hughes",
    "Walker",
    "Roberts",
    "Kowalski",
    "Thomas",
    "Ali",
    "Wright",
    "Green",
    "Hall",
    "Clarke",
    "Morgan",
    "Lewis",
    "Owusu",
    "Murphy",
    "Shah",
    "Price",
    "Jenkins",
    "Novak",
    "Bennett",
    "Cooper",
)
TOWNS = (
    "Swindon",
    "Reading",
    "Wrexham",
    "Barnsley",
    "Stockport",
    "Luton",
    "Newport",
    "Bolton",
    "Doncaster",
    "Worthing",
    "Gloucester",
    "Crewe",
    "Lincoln",
    "Rhyl",
    "Telford",
    "Wigan",
    "Carlisle",
    "Bedford",
    "Hastings",
    "Merthyr Tydfil",
    "Ipswich",
    "Salford",
    "Darlington",
    "Peterborough",
    "Swansea",
    "Blackpool",
    "Exeter",
    "Mansfield",
    "Scunthorpe",
    "Llanelli",
)
STREETS = (
    "Station Road",
    "High Street",
    "Church Lane",
    "Victoria Street",
    "Mill Lane",
    "Park Avenue",
    "Queen Street",
    "Chapel Road",
    "Albert Terrace",
    "King's Road",
    "Brook Street",
    "Manor Way",
    "Castle Street",
    "Meadow Close",
    "New Road",
    "Bridge Street",
    "Orchard Drive",
    "Market Square",
)
SHOPS = (
    "Tesco Express",
    "the Co-op",
    "Boots",
    "B&M",
    "Aldi",
    "Lidl",
    "Iceland",
    "Greggs",
    "Superdrug",
    "Home Bargains",
    "Sainsbury's Local",
    "Spar",
    "Poundland",
    "Morrisons",
    "Asda",
)
CARS = (
    "Ford Fiesta",
    "Vauxhall Corsa",
    "VW Golf",
    "Nissan Qashqai",
    "Kia Sportage",
    "Range Rover Evoque",
    "Toyota Yaris",
    "BMW 3 Series",
    "Audi A3",
    "Ford Focus",
    "Honda Civic",
    "Skoda Octavia",
)
MONTH_DAYS = ((1, 31), (2, 28), (3, 31))

TEMPLATES = (
    # ---- part 1 ----
    (
        "third_party|homicide|knife_sharp_instrument|Social worker referral. {F} {SUR}'s adult son "
        "{M} was stabbed to death outside a pub in {TOWN} on {DATE}. Two men have been charged with "
        "murder. {F} is not sleeping and has asked for help understanding the court process."
    ),
    (
        "police|homicide|domestic_abuse|OCC {OCC} | Offence: Murder | MO: deceased {F2}, {AGE}, found "
        "at home address on {STREET}, {TOWN}; husband {M} arrested at scene | Susp: husband, charged "
        "| Referral: bereaved sister {F} requests VS contact"
    ),
    (
        "val|homicide||Bereaved mum. Her son {M} ({AGE}) died after a single punch outside a takeaway "
        "on {DATE}. S charged w/ manslaughter. Nil DA, S not known to family. FLO in place, mum wants "
        "emotional support."
    ),
    (
        "val|homicide|domestic_abuse|Ref {REF}. Caller {F}, daughter of deceased. Her dad was killed "
        "by her brother {M} at the family home in {TOWN} on {DATE}. Brother charged with murder, on "
        "remand. Long hx of brother threatening both parents. Needs support + help with inquest."
    ),
    (
        "third_party|homicide||Hospital chaplaincy, {TOWN} General. {F}'s partner {M} died in ICU on "
        "{DATE}, three days after he was assaulted by strangers at a taxi rank. Police are now "
        "treating it as manslaughter. {F} has two young children and no family nearby."
    ),
    (
        "police|homicide||OCC {OCC} | Offence: Attempted murder, upgraded to murder {DATE} | MO: "
        "victim shot on doorstep of flat, {STREET}, {TOWN} | Susp: 2 x unknown male | Inj: fatal | "
        "NOK: mother {F}, consents to referral"
    ),
    (
        "police|death_injury_driving||OCC {OCC} | Offence: Causing death by dangerous driving | MO: "
        "pedestrian struck on {STREET}, {TOWN}, at {TIME}, driver failed to stop and was traced next "
        "day | Susp: male {AGE}, charged | Referral for widow {F}"
    ),
    (
        "val|death_injury_driving||V {F} {SUR} seriously injured (fractured pelvis and leg) when S "
        "driver went through a red light on {DATE}. S reported for causing serious injury by careless "
        "driving. V still in hosp, husband {M} calling on her behalf."
    ),
    (
        "third_party|death_injury_driving||A&E referral. Cyclist {M}, {AGE}, brought in after being "
        "hit by a van on {STREET}. Police say the driver was using his phone and are investigating "
        "causing serious injury by dangerous driving. Spinal injury, long rehab expected."
    ),
    (
        "val|death_injury_driving||RTC {DATE} on the bypass nr {TOWN}. Caller {F}'s brother killed, "
        "other driver over the limit, charged w/ causing death by careless driving when unfit through "
        "drink. Family want court support. Not a DA matter."
    ),
    (
        "police|death_injury_driving||CAUSING DEATH BY CARELESS DRIVING. OCC {OCC}. RTC {STREET} "
        "{TOWN} {DATE} {TIME}. MOTORCYCLIST DECEASED. DRIVER OF {CAR} INTERVIEWED UNDER CAUTION. NOK: "
        "PARTNER {F}."
    ),
    (
        "third_party|death_injury_driving||School safeguarding lead. Year 9 pupil {F} was knocked "
        "down on the crossing outside school on {DATE} by a car that mounted the kerb; she has a "
        "brain injury. Police have arrested the driver for causing serious injury by dangerous "
        "driving. Parents need support."
    ),
    (
        "police|violence_with_injury|domestic_abuse|OCC {OCC} | Offence: Assault occasioning ABH "
        "(s47) | MO: V {F} punched to face by partner {M} during argument over money at home, {TOWN} "
        "| Susp: partner, arrested | Inj: swollen eye, cut lip | DASH: medium"
    ),
    (
        "val|violence_with_injury|domestic_abuse|V {F} ({AGE}). Ex-p {M} turned up {DATE} and "
        "headbutted her, broken nose. s47/s20 tbc. DASH high, MARAC ref made, IDVA involved. V wants "
        "help with locks."
    ),
    (
        "val|violence_with_injury|domestic_abuse|Caller says her fella {M} grabbed her by the throat "
        "and shoved her into a door, bruising to neck and back. Happened {DATE}. He is bailed. V not "
        "sure if she will support a prosecution. DASH done - standard."
    ),
    (
        "third_party|violence_with_injury|domestic_abuse|GP surgery. {F}, {AGE}, attended with a "
        "fractured wrist and disclosed that her husband {M} twisted her arm behind her back on "
        "{DATE}. She says he has been controlling for years and checks her phone. Consent given to "
        "refer."
    ),
    (
        "police|violence_with_injury|domestic_abuse|OCC {OCC} | Offence: GBH s20 | MO: V {M} struck "
        "over the head with a mug by his adult son {M2} ({AGE}) at home | Inj: scalp laceration, "
        "glued at UTC | Susp: son, arrested"
    ),
    (
        "val|violence_with_injury|domestic_abuse|DV. V {F}, her brother {M} punched her repeatedly "
        "after she refused to lend him money, bruised ribs, seen at UTC. Both live with mum. S in "
        "custody."
    ),
    (
        "val|violence_with_injury|domestic_abuse|V is {M}, {AGE}, male V of DA. Girlfriend {F} threw "
        "boiling kettle water over his arm on {DATE}, burns treated at A&E. V embarassed, asked for a "
        "male-friendly service."
    ),
    (
        "third_party|violence_with_injury|domestic_abuse|Housing officer referral. Tenant {F} has "
        "asked for an emergency move. Her former partner {M} forced his way into her flat last week "
        "and assaulted her, leaving her with a black eye and a cut to her head. She has a DVPN in "
        "place but fears he will come back."
    ),
    (
        "police|violence_with_injury|domestic_abuse;knife_sharp_instrument|OCC {OCC} | Offence: "
        "Wounding with intent (s18) | MO: partner {M} slashed V {F} across forearm with kitchen knife "
        "during row | Susp: arrested, remanded | Inj: 8cm laceration, sutured | DASH: high, MARAC "
        "listed"
    ),
    (
        "val|violence_with_injury|domestic_abuse|V {FM} {AGE}. Mother-in-law and husband both "
        "assaulting her, pulled hair out, bruising to both arms. V lives with in-laws, limited "
        "English, Urdu interpreter needed. Says she is not allowed out alone."
    ),
    (
        "police|violence_with_injury|domestic_abuse;honour_based_abuse|OCC {OCC} | Offence: ABH | MO: "
        "V {FA} ({AGE}) assaulted by her two brothers for 'shaming the family' after her relationship "
        "with a man from outside the community became known | Inj: bruising to face and arms | Susp: "
        "both adult | HBA risk assessment completed"
    ),
    (
        "third_party|violence_with_injury|domestic_abuse|A&E safeguarding nurse. {F} attended at "
        "{TIME} with a bite mark and bruising to her shoulder. She said her girlfriend did it during "
        "an argument and that it has happened before. She did not want police but agreed to victim "
        "services contact."
    ),
    (
        "val|violence_with_injury|domestic_abuse|Elderly V, {OLD}, pushed to floor by grandson {M} "
        "({YA}) who lives with her, bruising + skin tear to arm. He is also taking her pension. Her "
        "son reported it."
    ),
    (
        "police|violence_with_injury|domestic_abuse|ASSAULT OCC ABH. OCC {OCC}. V {F} {SUR}. SUSP "
        "EX-HUSBAND {M}. V KICKED TO LEGS AT HANDOVER OF CHILDREN IN SUPERMARKET CAR PARK {TOWN}. "
        "BRUISING. CCTV REQUESTED. DA FLAG."
    ),
    (
        "val|violence_with_injury|domestic_abuse|V {F}. Bf {M} ({AGE}) split her lip on {DATE}, also "
        "smashed her phone so she couldnt call police. Prev DA incidents x3. Rfd to IDVA, DASH 15 "
        "ticks."
    ),
    (
        "third_party|violence_with_injury|domestic_abuse|Social worker. {F}, 17, who is looked after, "
        "disclosed that her boyfriend {M}, 19, punched her in the stomach; she is pregnant. She has a "
        "midwife appointment booked. Police informed {DATE}."
    ),
    (
        "val|violence_with_injury|domestic_abuse|Daughter {F} ({AGE}) attacked by her stepdad {M} at "
        "the family home, cut eyebrow needing stitches. He was drunk, mum present. S arrested and "
        "released under investigation."
    ),
    (
        "police|violence_with_injury||OCC {OCC} | Offence: s47 ABH | MO: V {M} punched by unknown "
        "male in queue outside nightclub, {TOWN}, {TIME} | Susp: N/K | Inj: fractured cheekbone | DA: "
        "nil"
    ),
    (
        "val|violence_with_injury||V {M} ({AGE}) assaulted by neighbour over parking, punched to "
        "head, concussion. Ongoing neighbour dispute. Not DA, no relationship between them."
    ),
    (
        "police|violence_with_injury|hate_crime|OCC {OCC} | Offence: Racially aggravated ABH | MO: V "
        "{MA}, taxi driver, punched and called racial slurs by passenger on {STREET} | Susp: male, "
        "detained by officers | Inj: bloody nose, loose tooth"
    ),
    (
        "third_party|violence_with_injury||University wellbeing team. Student {F} was assaulted by "
        "her flatmate {F2} during an argument about bills; scratches to face and a bruised arm. They "
        "are not related and have never been in a relationship. She wants to move out."
    ),
    (
        "val|violence_with_injury|knife_sharp_instrument|V {M} {AGE} stabbed in leg outside shop on "
        "{STREET} {DATE}, S unknown male, fled on foot. V in hosp 2 nights. Wants to know about CICA."
    ),
    (
        "police|violence_with_injury|knife_sharp_instrument|OCC {OCC} | Offence: Wounding s20 | MO: V "
        "{M} glassed with a broken bottle in pub beer garden, {TOWN} | Susp: {M2} {SUR}, known to V "
        "by sight only | Inj: facial lacerations"
    ),
    (
        "val|violence_with_injury||Work related. V {F} is a care worker, punched by a resident's "
        "relative during a home visit, bruised cheek. Employer aware. V wants support. Not DA."
    ),
    (
        "third_party|violence_with_injury||School referral. Year 10 pupil {M} was attacked by older "
        "teenagers at the bus station after school on {DATE}; he has a broken finger and bruising. "
        "Police have a suspect. He is now refusing to come to school."
    ),
    (
        "police|violence_with_injury|hate_crime|ASSAULT WITH INJURY - HOMOPHOBIC. OCC {OCC}. V {M} "
        "AND HIS PARTNER WALKING HAND IN HAND ON {STREET} {TOWN}, APPROACHED BY GROUP, V PUNCHED, CUT "
        "TO EYE. SUSPECTS SHOUTED HOMOPHOBIC ABUSE."
    ),
    (
        "val|violence_with_injury||V {F} assaulted by her daughter's boyfriend {M} when she told him "
        "to leave her house; pushed into radiator, bruised back. He lives elsewhere. V wants him kept "
        "away from the house."
    ),
    (
        "third_party|violence_with_injury||Housing officer. Tenant {M}, {AGE}, was assaulted in the "
        "communal stairwell by another resident he barely knows; he has a fractured eye socket. He "
        "says there is no DA and no previous trouble."
    ),
    (
        "val|violence_with_injury||V {M} ({AGE}). Road rage {DATE}, other driver got out at lights "
        "and punched V through his open window, broken nose. Reg taken."
    ),
    (
        "police|violence_with_injury|hate_crime|OCC {OCC} | Offence: Religiously aggravated assault "
        "with injury | MO: V {FM} had her headscarf pulled off and was pushed to the ground outside "
        "the mosque | Inj: grazed hands and knees | Susp: female, {AGE} | Witnesses: 2"
    ),
    (
        "val|violence_with_injury||V {M}, door supervisor, bitten on hand by customer being ejected, "
        "skin broken, needs bloods. S arrested. Nil DA."
    ),
    (
        "third_party|violence_with_injury||A&E referral. {M}, {AGE}, attended with a head wound after "
        "being hit with a bike lock by a stranger in the park at {TIME}. He is homeless and has no "
        "phone; best contact is via the day centre."
    ),
    (
        "police|violence_with_injury||OCC {OCC} | Offence: GBH s18 | MO: V {M} attacked by 3 males "
        "with baseball bats outside flats on {STREET} | Inj: fractured skull, ICU | Susp: 1 arrested "
        "| Motive: believed drug debt"
    ),
    (
        "val|violence_with_injury||V {F}. Her mum and dad had DV between them years ago, not relevant "
        "now. THIS incident: V punched by a stranger at a bus stop on {DATE}, black eye. S not known."
    ),
    (
        "police|violence_with_injury||OCC {OCC} | Offence: Assault on emergency worker with injury | "
        "MO: paramedic {F} kicked in the face by patient in back of ambulance | Inj: cut lip | Susp: "
        "male, {AGE}, detained under s136"
    ),
    (
        "val|violence_with_injury||V {M} {AGE}, attacked by group of youths while walking his dog, "
        "kicked while on the ground, fractured ribs. OIC PC {SUR}."
    ),
    (
        "val|violence_with_injury||Caller {F} says her husband {M} was assaulted at work by a "
        "colleague on {DATE} and needed stitches; she is calling for him as he doesnt like phones. "
        "Husband consents to contact."
    ),
    (
        "police|violence_with_injury||OCC {OCC} | Offence: ABH | MO: V {M} ({AGE}) and housemate {M2} "
        "fought over noise; V sustained a broken finger | Relationship: housemates, not related | DA: "
        "no"
    ),
    (
        "third_party|violence_with_injury||GP surgery. {F}, {OLD}, has a large bruise on her arm and "
        "told the nurse that a paid carer from her care agency grabbed her roughly on {DATE}. A "
        "safeguarding referral has also gone to adult social care."
    ),
    (
        "val|violence_with_injury||V {M} was punched by his ex-partner's new boyfriend {M2} outside "
        "the school gates, split lip. V says his ex was not involved and was not there."
    ),
    (
        "police|violence_with_injury|hate_crime|OCC {OCC} | Offence: ABH - disability hate crime | "
        "MO: V {M}, wheelchair user, tipped out of his chair by two youths who mocked his disability "
        "| Inj: fractured wrist | Susp: 2 x juvenile"
    ),
    (
        "third_party|violence_with_injury||Social worker. {F}, {AGE}, who has a learning disability, "
        "was pushed down the stairs at her supported living scheme by another resident; sprained "
        "ankle and bruised back. There is no relationship between them."
    ),
    (
        "third_party|violence_with_injury|honour_based_abuse|GP surgery. {F}, {YA}, disclosed at her "
        "antenatal booking that FGM was carried out on her when she was 7, during a family trip "
        "abroad; she is a UK national. Mandatory report made to police. She wants support."
    ),
    (
        "val|violence_with_injury|domestic_abuse;honour_based_abuse|V {FA} ({AGE}) beaten by her "
        "husband and his parents for 'bringing shame' on them after she enrolled at college without "
        "permission. Bruising to back and arms, seen at A&E {DATE}. DASH high."
    ),
    (
        "val|violence_without_injury|domestic_abuse|V {F} says hubby {M} pushed her over and spat at "
        "her on {DATE}, no injuries. Common assault. DASH standard. Wants info on NMO."
    ),
    (
        "police|violence_without_injury|domestic_abuse|OCC {OCC} | Offence: Common assault (battery) "
        "| MO: partner {M} slapped V {F} once during an argument in the car | Inj: none visible | "
        "Susp: arrested, charged | DA: yes, DASH medium"
    ),
    (
        "val|violence_without_injury|domestic_abuse|Threats to kill. V ({OLD}) says her son {M} told "
        "her he would kill her if she didn't give him money for drugs, she believed him. No assault."
    ),
    (
        "police|violence_without_injury|domestic_abuse;knife_sharp_instrument|OCC {OCC} | Offence: "
        "Threats to kill | MO: ex-partner {M} held a kitchen knife to V {F}'s throat and said he "
        "would kill her | Inj: none | Susp: arrested | Risk: high, MARAC"
    ),
    (
        "val|violence_without_injury|domestic_abuse|V {F}, brother-in-law {M} grabbed her arm and "
        "pushed her out of the family home on {DATE}, no marks. Her husband took his brother's side."
    ),
    (
        "third_party|violence_without_injury|domestic_abuse|Health visitor. {F}, a new mum, disclosed "
        "that her partner {M} threw a plate at her last night which missed, and shouted that she was "
        "useless. No injuries. She does not want police involvement yet."
    ),
    (
        "val|violence_without_injury|domestic_abuse|V {M} {AGE}. Wife {F} slapped him and threw his "
        "belongings into the street, no injury. V says it's the first time anything physical has "
        "happened. DASH standard."
    ),
    (
        "police|violence_without_injury|domestic_abuse|COMMON ASSAULT - DOMESTIC. OCC {OCC}. V {F} "
        "{AGE} PUSHED AGAINST WALL BY HER MOTHER {F2} DURING ROW ABOUT RENT. NO INJURIES."
    ),
    (
        "val|violence_without_injury|domestic_abuse;honour_based_abuse|Forced marriage concern. V "
        "{FA} ({TEEN}) told by her father and uncles she will be married to a cousin abroad this "
        "summer, they threatened to kill her if she refuses. FMU contacted."
    ),
    (
        "val|violence_without_injury|domestic_abuse;modern_slavery|V {F} brought from abroad to marry "
        "{M}, kept in the house by him and his parents, made to do all the cooking and cleaning for "
        "no money, passport taken. No physical injuries. NRM referral done."
    ),
    (
        "third_party|violence_without_injury|domestic_abuse|Adult social care. {M}, {AGE}, who is "
        "autistic, told his support worker that his dad hits him with a slipper when he gets things "
        "wrong; no marks were seen. {M} still lives at home."
    ),
    (
        "val|violence_without_injury|domestic_abuse|V {F}, {AGE}. Her ex {M} spat in her face at the "
        "school gate and said she would regret leaving him. No injury. Police aware."
    ),
    (
        "police|violence_without_injury||OCC {OCC} | Offence: Common assault | MO: V {M} pushed by "
        "customer at petrol station counter after refusing a sale | Inj: nil | Susp: {M2} {SUR}, "
        "identified via CCTV"
    ),
    (
        "val|violence_without_injury||V {F} spat at on bus by a stranger on {DATE}, no injury. Bus "
        "CCTV requested. V anxious about using the bus now. Not DA."
    ),
    (
        "police|violence_without_injury||OCC {OCC} | Offence: Assault on emergency worker (no injury) "
        "| MO: PCSO {F} shoved by male during arrest in {TOWN} town centre | Inj: none"
    ),
    (
        "third_party|violence_without_injury||School safeguarding lead. We have referred {M}, aged 9, "
        "to children's services; he regularly arrives hungry, in dirty clothes and is left "
        "unsupervised after school. Police have opened a child neglect investigation."
    ),
    (
        "police|violence_without_injury||OCC {OCC} | Offence: Child cruelty (neglect) | MO: two "
        "children aged 3 and 5 left alone in flat overnight on {DATE} while parent out | Susp: "
        "mother, {AGE} | Children placed with grandparent"
    ),
    (
        "val|violence_without_injury|knife_sharp_instrument|V {M}, {AGE}. S pulled a knife on him "
        "outside chicken shop after an argument, waved it at him, V ran off, no injury. S not known "
        "to V."
    ),
    (
        "val|violence_without_injury||Threat to kill. V {M}'s neighbour {M2} said 'I'll kill you' "
        "over the boundary fence, V believed him. No weapon, no assault."
    ),
    (
        "third_party|violence_without_injury||Social worker. {F}, {AGE}, reports that her former "
        "landlord {M} grabbed her by the arm and shoved her out of the property when she asked for "
        "her deposit back; no injuries."
    ),
    (
        "police|violence_without_injury||CHILD ABDUCTION (ATTEMPT). OCC {OCC}. 12YR OLD GIRL "
        "APPROACHED BY MALE IN CAR OUTSIDE SCHOOL, TOLD TO GET IN, PULLED BY ARM, BROKE FREE. NO "
        "INJURY. PARENT {F} SEEKS SUPPORT."
    ),
    (
        "val|violence_without_injury|modern_slavery|V {M}, {AGE}, Romanian national, worked at hand "
        "car wash in {TOWN} 7 days a wk for no pay, lived in a container on site, ID kept by boss. "
        "NRM made, now in safe house."
    ),
    (
        "police|violence_without_injury|modern_slavery|OCC {OCC} | Offence: Modern slavery - forced "
        "labour | MO: V and 4 others worked on farm for gangmaster, wages withheld, told they owed "
        "debt for transport | Susp: 2 arrested | V: {M}, {AGE}"
    ),
    (
        "third_party|violence_without_injury|modern_slavery|Housing officer. On a visit to {STREET} I "
        "found {M}, {AGE}, sleeping in a shed; he works in a nail bar for the man who owns the house, "
        "is not paid and says he owes a debt for his journey to the UK."
    ),
    (
        "val|violence_without_injury|modern_slavery|CCE / county lines. V {M} ({CHILD}) found in a "
        "trap house in {TOWN}, made to deal drugs to pay off a 'debt'. NRM submitted. Mum {F} wants "
        "support. No sexual exploitation disclosed."
    ),
    (
        "police|violence_without_injury|hate_crime|OCC {OCC} | Offence: Racially aggravated common "
        "assault | MO: V {F} spat at and called racist names by woman on tram | Inj: nil | Susp: "
        "{AGE}, charged"
    ),
    (
        "val|violence_without_injury||Common assault. V {F} ({AGE}) pushed by another parent at "
        "school gate in dispute about the kids. No injury. They only know each other from school. Nil "
        "DA."
    ),
    (
        "third_party|violence_without_injury||A&E referral. {M}, {AGE}, came in to be checked after "
        "being punched once by a stranger; no injury was found on examination and he was discharged. "
        "He is anxious about going out."
    ),
    (
        "val|violence_without_injury|knife_sharp_instrument|V {F} works in a takeaway. Drunk customer "
        "held a knife over the counter and threatened to cut her because she refused to serve him. V "
        "not hurt, S left."
    ),
    (
        "police|violence_without_injury||OCC {OCC} | Offence: Threats to kill | MO: V {M}, {AGE}, "
        "received phone calls from former business partner {M2} threatening to kill him over unpaid "
        "debt | Susp: interviewed under caution"
    ),
    (
        "val|violence_without_injury||V {M}, {AGE}, security at leisure centre, shoved by drunk man "
        "refused entry, no injury. S left before police came."
    ),
    (
        "third_party|violence_without_injury||Care home manager. Resident {F}, {OLD}, was slapped by "
        "another resident on {DATE}; no injury. Her family have been informed and police recorded a "
        "common assault."
    ),
    (
        "police|violence_without_injury|domestic_abuse;honour_based_abuse|OCC {OCC} | Offence: "
        "Threats to kill | MO: V {FA} ({YA}) threatened by her father and brother after refusing a "
        "marriage arranged by the family; told she would 'pay with her life' | FMU: informed | HBA: "
        "yes"
    ),
    # ---- part 2 ----
    (
        "val|stalking_harassment|domestic_abuse;online|V {F} getting 50+ msgs a day on WhatsApp and "
        "Insta from ex {M} since they split, also turned up at her work x2. Stalking. DASH high. "
        "Wants NMO advice."
    ),
    (
        "police|stalking_harassment|domestic_abuse|OCC {OCC} | Offence: Controlling or coercive "
        "behaviour | MO: husband {M} controls V {F}'s finances, stops her seeing friends, tracks "
        "where she goes, threatens to take the children | Period: 2019 to {DATE} | DASH: high"
    ),
    (
        "val|stalking_harassment|domestic_abuse|Stalking. Ex-p {M} sitting outside V's house in his "
        "car most nights, follows her to work, rings from withheld numbers. V {F} {AGE}. No online "
        "element. DVPN expired last month."
    ),
    (
        "third_party|stalking_harassment|domestic_abuse;online|GP surgery. {F}, {AGE}, was referred "
        "by our practice nurse. She says her partner {M} put a tracking app on her phone, reads her "
        "emails and won't let her have her own bank account. She is anxious and not sleeping."
    ),
    (
        "val|stalking_harassment|domestic_abuse|Harrasment by ex-wife {F2}. V is {M} ({AGE}). "
        "Constant phone calls, turning up at his mum's house, making false allegations to his "
        "employer. V wants to know his options."
    ),
    (
        "police|stalking_harassment|domestic_abuse;online|OCC {OCC} | Offence: Malicious "
        "communications | MO: ex-boyfriend {M} sent V {F} abusive and threatening messages on "
        "Snapchat after the breakup and created a fake profile in her name | DA: yes"
    ),
    (
        "val|stalking_harassment|domestic_abuse|Coercive control. V {F} married 12 yrs to {M}. He "
        "decides what she wears and who she sees, took her bank card, sulks for days and threatens to "
        "leave her with nothing. No physical violence. IDVA ref."
    ),
    (
        "third_party|stalking_harassment|domestic_abuse|Social worker. {F}, {OLD}, lives with her "
        "adult son {M} who shouts at her daily, controls her pension and won't let her use the phone "
        "when he is home. No physical violence reported."
    ),
    (
        "val|stalking_harassment|domestic_abuse;online|V {F}. Her ex {M} posting about her on "
        "Facebook calling her a liar and a bad mum, and messaging her friends. Ongoing {WEEKS} wks. "
        "No threats of violence. Ex-p, 2 kids together."
    ),
    (
        "police|stalking_harassment|domestic_abuse|HARASSMENT. OCC {OCC}. SUSP {M} {SUR} (EX-PARTNER) "
        "REPEATEDLY ATTENDING V ADDRESS {STREET} {TOWN} AND RINGING V. BREACH OF NMO. DA."
    ),
    (
        "val|stalking_harassment|domestic_abuse|V {M}, {AGE}. His sister {F} keeps ringing his wife "
        "and his workplace leaving abusive voicemails, started after their dad's funeral (inheritance "
        "dispute). Calls only, nothing online."
    ),
    (
        "third_party|stalking_harassment|domestic_abuse|Housing officer. Tenant {F} says her "
        "ex-partner {M} keeps leaving notes and flowers on her doorstep and waiting at the bus stop "
        "outside her block, even though she has told him to stop. They have a baby together."
    ),
    (
        "val|stalking_harassment|domestic_abuse;online|Ex gf {F2} of V {M} has been logging into his "
        "email and Instagram, changing passwords and posting as him, also messaging his new partner. "
        "V {AGE}."
    ),
    (
        "police|stalking_harassment|domestic_abuse|OCC {OCC} | Offence: Stalking involving fear of "
        "violence (s4A) | MO: ex-partner {M} followed V {F} on multiple occasions, sent letters "
        "saying he would 'make her pay', seen outside her parents' house | DASH: high | MARAC: {DATE}"
    ),
    (
        "val|stalking_harassment|domestic_abuse|V {F} {AGE}, seperated from {M} {WEEKS} wks ago. He "
        "keeps turning up at school pick up and shouting at her in front of the kids, rings her 20x a "
        "day. V scared. OIC PC {SUR}."
    ),
    (
        "third_party|stalking_harassment|domestic_abuse;online|University wellbeing. Student {F} says "
        "her ex-boyfriend {M}, who she went out with for two years, keeps creating new accounts to "
        "message her on Instagram after she blocks him, and has turned up at her halls twice."
    ),
    (
        "val|stalking_harassment|domestic_abuse|Coercive and controlling beh. V {M} ({AGE}), his "
        "partner {M2} checks his phone, stops him seeing his family and threatens to out him to his "
        "parents. V wants an LGBT+ specialist service."
    ),
    (
        "police|stalking_harassment|domestic_abuse|OCC {OCC} | Offence: Harassment without violence | "
        "MO: V {F} ({AGE}) cut contact with her father {M}; since then he has repeatedly phoned her "
        "and turned up at her flat on {STREET} | DA: yes (parent)"
    ),
    (
        "val|stalking_harassment|domestic_abuse|V {F} says her other half {M} isn't violent but she "
        "has to account for every penny, he times her shopping trips and she isn't allowed her own "
        "phone. Lives {TOWN}. V asking about refuge."
    ),
    (
        "val|stalking_harassment|online|V {F} ({AGE}) being harassed on TikTok by a group of people "
        "she doesn't know after a video went viral; threats and abusive comments daily. Reported to "
        "platform."
    ),
    (
        "police|stalking_harassment||OCC {OCC} | Offence: Harassment | MO: neighbour {M} repeatedly "
        "photographing V's house, making comments as she passes, parking across her drive | Period: 3 "
        "months | DA: no"
    ),
    (
        "val|stalking_harassment|hate_crime;online|V {M} recieving homophobic abuse via Facebook "
        "Messenger from a former colleague since coming out. Messages call him 'disgusting'. Ongoing."
    ),
    (
        "third_party|stalking_harassment||Employer HR. Our employee {F} is being followed home by a "
        "customer, {M}, who has become fixated on her; he waits outside the shop at closing time. "
        "They have never been in a relationship."
    ),
    (
        "val|stalking_harassment|online|V {F}. Man she met once at a party messages her on Insta and "
        "WhatsApp every day and sends gifts to her work. She has blocked him. They were never in a "
        "relationship."
    ),
    (
        "police|stalking_harassment|hate_crime|OCC {OCC} | Offence: Racially aggravated harassment | "
        "MO: {SUR} family subjected to repeated racist notes through the door and shouting from "
        "neighbours over several weeks | Susp: neighbour {M}"
    ),
    (
        "val|stalking_harassment||Stalking. V {F} {AGE}, male colleague {M} follows her in his car "
        "after work, found him outside her gym twice. Employer aware. Nil DA, never dated."
    ),
    (
        "third_party|stalking_harassment|online|School safeguarding. Pupil {F}, aged 14, is being "
        "targeted in a group chat where older pupils share edited photos mocking her appearance and "
        "messages telling her to kill herself. Police are aware."
    ),
    (
        "val|stalking_harassment||Harrassment by ex-landlord {M}, keeps coming round uninvited "
        "demanding money he says she owes, texts and calls daily. V {F} {AGE}. SMS and calls only."
    ),
    (
        "police|stalking_harassment|online|OCC {OCC} | Offence: Malicious communications | MO: V {M}, "
        "local councillor, received threatening emails and abusive posts on X | Susp: N/K"
    ),
    (
        "val|stalking_harassment||V {F} {AGE}. Her partner's ex-girlfriend {F2} keeps texting her and "
        "turning up at her work, says V 'stole' her man. V wants it to stop."
    ),
    (
        "third_party|stalking_harassment|hate_crime|Housing officer. {M}, who uses a wheelchair, has "
        "had his ramp blocked every day and has been called a 'cripple' and a 'scrounger' by a "
        "neighbouring family for two months."
    ),
    (
        "val|stalking_harassment|online|V {M} ({AGE}), gamer, doxxed - his home address posted on a "
        "Discord server, takeaways and taxis being ordered to his house. Ongoing."
    ),
    (
        "police|stalking_harassment||OCC {OCC} | Offence: Stalking | MO: V {F} repeatedly followed by "
        "unknown male on her commute from {TOWN} station; he has photographed her | Susp: N/K | "
        "Relationship: none"
    ),
    (
        "val|stalking_harassment||V {F} asked if it would count as DA if her ex started contacting "
        "her - he hasn't. Actual issue: neighbour {M} keeps knocking late at night and leaving notes, "
        "making her scared. Harassment."
    ),
    (
        "val|stalking_harassment|domestic_abuse;honour_based_abuse|V {FA} ({AGE}). Her family monitor "
        "her phone and movements, uncle says she dishonoured the family by divorcing, cousins follow "
        "her to work. HBA risk assessment done."
    ),
    (
        "third_party|stalking_harassment|domestic_abuse;honour_based_abuse|Social worker. {MA}, {YA}, "
        "says his family are pressuring him to marry a cousin to protect the family's standing; they "
        "have taken his phone and restrict where he goes."
    ),
    (
        "val|sexual_offences|domestic_abuse|Rape by husband. V {F} {AGE} disclosed husband {M} has "
        "raped her several times over the last year, last on {DATE}. SARC attended. ISVA ref. DASH "
        "high."
    ),
    (
        "police|sexual_offences|domestic_abuse|OCC {OCC} | Offence: Rape of female 16 or over | MO: V "
        "{F} raped by ex-partner {M} after he let himself into her flat with a key he had kept | "
        "Susp: arrested | SARC: yes"
    ),
    (
        "third_party|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Social worker. "
        "{F}, {TEEN}, disclosed that her boyfriend {M}, 20, forced her to have sex when she said no "
        "on {DATE}. She lives in supported accommodation."
    ),
    (
        "val|sexual_offences|domestic_abuse|Sexual assault. V {F}'s partner {M} touches her sexually "
        "when she is asleep despite her saying no, also controls the money. V {AGE}. DASH medium."
    ),
    (
        "val|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Non-recent. V {F}, now "
        "{AGE}, disclosed that her stepfather {M} sexually assaulted her repeatedly when she was 16 "
        "and 17 and living at home. Reported last month."
    ),
    (
        "police|sexual_offences|domestic_abuse|OCC {OCC} | Offence: Sexual assault | MO: V {M} "
        "({AGE}) sexually assaulted by his wife's brother {M2} at a family party | Relationship: "
        "in-law"
    ),
    (
        "val|sexual_offences|domestic_abuse;online|Intimate image abuse. V {F}'s ex {M} shared nude "
        "photos of her in a WhatsApp group after the breakup and says there are more. V {AGE}."
    ),
    (
        "third_party|sexual_offences|online;child_sexual_abuse_exploitation|School safeguarding. {F}, "
        "aged {CHILD}, has been sending images to a man she met on Snapchat who said he was 16; he is "
        "now demanding more and threatening to share them. CEOP and police informed."
    ),
    (
        "police|sexual_offences|child_sexual_abuse_exploitation|OCC {OCC} | Offence: Sexual activity "
        "with a child | MO: V, female aged 14, in sexual relationship with {M}, 23, met at park | "
        "Susp: arrested | CSE risk: high"
    ),
    (
        "val|sexual_offences|child_sexual_abuse_exploitation|Non recent CSA. V {M} now in his 40s, "
        "abused by his football coach aged 10-12 in the 1990s, reporting now. OIC DC {SUR}. Wants "
        "ISVA."
    ),
    (
        "third_party|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|Social worker. "
        "{F}, aged {CHILD}, is in care and has been going missing for days at a time; she was found "
        "in a flat in {TOWN} with older men, who police believe have been moving her between towns "
        "for sex. NRM submitted."
    ),
    (
        "val|sexual_offences|child_sexual_abuse_exploitation|Mum {F2} calling. Daughter {F} ({CHILD}) "
        "sexually assaulted by her uncle {M} at a family gathering on {DATE}. Uncle arrested."
    ),
    (
        "police|sexual_offences|child_sexual_abuse_exploitation|CSE. OCC {OCC}. FEMALE AGED {TEEN} "
        "BEING GIVEN ALCOHOL, VAPES AND LIFTS BY GROUP OF ADULT MALES IN RETURN FOR SEX. SOCIAL CARE "
        "AWARE."
    ),
    (
        "val|sexual_offences||Rape. V {F} {AGE}, stranger rape after night out in {TOWN} on {DATE}. "
        "SARC. S not known to V. ISVA requested."
    ),
    (
        "police|sexual_offences||OCC {OCC} | Offence: Sexual assault on a female | MO: V {F} groped "
        "on packed train between {TOWN} and {TOWN2} | Susp: male, N/K | CCTV: requested"
    ),
    (
        "val|sexual_offences||Exposure. Man exposed himself to V {F} ({AGE}) on the canal towpath "
        "while she was jogging. V shaken. Description given."
    ),
    (
        "third_party|sexual_offences||University wellbeing. Student {F} says she was raped by a man "
        "she met that evening at a house party; she had not met him before. She has reported to "
        "police and attended the SARC."
    ),
    (
        "val|sexual_offences||Voyeurism. V {F}'s landlord {M} put a hidden camera in her bathroom, "
        "she found it {DATE}. Landlord arrested."
    ),
    (
        "police|sexual_offences|hate_crime|OCC {OCC} | Offence: Sexual assault | MO: V {F2}, trans "
        "woman, groped and mocked for being trans by group of men in bar | Susp: 1 identified"
    ),
    (
        "val|sexual_offences||V {M} ({AGE}) sexually assaulted by a male friend after they had been "
        "drinking at the friend's flat. Friends 5 yrs, never a relationship."
    ),
    (
        "third_party|sexual_offences||GP surgery. {F}, {AGE}, disclosed that a taxi driver touched "
        "her between her legs on the journey home on {DATE}; she has reported it to police."
    ),
    (
        "police|sexual_offences|modern_slavery|OCC {OCC} | Offence: Trafficking for sexual "
        "exploitation | MO: V {F}, {AGE}, brought to UK on promise of work, forced to sell sex at "
        "addresses across {TOWN} | NRM: positive reasonable grounds"
    ),
    (
        "police|robbery|knife_sharp_instrument|OCC {OCC} | Offence: Robbery of personal property | "
        "MO: V {M} ({AGE}) approached by 2 males on {STREET}, knife shown, phone and wallet taken | "
        "Inj: nil | Susp: N/K"
    ),
    (
        "val|robbery||V {F} pushed to the ground by a man who grabbed her handbag and ran, {DATE}, "
        "grazed knees. Bag had purse and keys in."
    ),
    (
        "val|robbery|knife_sharp_instrument|Business robbery. V {F} cashier at {SHOP}, S came in face "
        "covered, hand in pocket, said he had a knife. V believed him and handed over {AMT} from the "
        "till."
    ),
    (
        "police|robbery||OCC {OCC} | Offence: Robbery of business property | MO: 3 males threatened "
        "staff at bookmakers with a hammer, {AMT} taken | Inj: none | Staff V: {M}"
    ),
    (
        "third_party|robbery||School referral. Year 8 pupil {M} had his phone and trainers taken by "
        "older boys who punched him and said they would beat him up if he told anyone; this happened "
        "on the way home on {DATE}."
    ),
    (
        "val|robbery|domestic_abuse|V {F}, ex-partner {M} pinned her down and took her phone and bank "
        "card off her, then used the card. Bruised wrists. DV, DASH high."
    ),
    (
        "police|robbery||ROBBERY - PERSONAL. OCC {OCC}. V {M} {AGE} DELIVERY RIDER PUNCHED AND MOPED "
        "TAKEN BY 2 MALES ON {STREET} {TOWN}. CUT TO LIP."
    ),
    (
        "val|robbery||V {OLD}, elderly man, followed from cash machine and pushed over, {AMT} taken. "
        "Fractured hip. Daughter calling."
    ),
    (
        "val|robbery|knife_sharp_instrument|Caller {M} {AGE}. Carjacked at petrol station, S "
        "threatened him with a machete and took his {CAR}. No injury."
    ),
    (
        "police|robbery|hate_crime|OCC {OCC} | Offence: Robbery | MO: V, a Sikh man, surrounded by "
        "youths who pulled at his turban, shouted racist abuse and took his phone | Inj: minor"
    ),
    (
        "third_party|robbery||A&E. {M}, {AGE}, came in with a broken jaw after being attacked and "
        "robbed of his watch outside a bar; he thinks the men followed him from inside."
    ),
    (
        "val|robbery||V {F} ({AGE}) held on to her phone when S on e-bike tried to snatch it, she was "
        "dragged along, cuts to hand. Force used so not a snatch theft."
    ),
    (
        "police|robbery||OCC {OCC} | Offence: Attempted robbery | MO: V {M} threatened with violence "
        "by male demanding his bike; V refused and cycled off | Inj: nil | Susp: N/K"
    ),
    (
        "val|robbery|online|V {M}. Met a buyer from Facebook Marketplace to sell his PS5, S grabbed "
        "it, pushed V over and drove off. Minor bruising. The listing was used to lure him."
    ),
    (
        "third_party|robbery|knife_sharp_instrument|Employer HR. Our night shift manager {F} was "
        "threatened with a knife by two men who made her open the safe at our {TOWN} store at {TIME}; "
        "she was not physically hurt."
    ),
    (
        "val|robbery||Robbery. V {F} {AGE} had her necklace ripped from her neck in the street, red "
        "mark to neck. S on foot. Police attended {DATE}."
    ),
    (
        "val|theft_from_person||Pickpocket. V {F} had her purse taken from her handbag on the bus, "
        "only noticed when getting off. Cards then used at {SHOP} for {AMT}."
    ),
    (
        "police|theft_from_person||OCC {OCC} | Offence: Theft from the person | MO: V {M} ({AGE}) had "
        "phone lifted from back pocket in a busy bar | Inj: none | Susp: N/K"
    ),
    (
        "val|theft_from_person||Snatch theft, no force. V {F}'s phone snatched from her hand while "
        "she was texting at bus stop, S on a pushbike. Not hurt, no contact with her."
    ),
    (
        "third_party|theft_from_person||Bank fraud team. Our customer {F}, {OLD}, had her wallet "
        "taken from her coat pocket at a market in {TOWN}; her cards were then used at cash machines. "
        "She is very distressed."
    ),
    (
        "police|theft_from_person||THEFT FROM PERSON. OCC {OCC}. V {F} {AGE}. WALLET TAKEN FROM BAG "
        "ON TRAIN. DISTRACTION BY 2ND FEMALE. NO INJ."
    ),
    (
        "val|theft_from_person||V {M} {AGE}. Distraction theft - man asked him for directions at the "
        "station while another took the phone from his jacket pocket. V didn't see."
    ),
    (
        "val|theft_from_person||V {F}, visiting from Spain, had her bag unzipped and purse taken "
        "while at the Christmas market, noticed later. Needs help with embassy."
    ),
    (
        "third_party|theft_from_person||Social worker. {M}, {AGE}, who has a learning disability, had "
        "cash grabbed from his hand by a youth at the bus station; the youth ran off without touching "
        "him."
    ),
    (
        "police|theft_from_person||OCC {OCC} | Offence: Theft from the person | MO: V {F}'s phone "
        "lifted from her jacket pocket while at a festival in {TOWN} | Inj: none | Susp: N/K"
    ),
    (
        "val|theft_from_person||V {F} ({OLD}) had her purse taken from her coat pocket while queuing "
        "at the post office. {AMT} cash. No force. Daughter says V now scared to go out."
    ),
    # ---- part 3 ----
    (
        "val|burglary|domestic_abuse|V {F}, ex-p {M} broke into her flat while she was at work and "
        "took her laptop and jewellery. Neighbour saw him climb in the back window. DA hx."
    ),
    (
        "police|burglary|domestic_abuse|OCC {OCC} | Offence: Burglary - residential | MO: V {F}'s "
        "estranged son {M} ({AGE}) entered via rear window while she was away, took cash and bank "
        "cards | DA: yes"
    ),
    (
        "third_party|burglary|domestic_abuse|Housing officer. {F} reports that her ex-husband {M} "
        "used an old key to get into the house while she was on holiday and removed the TV and "
        "paperwork. She has since had the locks changed."
    ),
    (
        "police|burglary||OCC {OCC} | Offence: Burglary - residential | MO: rear door forced with "
        "implement, house searched, jewellery and {AMT} cash taken | Occupants: away | V: {F} {SUR}"
    ),
    (
        "val|burglary||V {M} ({OLD}). Burglary overnight {DATE}, entry via unlocked back door while V "
        "asleep, wallet and car keys taken, car NOT taken. V very shaken."
    ),
    (
        "val|burglary||Burg dwelling. V {F}. Front door kicked in, not much taken but drawers emptied "
        "everywhere. SOCO attended. V wants help with locks/alarm."
    ),
    (
        "third_party|burglary||GP surgery. {F}, {OLD}, has been very anxious since her home was "
        "burgled on {DATE}; her late husband's medals and her wedding ring were taken. She lives "
        "alone."
    ),
    (
        "police|burglary||BURGLARY BUSINESS. OCC {OCC}. {SHOP} {TOWN}. ENTRY VIA ROOF. CIGARETTES AND "
        "CASH TAKEN. STAFF V {M} ATTENDED ALARM CALL."
    ),
    (
        "val|burglary||Garage burglary. V {M}'s garage broken into, padlock cut, tools worth {AMT} "
        "taken. V self employed builder, can't work."
    ),
    (
        "police|burglary||OCC {OCC} | Offence: Burglary - community (church hall) | MO: window "
        "smashed, PA system and donations tin taken | Key holder: {F} | DA: n/a"
    ),
    (
        "val|burglary||Distraction burglary. V {OLD}, lady lives alone, 2 men said they were from the "
        "water board, one kept her talking while the other went upstairs, {AMT} cash taken from "
        "bedroom."
    ),
    (
        "val|burglary||V {F} {AGE}. Attempted burglary - marks on back door lock, entry not gained. V "
        "scared to be home alone. Police attended {DATE}."
    ),
    (
        "third_party|burglary||Social worker. {M}, who has a learning disability, says people he "
        "knows let themselves into his flat when he is out and take his food and money. He did not "
        "give them a key."
    ),
    (
        "police|burglary||OCC {OCC} | Offence: Burglary - residential (car key) | MO: entry while "
        "family asleep, keys taken from hallway and {CAR} taken from drive; crowbar left at scene | "
        "Inj: none | V: {M}"
    ),
    (
        "val|burglary||V {F} student, shared house burgled, her laptop and passport taken from her "
        "room. Other housemates also Vs."
    ),
    (
        "val|burglary||V {M} ({AGE}). Came home to find a man in his kitchen, the man ran off with "
        "V's phone. No contact between them, no threats."
    ),
    (
        "third_party|burglary||Bank fraud team. Our customer {M}, {OLD}, had his chequebook and cards "
        "stolen in a burglary on {DATE} and has since found {AMT} of fraudulent transactions."
    ),
    (
        "police|burglary||OCC {OCC} | Offence: Burglary - residential (attempt) | MO: suspect seen "
        "trying door handles on {STREET}, tried V's patio door, disturbed by dog | V: {F}, {AGE}"
    ),
    (
        "val|burglary||V {F} burgled {DATE}, TV, Xbox and kids' tablets taken. V also mentioned her "
        "sister was sexually abused as a child, historic and already known to services - not part of "
        "this referral."
    ),
    (
        "police|burglary||BURGLARY RESIDENTIAL. OCC {OCC}. V {M} {SUR} {AGE}. ENTRY VIA FRONT DOOR, "
        "LOCK SNAPPED. ITEMS: LAPTOP, WATCH, PASSPORTS. NO DA. NO INJURIES."
    ),
    (
        "val|burglary||V {F} ({AGE}) says her lodger moved out and took her TV and jewellery from her "
        "bedroom, which he was not allowed into. Not related, not a partner."
    ),
    (
        "third_party|burglary||Housing association officer. Tenant {M}, {OLD}, was burgled on {DATE} "
        "while he was in hospital; neighbours noticed the door open. His savings tin and his "
        "medication were taken."
    ),
    (
        "police|burglary||OCC {OCC} | Offence: Burglary - business | MO: vape shop on {STREET} "
        "{TOWN}, shutter forced at {TIME}, stock worth {AMT} taken | V: owner {M} {SUR}"
    ),
    (
        "val|burglary||Burglary and damage. V {F}'s house entered, walls sprayed with paint and TV "
        "smashed, jewellery taken. V thinks it was random."
    ),
    (
        "third_party|burglary||School business manager. The school was broken into over half term and "
        "laptops and the staff fund were taken. {F}, the cleaner who found the break-in, is very "
        "shaken."
    ),
    (
        "police|burglary||OCC {OCC} | Offence: Burglary - residential | MO: entry via insecure "
        "conservatory door while V {F} ({OLD}) was in the garden, handbag taken | Susp: male seen "
        "leaving | DA: none known"
    ),
    (
        "val|burglary||V {M} says someone used the carers' key safe code to get in and took {AMT} "
        "from a tin in the kitchen. Carers not suspected, agency changed the code."
    ),
    (
        "val|burglary|hate_crime|Burglary with hate element. V {M}'s home broken into, nothing of "
        "value taken but racist graffiti sprayed on the walls. V is Black and feels targeted."
    ),
    (
        "police|burglary||OCC {OCC} | Offence: Burglary - residential (outbuilding) | MO: shed broken "
        "into, 2 x e-bikes and a lawnmower taken | V: {M}, {AGE}"
    ),
    (
        "third_party|burglary||Social worker. {F}, {AGE}, a care leaver in her first flat, was "
        "burgled last week and has lost her phone, bank card and the only photos she had of her mum. "
        "She has no contents insurance."
    ),
    (
        "val|burglary||V {F} ({AGE}) burgled {DATE}, back window smashed to get in but S disturbed by "
        "alarm, nothing taken. V wants a window repair grant."
    ),
    (
        "police|vehicle_offences||OCC {OCC} | Offence: Theft of motor vehicle | MO: {CAR} taken from "
        "driveway overnight, keyless relay suspected | V: {M} {SUR}"
    ),
    (
        "val|vehicle_offences||Theft from MV. V {F}'s car window smashed and handbag taken from the "
        "passenger seat. {STREET} car park, {DATE}."
    ),
    (
        "val|vehicle_offences||V {M} ({AGE}), catalytic converter cut off his {CAR} outside the house "
        "{DATE}. Car unusable."
    ),
    (
        "police|vehicle_offences||THEFT OF MOTOR VEHICLE. OCC {OCC}. V {F} {AGE}. {CAR} STOLEN FROM "
        "{STREET} {TOWN}. KEYS NOT TAKEN. NOT YET RECOVERED."
    ),
    (
        "val|vehicle_offences||Aggravated vehicle taking. V {M}'s van taken and crashed into a wall, "
        "{DATE}. S arrested. Tools inside lost."
    ),
    (
        "third_party|vehicle_offences||Employer HR. Our delivery driver {M} had his van broken into "
        "while making a drop on {STREET}; parcels worth {AMT} were taken."
    ),
    (
        "val|vehicle_offences|domestic_abuse|V {F} {AGE}. Ex-p {M} took her car keys and her car on "
        "{DATE} without permission, car found abandoned in {TOWN}. DA hx."
    ),
    (
        "police|vehicle_offences||OCC {OCC} | Offence: Interfering with a motor vehicle | MO: male "
        "seen trying door handles of parked cars on {STREET}; V's car door found open, nothing taken "
        "| V: {F}"
    ),
    (
        "val|vehicle_offences||Number plates taken off V {M}'s car, noticed {DATE}. Worried they'll "
        "be used on another car for crime."
    ),
    ("val|vehicle_offences||V {F} {AGE} car stolen from outside the gym; her keys were taken from her locker first."),
    (
        "police|vehicle_offences||OCC {OCC} | Offence: Theft from motor vehicle | MO: tools stolen "
        "from van on {STREET} overnight, side panel peeled back | V: {M} {SUR}, plumber | Loss: {AMT}"
    ),
    (
        "third_party|vehicle_offences||Social worker. {F}, {AGE}, relies on her adapted car and it "
        "was stolen from her disabled bay on {DATE}; she can no longer get to her appointments."
    ),
    (
        "val|vehicle_offences||Moped stolen. V {M} {AGE}, delivery rider, moped taken from outside "
        "restaurant while he was collecting an order. No one confronted him."
    ),
    (
        "police|vehicle_offences||OCC {OCC} | Offence: Theft of motor vehicle | MO: {CAR} stolen "
        "using cloned key, later recovered in {TOWN} on false plates | Susp: linked to OCG | V: {F}"
    ),
    (
        "val|vehicle_offences||V {F}'s car taken from her drive by a 15 year old from down the road "
        "and crashed into a lamppost. V not hurt, she was indoors."
    ),
    (
        "val|vehicle_offences|domestic_abuse|V {M}, ex-wife {F} kept the spare key and has been "
        "taking his car without consent since they split, took it again {DATE}."
    ),
    (
        "police|vehicle_offences||THEFT FROM VEHICLE. OCC {OCC}. {CAR} PARKED AT {TOWN} RAILWAY "
        "STATION. WINDOW SMASHED. LAPTOP BAG TAKEN. V {M} {SUR}. NIL DA."
    ),
    (
        "val|vehicle_offences||V {F} {AGE}. Car broken into on the drive, sat nav and loose change "
        "taken, door lock punched."
    ),
    (
        "third_party|vehicle_offences||GP surgery. {M}, {OLD}, has become low since his car, which he "
        "uses to visit his wife in her care home, was stolen from outside his flat on {DATE}."
    ),
    (
        "police|vehicle_offences||OCC {OCC} | Offence: Vehicle interference | MO: V {F} saw male "
        "looking into car windows and trying doors at {TIME}; he tried her car door and ran when "
        "challenged | Inj: nil"
    ),
    (
        "val|vehicle_offences||Theft of motorbike. V {M} ({AGE}), bike (motorbike not pushbike) taken "
        "from communal car park, chain cut."
    ),
    (
        "val|vehicle_offences||V {F}. Car stolen from drive while left running to defrost, keys in "
        "ignition. Found later in {TOWN}."
    ),
    (
        "third_party|vehicle_offences||Housing officer. Several tenants' cars in the {STREET} car "
        "park have been broken into; tenant {M} lost his work tools worth {AMT} and is worried about "
        "his job."
    ),
    (
        "police|vehicle_offences||OCC {OCC} | Offence: Theft from motor vehicle | MO: wheels and "
        "tyres removed from V's {CAR}, car left on bricks | V: {M}"
    ),
    (
        "val|vehicle_offences||V {M} ({AGE}) says his car, left with an airport parking firm, was "
        "driven by their staff without permission, 200 extra miles on the clock. Police recorded "
        "TWOC."
    ),
    ("val|vehicle_offences||Car theft. V {F}'s car stolen from {STREET}, her son's pushbike was in the boot."),
    (
        "police|vehicle_offences||OCC {OCC} | Offence: Aggravated vehicle taking (damage) | MO: V's "
        "{CAR} taken from outside her house, driven at speed and crashed into a garden wall | Susp: 2 "
        "x juveniles detained | V: {F} {SUR}"
    ),
    (
        "val|bicycle_theft||Bike theft. V {M}'s mountain bike taken from the rack at {TOWN} station, "
        "lock cut. Worth {AMT}."
    ),
    (
        "police|bicycle_theft||OCC {OCC} | Offence: Theft of pedal cycle | MO: V {F}'s bicycle taken "
        "from front garden on {STREET} | Value: {AMT}"
    ),
    (
        "third_party|bicycle_theft||School referral. Pupil {M}, aged 12, had his bike stolen from the "
        "school bike shed; he uses it to get to school and his family cannot afford another one."
    ),
    (
        "val|bicycle_theft||V {F} {AGE}, e-bike (pedal assist) stolen from outside {SHOP}, it was "
        "locked. She uses it for work."
    ),
    (
        "police|bicycle_theft||THEFT OF PEDAL CYCLE. OCC {OCC}. V {M} {AGE}. ROAD BIKE TAKEN FROM "
        "COMMUNAL BIKE STORE {STREET}. NIL SUSPECTS."
    ),
    (
        "val|bicycle_theft||V {F}'s 10yo son's bike taken from outside the library while they were "
        "inside. Son upset. Not insured."
    ),
    (
        "val|bicycle_theft||V {M} ({AGE}), cargo bike stolen from outside his house {DATE}. Uses it "
        "for the school run. Tracker shows it in {TOWN}."
    ),
    (
        "third_party|bicycle_theft||Social worker. {M}, {AGE}, had his bicycle stolen outside the job "
        "centre; it was his only way of getting to his new job."
    ),
    (
        "police|shoplifting||OCC {OCC} | Offence: Theft from shop | MO: male took razors and meat "
        "worth {AMT} from {SHOP} {TOWN} and left without paying | Staff V: {F}, upset, repeat "
        "offender"
    ),
    (
        "val|shoplifting||V {M} manager of {SHOP}, repeat shoplifting by the same group, verbal abuse "
        "when challenged but no threats. Staff morale low."
    ),
    (
        "val|shoplifting||Shop theft. V {F} runs a small corner shop, man stole alcohol worth {AMT}, "
        "3rd time this month. Wants crime prevention advice."
    ),
    (
        "police|shoplifting||SHOPLIFTING. OCC {OCC}. {SHOP} {TOWN}. FEMALE CONCEALED CLOTHING IN BAG, "
        "DETAINED BY SECURITY. STAFF MEMBER {F} VERBALLY ABUSED. NO ASSAULT."
    ),
    (
        "third_party|shoplifting||Employer HR. Staff at our {SHOP} branch in {TOWN} are dealing with "
        "daily shoplifting; supervisor {F} is anxious after a group filled bags with stock and walked "
        "out past her at {TIME}."
    ),
    (
        "val|shoplifting||Shoplifting. V {M} pharmacy owner, man took baby formula off the shelf and "
        "left, no confrontation. Loss {AMT}."
    ),
    (
        "police|shoplifting||OCC {OCC} | Offence: Theft from shop | MO: two females stole cosmetics "
        "from {SHOP} and left in a car, reg obtained | Staff V: {M}"
    ),
    (
        "val|shoplifting||V {F} works in {SHOP}, regular shoplifter told her he'd 'wait for her after "
        "work' when she stopped him leaving with stock on {DATE}. No contact."
    ),
    (
        "third_party|shoplifting||Retail crime partnership. {M}, a security officer at {SHOP}, has "
        "logged 14 shop thefts by the same man this month and is asking about support for staff."
    ),
    (
        "val|shoplifting||V {M} ({AGE}) farm shop owner, customer filled a bag with produce and "
        "walked out past the till without paying."
    ),
    (
        "police|shoplifting||OCC {OCC} | Offence: Theft from shop | MO: male scanned cheap items in "
        "place of steak at self-checkout, {SHOP} | Loss: {AMT} | Staff V: {F}"
    ),
    (
        "val|shoplifting||V {F} {AGE}, shop assistant at {SHOP}, shoplifting {DATE}, S swore at her "
        "when asked to leave, no physical contact. Nil injuries."
    ),
    # ---- part 4 ----
    (
        "val|other_theft|domestic_abuse|V ({OLD}) says her adult son {M} has been taking cash from "
        "her purse and selling her jewellery for months. V doesn't want him arrested, just wants it "
        "to stop."
    ),
    (
        "third_party|other_theft|domestic_abuse|Bank fraud team. Our customer {F}, {OLD}, told us her "
        "grandson {M} has been withdrawing money from her account using her card and PIN, which he "
        "took from her handbag."
    ),
    (
        "police|other_theft|domestic_abuse|OCC {OCC} | Offence: Theft | MO: partner {M} took V {F}'s "
        "wages from a drawer and hid her car keys so she could not leave | DA: yes, DASH medium"
    ),
    (
        "val|other_theft|domestic_abuse|V {F} ({AGE}). Ex {M} kept her belongings when she left - "
        "passport, jewellery and her mum's ashes - and refuses to give them back. Theft reported."
    ),
    (
        "police|other_theft||OCC {OCC} | Offence: Theft by employee | MO: café owner V {M} found "
        "staff member took {AMT} from the till over 6 weeks | Susp: {F2} {SUR}, dismissed"
    ),
    (
        "val|other_theft||Making off without payment. V {M} taxi driver, 2 passengers ran off without "
        "paying {AMT} fare in {TOWN}."
    ),
    ("val|other_theft||V {F}'s parcels stolen from her doorstep 3 times this month. Ring doorbell footage available."),
    (
        "police|other_theft||OCC {OCC} | Offence: Making off without payment | MO: {CAR} filled with "
        "fuel, {AMT}, driven off from garage forecourt | Staff V: {F}"
    ),
    (
        "third_party|other_theft||Care home manager. The family of {F}, {OLD}, report that money and "
        "a ring have gone from her room; a member of agency staff is suspected."
    ),
    (
        "val|other_theft|online|Blackmail. V {M} ({AGE}), sextortion after a video chat with a "
        "'woman' on Instagram, they want {AMT} or will send the video to his contacts. Paid once."
    ),
    (
        "police|other_theft|online|OCC {OCC} | Offence: Blackmail | MO: V {M} contacted on Facebook "
        "by person threatening to post intimate images unless paid {AMT} in gift cards | Susp: "
        "believed overseas"
    ),
    (
        "val|other_theft||Theft of mail. V {F}'s post being taken from the communal mailboxes, bank "
        "cards intercepted. Royal Mail aware."
    ),
    (
        "val|other_theft||V {M}, {AGE}, wallet stolen from his jacket hanging on the back of his "
        "chair in the pub. Not on his person at the time."
    ),
    (
        "third_party|other_theft||University. Student {F} had her laptop taken from a library desk "
        "while she went to the toilet on {DATE}."
    ),
    (
        "police|other_theft||THEFT - OTHER. OCC {OCC}. V {F} {SUR}. GARDEN ORNAMENTS AND PLANTERS "
        "TAKEN FROM FRONT GARDEN {STREET}."
    ),
    (
        "val|other_theft||V {M} builder, tools stolen from a building site he was working on, not "
        "from his van. Loss {AMT}."
    ),
    (
        "val|other_theft||Handbag taken from V {F}'s shopping trolley while she was looking at a "
        "shelf in {SHOP}. No contact with her."
    ),
    (
        "police|other_theft||OCC {OCC} | Offence: Theft | MO: charity collection tin taken from the "
        "counter of {SHOP} | V: volunteer {F}"
    ),
    (
        "third_party|other_theft||Housing officer. Lead flashing was stolen from the roof of tenant "
        "{M}'s bungalow, causing a leak into his bedroom. He is {OLD} and lives alone."
    ),
    ("val|other_theft||V {F} {AGE}, dog stolen from her back garden, microchipped. Very distressed."),
    (
        "val|other_theft||V {M} ({AGE}), his phone was taken off the table at a café while he was at "
        "the counter ordering."
    ),
    (
        "police|other_theft|hate_crime|OCC {OCC} | Offence: Theft | MO: Pride flags taken from V "
        "{M}'s front garden and a homophobic note left on the door | Susp: N/K"
    ),
    (
        "val|other_theft||Blackmail. V {M} owns a takeaway, men demanding {AMT} a month 'protection' "
        "or they'll cause trouble. Paid once."
    ),
    (
        "third_party|other_theft||Social worker. {M}, {AGE}, who has a learning disability, has a man "
        "he calls a friend who takes his bank card each payday and keeps most of his benefits."
    ),
    (
        "val|criminal_damage_arson|domestic_abuse|V {F}. Ex {M} smashed her front windows with a "
        "brick {DATE} after she wouldn't let him in. Not injured. DASH high."
    ),
    (
        "police|criminal_damage_arson|domestic_abuse|OCC {OCC} | Offence: Criminal damage to dwelling "
        "| MO: partner {M} punched holes in doors and broke the TV during an argument | V: {F} | Inj: "
        "nil | DA: yes"
    ),
    (
        "val|criminal_damage_arson|domestic_abuse|V {M} {MID}. His adult daughter {F} smashed up his "
        "car with a hammer after he refused her money. No one hurt."
    ),
    (
        "third_party|criminal_damage_arson|domestic_abuse|Housing officer. The damage to the door and "
        "window of {F}'s flat was caused by her ex-partner {M} on {DATE}; she is asking us for a "
        "priority repair and a move."
    ),
    (
        "val|criminal_damage_arson|domestic_abuse|Arson. V {F}'s ex-boyfriend set fire to her car "
        "outside her house, neighbour saw him. V {AGE}. Police and fire service attended. MARAC "
        "referral."
    ),
    (
        "police|criminal_damage_arson|domestic_abuse|CRIMINAL DAMAGE - DA. OCC {OCC}. V {F} {SUR}. "
        "HUSBAND {M} DAMAGED HER MOBILE PHONE AND LAPTOP DURING ARGUMENT. NO ASSAULT."
    ),
    (
        "val|criminal_damage_arson|domestic_abuse|V {F}, her brother {M} ({AGE}) let down her car "
        "tyres and scratched the paintwork after a family row about their mum's care. No contact "
        "since."
    ),
    (
        "third_party|criminal_damage_arson|domestic_abuse|Social worker. {F}, {MID}, says her son "
        "{M}, who is in his twenties, breaks her furniture and doors when she refuses him money; she "
        "has not been physically hurt."
    ),
    (
        "val|criminal_damage_arson|domestic_abuse|Criminal damage. V {F}'s partner {M} poured bleach "
        "over her clothes and snapped her bank cards after she talked about leaving. DASH medium."
    ),
    (
        "police|criminal_damage_arson||OCC {OCC} | Offence: Criminal damage to vehicle | MO: V {M}'s "
        "{CAR} scratched down both sides overnight on {STREET} | Susp: N/K"
    ),
    (
        "val|criminal_damage_arson||V {F} ({AGE}). Neighbour's kids kick a football against her car "
        "every day, door now dented. Parents refuse to pay."
    ),
    (
        "val|criminal_damage_arson|hate_crime|Racist graffiti sprayed on V {M}'s shop shutters "
        "{DATE}. V and family are Polish. Second time this year."
    ),
    (
        "police|criminal_damage_arson||ARSON. OCC {OCC}. WHEELIE BINS SET ALIGHT OUTSIDE V {F} {SUR} "
        "HOUSE {STREET}, FIRE SPREAD TO FENCE. NO INJURIES. SUSP: YOUTHS."
    ),
    (
        "third_party|criminal_damage_arson||School. Windows at the school were smashed by youths over "
        "the weekend; the caretaker, {M}, who cleared up the glass is upset."
    ),
    ("val|criminal_damage_arson||V {M}, allotment shed smashed up and plants pulled up. Not the first time."),
    (
        "val|criminal_damage_arson||Car keyed and both wing mirrors snapped off. V {F} thinks it was "
        "someone from the pub car park. {DATE}."
    ),
    (
        "police|criminal_damage_arson||OCC {OCC} | Offence: Arson not endangering life | MO: V's "
        "garden shed set alight at {TIME} | V: {M} {SUR}, {OLD} | Inj: none"
    ),
    (
        "val|criminal_damage_arson||V {F} housing assoc tenant, upstairs neighbour deliberately "
        "flooded her flat by leaving the bath running after a row. Ceiling damaged."
    ),
    (
        "third_party|criminal_damage_arson||Housing officer. Tenant {M}'s front door has been "
        "repeatedly kicked and graffitied by people living in the block; no one has got in."
    ),
    (
        "val|criminal_damage_arson|hate_crime|V {F} is a trans woman, her car was spray painted with "
        "transphobic slurs outside her house {DATE}."
    ),
    (
        "police|criminal_damage_arson||OCC {OCC} | Offence: Criminal damage | MO: V {F}'s front door "
        "and windows egged and paint thrown | Susp: ex-employee of V's business {M2} | DA: not "
        "applicable"
    ),
    (
        "val|criminal_damage_arson||V {M} ({AGE}) fell out with his flatmate, who smashed V's TV and "
        "games console. Flatmate not family, never together."
    ),
    (
        "val|criminal_damage_arson||Arson. V {F}'s wheelie bin pushed against her back door and set "
        "alight at {TIME}, door scorched, V and kids woke up."
    ),
    (
        "third_party|criminal_damage_arson||Employer. Our {TOWN} office was damaged overnight; a "
        "window was smashed with a brick and an abusive note was left. Receptionist {F} found it and "
        "is frightened."
    ),
    (
        "police|criminal_damage_arson||OCC {OCC} | Offence: Criminal damage to vehicle | MO: tyres of "
        "V {M}'s van deflated and windscreen smashed; V believes linked to dispute with rival trader "
        "| Susp: {M2} {SUR}"
    ),
    (
        "val|criminal_damage_arson||V {F} ({OLD}). Youths threw stones at her windows, one broke. She "
        "says it's not just ASB anymore, it's damage."
    ),
    (
        "val|criminal_damage_arson||V {M}'s garden fence kicked down and plants uprooted by a group "
        "of drunk men at {TIME}. Not known to V."
    ),
    (
        "third_party|criminal_damage_arson||Social worker. {F}, {AGE}, is a foster carer; the birth "
        "parent of one of her foster children smashed her car windscreen outside the contact centre "
        "on {DATE}."
    ),
    (
        "police|criminal_damage_arson||OCC {OCC} | Offence: Arson with intent to endanger life | MO: "
        "lit material pushed through letterbox of V {F}'s flat at {TIME}, smoke damage, family got "
        "out | Inj: nil (checked for smoke) | Susp: N/K"
    ),
    (
        "val|criminal_damage_arson||V {M} ({AGE}). Someone smashed his shop window {DATE}, nothing "
        "taken. CCTV shows 2 males."
    ),
    (
        "police|criminal_damage_arson|hate_crime|OCC {OCC} | Offence: Religiously aggravated criminal "
        "damage | MO: windows of community mosque smashed and anti-Muslim slogan painted | Key "
        "holder: Mr {SUR} | Susp: N/K"
    ),
    (
        "val|drug_offences||V {F} ({AGE}) says drug dealing from the flat next door, people coming "
        "and going all night, needles found in the stairwell. Wants to move."
    ),
    (
        "police|drug_offences||OCC {OCC} | Offence: Possession with intent to supply Class A | MO: "
        "warrant at {STREET} {TOWN}; vulnerable tenant {M} ({AGE}) had his flat taken over by dealers "
        "(cuckooing) | Safeguarding: adult social care"
    ),
    (
        "third_party|drug_offences||School referral. Year 11 pupil {M} was found with a small amount "
        "of cannabis for his own use; his mum {F} has asked for support for the family."
    ),
    (
        "val|drug_offences||V {M}, {MID}, worried his adult son is growing cannabis in the loft of "
        "the family home. No violence or threats. V wants advice."
    ),
    (
        "police|drug_offences||OCC {OCC} | Offence: Production of cannabis | MO: cannabis factory "
        "found in house on {STREET}, electricity bypassed | Reporting person: neighbour {F}, has "
        "asthma, worried about fire risk"
    ),
    ("val|drug_offences||Drug dealing outside V {M}'s shop every day, syringes left in the doorway. No threats to V."),
    (
        "third_party|drug_offences||Housing officer. Tenant {F}, {OLD}, says her grandson's friends "
        "have been keeping drugs at her flat; they have not threatened her but she is uncomfortable."
    ),
    (
        "police|possession_of_weapons||OCC {OCC} | Offence: Possession of bladed article in public "
        "place | MO: male seen with large knife in waistband at {TOWN} bus station, stop search, "
        "arrested | Witness V: {F}, shaken | Threats: none"
    ),
    (
        "val|possession_of_weapons||V {M} saw a group of teenagers with a machete in the park, not "
        "pointed at anyone, V shaken, rang police."
    ),
    (
        "third_party|possession_of_weapons||School safeguarding. A Year 9 pupil brought a kitchen "
        "knife into school in his bag; a teacher found it and no one was threatened. {M}, the pupil "
        "who told staff, is worried about retaliation."
    ),
    (
        "police|possession_of_weapons||POSSESSION OF FIREARM. OCC {OCC}. IMITATION FIREARM FOUND IN "
        "CAR DURING STOP ON {STREET}. DRIVER ARRESTED. PASSENGER {F} (DRIVER'S GIRLFRIEND) REFERRED "
        "FOR SUPPORT."
    ),
    (
        "val|possession_of_weapons||V {F} lives next door to a man arrested after police found a "
        "sawn-off shotgun in his flat. No threats to her. She is frightened."
    ),
    (
        "val|possession_of_weapons||Knife found. V {M} ({AGE}) bus driver, passenger dropped a knife "
        "on the bus, V saw it, passenger got off. No threats made. Police traced the male."
    ),
    (
        "police|possession_of_weapons||OCC {OCC} | Offence: Possession of offensive weapon | MO: "
        "knuckleduster found during search of male at {TOWN} nightclub | Door staff V: {M}, assisted "
        "| Inj: nil"
    ),
    (
        "third_party|possession_of_weapons||Housing officer. Tenant {F} reports that her neighbour's "
        "son openly carries a knife around the estate; he has not threatened her. She is asking for "
        "support and a move."
    ),
    (
        "police|public_order|hate_crime|OCC {OCC} | Offence: Racially aggravated s5 POA | MO: V {F}, "
        "bus driver, racially abused by passenger | Susp: male, {AGE} | Inj: nil"
    ),
    (
        "val|public_order||V {M} ({AGE}). Man in pub car park shouted he'd 'do him in' and squared "
        "up, V left. s4 POA. No assault. V worried he might carry a knife but none seen and none "
        "mentioned."
    ),
    (
        "val|public_order|hate_crime|V {FM} wears hijab, man shouted Islamophobic abuse at her in the "
        "{SHOP} queue. No physical contact."
    ),
    (
        "police|public_order||PUBLIC ORDER S4A. OCC {OCC}. V {F} {SUR}, PHARMACIST, ABUSED AND "
        "THREATENED BY CUSTOMER OVER PRESCRIPTION DELAY. NO ASSAULT."
    ),
    (
        "val|public_order|domestic_abuse|V {F} ({AGE}). Ex {M} turned up drunk outside her house "
        "shouting and swearing, threatening to 'sort her out', neighbours heard. Single incident. "
        "DASH standard."
    ),
    (
        "third_party|public_order||Employer HR. Our receptionist {F} was sworn at and threatened by a "
        "member of the public at the {TOWN} council offices; he thumped the desk but no one was "
        "touched."
    ),
    (
        "val|public_order||V {M} ({AGE}), taxi driver, fare shouted abuse and threatened him when "
        "asked to pay upfront. No assault."
    ),
    (
        "police|public_order||OCC {OCC} | Offence: Violent disorder | MO: large fight outside {TOWN} "
        "nightclub, V {M} caught up in it, no injury | Susp: 6 arrested"
    ),
    (
        "val|public_order|hate_crime|Homophobic abuse. V {M} and his husband shouted at by group of "
        "teens on {STREET}, called slurs, followed for a short distance."
    ),
    (
        "third_party|public_order|hate_crime|Social worker. {M}, {AGE}, who has Down's syndrome, was "
        "mocked and sworn at by a group of adults at the bus station who called him names about his "
        "disability."
    ),
    (
        "police|public_order||OCC {OCC} | Offence: s5 POA | MO: V {F}, civil enforcement officer, "
        "verbally abused and filmed by driver on {STREET} | Inj: nil"
    ),
    (
        "val|public_order|domestic_abuse|V {M}, his dad {M2} turned up at his work and caused a "
        "scene, shouting, swearing and threatening him in front of customers. V {AGE}."
    ),
    (
        "val|public_order||V {F}. Neighbour dispute escalated, neighbour screamed abuse over the "
        "fence and threatened to smash her windows, V alarmed."
    ),
    (
        "police|public_order||OCC {OCC} | Offence: Public order s4A | MO: V {M}, {AGE}, shop worker, "
        "threatened and abused by group refused alcohol sale | Susp: 3 x youths"
    ),
    (
        "val|public_order|hate_crime|V {M} ({AGE}), Jewish, man shouted antisemitic abuse at him "
        "outside the synagogue and made gestures. No contact."
    ),
    (
        "third_party|public_order||GP surgery. Our receptionist {F} was threatened and sworn at by a "
        "patient at the front desk on {DATE}; the patient said she would 'regret it'. The practice "
        "has removed him from the list."
    ),
    (
        "police|public_order||OCC {OCC} | Offence: Affray | MO: two groups fighting in {TOWN} high "
        "street; V {F} (bystander) frightened, not injured"
    ),
    (
        "val|public_order||V {M} ({AGE}) says football fans surrounded him at the station, chanting "
        "and threatening him. No contact. Not hate related, it was about his club."
    ),
    (
        "third_party|public_order||Housing officer. Tenant {F} was shouted at and threatened by a "
        "visitor to the block after she asked him to stop smoking in the lift; he told her to 'watch "
        "herself'."
    ),
    # ---- part 5 ----
    (
        "val|misc_crimes_against_society|domestic_abuse|V {F} ({AGE}). Her brother {M} told her to "
        "withdraw her witness statement against his mate or 'there'd be consequences'. No violence. "
        "Case at crown court {DATE}."
    ),
    (
        "police|misc_crimes_against_society|domestic_abuse|OCC {OCC} | Offence: Perverting the course "
        "of justice | MO: S {M} pressured his partner V {F} to give him a false alibi for an assault "
        "on another man and to lie to officers | DA: yes"
    ),
    (
        "val|misc_crimes_against_society||Dangerous driving. V {M} ({AGE}) says a van driver "
        "tailgated him for miles then undertook and cut him up on purpose, nearly caused a crash. No "
        "collision, no injury. Dashcam."
    ),
    (
        "val|misc_crimes_against_society||V {M} ({AGE}) says his former business partner gave false "
        "evidence on oath in their county court case. Police investigating perjury. Nil DA."
    ),
    (
        "third_party|misc_crimes_against_society||Housing officer. Tenant {F} says a neighbour has "
        "threatened to set fire to her car if she keeps complaining about his dog; nothing has been "
        "damaged so far."
    ),
    (
        "police|misc_crimes_against_society||OCC {OCC} | Offence: Dangerous driving | MO: {CAR} "
        "driven at speed on the wrong side of {STREET}, forced V {F}'s car onto the verge | Inj: nil "
        "| Damage: nil"
    ),
    (
        "val|misc_crimes_against_society||V {F} ({AGE}) found someone had forged her signature on a "
        "tenancy guarantor form. No money lost yet. Police recorded forgery."
    ),
    (
        "third_party|misc_crimes_against_society||Social worker. {F}, {AGE}, is a prosecution "
        "witness; the defendant's brother approached her in town and told her to 'forget what she "
        "saw'. She was not threatened with violence."
    ),
    (
        "val|misc_crimes_against_society|domestic_abuse|V {F}, her ex-husband {M} keeps saying he "
        "will smash up the house they still co-own if she goes ahead with the divorce. No damage "
        "done."
    ),
    (
        "police|misc_crimes_against_society||DANGEROUS DRIVING. OCC {OCC}. DRIVER DELIBERATELY CLOSE "
        "PASSED AND BRAKED IN FRONT OF CYCLIST V {M} {SUR} ON {STREET}. V SWERVED, DID NOT FALL. NO "
        "INJURY."
    ),
    (
        "val|fraud_computer_misuse|domestic_abuse|V {F}. Ex-husband {M} took out 2 loans and a credit "
        "card in her name while they were married, she has only just found out. {AMT} debt."
    ),
    (
        "third_party|fraud_computer_misuse|domestic_abuse;online|Bank fraud team. Our customer {M}, "
        "{OLD}, has had {AMT} moved out of his account through online banking by his daughter {F}, "
        "who set up the banking app on his phone. He says he did not authorise it."
    ),
    (
        "val|fraud_computer_misuse|domestic_abuse;online|V {F} ({AGE}). Partner {M} used her Amazon "
        "and PayPal accounts to buy things without her knowing and gambled online in her name. "
        "Economic abuse."
    ),
    (
        "police|fraud_computer_misuse|domestic_abuse|OCC {OCC} | Offence: Fraud by false "
        "representation | MO: V {F}'s son {M} ({AGE}) applied for credit cards using her details, "
        "{AMT} owed | DA: yes"
    ),
    (
        "val|fraud_computer_misuse|domestic_abuse|Caller {M} says his sister {F} has power of "
        "attorney for their mum and has been spending mum's savings on herself. Mum has dementia. "
        "Fraud by abuse of position."
    ),
    (
        "val|fraud_computer_misuse|online|Romance scam. V {F} ({OLD}) met an 'army doctor' on "
        "Facebook, sent {AMT} over 4 months for 'leave fees'. Never met him. Family found out."
    ),
    (
        "police|fraud_computer_misuse||OCC {OCC} | Offence: Courier fraud | MO: V {M} ({OLD}) phoned "
        "by a 'police officer', told to withdraw {AMT} and hand it to a courier at the door | "
        "Contact: phone only"
    ),
    (
        "val|fraud_computer_misuse||Vishing. V {F} got a call from the 'bank fraud team', moved {AMT} "
        "to a 'safe account'. Phone only, no links clicked. Bank investigating."
    ),
    (
        "val|fraud_computer_misuse|online|V {M} ({AGE}) bought a car on Facebook Marketplace, paid "
        "{AMT} deposit by bank transfer, seller vanished."
    ),
    (
        "third_party|fraud_computer_misuse|online|Bank fraud team. Customer {F}, {AGE}, lost {AMT} to "
        "an investment scam after seeing a crypto advert on Instagram and being coached over "
        "WhatsApp."
    ),
    (
        "val|fraud_computer_misuse|online|Smishing. V {F} got a text about a parcel redelivery, "
        "clicked the link and entered her card details on a fake website, {AMT} taken."
    ),
    (
        "val|fraud_computer_misuse||V {M} {OLD}. Rogue trader at the door said roof tiles were loose, "
        "charged {AMT} for work that was never done. Doorstep crime."
    ),
    (
        "police|fraud_computer_misuse|online|OCC {OCC} | Offence: Computer misuse - unauthorised "
        "access | MO: V {F}'s email account hacked and used to send fake invoices to her clients | "
        "Loss: {AMT}"
    ),
    (
        "val|fraud_computer_misuse|online|Identity fraud. V {F} ({AGE}) found someone has opened "
        "mobile phone contracts and a catalogue account online in her name."
    ),
    (
        "police|fraud_computer_misuse||FRAUD BY FALSE REPRESENTATION. OCC {OCC}. V {M} {OLD}. MALE "
        "POSING AS COUNCIL OFFICIAL TOOK {AMT} AT THE DOOR FOR A 'GARDEN WASTE PERMIT'."
    ),
    (
        "third_party|fraud_computer_misuse|online|University. Student {F} paid {AMT} for a room "
        "advertised on a lettings website; the flat does not exist and the 'landlord' has stopped "
        "answering her emails."
    ),
    (
        "val|fraud_computer_misuse|online|Job scam. V {M} ({AGE}) offered a work-from-home 'task' job "
        "on WhatsApp, paid in {AMT} to 'unlock tasks'."
    ),
    (
        "val|fraud_computer_misuse||Caller {F}'s mum ({OLD}) paid {AMT} to a man on the phone who "
        "said her grandson was in a police cell and needed bail money. Phone calls only."
    ),
    (
        "police|fraud_computer_misuse|online|OCC {OCC} | Offence: Fraud - online shopping | MO: V {M} "
        "paid {AMT} for concert tickets advertised on a social media page; tickets never arrived"
    ),
    (
        "val|fraud_computer_misuse|online|Romance fraud. V {M} ({AGE}) met a woman on a dating site, "
        "she asked for money for flights and hospital bills, {AMT} sent. Wants to know if he'll get "
        "it back."
    ),
    (
        "third_party|fraud_computer_misuse|online|Bank fraud team. Customer {M}, {OLD}, was phoned by "
        "someone claiming to be from his broadband provider and talked into installing remote access "
        "software; {AMT} was then taken from his account."
    ),
    (
        "val|fraud_computer_misuse|online|V {F}, sells on eBay, buyer claimed item not received and "
        "got a refund, V lost the item and the money."
    ),
    (
        "police|fraud_computer_misuse||OCC {OCC} | Offence: Cheque fraud | MO: cheques from V {F}'s "
        "chequebook cashed for {AMT} without her knowledge | V: {OLD}"
    ),
    (
        "val|fraud_computer_misuse|online|V {M} ({AGE}) - Instagram account hacked, hackers posting "
        "crypto scams to his followers, 2 friends lost money."
    ),
    (
        "val|fraud_computer_misuse||Pension scam. V {M} ({AGE}) cold called and persuaded to transfer "
        "{AMT} of his pension into an overseas scheme. Paperwork came by post."
    ),
    (
        "third_party|fraud_computer_misuse|online|Employer HR. Our finance assistant {F} paid a "
        "supplier invoice of {AMT} after receiving an email that looked like it came from our "
        "director; the email address was spoofed. She feels responsible."
    ),
    (
        "val|fraud_computer_misuse||V {F}, {OLD}. Man at the door selling 'fire safety' equipment, "
        "took a cheque for {AMT}, nothing delivered. Doorstep crime."
    ),
    (
        "police|fraud_computer_misuse|online|OCC {OCC} | Offence: Fraud - investment | MO: V {M} "
        "invested {AMT} through a trading website after being contacted on Telegram | Withdrawals "
        "blocked"
    ),
    (
        "val|fraud_computer_misuse|online|V {F} ({AGE}) puppy scam, paid a deposit of {AMT} to a "
        "seller on a pet-selling website, puppy never existed."
    ),
    (
        "val|fraud_computer_misuse|online|Account takeover. V {M}'s PayPal accessed and {AMT} spent. "
        "V doesn't know how they got in."
    ),
    (
        "third_party|fraud_computer_misuse||GP surgery. {F}, {OLD}, has been very distressed since a "
        "man posing as a builder took a {AMT} deposit for a new kitchen and never came back."
    ),
    (
        "police|fraud_computer_misuse||OCC {OCC} | Offence: Fraud by abuse of position | MO: V {F} "
        "({OLD})'s paid carer used her bank card for personal shopping | Loss: {AMT} | Susp: carer, "
        "not related"
    ),
    (
        "val|fraud_computer_misuse|online|Fake HMRC email. V {M} ({AGE}) entered his bank details on "
        "a link in an email promising a tax refund. {AMT} taken."
    ),
    (
        "val|fraud_computer_misuse||V {F} ({AGE}) paid a {AMT} deposit for a wedding venue over the "
        "phone; the company has gone quiet and other couples have been caught out too."
    ),
    (
        "third_party|fraud_computer_misuse|online|Bank fraud team. Customer {M}, {AGE}, was tricked "
        "by a fake bank website found through a search engine and entered his login details; {AMT} "
        "was moved out."
    ),
    (
        "val|fraud_computer_misuse|online|V {F} ({AGE}) - WhatsApp 'Hi Mum' scam, message from an "
        "unknown number pretending to be her daughter, she sent {AMT}."
    ),
    (
        "police|fraud_computer_misuse||FRAUD. OCC {OCC}. V {M} {OLD} PERSUADED BY PHONE CALLER TO BUY "
        "GIFT CARDS TO THE VALUE OF {AMT} TO 'CLEAR A TAX DEBT'. CALLS ONLY, NO ONLINE CONTACT."
    ),
    (
        "val|fraud_computer_misuse||V {M} ({AGE}) bought a used car from a private seller for {AMT} "
        "cash, logbook turned out to be forged and the car stolen. Police seized it."
    ),
    (
        "val|fraud_computer_misuse|online|V {F} ({AGE}) holiday let scam, booked through a social "
        "media page, paid {AMT}, property doesn't exist."
    ),
    (
        "third_party|fraud_computer_misuse|online|Social worker. {M}, {AGE}, who has a learning "
        "disability, was befriended online by someone who persuaded him to take out loans and send "
        "them the money; he has lost {AMT}."
    ),
    (
        "police|fraud_computer_misuse|online|OCC {OCC} | Offence: Computer misuse | MO: V {F}'s "
        "social media accounts accessed by unknown person and deleted | Loss: none"
    ),
    (
        "val|fraud_computer_misuse||V {M} ({OLD}) paid {AMT} to men for a new driveway, poor work, "
        "they came back and told him he owed more for 'extras' and he paid again."
    ),
    (
        "val|fraud_computer_misuse||Card cloned. V {F}'s debit card used abroad for {AMT}, card still "
        "in her purse. Bank refunding."
    ),
    (
        "val|anti_social_behaviour||Noise nuisance. V {F} ({AGE}), neighbour plays loud music every "
        "night until 3am, no threats, council involved. No crime disclosed."
    ),
    (
        "police|anti_social_behaviour||OCC {OCC} | Type: ASB - personal | MO: youths gathering "
        "outside V {M}'s house, kicking ball against wall, swearing generally | Crime: none"
    ),
    (
        "third_party|anti_social_behaviour||Housing officer. Tenant {F} has reported ongoing noise "
        "and slamming doors from the flat above; we have issued a warning. There have been no threats "
        "or damage."
    ),
    (
        "val|anti_social_behaviour||V {M} ({OLD}), kids knocking on his door and running off most "
        "evenings. No damage. Making him anxious."
    ),
    (
        "val|anti_social_behaviour||V {F} says the neighbours' dog barks all day and they let it foul "
        "on her path. Not a crime. Wants mediation."
    ),
    (
        "police|anti_social_behaviour||ASB. OCC {OCC}. GROUP OF YOUTHS ON E-SCOOTERS RIDING ROUND "
        "{STREET} ESTATE CAUSING ANNOYANCE TO RESIDENTS INC {F} {SUR}. NO CRIMES IDENTIFIED."
    ),
    (
        "val|anti_social_behaviour||V {F}, couple next door argue loudly most nights, she can hear "
        "shouting through the wall but no violence heard. Wants it to stop, noise only."
    ),
    (
        "third_party|anti_social_behaviour||School. Parents report that older teenagers gather "
        "outside the school gates smoking and being rowdy; {F}, a lunchtime supervisor, feels "
        "intimidated, but no threats have been made."
    ),
    (
        "val|anti_social_behaviour||V {M} ({AGE}), neighbour has bonfires every weekend, smoke gets "
        "into his house. Council environmental health aware."
    ),
    (
        "police|anti_social_behaviour||OCC {OCC} | Type: ASB - nuisance | MO: street drinkers in "
        "churchyard near V {F}'s home, littering and noise | Crime: nil"
    ),
    (
        "val|anti_social_behaviour||V {F}. Neighbour keeps parking across her drive, verbal "
        "disagreements, no threats or abuse. Nil DA. Police say not a crime."
    ),
    (
        "val|anti_social_behaviour||V {M}'s son {M2} ({AGE}) plays loud music at V's house and they "
        "argue about it; no abuse, V just wants advice about noise."
    ),
    (
        "third_party|anti_social_behaviour||Housing officer. Tenant {M} complains that the residents "
        "next door have frequent late night visitors and parties; no drugs seen, no damage, no "
        "threats."
    ),
    (
        "val|anti_social_behaviour||V {F} ({AGE}), youths sitting on her garden wall, ball games and "
        "shouting in the evenings. Nothing broken."
    ),
    (
        "police|anti_social_behaviour||OCC {OCC} | Type: ASB | MO: motorbikes ridden on playing field "
        "near {STREET}, noise and nuisance | Reporting: {M} {SUR}"
    ),
    (
        "val|anti_social_behaviour||Neighbour's CCTV pointing at V {F}'s garden, V feels watched. "
        "Police advised civil/ICO matter, no harassment established."
    ),
    (
        "val|anti_social_behaviour||V {M} ({AGE}), children next door screaming and banging late at "
        "night, parents not responsive. V works nights. No concerns about the kids' welfare."
    ),
    (
        "third_party|anti_social_behaviour||GP surgery. {F}, {OLD}, is exhausted by ongoing noise "
        "from the takeaway below her flat and people gathering outside at night; no one has "
        "threatened her."
    ),
    (
        "val|anti_social_behaviour||V {F} works in a shop, group of teens hang around outside being "
        "cheeky and loud. No theft, no threats."
    ),
    (
        "val|anti_social_behaviour||V {F} asking what to do if the neighbour's teenager keeps kicking "
        "his ball into her garden, wants to know if it's a crime. Nothing damaged."
    ),
    (
        "police|anti_social_behaviour||OCC {OCC} | Type: ASB - personal | MO: V {M} reports neighbour "
        "revving car engine early mornings, believes deliberate | Crime: not disclosed"
    ),
    (
        "third_party|anti_social_behaviour||Social worker. {F}, {AGE}, who has anxiety, is being "
        "disturbed by people using the communal garden of her block to drink and play music at night; "
        "none of it has been aimed at her."
    ),
    (
        "val|other_crime||V {F}'s neighbour keeps his dogs in a filthy yard and one is very thin; "
        "RSPCA involved. V upset by it."
    ),
    (
        "police|other_crime||OCC {OCC} | Offence: Animal welfare - unnecessary suffering | MO: V "
        "{M}'s cat found with injuries consistent with deliberate cruelty; RSPCA investigating | "
        "Susp: N/K"
    ),
    (
        "val|other_crime||V {M} ({AGE}). Says he was a victim of a crime last month, details not "
        "recorded by call handler, wants callback. Crime type N/K."
    ),
    (
        "third_party|other_crime||Housing officer. Tenant {F} was illegally evicted by her private "
        "landlord, who changed the locks while she was at work; the council's tenancy relations "
        "officer is pursuing it."
    ),
    (
        "val|other_crime||Fly-tipping. Builders dumped rubble on V {M}'s land, council investigating. "
        "V wants costs back."
    ),
    (
        "police|other_crime||OCC {OCC} | Offence: not recorded | V: {F} {SUR} | Summary: V reported a "
        "crime to the call handler on {DATE}; offence details not captured; V requests support"
    ),
    (
        "val|other_crime||Wildlife crime. V {M} ({AGE}), farmer, found poisoned birds of prey on his "
        "land, police wildlife officer involved."
    ),
    (
        "third_party|other_crime||School. A parent, {F}, reports that her child was sold vapes by a "
        "local shop despite being 13; trading standards are involved."
    ),
    (
        "val|other_crime||V {F} ({AGE}) says her landlord refuses to do the gas safety check and she "
        "has been unwell; council pursuing a prosecution under the gas safety regulations."
    ),
    (
        "police|other_crime||CRIME TYPE: OTHER. OCC {OCC}. V {M} {SUR} {AGE}. DETAILS TO FOLLOW FROM "
        "OIC. VICTIM REQUESTS CONTACT FROM VICTIM SUPPORT."
    ),
)

SLOT_RE = re.compile(r"\{([A-Z0-9]+)\}")
DISTINCT_FROM = {"F2": "F", "M2": "M", "TOWN2": "TOWN"}


def parse_templates():
    """Split each template into (kind, category, flags, text) and check it."""
    parsed = []
    for raw in TEMPLATES:
        kind, category, flags, text = raw.split("|", 3)
        assert kind in KINDS, raw
        assert category in CATEGORIES, raw
        flag_list = flags.split(";") if flags else []
        for flag in flag_list:
            assert flag in FLAGS, raw
        assert flag_list == sorted(flag_list, key=FLAGS.index), raw
        assert len(set(flag_list)) == len(flag_list), raw
        assert "\n" not in text and text == text.strip(), raw
        assert SLOT_RE.search(text), raw
        parsed.append((kind, category, tuple(flag_list), text))
    texts = [p[3] for p in parsed]
    assert len(set(texts)) == len(texts), "duplicate template text"
    return parsed


def slot_value(name, rng, chosen):
    """Draw a label-neutral value for one slot."""
    if name in DISTINCT_FROM:
        base = DISTINCT_FROM[name]
        while True:
            value = slot_value(base, rng, {})
            if value != chosen.get(base):
                return value
    if name == "F":
        return rng.choice(FEMALE)
    if name == "M":
        return rng.choice(MALE)
    if name == "FA":
        return rng.choice(FEMALE_SA)
    if name == "FM":
        return rng.choice(FEMALE_M)
    if name == "MA":
        return rng.choice(MALE_SA)
    if name == "SUR":
        return rng.choice(SURNAMES)
    if name == "TOWN":
        return rng.choice(TOWNS)
    if name == "STREET":
        return rng.choice(STREETS)
    if name == "SHOP":
        return rng.choice(SHOPS)
    if name == "CAR":
        return rng.choice(CARS)
    if name == "DATE":
        month, last = MONTH_DAYS[rng.randrange(3)]
        day = rng.randint(1, last)
        year = rng.choice(("2025", "25"))
        return f"{day:02d}/{month:02d}/{year}"
    if name == "TIME":
        return f"{rng.randint(0, 23):02d}:{rng.randrange(0, 60, 5):02d}"
    if name == "AMT":
        tier = rng.randrange(4)
        low, high = ((15, 99), (100, 999), (1000, 9999), (10000, 30000))[tier]
        return f"£{rng.randint(low, high):,}"
    if name == "OCC":
        return f"{rng.randint(10, 99)}/{rng.randint(1000, 99999)}/25"
    if name == "REF":
        return f"VAL-{rng.randint(100000, 999999)}"
    if name == "YA":
        return str(rng.randint(18, 34))
    if name == "MID":
        return str(rng.randint(45, 69))
    if name == "AGE":
        return str(rng.randint(19, 64))
    if name == "OLD":
        return str(rng.randint(70, 93))
    if name == "TEEN":
        return str(rng.randint(16, 17))
    if name == "CHILD":
        return str(rng.randint(11, 15))
    if name == "WEEKS":
        return str(rng.randint(2, 9))
    raise KeyError(name)


def fill(text, rng):
    """Fill every slot; a slot repeated in one template gets the same value."""
    names = []
    for name in SLOT_RE.findall(text):
        if name not in names:
            names.append(name)
    names.sort(key=lambda n: n in DISTINCT_FROM)
    chosen = {}
    for name in names:
        chosen[name] = slot_value(name, rng, chosen)
    out = SLOT_RE.sub(lambda m: chosen[m.group(1)], text)
    if not re.search("[a-z]", SLOT_RE.sub("", text)):
        out = out.upper()
    return out


def build_rows(rng):
    templates = parse_templates()
    n_templates = len(templates)
    order = []
    while len(order) + n_templates <= N_ROWS:
        order.extend(range(n_templates))
    order.extend(rng.sample(range(n_templates), N_ROWS - len(order)))
    seen = set()
    rows = []
    for index in order:
        kind, category, flags, template = templates[index]
        for _ in range(1000):
            text = fill(template, rng)
            if text not in seen:
                break
        else:
            raise RuntimeError("could not draw a distinct text: " + template)
        seen.add(text)
        n_words = len(text.split())
        assert 4 <= n_words <= 120, text
        assert "{" not in text and "}" not in text and "\n" not in text, text
        rows.append([text, category, ";".join(flags), kind])
    rng.shuffle(rows)
    return rows


def main():
    rng = random.Random(SEED)
    rows = build_rows(rng)
    assert len(rows) == N_ROWS
    for category in CATEGORIES:
        assert sum(r[1] == category for r in rows) >= 10, category
    for flag in FLAGS:
        assert sum(flag in r[2].split(";") for r in rows) >= 12, flag
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "data", "notes_blind27.csv")
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (text, category, flags, _kind) in enumerate(rows, start=1):
            writer.writerow([f"{ID_PREFIX}{number:04d}", text, category, flags])
    print(f"wrote {len(rows)} rows to {out_path}")


if __name__ == "__main__":
    main()
