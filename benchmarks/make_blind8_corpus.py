"""Generate the blind-8 synthetic referral-note corpus (notes_blind8.csv).

Written blind: only shared/TAXONOMY.md and the header of notes_blind4.csv were read.
Every note is synthetic; names, places and references are invented.
Standard library only and deterministic (fixed seed).
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

SEED = 80812
OUT = Path(__file__).resolve().parent / "data" / "notes_blind8.csv"
TARGET_TOTAL = 800
TARGET_DA = 162
MIN_PER_CATEGORY = 22
MIN_PER_FLAG = 22

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

POOLS: dict[str, list[str]] = {
    "V": ["V", "V", "IP", "Vic", "client", "the victim", "victim", "SU"],
    "when": [
        "last night",
        "on Sat",
        "Fri evening",
        "yesterday",
        "earlier today",
        "over the weekend",
        "in the early hours",
        "on Tues",
        "last wk",
        "Sunday afternoon",
        "on the 14th",
        "around 2200hrs",
    ],
    "town": [
        "Hollowmere",
        "Stanthorpe Green",
        "Wexcombe",
        "Marlbury",
        "Fenwick Cross",
        "Oldcastle Rise",
        "Kestrel Heath",
        "Pennyford",
        "Little Drayholt",
        "Cranmoor",
        "Ashby Fold",
        "Welkin Bridge",
    ],
    "street": [
        "Quarry Lane",
        "Tannery Row",
        "Beacon Walk",
        "Sallow Close",
        "Ropewalk Street",
        "Gannet Road",
        "Fallowfield Drive",
        "Hesketh Terrace",
        "Linnet Way",
        "Corporation Yard",
    ],
    "fn": ["Kayleigh", "Aisha", "Bethan", "Marta", "Shannon", "Priya", "Gemma", "Roxanne", "Niamh", "Leanne", "Zara"],
    "mn": ["Dean", "Tomasz", "Callum", "Imran", "Gareth", "Kyle", "Dwayne", "Arjun", "Liam", "Stefan", "Reece"],
    "sn": ["Marchbank", "Oduya", "Pellow", "Thirkettle", "Varga", "Hallsworth", "Quayle", "Bramhill", "Ekwueme"],
    "inj": [
        "bruising to face",
        "a cut lip",
        "a black eye",
        "swollen cheek",
        "bruised ribs",
        "cut above the eye",
        "a bloody nose",
        "bruising to both arms",
        "a cut to the head that needed glue",
    ],
    "mp": ["partner", "ex-partner", "husband", "boyfriend", "bf", "ex-husband", "ex bf", "ex", "fiance"],
    "fp": ["girlfriend", "wife", "ex-wife", "partner", "ex gf", "ex-partner"],
    "stranger": [
        "unknown male",
        "UM",
        "an unknown man",
        "a male she didn't know",
        "a stranger",
        "a man not known to V",
    ],
    "S": ["suspect", "susp", "offender", "the male", "the suspect", "perp"],
    "money": ["£350", "£1,200", "£2,800", "£640", "£9,500", "£4k", "£15,000", "£780", "£22k"],
    "needs": [
        "Wants emotional support.",
        "Pls call back after 5pm.",
        "Safe to call, do not leave VM.",
        "Needs help understanding CJS process.",
        "Interpreter needed (Polish).",
        "Welsh speaker.",
        "Requests female worker.",
        "Text first pls.",
        "Consent given for referral.",
        "Would like info on CICA.",
        "Low mood, not sleeping.",
        "Wants update on case - OIC not answering.",
        "ISVA/IDVA info given.",
        "Sent leaflet, will call wk commencing Mon.",
        "Safety advice given.",
        "Signposted to local service.",
    ],
    "ref": ["CRN 41/{d5}/25", "crime ref {d6}", "CAD {d4}", "OEL/{d5}", "ref 24-{d6}", "Niche {d7}", "URN {d5}"],
    "src": [
        "VAL call.",
        "Police referral.",
        "Self-referral.",
        "Referral via OIC.",
        "VS case note.",
        "Auto-referral from police system.",
        "Web form.",
        "Walk-in at hub.",
        "Ref from GP surgery.",
        "Triage:",
    ],
}


def _digits(rng: random.Random, n: int) -> str:
    """Return a string of n random digits."""
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def fill(text: str, rng: random.Random) -> str:
    """Replace {slot} markers with random label-neutral values."""

    def repl(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in ("d4", "d5", "d6", "d7"):
            return _digits(rng, int(key[1]))
        if key == "kid":
            return str(rng.randint(6, 12))
        if key == "yteen":
            return str(rng.randint(13, 15))
        if key == "adult":
            return str(rng.randint(19, 64))
        if key == "old":
            return str(rng.randint(72, 93))
        if key == "n":
            return str(rng.randint(3, 12))
        value = rng.choice(POOLS[key])
        return re.sub(r"\{(\w+)\}", repl, value)

    return re.sub(r"\{(\w+)\}", repl, text)


def _typo(text: str, rng: random.Random) -> str:
    """Swap two inner letters of one longer word, as a hurried typist might."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def decorate(text: str, rng: random.Random) -> str:
    """Add optional neutral source/needs text and vary case, punctuation and typos."""
    words = len(text.split())
    if rng.random() < 0.28:
        text = fill("{src} ", rng) + text
    if rng.random() < 0.22 and words < 70:
        text = text.rstrip() + " " + fill("{needs}", rng)
    if rng.random() < 0.12:
        text = fill("({ref}) ", rng) + text
    r = rng.random()
    if r < 0.10:
        text = text.lower()
    elif r < 0.13 and words < 25:
        text = text.upper()
    if rng.random() < 0.25:
        text = text.rstrip(".")
    if rng.random() < 0.10:
        text = _typo(text, rng)
    if rng.random() < 0.05:
        text = text.replace(". ", ".. ", 1)
    return text


TEMPLATES: list[tuple[str, str, tuple[str, ...]]] = []


def t(category: str, flags: str, *texts: str) -> None:
    """Register one scenario template: category code, flag abbreviations, text variants."""
    TEMPLATES.append((category, flags, texts))


# ---------------------------------------------------------------- homicide
H = "homicide"
t(
    H,
    "KN",
    "Bereaved family referral. {V}'s son {mn} (22) murdered {when} in {town}, stabbed outside a takeaway. Mum wants "
    "support "
    "with court process.",
    "Homicide - victim's brother fatally stabbed on {street}, 2 arrested on suspicion of murder. Family devastated.",
)
t(
    H,
    "",
    "Manslaughter. {V}'s dad died after a single punch outside a pub, CPS have charged manslaughter. Family need "
    "inquest support.",
    "my husband died after a stranger hit him once outside the club and he fell and hit his head. they charged the man "
    "with manslaughter. i don't know what happens next",
)
t(
    H,
    "DA",
    "FLO referral: deceased {fn} (43) killed at home by her husband, he's charged with murder. Adult daughter "
    "requesting "
    "support, prev DA reported 2022.",
    "Domestic homicide - sister killed by her ex-partner, DHR being commissioned. {V} (sibling) wants advocacy.",
)
t(
    H,
    "",
    "Infanticide charge - mother of 3 week old baby. Referral is for the baby's grandparents, bereavement support.",
    "Referral for dad - 5 month old baby died, mum charged with infanticide. Dad wants someone to talk to.",
)
t(
    H,
    "",
    "Sister shot dead at a house party in {town}, police treating as murder. Offender not known to family. No DA.",
    "Murder of {V}'s cousin, drive-by shooting, no suspect identified yet. Aunt (main carer) needs support.",
)
t(
    H,
    "KN HC",
    "Bereaved grandparent - grandson (17) fatally stabbed in the park by a group, witnesses heard racist abuse before "
    "the "
    "attack. Police treating as racially motivated murder.",
)
t(
    H,
    "DA",
    "Murder of {V}'s mother by {V}'s brother (29) at the family home. Family in shock, brother remanded.",
    "My brother has been charged with killing our mum. I'm the only one left to sort everything out.",
)
t(
    H,
    "HB DA",
    "Bereaved sibling. Sister (24) murdered by uncle and cousin after she refused a marriage the family had arranged; "
    "police say honour was the motive.",
)
t(
    H,
    "",
    "Family of warehouse worker killed when racking collapsed - company now charged with corporate manslaughter. "
    "Widow wants "
    "support for trial.",
)
t(
    H,
    "DA",
    "Crime type: Homicide. Offence: Murder. Circs: V's daughter killed by her boyfriend, MARAC case previously. "
    "Parents "
    "referred by FLO.",
    "Homicide - {V}'s son (31) killed by his wife, she has been charged with murder. Prev incidents of violence "
    "towards him.",
)
t(
    H,
    "",
    "Attempted murder was upgraded to murder after V's partner died in hospital 3 wks after being attacked by a "
    "neighbour. "
    "{V} is widow.",
)

