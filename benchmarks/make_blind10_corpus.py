"""Generate the blind10 benchmark corpus of synthetic victim-services referral notes.

Every note is invented: names, towns and roads are fictional and no note describes a real person or
address. The scenario templates were written blind against ``/work/shared/TAXONOMY.md`` only (see
``benchmarks/BLIND10.md``). Each template carries one primary category and its flags; a template yields at
most three notes, varied by slot filling and by the house styles of different writers (prefixes,
shorthand, case, punctuation, the odd typo).

Run from anywhere::

    python benchmarks/make_blind10_corpus.py

It writes ``benchmarks/data/notes_blind10.csv`` with columns ``note_id,text,category,flags``.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from pathlib import Path

SEED = 1010
TARGET_NOTES = 800
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind10.csv"

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
RARE_FLAGS = ("honour_based_abuse", "modern_slavery", "child_sexual_abuse_exploitation")

VICTIM_NAMES = (
    "Jodie",
    "Tamsin",
    "Kerys",
    "Aled",
    "Marnie",
    "Dilys",
    "Ifan",
    "Shona",
    "Rhiannon",
    "Callum",
    "Precious",
    "Zainab",
    "Olek",
    "Bronwen",
    "Tayo",
    "Nadia",
    "Kelsey",
    "Lowri",
    "Dominika",
    "Farhan",
    "Mared",
    "Jaden",
    "Imogen",
    "Kacper",
    "Esme",
    "Yusuf",
    "Carys",
    "Leighton",
    "Abena",
    "Ffion",
)
TOWNS = (
    "Ashmere",
    "Brackenford",
    "Hollinsby",
    "Wenbury",
    "Stallingford",
    "Ollerby",
    "Tanners Cross",
    "Redwick Magna",
    "Penhallow Bridge",
    "Coldharbour Vale",
    "Eastmarsh",
    "Quenby Mill",
    "Llanfyrddin",
    "Caerwenny",
    "Skelbrook",
    "Thornleigh Green",
)
ROADS = (
    "Larch Crescent",
    "Quarry Lane",
    "Tannery Row",
    "Ferndown Road",
    "Pilgrim Way",
    "Mardle Street",
    "Cinder Bank",
    "Heol Tregwyn",
    "Osier Walk",
    "Bellfounder Road",
    "Kiln Lane",
    "Saltings Parade",
    "Wherry Close",
    "Goldcrest Avenue",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "the 14th", "the 3rd")

NEUTRAL_PREFIXES = (
    "VAL: ",
    "Referral - ",
    "Ref rec'd. ",
    "Call log: ",
    "VS referral. ",
    "Contact note: ",
    "Note: ",
    "From police referral feed: ",
    "Victim Care Unit - ",
    "Triage: ",
    "Incoming ref. ",
    "Caseworker note: ",
    "Police ref. ",
    "VAL callback: ",
    "Initial contact. ",
)
TAILS = (
    "Crime ref {ref}.",
    "Consent to share given.",
    "Call back agreed for {d}.",
    "Leaflet sent.",
    "Needs assessment booked.",
    "Referred to local VS team.",
    "V prefers email contact.",
    "Interpreter needed.",
    "Enhanced rights under VCOP.",
    "Welsh language service requested.",
    "V declined further support for now.",
    "Signposted to counselling.",
    "OIC informed of referral.",
    "Safe to leave voicemail.",
    "Do not call after 6pm.",
    "Cope and recover support offered.",
    "Text only pls.",
    "Has a support worker already.",
)
SHORTHAND = (
    (" and ", " & "),
    (" with ", " w/ "),
    (" because ", " cos "),
    ("hospital", "hosp"),
    ("please", "pls"),
    ("yesterday", "yday"),
    ("statement", "stmt"),
    ("information", "info"),
    (" about ", " abt "),
    ("police", "Police"),
    (" her ", " hr "),
    ("weeks", "wks"),
    ("months", "mths"),
    ("doesn't", "doesnt"),
    ("didn't", "didnt"),
    ("victim", "vic"),
)

# Label-neutral rewordings, each applied (to every match) with some probability per note.
VARIANTS = (
    (r"\bscared\b", ("frightened", "petrified")),
    (r"\bshaken\b", ("shook up", "rattled")),
    (r"\bkids\b", ("children", "little ones")),
    (r"\bchildren\b", ("kids",)),
    (r"\bworried\b", ("concerned", "anxious")),
    (r"\bupset\b", ("distressed", "tearful")),
    (r"\bovernight\b", ("during the night", "o/night")),
    (r"\bnobody\b", ("no one",)),
    (r"\bdoesn't\b", ("does not",)),
    (r"\bwasn't\b", ("was not",)),
    (r"\ba man\b", ("a male", "a guy")),
    (r"\ba woman\b", ("a female",)),
    (r"\bex-partner\b", ("former partner", "ex partner")),
    (r"\bboyfriend\b", ("b/f", "bf")),
    (r"\bgirlfriend\b", ("g/f",)),
    (r"\bneighbour\b", ("nbr", "neighbor")),
    (r"\byears\b", ("yrs",)),
    (r"\bpeople\b", ("ppl",)),
    (r"\bmessages\b", ("msgs",)),
    (r"\bwithout\b", ("w/o",)),
    (r"\bthrough\b", ("thru",)),
    (r"\bsuspect\b", ("susp", "the suspect")),
    (r"\bcar park\b", ("carpark",)),
    (r"\bmum\b", ("mother", "mam")),
    (r"\bwants\b", ("would like", "is asking for")),
    (r"\bteenagers\b", ("teens",)),
    (r"\breferral\b", ("ref",)),
    (r"\baddress\b", ("addr",)),
)

DATA = """
@homicide|domestic_abuse;knife_sharp_instrument
Bereaved family referral. {v}'s mum was stabbed to death by her husband at the family home in {t} on {d}.
Husband charged with murder, remanded. Family want help with the inquest and contact w/ FLO.

@homicide|
Dad calling re his son, 23, killed by a single punch outside a takeaway on {r}. Suspect not known to the
family, charged with manslaughter. Very angry, wants to know about making a VPS before trial.

@homicide|hate_crime
Brother of the deceased. {v}'s brother was beaten to death in {t} park, witnesses say the attackers were
shouting homophobic abuse at him the whole time. Three arrested on suspicion of murder. Refer to Homicide
Service pls.

@homicide|
Homicide Service referral: baby boy aged 7 weeks died, father charged with murder (head injuries from
shaking). Mother is the client, she was at work. No previous DA reported between the parents. Maternal
grandmother also asking for support.

@homicide|knife_sharp_instrument
OIC update - 19yo {v} died in hospital after being stabbed during a fight at a house party in {t}. Two
teenagers charged with murder. The victim's aunt is main contact, she's raising his younger siblings.

@homicide|domestic_abuse;honour_based_abuse
Sister of the deceased says {v} was killed by their father and an uncle because she wanted to leave her
husband and they said she had brought shame on the family. Both charged with murder. Sister terrified for her
own safety.

@homicide|
Elderly man found dead at his bungalow after a break-in, post mortem shows he died from head injuries
inflicted by the intruders. Murder enquiry ongoing. Referral is for his daughter {v}.

@homicide|~
I need someone to talk to. The landlord whose faulty boiler killed my partner with carbon monoxide was
convicted of gross negligence manslaughter today. I'm not coping with sentencing coming up.

@homicide|domestic_abuse
Caller's son, 34, killed by his ex-girlfriend who drove her car at him deliberately after a row outside his
flat. OIC says she's charged with murder, NOT a driving offence. Mum struggling, has a funeral to arrange.

@homicide|
Mother of 16yo {v} who was shot dead in a gang-related shooting in {t} last year. Trial listed for next month
at Crown Court. Wants a pre-trial court visit and a witness service contact.

@homicide|domestic_abuse
Daughter of {v} (78): her father smothered her mum with a pillow then tried to take his own life. He survived
and is charged with murder, no previous police contact. Daughter asking about the CPS process and a victim
liaison.

@homicide|
Referral from coroner's officer: worker died after being crushed at a recycling plant, company now charged
with corporate manslaughter. Widow {v} wants updates and help with the press.

@death_injury_driving|
{v}'s husband was killed crossing {r} by a driver racing another car. Driver arrested at scene, charged with
causing death by dangerous driving. Widow has two kids, needs practical + emotional support.

@death_injury_driving|
Cyclist (52) left with a brain injury after a van pulled out of a junction without looking. CPS have
authorised causing serious injury by careless driving. Wife is main contact, V can't use the phone.

@death_injury_driving|~
My daughter is in ICU after a drunk driver mounted the pavement and hit her outside the chip shop. He has been
charged with causing serious injury by dangerous driving and drink driving. We don't know what happens next.

@death_injury_driving|
Fatal RTC on the bypass near {t}. Driver was on his phone at the time per cell site. Charged w/ causing death
by careless driving. Referral for widow and two adult sons.

@death_injury_driving|
Motorcyclist killed by a disqualified, uninsured driver who failed to stop. Driver arrested 2 days later and
charged with causing death whilst disqualified. Victim's mother very distressed, asks for a call back.

