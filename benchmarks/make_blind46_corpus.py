#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND46 labelled test corpus of synthetic victim-services referral notes.

Scenario: a Welsh force area's Victims Advice Line (call handlers writing telegraphic
Wenglish shorthand, with the odd Welsh word for a family member or a place) shares a
referral queue with an older people's safeguarding team (social workers writing long
narratives about elder abuse by adult children, grandchildren and paid carers, lasting
power of attorney misuse, doorstep and courier fraud, care-home incidents and hate crime
against carers). Relatives, victims and third-party referrers also speak in their own words.

Every note is invented. Each template below is hand-labelled as
``kind|category|flags|text``; ``kind`` is the voice (CH call handler, SW safeguarding social
worker, REL relative, VIC victim, TP third-party referrer) and ``flags`` uses short codes
(DA, HC, ON, KN, CS, MS, HB) that map to the TAXONOMY flag codes. Slots carry only names,
places, dates, times, amounts, references, counts and adult ages that never cross a threshold
in TAXONOMY.md, so no slot can change a label.

Output: data/notes_blind46.csv next to this script, 800 notes, ids B46-0001..B46-0800,
standard library only, byte-identical across runs, working directories and PYTHONHASHSEED.
"""

import csv
import datetime
import random
import re
import sys
from pathlib import Path

N_NOTES = 800
SEED = 46_2026
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind46.csv"

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

FLAG_CODES = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CS": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HB": "honour_based_abuse",
}

KINDS = ["CH", "SW", "REL", "VIC", "TP"]

FEMALE = [
    "Gwen",
    "Ceri",
    "Nia",
    "Sian",
    "Rhian",
    "Bethan",
    "Mair",
    "Eirlys",
    "Glenys",
    "Megan",
    "Carys",
    "Lowri",
    "Catrin",
    "Angharad",
    "Dilys",
    "Beryl",
    "Margaret",
    "Janet",
    "Sandra",
    "Elin",
    "Ffion",
    "Heledd",
    "Cerys",
    "Gaynor",
    "Hayley",
    "Kayleigh",
    "Jess",
    "Shelley",
    "Donna",
    "Lisa",
    "Tegwen",
    "Morfydd",
    "Olwen",
    "Nerys",
    "Delyth",
    "Rhiannon",
    "Menna",
    "Sharon",
    "Leanne",
    "Ruth",
]
MALE = [
    "Dai",
    "Gareth",
    "Rhys",
    "Emyr",
    "Huw",
    "Iwan",
    "Dafydd",
    "Alun",
    "Gwyn",
    "Bryn",
    "Dewi",
    "Owain",
    "Gethin",
    "Wayne",
    "Kevin",
    "Lee",
    "Jason",
    "Carl",
    "Ieuan",
    "Aled",
    "Meirion",
    "Trefor",
    "Elfed",
    "Geraint",
    "Glyn",
    "Islwyn",
    "Hywel",
    "Ryan",
    "Dean",
    "Craig",
    "Tomos",
    "Steffan",
    "Emlyn",
    "Idris",
    "Mostyn",
    "Terry",
]
SURNAMES = [
    "Jones",
    "Williams",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Hughes",
    "Lewis",
    "Morgan",
    "Griffiths",
    "Price",
    "Pritchard",
    "Owen",
    "Parry",
    "Rees",
    "Jenkins",
    "Powell",
    "Bowen",
    "Vaughan",
    "Llewellyn",
    "Prosser",
    "Pugh",
    "Howells",
    "Watkins",
    "Bevan",
    "Protheroe",
    "Gwilym",
    "Meredith",
    "Probert",
    "Harries",
]
TOWNS = [
    "Merthyr",
    "Aberdare",
    "Pontypridd",
    "Caerphilly",
    "Bargoed",
    "Ebbw Vale",
    "Tredegar",
    "Abertillery",
    "Blackwood",
    "Neath",
    "Port Talbot",
    "Llanelli",
    "Ammanford",
    "Carmarthen",
    "Maesteg",
    "Porthcawl",
    "Barry",
    "Llantrisant",
    "Treorchy",
    "Tonypandy",
    "Ferndale",
    "Mountain Ash",
    "Aberystwyth",
    "Haverfordwest",
    "Brecon",
    "Llandeilo",
    "Pontardawe",
    "Ystradgynlais",
    "Rhymney",
    "Pen-y-bont",
    "Cwmbran",
    "Pontypool",
    "Glynneath",
    "Burry Port",
]
STREETS = [
    "Heol y Parc",
    "Bryn Terrace",
    "Station Rd",
    "Maes y Dderwen",
    "Tan y Bryn",
    "Glan yr Afon",
    "Cwrt Coed",
    "Heol Fawr",
    "Tudor St",
    "Brynhyfryd",
    "Coronation Tce",
    "Graig Rd",
    "Pen y Dre",
    "Lon Las",
    "Heol Las",
    "Chapel St",
    "Hill St",
    "Mount Pleasant",
    "Gelli Rd",
    "Heol Tir Coch",
    "Bethesda St",
    "Caemawr Rd",
    "Ffordd y Glowyr",
    "Park View",
]
HOSPITALS = [
    "Morriston",
    "the Heath",
    "Prince Charles",
    "the Royal Glam",
    "Glangwili",
    "Withybush",
    "Bronglais",
    "the Grange",
    "Nevill Hall",
    "PoW",
    "Singleton",
    "Neath Port Talbot hosp",
    "Prince Philip",
]
SHOPS = [
    "the Spar",
    "the Co-op",
    "Tesco Express",
    "Lidl",
    "Home Bargains",
    "B&M",
    "Iceland",
    "the Londis",
    "Aldi",
    "the Premier",
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
MONTHS_SHORT = [m[:3] for m in MONTHS]
WEEKDAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]

SLOT_RE = re.compile(r"\{([a-z0-9]+)\}")


def ordinal(day):
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def uk_date(rng):
    d = datetime.date(2024, 1, 2) + datetime.timedelta(days=rng.randrange(0, 660))
    style = rng.randrange(8)
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return f"{d.day}/{d.month}/{d.strftime('%y')}"
    if style == 2:
        return d.strftime("%d.%m.%y")
    if style == 3:
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]}"
    if style == 4:
        return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"
    if style == 5:
        return f"{WEEKDAYS[d.weekday()]} {d.day}/{d.month}"
    if style == 6:
        return d.strftime("%d/%m/%y")
    return f"{d.day}.{d.month}.{d.year}"


def clock(rng):
    hour = rng.randrange(24)
    minute = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = rng.randrange(4)
    if style == 0:
        return f"{hour:02d}:{minute:02d}"
    if style == 1:
        return f"{hour:02d}{minute:02d}hrs"
    if style == 2:
        h12 = hour % 12 or 12
        return f"{h12}.{minute:02d}{'am' if hour < 12 else 'pm'}"
    return f"approx {hour:02d}{minute:02d}"


def slot_value(base, rng):
    if base == "f":
        return rng.choice(FEMALE)
    if base == "m":
        return rng.choice(MALE)
    if base == "sn":
        return rng.choice(SURNAMES)
    if base == "town":
        return rng.choice(TOWNS)
    if base == "street":
        return rng.choice(STREETS)
    if base == "date":
        return uk_date(rng)
    if base == "time":
        return clock(rng)
    if base == "amt":
        return f"£{rng.randrange(12, 480) * 100:,}"
    if base == "amts":
        if rng.randrange(3) == 0:
            return f"£{rng.randrange(15, 480)}.{rng.randrange(100):02d}"
        return f"£{rng.randrange(15, 480)}"
    if base == "ref":
        return f"{rng.choice(['24', '25'])}*{rng.randrange(100000, 1000000)}"
    if base == "pc":
        return f"{rng.choice(['PC', 'DC', 'PS'])} {rng.randrange(1000, 10000)}"
    if base == "n":
        return str(rng.randrange(2, 7))
    if base == "yrs":
        return str(rng.randrange(2, 15))
    if base == "oa":
        return str(rng.randrange(72, 95))
    if base == "aa":
        return str(rng.randrange(38, 63))
    if base == "ga":
        return str(rng.randrange(19, 30))
    if base == "ya":
        return str(rng.randrange(20, 46))
    if base == "hosp":
        return rng.choice(HOSPITALS)
    if base == "shop":
        return rng.choice(SHOPS)
    if base == "mon":
        return rng.choice(MONTHS)
    raise ValueError(f"unknown slot {base!r}")


KNOWN_SLOTS = [
    "f",
    "m",
    "sn",
    "town",
    "street",
    "date",
    "time",
    "amt",
    "amts",
    "ref",
    "pc",
    "n",
    "yrs",
    "oa",
    "aa",
    "ga",
    "ya",
    "hosp",
    "shop",
    "mon",
]


def fill(text, rng):
    values = {}
    for name in SLOT_RE.findall(text):
        if name in values:
            continue
        base = name.rstrip("0123456789")
        taken = [v for k, v in values.items() if k.rstrip("0123456789") == base]
        value = slot_value(base, rng)
        while value in taken:
            value = slot_value(base, rng)
        values[name] = value
    return SLOT_RE.sub(lambda mt: values[mt.group(1)], text)


def parse_templates(raw):
    templates = []
    seen = {}
    problems = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            problems.append(f"line {lineno}: expected kind|category|flags|text")
            continue
        kind, category, flag_field, text = parts
        if kind not in KINDS:
            problems.append(f"line {lineno}: unknown kind {kind!r}")
        if category not in CATEGORIES:
            problems.append(f"line {lineno}: unknown category {category!r}")
        codes = [c for c in flag_field.split(";") if c]
        flags = []
        for code in codes:
            if code not in FLAG_CODES:
                problems.append(f"line {lineno}: unknown flag code {code!r}")
            else:
                flags.append(FLAG_CODES[code])
        if len(flags) != len(dict.fromkeys(flags)):
            problems.append(f"line {lineno}: repeated flag")
        flags = [f for f in FLAGS if f in flags]
        names = SLOT_RE.findall(text)
        if not names:
            problems.append(f"line {lineno}: template has no slot")
        for name in names:
            if name.rstrip("0123456789") not in KNOWN_SLOTS:
                problems.append(f"line {lineno}: unknown slot {name!r}")
        if "{" in SLOT_RE.sub("", text) or "}" in SLOT_RE.sub("", text):
            problems.append(f"line {lineno}: stray brace")
        if text in seen:
            problems.append(f"line {lineno}: duplicate of line {seen[text]}")
        seen[text] = lineno
        templates.append((kind, category, flags, text))
    if problems:
        raise SystemExit("template errors:\n" + "\n".join(problems))
    return templates


def check_coverage(templates):
    cats = [t[1] for t in templates]
    flags = [f for t in templates for f in t[2]]
    missing = [c for c in CATEGORIES if c not in cats] + [f for f in FLAGS if f not in flags]
    if missing:
        raise SystemExit("uncovered labels: " + ", ".join(missing))


def build(templates, rng):
    order = list(range(len(templates)))
    order += [rng.randrange(len(templates)) for _ in range(N_NOTES - len(templates))]
    texts = {}
    rows = []
    for idx in order:
        attempt = 0
        while True:
            _kind, category, flags, template = templates[idx]
            text = fill(template, rng)
            if text not in texts:
                break
            attempt += 1
            if attempt % 25 == 0:
                idx = rng.randrange(len(templates))
        texts[text] = True
        rows.append([text, category, ";".join(flags)])
    rng.shuffle(rows)
    return [[f"B46-{i:04d}", *row] for i, row in enumerate(rows, 1)]


def main():
    rng = random.Random(SEED)
    templates = parse_templates(TEMPLATES)
    check_coverage(templates)
    if len(templates) > N_NOTES:
        raise SystemExit("more templates than notes")
    rows = build(templates, rng)
    note_cats = [r[2] for r in rows]
    note_flags = [f for r in rows for f in r[3].split(";") if f]
    missing = [c for c in CATEGORIES if c not in note_cats] + [f for f in FLAGS if f not in note_flags]
    if missing:
        raise SystemExit("uncovered labels in notes: " + ", ".join(missing))
    if len({r[1] for r in rows}) != len(rows):
        raise SystemExit("duplicate note text")
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        writer.writerows(rows)
    print(f"templates {len(templates)}")
    print(f"notes {len(rows)}")
    for c in CATEGORIES:
        print(f"category {c} {note_cats.count(c)}")
    for f in FLAGS:
        print(f"flag {f} {note_flags.count(f)}")
    return 0


TEMPLATES = """
# --- homicide ---
CH|homicide||Bereaved fam ref. {f} {sn} ({aa}) - her son {m} died in {hosp} {date} after a single punch outside the Colliers in {town}. S arrested, now charged manslaughter. Not DA, S not known to the fam at all. Mam would like a Welsh speaking worker if poss, cb after 4pm pls.
CH|homicide|DA|FLO asked us to ring {f}. Her sister was killed at home on {street}, {town} on {date} - sister's husband charged w murder. {f} has took the 2 kids in (8 + 11). Needs help w inquest, CICA + school. V tearful throughout, says "I knew he was controlling her, I knew it".
SW|homicide|DA;KN|Transfer note, older people's safeguarding. Mrs {f2} {sn} ({oa}) died on {date} at her bungalow in {town} from stab wounds. Her son {m} ({aa}), who moved back in with her after his divorce, has been charged with her murder. We had an open s126 enquiry about him taking her pension and shouting at her; she always told us he was "a good boy really, just stressed". This referral is for her brother {m2}, eighty-odd, who found her. He is hard of hearing - please write as well as phone.
REL|homicide|KN|my grandson {m} was stabbed in the park in {town} on {date}. he was 19. they didnt even know him, police say it was lads off the estate looking for somebody else and they got the wrong boy. I cant sleep. his mam (my daughter) is in bits and everyone is looking after her, I need someone for me.
CH|homicide||Grandaughter {f} calling. Her nain ({oa}) was shoved over in the queue at {town} bus station {date}, hit her head on the kerb + died in {hosp} 2 days later. S (male, 30s, stranger) now charged manslaughter. Fam want to know about court + VPS. No DA, no hate element per OIC.
TP|homicide|DA|IDVA service ref. {f}'s daughter was killed {date} by her ex-partner, {yrs} yrs after they split up. The case had been heard at MARAC twice when they were still together. DHR has started. Mam ({aa}) wants support through the trial at Swansea Crown + help dealing with the press.
CH|homicide||Dau {f} ringing about her dad ({oa}) - found dead at home in {town} on {date}, back door jemmied, PM says head injuries. Now a murder enq, nobody charged yet. OIC DS {sn}. Wants someone to explain what happens next, shes the only one local.
REL|homicide|HC|I'm phoning about my brother {m}. He was killed on {date} in {town}. The men who done it were shouting about him being Polish the whole time, the police have told us they're treating it as racially motivated. Our mam only has a little bit of English so I am doing all the calls.
SW|homicide||Care home incident, {town}. Resident Mr {m} {sn} ({oa}) died on {date}, two days after being pushed to the floor in the lounge by another male resident. Police are investigating it as manslaughter though the other resident has advanced dementia. They were not related and had only met at the home. Referral for his daughter {f}.
CH|homicide||Mam {f} ringing, son {m} ({ya}) killed {date} at his flat in {town} by his girlfriend's ex who turned up there. Not a domestic between her son and S - S was the girlfriend's ex, never in a relationship w her son. Trial date tbc.
CH|homicide|KN|Mam of {m} (17) - stabbed outside the chippy in {town} on {date} and died at scene. 2 lads aged 16 + 17 charged w murder. Not known to each other. Mam has 2 younger kids at home, struggling to get them to school.
TP|homicide|DA|Victim Liaison Unit asked us to contact {f} {sn}. Her father {m} ({oa}) was beaten to death in his flat by his own stepson in {mon} last year. Stepson convicted of murder on {date}. {f} wants help with the VCS + the parole side later on.
CH|homicide||Arson at a terraced house on {street}, {town}, {date}. V's bamp ({oa}) died in the fire, petrol through the letterbox. Murder enq, 2 arrested, police think wrong address. V {f} is his grandaughter, no other fam in Wales.

