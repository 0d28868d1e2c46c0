"""Generate the blind-11 synthetic referral-note corpus for ``reconcile``.

Written blind from ``/work/shared/TAXONOMY.md`` only. Each scenario template carries its own
category and flag labels; slots are filled from invented name and place pools with a fixed seed,
so the output file is byte-for-byte reproducible. Standard library only.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

SEED = 11_2024_7
TARGET = 820
OUT = Path(__file__).resolve().parent / "data" / "notes_blind11.csv"

CATEGORIES = {
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
}
FLAGS = (
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
)
SHORT = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "online": "online",
    "knife": "knife_sharp_instrument",
    "cse": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}

POOLS = {
    "f": [
        "Kerry",
        "Shona",
        "Bethan",
        "Priya",
        "Aisha",
        "Joanne",
        "Leanne",
        "Niamh",
        "Marta",
        "Chantelle",
        "Gemma",
        "Rukhsana",
        "Tegan",
        "Olwen",
        "Demi",
        "Funmi",
        "Zofia",
        "Hollie",
        "Yasmin",
        "Carys",
        "Tracey",
        "Imani",
        "Roisin",
        "Lacey",
        "Sadia",
        "Maureen",
        "Kayleigh",
        "Ewa",
        "Abi",
        "Nasreen",
    ],
    "m": [
        "Darren",
        "Callum",
        "Imran",
        "Rhys",
        "Tomasz",
        "Kyle",
        "Dwayne",
        "Owain",
        "Bilal",
        "Jamie",
        "Kofi",
        "Liam",
        "Gareth",
        "Sunil",
        "Connor",
        "Marek",
        "Reece",
        "Tariq",
        "Declan",
        "Ashley",
        "Dean",
        "Nathaniel",
        "Harvey",
        "Lewis",
        "Ade",
        "Jordan",
        "Ravi",
        "Stuart",
        "Mo",
        "Ieuan",
    ],
    "sn": [
        "Pryce",
        "Okafor",
        "Hussain",
        "Whitlock",
        "Nowak",
        "Bramley",
        "Tennant",
        "Kaur",
        "Doherty",
        "Marsh",
        "Ellery",
        "Quayle",
        "Adeyemi",
        "Rowntree",
        "Mistry",
        "Haddow",
        "Fenwick",
        "Lloyd-Jones",
        "Osei",
        "Bracewell",
        "Kowalczyk",
        "Sheridan",
        "Parmar",
        "Tunstall",
        "Ibbotson",
    ],
    "town": [
        "Hexley",
        "Brackenford",
        "Moorcastle",
        "Ashby Vale",
        "Thornbury Cross",
        "Pelham",
        "Wrexford",
        "Castlemere",
        "Dunmoor",
        "Llanfenni",
        "Oakhaven",
        "Stourleigh",
        "Marlow Heath",
        "Kirkby Fell",
        "Penhallow",
        "Sedgebrook",
    ],
    "street": [
        "Mill Lane",
        "Cromwell Road",
        "Station Approach",
        "Albion Street",
        "the High St",
        "Orchard Way",
        "Victoria Terrace",
        "Queens Parade",
        "Brook Close",
        "Fenwick Rd",
        "Canal Walk",
        "Chapel Row",
        "Gorse Avenue",
        "Market Square",
        "Lark Rise",
        "Tudor Drive",
    ],
    "shop": [
        "the Spar",
        "Co-op",
        "Aldi",
        "the corner shop",
        "Boots",
        "Superdrug",
        "the Londis",
        "B&M",
        "the Tesco Metro",
        "Home Bargains",
        "the Iceland",
        "Poundstretcher",
    ],
    "day": [
        "Mon",
        "Tues",
        "Weds",
        "Thurs",
        "Fri",
        "Sat",
        "Sunday",
        "Monday night",
        "Friday evening",
        "Sat afternoon",
        "last night",
        "yesterday",
        "the weekend",
    ],
    "month": ["Jan", "February", "March", "April", "May", "June", "July", "Aug", "September", "Oct", "November", "Dec"],
    "aa": [str(n) for n in range(19, 63)],
    "ac": [str(n) for n in range(6, 15)],
    "at": ["16", "17"],
    "ao": [str(n) for n in range(72, 94)],
    "amt": ["£350", "£1,200", "£2,400", "£640", "£4,000", "£9,500", "£780", "£15k", "£3k", "£22,000", "£180"],
    "crn": [f"{a}/{b:05d}/2{c}" for a in ("42", "14", "07", "63") for b in (1183, 20417, 5590, 77312) for c in "34"],
}

PREFIXES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "VAL call: ",
    "Self referral. ",
    "Referral rec'd: ",
    "Caseworker note - ",
    "Police referral (auto): ",
    "Web form: ",
    "VS ref. ",
    "Triage: ",
    "Call back note: ",
    "Notes: ",
]
TAILS = [
    "Consent to share obtained.",
    "V asked for a call back after 5pm.",
    "Interpreter needed (Polish).",
    "Crime ref {crn}.",
    "Text before calling pls.",
    "V has two young kids and is not sleeping.",
    "Referred by OIC PC {sn}.",
    "Needs help with travel costs to court.",
    "V just wants someone to talk to.",
    "Letter sent, awaiting contact.",
    "Safe to leave voicemail.",
    "No answer x2, will try again.",
    "V has anxiety, prefers email.",
    "Welsh speaker, would like Welsh-language support.",
    "Needs help with a PIP form as well.",
    "V hard of hearing - speak slowly.",
    "Outcome pending, RUI.",
    "CPS charging decision awaited.",
    "V happy for VS to contact.",
    "Needs assessment due this week.",
]

# Each record: header line "category | short flags", then wrapped text lines (joined with spaces).
# Records are separated by blank lines. Short flags: da hate online knife cse ms hba.
T1 = r"""
homicide | knife
Bereaved family referral. {f}'s son {m} ({aa}) was stabbed to death outside a takeaway on {street}, {town}.
Two males charged w/ murder. Mum wants help with the inquest + trial dates.

homicide | da
Homicide Service handover: V's husband {m} was killed by his own brother during a row at the family home,
manslaughter charge. Widow and 3 kids need practical support.

homicide | da
{f} {sn}, mum of murder victim. Her daughter was killed by her ex partner in {month}; he has been charged.
Previous MARAC. Needs FLO contact details + counselling.

homicide |
Caller's brother died after being punched once outside a pub in {town}, hit his head on the kerb. S charged
with manslaughter. family asking for support

homicide |
infanticide case, baby's mother charged. Maternal grandmother {f} referred for emotional support, very distressed,
lives alone

homicide | hate
Referral for the sister of {m}, killed in a homophobic attack in the park last year - attackers were heard calling
him a 'f***ing queer' before the beating. Murder trial listed for {month}.

homicide | knife
Dad of {ac} year old boy who died after being stabbed on the way home from school. Another teen charged
with murder, knife recovered at scene. Dad not coping, sleeping in his car.

homicide |
Adult daughter of elderly man killed in his own home by an intruder. Charges are murder and aggravated burglary.
She needs help clearing the house and dealing with the press.

homicide |
Corporate manslaughter: V's partner {m} died when scaffolding collapsed on a building site, the company has been
charged. V wants to understand how the court case works.

homicide | da
mum of {f} ({aa}). {f} found dead at home, her partner charged with her murder. There was a DVPN last yr.
Grandkids now living with caller, needs help with kinship care

homicide |
VAL: caller's nephew was killed by a gang in {town} in 2019. Case concluded, killers convicted. Caller wants
to talk about grief, anniversary coming up.

homicide | da
Family of a woman killed by her adult son during a mental health crisis, charged with manslaughter (dim resp).
Family split over it, V is the deceased's sister.

homicide | hate
Murder of taxi driver {m} {sn} - witnesses heard racist abuse before he was attacked. Widow referred by FLO,
Urdu interpreter needed.

homicide |
Cousin of V was shot dead in a robbery at his corner shop in {town}. Cousin found him and is traumatised,
referral for trauma counselling.

homicide | da hba
Sister of {f}, who was murdered two years ago by their father and uncle because she left an arranged marriage
and 'shamed' them. Trial over, both convicted. Sister now fearful for herself.

homicide | da
V's husband ran him over deliberately after an argument on the drive, he died in hospital 2 days later.
She's charged with murder. Referral for his elderly parents.

homicide |
{m}'s mum phoned, son died in custody of injuries from a fight in a cell? NO - clarified: killed in a fight at
a house party, 3 arrested on suspicion of murder. Needs VS.

death_injury_driving |
Cyclist {m} killed by a lorry at the roundabout on {street}. Driver charged with causing death by careless
driving. Partner {f} requesting support.

death_injury_driving |
V seriously injured, knocked down on a zebra crossing by a car doing 50 in a 30. Driver charged w/ causing
serious injury by dangerous driving. Broken pelvis, long rehab ahead.

death_injury_driving |
bereaved parents - daughter ({at}) was a passenger in a car driven by a drunk friend that hit a tree.
friend charged with causing death by careless driving whilst over the limit

death_injury_driving |
Family of pedestrian killed in a hit and run on {street}, {town}. Driver arrested 3 days later, unlicensed and
uninsured; charged with causing death by driving while uninsured & disqualified.

