#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND57 labelled test corpus of synthetic victim-services referral notes.

Scenario (entirely invented; no real person, business or case):

* a business crime reduction partnership (BCRP) covering shop and pharmacy staff,
  store security, a market traders' association, the retail radio ("Shopwatch")
  alert net and a banned-offender scheme (BOS), where staff are assaulted or
  threatened during thefts;
* a night-time economy scheme: Pubwatch, door supervisors, bar staff, a taxi
  marshal scheme at the ranks, taxi and food-delivery drivers, spiking reports and
  fights at closing time;
* an older people's advocacy service (OPA): scams, doorstep callers, paid carers
  and relatives who steal or exploit, financial abuse inside families, and "falls"
  in care homes that turn out to be assaults.

Notes are written by coordinators, marshals and advocates in a brisk operational
voice (incident log numbers, CCTV references, store codes) and sometimes quote the
victim's own words.  Every template below was labelled by hand against
/work/shared/TAXONOMY.md.  Slots only carry names, places, dates, times, amounts,
references, counts and adult/older ages that never cross a threshold in the
taxonomy, so no slot can change a label.

Template line format:  category|flags|text   (flags: short codes joined by ';' or '-').
Short flag codes: da=domestic_abuse, hate=hate_crime, onl=online,
knife=knife_sharp_instrument, cse=child_sexual_abuse_exploitation,
ms=modern_slavery, hba=honour_based_abuse.