# --- death or serious injury by driving ---
CH|death_injury_driving||Widower {m} ({oa}) - wife {f} killed on the A470 nr {town} {date}, other driver charged causing death by dangerous driving, police say 90+mph. He doesnt drive so needs help getting to court in Merthyr.
REL|death_injury_driving||"Dad was on the zebra by the Co-op with his frame when the van come straight through. He's got a broken pelvis and a bleed on the brain, still in {hosp}. The driver was on his phone." Dau {f} ringing {date}, police say the charge is causing serious injury by careless driving.
CH|death_injury_driving||RTC {date} on the {town} bypass. {f}'s son ({ya}) killed when a car hit his motorbike. Driver didnt stop, arrested {date2}, charged causing death by dangerous driving + failing to stop. FLO {pc}.
TP|death_injury_driving||Ref from FLO. Cyclist {m} {sn} ({ya}) died {date} after being hit by a tipper lorry at the roundabout in {town}. Driver charged w causing death by careless driving. Partner {f} wants support + info on the VPS.
CH|death_injury_driving||V {f} {sn} ({ya}) seriously injured {date} as passenger in her mate's car - mate over the limit, crashed on the mountain road above {town}. Charged causing serious injury by dangerous driving. Not DA - driver is a friend from work.
CH|death_injury_driving||Bereaved. {m}'s taid was killed walking home from chapel {date}, driver uninsured + disqualified, charged w causing death while disqualified. Family very angry + want to understand sentencing.
SW|death_injury_driving||Mrs {f} ({oa}) was knocked down outside her sheltered housing on {date} - fractured hip and tib/fib. The van driver has been charged with causing serious injury by careless driving. She lives alone, no family nearby. We are arranging reablement; she would like someone to talk her through court.
CH|death_injury_driving||{f} {sn}'s husband died {date} when a car mounted the pavement on the High St in {town}. Driver charged w causing death by careless driving while over the drink drive limit. Court date tbc.
CH|death_injury_driving||Pedestrian {m} (16) hit on the crossing outside the comp in {town} {date}, life changing injuries, in {hosp}. Driver charged causing serious injury by dangerous driving - was racing another car. Mam {f} calling.