@death_injury_driving|
Pedestrian aged 68 hit by a speeding car on a zebra crossing, fractured pelvis and both legs. Driver charged
causing serious injury by dangerous driving. V now uses a wheelchair; no hate element, driver didn't know him.

@death_injury_driving|
Child aged 9 knocked down outside the school gates by a car doing about 50 in a 20 zone, life changing
injuries. Driver charged w/ causing serious injury by dangerous driving. Parents referred by FLO.

@death_injury_driving|
She was the front passenger in her boyfriend's car when he crashed racing his mates, broke her back. He's
charged with causing serious injury by dangerous driving. She says he has never been violent or controlling,
no DA.

@death_injury_driving|
Bereaved parents. Their son (17) was a passenger in a stolen car that crashed during a police pursuit. Driver
charged with causing death by dangerous driving and aggravated vehicle taking.

@death_injury_driving|~
The lorry driver who killed my grandad on the roundabout has pleaded guilty to causing death by careless
driving. Sentencing is on {d}. I want to read my statement in court if I can.

@death_injury_driving|
Horse rider thrown and badly injured (fractured skull) when a car sped past her horse at speed on a country
lane, driver charged with causing serious injury by dangerous driving. Horse had to be put down.

@death_injury_driving|
Family liaison referral, 3 friends killed when a driver on cocaine crossed the central reservation. Driver in
custody, charged with causing death by careless driving when under the influence x3.

@sexual_offences|
ISVA referral. {v}, 24, raped by a man she met on a night out in {t}, at his flat. Reported next day, forensic
exam done at the SARC. Wants ISVA support through the investigation.

@sexual_offences|domestic_abuse
Disclosed to IDVA that her husband has raped her repeatedly over two years, most recently last weekend. DASH
high risk, MARAC referral made, she's staying w/ her sister.

@sexual_offences|child_sexual_abuse_exploitation
School DSL referral: Year 9 pupil (14) disclosed that her stepdad's brother has been touching her when he
babysits. Strategy meeting held, police investigating. Mum supportive.

@sexual_offences|child_sexual_abuse_exploitation
Male, 41, disclosing non-recent abuse by his football coach in the 1990s when he was aged 11 to 13. First time
he's told anyone. Police report made last month, OIC allocated.

@sexual_offences|
Woman groped on the train between {t} and the city, man pressed up against her and touched her bottom. BTP
investigating, CCTV requested. She's shaken and not travelling alone now.

@sexual_offences|
Man exposed himself to a group of women jogging on the path by the river at about 7am. Caller was one of them,
she gave a description. Police have had similar reports.

@sexual_offences|
Hidden camera found in the bathroom smoke alarm of a holiday let she rented. Police have seized the device.
She feels violated and wants to know if any footage has been shared.

@sexual_offences|child_sexual_abuse_exploitation;online
Mum reports a man on Snapchat groomed her 13yo son, persuaded him to send sexual images of himself and then
asked to meet him. Police have the phone. Son very withdrawn and not going to school.

@sexual_offences|child_sexual_abuse_exploitation;modern_slavery
Social worker: 16yo girl in care found to have been moved between flats in {t} and another city and sexually
exploited by older men who gave her drugs. Trafficking suspected, NRM referral submitted.

@sexual_offences|modern_slavery
Woman (29) from abroad rescued from a brothel above a shop in {t}. Says she was brought to the UK with a job
promise and forced into prostitution to pay off a debt. In safe house, needs an interpreter.

@sexual_offences|domestic_abuse
Her ex-boyfriend sexually assaulted her when she went back to collect her things from his flat, he also
smashed her phone so she couldn't call anyone. V is 19.

@sexual_offences|
Sexual assault by a private hire driver on the way home from work, he touched her thigh and chest and wouldn't
unlock the doors for a few minutes. Licensing informed. No previous contact with him.

@sexual_offences|child_sexual_abuse_exploitation;domestic_abuse
School nurse: 17 y/o disclosed her 20 y/o boyfriend forced her to have sex when she said no. He also controls
who she sees and checks her phone. She doesn't want her parents told.

@sexual_offences|child_sexual_abuse_exploitation
15yo girl in a "relationship" with a 19yo man she met at a party, sexual activity disclosed, he buys her vapes
and alcohol and picks her up from school. Police treating as CSE.

@sexual_offences|
Security at the shopping centre saw a man filming up a woman's skirt on the escalator with his phone. He was
arrested. V didn't know until security stopped her, very upset.

@sexual_offences|hate_crime
Trans woman sexually assaulted in a nightclub toilet by a man who'd been calling her transphobic names at the
bar before he followed her in and grabbed her.

@sexual_offences|
Care home resident (82, dementia) - a member of staff was seen sexually touching her by a colleague. Police
and adult safeguarding involved, staff member suspended. Family want support.

@sexual_offences|child_sexual_abuse_exploitation
Grandmother calling, granddaughter aged 6 has disclosed "secret games" with a teenage neighbour that sound
sexual. Police and children's social care aware, ABE interview next week.

@sexual_offences|
Woman (35) woke up to find a male friend she'd let sleep on her sofa touching her sexually. Not a partner,
they have never been in a relationship. Reported same morning.

@sexual_offences|
First year student, 18, raped at a halls party by another student she'd only met that night. Uni wellbeing
team referred, she has reported to police.

@sexual_offences|child_sexual_abuse_exploitation;online
Dad found messages on his 12 yo daughter's gaming app from a man asking her for pictures of herself in her
underwear and telling her to keep it secret. Police have screenshots.

@sexual_offences|child_sexual_abuse_exploitation
14yo boy sexually assaulted by an older boy (16) at a sleepover at a friend's house. Parents only found out
when he told a teacher. Police aware.

@sexual_offences|domestic_abuse
Wife disclosed to GP that her husband forces sex on her when he's been drinking, she didn't think it "counted"
as rape because they're married. GP referred to IDVA service.

@sexual_offences|domestic_abuse
Ex-partner sexually assaulted her in the car during a child contact handover at the services on {r}. She has
reported it but is worried about the family court hearing.

@sexual_offences|child_sexual_abuse_exploitation;domestic_abuse;honour_based_abuse
16 yo girl raped by her 21yo cousin. Her parents are pressuring her to withdraw because it will bring shame on
the family name, they've threatened to disown her and send her abroad. Police and CSC involved.

@sexual_offences|
Man in his 30s drugged and raped by two men he met in a bar in {t}. He's struggling to talk about it and asked
for a male ISVA if poss.

@violence_with_injury|domestic_abuse
Partner punched her in the face during a row over money, black eye and a cut lip. He's been bailed w/
conditions not to contact. DASH medium.

@violence_with_injury|
Door supervisor assaulted by a customer he was ejecting from the bar, broken nose. CCTV available. Wants
updates on the charge decision, feels it's not taken seriously.

@violence_with_injury|knife_sharp_instrument
Stabbed in the arm outside the chippy on {r} by a lad he didn't know, needed 12 stitches. Suspect ran off
towards the station. V is 22, lives with parents.

@violence_with_injury|hate_crime
Sikh man had his turban pulled off and was punched by two men who made anti-Sikh comments, grazes and swelling
to his face. Racially and religiously aggravated ABH.

@violence_with_injury|
Man, 45, deliberately hit by a car driven by someone he'd argued with in the pub car park, broken leg. CPS
charged attempted murder. V worried about being a witness.

@violence_with_injury|domestic_abuse
Ex-partner reversed his car into her on purpose outside her flat, broken ankle. He's charged with GBH with
intent, not a driving offence. She has a 3yo.

@violence_with_injury|domestic_abuse
Son (26) pushed his mum down the stairs when she refused to give him money, fractured wrist. Mum doesn't want
him prosecuted, just wants help for him and for herself.

@violence_with_injury|
Nursery noticed bruising to a 3yo's arms and face, mum's boyfriend arrested for ABH on the child. Child now
staying with grandparents. Grandparents referred for support.

@violence_with_injury|knife_sharp_instrument
Glassed in the face with a broken pint glass in a pub in {t}, deep cuts that need plastic surgery. Suspect
charged with s18 wounding. V worried about scarring and going out again.

@violence_with_injury|
Sunday league footballer punched by an opposition player after the final whistle, fractured cheekbone. Club
have banned the player. V wants to know about compensation.

@violence_with_injury|hate_crime
Man with learning disabilities beaten up at a bus stop by a group who called him disability slurs, bruised
ribs and a cut head. Carer reported it.

@violence_with_injury|domestic_abuse;honour_based_abuse
19yo woman beaten by her older brother and a cousin after they found out she has a boyfriend outside their
community, they said she'd dishonoured the family. Bruising to back and arms. In refuge now.

@violence_with_injury|
Bus driver punched through the gap in his cab screen by a passenger who refused to pay, cut above his eye. Bus
company supporting him.

@violence_with_injury|domestic_abuse
Her partner strangled her until she almost blacked out, marks on her neck photographed by police. He also said
he'd kill her. Remanded in custody. MARAC next week.

@violence_with_injury|
Teen (15) jumped by a group from another school on the way home, kicked in the head, concussion. Nothing was
taken from him. Mum calling.

@violence_with_injury|domestic_abuse;knife_sharp_instrument
Wife cut her husband's hand with a kitchen knife during an argument, he needed 5 stitches. He is reluctant to
support a prosecution, worried about the kids.