# ---------------------------------------------------------------- death / serious injury by driving
DD = "death_injury_driving"
t(
    DD,
    "",
    "RTC - {V}'s daughter (16) killed on a crossing by a driver doing 70 in a 30. Driver charged with causing death by "
    "dangerous driving.",
    "fatal collision, son (19) killed, driver racing another car. charged w/ death by dangerous driving",
)
t(
    DD,
    "",
    "Causing serious injury by dangerous driving. {V} (cyclist) has spinal injuries after car overtook on a blind "
    "bend.",
    "Serious injury by dangerous driving - {V} knocked off motorbike by driver undertaking on dual carriageway, both "
    "legs broken.",
)
t(
    DD,
    "",
    "Bereaved family. Dad killed by a drink driver, charged with causing death by careless driving whilst over the "
    "limit. "
    "Inquest opened.",
)
t(
    DD,
    "",
    "V's partner killed when an uninsured van hit his motorbike - driver charged with causing death whilst uninsured. "
    "Partner wants help with the inquest.",
    "Causing death by driving whilst disqualified/uninsured - {V}'s husband killed at junction. Widow referred.",
)
t(
    DD,
    "",
    "Hit and run: {V} (pedestrian, {old}) broken pelvis, driver did not stop. Police investigating causing serious "
    "injury "
    "by careless driving.",
)
t(
    DD,
    "",
    "Stolen car crashed into {V}'s son's car, son died at scene. Offender charged with aggravated vehicle taking "
    "causing "
    "death.",
)
t(
    DD,
    "",
    "My mum was killed at the bus stop by a driver who was on his phone. He has pleaded guilty to death by careless "
    "driving.",
    "Grandmother died after being hit by a driver looking at his phone. Death by careless driving, sentencing next "
    "month.",
)
t(
    DD,
    "",
    "Offence: Causing serious injury by careless driving (s2C RTA 1988). V {old}yo pedestrian, fractured hip, long "
    "stay in "
    "hospital.",
)
t(
    DD,
    "",
    "Police referral: lorry driver fell asleep at wheel, killed {V}'s brother. Charged causing death by careless "
    "driving.",
)
t(
    DD,
    "",
    "Serious injury RTC - van driver ran a red light and hit {V}'s car, {V} in ICU. Police "
    "charging serious injury by dangerous driving.",
)

# ---------------------------------------------------------------- violence with injury
VI = "violence_with_injury"
t(
    VI,
    "DA",
    "DA - {V} assaulted by {mp}, punched in face, {inj}. DASH high, MARAC ref made.",
    "DA assault by {mp} {when}, {inj}. {V} has left and is at her mum's. DASH 15/27.",
    "{mp} punched {V} several times, {inj}. Arrested & bailed.",
)
t(
    VI,
    "DA",
    "ABH by ex - grabbed by throat, pushed into wardrobe, bruising to neck and back. Charged s47.",
    "{V} was kicked in the stomach by her {mp} while pregnant. Bruising, checked by midwife, baby ok.",
)
t(
    VI,
    "DA",
    "{V} ({old}) hit with a walking stick by adult son, laceration to head needing glue at A&E. Son lives with her.",
    "Elderly V assaulted by her 45yo daughter who lives with her - pushed over, fractured wrist.",
)
t(
    VI,
    "KN",
    "GBH s18 - {V} stabbed in the thigh during fight outside nightclub by {stranger}. Discharged from hospital.",
    "Wounding with intent. {V} stabbed in the back on {street}, {S} not known to him.",
)
t(
    VI,
    "KN",
    "{V} slashed across forearm with a Stanley knife by neighbour during a row about bins. 14 stitches.",
)
t(
    VI,
    "KN",
    "Glassed in pub - {stranger} smashed a bottle and pushed it into {V}'s face, stitches to cheek.",
    "Assault with injury, V hit in face with a broken glass in a bar fight, deep cuts.",
)
t(
    VI,
    "DA KN",
    "Attempted murder - {V} stabbed multiple times by her ex-partner, in ICU. IDVA allocated.",
    "S18 GBH DA: {mp} cut {V}'s arm with a kitchen knife during argument. {V} now at refuge.",
)
t(
    VI,
    "HC",
    "Racially aggravated ABH - {V} punched at bus stop, {S} shouting racist names at him, black eye.",
    "{V} (Black British) assaulted by 2 men who used racist language, cut to head. Hate crime.",
)
t(
    VI,
    "HC",
    "Homophobic assault - {V} and his boyfriend attacked by 3 men leaving a gay bar, {V}'s nose broken.",
    "Hate crime: {V} punched after man saw him kiss his husband goodbye, called him homophobic names. {inj}.",
)
t(
    VI,
    "HC",
    "{V} is a trans woman, kicked by group of youths who were shouting abuse about her being trans. Bruised ribs.",
)
t(
    VI,
    "HC",
    "{V} has learning disabilities, beaten up by lads from the estate who call him names about his disability. Cuts "
    "and "
    "bruises.",
)
t(
    VI,
    "",
    "Assault on emergency worker (with injury) - paramedic bitten on the arm by a patient, skin broken.",
    "Paramedic {V} punched by intoxicated patient in back of ambulance, swollen eye.",
)
t(
    VI,
    "",
    "Nurse (V) punched by a patient's relative in A&E waiting area, {inj}.",
    "A&E receptionist head-butted by a man angry about waiting times. Bloody nose.",
)
t(
    VI,
    "DA",
    "my brother (34) headbutted me when I asked him to move out of mums, I had a nosebleed and a cut on my eyebrow",
    "{V} assaulted by her younger brother (20), scratched and bitten, injuries photographed by OIC.",
)
t(
    VI,
    "DA",
    "{V}'s 17yo son pushed her down the stairs during an argument about his phone, sprained wrist. CAMHS involved "
    "with son.",
)
t(
    VI,
    "",
    "Child to parent violence - {V}'s son (14) hit her with a remote control, bruised arm. Son under 16.",
    "{V}'s 13 yr old daughter kicked and scratched her when told to come off her Xbox - scratches to face.",
)
t(
    VI,
    "",
    "School safeguarding: stepdad hit pupil (12) with a belt leaving welts on legs. Strategy meeting held, police ABH.",
    "Child ({kid}) has bruising to face from dad, says he hits her when she is naughty. Section 47 enquiry.",
)
t(
    VI,
    "",
    "Brawl outside kebab shop - {V} hit over the head with a bottle (didn't break), concussion, kept in overnight.",
)
t(
    VI,
    "",
    "Assault w/ injury: {V} struck with a claw hammer by his lodger over unpaid rent. Fractured hand.",
    "{V} hit with a hammer by his lodger, head wound. Lodger not related.",
)
t(
    VI,
    "",
    "{V} attacked with a baseball bat by 2 men over an alleged drug debt, broken arm. Frightened to go home.",
)
t(
    VI,
    "",
    "{S} deliberately drove his car at {V} after a row in the car park, {V} thrown onto the bonnet, fractured leg. "
    "Police treating as GBH not an RTC.",
)
t(
    VI,
    "DA",
    "{fp} threw boiling water from the kettle over {V} (male), burns to chest. {V} embarrassed, first time telling "
    "anyone.",
)
t(
    VI,
    "",
    "Acid attack - corrosive liquid thrown in {V}'s face by {stranger} on a moped. Life-changing injuries.",
)
t(
    VI,
    "DA",
    "{V} bitten and scratched by her girlfriend during an argument, marks on both arms. Same-sex relationship, first "
    "DA "
    "report.",
)
t(
    VI,
    "DA",
    "V (24) assaulted by her dad after she came home late - slapped and punched, swollen lip.",
)
t(
    VI,
    "HC",
    "Shop worker punched by a customer over a refund, cut lip; customer told him to 'go back to your own country'.",
)
t(
    VI,
    "",
    "Pushed into the road by a drunk stranger, grazed knees and cut hand. Not a hate crime - {V} thinks he was just "
    "drunk.",
    "{V} shoved off a bench by a man, cut hand. {V} doesn't think it was about his race, no words said.",
)
t(
    VI,
    "KN",
    "{V} stabbed in the hand with a screwdriver by his flatmate during a row about bills.",
)
t(
    VI,
    "",
    "ABH - two Yr10 girls fought at school, {V} (15) has scratches and hair pulled out. Mum wants support for V.",
)
t(
    VI,
    "",
    "Door supervisor dragged {V} out of the club and stamped on his head. Fractured cheekbone.",
)
t(
    VI,
    "",
    "Previous DA with ex-partner in 2019 (no contact since). Current: {V} punched by {stranger} at a football match, "
    "black "
    "eye.",
)
t(
    VI,
    "DA HB",
    "{V} (28) punched by her brother-in-law (lives with them) - black eye. He says she has brought shame on the "
    "family by "
    "filing for divorce.",
    "{V} (22) beaten by her 2 brothers for having a boyfriend outside their religion, they said she was shaming the "
    "family. Bruising to face and back.",
)
t(
    VI,
    "HB",
    "FGM - school nurse disclosure, girl (9) had FGM carried out during a summer trip abroad. Police & social care "
    "aware.",
    "Midwife referral: FGM identified, child ({kid}) cut at a relative's house in the UK. Mandatory report made.",
)
t(
    VI,
    "HB",
    "{V} ({adult}) wants to report FGM done to her aged 7 in the UK. Now ready to give a statement.",
)
t(
    VI,
    "",
    "Assault on a PCSO - kicked in the shin during a stop, bruising and swelling.",
)
t(
    VI,
    "HC",
    "Taxi driver (V) punched by passenger who refused to pay, broken tooth. Passenger called him a racist name before "
    "the "
    "punch.",
)
t(
    VI,
    "",
    "{V} punched by {stranger} outside chip shop, {inj}. Later found the male had a knife in his pocket but he never "
    "got it out.",
)
t(
    VI,
    "DA",
    "DA: {V} assaulted by {mp} in the car, head banged against the window, bruising. Also controlling about money.",
    "Controlling relationship for 2 yrs, {mp} now assaulted {V} for the first time - {inj}.",
)
t(
    VI,
    "",
    "A man hit V with a metal pole in a dispute over a parking space, gash to head. V not known to him.",
)
t(
    VI,
    "DA",
    "Fight between two adult brothers at christmas, {V} (26) has a broken jaw. Mother very upset.",
)
t(
    VI,
    "",
    "{V} (security guard) assaulted by shoplifter after the theft, bitten on hand and bruised. Goods recovered.",
)