# --- sexual offences ---
CH|sexual_offences|DA|V {f} ({ya}) disclosed rape by her husband {m} at home in {town} over a number of yrs, latest {date}. DASH high, MARAC ref done. Wants ISVA + IDVA. Safe to call on mobile only, NOT the landline.
CH|sexual_offences||V {f} ({ya}) raped by a man she met that night in a club in {town}, went back to his flat {date}. SARC {date2}. No relationship, had never met him before. ISVA requested.
SW|sexual_offences||Concern raised by day centre staff on {date}. Mrs {f} {sn} ({oa}) told a support worker that the agency carer who does her bath "touches me down below and laughs about it". She has mild cognitive impairment but was clear and consistent when I visited. Carer suspended by agency, police informed, sexual assault being investigated. The carer is not family. Daughter {f2} aware and wants support for her mam.
REL|sexual_offences|CS|My mam is {oa} and she has only just told me what her uncle did to her when she was a little girl, from about 7 till she was 12. He's long dead. She wants to tell somebody official now, she says she's carried it her whole life. She'd rather speak Welsh. I'm her daughter {f}.
CH|sexual_offences|ON;CS|Mam ringing re daughter (14). Man on Snapchat pretending to be 16 got her to send pics then tried to meet her by the leisure centre in {town} {date}. Police have seized his phone. School aware. CSE concerns.
CH|sexual_offences||Exposure. V {f} ({ya}) walking the dog on the old tramroad path in {town} about {time} {date}, man stood in front of her w his trousers down, touching himself. Didnt touch her. PCSO says 2nd report this month.
CH|sexual_offences||Voyeurism - V {f} ({ya}) found a hidden camera in the bathroom of the flat she rents on {street}, {town}. Landlord arrested {date}. Only connection is he's the landlord.
CH|sexual_offences|DA|V {f} ({ya}) says her ex-girlfriend {f2} sexually assaulted her when she went back to the flat to get her stuff {date}. Together 4 yrs, split in {mon}. DASH medium. V worried services wont take it seriously cause its 2 women.
CH|sexual_offences|DA|V {f} raped by her ex-husband {m} on {date}. Divorced {yrs} yrs ago. He turned up drunk at hers in {town} asking to see photos of the kids. SARC done, ISVA wanted.
CH|sexual_offences|CS|V (15) says her boyfriend (15) forced her to have sex at his house {date}. Both under 16 so not DA - CSC + school DSL told. Mam {f} wants support for her + the girl.
CH|sexual_offences|DA;CS|V {f} is 17, lives w boyfriend {m} ({ga}) in a flat in {town}. He forces himself on her when she says no, also keeps her wages. Been together 2 yrs. DASH done, high. Housing needed.
CH|sexual_offences|MS|Hotel night manager in {town} called {date}. Young Romanian woman ({ya}) says she was brought over by a man who took her passport and has been made to see men in flats in Newport and {town}. NRM referral submitted. Needs interpreter.
CH|sexual_offences|ON|V {f} ({ya}) getting pics of a man's genitals sent to her Instagram from an account she doesnt know, 9 so far since {date}. Reported as cyberflashing. Upset as her kids use her phone.
CH|sexual_offences||On the bus from {town} to {town2} {date} man sat next to V {f} ({ya}) and put his hand up her skirt. She moved, he followed her off. CCTV requested from the bus co.
SW|sexual_offences||Nursing home, {town}. Night staff found a male resident ({oa}) in Mrs {f} {sn}'s room with his hand inside her nightie on {date}; she was crying and pushing him away. She is widowed - he is not her husband or any relation. Police attended, he's been moved to another unit. Daughter {f2} is asking for support.
SW|sexual_offences|DA|Mr and Mrs {sn}, both in their eighties, {town}. District nurse found bruising to the inside of Mrs {sn}'s thighs on {date}. Mrs {sn}, who has moderate dementia, said "he won't leave me alone at night, I tell him no". Mr {sn} is her husband and main carer. Police informed, investigating sexual assault; emergency respite bed arranged. Son {m} is supportive.
CH|sexual_offences||V {f} ({ya}) raped by stranger in the lane behind {street}, {town} {date} {time}, then he took her bag + phone. SARC done. S not identified yet.
CH|sexual_offences|DA|V {f} ({ya}) - partner {m} punched her in the face (black eye) then raped her {date}. DASH 17 ticks, MARAC {date2}. Kids w her mam for now.
CH|sexual_offences||Care worker {f} ({ya}) reports a client, Mr {sn} ({oa}), grabbed her breasts during personal care {date}, 3rd time. Agency have stopped calls. No relationship obviously, he is a client.
CH|sexual_offences||V {f} ({ya}) sexually assaulted by her line manager at the works Christmas do in {town} {date} - pinned her against a wall in the corridor + kissed her, hand down her top. Denies it. No relationship.
CH|sexual_offences||V {f} ({ya}) got a taxi home from {town} {date} - driver locked doors, put his hand on her thigh + tried to kiss her. She got out at lights. Firm knows his name.
SW|sexual_offences|CS|Mr {m} {sn}, {oa}, disclosed during a carers assessment on {date} that he was sexually abused by a house master at the children's home he was in during the 1960s, from age 10 until he left at 15. He has never told anyone. He wants it recorded with the police and asked about support for "old men like me".
CH|sexual_offences|CS|CSE. Girl (15) in care in {town}, been going missing, older men giving her vodka + lifts in cars. Strategy mtg {date}. Police believe she has been sexually exploited by at least 2 men. Foster carer {f} wants support.
CH|sexual_offences|ON;CS|Boy (13) groomed on a gaming site + Discord by a man claiming to be 15, sent sexual messages + asked for pics {date}. Dad {m} found it. Reported to police, CEOP.
CH|sexual_offences|CS|V {f} ({ya}) disclosed her step-brother sexually abused her from age 9 till 13. Reported to police {date} for the first time. No contact w him now.
CH|sexual_offences|DA|V {f} ({ya}) says her sister's husband groped her in the kitchen at a family party {date} - hand on her bum + tried to put it down her jeans. Sister doesnt believe her. Family fallen out.
CH|sexual_offences|DA;CS|V {f} (17) told school her nain's husband - her step-grandad - has been coming into her room at night when she stays over + touching her, latest {date}. She's on the bus to sixth form in {town}. CSC aware.
CH|sexual_offences||V {f} ({ya}) thinks her drink was spiked at a festival near {town} {date}, woke up in a tent w a man she didnt know, sexual assault. Police + SARC. No relationship.
CH|sexual_offences||Man caught filming up womens skirts in {shop}, {town} {date}. V {f} ({ya}) was one of them - police showed her a still. Voyeurism charge.
CH|sexual_offences||V {m} ({ya}) sexually assaulted by a female colleague in the staff room {date}, grabbed his groin. Boss laughed it off. He feels nobody will believe a man.
CH|sexual_offences|HC|V {m} ({ya}) was raped by a man he met outside a gay bar in {town} {date} - S called him homophobic names throughout. SARC. No previous contact.
CH|sexual_offences||V {f} ({ya}), learning disability, lives alone in {town}. Neighbour has been coming in and having sex with her, she says she didnt want to but didnt know how to say no. Safeguarding + police, capacity assessment pending. Not a relationship per social worker.
CH|sexual_offences|CS|V (15) says a man ({ya}) she calls her boyfriend has been having sex with her since {mon}. He picks her up from school. She is 15 so not DA - CSE referral + police.
CH|sexual_offences|CS|Mam {f} says her own father (the kids' taid) has been touching her daughter (11) when he babysits. Police + CSC {date}. Mam in shock, wants support for herself as well.
CH|sexual_offences||V {f} ({ya}) raped by her flatmate {date} after a night out. Not in a relationship, they just share a house through an agency. She's staying at her mam's.
CH|sexual_offences|KN|V {f} ({ya}) raped at knifepoint by a stranger in the park in {town} {date} {time}. He held the blade to her neck the whole time. SARC. Police appeal.
CH|sexual_offences|CS;MS|16yo girl found in a flat in {town} {date} w 3 adult men, police think she was trafficked from Birmingham for sex. NRM + CSE strategy. Social worker {f} requesting support.
CH|sexual_offences|DA;CS|V (17) says her boyfriend (17) raped her at his mam's house {date}. Been together a year. DASH done, CSE referral, school aware.
CH|sexual_offences|DA;HB|V {f} ({ya}) married in {mon} to a man her parents chose - she says she didnt agree to it and he forces sex on her. Family say she has shamed them by going to police. FMU informed.
CH|sexual_offences||V {f} ({oa}) - man came to her door {date} saying he was checking the meter, once inside he touched her breasts. She pushed him out. Stranger, not family.
REL|sexual_offences|CS|This is his aunt. My nephew is 12 and he's told me the football coach made him do things in the changing room after training. His dad is my brother. I didn't know who to ring first so I rang you before the police, I will ring them after. - {f}, {town}
CH|sexual_offences||Exposure. Man exposed himself to V {f} ({ya}) and her friend from a car in the lay-by outside {town} {date}. Reg partial. No contact.
CH|sexual_offences|DA|V {m} ({ya}) says his husband {m2} made him have sex when he was too drunk to consent {date}, not the first time. Also name calling + checking phone. DASH medium. First time telling anyone.

# --- robbery ---
CH|robbery|KN|V {m} ({ya}) robbed at knifepoint in the underpass by {town} station {time} {date}. Phone + wallet taken. 2 males, hoods up, one held a knife to his belly. No injuries.
SW|robbery||Mrs {f} ({oa}) walking back from the Post Office in {town} with her pension on {date} when a man grabbed her handbag. She held on and was dragged along the pavement - fractured wrist, cuts to knees. He got the bag. She won't go out on her own now.
CH|robbery||V (17) surrounded by 3 youths on the bridge in {town} {date}, punched + his earbuds + trainers taken. Bruised face. Mam {f} calling.
CH|robbery|KN|Shop worker {f} ({ya}) at the Post Office counter in {town} {date} - man came in w a machete, demanded the till, took approx {amt}. She's off work, cant sleep.
REL|robbery|DA|"Its my nain, shes in her eighties. My cousin {m}, her grandson, hes 24, he come round on pension day and pinned her arm against the wall and took her purse out of her hand. Shes bruised all up her arm. She dont want him in trouble but Im not having it." Caller {f}, {date}.
CH|robbery||V {f} ({ya}) at the cashpoint on {street}, {town}, {date} {time}. Man shoved her away from the machine + took the {amts} she'd just drawn. No weapon seen, no injury.
CH|robbery|HC|Delivery rider {m} ({ya}) knocked off his moped + kicked on {street}, {town}, {date}. Bag of food + phone took. They were shouting racist stuff at him about being Bangladeshi. Grazes, bruised ribs.
CH|robbery||V {m} ({ya}) dragged out of his car at the lights in {town} {date} {time}, S drove off in it. Found burnt out next day. V shaken, minor cuts.
CH|robbery|KN|Taxi driver {m} ({aa}) - passenger held a Stanley knife to his neck on the Heads of the Valleys rd {date} and took the nights takings ({amts}). Ran off into woods.
CH|robbery|DA|V {f} ({ya}) says ex {m} came to the door {date}, twisted her arm behind her back + took her bank card + phone, wouldnt give them back. She had to go to the bank in {town} for a new card. DASH medium.
CH|robbery||V (15) punched in the face by 2 older lads in the park in {town} {date}, they took his bike. Mam {f} says he's refusing school now.
SW|robbery||Mr {m} {sn} ({oa}), lives alone with early dementia. On {date} two men pushed him over on his own doorstep and took his wallet and watch from his pockets. They didn't go into the house. Neighbour found him. Bruised hip.
CH|robbery||V {f} ({ya}) walking home from the bus stop in {town} {date}, man ripped her gold necklace off her neck, cut + bruising to neck, she fell. Not a snatch - he yanked it twice.
CH|robbery|HC|V {f} ({ya}) had her hijab pulled + her bag taken outside the station in {town} {date}, S saying anti-Muslim things. Scratch to neck.
CH|robbery||Two men in balaclavas robbed the bookies in {town} {date}, threatened staff w a hammer, took cash. V {f} ({aa}) was on shift. No knife seen.
SW|robbery|DA|Referral from bank. Mr {m} {sn} ({oa}) came into branch with his granddaughter ({ga}) on {date}; staff saw her grip his wrist hard and take the {amt} cash from his hand after he withdrew it. He told staff afterwards she does this every month and he's frightened of her. Reddening to wrist. Safeguarding strategy discussion arranged.

# --- violence with injury ---
CH|violence_with_injury|DA|V {f} ({ya}) punched in face by partner {m} {date}, cut lip + swollen eye. DASH medium. Kids (4 + 7) were in the house. Wants IDVA.
SW|violence_with_injury|DA|Mrs {f} ({oa}) seen at {hosp} ED with a fractured wrist on {date}. She first said she fell, then told the nurse her son {m} ({aa}) pushed her into the dresser when she wouldn't give him money. He lives with her in {town}. s126 enquiry opened, police aware, she has capacity and wants him out.
REL|violence_with_injury|DA|My taid has got bruises all up his arms and he says my brother grabs him when he's drunk. My brother is 22, he's lived with taid since mam died. I'm not there all the time, I'm in Cardiff now. Taid won't ring anyone himself. He lives in {town}. - {f}
SW|violence_with_injury||Agency carer gripped Mr {m} {sn} ({oa}) so hard during a transfer on {date} that he has finger-mark bruising to both upper arms. Carer suspended. The carer is employed by the agency - not family, so not DA. Police investigating as assault.
CH|violence_with_injury|HC|Care worker {f} ({ya}), who is Filipino, punched by a man on {street}, {town} while walking between calls {date}. He called her racist names + told her to go home. Bruised cheek, glasses broke.
CH|violence_with_injury|DA|V {m} ({ya}) assaulted by his husband {m2} at home in {town} {date}, broken nose. First time he's reported but not first time. DASH medium.
CH|violence_with_injury|DA|V {f} ({ya}) assaulted by her ex {m} outside the school gates {date}. They split {yrs} yrs ago. He punched her in the side of the head, swelling + headache. Says hes never let go.
CH|violence_with_injury||V (15) hit by her boyfriend (15) in the park {date}, bust lip. Both under 16 so not DA. CSC informed, mam {f} wants support.
CH|violence_with_injury|DA|V {f} is 17, boyfriend {m} is 19. He kicked her leg black + blue {date}. Together since she was 15. DASH done, medium.
CH|violence_with_injury||V {m} ({ya}) hit over the head w a frying pan by his flatmate {date}, cut needing staples at {hosp}. Not DA - flatmates, no relationship, not related.
CH|violence_with_injury||V {f} ({ya}) assaulted by her sister's ex-partner {m}, who came to V's house looking for the sister {date}, pushed V down the front steps - sprained ankle + grazes. V has never been in a relationship w him.
CH|violence_with_injury|DA|V {m} ({ya}) beaten by his older brother over their late mam's will {date}, cracked ribs. Brother ({aa}) lives in {town2}.
CH|violence_with_injury|DA|Mrs {f} ({oa}) slapped + pushed by her son-in-law on {date} while her daughter was at work, bruising to face + arm. She lives with them in {town}.
CH|violence_with_injury|DA;KN|V {f} ({ya}) stabbed in the upper arm w a kitchen knife by partner {m} {date}, treated at {hosp}. S remanded. DASH high, MARAC.
CH|violence_with_injury|DA|V {f} ({ya}) says her ex {m} deliberately drove his car at her in the Tesco car park in {town} {date}, she went over the bonnet, broken leg. Not an accident - he'd been texting her all morning. Charged s18.
CH|violence_with_injury||V {m} ({ya}) found unconscious after an attack by 2 males outside a takeaway in {town} {time} {date}. Fractured skull, ICU at {hosp}. s18 enq. Nil DA, no known connection.
CH|violence_with_injury|KN|V {m} ({ya}) had a broken bottle pushed into his neck in the beer garden of the Railway in {town} {date}. 14 stitches. S known by sight only.
CH|violence_with_injury||Paramedic {f} ({ya}) punched by a patient's relative at a job in {town} {date}, cut eyebrow needing glue. Assault on emergency worker.
CH|violence_with_injury|HC|Mr {m} ({oa}) and his partner {m2} attacked outside their bungalow in {town} {date} by a group of youths shouting homophobic abuse. Mr {m} knocked to the ground, cut to head. Both very frightened.
CH|violence_with_injury|DA|V {f} ({aa}) bitten on the forearm by her adult daughter {f2} ({ga}) during an argument at home {date}, broke the skin. Daughter has mental health issues. Mam wants help not prosecution.
CH|violence_with_injury|DA|V {f} ({ya}) - partner {m} controls all the money, she gets {amts} a week for food, and on {date} he hit her with the TV remote when she asked for more, cut to her temple. DASH high.
SW|violence_with_injury||Care home, {town}. A care assistant pushed Mrs {f} {sn} ({oa}) back into her chair on {date}, causing a skin tear to her forearm. Seen by another staff member. Care assistant dismissed, police investigating. Not family.
SW|violence_with_injury|DA|Mr and Mrs {sn} are married and both now live at a care home in {town}. On {date} Mr {sn} ({oa}), who has vascular dementia, punched his wife in the face when she visited his room - bruise under her left eye. She says it has happened before at home. Reported to police; staff are supervising visits.
CH|violence_with_injury||Neighbour dispute {street}, {town}. V {m} ({aa}) punched by next door over the bins {date}, lost a tooth. Not related, just neighbours.
CH|violence_with_injury||V {m} ({ya}) headbutted in a pub in {town} {date}, broken nose. Nil DA - S is a mate of a mate.
CH|violence_with_injury|KN|V {m} ({ya}) stabbed in the thigh in {town} town centre {time} {date} by a male he didnt know. {hosp}. S fled.
CH|violence_with_injury|DA|Nain {f} ({oa}) - grandson, who turned 16 in {mon}, threw a mug at her during a row {date}, cut to her forehead. He lives with her. Social worker aware.
CH|violence_with_injury||Taid {m} ({oa}) pushed over by grandson (14) during a row at home {date}, bruised hip. Grandson is 14 so not DA - YOT + social services involved.
CH|violence_with_injury|DA|V {m} ({ya}) assaulted by his uncle at a christening in {town} {date}, split lip + bruising. Long running family feud.
CH|violence_with_injury|HC|V {m} ({ya}), wheelchair user, tipped out of his chair by youths in {town} {date} who were mocking his disability + filming it. Grazes to hands + face.
CH|violence_with_injury|HC|V {f} ({ya}), trans woman, punched in the face on the train to {town} {date} after man misgendered her + shouted abuse. Cut lip.
CH|violence_with_injury|DA;HB|V {f} ({ga}) beaten by her brother {date} after family found out she had a boyfriend - said she'd brought shame on the family. Bruises to face + back. Now at a refuge.
CH|violence_with_injury|HB|V {f} ({ya}) beaten by 2 men from her ex-fiance's family {date} because she called off the engagement - they said she had disgraced their family name. Bruising + broken finger. The 2 men are not related to her.
CH|violence_with_injury|DA|V {m} ({ya}) says his ex-wife threw a heavy glass ashtray at him when he dropped the kids back {date}, gash on his head, glued at {hosp}. He feels stupid reporting it.
CH|violence_with_injury||Doorman {m} ({ya}) assaulted by a customer he refused entry to at a club in {town} {date}, broken finger. No connection.
CH|violence_with_injury|KN|Care worker {f} ({ya}) cut on the hand with scissors by a client's grandson ({ga}) on {date} - he was shouting at her for reporting him to social services and lashed out. She has no relationship with him.
CH|violence_with_injury|DA|V {f} ({ya}) - partner {m} put his hands round her neck {date}, she blacked out, marks + bruising to neck. DASH high, MARAC. Non fatal strangulation noted by OIC.
SW|violence_with_injury|DA|Mr and Mrs {sn} ({oa}), {town}. Their grandson {m} ({ga}) has lived with them since he was a teenager and has a drug problem. On {date} he kicked Mr {sn} in the ribs when he was refused money - bruised ribs confirmed at {hosp}. Mrs {sn} says "he was such a lovely boy". They want him to get help but are frightened.
REL|violence_with_injury|DA|Its about my mam. Her partner, they've been together 30 year but never married, he's always had a temper but on {date} he pushed her down the stairs. Shes got a broken arm. She says she tripped but she told me the truth after. - daughter {f}
VIC|violence_with_injury||I was walking home from bingo in {town} and this lad come up behind me and hit me with something, I dont know what, I needed stitches in my head. I never seen him before in my life. - {f}, {oa}
CH|violence_with_injury||Teacher {f} ({ya}) assaulted by a pupil's father at the school gates in {town} {date} - glasses broken + cut to nose. No relationship.
CH|violence_with_injury||Cyclist {m} ({ya}) punched by a driver after a row at the lights on {street} {date}, black eye. Road rage, stranger.
CH|violence_with_injury|DA;KN|V {f} ({ya}) slashed across the cheek w a razor blade by her ex {m} outside her work in {town} {date}. They split {yrs} yrs ago. Plastics at Morriston.
CH|violence_with_injury||2 neighbours in the lane, S shoved V {f} ({oa}), she fell + cut her knee {date}. Not DA - just neighbours, fence dispute.
CH|violence_with_injury|DA|V {f} ({aa}) assaulted by her twin sister {f2} during a row about caring for their mam {date} - scratches + bruising to arms.
CH|violence_with_injury|HC|V {m} ({ya}), Sikh, had his turban knocked off + was punched outside a takeaway in {town} {date}, abuse about his religion. Bruised jaw.
CH|violence_with_injury||V {m} ({aa}) disturbed a burglar in his kitchen in {town} {date} {time} - burglar punched him in the face to get past, fractured cheekbone, then ran off out the back. Nothing taken.
CH|violence_with_injury||V {m} ({ya}) pushed into the River Taff by a man after a row on the riverside {date}, nearly drowned, hypothermia. Charged attempted murder. No relationship.
CH|violence_with_injury|DA|V {f} (20) punched by her step-dad {m} at the family home in {town} {date}, black eye. Mam sided with him.
CH|violence_with_injury|DA|V {f} ({ya}) - partner read her WhatsApps while she was asleep then dragged her out of bed by her hair {date}, clumps of hair out + bruised scalp. DASH medium.
SW|violence_with_injury||CCTV at a nursing home in {town} shows a night care worker slapping Mr {m} {sn} ({oa}) across the face on {date}, splitting his lip. Family raised it after seeing the injury. Worker suspended. Not related to him.
CH|violence_with_injury|DA|Dad {m} ({oa}) punched in the stomach by adult son {m2} ({aa}) during a mental health crisis at home {date}, bruising. Crisis team involved.
CH|violence_with_injury||V {m} ({ya}) assaulted after the match in {town} {date}, kicked in the head by away fans, concussion. No connection.
REL|violence_with_injury|DA|Calling about my bopa {f} (my auntie). Her husband hits her, she's got a black eye now from {date}, and she told me not to tell anyone. They live up the cwm in {town}. She is {oa}.
CH|violence_with_injury|DA|V {f} ({ya}) assaulted by her girlfriend {f2} at home in {town} {date}, bitten + scratched, marks on her arms. Lives together, DASH medium.
CH|violence_with_injury||V {f} ({ya}) assaulted in the queue at a takeaway in {town} {date} by a woman she doesnt know, punched in the mouth, chipped tooth. Not DA.
CH|violence_with_injury|DA|V {m} ({oa}) assaulted by his son-in-law {m2} ({aa}) at the family farm outside {town} {date}, hit w a walking stick, bruising to back + arm. Daughter was away.
CH|violence_with_injury|DA|V {f} ({ya}) - ex {m} broke her finger {date} when he slammed the car door on her hand at the contact handover. NMO in place since {mon}.
CH|violence_with_injury||V {f} ({aa}), shop assistant, hit in the face with a basket by a customer in {shop}, {town} {date}, cut cheek. Nothing stolen.
SW|violence_with_injury|DA|Mrs {f} {sn} ({oa}), {town}. Her nephew {m} ({aa}), who she brought up as her own, stays with her most weekends. On {date} her GP found a black eye and bruising to her chest; she said {m} "lost his temper when I wouldn't sign something". Police informed; she is frightened but wants him kept away.
CH|violence_with_injury|DA|V {f} (16) assaulted by her boyfriend (18) on {date}, punched in the ribs, bruised. Both live in {town}. DASH done, school + CSC aware.
CH|violence_with_injury||V {f} ({ya}), dog walker - a client's neighbour set his own dog on her deliberately on {date}, puncture wounds to her leg, {hosp}. Not related, neighbour only.
CH|violence_with_injury|DA|Mam {f} ({aa}) - adult son {m} ({ga}) threw her across the kitchen {date}, bruised back + cut elbow. He is 2x her size. She has asked him to leave, he wont.

# --- violence without injury ---
CH|violence_without_injury|DA|V {f} ({ya}) pushed against the wall by partner {m} {date} during arguement about money, no injuries. DASH standard. Wants info only for now.
CH|violence_without_injury|DA|Ex {m} rang V {f} {n}0 times on {date} saying he will stab her + burn the house down w her in it. Phone calls only, he wasnt there. DASH high. V staying w her mam in {town}.
CH|violence_without_injury|DA;KN|V {f} ({ya}) - ex {m} let himself in {date}, held a kitchen knife to her throat + said if she ever goes to police he'll finish her. No injuries. DASH high, MARAC {date2}.
CH|violence_without_injury||Nain {f} ({oa}) calling - her grandkids (3 + 5) were left alone in the flat on {street} overnight {date} while their mam was out. Police + CSC attended. Nain has the kids now.
CH|violence_without_injury||Man tried to get a 9yo girl into his van outside the primary in {town} {date}, she ran to the lollipop man. Attempted child abduction, police appeal. Mam {f} wants support for her daughter.
CH|violence_without_injury|MS|Worker at a hand car wash in {town} ({ya}, Albanian) told a PCSO he works 14hr days for no pay, sleeps in the back room + the boss holds his passport for a "debt". NRM referral {date}.
CH|violence_without_injury|HC|Care worker {f} ({ya}) spat at + racially abused by a client's son at the door {date}. No injuries. Agency reporting on her behalf.
CH|violence_without_injury||PCSO {f} shoved in the chest by a drunk male in {town} {date}, no injuries. Assault emergency worker.
SW|violence_without_injury||Care home, {town}. Senior carer reports a colleague slapped Mrs {f} {sn} ({oa}) on the hand "to stop her fidgeting" on {date}. No mark. Staff member suspended pending investigation. Not related to Mrs {sn}.
SW|violence_without_injury|DA|Mr {m} {sn} ({oa}), {town}. His son {m2} ({aa}) shoved him backwards into his armchair on {date} during a row about the house. No injury. Son visits daily "to help". Mr {sn} wants advice only for now - does not want police yet.
CH|violence_without_injury|DA;HB|V {f} (19) says her father + 2 uncles told her they'd kill her if she refuses to marry her cousin abroad this summer. No injuries. FMU contacted {date}, FMPO being considered.
CH|violence_without_injury||Carer pushed Mr {m} ({oa}) in his wheelchair into a door frame deliberately when he complained {date}, no injury. Carer not family, employed through direct payments.
CH|violence_without_injury||V {m} ({oa}) - neighbour leaned over the fence {date} + said he'd kill him if he complained about the hedge again. No weapon. Not related.
CH|violence_without_injury|DA;MS|V {f} ({ya}) came from India after her marriage in {mon}. Her in-laws make her clean + cook 18 hrs a day, keep her passport, don't let her out of the house alone; husband goes along with it. Neighbour helped her call {date}. NRM + IDVA.
CH|violence_without_injury|MS|Boy (15) from Cardiff found in a flat in {town} {date} with drugs + cash. Says older lads made him run drugs and threatened his family if he stopped. CCE. NRM referral done. Mam {f} calling.
SW|violence_without_injury|MS|Mr {m} ({aa}), learning disability, has been living in a caravan on a farm outside {town} for years and doing all the farm work for no pay. The farmer keeps his bank card and benefits and he is not allowed to leave. Found during a welfare visit {date}. NRM made; he is not related to the family.
CH|violence_without_injury|KN|V {m} ({ya}) in the park in {town} {date} {time} - stranger pulled out a lock knife + said he'd kill him if he didnt move on. Not hurt, ran off.
CH|violence_without_injury||Road rage. Man reached through V {f}'s car window at the lights {date} + grabbed her jumper, no injuries. Reg noted.
CH|violence_without_injury|DA|V {f} ({aa}) - brother {m} sent her text msgs saying he'd kill her if she tries to sell their mam's house. No online, just texts. Has screen shots.
CH|violence_without_injury|DA|V {f} ({ya}) slapped by ex-girlfriend {f2} in the Spar in {town} {date}, no mark. They split {mon}. DASH standard.
CH|violence_without_injury||Teacher {m} ({ya}) shoved by a pupil (14) in the corridor {date}, no injuries. School dealing, teacher wants to talk to someone.
CH|violence_without_injury||V {f} ({ya}) spat at by a stranger on the bus to {town} {date}. V says no hate element she knows of, he was just drunk.
CH|violence_without_injury|HC|V {m} ({ya}), autistic, pushed around + called names about his disability by a group outside the leisure centre in {town} {date}. No injuries. Mam {f} calling.
CH|violence_without_injury|DA|Nain {f} ({oa}) - granddaughter ({ga}) told her {date} she'd kill her in her sleep if she changed her will. No injuries. Granddaughter lives w her.
CH|violence_without_injury||Baby left in a car outside a pub in {town} for 2hrs on {date}, hot day. Father arrested child neglect. Grandmother {f} has the baby.
CH|violence_without_injury||Dad took the kids (6 + 8) from school {date} without consent + has not returned them, thought to be in Ireland. No history of DA between the parents per mam - contact dispute. Child abduction enq.
CH|violence_without_injury|DA|DVPN issued {date} after partner {m} grabbed V {f} by the arm + wouldnt let her leave the kitchen. No marks. V wants to know what happens when it runs out.
CH|violence_without_injury||Bouncer pushed V {m} ({ya}) out of the door of a club in {town} {date}, no injuries. V says it was heavy handed. No connection.
REL|violence_without_injury|DA|Dad lifted his walking stick at mam on {date} and said he'd "do her in" if she put him in a home. He didn't hit her. They've been married 55 years. I'm their son {m}, I live in {town2}.
SW|violence_without_injury|DA|Mrs {f} ({oa}), {town}. Her son {m} ({aa}) shook her by the shoulders on {date} when she refused to lend him more money; no injury. She also says about {amt} has gone from her savings over the last year that she "gave" him. Strategy mtg {date2}.
CH|violence_without_injury|ON|V {m} ({ya}) getting threats to kill on Facebook from someone he doesnt know after he commented on a post about {town} RFC. Screenshots sent.
CH|violence_without_injury|DA;ON|V {f} ({ya}) - ex {m} sent WhatsApp voice notes {date} saying he'll kill her and her new partner. DASH high.
CH|violence_without_injury|HC;ON|Imam at a mosque in {town} received emails {date} threatening to kill him + "all Muslims" in the area. Police investigating.
SW|violence_without_injury||Two residents at a care home in {town} - Mr {m} ({oa}) grabbed Mrs {f} ({oa}) by the wrist in the dining room {date}, no injury. They are not related or in a relationship.
CH|violence_without_injury|DA|V {f} ({ya}) slapped by her mother-in-law in her own kitchen {date}, no injury. Husband did nothing. DASH standard.
CH|violence_without_injury|DA;HB|V {f} ({ya}) told her family she wants a divorce, her brothers said she'd shamed them + they'd "sort her out" if she goes through with it. No injuries, she believes them. Honour based concerns.
CH|violence_without_injury||Step-dad has been locking boy (8) in his bedroom for hours without food, school raised concern {date}. Child cruelty enq. Nan {f} calling.
CH|violence_without_injury||Shop worker {f} ({ya}) at {shop}, {town} told a known shoplifter to leave {date} + he pushed her in the chest, no injuries. He hadn't taken anything this time.
CH|violence_without_injury||Nurse {f} ({ya}) at {hosp} kicked by a patient in ED {date}, no injuries. Assault emergency worker.
CH|violence_without_injury|MS|Three Vietnamese girls ({ya}) working at a nail bar in {town}, not paid, living above the shop, boss holds passports. Trading standards + police visit {date}. NRM done.
CH|violence_without_injury||Care worker {f} ({ya}) - client's son rang her on {date} + said he'd kill her if she reported the state of the house. Phone only.
CH|violence_without_injury|DA|V {f} (16) pushed by her boyfriend (17) outside the college {date}. No injury. DASH done, college safeguarding aware.
CH|violence_without_injury||Taid {m} ({oa}) kicked by grandson (13) during a tantrum {date}, no injury. Grandson is 13 so not DA. Family support worker involved.
VIC|violence_without_injury|DA|He stood over me in the kitchen with his fist up and said "one more word and you're dead". He didn't touch me this time. We've been married {yrs} years and I can't live like this. - {f}, {town}
CH|violence_without_injury|MS|Care worker {f} ({ya}) on a sponsored visa - agency in {town} holds her passport, she owes them "fees" of {amt}, made to work 80hr weeks + live in their house, threatened w deportation if she complains. NRM {date}.
CH|violence_without_injury|DA;KN|Nain {f} ({oa}) - grandson ({ga}) waved a kitchen knife at her in the hallway {date} during a row about her changing the locks. Nothing taken, no injury. She is terrified.
CH|violence_without_injury|HC|V {f} ({ya}) pushed + had a drink thrown over her outside a bar in {town} {date} by a woman shouting homophobic abuse at her + her girlfriend. No injuries.
CH|violence_without_injury||Threats to kill. V {m} ({aa}), debt dispute w a former business partner - said he'd kill him + his family {date}. Business partner only, not a personal relationship.
CH|violence_without_injury|DA|V {m} (20) - his dad pinned him against the wall by his collar {date}, no marks. V lives at home. Mam wants it dealt with.
SW|violence_without_injury|DA|Mrs {f} {sn}, {oa}, widowed, lives in an annexe at her daughter's house in {town}. On {date} her daughter's husband - her son-in-law - threatened to "put her in the ground" if she didn't sign over the annexe. No injury. Daughter is frightened of him too.
CH|violence_without_injury||V {f} ({ya}) - man she doesn't know followed her off the train in {town} {date} + grabbed her arm, she pulled away. No injuries. No sexual element per V.

# --- stalking and harassment ---
CH|stalking_harassment|DA|V {f} ({ya}) - partner {m} checks her phone, controls the money, stops her seeing her mam, timed her trips to {shop}. CCB. DASH high. No physical per V.
CH|stalking_harassment|DA|V {f} ({ya}) stalked by ex {m} since {mon} - turns up at her work, sits outside the house in his car, followed her to {town2}. DASH high.
CH|stalking_harassment||V {f} ({oa}) harassed by neighbour for 6 months - notes through the door, shouting over the fence, banging on walls at night. Not related. Police {ref}.
CH|stalking_harassment|ON|V {f} ({ya}) getting abusive Facebook messages + posts about her from an ex-friend since {date}, calling her a liar + a slag. Screen shots kept.
CH|stalking_harassment||V {m} ({aa}) getting abusive text msgs from a withheld number, approx {n}0 since {mon}. Just SMS, no apps. Thinks its a former tenant.
SW|stalking_harassment|DA|Mr {m} {sn} ({oa}), {town}. Since his wife died his son {m2} has taken over his bank cards, decides who can visit, has stopped the chapel ladies coming and tells him he'd "end up in a home" if he complains. Mr {sn} told me "I'm a prisoner in my own house". Coercive control by adult son. Police informed {date}.
CH|stalking_harassment|DA|V {f} ({aa}) - husband {m} wont let her have a bank card, gives her {amts} a week + checks receipts, made her give up her job. Says its economic abuse. Married {yrs} yrs. DASH medium.
CH|stalking_harassment|HC;ON|Gay couple {m} + {m2} in {town} being targeted on a community Facebook group, posts calling them perverts + sharing their address. Since {date}.
CH|stalking_harassment||Care worker {f} ({ya}) - a client's son keeps following her car between calls + sitting outside her house. Not DA, she's never been in a relationship w him, only knows him through work.
CH|stalking_harassment|ON|V {f} ({ya}) - unknown person set up fake Instagram accounts using her photos + messages her friends + her boss. {n} accounts so far. Cyberstalking.
CH|stalking_harassment|HC|Care worker {f} ({ya}), Black British, racially abused by a client's neighbour every time she visits - names shouted, "you lot" comments, once threw water at her. Since {mon}.
CH|stalking_harassment|DA;ON|V {f} ({ya}) found an AirTag in her car. Ex {m} knows where she is all the time + messages her on Snapchat with where she's been. DASH high.
CH|stalking_harassment|DA|V {f} ({aa}), divorced {yrs} yrs. Ex-husband {m} has started driving past her house + leaving flowers on the car with notes. She wants it to stop.
CH|stalking_harassment|DA|V {m} ({ya}) - his partner {m2} controls who he sees, reads his texts, threatens to out him to his family if he leaves. CCB. DASH medium.
CH|stalking_harassment||V {m} ({aa}) - harassment by his business partner after the business folded - phone calls, turning up at his house. Not a relationship, business partners only.
CH|stalking_harassment||V {f} ({ya}) - landlord keeps letting himself into the flat on {street} + sending texts at night. Not a relationship. Texts only.
CH|stalking_harassment|DA|Mrs {f} ({oa}) - her daughter {f2} moved in after her divorce + now takes her phone away, won't let her see friends + tells her she's "losing it". Coercive. Mrs {f} has capacity per GP.
CH|stalking_harassment||V {f} ({aa}) harassed by her daughter's ex, {m} - keeps ringing V demanding to know where her daughter is + turning up at V's door. He's never been with V, he was her daughter's partner.
CH|stalking_harassment|DA|V {f} ({ya}) - ex {m} has been following her + on {date} smashed her car windscreen outside her flat. Stalking since {mon}. DASH high.
CH|stalking_harassment|ON|Councillor {m} {sn} getting {n}0+ abusive emails a week since {mon} from one sender. Not threats to kill, just abuse + "I know where you live".
CH|stalking_harassment|HC|V {f} ({ya}), trans woman - neighbours deadname her loudly every time she goes out, leave notes on her car, spat near her once. Since {mon}. {town}.
CH|stalking_harassment|DA|V {f} ({ya}). MARAC {date}. Ex {m} still contacting her through his sister + notes left at her mam's. Restraining order applied for.
CH|stalking_harassment||V {f} ({ya}) harassed by a colleague - calls, texts, turning up at the gym. They never went out, she turned him down once. No relationship.
CH|stalking_harassment|DA|Ex {m} rings V {f} ({ya}) up to 40x a day from different numbers, plain calls, she's changed her number twice. DASH medium. Split {mon}.
CH|stalking_harassment|ON|V (15) being harassed on TikTok by kids in her year - videos about her weight + fake account. Mam {f} says school not doing enough. Not sexual.
SW|stalking_harassment|DA|Mrs {f} ({oa}), sheltered flat, {town}. Her grandson {m} ({ga}) turns up most nights demanding money, bangs on the door and windows until she opens it, and has been texting her "you owe me". Warden logged {n} incidents since {mon}. She's stopped eating properly.
CH|stalking_harassment||Landlady {f} ({aa}) - an ex-tenant has been sending her letters + posting reviews? No - letters + phone calls only, since eviction in {mon}. Not DA, tenant only.
CH|stalking_harassment|DA|V {f} ({ya}) - her mother-in-law writes letters to V's employer + neighbours saying V is a bad mother + drinks. Husband's mam. Since {mon}.
CH|stalking_harassment|DA|Mrs {f} ({oa}) - her paid carer is her own daughter {f2}, via direct payments. Daughter keeps the money, won't let her see the GP alone + locks the phone away. Coercive + controlling.
CH|stalking_harassment||V {f} ({ya}) being harassed by an unknown male who follows her from the bus stop to work. V mentioned her mam was in a DA relationship years ago which is why she's so scared - current S is a stranger.
CH|stalking_harassment|HC;ON|Synagogue in {town} getting antisemitic emails + comments on their website since {date}. Secretary {m} reporting.
CH|stalking_harassment||V {f} ({ya}) getting text msgs from her ex's new girlfriend calling her names + telling her to stay away. Texts only, no apps. V has no relationship w the new girlfriend.
CH|stalking_harassment|DA|NMO in place since {mon}. Ex {m} keeps ringing V {f} ({ya}) + has sent cards to the kids. DASH medium.
VIC|stalking_harassment|DA|He's everywhere I go. The gym, Asda, my mam's, outside work. We split up in {mon} and he says he'll never let me go. I don't sleep. - {f}, {town}
CH|stalking_harassment||V {m} ({oa}) - neighbour has CCTV pointed straight into his garden + back bedroom, films him + shouts comments. Not related.
CH|stalking_harassment|ON|V {f} ({ya}) - someone made a fake Facebook profile using her pics + posted her address, she's getting men turning up. No idea who.
CH|stalking_harassment|DA;ON|Ex {m} posting about V {f} on Facebook + in local groups, calling her a junkie + a bad mam, {n}0+ posts since {mon}. DASH medium.
SW|stalking_harassment|DA|Mrs {f} {sn}, {oa}, married 58 years. At a carers' review she said her husband has always "kept the purse" but lately he takes her pension, won't let her go to chapel or phone her sister, and listens at the door when the nurse is there. She cried when asked if she is frightened of him. Coercive control. She agreed to a police referral on {date}.
CH|stalking_harassment||Mr {m} ({oa}) - named lad from the estate keeps knocking on his door, putting notes through saying "we know you're on your own", for weeks. Not kids messing, one named male ({ga}). Harassment.
CH|stalking_harassment|HC|Mr {m} ({aa}), learning disability, - neighbours keep mocking him, call him names about his disability, film him + laugh. Since {mon}.
CH|stalking_harassment|DA|V {f} ({aa}) - ex-partner of 20 yrs ago writing her letters from prison, got her new address somehow. She left him in the 2000s after years of DA. Wants it stopped.
CH|stalking_harassment||V {m} ({ya}) - ex-friend keeps ringing + leaving voicemails calling him names, about a debt. Calls only. No relationship beyond friends.
CH|stalking_harassment|DA;ON|V {f} ({ya}) - partner sends her hundreds of WhatsApps while she's at work demanding photos to prove where she is, goes mad if she doesnt reply in 5 mins. CCB. DASH medium.
CH|stalking_harassment|DA|V {m} ({ya}) - his cousin {m2} keeps turning up at his flat + work, shouting about a family debt, since {mon}.
CH|stalking_harassment|DA;HB|V {f} ({ya}) at uni in {town}, her cousins watch her + report back to her dad who she talks to, what she wears. Family say its about their honour. She's scared of being taken out of uni.
CH|stalking_harassment|DA|V {f} ({ya}) - ex girlfriend {f2} ringing + turning up at her work since they split in {mon}, left {n} letters on her car. DASH standard.
CH|stalking_harassment||V {f} ({ya}) - man from the gym keeps messaging her by text + waiting by her car. She's never dated him. Texts only.
CH|stalking_harassment|HC;ON|V {m} ({ya}), Polish, being sent abusive WhatsApp messages + voice notes from a group at his work telling him to go back to Poland. Since {mon}.

# --- burglary ---
SW|burglary||Mrs {f} {sn} ({oa}), {town}. On {date} a man knocked saying he was from Dwr Cymru checking for a leak. While she ran the taps in the kitchen for him, a second man went upstairs and took {amt} in cash and her late husband's watch from the bedroom. Distraction burglary. She feels very foolish and keeps saying she "let them in".
CH|burglary||V {f} ({oa}) house burgled while she was at chapel {date}, back window forced, jewellery + her late husbands medals taken. Lives alone on {street}, {town}.
CH|burglary||Aggravated burglary at V {m}'s ({aa}) house in {town} overnight {date} - 2 men took the laptop + car keys from the kitchen while V asleep upstairs. Police found a knife dropped on the drive. V never saw them or the knife, only woke after. No injuries.
CH|burglary|DA|V {f} ({ya}) - ex {m} broke in through the back window while she was at work {date}, took her laptop, passport + the kids' birth certs. DASH medium. Changed locks last month.
REL|burglary|DA|My nain banned my cousin from her house after the last time, he's 26. Last night ({date}) he came in through the bathroom window while she was in bed and took the cash tin from the wardrobe. She heard him and knew his voice. I'm her granddaughter {f}.
CH|burglary||Shed broken into at V {m}'s ({oa}) in {town} {date}, padlock cut, tools + mower taken. He's a bit shaken, lives alone.
CH|burglary||V {m} ({ya}) - his road bike + his son's bike taken from his locked garage at the back of the house on {street} overnight {date}, garage door forced.
CH|burglary||Chapel vestry in {town} broken into {date}, collection money + communion silver taken. Deacon {m} {sn} reporting, congregation mostly elderly + upset.
CH|burglary||Cafe on {street}, {town} broken into overnight {date}, till + {amts} float taken, door smashed. Owner {f} ({aa}) says 3rd time this year.
SW|burglary||Mrs {f} ({oa}) lives in a sheltered flat in {town}. On {date}, while she was in the communal lounge, someone walked into her unlocked flat and took her purse and bank cards from the kitchen. CCTV shows a man not known to the scheme. Warden reporting.
CH|burglary||V {m} ({aa}) house burgled {date} overnight, car keys taken from the hall table + the car taken off the drive. Found later in {town2}. Burglary + vehicle.
CH|burglary||Two women knocked on V {f}'s door ({oa}) asking for a glass of water for the baby {date}. While one kept her talking in the kitchen the other went upstairs. {amt} missing from the bedside drawer. Distraction burglary.
CH|burglary||Elderly couple Mr + Mrs {sn} ({oa}) burgled while asleep {date}, TV + her handbag taken from downstairs. No one hurt, didn't wake. Very frightened now, son {m} calling.
CH|burglary|HC|V {m} ({ya}) burgled {date}, nothing much taken but racist words sprayed on the inside walls + a note saying "go home". Family from Syria, moved to {town} last year.
CH|burglary||Attempted burglary - someone tried to force V {f}'s ({oa}) front door w a jemmy {date} {time}, didnt get in, door damaged. She heard them + shouted.
VIC|burglary||I came home from my daughter's in {town2} and the back door was hanging off. They took my rings, my mother's rings, and the little bit of money I keep for the funeral. I'm {oa}. I don't feel safe in my own bed now. - {f}
CH|burglary||Student house on {street}, {town} burgled {date}, 3 laptops + phones taken through an open window. V {f} ({ya}) lead tenant.
CH|burglary|DA|Mam {f} ({aa}) - her son {m} ({ga}) doesn't live there anymore, she changed the locks after he stole off her. On {date} he got in through the kitchen window while she was out and took the TV + her jewellery.
CH|burglary||Farm outbuilding near {town} broken into {date}, quad bike? no - diesel + power tools taken. Farmer {m} {sn} ({aa}).

# --- possession of weapons ---
CH|possession_of_weapons||Mam {f} calling - her son (17) was arrested in {town} centre {date} for carrying a knife. Nobody was threatened or hurt, it was found in a stop search. She wants advice + support.
CH|possession_of_weapons||V {m} ({aa}) reported a neighbour walking round the estate with a machete in his belt {date}. Police arrested him for poss offensive weapon. Nobody threatened. V worried about repercussions.
CH|possession_of_weapons||Nain {f} ({oa}) found a handgun wrapped in a towel in her loft {date} after her grandson moved out. Police seized it, grandson charged w possession of a firearm. She's not been harmed by him, just shocked + ashamed.
CH|possession_of_weapons||School in {town} - pupil (15) found with a knuckleduster in his bag {date}. Police informed. Teacher {f} who found it is upset. Nobody threatened.
SW|possession_of_weapons||Care home reception, {town}, {date}. A visitor to another resident was seen with a lock knife in his jacket pocket. Staff asked him to leave and called police; he was arrested for possession. No threats were made and the knife stayed in his pocket. Staff member {f} who dealt with him would like support.
CH|possession_of_weapons||Lad walking down the High St in {town} w a samurai sword in a golf bag {date}, arrested. Shop worker {f} ({ya}) called it in, shaken.
CH|possession_of_weapons||Pepper spray (CS) found in a man's bag when searched at {town} station {date}. Arrested for prohibited weapon. V {f} ({ya}) was the guard who found it.
CH|possession_of_weapons||Man smashed the bus shelter glass in {town} {date} then was arrested + found w a kitchen knife in his waistband. Didnt get it out, nobody threatened w it. Witness {f} ({aa}).
CH|possession_of_weapons||Air rifle + ammo found in a neighbour's shed by police following V {m}'s ({oa}) report of shots at pigeons {date}. Neighbour has no certificate, charged firearms offences. No one targeted.

# --- criminal damage and arson ---
CH|criminal_damage_arson|DA|V {f} ({ya}) - ex {m} smashed all her front windows w a brick {date} {time}. Kids in the house. DASH medium.
CH|criminal_damage_arson||V {m} ({aa}) - paint stripper poured over his car bonnet + roof outside his house {date}. Thinks its neighbours. No connection otherwise.
CH|criminal_damage_arson||Wheelie bins set alight outside Mrs {f}'s ({oa}) bungalow in {town} {date} {time}, scorched the front door + window frame. Fire service attended.
SW|criminal_damage_arson|DA|Mrs {f} {sn} ({oa}), {town}. Her grandson {m} ({ga}), who lives with her, set fire to the living room curtains with a lighter during a row on {date}. She put it out with a wet towel. Smoke damage, no injury. Fire service and police attended; she does not want him prosecuted but wants him out.
CH|criminal_damage_arson|HC|Racist graffiti sprayed on the front of the {sn} family's house in {town} {date} - they're from Eritrea. Also windows egged.
CH|criminal_damage_arson|HC|Homophobic words sprayed on V {m}'s ({aa}) car + his partner's van outside their house {date}. 2nd time this year.
SW|criminal_damage_arson||Care home, {town}. The son of a resident smashed the glass front doors with a fire extinguisher on {date} in an argument about fees. No one hurt. Manager {f} reporting; staff are upset. He is not connected to any of the staff.
CH|criminal_damage_arson||Mr {m}'s ({oa}) mobility scooter smashed up by youths outside {shop} {date}. Tiller bent, lights broken. He's now housebound. Nothing taken.
CH|criminal_damage_arson|DA|V {f} ({ya}) - partner {m} smashed her phone + put his foot through the TV {date}. No assault per V. DASH standard.
CH|criminal_damage_arson||Neighbour kicked V {f}'s ({oa}) garden fence down {date} in an argument over the boundary. Not related. Fence panels destroyed.
CH|criminal_damage_arson||Arson at the community centre in {town} {date}, youth club room destroyed. Centre manager {f} {sn} reporting. Nobody inside.
CH|criminal_damage_arson|DA|Mam {f} ({aa}) - her son {m} ({ga}) punched holes in the doors + smashed her glass cabinet {date} when she refused him money. No injuries.
CH|criminal_damage_arson||V {m} ({ya}) - both his car windows smashed on {street} overnight {date}. Nothing taken, nothing interfered with, just smashed. Third car in the street.
CH|criminal_damage_arson|HC|Windows at the mosque in {town} broken w stones {date}, anti-Muslim leaflets left. Trustee {m} reporting.
CH|criminal_damage_arson||Allotment shed set alight on the plots in {town} {date}. V {m} ({oa}) lost all his tools + seeds.
CH|criminal_damage_arson|DA|V {m} ({ya}) - ex-girlfriend {f} poured bleach over all his clothes + paint over his car {date} after he ended it. DASH standard.
CH|criminal_damage_arson|DA;HB|V {f} ({ya}) - her car was set alight outside her flat {date}. She believes her uncles did it because she moved in with her boyfriend - family say she's dishonoured them.
CH|criminal_damage_arson||V {f} ({ya}) - her front door kicked in? no - door panels cracked + letterbox ripped off by someone {date}, nobody got in. Not a burglary, nothing taken. Unknown S.
CH|criminal_damage_arson|DA|V {f} ({aa}) - her ex-husband {m} cut down her cherry tree + dug up the garden at the house she kept after the divorce {date}. Separated {yrs} yrs.

# --- vehicle offences ---
CH|vehicle_offences||V {m} ({aa}) - car taken off his drive overnight {date}, keyless. Police think relay theft. Needed it for work + hospital appts.
CH|vehicle_offences||Catalytic converter cut off V {f}'s ({oa}) car on {street} {date}. She heard the grinding at {time}.
CH|vehicle_offences||V {m} ({ya}) - van broken into overnight {date}, {amt} of tools gone. Self employed, cant work.
CH|vehicle_offences||Blue badge stolen from V {f}'s ({oa}) car in the hospital car park at {hosp} {date}, window smashed.
CH|vehicle_offences|DA|V {f} ({ya}) - ex-partner {m} took her car from outside her house {date} with the spare key he kept, refuses to give it back. Taken without consent. DASH standard.
CH|vehicle_offences||CCTV shows a male trying car door handles along {street} {date} {time}. V {m}'s car was opened + glove box gone through. Nothing taken. Vehicle interference.
SW|vehicle_offences||Mr {m} {sn} ({oa}) - his adapted car was stolen from outside his sheltered housing in {town} on {date}. He cannot get to dialysis without it. The warden is helping with insurance.
CH|vehicle_offences||V {m} ({ya}) - motorbike stolen from outside his flat on {street} overnight {date}, chain cut.
CH|vehicle_offences||V {f} ({aa}) - her car was taken from outside work + crashed into a wall in {town2} {date}, written off. Aggravated vehicle taking, 2 youths arrested.
CH|vehicle_offences||V {f} ({ya}) - handbag + sat nav taken from her car at the beauty spot car park above {town} {date}, window smashed. V was walking the dog. During the call V also asked general questions about DA services for a friend - no DA disclosed for herself.
CH|vehicle_offences||V {m} ({oa}) - number plates stolen off his car on {street} {date}.

# --- theft from the person ---
CH|theft_from_person||V {f} ({oa}) - purse lifted out of her handbag at {town} market {date}, she didnt notice until she went to pay. No force, didnt feel a thing.
CH|theft_from_person||V {f} ({ya}) - phone snatched out of her hand by a lad on a bike on {street} {date}. No force, she didnt fall, not hurt.
SW|theft_from_person||Mr {m} ({oa}) was "helped" at the cashpoint in {town} on {date} by a man who then took the {amts} straight out of his hand and walked off. No force, he wasn't hurt. He is mortified.
CH|theft_from_person||V {m} ({ya}) - wallet taken from his back pocket on the train to {town} {date}. Realised at the barrier.
CH|theft_from_person||V {m} ({aa}) pickpocketed at the rugby in Cardiff {date}, phone + wallet gone from his jacket.
REL|theft_from_person||Mam had her purse took out of her coat pocket on the bus to {town} on {date}. She never felt it. There was {amts} in it and her bus pass. She's {oa}.
CH|theft_from_person||V {f} ({ya}) - her bag was lifted off her shoulder in a crowded bar in {town} {date}, no force, no injury, didnt notice till after.
CH|theft_from_person||V {f} ({oa}) - man asked for directions outside the Co-op in {town} {date} while another took the wallet from her jacket pocket. No force.

# --- bicycle theft ---
CH|bicycle_theft||V {m} ({ya}) - bike taken from outside {town} station {date}, lock cut. Commutes on it.
CH|bicycle_theft||Mam {f} - son's bike (he's 10) taken from their front garden on {street} {date}. Not in a shed, just on the grass.
CH|bicycle_theft||V {f} ({ya}) - bike taken from the rack at uni in {town} {date}, D lock gone too.
CH|bicycle_theft||Care worker {f} ({ya}) cycles between calls - her bike was taken from outside a client's house on {street}, {town} {date} while she was inside doing a call.
CH|bicycle_theft||V {m} ({aa}) - road bike taken from outside a cafe in {town} while he was inside {date}, worth {amt}.
CH|bicycle_theft||V {m} ({ya}) - mountain bike taken from outside the leisure centre in {town} {date}, left unlocked for 10 mins.

