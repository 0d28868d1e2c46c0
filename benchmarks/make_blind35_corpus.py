#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND35 synthetic corpus of victims' hub referral notes (standard library only).

Scenario: a Midlands county Victims' Hub, July-September 2026, records whose police crime type
was "Other crime", "Other", blank or "Unknown". Each template is hand-written and hand-labelled
(kind|category|flags|text); slots carry only names, places, dates, times, amounts, references and ages.
"""

import csv
import datetime
import hashlib
import random
import re
from pathlib import Path

SEED = 35_2026
N_NOTES = 800
OUT = Path(__file__).resolve().parent / "data" / "notes_blind35.csv"

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
CAT_ABBR = {
    "hom": "homicide",
    "ddr": "death_injury_driving",
    "vwi": "violence_with_injury",
    "vwo": "violence_without_injury",
    "sh": "stalking_harassment",
    "sex": "sexual_offences",
    "rob": "robbery",
    "burg": "burglary",
    "veh": "vehicle_offences",
    "tfp": "theft_from_person",
    "bike": "bicycle_theft",
    "shop": "shoplifting",
    "oth": "other_theft",
    "cda": "criminal_damage_arson",
    "drug": "drug_offences",
    "weap": "possession_of_weapons",
    "po": "public_order",
    "misc": "misc_crimes_against_society",
    "fraud": "fraud_computer_misuse",
    "asb": "anti_social_behaviour",
    "oc": "other_crime",
}
FLAGS = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]
FLAG_ABBR = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "onl": "online",
    "knife": "knife_sharp_instrument",
    "cse": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}
KINDS = {
    "a": "police referral line",
    "b": "caseworker needs assessment",
    "c": "victim's own words",
    "d": "business/school/council/advocate",
}

F_NAMES = [
    "Aisha",
    "Bethany",
    "Chloe",
    "Dawn",
    "Eleanor",
    "Fatima",
    "Gemma",
    "Hannah",
    "Irene",
    "Jasmine",
    "Karen",
    "Leanne",
    "Mandeep",
    "Natalia",
    "Olivia",
    "Priya",
    "Rachel",
    "Sandra",
    "Tracey",
    "Zofia",
    "Amira",
    "Brenda",
    "Kelly",
    "Maureen",
    "Shabnam",
    "Joanne",
    "Ruth",
    "Grace",
    "Lily",
    "Megan",
]
M_NAMES = [
    "Aaron",
    "Bilal",
    "Callum",
    "Darren",
    "Ethan",
    "Faisal",
    "Gary",
    "Harjit",
    "Ian",
    "Jamal",
    "Kyle",
    "Liam",
    "Marek",
    "Nathan",
    "Owen",
    "Paul",
    "Reece",
    "Sanjay",
    "Terry",
    "Wayne",
    "Dylan",
    "Kwame",
    "Tomasz",
    "Kieran",
    "Mohammed",
    "Graham",
    "Derek",
    "Josh",
    "Rory",
    "Connor",
]
SURNAMES = [
    "Smith",
    "Patel",
    "Khan",
    "Jones",
    "Kowalski",
    "Brown",
    "Taylor",
    "Begum",
    "Walker",
    "Hughes",
    "Ahmed",
    "Wright",
    "Clarke",
    "Singh",
    "Thompson",
    "Green",
    "Mistry",
    "Hall",
    "Lewis",
    "Nowak",
    "Evans",
    "Bailey",
    "Reid",
    "Chauhan",
    "Moss",
]
TOWNS = [
    "Hinckley",
    "Coalville",
    "Loughborough",
    "Melton Mowbray",
    "Market Harborough",
    "Lutterworth",
    "Oadby",
    "Wigston",
    "Ashby",
    "Shepshed",
    "Syston",
    "Earl Shilton",
    "Ibstock",
    "Birstall",
]
STREETS = [
    "Station Road",
    "Church Street",
    "Meadow Lane",
    "Victoria Road",
    "Park Avenue",
    "Mill Lane",
    "King Street",
    "Queens Road",
    "Belvoir Drive",
    "Forest Road",
    "Windmill Close",
    "Granby Street",
    "Ashby Road",
    "Nursery Lane",
]
VENUES = [
    "The Red Lion",
    "The Crown",
    "The Bull's Head",
    "The Plough",
    "The Black Horse",
    "The Wheatsheaf",
    "The Fox & Hounds",
    "The Navigation",
]
SHOPS = ["Aldi", "the Co-op", "Tesco Express", "Lidl", "B&M", "Iceland", "the Spar", "Home Bargains"]
SCHOOLS = [
    "Meadowbank School",
    "Hollybrook Academy",
    "St Peter's School",
    "Castlefields School",
    "Greenfield Academy",
    "Westfields School",
    "Ashgrove Academy",
    "Brook Hill School",
]
BIZ = [
    "Riverside",
    "Castle View",
    "Millstone",
    "Oakfield",
    "Brookside",
    "Kingfisher",
    "Swan Lane",
    "Hawthorn",
    "Beacon",
    "Charnwood",
]
AGES = {
    "AC": (5, 15),
    "AC2": (5, 15),
    "AC13": (12, 15),
    "AT": (16, 17),
    "AY": (18, 25),
    "AA": (20, 59),
    "AA2": (20, 59),
    "AO": (66, 92),
    "AO2": (66, 92),
}
Q_START = datetime.date(2026, 7, 1)
Q_DAYS = 92  # 1 July to 30 September 2026
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TEMPLATES = """
b|hom|da|Bereaved family referral. Mother of the deceased is {F2} {SUR}. Her daughter {F1} {SUR} ({AA}) was killed at her home in {TOWN} on {DATE}; {F1}'s partner {M1} is charged with murder and remanded. FLO in place. Needs: funeral costs, time off work, {F1}'s younger brothers aged {AC} and {AC2} struggling and living with nan now.
a|hom||Offence: Murder | Victim: {M1} {SUR} (deceased), age {AA} | Referral for: brother {M2} {SUR} | Loc: car park r/o {VENUE}, {TOWN} | Date: {DATE} | MO: V assaulted by group following dispute, died in hospital next day | Suspects: 3 x M in custody | FLO deployed
c|hom|knife|it was my son, {M1}, he was only {AY}. they stabbed him outside the chippy on {STREET}. sorry. i cant. the police said someone will ring me about the court thing, they've got two lads for it. i just want to know what happens now and whether i can see him again, the coroner bit. his dad's not coping at all
b|hom||Manslaughter, trial listed for {DATE2}. Referral is for {F1} ({AA}), whose father {M1} died after a single punch outside a bar in {TOWN}. Not a DA matter - the suspect was a stranger to the family. Needs: court familiarisation visit, wants help writing her VPS, struggling to sleep.
d|hom|da|Referral via advocate (learning disability charity). {M1} ({AA}) has a learning disability and lived with his mum, who was killed by {M1}'s older brother at the family home in {TOWN} on {DATE}. {M1} was in the house at the time. Advocate asks for easy-read info and one named worker; {M1} is in respite care for now.
a|hom||Offence: Murder | Victim: {F1} {SUR} ({AO}) deceased | Referral: grandson {M1} {SUR} | MO: V found at home address {STREET}, suspect known to V through church, financial motive believed | FLO in place | Needs: TBC
b|hom||Referral for {F1} ({AA}), whose husband {M1} died in hospital on {DATE} three days after being attacked by two men outside their shop in {TOWN}. Murder investigation, nobody charged yet. {F1} is running the shop on her own with two kids. Needs practical help, a Punjabi interpreter and info on CICA.
a|ddr||Offence: Causing death by dangerous driving | Deceased: {M1} {SUR}, age {AO}, pedestrian | NOK: daughter {F1} | Loc: A-road nr {TOWN} | Date {DATE} {TIME} | Driver arrested at scene, RUI
b|ddr||Referral for {F1} ({AA}), seriously injured when a car mounted the kerb on {STREET}, {TOWN} on {DATE}. Driver charged with causing serious injury by careless driving. Fractured pelvis, in hospital until further notice. Needs help with DWP and sick pay; the kids are with her sister.
c|ddr||my daughter {F1}, she's {AC}, she was on her bike going to school and the van just didnt stop, it went straight over the junction. she's on the childrens ward at the General with a head injury. the police said the driver was on his phone, they said its causing serious injury by dangerous driving. i dont know what to do about work
d|ddr||Referral from {SCHOOL}: a pupil ({AC}) was killed on {DATE} on the crossing outside the school gates; driver charged with causing death by careless driving while over the limit. Head teacher asking for support for staff and classmates who saw it and for info on what the court process will mean for the school.
b|ddr||Motorcyclist {M1} ({AY}) killed on the bypass near {TOWN} on {DATE}; the other driver was uninsured and disqualified, charged with causing death by dangerous driving. Referral for his partner {F1} (pregnant) and his mum. Both want to be kept updated on the charge.
a|sex|da|Offence: Rape | Victim: {F1} {SUR} ({AA}) | Suspect: estranged husband {M1} | Loc: V's home address, {TOWN} | Date: {DATE} | MO: susp attended to collect children's things, refused to leave, raped V in bedroom | DASH: High | MARAC referral made | ISVA requested
c|sex||i didnt know him properly, it was a lad from the club on the {DAY}, no, sorry, it was the saturday. i'd had a lot to drink and he walked me back and then, i woke up and he was there and i didnt want, i said no. ive done the statement with the police. i just dont want my mum to find out. can someone ring me after 5
b|sex|cse|Non-recent CSA. {F1} is now {AA} and has reported that her swimming coach sexually abused her for several years from when she was about 10, at a club in {TOWN}. Suspect interviewed under caution. {F1} has never had counselling; on the waiting list for the adult survivors group. Wants an ISVA.
a|sex|cse;onl|Offence: Causing/inciting a child to engage in sexual activity | V: {F1} {SUR} age {AC13} | Suspect: unknown adult male, contact via Snapchat | V sent images after being threatened, susp demanded more | Parents reported {DATE} | Device seized
d|sex|cse|Referral from DSL at {SCHOOL}: Year 10 pupil ({AC13}) disclosed that an older man ({AY}) she met in {TOWN} park has been picking her up in his car, giving her vodka and vapes and having sex with her. Police aware, strategy meeting held {DATE}. School asks for a specialist worker for the pupil and advice for staff.
b|sex|da|{F1} ({AA}) disclosed during the call that her husband of six years regularly has sex with her when she is asleep or says no, and she didn't think it "counted" because they're married. Safety plan done. Wants ISVA details but not ready to go to police yet. Callback {DATE}.
a|sex||OFFENCE: SEXUAL ASSAULT ON A FEMALE 13+ | V: {F1} {SUR} ({AA}) | LOC: BUS, {TOWN} ROUTE | DATE: {DATE} {TIME} | MO: MALE SAT NEXT TO V AND TOUCHED HER THIGH AND BREAST OVER CLOTHING, GOT OFF AT NEXT STOP | CCTV REQUESTED
c|sex||there's a man who keeps, he stands at his window with nothing on when i walk the dog past, every morning about {TIME}. i thought the first time it was an accident. its been about six times now. i dont want to go that way anymore. my husband said report it so i have
a|sex|ms|Offence: Trafficking for sexual exploitation / controlling prostitution | V: {F1} (surname N/K), Romanian national, age {AA} | Found at address in {TOWN} during warrant {DATE} | Passport held by susps, V moved between short-let flats, not paid | NRM submitted
b|sex|cse;ms|{F1}, {AT}, missing from her care placement six times since June. Found in a hotel in {TOWN} with two adult men on {DATE}. Believed to be moved between towns and sexually exploited; phone full of numbers. NRM submitted by children's services. Needs a specialist exploitation worker - will only engage with female staff.
d|sex||Advocate referral. {F1} ({AA}) has a learning disability and lives in supported living in {TOWN}. She told her advocate a man from the same corridor touched her between the legs and said it was their secret. Staff reported it {DATE}. Advocate asks for easy-read ISVA info and to be present at all contacts.
a|sex|onl|Offence: Voyeurism | V: {F1} {SUR} ({AY}) | Susp: landlord | MO: hidden camera found in smoke alarm in V's bathroom, susp live-streaming footage to a website | Reported: {DATE} | Devices seized
c|sex|da|he's my ex now, {M1}. we broke up in may. he came back on the {DSHORT}, said he wanted to talk, and then he wouldnt leave and he, he made me have sex with him. i didnt fight him because the baby was in the next room. i havent told the police all of it yet. sorry im not making sense
b|sex|cse|Non-recent. {F1}, now {AA}, says her older brother sexually abused her from when she was about seven until she was thirteen, at the family home in {TOWN}. She reported in July after he had children of his own. Police investigating. Needs: counselling, wants to understand the court process.
a|sex|cse;onl|Offence: Sexual communication with a child | V: {M1} {SUR} age {AC13} | Suspect: adult male posing as a 15 y/o on Roblox then Discord | Msgs sexual, asked to meet | Reported by mum {DATE} | Ref {REF}
b|sex||Referral for {M1} ({AA}). Male victim of rape by a man he met on a night out in {TOWN} on {DATE}; no previous relationship. Reported three days later. Very anxious about people at work finding out; would like a male ISVA if possible. No hate element disclosed.
d|sex|onl|Support worker referral: {M1} ({AA}) has autism and a mild learning disability. He was befriended on Facebook by a man who then came to his flat in {TOWN} on {DATE} and sexually assaulted him. Support worker attending all contacts with him.
a|sex|da|Offence: Assault by penetration | V: {F1} ({AA}) | Susp: girlfriend {F2} ({AA2}), cohabiting 2 yrs | Loc: home addr {TOWN} | MO: during argument susp restrained V and assaulted her; V also reports being pushed down the stairs in June | DASH: Med
c|sex||this is about something that happened at the festival, in july, i think the 19th or the 20th. someone grabbed me, put his hand down my shorts in the crowd. i never saw his face properly. ive got a crime number, {REF}. i just keep thinking about it at night
b|sex|cse|{F1}, aged {AT}, says her manager at the takeaway where she works weekends has been making sexual comments, and last {DAY} pinned her in the store room and kissed and touched her. Police investigating sexual assault. Worried about losing the job. Mum aware and supportive.
a|sex||Offence: Rape | V: N/K female student | Third party report by friend | Loc: student house {STREET}, {TOWN} | Date: TBC | Susp: N/K | V not yet engaged with police, consent to referral given via friend on {DATE}
b|sex|da;hba|{F1} ({AY}) was forced into marriage abroad in 2025 and brought to {TOWN}. She says her husband rapes her, and his family watch her and say she has shamed them by talking about leaving. Forced Marriage Unit involved. Needs refuge out of area.
a|sex|cse|OFFENCE: SEXUAL ACTIVITY WITH A CHILD U16 | V: {F1} {SUR} AGE {AC13} | SUSP: {M1} {SUR2} AGE {AY} | MET THROUGH FRIEND OF SISTER | PARENTS REPORTED {DATE} | SUSP ARRESTED, BAILED
c|sex|onl|i met him on hinge, we went for a drink in {TOWN} and then back to mine. i said no when he tried and he just carried on. after, he messaged me on the app saying i wanted it. ive screenshot all of it. i havent deleted the app cos the police said not to
b|sex||Exposure on the canal towpath, {TOWN}. {F1} ({AO}) was walking her dog on {DATE} when a man exposed himself and masturbated in front of her. She's shaken and won't walk that route now. Wants to be told if anyone is caught.
d|sex|cse|Referral from {SCHOOL} SENCO. Pupil {M1}, aged {AC13}, who has a learning disability, disclosed that a 17-year-old in the year above made him do sex acts in the toilets. Police and social care informed {DATE}. Family want support; school asks about managing both pupils on site.
a|rob|knife|Offence: Robbery of personal property | V: {M1} {SUR} ({AY}) | Loc: underpass {STREET} | {DATE} {TIME} | MO: 2 males, one showed a large kitchen knife, took V's phone and {AMT} cash | No injuries
b|rob||{M1} ({AC13}) was walking home from {SCHOOL} when three older boys pushed him off his bike, kept hold of him and rode off on it with his AirPods. Grazes to both hands. Parents want support; {M1} is refusing to walk to school.
c|rob||i was at the cashpoint on {STREET}, it was getting dark, about {TIME}, and this bloke grabbed my arm and twisted it until i let go of my purse, my wrist's still bad. no, not my purse, it was my bag, the purse was in the bag. he ran off towards the station.
d|rob|knife|Business victim: {BIZ} Convenience Store, {TOWN}. Masked male entered at {TIME} on {DATE}, held a machete to a staff member's face and took approx {AMT} from the till plus cigarettes. Owner requests support for two staff, one now off sick. Third robbery this year.
a|rob|hate|OFFENCE: ROBBERY (PERSONAL) | V: {M1} {SUR} ({AA}) | LOC: {STREET} {TOWN} | MO: 3 x M used racial slurs throughout and told V to go back to his own country, then pinned him to a wall and took his phone and wallet | NIL INJ
b|rob|da|{F1} ({AA}) says her son {M1} ({AY}) came to her flat on {DATE}, pinned her against the wall and took her bank card and {AMT} from her purse. It has happened before when he was using. She doesn't want him arrested, wants him to get help. DA caseworker allocated.
c|rob|knife|so they come up on a moped, two of them, and the one on the back had like a knife, a big one, and he said give us your phone or i'll shank you, so i gave it, im not stupid. it was the {DSHORT}, near the college. im {AT}. my mum made me ring.
a|rob||Offence: Robbery - business | Victim: {BIZ} Post Office | Susps: 2 x M, balaclavas | MO: staff threatened with a hammer, safe emptied, approx {AMT_BIG} | Staff: 3, nil injuries | Ref {REF}
d|rob||Advocate referral for {M1} ({AA}), learning disability. Two young men at the bus station put their arms round him "like friends", held him against a wall and took his wallet and bus pass on {DATE}. He's now afraid to go out and has missed his day centre all week.
b|rob||Street robbery {DATE}. {F1} ({AO}) had her handbag wrenched from her shoulder on {STREET}, {TOWN}; she was pulled to the ground and fractured her wrist. Suspect ran off. Lives alone, daughter {F2} is main contact.
c|rob||me and my mate got jumped in the park by {STREET} by lads from the other school, they took my trainers and my phone, one of them punched me in the face first. im {AC13}. i didnt want to tell anyone but my dad saw my face
b|rob||Taxi driver {M1} ({AA}): two passengers refused to pay at the end of a journey on {DATE}; one grabbed him round the neck while the other took his cash bag ({AMT}). Bruising to neck. Off work since. Wants info on compensation.
a|vwi|da|Offence: ABH | V: {F1} {SUR} ({AA}) | Susp: partner {M1} {SUR2} | Loc: home addr {TOWN} | {DATE} {TIME} | MO: argument over money, susp punched V in face causing swollen eye and cut lip | Children present | DASH: 14 ticks - HIGH | MARAC
b|vwi|da|{F1} ({AO}) was pushed over by her daughter {F2} ({AA}), who lives with her and is her main carer, and broke her wrist. Neighbour called the ambulance. {F1} says it was an accident but the GP has recorded bruising before. Adult safeguarding referral made {DATE}.
c|vwi|da|its my brother. he's 24, he lives with me and mum. on friday, no, thursday night, he came in drunk and i told him to be quiet and he threw the kettle at me, i had to have stitches in my head at the hospital. im {AY}. mum says dont make it worse. i just want to know what happens if he gets charged
a|vwi|knife|Offence: Wounding with intent s18 | V: {M1} {SUR} ({AY}) | Loc: outside {VENUE}, {TOWN} | {DATE} {TIME} | MO: V stabbed twice in the back following dispute in queue | Susp: N/K | V in ITU, stable
b|vwi|hate|{M1} ({AA}) was punched and kicked outside a takeaway in {TOWN} on {DATE} by a group who shouted homophobic abuse at him and his boyfriend. Broken nose and concussion. Police treating as hate crime. Boyfriend unhurt. Wants support attending court.
a|vwi|da|OFFENCE: ASSAULT OCC ABH | V: {M1} {SUR} | SUSP: HUSBAND {M2} {SUR} | LOC: {STREET} {TOWN} | MO: SUSP BIT V ON ARM AND SLAMMED HIS HAND IN DOOR DURING ROW, V ATTENDED A&E | DASH: MED
c|vwi||i was working the door at {VENUE}, im a bouncer, and this lad headbutted me when i told him he couldnt come back in, broke my nose. im not usually bothered but my wife wants me to get some support cos ive not been sleeping. the police have got him on camera
b|vwi|knife;da|{F1} ({AA}) was cut on the hand when her ex-partner {M1} came at her with a kitchen knife at her new address in {TOWN} on {DATE}. Arrested at scene and remanded. DASH high, MARAC {DATE2}. Two children aged {AC} and under 5 in the house. Target hardening requested; refuge discussed and declined.
d|vwi|hate|Advocate referral. {M1} ({AA}), who has Down's syndrome, was pushed off his bike by teenagers in {TOWN} park on {DATE} who called him names about his disability; grazed face and a chipped tooth. His mum and advocate want him supported to give his account.
a|vwi||Offence: Assault occ ABH | V: {F1} {SUR} (teacher, {AA}) | Loc: {SCHOOL} playground | MO: parent of pupil punched V after meeting about exclusion | Injuries: bruising to cheek | SLT aware
b|vwi|da|{M1} ({AO}) says his son {M2} ({AA}), who moved back home after his divorce, has been hitting him and took his car keys; on {DATE} he shoved him into the radiator and he needed four stitches. He's embarrassed and didn't want police involved but the hospital called them.
c|vwi|da|well we're not together anymore, not for a year, but he still has keys because of the kids. he came round on the sunday and he grabbed me by the hair and dragged me, my scalp was bleeding. i rang 999 this time. im {AA}. im not sure i'll go to court, im being honest
a|vwi|knife|OFFENCE: GBH S20 | V: {M1} {SUR} ({AT}) | LOC: {TOWN} TOWN CENTRE | MO: V SLASHED ACROSS FACE WITH A BLADE BY MALE ON BIKE, 14 STITCHES | GANG RELATED: TBC | PARENTS INFORMED
b|vwi||{F1} ({AA}), paramedic, was kicked in the stomach by a patient on {DATE} and needed hospital treatment. Assault on emergency worker with injury recorded. Back at work but anxious on nights. Patient was not known to her.
d|vwi|knife|Business referral: {VENUE}, {TOWN}. Door supervisor ({AA}) was struck in the face with a broken bottle at closing on {DATE}, deep cuts to his cheek and ear. Landlord asks for support for him and two bar staff who saw it.
a|vwi|da|Offence: ABH | V: {F1} ({AA}) | Susp: partner {M1} | MO: susp put his hands round V's throat until she nearly passed out, red marks and bruising to neck | DASH: High, strangulation ticked | MARAC {DATE2}
c|vwi||im {AO}. i was in the queue at the post office and this man pushed in and i said something and he shoved me and i fell and cut my head on the counter. they kept me in overnight. im alright now but i dont like going out, my daughter has to come with me.
b|vwi|hate|Racially aggravated assault with injury, {TOWN}, {DATE}. {M1} ({AA}), a Sikh taxi driver, had his turban pulled off and was punched repeatedly by a passenger who made racist remarks. Cuts and bruising. Wants support to go to court and info on compensation.
a|vwi|knife|Offence: Attempted murder | V: {M1} {SUR} ({AY}) | Loc: flat, {STREET} | MO: multiple stab wounds to chest following drug debt dispute | V in hospital | Susps: 2 x M charged | Witness safety considerations
d|vwi||Referral from {SCHOOL}. Pupil ({AC13}) was assaulted by another pupil at the bus stop after school on {DATE}, punched repeatedly, suspected broken cheekbone. Parents want support; pupil now refusing to come into school.
b|vwi|da|{M1} ({AY}) disclosed his girlfriend {F1} ({AY}) has been hitting him for months; on {DATE} she threw a mug that split his eyebrow. He didn't report at first because he thought nobody would believe a man. Staying with his nan in {TOWN}. DASH medium.
c|vwi||so basically the neighbour came over the fence about the hedge, i know it sounds daft, and he punched me and i fell onto the patio and broke two fingers. this was the start of august, the monday anyway. theres been trouble with him before but nothing like this. im {AA}
a|vwi||OFFENCE: ASSAULT WITH INJURY | V: {M1} {SUR} | AGE: NOT RECORDED | LOC: {VENUE} BEER GARDEN | SUSP: N/K | MO: V STRUCK WITH POOL CUE, HEAD WOUND | V NOT INTERESTED IN POLICE ACTION BUT ACCEPTS REFERRAL
b|vwi|hate|{F1} ({AA}), a trans woman, was attacked at a bus stop in {TOWN} on {DATE} by two men who shouted transphobic slurs; kicked while on the ground, bruised ribs. Would prefer a worker with LGBT+ experience.
d|vwi|da|Advocate referral for {F1} ({AA}), learning disability, who lives with her stepfather, her carer. Day centre staff noticed bruises on both arms on {DATE}; {F1} said he grabs her when she "doesn't listen". Adult safeguarding open. {F1} wants to stay at home.
a|vwi|knife;da|Offence: Wounding s20 | V: {M1} {SUR} ({AA}) | Susp: brother-in-law | MO: argument at family bbq escalated, susp cut V's forearm with a Stanley knife | Loc: {STREET} {TOWN} | DASH: Std
c|vwi||i dont really want to make a big thing, it was my mates, well ex mates. we was at a party and one of them pushed me into the glass door, he said it was a joke but i had to have stitches. im {AT}. mum says its assault. it was on the saturday.
b|vwi|da|{F1} ({AY}) lives with her husband's family in {TOWN}. Mother-in-law hit her with a rolling pin on {DATE} after an argument about housework, bruising to arm and back. Husband sides with his family. Needs Urdu interpreter. {F1} says there's no honour or forced marriage element, "it's just how his mum is".
a|vwi||Offence: GBH s18 | V: {M1} {SUR} ({AY}) | MO: one punch, V fell and fractured skull, induced coma | Loc: taxi rank {TOWN} | Date: {DATE} {TIME} | Referral for V's mother {F1}
d|vwi||Council referral: housing officer {F1} ({AA}) assaulted during a home visit on {STREET}, {TOWN} on {DATE}; tenant pushed her down the front steps, sprained ankle and grazes. Council reviewing lone working; officer wants support and an update on charge.
c|vwi|da|me and {F2} have been together three years. she's lovely most of the time, its when she drinks. on the {DSHORT} she bit me and scratched my face, you can still see it. ive never told anyone cos people think two women cant, you know. im {AA}. no i dont want her arrested, i want her to get help.
b|vwi|knife|{M1} ({AT}), sixth former at {SCHOOL}, stabbed in the leg on {DATE} near the shops on {STREET}. Discharged from hospital. Knows the suspect from school. Parents very worried about retaliation. Needs safety planning and advice on a school move.
a|vwi||Offence: Assault occ ABH (emergency worker) | V: PC {SUR} | Loc: custody suite {TOWN} | MO: detainee punched officer, fractured finger | Officer accepts VS info
b|vwi|da;hba|{F1} ({AY}) was beaten by her father and brother on {DATE} after they found out about her boyfriend; they told her she had brought shame on the family. Bruising to face and back. In emergency accommodation. HBA specialist contacted. Worried extended family will trace her.
c|vwi||the dog went for mine, and the owner, he kicked my dog and then punched me in the face when i said something. im {AO}, ive got a black eye and my glasses got broke. i dont know him, he's always on the field about {TIME}.
a|vwi|da|OFFENCE: ABH | V: {F1} {SUR} AGE {AO} | SUSP: HUSBAND {M1} AGE {AO2} | MO: V PUSHED ONTO BED AND HIT WITH WALKING STICK, BRUISING | HISTORY: 40 YR MARRIAGE, FIRST REPORT | DASH: NOT COMPLETED
b|vwi||Assault at {BIZ} warehouse, {TOWN}. {M1} ({AA}), agency worker, punched by a supervisor on {DATE}, cut above the eye. No hate element disclosed. Wants to know if he can claim compensation and keep his job.
d|vwi||Referral from {SCHOOL} DSL for {M1} ({AC}), whose stepdad slapped him hard enough to leave a handprint and a split lip on {DATE}. Children's social care leading. Mum asking for support for herself and {M1}.
a|vwi|knife|Offence: ABH | V: {F1} {SUR} ({AA}) | MO: V attacked by unknown female in nightclub toilets, cut to arm with a razor blade | Loc: {TOWN} | {DATE} {TIME}
c|vwi|da|my son {M1} is {AT}. his girlfriend's 17. she scratched his face and punched him in the mouth, cut his lip, because he wanted to go out with his mates. this isnt the first time. he wont talk to me about it. i found out from his sister
b|vwi||Referral for {M1} ({AO}), retired, assaulted by a cyclist on the towpath in {TOWN} after asking him to slow down: punched, fell, broken hip. Cyclist not traced. Daughter {F1} is the main contact.
a|vwi||Offence: GBH | V: {F1} {SUR} | Age: N/K | Loc: N/K | Susp: TBC | MO: V found on {STREET} with head injuries, no recollection of events | Enquiries ongoing | Ref {REF}
d|vwi|hate|{BIZ} Mosque, {TOWN}: worshipper {M1} ({AO}) attacked leaving evening prayers on {DATE} by a man shouting anti-Muslim abuse; pushed to the ground, broken wrist. Committee asks for support for the congregation and a security advice visit.
b|vwi|da|{F1} ({AA}) reports years of her husband checking her phone, controlling money and stopping her seeing family; on {DATE} he punched her in the ribs (X-ray showed a crack). ABH recorded. MARAC referral made.
c|vwi||we were at the football, away end, and someone threw a coin and it hit me above the eye, blood everywhere. im {AC13}. dad says the police are looking at the cctv. i dont like crowds now
a|vwi|knife;hate|Offence: Wounding - racially aggravated | V: {M1} {SUR} ({AY}) | MO: V slashed on arm with a knife by male who shouted racist abuse, outside shop on {STREET} | Susp: arrested {DATE}
b|vwi|da|{F1} ({AY}) says her twin sister {F2} punched her repeatedly during an argument about their late mum's house on {DATE}, leaving her with a black eye. They still live together. {F1} wants advice on a non-molestation order and housing.
b|vwi||{F1} ({AA}) was hit by a bottle thrown from a passing car while waiting for a bus in {TOWN} on {DATE}; cut to scalp, glued at A&E. No suspect. She thinks it was random. Needs help with travel to work.
a|vwi|da|Offence: ABH | V: {M1} {SUR} ({AO}) | Susp: grandson ({AY}) | MO: V punched during argument about grandson's drinking, cut lip and bruised face | Lives together | Adult safeguarding informed
c|vwi||i was just walking home from work, like {TIME}, and a car pulled up and a man got out and just battered me. i dont know why. maybe they thought i was someone else. my jaw's wired now, i cant eat properly. the police said its GBH.
"""
TEMPLATES += """
a|vwo|da|Offence: Common assault | V: {F1} {SUR} ({AA}) | Susp: ex-partner {M1} | MO: susp spat at V and pushed her during child handover at McDonald's car park, {TOWN} | No injuries | DASH: Med
b|vwo|da|Threats to kill. {F1} ({AO}) says her son {M1} ({AA}) told her to her face on {DATE} that he'd "put her in the ground", then smashed a plate against the wall. She believes him. No injury. He has mental health problems; she wants him helped, not punished.
c|vwo||he grabbed my coat, in the shop, and pulled me back, just cos i said he was pushing in. no i wasnt hurt, it was more the shock. im {AO}, my hearts not good. the lady behind the counter called the police.
a|vwo|ms|Offence: Modern slavery - forced labour | V: {M1} (Vietnamese national, age {AA}) | Loc: nail bar, {TOWN} | MO: V working 12 hr days, no pay, sleeps on premises, debt bondage | NRM: positive RG | Needs: interpreter
b|vwo|ms|{M1} ({AA}), Polish national, was recruited to work at a hand car wash in {TOWN}; his ID was taken, he was housed with eight men in a 2-bed house, paid {AMT} a week and threatened if he tried to leave. Found on a joint visit {DATE}. NRM done, now in a safe house.
d|vwo|ms|Referral via advocate: {M1} ({AA}), learning disability, found living in a caravan on a farm near {TOWN}, made to work with the animals for years for food and cigarettes. He doesn't see himself as a victim. Advocate and social worker attend all contact. NRM submitted {DATE}.
a|vwo|ms|OFFENCE: MS - CRIMINAL EXPLOITATION (COUNTY LINES) | V: {M1} {SUR} AGE {AC13} | FOUND IN FLAT IN {TOWN} WITH CRACK COCAINE, HAD TRAVELLED FROM BIRMINGHAM | NRM BY CSC | MISSING X3 SINCE {DSHORT}
b|vwo||Child neglect. Two children ({AC} and {AC2}) found home alone for two days in {TOWN} on {DATE}, no food in the house; parents arrested for neglect. Children placed with their grandmother {F2}, who is asking for support and help with school uniforms.
c|vwo||my daughters {AC}, she was walking back from the park and a man in a silver car pulled up and told her to get in, that her mum had sent him. she ran. she told me straight away thank god. the police said its attempted child abduction. it was about {TIME}, the tuesday, no, wednesday
a|vwo|da|Offence: Threats to kill | V: {M1} {SUR} ({AA}) | Susp: ex-boyfriend {M2} | MO: susp turned up at V's work and said he would kill him, no weapon seen | V believes threat | DASH: High due to previous
b|vwo|knife|{M1} ({AY}) was threatened at knifepoint outside {VENUE} on {DATE}: a man held a knife to his stomach and said he'd "open him up" over a debt. No injury, nothing taken. V knows the suspect by sight. Very anxious about going out.
c|vwo|da|im {AT}. my boyfriend, he's 19, he pinned me up against the wall and screamed in my face, he didnt hit me exactly. it was at his flat on {DAY}. its not the first time. my mum doesnt know im ringing. please dont send letters home
a|vwo||Offence: Assault on emergency worker (no injury) | V: {F1} {SUR}, paramedic | Loc: {STREET}, {TOWN} | MO: patient spat at V and pushed her | Ref {REF}
d|vwo||{SCHOOL} head teacher: a parent grabbed a teaching assistant ({AA}) by the arm and shouted in her face at pick-up on {DATE}. No injury. TA shaken, off for two days. School has banned the parent from site and asks for support for the TA.
b|vwo|da|{F1} ({AO}) is cared for by her son {M1}. Neighbour reported shouting; on a visit {F1} disclosed he threatens to put her in a home, locks the fridge and has pushed her. No injuries. Common assault recorded {DATE}; financial abuse also suspected. Adult safeguarding open.
a|vwo|knife;da|Offence: Threats to kill | V: {F1} {SUR} | Susp: husband | MO: susp held a kitchen knife to V's throat and said no one would find her body | No injury | DASH: High | MARAC: {DATE2}
c|vwo||the lad upstairs said hes going to kill me, he said it on the stairs, face to face, he said ill kill you and your dog. i believe him. im not being funny. this was thursday. i want to move. im {AA} and ive lived here 20 years
b|vwo|ms|{F1} ({AA}) was brought from Nigeria to work as a nanny for a family in {TOWN}; passport taken, never paid, not allowed out alone, slept on the kitchen floor. Got away on {DATE} and went to a church. Domestic servitude; NRM made. She is not related to the family.
a|vwo||OFFENCE: COMMON ASSAULT | V: {M1} {SUR} ({AC13}) | SUSP: ADULT MALE, NEIGHBOUR | MO: SUSP GRABBED V BY THE COLLAR AND SHOOK HIM AFTER FOOTBALL HIT CAR | NIL INJURIES | {DATE}
b|vwo|hate|Racially aggravated common assault. {F1} ({AA}) was spat at on a bus in {TOWN} on {DATE} by a woman who told her to take off her hijab and "go home". No injury. Driver didn't intervene. {F1} wants the bus company contacted.
c|vwo|da|its not, he hasnt hit me. he throws things near me and he stands over me. on the {DSHORT} he pushed me onto the sofa and held me down till i stopped crying. we've been married twelve years. im {AA}. i dont want him to lose his job
a|vwo|hate|Offence: Common assault (disability hate) | V: {M1} {SUR} ({AA}), wheelchair user | MO: group of youths tipped V's chair, mocking his disability | Nil injury | Loc: {TOWN} precinct | {DATE}
d|vwo||{BIZ} Care Home, {TOWN}: a resident ({AO}) said a night carer handled her roughly and swore at her; no marks. Home has suspended the carer; safeguarding and CQC informed. Resident's son {M1} wants support. Carer is agency staff, no relation.
b|vwo||Child cruelty. {M1} ({AC}) told school his mum's ex-boyfriend made him stand in the garden for hours as punishment and wouldn't let him eat tea. No physical injuries. Joint police/CSC visit {DATE}. Mum has separated from him and wants support for both of them.
c|vwo||im {AC13}. theres a man at the bus stop who grabbed my arm and wouldnt let go till i screamed. my mum said i should talk to someone. it was after school on the {DSHORT}. i dont know who he is.
a|vwo|da|Offence: Common assault | V: {M1} {SUR} ({AA}) | Susp: wife {F1} | MO: susp slapped V across face and threw a drink over him at restaurant in {TOWN} | Witnesses: staff | V initially declined, now accepts referral
b|vwo|da|{F1} ({AA}) says her adult brother {M1} lives with her and their dad; on {DATE} he pinned her against the fridge and threatened to "end her". Dad minimises it. No injury. She's scared to be in the house on her own with him.
a|vwo||Offence: Threats to kill | V: {F1} {SUR} ({AA}), councillor | MO: constituent attended surgery at {TOWN} library and said "people like you get shot" | Susp: identified | {DATE}
d|vwo||{TOWN} Borough Council refers for its refuse crew: on {DATE} a driver ({AA}) was grabbed through the cab window and threatened by a resident angry about a missed bin. No injury. Council wants support for him; internal ref {REF}.
c|vwo|da|my dad gets angry. im {AT}. he dragged me by the arm to my room and locked me in on friday because i came in late. he didnt leave marks. hes done it before. my mum wont do anything.
b|vwo|ms;onl|{M1} ({AT}), referred by NRM first responder: recruited by older males via Snapchat to carry drugs between {TOWN} and Coventry, told his family would be hurt if he stopped. Arrested in possession {DATE}; s45 defence being considered. Needs specialist exploitation worker.
a|vwo||Offence: Child neglect | V: baby {SUR} (under 1) | Susp: mother | Referral for: maternal grandmother {F1} (special guardian), {TOWN} | Ref {REF}
c|vwo||im a bus driver and a man got on and shoved me in my cab because i wouldnt take his ticket, it was out of date. i wasnt hurt. but you know. its the fourth time this year somethings happened on the {TOWN} route.
b|vwo|knife|{F1} ({AA}) was confronted in a park in {TOWN} on {DATE} by a man who pulled out a kitchen knife and said he'd cut her if she didn't stop filming him. No injury; he ran off. She is now scared of the park and wants a safety plan.
a|vwo|da;hba|Offence: Threats to kill (honour based) | V: {F1} {SUR} ({AY}) | Susps: uncle and cousin | MO: V told she would be killed if she did not go ahead with marriage arranged abroad | FMU contacted | FMPO applied for {DATE}
b|vwo||{M1} ({AA}) was pushed and threatened by a supervisor at a packing plant in {TOWN} on {DATE} after complaining about shifts. He is paid, keeps his own documents and lives independently; no indicators of forced labour. Common assault recorded.
c|vwo||im {AO} and i live on my own. the carer from the agency, she grabbed my wrist and shouted at me when i spilled the tea. it didnt mark. no, shes not family, shes from the agency. i want a different one. this was {DAY}
a|vwo|da|OFFENCE: BATTERY | V: {F1} {SUR} | SUSP: EX-WIFE {F2} {SUR2} | MO: SUSP PULLED V'S HAIR AT SCHOOL GATES IN FRONT OF CHILDREN | NIL INJ | DASH: STANDARD
b|vwo||{M1} ({AA}), firefighter, was grabbed and shoved by a bystander while crews dealt with a car fire in {TOWN} on {DATE}. No injury. Assault on emergency worker recorded. Wants to know if he has to go to court.
d|vwo|hate|Referral from {SCHOOL} (special school): pupil ({AC}) with cerebral palsy was pushed about in the park by older teenagers who mocked his disability on {DATE}. No injury. Parents wary of police; school refers with their consent.
c|vwo|da|he grabbed my face and squeezed it, really hard, but it didnt leave marks. hes my partner. it was sunday. no, saturday, we'd been to his mums. he said sorry after. im {AA}. i dont know why im ringing really.
a|vwo||Offence: Common assault | V: {M1} {SUR} ({AO}) | MO: road rage, other driver got out and pushed V against his car | Nil injury | Loc: {STREET} {TOWN} | {DATE}
b|vwo|da|{M1} ({AA}) says his partner {M2} ({AA2}) has pushed him and thrown his things out of their flat twice this month; on {DATE} he spat at him in the street. No injuries. {M1} is worried about being outed at work; wants LGBT+ specific support.
c|vwo||our boy, hes {AC}, hes got ADHD, and a supply teacher grabbed him by the arm and dragged him out of class. theres no marks but hes terrified to go back. i reported it to the police on the {DSHORT}. i want someone who understands.
a|vwo|ms|OFFENCE: MODERN SLAVERY | V: N/K (X3 ADULT MALES) | LOC: CANNABIS FARM, INDUSTRIAL UNIT {TOWN} | MO: MALES LOCKED IN, FED BY SUSPECTS, NO PASSPORTS | NRM: TBC | INTERPRETER: VIETNAMESE | {DATE}
b|vwo|hate;hba|{M1} ({AY}) was threatened face to face by two older men from his community after he came out as gay; they said he had shamed the community and would "regret it". No injury. Not family members. Wants to relocate.
"""
TEMPLATES += """
a|sh|da|Offence: Controlling or coercive behaviour | V: {F1} {SUR} ({AA}) | Susp: husband {M1} | MO: monitors V's phone, tracks car, controls finances, stops V seeing family | DASH: High | MARAC {DATE}
b|sh|da;onl|{F1} ({AY}) ended things with {M1} in June; since then he has messaged her hundreds of times on WhatsApp and Instagram from new accounts and turned up at her work twice. Stalking recorded {DATE}. She has changed her number. Wants info on stalking protection orders.
c|sh|da|he keeps ringing, like 40 times a day, from a withheld number, and texting, and hes parked outside my mums when i go round. we split up in april. my sister says its stalking. i dont want to overreact. hes never hit me. its just all the time. im {AA}
a|sh|onl|Offence: Malicious communications | V: {F1} {SUR} ({AA}) | MO: anonymous Facebook account posting V's address and claiming she is a paedophile | Susp: possibly former colleague | Ref {REF}
d|sh|onl|{SCHOOL} refers on behalf of a Head of Year ({AA}): a parents' WhatsApp group and a TikTok account have been posting abuse about her since {DATE}, naming her and her children. Police have recorded harassment. She is signed off with stress.
b|sh||{M1} ({AO}) is getting repeated letters and phone calls from a former business partner threatening to "ruin him". Harassment recorded {DATE}. No online element. Wants advice on a civil injunction and help sleeping.
c|sh|da;onl|shes my ex, {F2}. shes made loads of fake accounts on instagram and tiktok messaging my new girlfriend and my friends saying im a cheat and worse. i block her and she makes more. this has been since about march. im {AY}. the police gave me a reference {REF}
a|sh|hate|OFFENCE: RACIALLY AGGRAVATED HARASSMENT | V: {M1} {SUR} ({AA}) & family | LOC: {STREET} {TOWN} | MO: NEIGHBOUR REPEATEDLY SHOUTING RACIST ABUSE OVER FENCE, POSTING NOTES THROUGH DOOR | ONGOING SINCE MAY
b|sh|da|{M1} ({AA}) says his wife checks his receipts, takes his wages and tells him who he can see; she threatens to stop him seeing the kids if he leaves. He calls us from a work phone. DASH medium. Not ready to report; callback agreed {DATE}.
d|sh|hate;onl|Advocate referral: {F1} ({AY}), learning disability, is targeted in a {TOWN} Facebook group where people post photos of her and mock her disability; someone also shouts at her in the high street. Advocate wants help getting posts removed and supporting {F1} to give a statement.
c|sh||theres this man at the gym, he keeps turning up wherever i am, the supermarket, outside my house. he left flowers on my car. ive never even spoken to him properly. i told him to leave me alone on the {DSHORT} and he laughed. am i being paranoid? im {AY}
a|sh|da|Offence: Stalking | V: {F1} {SUR} ({AA}) | Susp: ex-partner {M1} (rel ended 2024) | MO: susp following V to work, sitting outside address, GPS tracker found on V's car {DATE} | DASH: High
b|sh|onl|{F1} ({AA}), a nurse, is being harassed by email and on her hospital's Facebook page by a former patient's relative who blames her for his mum's death. Harassment recorded {DATE}. Trust security involved. She wants the posts taken down.
c|sh|da|my mum, she rings me and turns up at my flat screaming, she says im a disgrace, she told my work im on drugs which is a lie. im {AA}. i moved out to get away from her. no its not just a row, its been two years.
a|sh|onl|Offence: Malicious communications (online) | V: {BIZ} Ltd (company) | MO: ex-employee posting false claims and threatening messages to staff via LinkedIn and email | Contact: director {M1} {SUR} | {DATE}
b|sh||{F1} and her husband ({AO}) report a neighbour filming them in their garden and shouting "grass" whenever they go out, since they reported him to the council. Harassment recorded {DATE}. Not hate-related as far as they know. They want a neighbourhood officer visit.
c|sh|onl|someones made a fake profile of me on a dating site with my photos and my address and men have been turning up. two men came on the {DSHORT}. im {AA}. i think its someone from work but i cant prove it.
a|sh|da|OFFENCE: HARASSMENT | V: {F1} {SUR} AGE {AO} | SUSP: FORMER SON-IN-LAW {M1} | MO: REPEATED VISITS AND LETTERS DEMANDING ACCESS TO GRANDCHILDREN, SHOUTING AT DOOR | {DATE}
b|sh|hate;onl|{M1} ({AY}), gay man, outed by an anonymous Instagram account that posted his photo with homophobic comments and his workplace; messages also sent to his family. Malicious comms recorded with hate marker {DATE}. Low mood, safety plan done.
d|sh||{TOWN} Parish Council: clerk {F1} ({AA}) has had repeated abusive phone calls and letters from a resident about planning decisions since {DATE}; he has also turned up at her home. Harassment ref {REF}. Council wants support for her and lone-working advice.
c|sh|da;onl|im {AT}. my boyfriend checks my phone every night and if ive messaged a boy he goes mad and says hell tell everyone stuff about me. he tracks me on snapchat maps. hes 18. i didnt think it was like abuse. my teacher said to ring.
a|sh||Offence: Stalking | V: {M1} {SUR} ({AA}) | Susp: former tenant | MO: susp sending letters to V's home, photographing V's children on school run | Online: none known | Ref {REF}
b|sh|da|{F1} ({AA}) left her partner {F2} in March. Since then {F2} has rung her repeatedly, turned up at her new flat at night banging on the door, and contacted her parents. Harassment recorded {DATE}. {F1} wants info about a non-molestation order. DASH medium.
c|sh|onl|i run a little bakery in {TOWN} and someones been leaving one star reviews on google and facebook saying we have rats, and posting on the town group, and messaging my staff. its been weeks. the police gave me a crime number. im losing customers.
a|sh|da|OFFENCE: CONTROLLING/COERCIVE BEHAVIOUR | V: {M1} {SUR} AGE {AO} | SUSP: WIFE {F1} AGE {AO2} | MO: V NOT ALLOWED MONEY, PRESCRIPTIONS WITHHELD, ISOLATED FROM FRIENDS | DASH: MED
b|sh||{F1} ({AC13}) has been getting threatening texts and calls from a withheld number since she started at {SCHOOL}; police suspect a former friend's older brother. Harassment recorded {DATE}. No social media involvement found. Mum {F2} is the contact.
d|sh||{BIZ} Vets, {TOWN}: receptionist {F1} ({AY}) has been followed home twice by a client who now waits in the car park at closing. Stalking recorded {DATE}. Practice has put up CCTV and wants support for her.
c|sh|da;onl|my husbands left but hes still got the ring doorbell and the heating app on his phone and he turns the heating off and watches who comes to the door, and texts me what time i got home. we split in june. im not sure if thats even a crime? im {AA}
a|sh|onl|Offence: Harassment | V: {F1} {SUR} ({AY}) | MO: former classmate sending abusive DMs on TikTok and X, threatening to share V's address | Susp: ID'd | Ref {REF}
b|sh|hate|{M1} ({AA}) and his family have had notes with antisemitic content pushed through their door, and a neighbour shouts abuse each time {M1} leaves for synagogue. Harassment recorded since {DATE}. Wants a home security visit.
c|sh|da|its my sister in law. she lives next door. she says things to my face and to the kids, she tells my husband im cheating, she reads my post. im {AA}. he says its just family. theres been no violence. i just feel watched all the time.
a|sh||Offence: Malicious communications | V: {F1} {SUR} ({AO}) | MO: anonymous letters to V's home calling her a witch and threatening her cat | Susp: N/K | Ref {REF}
b|sh|da|{M1} ({AA}) and his ex-partner {F1} share care of their son. She has sent hundreds of abusive texts and voicemails since {DATE}, including threats to make false allegations. Harassment recorded. All by SMS and calls. Wants advice on contact arrangements.
d|sh|onl|{TOWN} Town Council refers: councillor {M1} ({AA}) has had a sustained campaign of abusive emails and Facebook posts since the July meeting, some giving his home address. Police recorded harassment {DATE}. Council asking for support and safety advice.
c|sh||so hes my neighbours lodger, and every time i go in the garden he comes out and stares and says things, like about my body, and he waits by my car in the morning. its been about 3 weeks. the police said its harassment. im {AY}
a|sh|da|Offence: Controlling/coercive behaviour | V: {F1} {SUR} ({AY}) | Susp: father {M1} | MO: V not permitted to leave house unaccompanied, phone confiscated, wages taken | HBA: considered and ruled out | DASH: Med
b|sh|da;onl|{F1} ({AA}) found that her ex-husband has been logging into her email and iCloud and reading her messages since they separated; he quoted her private messages back to her. Computer misuse also recorded but stalking is the main offence. DASH medium. {DATE}
c|sh|hate;onl|im trans and someone in the local facebook group has been posting about me, where i live, calling me a groomer, and people have been messaging me saying theyll come round. its not the first time. im {AY}. ive screenshot them.
a|sh||Offence: Harassment | V: {M1} {SUR} | Age: TBC | MO: V's former employer repeatedly attending V's home in {TOWN} and phoning V's family about an alleged debt | No online element
b|sh||{F1} ({AA}) is being harassed by her ex-husband's new partner, who sends texts and confronts her at the school gate. Harassment recorded {DATE}. {F1} and the suspect are not related and have never been in a relationship. No threats of violence.
c|sh|da|im his mum. hes {AA}. he doesnt live with me now but he texts me all night, horrible things, and says hell come round and smash the house up. he never has. the police call it harassment. i just want him to stop. this has been since {DSHORT}
d|sh||{BIZ} Medical Practice: practice manager refers on behalf of reception staff. A patient has phoned dozens of times a day and verbally abused receptionists since {DATE}; police recorded harassment. Staff requesting support.
a|sh|da;onl|OFFENCE: STALKING | V: {M1} {SUR} ({AY}) | SUSP: EX-GIRLFRIEND | MO: SUSP CREATED FAKE SNAPCHAT ACCOUNTS, TURNED UP AT V'S UNI HALLS REPEATEDLY | DASH: STANDARD | {DATE}
b|sh|da|{F1} ({AT}) ended things with her boyfriend ({AY}) a month ago. He texts her constantly, waits outside her college and has told her friends he'll "make her pay". Stalking recorded {DATE}. Mum involved and supportive.
c|sh||theres a woman from church who keeps phoning me, she says god told her to watch over me. shes turned up at my house at night. im {AO}. i dont want to get her in trouble, i dont think shes well, but its frightening.
b|sh|da;hba|{F1} ({AY}) is a student in {TOWN}. Her parents and brother check her location, take her phone and tell her she will dishonour the family if she carries on at university; her brother has followed her to lectures. Coercive control recorded {DATE}. HBA specialist involved.
"""
TEMPLATES += """
a|burg||Offence: Burglary - residential | V: {F1} {SUR} ({AO}) | Loc: {STREET}, {TOWN} | Date: {DATE} between {TIME} and {TIME2} | MO: rear door forced, jewellery and cash taken | Nil suspects | SOCO attended
b|burg||{M1} and {F1} ({AO}) came home from holiday on {DATE} to find their house in {TOWN} burgled; wedding rings and her late mum's watch taken, drawers tipped out. They feel unsafe sleeping there. Needs: lock change, target hardening, reassurance.
c|burg||i woke up about {TIME} and there was a man in my kitchen, he just ran out the back. he took my handbag and the car keys, the car was still there thank god. im {AA}, i live on my own with my son whos {AC}. i havent slept since. it was wednesday night, or thursday morning i suppose.
d|burg||{SCHOOL} (primary) was broken into over the weekend of {DATE}; laptops and the PTA cash box (approx {AMT}) taken and fire extinguishers let off. Head teacher asks for support for staff and advice on talking to pupils about it.
a|burg|knife|OFFENCE: AGGRAVATED BURGLARY | V: {M1} {SUR} ({AO}) | LOC: FARMHOUSE NR {TOWN} | MO: V WOKE TO 3 MALES IN HOUSE, ONE HOLDING A KNIFE UP AT HIM FROM FOOT OF STAIRS, V STAYED IN BEDROOM, MALES LEFT WITH ELECTRICALS | NIL INJ | {DATE}
b|burg|da|{F1} ({AA}) reports her ex-partner {M1} let himself into her flat with a key he'd had copied while she was at work and took her laptop and the children's passports. Burglary recorded {DATE}. DASH medium; locks now changed. Wants help with passport replacement.
c|burg||someone got in the shed and the garage and took all my husbands tools, the mower, about {AMT} worth. he passed away last year and they were his tools, thats what upsets me. the police came and took fingerprints. im {AO}
a|burg||Offence: Burglary - business/community | V: {BIZ} Church Hall, {TOWN} | MO: entry via window, charity shop float and donated items taken | Date: {DATE} | Contact: warden {F1} {SUR}
d|burg||Advocate referral: {M1} ({AA}), learning disabilities, supported tenancy in {TOWN}. Someone came into his flat through the unlocked door while he slept on {DATE} and took his tablet and {AMT} from his money tin. Advocate thinks it's someone from the block. He won't sleep in his bedroom now.
b|burg||Distraction burglary. {F1} ({AO}) let in two men claiming to be from the water board on {DATE}; one kept her in the kitchen while the other went upstairs and took cash and jewellery. She's embarrassed and hasn't told her son. Needs: door chain, nominated neighbour scheme.
c|burg||theyve been in again. second time since july. this time through the bathroom window. my daughters laptop, my purse. im sick of it. im {AA}. no wait, the first time was june not july. the police know about both, ref {REF}
a|burg||Offence: Burglary residential (attempt) | V: {M1} {SUR} | MO: marks to door lock, entry not gained, V disturbed susps at {TIME} | Loc: {STREET} {TOWN} | Ref {REF}
b|burg|da|{F1} ({AO}) says her grandson {M1} ({AY}) got into her house through the kitchen window while she was at bingo on {DATE} and took her pension money and tablets. He's done it before. She's frightened of him and of "getting him into trouble". Adult social care aware.
d|burg||{BIZ} Village Stores, {TOWN}: burgled overnight {DATE}, rear door forced, cigarettes and about {AMT} of stock taken plus the CCTV hard drive. The elderly owners live above the shop and were asleep upstairs. Crime prevention visit requested.
a|burg||OFFENCE: BURGLARY DWELLING | V: {F1} {SUR} | DOB: NOT RECORDED | LOC: {STREET} {TOWN} | MO: ENTRY VIA INSECURE PATIO DOOR, HANDBAG AND PHONE TAKEN FROM KITCHEN | SUSP: N/K
c|burg||somebody came in my room in halls, im at uni in {TOWN}, and took my laptop and headphones while i was in the shower. the door was shut but not locked. its probably someone in the block. i need the laptop for my course, i'm {AY}.
d|weap||{SCHOOL} refers: on {DATE} a Year 9 pupil was found with a lock knife in his bag after other pupils told staff. No threats made and the knife was never taken out. Possession offence recorded. School asks for support for the pupils who reported it, who are frightened.
a|weap||Offence: Possession of bladed article in public place | Victim: {BIZ} Shopping Centre, {TOWN} | MO: male seen with machete in waistband, detained by security, no threats | Staff witnesses referred | {DATE}
b|weap||{F1} ({AA}), bar manager at {VENUE}, found a knuckle duster and a flick knife on a customer searched on entry on {DATE}; he hadn't threatened anyone. Possession offences charged. Staff shaken; she asks about support for the team.
c|weap||there was a man on the bus with a gun, or it looked like one, sticking out his jacket, he didnt point it at anyone, he just sat there. i got off at the next stop and rang 999. they arrested him in {TOWN}. it was a real one they said. i keep thinking what if.
a|weap||OFFENCE: POSSESSION OF OFFENSIVE WEAPON | LOC: {TOWN} PARK | MO: YOUTHS SEEN WITH BASEBALL BAT AND A KNIFE, NOBODY APPROACHED OR THREATENED | REPORTER {F1} {SUR} (RESIDENT) REFERRED AS WITNESS | {DATE}
b|weap||{M1} ({AO}) says a man on his close walks about carrying a sword in a sheath; he has never threatened anyone but residents are frightened. Police recorded possession of an offensive weapon on {DATE}. {M1} wants reassurance.
b|weap||Referral for {F1} ({AA}), door supervisor at {VENUE}, {TOWN}; on {DATE} she found a knife hidden in the toilets and a man was later arrested carrying another blade. Nobody was threatened with either. She wants debrief support.
a|cda||Offence: Criminal damage to vehicle | V: {M1} {SUR} | MO: car scratched along both sides, wing mirrors snapped | Loc: {STREET} {TOWN} | Date: {DATE} | Susp: N/K
b|cda|da|{F1} ({AA}) reports her ex-partner smashed every front window of her house on {DATE} after she refused to let him see the kids. No contact with her, nobody hurt. Arrested and bailed with conditions. DASH high given history. Council boarding up.
c|cda|hate|somebody sprayed, like, a swastika and "pakis out" on my shop shutter, it was there when i opened on the monday. this is the second time. im {AA}. ive got photos. my kids saw it. the shops on {STREET}.
a|cda||OFFENCE: ARSON (NOT ENDANGERING LIFE) | V: {BIZ} ENGINEERING | LOC: INDUSTRIAL ESTATE {TOWN} | MO: WHEELIE BINS SET ALIGHT AGAINST UNIT WALL, SMOKE DAMAGE | SUSP: YOUTHS SEEN | TIME: {TIME}
d|cda||{SCHOOL} refers: repeated damage over the summer - windows smashed, the sensory garden wrecked, and a storage container set on fire on {DATE}. Head asks for support for the site manager, who has been dealing with it alone.
b|cda|da|{M1} ({AA}) says his brother {M2} came round drunk on {DATE}, kicked the front door and smashed the windscreen of his car on the drive, then left. No one hurt, nothing taken. {M1} doesn't want his brother arrested, just wants him kept away.
c|cda||the kids round here keep throwing stones at my windows, one cracked last week, the big one at the front. no, it was the bedroom one. ive told the council. im {AO}. they run off when i come out.
a|cda|da|Offence: Arson with intent to endanger life | V: {F1} {SUR} | Susp: ex-husband | MO: petrol poured through letterbox and lit while V and children asleep, smoke alarm woke V | All escaped, nil injuries | DASH: High | MARAC urgent {DATE}
b|cda||{F1} ({AA}) came out on {DATE} to find all four tyres on her car flat and a word scratched into the bonnet. She suspects a neighbour she fell out with. No other incidents. Wants info on doorbell cameras.
d|cda||{TOWN} Parish Council: the war memorial was daubed with paint and benches in the memorial garden smashed on {DATE}. Council asks for support for the volunteers who look after the garden, who are upset. Crime ref {REF}.
c|cda|da|my daughters {AY} and she lives with me and when she doesnt get her way she breaks things, shes put her fist through the door, smashed my phone, broke the telly. she hasnt hurt me. i called the police on tuesday because i was scared. i just want it to stop.
a|cda|hate|Offence: Criminal damage - religiously aggravated | V: {BIZ} Gurdwara, {TOWN} | MO: windows smashed, graffiti with anti-Sikh slogans | Date: {DATE} | CCTV retrieved
b|cda||Damage to {M1} ({AO})'s allotment shed and greenhouse in {TOWN} on {DATE}: panes smashed, seedlings trampled. Third time this summer, nothing ever taken. He's a widower and the allotment is his main social outlet.
a|cda||OFFENCE: CRIM DAMAGE DWELLING | V: {F1} {SUR} | MO: FRONT DOOR GLASS PANEL SMASHED AT {TIME} | SUSP: POSS ONE OF TWO YOUTHS | NIL ENTRY | REF {REF}
c|cda||my car got keyed, the whole side, and the tyres let down, and they took the number plates as well. its a company car so ive got to explain it. this was {DATE}. i dont know who. im {AA}
b|cda|da|{M1} ({AY}) reports his ex-girlfriend {F1} smashed his laptop and poured bleach over his clothes at his flat on {DATE} after reading messages on his phone. No violence towards him. He wants her kept away from the flat.
d|cda||Advocate referral: {F1} ({AA}), learning disability, had the plants in her front garden pulled up and her wheelie bin set alight on {DATE}. She doesn't know who did it. Advocate asks for support for {F1} and help with the police updates.
a|cda||Offence: Criminal damage (other) | V: {BIZ} Buses | MO: bus windows smashed by stones thrown from bridge at {TIME}, passengers shaken | Driver {M1} {SUR} referred
b|cda||{F1} ({AA}) had a lit firework pushed through her letterbox on {DATE}, scorching the hall carpet. She was in with her baby. No injuries. Arson recorded. She wants to move and needs a housing letter.
c|cda||i put a fence up and the man behind has knocked it down twice now and painted on it. ive got it on camera. its about the boundary. im not making it up. it cost me {AMT}.
a|cda|da|OFFENCE: CRIMINAL DAMAGE | V: {F1} {SUR} ({AO}) | SUSP: SON-IN-LAW | MO: SUSP SMASHED V'S MOBILITY SCOOTER AND PHONE DURING ARGUMENT AT V'S HOME | NIL INJ | {DATE}
a|veh||Offence: Theft of motor vehicle | V: {M1} {SUR} | Vehicle: white Ford Transit | Loc: outside home, {STREET} | {DATE} overnight | Tools inside approx {AMT}
b|veh||{F1} ({AA}), a community nurse, had her car broken into on {DATE} while on a home visit in {TOWN}; her work bag and satnav were taken. Worried about the notes in the bag (employer says nothing identifiable). Needs reassurance.
c|veh||they took my car off the drive in the night, its a keyless one, the police said they copy the key signal. my husband needs it for his dialysis. im {AO}. i dont know how we're going to manage.
d|veh||{BIZ} Plumbing: three company vans had catalytic converters cut off at the depot in {TOWN} on {DATE}, the fifth time this year. Director asks for support for the business and the apprentice who disturbed the thieves.
a|veh||OFFENCE: AGGRAVATED VEHICLE TAKING | V: {M1} {SUR} | MO: V'S CAR TAKEN FROM DRIVEWAY, LATER CRASHED INTO WALL ON {STREET}, WRITTEN OFF | NO PERSONS INJ | {DATE}
b|veh||{M1} ({AY}) had his motorbike stolen from outside his flat in {TOWN} on {DATE}; he uses it for delivery work and can't earn without it. Insurance is disputed. Needs a hardship grant.
c|veh||i think someone was trying to get in my car, the door handles been messed with, and there was a man trying all the car doors down the street at {TIME}, my neighbours got him on camera. nothing taken though. im {AA}
a|veh||Offence: Theft from MV | V: {F1} {SUR} | MO: blue badge stolen from windscreen | Loc: hospital car park {TOWN} | V disabled and reliant on badge | {DATE}
d|veh||Advocate referral: {M1} ({AA}), learning disability, had his mobility car taken by a man he calls a friend, who borrowed the keys on {DATE} and didn't bring it back for a week. Police recorded unauthorised taking. {M1} still thinks of him as a friend.
a|veh||Offence: Theft of MV | V: {BIZ} Motors (dealership) | MO: vehicle taken on test drive and not returned, false ID used | Value {AMT_BIG} | {DATE}
b|veh|da|{F1} ({AA}) says her ex-husband took her car from her work car park using a spare key he kept, and has refused to give it back since {DATE}. Theft of motor vehicle recorded. DASH standard. She needs the car for the school run.
a|tfp||Offence: Theft from the person | V: {F1} {SUR} ({AO}) | MO: purse taken from handbag in queue at market, {TOWN} | No force used | Date {DATE}
c|tfp||i was on the train and i had my phone on the table and this lad just grabbed it and jumped off as the doors shut. he didnt touch me. im {AY}. its got all my photos of my nan on it.
b|tfp||{M1} ({AA}) had his wallet pickpocketed at a gig in {TOWN} on {DATE}; his bank cards were then used in two shops. Bank is refunding. Theft from person recorded as the main offence. He's anxious in crowds now.
d|tfp||Advocate referral: {F1} ({AA}), learning disability, had her phone taken out of her coat pocket at {TOWN} bus station on {DATE}; she didn't notice until later. CCTV shows a man. She wants to know if she'll get it back; advocate asks for simple updates.
a|tfp||OFFENCE: THEFT FROM PERSON - SNATCH | V: {M1} {SUR} AGE {AT} | MO: PHONE SNATCHED FROM HAND BY CYCLIST, NO FORCE TO PERSON, NO INJ | LOC: {STREET} | {DATE}
c|tfp||somebody had my purse out my bag at the supermarket, i was in the queue and it was gone. well, it wasnt the supermarket, it was the chemist next door. im {AO}, my pension card was in there.
a|bike||Offence: Theft of pedal cycle | V: {M1} {SUR} ({AC13}) | Loc: bike racks, {SCHOOL} | MO: lock cut | Value {AMT} | {DATE}
c|bike||my bike got nicked from outside the station, it was locked, they cut the lock. its how i get to work, its an ebike, it was {AMT}. im {AA}. they said theres cctv but its not very good.
b|bike||{F1} ({AO}) had her adapted tricycle stolen from her front garden in {TOWN} on {DATE}; she has arthritis and it's her only exercise. Not insured. Neighbours are fundraising for a new one.
d|bike||Advocate referral: {M1} ({AA}), autistic, had his bike stolen from the day centre rack in {TOWN} on {DATE}; he cycles everywhere and is very distressed by the change to his routine. Advocate asks for visual info on what police will do.
a|bike||OFFENCE: THEFT OF PEDAL CYCLE | V: {F1} {SUR} | LOC: {TOWN} LEISURE CENTRE | VALUE: {AMT} | SUSP: N/K | REF {REF}
c|bike||someone took my sons bike out of our back garden, hes {AC}, hed only had it for his birthday. they came over the gate. weve got them on the ring doorbell, two lads. it was {DSHORT}
"""
TEMPLATES += """
d|shop||{BIZ} Pharmacy, {TOWN}: repeat shoplifting by the same man, about {AMT} of toiletries a week; staff have been sworn at. Owner wants support for staff and help with a business impact statement.
a|shop||Offence: Theft from shop | V: {SHOP}, {TOWN} | MO: 2 x F concealed baby formula and razors, left without paying, value {AMT} | Staff member {F1} {SUR} followed them to door | {DATE}
c|shop||i manage the shop on {STREET}, and weve had the same group of teenagers in every day this week taking energy drinks and sweets, and when my staff say anything they laugh. its wearing my staff down. the police have got it down as theft from the shop.
b|shop||{BIZ} Garden Centre, {TOWN}: volunteer {F1} ({AO}) stopped a man walking out with plants and tools worth about {AMT} on {DATE}; he dropped them and left. No force used. She's shaken and would like a call.
a|shop||OFFENCE: SHOPLIFTING | V: {SHOP} | VALUE: {AMT} | ITEMS: MEAT, ALCOHOL | SUSP: KNOWN PROLIFIC | STAFF TOLD "YOULL GET YOURS" ON WAY OUT | REF {REF}
d|shop||{BIZ} Hospice Charity Shop, {TOWN}: repeated thefts of clothing from the rails over the summer, latest on {DATE}. Volunteers, mostly retired, are upset and some have stopped coming in. Manager asks for support.
c|shop||i work in a shop, {SHOP}, and a lady put a load of perfume in her pram, under the baby, and walked out. i saw it on the camera. im {AT}, its my saturday job. the managers said we're not allowed to stop them. i feel like i should have.
b|shop||{BIZ} Farm Shop, {TOWN}: a customer walked out with a full basket without paying while staff were serving on {DATE}, the third time. Owner {F1} ({AA}) is worried about staff on their own at weekends.
a|oth||Offence: Making off without payment | V: {BIZ} Service Station, {TOWN} | MO: driver filled up {AMT} of diesel and drove off, false plates | {DATE} {TIME}
b|oth|da|{F1} ({AO}) says her son {M1} ({AA}), who has her bank card to do her shopping, has been taking about {AMT} a month for himself for over a year. She found out from the bank. Theft recorded {DATE}. She doesn't want him prosecuted. Adult safeguarding open.
c|oth||the window cleaner, hes done my windows ten years, and i think he took my late husbands watch off the side when i let him in to use the loo. im {AO}. no, not the side, it was on the windowsill by the back door. the police said theyll speak to him.
d|oth||{BIZ} Accountants, {TOWN}: a bookkeeper took about {AMT_BIG} from client accounts over two years by moving money into her own account. Theft by employee recorded {DATE}. Director {M1} is struggling and wants support.
a|oth|onl|Offence: Blackmail | V: {M1} {SUR} ({AA}) | MO: V met female on dating app, moved to video chat, susp recorded V and demanded {AMT} in bitcoin or would send the video to V's contacts | V paid once | Ref {REF}
b|oth||{F1} ({AA}) has had parcels stolen from her doorstep five times since July, including her daughter's insulin supplies on {DATE}. Doorbell footage shows the same man. Theft recorded. Wants to know about the insulin replacement.
c|oth||my care worker, not the council one, a private one, has been taking money out my purse, twenty here, twenty there. i counted it. im {AO}. shes not family. i dont want her to lose her job but i cant afford it.
d|oth||Advocate referral: {M1} ({AA}), learning disability, has been "befriended" by a group who take him to the cashpoint every benefit day and take most of his money. He says they're his mates. Theft recorded {DATE}; advocate thinks it is mate crime. Police have not applied a hate marker pending more information.
a|oth||OFFENCE: THEFT OF MAIL | V: {F1} {SUR} | MO: V'S BANK CARDS AND POST NOT ARRIVING, POSTAL WORKER SUSPECTED | STATUS: ROYAL MAIL INVESTIGATING | REF {REF}
b|oth||Making off without payment: {M1} ({AA}), taxi driver, drove two passengers from {TOWN} to the airport on {DATE} and they ran off without paying the {AMT} fare. No force or threats. Lost a day's earnings; wants to know if he'll get it back.
c|oth||someone took my dog. from the front garden. hes a french bulldog, hes worth a lot but thats not, hes family. this was the {DSHORT}. im {AA}. theres been other dogs taken round here. the police have given me a number.
a|oth||Offence: Theft (other) | V: {BIZ} Farm | MO: 40 sheep taken from field overnight | Value {AMT_BIG} | Loc: nr {TOWN} | {DATE}
b|oth|da|{M1} ({AO}) says his daughter {F1}, who holds his power of attorney, has taken {AMT_BIG} from his savings and won't explain. Theft recorded {DATE}. He's frightened she'll stop visiting him and the grandchildren.
d|oth|onl|{BIZ} Dance School: a parent has been threatening to post damaging claims about the owner online unless she refunds {AMT}; demands came by email and Instagram DM. Police recorded blackmail {DATE}. Owner ({AA}) would like support.
c|oth||the lodgers gone and taken my telly and my mums rings with him. he paid rent up to the end of july then he just went. im {AA}. the police have got his name. i feel stupid for trusting him.
a|oth||Offence: Theft | V: {BIZ} Methodist Church, {TOWN} | MO: lead stripped from roof overnight | Value approx {AMT_BIG} | Reported by steward {M1} {SUR} | {DATE}
a|fraud|onl|Offence: Fraud by false representation (online marketplace) | V: {M1} {SUR} | MO: paid {AMT} by bank transfer for a car part on Facebook Marketplace, item never sent, seller blocked V | NFIB ref {REF2}
b|fraud||Courier fraud. {F1} ({AO}) had a phone call from a "police officer" saying her bank was compromised; she withdrew {AMT_BIG} and handed it to a courier at her door on {DATE}. All by phone, nothing online. Family worried about her living alone.
c|fraud|onl|i met him on a dating site in march, he said he was an engineer on an oil rig, we talked every day on whatsapp. he needed money for a customs fee, then for his daughters hospital. ive sent him {AMT_BIG}. im {AO}. my son says its a scam. i still dont, i dont know. he said he loved me.
d|fraud|onl|{BIZ} Builders Merchants: an email that looked like it came from a regular supplier gave new bank details and they paid {AMT_BIG} to the fraudster on {DATE}. The finance assistant ({AY}) who made the payment feels responsible and is off sick. Action Fraud ref {REF2}.
a|fraud||OFFENCE: FRAUD - BANK IMPERSONATION (TELEPHONE) | V: {M1} {SUR} AGE {AO} | LOSS: {AMT_BIG} | MO: V TOLD TO MOVE FUNDS TO "SAFE ACCOUNT" | BANK REIMBURSEMENT TBC
b|fraud|onl|Investment scam. {M1} ({AA}) put {AMT_BIG} into a crypto platform advertised on Instagram with a celebrity endorsement; the website has now vanished. Action Fraud report {DATE}. He borrowed to invest and is in debt; signposted to debt advice. Low mood.
c|fraud||a man knocked on the door and said my roof tiles were loose and hed do it for {AMT}, then he said there was more wrong and he took me to the bank. im {AO}. my daughter says there was nothing wrong with the roof. he was so nice.
a|fraud|onl|Offence: Computer misuse - hacking | V: {F1} {SUR} ({AY}) | MO: V's Instagram and email accounts taken over, susp messaged contacts asking for money | Loss to V: nil | Ref {REF2}
d|fraud|onl|Advocate referral: {M1} ({AA}), learning disabilities, was persuaded by someone on Facebook to give his bank login "to receive a prize", and {AMT} was taken. Account frozen. Advocate asks for easy-read scam advice and support around money.
b|fraud|da|{F1} ({AA}) found out her ex-partner took out loans and a credit card in her name during their relationship, {AMT_BIG} in total. Fraud recorded {DATE}. DASH standard; she has moved on and feels safe now but is being chased by debt collectors.
c|fraud|onl|i bought tickets for the concert off someone on twitter, {AMT}, and they never came, and now the accounts gone. im {AT}. i used my mums paypal. shes really angry.
a|fraud||Offence: Fraud - identity | V: {M1} {SUR} | MO: mobile phone contracts taken out in V's name at 3 stores in {TOWN} | Loss: TBC | V alerted by credit agency {DATE}
b|fraud|onl|{F1} ({AA}) paid a {AMT} deposit for a flat in {TOWN} advertised on a lettings website; the "landlord" emailed a fake tenancy agreement and disappeared. She's now homeless with her {AC}-year-old. Urgent housing referral made.
c|fraud||my husband, hes got dementia, and hes been giving our card details to people who ring up, and weve lost about {AMT_BIG}. im {AO}. i didnt know till the bank rang. its all on the phone, he doesnt use the computer.
d|fraud||{TOWN} District Council refers: a man posing as a council officer has been calling at older residents' homes on {STREET} asking for "bin tax" in cash; at least four victims, {AMT} each. Council asks for support for residents and a warning leaflet.
a|fraud|onl|OFFENCE: FRAUD - ONLINE SHOPPING | V: {F1} {SUR} | MO: PUPPY ADVERTISED ON WEBSITE, DEPOSIT {AMT} PAID, SELLER NOW UNCONTACTABLE | NFIB {REF2}
b|fraud|onl|{M1} ({AY}) answered a job advert on Telegram, paid "training fees" of {AMT} to start reviewing products, then was asked for more. Realised it was a task scam on {DATE}. Wants to know if he can get the money back.
c|fraud|onl|so they sent me a text saying my parcel couldnt be delivered and i clicked it and put my card details in on the website. then someone rang saying they were the bank. they took {AMT}. im {AA}. i feel so stupid.
a|fraud||Offence: Fraud by abuse of position | V: {F1} {SUR} ({AO}) | Susp: neighbour who collected her pension | Loss {AMT_BIG} over 18 months | Adult safeguarding aware | {DATE}
b|fraud||{BIZ} Restaurant, {TOWN}: a party of 30 was booked and paid for with a cheque that bounced and a stolen card; loss {AMT}. The owner is a sole trader and struggling. Fraud recorded {DATE}, no suspects.
d|fraud|onl|{SCHOOL} refers: the school finance inbox was compromised and an emailed payroll change diverted one teacher's salary ({AMT}) to a fraudster's account. Teacher ({AA}) is now behind on rent. Computer misuse and fraud recorded {DATE}.
c|fraud|da|my daughter took out a catalogue account and a loan in my name, i found the letters, its {AMT_BIG}. shes {AA}, she lives with me. i dont want her in trouble but i cant pay it. the police put it down as fraud.
a|fraud|onl|Offence: Romance fraud | V: {M1} {SUR} ({AO}) | MO: contact via Facebook, "woman" in Ukraine, V sent {AMT_BIG} over 6 months in gift cards | V still in contact with susp | Ref {REF2}
b|fraud||{F1} ({AO}) was sold a fake TV licence renewal over the phone and paid {AMT} by card; a second caller then offered to recover the money for a fee. All by phone. Her son {M1} is now the contact.
c|fraud|onl|i sold my camera on ebay and the buyer said hed paid and sent a screenshot, and i posted it, and theres no money. im {AY}. ebay said its not covered. that camera was {AMT}.
a|fraud||OFFENCE: FRAUD (CARD) | V: {M1} {SUR} | DOB: N/K | MO: V'S CARD CLONED AT CASH MACHINE IN {TOWN}, {AMT} WITHDRAWN ABROAD | BANK REFUNDED | {DATE}
d|fraud||Advocate referral: {F1} ({AA}), learning disability, signed up on her doorstep to a "home improvement" loan of {AMT_BIG} for work never done. Trading Standards aware; police recorded fraud {DATE}. No online element. Advocate supporting.
b|fraud|onl|{M1} ({AA}) let someone onto his laptop after a fake "Microsoft" pop-up; they logged into his online banking and moved {AMT_BIG}. Computer misuse and fraud recorded {DATE}. Bank investigating.
c|fraud|onl|im a student, someone on instagram said they could get me a cheap room, a mate of a mate, and i sent {AMT} deposit. no room. no reply. its the second time this has happened to someone on my course in {TOWN}.
a|fraud|onl|Offence: Fraud - online investment | V: {F1} {SUR} ({AA}) | MO: forex trading app recommended by "friend" met on LinkedIn | Loss {AMT_BIG} | V expressed suicidal thoughts, GP informed {DATE}
b|drug||{F1} ({AA}) reports a neighbour dealing from the flat below; constant visitors, needles on the stairs, and her {AC}-year-old found a bag of white powder in the communal hall. Warrant executed {DATE}, supply charges. She wants to move.
a|drug||Offence: Possession with intent to supply (Class A) | Loc: {STREET}, {TOWN} | Referral for: resident {M1} {SUR} ({AO}) who gave police information | Concern re reprisals, none made to date | {DATE}
d|drug||{SCHOOL} refers: an adult man has been selling cannabis vapes to pupils at the school gate; arrested for supply on {DATE}. School asks for support for affected families and a session for Year 10.
c|drug||my son is {AC13} and a man from the park has been giving him weed, just giving it him, not even asking for money yet. i found it in his room. im frightened theyll start using him for something. the police arrested the man on friday for supplying.
a|drug||OFFENCE: PRODUCTION OF CANNABIS | V: LANDLORD {M1} {SUR} | LOC: {STREET} {TOWN} | MO: TENANT GROWING 40 PLANTS IN LOFT, FOUND ON INSPECTION | LANDLORD DISTRESSED, INSURANCE QUERY | REF {REF}
b|drug||{M1} ({AO}) says young people deal drugs from a car behind his bungalow every night; arrests for possession with intent on {DATE}. He's anxious about reprisals as he's the one who called. No threats made so far.
"""
TEMPLATES += """
a|po|hate|Offence: Racially aggravated public order s4A | V: {M1} {SUR} ({AA}) | MO: male shouted racist abuse at V in {SHOP} car park, told him to "go back to his own country" | Nil assault | {DATE}
b|po||{F1} ({AA}), a pharmacist, was shouted and sworn at by a customer who threw a basket on the floor and said she'd "regret it" when she refused a sale on {DATE}. Public order offence recorded. Staff shaken.
c|po|hate|i was holding hands with my girlfriend on the high street and this group of men started shouting really horrible stuff about us being lesbians, and followed us for a bit. they didnt touch us. it was saturday about {TIME}. im {AY}.
d|po||{TOWN} Borough Council refers: two customer service advisers faced threatening, abusive behaviour from a resident in reception on {DATE}, who swore, banged the screen and said he'd "come back". Public order recorded. Council wants support for staff.
a|po||OFFENCE: VIOLENT DISORDER | LOC: {TOWN} MARKET PLACE | MO: LARGE FIGHT BETWEEN TWO GROUPS AFTER MATCH, BYSTANDERS INC V {F1} {SUR} ({AO}) CAUGHT UP, NOT ASSAULTED | V SHAKEN | {DATE}
b|po|hate|{M1} ({AA}) has a visible disability and was mocked, sworn at and called a slur by a man at the bus stop on {DATE} who also copied the way he walks. No physical contact. Disability hate crime, public order. Wants to be kept updated.
c|po||im a civil enforcement officer, traffic warden, and a man came out the shop screaming in my face, calling me every name, saying he knew where i park. no, he didnt touch me. im {AA}. my boss said to ring you.
d|po|hate|{SCHOOL} refers: a parent shouted racist abuse at a Black teaching assistant at the gate on {DATE}, in front of children. Racially aggravated public order recorded. School wants support for the TA and advice on communicating with parents.
a|po||Offence: Public order s5 | V: {F1} {SUR} (bus driver) | MO: drunk passenger shouting and swearing, refused to leave bus, passengers distressed | Loc: {TOWN} | Date {DATE}
b|po|hate|{F1} ({AA}) was verbally abused outside the mosque in {TOWN} on {DATE} by a man shouting anti-Muslim slogans at her and her children. He spat on the ground and walked off. No contact. Religiously aggravated public order recorded.
c|po||there was a massive row outside the pub and this man was shouting hed smash everyones heads in, kicking the bins over, and i was there with my kids, we were so scared. it was about {TIME} on friday. we live opposite.
a|po|hate|OFFENCE: RELIGIOUSLY AGGRAVATED S5 PUBLIC ORDER | V: {M1} {SUR} | MO: SUSP SHOUTED ANTISEMITIC ABUSE AT V, WHO WAS WEARING A KIPPAH, OUTSIDE {SHOP} | NIL ASSAULT | CCTV
b|po||{M1} ({AY}), shop worker at {SHOP}, was threatened ("I'll be waiting for you after work") and sworn at by a customer refused alcohol on {DATE}. Public order recorded. Not a domestic and no hate element.
d|po||{BIZ} Leisure Centre: lifeguards were surrounded and threatened by a group of adults after asking them to leave the pool on {DATE}; one lifeguard is {AT}. Public order recorded. Centre asks for support for its young staff.
c|po|hate|im from romania and yesterday the neighbours lad, hes like 20, shouted at me about immigrants and gypsies and that i should go home, in front of everyone at the shops. its the first time hes said anything. no he didnt hit me. im {AA}.
a|misc||Offence: Dangerous driving (no injury) | V: {F1} {SUR} ({AA}) | MO: vehicle tailgated V for 5 miles, overtook and braked sharply repeatedly | Loc: A-road nr {TOWN} | Dashcam provided | {DATE}
b|misc||{M1} ({AA}) is a witness in a trial and was approached in a supermarket in {TOWN} by the defendant's brother, who told him "you don't have to turn up, you know". Witness intimidation recorded {DATE}. Anxious about attending.
c|misc||this car came flying down our road, must have been doing 60, half on the pavement, nearly hit my little girl on her scooter, shes {AC}. it didnt hit her. police caught him. they said dangerous driving. im still shaking.
d|misc||{BIZ} Print Shop: staff realised a customer had asked them to print fake MOT certificates and doctor's letters; police recorded forgery offences on {DATE}. The staff member who raised it ({AY}) is worried about being named in court.
a|misc||OFFENCE: THREAT TO COMMIT CRIMINAL DAMAGE | V: {F1} {SUR} | MO: NEIGHBOUR TOLD V FACE TO FACE HE WOULD "BURN HER CAR OUT" OVER PARKING | NO DAMAGE CAUSED | REF {REF}
b|misc||{F1} ({AA}) found out her husband was already married to another woman abroad; their wedding in {TOWN} in 2022 was bigamous. Bigamy recorded {DATE}. She says there was no abuse in the relationship and he has left. Needs emotional support and legal advice.
c|misc||i was on the motorway and a van kept swerving about, undertaking, cutting in right in front of me. he didnt hit me. im {AO}. i had to pull onto the hard shoulder. the police got him off my dashcam.
d|misc||{TOWN} Town Council refers: a resident submitted a planning objection with forged signatures of neighbours, including {F1} ({AO}), who is distressed her name was used. Forgery recorded {DATE}. Council asks for support for her.
a|misc||OFFENCE: POSSESSION OF EXTREME PORNOGRAPHIC IMAGES | V: {BIZ} COMPUTER REPAIRS (BUSINESS) | MO: TECHNICIAN FOUND MATERIAL ON CUSTOMER LAPTOP, REPORTED | TECHNICIAN {M1} {SUR} DISTRESSED | {DATE}
c|misc||my old neighbour made up that id damaged his car and gave the police a false statement, and now theyve found out from his own camera he lied, theyve charged him with perverting the course of justice. i had that hanging over me for months. im {AA}.
b|misc||{M1} ({AC13}) was crossing at the lights on {STREET} when a car ran the red at speed and missed him by inches on {DATE}. Driver charged with dangerous driving. No injury. {M1} won't cross roads alone now.
c|asb||its the noise, every night, music till 3 in the morning and the dog barking. ive asked them nicely. im on nights so i cant sleep in the day either. the council gave me diary sheets on {DSHORT}. im not saying theyve done anything criminal, its just constant.
a|asb||Incident: ASB - youths causing annoyance | Loc: {STREET} shops | Caller: {F1} {SUR} ({AO}) | Detail: group hanging around outside, shouting, kicking ball against shutters, no damage, no threats | Crime: none
b|asb||{M1} ({AO}) reports motorbikes being ridden across the playing field behind his house in {TOWN} most evenings; noise and worry about children. No crime recorded. Council ASB team involved. Wants updates.
d|asb||{SCHOOL} refers: adults gathering on the school field after hours, drinking and leaving litter; staff find cans in the morning. No damage or offences identified. Head asks for a partnership meeting and support.
c|asb||the neighbours have parties every weekend, cars blocking my drive, people weeing in the alley. no ones threatened me. i just want it sorted. im {AA}, ive got a baby.
a|asb||INCIDENT TYPE: ASB (NUISANCE) | V: {F1} {SUR} | DETAIL: NEIGHBOUR DIY NOISE LATE EVENINGS, BONFIRE SMOKE INTO V'S GARDEN | NO CRIME DISCLOSED | REFERRED TO ENV HEALTH {DATE}
b|asb||{F1} ({AA}) says teenagers knock on her door and run away most evenings and hang around her gate; nothing said to her, nothing damaged. She has been unwell and it's affecting her sleep. ASB caseworker to ring {DATE}.
c|asb||theres kids on e-scooters on the pavement all the time outside my flat, whizzing past, i had to step back into the hedge once. im {AO}. i just want someone to do something.
d|asb||Advocate referral: {M1} ({AA}), autistic, finds the noise from the flat upstairs (loud TV, footsteps late at night) unbearable and has had meltdowns. No hostility or targeting reported; the neighbours barely know him. Advocate asks about mediation.
a|asb||Incident: ASB - neighbour dispute | V: {M1} {SUR} | Detail: dispute over parking and overhanging trees, verbal arguments both ways, no threats or damage | Crime: N/A | {DATE}
b|asb||{BIZ} Cafe, {TOWN}: owner reports groups of young people sitting outside being loud and putting customers off; no thefts, threats or damage. Wants support and a partnership approach.
c|asb||its not a crime i know, but the people at number 12 have a dog that barks day and night and they leave rubbish bags out and the foxes get them. im {AO}. im at the end of my tether.
a|asb||ASB | Caller {F1} {SUR} | Street drinking on bench outside {SHOP}, {TOWN}, shouting among themselves, no abuse directed at caller | Crime: none | Referred to neighbourhood team
d|asb||{TOWN} Town Council refers for the allotment society: children playing football on plots and climbing the fences, no damage found, plot holders anxious. No crime disclosed. Council asks for a youth diversion contact.
b|asb||{M1} ({AA}) and his partner report a neighbour revving his car at 5am and playing music in it. Police identified no offence. Environmental Health noise diary sent {DATE}.
a|oc||Offence: Other crime | V: {F1} {SUR} | Detail: not recorded | V declined to discuss offence, consented to referral for support only | Ref {REF}
b|oc||{F1} ({AA}) reported her neighbour for leaving his dogs starving in the yard; the RSPCA seized them and he has been charged under the Animal Welfare Act. {F1} is upset by what she saw and wants someone to talk to. {DATE}
c|oc||id rather not say what it was about. its a crime, the police have it, they gave me a number, {REF}. i just want to talk to someone about how im feeling. im {AA}. is that alright?
d|oc||Referral via advocate for {M1} ({AA}), learning disability. Police recorded a crime on {DATE} and he has a reference, but the advocate hasn't been told what happened and {M1} can't explain it; needs a face-to-face assessment with the advocate there.
a|oc||Offence: Other crime | V: {F1} {SUR} ({AA}) | Detail: crime type TBC - V reported incident at work, details held by police, not disclosed to hub | Needs: TBC | {DATE}
b|oc||{M1} ({AO}) reports someone fly-tipped a van load of rubble and asbestos sheets across his farm gateway near {TOWN} on {DATE}; clearance quoted at {AMT}. Council enforcement investigating. He's exhausted by repeat incidents.
c|oc||the man next door has horses in the field and theyre skin and bone, no water, ive reported it to the rspca and the police, they said its animal welfare and hes been charged. its upsetting to see every day. im {AO}.
a|oc||CRIME TYPE: UNKNOWN | V: {M1} {SUR} | AGE: N/K | DETAILS: V STATES HE WAS "A VICTIM OF CRIME" AT {VENUE} ON {DATE}, NO FURTHER INFO ON RECORD | CALLBACK REQUIRED
b|oc||{F1} ({AA}) has crime ref {REF} but the referral text is blank; on the call she said she'd rather not go over it again and only wanted information about counselling. Offence not disclosed to caseworker.
d|oc||{SCHOOL} refers on behalf of a parent: police are investigating "an offence" and have asked the school to support two siblings ({AC} and {AC2}); no detail shared. Parent consents to the referral.
a|oc||Offence: Other | V: {M1} {SUR} | Detail: N/K - crime recorded under ref {REF}, text truncated at source "V reports that on {DATE} he was appro
c|oc||i dont know what its called, what happened. the police said its a crime but they didnt say which one. someone did something at my work, to me, and ive been off since. im {AA}. sorry i know thats not much help.
"""
TEMPLATES += """
b|sh|da|Needs assessment {DATE}: {F1} ({AA}) called back after two missed calls. Relationship with {M1} ended in May; since then he turns up at the school gate, texts from new numbers and sends flowers to her work. No violence since they split. DASH 9 (medium). Safety plan reviewed, Clare's Law discussed. Kids ({AC} and {AC2}) unaware. CASE LOG: {DSHORT} 10:14 referral recieved from police | {DSHORT2} 15:30 no answer, VM left | {DSHORT3} 09:05 contact made, NA completed | next: call Fri re SPO.
b|vwi|da|Needs assessment: {F1} ({AO}) was hit by her husband {M1} with a frying pan on {DATE}; cut to forehead glued at A&E. She says he has changed since his stroke and she is his carer. Earlier incident in 2024 never reported. Neither wants police action, CPS reviewing. She asked if she'll be "taken away from him". CASE LOG: {DSHORT} referral in | {DSHORT2} joint home visit with SW | {DSHORT3} GP letter sent, stroke team informed | review 2 wks.
b|vwo|da|{F1} ({AT}) referred by college. Boyfriend {M1} ({AY}) pushed her against a car and threatened her on {DATE}; no injuries. He also demands to know where she is. Her older sister was taken abroad for a forced marriage in 2015 - no suggestion of anything similar for {F1}, parents supportive. Young person's IDVA offered. CASE LOG: {DSHORT} referral | {DSHORT2} call with {F1} and mum | {DSHORT3} college safety plan agreed.
d|burg||{BIZ} Tyres, {TOWN}: unit burgled overnight {DATE}, alarm cut, about {AMT_BIG} of alloys and tools taken. Owner {M1} ({AA}) mentioned his son is serving a sentence for an unrelated robbery and he's worried people will assume it's connected. Staff anxious opening up. CASE LOG: {DSHORT} referral rcvd | {DSHORT2} spoke to owner, crime prevention visit booked | {DSHORT3} letter re CICA n/a, business support leaflet sent.
b|fraud||Courier fraud follow-up. {M1} ({AO}) was phoned by a "detective" who said his bank staff were corrupt; he withdrew {AMT_BIG} over two days and handed it to a courier at his door. Everything was by phone, no emails or websites. He lives alone, hard of hearing. Family now have LPA. CASE LOG: {DSHORT} ref from Action Fraud via police | {DSHORT2} call, son {M2} present | {DSHORT3} bank's vulnerable customer team contacted, call blocker ordered.
b|sh|da;onl|Long-running. {F1} ({AA}) and her ex-wife {F2} separated last year. {F2} posts about her on Facebook, messages her friends on WhatsApp and has twice turned up at her flat. Stalking recorded {DATE}; {F2} bailed not to contact. {F1} reports a breach by Instagram DM yesterday. DASH medium. CASE LOG: {DSHORT} allocated | {DSHORT2} safety plan, screenshots advice | {DSHORT3} breach passed to OIC, awaiting update.
b|sex|cse;onl|{F1} ({AC13}) was groomed on Snapchat by a man claiming to be 17 who turned out to be much older; they met in {TOWN} on {DATE} and he sexually assaulted her in his car. Arrested and remanded. Mum very distressed and blaming herself. Child ISVA referral made. CASE LOG: {DSHORT} strategy meeting | {DSHORT2} call with mum, consent for ChISVA | {DSHORT3} school DSL updated, counselling waiting list.
b|vwi|da|Adult son. {M1} ({AA}) has alcohol problems and lives with his parents in {TOWN}. On {DATE} he punched his dad {M2} ({AO}) and broke his nose when asked for rent. Mum {F1} says it's the third time this year. They don't want him homeless. Family sessions discussed. CASE LOG: {DSHORT} referral | {DSHORT2} call with mum (dad declined) | {DSHORT3} alcohol service details passed, DASH std, review.
b|cda|da|{F1} ({AA}): ex-partner {M1} threw a brick through her living room window on {DATE} and later poured paint over her car - nobody was in the room and there was no contact with her. He's on bail for it. She's had three similar incidents. CASE LOG: {DSHORT} referral | {DSHORT2} target hardening request to council | {DSHORT3} MARAC referral made on professional judgement.
b|oc||{F1} ({AA}) - crime type blank on the police referral. Three attempts to contact. When reached on {DSHORT3} she said the police had it as a crime but she didn't want to say what it was, and asked only for counselling details. No risk indicators disclosed. CASE LOG: {DSHORT} no answer | {DSHORT2} no answer, text sent | {DSHORT3} contact made, counselling info sent, case closed at V request.
b|asb||{M1} ({AO}) and his wife, {STREET}: noise from the house opposite (music, shouting in the garden) most weekends. They've never been threatened and nothing damaged; police say no offence. Council noise team involved. They feel worn down. CASE LOG: {DSHORT} referral | {DSHORT2} call, diary sheets posted | {DSHORT3} mediation offered, neighbours declined.
b|vwo|ms|{F1} ({AA}) came to the UK for a care job; the agency took her passport, charged her a {AMT_BIG} "debt" and moved her between care homes with no pay, housed in a room with five others. Found on {DATE} after a care home manager raised concerns. NRM referral made, positive reasonable grounds. CASE LOG: {DSHORT} referral | {DSHORT2} interpreter (Tagalog) booked | {DSHORT3} safe house move, GP registration.
c|vwi|da|so its my partner, {M1}, well, hes not my partner anymore, since the {DSHORT}. he threw me into the wardrobe, ive got stitches in my ear. no wait, that was the first time, in june, this time he punched me. the police came. im {AA}. i want to know can he come back to the house cos his name is on the tenancy
c|sh|da|i need to tell someone. my husband, he doesnt hit me, but i have to ask for money for everything, even tampons, and he checks the mileage on the car and if im late he stops me seeing my mum. ive been with him since i was 19. im {AA} now. my friend said its coercive control. is it? i havent been to the police yet
a|vwo|da|OFFENCE: COMMON ASSAULT | V: {F1} {SUR} AGE {AA} | SUSP: SISTER-IN-LAW | MO: SUSP PUSHED V AND PULLED HER HIJAB DURING FAMILY ARGUMENT AT V'S HOME | HATE: NOT INDICATED, DISPUTE IS OVER CHILDCARE | NIL INJ | DASH: STD
a|vwi|da|Offence: ABH | V: {M1} {SUR} ({AA}) | Susp: N/K ... relationship TBC | MO: V attended A&E {DATE} with bruising to ribs, states "she" did it, lives with {F1} {SUR} and their 2 children at {STREET}, declined to say more | DASH: not completed
b|sh|da|{F1} ({AO}) says her husband {M1} died in 2023 and since then his brother has been turning up uninvited, going through her post and telling her she isn't entitled to the house. Harassment recorded {DATE}. She's exhausted and wants him to stop coming round.
c|vwo||my nephew, hes {AC13}, he kicked off at me and shoved me against the door and said hed kill me, hes got ADHD, i look after him. he didnt hurt me. im {AA}. i dont want social services thinking i cant cope.
c|burg||im so sorry, i'm not good on the phone. they came in the back door while i was in bed, {DAY} night. took my husbands medals and the cash tin. my son says i should have locked it. im {AO}. i keep hearing noises now. the policeman was very nice.
a|burg||OFFENCE: BURGLARY - NON DWELLING | V: {BIZ} SCOUT HUT | LOC: {TOWN} | MO: PADLOCK CUT, CAMPING EQUIPMENT TAKEN, VALUE {AMT} | REF {REF} | LEADER {M1} {SUR} DEVASTATED
c|fraud|onl|i got a message on whatsapp, hi mum ive got a new number, and i thought it was my daughter, she said she needed {AMT} for a bill, so i paid it. then she asked for more. it wasnt her. im {AO}. i feel like an idiot.
"""
TEMPLATES += """
a|vwi||Offence: ABH | V: {M1} {SUR} | Loc: {TOWN} | Susp: N/K | Details TBC
a|oc||Crime type: Unknown | V: {F1} {SUR} | DOB: not recorded | Narrative: not recorded | Ref {REF}
a|sh|da|DA - HARASSMENT | V: {F1} {SUR} | SUSP: EX-PARTNER | REPEATED CALLS + TEXTS, NO ONLINE | DASH STD | {DATE}
a|cda||Crim dam to veh | V: {M1} {SUR} | wing mirror kicked off on {STREET} | susp N/K
a|shop||Theft from shop | {SHOP} {TOWN} | {AMT} | susp known to staff
c|veh||my van got nicked last night off {STREET}. all my tools were in it. i cant work.
c|vwo|da|he pushed me again last night. im ok, no marks. hes my husband. {TOWN}. please ring after 6.
a|fraud|onl|Fraud - online purchase (website) | V: {F1} {SUR} | Loss {AMT} | NFIB {REF2}
a|burg||Burg dwelling | V: {F1} {SUR} ({AO}) | {STREET} {TOWN} | cash taken | SOCO TBC
a|asb||ASB only - noise complaint, {STREET}, {TOWN} | no crime disclosed | caller {F1} {SUR}
b|tfp||{M1} ({AO}): wallet lifted from back pocket on {TOWN} market {DATE}, no force. Wants advice on cards.
a|rob||Robbery personal | V: {M1} {SUR} ({AT}) | phone taken by force, {STREET} | nil inj
a|po|hate|S5 POA - RACIALLY AGGRAVATED | V: {M1} {SUR} | VERBAL ABUSE ONLY OUTSIDE {SHOP} | {DATE}
c|vwi||got punched outside {VENUE} saturday, nose is broke. dont know who it was. im {AY}.
b|vwi|da|Needs assessment {DATE}. {F1} ({AA}) lives with her partner {M1} and their two children ({AC} and {AC2}) in {TOWN}. On the evening of {DSHORT} he came home drunk, accused her of seeing someone, and punched her repeatedly in the face and arms; she has a fractured eye socket and bruising. He was arrested and is on bail not to contact her. She says he controls the money and checks her phone, and this is the worst of several assaults since 2024. DASH 17 - HIGH, MARAC listed {DATE2}. Wants: locks changed, help with Universal Credit split claim, school informed. CASE LOG: {DSHORT2} call 1 - NA done | {DSHORT3} IDVA allocated, sanctuary scheme referral.
b|fraud|onl|{M1} ({AO}) and his wife were approached on Facebook by someone offering "guaranteed returns" on a pension transfer. Over six weeks they were moved onto WhatsApp and a slick-looking website, and transferred {AMT_BIG} in three payments. Contact stopped when they asked for a withdrawal. Reported to Action Fraud ({REF2}); the bank has declined reimbursement so far as the payments were "authorised". {M1} is angry and ashamed, and his wife has stopped eating properly. Needs: complaint letter to the bank, Financial Ombudsman info, emotional support for both. CASE LOG: {DSHORT} referral | {DSHORT2} home visit | {DSHORT3} bank complaint drafted, GP letter for wife.
b|sex||{F1} ({AA}) reports she was raped by a man she had been on two dates with, whom she'd met through friends, at his flat in {TOWN} on {DATE}. She went to the SARC the next day and has given a video interview. There is no relationship and no online contact beyond texts. The suspect has been interviewed and released under investigation. She is off work, not sleeping, and frightened of seeing him in town. Needs: ISVA (accepted), letter to employer, counselling pre-trial guidance. CASE LOG: {DSHORT} referral | {DSHORT2} ISVA intro call | {DSHORT3} employer letter sent.
"""

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
SLOT_RE = re.compile(r"\{([A-Z0-9_]+)\}")


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def parse_templates():
    rows = []
    for line in TEMPLATES.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        kind, cat, flags, text = line.split("|", 3)
        if kind not in KINDS:
            raise ValueError(f"bad kind: {line[:60]}")
        category = CAT_ABBR[cat]
        flag_list = [FLAG_ABBR[f] for f in flags.split(";") if f]
        flag_list = [f for f in FLAGS if f in flag_list]
        if not SLOT_RE.search(text):
            raise ValueError(f"template without slot: {text[:60]}")
        rows.append((kind, category, flag_list, text))
    return rows


def pick_distinct(rng, pool, k):
    return rng.sample(pool, k)


def fmt_date(rng, d, kind):
    style = rng.choice(["dmy4", "dmy4", "dmy2", "long"] if kind != "a" else ["dmy4", "dmy4", "dmy2"])
    if style == "dmy4":
        return d.strftime("%d/%m/%Y")
    if style == "dmy2":
        return d.strftime("%d/%m/%y")
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_time(rng, kind):
    hour = rng.randrange(0, 24)
    minute = rng.choice([0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55])
    if kind != "c":
        return f"{hour:02d}:{minute:02d}", hour * 60 + minute
    h12 = hour % 12 or 12
    words = [f"{h12} o'clock", f"half {h12}", f"quarter past {h12}", f"{h12}ish"]
    return rng.choice(words), hour * 60 + minute


def fmt_ref(rng):
    style = rng.randrange(3)
    if style == 0:
        return f"26{rng.randrange(10**7):07d}"
    if style == 1:
        return f"CR-{rng.randrange(10**6):06d}-26"
    return f"{rng.randrange(10**5):05d}/26"


def fmt_amount(rng, lo, hi):
    value = rng.randrange(lo, hi)
    if value >= 1000:
        value = value // 50 * 50
        return f"£{value:,}"
    return f"£{value}"


def fill(rng, kind, text):
    vals = {}
    f1, f2 = pick_distinct(rng, F_NAMES, 2)
    m1, m2 = pick_distinct(rng, M_NAMES, 2)
    s1, s2 = pick_distinct(rng, SURNAMES, 2)
    vals.update(F1=f1, F2=f2, M1=m1, M2=m2, SUR=s1, SUR2=s2)
    vals["TOWN"] = rng.choice(TOWNS)
    vals["STREET"] = rng.choice(STREETS)
    vals["VENUE"] = rng.choice(VENUES)
    vals["SHOP"] = rng.choice(SHOPS)
    vals["SCHOOL"] = rng.choice(SCHOOLS)
    vals["BIZ"] = rng.choice(BIZ)
    days = sorted(rng.sample(range(Q_DAYS), 3))
    dates = [Q_START + datetime.timedelta(days=d) for d in days]
    vals["DATE"] = fmt_date(rng, dates[0], kind)
    vals["DATE2"] = fmt_date(rng, dates[1], kind)
    for key, d in zip(["DSHORT", "DSHORT2", "DSHORT3"], dates, strict=True):
        if kind == "c":
            vals[key] = rng.choice([ordinal(d.day), f"{ordinal(d.day)} of {MONTHS[d.month - 1]}"])
        else:
            vals[key] = d.strftime("%d/%m")
    day = rng.choice(WEEKDAYS[:5])
    vals["DAY"] = day.lower() if kind == "c" else day
    t1, m_1 = fmt_time(rng, kind)
    t2, m_2 = fmt_time(rng, kind)
    if m_2 < m_1:
        t1, t2 = t2, t1
    vals["TIME"], vals["TIME2"] = t1, t2
    vals["AMT"] = fmt_amount(rng, 15, 950)
    vals["AMT_BIG"] = fmt_amount(rng, 1200, 48000)
    vals["REF"] = fmt_ref(rng)
    vals["REF2"] = f"NFRC26{dates[0].month:02d}{rng.randrange(10**6):06d}"
    for key, (lo, hi) in AGES.items():
        vals[key] = str(rng.randint(lo, hi))
    while vals["AC2"] == vals["AC"]:
        vals["AC2"] = str(rng.randint(*AGES["AC2"]))
    out = SLOT_RE.sub(lambda m: vals[m.group(1)], text)
    letters = [ch for ch in SLOT_RE.sub("", text) if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) / len(letters) > 0.8:
        out = out.upper()
    return out


def build():
    rng = random.Random(SEED)
    templates = parse_templates()
    n = len(templates)
    uses = [2] * n
    extra = N_NOTES - 2 * n
    if extra > 0:
        for i in rng.sample(range(n), extra):
            uses[i] += 1
    elif extra < 0:
        for i in rng.sample(range(n), -extra):
            uses[i] -= 1
    seen = {}
    notes = []
    for (kind, category, flags, text), k in zip(templates, uses, strict=True):
        for _ in range(k):
            for _attempt in range(50):
                filled = fill(rng, kind, text)
                if filled not in seen:
                    break
            else:
                raise RuntimeError(f"could not make a unique note from: {text[:60]}")
            seen[filled] = True
            words = len(filled.split())
            if not 10 <= words <= 120:
                raise ValueError(f"{words} words: {text[:60]}")
            notes.append((filled, category, ";".join(flags), kind))
    rng.shuffle(notes)
    rows = [(f"B35-{i:04d}", t, c, f) for i, (t, c, f, _k) in enumerate(notes, start=1)]
    return templates, rows


def main():
    templates, rows = build()
    if len(rows) != N_NOTES:
        raise RuntimeError("wrong number of notes")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["note_id", "text", "category", "flags"])
        writer.writerows(rows)
    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _id, _text, cat, flags in rows:
        cat_counts[cat] += 1
        for f in flags.split(";") if flags else []:
            flag_counts[f] += 1
    low = [k for k, v in list(cat_counts.items()) + list(flag_counts.items()) if v < 5]
    if low:
        raise RuntimeError(f"fewer than 5 notes: {low}")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"templates: {len(templates)}  notes: {len(rows)}  sha256: {digest}")


if __name__ == "__main__":
    main()
