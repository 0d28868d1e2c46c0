#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind corpus 56: synthetic victim-services referral notes (800 rows).

Scenario: three linked front doors of an invented regional support hub.

* A sexual assault referral centre (SARC) crisis-worker desk and the ISVA
  (independent sexual violence adviser) team behind it: forensic and
  non-forensic pathways, self-referrals, police referrals, delayed reports,
  reports decades later, adults and children (paediatric pathway).
* A men's domestic abuse helpline: male callers abused by partners, ex-partners,
  parents and adult children, often minimising ("probably nothing", "not sure
  this counts"), including men in same-sex relationships.
* An LGBT+ anti-violence casework service: hate incidents, outing threats,
  abuse from family for being gay or trans, dating-app robberies and partner
  abuse in same-sex relationships.

Every note is invented. Each template is hand-labelled with one category and
its flags (TAXONOMY.md); slots only carry names, places, dates, times,
amounts, references, counts and ages that stay on one side of every threshold
in the taxonomy, so no slot can change a label.

Standard library only. One random.Random(56_2026) drives template filling,
the shuffle and the id assignment, so the output is byte-identical whatever
the working directory or PYTHONHASHSEED.
"""

import csv
import random
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "notes_blind56.csv"
N_NOTES = 800
RNG = random.Random(56_2026)

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
FLAG_ABBR = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "onl": "online",
    "knife": "knife_sharp_instrument",
    "csa": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}
CAT_ABBR = {
    "hom": "homicide",
    "ddr": "death_injury_driving",
    "vwi": "violence_with_injury",
    "vwo": "violence_without_injury",
    "sh": "stalking_harassment",
    "sex": "sexual_offences",
    "rob": "robbery",
    "burg": "burglary",
    "veh": "vehicle_offences",
    "tfp": "theft_from_person",
    "bike": "bicycle_theft",
    "shop": "shoplifting",
    "theft": "other_theft",
    "cda": "criminal_damage_arson",
    "drug": "drug_offences",
    "weap": "possession_of_weapons",
    "po": "public_order",
    "misc": "misc_crimes_against_society",
    "fraud": "fraud_computer_misuse",
    "asb": "anti_social_behaviour",
    "oth": "other_crime",
}
KINDS = ["sarc", "isva", "mdah", "lgbt"]

# Slot pools. Nothing in here can move a note across a taxonomy threshold:
# ages are split into pools that stay on one side of 16 and 18.
POOLS = {
    "m": [
        "Darren",
        "Kofi",
        "Marek",
        "Stuart",
        "Imran",
        "Gareth",
        "Tomasz",
        "Lewis",
        "Callum",
        "Dev",
        "Neil",
        "Jamal",
        "Ross",
        "Aled",
        "Pete",
        "Rhys",
        "Wes",
        "Ollie",
        "Sanjay",
        "Craig",
        "Lee",
        "Ifeanyi",
        "Dominic",
        "Jonno",
        "Bartek",
        "Kieran",
        "Mo",
        "Euan",
        "Terry",
        "Hamza",
    ],
    "f": [
        "Shanice",
        "Aoife",
        "Priya",
        "Leanne",
        "Gosia",
        "Kerry",
        "Nadia",
        "Bethan",
        "Chantelle",
        "Amira",
        "Jo",
        "Stacey",
        "Mairead",
        "Tasha",
        "Yasmin",
        "Lorna",
        "Ewa",
        "Kirsty",
        "Hollie",
        "Fatima",
        "Gemma",
        "Roisin",
        "Demi",
        "Sian",
        "Zainab",
        "Lacey",
        "Carys",
        "Tia",
        "Mel",
        "Abi",
    ],
    "n": [
        "Sam",
        "Alex",
        "Jordan",
        "Robin",
        "Ash",
        "Charlie",
        "Frankie",
        "River",
        "Jay",
        "Kit",
        "Morgan",
        "Rowan",
        "Sky",
        "Ellis",
        "Jude",
    ],
    "sur": [
        "Hughes",
        "Okafor",
        "Kowalski",
        "Barnes",
        "Hussain",
        "Pritchard",
        "McCann",
        "Dlamini",
        "Walsh",
        "Nowak",
        "Begum",
        "Ellison",
        "Oduya",
        "Fenwick",
        "Rahman",
        "Doyle",
        "Jarvis",
        "Mensah",
        "Lloyd",
        "Farrell",
    ],
    "town": [
        "Oldham",
        "Wrexham",
        "Grimsby",
        "Rochdale",
        "Barnsley",
        "Swindon",
        "Newport",
        "Kettering",
        "Wigan",
        "Crewe",
        "Luton",
        "Gateshead",
        "Rhyl",
        "Dudley",
        "Mansfield",
        "Blackpool",
        "Hastings",
        "Scunthorpe",
        "Bury",
        "Redditch",
        "Hartlepool",
        "Ipswich",
        "Carlisle",
        "Bolton",
    ],
    "street": [
        "Mill Lane",
        "Station Road",
        "Clarence St",
        "Beech Grove",
        "Albion Terrace",
        "Park View",
        "Canal Side",
        "Victoria Rd",
        "Hollins Close",
        "Market St",
        "Chapel Walk",
        "Orchard Way",
        "the Crescent",
        "Peel St",
        "Tanner's Row",
    ],
    "venue": [
        "the Crown",
        "Bar Nova",
        "the Vaults",
        "Club Envy",
        "the Railway",
        "Spectrum bar",
        "the Feathers",
        "Velvet",
        "the Anchor",
        "Neon Rooms",
        "the Old Bell",
        "Pulse",
    ],
    "hosp": ["the General", "Royal Infirmary", "St Mary's", "the District hospital", "the Royal", "Queen's"],
    "date": [
        "03/02/2024",
        "14/02/2024",
        "29/02/2024",
        "07/03/2024",
        "21/03/2024",
        "02/04/2024",
        "19/04/2024",
        "06/05/2024",
        "25/05/2024",
        "11/06/2024",
        "30/06/2024",
        "08/07/2024",
        "17/07/2024",
        "02/08/2024",
        "26/08/2024",
        "09/09/2024",
        "23/09/2024",
        "04/10/2024",
        "15/10/2024",
        "31/10/2024",
        "12/11/2024",
        "28/11/2024",
        "05/12/2024",
        "20/12/2024",
        "6.1.25",
        "13.1.25",
        "27.1.25",
        "4.2.25",
        "18.2.25",
        "3rd March",
        "11th March",
        "22nd April",
        "1st May",
        "16th June",
        "9th July",
        "24 Aug",
        "5 Sept",
        "Sat 14th",
        "Fri 20th",
        "last Tues",
        "Weds just gone",
        "Sun night",
    ],
    "time": [
        "23:40",
        "0130hrs",
        "approx 2am",
        "around 11pm",
        "02:15",
        "21:30",
        "about half 1",
        "0615",
        "17:45",
        "approx 0300",
        "midnight-ish",
        "19:20",
        "13:05",
        "22:10",
        "4ish am",
    ],
    "amt": [
        "£40",
        "£65",
        "£120",
        "£180",
        "£240",
        "£300",
        "£350",
        "£420",
        "£500",
        "£75",
        "£90",
        "£260",
        "£610",
        "£150",
        "£80",
    ],
    "bigamt": ["£2,400", "£3,100", "£4,750", "£6,000", "£8,200", "£11,500", "£1,900", "£5,300", "£9,600", "£14,000"],
    "ref": [
        "CRN 44/19283/24",
        "CAD 1123",
        "occ 2400187765",
        "ref 24-0031786",
        "CRN 13/88412/24",
        "CAD 0457",
        "URN 51KM4420124",
        "log 392 of the 12th",
        "crime no. 24/61120",
        "inc 2400993154",
        "CAD 2281",
        "ref tbc",
        "ref N/K",
        "CRN 09/55021/25",
        "occ 2500014432",
    ],
    "cw": [
        "CW JT",
        "CW AK",
        "ISVA RM",
        "ISVA DP",
        "HL vol S",
        "caseworker LB",
        "CW PH",
        "ISVA KO",
        "vol MG",
        "caseworker TW",
        "duty CW",
        "ISVA CN",
    ],
    "n_small": ["2", "3", "4", "5", "6", "two", "three", "a few", "several", "four"],
    "n_times": [
        "twice",
        "three times",
        "4-5 times",
        "a couple of times",
        "several times",
        "maybe 6 times",
        "more than once",
    ],
    "weeks": ["2", "3", "4", "5", "6", "7", "8", "10", "12", "two", "three", "six"],
    "months": ["2", "3", "4", "5", "6", "8", "9", "11", "14", "18", "two", "six"],
    "yrs": ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "three", "five", "eight", "ten"],
    "yrs_long": ["20", "22", "25", "27", "30", "31", "34", "35", "38", "40", "twenty", "thirty"],
    "adult_age": [
        "19",
        "21",
        "23",
        "24",
        "26",
        "28",
        "29",
        "31",
        "33",
        "34",
        "37",
        "39",
        "41",
        "44",
        "46",
        "48",
        "52",
        "55",
        "58",
        "61",
        "63",
    ],
    "old_age": ["68", "71", "73", "76", "79", "81", "84", "87"],
    "grown_kid": ["19", "20", "22", "23", "25", "27", "29", "31", "34", "38"],
    "kid_age": ["6", "7", "8", "9", "10", "11", "12", "13"],
    "young_teen": ["13", "14", "15"],
    "old_teen": ["16", "17"],
    "app": ["Grindr", "Tinder", "Hinge", "Scruff", "Bumble", "HER", "Feeld", "Jack'd", "Romeo", "Plenty of Fish"],
    "msg": [
        "WhatsApp",
        "Snapchat",
        "Instagram DMs",
        "Facebook Messenger",
        "Telegram",
        "TikTok messages",
        "Insta",
        "Snap",
    ],
    "force": [
        "the local force",
        "GMP",
        "West Mids",
        "North Wales Police",
        "Humberside",
        "Cleveland",
        "Lancs police",
        "Met",
        "Gwent",
        "Northants",
    ],
    "bike": ["mountain bike", "road bike", "e-bike", "Brompton", "Carrera", "hybrid bike", "BMX"],
    "car": ["Corsa", "Golf", "Fiesta", "Astra", "Qashqai", "Transit van", "Polo", "Focus", "Juke", "Berlingo"],
    "shop": [
        "Co-op",
        "Spar",
        "Boots",
        "Tesco Express",
        "the Londis",
        "Home Bargains",
        "B&M",
        "Greggs",
        "Aldi",
        "Savers",
    ],
}

TEMPLATES = []  # (kind, category, flags_tuple, text)


def add(block):
    """Parse a batch of `kind|cat|flags|text` lines and append to TEMPLATES."""
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 4:
            sys.exit(f"bad template line: {line[:60]}")
        kind, cat, flags, text = (p.strip() for p in parts)
        if kind not in KINDS:
            sys.exit(f"bad kind {kind!r}: {line[:60]}")
        cat = CAT_ABBR.get(cat, cat)
        if cat not in CATEGORIES:
            sys.exit(f"bad category {cat!r}: {line[:60]}")
        fl = []
        if flags not in ("", "-"):
            for f in flags.split(";"):
                f = FLAG_ABBR.get(f.strip(), f.strip())
                if f not in FLAGS:
                    sys.exit(f"bad flag {f!r}: {line[:60]}")
                if f in fl:
                    sys.exit(f"duplicate flag {f!r}: {line[:60]}")
                fl.append(f)
        fl.sort(key=FLAGS.index)
        for key in re.findall(r"\{(\w+)\}", text):
            if re.sub(r"\d+$", "", key) not in POOLS:
                sys.exit(f"unknown slot {key!r}: {line[:60]}")
        TEMPLATES.append((kind, cat, tuple(fl), text))


# ---- batch 1: SARC crisis-worker desk ------------------------------------
add(r"""
sarc|sex|-|SARC crisis line {time}. Self-ref {f}, {adult_age}, says she was raped by a man she got talking to in {venue} on {date}, went back to his flat on {street}, only knows his first name. Inside 7 day window so FME booked for 9am tomrrow. Not reported to police yet, undecided. Nil DA, had never met him before that night.
sarc|sex|da|Police referral ({force}, {ref}). {f} {sur}, {adult_age}. Alleges rape by her husband at home in the early hrs of {date}. Her words: "its been going on for years but this time I actually said no out loud". Forensic exam done, clothing seized. DASH completed by OIC = high, MARAC referral sent, ISVA to make contact within 48hrs.
sarc|sex|da;onl|{f} ({adult_age}) rang crisis desk crying. Ex-boyfriend came round on {date} "to get his stuff", pinned her on the sofa and raped her. Since then he's been sending {msg} voice notes saying nobody will believe her and she "wanted it". Split {months} months ago after 2 yrs together. Wants forensic, booked for this evening. Screenshots advised.
sarc|sex|csa|Paeds pathway. Mum phoned: daughter aged {kid_age} told class teacher that the lodger "touches me under my pyjamas". Lodger rents back room, not related. CSC strategy discussion held {date}, s47 enquiries opened (children's s47, not ABH). Paediatric forensic at SARC booked, police ABE to follow.
sarc|sex|csa|Boy, {young_teen}, brought in by foster carer. Disclosed that an older lad off the estate (thought 19) made him perform oral sex in the park toilets approx {weeks} wks ago. Outside forensic window - non-forensic medical + sexual health. Police aware {ref}. Very withdrawn, would only talk to male CW.
sarc|sex|-|Walk-in male {m}, {adult_age}. "I only had one pint" at {venue} then nothing till he woke in a stranger's flat, trousers off, pain. Believes anally raped. Tox bloods + urine taken, forensic exam completed. Kept saying "blokes don't get this happen to them". Not known to him at all - no relationship.
sarc|sex|csa|Self-referral via webform. {f}, now {adult_age}, wants to talk about "what my grandad did when I was about {kid_age}". Never told anyone incl her mum. Doesn't want police at this stage. Given info on ISVA + counselling, reporting options explained, can report at any time, no time limit.
sarc|sex|da|Delayed report. {f}, {adult_age}, says her ex-husband raped her repeatedly during their 11 yr marriage, they separated {yrs} yrs ago. Seeing him at their son's graduation brought it all back. Wants to report. ISVA allocated, SARC to facilitate first account to police.
sarc|sex|-|BTP referral {ref}. {f} on the train to {town} {date}, man sat opposite exposed himself and masturbated, she filmed him and got off at next stop. Suspect arrested on CCTV. She's "more angry than upset" but can't sleep. Support call offered.
sarc|sex|onl|Referral from employer HR. Hidden camera found in staff toilet at {f}'s workplace, police found footage of several women incl {f} uploaded to a paid website. Suspect = colleague in IT. {f} devastated, off sick. Voyeurism, police {ref}. ISVA for her + 2 others.
sarc|sex|da|{f}, {adult_age}. Says her girlfriend of {months} months "made me do things" sexually after she'd said no, more than once. Asked "can a woman even rape another woman??" - explained assault by penetration / sexual assault. Gf also goes through her phone + has her passwords. Non-forensic route. Safety plan done.
sarc|sex|-|Uni safeguarding referral. Student {n} ({adult_age}, uses they/them) sexually assaulted at a halls party on {date} by a friend of a flatmate - pushed against wall, hand down their jeans. Not a partner, barely knew him. Police report made {ref}, wants ISVA.
sarc|sex|csa;onl|CSE concern raised by school nurse. Girl {young_teen} has a "boyfriend" in his 20s she met on {msg}; he picks her up after school, takes her to a flat in {town} where there are other men, gives her vapes + vodka. She disclosed sex with him and "his mates". MASH referral, CSE risk assessment high. Paeds SARC appt made.
sarc|sex|csa;ms|Police referral, op name withheld. V female {old_teen}yo, moved from {town} by older males, kept in various flats and made to have sex with men for money, phone taken off her. NRM submitted by police. SARC forensic done {date}. Needs CYP ISVA + interpreter (Albanian).
sarc|sex|ms|Adult female approx {adult_age}, Romanian interpreter used. Found during brothel warrant. States she came to UK for cleaning job, passport taken on arrival, told she owed {bigamt} and must "work" with men till paid. NRM done, safe house arranged. Forensic + STI screen at SARC.
sarc|sex|-|{f} ({adult_age}) raped by taxi driver on way home from {venue} {date} {time}, driver took a detour to an industrial estate. Has part of the plate. Forensic done, police {ref}. Her partner drove her to the SARC and is v supportive.
sarc|sex|da;csa|CYP ISVA ref. {f} ({old_teen}) told school counsellor her stepdad has been coming into her room at night "since I turned 16" and doing sexual things. Mum is with stepdad and says she's lying. Police + CSC strategy meeting {date}. Placed with aunt for now.
sarc|sex|csa|Youth worker ref. Girl aged {young_teen} says her boyfriend (also {young_teen2}) pressured her into sex at a house party when she was very drunk and "kept going when I said stop". Both under 16 so not treated as DA. Non-forensic paeds, police informed.
sarc|vwi|da|Caller rang SARC line but no sexual element disclosed on questioning. {f}, {adult_age}, says partner strangled her last night till she nearly passed out, visible bruising to neck + burst blood vessels in eyes. Advised A&E re NFS. Redirected to IDVA service, DASH = high.
sarc|sex|-|Third party: caller ringing for her friend ({adult_age}) who won't ring herself. Friend was followed from bus stop by a man on {date} and pulled into an alleyway, he put his hands inside her top and skirt, she got away when a car came. Friend doesn't know him. Gave SARC number + self-ref info.
sarc|sex|-|Male V {m}, {adult_age}, works in a warehouse. His female supervisor grabbed his genitals "about {n_small} times" at the Christmas do and laughed, others joined in. Reported to HR who told him to "take it as a compliment". He doesn't want police yet. ISVA info given.
sarc|sex|da|GP referral. {f}, {old_age}, husband of 40+ years has early dementia and has been forcing sex on her at night. She feels "disloyal" saying it. Adult safeguarding + ISVA + DA service linked in. Husband's consultant informed with her consent.
sarc|sex|-|Day centre ref. {f}, {adult_age}, learning disability. Told staff that the agency carer who does her personal care touched her breasts and "private bits" and said it was their secret. Paid carer, no family link so not DA route. s42 enquiry opened, carer suspended. Intermediary needed for ABE.
sarc|sex|-|Festival welfare tent referred {f} ({adult_age}). Woke in her tent {date} approx {time} with an unknown man on top of her, he ran off. Friends were in the next tent. Forensic done at SARC, police {ref}. Wants to go home to {town}, follow-up call by ISVA arranged.
sarc|sex|csa|Police referral. Boy aged {kid_age} told mum his older cousin ({grown_kid}) "makes him play a touching game" at family sleepovers. Strategy meeting held, ABE planned, paeds SARC medical {date}. Mum wants to know about support for the siblings too.
sarc|sex|da;csa|Lad {old_teen}, referred by GP after disclosing his older brother ({grown_kid}) has sexually abused him since he was about 12, last time was a few weeks ago. Still living in same house. CSC + police informed, emergency placement being sought. Male ISVA requested.
sarc|sex|hate|Trans woman {n}, {adult_age}, attended with friend. In the toilets at {venue} a man she'd been chatting to found out she was trans, called her "a bloke in a dress" and "a freak" and grabbed between her legs to "check". She got away. Police report made {ref}. Wants non-forensic + LGBT+ caseworker link.
sarc|sex|onl|{f}, {adult_age}. Matched with a man on {app}, first time meeting, went back to his on {date}. He took the condom off partway without telling her. He then messaged her on the app "relax it's fine". She asked "is that even a crime or am I overreacting". Explained stealthing can be rape. No prior relationship. Forensic window still open.
sarc|sex|-|Delayed disclosure, {yrs} yrs ago. {f} was 23 and raped by a colleague after work drinks. Saw on LinkedIn he's been promoted to a manager at her old firm and it's "knocked me sideways". No police wanted for now. ISVA for emotional support + options. Nothing happening online now, just seeing his profile.
sarc|sex|csa|Self-referral by phone {date}, male caller {m}, "in my fifties", abused by his football coach from age {kid_age} until about 14. Never told anyone. Recent news about the club made him ring. Police have an existing op re this coach - consent given to pass details. ISVA allocated.
sarc|sex|-|A&E liaison ref from {hosp}. {f} ({adult_age}) brought in by ambulance after being found confused outside {venue}. Says a man she didn't know "kept buying me drinks" and she remembers being in his car. Pain + injuries consistent. Police attended {ref}. Forensic exam at SARC later today.
sarc|sex|da|IDVA onward referral. {f}, {adult_age}, fled partner {weeks} wks ago to refuge in {town}. In refuge keywork disclosed he regularly forced sex on her "as payback" when she went out without asking. Already MARAC heard. Non-forensic SARC + ISVA.
sarc|sex|-|Police ref, very brief. Female {adult_age}, sexual assault on bus {date} ~{time}, male sat next to her and repeatedly put his hand on her thigh and crotch. Suspect N/K. Requested call back from ISVA. Phone number on file.
sarc|sex|csa;onl|School safeguarding lead. Boy aged {young_teen} was persuaded over {msg} by someone posing as a girl his age to send naked pics, now being told to send more or they'll go to his friends. Family want support. Police + CEOP report done.
sarc|sex|-|{f}, {adult_age}, rang the desk at {time}. Said a man "who I thought was a mate" had sex with her while she was asleep on his sofa after a party on {date}. They'd never been together, "he's literally just a friend of my brother's". Wants forensic, booked for the morning, advised not to shower if possible.
sarc|sex|da|Forensic exam {date}. V {f}, {adult_age}. Raped by her husband's brother at a family party in her mother-in-law's house. Says the family are closing ranks and her husband "doesn't want a fuss". Police {ref}. ISVA + safety planning as she lives next door to in-laws.
sarc|sex|-|Male V {m}, {adult_age}, gay. Met a man at a sauna in {town}, says the man carried on after {m} clearly said no and tried to push him off. No homophobic language, V says it "wasn't a hate thing, just a predator". Forensic done. Police {ref}.
sarc|sex|csa|Paeds ref from CSC. Girl aged {kid_age}, sexualised behaviour in school, disclosed "mummy's boyfriend shows me videos and makes me touch him". Mum's boyfriend does not live there. Police joint visit {date}, child in emergency foster care. Paeds medical booked.
sarc|sex|-|Caller {f} ({adult_age}) says she was "grabbed on the bum and boob" by a doorman at {venue} on {date} while being searched on entry. Complained to venue, got nowhere. Not a relationship, no DA. Wants to report. Advised 101 + gave ISVA leaflet.
sarc|sex|-|Police ref {ref}. {f}, {adult_age}, raped by an unknown male who forced his way into her car in a supermarket car park in {town} {date} approx {time}. Mild bruising to arms. Forensic completed. Very high anxiety, living alone. Crisis worker to follow up tomorrow.
sarc|sex|da|{f}, {adult_age}, non-forensic. Her long-term partner films them having sex without her agreeing and "makes me watch it back". He also controls the money and she's not allowed a bank card. Says "it's not rape because we're together is it". DASH completed by CW = medium.
sarc|sex|csa|CAMHS ref. Girl {young_teen}, disclosed that when she was {kid_age} her uncle sexually abused her over several summers at her nan's. Still sees him at family events. Police informed via MASH, ABE tbc. Paeds SARC follow-up + CYP ISVA.
sarc|sex|-|Referral from sexual health clinic. {m}, {adult_age}, says he was sexually assaulted by a woman he met at a house party on {date} - she performed oral sex on him while he was too drunk to stand. He says "I know it sounds daft" and "mates would laugh". First time meeting her. Wants support not police.
sarc|vwo|-|Crisis desk call. Caller {f} is a prosecution witness in her friend's rape trial (friend is the SARC client, not her). Today a man in the queue at her GP surgery shoved her into the wall and said "you know what you did going to the police", no injury. She thinks he's a mate of the defendant. OIC informed {ref}, advised 999 if he appears again.
sarc|sex|da;csa;hba|Police ref, interpreter required (Urdu). {f}, {old_teen}, was married by her family to a man in his 30s "for the family's honour" and has been raped by him since the wedding {months} months ago. Forced Marriage Unit informed, police protection. Paeds SARC exam + ISVA.
sarc|sex|csa;da|{f}, {old_teen}, self-referred by text. Her 22yo boyfriend forced sex on her in his car on {date} after she tried to end it. They've been together since she was 15. Wants forensic, booked today. CYP ISVA + young person's IDVA to liaise.
sarc|sex|-|{f}, {adult_age}, was on a night out with her flatmate. The flatmate's boyfriend walked her home and sexually assaulted her in the hallway. She and the flatmate are not a couple, just share a house. Forensic done {date}. Worried about telling the flatmate.
sarc|sex|-|Caller {time} asking "hypothetically if someone was raped two years ago could they still go to police". After a while disclosed it was her, {adult_age}, by a man she met at uni - not a boyfriend, they were on the same course. Explained no time limit. ISVA callback agreed.
sarc|sex|da|Referral from men's DA line. {m}, {adult_age}, says his wife "pesters me for sex and hits me if I say no, then gets on top anyway". He is "not sure a man can be raped by his wife". Explained. Non-forensic, ISVA male-friendly. Two kids at home, CSC not yet informed.
sarc|sex|-|Exposure, third-party report by school crossing patrol: man in a van exposed himself to her and a group of mums outside {town} primary on {date}. She got part of the plate. Police {ref}. She's {old_age} and "never seen anything like it", wants to talk to someone.
sarc|sex|csa|Police ref {ref}. Girl {young_teen}, sexually assaulted by an adult man on a bus while in school uniform, he put his hand up her skirt. CCTV being checked. Mum with her at paeds SARC. No forensic needed, wellbeing support + CYP ISVA.
sarc|sex|-|{f}, {adult_age}, SARC repeat attender. Says "the same man from last time" grabbed her in a stairwell at her tower block and put his hand down her trousers on {date}. He is a neighbour, not a partner. Police {ref}. Housing referral for emergency move.
sarc|vwi|-|Walk-in asking for SARC but after triage no sexual assault: {f}, {adult_age}, punched in the face outside {venue} by a woman she didn't know, cut lip and chipped tooth. Redirected to A&E + victim care. "I just wanted someone to talk to." No DA - never met her before.
sarc|sex|da|Self-ref via {msg}? no - via phone. {f}, {adult_age}. Her dad's been "touching me when mum's out" since she moved back home aged 20 after uni, most recently {date}. Father, so DA + sexual. Non-forensic, ISVA and DA worker. Not safe to go home tonight - emergency accom found.
sarc|sex|-|Police ref {ref}. Man aged {old_age} sexually assaulted in a care home by another resident who has dementia. Staff witnessed. Not related to each other. Safeguarding adults lead on it. Daughter asking for ISVA support for him.
""")


# ---- batch 2: ISVA caseload --------------------------------------------------
add(r"""
isva|sex|da;onl|ISVA case note. Client {f} ({adult_age}). Ex-partner charged with 2x rape {ref}, on conditional bail not to contact. Since {date} she's had follow requests and messages from {n_small} fake Instagram accounts she's sure are him ("only he calls me that"). OIC informed re bail breach + new offences. Safety plan reviewed, DASH re-done = high.
isva|sex|-|ISVA update: trial for {f}'s case (stranger rape, {town}, 2023) vacated again on {date} - no judge. Third time. Client says "I can't keep doing this, I'll withdraw". Talked through options, CPS victim liaison contacted. Not DA. Next listing tbc.
isva|sex|csa|VRR request. Client {m}, 40s, reported being abused by his PE teacher aged {kid_age}-{young_teen}. CPS NFA'd on {date} citing evidential issues. Client wants a review. ISVA helped draft VRR letter. Deadline 3 months from decision.
isva|sex|-|Male ISVA referral. {m}, {adult_age}. At a rugby club "initiation" when he was 19, older players held him down and put a bottle inside him. Everyone treated it as a laugh. {yrs} yrs later he's having flashbacks and has just told his GP. Considering police. Assault by penetration explained.
isva|sex|da|Needs assessment. {f}, {adult_age}, 3 kids. Husband raped her on {date} after she said she wanted a divorce. For years he's controlled who she sees, takes her wages, tracks her car. Police {ref}, suspect in custody, DVPN considered. MARAC date {date2}. Sexual offence + coercive control. ISVA + IDVA joint working.
isva|sex|da|ISVA note. {m} ({adult_age}) disclosed that his boyfriend of {yrs} years raped him on {date} after a night out when {m} said he was too tired. Not the first time. "I kept telling myself it was just rough sex". Police not yet. SARC non-forensic done. Linked to LGBT+ DA caseworker.
isva|sex|csa|Adult survivor. {f}, {adult_age}. Her older brother sexually abused her when she was {kid_age} and he was about 14, for around 2 years. Both were under 16 then. Now wants to tell her parents and possibly police. Counselling waitlist {weeks} wks, ISVA interim support.
isva|sex|-|Client {f} {adult_age} woke up at a house party on {date} with her clothes moved, no memory after 11pm, believes spiked. Suspect thought to be the housemate of a friend. Tox taken at SARC within 72h. Police {ref}. No relationship with anyone there.
isva|sex|hate|Referral from LD advocacy. {m}, {adult_age}, learning disability. Men at the bus station took his phone off him (returned it), called him "retard" and "spaz" and one of them made him touch himself while they filmed and laughed. Police treating as disability hate + sexual. Intermediary booked for ABE.
isva|sex|-|ISVA intake. {f}, {adult_age}. Raped by her sister's ex-partner at her sister's old flat in {town} on {date}. Client herself has never been in a relationship with him - he's "just my sister's ex, he was always weird with me". Sister supportive. Police {ref}. Forensic done.
isva|sex|da|Delayed report. {f} ({adult_age}) split from her ex {yrs} yrs ago. During the relationship he'd rape her "whenever he'd been drinking". She's just found out he's with someone new who has kids and feels she has to report. ISVA supporting to ABE on {date}.
isva|sex|-|{f} ({adult_age}) works at a fast food place. Shift manager said he'd only give her hours if she had sex with him; happened {n_times} over {months} months at his flat. "I needed the money, I thought I'd agreed". Explained consent/coercion. Considering police. No relationship - he's married.
isva|sex|csa;ms|Referral from NRM first responder. Boy aged {young_teen} found in a trap house in {town}, exploited to run drugs (county lines). In interview disclosed the older males sexually abused him as "punishment" for losing money. CSE + CCE. Paeds SARC, CYP ISVA, independent child trafficking guardian.
isva|sex|onl|{f} ({adult_age}), nurse. Someone got into her iCloud and posted intimate photos of her to a forum with her name and hospital. Doesn't know who - no ex in the picture, has been single for ages. Police cyber + {ref}. Intimate image abuse. ISVA for emotional support + Revenge Porn Helpline takedown.
isva|sex|da;onl|{f}, {adult_age}. Ex-boyfriend posted a sex video of her on Snapchat stories after she ended it on {date}. Friends saw it before it was removed. He'd said he'd "ruin her" if she left. Police {ref}. Intimate image abuse + DA. DASH = medium.
isva|sex|-|Hostel keyworker referral. {f}, {adult_age}, asylum seeker, raped by another male resident in the shared kitchen of the hostel on {date}. Doesn't know his name. Interpreter needed (Tigrinya). Home Office accommodation provider informed for a move.
isva|sex|-|{f}, {adult_age}, sex worker, works independently from her own flat - clear she isn't controlled by anyone and keeps her own money. A client raped her after she refused unprotected sex on {date}. Worried police will judge her. ISVA to accompany for report. No trafficking indicators.
isva|sex|csa|Survivor of 1990s children's home abuse. {m}, now in his 40s, abused by a member of staff from age {kid_age}. Part of a police historical op, ABE done {date}. Wants ISVA for trial prep. Very anxious about being cross-examined.
isva|sex|-|Faith-setting ref. {f}, {adult_age}, says a church elder touched her breasts and kissed her during a "prayer session" in his office on {date}. She was 28 at the time, now unsure whether to report as "he's well respected". No family connection.
isva|sex|da;knife|ISVA note - high risk. {f} ({adult_age}). Partner held a kitchen knife to her throat and raped her on {date}. Told her he'd "finish it" if she screamed. Police {ref}, suspect on remand. MARAC {date2}. ISVA + IDVA.
isva|sex|knife|Police ref. {f}, {adult_age}, walking home through {town} park {time}, unknown male held a knife to her side and dragged her into bushes, raped her. Forensic done at SARC. Stitches to hand where she grabbed the blade. Police {ref}.
isva|sex|-|ISVA update. Suspect arrested on {date} for the sexual assault of {f} ({adult_age}) at the bus shelter. On arrest a lock knife was found in his jacket but he never took it out during the assault and she never saw it. CPS considering a separate possession charge. Client relieved he's in custody.
isva|sex|da;csa|Male ISVA. {m}, {adult_age}, disclosed his mum sexually abused him from age 15 until he left home at 17. "Who's going to believe a lad about his own mum". Referred by his partner. Not wanting police. Counselling + ISVA.
isva|sex|-|ISVA note. Client {f} married, husband very supportive. She was raped by a man from her gym on {date}. She said "if my husband's family found out they'd kick off" but there's no abuse from husband or family - she's worried about gossip. Police {ref}. Not DA.
isva|sex|csa|CYP ISVA. Boy {young_teen} disclosed that his swimming coach sent him sexual messages, then abused him in the changing rooms at the leisure centre in {town}. Coach suspended, police {ref}. The messages were texts only on a basic phone.
isva|sex|-|Client {n} ({adult_age}) nonbinary, sexually assaulted at a work conference in {town} by a senior colleague (groping in lift). Colleague now messaging about "misunderstanding". No hostility about gender identity noted by client - "he just did it". HR + police {ref}.
isva|sex|da|{f}, {adult_age}. "I didn't think you could be raped by your husband" - husband forces sex most weekends, says it's "his right", she's from a culture where she was told not to refuse. Two children. Not ready for police. DASH = medium. IDVA referral discussed.
isva|sex|-|Student {f} ({adult_age}) says her ex-flatmate (male, never a boyfriend) came into her room while she slept and touched her breasts and genitals on {date}. They lived together for a year, no romantic relationship. Uni + police {ref}. Not DA.
isva|sex|csa|Referral from sexual health. {f}, {old_teen}, disclosed she was groomed by her maths tutor from age 14, sexual activity from 15. Tutor 34. He moved abroad when she was 15 and there has been no contact since, "but I still love him". Police + LADO. CSE risk assessment. Not treated as DA - it ended before she was 16.
isva|sex|-|ISVA court update. Defendant convicted of rape of {f} ({adult_age}) on {date}, sentencing {date2}. Victim personal statement drafted with client. She'd met him twice at a friend's house, not a relationship. Client "numb but glad".
isva|sex|da|ISVA intake. {f} {adult_age}, referred by GP. Her fiance forces her into sex acts she's refused, and she recently found cameras in the bedroom. Ongoing for 2 years. "I keep thinking it's normal". Police not yet. DASH = high, MARAC ref made.
isva|sex|-|Student nurse {f}, {adult_age}, sexually assaulted by a patient on placement at {hosp} (grabbed breasts twice). Ward manager logged it but didn't call police. Client wants to report now. Police {ref}. Occupational health informed.
isva|sex|csa|School referral. Girl {kid_age}, disclosed that an older boy ({young_teen}) from the next street made her take her clothes off in his shed and touched her. Both children. CSC strategy + police youth justice. Paeds SARC wellbeing appt.
isva|sex|da|{f}, {adult_age}. Raped by her cousin at a family wedding on {date} - cousin is 30. Family told her to "keep it in the family". She's been threatened by an aunt not to go to police. Police {ref}. DA (relatives). Safety planning + ISVA.
isva|sex|-|Referral from victim care. {m}, {adult_age}, assaulted in a club toilet - man grabbed his crotch and tried to kiss him. {m} is straight, says the man wasn't hostile just "handsy", no slurs. CCTV requested. Sexual assault {ref}.
isva|sex|da|Client {f}'s ex-husband raped her {yrs} yrs ago while they were still married. Since divorce no contact. She's only now in therapy and wants to explore reporting. ISVA explained that marital rape has been a crime since 1991 and there's no time limit.
isva|sex|csa;onl|CYP ISVA. Girl {young_teen} was groomed on Roblox then Discord by an adult man, who persuaded her to meet in {town} on {date} where he sexually assaulted her. Police {ref}. Devices seized. Mum "beside herself".
isva|sex|-|Client {f}, {adult_age}, says she was raped at a party {yrs} yrs ago by a boy from school who was 18 then, she was 19. Reported at the time, NFA. Wants to know if she can ask police to look again. VRR time limit explained.
isva|sex|da;hate|{n} ({adult_age}), trans man. Ex-girlfriend forced sex on him and said it would "remind him he's really a woman". Split {weeks} wks ago. Police {ref}. Transphobic hostility + sexual offence. LGBT+ caseworker co-working.
isva|sex|csa|{f}, now in her 30s, abused by her dad's best friend ("Uncle" but not related) from about age {kid_age}. Dad still friends with him. She has just had a baby and wants him kept away. Police historical report {ref}. ISVA support for ABE.
isva|sex|-|ISVA note {cw}. Client {f} ({adult_age}) had a fall-out with her dad this week after telling him about the rape by a stranger on {date}. No abuse from dad, "he just said I shouldn't have been out that late". Upset not unsafe. Emotional support given.
isva|sex|-|{f}, {adult_age}, says a photographer on a modelling shoot in {town} pressured her into posing topless then touched her breasts and genitals "to adjust" her. She was 20 at the time, 3 yrs ago. Several other models have posted about him online but nothing about her was online. Police {ref}.
isva|sex|da|{f} ({adult_age}). Partner has sex with her while she's asleep, she wakes up to it. When she objects he says "you're my girlfriend". Ongoing {months} months. He also "jokes" about hurting her if she left. DASH = medium. Non-forensic SARC.
isva|sex|-|Prison ISVA referral. {m}, {adult_age}, serving a short sentence, says he was raped by his cellmate at HMP on {date}. Prison safeguarding informed, moved wing. Police {ref}. Forensic exam arranged via healthcare. Not DA.
isva|sex|csa|Private fostering concern. Girl {young_teen} from overseas living with a family friend. Disclosed that the family friend's adult son has had sex with her {n_times}. No trafficking indicators found at strategy meeting. Police {ref}, child moved.
isva|sex|-|Client {f} {adult_age}. Raped by an Uber driver on {date}. She booked through the app but says "the app wasn't the problem, he just locked the doors". Police {ref}, Uber co-operating. Forensic done.
isva|sex|da|Update. {f}'s husband was charged with rape and ABH on {date}. She now says she wants to drop it "for the kids". ISVA explained withdrawal statement process; no pressure either way. IDVA informed. DVPO in place until {date2}.
isva|sex|-|Referral from ambulance service. {f}, {old_age}, sexually assaulted in her own home by a man posing as a gas engineer on {date}. He was let in, then "touched her inappropriately" and left. Police {ref}. Daughter present at SARC. Not DA.
isva|sex|csa|CYP ISVA. {f}, {old_teen}, sexually assaulted at a party by a man in his 20s she didn't know. Not a relationship. Forensic done {date}. Police {ref}. Parents very supportive.
isva|sex|da|{m}, {adult_age}, at first said it was "nothing really": his ex-girlfriend used to make him have sex when he was drunk and then film it to "prove he wanted it". They split {months} months ago. He still sees her at the school gate. DASH done = standard. Male ISVA.
isva|sex|-|Client {f}, {adult_age}. Sexually assaulted by her boss at his house on {date}. She stresses "he is NOT my boyfriend, we've never been together, he's married to my aunt's friend". Police {ref}. Non-forensic.
isva|sex|csa|Referral from youth offending team. Boy {old_teen} disclosed a man in his 40s gave him cannabis and money in exchange for sex acts in his car {n_times} over summer. CSE. Police {ref}. No movement between areas or control over him so NRM not made.
isva|sex|onl|{f} ({adult_age}). A man she'd been messaging on Facebook but never met sent her unsolicited pictures of his genitals, then after she blocked him found her new account and sent more with threats to "find her". Cyberflashing + malicious comms. Police {ref}.
isva|sex|-|Delayed report, {yrs} yrs. {f} was 25, raped by her then-landlord in her rented room. Never reported. Saw him on a local news story and "went cold". No relationship. ISVA support to make a statement.
isva|sex|csa|{m}, {adult_age}, self-ref. "I don't know if this counts. When I was 16 my mate's dad, who was like 45, got me drunk and had sex with me. I thought I was lucky at the time." ISVA explained position of trust / consent issues, options. Not a relative.
""")


# ---- batch 3: men's DA helpline, violence and harassment ---------------------
add(r"""
mdah|vwi|da|HL call {time}. Caller {m}, {adult_age}. Wife threw a mug at him on {date}, cut above his eye, had it glued at walk-in centre, told them he walked into a cupboard. "It was probably my fault, I wound her up." Happens when she drinks. 2 kids. DASH completed = medium. Advised re IDVA for men.
mdah|vwi|da;knife|Caller {m} ({adult_age}) rang from work. Girlfriend stabbed him in the forearm with a kitchen knife during a row on {date}, 4 stitches at {hosp}. Told A&E it was a DIY accident. Doesn't want police "she'd lose her job". DASH = high, MARAC ref discussed, caller declined consent - risk escalated to manager.
mdah|vwo|da;knife|{m}, {adult_age}. Wife grabbed a carving knife out of the block and held it up at him shouting she'd "end him", he locked himself in the bathroom. No injury. He believed she'd do it. Police came {ref}, no arrest. "I'm a big lad, I should be able to handle it."
mdah|vwo|da|Caller {m} getting texts from ex-wife: "I will kill you", "you're dead when I see you", about {n_small} a day since {date}. Normal SMS only. Separated {yrs} yrs. He's "not really scared, just fed up" but kids have seen them. Advised to report threats to kill, save texts. DASH = standard.
mdah|sh|da|HL. {m}, {adult_age}. Partner has his bank card, gives him £20 a week for fuel, checks his receipts, won't let him see his mates, says he's "pathetic" and no one else would have him. He asked "is that even abuse, she's never hit me". Explained CCB. Together {yrs} yrs. DASH = medium.
mdah|sh|da;onl|{m}, {adult_age}. Ex-girlfriend put a tracker app on his phone while they were together and still knows where he is. She sends {msg} messages 50+ times a day and turns up wherever he is. Split {months} months ago. Police {ref}. Advised phone check + stalking advocacy.
mdah|vwi|da|Dad, {old_age}, rang about his son ({grown_kid}), who lives with him. Son punched him on {date} when he refused to lend money, broken nose. Son uses coke. "He's my lad, I don't want him locked up." DASH = high. APVA / adult family violence advice given.
mdah|vwi|da|GP referral. {m}, {old_age}. Son-in-law? no - his own son, {grown_kid}, hit him with a walking stick leaving bruising and a cut to the scalp. Lives with son who is his carer. Adult safeguarding + DA. Caller wants son to get help not prison.
mdah|vwi|da|{m}, {adult_age}, gay man. Boyfriend bent his fingers back in a row on {date} till one snapped - fractured finger confirmed at {hosp}. Has happened before "but never this bad". Together {yrs} yrs, live together. DASH = high. Police not called. LGBT+ DA caseworker referral.
mdah|sh|da|{m}, {adult_age}. Husband (together {yrs} yrs) threatens to out him at work (he's not out there), reads his phone, decides what he wears, makes him account for every minute. Never violent. "I thought gay couples didn't have DA." CCB explained, DASH = medium.
mdah|vwo|-|Caller {m}, {adult_age}, pushed into a door frame by his flatmate during an argument about bills, no marks. They're just housemates, never been together, not related. Not DA - advised police/landlord. Caller wanted to know if the helpline could help anyway.
mdah|vwi|-|{m} ({adult_age}) says his ex-wife's new partner punched him at the child handover at McDonald's on {date}, split lip. Ex-wife herself hasn't done anything and "is fine with me". Not DA - the new partner is not his partner or family. Advised police {ref}.
mdah|vwo|da|{m}, {adult_age}. Mother-in-law lives with them, slapped him across the face in front of the kids on {date} "for answering back". No marks. Wife takes her mum's side. Says this is "every week something". DA (in-law). DASH = standard.
mdah|sh|da|{m}, {adult_age}. Stepson, {grown_kid}, lives with him and his wife, constantly calls him a "loser", follows him round the house filming him, blocks doorways, sends abuse in texts. Wife won't intervene. "Can a stepdad even ring about his stepson?" Explained family incl stepchildren.
mdah|vwi|da|Caller {m}, {adult_age}. Wife bit his arm hard enough to break skin on {date} - showed bite marks at GP, given antibiotics. Says she's "stressed with her mum being ill". Not the first time. DASH = medium. Wants info only.
mdah|vwo|da|{m}, {adult_age}. Partner spat in his face when he said he wanted to go to his brother's 50th. No injury. "I know it's not nice but it's not assault is it?" Explained common assault. Partner also picks his clothes and checks his phone. DASH = medium.
mdah|sh|da|{m}, {adult_age}. Ex-partner from {yrs} yrs ago has started turning up at his work and his new flat again, leaving cards and flowers then notes saying he "ruined her life". They have no kids. Police {ref}, harassment warning given before. DA (ex-partner) despite the gap in years.
mdah|vwi|da|Police referral to men's DA service {ref}. {m}, {adult_age}. Ex-partner hit him over the head with a wine bottle (didn't break) when he came to collect the children on {date}. Fractured skull, surgery at {hosp}. s18 GBH. Suspect charged. Caller says he "still loves her".
mdah|vwi|da;knife|{m}, {adult_age}. Girlfriend glassed him at a house party on {date} - broke her glass and pushed it into his cheek, 12 stitches. Friends saw. He says "I'd had a drink too, we both said things". DASH = high. Police {ref}.
mdah|vwo|da|{m}, {adult_age}. Partner told him to his face her brothers will "put him in the ground" if he leaves her, and he believes her brothers would. No weapons seen. Partner also hits the kids' tablet off him, smashes his things. DASH = high. MARAC ref sent.
mdah|sh|da|HL {date}. Caller {m} works full time, partner takes his whole wage into her account, gives him back cash for the bus and "if I want a coffee I have to ask". Won't let him open his post. He's started borrowing from his mum. Economic abuse + CCB. DASH = medium.
mdah|vwi|-|Caller {m} rang the wrong line - he was assaulted at work by a customer at the {shop} on {date}, black eye. Not DA, nothing at home, "my missus is great". Redirected to victim care. {ref}.
mdah|vwo|da|{m}, {adult_age}, is main carer for his dad ({old_age}) who has dementia. Dad lashes out - slapped and kicked him on {date}, no marks. Caller upset, "it's not really abuse, it's the illness". Explained still counts under DA but focus is support. Adult social care referral.
mdah|vwi|da|{m}, {adult_age}, single dad. His son ({old_teen}) headbutted him on {date} when told to turn the Xbox off. Nose bled, swollen. "He's just a kid really." Son is 16+ so DA/APVA. Early help + youth offending prevention discussed.
mdah|vwi|-|{m}, {adult_age}, rang about his son ({young_teen}), who punched him in the mouth on {date}, chipped tooth. Son under 16 so child-to-parent violence pathway rather than DA. Referred to APVA programme + CAMHS. No police wanted.
mdah|rob|da|{m}, {old_age}. Grandson (20) came round on {date}, demanded {amt} and said he'd "smash his face in" if he didn't hand it over there and then. Caller gave him the cash from his wallet. Has happened before. Family so DA. Police {ref}.
mdah|sh|da|{m}, {adult_age}. Partner rings his work landline 30-40 times a day accusing him of cheating, rings his manager, turns up at lunchtime. Calls and texts, not on social media. "My boss says sort it or I'm out." DASH = medium.
mdah|vwi|da|{m}, {adult_age}. Twin brother punched him in the face at their mum's house on {date} in an argument about her care. Black eye, cut. They both live with mum. DA (siblings). Police not called.
mdah|vwo|da;knife|{m}. Wife stood in the kitchen doorway with a knife in her hand and said "I'll stab you while you sleep". He slept in the car. "I honestly thought she meant it." No injuries. DASH = high. Police {ref}.
mdah|vwo|da|{m}. Ex-wife left a voicemail saying she'd "stab him to death" the next time she sees him. No contact in person since {date}, she lives in {town}. Phone only. DASH = standard. Advised report threats + keep voicemail.
mdah|sh|da;onl|{m}, {adult_age}. Ex-partner posting on Facebook local groups that he's a "nonce" and a wife beater, with his photo and address. Friends have shared it. Split {months} months ago. No truth in it per caller. Police {ref} - malicious comms. DA.
mdah|vwi|da|{m}, {adult_age}. Girlfriend pushed him down the stairs at their flat on {date}, fractured wrist (s20 GBH per police). He told the paramedics he slipped. Now saying "I want to give her another chance". DASH = high.
mdah|sh|da|"I'm probably wasting your time." {m}, {adult_age}. Wife decides who he can speak to, takes his car keys, tells him he's stupid in front of kids, has made him quit football. "It's just how she is." CCB discussed; caller hadn't heard the term. DASH = medium.
mdah|sh|-|{m}, {adult_age}. Female colleague has been leaving notes on his car, ringing his phone and waiting outside his house after he turned down a date. They have never been together. Not DA. Stalking advice, police {ref}.
mdah|sh|da|{m}, {adult_age}. Ex-husband (they were married {yrs} yrs, divorced last year) drives past his house every night, rings him from withheld numbers, and sent his new partner's employer letters about him. DASH = medium. Stalking/harassment.
mdah|vwi|da|{m}, {adult_age}. Father-in-law punched him at a family BBQ on {date} after he and his wife argued. Cut lip, swollen jaw. Wife's family blame him. DA (in-law). Police {ref}, father-in-law interviewed.
mdah|vwi|-|{m}, {adult_age}. His partner's ex-husband turned up at their house on {date} and hit him with a bike lock, bruised arm + cut to head. {m} has never been with this man, he's "just her ex". Not DA for {m}. Police {ref}. Partner is being supported separately.
mdah|vwo|-|Caller {m}, {adult_age}. Neighbour threatened to "batter" him over parking, squared up to him in the street. No contact. Nil DA. Advised 101 + mediation.
mdah|vwi|da|{m}, {adult_age}. His sister pressed a hot iron on his arm during a row at their parents' on {date}, blistering burn, treated at minor injuries. They're both in their 30s and live at home. DA (sibling). DASH = medium.
mdah|vwi|da|{m}, {adult_age}. Bumped into his ex at a kids party on {date}, {yrs} yrs after they split. She went for him, scratched his face till it bled and ripped his shirt. "Years later and she still hates me." Police called by venue {ref}.
mdah|vwo|da|{m}, {adult_age}. His mum ({old_age}) throws things at him when she's angry - remote, plates. Nothing's hit him yet. He still lives at home. "She's my mum, what can I do." Assault explained. DA.
mdah|sh|da|{m}, {adult_age}. Since he ended it {weeks} wks ago his ex-girlfriend has turned up at his gym, his work and sat outside his house in her car most nights. Sends flowers to his mum's. Police gave her a warning {ref}. Stalking - DA.
mdah|sh|-|{m}, {adult_age}. Woman he met once for a coffee through a friend now messages his sister and mum, waits outside his house. They were never together, "it was one coffee". Not DA. Stalking advice, police {ref}.
mdah|vwi|da|{m}. Partner poured a just-boiled kettle over his legs on {date}. Burns unit at {hosp}. Police arrested her {ref}. He keeps asking "will she go to prison, I don't want that". DASH = high, MARAC.
mdah|vwi|da|{m}, {adult_age}. Wife hit him with a frying pan on {date}, head wound needed staples. Kids were upstairs. He's told no one. DASH = high. Needs emergency accommodation - none for men locally, looking at {town}.
mdah|vwo|da|{m}, {adult_age}. Girlfriend grabbed his arm hard and shoved him when he tried to leave the room. "No marks, it's not like she hurt me." Says it's happened {n_times}. DASH = standard.
mdah|sh|da|{m}. Ex-wife calls and texts 40+ times a day about the kids, most abusive, says she'll tell the school he's dangerous. Calls and SMS, no apps. Divorced {yrs} yrs. Harassment - DA. Advised to log + use a contact app for child arrangements.
mdah|vwi|da|{m}, {adult_age}. Husband kicked him in the ribs on {date} while he was on the floor, bruised ribs. Been together {yrs} yrs, married 2 yrs. "People think two blokes can just fight it out." DASH = high.
mdah|sh|da;onl|{m}, {adult_age}. Girlfriend logs into his email and online banking, deleted messages from his female friends, changed his passwords so he can't get in. Also controls where he goes. DASH = medium. CCB + computer misuse.
mdah|vwo|da|{m}, {adult_age}. Brother told him face to face he'd "kill him with his bare hands" if he contests their dad's will. {m} believes he would. No weapon. DA (sibling). Threats to kill. Police {ref}.
mdah|vwi|da;knife|{m}, {old_age}. Adult son ({grown_kid}) slashed his hand with a Stanley knife when {m} tried to take it off him during a row. 8 stitches. Son has MH problems. Police {ref}. DASH = high.
mdah|vwo|-|Security guard {m}, {adult_age}, rang the DA line asking for "any support". Kicked at (missed) and spat at by a shoplifter on {date}. No DA at all. Signposted to victim care.
mdah|sh|da|{m}, {adult_age}. Partner "jokes" about killing herself if he leaves, tells his friends he's abusive, made him give up his job to look after her. Isolates him. "She's never touched me." CCB, DASH = medium.
mdah|vwo|da|{m}, {adult_age}. Partner's threatened to kill him "if he ever leaves", said it calmly in the car, he believes it. No weapons mentioned. DASH = high. MARAC referral.
mdah|vwi|da|{m}, {adult_age}. Adult daughter ({grown_kid}) pushed him into the fireplace on {date}, cut to head. She's been taking his money too. Lives with him. "I'd rather she was here than on the streets." DA. Police not called.
mdah|sh|da|{m}, {adult_age}. Wife has him on a "points system" for chores, takes away his phone when he "fails", won't let him see his parents. He cried on the phone. "I feel like I'm going mad." CCB. DASH = medium.
""")


# ---- batch 4: men's DA helpline, money, property, and not-DA calls -----------
add(r"""
mdah|fraud|da|{m}, {adult_age}. Found out on {date} his wife took out {n_small} loans in his name, total about {bigamt}, forging his signature on paperwork at the kitchen table. Found the letters in her car. "I feel like an idiot." Identity fraud. Action Fraud + police {ref}. DASH = medium.
mdah|fraud|da;onl|{m}, {adult_age}. Ex-girlfriend opened Klarna and online catalogue accounts using his details after they split in {date}, ordered stuff to her address. Credit file wrecked. Together {yrs} yrs. Reported to Action Fraud {ref}. DA - ex-partner.
mdah|theft|da|{m}. Partner takes cash out of his wallet most weeks, about {amt} at a time, and denies it. No violence, no threats, "otherwise we're fine". He now sleeps with his wallet. DA - theft by partner. DASH = standard.
mdah|theft|da|Dad ({old_age}) rang. His son ({grown_kid}) has been taking his tools and his late wife's jewellery to the pawn shop in {town}. Son lives with him. "I don't want him nicked, I want my wife's ring back." Theft. DA (adult son). Police advice given.
mdah|cda|da|{m}, {adult_age}. Ex smashed his car windscreen with a brick and keyed both sides on {date}, outside his flat on {street}. Neighbour's doorbell cam caught it. Split {months} months ago. Police {ref}. DA - criminal damage.
mdah|cda|da|{m}. Wife smashed his phone and laptop on {date} when she found he'd been talking to a solicitor about separation. Never been violent to him. Replacement cost approx {amt}+. DASH = medium.
mdah|cda|da|{m}, {adult_age}. Came home to find ex-partner had piled his clothes, work boots and photos in the garden and set fire to them. Fire service attended {ref}. She still has a key. Arson (property). DA.
mdah|cda|-|{m}, {adult_age}. Youths from the next street kicked his fence panels in and threw eggs at windows on {date}. Fence damaged ~{amt}. Not family, no DA. Rang the DA line "because I didn't know who else to ring".
mdah|veh|da|{m}, {adult_age}. Ex-wife took his {car} from outside his work without asking on {date} and won't give it back, says "it's for the kids". Car is in his name only and he pays for it. Police {ref} - TWOC. DA.
mdah|veh|da|{m}, {adult_age}. His son ({grown_kid}) took the keys to his works {car} without permission and drove off, crashed it into a wall on {street}. Son not hurt, no one else hurt. Aggravated vehicle taking per police {ref}. DA.
mdah|bike|da|{m}, {adult_age}. Ex-girlfriend took his {bike} from the shared shed when she moved out on {date}, it's his, he bought it before they met. She's refusing to return it, laughing about it. DA. Police {ref}.
mdah|bike|da;onl|{m}. Ex-partner took his {bike} and listed it for sale on Facebook Marketplace, he recognised it from the photos. It sold before police could act {ref}. Split {weeks} wks ago. DA.
mdah|bike|-|{m} rang about his son's {bike}, nicked from outside the school gates on {date}, lock cut. Not DA, no family issue. Referred to victim care + police online reporting {ref}.
mdah|burg|da|{m}, {adult_age}. Ex-partner used an old key to let herself into his flat while he was at work on {date}, took his TV, passport and some cash. Neighbours saw her. She's never lived there. Police {ref} - burglary. DA.
mdah|burg|da|{m}, {old_age}. Estranged son ({grown_kid}) climbed in through the back window while he was at bingo, took {amt} from a tin and his bank cards. Son hasn't lived there for years. Police {ref}. DA.
mdah|misc|da|{m}, {adult_age}. Ex-partner told police on {date} that he'd assaulted her, but CCTV shows he was at work in {town} at the time. Police now investigating her for perverting the course of justice {ref}. She's done "stuff like this before to get at me". DA.
mdah|oth|da|{m}, {adult_age}. Ex-girlfriend kicked his dog so hard on {date} it needed vet treatment (cracked ribs) "because she knew it'd hurt me". RSPCA + police involved {ref} - animal welfare offence. DA.
mdah|asb|-|{m}, {adult_age}. Neighbours above play music till 3am most nights, shout on the landing, leave bin bags out. Nothing threatening, never spoken to him directly. Not DA, no crime - he's "just at the end of his rope". Housing ASB team referral.
mdah|drug|-|{m}, {old_age}. Thinks his son ({grown_kid}) is dealing cannabis from his bedroom - people at the door at all hours, scales, bags. Son's never been abusive to him: "he's polite, pays rent". Caller just wants it to stop. Not DA. Police {ref}.
mdah|weap|-|{m}, {adult_age}. Found a zombie knife wrapped in a towel under his son's (19) bed. Son has never threatened anyone at home, "he says it's for protection on the estate". No abuse. Caller terrified. Police {ref} - possession.
mdah|weap|da|{m}, {adult_age}. Known to MARAC - ex-partner (DA history, DVPO last year). On {date} police stopped her near his house with a kitchen knife in her bag. She didn't approach him or get it out, he only found out from police {ref}. Possession offence. DA.
mdah|sh|da|{m}, {adult_age}. Ex-wife has made {n_small} false reports about him to social services, DWP and his employer since {date}. All closed as unfounded. Harassment. Divorced {yrs} yrs. DA.
mdah|fraud|da;onl|{m}, {adult_age}. Partner used his debit card on online gambling sites without his permission, nearly {bigamt} gone from savings. She says she'll pay it back. He's "not sure it's fraud if you're together". Explained. Bank + police {ref}. DA.
mdah|fraud|onl|{m}, {old_age}. Has been "in a relationship" with a woman on Facebook for {months} months, never met, never video called. Has sent her {bigamt} for visa and hospital bills. Family think it's a scam. Not DA - no real relationship, romance fraud. Action Fraud {ref}.
mdah|theft|da|{m}, {adult_age}. Suspects his ex-wife has been taking his post from the shared letterbox at their old house where he still gets mail, incl. bank letters + a new card. Divorced {yrs} yrs. DA. Police {ref}.
mdah|shop|-|Caller {m} manages a {shop} in {town}, rang the DA line by mistake looking for victim services. Same man comes in twice a week and walks out with meat and spirits, roughly {amt} a time. No violence or threats. Not DA. Signposted to business crime.
mdah|tfp|-|{m}, {adult_age}. Phone lifted from his back pocket on a packed bus into {town} on {date}, didn't feel a thing. No force or threats. Not DA, rang because he's "stressed about everything". Victim care + police {ref}.
mdah|fraud|da|Daughter rang on behalf of her dad ({old_age}). Her brother has lasting power of attorney and has spent dad's savings on his own car and holidays, about {bigamt}. Dad is scared to challenge him. Fraud by abuse of position. DA (adult son). OPG + police {ref}.
mdah|theft|da|{m}, {old_age}. Daughter ({grown_kid}) collects his pension for him and keeps {amt} of it each week "for petrol". He can't get out much. No violence. DA - theft by family. Adult safeguarding referral.
mdah|cda|da|{m}, {adult_age}. Son ({grown_kid}) punched holes in the bedroom doors and smashed the TV on {date} when told to move out. Never hit {m}, "he takes it out on the house". Damage about {amt}. DA. Police {ref}.
mdah|cda|da|{m}. Ex poured paint stripper all over his car bonnet and roof on {date} - he saw her on the estate CCTV. Quote for respray {amt}. Split {months} months ago. DA. Police {ref}.
mdah|veh|-|{m}, {adult_age}. Works van broken into on {street} overnight on {date}, all his tools gone (~{bigamt}). Not DA. "If it was my ex I'd know about it" but there's nothing to say it's her - just opportunist. Police {ref}.
mdah|misc|-|{m}, {adult_age}. On the M6 on {date} his ex-wife's new partner tailgated him for miles, flashing and swerving, then undercut him. No collision, no one hurt. Dashcam footage. Not DA - the man is not his partner or family. Police - dangerous driving {ref}.
mdah|fraud|da|{m}, {adult_age}. Boyfriend took out {n_small} phone contracts in {m}'s name while they lived together and sold the handsets. Found out from a debt collector on {date}. Together {yrs} yrs, split now. DA + fraud. Police {ref}.
mdah|burg|-|{m}, {adult_age}. House burgled while he was at work on {date} - back door forced, laptop + watch taken. Nothing to do with family, nil DA. Rang the helpline "because I can't sleep in my own house". Victim care referral.
mdah|sh|da|{m}, {adult_age}, from Poland. Wife (British) tells him she'll "get him deported" if he leaves, holds onto his documents, says she'll tell police he hit her. He's got settled status and didn't know. CCB. DASH = medium.
mdah|vwo|-|{m}, {adult_age}. "I'm ringing because my wife said I should." Road rage - another driver got out at lights on {date}, grabbed him by the collar through the window and shouted. No injury. Wife is lovely, nil DA. Signposted.
mdah|theft|-|{m}, {adult_age}, rang about his mum. Paid carer from an agency has been taking cash from his mum's purse - {amt} missing over {weeks} weeks, mum has dementia. Carer not family. Agency + police {ref}. Not DA.
mdah|fraud|da|{m}, {adult_age}. Found his mum has been claiming benefits in his name at her address since he moved out, and opened a credit card he didn't apply for. "I don't want to drop her in it but my credit's ruined." DA (parent). Police {ref}.
mdah|cda|da|{m}, {adult_age}. Civil partner smashed up his guitar collection while he was away at his mum's - {n_small} guitars, some irreplaceable. Together {yrs} yrs. DA. Police {ref}.
mdah|oth|da|{m}, {adult_age}. Ex-partner left his two rabbits without food or water for a week after he moved out of the house on {date}, one died. RSPCA prosecution considered. He says she did it "to punish me". DA.
mdah|theft|da|{m}, {adult_age}. Brother-in-law (wife's brother) borrowed his car tools and his watch "for a job" months ago and now says they're his. Wife takes her brother's side. Family argument but he wants to report theft {ref}. DA - in-law.
mdah|veh|da|{m}. Ex-wife still has a spare key and keeps taking things out of his car - sat nav, sunglasses, his work pass - while it's parked outside the kids' school. Seen on dashcam {date}. Theft from vehicle. DA.
mdah|asb|-|{m}, {adult_age}, lives alone. Kids on the estate knock on his door and run off, kick a football against his wall till late, ride bikes on the green. No threats, no damage. He's not sure if it's aimed at him. Not DA. ASB team + PCSO.
mdah|drug|-|{m}, {adult_age}, rang for advice: flatmate (not a partner, met through Spareroom) grows cannabis in his wardrobe, whole flat stinks, {m} worried about losing tenancy. No threats or abuse. Not DA. Police {ref}.
mdah|weap|-|{m}, {adult_age}. Brother-in-law showed him a gun he keeps in the loft "for protection", says it's real. Never threatened anyone with it, never pointed it. {m} scared the kids will find it. No abuse in the family. Police firearms {ref}.
mdah|fraud|da;onl|{m}, {adult_age}. Wife set up a PayPal in his name, linked his card and has been buying things online without him knowing - about {bigamt} over the last year. Found out from the bank on {date}. DA + fraud.
mdah|theft|da|{m}. Ex-boyfriend kept his passport and birth certificate when he moved out and refuses to return them, says they're "in a box somewhere". Police {ref} theft. DA.
mdah|misc|-|{m}, {adult_age}, car salesman. A man on police bail with a curfew condition kept coming to the forecourt late at night, {m} reported him for the bail breach. Not aimed at {m}, no threats, no relationship. Police {ref}.
mdah|cda|da|{m}, {old_age}. Wife of 30 years has started smashing his things - his dad's clock, his reading glasses - when she's angry. She's recently been diagnosed with dementia. "I don't think it's her fault." DA. Adult social care.
mdah|burg|da|{m}. Ex-wife broke into his garage on {date} by forcing the side door and took his golf clubs and power tools. Divorced {yrs} yrs, she has no right to be there. Police {ref}. DA.
mdah|vwo|-|{m}, {adult_age}, rang from his car. He's a paramedic - a patient's friend shoved him against the ambulance on {date}, no injury. Emergency worker assault. Not DA. Wants to talk to someone.
""")


# ---- batch 5: LGBT+ anti-violence casework, hate and family -----------------
add(r"""
lgbt|po|hate|Casework intake. {n} ({adult_age}) and partner were holding hands on {street} on {date} when a group outside {venue} shouted "f***ing d*kes" and "disgusting", followed them to the corner. No physical contact. Both shaken, avoiding town centre. Police {ref} - homophobic public order.
lgbt|vwi|hate|{n}, {adult_age}, trans woman. Waiting for a taxi in {town} {time}, man asked "are you a man or what", then punched her repeatedly calling her "it". Broken nose, {hosp}. Police {ref}. Transphobic assault. Needs support with court + name on paperwork.
lgbt|vwo|hate|{m}, {adult_age}, gay. Man on the tram spat in his face and called him a "batty boy" on {date}, no injury. Other passengers did nothing. Police {ref}, CCTV requested. Hate crime - sexual orientation.
lgbt|cda|hate|{m} and his husband woke on {date} to "F*GS OUT" spray-painted across their front door and wall on {street}. Third incident this year. Police {ref}. Housing association to clean. Sexual orientation hate, criminal damage.
lgbt|cda|hate|{n} ({adult_age}). Rainbow flag pulled off their balcony and set alight in the car park overnight {date}, "no perverts here" sprayed on the bin store. Window also cracked by a stone. Police {ref}. Homophobic hate.
lgbt|sh|hate;onl|{n}, {adult_age}, trans nonbinary content creator. After a video went viral, receiving hundreds of TikTok and X messages calling them a groomer, telling them to kill themselves, {n_small} include their town. Police {ref} - malicious comms. Transphobic hate.
lgbt|sh|da|{m}, {adult_age}. Ex-boyfriend keeps threatening to tell {m}'s Catholic parents he's gay unless he "comes back", turned up at his work twice. Texts and calls. Split {weeks} wks ago. Together 18 months. Outing threats - DA. DASH = medium.
lgbt|sh|da;hate;onl|{n}, {adult_age}, trans woman, stealth at work. Ex-partner has sent her pre-transition photos to {n_small} of her colleagues via LinkedIn and Instagram and says she'll "tell everyone what you really are". DA + transphobic - client says ex "always used it as a weapon". Police {ref}.
lgbt|vwi|da;hate|{m}, {old_teen}. Dad found messages from his boyfriend on {date}, beat him with a belt calling him a "disgrace" and "not my son", bruising and welts to back and arms. Now sofa surfing. Police {ref}. DA (father) + homophobic. Youth homelessness referral.
lgbt|vwi|hate|School ref {date}. Boy aged {young_teen} came to school in {town} with a black eye, said his dad punched him after finding out he was gay, called him a "poof". CSC s47. Child under 16 so child protection route, not DA. Homophobic hostility noted.
lgbt|vwo|da;hate;hba|{m}, {adult_age}. Family found out he's gay. Father says he has "destroyed the family's name in the community" and must marry a cousin in Pakistan this summer "or we will kill you". Passport taken. Forced Marriage Unit + police {ref}. DA + HBA + homophobic.
lgbt|sh|da;hate|{n}, {old_teen}, trans girl. Mum takes her hormones and bins them, throws out her clothes, stops her seeing friends, reads her phone, says she'll "never be a girl in this house". Ongoing {months} months. CSC + police {ref}. DA + transphobic CCB.
lgbt|vwo|da;hate|{n}, {adult_age}, trans woman. Brother said to her face at their mum's birthday that he'd "kill her before she embarrasses the family" and that "trannies should be put down". She believes him. Police {ref} threats to kill. DA + transphobic.
lgbt|po|hate|{n}, {adult_age}, trans man. Bus driver refused to let him on with his pass, loudly called him "love" then "whatever you are", told the bus he was "a freak". No contact. Operator complaint + police {ref}. Transphobic public order.
lgbt|po|-|{m}, {adult_age}, gay, rang because "I know you do LGBT stuff". Row with a man over a parking space at Aldi on {date}, man swore and shouted in his face. {m} is clear it wasn't about him being gay - "he didn't know, it was about the space". Not hate. Public order advice.
lgbt|vwi|-|{m}, {adult_age}, punched outside {venue} (gay bar) on {date} by a drunk man in the smoking area. Cut eyebrow. {m} says no slurs, "he was just off his face and swinging at everyone". No hate element per client. Police {ref}.
lgbt|theft|onl|{m}, {adult_age}, married, not out. Man he chatted to on {app} now says he'll send their chat to {m}'s wife unless {m} pays {amt} a month. No homophobic language, "he's just after money". Blackmail. Police {ref}.
lgbt|theft|hate;onl|{m}, {adult_age}. Man he met on {app} came round on {date} and took his watch and {amt} cash from the bedside table while {m} was in the shower. Police later found the man had bragged on a forum that he "robs queers for fun". Nothing said to {m}. Theft {ref}. Homophobic targeting.
lgbt|rob|onl|{m}, {adult_age}. Arranged to meet a man from {app} at a flat in {town} on {date}. Two other men were inside, blocked the door, made him hand over phone, wallet and watch. Pushed him about, no injury. No slurs. Police {ref}. Dating-app robbery.
lgbt|rob|hate;onl;knife|{m} ({adult_age}) met someone on {app} on {date}, walked to meet him behind the {shop}. Two lads pulled a knife, called him "fag" and "nonce", took his phone and made him unlock his banking. Police {ref}. Hate + robbery. Third similar in {town} this month.
lgbt|rob|hate;onl|{m}, {adult_age}. Lured via {app} to a car park, three men surrounded him, one said "you're going to pay for being a queer", forced him to transfer {bigamt} on his banking app, slapped him. No weapons seen. Police {ref}.
lgbt|vwi|da|{n}, {adult_age}. Girlfriend twisted her arm behind her back during a row on {date}, fractured arm. Together {yrs} yrs, living together. "Nobody takes it seriously when it's two women." DASH = high. Police {ref}. Same-sex DA.
lgbt|sh|da|{n}, {adult_age}, trans woman. Partner controls her money, "forgets" to pick up her hormone prescription, tells her no one else would "put up with someone like you". Never physical. Together {yrs} yrs. CCB, DASH = medium.
lgbt|vwo|hate|{m}, {adult_age}, Deaf and gay. A man at the bus stop mocked his signing and shoved him, calling him "deaf and dumb poof". No injury. BSL interpreter needed for statement. Police {ref}. Disability + homophobic hate.
lgbt|po|hate|{n} and her wife, both Muslim, wearing hijab. Man in the park shouted that they were "an insult to Islam" and "dirty lesbians", blocked their path. No contact. Police {ref}. Religious + homophobic hostility.
lgbt|vwo|hate|Group of {n_small} friends leaving Pride in {town} on {date}. Man shouted "I'll kill the lot of you f*gs" and lunged at {m}, grabbed his shirt. No injuries. Police {ref}. Homophobic assault + threats.
lgbt|po|hate|{n}, {adult_age}. On {date} men in a white van drove past the Pride picnic on the green three times, revving and shouting homophobic slurs through the window. Partial plate. Police {ref}. Public order - hate.
lgbt|sh|hate|{m} and partner, {street}. Neighbour has put {n_small} notes through the door since {date}: "we know what you are", "Leviticus 20:13", "move or else". Also films them in the garden. Police {ref}. Homophobic harassment.
lgbt|asb|-|{n}, {adult_age}, and partner. Neighbours' kids play football against their wall, music late, bins on their drive. Nothing said to them. Client wonders if it's "because we're gay" but honestly not sure and no remarks ever made. No crime disclosed. ASB + mediation.
lgbt|vwi|da;hate|{m}, {adult_age}. His uncle attacked him at a cousin's wedding on {date} after {m} brought his boyfriend, called him a "shame" and a "poofter", punched him twice - swollen eye, cut cheek. Police {ref}. DA (uncle) + homophobic.
lgbt|vwi|hate|{n}, {adult_age}, trans man. Assaulted in the changing room at his gym by another member who'd complained he "shouldn't be in here" - punched in the ribs, bruising. Police {ref}. Transphobic assault.
lgbt|sh|hate;onl|{m}, {adult_age}. An ex-friend (never a partner) set up an Instagram account posting photos of {m} with captions calling him a "diseased queer", tagging his employer. Police {ref}. Homophobic malicious comms.
lgbt|vwo|da;hate;hba|{n}, {adult_age}. Seen by a cousin with her girlfriend. Father said she has brought shame on the family and that he'll send her "back home" to be married or she'll be "dead to us - actually dead". Threats to kill. Police {ref}, FMU. DA + HBA + homophobic.
lgbt|sh|da;hate;hba|{m}, {adult_age}. Since coming out his family take his phone every night, make him attend sessions with an imam to "fix" him, say the family's izzat is ruined. Not allowed out alone. CCB. DA + honour + homophobic. Safe accommodation sought.
lgbt|vwi|da;hate;hba|{m}, {adult_age}. Two older brothers beat him in the family home on {date} "for bringing shame on the family" after he was seen at {venue}. Broken ribs, {hosp}. Police {ref}. DA + honour-based + homophobic.
lgbt|fraud|onl|{m}, {old_age}. Met a younger man on {app}, never met in person, gave him {bigamt} for "his mum's surgery" and a flight that never happened. Profile deleted. Not DA, not a real relationship. No hostility. Romance fraud. Action Fraud {ref}.
lgbt|po|hate|{n}, {adult_age}, trans woman. Staff at a phone shop in {town} refused to serve her, a manager shouted in front of the queue that "men in dresses" weren't welcome and told her to get out. Police {ref}. Transphobic public order.
lgbt|vwo|hate|{m} and boyfriend walking home {date} {time}. Someone threw a glass bottle at them from a car, it smashed at their feet, no injury, with "queers" shouted. Police {ref}. Homophobic assault (no injury).
lgbt|cda|hate|{m}, {adult_age}. Car keyed with "F*G" down the driver's side outside his flat on {date}. Damage ~{amt}. Third time. Police {ref}. Homophobic criminal damage.
lgbt|sh|hate;onl|{n}, {adult_age}, trans woman. Her address and deadname were posted on a forum with "someone should pay him a visit". Has since had people knocking at night. Police {ref}. Transphobic harassment, online.
lgbt|vwo|hate;knife|{n}, {adult_age}, trans woman. Man at the cashpoint pulled out a knife, held it near her face and said "I'll cut you, tranny". She ran. No injury. Police {ref}. Transphobic threats, knife shown.
lgbt|vwi|-|{m}, {adult_age}. Former flatmate (straight, never partners, just shared a flat for a year) attacked him when he came to collect his deposit on {date}, bruised face. No slurs. Not DA, not hate. Police {ref}.
lgbt|sh|da|{n}, {adult_age}. Ex-girlfriend from {yrs} yrs ago has started messaging her new partner and turning up at her work. They had no contact for years. Calls from withheld numbers. DA - ex-partner. Police {ref}.
lgbt|vwo|da|{m}, {adult_age}. Boyfriend threatened to kill him on {date} if he "ever tries to leave", said it quietly in bed. {m} believes it. No weapons. Together {yrs} yrs. DASH = high. MARAC ref.
lgbt|tfp|-|{n}, {adult_age}. Purse taken from their rucksack while in the crowd at Pride in {town} on {date}. Didn't notice till later. No force, no hostility, just a pickpocket. Police {ref}.
lgbt|tfp|hate|{m}, {adult_age}. Man snatched his phone out of his hand at the bus stop while he was on a call to his boyfriend, shouting "give us that, poof" and ran. No force beyond the grab, no injury. Police {ref}. Homophobic.
lgbt|shop|hate|{m}, {adult_age}, owns a small gift shop in {town}, runs it alone. Regular shoplifter took candles and cards, about {amt}, and on the way out shouted "your sort shouldn't be selling to kids, paedo queer". Police {ref}. Homophobic.
lgbt|burg|hate|{m} and his husband came home on {date} to find the house broken into via the back door, laptops and jewellery gone, and "BENT" and a slur written on the bedroom mirror in lipstick. Police {ref}. Homophobic hostility.
lgbt|vwi|da;hate|{n}, {adult_age}, trans woman. Her mum hit her with a hairbrush on {date} when she came downstairs in a dress, cut to forehead, said "I'll beat it out of you". Lives at home. Police {ref}. DA + transphobic.
lgbt|sh|hate|{m}, {adult_age}, warehouse worker. Colleagues leave porn and "gay" notes in his locker, mince around him, call him "Nancy". Ongoing {months} months. HR hasn't acted. Not DA. Police {ref} harassment. Homophobic.
lgbt|po|hate|{m}, {adult_age}, Black and gay. At the taxi rank a man called him a "black batty man", said he'd "send him back" and squared up. No contact. Police {ref}. Racist + homophobic public order.
lgbt|vwi|hate;knife|{m}, {adult_age}. Stabbed in the thigh outside {venue} (gay bar) {time} on {date} by a man who'd been shouting about "queers" in the queue. Surgery at {hosp}. Police {ref} - s18. Homophobic hate.
lgbt|vwo|-|{m}, {adult_age}, gay. Shoved in the taxi queue at {time} by a man who wanted to push in, no injury. "Honestly it wasn't a gay thing, he shoved the straight couple behind me too." Not hate. Police {ref}.
lgbt|sh|da|{m}, {adult_age}. Husband tracks his phone location, messages his friends pretending to be him, has cut him off from the group chat. Married {yrs} yrs. "He calls it looking after me." CCB, DASH = medium. No violence.
lgbt|vwo|da;knife|{n}, {adult_age}. Wife stood over her with a pair of scissors during a row on {date} and said "one more word". {n} believed she'd use them. No injuries. Together {yrs} yrs. Police {ref}. DASH = high.
lgbt|sh|-|{n}, {adult_age}. A woman from the same climbing club has been following her, waiting at her car, texting 20x a day. Client is a lesbian, the woman knows this, but no hostility expressed - "she's obsessed with me, not angry at me". Not DA - never together. Stalking {ref}.
lgbt|vwi|da;hate|{m}, {adult_age}. Stepfather, who he lives with, threw him against a wardrobe after seeing him wearing makeup, called him a "f*ggot", cut to head. Mum was there. Police {ref}. DA (stepparent) + homophobic.
lgbt|cda|-|{n}, {adult_age}. Someone smashed the windscreen of their car on {date}. Client initially thought it was homophobic because of their Pride sticker, but police found the same man did 9 cars on the street. No hostility to them. Not hate. Police {ref}.
""")


# ---- batch 6: bereavement, driving, exploitation, the less common codes -------
add(r"""
isva|hom|da|Homicide caseworker ref. Client {f} ({adult_age}) is the sister of a woman killed by her husband on {date} in {town}. Husband charged with murder {ref}. Client looking after her niece + nephew. Needs support for inquest + trial, and a DA homicide review contact.
lgbt|hom|da|Bereaved family referral. {f}, {old_age}, mum of {m} ({adult_age}) who was killed by his boyfriend at their flat on {date}. Police say there were "previous incidents" between them she never knew about. Suspect charged with murder. Family liaison in place. Wants LGBT-aware support.
lgbt|hom|hate|{m}, {adult_age}. His partner was killed in {town} park on {date} by a group who'd been "hunting gays" near the cruising area, per police. Murder charges {ref}. {m} not recognised as next of kin by partner's family. Homophobic motive.
mdah|hom|da;knife|{m} ({adult_age}) rang the helpline - his brother was stabbed to death by his brother's wife on {date}, she's been charged with murder. "Nobody believed he was being abused, he told me and I laughed." Bereavement + DHR info.
sarc|hom|-|Crisis worker note. Police FLO asked for SARC-linked support for the mum of {f} ({adult_age}), found dead in a stairwell in {town} on {date}. PM indicates she was also sexually assaulted. Suspect unknown, not a partner or family. Murder inquiry {ref}.
isva|hom|-|Referral. {f}, {old_age}. Her son died after a single punch outside {venue} on {date} from a man he'd never met. Manslaughter charge {ref}. She asked for "the same kind of person who helps rape victims" to support her through court. Not DA.
mdah|hom|da|{m}, {old_age}. His wife was killed by their adult son ({grown_kid}) at home on {date}. Son charged with murder, has psychosis. {m} found her. "I'm losing my wife and my boy at the same time." DHR notified. Bereavement support.
lgbt|hom|da;hate;hba|Referral from police homicide team. {n}, {adult_age}, sibling of a gay man killed on {date} by their uncle and a cousin who said he'd "dishonoured the family". Both charged. {n} fears for their own safety as they're also LGBT+. Honour-based + homophobic. Safe housing.
mdah|ddr|-|{m}, {adult_age}. His son ({grown_kid}) was killed on {date} when a drunk driver mounted the pavement on {street}. Driver charged with causing death by careless driving when under the influence {ref}. Not DA. Asking for support through court.
lgbt|ddr|-|{n}, {adult_age}. Their partner was knocked off his bike by a driver going through a red light on {date}, spinal injury, may not walk. Driver charged with causing serious injury by dangerous driving {ref}. No hostility - random. Practical + emotional support.
mdah|ddr|da|{m}, {adult_age}. During a row in the car on {date} his girlfriend floored it to 90 on the bypass "to scare me", lost control and hit the barrier. He has a broken pelvis. She's charged with causing serious injury by dangerous driving {ref}. Previous incidents of her hitting him. DA.
isva|ddr|-|ISVA (outside usual remit, manager agreed). Client {f}'s sister was killed on {date} by a van driver on his phone. Driver charged - death by careless driving {ref}. Client also an existing ISVA client for an unrelated historic matter - not discussed today.
lgbt|vwo|ms|{n}, {adult_age}, trans woman from Brazil. A "friend" arranged her visa and job, but on arrival she was kept in a house in {town}, made to clean and cook for {n_small} men 16 hrs a day, unpaid, passport taken, told she'd be "reported as illegal" if she left. NRM submitted. No sexual exploitation disclosed.
mdah|vwo|ms|{m}, {adult_age}, Vietnamese, interpreter used. Found working at a car wash, sleeping in the back, told he owed {bigamt} for his transport, not paid, threatened that his family at home would be hurt. NRM referral by police {ref}. Forced labour.
mdah|vwo|da;ms|{m}, {adult_age}, brought from India on a spouse visa. Wife and her parents make him work 14 hrs a day in their shop unpaid, keep his passport, lock him in at night, threaten to have him deported. DA + forced labour. NRM + police {ref}.
sarc|vwo|ms|Paeds ref. Boy aged {young_teen} found in a flat in {town} during a drugs warrant, had been sent from London to sell crack, told his family would be hurt if he ran. No sexual abuse disclosed at SARC wellbeing check. CCE - NRM submitted. Police {ref}.
mdah|vwi|da|{m}, {adult_age}, works for his uncle's building firm, long hours, paid cash, lives in uncle's spare room, free to leave. On {date} uncle punched him for being late, cut lip, loose tooth. NRM considered by police but no forced labour or control indicators. DA (uncle). Police {ref}.
lgbt|drug|-|{m}, {adult_age}. At a chemsex party at a flat in {town} on {date} a man was supplying G and meth to everyone, {m} took some he was offered and ended up in A&E with an overdose. Nothing sexual happened without consent, he's clear on that. Police {ref} - supply. Harm reduction referral.
lgbt|drug|-|{n}, {adult_age}. Partner keeps crystal meth in the flat and uses at weekends. Never violent or controlling, "he's lovely, it's just the drugs". Client scared of being caught with it. Nil DA. Substance misuse support signposted.
sarc|drug|-|Crisis line. Caller {f} ({adult_age}) rang for reassurance: a man in the toilets at {venue} on {date} kept trying to sell her and her friends ket and coke, followed them to the bar offering "a deal". No threats, no touching, nothing taken. Door staff ejected him. Police {ref} - supply. Not DA.
lgbt|weap|-|Bar manager at {venue} referred. Door staff found a lock knife in a man's sock during entry search on {date}. He never got it out or threatened anyone, was ejected and arrested. Staff a bit shaken. No hostility expressed. Police {ref}.
sarc|weap|da|Crisis desk. Client's ex-partner (DA history, MARAC'd last year) was arrested outside the SARC building on {date} carrying a claw hammer. He didn't go in or approach her. Police {ref} - offensive weapon. Client informed. DA.
isva|weap|-|ISVA note, unrelated to client's case: client {f} found an air pistol in her 12-yr-old son's school bag. He says a boy at school gave it him. Never threatened anyone. School + police {ref}. No family abuse.
isva|misc|-|Client {f}'s brother is on trial for assault (not a sexual case, client is a witness). On {date} a man offered her {amt} to "change her story". No threats. Police {ref} - perverting the course of justice. No offence against client herself.
lgbt|misc|csa;onl|{m}, {adult_age}. Found indecent images of children on his boyfriend's laptop that they share, downloaded from a website. Boyfriend has never been abusive to him. Police seized devices {ref}. {m} in shock, wants support. No DA.
mdah|misc|-|{m}, {adult_age}. Flatmate (not related, not a partner) has been storing boxes of new power tools and phones in their hallway that {m} thinks are stolen. No threats to {m}. Police {ref} - handling stolen goods.
lgbt|oth|hate|{n} and wife. On {date} their cat came home with a broken leg Vet confirmed deliberate injury. Neighbour seen doing it had told the residents' association he "won't have dykes on this street". Nothing said to the couple directly. Police + RSPCA {ref}. Homophobic animal cruelty.
mdah|oth|-|{m}, {adult_age}. Neighbour put out poison and his dog died {date}. Vet confirmed. Long-running dispute over a hedge. Not DA. Police + RSPCA {ref}.
lgbt|oth|hate|{n}, {adult_age}. Landlord changed the locks and put their things on the street on {date} without notice or a court order after seeing them with their girlfriend, his text to the letting agent (seen later) said he "won't have lesbians in the property". Illegal eviction. Council tenancy relations officer. Homophobic.
isva|asb|-|Client {f} (existing ISVA client) rang {date} distressed: teenagers gather on the wall outside her flat every evening, loud music, litter, she finds it triggering. No threats, nothing said to her, nothing to do with her case. ASB team + PCSO. No crime.
sarc|asb|-|Centre manager note {date}, {cw}. Group of youths hanging round the car park behind the SARC most evenings, smoking, playing music, one kicked a football at the fence. No threats to staff or clients, nothing damaged. Logged with ASB team.
lgbt|asb|-|{n}, {adult_age}. Neighbour holds parties every weekend, guests park across their drive and leave cans in the garden. Nothing aimed at the couple, nothing said about them being gay. "It's just rude." ASB mediation.
mdah|vwi|da|{m}, {adult_age}. His aunt, who he lives with since his mum died, hit him across the face with a phone charger cable on {date}, welts on his cheek. She's done it before. He's 20. DA (aunt). DASH = medium.
mdah|vwi|da|{m}, {old_age}. Granddaughter ({grown_kid}) lives with him. She pushed him over in the kitchen on {date}, he cut his head on the counter. She wants him to sign the house over. DA (grandchild). Adult safeguarding + police {ref}.
mdah|sh|da|{m}, {adult_age}. Daughter-in-law controls all contact with his grandchildren, sends him streams of abusive texts, has told the school he's "not safe" with no reason. Texts only. DA (in-law). Harassment advice.
mdah|vwi|da|{m}, {adult_age}. Half-brother (same dad) attacked him outside their dad's funeral on {date}, punched him to the ground, bruised jaw and grazes. Row over the will. DA (sibling). Police {ref}.
mdah|vwo|da|{m}, {adult_age}. Stepfather, married to his mum for 15 yrs, grabbed him by the shirt and shoved him into the wall at his mum's 60th on {date}, no marks. "He used to do it when I was a kid too." DA. Police {ref}.
isva|vwi|-|Client {f} (ISVA for a historic matter, all closed) was punched by a woman at the school gate on {date} over a parking row, bruised cheek. Not known to her, not DA. New police report {ref}. Nothing sexual.
mdah|sh|-|{m}, {adult_age}. His ex-wife's new husband keeps sending him abusive texts and turns up at his work. Ex-wife herself isn't involved and they co-parent fine. The new husband is not his family. Not DA. Harassment. Police {ref}.
lgbt|sh|da;onl|{m}, {adult_age}. Ex-boyfriend from {yrs} yrs ago found him on Facebook after years of nothing and now messages him daily on Messenger, created new profiles when blocked. DA (ex-partner). Police {ref}.
lgbt|vwi|da|{n}, {adult_age}. Wife pushed her into the glass coffee table on {date}, cuts to her back and arm. Married {yrs} yrs. Two kids. "I didn't want to make a big thing of it with it being two women." DASH = high. Police {ref}.
mdah|vwi|da|{m}, {adult_age}. On the phone very quiet, said "it's a bit embarrassing". Girlfriend slaps him and scratched his neck till it bled on {date}. Friends joke about it. Together {yrs} yrs. DASH = medium.
sarc|vwi|da|Crisis desk. {f}, {adult_age}, asked for SARC. On triage: no sexual element. Her adult son ({grown_kid}) punched her in the mouth on {date}, lost a tooth. Redirected to DA services + dental. DASH = high.
isva|sh|da;onl|Referral from refuge. {f}, {adult_age}. Ex-partner keeps creating new {msg} accounts to message her, has found the refuge area by tracking her Google account. No sexual offence disclosed - referred in error to ISVA, passed to IDVA. Stalking.
lgbt|rob|-|{m}, {adult_age}. Walking home from {venue} on {date} {time}, two men grabbed him, pulled his jacket off and took his wallet and phone, pushed him to the ground. Grazed hands. No slurs, "they didn't know anything about me". Police {ref}.
lgbt|rob|onl;knife|{m}, {adult_age}. Met a man from {app} at his flat on {date}. Once inside the man produced a kitchen knife and made {m} hand over his watch, phone and PINs. No slurs, {m} not out to his family so nervous about police {ref}.
mdah|rob|da|{m}, {adult_age}. Ex-wife's brother? no - his own brother took his wallet off him in the street on {date}, twisting his arm till he let go, took {amt}. They're brothers, both in their 30s. DA. Police {ref}.
sarc|rob|-|Crisis desk. {f}, {adult_age}, asked for the SARC. Man grabbed her bag on {date} and dragged her along the pavement till the strap broke - she thought he was going to rape her but he ran with the bag. No sexual assault. Grazed knees. Police {ref} - robbery.
mdah|rob|knife|{m}, {adult_age}, delivery rider. Two lads held a knife to him on {date} and took his moped keys and phone. Not DA. Police {ref}. Rang the helpline "because I can't stop shaking".
lgbt|burg|-|{n}, {adult_age}. Flat broken into on {date} while at work, laptop and camera taken, drawers tipped. Nothing suggesting hostility, police say several flats in the block done. Police {ref}.
lgbt|burg|da|{m}, {adult_age}. Ex-partner broke into his flat on {date} by forcing the window, took back gifts and his laptop, left the window hanging off its hinges. Split {weeks} wks ago. DA. Police {ref}.
isva|burg|-|Client {f}, {adult_age}. Two men broke into her house at night on {date} and took jewellery + car keys while she stayed locked in the bathroom; she never saw them. Doorbell footage later showed one carrying a knife. No one hurt, nothing sexual. Aggravated burglary {ref}. ISVA only for emotional support as she's an existing client.
""")


# ---- batch 7: mostly not-DA calls across all four desks ----------------------
add(r"""
lgbt|shop|-|{m} and his husband run a corner shop on {street}. Same group of teenagers keep pocketing vapes and sweets, roughly {amt} a week. Nothing ever said about them being gay - "they'd do it to anyone". Police {ref}. Business crime support.
lgbt|shop|-|Volunteer manager, LGBT+ centre charity shop in {town}. Woman filled a bag with donated designer coats and walked out on {date}, ~{amt}. Caught on CCTV. No comments made, no hostility. Police {ref}.
sarc|shop|-|Crisis desk, wrong number. Caller {f} manages a {shop}, wanted to talk to someone after a man walked out with a basket of razors and baby formula on {date}. No threats, no violence. Not DA, nothing sexual. Signposted to business crime + victim care.
lgbt|veh|-|{n}, {adult_age}. Their {car} was stolen from outside their house on {date} overnight, keyless relay per police. Nothing to suggest it's targeted - "three on our street this month". Police {ref}.
lgbt|veh|-|{m}, {adult_age}. Went to Pride in {town}, came back to find the car window smashed and his bag with laptop taken from the back seat. Police say lots of cars done that day. No hostility. {ref}.
sarc|veh|-|Staff note {cw}. Crisis worker's {car} broken into in the SARC car park {date} during a night shift, satnav + work bag taken. No client info in bag. Police {ref}. Logged as incident.
lgbt|bike|-|Volunteer {n} ({adult_age}) had their {bike} stolen from the rack outside the LGBT+ centre on {date}, lock cut. CCTV shows a man in a hoodie. No hostility, just theft. Police {ref}.
sarc|bike|-|Client {f} attended SARC for a follow-up on {date}; while she was inside her {bike} was taken from the bike stand outside, lock left on the floor. Very upset "on top of everything". Police {ref}. Bike scheme contacted for loan.
lgbt|tfp|-|{m}, {adult_age}. Phone lifted out of his pocket on the dancefloor at {venue} on {date}. Didn't feel it. Find My shows it in {town}. No violence. Police {ref}.
isva|tfp|-|Client {f} rang {date}: purse taken from her handbag on the bus into {town}, she only noticed at the till. Not connected to her ISVA case, no one else involved that she knows. Police {ref}. Cards cancelled.
lgbt|fraud|onl|{n}, {adult_age}. Someone hacked their Instagram on {date}, changed the email and is messaging their followers asking for money for a fake "top surgery fund". No hostility - just scammers. Action Fraud {ref}.
isva|fraud|onl|Client {f} ({adult_age}) - her email was hacked and used to order {amt} of goods from online shops on {date}. She was worried it was linked to the man in her case but the police cyber unit says it's a mass phishing. No ex-partner involved. Action Fraud {ref}.
sarc|fraud|-|SARC manager note. Man going door to door in {town} claiming to collect cash for "the rape crisis centre". We have no door collections. Residents gave about {amt}. Police {ref} - fraud by false representation. Warning put on socials.
lgbt|fraud|onl|{n}, {adult_age}. Saw a room advertised on an LGBT+ housing Facebook group, paid {amt} deposit by bank transfer to the "landlord", address doesn't exist. Account deleted. Fraud. Action Fraud {ref}.
lgbt|po|hate|{n}, {adult_age}. Street preacher with a megaphone at the Pride entrance in {town} on {date} singled them out, pointed and shouted that "trannies and sodomites will burn" and followed them for 50 yards. Police {ref}. Public order - hate.
lgbt|po|hate|{n}, {adult_age}, Black trans woman. Two women at the bus stop called her a "black man in a wig", said she should "go back to Africa", laughed and filmed her. No contact. Police {ref}. Racist + transphobic.
lgbt|po|-|{m}, {adult_age}. Caught up in a mass brawl outside a takeaway on {street} at {time} - bottles thrown, people fighting. He wasn't hit, wasn't targeted, "nobody knew who I was". Violent disorder per police {ref}. Very shaken.
sarc|po|-|Reception log {date} {time}. Man came into SARC reception shouting and swearing, banging the counter, demanding to see "whoever's in charge". Not connected to any client, thought we were the council. Left before police arrived {ref}. Staff frightened. No contact.
lgbt|misc|-|{n}, {adult_age}, cycling with their club on {date}. A driver swerved at the group, overtook on a blind bend and braked hard in front of them. No collision, nobody hurt, no slurs. Dashcam + helmet cam. Police {ref} - dangerous driving.
lgbt|misc|-|{m}, {adult_age}. Neighbour told him over the fence "I'll torch your car one night" on {date} after a row about parking. No damage yet. {m} believes it. Nothing said about him being gay. Police {ref} - threat to commit criminal damage.
lgbt|oth|onl|{n}, {adult_age}, trans man. HR manager at his work emailed his medical file, incl. gender history, to his line manager and team without consent. Client says it was "careless not nasty". ICO + police {ref} - data protection offence.
isva|oth|-|Client {f} ({adult_age}) - her landlord keeps coming into her bedsit without notice, turned off her electric to make her leave, changed the meter. Nothing sexual, no threats. Harassment of occupier (Protection from Eviction Act) - council tenancy relations. {ref}.
mdah|asb|-|{m}, {adult_age}. Lads on e-scooters ride up and down his path, shout and bang on windows then leg it, most nights around {time}. No damage, no threats, not about him personally. Not DA. ASB team {ref}.
lgbt|asb|-|{n}, {adult_age}. Neighbour's dog barks all day, neighbour leaves rubbish in shared garden. Neighbour's never been rude about their relationship - "she's rude to everyone". No crime. Housing ASB team.
lgbt|drug|-|{m}, {adult_age}, bar worker at {venue}. Regular customer is selling pills in the toilets on weekends, has offered {m} a cut to turn a blind eye. No threats. {m} wants to report but fears losing his job. Police {ref} - supply.
isva|drug|-|Client {f} ({adult_age}) - her housemate (not a partner, not family) is dealing coke from the house, people coming at all hours. Client scared she'll be implicated. No threats to her. Police {ref}.
lgbt|weap|-|Pride stewards noticed a man with a large knife tucked in his waistband near the main stage on {date}. He never got it out or threatened anyone; police arrested him {ref}. Stewards asking for debrief support.
sarc|vwi|-|Staff note {date}. Crisis worker {cw} punched in the face in the SARC car park by an unknown man asking for "his girlfriend" - no client of that name. Bloody nose. Not DA for the worker. Police {ref}.
sarc|sex|-|{f}, {adult_age}. Sexual assault by a massage therapist at a spa in {town} on {date}, he touched her genitals during a "deep tissue" massage. Police {ref}. Spa has suspended him. Non-forensic.
sarc|sex|onl|{f}, {adult_age}. Man she'd been chatting to on Instagram for a couple of weeks persuaded her to meet on {date}, got her drunk in his car and sexually assaulted her. He'd deleted his account by the next day. Police {ref}. Forensic done.
sarc|sex|-|{f}, {adult_age}, on a work trip to {town}, raped in her hotel room by a client she'd had dinner with on {date}. Company HR + police {ref}. Forensic exam done at SARC. Colleague with her.
isva|sex|-|Client {f} ({adult_age}) was raped by a man she met at a peer support group, after he offered her a lift home on {date}. Never in a relationship. She says "I feel so stupid". Police {ref}.
lgbt|sex|-|{n}, {adult_age}, trans man. Met a man at a bar, went back to his, man ignored him saying stop and raped him. No comments about him being trans - man knew and "was fine with it till he wasn't listening to no". Police {ref}. SARC forensic.
lgbt|sex|hate|{n}, {adult_age}, lesbian. Man at a house party said he'd "fix" her and "show her what a real man is", then pinned her down and sexually assaulted her. Police {ref}. Homophobic + sexual offence.
lgbt|sex|onl|{m}, {adult_age}. Arranged a hook-up via {app} on {date}, at the man's flat was given G, passed out and woke to being raped by him and another man. Police {ref}. SARC forensic + tox.
sarc|sex|-|{f}, {old_age}. Doctor at a private clinic did an "unnecessary" internal examination with no chaperone and made sexual comments on {date}. She reported to GMC and police {ref}. Very distressed. Not DA.
sarc|sex|-|Crisis desk. {f}, {adult_age}. Man on a crowded train rubbed himself against her from behind, she felt he was aroused. BTP {ref}. She's angry she "froze". Sexual assault - outraging. Not DA.
isva|sex|-|Client {m}, {adult_age}. Raped by a man he'd just met at a festival, in a portaloo, on {date}. {m} is straight and feels "I should have been able to fight him off". No relationship. Police {ref}.
lgbt|sex|-|{n}, {adult_age}. At a gay sauna a man repeatedly touched {n}'s genitals after being told no and pushed away, {n_times}. Staff ejected him. Not hate - "it's a gay venue, he just wouldn't take no". Police {ref}.
sarc|sex|csa|Paeds pathway {date}. Girl aged {kid_age}, touched over her clothes by a man at the swimming baths in {town}, lifeguard saw it. Man arrested {ref}. Mum with her. Wellbeing support only, no forensic needed.
sarc|sex|csa;onl|Police ref. Girl aged {young_teen} was persuaded by an adult man on a gaming chat to perform sexual acts on webcam, which he recorded. Family found it on {date}. Devices seized {ref}. Paeds SARC wellbeing + CYP ISVA.
""")


# ---- batch 8: hard negatives and less common flags ---------------------------
add(r"""
mdah|vwi|-|{m}, {adult_age}. Paid carer from the agency who looks after his disabled wife slapped him and scratched his arm till it bled when he queried her timesheet on {date}. Carer isn't family. Not DA. Agency + police {ref}.
sarc|vwi|-|School nurse ref. Girl {young_teen} has bruises on her arms from her boyfriend ({young_teen2}) grabbing her and a cut lip where he hit her on {date}. Both under 16, so safeguarding/child protection not DA. No sexual element disclosed. Police {ref}.
lgbt|vwi|-|Youth worker ref. {n} ({young_teen}) - girlfriend, same age, scratched her face till it bled and pulled her hair out in the park on {date}. Both under 16, handled through child safeguarding rather than DA. No hostility about sexuality.
isva|sh|onl|Mum of a CYP ISVA client (her daughter's case is separate). Since {date} the suspect's mother has been posting about the mum on Facebook community pages calling her a liar and a bad mother, and messaging her friends. Harassment of the mum. Police {ref}. Not related to each other.
sarc|sh|onl|{f}, {adult_age}. A stranger who saw her at the gym has been sending Instagram DMs from multiple accounts, commenting on what she's wearing each day, and once waited by her car. Never met. Not DA. Police {ref} - stalking.
lgbt|sh|onl|{m}, {adult_age}. Someone set up a fake {app} profile using his photos and phone number, men have been turning up at his flat expecting sex. He has no idea who. No ex in the picture. Police {ref}. Harassment.
lgbt|vwo|-|{n}, {adult_age}. Flatmate (found on Spareroom, no relationship) threatened to "kick their head in" and raised a fist on {date} over the cleaning rota. No contact. Not DA, no hostility about identity. Landlord + police {ref}.
isva|vwo|-|Client {f}, existing ISVA client, rang about next door: two kids (about {kid_age}) left alone for days, no food, crying at night. She's rung CSC on {date}. Child neglect, not her family. Police welfare check {ref}.
sarc|vwo|-|Paeds ref {date}. Boy aged {kid_age} found by school to be filthy, hungry, regularly locked out of the house by his mum till late. No sexual abuse disclosed, no injuries. Child neglect - CSC s47. Child, so not DA. Police {ref}.
mdah|vwi|-|{m}, {adult_age}. His daughter's boyfriend punched him in the face outside the house on {date} when he told him to leave, black eye. The boyfriend isn't family - "he's nothing to me". Not DA for {m}. Police {ref}.
sarc|vwi|-|{f}, {adult_age}, came to SARC by mistake. Her sister's boyfriend headbutted her at a barbecue on {date}, broken nose. She's never been with him and he's not related to her. Not DA. Police {ref}.
lgbt|vwi|onl|{m}, {adult_age}. Met a man through {app} for a first date on {date}; at the man's flat the man punched him repeatedly when {m} said he wanted to leave. Cut eye, bruised ribs. No slurs. They'd never met before - not DA. Police {ref}.
isva|vwo|-|Client {f}, {adult_age}. Next-door neighbour said to her face "I'll kill you and your kids" over a boundary hedge on {date}. She believes him. Not related, not DA. Police {ref} - threats to kill.
mdah|vwi|da|Caller {f} on behalf of her brother {m} ({adult_age}), who has a learning disability. Their mum ({old_age}) hits him with a slipper and pinched him hard enough to bruise on {date}. He lives with mum. DA (parent). Adult safeguarding + police {ref}.
mdah|sh|da|{m}, {adult_age}. His ex-wife - divorced nearly 20 yrs - has started writing to him again at his new address, ringing his new wife, saying she'll "make him pay". DA despite the years. Police {ref} - harassment.
lgbt|vwo|da;hba|{f}, {adult_age}. Brothers found out she has a boyfriend from outside the community, said the family's honour is ruined, one grabbed her arm and shoved her against the wall, no marks. Threatened to send her abroad. DA + HBA. Police {ref}.
sarc|vwo|da;hba|Crisis desk. {f}, {adult_age}. Parents have booked flights to take her abroad to marry a cousin in the summer. Dad told her "if you refuse, you're dead to us and I'll make sure of it" and she believes he'd hurt her. FMPO application, police {ref}. DA + forced marriage.
mdah|vwo|da;hba|{m}, {adult_age}. Parents have arranged his marriage to a woman back home, took his passport. When he refused, his uncle grabbed him by the collar and said he'd "break his legs" for shaming the family. No injury. FMU + police {ref}. DA + HBA.
isva|vwo|ms|Client {f} ({adult_age}), Filipina, came as a nanny with a family. Not paid, passport held, sleeps on the kitchen floor, not allowed out, worked 18 hr days. No sexual abuse disclosed. Domestic servitude - NRM + police {ref}. Not her family, so not DA.
lgbt|sex|csa;ms|Outreach ref. {m}, {old_teen}, ran away from home after coming out. Older men in {town} then {town2} gave him somewhere to sleep in exchange for sex and passed him between them, took his phone. CSE + trafficking. NRM + police {ref}. Not DA.
sarc|sex|csa;onl|Police ref {ref}. Boy aged {kid_age} abused by a neighbour who live-streamed it to others online. Neighbour arrested {date}. Paeds SARC exam, family support. Not family so no DA route.
lgbt|rob|hate;onl|{n}, {adult_age}, trans woman. Met someone from {app} in a park on {date}, he and a friend pushed her to the ground, called her a "tranny" and took her phone and bag. Grazed hands. Police {ref}.
mdah|rob|-|{m}, {old_age}. Two young men followed him from the cashpoint on {date} and pulled his wallet out of his hand, shoving him into a wall. Bruised. Not DA. Rang the helpline "because my daughter said to". Police {ref}.
sarc|rob|-|{f}, {adult_age}. Man on a bike snatched her phone on {date} and when she held on he yanked her arm and she fell. No sexual element. Police {ref} - robbery. Came to SARC out of panic, redirected.
isva|rob|knife|Client {f}, {adult_age}, was robbed at knifepoint of her handbag walking home on {date}, man pressed the blade against her stomach. Nothing sexual. Police {ref}. She is an existing ISVA client; this is a new matter.
lgbt|burg|hate|{n}, {adult_age}. Someone got into their garden shed through the roof on {date}, took their tools and scrawled "dykes out" on the shed door in marker. Police {ref}. Homophobic burglary.
mdah|burg|-|{m}, {adult_age}. Business premises (his barber shop) broken into overnight {date}, till + clippers taken, door forced. Not DA. Police {ref}. Wants to talk "because I've had a rough year".
isva|cda|-|Client {f}. Someone smashed all the windows in her car overnight on {date}. She was scared it was the suspect in her case, but police caught a neighbour's teenage son on CCTV doing several cars. Not linked. Police {ref}.
lgbt|cda|hate|{m}, {adult_age}. Pride flag on his allotment shed torn down and shed set alight on {date}, "no queers" written on the gate. Police + fire {ref}. Homophobic arson.
sarc|cda|-|Estates log {date}. SARC front door glass panel smashed overnight, no entry gained. CCTV shows two youths. Nothing targeted at any client. Police {ref}. Repair {amt}.
mdah|theft|-|{m}, {adult_age}, warehouse worker. {amt} cash and his watch taken from his locker at work on {date}; CCTV shows a colleague opening it. Nothing going on at home, not DA. Employer says "sort it out yourselves". Police {ref}.
lgbt|theft|-|{n}, {adult_age}. Parcel with their binder and hormone prescription was taken from the porch on {date}; doorbell cam shows a man with other parcels. Nothing targeted. Police {ref}.
isva|theft|-|Client {f}'s laptop was taken from her desk at work on {date} - CCTV shows a cleaner. It has her ISVA letters on it. Not related to her case. Police {ref}. Theft by employee.
lgbt|theft|onl|{m}, {adult_age}. A man he'd been chatting to on {app} says he'll send screenshots to {m}'s employer showing he's gay unless {m} sends {amt}. {m} says "he's not homophobic, he's a crook". Blackmail. Police {ref}.
sarc|misc|csa;onl|Police ref. {f}, {adult_age}, found indecent images of children on her flatmate's computer which he'd left open, downloaded from a website. He's not her partner and has never done anything to her. Police seized it {ref}. She wants support.
mdah|misc|-|{m}, {adult_age}, witness in his neighbour's assault case. Someone told him in the pub he'd "get a drink" if he forgot what he saw. No threats. Police {ref} - perverting the course of justice. Not DA.
isva|oth|-|Client {f} - a man in a lay-by near her house has been fly-tipping industrial waste weekly and she's had a "funny feeling" about it since her case. No threats, not aimed at her. Council enforcement {ref}. Not a police recorded crime.
lgbt|asb|-|{m}, {adult_age}. Upstairs flat has loud parties, smoke comes through the vents, bins overflow. They've never mentioned {m}'s sexuality, "it's not about us". No crime. Housing ASB.
sarc|tfp|-|Client {f} ({adult_age}) on the way to SARC appt {date}: purse slid out of her open bag on a busy escalator at the station, she saw the woman walk off. No force. BTP {ref}. Appointment rebooked.
mdah|tfp|-|{m}, {adult_age}, at the football on {date}. Wallet lifted from his jacket in the crush at the turnstiles. No force, no threats. Not DA. Police {ref}.
""")


# ---- batch 9: long, rambling, several disclosures in one note ---------------
add(r"""
mdah|vwi|da|Long call ({cw}), caller {m}, {adult_age}, kept apologising "sorry I'm going on". Started by asking about custody then said his wife takes his bank card "to stop me wasting it", reads his texts, called his mum a slag at Christmas and now he doesn't see his mum. Said she smashed his phone last month. Then, near the end, said on {date} she threw the TV remote at his face and it split his eyebrow, he had steri-strips at the walk-in and told them he fell off a ladder. "I'm not a victim, I'm a 6ft bloke." Two kids, 4 and 7. DASH = high. Consent to MARAC - yes, reluctantly. Call back Thurs.
isva|sex|da;onl|ISVA initial needs assessment, 1hr 20m. {f}, {adult_age}. Relationship {yrs} yrs, ended {date}. Describes him checking her location on Snapchat maps, going through her WhatsApp, making her send photos of where she was at work "to prove it". Not allowed to see her sister. Money: her wages into his account. After a long pause disclosed that on the night she left he raped her and said "one for the road". Not reported yet, thinking about it, scared of him finding out where she's living (her mum's in {town}). Non-forensic SARC booked. DASH = high, MARAC ref today. Safety plan: phone settings changed with her.
lgbt|rob|hate;onl;knife|Casework note. {m}, {adult_age}, not out to family, very anxious about confidentiality. Chatting on {app} for a few days with "Liam", agreed to meet at a flat on {street} {date} about {time}. Door opened by a different lad, two more inside. They called him "batty" and "nonce", one held a kitchen knife near his ribs while the others went through his pockets, took phone, cards, {amt} cash and made him say his PINs. Shoved him down the stairs on the way out, bruised back. Since then he's had {n_small} messages on the app from new profiles saying they'll tell his dad. Police {ref}, he's worried they'll contact his home address - agreed work address for letters.
sarc|sex|csa|Paeds SARC intake, long call with mum. Girl aged {kid_age}. Mum says school have been on at her about attendance and nits and she's "not a bad mum". Mum's friend (male, 40s, family friend, not related, not mum's partner) has been babysitting on Fridays. Daughter has been wetting the bed again, won't go to his house, and on {date} told her nan he "tickles her down there and it hurts". Mum's first reaction was "she makes things up". After talking it through mum agreed to a strategy meeting. Police {ref}, CSC informed. Paeds medical booked {date2}. Mum needs her own support - given parents' line.
mdah|sh|da|{m}, {old_age}, rang twice, cut off first time. His son ({grown_kid}) moved back in {months} months ago after a breakup. Since then: texts all day demanding money, turns up at his bowls club shouting, tells neighbours his dad's "a pervert", took his car keys and hid them so he'd miss a hospital appt, slammed doors, broke the bathroom mirror. Never hit him. "I still love him, he's my son." Caller wants him out but "not on the street". DASH = medium. Adult family violence info sent, housing options for son discussed. Police not wanted yet.
lgbt|vwo|da;hate;hba|LGBT+ caseworker, interpreter (Punjabi) for the first half then client switched to English. {m}, {adult_age}. Family found his Instagram with his boyfriend. Since then: phone taken, made to sleep in the same room as his older brother, mum crying every day saying he's "killed the family's name". On {date} his father pressed him against the kitchen wall by his shoulders and said if he didn't marry the girl they'd chosen by the end of the year he'd "bury him in the garden". No injuries. Passport is in his dad's safe. {m} is in his final year at uni in {town}. FMU advice, police {ref}, emergency accommodation through the LGBT+ housing partner. DASH = high.
isva|sex|-|ISVA note, client {f}, {adult_age}. Background: assaulted {yrs} years ago at 22 by a man she met in a nightclub who offered to share a taxi - he raped her in the taxi office car park. Reported then, NFA. Now married, husband very supportive, she says "he's my rock, nothing like that at home, never". Came back to us because the same man has been charged with raping someone else and police asked if she wanted to give evidence. Very mixed feelings, flashbacks, not sleeping. Talked about bad character evidence, special measures, the s28 process. No decision yet.
mdah|vwi|da|{m}, {adult_age}, gay. Took ages to get to it. Partner {m2} ({adult_age}) "is lovely most of the time". When he drinks: name calling, says he'll tell {m}'s work he's HIV+ (he isn't), goes through his phone. On {date} {m2} grabbed him by the arms and shoved him into the radiator, big bruises on both arms and a cut on his back - showed his sister, she made him ring. He keeps saying "it's just a bad patch" and "it's different with two men". Together {yrs} yrs, joint tenancy. DASH = medium (scored 12). Wants to stay for now. Safety plan + LGBT+ DA group offered.
sarc|sex|da;onl;knife|SARC crisis worker, forensic pathway. {f}, {adult_age}. Ex-partner, split {weeks} wks ago after {yrs} yrs, still had a key. Came in on {date} about {time}, she woke to him at the end of her bed with a kitchen knife. He said "just do what I say" and raped her. He left with her phone. Then he messaged her new number from a friend's account (Facebook) saying he'd "do it again". She's staying at her dad's. Police {ref} - suspect not yet arrested. Forensic completed, ISVA + IDVA, DASH = high, MARAC {date2}. Locks changed by the police.
lgbt|po|hate|Casework, {n} and partner, ground floor flat, {street}. Long history with upstairs (noise, rubbish, parking - nothing hostile about them, they've "just always been a nightmare"). But on {date} the upstairs man was on the shared path drunk and started shouting "lezzas" and "you lot are sick in the head" at them while they unloaded shopping, in front of kids on the street. He didn't touch them and went back in. First time anything like that. Police {ref}. Housing association informed. Clients want it on record as a hate incident.
mdah|fraud|da;onl|Caller {m}, {adult_age}, long call, very embarrassed. Noticed his credit score crash when applying for a mortgage. Turned out his partner had opened {n_small} credit cards and a car finance deal in his name online over about 18 months, about {bigamt} in total. He never saw any letters because she'd put her work address as the correspondence address. Otherwise he describes her as "kind, great with the kids". No violence, no threats, he still lives with her. He doesn't know whether to report "and wreck everything". Talked through Action Fraud, the bank and a credit reference check. DA noted because it's his partner. Call back next week.
isva|sex|onl;csa|CYP ISVA, {f} ({old_teen}). Long session at school. Her older cousin's friend (about 20, not a relative, not a boyfriend) gave her and her friend vodka at a party in {town} on {date}, then took her into a bedroom and had sex with her while she was being sick and couldn't stand. Friend found her. Pics of her half-undressed on the bed went round the year group the next day on {msg}, she doesn't know who took them. Police {ref}, school DSL, parents told. Forensic window passed. Also concerns about her self-harming. CAMHS referral. Not DA.
mdah|vwo|da|Very long call. {m}, {adult_age}. Married {yrs} yrs. Lists: she decides what he eats, counts his cigarettes, calls him fat, has cut him off from his brother. Says "that's just marriage though isn't it". On {date} she stood in front of the front door when he tried to leave, slapped him twice across the face (no marks) and said if he walked out she'd tell the police he'd hit her and he'd never see the kids. He stayed. Caller says "I probably deserved the slap". DASH = high. IDVA male-victims referral agreed.
lgbt|sh|da;onl|Caseworker note, {n} ({adult_age}), nonbinary. Ex-girlfriend ({adult_age2}), split {months} months ago after 2 yrs. Since: dozens of Instagram accounts in different names, {n_small} a week, following {n}'s friends, leaving comments about {n}'s mental health, emailing {n}'s employer with "concerns", once waited outside the gym. No violence ever. Ex also has {n}'s old laptop with photos on it - {n} is worried about what she'll do with them but there's been no threat about the photos. Police {ref} - stalking. Stalking advocate referral. DA.
sarc|sex|-|SARC crisis line, 45 mins. {f}, {adult_age}, student. Went on a first date with a man from uni (not from an app, met at a society). At his house on {date} he kept pushing her to drink, she said no to sex, he held her wrists and did it anyway. She thinks "maybe I led him on" - talked about consent. Her housemate has been brilliant. She has a boyfriend back home who "doesn't know yet and will be fine about it". No prior relationship with the suspect. Forensic within window - booked for 2pm. Police undecided, evidence can be stored.
mdah|vwi|da|{m}, {old_age}. Rang the helpline "for my daughter, really", then it came out: his daughter ({grown_kid}) and her husband live with him. The son-in-law is verbally abusive, and the daughter has started taking {amt} from his pension each week. On {date} the daughter hit him with his own walking stick across the shin when he said no to signing a loan form - bruise, skin broken. "I don't want her in trouble." Both the daughter and the son-in-law count as family. DASH = medium, adult safeguarding, GP aware.
""")


SLOT_RE = re.compile(r"\{(\w+)\}")


def fill(text, rng):
    """Fill slots; the same key repeats its value, keys sharing a pool differ."""
    chosen = {}
    used = {}
    for key in SLOT_RE.findall(text):
        if key in chosen:
            continue
        pool = re.sub(r"\d+$", "", key)
        taken = used.setdefault(pool, [])
        options = [v for v in POOLS[pool] if v not in taken]
        val = rng.choice(options)
        taken.append(val)
        chosen[key] = val
    return SLOT_RE.sub(lambda m: chosen[m.group(1)], text)


def main():
    texts = [t[3] for t in TEMPLATES]
    if len(texts) != len(dict.fromkeys(texts)):
        sys.exit("duplicate template text")
    cats = [t[1] for t in TEMPLATES]
    flags = [f for t in TEMPLATES for f in t[2]]
    missing = [c for c in CATEGORIES if c not in cats] + [f for f in FLAGS if f not in flags]
    print(f"templates: {len(TEMPLATES)}")
    if missing:
        sys.exit("uncovered: " + ", ".join(missing))
    if len(TEMPLATES) > N_NOTES:
        sys.exit("more templates than notes")

    order = list(range(len(TEMPLATES)))
    # Every template is used once; the remaining rows are drawn with a lower
    # weight on domestic-abuse templates so the DA share lands near 25-30%.
    weights = [1 if "domestic_abuse" in t[2] else 3 for t in TEMPLATES]
    extra = RNG.choices(order, weights=weights, k=N_NOTES - len(TEMPLATES))
    picks = order + extra
    rows = []
    seen = {}
    for idx in picks:
        kind, cat, fl, text = TEMPLATES[idx]
        for _attempt in range(200):
            filled = fill(text, RNG)
            if filled not in seen:
                break
        else:
            sys.exit(f"cannot make a unique fill for template {idx}")
        seen[filled] = True
        rows.append((filled, cat, ";".join(fl)))
    RNG.shuffle(rows)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["note_id", "text", "category", "flags"])
        for i, (text, cat, fl) in enumerate(rows, start=1):
            w.writerow([f"B56-{i:04d}", text, cat, fl])

    print(f"notes: {len(rows)}")
    for c in CATEGORIES:
        print(f"  {c}: {sum(1 for r in rows if r[1] == c)}")
    for f in FLAGS:
        print(f"  flag {f}: {sum(1 for r in rows if f in r[2].split(';'))}")


if __name__ == "__main__":
    main()
