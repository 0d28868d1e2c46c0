"""Generate benchmarks/data/notes_blind23.csv: synthetic victim-services referral notes, hand-labelled.

Every template below carries a label assigned by hand from TAXONOMY.md. Slot values (names, ages,
places, referral sources, support needs) are label-neutral: no slot value can change a label.
Relationship and offence sentences are composed only from pools whose members share one label.
"""

import csv
import os
import random

SEED = 2323
TARGET_TOTAL = 850
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "notes_blind23.csv")

FLAG_ORDER = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# Label-neutral slot pools
# ---------------------------------------------------------------------------
M_NAMES = [
    "Dean", "Liam", "Craig", "Tomasz", "Jamal", "Gareth", "Kyle", "Ryan", "Mohammed", "Stuart", "Lee",
    "Darren", "Connor", "Aaron", "Marcus", "Pawel", "Rhys", "Neil", "Jordan", "Scott", "Imran", "Callum",
    "Wayne", "Owen", "Declan", "Samir", "Kieran", "Jason", "Mark", "Andrius", "Tyrone", "Gavin",
]  # fmt: skip
F_NAMES = [
    "Kelly", "Stacey", "Aisha", "Joanne", "Chloe", "Megan", "Gemma", "Sian", "Natalie", "Agnieszka",
    "Leanne", "Priya", "Danielle", "Rebecca", "Shannon", "Amy", "Lisa", "Nadia", "Bethan", "Zoe",
    "Tracey", "Hayley", "Jade", "Sadia", "Emma", "Carys", "Monika", "Yasmin",
]  # fmt: skip
AREAS = [
    "Northfield", "the Marsh estate", "Castle ward", "Riverside", "Kingsmead", "Abbey Park", "Hillcrest",
    "Westgate", "Moorside", "the Beacon estate", "Eastbrook", "Southmead", "Thornbury Vale", "Millfield",
]  # fmt: skip
STREETS = [
    "Station Road", "the High Street", "Church Lane", "Victoria Street", "Mill Road", "Queens Parade",
    "London Road", "Market Street", "Park View", "Bridge Street", "Chapel Row", "Albert Road",
]  # fmt: skip
POOLS = {
    "m": M_NAMES,
    "f": F_NAMES,
    "area": AREAS,
    "street": STREETS,
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "the bank holiday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"],
    "season": ["spring", "summer", "autumn", "winter"],
    "year": [str(y) for y in range(2012, 2024)],
    "n": [str(i) for i in range(2, 16)],
    "c": [str(i) for i in range(2, 15)],
    "months": [str(i) for i in range(2, 12)],
    "weeks": [str(i) for i in range(9, 31)],
    "age_adult": [str(i) for i in range(19, 59)],
    "age_old": [str(i) for i in range(66, 92)],
    "age_son": [str(i) for i in range(30, 41)],
    "age_mum": [str(i) for i in range(62, 73)],
    "age_yg": [str(i) for i in range(18, 25)],
    "amount": ["£180", "£250", "£340", "£420", "£600", "£950", "£1,200"],
    "big": ["£2,400", "£3,800", "£7,500", "£14,000", "£26,000", "£41,000"],
    "fuel": ["£65", "£72", "£80", "£94", "£110"],
    "time": ["0130hrs", "0215", "3am", "2330hrs", "about 1am", "0445", "11pm", "teatime"],
    "hosp": ["the RI", "A&E at the General", "St Mary's", "the MIU then A&E", "the county hospital"],
    "shop": ["Co-op", "Tesco Express", "Boots", "Iceland", "B&M", "Spar", "Lidl", "Home Bargains", "the Londis"],
    "pub": ["the Red Lion", "the Crown", "Wetherspoons", "the Railway", "the Kings Head", "the Plough"],
    "station": ["the train station", "the bus station", "the interchange", "Central station"],
    "road": ["A38", "A470", "bypass", "ring road", "B4060", "dual carriageway"],
    "bus": ["7", "12", "24", "X5", "36", "1A"],
    "pc": [str(i) for i in range(1040, 9980, 37)],
    "ref": lambda: f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}/2{rng.randint(3, 4)}",
    "rel_b": ["brother", "son", "nephew", "grandson", "cousin"],
    "relw": ["mother", "father", "sister", "aunt", "grandfather"],
}
NAME_KEYS = ("m", "f")

SOURCES = [
    "VAL referral.", "Police referral, crime ref {ref}.", "Self-referral by phone.", "Web form self-referral.",
    "Referral from OIC PC {pc}.", "Referral from GP surgery.", "Housing officer referral.", "Witness Care referral.",
    "VS national line transfer.", "Niche ref {ref}.", "Call handler note:", "Third party referral (friend of V).",
    "Referred by neighbourhood team.", "VCU referral:", "Occ {ref}.", "Police referral via Athena.",
    "Referral from probation?? - no, from OIC.", "Sent over by the local council.", "VS webchat.",
]  # fmt: skip
NEEDS = [
    "V wants emotional support.", "Call back after 5pm please.", "Needs an interpreter (Polish).",
    "Needs an interpreter (Urdu).", "Info by post please.", "V anxious and not sleeping.",
    "Wants updates on the investigation.", "Help with VPS requested.", "Text before calling.",
    "Email contact preferred.", "V struggling at work since.", "No other needs identified.",
    "Consent for referral given.", "Prefers contact in Welsh.", "Has asked about counselling.",
    "Best number is the mobile.", "V is hard of hearing - text only.", "Wants to know what happens next.",
    "v tearful on phone", "Pls call mornings.", "Asked for a female worker.",
]  # fmt: skip
TYPOS = [
    ("the", "teh"), ("and", "adn"), ("because", "becuase"), ("about", "abotu"), ("with", "wiht"),
    ("since", "sinse"), ("would", "woudl"), ("their", "thier"), ("been", "bene"), ("was", "wsa"),
    ("said", "siad"), ("their", "there"), ("house", "hosue"), ("after", "afer"),
]  # fmt: skip
DIRECT_WORDS = [
    "partner", "partners", "husband", "husbands", "wife", "wives", "boyfriend", "boyfriends", "girlfriend",
    "girlfriends", "ex", "exes", "spouse", "spouses", "da", "dv", "bf", "gf",
]  # fmt: skip


class Slots(dict):
    """Draws each missing slot once from its pool; distinct names within one note."""

    def __missing__(self, key):
        base = key.rstrip("0123456789")
        pool = POOLS[base]
        val = pool() if callable(pool) else rng.choice(pool)
        tries = 0
        while base in NAME_KEYS and val in self.values() and tries < 50:
            val = rng.choice(pool)
            tries += 1
        self[key] = val
        return val


def fill(template, slots):
    return template.format_map(slots)


def norm_flags(flags):
    got = [f for f in flags.split(";") if f] if isinstance(flags, str) else list(flags)
    for f in got:
        if f not in FLAG_ORDER:
            raise ValueError(f)
    return ";".join(f for f in FLAG_ORDER if f in got)


def opener(slots):
    r = rng.random()
    if r < 0.42:
        return ""
    s = fill(rng.choice(SOURCES), slots)
    if rng.random() < 0.1:
        s = s.upper()
    return s


def needs():
    r = rng.random()
    if r < 0.5:
        return []
    if r < 0.85:
        return [rng.choice(NEEDS)]
    first = rng.choice(NEEDS)
    second = rng.choice(NEEDS)
    return [first] if first == second else [first, second]


def style(text):
    r = rng.random()
    if r < 0.12:
        return text.lower()
    if r < 0.26:
        words = text.split(" ")
        for _ in range(rng.randint(1, 2)):
            good, bad = rng.choice(TYPOS)
            for i, w in enumerate(words):
                if w == good:
                    words[i] = bad
                    break
        return " ".join(words)
    if r < 0.32:
        return text.replace(". ", " - ", 2)
    return text