@violence_with_injury|
A&E nurse bitten on the forearm by a patient, skin broken, she's had to have blood tests. Hospital security
reported it to police.

@violence_with_injury|
Neighbour dispute over parking escalated, neighbour hit V over the head with a length of wood, cut needing
glue at the walk-in centre. Ongoing issues for months.

@violence_with_injury|
Dog walker punched by another dog walker after their dogs got into a scrap on the common, front tooth knocked
out. Suspect identified via the dog's name tag? OIC checking.

@violence_with_injury|domestic_abuse
Same-sex couple, her partner threw a mug at her head, needed stitches at A&E. Says it's the first time
anything physical, but partner is very jealous.

@violence_with_injury|domestic_abuse
IDVA: V is 28 weeks pregnant, partner kicked her in the stomach, she was admitted to the maternity unit
overnight. Baby ok. High risk.

@violence_with_injury|domestic_abuse
She's on a spousal visa, says her husband and mother-in-law both attack her, pulled out clumps of hair,
bruises all over her arms. Scared she'll be deported if she leaves.

@violence_with_injury|domestic_abuse
Dad (61) punched by his son (30) who came home drunk, black eye and cut cheek. Son still lives at the address.
Dad wants him to get help for his drinking.

@violence_with_injury|domestic_abuse
Male victim, wife hit him with a frying pan, fractured cheekbone. He's embarrassed and initially told A&E he
fell. Agreed to a referral to a male DA service.

@violence_with_injury|domestic_abuse
Stepdad punched his 16yo stepson in the face breaking his nose after an argument about curfew. Mum has asked
the stepdad to leave.

@violence_with_injury|
Assaulted by her new partner's ex-girlfriend outside a bar, hair pulled and scratched face. She's never been
in a relationship with the suspect, they've only met twice.

@violence_with_injury|
Flatmate punched her during a row about bills, split lip. They're not, and never have been, in a relationship
- just share a flat through an agency. She's moving out.

@violence_with_injury|
Market trader hit with a hammer by a rival trader in a dispute over a pitch, fractured hand. No DA, no
previous.

@violence_with_injury|domestic_abuse;honour_based_abuse
17yo boy told by parents he'll marry a cousin on a family trip abroad this summer; when he refused they beat
him with a belt, welts on his back. They say he's shaming them. Forced Marriage Unit involved.

@violence_with_injury|honour_based_abuse
Health visitor referral: FGM identified in a 7yo girl during a medical, believed done abroad during a holiday
last summer. Police and social care strategy meeting held.

@violence_with_injury|
Two men fighting outside the kebab shop, one needed stitches to his head. V doesn't want to give a statement
but wants advice.

@violence_with_injury|
Pensioner knocked to the ground by a cyclist who stopped and then punched him after a row about ringing the
bell on the towpath, broken hip. Nothing taken.

@violence_without_injury|domestic_abuse
Husband pushed her against the wall and held her by the shoulders shouting in her face, no injuries. First
time she's reported but says it has happened before.

@violence_without_injury|
Paramedic spat at by the patient's friend while treating him on the pavement in {t}. No injury. Ambulance
trust supporting prosecution.

@violence_without_injury|knife_sharp_instrument
Man held a knife to his throat in a row over a parking space outside the flats, no injury. V genuinely thought
he would be killed. Suspect known by sight only.

@violence_without_injury|
Neighbour threatened to kill her and her kids face to face over the garden fence, no weapon. Police attended
and gave advice. Not related, just next door.

@violence_without_injury|
Ex-colleague phoned him twice and said he'll stab him next time he sees him. No knife seen, calls only, he's
not seen the suspect in weeks. Threats to kill crime recorded.

@violence_without_injury|
Social care referral: two children aged 2 and 5 left alone overnight in the flat while mum went out. Child
neglect investigation. Referral for the grandmother who is now caring for them.

@violence_without_injury|
Woman not known to the family tried to lead a 6yo girl out of the play area by the hand, mum stopped her.
Arrested for attempted child abduction. Mum very shaken.

@violence_without_injury|modern_slavery
Man found working at a hand car wash for no pay, sleeping in a back room on site, passport held by the boss.
NRM referral made, Salvation Army support in place.

@violence_without_injury|modern_slavery
Domestic servitude: woman brought from abroad to look after a family's children, not allowed out alone, no
wages for 3 years. Family she worked for arrested. She has no relatives here.

@violence_without_injury|modern_slavery
County lines - 15yo boy found in a trap house in a seaside town 100 miles from home holding wraps of crack.
Says older men make him sell to pay off a "debt". Child criminal exploitation, NRM done.

@violence_without_injury|domestic_abuse;knife_sharp_instrument
Her brother (30) came at her with a kitchen knife during an argument about their late dad's house, she locked
herself in the bathroom and called 999. No injuries.

@violence_without_injury|hate_crime
Muslim woman had her hijab pulled by a stranger on the high street who shouted about terrorists. No injury but
she hasn't left the house since.

@violence_without_injury|domestic_abuse;honour_based_abuse
V, 18, says her father told her he'd kill her if she refused to marry the man chosen for her abroad, and took
her passport. Forced Marriage Unit informed, she's in emergency accommodation.

@violence_without_injury|
Polish warehouse worker says his agency supervisor shoved him in the yard and shouts at him. He has his own
passport and flat and is paid; NRM screening done, no trafficking indicators.

@violence_without_injury|
Teacher shoved by a parent in the playground at pick up, no injuries. School has banned the parent from site.

@violence_without_injury|
PCSO pushed in the chest by a drunk man in the town centre, no injury. He's been charged with assault on an
emergency worker.

@violence_without_injury|domestic_abuse
Mum (52) says her daughter (17) slapped her across the face during an argument about going out, no marks.
Daughter has been violent before. Mum wants advice not police action.

@violence_without_injury|
Mum reports her son, 13, slapped her and threw the TV remote at her, no injury. CAMHS already involved. She is
exhausted.

@violence_without_injury|knife_sharp_instrument
Road rage: van driver got out at the lights holding a Stanley knife and said he'd cut him, then drove off. V
not hurt. Dashcam footage has the reg.

@violence_without_injury|
Parents under investigation for child cruelty after their 8yo was repeatedly locked in his bedroom without
food as a punishment. School raised concerns. Aunt now caring for him.

@violence_without_injury|modern_slavery
Vietnamese lad, 17, found working in a nail bar, not paid, says he owes money to the people who brought him
over and they know where his family live. Police investigating trafficking.

@violence_without_injury|domestic_abuse
Grandson (22) sent his nan text messages saying he'd kill her if she didn't lend him money. No weapon, no
injuries. She's 81 and lives alone.

@violence_without_injury|domestic_abuse
Partner said he'd kill her and the dog if she ever leaves him. No weapon, said it calmly in the kitchen. DASH
high risk due to escalation.

@violence_without_injury|domestic_abuse
Ex-boyfriend grabbed her arm in the street and tried to pull her into his car, no marks. She broke free. They
split 2 months ago.

@violence_without_injury|domestic_abuse
Her uncle, who she lives with, spat at her during an argument about rent. She's 20. No injuries.

@violence_without_injury|domestic_abuse;knife_sharp_instrument
DASH high. Partner held a kitchen knife to her face and said nobody would want her. No injury. MARAC referral
done, he's on police bail.

@violence_without_injury|domestic_abuse
DVPN issued after husband shoved her into a cupboard door in front of the kids, no injuries. Police applying
for a DVPO.

@violence_without_injury|domestic_abuse
18yo daughter pushed over by her dad when she came home late, no injuries. Staying with a friend now.

@violence_without_injury|modern_slavery
Six men found living in a broken caravan on a farm, picking in polytunnels, wages taken by the gangmaster and
ID documents kept "for safekeeping". Labour exploitation investigation.

@violence_without_injury|modern_slavery
Police raid on a cannabis farm in {t}: 16yo Vietnamese boy found locked inside tending plants, trafficked into
the UK. Treated as a victim, NRM referral made.

@violence_without_injury|modern_slavery
Woman forced to beg outside the supermarket by a group who brought her from abroad and take all the money she
collects. Not allowed to keep her ID.

@violence_without_injury|modern_slavery
Man with a learning disability found living in a shed at a builder's yard, worked unpaid for years laying
patios, his benefits paid into the boss's account. Forced labour investigation.

@violence_without_injury|domestic_abuse;honour_based_abuse
Woman, 26, married abroad against her will last year, now her father slapped her when she said she won't
sponsor the husband's visa. No injuries. She says the family's reputation is all they care about.

@violence_without_injury|
Threatened with a gun at a bus stop by a man who pointed it at him and laughed, then walked off. Police think
it was a BB gun. V not hurt.

@violence_without_injury|
Delivery driver had a dog set on him by a customer, the dog didn't bite him but the customer then shoved him
off the doorstep. No injuries.

@violence_without_injury|
Man (58) threatened by his landlord who said he'd kill him if he didn't leave by Friday, said it to his face
in the hallway. No weapon. Not family.

@violence_without_injury|
Child abduction: estranged aunt (no parental responsibility) took 10yo from school claiming to be collecting
for mum, child found at her house that evening unharmed.