# --- shoplifting ---
CH|shoplifting||Spar manager {f} ({aa}), {town} - same 2 men shoplifting spirits every week since {mon}, about {amts} a time. No violence. Staff fed up.
SW|shoplifting||Volunteer at a charity shop in {town}, Mrs {f} ({oa}), upset after a woman walked out with a bag of clothes on {date}. No threats. She has been volunteering for twenty years and says it has "knocked her".
CH|shoplifting||Pharmacy in {town} - woman took perfume + make up worth {amts} {date}, walked straight out. Pharmacist {f} reporting.
CH|shoplifting||Garden centre outside {town}, repeat shoplifting of tools + plants, {n} times since {mon}. Manager {m} {sn}.
CH|shoplifting||Store security at {shop} in {town} - guard {m} ({ya}) says shoplifter took {amts} of alcohol {date}, he didnt try to stop him, no violence.
CH|shoplifting||Corner shop owner {m} ({aa}), {town} - local youths stealing sweets + drinks most days after school. No threats, just brazen.
CH|shoplifting||Shoplifting at {shop} in {town} {date} - man filled a rucksack w meat + coffee + walked out. Staff member {f} ({ya}) followed to the door. No contact.

# --- other theft ---
SW|other_theft||Mrs {f} {sn} ({oa}), {town}. Her daughter noticed the cash tin in the kitchen was about {amts} short after each weekend. A hidden camera the family put up shows the weekend agency carer taking notes from the tin on {date}. Agency informed and carer suspended. The carer is not family - no DA.
SW|other_theft|DA|Mrs {f} ({oa}), {town}. Her son {m} ({aa}) has taken her engagement ring, her mother's brooch and other jewellery and sold them at a pawn shop in {town2} - she found the tickets on {date}. She says she "doesn't want to cause trouble" but she wants the brooch back.
CH|other_theft|ON|V {m} ({ya}) - woman he met on Instagram got him to strip on a video call then threatened to send it to his family + friends unless he paid {amts}. He paid once. Sextortion / blackmail.
CH|other_theft||Taxi driver {m} ({aa}) - passenger did a runner without paying {amts} fare at {street}, {town} {date}. Making off without payment.
CH|other_theft||Petrol station {town} - driver filled up w {amts} of diesel + drove off {date}. Cashier {f} reporting, reg partial.
CH|other_theft||V {f} ({oa}) - her post is being stolen, pension letters + bank statements missing for weeks. Shared letterbox in a block in {town}.
CH|other_theft||V {f} ({ya}) - {n} parcels taken off her doorstep on {street} since {mon}, ring doorbell shows same male.
CH|other_theft||V {m} ({oa}) - garden ornaments + hanging baskets taken from his front garden {date}. His late wife's, sentimental.
SW|other_theft||Mrs {f} ({oa}) was an inpatient at {hosp}. Her wedding ring, which was in her bedside locker, went missing on {date}. Ward manager aware, police informed. Family very upset.
CH|other_theft||Shop owner {m} ({aa}), {town} - an employee has been taking cash from the till for months, about {amt} total. Theft by employee. No other issues.
REL|other_theft|DA|"My grandson told nain if she didn't give him money every week he'd tell the council she can't cope and get her put in a home. She's been giving him {amts} a week. He's 23." - granddaughter {f}, {date}
SW|other_theft||Mr {m} ({oa}), {town}. His privately paid cleaner has been taking small items - a clock, silver spoons, a camera. He saw her put the camera in her bag on {date}. She is not family.
CH|other_theft|DA|V {f} ({ya}) - when her ex {m} moved out {date} he took her jewellery, her laptop + her late dads watch. Not his, refuses to return them. DASH standard.
CH|other_theft||Lead stolen off the chapel roof in {town} {date}. Deacon {m} {sn} reporting, water now coming in.
CH|other_theft||V {m} ({oa}) - heating oil siphoned out of his tank at his farmhouse near {town} {date}, about {amts} worth.
CH|other_theft||V {f} ({ya}) - phone left on the table in a pub in {town} {date} for a few mins, gone when she came back. Not from her person.
CH|other_theft||V {m} ({ya}) - gym locker at the leisure centre in {town} broken into {date}, wallet + keys taken.
SW|other_theft|DA|Mrs {f} ({oa}) says her daughter {f2} ({aa}) takes cash from her purse every time she visits; about {amt} over the last six months by Mrs {f}'s own reckoning. She has capacity and was clear about it at the visit on {date}, but is worried about "losing" her daughter.
CH|other_theft||Farmer {m} {sn} ({aa}) - {n}0 ewes taken from the field above {town} {date}. Rural crime team aware.
SW|other_theft||Care home, {town}. Residents' money kept in the home's safe - {amt} found missing at audit on {date}. A staff member is suspected and has been suspended. Residents' families informed. No family member involved.
CH|other_theft|DA;ON|V {f} ({ya}) - ex-partner {m} messaging her on WhatsApp saying he'll send her old private messages to her new partner + her family unless she pays him {amts}. She paid once. DASH medium.
CH|other_theft||V {f} ({oa}) - purse taken out of her shopping trolley at {shop} in {town} {date} while she was looking at the shelves. Wasn't on her.
CH|other_theft||Mr {m} ({oa}) - his lodger {m2} ({ya}) has been taking cash from his wallet. Lodger only, not family, pays rent.
SW|other_theft||Mr {m} {sn} ({oa}), {town}. His home carer took his bank card out of his wallet without asking on {date} and used it to pay for her own shopping in {shop} - about {amts}. Mr {sn} noticed on his statement. Carer employed by agency, not family.
CH|other_theft|DA|V {m} ({aa}) - his brother {m2} took {amt} in cash their late mam had left in the house before the will was sorted, {date}. Says he's entitled. V says it's theft.
CH|other_theft||Rugby club in {town} - someone took the charity collection tin from behind the bar {date}, about {amts}. Steward {f} ({aa}) reporting.