def assemble(body_parts, slots, extras=True):
    parts = []
    if extras:
        head = opener(slots)
        if head:
            parts.append(head)
    parts.extend(p for p in body_parts if p)
    if extras:
        parts.extend(needs())
    return style(" ".join(parts))


def is_direct(text):
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text.lower())
    tokens = cleaned.split()
    return any(w in tokens for w in DIRECT_WORDS)


# ---------------------------------------------------------------------------
# Label specifications. Plain-text tables parsed below; a line starting with spaces continues the
# previous entry. Every entry was labelled by hand from TAXONOMY.md.
# ---------------------------------------------------------------------------
# Offence sentences: kind | category | flags | text. {P} names the suspect. Used for both DA and non-DA notes.
OFFENCES_SPEC = """
assault_inj | violence_with_injury | - | {P} punched V in the face; split lip and swollen eye, photos taken.
assault_inj | violence_with_injury | - | {P} pushed V into a door frame - V's wrist is fractured, confirmed at
    {hosp}.
assault_inj | violence_with_injury | - | {P} headbutted V, broken nose. ABH.
assault_inj | violence_with_injury | - | {P} threw a mug which cut V's forehead, glued at the MIU.
assault_inj | violence_with_injury | - | V has fingertip bruising on both arms where {P} grabbed and shook V.
assault_inj | violence_with_injury | - | {P} bit V on the forearm, skin broken.
assault_inj | violence_with_injury | - | {P} kicked V repeatedly while V was on the floor, cracked ribs. S20.
assault_inj | violence_with_injury | - | {P} dragged V by the hair; clumps of hair pulled out, grazed knees.
assault_inj | violence_with_injury | knife_sharp_instrument | {P} cut V's hand with a kitchen knife during an
    argument, 5 stitches.
assault_inj | violence_with_injury | knife_sharp_instrument | {P} slashed at V with a broken bottle, cut to V's
    cheek.
assault | violence_without_injury | - | {P} shoved V against the wall and held V there. No injuries.
assault | violence_without_injury | - | {P} spat in V's face and slapped V, no marks.
assault | violence_without_injury | - | {P} threw a full can of lager at V then pushed V onto the sofa. Not hurt.
threat | violence_without_injury | - | {P} told V 'I'll kill you, I mean it this time'. V believes it.
threat | violence_without_injury | knife_sharp_instrument | {P} picked up a kitchen knife, pointed it at V and said
    V would not see morning.
threat | violence_without_injury | - | {P} rang V and said V would be dead by the weekend, that {P} would stab V.
    {P} was not at the address; V believes it.
harass | stalking_harassment | - | {P} has rung V over 60 times since Friday and keeps turning up outside V's work.
harass | stalking_harassment | online | {P} messages V on WhatsApp all night every night; V blocks and new numbers
    appear.
harass | stalking_harassment | online | {P} set up fake Instagram accounts to follow V and message V's friends.
harass | stalking_harassment | - | {P} sits in a car at the end of V's road most evenings and has left notes on V's
    windscreen.
harass | stalking_harassment | - | {P} keeps leaving voicemails calling V names and ringing V's mum at all hours.
control | stalking_harassment | - | {P} controls V's money, checks V's phone and stops V seeing friends - V says
    it's like 'walking on eggshells'.
control | stalking_harassment | - | {P} decides what V wears and eats, takes V's bank card and tracks where V goes.
    Controlling behaviour.
damage | criminal_damage_arson | - | {P} smashed V's phone on the floor and put a fist through a door.
damage | criminal_damage_arson | - | {P} kicked in the front door panel of V's flat after V wouldn't open it.
damage | criminal_damage_arson | - | {P} poured bleach over V's clothes and snapped V's glasses.
damage | criminal_damage_arson | - | {P} set fire to a bag of V's belongings in the back garden.
damage | criminal_damage_arson | - | {P} threw a brick through V's front window at {time}.
burglary | burglary | - | {P} got into V's home with a key V didn't know {P} still had, while V was at work, and
    took V's laptop.
burglary | burglary | - | {P} climbed through V's kitchen window at {time} and took the TV and V's tablet.
theft | other_theft | - | {P} has been taking cash from V's purse each week, about {amount} so far.
theft | other_theft | - | {P} took V's gold chain and rings and pawned them.
fraud | fraud_computer_misuse | - | {P} took out two loans and a catalogue account in V's name without V knowing.
fraud | fraud_computer_misuse | online | {P} used V's card details to shop on Amazon and ASOS, about {amount}.
fraud | fraud_computer_misuse | online | {P} got into V's email and banking app and moved {amount} out.
sexual_ip | sexual_offences | - | {P} forced V to have sex after V said no several times.
sexual_ip | sexual_offences | - | {P} made V have sex as 'payback' for going out with friends.
sexual | sexual_offences | - | {P} touched V sexually while V was asleep; V woke and told {P} to stop.
sexual | sexual_offences | - | {P} groped V's breasts and bottom and tried to kiss V while V pushed {P} away.
robbery | robbery | - | {P} pushed V over and wrenched V's bag away, taking V's purse and phone.
vehicle | vehicle_offences | - | {P} took V's car keys and drove off in V's car without permission; not returned.
po | public_order | - | {P} stood in the street outside V's house shouting and swearing at V for an hour; arrested
    s4A POA.
misc | misc_crimes_against_society | - | {P} texted V saying {P} would smash up V's car and torch it.
"""

# Domestic relationships, both people 16+ (intimate/ex-intimate = ip, relatives = fam), described without the
# words partner/husband/wife/boyfriend/girlfriend/ex/spouse/DA/DV: type | living | suspect slot | text.
DA_REL_INDIRECT_SPEC = """
ip | apart | m | V and {m} were together {n} years and split in {month}.
ip | - | m | {m} is the dad of V's two youngest.
ip | - | m | V has been seeing {m} on and off since last {season}.
ip | - | m | V got engaged to {m} last {season}; the wedding is now off.
ip | apart | m | V and {m} married in {year} and separated in {month}.
ip | cohab | m | V lives with {m}; they have a {months}-month-old together.
ip | - | m | {m} and V have been dating since the spring but don't live together.
ip | - | m | {m} is the father of V's unborn baby (V is {weeks} weeks pregnant).
ip | - | m | V says: 'me and {m} have been together since sixth form, {n} years now'.
ip | apart | m | V moved out of the flat she shared with {m} in {month}.
ip | cohab | m | V and {m} have been a couple for {n} years and live together (same-sex relationship).
ip | apart | f | {f} is the mum of V's daughter; they stopped living together last year.
ip | - | f | V and {f} have been in a civil partnership since {year}.
ip | cohab | m | V's fiancé {m} moved in with V in {month}.
ip | cohab | f | {f}, V's fiancée, lives with V and V's two kids.
ip | apart | m | V: '{m} couldn't accept it was over when we stopped seeing each other in {month}.'
ip | apart | S | S is the father of V's child; their relationship ended in {month}.
ip | - | f | V and {f} were a couple for {n} years.
ip | apart | m | Married {n} yrs, {m} left the family home in {month}.
ip | apart | m | V and {m} were never a couple - a one-night thing - but {m} is the father of V's son ({c}).
ip | - | m | {m} and V have been seeing each other for a few weeks.
ip | cohab | m | V and {m} broke up after {n} years but still share the house for now.
ip | - | m | Suspect {m}, father of V's {c}-year-old.
ip | - | f | V had lived with {f} for {n} years as a couple until V moved to a refuge in {month}.
ip | apart | m | Relationship with {m} on and off since {year}, currently 'off'.
fam | cohab | m | V ({age_mum}) lives with her son {m} ({age_son}).
fam | cohab | f | Suspect is V's daughter {f} ({age_adult}), who moved back home in {month}.
fam | - | m | V's brother {m} ({age_adult}) stays at V's flat on and off.
fam | cohab | f | V ({age_yg}) still lives with her mum {f}.
fam | cohab | m | {m} is V's stepdad; V ({age_yg}) lives with him and V's mum.
fam | - | m | V's grandson {m} ({age_yg}) stays with V at weekends.
fam | cohab | m | V's nephew {m} ({age_adult}) is V's main carer and lives in.
fam | apart | m | V's son {m} ({age_son}) moved out last year.
fam | cohab | m | V's first cousin {m} ({age_adult}) has been lodging with V since {month}.
fam | cohab | m | V's father-in-law {m} lives in the annexe.
fam | apart | m | V ({age_mum}) - suspect is her son {m} ({age_son}), who no longer lives with her.
fam | - | f | V ({age_adult}) - the suspect is V's sister {f}.
fam | - | f | Suspect = V's mother-in-law {f}.
fam | - | m | V ({age_adult}) - suspect is V's twin brother {m}.
fam | - | m | V ({age_adult}) - suspect is her uncle {m}.
fam | - | m | Suspect is V's son-in-law {m}.
fam | - | m | {m} ({age_adult}) is V's stepson.
fam | - | f | V's daughter-in-law {f} ({age_adult}).
"""