# ---------------------------------------------------------------- violence without injury
VW = "violence_without_injury"
t(
    VW,
    "DA",
    "Common assault by {mp} - pushed {V} against the wall, no injuries. DASH medium.",
    "DA common assault, {mp} grabbed {V}'s arm to stop her leaving, no marks.",
    "{V} pushed by {mp}, no injury. 1st reported incident.",
)
t(
    VW,
    "DA",
    "Threats to kill - ex sent texts saying he will kill her and the kids if she goes to court.",
    "TTK by {mp} via text msg and phone calls, says he'll kill her when he gets out.",
)
t(
    VW,
    "DA ON",
    "TTK over WhatsApp from ex-husband, voice notes saying she won't live to see Christmas.",
    "{V} received Facebook messages from {mp} threatening to kill her. Screenshots given to police.",
)
t(
    VW,
    "DA KN",
    "{mp} held a kitchen knife to {V}'s throat and said he would kill her. No physical injury. Arrested.",
    "DA: he got a knife out of the drawer and pointed it at me and said he'd end me. He didn't cut me.",
)
t(
    VW,
    "",
    "{V} phoned by his cousin's boyfriend saying he will come round and stab him to death. Threats to kill recorded.",
)
t(
    VW,
    "",
    "Child neglect - neighbour concerned two children (4 and 6) left home alone overnight. Police investigating.",
    "Neglect: kids ({kid} & {kid}) found with no food in the house and no heating, mum out for days. Child cruelty.",
)
t(
    VW,
    "",
    "Child cruelty - school referral, pupil ({kid}) says mum locks her in her room without food as punishment.",
)
t(
    VW,
    "",
    "Attempted child abduction: a man tried to get an 8yo girl into his car outside the school. Parents referred.",
)
t(
    VW,
    "MS",
    "Modern slavery - {V} (Romanian national) forced to work at a car wash 7 days a week, passport taken, paid "
    "nothing. "
    "NRM referral made.",
    "Labour exploitation, car wash. Workers' ID documents held by boss, told they owe a debt. {V} escaped. NRM.",
)
t(
    VW,
    "MS DA",
    "Domestic servitude - {V} brought to UK by husband's family, made to do all housework, not allowed out, passport "
    "held by "
    "mother-in-law. NRM positive RG.",
)
t(
    VW,
    "MS",
    "County lines: 15yo boy found in a trap house 60 miles from home, criminally exploited. NRM submitted.",
    "CCE - {V}'s son ({yteen}) being used to run drugs for a line, missing episodes. NRM referral made.",
)
t(
    VW,
    "MS",
    "Cuckooing - {V} (vulnerable adult, LD) had flat taken over by dealers, made to hold drugs. Treated as "
    "exploitation, NRM.",
)
t(
    VW,
    "MS",
    "Forced labour on a farm - workers housed in caravans, wages taken for 'debts', threatened if they left. {V} got "
    "out.",
)
t(
    VW,
    "MS",
    "Nail bar worker ({V}, 17, Vietnamese) - trafficked into UK, working unpaid, sleeping above the shop. NRM "
    "referral.",
)
t(
    VW,
    "MS ON",
    "{V} recruited through a Facebook job advert for building work, then held in a house, made to work for free and "
    "told he owes £5k for travel. Modern slavery.",
)
t(
    VW,
    "",
    "Assault without injury on an emergency worker - PC spat at during arrest.",
    "Police officer pushed and spat at by a man being detained. No injuries.",
)
t(
    VW,
    "HC",
    "Racially aggravated common assault: {V} shoved on the bus and called racist names, no injury.",
)
t(
    VW,
    "HC",
    "Islamophobic incident: {V}'s hijab pulled off by a woman in the supermarket, no injuries, very shaken.",
    "Woman grabbed at {V}'s headscarf and said Muslims should go home. No injury.",
)
t(
    VW,
    "DA",
    "{V} (19) slapped by her mum, no marks. Ongoing verbal abuse at home.",
)
t(
    VW,
    "DA",
    "{V} ({adult}) pushed by his elderly father who has dementia, no injury. Carer stress, needs support.",
)
t(
    VW,
    "DA HB",
    "{V}'s family have threatened to kill her if she leaves her husband - they say she'll shame them in the community.",
    "Threats to kill from V's father and uncles over her relationship, saying she has dishonoured the family.",
)
t(
    VW,
    "DA HB",
    "Forced marriage - {V} (18) told by her parents she is going abroad to marry a cousin; when she refused her father "
    "threatened to kill her. FMU contacted.",
)
t(
    VW,
    "KN",
    "Neighbour waved a machete over the fence at {V} and said he'd kill him. No injuries.",
    "Threats to kill - {V} threatened by a man holding a large knife at the allotments.",
)
t(
    VW,
    "KN",
    "Man in the street said he had a knife and would 'open {V} up', hand inside his jacket. {V} believed him and ran.",
)
t(
    VW,
    "ON",
    "Threatening messages on Snapchat from a classmate (16) saying they will kill {V} at school. Threats to kill.",
)
t(
    VW,
    "DA",
    "{V}'s ex-boyfriend swung a kick at her but missed. Common assault. Prev incidents.",
)
t(
    VW,
    "",
    "Assault by beating - spat in {V}'s face by a stranger during an argument in the queue at the post office.",
    "{V} spat at by {stranger} after she asked him to stop vaping on the bus.",
)
t(
    VW,
    "DA",
    "Ex sent a text saying 'I've got a knife with your name on it'. {V} at her mum's in another town, he wasn't "
    "there. TTK "
    "recorded.",
)
t(
    VW,
    "DA",
    "husband spat on her and shoved her. she says this was a one-off and there is no controlling behaviour.",
)
t(
    VW,
    "KN",
    "TTK - {V}'s son (15) threatened her with a kitchen knife during a tantrum. {V} terrified. Under 16.",
)
t(
    VW,
    "",
    "I work in a warehouse and my manager treats us like slaves, but I'm calling because a customer shoved me in the "
    "car "
    "park. I wasn't hurt.",
)
t(
    VW,
    "HC",
    "Neighbour threatened to kill {V} (Sikh) and made comments about his turban. No physical contact.",
)
t(
    VW,
    "",
    "Attempted assault at the bus station - {stranger} swung punches at {V} but didn't connect.",
    "{V} was chased by a man who tried to hit him, missed. Common assault.",
)
t(
    VW,
    "",
    "Youth worker assaulted by a young person (16) - pushed, no injury. {V} wants to know about restorative justice.",
)
t(
    VW,
    "MS",
    "Trafficking - young man brought from abroad to work in a takeaway kitchen, not paid, not allowed to leave. "
    "Now in safe house.",
)
t(
    VW,
    "",
    "Threats to kill: neighbour told {V} to his face he'll kill him if the dog barks again. {V} believes him. No "
    "weapon.",
)
t(
    VW,
    "DA",
    "{V} (20) pushed by her stepdad who she lives with, no injury. {V} wants to move out.",
)
t(
    VW,
    "",
    "Ref from school - parents not getting {kid} yo medical treatment for infected wound despite advice. Wilful "
    "neglect, "
    "police cruelty investigation.",
)

