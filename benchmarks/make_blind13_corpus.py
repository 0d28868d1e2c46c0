#!/usr/bin/env python3
"""Generate the BLIND13 synthetic victim-services referral corpus.

Standard library only. Deterministic: the same bytes are written on every run.
Output: benchmarks/data/notes_blind13.csv  (note_id,text,category,flags)

Every scenario below was written and labelled by hand against the shared taxonomy
(21 category codes, 7 flag codes, principal crime rule). All names, places, shops,
references and amounts are invented and filled from the pools in this file.
"""

import csv
import os
import random
import re

SEED = 13_2417
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "notes_blind13.csv")

CATS = {
    "hom": "homicide",
    "ddi": "death_injury_driving",
    "vwi": "violence_with_injury",
    "vwo": "violence_without_injury",
    "sth": "stalking_harassment",
    "sex": "sexual_offences",
    "rob": "robbery",
    "bur": "burglary",
    "veh": "vehicle_offences",
    "tfp": "theft_from_person",
    "bik": "bicycle_theft",
    "sho": "shoplifting",
    "oth": "other_theft",
    "cda": "criminal_damage_arson",
    "dru": "drug_offences",
    "wea": "possession_of_weapons",
    "puo": "public_order",
    "msc": "misc_crimes_against_society",
    "fra": "fraud_computer_misuse",
    "asb": "anti_social_behaviour",
    "ocr": "other_crime",
}
FLAGS = {
    "DA": "domestic_abuse",
    "HATE": "hate_crime",
    "ONL": "online",
    "KNF": "knife_sharp_instrument",
    "CSA": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}
FLAG_ORDER = list(FLAGS.values())

# Writing styles (kind):
#   n = case-worker / call-handler note      x = structured export pasted as text
#   f = victim's own words, no crime terms   t = third-party referrer
#   s = very short (3-8 words)               r = long, several incidents (principal rule decides)
#   h = recorded Home Office offence title followed by details
KINDS = {
    "n": "case-worker / call-handler note",
    "x": "structured export pasted as text",
    "f": "victim's own words, first person, no crime terms",
    "t": "third-party referrer (GP, school, housing, employer, faith leader, etc.)",
    "s": "very short note (3-8 words)",
    "r": "long rambling note, several incidents, principal crime rule decides",
    "h": "Home Office offence title followed by details",
}

TEMPLATES = []


def T(cat, flags, kind, text):
    TEMPLATES.append((CATS[cat], tuple(FLAGS[f] for f in flags.split()) if flags else (), kind, text))