# Domestic relationships stated with direct relationship words: type | living | suspect slot | text.
DA_REL_DIRECT_SPEC = """
ip | apart | m | Suspect is V's ex-partner {m}.
ip | cohab | m | V's husband {m} ({age_adult}).
ip | - | m | {m} - V's boyfriend of {n} months.
ip | apart | m | DA. V and {m} were partners for {n} years, now separated.
ip | cohab | f | {f}, V's girlfriend, lives with V.
ip | cohab | f | V's wife {f}.
ip | apart | m | Ex bf {m}.
ip | apart | f | V's ex-wife {f}.
ip | - | m | DV - suspect is V's partner {m}.
ip | - | f | V's partner {f} (same-sex relationship, {n} yrs).
ip | apart | m | V's ex-husband {m}.
fam | - | m | DA: suspect is V's brother {m}.
fam | cohab | m | DA - son {m} ({age_son}) and V ({age_mum}) live together.
"""

# Not personally connected (or negated): suspect slot | offence kinds allowed (basic = common kinds) | text.
NEG_REL_SPEC = """
m | basic,burglary | {m} lives in the flat above V; they only know each other as neighbours.
m | basic,sexual | {m} is V's landlord.
f | basic,sexual,fraud | {f} works with V at the distribution centre.
m | basic,theft,fraud,sexual | V and {m} share a house - they found each other through a room-share site and are not
    in a relationship.
f | assault,theft,fraud,harass | {f} is a paid carer from the agency that visits V twice a day.
m | basic | {m} is the new partner of V's ex.
m | basic,theft | {m} is V's daughter's boyfriend.
m | assault_inj,assault,sexual,robbery,threat | V had met {m} for the first time that night - a blind date set up by
    a friend.
m | assault_inj,assault,threat,sexual,robbery | {m} is a stranger; V had never seen him before.
m | basic,sexual | {m} used to work with V at the council.
m | basic,sexual | {m} is a regular at the pub where V works behind the bar.
m | basic,theft,fraud | V rents a room to {m}; they are not related and have never been a couple.
f | basic,fraud,burglary | {f} was V's flatmate at uni; they fell out over money.
m | basic | {m} is the father of V's best friend's children.
m | basic | {m} coaches V's son's football team.
m | basic,burglary,robbery | {m} is V's next-door neighbour's adult son.
f | basic | {f} is the mum of a child in V's son's class.
m | basic,sexual | Officer notes this is NOT a domestic - V and {m} are acquaintances from the gym.
m | basic,sexual | {m} is V's sister's boyfriend; V and {m} have never been related or involved.
m | basic,sexual | {m} is V's manager at the care home.
m | basic | {m} is V's tenant in the flat V lets out.
f | basic,fraud,theft | {f}, a former friend of V's from school.
m | basic | {m} is the husband of V's work colleague.
m | basic,theft | S ({m}) and V are neighbours on the same landing, no relationship.
"""

