#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind corpus 41: Witness Care and Victim Care units of a metropolitan force.

Scenario: a large (unnamed, invented) English city. The notes are written by
witness care officers (case updates at charge, bail, PTPH and trial stages),
Victim Care Unit call handlers, probation victim liaison officers working the
Victim Contact Scheme, the restorative-justice hub, and CPS/police staff
acknowledging Victims' Right to Review requests. Older victims (doorstep crime,
financial abuse by relatives, paid carers) and the night-time economy are
well represented. The voices run from formal CPS-influenced legal shorthand to
the victims' own words on the phone.

Every person, place, venue, reference and event is invented. Each template is
hand-labelled with one category and its flags under /work/shared/TAXONOMY.md;
the slots only carry names, places, dates, times, amounts, references, counts
and ages that never cross a threshold, so no slot can change a label.

Standard library only. One random.Random(41_2026) drives everything; output is
byte-identical whatever the working directory or PYTHONHASHSEED.
Writes data/notes_blind41.csv next to this script (800 notes, B41-0001..B41-0800).
"""

import csv
import random
import string
from pathlib import Path

SEED = 41_2026
N_NOTES = 800
OUT = Path(__file__).resolve().parent / "data" / "notes_blind41.csv"

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

CAT_CODES = {
    "HOM": "homicide",
    "DDR": "death_injury_driving",
    "VWI": "violence_with_injury",
    "VWO": "violence_without_injury",
    "STK": "stalking_harassment",
    "SEX": "sexual_offences",
    "ROB": "robbery",
    "BUR": "burglary",
    "VEH": "vehicle_offences",
    "TFP": "theft_from_person",
    "BIK": "bicycle_theft",
    "SHP": "shoplifting",
    "OTH": "other_theft",
    "CDA": "criminal_damage_arson",
    "DRG": "drug_offences",
    "WPN": "possession_of_weapons",
    "PUB": "public_order",
    "MSC": "misc_crimes_against_society",
    "FRD": "fraud_computer_misuse",
    "ASB": "anti_social_behaviour",
    "OCR": "other_crime",
}

FLAG_CODES = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "online": "online",
    "knife": "knife_sharp_instrument",
    "csa": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}

# ---------------------------------------------------------------- slot pools
FEMALE = (
    "Aisha",
    "Bernadette",
    "Chloe",
    "Danielle",
    "Eileen",
    "Fatima",
    "Gemma",
    "Harpreet",
    "Imogen",
    "Jasmine",
    "Kelly",
    "Leanne",
    "Maureen",
    "Nadia",
    "Olivia",
    "Precious",
    "Rukhsana",
    "Shauna",
    "Tracey",
    "Una",
    "Valerie",
    "Wendy",
    "Yasmin",
    "Zofia",
    "Agnieszka",
    "Beverley",
    "Carmel",
    "Dorothy",
    "Esther",
    "Funmi",
    "Gail",
    "Hollie",
    "Iqra",
    "Joanne",
    "Kerry-Ann",
    "Lorraine",
    "Marcia",
    "Niamh",
    "Pauline",
    "Roxanne",
    "Samira",
    "Theresa",
    "Vicky",
    "Winifred",
    "Abigail",
    "Brenda",
    "Courtney",
    "Demi",
    "Elif",
    "Francesca",
    "Gloria",
    "Hayley",
    "Ifeoma",
    "Janet",
    "Kayleigh",
    "Lynne",
    "Mei",
    "Noreen",
    "Parveen",
    "Rhiannon",
    "Sinead",
    "Tanisha",
    "Ursula",
    "Zara",
)
MALE = (
    "Abdul",
    "Barry",
    "Callum",
    "Darren",
    "Eamon",
    "Femi",
    "Gareth",
    "Hamza",
    "Ian",
    "Jermaine",
    "Kieran",
    "Lee",
    "Mohammed",
    "Nathan",
    "Olu",
    "Piotr",
    "Qasim",
    "Ryan",
    "Stuart",
    "Tariq",
    "Uche",
    "Vinny",
    "Wayne",
    "Yusuf",
    "Alfie",
    "Bilal",
    "Connor",
    "Desmond",
    "Errol",
    "Frank",
    "Graham",
    "Harvey",
    "Imran",
    "Jamal",
    "Kwame",
    "Liam",
    "Marek",
    "Neville",
    "Owen",
    "Patrick",
    "Raymond",
    "Shane",
    "Terry",
    "Vikram",
    "Warren",
    "Zain",
    "Aled",
    "Brendan",
    "Clive",
    "Dwayne",
    "Emeka",
    "Fraser",
    "Gordon",
    "Hassan",
    "Jordan",
    "Keith",
    "Luke",
    "Mehmet",
    "Norman",
    "Reece",
    "Sanjay",
    "Tomasz",
    "Wesley",
    "Colin",
)
SURNAME = (
    "Adeyemi",
    "Ahmed",
    "Armstrong",
    "Bailey",
    "Begum",
    "Bennett",
    "Brennan",
    "Campbell",
    "Chaudhry",
    "Clarke",
    "Connolly",
    "Daley",
    "Dawson",
    "Doherty",
    "Edwards",
    "Fagan",
    "Fletcher",
    "Francis",
    "Gallagher",
    "Grant",
    "Hall",
    "Hussain",
    "Iqbal",
    "Jackson",
    "Johnson",
    "Kaur",
    "Kelly",
    "Khan",
    "Kowalski",
    "Lawrence",
    "Lewis",
    "Lynch",
    "McCarthy",
    "McKenzie",
    "Malik",
    "Mensah",
    "Morgan",
    "Murphy",
    "Nowak",
    "Nwosu",
    "O'Brien",
    "Okafor",
    "Osei",
    "Parker",
    "Patel",
    "Pearson",
    "Quinn",
    "Rahman",
    "Reid",
    "Riley",
    "Roberts",
    "Robinson",
    "Sahota",
    "Shah",
    "Sharma",
    "Simpson",
    "Singh",
    "Stewart",
    "Sullivan",
    "Thompson",
    "Turner",
    "Uddin",
    "Walsh",
    "Ward",
    "Watson",
    "White",
    "Wilson",
    "Wisniewski",
    "Yilmaz",
    "Young",
    "Zielinski",
    "Hanlon",
)
AREA = (
    "Eastbridge",
    "Hollins Cross",
    "Saltmarket",
    "Wexley Park",
    "Norgate",
    "Brindle Heath",
    "Castlefields",
    "Dunmore",
    "Fenwick Green",
    "Gorse Hill",
    "Harrowby",
    "Kelvedon",
    "Lark Rise",
    "Millbank Vale",
    "Netherholt",
    "Oakhurst",
    "Pellow End",
    "Quarry Bank",
    "Ravensmoor",
    "St Jude's",
    "Tannery Row",
    "Upper Astley",
    "Whitlow",
    "Yardley Fold",
)
STREET = (
    "Alder Road",
    "Cobden Street",
    "Marlowe Avenue",
    "Princes Parade",
    "Rope Walk",
    "Tenter Street",
    "Vicarage Lane",
    "Wharf Road",
    "Beacon Way",
    "Chapel Hill",
    "Dover Terrace",
    "Elm Grove",
    "Foundry Lane",
    "Granby Row",
    "Hatherley Close",
    "Inkerman Street",
    "Juniper Walk",
    "Kingsway",
    "Lindley Road",
    "Mafeking Street",
    "Newhall Street",
    "Orchard Crescent",
    "Pump Street",
    "Queens Drive",
    "Rydal Mount",
    "Sefton Road",
    "Tulip Close",
    "Union Street",
    "Waverley Road",
    "Yew Tree Avenue",
    "Bishopsgate Walk",
    "Canal Side",
    "Dyer Street",
    "Forge Road",
    "Garnet Street",
)
VENUE = (
    "the Lamplighter",
    "Vault 9",
    "Halo",
    "the Crown & Anchor",
    "Neon Lounge",
    "the Old Mill Tap",
    "Club Echo",
    "the Fox and Hounds",
    "Spinners Bar",
    "Lagoon",
    "the Railway Arms",
    "Basement 21",
    "Velvet Rooms",
    "the Copper Kettle",
    "Twisted Lime",
    "the Bell",
)
SHOP = (
    "Tesco Express",
    "the Co-op",
    "Lidl",
    "Boots",
    "Sainsbury's Local",
    "Londis",
    "B&M",
    "Home Bargains",
    "Greggs",
    "the Spar",
    "Superdrug",
    "Iceland",
    "Aldi",
    "the corner shop",
)
HOSPITAL = (
    "the General",
    "St Anne's",
    "the Royal Infirmary",
    "Eastbridge Hospital",
    "the Northern",
    "Norgate Community Hospital",
    "St Luke's",
)
CROWN_COURT = (
    "Eastbridge Crown Court",
    "Norgate Crown Court",
    "the Crown Court at Saltmarket",
    "Castlefields CC",
    "Crown Ct (Harrowby)",
)
MAGS = (
    "Norgate Mags",
    "Saltmarket Magistrates' Court",
    "Eastbridge MC",
    "Harrowby Magistrates",
    "Whitlow Mags",
    "Dunmore Magistrates' Court",
)
CARS = (
    "Ford Fiesta",
    "VW Golf",
    "Range Rover Sport",
    "Toyota Yaris",
    "Vauxhall Corsa",
    "BMW 1 Series",
    "Nissan Qashqai",
    "Kia Sportage",
    "Audi A3",
    "Honda Jazz",
    "Mercedes C-Class",
    "Skoda Octavia",
)
PHONES = ("iPhone 14", "iPhone 15 Pro", "Samsung S23", "Pixel 8", "iPhone 13", "Samsung A54")
BIKES = ("Carrera", "Boardman", "Specialized", "Trek", "Brompton", "Raleigh", "Giant", "Cube")
PLACEHOLDER = ("not recorded", "N/K", "tbc", "TBC", "n/k", "not known", "to follow", "unknown")
RANKS = ("DC", "PC", "DS", "TDC", "PS", "DI")
MONTHS = (
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
)
MON3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# ---------------------------------------------------------------- templates
# category code | flag codes (;-separated) | text
TEMPLATES = r"""
# ---- homicide
HOM|da|Homicide Service referral recv'd {date}. Deceased {f} {sur} ({age}) killed at the home address on {st}, {area}; her husband {m} {sur} charged with murder, remanded, PTPH at {court} {date2}. Referral is for her sister {f2}, who found her. Sister says there were 'years of him putting her down' but nothing ever reported. Phone contact only, not before 10am pls.
HOM||VCS / VLO note. Offender {m} {sur2} - life sentence, min term 18 yrs - for the murder of V's son {m2} in {area} {yrs} yrs ago. No connection between offender and family before the offence. Parole Board review listed; mum {f} {sur} wants to submit a VPS and asks for an exclusion zone covering {st}. Letters only, she doesnt do email.
HOM|knife|WCU case update, R v {sur} & anor. Manslaughter pleas accepted {date} at {court}, murder counts to lie on file - CPS explained in a meeting with counsel present. {m} was fatally stabbed outside {venue} {time}. Dad very unhappy, 'how is that justice for my lad', given VRR leaflet and Homicide Service number. Sentence date tbc.
HOM||Bereavement referral for Mrs {f} {sur} ({oage}). Her husband {m} ({oage2}) was shoved to the ground by an unknown youth at the bus stop on {st} on {date}, hit his head, died in {hosp} {n} days later. Now a manslaughter enquiry, one male arrested and bailed. Mrs {sur} lives alone, very hard of hearing - use text relay or visit.
HOM|da|FLO pass-on. V {f} ({age}) - her brother {m} (adult) is charged with murdering their dad {m2} at the family home in {area} on {date}. V still visits her brother on remand and says she feels 'torn in half'. Mum also a witness. Needs a worker who gets that it's family on both sides. Court: {court}.
HOM||RJ enquiry from {f} {sur}. She lost her son {m} {yrs} yrs ago when he was hit once and fell in {area}; offender did his time for manslaughter and is now on licence. She'd like to meet him 'to ask him why'. OM says offender willing in principle. For RJ hub assessment, ref {ref}.
HOM|hate|VLO update to the family of {m} {sur}, killed in a racially motivated attack in {area} {yrs} yrs ago. Second offender's conditional release date approaching ({date}). Family ask for licence conditions re {st} and no contact with any of them. Sentencing judge found racial hostility proved.
HOM||Probation victim liaison. Mr {m} {sur} (V's father). Offender {f} {sur2} convicted of infanticide of their baby daughter, hospital order made. Parents separated before the birth. Dad wants to opt in to VCS and to be told of any discharge or leave. Very private, letters to a PO box only.
HOM|da;knife|WCU - trial listed {date} at {court}, est 3 wks: murder of {f} {sur} by her ex-partner. Main witness {f2} (deceased's best friend) - s.23 screens granted, live link refused. Deceased stabbed {n} times. Prior DASH high risk and heard at MARAC twice before her death. Pre-trial court familiarisation booked.
HOM||Referral via Homicide Service. Site labourer {m} {sur} ({age}) died after falling from unguarded scaffold in {area}; site manager charged with gross negligence manslaughter. Widow {f} asks why the firm itself hasnt been charged. Needs Polish interpreter for all contact.
HOM||Family of {m} {sur}: found dead in his flat on {st} {date}, PM shows head injuries, now being treated as murder. Two males arrested and RUI. Brother rang VCU very angry, 'nobody tells us a thing'. Needs update from SIO. Ref {ref}.
HOM|da|Mum of {f} (19) rang. Coroner recorded unlawful killing and daughter's boyfriend {m} ({yage}) is now charged with manslaughter - he pushed her down the stairs in a row at their flat on {date}. Mum: 'he was always checking her phone, always'. Needs help writing VPS.
HOM||Widower Mr {m} {sur} ({oage}). His wife collapsed and died after two men forced their way in at {st} pretending to be from the water board and grabbed her handbag. Both charged wiht manslaughter and robbery, trial {court} {date}. He wants to know if he has to give evidence, can't manage stairs.
HOM|knife|Dear Mr and Mrs {sur}, we acknowledge your request of {date} under the Victims' Right to Review scheme concerning the CPS decision to offer no evidence against the second defendant charged with the murder of your son {m}, who died from a stab wound to the chest. A reviewing lawyer will respond within 30 working days. Ref {urn}.
HOM||{m} {sur} ({age}) is the cousin of {m2}, shot dead in {area} on {date}. Three charged with murder, trial {date2}. Cousin was at the scene and is a prosecution witness - frightened of reprisals from associates, asks about witness protection. URN {urn}.
HOM|da;hba|Referral from Homicide Service re {f} ({age}). Her sister {f2} (22) was killed by their father and uncle; prosecution case is that it was to 'restore the family's honour' after {f2} refused the marriage arranged for her. V is a key witness, now in a refuge out of area, needs relocation support. Extremely high risk.
HOM||Mrs {f} {sur}: Court of Appeal quashed the murder conviction of the man who killed her daughter ({date}) and ordered a retrial. 'I have to go through it all again.' Needs support through second trial, same WCO if poss. Not a DA case, S was not known to daughter.
HOM|da|VCS. Offender (V's son-in-law) convicted of the manslaughter of V's daughter {f} after a sustained assault at their home in {area}. V {f2} {sur} ({oage}) is bringing up the grandchildren. Release on licence due {date}; she wants an exclusion zone around the school.
# ---- death or serious injury by driving
DDR||Collision Investigation Unit referral, ref {ref}. Pedestrian {m} {sur} ({age}) hit on the zebra crossing on {st} {date} {time}, spinal injuries, still in {hosp}. Driver failed to stop, traced next day. Charged causing serious injury by dangerous driving + fail to stop. PTPH {date2}.
DDR||WCU: trial at {court} {date}, est 4 days, causing death by careless driving. Deceased Mrs {f} {sur} ({oage}); her daughter {f2} was a passenger and is a witness. Def NG plea. Family want to read their VPS in court. V's daughter prefers contact by email.
DDR||Mrs {f} {sur} ({oage}) knocked off her mobility scooter by a delivery van reversing out of the {shop} car park; fractured hip and pelvis. Driver charged causing serious injury by careless driving. 'He never even looked, never.' Home visit needed, struggles with phone.
DDR|da|FLO pass-on. {f} {sur} ({age}) died {date} when the car driven by her partner {m} left the ring road at high speed. Witnesses say they were arguing outside {venue} beforehand; police had been to {n} DA incidents at their address. CPS charge is causing death by dangerous driving - no evidence he meant it. Her mum wants it looked at again.
DDR||Cyclist {m} {sur} ({age}) hit from behind by a drink driver on {st} {date}; fractured skull, long-term brain injury. Driver charged causing serious injury by dangerous driving and drink driving. V's wife {f} managing all contact, V can't use phone at present.
DDR||NTE - private hire car mounted the pavement outside {venue} {time}; {n} pedestrians hurt, V {f} {sur} (21) lost her lower leg. Driver charged causing serious injury by dangerous driving. V's mum calling on her behalf, V consents.
DDR||Court result {date}: def pleaded G at PTPH to causing death by careless driving of {m} {sur} ({oage}). Sentence adjourned for PSR to {date2}. Widow informed by phone; wants to attend and be seated away from def's family.
DDR||Referral via CPS victim liaison. V's son {m} (17) killed on {st} when a stolen Audi being driven by S (aggravated TWOC) ran him down. S charged causing death by dangerous driving and aggravated vehicle taking. Family may want RJ in future but 'not now, not for a long time'.
DDR||Motorcyclist {m} {sur} ({age}) lost his left leg after an HGV pulled out of a junction in {area}. Driver RUI for over a year, now charged causing serious injury by careless driving. V frustrated - 'I've been in limbo since it happened'.
DDR||VCS letter. Offender sentenced for causing the death by dangerous driving of your father is eligible for release on licence from {date}. You have opted in (Ms {f} {sur}). You asked for a condition not to enter {area}; we will put this to the offender manager.
DDR||RJ referral. Mum of {f} (18), killed as a passenger when the driver raced another car along {st}. Driver (convicted death by dangerous driving) has written an apology letter through probation. Mum would like to receive it, not ready to meet.
DDR||e-scooter RTC. Mrs {f} {sur} ({oage}) hit on the pavement by an e-scooter rider doing approx 25mph; fractured pelvis. Rider charged causing serious injury by dangerous driving, no licence/insurance. Son asking about CICA/compensation.
DDR||Unlicensed uninsured driver hit {m} {sur} ({age}) at a bus stop on {st}; V died at the scene. Driver charged s.3ZB causing death by driving unlicensed/uninsured. Partner {f} referred, 2 young children. Needs help with funeral costs info.
DDR||V {m} (17) paralysed from chest down after being a passenger in his friend's car; friend (18) lost control on {st} at speed on the bypass. Charged causing serious injury by dangerous driving. Families are neighbours, very tense. Not a DA matter.
# ---- violence with injury
VWI|da|DA. V {f} {sur} ({age}) punched in face by husband {m} at home, {st}, on {date} after he'd been drinking; split lip, swelling L cheek. DASH 14 - high, MARAC ref sent. S charged ABH, remanded, PTPH {court} {date2}. V now saying she wants to withdraw: 'I just want him to get help not prison'. WCO to speak to OIC re evidence-led.
VWI||s.47 outside {venue} at {time}. V {m} {sur} ({age}) headbutted in the queue by an unknown male, broken nose, seen at {hosp}. No previous contact between them. S identified from CCTV, charged, NG plea, trial {mc} {date}. V worried about running into S in the court foyer.
VWI|knife|s.18 wounding. V {m} ({age}) slashed across the forearm with a Stanley knife in {area} park on {date}, 14 stitches. S known to V from school only. Charged s.18, remanded. V asks for screens and that his address is not read out.
VWI|da|V {m} {sur} ({age}) assaulted by his boyfriend {m2} after a night out - bite wound to forearm, black eye, seen at {hosp}. Together 3 yrs, live together on {st}. DASH standard. V: 'he's not usually like that, it was the drink'. Accepted IDVA.
VWI||V {f} {sur} ({age}) scratched to face and neck by her flatmate {f2} in an argument about bills; scratches photographed. Not related, never been in a relationship - just share a flat. Not DA. S interviewed, RUI. V looking to move out asap.
VWI|da|V {f} ({age}), divorced from {m} {sur} {yrs} yrs ago. At the contact-centre handover on {date} he shoved her into a wall - cut to the back of her head, glued at {hosp}. S arrested, charged ABH, bailed not to contact. DA flagged on {ref}.
VWI||V {f} {sur} ({age}) punched by her sister's ex-partner at a family BBQ in {area}; chipped front tooth. V and S have never been together - row was about the sister. Not DA for V. S charged ABH, trial date tbc.
VWI|da|Older V. Mrs {f} {sur} ({oage}) has bruising to both forearms and a skin tear. Grandson ({yage}) lives with her; she says he 'grabbed me when I wouldn't give him money for his phone'. ASC safeguarding raised. S arrested, RUI pending CPS advice. Mrs {sur} wants him to keep living with her.
VWI||Safeguarding referral from district nurse. Mr {m} {sur} ({oage}), housebound, fingertip bruising to both upper arms; agency carer suspected of rough handling during personal care. Carer suspended, CQC informed, carer interviewed under caution. No family involved in his care. Not DA.
VWI|hate|Racially aggravated ABH. V {m} {sur} ({age}), bus driver on the {n} route, punched by a passenger who called him a [racial slur] when asked to tap his card; cut above L eye, glued. S charged RA ABH s.29 CDA. WCU: trial {mc} {date}.
VWI|hate|Homophobic assault. V {m} ({age}) and his partner walking home on {st} at {time} holding hands; group of 4 shouted homophobic abuse, V kicked to the ground, 2 fractured ribs. Partner not hurt. 1 arrested. V happy with phone updates.
VWI|da;knife|V {f} {sur} ({age}) stabbed in the thigh by her partner with a kitchen knife at home on {date}; treated at {hosp} and discharged. S charged s.18, remanded. MARAC {date2}. V says she doesnt want him back this time.
VWI||Attempted murder. V {m} {sur} ({age}) shot in the leg on {st}, {area}, on {date}; survived. Believed gang related. V not co-operating at first, has now done a video-recorded interview. 2 charged att murder. WCU to assess intimidation risk before PTPH.
VWI||Paramedic {f} {sur} ({age}) bitten on the hand by an intoxicated patient outside {venue} at {time}; skin broken, needed antibiotics and a BBV screen. S charged assault on emergency worker and ABH. Employer support in place.
VWI|da|V {f} (19) lives with her mum. In a row on {date} mum threw a mug at her - cut to forehead needing glue. V staying at a friend's for now. DASH standard. V doesnt want mum charged, 'she's not well' - CPS considering.
VWI||V (15) assaulted by her boyfriend (15) on the school field on {date}; black eye. Both Yr 11 - DA criteria not met due to age, school DSL and CSC involved. Parents want police action; S interviewed with appropriate adult.
VWI|da|Young person's IDVA referral. V {f} (17) assaulted by her boyfriend {m} (18) at his flat - bruising to neck and upper arms. DASH medium. V reluctant but told the IDVA 'I know it's not normal'.
VWI||Mrs {f} {sur} ({oage}) shoved over by a doorstep trader on {date} when she refused to pay the £{amt} he was demanding for 'roof repairs' she never agreed to; bruised hip and wrist. Trading Standards aware. S traced and charged ABH.
VWI||WCU note, R v {sur} (s.20 GBH). Trial vacated {date} - no judge available, relisted {date2}. V {m} {sur2} ({age}) told by phone: 'that's the third time, I'm done with it'. Non-attendance risk - WCO to redo needs assessment and flag to CPS.
VWI|da|Mrs {f} {sur} ({oage}): son {m} ({mage}) hit her with her own walking stick on {date}, fractured wrist. She won't give a statement - 'he's my boy, he's not well'. Evidence-led being considered (999 call + BWV). DASH high. Son has MH needs.
VWI||RJ request. {m} {sur} ({age}) had his jaw broken in a fight at {venue} {yrs} yrs ago. Offender now on licence. V would like to 'look him in the eye and hear him say sorry'. Offender agreeable. Passed to RJ service, ref {ref}.
VWI|da|DVPN served on {m} {sur} {date} after he slapped his partner V {f} causing swelling and a bruise under her R eye. DVPO granted at {mc} for 28 days. V aware of the conditions. IDVA referral accepted.
VWI||NTE. V {m} ({age}) hit over the head with a bottle in {venue} at {time}; the bottle didn't break, no cuts, large lump and concussion. Suspect gone before police arrived. CCTV requested.
VWI|knife|V {m} {sur} ({age}) approached by two males outside {shop} on {date}; one jabbed at him with a broken bottle, cuts to his hand needing stitches. Nothing taken, no words said. V doesn't know them at all.
VWI||V {f} {sur} ({age}) punched by neighbour over a parking space, bruising to upper arm. V's own partner was present but not involved. Nil DA. S arrested and charged ABH. V asking about a restraining order on conviction.
VWI|hate|V {m} {sur} ({age}), wheelchair user, tipped out of his chair on {st} by 3 youths who called him 'cripple' and worse; grazes to both hands and a broken finger. Disability hate crime. 1 youth identified.
VWI|da|V {f} {sur} (22) assaulted by her stepdad at the family home in {area} on {date}; split lip. Mum sided with stepdad. V has gone to stay at her nan's. DA - family member.
VWI|da|V {f} {sur} ({age}): mother-in-law pulled her hair out in clumps and scratched her face in an argument at the marital home. Husband didn't intervene. DASH medium. Bengali interpreter needed.
VWI||Sunday league. V {m} {sur} ({age}) punched by an opposing player after the final whistle; fractured cheekbone. S identified via the league. No relationship, not DA. V wants to know if the FA have been told.
VWI|da|Historic DA report. V {f} ({age}) discloses that between 2019 and 2022 her then partner {m} {sur} assaulted her repeatedly and broke her arm in 2021 (A&E records obtained). Only now felt able to report. S interviewed, RUI.
VWI||V {f} {sur} ({age}) punched in the face in a shop queue by a man she'd asked not to push in; black eye. V says she's extra shaken because her mum was a DA victim years ago and it brought it all back. This incident: stranger, no DA.
VWI||V {m} (14) assaulted by another pupil on the way home from school; broken nose. Parents reported. S (14) interviewed with AA. Outcome tbc.
VWI|da|V {m} {sur} ({age}) and his older brother share their late mum's house. On {date} the brother stamped on his hand during an argument - 2 broken fingers. DA, family members. V wants the brother out of the house.
VWI||Door supervisor {m} {sur} ({age}) punched by a customer he'd refused entry at {venue}; cut lip and loose tooth. S charged ABH. WCU: V works nights, only contactable after 2pm.
VWI|da;knife|V {f} {sur} ({age}) cut on the palm with scissors by her wife {f2} during an argument at home on {date}; 5 stitches. V first told A&E it was a kitchen accident. DASH medium. S interviewed, charged s.20.
VWI|da|V {f} ({age}). Ex-boyfriend she split from {yrs} years ago turned up at her work at {shop} and punched her in the face - bruising, eye swollen shut. Colleagues witnessed. Ex-partner so DA. S charged ABH.
VWI||Dog walker Mr {m} {sur} ({oage}) punched in the face in {area} park by a stranger who objected to his dog being off the lead. Glasses broken, cut to nose. Suspect described, no arrest yet.
VWI||Court result {date}: S convicted ABH after trial at {mc}. Community order, 120 hrs unpaid work, £{amt} compensation to V. Spoke wiht Ms {f} {sur} - happy with the outcome but wants to know when the comp will be paid.
VWI|da|VLO letter to Ms {f} {sur}. Your ex-husband {m} {sur}, convicted of GBH s.18 against you, is due for release on licence on {date}. We have asked for no-contact and an exclusion zone covering {area}. Please tell us straight away if he contacts you.
VWI||VRR request. V {m} {sur} ({age}) wants review of the NFA decision - alleged ABH by door staff at {venue} on {date}, broken wrist. Police say insufficient evidence as CCTV doesn't show how it started. Acknowledgment sent {date2}.
VWI|hate|V {f} {sur} ({age}) had her hijab pulled off on {st} and was pushed to the ground by a woman shouting anti-Muslim abuse; grazed knees and hands. Religiously aggravated. A witness took video. S arrested.
VWI|da|Mrs {f} {sur} ({oage}) has dementia; her daughter is her full-time carer and lives with her. District nurse found fingertip bruises on both upper arms; daughter admitted 'grabbing her to stop her wandering off'. Safeguarding + DA referral.
VWI||Mrs {f} {sur} ({oage}), care home resident in {area}, pushed over by a visitor of another resident after a dispute about the TV lounge; fractured hip. Visitor identified. Not DA - no connection.
VWI||V {m} ({age}) attacked at the bus stop on {st} by a man he didn't know - punched repeatedly, concussion and a cut eyebrow. No weapon seen or mentioned, nothing taken.
VWI|da|V {f} {sur} ({age}). Husband controls all the money, gives her £{amt} a month for food. On {date} he hit her with a belt leaving welts across her back. DASH high. IDVA allocated.
VWI|da;hba|V {f} (19) beaten by her two brothers after they found out she had a boyfriend - bruising to face and ribs. They told her she had 'brought shame on the family'. V fears being taken abroad to be married. FMU informed {date}, placed in refuge out of {area}.
VWI||V {m} {sur} (16) jumped by lads from another college on {st}; broken jaw. No previous contact with S. Parents reporting. Charged s.20 GBH.
VWI|knife|'He come at me with a blade, I put my hand up and it went straight through my palm.' V {m} {sur} ({age}), stranger attack on {st} {date}, hand surgery at {hosp}. S not identified. Ref {ref}.
VWI||V {f} {sur} ({age}), security at {shop}, kicked in the shin by a drunk customer she'd asked to leave; bruising and swelling. Nothing stolen. S charged ABH.
VWI|da|'The father of my kids came to the flat on {date} and punched me in the mouth.' Loose tooth. V ({age}) seperated from him {yrs} yrs ago. DASH high. MARAC {date2}.
VWI||WCU. Prosecution witness {f} {sur} saw the attack on V outside {venue} (V had a fractured eye socket). Witness needs a pre-trial visit and has childcare issues on {date}. Not known to V or S.
VWI|da|Mr {m} {sur} ({oage}) assaulted by his wife of 40 yrs, who has become increasingly aggressive; she threw a kettle and scalded his arm. Adult son reporting. DA referral, ASC involved.
VWI||PC {sur} ({age}) kicked in the face while arresting a drunk male outside {venue}; broken nose. S charged with assault on an emergency worker and ABH. Officer is the V for WCU purposes.
VWI|hate|Transphobic attack. V {f} {sur} ({age}), a trans woman, punched and called 'a man in a dress' by two men at the tram stop; split lip, bruised cheek. Reported via third-party reporting centre.
VWI|da|V {f} ({age}) and her girlfriend {f2} have been together a year; {f2} slammed V's hand in a door during a row, broken finger. V worried about it going to court locally as she isn't out to her family.
VWI||V {m} {sur} ({age}) assaulted by his landlord's son during an argument about repairs - bruised ribs and a cut to the lip. V clear S is not a partner or relative: 'I barely know the man'.
VWI||RJ. Ms {f} {sur} ({age}), teaching assistant, headbutted at a bus stop {yrs} yrs ago by a then 17-yr-old, broken nose. Offender completed his YOT order and has asked to write to her. She's open to it.
VWI|da|V {m} ({age}) reports his ex-wife {f} {sur} hit him with a frying pan when he dropped the kids back; gash to scalp. 'People laugh when a man says it.' DASH standard. S charged ABH.
VWI||WCU - ABH trial {date}. V {f} {sur} (stranger assault at {st} bus station, broken nose) has moved to {area}; new address NOT to be disclosed to the defence. Sent travel expenses form.
VWI|da|Nan {f} {sur} ({oage}). Granddaughter ({yage}), who stays with her at weekends, pushed her into a radiator - burn and bruise to her back. 'I don't want her in trouble, she's on drugs.' DA, family. ASC informed.
# ---- violence without injury
VWO|da|Common assault (DA). Partner {m} {sur} pushed V {f} ({age}) onto the sofa and held her down by the shoulders in a row, no injuries. DASH standard. V supports prosecution. S charged, bailed with conds not to attend {st}.
VWO||Threats to kill. V {m} {sur} ({age}): neighbour at no. {n} shouted 'I'll kill you and your kids' over parking on {date}. No weapon. V scared to leave the house. Long-running neighbour dispute. S arrested, charged TTK.
VWO|knife|V {m} {sur} ({age}) confronted in the stairwell of his block by S holding a kitchen knife, who said he'd 'gut him' over a debt. No injuries. V believed him. S arrested, charged TTK + possession of a bladed article.
VWO||Phone threat. S rang V {m} ({age}) from a withheld no. and said 'I've got a knife with your name on it, you're dead'. No meeting took place, no weapon ever seen. Treated as TTK. V knows S through work.
VWO||Child neglect s.1 CYPA. Two children (4 and 6) found alone overnight in the flat on {st}; mother arrested. Referral is for the children's dad {m} {sur} in {area}, now caring for them. Neglect only, no abuse between the parents disclosed.
VWO||Attempted child abduction. V's son (6) approached in {area} park by an unknown male who took his hand and tried to lead him to a car; mum {f} {sur} intervened, male left. No injuries. Mum very shaken.
VWO|ms|NRM referral. V {m} ({age}) worked at a hand car wash in {area} 7 days a week, 12-hour shifts, no pay, passport kept by the boss, slept on site. Positive reasonable grounds {date}. Needs safe house and Romanian interpreter.
VWO|ms|V {f} ({age}) found working in a nail bar on {st}; told she owes £{amt} for her travel and must work it off, not allowed out of the flat above the shop alone. Forced labour - NRM submitted, MSHT team aware.
VWO|da|V {f} {sur} ({age}) spat at by her ex-partner on her doorstep on {date} when she wouldnt let him in. No injury. DASH medium. S charged common assault, bail conds. V: 'I'm sick of it, just sick of it'.
VWO||Emergency worker. PC {sur} ({age}) spat at by a detained person in custody at {area}; no injury. Charged assault on an emergency worker. WCU need officer's availability for trial {date}.
VWO|hate|RA common assault. V {f} {sur} ({age}) shoved on the tram and told to 'go back to your own country'. No injuries. Other passengers filmed it. S charged s.29.
VWO|da|Mr {m} {sur} ({oage}) pushed by his son ({mage}) during a row about the son's drinking; no marks, no injuries. Son lives with him. Mr {sur} doesnt want a prosecution but wants 'something done'. DA.
VWO||Agency carer slapped Mrs {f} {sur} ({oage}) on the back of the hand during a visit; no mark. Carer not related to her. Agency suspended carer, safeguarding raised. Not DA. Son reporting on her behalf.
VWO|da|TTK. Grandson ({yage}) told Mrs {f} {sur} ({oage}) 'I'll end you if you change that will'. He has a key to her house. She's terrified. DA (family). Daughter reporting.
VWO|da;hba|V {f} (18) told by her father and uncle she would be killed if she refused the marriage they've arranged overseas; her passport has been taken. FMU involved, FMPO applied for at {mc} on {date}. DASH high. Must not contact family about this referral.
VWO|hba|V (15) told by her uncle she'll be married abroad in the summer holidays; when she refused he slapped her (no marks). School DSL ({f} {sur}) referred {date}. FMPO being sought. DA criteria not met (age) but HBA.
VWO||Child cruelty. Nursery worker seen on CCTV force-feeding a toddler and shouting at him. No injuries. Worker suspended. Referral for the parents {f} and {m} {sur}.
VWO|da|Mrs {f} {sur} ({oage}) says her son ({mage}) told her he'll 'kill you in your bed' if she doesnt sign the house over to him. He lives with her. TTK, financial motive. DA.
VWO|da;knife|V {f} ({age}): ex-husband came to the house on {date} holding a knife and said he'd kill her if she didn't let him see the kids. No injuries, he left when she rang 999. S remanded, charged TTK. MARAC.
VWO||V {m} (13) pushed off his bike on {st} by two older boys; no injuries, bike not taken. Mum reporting. Boys known to the school.
VWO|online|TTK recieved via Instagram DM from an unknown account: 'i know where u live ur dead'. V {m} {sur} ({age}) has no idea who sent it. No weapon mentioned. Data request to Meta submitted.
VWO|ms|CCE / county lines. V (15) from {area} found in a trap house in another force area with drugs and cash. NRM referral, positive RG. CSC involved. Case officer {off}. V is treated as a victim not a suspect - s.45 defence noted.
VWO|ms|Cuckooing. Mr {m} {sur} ({age}) has a learning disability and lives alone on {st}; dealers took over his flat, made him hold drugs and wouldnt let him leave. NRM referral made (criminal exploitation). ASC involved.
VWO|da|V {f} {sur} ({age}): husband pushed her against the fridge (no injuries) during an argument; he also controls their joint account and she has to ask him for money. DASH medium. S charged common assault.
VWO||WCU - common assault trial at {mc} {date}. S pleaded G on the day, fined £{amt} plus costs. V {m} {sur} informed by phone, pleased it's over.
VWO||RJ. Mr {m} {sur} ({oage}), corner shop owner, shoved in the chest by a 16-yr-old who was refused cigarettes; no injuries. V would like RJ 'so he understands I'm a person, not just a shop'.
VWO|hate|V {f} ({age}), a trans woman, shoved and repeatedly misgendered by a man outside {venue}; no injuries. Transphobic hate crime flagged. S charged common assault.
VWO|da|V {m} {sur} ({age}). Ex-girlfriend (split {yrs} yrs ago) threw a drink over him and slapped him in {venue}; no injuries. He didnt want to report, door staff did. Ex-partner - DA flag applied.
VWO||TTK by flatmate. V {f} {sur} ({age}) says her flatmate said he'd 'kill her' during a row about a party; no weapon, no injury. They're not partners, just rent rooms in the same HMO. Not DA.
VWO||Teacher {f} {sur} ({age}) pushed in the chest in the school office by a pupil's father; no injury. Common assault. Head teacher reporting on her behalf.
VWO|da|V {f} ({age}) lives with her aunt; aunt pushed her and grabbed her arm (no marks) when V came home late. V has nowhere else to go. DA - family. Housing options referral made.
VWO|ms|Domestic servitude. V {f} ({age}) brought to the UK to work as a housekeeper for a family in {area}; not allowed out, no wages, documents held by the employer. She isn't related to the family. NRM. Not DA.
VWO|da;ms|V {f} {sur} ({age}) came to the UK after her marriage; husband's family make her do all the housework and childcare unpaid and lock her in, husband holds her passport. NRM (domestic servitude) and DA referral.
VWO|knife|NTE. Man lifted his top to show a knife tucked in his waistband and told V {m} ({age}) to 'walk away' outside the kebab shop on {st}, {time}. No injuries. V believed he'd be stabbed. S not traced.
VWO||Cyclist {m} {sur} ({age}) shoved off his bike by a van driver after a road-rage exchange on {st}; no injuries, bike undamaged. Dashcam footage. S charged common assault.
VWO|da|V {m} ({age}): his husband {m2} pinned him against the wall by the shoulders during a row; no marks, no injuries. V disclosed to GP who referred in. DASH medium.
VWO||TTK. V {f} {sur} ({age}), housing officer, told face to face by a tenant 'I'll kill you, I know what car you drive'. No weapon. Charged TTK.
VWO|hate|V {m} {sur} ({age}), Sikh taxi driver, had his turban knocked off by a passenger shouting religious abuse; no injuries. RA common assault.
VWO|da|Mrs {f} {sur} ({oage}). Adult daughter who lives with her kicked her in the leg (no injury, no mark) when asked to pay towards the bills. 'It's not the first time.' DA. Daughter has alcohol issues.
# ---- stalking and harassment
STK|da|CCB s.76 SCA. V {f} {sur} ({age}) disclosed to IDVA: husband controls her bank card, checks her phone every night, decides what she wears and who she sees; she has to send photos to prove where she is. DASH 16 high. S charged CCB, PTPH {court} {date}.
STK|da;online|Ex-partner {m} {sur} messaging V {f} ({age}) 40-50 times a day on WhatsApp; when she blocked him he set up new Instagram accounts to keep messaging. s.2A PHA stalking charged. NMO in place.
STK||Stalking - stranger. A male has followed V {f} {sur} ({age}) from {area} station most evenings for 3 weeks and waits outside her work at {shop}. She definately doesnt know him. s.2A PHA. SPO being considered.
STK|online|Malicious comms. V {f} {sur} ({age}), primary teacher, receiving abusive emails from a parent accusing her of picking on his child - {n} emails in 2 weeks, some copied to governors. Not related to V.
STK||Harassment. V {m} {sur} ({age}) getting repeated texts and phone calls (30+ a day at worst) from a former colleague since he left the firm. Calls and SMS only. S warned, carried on. s.2 PHA.
STK|da|V {f} ({age}): ex-partner has rung her 200+ times and sent texts since she left, despite the NMO granted {date}. Phone and SMS only, nothing on social media. Breach of NMO + harassment, S charged. DASH high.
STK|da|Partner takes V's wages the day they land, gives her £20 a week, checks every receipt, won't let her have her own account. V {f} {sur} ({age}): 'I didn't think it counted because he never hits me.' CCB. DA referral.
STK|da|Mrs {f} {sur} ({oage}). Adult son moved back in {yrs} yrs ago; takes her pension, has stopped her friends visiting and answers her phone for her. She's frightened of him. CCB (family, living together). ASC + IDVA.
STK|da;online|V {f} ({age}): her ex-girlfriend {f2} has been logging into V's Facebook and Instagram without permission and messaging V's friends pretending to be her; also turns up at V's gym. Stalking. DA - ex-partner.
STK||Neighbour harassment. Mr {m} {sur} ({oage}): neighbour at no. {n} puts notes through his door, shouts at him in the street and films him on her phone - going on 6 months. s.2 PHA, S warned then charged. Not a noise issue.
STK|hate|V {m} ({age}) and his husband have had notes saying 'no queers here' put through their door {n} times, and a neighbour shouts slurs when they go out. Homophobic harassment, course of conduct.
STK|hate;online|Cllr {f} {sur} receiving repeated anti-Muslim abuse on X and Facebook from the same 2 accounts, including posts naming the area she lives in. Religiously aggravated harassment.
STK||VCS. Offender {m} {sur}, convicted of stalking V (she was his counsellor, no personal relationship), due for release {date}. V asks for an exclusion zone round her clinic in {area}.
STK||Ex-wife's new partner has been harassing V {m} {sur} ({age}): waits outside his house and shouts abuse. V has never had any relationship with S and only speaks to his ex-wife about the kids. S is a stranger to V, so not DA.
STK|da|V {f} ({age}) went out with {m} {sur} at university {yrs} years ago; he has started turning up at her house again, leaving flowers and letters. She's asked him to stop. Stalking, ex-partner - DA.
STK|online|V (14) getting abusive Snapchats from her ex-boyfriend (15) since they split, calling her names and telling others to block her. Both under 16 so not DA. School + police youth officer, ref {ref}.
STK|da|V {f} (16). Boyfriend {m} (17) checks her phone, tells her who she can see, says he'll 'dump her and tell everyone' if she goes out without him. CCB. Young person's IDVA referral.
STK||Silent calls from a withheld number every night between 2 and 3am for a fortnight. Mrs {f} {sur} ({oage}) lives alone. Malicious comms/harassment. Trace requested from the phone company. Landline only.
STK|online|V {m} {sur} ({age}) runs a cafe; an ex-employee has posted dozens of fake one-star Google reviews and Facebook posts calling V a thief, and sends abusive DMs. Harassment.
STK|da|DVPN served on ex-partner {m} {sur} {date} after he repeatedly came to V's flat uninvited, banging on the door at night; no violence. V {f} ({age}) has 2 children with him. DVPO hearing {mc}.
STK||VCS contact. Stalker (former customer, no relationship) {m} {sur} jailed for stalking Ms {f} {sur2}, indefinite restraining order. Automatic release at halfway point, {date}. V wants the exclusion zone confirmed in writing.
STK|hate|Mr {m} {sur} ({age}) is autistic. Group of teenage lads from the estate have been following him, mimicking him, calling him 'r*tard' and filming him for weeks. Disability hate, harassment.
STK|da|V {f} ({age}) moved cities to get away from her dad; he has found her new address, sits outside in his car and leaves letters. Stalking by a family member. DA, high risk.
STK|da|WCU. R v {sur}, s.2A PHA stalking of ex-partner. Trial {date} adjourned - defence not ready. V {f} told, very distressed. Special measures: screens granted. New date tbc.
STK|da|'The father of my children keeps driving past the house on {st}, sometimes 5 or 6 times a day, and texting me what I'm wearing.' V ({age}). Stalking. DASH high.
STK|online|Unknown person set up fake dating-site profiles of V {f} {sur} ({age}) using her photos and is chatting to men as her, giving out her work address. Harassment.
STK||V {f} {sur} ({age}) being harassed by her flatmate's ex-boyfriend, who blames her for the break-up: waits outside the flat and follows her to the bus stop. V has never been in a relationship with him. Not DA.
STK|da|V {m} {sur} ({age}): his sister has been making abusive phone calls and turning up at his house over their late mum's estate; threatened to 'ruin him'. Harassment, DA (siblings). Calls only.
STK|da;online|Post-separation CCB/stalking. Ex-husband posts about V on Facebook, messages her on Messenger pretending to be the kids, tracks her through the children's iPad. V {f} {sur} ({age}). DASH high.
STK||Teacher {m} {sur} ({age}) being followed by a former pupil (19), who waits at the school gate and outside his home. No relationship. s.2A.
STK|online|V {f} ({age}) sold a sofa on Facebook Marketplace; the buyer has since sent dozens of abusive Messenger messages and posted her details in local groups after a dispute over the price. Harassment.
STK|da|Ex-husband {m} {sur} refuses to come off the joint mortgage, runs up debt on the joint account and keeps telling V {f} ({age}) he'll 'make her homeless'. Repeated since separation. CCB/harassment.
STK|da|Nephew ({yage}) moved in as her 'carer'; Mrs {f} {sur} ({oage}) says he controls her money, listens to her calls and won't let her go to church. CCB, family member. ASC + police.
STK|da|RO breach. Ex-partner, now in HMP, has sent V {f} {sur} ({age}) letters via his mum despite the restraining order. Prison informed. Harassment. DA.
STK||Harrassment by landlord. V {m} {sur} ({age}) says the landlord lets himself in without notice, texts at all hours and has said he'll 'make life hell'. No relationship other than tenancy. s.2 PHA.
STK||Anonymous letters. Mrs {f} {sur} ({oage}) has had {n} anonymous letters calling her a 'nosey old witch' and saying 'we know when you go out'. Sent for forensics.
STK|da|V {f} ({age})'s ex-partner from {yrs} years ago keeps ringing her new partner to spread lies about her and has turned up at her mum's. Harassment aimed at V. DA.
STK|da;online|Husband watches V through the doorbell camera app and WhatsApps her every time she leaves the house demanding to know where she's going. V {f} {sur} ({age}). CCB.
STK|hate|Mr {m} {sur} ({oage}), who is Jewish, has had {n} letters with swastikas drawn on them posted through his door. Antisemitic harassment.
STK||WCU. V {f} {sur} (harassment by ex-colleague) - trial concluded {date}, S convicted, restraining order 2 yrs. V informed by phone.
STK|da|VRR. Ms {f} {sur} requests review of the decision not to charge her husband with CCB; police letter said insufficient evidence. Acknowledged {date}, passed for review.
STK|online|V {m} ({age}), semi-pro footballer, targeted by a fan with repeated abusive TikTok comments and DMs since a match, also emailed his club. Harassment. Not hate per V - 'it's just about football'.
# ---- sexual offences
SEX|da|V {f} {sur} ({age}) disclosed to the IDVA that her husband has raped her on several occasions this year, most recently {date}. ISVA referral made, SARC declined (outside forensic window). VRI booked. DA flagged.
SEX||s.3 SOA. Male sat next to V {f} ({age}) on the {n} bus and repeatedly groped her thigh. Bus CCTV requested from operator. S not known to V.
SEX||NTE. V {f} {sur} (21) believes her drink was spiked at {venue}; woke in an unknown flat in {area} and believes she was raped. SARC attended {date}, tox pending. Suspect identified through door staff.
SEX|csa|CSE. V (14), looked-after child, groomed by older males who gave her alcohol and lifts and sexually exploited her at addresses in {area}. MASH strategy meeting held. CSE team lead, OIC {off}.
SEX|csa;online|Online grooming. V (13) sent images to an adult male on Snapchat who claimed to be 15; he then incited her to perform sexual acts on video call. s.10 SOA offences. Parents reported {date}, devices seized.
SEX|csa|Non-recent CSA. V {f} {sur} (now {age}) reports sexual abuse by her football coach when she was 11-12. Coach still working with children in {area} - LADO informed. VRI booked.
SEX|csa|Non-recent. V {f} ({age}) reports her father sexually abused her from age 8 until 12; he now lives in {area}. It stopped before she was a teenager. DA criteria not met as V was a child at the time - CSA. ISVA referral.
SEX|da;csa|V {f} (17) raped by her boyfriend {m} (19) at his house on {date}. Together 8 months. SARC exam completed. DASH medium. Young person's ISVA.
SEX|csa|Sexual activity with a child. V (15) and boyfriend (17); V says it was consensual, mum walked in on them and called police. Not DA - V is under 16. CSC strategy meeting booked for {date}.
SEX||Exposure. Man exposed himself to V {f} {sur} ({age}) at the bus shelter on {st} at {time}. s.66 SOA. V gave a good description; similar reports from {area}.
SEX||Voyeurism. V {f} ({age}) found a hidden camera in the bathroom of her rented room; landlord admitted fitting it. s.67 SOA. Devices seized. V moving out this week.
SEX|online|Cyberflashing. V {f} {sur} ({age}) was sent an unsolicited photo of a man's genitals on WhatsApp from an unknown number after she posted in a local selling group. s.66A SOA.
SEX|ms|Trafficking for sexual exploitation. V {f} ({age}) brought to the UK on the promise of bar work, forced into prostitution in flats in {area}, told she owes £{amt}. NRM positive RG. Safe house.
SEX|csa;online;ms|V (16) advertised on an adult website and moved between hotels in {area} and other cities for sex with buyers, found {date}. Trafficked. NRM + CSE team. Exploiters are not family or partners.
SEX|da|V {m} {sur} ({age}) woke to find his husband sexually touching him while he was asleep; says it's happened before and husband 'doesn't see the problem'. Sexual assault. DA. Male ISVA service.
SEX||Mrs {f} {sur} ({oage}), care home resident, disclosed that a night care worker touched her breasts during personal care. Worker suspended. Sexual assault. Not DA.
SEX||WCU. Rape trial (stranger) listed {court} {date}. V {f} {sur} - s.28 pre-recorded cross-examination approved, ISVA attending. She wants to know if she can watch the rest of the trial afterwards.
SEX|da;hba|V {f} ({age}) says her husband in a forced marriage rapes her and his family tell her it is her 'duty' and that leaving would bring dishonour on them. HBA and DA. Refuge space being sought.
SEX||Sexual assault in the toilets at {venue} at {time}; unknown male followed V {f} (20) in and touched her. Door staff detained him. Charged s.3.
SEX|csa|Sexual activity with a child. V (14), a pupil, and a teacher ({age}) at her school. School suspended him {date}, LADO involved. CSA. Not DA - V under 16.
SEX|online|V {f} {sur} ({age}) met a man on a dating app; on a video call he coerced her into sexual acts by threatening to hurt her family and recorded it. Causing sexual activity without consent.
SEX||Attempted rape. Stranger grabbed V {f} ({age}) in {area} park at {time} and dragged her into bushes; she fought him off and ran. Bruising. DNA under nails. S charged attempted rape.
SEX|knife|Rape at knifepoint. V {f} ({age}) attacked walking home on {st}; S held a knife to her throat. SARC. Knife recovered near scene. S charged.
SEX|da|V {f} {sur} (19) sexually assaulted by her stepfather at the family home; mum doesn't believe her. DA - family member. ISVA.
SEX|da;csa|V (16) sexually assaulted by her cousin (20) at a family party in {area} on {date}. DA (family, both 16+) and CSA (V under 18). Parents supportive.
SEX|da|'I've been seeing him about six months, we don't live together.' V {f} ({age}) says he raped her at his flat on {date}. SARC. DA - intimate partner.
SEX||V {m} {sur} ({age}) sexually assaulted in the changing room at his gym by another member he only knows by sight. s.3. Gym CCTV requested. Not DA.
SEX||VCS. Offender {m} {sur}, convicted {yrs} yrs ago of raping V (a stranger), being considered for parole. Ms {f} {sur2} wants to make representations on licence conditions.
SEX||V {f} {sur} ({age}) raped at a house party by her best friend's husband. V has no relationship with S. Not DA. SARC attended.
SEX|hate|V {f} ({age}) groped in the street by a man who had seen her kiss her girlfriend; he said he'd 'turn her straight'. Sexual assault, homophobic hostility.
SEX|csa;ms|V (15) moved between {area} and other towns by older males and made to have sex with men for money and drugs. Ref {ref}. Trafficking + CSE. NRM. Not DA.
SEX|csa;online|V (12) receiving sexual messages from an adult on Discord and Roblox asking for photos. Sexual communication with a child s.15A. Parents reported via CEOP {date}; OIC {off}.
SEX|da|VRR. Ms {f} {sur} requests review of the CPS decision not to charge her ex-partner with rape (NFA {date}). Acknowledged, reviewing lawyer allocated. DA case.
SEX||Private hire. V {f} ({age}) says the driver touched her leg and tried to kiss her on the way home from {venue}. Licensing informed. s.3.
SEX||V {f} {sur} ({age}): massage therapist touched her genitals during a session at a salon on {st}. S arrested, RUI. Other complainants identified.
SEX||Upskirting. V {f} ({age}) on the escalator at {area} station; man filmed up her skirt on his phone. s.67A voyeurism. Phone seized.
SEX|da|Ex-partner raped V {f} {sur} ({age}) when he came round to 'pick up his stuff' {n} weeks after they split. DASH high. Charged. PTPH {court}.
SEX|csa|V (10) disclosed at school that a family friend ('uncle' but not related) touched her. CSA. Not DA. Strategy meeting {date}, OIC {off}.
SEX|csa|V (17) sexually assaulted by a stranger on the train home from college on {date}. BTP ref {ref}. CSA as V under 18. No relationship.
# ---- robbery
ROB|knife|Knifepoint robbery. V {m} ({age}) stopped by 2 males on {st} {time}; one showed a blade and demanded his phone and AirPods. V handed over. No injuries. Ref {ref}.
ROB||Moped robbery. V {f} {sur} ({age}) had her phone grabbed by the moped pillion on {st}; she held on and was dragged along the pavement - grazes. Phone taken.
ROB||Mrs {f} {sur} ({oage}) knocked to the ground by a man who grabbed her handbag outside the post office on {st}; broken wrist. S not traced. Lives alone.
ROB|knife|Business robbery, {shop} on {st}: two masked males, one with a machete, demanded cash from the till at {time}; £{amt} taken. Staff member {f} {sur} very shaken.
ROB||V {m} {sur} ({age}) punched to the floor by three men in {area} who took his watch (approx £{amt}) and his wallet. Bruising. Robbery - force used to steal.
ROB|da|Mrs {f} {sur} ({oage}). Her son ({mage}) pushed her over in the kitchen and took her purse with her pension in it. Bruised knees. Robbery. DA (family). ASC informed.
ROB||NTE. V {m} ({age}) punched outside {venue} at {time} and his wallet taken while he was on the floor. Cut lip. 2 male suspects.
ROB|hate|V {m} {sur} ({age}) robbed of his phone on {st} by a group who shouted racist abuse and punched him; bruising. Racially aggravated.
ROB||Carjacking. V {f} {sur} ({age}) at the lights on {st}: a man opened her door, pulled her out and drove off in her {car} ({vrm}). Car later found burnt out.
ROB|online|V {m} {sur} ({age}) arranged on Facebook Marketplace to sell his {phone}; at the meet on {st} the buyer punched him and ran off with the phone. Robbery, set up online.
ROB||WCU. R v {sur}: robbery of the {shop} manager. Def pleaded G at PTPH {date}; sentence {date2} at {court}. V {f} {sur2} informed.
ROB||V (15) stopped by a group of older boys in {area} on {date}, told 'give us your trainers or you'll get battered'; he took them off and handed them over. No weapon. Robbery.
ROB|knife|V {m} {sur} ({age}): S kept his hand in his jacket pocket and said 'I've got a knife, give me the phone'. V believed him and handed it over. No blade actually seen.
ROB||V {m} ({age}) had his bag forcibly taken by a man who shoved him against a wall on {st}. S arrested nearby and found to be carrying a knife, which was never shown to V. Robbery.
ROB|da|V {f} {sur} ({age}): ex-partner forced his way into her flat and wrestled her phone and bank card off her, leaving bruised wrists. Robbery, DA. DASH high.
ROB||Post office in {area} robbed by 2 men with a hammer at {time}; cash taken, counter clerk {f} {sur} threatened. No injuries. WCU to contact clerk re statement.
ROB||RJ. Mr {m} {sur} ({age}) was robbed of his phone at a bus stop {yrs} yrs ago; offender (then 17) has served his sentence and agreed to an RJ conference.
ROB||VRR. Ms {f} {sur} asks for review of NFA on robbery (bag wrenched off her arm and she was pulled over, {date}); suspect named but no ID procedure held. Acknowledged.
# ---- burglary
BUR||Residential burglary, {st}, while V {f} {sur} ({age}) away {date}-{date2}; rear door forced, jewellery inc. her late mum's rings taken. SOCO attended. V devastated.
BUR||Distraction burglary. Mrs {f} {sur} ({oage}): man at the door said he was from the water board and needed to check her taps; while she was in the kitchen with him an accomplice took £{amt} cash from her bedroom.
BUR||Shed and garage broken into overnight at V's house on {st}; power tools and lawnmower taken. V {m} {sur}. Ref {ref}.
BUR||Business burglary. {shop} on {st} entered overnight through the roof; cigarettes and cash taken. Manager {m} {sur} reporting.
BUR|da|V {f} ({age}): ex-partner let himself into her flat with an old key while she was at work and took her laptop and passport. Burglary, DA. Locks changed.
BUR||Burglary of an empty house on {st}. S arrested inside by police and found with a screwdriver and a folding knife in his pocket. Nobody home. V {m} {sur} informed. Charged burglary and possession.
BUR||Attempted burglary. Lock on the front door of V's flat on {st} snapped overnight, entry not gained. Mrs {f} {sur} ({oage}) very frightened, asking about a lock upgrade.
BUR||Community centre in {area} broken into; laptops and the charity tin taken. Centre manager {f} {sur} reporting.
BUR||WCU. S charged with {n} burglaries and has asked for 14 more to be TIC'd, including V's home on {st}. V {m} {sur} informed of TIC process and possible compensation.
BUR||V {m} {sur} ({age}): integral garage broken into overnight and his road bike taken. Burglary.
BUR||Burglary overnight. Car keys taken from the hallway and V's {car} ({vrm}) driven off the drive. V {f} {sur} and family asleep upstairs, heard nothing.
BUR|da|Mrs {f} {sur} ({oage}) was in hospital; her son ({mage}) broke in through the back window and took her TV and jewellery. She had banned him from the house after earlier thefts. Burglary, DA.
BUR||Student house on {st} burgled through an open window; laptops taken from 3 rooms. V {m} {sur} ({yage}) one of 5 tenants. No suspects.
BUR||Artifice burglary. Mr {m} {sur} ({oage}) let in a man claiming to be from the council 'checking for damp'; his wallet and bank cards went from the sideboard.
BUR||RJ. V {f} {sur} ({age}), home burgled {yrs} yrs ago; offender in prison has asked via the RJ service to write to her. V agreed to receive a letter.
BUR||Update: burglary at V's flat on {st} - no forensic hits, no CCTV, NFA'd {date}. V {m} {sur} unhappy, wants a call back from someone senior.
BUR|hate|Burglary at V's home on {st}: jewellery taken and racist graffiti sprayed on the living-room wall. V {m} {sur} ({age}) and family now scared to stay there. Racially aggravated.
BUR||Allotment shed on {area} allotments broken into, tools taken; Mr {m} {sur} ({oage}) says it's happened {n} times now.
BUR||Business burglary at a hair salon on {st}; entry via rear door, products and till float taken. Owner {f} {sur}.
BUR||V {f} {sur} ({age}) woke at {time} to find a man in her bedroom; he ran off with her handbag when she screamed. No contact, no weapon seen. Very frightened.
# ---- vehicle offences
VEH||Theft of MV. Keyless relay theft of V's {car} ({vrm}) from the drive on {st} overnight {date}. V {m} {sur}. Tracker last pinged in {area}.
VEH||Theft from vehicle. Tools worth £{amt} taken from V's van on {st} overnight - van had been left unlocked. V {m} {sur} is self-employed, can't work without them.
VEH||Catalytic converter cut off Mrs {f} {sur}'s ({oage}) {car} in the {shop} car park in broad daylight.
VEH||Aggravated vehicle taking. V's {car} taken from outside her house and crashed into a wall in {area}; nobody hurt, car written off. V {f} {sur}.
VEH||Vehicle interference. Youths seen trying car door handles along {st} at {time}; V {m} {sur}'s car found open, nothing taken.
VEH|da|V {f} {sur} ({age}): ex-partner took her car without consent on {date} and won't give it back, says 'it's half mine' - it's in her name and she paid for it. TWOC. DA.
VEH||V {m} ({age}) - motorbike stolen from outside his flat on {st} overnight, disc lock cut.
VEH||Number plates taken off V's {car} on {st}. V {m} {sur} worried they'll be used on another car. Theft from vehicle.
VEH||Mr {m} {sur} ({oage}): his Motability car taken from outside his bungalow; he can't get to his hospital appointments now.
VEH||V {f} {sur} ({age}) stopped at the lights on {st}; a man opened the passenger door and took her handbag off the seat. She wasn't touched. Theft from vehicle.
VEH||WCU. S pleaded G at {mc} {date} to TWOC and no insurance re V's {car}; fined, compensation £{amt} to V {m} {sur}.
VEH||Work van ({vrm}) stolen from the depot yard in {area} overnight; owner {m} {sur} reporting, gate padlock cut.
# ---- theft from the person
TFP||Pickpocket. Mrs {f} {sur} ({oage}) had her purse lifted from her handbag at {area} market - didn't feel a thing. £{amt} cash plus bank cards.
TFP||Phone snatch, no force. Cyclist plucked V {f} ({age})'s phone out of her hand on {st} and rode off. She wasn't touched or hurt.
TFP||NTE. V {m} {sur} ({age}) had his phone taken from his back pocket in {venue} at {time}; noticed when he went to pay.
TFP||Purse dipped from V's bag on the {n} bus. V {f} {sur} ({age}). Bank cards cancelled.
TFP||Mrs {f} {sur} ({oage}): chain snatched from her neck on {st}, clasp gave way; she wasn't pushed or hurt and stayed on her feet. Theft from the person.
TFP||Wallet lifted from V's jacket on the platform at {area} station in the rush hour. V {m} {sur}. BTP informed.
TFP||Mr {m} {sur} ({oage}): two men 'helped' him at the cashpoint on {st}; one took the £{amt} out of his hand as the machine gave it out and walked off. No force used.
TFP||NTE. V {f} ({age}) dancing at {venue}; bag unzipped on her shoulder and her phone taken from it.
TFP||WCU. S pleaded G to theft from person - pickpocketing at {area} station, V {f} {sur}. Sentence {date}.
# ---- bicycle theft
BIK||Pedal cycle theft. V {m} {sur}'s {bike} taken from the rack outside {shop}, D-lock cut. Value £{amt}. No CCTV.
BIK||Child's bike taken from the open front garden on {st} overnight. Mum {f} {sur} reporting. No shed, no gate.
BIK||Student V {m} ({yage}): {bike} stolen from uni bike racks in {area}; frame number on BikeRegister.
BIK||Commuter bike taken from the cycle hub at {area} station; V {f} {sur}. Cable lock cut through.
BIK||Mr {m} {sur} ({oage}): his adult pedal tricycle taken from outside the chemist on {st}; he relies on it to get about.
BIK||Delivery rider's pedal bike (not electric) stolen while he collected an order at {venue}; V {m} ({age}) has lost his income for the week.
BIK||WCU. S pleaded G to theft of a pedal cycle ({bike}, V {f} {sur}); bike recovered and returned.
BIK||Bike left unlocked outside V's house for 5 mins; V {f} {sur} ({age}) saw a lad ride off on it, didn't try to stop him.
BIK||{bike} mountain bike stolen from the rack outside the gym on {st}; V {m} {sur}. Serial no. provided.
# ---- shoplifting
SHP||Shoplifting - {shop} on {st}. Male took £{amt} of meat and walked out without paying; manager {m} {sur} as V/witness. Known repeat offender.
SHP||WCU. Store detective {f} {sur} at {shop} is a witness in a shoplifting trial at {mc} {date}; needs a letter for her employer.
SHP||Repeat shoplifting at {shop} by the same female, {n} incidents this month; staff sworn at when they challenged her. Manager {f} {sur}.
SHP||Shoplifting. Two youths took energy drinks from {shop} on {st} at {time} and ran; staff didn't challenge.
SHP||{shop} manager {m} {sur}: man filled a bag with spirits and walked past the tills at {time}; £{amt}. CCTV supplied. No threats, no force.
SHP||Shoplifting from the charity shop on {st}; volunteer Mrs {f} {sur} ({oage}) upset.
SHP||Self-scan theft. Customer scanned cheap items and bagged expensive ones at {shop}; £{amt}.
SHP||Court result: S convicted of shoplifting ({shop}, {date}); conditional discharge plus compensation. Store informed.
SHP||Shoplifting. Woman hid cosmetics in a pushchair at {shop}; staff member {f} {sur} witness. S said 'I've got no money for my kids'.
SHP||Shoplifting at {shop}: S walked out with a TV on {date}; staff member {f} {sur} stood by the door but S didn't push or threaten anyone.
# ---- other theft
OTH||Theft by employee. Care worker took £{amt} cash and jewellery from Mrs {f} {sur}'s ({oage}) bedroom over several visits. Carer not family. Agency + CQC informed. Not DA.
OTH||Theft of mail. V {m} {sur} ({age}) says post keeps going missing from the communal letterboxes at his flats on {st}; a bank card never arrived.
OTH||Making off without payment. Taxi driver {m} {sur} ({age}): fare from {venue} to {area} £{amt}, passenger legged it at {time}.
OTH|online|Blackmail. V {m} {sur} ({age}) receiving emails and WhatsApp messages from someone who got into his old email account, threatening to tell his wife about an affair unless he pays £{amt} in Bitcoin.
OTH|da|Mrs {f} {sur} ({oage}). Granddaughter ({yage}), who stays with her, has been taking cash from her purse for months - about £{amt} missing. Theft. DA (family).
OTH||Parcel theft. Parcels taken from V's doorstep on {st} {n} times in a month. V {f} {sur}. Doorbell footage saved.
OTH||Charity collection tin taken from the counter at {shop}. Manager {m} {sur}.
OTH||Scaffolding and tools stolen from a building site in {area}; site manager {m} {sur}.
OTH||Dog theft. V {f} {sur} ({age})'s French bulldog taken from her back garden on {st}. Devastated.
OTH||Mrs {f} {sur} ({oage}), on a ward at {hosp} - wedding ring taken from her bedside locker. Ward staff informed.
OTH||Making off without payment. Diners left {venue} without paying a £{amt} bill. Manager {f} {sur}.
OTH||Theft from garden. Plant pots and ornaments taken from Mr {m} {sur}'s ({oage}) front garden on {st}.
OTH|da|V {m} {sur} ({age}): his wife took his grandad's war medals and sold them the week after he told her he wanted a divorce. Theft. DA.
OTH||Theft by employee. Assistant at {shop} found to be taking £{amt} from the till over 3 months. Owner {m} {sur}.
OTH||Fuel drive-off. Driver filled up with £{amt} of diesel at the garage on {st} and drove off without paying. Cashier {f} {sur} witness.
OTH|hate|'Mate crime'. Mr {m} {sur} ({age}) has a learning disability; 'friends' who call him 'the r*tard' take his benefits money off him every week. Theft, disability hostility. ASC.
OTH|online|V {f} {sur} ({age})'s Instagram business account taken over; the person is demanding £{amt} to give it back. Blackmail.
OTH||Lead stripped from the church roof in {area}; church warden {m} {sur} reporting.
# ---- criminal damage and arson
CDA||Arson. V's {car} ({vrm}) set alight on {st} at {time}; V {m} {sur} ({age}) has no idea who. Fire service attended.
CDA||Criminal damage. Windows of Mrs {f} {sur}'s ({oage}) house on {st} smashed by youths throwing stones.
CDA|da|V {f} {sur} ({age}): ex-partner smashed her phone and kicked in a panel of her front door when she wouldn't let him in. No assault. CD, DA. DASH medium.
CDA||Arson endangering life. Letterbox fire at V's flat on {st} at {time}; V {m} {sur} and kids got out, smoke damage. No injuries. S charged arson reckless as to life.
CDA|hate|Graffiti 'Muslims out' sprayed on the door of the mosque on {st}. Reported by committee member {m} {sur}. Religiously aggravated criminal damage.
CDA||V {f} {sur} ({age}): car keyed down both sides in the supermarket car park, £{amt} repair quote.
CDA|da|V {m} {sur} ({age}): his boyfriend ripped up his clothes and smashed his laptop after a row. Criminal damage. DA.
CDA||Community garden in {area} vandalised overnight, raised beds and planters smashed. Volunteer {f} {sur} reporting.
CDA||Arson. Wheelie bins set alight against the back of Mr {m} {sur}'s ({oage}) house; fence scorched.
CDA|hate|V {m} {sur} ({age}) - swastika scratched into his car door and 'Jew' written on the bonnet. RA criminal damage.
CDA||WCU. S pleaded G to criminal damage (V's shop window at {shop} smashed {date}); comp £{amt}. V {m} {sur} informed.
CDA||V {f} {sur} ({age}): garden fence repeatedly damaged by the neighbour she's in dispute with, latest occured {date}.
CDA|da|Mrs {f} {sur} ({oage}): her son ({mage}) smashed her TV and ornaments in a temper when she refused him money. No assault. DA (family).
CDA||Arson. Derelict garage block in {area} set alight; neighbour Mrs {f} {sur} ({oage}) had to evacuate.
CDA||Eggs and paint thrown at V's front door on {st}; paint damage £{amt}. V {f} {sur}.
# ---- drug offences
DRG||WCU. Prosecution witness {m} {sur} ({age}), a neighbour, saw cannabis being sold from the flat below on {st}. PWITS trial {court} {date}. Witness anxious about being identified.
DRG||Community impact statement. Residents of {st} flats report class A dealing in the stairwell, needles left. Drugs warrant executed {date}, 2 charged PWITS. Resident {f} {sur} wants updates.
DRG||Landlord Mrs {f} {sur} ({age}) found cannabis plants in the loft of the house she lets out; tenant arrested for production.
DRG||Taxi driver {m} {sur} saw a package of cocaine handed over in the back of his cab; he's a witness in the supply trial.
DRG||Mr {m} {sur} ({oage}) reports people smoking crack in the alley behind his house every day - foil and needles left.
DRG||WCU. PC {sur} is the officer in the case for a possession with intent to supply trial (stop-search on {st}). Availability needed.
DRG||Cannabis factory found in the flat next door to V {m} {sur}; electrics bypassed, V worried about fire. S charged with production.
DRG||Mum {f} {sur} reports a named dealer supplying her adult son with heroin at her address; she wants him stopped. Dealer not family.
# ---- possession of weapons
WPN||Stop and search on {st} {time}: male found with a lock knife; civilian witness {f} {sur} saw him drop it. Charged possession of a bladed article. WCU for trial.
WPN||Firearm. Handgun found in a car stopped on {st}; witness {m} {sur} had reported seeing it in the footwell.
WPN||School. Pupil (15) brought a knife into school in his bag and never took it out. Teacher {f} {sur} is the witness. Bladed article on school premises.
WPN||Knuckleduster found on a man refused entry to {venue}; door supervisor {m} {sur} is the witness.
WPN||Offensive weapon. Baseball bat found in a car boot during a stop check in {area}, driver said it was 'for protection'. Witness PC {sur}.
WPN||WCU. {m} {sur} ({age}) is a prosecution witness in a firearms possession case; he saw S hide a shotgun in a lock-up garage.
WPN||Zombie knife found during a warrant at an address on {st}; neighbour {f} {sur} gave a statement. Possession of a prohibited weapon.
WPN||Man seen walking along {st} with a machete in a sheath; he didn't threaten anyone. Mrs {f} {sur} ({oage}) rang 999. Arrested.
WPN||CS spray found on S on arrest for drunkenness in {area}. WCU for arresting officer {off}.
WPN||Imitation firearm. Youth (17) stop-searched outside {shop}, BB pistol in rucksack. Witness {m} {sur}.
WPN||Knife found in a customer's bag during search at {venue}; bar manager {m} {sur} witness. Not used or shown.
# ---- public order
PUB|hate|s.4A POA racially aggravated. V {m} {sur} ({age}), shop worker at {shop}, subjected to racist abuse and threatening gestures by a customer refused alcohol; no physical contact.
PUB||s.5 POA. Drunk male swearing and shouting at staff and customers at {venue} {time}. Bar staff {f} {sur} witness.
PUB||Affray outside {venue}: group fighting in the street, people scattering. V {f} {sur} was a passer-by, not hurt, terrified.
PUB||Violent disorder outside the ground in {area} after the match; witness {m} {sur}.
PUB|hate|Homophobic abuse shouted at V {m} ({age}) and his boyfriend from a passing car on {st}; no contact. VRM obtained. s.5, hate.
PUB|hate|Group of men mocked V {f} {sur} ({age}), who is blind, in {shop}, shouting abuse about her guide dog and her being 'a burden'. s.4A.
PUB||Neighbour shouted abuse over the fence at Mrs {f} {sur} ({oage}), calling her names, causing her distress - single incident. s.5 POA.
PUB||NTE. Man shouting and swearing and kicking bins outside {venue} at {time}; nothing aimed at anyone in particular. s.5. Door staff witnesses.
PUB|hate|V {f} {sur} ({age}) had 'terrorist' shouted at her on the bus by a man who stood over her; no contact. Religiously aggravated s.4A.
PUB||WCU. s.4A POA (no hate element). S pleaded G, restraining order made. Ms {f} {sur} informed.
PUB|hate|Antisemitic chanting directed at V {m} ({age}) outside his synagogue by a group; no contact.
PUB||Bus driver {m} {sur} subjected to abusive language by a passenger who spat on the floor of the bus. s.5.
PUB||V {f} {sur} ({age}): ex-flatmate shouted abuse at her in the street causing alarm and distress. Not a partner, never was. s.5.
# ---- misc crimes against society
MSC||Perverting the course of justice. S's family offered V {m} {sur} ({age}) £{amt} to 'forget what he saw' and not come to court. V reported it straight away. OIC aware.
MSC||Bail. Defendant in V's case failed to surrender at {court} on {date}; warrant issued. V {f} {sur} informed by WCU.
MSC||Dangerous driving. Driver overtook cyclist {m} {sur} ({age}) and swerved at him on {st}; no collision, no injury. Dashcam. Charged dangerous driving.
MSC||Threat to commit criminal damage. Neighbour told V {f} {sur} he'd 'torch her car' if she parked there again. No damage done.
MSC|csa|Indecent images of children found on a neighbour's laptop, including covert images of V's daughter (9) taken in her garden. No contact offence identified. Mum {f} {sur} referred.
MSC||Bigamy. V {f} {sur} ({age}) has found out her husband was already married when they wed. V says he was 'never abusive or controlling, just a liar'. No DA concerns.
MSC|da|Perverting. V {f} {sur} ({age})'s husband keeps pressuring her to retract her statement in 'the case', writing out what she should say; he's on bail not to contact her. DA.
MSC||WCU. Defendant absconded from court during the lunch adjournment; failed to surrender, arrested next day, remanded. V {m} {sur} told.
MSC||Dangerous driving. Car driven at speed through the shopping street in {area}; Mrs {f} {sur} ({oage}) had to jump out of the way, not hit. Charged dangerous driving.
MSC||WCU. Pawnbroker {m} {sur} is a witness in a handling stolen goods trial at {court}; S sold him jewellery he knew was stolen.
MSC||V {f} {sur} says a defence witness admitted to a friend that he lied on oath at the trial; passed to OIC re perjury.
MSC||Threat to commit CD. Ex-flatmate texted V {m} {sur} 'I'll smash your windows in'. No damage. Texts only. Not DA.
MSC|da|Ex-husband told V {f} {sur} ({age}) he'd burn the house down 'with nothing in it' if she sold it. No damage. Threat to commit criminal damage. DA.
MSC|csa|Indecent images. S's former employer found indecent images of children on a work laptop and reported it on {date}. No identified child in {area}. OIC {off}.
MSC||WCU update. S remanded after failing to attend trial on {date}; new date {date2}. Bail Act offence charged. V {f} {sur} relieved.
MSC|online|Perverting. S messaged V {m} {sur} ({age}) on Snapchat asking him to give a false alibi. V refused and showed police the messages.
# ---- fraud and computer misuse
FRD|online|Romance fraud. Mrs {f} {sur} ({oage}) met 'Richard' on a dating site; over 8 months sent him £{amt} for 'medical bills' and 'customs fees'. Never met. Action Fraud ref {ref}. Family furious.
FRD||Courier fraud. Mr {m} {sur} ({oage}) rang by 'DC {sur2}' saying his bank account was compromised; a courier collected his bank card and £{amt} cash. Phone calls only.
FRD|online|Investment fraud. V {m} {sur} ({age}) put £{amt} into a crypto platform advertised on Instagram; site now gone.
FRD|da|Mrs {f} {sur} ({oage}): son holds her Lasting Power of Attorney and has used it to move £{amt} from her savings into his own account. Fraud by abuse of position. DA (family). OPG informed.
FRD|da|V {f} ({age}) has found out her ex-partner took out {n} loans and a credit card in her name while they lived together; debt £{amt}. Fraud. DA.
FRD|online|'Hi Mum' scam on WhatsApp. Mrs {f} {sur} ({oage}) transferred £{amt} to someone pretending to be her son with a new number.
FRD|online|Ticket fraud. V {m} ({yage}) paid £{amt} by bank transfer for festival tickets advertised on a Facebook group; never received.
FRD||Doorstep crime. Rogue traders told Mr {m} {sur} ({oage}) his roof was 'about to collapse' and charged him £{amt} for work never done. Trading Standards joint visit. Fraud by false representation.
FRD||Care worker used Mrs {f} {sur}'s ({oage}) bank card for contactless payments, £{amt} over 6 weeks. Carer not related. Agency informed. Fraud.
FRD||Fake HMRC call. V {f} {sur} ({age}) told she'd be arrested for unpaid tax unless she paid £{amt} in gift vouchers. Calls only.
FRD|online|Phishing email made to look like her bank; Mrs {f} {sur} ({oage}) entered her details on the linked site and £{amt} was taken.
FRD|online|Computer misuse. V {m} {sur} ({age})'s email account hacked and used to send invoices to his clients with changed bank details.
FRD||Identity fraud. Someone opened a phone contract in V {m} {sur}'s name using his details; he found out from a credit check.
FRD|online|Text claiming to be from his bank with a link; V {m} {sur} ({age}) clicked it and entered his details on the fake website. £{amt} taken.
FRD||'Safe account' scam by phone only - no links, no emails. V {f} {sur} ({age}) moved £{amt} after a call from 'the fraud team'.
FRD|online|V {f} {sur} ({age}) paid £{amt} for a car advertised on an online marketplace; seller vanished after payment.
FRD|da|Mr {m} {sur} ({oage}): daughter ({mage}) has been using his bank card and PIN at cashpoints, £{amt} over months, while 'helping him'. Fraud. DA (family).
FRD||Mrs {f} {sur} ({oage}) paid £{amt} to traders to clear her gutters; they did nothing and came back demanding more. Fraud.
FRD|online|Romance fraud. {m} {sur} ({age}) met 'Anna' on Facebook; sent £{amt} for flights she never took.
FRD||WCU. Investment fraud trial (local financial adviser) listed {court} {date}; Mr {m} {sur} ({oage}) is one of 14 witnesses. Needs a hearing loop.
FRD|online|Rental fraud. V {f} ({yage}) paid a £{amt} deposit for a flat advertised on a website; flat didn't exist.
FRD||Cheque fraud. Neighbour used Mr {m} {sur}'s ({oage}) chequebook and forged his signature, £{amt}.
FRD|da|Wife took out car finance in V {m} {sur}'s ({age}) name without him knowing. Fraud. DA.
FRD||Courier fraud. Mrs {f} {sur} ({oage}) persuaded over the phone to buy gold and hand it to a 'courier'; loss £{amt}.
FRD|online|Former business partner logged into V {m} {sur}'s cloud storage and deleted client files. Computer misuse.
# ---- anti-social behaviour
ASB||Noise nuisance. Neighbour at no. {n} plays loud music till 3am most weekends. Mrs {f} {sur} ({oage}). No threats, no crime disclosed. Passed to council noise team.
ASB||Youths gathering in the stairwell of the flats on {st}, smoking and leaving litter; {f} {sur} and other residents feel intimidated but no specific offence.
ASB||Dog barking constantly next door; V {m} {sur} ({age}) at his wits' end. Council.
ASB||Drinkers in {area} park every evening since {date}, shouting and leaving cans; no offences identified.
ASB||Car meet in the {shop} car park - revving engines, noise till late. Residents incl. {m} {sur} complaining.
ASB||Fireworks let off in the street at night by kids; Mrs {f} {sur} ({oage}) frightened for her cat. No damage.
ASB||Neighbour keeps parking across V's drive. Civil matter, no threats. V {m} {sur}.
ASB||Smell of cannabis from the flat below; V {f} {sur} ({age}) has young kids. Nothing more; no crime confirmed.
ASB||Footballs kicked against Mr {m} {sur}'s ({oage}) wall every evening by local kids; no damage.
ASB||Neighbours arguing loudly late at night; V {f} {sur} says it's 'just shouting, no violence, not domestic as far as I know'. No DA disclosed.
ASB||V {f} ({age}) reports kids doing knock-and-run along {st}; no damage, no threats.
ASB||Loud DIY and building work at weekends from 7am next door to V {m} {sur}. Council.
ASB||Lads riding bikes on the pavement and shouting at passers-by on {st}; nothing aimed at Mrs {f} {sur} ({oage}) in particular.
ASB||Short-let house next door to V {m} {sur} hosts loud parties every weekend; no crime disclosed.
# ---- other crime
OCR||Animal welfare. V {f} {sur} ({age}) reports her neighbour is starving and kicking his dog; RSPCA informed. Animal Welfare Act.
OCR||Fly-tipping. Builders' rubble dumped outside V {m} {sur}'s garage on {st}. Council enforcement.
OCR||Illegal eviction. Landlord changed the locks while V {f} {sur} ({age}) was at work and put her belongings in the street. Protection from Eviction Act - council tenancy relations officer. No violence.
OCR||Fail to stop, damage only. Driver clipped V's parked car on {st} and drove off; no injury. V {m} {sur}.
OCR||V {f} {sur} ({oage}) saw a driver drinking from a can of lager then get into his car; breathalysed over the limit. No collision, nobody hurt.
OCR||V rang VCU saying she'd been 'a victim of crime' on {date} and wanted an update; offence details {ph} on the referral, crime ref {ph2}.
OCR||Wildlife crime. Badger sett dug out near {area} allotments; reported by Mr {m} {sur}.
OCR||Animal welfare. Mr {m} {sur} ({oage}) reports horses kept in appalling conditions in a field near {area}; RSPCA and horse welfare charity informed.
OCR||CPS referral. Ms {f} {sur} is the victim in an HSE prosecution under the Health and Safety at Work Act - lost two fingers in an unguarded machine at work. Not a police-recorded offence.
OCR||Caller {m} {sur} too upset to give details; 'a crime' happened to him last week in {area}, offence type {ph}. Crime ref {ref}. Call back arranged.
# ---- extra: longer narratives, letters, hard positives/negatives
VWI|da|Long call from V {f} {sur} ({age}). 'Me and him were together since school, split when I was 23, but he's still the kids' dad so he's always around.' On {date} he came to collect the boys, they argued on the step and he punched her in the side of the head - bruising and a perforated eardrum confirmed by GP. She doesnt want to go to court but wants it on record. DASH medium.
VWO|da|V {f} {sur} ({age}) rang in tears: her adopted son (19) told her on {date} he'd 'put her in the ground' after she stopped his allowance. No violence, no weapon. He still lives at home. TTK. DA - family.
STK|da;online|Male V, {m} {sur} ({age}). Ex-fiancée has been following his location on Snap Map and turning up wherever he is, messaging him on Snapchat from new accounts when blocked. 'My mates think it's funny, it isn't.' Stalking. DA.
FRD|da|Mrs {f} {sur} ({age}) has found that her husband forged her signature on a remortgage application and took out £{amt} against the house without her knowing. Fraud. DA. She has moved to her sister's.
OTH|da|V {f} ({age}) says her twin sister took her engagement ring and pawned it while staying over. Sister ({age}) lives with their mum. Theft. DA (family).
CDA|da|Arson. V {m} {sur} ({age})'s car set on fire outside his house on {date}; doorbell footage shows his ex-wife pouring something on it. No one hurt. DA flagged.
VWI|da|V {f} {sur} ({age}) - her civil partner {f2} threw her against the bannister in the hallway; cracked rib confirmed on X-ray at {hosp}. Together {yrs} yrs. First time V has told anyone. DASH medium, IDVA.
SEX|da|Mrs {f} {sur} ({oage}) disclosed to the district nurse that her husband of over 50 years forces her to have sex and 'always has'. Rape. DA. Specialist older-women's ISVA referral.
VWO|da;hate;hba|V {m} (17) came out as gay to his family; his father told him he would be sent abroad and 'we will kill you before you shame us'. No violence yet. TTK. DA (family, V 16+), HBA and homophobic hostility. YP placed in emergency accomodation in {area} {date}.
STK|da|Mrs {f} {sur} ({oage}): adult daughter ({mage}) has moved in and controls everything - takes her bank card, won't let her phone her son, locks the front door when she goes out. CCB, family. ASC referral.
VWI|da|V {m} {sur} ({age}) assaulted by his half-brother at their dad's house; punched, broken nose. Both adults. DA - family member. V doesnt want it going to court, 'it'll kill my dad'.
VWI|da|VLO. Offender {m} {sur} (V's father) was convicted of ABH against V {f} (now 20) when she was 18; he is due for release on {date}. V asks for a condition not to contact her or her mum.
STK|da|WCU. Restraining order on acquittal granted at {mc} {date}: S (V's ex-partner) not to contact V {f} {sur} or attend {st}. V informed; relieved but disappointed with the verdict.
VWO|da|DVPN served {date} after V {f} {sur} ({age})'s partner threatened to 'finish her' during a row; no violence. DVPO granted for 28 days. IDVA referral.
STK|da;online|V {f} {sur} ({age}) reconnected with an ex from 15 years ago on Facebook; since she ended it again he has flooded her with Messenger messages and posts about her in local groups. Harassment. DASH 9, MARAC threshold not met.
VWI|da;knife|NTE. V {m} {sur} ({age}) was out with his girlfriend at {venue}; she smashed her wine glass and cut his neck with it after an argument. Wound glued at {hosp}. S arrested. DA flagged.
CDA|da|Council flat on {st}: son ({yage}) punched holes in the walls and broke the doors of his mum's flat in a rage; no assault on her. Mum {f} {sur} ({age}). CD. DA.
FRD|da|Mrs {f} {sur} ({age}) has found catalogue accounts and payday loans in her name taken out by her husband; total £{amt}. Fraud. DA - she says he 'does all the paperwork'.
VWI|da|V {f} {sur} ({age}) assaulted by her son (16) at home - he threw a chair at her, cut to her shin and bruising. Both 16+ so DA (child to parent abuse). CSC + YOT aware.
VWO|da|V {f} {sur} ({age}): her daughter (17) pushed her into the door frame during a row about college; no injuries. DA (both 16+). Early help offered.
VWI||V (15) assaulted by her dad at home, bruising to arm and face. Child protection strategy meeting held. Not DA as V under 16. Dad on bail, not to return to {st}. Ref {ref}.
STK||V {f} {sur} ({age}) harassed by her daughter's ex-boyfriend, who blames her for the break-up - turns up at her work and rings her repeatedly. V herself has no relationship with him. Not DA.
VWI||V {f} {sur} ({age}) punched by her ex-partner's new girlfriend outside {shop}; bruised cheek. V and S have never been in any relationship. Not DA.
VWI||V {m} {sur} ({age}) assaulted by his lodger, who rents a room in V's house - punched, cut lip. Not related, no relationship. Not DA.
VWI||V {f} {sur} ({age}) pushed down the steps outside {venue} by a woman she didn't know; sprained wrist and grazes. V worried about what her partner will say when he finds out, but he wasn't involved. Not DA.
HOM|da|Referral for family of Mrs {f} {sur} ({oage}): her husband ({oage2}) is charged with her murder at their home in {area}. She had dementia. Adult children referred; they say there was no history of violence. DA (partners).
VWO|da;knife|V {f} {sur} ({age}): husband held a pair of scissors to her throat on {date} and told her she'd never leave him. No injuries. DASH high, MARAC. S remanded.
VWI|da;knife|V {f} {sur} ({oage}): her son ({mage}) slashed her forearm with a razor blade when she refused to hand over money. Treated at {hosp}. DA, family. ASC + police.
SEX|da|V {f} ({age}) reports her girlfriend {f2} sexually assaulted her while she was drunk after a party. Together {yrs} yrs, live together. DA. ISVA - LGBT+ service.
STK|da;online|Ex-partner set up a Facebook group about V {f} {sur} ({age}) full of lies about her and keeps adding her friends to it. Harassment. DA.
VWO|da|V {m} {sur} ({age}) lives with his uncle; uncle told him he would kill him if he didn't move out by the weekend. No weapon. DA - family. Housing referral.
STK|da;hba|V {f} ({age}): her brothers and uncle monitor where she goes, check her phone and have stopped her working because it 'looks bad for the family'; they say they must protect the family's name. CCB. DA and HBA.
VWI|knife|NTE stabbing. V {m} ({yage}) stabbed in the back outside {venue} at {time} after an argument with a group; collapsed lung. S arrested. No connection between V and S.
VWO||V {m} {sur} ({age}): man he'd argued with in the car park said 'I'll go home, get a knife and come back and kill you', then drove off. No blade present at any point. V frightened but unhurt. Recorded as TTK.
VWI||V {m} ({age}) punched in the face by a man in the street, fractured eye socket. When S was later arrested a knife was found in his car, but no knife was used or shown in the assault.
VWI|knife|'He held the blade to my neck and then cut my ear.' V {f} {sur} ({age}) attacked by a stranger on {st} {date}; laceration to ear, stitched. S charged s.18.
ROB|knife|Robbery. V {m} ({yage}) cornered in an underpass in {area} by two lads with a kitchen knife who took his coat and phone. No injuries.
VWI|hate|V {m} {sur} ({age}), Polish national, beaten by two men who heard him speaking Polish on the phone and shouted 'speak English'; broken nose. Race hate. Both charged.
STK||VRR letter. Dear Mr {sur}, we acknowledge receipt of your request dated {date} to review the decision not to charge your former business partner with harassment (texts and calls over several months). A review will be conducted by an officer independent of the original decision.
SEX|csa|WCU. V (now 16) is due to give evidence in the trial of her former swimming coach for sexual offences committed when she was 13-14. s.28 recorded {date}, ISVA support, trial at {court}. Not DA.
VWI||PTPH result {date}: S pleaded NG to s.20 GBH (V {m} {sur} punched, fell and fractured his skull outside {venue}); trial fixed {date2} at {court}. V informed; wants special measures.
VWO|da;hba|V {f} (17) says her mum and aunt told her she'll be 'taken home' to marry a cousin in the summer; when she said no, her aunt slapped her (no marks). Family members and V is 17, so DA applies. HBA/forced marriage. FMU informed {date}.
# ---- extra: court-stage shorthand, more hard cases
VWO|da|s.39 CJA (DA). EAH at {mc} {date}: NGAP entered, trial fixed {date2}. S bailed - not to contact V {f} {sur} directly or indirectly, not to enter {area}. V told; asked for live link (s.24) as she can't face him.
VWI||Charge update. S charged ABH (V {m} {sur}, assault outside {venue}); first appearance EAH at {mc} {date}, indicated G plea, sentence adjourned for reports. V wants the prosecutor to read his VPS.
STK|da|CCB s.76 - NGAP at PTPH, trial window w/c {date}. V {f} {sur} ({age}) wants a pre-trial visit and s.23 screens, and doesnt want her husband's family in the public gallery ('they'll stare me out').
STK||s.2A PHA stalking (stranger, met once at a bus stop). RUI extended again, file with CPS for a charging decision since {date}. V {f} {sur} chasing weekly, 'I'm the one living like a prisoner'.
BUR||TIC. Burglary at V's home on {st} taken into consideration when S was sentenced for 3 other burglaries at {court} {date}. Mrs {f} {sur} ({oage}) informed there'll be no separate hearing; no compensation ordered.
VWI|da|Victim Contact Scheme. Ms {f} {sur}: offender (her ex-partner) sentenced to 3 yrs for s.20 GBH and CCB. VLO explained automatic release at the halfway point and that she can ask for licence conditions. She asked 'will he find out where I live now?' - reassured address not shared.
ROB||NFA letter. Robbery on {st} {date} (V {m} {sur} ({age}) pushed over and phone taken) - no suspect identified, all lines exhausted. VRR explained; V wants to use it.
SEX||Rape reported {date}: V {f} ({age}) met S that night at {venue}, had not met him before. S RUI for 14 months. V considering a complaint, ISVA supporting. No relationship between them.
FRD||Doorstep crime. Two men claiming to be police officers came to Mrs {f} {sur}'s ({oage}) door and took £{amt} in cash 'for evidence' - she handed it over on the doorstep. Fraud by false representation.
VWO|da|VLO note. Offender (V's brother) convicted of threats to kill against V {m} {sur} ({age}) after a row about their mum's care; release due {date}. V wants a no-contact condition.
PUB|hate|s.4A POA racially aggravated - S pleaded G at EAH ({mc}, {date}), fined and £{amt} compensation. V {m} {sur} informed, 'better than nothing'.
VWI||Taxi marshal {m} {sur} ({age}) punched at the rank on {st} at {time} by a man who was told to queue; cut lip, loose tooth. S arrested by patrol.
VWI|da|Mrs {f} {sur} ({oage}) punched by her son-in-law ({mage}) when she confronted him about how he treats her daughter; black eye. Relative by marriage - DA. ASC informed.
STK|da|Estranged dad has sent V {f} ({age}) birthday and Christmas cards for {yrs} years with lines like 'I'll always know where you are'. New address each time she moves. Stalking, family member. DA.
VWO|ms|Forced labour. {n} workers at a packing warehouse in {area} paid nothing after 'deductions', living in a house owned by the gangmaster, IDs held. V {m} ({age}) one of them. NRM.
SEX|csa;online|V (15) sent an intimate image to a 'girl' on Instagram; the account then demanded more images, threatening to share the first with her school friends. CSE/sextortion. CEOP. Parents reported {date}.
CDA||RJ. Youths who sprayed graffiti on Mr {m} {sur}'s ({oage}) garage on {st} took part in an RJ conference and repainted it. V satisfied. Case closed {date}.
ASB||Neighbour feeding pigeons in the back garden causing mess over V {f} {sur}'s ({oage}) washing and car. No crime. Council env health.
VEH||Theft from vehicle. {n} parcels taken from a delivery van on {st} while driver {m} {sur} was at a door; van left unlocked.
VWI|hate|Mr {m} {sur} ({age}) has a learning disability; 'friends' who call him names burned him with cigarettes 'for a laugh'. Disability hostility. ASC, OIC {off}.
STK||Mrs {f} {sur} ({oage}) being stalked by a former handyman she once hired - turns up at her door, rings constantly. No relationship. s.2A.
VWO|da|Ex-wife rang V {m} {sur} ({age}) {n} times on {date} saying she'd have him killed. Phone calls only. TTK. DA.
SEX|da|V {f} {sur} ({age}) sexually assaulted by her ex-husband at the child handover on {date}, {yrs} yrs after the divorce. DA. ISVA referral accepted.
FRD||Care home manager in {area} found to have been using residents' money (incl. Mr {m} {sur}, {oage}) for her own shopping. Fraud by abuse of position. Not DA - not family.
CDA||Wing mirrors snapped off V {f} {sur}'s car on {st} overnight. V asked what would happen if her ex ever breached his order - no breach, and no suggestion he's involved in this. Offender unknown.
BUR||Shed burglary at V {m} {sur}'s ({oage}) house on {st}; mower and strimmer taken. V mentions his daughter was in an abusive relationship years ago, which is why he's nervous - unconnected.
VWI|da|V {f} {sur} ({age}) - DASH 17, MARAC {date}. Partner {m} kicked her in the stomach when she was 6 months pregnant; bruising, baby OK per {hosp}. S remanded. V: 'I'm done protecting him'.
STK|da|Mrs {f} {sur} ({oage}) says her husband of 45 years has always controlled the money and who she sees, and since she mentioned divorce he has hidden her hearing aids and her phone. CCB. DA.
VWO|knife|RTC rage. Driver got out at the lights on {st} and waved a Stanley knife at V {m} {sur} ({age}) through his window; no injury. V believed he'd be cut. S's VRM noted.
VWI||Five-a-side. V {m} {sur} ({age}) elbowed in the face by an opponent during a five-a-side game at {area} leisure centre, fractured nose. Player identified. No relationship.
"""


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _date(rng: random.Random) -> str:
    year = rng.choice((2024, 2025))
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    style = rng.randint(0, 6)
    if style == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if style == 1:
        return f"{day:02d}/{month:02d}/{year % 100:02d}"
    if style == 2:
        return f"{day}.{month}.{year % 100:02d}"
    if style == 3:
        return f"{_ordinal(day)} {MONTHS[month - 1]}"
    if style == 4:
        return f"{day} {MON3[month - 1]} {year % 100:02d}"
    if style == 5:
        return f"{day} {MONTHS[month - 1]} {year}"
    return f"{day}/{month}/{year % 100:02d}"


def _time(rng: random.Random) -> str:
    hour = rng.randint(0, 23)
    minute = rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 2, 17, 48))
    style = rng.randint(0, 3)
    if style == 0:
        return f"{hour:02d}:{minute:02d}"
    if style == 1:
        return f"{hour:02d}{minute:02d}hrs"
    if style == 2:
        h12 = hour % 12 or 12
        return f"{h12}.{minute:02d}{'am' if hour < 12 else 'pm'}"
    return f"approx {hour:02d}{minute:02d}"


def _amount(rng: random.Random) -> str:
    style = rng.randint(0, 3)
    if style == 0:
        return f"{rng.randint(20, 950)}"
    if style == 1:
        return f"{rng.randint(1, 48)}{rng.choice(('00', '50', '20', '75'))}"
    if style == 2:
        return f"{rng.randint(1_000, 85_000):,}"
    return f"{rng.randint(100, 9_999)}.{rng.randint(0, 99):02d}"


def _crime_ref(rng: random.Random) -> str:
    style = rng.randint(0, 3)
    if style == 0:
        return f"CR/{rng.randint(0, 9_999_999):07d}/{rng.choice(('24', '25'))}"
    if style == 1:
        return f"CAD {rng.randint(100, 9_999)} {rng.randint(1, 28):02d}{rng.choice(MON3).upper()}"
    if style == 2:
        return f"NFIB{rng.randint(10_000_000, 99_999_999)}"
    return f"{rng.choice(('EB', 'NG', 'SM', 'HX'))}-{rng.randint(10_000, 99_999)}-{rng.choice(('24', '25'))}"


def _urn(rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    return f"{rng.randint(1, 99):02d}{letters}{rng.randint(0, 9_999_999):07d}{rng.choice(('24', '25'))}"


def _vrm(rng: random.Random) -> str:
    first = "".join(rng.choice("ABCDEFGHKLMNOPRSVWY") for _ in range(2))
    last = "".join(rng.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
    return f"{first}{rng.choice(('19', '21', '68', '70', '72', '15', '64', '23'))} {last}"


def _officer(rng: random.Random) -> str:
    rank = rng.choice(RANKS)
    if rank == "PC" and rng.random() < 0.5:
        return f"PC {rng.randint(1000, 9999)} {rng.choice(SURNAME)}"
    return f"{rank} {rng.choice(SURNAME)}"


SLOT_MAKERS = {
    "f": lambda rng: rng.choice(FEMALE),
    "m": lambda rng: rng.choice(MALE),
    "sur": lambda rng: rng.choice(SURNAME),
    "area": lambda rng: rng.choice(AREA),
    "st": lambda rng: rng.choice(STREET),
    "venue": lambda rng: rng.choice(VENUE),
    "shop": lambda rng: rng.choice(SHOP),
    "hosp": lambda rng: rng.choice(HOSPITAL),
    "court": lambda rng: rng.choice(CROWN_COURT),
    "mc": lambda rng: rng.choice(MAGS),
    "car": lambda rng: rng.choice(CARS),
    "phone": lambda rng: rng.choice(PHONES),
    "bike": lambda rng: rng.choice(BIKES),
    "ph": lambda rng: rng.choice(PLACEHOLDER),
    "off": _officer,
    "date": _date,
    "time": _time,
    "amt": _amount,
    "ref": _crime_ref,
    "urn": _urn,
    "vrm": _vrm,
    "n": lambda rng: str(rng.randint(2, 9)),
    "yrs": lambda rng: str(rng.randint(2, 9)),
    "age": lambda rng: str(rng.randint(24, 58)),
    "yage": lambda rng: str(rng.randint(19, 34)),
    "mage": lambda rng: str(rng.randint(38, 62)),
    "oage": lambda rng: str(rng.randint(72, 93)),
}


class _Slots(dict):
    """Fills {slot} / {slot2} lazily; same key -> same value, numbered keys of one base differ."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self._rng = rng

    def __missing__(self, key: str) -> str:
        base = key.rstrip("0123456789")
        if base not in SLOT_MAKERS:
            raise KeyError(f"unknown slot {key!r}")
        taken = [v for k, v in self.items() if k.rstrip("0123456789") == base]
        for _ in range(200):
            value = SLOT_MAKERS[base](self._rng)
            if value not in taken:
                break
        else:
            raise RuntimeError(f"could not find a distinct value for {key!r}")
        self[key] = value
        return value


def parse_templates() -> list[tuple[str, tuple[str, ...], str]]:
    out = []
    seen_text = []
    for raw in TEMPLATES.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 3:
            raise SystemExit(f"bad template line: {line[:60]}")
        cat_code, flag_codes, text = (p.strip() for p in parts)
        if cat_code not in CAT_CODES:
            raise SystemExit(f"unknown category code {cat_code!r}")
        category = CAT_CODES[cat_code]
        flags = []
        for code in (c.strip() for c in flag_codes.split(";")):
            if not code:
                continue
            if code not in FLAG_CODES:
                raise SystemExit(f"unknown flag code {code!r}")
            flags.append(FLAG_CODES[code])
        if category not in CATEGORIES or any(f not in FLAGS for f in flags):
            raise SystemExit("label outside TAXONOMY lists")
        if len(flags) != len(dict.fromkeys(flags)):
            raise SystemExit(f"duplicate flag in: {text[:60]}")
        ordered = tuple(f for f in FLAGS if f in flags)
        if text in seen_text:
            raise SystemExit(f"duplicate template: {text[:60]}")
        seen_text.append(text)
        out.append((category, ordered, text))
    return out


def fill(rng: random.Random, text: str) -> str:
    filled = text.format_map(_Slots(rng))
    if "{" in filled or "}" in filled or "\n" in filled or "|" in filled:
        raise SystemExit(f"unfilled or bad template: {text[:60]}")
    return filled


def main() -> None:
    rng = random.Random(SEED)
    templates = parse_templates()
    if len(templates) > N_NOTES:
        raise SystemExit("more templates than notes")
    picks = list(range(len(templates)))
    picks += [rng.randrange(len(templates)) for _ in range(N_NOTES - len(templates))]
    rows = []
    used = {}
    for idx in picks:
        category, flags, text = templates[idx]
        for _ in range(500):
            note = fill(rng, text)
            if note not in used:
                break
        else:
            raise SystemExit(f"could not make a unique note from: {text[:60]}")
        used[note] = True
        rows.append((note, category, ";".join(flags)))
    rng.shuffle(rows)

    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _, category, flags in rows:
        cat_counts[category] += 1
        for flag in flags.split(";") if flags else ():
            flag_counts[flag] += 1
    missing = [c for c in CATEGORIES if not cat_counts[c]] + [f for f in FLAGS if not flag_counts[f]]
    if missing:
        raise SystemExit(f"uncovered labels: {missing}")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(("note_id", "text", "category", "flags"))
        for number, (note, category, flags) in enumerate(rows, start=1):
            writer.writerow((f"B41-{number:04d}", note, category, flags))

    print(f"templates {len(templates)}")
    print(f"notes {len(rows)}")
    for category in CATEGORIES:
        print(f"{category} {cat_counts[category]}")
    for flag in FLAGS:
        print(f"{flag} {flag_counts[flag]}")


if __name__ == "__main__":
    main()