# ---------------------------------------------------------------- stalking and harassment
SH = "stalking_harassment"
t(
    SH,
    "DA",
    "Stalking - ex turning up at {V}'s work and home daily, following her car. S2A.",
    "Ex-partner keeps waiting outside {V}'s house and her children's school. Stalking.",
    "stalking by ex, sits outside in his car, follows her to the shops",
)
t(
    SH,
    "DA",
    "CCB - {mp} monitors {V}'s phone, controls all the money, stops her seeing friends. DASH high.",
    "Controlling & coercive behaviour. {mp} decides what she wears and eats, takes her bank card.",
    "He checks my location all day, won't let me see my sister and takes my wages. Coercive control.",
)
t(
    SH,
    "",
    "Harassment by neighbour - repeated abusive notes through the door, banging on walls, filming {V} in the garden.",
)
t(
    SH,
    "ON",
    "Malicious comms: anonymous Instagram account posting lies about {V} and tagging her employer.",
    "Someone has set up a fake TikTok in {V}'s name posting nasty stuff about her. Malicious communications.",
)
t(
    SH,
    "DA ON",
    "Ex-partner shared {V}'s intimate images on Facebook after the break-up. Disclosing private sexual images.",
    "{V}'s ex-boyfriend sent nude photos of her to her friends on WhatsApp to humiliate her.",
)
t(
    SH,
    "HC",
    "Homophobic harassment - neighbour repeatedly shouts slurs at {V} and his husband over several months.",
)
t(
    SH,
    "ON",
    "Stalking by a man {V} met once at the gym - now messaging on every platform and waiting outside her flat.",
)
t(
    SH,
    "ON",
    "Cyberstalking - former colleague keeps making new accounts to contact {V} after being blocked.",
)
t(
    SH,
    "DA",
    "Harassment by texts and phone calls from {mp} - 80+ calls a day. {V} has changed her number twice.",
    "{mp} ringing and texting nonstop since she ended it. No social media involved.",
)
t(
    SH,
    "DA HB",
    "CCB - husband and his family control {V}'s movements, not allowed to work or phone her parents; told she would "
    "dishonour them.",
)
t(
    SH,
    "HC",
    "Racially aggravated harassment: racist notes put through {V}'s door repeatedly over 3 months.",
)
t(
    SH,
    "",
    "Silent calls from a withheld number for 3 weeks, {V} thinks it's her ex's new girlfriend. Harassment.",
)
t(
    SH,
    "DA ON",
    "Harassment on WhatsApp from {V}'s sister over the inheritance, abusive messages every day.",
)
t(
    SH,
    "DA",
    "{V}'s father (72) keeps turning up at her house drunk, shouting and refusing to leave. {V} is 40.",
)
t(
    SH,
    "DA",
    "Stalking: ex put a GPS tracker under {V}'s car. Found by garage.",
)
t(
    SH,
    "HC ON",
    "{V} (local councillor, Jewish) receiving abusive emails about her religion. Harassment.",
)
t(
    SH,
    "HC",
    "Teenagers on the street keep mocking {V}'s wheelchair and banging on his windows. Disability hate harassment.",
)
t(
    SH,
    "ON",
    "Colleague sending {V} unwanted sexual comments on Teams, continued after she asked him to stop. Harassment.",
)
t(
    SH,
    "DA",
    "Ex keeps contacting {V} through his mum and her friends after being told to stop. No threats made.",
)
t(
    SH,
    "",
    "Unknown person leaving flowers and letters at {V}'s door, knows her routine. Stalking.",
)
t(
    SH,
    "DA",
    "CCB - {V} (male) says his girlfriend takes his wages, checks his bank and threatens to say he hit her if he "
    "leaves.",
)
t(
    SH,
    "",
    "Landlord's son keeps coming to {V}'s flat uninvited and making sexual comments. Harassment.",
)
t(
    SH,
    "",
    "Malicious communications - {V} got a letter at home with offensive language and her photo cut up.",
)
t(
    SH,
    "HC ON",
    "{V}'s YouTube channel flooded with transphobic comments from one user who then found out her address.",
)
t(
    SH,
    "ON",
    "{V} says her ex is not harassing her any more. Current issue: neighbour's son sending abusive Facebook messages.",
)
t(
    SH,
    "DA",
    "Harassment - {V}'s adult son keeps demanding money, banging on the door and leaving abusive voicemails.",
)
t(
    SH,
    "ON",
    "{V} ({yteen}) being harassed by her ex-boyfriend ({yteen}) - constant Snapchat messages, spreading lies at "
    "school.",
)
t(
    SH,
    "DA",
    "{V} (17) in relationship with 19yo who controls what she wears, who she sees and checks her phone. CCB.",
)
t(
    SH,
    "HC",
    "Harassment: {V} getting abusive letters about her being Polish, telling her to leave the street.",
)
t(
    SH,
    "ON",
    "Doxxing - {V}'s address posted on a forum with calls for people to 'visit' her.",
)
t(
    SH,
    "DA HB",
    "{V}'s cousins follow her to college and report back to her father, saying it's to protect the family's honour. "
    "Stalking.",
)
t(
    SH,
    "",
    "Harassment by ex-employer, repeatedly turning up at {V}'s new workplace and telling people she is a thief.",
)
t(
    SH,
    "DA",
    "IDVA case note: CCB ongoing, he has isolated her from family and controls all finances. MARAC next Thurs.",
)

# ---------------------------------------------------------------- sexual offences
SX = "sexual_offences"
t(
    SX,
    "DA",
    "Rape by {mp}, disclosed to IDVA. Ongoing controlling behaviour. {V} not ready to give statement yet.",
    "{V} raped by her {mp} on several occasions over the last year, ISVA referral.",
)
t(
    SX,
    "",
    "Rape - {stranger} attacked {V} walking home from a club in {town}. Attended SARC.",
    "Stranger rape {when}, SARC attended, forensic exam done. {V} needs ISVA.",
)
t(
    SX,
    "",
    "Sexual assault on train - man groped {V} (22) between stations. BTP investigating.",
    "{V} touched sexually by {stranger} on the tube, he ran off at the next stop.",
)
t(
    SX,
    "CS",
    "Historic CSA - {V} (now 40) sexually abused by uncle from age 8 to 12. Reporting for the first time.",
    "Non-recent child sexual abuse: {V} abused by a scout leader in the 1990s when she was 11.",
)
t(
    SX,
    "CS ON",
    "CSE - {yteen}yo girl groomed on Snapchat by older males, given alcohol and sexually exploited at a flat.",
)
t(
    SX,
    "CS ON",
    "Online grooming - 32yo man sending sexual messages to {V}'s 12yo son on Discord. Police have seized devices.",
)
t(
    SX,
    "",
    "Exposure - man exposed himself to {V} at the bus stop and masturbated.",
    "indecent exposure in the park, man flashed V while she was jogging",
)
t(
    SX,
    "",
    "Voyeurism - landlord hid a camera in the bathroom of {V}'s rented room.",
)
t(
    SX,
    "",
    "Upskirting - {V} noticed a man holding his phone under her skirt on the escalator at the shopping centre.",
)
t(
    SX,
    "",
    "Sexual assault by a taxi driver - touched {V} on the thigh and breast on the way home.",
)
t(
    SX,
    "MS ON",
    "Trafficking for sexual exploitation - {V} (Albanian, 23) moved between short-let flats, adverts placed on adult "
    "websites, forced to sell sex. NRM.",
)
t(
    SX,
    "CS",
    "{V} (17) raped at a house party by another guest (18). Mum referred.",
)
t(
    SX,
    "DA",
    "{V} (19) raped by her ex after she ended the relationship. He came to her flat to 'talk'.",
)
t(
    SX,
    "DA KN",
    "Rape within marriage - husband held a knife to {V} during it and said it was his right. {V} now with sister.",
)
t(
    SX,
    "CS",
    "Sexual activity with a child - 13yo girl in a 'relationship' with a 20yo man. Social care involved.",
)
t(
    SX,
    "",
    "Assault by penetration - {V} thinks her drink was spiked at a bar, woke in a stranger's flat.",
)
t(
    SX,
    "",
    "{V} (male, 30s) grabbed and groped by a woman in a nightclub, she wouldn't stop. Sexual assault.",
)
t(
    SX,
    "KN",
    "Rape at knifepoint by {stranger} in the park. SARC, ISVA requested.",
)
t(
    SX,
    "DA",
    "Brother-in-law sexually assaulted {V} (26) at a family party. Family don't believe her.",
)
t(
    SX,
    "",
    "Care home - staff member sexually assaulted a resident ({old}, dementia). Daughter is the referral.",
)
t(
    SX,
    "HC",
    "Sexual assault on {V} (gay man) in club toilets, attacker made homophobic comments throughout.",
)
t(
    SX,
    "",
    "Rape in 1998, {V} was 25 at the time, attacker was a work colleague. Only now reporting. ISVA requested.",
)
t(
    SX,
    "CS",
    "Teacher had sexual contact with a 16yo pupil - abuse of position of trust. Parents referred for support.",
)
t(
    SX,
    "ON",
    "Cyberflashing - {V} sent unsolicited explicit photo via Instagram DM from a stranger.",
)
t(
    SX,
    "CS",
    "Sexual assault on a 10yo girl by her older cousin (15) at a family gathering. Parents devastated.",
)
t(
    SX,
    "CS",
    "{V} ({adult}) disclosed her father sexually abused her from age 9 to 13. Now making a report.",
)
t(
    SX,
    "CS",
    "Sexual assault at work - {V} is a 17yo apprentice, manager touched her repeatedly.",
)
t(
    SX,
    "MS DA",
    "{V}'s 'boyfriend' forced her to have sex with other men to pay off a debt, kept her passport. Trafficking, NRM "
    "made.",
)
t(
    SX,
    "CS ON",
    "Sextortion - 15yo boy tricked on Snapchat into sending nude images, now demanded £200 or they go to his friends.",
)
t(
    SX,
    "CS MS",
    "Child trafficked into UK aged 14 for sexual exploitation, now 16 in foster care. NRM conclusive grounds.",
)
t(
    SX,
    "",
    "Sexual assault - {V} says a man at work pinned her against the wall and kissed her. Not a partner.",
)
t(
    SX,
    "",
    "Rape - {V} (adult male) raped by two men he met at a party. ISVA referral.",
)
t(
    SX,
    "",
    "{V} ({adult}) raped after a night out by a man she'd only just met in the bar, she says he wasn't a partner and "
    "they'd never been together.",
)