# Hand-written notes. '@ category | flags | how many notes', then variants '- text'.
# Domestic abuse notes:
DA_HAND_SPEC = """
@ homicide | domestic_abuse | 3
- Bereaved family referral. V's sister {f} ({age_adult}) was killed at her home on {day}; the man she had lived with
    for {n} years is charged with her murder. V wants help with the inquest.
- HOMICIDE - FLO request. {f} ({age_adult}) died {day}, the father of her children arrested for murder. Her parents
    need support, they are also caring for the grandchildren now.
@ homicide | domestic_abuse | 2
- Family of {f} ({age_mum}). Her son ({age_son}) has been charged with manslaughter after she died following an
    incident at the home they shared. V is the deceased's sister.
@ homicide | domestic_abuse;knife_sharp_instrument | 2
- FLO referral. {m} ({age_adult}) died of stab wounds at his flat on {street}; the woman he'd been with since {year}
    is charged with his murder. His mum and dad are asking for support.
@ homicide | domestic_abuse | 2
- Bereaved mum. Her daughter {f} was killed by a man she had been seeing for about six months; he has pleaded guilty
    to murder. Mum wants help writing a VPS for sentencing.
@ violence_with_injury | domestic_abuse | 3
- V: 'I told him I wanted to end it after {n} years and he broke my jaw.' Jaw wired at {hosp}. Suspect in custody.
- V says she told {m} it was over after {n} years together; {m} punched her and broke her jaw. Surgery at {hosp}.
@ violence_with_injury | domestic_abuse | 3
- MARAC referral. V ({age_adult}) assaulted by the father of her children - punched and kicked, bruised ribs and a
    black eye. Third incident this year. Children ({c} and {c2}) were in the house.
@ violence_with_injury | domestic_abuse;honour_based_abuse | 2
- V ({age_yg}) beaten with a belt by her father and older brother after they found out she was seeing a man from
    outside the community. They said she had shamed the family. Welts to back and legs, passport taken.
@ violence_with_injury | domestic_abuse;hate_crime | 2
- V ({age_yg}) punched in the face by his dad after coming out as gay; dad used homophobic slurs and threw him out.
    Swollen cheek, cut lip. V staying with a friend.
@ violence_with_injury | domestic_abuse | 2
- Op Encompass. Children aged {c} and {c2} saw their mum being hit by her fiancé last night - mum had a bloody nose
    and bruised cheek.
@ violence_with_injury | domestic_abuse | 2
- Male V ({age_adult}), cut to his head after the mother of his baby, who he lives with, threw a remote at him.
    Glued at MIU. V embarrassed, didn't want police but agreed to referral.
@ violence_with_injury | domestic_abuse | 3
- ABH. V's son ({age_son}) punched V, bruising to face. Lives with V.
- ABH - son ({age_son}) hit mum ({age_mum}) with her walking stick, bruised arm. Same address.
@ violence_with_injury | domestic_abuse | 2
- V and S married {n} yrs, sep'd {month}. S came to collect the kids, argument on the doorstep, S shoved V down the
    steps - sprained wrist and grazes. DVPN served.
@ violence_with_injury | domestic_abuse;knife_sharp_instrument | 2
- DASH high. V stabbed in the thigh with scissors by {m}, who she has been with on and off since {year}. Treated at
    {hosp}, discharged.
@ violence_with_injury | domestic_abuse | 2
- V (16) slapped and kicked by {m} (18), who she has been seeing for a year; bruised leg. Mum reported it.
@ violence_with_injury | domestic_abuse | 2
- DA incident: ex-partner punched V in the face at handover of the kids, black eye. Children ({c} and {c2}) present.
- DV - V's husband pushed her into a radiator, burn to her arm. DASH high, MARAC.
@ violence_without_injury | domestic_abuse | 2
- V says 'he's the father of my kids, I don't want him arrested'. He pushed V onto the bed and held her down; no
    injuries. DASH medium.
@ violence_without_injury | domestic_abuse;knife_sharp_instrument | 2
- DVPN served. V says S took a knife from the drawer and said 'nobody will ever find you'. No injury. V and S
    married 2 years, live with V's two kids from a previous relationship.
@ violence_without_injury | domestic_abuse;honour_based_abuse | 2
- V ({age_adult}) told by her uncle and cousins she will be killed if she refuses the marriage they have arranged
    for her in Pakistan. V believes them. Forced Marriage Unit contacted.
@ violence_without_injury | domestic_abuse;modern_slavery | 2
- NRM referral. V ({age_adult}) came to the UK after her marriage and has been made to cook and clean for 9 of her
    in-laws, not allowed out, documents held by her mother-in-law. Slapped when she refuses. Domestic servitude.
@ violence_without_injury | domestic_abuse | 3
- TTK from brother-in-law, V believes it.
- Threats to kill - V's father-in-law said he'd 'finish' V if V takes the grandchildren away. V believes him.
@ violence_without_injury | domestic_abuse | 2
- V ({age_mum}) pushed by her daughter ({age_son}), who is her live-in carer. No injury. ASC safeguarding concern
    raised.
@ violence_without_injury | domestic_abuse | 2
- Common assault. Susp threw a cup of tea over V (not hot) and spat at V. They have been together since {year}, 2
    kids. NFA last time.
@ stalking_harassment | domestic_abuse;online | 3
- V and S dated for about six months, finished in {month}. Since then S has messaged V on Snapchat and Instagram
    from multiple accounts every day and turned up at V's gym. V scared.
- stalking - they stopped seeing each other in {month}, he won't accept it. dozens of insta messages from new
    accounts daily, waited outside her work twice.
@ stalking_harassment | domestic_abuse | 3
- V ({age_adult}) married to S for 14 yrs. S controls all the money, V has no bank card and must send photos to
    prove where she is. First time V has told anyone. IDVA referral.
@ stalking_harassment | domestic_abuse | 2
- V ({age_old}). Her son takes her pension every week and decides who she is allowed to see; she is frightened to
    say no. ASC aware.
@ stalking_harassment | domestic_abuse;online;honour_based_abuse | 2
- V ({age_adult}) moved out of the family home to live with a man her family disapprove of. Her brothers send
    abusive WhatsApps demanding she come home, saying she has brought dishonour on them, and have posted her new
    address in community Facebook groups.
@ stalking_harassment | domestic_abuse | 2
- Sibling harassment. V's older sister sends V dozens of abusive texts a day and has been ringing V's employer with
    lies about her. Both in their 30s.
@ stalking_harassment | domestic_abuse;online | 2
- NMO granted {month}. Since then the father of V's children drives past V's house most nights and sends V messages
    through the kids' Messenger account.
@ stalking_harassment | domestic_abuse;online | 2
- Coercive control. V and S engaged since last year. S tracks V on Life360, reads her emails and won't let her take
    the job she was offered.
@ stalking_harassment | domestic_abuse | 2
- 'He tells me I'm useless, won't let me see my mum, takes my phone at night.' V and S got together {n} years ago
    and live together. DASH medium, IDVA offered.
@ stalking_harassment | domestic_abuse | 2
- Harassment by the mother of V's child, 50+ calls and texts this week.
@ stalking_harassment | domestic_abuse;online | 2
- V's ex keeps creating new Facebook accounts to message her and her friends. V has blocked 20+.
@ criminal_damage_arson | domestic_abuse | 2
- V/S on-off rel since {year}. S attended V's address at {time}, kicked the door and smashed V's car windscreen. No
    contact with V. DASH standard.
@ criminal_damage_arson | domestic_abuse | 2
- V ({age_adult}) lives with her brother, {age_adult2}, who has autism; during a meltdown he smashed the TV and
    kitchen cupboards. V does not want him criminalised, wants support.
@ criminal_damage_arson | domestic_abuse | 2
- Arson - V's car set alight on the drive at {time}. V is certain it was the mother of his son, who has threatened
    it since they split in {month}.
@ criminal_damage_arson | domestic_abuse | 2
- Crim dam to car. Susp = father of V's kids.
@ sexual_offences | domestic_abuse | 2
- V disclosed to her GP that the man she has been with for 3 years forces her to have sex when he's been drinking.
    Not reported to police yet, V consents to referral.
@ sexual_offences | domestic_abuse;child_sexual_abuse_exploitation | 2
- V (17) had been seeing {m} (19) since the summer. She says he raped her at his flat last weekend. SARC attended.
@ sexual_offences | domestic_abuse;online | 2
- V says that during their 2-year relationship S filmed her during sex without her consent; S has now sent her the
    video on WhatsApp. Voyeurism.
@ sexual_offences | domestic_abuse | 2
- ISVA referral. V raped by the man she married in {year}; they separated in {month} but he came round to 'talk' and
    forced himself on her.
@ other_theft | domestic_abuse | 2
- V ({age_old}) - her grandson ({age_yg}) has been helping himself to her savings from the bedroom drawer, about
    {amount} gone.
@ robbery | domestic_abuse | 2
- V ({age_old}) knocked to the floor by her grandson ({age_yg}) who then took her purse and phone from her hand.
    Bruised hip.
@ fraud_computer_misuse | domestic_abuse;online | 2
- V found {n} credit cards and a Klarna account opened in her name using her email - her daughter ({age_adult}) has
    admitted it.
@ fraud_computer_misuse | domestic_abuse | 2
- V's son ({age_son}) took out a phone contract and a catalogue account in her name; she found out when debt letters
    came.
@ burglary | domestic_abuse | 2
- V's house entered through the back window while V was staying at her mum's. Laptop, jewellery and V's passport
    taken. V is sure it was {m}, who she left in {month} after seven years - he knew where everything was kept.
@ vehicle_offences | domestic_abuse | 2
- V's car taken from outside her house overnight. V knows it was {m}, the father of her son, as he still has the
    spare key; car found outside his mum's.
@ public_order | domestic_abuse | 2
- S turned up at V's work screaming abuse at her in front of customers, arrested s4A. They were together five years
    until March.
@ misc_crimes_against_society | domestic_abuse | 2
- {m}, who V was with for 8 years, has told V he will torch her car if she doesn't drop the charges. Witness
    intimidation.
"""

