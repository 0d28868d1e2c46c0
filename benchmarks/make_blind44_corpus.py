#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND44 labelled test corpus of synthetic victim-services referral notes.

Scenario: a national victims' helpline with phone and live-chat channels. Notes are
call-handler shorthand, live-chat logs pasted verbatim with timestamps and the helpline
worker's replies, callers from every English region and dialect (older callers who ramble,
people ringing for someone else), and police Crime Recording Bureau (CRB) summaries that
quote HOCR classifications, crime numbers and outcome codes.

Every template is hand-labelled (category and flags) from /work/shared/TAXONOMY.md only.
Slots carry names, places, dates, times, amounts, references and adult ages that never
cross a TAXONOMY threshold, so no slot can change a label. Standard library only; output is
byte-identical whatever the working directory or PYTHONHASHSEED.
"""

import csv
import datetime
import random
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "notes_blind44.csv"
N_NOTES = 800

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
CAT_ABBR = {
    "hom": "homicide",
    "ddi": "death_injury_driving",
    "vwi": "violence_with_injury",
    "vwo": "violence_without_injury",
    "sh": "stalking_harassment",
    "sex": "sexual_offences",
    "rob": "robbery",
    "bur": "burglary",
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
    "ocr": "other_crime",
}
FLAG_ABBR = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "online": "online",
    "knife": "knife_sharp_instrument",
    "csae": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}

FEMALE = [
    "Tracey",
    "Sharon",
    "Aisha",
    "Priya",
    "Kelly",
    "Joanne",
    "Margaret",
    "Doreen",
    "Chloe",
    "Jade",
    "Leanne",
    "Fatima",
    "Bernadette",
    "Siobhan",
    "Gemma",
    "Nicola",
    "Zara",
    "Amira",
    "Kirsty",
    "Hayley",
    "Shauna",
    "Olena",
    "Agnieszka",
    "Precious",
    "Ruth",
    "Eileen",
    "Maureen",
    "Beverley",
    "Naomi",
    "Ellie",
    "Sadia",
    "Harpreet",
    "Donna",
    "Lorraine",
    "Jenna",
    "Kayleigh",
    "Abimbola",
    "Rosa",
    "Gwen",
    "Pauline",
]
MALE = [
    "Darren",
    "Craig",
    "Imran",
    "Tomasz",
    "Wayne",
    "Gary",
    "Derek",
    "Ahmed",
    "Connor",
    "Liam",
    "Kieran",
    "Dean",
    "Raj",
    "Stuart",
    "Kofi",
    "Barry",
    "Neil",
    "Callum",
    "Jamal",
    "Mohammed",
    "Shane",
    "Lee",
    "Ryan",
    "Vijay",
    "Ernest",
    "Trevor",
    "Keith",
    "Nathan",
    "Dylan",
    "Bilal",
    "Gareth",
    "Marek",
    "Tyrone",
    "Colin",
    "Jordan",
    "Samir",
    "Reece",
    "Malcolm",
    "Ade",
    "Brian",
]
SURNAMES = [
    "Hargreaves",
    "Okafor",
    "Patel",
    "Wright",
    "Nowak",
    "Begum",
    "Fletcher",
    "Thornton",
    "Khan",
    "Walsh",
    "Pearson",
    "Clarke",
    "Mensah",
    "Rowley",
    "Ahmed",
    "Dobson",
    "Kaur",
    "Pickering",
    "Lloyd",
    "Ashworth",
    "Hussain",
    "Bramley",
    "Osei",
    "Whitfield",
    "Brennan",
    "Kowalski",
    "Shaw",
    "Lister",
    "Carter",
    "Moss",
    "Sutcliffe",
    "Grant",
    "Nwosu",
    "Parkin",
    "Bates",
    "Haworth",
]
PLACES = [
    "Doncaster",
    "Gateshead",
    "Sunderland",
    "Blackburn",
    "Wigan",
    "Stockport",
    "Bradford",
    "Wakefield",
    "Hull",
    "Grimsby",
    "Lincoln",
    "Mansfield",
    "Derby",
    "Leicester",
    "Coventry",
    "Walsall",
    "Dudley",
    "Telford",
    "Hereford",
    "Gloucester",
    "Swindon",
    "Plymouth",
    "Exeter",
    "Truro",
    "Taunton",
    "Bournemouth",
    "Southampton",
    "Portsmouth",
    "Brighton",
    "Hastings",
    "Margate",
    "Maidstone",
    "Croydon",
    "Lewisham",
    "Tottenham",
    "Ilford",
    "Luton",
    "Stevenage",
    "Chelmsford",
    "Colchester",
    "Ipswich",
    "Norwich",
    "Peterborough",
    "Northampton",
    "Milton Keynes",
    "Reading",
    "Oxford",
    "Carlisle",
    "Barrow",
    "Middlesbrough",
    "Hartlepool",
    "Darlington",
    "Scarborough",
    "Harrogate",
    "Bolton",
    "Oldham",
    "Rochdale",
    "Burnley",
    "Preston",
    "Blackpool",
    "Crewe",
    "Stoke",
    "Shrewsbury",
    "Worcester",
    "Kettering",
    "King's Lynn",
    "Yeovil",
    "Barnstaple",
    "Salford",
    "Rotherham",
]
STREETS = [
    "Station Road",
    "the High Street",
    "Victoria Street",
    "Mill Lane",
    "Church Street",
    "Albert Road",
    "the ring road",
    "Queens Parade",
    "Park Lane",
    "the retail park",
    "Chapel Street",
    "the seafront",
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
DAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
REF_PLACEHOLDERS = ["N/K", "not recorded", "tbc", "not given", "n/k"]


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def uk_date(rng):
    day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(0, 1090))
    style = rng.randrange(6)
    if style == 0:
        return day.strftime("%d/%m/%Y")
    if style == 1:
        return day.strftime("%d/%m/%y")
    if style == 2:
        return f"{day.day}.{day.month}.{day.strftime('%y')}"
    if style == 3:
        return f"{ordinal(day.day)} {MONTHS[day.month - 1]}"
    if style == 4:
        return f"{DAYS[day.weekday()]} {day.day}/{day.month}"
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def amount(rng):
    value = rng.choice([rng.randrange(20, 1000), rng.randrange(1, 60) * 50, rng.randrange(1, 40) * 250])
    return f"{value:,}"


def ref(rng):
    style = rng.randrange(8)
    if style == 0:
        return rng.choice(REF_PLACEHOLDERS)
    if style in (1, 2):
        return f"{rng.randrange(10, 60)}/{rng.randrange(10000, 99999)}/{rng.choice(['23', '24', '25'])}"
    if style in (3, 4):
        return f"CAD {rng.randrange(100, 9999)}"
    if style == 5:
        return f"NFIB{rng.randrange(10000000, 99999999)}"
    return f"VH-{rng.randrange(100000, 999999)}"


def crime_no(rng):
    style = rng.randrange(3)
    if style == 0:
        return f"CRI/{rng.choice(['2023', '2024', '2025'])}/{rng.randrange(1000, 99999):05d}"
    if style == 1:
        return f"{rng.choice(['CR', 'CRN', 'Crime'])} {rng.randrange(10, 60)}/{rng.randrange(10000, 99999)}/{rng.choice(['23', '24', '25'])}"
    return f"{rng.choice(['WY', 'NT', 'DC', 'EM', 'GM', 'TV', 'NH', 'SY'])}{rng.randrange(1000000, 9999999)}"


SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9]?)\}")

TEMPLATES = """
# homicide
hom|da|CRB summary {C}: HOCR 1/1 murder. Deceased female {G}, found at home address in {P} on {D}. Husband arrested at scene and charged. Referral for deceased's sister {F} as bereaved family member, consent given via FLO.
hom|-|[{T}] Caller: my nephew was killed outside a pub in {P} last month, they've charged two lads he didnt even know [{T}] Worker: I'm so sorry. Can I ask who you are to him? [{T}] Caller: his auntie, his mum cant face ringing anyone
hom||Bereaved mum {F} rang, son {M} died {D} after being punched once on a night out in {P}, fell and hit head. CPS charged manslaughter. No prior link between son and S. Wants help with court process and inquest.
hom|da|Ph call fr {F} ({O}), very upset and repeats herself. Her granddaughter was killed by the lad she'd been seeing for 3 yrs, "he'd always been jealous, we all knew". Trial listed at {P} Crown Ct. Gran wants someone to go with her.
hom|-|CRB: {C} reclassified from s18 GBH to murder (HOCR 1/1) following death of V in hospital {D}. V {M} {S}, {G}, stabbed by unknown male outside takeaway. Family referral to homicide service, ISVA not applicable.
hom|da|Referral from FLO re family of {F} {S}, deceased. She was killed by her son, aged {G}, at the family home in {P}. Son has history of MH and was living with her. Surviving husband and daughter need support. DHR to follow.
hom||Chat {D} [{T}] V: hi i dont know if this is the right place, my brother was killed in a fight in {P} in 2019 and the bloke gets out on licence soon [{T}] Worker: It is the right place. Have you been contacted by the Victim Contact Scheme? [{T}] V: no never
hom|-|Infant death investigation. Mum {F} convicted of infanticide, referral is for the baby's dad {M} who is struggling. Not a DA case per OIC - parents separated amicably before birth, no abuse alleged either way.
hom|da|"He killed my daughter and now he's saying it was self defence." Caller {F} from {P}, daughter's ex-husband charged with murder, they had split 2 yrs before but he kept turning up. Hearing {D}. Needs CJS advocacy.
hom||Older gent {M}, {O}, rang twice, rambled a fair bit abt the war and his allotment but main thing: his lodger was found dead at the bottom of the stairs, police now say it's a murder enq and another lodger arrested. No relationship betw them other than sharing house. Wants to know if he has to go to court.
hom|-|CRB {C}: HOCR 4/1 manslaughter. Workplace fall at site in {P}, employer director charged with gross negligence manslaughter. Deceased {M} {S}, {G}. Widow referred, consent to share yes.
# death/serious injury driving
ddi|-|CRB {C}: HOCR 4/4 causing death by dangerous driving. Pedestrian {M} {S} struck on {X} {P} {D} approx {T}. Driver fled, later arrested. Bereaved partner {F} referred.
ddi||Caller {F} says her dad ({O}) was knocked off his mobility scooter by a van driver on his phone, broke his hip and pelvis, still in {P} General. Police have charged careless driving causing serious injury. She's the one dealing w everything.
ddi|-|[{T}] V: a car mounted the kerb and hit me and my son, hes in ICU still [{T}] Worker: That's awful, I'm sorry. Do you know if the driver has been arrested? [{T}] V: yes they said death by... no serious injury by dangerous driving, drink and drugs
ddi||RTC {D} on the A road nr {P}. Motorcyclist {M} lost leg after car pulled out, driver charged s1A causing serious injury by dangerous driving (HOCR 4/6). V wants help w PIP and CICA.
ddi|-|Bereaved: brother {M} killed {D} when driver ran red light at {T}, driver uninsured and disqualified. Charge causing death by driving whilst disqualified. Caller {M2} speaks broad Brummie, kept saying "it ay fair".
ddi|da|Referral via IDVA. V {F} {S} left with life changing injuries after her ex partner deliberately swerved his car at her outside the school gates in {P}. CPS went with causing serious injury by dangerous driving. DASH high, MARAC ref'd.
ddi||Chat: [{T}] V: my mum was killed by a lorry driver who was on his phone. hes pleading guilty to causing death by careless driving [{T}] Worker: I'm so sorry for your loss. Would you like help preparing a victim personal statement? [{T}] V: yes please i dont know what to write
ddi|-|CRB {C} HOCR 4/8 causing death by careless driving when under influence. Passenger killed, a friend of the driver, no family connection. Deceased's parents in {P} referred by FLO.
# violence with injury
vwi|da|Ph call. V {F} ({G}) says partner {M} punched her in the face Sat night, black eye and cut lip, she went to A&E in {P}. They live together 6 yrs. Police attended, S arrested, ABH. DASH completed - medium.
vwi||CRB {C}: HOCR 8N ABH. V {M} {S} assaulted by unknown male in queue at kebab shop {P} {D} {T}, broken nose. No relationship. CCTV requested. OC tbc.
vwi|da|[{T}] Caller: its about my sister, her husband broke her arm and shes saying she fell [{T}] Worker: That sounds really worrying. Is your sister safe right now? [{T}] Caller: shes at mine with the kids. shes 34 and been with him since school
vwi|-|V {M}, {G}, doorman at a bar in {P}, headbutted by a customer at {T} on {D}, stitches to eyebrow. No DA, no prior contact with S. Wants to know about CICA.
vwi|da|Elderly caller {F} ({O}), rambled about her late husband and her cat but eventually said her son who lives with her pushed her into the door frame and she's got a big gash on her head, needed glue at walk-in centre. "He's not a bad lad when he's off the drink." Son is 41.
vwi|da,knife|Referral fr police DA unit. V {F} stabbed in the thigh by boyfriend of 2 yrs with a kitchen knife during argument {D}. s18 charge. V in {P} hospital, discharge tbc. MARAC {D}.
vwi|knife|CRB {C}: s18 wounding with intent, HOCR 5/1. V {M} slashed across the face with a blade by a group of youths outside {X} shops {P}. No suspect ID'd. Outcome 18 pending.
vwi|hate|V {M} {S} punched repeatedly by 2 males shouting "go back to your own country" outside train stn in {P}. Split lip and fractured cheekbone. Racially aggravated ABH (HOCR 8P). V originally from Sudan, lived in UK 20 yrs.
vwi|da|Chat [{T}] V: my girlfriend keeps hitting me and last night she threw a mug at my head and i needed stitches [{T}] Worker: I'm really sorry that happened. You're not on your own in this, lots of men call us. [{T}] V: i feel stupid telling anyone
vwi|-|Flatmate dispute. V {M}, {G}, says flatmate (not a partner, just share a rented house via spareroom) hit him with a frying pan over unpaid bills, bruised and swollen wrist, x-ray showed a fracture. Police called. Nil DA - no relationship or family tie.
vwi|da|V {F} ({G}) reports her wife {F2} has become violent since losing her job, last week grabbed her by the hair and slammed her head on the worktop, lump and concussion. They married {D}. V doesn't want police yet, wants to talk options.
vwi|-|Referral fr A&E navigator, {P}. V {M} glassed in pub at {T}, deep cuts to neck and hand. S known to V only by sight from the pub. Police aware, crime ref {C}.
vwi|da|"My dad broke two of my ribs." Caller {M}, 19, says father kicked him repeatedly after an argument about him coming home late. Still lives at home with dad and younger siblings. Police not called yet.
vwi|-|Carer assault. V {F} ({O}) in supported living in {P}, bruising to both forearms, allegedly from a paid support worker who grabbed her. Agency suspended worker. Not DA - paid carer, not family. Safeguarding referral made.
vwi|da|CRB {C}: HOCR 8N ABH, DA flag. V {F} {S} assaulted by her brother {M} ({G}) at their mum's house in {P}, punched and kicked, bruising to ribs and face. S arrested, bailed w conds not to contact.
vwi|-|Gent from Newcastle, {M}, "some lad just went for us outside the Metro, nowt to do with us, split me head open". Glued at RVI. Stranger, no idea why. Police reference {R}.
vwi|da|DASH high. V {F} reports ex-partner {M}, split 5 yrs ago, came round {D} to drop off the kids and strangled her in the hallway until she nearly passed out, marks to neck. NFS charge under s75A. IDVA requested.
vwi|knife|V {M}, {G}, delivery rider, was slashed on the arm by man who held up a Stanley knife and took nothing, just "went mental". Needed 14 stitches. Police crime ref {C}, no arrest. V has no link to S.
vwi|-|[{T}] V: a girl at work pushed me down the stairs at the warehouse and ive got a broken wrist [{T}] Worker: I'm sorry to hear that. Have you reported it to the police or to your employer? [{T}] V: both. shes just a colleague, we dont even talk outside work
vwi|da|Referral from {P} Women's Aid. V {F} (24) assaulted by her mother's partner who she lives with, ie her stepdad, bruising to eye and arm. Mum taking his side. V wants to move out. ABH reported.
vwi|hate|V {M} {S}, gay man, assaulted leaving a bar in {P} by 3 men who called him homophobic names, kicked on the ground, broken jaw. Recorded as ABH/s20 with hate qualifier, HOCR 5/? tbc. No suspects yet.
vwi|da|Call handler note: V is {F}, 58. Husband of 30 yrs has started hitting her since his dementia diag, last incident split lip and bruised cheek. Family torn. Police attended, no arrest. DASH med, social care involved.
vwi|-|Boxing gym sparring turned into an actual assault per V {M}. Other bloke kept going after bell, V's eye socket fractured. Police say it may be s20. The other man isnt related and V barely knows him.
vwi|da|CRB {C}: s20 GBH (HOCR 5/2). V {M} {S}, {G}, hit with a bottle by his civil partner {M2} at their flat, wound to scalp needing staples. DA flag applied. V reluctant.
vwi|-|Playground incident, not DA: V is a 15 yr old girl punched by her 15 yr old ex-boyfriend at school in {P}, chipped tooth. Mum calling on her behalf. School and police aware.
vwi|da|Chat {D}: [{T}] V: hes my uncle but more like a dad, he lives with us and he hit me with a belt across the back and theres welts [{T}] Worker: How old are you, if you don't mind me asking? [{T}] V: 20 [{T}] Worker: Thank you. Are you somewhere safe at the moment?
vwi|-|Older caller {M} ({O}), from Cornwall, said "I'm alright my 'ansum but my neighbour's boy knocked me flat over the boundary hedge" - grazes and a broken finger. Ongoing boundary feud with neighbour. No family link. Police came, ABH recorded ({R}).
vwi|da,knife|Referral IDVA {P}. V {F} says boyfriend cut her hand with a broken glass when she tried to leave the room, 6 stitches. DASH 17 high. Police NFA so far as V declined statement. MARAC listed.
vwi|-|V {F}, {G}, nightclub toilets in {P}, another woman (stranger) pulled her hair out in clumps and scratched her face. Police have CCTV. Crime ref {C}. No DA.
vwi|da|DA - V {M} ({G}), his adult daughter ({G}) punched him repeatedly over money, bloodied nose and broken glasses. She has addiction issues. He "wont see her homeless". Wants advice only.
vwi|hate|Disability hate crime. V {M}, wheelchair user, tipped out of his chair by a group of lads outside {X} Co-op who were mocking him "spaz" etc, cut head and sprained wrist. Police log {R}.
vwi|-|CRB {C}: HOCR 8N ABH. Road rage. V {M} punched through his car window at lights by another driver, fractured nose. No relation. Suspect ID'd via reg.
vwi|da|Phone. V {F} from Hull ("it were our kid's wife"): her sister-in-law attacked her at a family party, bit her on the arm and drew blood. Family feud going back yrs. Police took statement.
vwi|-|Student {F} at uni in {P} had her drink spiked (? not confirmed) and was then shoved over by a man outside the club, broken wrist. No sexual offence alleged, V adamant nothing else happened. Stranger.
vwi|da|CRB {C}: ABH HOCR 8N. V {F} {S} assaulted by partner {F2}, same-sex relationship 4 yrs, bite marks and bruising to arms. DASH medium. Outcome 16 - V does not support.
vwi|-|Supported by hospital IDVA but NOT a DA case - V {M} assaulted by a patient on the ward where he works as a nurse, punched, nose broken. IDVA just happened to be on ward. Assault on emergency worker w injury.
vwi|da|V {F} ({G}) says her fella, they've been on and off for 10 yrs and have two kids, "lost it" after she went out, threw her across the room, she broke her collarbone. She told A&E she fell off a ladder. Now wants to tell someone.
vwi|knife|CRB {C}: attempted murder HOCR 2/1. V {M} {S}, {G}, stabbed three times in the back in {P} park by a man he'd argued with over a parking space earlier that day. S in custody.
vwi|da|Caller {F} from Leeds, "me mam's new fella" - mum is 62 and the bloke has been giving her black eyes, she saw bruising on mum's arms and face last wk. Mum won't ring herself. They've lived together 2 yrs.
vwi|-|V {M} {G}, taxi driver, assaulted by passenger who refused to pay, punched in back of head, concussion. Bilking and assault. Taxi firm reported. Crime ref {R}.
vwi|da|ISVA no, IDVA yes: V {F} (17) assaulted by her boyfriend (19) - he kicked her in the stomach, she is pregnant, bleeding, seen at maternity. They've been together a year. Police arrested him {D}.
vwi|-|Chat [{T}] V: some random woman threw hot coffee over me at the bus stop, ive got burns on my neck [{T}] Worker: That must have been frightening. Did you need medical treatment? [{T}] V: yeah burns unit in {P}. i have never seen her before
vwi|da|Referral via GP {P}: patient {F} ({O}) disclosed her grandson who she lives with hit her with a walking stick, bruises on legs and arm. Grandson is 27. She is frightened of him. Consent to refer given.
vwi|hate|V {F} wearing hijab had it pulled off and was shoved into a wall by a man in {P} high st who shouted anti Muslim abuse, cut to forehead. Religiously aggravated ABH. CCTV.
vwi|-|Amateur football. V {M} had his leg broken by a deliberate stamp after the whistle, the ref saw it. Police treating as s20 GBH. Other player not known to V outside league.
vwi|da|"She's my ex, we split up 8 years ago but she still lives round the corner." V {M} says ex-wife hit him with a rolling pin during a row about the kids' contact, swollen hand, fracture confirmed. Police came.
vwi|-|CRB {C}: ABH. V {M}, {G}, security guard at retail park {P}, punched by male when V asked him to leave for being drunk and abusive. No theft involved. Nil DA. OC 1 charged.
vwi|da|Phone: V {M2} says his twin brother, both 31, beat him up in their mum's garden - cracked ribs and black eye. "It's always been like this since we were kids." Wants support, not sure about police.
vwi|-|Youth worker {F} rang {D} re a 14 yr old lad assaulted by older teens on the way home from school, broken nose, phone not taken. Police informed. Parents aware.
vwi|da|[{T}] V: my son pushed me and I went through the glass coffee table. I've got cuts all up my legs [{T}] Worker: I'm so sorry. How old is your son? [{T}] V: hes 23, he lives with me [{T}] Worker: Are you safe now?
# violence without injury
vwo|da|V {F} ({G}) says husband pinned her against the wall by her shoulders and screamed in her face, no injuries, no marks. Happened {D}. They've been married 12 yrs. DASH medium, police attended, common assault.
vwo||CRB {C}: HOCR 105A common assault. V {F} {S} spat at on bus in {P} by unknown male. No injury. Outcome 18, no suspect identified.
vwo|da|Caller {F} says her brother-in-law (her husband's brother, lives with them, aged 45) shoved her and slapped her face, "no marks, it didn't even hurt, it's the fear". Police not informed. Wants options.
vwo|-|Threats to kill. V {M} {S} says man who owes him money rang him and said he'd kill him and his family. Plain phone calls only. No prior relationship other than the debt. Police crime ref {C}, HOCR 3B.
vwo|da|[{T}] V: he said if i leave him hell kill me and then himself [{T}] Worker: That is a very serious threat and I'm glad you told me. Is he your partner? [{T}] V: yes we live together, 3 years [{T}] Worker: Do you feel in danger right now?
vwo|-|Assault on emergency worker (no injury), HOCR 104. V PC {M} {S} kicked at during arrest in {P} {D}, no injury sustained. Referred by Fed rep for support.
vwo|-|Child neglect. Referral fr school safeguarding lead in {P}, 8 yr old coming in hungry, dirty, and left alone overnight while mum works. Police investigating child cruelty s1 CYPA. Referral is for the child's grandmother who's stepping in.
vwo|ms|Modern slavery. V {M}, Romanian national, found working 14hr days at a car wash in {P} with passport held by the boss, paid nothing, sleeping in a storeroom. NRM referral made. HOCR 106. No sexual exploitation disclosed.
vwo|da|Older caller {F} ({O}), long story about her bungalow and bingo, eventually said her son-in-law, who lives with them, grabbed her wrist hard and threatened to put her in a home, no bruises. Daughter doesn't believe her.
vwo||V {M}, {G}, bus driver, a passenger threw a drink over him and tried to punch him through the screen, missed. No injury. Common assault. Company reporting, ref {R}.
vwo|-|Child abduction, HOCR 11? V is mum {F}, her 6 yr old was taken from the park by a stranger woman and found 40 mins later at the shops unharmed. Police investigating. No sexual element alleged.
vwo|da|CRB {C}: HOCR 3B threats to kill, DA. V {F} {S} received threats from her ex-husband in voicemails saying "you're dead when I find you". Separated {D}. DVPN previously. Outcome tbc.
vwo|-|Pub landlord {M} threatened by customer who said "I'll come back and burn you alive in your bed". No other offence. Not DA. Police said threats to kill recorded.
vwo|da|V {F} {G} from Liverpool, "our Kev, me brother, he's nearly 40 and he grabbed me by the throat at me mum's but let go, no marks like". Police not called. Wants to know where she stands.
vwo|ms|Referral via Salvation Army. V {M}, 33, recruited in Poland for building work, brought to {P}, wages taken as "rent", threatened with violence if he left, sleeping 8 to a room. Forced labour. NRM positive reasonable grounds.
vwo|-|Chat [{T}] V: a bloke in the car park shoved me and tried to headbutt me because i took "his" space [{T}] Worker: Were you hurt at all? [{T}] V: no not hurt just really shaken, my legs were shaking for an hour
vwo|da,hba|Referral from school nurse: V {F}, 17, says her father and uncle have told her she will be taken to Pakistan in the summer to marry her cousin and that if she refuses "she won't come back". No physical harm yet. Forced Marriage Unit contacted. Threats to kill recorded.
vwo|-|Child cruelty. Neighbour {M} called in {D} re a boy about 10 next door being made to stand in the garden in the cold for hours as punishment, no injuries seen. Police and CSC involved. Caller wants support as a witness.
vwo|da|V {M} ({G}) says his partner {M2} pushed him over onto the bed and held him down while shouting at him, no injuries. Then smashed his phone. Happened {D}. They've been together 7 months.
vwo|-|Not DA per V: {F} was slapped by her friend's boyfriend at a party - she's never dated him, he's her friend's partner only. No injury. Police ref {R}.
vwo|da|DVPN served {D} following common assault: S {M} {S} pushed partner {F} {S} into a chair. No injury. DVPO hearing at {P} Mags. Referral for V via police DA team.
vwo|-|CRB {C}: HOCR 105A common assault. Dispute between two neighbours over bins, V {M} ({O}) prodded in chest by neighbour. No injury. Not related. OC 16.
vwo|ms|Care worker {F}, Filipina, recruited via agency to a care home in {P}, employer has her passport and she owes "debt" of £{A}, works 70hrs no days off. Told she'll be deported if she complains. NRM. Forced labour.
vwo|da|[{T}] Caller: I'm ringing for my mate, her husband pours cold water on her when she's asleep and locks her out in the garden [{T}] Worker: That sounds really frightening for her. Has she been hurt? [{T}] Caller: not hurt as such, but he's done it loads
vwo|-|Teacher {F} at {P} secondary had a chair thrown at her by a year 9 student, it missed. No injury. School exclusion, police informed. Wants help with anxiety.
vwo|da|V {F}, 66, says her 40 yr old daughter "went for me" at a family do, grabbed her cardigan and shook her, no injury. Police not called. Daughter has history of drink problems.
vwo|-|Threats to kill, stranger. V {M} threatened by a man in a pub that he would "come to your house and kill your kids". No weapon, no injury. Police crime ref {C}.
vwo|-|Mum {F} rang about her 4 yr old who was grabbed by a man at the school gate who tried to lead him off, teacher intervened. Child abduction attempt. No harm. Man arrested.
vwo|da|CRB {C}: common assault HOCR 105A, DA flag. V {M} {S} ({G}) assaulted by his father, shoved against fence, no injury. Father 68, lives next door. OC 14 V declines.
vwo|ms|CRB {C}: HOCR 106 modern slavery. Cannabis farm in {P}, two Vietnamese males aged approx 25 found locked inside, say they were trafficked and made to tend plants to repay travel debt. Treated as victims. NRM.
vwo|-|Chat [{T}] V: my landlord came in without notice and shoved me back through the door when i told him to leave [{T}] Worker: I'm sorry that happened. Did he hurt you? [{T}] V: no just pushed. hes not family or anything just my landlord
vwo|da|V {F}, {G}, says her partner threatened to kill her while driving fast on the motorway, shouting "I'll put us both in the central reservation". No crash, no injury. Coercive history. DASH high.
vwo|-|Ambulance paramedic {F} {S} pushed over by patient's relative at address in {P}, no injury. HOCR 104 assault on emergency worker. Trust reporting.
vwo|hate|V {M}, Sikh man, had his turban knocked off by a passenger on the train who shouted racist abuse, no injury. Religiously aggravated common assault. BTP ref {R}.
vwo|da|Older caller {M} ({O}), hard of hearing, shouted a lot. His wife of 50 yrs has started slapping him since her stroke, no injuries "she's not strong". He wants carers' support. DA discussed, he accepted info.
vwo|-|School referral, 9 yr old girl left at home alone for the weekend by parents on holiday. No injuries. Child neglect investigation by {P} police. Support for aunt now caring.
vwo|da|V {F} says her 18 yr old son threw a remote at her, missed, and squared up to her, fist raised. No injury. He's been getting worse since he left college. She's scared.
vwo|-|[{T}] V: a man grabbed my arm in the shopping centre and wouldnt let go, then walked off [{T}] Worker: Did you know him? [{T}] V: never seen him in my life, no injury but i'm scared to go back
vwo|da|Voicemail transcription: "Hiya, it's {F}, um, my ex texted saying he's going to kill me and he knows where I am, we were married for ten years, we split last year." Rang back {D} {T}, DASH high.
vwo|-|Crime ref {C}. V {M} threatened at work by a customer who said he'd come back and "put you in the ground". Not DA. No injury. Employer supportive.
vwo|ms|Referral from {P} council. V {F}, 52, learning disability, found living in a shed at a traveller site doing unpaid labour for a family who are not related to her. Servitude. HOCR 106. NRM made.
vwo|da|Caller {M} from Bristol, "my old man keeps threatening me, says he'll do me in". V is 26, lives with dad. No physical assault. Texts only and shouting.
vwo|-|V {F} ({G}) assaulted by her boss who threw a stapler at her, missed. No injury. Not DA. Reported to police and HR.
vwo|da|CRB {C}: HOCR 3B threats to kill, DA. S {F2} {S} threatened to kill her sister {F} {S} ({G}) over inheritance, said she'd "smother her in her sleep". No injury.
vwo|-|Child cruelty s1 CYPA. Childminder reported for tying children's hands to chairs at nap time, no injuries. Ofsted and police involved. Caller is a parent {F}.
# stalking harassment
sh|da|Coercive control. V {F} ({G}) says husband controls all money, checks her phone nightly, won't let her see her mum, tracks her car. No violence. Married 9 yrs. DASH medium. Police recorded CCB (HOCR 8U).
sh|online|CRB {C}: HOCR 8R malicious comms. V {F} {S} receiving abusive messages on Instagram from an account she believes belongs to a former colleague. No relationship. OC tbc.
sh|da,online|[{T}] V: my ex keeps making new snapchat accounts to message me after i block him [{T}] Worker: That sounds exhausting. How long has this been going on? [{T}] V: since we broke up in march. we were together 2 years
sh|-|Stalking. V {F} says a man from her gym has been waiting outside her house in his car several nights a week, followed her to work twice. She's never been in a relationship with him. Police ref {C}, HOCR 8Q.
sh|da|V {M} {S} ({G}) says his ex-wife has been turning up at his work and his new partner's house, ringing 30 times a day, divorce finalised 4 yrs ago. Phone calls and texts, nothing online. Police warned her once.
sh||Older caller {F} ({O}), rambling, lots about her late husband's medals, then said a man from the church keeps posting letters through her door saying he loves her and watching her house. He is not family. She's frightened. Stalking.
sh|da|Referral fr IDVA. V {F} has left her partner of 6 years and he keeps driving past the refuge area, has sent flowers to her work and told her kids "mummy's coming home soon". DASH high. Stalking protection order being sought.
sh|online|Chat [{T}] V: someone has made a fake facebook profile using my photos and is messaging my friends saying horrible things about me [{T}] Worker: I'm sorry, that's really distressing. Do you have any idea who it might be? [{T}] V: i think a girl from my old job but no proof
sh|da|Coercive and controlling. Caller is V's sister {F2}: V {F} (29) is not allowed out without her boyfriend, he's taken her bank card, she's lost loads of weight. They live together. Sister worried. V aware of call.
sh|-|Harassment. V {M}, shopkeeper, a man keeps coming into shop daily and making comments and filming him on his phone. No relationship. Police given warning. HOCR 8L.
sh|da,online|CRB {C}: HOCR 8U controlling and coercive behaviour. S monitored V's WhatsApp and emails via spyware on her laptop, restricted access to money, isolated V from friends. S is V's husband. Charged {D}.
sh|-|V {F} {S}, a local councillor in {P}, receiving threatening letters at her surgery address from an unknown person. No DA. Police investigating malicious comms.
sh|da|V {F}, 71, says her son who's in his 40s rings her 20-30 times a day demanding money and says she'll "regret it" if she doesn't pay. He doesn't live with her. Phone calls only. Harassment.
sh|online,hate|V {M} receiving racist abuse on TikTok comments and DMs since posting a video about his restaurant in {P}. Hundreds of messages. Police recorded racially aggravated harassment. Accounts unknown.
sh|da|"He just won't leave me alone." V {F} ended relationship 3 weeks ago after 4 months, he's sent 200+ texts, turned up at her parents', left a note on her car. No violence. Police ref {R}. DASH medium.
sh|-|Harassment by neighbour. V {F} says neighbour shouts abuse at her every time she goes out, leaves dog mess on her step, bangs on walls at night. Police said it meets harassment threshold. Not DA.
sh|da|Chat {D} [{T}] V: he always says im useless, he tells me what to wear, he wont let me have my own money [{T}] Worker: That sounds like controlling behaviour, and it isn't your fault. Are you living with him? [{T}] V: yes, we have a baby
sh|online|V {F}, {G}, a nurse, has been stalked online by a former patient who found her on LinkedIn and Facebook and keeps messaging her and commenting on her family photos. No relationship. Trust aware. Stalking HOCR 8Q.
sh|da|Third party: V's daughter {F2} ringing. Her dad (V's husband of 40 years) won't let mum see friends, takes her pension, listens in to her calls. Mum is 74. Daughter wants advice on coercive control.
sh|-|CRB {C}: HOCR 8L harassment. V {M} {S}, a debt collector, repeatedly threatened and followed by a former client. No family connection. OC 16.
sh|da,online|V {M} ({G}), gay man, says his ex {M2} keeps posting about him on Twitter/X and tagging his employer, they split 2 yrs ago. Also creates fake accounts. Malicious comms / harassment. Police aware.
sh|-|Not DA: V {F} harassed by her sister's ex-partner - she herself has never been in a relationship with him and he's not family. He keeps ringing her to ask where her sister is and shouting. Phone calls only.
sh|da|Phone call, caller broad Geordie. V {F} says her bloke "won't let us gan anywhere on me own, has me phone all the time, took me car keys". Been together 5 yrs. No violence "he's never laid a finger". CCB.
sh|online|Chat [{T}] V: someone keeps emailing me from different addresses saying they know where i live and posting my address on a forum [{T}] Worker: I'm sorry you're going through that. Have you been able to keep the emails? [{T}] V: yes all of them
sh|da|Stalking - ex-partner. V {F} says her ex (broke up 11 yrs ago) has started turning up again, leaving gifts on her doorstep and sitting outside her work. She has a new family. Police given SPO advice. DASH high.
sh|-|V {M} ({O}) from Norfolk, harassed by a group of youths who knock on his windows, shout names, follow him to the shop. Been going on months. Police say harassment. He's on his own.
sh|da|Referral DA outreach {P}: V {F2} says her mother-in-law, who lives with them, controls everything, won't let her out, takes her wages and passport, husband goes along. CCB recorded against MIL.
sh|online|V {F} (22) harassed on a dating app by a man she went on one date with, he keeps messaging across apps and Instagram. Only one date, not a relationship. Police ref {C}.
sh|da|CRB {C}: HOCR 8Q stalking (s2A). S {M} {S} followed ex-girlfriend {F} {S} to gym, shops and work on 10+ occasions. Relationship ended {D}. OC 1 charged. SPO applied.
sh|-|Ex-employee harassing V {F} (her former manager) with phone calls and letters after dismissal. No relationship. Police recorded harassment, ref {R}.
sh|da|Economic abuse / coercive control. V {F} ({G}) says her partner makes her hand over her wages, gives her £{A} a week "pocket money", she has to show receipts. Together 8 years. DASH medium.
sh|hate|V {F}, trans woman, neighbour keeps shouting transphobic slurs and putting notes through her door. Police recorded harassment with hate qualifier.
sh|-|[{T}] V: my stepmum keeps sending my mum horrible voicemails and turning up at her house [{T}] Worker: Is it your mum who's being targeted? [{T}] V: yes sorry. my mum and my dad's new wife used to be best friends and its got nasty
sh|-|Not DA. V {F} says her friend's husband keeps texting her and waiting near her home; she has never been involved with him. Texts only. Police ref {C}, harassment.
sh|online|CRB {C}: HOCR 8R malicious comms. Anonymous account posting false allegations about V's teaching on a parents' Facebook group. V {F} {S}. No suspect. OC 18.
sh|da|Older caller {M} ({O}), "it's my nephew, he's 35, he keeps coming round demanding money and won't leave, rings all night". Harassment by nephew. No violence. V lives alone.
sh|da,online|Chat {D}: [{T}] V: he put an airtag in my car and he reads my messages on the family ipad [{T}] Worker: That must feel very frightening. Is this your partner? [{T}] V: husband. we're still living together
sh|-|Stalking by stranger. V {F}, bus driver, says a passenger rides her route every day and waits at the depot, has followed her home. Employer and police aware. Stalking recorded.
sh|da|Referral IDVA: V {M}, {G}, says his wife controls him financially, belittles him in front of the kids, has stopped him seeing his parents. Coercive control. No physical abuse. DASH low-medium.
sh|-|V {M} {S} harassed by someone who rings his work pretending to be police, phone calls only. Not known. Police ref {R}. Harassment HOCR 8L.
sh|da|Caller {F} from Cardiff? no, says {P}. Her ex-girlfriend {F2} keeps turning up at her flat and posting letters. They split a year ago after 3 years. Harassment. She's changed her number twice.
sh|online|V {F} ({G}) - someone created an OnlyFans impersonation using her face. Harassment / malicious comms. Unknown suspect. Police say cyber team. Not DA.
sh|da|CRB {C}: HOCR 8U CCB. S {M} {S} controlled V's (his wife's) movements, insisted on escorting her to all appts, took her passport, monitored calls. V {F} {S}. DVPN issued. OC tbc.
sh|-|Harassment. V {M}, a landlord, keeps getting threatening letters and calls from a former tenant. Not family. Police ref {C}.
sh|da|V {F} (16) being harassed by her ex-boyfriend (18) who keeps texting and waiting outside college. They dated for 8 months. Mum calling on her behalf.
sh|-|V {F} (15) being harassed by a boy in her year (15) who she went out with for a few weeks, he keeps texting and following her home. School aware. Mum calling.
sh|online|Chat [{T}] V: i'm getting loads of abuse on my youtube channel from one guy who keeps making new accounts and threatening to find me [{T}] Worker: That sounds really frightening. Have you been able to report it to YouTube or the police? [{T}] V: police gave me a ref {R}
sh|da|V {M} says his adult son (30) keeps ringing and texting him abuse, turns up at his door drunk, won't leave. Ongoing since V's divorce. Harassment recorded.
sh|-|CRB {C}: HOCR 8Q stalking. V {F} {S}, a GP in {P}, followed by a patient to her home on several occasions. No relationship. OC 1.
# sexual offences
sex|da|V {F} ({G}) disclosed her husband has been raping her regularly for years when she says no, "I thought that's what marriage was". Disclosed to GP. ISVA and IDVA referral. Police not yet. DASH high.
sex|-|CRB {C}: HOCR 19C rape of female 16+. V {F} {S} ({G}) raped by a man she met in a bar in {P} that evening, at his flat. S identified. ISVA referral.
sex|csae|Referral fr school DSL, {P}. Girl aged 13 disclosed a 24 yr old man has been having sex with her and giving her vapes and alcohol. CSE concerns, police child protection team. Mum aware.
sex|da|[{T}] V: my ex forced me to have sex when i went round to pick up my stuff. we split in january [{T}] Worker: I'm so sorry. That's rape and it's not your fault. Are you safe now? [{T}] V: i think so. i havent told anyone
sex|-|Sexual assault on train. V {F} touched on her bottom and breasts by a man on a crowded train to {P}, BTP ref {R}. HOCR 20. Stranger.
sex|csae,online|CRB {C}: HOCR 22B sexual activity with child. S (32) groomed V (14) on Snapchat, met her and sexually assaulted her in a car park. S arrested. Referral for V and mum.
sex|da|Older woman {F} ({O}) finally told her daughter that her late husband... no wait, her *current* husband of 45 years sexually assaults her when he's been drinking. Daughter rang with her on speaker. Wants support, not police.
sex|-|Exposure. V {F} walking dog on {X} in {P} at {T}, a man exposed himself from behind a tree. HOCR 88? exposure recorded. No touching. Police ref {C}.
sex|csae|Historic CSA. V {M} ({G}) disclosed he was abused by a scout leader from age 10-13 in the 1980s. Police taking report now. ISVA requested. Not family.
sex|da,csae|V {F}, 16, disclosed her stepfather has been sexually abusing her since she was 12, still living at home. Police and CSC involved. Mum separating. DA as well per MARAC chair.
sex|-|Voyeurism. V {F} found a hidden camera in the bathroom of her Airbnb in {P}. Host arrested. HOCR 88? voyeurism. V stayed 3 nights.
sex|csae,ms|CSE / trafficking. V 15 yr old girl reported missing repeatedly, found in flats in {P} with older men, taken between cities for sex. NRM made, police CSE team. Referral for carer.
sex|-|Chat [{T}] V: i matched with someone on hinge and on the date he put his hand up my skirt and tried to kiss me even when i said no [{T}] Worker: I'm really sorry that happened. It was sexual assault and you did nothing wrong. [{T}] V: i feel so stupid
sex|da|V {M} ({G}) says his boyfriend raped him after a night out, they've been together 2 years. Bruising. SARC attended {D}. Doesn't want police yet. ISVA.
sex|-|University referral: V {F}, student, raped at a house party by another student she had just met. SARC attended. Police investigating. No relationship. Consent to share.
sex|ms|CRB {C}: HOCR 72 trafficking for sexual exploitation. Three Romanian women found in a brothel in {P}, passports taken, forced to see clients. All adults. NRM. Referral for V {F}.
sex|csae|Mum {F} rang, 9 yr old son disclosed that a 15 yr old neighbour boy touched him sexually in the den. Police and CSC aware. Not family.
sex|da|CRB {C}: rape HOCR 19C, DA flag. V {F} {S} raped by estranged husband at former marital home {D}. Separated 6 months. S remanded. ISVA + IDVA.
sex|-|Sexual assault at work. V {F} ({G}), bar worker in {P}, groped by a customer who grabbed her crotch. Police attended, S arrested. No relationship.
sex|csae,online|Sextortion? no money asked: V 15 yr old boy from {P} persuaded to send nude images over Instagram by a man pretending to be a girl, then asked to perform sexual acts on video. Police CEOP. Mum calling.
sex|da|"My brother-in-law raped me at Christmas and my husband doesn't believe me." V {F}, {G}. BIL is 50. Family connection. Police report made. ISVA requested.
sex|-|Historic rape (1990s) by a stranger in {P} who was recently identified by DNA. V {F} now {O}. Police re-opened, S charged. ISVA for trial.
sex|csae|CSE. Referral fr youth offending team {P}, worker {F}: V, 16 yr old boy, being given drugs and money by a man in exchange for sex, also made to sell drugs. Police CSE/CCE. Not family.
sex|da|[{T}] Caller: my daughter says her husband makes her do sexual things she doesn't want [{T}] Worker: Thank you for calling for her. How old is your daughter? [{T}] Caller: 28. he says it's his right
sex|-|Upskirting. V {F} ({G}) noticed a man filming up her skirt on the escalator in {P} shopping centre. Security detained him. Voyeurism offence. Police ref {C}.
sex|csae|CRB {C}: HOCR 21 sexual activity with a child under 13. S grandfather (aged 70), V granddaughter aged 8. Police child abuse team. Referral for V's mother.
sex|-|V {M} ({G}) sexually assaulted while asleep in a hostel dorm by another guest. Hostel in {P}. Police ref {R}. No relationship. SARC.
sex|da|DASH high, MARAC. V {F} reports her partner forced her to have sex "to make up" after he hit her. Together 3 yrs. Police arrest. V in refuge now.
sex|csae|Teacher at a primary in {P} arrested for sexual touching of pupils. Referral for parent {F} of 7 yr old V. Police investigating.
sex|-|Rape on a first date, not DA (only one date, not a relationship). V {F} ({G}) met S on Tinder, but he raped her at his house. Police SARC.
sex|online|Cyberflashing. V {F} received unsolicited explicit images via AirDrop on the tube and then over Instagram DMs from a stranger. Police ref {C}. Sending photograph of genitals offence.
sex|da|V {F} ({G}) says her ex-husband, divorced 10 years, sexually assaulted her when she was dropping off their son. Touched her breasts and tried to kiss her. She's still in shock.
sex|csae,online|Chat [{T}] V: im 14 and a man i met on discord keeps asking for pics and i sent some and now he says he'll send them to my school if i dont send more [{T}] Worker: Thank you for telling me. None of this is your fault. Is there an adult you trust who can help you report it? [{T}] V: my mum maybe
sex|-|Elderly V {F} ({O}) in care home sexually assaulted by another resident. Manager reported to police. Not family. Safeguarding.
sex|ms|Referral from Unseen helpline: V {F}, 23, Albanian, brought to UK under false promises of work and forced into prostitution by a gang in {P}. NRM. Sexual exploitation. Police MSHT team.
sex|da|V {M} ({G}), disclosed his wife has been sexually coercive and assaults him when he refuses sex, "nobody believes a man". Married 15 years. IDVA, ISVA.
sex|-|Sexual assault by taxi driver. V {F} ({G}), the driver touched her thigh and kissed her when she got out in {P}. Driver ID'd via app. Police + licensing.
sex|csae|Historic. V {F} ({G}) disclosed her uncle abused her from age 6 to 11. Uncle now 75. Police taking statement. ISVA.
sex|-|CRB {C}: HOCR 17A sexual assault on male. V {M} {S} ({G}) groped in nightclub toilets by unknown male. OC 18.
sex|da|"He's my cousin and he did it at my nan's funeral." V {F} ({G}) sexually assaulted by her adult cousin (34). Police report. Family split. ISVA.
sex|csae|Online grooming, 12 yr old girl, man in his 40s sent her sexual messages via Roblox and then WhatsApp, tried to arrange meeting. Police intercepted. CEOP. Mum {F} referred.
sex|-|Hate aspect not alleged: V {F}, lesbian, sexually assaulted in a club by a man who grabbed her breasts. No comments about her sexuality. Police ref {R}.
sex|da,hba|V {F} ({G}) married at 19 without her consent via family arrangement, husband rapes her, in-laws say she brings shame if she refuses. Police, FMU. Forced marriage.
sex|csae|CRB {C}: HOCR 22 sexual activity with child 13-15. V 15, S 20 (claims boyfriend). Police. Not DA as V under 16. Mum referral.
# robbery
rob|knife|CRB {C}: HOCR 34B robbery of personal property. V {M} ({G}) threatened with a knife held to his ribs in an underpass in {P} at {T}, phone and wallet taken. No injury. OC 18.
rob|-|V {F} ({O}) had her handbag wrenched from her shoulder, she was dragged along the pavement and broke her wrist. {X}, {P}. Police treating as robbery. Stranger on a bike.
rob|-|[{T}] V: two lads jumped me and took my airpods and phone, they punched me in the head first [{T}] Worker: I'm sorry. Are you hurt? [{T}] V: bit of a headache and a cut lip. happened outside the chippy
rob|knife|Business robbery HOCR 34A. Staff member {F} at petrol station in {P} threatened by male who showed a machete and took £{A} from the till. No injury. Very shaken.
rob|da|V {F} ({G}) says her ex-partner pushed her over in the street and grabbed her purse with her benefits money in it, she has grazed knees. They split last year. Police recorded robbery, DA flag.
rob|-|Teenager (16) robbed of his bike by 3 older lads who pushed him off it and kicked him. Bruising. Police ref {R}. Recorded as robbery not bike theft due to force.
rob|-|Older caller from Yorkshire, {M} ({O}), "this lad knocked us down at the cashpoint and took me money, {A} quid, me whole pension". Cuts to head. Police came. No idea who.
rob|knife|Chat [{T}] V: a man put a knife to my neck on the bus and made me give him my phone and bank card pin [{T}] Worker: That must have been terrifying. Are you physically ok? [{T}] V: not hurt just can't stop shaking
rob|-|CRB {C}: HOCR 34B. V {M} {S} robbed of Rolex watch after being pushed against a car in {P} at {T}. No injury. S on moped. OC tbc.
rob|da|V {M} ({G}) says his son (25) held him against the wall and took his wallet and car keys to buy drugs. Bruising to chest. Son lives with him. Police: robbery, DA.
rob|-|Post office robbery in {P}. Worker {F} {S} threatened by a man who said he had a gun in his pocket (not seen), took £{A}. No injury. HOCR 34A.
rob|hate|V {M}, autistic young man, was surrounded by a group who called him "retard", pushed him over and took his phone and trainers. Disability hate. Robbery. Police ref {C}.
rob|-|Delivery driver robbed of his parcels van keys and phone by two men who punched him. Broken nose. Van recovered. Robbery recorded, ref {R}.
rob|-|Not DA: V {F} robbed by her flatmate's boyfriend who shoved her against the door and took £{A} cash from her room. She doesn't have any relationship with him. Police ref {C}.
rob|knife|V {M}, shopkeeper, held up with a kitchen knife by masked man at {T}, cigarettes and cash taken. Shop in {P}. Business robbery. CCTV.
# burglary
bur|-|CRB {C}: HOCR 28E residential burglary. Rear door forced at V's home in {P} between {T} and {T} on {D}, jewellery and laptop taken. V {F} {S}. OC 18.
bur|-|Elderly V {F} ({O}) from Devon rambled about her garden and her late husband's clocks, then said someone came in through the back door while she was asleep and took her purse and his medals. Police have been, "a lovely young PC".
bur|-|[{T}] V: we came home from holiday and someone had been in, the back window was smashed and they'd gone through everything [{T}] Worker: I'm so sorry, that's horrible to come back to. Has anything been taken? [{T}] V: jewellery and my son's xbox
bur|da|V {F} ({G}) says her ex broke into her flat while she was at work, took her passport and the kids' birth certificates. Separated since {D}. Police: burglary with DA flag.
bur|-|Business burglary, HOCR 30. Community centre in {P} broken into overnight, tablets and tea urn taken. Manager {M} {S} calling. Ref {R}.
bur|knife|Aggravated burglary. V {M} ({G}) woken by two men in his bedroom, one holding a knife to him while they took cash and keys. No injury. Police ref {C}, HOCR 29.
bur|-|Distraction burglary. Man posing as water board got into V's house and took cash from her bedroom. V {F} ({O}). Police treating as burglary. Stranger.
bur|-|CRB {C}: HOCR 28F attempted burglary. V {M} {S}'s front door lock snapped, no entry gained. {P}. OC 18.
bur|-|Shed and garage broken into at V's home in {P}, power tools taken. Garage attached to the house. V {M}. Police ref {R}.
bur|da|V {M} ({G}) says his brother let himself in through a window while V was out and took his PS5 and cash. Brother doesn't live there. They fell out years ago. Police recorded burglary, DA.
bur|-|Student house in {P}, 4 laptops stolen when back door left open at night. Burglary. V {F}, one of the housemates, ringing. Ref {C}.
bur|-|Chat [{T}] V: someone came into my house through the front door while i was upstairs and took my handbag from the hall [{T}] Worker: That's really unsettling. Did you see them? [{T}] V: no just heard the door. police are coming
bur|-|Church hall burglary, HOCR 30. Lead and donation box taken. Vicar {M} {S} calling for volunteers' wellbeing.
bur|-|Not DA: V {F} burgled by her daughter's ex-partner. She was never in a relationship with him and he's not her family. He took her TV. Police ref {R}.
bur|-|Caller {M} from Essex, his mum's house burgled while she was in hospital, keys went missing off the hook. Mum is {O}. Caller wants to know what support she can get.
# vehicle offences
veh|-|CRB {C}: HOCR 45 theft from motor vehicle. V {M} {S}'s van broken into on {X} {P} overnight, tools worth £{A} taken. OC 18.
veh|-|[{T}] V: my car got nicked off the drive last night, they must have used a relay thing because the keys were inside [{T}] Worker: I'm sorry, that's really stressful. Have you reported it to police? [{T}] V: yes ref {R}
veh|-|Catalytic converter stolen from V's Prius in {P}. V {F} ({O}). Insurer needs crime number. Police ref {C}. HOCR 126?
veh|-|Aggravated vehicle taking. V {M}'s car taken by youths and crashed into a wall. No one hurt. Police ref {R}. V needs help with insurance.
veh|-|Interfering with a motor vehicle. V {F} saw two men trying car door handles along {X}, her car door was opened but nothing taken. HOCR 126. Police ref {C}.
veh|da|V {F} ({G}) says her ex-husband took her car without permission using the spare key and won't give it back. Divorced 2 yrs. Police recorded theft of motor vehicle, DA.
veh|-|Older gent {M} ({O}), "they've had the number plates off my Honda". Theft from a vehicle. {P}. Ref {R}.
veh|-|Theft from MV. Laptop and work bag stolen from back seat of V's car in a supermarket car park in {P}. Window smashed. V {M} {S}.
veh|-|Motorbike stolen from V's drive in {P}, found burnt out. V {M}. HOCR 48 theft of MV. Ref {C}.
veh|-|Not DA: V {M}'s car was taken by his lodger, who is not family or a partner. Police theft of MV. Ref {R}.
# theft from person
tfp|-|Pickpocket. V {F} ({O}) had her purse taken from her handbag on the market in {P}, didn't feel anything. HOCR 39. Police ref {C}.
tfp|-|[{T}] V: someone took my phone out of my back pocket on the tube [{T}] Worker: I'm sorry that happened. Did you see who took it? [{T}] V: no, crowded. i just felt it go
tfp|-|Snatch theft, no force. V {F} had her phone snatched out of her hand by a lad on a bike as she was texting. No injury, not pushed. Police ref {R}.
tfp|-|CRB {C}: HOCR 39 theft from person. V {M} {S} wallet taken from jacket on chair in {P} pub. OC 18.
tfp|-|Tourist V {F} ({G}), phone and wallet taken from her bag at a festival in {P}. No force. Ref {C}.
tfp|-|Older caller {F} ({O}), lives in Hampshire, "my purse went from my trolley at Tesco, I only turned round for a minute". Theft from person. Police ref {R}.
tfp|-|V {M} had his gold chain snatched from his neck at the bus stop, no injury, thief ran off. Police ref {C}.
tfp|-|Chat [{T}] V: my handbag was taken off the back of my chair in a cafe, i didnt notice [{T}] Worker: That's frustrating and upsetting. Have you cancelled your cards? [{T}] V: yes
tfp|da|V {F} ({G}) says her sister lifted her purse from her coat pocket while they were out shopping together and emptied it. Sister is 35. Police recorded theft from person, DA flag.
# bicycle
bike|-|CRB {C}: HOCR 44 theft of pedal cycle. V {M} {S}'s bike stolen from outside {P} station, lock cut. OC 18.
bike|-|[{T}] V: my bike was nicked from the bike shed at work [{T}] Worker: I'm sorry. Do you have the frame number? [{T}] V: yes, police ref {R}
bike|-|V {F}, delivery rider, e-bike stolen outside a restaurant while collecting an order. No confrontation. Lost earnings. Police ref {C}.
bike|-|Older caller {M} ({O}) in Cambridge, his old bike taken from his front garden. "It's 40 years old". Police ref {R}.
bike|-|Child's bike stolen from the garden in {P}. V {F}'s son (8). Bicycle theft. Police ref {C}.
bike|-|V {M}, student, carbon road bike worth £{A} stolen from his flat's communal hallway. Police treating as bike theft. Ref {R}.
bike|-|Chat [{T}] V: someone's stolen my bike from the rack outside the gym [{T}] Worker: Have you reported it? [{T}] V: just done it online, got {R}
# shoplifting
shop|-|CRB {C}: HOCR 46 shoplifting. Store manager {F} {S} at {P} Co-op reporting repeat thefts of meat and alcohol by same male. OC tbc.
shop|-|Small shop owner {M} ({G}) in {P}, "same lads in every day stuffing sweets and energy drinks in their pockets". No violence. Shoplifting. Ref {R}.
shop|-|[{T}] V: im a shop manager and we've had £{A} worth of stock nicked this month, same woman [{T}] Worker: That sounds really draining. Have you had any support from your employer? [{T}] V: not really
shop|-|Pharmacy in {P}, makeup and perfume taken by two women who left without paying. No confrontation with staff. Shoplifting. Ref {C}.
shop|-|Charity shop volunteer {F} ({O}) upset after a man walked out with a coat without paying. No confrontation. Shoplifting. Police ref {R}.
shop|-|CRB {C}: HOCR 46. Supermarket in {P}, male took razors and left. Staff member {M} {S} did not challenge him. OC 18.
shop|-|Garden centre manager {M} reports repeated thefts of plants from the outdoor display. Shoplifting. Ref {C}.
# other theft
oth|-|CRB {C}: HOCR 41 theft by employee. Care home staff member suspected of taking cash from residents' rooms in {P}. V {F} {S} ({O}) lost £{A}. OC tbc.
oth|-|Making off without payment. V {M}, petrol station owner in {P}, customer filled up £{A} of diesel and drove off. Ref {R}.
oth|online|Blackmail / sextortion. V {M} ({G}) chatted to a "woman" on Facebook, sent intimate video, now being told to pay £{A} or it goes to his family. Police ref {C}. Adult. No payment made yet.
oth|-|[{T}] V: my parcels keep going missing from my doorstep, 3 this month [{T}] Worker: That's really annoying. Have you spoken to the police about it? [{T}] V: yes they gave me a ref
oth|da|V {F} ({O}) says her grandson (22), who she lets stay, has been taking cash from her purse and her jewellery to pawn. Theft. Not violent. Police ref {R}. DA flag.
oth|-|Theft of mail. Royal Mail worker arrested for stealing cards with cash from the sorting office. V {F} ({O}) lost birthday money sent to her grandson. Ref {C}.
oth|-|Older caller {M} ({O}) from Lincolnshire, "someone's had my garden ornaments and the bird bath". Other theft (garden). Police ref {R}.
oth|-|Theft from a gym locker in {P}. V {F} ({G}) had phone and keys taken. No force. Police ref {C}.
oth|-|Blackmail. Business owner {M} {S} received a letter demanding £{A} or they'd report false allegations about him. Letter only. Police ref {R}.
oth|da|V {M} says his wife has been taking money from his wallet and his savings account for years without telling him. He has dementia, daughter calling. Married 50 yrs. Theft, DA.
oth|-|Chat [{T}] V: my cleaner has been taking things from my house, ive noticed my rings missing [{T}] Worker: That must be very upsetting. Have you spoken to the police? [{T}] V: not yet, shes not family, just comes in weekly
oth|-|Diesel siphoned from V's tractor on the farm in {P}. V {M}. Theft (other). Ref {C}.
# criminal damage arson
cda|da|V {F} ({G}) says her ex smashed her car windscreen and slashed the tyres outside her house at {T} on {D}. They split 3 months ago. No assault. Police crime ref {C}. DASH medium.
cda|-|CRB {C}: HOCR 58A criminal damage to dwelling. Window of V's house in {P} smashed by a thrown brick. V {M} {S}. No suspect. OC 18.
cda|-|Arson. V {F}'s wheelie bin set on fire and spread to her fence in {P}. Nobody hurt. HOCR 56. Police ref {R}.
cda|-|[{T}] V: someone keyed my car all down one side last night [{T}] Worker: That's really upsetting. Did anyone see it happen? [{T}] V: no. i've reported it, ref {R}
cda|hate|V {M}, owner of a halal butcher in {P}, had racist graffiti sprayed on his shop front and window smashed. Racially aggravated criminal damage. Ref {C}.
cda|da|V {M} ({G}) says his adult daughter smashed up his living room, TV and door, while high. No assault. She's 28. Police ref {R}. DA flag.
cda|-|Older caller {F} ({O}), from Somerset, "my lovely gnomes smashed and my flower tubs kicked over, it's the third time". Criminal damage. Police ref {C}.
cda|-|Arson with intent. V {M}'s car set alight on his drive in {P} at {T}. No one hurt. HOCR 56. Police ref {R}.
cda|da|Chat [{T}] V: my girlfriend smashed my laptop and my phone because she thought i was talking to someone else [{T}] Worker: That sounds really frightening. Are you safe? [{T}] V: yeah she's gone to her mums now
cda|-|CRB {C}: HOCR 58C criminal damage to vehicle. V {F} {S}'s tyres slashed outside her workplace. No suspect. OC 18.
cda|-|Not DA: V {F}'s front door kicked in by her neighbour's son after a row over parking. Not family. Criminal damage. Ref {C}.
cda|hate|Synagogue in {P} had windows smashed and antisemitic graffiti. Religiously aggravated criminal damage. Caretaker {M} {S} referred.
cda|da|V {F} ({G}) says her son (20) punched holes in the walls and broke her bedroom door when she refused to give him money. Didn't touch her. Criminal damage, DA.
cda|-|Arson to a garden shed at V's allotment in {P}. V {M} ({O}). Police ref {R}. Stranger.
cda|-|Bus shelter and V's shop window smashed by youths. V {M}, shop owner. Criminal damage. Ref {C}.
# drugs
drug|-|Caller {F} ({G}) in {P}, says her neighbour is dealing drugs from his flat, constant callers at all hours. Police aware. Caller wants support as a witness. Drug supply.
drug|-|CRB {C}: HOCR 92A possession with intent to supply class A. V (as witness) {M} {S} reported dealing outside school. OC tbc.
drug|-|[{T}] V: theres people selling weed outside my house every night [{T}] Worker: That sounds really stressful. Have you been able to report it? [{T}] V: yes, police know about it
drug|-|Older caller {M} ({O}), "there's a cannabis farm in the flat above me, the smell's something else". Police ref {R}. Drug production.
drug|-|Cuckooing concern: V {M} ({G}) with learning difficulties, dealers using his flat to sell drugs, he's too scared to say no. No violence or threats disclosed yet. Police ref {C}. Drug supply.
drug|-|Taxi driver {M} reported passenger left a bag of what looked like cocaine in the back. Drug possession. Police ref {R}.
drug|-|Caller {F} from Sunderland, "there's lads selling gear behind the Spar every night". Drug supply. Police aware. Witness support.
# possession of weapons
weap|-|CRB {C}: HOCR 10A possession of article with blade in public place. Youth stopped in {P} with kitchen knife in waistband. No victim injured, no threat made. Referral for school.
weap|-|Mum {F} rang, found a lock knife in her 17 yr old son's school bag. He says it's for protection. No threat to anyone. Police informed.
weap|-|[{T}] V: a man on the bus had a knife in his pocket, i saw the handle [{T}] Worker: Did he threaten anyone with it? [{T}] V: no, nothing said, he just had it. i got off at the next stop
weap|-|Possession of firearm. V {M} ({G}) found a shotgun hidden in his lodger's room. Lodger not family. Police seized it. Ref {R}.
weap|-|CRB {C}: HOCR 10C possession of offensive weapon. Male arrested in {P} with a baseball bat in his car, no threat made. OC 1.
weap|-|Caller {F} ({O}), "my neighbour walks round with a machete on his belt". No threat to her. Police ref {C}.
weap|-|Knuckle duster found on a pupil at school. Teacher {M} {S} calling. Police ref {R}. No threat.
weap|-|Chat [{T}] V: my flatmate keeps a knife under his pillow [{T}] Worker: Has he threatened you with it? [{T}] V: no, he just says it's for burglars
# public order
po|-|CRB {C}: HOCR 9A public fear, alarm or distress. Male shouting and swearing at shoppers in {P} town centre. V {F} {S} distressed. OC tbc.
po|hate|V {M} ({G}), Muslim man, was shouted at by a man in the street calling him a terrorist. No assault. Racially/religiously aggravated public order. Police ref {R}.
po|-|Violent disorder outside pub in {P}, V {M} ({G}) a witness, traumatised. HOCR 62. Police ref {C}.
po|-|[{T}] V: a man was screaming at me in the park because my dog went near his kid [{T}] Worker: That sounds frightening. Did he hurt you? [{T}] V: no just shouting and swearing, i was really upset
po|hate|V {F}, wheelchair user, shouted at on a bus by a man calling her a "cripple" and telling her to get off. No assault. Disability hate, public order. Ref {C}.
po|-|Older caller {M} ({O}) in Lancashire, "lads shouting and swearing at us on the bus". Public order. Police ref {R}.
po|hate|V {M}, gay man, homophobic abuse shouted at him by a group in {P}. No assault. Public order with hate aggravation. Ref {C}.
po|-|CRB {C}: HOCR 9B. Drunk male threatening staff in A&E waiting room, no assault. V nurse {F} {S}. OC 1.
po|-|Chat [{T}] V: a woman screamed at me in the car park and called me every name under the sun [{T}] Worker: Was it about anything in particular? [{T}] V: a parking space. she was just angry
po|hate|V {F} ({G}), Black woman, had racist abuse shouted at her on the train. No assault. BTP ref {R}. Racially aggravated public order.
po|-|V {M}, football steward, abused and threatened by a crowd of fans. No assault. Public order. Ref {C}.
po|-|Disturbance at a bus station in {P}, V {F} ({O}) frightened by men fighting near her. She wasn't touched. Public order (affray). Ref {R}.
# misc crimes against society
misc|-|Handling stolen goods. V {M} bought a bike off a bloke in the pub car park and police say it was stolen. Police ref {C}. He wants to know if he's in trouble.
misc|-|CRB {C}: HOCR 802 dangerous driving. V {F} {S} nearly hit by car on pavement in {P}. No injury. OC tbc.
misc|-|Bail offence. A man V {F} had reported for damaging her fence (a stranger to her) breached his bail conditions by coming to her street. Police ref {R}. Not DA.
misc|-|[{T}] V: a man said he's going to burn my van if i don't move it from outside his house [{T}] Worker: That sounds really intimidating. Has he done anything yet? [{T}] V: no just said it. threat to damage my van
misc|-|Perverting course of justice. V {M} was told by a witness that the defendant's family offered her money to withdraw. Police ref {C}.
misc|-|Forgery. V {F} ({O}) found her signature forged on a tenancy document by a letting agent. Police ref {R}.
misc|-|Dangerous driving. V {M} cyclist run off the road by a van driver who was undertaking. No injury. Ref {C}.
misc|-|Older caller {M} ({O}), "my neighbour said he's going to put my windows through". Threat to commit criminal damage. Police ref {R}.
misc|-|CRB {C}: HOCR 86 indecent images. Man arrested in {P} with images on his laptop. Referral for his partner {F} {S} who is distressed. No offence against her.
misc|-|Chat [{T}] V: i bought a telly at a car boot and the police turned up saying it was nicked [{T}] Worker: That's frustrating. Have you spoken to the police? [{T}] V: yes they said handling stolen goods
misc|-|Perjury. V {F} says a witness lied under oath in her civil court case. Police ref {C}.
misc|-|Bigamy. V {F} ({G}) found out her husband was already married to someone else when they married. Police ref {R}. No abuse alleged.
# fraud
fraud|online|Romance scam. V {F} ({O}) met a "US soldier" on Facebook, sent £{A} over 6 months. Police and Action Fraud ref {R}. V embarrassed.
fraud|-|Courier fraud. V {M} ({O}) rang by "police officer" saying his bank account compromised, handed £{A} to a courier. Phone only. Action Fraud ref {C}.
fraud|online|[{T}] V: i paid for a puppy on an online marketplace and it never arrived [{T}] Worker: I'm sorry that happened. Have you reported it? [{T}] V: action fraud, ref {R}
fraud|online|Investment scam. V {M} ({G}) invested £{A} in crypto via a website and WhatsApp group. Money gone. Action Fraud ref {C}.
fraud|da|Economic abuse: V {F} ({G}) says her ex-husband took out loans and credit cards in her name while they were married. Divorced now. Fraud recorded, DA flag.
fraud|-|Identity fraud. V {F} ({G}) found someone opened a bank account in her name. Police ref {R}.
fraud|online|Hacking. V {M}'s email account hacked and used to send phishing emails to his contacts. Computer misuse. Ref {C}.
fraud|-|Older caller {F} ({O}) from Kent, "a man rang saying he was from the bank and I gave him my card number". Phone only. Action Fraud ref {R}.
fraud|online|CRB {C}: NFIB fraud. V {M} {S} lost £{A} to a fake holiday booking website. OC tbc.
fraud|da|V {M} ({G}) says his partner used his bank card without permission to buy things online, over £{A}. Together 4 years. Fraud, DA.
fraud|-|Chat [{T}] V: a builder took £{A} deposit and never came back [{T}] Worker: That's awful. Have you reported it? [{T}] V: yes to trading standards and police
fraud|online|Phishing text then fake banking website. V {F} ({G}) lost £{A}. Action Fraud ref {R}.
fraud|da,online|V {F} ({G}) says her husband accessed her online banking and transferred her savings to himself, also changed her passwords. Fraud/computer misuse, DA.
fraud|-|Doorstep fraud. V {M} ({O}) charged £{A} for unnecessary roof repairs. Police ref {C}.
fraud|online|Hacking. V {F}'s Instagram account hacked and used to sell fake goods to her followers. Police ref {R}.
fraud|-|Benefit fraud. V {F}'s identity used to claim benefits. DWP investigating. Police ref {C}.
fraud|online|Romance scam via Tinder. V {M} ({G}) sent £{A} to a woman he never met. Action Fraud ref {R}.
fraud|da|V {F} ({O}) says her son forged her signature to remortgage her house. Fraud, DA. Police ref {C}.
fraud|-|Cheque fraud. V {M} ({O})'s chequebook stolen and cheques cashed. Police ref {R}.
fraud|online|Ticket fraud. V {F} ({G}) bought concert tickets on a social media page that were fake. Police ref {C}.
# ASB
asb|-|Noisy neighbours. V {F} ({G}) in {P} says the family upstairs play loud music every night till 3am. No threats, no damage. Council ASB team involved. No crime.
asb|-|[{T}] V: kids keep kicking a football against my wall and shouting [{T}] Worker: That sounds really wearing. Have they damaged anything or threatened you? [{T}] V: no, just annoying
asb|-|Older caller {M} ({O}) from Norfolk, "youngsters hanging about outside my bungalow, smoking and being loud". No crime. Council ASB.
asb|-|Dog barking constantly next door. V {F} ({G}). Council noise team. Not a crime.
asb|-|Youths riding motorbikes on the field behind V's house in {P}. Noise and nuisance. V {M}. No crime disclosed.
asb|-|Chat [{T}] V: my neighbour has parties every weekend and the noise is unbearable [{T}] Worker: Have you tried speaking to the council? [{T}] V: yes, they're monitoring it
asb|-|Neighbour's bins left out all week, rats. V {F} ({O}). Council. No crime.
asb|-|V {M} ({G}) says people drinking in the park opposite his house every night, shouting. No threats. Council ASB.
asb|-|Older caller {F} ({O}), "they let their dog do its business on my path". Council. No crime.
asb|-|Loud parties in Airbnb next door every weekend. V {M} ({G}). Council. No crime.
asb|-|Teenagers congregating in the stairwell of V's block of flats, smoking. V {F} ({G}). Housing association. No crime.
asb|-|V {F} ({O}) complains of a neighbour's bonfire smoke every week. Council. Not a crime.
# other crime
ocr|-|Animal cruelty. V {F} ({G}) saw her neighbour kicking his dog. RSPCA informed. Not a police recorded crime.
ocr|-|Wildlife crime. V {M} ({O}) found badger setts destroyed on his land. Police wildlife officer. Ref {R}.
ocr|-|[{T}] V: my neighbour keeps his horses in a field with no food or water [{T}] Worker: That sounds really worrying. Have you contacted the RSPCA? [{T}] V: yes, they're investigating
ocr|-|Fly-tipping on V's farm land in {P}. V {M}. Council enforcement. Environmental crime.
ocr|-|V {F} ({G}) says her landlord is running an unlicensed HMO with no fire safety. Council enforcement. Housing offence.
ocr|-|Dog fighting suspected at a property near V's house. V {M} ({G}). RSPCA and police. Animal welfare.
ocr|-|Older caller {M} ({O}), "someone's been poisoning the pigeons in the park". Wildlife crime. Police ref {C}.
ocr|-|Illegal puppy farm. V {F} ({G}) bought a puppy that died of parvo. Trading standards. Animal welfare offence.
"""


def parse_templates():
    templates = []
    for raw in TEMPLATES.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        abbr, flag_text, text = line.split("|", 2)
        if abbr not in CAT_ABBR:
            sys.exit(f"unknown category abbreviation: {abbr}")
        category = CAT_ABBR[abbr]
        flags = []
        for part in flag_text.replace("-", "").split(","):
            part = part.strip()
            if not part:
                continue
            if part not in FLAG_ABBR:
                sys.exit(f"unknown flag abbreviation: {part}")
            flags.append(FLAG_ABBR[part])
        if category not in CATEGORIES or any(f not in FLAGS for f in flags):
            sys.exit("label outside TAXONOMY lists")
        ordered = [f for f in FLAGS if f in flags]
        templates.append((category, ";".join(ordered), text))
    return templates


def fill(text, rng):
    values = {}
    clock = [rng.randrange(0, 24 * 60)]

    def pick(key):
        if key == "T":
            minute = clock[0] % (24 * 60)
            clock[0] += rng.randrange(0, 4)
            return f"{minute // 60:02d}:{minute % 60:02d}"
        if key in values:
            return values[key]
        if key == "F":
            value = rng.choice(FEMALE)
        elif key == "F2":
            value = rng.choice([n for n in FEMALE if n != values.get("F")])
        elif key == "M":
            value = rng.choice(MALE)
        elif key == "M2":
            value = rng.choice([n for n in MALE if n != values.get("M")])
        elif key == "S":
            value = rng.choice(SURNAMES)
        elif key == "P":
            value = rng.choice(PLACES)
        elif key == "X":
            value = rng.choice(STREETS)
        elif key == "D":
            value = uk_date(rng)
        elif key == "A":
            value = amount(rng)
        elif key == "G":
            value = str(rng.randrange(21, 65))
        elif key == "O":
            value = str(rng.randrange(70, 94))
        elif key == "R":
            value = ref(rng)
        elif key == "C":
            value = crime_no(rng)
        else:
            sys.exit(f"unknown slot {key}")
        values[key] = value
        return value

    return SLOT_RE.sub(lambda m: pick(m.group(1)), text)


def main():
    rng = random.Random(44_2026)
    templates = parse_templates()
    n = len(templates)
    uses = [N_NOTES // n] * n
    for i in rng.sample(range(n), N_NOTES - sum(uses)):
        uses[i] += 1
    seen = {}
    rows = []
    for (category, flags, text), count in zip(templates, uses, strict=True):
        for _ in range(count):
            for _attempt in range(200):
                note = fill(text, rng)
                if note not in seen:
                    break
            else:
                sys.exit("could not make a unique note")
            seen[note] = True
            rows.append([note, category, flags])
    rng.shuffle(rows)
    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _note, category, flags in rows:
        cat_counts[category] += 1
        for f in flags.split(";") if flags else []:
            flag_counts[f] += 1
    missing = [c for c in CATEGORIES if not cat_counts[c]] + [f for f in FLAGS if not flag_counts[f]]
    if missing:
        sys.exit(f"uncovered labels: {missing}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for i, (note, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"B44-{i:04d}", note, category, flags])
    print(f"templates {n}")
    print(f"notes {len(rows)}")
    for c in CATEGORIES:
        print(f"category {c} {cat_counts[c]}")
    for f in FLAGS:
        print(f"flag {f} {flag_counts[f]}")


if __name__ == "__main__":
    main()