# ---------------------------------------------------------------- robbery
RB = "robbery"
t(
    RB,
    "KN",
    "Knifepoint robbery - phone and wallet taken by 2 males on {street}.",
    "Robbery: {V} threatened with a knife and made to hand over his phone and trainers.",
    "robbed at knifepoint walking home, phone & cash taken",
)
t(
    RB,
    "",
    "Street robbery - {V} (15) punched and phone taken by a group of older teens.",
)
t(
    RB,
    "",
    "Mugged - pushed to the ground and bag snatched, grazed hands and knees.",
    "{V} knocked over by a man who pulled her handbag off her shoulder, hurt her wrist.",
)
t(
    RB,
    "",
    "Business robbery at bookmakers: staff threatened with a hammer and cash taken from the counter.",
)
t(
    RB,
    "DA",
    "{V}'s ex-partner forced her to hand over her bank card and PIN by threatening to hit her. Robbery.",
)
t(
    RB,
    "",
    "Carjacking - {V} dragged out of her car at traffic lights and the car driven off.",
)
t(
    RB,
    "ON HC",
    "{V} lured to meet someone via Grindr, then robbed by 3 men who used homophobic slurs. Phone and cash taken.",
)
t(
    RB,
    "",
    "Robbed of his watch on {street}; the man said he had a gun in his pocket. {V} believed him, no gun seen.",
)
t(
    RB,
    "",
    "Attempted robbery at a cashpoint - man demanded {V}'s money, {V} ran off, nothing taken.",
)
t(
    RB,
    "DA",
    "Grandson (19) pinned {V} ({old}) down and took her purse. Robbery.",
)
t(
    RB,
    "KN",
    "Delivery rider robbed of his moped and food by 2 males carrying machetes, one held it to his chest.",
)
t(
    RB,
    "HC",
    "{V} has LD, robbed of his benefits money by 'friends' who held him down and called him names about his "
    "disability.",
)
t(
    RB,
    "",
    "Phone snatched out of {V}'s hand by a cyclist, {V} pulled over and cut her chin. Robbery.",
)
t(
    RB,
    "KN",
    "Off-licence robbery - staff threatened with a broken bottle, cigarettes and cash taken.",
)
t(
    RB,
    "",
    "Robbery of personal property: {V} punched to the floor and wallet taken, broken nose.",
)

# ---------------------------------------------------------------- burglary
BG = "burglary"
t(
    BG,
    "",
    "Resi burglary - rear door forced, jewellery and laptop taken while {V} at work.",
    "Burglary dwelling {when}, patio door jemmied, TV and cash taken.",
    "house burgled, back window smashed, gaming console + jewellery gone",
)
t(
    BG,
    "",
    "Distraction burglary - {V} ({old}) let in 2 men claiming to be from the water board, purse taken from kitchen.",
)
t(
    BG,
    "",
    "Shed broken into and lawnmower and power tools taken.",
    "Garden shed broken into, padlock cut, strimmer gone.",
)
t(
    BG,
    "",
    "Shed broken into overnight, 2 bikes stolen.",
)
t(
    BG,
    "",
    "Car keys taken in a burglary overnight and the car driven off the drive.",
    "Burglars came in through the kitchen window, took keys and the car.",
)
t(
    BG,
    "",
    "Business burglary at community centre - entry via the roof, charity tins taken.",
)
t(
    BG,
    "",
    "Attempted burglary - marks on the front door where someone tried to force the lock.",
)
t(
    BG,
    "DA",
    "Ex-partner let himself in with an old key and took {V}'s belongings while she was out. Burglary.",
)
t(
    BG,
    "",
    "Aggravated burglary - offenders were carrying a knife (dropped at scene), occupants asleep upstairs and unaware.",
)
t(
    BG,
    "",
    "{V} woke to find a man in her bedroom, he ran off with her handbag. Burglary.",
)
t(
    BG,
    "",
    "Burglary of V's attached garage, power tools and tyres taken.",
)
t(
    BG,
    "",
    "Student house burgled, 3 laptops taken. {V} suspects a former housemate.",
)
t(
    BG,
    "",
    "Burglary - house ransacked, sofa slashed, drawers emptied. {V} no longer feels safe at home.",
)
t(
    BG,
    "HC",
    "Burglary - house broken into and racist words sprayed on the walls, family are Pakistani heritage.",
)
t(
    BG,
    "",
    "Allotment shed broken into, tools taken. {V} ({old}).",
)
t(
    BG,
    "DA",
    "{V}'s son (22) broke into her house while she was away and took the TV to sell. Burglary.",
)
t(
    BG,
    "",
    "Burglary (business): office broken into overnight, laptops stolen. Manager is the referral.",
)
t(
    BG,
    "",
    "Someone got into the house while we were asleep and took my handbag and car keys from the hall. Car still there.",
)

# ---------------------------------------------------------------- vehicle offences
VO = "vehicle_offences"
t(
    VO,
    "",
    "TOMV - {V}'s car stolen from the drive overnight, keyless relay suspected.",
    "Theft of motor vehicle, {V}'s van taken from outside the house {when}.",
    "car stolen from the drive, keys still in the house",
)
t(
    VO,
    "",
    "Theft from vehicle: van broken into, tools taken. {V} is self-employed, can't work.",
    "Tools stolen from {V}'s work van overnight, lock punched.",
)
t(
    VO,
    "",
    "Catalytic converter stolen from {V}'s car in the supermarket car park.",
    "cat converter cut off V's hybrid overnight",
)
t(
    VO,
    "",
    "Motorbike stolen from outside the flats, chain cut.",
)
t(
    VO,
    "",
    "Vehicle interference - youths trying car door handles along {street}, caught on Ring doorbell.",
)
t(
    VO,
    "",
    "Number plates stolen off {V}'s car, worried they'll be used on another car.",
)
t(
    VO,
    "",
    "Aggravated vehicle taking - {V}'s car taken and crashed into a wall. Nobody hurt.",
)
t(
    VO,
    "DA",
    "{V}'s ex took her car without consent and won't give it back. TWOC recorded.",
)
t(
    VO,
    "",
    "Moped stolen from outside the takeaway, {V} is the delivery rider.",
)
t(
    VO,
    "",
    "Car window broken to get in, sat nav and a bag taken from inside. Theft from motor vehicle.",
)
t(
    VO,
    "",
    "Theft of a motor vehicle - {V}'s campervan taken from a storage yard, tracker disabled.",
)
t(
    VO,
    "",
    "Someone tried to break into my car last night - lock damaged, nothing taken. Police say attempted theft of "
    "vehicle.",
)

# ---------------------------------------------------------------- theft from the person
TP = "theft_from_person"
t(
    TP,
    "",
    "Pickpocket on the bus - purse taken from {V}'s coat pocket, didn't notice until she got off.",
    "Purse stolen from coat pocket on crowded bus, no force used.",
)
t(
    TP,
    "",
    "Phone snatched out of {V}'s hand by a lad on a bike - no force, {V} not hurt.",
    "Snatch theft: phone grabbed from {V}'s hand outside the station, no injury, no contact.",
)
t(
    TP,
    "",
    "Wallet stolen from back pocket at a festival.",
)
t(
    TP,
    "",
    "Bag dipped at the market, zip opened and purse gone.",
)
t(
    TP,
    "",
    "Theft from person - woman asked {V} for directions while another took the phone from her jacket pocket.",
)
t(
    TP,
    "",
    "{V} is registered blind, purse taken from her handbag on the tube. She doesn't think she was targeted for her "
    "disability, nothing said.",
)
t(
    TP,
    "",
    "AirPods pulled out of {V}'s ears by a passer-by who ran off. No injury.",
)
t(
    TP,
    "",
    "Pickpocketed in a nightclub, cards later used contactless in 3 shops.",
)
t(
    TP,
    "",
    "Wallet taken from {V}'s shoulder bag while she was at the bus stop, didn't feel a thing.",
)
t(
    TP,
    "",
    "Theft from the person: {V} ({old}) had her purse lifted from her trolley bag she was holding, at the market.",
)

# ---------------------------------------------------------------- bicycle theft
BT = "bicycle_theft"
t(
    BT,
    "",
    "Pedal cycle stolen from bike rack outside the station, lock cut.",
    "bike nicked from outside {V}'s work, D-lock cut",
)
t(
    BT,
    "",
    "Kids' bikes taken from the front garden overnight.",
)
t(
    BT,
    "",
    "{V}'s bike stolen from outside the gym, left unlocked for 5 mins.",
)
t(
    BT,
    "",
    "Bike stolen from the university campus racks. {V} is a student.",
)
t(
    BT,
    "DA",
    "{V}'s ex-boyfriend took her bike from outside her house and won't give it back.",
)
t(
    BT,
    "",
    "Theft of pedal cycle - {V}'s son's BMX taken by older kids at the skate park, no force.",
)
t(
    BT,
    "",
    "Road bike stolen from outside a cafe, {V} later saw it on sale at a car boot sale.",
)
t(
    BT,
    "",
    "Cycle theft from the open cycle shelter at work (not a building). CCTV requested.",
)
t(
    BT,
    "",
    "Pasted: Theft of pedal cycle. Circs: mountain bike taken from outside the leisure centre, {V} (12) upset.",
)

# ---------------------------------------------------------------- shoplifting
SL = "shoplifting"
t(
    SL,
    "",
    "Shop theft - repeat offender taking meat from the Co-op. Store manager is the referral.",
    "Shoplifting, same man keeps stealing steaks and coffee, manager stressed.",
)
t(
    SL,
    "",
    "Shoplifting at {V}'s corner shop - lads stealing sweets and drinks daily.",
)
t(
    SL,
    "",
    "Retail theft: woman concealed cosmetics in her bag at the pharmacy and left without paying.",
)
t(
    SL,
    "HC",
    "Shoplifter shouted racist abuse at the shopkeeper when challenged, then left with 2 bottles of vodka.",
)
t(
    SL,
    "",
    "Store detective ({V}) - shop theft of alcohol, offender ran off.",
)
t(
    SL,
    "",
    "Small business owner: theft from shop by customers, £300 of stock this month.",
)
t(
    SL,
    "",
    "Self-checkout theft - items not scanned, staff member ({V}) feels unsafe challenging.",
)
t(
    SL,
    "",
    "Shoplifting from charity shop, donated jewellery taken from the display by a customer.",
)
t(
    SL,
    "",
    "Garden centre - 2 customers walked out with plants and tools without paying. Theft from shop.",
)