# Hard negatives (not domestic abuse by TAXONOMY.md):
NEG_HAND_SPEC = """
@ violence_with_injury | - | 3
- V ({age_adult}) punched by a man she had been on one date with, outside a bar in town, after she refused to go
    home with him. Cut above her eye.
- first date went wrong - he grabbed her arm and shoved her into a wall when she left, bruised shoulder. never met
    him before that night.
@ violence_with_injury | - | 2
- V ({age_adult}) assaulted by her 14-year-old son during an argument about his Xbox; bruising to her arm. Mum wants
    parenting support.
@ violence_without_injury | - | 2
- V (15) pushed over by her boyfriend (17) in the park; no injuries. School aware.
@ sexual_offences | child_sexual_abuse_exploitation | 2
- V (15) says the lad she has been seeing (18) pressured her into sex at his house. Mum made the report.
@ sexual_offences | child_sexual_abuse_exploitation | 3
- V ({age_adult}) disclosed she was sexually abused by her stepfather between the ages of 7 and 11. Reporting to
    police for the first time.
- Non-recent CSA: V ({age_adult}) says her uncle touched her sexually at family parties when she was about 9.
@ violence_without_injury | - | 2
- Adult survivor ({age_adult}) reporting that his dad beat and starved him as a child in the 1990s. Child cruelty
    investigation opened.
@ stalking_harassment | online | 2
- V is being harassed by her ex's new partner, who keeps messaging her on Facebook calling her names and commenting
    on her photos.
@ violence_with_injury | - | 2
- V's daughter's boyfriend ({age_adult}) punched V when V asked him to leave the house. Cut lip.
@ stalking_harassment | - | 2
- Colleague won't take no for an answer - waits for V at the end of shifts and leaves gifts on her car. HR involved.
@ violence_without_injury | - | 2
- V ({age_old}) slapped by a care worker from the agency during personal care. No marks. Agency and ASC informed.
@ other_theft | - | 2
- Agency carer suspected of taking {amount} and a watch from V's bedroom. V ({age_old}) lives alone.
@ violence_with_injury | - | 2
- House share dispute. V and {m} rent rooms in the same HMO, no relationship. {m} hit V with a frying pan, bruised
    shoulder.
@ violence_without_injury | - | 2
- Stranger pushed V to the ground outside the kebab shop, no injury. V lives with her long-term boyfriend who is
    being supportive.
@ violence_without_injury | - | 2
- Neighbour dispute: {m} threatened to kill V over the boundary fence, V believes him. OIC notes no relationship
    between the parties - not a domestic.
@ burglary | - | 2
- V ({age_adult}) burgled last week, laptop and jewellery taken. V grew up with domestic abuse between her parents
    and says this has brought a lot back.
@ bicycle_theft | - | 2
- V's bike stolen from outside work. Also asked if we can help a friend who is in an abusive relationship - info
    given.
@ fraud_computer_misuse | online | 2
- V ({age_old}) believed she was in a relationship with a US soldier she met on a dating site; sent {big} over 6
    months. Never met him.
@ stalking_harassment | online | 2
- Ex-colleague sending V abusive emails since V reported him to HR.
- ex-colleague keeps posting about V on LinkedIn and emailing her.
@ sexual_offences | - | 2
- V met S on Tinder; on their first meeting, at his flat, he sexually assaulted her.
@ stalking_harassment | - | 2
- Landlord sends V threatening texts about rent most days and has been banging on her door late at night.
@ violence_with_injury | - | 2
- V (13) assaulted by her brother (17) at home, bruising to face. Social care involved.
@ criminal_damage_arson | - | 2
- V says {m} is 'just a mate' and they have never been together; {m} smashed V's car window after an argument.
@ violence_without_injury | knife_sharp_instrument | 2
- {m} ({age_adult}), son of V's next-door neighbour, pulled a knife on V during a row over parking. V not hurt.
@ sexual_offences | - | 2
- V's manager grabbed her breast in the stock room. Second time. V ({age_adult}) off sick since.
@ sexual_offences | online;child_sexual_abuse_exploitation | 2
- V (14) groomed by a man in his 30s she met on Snapchat and thought was her boyfriend; he got her to send images.
@ sexual_offences | - | 2
- Agency carer touched V ({age_old}) inappropriately while washing her. V told her daughter.
@ violence_with_injury | - | 2
- V (16) hit by her foster carer with a hairbrush, bruising to her arm. LADO informed.
@ other_theft | - | 2
- Man V met in a pub that evening came back to V's flat; V woke up to find him gone with V's phone and wallet.
@ fraud_computer_misuse | - | 2
- Former housemate used V's details to take out a phone contract and a loan. V found out through a credit check.
@ criminal_damage_arson | - | 2
- V's 15-year-old daughter smashed her bedroom door and V's phone in a temper. V wants family support, not police.
@ violence_with_injury | - | 2
- V ({age_yg}) assaulted by his girlfriend's father when he dropped her home; punched twice, cut lip.
@ violence_with_injury | - | 2
- V (16) hit by the 15-year-old she has been seeing; split lip.
@ homicide | knife_sharp_instrument | 2
- Bereaved: V's brother was stabbed to death in a fight outside a nightclub by a man he did not know. Trial listed.
@ homicide | - | 2
- Homicide. Family of {f} ({age_old}) - she was killed in a robbery at her corner shop. Her husband is struggling,
    not eating.
@ violence_without_injury | - | 2
- Not a domestic. V and S were flatmates until {month}; S came back and shoved V in the street. No injury.
@ stalking_harassment | - | 2
- V being followed and filmed by a man from her church; he has sent letters to her home. They have never been in a
    relationship.
@ violence_without_injury | - | 2
- V ({age_adult}) asked whether we would help if things ever turned nasty at home - no concerns at present. Referred
    because a stranger pushed her on the bus.
@ robbery | - | 2
- V's phone taken by her flatmate's boyfriend, who twisted her arm until she let go. He is not related to V and
    doesn't live there.
@ violence_with_injury | - | 2
- V's mum was in an abusive relationship when V was young; V ({age_adult}) now referred after being punched by a
    stranger on a night out, broken nose.
@ violence_with_injury | - | 2
- DASH not required - suspect is the tenant in V's rental flat, no relationship. Tenant headbutted V during a rent
    dispute, swollen nose.
@ stalking_harassment | - | 2
- V's daughter's ex keeps turning up at V's house demanding to see the daughter and shouting at V.
@ violence_with_injury | - | 2
- V ({age_adult}) attacked by her friend's husband at a barbecue, black eye. V and he are not related.
@ sexual_offences | - | 2
- V ({age_yg}) raped by a man she met that night in a club. SARC attended, ISVA referral.
@ violence_without_injury | - | 2
- Two brothers aged 12 and 14 - the older one threatened V (the 12yo) with a cricket bat. No injury. Mum referred.
"""