# --- fraud and computer misuse ---
SW|fraud_computer_misuse||Mrs {f} {sn} ({oa}), {town}. On {date} she got a phone call from a man saying he was a detective from the Met, that staff at her bank were corrupt and she must help catch them. She withdrew {amt} and handed it with her bank card to a "courier" at her door. All by phone - no emails or internet. Courier fraud.
SW|fraud_computer_misuse||Mr {m} ({oa}), {town}. Two men knocked on {date} saying his roof tiles were loose. They did about an hour's work and charged {amt}, driving him to the bank for the cash. Trading standards say the work was worthless. Rogue traders.
CH|fraud_computer_misuse|ON|V {m} ({oa}) - met a "woman" on a dating site in {mon}, she said she's a nurse in Dubai, he's sent {amt} for flights + visas. Never met. Romance fraud. Son {m2} found out.
CH|fraud_computer_misuse|ON|V {m} ({aa}) - added to a WhatsApp investment group, crypto platform, put in {amt}, now cant withdraw. Investment fraud.
SW|fraud_computer_misuse|DA|Mrs {f} ({oa}), care home resident, {town}. Her daughter {f2} holds LPA for property and financial affairs and has not paid the care home fees for {n} months. Bank statements show {amt} moved to the daughter's own account and spent on a car and holidays. Abuse of position. Strategy meeting {date}; OPG informed.
SW|fraud_computer_misuse||Mr {m} ({oa}) lacks capacity; a professional deputy (solicitor firm in {town2}) manages his money. Annual OPG review found {amt} unaccounted for. Police investigating fraud by abuse of position. No family involvement.
CH|fraud_computer_misuse|DA|V {f} ({ya}) - ex-partner {m} took out loans + a catalogue account in her name while they were together, {amt} debt. Found out {date} when debt collectors wrote. DASH standard.
CH|fraud_computer_misuse|ON|V {f} ({ya}) - Facebook account hacked {date}, hacker messaging her friends asking for money + changed her password. Computer misuse.
CH|fraud_computer_misuse||V {m} ({oa}) - phone call from someone saying they were HMRC, he owed tax + would be arrested, he paid {amts} by bank transfer while on the phone {date}. Phone only.
CH|fraud_computer_misuse||V {f} ({oa}) got a text msg saying it was her bank, she rang the number in the text + was talked into moving {amt} to a "safe account" {date}. Text + phone call only, no links clicked.
CH|fraud_computer_misuse|ON|V {m} ({ya}) - paid {amts} for a PS5 on Facebook Marketplace {date}, seller blocked him, never arrived.
CH|fraud_computer_misuse|DA;ON|Nain {f} ({oa}) - her grandson {m} ({ga}) has been using her bank card to buy stuff online, {amt} since {mon}. He lives with her. She wants it stopped, not police. Bank flagged it.
SW|fraud_computer_misuse||Mr {m} {sn} ({oa}). He gave his home carer his bank card and PIN to do his weekly shop; statements show she has used it for her own shopping and petrol, about {amt} since {mon}. Carer employed by agency, not family. He agreed to the referral on {date}.
SW|fraud_computer_misuse|DA|Mrs {f} {sn} ({oa}). Her nephew {m} is her attorney under an LPA made in {mon} two years ago. Since she moved into residential care he has transferred {amt} from her account to his own, saying it is "for the house upkeep". The house is empty. Safeguarding strategy meeting held {date}; police investigating fraud by abuse of position.
CH|fraud_computer_misuse|ON|Small business in {town} - email from "supplier" with new bank details, paid {amt} invoice {date}, supplier never changed details. Mandate fraud.
CH|fraud_computer_misuse|ON|V {m} ({oa}) - cold call from "BT", got him to install AnyDesk on his laptop, then emptied {amt} from his online banking {date}. Remote access scam.
SW|fraud_computer_misuse||Mrs {f} ({oa}), {town} - salesman called uninvited {date} and sold her a "medical" mattress and "magnetic" pillows for {amt}. Worth a fraction. She was told she'd get ill without them. Doorstep fraud, trading standards informed.
CH|fraud_computer_misuse||V {m} ({aa}) - cold caller about his pension, talked him into moving it to an overseas scheme {mon}, {amt} gone. Phone + post only.
CH|fraud_computer_misuse|ON|V {f} ({oa}) - letter then emails saying she'd won a Spanish lottery, paid {amts} in "fees" by bank transfer {date}.
SW|fraud_computer_misuse|DA|Mr {m} ({oa}), {town}. His stepdaughter {f} ({aa}) has been writing cheques from his chequebook and signing his name - {n} cheques totalling {amt} since {mon}. Bank spotted the signature on {date}. He is upset but says "she's all I've got".
CH|fraud_computer_misuse|ON|V {f} ({ya}) - paid {amts} deposit for a flat in {town} advertised on Facebook, landlord doesnt exist. Rental fraud.
CH|fraud_computer_misuse|DA;ON|V {f} ({ya}) - partner {m} took out 2 phone contracts + a credit card online in her name, {amt}. She found out {date}. Also controls her money. DASH medium.
CH|fraud_computer_misuse||V {f} ({aa}) - someone used her name + address to open a catalogue account at a shop counter in {town2}, {amts} of goods. Doesnt know who. ID fraud.
SW|fraud_computer_misuse||Mr {m} ({oa}), widower, {town}. A "friend" from chapel has persuaded him to lend her {amt} over the last year for her "sick mother", never repaid, and the sick mother doesn't exist. No relationship between them, she is a fellow member of the chapel.
SW|fraud_computer_misuse||Care home in {town}. The home manager has been invoicing families for extra one-to-one hours that were never provided, about {amt} in total. Found on audit {date}. No family member involved.
CH|fraud_computer_misuse||Man at V {f}'s ({oa}) door collecting for a childrens hospice {date}, fake ID badge, she gave {amts}. Hospice say not theirs.
REL|fraud_computer_misuse|DA|My brother got dad to sign a loan agreement for {amt}, dad didn't understand what he was signing, he thought it was for the boiler. My brother's spent it. Dad is {oa} and has Parkinson's. - {f}, {town}
CH|fraud_computer_misuse|ON|V {f} ({ya}) - text about a missed parcel w a link, she clicked it + entered her card details on the website, {amts} taken {date}.
SW|fraud_computer_misuse||Mrs {f} {sn} ({oa}). On {date}, a man phoned saying he was from her bank's fraud team and a taxi would take her to the branch to withdraw {amt} "for safe keeping", to be collected by a courier. She did. No internet involved - she doesn't have it. Courier fraud.
CH|fraud_computer_misuse|ON|V {m} ({ya}) - email account hacked {date}, hacker sent emails to all his contacts asking for gift cards + changed the recovery phone.
CH|fraud_computer_misuse||V {f} ({oa}) - phone call {date} from someone saying he was her grandson {m}, he'd been arrested + needed bail money. Courier came for {amt}. Her real grandson was at work - a stranger pretending, not family.
CH|fraud_computer_misuse|ON|V {f} ({aa}) - WhatsApp from "her son" on a new number saying he'd broken his phone + needed {amts} for a bill. Paid. Her son never sent it - stranger pretending. "Hi Mum" scam.
SW|fraud_computer_misuse|DA|Mr {m} {sn} ({oa}), {town}. His partner of 12 years, {m2}, has taken out credit cards in Mr {sn}'s name, and owes {amt}. Mr {sn} only found out on {date} when a bailiff's letter came. He is frightened to confront him.
CH|fraud_computer_misuse||V {m} ({aa}) paid a builder {amt} deposit for a kitchen {date}, builder never turned up + not answering. Others in {town} same.
CH|fraud_computer_misuse|ON|V {f} ({ya}) - her online banking was accessed + {amt} moved after she logged in on a fake bank website {date}.