# --------------------------------------------------------------------------------------
# Invented slot pools
# --------------------------------------------------------------------------------------
FEMALE = [
    "Amira",
    "Bethany",
    "Chloe",
    "Deborah",
    "Eilidh",
    "Farah",
    "Gemma",
    "Hannah",
    "Imogen",
    "Jodie",
    "Kirsty",
    "Leanne",
    "Maisie",
    "Nadia",
    "Olwen",
    "Priya",
    "Rhiannon",
    "Sadia",
    "Tanya",
    "Una",
    "Vicky",
    "Wendy",
    "Yasmin",
    "Zofia",
    "Agnieszka",
    "Bronwen",
    "Carys",
    "Dionne",
    "Esther",
    "Folasade",
    "Grace",
    "Harpreet",
    "Joanne",
    "Lorraine",
    "Marcia",
    "Niamh",
    "Paula",
    "Roisin",
    "Shona",
    "Teresa",
    "Aoife",
    "Kelly-Ann",
    "Mirela",
    "Ruth",
]
MALE = [
    "Aaron",
    "Bilal",
    "Callum",
    "Darren",
    "Emeka",
    "Fraser",
    "Gareth",
    "Hamza",
    "Ian",
    "Jermaine",
    "Kieran",
    "Liam",
    "Mohammed",
    "Nathan",
    "Owen",
    "Piotr",
    "Rhys",
    "Stuart",
    "Tariq",
    "Usman",
    "Vikram",
    "Wayne",
    "Yusuf",
    "Zach",
    "Adebayo",
    "Bogdan",
    "Craig",
    "Dean",
    "Euan",
    "Faisal",
    "Glenn",
    "Harvey",
    "Jamal",
    "Kofi",
    "Lewis",
    "Marek",
    "Niall",
    "Ross",
    "Sanjay",
    "Trevor",
    "Declan",
    "Ashley",
]
SURNAMES = [
    "Ashworth",
    "Bellamy",
    "Caddick",
    "Dunmore",
    "Eversley",
    "Fairclough",
    "Garside",
    "Hollins",
    "Iqbal",
    "Jephcott",
    "Kershaw",
    "Lomax",
    "Mistry",
    "Nwosu",
    "Okafor",
    "Pilling",
    "Quayle",
    "Rawsthorne",
    "Sadiq",
    "Tolley",
    "Underwood",
    "Varley",
    "Whitlock",
    "Yardley",
    "Zielinski",
    "Brannigan",
    "Culshaw",
    "Dobrescu",
    "Entwistle",
    "Frodsham",
    "Gowling",
    "Hargreave",
    "Mensah",
    "Pawlak",
    "Sandhu",
    "Threlfall",
]
TOWNS = [
    "Tarrowfield",
    "Quenby Marsh",
    "Sallowbridge",
    "Cresswick",
    "Dunmarrow",
    "Hethersley",
    "Lowerby",
    "Garnford",
    "Brackenholt",
    "Eldersby",
    "Fennick",
    "Pellingham",
    "Wrenford",
    "Ashcombe",
    "Kettleby Vale",
    "Marrowgate",
    "Stoneleigh Cross",
    "Hulverton",
    "Ormsby Bay",
    "Thrushbury",
    "Cadley",
    "Wyvernham",
    "Polworth",
    "Nettlecombe",
    "Brindley Heath",
]
STREET_A = [
    "Larchmere",
    "Tollgate",
    "Quarry Bank",
    "Fennel",
    "Wyvern",
    "Saxby",
    "Cobbler's",
    "Heronsgate",
    "Kiln",
    "Marigold",
    "Orchard",
    "Pennyfold",
    "Rookery",
    "Sorrel",
    "Tanners",
    "Vetch",
    "Willowherb",
    "Chantry",
    "Bellfounder",
    "Dovecote",
    "Mayfly",
    "Gorse",
    "Hazelden",
    "Ironbridge",
]
STREET_B = [
    "Road",
    "Lane",
    "Close",
    "Avenue",
    "Street",
    "Way",
    "Crescent",
    "Gardens",
    "Drive",
    "Walk",
    "Terrace",
    "Row",
]
SHOPS = [
    "Kwikbasket",
    "Hartley's Convenience",
    "Fennick Pharmacy",
    "ValueWise",
    "Bramley Stores",
    "the Corner Larder",
    "Orchard Mini Mart",
    "Penfold DIY",
    "Sunnyside News",
    "Castlegate Cosmetics",
    "Harbour Fashions",
    "Marlow Meats",
    "Pricefield",
    "Goodsons",
    "Dalby Foodhall",
    "Northgate Superstore",
]
PUBS = [
    "the Fox and Lantern",
    "the Drover's Rest",
    "the Copper Kettle",
    "the Red Heron",
    "the Bishop's Mitre",
    "the Wheatsheaf Tap",
    "the Ferryman",
    "the Old Tannery",
]
SCHOOLS = [
    "Hollybank High",
    "St Aldric's Primary",
    "Mereside Academy",
    "Coldharbour Juniors",
    "Fenwick Park School",
    "Larkrise Community College",
]
HOSPS = ["St Cuthwin's Hospital", "the General", "Mereside Infirmary", "Hulverton Royal"]
LANGS = [
    "Polish",
    "Romanian",
    "Urdu",
    "Punjabi",
    "Arabic",
    "Tigrinya",
    "Vietnamese",
    "Portuguese",
    "Lithuanian",
    "Somali",
    "Kurdish Sorani",
    "BSL",
    "Farsi",
    "Albanian",
]
CARS = [
    "grey Ford Focus",
    "silver Corsa",
    "black Audi A3",
    "white Transit",
    "red Fiesta",
    "blue Golf",
    "white Qashqai",
    "green Berlingo van",
    "black Range Rover Evoque",
    "silver Toyota Prius",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Admin tails / openers: no offence content at all.
TAILS = [
    "V consents to referral and info sharing.",
    "Consent: verbal, {date}.",
    "Best time to call: after {time}.",
    "Call back {day} morning only.",
    "Do not leave voicemail - shared phone.",
    "Interpreter required ({lang}).",
    "Prefers contact by email.",
    "Safe to text on mobile ending {lastdigits}.",
    "No further info at this time.",
    "OIC: {oic}.",
    "Crime ref {ref}.",
    "V has hearing loss, text preferred.",
    "Please allocate a female worker if poss.",
    "V works days, evenings best for contact.",
    "Consent obtained, privacy notice read to V.",
    "Welsh language preference noted.",
    "Pls call before {time} - childcare after.",
    "V happy for a home visit.",
    "Needs accessible venue (wheelchair user).",
    "Referral chased {date}, no answer yet.",
    "cb requested. no msg.",
]
OPENERS = [
    "Police referral.",
    "Self-referral via web form.",
    "Auto-referral from crime system.",
    "Ref {ref}.",
    "Referral rec'd {date}.",
    "Call to hub {date} {time}.",
    "Transferred from {town} team.",
    "Duty worker note:",
    "Re-referral.",
]
FP_OPENERS = [
    "V's own words:",
    "Caller said:",
    "Transcribed from voicemail:",
    "Written by V on the form:",
    "In V's words -",
    "",
]
EXPORT_TAILS = [
    " | Consent: Y",
    " | Contact: {time} onwards",
    " | Interpreter: {lang}",
    " | Ref: {ref}",
    " | OIC: {oic}",
    " | Source: police portal",
    " | Callback: {day}",
]

# Neutral context lines (no offence content) used to vary scenarios that have no slots of their own.
CONTEXT = [
    "Referral date {date}.",
    "{town} area.",
    "Reported {date}.",
    "Area: {town}.",
    "V lives in {town}.",
    "Rec'd {date} {time}.",
    "Logged {day} {date}.",
    "{town} LPA.",
]
CONTEXT_X = [" | Area: {town}", " | Referral date: {date}", " | Received: {date} {time}", " | LPA: {town}"]

SLOT_RE = re.compile(r"\{([A-Za-z]+)([0-9]?)\}")


class Filler:
    def __init__(self, rng):
        self.rng = rng
        self.vals = {}
        self.used = {}

    def _distinct(self, base, pool):
        used = self.used.setdefault(base, set())
        choices = [p for p in pool if p not in used] or pool
        v = self.rng.choice(choices)
        used.add(v)
        return v

    def _date(self, after=None):
        r = self.rng
        if after is None:
            y = r.choice([2023, 2024, 2024, 2025, 2025])
            m = r.randint(1, 12)
            d = r.randint(1, 28)
        else:
            y, m, d = after
            m += r.randint(1, 5)
            d = r.randint(1, 28)
            if m > 12:
                m -= 12
                y += 1
        self.vals["_date_tuple"] = (y, m, d)
        fmt = r.random()
        if fmt < 0.75:
            return "%02d/%02d/%04d" % (d, m, y)
        if fmt < 0.9:
            return "%d/%d/%02d" % (d, m, y % 100)
        return "%02d.%02d.%04d" % (d, m, y)

    def make(self, base, idx):
        r = self.rng
        if base == "F":
            return self._distinct("F", FEMALE)
        if base == "M":
            return self._distinct("M", MALE)
        if base == "N":
            return self._distinct("N", FEMALE + MALE)
        if base == "sur":
            return self._distinct("sur", SURNAMES)
        if base == "town":
            return self._distinct("town", TOWNS)
        if base == "street":
            return self._distinct("street", [a + " " + b for a in STREET_A for b in STREET_B])
        if base == "shop":
            return self._distinct("shop", SHOPS)
        if base == "pub":
            return self._distinct("pub", PUBS)
        if base == "school":
            return self._distinct("school", SCHOOLS)
        if base == "hosp":
            return self._distinct("hosp", HOSPS)
        if base == "lang":
            return r.choice(LANGS)
        if base == "car":
            return r.choice(CARS)
        if base == "day":
            return r.choice(DAYS)
        if base == "date":
            if idx and "_date_tuple" in self.vals:
                return self._date(after=self.vals["_date_tuple"])
            return self._date()
        if base == "time":
            h = r.randint(0, 23)
            mi = r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            s = r.random()
            if s < 0.5:
                return "%02d:%02d" % (h, mi)
            if s < 0.8:
                h12 = h % 12 or 12
                return "%d.%02d%s" % (h12, mi, "am" if h < 12 else "pm")
            return "%02d%02dhrs" % (h, mi)
        if base == "ref":
            s = r.random()
            yy = r.choice([23, 24, 25])
            if s < 0.3:
                return "CR/%07d/%02d" % (r.randint(0, 9999999), yy)
            if s < 0.55:
                return "%s-%02d%02d%02d-%04d" % (
                    r.choice(["NX", "QT", "WV", "KB"]),
                    yy,
                    r.randint(1, 12),
                    r.randint(1, 28),
                    r.randint(0, 9999),
                )
            if s < 0.8:
                return "%05d/%02d" % (r.randint(0, 99999), yy)
            return "OCC %d of %02d/%02d" % (r.randint(1, 1999), r.randint(1, 28), r.randint(1, 12))
        if base == "oic":
            return r.choice(
                [
                    "PC %d %s" % (r.randint(1000, 9999), r.choice(SURNAMES)),
                    "DC %s" % r.choice(SURNAMES),
                    "PS %s" % r.choice(SURNAMES),
                    "DS %s" % r.choice(SURNAMES),
                ]
            )
        if base == "amt":
            return f"{r.choice([r.randint(20, 400), r.randint(400, 2500), r.randint(25, 250) * 10]):,}"
        if base == "amtS":
            return f"{r.choice([r.randint(6, 60), r.randint(60, 240)]):,}"
        if base == "amtL":
            return f"{r.randint(30, 900) * 100:,}"
        if base == "age":
            return str(r.randint(19, 69))
        if base == "ageo":
            return str(r.randint(71, 93))
        if base == "agey":
            return str(r.randint(18, 29))
        if base == "num":
            return str(r.randint(2, 9))
        if base == "lastdigits":
            return "%04d" % r.randint(0, 9999)
        raise KeyError(base)

    def get(self, base, idx):
        key = base + idx
        if key not in self.vals:
            self.vals[key] = self.make(base, idx)
        return self.vals[key]

    def fill(self, text):
        return SLOT_RE.sub(lambda m: self.get(m.group(1), m.group(2)), text)


def add_typo(rng, text):
    words = list(re.finditer(r"[A-Za-z]{7,}", text))
    if not words:
        return text
    w = rng.choice(words)
    s = w.group(0)
    i = rng.randint(1, len(s) - 3)
    s2 = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return text[: w.start()] + s2 + text[w.end() :]


def decorate(rng, filler, kind, text):
    """Add admin openers/tails (no offence content), case variants and light typos."""
    if kind == "s":
        pass
    elif kind == "x":
        if rng.random() < 0.5:
            text = text + filler.fill(rng.choice(EXPORT_TAILS))
    elif kind == "f":
        if rng.random() < 0.45:
            op = rng.choice(FP_OPENERS)
            if op:
                text = op + " " + text
        if rng.random() < 0.3:
            text = text + " " + filler.fill(rng.choice(TAILS))
    else:
        if rng.random() < 0.22:
            text = filler.fill(rng.choice(OPENERS)) + " " + text
        if rng.random() < 0.45:
            text = text + " " + filler.fill(rng.choice(TAILS))
            if rng.random() < 0.25:
                text = text + " " + filler.fill(rng.choice(TAILS))
    if kind != "s" and rng.random() < 0.08:
        text = add_typo(rng, text)
    c = rng.random()
    if c < 0.06:
        text = text.lower()
    elif c < 0.09:
        text = text.upper()
    return text


# ======================================================================================
# HAND-WRITTEN SCENARIOS
# T(category, flags, kind, text)
# ======================================================================================

# ---------------------------------------------------------------- homicide
T(
    "hom",
    "DA KNF",
    "n",
    "Bereaved family referral. {F} {sur} ({age}) died of stab wounds at her home on {street}, {town} on {date}. Her husband has been charged with her murder. Sister {F2} is the main contact and asks for a homicide caseworker.",
)
T(
    "hom",
    "",
    "h",
    "Offence: Murder. Deceased male, {age}, found on the canal towpath at {town} on {date}. Two men charged. Referral is for his mother and stepfather. No family link to the suspects, no DA.",
)
T(
    "hom",
    "",
    "f",
    "My son was kicked and punched outside the takeaway on {street} and he never woke up. He died in hospital three days later. Two lads are on remand for it. I can't eat, I can't sleep, and nobody tells me what happens at court.",
)
T(
    "hom",
    "",
    "t",
    "Referral from {town} victim liaison on behalf of the family of {M} {sur}, killed by a single punch outside {pub} on {date}. Suspect charged with manslaughter. Father is hard of hearing - contact via daughter {F}.",
)
T(
    "hom",
    "DA",
    "x",
    "Crime type: Homicide | Summary: Woman aged {ageo} killed at home by her adult grandson, charged with murder | DA: Y (family) | Risk: N/A - bereaved | Contact: daughter-in-law {F}",
)
T(
    "hom",
    "DA HBA",
    "r",
    "Bereaved sibling, very frightened. Her sister {F} was killed on {date}; police believe relatives planned it because she had walked out of an arranged marriage and was living with a boyfriend. Father and an uncle are charged with murder. Caller says she has been told she will 'end up the same' if she dishonours them. Safe contact only, do not call the landline.",
)
T("hom", "", "s", "Manslaughter - bereaved partner, needs support")
T(
    "hom",
    "",
    "n",
    "Infant death: mother charged with infanticide. This referral is for the father, {M}, who was not involved in any way. Very isolated, lost his job, wants to understand the court process.",
)
T(
    "hom",
    "HATE KNF",
    "n",
    "Son ({agey}) fatally stabbed in {town} on {date}. Police treating it as racially motivated - the attackers shouted racist abuse at him before the stabbing. Family referral, interpreter {lang} for grandparents.",
)
T(
    "hom",
    "DA",
    "r",
    "Mum ringing about her daughter's partner. For about a year he'd been texting her constantly, kept her bank card, punched her at least twice (never reported) and damaged her car last summer. On {date} her daughter was found dead at their flat and he has now been charged with her murder. Mum wants to know about the trial date and writing a victim personal statement.",
)
T(
    "hom",
    "",
    "n",
    "Bereavement referral - {M}'s older brother died after being pushed down a flight of stairs in a fight at a house party in {town}. Suspect is an acquaintance, no relationship, charged with manslaughter. Not DA.",
)
T(
    "hom",
    "",
    "n",
    "Gross negligence manslaughter. Groundworker killed when an unsupported trench collapsed on a site in {town}; the site manager has been charged. Widow {F} referred by the coroner's officer.",
)
T(
    "hom",
    "",
    "t",
    "GP letter: my patient {F}, {age}, is struggling badly following the murder of her adult son last year. She has been told the trial is now listed for {date}. Please offer bereaved-family support.",
)
T(
    "hom",
    "",
    "f",
    "Dad went round to get back the money he was owed and the man hit him over the head with a hammer. He was in intensive care for a week and then we lost him. We've got the family liaison number but nobody picks up.",
)
T(
    "hom",
    "KNF",
    "x",
    "Offence: Murder | Victim: {M} {sur}, 19 | Method: stabbing | Suspect: unknown, enquiries ongoing | Referral: mother + 2 siblings | Note: mother says he had no gang links",
)
T(
    "hom",
    "DA",
    "n",
    "Caller's father was killed by her brother ({age}) at the family home in {town}. Brother has been detained under the Mental Health Act and charged with manslaughter. Caller is the deceased's daughter and lives next door.",
)
T(
    "hom",
    "",
    "n",
    "Referral for the partner of the deceased. He was a delivery driver, killed during a robbery of his van on {date}; two men charged with murder and robbery. Partner pregnant, no family nearby.",
)

# ---------------------------------------------------------------- death / serious injury by driving
T(
    "ddi",
    "",
    "h",
    "Causing death by dangerous driving. V's husband killed on the {town} bypass when a car overtaking at speed hit his motorbike head-on. Driver charged. Widow {F} referred for court support.",
)
T(
    "ddi",
    "",
    "n",
    "Causing serious injury by careless driving - pedestrian {F} ({age}) struck on the zebra crossing on {street}, {town}. Broken pelvis and leg. Driver admits he 'didn't see her'. Magistrates {date}.",
)
T(
    "ddi",
    "",
    "f",
    "The van went through the red light and hit my daughter on her bike. She's fourteen. She's got a brain injury and she's still in hospital. The man driving had been drinking, they said. I keep going over it.",
)
T(
    "ddi",
    "",
    "x",
    "Crime type: Causing death by careless driving | Summary: Cyclist (M, {age}) died after being struck by a lorry turning left at the {street} junction | Driver: interviewed and charged | Family contact: son {M2}",
)
T("ddi", "", "s", "Fatal RTC - bereaved mum, driver charged")
T(
    "ddi",
    "",
    "n",
    "Death by driving while disqualified. {F}'s father was killed crossing {street}; the driver was banned and uninsured. Sentencing {date}. She wants to read her statement in court.",
)
T(
    "ddi",
    "",
    "r",
    "Caller's son was a passenger in his mate's car, both had been smoking weed, mate did about 80 in a 30 and hit a tree on {street}. Son has lost his left leg. Caller says the mate had also taken the car from his uncle without asking. Wants updates - OIC {oic}.",
)
T(
    "ddi",
    "",
    "t",
    "HR referral: our employee {M} was seriously injured when a car mounted the pavement outside our depot on {date}. The driver has been charged with causing serious injury by dangerous driving. {M} is off work long term.",
)
T(
    "ddi",
    "",
    "n",
    "Bereaved husband. Wife killed by a driver who failed to stop; driver traced two days later and charged with causing death by dangerous driving. Referral was tagged DA in error - no DA, driver not known to them.",
)
T(
    "ddi",
    "",
    "h",
    "Causing serious injury by dangerous driving. Motorcyclist V thrown from his bike when a car cut across him at speed on the {town} ring road. Spinal injuries, in {hosp}.",
)
T(
    "ddi",
    "",
    "f",
    "I was stood on the pavement waiting to cross and a car came up the kerb and pinned me against the railings. Both my legs are broken. The driver was on his phone the whole time, someone filmed it.",
)
T(
    "ddi",
    "",
    "n",
    "Unlicensed driver aged 17 crashed on a country lane near {town}, killing his 16-year-old friend who was in the passenger seat. Charged with causing death by unlicensed driving. Bereaved parents referred.",
)
T(
    "ddi",
    "",
    "x",
    "Ref {ref} | Offence: Causing death by careless driving when under the influence of drink | Victims: bereaved parents of {F} (22) | Stage: trial listed {date}",
)
T("ddi", "", "s", "Serious injury by dangerous driving, pedestrian")
T(
    "ddi",
    "",
    "n",
    "Elderly pedestrian {M} died a fortnight after being knocked down by a speeding car on {street}. Driver charged with causing death by dangerous driving. Daughter needs help with inquest paperwork.",
)

# ---------------------------------------------------------------- violence with injury
T(
    "vwi",
    "DA",
    "h",
    "Assault occasioning actual bodily harm. V {F} punched in the face by her partner at their flat on {street}, {town}; swollen eye, split lip. DASH medium. V wants help with housing.",
)
T(
    "vwi",
    "",
    "n",
    "s47 ABH outside {pub}, {town}. V (M, {age}) headbutted by a stranger in the smoking area - broken nose. No DA. CCTV being reviewed.",
)
T(
    "vwi",
    "KNF",
    "h",
    "Wounding with intent to do grievous bodily harm (s18). V stabbed twice in the thigh during an argument over parking on {street}. Neighbour arrested. Not domestic.",
)
T(
    "vwi",
    "DA",
    "f",
    "He grabbed my hair and dragged me down the hall and then kicked me in the ribs when I was on the floor. I've got bruises all up my side and it hurts to breathe. He said if I go to my mum's he'll come and get me. We've been together six years.",
)
T(
    "vwi",
    "DA",
    "x",
    "Crime type: ABH (DA) | Summary: V bitten on the forearm by ex-partner during child handover in {shop} car park | Injuries: bite mark, skin broken | Risk: HIGH - MARAC referral made | Children: 2 under 5",
)
T("vwi", "DA", "s", "DA ABH - ex-partner, black eye")
T(
    "vwi",
    "HATE",
    "n",
    "Racially aggravated ABH. V, a taxi driver, was punched repeatedly by a passenger who racially abused him and told him to 'go home'; cut above the eye closed with glue. No DA.",
)
T(
    "vwi",
    "HATE",
    "n",
    "V and his boyfriend were walking home through {town} centre holding hands when a group shouted homophobic abuse and one of them punched V, knocking out a front tooth. Boyfriend witnessed, not hurt.",
)
T(
    "vwi",
    "",
    "t",
    "School safeguarding lead: Year 10 pupil (15) attacked by two older boys on the way home, kicked on the ground, fractured wrist. Parents aware and report made to police.",
)
T(
    "vwi",
    "",
    "h",
    "GBH (s20) - inflicting grievous bodily harm. V's jaw broken in two places after a punch at the taxi rank on {street}. Suspect unknown. V is a {lang} speaker, interpreter needed.",
)
T(
    "vwi",
    "DA",
    "r",
    "Long history. V says partner has been checking her phone and stopping her seeing friends for two years; last month he smashed her laptop; on {date} he shoved her into the door frame and she needed four stitches to her head. She also thinks he has been using her bank card. DASH high, MARAC {date2}.",
)
T(
    "vwi",
    "DA",
    "n",
    "V (mother, {age}) assaulted by her adult son who wanted money for drugs - punched in the face, bruising and cut lip. Third incident this year. DA - family.",
)
T(
    "vwi",
    "DA",
    "n",
    "Brother-on-sister assault at family home: V ({age}) has a fractured finger after he bent it back during a row over their late mum's will. Both adults. Sister wants it logged but not charged.",
)
T(
    "vwi",
    "",
    "f",
    "I was just walking back from the shop and a lad I've never seen before came up and hit me round the head with a bike lock. I needed eight stitches. He never said a word, just did it and walked off.",
)
T(
    "vwi",
    "",
    "n",
    "Assault with injury on an emergency worker: paramedic {F} kicked in the face by a patient she was treating at an address on {street}; bruised cheekbone. Referral from ambulance trust wellbeing team.",
)
T(
    "vwi",
    "KNF",
    "x",
    "Offence: Attempted murder | Summary: V (M, {agey}) stabbed in the neck outside a nightclub in {town}, life-changing injuries, two arrested | Weapon: knife | DA: N",
)
T(
    "vwi",
    "DA",
    "n",
    "V is 17. Her 18-year-old boyfriend slapped her so hard her eardrum perforated. Mum made the referral. No sexual element disclosed. School aware.",
)
T(
    "vwi",
    "DA",
    "n",
    "{M} reports his husband threw a mug at him, cutting his forehead. First time police involved but he says there have been 'shoves' before. DASH standard.",
)
T(
    "vwi",
    "DA KNF",
    "n",
    "DA. Ex-partner cut V's forearm with a kitchen knife during a row about contact with their son. Wound glued at A&E. DVPN issued {date}.",
)
T(
    "vwi",
    "",
    "h",
    "Assault occasioning ABH. V (F, {age}) pushed down the steps at {town} bus station by a stranger - sprained ankle and bruising. V has a learning disability but nothing was said about it; suspect appeared drunk.",
)
T(
    "vwi",
    "HATE",
    "n",
    "V, who is partially sighted, was deliberately tripped by a group who had been mocking his white cane and calling him disablist names. Grazed hands, cut chin.",
)
T(
    "vwi",
    "",
    "r",
    "Workplace. At the {shop} warehouse a colleague (no relationship) threw a pallet truck handle at V, cutting her shin. Earlier the same man had sent her abusive texts and let down her car tyres. V's partner is very supportive and drove her to A&E.",
)
T(
    "vwi",
    "HATE",
    "f",
    "I was waiting for the night bus and a man kept asking if I was a 'real woman'. When I didn't answer he shoved me into the shelter and I hit my head, there's still a lump. He was laughing with his mates and calling me a tranny.",
)
T("vwi", "", "s", "s47 ABH, stranger, pub, cut lip")
T("vwi", "DA", "s", "DA assault, partner, bruised arms, wants refuge")
T(
    "vwi",
    "",
    "n",
    "Disorder at the {town} match: V (steward) hit by a thrown coin, cut above the eye. Suspect identified on CCTV.",
)
T(
    "vwi",
    "",
    "h",
    "Wounding / inflicting GBH without intent (s20). Part of V's ear bitten off during a dispute with another resident at a hostel in {town}. Neither party related. V has now moved.",
)
T(
    "vwi",
    "DA",
    "t",
    "Adult social care referral: {F} ({ageo}) has bruising to both upper arms. She told her carer that her grandson ({agey}), who lives with her, 'grabs her' when she won't hand over her pension. Police aware.",
)
T(
    "vwi",
    "",
    "x",
    "Crime type: Violence with injury | Sub-type: assault with injury | Summary: door supervisor punched by customer refused entry, fractured hand | Suspect: known to venue | Risk: low",
)
T(
    "vwi",
    "DA HBA",
    "t",
    "College referral. {F} (18) was beaten with a belt by her father and two older brothers after they found out she had a boyfriend from outside their community - welts across her back. They told her she had shamed the family.",
)
T(
    "vwi",
    "HBA",
    "t",
    "Maternity safeguarding referral: {F}, 19, told her midwife she underwent FGM in the UK when she was 8 and is frightened the same will be arranged for her newborn daughter.",
)
T(
    "vwi",
    "KNF",
    "n",
    "Glassing: V hit in the face with a broken pint glass at {pub} by a man he'd argued with over the pool table. Deep cuts, needs plastic surgery. s18 charge.",
)
T(
    "vwi",
    "DA",
    "f",
    "My girlfriend threw the water from the kettle at me when I said I was going to my brother's. My chest and arm are all blistered. She says I made her do it.",
)
T(
    "vwi",
    "",
    "n",
    "V was punched by her best friend's ex-partner when she stepped in during a row outside the friend's house: cut lip, bruised jaw. V has never been in a relationship with the suspect. Not DA for V.",
)
T(
    "vwi",
    "",
    "n",
    "Flatmate dispute escalated - V's flatmate (no relationship, not related) hit him with a frying pan, gash to the scalp. Landlord aware. V looking for somewhere else to live.",
)
T(
    "vwi",
    "DA",
    "t",
    "Housing officer referral: tenant {F} disclosed that her ex-husband forced his way into her flat last week and broke her nose. She has not reported to police yet. We are fitting extra locks.",
)
T(
    "vwi",
    "HATE",
    "h",
    "Religiously aggravated assault occasioning ABH. V, wearing a hijab, had it pulled off and was punched in the mouth outside {shop} by a man shouting anti-Muslim abuse. Loose tooth.",
)
T(
    "vwi",
    "ONL",
    "t",
    "Youth worker referral: {M} (15) was jumped by a group of older teenagers who filmed it and posted it on Snapchat - black eye and concussion. The video is still going round.",
)
T(
    "vwi",
    "",
    "r",
    "Multiple issues. Neighbour plays loud music every night (ASB), on {date} he keyed V's car, and on {date2} when V went round to talk he shoved V into the wall - fractured elbow. V is 72, lives alone. Not DA.",
)
T(
    "vwi",
    "DA",
    "x",
    "Category: DA - physical | Offence: s20 GBH | V: {F}, {age} | IP: husband | Injury: fractured eye socket | DASH: 18 ticks | MARAC: yes, {date}",
)
T("vwi", "KNF", "s", "GBH s18, stabbing, V in ICU")
T(
    "vwi",
    "",
    "n",
    "Child (7) came into school with burns to her hand; disclosed that her stepfather held it against the oven door. Strategy meeting held, child with grandparents.",
)
T(
    "vwi",
    "",
    "n",
    "Road-rage assault: V's nose broken by the driver of a white van who got out at the lights on {street}. V's wife was in the passenger seat and saw it. No DA.",
)
T(
    "vwi",
    "DA",
    "f",
    "My brother-in-law lost it at the christening and punched me twice. I've got a fractured cheekbone. He has always hated me for marrying his sister.",
)
T(
    "vwi",
    "MS",
    "n",
    "Car wash worker in {town} has burn scars; says the boss beats him, keeps his passport and pays him nothing. NRM referral made. Interpreter {lang}.",
)
T(
    "vwi",
    "",
    "n",
    "Shop worker punched by a customer who was refused an alcohol sale at {shop}; cut lip. Nothing was taken.",
)
T(
    "vwi",
    "DA",
    "n",
    "DA s47. V ({agey}) lives with her mum and stepdad; stepdad threw a plate which cut her hand. Mum was in the room and saw it.",
)
T(
    "vwi",
    "DA",
    "f",
    "My wife hit me across the back with the hoover pipe when I said I wanted to go and see my mates. There's a big welt and a bruise. I'm embarrassed even saying it.",
)
T(
    "vwi",
    "DA",
    "x",
    "Crime type: ABH | Summary: V (F, 52) bruised face after husband of 30 years hit her with a TV remote - first disclosure ever | DA: Y | DASH: high | Note: older V, hearing aid",
)
T(
    "vwi",
    "DA",
    "n",
    "V (m, {age}) - ex-girlfriend scratched his face and neck, leaving marks, after he told her he'd met someone new. V doesn't want to pursue but wants advice.",
)
T("vwi", "DA", "s", "DA ABH, husband, cut lip, kids present")
T(
    "vwi",
    "DA",
    "h",
    "Assault occasioning ABH (domestic). V's mother-in-law hit her with a walking stick - bruising to forearm. V lives with her husband's family in {town}.",
)
T(
    "vwi",
    "",
    "n",
    "V ({age}) cycling home when a car pulled alongside, the passenger leaned out and punched V off the bike; broken collarbone. No words exchanged, strangers, no DA.",
)
T(
    "vwi",
    "DA",
    "r",
    "V says the relationship was fine at first. Last year her partner started calling her names, then on {date} he threw her phone in the canal, and on {date2} he punched her in the stomach; she was bruised and is now 20 weeks pregnant. She has also found he's been reading her emails. Wants to leave.",
)

T(
    "vwi",
    "DA",
    "t",
    "Referral from Rabbi {M} {sur}: a congregant disclosed that her husband pushed her down the stairs at home and she has a cracked rib. She asked him to make the call for her.",
)

# ---------------------------------------------------------------- violence without injury
T(
    "vwo",
    "",
    "h",
    "Common assault. V pushed by a man in the queue at {shop}; no injuries. Suspect left before police arrived.",
)
T(
    "vwo",
    "DA",
    "n",
    "DA common assault - husband spat at V and pushed her onto the sofa. No visible injury. V says it happens 'when he's had a drink'. DASH standard.",
)
T(
    "vwo",
    "DA KNF",
    "h",
    "Threats to kill. V's ex-partner came to her door holding a knife and said he'd kill her if she didn't let him see the kids. Nobody injured. Arrested at scene.",
)
T(
    "vwo",
    "",
    "n",
    "Threats to kill made over the phone by V's former business partner - 'I'll stab you when I see you, I'll put you in the ground'. No weapon seen, nobody present; business relationship only. V frightened.",
)
T(
    "vwo",
    "",
    "h",
    "Cruelty to and neglect of children. Neighbours reported two children (4 and 6) repeatedly left alone overnight in a flat on {street}; no food in the house. Mother arrested.",
)
T(
    "vwo",
    "",
    "t",
    "School DSL: pupil (9) arrives hungry and unwashed, same clothes all week, and says dad locks him in his room 'for being bad'. Social care and police informed.",
)
T(
    "vwo",
    "MS",
    "h",
    "Modern slavery - holding a person in slavery or servitude. Woman found working 16-hour days as a live-in cleaner for a family in {town}, unpaid, passport held. NRM referral made.",
)
T(
    "vwo",
    "MS",
    "n",
    "Three men found living in a shipping container on a farm near {town}, made to pick vegetables for no pay and told their families at home would be hurt if they left. Interpreter {lang}.",
)
T(
    "vwo",
    "MS",
    "n",
    "CCE concern: {M} (15) reported missing repeatedly, found in a flat in {town} where he had been made to hold and run drugs to pay off a 'debt'. NRM submitted. Mum referred.",
)
T(
    "vwo",
    "",
    "n",
    "Assault without injury on an emergency worker: PCSO spat at during an arrest on {street}. No injury. Referred for support.",
)
T(
    "vwo",
    "HATE",
    "h",
    "Racially aggravated common assault. V, a bus driver, had a drink thrown over him and was called a racial slur by a passenger. No injury.",
)
T(
    "vwo",
    "",
    "f",
    "She came into the office shouting and grabbed my arm and shook me, then pushed me back against the filing cabinet. It didn't leave a mark but I was shaking for hours. She's the manager of the other team.",
)
T(
    "vwo",
    "DA",
    "x",
    "Crime type: Common assault | Summary: V slapped by her sister during an argument about their mother's care-home fees, no injury | DA: Y (family) | Risk: standard",
)
T("vwo", "", "s", "Common assault, stranger, no injuries")
T("vwo", "DA", "s", "DA battery, husband pushed V, no injury")
T(
    "vwo",
    "DA ONL KNF",
    "r",
    "Caller says her ex has messaged her on Instagram from new accounts every day since they split on {date}, has turned up at her work twice, and on {date2} followed her to the car park and said 'I'll cut your throat one day' with his hand in his pocket. She is sure he had a blade on him. NMO in place.",
)
T(
    "vwo",
    "",
    "n",
    "Child abduction: V's daughter (5) was collected from school by a man not known to the family who told staff he was her uncle. Found safe three hours later. Not a relative.",
)
T(
    "vwo",
    "DA",
    "n",
    "Father took their son (6) abroad without consent, in breach of a court order. Mother referred. Parents separated; father was controlling and violent to the mother during the relationship.",
)
T(
    "vwo",
    "",
    "n",
    "Common assault at the school gates between two mums (no relationship, not related) over a parking space. V was shoved, no injury. Incident was wrongly tagged DA - not DA.",
)
T(
    "vwo",
    "DA",
    "f",
    "My son's 19 and when I said no to money he grabbed my wrists and pushed me into the wall and held me there shouting in my face. I'm not hurt, just frightened of him now.",
)
T(
    "vwo",
    "",
    "h",
    "Threats to kill - written. Letter pushed through V's door saying she and her children would be 'burned alive' if she gave evidence. Sender believed to be an associate of the defendant in another case.",
)
T(
    "vwo",
    "KNF",
    "n",
    "Man pulled a knife on V in the underpass when V told him to stop kicking a bin and said 'back off or else'. V ran, not hurt. Nothing taken.",
)
T(
    "vwo",
    "",
    "n",
    "V pinned down on a park bench by two youths who smeared his face with paint as a 'prank' while one filmed it. Video not believed to have been posted anywhere. No injury.",
)
T(
    "vwo",
    "HATE",
    "t",
    "Referral from the imam at {town} mosque: an elderly worshipper was shoved and spat at on his way to Friday prayers by a man shouting that 'his lot' should leave the country. No injury. He won't call police himself.",
)
T(
    "vwo",
    "DA",
    "n",
    "DA - V's partner grabbed her by the collar and shook her during an argument about money. No marks. Then he threw her phone at the wall.",
)
T(
    "vwo",
    "DA MS HBA",
    "x",
    "Crime type: Modern slavery | Summary: 20yo woman brought from abroad to marry into the household, made to cook and clean for the extended family, not allowed out, no money of her own | HBA concerns noted | DA: Y",
)
T(
    "vwo",
    "HATE",
    "n",
    "V, a gay man, got a handwritten note through his door saying he would be killed if he 'kept bringing men round'. Same wording as graffiti on the bus shelter last month.",
)
T(
    "vwo",
    "",
    "h",
    "Assault without injury. V (F, {age}) grabbed by the arm by a stranger who tried to pull her down an alley; she pulled free and ran. No sexual comments made.",
)
T("vwo", "DA", "s", "threats to kill, ex, DA, no weapon")
T(
    "vwo",
    "",
    "t",
    "Health visitor referral: baby (8 months) repeatedly left in soiled nappies with untreated rash and weight loss; parents not engaging. Police investigating neglect.",
)
T(
    "vwo",
    "",
    "r",
    "V says her landlord has come into her room without notice several times (nothing taken), has been texting rude messages, and last night pushed her in the corridor when she asked for her deposit back. No injuries. Landlord is not a partner or relative.",
)
T(
    "vwo",
    "DA",
    "f",
    "He's 84 and since the dementia got worse he lashes out. He slapped me twice last week. I don't want him in trouble, I just need some help at home.",
)
T(
    "vwo",
    "",
    "n",
    "Delivery rider V was grabbed by the jacket and pushed off a doorstep by a customer arguing about a missing order. V reports no injury.",
)
T(
    "vwo",
    "",
    "h",
    "Common assault. V (mother, {age}) kicked by her 14-year-old son during a row about his phone. No injury. Early help involved.",
)
T(
    "vwo",
    "HATE",
    "n",
    "Trans woman had a drink thrown over her and was pushed at a bus stop by a man shouting transphobic slurs. Not injured.",
)
T(
    "vwo",
    "",
    "x",
    "Offence: Threats to kill | Summary: neighbour shouted over the fence that he'd 'kill the lot of you' after a hedge dispute; V believed him | Weapon: none | Relationship: neighbour, no DA",
)
T(
    "vwo",
    "MS",
    "n",
    "Nail bar worker, {agey}, works seven days a week unpaid, sleeps at the shop, boss holds her ID card. NRM made. Interpreter {lang}.",
)
T(
    "vwo",
    "MS",
    "f",
    "He keeps my passport and says I owe him for the flight. I work in the kitchen from six in the morning to midnight and he gives me twenty pounds a week. I'm not allowed to talk to customers.",
)
T(
    "vwo",
    "DA",
    "n",
    "V's husband threatened to kill her if she 'ever left with the kids' while holding a hammer. Hammer not used. V believed him. No injury.",
)
T(
    "vwo",
    "DA",
    "f",
    "My dad grabbed me by the jumper and slammed me against the fridge and said he'd break my neck. I'm 23 and I still live at home. It didn't leave a mark.",
)
T(
    "vwo",
    "DA",
    "x",
    "Offence: Common assault (DA) | V: M, 40 | Suspect: ex-wife | Summary: ex-wife slapped V at the school gate in front of their children | Injury: none | Children: 2",
)
T("vwo", "DA", "s", "DA, partner pushed V, no injuries, MARAC")
T(
    "vwo",
    "",
    "t",
    "Care home manager: resident ({ageo}) was pushed over by another resident with dementia, no injury. Family want advice. No relationship between them.",
)
T(
    "vwo",
    "",
    "n",
    "V (shop owner) - a man refused a refund leaned over the counter and swung a punch at him that missed. No contact, no injury.",
)

T(
    "vwo",
    "DA",
    "n",
    "V ({ageo}) says her grandson ({agey}), who stays with her, threw a kitchen chair at her when she wouldn't lend him money; it missed. No injury. DA - family.",
)

# ---------------------------------------------------------------- stalking and harassment
T(
    "sth",
    "DA",
    "h",
    "Controlling or coercive behaviour in an intimate or family relationship. Over 18 months husband has controlled all the money, tracked V's phone, stopped her seeing her family and tells her what to wear. No physical violence disclosed. DASH medium.",
)
T(
    "sth",
    "DA",
    "f",
    "He checks my receipts every night and if I've bought anything he didn't say I could, he won't speak to me for days. I'm not allowed my own bank card. My sister isn't allowed round. He's never hit me.",
)
T(
    "sth",
    "",
    "h",
    "Stalking involving fear of violence or serious alarm or distress. V's former colleague has followed her home at least six times, leaves flowers on her car and waits outside her gym. They were never in a relationship. V has changed her route to work.",
)
T(
    "sth",
    "ONL",
    "n",
    "Malicious comms - V receiving abusive messages on Facebook from an unknown account calling her a 'fat slag' and threatening to post her address. Not known who it is.",
)
T(
    "sth",
    "DA ONL",
    "n",
    "Ex-partner creating fake Instagram accounts to contact V and her friends and posting about her; also turning up outside her mum's. Relationship ended {date}. DASH high.",
)
T(
    "sth",
    "",
    "n",
    "Harassment by neighbour - insults shouted over the fence most days, filming V in her garden, notes left on her windscreen. No threats of violence. Going on 8 months.",
)
T(
    "sth",
    "HATE",
    "n",
    "Racially aggravated harassment - family on {street} targeted repeatedly by a group of teenagers banging on the door and shouting racist names over several weeks.",
)
T(
    "sth",
    "",
    "x",
    "Crime type: Harassment | Summary: unregulated debt collector ringing V 20+ times a day and sending texts calling her a scrounger | Online: no (calls/SMS only) | Risk: low",
)
T("sth", "DA", "s", "DA coercive control, wants IDVA")
T("sth", "ONL", "s", "Harassment via WhatsApp, ex-colleague, ongoing")
T(
    "sth",
    "",
    "f",
    "Every morning for the last month the same man is at the bus stop, gets on when I do and gets off where I do. Last week he was outside my house at eleven at night when I looked out. I've never spoken to him.",
)
T(
    "sth",
    "DA",
    "r",
    "V lists: ex sends 30+ texts a day, turns up at school pick-up, told her new partner he'd 'sort him out', keyed her car on {date}, and she thinks he took her spare door key. No assault. NMO in place since {date2}.",
)
T(
    "sth",
    "ONL",
    "t",
    "HR manager referral: a member of our staff is being repeatedly emailed and messaged on LinkedIn by a former client who is fixated on her, including gifts sent to the office. She is frightened and working from home.",
)
T(
    "sth",
    "DA ONL",
    "n",
    "V's ex installed a tracking app on her phone while they were together and is still using it - he messages her on Snapchat saying where she has been. Phone seized for examination {date}.",
)
T(
    "sth",
    "ONL",
    "t",
    "University wellbeing referral: student (19) harassed by a fellow student who keeps turning up at her halls, leaves notes, and messages her friends about her on Snapchat. They went on one date in first term.",
)
T(
    "sth",
    "DA HBA",
    "n",
    "Adult daughter ({agey}) says her father controls her money, has taken her phone and won't let her leave the house unless her brother goes with her. Family say it is about protecting the family's reputation in the community.",
)
T(
    "sth",
    "",
    "h",
    "Sending a communication with intent to cause distress or anxiety. V, a parish councillor, received an anonymous letter calling her a 'traitor' and saying 'people know where you live'. No specific threat.",
)
T(
    "sth",
    "HATE ONL",
    "f",
    "Someone keeps posting my old photos from before I transitioned on TikTok with my deadname and tagging where I work. Every few days. I've blocked eleven accounts.",
)
T(
    "sth",
    "HATE",
    "n",
    "V, who is autistic, repeatedly mocked and followed round the estate by teenagers who imitate him and call him disablist names. Ongoing for weeks. No physical contact.",
)
T(
    "sth",
    "",
    "n",
    "Harassment by V's former landlord - repeated visits and letters demanding she drop her deposit claim. V's partner has been there for most of the visits and is supportive. No DA.",
)
T(
    "sth",
    "",
    "n",
    "V is being harassed by her friend's ex-boyfriend, who blames V for the break-up: abusive texts and calls to her workplace. V herself has never had a relationship with him.",
)
T(
    "sth",
    "DA",
    "x",
    "Offence: CCB | Victim: {M}, {age} | Suspect: wife | Summary: wife controls finances, monitors his location, threatens to harm herself if he sees friends | DASH: medium | Male V, wants male worker",
)
T(
    "sth",
    "",
    "n",
    "Stalking (s2A). Man has delivered over 200 handwritten letters to V's door; he used to be a customer at her salon. Restraining order made on {date}.",
)
T("sth", "", "s", "Stalking, unknown male, following V home")
T(
    "sth",
    "ONL",
    "h",
    "Malicious Communications Act. V sent threatening emails by former business partner, e.g. 'watch your back'. No relationship beyond business.",
)
T(
    "sth",
    "ONL",
    "n",
    "V met a man on a dating app, one coffee date. He then bombarded her with messages, found her address and sent pizzas and taxis to her house. Ongoing three weeks.",
)
T(
    "sth",
    "DA",
    "t",
    "GP referral: patient disclosed that her partner won't let her attend appointments alone, reads her post and has taken her car keys. She declines police at this stage but consents to support.",
)
T(
    "sth",
    "HATE",
    "f",
    "The couple upstairs bang on the floor when we pray and they've pushed notes under our door saying we should go back where we came from. My kids are scared to use the stairs.",
)
T(
    "sth",
    "DA ONL",
    "r",
    "Ongoing. V (m, {age}) separated from partner {F} on {date}. Since then she has sent him hundreds of WhatsApp messages, rung his employer claiming he's a danger to children, and keeps turning up at his mum's. No physical contact currently. He wants it to stop, not necessarily a prosecution.",
)
T(
    "sth",
    "",
    "n",
    "Workplace harassment - colleague keeps leaving sexual comments on notes on V's desk and follows her to the car park. Employer investigating. No touching. V's family once raised an arranged marriage years ago but she says there's been no pressure and it's nothing to do with this.",
)
T(
    "sth",
    "ONL",
    "n",
    "Hoax deliveries and taxis sent to V's house (8 in two weeks), ordered online in her name; suspect believed to be her ex-flatmate. No relationship between them.",
)
T("sth", "DA", "s", "coercive control - husband - no physical")
T(
    "sth",
    "HATE",
    "h",
    "Religiously aggravated harassment. Synagogue warden receiving antisemitic phone calls at home, several a week for three weeks.",
)
T(
    "sth",
    "",
    "n",
    "V being harassed by a withheld number calling and hanging up up to 40 times a day. V mentions an abusive ex from ten years ago but he lives abroad and she does not suspect him.",
)
T(
    "sth",
    "DA",
    "n",
    "V ({agey}) lives with her husband's family. Mother-in-law controls when she eats, takes her wages and won't let her go to English classes. Husband sides with his mother. Interpreter {lang}.",
)
T(
    "sth",
    "ONL",
    "x",
    "Crime type: Malicious comms | Summary: another school parent posted V's photo in a Facebook group accusing her of being a paedophile, many abusive comments followed | Relationship: none | Risk: medium",
)
T(
    "sth",
    "ONL",
    "n",
    "Cafe owner harassed by a former employee who leaves one-star reviews under different names and messages regular customers on Instagram about her. Also rang the cafe 30 times in one day.",
)
T(
    "sth",
    "",
    "h",
    "Harassment (PHA 1997 s2). V says a man from her church keeps phoning her, waits for her after services and turns up at her door with gifts despite being told to stop.",
)
T(
    "sth",
    "DA",
    "n",
    "V found a GPS tracker taped under her car; believes her estranged husband put it there as he always seems to know where she is. He also turns up at the supermarket when she's there.",
)
T("sth", "ONL", "s", "Malicious comms - Facebook, unknown sender")
T(
    "sth",
    "DA",
    "n",
    "Ex-husband repeatedly drives past V's house and rings from withheld numbers since the divorce; she feels watched all the time. NMO being applied for.",
)
T(
    "sth",
    "DA ONL",
    "f",
    "He messages me on Facebook every night asking who I'm with, and if I don't answer in ten minutes he rings my mum. We split up in March.",
)
T("sth", "DA", "s", "DA stalking, ex, DASH high, MARAC")
T(
    "sth",
    "DA",
    "t",
    "Children's centre worker: mum told us her partner tracks her phone, takes her wages and won't let her see her own family. Consent for support given.",
)
T(
    "sth",
    "",
    "n",
    "V (bus driver) repeatedly followed to the depot by a passenger who waits for her shift to end and writes her letters. Never in a relationship. V mentions her older sister was abused as a child by a family friend years ago - not part of this referral.",
)
T(
    "sth",
    "",
    "f",
    "A man I used to work with keeps sending things to my house. Cards, a necklace, once a photo of me at the gym taken from outside. I told him to stop in writing in January.",
)

T(
    "sth",
    "DA",
    "h",
    "Controlling or coercive behaviour. V's partner has moved her to {town}, away from all her friends, keeps her medication and decides when she can have it, and checks the mileage on her car. DASH high.",
)

# ---------------------------------------------------------------- sexual offences
T(
    "sex",
    "",
    "h",
    "Rape of a female aged 16 and over. V (22) raped by a man she met at a house party in {town} on {date}; she did not know him before. Forensic exam done at SARC. Wants an ISVA.",
)
T(
    "sex",
    "DA",
    "n",
    "V disclosed that her husband has repeatedly raped her over the past year when she refuses sex; he also monitors her phone. DASH high, MARAC referral.",
)
T(
    "sex",
    "",
    "f",
    "He's a friend of my manager and offered me a lift back after the work do and said he'd come in for a coffee. I said no so many times and tried to push him off and then I just stopped moving. I haven't told anyone except you.",
)
T(
    "sex",
    "CSA ONL",
    "n",
    "Parent referral: daughter (13) groomed on Snapchat by a man claiming to be 15 who persuaded her to send nude images and then pressured her to meet up. Police have her phone.",
)
T(
    "sex",
    "CSA",
    "h",
    "Sexual activity with a child under 16. V (14) in a 'relationship' with a 23-year-old man she met at the skate park; sexual activity took place at his flat. School raised the concern.",
)
T(
    "sex",
    "CSA",
    "n",
    "CSE - 15-year-old girl repeatedly missing, found in cars with older men around {town}, given alcohol and vapes in exchange for sex. Strategy meeting held.",
)
T(
    "sex",
    "MS",
    "n",
    "Woman ({agey}) recovered from a brothel above a shop in {town}. She was brought to the UK with a promise of restaurant work and forced into prostitution to 'repay' a debt. NRM referral, interpreter {lang}.",
)
T(
    "sex",
    "",
    "h",
    "Sexual assault on a female aged 13 and over. V groped on a crowded train between {town} and {town2}; a man pressed against her and put his hand up her skirt. BTP informed.",
)
T(
    "sex",
    "",
    "h",
    "Exposure. Man exposed himself to V (F, {age}) while she was jogging on the canal towpath near {town}. No contact.",
)
T(
    "sex",
    "",
    "n",
    "Voyeurism - V found her landlord had hidden a camera in the bathroom of her rented room; footage found on his laptop.",
)
T(
    "sex",
    "",
    "n",
    "Upskirting - man filmed up V's skirt on the escalator at {town} station; a witness challenged him and he ran.",
)
T(
    "sex",
    "ONL",
    "n",
    "Cyberflashing. V received an unsolicited photo of a stranger's genitals in her Instagram DMs after posting about a charity run.",
)
T(
    "sex",
    "CSA",
    "n",
    "Non-recent. V (now 41) disclosed her stepfather sexually abused her from the age of 8 to 13. She has recently reported to police and wants counselling.",
)
T(
    "sex",
    "",
    "n",
    "Male V (30s) sexually assaulted by a man in the toilets of a nightclub in {town} - grabbed and touched over clothing. Suspect identified by door staff.",
)
T(
    "sex",
    "DA CSA",
    "x",
    "Crime type: Rape | V: 17, F | Suspect: boyfriend, 18 | Summary: V forced to have sex after she ended the relationship | DA: Y | CSA: Y (V under 18) | Risk: high",
)
T(
    "sex",
    "",
    "n",
    "V, who has a learning disability, was sexually assaulted by a support worker at her supported living placement. Adult safeguarding involved.",
)
T(
    "sex",
    "",
    "n",
    "V believes her drink was spiked at a bar in {town}; woke in a stranger's flat with no memory and injuries consistent with sexual assault. Toxicology pending.",
)
T(
    "sex",
    "DA",
    "r",
    "Ongoing. V's ex has been texting her constantly, broke her front window on {date}, and on {date2} came into the house and sexually assaulted her. She says he also hit her with the TV remote that night (small cut). DVPN applied for.",
)
T(
    "sex",
    "",
    "t",
    "GP referral: 68-year-old patient disclosed she was raped by a stranger in 1979 as a young woman and has never told anyone. She does not want police involvement but would like specialist counselling.",
)
T(
    "sex",
    "CSA",
    "t",
    "Social care: girl (11) disclosed that her 16-year-old brother has been touching her sexually at night. Brother moved to relatives pending investigation.",
)
T("sex", "", "s", "Rape, stranger, SARC attended, wants ISVA")
T("sex", "CSA", "s", "CSE concerns, 14F, older males")
T(
    "sex",
    "CSA",
    "h",
    "Sexual assault on a male aged 13 and over. V (16) touched on the genitals by his football coach in the changing rooms after training.",
)
T(
    "sex",
    "CSA ONL",
    "n",
    "Boy (15) tricked on Instagram by someone posing as a girl into sending an intimate video, then told to pay £{amtS} or it would be sent to all his followers. He paid once. Very distressed.",
)
T(
    "sex",
    "DA ONL",
    "n",
    "Ex-boyfriend has shared intimate photos of V in a Telegram group without her consent. Relationship ended {date}.",
)
T(
    "sex",
    "DA ONL",
    "n",
    "DA - ex-partner threatening over Snapchat to share intimate photos of V with her family unless she takes him back.",
)
T(
    "sex",
    "CSA",
    "n",
    "Man exposed himself to a group of children (aged 10-12) walking home from {school}. Parents referred.",
)
T(
    "sex",
    "",
    "n",
    "Assault by penetration - V (F, {age}) attacked by a taxi driver after a night out; driver identified through the booking app.",
)
T(
    "sex",
    "CSA",
    "f",
    "My uncle used to come into my room when he stayed over at Christmas. I was about twelve. I'm thirty now and he's at every family thing and I can't do it any more.",
)
T(
    "sex",
    "",
    "t",
    "Referral from Pastor {M}: a young woman in his congregation (20) says a church elder kissed her and groped her during a home visit. She wants advice before deciding about police.",
)
T(
    "sex",
    "",
    "x",
    "Crime type: Sexual assault | Summary: V (F, 25) touched on the bottom and breasts by a stranger at a music festival | Suspect: not identified | DA: N | Online: N",
)
T(
    "sex",
    "CSA MS",
    "n",
    "15-year-old girl trafficked from {town} to other cities and sold for sex by a 'boyfriend' (24). NRM and CSE strategy in place.",
)
T(
    "sex",
    "DA",
    "n",
    "Male V says his ex-girlfriend made him have sex while he was too drunk to consent. He isn't sure it 'counts'. Referral for specialist male support.",
)
T(
    "sex",
    "DA HBA",
    "n",
    "V (19) raped by her cousin; family have told her she must marry him to avoid dishonour and have taken her passport. She fears being sent abroad.",
)
T(
    "sex",
    "HATE ONL",
    "n",
    "Gay man sexually assaulted by a man he met through Grindr at the man's house; suspect called him homophobic names during the assault.",
)
T(
    "sex",
    "DA ONL",
    "n",
    "V's husband secretly filmed her in the shower and uploaded the videos to a porn website. She found out from a friend.",
)
T("sex", "DA", "s", "DA rape, husband, ISVA requested")
T(
    "sex",
    "DA",
    "h",
    "Rape of a female aged 16 and over. V raped by her ex-partner after he let himself into her flat with an old key. V has since moved out of the area.",
)
T(
    "sex",
    "",
    "f",
    "The man in the flat opposite stands at his window with no clothes on whenever I come home from work. He waits until I look up. It's been every night this week.",
)
T(
    "sex",
    "CSA",
    "t",
    "School nurse: Year 9 girl (14) disclosed that a 19-year-old she met through friends has been having sex with her and giving her money. Police and social care informed.",
)

T(
    "sex",
    "DA",
    "t",
    "Sexual health clinic referral: patient ({agey}) says her partner regularly forces her to have sex when she has said no, and removed a condom without her agreement last month. She consents to an ISVA referral.",
)

# ---------------------------------------------------------------- robbery
T(
    "rob",
    "",
    "h",
    "Robbery of personal property. V (M, {agey}) surrounded by two males in {town} park who said they'd 'smash him up'; he handed over his phone and £{amtS}. No weapon seen or mentioned.",
)
T(
    "rob",
    "KNF",
    "n",
    "Knifepoint robbery at {shop}: man came in, showed a large kitchen knife to the cashier and took £{amt} from the till. Staff member shaken, not injured.",
)
T(
    "rob",
    "",
    "f",
    "Two lads on a moped pulled up beside me and the one on the back grabbed my phone. I held on and he dragged me along the pavement until I let go. My knees are cut to bits.",
)
T(
    "rob",
    "",
    "n",
    "Street robbery - V punched to the ground from behind on {street} and his watch pulled off his wrist. Fractured cheekbone.",
)
T(
    "rob",
    "",
    "x",
    "Crime type: Robbery - business | Summary: post office counter staff threatened with what looked like a handgun, £{amt} taken | Injuries: none | Staff: 2 | Risk: N/A",
)
T("rob", "", "s", "Street robbery, phone, no injury")
T("rob", "KNF", "s", "Robbery at knifepoint, cash taken")
T(
    "rob",
    "DA",
    "n",
    "V's ex-partner pinned her against her car and took her purse and car keys by force after she refused to give him money. DASH medium.",
)
T(
    "rob",
    "KNF",
    "n",
    "V approached at a cashpoint by a male with his hand in his jacket pocket saying 'I've got a blade, give me your card'. V believed him and handed over card and PIN; £{amt} withdrawn.",
)
T(
    "rob",
    "HATE",
    "n",
    "Elderly Sikh man robbed of his shoulder bag by youths who pulled at his turban and shouted racist abuse before yanking it off him.",
)
T(
    "rob",
    "",
    "t",
    "Head of Year: Year 8 boy (12) made to take his trainers off and hand them over to older teens who said they'd beat him up otherwise. Outside {school}.",
)
T(
    "rob",
    "KNF",
    "t",
    "Manager at a {town} taxi firm reporting for a driver: passenger held a screwdriver to the driver's neck and demanded his takings; £{amt} taken.",
)
T(
    "rob",
    "",
    "h",
    "Robbery of personal property. V (F, 19) had her handbag pulled off her shoulder so hard she was knocked over; bruised hip.",
)
T(
    "rob",
    "",
    "f",
    "They said give us the bike or you'll get hurt. There were three of them and they were bigger than me so I got off and they rode away on it.",
)
T(
    "rob",
    "ONL",
    "r",
    "V arranged through Facebook Marketplace to sell his games console. Buyer turned up with a friend, first showed a fake bank-transfer screenshot, then grabbed the console; when V held on they punched him and ran off with it. V had never met them before.",
)
T(
    "rob",
    "",
    "n",
    "Two men forced their way into V's flat, tied her wrists with a charger cable and took jewellery and cash. V ({ageo}) very frightened. Not known to her.",
)
T(
    "rob",
    "",
    "n",
    "Delivery driver threatened by three men who demanded the parcels; he handed over the van keys and they drove off with the van.",
)
T("rob", "", "s", "Carjacking, keys taken by threat, no injury")
T(
    "rob",
    "",
    "n",
    "Mugging on {street} - two males pushed V against a wall and went through her pockets, taking phone and bank cards. Panic attack, no injuries.",
)
T(
    "rob",
    "",
    "h",
    "Robbery of business property. Bookmakers in {town} - man vaulted the counter, shoved the cashier aside and took £{amt}.",
)
T(
    "rob",
    "KNF",
    "n",
    "15-year-old had his phone taken on the bus home by a boy who flashed a knife at him and told him to hand it over.",
)
T(
    "rob",
    "DA",
    "n",
    "V ({ageo}) - her adult grandson twisted her wrist and forced her purse out of her hands to get her pension money. DA - family.",
)
T(
    "rob",
    "",
    "n",
    "V (wears a turban) robbed of his phone by two men outside {shop}; they pushed him and took it. Nothing said about religion or race - they just demanded the phone.",
)

# ---------------------------------------------------------------- burglary
T(
    "bur",
    "",
    "h",
    "Burglary - residential. Rear door forced at V's home on {street} overnight {date}; jewellery and laptop taken. V ({ageo}) lives alone, very anxious.",
)
T(
    "bur",
    "",
    "n",
    "Distraction burglary - man claiming to be from the water company got into V's home and, while she ran the kitchen tap for him, took £{amt} from her bedroom.",
)
T(
    "bur",
    "",
    "f",
    "We got back from my sister's and the back window was smashed and all the drawers were pulled out. They took my mum's rings and the kids' tablet. I check the locks three times every night now.",
)
T("bur", "", "n", "Garden shed broken into overnight, padlock cut, two mountain bikes taken.")
T(
    "bur",
    "",
    "n",
    "Burglars got in through an unlocked back door while the family slept, took the car keys from the kitchen and drove off in V's {car}.",
)
T(
    "bur",
    "DA",
    "n",
    "V's ex-partner (NMO in place) let himself into her flat with a key he had copied while she was at work and took her passport and the children's birth certificates.",
)
T(
    "bur",
    "",
    "h",
    "Burglary - business and community. Church hall in {town} broken into; tea fund and PA system stolen. Referred by the vicar.",
)
T(
    "bur",
    "",
    "x",
    "Crime type: Burglary dwelling | Summary: entry via insecure ground-floor window, handbag and car keys taken, car left | Suspects: none | V: student house, 4 occupants",
)
T("bur", "", "s", "Burglary dwelling, nothing taken, V scared")
T("bur", "", "s", "burg res - tools from attached garage")
T(
    "bur",
    "",
    "n",
    "Aggravated burglary - masked man entered V's home and took cash from a drawer, left when the dog barked. V never saw him with anything; a machete was found dropped in the garden afterwards.",
)
T(
    "bur",
    "HATE",
    "n",
    "Community centre attached to the mosque broken into overnight; donation boxes taken and anti-Muslim graffiti sprayed on the walls inside.",
)
T(
    "bur",
    "",
    "n",
    "Attempted burglary - pry marks on V's back door where someone tried to force it; door held. V now scared to be home alone.",
)
T(
    "bur",
    "",
    "n",
    "Burglary at V's house. She first suspected her ex but he was in prison at the time; police say it's a stranger burglary. Not DA.",
)
T(
    "bur",
    "",
    "t",
    "Housing officer: tenant's flat on {street} burgled for the second time this month, entry through a window, TV and medication taken. Tenant has multiple sclerosis and limited mobility.",
)
T(
    "bur",
    "",
    "f",
    "Someone must have reached in through the cat flap and opened the door, because my handbag went off the kitchen table while I was asleep upstairs. I didn't hear a thing.",
)
T(
    "bur",
    "",
    "r",
    "V reports several things: her garden gnomes were taken last month, the neighbour's kids kick footballs at her windows, and on {date} someone got in through the back door and took her purse and car keys - the car was later found burnt out in {town}.",
)
T(
    "bur",
    "",
    "h",
    "Burglary in a dwelling. Student room in {town} halls entered while V was at lectures; laptop and passport taken. No forced entry.",
)
T(
    "bur",
    "",
    "n",
    "Two men posing as police officers came into V's bungalow, 'searched' for counterfeit notes and left with £{amt} of her cash. V ({ageo}).",
)
T("bur", "", "s", "Burglary - business - {shop}, till taken")
T(
    "bur",
    "",
    "n",
    "Caravan on a {town} site that V lives in full-time was broken into; generator and gas bottles taken.",
)
T(
    "bur",
    "DA",
    "x",
    "Offence: Burglary (residential) | Suspect: V's brother ({agey}) | Summary: brother, who no longer lives there, climbed in through a window and took V's laptop to sell | DA: Y (family)",
)
T(
    "bur",
    "DA",
    "n",
    "V's estranged wife, who moved out a year ago, got into his house while he was away and removed his savings tin and father's watch.",
)
T(
    "bur",
    "",
    "n",
    "Burglary at V's new flat. V is worried her ex-partner might find out her new address from the police report, but he is not a suspect and there's been no contact for three years.",
)

# ---------------------------------------------------------------- vehicle offences
T(
    "veh",
    "",
    "h",
    "Theft from a motor vehicle. Window smashed on V's car parked on {street}; sat nav and gym bag taken.",
)
T(
    "veh",
    "",
    "h",
    "Theft or unauthorised taking of a motor vehicle. V's {car} taken from outside her house overnight; keys still in the house (keyless relay suspected).",
)
T("veh", "", "n", "Catalytic converter cut from V's hybrid in the {shop} car park while she was shopping.")
T(
    "veh",
    "",
    "n",
    "Both number plates taken off V's car on the drive; she is now getting speeding notices from another part of the country.",
)
T(
    "veh",
    "",
    "f",
    "I went out to go to work and the van was just empty. All my tools, about four grand's worth. The back doors had been peeled open like a tin.",
)
T(
    "veh",
    "",
    "n",
    "TWOC - V's friend borrowed the car keys 'for a lift home' and didn't bring the car back for three days; returned with a dented bumper. No DA.",
)
T(
    "veh",
    "",
    "n",
    "Aggravated vehicle taking - V's car taken and crashed into a bus shelter in {town}. Driver ran off. Nobody hurt.",
)
T(
    "veh",
    "",
    "n",
    "Vehicle interference - CCTV shows two males trying car door handles along {street} at 3am; one got V's door open and was disturbed by a neighbour.",
)
T("veh", "", "s", "Car stolen from drive, keys still indoors")
T("veh", "", "s", "theft from MV, tools, van")
T(
    "veh",
    "",
    "x",
    "Crime type: Theft of motor vehicle | Summary: motorbike taken from outside V's workplace, chain cut | Recovered: no | Insurance: yes",
)
T(
    "veh",
    "DA",
    "n",
    "V's ex-husband took her car from outside her new flat without permission and refuses to give it back; V is still paying the finance. DASH standard.",
)
T(
    "veh",
    "",
    "n",
    "Delivery rider's moped taken while he was inside collecting an order; found two days later dumped with the ignition ripped out.",
)
T(
    "veh",
    "",
    "t",
    "Fleet manager referral: diesel siphoned from three company vans parked at our depot in {town} overnight; drivers upset.",
)
T("veh", "", "n", "Theft from vehicle - V's blue badge taken from her car windscreen. V is disabled and relies on it.")
T(
    "veh",
    "",
    "f",
    "I left the car running on the drive to de-ice it and went back in for my coffee, and when I came out it had gone.",
)
T(
    "veh",
    "",
    "n",
    "V's car keys taken from the hook by his son's friend (17) while visiting; car taken for a drive and left in a lay-by. Undamaged.",
)
T(
    "veh",
    "",
    "h",
    "Interfering with a motor vehicle. V saw a man trying to force her car door lock on {street}; he ran off when she shouted.",
)
T("veh", "", "n", "All four alloy wheels taken from V's car overnight, car left up on bricks.")
T(
    "veh",
    "",
    "x",
    "Offence: Aggravated vehicle taking (damage) | Summary: V's van taken from the yard and driven through a fence | V: sole trader, loss of income",
)
T(
    "veh",
    "",
    "r",
    "V's car was broken into on {date} on {street}: window smashed and the stereo and a child seat taken. V also says he's had a row with a neighbour about parking but doesn't think it's connected, and kids play football near the car.",
)

# ---------------------------------------------------------------- theft from the person
T(
    "tfp",
    "",
    "h",
    "Theft from the person of another. V's purse taken from her open handbag while she queued at {town} market; she didn't notice until she went to pay.",
)
T("tfp", "", "n", "Pickpocket on the bus - V's phone lifted from his back pocket; he felt a bump and it was gone.")
T(
    "tfp",
    "",
    "f",
    "A man came right up close in the crowd at the bus station and brushed past, and then my wallet wasn't in my coat any more. I never felt his hand.",
)
T(
    "tfp",
    "",
    "n",
    "Phone snatched out of V's hand by a cyclist while she was texting outside {shop}; she wasn't pulled or knocked, just left holding nothing.",
)
T(
    "tfp",
    "",
    "x",
    "Crime type: Theft from person | Summary: visitor's wallet taken from rucksack on a crowded tram in {town} | Injuries: none",
)
T("tfp", "", "s", "pickpocket, wallet, market, no force")
T("tfp", "", "s", "Phone snatch, no force, town centre")
T(
    "tfp",
    "",
    "n",
    "Elderly V ({ageo}) 'helped' with her shopping bags by a woman who then walked off with the purse from her coat pocket.",
)
T("tfp", "", "n", "Necklace unclipped from V's neck in a packed nightclub - she felt it go but didn't see who.")
T(
    "tfp",
    "",
    "t",
    "Referral from {town} library: staff member's phone taken from her cardigan pocket by a customer who bumped into her; no threats.",
)
T(
    "tfp",
    "",
    "h",
    "Theft from the person (snatch). V's shopping bag snatched from his hand on the tram platform; he let go straight away, no force beyond the snatch.",
)
T(
    "tfp",
    "DA",
    "n",
    "V's ex-partner took her phone out of her coat pocket as he walked past her in the pub and left with it. No force, no words. DASH standard.",
)
T(
    "tfp",
    "",
    "r",
    "V (student) says she lost her bank card in a club - thinks it was taken from her back pocket by someone dancing next to her - and then £{amtS} was spent contactless in three shops before she could cancel it.",
)
T(
    "tfp",
    "",
    "f",
    "I was on the escalator and the man behind me had his hand in my bag. By the time I turned round my purse was gone and he was running up the steps.",
)
T(
    "tfp",
    "",
    "x",
    "Offence: Theft from the person | Location: {town} Christmas market | Property: phone from coat pocket | Suspect: female, 20s | V: 64, M",
)
T(
    "tfp",
    "",
    "n",
    "Distraction theft - two women asked V for directions holding a map up and while he looked, his wallet was taken from his inside jacket pocket.",
)
T("tfp", "", "s", "watch slipped off wrist in crowd")
T(
    "tfp",
    "",
    "n",
    "V felt someone unzip her backpack on the packed platform at {town} station; her purse and keys were gone when she got on the train.",
)

# ---------------------------------------------------------------- bicycle theft
T(
    "bik",
    "",
    "h",
    "Theft of a pedal cycle. V's road bike, locked to the railings outside {town} station, taken between 8am and 6pm; lock cut.",
)
T("bik", "", "n", "Child's bike taken from the front garden on {street} (left on the lawn, not in a shed or garage).")
T(
    "bik",
    "",
    "f",
    "I was only in the shop two minutes. I leaned it against the window because the lock was at home, and when I came out it was gone.",
)
T(
    "bik",
    "",
    "n",
    "E-bike (pedal assist) taken from the bike rack at {hosp}; V is a nurse who uses it to get to night shifts.",
)
T(
    "bik",
    "",
    "x",
    "Crime type: Theft of pedal cycle | Summary: cargo bike with child seat taken from outside nursery | Value: £{amt} | Lock: D-lock, cut",
)
T("bik", "", "s", "Bike stolen from outside gym")
T("bik", "", "s", "pedal cycle theft, school racks")
T(
    "bik",
    "",
    "n",
    "V's bike taken from outside the library; he later spotted it advertised on Facebook Marketplace and told police.",
)
T(
    "bik",
    "DA",
    "n",
    "V's ex-boyfriend took her bike from outside her flat - he knew the code for the lock - and is refusing to give it back. DASH standard.",
)
T(
    "bik",
    "",
    "n",
    "Bike taken from the open bike shelter at {school} during the school day; belongs to a Year 11 pupil.",
)
T(
    "bik",
    "",
    "t",
    "Facilities manager: staff member's bike taken from the open cycle stand in our car park; CCTV shows a man with an angle grinder.",
)
T(
    "bik",
    "",
    "f",
    "My son's BMX went from the park while he was on the swings. He's eight. He keeps asking when the police are bringing it back.",
)
T(
    "bik",
    "",
    "h",
    "Theft of pedal cycle. Bike taken from outside {pub} while V was inside; it was chained to a bench and the bench slats were unscrewed.",
)
T(
    "bik",
    "",
    "r",
    "V's bike went from the station racks on {date} - lock cut in broad daylight - the second bike he's lost there this year. He also mentions someone threw eggs at his front window last month (nothing damaged).",
)
T("bik", "", "s", "Bike nicked outside {shop}, no lock")

# ---------------------------------------------------------------- shoplifting
T(
    "sho",
    "",
    "h",
    "Theft from shops and stalls. Male took £{amtS} of razor blades from {shop} and walked past the tills. Store manager referral for staff wellbeing.",
)
T(
    "sho",
    "",
    "n",
    "Repeat shoplifting at {shop} on {street} - same woman taking meat and cheese three times this week. Staff feel intimidated but no threats made.",
)
T(
    "sho",
    "",
    "f",
    "The same lad comes in most days, fills his bag with energy drinks and walks out. He looks at me like he's daring me to say something. I'm on my own on the late shift.",
)
T(
    "sho",
    "",
    "x",
    "Crime type: Shoplifting | Summary: two females concealed cosmetics worth £{amtS} in a pushchair | Store: {shop} | CCTV: yes | Staff injured: no",
)
T("sho", "", "s", "Shoplifting, £{amtS} of alcohol")
T("sho", "", "s", "shop theft, razors, repeat offender")
T(
    "sho",
    "",
    "n",
    "Shoplifter at {shop} became verbally abusive when challenged, swearing at staff, then left with the goods. No physical contact.",
)
T(
    "sho",
    "HATE",
    "n",
    "Shoplifter took goods from {shop} and shouted racist abuse at the Asian shopkeeper on his way out.",
)
T(
    "sho",
    "",
    "n",
    "Theft from a market stall at {town} Saturday market - tray of jewellery taken while the trader served another customer.",
)
T(
    "sho",
    "",
    "t",
    "Pharmacy owner: staff distressed after repeated thefts of baby formula from the shelves; suspect an organised group.",
)
T("sho", "", "n", "Self-checkout theft: customer scanned loose carrots while bagging steaks, £{amtS} difference.")
T(
    "sho",
    "",
    "n",
    "Shoplifting at {shop}. Suspect was with her partner, who didn't take part. Referral is for the shop assistant who was upset. No DA.",
)
T(
    "sho",
    "",
    "h",
    "Theft from shops. Staff member at {shop} saw a teenage girl take vapes from behind the counter while her back was turned.",
)
T(
    "sho",
    "",
    "r",
    "Store detective notes: the same man has stolen from {shop} four times; on {date} he also dropped a lit cigarette into a bin (no damage) and swore at a customer on his way out.",
)
T("sho", "", "n", "Garden centre: plants and a bird bath taken from the outdoor display during opening hours.")
T(
    "sho",
    "",
    "x",
    "Offence: Theft from shops and stalls | Value: £{amt} | Method: grab and run, perfume display | Suspects: 3 males | Staff: shaken",
)
T(
    "sho",
    "",
    "f",
    "I run a little corner shop and a woman has been taking things off the shelves and putting them up her sleeves, three times now. I know her from the school run.",
)
T("sho", "", "s", "shoplifting - teenagers - sweets - repeat")

# ---------------------------------------------------------------- other theft
T(
    "oth",
    "",
    "h",
    "Theft by an employee. Bar owner found the cashier had been taking £{amt} from the till over six months.",
)
T(
    "oth",
    "",
    "n",
    "Parcel (new phone) delivered to V's doorstep and taken before she got home; doorbell camera shows a man in hi-vis.",
)
T(
    "oth",
    "",
    "h",
    "Making off without payment. Customer put £{amtS} of diesel in at the forecourt of {shop} and drove off.",
)
T("oth", "", "n", "Taxi driver V: passenger ran off without paying a £{amtS} fare on {street}.")
T(
    "oth",
    "ONL",
    "n",
    "V (34, M) contacted on Facebook by a woman who persuaded him to undress on a video call; he's now told to pay £{amt} or the recording goes to all his contacts. Has paid once.",
)
T(
    "oth",
    "",
    "n",
    "Handbag lifted from the back of V's chair in a cafe while she was sitting there (not on her person).",
)
T(
    "oth",
    "DA",
    "n",
    "V's adult son has been taking her bank card from her purse and withdrawing cash without permission - about £{amt} over three months. DA - economic abuse by family member.",
)
T("oth", "", "n", "Garden ornaments and a bench taken from V's open front garden overnight.")
T(
    "oth",
    "",
    "t",
    "Churchwarden referral: lead stripped from the roof of St Wilfrith's church, {town}; rain coming into the vestry.",
)
T("oth", "", "n", "Patient's wedding ring taken from her bedside locker on a ward at {hosp}.")
T(
    "oth",
    "",
    "n",
    "Theft of mail - V's bank letters and a replacement card keep going missing from the communal post boxes.",
)
T(
    "oth",
    "",
    "f",
    "My carer has been taking twenty pounds out of my purse every week. I started counting it. She's been coming to me for two years and I liked her.",
)
T(
    "oth",
    "",
    "x",
    "Crime type: Other theft | Summary: phone left on table in pub, taken by unknown person while V was at the bar | Not from person",
)
T("oth", "", "s", "Parcel stolen from doorstep")
T("oth", "", "s", "making off without payment - taxi")
T("oth", "", "n", "V left her wallet on the bus; an empty wallet was handed in later with £{amtS} cash missing.")
T(
    "oth",
    "",
    "n",
    "Lodger (no relationship) moved out taking V's jewellery and a laptop; he had been given his own key.",
)
T(
    "oth",
    "",
    "t",
    "Head of HR: an employee is suspected of taking stock (laptops) from our warehouse and selling them. Police informed.",
)
T(
    "oth",
    "",
    "h",
    "Blackmail. Former business partner demanding £{amt} or he'll tell V's wife about an affair; letters left at V's office.",
)
T(
    "oth",
    "",
    "h",
    "Abstracting electricity. Neighbour running an extension lead from V's outside socket to charge his van overnight.",
)
T("oth", "", "n", "Forty sheep taken from a field near {town} overnight; farmer referred by rural crime team.")
T(
    "oth",
    "",
    "r",
    "Care home resident ({ageo}) - family report missing cash, a watch and her glasses over several months. Some staff have also been curt with her (no allegations of any physical harm). Family want a meeting with the manager.",
)
T(
    "oth",
    "DA",
    "n",
    "V's daughter ({agey}), who lives with her, has been taking jewellery from V's bedroom and pawning it. V doesn't want her arrested. DA - family.",
)

# ---------------------------------------------------------------- criminal damage and arson
T(
    "cda",
    "",
    "h",
    "Criminal damage to a vehicle. V's car keyed down both sides and wing mirrors snapped off overnight on {street}.",
)
T("cda", "", "h", "Arson not endangering life. V's wheelie bins set alight against the garden fence; fence scorched.")
T(
    "cda",
    "",
    "n",
    "Arson endangering life - petrol poured through V's letterbox and lit while V and two children were asleep upstairs; smoke alarm woke them.",
)
T(
    "cda",
    "DA",
    "n",
    "DA criminal damage - partner smashed V's phone and punched a hole in the bedroom door during an argument. No physical contact with V.",
)
T("cda", "HATE", "n", "Swastika and 'Jews out' painted on V's front door overnight.")
T("cda", "", "n", "Windows of V's flat broken with stones thrown by youths; V ({ageo}) lives alone.")
T(
    "cda",
    "",
    "f",
    "Every week there's something. Last week the plant pots were tipped and smashed, this week paint's been poured all over my car bonnet. I think it's the people at number 12.",
)
T(
    "cda",
    "DA",
    "x",
    "Crime type: Criminal damage to a dwelling | Summary: front door kicked in by V's brother looking for her, nobody home | DA: Y (family) | Risk: medium",
)
T("cda", "", "s", "Car window smashed, nothing taken")
T("cda", "", "s", "graffiti on garage door")
T("cda", "", "n", "V's car set alight on the drive at 2am; V thinks it's linked to a falling-out with a former friend.")
T("cda", "", "n", "All four tyres on V's car punctured overnight, second time this month.")
T("cda", "DA", "n", "Ex-partner poured paint stripper over V's car after she blocked his number.")
T(
    "cda",
    "HATE",
    "n",
    "Disabled V's mobility scooter had its wheel kicked in and an ableist slur scratched into the seat.",
)
T(
    "cda",
    "HATE",
    "t",
    "Housing association: tenant's front door and windows repeatedly damaged; she believes she is targeted as the only Black family on the close - racist comments were shouted at the same time.",
)
T("cda", "", "t", "Head teacher: windows broken and the sports hall daubed with paint at {school} over the weekend.")
T("cda", "", "n", "Fence panels ripped down by the neighbour during a boundary dispute. No other incidents.")
T("cda", "", "h", "Arson. Shed set alight on V's allotment; tools and greenhouse destroyed.")
T(
    "cda",
    "",
    "r",
    "Neighbour dispute. Loud music and shouting for months, the neighbour said he'd 'torch' V's car on {date}, and on {date2} the car was set on fire. V is sure it was the same neighbour.",
)
T(
    "cda",
    "HATE",
    "x",
    "Offence: Racially or religiously aggravated criminal damage | Summary: gurdwara windows broken with bricks | Injuries: none",
)
T(
    "cda",
    "",
    "n",
    "V's car windscreen smashed. V says it's not her ex (no contact for five years) and thinks it was random. No DA.",
)
T("cda", "DA", "s", "DA crim damage, ex smashed windows")
T(
    "cda",
    "DA",
    "f",
    "He put his fist through the telly and ripped the bathroom door off its hinges when I said I was going to my friend's. He never touched me.",
)

T(
    "cda",
    "DA",
    "x",
    "Crime type: Criminal damage to vehicle | Summary: ex-wife smashed V's windscreen with a hammer outside his new address on {street} | Injuries: none | DA: Y | Risk: medium",
)

# ---------------------------------------------------------------- drug offences
T(
    "dru",
    "",
    "h",
    "Trafficking in controlled drugs. Neighbours report constant callers at flat 3, {street}, with cash-for-packages at the door. Residents feel unsafe. No threats made.",
)
T(
    "dru",
    "",
    "h",
    "Possession of controlled drugs (Class B). V's son (19) found with a small amount of cannabis; V wants support for the family.",
)
T(
    "dru",
    "",
    "n",
    "Cuckooing concern: dealers using a vulnerable tenant's flat to sell heroin; tenant says they give him drugs in return and he 'doesn't mind'. Housing referral.",
)
T("dru", "", "t", "Head teacher: drug dealing at the gates of {school} at home time; parents worried.")
T("dru", "", "s", "Cannabis farm found next door")
T("dru", "", "s", "drug dealing in stairwell, needles")
T(
    "dru",
    "",
    "x",
    "Crime type: Possession with intent to supply | Summary: lodger found storing cocaine in V's loft, V unaware | V: landlady, 70 | Risk: fears reprisals",
)
T(
    "dru",
    "",
    "f",
    "There's a car that pulls up outside my house every half hour and kids run up to the window and back. You can smell it all down the street. I'm scared to go out after dark.",
)
T(
    "dru",
    "",
    "n",
    "Production of cannabis - landlord found his rented house on {street} converted into a grow, every room full of plants.",
)
T(
    "dru",
    "",
    "t",
    "GP referral: patient's partner is growing cannabis in the spare room; she has asthma and is worried about the effect on the children. No other concerns raised.",
)
T(
    "dru",
    "",
    "h",
    "Possession of controlled drugs (Class A). {M} (17) found with crack cocaine wraps during a stop. No exploitation disclosed. Youth offending team referral.",
)
T("dru", "", "n", "Nitrous oxide and cannabis being sold from an ice-cream van on the estate.")
T(
    "dru",
    "",
    "n",
    "Parents found their daughter (16) was sold ecstasy pills at a party by a 'friend'. She was not harmed.",
)
T(
    "dru",
    "",
    "r",
    "Resident of {street} flats: dealing on his landing most nights, used foil left on the stairs, a dealer's dog off the lead in the hallway and loud music until 3am. Nobody has threatened him or damaged anything.",
)

# ---------------------------------------------------------------- possession of weapons
T(
    "wea",
    "",
    "h",
    "Possession of article with blade or point. Pupil (15) found with a lock knife in his bag at {school}; he had not threatened anyone. Referral is for the pupil's family.",
)
T(
    "wea",
    "",
    "n",
    "Man seen carrying a machete in a carrier bag down {street}; arrested. No threats made to V, who called it in.",
)
T(
    "wea",
    "",
    "n",
    "Imitation firearm found in a car stopped near V's house; V had reported the car hanging around for days.",
)
T(
    "wea",
    "",
    "x",
    "Crime type: Possession of weapons | Summary: knuckleduster and extendable baton found in a bag left by V's lodger | No threats | V wants advice",
)
T("wea", "", "s", "Possession of blade - stop and search")
T("wea", "", "s", "Lock knife in school bag, no threats")
T(
    "wea",
    "",
    "n",
    "V's partner was arrested for carrying a knife in town; no threat to V, she says he carries it for 'protection'. V worried. No DA disclosed.",
)
T(
    "wea",
    "",
    "t",
    "Bus company referral: driver saw a passenger with a large knife in his waistband; no threats made. Police attended and arrested him.",
)
T(
    "wea",
    "",
    "n",
    "Possession of offensive weapon - man with a baseball bat in a pub car park waiting for someone; door staff called police. V (door supervisor) referred for support.",
)
T("wea", "", "h", "Possession of a prohibited weapon. CS spray found in V's flatmate's room. Not used on anyone.")
T(
    "wea",
    "",
    "f",
    "My brother showed me a gun he says he's keeping for someone. He says it's not loaded. He didn't point it at me or anything but I don't want it in the house with the kids.",
)
T(
    "wea",
    "",
    "n",
    "Knife found hidden in the bushes by the gate of {school} by the caretaker; thought to be stashed by local youths.",
)
T(
    "wea",
    "",
    "x",
    "Offence: Having an article with a blade or point in a public place | Summary: male (19) stopped outside a nightclub with a kitchen knife in his sock, no victim threatened | Referral: his mother, who has found more knives at home",
)
T(
    "wea",
    "",
    "r",
    "V (shop owner) says youths hang around outside and are rude to customers, and on {date} one of them came in and showed off a knuckleduster to his mates but didn't threaten anyone with it.",
)

# ---------------------------------------------------------------- public order
T(
    "puo",
    "",
    "h",
    "Public fear, alarm or distress. Drunk male shouting abuse and swearing at shoppers in {town} precinct; V (shop worker) very upset.",
)
T(
    "puo",
    "HATE",
    "h",
    "Racially or religiously aggravated public fear, alarm or distress. V, a woman wearing a niqab, shouted at on the bus by a man telling her to 'go back' and calling her a terrorist.",
)
T(
    "puo",
    "",
    "n",
    "Fear or provocation of violence - group of men squared up to V outside the takeaway, shouting they'd 'do him'. No contact made.",
)
T(
    "puo",
    "",
    "n",
    "Violent disorder at the {town} ground - V (steward) caught between fighting groups; bottles thrown near him, not hurt.",
)
T("puo", "HATE", "n", "Homophobic abuse shouted at a same-sex couple in {shop}; no physical contact.")
T(
    "puo",
    "",
    "f",
    "This man stood outside my front window screaming at me and calling me every name under the sun, in front of my kids, for about ten minutes. He didn't touch anything.",
)
T(
    "puo",
    "",
    "x",
    "Crime type: Public order s5 | Summary: male urinating in bus shelter and swearing at waiting passengers | Risk: low",
)
T("puo", "", "s", "s4A public order, stranger, no contact")
T("puo", "HATE", "s", "Racist abuse shouted at V, bus stop")
T(
    "puo",
    "",
    "n",
    "Two groups fighting with bottles in the high street; V (passer-by) got caught up and was terrified but not hurt.",
)
T(
    "puo",
    "HATE",
    "n",
    "Transphobic abuse shouted at V outside the community centre by a group of adults; V felt threatened. No physical contact.",
)
T(
    "puo",
    "",
    "n",
    "Public order at V's workplace: customer swore and threatened to 'kick off' over the queue; V's husband (also staff) stepped in. No DA.",
)
T(
    "puo",
    "HATE",
    "t",
    "Vicar referral: group of adults shouting abuse at the congregation leaving evening service, calling them 'Bible-bashers' and making threatening gestures.",
)
T(
    "puo",
    "HATE",
    "n",
    "V (learning disability) was sworn at and called disablist names by a man on the tram who told other passengers not to sit near him.",
)
T(
    "puo",
    "",
    "h",
    "Intentional harassment, alarm or distress (s4A). Driver got out at the lights and screamed abuse at V, a learner driver, banging on her car roof. No damage.",
)
T(
    "puo",
    "HATE",
    "r",
    "V says kids on bikes ride round the estate shouting at night, someone keeps throwing eggs at her door (no damage), and on {date} a group of adults shouted racial abuse at her and her daughter on the way home from school.",
)
T(
    "puo",
    "",
    "n",
    "V (councillor) surrounded by protesters outside the town hall chanting abuse at her and blocking her path; she felt intimidated. No contact.",
)
T(
    "puo",
    "HATE",
    "x",
    "Offence: Religiously aggravated s5 | Summary: Jewish teenagers abused from a passing car | Injuries: none",
)

# ---------------------------------------------------------------- miscellaneous crimes against society
T(
    "msc",
    "",
    "h",
    "Handling stolen goods. V bought a laptop from a man in {pub} that turned out to be stolen; V worried she'll be in trouble. She had no idea.",
)
T(
    "msc",
    "",
    "n",
    "Perverting the course of justice - a friend of V's partner offered her £{amt} to withdraw her witness statement in an unrelated case (a fight she saw in town).",
)
T(
    "msc",
    "",
    "h",
    "Dangerous driving. Car mounted the pavement at speed on {street} and V had to jump out of the way. No injury.",
)
T(
    "msc",
    "",
    "n",
    "Threat to commit criminal damage - neighbour told V he'll smash his car windows if he parks outside again.",
)
T(
    "msc",
    "",
    "n",
    "Handling stolen goods - V saw her neighbour unloading bikes that had been reported stolen from around {town} into his garage. None of them are V's. She is worried about being seen as the informant.",
)
T(
    "msc",
    "CSA",
    "n",
    "V found indecent images of children on her lodger's laptop and reported him. She is a witness and very distressed.",
)
T(
    "msc",
    "",
    "n",
    "Extreme pornography found on the shared family computer; V's brother-in-law, who was visiting, responsible. No other concerns.",
)
T(
    "msc",
    "",
    "x",
    "Crime type: Dangerous driving | Summary: motorbike doing wheelies along the footpath on {street}, nearly hit V and her toddler | Injuries: none",
)
T("msc", "", "s", "Dangerous driving, near miss, no injury")
T("msc", "", "s", "Threat to damage car, neighbour")
T(
    "msc",
    "",
    "n",
    "Perjury - V says a witness lied on oath about her at the county court hearing over a boundary dispute.",
)
T(
    "msc",
    "",
    "n",
    "Bigamy - V found out her husband of three years was already married in another country. She wants advice.",
)
T(
    "msc",
    "",
    "t",
    "Solicitor referral: the new partner of V's ex-husband has been contacting witnesses in their court case and urging them to change their evidence.",
)
T(
    "msc",
    "",
    "f",
    "The man next door keeps saying he's going to put a brick through my windscreen. He hasn't done it yet. He says it every single time I park.",
)
T(
    "msc",
    "",
    "r",
    "V complains that the neighbour parks across her drive, revs his car late at night, and on {date} drove at speed down the cul-de-sac swerving towards children playing. Nobody was hurt.",
)
T(
    "msc",
    "",
    "n",
    "Threats made to burn down V's shop - 'I'll burn this place to the ground' - shouted by a customer refused credit. Nobody threatened personally.",
)
T(
    "msc",
    "DA",
    "n",
    "V's ex-partner stood on her doorstep and said he'd burn her car out if she didn't talk to him, then left. No other threats or incidents reported.",
)

# ---------------------------------------------------------------- fraud and computer misuse
T(
    "fra",
    "",
    "h",
    "Fraud by false representation - courier fraud. V ({ageo}) phoned by a 'police officer' saying her bank's staff were corrupt; she withdrew £{amt} and handed it to a courier at her door.",
)
T(
    "fra",
    "ONL",
    "n",
    "Romance fraud - V met 'David' on a dating site 8 months ago and has sent £{amtL} for his 'medical bills' abroad. They have never met.",
)
T(
    "fra",
    "ONL",
    "n",
    "Investment scam - V put £{amtL} into crypto via a website advertised on social media with a celebrity's face. Can't withdraw anything.",
)
T(
    "fra",
    "ONL",
    "n",
    "Paid £{amt} by bank transfer for a puppy advertised on a selling website; the seller stopped replying.",
)
T(
    "fra",
    "ONL",
    "n",
    "Computer misuse - V's email account hacked and used to send her clients invoices with changed bank details.",
)
T(
    "fra",
    "",
    "n",
    "Identity fraud - loans and a mobile contract taken out in V's name; she only found out from her credit report.",
)
T(
    "fra",
    "DA",
    "n",
    "V's ex-partner took out two credit cards in her name during the relationship, leaving £{amt} of debt. DA.",
)
T(
    "fra",
    "DA",
    "n",
    "V's sister, who holds her lasting power of attorney, has been transferring V's savings into her own account - £{amtL} gone. DA - family.",
)
T(
    "fra",
    "",
    "n",
    "V got a phone call from 'HMRC' saying she'd be arrested for unpaid tax unless she paid £{amt} in gift cards. She paid.",
)
T(
    "fra",
    "ONL",
    "n",
    "V clicked a link in a text about a missed parcel and typed her card details into the website; £{amt} taken in four payments.",
)
T(
    "fra",
    "",
    "n",
    "V received a text (SMS only, no apps) claiming to be her son on a new number asking for £{amt}; she transferred it.",
)
T("fra", "ONL", "n", "'Hi Mum' scam on WhatsApp - V paid £{amt} to someone pretending to be her daughter.")
T(
    "fra",
    "",
    "f",
    "A man rang saying he was from my bank and there was a problem and I had to move everything to a safe account he'd set up. He knew my name and address. It's all gone, £{amtL}, my savings.",
)
T(
    "fra",
    "",
    "x",
    "Crime type: Fraud - push payment | Summary: builder took £{amt} deposit for an extension and never started, now uncontactable | Online: no",
)
T("fra", "ONL", "s", "Romance scam, online, £{amtL} lost")
T("fra", "", "s", "Courier fraud, elderly V, cash handed over")
T("fra", "ONL", "s", "Instagram account hacked, V locked out")
T(
    "fra",
    "",
    "n",
    "Doorstep trader told V ({ageo}) her roof needed urgent repairs and charged £{amt} for work that was never done.",
)
T(
    "fra",
    "ONL",
    "t",
    "Bank fraud team referral: customer (76) has sent £{amtL} over three months to an 'investment manager' she met online. She still believes it is genuine.",
)
T("fra", "ONL", "n", "Concert tickets bought on a resale website never arrived; £{amt} lost.")
T(
    "fra",
    "ONL",
    "n",
    "Holiday let booked through a fake website; V arrived at the address in {town} and no booking existed.",
)
T(
    "fra",
    "",
    "n",
    "Employee submitted false expense claims for mileage over two years, £{amt}. Referral for the small business owner.",
)
T("fra", "ONL", "n", "V's card details used for online purchases abroad; card still in V's possession.")
T(
    "fra",
    "ONL",
    "r",
    "V ({ageo}) says a man befriended her on Facebook, then phoned daily, then asked for money for a visa - she sent £{amtL}. He later asked her to receive money into her account and forward it on, which she did twice. She is now very embarrassed.",
)
T(
    "fra",
    "DA ONL",
    "n",
    "V's ex-boyfriend logged into her email and cloud accounts with old passwords, read her messages and deleted her photos. DA.",
)
T(
    "fra",
    "ONL",
    "f",
    "I bought a car from a man off the internet, paid him by transfer and he was meant to bring it on the Saturday. The phone's dead now and the advert's gone.",
)
T(
    "fra",
    "ONL",
    "n",
    "V emailed by a 'recovery firm' offering to get back money lost in an earlier crypto scam for an upfront fee; she paid £{amt} more.",
)
T(
    "fra",
    "",
    "n",
    "Fake charity collectors went door to door on {street} with forged ID badges and took £{amtS} in donations from V and neighbours.",
)
T(
    "fra",
    "DA",
    "x",
    "Offence: Fraud by abuse of position | V: {F}, {ageo} | Suspect: son (her carer) | Summary: son used V's bank card to pay his own bills, £{amtL} over a year | DA: Y",
)
T(
    "fra",
    "ONL",
    "n",
    "Computer misuse - V's daughter's school account hacked by a classmate who changed her password and settings.",
)
T(
    "fra",
    "DA",
    "n",
    "V's husband used her details to take out a loan in her name without her knowledge; she found out after he left. DA.",
)

# ---------------------------------------------------------------- anti-social behaviour (no crime)
T(
    "asb",
    "",
    "n",
    "Upstairs neighbours playing loud music until 3am most nights; V has kept a diary. No threats, no damage.",
)
T(
    "asb",
    "",
    "n",
    "Teenagers gathering in the alley behind V's house, smoking and being loud. No damage, no abuse aimed at V.",
)
T(
    "asb",
    "",
    "f",
    "The dog next door barks from seven in the morning until they get home at six. I work nights. I've asked them nicely three times.",
)
T(
    "asb",
    "",
    "x",
    "Category: ASB - personal | Summary: neighbour's visitors park across V's drive every day | Crime disclosed: none",
)
T("asb", "", "s", "Noise nuisance, upstairs flat, ongoing")
T("asb", "", "s", "youths loitering in stairwell, no crime")
T(
    "asb",
    "",
    "n",
    "Off-road bikes ridden across the playing field behind V's house in the evenings; noisy, nobody hurt.",
)
T("asb", "", "n", "Neighbour has bonfires every weekend and smoke comes into V's house. Council informed.")
T(
    "asb",
    "",
    "t",
    "Housing officer: ongoing low-level ASB between two tenants - slamming doors, washing hung over the shared fence, complaints about cooking smells. No crimes alleged.",
)
T(
    "asb",
    "",
    "n",
    "V complains about the couple next door arguing loudly late at night; V is not involved and has heard nothing suggesting violence.",
)
T(
    "asb",
    "",
    "n",
    "People from the house of multiple occupation opposite leave rubbish bags and takeaway boxes on V's wall.",
)
T(
    "asb",
    "",
    "f",
    "Kids keep knocking on my door and running away. Every night after school. Nothing's broken, it's just wearing me down.",
)
T(
    "asb",
    "",
    "n",
    "Street drinkers on the bench outside V's shop shouting among themselves. No abuse aimed at staff or customers.",
)
T("asb", "", "x", "Crime type: N/A (ASB) | Summary: drone flown over V's garden by neighbour's son | Risk: low")
T("asb", "", "n", "Ball games against V's garage door every day; no damage caused.")
T(
    "asb",
    "",
    "r",
    "V (housebound) reports: neighbour's TV loud through the wall, cars parked on the verge, a dog barking all day, and teenagers sitting on her front wall at night. Nobody has threatened her or damaged anything.",
)
T("asb", "", "s", "Neighbours' parties, loud, weekends")

# ---------------------------------------------------------------- other crime (residual)
T(
    "ocr",
    "",
    "n",
    "Animal welfare - neighbour's dog kept in a cage in the yard with no shelter or water. V distressed. RSPCA informed.",
)
T("ocr", "", "n", "V witnessed a man repeatedly kicking his own dog in the park and is very upset by it.")
T(
    "ocr",
    "",
    "n",
    "Landlord changed the locks while V was at work and put her belongings out on the street - no court order.",
)
T("ocr", "", "n", "Large fly-tip of building waste dumped on V's farmland overnight.")
T(
    "ocr",
    "",
    "n",
    "V says she has been the victim of a crime and wants to talk to someone; would not give any details on the phone.",
)
T("ocr", "", "s", "crime reported, no details given, callback")
T("ocr", "", "s", "Victim of crime, details withheld, wants support")
T(
    "ocr",
    "",
    "x",
    "Crime type: Other | Summary: V says she was the victim of an offence at work but declines to say what | Wants female worker | Risk: unknown",
)
T("ocr", "", "n", "Badger sett dug out on V's land; V saw men with terriers and spades.")
T(
    "ocr",
    "",
    "t",
    "Environmental health: V's landlord refuses to fix a dangerous gas appliance; prosecution pending under gas safety regulations.",
)
T("ocr", "", "n", "Shop on {street} selling alcohol to V's 14-year-old son and his friends.")
T(
    "ocr",
    "",
    "f",
    "Something happened at work last month and I reported it to the police and they gave me your number. I don't really want to go into it on the phone.",
)
T("ocr", "", "n", "Illegal hare coursing on V's farmland - men with lurchers, gates left open.")
T(
    "ocr",
    "",
    "n",
    "Employer not paying V minimum wage and holding back holiday pay. No threats or coercion, V has her own documents and is free to leave.",
)


# ======================================================================================
# Generation
# ======================================================================================


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for cat, flags, kind, text in TEMPLATES:
        has_slots = bool(SLOT_RE.search(text))
        if not has_slots and kind in ("n", "h", "t", "r", "x"):
            # give slot-free scenarios a neutral context slot so they can yield more than one note
            if kind == "x":
                text = text + rng.choice(CONTEXT_X)
            elif rng.random() < 0.5:
                text = rng.choice(CONTEXT) + " " + text
            else:
                text = text + " " + rng.choice(CONTEXT)
            has_slots = True
        weights = [24, 48, 28] if FLAGS["DA"] in flags else [36, 46, 18]
        n = rng.choices([1, 2, 3], weights=weights)[0] if has_slots else 1
        made = 0
        tries = 0
        while made < n and tries < 10:
            tries += 1
            filler = Filler(rng)
            body = filler.fill(text)
            note = decorate(rng, filler, kind, body)
            note = re.sub(r"\s+", " ", note).strip()
            if note in seen:
                continue
            seen.add(note)
            flag_str = ";".join(f for f in FLAG_ORDER if f in flags)
            rows.append((note, cat, flag_str, kind))
            made += 1
    rng.shuffle(rows)
    return rows


def main():
    rows = build()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["note_id", "text", "category", "flags"])
        for i, (note, cat, flag_str, _kind) in enumerate(rows, 1):
            w.writerow(["B13-%04d" % i, note, cat, flag_str])
    print("templates=%d notes=%d -> %s" % (len(TEMPLATES), len(rows), OUT))


if __name__ == "__main__":
    main()
