"""Generate the blind-7 synthetic victim-services referral corpus (``notes_blind7.csv``).

Written blind: the author read only ``/work/shared/TAXONOMY.md`` and the CSV header of an
earlier blind corpus. Every note is synthetic (invented names, streets and scenarios).

Each template line is ``style|category|flags|text``. Styles: ``a`` terse police/system record,
``b`` caseworker or call-handler narrative, ``c`` victim's own words. Flags use short codes
(DA, HC, ON, KN, CS, MS, HB) mapped to the taxonomy flag codes below. A template yields at most
three notes; slot filling and surface noise (prefixes, tails, case, typos) vary the wording
without changing the label.

Run: ``python benchmarks/make_blind7_corpus.py`` (standard library only, deterministic).
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from pathlib import Path

SEED = 770707
TARGET_PER_STYLE = 267
FLAG_MIN = {"domestic_abuse": 160}
OUT = Path(__file__).resolve().parent / "data" / "notes_blind7.csv"

FLAG_CODES = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CS": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HB": "honour_based_abuse",
}
FLAG_ORDER = list(FLAG_CODES.values())

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

FEMALE = [
    "Aisha", "Bethany", "Carys", "Danuta", "Eilidh", "Farah", "Gemma", "Hollie", "Imani", "Jodie",
    "Kerry-Ann", "Leanne", "Marta", "Nadia", "Olwen", "Priya", "Rhian", "Shona", "Tasha", "Vicky",
    "Wendy", "Yasmin", "Zofia", "Maisie", "Kelsey", "Roisin", "Abena", "Chantelle", "Demi", "Lowri",
]  # fmt: skip
MALE = [
    "Aaron", "Bilal", "Callum", "Dariusz", "Ellis", "Faisal", "Gareth", "Harvey", "Idris", "Jamal",
    "Kieran", "Lewis", "Mehmet", "Niall", "Owain", "Pawel", "Reece", "Sanjay", "Tyrone", "Umar",
    "Vaughn", "Wesley", "Yusuf", "Zach", "Declan", "Kofi", "Rhys", "Stuart", "Tomasz", "Ciaran",
]  # fmt: skip
SURNAMES = [
    "Brackley", "Cottrill", "Dunmore", "Elsworth", "Farrant", "Gillow", "Hebden", "Iredale", "Jessop",
    "Kinnersley", "Lowther", "Marchbank", "Nuttall", "Ormerod", "Pennock", "Quarmby", "Rushworth",
    "Sowerby", "Tattersall", "Varley", "Wadsworth", "Yeadon", "Amblecote", "Thrussell",
]  # fmt: skip
STREETS = [
    "Larkspur Road", "Tanners Row", "Milbrook Avenue", "Quarry Lane", "Station Parade", "Holloway Close",
    "Brindle Street", "Foxcote Way", "Kestrel Drive", "Old Mill Lane", "Sorrel Gardens", "Pitchford Lane",
    "Cinder Hill", "Wharf Street", "Beacon Rise", "Gorse Terrace",
]  # fmt: skip
PUBS = ["the Crown", "the Red Lion", "the Fleece", "the Wheatsheaf", "the Bay Horse", "the Drovers", "the Anchor"]
OPS = ["Harebell", "Calder", "Millstone", "Juniper", "Wren", "Tamarisk", "Flint", "Heron"]
DAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Saturday night",
    "Friday evening",
]

PREFIX_A = [
    "VAL referral: ",
    "Police referral - ",
    "Auto referral from crime system. ",
    "Referrer: OIC. ",
    "Victim Care Hub: ",
    "Crime ref {ref}. ",
    "Referred by PC {S}. ",
    "Crime type: ",
]
TAIL_A = [
    " Consent obtained for referral.",
    " Contact by email only pls.",
    " Best contact after 5pm.",
    " Crime ref {ref}.",
    " OIC PC {S}.",
    " Please allocate.",
    " Text before calling.",
    " Interpreter required.",
    " Needs assessment due.",
]
PREFIX_B = ["Caseworker note: ", "Call handler: ", "Initial contact - ", "Support line: ", "Spoke to referrer. "]
TAIL_B = [
    " Needs assessment booked for next week.",
    " Will call back on Thursday.",
    " Agreed to a follow-up call.",
    " Information pack sent by post.",
    " Consent given for onward referral.",
    " Prefers contact by email.",
]
PREFIX_C = ["Web form: ", "[webchat] ", "Transcribed call: ", "Online form - ", "Msg via website: "]
OPEN_C = ["hi ", "hello, ", "not sure if this is the right place but ", "ok so ", "um ", "Hiya, "]
SWAPS_C = [
    (" because ", " cos "),
    (" you ", " u "),
    (" and ", " & "),
    (" dont ", " don't "),
    (" im ", " i'm "),
    (" ive ", " i've "),
    (" its ", " it's "),
    (" my ", " me "),
    (" really ", " rly "),
    (" the police ", " the old bill "),
]
TAIL_C = [" thanks", " pls help", " sorry for the long message", " can someone call me", " x", " thank you"]

TEMPLATES = """
a|homicide|KN|Homicide - bereaved family referral. {F} {S}'s son {M} (24) fatally stabbed outside a takeaway on
    {st} on {day}. Two males charged with murder, family want support at trial.
b|homicide||Spoke to {F} today. Her brother was killed last month by a single punch outside a pub and the man
    has been charged with manslaughter. She isn't sleeping and wants to know what happens at the inquest.
c|homicide|DA|my mum was killed by her partner in march, he strangled her in their flat. im her daughter and i
    cant cope with any of it, the police said you lot could help with the court stuff
a|homicide|DA|Crime type: Murder. V {M} {S} (41) found deceased at home address, SUS is V's brother (38),
    arrested at scene. Referral for V's wife and children. FLO deployed.
b|homicide||Referral from the homicide service for {F}, whose grandad died after being shoved to the ground
    during a robbery at his corner shop. The suspect is charged with manslaughter and robbery.
c|homicide|KN|they killed my boy. he was 17 and they chased him into the park and stabbed him, nobody has been
    charged and its been 3 weeks. i just need someone to talk to who gets it
a|homicide||MURDER - Op {op}. V {M} (33) shot on {st}, pronounced dead at scene. No arrests. Referral for V's
    partner {F}. Not a domestic-related incident.
b|homicide||{F}'s husband died in hospital three days after he was set upon by a group of youths at a bus stop.
    The charge has now been upgraded from GBH to murder and she has asked for a caseworker.
a|homicide||Manslaughter. V (68) died after SUS, a neighbour with no relationship to V, pushed him down communal
    stairs during a dispute over rubbish. Referral for V's daughter {F}.
c|homicide|DA|hi my sister was murdered by her ex husband 2 yrs ago and the trial is finally next month at crown
    court. i dont know what to expect, will i have to see him
b|homicide||{M}'s dad was killed when a man he had been arguing with over a parking space hit him with a hammer.
    The man is charged with murder and remanded. {M} wants all updates through the FLO.
a|homicide|HC|Homicide, racially aggravated. V {M} (19) died following assault by three males who shouted racist
    abuse throughout. Referral for V's mother. Hate crime marker applied.
b|homicide|DA|Referral for {F}, whose mother (52) was killed by {F}'s brother (26) at the family home. He later
    took his own life. {F} is the only family member left in the UK.
a|homicide|DA HB|Murder - honour based. V (22) killed by her father and a cousin after she broke off an
    engagement arranged by the family, who said she had shamed them. Referral for V's sister (18).
c|homicide||my best mate was run over on purpose, the guy drove straight at him after a row in the car park and
    he died. theyve charged him with murder not a driving offence
a|homicide||Infanticide. V (4 months) died, mother charged. Referral for V's father and grandparents. Mother
    receiving psychiatric care.
a|death_injury_driving||RTC - causing death by dangerous driving. Pedestrian V (71) struck on zebra crossing on
    {st}, died at scene. Driver arrested, positive roadside drug wipe. Referral for V's husband.
b|death_injury_driving||{F} was seriously injured when a car jumped a red light and hit her while she was
    cycling to work. She has a fractured pelvis. The driver is charged with causing serious injury by dangerous
    driving.
c|death_injury_driving||my dad was killed by a drunk driver on the bypass last year and the driver is pleading
    not guilty. can someone come to court with us, my mum is in bits
a|death_injury_driving||Crime type: Causing death by careless driving. Motorcyclist V (29) killed in collision
    with van turning right. Driver charged. Bereaved partner {F} requests support.
b|death_injury_driving||Referral for {M}, whose 8-year-old daughter suffered serious head injuries when a driver
    who was on his phone mounted the pavement outside her school. CPS have charged causing serious injury by
    careless driving.
a|death_injury_driving||Fail to stop RTC. Pedestrian IP (44) left with broken leg and spinal injury, driver
    fled, car later found burnt out. SUS arrested for causing serious injury by dangerous driving.
c|death_injury_driving||I got hit by a car on my way home from work, the driver was racing another car and going
    way too fast. broken arm and ribs and I cant work. police say hes charged with dangerous driving causing
    serious injury
b|death_injury_driving||Spoke with {F} whose partner died when the car he was a passenger in hit a tree. The
    driver, his friend, was over the limit and has been charged with causing death by careless driving while
    under the influence.
a|death_injury_driving||Death by driving. V (16) cyclist killed on {st}. Driver uninsured and disqualified,
    charged. Family referral via SIO.
b|death_injury_driving||{M} (83) died in hospital after being hit by a lorry reversing in a supermarket car
    park. The driver has been charged with causing death by careless driving. His widow {F} is isolated and
    would like home visits.