Output: data/notes_blind57.csv next to this script, 800 notes, ids B57-0001..B57-0800,
CRLF line endings, minimal quoting.  Standard library only; deterministic.
"""

import csv
import pathlib
import random
import re
import sys

RNG = random.Random(57_2026)
N_NOTES = 800
OUT_PATH = pathlib.Path(__file__).resolve().parent / "data" / "notes_blind57.csv"

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
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "onl": "online",
    "knife": "knife_sharp_instrument",
    "cse": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}

# ---------------------------------------------------------------- slot pools
F_FIRST = [
    "Kayleigh",
    "Priya",
    "Shannon",
    "Aisha",
    "Gemma",
    "Zofia",
    "Leanne",
    "Nadia",
    "Chloe",
    "Roxanne",
    "Sinead",
    "Amara",
    "Jodie",
    "Harpreet",
    "Courtney",
    "Bethan",
    "Tamsin",
    "Yasmin",
    "Kirsty",
    "Ola",
    "Danielle",
    "Mei",
    "Stacey",
    "Ruta",
    "Charlene",
    "Fatima",
    "Lauren",
    "Esi",
    "Nicola",
    "Paige",
    "Agnieszka",
    "Hollie",
    "Shazia",
    "Becky",
    "Ioana",
    "Toni",
    "Rhiannon",
    "Keeley",
    "Simran",
    "Lorna",
]
M_FIRST = [
    "Darren",
    "Imran",
    "Kieran",
    "Tomasz",
    "Wayne",
    "Kwame",
    "Liam",
    "Arjun",
    "Craig",
    "Sami",
    "Dean",
    "Marek",
    "Jordan",
    "Bilal",
    "Gareth",
    "Femi",
    "Ryan",
    "Hassan",
    "Lee",
    "Nikos",
    "Stuart",
    "Jaswinder",
    "Connor",
    "Reece",
    "Andrius",
    "Mohammed",
    "Jamie",
    "Tariq",
    "Scott",
    "Emeka",
    "Callum",
    "Vikram",
    "Shane",
    "Dritan",
    "Aaron",
    "Kofi",
    "Glen",
    "Yusuf",
    "Mitchell",
    "Ciaran",
]
OLD_F_FIRST = [
    "Edna",
    "Margaret",
    "Joan",
    "Dorothy",
    "Irene",
    "Pauline",
    "Brenda",
    "Winifred",
    "Sheila",
    "Maureen",
    "Gladys",
    "Patricia",
    "Audrey",
    "Valerie",
    "Hilda",
    "Jean",
    "Kathleen",
    "Mavis",
    "Barbara",
    "Sylvia",
    "Gwen",
    "Doreen",
    "Beryl",
    "Elsie",
    "Marjorie",
    "Rita",
    "Nora",
    "Shirley",
    "Phyllis",
    "Ivy",
]
OLD_M_FIRST = [
    "Harold",
    "Kenneth",
    "Dennis",
    "Norman",
    "Albert",
    "Ronald",
    "Clifford",
    "Stanley",
    "Gordon",
    "Trevor",
    "Frank",
    "Leonard",
    "Bernard",
    "Derek",
    "Raymond",
    "Maurice",
    "Cyril",
    "Alan",
    "Eric",
    "Walter",
    "Desmond",
    "Reginald",
    "Arthur",
    "Brian",
    "Geoffrey",
    "Roy",
    "Percy",
    "Colin",
    "Victor",
    "Ernest",
]
SURNAMES = [
    "Hollis",
    "Okafor",
    "Bradshaw",
    "Kowalski",
    "Patel",
    "Fenwick",
    "McAllister",
    "Begum",
    "Thornton",
    "Ahmed",
    "Whitlock",
    "Nowak",
    "Garside",
    "Mensah",
    "Pritchard",
    "Khan",
    "Ashworth",
    "Doherty",
    "Sandhu",
    "Crossley",
    "Ellery",
    "Osei",
    "Haworth",
    "Petrauskas",
    "Lumb",
    "Chowdhury",
    "Marsden",
    "Quigley",
    "Roberts",
    "Szabo",
    "Iqbal",
    "Entwistle",
    "Barraclough",
    "Nwosu",
    "Kavanagh",
    "Hussain",
    "Tennant",
    "Dobson",
    "Rai",
    "Greenhalgh",
    "Yilmaz",
    "Holroyd",
    "Brennan",
    "Sutcliffe",
    "Ogunleye",
    "Walsh",
    "Cartwright",
    "Dunmore",
    "Siddiqui",
    "Pearce",
]
TOWNS = [
    "Aldbrook",
    "Castlegate",
    "Hollins Cross",
    "Marlow Vale",
    "Stanfield",
    "Brackenbury",
    "Wexmoor",
    "Thornley",
    "Kettleby",
    "Oakhurst",
    "Farrowdale",
    "Pelham Green",
    "Saltmarsh",
    "Ridgeley",
    "Dunstall",
    "Greywell",
]
STREETS = [
    "Mill Lane",
    "Station Rd",
    "Market St",
    "Kings Parade",
    "Church Walk",
    "Victoria Rd",
    "Bridge St",
    "Albion Way",
    "Cobden St",
    "High St",
    "Union Row",
    "Canal Side",
    "Tanner's Yard",
    "Wellington Rd",
    "Foundry Lane",
    "Priory Rd",
    "Queen St",
    "Chapel Brow",
    "Northgate",
    "Water St",
    "Carr Lane",
    "Peel Precinct",
    "Dale St",
    "Hope Terrace",
]
VENUES = [
    "the Crown & Anchor",
    "Vault nightclub",
    "Bar Nova",
    "the Drovers Arms",
    "Quayside Social",
    "the Red Lion",
    "Electra",
    "the Packhorse",
    "Club Halo",
    "the Brewery Tap",
    "Luna Lounge",
    "the Old Bell",
    "Sanctum",
    "the Railway Inn",
    "Velvet Rooms",
    "the Fleece",
    "Bar Sol",
    "the Greyhound",
]
SHOPS = [
    "QuickMart",
    "Pricewise",
    "Dalton's Convenience",
    "FreshWay Local",
    "the Costsave",
    "Bargain Barn",
    "Hale & Co",
    "Corner Plus",
    "Northern Value",
    "KwikStop",
    "the Homestore",
    "Daily Needs",
    "Village Stores",
    "Budget Local",
    "SaveMore",
    "Penny Lane Foods",
]
PHARMACIES = [
    "Greenleaf Pharmacy",
    "Rowan Chemists",
    "Bridge St Pharmacy",
    "Medway Pharmacy",
    "Kingsley Chemist",
    "the Healthpoint pharmacy",
    "Amber Pharmacy",
    "Oakhurst Pharmacy",
    "CarePlus Chemist",
    "Parade Pharmacy",
]
CARE_HOMES = [
    "Beechwood House",
    "Meadowbank Lodge",
    "The Laurels",
    "Fernlea Court",
    "Ashgrove Care Home",
    "Willow Bank",
    "St Clare's Nursing Home",
    "Hillside Grange",
    "Rosemount",
    "Larchfield House",
]
MARKETS = [
    "the indoor market",
    "the Thursday market",
    "the outdoor market",
    "the market hall",
    "the Sunday car-boot",
    "the farmers' market",
    "the covered market",
    "the flea market",
]
RANKS = [
    "the Northgate rank",
    "the station rank",
    "the Market Sq rank",
    "the Bridge St rank",
    "the bus station rank",
    "the marshalled rank on High St",
    "the Cobden St rank",
]
DAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def _date(r):
    d = r.randint(1, 28)
    m = r.randint(1, 12)
    y = r.choice([2024, 2025])
    style = r.randint(0, 4)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == 2:
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {MONTHS[m - 1]}"
    if style == 3:
        return f"{d}.{m}.{y % 100:02d}"
    return f"{r.choice(DAYS)} {d:02d}/{m:02d}"


def _time(r):
    h = r.randint(0, 23)
    mi = r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 58])
    style = r.randint(0, 2)
    if style == 0:
        return f"{h:02d}:{mi:02d}"
    if style == 1:
        return f"{h:02d}{mi:02d}hrs"
    h12 = h % 12 or 12
    return f"{h12}.{mi:02d}{'am' if h < 12 else 'pm'}"


def _amt(r):
    return f"£{r.randint(12, 480)}" + r.choice(["", ".00", f".{r.randint(10, 99)}"])


def _big(r):
    return f"£{r.randint(1, 46)},{r.randint(0, 999):03d}"


POOLS = {
    "F": lambda r: f"{r.choice(F_FIRST)} {r.choice(SURNAMES)}",
    "M": lambda r: f"{r.choice(M_FIRST)} {r.choice(SURNAMES)}",
    "f": lambda r: r.choice(F_FIRST),
    "m": lambda r: r.choice(M_FIRST),
    "OF": lambda r: f"{r.choice(OLD_F_FIRST)} {r.choice(SURNAMES)}",
    "OM": lambda r: f"{r.choice(OLD_M_FIRST)} {r.choice(SURNAMES)}",
    "of": lambda r: r.choice(OLD_F_FIRST),
    "om": lambda r: r.choice(OLD_M_FIRST),
    "sur": lambda r: r.choice(SURNAMES),
    "age": lambda r: str(r.randint(68, 94)),
    "aage": lambda r: str(r.randint(22, 59)),
    "mage": lambda r: str(r.randint(36, 59)),
    "town": lambda r: r.choice(TOWNS),
    "street": lambda r: r.choice(STREETS),
    "venue": lambda r: r.choice(VENUES),
    "shop": lambda r: r.choice(SHOPS),
    "pharm": lambda r: r.choice(PHARMACIES),
    "home": lambda r: r.choice(CARE_HOMES),
    "market": lambda r: r.choice(MARKETS),
    "rank": lambda r: r.choice(RANKS),
    "store": lambda r: f"{r.choice(['ST', 'BR', 'NX', 'RS'])}-{r.randint(100, 999)}",
    "log": lambda r: (
        f"{r.choice(['INC', 'LOG', 'CAD', 'NTE', 'BCRP'])} {r.randint(1000, 9999)}/{r.choice(['24', '25'])}"
    ),
    "cctv": lambda r: f"{r.choice(['CV', 'VR', 'CAM'])}{r.randint(10000, 99999)}",
    "crn": lambda r: f"{r.randint(10, 59)}/{r.randint(10000, 99999)}/{r.choice(['24', '25'])}",
    "bos": lambda r: f"BOS-{r.randint(100, 999)}",
    "sia": lambda r: f"{r.randint(1000, 9999)}",
    "plate": lambda r: f"{r.choice(['HC', 'PH'])} {r.randint(10, 899)}",
    "date": _date,
    "time": _time,
    "day": lambda r: r.choice(DAYS),
    "amt": _amt,
    "big": _big,
    "n": lambda r: str(r.randint(2, 6)),
    "cs": lambda r: f"{r.choice(['Alpha', 'Bravo', 'Delta', 'Echo', 'Tango'])} {r.randint(1, 19)}",
}
SLOT_RE = re.compile(r"\{([A-Za-z]+)(\d*)\}")

TEMPLATES = []


def add(block):
    """Parse a block of 'category|flags|text' lines into TEMPLATES."""
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 2)
        if len(parts) != 3:
            raise SystemExit(f"bad template line: {line[:60]}")
        cat, flags, text = (p.strip() for p in parts)
        if cat not in CATEGORIES:
            raise SystemExit(f"unknown category {cat!r}: {text[:60]}")
        codes = [] if flags in ("", "-") else flags.split(";")
        for c in codes:
            if c not in FLAG_CODES:
                raise SystemExit(f"unknown flag {c!r}: {text[:60]}")
        full = [f for f in FLAGS if any(FLAG_CODES[c] == f for c in codes)]
        slots = SLOT_RE.findall(text)
        if not slots:
            raise SystemExit(f"template without slots: {text[:60]}")
        for name, _idx in slots:
            if name not in POOLS:
                raise SystemExit(f"unknown slot {name!r}: {text[:60]}")
        if "{" in SLOT_RE.sub("", text) or "}" in SLOT_RE.sub("", text):
            raise SystemExit(f"stray brace: {text[:60]}")
        TEMPLATES.append((cat, ";".join(full), text))


def fill(text, r):
    cache = {}

    def rep(m):
        key = m.group(0)
        if key not in cache:
            for _ in range(20):
                val = POOLS[m.group(1)](r)
                if val not in cache.values():
                    break
            cache[key] = val
        return cache[key]

    return SLOT_RE.sub(rep, text)


# ---------------------------------------------------------------- templates
# --- batch 1: violence with injury
add("""
violence_with_injury|-|BCRP log {log}. {shop} ({store}), {street}. Staff member {F} punched in the face at the door by a male she challenged re his BOS ban. He had nothing on him, no theft, just wanted in. Split lip + swelling L cheek. CCTV {cctv} secured. Not DA, S unknown to her beyond the ban photo. Call back after 4pm pls.
violence_with_injury|-|Pubwatch referral. Door sup {M} (SIA badge ends {sia}) headbutted approx {time} by punter refused entry at {venue}. Nose broken - confirmed at A&E. S arrested for ABH. V: "part of the job but this one's rattled me". Wants info re CCB.
violence_with_injury|knife|Taxi marshal report {log}. Driver {M} slashed across the forearm w/ a stanley blade by a passenger arguing over the fare at {rank}. 9 stitches. Passenger ran, blade later recovered from a planter. s20 recorded, crime ref {crn}.
violence_with_injury|da|OPA advocate. {OF} ({age}) admitted w/ fractured wrist on {date}, told ward staff she "fell in the garden". Later disclosed that her son {m} (lives with her, 40s) twisted her arm when she refused to hand over her bank card - he didn't get it in the end. DASH done: high. MARAC referral submitted.
violence_with_injury|-|Safeguarding alert from {home}. Resident {OM} ({age}) found with bruising to both upper arms + skin tear, logged on nights as an unwitnessed fall {date}. Corridor camera since reviewed - agency carer seen gripping him and shoving him down into his chair. Carer suspended, police informed. He has no family involved in his care.
violence_with_injury|da;hba|Advocate note - V {F} (23) works on the fabric stall at {market}. Beaten with a belt by her 2 older brothers after they found out she has a boyfriend; uncle told her she'd "shamed the whole family". Welts across her back, seen at walk-in centre. She is scared they will take her abroad in the summer.
violence_with_injury|hate|Shopwatch radio alert then phone call. Pharmacist {M} knocked to the ground outside {pharm} by a man shouting racist slurs at him and telling him to "go back where you came from". Cut above eye, glued at A&E. S white male 30s, grey trackies. CCTV ref {cctv}.
violence_with_injury|-|Bar staff {F} hit in the face by a pint glass thrown during the closing-time scuffle at {venue} on {date}. Glass did NOT break. Black eye + bruised cheekbone. Thrower picked out on CCTV {cctv}, she's never seen him before. Nil DA.
violence_with_injury|knife|Glassing at {venue}, {date} approx {time}. V {M} struck in the neck with the jagged neck of a broken bottle in the smoking area. Deep lacerations, in theatre overnight, s18 GBH. S detained by door team. V's brother ringing on his behalf, V still on the ward.
violence_with_injury|da|Self referral. {F} says her girlfriend {F2} "grabbed me by the hair and smashed my head on the worktop" after she got in late from her bar shift. Big lump, headaches since. Together 3 yrs, live together above the takeaway. Asking about refuge options, DASH tbc.
violence_with_injury|-|Delivery driver {M} ({aage}) set on by 2 males on {street} who wanted him "off their patch" outside the takeaway - kicked while on the floor, cracked ribs. Nothing taken, moped left where it was. Doesn't know them. Log {log}.
violence_with_injury|da|MARAC referral via OPA. {OM} ({age}) was pushed down the stairs by his grandson {m} (19) on {date} during a row about money. Fractured hip, still in hospital. Grandson bailed to another address. V keeps saying "he's not a bad lad really".
violence_with_injury|-|Security officer {M} at {shop} bitten on the hand while detaining a shoplifter who had ALREADY dropped the bag of meat by the door. Skin broken, tetanus jab given. S kept struggling until police arrived. Not known to each other. Store {store}.
violence_with_injury|-|Taxi queue, {rank}, approx {time}. V {M} punched once by an unknown male over queue jumping, went down and hit his head on the kerb. Brief LOC, CT clear. Marshal {m} gave first aid. No link between them, not DA.
violence_with_injury|da|Bar manager at {venue} rang on behalf of barmaid {F}: came in with bruising round her neck, says her ex {m} grabbed her by the throat in the car park. They split 4 yrs ago and he has "just reappeared". DASH high, she's consented to us calling her.
violence_with_injury|hate|{M} and his husband {M2} left {venue} about {time} holding hands. Group followed them shouting homophobic abuse, one punched {M2} in the mouth - chipped front tooth and nosebleed. Door staff rang it in. CCTV {cctv}.
violence_with_injury|-|Market Traders Assoc. Veg trader {M} shoved into a stall frame by the neighbouring trader during a pitch dispute - gashed head, 4 staples. They only know each other through the market, not related, nothing personal outside work. Log {log}.
violence_with_injury|da|Pharmacy counter disclosure {date}. Regular customer {OF} ({age}) asked to speak privately - bruising to face. Says her daughter's husband hits her when the daughter is at work; he lives with them. Pharmacist {f} made the referral with her consent.
violence_with_injury|-|Complaint via Pubwatch: punter {M} says door staff at {venue} dragged him down the fire escape steps at closing, dislocated shoulder. SIA informed. V doesn't know any of the staff personally. Log {log}.
violence_with_injury|-|Suspected spiking - V {F} ({aage}) at {venue}. Had 2 drinks, collapsed within about 20 mins, vomiting, taken by ambulance, no memory of the rest of the night. Bloods taken at hospital. No sexual assault disclosed. Doesn't know who had access to her drink.
violence_with_injury|da|{OF} ({age}), GP referral. Her late husband's son from his first marriage, {m}, comes round for money. Last wk he threw the kettle at her - scald down her forearm dressed by district nurse. She doesn't want him "in trouble" but is frightened.
violence_with_injury|-|Staff at {pharm} - dispenser {F} headbutted over the counter by a patient angry about his supervised dose time. Swelling + bruising to forehead. Nothing asked for or taken. S known as a patient only.
violence_with_injury|knife|Cab driver {M} stabbed in the thigh by passenger on {street} after an argument about the route. Nothing stolen, S ran off towards the park. s18 GBH. Plate {plate}. V discharged {date}, crime ref {crn}.
violence_with_injury|hate|Sikh taxi driver {M} had his turban pulled off and was punched by two passengers shouting religious abuse at {rank}. Cut lip, bruised jaw. Marshal witnessed, CCTV {cctv}.
violence_with_injury|da|{M} ({aage}) told the taxi office he's been sleeping in his cab - his wife hit him with a saucepan on {date}, bruising to his temple. He doesn't want police but agreed to a DASH (medium) and a call from us.
violence_with_injury|-|{OF} ({age}), daughter noticed a finger-mark bruise on her mum's cheek on her visit {date}. The paid carer from the agency admitted she "tapped" her. Agency + adult safeguarding informed. Carer not family. Log {log}.
violence_with_injury|da|Advocacy team. {OM} ({age}) lives with his daughter {f} who is his main carer. Bruising to shins + forearms - he says she kicks him when he wets the bed, "she's at the end of her tether". Family carer, so DASH completed.
violence_with_injury|-|Two groups fighting outside {venue} approx {time}, V {M} (door sup) stamped on when he stepped in. Fractured cheekbone. No connection to any of the group. Door team statements tbc.
violence_with_injury|da|V {F} works nights at the chippy. Says her brother {m} (both adults, he lives with their mum) punched her in the stomach when she wouldn't lend him money. Bruising. "Not the first time, won't be the last." Nothing taken.
violence_with_injury|-|Security {M} ({shop}) - finger broken when a man banned last month (BOS ref {bos}) slammed the fire door on his hand trying to get back in. No theft, just "wanted to prove a point" per V. CCTV {cctv}.
violence_with_injury|da|Coffee morning disclosure to advocate. {OF} ({age}) says her husband of 50+ yrs has "always been handy with his fists"; last week shoved her into the door frame - cut to forehead, told the GP she tripped. Wants to talk about options, not ready for police.
violence_with_injury|-|Her sister's ex-partner {M} walked into {shop} where V {F} works and punched her, blaming her for the break up. Black eye. V has never been in a relationship with him and he isn't family. Log {log}, CCTV {cctv}.
violence_with_injury|knife|Door team at {venue}: V {M} cut across the cheek with a box cutter in the gents by a man he'd had words with at the bar. Plastics appointment {date}. S left before police arrived.
violence_with_injury|hate|V {F}, wheelchair user, tipped out of her chair outside {shop} by lads calling her a "cripple" and laughing. Grazed hands, sprained wrist. Store staff helped her up. CCTV {cctv} requested.
violence_with_injury|-|Market trader {F} hit across the back with a wooden pallet by a drunk man who'd been kicking over her displays. Nothing taken. Bruising, sore to breathe. Log {log}.
violence_with_injury|da|Pubwatch coordinator. Licensee at {venue} says his barmaid {F} came in with a broken finger - told him her fiancé {m} bent it back "to teach her a lesson". Barmaid consented to referral, hasn't reported yet.
violence_with_injury|hate|Trans woman {F}, front of house at {venue}, attacked in the ladies' by a customer saying she "shouldn't be in here, you're a bloke". Scratches to face, hair pulled out in a clump. CCTV outside toilets {cctv}.
violence_with_injury|da|MARAC {date}. {M} and husband {M2} live in the flat above their shop. {M} kicked in the head and groin during a row about the business money, seen at A&E. DVPN issued. V wants support but not refuge.
violence_with_injury|-|Paramedic {F} punched in the jaw by a patient she was treating outside {venue}. Swelling, seen by own service. S arrested. Door staff witnesses.
violence_with_injury|-|"He just came at me with his fists." Assistant {F} at {shop} ({store}) punched repeatedly by a drunk man she refused to serve alcohol. Bruised ribs. He left with nothing. CCTV {cctv}.
violence_with_injury|-|{home}: {OM} ({age}) - bruised hip + wrist fracture first written up as a fall on {date}. Another resident (no dementia dx, full capacity per home) has since admitted hitting him with his walking stick over the TV remote. Police informed.
violence_with_injury|da|Call to OPA re {OF} ({age}). Adult granddaughter {f} (24) who lives with her dragged her across the lounge by the arm - carpet burns to both knees. Granddaughter uses drugs, V frightened of her.
violence_with_injury|knife|{M}, owner of {shop}, cut to the palm grabbing a knife off a man who was waving it at customers in the queue. Nothing stolen, public held S until police came. 6 stitches.
violence_with_injury|-|Driver {M} punched repeatedly through the open window by a passenger's mate who wasn't let in the cab. Concussion. Taxi office log {log}. Neither known to V.
violence_with_injury|da;hba|Young woman {F} (19) seen at {pharm} with burns on her forearm. Disclosed her husband and mother-in-law pressed a hot iron on her for "bringing shame" by chatting to male customers at the shop. Married abroad at 17, she says she didn't agree to it.
violence_with_injury|-|Kitchen porter {M} at {venue} thrown against the fryer by a customer who came round the back to complain - burns to forearm. Not known. Log {log}.
violence_with_injury|da|{F} (30s), market trader. Father of her kids {m} came to the stall on {date} and punched her in the ribs in front of customers. They split up {n} yrs ago. Bruised ribs, GP seen. DASH medium.
violence_with_injury|-|Night marshal {M} hit with a thrown bottle (it didn't smash, glanced off his head) at {rank}. Lump + cut needing glue. Thrower one of a group waiting for cabs.
violence_with_injury|da|Sister referral. V {F} ({aage}) has been living with their cousin {m} since she lost her flat; he broke her nose on {date}. Family relationship - cousins. V in hospital, wants a call when discharged.
violence_with_injury|-|Security guard {M} slipped on the wet floor chasing a suspect at {shop} - NO assault, injury accidental - but S did punch the store manager {F} first: swollen eye. Manager is V for this referral. CCTV {cctv}.
violence_with_injury|da|Advocate. V {OM} ({age}). Wife {of} has dementia and lashes out: scratched his face and arms badly on {date}, needed dressings. He doesn't blame her, wants carer support. Noted as DA per policy (spouses).
violence_with_injury|-|Door staff at {venue} report that a customer bit V {M}'s ear during a fight by the cloakroom. Part of ear lobe lost. S and V strangers. s18 considered.
violence_with_injury|hate|Takeaway delivery rider {M} beaten with his own helmet by 3 men shouting anti-Muslim abuse on {street}. Facial fractures. Nothing taken. Crime ref {crn}.
violence_with_injury|-|{OM} ({age}) punched by a man in the queue at the post office counter in {shop} after asking him not to push in. Fell back against the counter, broken rib. Not known to each other.
violence_with_injury|da|Referral from A&E via taxi firm: driver {F}'s partner {m} broke her wrist on {date}, "he says he's sorry but it keeps happening". Together 6 yrs. DASH high, IDVA allocated.
violence_with_injury|-|Fight at {venue} over a spilt drink - V {M} punched, fell, tooth knocked out. He says "it was over in seconds, I don't even know who he was". Not DA. Log {log}.
""")
# --- batch 2: violence without injury
add("""
violence_without_injury|-|Shopwatch {log}. Staff {F} at {shop} spat at in the face by a man refused cigarettes without ID. No injuries. He walked off with nothing. CCTV {cctv}.
violence_without_injury|-|Door sup {M} shoved in the chest by customer being asked to leave {venue} approx {time}. No injury. Wants it logged so the Pubwatch ban goes through. S ID'd as {M2}.
violence_without_injury|da|Pharmacy counter {date}: {F} said quietly her husband pinned her against the fridge this morning, "no marks this time". Pharmacist gave her the card + referred with consent. DASH tbc.
violence_without_injury|-|Taxi driver {M} told by passenger on {street}: "I'll kill you and your family, I know where you live" after a fare dispute. V believes him - S knew his road. Passenger paid in the end. Threats to kill.
violence_without_injury|da|Threats to kill. {F} getting voicemails from her ex-husband {m} (split {n} yrs ago) saying he'll "finish her off" if she takes him back to court over the kids. Calls only, no messages on apps. DASH high.
violence_without_injury|da;onl|V {F} (29) received WhatsApp msgs from her stepdad {m} saying he will kill her, after she told her mum he'd been helping himself from the purse. Screenshots kept. Mum still lives with him.
violence_without_injury|-|Licensee at {venue} called police at {time}: toddler (about 2) left alone in a car in the pub car park over an hour while mum was drinking inside. Child cold but unhurt. Children's services informed. Log {log}.
violence_without_injury|-|Attempted child abduction - market trader saw a man lead a girl (approx 7) by the hand away from outside {shop} while her mum was inside. Girl screamed, he let go and ran towards {street}. Nil known link to family.
violence_without_injury|ms|BCRP referral. Worker at {shop} (foreign national, {aage}) told the PCSO he works 7 days, 14 hr shifts, sleeps in the stockroom; owner keeps his passport and says he owes a "travel debt". NRM referral made {date}.
violence_without_injury|ms|Car wash behind {street}: workers living in a caravan on site, paid "in food and fags", boss holds all their ID. One asked a market trader for help. First responder NRM referral, log {log}.
violence_without_injury|ms|Delivery rider {M} says the man who "rents" him the rider account takes almost all his earnings and threatens to report him to immigration if he stops. Lives with 9 others in a 2-bed in {town}, not allowed to leave. Forced labour indicators.
violence_without_injury|-|PC spat on by a drunk male being removed from {venue} at {time}. No injury. Door staff witnessed, bodycam on. Assault emergency worker.
violence_without_injury|-|{OF} ({age}) pushed aside in the queue at {pharm} by a younger man in a hurry. Didn't fall, "no injury just shaken up". Not known. Staff have CCTV {cctv}.
violence_without_injury|da|{OM} ({age}) says his wife of 40 yrs threw a (cold) cup of tea over him then slapped him. No mark. "It's been getting worse since she retired." Dementia support worker aware. DASH standard.
violence_without_injury|-|Barmaid {F} grabbed by the wrist by a customer wanting serving after time; let go when door sup came over. No injury, nothing sexual, just aggressive. Log {log}.
violence_without_injury|knife|Man waved a kitchen knife at door staff at {venue} after being refused, shouting he'd stab the lot of them. Nobody hurt - tackled and held. V for referral is door sup {M}. Crime ref {crn}.
violence_without_injury|knife|Driver {M}: passenger in the back held what the driver believed was a blade to his neck, said "drive or I'll cut you", got out at the lights on {street}. Nothing taken. Driver unhurt but not working since.
violence_without_injury|-|Market trader {M} told by a rival stallholder in front of customers "you'll be dead by Christmas, I'll do you myself". V believes it - S has previous for violence. Threats to kill, log {log}.
violence_without_injury|da;hba|V {F} ({aage}) told advocate her father has threatened to kill her if she doesn't go through with the marriage he's arranged for the summer. Her brothers check where she is. Forced Marriage Unit contacted.
violence_without_injury|-|Flatmate {F2} slapped V {F} during a row about rent in the flat above the bakery. Red mark that faded, no injury. They're not a couple and not related - answered an ad 8 months ago. Not DA.
violence_without_injury|-|Spat at through the partition - taxi driver {M}, {date} approx {time}. Passenger got out without paying the last bit but driver more upset about the spit. Plate {plate}. No injury.
violence_without_injury|da|V {F} says her husband's sister, who lives with them, shoves her about and has pulled her hair twice. No injuries. Relative by marriage in same household. DASH standard.
violence_without_injury|-|Staff at {shop} saw a man drag a small boy (approx 5) down the aisle by his arm and kick him in the legs; child sobbing. No visible injury seen. Police attended, children's services. Log {log}, CCTV {cctv}.
violence_without_injury|-|Door sup {M} says customer tried to headbutt him and missed, then threw a punch that glanced off his shoulder. No injuries at all. Ejected. Banned under Pubwatch from {date}.
violence_without_injury|da|Coordinator: barmaid {F} - her ex-girlfriend {F2} came into {venue} on {date}, threw a drink over her and shoved her into the bar. No injury. They split last year. DASH medium.
violence_without_injury|-|Delivery driver {M} pushed off the doorstep by a customer complaining the order was late. Didn't fall, no injury. Customer kept nothing, slammed door. Log {log}.
violence_without_injury|da|{OM} ({age}): niece {f} who stays with him "to help" told him she'd kill him and herself if he sells the house. He believes she might. Threats to kill, family.
violence_without_injury|-|Rogue builder rang {OF} ({age}) after she stopped his cheque and said he'd burn her house down with her inside it. She believes him. Phone call only. Police aware, log {log}.
violence_without_injury|ms|Nail bar on {street}: girl who looks about 16 works there every day, doesn't speak English, dropped off and collected in a van, never seems to be paid. Another trader worried - NRM/first responder advice given.
violence_without_injury|-|Shoplifter at {shop} dropped the bottles when challenged then shoved security officer {M} out of the way to get out the door. No injury, he left empty handed. CCTV {cctv}.
violence_without_injury|da|V {F} ({mage}). The dad of her two boys turned up at the school gate and pinned her against her car - no marks. They've been apart {n} yrs. DASH medium, kids present.
violence_without_injury|-|{OM} ({age}) at the post office counter in {shop} - a youth kicked his walking stick away for a laugh. He didn't fall, no injury. Nothing said about his age or health, just "messing about".
violence_without_injury|-|Unlicensed driver touting at {rank} told licensed driver {M} "next time I'll run you over, you're a dead man". V believes him. Marshal witnessed. Log {log}.
violence_without_injury|ms|Door staff at {venue} found a lad of 15 dealing in the toilets. He told them older men "own" him because he owes them, they drive him to {town} to sell. Boy scared. NRM referral + CSC.
violence_without_injury|-|{home}: care assistant held {OF} ({age})'s arms down to make her take her tablets, "quite roughly" per another carer. No marks found. Paid carer, no family link. Safeguarding + police.
violence_without_injury|da|{M} ({aage}) says his adult son {m} punched the wall next to his head and then shoved him onto the settee. No injuries. Son lives at home. DASH completed.
violence_without_injury|hate|Market trader {M} (Polish) shoved and spat at by a man calling him "Polish scum" and saying "go home". No injury. Traders' assoc rep {F} witnessed.
violence_without_injury|hate|{F} had her hijab pulled by a customer at {shop} who said "take that off in here". No injury. Shop CCTV {cctv}.
violence_without_injury|knife|Man at {pharm} pulled out a used syringe and told dispenser {F} "I'll stick you with this" when refused. Nothing demanded or taken, he threw it in the bin and left. She believed he'd do it. Log {log}.
violence_without_injury|-|Mum left her 3 kids (youngest a baby) alone in the flat above {shop} from teatime to gone {time} to go to {venue}; neighbour heard baby screaming. Children unhurt. Neglect, CSC informed.
violence_without_injury|da|Elder abuse (family). {OF} ({age}): son-in-law raised his fist and pushed her back into her chair when she asked for her pension book back. No injury. Daughter lives there too. DASH medium.
violence_without_injury|-|Not a domestic - V {F} and S {F2} are work colleagues at {shop}. S threw a stapler at V in the back office, it missed. No injury. Manager dealing but V wants it recorded. Log {log}.
violence_without_injury|-|{M} (door sup) says a woman slapped him across the face when he wouldn't let her boyfriend in. No mark. He's "not bothered" but management want referral. {venue}, {date}.
violence_without_injury|-|Threats to kill - {OF} ({age}) had a letter pushed through her door saying she'd "be dead in a week" if she kept complaining about the takeaway bins. Handwritten, no name. Police log {log}.
violence_without_injury|ms|Advocate note: {OM} ({age}) - a man who moved in as his "lodger" makes him do all the cooking and cleaning for the man's friends, takes his pension, won't let him leave the house. Not family. Servitude indicators, NRM discussed.
violence_without_injury|-|Taxi marshal {M} pushed over the barrier by a man angry at the queue, no injury - got straight back up. Assault, S ID'd by cab CCTV {cctv}.
violence_without_injury|da|Caller is V's aunt. Says {F} (20) was slapped and shoved into the wardrobe by her mum on {date} for "answering back". No injuries, no marks. Mum and daughter both adults. Police welfare check done.
violence_without_injury|-|Ambulance tech {M} kicked at by a patient outside {venue}, missed, then spat at. No injury. Emergency worker assault recorded, crime ref {crn}.
""")
# --- batch 3: stalking and harassment
add("""
stalking_harassment|onl|Shop worker {F} at {shop} ({store}). Male customer comes in every day just to watch her on the till, has followed her to the bus stop twice and found her on Instagram - DMs every night. Never met him before she started there. Not an ex. Log {log}.
stalking_harassment|da|{F} ({aage}). Partner {m} checks her phone every night, takes her wages from the café straight into his account and won't let her see her mum without him. "I have to ask for money for tampons." DASH medium, coercive control.
stalking_harassment|da|OPA: since her husband died, {OF} ({age})'s son has taken over all her money - gives her £20 a week "pocket money", keeps the pension, stopped her going to the lunch club and tells her she's "losing it". Coercive + economic abuse. She's scared to challenge him.
stalking_harassment|da;onl|Ex-partner {m} (split {date}) keeps setting up new Facebook accounts to message {F}, has tagged her work ({venue}) in posts calling her a slag and a thief. Blocked 14 accounts so far. DASH medium.
stalking_harassment|-|Taxi office: driver {M} targeted by the same man for weeks - rings the office asking for him by name, turns up at {rank} and shouts at him. No threats of violence. Calls only. V doesn't know who he is.
stalking_harassment|onl|Bar worker {F} getting anonymous Snapchat messages describing what she wore on shift and "see you after work x". Not an ex, thinks it's a regular. Manager has CCTV {cctv} of who was in.
stalking_harassment|da|Taxi firm controller {F}: husband rings her every 10 mins on shift, turns up at the office to see who she's talking to, made her give up nights. "He says it's because he loves me." DASH medium.
stalking_harassment|-|Market trader {F}: an ex-employee (never a partner, not family) leaves notes on her van windscreen every week and has been seen outside her house in {town} at 6am. Stalking. No damage done.
stalking_harassment|da|MARAC heard {date}. V {M} and partner {M2}. Partner isolates him from friends and family, makes him account for every penny he earns on the doors, took his car keys. High risk.
stalking_harassment|-|Pharmacy manager {M} at {pharm} getting anonymous letters at work calling him a "murderer" since a dispensing error last year. Posted letters only, {n} so far. Malicious comms, log {log}.
stalking_harassment|onl|{shop} ({store}): a customer banned under BOS ({bos}) keeps messaging staff personally on Facebook, 40+ msgs to supervisor {F} calling her names and saying she'll "regret it". Harassment.
stalking_harassment|da|V {F} separated from her husband {date} (still married). His brother keeps turning up at her house and following her to her stall at {market}, calling her a whore. In-law. DASH medium.
stalking_harassment|-|Door sup {F} followed home 3 times by a man she refused entry. Found him sat on the wall outside her flat. He "denies knowing her", no prior relationship. Log {log}.
stalking_harassment|da|Advocate. {OM} ({age}): niece who moved in "to help" now opens his post, keeps his bank cards, won't let his friends in and tells him they don't want to see him. He's scared to ask her to leave. Coercive control by family.
stalking_harassment|da|{F} says her ex from 11 years ago has started texting again and drives past her shop every day since he got out of prison. Texts and drive-bys only. DASH high due to history.
stalking_harassment|-|Licensee {M} at {venue} harassed by a banned customer - repeated calls to the pub, waits outside at closing, tells staff "your boss will get what's coming to him". Log {log}.
stalking_harassment|hate;onl|Taxi driver {M} filmed by a passenger who posted it on TikTok with racist comments about "Asian cabbies"; followers now messaging his business page with abuse. Harassment, racially aggravated.
stalking_harassment|-|{OF} ({age}) getting silent phone calls, number withheld, 20+ a day for 2 weeks. Landline only. Doesn't know who. BT informed, log {log}.
stalking_harassment|da|{F} (28) - her mum keeps ringing the pharmacy where she works and turning up to shout at her, tells the staff lies about her. V wants it to stop. Mother and adult daughter. DASH standard.
stalking_harassment|-|Her friend's husband keeps texting {F} sexual comments and waiting outside {shop} at the end of her shift. Not her partner, not family. Texts only. Log {log}.
stalking_harassment|da;onl|{F}'s ex-wife {F2} keeps posting about her in a local Facebook group, messages her new partner and set up an email account in V's name to contact her employer. Split {n} yrs ago. DASH medium.
stalking_harassment|-|Store detective {M} harassed by a group he's identified: they follow him to the car park shouting his home street at him, wait by his car. No threats of violence as yet. {shop}, CCTV {cctv}.
stalking_harassment|da|{F}'s boyfriend decides what she wears to her bar shifts, counts her tips, says if she talks to male customers he'll "know". She's stopped seeing friends. Coercive control. Log {log}.
stalking_harassment|-|Pharmacist {F} at {pharm}: patient sending cards and flowers to the pharmacy, has been found by her car, knows her kids' names. She's never had any relationship with him. Stalking.
stalking_harassment|onl|Girl (15) with a Saturday job at {shop} getting nasty Snapchat msgs from her ex-boyfriend (also 15), he's telling everyone at school she's a slag. Both under 16 - not DA. Mum made the referral, log {log}.
stalking_harassment|da|{OF} ({age}) divorced him in the 90s but her ex-husband has moved back to {town} and keeps turning up at her sheltered flat and phoning, saying she "still belongs" to him. DASH high.
stalking_harassment|onl|{shop}'s own Facebook page: someone posted store detective {F}'s home address saying "watch this thief-catcher". She is now getting DMs from strangers. Harassment, log {log}.
stalking_harassment|da|Caller is V's aunt: niece {f} (22) is being kept in by her boyfriend, he takes her phone when he goes out, she's not allowed to do her shifts at the chippy any more. DASH by phone - medium.
stalking_harassment|-|Not DA - V and S were colleagues at {shop} and were NEVER in a relationship whatever S claims. S has sent 100+ texts, waits at the staff entrance. Texts only. Log {log}.
stalking_harassment|hate|Disabled man {M} ({aage}) targeted by local youths who knock on his door and shout "r****d" through the letterbox most nights for the past month. Harassment, disability hostility. ASB team also aware.
stalking_harassment|da;onl|{OF} ({age})'s grandson messaging her on Facebook Messenger dozens of times a day demanding money, calling her a "selfish old cow". He's 27. Nothing taken yet. DASH standard.
stalking_harassment|-|DJ {F} stalked by a former fan who turns up at every gig including {venue}, found in the staff car park, already warned by police once. Not an ex. Log {log}.
stalking_harassment|da|DVPN served on {m} {date}. Since then he's been seen walking past {F}'s house and left flowers on the doorstep with a card. Ex-partner. DASH high, IDVA informed.
stalking_harassment|onl|Door sup {M} doxxed - his name, photo and home area posted on Instagram after he ejected a group from {venue}; msgs saying they'll "find him". Harassment, log {log}.
stalking_harassment|-|{OM} ({age}): neighbour keeps photographing him, shouting at him when he goes out, notes through the door calling him a pervert. Months of it. He has no idea why. Harassment, not a one-off.
stalking_harassment|da|{F} says her husband won't let her have a bank card, she has to beg for bus fare to her job at {shop}, he checks every receipt and took her passport "for safe keeping". Economic abuse. DASH high.
stalking_harassment|-|Market trader {M} says a customer he refused a refund to has been coming back every week to stand at his stall and stare, follows him to the car. Not known otherwise. Log {log}.
stalking_harassment|onl|Taxi driver {F} harassed through the taxi booking app by a passenger who keeps requesting her, leaving messages about her looks. She's blocked him but he makes new accounts.
stalking_harassment|da|V {M} ({aage}), chef at {venue}. His ex-boyfriend turns up at the back door most shifts, rings him constantly, has been found inside his block. Split 18 months ago. DASH medium.
stalking_harassment|da;hba|{F} (21): her brothers and uncle follow her to and from her job at {shop}, go through her phone, and say she must not "dishonour the family" by speaking to men. Father arranging an engagement. Controlling behaviour.
stalking_harassment|-|Pharmacy: a man who was refused a sale of codeine has been phoning the pharmacy 30+ times a day for a week and calling dispenser {F} names. Calls only. Log {log}.
stalking_harassment|da|Advocate. {OF} ({age}): her stepson turns up unannounced every day, won't leave, takes her phone so she can't ring anyone, tells the carers she's confused when she isn't. Coercive. DASH medium.
stalking_harassment|onl|Bar owner {M} getting anonymous threatening emails and fake 1-star reviews since he barred a group; emails say they know where his kids go to school. Harassment, crime ref {crn}.
stalking_harassment|da|V {F} ({mage}): ex-partner of 15 yrs ago has found her through mutual friends and keeps turning up at the {market} where she works, writing her letters. "I thought I was free of him." DASH medium.
stalking_harassment|-|Flatmate (not a partner, no relationship) keeps going through V {F}'s room and post, follows her to {venue}, tells her who she can bring home. She's moving out. Not DA. Log {log}.
stalking_harassment|onl|{OM} ({age}) keeps getting Facebook messages from a woman he's never met calling him a "nonce" and saying she'll tell the street. Harassment. No money asked for. Log {log}.
stalking_harassment|da|MARAC ref via OPA: {OM} ({age}) and his wife of 30 yrs - she takes his hearing aids out so he can't use the phone, limits food, won't let his brother visit. Coercive control by spouse. High risk.
stalking_harassment|-|Bouncer {M}: same woman rings his personal mobile every night after he gave her a lift once; says she loves him, threatens to turn up at his house. Never any relationship. Calls + texts only.
stalking_harassment|da;onl|V {F}: her ex {m} put a tracking app on her phone when they were together and still tells her where she's been. Split {date}. Police have the phone. DASH high.
""")
# --- batch 4: sexual offences
add("""
sexual_offences|-|Shop assistant {F} groped on the bottom by a male customer while she was stacking at {shop} ({store}). CCTV {cctv} shows it clearly. Not known to her. Log {log}.
sexual_offences|-|Bar staff {F} at {venue}: customer exposed himself at the bar around {time}, door team removed him. She's shaken. Pubwatch ban requested, crime ref {crn}.
sexual_offences|-|Upskirting - {F} noticed a man holding his phone under her skirt on the escalator at {shop}. Staff detained him, phone seized. Not shared anywhere as far as known. Voyeurism.
sexual_offences|cse|Saturday worker (17) at a stall in {market} touched on the breasts by a trader in his 40s in the storage unit. She told her mum who rang the traders' assoc. Log {log}.
sexual_offences|-|V {F} ({aage}) left {venue} with two men she'd only just met after feeling "really drunk after one drink". Woke in a flat in {town}, believes she was raped. SARC attended {date}. Strangers.
sexual_offences|da|Pharmacy disclosure while collecting emergency contraception: {F} says her husband forces her to have sex most nights and "doesn't take no". DASH high, ISVA + IDVA referral.
sexual_offences|-|Taxi passenger {F} - driver (plate {plate}) kept touching her thigh and tried to kiss her when she was drunk on the way home. Licensing informed. Crime ref {crn}.
sexual_offences|cse;onl|Door staff concern: girls of 14/15 being picked up outside {shop} by men in their 20s, given vodka, sexual photos of them going round on Snapchat. One girl disclosed sex with one of the men. CSE referral.
sexual_offences|-|{home}: resident {OF} ({age}) with dementia told the day carer a male night carer "touches me down there". Carer is paid staff. Safeguarding strategy meeting {date}. Police aware.
sexual_offences|knife|{F} walking home from her bar shift at {venue}, dragged into the alley off {street} by a stranger holding a knife to her throat and raped. SARC. Not DA - she'd never seen him before.
sexual_offences|ms|Massage place above a shop on {street}: women live on site, never go out alone, men in and out all night. One of them passed a note to the pharmacist at {pharm} asking for help. Sexual exploitation/trafficking.
sexual_offences|cse|{M} (52), taxi driver on the scheme, disclosed to the marshal that he was sexually abused at 12 by his football coach in the 80s. Wants to report now. ISVA requested.
sexual_offences|-|V {F} says a door supervisor at {venue} touched her breasts under her top while "searching" her at the door on {date}. SIA + police informed. She didn't know him.
sexual_offences|-|Man pressed himself against {F} in the crowd at the bar at {venue} and she felt his erection; when she turned round he laughed. Door team have his card details from the bar tab. Log {log}.
sexual_offences|da|{M} says his ex-boyfriend raped him after a night out on {date}; they'd split {n} months before but V let him stay on the sofa. ISVA requested. DASH high.
sexual_offences|cse;onl|Paper boy (15) who does a round for {shop} has been sent sexual messages on WhatsApp by a shop employee in his 30s asking to meet him. Mum found the messages. Employee suspended.
sexual_offences|-|Hidden camera found in the staff toilet at {pharm}; female staff have been filmed. No evidence it went online. Voyeurism, police have the device. Log {log}.
sexual_offences|-|Flasher in the car park at {market} exposed himself to two female traders unloading at 6am on {date}. Described as white male, 60s. Log {log}.
sexual_offences|cse|Girl (13) told a market trader that an older man pays her to "do stuff" in his car behind the bingo. Trader rang police straight away. CSE. Log {log}.
sexual_offences|-|Delivery driver {F} pulled into a customer's hallway on {street} and grabbed between the legs. She got free and rang her depot. Sexual assault by a stranger. Crime ref {crn}.
sexual_offences|da|{F} ({mage}) - her former partner grabbed her breasts at her sister's wedding reception and said "still mine". They split {n} yrs ago. DASH medium.
sexual_offences|-|{OF} ({age}) - a man claiming to read the meter came in and touched her breasts "checking her heart". Nothing taken. Bogus caller, sexual assault. Log {log}.
sexual_offences|-|Historic - {F} (43) wants to report being raped by a stranger after leaving a nightclub in {town} about 20 yrs ago; she was 22 at the time. ISVA referral.
sexual_offences|cse|Glass collector (16) at {venue} raped by a 23 yr old bar colleague after the staff Christmas do. Not in a relationship. Manager called us. Crime ref {crn}.
sexual_offences|onl|{F} served a man at {shop}, that night he found her on Instagram and sent her an unsolicited photo of his penis. Cyberflashing. Screenshot kept. Log {log}.
sexual_offences|-|Woman sexually assaulted by penetration in the toilets at {venue} by a man she'd met that night. She was very drunk. Door staff held him. Strangers, not DA.
sexual_offences|cse;onl|Grooming: 14yo girl met a man through an online gaming chat, he met her near {shop} and took her to his flat in {town}. Store staff recognised her from the missing appeal. CSE.
sexual_offences|-|Driver {M} sexually assaulted by a female passenger who kept grabbing his crotch and wouldn't stop when told. He pulled over and made her get out. Log {log}, plate {plate}.
sexual_offences|da|{F} (34) disclosed that her stepfather raped her last Christmas when she stayed over at her mum's. Stepfamily. ISVA + DASH.
sexual_offences|da|{home} carer reported that {OF} ({age})'s own son sexually assaulted her in her room during a visit on {date} - seen through the door. Son banned from visits. Police + safeguarding.
sexual_offences|-|Man in a parked car outside {pharm} masturbating in view of staff through the window. Reg partially noted. Exposure. Log {log}.
sexual_offences|-|V {F} ({aage}) - spiked at {venue} then sexually assaulted in a taxi queue by a man who "offered to help her". Strangers. SARC attended. No DA.
sexual_offences|cse|Mum of a 12yo boy says a man at the {market} has been giving her son cigarettes and money and last week touched him in the toilets. Trader assoc checking CCTV {cctv}.
sexual_offences|-|Taxi marshal {M} reports a man following women along the rank at {rank} and touching them on the bottom as they queued. 3 victims, first one {F}. Log {log}.
sexual_offences|da|Advocate. {OF} ({age}): husband of 45 years has started forcing himself on her since his stroke, "I don't want it and he knows". Marital rape. DASH high, IDVA.
sexual_offences|-|Cleaner {F} at {home} sexually assaulted by a male resident who grabbed her and put his hand down her top. He has capacity per the home. Log {log}.
sexual_offences|cse|Historic CSA: {F} ({aage}) disclosed her uncle abused her from age 8 to 14. Now reporting. Uncle still lives in {town}. ISVA.
sexual_offences|ms|Trafficking for sexual exploitation - woman found in the back of a car at {rank}, says she was brought from abroad, moved between flats in {town} and made to see men. Passport taken. NRM referral.
sexual_offences|-|Voyeurism: taxi driver seen filming female passengers' legs with a hidden phone in the footwell. Council licensing + police. Log {log}.
sexual_offences|-|V {M} ({aage}) groped and kissed against his will by a group of women on a hen do at {venue}. Door staff saw it. He was "too embarrassed to say at first". Log {log}.
sexual_offences|da|Same-sex: {F} says her wife {F2} forced sex on her on {date} after drinking. They still live together. DASH high.
sexual_offences|-|Historic: {OM} ({age}) told his advocate he was raped by a fellow soldier aged 24 in the army. Never told anyone. Adult at the time. ISVA requested.
""")
# --- batch 5: robbery, burglary, theft from person, shoplifting, bicycle, vehicle
add("""
robbery|knife|{shop} ({store}) {time}: male came in, pulled a knife and demanded the till. {amt} taken. Cashier {F} not hurt but shaking. CCTV {cctv}, Shopwatch radio alert put out on {cs}.
robbery|-|Pharmacy robbery at {pharm}: man vaulted the counter, forced pharmacist {M} aside into the shelving and took methadone + codeine. Bruised back. Crime ref {crn}.
robbery|knife|Man with his hand inside his jacket said "I've got a blade, empty the till or you're getting it". No knife seen but staff {F} believed him and handed over {amt}. {shop}, log {log}.
robbery|-|Taxi driver {M} held in a headlock by 2 passengers at the end of a fare on {street}; they took his takings ({amt}) and phone. Neck pain, seen at walk-in. Plate {plate}.
robbery|-|Delivery rider {M} knocked off his moped on {street} by 2 males who took his phone and cash bag. Bruised hip. Moped left behind. Log {log}.
robbery|-|{OF} ({age}) had her handbag wrenched off her shoulder outside {shop} - she held on and was pulled to the ground, grazed both knees. Offender ran with the bag. Crime ref {crn}.
robbery|-|Security {M} tried to stop a man leaving {shop} with a basket of spirits. Man punched him in the face to keep hold of the bottles and got away with them. Cut lip. CCTV {cctv}.
robbery|da|{OF} ({age}): son {m} pinned her against the hall wall and took her purse with {amt} of pension money in it. He's 38, lives nearby. DASH high. "He's my son, what can I do."
robbery|-|Market trader {F}: cash belt ripped off her by 2 males who pushed her over the trestle table at {market}. {amt} gone. Traders' assoc radio alert {log}.
robbery|knife|Door sup {M} robbed of his watch and phone at knifepoint walking home after his shift at {venue}. 3 males, one with a large kitchen knife. Crime ref {crn}.
robbery|hate|{M} ({aage}), who has cerebral palsy, had his wallet taken by two men who called him a "spastic" and pushed him against the bus shelter. Hostility to disability. Log {log}.
robbery|-|"Give us your phone or I'll batter you" - {M} handed his phone over to two youths outside {venue}. No weapon seen, no injury. Robbery by threat. Log {log}.
robbery|-|Jewellery stall at {market}: man grabbed a tray of rings, trader {F} got hold of his arm and he shoved her into the back of her van and ran with the tray. Bruised shoulder. CCTV {cctv}.
robbery|-|Taxi driver {M} sprayed in the eyes with something by a woman passenger who then took his cash tin. Eyes streaming, A&E. {rank} CCTV {cctv}.
robbery|knife|{OM} ({age}) - screwdriver held to his side at the cashpoint outside {shop} while a man took the {amt} he'd just drawn. Sharp end pressed into him. Log {log}.
robbery|-|Two men walked {OM} ({age}) to the cash machine on {street}, one gripping his arm the whole way, and made him withdraw {amt} which they took. No weapon. Crime ref {crn}.
robbery|da|V {F}: her ex {m} snatched her bag and pushed her over when she refused to give him money outside her work at {shop}. They split 2 yrs ago. DASH medium.
robbery|-|{pharm}: "give me the pregabalin or you'll get it" - man leaned over the counter, staff {F} handed over 2 boxes out of fear. No weapon. Log {log}.
robbery|onl|{M} selling his phone on Facebook Marketplace met the "buyer" outside {shop}; buyer punched him and ran off with the phone. Bruised cheek. Crime ref {crn}.
robbery|-|Bar staff {F} cashing up at {venue} at {time}: 2 masked men forced their way in the back door, pushed her to the floor and took the night's takings. No weapon seen. Not a burglary per police - staff present and forced.
robbery|-|Delivery rider {M} had his insulated food bag and tips ({amt}) taken by 3 lads who held him against the wall on {street}. No injury. Log {log}.
burglary|-|Distraction burglary. {OF} ({age}): 2 men said they were from the water board, one kept her in the kitchen running the taps while the other went upstairs. Jewellery + {amt} cash gone. Log {log}.
burglary|-|{pharm} broken into overnight {date} - rear door forced, CD cabinet attacked, stock taken. Business burglary. CCTV {cctv} being reviewed.
burglary|-|Market traders' lock-up on {street} broken into; stock from {n} stalls stolen. Padlock cut. Traders' assoc log {log}.
burglary|da|{F}'s ex let himself into her flat with an old key while she was at work at {shop} and took her laptop and passport. Split {n} months ago. DASH medium.
burglary|-|{shop} ({store}): man walked through the "staff only" door into the locker area and took staff member {F}'s handbag from her locker. Not an employee. CCTV {cctv}.
burglary|-|{home}: someone came in through a fire door overnight and took cash from {n} residents' rooms. Entry point alarmed but didn't go off. Log {log}.
burglary|-|{venue} cellar broken into via the drop hatch; spirits and fruit machine cash taken. Business burglary, crime ref {crn}.
burglary|-|{OM} ({age}): garden shed broken into overnight, mobility scooter battery and tools taken. Log {log}.
burglary|-|Attempted burglary at door sup {M}'s flat - screwdriver marks round the lock, nothing taken, didn't get in. Log {log}.
burglary|-|Bogus official: woman said she was from the council, asked to use the toilet; after she left {OM} ({age}) found his wallet gone from the bedroom drawer. Crime ref {crn}.
burglary|da|Grandson climbed in through the back window while {OF} ({age}) was at the day centre and took her savings tin - he'd been told not to come to the house. He's 22. DASH medium.
burglary|-|{OF} ({age}): came home from {pharm} to find back door open, bedroom ransacked, late husband's medals taken. Log {log}.
burglary|-|Takeaway on {street} broken into after close, till drawer + charity box taken. Window forced. CCTV {cctv}.
theft_from_person|-|{market}: purse taken from {OF} ({age})'s shoulder bag while she was paying at the veg stall. "Didn't feel a thing." No force. Log {log}.
theft_from_person|-|Phone snatched from {F}'s hand by a lad on a pushbike outside {venue} at {time}. No force beyond the grab, no injury. Crime ref {crn}.
theft_from_person|-|Wallet lifted from {M}'s back pocket in the crush at the bar at {venue}. Door CCTV {cctv}. He noticed at closing.
theft_from_person|-|Taxi queue {rank}: someone slipped {M}'s phone out of his jacket pocket while he was waiting. Marshal saw a male walk off quickly. Log {log}.
theft_from_person|-|{OM} ({age}): man "helping" him at the cash machine took the {amt} out of his hand and walked off. No force, no threats. Log {log}.
theft_from_person|-|"Hugger mugger" - woman hugged {OM} ({age}) outside {shop} saying she knew him, afterwards his watch was gone from his wrist. Distraction theft. CCTV {cctv}.
theft_from_person|-|{F} had her purse taken out of her coat pocket while she was on the phone at the bus stop on {street}. Didn't feel it. Log {log}.
theft_from_person|-|Pickpocket at {market}: {M}'s wallet taken from his jacket while he was looking at a stall. {n} other reports same morning. Radio {log}.
shoplifting|-|{shop} ({store}): known offender (BOS ref {bos}) took {n} bottles of wine and walked out. Staff not approached per policy. CCTV {cctv}.
shoplifting|-|{pharm}: woman concealed {n} boxes of fragrance in a pram and left without paying. CCTV {cctv}. Log {log}.
shoplifting|-|{n} phone cases and a charger taken from a stall at {market} while trader {M} served another customer. Stall theft. Log {log}.
shoplifting|-|Shopwatch alert {log}: 2 males stripped the meat aisle at {shop}, left in a car, reg tbc. Value approx {amt}.
shoplifting|-|{shop}: customer didn't scan {n} items at the self checkout; stopped by staff at the door, items recovered. Police attended. Log {log}.
shoplifting|-|Persistent shoplifter at {shop} ({store}) - 6th time this month, took steak and coffee {amt}. "He just walks out laughing." BOS ban being renewed.
shoplifting|-|Organised team at {shop} - one distracted staff at the till, other filled a bag with baby formula worth {amt}. CCTV {cctv}.
shoplifting|-|{OM} ({age}) stopped at {shop} with a tin of salmon and a pork pie in his coat. Very confused, dementia suspected. Store not pressing charges but has logged it {log}.
shoplifting|-|Man grabbed 2 bottles of spirits from behind the counter at {shop} while staff were distracted and ran. Staff didn't chase. No one touched. CCTV {cctv}.
shoplifting|-|{shop}: shoplifter called staff member {F} a "f***ing grass" as he left with {n} packs of batteries. No threats, no contact. Log {log}.
shoplifting|-|Two women filled a trolley at {shop} ({store}) with {amt} worth of washing powder and walked out the fire exit. Radio alert {cs}.
shoplifting|-|Pharmacy {pharm}: teenager took {n} electric toothbrushes from display and ran. Staff {f} recognised him. CCTV {cctv}.
shoplifting|-|Trader {F} at {market}: woman took a handbag from the stall rail and walked off while V was packing up. Stall theft. {amt}. Log {log}.
bicycle_theft|-|Delivery rider {M}'s pedal bike taken from outside {shop} while he collected an order - D-lock cut. Log {log}.
bicycle_theft|-|Door sup {M}'s pushbike taken from the staff yard at {venue} during his shift. CCTV {cctv}.
bicycle_theft|-|{OM} ({age}): his adult tricycle taken from his front garden on {street} overnight. He uses it to get to {pharm}. Log {log}.
bicycle_theft|-|Bike stolen from the cycle rack at {market} - owner trader {F}, lock left on the floor. Log {log}.
bicycle_theft|-|Pharmacy's delivery push bike (with basket) taken from the side of {pharm}. Nobody saw. Crime ref {crn}.
vehicle_offences|-|Taxi driver {M}: his cab stolen from outside his house overnight {date}, keys were inside. Plate {plate}. Crime ref {crn}.
vehicle_offences|-|Delivery moped taken from outside {shop} while rider {M} was inside collecting - keys left in. Log {log}.
vehicle_offences|-|Sat-nav and cash float taken from {M}'s unlocked cab while he was in the toilets at {rank}. No damage to the vehicle. Plate {plate}.
vehicle_offences|-|Trader {M}: tools and stock taken from his van parked outside {market} - van left unlocked while he set up. Log {log}.
vehicle_offences|-|Door staff at {venue} saw a man going along the car park trying car door handles at {time}. Nothing taken. Vehicle interference. Log {log}.
vehicle_offences|-|{OM} ({age})'s mobility car taken from his drive by unknown youths, later found crashed and abandoned on {street}. Aggravated vehicle taking. Crime ref {crn}.
vehicle_offences|da|{F}'s ex took her car without asking on {date} and won't give it back - she pays for it, it's in her name. Split {n} months ago. DASH standard.
vehicle_offences|-|{pharm}'s delivery van stolen from outside while driver {m} was inside; prescriptions were in the back. Crime ref {crn}.
""")
# --- batch 6: other theft, fraud and computer misuse
add("""
other_theft|-|{shop} ({store}): till shortages for months, staff member admitted skimming approx {amt} a week. Theft by employee. Dismissed, police informed {log}.
other_theft|-|Bilking - passenger ran from the cab on {street} without paying {amt} fare. Driver {M} gave chase but lost him. Plate {plate}, log {log}.
other_theft|-|Group of 6 walked out of {venue} without paying a bar tab of {amt}. Card left behind was declined/cancelled. Making off without payment. CCTV {cctv}.
other_theft|-|Van drove off the forecourt at {shop} without paying for {amt} of diesel. Reg captured on CCTV {cctv}. Making off.
other_theft|-|Handbag taken from the back of {F}'s chair at {venue} while she was at the bar. Not from her person. Cards cancelled. Log {log}.
other_theft|-|{home}: agency carer took {OF} ({age})'s rings from her bedside drawer; found in a pawn shop in {town}. Paid carer, not family. Crime ref {crn}.
other_theft|da|{OF} ({age}) thinks her grandson is taking cash from her purse when he visits - she's started marking the notes. He's 30. DASH standard, she doesn't want him arrested.
other_theft|da|{OF} ({age}): son collects her pension for her and has been keeping half of it for months; she only noticed from her post office statements. He lives with her. DASH medium.
other_theft|-|Blackmail: a local man is demanding {amt} a week from {shop} owner {M} or "things will start happening to your shop". Paid twice. Crime ref {crn}.
other_theft|-|Theft of mail: {OM} ({age})'s pension letters and a new bank card have gone missing from the communal mailboxes at his sheltered housing. Log {log}.
other_theft|-|Parcel of {OF} ({age})'s medication taken from her doorstep after the courier left it. Seen on a neighbour's doorbell cam. Log {log}.
other_theft|-|{pharm}: CD register discrepancy - dispenser admitted taking diazepam home over several months. Theft by employee. GPhC informed, crime ref {crn}.
other_theft|-|Tips jar taken off the bar at {venue} at about {time}. Staff member {F} saw a man walk out with it under his coat. Log {log}.
other_theft|-|Door sup {M}'s jacket with his wallet in it taken from the staff room at {venue} during shift. Only staff have access. Log {log}.
other_theft|-|Delivery driver {M}: customer took the food, said he'd fetch cash and shut the door. {amt}. Making off without payment. Log {log}.
other_theft|da|{F} ({aage}): while she was in hospital her husband sold her jewellery, including her mum's wedding ring, without asking. "He said it was his as much as mine." DASH medium.
other_theft|-|Charity tin taken from the counter at {pharm} while staff were in the back. CCTV {cctv}.
other_theft|-|{OM} ({age})'s lodger moved out and took his watch and {amt} from the tin in the kitchen. Lodger is not related, answered a card in the shop window. Log {log}.
other_theft|-|Blackmail - {M} ({aage}) says a man he met at {venue} is threatening to tell his wife about "what he saw" unless he pays {amt}. Calls only. Crime ref {crn}.
other_theft|-|Market traders' assoc: generator and {n} gazebos taken from the storage compound overnight - compound is open-sided, not a building. Log {log}.
other_theft|-|{OF} ({age}) handed her purse to a "helpful" young man to carry her shopping in {shop}; he put it down and walked off with her pension. Theft. Log {log}.
other_theft|da|V {M}: his brother-in-law (wife's brother) who was staying with them took {amt} from his business account book cash box. Family. DASH standard.
other_theft|-|Staff at {shop} ({store}) reported a colleague for pocketing refunds she processed to "customers" who weren't there. Theft by employee, {amt} approx. Log {log}.
other_theft|-|Taxi marshal's radio and hi-vis taken from the marshal hut at {rank} while he was helping a passenger. Log {log}.
other_theft|onl|Blackmail via Facebook: someone threatening to post that {M}, a market trader, is a "paedo" unless he transfers {amt}. No truth in it per V. Crime ref {crn}.
fraud_computer_misuse|-|Courier fraud. {OF} ({age}) phoned by "DC Harris", told her bank staff were crooked and to hand over cash to help the investigation. Gave {big} to a courier at her door on {date}. Phone calls only.
fraud_computer_misuse|-|Rogue trader: {OM} ({age}) charged {big} for roof work that wasn't needed - "loose tiles" - workmen then vanished. Trading standards + Action Fraud ref tbc.
fraud_computer_misuse|onl|Romance fraud. {OF} ({age}) sent {big} over 6 months to an "army surgeon" she met on a dating site. Never met. Daughter found the bank transfers.
fraud_computer_misuse|onl|{OM} ({age}) added to a WhatsApp "investment club", paid {big} into crypto, now can't withdraw. Advocate helping with Action Fraud report.
fraud_computer_misuse|-|Lottery scam letters: {OM} ({age}) has been posting cheques for "release fees" to claim prizes for over a year, {big} lost. Post only, no computer.
fraud_computer_misuse|da|LPA abuse: {OF} ({age})'s daughter, her attorney, spent {big} of her savings on a car and holidays. OPG informed. Fraud by abuse of position + family. DASH standard.
fraud_computer_misuse|da;onl|{OM} ({age}): son applied online for two credit cards in his dad's name and ran them up to {big}. Son lives with him. DASH medium.
fraud_computer_misuse|-|Refund fraud at {shop} ({store}): woman "returning" items taken off the shelf minutes earlier for cash refunds, {n} times this month. Log {log}.
fraud_computer_misuse|-|Taxi driver {M} paid with a card that turned out to be stolen/cloned - charged back {amt}. Passenger described. Log {log}.
fraud_computer_misuse|onl|Trader {F} sold a sofa via an online marketplace, buyer sent a fake "payment received" email, she let it go. {amt} lost. Action Fraud ref tbc.
fraud_computer_misuse|-|Bogus charity collector at {OF} ({age})'s door with a fake ID badge and tin, took {amt}. Neighbours had same. Log {log}.
fraud_computer_misuse|onl|{OF} ({age}) clicked a link in a text about a missed parcel and typed her card details into the website; {amt} taken the next day. Bank refunding.
fraud_computer_misuse|-|Bank impersonation: {OM} ({age}) phoned by "the fraud team" and talked into moving {big} into a "safe account". Phone only - no emails or apps involved.
fraud_computer_misuse|-|Doorstep: 2 men offered to tarmac {OM} ({age})'s drive, took {big} deposit in cash, never came back. Log {log}.
fraud_computer_misuse|onl|{venue}'s email account hacked; suppliers sent invoices with changed bank details, {big} paid to fraudsters. Computer misuse + fraud. Action Fraud ref tbc.
fraud_computer_misuse|da;onl|{F}'s ex-partner used her saved card details to order goods online after they split, {amt} so far. DASH standard.
fraud_computer_misuse|-|{home}: agency carer used {OF} ({age})'s bank card and PIN to draw out {amt} at cashpoints over 3 weeks. Paid carer, not family. Crime ref {crn}.
fraud_computer_misuse|onl|{OM} ({age}) rang by "BT" who got him to install remote-access software; they got into his online banking and took {big}. Computer misuse. Log {log}.
fraud_computer_misuse|-|{pharm}: man collected another patient's prescription using a fake name and address. Fraud by false representation. CCTV {cctv}.
fraud_computer_misuse|-|Bogus HMRC calls told {OF} ({age}) she'd be arrested unless she paid a tax bill in gift cards. Bought {amt} of vouchers at {shop} - staff suspicious but too late.
fraud_computer_misuse|onl|Fake tickets for an event at {venue} sold via a Facebook post; {n} people came to the door with fake barcodes. Licensee referring on behalf of customers.
fraud_computer_misuse|da|Grandson persuaded {OM} ({age}) to sign over his house "for tax reasons", lying about what the papers were. Solicitor flagged it. Family. DASH standard.
fraud_computer_misuse|onl|Romance fraud - {OM} ({age}) met "Anna" on Facebook, sent {big} for her "visa" and "hospital bills". Advocate supporting, he still believes she's real.
fraud_computer_misuse|-|Someone has been booking cabs on {town} Cars' corporate account using a stolen account number. {amt} of fares. Log {log}.
fraud_computer_misuse|-|Rogue builder told {OF} ({age}) her chimney was "about to fall" and charged {big} for a job a genuine roofer says was never done. Trading standards.
fraud_computer_misuse|onl|Trader {M} at {market} took a card payment through a fake "card reader app" link sent to him; account emptied of {amt}. Computer misuse.
fraud_computer_misuse|da|V {F} ({aage}): her sister took out a catalogue account and two loans in V's name using her details while staying with her. Found out via debt letters. DASH standard.
fraud_computer_misuse|-|Pension scam: {OM} ({age}) cold-called and talked into transferring {big} of his pension to an "overseas fund". Phone calls + glossy brochures by post. Log {log}.
fraud_computer_misuse|onl|Door sup {M}'s SIA badge details used to set up a fake profile on a jobs website, employers paid "him" advance fees. Identity fraud. Action Fraud ref tbc.
fraud_computer_misuse|-|Counter staff at {shop} ({store}) accepted a "refund" phone call from someone posing as area manager and paid out {amt} in vouchers. Fraud on the business. Log {log}.
""")
# --- batch 7: homicide, driving, damage, drugs, weapons, public order, misc, ASB, other
add("""
homicide|knife|Bereaved family referral. {F}, sister of taxi driver {M} who died after being stabbed by a passenger on {date}. Murder charge, trial listed. She's asking about the family liaison side and VPS.
homicide|-|Door supervisor {M} ({aage}) died {n} days after a single punch outside {venue}. Manslaughter charge. His partner {F} and mum need support through the inquest and trial. Log {log}.
homicide|da|Family referral. {OF} ({age}) killed at her home by her grandson (26) on {date}; he's charged with murder. Her daughter {f} is the contact - "my own son did this to my mum".
homicide|da|Murder of bar manager {F} by her ex-partner on {date} - he'd been served a DVPN earlier in the year. Her mum {of} needs support at court. Crime ref {crn}.
homicide|-|{OM} ({age}) died in hospital after being knocked down during a street robbery outside {shop}. Two men charged with manslaughter. His son {m} referred by the FLO.
homicide|-|Market trader {M} died from head injuries after a fight over a pitch at {market}. Another trader charged with manslaughter. Widow {F} referred. Not related to the accused.
homicide|-|Pubwatch: the family of {M}, who died after being pushed into the road outside {venue} at closing, want help with the court process. Manslaughter. Log {log}.
death_injury_driving|-|Taxi marshal {M} hit by a car that mounted the kerb at {rank}; driver charged with causing serious injury by dangerous driving. Broken pelvis. Log {log}.
death_injury_driving|-|{OM} ({age}) killed crossing outside {shop} by a driver on his phone. Causing death by careless driving. Family (daughter {F}) referred by FLO.
death_injury_driving|-|Delivery rider {M} seriously injured when a car fleeing a shoplifting at {shop} jumped the lights on {street}. Driver charged, dangerous driving causing serious injury. Fractured skull.
death_injury_driving|-|Family of {OF} ({age}) - killed by an uninsured, disqualified driver on {street} on {date}. Causing death while disqualified. Son {m} wants support at sentencing.
death_injury_driving|-|Door sup {M} ({aage}) left with life-changing leg injuries after a drink driver ploughed into the queue outside {venue}. Serious injury by careless driving w/ excess alcohol. Crime ref {crn}.
death_injury_driving|-|Pedestrian {F} killed on the crossing by a speeding taxi (not one of ours) on {street}; driver charged with causing death by dangerous driving. Her partner {M} referred.
criminal_damage_arson|-|{shop} ({store}) front window smashed overnight {date}. Nothing taken, nobody got in. CCTV {cctv}. Criminal damage.
criminal_damage_arson|hate|Racist graffiti sprayed on the shutter of {M}'s shop, {shop}, on {street} - swastika and "P**i out". Criminal damage, racially aggravated. Log {log}.
criminal_damage_arson|da|{F}'s ex smashed her car windscreen with a brick outside her flat on {date}. They split {n} months ago. Criminal damage, DASH medium.
criminal_damage_arson|-|Arson - bins behind {market} set alight at {time}, fire spread to trader {M}'s van. Fire service attended. Log {log}.
criminal_damage_arson|-|Taxi windscreen kicked in by a passenger {M2} refused at {rank}. Driver {M} not touched. Plate {plate}.
criminal_damage_arson|-|{venue}'s windows put through by a customer barred that evening. Nobody hurt. Door CCTV {cctv}.
criminal_damage_arson|da|{OF} ({age}): adult son smashed up her kitchen and broke her TV when she wouldn't give him money. Not touched her. Lives with her. DASH medium.
criminal_damage_arson|-|Lit paper pushed through the letterbox of {pharm} overnight; door mat and inner door scorched. Arson. Crime ref {crn}.
criminal_damage_arson|hate|Halal butcher's stall at {market} daubed with pig drawings and anti-Muslim slogans overnight. Religiously aggravated criminal damage. Log {log}.
criminal_damage_arson|-|{n} cars keyed in the staff car park at {home}, including carer {F}'s. CCTV {cctv}.
criminal_damage_arson|-|Delivery driver {M}'s wing mirror snapped off and door dented by a customer angry about a late order. No contact with driver. Log {log}.
criminal_damage_arson|-|{OM} ({age})'s front door kicked by a drunk neighbour after a row about parking - panel split, neighbour never tried to come in. Crime ref {crn}.
criminal_damage_arson|da|V {M}: his wife poured bleach over his clothes and cut up his taxi licence badge after he asked for a separation. DASH standard.
drug_offences|-|Door team at {venue} found a bag of white powder on a customer during the search at {time}. Handed to police. Possession. Log {log}.
drug_offences|-|Licensee of {venue} reports dealing in the gents most weekends, same 2 males. Pubwatch intel. Log {log}.
drug_offences|-|{pharm}: man seen selling his methadone to others outside after his supervised dose. Supply. CCTV {cctv}.
drug_offences|-|Smell of cannabis and lights on 24/7 in the empty flat above {shop}; police found a grow of approx 40 plants. Production. Log {log}.
drug_offences|-|Bag of pills left in driver {M}'s cab after a fare; handed in. Driver worried passenger will come back for it. Log {log}.
drug_offences|-|Class A being sold from {OM} ({age})'s flat by men he "befriended" at {venue}. Warrant {date}, heroin found. He is not accused. Log {log}.
drug_offences|-|Market traders' assoc: cannabis being sold from the back of a van at {market} on Sundays. Intel passed, log {log}.
possession_of_weapons|-|Door search at {venue}: lock knife found in a man's sock at {time}. Never produced or used, he was detained for police. Log {log}.
possession_of_weapons|-|Knuckleduster found on a customer during search at {venue}. Not used. Detained. Crime ref {crn}.
possession_of_weapons|-|Man seen in {shop} with a machete tucked in his waistband; didn't get it out or threaten anyone, left before police arrived. CCTV {cctv}.
possession_of_weapons|-|Taxi driver {M} saw a passenger had an air pistol in his waistband; not pointed, no threats. Passenger left at {street}. Log {log}.
possession_of_weapons|-|Man carrying a baseball bat outside {venue} "for protection". Didn't use it. Door staff called police. Log {log}.
possession_of_weapons|-|CS spray found in a passenger's bag left in a cab at {rank}. Owner traced. Prohibited weapon. Log {log}.
possession_of_weapons|-|Customer dropped a flick knife on the floor while paying at {pharm}; staff called police. No threats made to anyone. CCTV {cctv}.
public_order|-|Drunk male shouting and swearing at staff in {shop}, knocked over a display, staff alarmed and distressed. Left before police came. CCTV {cctv}.
public_order|hate|Racist abuse of taxi driver {M} at {rank}: "go back to your own country" shouted over and over in front of the queue. No assault. Marshal witnessed. Log {log}.
public_order|-|Fight at closing between 2 groups outside {venue}; nobody injured or willing to give a statement. Affray. CCTV {cctv}.
public_order|-|{pharm}: man squared up to staff shouting "I'll have you" and slammed his fist on the counter. No contact. Threatening behaviour. Log {log}.
public_order|hate|Bar staff {M} called homophobic names repeatedly by a table of men at {venue}. No contact. Customers distressed. Log {log}.
public_order|-|Man threatened door staff at {venue} with a fight, "come on then, I'll take the lot of you". No punches. Log {log}.
public_order|hate|Antisemitic abuse shouted at trader {M} on his stall at {market}. Others heard. No contact. Log {log}.
public_order|-|Taxi marshal {M} sworn at and threatened by the queue at {rank} when cabs ran short. No one touched him. Log {log}.
public_order|hate|Man mocked {F}'s learning disability in {shop}, shouting abuse at her across the store. Staff intervened. Log {log}.
public_order|-|Driver {M} (British Asian) swore at and threatened by a passenger over the fare - V is clear nothing racial was said, "it was about the money". Log {log}.
public_order|-|Large brawl in the market square at closing time, {n}+ involved, police dispersal. No one identified as injured. Violent disorder under investigation. Log {log}.
public_order|-|{OM} ({age}) sworn at by a group at the bus stop outside {shop} who told him they'd "smash his face in". He was frightened. No contact. Log {log}.
misc_crimes_against_society|-|Forged prescription for diazepam handed in at {pharm}; pharmacist {F} checked with the GP - never issued. Police attended. Log {log}.
misc_crimes_against_society|-|Counterfeit £20 notes passed at {n} stalls at {market} on {date}. Notes handed to police. Log {log}.
misc_crimes_against_society|-|Man at the car boot selling razor heads still tagged from {shop} ({store}). Handling stolen goods. Log {log}.
misc_crimes_against_society|-|Banned offender with a bail condition not to enter {town} centre seen in {shop} on {date}. Bail breach. Radio alert {cs}.
misc_crimes_against_society|-|Customer told licensee {M} "I'll put every window in this place" after being barred. Threat to commit criminal damage. Nothing done yet. Log {log}.
misc_crimes_against_society|-|Car driven at speed through the pedestrianised market on {date}, scattering shoppers; nobody hit. Dangerous driving. Reg tbc. Log {log}.
misc_crimes_against_society|cse|Phone handed in for repair at a stall in {market}; trader found indecent images of children on it. Police seized the phone. Log {log}.
misc_crimes_against_society|-|Shoplifting suspect asked store staff {F} to "tell them I wasn't here" and offered her money. Perverting the course of justice. Log {log}.
misc_crimes_against_society|-|Fake driving licence used as ID at the door of {venue}; forged document seized. Log {log}.
anti_social_behaviour|-|Youths hanging about outside {shop} most evenings, loud, kicking a ball against the shutter. No damage, no threats. Staff fed up. Log {log}.
anti_social_behaviour|-|{OF} ({age}): loud music from the flat above till 3am most weekends. No threats or abuse. Housing aware. Log {log}.
anti_social_behaviour|-|Residents' complaint: revellers leaving {venue} singing and leaving litter on {street}. No crime disclosed. Pubwatch asked to remind customers.
anti_social_behaviour|-|Rough sleeper in the doorway of {pharm}; staff concerned for him. No offences, no aggression. Outreach referral.
anti_social_behaviour|-|Car meets at the retail park by {shop} - revving, music. No dangerous driving seen. Log {log}.
anti_social_behaviour|-|Kids knocking on {OM} ({age})'s door and running off, several times a week. Nothing said, nothing damaged. Log {log}.
anti_social_behaviour|-|Skateboarders in the precinct outside {shop} - customers complaining about noise. No damage, no abuse. Log {log}.
anti_social_behaviour|-|Neighbour's garden bonfires every weekend, smoke into {OF} ({age})'s house. Env health. No crime. Log {log}.
other_crime|-|Man kicking his dog repeatedly in the car park of {shop}; RSPCA informed, CCTV {cctv}. Animal welfare.
other_crime|-|{venue} serving obviously drunk customers; licensing visit requested. Licensing offence. Log {log}.
other_crime|-|Unlicensed car plying for hire outside {venue} at {time}. Council licensing informed. Log {log}.
other_crime|-|Fly-tipping behind {market}: mattresses and builders' waste. Council enforcement. Log {log}.
other_crime|-|Test purchase: {shop} ({store}) sold alcohol to a 15yo volunteer. Licensing. Log {log}.
other_crime|-|Puppies being sold from a van at {market}, several sick. Animal welfare/trading standards. Log {log}.
other_crime|-|Dog left in a hot car outside {pharm} for over an hour on {date}. Window broken by police to free it. Animal welfare. Log {log}.
other_crime|-|Door supervisor working at {venue} with no SIA licence. SIA informed. Log {log}.
""")
# --- batch 8: domestic abuse heavy, long narratives, multi-offence
add("""
violence_with_injury|da|OPA advocate, home visit {date}. Long chat with {OF} ({age}) over tea - she started off talking about the scam letters she gets (nothing sent, bins them) then about her bungalow being cold, and only near the end said her son-in-law "lost his rag" last Sunday and threw her walking frame at her, which caught her shin - open wound, district nurse dressing it. Daughter was out. She doesn't want the daughter upset. Son-in-law lives with them. DASH done - medium. Will ring back Thurs.
stalking_harassment|da|V's own words (taken down by coordinator {f}): "He never hits me, I want that clear. But I can't go to the toilet on my break without him texting where are you. He has the logins for my bank, he moved my wages into his. My manager at {shop} noticed I don't eat lunch cos I've got no money." Partner of 7 yrs, {m}. DASH medium. Texts only.
robbery|da|Coordinator note {log}. {F} ({aage}), cleaner at {venue}. Her brother (adult, lives with mum) came to the back door at end of shift, demanded her bag, she refused, he punched her in the face and took it - {amt} and her phone. Black eye. Also smashed her bike light on the way out. Family, DASH medium. Principal = robbery.
sexual_offences|da|Long disclosure to pharmacist {f} at {pharm}: {F} ({aage}) came in for painkillers, bruising to wrists. Says husband {m} holds her down and has sex with her when she says no, has also hit her, takes her benefit money and won't let her see her GP alone. "I thought that was just marriage." DASH high, IDVA + ISVA referral made same day.
violence_without_injury|da|Taxi marshal scheme log {log}. Female driver {F} ({aage}) flagged down marshal at {rank} at {time}: her dad (60s) had got into her cab at the rank, grabbed her arm and told her she "isn't too old for a good hiding", then got out. No injury. Same thing last month. Dad lives with her. DASH standard.
stalking_harassment|da;onl|{M} ({mage}), door sup at {venue}. Ex-wife {F} of 10 yrs ago has started again: Instagram messages, turning up at the door on his shifts, told his new partner he "hits women" (he denies, no record). Harassment. DASH standard. He wants advice re a non-molestation order.
other_theft|da|Economic abuse via OPA: {OM} ({age})'s adult daughter took his bank card "to do his shopping" and has been drawing his pension and keeping most of it for a year; she also sold his car. "I didn't want to make a fuss." Family, lives 2 doors down. Note: card used at counter not online. DASH medium.
fraud_computer_misuse|da;onl|{OF} ({age}): her nephew set up online banking on her account "to help", then took out a {big} loan in her name through the app. She doesn't use a computer. Family. DASH standard, Action Fraud ref tbc.
violence_with_injury|da|Third party - the victim's neighbour rang the OPA line: heard shouting from next door and saw {OF} ({age}) with a bleeding nose in the garden. {OF} later told advocate her husband hit her with his stick because dinner was late. "He was never like this before the stroke." DASH medium.
violence_with_injury|da|Door sup {F} came to work at {venue} with a swollen jaw, told head doorman her partner {F2} punched her over a text from a customer. "She's never hit me in the face before." Same-sex relationship, 2 yrs. DASH high.
violence_without_injury|da|Referral from {shop} manager: staff member {F} ({aage}) says her ex-partner's threats are "every day now" - on {date} he came into the store and told her "you're dead" if she brings another man home, and she believes he means it. No weapon. Split {n} yrs. Threats to kill, DASH high.
stalking_harassment|da|{M} ({aage}): "My wife has told the kids I'm a drunk, she keeps my wages, won't let me see my brother." Taxi driver on our scheme. Coercive behaviour. He's embarrassed, male victim. DASH medium.
criminal_damage_arson|da|{F} ({mage}) - ex-partner from {n} years ago poured petrol through her letterbox and set it alight on {date}; she got out the back with the kids, nobody hurt. Arson with intent to endanger life under investigation. DASH high, MARAC.
burglary|da|{OF} ({age}): son broke into her flat through the kitchen window while she was at the hairdresser's and took her jewellery box and {amt}. She'd changed the locks to keep him out. He is 44. DASH medium, advocate visit {date}.
stalking_harassment|da|Advocate note. {OF} ({age}) and husband {om}: he decides what she eats, won't let her have the phone, tells visitors she has dementia (she doesn't - memory clinic clear). Married 52 yrs. "It's always been like this, it's just worse now." Coercive control. DASH medium.
violence_with_injury|da|Pubwatch: licensee {M} himself is the V - his stepson (24) headbutted him in the flat above the pub after being refused money. Broken nose. Stepfamily, lives there. DASH medium.
violence_without_injury|da|Market trader {F} ({aage}) - her mother-in-law who helps on the stall slapped her in front of customers and told her she's "not good enough for my son". No marks. Relative by marriage. DASH standard.
stalking_harassment|da|V {F} ({mage}), pharmacy dispenser. Ex-partner (they were together in their 20s, nearly twenty years back) found her via the pharmacy website and has started turning up at closing, rings the pharmacy asking for her. Previous DV history with him. DASH medium.
violence_with_injury|da|{M} ({mage}) - husband {M2} bit him on the arm and pushed him into the bath during an argument on {date}, cut to head needing stitches. Together 12 yrs. DASH medium, V wants support not prosecution.
other_theft|da|{OF} ({age}): her granddaughter has been taking her repeat prescription painkillers when she visits and selling them. Family, 28. Also takes cash. DASH standard. Pharmacy noticed early requests.
violence_without_injury|da|Coordinator: bar staff {F}'s brother came into {venue} drunk and threw a chair at her (missed). No injury. He's 32, they share a house. Threatening. DASH standard.
sexual_offences|da|{F} ({aage}), delivery driver. Ex-partner sexually assaulted her when she went to his flat to pick up the kids' things on {date} - grabbed her and put his hand down her trousers. Split last year. DASH high, ISVA.
violence_with_injury|da;hba|{F} ({aage}) came to the market office with a cut lip: her husband's family beat her after she took a job at the market without permission, said she has "disgraced the family name" by working with men. Living with in-laws. DASH high, HBA flagged.
stalking_harassment|da;hba|V {F} (18) - her cousins and father monitor her phone and social media, follow her to college and to her shift at {shop}, say she'll be "sent back home" if she's seen with boys. Family honour mentioned repeatedly. Controlling behaviour. DASH high.
violence_without_injury|da;hba|Advocate received call from {F} ({aage}): family arranging her marriage to a cousin abroad, uncle told her she will be "dealt with" if she refuses and took her passport. Threats. Forced marriage protection order discussed.
violence_with_injury|da|{OF} ({age}) at {home}: her husband visits daily; staff noticed fingertip bruises on her upper arms after his visits. She says "he squeezes when I don't listen". Husband not a resident. DASH via home manager.
violence_without_injury|-|Not DA. {F} ({aage}) punched at (missed) by her flatmate's boyfriend in their shared kitchen over noise. She has never been in a relationship with him and isn't related. No injury. Log {log}.
violence_with_injury|-|{OF} ({age}) slapped and pushed over by her paid live-in carer from an agency, bruised hip. Carer is NOT family - "nil DA" on safeguarding form. Agency + police. Log {log}.
stalking_harassment|-|{F} ({aage}) being harassed by her neighbour's son, who was once in a relationship with her SISTER, not with her. He blames V for the split, shouts at her in the street, follows her to {shop}. Not DA. Log {log}.
violence_with_injury|-|V {M} (16) punched by his girlfriend's dad outside {shop} - split lip. Girlfriend's dad is not V's family. Not DA. Log {log}.
violence_with_injury|-|Two 15-year-olds, boyfriend and girlfriend, at the takeaway on {street}: he pushed her into the glass counter, cut to her arm. Both under 16, so treated as child-on-child abuse / safeguarding, not DA. Log {log}.
stalking_harassment|-|V's daughter had DA from her ex years ago - nothing to do with this. This referral: {OF} ({age}) getting nuisance calls from a man she met at the lunch club, 10+ a day, wants to "take her out". Calls only. Not DA.
violence_with_injury|-|Door sup {M} punched by a customer at {venue}; V mentions his own ex-partner was "a nightmare" years ago, but she's not involved here. Bruised jaw. S unknown. Log {log}.
violence_without_injury|-|Landlord of the flat above {shop} pushed tenant {F} into the door frame when she complained about the damp. No injury. Landlord not related, never a partner. Log {log}.
violence_with_injury|-|Carer from {home} (paid staff) hit {OM} ({age}) with a hairbrush, bruised forearm. Home say "not DA - staff member". Safeguarding + police. Log {log}.
stalking_harassment|-|Customer at {pharm} who thinks he's in a relationship with dispenser {F} - they have never been together, she's met him only over the counter. He writes her letters daily, waits by her car. Stalking, not DA. Log {log}.
violence_with_injury|-|{F} ({aage}) assaulted by her boss at the café - pushed into the coffee machine, burn to hand. Employer only, no relationship. Not DA. Log {log}.
violence_without_injury|-|{M} ({aage}) - if it turns out the man who spat at him is his cousin (he thinks not, "looked a bit like him") we'd need to revisit. For now S unknown, no injury. {rank}, log {log}.
robbery|-|{OF} ({age}) robbed on her doorstep by a man who pushed past her, shoved her into the wall and took her handbag from the hall. He wasn't known to her. Bruised arm. Crime ref {crn}.
sexual_offences|-|V {F} (18) sexually assaulted by her best friend's older brother at a house party - he's not family to V, never a partner. Touched her under her skirt while she slept. Log {log}.
""")
# --- batch 9: mixed, more hard cases
add("""
robbery|knife|Radio alert {cs}: {shop} ({store}) - 2 males, one with a hammer, one with a large screwdriver pointed at cashier {F}, took cigarettes and {amt}. Staff member scratched on hand by the screwdriver. CCTV {cctv}.
violence_with_injury|knife|{venue} smoking area, {time}: V {M} bottled by a stranger - bottle smashed over his head then the broken end pushed into his shoulder. s18. Door team first aid. Log {log}.
violence_without_injury|knife|Market trader {M} threatened by a customer who picked up a carving knife from the next stall and held it up at him, shouting. V terrified. Knife put down, S walked off. No injury. Log {log}.
possession_of_weapons|-|Store detective at {shop} found a kitchen knife in the rucksack of a suspected shoplifter when police searched him; he had nothing unpaid on him in the end and never got the knife out. Possession only. CCTV {cctv}.
violence_without_injury|-|On the phone {M} was told by a man he'd barred "I'm coming down with a blade and I'll kill you" - he never came, no knife seen. Threat at a distance. V believes he means it. Threats to kill. Log {log}.
sexual_offences|cse|Door staff at {venue} turned away a 16yo girl with fake ID; she said a man outside (30s) "gets her drinks and then wants stuff". She disclosed he'd had sex with her at his flat. CSE referral. Log {log}.
sexual_offences|cse;onl|Takeaway delivery driver {M} reported that a 15yo boy he delivers to told him a man on Discord had been sending him money for pictures of himself naked. Police + CSC. Log {log}.
sexual_offences|cse|Historic - {OF} ({age}) told her advocate that the lodger at her mum's house abused her when she was 11. She's never told anyone. Lodger long dead. Wants to talk to someone. ISVA.
stalking_harassment|-|Market trader {F} says a man she's never met has been hanging round her stall for weeks, takes photos of her, turns up at the cafe she uses. "He's always just there." Stalking. Log {log}.
stalking_harassment|onl|{venue} bar manager {M}: someone has made a fake Instagram account in his name, messaging staff and customers with sexual comments "from him". Harassment/impersonation. Log {log}.
fraud_computer_misuse|-|Doorstep: man told {OF} ({age}) her gutters were "dangerous" and he'd do them for {amt}, then demanded {big} after 20 mins' work and drove her to the bank. Fraud. No violence. Log {log}.
fraud_computer_misuse|onl|{OM} ({age})'s Facebook account hacked, messages sent to all his friends asking for money "urgently". {n} friends paid. Computer misuse. Log {log}.
other_theft|-|{OM} ({age}): window cleaner was left in the house while he was in the garden and took {amt} from the sideboard. He'd been invited in. Not a burglary per police. Log {log}.
shoplifting|-|Shopwatch {log}: female with a "booster bag" lined with foil took {n} bottles of perfume from {shop}. Alarm didn't go off. CCTV {cctv}.
shoplifting|-|{pharm}: a man took {n} packs of nicotine patches off the shelf and walked out, {amt}. Staff followed to the door only. CCTV {cctv}.
shoplifting|-|Market trader {M}: youths took {n} packets of sweets off his stall at {market} and ran. Staff from the next stall saw. Stall theft. Log {log}.
shoplifting|-|BOS offender ({bos}) back in {shop} despite ban, took {amt} of razors and coffee. Walked past security. Radio alert {cs}.
criminal_damage_arson|-|Fire started deliberately in the clothing rail at {shop}; staff put it out. Arson. CCTV {cctv} shows a man with a lighter. Log {log}.
criminal_damage_arson|-|Trader {F}'s gazebo pulled down overnight at {market}, poles bent, stock spoiled by rain. Nothing taken. Log {log}.
public_order|-|Door sup {M}: group leaving {venue} shouted abuse at him and threatened to come back "with the boys". No contact. Threatening behaviour. Log {log}.
public_order|hate|Taxi driver {M}: passenger sang racist songs and called him a "Paki" over and over during the journey, then paid and left. No physical contact. Log {log}, plate {plate}.
public_order|hate|{F}, trans bar worker, abused at the door of {venue}: group repeatedly misgendering her and shouting slurs. No contact. Log {log}.
misc_crimes_against_society|-|Man who'd been barred phoned {venue} and said he'll "burn the place down" - no attempt made, no one hurt. Threat to damage. Log {log}.
misc_crimes_against_society|-|Trader at {market} selling cigarettes that turned out to be stolen from a lorry. Handling stolen goods. Trading standards. Log {log}.
misc_crimes_against_society|-|{F} ({aage}) asked by a customer at {shop} to give a false statement saying his mate wasn't in the shop the night of the fight. Perverting. Log {log}.
misc_crimes_against_society|-|Driver of a van drove the wrong way through the taxi rank at {rank} at speed, marshal {M} had to jump clear, not hit. Dangerous driving. Log {log}.
anti_social_behaviour|-|Drunk people sitting on {OF} ({age})'s wall after {venue} closes, chatting loudly, leave cans. No threats, nothing damaged. Log {log}.
anti_social_behaviour|-|Taxis idling outside {street} houses with engines running and music at {time}; residents annoyed. No offences disclosed. Log {log}.
anti_social_behaviour|-|Group of teenagers sitting in the care home garden at {home} at night, smoking and laughing. Residents unsettled. No threats, nothing damaged. Log {log}.
anti_social_behaviour|-|Pigeon feeding and food waste dumped outside {shop} by the same man daily; attracting rats. No crime disclosed. Log {log}.
vehicle_offences|-|Delivery rider {M}'s moped taken from outside {venue} while he was inside collecting an order - steering lock broken. Log {log}.
vehicle_offences|-|Taxi driver {M} says items (phone charger, float, spare badge) taken from his cab which was left unlocked at {rank}. Plate {plate}.
theft_from_person|-|Bar worker {F} at {venue} - customer lifted her tips pouch from her apron pocket as she walked past. No force. CCTV {cctv}.
theft_from_person|-|{OF} ({age}): phone slipped out of her coat pocket in the queue at {pharm}; she saw a teenage girl walk off with it. No force. Log {log}.
burglary|-|{shop} storeroom entered through the rear loading bay overnight; {n} cases of spirits gone. Business burglary. CCTV {cctv}.
burglary|-|Distraction - "police officer" at {OM} ({age})'s door said he needed to check his money for forgeries, came in, took {amt} from the bedroom while his accomplice kept V talking at the door. Log {log}.
burglary|-|Door sup {M}'s flat entered while he was on shift - TV and laptop taken, window forced. Log {log}.
bicycle_theft|-|Bar staff {F}'s bike taken from the railings outside {venue} during her shift - cable lock cut. Log {log}.
drug_offences|-|Door staff at {venue} watched a man pass small bags to customers in the smoking area; found {n} wraps on search. Supply. Log {log}.
drug_offences|-|Delivery driver {M} arrived at an address on {street} to find the customer openly bagging up cannabis on the kitchen table; reported it. Drugs intel. Log {log}.
possession_of_weapons|-|Taxi marshal at {rank} saw a man drop a knuckleduster from his pocket while getting in a cab. Never used. Log {log}.
possession_of_weapons|-|Door search at {venue}: extendable baton in a man's coat. Detained. Crime ref {crn}.
other_crime|-|Trader selling caged wild birds from a van at {market} with no licence, birds in poor condition. Animal welfare. Log {log}.
other_crime|-|{venue} still open and serving at {time}, well past licensed hours. Licensing. Log {log}.
homicide|da|Family referral via FLO. {OM} ({age}) killed by his son at the flat they shared on {date}; son charged with manslaughter. Daughter {f} is the contact, still in shock. Log {log}.
death_injury_driving|-|{OF} ({age}) left with a brain injury after a van driver reversed into her on the pavement outside {shop} without looking. Causing serious injury by careless driving. Log {log}.
violence_with_injury|hate|Door sup {M} (Black) punched and racially abused by a customer he refused entry to at {venue}. Cut lip. Log {log}.
violence_with_injury|-|{F} ({aage}) dragged off a bar stool by a stranger who wanted her seat - fractured elbow. Strangers, not DA. Log {log}.
violence_without_injury|-|Security {M} at {shop} grabbed by the collar by a customer arguing about a refund. Let go, no injury. Log {log}.
stalking_harassment|-|Same male has been phoning {pharm} 15 times a day asking for dispenser {F} by name. Calls only. She doesn't know him. Log {log}.
""")

# --- batch 10: more domestic abuse voices, placeholders, typos
add("""
violence_with_injury|da|Referal via taxi office {date}. Driver {F}, DOB not recorded. Partner {m} (N/K surname) "went for me in the car" outside their house on {street} - split eyebrow, glued at walk in. Together 4 yrs, 1 child. DASH tbc - V on shift, call after {time}.
violence_with_injury|da|V's own words: "My lad's 35 and he still lives with me. He got me against the wall by my neck over the remote. I've got marks. I don't want him locked up I want him to get help." {OF} ({age}). Advocate notes strangulation red flag, DASH high.
stalking_harassment|da|{F} ({aage}) works the tills at {shop} ({store}). Boyfriend turns up on every shift, sits in the car park watching, rings the store landline if she doesnt answer her mobile. Has told her if she leaves him no one else will have her. DASH medium. Log {log}.
violence_without_injury|da|OPA note: {OM} ({age}) says his grandaughter's boyfriend? no - his GRANDDAUGHTER herself (23, lives with him) threw his dinner at him and shoved him back into his chair, no injuries. Happens when she's been drinking. DASH standard.
other_theft|da|Economic abuse. {OF} ({age}) discovered her husband of 20 yrs has been taking the rent money she gives him to pay the landlord and keeping it - {amt} a month, now arrears. He also controls her card. Theft disclosed; DASH medium.
fraud_computer_misuse|da|{OM} ({age}): his son-in-law, who helps with his paperwork, forged his signature on a cheque for {big}. Daughter unaware. Family by marriage. DASH standard. Bank investigating.
sexual_offences|da|Pubwatch DSL: barmaid {F} ({aage}) told the licensee her partner made her have sex with his friend for money to pay their debts. "He said I owed him." DASH high, exploitation concerns, ISVA.
violence_with_injury|da|DVPN issued {date}. {F} ({aage}) - husband {m} punched her repeatedly in the back of the head in the kitchen; she has a swollen scalp and tinnitus. Kids in the next room. MARAC referral done.
stalking_harassment|da;onl|{M} ({mage}) taxi driver. Ex-girlfriend from college (split 9 yrs ago) found him on the taxi firm's Facebook page and now messages him and his wife daily, created accounts in his wife's name. DASH standard.
criminal_damage_arson|da|Coordinator {log}: bar worker {F}'s ex {m} kicked in the door of her flat on {date} and smashed her phone and TV. He didn't touch her. Split 6 wks ago. DASH high due to escalation.
violence_without_injury|da|{F} ({aage}) works at {pharm}. Her father in law (lives with them) threw a plate at her head - missed. "He says I'm not a proper wife." No injury. Relative by marriage. DASH medium.
robbery|da|{OM} ({age}): nephew (30s) held him down on the sofa and took his wallet with his pension {amt} in it, then left. Bruised wrists. Family. DASH medium. Crime ref {crn}.
stalking_harassment|da|{F} ({aage}): her twin sister keeps turning up at {shop} where she works, screaming at her, rings her 50 times a day from a withheld number. Calls only. Both adults, long family feud. DASH standard.
violence_with_injury|da|Door sup {M} ({aage}) disclosed to the head doorman that his partner {F} scratched his face and bit his hand during a row, needed antibiotics (first logged as a stabbing in error - no weapon of any kind). He's worried no one believes male victims. DASH medium.
burglary|da|{F} ({mage}): ex-husband got into her house through the back door while she was at work at {venue}, went through her things and took her diary and spare keys. Divorced {n} yrs. DASH medium.
violence_with_injury|da|{OF} ({age}) - "my own daughter done this" - bruised eye and cut to lip after daughter (40) hit her when she refused to lend her money. Daughter lives with her. Pharmacy referral from {pharm}. DASH medium.
violence_without_injury|da|{M} ({aage}) says his adult sister threatened to kill him over their late mum's will - said it to his face in front of witnesses at the market and he believes her. Threats to kill. DASH standard.
stalking_harassment|da|V {F} ({mage}): the father of her child, who she split from when the baby was born 14 yrs ago, has started sending her letters and waiting outside the chippy she runs. Previous DV. DASH medium.
sexual_offences|da|{F} ({aage}), cleaner at {home}. Ex-husband raped her at her house on {date} when he came round "to talk". Divorced last year. ISVA + IDVA referral, DASH high.
violence_with_injury|da|Long call to OPA line: caller is {of}, neighbour of {OF} ({age}). She's noticed for months that {OF}'s adult son "shouts and bangs", and on {date} saw her with a bandaged arm; {OF} told her he'd pushed her and she'd fallen on the glass table. Advocate visited, V confirmed. Cuts to forearm. DASH medium.
other_theft|da|{OF} ({age})'s stepdaughter has been taking her benefit money from the post office and "forgetting" to give it to her. Also takes food. Stepfamily. DASH standard.
fraud_computer_misuse|da;onl|{F} ({aage}), market trader. Her husband used her log-ins to move {big} out of the business account into his own through online banking after she asked him to leave. DASH medium.
vehicle_offences|da|{M} ({aage}): his wife took his taxi without permission after a row and has kept it for {n} days, so he can't work. Her name isn't on it. DASH standard.
violence_with_injury|da|{F} ({aage}), works the early shift at {shop}. Her adult son punched her in the face on {date} at her flat above {shop}. Swollen cheek, GP seen. DASH medium.
criminal_damage_arson|da|{OM} ({age}): grandson smashed all the windows of his bungalow with a bat after being told he couldn't stay any more. No-one hurt. Family. DASH medium. Log {log}.
stalking_harassment|da|MARAC {date}. {F} ({aage}). Ex-partner, released from prison {date2}, breached his restraining order twice by turning up at her work at {venue}. Harassment. High risk.
violence_without_injury|da|{F} (50s) - husband (married 30 yrs) poured a kettle of cold water over her as a "warning" and told her he'd "finish her" if she leaves. She believes him. Threats to kill + DA. DASH high.
sexual_offences|da|Same-sex, male. {M} ({aage}) says his husband {M2} has been touching him sexually while he sleeps despite being told repeatedly to stop. DASH medium, ISVA.
violence_with_injury|da|{F} ({aage}) - partner of 6 months (not living together) punched her in the mouth at {venue} on {date}. Two teeth loosened. Bar staff called police. DASH medium.
other_theft|da|{M} ({aage}): his mother, who he lives with, has been taking cash out of his wallet and his wage envelope to fund her gambling, {amt} this month. Family. DASH standard.
violence_without_injury|da|{F} ({aage}): her uncle (lives with the family) grabbed her by the arm and dragged her out of {shop} because she was "talking to a lad". No injuries. Family. DASH standard.
stalking_harassment|da|{OF} ({age}) - husband keeps the heating off, controls who she talks to, rations her food money and tells her she's "useless". Married 48 years. Coercive control. DASH medium, advocate visit {date}.
violence_with_injury|da|{M} ({aage}), market trader. Brother-in-law (sister's husband) punched him on the stall over a family loan, broken nose. DASH standard. Log {log}.
robbery|da|{F} ({aage}): her ex-girlfriend grabbed her by the hair outside {venue} and wrenched her handbag off her, then ran. Clumps of hair pulled out. Split {n} months ago. DASH medium.
violence_without_injury|da|{OM} ({age}) tells advocate his wife hits him on the arms with her handbag when they argue, "doesn't hurt, but it's not right". No marks. Married 60 yrs. DASH standard.
violence_with_injury|-|{F} ({aage}) assaulted by her sister's boyfriend at a family party - he's not family to her (not married to sister, doesn't live with them). Bruised face. Not DA per DASH screening. Log {log}.
stalking_harassment|-|{M} ({aage}) harassed by his ex-wife's new partner - calls, turning up at the rank. V has never been in a relationship with this man and they're not related. Not DA. Log {log}.
violence_with_injury|-|Lodger at {OF} ({age})'s house pushed her over in the hall - bruised hip. Lodger pays rent, no relation, not a partner. Not DA. Log {log}.
violence_without_injury|-|{F} ({aage}) was threatened by her housemate - "I'll kill you if you touch my food again". Housemates only. V believes him. Not DA. Log {log}.
sexual_offences|-|{F} ({aage}) sexually assaulted by her friend's husband at a barbecue - he grabbed her breasts. Not family, never a partner. Log {log}.
stalking_harassment|onl|{F} ({aage}) says a man she went on ONE date with via a dating app 3 months ago won't stop messaging her on the app and on Instagram and turning up at {shop}. They were never in a relationship - one coffee. Not DA. Harassment. Log {log}.
""")


# ---------------------------------------------------------------- build
def build():
    texts = [t[2] for t in TEMPLATES]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate template text")
    n = len(TEMPLATES)
    if n > N_NOTES:
        raise SystemExit("more templates than notes")
    uses = [N_NOTES // n] * n
    for i in RNG.sample(range(n), N_NOTES % n):
        uses[i] += 1
    seen = set()
    notes = []
    for (cat, flags, text), k in zip(TEMPLATES, uses, strict=True):
        for _ in range(k):
            for _attempt in range(200):
                filled = fill(text, RNG)
                if filled not in seen:
                    break
            else:
                raise SystemExit(f"could not make a unique note from: {text[:60]}")
            if "\n" in filled or "\r" in filled or "{" in filled or "}" in filled:
                raise SystemExit(f"bad filled text: {filled[:60]}")
            seen.add(filled)
            notes.append((filled, cat, flags))
    RNG.shuffle(notes)
    return [(f"B57-{i:04d}", t, c, fl) for i, (t, c, fl) in enumerate(notes, start=1)]


def main():
    rows = build()
    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _id, _text, cat, flags in rows:
        cat_counts[cat] += 1
        for f in flags.split(";") if flags else []:
            flag_counts[f] += 1
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        raise SystemExit(f"uncovered categories/flags: {missing}")
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["note_id", "text", "category", "flags"])
        writer.writerows(rows)
    print(f"templates: {len(TEMPLATES)}")
    print(f"notes: {len(rows)}")
    print("categories:")
    for c in CATEGORIES:
        print(f"  {c}: {cat_counts[c]}")
    print("flags:")
    for f in FLAGS:
        print(f"  {f}: {flag_counts[f]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