death_injury_driving |
RTC - V's husband died, other driver was on his phone. CPS authorised causing death by dangerous driving.
Caseworker to attend court with the widow.

death_injury_driving |
Motorcyclist left paralysed after a van pulled out on him. Van driver charged with causing serious injury by
careless driving. Mum ringing on his behalf, he's in spinal unit.

death_injury_driving |
Grandmother of {ac} yr old killed outside school gates when a car mounted the pavement. Driver charged with
causing death by dangerous driving, claims he blacked out.

death_injury_driving |
V hit by a stolen car being chased by police, life changing injuries. Driver charged causing serious injury
by dangerous driving (plus TWOC).

death_injury_driving |
Widow: husband killed on the A-road by an HGV driver who fell asleep at the wheel. Inquest opened, driver
summonsed for causing death by careless driving.

death_injury_driving |
Son killed when two cars racing on {street} lost control and hit him at the bus stop. Both drivers charged with
causing death by dangerous driving. Family upset they got bail.

death_injury_driving |
DID referral: "causing death by careless driving" - V is the dad of a young man who died on the {town} bypass;
driver was 19 with 3 mates in the car.

death_injury_driving |
Horse rider thrown and seriously injured when a driver sped past and clipped the horse. Driver charged
with causing serious injury by careless driving. Horse had to be put down.

death_injury_driving |
Bereaved - V's elderly mother killed crossing the road by a driver over the drug-drive limit (cocaine).
Charged with causing death by careless driving when unfit through drugs.

violence_with_injury | da
{f} punched in face by her partner {m} after argument about money, cut lip + swollen eye. DASH medium.
Wants IDVA.

violence_with_injury | da
V assaulted by boyfriend, he strangled her until she nearly passed out, red marks to neck, ABH recorded.
DASH high, MARAC referral done.

violence_with_injury | knife
Male V, {aa}, slashed across the cheek with a broken bottle by a stranger in a pub in {town}. 12 stitches.
S arrested.

violence_with_injury | knife
Stabbed in the thigh by someone he didn't know in the alley off {street}, nothing taken. Discharged from
hospital, suspect outstanding.

violence_with_injury | da knife
Attempted murder - V stabbed 4 times by his cousin at a family party. V is {aa}, out of ICU now.

violence_with_injury | hate
V, a bus driver, punched by a passenger who shouted racist abuse at him, broken nose.

violence_with_injury |
{m} ({ac}) hit by his dad with a belt, bruises across his back, school raised concern, dad arrested.
Mum wants support for {m}.

violence_with_injury |
V's 15 yr old son pushed her down the stairs, fractured wrist. On the child-to-parent violence pathway with
Early Help.

violence_with_injury | da
V ({aa}) assaulted by her 19 yr old son, bruising to both arms. This is not the first time.

violence_with_injury | hate
homeless man kicked and beaten by a group of teens in the underpass; they mocked his wheelchair and called
him a "spaz". cuts and bruises

violence_with_injury | hate
Trans woman punched outside a club after a group kept calling her a man in a dress, broken tooth.

violence_with_injury |
Two men fighting outside a kebab shop, V (bystander) got caught in middle and had his jaw broken. Didnt know
either of them.

violence_with_injury |
GBH s18 - V attacked with a hammer by his flatmate over unpaid rent, fractured skull. They are not related
and never been in a relationship, just housemates.

violence_with_injury |
V bitten on the arm by a customer at the chemist where she works, skin broken, had a tetanus jab.

violence_with_injury |
Door supervisor headbutted by a drunk man at closing time, cut eyebrow needing glue.

violence_with_injury | da
V's ex-wife threw a kettle of boiling water over him, burns to chest and arm. Children were present.

violence_with_injury |
Nurse punched in A&E by a patient, bruised cheekbone. Assault on emergency worker. Trust supporting her.

violence_with_injury | da knife
V stabbed in the hand with scissors by her sister during an argument over their mum's care home fees.

violence_with_injury | hate
Mosque attendee pushed to the ground by a man shouting anti-Muslim abuse, grazed hands and knees,
headscarf pulled off.

violence_with_injury |
V says her ex used to hit her years ago, not now. Today she was assaulted by a stranger at the bus station,
black eye. Current partner very supportive.

violence_with_injury | da
{f} is 17, left with broken ribs after her stepdad kicked her during a row. Staying at her nan's.

violence_with_injury |
V attacked by his neighbour with a walking stick in a dispute over parking, head wound needing staples.

violence_with_injury | knife
S threatened V with a Stanley knife then cut his forearm when V tried to grab it. They know each other
through work.

violence_with_injury |
Football fan assaulted by rival supporters at {town} train station, broken collarbone.

violence_with_injury | hate online
V (gay man) met S on Grindr; when they met S attacked him, calling him homophobic names. Facial injuries.

violence_with_injury |
Elderly V ({ao}) pushed over by a care worker at her care home, bruising to hip. Carer suspended.

violence_with_injury | da
V's husband bit and scratched her in a row, bruises to face. She does not want to support a prosecution.