# --- drug offences ---
CH|drug_offences||V {f} ({oa}) - strong smell of cannabis from the house next door in {town}, lights on 24/7, police raided {date} + found a cannabis farm. She's frightened they'll think she told.
CH|drug_offences||Flat below V {m} ({aa}) on {street} - people in + out all hours, police confirm dealing, 2 arrested {date} for supply. V scared + wants support.
SW|drug_offences||Mrs {f} ({oa}) lives next door to a flat police raided on {date}; heroin and cash found, two men charged with possession with intent to supply. She is frightened to go out. Not connected to her.
CH|drug_offences||Drugs being sold outside the comp gates in {town} {date}, 2 men arrested for supplying. Teacher {f} ({ya}) who reported it wants support.
CH|drug_offences||Nain {f} ({oa}) - police raided her house at 6am {date} looking for her grandson ({ga}), found cocaine in his room, he's been charged w possession w intent. She's not been harmed by him, she's just in shock. Wants support.
CH|drug_offences||V {m} ({oa}) - his lodger was growing cannabis in the loft, he found it {date} + called police. Lodger arrested. No relationship, lodger only.
CH|drug_offences||Farmer {m} {sn} ({aa}) - someone set up a cannabis grow in his disused barn outside {town}, found {date}. Police dealing.