# Other volume crime, every other category:
OTHER_HAND_SPEC = """
@ homicide | knife_sharp_instrument | 3
- Bereaved family referral. V's {rel_b} {m} ({age_yg}) was stabbed to death in {area} on {day} by a man he did not
    know. Two arrested. Family want help with the press and the inquest.
@ homicide | - | 3
- FLO request: {m} ({age_adult}) died after a single punch outside {pub}; suspect, no known connection, charged with
    manslaughter. Parents and sister need support.
@ homicide | knife_sharp_instrument | 2
- Murder investigation - V's son (17) stabbed in a park in what police think was a dispute between groups of
    teenagers. Mum and stepdad referred.
@ death_injury_driving | - | 3
- Fatal RTC. V's {rel_b} killed when a drink driver hit his car on the {road}. Driver charged with causing death by
    careless driving when under the influence.
@ death_injury_driving | - | 3
- Cyclist ({age_adult}) left with life-changing injuries after a van driver ran a red light on {street}; driver
    charged with causing serious injury by dangerous driving.
@ death_injury_driving | - | 3
- Pedestrian killed on a zebra crossing on {street}, driver failed to stop and was later arrested for causing death
    by dangerous driving. V is the deceased's {relw}.
@ death_injury_driving | - | 2
- Motorcyclist ({age_adult}) seriously injured by a driver using their phone on the {road}. Charged: causing serious
    injury by careless driving.
@ violence_with_injury | knife_sharp_instrument | 3
- V ({age_adult}) stabbed in the arm outside {shop} on {street} by a male V doesn't know after V asked him to stop
    kicking a bin. 8 stitches.
@ violence_with_injury | - | 4
- Night-time economy assault: V punched at the taxi rank on {street} at {time}, fell and fractured cheekbone.
    Suspect unknown, CCTV requested.
- NTE - V hit from behind leaving {pub}, knocked out, fractured eye socket. no suspect ID.
@ violence_with_injury | knife_sharp_instrument | 3
- V glassed in the face at {pub} after an argument about the pool table. Deep cuts needing plastic surgery.
@ violence_with_injury | hate_crime | 3
- V ({age_adult}), Sikh, attacked by two men shouting racial slurs at the bus stop; cut eyebrow and concussion.
    Racially aggravated ABH.
@ violence_with_injury | hate_crime | 3
- V and his boyfriend were holding hands on {street} when a group called them homophobic names and punched V; broken
    tooth.
@ violence_with_injury | - | 3
- Bus driver ({age_adult}) assaulted by a passenger who refused to pay; punched through the cab screen, bruised jaw.
@ violence_with_injury | - | 3
- Door supervisor at {pub} bitten and kicked while ejecting a customer; bite wound treated at MIU.
@ violence_with_injury | hate_crime | 3
- V ({age_adult}) has learning disabilities; local lads who mock his disability pushed him off his mobility scooter,
    grazed hands and head.
@ violence_with_injury | - | 3
- V ({age_yg}) attacked by a group of youths in {area}, kicked on the ground, broken arm. No motive known.
@ violence_without_injury | - | 3
- V spat at and shoved in the queue at {shop}; no injuries. Suspect a stranger, left in a taxi.
@ violence_without_injury | - | 3
- Paramedic ({age_adult}) kicked at and spat at by a patient while treating him in the ambulance, no injury. Assault
    on emergency worker.
@ violence_without_injury | knife_sharp_instrument | 3
- Road rage on the {road}: the other driver got out waving a Stanley knife at V through the window and said he'd cut
    V. V terrified.
@ violence_without_injury | - | 3
- Shop worker at {shop} told by a customer 'I'll come back and kill you' after being refused an alcohol sale. V
    believes him; he's been in before.
@ violence_without_injury | hate_crime | 3
- V, wearing a hijab, had her headscarf pulled by a woman on the bus who told her to 'go back home'. No injury.
@ violence_without_injury | modern_slavery | 3
- NRM referral. V ({age_adult}), from Romania, worked 12-hour days at a hand car wash for £20 a week, living in a
    caravan on site; the boss holds his ID card.
@ violence_without_injury | modern_slavery | 3
- County lines: V (16) found in a trap house in {area}, made to run drugs for an older group to pay off a 'debt'.
    NRM submitted, CCE.
@ violence_without_injury | modern_slavery | 2
- Nail bar raid in {area}: three women with no English working for no pay and sleeping in the back room; V
    ({age_adult}) referred for support.
@ violence_without_injury | - | 2
- Child neglect: V's grandchildren ({c} and {c2}) found left alone for two days with no food in the house. V now
    caring for them.
@ violence_without_injury | - | 2
- Attempted child abduction - a man tried to pull V's daughter ({c}) into a car outside the school gates; she got
    away. Mum referred.
@ violence_without_injury | hate_crime | 3
- V ({age_adult}), Black, spat at by a man using racist language at the tram stop. No injury.
@ stalking_harassment | - | 3
- Neighbour has been harassing V for months - filming her from his window, shouting comments and making false
    complaints to the council.
@ stalking_harassment | online | 3
- V getting abusive comments on her TikTok from an anonymous account which has now posted her address. Malicious
    comms.
@ stalking_harassment | - | 3
- V followed home from the gym three times by a man she doesn't know; he has since put a letter through her door.
    Stalking.
@ stalking_harassment | hate_crime;online | 3
- V ({age_adult}), a trans woman, targeted on X by a group posting her photo with transphobic abuse and naming her
    workplace.
@ stalking_harassment | hate_crime | 3
- Disabled V (wheelchair user) has abuse about his disability shouted at him almost daily by the two adult sons next
    door. Ongoing for months.
@ stalking_harassment | - | 2
- Former customer keeps phoning V's salon and V's own mobile leaving abusive voicemails after a complaint. 40+
    calls.
@ stalking_harassment | online | 2
- V, a local councillor, gets abusive emails and Facebook messages from the same resident every day.
@ sexual_offences | - | 3
- V ({age_adult}) sexually assaulted on a train - man sat next to her put his hand up her skirt. BTP investigating.
@ sexual_offences | - | 3
- V ({age_yg}) raped after a night out by a man she had met that evening at a house party. SARC attended, ISVA
    referral.
@ sexual_offences | - | 3
- Indecent exposure: man exposed himself to V while she was jogging on the canal path.
@ sexual_offences | - | 2
- Upskirting - V ({age_yg}) filmed under her skirt on the escalator at {station}; man detained by staff.
@ sexual_offences | online;child_sexual_abuse_exploitation | 3
- V (13) groomed on Snapchat by a man claiming to be 15 and persuaded to send indecent images. Mum found the
    messages.
@ sexual_offences | child_sexual_abuse_exploitation | 3
- CSE concerns: V (15) going missing, found in cars with older men, disclosed being made to have sex in exchange for
    vodka and cigarettes.
@ sexual_offences | modern_slavery | 3
- V ({age_adult}), Albanian national, trafficked to the UK and forced to sell sex in flats across {area}; recovered
    in a police operation. NRM.
@ sexual_offences | - | 2
- V sexually assaulted by the taxi driver taking her home; he touched her legs and chest and wouldn't unlock the
    doors.
@ sexual_offences | child_sexual_abuse_exploitation | 2
- V (16) sexually assaulted by her 34-year-old driving instructor during a lesson.
@ robbery | knife_sharp_instrument | 3
- V ({age_yg}) approached by two lads on {street} at {time}; one held a knife to his side and they took his phone
    and AirPods.
@ robbery | - | 3
- V punched in the face and his phone taken outside {station}; broken nose. Robbery.
@ robbery | - | 3
- Store robbery at {shop}: man jumped the counter, pushed staff member V aside and took cash from the till.
@ robbery | - | 3
- Delivery rider V ({age_adult}) knocked off his e-bike by three males who rode off on it.
@ robbery | - | 2
- Robbery - V's handbag wrenched from her shoulder, dragging her to the ground until she let go. Grazed knees.
@ robbery | - | 2
- V threatened by a man who said he had a gun in his pocket and demanded V's wallet; V handed it over. No weapon
    seen.
@ burglary | - | 4
- Dwelling burglary overnight at V's home in {area}; rear door forced, car keys, laptop and jewellery taken. V
    asleep upstairs.
- Burg dwelling - entry via insecure back door approx {time}, handbag and car keys taken from the hall.
@ burglary | - | 3
- V's mountain bike taken from the garden shed, padlock cut off.
@ burglary | - | 3
- Distraction burglary: a man claiming to be from the water board got V ({age_old}) into the garden while another
    took cash from her bedroom.
@ burglary | - | 3
- Business burglary at V's café overnight - window smashed, till and charity box taken.
@ burglary | - | 2
- Attempted burglary - jemmy marks on V's back door, nothing taken. V very anxious living alone.
@ vehicle_offences | - | 3
- Catalytic converter cut from V's Honda Jazz on the driveway overnight.
@ vehicle_offences | - | 3
- V's Range Rover stolen from outside the house - keyless relay suspected.
@ vehicle_offences | - | 3
- Tools worth {amount} stolen from V's work van in {area}; rear door lock punched.
@ vehicle_offences | - | 2
- V caught a man trying car door handles on {street}, including V's car.
@ vehicle_offences | - | 2
- Theft from V's car - sat nav and coins taken. V, a wheelchair user, parks in the disabled bay outside her flat;
    nothing suggests she was targeted.
@ theft_from_person | - | 3
- V ({age_old}) had her purse taken from her handbag while shopping at the market; didn't notice until the till.
@ theft_from_person | - | 3
- Phone snatched out of V's hand by a lad on a bike on {street}; no force used, V not hurt.
@ theft_from_person | - | 3
- Wallet pickpocketed from V's back pocket on the number {bus} bus.
@ theft_from_person | - | 2
- V, who is registered blind, had his phone lifted from his jacket pocket at {station}.
@ bicycle_theft | - | 3
- V's bike stolen from the rack at {station}; lock cut. Needs it for work.
@ bicycle_theft | - | 3
- E-bike taken from outside {shop} while V was inside for two minutes.
@ bicycle_theft | - | 3
- V's son's bike taken from the front garden overnight.
@ bicycle_theft | - | 2
- Cycle theft: V's road bike taken from the racks in the hospital staff car park.
@ shoplifting | - | 3
- Store manager at {shop} reports repeat shoplifting by the same male - razor blades and meat, about {amount} this
    month. Staff feel intimidated.
@ shoplifting | - | 3
- Shoplifting at {shop}: two women filled bags with cosmetics and walked out; staff member V upset as it's the third
    time this week.
@ violence_without_injury | - | 2
- Shoplifter caught at {shop} by V (security) handed the goods back and then spat at V on the way out.
@ shoplifting | - | 3
- Pharmacy shoplifting - V (pharmacist) saw a man pocket baby milk and perfume and walk out.
@ other_theft | - | 3
- Parcels stolen from V's doorstep three times this month; doorbell camera shows the same male.
@ other_theft | - | 3
- Making off without payment - driver filled up with {fuel} of diesel at V's forecourt and left.
@ other_theft | - | 3
- Theft by employee: V (small business owner) found a member of staff has taken about {amount} from the till over
    several months.
@ other_theft | online | 3
- Sextortion: V ({age_adult}) sent intimate images to a woman he met on Instagram and is now being told to pay
    {amount} or they will be sent to his family.
@ other_theft | - | 3
- V's handbag taken from the back of her chair in a café in {area}; she didn't notice.
@ other_theft | - | 2
- Theft of post - bank card letters going missing from V's block's communal mailboxes.
@ other_theft | - | 2
- Garden ornaments and hanging baskets stolen from V's front garden.
@ criminal_damage_arson | - | 3
- V's car windscreen smashed and wing mirrors kicked off overnight on {street}, no suspects.
@ criminal_damage_arson | - | 3
- Graffiti sprayed across V's front wall and door, not the first time.
@ criminal_damage_arson | - | 3
- Arson: V's wheelie bins set alight against the side of the house at {time}, fence scorched.
@ criminal_damage_arson | hate_crime | 3
- Racist graffiti sprayed on the shutters of V's shop in {area} telling the family to leave the country.
@ criminal_damage_arson | hate_crime | 2
- Windows at the mosque where V is a trustee smashed overnight and anti-Muslim stickers left on the door.
@ criminal_damage_arson | - | 2
- V's allotment shed kicked in and greenhouse panes smashed.
@ drug_offences | - | 3
- Residents' referral: V reports constant drug dealing from the flat below - cars pulling up, hand-to-hand deals,
    cannabis smell.
@ drug_offences | - | 3
- V (landlord) found a cannabis grow in the house he rents out in {area}; tenant gone.
@ drug_offences | - | 2
- Needles and crack pipes left on V's doorstep; V sees dealing in the alley behind most nights.
@ possession_of_weapons | - | 3
- V (teacher) referred after a Year 10 pupil was found carrying a kitchen knife in his bag at school; no threats
    made to anyone.
@ possession_of_weapons | - | 3
- Man seen with a machete tucked in his waistband in the park; V, a dog walker, called police and he was arrested
    for possession. Nobody threatened.
@ possession_of_weapons | - | 2
- V found a handgun wrapped in a carrier bag in her hedge; police recovered it.
@ possession_of_weapons | - | 2
- Man arrested with a knuckleduster and a lock knife in his pockets outside {pub}; V is the door supervisor who
    found them during a search.
@ public_order | hate_crime | 3
- V ({age_adult}), of Polish heritage, called racist names and told to leave the country by a man at the bus
    station; no physical contact.
@ public_order | - | 3
- Drunk male shouting and swearing at V and other passengers at {station}; V felt scared. Arrested s5.
@ public_order | hate_crime | 3
- Homophobic abuse shouted at V and friends leaving a bar on {street}.
@ public_order | - | 3
- Mass brawl outside {pub} involving 15+; V, a passer-by, got caught up and was terrified, not injured. Violent
    disorder.
@ public_order | - | 2
- Fans fighting and throwing bottles outside the ground after the match; V (steward) badly shaken, not hurt.
@ misc_crimes_against_society | - | 3
- Dangerous driving: a car mounted the pavement and narrowly missed V and her pram on {street}; driver sped off. No
    injuries.
@ misc_crimes_against_society | - | 3
- Witness intimidation: V, a witness in an upcoming trial, told by the defendant's associates to 'keep your mouth
    shut' outside her house.
@ misc_crimes_against_society | - | 3
- Neighbour told V he'd burn V's car if it is parked outside his house again.
@ misc_crimes_against_society | child_sexual_abuse_exploitation | 2
- V found indecent images of children on a laptop belonging to her lodger; lodger arrested.
@ misc_crimes_against_society | - | 2
- Perverting the course of justice: a man named V as the driver for his speeding ticket without V's knowledge.
@ fraud_computer_misuse | - | 3
- Courier fraud: V ({age_old}) phoned by someone claiming to be from her bank's fraud team and handed {big} cash to
    a courier at the door.
@ fraud_computer_misuse | online | 3
- Romance fraud: V ({age_old}) lost {big} to a man she met on Facebook who claimed to work on an oil rig. They never
    met in person.
@ fraud_computer_misuse | online | 3
- Crypto investment scam advertised on Instagram; V put in {big} and can't withdraw.
@ fraud_computer_misuse | - | 3
- HMRC scam call - V told she'd be arrested unless she paid {amount} in gift cards; she paid.
@ fraud_computer_misuse | online | 3
- Purchase fraud: V paid {amount} by bank transfer for a sofa on Facebook Marketplace, then the seller blocked her.
@ fraud_computer_misuse | - | 3
- Identity fraud: someone opened a bank account and two credit cards in V's name; letters arriving at V's address.
@ fraud_computer_misuse | online | 3
- V's email and Amazon account hacked, orders placed to another address.
@ fraud_computer_misuse | online | 3
- V got a text about a missed parcel delivery, clicked the link and entered card details on the site; {amount}
    taken.
@ fraud_computer_misuse | - | 3
- Rogue trader: man knocked on V's door saying roof tiles were loose, charged {amount} for work never done.
@ anti_social_behaviour | - | 3
- Ongoing noise from the neighbours' parties every weekend till 4am, V can't sleep. No threats made.
@ anti_social_behaviour | - | 3
- Youths gathering on the green outside V's house, shouting and kicking footballs against her fence. Nothing
    damaged.
@ anti_social_behaviour | - | 3
- Off-road motorbikes tearing round the field behind V's home every evening.
@ anti_social_behaviour | - | 3
- Neighbour's dog barks all day; V has spoken to them, no change. Council involved.
@ anti_social_behaviour | - | 3
- Groups drinking on the bench outside V's flat, littering and being loud; V feels uneasy.
@ anti_social_behaviour | - | 2
- V reports a neighbour burning garden waste most evenings, smoke coming into the house.
@ other_crime | - | 3
- V reports her neighbour's dog is kept in a cage in the yard with no food or water; RSPCA informed.
@ other_crime | - | 2
- Fly-tipping on V's farmland again - builders' waste and asbestos sheets.
@ other_crime | - | 2
- V's fields used for hare coursing at night; V wants to know what can be done.
@ other_crime | - | 2
- V says she has been the victim of a crime and wants support but did not want to give any details to the call
    handler.
@ violence_without_injury | - | 2
- Assault by neighbour, no injury.
@ bicycle_theft | - | 2
- Bike nicked from station.
@ anti_social_behaviour | - | 2
- Noise complaint, no crime disclosed.
@ criminal_damage_arson | - | 2
- CRIM DAM TO VEHICLE - tyres let down, paint stripper on bonnet.
@ fraud_computer_misuse | - | 2
- Bank fraud, {amount} taken from V's account, bank investigating.
@ shoplifting | - | 2
- Shop theft at {shop}, V is the manager.
"""