@stalking_harassment|domestic_abuse
Coercive control - partner checks her bank account daily, goes through her phone, stops her seeing friends,
tracks her car. No physical violence. IDVA allocated.

@stalking_harassment|domestic_abuse;online
Ex-girlfriend keeps creating fake Instagram accounts to message him and his new partner every day despite
being blocked. Stalking investigation opened.

@stalking_harassment|
Stranger has followed her home from the gym four times, waits outside her work and left flowers on her car
windscreen. She doesn't know who he is. Stalking advocate referral.

@stalking_harassment|online;hate_crime
Trans woman getting transphobic abuse on Twitter from multiple accounts after she spoke at a local council
meeting, some posts include her workplace. Malicious comms reported.

@stalking_harassment|
Neighbour bangs on the walls, shouts at her every time she leaves the house and has filmed her kids in the
garden. Been warned twice. Three crime reports now for harassment.

@stalking_harassment|hate_crime
Wheelchair user harassed for months by youths on his estate who mock his disability, bang on his windows at
night and call him names. Housing officer referral.

@stalking_harassment|
Former colleague has been sending her abusive handwritten letters at home every week since she reported him at
work. Letters have been seized.

@stalking_harassment|domestic_abuse
Stalking by ex-husband - drives past her house several times a day, turned up at her new job, rings from
withheld numbers. Calls and texts only. Stalking protection order being considered.

@stalking_harassment|online
Receptionist getting 40+ abusive emails from a customer she dealt with, calling her stupid and saying he'll
get her sacked. Employer supporting her.

@stalking_harassment|domestic_abuse
Adult daughter (23) says her father controls all her money and who she sees, won't let her get a job, takes
her phone at night. Coercive control, she lives at home.

@stalking_harassment|online
Someone posted her home address and photos in a local Facebook group calling her a grass after she gave
evidence in a trial. Harassment investigation.

@stalking_harassment|domestic_abuse;online
Husband put a tracking app on her phone and reads her WhatsApps, tells her where she's been and who she's
spoken to. She's in refuge now.

@stalking_harassment|
Her sister's ex-boyfriend keeps texting her asking where her sister lives and has turned up at her door twice.
She has never been in a relationship with him. Harassment warning given.

@stalking_harassment|hate_crime;online
Jewish councillor receiving antisemitic abuse in emails and Facebook comments, one mentioned the street she
lives on. Police advised on security.

@stalking_harassment|
Man she briefly worked with years ago keeps turning up at her church and sitting right behind her, has had a
harassment warning before. She's started going to a different service.

@stalking_harassment|domestic_abuse
Ex-wife turns up at his work and screams at him, rang his boss to say he's a danger to children, and snapped
his wing mirror last week. Several incidents, harassment recorded.

@stalking_harassment|online
Teen (16) being bullied on Snapchat by a group of girls from school, threatening messages and mocking edited
photos of her face (nothing sexual). School and police involved.

@stalking_harassment|domestic_abuse
Wife won't let him see his family, takes his wages, belittles him constantly and says she'll take the kids if
he leaves. Male victim, coercive control, referred to a specialist service.

@stalking_harassment|domestic_abuse
Ex-partner sends her hundreds of texts a day and rings her mum and her work. She's changed her number twice.
No online contact.

@stalking_harassment|domestic_abuse;online
Ex keeps posting about her on Facebook calling her a slag and sharing where she lives now. Screenshots saved.
Harassment crime recorded.

@stalking_harassment|domestic_abuse
GPS tracker found hidden under her car wheel arch, she believes her ex put it there. He also keeps turning up
where she is. Stalking investigation.

@stalking_harassment|domestic_abuse
Her older brother keeps harassing her over their mum's will, long abusive voicemails and turning up at her
door at night. She's 44, he's 50.

@stalking_harassment|domestic_abuse
Husband controls all the money, she has to ask him for cash for sanitary products and he checks every receipt.
Not allowed to drive. Coercive control crime recorded.

@stalking_harassment|
Customer who claims they were dating keeps waiting outside the shop where she works, V denies any
relationship, says he's a regular who became fixated on her. Stalking.

@stalking_harassment|domestic_abuse;honour_based_abuse
Woman, 20, not allowed to leave the house alone since her family found out she has a boyfriend, brothers check
her phone, say she's shamed them. Coercive control.

@stalking_harassment|domestic_abuse;honour_based_abuse;online
Her husband's brothers have been sending WhatsApp messages saying she will "be dealt with" for bringing shame
by asking for a divorce. She's moved out, 2 kids.

@stalking_harassment|domestic_abuse;honour_based_abuse;online
Her ex-husband's family posted her photo on Facebook saying she has dishonoured them by remarrying, and keep
messaging her new husband. Harassment reported.

@stalking_harassment|
Debt collector for a private firm rings her 20 times a day and sat outside her house in his car for hours.
Police recorded harassment. No online element.

@stalking_harassment|online
Anonymous account on TikTok keeps making videos about her business calling her a fraud and tagging her
customers. Going on 6 months.

@burglary|
Came home from work to find the back door forced, laptop, jewellery and passports gone. SOCO attended, V
worried they'll come back.

@burglary|
Shed broken into overnight, padlock cut, two mountain bikes and power tools taken. Shed is in the back garden
by the house.

@burglary|
Distraction burglary. Man claiming to be from the water company got into 87yo {v}'s house and took £300 from
her handbag while she ran the taps. Daughter called.

@burglary|
Business burglary at the hair salon on {r}, shutters jemmied, till and products taken. Owner wants help with
insurance letter.

@burglary|
Attempted break in overnight, pry marks round the front door lock and a smashed glass panel, nobody got in. V
now scared to stay there on her own.

@burglary|domestic_abuse
Ex-partner used an old key to let himself into her flat while she was at work and took her passport and some
clothes. She'd changed the locks? No - landlord hadn't yet.

@burglary|
Church hall broken into, charity collection tins and the PA system stolen. Caretaker found the window smashed.

@burglary|
Burglars got in through the kitchen overnight, took the car keys from the hook and drove off in the car from
the drive. Car not found yet.

@burglary|
Student house - someone nobody knew walked in through the unlocked front door during a party and took phones
and a laptop from the bedrooms.

@burglary|
Aggravated burglary, men in balaclavas forced the door carrying a crowbar and emptied the safe in the office
while the family hid upstairs. Nobody confronted.

@burglary|
Garage broken into, garden tools, lawnmower and a pressure washer gone. Second time this year. Garage is
attached to the house.

@burglary|
Caller's late father's house was burgled while empty the week after his funeral, his medals taken. Family
devastated.

@burglary|~
Someone climbed in through my kitchen window while I was asleep upstairs and took my handbag and car keys. The
car's still outside. I can't sleep now.

@burglary|hate_crime
Mosque broken into overnight, donation boxes emptied and copies of the Quran thrown on the floor, anti-Muslim
graffiti left in the prayer hall.

@burglary|
School broken into over half term, 12 laptops stolen from the IT suite. Business manager reporting.

@burglary|
Static home? No - bungalow. Elderly man woke to find a stranger in his bedroom going through drawers, man ran
off with his wallet. No contact between them.

@burglary|
Burglary at the doctor's surgery overnight, drugs cabinet not touched but petty cash and a laptop taken.

@burglary|
Burglary while V on holiday, neighbour noticed the back door open. Jewellery inherited from her mum taken.
Insurer asking for crime ref.

@robbery|knife_sharp_instrument
Two lads on a moped pulled a knife on him and took his phone and wallet on {r}. V (17) not injured, very
shaken, doesn't want to go out.

@robbery|
Bag snatch: man grabbed her handbag and she held on, he dragged her along the pavement until she let go.
Grazed knees and hands.

@robbery|knife_sharp_instrument
Petrol station cashier threatened with a machete by a masked man, cash from the till taken. Not hurt. Night
shift, alone.

@robbery|
Carjacking - man punched him at the traffic lights, took the keys out of his hand and drove off in his car.
Car found burnt out later.

@robbery|knife_sharp_instrument
Man said he had a knife in his pocket and told her to hand over her phone, she didn't see it but believed him
and handed it over.

@robbery|
Delivery driver robbed of parcels by three men who pushed him over and took them from the van while he was on
the ground.

@robbery|hate_crime
Gay couple robbed after leaving a bar, called homophobic names and punched, both phones and a wallet taken.

@robbery|
Elderly lady knocked over by a youth who then took her purse, broken wrist. Neighbour referring.

@robbery|
14yo threatened by older boys in the park who said they'd batter him unless he handed over his trainers and
his bike. He did. Mum calling.

@robbery|domestic_abuse
Her brother (27) pinned her down on the sofa and took £200 cash out of her purse to buy drugs. Bruised arm.

@robbery|
Bookmakers robbed by a man with a handgun, staff made to open the safe then locked in the back office. Staff
member referred.

@robbery|online
He arranged to sell his watch to a buyer from an online marketplace, met in a car park, buyer punched him and
ran off with the watch.

@robbery|
Man grabbed his phone as he walked and when he held on, punched him in the face and ran off with it. Cut lip.

@robbery|knife_sharp_instrument
Takeaway delivery rider held at knife point in an alley and made to hand over his cash bag and his moped keys.