# ---------------------------------------------------------------- other theft
OT = "other_theft"
t(
    OT,
    "",
    "Cleaner stole jewellery from {V}'s house over several weeks. Theft.",
)
t(
    OT,
    "",
    "Handbag stolen from the back of {V}'s chair in a cafe.",
    "Bag taken from under the table in the pub while {V} was chatting.",
)
t(
    OT,
    "",
    "Making off without payment - customer filled up with fuel and drove off. {V} is the cashier.",
    "Bilking at petrol station, driver left without paying.",
)
t(
    OT,
    "",
    "Parcels stolen from {V}'s doorstep 3 times this month.",
)
t(
    OT,
    "ON",
    "Sextortion / blackmail: {V} (24) tricked into sending an intimate video on Instagram, now being asked for £500 "
    "or it "
    "goes to her family.",
    "Blackmail - {V} (adult) asked for money via Facebook Messenger or his private pics will be shared.",
)
t(
    OT,
    "",
    "Carer stole cash from {V}'s purse over several weeks. {V} is {old}.",
)
t(
    OT,
    "DA",
    "{V}'s adult son keeps taking cash from her purse and has sold her jewellery. Theft.",
)
t(
    OT,
    "",
    "Theft of diesel from farm tanks overnight.",
)
t(
    OT,
    "",
    "Lead stolen from the church roof, churchwarden is the referral.",
)
t(
    OT,
    "",
    "Phone left on the table in the pub, taken when {V} turned round.",
)
t(
    OT,
    "",
    "Plants and garden ornaments stolen from the front garden.",
)
t(
    OT,
    "",
    "Theft of mail - {V}'s post being opened and bank letters taken, suspects someone in the block.",
)
t(
    OT,
    "",
    "Theft by employee - warehouse worker stole stock to sell on. {V} is the owner.",
)
t(
    OT,
    "",
    "Blackmail - ex-business partner threatening to tell {V}'s wife about an affair unless he's paid £5k. Phone calls "
    "only.",
)
t(
    OT,
    "",
    "Shop employee caught stealing from the till over months. Theft by employee.",
)
t(
    OT,
    "",
    "Coat taken from the cloakroom at a wedding venue, keys and wallet inside.",
)

# ---------------------------------------------------------------- criminal damage and arson
CD = "criminal_damage_arson"
t(
    CD,
    "",
    "Car keyed down one side and two tyres slashed outside {V}'s house.",
    "criminal damage to car - tyres slashed overnight, 3rd time",
)
t(
    CD,
    "",
    "Arson - wheelie bin set alight against {V}'s house, scorching to the door.",
)
t(
    CD,
    "DA",
    "{mp} smashed {V}'s phone and the TV during an argument. Criminal damage.",
    "DA crim dam - ex kicked in the bedroom door and broke her laptop.",
)
t(
    CD,
    "",
    "Windows put through by youths, 3rd time this month.",
    "{V}'s front window smashed with a brick {when}, no one hurt.",
)
t(
    CD,
    "",
    "Arson with intent to endanger life - petrol poured through the letterbox and lit while the family slept. All got "
    "out.",
)
t(
    CD,
    "HC",
    "Racist graffiti painted on {V}'s garage door.",
    "Swastika and racist words sprayed on {V}'s car. Hate crime.",
)
t(
    CD,
    "HC",
    "Damage to the mosque - windows smashed and anti-Muslim messages left. {V} is the imam.",
)
t(
    CD,
    "",
    "Neighbour cut down {V}'s fence and hedge without permission. Criminal damage.",
)
t(
    CD,
    "HC",
    "{V}'s wheelchair ramp deliberately broken, note left mocking his disability.",
)
t(
    CD,
    "",
    "Windscreen smashed with a brick, nothing taken from the car. {V} thinks it's a lad she fell out with.",
)
t(
    CD,
    "DA",
    "{V}'s sister threw paint over her car after they fell out about their mum's care.",
)
t(
    CD,
    "",
    "Arson - {V}'s car set on fire while parked on the street, burnt out.",
    "Car torched outside V's house {when}, fire service attended.",
)
t(
    CD,
    "",
    "Criminal damage at the primary school, windows smashed, head teacher is the referral.",
)
t(
    CD,
    "DA",
    "Ex damaged {V}'s front door in a rage, kicked it in but didn't come in. Nothing taken.",
)
t(
    CD,
    "",
    "Fire started in the bin store of the flats, {V} had to be evacuated. Arson.",
)
t(
    CD,
    "",
    "Paintwork scratched on {V}'s van with a key, 'grass' scratched into the bonnet.",
)

# ---------------------------------------------------------------- drug offences
DR = "drug_offences"
t(
    DR,
    "",
    "Caller reports neighbour dealing drugs from the flat - cars pulling up at all hours, hand-to-hand exchanges.",
    "Drug dealing from No. {n} on {street}, constant visitors, deals seen through the window.",
)
t(
    DR,
    "",
    "{V}'s son (23) growing cannabis in the loft, {V} worried she will be implicated.",
)
t(
    DR,
    "",
    "Pasted: Offence - Possession with intent to supply Class A (crack cocaine). {V} is a witness.",
)
t(
    DR,
    "",
    "Drug dealing outside the school gates, parents concerned.",
)
t(
    DR,
    "",
    "Found a bag of white powder in daughter's (17) bedroom, police advised it's cocaine.",
)
t(
    DR,
    "",
    "Landlord ({V}) discovered tenants had set up a cannabis grow in the rented house.",
)
t(
    DR,
    "",
    "Man selling ketamine in the uni halls, {V} (student) was approached.",
)
t(
    DR,
    "",
    "Dealer using {V}'s stairwell to deal, {V} not threatened but worried.",
)
t(
    DR,
    "",
    "Possession of Class B - {V}'s flatmate arrested with cannabis. {V} wants advice.",
)

# ---------------------------------------------------------------- possession of weapons
PW = "possession_of_weapons"
t(
    PW,
    "",
    "Male seen carrying a machete in the street, arrested. {V} (witness) shaken.",
    "Man walking along {street} with a large knife in his waistband, police attended, arrested.",
)
t(
    PW,
    "",
    "{V}'s son (19) has hidden a zombie knife under his bed. Mum worried.",
)
t(
    PW,
    "",
    "Neighbour has an illegal shotgun, {V} saw it in his shed.",
)
t(
    PW,
    "",
    "Possession of offensive weapon - knuckleduster found on a pupil. {V} is the teacher.",
)
t(
    PW,
    "",
    "Police found a lock knife in {V}'s ex's car during a stop. {V} wants to know if he'll be charged. No threats to "
    "her.",
)
t(
    PW,
    "",
    "Bladed article in school - 14yo brought a knife in his bag, teacher ({V}) found it.",
)
t(
    PW,
    "",
    "Pasted: Possession of a bladed article in a public place (s139 CJA 1988). Circs: male stopped outside a club.",
)
t(
    PW,
    "",
    "Possession of a prohibited weapon: CS spray found in a man's bag at the station. {V} reported him.",
)
t(
    PW,
    "",
    "Handgun found hidden in the bin store at {V}'s block. {V} found it.",
)

# ---------------------------------------------------------------- public order
PO = "public_order"
t(
    PO,
    "",
    "Section 4 public order - man squared up to {V} shouting he'd 'do him', {V} feared violence.",
)
t(
    PO,
    "HC",
    "Racially aggravated s5 - racist abuse shouted at {V} in the taxi queue.",
    "Racist abuse from a group of men at {V} outside the train station, no physical contact.",
)
t(
    PO,
    "HC",
    "Religiously aggravated public order: {V} (Muslim) shouted at and called a terrorist in the park.",
)
t(
    PO,
    "",
    "Affray in the town centre, 6 men fighting, {V} a bystander who was terrified.",
)
t(
    PO,
    "HC",
    "Violent disorder outside hotel housing asylum seekers, racist chanting; {V} (resident) frightened.",
)
t(
    PO,
    "HC",
    "Homophobic abuse shouted at {V} and her partner while holding hands in the street. No threats.",
)
t(
    PO,
    "",
    "Neighbour shouting and swearing at {V} in the street, threatening behaviour.",
)
t(
    PO,
    "",
    "Drunk man urinated and shouted abuse at staff, s5.",
)
t(
    PO,
    "HC",
    "Abuse over the garden fence about {V}'s disability, {V} distressed. S5 public order, flagged as disability hate.",
)
t(
    PO,
    "",
    "Road rage - other driver got out and shouted and swore at {V}, banged the car window. No contact.",
)
t(
    PO,
    "HC",
    "Transphobic abuse from a group of youths in the shopping centre, {V} alarmed and distressed. No physical.",
)
t(
    PO,
    "DA",
    "Ex-partner caused a scene at {V}'s work, shouting abuse at her in front of colleagues. Public order.",
)
t(
    PO,
    "HC",
    "Antisemitic abuse shouted at {V} outside the synagogue.",
)
t(
    PO,
    "",
    "Football match - fans throwing bottles at police and rival fans, {V} (steward) fearful. Violent disorder.",
)
t(
    PO,
    "",
    "Man shouting aggressively at bus driver ({V}), swearing and waving his arms, bus had to stop.",
)
t(
    PO,
    "",
    "Drunk group outside {V}'s house swearing and shouting threats when asked to move on.",
)