def parse_table(spec, nfields):
    """Rows of ' | '-separated fields; an indented line continues the previous row's last field."""
    rows = []
    for line in spec.strip("\n").split("\n"):
        if line.startswith(" "):
            rows[-1][-1] += " " + line.strip()
        else:
            rows.append([field.strip() for field in line.split(" | ", nfields - 1)])
    return [tuple(row) for row in rows]


def parse_hand(spec):
    """Groups of '@ category | flags | count' followed by '- variant' lines (indented lines continue)."""
    groups = []
    for line in spec.strip("\n").split("\n"):
        if line.startswith("@ "):
            cat, flags, count = (field.strip() for field in line[2:].split(" | "))
            groups.append((cat, "" if flags == "-" else flags, int(count), []))
        elif line.startswith("- "):
            groups[-1][3].append(line[2:])
        else:
            groups[-1][3][-1] += " " + line.strip()
    return groups


OFFENCES = [(k, c, "" if f == "-" else f, t) for k, c, f, t in parse_table(OFFENCES_SPEC, 4)]
DA_REL_INDIRECT = [(t, p, r, None if lv == "-" else lv) for r, lv, p, t in parse_table(DA_REL_INDIRECT_SPEC, 4)]
DA_REL_DIRECT = [(t, p, r, None if lv == "-" else lv) for r, lv, p, t in parse_table(DA_REL_DIRECT_SPEC, 4)]
# Relative frequency of each offence kind in composed domestic abuse notes.
DA_KIND_WEIGHT = {
    "assault_inj": 3, "assault": 2, "threat": 2, "harass": 2, "control": 3, "damage": 2, "burglary": 2, "theft": 1,
    "fraud": 1, "sexual_ip": 2, "sexual": 1, "robbery": 1, "vehicle": 1, "po": 1, "misc": 1,
}  # fmt: skip
BASIC = ("assault_inj", "assault", "threat", "harass", "damage", "po", "misc")


