"""Build the blind-5 synthetic referral-note corpus (``benchmarks/data/notes_blind5.csv``).

Written blind: the only project file consulted was ``/work/shared/TAXONOMY.md`` (plus the CSV
header of an earlier blind corpus for the column format). Nothing under ``src``, ``rules``,
``tests`` or ``models`` was read and the classifier was never run, so no note here was tuned
against the tool. Every note is invented: names, places and events are fictitious.

Each template carries its gold category and flags, worked out by hand from TAXONOMY.md (the
principal crime order, the 16+ condition of the domestic-abuse flag, the under-18 condition of
the child sexual abuse flag, the rules on when a flag is not set). Slots are filled only with
label-neutral values, so every note generated from a template keeps the template's labels.

Run with ``python benchmarks/make_blind5_corpus.py``; the output is deterministic.
"""

import csv
import random
from collections import Counter
from pathlib import Path

SEED = 20250505
OUT = Path(__file__).resolve().parent / "data" / "notes_blind5.csv"

FLAG_CODES = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "online": "online",
    "knife": "knife_sharp_instrument",
    "csae": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}
FLAG_ORDER = list(FLAG_CODES.values())

# Label-neutral slot values. Nothing in here may change a category or a flag.
SLOTS = {
    "fn": [
        "Kayleigh",
        "Priya",
        "Agnieszka",
        "Shannon",
        "Fatima",
        "Bethany",
        "Mel",
        "Joanne",
        "Chantelle",
        "Roisin",
        "Amara",
        "Ewa",
        "Leanne",
        "Nadia",
        "Tasha",
        "Gemma",
        "Yasmin",
        "Carys",
        "Dorota",
        "Keeley",
    ],
    "mn": [
        "Dean",
        "Ryan",
        "Kyle",
        "Marek",
        "Tariq",
        "Connor",
        "Jamal",
        "Gary",
        "Liam",
        "Dwayne",
        "Stuart",
        "Callum",
        "Imran",
        "Lee",
        "Darren",
        "Tomasz",
        "Rhys",
        "Nathan",
        "Kofi",
        "Shane",
    ],
    "town": [
        "Ashby Vale",
        "Northmoor",
        "Kelbridge",
        "Hollinwick",
        "Stanmere",
        "Burrowfield",
        "Cragley",
        "Wexham Cross",
        "Lowdon",
        "Marsham Green",
        "Pellow",
        "Fenbury",
    ],
    "place": [
        "outside the Co-op",
        "on the high st",
        "near the bus station",
        "in the precinct",
        "at the retail park",
        "by the canal path",
        "outside the chippy",
        "in the multistorey",
        "near the war memorial",
        "at the taxi rank",
        "by the leisure centre",
        "on the underpass",
    ],
    "day": [
        "Sat night",
        "yesterday",
        "last Tues",
        "on the 14th",
        "over the weekend",
        "this morning",
        "Fri evening",
        "on Sunday",
        "2 days ago",
        "last night",
        "on Weds",
        "earlier today",
    ],
    "time": [
        "approx 2300hrs",
        "at 0140",
        "around 10pm",
        "in the early hrs",
        "at lunchtime",
        "about 1730",
        "approx 0215",
        "around half 8",
        "at 1900ish",
    ],
    "shop": [
        "the Co-op",
        "Aldi",
        "B&M",
        "Boots",
        "a corner shop",
        "Greggs",
        "Superdrug",
        "the pound shop",
        "Lidl",
        "a convenience store",
        "Home Bargains",
        "the garage shop",
    ],
    "sm": ["Facebook", "Instagram", "TikTok", "X (Twitter)", "FB", "Insta"],
    "app": ["WhatsApp", "Snapchat", "Messenger", "Telegram", "Insta DMs", "Snap"],
    "dating": ["Tinder", "Hinge", "Plenty of Fish", "Bumble", "a dating site", "Match"],
    "market": ["FB Marketplace", "eBay", "Gumtree", "Vinted", "Depop", "Marketplace"],
    "game": ["Roblox", "Fortnite", "Discord", "Minecraft server", "an online game", "Xbox Live"],
    "ex": ["ex-p", "ex partner", "ex-boyfriend", "former partner", "ex", "ex-bf", "ex husband", "ex-partner"],
    "exf": ["ex-gf", "ex-wife", "ex girlfriend", "former partner", "ex-p", "ex"],
    "ptn": ["partner", "IP", "bf", "boyfriend", "husband", "fiance", "partner of 6 yrs", "live-in partner"],
    "inj": [
        "bruising to face",
        "cut lip",
        "black eye",
        "swollen jaw",
        "bloody nose",
        "bruised ribs",
        "cut above eye",
        "bruising to arms",
        "split lip and swollen cheek",
        "graze and lump on head",
    ],
    "noinj": [
        "no injuries",
        "no visible injuries",
        "nil injuries",
        "no marks",
        "not injured",
        "no injury",
        "no injuries seen",
        "no obvious injury",
    ],
    "blade": ["kitchen knife", "large knife", "lock knife", "blade", "knife", "carving knife"],
    "rel_fam": ["Mum", "Sister", "Dad", "Aunt", "Older brother", "Cousin", "Nan", "Uncle"],
    "club": ["a nightclub", "the Red Lion", "a bar in town", "a pub", "the club on Mill St", "a kebab shop"],
    "road": ["the A-road", "the bypass", "the dual carriageway", "Station Rd", "the ring road", "a country lane"],
    "item": [
        "phone",
        "wallet",
        "purse",
        "iPhone",
        "bank cards",
        "keys and phone",
        "cash",
        "Samsung",
        "AirPods",
    ],
    "lang": ["Polish", "Urdu", "Romanian", "Arabic", "Punjabi", "Tigrinya", "Portuguese", "Kurdish Sorani"],
}

PREFIXES = [
    "",
    "",
    "",
    "",
    "",
    "Police referral.",
    "Self-referral (web form):",
    "CH note -",
    "Caseworker note:",
    "Ref from PC {n}{n}{n}{n}.",
    "Triage:",
    "3rd party referral (GP):",
    "VCS referral -",
    "Crime ref {ref}.",
    "Action Fraud/police feed:",
    "Referral via 101:",
    "Handover from night shift -",
    "Victim Care Unit:",
]
DA_PREFIXES = ["IDVA:", "DA unit referral -", "Referred by IDVA.", "DA triage:"]
SUFFIXES = [
    "",
    "",
    "",
    "",
    "",
    "V consents to referral.",
    "Pls call after 3pm.",
    "OK to leave VM.",
    "Interpreter needed - {lang}.",
    "V wants info on court process.",
    "Needs help with VPS.",
    "V not sleeping, very anxious.",
    "Crime ref {ref}.",
    "OIC PC {n}{n}{n}{n}.",
    "Text only pls, V is deaf.",
    "Contact via email preferred.",
    "V has 2 kids at home.",
    "Refd for emotional support.",
    "V asked for a female caseworker.",
    "Call back requested.",
]
DA_SUFFIXES = ["NOT safe to leave VM.", "Call only between 10-12 when he is at work.", "Safe number given."]


# Domestic-abuse templates in the four largest categories yield two notes instead of three, which keeps
# domestic abuse positives near 20% of the corpus.
BIG_CATEGORIES = {"violence_with_injury", "violence_without_injury", "stalking_harassment", "sexual_offences"}


def t(cat, flags, text, n=None, neg=""):
    """Return one template record: gold category, flag set, text, number of notes and hard-negative note."""
    codes = tuple(FLAG_CODES[f] for f in flags.split())
    if n is None:
        n = 2 if ("domestic_abuse" in codes and cat in BIG_CATEGORIES) else 3
    return {"cat": cat, "flags": codes, "text": text, "n": n, "neg": neg}