# ---------------------------------------------------------------- misc crimes against society
MC = "misc_crimes_against_society"
t(
    MC,
    "",
    "Handling stolen goods - {V} (landlord) found stolen goods stored in a rented garage by a tenant.",
)
t(
    MC,
    "",
    "Perverting the course of justice - defendant's family pressuring {V} to withdraw her statement.",
)
t(
    MC,
    "",
    "Witness intimidation - {V} approached at the supermarket by the defendant's mate warning her not to give "
    "evidence.",
)
t(
    MC,
    "",
    "Threat to commit criminal damage - neighbour said he'll burn {V}'s car if she parks there again.",
)
t(
    MC,
    "",
    "Dangerous driving - car mounted the pavement and narrowly missed {V} and her kids. No one hurt.",
    "Driver charged with dangerous driving after nearly hitting {V} on a zebra crossing at speed. No injuries.",
)
t(
    MC,
    "CS",
    "{V}'s husband found to have indecent images of children on his laptop. {V} devastated, no abuse towards her.",
)
t(
    MC,
    "",
    "Bail breach - suspect in the burglary of {V}'s home seen on her street in breach of bail conditions. No contact.",
)
t(
    MC,
    "",
    "Forgery - {V}'s signature forged on tenancy documents by a former housemate.",
)
t(
    MC,
    "",
    "Perjury - witness lied in court in {V}'s case, police now investigating.",
)
t(
    MC,
    "DA",
    "Ex threatened by text to smash {V}'s windows. Threat to commit criminal damage.",
)
t(
    MC,
    "CS ON",
    "Indecent image of a 15yo girl shared around a school WhatsApp group without her consent. Mum referred.",
)
t(
    MC,
    "",
    "Handling stolen goods - man on {street} selling stolen power tools from his van, {V} bought one not knowing.",
)
t(
    MC,
    "",
    "Defendant absconded from court during {V}'s trial - fail to surrender, bail offence. {V} anxious.",
)

# ---------------------------------------------------------------- fraud and computer misuse
FR = "fraud_computer_misuse"
t(
    FR,
    "ON",
    "Romance fraud - met 'Mark' on a dating site, sent {money} for 'medical bills'. Never met him.",
    "Romance scam, man on a dating app asked {V} for {money} to get home from an oil rig.",
)
t(
    FR,
    "",
    "Courier fraud - {V} ({old}) phoned by a 'police officer', handed her bank card to a courier at the door.",
    "{V} ({old}) got a call from 'the bank', told to give cards to a courier. Lost {money}.",
)
t(
    FR,
    "ON",
    "Investment scam via Instagram - crypto trading platform, lost {money}.",
)
t(
    FR,
    "",
    "Identity fraud - loans and a mobile contract taken out in {V}'s name.",
)
t(
    FR,
    "ON",
    "Email hacked, hacker sent messages to {V}'s contacts asking for money. Computer misuse.",
)
t(
    FR,
    "",
    "Phone call from 'bank fraud team', {V} went into the branch and transferred savings to a 'safe account'. "
    "Lost {money}.",
)
t(
    FR,
    "ON",
    "Paid for a PS5 on Facebook Marketplace, it never arrived and seller blocked {V}.",
)
t(
    FR,
    "DA",
    "{mp} took out credit cards in {V}'s name and ran up {money} of debt. Fraud.",
)
t(
    FR,
    "",
    "Rogue trader charged {V} ({old}) {money} for roof work that was never done.",
)
t(
    FR,
    "ON",
    "Got a text about a missed parcel, clicked the link and put card details into the website. {money} taken.",
)
t(
    FR,
    "ON",
    "Festival tickets bought through a website never arrived, site now gone. Fraud.",
)
t(
    FR,
    "DA ON",
    "{V}'s ex logged into her Instagram without permission and deleted her photos, changed the password. Computer "
    "misuse.",
)
t(
    FR,
    "ON",
    "APP fraud: {V} paid a house deposit to fraudsters after the solicitor's email was spoofed. {money} gone.",
)
t(
    FR,
    "",
    "Cheque fraud - {V}'s cheque altered and paid into someone else's account.",
)
t(
    FR,
    "",
    "Pension scam - cold call then home visits from an 'adviser', {V} transferred pension to a fake scheme.",
)
t(
    FR,
    "ON",
    "'Hi Mum, new number' message on WhatsApp, {V} sent {money} thinking it was her daughter.",
)
t(
    FR,
    "",
    "Lottery scam letter in the post asking for a release fee, {V} ({old}) paid {money} by bank transfer at the post "
    "office.",
)
t(
    FR,
    "HC",
    "{V} (learning disability) persuaded by 'friends' to hand over his bank card, they mock his disability. Fraud.",
)
t(
    FR,
    "ON",
    "Ransomware attack on {V}'s small business, files encrypted and ransom demanded.",
)
t(
    FR,
    "",
    "Caller posing as HMRC said {V} would be arrested unless she paid {money} in gift cards. All by phone.",
)
t(
    FR,
    "",
    "V says her parents arranged her marriage and she is happy with it, no concerns there. Reason for referral: "
    "identity fraud, bank account opened in her name.",
)

# ---------------------------------------------------------------- anti-social behaviour
AS = "anti_social_behaviour"
t(
    AS,
    "",
    "Noise nuisance - neighbour playing loud music until 3am most nights.",
    "ASB: loud parties next door every weekend, council noise team involved.",
)
t(
    AS,
    "",
    "Youths hanging around outside the shop being rowdy, no threats made.",
    "group of teens congregating by the shops, rowdy, littering. no crime",
)
t(
    AS,
    "",
    "Neighbour dispute over parking, no threats or abuse, {V} stressed.",
)
t(
    AS,
    "",
    "Dog barking and fouling, council involved.",
)
t(
    AS,
    "",
    "Off-road motorbikes on the field every evening, noise.",
)
t(
    AS,
    "",
    "Kids knocking on doors and running away, {V} ({old}) anxious.",
)
t(
    AS,
    "",
    "Neighbour burning garden rubbish, smoke into {V}'s house.",
)
t(
    AS,
    "",
    "Street drinking and litter in the park near {V}'s home.",
)
t(
    AS,
    "",
    "Neighbour keeps staring at {V} over the fence. Police advised it doesn't meet the harassment threshold; logged "
    "as ASB.",
)
t(
    AS,
    "",
    "Neighbours arguing loudly most nights, {V} not involved. No DA concerns per PCSO.",
)
t(
    AS,
    "",
    "Kids kicking a football against {V}'s wall constantly.",
)
t(
    AS,
    "",
    "Upstairs flat - stamping, slamming doors at all hours.",
)
t(
    AS,
    "",
    "Group of teens hanging round {V}'s ramp, he is a wheelchair user and feels nervous. No comments made about his "
    "disability, no crime.",
)
t(
    AS,
    "",
    "Car revving and loud exhausts on {street} every night, {V} can't sleep. ASB.",
)

# ---------------------------------------------------------------- other crime
OC = "other_crime"
t(
    OC,
    "",
    "Neighbour neglecting their dog, very thin and left outside in all weathers. RSPCA informed, animal welfare "
    "offence.",
)
t(
    OC,
    "",
    "Self-referral - {V} says she was a victim of a crime last month but didn't want to say what. Wants to talk to "
    "someone.",
    "{V} called, victim of crime, no details given, asked for a call back.",
)
t(
    OC,
    "",
    "Fly-tipping on {V}'s farmland again, building waste dumped.",
)
t(
    OC,
    "",
    "Collision in car park - other driver hit {V}'s car and failed to stop. Damage only, no injuries.",
)
t(
    OC,
    "",
    "Hare coursing on {V}'s farm, men with dogs on the land at night.",
)
t(
    OC,
    "",
    "{V}'s neighbour drives home drunk most nights, {V} worried about the kids on the street. Drink driving.",
)
t(
    OC,
    "",
    "Wildlife crime - nesting birds' hedge destroyed during nesting season.",
)
t(
    OC,
    "",
    "{V} injured at work after employer ignored safety rules, HSE investigating.",
)
t(
    OC,
    "",
    "Police ref, crime no. given but offence not stated. {V} said 'it happened at my work', doesn't want to discuss.",
)
t(
    OC,
    "",
    "Poisoned bait put out for birds of prey on the estate next to {V}'s land, dead buzzard found. Wildlife crime.",
)
t(
    OC,
    "",
    "Puppy farm next door - animals kept in awful conditions, council investigating animal welfare offences.",
)
t(
    OC,
    "",
    "Careless driving - van clipped {V}'s wing mirror and drove off, no one hurt.",
)