def expand_kinds(field):
    kinds = []
    for k in field.split(","):
        kinds.extend(BASIC if k == "basic" else (k,))
    return tuple(kinds)


NEG_REL = [(t, p, expand_kinds(k)) for p, k, t in parse_table(NEG_REL_SPEC, 3)]
DA_HAND = parse_hand(DA_HAND_SPEC)
NEG_HAND = parse_hand(NEG_HAND_SPEC)
OTHER_HAND = parse_hand(OTHER_HAND_SPEC)

DA_CHILDREN = [
    "Kids ({c} and {c2}) were upstairs at the time.",
    "V's {c}yo heard it all from the landing.",
    "Baby ({months} months) was in the room.",
    "V's daughter ({c}) rang 999.",
    "Children aged {c} and {c2} in the house - Op Encompass notification to school.",
    "V's son ({c}) is staying with his nan for now.",
    "Two children at home ({c}, {c2}), both saw it.",
]
DA_MARKERS = [
    "DASH completed - high risk, listed for MARAC.", "DASH: medium.", "DASH standard, V declined IDVA.",
    "IDVA referral made.", "DVPN issued by the duty inspector.", "MARAC {month} - repeat case.",
    "Safety plan done, locks to be changed.", "DASH 14 yes answers. MARAC.", "IDVA allocated.",
]  # fmt: skip
DA_MARKERS_IP = ["Clare's Law disclosure made last year.", "Clare's Law request in progress."]
DA_MARKERS_APART = ["NMO in place since {month}.", "DVPO granted {month}."]
NEG_MARKERS = [
    "Not a domestic per OIC.", "No DASH required - parties not connected.",
    "Officer confirmed no relationship between V and S.", "No DA history.", "Not DA - parties not related.",
]  # fmt: skip
# Children are only mentioned alongside in-person offences.
CHILD_KINDS = ("assault_inj", "assault", "threat", "damage")
NEG_CHILDREN = ["V's kids ({c} and {c2}) were with V at the time.", "V's {c}yo saw it happen."]


def kind_pool(allowed, weights=None):
    pool = []
    for off in OFFENCES:
        if off[0] in allowed:
            pool.extend([off] * (weights[off[0]] if weights else 1))
    return pool


def compose_da(rel_pool):
    rel_t, perp, rtype, living = rng.choice(rel_pool)
    allowed = []
    for kind in sorted(DA_KIND_WEIGHT):
        if kind == "burglary" and living != "apart":
            continue
        if kind in ("sexual_ip", "sexual") and rtype != "ip":
            continue
        allowed.append(kind)
    offence = rng.choice(kind_pool(allowed, DA_KIND_WEIGHT))
    slots = Slots()
    rel = fill(rel_t, slots)
    slots["P"] = slots[perp] if perp in NAME_KEYS else perp
    off_text = fill(offence[3], slots)
    body = [rel, off_text] if rng.random() < 0.55 else [off_text, rel]
    if rtype == "ip" and offence[0] in CHILD_KINDS and rng.random() < 0.45:
        body.append(fill(rng.choice(DA_CHILDREN), slots))
    r = rng.random()
    if r < 0.45:
        body.append(fill(rng.choice(DA_MARKERS), slots))
    elif r < 0.55 and rtype == "ip":
        body.append(fill(rng.choice(DA_MARKERS_IP if living != "apart" else DA_MARKERS_APART), slots))
    text = assemble(body, slots)
    return text, offence[1], norm_flags(["domestic_abuse"] + [f for f in offence[2].split(";") if f])


def compose_neg():
    rel_t, perp, allowed = rng.choice(NEG_REL)
    offence = rng.choice(kind_pool(allowed))
    slots = Slots()
    rel = fill(rel_t, slots)
    slots["P"] = slots[perp] if perp in NAME_KEYS else perp
    off_text = fill(offence[3], slots)
    body = [rel, off_text] if rng.random() < 0.55 else [off_text, rel]
    if offence[0] in CHILD_KINDS and rng.random() < 0.2:
        body.append(fill(rng.choice(NEG_CHILDREN), slots))
    if rng.random() < 0.2:
        body.append(rng.choice(NEG_MARKERS))
    text = assemble(body, slots)
    return text, offence[1], norm_flags(offence[2])


def from_hand(groups, bucket, seen, rows):
    for cat, flags, count, variants in groups:
        made = 0
        tries = 0
        while made < count and tries < 200:
            tries += 1
            slots = Slots()
            body = fill(variants[made % len(variants)], slots)
            text = assemble([body], slots)
            if text in seen or not 5 <= len(text.split()) <= 120:
                continue
            seen.add(text)
            rows.append((text, cat, norm_flags(flags), bucket))
            made += 1


def from_composer(func, count, bucket, seen, rows, *args):
    made = 0
    while made < count:
        text, cat, flags = func(*args)
        if text in seen or not 5 <= len(text.split()) <= 120:
            continue
        seen.add(text)
        rows.append((text, cat, flags, bucket))
        made += 1


def main():
    seen = set()
    rows = []
    from_hand(DA_HAND, "da", seen, rows)
    from_hand(NEG_HAND, "neg", seen, rows)
    from_hand(OTHER_HAND, "other", seen, rows)
    from_composer(compose_da, 140, "da", seen, rows, DA_REL_INDIRECT)
    from_composer(compose_da, 45, "da", seen, rows, DA_REL_DIRECT)
    n_neg = sum(1 for r in rows if r[3] == "neg")
    n_da = sum(1 for r in rows if r[3] == "da")
    n_other = len(rows) - n_neg - n_da
    neg_target = TARGET_TOTAL - n_da - n_other
    from_composer(compose_neg, max(0, neg_target - n_neg), "neg", seen, rows)
    rng.shuffle(rows)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for i, (text, cat, flags, _bucket) in enumerate(rows, start=1):
            writer.writerow([f"B23-{i:04d}", text, cat, flags])
    direct = sum(1 for r in rows if r[3] == "da" and is_direct(r[0]))
    n_neg = sum(1 for r in rows if r[3] == "neg")
    print(f"wrote {len(rows)} rows to {OUT}")
    print(f"da={n_da} (direct wording {direct}) neg={n_neg} other={n_other}")


if __name__ == "__main__":
    main()