TEMPLATES = [
    # ------------------------------------------------------------------ homicide
    t(
        "homicide",
        "knife",
        "Bereaved family referral - {rel_fam} of {mn} ({age}) who was stabbed to death {place} "
        "{day}. Offender not known to the family. FLO in place, family want help w funeral costs and press.",
    ),
    t(
        "homicide",
        "da",
        "Homicide service ref. V's son ({age}) killed at his flat by his partner, she has been "
        "charged w murder. DHR to follow. Mum not coping and can't face the trial.",
    ),
    t(
        "homicide",
        "",
        "dad of {age}yo lad who died after a single punch outside {club}. S charged with "
        "manslaughter. Dad wants info on VPS and court dates",
    ),
    t(
        "homicide",
        "da",
        "Sister found dead at her home {day}, ex-husband charged w murder. There had been a "
        "DASH (high) and MARAC ref the month before. Family angry at agencies.",
    ),
    t(
        "homicide",
        "",
        "{n}-month-old baby died with head injuries, mum's partner arrested on suspicion of murder. "
        "Maternal grandparents refd, they now care for the older sibling.",
        2,
        "da: victim an infant",
    ),
    t(
        "homicide",
        "da",
        "Grandad ({oage}) killed in his own home by his grandson ({age}) during a row over money, hit "
        "w a hammer. Daughter refd for support, trial at Crown Court in spring.",
    ),
    t(
        "homicide",
        "hate",
        "Family of {mn} who was murdered in what police are treating as a racially motivated "
        "attack - S shouted racist abuse at him before beating him. Widow + 3 kids. Interpreter {lang}.",
        2,
    ),
    t(
        "homicide",
        "knife",
        "V's partner stabbed to death in the street by a man he'd argued with over parking. "
        "V witnessed it, in shock. Not a domestic - S unknown to them both.",
        3,
        "da: offender a stranger",
    ),
    t(
        "homicide",
        "",
        "17yo shot dead in {town}, gang related per police. Mum + 2 younger siblings need support, "
        "scared of reprisals.",
        2,
    ),
    t(
        "homicide",
        "",
        "MANSLAUGHTER. V's brother died after being pushed down the stairs by his flatmate in an "
        "argument. Flatmate not a partner or relative. CPS have charged.",
        2,
        "da: flatmate",
    ),
    t(
        "homicide",
        "da",
        "Adult daughter refd: her mum ({oage}) was killed by her dad who then tried to take his own "
        "life. He is in custody. Long history of DA nobody knew about.",
    ),
    t(
        "homicide",
        "",
        "Murder of V's daughter ({age}) by a man she had met that night at {club}. No prior "
        "relationship. Parents refd by FLO {day}.",
        2,
    ),
    # ------------------------------------------------------------------ death / serious injury by driving
    t(
        "death_injury_driving",
        "",
        "RTC fatal. V's husband ({age}) killed on {road} when driver ran a red light at "
        "speed. Driver charged w causing death by dangerous driving. Widow refd by FLO.",
    ),
    t(
        "death_injury_driving",
        "",
        "Pedestrian V ({age}) hit on zebra crossing by driver on his phone, life changing "
        "injuries, leg amputated. Driver charged causing serious injury by careless driving.",
    ),
    t(
        "death_injury_driving",
        "",
        "cyclist killed by HGV turning left on {road}, driver charged causing death by "
        "careless driving. partner + young kids refd",
        2,
    ),
    t(
        "death_injury_driving",
        "",
        "Son ({teen}) was a passenger in a stolen car that crashed at 90mph, he died. "
        "Driver (19) charged death by dangerous driving + agg vehicle taking. Mum refd.",
    ),
    t(
        "death_injury_driving",
        "",
        "Drunk driver mounted pavement outside primary school, 2 children seriously "
        "injured, one in ICU. Charged serious injury by dangerous driving. Parents of one child refd.",
        2,
    ),
    t(
        "death_injury_driving",
        "",
        "Hit and run. V's daughter killed crossing {road}, driver unlicensed + uninsured, "
        "handed himself in 2 days later. Charged causing death by uninsured driving.",
    ),
    t(
        "death_injury_driving",
        "",
        "Motorcyclist V ({age}) has a spinal injury after a van pulled out of a junction "
        "without looking. Van driver charged w causing serious injury by careless driving.",
    ),
    t(
        "death_injury_driving",
        "",
        "Nan ({oage}) killed by a driver racing another car through {town}. Both drivers "
        "charged with causing death by dangerous driving. Family refd, interpreter {lang}.",
        2,
    ),
    t(
        "death_injury_driving",
        "",
        "family of man killed by a driver who was high on cocaine at the wheel - causing "
        "death by careless driving when unfit through drugs. Brother is the contact",
        2,
    ),
    # ------------------------------------------------------------------ violence with injury
    t(
        "violence_with_injury",
        "da",
        "DA. {ex} ({mn}) punched V in the face at child handover {day}, {inj}. DASH med. V wants non-mol info.",
    ),
    t(
        "violence_with_injury",
        "da",
        "V ({age}, male) headbutted by his boyfriend, broken nose. Same-sex couple, "
        "2nd incident this yr. V worried services won't take him seriously.",
    ),
    t(
        "violence_with_injury",
        "da",
        "V's son ({age}) pushed her into the radiator, head wound glued at A&E. Son uses "
        "cannabis heavily, V frightened of him but won't have him arrested.",
    ),
    t(
        "violence_with_injury",
        "",
        "s47 ABH - stranger in queue at {club} hit V with a metal bar, {inj}. V has no idea why. CCTV requested.",
    ),
    t(
        "violence_with_injury",
        "knife",
        "GBH s18: V stabbed in thigh {place} by group of youths, needed surgery. S's "
        "not known to V. V ({age}) now scared to go out.",
    ),
    t(
        "violence_with_injury",
        "da",
        "Family BBQ - V kicked repeatedly on the floor by her brother-in-law after a row "
        "about her sister, 2 broken ribs. V {age}.",
    ),
    t(
        "violence_with_injury",
        "",
        "Care home safeguarding: resident ({oage}) found with finger-mark bruising to both "
        "upper arms, care assistant seen grabbing her roughly. Staff member suspended.",
        3,
        "da: paid carer",
    ),
    t(
        "violence_with_injury",
        "da",
        "V ({oage}) shoved to the ground by her adult grandson during an argument about "
        "him moving back in, fractured wrist. Nothing taken. V says he's 'not a bad lad'.",
    ),
    t(
        "violence_with_injury",
        "hate",
        "Racially aggravated ABH. V ({lang} speaker) punched repeatedly {place} by a "
        "man shouting 'go back to your own country', {inj}.",
    ),
    t(
        "violence_with_injury",
        "da knife",
        "V ({age}) slashed across the forearm with a Stanley knife by his cousin "
        "over a drug debt, 14 stitches. Both adults, live in same street.",
    ),
    t(
        "violence_with_injury",
        "hate",
        "V is a trans woman, beaten up outside {club} by 2 men calling her slurs about "
        "being trans, concussion + {inj}. V reluctant to go to court.",
    ),
    t(
        "violence_with_injury",
        "da",
        "attempted murder. ex husband put his hands round V's neck and hit her head on "
        "the floor til she passed out, bruising + fractured eye socket. MARAC ref done.",
    ),
    t(
        "violence_with_injury",
        "",
        "V bitten on the hand by her flatmate during row over rent, skin broken. They are "
        "not in a relationship and not related - not a DA.",
        3,
        "da: flatmate, explicitly not DA",
    ),
    t(
        "violence_with_injury",
        "",
        "Door staff threw V down the stairs at {club}, broken ankle. V admits he was drunk "
        "but says he did nothing to deserve it.",
        2,
    ),
    t(
        "violence_with_injury",
        "da",
        "V ({teen}) hit with a belt by her dad after coming home late, welts on back of "
        "legs. School nurse saw marks. V staying w friend.",
    ),
    t(
        "violence_with_injury",
        "",
        "Child ({kid}) came to school with bruising to cheek, said mum's boyfriend slapped "
        "him. Children's social care + police joint visit.",
        3,
        "da: victim under 16",
    ),
    t(
        "violence_with_injury",
        "hate",
        "V (wheelchair user) assaulted by neighbour who called him a 'cripple' and "
        "tipped him out of his chair, cut to head. Ongoing disability hostility.",
    ),
    t(
        "violence_with_injury",
        "da",
        "Ex from nearly 20 yrs ago turned up at V's work out of the blue, dragged her by "
        "the hair into the car park, {inj}. V hadn't seen him since 2006.",
    ),
    t(
        "violence_with_injury",
        "da",
        "male V ({age}), wife threw a boiling kettle at him, burns to chest. V embarrassed "
        "to report, says it has been going on for years.",
    ),
    t(
        "violence_with_injury",
        "",
        "two males set about V at the taxi rank, facial fractures. V does not know them and denies any dispute.",
        2,
    ),
    t(
        "violence_with_injury",
        "da",
        "V's daughter-in-law scratched V's face and pulled out hair when V went round to "
        "see the grandchildren. V ({oage}) shaken.",
    ),
    t(
        "violence_with_injury",
        "",
        "Sunday league - V kicked in the head by an opposition player after a tackle, unconscious, ambulance. GBH.",
        2,
    ),
    t(
        "violence_with_injury",
        "",
        "Road rage {day}: other driver got out and punched V through his open window, fractured cheekbone. Reg taken.",
        2,
    ),
    t(
        "violence_with_injury",
        "knife",
        "Wedding reception, guest V didn't know smashed a glass and pushed it into "
        "V's face, 20 stitches. S arrested at scene.",
        2,
    ),
    t(
        "violence_with_injury",
        "",
        "V stood up for her sister and got punched by the sister's ex, {inj}. V and S "
        "never been in a relationship, V not related to him.",
        3,
        "da: sister's ex, not V's partner/family",
    ),
    t(
        "violence_with_injury",
        "da",
        "Stepdad ({age}) punched V (19) in the stomach and face in argument about rent "
        "money, {inj}. V wants to move out asap.",
    ),
    t(
        "violence_with_injury",
        "hate",
        "Muslim V attacked in mosque car park by 2 men shouting anti-Muslim abuse, hijab pulled off, punched, {inj}.",
    ),
    t(
        "violence_with_injury",
        "da knife",
        "V stabbed in shoulder with scissors by her {ptn} during an argument, "
        "puncture wound, S arrested. DVPN being considered.",
    ),
    t(
        "violence_with_injury",
        "",
        "V's mum was a DA victim years ago and V worries about repeating it, but this "
        "incident is a random male who broke her nose on a night out. No relationship to S.",
        2,
        "da: someone else's past",
    ),
    t(
        "violence_with_injury",
        "da",
        "V says her {ptn} twisted her arm behind her back until it popped, dislocated "
        "shoulder, A&E said injury consistent. He denies it, says she fell.",
    ),
    t(
        "violence_with_injury",
        "",
        "I was assaulted at work by a customer who threw a chair at me, cut on my "
        "forehead and concussion. Manager saw it.",
        2,
    ),
    t(
        "violence_with_injury",
        "hate",
        "V (gay man) assaulted walking home holding his partner's hand, group shouted "
        "homophobic abuse then punched him, {inj}. Partner not hurt.",
    ),
    t(
        "violence_with_injury",
        "hba",
        "GP safeguarding: girl ({kid}) found to have had FGM, family took her abroad "
        "in the summer holidays. FGM protection order applied for.",
        2,
        "da: victim under 16",
    ),
    t(
        "violence_with_injury",
        "da hba",
        "V ({age}) beaten by her father and older brother after refusing the marriage "
        "they arranged, told she has brought shame on the family. {inj}.",
    ),
    t(
        "violence_with_injury",
        "da",
        "ABH - V ({age}, woman) and her gf argued, gf threw a glass ashtray hitting V's "
        "head, 3 stitches. First incident per V.",
    ),
    t(
        "violence_with_injury",
        "da",
        "Dad ({oage}) has bruises on his arms + a cut lip, adult son who lives with him "
        "admitted shoving him. Son ({age}) is his main carer.",
    ),
    # ------------------------------------------------------------------ violence without injury
    t(
        "violence_without_injury",
        "da",
        "Common assault - {ptn} pushed V onto the sofa and spat at her, {noinj}. DASH std.",
    ),
    t(
        "violence_without_injury",
        "da",
        "TTK. {ex} stood on V's doorstep {day} and said he would kill her and the "
        "kids, V believes he means it. No weapon seen, {noinj}.",
    ),
    t(
        "violence_without_injury",
        "",
        "phone call from V's ex's brother saying 'I'll cut you up when I see you'. "
        "No blade present, not in person. V never in a relationship w the caller.",
        3,
        "da/knife/online: ex's brother, distant threat, phone call",
    ),
    t(
        "violence_without_injury",
        "knife",
        "Neighbour held a {blade} up at V over the fence and said he'd gut him. "
        "V believed he would do it. {noinj}. Ongoing dispute about the fence.",
    ),
    t(
        "violence_without_injury",
        "",
        "Neglect: 3 kids aged 2-7 found home alone, no food in the house, mum not seen "
        "for 2 days. Police protection used, refd by social worker.",
    ),
    t(
        "violence_without_injury",
        "ms",
        "V (Romanian, {age}) made to work at a hand car wash 12 hrs a day for no pay, "
        "boss took his passport, sleeps in the unit. NRM referral made.",
    ),
    t(
        "violence_without_injury",
        "ms",
        "V (Vietnamese, {teen}) found locked in a cannabis grow house, says he was "
        "brought to UK in a lorry and owes a debt to the men. NRM + ICTG.",
        3,
        "csae: no sexual element",
    ),
    t(
        "violence_without_injury",
        "",
        "Paramedic shoved by patient's relative while treating patient at home, "
        "{noinj}. Assault on emergency worker. Crew want support.",
        2,
    ),
    t(
        "violence_without_injury",
        "hate",
        "V spat at on the bus by a stranger shouting racist abuse at her. {noinj}. Driver stopped the bus.",
    ),
    t(
        "violence_without_injury",
        "",
        "Man in a car tried to get V's son ({kid}) to get in outside school, said mum "
        "sent him. Son ran off. Attempted child abduction, {noinj}.",
        2,
    ),
    t(
        "violence_without_injury",
        "da",
        "{ex} slapped V across the face at the school gates in front of the kids, no marks. V {age}. Prior DA logged.",
    ),
    t(
        "violence_without_injury",
        "da",
        "Male V says his wife throws things at him and pushes him, {noinj} this "
        "time. She also controls the money. V doesn't want her arrested.",
    ),
    t(
        "violence_without_injury",
        "",
        "landlord grabbed V's arm and pushed her out of the flat, {noinj}. V "
        "was 2 months behind on rent. no relationship",
        2,
    ),
    t(
        "violence_without_injury",
        "",
        "Child cruelty - dad regularly locks son ({kid}) in his room without food as "
        "punishment. School raised concern. {noinj}.",
        3,
        "da: victim under 16",
    ),
    t(
        "violence_without_injury",
        "ms",
        "Group of Lithuanian men working on a farm near {town}, wages withheld, told "
        "they'll be beaten if they leave, living in caravans. Forced labour.",
    ),
    t(
        "violence_without_injury",
        "ms",
        "domestic servitude: V (Nigerian, {age}) brought over as a 'nanny' by a "
        "family friend, not allowed out, no wages, passport held. V escaped {day}.",
        3,
        "da: family friend",
    ),
    t(
        "violence_without_injury",
        "da hba",
        "V ({teen}) says her uncle threatened to kill her if she doesn't agree to "
        "marry a cousin in Bangladesh this summer. {noinj}. Forced marriage unit contacted.",
    ),
    t(
        "violence_without_injury",
        "",
        "School referral: pupil ({yng}) punched in the stomach by another pupil in the "
        "yard, {noinj}. Ongoing falling out.",
        2,
    ),
    t(
        "violence_without_injury",
        "",
        "colleague texted V saying he'd bring a knife in tomorrow and stab her. No "
        "knife seen. HR involved, V off sick.",
        3,
        "knife/online: distant threat by SMS",
    ),
    t(
        "violence_without_injury",
        "da",
        "Partner's mum (V's MIL) slapped V during row about the baby, {noinj}. "
        "V is 19, lives w partner and his parents.",
    ),
    t(
        "violence_without_injury",
        "da",
        "V ({age}) grabbed and shaken by her adult brother who drinks most nights, "
        "{noinj}, V scared of him. Lives in mum's house.",
    ),
    t(
        "violence_without_injury",
        "",
        "S raised his fist and lunged at V {place} but was pulled back by his mates, no contact made. Strangers.",
        2,
    ),
    t(
        "violence_without_injury",
        "",
        "CAPVA - V's son ({yng}) hits and kicks her when he doesn't get his way, "
        "{noinj}. Mum exhausted, asking for family support.",
        3,
        "da: perpetrator under 16",
    ),
    t(
        "violence_without_injury",
        "da",
        "V's son ({teen}) shoved her into the wall when she took his Xbox, {noinj}. This has happened before.",
    ),
    t(
        "violence_without_injury",
        "da knife",
        "{ptn} held a {blade} to V's throat and said 'one more word and you're "
        "dead'. {noinj}. V fled to her mums. DASH high, MARAC.",
    ),
    t(
        "violence_without_injury",
        "knife",
        "In the pub S smashed a bottle and waved the broken end at V saying he'd "
        "open him up. V believed it. Staff intervened, {noinj}.",
        2,
    ),
    t(
        "violence_without_injury",
        "ms",
        "County lines - V's son ({yng}) found in a flat 100 miles from home with "
        "drugs, says older men make him sell and threaten his family. NRM referral, CCE.",
        2,
    ),
    t(
        "violence_without_injury",
        "ms",
        "Nail bar worker (Vietnamese woman) told customer she can't leave, boss keeps "
        "her ID, works 7 days for food and a bed. Trafficking concerns, NRM submitted.",
        2,
    ),
    t(
        "violence_without_injury",
        "",
        "V ({age}) was pushed over by a cyclist who rode at her deliberately on the "
        "towpath, {noinj}. Cyclist rode off laughing.",
        2,
    ),
    # ------------------------------------------------------------------ stalking and harassment
    t(
        "stalking_harassment",
        "da",
        "Stalking. {ex} follows V to work, parks outside her house, turned up at her gym "
        "3 times this wk. DASH high, MARAC ref.",
    ),
    t(
        "stalking_harassment",
        "online",
        "V getting constant abusive messages on {sm} from a woman she doesn't know, "
        "calling her a slag and a home wrecker. Blocked 5 accounts.",
    ),
    t(
        "stalking_harassment",
        "hate",
        "Malicious comms: anonymous letters pushed through V's door calling her a "
        "'p**i' and telling her to leave the street. 4 letters so far.",
    ),
    t(
        "stalking_harassment",
        "da",
        "{exf} sends 40+ texts a day and calls from withheld numbers, it's been 5 months "
        "since they split. V ({age}, male) worn down.",
        3,
        "online: texts and calls only",
    ),
    t(
        "stalking_harassment",
        "da",
        "Coercive control - husband controls all money, checks her receipts, tells her "
        "what to wear, has cut her off from family and friends. V wants to leave.",
    ),
    t(
        "stalking_harassment",
        "",
        "V's former work colleague keeps turning up at her house leaving flowers and notes, "
        "she has told him to stop. Never been in a relationship, he just fixated on her.",
        3,
        "da: colleague, no relationship",
    ),
    t(
        "stalking_harassment",
        "",
        "harassment by neighbour - shouts abuse every time V leaves the house, films her on "
        "his phone, been going on since March.",
        3,
    ),
    t(
        "stalking_harassment",
        "da online",
        "V's {ex} from uni (8 yrs ago) has found her on LinkedIn and {sm}, keeps making fake accounts to message her.",
    ),
    t(
        "stalking_harassment",
        "hate online",
        "Gay V targeted with homophobic posts about him on a local {sm} group by "
        "a neighbour, repeated, others joining in.",
    ),
    t(
        "stalking_harassment",
        "da online",
        "V's adult daughter sends her abusive {app} messages daily demanding money, "
        "threatens to stop her seeing the grandkids.",
    ),
    t(
        "stalking_harassment",
        "",
        "Unknown male waits at V's bus stop every morning, has taken photos of her and "
        "followed her home twice. V ({age}) terrified.",
        3,
    ),
    t(
        "stalking_harassment",
        "da hba",
        "V (19) - older brother controls where she goes, won't let her go to college, "
        "takes her phone, family say she is bringing shame on them.",
    ),
    t(
        "stalking_harassment",
        "online",
        "V is a local councillor getting abusive emails daily from the same constituent, some mention her kids.",
    ),
    t(
        "stalking_harassment",
        "da",
        "{ex} keeps driving past V's house and sitting outside in his car. Divorced 2019. "
        "No contact but V can't sleep.",
    ),
    t(
        "stalking_harassment",
        "da",
        "CCB in a same sex relationship - V's gf monitors who she sees, makes her ask "
        "permission to go out, goes through her phone every night.",
    ),
    t(
        "stalking_harassment",
        "",
        "patient fixated on V (a nurse), found her home address, leaves gifts, has turned "
        "up at her kids' school. Trust security aware.",
        3,
    ),
    t(
        "stalking_harassment",
        "da",
        "V getting nasty letters and voicemails from her former mother-in-law, blames V "
        "for the divorce. Weekly for months.",
    ),
    t(
        "stalking_harassment",
        "da online",
        "unwanted contact from {ex} via {app}, deletes msgs so no evidence, "
        "says he 'knows where she is'. V moved 2 months ago.",
    ),
    t(
        "stalking_harassment",
        "online",
        "V ({yng}) being bullied and harassed on TikTok by girls in her year, fake "
        "account made with her photos. Nothing sexual. School aware.",
        3,
        "csae: under 18 but not sexual",
    ),
    t(
        "stalking_harassment",
        "",
        "Landlord turns up unannounced, texts V late at night, threatens to evict her if "
        "she complains. V feels harassed.",
        2,
        "online: SMS only",
    ),
    t(
        "stalking_harassment",
        "hate online",
        "V (disabled, has cerebral palsy) gets comments mocking his disability on "
        "every YouTube video he posts, same user, months.",
    ),
    t(
        "stalking_harassment",
        "da",
        "Split 6 months ago, {ex} keeps showing up at V's mum's house and at her work, "
        "sent flowers w note 'you're mine'.",
    ),
    t(
        "stalking_harassment",
        "da",
        "Adult safeguarding. Son ({age}) who lives with V ({oage}) takes her pension, "
        "won't let her see her friends, listens to her calls. Economic + coercive control.",
    ),
    t(
        "stalking_harassment",
        "da hba",
        "V fled a forced marriage 2 yrs ago; her family have hired someone to track "
        "her down, turned up at her new town asking about her. Honour based abuse risk.",
    ),
    t(
        "stalking_harassment",
        "",
        "I keep getting silent calls and texts from a number I don't know, sometimes 20 a "
        "night. It's been weeks. Nobody I've been with.",
        2,
        "online/da: calls and texts, no partner",
    ),
    t(
        "stalking_harassment",
        "online",
        "Someone set up a fake {sm} profile in V's name posting lies about her to her "
        "friends and employer. V thinks it's an old school friend.",
        2,
    ),
    # ------------------------------------------------------------------ sexual offences
    t(
        "sexual_offences",
        "",
        "Rape. V ({age}) raped by a man she met on {dating} on their first date, at his flat. "
        "SARC attended. All contact before was normal chat.",
        3,
        "online: only the first contact was on a dating app; offence offline (see BLIND5.md)",
    ),
    t(
        "sexual_offences",
        "da csae",
        "V ({teen}) sexually assaulted by her boyfriend (19), he touched her after she "
        "said no. V told school counsellor.",
    ),
    t(
        "sexual_offences",
        "csae",
        "CSE concerns: {yng}yo girl going missing, older males giving her vodka, vapes, "
        "lifts in cars, sexual activity disclosed to youth worker.",
    ),
    t(
        "sexual_offences",
        "csae online",
        "Online grooming: boy ({kid}) sent sexual messages by an adult man on {game}, "
        "asked for pics and to meet. Parents found them.",
    ),
    t(
        "sexual_offences",
        "da",
        "Husband forces sex when she says no, has done for years. V ({age}) disclosed to "
        "IDVA {day}, doesn't want police yet.",
    ),
    t(
        "sexual_offences",
        "",
        "Indecent exposure - male exposed himself to V on the towpath {time}. V ran. Description given.",
        2,
    ),
    t(
        "sexual_offences",
        "",
        "Voyeurism: V found a hidden camera in the bathroom of the room she rents, landlord had installed it.",
        2,
    ),
    t(
        "sexual_offences",
        "csae",
        "Historic CSA: V ({age}) abused by her uncle from age 8 to 12, wants to report now. Uncle still alive.",
        3,
        "da: victim was under 16 at the time",
    ),
    t("sexual_offences", "", "male groped V's bottom in a packed train carriage {day}, BTP aware. V ({age}).", 2),
    t(
        "sexual_offences",
        "ms online",
        "V (Albanian, 22) moved between Airbnbs, advertised on adult websites, "
        "controlled by 2 men who keep the money. Sexual exploitation/trafficking, NRM.",
    ),
    t(
        "sexual_offences",
        "csae",
        "V ({yng}) raped by her stepbrother (20) while parents away. Disclosed to teacher, strategy meeting held.",
        3,
        "da: victim under 16",
    ),
    t(
        "sexual_offences",
        "da",
        "V ({age}) raped by her {ex} after he came round 'to talk'. DASH high. Evidence kit taken.",
    ),
    t(
        "sexual_offences",
        "",
        "V (has a learning disability) sexually assaulted by a support worker at her "
        "supported living placement. Adult safeguarding.",
        2,
        "hate/da: paid carer, no hostility",
    ),
    t(
        "sexual_offences",
        "csae",
        "{yng} yo in a 'relationship' with a 24 yo man she met through work experience, sexual activity disclosed.",
    ),
    t(
        "sexual_offences",
        "",
        "Upskirting on the escalator at {town} shopping centre, S filmed up V's skirt on his "
        "phone, caught by security.",
        2,
    ),
    t(
        "sexual_offences",
        "",
        "V woke up at a house party with no memory, believes she was spiked and raped. S is a friend of a friend.",
        2,
    ),
    t(
        "sexual_offences",
        "",
        "V sexually assaulted by massage therapist during appointment, touched intimately without consent.",
        2,
    ),
    t(
        "sexual_offences",
        "da csae",
        "V ({teen}) pressured by 'boyfriend' (25) into sex when she didn't want to and "
        "to send him nudes. Mum found out.",
    ),
    t(
        "sexual_offences",
        "",
        "Male V raped by another man he met in a bar. V says S knew he was gay but it wasn't "
        "hate related, no comments made.",
        2,
        "hate: explicitly not hostility",
    ),
    t(
        "sexual_offences",
        "",
        "attempted rape, V dragged into an alley by an unknown man {time}, fought him off. {noinj}.",
        2,
    ),
    t(
        "sexual_offences",
        "da",
        "Brother-in-law touched V ({age}) sexually while she slept on their sofa after a family party.",
    ),
    t(
        "sexual_offences",
        "knife",
        "V sexually assaulted at knifepoint in the park, S held a {blade} to her side. Stranger. SARC.",
        2,
    ),
    t(
        "sexual_offences",
        "csae",
        "Teacher at V's college had sexual relationship with V ({teen}), abuse of position of trust. V's mum refd.",
    ),
    t(
        "sexual_offences",
        "csae online",
        "V ({yng}, boy) chatted on {sm} to a 'girl' who got him to send a sexual "
        "video, now demanding £{amt} or they will send it to his friends. Sextortion.",
    ),
    t(
        "sexual_offences",
        "csae online",
        "V's daughter ({yng}) has been sending explicit pics to a 30yo man on {app} "
        "who asked for them and sent her pics of himself.",
    ),
    t(
        "sexual_offences",
        "da hba",
        "V ({age}) taken to Pakistan and forced to marry her cousin, he raped her there "
        "and since coming to UK. Forced marriage unit involved.",
    ),
    # ------------------------------------------------------------------ robbery
    t(
        "robbery",
        "",
        "ROBBERY - V's {item} snatched, she held on and was punched, {inj}. S ran off towards the station.",
    ),
    t(
        "robbery",
        "knife",
        "Knifepoint robbery: 2 males on mopeds showed a machete and took V's watch + {item} {place}.",
        3,
    ),
    t(
        "robbery",
        "knife",
        "V mugged walking home, S said he had a knife in his pocket and V believed him, handed "
        "over his {item}. Didn't actually see a blade.",
    ),
    t(
        "robbery",
        "",
        "Business robbery - petrol station cashier threatened by male pretending to have a gun under "
        "his jacket, took £{amt} from the till.",
        2,
        "knife: no blade",
    ),
    t("robbery", "da", "V's {ex} twisted her arm til she gave him her bank card + PIN, took £{amt}. V {age}."),
    t(
        "robbery",
        "",
        "V ({yng}) surrounded by 4 lads at the park, pushed against the fence and made to hand over "
        "his trainers and phone.",
        3,
        "da: strangers",
    ),
    t(
        "robbery",
        "",
        "bag snatch, V dragged along the pavement when she held onto the strap, grazes to knees, S got the bag.",
        2,
    ),
    t(
        "robbery",
        "da",
        "V ({oage}) - adult son pinned her against the wall and took her purse to buy drugs. Happens when he relapses.",
    ),
    t(
        "robbery",
        "knife",
        "Attempted robbery: S pulled a {blade} and demanded V's {item}, V ran off, nothing taken. {noinj}.",
        2,
    ),
    t(
        "robbery",
        "hate",
        "Group shouted homophobic abuse at V then kicked him and took his {item}. Street robbery {place}.",
    ),
    t("robbery", "", "Delivery driver robbed of parcels by 2 men who threatened him with a hammer, {noinj}.", 2),
    t(
        "robbery",
        "",
        "Carjacking - man pulled V out of her car at traffic lights and drove off in it. V bruised.",
        2,
        "vehicle_offences: force used to steal the car",
    ),
    t("robbery", "", "v punched to the floor outside {club} and his wallet was taken while he was down, {inj}", 2),
    # ------------------------------------------------------------------ burglary
    t(
        "burglary",
        "",
        "Res burglary - back door forced {time} while family asleep, laptop and car keys taken, car "
        "then taken off the drive.",
        3,
        "vehicle_offences: burglary outranks",
    ),
    t(
        "burglary",
        "",
        "Distraction burglary. 2 men posing as water board got into V's ({oage}) house, one kept her "
        "talking, cash taken from bedroom.",
        3,
        "fraud: deception used to enter",
    ),
    t("burglary", "", "Shed broken into overnight, 2 bikes and power tools stolen.", 3, "bicycle_theft: from a shed"),
    t(
        "burglary",
        "",
        "Burglars came in {time} while V slept, CCTV shows one had a knife in his hand, V never "
        "woke or saw them. TV + jewellery gone.",
        2,
        "knife: not used or shown to V",
    ),
    t(
        "burglary",
        "da",
        "{ex} let himself into V's flat with an old key while she was at work, took her passport "
        "and some jewellery. V changed locks.",
    ),
    t("burglary", "", "Business burglary: cafe broken into through the skylight, till and coffee machine taken.", 2),
    t(
        "burglary",
        "",
        "Attempted burglary - marks on V's door frame where someone tried to jemmy it, nothing taken. V "
        "lives alone, scared.",
        2,
    ),
    t("burglary", "", "Student house in {town} burgled over reading week, 3 laptops and a PS5 taken.", 2),
    t(
        "burglary",
        "",
        "Someone got into V's attached garage through the side door and took his tools and a lawnmower.",
        2,
    ),
    t(
        "burglary",
        "hate",
        "Burglary - house entered and racist graffiti sprayed on the living room wall, TV taken. "
        "V is a Black British family.",
    ),
    t(
        "burglary",
        "da",
        "V came home and found her brother ({age}) had climbed in through the window and taken her "
        "TV to sell. He's not allowed in the house.",
    ),
    t(
        "burglary",
        "",
        "V woke to find a stranger in her kitchen, he ran out the back with her handbag. No threats or force used.",
        2,
        "robbery: no force",
    ),
    t("burglary", "", "Burglary at community centre - door forced, kids' club laptops stolen.", 2),
    # ------------------------------------------------------------------ vehicle offences
    t("vehicle_offences", "", "Catalytic converter cut off V's Prius overnight on the drive, V needs car for work.", 3),
    t(
        "vehicle_offences",
        "",
        "Car stolen from outside the house, keyless relay theft suspected, caught on neighbour's doorbell cam.",
        3,
    ),
    t(
        "vehicle_offences",
        "",
        "Tools taken from V's van overnight, he thinks he left it unlocked, no damage. He's self-employed.",
        2,
    ),
    t(
        "vehicle_offences",
        "",
        "youths seen trying door handles on cars down the road, V's car door opened and "
        "glovebox gone through. Nothing taken.",
        2,
    ),
    t(
        "vehicle_offences",
        "da",
        "V's {ex} took her car without permission {day} and hasn't returned it, V is the "
        "registered keeper. He says it's 'his'.",
    ),
    t("vehicle_offences", "", "Both number plates stolen off V's car while parked at work.", 2),
    t(
        "vehicle_offences",
        "",
        "Aggravated vehicle taking - V's car stolen and crashed into a wall by joyriders, no-one "
        "hurt. V has no other transport.",
        2,
    ),
    t("vehicle_offences", "", "Sat nav and sunglasses taken from V's unlocked car {place}.", 2),
    t("vehicle_offences", "", "V's moped stolen from outside the flats, found abandoned a mile away.", 2),
    t("vehicle_offences", "", "Motorhome stolen from storage yard, V + wife lived in it half the year.", 2),
    # ------------------------------------------------------------------ theft from the person
    t(
        "theft_from_person",
        "",
        "Pickpocket on a busy bus, V's purse taken from her handbag, didn't notice til she got off.",
        3,
    ),
    t(
        "theft_from_person",
        "",
        "Phone snatched out of V's hand by a lad on a bike {place}, no force used, {noinj}.",
        3,
        "robbery: no force",
    ),
    t(
        "theft_from_person",
        "",
        "Elderly V ({oage}) had wallet taken from coat pocket in the market, didn't feel a thing.",
        2,
    ),
    t("theft_from_person", "", "V's bumbag unzipped and phone taken in the crowd at a festival.", 2),
    t(
        "theft_from_person",
        "",
        "Moped rider grabbed V's phone from her hand while she was on a call, didn't touch her.",
        2,
        "robbery: no force",
    ),
    t(
        "theft_from_person",
        "",
        "Distraction theft - man asked V for directions while another took his wallet from his back pocket.",
        2,
    ),
    t(
        "theft_from_person",
        "",
        "V (autistic) had his {item} taken from his hand at the bus stop by youths, no force, "
        "no comments made about him.",
        2,
        "hate: no hostility disclosed",
    ),
    t(
        "theft_from_person",
        "",
        "purse dipped from the shopping bag on V's arm in the checkout queue, V didn't feel it",
        2,
    ),
    # ------------------------------------------------------------------ bicycle theft
    t("bicycle_theft", "", "Bike stolen from the rack outside the station, lock cut. V commutes on it.", 3),
    t("bicycle_theft", "", "son's bike nicked from the front garden {day}", 3, "burglary: not from a building"),
    t(
        "bicycle_theft",
        "",
        "Delivery rider's pedal bike taken while he was inside collecting an order, his only income.",
        3,
    ),
    t("bicycle_theft", "", "Child's bike taken from outside school gates, mum reporting.", 2),
    t("bicycle_theft", "", "V left bicycle unlocked outside the gym for 2 mins, gone when he came out.", 2),
    t(
        "bicycle_theft",
        "",
        "Bike stolen from front garden by a male in a balaclava, V shouted, he rode off on it. No confrontation.",
        2,
    ),
    t("bicycle_theft", "", "V's mountain bike stolen from the bike racks at work, CCTV being checked.", 2),
    # ------------------------------------------------------------------ shoplifting
    t(
        "shoplifting",
        "",
        "Shop manager at {shop}: same male stealing meat and coffee weekly, swears at staff on the way out.",
        3,
    ),
    t("shoplifting", "", "bottles of spirits taken from {shop}, S known to staff, 4th time this month", 3),
    t("shoplifting", "", "Youth ({yng}) caught shoplifting make-up at {shop}, parents informed.", 2),
    t(
        "shoplifting",
        "",
        "Small independent shop owner says teenagers keep nicking sweets and energy drinks, losing money.",
        2,
    ),
    t(
        "shoplifting",
        "",
        "Self checkout theft - customer scanned cheap items and bagged the expensive ones, caught on CCTV.",
        2,
    ),
    t("shoplifting", "", "Shoplifting at garden centre: plants and tools hidden in a pram.", 2),
    t(
        "shoplifting",
        "",
        "Pharmacy assistant refd - women stealing baby formula to order from the shop, staff feel helpless.",
        2,
    ),
    t(
        "shoplifting",
        "",
        "Charity shop volunteer V upset after man walked out with a coat without paying, no confrontation.",
        2,
    ),
    # ------------------------------------------------------------------ other theft
    t(
        "other_theft",
        "",
        "Theft by cleaner - V's rings and cash going missing from her home over months, cleaner admitted it.",
        3,
        "burglary: lawful entry",
    ),
    t("other_theft", "", "Parcel taken off V's doorstep minutes after delivery, on doorbell cam.", 2),
    t("other_theft", "", "Making off without payment: taxi passenger ran off without paying £{amt} fare.", 2),
    t(
        "other_theft",
        "online",
        "Blackmail - someone hacked V's {sm} account and says he will post her private messages publicly "
        "unless she pays £{amt}. V ({age}), no idea who it is.",
        3,
    ),
    t(
        "other_theft",
        "",
        "Cheque book stolen from V's post, 3 cheques cashed by someone else.",
        2,
        "fraud: theft of mail outranks",
    ),
    t("other_theft", "", "Fuel drive off at the garage, £{amt} of diesel. Cashier upset.", 2),
    t("other_theft", "", "Lead stripped from the church roof again, churchwarden refd.", 2, "burglary: no entry"),
    t(
        "other_theft",
        "",
        "V's phone taken from the table in the pub while she was at the bar.",
        3,
        "theft_from_person: not on the person",
    ),
    t(
        "other_theft",
        "",
        "Paid carer took £{amt} cash from V's purse while V ({oage}) was in the bath.",
        2,
        "da: paid carer",
    ),
    t(
        "other_theft",
        "da",
        "V's adult son took £{amt} from her purse while visiting, 3rd time. V ({oage}) doesn't want him in trouble.",
    ),
    t(
        "other_theft",
        "",
        "Garden furniture and plant pots taken from V's front garden overnight.",
        2,
        "burglary: not from a building",
    ),
    t(
        "other_theft",
        "da",
        "{ex} threatening to tell V's new husband about her old debts unless she pays him £{amt}. "
        "Threats made by text and phone.",
        3,
        "online: text and phone only",
    ),
    t("other_theft", "", "Dog (French bulldog) stolen from V's back garden, V heartbroken.", 2),
    t(
        "other_theft",
        "",
        "V's handbag taken from her shopping trolley at the supermarket while she looked at the shelf.",
        2,
        "theft_from_person: not on the person",
    ),
    t("other_theft", "", "Theft by employee - warehouse worker caught taking stock home, employer refd.", 2),
    # ------------------------------------------------------------------ criminal damage and arson
    t(
        "criminal_damage_arson",
        "",
        "Arson - wheelie bin set alight against V's front door {time}, door scorched, family inside.",
        3,
    ),
    t(
        "criminal_damage_arson",
        "da",
        "{ex} smashed V's windows and kicked the front door after she wouldn't let him in. Didn't get in. {noinj}.",
    ),
    t("criminal_damage_arson", "", "Car keyed down both sides and tyres let down overnight.", 2),
    t("criminal_damage_arson", "hate", "Racist graffiti daubed on V's shop shutters, second time this year.", 3),
    t(
        "criminal_damage_arson",
        "da",
        "Husband smashed V's phone so she couldn't call anyone, {noinj}, he left before police came.",
    ),
    t(
        "criminal_damage_arson",
        "",
        "Kids threw stones at V's greenhouse, 6 panes smashed.",
        2,
        "anti_social_behaviour: damage done",
    ),
    t("criminal_damage_arson", "", "V's car set on fire on the drive {time}, fire service attended.", 2),
    t("criminal_damage_arson", "hate", "Swastikas scratched into the door of the synagogue, caretaker refd.", 2),
    t(
        "criminal_damage_arson",
        "da",
        "Adult daughter trashed V's living room, broke the TV and glass table during a row over money. V ({oage}).",
    ),
    t(
        "criminal_damage_arson",
        "",
        "Fire deliberately started in the communal bin store of the flats, residents evacuated.",
        2,
    ),
    t("criminal_damage_arson", "", "Neighbour cut down V's hedge and poisoned her plants after a boundary dispute.", 2),
    t(
        "criminal_damage_arson",
        "hate",
        "Rainbow flag burnt in V's garden and windows egged, neighbour said 'we don't "
        "want your sort here'. V and his husband shaken.",
    ),
    t("criminal_damage_arson", "", "Gravestone of V's late wife pushed over and broken at the cemetery.", 2),
    t("criminal_damage_arson", "da", "{ex} poured paint stripper all over V's car. V has a non-mol in place."),
    # ------------------------------------------------------------------ drug offences
    t(
        "drug_offences",
        "",
        "Resident V says neighbour is dealing from his flat, constant visitors, V saw a deal "
        "through the window. Police raid found heroin.",
        2,
    ),
    t("drug_offences", "", "V's son (19) found with a bag of cannabis, cautioned. V wants advice and support.", 2),
    t("drug_offences", "", "Cannabis factory found in the loft of a house V lets out, tenants gone.", 2),
    t("drug_offences", "", "Crack being sold in the park next to the primary school, community referral.", 2),
    t(
        "drug_offences",
        "",
        "V ({age}) arrested for possession of ketamine at a festival, refd as she is vulnerable.",
        2,
    ),
    t(
        "drug_offences",
        "",
        "V's {ptn} grows cannabis in the spare room, V worried she'll get in trouble. Denies any DA, no abuse.",
        3,
        "da: partner but no abuse, denied",
    ),
    t(
        "drug_offences",
        "online",
        "Dealer selling pills to students in V's halls, advertises on {app}. V was offered them.",
        2,
    ),
    t("drug_offences", "", "Balloons and nitrous canisters being sold from a car outside the shops.", 2),
    t(
        "drug_offences",
        "",
        "Drugs found in V's car after her {ex} borrowed it, she thinks he used it to deal. No "
        "abuse or threats towards V.",
        2,
        "da: ex-partner but no abuse",
    ),
    # ------------------------------------------------------------------ possession of weapons
    t(
        "possession_of_weapons",
        "",
        "Knife found in son's school bag ({yng}), school called police. No threats to anyone.",
        3,
        "knife: carrying only",
    ),
    t(
        "possession_of_weapons",
        "",
        "Male seen carrying a machete in the park {time}, no threats made, arrested.",
        3,
        "knife: carrying only",
    ),
    t("possession_of_weapons", "", "Neighbour has a shotgun without a licence, V worried, keeps it in his shed.", 2),
    t(
        "possession_of_weapons",
        "",
        "V's {ptn} stopped and searched, lock knife found. No abuse, V worried he carries it. Nil DA.",
        2,
        "knife/da: carrying, nil DA",
    ),
    t("possession_of_weapons", "", "Knuckleduster and telescopic baton found in car during stop check.", 2),
    t("possession_of_weapons", "", "CS gas spray found in V's flatmate's room, V scared.", 2),
    t(
        "possession_of_weapons",
        "",
        "S had a kitchen knife in his waistband at the bus station, CCTV spotted, no threats to anyone.",
        2,
        "knife: carrying only",
    ),
    t("possession_of_weapons", "", "Crossbow found under grandson's bed during police search, not used on anyone.", 2),
    t(
        "possession_of_weapons",
        "",
        "Man seen with what looked like a gun in the shopping centre, people ran. Imitation firearm recovered.",
        2,
    ),
    # ------------------------------------------------------------------ public order
    t("public_order", "", "S4 POA - neighbour shouting 'I'll do you' in the street, V alarmed, no contact made.", 2),
    t(
        "public_order",
        "hate",
        "Racially aggravated public order: taxi driver V called racial slurs by drunk passengers, {noinj}.",
        3,
    ),
    t("public_order", "", "Brawl outside the pub, violent disorder, V a bystander, {noinj}, very shaken.", 2),
    t("public_order", "hate", "Man shouting homophobic abuse at V and his partner on the high st.", 2),
    t(
        "public_order",
        "",
        "Fight broke out between 2 groups at a wedding reception, V (venue manager) frightened, no-one hurt. Affray.",
        2,
    ),
    t("public_order", "", "Drunk male shouting and swearing at bus driver V, {noinj}, no assault.", 2),
    t("public_order", "hate", "Antisemitic abuse shouted at V outside the synagogue.", 2),
    t(
        "public_order",
        "hate",
        "V (learning disability) taunted and called 'retard' by teens at the bus stop, V very distressed.",
        2,
    ),
    t(
        "public_order",
        "da",
        "{ex} shouting and swearing outside V's house at 2am, neighbours came out. {noinj}. Previous DA incidents.",
    ),
    t("public_order", "hate", "Group of men shouting 'terrorist' at a Muslim woman on the train, V frightened.", 2),
    t(
        "public_order",
        "",
        "Threatening behaviour at GP reception - patient shouting, banging the counter, staff scared.",
        2,
    ),
    t(
        "public_order",
        "",
        "V called a 'stupid b***h' and a 'slag' by a stranger {place}, V distressed. No other comments.",
        2,
        "hate: misogynistic abuse, not a protected strand",
    ),
    t("public_order", "", "Football fans throwing bottles in the town centre, shop owner V distressed.", 2),
    # ------------------------------------------------------------------ misc crimes against society
    t(
        "misc_crimes_against_society",
        "",
        "Pawnbroker refd - man tried to sell stolen gold, arrested for handling stolen goods.",
        2,
    ),
    t(
        "misc_crimes_against_society",
        "csae",
        "Indecent images of children found on V's {ptn}'s laptop, V devastated, no contact offences known.",
        3,
        "da: partner but no abuse to V",
    ),
    t(
        "misc_crimes_against_society",
        "",
        "V is a witness to a robbery at her work; S's friends turned up and offered her money not to give evidence.",
        2,
    ),
    t(
        "misc_crimes_against_society",
        "",
        "Car speeding through the estate, mounted the kerb and nearly hit V's kids, no-one hurt. Dangerous driving.",
        2,
        "death_injury_driving: no injury",
    ),
    t(
        "misc_crimes_against_society",
        "da",
        "{ex} breached bail by coming onto V's street, bail was from the DA case. Arrested. No contact made.",
    ),
    t(
        "misc_crimes_against_society",
        "",
        "Neighbour said he'd smash V's car windows if she parked there again.",
        2,
        "criminal_damage_arson: threat only",
    ),
    t(
        "misc_crimes_against_society",
        "da",
        "{ex} texted saying he'll burn V's house down. No threats to her, no fire. Text only.",
        3,
        "online/criminal_damage_arson: SMS threat",
    ),
    t(
        "misc_crimes_against_society",
        "",
        "Someone forged V's signature on a planning objection letter sent to the council.",
        2,
    ),
    t(
        "misc_crimes_against_society",
        "",
        "Bigamy - V found out her husband is already married in another country. No abuse.",
        2,
        "da: husband but no abuse disclosed",
    ),
    t("misc_crimes_against_society", "", "Witness lied in court in V's case, perjury alleged.", 2),
    t(
        "misc_crimes_against_society",
        "",
        "V's adult son arrested after she found forged passports and driving licences in his room. No abuse towards V.",
        2,
        "da: son but no abuse",
    ),
    t(
        "misc_crimes_against_society",
        "csae online",
        "V found indecent images of children in a {app} group her {ptn} had been added to, reported to police.",
        2,
        "da: partner but no abuse to V",
    ),
    t("misc_crimes_against_society", "", "S failed to appear at court, warrant issued. V (witness) anxious.", 2),
    # ------------------------------------------------------------------ fraud and computer misuse
    t(
        "fraud_computer_misuse",
        "online",
        "Romance scam - V ({oage}) sent £{amt} to a man she met on {dating} claiming to be an army doctor in Syria.",
        3,
    ),
    t(
        "fraud_computer_misuse",
        "",
        "Courier fraud: caller pretending to be police told V her bank was compromised, "
        "courier collected her cards. V ({oage}).",
        3,
        "online: phone only",
    ),
    t("fraud_computer_misuse", "online", "Crypto investment scam seen on {sm}, V lost £{amt}.", 3),
    t(
        "fraud_computer_misuse",
        "",
        "Identity fraud: 2 loans taken out in V's name, she found out from credit check.",
        2,
    ),
    t(
        "fraud_computer_misuse",
        "da",
        "V's {ex} took out credit cards in her name while they were together, she found "
        "out after the split. Economic abuse.",
    ),
    t("fraud_computer_misuse", "online", "{market} scam - paid £{amt} deposit for a puppy that doesn't exist.", 3),
    t("fraud_computer_misuse", "online", "Email account hacked, contacts sent messages asking for money.", 2),
    t(
        "fraud_computer_misuse",
        "online",
        "Clicked a link in a text, entered card details on a fake bank website, lost £{amt}.",
        2,
    ),
    t(
        "fraud_computer_misuse",
        "",
        "HMRC scam call - V told she'd be arrested, paid £{amt} in vouchers.",
        2,
        "online: phone only",
    ),
    t(
        "fraud_computer_misuse",
        "da",
        "Adult son using V's ({oage}) bank card without permission, £{amt} over months. Financial abuse.",
    ),
    t(
        "fraud_computer_misuse",
        "",
        "Rogue trader charged V ({oage}) £{amt} for roof work she didn't need.",
        2,
        "burglary: invited in",
    ),
    t("fraud_computer_misuse", "online", "Bought concert tickets from a seller on {sm}, never arrived.", 2),
    t("fraud_computer_misuse", "da online", "{ex} logged into V's Insta and deleted her photos, changed her password."),
    t("fraud_computer_misuse", "online", "Holiday booked through a fake website, lost £{amt}.", 2),
    t(
        "fraud_computer_misuse",
        "online",
        "Invoice redirection: V's business paid a fake invoice after the supplier's email was hacked.",
        2,
    ),
    t(
        "fraud_computer_misuse",
        "online",
        "Caller claiming to be Microsoft got V to install remote access software, "
        "then took money from her online banking.",
        2,
    ),
    t(
        "fraud_computer_misuse",
        "",
        "V (has dementia) talked into signing over her savings to a 'friend' who befriended her at church.",
        2,
    ),
    # ------------------------------------------------------------------ longer, multi-offence and mixed notes
    t(
        "violence_with_injury",
        "da",
        "V ({age}) says her {ex} turned up drunk {time}, kicked the door in, grabbed her "
        "phone and smashed it, then punched her in the mouth (split lip), took her car keys and drove off in her car. "
        "Kids were upstairs. DASH high, he has done this before.",
    ),
    t(
        "robbery",
        "knife",
        "Shop worker at {shop} threatened with a {blade} by a shoplifter when she tried to stop him "
        "leaving with a bag of stock, he got away with it. {noinj}. Staff member wants support.",
        2,
        "shoplifting: threat used to keep the goods",
    ),
    t(
        "robbery",
        "",
        "i was walking home and a man started following me then grabbed my bag and pulled me to the "
        "ground, I let go and he ran off with it. knee cut. he didnt say anything",
        2,
    ),
    t(
        "violence_with_injury",
        "hate",
        "Racist neighbour - for a year has called V's family racist names and egged "
        "their windows, {day} he punched V's husband, black eye. Referral is for the husband.",
        2,
    ),
    t(
        "violence_with_injury",
        "knife",
        "V's son ({teen}) stabbed in the leg by another teenager over a postcode "
        "dispute, surgery, now home. Mum refd, son won't engage.",
        2,
    ),
    t(
        "violence_without_injury",
        "",
        "Security guard at {shop} spat at by a shoplifter he stopped at the door, "
        "{noinj}, goods recovered. Guard refd for support.",
        2,
        "shoplifting: assault on guard outranks",
    ),
    t(
        "robbery",
        "",
        "Nail bar robbed by 2 men with a hammer, staff member V ({age}) terrified. Police checked, no "
        "trafficking or exploitation concerns for staff.",
        2,
        "modern_slavery: explicitly none",
    ),
    t(
        "fraud_computer_misuse",
        "online",
        "V ({age}) lost £{amt} to a wedding venue scam on {sm}. The marriage is "
        "arranged but V says she is happy and consenting, no concerns at all.",
        2,
        "honour_based_abuse: consenting arranged marriage",
    ),
    t(
        "burglary",
        "",
        "Burglary at V's flat while at work, jewellery taken. V mentioned her friend had FGM as a child "
        "but V is not at risk and it is not part of this referral.",
        2,
        "honour_based_abuse: someone else's past",
    ),
    t(
        "violence_without_injury",
        "ms",
        "V (Eritrean, {age}) paid smugglers, then made to work unpaid in a takeaway "
        "kitchen to repay a 'debt' that keeps rising, told his family back home will be hurt if he leaves.",
    ),
    t(
        "violence_without_injury",
        "ms",
        "V (Slovak, {age}) recruited for 'factory work', now housed with 12 others, "
        "gangmaster holds his bank card and takes his wages. NRM referral via first responder.",
    ),
    t(
        "violence_without_injury",
        "ms",
        "Man with learning disabilities found living in a shed, made to lay block "
        "paving for a family (not related) for years with no pay. Adult safeguarding + MSHT team.",
        2,
    ),
    t(
        "violence_without_injury",
        "ms",
        "Forced begging - V ({teen}) brought to UK and made to beg outside "
        "supermarkets, money taken by the men who brought her. No sexual exploitation disclosed.",
        2,
    ),
    t(
        "violence_without_injury",
        "da hba online",
        "V ({age}) getting {app} messages from cousins abroad saying they "
        "will kill her for marrying outside the caste and dishonouring the family. {noinj}.",
        2,
    ),
    t(
        "violence_with_injury",
        "da hba",
        "Mother and aunt beat V ({teen}) with a slipper and locked her in her room "
        "for having a boyfriend, said she has shamed the family. Bruising to legs.",
        2,
    ),
    t(
        "theft_from_person",
        "",
        "I was at the bus station and felt someone brush past me, when I got on the bus my "
        "wallet had gone from my jacket pocket. Cards cancelled.",
        2,
    ),
    t(
        "theft_from_person",
        "",
        "phone lifted out of V's back pocket in the queue at {club}, only realised when she went to pay",
        2,
    ),
    t(
        "theft_from_person",
        "",
        "Tourist V had passport and cash taken from the rucksack on his back on a crowded "
        "tram, no force, noticed at the hotel.",
        2,
    ),
    t(
        "theft_from_person",
        "",
        "V ({oage}) hugged by a woman 'collecting for charity' at the cashpoint, afterwards "
        "her necklace was gone. Didn't feel it taken.",
        2,
    ),
    t("shoplifting", "", "Two women walked out of {shop} with bags of perfume, staff didn't challenge them.", 2),
    t(
        "shoplifting",
        "",
        "Large shop theft - male filled a trolley and walked out of {shop} without paying, about £{amt} of goods.",
        2,
    ),
    t(
        "shoplifting",
        "",
        "Lad stole packs of razor blades and baby milk from {shop}, staff recognised him from "
        "before. Nobody threatened.",
        2,
        "knife: blades stolen, not used",
    ),
    t(
        "bicycle_theft",
        "",
        "My daughter's bike was taken from the park while she was on the swings, she's devastated.",
        2,
    ),
    t("bicycle_theft", "", "Cargo bike stolen from outside the nursery, V uses it for the school run.", 2),
    t(
        "bicycle_theft",
        "",
        "V's bike taken from outside the library, the D-lock was cut through and left on the rack.",
        2,
    ),
    t(
        "drug_offences",
        "",
        "V's lodger ({age}) dealing cannabis from the house, V found scales and bags in his room.",
        2,
    ),
    t(
        "drug_offences",
        "",
        "Drug deals in the stairwell of V's block, needles left, V's kids found one. Residents scared.",
        2,
    ),
    t(
        "drug_offences",
        "",
        "Neighbour's son supplying cocaine from his car outside V's house most nights, V scared to "
        "be seen reporting it.",
        2,
    ),
    t("drug_offences", "", "V referred after being caught with cocaine at work, wants support to stop.", 2),
    t(
        "possession_of_weapons",
        "",
        "Man arrested in a car park with a samurai sword on the back seat, no threats to anyone.",
        2,
    ),
    t("possession_of_weapons", "", "Stun gun disguised as a torch found in V's son's room, V shocked.", 2),
    t(
        "other_crime",
        "",
        "Dog left in a hot car at the retail park for 2 hrs, V (passer-by) very upset, dog rescued.",
        2,
    ),
    t(
        "other_crime",
        "",
        "V says she is a victim of an offence at her workplace but didn't want to give any details on the phone.",
        2,
    ),
    t(
        "criminal_damage_arson",
        "da hba",
        "V's 2 brothers smashed up her car after she moved in with her boyfriend, "
        "said she has dishonoured the family. {noinj}. V ({age}) staying with friends.",
        3,
    ),
    t(
        "stalking_harassment",
        "da hba",
        "V ({age}) - family check her phone and follow her to uni, uncle says she must "
        "marry the man they chose or she will 'be dealt with'. Honour / forced marriage concerns.",
        3,
    ),
    # ------------------------------------------------------------------ victim's own words
    t(
        "stalking_harassment",
        "da online",
        "he wont leave me alone, we split up in 2011 and now hes messaging me on "
        "facebook every day and turned up at my mums, i dont know what to do",
    ),
    t(
        "violence_without_injury",
        "da",
        "my step dad grabbed me by the collar and threw me out the house last night, "
        "im 18. not hurt just shaken, staying at my mates",
    ),
    t(
        "fraud_computer_misuse",
        "online",
        "I sold my sofa on {market}, the buyer showed me a fake payment email and "
        "sent a van to collect it. Money never arrived.",
        2,
    ),
    t(
        "criminal_damage_arson",
        "",
        "someone has smashed the wing mirror and windscreen on my car again, 3rd time this month, no idea who",
        2,
    ),
    t(
        "burglary",
        "",
        "We came home from holiday to find the back window smashed and the house ransacked, my late "
        "mum's rings are gone.",
        2,
    ),
    t(
        "public_order",
        "hate",
        "lads on the bus shouting at me calling me a f****t and saying they'd batter me, "
        "nobody touched me, I got off early",
        2,
    ),
    t(
        "anti_social_behaviour",
        "",
        "the kids next door keep climbing on the garages and shouting, nothing broken, it's just constant",
        2,
    ),
    # ------------------------------------------------------------------ long notes
    t(
        "violence_with_injury",
        "da",
        "Long standing DA. V ({age}) has been with her husband 22 yrs, he controls the "
        "finances and reads her messages, and on Saturday night after drinking he threw her against the wardrobe and "
        "kicked her in the back while she was on the floor, bruising to back and ribs, photos taken. "
        "V disclosed to GP, first time she has told anyone. DASH high, MARAC ref submitted. "
        "Staying with her sister for now.",
    ),
    t(
        "robbery",
        "",
        "V ({oage}) was followed from the post office after drawing out his pension. Two males "
        "approached him at his front gate, one pushed him against the wall and the other went through his coat "
        "pockets and took his wallet with about £{amt} in it. Graze to his hand. He is now afraid to go out alone and "
        "his daughter is staying with him. Neighbour has doorbell footage.",
        2,
    ),
    t(
        "fraud_computer_misuse",
        "online",
        "V ({oage}), widowed last year, was contacted on {sm} by a man calling "
        "himself a US engineer on an oil rig. Over 4 months he sent her hundreds of messages and she transferred "
        "£{amt} for 'customs fees' and a 'flight home'. Her son found out when the bank froze the account. V is "
        "embarrassed and doesn't want the family to know the full amount. No threats made.",
        2,
    ),
    t(
        "stalking_harassment",
        "da",
        "V's ex-husband (split 3 yrs ago) has started appearing wherever she goes - "
        "outside her work, at the supermarket, in the car park of her new partner's flat. He phones from different "
        "numbers and leaves voicemails saying he just wants to talk. No threats but she has changed her route to "
        "work twice and now has panic attacks. Police have issued a warning.",
        2,
        "online: phone calls and voicemail only",
    ),
    t(
        "sexual_offences",
        "csae online",
        "Mum of V ({yng}) called in. Daughter had been talking to a lad she thought "
        "was 16 on {app} for months, he turned out to be 29. He persuaded her to meet him in the park where he "
        "touched her sexually and took photos on his phone. She told her best friend who told a teacher. Police "
        "have seized his phone. Daughter withdrawn and not going to school.",
        2,
    ),
    t(
        "burglary",
        "",
        "Business burglary at V's hair salon overnight: rear door forced, till emptied, two hairdryers "
        "and a laptop taken, and the burglars sprayed graffiti on the mirrors and flooded the sink area, damage to the "
        "floor. V (owner) estimates £{amt} losses and a high insurance excess. Distraught, only opened in the spring "
        "and now thinking of closing.",
        2,
        "criminal_damage_arson: burglary outranks",
    ),
    # ------------------------------------------------------------------ anti-social behaviour
    t(
        "anti_social_behaviour",
        "",
        "Neighbour's music loud every night till 3am, council noise team involved, no threats.",
        3,
    ),
    t(
        "anti_social_behaviour",
        "",
        "Youths hanging around outside {shop}, swearing, being a nuisance, no damage, no threats to anyone.",
        2,
    ),
    t("anti_social_behaviour", "", "Dog barking constantly next door all day while owners at work.", 2),
    t(
        "anti_social_behaviour",
        "",
        "Kids kicking a football against V's car, no damage.",
        2,
        "criminal_damage_arson: no damage",
    ),
    t("anti_social_behaviour", "", "Neighbour dispute over bins and parking, no abuse or threats.", 2),
    t("anti_social_behaviour", "", "Off road bikes racing on the field behind V's house at night.", 2),
    t(
        "anti_social_behaviour",
        "",
        "V feels harassed by neighbour's loud parties every weekend, no direct contact.",
        3,
        "stalking_harassment: noise only",
    ),
    t("anti_social_behaviour", "", "Drunk people urinating in V's doorway on weekends.", 2),
    t(
        "anti_social_behaviour",
        "",
        "Neighbour's CCTV pointing at V's garden, V feels watched. No other issues.",
        2,
        "stalking_harassment: no course of conduct",
    ),
    t("anti_social_behaviour", "", "Teenagers ringing V's doorbell and running off, knock door run.", 2),
    t("anti_social_behaviour", "", "Rubbish dumped in shared garden by neighbours, V complained.", 2),
    t("anti_social_behaviour", "", "Neighbour parks across V's drive regularly, words exchanged, no threats.", 2),
    # ------------------------------------------------------------------ other crime (residual)
    t(
        "other_crime",
        "",
        "Animal cruelty: neighbour's dogs kept in a tiny cage in the yard, underweight, RSPCA informed.",
        3,
    ),
    t("other_crime", "", "V reports being a victim of crime, no further details given, wants a call back.", 3),
    t("other_crime", "", "Horse left in field without water or food, welfare concern, RSPCA.", 2),
    t("other_crime", "", "Neighbour seen beating his own dog with a stick, V upset.", 2),
    t("other_crime", "", "Crime victim via police portal, offence type not recorded, V anxious.", 2),
    t("other_crime", "", "Badger sett dug out on V's land, wildlife crime.", 2),
    t("other_crime", "", "Hare coursing on V's farm, gates left open.", 2),
    t("other_crime", "", "Illegal eviction - landlord changed the locks while V was out.", 2),
    t("other_crime", "", "Fly-tipping on V's land, tonnes of waste.", 2),
]