@theft_from_person|
Pickpocketed on a busy bus into {t}, purse taken from her coat pocket, she didn't feel a thing. Cards
cancelled.

@theft_from_person|
Phone snatched out of his hand by a lad riding past on a bike while he was on a call. No contact with him, no
injury, no force apart from the grab.

@theft_from_person|
Wallet taken from his back pocket in the crowd at the football, cards then used in shops before he noticed.
Bank refunded.

@theft_from_person|
Tourist had her phone lifted out of her shoulder bag at the Christmas market in {t}. Only noticed when she
went to pay.

@theft_from_person|
Elderly man approached by two women asking directions while a third took his wallet from his inside jacket
pocket. He's embarrassed, didn't want to report.

@theft_from_person|
Bag snatched from her shoulder by a lad who ran past from behind, no struggle and she wasn't hurt, just
shocked.

@theft_from_person|~
someone took my phone out of my jacket pocket while i was dancing at the club on saturday. didn't see who.
need crime ref for insurance

@theft_from_person|
Purse slipped out of her open handbag while she was paying at a market stall, she felt a nudge and then it was
gone. CCTV being checked.

@theft_from_person|domestic_abuse
Partner snatched her phone out of her hand during a row and sold it the next day. No violence. She has no
other phone now.

@theft_from_person|
Pickpocket at {t} station took his phone from his trouser pocket on the escalator. BTP crime ref issued.

@theft_from_person|
Earbuds and phone taken from a student's coat hanging on her chair? No - from her pocket, while she was
queuing at the cashpoint. No threats made.

@bicycle_theft|
Bike stolen from the rack outside {t} station, D-lock cut. Worth about £900, used it for commuting.

@bicycle_theft|
Son's bike taken from the front garden overnight, it wasn't locked. Front garden is open to the street.

@bicycle_theft|
Food delivery rider's pedal bike stolen while he was inside collecting an order. It's how he earns a living.

@bicycle_theft|
Two kids' bikes nicked from outside the library while they were inside, only left for 10 minutes.

@bicycle_theft|
Bike stolen from outside the gym, he then saw it for sale on Facebook Marketplace two days later and told
police. The theft itself was from the bike rack.

@bicycle_theft|
Cargo bike with a child seat stolen from outside the nursery at drop off. Mum relies on it.

@bicycle_theft|~
my bike got nicked from the uni bike shelter, cable lock cut. i have the frame number

@bicycle_theft|
Adapted tricycle belonging to a disabled man stolen from outside his flat. Nothing said or done to suggest he
was targeted because of his disability, not treated as hate.

@bicycle_theft|domestic_abuse
Her ex-boyfriend took her bike from outside her work and won't give it back, says she owes him. They split
last month.

@bicycle_theft|
Racing bike taken off the roof rack? No - off the bike stand outside the cafe while he had a coffee. Carbon
frame, £2,400.

@bicycle_theft|
Grandson's BMX taken from outside the corner shop, lad seen riding off on it. Grandad wants to know if it'll
be followed up.

@shoplifting|
Store manager: same man stealing meat and razor blades three times this week, walks straight out past the
tills.

@shoplifting|
Pharmacy staff say a woman put about £200 of skincare into a carrier bag and walked out. CCTV good quality.

@shoplifting|
Corner shop owner reporting repeat thefts of alcohol by a group of youths who grab bottles and run out.

@shoplifting|
Garden centre: two men loaded a trolley with power tools and pushed it out of the fire exit without paying.

@shoplifting|
Charity shop volunteer - man took a donated leather jacket from the rail and walked out wearing it.

@shoplifting|
Supermarket self-checkout theft, customer scanning carrots and bagging steaks, happened a few times. Security
has him on camera.

@shoplifting|
Phone shop - customer asked to see a display handset then ran out of the shop with it.

@shoplifting|
Retail assistant upset after a shoplifter swore at her and walked out with two bottles of vodka, no physical
contact. She wants to know if she can give a statement.

@shoplifting|
Sports shop: teenagers coming in and stealing trainers from the display, staff feel powerless.

@shoplifting|
Bookshop owner noticed expensive art books going missing, caught a man putting two into his rucksack and
leaving without paying.

@other_theft|
Fuel drive off at the garage on {r}, £85 of diesel, car was on false plates.

@other_theft|
Parcels stolen from her doorstep after delivery three times this month, doorbell camera shows the same man.

@other_theft|
Care agency worker stealing cash from her 90yo client's purse during visits, hidden camera set up by family
caught it. Not a relative.

@other_theft|
Man rang her saying he'd tell her husband about her affair unless she pays him £2000. Calls only, no online
contact. Blackmail.

@other_theft|online
Young man, 22, being told on Instagram by someone he's never met to pay £500 or screenshots of his private
chats about his gambling debts will be sent to his parents and his boss. Blackmail.

@other_theft|
Warehouse manager reporting an employee caught on camera taking stock out in his lunch bag over several weeks.
Theft by employee.

@other_theft|
Taxi driver reporting a passenger who ran off without paying a £40 fare at the end of the journey.

@other_theft|
Handbag left on the chair in a cafe taken while she was at the counter ordering. She wasn't holding it.

@other_theft|
French bulldog puppy stolen from their back garden, gate left open. Family devastated, kids in bits.

@other_theft|
Lead stolen from the church roof, rain now coming in. Vicar reporting.

@other_theft|domestic_abuse
Her son (24) took her engagement ring from the jewellery box and pawned it. Not the first time he has taken
things from her.

@other_theft|
Plant pots and a stone bird bath stolen from her front garden overnight. She's 79.

@other_theft|
Restaurant owner: table of six left without paying a £180 bill, said they were going out for a smoke.

@other_theft|
Birthday cards with cash in going missing from the post, postal worker now suspended. Theft of mail.

@other_theft|domestic_abuse
Husband took the rent money she'd saved out of her handbag and left for the weekend. She can't pay the rent
now.

@other_theft|
Builder left her job half done and took the materials she'd paid for to use on another job. Police have
recorded theft.

@other_theft|
Phone left on the train, someone handed it to a man who said he'd take it to lost property but tracking shows
it at his house.

@vehicle_offences|
Car stolen from outside the house overnight, keyless relay attack suspected. Doorbell camera shows two men
with a device.

@vehicle_offences|
Catalytic converter cut off his car in the supermarket car park in broad daylight. Hybrid, third one in the
area.

@vehicle_offences|
Tools worth about £3k taken out of the back of his van overnight, no sign of forced entry, he thinks he left
it unlocked.

@vehicle_offences|
Motorbike stolen from outside his flat, tracker shows it in another town. Not a push bike, 125cc.

@vehicle_offences|
Her car was taken by joyriders and crashed into a wall on {r}, written off. Aggravated vehicle taking, two
teens arrested.

@vehicle_offences|
Number plates stolen off her car, she only found out when a speeding letter came from another county.

@vehicle_offences|
Man seen on a doorbell camera trying car door handles all along {r} at 3am. Nothing taken as all locked.

@vehicle_offences|
Company van stolen from the depot yard with the keys left in the ignition. Manager reporting.

@vehicle_offences|domestic_abuse
Ex-husband took her car without permission and refuses to return it, the car is in her name. He says she owes
him.

@vehicle_offences|
Sat nav, sunglasses and a gym bag taken from her unlocked car on the driveway.

@vehicle_offences|
All four wheels stolen off his car overnight, car left sitting on bricks on the street.

@vehicle_offences|
Quad bike stolen from the farm yard, second theft of farm vehicles this month in the valley.

@vehicle_offences|
Teen's 50cc moped stolen from outside college, chain cut. Insurance wants crime ref.

@vehicle_offences|domestic_abuse
Ex-girlfriend took his motorbike keys and the bike while he was at work and won't say where it is.

@vehicle_offences|
Caravan? No, his tow car - stolen from the campsite while the family were asleep in the caravan.

@criminal_damage_arson|domestic_abuse
Partner smashed her phone and punched holes in the bedroom door during an argument, didn't touch her. She left
with the kids.

@criminal_damage_arson|
Wheelie bins set alight outside the block of flats at 1am, fire service attended. Residents frightened.

@criminal_damage_arson|
Car keyed along both sides in the work car park. £1,100 to repair.

@criminal_damage_arson|
Someone threw a brick through the front window of the takeaway just after closing. Owner not hurt.

@criminal_damage_arson|hate_crime
Swastikas and anti-Jewish graffiti sprayed on the synagogue wall overnight. Community very distressed.

@criminal_damage_arson|
Neighbour's teenage sons deliberately kicked in her fence panels after she told them off about noise. Not
related to her.

@criminal_damage_arson|
Allotment shed burnt down overnight, fire service say it was deliberate. Committee reporting on behalf of
members.

@criminal_damage_arson|domestic_abuse
Ex set fire to her car on the drive at 2am, it's on her doorbell camera. She has a non-molestation order
against him.

@criminal_damage_arson|
Paint stripper poured over his car bonnet while parked outside his house, third time.

@criminal_damage_arson|hate_crime
Gay couple's rainbow flag burnt and their front window smashed, a note with homophobic slurs pushed through
the door.

@criminal_damage_arson|
Glass in the bus shelter smashed again, council asking for crime refs for the insurance.