violence_with_injury |
ABH - V hit over the head with a bottle (didn't break) by stranger outside a chippy, needed glueing.

violence_with_injury | knife
V attacked with a machete in his own front garden, deep wounds to arm, suspects fled in a car.

violence_with_injury | da
IDVA ref: client's adult daughter broke client's finger by bending it back; daughter uses a lot of cannabis.

violence_with_injury |
V aged {ac} punched by another child in the park, nosebleed and chipped tooth. Parents want support.

violence_with_injury |
V assaulted by his girlfriend's ex-partner at her flat, cut to head. V and S have never been related or
together - S is jealous.

violence_with_injury | da
V suffered a broken nose in an assault by her father-in-law after she refused to lend him money.

violence_with_injury | knife
Taxi driver slashed across the face with a blade by a fare who then ran off without paying.

violence_with_injury | da hba
V says she was beaten by her older brother for having a boyfriend the family didn't approve of, he said she'd
shamed them. Bruising to arms and back.

violence_with_injury | hba
FGM - {f} ({at}) disclosed to school nurse that she was cut during a family trip abroad aged 8. Strategy
meeting held.

violence_with_injury |
Customer at petrol station punched V (cashier) when his card was declined, split lip.

violence_with_injury |
V hit on the head by a brick thrown by youths, head wound. They had been hanging around the estate for weeks.

violence_with_injury | da
V ({aa}) assaulted by partner who then smashed her phone and the telly. Bruising to face.

violence_with_injury |
PC bitten on the hand while arresting a drunk male; wound cleaned in A&E.

violence_with_injury | hate
Student V assaulted in halls by another student - fractured eye socket. S had made comments about covid
and told V to 'go back to China'.

violence_with_injury | da
V injured by partner again, she says "he's done it loads". Cut lip. Refuses DASH.

violence_with_injury | knife
dad of {m} (22) - son was jumped by 4 lads, one had a knife, slashed his back through his jacket. son wont
talk to police

violence_with_injury | da
{f} ({aa}) hit over the head with a frying pan by her girlfriend, needed stitches. Same-sex relationship,
worried services won't understand.

violence_with_injury | da
V's grandson (24) shoved her into the door frame, cut to her head. He's after money for drugs.

violence_with_injury | da hba
V's husband and his parents beat her for 'dishonouring' them by talking to a male colleague. Bruised ribs.

violence_with_injury | da
Partner punched V in the stomach, she's 20 wks pregnant. She says he keeps knives under the bed but didn't
use one.

violence_with_injury |
Dispute over parking between V (a Muslim man) and another driver - V punched, cut lip. V clear there were no
comments about his religion or race.

violence_with_injury | da
V says there is "no honour thing" going on, it's just her brother's temper - he threw her against the
wardrobe, gash on her head.

violence_with_injury |
Worker at a hostel assaulted by a resident, bruised arms. No DA, no weapon, no hate element.

violence_with_injury | da
Ex partner drove his car at V in the car park, broke her leg. Charged with GBH with intent.

violence_with_injury | knife
Pupil ({ac}) stabbed in the arm with a compass by a classmate, needed stitches. School excluded the other child.

"""

T2 = r"""
violence_without_injury | da
V pushed against the wall by her partner, no injuries. 3rd call this year. DASH standard.

violence_without_injury | da
Threats to kill - ex-husband left a voicemail saying he will kill her and bury her in the woods. No weapon
mentioned. V terrified.

violence_without_injury | hate
V spat at by a man on the bus who shouted a racial slur at her. No injury. BTP? no - local bus, our force.

violence_without_injury |
common assault: V slapped by a stranger in the queue at the post office, no visible injury, S known to staff.

violence_without_injury |
Child neglect - {ac} yr old and her little brother left alone for 2 days with no food, mum arrested.
Grandad now caring for them and needs support.

violence_without_injury |
Man unknown to the family got {f} ({ac}) into his car outside the shop and drove around for 20 mins before
letting her out. Child abduction enquiry. Not touched, per ABE.

violence_without_injury | ms
Modern slavery: V, a Romanian national, worked 14 hr days at a hand car wash for no pay, passport held by boss,
slept in a container on site. NRM referral done.

violence_without_injury | knife
Neighbour held a kitchen knife up at the fence and said he'd cut her; V believed he meant it. No injury.

violence_without_injury | knife
Man in car park put his hand in his coat like he had a knife and said he'd stab V if she didn't move her car.
V believed him. No blade actually seen.

violence_without_injury |
Paramedic shoved by a patient's relative at a house call, no injury. Assault on emergency worker.

violence_without_injury | da
{f} ({aa}) grabbed by the arm and shaken by her brother, no marks. Happens when he drinks.

violence_without_injury |
Cruelty to children: {ac}yo regularly locked in bedroom by step-mum and denied meals. Social services involved.

violence_without_injury | hate
Man shoved V outside the synagogue shouting antisemitic abuse. No injury, V shaken.

violence_without_injury | ms
Cannabis farm raided, Vietnamese teen ({at}) found locked inside tending plants, no way out. NRM referral
made, placed in foster care.

violence_without_injury | ms
Domestic servitude: V brought from Nigeria by a couple (not related to her) to be their nanny, never paid,
not allowed out alone, documents kept by them.

violence_without_injury | da hba
Father threatened to kill daughter ({aa}) if she goes ahead and marries her boyfriend, said she would bring
shame on the whole family.

violence_without_injury | da hba
V ({at}) taken abroad on a 'holiday', told she must marry her cousin, passport taken; uncle threatened to kill
her if she refused. FMU involved, V now back in UK.

violence_without_injury |
Road rage: V dragged out of his car by the other driver and shoved against the bonnet, no injury.

violence_without_injury | da
{f} pinned down by her partner who put his hand over her mouth, no visible injuries. She fled to her mums.

violence_without_injury | da
Caller's wife kicked him in the shins and threw the remote at his head (missed). He is embarrassed, wants
advice only.

violence_without_injury |
V grabbed by the collar and shoved by a work colleague at the warehouse, no injury, CCTV exists.

violence_without_injury | ms
County lines - {ac} yr old boy found in a trap house in {town}, used by older males to deal. CCE. NRM
referral submitted.

violence_without_injury |
V and her boyfriend are both 15 - he pushed and slapped her at the bus stop, no injury. School involved.

violence_without_injury |
Shop assistant had a pint thrown over her by a customer after refusing to serve him alcohol.

violence_without_injury | knife
Stranger in a pub held a broken glass up to V's face and said he'd kill him. No injury, staff intervened.

violence_without_injury | hate
V, a wheelchair user, tipped out of his chair by a man calling him a 'cripple'. No injury.

violence_without_injury | hate
V, one of a gay couple, spat at by neighbour who used homophobic language.

violence_without_injury | ms
Labour exploitation - group of men recruited from Poland for farm work, wages kept to pay 'debts', threatened
if they try to leave, housed 10 to a room.

violence_without_injury | da
Mum says her {aa} yr old son grabbed her and threw her onto the sofa, no injury. He's threatened her before.

violence_without_injury |
Neglect of a {ac} month old baby reported by health visitor; both parents arrested. Aunt caring.

violence_without_injury | da
V's ex pushed her at the child handover, no injuries, witnessed by contact centre staff.

violence_without_injury |
V says her late husband used to hit her - he died 5 years ago. Today referred because her neighbour pushed
her over in a fence dispute, no injury.

violence_without_injury |
Security guard at the hospital shoved and spat at by a visitor, no injury.

violence_without_injury | ms
V employed in a nail bar 7 days a week, not paid, lives above the shop; employer says 'you owe me for the
flight, I'll send you back'. Vietnamese national.

violence_without_injury | ms
V (adult with learning disability) made to work on a family friend's building sites for years for no pay,
kept in a shed. Safeguarding adults involved.

violence_without_injury | ms
Filipino crew on a fishing boat at {town} harbour, passports held by skipper, not paid for months, not allowed
ashore. NRM.

violence_without_injury | da ms hba
V trafficked to the UK for a forced marriage and then made to do all domestic work for her husband's family,
not allowed out. No physical injuries recorded.

violence_without_injury | da hba hate
V (20) being threatened by her family for being gay, they say she's brought shame on them; brother slapped her,
no injury.

violence_without_injury | da
Partner threw a mug at V, missed, then held her against the fridge. Kids in next room. DASH 9 ticks.

violence_without_injury | da
Twin sister slapped V across the face during a row about their dad's will, no marks.

violence_without_injury | da
V's husband threatened to kill her and the dog if she phoned police. No weapon involved.

violence_without_injury |
V's 14 yr old daughter hit her with a cushion and pushed her, no injury. Early Help involved re: behaviour.

violence_without_injury |
Threats to kill made over the phone by a man V owes money to; says he'll "end her". Not a partner, no blade
mentioned.

violence_without_injury |
Child abduction - V's {ac}yo was taken from the park by a woman who said she was "a friend of mummy's".
Found safe 2 hrs later.

violence_without_injury |
Lollipop lady shoved by a driver who got out of his car, no injury.

violence_without_injury | knife
V cornered in stairwell by two lads, one flashed a blade and said "don't grass", nothing demanded. No injury.

stalking_harassment | da
Ex partner stalking - turning up at V's work, following her car, sat outside her house 3 nights this week.

stalking_harassment | da
Controlling + coercive behaviour: husband controls all the money, checks her phone, stops her seeing friends.
No physical violence.

stalking_harassment | da online
V getting abusive messages on Instagram from her ex-boyfriend's account - calling her fat and ugly, over 40
messages in a week.

stalking_harassment |
Man from the gym waits for V in the car park and sends letters to her home. They were never in a relationship.

stalking_harassment | hate
Neighbour has put up a camera pointing at V's house, shouts at her every time she leaves and pushes notes
through the door calling her a 'p**i'.

stalking_harassment |
Malicious comms - V getting texts and calls from an unknown number saying they know where she lives, 20+ a day.

stalking_harassment | da
Her daughter's dad keeps ringing and texting, threatening to take the kids. They split up in 2021.

stalking_harassment | online
Cyberstalking: former colleague creating fake Facebook profiles in V's name and messaging her friends. Never
in a relationship.

stalking_harassment | da online
V's mum keeps sending abusive WhatsApp voice notes, calling her a disgrace for moving out and not paying
her keep. V is 30.

stalking_harassment |
{f}, 24, constant phone calls from her ex's new girlfriend calling her names. V not related to her and
they've never been together.

stalking_harassment | da
IDVA referral - coercive control. Partner took her car keys and her phone, tells her what to wear, locks the
door when he goes out. DASH high, 15 ticks, MARAC on {day}.

stalking_harassment | da
Ex keeps turning up at the school gates when V collects the kids, doesn't speak, just stares. Non-mol in place.

stalking_harassment | online
School referral: {ac}yo being harassed on TikTok by classmates, nasty comments and edited pictures of her.

stalking_harassment | hate online
V, a local councillor, gets abusive emails calling her a 'dyke' and saying people like her should be hanged.

stalking_harassment |
Harassment by landlord - keeps entering the flat without notice and texting late at night. V feels
intimidated.

stalking_harassment | da
V's brother-in-law posts letters through her door every week saying she's ruined the family.

stalking_harassment | online
V matched with S on Hinge but turned down a date; now he sends hundreds of Snapchat messages and threatens to
post her address. They never met.

stalking_harassment | da online
Stalking - V's former partner was released from prison, has driven past her house several times and
emailed her work.

stalking_harassment | da
Ex-husband leaving gifts on the doorstep and notes saying 'I'm always watching'. V has moved twice.

stalking_harassment | da
V says her partner has never been controlling, but her sister keeps ringing demanding money and screaming down
the phone, dozens of calls a day.

stalking_harassment | hate
Man in the flat above bangs on V's door late at night and follows her to the bins, says she's a "freak"
for being trans.

stalking_harassment | da online
V's adult son sending threatening Facebook messages demanding money, says he'll "make her pay".

stalking_harassment | da
Historic coercive control: V left her partner in 2019 after 6 yrs of him controlling everything. Only now
ready to report.

stalking_harassment | hate
Harassment at work - manager making repeated comments about V's turban and leaving notes on his desk. V is Sikh.

stalking_harassment | da online
V's ex messaging her new partner on Facebook with lies about her and turning up at her flat.

stalking_harassment |
Persistent unwanted contact from a former patient (V is a GP) - letters, waits outside surgery.

stalking_harassment | da online
{f} ({at}) harassed by her ex-boyfriend (18) on Snapchat and at college, he won't accept it's over.

stalking_harassment | online
V is 15, her ex boyfriend (also 15) keeps messaging her on Instagram and posting about her.

stalking_harassment |
Neighbour dispute escalated: S shouts abuse, photographs V's kids, left a dead bird on her step. Council
ASB team passed it to police as harassment.

stalking_harassment | da hba
V's father monitors where she goes, has her followed by cousins and took her phone, says she must protect
the family's name. V is 19.

stalking_harassment | online
Emails and LinkedIn messages from an ex-colleague she turned down, 30+ in a month, now emailing her husband.

stalking_harassment |
Silent calls at 3am, 10 a night, withheld number. V has no idea who it is.

stalking_harassment | da
Partner restricts V's access to her insulin, calls her useless, makes her ask permission to go out.

stalking_harassment |
V ({ao}) being pestered by a man from church she met once - letters, calls, turning up at her door.

stalking_harassment | da hba
Forced Marriage Protection Order in place; uncle keeps contacting V demanding she come back for the wedding.

stalking_harassment | da online
Ex-girlfriend has been emailing V's employer claiming he deals drugs, and turns up at his gym.

stalking_harassment | da
Partner makes V account for every minute, rings 30 times a day at work, accuses her of cheating.

stalking_harassment | da
Son-in-law keeps phoning V ({ao}) demanding she sign the house over, shouting; dozens of calls.

stalking_harassment | da online
V being harassed by her ex on WhatsApp since they split. V mentions her cousin was forced to marry years ago
but that is not what's happening to her.

stalking_harassment | da
Ex sent texts saying he'd stab her next time he sees her, one of many abusive texts this month. Not seen him,
no knife seen.

stalking_harassment |
Harrassment - neighbour's teenage son keeps texting V's daughter ({aa}) horrible messages and ringing the
doorbell at night.

stalking_harassment | hate online
Disabled V getting abuse on a Facebook community page, posts mocking his speech; ongoing for weeks.

stalking_harassment |
Letters with no name on them delivered to V's house every week for months, saying "I know what you did".
"""

T3 = r"""
sexual_offences |
ISVA referral - V raped by a man she met at a party in {town}, reported next day, SARC attended, ABE done.

sexual_offences | da
Rape by husband, ongoing for years, V now disclosing to her IDVA. Also physical abuse.

sexual_offences |
Sexual assault on a train - man repeatedly touched V's bottom and groin. BTP dealing, referral to us.

sexual_offences | cse
Non-recent CSA: V now 45, disclosed abuse by her uncle from age 9-12. Uncle still alive, V wants to report.

sexual_offences | cse online
{ac}yo girl groomed on Snapchat by a man claiming to be 16, got her to send nude pics then arranged to meet her.

sexual_offences |
Exposure - male exposed himself to V and her friend on the canal path, masturbating. Both adults.

sexual_offences |
Upskirting - man filmed up V's skirt on the escalator at the shopping centre, caught by security.

sexual_offences |
Voyeurism: landlord installed a hidden camera in V's bathroom. Found it when the light fitting fell.

sexual_offences | da
V raped by her ex partner when he came round to collect his things. DASH high.

sexual_offences | cse ms
V ({at}) sexually exploited by older men who gave her vodka and drugs at a flat, then drove her to other
towns to meet more men.

sexual_offences | ms
Trafficked from Albania, forced into prostitution in flats across the Midlands. NRM positive reasonable
grounds.

sexual_offences | knife
V (19) raped at knifepoint by a stranger who broke into her flat in the night.

sexual_offences |
Sexual touching by a massage therapist during appointment, V is {aa}. Salon owner not helpful.

sexual_offences | cse
V's stepfather sexually abused her from age 8 to 13; she is now 20 and wants to report.

sexual_offences |
Male V, {aa}, sexually assaulted in a club toilet by another man who grabbed his genitals.

sexual_offences |
V woke up to her friend's husband touching her sexually after she'd stayed over on their sofa.

sexual_offences |
Suspected spiking and rape: V woke in a stranger's flat with no memory and pain. SARC referral.

sexual_offences | online
Adult V coerced over webcam into sexual acts by someone posing as a modelling agent.

sexual_offences | cse online
Teacher sending sexual messages to a 15 yo pupil on WhatsApp and arranged to meet. LADO informed.

sexual_offences | cse
{ac} yr old boy sexually assaulted by older cousin (17) at a family gathering. Parents devastated.

sexual_offences | cse da
V is 17, raped by her boyfriend (18). She says she told him no more than once.

sexual_offences | da hba
Marital rape. V says her family and in-laws told her reporting would dishonour them and pressured her to
withdraw.

sexual_offences |
V sexually assaulted at the works Christmas do by her manager, kissed and groped against her will.

sexual_offences |
Taxi driver touched V's thigh and tried to kiss her; she got out at the lights.

sexual_offences |
V with a learning disability sexually abused by a support worker at her supported living. No indication it was
because of her disability, per OIC.

sexual_offences |
Man masturbating at his window facing the bus stop where V (40) waits every morning.

sexual_offences | cse
CSE concern: {at}yo in care going missing, older males picking her up in cars, found with new phones,
disclosed sex with one of them.

sexual_offences | knife
V raped by 2 men after a night out, one held a knife to her throat.

sexual_offences | hate
V (trans man) sexually assaulted by a man who said he'd "show him he's really a woman".

sexual_offences | da
V's partner sexually assaulted her while she was asleep, second time this has happened.

sexual_offences |
Stranger followed V off the night bus and grabbed her breasts, then ran.

sexual_offences | online
Met S on Tinder, on their first date he raped her at his flat. V {aa}.

sexual_offences | cse
{ac}yo girl disclosed her mum's boyfriend touched her when mum was at work. Boyfriend removed from home.

sexual_offences | cse online
Football coach sending sexual messages to a {ac} yr old boy on Instagram. Club has suspended him.

sexual_offences | cse online
16yo persuaded by a man in his 30s she met online to send explicit videos; now he threatens to share them
unless she sends more.

sexual_offences | cse
14 yr old has been having sex with a 19 yr old she calls her boyfriend. Mum found messages on her phone.

sexual_offences | ms
Thai woman trafficked to work in a massage parlour in {town}, made to provide sexual services to pay off
'debt'.

sexual_offences |
V turned 18 last month; was sexually assaulted at a house party by a lad from college. Not known to her well.

sexual_offences |
V says she was raped in 2004 by a man she worked with. She was 26. Now ready to talk to an ISVA.

sexual_offences |
Man on the tube pressed himself against V and rubbed against her. V {aa}, reported to BTP.

robbery |
Mugging - V pushed to the ground and her handbag taken by two youths on {street}, grazed knee.

robbery | knife
Knifepoint robbery of phone and watch outside the station; knife held to V's stomach.

robbery |
V's phone snatched out of his hand by a lad on a bike who also punched him in the face.

robbery | knife
Business robbery: masked men with a machete came into the bookies and took cash from the till; staff locked
in the back office.

robbery |
Delivery rider threatened with a hammer; his moped keys and the food taken.

robbery |
V ({ac}) had his trainers and phone taken by older boys who said they'd batter him if he didn't hand them over.

robbery | da
Partner grabbed V's purse out of her hands, twisting her arm, and took her benefit money.

robbery | knife
Attempted robbery - man pulled out a knife and demanded V's wallet, V ran off, nothing taken.

robbery |
Elderly V ({ao}) robbed of her wedding ring, man forced it off her finger. Bruised finger.

robbery | online
Meet-up arranged on Facebook Marketplace to sell V's phone - buyer and his mate punched V and ran off with it.

robbery |
Post office counter robbed by a man who said he had a gun; no weapon seen. Cashier V very shaken.

robbery | knife
Cashpoint robbery - V made to withdraw £200 while man stood behind with his hand on a knife in his pocket,
said he'd use it. V believed him.

robbery | hate
V robbed by a group shouting homophobic slurs; they kicked him and took his phone and bag.

robbery |
Carjacking - V dragged out of her car at the lights and the car driven off.

robbery | da
V's son (20) pinned her down and took her bank card from her purse by force.

robbery |
Teens on bikes punched a schoolboy ({ac}) and rode off on his bike.

robbery |
Taxi driver put in a headlock by passenger who took the night's takings.

robbery | online
Dating app meet - V lured to a flat by someone he met on Grindr, robbed of phone and cash by 3 men.

robbery | knife
Shop worker: man said "give me the fags or I'll stab you" with hand inside his jacket, V believed he had a
knife and handed them over.

robbery |
V (a Black man) robbed of his chain at the bus stop by two men who shoved him; V does not think race was a
factor and nothing was said.

robbery |
Pensioner followed home from the bank and knocked over at her door, purse taken.

burglary |
Residential burglary while V was at work - back door forced, jewellery and laptop taken.

burglary |
Burglary of shed, lawnmower and power tools taken; padlock snapped.

burglary |
Distraction burglary: man posing as from the water board got into elderly V's home, cash taken from her
bedroom.

burglary |
Burglary overnight at V's house while she slept, TV and handbag taken. Kitchen knife found dropped in the
hallway after, V never saw anyone.

burglary |
Garage broken into, power tools stolen, V's a self-employed joiner.

burglary |
Community centre burgled overnight - laptops and the charity tin taken. V is the centre manager.

burglary | da
V's ex let himself in with an old key while she was out and took her passport and jewellery.

burglary |
Attempt burglary - marks on front door lock, no entry gained. V now scared to stay alone.

burglary |
Student house burgled, 3 laptops taken through an open window. V one of 4 tenants.

burglary |
Burglars got in through the kitchen window, took car keys and then stole the car off the drive.

burglary | hate
Church broken into - collection money and candlesticks taken, anti-Christian graffiti sprayed on the wall.

burglary |
Elderly V woke to find an intruder in her bedroom, he ran off with her purse.

burglary |
Builder's site office broken into over the weekend, tools gone. Reported by site manager.

burglary |
V's flat burgled while she was on holiday, neighbour noticed the broken window. Passports taken.

burglary |
Sneak-in: front door unlocked, someone walked in and took the handbag from the hallway while V was in the garden.

burglary |
Burglary at V's mum's house, she's {ao}, V calling on her behalf. Reported via the online form.

burglary |
Lock-up garage broken into, motorbike taken.

burglary |
Business burglary - pharmacy broken into overnight, controlled drugs and cash taken.

burglary |
Someone got into V's static caravan (her permanent home) and took her telly and medication.

burglary |
Burglary - house ransacked, nothing taken as far as V knows, S urinated on the bed.

burglary |
Intruder broke in and took V's bike from the hallway.

burglary | hate
V's home burgled and a note left saying "Polish scum out". Jewellery taken.

burglary | da
V's estranged husband smashed a window to get into her new flat while she was out and took her
documents.

burglary |
Shop broken into after hours via the roof, cigarettes and scratchcards taken. Owner V.

vehicle_offences |
Car stolen from outside V's home overnight, keyless entry relay suspected.

vehicle_offences |
Catalytic converter cut off V's car on the driveway.

vehicle_offences |
Van broken into, tools worth {amt} taken, V self-employed plumber, can't work.

vehicle_offences |
Number plates stolen off V's car. V worried they'll be used on another car.

vehicle_offences |
V's motorbike stolen from outside her block of flats.

vehicle_offences |
Aggravated vehicle taking - V's car taken, crashed into a wall and abandoned.

vehicle_offences |
Youths seen trying car door handles along {street}; V's car was interfered with, nothing taken.

vehicle_offences |
Handbag stolen from the passenger seat of V's car while she paid for fuel.

vehicle_offences | da
Ex-partner took V's car without permission and won't give it back.

vehicle_offences |
Moped taken from outside the takeaway, V is the delivery rider.

vehicle_offences |
Window smashed on V's car and sat nav + parking coins taken.

vehicle_offences |
Campervan stolen from outside V's house, it had all their holiday stuff in.

vehicle_offences |
V's car keys taken from her desk at work and the car driven away from the staff car park.

vehicle_offences |
Quad bike taken from the farmyard overnight.

vehicle_offences |
Someone siphoned diesel from V's lorry parked in the layby.

vehicle_offences | da
V's boyfriend took her car without asking and crashed it; she's had to stop work.

vehicle_offences |
All four wheels stolen, car left on bricks outside V's house.

theft_from_person |
Pickpocket took V's wallet from his back pocket on the tube.

theft_from_person |
Phone snatched from V's hand by a lad on an e-bike, no force, V not hurt.

theft_from_person |
Purse taken from V's open handbag at the market, she didn't notice until she went to pay.

theft_from_person |
Necklace snatched from V's neck in the street, no injury, V didn't fall.

theft_from_person |
Elderly V had his wallet lifted in the Post Office queue.

theft_from_person |
V's phone taken from her back pocket at a festival.

theft_from_person |
Bag snatched from V's shoulder at the bus stop, V not pushed or hurt.

theft_from_person |
Tourist pickpocketed on {street}, passport and cash gone.

theft_from_person |
V's AirPods pulled out of her ear on the platform and the thief ran off.

theft_from_person |
Wallet taken in the crowd at the football ground.

theft_from_person |
Phone ripped from V's hand while she was texting, S ran off. Her partner was with her and chased him.

theft_from_person |
Purse stolen from V's coat pocket on the bus, {amt} and cards.

theft_from_person |
Pickpocketed at the Christmas market; V has dementia, daughter calling.

theft_from_person |
Woman hugged V in the street and his watch was slipped off his wrist.

bicycle_theft |
Pedal cycle stolen from the rack outside the station, lock cut.

bicycle_theft |
Son's bike nicked from the front garden overnight.

bicycle_theft |
Road bike worth {amt} taken from outside a cafe while V was inside.

bicycle_theft |
Bike stolen from the hospital bike shelter while V on a night shift.

bicycle_theft |
Cargo bike taken from outside the nursery, V's only transport.

bicycle_theft |
V lent his bike to a lad from the hostel who never gave it back and has now sold it.

bicycle_theft |
Bike theft - V later saw his stolen bike listed on Facebook Marketplace.

bicycle_theft |
Bicycle stolen from the university campus racks.

bicycle_theft |
Pushbike stolen, V is a delivery rider and has lost his income.

bicycle_theft |
BMX taken by an older lad while {ac}yo was on the swings; no threats, he just rode off on it.

bicycle_theft |
Kids' bikes stolen from the railings outside the flats.

bicycle_theft |
Tandem taken from outside the pub in {town}.

shoplifting |
Store manager at {shop}: repeat shoplifter taking meat and razors, 4th time this month.

shoplifting |
Shoplifting - male took {amt} of perfume from the shelves and ran out.

shoplifting |
Small business owner, shoplifters stealing from her gift shop every week. Feels targeted.

shoplifting |
Shop worker says shoplifters took alcohol and swore at her on the way out.

shoplifting |
Group of teenagers shoplifting sweets and energy drinks from the newsagents.

shoplifting |
Self-checkout theft: customer scanned carrots instead of steak, staff member stopped him.

shoplifting |
Man took baby formula from {shop}, staff didn't challenge him.

shoplifting |
Charity shop volunteer saw a woman put a coat in her bag and leave.

shoplifting |
Farm shop - jars of honey and cheese going missing, caught on camera.

shoplifting |
Pharmacy: person took make-up from the shelf and left without paying.

shoplifting |
Garden centre plants stolen from the display outside the shop.

shoplifting |
Theft of headphones and a games console from an electricals store.

shoplifting |
Petrol station kiosk: man stole energy drinks and crisps, didn't buy fuel.

shoplifting |
Shoplifter known to staff stole steaks from {shop}, staff too scared to challenge, no threats made.
"""

T4 = r"""
other_theft |
Fuel drive-off at V's garage, £80 of diesel, reg plate noted.

other_theft |
Theft by employee - cashier caught stealing from the till over several months. V is the owner.

other_theft |
Parcel stolen from V's doorstep after delivery, caught on doorbell cam.

other_theft |
Blackmail: man demanding {amt} or he'll tell V's wife about an affair. All by letter.

other_theft | online
Sextortion: V (male, 23) sent intimate pics to a 'woman' on Instagram, now being told to pay {amt} or they get
sent to his family.

other_theft |
Carer stole V's jewellery during home visits. V is {ao}, family noticed items missing.

other_theft |
Plants and garden ornaments taken from V's front garden overnight.

other_theft |
V's son's friend took cash from her purse while staying over. No forced entry - he was invited.

other_theft |
Restaurant owner: group of 8 left without paying a {amt} bill.

other_theft |
Washing stolen off V's line in the back garden.

other_theft |
Lead stolen from church roof, V is the churchwarden. Rain getting in.

other_theft | da
V's adult son took {amt} cash from her handbag while she was asleep. Not the first time.

other_theft |
Dog stolen from V's back garden, a French bulldog.

other_theft |
Post being stolen, V's bank letters and a new card never arrived.

other_theft |
Theft from hospital locker - phone and cash taken while V in theatre.

other_theft |
Taxi fare of £45 - passenger ran off without paying at the end of the journey.

other_theft | da
Ex-partner took V's TV and sofa when he moved out, they are hers and he won't return them.

other_theft |
V left her phone on the cafe table, went to the counter, and it was gone.

other_theft |
Blackmail - man rang V saying he has photos of her and wants money or he'll show her employer. Phone calls only.

other_theft | da
Partner pawned V's engagement ring and her late mum's jewellery without asking.

other_theft |
Builder V had scaffolding poles taken from a front garden where he was working.

other_theft |
V's work laptop taken from her desk; CCTV shows a colleague took it home.

criminal_damage_arson |
Car keyed along both sides on the driveway.

criminal_damage_arson |
Front window smashed with a brick in the night, nothing taken. V scared.

criminal_damage_arson |
Arson - wheelie bin set alight against V's back fence, fire spread to the shed.

criminal_damage_arson | da
Ex-partner smashed V's phone and broke her laptop screen during an argument. No assault.

criminal_damage_arson | hate
Racist graffiti sprayed on the shutters of V's shop.

criminal_damage_arson |
Wing mirrors snapped off V's car and the other cars on {street}.

criminal_damage_arson |
Arson with intent - burning rag pushed through V's letterbox at night, family got out safely.

criminal_damage_arson | hate
Mosque windows smashed overnight and anti-Muslim slogans left on the wall. V is the imam.

criminal_damage_arson |
Neighbour poured bleach over V's lawn and killed all her plants.

criminal_damage_arson |
Garden fence kicked down by youths after V asked them to move.

criminal_damage_arson | da
V's ex-partner has admitted setting fire to her car outside her mum's house.

criminal_damage_arson |
Graffiti tag on V's garage door, third time.

criminal_damage_arson |
School vandalised over half term, V is the caretaker, windows and toilets smashed.

criminal_damage_arson | hate
V's mobility scooter set alight in the communal hallway; neighbour had called him a useless cripple.

criminal_damage_arson |
Allotment shed burnt down overnight, V lost all his tools.

criminal_damage_arson | da
Son ({aa}) punched holes in the walls and smashed mum's ornaments when she refused him money.

criminal_damage_arson |
V's dad's gravestone pushed over and broken at the cemetery.

criminal_damage_arson |
Stones thrown at V's windows, two panes cracked.

criminal_damage_arson | hate
Pride flag burnt in V's front garden and "f*g" painted on his door.

criminal_damage_arson | da
Ex-wife poured paint over V's van and ripped up his clothes.

criminal_damage_arson | da
Partner kicked the bedroom door off its hinges during a row, no assault, V went to her mum's.

criminal_damage_arson |
Paint stripper poured over V's car bonnet.

drug_offences |
Caller reports dealing from the flat below, people in and out all night, strong smell of cannabis.

drug_offences |
V's 17yo arrested for possession with intent to supply; mum referred for support. No sign he's being exploited.

drug_offences |
Cannabis farm found next door after fire brigade attended, nobody inside, landlord abroad.

drug_offences |
Man selling pills to kids outside the school gates.

drug_offences |
V says her partner deals cocaine from home; she wants out, but he's never hurt or threatened her. No DA.

drug_offences |
Needles and foil in the stairwell, dealers using the communal area.

drug_offences |
Landlord found a cannabis grow in the loft after the tenants left.

drug_offences |
V's brother supplying heroin to people at the hostel, V wants advice on reporting.

drug_offences | online
Ketamine being sold to students through a Telegram channel; V is a student's mum.

drug_offences |
Parcel of cannabis delivered to V's address by mistake, police collected it.

drug_offences |
People growing cannabis in the woods behind the estate, V walks her dog there.

drug_offences |
Drug trafficking case: V's husband arrested for importing cocaine; she had no idea. No abuse in the
relationship.

possession_of_weapons |
Knife found in a {ac}yo's school bag, no threats made to anyone.

possession_of_weapons |
Man seen carrying a machete in the park, arrested, nobody threatened.

possession_of_weapons |
Man stopped with a lock knife in his pocket outside a nightclub.

possession_of_weapons |
Knuckleduster found on a lad during stop and search.

possession_of_weapons |
Neighbour walking up and down the street with a samurai sword in a sheath, didn't threaten anyone.

possession_of_weapons |
Teenager caught with a knife in the shopping centre, said it was for protection.

possession_of_weapons |
CS spray found in V's lodger's car during a stop.

possession_of_weapons |
Police found a converted pistol in V's lodger's room. V had no idea.

possession_of_weapons |
Year 10 boy brought a kitchen knife to school and showed it to friends, no one threatened.

possession_of_weapons |
Man with a baseball bat on the high street, police took it off him, he was not threatening anyone.

possession_of_weapons |
Crossbow and bolts found hidden in the bin store by V, the caretaker.

possession_of_weapons |
Security found a knife on a man at the football turnstiles.

possession_of_weapons |
V's ex (no contact for years, no DA history) arrested for carrying a knuckle knife in town; police told V as a
courtesy. Nothing directed at V.

possession_of_weapons |
Machete found under a seat on the bus by V, the driver, after a group got off.

public_order | hate
Man shouting racist abuse at V and her kids in the street, no physical contact.

public_order |
Drunk male swearing and threatening people outside the pub, V felt alarmed.

public_order | hate
Bus driver verbally abused with homophobic slurs by a passenger.

public_order |
Fight between two groups in the town centre; V was a bystander, not hurt, terrified.

public_order |
Neighbour stood on V's drive shouting "I'll f***ing have you" and squaring up; V scared.

public_order | hate
Disabled V mocked by a group in the supermarket, called names about his disability.

public_order | hate
Woman screamed at V, a Muslim woman, calling her a terrorist on the train.

public_order |
Group of lads threatening staff and throwing chairs about in a fast food restaurant.

public_order | hate
Man shouting "go back to your own country" at Polish shop owner V.

public_order |
Men in a van shouted misogynistic abuse at V and made threatening gestures. V scared.

public_order |
Youths called V an "old fossil" and threatened to "sort him out"; V {ao}.

public_order | da
V's brother turned up drunk shouting and swearing in her front garden, frightening her kids; no violence.

public_order |
Parent squaring up to another parent at the school gate, threatening.

public_order | hate
Racially aggravated s5 - taxi passenger called V racist names.

public_order | hate
Transphobic abuse shouted at V in the street.

public_order |
Football disorder - bottles thrown between groups of fans, V caught in the middle, no injury.

public_order | hate
Man called V a "f***ing foreigner" in the street; V is Irish.

public_order | da
V's ex stood outside her flat shouting threats and abuse at the window for 20 mins, neighbours called police.

misc_crimes_against_society |
V bought a phone that turned out to be stolen; seller known locally for handling stolen goods.

misc_crimes_against_society |
Witness in V's trial lied on oath, V wants to report perjury.

misc_crimes_against_society |
S failed to surrender to bail and has absconded; OIC informed V.

misc_crimes_against_society |
Forged will - V believes a family friend forged her late father's signature.

misc_crimes_against_society |
Threat to damage: neighbour said he'll smash V's car windows if she parks there again.

misc_crimes_against_society |
Dangerous driving - car drove at speed along the pavement near V, nobody hurt.

misc_crimes_against_society |
Perverting the course of justice: V's former friend made a false report to police about V.

misc_crimes_against_society |
Bigamy - V found out her husband is still married to another woman abroad. No abuse in the relationship.

misc_crimes_against_society |
Extreme pornography found on the lodger's computer, V is the householder.

misc_crimes_against_society |
Garage selling fake MOT certificates; V bought a car that had one.

misc_crimes_against_society |
V's neighbour's son doing doughnuts and racing at 70mph on the estate, nearly hit V's car. Dangerous driving.

misc_crimes_against_society |
Letter received threatening to torch V's shop.

misc_crimes_against_society |
Counterfeit £20 notes passed at V's shop, 3 this week.

misc_crimes_against_society | da
V's husband threatened to smash up her car if she leaves him.

misc_crimes_against_society | da
V's adult son made a false statement to police saying she assaulted him, later admitted lying.

misc_crimes_against_society |
Man selling tools at the car boot that V recognised as stolen from his mate; man knows they're nicked.

misc_crimes_against_society |
Someone used a forged doctor's letter in V's name at the council; V only found out later.

fraud_computer_misuse | online
Romance scam - V met 'Mark' on a dating site, sent {amt} over 6 months for his 'medical bills'.

fraud_computer_misuse |
Courier fraud: V got a call from a 'police officer' saying her bank was corrupt, courier collected her cards.

fraud_computer_misuse |
Bank impersonation call, V transferred {amt} to a 'safe account'.

fraud_computer_misuse | online
Investment scam via an Instagram 'crypto trader', lost {amt}.

fraud_computer_misuse |
Identity fraud - loans taken out in V's name, found it on a credit check.

fraud_computer_misuse | online
V's Facebook account hacked, hacker messaging her friends asking for money.

fraud_computer_misuse |
Rogue trader knocked on the door, said the roof needed urgent repair, charged {amt} for nothing.

fraud_computer_misuse | online
Fake Royal Mail text; V clicked the link and entered card details on the site, {amt} taken.

fraud_computer_misuse |
Text from 'son' on a new number asking for money, V sent {amt} by bank transfer. SMS only.

fraud_computer_misuse | online
Paid for a puppy advertised on a website, never delivered, seller vanished.

fraud_computer_misuse | online
Festival tickets bought through a Facebook group never arrived.

fraud_computer_misuse | da
V discovered her ex-husband took out loans in her name while they were together.

fraud_computer_misuse | da
Adult daughter has been using mum's bank card without permission, {amt} spent.

fraud_computer_misuse |
Pension scam by phone - cold caller persuaded V to transfer his pension.

fraud_computer_misuse | da online
Ex-partner logged into V's email account and changed the passwords, deleted messages.

fraud_computer_misuse | online
Tech support scam - "Microsoft" rang, V gave remote access to her laptop, money taken from online banking.

fraud_computer_misuse | online
Fake landlord on a property website, V paid a deposit, flat doesn't exist.

fraud_computer_misuse | online
Business email hacked, invoice diverted, company lost {amt}. V is the director.

fraud_computer_misuse |
Doorstep collector claimed to be from a children's charity, took cash, charity says not theirs.

fraud_computer_misuse |
Card cloned at a cash machine, transactions abroad.

fraud_computer_misuse | online
"Hi Mum" WhatsApp scam, V sent {amt}.

fraud_computer_misuse | online
V selling a sofa online, buyer sent a fake payment email, collected the sofa.

fraud_computer_misuse |
Man V met at a dance class borrowed {amt} for a 'business', only ever contact by calls and texts, now vanished.

fraud_computer_misuse | da
V's brother used her details to get a phone contract and a catalogue account.

anti_social_behaviour |
Neighbours playing loud music until 3am every weekend, V exhausted; no threats.

anti_social_behaviour |
Youths hanging around outside the shop, kicking a football against V's wall.

anti_social_behaviour |
Dog barking all day next door while owners at work.

anti_social_behaviour |
Off-road motorbikes on the playing field, noise and churned up grass.

anti_social_behaviour |
Neighbour's bonfires every weekend, smoke coming in V's windows.

anti_social_behaviour |
People drinking and being rowdy on the green most nights.

anti_social_behaviour |
Kids knocking on doors and running off, V is {ao} and finds it unsettling.

anti_social_behaviour |
Rubbish left in the communal area by a neighbour.

anti_social_behaviour |
Noise from the flat above, stamping and DIY at night.

anti_social_behaviour |
Youths riding bikes through the precinct, nearly hitting shoppers.

anti_social_behaviour |
Cars revving in the retail park car park late at night.

anti_social_behaviour |
V says nothing criminal, just that the family next door slam doors and stare at her.

anti_social_behaviour |
Teenagers being loud in the stairwell and smoking.

anti_social_behaviour |
Neighbour keeps parking across V's drive and blocking her in.

anti_social_behaviour |
Kids playing football in the street, ball hitting cars, no damage.

anti_social_behaviour |
People camping in the shop doorway; V, the shopkeeper, says no crime, just worried.

anti_social_behaviour |
Neighbour's security light shines into V's bedroom all night and he won't adjust it.

other_crime |
Animal cruelty - neighbour kicks his dog and leaves it outside in freezing weather, RSPCA informed.

other_crime |
V wants to talk about "something that happened" last year, says it was a crime but won't say what.

other_crime |
Horses on a field near V's house starving, owner not feeding them.

other_crime |
Fly-tipping by a man with a van behind V's business, council prosecuting.

other_crime |
Referral via VAL, no crime type recorded, V "victim of a crime at work", call back requested.

other_crime |
Puppy farm next door, animals kept in awful conditions.

other_crime |
Landlord illegally evicted V, changed the locks and put her belongings on the street.

other_crime |
V says she was a victim of crime but details unclear due to language barrier; interpreter booked.

other_crime |
Dog left in a hot car in the supermarket car park, V reported owner.

other_crime |
Caller referred after "an incident" at her home, police attended, crime ref given, no details in referral.

other_crime |
Neighbour keeps 20 cats in a flat with no food, V has reported it to the council.

other_crime |
Police referral, offence type blank, V "victim" - OIC not contactable, no further detail.
"""

T5 = r"""
sexual_offences | da
IDVA notes: {f} ({aa}) disclosed that her husband has raped her several times over the last year, usually after
he's been drinking. He also slaps her, checks her phone and won't let her have her own money. Two children under 5.
DASH high risk, 17 yes answers. MARAC referral sent, refuge in another county being explored. V wants ISVA support
too. Not yet reported to police, V considering.

robbery | knife
OIC update re {m} {sn}: V was walking home along {street} about 11pm when two males on a moped pulled up. Pillion
pulled out a large kitchen knife and demanded his phone and wallet. V handed them over. As they left one punched him,
cut above the eye. V off work since, not sleeping, wants to move. Crime ref {crn}.

burglary |
V ({ao}) came home from her daughter's to find the back door jemmied and the house turned over. Her late husband's
medals, about {amt} in cash from a tin and her bank cards were taken, and the cards were used in two shops the same
night. Daughter now staying with her. V very frail, keeps asking if they'll come back.

violence_with_injury | da
Long-standing DA. V seperated from {m} in {month} after 9 yrs. Last night he came to her door drunk, forced his way
in and punched her several times - fractured cheekbone. He smashed the glass in the front door on the way out.
Arrested, remanded. Children witnessed it. DASH high, MARAC {day}.

stalking_harassment | da online
Client getting messages on Facebook, Instagram and WhatsApp from her ex since she blocked him - he makes new accounts
each time. Also seen sat in his car outside her work twice. No physical violence in the relationship but lots of
control when they lived together (money, friends). She is frightened of what he'll do next.

homicide | da knife
Referral from Homicide Service. V's sister {f} was stabbed by her husband at their home in {town} last {month} and
died at the scene. He has pleaded not guilty to murder, trial in 6 weeks. V is caring for her sister's two teenage
children and is struggling with money and her own grief. Asked for a court familiarisation visit.

fraud_computer_misuse | online
V ({ao}) met a man calling himself 'Colonel James' on Facebook 8 months ago who said he was serving overseas. She has
sent {amt} in gift cards and transfers for 'leave fees' and 'customs'. Daughter found out when V asked to borrow
money. V embarrassed and still half believes he's real. Action Fraud report made, bank looking at reimbursement.

violence_without_injury | ms
Referral from the Salvation Army. V, a man in his 40s from Lithuania, was promised factory work but made to lay block
paving 6 days a week; his bank card was kept by the gang leader and his wages taken, he slept in an overcrowded house
and was told his family back home would be hurt if he left. Escaped last week. NRM submitted.

sexual_offences | cse online
School DSL referral: {f}, aged {ac}, was chatting on an online game to someone she thought was a girl her age. Moved
to Snapchat, he sent her pictures and got her to send images of herself, then asked to meet at the retail park. Mum
found the messages, police have her phone. {f} withdrawn and says it's her fault.

violence_with_injury | hate
V is a 58 yr old Sikh man who runs the newsagents on {street}. A customer argued over change, called him a
'terrorist' and told him to go home, then threw a can of drink which hit V in the face - cut lip, chipped tooth. He
knocked over a display on his way out. Identified from CCTV. V's wife now scared to work in the shop.

criminal_damage_arson |
Second fire in a month at V's house. Someone set light to the recycling box by the back door around 2am, scorching
the door and cracking the kitchen window. V, his wife and 3 kids were asleep upstairs, the smoke alarm woke them.
Fire service say deliberate. V has no idea who'd do it, no disputes, no threats received.

other_theft |
Business victim - V runs a small cafe. Found a member of staff she trusted had been voiding sales and pocketing the
cash for about 6 months, roughly {amt}. Staff member admitted it when confronted and has been dismissed. V not sure
about supporting police action as she knows the family. May have to close.

death_injury_driving |
Caller is the wife of {m}, a postman, who was hit by a car while delivering on {street} in {month}. He has a brain
injury and is still in hospital. Driver charged with causing serious injury by careless driving, first hearing next
month. Wife has given up work to care for him and needs help with benefits and the court process.

robbery |
Store detective at {shop} stopped a man at the door who had bottles of spirits under his coat. When she took hold of
the bag he punched her, pulled it back off her and ran. Bruised ribs and a sprained wrist. Known prolific offender.
Store manager has referred her for support, she's off work.

public_order | hate
VS caseworker: V, a Jewish student, was on the high street wearing a kippah when a group of men followed him for
several minutes shouting antisemitic abuse and making throat-cutting gestures. No contact, no weapon seen. V went
into a shop to get away. He now avoids wearing his kippah in town.

anti_social_behaviour |
Ongoing issue on the {street} estate. Group of about 10 teenagers gather on the benches outside V's bungalow most
evenings - shouting, music, cans and litter. V ({ao}) says they've never threatened her or damaged anything but she
feels uncomfortable going out. Housing officer aware. V would like a PCSO visit.

violence_without_injury | da
V rang at 2am. Her partner of 3 yrs came home drunk, accused her of seeing someone, grabbed her by the shoulders and
shoved her onto the bed. She locked herself in the bathroom and called 999. No injuries. He was arrested and bailed
not to contact her. First time he's been physical but V says he's been 'getting worse'.

other_crime |
VAL call from {f}: upset, said she had been "a victim of something" at a party a few weeks ago but didn't want to give
details over the phone. Not reported to police. Wants to meet a caseworker face to face. No immediate risk
disclosed. Appt booked {day}.

burglary | da
V's ex-partner climbed through the bathroom window of her flat at about 3am while she slept - she woke to find him
going through her handbag. He took her phone and keys and left. No assault. They separated 2 months ago after years of
DV. Arrested later that day. V changing locks, wants to move.

vehicle_offences |
V's work van broken into outside his house overnight, side door peeled open. Tools worth about {amt} taken inc. his
generator and saws. Sole trader, can't work until they're replaced, insurance won't pay as van wasn't garaged. Third
time this year on his road. Neighbour has doorbell footage of two men in balaclavas.

stalking_harassment | hate
V and her wife moved onto {street} last year. Since then the couple next door have made repeated comments about
'lesbians', filmed them in the garden, left dog mess on the step and shout abuse over the fence when friends visit.
Going on for months, police and council both involved. V exhausted, thinking of selling up.

sexual_offences | cse
ISVA referral. V is now {aa} and has recently disclosed that her former swimming coach sexually abused her over a
number of years when she was between 11 and 15. Only just felt able to talk about it after seeing a news story. Has
given a VRI to police. Struggling with flashbacks, lost her job. Wants long term counselling.

possession_of_weapons |
V is a school caretaker. Clearing the bushes by the playing field he found a large hunting knife wrapped in a carrier
bag, and a few days later a Year 11 lad was stopped by staff with a similar knife in his bag. No one threatened or
hurt. Head worried about gangs. V shaken, asking if he'll have to go to court.

drug_offences |
Caller lives in a block of flats in {town}. Says the flat opposite is being used for dealing - knocking at all hours,
people buying through the letterbox, needles in the lift. She doesn't know the tenant and has never been approached
or threatened. Wants to stay anonymous, worried about her kids seeing it.

theft_from_person |
V was at {town} market on {day} with her grandson. Someone unzipped her rucksack while she was looking at a stall and
took her purse - about {amt} cash, bus pass and bank cards. She felt nothing. Bank stopped the cards before use.
V ({ao}) now anxious about going out, daughter asking for a home visit.

fraud_computer_misuse |
V ({ao}) had a phone call from a man saying he was from her bank's fraud team; told her a courier would collect her
cards for 'investigation'. She read out her PIN and handed the cards to a taxi driver at the door. {amt} withdrawn
next day. All by phone and in person, nothing online. Family furious with themselves.

misc_crimes_against_society |
V was the main witness in her neighbour's assault trial. She has now found out the defendant's brother persuaded
another neighbour to give a false alibi in court; that neighbour has since admitted lying. Police investigating
perverting the course of justice. V not threatened herself but feels let down by the system.

shoplifting |
Independent bookshop owner. Over the past month a man has been coming in with a large bag and leaving with stock
without paying, mostly expensive art books. Caught on CCTV four times. Never aggressive and staff haven't confronted
him. Owner wants advice, feels police don't care about 'low level' retail crime.

violence_with_injury |
Referral for parents of {m} ({ac}). On the way home from school a group of older boys surrounded him, pushed him over
and kicked him in the head while someone filmed it on a phone. Concussion and a fractured finger. Same boys have been
name-calling him for months. {m} refusing to go back to school; parents asking for counselling.

criminal_damage_arson | da
V's daughter ({aa}), who has alcohol problems, came to the house demanding money. When V refused she smashed the glass
in the front door, kicked the car wing mirror off and threw a plant pot through the window. She did not touch V.
Daughter arrested. V doesn't want her prosecuted, wants advice on options.

violence_without_injury | da hba
V is 23. Her family found out she has a boyfriend from a different caste. Her mum and aunt took her passport and her
father told her that if she didn't end it the family would 'deal with her'; she took it as a threat to kill. Staying
with a friend. Forced Marriage Unit consulted.

robbery |
V runs the post office counter in a village shop. Two men came in at closing, one said he had a gun in his bag and
demanded the safe be opened. No gun seen. They took about {amt} and cigarettes. V and her teenage son were there,
neither hurt. Son hasn't slept since. Insurers want the crime reference.

sexual_offences |
V ({aa}) was at a festival with friends. A man she'd been chatting to followed her to the portaloos, pushed her inside
and sexually assaulted her, touching her under her clothes. She got away when someone knocked. Friends took her to the
welfare tent. Suspect not yet identified. V asking about ISVA support and compensation.

violence_with_injury | da knife
V's 22 yr old brother has a history of drug-induced psychosis. In an argument about money he picked up a kitchen knife
and cut V's hand when she tried to take it off him. Mum present. He has since been sectioned. V doesn't want to
criminalise him but wants support for herself and mum. ABH recorded, OIC {sn}.

stalking_harassment |
V is a dentist. A former patient unhappy with his treatment has been phoning the practice daily, leaving abusive
voicemails, waiting by V's car after work and sending letters to her home. Never threatened violence. V has changed
her route home. Police warning issued, it has carried on.

public_order |
Noise complaint escalated: V asked the man next door to turn his music down and he came out onto the street shouting
that he'd 'batter' V, banging on V's window and swearing in front of V's children. Didn't touch V. Arrested for s4
public order. First threat after months of noise.

other_theft | online
V's small business received an email saying their customer database had been stolen from their website and would be
published unless they paid in bitcoin. IT firm confirms the site was hacked. V is the owner, very stressed, hasn't
paid.

homicide |
VAL call. {f}'s elderly father died in hospital three weeks after being punched in a row over a parking space. The
man was first charged with GBH but police now say it is being treated as manslaughter. {f} wants help to understand
what happens next.

death_injury_driving |
V's son, 17, was knocked off his pushbike by a speeding driver who drove off. Broken femur and a head injury. Driver
traced through dashcam and charged with causing serious injury by dangerous driving and failing to stop. Family need
help with travel to hospital and the court process.

stalking_harassment | da
V's mother-in-law lives with them. Since V's husband started working away she reads V's post, hides the car keys so V
can't go out, tells V she's a bad mother in front of the kids and rings V's husband to say V is 'seeing men'. V is 29,
no family in the UK, feels trapped. No violence.

burglary |
Shed broke into, strimmer and drill gone.

criminal_damage_arson |
Car tyres let down and wipers snapped off again.

anti_social_behaviour |
youths on the estate again, noise til late, no damage

stalking_harassment | da
Ex still texting 50x a day despite being told to stop.

violence_without_injury | da
Husband pushed her, no injuries. Std risk. 1st report.

fraud_computer_misuse | online
Scammed on FB marketplace, paid £90 for a pram that never came.

shoplifting |
Repeat shoplifter in the store again today, took razors.

theft_from_person |
Wallet pickpocketed on the number 12 bus.

other_theft |
Fuel drive off, pump 4, £62, false plates.

sexual_offences |
V flashed at by a man in a car outside the gym.

public_order |
Drunk man shouting threats at staff at the bus station.

vehicle_offences |
car broken into, nothing taken, glovebox rifled

homicide | hate
Family of {m}, killed in {town} by a man who told police he "hated Muslims" and targeted him leaving prayers. FLO
requesting VS support for parents and siblings; trial date tbc.

robbery | da
V's husband grabbed her by the wrist and wrenched her handbag off her to get her wages, she has a bruised wrist.
"""

TEMPLATES = T1 + T2 + T3 + T4 + T5


def parse_templates(block: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Parse the template block into (category, flags, text) records and validate labels."""
    records = []
    for chunk in block.strip().split("\n\n"):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        head, body = lines[0], " ".join(lines[1:])
        cat, _, short = (part.strip() for part in head.partition("|"))
        if cat not in CATEGORIES:
            raise ValueError(f"bad category {cat!r}")
        flags = tuple(sorted({SHORT[s] for s in short.split()}, key=FLAGS.index))
        if not body:
            raise ValueError(f"empty template under {head!r}")
        records.append((cat, flags, body))
    return records


def fill(text: str, rng: random.Random) -> str:
    """Fill ``{slot}`` placeholders with values drawn from the invented pools."""
    values = {key: rng.choice(pool) for key, pool in POOLS.items()}
    return text.format(**values)


def vary(text: str, rng: random.Random) -> str:
    """Apply label-neutral surface variation: prefixes, admin tails, case and punctuation."""
    out = rng.choice(PREFIXES) + text
    if rng.random() < 0.3:
        out = out.rstrip() + " " + fill(rng.choice(TAILS), rng)
    roll = rng.random()
    if roll < 0.1:
        out = out.lower()
    elif roll < 0.14:
        out = out.upper()
    if rng.random() < 0.25:
        out = out.rstrip(". ")
    if rng.random() < 0.08:
        out = out.replace(", ", " ,", 1)
    return out


def build(seed: int = SEED) -> list[tuple[str, str, str, str]]:
    """Build the shuffled corpus rows as (note_id, text, category, flags)."""
    rng = random.Random(seed)
    records = parse_templates(TEMPLATES)
    texts = {rec[2] for rec in records}
    if len(texts) != len(records):
        raise ValueError("duplicate template text")
    rare = {"child_sexual_abuse_exploitation", "modern_slavery", "honour_based_abuse"}
    per_cat: dict[str, int] = {}
    for cat, _, _ in records:
        per_cat[cat] = per_cat.get(cat, 0) + 1
    per = [3 if rare & set(flags) else 2 for _, flags, _ in records]
    reducible = [i for i, (cat, flags, _) in enumerate(records) if per[i] == 2 and per_cat[cat] > 18]
    surplus = sum(per) - TARGET
    for idx in rng.sample(reducible, max(0, min(surplus, len(reducible)))):
        if "domestic_abuse" not in records[idx][1] or rng.random() < 0.6:
            per[idx] = 1
    seen: set[str] = set()
    rows = []
    for (cat, flags, body), k in zip(records, per, strict=True):
        made = 0
        tries = 0
        while made < k:
            tries += 1
            if tries > 60:
                break
            text = vary(fill(body, rng), rng)
            words = len(text.split())
            if text.lower() in seen or not 5 <= words <= 90:
                continue
            seen.add(text.lower())
            rows.append((text, cat, ";".join(flags)))
            made += 1
    rng.shuffle(rows)
    return [(f"B11-{i:04d}", text, cat, flags) for i, (text, cat, flags) in enumerate(rows, start=1)]


def main() -> None:
    """Write the corpus CSV and print per-category and per-flag counts."""
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["note_id", "text", "category", "flags"])
        writer.writerows(rows)
    cats: dict[str, int] = {}
    flag_counts = dict.fromkeys(FLAGS, 0)
    for _, _, cat, flags in rows:
        cats[cat] = cats.get(cat, 0) + 1
        for flag in filter(None, flags.split(";")):
            flag_counts[flag] += 1
    print(f"templates={len(parse_templates(TEMPLATES))} notes={len(rows)} -> {OUT}")
    for cat in sorted(cats):
        print(f"  {cat:30s} {cats[cat]}")
    for flag, n in flag_counts.items():
        print(f"  {flag:34s} {n}")


if __name__ == "__main__":
    main()