NUMERIC = {
    "age": (19, 58),
    "oage": (71, 93),
    "kid": (5, 12),
    "yng": (13, 15),
    "teen": (16, 17),
    "n": (2, 9),
}


class Filler(dict):
    """Mapping for ``str.format_map`` that draws a fresh random value for every slot it is asked for."""

    def __init__(self, rng):
        """Keep the random generator used to fill slots."""
        super().__init__()
        self.rng = rng

    def __missing__(self, key):
        """Return a random label-neutral value for the slot ``key``."""
        if key in NUMERIC:
            lo, hi = NUMERIC[key]
            return str(self.rng.randint(lo, hi))
        if key == "amt":
            return str(self.rng.choice([40, 85, 120, 250, 300, 480, 600, 950, 1200, 2500, 4000, 8700, 15000]))
        if key == "ref":
            return f"{self.rng.randint(10, 99)}/{self.rng.randint(10000, 99999)}/{self.rng.choice([23, 24, 25])}"
        return self.rng.choice(SLOTS[key])


def typo(word, rng):
    """Return ``word`` with two adjacent inner letters swapped, as a hurried typist might."""
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def roughen(text, rng):
    """Apply label-neutral surface noise: typos, dropped full stops, lower case or (rarely) ALL CAPS."""
    words = text.split()
    if rng.random() < 0.18:
        idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
            words[i] = typo(words[i], rng)
    text = " ".join(words)
    r = rng.random()
    if r < 0.04:
        text = text.upper()
    elif r < 0.12:
        text = text.lower()
    if rng.random() < 0.15:
        text = text.rstrip(".")
    if rng.random() < 0.08:
        text = text.replace(". ", ".. ", 1)
    return text