a|death_injury_driving||Causing serious injury by dangerous driving. SUS drove at speed through town centre
    evading police and hit V (34) on pavement. V lost lower leg. Referral via OIC.
c|death_injury_driving||lorry went into the back of our car on the motorway and my little boy was badly hurt,
    hes still in hospital. the driver was on his phone and hes been charged with causing serious injury by
    careless driving
a|violence_with_injury||Assault ABH - V punched repeatedly by unknown male outside {pub}, broken nose and cut
    above eye. No relationship between V and S. CCTV requested.
a|violence_with_injury|KN|s18 GBH - V (19) stabbed in thigh during fight at house party, S (17) arrested. V
    discharged from A&E after surgery.
b|violence_with_injury||{M} was attacked on his way home by two men after an argument about pushing in at the
    kebab shop. They kicked him in the head and he has stitches and concussion. Nothing was taken.
c|violence_with_injury|KN|some lad smashed a bottle and went for my face with it in the pub on saturday, needed
    9 stitches in my cheek. didnt know him at all. police took a statement but ive heard nothing
a|violence_with_injury|HC|Racially aggravated ABH. V (taxi driver) punched by passenger who used racist language
    and refused to pay fare. Swollen jaw, V attended walk-in centre.
b|violence_with_injury|HC|{F} uses a wheelchair and was tipped out of it by a man at the bus station who called
    her a cripple and said people like her shouldn't be allowed out. She has a fractured wrist.
a|violence_with_injury||Assault occasioning ABH (s47). V door supervisor bitten on forearm while ejecting S,
    skin broken. S detained by other staff. Not DA.
c|violence_with_injury|HC|was walking home holding hands with my boyfriend and these lads started shouting gay
    slurs and one of them hit me in the face, my lip split open. this is the second time this year
a|violence_with_injury|KN|Attempted murder. V {M} (27) stabbed multiple times in chest and back in targeted
    attack on {st}. V in ICU. Caseworker to support V's mother.
a|violence_with_injury||GBH s20 - V (school caretaker, 58) struck with metal bar by intruder on school premises,
    fractured skull. SUS outstanding.
b|violence_with_injury||Youth worker referral: {M} (14) was beaten up by older boys at the skate park and has
    two cracked ribs. One of the boys is his cousin, who is 15.
a|violence_with_injury||Assault with injury (ABH). V (15) hit with a belt by her father leaving welts on legs.
    Children's services informed, strategy meeting held.
c|violence_with_injury||my flatmate threw a mug at my head during a row about bills and i had to get it glued at
    the walk in. were not together or anything we just share the flat
a|violence_with_injury|DA|DA - ABH. V {F} (34) punched in face by partner {M} during argument over money, black
    eye and swollen lip. DASH high risk, MARAC referral submitted.
b|violence_with_injury|DA|{F} told me her husband strangled her until she nearly passed out last night. She has
    marks on her neck and a burst blood vessel in her eye and is frightened to go home.
c|violence_with_injury|DA|my ex came round to get his stuff and ended up shoving me into the door frame, ive got
    a big gash on my head and bruises all down my arm. we split in june. i dont want him arrested i just want
    him to leave me alone
a|violence_with_injury|DA|GBH s20 DA. V (61) pushed down stairs by adult son (35), fractured hip. Son has drug
    dependency. Previous DVPN issued.
b|violence_with_injury|DA|{M} was hit over the head with a frying pan by his wife during a row and needed five
    stitches. He nearly didn't report it because he felt embarrassed as a man.
a|violence_with_injury|DA|Assault ABH. V 17yo female, S boyfriend 18yo, slapped and kicked leaving bruising to
    thigh. DASH medium.
c|violence_with_injury|DA KN|my brother came at me with a kitchen knife after i told him to move out, ive got a
    cut across my hand that needed stitches. hes 22 im 19
a|violence_with_injury|DA KN|DA - wounding s18. V stabbed in abdomen by ex-p at V's home, S arrested at scene. V
    in surgery. MARAC tomorrow.
b|violence_with_injury|DA|{F}'s stepdad threw a kettle of boiling water at her during an argument and she has
    burns to her arm. She is 16 and still lives at home.
a|violence_with_injury|DA HB|ABH - DA/HBA. V (20) beaten by father and uncle for refusing engagement arranged by
    family, family say she has brought shame on them. Bruising to back. Forced Marriage Unit consulted.
c|violence_with_injury|DA HB|my husbands mum and sisters hit me because i wont dress how they want, they say im
    disgracing the family name in front of the community. ive got bruises on my face and arms
b|violence_with_injury|DA|{F} (29) went to A&E with a broken finger. She told nurses her girlfriend bent it back
    during an argument about her phone. She has now agreed to speak to police.
a|violence_with_injury||s47 ABH. V (44) and S (47) are neighbours, not related. S punched V during boundary
    dispute, cut to lip. Cross-allegations made.
c|violence_with_injury|HC|got jumped outside the chicken shop by some lads off the estate, they kept calling me
    racist names and kicked me while i was on the floor. hospital said 2 ribs are broken
a|violence_with_injury||Assault on emergency worker with injury. PC {S} bitten on hand during arrest of S for
    drunk and disorderly, skin broken, needs hep B jabs.
a|violence_with_injury|DA|s47 ABH DA. V (72) slapped and pushed into radiator by husband (74), bruising and cut
    to scalp. Grandson called police. Husband has early dementia.
b|violence_with_injury||{F}'s 15-year-old daughter was grabbed so hard by a security guard after being caught
    shoplifting that she has finger-mark bruises on her arm. {F} wants to report the guard.
a|violence_with_injury|DA|CCB and ABH. V (36) reports years of partner monitoring her phone and controlling
    money; last night S punched V causing swelling to eye. DASH high.
b|violence_with_injury||{M} came downstairs in the night and disturbed an intruder, who hit him with a torch and
    ran off empty-handed. {M} has a head wound that needed gluing.
a|violence_with_injury|MS|Modern slavery / GBH. V (31) made to work on farm for no pay, beaten with pipe by
    gangmaster when he asked to leave, fractured arm. NRM referral made.
c|violence_with_injury||I was punched by a customer at work because his food took too long, my nose was pouring
    with blood. not racist or anything he was just angry
b|violence_with_injury|HC|Referral for {F}, a trans woman, who was attacked on a night out by a man who pulled
    her wig off and punched her after shouting transphobic abuse. She has a black eye.
a|violence_with_injury||ABH. V (23) assaulted by her ex-boyfriend's new partner at a bus stop, scratches to
    face. V and S not related and never in a relationship.
c|violence_with_injury|DA|my dad headbutted me when i came home late, my nose is broken. im 17. mum says not to
    make a fuss
b|violence_with_injury||{M}, aged 13, was punched by his older brother (15) and has a cut lip that bled a lot.
    Their mum wants advice.
a|violence_with_injury|DA|ABH DA. V (23) punched by older brother over money owed, bruised cheek. V's marriage
    was arranged with her full agreement; no honour-based concerns identified.
c|violence_with_injury|DA|my partner punched me in the ribs last night, massive bruise. he was abused as a kid
    himself and says thats why hes like this but i cant take it anymore
c|violence_with_injury||my sisters ex punched me outside the pub when i told him to leave her alone, he used to
    knock her about years ago. ive got a black eye and a chipped tooth
c|violence_with_injury|DA HB|my dad beat me with his belt when he found out about my boyfriend, he said i made
    the family look bad in front of everyone at the mosque. im 17 and covered in marks
a|violence_with_injury|KN|GBH s18. IP (30) slashed across forearm with a Stanley blade by male in queue at
    cashpoint, tendon damage. No relationship, SUS outstanding.
b|violence_with_injury||{F} was hit in the face with a bottle thrown from a passing car while waiting at a bus
    stop. The bottle didn't break but her cheekbone is fractured.
a|violence_without_injury||Common assault s39. V pushed by unknown male in queue at post office, no injuries. S
    left before police arrived.
a|violence_without_injury|DA|Threats to kill DA. S (ex-p) rang V and said he would slit her throat. No weapon
    seen, S not at address. DASH high.
b|violence_without_injury|HC|{F} was spat at on the bus by a woman who told her to go back to her own country.
    She wasn't hurt but is very shaken.
c|violence_without_injury||a man grabbed my arm in the street and wouldnt let go, shouting in my face about
    something i didnt understand. i got away into a shop. not hurt just shaky
a|violence_without_injury||Assault on emergency worker (no injury). Paramedic shoved by patient's relative at
    scene, no injury sustained. S arrested.
b|violence_without_injury||Children's services referral: neighbours reported two children aged 4 and 6 left
    alone overnight in a flat with no food. Mother arrested for child neglect.
a|violence_without_injury||Child abduction. V (9) taken from school gates by father in breach of court order,
    returned next day. Parents separated, no DA history.
b|violence_without_injury|MS|{M} was brought to the UK with a promise of work on building sites. His passport
    was taken and he worked 14-hour days for no pay, sleeping in a van. NRM referral made.
c|violence_without_injury|MS|i worked at a nail bar for 8 months and the owner kept my passport, i wasnt allowd
    to leave the flat above the shop except for work and they said i owe them 5000 pound for bringing me here
a|violence_without_injury|MS|MSHT - forced labour. Five males found living in outbuilding at hand car wash,
    wages withheld, documents retained by S. Victims referred to NRM.
a|violence_without_injury|DA|DA - common assault. V (38) pushed against wall by husband, no visible injury. V
    also reports CCB over several years. DASH high, MARAC referral.
