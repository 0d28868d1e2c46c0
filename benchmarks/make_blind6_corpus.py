"""Generate the blind6 test corpus of synthetic victim-services referral notes.

Written blind: the only project file read was ``/work/shared/TAXONOMY.md`` (plus the header
line of an earlier blind CSV for the column format). Every note is synthetic; names, streets
and reference numbers are invented. Each template carries its own label (one category and
any flags) which was checked by hand against TAXONOMY.md; slot filling only varies names,
places, times, amounts, a neutral referrer prefix/suffix and letter case, never the facts.

Usage: ``python benchmarks/make_blind6_corpus.py`` writes ``benchmarks/data/notes_blind6.csv``.
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from pathlib import Path

SEED = 60613
OUT = Path(__file__).resolve().parent / "data" / "notes_blind6.csv"

FLAG_CODES = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "onl": "online",
    "knife": "knife_sharp_instrument",
    "csae": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}
FLAG_ORDER = list(FLAG_CODES.values())
RARE_FLAGS = {"csae", "ms", "hba"}

# ---------------------------------------------------------------------------
# Slot pools (all invented).
# ---------------------------------------------------------------------------
FEMALE = [
    "Kayleigh",
    "Priya",
    "Agnieszka",
    "Shanice",
    "Bethan",
    "Mairead",
    "Yasmin",
    "Leanne",
    "Tolu",
    "Gemma",
    "Roxanne",
    "Farzana",
    "Ellie",
    "Niamh",
    "Jodie",
    "Amira",
    "Carys",
    "Danielle",
    "Lorna",
    "Sadia",
    "Chantelle",
    "Ioana",
    "Rhian",
    "Tamsin",
    "Hollie",
    "Nkechi",
    "Aleksandra",
    "Maisie",
    "Sinead",
    "Zara",
]
MALE = [
    "Darren",
    "Kofi",
    "Rhys",
    "Tomasz",
    "Imran",
    "Callum",
    "Dwayne",
    "Owain",
    "Mehmet",
    "Liam",
    "Jermaine",
    "Stuart",
    "Arjun",
    "Kieran",
    "Bogdan",
    "Gareth",
    "Tyrese",
    "Fraser",
    "Bilal",
    "Lewis",
    "Declan",
    "Nathaniel",
    "Craig",
    "Emeka",
    "Ricky",
    "Sandeep",
    "Josh",
    "Marek",
    "Wayne",
    "Alfie",
]
SUSPECT = [
    "Jason Pellow",
    "Dean Marchant",
    "Kyle Osgood",
    "Lee Brimble",
    "Aaron Tulley",
    "Scott Venning",
    "Ryan Hebden",
    "Mark Cottis",
    "Jamie Stroud",
    "Connor Lisle",
    "Paul Gedling",
    "Shane Whitlow",
    "Adam Rusk",
    "Nathan Pinder",
    "Luke Farrant",
    "Gavin Sellick",
    "Tom Ashdown",
    "Craig Melksham",
]
STREET = [
    "Larkspur Rd",
    "Coppice Way",
    "Tanners Lane",
    "Bramwell St",
    "Hollin Close",
    "Osier Drive",
    "Fenwick Ave",
    "Quarry Bank",
    "Millrace Ct",
    "Saxby Road",
    "Thornleigh Gdns",
    "Kestrel Walk",
    "Pennant St",
    "Galloway Cres",
    "Weaver's Row",
    "Ashgrove Terrace",
    "Dunmore Place",
    "Sallow Lane",
    "Rookery Mews",
    "Glebe Fold",
]
WHEN = [
    "last night",
    "Sat night",
    "on Tuesday",
    "yesterday",
    "this morning",
    "on 14/03",
    "over the weekend",
    "at about 2300hrs",
    "on Friday evening",
    "earlier today",
    "on 02/11",
    "Sunday afternoon",
    "on the 9th",
    "approx 0130hrs",
    "Weds",
    "on Boxing Day",
    "last Thursday",
    "about a fortnight ago",
]
HOSP = ["A&E", "the General", "St Aldhelm's", "the Royal", "MIU", "Northfield Hosp", "the walk-in centre"]
AMOUNT = ["£450", "£1,200", "£2,750", "£680", "£3,400", "£900", "£15,000", "£5,100", "£220", "£8,600"]
ADULT_AGE = [str(a) for a in range(19, 58)]
OLD_AGE = [str(a) for a in range(71, 94)]

PREFIXES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "VAL referral: ",
    "Web form - ",
    "Self referral. ",
    "OIC referral - ",
    "PC {pcn} referral: ",
    "Call handler notes: ",
    "VS caseworker: ",
    "Referral from Athena: ",
    "NICHE auto-referral >> ",
    "Triage - ",
    "CRN {cr}. ",
    "Ref {cr} - ",
    "Police referral, consent given. ",
    "Victim Care Hub: ",
    "Received by email from OIC. ",
    "Storm log {cr}: ",
    "Police Referral | ",
    "VAL call: ",
    "Referral (consent y): ",
    "Crime ref {cr} // ",
    "Webchat: ",
    "Phone referral. ",
]
SUFFIXES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    " V consents to referral.",
    " Ok to leave VM.",
    " Pls call after 4pm.",
    " Prefers email contact.",
    " Interpreter needed (Polish).",
    " V anxious, wants call back.",
    " OIC DC Harlowe.",
    " CRN {cr}.",
    " Letter ok.",
    " No further info at this time.",
    " V is hard of hearing.",
    " Found our number on Facebook.",
    " Interpreter needed (Urdu).",
    " Call mobile only.",
    " Consent verbal.",
    " V has kids at home.",
    " Pls send info pack.",
    " V works nights.",
]

# ---------------------------------------------------------------------------
# Templates: (category, flags, text). Flags use the short codes in FLAG_CODES.
# Slots: {fn} female name, {mn} male name, {sus} suspect full name, {st} street, {when},
# {hosp}, {amt}, {age} adult age, {old} older adult age, {cr} crime ref, {pcn} collar number.
# ---------------------------------------------------------------------------
T: list[tuple[str, str, str]] = []


def add(category: str, flags: str, *texts: str) -> None:
    """Register one or more templates sharing a label."""
    for text in texts:
        T.append((category, flags, text))


# --- homicide -------------------------------------------------------------
add(
    "homicide",
    "knife",
    "Bereaved family referral. {fn}'s son ({age}) was stabbed outside a takeaway on {st} {when} and died at the "
    "scene. Two males charged with murder. Mum wants help with the inquest and court process.",
)
add(
    "homicide",
    "",
    "FLO request - V's husband died after a single punch outside the pub, he hit his head on the kerb. S charged w/ "
    "manslaughter. Nil DA, S a stranger. V struggling, 3 kids.",
)
add(
    "homicide",
    "da",
    "sister of deceased. {fn}'s body found at her flat, her partner {sus} arrested on suspicion of murder. there were "
    "3 previous DA reports about him. family devastated",
)
add(
    "homicide",
    "da",
    "Homicide. V's dad ({old}) was killed at home by V's brother who has MH problems, brother remanded. V is torn "
    "between them, needs support for herself and her mum.",
)
add(
    "homicide",
    "",
    "Infant death - baby 9 weeks old, mother's boyfriend charged with murder after skull fractures found. Referral "
    "for the maternal grandmother who is raising the older sibling.",
)
add(
    "homicide",
    "",
    "My nephew died after being hit over the head with a baseball bat at a house party in January. Trial is set "
    "for the autumn and I don't know who to talk to.",
)
add(
    "homicide",
    "",
    "Manslaughter case. V's long term partner died after being pushed down the stairs by their lodger in a row over "
    "rent money. Lodger charged. V not involved in argument.",
)
add(
    "homicide",
    "",
    "OIC: victim's mother found dead at home, PM confirms strangulation, being treated as murder, no suspect yet. "
    "Adult children need support and updates.",
)
add(
    "homicide",
    "",
    "bereaved by homicide. V's brother {mn} shot dead on his own doorstep {when}, believed gang related, 2 arrests. "
    "Mum not coping, siblings off school",
)
add(
    "homicide",
    "da,knife",
    "FLO referral: parents of {fn} (26) who was stabbed to death at her workplace by her ex-boyfriend. He had been "
    "following her for months after she ended it. He has been charged with murder.",
)

# --- death or serious injury by unlawful driving ---------------------------
add(
    "death_injury_driving",
    "",
    "Collision investigation referral. {fn}'s husband killed on his motorbike when a van pulled out of a junction "
    "in front of him. Van driver charged with causing death by careless driving.",
)
add(
    "death_injury_driving",
    "",
    "RTC - pedestrian V ({old}) hit on zebra crossing by car doing approx 50 in a 30, fractured pelvis and bleed on "
    "the brain. Driver charged with causing serious injury by dangerous driving.",
)
add(
    "death_injury_driving",
    "",
    "Family of cyclist killed on {st}. Lorry driver was scrolling on his phone at the time. CPS have authorised "
    "causing death by dangerous driving. Widow wants court support.",
)
add(
    "death_injury_driving",
    "",
    "Teenage son killed when the stolen car he was a passenger in hit a tree during a pursuit. Driver (19) charged "
    "aggravated vehicle taking causing death. Parents want help.",
)
add(
    "death_injury_driving",
    "",
    "V's wife killed by drink driver on the bypass {when}, he was three times over the limit. Charged with causing "
    "death by careless driving when under the influence.",
)
add(
    "death_injury_driving",
    "",
    "I was knocked off my bike by a car that didnt stop, broken leg and collarbone, 3 weeks in {hosp}. Police traced "
    "driver, he is charged with causing serious injury by careless driving.",
)
add(
    "death_injury_driving",
    "",
    "Uninsured unlicensed driver mounted the pavement and hit V's daughter aged 11, she died in hospital. Driver "
    "charged. Family liaison in place, mum asking for counselling.",
)
add(
    "death_injury_driving",
    "",
    "Serious RTC. V left paralysed from the waist down after the other driver was racing a mate along the dual "
    "carriageway and lost control. Both drivers charged.",
)
add(
    "death_injury_driving",
    "",
    "Bereaved mother. Son ({age}) killed on the motorway when an HGV driver fell asleep at the wheel after driving "
    "over his hours. Inquest opened, driver to be charged with death by careless driving.",
)

# --- violence with injury --------------------------------------------------
add(
    "violence_with_injury",
    "da",
    "V assaulted by ex-p outside her mum's house on {st}, punched several times to the face, black eye and cut lip. "
    "DASH medium. S left before police arrived.",
)
add(
    "violence_with_injury",
    "da",
    "IDVA referral. He put his hands round her neck and squeezed till she nearly passed out, bruising to neck "
    "photographed. Partner of 3 yrs. High risk DASH, MARAC ref made.",
)
add(
    "violence_with_injury",
    "da",
    "Brother ({age}) headbutted V during an argument over their late mum's house, broken nose. They both live at the "
    "property. V doesn't want him charged just wants him out.",
)
add(
    "violence_with_injury",
    "",
    "V (19) jumped by 3 lads walking home from town {when}, kicked while on the floor, fractured cheekbone. Not known "
    "to V. Phone and wallet still on him, nothing demanded.",
)
add(
    "violence_with_injury",
    "",
    "Doorman assaulted: V bitten on the forearm by a customer being ejected, skin broken, tetanus jab at {hosp}.",
)
add(
    "violence_with_injury",
    "da",
    "s47. V slapped and scratched by her daughter (17) when V confiscated her phone, scratches to face and arm. V "
    "says it's getting worse.",
)
add(
    "violence_with_injury",
    "",
    "School referral. V's son aged 14 punched her in the face when she turned off the wifi, cut above her eye. Under "
    "16 so not treated as domestic, early help involved.",
)
add(
    "violence_with_injury",
    "knife",
    "Glassed in the Red Lion - S smashed his bottle on the bar and jabbed it into V's neck, deep cuts, 12 stitches. "
    "S detained by door staff.",
)
add(
    "violence_with_injury",
    "hate",
    "Racially aggravated ABH. V (taxi driver) punched by passenger who called him a p*** and refused to pay, "
    "bloody nose and swollen eye.",
)
add(
    "violence_with_injury",
    "hate",
    "V leaving a gay bar {when} when S shouted 'f***ing queers' and kicked him in the head, concussion. V's partner "
    "witnessed.",
)
add(
    "violence_with_injury",
    "knife",
    "V stabbed in the thigh at a house party by a male he didn't know, treated at {hosp}, not life threatening. "
    "V reluctant to give statement.",
)
add(
    "violence_with_injury",
    "da,knife",
    "Attempted murder. V's ex-husband came into the kitchen and stabbed her six times, charged with AM. V now out of "
    "hospital and living with sister. Needs ISVA/IDVA support.",
)
add(
    "violence_with_injury",
    "",
    "V hit with a metal fence post by his neighbour in an ongoing row about the boundary, gash to head, glued at "
    "{hosp}. S arrested, bailed.",
)
add(
    "violence_with_injury",
    "da",
    "V (18) had a mug thrown at her head by her stepdad, cut and swelling. She lives with mum and him. mum took his "
    "side",
)
add(
    "violence_with_injury",
    "hate",
    "V ({age}, learning disability) beaten by lads he thought were his mates, they called him a retard and filmed it "
    "on their phones. Bruised ribs.",
)
add(
    "violence_with_injury",
    "",
    "V assaulted by her husband's ex-wife at the school gates, hair pulled out in clumps and scratches to neck. V "
    "has never been in any relationship with S.",
)
add(
    "violence_with_injury",
    "da",
    "V and ex share a child. At handover {when} he grabbed her arm hard leaving fingertip bruises and swore at her "
    "infront of their son.",
)
add(
    "violence_with_injury",
    "",
    "Care home referral: resident V ({old}) with a bruised cheek after a carer was seen slapping her. Carer suspended, "
    "safeguarding raised.",
)
add(
    "violence_with_injury",
    "",
    "V punched by his flatmate over unpaid bills, split lip. They are not in a relationship and not related, just "
    "share the flat through an agency.",
)
add(
    "violence_with_injury",
    "",
    "Paramedic V kicked in the face by a patient in the back of the ambulance, tooth chipped. S drunk.",
)
add(
    "violence_with_injury",
    "da",
    "V (22) grabbed by the throat by her boyfriend and thrown against the wardrobe, lump on the back of her head. "
    "Second time this month. V declined DASH.",
)
add(
    "violence_with_injury",
    "hba",
    "Midwife referral: V ({age}) disclosed FGM (type 2) done when she was 6 at her grandmother's insistence. "
    "Mandatory reporting completed. V wants emotional support.",
)
add(
    "violence_with_injury",
    "da,hba",
    "V (20) beaten with a belt by her father and uncle after they found out she has a boyfriend, welts across back. "
    "Dad told her she has shamed the family name.",
)
add(
    "violence_with_injury",
    "hate",
    "V had her hijab pulled off on the bus by a woman who then punched her, bruised eye, called her a terrorist and "
    "told her to go home.",
)
add(
    "violence_with_injury",
    "knife",
    "Wounding s20 - V's hand sliced with a stanley knife when he tried to break up a fight between two others "
    "outside the chippy. Tendon damage.",
)
add(
    "violence_with_injury",
    "",
    "V hit with a D-lock by one of a group of youths in the park, head wound glued. Nothing taken from him, nothing "
    "asked for.",
)
add(
    "violence_with_injury",
    "da,onl",
    "V (17) assaulted by her ex bf (18) who banged her head against his car window, lump on head. Since then he's "
    "been sending threats on snapchat.",
)
add(
    "violence_with_injury",
    "",
    "Road rage. S got out of his van at the lights and punched V through the car window, split lip. Reg obtained.",
)
add(
    "violence_with_injury",
    "hate",
    "Trans woman V attacked outside the station by two men who shouted she was 'a bloke in a dress' before "
    "punching her, nosebleed and cut cheek.",
)
add(
    "violence_with_injury",
    "da",
    "Mum ({mid}) pushed down the stairs by her son (20) during a row over money for weed, sprained wrist and bruised "
    "back. Son still living at home.",
)
add(
    "violence_with_injury",
    "",
    "GBH s18. V attacked with a claw hammer by his neighbour's lodger, fractured skull, in ICU. S remanded.",
)
add(
    "violence_with_injury",
    "da",
    "Partner threw the kettle over V's arm during argument, burns to forearm treated at {hosp}. DVPN served.",
)
add(
    "violence_with_injury",
    "",
    "V hit over the head with a bottle (it didn't break) by a stranger in the taxi queue, lump and small cut.",
)
add(
    "violence_with_injury",
    "",
    "V's sister's ex came round looking for the sister and punched V in the face when she wouldn't say where she "
    "was. Swollen jaw. V has never been in a relationship with him.",
)
add(
    "violence_with_injury",
    "da",
    "Male V. Ex-girlfriend scratched his face and bit his hand when he told her it was over, marks photographed by "
    "officers.",
)
add(
    "violence_with_injury",
    "da,hba,hate",
    "V (23) is gay, his two brothers beat him when the family found out about his boyfriend, cut eyebrow and "
    "bruised ribs. They said he had brought shame on them.",
)
add(
    "violence_with_injury",
    "",
    "V (16) punched by another girl at the bus station over a boy, black eye. No sexual element, no weapons.",
)
add(
    "violence_with_injury",
    "",
    "V is black, was headbutted by a stranger over a spilt drink, bruising. V says race played no part, no comments "
    "were made.",
)

# --- violence without injury -----------------------------------------------
add(
    "violence_without_injury",
    "da",
    "Common assault - ex-p spat at V and shoved her on the doorstep, no injuries. DASH standard.",
)
add(
    "violence_without_injury",
    "",
    "V pushed by a man in the queue at the chemist after she asked him not to push in. No injury.",
)
add(
    "violence_without_injury",
    "da",
    "Threats to kill. V's ex keeps texting that he'll kill her and the kids when he gets out, V believes he would. "
    "He is on remand.",
)
add(
    "violence_without_injury",
    "da,onl",
    "V getting WhatsApp voice notes from her brother-in-law saying he will 'end her' if she goes to court against "
    "his brother. V terrified.",
)
add(
    "violence_without_injury",
    "da,knife",
    "S held a kitchen knife to V's throat and said he'd kill her, no injuries. They have been together 6 months.",
)
add(
    "violence_without_injury",
    "knife",
    "Neighbour came out waving a machete at V over a parking space and said he would chop him up. No contact made.",
)
add(
    "violence_without_injury",
    "",
    "Child neglect - 3 children aged 2, 5 and 7 found home alone at 11pm, no food in the house, mum at the pub.",
)
add(
    "violence_without_injury",
    "da",
    "Ex-husband (MARAC case, hx of DA) took their 4yo from nursery without V's consent and drove to Scotland, no "
    "contact for 3 days, child now returned.",
)
add(
    "violence_without_injury",
    "ms",
    "NRM referral. V (30s, Albanian) found working 14 hour days at a hand car wash, sleeping in a back room, boss "
    "holds his passport, paid nothing.",
)
add(
    "violence_without_injury",
    "ms",
    "V (17) brought to UK from Vietnam and made to work in nail bars for no pay to clear a 'debt' for the journey, "
    "moved from salon to salon, not allowed out alone.",
)
add(
    "violence_without_injury",
    "da,ms",
    "Domestic servitude. V ({age}) brought over from Nigeria by her aunt, cooks, cleans and minds the aunt's kids 7 "
    "days a week, no wages, not allowed to leave the house.",
)
add(
    "violence_without_injury",
    "ms",
    "Farm workers: V and five other men recruited in Romania, wages kept by gangmaster, told their families will be "
    "hurt if they leave, living in a caravan with no heating.",
)
add("violence_without_injury", "", "Assault on emergency worker - PC pushed and spat at during an arrest, no injury.")
add(
    "violence_without_injury",
    "hate",
    "V (Polish) shoved off the pavement by a man who said 'go back to your own country', no injuries.",
)
add(
    "violence_without_injury",
    "da",
    "V ({age}) grabbed by the collar by her dad who screamed in her face, no marks. Family tension ongoing.",
)
add(
    "violence_without_injury",
    "hate",
    "V uses crutches, one was kicked away by teens laughing at his 'spaz walk', he fell but wasn't hurt.",
)
add(
    "violence_without_injury",
    "knife",
    "S said he had a blade in his pocket and he'd use it if V didn't back off, hand in his pocket. V believed him "
    "and ran. Nothing taken.",
)
add(
    "violence_without_injury",
    "da",
    "Ex phoned and said he is going to come round and stab her to death. He lives 200 miles away, V scared, no "
    "weapon seen.",
)
add("violence_without_injury", "", "V slapped across the face by a customer at the bar, no mark, S left.")
add(
    "violence_without_injury",
    "da,hba",
    "Forced marriage. V (19) told by her parents she will marry her cousin in Pakistan this summer, her passport has "
    "been taken. She has said no and they say she has no choice.",
)
add(
    "violence_without_injury",
    "da,hba",
    "V (22) says her brother threatened to kill her for bringing shame on the family after she moved in with her "
    "boyfriend. She believes he means it.",
)
add(
    "violence_without_injury",
    "",
    "Teacher referral. Child (8) says dad locks him in his bedroom for whole weekends as a punishment, no marks seen.",
)
add(
    "violence_without_injury",
    "da",
    "V (16) slapped by her bf (17), no injury, he also smashed her phone. Mum made the report.",
)
add(
    "violence_without_injury",
    "ms",
    "Cannabis factory raided, Vietnamese boy (15) found locked inside tending plants, couldn't leave, believed "
    "trafficked. NRM done.",
)
add(
    "violence_without_injury",
    "da",
    "Husband raised his fist to V and said he'd knock her out, didn't actually touch her. V left with the kids.",
)
add(
    "violence_without_injury",
    "",
    "Man tried to get V (12) into his car outside school offering her a lift home, she ran back to a teacher.",
)
add(
    "violence_without_injury",
    "",
    "Shop worker grabbed by the arm and shoved by a customer refused alcohol. No injuries, CCTV available.",
)
add(
    "violence_without_injury",
    "hate",
    "V (Sikh) had his turban knocked off at the bus stop by a drunk man shouting abuse about his religion. No injury.",
)
add(
    "violence_without_injury",
    "da",
    "Ex snatched the car keys out of V's hand and pinned her against the wall when she tried to leave, no injuries, "
    "nil previous.",
)
add(
    "violence_without_injury",
    "knife",
    "V (15) had a knife pointed at him at the skatepark by another lad who told him to watch himself, not hurt.",
)
add(
    "violence_without_injury",
    "ms",
    "V ({age}, learning difficulties) found living in a horsebox on a site, made to lay tarmac for years for no pay, "
    "threatened if he complained. NRM submitted.",
)
add(
    "violence_without_injury",
    "ms",
    "V and 11 other men housed in one terrace by employer, ID documents held, told they owe £3k each for travel and "
    "will be deported if they complain.",
)
add(
    "violence_without_injury",
    "ms",
    "CCE/county lines: V (16) from London found in a trap house in a seaside town, trafficked to sell drugs and told "
    "he owes a 'debt' to the line holders. NRM submitted.",
)
add(
    "violence_without_injury",
    "da,hba",
    "V (17) told her teacher that her family have arranged for her to be married abroad at half term, she doesn't "
    "want to, her dad has her passport.",
)
add(
    "violence_without_injury",
    "da,hba",
    "Web form: my parents took me to Bangladesh for a 'holiday' and I found out I was to be married there. I got back "
    "with help from the embassy and now my uncle says I will be killed for what I have done.",
)
add(
    "violence_without_injury",
    "",
    "Nail salon worker V says she works long hours for low pay but is free to come and go, no ID held, no debt. "
    "Today a customer threw a bottle of polish at her, missed, no injury.",
)

# --- stalking and harassment -----------------------------------------------
add(
    "stalking_harassment",
    "da",
    "Coercive control. Husband checks V's bank every day, tracks her phone, decides what she wears and who she sees, "
    "has done for years. DASH high, referred to MARAC.",
)
add(
    "stalking_harassment",
    "da",
    "Ex keeps turning up at V's work and her gym, waits outside the flat, leaves flowers and notes. Split 4 months "
    "ago. V scared to go out.",
)
add(
    "stalking_harassment",
    "onl",
    "Stranger stalking. Man V met once at a conference follows her on Instagram from multiple accounts after being "
    "blocked, and has turned up at her train station twice.",
)
add(
    "stalking_harassment",
    "onl",
    "Mal comms - V getting abusive facebook messages from her ex's new girlfriend calling her a sl*g and a bad mum.",
)
add(
    "stalking_harassment",
    "",
    "V ({old}) getting nuisance calls and texts from an unknown number, heavy breathing, about 20 a day.",
)
add(
    "stalking_harassment",
    "hate",
    "Racist harassment by next door for 6 months: notes through the letterbox with monkey drawings, shouting at V's "
    "kids in the garden.",
)
add(
    "stalking_harassment",
    "onl",
    "Former friend has made a fake TikTok account in V's name and is posting her photos with nasty captions.",
)
add(
    "stalking_harassment",
    "da",
    "Son ({age}) controls V's pension, keeps her bank card, won't let her see the grandchildren unless she pays him. V "
    "is {old}. Adult safeguarding aware.",
)
add(
    "stalking_harassment",
    "",
    "Landlord keeps letting himself into V's flat without notice, texts her late at night commenting on her looks.",
)
add(
    "stalking_harassment",
    "da,onl",
    "ex-p bombarding V with emails and calls from withheld numbers, 70+ in a week, despite the non-mol. IDVA allocated",
)
add(
    "stalking_harassment",
    "da",
    "Garage found an AirTag hidden under V's car. She had been wondering how her ex always knew where she was. "
    "Stalking, DASH completed.",
)
add(
    "stalking_harassment",
    "",
    "Neighbour shouts at V every time he leaves the house, calls him a nonce, films him on his phone, going on since "
    "May.",
)
add(
    "stalking_harassment",
    "hate",
    "V and his husband have had four anonymous letters through the door saying 'no gays on this street'.",
)
add(
    "stalking_harassment",
    "da,onl",
    "V (21) ex-bf sending her dozens of abusive messages on Snapchat every night calling her names and saying she'll "
    "regret leaving him.",
)
add(
    "stalking_harassment",
    "da,onl",
    "V's ex-husband has been logging in to her iCloud and reading her messages, then texting her about who she's "
    "been talking to.",
)
add(
    "stalking_harassment",
    "onl",
    "Colleague harassing V at work, sending inappropriate Teams messages and following her out to the car park.",
)
add(
    "stalking_harassment",
    "hate",
    "V (wheelchair user) targeted by teens who bang on his window every night shouting 'cripple', been weeks now.",
)
add(
    "stalking_harassment",
    "da",
    "Male V. Girlfriend checks his phone, has stopped him seeing his mates and threatens to harm herself if he goes "
    "out. CCB.",
)
add(
    "stalking_harassment",
    "da",
    "Ex keeps driving slowly past V's house several times a day and parking up outside. Restraining order in place.",
)
add(
    "stalking_harassment",
    "",
    "Unwanted gifts and cards being left for V at work by a customer who found out her name. She doesn't know him.",
)
add(
    "stalking_harassment", "onl", "Anonymous account on X posted V's home address and told people to 'pay her a visit'."
)
add(
    "stalking_harassment",
    "",
    "V's former business partner leaving abusive voicemails and texts daily, calling her a thief.",
)
add(
    "stalking_harassment",
    "da",
    "Daughter ({age}) harassing V with constant calls demanding money, turning up drunk and banging on the door.",
)
add(
    "stalking_harassment",
    "onl",
    "V's ex-wife's new partner has been sending V threatening Facebook messages about child contact. V has never met "
    "him.",
)
add(
    "stalking_harassment",
    "hate,onl",
    "V is on the mosque committee and has had 12 emails calling Muslims vermin and saying 'we are watching you'.",
)
add(
    "stalking_harassment",
    "da",
    "CCB - partner tells V she's worthless, won't let her have her own money, made her give up her job and took her "
    "car keys. No physical violence. 2 year relationship.",
)
add(
    "stalking_harassment",
    "da,hba",
    "V (18) kept at home by her parents and brothers since she was seen with a boy, phone taken, not allowed to "
    "college. They say she disgraced the family.",
)
add(
    "stalking_harassment",
    "",
    "V being followed by a man from church who tells people they are a couple. V says they have never been in a "
    "relationship, not DA.",
)
add(
    "stalking_harassment",
    "da,hba,onl",
    "V ({age}) getting WhatsApp voice notes from her husband's family saying she has dishonoured them by asking for "
    "a divorce and that she will pay for it.",
)

# --- sexual offences -------------------------------------------------------
add(
    "sexual_offences",
    "",
    "V ({age}) raped by a man she met in a club, went back to his flat, she was too drunk to consent. Attended SARC.",
)
add(
    "sexual_offences",
    "da",
    "IDVA: V disclosed her husband has raped her repeatedly over 2 years. DASH high, MARAC {when}.",
)
add(
    "sexual_offences",
    "csae",
    "Non-recent CSA. V now in her 40s disclosing abuse by her uncle from age 8 to 13. Wants to report.",
)
add(
    "sexual_offences",
    "csae",
    "CSE. V (14) being picked up by older men in cars, given vodka and weed and made to do sex acts. SW referral.",
)
add(
    "sexual_offences",
    "csae,onl",
    "Online grooming - V (13) was messaged on Roblox then Snapchat by a man claiming to be 15, he persuaded her to "
    "send nude pics.",
)
add("sexual_offences", "", "Exposure. Man on the train exposed himself to V and touched himself. BTP dealing.")
add(
    "sexual_offences",
    "",
    "Upskirting. V found out a man had filmed up her skirt on the escalator, another passenger saw him do it.",
)
add(
    "sexual_offences",
    "",
    "V groped on her bum and breasts by a stranger in a nightclub, no injuries. Door staff have CCTV.",
)
add(
    "sexual_offences",
    "ms,onl",
    "V (22) brought from Romania with promise of waitress job, forced into sex work in flats, advertised on adult "
    "websites and moved between cities. NRM.",
)
add(
    "sexual_offences",
    "csae,da",
    "V (16) sexually assaulted by her stepbrother (19) at the family home while parents were out.",
)
add("sexual_offences", "csae", "V (15) has been having sex with her 22yo boyfriend, mum found out, he knew her age.")
add(
    "sexual_offences",
    "",
    "Spiking - V thinks her drink was spiked at a bar, woke up in an unknown flat, believes she was raped. Awaiting "
    "tox results.",
)
add(
    "sexual_offences",
    "",
    "V (19, male) sexually assaulted by an older female colleague at the works Christmas do, she grabbed his crotch "
    "and kissed him after he said no.",
)
add("sexual_offences", "", "Voyeurism. Landlord had hidden a camera in the smoke alarm in V's bathroom.")
add(
    "sexual_offences",
    "da",
    "V's ex-bf forced sex on her when he came round to collect his stuff, she said no repeatedly.",
)
add(
    "sexual_offences",
    "",
    "Met S on Hinge, on their second date at his house he removed the condom without her consent. No messages since.",
)
add("sexual_offences", "csae", "V (12) touched inappropriately by swimming coach during lessons, disclosed to mum.")
add(
    "sexual_offences",
    "csae",
    "Web form: a man on the bus kept rubbing his leg against mine and then put his hand on my thigh. I'm 17.",
)
add(
    "sexual_offences",
    "",
    "Non recent rape. V now 55 was raped aged 25 by a work colleague in the 90s, wants to report now he's retired.",
)
add(
    "sexual_offences",
    "da,hba",
    "V (20) raped by her cousin (26) at a family wedding. Family pressuring her not to report to protect the family's "
    "name.",
)
add(
    "sexual_offences",
    "csae,onl",
    "V (15, boy) being sent sexual messages and pictures by an adult man on Discord who wants to meet up.",
)
add(
    "sexual_offences",
    "csae",
    "Indecent exposure from a car - man parked outside the primary school exposed himself to two girls aged 10 and 11.",
)
add(
    "sexual_offences",
    "",
    "V ({age}, learning disabilities) sexually assaulted by her support worker during a home visit.",
)
add(
    "sexual_offences",
    "da",
    "V's partner makes her have sex when she doesn't want to, says it's her duty as his wife. He also controls the "
    "money.",
)
add(
    "sexual_offences",
    "csae,onl",
    "CSE - V (17) passed around by a group of older males, given gifts and a phone, made to have sex with their "
    "friends. Contact via Snapchat.",
)
add("sexual_offences", "knife", "V raped by a stranger who dragged her into an alley and held a knife to her side.")
add(
    "sexual_offences",
    "csae,ms",
    "V (16) moved between hotels by adults and sold for sex, trafficked from Manchester area. Police operation.",
)

# --- robbery ---------------------------------------------------------------
add("robbery", "knife", "V (16) held at knifepoint in the underpass, lads took his phone and trainers.")
add(
    "robbery",
    "",
    "V's bag ripped from her shoulder by a male on a moped, she was dragged along the floor, grazed knees.",
)
add("robbery", "", "V punched in the face on {st} and his phone taken out of his hand, bloody nose.")
add(
    "robbery",
    "",
    "Two men in balaclavas came into the post office, one had a hammer, demanded cash from the till. Staff V shaken.",
)
add("robbery", "", "V (14) had his bike taken off him in the park by older boys who pushed him off it and kicked him.")
add("robbery", "da", "Partner pinned V down and took her purse and bank card to buy drugs.")
add("robbery", "hate", "V in a wheelchair. S tipped the chair over and took his wallet, calling him a cripple.")
add("robbery", "", "Carjacking. V pulled out of her car at the petrol station, S drove off in it.")
add(
    "robbery",
    "",
    "Shoplifter punched the security guard who tried to take the bag of steaks back off him and ran off with it.",
)
add(
    "robbery",
    "knife",
    "Delivery rider surrounded by youths who said 'give it or get shanked', one flashed a blade, took his food and "
    "cash.",
)
add(
    "robbery",
    "onl",
    "V met a seller from FB Marketplace to buy a phone, when he got there S and a friend threatened him and took his "
    "£600 cash.",
)
add("robbery", "", "Man asked V for the time then grabbed his wrist and yanked his watch off, V fell and cut his hand.")
add("robbery", "da", "V ({age}) says her brother twisted her arm behind her back until she handed over her wages.")
add("robbery", "", "V threatened with what looked like a handgun and told to hand over car keys and phone.")
add("robbery", "", "Taxi driver robbed by passengers who grabbed him by the throat and took the cash tin.")
add("robbery", "", "V ({old}) pushed over from behind in the street and her handbag taken, broken wrist.")
add(
    "robbery",
    "",
    "S said he had a knife but V could see both his hands and didn't believe him. S then shoved V against the wall "
    "and took his wallet.",
)

# --- burglary --------------------------------------------------------------
add("burglary", "", "came home from work to find the back door jemmied, laptop, jewellery and passports gone")
add(
    "burglary",
    "",
    "Two masked men got in at night while family asleep, CCTV later showed one had a knife in his belt. Took laptops "
    "and car keys. Family didn't wake.",
)
add("burglary", "", "Shed broken into overnight, padlock cut, 2 mountain bikes and a strimmer stolen.")
add("burglary", "", "Cafe broken into through the roof, till and charity box taken.")
add(
    "burglary",
    "",
    "Distraction burglary. Man said he was from the water board and got into V's ({old}) house while another searched "
    "the bedroom, £400 cash taken.",
)
add("burglary", "da", "Ex-p let himself in with an old key while V was at work and took the TV and her nan's rings.")
add("burglary", "", "Garage forced, tools worth £2k taken, also tried the car door handles on the drive.")
add(
    "burglary",
    "",
    "Attempt burglary: marks on the front door lock, someone tried to snap the euro cylinder, no entry gained.",
)
add(
    "burglary",
    "",
    "V away on holiday, neighbour noticed a window open, house ransacked, keys for the Audi taken and car gone.",
)
add(
    "burglary",
    "",
    "Student house, someone walked in through the unlocked front door during a party and took 3 laptops from upstairs.",
)
add("burglary", "", "Church hall broken into, PA system taken and graffiti sprayed on the walls.")
add(
    "burglary",
    "",
    "V ({old}) woke to find a man in her bedroom going through her drawers, he ran off when she screamed, "
    "nothing taken.",
)
add(
    "burglary",
    "da",
    "Brother ({age}) climbed in through V's window while she was at work and took her bank cards and cash.",
)
add("burglary", "hate", "House broken into, nothing taken but 'P***s out' written on the living room wall.")
add("burglary", "", "Web form. Someone got into my allotment shed again and took the petrol mower.")
add("burglary", "", "Vets surgery broken into, drugs cabinet forced, ketamine taken.")
add(
    "burglary",
    "",
    "V burgled {when}, back window smashed. V's daughter lives elsewhere and was a DA victim years ago, not relevant "
    "to this.",
)

# --- vehicle offences ------------------------------------------------------
add("vehicle_offences", "", "Car stolen from the drive overnight, keyless relay suspected, Range Rover.")
add("vehicle_offences", "", "Catalytic converter cut off V's Prius while parked at work.")
add("vehicle_offences", "", "V's van window smashed and power tools taken from inside, parked on {st}.")
add(
    "vehicle_offences",
    "",
    "Youths on CCTV trying car door handles along {st} at 2am, V's car was one of them, nothing taken.",
)
add("vehicle_offences", "", "Both number plates taken off V's car.")
add("vehicle_offences", "", "V's car taken by joyriders and crashed into a wall, written off, nobody hurt.")
add(
    "vehicle_offences",
    "da",
    "Ex-husband took V's car (in her name) without permission and is refusing to give it back.",
)
add("vehicle_offences", "", "Motorbike stolen from outside V's flat, chain cut.")
add("vehicle_offences", "", "Someone siphoned diesel out of V's lorry overnight at the truck stop.")
add(
    "vehicle_offences",
    "",
    "V's car taken by her son's friend (17) who had been staying over, returned next day with a dent.",
)
add("vehicle_offences", "", "Sat nav and sunglasses stolen from V's unlocked car on the drive.")
add("vehicle_offences", "", "All four wheels taken off V's Golf, left on bricks.")

# --- theft from the person -------------------------------------------------
add("theft_from_person", "", "Pickpocketed on the tube, wallet lifted from back pocket, didnt feel a thing.")
add(
    "theft_from_person",
    "",
    "Phone snatched out of V's hand while she was texting at the bus stop, S ran off, V not touched or hurt.",
)
add("theft_from_person", "", "Purse taken from V's open handbag on her shoulder in the busy market.")
add("theft_from_person", "", "V's phone taken from his back pocket in the queue for a concert.")
add("theft_from_person", "", "Elderly V had her purse taken from the shopping bag she was holding.")
add("theft_from_person", "", "Festival: V's bumbag unzipped and phone removed while she was wearing it.")
add(
    "theft_from_person",
    "",
    "Lad grabbed V's tote bag from her arm and legged it, she let go straight away, no struggle, not hurt.",
)
add(
    "theft_from_person",
    "",
    "V (visually impaired) had his wallet taken from his jacket by a man pretending to help him across the road. "
    "No comments about his sight.",
)
add("theft_from_person", "", "Woman bumped into V in a cafe and took the phone from the coat V was wearing.")
add(
    "theft_from_person", "", "Pickpocketing at the football, two men pressed against V in the crowd, wallet gone after."
)

# --- bicycle theft ---------------------------------------------------------
add("bicycle_theft", "", "Bike stolen from the rack outside the train station, lock cut.")
add("bicycle_theft", "", "Son's BMX (he's 11) taken from the front garden, it wasn't locked.")
add("bicycle_theft", "", "E-bike stolen from outside Greggs while V (delivery rider) was collecting an order.")
add("bicycle_theft", "", "Road bike taken from the bike shelter outside my block, lock gone too.")
add("bicycle_theft", "", "V's bike taken from outside the library, locked to railings, only the front wheel left.")
add("bicycle_theft", "", "Kids' bikes taken from the back garden, gate left open.")
add("bicycle_theft", "", "Cargo bike stolen from outside the nursery at drop-off.")
add("bicycle_theft", "", "Bike stolen from the uni bike park, CCTV shows a male cutting the D-lock with a grinder.")
add("bicycle_theft", "", "Folding bike stolen from the luggage rack on the train while V sat in the next carriage.")

# --- shoplifting -----------------------------------------------------------
add("shoplifting", "", "Store manager referral: same male has stolen razor blades from the shop 5 times this month.")
add("shoplifting", "", "Pharmacy staff member V shaken after a shoplifter filled a bag with perfume and walked out.")
add("shoplifting", "", "Woman hid baby formula under the pram, stopped by security, no violence.")
add("shoplifting", "", "Group of teens took energy drinks and sweets from the corner shop, happens weekly.")
add("shoplifting", "", "Shoplifter took 2 bottles of vodka and swore at staff on the way out.")
add("shoplifting", "", "Customer scanned cheap items at self checkout but bagged expensive meat, security stopped her.")
add("shoplifting", "", "Garden centre: plants and ornaments taken from the outside display by a man with a van.")
add("shoplifting", "", "Two women used a foil-lined bag to steal jackets from the clothing store.")
add("shoplifting", "", "Charity shop volunteer V upset after a man walked out with a donated coat without paying.")

# --- other theft -----------------------------------------------------------
add("other_theft", "", "V's cleaner has been taking cash from her bedside drawer, caught on camera.")
add("other_theft", "", "Making off without payment: customer filled up £90 of diesel and drove off, false plates.")
add("other_theft", "", "Parcel stolen from V's doorstep after delivery, seen on her Ring doorbell.")
add("other_theft", "", "V's post being opened, bank letters missing, suspects the new postman.")
add(
    "other_theft", "", "Man threatening to tell V's wife about an affair unless he pays £5k, demands made face to face."
)
add(
    "other_theft",
    "onl",
    "Sextortion. V met a 'woman' on a dating app, they moved to WhatsApp video, he was recorded and is now told to pay "
    "£1,500 or the video goes to his contacts.",
)
add("other_theft", "da", "V's son (40) has been taking cash from her purse for months when he visits.")
add("other_theft", "", "V's handbag stolen from the back of her chair in a restaurant while she was at the bar.")
add("other_theft", "", "Theft at the gym: V's locker opened and watch taken.")
add("other_theft", "", "Care worker stole V's wedding ring, V is {old}, ring found at a pawn shop.")
add("other_theft", "", "Lead stripped from the church roof overnight.")
add("other_theft", "", "V left her phone on the train seat, someone took it, V tracked it to an address.")
add("other_theft", "da", "Ex-partner kept V's dog after they split and won't return it, the dog is chipped to V.")
add("other_theft", "", "Warehouse employee stole stock over months, employer discovered it at stocktake.")
add("other_theft", "", "Flatmate took V's laptop when he moved out and won't give it back. Not a relationship.")

# --- criminal damage and arson ---------------------------------------------
add("criminal_damage_arson", "", "V's car keyed down both sides overnight on {st}.")
add(
    "criminal_damage_arson",
    "da",
    "Ex-p smashed V's phone against the wall and put his foot through the TV during an argument, didn't touch her.",
)
add(
    "criminal_damage_arson",
    "",
    "Wheelie bins set alight against the side of V's house, fire service attended, scorching to the wall.",
)
add("criminal_damage_arson", "", "Lit rag pushed through V's letterbox at night, family smelt smoke and put it out.")
add("criminal_damage_arson", "", "Windows smashed at V's house by youths throwing stones, third time.")
add("criminal_damage_arson", "hate", "Swastika and anti-Jewish slogans sprayed on V's garage door.")
add(
    "criminal_damage_arson",
    "da",
    "All four tyres let down and wing mirrors snapped off V's car, her ex was seen on the doorbell camera doing it.",
)
add("criminal_damage_arson", "", "Allotment greenhouse smashed and plants pulled up.")
add("criminal_damage_arson", "", "Neighbour kicked down V's garden fence during a row.")
add("criminal_damage_arson", "", "V's car set on fire on the driveway at 4am, completely burnt out.")
add(
    "criminal_damage_arson",
    "da",
    "Daughter (19) smashed up V's kitchen, broke cupboard doors and plates when told to move out.",
)
add("criminal_damage_arson", "", "Cricket club pavilion set alight, £40k of damage.")
add(
    "criminal_damage_arson",
    "hate",
    "V's mobility scooter kicked over and battery cover smashed by teens who called him a cripple.",
)
add("criminal_damage_arson", "", "Paint stripper poured over V's car bonnet.")
add("criminal_damage_arson", "", "Neighbour cut down V's hedge and poisoned her tree.")
add("criminal_damage_arson", "", "Superglue in the locks of V's shop, shutter jammed, second time.")

# --- drug offences ---------------------------------------------------------
add(
    "drug_offences",
    "",
    "Resident reports cannabis smell and constant callers at flat 6, believes dealing, wants to stay anonymous.",
)
add("drug_offences", "", "V found 20 cannabis plants in the loft grown by her son ({age}), wants advice.")
add(
    "drug_offences",
    "",
    "V's partner arrested with 10 wraps of cocaine in his car, V worried about dealers coming to the house. No abuse "
    "between them.",
)
add("drug_offences", "", "Small bag of weed found in V's son's bedroom, he's 14, school aware.")
add("drug_offences", "", "Tenant of V's rental found with a large quantity of MDMA and scales, landlord referred.")
add("drug_offences", "", "Man dealing from a parked car outside the school gates every afternoon.")
add(
    "drug_offences",
    "",
    "V found needles and a bag of white powder in the stairwell, believes neighbour supplying heroin.",
)
add("drug_offences", "", "Group in the park with large canisters of nitrous oxide, selling to teens.")
add("drug_offences", "", "Hostel staff member reporting a resident supplying spice to others.")
add("drug_offences", "", "V's lodger smoking crack in the house, V found a pipe and rocks.")

# --- possession of weapons -------------------------------------------------
add("possession_of_weapons", "", "V saw a man carrying a machete down {st}, was frightened, no threats made to anyone.")
add("possession_of_weapons", "", "Knife found in V's son's school bag (15), school called police.")
add(
    "possession_of_weapons",
    "",
    "V's ex-partner keeps an unlicensed shotgun in his house, V wants it removed. Nil DA, no threats.",
)
add("possession_of_weapons", "", "V's grandson caught with a zombie knife in his rucksack, family want support.")
add("possession_of_weapons", "", "Knuckleduster found on a customer during a door search.")
add("possession_of_weapons", "", "CS gas spray found in V's flatmate's room.")
add(
    "possession_of_weapons",
    "",
    "Man at the bus station had a knife poking out of his pocket, V (bus driver) saw it, man did not threaten anyone, "
    "arrested.",
)
add(
    "possession_of_weapons",
    "",
    "Police found an imitation firearm in V's brother's car; V worried he's involved with a gang. No threats.",
)
add(
    "possession_of_weapons",
    "",
    "V's daughter (16) told school her bf carries a flick knife 'for protection', he hasn't threatened her.",
)
add("possession_of_weapons", "", "Crossbow found under V's adult son's bed.")

# --- public order ----------------------------------------------------------
add(
    "public_order",
    "hate",
    "Customer shouted racial slurs at V (shop assistant) and told her to 'go back to Africa'. No physical contact.",
)
add(
    "public_order",
    "",
    "Man in the street shouting and swearing at V and waving his arms, V felt threatened, no contact.",
)
add(
    "public_order",
    "hate",
    "V and boyfriend holding hands, group of lads followed them shouting homophobic abuse, no contact.",
)
add(
    "public_order",
    "",
    "Fight outside the pub involving 10+ people, bottles thrown, V (bystander) caught up in it, not hurt.",
)
add(
    "public_order",
    "",
    "Neighbour came to V's door drunk, threatening and abusive, said 'you'll get what's coming', didn't touch him.",
)
add("public_order", "hate", "Antisemitic abuse shouted at V, who was wearing a kippah, from a passing car.")
add(
    "public_order",
    "",
    "Bus driver V verbally abused by passenger who refused to pay, called him names, spat on the floor.",
)
add("public_order", "hate", "Trans man V called 'it' and 'freak' by a group at the bus stop, V distressed.")
add("public_order", "hate", "V outside the mosque when a man shouted 'terrorists' and made throat-cutting gestures.")
add(
    "public_order",
    "",
    "Man in the Co-op called V (staff) a stupid b***h and threw a basket on the floor. Nothing racial or homophobic "
    "said.",
)
add(
    "public_order",
    "",
    "Road rage: other driver screamed at V through the window at the lights and banged on the roof, drove off.",
)
add(
    "public_order", "hate", "V (learning disability) taunted on the bus by teens calling him 'mong', filming on phones."
)
add("public_order", "", "Group of drunk men chanting and shouting threats at V and friends outside the kebab shop.")

# --- miscellaneous crimes against society ----------------------------------
add(
    "misc_crimes_against_society",
    "",
    "Neighbour told V he'd 'put her windows through' if she complained to the council again.",
)
add(
    "misc_crimes_against_society",
    "",
    "Van driver tailgated V at 80mph and brake-checked her repeatedly on the A-road, no collision.",
)
add(
    "misc_crimes_against_society",
    "csae",
    "V found indecent images of children on her husband's laptop, he has been arrested. No abuse towards V.",
)
add("misc_crimes_against_society", "", "S's mother contacted V offering her £500 to withdraw her statement.")
add(
    "misc_crimes_against_society",
    "",
    "Bigamy - V discovered her husband was already married to another woman abroad when they wed here.",
)
add(
    "misc_crimes_against_society",
    "csae,onl",
    "V (15) sent a nude to her bf (15), he shared it to a group chat at school.",
)
add("misc_crimes_against_society", "", "Ex-employee shouted that he would burn down V's shop after he was sacked.")
add(
    "misc_crimes_against_society",
    "",
    "Car doing doughnuts and racing around the retail park at night, nearly hit V walking to her car.",
)
add(
    "misc_crimes_against_society",
    "da",
    "V's ex-partner said he'll smash up her car if she doesn't let him see the kids.",
)
add(
    "misc_crimes_against_society",
    "",
    "Since giving a statement about the fight on her road, V has had S's friends telling her to keep her mouth shut.",
)
add(
    "misc_crimes_against_society",
    "",
    "Driver overtook V's horse on a blind bend at speed and forced her into the hedge, no injury to her or the horse.",
)

# --- fraud and computer misuse ---------------------------------------------
add(
    "fraud_computer_misuse",
    "",
    "Courier fraud. V ({old}) phoned by a 'police officer' saying her bank staff were corrupt, told to withdraw £6k "
    "and hand it to a courier at her door.",
)
add(
    "fraud_computer_misuse",
    "onl",
    "Romance fraud. V met 'Michael' on a dating site, says he's an oil rig engineer, she has sent {amt} over 8 months.",
)
add(
    "fraud_computer_misuse",
    "onl",
    "V saw a crypto advert on Facebook with a celebrity endorsement, invested {amt} through the website, can't "
    "withdraw.",
)
add("fraud_computer_misuse", "onl", "Paid £800 deposit for a puppy advertised on Gumtree, seller stopped replying.")
add("fraud_computer_misuse", "onl", "V's Instagram account hacked, hacker messaging her followers asking for money.")
add(
    "fraud_computer_misuse",
    "",
    "V phoned by someone claiming to be from the bank's fraud team, talked into moving {amt} to a 'safe account'.",
)
add(
    "fraud_computer_misuse",
    "onl",
    "Text about a missed delivery, V clicked the link and entered her card details on the site, £400 taken.",
)
add(
    "fraud_computer_misuse",
    "",
    "V (student) got calls saying she'd be arrested for unpaid tax unless she paid in gift cards, paid £700.",
)
add(
    "fraud_computer_misuse",
    "",
    "Rogue trader told V ({old}) her roof tiles were loose, charged £4,500, no work actually done.",
)
add(
    "fraud_computer_misuse",
    "da,onl",
    "Loans taken out online in V's name, found on her credit report, her ex-partner has admitted doing it.",
)
add("fraud_computer_misuse", "", "Card cloned at a cash machine, £1,200 of transactions abroad.")
add(
    "fraud_computer_misuse",
    "onl",
    "Bought festival tickets from a seller on Twitter, paid by bank transfer, tickets never arrived.",
)
add("fraud_computer_misuse", "onl", "WhatsApp from a new number claiming to be V's daughter, 'hi mum', V sent £1,950.")
add("fraud_computer_misuse", "", "Carer used V's bank card for her own shopping, £3k over 4 months. V has dementia.")
add(
    "fraud_computer_misuse",
    "onl",
    "Ex-employee logged in remotely to the company system over the internet after leaving and deleted files.",
)
add(
    "fraud_computer_misuse",
    "onl",
    "Flat advertised on Facebook, 'landlord' said he was abroad, V paid £1,500 deposit, keys never sent.",
)
add(
    "fraud_computer_misuse",
    "da,onl",
    "Granddaughter (22) used V's online banking to transfer herself £5k without permission.",
)
add(
    "fraud_computer_misuse", "", "V ({old}) has been sending cash by post to 'claim a prize' after letters in the post."
)
add("fraud_computer_misuse", "", "Builder from a leaflet took £8,000 upfront for an extension and vanished.")
add(
    "fraud_computer_misuse",
    "onl",
    "Someone got into V's Amazon account and ordered £900 of electronics to a different address.",
)

# --- anti-social behaviour -------------------------------------------------
add("anti_social_behaviour", "", "Neighbour plays loud music till 3am most nights, council noise team involved.")
add(
    "anti_social_behaviour",
    "",
    "Youths gathering on the benches outside V's house, shouting and leaving litter, no threats.",
)
add(
    "anti_social_behaviour",
    "",
    "Kids kicking a football against V's garage door for hours, laughed when asked to stop.",
)
add("anti_social_behaviour", "", "Dog barking constantly next door while the owners are at work.")
add("anti_social_behaviour", "", "Off-road bikes riding up and down the field behind the estate every evening, noise.")
add("anti_social_behaviour", "", "Neighbour's bins overflowing, rats and smell, V fed up.")
add("anti_social_behaviour", "", "Drunk people urinating in V's doorway after the pubs close.")
add("anti_social_behaviour", "", "Neighbour slamming doors and stomping, V feels it's deliberate, no words exchanged.")
add("anti_social_behaviour", "", "Kids knocking on V's door and running away, V is elderly and finds it unsettling.")
add("anti_social_behaviour", "", "Neighbour parks across V's drive, V can't get out, verbal disagreement only.")
add("anti_social_behaviour", "", "Fireworks being let off in the street late at night by kids.")

# --- other crime -----------------------------------------------------------
add("other_crime", "", "Neighbour seen kicking his dog in the garden, dog yelping, RSPCA informed.")
add("other_crime", "", "Horse left in a field with no water or shelter, ribs showing.")
add("other_crime", "", "Builders' rubble dumped at the entrance to V's farm for the third time.")
add(
    "other_crime",
    "",
    "V called saying she was a victim of crime last week and wants support, would not say what happened.",
)
add("other_crime", "", "Hare coursing on V's land at night, dogs and lamps seen.")
add("other_crime", "", "Badger sett on V's land blocked and dug into.")
add("other_crime", "", "Neighbour breeding puppies in awful conditions, dogs matted and kept in cages all day.")
add("other_crime", "", "Referral form says V is a victim of an offence, police ref given, no other details.")
add("other_crime", "", "Neighbour leaves his dogs shut in a hot car on the drive for hours in summer.")
add("other_crime", "", "V saw a man using nets to trap goldfinches in the woods near her house.")

# --- multi-offence, negated and hypothetical notes (label by principal crime) ---
add(
    "violence_with_injury",
    "da",
    "DA - high risk. Ex-p kicked the front door in, dragged V by her hair into the kitchen and punched her repeatedly, "
    "smashed her phone so she couldn't ring 999. Broken ribs, in {hosp}. DVPN being applied for. HBA screening neg.",
)
add(
    "violence_without_injury",
    "",
    "Neighbour who deals from his flat pushed V into the railings and told her to stop ringing the council about "
    "him, no injuries. V fears reprisals.",
)
add(
    "violence_without_injury",
    "knife",
    "RTC at the lights, other driver got out, pointed a screwdriver at V through the window and said he'd 'do' him. "
    "No injuries, no damage to speak of.",
)
add(
    "burglary",
    "",
    "OIC update: S admitted 14 shed breaks as TICs inc V's, V's strimmer and drill recovered. V wants property back.",
)
add(
    "violence_with_injury",
    "da",
    "NFA update - OIC says CPS have NFA'd the s47 against V's ex (punched her, fractured eye socket) on evidential "
    "grounds. V upset and wants to complain.",
)
add(
    "robbery",
    "",
    "Group demanded V's phone, he refused and ran, they caught him and beat him, broken nose. They didn't get "
    "anything in the end.",
)
add(
    "criminal_damage_arson",
    "hate",
    "V (Sudanese) called racist names by youths who then threw stones at his front window, one pane broke.",
)
add(
    "stalking_harassment",
    "da",
    "Ex sending 50+ texts a day, last night poured paint over V's car. V says it's been going on since she left him "
    "in March.",
)
add(
    "violence_with_injury",
    "da",
    "V STATES HER PARTNER HAS BEEN HITTING HER FOR YEARS, LAST NIGHT HE PUNCHED HER IN THE STOMACH, SHE IS 20 WEEKS "
    "PREGNANT, BRUISING SEEN BY OFFICERS",
)
add(
    "robbery",
    "knife",
    "Shoplifter waved a syringe at staff saying he had HIV when they tried to take the meat back, got away with it. "
    "Staff member V very shaken.",
)
add(
    "stalking_harassment",
    "onl",
    "Romance scam victim stopped paying 'Daniel' and now gets threatening Instagram messages saying he will post her "
    "photos everywhere. No further money lost.",
)
add(
    "violence_without_injury",
    "",
    "Common assault. Neighbour's son (15) threw eggs at V in the street and hit her, no injury, eggs only.",
)
add(
    "stalking_harassment",
    "da,onl",
    "V worried her ex might turn up with a knife like he used to carry, but today it's nasty Facebook messages "
    "only, no threats of weapons, he lives in another county.",
)
add(
    "theft_from_person",
    "",
    "V's purse taken out of the handbag on her arm on the bus. V mentioned her late sister was forced to marry years "
    "ago, nothing to do with this.",
)
add(
    "violence_with_injury",
    "",
    "V (17) kicked by a group of girls at the park, bruised ribs. No sexual element or exploitation concerns.",
)
add(
    "violence_without_injury",
    "",
    "S called V a 'fat cow' and pushed her in the chest outside the leisure centre, no injury.",
)
add(
    "stalking_harassment",
    "da",
    "Ex ringing V 30 times a day from withheld numbers and texting when she doesnt answer, nothing online, started "
    "after she got a new partner.",
)
add(
    "violence_with_injury",
    "",
    "S punched V at the bus stop, cut lip. Police found a knife in S's bag after arrest, V never saw it.",
)
add(
    "sexual_offences",
    "",
    "Self-ref: was at a festival and a man put his hand down my top in the crowd. Im 34. I told security.",
)
add(
    "fraud_computer_misuse",
    "",
    "Third party report. V says her son was scammed, he paid {amt} to a man on the phone for 'shares' "
    "that do not exist. "
    "V is reporting for him with his consent.",
)
add(
    "other_theft",
    "",
    "Employer kept V's last month's wages and her tool bag. V says she was free to leave, has own passport, no MS "
    "indicators. She wants her tools back.",
)
add(
    "public_order",
    "",
    "V (17) shouted at and sworn at by a man on the platform who accused her of pushing in, no touching, no sexual "
    "comments.",
)

# --- long narratives and very short notes ---------------------------------
add(
    "violence_with_injury",
    "da",
    "IDVA case note. V (34) came to the refuge drop-in, says partner of 7 yrs has got worse since she lost her job. "
    "Last Friday he came home drunk, accused her of cheating, grabbed her hair and smashed her face into the door "
    "frame, chipped tooth and swollen lip. He also takes her wages and checks her phone. Kids (6 and 9) in the house "
    "at the time. DASH 17, MARAC referral made, V wants to explore a non-mol.",
)
add(
    "robbery",
    "knife",
    "V ({age}) walking home through the park from a late shift about 2330hrs when two males on bikes cut him off, one "
    "pulled a big kitchen knife from his waistband and held it near his stomach and said give us everything. V handed "
    "over phone, wallet and headphones. Males rode off towards the canal. No injuries but V hasn't been back to work "
    "since and jumps at every noise. CCTV requested from the leisure centre.",
)
add(
    "burglary",
    "",
    "We got back from my mum's on Sunday evening and the patio door had been forced, glass cracked and the lock bent. "
    "They went through every room, took my engagement ring, two laptops, the kids Xbox and about £300 in a tin. The "
    "dog was shut in the kitchen and wasn't hurt thank god. Police came and dusted for prints. My daughter (9) won't "
    "sleep in her own room now. I don't know if we should move.",
)
add(
    "fraud_computer_misuse",
    "onl",
    "V ({old}) widower, met a woman in a Facebook group for bereaved people last spring. She said she was a nurse "
    "working overseas, they messaged every day on WhatsApp and she asked for money for flights, then customs fees, "
    "then a hospital bill. He has sent about £38,000 from savings and a loan. Bank stopped the last payment and "
    "told him it was a scam. He is embarrassed and hasn't told his children.",
)
add(
    "sexual_offences",
    "csae,onl",
    "MASH referral. Y10 pupil (14) told the school nurse a man she met on Instagram, who she thought was 17, picked "
    "her up from the retail park twice and took her to a flat where there were other men and she was given vodka. "
    "She says she had sex with him and his friend. She has been going missing overnight and has a new iPhone she "
    "can't explain. Strategy meeting booked, CSE risk high.",
)
add(
    "stalking_harassment",
    "da,onl",
    "I split up with my ex in January after 4 years. Since then he has messaged me on every platform, Instagram, "
    "Snapchat, even LinkedIn, and when I block him he makes new accounts. He has turned up at my work twice and sat "
    "in his car outside my mum's. Last week he left a card on my windscreen saying he'll always be watching. I'm "
    "scared to go out on my own.",
)
add(
    "violence_without_injury",
    "ms",
    "Outreach worker referral. V (around 40, Slovak) came to the soup kitchen saying a man brought him over promising "
    "building work. He and four others were driven to sites every day and never paid, the man kept their ID and bank "
    "cards and said they owed rent. V was told he'd be beaten if he went to police. He got away last night and has "
    "nowhere to stay. NRM being considered.",
)
add(
    "public_order",
    "hate",
    "V ({age}) runs a halal butchers on the parade. On Saturday four men stood outside the window for about 20 "
    "minutes shouting that Muslims were 'invaders' and the shop should be burnt. No one came in and nothing was "
    "damaged or touched, but customers left and V closed early. V's wife is now afraid to work in the shop. Officers "
    "have CCTV stills.",
)
add("theft_from_person", "", "Pickpocketed on the 42 bus, wallet gone.")
add("bicycle_theft", "", "Bike nicked from outside work again, lock cut.")
add("anti_social_behaviour", "", "Next door's party music until 4am again.")
add("criminal_damage_arson", "", "Car keyed outside the shops, whole drivers side.")
add("violence_with_injury", "da", "Ex-p punched her, black eye. DASH medium.")
add("other_theft", "", "Handbag taken off chair in pub Sat.")
add("shoplifting", "", "Same lad nicking meat from the store again.")
add("vehicle_offences", "", "Catalytic converter gone off the Jazz overnight.")
add("fraud_computer_misuse", "onl", "Paid for a PS5 on Vinted, never came.")
add("public_order", "hate", "Racist abuse shouted at V in the car park.")

# ---------------------------------------------------------------------------
# Generation.
# ---------------------------------------------------------------------------
CONTEXT = [
    " V not sleeping since.",
    " V wants to know what happens next.",
    " First contact with VS.",
    " V very anxious.",
    " Reported {when}.",
    " V would like regular updates.",
    " V tearful on the phone.",
    " V ok to be contacted.",
]
# Label-neutral shorthand and slips applied at random, as real notes do.
SHORTHAND = [
    (" and ", " & "),
    (" with ", " w/ "),
    (" because ", " bc "),
    (" before ", " b4 "),
    (" received ", " recieved "),
    (" their ", " thier "),
    (" police ", " Police "),
    (" hospital", " hosp"),
    (" about ", " abt "),
    (" the ", " teh "),
    (" doesn't ", " doesnt "),
    (" people ", " ppl "),
]


def fill(text: str, rng: random.Random) -> str:
    """Fill the slots of one template text with invented values."""
    values = {
        "fn": rng.choice(FEMALE),
        "mn": rng.choice(MALE),
        "sus": rng.choice(SUSPECT),
        "st": rng.choice(STREET),
        "when": rng.choice(WHEN),
        "hosp": rng.choice(HOSP),
        "amt": rng.choice(AMOUNT),
        "age": rng.choice(ADULT_AGE),
        "old": rng.choice(OLD_AGE),
        "mid": str(rng.randint(39, 58)),
        "cr": f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}/{rng.randint(23, 25)}",
        "pcn": str(rng.randint(1000, 9999)),
    }
    return text.format_map(values)


def dress(body: str, rng: random.Random) -> str:
    """Add a neutral referrer prefix, suffix, shorthand and case variation to a filled note."""
    prefix = rng.choice(PREFIXES)
    suffix = rng.choice(SUFFIXES)
    if "{cr}" in prefix and "{cr}" in suffix:
        suffix = ""
    if len(body.split()) < 9 and rng.random() < 0.7:
        prefix = suffix = ""
    if rng.random() < 0.15:
        suffix = rng.choice(CONTEXT) + suffix
    note = body
    for old, new in SHORTHAND:
        if old in note and rng.random() < 0.12:
            note = note.replace(old, new, 1)
    if rng.random() < 0.1 and note.endswith("."):
        note = note[:-1]
    note = fill(prefix, rng) + note + fill(suffix, rng)
    roll = rng.random()
    if roll < 0.035:
        note = note.upper()
    elif roll < 0.10:
        note = note.lower()
    return " ".join(note.split())


def plan_counts(rng: random.Random, target: int = 800, floor: int = 22) -> list[int]:
    """Decide how many notes (2 or 3) each template yields.

    Templates with a rare flag always yield 3; then categories below ``floor`` are topped up; then random
    templates are raised to 3 until the corpus reaches ``target`` notes.
    """
    counts = []
    for _, flags, _ in T:
        codes = {c for c in flags.split(",") if c}
        counts.append(3 if codes & RARE_FLAGS else 2)
    order = list(range(len(T)))
    rng.shuffle(order)
    for category in sorted({cat for cat, _, _ in T}):
        for i in order:
            if sum(n for j, n in enumerate(counts) if T[j][0] == category) >= floor:
                break
            if T[i][0] == category and counts[i] == 2:
                counts[i] = 3
    for i in order:
        if sum(counts) >= target:
            break
        counts[i] = 3
    return counts


def build(rng: random.Random) -> list[tuple[str, str, str]]:
    """Expand every template into distinct notes and return (text, category, flags) rows."""
    counts = plan_counts(rng)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for (category, flags, text), want in zip(T, counts, strict=True):
        codes = [c for c in flags.split(",") if c]
        flag_str = ";".join(f for f in FLAG_ORDER if f in {FLAG_CODES[c] for c in codes})
        made = 0
        tries = 0
        while made < want and tries < 50:
            tries += 1
            note = dress(fill(text, rng), rng)
            words = len(note.split())
            if note.lower() in seen or not 6 <= words <= 90:
                continue
            seen.add(note.lower())
            rows.append((note, category, flag_str))
            made += 1
    rng.shuffle(rows)
    return rows


def main() -> None:
    """Write the corpus CSV and print per-category and per-flag counts."""
    rng = random.Random(SEED)
    rows = build(rng)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "text", "category", "flags"])
        for i, (text, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"B6-{i:04d}", text, category, flags])
    cats = Counter(r[1] for r in rows)
    flags = Counter(f for r in rows for f in r[2].split(";") if f)
    print(f"templates={len(T)} notes={len(rows)} -> {OUT}")
    for cat, n in sorted(cats.items()):
        print(f"  {cat:32s} {n}")
    for flag in FLAG_ORDER:
        print(f"  flag {flag:32s} {flags[flag]}")


if __name__ == "__main__":
    main()