def render(tpl, rng):
    """Return one note from template ``tpl`` with random slots, framing and noise, kept within 6-80 words."""
    fill = Filler(rng)
    body = tpl["text"].format_map(fill)
    da = "domestic_abuse" in tpl["flags"]
    prefix = rng.choice(PREFIXES + (DA_PREFIXES if da else [])).format_map(fill)
    suffix = rng.choice(SUFFIXES + (DA_SUFFIXES if da else [])).format_map(fill)
    text = " ".join(part for part in (prefix, body, suffix) if part)
    if len(text.split()) > 80:
        text = body
    text = roughen(text, rng)
    if not 6 <= len(text.split()) <= 80:
        raise ValueError(f"note length out of range: {text!r}")
    return text


def build(rng):
    """Return the list of (text, category, flags) notes, distinct by lower-cased text, in shuffled order."""
    seen = set()
    notes = []
    for tpl in TEMPLATES:
        made = 0
        for _ in range(200):
            if made == tpl["n"]:
                break
            text = render(tpl, rng)
            key = " ".join(text.lower().split())
            if key in seen:
                continue
            seen.add(key)
            flags = ";".join(f for f in FLAG_ORDER if f in tpl["flags"])
            notes.append((text, tpl["cat"], flags))
            made += 1
    rng.shuffle(notes)
    return notes


def write(notes, path):
    """Write ``notes`` to ``path`` as ``note_id,text,category,flags`` with ids B5-0001 onwards."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["note_id", "text", "category", "flags"])
        for i, (text, cat, flags) in enumerate(notes, 1):
            out.writerow([f"B5-{i:04d}", text, cat, flags])


def main():
    """Generate the corpus, write the CSV and print per-category and per-flag counts."""
    rng = random.Random(SEED)
    notes = build(rng)
    write(notes, OUT)
    cats = Counter(cat for _, cat, _ in notes)
    flags = Counter(f for _, _, fl in notes for f in fl.split(";") if f)
    print(f"{len(notes)} notes from {len(TEMPLATES)} templates -> {OUT}")
    for cat, count in sorted(cats.items(), key=lambda kv: -kv[1]):
        print(f"  {cat:30s} {count}")
    for flag in FLAG_ORDER:
        print(f"  flag {flag:33s} {flags[flag]} ({flags[flag] / len(notes):.1%})")


if __name__ == "__main__":
    main()