b|violence_without_injury|DA|{F} said her partner threw his phone at her but missed, then grabbed her shoulders
    and shook her. No marks. She's frightened about what he'll do next.
c|violence_without_injury|DA|my daughter is 24 and keeps threatning to kill me when shes had a drink, last night
    she said she would burn the house down with me in it. she hasnt actually hurt me
a|violence_without_injury|ON|Threats to kill. S sent V messages on Instagram saying he would find him and kill
    him over a gaming debt. V (23), S known online only.
b|violence_without_injury|KN|{M} (80) was threatened by a man holding a knife at a bus stop who told him to move
    along. He wasn't hurt and nothing was taken.
b|violence_without_injury||Referral: {F}'s son (13) was smacked by his stepdad, no marks were left. School
    raised the concern.
c|violence_without_injury||my exs new girlfriend slapped me outside the school gates in front of my kids, it
    didnt leave a mark but it was humiliating. i barely know her
a|violence_without_injury|HC|Racially/religiously aggravated common assault. V (Sikh male) had turban grabbed by
    S who made anti-Sikh comments. No injury.
b|violence_without_injury|DA HB|Referral for {F} (17), whose father slapped her and said she would be disowned
    after finding out she has a boyfriend from a different caste. The family say she has dishonoured them. No
    visible injury.
c|violence_without_injury|DA HB|my uncle said if i dont go back home and marry my cousin he will kill me and my
    mum, he said it infront of the whole family and that i was shaming them all
a|violence_without_injury||Child cruelty. V (3) repeatedly left strapped in buggy for hours, malnourished. Both
    parents arrested, police protection powers used.
c|violence_without_injury|KN|this guy at the bus stop pulled a blade out of his waistband and said want some
    because he thought i was looking at him. i ran and he didnt follow. never seen him before
a|violence_without_injury|HC|Common assault, homophobic. V and partner (same-sex couple) pushed and called
    homophobic names by group of males outside club. No injuries. Not DA.
c|violence_without_injury|MS|my 15 yr old is being made to carry drugs for older lads who say theyll hurt his
    little sister if he stops. police have done an NRM referral for CCE and said hes been trafficked to other
    towns
a|violence_without_injury|DA|Threats to kill DA. S (ex-husband) said in voicemail he would put her in the
    ground. No weapons mentioned. Non-mol order in place.
a|violence_without_injury|DA MS|Modern slavery - domestic servitude. V (26) brought from abroad by husband's
    family, made to cook and clean for 10 household members, not allowed out, passport held by mother-in-law.
b|violence_without_injury|MS|{F} (19) was recruited through an advert for hotel cleaning work. The agency took
    her wages to pay off a debt for her travel and housed her with eight others in a locked house. NRM referral
    submitted.
a|violence_without_injury|MS|Modern slavery. V (16) found locked inside cannabis grow house, trafficked to UK
    and forced to tend plants. NRM referral, V placed in foster care.
c|violence_without_injury|DA ON HB|my cousins keep sending me voice notes on whatsapp saying theyll kill me for
    bringing shame on the family because i moved in with my boyfriend before marriage. im 22
b|violence_without_injury||{F}, who is registered blind, was shoved aside by a cyclist on the pavement who swore
    at her. She wasn't hurt. She doesn't think it was about her disability, he was just in a hurry.
a|violence_without_injury|KN|Common assault. S produced a Stanley knife and held it towards V during row over
    parking space, then drove off. V unhurt.
b|violence_without_injury||Threats to kill: {M} was told by a man in the pub that he would end him and that he
    had a knife at home. No knife was seen. {M} doesn't know the man.
c|violence_without_injury|DA|my son is 30 and lives with me, he grabbed me by my collar and pinned me against
    the fridge cos i asked him to turn his music down. no bruises but im scared of him now
b|violence_without_injury|MS|{F} escaped from a house where she had been kept as a live-in domestic worker by a
    couple she is not related to. She was never paid, her passport was taken and she was locked in when they
    went out.
c|violence_without_injury|MS|i came here for a job in a factory but the man who brought me takes all my pay for
    rent and says if i go to police they hurt my family back home. i sleep on a mattress with 6 other men
a|violence_without_injury||Common assault s39. SUS threw drink over V and shoved her in takeaway queue. SUS
    interviewed, NFA. V wants to use VRR.
b|violence_without_injury|DA HB|{F} (24) says her father told her she would be killed if she refused the
    marriage the family has arranged, because refusing would dishonour them. He has not hurt her.
a|stalking_harassment|DA|CCB (s76 SCA 2015). V (31) reports partner controls finances, checks her phone and
    stops her seeing friends and family over 3 yrs. DASH high, MARAC.
b|stalking_harassment|DA|{F} explained that her husband tracks her car with a GPS device, reads her post and
    takes her wages as soon as they are paid in. She has no bank card of her own.
c|stalking_harassment|DA ON|my ex wont stop messaging me on whatsapp and facebook, ive blocked him like 6 times
    and he just makes new accounts. now he says he knows where im living
a|stalking_harassment|DA|Stalking (s2A). Ex-p repeatedly attending V's workplace and home address, following V
    to gym. V has changed routine. Previous DVPN.
b|stalking_harassment|DA|{F}'s ex-husband keeps turning up outside the children's school and sitting in his car
    watching her. He has also been leaving letters under her windscreen wiper.
c|stalking_harassment|DA|my boyfriend goes through my phone every night and if ive talked to any lads he calls
    me a slag and wont let me go out for days. he takes my bank card off me. im 18 hes 26