# --- public order ---
CH|public_order|HC|Care worker {f} ({ya}), Nigerian, racially abused in the street in {town} {date} by 2 men shouting at her as she walked to a call. No contact. s4A.
CH|public_order||V {m} ({aa}) - neighbour stood at the gate shouting "I'll have you" + swearing at him {date}. No contact, no weapon. Not related.
CH|public_order||V {f} ({ya}) witnessed a mass fight outside a pub in {town} {date} - she was caught up in it, not hurt, very frightened. Affray.
CH|public_order|HC|Bus driver {m} ({aa}) called racist names by a passenger on the route through {town} {date}. No contact. CCTV on bus.
CH|public_order|HC|Mr {m} ({oa}) + his husband shouted at in {shop} {date} - man calling them homophobic names + telling them they should be ashamed. No contact.
CH|public_order|HC|V {f} ({ya}), trans woman, abused at a bus stop in {town} {date} - group of men shouting transphobic names. No contact.
CH|public_order|HC|V {m} ({ya}), learning disabilities, shouted at + mocked by youths in the precinct in {town} {date} about his disability. No contact. Support worker reporting.
SW|public_order||Care home car park, {town}, {date}. A drunk man, relative of no-one in the home, swore at and threatened staff taking a break and kicked at the door. No damage, no contact. Staff member {f} was very shaken.
CH|public_order||Violent disorder in {town} centre {date} {time}, group of around 20 men throwing bottles. V {m} ({ya}), shop worker, had to lock the doors. Not hurt.
CH|public_order|HC|Care worker {f} ({ya}) - man in {shop}, {town} shouting at her about her headscarf + saying Muslims should get out {date}. No contact.
CH|public_order||V {m} ({ya}), taxi driver, swore at + threatened by a drunk passenger {date}. V says he doesnt think it was about his race, the man was just drunk + abusive to everyone. No contact.
CH|public_order||Neighbour swearing + making gestures at V {f} ({ya}) + her kids in the street {date}. Threatening. Not related.
CH|public_order||Man disrupted a service at the chapel in {town} {date}, shouting + threatening the minister. Congregation mostly elderly, frightened. No contact.
CH|public_order|HC|V {f} ({ya}), Chinese heritage, shouted at outside her takeaway in {town} {date}, racist abuse about "bringing covid". No contact. Husband {m} calling.