@criminal_damage_arson|
Letterbox fire: lit paper pushed through the door at night, family woke to the smoke alarm, hall carpet
scorched, nobody hurt.

@criminal_damage_arson|
Headstones in the village churchyard pushed over and broken, including her husband's. She's devastated.

@criminal_damage_arson|domestic_abuse
Son (20) smashed the TV and kicked holes in the walls when his mum refused him money. Didn't touch her.

@criminal_damage_arson|domestic_abuse
Ex-boyfriend scratched "slag" into the paintwork of her car. Witness saw him.

@criminal_damage_arson|domestic_abuse
Husband burnt her clothes and her passport in a bin in the garden after she said she wanted a divorce.

@criminal_damage_arson|
Windscreen smashed with a hammer by a man in a road rage incident, he didn't threaten V, just damaged the car
and left.

@criminal_damage_arson|
Play equipment at the community park set on fire, parish council reporting.

@possession_of_weapons|
Son (17) stopped and searched in the town centre and found with a lock knife. Mum called for advice, he says
he carries it because he's scared. Never used it.

@possession_of_weapons|
V saw a machete on the back seat of a car at the lights and reported it, man arrested when stopped later. No
threats to anyone.

@possession_of_weapons|
Stewards found a lock knife in a supporter's bag at the turnstiles before the match. Steward is the referral,
a bit shaken.

@possession_of_weapons|
Imitation firearm found in a Year 10 pupil's rucksack at school, nobody was threatened. Head teacher
reporting.

@possession_of_weapons|
Police recovered a zombie style knife and a knuckleduster from a man's waistband at the bus station after a
tip off from a member of the public.

@possession_of_weapons|
Stun gun disguised as a torch found in a flat during a warrant. Landlord is the caller.

@possession_of_weapons|
Pupil brought a kitchen knife into school in his bag, staff found it, no threats made to anyone.

@possession_of_weapons|
Knife seen tucked in the waistband of a man on the bus, he never took it out or said anything to her but she
was frightened and got off. BTP arrested him later.

@possession_of_weapons|
Shotgun with no certificate found at her late uncle's farmhouse while clearing it, she reported it straight
away.

@possession_of_weapons|
Man walking round the retail park with a samurai sword in a bag, security called police. Didn't threaten
anyone.

@possession_of_weapons|
Knuckleduster found in a driver's door pocket during a routine stop. No victim, passer-by reported earlier.

@drug_offences|
Neighbour dealing drugs from his flat, cars pulling up at all hours, needles found in the stairwell. Housing
aware.

@drug_offences|
Mum found cannabis, scales and bags in her son's bedroom (he's 19), wants advice on what to do. He's never
been violent towards her.

@drug_offences|
Cannabis farm found in the house next door after she noticed the smell and heat, police raided it yesterday.
Worried about reprisals.

@drug_offences|
Man offering ketamine to pupils outside the school gates, head reporting.

@drug_offences|
Caller says a taxi driver in the town sells cocaine to passengers on late night runs.

@drug_offences|
Landlord found his tenant growing cannabis in the loft of the rented house, electrics bypassed.

@drug_offences|
Her son has been charged with drug trafficking offences (supplying cocaine). No human trafficking, he's 30.
She wants support as a family member.

@drug_offences|
Prison officer reports letters soaked in spice being sent in to an inmate.

@drug_offences|
Residents say drugs being sold from the ice cream van on the estate, kids seen buying things that aren't ice
cream.

@drug_offences|
Dealer using the bus shelter outside her house to sell weed and pills, openly.

@public_order|hate_crime
Man shouted racist abuse at a bus driver and told him to go back to his own country, no physical contact.
Passengers filmed it.

@public_order|
Drunk man swearing and threatening staff at the GP reception, receptionist alarmed and distressed, no assault.
Practice manager reporting.

@public_order|
Mass brawl outside a nightclub in {t}, about 20 people involved, caller's son got caught up in it but wasn't
hurt. Violent disorder investigation.

@public_order|hate_crime
Lesbian couple had homophobic abuse shouted at them from a passing car while walking their dog. Got part of
the reg.

@public_order|
Football fans throwing bottles and chanting threats at away supporters outside the ground, nobody hit. Caller
was with his young son and very frightened.

@public_order|hate_crime
Deaf woman sworn at and mocked by a man in a queue who mimicked her signing and called her names because she's
deaf. Staff intervened.

@public_order|
Man stood outside her house shouting that he'd "sort her out" over a parking row, police dealing as a section
4 public order. Lives a few doors down.

@public_order|
Gang of lads intimidating commuters at the station, shouting, squaring up to people, BTP attended. Caller was
surrounded briefly.

@public_order|hate_crime
Leaflets full of abuse about Muslims pushed through letterboxes along {r}. Caller is Muslim and feels
targeted.

@public_order|
Taxi driver threatened and sworn at by a passenger who refused to wear a seatbelt, no contact. Passenger got
out without being violent.

@public_order|
Woman had misogynistic abuse shouted at her by a group of men outside a pub, called sexist names. Not treated
as a hate crime under current categories.

@public_order|domestic_abuse
Ex-partner stood outside her house at 2am shouting abuse and swearing, neighbours woke up alarmed, arrested
for a public order offence. Just the one incident.

@public_order|hate_crime
Man in a wheelchair had abuse shouted at him on the high street, called a scrounger and disability slurs. No
contact.

@public_order|
Shop worker abused and threatened by a customer refusing to queue, staff frightened, customer left before
police came.

@misc_crimes_against_society|
Car doing about 90mph through the village, overtaking on blind bends, nearly hit her and her kids on the
verge. Nobody hurt, no contact. Dashcam submitted for dangerous driving.

@misc_crimes_against_society|child_sexual_abuse_exploitation
Her partner arrested after she found indecent images of children on a USB stick in his drawer and reported it.
She's the referral, feels sick. He has never been abusive to her.

@misc_crimes_against_society|
Neighbour threatened to smash her car windows if she parked outside his house again. He didn't touch the car.
Threat to commit criminal damage.

@misc_crimes_against_society|
Defendant's cousin approached V outside the court and offered her money to drop the case. Police investigating
perverting the course of justice.

@misc_crimes_against_society|
Man who reversed into her car in a car park gave a false name and showed a forged driving licence. Police have
the licence photo.

@misc_crimes_against_society|
Caller bought a laptop off a friend of a friend, turned out to be stolen in a burglary, the seller's been
charged with handling stolen goods. Caller lost £300.

@misc_crimes_against_society|
Husband was already married abroad when he married her, she found out after 5 years. Bigamy reported. No abuse
or violence in the relationship.

@misc_crimes_against_society|
Prosecution witness says a defence witness lied on oath in her trial, perjury being looked into. She's angry
about the verdict.

@misc_crimes_against_society|
Lorry tailgating and brake checking her on the motorway for miles, dangerous driving, no collision. She's now
scared to drive.

@misc_crimes_against_society|child_sexual_abuse_exploitation;online
Mum found a nude selfie of her 15yo daughter being shared round a school WhatsApp group by other pupils.
Police and school involved.

@misc_crimes_against_society|
Neighbour told her he'd burn down her shed if her kids' ball came over his fence again. Nothing damaged yet.

@misc_crimes_against_society|
Van driver mounted the pavement and drove along it to get past traffic, pedestrians had to jump out of the
way, nobody hit.

@misc_crimes_against_society|domestic_abuse
Ex-husband told her he'll smash up her car if she doesn't let him see the kids this weekend. Nothing damaged
so far. Threat to commit criminal damage.

@misc_crimes_against_society|child_sexual_abuse_exploitation
Police found indecent images of children on her lodger's computer when they did a warrant, she had no idea.
Lodger not family.

@misc_crimes_against_society|
Antiques dealer reports a man repeatedly offering him silverware he believes is stolen, police arrested the
man for handling stolen goods. Dealer worried about reprisals.

@misc_crimes_against_society|
Cyclist reports a driver who deliberately swerved close to intimidate him and cut him up repeatedly along the
A-road, no contact made. Dangerous driving.

@misc_crimes_against_society|
Former mechanic says the garage he worked at issues forged MOT certificates for cars that would fail. He's
worried about losing his job, wants support as a witness.

@misc_crimes_against_society|
Caller's employer asked her to sign a false witness statement about an accident at work to protect the company
from prosecution. She refused and reported it. Perverting the course of justice.

@anti_social_behaviour|
Noise from the upstairs flat every night till 3am, music and shouting. Council noise team aware. No threats
made.

@anti_social_behaviour|
Youths hanging around the shop doorway swearing and being rowdy, nothing stolen, no crime, residents fed up.

@anti_social_behaviour|
Neighbour's dog barking all day while they're at work, she's tried talking to them. Council involved.

@anti_social_behaviour|
Kids on bikes riding on the pavement, knocking on doors and running off. Nothing damaged. Annoying more than
anything.

@anti_social_behaviour|
Neighbours having parties every weekend, cars parked across her drive, loud music. No threats.

@anti_social_behaviour|
Group of teenagers gathering in the park drinking and leaving litter, not threatening anyone but older
residents avoid the area.

@anti_social_behaviour|
Kids kicking a football against her wall for hours every evening. No damage, just the noise.