a|stalking_harassment|DA|Harassment - DA. S (V's brother, 30) sending abusive texts daily over inheritance
    dispute, approx 40 texts in a week. No threats to harm.
b|stalking_harassment|DA|{M} says his ex-partner, also male, has been ringing him up to 30 times a night from
    withheld numbers since they split up in the spring.
a|stalking_harassment|DA ON|Malicious communications DA. S (ex-p) set up fake Instagram profile in V's name
    posting V's mobile number and claiming she was available.
c|stalking_harassment|DA HB|my mum and dad wont let me leave the house without my brother, they took my phone
    and said if i talk to that boy again they will send me abroad to get married. they say im bringing shame on
    everyone. im 19
a|stalking_harassment|DA|CCB. V (45) male, wife controls all money, has removed his phone, belittles him in
    front of children, threatens false allegations. DASH medium.
b|stalking_harassment|DA ON|{F}'s ex keeps using the location sharing on Snapchat to find out where she is and
    then turns up. She has switched it off but he seems to have found another way to track her.
a|stalking_harassment||Harassment. Neighbour S repeatedly banging on V's door and filming V on his phone
    whenever she leaves the house. No relationship. Ongoing 4 months.
b|stalking_harassment||{F} (52) is being stalked by a former colleague who waits outside her house, sends
    flowers and has contacted her new employer. They were never in a relationship.
c|stalking_harassment|ON|some random guy on instagram keeps messaging me horrible stuff about my weight and
    makes new accounts when i block him. i dont know him irl
a|stalking_harassment|HC ON|Malicious communications. Racially abusive emails sent to V's business account from
    anonymous address, referring to V's ethnicity and telling V to go home.
b|stalking_harassment|HC ON|{M}, who has a learning disability, has been getting constant Facebook messages from
    a group of local teenagers mocking his disability and telling him to kill himself.
c|stalking_harassment|HC|im trans and someone at work keeps leaving notes in my locker saying im a man in a
    dress and they know where i live. my manager isnt doing anything about it
a|stalking_harassment||Harassment. V (landlord) receiving repeated phone calls and letters from former tenant
    demanding deposit back, abusive language, no threats.
b|stalking_harassment|ON|Referral for {F}, a local councillor, who has been targeted with hundreds of abusive
    posts on X and TikTok after a planning decision. Some posts mention the road she lives on.
c|stalking_harassment||this woman from my old school keeps texting and ringing me saying shes going to tell
    everyone my business, its been going on since xmas, ive already changed my number once
a|stalking_harassment||Stalking. S (customer at V's cafe) followed V home on 3 occasions, left notes on her car
    and appeared at her gym. V (24) does not know S. Not DA.
b|stalking_harassment||{M}'s neighbour has been shouting nonce at him over the fence and pushing notes through
    his door after a row about the bins. There is no truth in it and he is frightened it will spread.
c|stalking_harassment|ON|theres a group chat where people from my college share screenshots of my stories and
    call me a slut, one of them is my exs best mate. im 17
a|stalking_harassment||Malicious communications. S (V's former flatmate) leaving abusive voicemails after
    dispute over rent. V and S never in a relationship.
a|stalking_harassment|DA|Stalking DA. Ex-p S followed V home from work on several occasions and last night let
    down all four of her tyres. DASH high.
b|stalking_harassment|DA|{F}'s ex-partner has been phoning her and her mother constantly and texting that she
    will regret leaving him. He also took out a loan in her name while they were together.
c|stalking_harassment|DA|my husband doesnt hit me but he decides what i eat, what i wear and who i see and if i
    dont do what he says he goes silent for days or smashes things. weve been married 11 yrs
a|stalking_harassment||Harassment. V's former friend S repeatedly turning up at V's address and phoning V's
    workplace after falling out. S denies any relationship with V beyond friendship.
b|stalking_harassment|HC ON|{M} runs a halal butcher's and has had a stream of anti-Muslim reviews and comments
    posted about him and his family on the shop's review page and on local Facebook groups.
c|stalking_harassment|ON|i sold a sofa on gumtree and the buyer has been messaging me abuse ever since because
    it had a stain, like 50 messages, now hes posting my address in comments
a|stalking_harassment|DA ON|Harassment DA. S (V's adult daughter, 27) posting abusive comments about V on
    Facebook and messaging V's friends. Family estranged.
a|stalking_harassment|DA|Harassment DA. Ex-p S sending V up to 50 texts a day since separation. V fears he may
    get a knife one day but no weapons seen or mentioned by S.
a|stalking_harassment|DA HB|CCB / forced marriage concerns. V (24) reports family monitor her phone and
    movements and have taken her passport to stop her leaving after she refused a marriage partner chosen for
    her.
b|stalking_harassment||{F} says a man from her gym keeps sending her letters and leaving gifts on her doorstep
    even though she has asked him to stop. They only ever chatted at the gym.
a|sexual_offences||Rape. V (27) female, S unknown male met in nightclub, V woke in S's flat with no memory.
    Early evidence kit taken, SARC referral.
b|sexual_offences|DA|{F} disclosed that her husband has raped her several times over the past year when she
    refused sex. She has now left and is staying in a refuge.
c|sexual_offences|CS|my stepdad used to come in my room at night from when i was 12 til i was 15. im 23 now and
    ive finally told the police, they said someone would ring me
a|sexual_offences||Sexual assault. V (34) groped on crowded train by unknown male, S got off at next stop. BTP
    investigating.
a|sexual_offences|ON CS|Sexual activity with a child. V (14) female, S (22) male contacted V on Snapchat, met in
    person on 3 occasions. CSE concerns, strategy meeting.
b|sexual_offences|CS|Referral for {F}, 15, who has been going to a flat above a takeaway where older men give
    her vodka and she has been made to have sex with them. Police CSE team are involved.
c|sexual_offences||a man on the bus got his thing out and was touching himself while staring at me, i got off at
    the next stop. im 30 something not a kid but it really shook me
a|sexual_offences||Voyeurism. V (21) found hidden camera in bathroom of shared house, installed by S (landlord).
    Devices seized.
b|sexual_offences|DA CS|{F}, 16, told her school counsellor that her boyfriend (17) had sex with her when she
    was drunk and had said no. She has since ended the relationship.
a|sexual_offences|DA|Rape DA. V (40) raped by ex-husband during child handover at V's address. S arrested. DASH
    high, MARAC.
c|sexual_offences||i was sexually assaulted at a festival by a guy who put his hand down my shorts in the crowd,
    i didnt see his face properly. im 19
a|sexual_offences|ON MS|Trafficking for sexual exploitation. V (19) female brought to UK from abroad, forced to
    sell sex in flats across the county, advertised on adult website. NRM referral.
b|sexual_offences|CS|Historic referral: {M} (56) has reported that his football coach sexually abused him
    between the ages of 11 and 13. The coach is now elderly and has been interviewed under caution.
a|sexual_offences||Voyeurism (upskirting). V (25) photographed up her skirt on shopping centre escalator, S
    detained by security, phone seized.
c|sexual_offences|ON|some guy keeps sending me pics of his privates on whatsapp from a number i dont know, i
    told him to stop but he keeps on. im 32
a|sexual_offences|CS|Sexual assault of child. V (8) touched inappropriately by cousin (15) at family party.
    Joint visit with children's services.
c|sexual_offences|ON CS|he made me do stuff on camera when i was 14 and now hes saying hell send it to my school
    if i dont send more. im 15 now. i met him on a game
a|sexual_offences||Rape. Male V (23) raped by acquaintance after night out. S not a partner. V reluctant, ISVA
    referral requested.
b|sexual_offences|DA|{F} (38) says her brother-in-law sexually assaulted her at a family wedding, grabbing her
    breasts in a corridor. Her husband doesn't believe her.
a|sexual_offences|CS|Exposure. S exposed himself to group of schoolgirls aged 12-13 in park. S arrested.
c|sexual_offences||my carer touched my breasts when she was helping me shower, she says it was an accident but
    its happened 3 times now. i have MS and cant shower on my own
a|sexual_offences|CS|Sexual assault. V (17) touched sexually by driving instructor during lesson. S (49)
    suspended by driving school.
a|sexual_offences|KN|Rape. V (22) raped at knifepoint by stranger in underpass off {st}. S outstanding, forensic
    strategy in place.
b|sexual_offences||{F} (45) was sexually assaulted at work by a 16-year-old apprentice who grabbed her from
    behind in the stock room.
b|sexual_offences|DA HB|{F}, 20, was married against her will in a religious ceremony arranged by her parents,
    and says her husband has raped her since the wedding. She is now in a refuge.
c|sexual_offences|CS MS|my friend is 16 and these men keep driving her to different towns and hotels and making
    her sleep with other men, they give her drugs. i think shes been trafficked
a|sexual_offences|CS|CSE. V (15) male, groomed by adult males at snooker hall, given cannabis and alcohol in
    return for sexual acts.
b|sexual_offences||{F} reports a man masturbating in a parked car while watching her through her kitchen window
    on several evenings this week.
c|sexual_offences|DA|i woke up and my boyfriend was having sex with me, i was asleep and hadnt agreed to
    anything. hes done it before. we live together
a|sexual_offences|DA|Sexual assault DA. V (66) reports husband (70) has repeatedly forced sexual touching
    despite V saying no. V disclosed to GP.
a|sexual_offences|CS MS|CSE / trafficking. V (16) female moved between hotels in three force areas and sexually
    exploited by adult males. NRM and strategy meeting.
a|robbery||Robbery (personal). V (16) approached by 3 males, phone and AirPods demanded, V punched when he
    refused. Phone taken, minor swelling.
a|robbery|KN|Knifepoint robbery. V (delivery rider) threatened with machete, moped keys and phone taken. SUS
    outstanding.
b|robbery||{F} had her handbag wrenched off her shoulder by a man on a bike. She was dragged along the pavement
    and has grazes on both knees.
c|robbery|KN|got mugged by 2 lads at the cash machine, one had his hand in his pocket like he had a knife and
    said give me your card and pin or ill stab you. i believed him and gave it them. they took 300 quid
a|robbery||Business robbery. Petrol station, S entered with face covered and threatened cashier with hammer,
    approx £400 cash taken. Cashier unhurt.
b|robbery||{M}, 72, was pushed to the floor in his own hallway by two men who had pretended to be from the water
    board. They took his wallet and watch.
c|robbery||these kids on the estate made my son empty his pockets and took his bike and phone, said theyd batter
    him if he didnt. hes 13
a|robbery|DA|Robbery DA. V (28) states ex-p forcibly took her bank card and phone from her hand, twisting her
    wrist, during argument at V's address.
b|robbery||{M} was walking home when a car pulled up and two men got out, held him against a wall and took his
    jacket and trainers.
a|robbery||Attempt robbery. V approached at cashpoint, S grabbed V's arm and demanded money, V screamed and S
    ran off with nothing.
c|robbery||some bloke snatched my phone out my hand while i was on a call and when i grabbed it back he punched
    me in the mouth and legged it with it. cut lip
a|robbery|HC ON|Robbery, homophobic. V (30) lured via dating app to fake date by group, V assaulted and robbed
    of phone and cash, homophobic abuse throughout.
b|robbery|KN|Shop worker {F} was threatened with a screwdriver by a man who demanded cigarettes from behind the
    counter. He took about 20 packs and left.
c|robbery|KN|I was robbed outside college, a guy showed me a knife in his waistband and told me to hand over my
    phone. Im 17
a|robbery||Robbery of business property. Jewellers, 2 males smashed display cabinets with hammers and threatened
    staff, items worth approx £20k taken.
c|robbery||two girls from my school pulled me to the ground by my hair and took my bag with my purse in it, im
    14, my head is still sore
a|robbery||ROBBERY. V (55) pushed off his bicycle by S who then rode off on it. V grazed elbow.
b|robbery|KN|Referral for {M}, a taxi driver, who was held at knifepoint by two passengers and made to hand over
    his takings. He has not driven since.
a|robbery||Robbery, no weapons seen. S threatened to smash V unless he handed over his watch; V complied. No
    injury.
a|burglary||Burglary dwelling. Rear door forced overnight while V asleep upstairs, laptop and jewellery taken.
    Car keys left.
b|burglary||{F} came home to find her back window smashed and her bedroom turned over. Her late mum's rings have
    gone and she is devastated.
c|burglary||someone got in my shed and took my lawnmower and strimmer, theyd cut the padlock off
a|burglary||Burglary (business). Community centre entered via roof, petty cash tin and 4 laptops taken.
b|burglary||{M}'s elderly mother let two men in who said they needed to check her gas meter. While one kept her
    talking the other went upstairs and took cash from her bedroom.
a|burglary||Aggravated burglary. S entered V's home carrying a screwdriver, disturbed by V and fled empty
    handed. No threats made. Screwdriver recovered in garden.
c|burglary|DA|my ex broke into my flat while i was at work, smashed the telly and took my passport and the kids
    birth certificates
a|burglary||Burglary. V (82), house entered through insecure back door, handbag taken from hallway. V unaware
    until next morning.
b|burglary||{F} says someone climbed in through her son's bedroom window and took his games console and two
    bikes from the hallway.
a|burglary||Burglary non-dwelling. Locked detached garage broken into, 2 mountain bikes and power tools stolen.
c|burglary||we got burgled last night while we were asleep, they took the car keys off the side and drove off in
    my car. police found it burnt out on the common
a|burglary|DA|Burglary DA. V's brother S (27) let himself into V's flat using old key, took £200 and V's
    medication. V had told S he was not welcome.
a|burglary|HC|Burglary - hate crime. S entered V's home, daubed anti-Muslim graffiti on walls and damaged
    religious texts. Nothing stolen.
c|burglary||came back from holiday and the back door was kicked in, theyve took everything, tv, laptop, the lot.
    neighbours didnt hear a thing
b|burglary||{F} runs a small cafe. Someone forced the back door overnight and took the float from the till and a
    coffee machine.
c|burglary||Someone came into my house thru the unlocked front door while i was in the garden and took my purse
    off the kitchen table. i saw him leave
b|burglary||Student house burgled while everyone was at lectures; {M} lost his laptop with his dissertation on
    it. Police said several houses on the street were hit.
a|burglary||Attempted burglary. S tried to force V's front door at 0300hrs, disturbed by neighbour, no entry
    gained.
a|vehicle_offences||Theft of motor vehicle. V's car taken from driveway overnight, keyless relay attack
    suspected. No keys taken from house.
a|vehicle_offences||Theft from MV. Catalytic converter removed from V's hybrid while parked on {st}.
c|vehicle_offences||i left my van unlocked for 5 mins outside my mums and someone took all my tools out the
    back, about 2 grand worth
a|vehicle_offences||Interfering with MV. S seen trying door handles of parked cars on {st}, detained by public.
    V's car found open, nothing taken.
b|vehicle_offences||{M}'s motorbike was stolen from outside his flat overnight. It turned up two days later in a
    field, stripped of parts.
a|vehicle_offences||Aggravated vehicle taking. V's car taken from outside shop with keys in ignition, crashed
    into wall on {st}. S (17) not known to V, detained.
c|vehicle_offences||they nicked both my number plates off my car, front and back, noticed when i went to work
    this morning
a|vehicle_offences|DA|Theft of MV DA. V's ex-partner took V's car from outside her address using spare key and
    refuses to return it. Car registered to V.
b|vehicle_offences||{F} said her mobility car was stolen from the disabled bay outside her block. She thinks it
    was taken because it is brand new, not because of her disability.
a|vehicle_offences||Theft from MV. Sat nav and dash cam taken from V's work van, no damage, vehicle believed
    left insecure.
b|vehicle_offences||{M} runs a courier firm; one of his vans was driven off from outside a depot while the
    driver was making a delivery with the engine running.
c|vehicle_offences||Someone took my car off the road outside work, it had a tracker and police found it in a
    shipping container at the docks
c|vehicle_offences||woke up to find my car up on bricks, all four wheels gone overnight, its a company car so
    work are fuming
a|vehicle_offences||Theft from MV. Diesel siphoned from V's HGV parked in lay-by overnight, approx 300 litres.
a|theft_from_person||Theft from person. V's purse taken from open handbag at busy market, V did not notice until
    at the till.
c|theft_from_person||some kid on a bike snatched my phone out of my hand on the high st and rode off, didnt
    touch me or anything, it was so fast
b|theft_from_person||{F} had her wallet pickpocketed on a packed underground train. She didn't feel a thing and
    only noticed when she went to tap her card.
a|theft_from_person||Pickpocketing. V (tourist) phone lifted from back pocket at bus station. CCTV shows 2 S
    working together.
c|theft_from_person||i think someone dipped my bag at the gig, my wallet was gone when i got to the bar and my
    cards were used at a petrol station later
b|theft_from_person||{M} (79) had his wallet taken from his jacket pocket by a stranger who was helping him at a
    cash machine. He didn't notice until he got home.
a|theft_from_person||TFP. V asleep on night bus, phone taken from V's hand. V woke at terminus.
a|theft_from_person||Theft from the person. V's earbuds case taken from coat pocket in crowded nightclub, no
    force used.
b|theft_from_person||{F}'s 16-year-old son noticed his phone was missing from his jacket pocket after a busy
    train journey. The tracking app shows it moving across the city.
c|theft_from_person||a woman bumped into me outside the station and when i checked my bag my purse was gone. I
    didnt feel her take it
a|theft_from_person||Theft from person - snatch. S grabbed V's phone from her hand at bus stop and ran, no
    contact with V, no injury.
a|bicycle_theft||Theft of pedal cycle. V's road bike taken from cycle rack outside station, D-lock cut.
c|bicycle_theft||my sons bike got nicked from outside the library, he forgot to lock it up. its a blue mountain
    bike
b|bicycle_theft||{F}'s pedal-assist bike was taken from the bike shelter at the hospital where she works. It was
    locked with a cable lock which was cut through.
a|bicycle_theft||Cycle theft. V's bike stolen from front garden, left unlocked and not in shed. No suspects.
b|bicycle_theft||Referral: {M} (11) had his bike taken by two older boys who asked to have a go on it and rode
    off. No threats or force used.
b|bicycle_theft||{F}'s cargo bike was stolen from outside the nursery while she dropped her daughter off. She
    uses it for everything and can't afford another.
c|bicycle_theft||left my bike at the park for literally 2 mins to get a drink and it was gone when i came back.
    no lock on it
a|bicycle_theft||Pedal cycle theft. V's bike taken from outside gym; V later saw it listed for sale on an online
    marketplace.
c|bicycle_theft||someone stole my bike from the railings outside work, cut straight through the chain. third one
    this year
a|bicycle_theft||THEFT OF PEDAL CYCLE - CHILD'S BMX TAKEN FROM OUTSIDE SCHOOL GATES, NO LOCK.
b|bicycle_theft||{M} is a food delivery cyclist and his bike was taken while he was collecting an order from a
    restaurant. It's his only way of earning.
a|shoplifting||Shoplifting. S seen on CCTV concealing 6 bottles of spirits in bag and leaving without paying.
    Store detective detained S.
b|shoplifting||Store manager {F} reported a man who comes in most days and steals meat and coffee. Staff are
    frightened of him, though he has never threatened anyone.
c|shoplifting||i work on the tills and a woman just walked out with a full trolley without paying, alarms went
    off and she kept going
a|shoplifting||Theft from shop. S (14) took makeup from chemist, recovered by staff. Parents informed.
b|shoplifting||{M} runs a small newsagent and says a group of teenagers keep stealing sweets and energy drinks
    while one of them distracts him at the counter.
a|shoplifting||Shoplifting. 2 S filled bags with razor blades and baby formula, left via fire exit, value £260.
a|shoplifting||Theft from shop - self-checkout. S scanned steak as carrots, value £45. Banned from store.
c|shoplifting||people keep nicking stuff off my market stall when its busy, today it was 3 phone cases and a
    charger
c|shoplifting||Im a security guard at a clothes shop, a lad took 4 hoodies off the rail and ran out the door,
    didnt touch anyone
b|shoplifting||The owner of a garden centre reports repeated thefts of plants and tools from the shop floor by
    the same couple, caught on CCTV.
a|shoplifting||Shoplifting - repeat. S (41) prolific, took 10 packs of batteries from hardware store. 3 further
    offences TIC.
a|other_theft||Theft by employee. V (business owner) reports staff member took approx £3,000 from tills over 6
    months. S dismissed.
c|other_theft||my parcel got nicked off the doorstep, the doorbell camera shows a man in a hi vis just pick it
    up and walk off
a|other_theft||Making off without payment. S filled car with £85 diesel and drove off without paying. Vehicle
    registration traced.
b|other_theft||{F}'s elderly father's carer has been taking cash from his wallet. About £600 has gone missing
    over two months.
a|other_theft||Blackmail. S threatening to tell V's wife about affair unless V pays £2,000. Contact by SMS and
    phone calls only.
c|other_theft|ON|got sextorted on insta, a girl added me and we swapped pics and now theyre saying theyll send
    them to all my followers unless i pay 500. im 24
a|other_theft||Theft (other). V's rings taken from hospital bedside locker while V in surgery.
a|other_theft||Theft of mail. Bank cards taken from communal letterboxes at block of flats, 3 residents
    affected.
c|other_theft|DA|my ex took 400 quid out of my purse when he came round to see the kids, i know it was him cos
    nobody else was in
a|other_theft|DA|Theft DA. S (V's adult daughter) has taken V's jewellery and pawned it. V (78) distressed.
b|other_theft||{F} left her phone on a table in the pub garden while she went to the bar and it was gone when
    she came back.
a|other_theft||Theft (other). Heating oil siphoned from V's tank at rural property, approx 800 litres.
c|other_theft||someone stole the plants and solar lights out of my front garden, second time this month
a|other_theft|DA|Blackmail DA. S (ex-p) demanding V pays his debts or he will tell V's employer about her
    previous conviction.
b|other_theft||{M}'s lodger disappeared owing rent and took his TV and a laptop with him.
c|other_theft||my boss took money out of my coat in the staff room, i saw him do it. he works us like slaves lol
    but i can leave whenever i want i just need the money
b|other_theft||{F} runs a takeaway; a group of customers ordered a large meal, ate it and walked out without
    paying.
a|other_theft||Theft of metal. Lead stripped from church roof overnight. Churchwarden {M} reporting.
a|criminal_damage_arson||Criminal damage (CDA). Both wing mirrors snapped off V's car and windscreen cracked
    overnight. No suspects.
a|criminal_damage_arson||Arson. V's wheelie bin set alight against rear of house, fire spread to fence. Fire
    service attended.
c|criminal_damage_arson|HC|someone wrote a racist word on my car bonnet in paint, were the only black family on
    the road
b|criminal_damage_arson|DA|{F}'s ex-partner smashed her front windows with a brick after she wouldn't open the
    door. Nobody was hurt.
a|criminal_damage_arson|DA|Criminal damage DA. S (V's son, 19) smashed TV and punched holes in doors during
    argument. No assault on V.
b|criminal_damage_arson|HC|Referral from the community safety team: swastikas and antisemitic slogans have been
    sprayed on the door of the local synagogue. The caretaker, {M}, found them.
c|criminal_damage_arson||kids keep kicking my fence panels in and theyve broke 3 now, ive got it all on camera
a|criminal_damage_arson||Arson with intent to endanger life. Petrol poured through V's letterbox and ignited
    while family asleep. All escaped unhurt. S unknown.
a|criminal_damage_arson||Criminal damage to vehicle. V's windscreen smashed by neighbour with a brick during
    parking dispute, witnessed. Neighbour not related.
c|criminal_damage_arson|DA|my ex burnt all my clothes in the garden while i was at my mums, and ripped up my
    passport
b|criminal_damage_arson|HC|{M}, who is gay, has had eggs thrown at his windows repeatedly and a homophobic slur
    painted on his garage door.
a|criminal_damage_arson||Arson. V's car set alight on driveway overnight, scorching to porch. V believes linked
    to a debt owed by her son to local dealers.
c|criminal_damage_arson||someone smashed all the windows at the front of my shop overnight, nothing taken, think
    they just did it for a laugh
a|criminal_damage_arson|DA|Criminal damage DA. S (ex-p) threw V's phone in the bath during argument, phone
    destroyed. DASH standard.
b|criminal_damage_arson||{F} says her neighbour deliberately sprayed weedkiller along her hedge and lawn,
    killing both. She watched him do it.
a|criminal_damage_arson||CRIMINAL DAMAGE - BUS SHELTER GLASS SMASHED, COUNCIL PROPERTY. YOUTHS SEEN RUNNING OFF.
c|criminal_damage_arson|DA HB|my brothers smashed up my room and burnt my clothes because they said i dress too
    western and im shaming the family. im 18
b|criminal_damage_arson||{M}'s allotment greenhouse was smashed and his tomato plants pulled up. Nothing was
    taken.
a|criminal_damage_arson||Criminal damage and s5 public order. S shouting and swearing in street, then kicked V's
    door panel in. V frightened.
c|criminal_damage_arson||my neighbour set fire to the fence between our gardens on purpose after we had words
    about his dog
a|drug_offences||PWITS. S (19) stopped in vehicle, 40 wraps crack cocaine and £1,200 cash recovered.
b|drug_offences||{F} called about the flat above hers being used to deal drugs; people come and go all night and
    she has found needles in the stairwell.
c|drug_offences||my neighbour is growing weed in his loft, you can smell it through the wall and theres always a
    humming noise
a|drug_offences||Possession Class A. S (23) found with cocaine wraps during search at festival gate. Cautioned.
b|drug_offences||{M}'s mum says men have taken over his flat to sell drugs from it. He has a learning disability
    and is too scared to go home.
a|drug_offences||Production of cannabis. 200 plants found in rented house during landlord inspection. Tenant S
    absent, no damage to property.
c|drug_offences||my son is 17 and keeps coming home with loads of cash and new trainers, i found bags of white
    powder and scales in his room
a|drug_offences||Supply Class B. S selling cannabis to pupils outside school gates. Two pupils aged 14
    identified.
a|drug_offences||POSS CANNABIS. S stopped on {st}, small amount herbal cannabis, community resolution.
c|drug_offences||theres lads dealing out of a car in the car park of our flats every night, the kids see it all.
    i want something done
a|drug_offences||Drugs - importation. Parcel containing ketamine intercepted addressed to V's home; V denies
    knowledge and believes address used by others.
b|drug_offences||{F} believes her neighbour is selling prescription painkillers from his house. She has seen him
    hand over packets for cash several times.
a|possession_of_weapons||Possession of bladed article. S (16) found with kitchen knife in school bag after
    tip-off. No threats made.
b|possession_of_weapons||{F} was called by the school because staff found a knife in her son's bag. He is 15 and
    says he carries it because he's scared. He hasn't used it on anyone.
a|possession_of_weapons||Possession of offensive weapon. Knuckle duster found on S during stop and search in
    town centre.
c|possession_of_weapons||my boyfriend keeps a machete in his car for protection, hes never threatened me with it
    or anyone else but it scares me
a|possession_of_weapons||Possession of prohibited weapon. S (22) found with CS spray canister during search at
    nightclub entry. S arrested.
b|possession_of_weapons||Youth worker: {M}, 14, says lots of boys in his year carry knives and he has started
    carrying one too because he is scared of being jumped.
a|possession_of_weapons||Possession of knife in public place. S (34) seen with knife tucked in waistband outside
    pub, detained. No victim identified.
c|possession_of_weapons||theres a lad on our estate who walks round with a knife handle sticking out his pocket,
    he hasnt threatened anyone that i know of
a|possession_of_weapons||Possession of offensive weapon. Extendable baton found in S's vehicle during traffic
    stop.
b|possession_of_weapons||{F} is worried because her 19-year-old son keeps a large hunting knife in his car when
    he goes out. She thinks he may be involved with a gang. No incidents of violence known.
a|possession_of_weapons||Possession of firearm. Sawn-off shotgun found at S's address during drugs warrant,
    small quantity cannabis also seized. S (41) remanded.
c|possession_of_weapons||my nephew took a knife into school to show his mates, hes 13, school called the police
    and hes been arrested
a|possession_of_weapons||Possession of bladed article. S (28) stopped by officers with lock knife in pocket, no
    lawful reason given. Crime ref {ref}.
a|public_order||s4 POA. S shouted at V in street that he would smash his face in, V feared immediate violence.
    No contact made.
a|public_order|HC|Racially aggravated s5 POA. S shouted racial abuse at V (bus driver) when asked to pay fare.
    No physical contact.
b|public_order|HC|{F} was verbally abused in the supermarket car park by a man who called her a terrorist and
    told her to take off her headscarf. He did not touch her.
c|public_order|HC|me and my girlfriend were kissing at the bus stop and some bloke started screaming at us
    calling us dykes and saying we were disgusting, there were kids there too
a|public_order||Violent disorder. Large group fighting outside {pub} with bottles thrown, V (bystander)
    frightened, not injured.
b|public_order||{M} said a group of teenagers surrounded him at the bus stop, shouting and squaring up to him,
    and he thought he was about to be attacked. They walked off when a bus arrived.
a|public_order||s4A POA. Neighbour S shouting abuse and swearing at V over fence, V distressed. Single incident.
c|public_order|HC|some man on the train started shouting at me about my wheelchair taking up space and called me
    a disabled slur, everyone just stared
a|public_order||s5 POA. S drunk and abusive towards staff at A&E, shouting and swearing, staff alarmed.
b|public_order|DA|{F}'s brother turned up drunk at her house shouting in the street, banging on the windows and
    calling her names. She is frightened of him.
c|public_order||a man was waving his arms and screaming at me in the park saying i was a witch, i dont know him,
    i thought he was going to hit me
a|public_order|HC|Religiously aggravated s4A POA. S shouted anti-Jewish abuse at V, who was wearing a kippah, on
    {st}.
b|public_order|HC|Referral for {M}, a shop owner, whose shop was targeted by a man shouting that foreigners
    should go home and frightening customers. Nothing damaged.
a|public_order||s4 POA. Parent threatened V (teacher) at school gates, shouting that she would get her, V feared
    violence. Not related.
c|public_order||lads outside the pub started on my husband for wearing the wrong football shirt, shouting and
    throwing their arms about, we thought it was gonna kick off. nothing racist just football
a|public_order||Public order and dangerous driving. S did handbrake turns in retail park then got out and
    shouted threats at security guard V, who feared violence.
b|public_order||{F}, a bus driver, was screamed at and threatened by a passenger who said he would sort her out
    when she refused him travel. She locked her cab door.
a|misc_crimes_against_society||Handling stolen goods. S found in possession of 6 stolen catalytic converters at
    scrapyard, unable to account for them.
a|misc_crimes_against_society|DA|Perverting the course of justice. S (V's ex-p) pressuring V through third
    parties to retract her evidence before trial. DASH high.
a|misc_crimes_against_society||Threat to commit criminal damage. S told V he would smash up her car if she
    parked outside his house again. Single incident.
b|misc_crimes_against_society|CS|{F} has been told by police that her ex-husband has been charged with making
    indecent images of children. She is worried about her own children.
a|misc_crimes_against_society||Dangerous driving. S on wrong side of road at speed forced V's car onto verge. No
    collision, no injuries. Dashcam supplied.
c|misc_crimes_against_society|DA|last night my ex said hed come round and put all my windows through if i dont
    let him see the kids this weekend, he said it on the phone
a|misc_crimes_against_society||Possession of false identity documents. S found with forged passport and driving
    licence during search.
a|misc_crimes_against_society|ON|Obscene publications. S distributing extreme pornography via file-sharing
    website, devices seized.
a|misc_crimes_against_society||Dangerous driving. S undertook V on motorway at 100mph and brake-checked
    repeatedly, dashcam footage supplied. No collision.
b|misc_crimes_against_society||{F}'s neighbour has threatened to burn her shed down in a row over the boundary
    hedge. He hasn't done anything yet.
a|misc_crimes_against_society|ON|Handling stolen goods. S selling stolen power tools on online marketplace, 14
    items recovered.
c|misc_crimes_against_society|CS|my husbands been arrested for having child abuse pictures on his laptop, police
    took all our devices. i had no idea. do i count as a victim
a|misc_crimes_against_society||Bail offence. S failed to surrender to court for trial in which V is a witness.
    Warrant issued, V anxious.
b|misc_crimes_against_society||{M} was a witness in a trial. A man approached him outside court and offered him
    money to change his evidence. Police are treating it as perverting the course of justice.
a|misc_crimes_against_society||Dangerous driving. S drove through red lights and mounted kerb near school while
    evading police. No collision, no injuries.
a|fraud_computer_misuse||Courier fraud. V (84) received call from S claiming to be police, V withdrew £4,000 and
    handed it to courier at door.
c|fraud_computer_misuse|ON|i sent 600 quid to someone on facebook marketplace for a ps5 and they blocked me
    straight away, never got it
b|fraud_computer_misuse|ON|{F} met a man on a dating site who said he was an engineer on an oil rig. Over six
    months she sent him £38,000 for customs fees and medical bills.
a|fraud_computer_misuse||Fraud by false representation. S posing as HMRC by phone, V paid £1,200 in gift cards.
    No online contact.
a|fraud_computer_misuse|ON|Computer misuse. V's email and social media accounts hacked, S changed passwords and
    messaged V's contacts asking for money.
c|fraud_computer_misuse|ON|got a text saying my parcel couldnt be delivered, clicked the link and put my card
    details in on the website, then 900 went out of my account
b|fraud_computer_misuse|DA|{M}'s son took out two loans and a credit card in his father's name without
    permission. {M} is 81 and has dementia.
a|fraud_computer_misuse|ON|Investment fraud. V invested £15k in crypto scheme advertised on Instagram, unable to
    withdraw, website now offline.
c|fraud_computer_misuse||some bloke rang me saying he was from my bank and my account was compromised and i had
    to move my money to a safe account, i moved 7 grand. hes gone now. i feel so stupid
a|fraud_computer_misuse||Identity fraud. Phone contract taken out in V's name at a branch in another city, V has
    never been there.
b|fraud_computer_misuse|ON|{F} paid a £400 deposit for a puppy through a website that turned out to be fake. The
    seller stopped replying once the money was sent.
a|fraud_computer_misuse|DA|Fraud DA. S (ex-p) took out catalogue accounts in V's name during relationship, debt
    £3,500. V only found out after separation.
c|fraud_computer_misuse|ON|a man i was talking to on whatsapp for months said he loved me and needed money for
    his visa, i sent him loads. my daughter says its a scam
a|fraud_computer_misuse||Rogue trader. S cold-called at V's door offering to fix roof, charged £8,000 for work
    not done. V (77).
b|fraud_computer_misuse|ON|{M} runs a small business. His accounts team paid a fake invoice after receiving an
    email that looked like it came from a regular supplier. £12,500 lost.
a|fraud_computer_misuse|DA ON|Computer misuse DA. S (ex-p) accessed V's cloud account after separation and
    downloaded her photos and messages.
c|fraud_computer_misuse||i got a letter saying i owe money on a credit card ive never had, someones used my name
    and address
a|fraud_computer_misuse|ON|Ticket fraud. V paid £250 by bank transfer for concert tickets advertised on a social
    media page; tickets never arrived.
b|fraud_computer_misuse||{F} (35) lost £2,000 after a caller pretending to be from the council said she was owed
    a council tax refund but had to pay an admin fee first.
b|fraud_computer_misuse|ON|{F} answered a job advert sent by email that asked for a £300 training fee up front.
    Her friend was trafficked years ago and she worried this was similar, but there are no signs of
    exploitation; it is a job scam.
c|fraud_computer_misuse||a man came to my nans door saying he was from the water company and she needed a new
    meter, she paid him 150 cash on the doorstep and he never came back
a|fraud_computer_misuse|ON|Account takeover. V's online banking accessed after SIM swap, £6,700 transferred out.
    Bank investigating.
a|anti_social_behaviour||ASB - noise nuisance. Neighbours playing loud music until 3am most weekends. No threats
    or abuse. Referred to council.
c|anti_social_behaviour||the kids round here keep playing football against my wall and riding bikes on the
    pavement, its driving me mad. theyre not damaging anything just being a pain
b|anti_social_behaviour||{F} rang about youths hanging around the stairwell of her block, smoking and being
    loud. No one has threatened her.
a|anti_social_behaviour||ASB. Dog barking continually at neighbouring property, V (night shift worker) unable to
    sleep. No crime disclosed.
c|anti_social_behaviour||my neighbour keeps parking across my drive and leaving his bins on my side, hes rude
    but hes never threatened me
a|anti_social_behaviour||ASB. People using alley behind V's house as a cut-through late at night, shouting. No
    crime identified.
b|anti_social_behaviour||{M} is fed up with smoke from next door's garden fires most evenings. He says the
    neighbour is pleasant enough but ignores his requests.
a|anti_social_behaviour||ASB. Car meets in retail park every Friday night, revving engines and loud music.
    Residents complaining. No offences identified.
c|anti_social_behaviour||the couple upstairs are always arguing and slamming doors, i can hear every word, i
    dont think hes hurting her its just shouting, but i cant sleep
a|anti_social_behaviour||ASB. Youths knocking on V's door and running off several evenings. No damage, no abuse.
b|anti_social_behaviour||{F} complained that the corner shop attracts drinkers who sit on the wall outside all
    afternoon and leave cans and litter.
c|anti_social_behaviour||the lad next door revs his motorbike in the front garden at all hours, its like living
    next to a racetrack
a|anti_social_behaviour||ASB - neighbour dispute over overgrown hedge and leaves in gutter, verbal disagreements
    only, no threats.
b|anti_social_behaviour||Residents report a group of adults drinking and playing music in the park late at
    night. No one has been approached or threatened.
c|anti_social_behaviour||theres a house on our road where people are in and out all night, loud cars and music,
    i dont know whats going on but its not nice
a|anti_social_behaviour||ASB. Kids climbing on garage roofs behind V's house and shouting at night. No damage
    reported.
a|other_crime||Animal welfare offence. V reports neighbour kicking and starving his own dog. RSPCA also
    informed.
c|other_crime||someone keeps dumping bin bags and an old mattress at the end of our lane, its fly tipping and
    the council wont do anything
b|other_crime||{F}'s landlord changed the locks while she was out and won't let her back in. There was no court
    order or notice.
c|other_crime||I reported a crime last week but I dont want to say what it was on here, can someone ring me
    please
a|other_crime||Crime reported, details withheld by V. V requests call back only. Crime ref {ref}.
b|other_crime||{M} reported men hare coursing with dogs across his farmland at night. He has asked them to leave
    before.
a|other_crime||Animal welfare. Horse left without food or water in field, owner S identified. Referral from
    RSPCA.
c|other_crime||the people next door have like 15 dogs in a tiny yard and theyre skin and bone, barking all
    night, im sure its cruelty
a|other_crime||Illegal eviction. Landlord S removed V's belongings and changed locks without notice, V (tenant)
    now sofa-surfing. Council tenancy relations officer involved.
b|other_crime||Referral from a school: a parent says a crime happened to her son at the weekend but will only
    speak to a caseworker. No details yet.
a|other_crime||Victim of crime, no offence details on referral. V (34) requests emotional support. Crime ref
    {ref}.
c|other_crime||my neighbour leaves his dog shut in his car in the heat for hours every day, its howling. its his
    own dog not mine
b|other_crime||{M}'s farm has had repeated fly-tipping of building waste in the gateway to his field. The
    council is investigating.
a|burglary||Burglary dwelling, rear window forced, jewellery taken.
a|vehicle_offences||TOMV. V's van stolen overnight from {st}.
a|shoplifting||Shoplifting, £30 of meat, S detained.
a|violence_without_injury|DA|DA common assault. V slapped by husband, no injury.
a|criminal_damage_arson||CDA. V's car window smashed, no suspect.
c|theft_from_person||got pickpocketed on the bus, wallet gone
a|fraud_computer_misuse|ON|Online marketplace fraud, £120 lost, seller then blocked V.
a|stalking_harassment|DA|Harassment DA. Ex-p repeated calls and texts.
a|public_order|HC|Racially aggravated s5 POA at bus station.
a|anti_social_behaviour||ASB. Noisy neighbours, no crime disclosed.
c|other_theft||someone stole my parcel off the step again
a|drug_offences||PWITS Class A. S (20) remanded in custody.
a|sexual_offences||Sexual assault on bus. V (30) groped.
a|robbery|KN|Knifepoint street robbery, phone taken, V unhurt.
a|possession_of_weapons||Poss bladed article, S (17), no victim.
a|homicide||Bereaved family referral. Murder, Op {op}.
c|criminal_damage_arson||the kids smashed my greenhouse again last night
b|violence_with_injury|DA|{F} rang the support line late last night. She said her partner of six years has
    always been jealous and checks her phone, but on Saturday he accused her of cheating, threw her phone across
    the room, pulled her off the sofa by her hair and punched her in the stomach and face. She has a swollen eye
    and bruised ribs. He also smashed the bedroom door. She has gone to her sister's with the children. DASH
    completed, high risk.
c|burglary||ok so this is a long one sorry, we went to my mother in laws for the weekend and when we got back
    the side gate was open and the patio door had been levered, theyd been through every drawer upstairs, took
    my wedding ring, my sons xbox, about 300 in cash from the tin and my husbands work laptop, they also smashed
    the mirror in the hall for no reason, police came and took prints but said dont hold your breath
b|robbery|KN|{M} (17) was walking back from football training along the canal towpath when three older teenagers
    on bikes blocked his way. One lifted his hoodie to show a knife tucked in his waistband and told {M} to hand
    over his phone, headphones and bank card. They pushed him into the railings when he hesitated. He handed
    everything over and they rode off. He has bruising to his back and hasn't left the house since.
a|sexual_offences|ON CS|CSE strategy meeting outcome. V (14) female, open to CSC. V in contact via Snapchat and
    Instagram with several adult males, one identified as S (24). Evidence V met S twice at a flat in town
    centre where sexual activity took place. V given vapes, alcohol and cash. V does not see herself as a
    victim. 4 missing episodes in last month. Referral for specialist CSE worker and ISVA.
c|fraud_computer_misuse|ON|i feel like such an idiot, i saw an advert on facebook with a celebrity saying he
    made loads from bitcoin so i filled in the form and a man called me, he was really nice and helped me set up
    an account and i could see my money growing on the website so i put more in, about 22 thousand in total, now
    i cant withdraw anything and the website has gone. im 68 and that was my savings
b|stalking_harassment|DA ON|{F} separated from her husband in January. Since then he has sent her hundreds of
    messages across WhatsApp, email and Instagram, some begging her to come back and others calling her names.
    He has turned up at her work twice and sat outside her mum's house in his car. Last week he messaged her a
    photo of her car parked at the gym, which she had told no one about. No physical violence. DASH medium.
a|violence_with_injury|HC|Racially aggravated GBH s20. V (46) shop owner closing up when group of 4 males
    entered, S1 told V to go back where he came from and S2 punched V then kicked him repeatedly while on the
    floor. V sustained fractured eye socket and broken wrist. Nothing taken, no demand for property. S1 and S2
    identified from CCTV and arrested. V's family very frightened.
c|homicide|DA KN|my brother was killed by his wife in november, she stabbed him in the kitchen and then rang 999
    and said it was self defence. she used to hit him and control his money and the family all saw it but he
    never reported her. shes been charged with murder and pleading not guilty, trial is in may. my mum is 80 and
    cant cope. can someone help me with the victim personal statement
b|other_crime||{M} called to say he was the victim of something at the weekend and police have given him a crime
    number, but he does not want to talk about what happened over the phone. He sounded very upset and said he
    has not told his family. He would like a face-to-face appointment at the library hub rather than at home. No
    other details given and I did not push.
a|criminal_damage_arson||Arson endangering life (non-DA). Approx 0230hrs S set fire to wheelie bins pushed
    against V's front door, fire spread to door frame and hallway. V (71), V's husband and grandson escaped via
    rear. Smoke damage throughout ground floor. S identified as local youth, no prior connection with V, not
    related. Housing provider arranging emergency accommodation. V asking about compensation.
c|shoplifting||im the manager at a little convenience store and honestly its every single day now, the same two
    men come in, one stands at the counter asking about lottery tickets while the other fills a bag with meat,
    cheese, coffee, washing powder, whatever he can carry, then they just walk out. theyve never threatened us
    or touched anyone but my staff are sick of it and the police never come
a|violence_without_injury|MS|Modern slavery / labour exploitation. Intel-led visit to hand car wash on {st}. V1
    (28) and V2 (33) working 7 days a week, 12 hrs a day, paid £20 a day after deductions. Living in caravan on
    site, no heating. Passports held by S for safekeeping. Both disclosed debt bondage for travel costs. Both
    accepted NRM referral. S arrested.
"""


def parse_templates(block: str) -> list[tuple[str, str, list[str], str]]:
    """Parse the template block into (style, category, flags, text) tuples.

    Lines starting with whitespace continue the previous record.
    """
    records: list[str] = []
    for line in block.splitlines():
        if not line.strip():
            continue
        if line[0].isspace() and records:
            records[-1] += " " + line.strip()
        else:
            records.append(line.strip())
    out = []
    for rec in records:
        style, cat, flags, text = rec.split("|", 3)
        assert style in "abc" and cat in CATEGORIES, rec
        codes = [FLAG_CODES[f] for f in flags.split()]
        out.append((style, cat, sorted(codes, key=FLAG_ORDER.index), text))
    return out


def slots(rng: random.Random) -> dict[str, str]:
    """Return a fresh set of random slot values for one note."""
    f1, f2 = rng.sample(FEMALE, 2)
    m1, m2 = rng.sample(MALE, 2)
    ref = f"{rng.choice(['CR', 'CRN', 'LC', 'WR', 'NE'])}/{rng.randint(10000, 99999)}/{rng.choice(['24', '25'])}"
    return {
        "F": f1,
        "F2": f2,
        "M": m1,
        "M2": m2,
        "S": rng.choice(SURNAMES),
        "st": rng.choice(STREETS),
        "pub": rng.choice(PUBS),
        "op": rng.choice(OPS),
        "day": rng.choice(DAYS),
        "ref": ref,
    }


def add_typo(rng: random.Random, text: str) -> str:
    """Swap two adjacent inner letters of one longer word, as a typing slip."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def render(rng: random.Random, style: str, text: str) -> str:
    """Fill slots and apply style-appropriate surface variation to one template."""
    s = slots(rng)
    body = text.format_map(s)
    if style == "a":
        if rng.random() < 0.35 and not body.startswith("Crime type"):
            body = rng.choice(PREFIX_A).format_map(s) + body
        if rng.random() < 0.2:
            body = body.replace(". ", " - ", 1)
        if rng.random() < 0.45:
            body = body.rstrip(".") + "." + rng.choice(TAIL_A).format_map(s)
        if rng.random() < 0.25:
            body = body.rstrip(".")
        if rng.random() < 0.05:
            body = body.upper()
    elif style == "b":
        if text.startswith("{") and rng.random() < 0.35:
            body = rng.choice(PREFIX_B) + body
        if rng.random() < 0.4:
            body = body.rstrip(".") + "." + rng.choice(TAIL_B)
        if rng.random() < 0.03:
            body = body.upper()
    else:
        for old, new in SWAPS_C:
            if old in body and rng.random() < 0.35:
                body = body.replace(old, new, 1)
        if rng.random() < 0.4:
            body = add_typo(rng, body)
        if rng.random() < 0.3:
            body = rng.choice(OPEN_C) + body[0].lower() + body[1:]
        if rng.random() < 0.35:
            body = body + rng.choice(TAIL_C)
        if rng.random() < 0.3:
            body = rng.choice(PREFIX_C) + body
        if rng.random() < 0.15:
            body = body.lower()
        elif rng.random() < 0.04:
            body = body.upper()
    return body


def allocate(rng: random.Random, templates: list[tuple[str, str, list[str], str]]) -> list[int]:
    """Decide how many notes (1-3) each template yields.

    Category and flag minimums are met first, then each style is topped up to TARGET_PER_STYLE.
    """
    n = [1 if t[0] == "a" else 2 for t in templates]

    def counts() -> tuple[Counter, Counter, Counter]:
        cat: Counter = Counter()
        flag: Counter = Counter()
        sty: Counter = Counter()
        for k, (style, c, flags, _) in zip(n, templates, strict=True):
            cat[c] += k
            sty[style] += k
            for f in flags:
                flag[f] += k
        return cat, flag, sty

    order = list(range(len(templates)))
    rng.shuffle(order)
    for _ in range(2000):
        cat, flag, sty = counts()
        low_cat = [c for c in CATEGORIES if cat[c] < 24]
        low_flag = [f for f in FLAG_ORDER if flag[f] < FLAG_MIN.get(f, 26)]
        if low_cat:
            pool = [i for i in order if templates[i][1] == low_cat[0] and n[i] < 3]
        elif low_flag:
            pool = [i for i in order if low_flag[0] in templates[i][2] and n[i] < 3]
        else:
            short = [s for s in "abc" if sty[s] < TARGET_PER_STYLE]
            if not short:
                break
            style = min(short, key=lambda s: sty[s])
            pool = [i for i in order if templates[i][0] == style and n[i] < 3]
            pool.sort(key=lambda i: cat[templates[i][1]])
            pool = pool[: max(1, len(pool) // 3)]
        if not pool:
            break
        n[rng.choice(pool)] += 1
    return n


def build() -> list[tuple[str, str, str, str]]:
    """Build the full list of (note_id, text, category, flags) rows."""
    rng = random.Random(SEED)
    templates = parse_templates(TEMPLATES)
    alloc = allocate(rng, templates)
    seen: set[str] = set()
    notes = []
    for k, (style, cat, flags, text) in zip(alloc, templates, strict=True):
        made = 0
        for _ in range(200):
            if made == k:
                break
            note = " ".join(render(rng, style, text).split())
            if note.lower() in seen:
                continue
            if not 6 <= len(note.split()) <= 90:
                continue
            seen.add(note.lower())
            notes.append((note, cat, ";".join(flags)))
            made += 1
        assert made == k, text
    rng.shuffle(notes)
    return [(f"B7-{i:04d}", t, c, f) for i, (t, c, f) in enumerate(notes, 1)]


def main() -> None:
    """Write the CSV and print per-category and per-flag counts."""
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["note_id", "text", "category", "flags"])
        writer.writerows(rows)
    cats = Counter(r[2] for r in rows)
    flags = Counter(f for r in rows for f in r[3].split(";") if f)
    print(f"{len(rows)} notes -> {OUT}")
    for c in CATEGORIES:
        print(f"  {c:30s} {cats[c]}")
    for f in FLAG_ORDER:
        print(f"  {f:34s} {flags[f]}")
    assert all(cats[c] >= 20 for c in CATEGORIES)
    assert all(flags[f] >= 20 for f in FLAG_ORDER)


if __name__ == "__main__":
    main()