# ---------------------------------------------------------------- extra hard negatives / flag coverage
t(
    SH,
    "DA HB",
    "{V} (19) - parents took her phone and passport after finding out about her boyfriend, monitor her constantly and "
    "say she has disgraced the family. CCB.",
)
t(
    VO,
    "",
    "{V} worried her family might try to arrange a marriage for her in future, nothing has happened yet. Reason for "
    "call: "
    "car broken into, bag taken from the boot.",
)
t(
    SX,
    "DA HB CS",
    "{V} (17) was forced to marry a man abroad last year, now living in the UK with him and he rapes her. Forced "
    "marriage "
    "unit involved.",
)
t(
    VW,
    "DA HB",
    "Uncle slapped {V} (20) for wearing western clothes, said she was bringing shame on the family. No injury.",
)
t(
    BG,
    "",
    "Burglary at {V}'s flat, passport and cash taken. {V} mentions her cousin was a trafficking victim years ago, not "
    "related.",
)
t(
    VI,
    "",
    "{V} punched by a man she knows from work, bruised cheek. She denies any relationship with him, just colleagues.",
)
t(
    PO,
    "",
    "Man in the street shouted sexist abuse at {V} calling her vile names for being a woman. S5 public order.",
)
t(
    AS,
    "",
    "My neighbour's teenage kids keep having friends round in the garden, very loud till late. Nobody's threatened us.",
)
t(
    DR,
    "",
    "Police pasted: Production of a controlled drug Class B - cannabis factory found in flat below {V}'s.",
)
t(
    PW,
    "",
    "{V}'s teenage grandson (17) showed off a flick knife he bought, {V} worried he carries it. He's never threatened "
    "anyone with it.",
)
t(
    OC,
    "",
    "Someone keeps letting off fireworks late at night outside the stables and the horses are injured. Animal welfare "
    "and fireworks offences.",
)


# ---------------------------------------------------------------- longer narratives (several offences, principal rule)
t(
    SX,
    "DA",
    "Long call. {V} (34) explained her husband has been controlling for years, checks her phone and takes her wages. "
    "Last Friday he hit her across the face leaving a bruise, and later that night forced her to have sex when she "
    "said no. She has taken the kids to her mum's. Police aware, DASH high, MARAC referral done. Wants help with a "
    "non-molestation order and housing.",
)
t(
    RB,
    "KN",
    "{V} was walking back from a late shift when two lads on bikes blocked the path. One pulled a knife and said give "
    "us "
    "your phone. When {V} hesitated the other punched him, splitting his lip, and they took his phone, wallet and "
    "headphones. {V} has been too anxious to go to work since, GP has signed him off. Wants help with CICA.",
)
t(
    VI,
    "",
    "Neighbour dispute that has escalated. Over the summer the neighbour shouted at {V} over the fence, last week he "
    "kicked {V}'s car door leaving a dent, and on Sunday he came round and punched {V} in the face, breaking his "
    "glasses "
    "and cutting his nose. Arrested. {V} says there's no racial element, they just don't get on.",
)
t(
    BG,
    "",
    "Caller is {old}, lives alone. Came home from hospital to find the back door forced, drawers tipped out, her late "
    "husband's medals and £200 cash gone. Whoever it was also smashed the hall mirror. She is frightened to stay in "
    "the "
    "house and her son is staying with her for now. Needs lock change scheme info.",
)
t(
    SH,
    "DA ON",
    "{V} ended the relationship in March. Since then her ex has messaged her on Instagram and Snapchat from new "
    "accounts "
    "every day, turned up at her gym, and last week poured paint over her car outside her flat. She has changed her "
    "whole routine and is scared. Police considering a stalking protection order.",
)
t(
    FR,
    "ON",
    "{V} met a man on a dating site in January who said he was an engineer working overseas. They never met in person "
    "but spoke daily on WhatsApp. Over four months he persuaded her to send money for customs fees and a hospital "
    "bill, "
    "about £31,000 in total, much of it from her pension. Bank has refused a refund so far. {V} feels ashamed and "
    "hasn't "
    "told her children.",
)
t(
    H,
    "KN",
    "My son was 19. He went out to meet friends and never came home. The police told us he had been stabbed in an "
    "alleyway near the station and died before the ambulance got there. Two boys have been charged with his murder. "
    "The "
    "trial is in the autumn and I don't know how I will sit in that courtroom. I just need someone who understands.",
)
t(
    VI,
    "MS",
    "NRM referral from police. {V} is a 31 year old man from abroad who was promised construction work. On arrival his "
    "passport was taken, he was housed with 8 others in a two bedroom flat and made to work 12 hour days for no pay. "
    "When "
    "he asked to leave he was beaten by the gang leader and has two broken ribs. He escaped to a church who called "
    "police.",
)
t(
    SX,
    "CS ON",
    "Mum called on behalf of her daughter ({yteen}). Daughter had been talking on Instagram to someone she thought "
    "was a "
    "15 year old boy. He asked for pictures and she sent some, then asked her to meet. Mum found the messages and "
    "police "
    "say the account belongs to an adult man. Police have her phone. Daughter is withdrawn and blames herself.",
)
t(
    PO,
    "HC",
    "{V} is a bus driver. A passenger refused to pay, then stood at the front shouting racist abuse at him for several "
    "minutes in front of other passengers, telling him to go back where he came from. He did not touch {V}. {V} "
    "stopped "
    "the bus and police attended. {V} feels humiliated and has asked to change routes.",
)
t(
    VO,
    "",
    "{V} parked at the retail park and came back to find the rear side window smashed and her handbag gone from the "
    "back "
    "seat, with her purse, work laptop and house keys inside. She had to get the locks changed that night and is "
    "worried "
    "whoever took the bag knows her address from her licence. No one hurt.",
)
t(
    AS,
    "",
    "Ongoing issue for about a year with the family next door. Loud music most evenings, dogs barking for hours, kids "
    "kicking a ball against the fence, rubbish left in the shared alley. {V} has spoken to them and they were not "
    "aggressive, they just don't care. No threats, no damage. Council ASB team have opened a case; {V} is exhausted "
    "and "
    "it's affecting her mental health.",
)
t(
    VW,
    "DA",
    "{V}'s ex-husband has been ringing and sending texts for weeks since the divorce, sometimes 30 a day. On Monday he "
    "left a voicemail saying he would kill her and then himself if she didn't take him back. He lives in another town "
    "and has not come to the house. Police arrested him yesterday. {V} has two children at home and is not sleeping.",
)
t(
    DD,
    "",
    "Referral for {V}'s family. {V}'s husband was cycling to work early on a Tuesday when a van driver pulled out of a "
    "junction without looking and hit him. He has a serious brain injury and is still in an induced coma. The driver "
    "has been interviewed under caution for causing serious injury by careless driving. Wife needs support and "
    "information about the process.",
)
t(
    OT,
    "DA",
    "{V}'s grandson, who is 24 and lives with her, has been taking money from her purse and her savings tin for months "
    "and has pawned her wedding ring. She didn't want to involve police at first because he's family, but it's now "
    "about "
    "£3,000. Social worker supporting. {V} is frightened of him when he's been drinking.",
)


def _flags(abbrev: str) -> list[str]:
    """Expand flag abbreviations into codes in canonical order."""
    codes = {FLAG_CODES[a] for a in abbrev.split()}
    return [c for c in FLAG_ORDER if c in codes]


def generate(rng: random.Random) -> list[dict[str, object]]:
    """Produce up to three distinct notes per template."""
    seen: set[str] = set()
    notes: list[dict[str, object]] = []
    for tid, (category, abbrev, texts) in enumerate(TEMPLATES):
        made = 0
        tries = 0
        while made < 3 and tries < 40:
            tries += 1
            base = texts[made % len(texts)] if tries <= 3 else rng.choice(texts)
            text = re.sub(r"\s+", " ", decorate(fill(base, rng), rng)).strip()
            key = text.lower()
            if key in seen or not 5 <= len(text.split()) <= 90:
                continue
            seen.add(key)
            notes.append({"tid": tid, "text": text, "category": category, "flags": _flags(abbrev)})
            made += 1
    return notes


def select(notes: list[dict[str, object]], rng: random.Random) -> list[dict[str, object]]:
    """Drop notes until TARGET_TOTAL remain, keeping minimum counts and the domestic-abuse share."""
    keep = list(notes)
    order = list(range(len(keep)))
    rng.shuffle(order)
    removed: set[int] = set()

    def counts() -> tuple[dict[str, int], dict[str, int], dict[int, int]]:
        """Count categories, flags and notes per template among kept notes."""
        cat: dict[str, int] = {}
        flg: dict[str, int] = {}
        per: dict[int, int] = {}
        for i, n in enumerate(keep):
            if i in removed:
                continue
            cat[n["category"]] = cat.get(n["category"], 0) + 1
            per[n["tid"]] = per.get(n["tid"], 0) + 1
            for f in n["flags"]:
                flg[f] = flg.get(f, 0) + 1
        return cat, flg, per

    for want_da in (True, False):
        for i in order:
            cat, flg, per = counts()
            total = len(keep) - len(removed)
            da = flg.get("domestic_abuse", 0)
            if total <= TARGET_TOTAL:
                break
            if want_da and da <= TARGET_DA:
                break
            n = keep[i]
            if i in removed or ("domestic_abuse" in n["flags"]) != want_da:
                continue
            if per[n["tid"]] <= 1 or cat[n["category"]] <= MIN_PER_CATEGORY:
                continue
            if any(flg[f] <= MIN_PER_FLAG for f in n["flags"]):
                continue
            removed.add(i)
    return [n for i, n in enumerate(keep) if i not in removed]


def main() -> None:
    """Build the corpus and write the CSV."""
    rng = random.Random(SEED)
    notes = select(generate(rng), rng)
    rng.shuffle(notes)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["note_id", "text", "category", "flags"])
        for k, n in enumerate(notes, start=1):
            writer.writerow([f"B8-{k:04d}", n["text"], n["category"], ";".join(n["flags"])])
    print(f"wrote {len(notes)} notes from {len(TEMPLATES)} templates to {OUT}")


if __name__ == "__main__":
    main()