@anti_social_behaviour|
Neighbour feeding pigeons, mess all over her car and windows, she wants something done. Mediation offered.

@anti_social_behaviour|
Off road bikes being ridden across the playing field at weekends, residents complaining about noise.

@anti_social_behaviour|
Neighbour's CCTV camera points into her garden, she feels uncomfortable. Police say it's a civil matter, no
offence.

@anti_social_behaviour|
Loud arguments next door most nights. Caller says there's no violence heard and it isn't a domestic - two lads
sharing the flat who argue over gaming.

@anti_social_behaviour|
Street drinkers on the bench outside her house, shouting and urinating in the bushes. Community safety team
referral.

@anti_social_behaviour|
Teenagers on the bus being loud and putting feet on seats, driver asked them to stop. No one threatened.

@anti_social_behaviour|
Ongoing neighbour dispute about bins and parking, both sides complaining. No crime disclosed, mediation
referral.

@other_crime|
Neighbour's dog kept in filthy conditions in the yard, very thin, left out in all weathers. Animal welfare
charity informed. Caller upset.

@other_crime|
Builders' rubble and old bathroom suites fly tipped on her farmland repeatedly. Council enforcement involved.

@other_crime|
Landlord changed the locks and put her belongings out on the street without any court order. Illegal eviction,
council tenancy relations officer involved.

@other_crime|
V says she was a victim of a crime in {t} last month, doesn't want to say what happened, has a crime ref and
wants emotional support only.

@other_crime|
Men with dogs disturbing a badger sett on the edge of the woods, caller heard digging. Wildlife crime officer
informed.

@other_crime|
Horse left in a field with no food or water, ribs showing, owner known locally. Caller worried it will die.

@other_crime|
Victim of a loan shark charging huge interest on a £500 loan, now owes £4,000. Illegal money lending team
referral.

@other_crime|
Hare coursing on his farmland, men with lurchers driving across crops at night. Rural crime team.

@other_crime|
Police referral, "victim of crime", offence type not recorded on the referral. V asked for a call back.

@other_crime|
Man kicking and starving his own dog in the back garden, neighbours have videos. Animal cruelty.

@other_crime|
Caller reports a car parts business dumping waste oil into the brook behind her house. Environment agency
informed.

@other_crime|
Unlicensed breeder keeping dozens of dogs in stacked cages in a garage, caller saw them when she went to look
at a puppy. Council licensing and animal welfare involved.

@fraud_computer_misuse|
Courier fraud. 84yo got a call from a "police officer" saying her bank was compromised, she handed £6,000 cash
to a courier at her door. Phone call only.

@fraud_computer_misuse|online
Romance scam: met a "US army doctor" on a dating site, sent him £23k over 8 months for flights and fees. Now
realises. Very ashamed.

@fraud_computer_misuse|online
Paid an £800 deposit for a puppy advertised on a website, seller disappeared and the site's gone.

@fraud_computer_misuse|online
Her Instagram account was hacked and used to message her friends asking them to invest in crypto. Two friends
lost money.

@fraud_computer_misuse|
Rogue trader knocked on the door, said roof tiles were loose and charged £4,500 for work that was never done.
79yo V, lives alone.

@fraud_computer_misuse|online
Investment scam through a crypto trading website that showed fake profits, lost £40k of life savings.

@fraud_computer_misuse|
"Bank" rang him and persuaded him to move £12k to a safe account. Phone call only, he doesn't use the
internet.

@fraud_computer_misuse|domestic_abuse
Her ex took out two loans and a credit card in her name while they lived together, she only found out from a
credit report. Economic abuse.

@fraud_computer_misuse|online
Phishing email pretending to be from HMRC, he entered his card details on the link, £1,200 taken.

@fraud_computer_misuse|
Card cloned at a cash machine in {t}, £600 withdrawn abroad. Bank investigating.

@fraud_computer_misuse|online
Sold a sofa on an online marketplace, buyer sent a fake payment screenshot and collected it before she checked
her account.

@fraud_computer_misuse|
Someone opened a mobile phone contract in his name at a shop in another city using a fake ID. Identity fraud.

@fraud_computer_misuse|online
"Hi Mum" WhatsApp scam, mum sent £1,900 to someone pretending to be her daughter with a new number.

@fraud_computer_misuse|
Man with a learning disability persuaded by people he thought were friends to hand over his bank card and PIN,
£2k spent. No hostility shown, they targeted him because he's trusting.

@fraud_computer_misuse|online
Bought festival tickets from a seller on Twitter, paid by bank transfer, tickets never arrived and account
deleted.

@fraud_computer_misuse|
Letter claiming to be a pension review, she posted her documents back and someone transferred her pension pot
out. No emails or online contact.

@fraud_computer_misuse|domestic_abuse
Grandson (19) used his nan's bank card and PIN without permission to withdraw £3,000 over a month.

@fraud_computer_misuse|domestic_abuse;online
Ex-partner logged into her online banking after they split, using her saved password, and transferred £2,500
to himself.

@fraud_computer_misuse|online
Email from "her solicitor" changed the bank details for her house deposit, £28k sent to fraudsters.
Conveyancing fraud.

@fraud_computer_misuse|
Man came to the door selling "fire safety" checks, took £150 and never came back. Pensioner.

@fraud_computer_misuse|online
Someone hacked his work email and sent invoices to clients with new bank details. Computer misuse reported to
Action Fraud.

@violence_with_injury|domestic_abuse
IDVA. V assaulted by partner, broken finger. Wants refuge.

@burglary|
burg dwelling, TV and jewellery taken, rear window.

@theft_from_person|
purse dipped on the market, no force, v elderly

@robbery|knife_sharp_instrument
16yo mugged for his phone at knifepoint on the way home from football.

@anti_social_behaviour|
Nuisance neighbour noise complaint, no crime disclosed.

@fraud_computer_misuse|
Scam phone call, lost £400 paying for a "computer fix" by bank transfer over the phone. No remote access
given, never went online.

@stalking_harassment|domestic_abuse
Ex harassing her by text, no threats, wants advice about a non-mol.

@criminal_damage_arson|
Car windows smashed overnight on {r}, 3 cars hit.

@vehicle_offences|
Car stolen off the drive overnight. Keys still in the house.

@violence_with_injury|domestic_abuse
Ex-partner got in through the back door, punched her leaving a black eye, smashed her phone and took her car
keys. High risk, MARAC referral.

@sexual_offences|
Stalked for months by a man she met once at a wedding; last week he grabbed her in the park and sexually
assaulted her. Arrested.

@violence_without_injury|hate_crime
Spat at and called a racist name by a man on the tram. No injury. Tram staff have CCTV.

@violence_with_injury|
Punched by a stranger outside a bar, bruised cheekbone. V asked if he's allowed to carry a knife for
protection next time, advised no.

@burglary|
Burgled last week while at work. She mentioned her brother was abused as a child and the intrusion has brought
a lot back for the family. Referral for the burglary only.

@violence_with_injury|domestic_abuse
Partner shoved her into the door frame, bruised arm. HBA screening questions asked, none disclosed, her family
are supportive.

@other_theft|
Handbag taken from her table in a pub. She's worried they might use her cards online but nothing has been used
and they're cancelled.

@stalking_harassment|domestic_abuse
Dad, 70, says his adult daughter who lives with him shouts at him, takes his pension and won't let him see his
friends. Coercive control.

@violence_without_injury|domestic_abuse;knife_sharp_instrument
Ex-partner waved a screwdriver at her through the car window at the school gates and said she'd be next. No
injury. She believed him.

@violence_with_injury|domestic_abuse
Mother (45) hit with a games controller by her 17yo son during a row about screen time, cut to her head needed
gluing.

@violence_with_injury|domestic_abuse
Young couple both 17. Boyfriend kicked her repeatedly, bruises on her legs. School safeguarding lead referred.
No sexual abuse disclosed.

@public_order|hate_crime
Man in the home stand making monkey noises at a Black player, stewards ejected him. Caller was sat next to him
and distressed.

@shoplifting|
Theft from shop - 2x electric toothbrushes. Suspect known to staff.

@bicycle_theft|
kids bike stolen from the school bike racks at lunchtime

@other_theft|
Charity collection box taken off the bar at the pub while staff were busy.

@sexual_offences|
Man followed her into the public toilets and tried to film her under the cubicle door on his phone. She
screamed and he ran.

@violence_without_injury|online
Threats to kill sent on Facebook Messenger by a man she'd had a row with in the pub. He said he knows where
she lives.

@drug_offences|
Crack dealing from flat 3, constant callers day and night.

@vehicle_offences|
Someone siphoned diesel out of the tank of his lorry overnight at the lay-by.

@stalking_harassment|
Elderly neighbour keeps pushing nasty letters through her door calling her a witch and a tart. Months of it
now.

@anti_social_behaviour|
Cars meeting in the retail park car park every night revving engines and playing music. No crime, residents
can't sleep.

@theft_from_person|
Phone taken from her hand on the train just as the doors closed, lad jumped off. She wasn't touched.

@violence_with_injury|domestic_abuse
IDVA case note. Long history of DA with partner, previous MARAC last year. Last night he came home drunk,
accused her of cheating, threw her phone at the wall, dragged her by her hair across the lounge and punched
her in the ribs. Seen at A&E, possible cracked rib. Kids were in bed. She agrees to a DVPN application. Safety
plan done, locks being changed by housing.