# --- miscellaneous crimes against society ---
CH|misc_crimes_against_society||V {f} ({ya}) nearly hit on the zebra crossing on {street} {date} - car went through at speed. No injury. Driver traced, charged dangerous driving.
CH|misc_crimes_against_society||V {f} ({oa}) - neighbour said he'd smash her car up if she kept parking outside his house {date}. Car not damaged. Threat to damage.
CH|misc_crimes_against_society|DA|Ex {m} seen in {town} on {date} - he's on bail awaiting trial w conditions not to enter {town} or contact V {f}. No contact w her this time, she just saw him in {shop}. DASH high.
CH|misc_crimes_against_society||V {m} ({aa}) - friend asked him to say he was driving when she got caught speeding so she wouldnt lose her licence. V refused + reported. Perverting.
CH|misc_crimes_against_society||V {f} ({aa}) found someone forged her signature on a letter to the council supporting a planning application in {town}. Forgery.
CH|misc_crimes_against_society||Boy racers on the estate road in {town} - V {m} ({aa})'s grandson nearly hit {date}. No injury. Car seized, driver charged dangerous driving.
CH|misc_crimes_against_society|DA|V {f} ({ya}) - ex {m} told her on the phone he'll torch her car. He hasn't done anything yet. Car fine. DASH medium.
CH|misc_crimes_against_society|DA|Nain {f} ({oa}) - adult grandson ({ga}) said he'd smash up her bungalow if she doesnt let him move back in {date}. Nothing damaged yet.
CH|misc_crimes_against_society||V {m} ({aa}) - a mate asked him to tell police they were together all night on {date} to give him an alibi. V refused + went to police himself. Perverting the course of justice enq.
CH|misc_crimes_against_society||Lorry driver overtook on a blind bend + forced V {f}'s ({ya}) car into the verge on the road to {town} {date}. No injury, no damage. Dashcam. Charged dangerous driving.

# --- other crime ---
CH|other_crime||V {f} ({oa}) - neighbour keeps kicking + starving his own dog, she can hear it crying. RSPCA + police {date}. Animal cruelty.
CH|other_crime||V {m} ({ya}) - landlord changed the locks + put his stuff in the street {date} while he was at work, no court order. Illegal eviction, council housing team involved.
CH|other_crime||Caller {f} said she was the victim of a crime but wouldnt say what, asked for a callback. Call dropped. No details. tbc.
CH|other_crime||Badger sett dug out in the woods above {town} {date}, dogs used. V {m} ({aa}), local, found it. Wildlife crime.
CH|other_crime||V {m} ({ya}) - injured at work {date} when a scaffold collapsed, HSE investigating employer for safety breaches. Wants support. {hosp}.
CH|other_crime||Puppy farm in a barn outside {town}, {n}0 dogs in awful conditions, found {date}. V {f} ({aa}) bought a puppy that died. Animal welfare offences.
CH|other_crime||V {m} ({oa}) - says he's been a victim of crime and wants to speak to someone, wouldnt give details on the phone. N/K offence. CB tbc.
CH|other_crime||V {f} ({ya}) - landlord hasnt had the gas checked for {n} yrs, boiler leaking carbon monoxide, council prosecuting. She + baby were ill.

# --- anti-social behaviour ---
CH|anti_social_behaviour||V {f} ({oa}) - neighbour's parties every weekend til 4am, music + shouting. No threats, no damage. {street}, {town}.
CH|anti_social_behaviour||Youths on scramblers on the mountain above {town}, tearing up the paths + noisy every evening. V {m} ({oa}) fed up. No crime disclosed.
SW|anti_social_behaviour||Sheltered housing, {town}. Children knocking doors and running off most evenings since {mon}; residents anxious. No damage, no threats made. Warden reporting.
CH|anti_social_behaviour||V {m} ({aa}) - neighbour's dog barks all day while they're at work. Spoken to them. No threats.
CH|anti_social_behaviour||Group drinking in the bus shelter on {street}, {town}, leaving cans + litter. V {f} ({oa}) nervous walking past. Nobody has said anything to her.
CH|anti_social_behaviour||V {f} ({oa}) - neighbour burns rubbish in his garden, smoke coming into her house. No threats.
CH|anti_social_behaviour||Kids kicking a football against V {m}'s ({oa}) wall for hours, {town}. Nothing damaged, no abuse.
CH|anti_social_behaviour||V {f} ({aa}) - neighbour keeps parking across her drive. Not threatening, just awkward. Wants advice.
SW|anti_social_behaviour||Youths gathering at the entrance to the sheltered scheme in {town} in the evenings, swearing among themselves but not at anyone; no damage and no threats. Residents reluctant to go out. Warden reporting {date}.
CH|anti_social_behaviour||Car parked outside V {m}'s ({oa}) house playing loud music at night {date}. No threats.
CH|anti_social_behaviour||Upstairs tenants stamping + slamming doors late at night, V {f} ({ya}) cant sleep. No threats, no abuse.
CH|anti_social_behaviour||Quad bikes on the playing field behind {street}, {town}, every weekend. V {f} ({aa}) worried for kids. Nobody hurt, no crime.

# --- extra voices and hard cases ---
CH|violence_with_injury|DA|V {f} ({ya}) - her cariad (partner {m}) threw her against the radiator {date}, burn + bruising to her back. She kept calling him "cariad" on the phone + says she loves him but wants advice. DASH medium.
REL|burglary||Tadcu's house on {street}, {town} was broke into while he was in {hosp} for his hip, {date}. They took his war medals + the telly. He doesn't know yet, we're scared to tell him. - {f}, granddaughter
SW|violence_without_injury|DA|Mrs {f} {sn} ({oa}), {town}. She lives with her granddaughter and the granddaughter's husband {m} ({ga}). On {date} {m} pushed her out of the kitchen doorway and told her she was "in the way in her own house". No injury. She calls him "cariad" and did not want to say anything at first.
CH|stalking_harassment||Mamgu {f} ({oa}) - her granddaughter's ex-boyfriend keeps ringing mamgu's landline late at night asking where the granddaughter is + swearing. Mamgu has never had anything to do with him. Calls only.
SW|violence_with_injury||Day centre, {town}, {date}. Another attendee, who is not related to him, struck Mr {m} {sn} ({oa}) with his walking stick during a dispute over a chair - cut to the scalp, glued at {hosp}. Staff very upset.
CH|fraud_computer_misuse||V {m} ({oa}) - fella knocked {date} offering to tarmac the drive with "leftover from a council job", charged {amt}, it washed away in the first rain. No phone or internet involved, all at the door.
TP|stalking_harassment|DA|GP referral {date}. Pt {f} ({ya}) disclosed her wife {f2} monitors her phone, decides what she wears + has stopped her seeing friends for over a year. Pt tearful, consented to referral. DASH not done yet.
CH|violence_without_injury|DA|V {m} ({oa}) - his wife {f} ({oa}) has dementia + slaps him when he helps her wash, latest {date}, no injuries. He doesnt want her in trouble, wants support as her carer. Social worker aware.
TP|sexual_offences||GP ref. Pt {f} ({ya}) says a private physio in {town} touched her breasts during a session on {date} without any clinical reason. Reported to police. No other relationship.
TP|other_theft||Bank safeguarding team. Customer Mrs {f} ({oa}) - her neighbour, who collects her pension cash from the Post Office for her, has been keeping part of it, about {amts} a week since {mon}. Neighbour only, not family.
CH|criminal_damage_arson|HC|V {m} ({aa}), wheelchair user - his ramp was smashed up + "cripple" painted on his front door {date}. 2nd incident. {town}.
REL|stalking_harassment|DA|Mam married again last year, he's {oa} too. Since then he won't let her ring us, he listens in, he's took over her bank and she has to ask him for money for her hair. She's frightened of him. - her daughter {f}, {date}
CH|robbery|KN|V {f} ({ya}), pharmacist in {town} - man came in {date} {time}, pulled a kitchen knife across the counter + made her hand over the methadone + cash. No injuries.
"""


if __name__ == "__main__":
    sys.exit(main())