@robbery|
Victim (34, warehouse worker) walking home from a night shift on {r} about 6am when two men approached, one
asked for the time and the other grabbed him from behind. They went through his pockets and took his phone,
wallet and work lanyard. Punched once, swollen eye. No weapons seen. No DA history, lives alone. Wants help
with sleep and getting back to work.

@stalking_harassment|domestic_abuse;online
Stalking advocate notes: V split from her partner in the spring. Since then he has messaged her on WhatsApp
and Instagram several hundred times, created a fake profile to follow her friends, turned up at her gym and
left a note on her windscreen. No physical violence and no threats to kill, but she has changed her routine
completely and is not sleeping. SPO application being prepared by police.

@sexual_offences|child_sexual_abuse_exploitation
Self referral by a woman in her 50s who was sexually abused by her grandfather from age 8 to 12. He is still
alive. She reported it to police after her own daughter turned 8 and it all came back. Has had counselling
before but wants ISVA support now that there will be an ABE interview.

@burglary|
Long one. Retired couple came back from their daughter's to find the patio door smashed and the house
ransacked, jewellery, cash and his late brother's watch taken. Nobody was home. Neighbour saw a grey van.
They're not sleeping, wife is scared to be in the house alone, asked about target hardening and a lock fitting
scheme. No injuries, no threats.

@fraud_computer_misuse|online
Very long call. 72yo man befriended on a social media site by a woman who said she was a widow working on an
oil rig. Over a year he sent about £60,000, first for her "customs fees", then for her daughter's medical
bills. Son found out and called us. Man still believes she is real and is angry with his son. Bank has frozen
the account.

@violence_without_injury|
Man came into the bakery and threatened to kill the owner over a complaint, said he'd be back to finish him.
Nothing physical, no weapon shown. Owner not related.

@public_order|
Neighbour drunk in the street shouting and swearing at passers by, banging on car roofs. Police moved him on,
no one hurt or threatened directly.

@criminal_damage_arson|
Her garden pond pump and lights smashed and the fish tipped out. Third time. Suspect neighbour, no relation.

@sexual_offences|online;child_sexual_abuse_exploitation
Sextortion of a 16yo boy: someone posing as a girl on Instagram got him to send intimate images then demanded
money or they'd send them to his school friends. Police involved.

@other_theft|online
Former business partner sending emails demanding £5,000 or he will post details of her old spent conviction on
review websites and tag her clients. Blackmail.
"""


def parse_templates(block: str) -> list[tuple[str, str, tuple[str, ...], bool]]:
    """Parse the template block into (text, category, flags, first_person) tuples.

    Args:
        block: Records that start with ``@category|flags`` (``|~`` marks a note in the victim's own
            words, which never gets a call-handler prefix), followed by wrapped text lines.

    Returns:
        One tuple per template, in block order.
    """
    templates: list[tuple[str, str, tuple[str, ...], bool]] = []
    for record in block.split("\n@"):
        record = record.strip().lstrip("@")
        if not record:
            continue
        header, _, body = record.partition("\n")
        parts = [p.strip() for p in header.split("|")]
        category = parts[0]
        first_person = "~" in parts[1:]
        flags = tuple(f for p in parts[1:] if p != "~" for f in p.split(";") if f)
        text = " ".join(line.strip() for line in body.splitlines() if line.strip())
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r} in {text[:60]!r}")
        for flag in flags:
            if flag not in FLAGS:
                raise ValueError(f"unknown flag {flag!r} in {text[:60]!r}")
        templates.append((text, category, flags, first_person))
    return templates


def allocate(templates: list[tuple[str, str, tuple[str, ...], bool]], rng: random.Random) -> list[int]:
    """Decide how many notes (1 to 3) each template yields so the corpus lands on TARGET_NOTES.

    Templates carrying a rare flag get three notes and every other template two. Then, while the total is
    above the target, one template from the currently largest category is thinned to a single note, so
    small categories keep their share (among ties, a template without domestic abuse goes first); no
    category or flag is taken below 20 notes.

    Args:
        templates: Parsed templates.
        rng: Seeded random generator.

    Returns:
        Note count per template, aligned with ``templates``.
    """
    counts = [3 if any(f in RARE_FLAGS for f in flags) else 2 for _, _, flags, _ in templates]
    tally: Counter[str] = Counter()
    for n, (_, category, flags, _) in zip(counts, templates, strict=True):
        tally[category] += n
        for flag in flags:
            tally[flag] += n
    order = list(range(len(templates)))
    rng.shuffle(order)
    while sum(counts) > TARGET_NOTES:
        movable = [
            i
            for i in order
            if counts[i] == 2 and tally[templates[i][1]] > 20 and all(tally[f] > 20 for f in templates[i][2])
        ]
        if not movable:
            break
        i = max(movable, key=lambda k: (tally[templates[k][1]], "domestic_abuse" not in templates[k][2]))
        counts[i] = 1
        tally[templates[i][1]] -= 1
        for flag in templates[i][2]:
            tally[flag] -= 1
    return counts


def add_typo(text: str, rng: random.Random) -> str:
    """Introduce one keyboard slip (swapped or dropped letter) in a longish word.

    Args:
        text: Note text.
        rng: Seeded random generator.

    Returns:
        The text with at most one word altered.
    """
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha() and w.islower()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    j = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    else:
        word = word[:j] + word[j + 1 :]
    words[i] = word
    return " ".join(words)


def crime_ref(rng: random.Random) -> str:
    """Return an invented crime reference number."""
    return f"{rng.choice(('CR', 'VS', 'RF'))}/{rng.randint(10000, 99999)}/{rng.choice(('24', '25'))}"


def render(template: tuple[str, str, tuple[str, ...], bool], rng: random.Random) -> str:
    """Fill the slots of one template and apply a random writer's house style.

    Args:
        template: One parsed template.
        rng: Seeded random generator.

    Returns:
        A single note text between 5 and 90 words.
    """
    text, _, _, first_person = template
    slots = {"v": rng.choice(VICTIM_NAMES), "t": rng.choice(TOWNS), "r": rng.choice(ROADS), "d": rng.choice(DAYS)}
    note = text.format_map(slots)
    for pattern, alternatives in VARIANTS:
        if rng.random() < 0.3:
            note = re.sub(pattern, rng.choice(alternatives), note)
    if rng.random() < 0.35:
        for old, new in rng.sample(SHORTHAND, k=rng.randint(1, 3)):
            note = note.replace(old, new)
    if rng.random() < 0.18:
        note = add_typo(note, rng)
    if rng.random() < 0.12:
        note = note.replace(". ", " - ") if rng.random() < 0.5 else note.replace(", ", " ")
    if not first_person and rng.random() < 0.4:
        note = rng.choice(NEUTRAL_PREFIXES) + note
    if rng.random() < 0.3:
        tail = rng.choice(TAILS).format(ref=crime_ref(rng), d=rng.choice(DAYS))
        candidate = note.rstrip() + ("" if note.rstrip().endswith((".", "!", "?")) else ".") + " " + tail
        if len(candidate.split()) <= 90:
            note = candidate
    if rng.random() < 0.2:
        note = note.rstrip(".")
    roll = rng.random()
    if roll < 0.07:
        note = note.lower()
    elif roll < 0.1:
        note = note.upper()
    return re.sub(r"\s+", " ", note).strip()


def build(seed: int = SEED) -> list[tuple[str, str, str, str]]:
    """Build the corpus rows.

    Args:
        seed: Seed for ``random.Random``; the default reproduces the published file.

    Returns:
        Rows of (note_id, text, category, flags) in shuffled order.
    """
    rng = random.Random(seed)
    templates = parse_templates(DATA)
    counts = allocate(templates, rng)
    seen: set[str] = set()
    rows: list[tuple[str, str, str]] = []
    for template, n in zip(templates, counts, strict=True):
        made = 0
        for _ in range(200):
            if made == n:
                break
            note = render(template, rng)
            key = note.lower()
            if key in seen or not 5 <= len(note.split()) <= 90:
                continue
            seen.add(key)
            rows.append((note, template[1], ";".join(template[2])))
            made += 1
        if made != n:
            raise RuntimeError(f"could not make {n} distinct notes from {template[0][:60]!r}")
    rng.shuffle(rows)
    return [(f"B10-{i:04d}", text, category, flags) for i, (text, category, flags) in enumerate(rows, start=1)]


def main() -> None:
    """Write the corpus CSV and print per-category and per-flag counts."""
    rows = build()
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(("note_id", "text", "category", "flags"))
        writer.writerows(rows)
    categories = Counter(row[2] for row in rows)
    flags = Counter(flag for row in rows for flag in row[3].split(";") if flag)
    print(f"wrote {len(rows)} notes from {len(parse_templates(DATA))} templates to {OUT_PATH}")
    for name in CATEGORIES:
        print(f"  {name:30s} {categories[name]:4d}")
    for name in FLAGS:
        print(f"  {name:30s} {flags[name]:4d} ({flags[name] / len(rows):.1%})")


if __name__ == "__main__":
    main()
