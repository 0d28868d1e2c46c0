#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND-54 labelled corpus of synthetic victim-services referral notes.

Scenario: referrals reaching a victims' hub from three court-facing desks.

* A Crown Prosecution Service / Witness Care Unit liaison: case summaries in
  legal register ("the defendant", "the complainant", "IP"), charges written as
  offences with their Act and section, pleas, bail conditions, restraining
  orders, sentences, adjourned trials, special measures, witnesses who are not
  themselves victims.
* A court-based independent domestic violence advocate (IDVA): hurried notes
  from the court corridor, DASH/MARAC shorthand, the client's own words.
* A restorative justice (RJ) service: victims considering meeting the offender,
  often years after the offence, and what happened then.

Everything is invented. Each template is hand-labelled with one category and
its flags from /work/shared/TAXONOMY.md; slots carry only names, places, dates,
times, amounts, references, counts and ages that never cross a threshold, so no
slot can change a label. Standard library only; one seeded RNG; the output is
byte-identical whatever the working directory or PYTHONHASHSEED.
"""

from __future__ import annotations

import csv
import random
import string
import sys
from pathlib import Path

OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind54.csv"
N_NOTES = 800

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

KINDS = ["cps", "wcu", "idva", "rj"]

FEMALE = [
    "Aisha",
    "Bethany",
    "Carly",
    "Danielle",
    "Eleni",
    "Fatima",
    "Gemma",
    "Hayley",
    "Imogen",
    "Jade",
    "Kirsty",
    "Leanne",
    "Marta",
    "Nadia",
    "Olivia",
    "Priya",
    "Rhiannon",
    "Shauna",
    "Tanya",
    "Ursula",
    "Vicky",
    "Wendy",
    "Yasmin",
    "Zoe",
    "Chantelle",
    "Donna",
    "Agnieszka",
    "Bernadette",
    "Siobhan",
    "Keeley",
    "Samira",
    "Lorraine",
    "Megan",
    "Paige",
    "Roisin",
    "Tamsin",
    "Joanne",
    "Amira",
    "Stacey",
    "Maureen",
]
MALE = [
    "Aaron",
    "Bradley",
    "Callum",
    "Darren",
    "Emeka",
    "Faisal",
    "Gareth",
    "Harvey",
    "Imran",
    "Jamie",
    "Kieran",
    "Liam",
    "Mohammed",
    "Nathan",
    "Owen",
    "Piotr",
    "Reece",
    "Stuart",
    "Tariq",
    "Umar",
    "Vincent",
    "Wayne",
    "Yusuf",
    "Zak",
    "Conor",
    "Dean",
    "Ashley",
    "Brendan",
    "Craig",
    "Dominic",
    "Lewis",
    "Marcus",
    "Neil",
    "Ryan",
    "Shane",
    "Tomasz",
    "Jordan",
    "Kyle",
    "Lee",
    "Terry",
]
SURNAMES = [
    "Adeyemi",
    "Barker",
    "Cartwright",
    "Dobson",
    "Ellery",
    "Fairbrother",
    "Gallagher",
    "Hussain",
    "Ingram",
    "Jeffries",
    "Kowalski",
    "Lomax",
    "McAllister",
    "Nwosu",
    "O'Driscoll",
    "Pennington",
    "Quigley",
    "Rahman",
    "Stead",
    "Thwaite",
    "Underwood",
    "Varley",
    "Whitlock",
    "Yardley",
    "Ashworth",
    "Bellamy",
    "Crowther",
    "Dunleavy",
    "Entwistle",
    "Firth",
    "Greenhalgh",
    "Haworth",
    "Iqbal",
    "Jagger",
    "Kettlewell",
    "Lister",
    "Mensah",
    "Nowak",
    "Oldroyd",
    "Pickles",
    "Rushworth",
    "Sutcliffe",
    "Tattersall",
    "Walsh",
    "Brannigan",
    "Chaudhry",
    "Doherty",
    "Murgatroyd",
    "Rooney",
    "Sandhu",
]
TOWNS = [
    "Kestrelford",
    "Dunmere",
    "Hollowby",
    "Marlstone",
    "Brackenridge",
    "Saltmarsh Quay",
    "Larchfield",
    "Ravensby",
    "Cotterell",
    "Ashmead",
    "Fenwick Down",
    "Pellingham",
    "Wendlebury Cross",
    "Harlow Moss",
]
STREETS = [
    "Orchard Way",
    "Station Rd",
    "Cobden St",
    "Mill Lane",
    "Albion Terrace",
    "Hawthorn Close",
    "Victoria Parade",
    "Chapel Fold",
    "Granby Ave",
    "Beck Side",
    "Foundry Walk",
    "Kingfisher Drive",
    "Tannery Row",
    "Laburnum Grove",
    "Moorview Crescent",
    "Nelson St",
    "Quarry Bank",
    "Sycamore Court",
    "Wharf Rd",
    "Peel Street",
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
MON3 = [m[:3] for m in MONTHS]


def _ordinal(day: int) -> str:
    if 11 <= day <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _date(rng: random.Random, year_lo: int, year_hi: int) -> tuple[int, int, int]:
    year = rng.randint(year_lo, year_hi)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return year, month, day


def _fmt_date(rng: random.Random, ymd: tuple[int, int, int]) -> str:
    year, month, day = ymd
    style = rng.randrange(5)
    if style == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if style == 1:
        return f"{day:02d}.{month:02d}.{year % 100:02d}"
    if style == 2:
        return f"{_ordinal(day)} {MONTHS[month - 1]} {year}"
    if style == 3:
        return f"{day} {MON3[month - 1]} {year % 100:02d}"
    return f"{day}/{month}/{year % 100:02d}"


def _time(rng: random.Random) -> str:
    hour = rng.randint(0, 23)
    minute = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 7, 12, 48])
    style = rng.randrange(3)
    if style == 0:
        return f"{hour:02d}:{minute:02d}"
    if style == 1:
        return f"{hour:02d}{minute:02d}hrs"
    h12 = hour % 12 or 12
    return f"{h12}.{minute:02d}{'am' if hour < 12 else 'pm'}"


def _urn(rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    return f"{rng.randint(10, 62)}{letters}{rng.randint(10000, 99999)}{rng.randint(19, 25)}"


def _slots(rng: random.Random) -> dict[str, str]:
    fem = rng.sample(FEMALE, 3)
    mal = rng.sample(MALE, 3)
    sur = rng.sample(SURNAMES, 7)
    towns = rng.sample(TOWNS, 2)
    y1, m1, d1 = _date(rng, 2019, 2023)
    y2 = y1 + rng.randint(0, 1)
    if y2 == y1 and m1 == 12:
        y2 += 1
    m2 = rng.randint(1, 12) if y2 > y1 else min(12, m1 + rng.randint(1, 6))
    y3 = y2 + 1
    slots = {
        "F1": f"{fem[0]} {sur[0]}",
        "f1": fem[0],
        "F2": f"{fem[1]} {sur[1]}",
        "f2": fem[1],
        "F3": f"{fem[2]} {sur[5]}",
        "f3": fem[2],
        "M1": f"{mal[0]} {sur[2]}",
        "m1": mal[0],
        "M2": f"{mal[1]} {sur[3]}",
        "m2": mal[1],
        "M3": f"{mal[2]} {sur[6]}",
        "m3": mal[2],
        "S1": sur[4],
        "S2": sur[5],
        "town": towns[0],
        "town2": towns[1],
        "cc": f"{towns[0]} Crown Court",
        "mc": f"{towns[0]} Magistrates' Court",
        "st": rng.choice(STREETS),
        "d1": _fmt_date(rng, (y1, m1, d1)),
        "d2": _fmt_date(rng, (y2, m2, rng.randint(1, 28))),
        "d3": _fmt_date(rng, (y3, rng.randint(1, 12), rng.randint(1, 28))),
        "yr": str(y1 - rng.randint(4, 18)),
        "t1": _time(rng),
        "t2": _time(rng),
        "amt": f"£{rng.randint(2, 95) * 10 + rng.choice([0, 5])}",
        "bigamt": f"£{rng.randint(3, 48)},{rng.randint(0, 999):03d}",
        "urn": _urn(rng),
        "ref": f"{rng.choice(['WCU', 'CMS', 'VA', 'RJ', 'IDVA'])}/{rng.randint(1000, 99999)}",
        "age": str(rng.randint(24, 69)),
        "age2": str(rng.randint(24, 69)),
        "yrs": str(rng.randint(3, 19)),
        "n": str(rng.randint(2, 9)),
        "n2": str(rng.randint(3, 40)),
        "wk": str(rng.randint(2, 8)),
        "mo": str(rng.randint(4, 30)),
        "hrs": str(rng.randint(40, 240)),
        "oic": f"{rng.choice(['DC', 'PC', 'DS', 'TDC'])} {sur[4]}",
        "ph": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
    }
    return slots


TEMPLATES: list[tuple[str, str, str, str]] = []


def _add(block: str) -> None:
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 4:
            raise SystemExit(f"bad template line: {line[:60]}")
        kind, cat, flags, text = (p.strip() for p in parts)
        TEMPLATES.append((kind, cat, flags, text))


# === TEMPLATES BEGIN ===
_add(r"""
# ---- homicide ----
cps|homicide|domestic_abuse|CPS/WCU liaison. URN {urn}. R v {M1}. Def convicted after trial at {cc} of the murder of his wife of {yrs} yrs, {F1}. Mandatory life, minimum term to be fixed {d2}. Referral is for the deceased's mother {F2} - bereaved family, wants help writing a VPS and info re Victim Contact Scheme.
wcu|homicide||Witness care. {M2} is a prosecution witness, NOT a victim, in R v {M1} & anor: manslaughter (unlawful act) of {M3}, single punch outside a pub in {town} on {d1}, deceased fell + struck his head on the kerb. Defs were strangers to the deceased. Trial {d2} at {cc}. W v anxious about defs' family in the public gallery, asking about screens.
idva|homicide|domestic_abuse|Court IDVA. At {cc} with {F2} - her sister {f1} was killed on {d1} by {M1}, who {f1} had left about {n} months before. He pleaded to manslaughter on the basis of diminished responsibility and the plea was accepted. {f2} said 'he's got away with it, she was terrified of him for years'. Wants VPS help + contact re domestic homicide review.
rj|homicide|knife_sharp_instrument|RJ service. {F1}'s son {m2} was murdered in {yr}; {M1} stabbed him in a row over a drugs debt and got life. Some {yrs} years later she asked to meet him. Conference held in HMP on {d2}, chaplain + 2 facilitators. She says she finally heard him say sorry to her face. Refer for ongoing bereavement support pls.
cps|homicide||Case summary: D ({F2}) pleaded guilty to infanticide, s1 Infanticide Act 1938, re her {n}-week-old son. Hospital order imposed. Referral is for the baby's father {M1}, who is not a suspect and was at work at the time. He has had no contact from anyone since sentencing on {d2}.
wcu|homicide|knife_sharp_instrument|WCU - trial in R v {M2} (murder of {m1} {S1}, aged 19) halted {d2}, jury discharged after a juror fell ill; retrial fixed for {d3}. Deceased was stabbed in the neck in the stairwell of a block of flats on {st}. Dad {m3} {S1} rang in distress, cant face it all again. Please call him on {ph}.
cps|homicide|domestic_abuse|URN {urn}. Def {M1} (aged {age}) charged with the murder of his father {M2} at the family home on {st}, {town}, {d1}. NG plea entered, psychiatric reports awaited. The def's mother {F1} was in the house and is a key witness; she was heard at MARAC in {yr} in relation to the def. WCU ask for specialist support for her.
rj|homicide||RJ - closing. {F1}'s partner {m1} died {yrs} years ago after being attacked by a group of lads he didn't know in a park; two were convicted of manslaughter. She'd asked about RJ in the spring but on {d2} said she is not ready, 'maybe never'. Send closing letter, leave door open.
idva|homicide|domestic_abuse|IDVA (court). Supporting {F3} whose son {m3} was killed by his boyfriend {M1} at their flat on {d1}. Def convicted of murder at {cc}, sentencing {d2}. Mum says her son 'had started to tell me things, the jealousy, the phone checking' in the weeks before. She wants to read her VPS herself in court.
wcu|homicide||Witness care referral. Deceased {M2}, a groundworker, was killed when an unsupported trench collapsed on a site in {town} on {d1}. The site director has been charged with gross negligence manslaughter. Widow {F2} is a witness as to his complaints about safety. PTPH {d2}.
cps|homicide|domestic_abuse;honour_based_abuse|R v {M1} and {M2}. Both charged with murder of {F1}, def 1's daughter, aged {age}. Crown's case: she was killed because the family believed she had shamed them by leaving a marriage they had arranged and living with a man of her own choosing. Her younger sister is a prosecution witness and needs special measures + safeguarding.
idva|homicide||Passed to IDVA in error - NOT a domestic. {F1}'s brother {m2} was killed in a fight in a pub car park by a man none of the family knew. Def charged murder, trial {d2}. No DA history anywhere. Referred on to the homicide service.
rj|homicide|domestic_abuse|RJ enquiry: {F2} lost her daughter {f1} in {yr}; {f1}'s then husband {M1} strangled her and is serving life. He's now up for parole and {f2} asked whether a letter exchange could happen. Letter came back {d2}; she found it 'cold, all about him'. No further contact wanted. For victim contact officer to note.
wcu|homicide||WCU note. {M3} ({age}) is a witness only - he found the body of an unidentified man behind the garages on {st} on {d1}. {M1} remanded, charged murder. W not related to anyone involved; having nightmares and struggling at work. Asks if he'll have to see photos in court.
cps|homicide||CPS: D pleaded guilty to manslaughter by reason of loss of control. The deceased, {M2}, was his colleague at a warehouse in {town2}; following an argument on the night shift D threw him against steel racking. Sentence {d2} at {cc}. Referral for deceased's partner and mum - bereaved.
# ---- death / serious injury by driving ----
cps|death_injury_driving||R v {M1}. Causing death by dangerous driving, s1 RTA 1988. Def drove at an estimated 80mph in a 30 limit on {st}, {town} on {d1} and collided head-on with a car driven by {F1}, who died at scene. Guilty plea at PTPH, sentencing {d2}. Referral for her husband and two teenage children.
wcu|death_injury_driving||Witness care. Complainant {F2} ({age}) suffered a fractured pelvis when struck on a zebra crossing at approx {t1} on {d1}. Driver charged causing serious injury by careless driving (s2C RTA). NG plea, trial {d2} at {mc}. IP uses a wheelchair at present - needs accessible court room + parking.
idva|death_injury_driving|domestic_abuse|IDVA. Client {F1}'s ex-partner {M1} drove at over 90 on the bypass with her in the passenger seat during a row on {d1} 'to scare me, he kept saying he'd kill us both' - crashed into the barrier; she has spinal fractures. Charged causing serious injury by dangerous driving. DASH high, MARAC {d2}.
rj|death_injury_driving||RJ. {M2}'s wife was killed in {yr} by a drink driver (causing death by careless driving when over the limit, s3A). Conference went ahead {d2} at the probation office. Driver broke down and apologised. {m2}: 'didn't fix anything but I said what I had to say'. Case closed, offered follow up call.
cps|death_injury_driving||CPS summary. Pedestrian {M3}, aged {age}, knocked down and killed on {d1} on {st}. Def charged with causing death by driving whilst unlicensed and uninsured (s3ZB RTA) - he'd never held a licence. Guilty plea. Deceased's brother is the family contact, asked for support before sentence on {d2}.
wcu|death_injury_driving||W/care. {F3} is an eyewitness (she wasn't hurt) to the collision on {d1} in which a lorry struck and killed a cyclist at the lights on {st}. Lorry driver charged causing death by careless driving - mobile phone in use. W is very shaken, requesting a pre-trial court visit before {d2}.
cps|death_injury_driving||Charge: causing serious injury by dangerous driving. The complainant {M2} was cycling home at around {t1} when def overtook on a blind bend and clipped him; complainant has a brain injury + lost sight in one eye. Sentence {d2}: custody + disqualification. Family referral for longer term support.
idva|death_injury_driving||Not for IDVA: client {F1} was seriously injured on {d1} when a neighbour reversed at speed out of his drive and hit her on the pavement. He's charged with causing serious injury by dangerous driving. Def is just a neighbour, no relationship, not DA. Closed to IDVA, passed to VS.
rj|death_injury_driving||RJ. The offender (19 at the time) killed {F2}'s dad while racing another car on {st} in {yr}; convicted of causing death by dangerous driving. He has written an apology through us. {f2} read it on {d2}, says she wants to think about a face to face meeting.
wcu|death_injury_driving||WCU: trial in R v {M1} (causing death by careless driving - deceased motorcyclist {M2}) adjourned on {d2} as a defence expert report was late. New date tbc. The deceased's mother has been in court every day and is at the end of her tether, please contact.
""")
_add(r"""
# ---- violence with injury ----
cps|violence_with_injury|domestic_abuse|Charge: assault occasioning actual bodily harm, s47 OAPA 1861. Def {M1} is the partner of IP {F1}, cohabiting {yrs} yrs. IP sustained bruising to both forearms and a split lip on {d1}. NG plea at {mc}; trial {d2}. Bail conds: no contact direct/indirect with IP, not to enter {st}. IP has asked about giving evidence behind a screen.
cps|violence_with_injury|domestic_abuse;knife_sharp_instrument|URN {urn}. s18 wounding with intent. D {M2} stabbed his brother {M3} ({age}) in the thigh with a kitchen knife during an argument at their mum's house. CPS accepted a plea to s20 on {d2}; sentence adjourned for PSR. Complainant wants to know whether a restraining order can be made.
idva|violence_with_injury|domestic_abuse|IDVA at court w/ {f1}. From her statment: 'he grabbed me by the hair and smashed my face into the bannister, my nose was pouring'. Def is her ex-husband, separated {yrs} yrs, still shares care of the kids. DASH 17 = high risk; MARAC {d2}. She's worried about contact handovers.
rj|violence_with_injury|knife_sharp_instrument|RJ referral. {M1} was glassed in the face outside a nightclub in {town} in {yr} - {n2} stitches, still has the scar. Offender released on licence, asked via probation to apologise. Conference held {d2} at the probation office; {m1} says shaking his hand was 'the end of it for me'. Closing.
wcu|violence_with_injury||Witness care. Our witness is the door supervisor {M2}; he is not the IP. W's DOB not recorded. IP {M3} suffered a fractured jaw when def punched him in the queue at {t1} on {d1}. Def charged s20 GBH, pleaded NG. W worried about retaliation as def's mates 'know where I work'. Trial {d2}.
cps|violence_with_injury|hate_crime|Racially aggravated ABH, s29 Crime and Disorder Act 1998. Def subjected the complainant, taxi driver {M1}, to racist abuse about his skin colour and then punched him through the cab window - swollen eye, broken tooth. Guilty plea; court applied uplift for racial aggravation at sentence {d2}.
idva|violence_with_injury|domestic_abuse|Court IDVA. Client {F2}, {age}. Her girlfriend {F3} bit her on the shoulder + shoved her down the stairs on {d1}, wrist sprained. {f3} charged s47, bailed with conditions. Client torn, talking about retracting - talked through options, safety plan updated, Clare's Law not relevant.
cps|violence_with_injury|domestic_abuse|The complainant is the defendant's mother, aged 6{n}. Def lives with her; on {d1} he punched her, fracturing her cheekbone, after she refused to give him money. Charge s20 GBH. In interview: 'never touched her, she fell'. Trial {d2} at {cc}. Mum does not want to give evidence against her son - see WCU notes.
wcu|violence_with_injury|domestic_abuse|WCU update for IP {F1}: trial of {M1} (s47 ABH on IP, his ex-partner) has been adjourned from {d1} to {d2} - no court time / overlisting. IP tearful on phone, 'I can't keep doing this'. Needs call back from IDVA re pressure to withdraw, she mentioned his family turning up at her work.
rj|violence_with_injury|domestic_abuse|RJ - referral not progressed. Probation asked if {F2}'s ex-partner {M2} (ABH on her, {yr}) could write to her. Under our DA protocol the risk assessment found it unsuitable. {f2} told on {d2}; she said she was relieved and never wanted to hear from him again.
cps|violence_with_injury|knife_sharp_instrument|s20 unlawful wounding. Complainant {M2} was cut across the palm with a Stanley knife by a co-worker ({M1}) at the depot after a row over overtime. Parties colleagues only. D pleaded guilty at {mc} and was committed to {cc} for sentence. Complainant off work {n} weeks.
cps|violence_with_injury|hate_crime|IP {M3} and his boyfriend were walking home holding hands when def shouted homophobic slurs and kicked IP to the ground, fracturing a rib. Charged s47 with aggravation under s66 Sentencing Act (sexual orientation). Def a stranger. Special measures granted. Trial {d2}.
idva|violence_with_injury|domestic_abuse|Client left {M1} {yrs} years ago - thought it was over. On {d1} he turned up at the school gates and headbutted her in front of the kids; black eye, concussion. Now charged ABH, remanded. She keeps saying 'it's been years, why now'. Safety plan + RO to be sought on conviction.
wcu|violence_with_injury||WCU. Complainant is paramedic {F2}, bitten on the forearm by a patient ({M2}) while treating him on {d1} - skin broken, needed bloods and a course of antibiotics. Charged s47 ABH, emergency worker aggravation. Def pleaded NG at {mc}. She is asking about being called on a shift day.
cps|violence_with_injury||Attempted murder. Def {M1} pushed the complainant {M2} (not known to him) from a footbridge onto the railway line below on {d1}; complainant fractured both legs and pelvis. Def admits the push, denies intent to kill. Trial {d2} at {cc}. IP needs a supporter and remote link application.
cps|violence_with_injury|domestic_abuse;knife_sharp_instrument|Indictment: Count 1 attempted murder, Count 2 (alternative) s18 wounding with intent. Def stabbed his wife {F1} {n} times in the back and arms in their kitchen on {d1}. She survived after surgery. Not guilty plea to count 1. Children were upstairs. MARAC heard {d2}.
idva|violence_with_injury|domestic_abuse|{f2} disclosed at court today: 'he had his hands round my neck till I blacked out, I came round on the floor'. FME noted red marks + petechiae. Partner {M2} charged with intentional strangulation s75A SCA 2015 and s47. MARAC referral done, refuge space offered and declined for now.
cps|violence_with_injury|domestic_abuse|Complainant, aged 78, is the grandmother of the defendant {M3} (22). On {d1} he pushed her over in her kitchen when she refused to hand over her bank card; fractured wrist. Charge s20. He lives with her. WCU note she is frail, may need evidence by video link from home.
rj|violence_with_injury||RJ. {F1} was punched by a stranger on a bus in {yr} (ABH, offender got a suspended sentence). {yrs} yrs on she asked for indirect RJ. Offender agreed; messages passed via the facilitator over {n} weeks, last one {d2}. Process stirred up a lot - she's now having panic attacks again, pls offer support.
cps|violence_with_injury|hate_crime|Complainant {M2} has a learning disability and uses a walking frame. Def, a neighbour on {st}, repeatedly called him a 'spaz' and 'retard' and shoved him into a wall, splitting his scalp. Charged ABH; CPS seeking s66 uplift (hostility on grounds of disability). Intermediary assessment requested.
cps|violence_with_injury|domestic_abuse;honour_based_abuse|IP {F3} ({age}) assaulted by her father and uncle after she refused to travel to Pakistan to marry a cousin - bruising to her back and arms, a burst eardrum. Both charged s47. Forced Marriage Protection Order granted {d2}. IP in a safe house, needs escort to court.
idva|violence_with_injury||Not suitable for IDVA - no DA. Client {F1} was punched by her sister's ex-partner {M1} when she tried to stop him taking the kids from the sister's flat; cut above the eye. Client and def never in a relationship, not related. Signposted to VS; court date {d2}.
cps|violence_with_injury||Complainant {M1} and def {M2} are flatmates, not partners and not related. On {d1} def threw a mug at complainant's head in a row about rent arrears; laceration closed with glue. s47, guilty plea, fine + compensation {amt}. Complainant moving out, asks for support with housing.
wcu|violence_with_injury||Outcome: {M3} acquitted of s20 GBH at {cc} on {d2}; jury accepted self defence. Complainant {M1} (broken nose and two fractured teeth) very angry, asking about the Victims' Right to Review. Not DA - the two were strangers in a taxi queue.
cps|violence_with_injury|domestic_abuse|Def {F2} is the complainant's daughter and his full time (unpaid) carer. Complainant, aged 84, found on {d1} with a black eye and fingertip bruising to his arms. He told the OIC 'she loses her temper when I'm slow'. Charge s47. Adult social care involved; WCU to arrange evidence via video link.
cps|violence_with_injury||Def {F3} worked as a paid carer from an agency visiting the complainant {M3} (aged 81) at home. Bruising to his upper arms after she 'manhandled' him into bed. Charge s47 ABH. Complainant has no family nearby. No relationship between them beyond the care contract.
idva|violence_with_injury|domestic_abuse|Client's son {m1}, aged 17, punched her in the face on {d1} when she took his PlayStation - black eye, chipped tooth. Youth court {d2}. It's not the first time - 'I'm scared of my own boy'. APVA - referral to family support + DASH done (medium).
idva|violence_with_injury||Client {F1}: her son, aged 14, pushed her into a door frame during a tantrum on {d1} and she needed stitches to her head. Youth offending team involved. Mum does not want him prosecuted. Recorded as ABH by police. Child under 16 so outside DA definition - passing to family support rather than IDVA caseload.
wcu|violence_with_injury|domestic_abuse|Witness care: {F2} (19) is a prosecution witness in her father's trial for ABH on her mother, {F1}; she saw him kick her mum in the stomach on {d1}. Both mum and daughter anxious about giving evidence against him. Requesting screens for both. Trial {d2}.
cps|violence_with_injury||s20 GBH. On {d1}, during a Sunday league match, def stamped on the complainant's ankle after the final whistle - fracture requiring a plate. Def plays for the opposing team; no other link. Guilty plea, sentence {d2}. Referral from WCU for complainant {M2}, self employed and out of work.
cps|violence_with_injury|hate_crime;knife_sharp_instrument|Religiously aggravated s20. Complainant {M1} was leaving the mosque after evening prayers when def, shouting anti-Muslim abuse, slashed his forearm with a box cutter. Def also charged with possession of a bladed article. Trial {d2} at {cc}. Complainant needs an interpreter (Urdu).
idva|violence_with_injury|domestic_abuse|Charges: controlling or coercive behaviour s76 SCA 2015 + ABH. Client says 'he had my wages paid into his account, I had to ask for bus fare' and on {d1} he threw her against the wardrobe, cracked rib. Partner {yrs} yrs. Plea hearing {d2}. High risk, MARAC.
rj|violence_with_injury||RJ. Victim {M3} (retired teacher) was left with a broken eye socket when a teenager hit him with a brick in {yr}. Offender, now an adult, asked to meet him. Meeting {d2}: went ahead with a facilitator and the offender's mum present. {m3} said afterwards 'he's not the monster I'd built up'.
wcu|violence_with_injury|domestic_abuse|WCU. Trial adjourned (def {M2} sacked his counsel on the morning). Charge: GBH s20 on his former partner {F2} - broken arm from {d1}. They split {yrs} years ago; he'd come round 'to talk'. New date {d3}. IP asking for the bail conditions to be explained again.
cps|violence_with_injury||URN {urn}. Assault on an emergency worker - PC {S1} suffered a broken finger restraining D at the custody desk on {d1}. Charge s47 with s68A SA 2020 aggravation. D pleaded guilty. Officer referred by Federation welfare for support ahead of sentence {d2}.
idva|violence_with_injury|domestic_abuse|Client ({age}) is being assaulted by her adult stepson who lives with her and her husband - on {d1} he threw a bottle of bleach at her and burnt her neck + chest. He's charged. Husband 'always takes his side'. IDVA case opened, stepson counts as family member.
cps|violence_with_injury||Charge: wounding s20. Complainant {M3} was attacked by a dog set on him by its owner on the canal towpath on {d1}; deep bites to both calves. Def and complainant unknown to each other. Also charged under Dangerous Dogs Act. Guilty plea {d2}.
""")
_add(r"""
# ---- violence without injury ----
cps|violence_without_injury|domestic_abuse|Charge: assault by beating, s39 CJA 1988. Def {M1} slapped his partner {F1} across the face in the car on {d1}. No visible injury. Guilty plea at first appearance at {mc}; restraining order made for {n} years, community order with Building Better Relationships.
idva|violence_without_injury|domestic_abuse;knife_sharp_instrument|IDVA note - client {f2} ({age}). Husband {M2} held the bread knife to her throat on {d1} and said 'one more word and you're done'. No injuries. Charged threats to kill s16 OAPA. Remanded. DASH 19, MARAC {d2}. She's staying at her mum's on {st}.
cps|violence_without_injury|domestic_abuse|Threats to kill, s16 OAPA 1861. Def, serving a sentence at HMP, rang his ex-partner {F1} from a contraband phone on {d1}: 'when I'm out I'll cut you up and no one will find you'. Complainant believed it. No weapon involved - calls only. NG plea, trial {d2}.
wcu|violence_without_injury|domestic_abuse;online|WCU. Complainant {F3} recieved WhatsApp voice notes from her ex {M3} on {d1} saying he would kill her and then himself. Charge threats to kill. Def pleaded NG; trial {d2} at {cc}. IP asking if the voice notes will be played in open court - very embarrassed by other content.
cps|violence_without_injury||Child cruelty, s1 Children and Young Persons Act 1933. Def (mother, {age}) left her children aged 3 and 5 alone in the flat on {st} for around {n} hours on {d1} while she went drinking. Referral is for the maternal grandmother {F2} who found them and rang 999; she is now their kinship carer.
wcu|violence_without_injury||Witness care - attempted child abduction, s2 Child Abduction Act 1984. A man tried to coax a 9-year-old girl into his van outside the primary school on {st} on {d1}. Our witness is the lollipop lady {F3} who intervened. Def charged, trial {d2}. W wants to know if the girl's family will be told the outcome.
idva|violence_without_injury|domestic_abuse|Court IDVA. Client's ex {M1} took their son (aged 6) to Poland on {d1} without her consent and did not return him - charged under s1 Child Abduction Act 1984. Client known to MARAC re {m1} since {yr}. Child now returned via Hague proceedings. Trial {d2}.
cps|violence_without_injury|modern_slavery|R v {M2} and others. Charges: holding a person in servitude / requiring forced or compulsory labour, s1 Modern Slavery Act 2015. The complainant {M3} was made to work at a hand car wash 7 days a week for no pay, sleeping in a storeroom, passport kept by D. Conclusive grounds decision under the NRM. Interpreter needed.
wcu|violence_without_injury||WCU - complainant PC {S1}. Def spat in the officer's face during arrest on {d1}; no injury. Charge: assault on an emergency worker (Assaults on Emergency Workers (Offences) Act 2018 s1). Guilty plea at {mc}. Officer awaiting blood test results, anxious.
cps|violence_without_injury|hate_crime|Racially aggravated common assault, s29 CDA 1998. On {d1} def spat at bus driver {M1} and called him a 'p***' and told him to 'go back home'. No injury. Guilty plea, fine + compensation {amt}. Driver off work with stress, company referral.
cps|violence_without_injury|knife_sharp_instrument|Threats to kill. Complainant {M2} and def are neighbours on {st}. During a dispute over parking on {d1} def came out with a machete, waved it at the complainant's face and said he would 'take his head off'. Complainant believed he meant it. No injury. Remanded; trial {d2}.
idva|violence_without_injury|domestic_abuse|{f1} - partner pushed her onto the sofa and sat on her chest on {d1}, 'no marks, he's clever like that'. Charged common assault. She's asked for a DVPO to be explained - DVPN served on {d1}, order granted {d2} for 28 days. Refer Freedom Programme.
rj|violence_without_injury||RJ - {M3} was shoved and threatened by a customer in the bookies where he worked in {yr}; customer was convicted of common assault. {M3} asked for a meeting. Held {d2} at the community centre in {town}. Both apologised for things said; agreed outcome: offender to write letter to staff.
wcu|violence_without_injury||Witness care. W {F2} works on the tills at the Co-op on {st}; she is a witness (not the IP) to the assault on her supervisor {F3}, who was pushed over by a customer on {d1} - no injuries. Def charged common assault. Trial {d2} at {mc}. W nervous about the def's family living nearby.
cps|violence_without_injury|domestic_abuse|Outcome {d2}: defendant {M1} acquitted of assault by beating on his partner {F1}. The magistrates could not be sure; no independent witnesses. IP distressed, believes she wasn't believed. Relationship is ongoing. Request IDVA follow-up + DA support service.
cps|violence_without_injury|domestic_abuse|URN {urn}. CPS offered no evidence on {d2} - common assault by {M2} on his wife {F2} (push, no injury, {d1}). IP made a retraction statement and does not support the case; evidence-led prosecution not viable. Bail conditions fall away. WCU concerned she's under pressure.
idva|violence_without_injury|domestic_abuse;modern_slavery|IDVA/ MS navigator joint note. Client {F1} ({age}) was brought to the UK by her cousin's family {yrs} years ago; made to cook, clean and care for their kids, never paid, not allowed out alone, passport held. Cousin and his wife charged s1 MSA 2015. NRM positive reasonable grounds. Needs safe accomodation asap.
cps|violence_without_injury|domestic_abuse|Threats to kill. Def {M3} (aged {age}) told his father, with whom he lives, that he would 'burn the house down with you in it' after an argument about money on {d1}. Father believed it. Charged; bail to an address in {town2}. Father's statement says he is frightened of his son.
cps|violence_without_injury|domestic_abuse|Counts: child cruelty s1 CYPA 1933 (the complainant's daughter, aged 6) and assault by beating on the complainant {F2}, his partner. Def pleaded guilty to both on {d2}. Mum is referred for support; children's social care have the case for the child.
idva|violence_without_injury||Youth court. Def (15) pushed his girlfriend (15) against the lockers at school on {d1} and grabbed her arm. No injury. Both under 16, so not recorded as DA; school DSL and YOT involved. Referral for the girl's mum {F1} who wants to know about bail conditions.
idva|violence_without_injury|domestic_abuse|Client is 16, her boyfriend {m2} is 17. On {d1} he pinned her against a wall and shouted in her face; no injuries. He's charged common assault. She's been isolated from friends over the last {n} months. Young person's IDVA allocated; DASH (Young People's) medium.
cps|violence_without_injury|domestic_abuse|Common assault. Def {M1} grabbed his partner {M2} by the throat briefly and pushed him against the fridge on {d1}; no marks. They have lived together {yrs} years. Def pleaded guilty. Complainant asks about an LGBT+ DA service rather than a generic one.
wcu|violence_without_injury||Witness care for {M3}. He's the new boyfriend of the def's ex-partner. On {d1} the def turned up at the pub and told {m3} he would kill him if he didn't stay away from her. Charged threats to kill. {m3} and the def have never been in a relationship or related. Trial {d2}.
cps|violence_without_injury||Assault on emergency worker. On {d1} at A&E, def pushed staff nurse {F2} against a cubicle wall and threatened her; no injury. Def intoxicated, no relationship. Guilty plea, sentence {d2}. NHS staff support referral.
cps|violence_without_injury|modern_slavery|Trafficking for exploitation, s2 MSA 2015. The complainant, a Vietnamese boy now aged 17, was found locked in a cannabis grow house in {town} on {d1}, unable to leave, told he owed a debt for his journey. NRM conclusive grounds. Def charged also with production of cannabis. YP needs an ISA and interpreter.
cps|violence_without_injury|online|Threats to kill. Complainant {M1} (aged {age}) received threats via Xbox Live party chat and then Discord from a player he'd beaten in an online game; def sent his home address and said he'd come and 'finish him'. Def traced to {town2}. Charged. Not DA - strangers.
idva|violence_without_injury|domestic_abuse;knife_sharp_instrument|Client says partner didn't hit her on {d1}: he stood over her with a Stanley knife while she slept and woke her up saying 'I could have done it'. Charged threats to kill. DASH very high, MARAC {d2}. Refuge referral made.
cps|violence_without_injury||Child cruelty s1 CYPA 1933: def ({age}) failed to seek medical attention for her 4-year-old's infected burns over {n} weeks. Referral is for the child's father {M2} (separated from def, no DA history between them) who now has care. Trial {d2}.
idva|violence_without_injury|domestic_abuse|IDVA. Client {F3}, {age}. Her partner {M3} grabbed her wrist and pulled her out of the car on {d1}; no injuries. Her words: 'I'm not scared he'll hit me, I'm scared of what he'll do with a knife one day'. No weapon in this incident. Common assault charge, trial {d2}.
idva|violence_without_injury|domestic_abuse|Client {F2} ({age}) lives with her son and his wife; her daughter-in-law pushed her and grabbed her hair on {d1} in a row about the kitchen. No injury. Charged common assault. Client says she is 'a prisoner in my own house'. Relatives by marriage - IDVA criteria met.
rj|violence_without_injury||RJ. Complainant {F1}, a traffic warden, was pushed and threatened by a motorist on {st} in {yr}. The offender, now {age}, asked probation to arrange a meeting. Held {d2}. She said it was 'strange but good', especially hearing what was happening in his life that day.
wcu|violence_without_injury|hate_crime|WCU - complainant {F2}, a trans woman (CMS still shows her old name, please correct). Def pushed her off her bike on {d1} shouting transphobic abuse. No injuries. Charge: common assault with s66 hostility (transgender identity). Trial {d2} at {mc}.
cps|violence_without_injury||Common assault. Landlord {M1} pushed his tenant {M3} down the front step on {d1} during an argument about the deposit; no injuries. Not related, no relationship. Landlord also issued an illegal eviction notice (separate Housing Act matter). Trial {d2}.
wcu|violence_without_injury||Witness care. {M2} is a referee in a youth football league; a parent ran onto the pitch on {d1} and shoved him in the chest, no injuries. Charged common assault. W asks whether his name and address will be read out in court.
cps|violence_without_injury|domestic_abuse|Threats to kill and common assault. Def {F3} (the complainant's former wife, separated {yrs} yrs) came to his home on {d1}, slapped him and said she would 'have him killed'. Complainant {M1} believed the threat. He said men don't get taken seriously - requests male DA service.
idva|violence_without_injury|domestic_abuse|IDVA client {F1} - husband {M2} charged with ill-treatment/cruelty in respect of their 8-year-old and assault by beating on client on {d1}. Children's Services s47 enquiry. DASH high, MARAC {d2}. Client staying with friends; wants non-mol advice.
cps|violence_without_injury|modern_slavery|Forced labour. The defendants recruited homeless men from {town} with promises of work, then housed them in a caravan site and made them lay tarmac for no pay, threatening beatings if they left. Complainant {M3} ({age}) escaped on {d1}. NRM referral. Trial {d2} at {cc}.
cps|violence_without_injury||Battery. On {d1} def, a customer, grabbed shop assistant {F2} by the arm and pulled her across the counter when refused cigarettes without ID. No injury. Not DA. Guilty plea; compensation {amt}. Complainant anxious about returning to work.
# ---- more violence with injury ----
cps|violence_with_injury|knife_sharp_instrument|s18 wounding. On {d1} in the beer garden of a pub on {st}, def broke a bottle and pushed the jagged end into the complainant's cheek. The two had never met. Complainant {M2} has permanent scarring. Jury convicted {d2}; sentence adjourned.
idva|violence_with_injury|domestic_abuse|Client's ex-partner {M1}, separated {yrs} years, attacked her at her dad's funeral wake on {d1} - punched her to the floor, two fractured fingers. Charged ABH. Client: 'even at the funeral, he couldn't leave me alone'. Plea hearing {d2} at {mc}.
cps|violence_with_injury||GBH s20. Def hit his lodger {M3} with a claw hammer in a row over a TV on {d1}, fracturing his skull. The lodger rents a room; they are not family or partners. Def pleaded guilty on {d2}. Complainant has memory problems, may need intermediary.
cps|violence_with_injury||Youth court. Def (15) punched his girlfriend (14) in the face at the park on {d1}, causing a nosebleed and bruising. Both under 16 - not recorded as DA but safeguarding referrals made. Referral for the girl's mother {F2} for support through the youth court process.
cps|violence_with_injury|domestic_abuse|Complainant {M1} ({age}) was punched and kicked by his uncle {M2} at a family christening on {d1}, suffering a broken nose. The two have a long history of family disputes. Charge s47. Trial {d2}.
cps|violence_with_injury|domestic_abuse|s18 GBH with intent. Def threw a corrosive liquid in the face of her former partner {F1} outside her workplace on {d1}. Complainant has burns to her face and neck and has lost sight in one eye. Def arrested in {town2}. Trial {d2} at {cc}; special measures granted.
wcu|violence_with_injury||Witness care - complainant {F3} is a resident at a care home in {town}. Another resident struck her with a walking stick on {d1}, causing a laceration to her forehead. Def assessed as having capacity; charged s47. No relationship. Needs evidence by live link from the home.
idva|violence_with_injury||Closed for IDVA - {m1} (22) was beaten up by his mum's boyfriend, who doesn't live with them and has never been married to mum; bruising and cracked ribs on {d1}. No family or intimate relationship between the victim and the def. Passed to Victim Support.
cps|violence_with_injury|domestic_abuse|ABH, s47. Def {M1} punched his wife in the stomach and back on {d1}; IP had bruising, photographed by police. IP now tells WCU 'I fell down the stairs, he didn't do anything'. CPS proceeding evidence-led, 999 call as res gestae. Trial {d2}.
cps|violence_with_injury||Burglary and ABH. Def entered the complainant's house on {st} through an insecure back door at approx {t1} on {d1}; the occupant {M2} ({age}) confronted him and was punched repeatedly, fracturing his eye socket. Stranger. Def pleaded guilty to both. Sentence {d2}.
cps|violence_with_injury||s47 ABH. Complainant {M3} was attacked by his cellmate at HMP {town} on {d1}, suffering a broken nose and bruising. Def charged on release. Complainant released since, now in approved premises. No relationship between them.
wcu|violence_with_injury||WCU. Complainant {M1} was kicked and punched by a group in {town} centre on {d1}; he is Black and was initially recorded as a possible hate crime, but no words or other evidence of hostility, so not flagged as hate crime. Two defs charged s47. Trial {d2}.
idva|violence_with_injury|domestic_abuse|Client {M2} ({age}). His ex-girlfriend {F2} scratched his face and threw a glass jar which struck his head on {d1}; required stitches. She's charged ABH. He says 'it's been going on for ages, I was too ashamed to say'. Men's DA service referral as well.
wcu|violence_with_injury||Witness care. Complainant {F1} (aged {age}, learning disability) was punched in the face by her neighbour's son on {d1} on {st} in a row over noise. Black eye + broken glasses. Def charged s47 ABH. Registered intermediary to assist at trial {d2}.
rj|violence_with_injury||RJ. Complainant {M2} suffered a broken jaw when a stranger attacked him at a bus stop in {yr}. The offender, in prison, completed a victim awareness course and asked to write. {m2} agreed; letter received {d2} and read with facilitator. He wants to reply.
cps|violence_with_injury|domestic_abuse|URN {urn}. Def {M3} is the complainant's adult brother; they share their late parents' house. On {d1} def struck her with a frying pan causing a fractured forearm. She's {age}. Charge s20. Trial {d2}; she would like to give evidence by video link.
""")
_add(r"""
# ---- stalking and harassment ----
cps|stalking_harassment|domestic_abuse|Charge: stalking, s2A Protection from Harassment Act 1997. Def {M1} (complainant's ex-partner, relationship ended {d1}) waited outside her work on {n} occasions, followed her to the gym and sat outside her mum's house overnight. Bail: not to enter {town}. NG plea; trial {d2} at {mc}.
idva|stalking_harassment|domestic_abuse;online|IDVA - client {F2}. Ex {M2} keeps creating new Instagram accounts to message her and her friends, and has posted photos of her front door with the caption 'still here'. Charged stalking involving fear of violence s4A PHA. She's moved twice. DASH high, MARAC {d2}.
cps|stalking_harassment||Harassment s2 PHA 1997. Def, who lives two doors up on {st}, has since {d1} put handwritten notes through the complainant's letterbox calling her a 'grass' and a 'slag', and photographs her visitors. Neighbours only. Restraining order sought on conviction. Trial {d2}.
wcu|stalking_harassment||WCU - malicious communications s1 MCA 1988. Complainant {M3} received {n} anonymous letters at his home in {town} containing threats and white powder (harmless). Def, a former business associate, identified by DNA on the envelopes. Trial {d2} at {mc}; W asks about parking at court.
cps|stalking_harassment|hate_crime;online|s127 Communications Act 2003. Def posted a series of grossly offensive comments on a community Facebook page about the complainant {M1}, a local shopkeeper, using racial slurs and calling for a boycott of 'his lot'. Racially aggravated. Guilty plea {d2}.
idva|stalking_harassment|domestic_abuse|Client {F1} ({age}). Charge CCB, s76 SCA 2015 - husband {M1} took her bank card, gave her £20 a week 'housekeeping', checked every receipt, made her account for each minute she was out. 'I didn't know it was abuse, I thought that's what marriage was'. Plea {d2}.
cps|stalking_harassment|domestic_abuse|CCB, s76 Serious Crime Act 2015. Def {F3} and complainant {F2} were in a relationship for {yrs} years. Def restricted who complainant saw, demanded her phone passcode, and locked her out of the house at night as 'punishment'. Evidence includes diary entries. Trial {d2} at {cc}.
cps|stalking_harassment|domestic_abuse|Controlling or coercive behaviour. Def {M3} (aged 4{n}) lives with his mother, complainant {F3} (aged 79). Over {mo} months he took control of her pension, stopped her seeing her friends, and removed the landline. Mum eventually told her GP. Guilty plea; sentence {d2}.
wcu|stalking_harassment||Witness care. Complainant {F1} is being stalked by a former colleague who she has never dated - he left the firm in {yr}. He turns up at her train station, sends flowers to the office. Charged s2A. She's scared because he knows her new address in {town2}. Trial {d2}.
cps|stalking_harassment|online|Stalking. The complainant {F2} streams video games on Twitch; def, a viewer in {town2}, sent her hundreds of messages via Twitch whispers, Discord and email, and found her home address from a photo. He then posted it in a forum. Strangers. Bail: no internet access except for work. Trial {d2}.
idva|stalking_harassment|domestic_abuse|Client's ex-partner {M2} - they split {yrs} years ago - has started texting and ringing her again, {n2} calls a day some days, from withheld numbers. Texts and calls only, no social media. Charged harassment. She says 'I changed my number twice'. Trial {d2}.
cps|stalking_harassment|domestic_abuse|Breach of restraining order and harassment. Def {M1} was made subject to an RO in {yr} protecting his ex-wife {F1}. Since {d1} he has sent her birthday cards, left flowers on her car and rung her sister asking where she lives. Remanded. Sentence {d2}.
rj|stalking_harassment||RJ - {F2} was harassed by her next-door neighbour for nearly two years (PHA conviction {yr}). Both still live on {st}. Both agreed to a facilitated meeting on {d2} in a neutral venue. Agreed a 'neighbour agreement' around parking and bins. Follow-up in {n} weeks.
cps|stalking_harassment|online|Malicious comms. Def (15) sent a classmate, also 15, dozens of Snapchat messages telling her to kill herself and shared an edited photo of her in a group chat. No sexual content. Youth court referral order on {d2}. Referral is for the girl and her dad {M2}.
idva|stalking_harassment|domestic_abuse;online|YP IDVA. Client is 16; ex-boyfriend {m1} (17) keeps messaging her on Snapchat from different accounts, says he will tell everyone what she 'did' if she doesn't get back with him. Charged harassment, first hearing {d2}. Young person's IDVA allocated, school aware.
cps|stalking_harassment|domestic_abuse|Stalking, s2A PHA. Def {M3} (estranged husband) followed complainant in his car on at least {n} occasions between {d1} and {d2}, once forcing her car off the road into a lay-by. No injuries. Remanded in custody. Trial {d3}.
cps|stalking_harassment|online|Harassment. Def {F3} is the new wife of the complainant's ex-husband; she has sent complainant {F1} abusive Facebook messages and posted about her in local mum groups since {d1}. Complainant and def have never been in a relationship and are not related. Trial {d2}.
idva|stalking_harassment|domestic_abuse;online|Client {F2} says her sister {F3} has been sending her abusive WhatsApp messages daily since their mum died, calling her a thief and threatening to 'make her life hell'; also turning up at her flat. Charged harassment s2 PHA. Both adults. Plea hearing date tbc. IDVA case opened (family member).
cps|stalking_harassment|domestic_abuse|CPS discontinued the CCB charge against {M2} on {d2} - insufficient evidence of the course of conduct. Complainant {F2} (his wife of {yrs} yrs) had described him taking her passport, forbidding her from working, and monitoring her calls. Request IDVA contact and review of safety plan.
cps|stalking_harassment|domestic_abuse|Stalking and burglary. Def, complainant's ex-partner, used a key he'd kept to let himself into her flat on {st} while she was at work on {d1}; he read her diary and left it open on the bed. Also followed her to a friend's. Charged s2A stalking + burglary. Trial {d2}.
cps|stalking_harassment|hate_crime|Racially aggravated harassment, s32 CDA 1998. Since {d1} the def, a neighbour, has left notes on complainant {M2}'s car calling him a 'terrorist' and telling him to go back to his own country, and shouted abuse at his children. NG plea, trial {d2} at {mc}.
wcu|stalking_harassment|hate_crime|WCU. Complainant {M3} (autistic, lives alone) has been harassed over {mo} months by a group of local teenagers who film him, call him 'retard', knock on his door at night and mimic him. Two (both 18) charged harassment with disability hostility. Trial {d2}.
cps|stalking_harassment|online|Malicious comms via email. Def, an unhappy customer, sent complainant {F1}, a planning officer at {town} council, {n2} emails over three months threatening to 'make her regret it' and naming her children's school. Charged s1 MCA. Trial {d2}.
rj|stalking_harassment||RJ - complainant {M1} was stalked by a fellow student in {yr}; offender received an SPO + suspended sentence. {M1} now {age}, approached us wanting to understand why. Offender agreed. Meeting {d2} - offender explained his mental health at the time; {M1} felt 'lighter'.
idva|stalking_harassment|domestic_abuse;honour_based_abuse|Client {F3}'s brothers (both in their 20s) have been controlling where she goes, taking her phone and following her from work since she started seeing a man they disapprove of; they say she is 'shaming the family' and have talked about sending her 'back home to be married'. CCB charge. HBA risk assessment + FMU advice on {d1}.
cps|stalking_harassment|domestic_abuse;online|Stalking. Def created fake profiles on dating sites using photos of his ex-partner {F1} and her address, inviting men to 'visit'; several men turned up at her home in {town} between {d1} and {d2}. Relationship ended {yrs} years ago. Remanded. Trial {d3}.
wcu|stalking_harassment||WCU. Complainant {F2} is a teacher; a former pupil (now {age2}) has been waiting outside the school gate and her house since {d1}, and left a letter on her windscreen. They never had any relationship. Charged stalking s2A. Stalking Protection Order applied for. Trial {d2}.
idva|stalking_harassment|domestic_abuse|Client {F1} - {M1} is the father of her baby; they were together for about a year, never lived together. Since the baby's birth he has been parking outside her flat most nights and following her to the shops. Charged stalking. Plea {d2}. Client does not want him to have contact details.
cps|stalking_harassment||Harassment. Def is the boyfriend of the complainant's flatmate; since {d1} he has been texting the complainant {F3} insults (harrasment), banging on her bedroom door and accusing her of 'stirring'. Complainant and def: no relationship. Not DA. Trial {d2} at {mc}.
wcu|stalking_harassment||WCU - complainant {F2} ({age}) was the victim of a burglary in {yr} (def convicted). Since his release he has written to her {n} times from his new address in {town2}, saying he wants to 'make it right'. She finds it terrifying. Charged harassment. She asks for an RO.
cps|stalking_harassment||s127 Communications Act - improper use of a public electronic communications network. Def made {n2} silent and abusive phone calls to the complainant's GP surgery reception over {mo} months and asked for receptionist {F1} by name. Telephone only. Guilty plea {d2}.
idva|stalking_harassment|domestic_abuse|IDVA. Client {F3}, {age}, says partner {M3} 'decides what I wear, what I eat, who I see; he counts the money in my purse'. He has threatened to put intimate photos of her online if she leaves - she doesn't think he has done it yet. Charged CCB. MARAC {d2}.
cps|stalking_harassment||Malicious communications. Def, a tenant on the estate, sent threatening letters to housing officer {M2} after an eviction notice was served on {d1}. No other contact. Def pleaded guilty; fine + RO for {n} years.
wcu|stalking_harassment|online|Witness care for {M1}, a local councillor in {town}. Def posted a series of posts on X (Twitter) accusing him of being a paedophile and sharing his home address; def also emailed his employer. Charged harassment. Not a DA case. Trial {d2}.
cps|stalking_harassment|domestic_abuse|Stalking with fear of violence, s4A PHA. Def {M2} (complainant's ex-boyfriend of {n} months, separated {d1}) has turned up at her parents' home, her work, and her university halls; on one occasion he smashed her car mirror. Complainant now sleeps with a chair against her door. Trial {d2}.
idva|stalking_harassment|domestic_abuse|Client {F1}'s mother-in-law (she lives with client and husband) has been reading her post, locking away her passport and telling her she can't go out without her son's permission. Husband backs his mother. CCB charges against both. Client is {age}. HBA screening negative.
rj|stalking_harassment|domestic_abuse|RJ referral from probation: def (ex-partner of {F2}, CCB conviction in {yr}) wants to apologise. {f2} was told on {d2}. Case assessed - DA case, victim safety first; she said 'absolutely not'. No further action; def informed without any details of her response.
cps|stalking_harassment|domestic_abuse;online|Breach of non-molestation order plus harassment. Def {M3} (complainant's former civil partner) sent {n2} emails, most at night, and rang her workplace repeatedly after the NMO was served on {d1}. Trial {d2}; emails exhibited.
wcu|stalking_harassment||WCU. Complainant {F3} is a delivery driver; a customer on {st} has accused her of theft, followed her van around {town} on several days and rung her depot with abuse. Charged harassment. No relationship. She's been moved to another route. Trial {d2}.
idva|stalking_harassment|domestic_abuse|IDVA. Client {M3} ({age}). Male partner {M1} checks his phone, controls his medication and has cut him off from his family since they moved to {town2}. Charge CCB, trial {d2}. Client scared he'll be outed at work if it goes to court - reporting restrictions discussed.
cps|stalking_harassment|online|Harassment. Def is a stranger who met complainant {M2} once at a gym in {town} and has since messaged him on LinkedIn and Facebook hundreds of times, and turned up at his office. Charged stalking. Trial {d2}.
""")
_add(r"""
# ---- sexual offences ----
cps|sexual_offences|domestic_abuse|Indictment: 2 counts of rape, s1 Sexual Offences Act 2003. Def {M1} is the complainant's husband of {yrs} years. Offences alleged between {d1} and {d2} at the matrimonial home. Complainant {F1} gave ABE interview. NG pleas. Trial fixed {d3} at {cc}, s28 pre-recorded cross-examination approved.
wcu|sexual_offences||WCU - R v {M2}: rape (s1 SOA 2003) of {F2}, a stranger, who was attacked walking home through the park at approx {t1} on {d1}. DNA match. Trial {d2}. Special measures granted: screens + ISVA in court. IP has asked to view her ABE before the trial.
cps|sexual_offences|child_sexual_abuse_exploitation|Historical. Complainant {F3}, now {age}, alleges her uncle sexually abused her repeatedly between the ages of 8 and 12 at her grandparents' home in {town} from {yr}. Def now in his 70s. Charges: indecent assault (SOA 1956) x {n}. NG plea; trial {d2}.
cps|sexual_offences|online;child_sexual_abuse_exploitation|Sexual activity with a child, s9 SOA 2003. Def ({age}) contacted the 14-year-old complainant on Snapchat, groomed her over {n} weeks and met her in a car park in {town2} on {d1}. Digital evidence extracted. Guilty plea; sentence {d2}. Referral for complainant and her mum {F1}.
cps|sexual_offences|child_sexual_abuse_exploitation|Youth court. Def (15) and complainant (14) were boyfriend and girlfriend; sexual activity occurred on {d1} after she said no. Charged s13 (child offender) sexual activity with a child. Not a DA matter - both under 16. Referral for complainant's dad {M2}, support needed.
idva|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|YP IDVA + ISVA. Client {f1} is 17. Her boyfriend {M3} (19) raped her at his flat on {d1} after she tried to end it. Charged rape. She is worried about her college finding out. Young person's DASH high, MARAC {d2}.
wcu|sexual_offences||Witness care. Complainant {F2} was sexually assaulted on a crowded train between {town} and {town2} on {d1}: def pressed against her and touched her between the legs. Stranger. Charged s3 sexual assault. BTP OIC. Trial {d2} at {mc}.
cps|sexual_offences||Exposure, s66 SOA 2003. Complainant {F3} was walking her dog on the canal path at {t1} on {d1} when def stepped out and exposed himself, masturbating. Def identified from a doorbell camera nearby. Guilty plea at {mc}, notification requirements.
cps|sexual_offences||Voyeurism, s67 SOA 2003. The complainant {F1} rented a room from the def on {st}; she found a camera hidden in the bathroom extractor on {d1}. Landlord only, no relationship. Footage recovered from his laptop; not shared. Guilty plea {d2}.
idva|sexual_offences|domestic_abuse|Client {F2} found out on {d1} that her partner of {yrs} yrs had been secretly filming them having sex on his phone. He's charged with voyeurism (s67). She says she feels 'dirty, like I didn't know who I lived with'. No evidence he shared it. IDVA + ISVA joint.
wcu|sexual_offences||WCU. Upskirting, s67A SOA 2003 - def photographed up the complainant's skirt on an escalator at {town} shopping centre on {d1}. Security guard {M2} is our main witness (not the victim). Complainant {F3} does not want to attend; WCU to discuss video link. Trial {d2}.
cps|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|Operation - CSE. Five defs charged with rape of a child under 13, sexual activity with a child, and arranging/facilitating child sexual exploitation. Complainants (then aged 12-15) were plied with alcohol and trafficked between flats in {town} and {town2} for sex between {d1} and {d2}. Complainant {F1} (now {age}) referred for ongoing support.
cps|sexual_offences|modern_slavery|R v {M1} & others. Trafficking for sexual exploitation (s2 MSA 2015) and controlling prostitution for gain. Complainants, adult women brought from Romania, were moved between rented flats in {town} and made to see up to {n2} men a day; passports retained, debt bondage. NRM conclusive grounds. Trial {d3}.
cps|sexual_offences||Outcome: def {M3} acquitted of rape on {d2} at {cc} after a 6-day trial. Complainant {F2} ({age}) met def at a house party on {d1}; consent was the issue. ISVA reports she is devastated. Request emotional support and VRR information - not available post-acquittal, explain.
wcu|sexual_offences||WCU. CPS decided on {d2} not to charge {M1} with rape of {F1} (evidential stage not met). Complainant has asked for a review under the VRR scheme. They were work colleagues, met at a Christmas do. ISVA engaged. Needs support while waiting.
idva|sexual_offences|domestic_abuse|Client {F3} seperated from {M2} {yrs} years ago after a DA relationship. On {d1} he came to return the kids' things, pushed her into the bedroom and raped her. He's charged. She says 'I'd moved on, I had a new life'. ISVA + IDVA. MARAC {d2}.
cps|sexual_offences||Sexual assault s3 SOA. Complainant {F2} was a passenger in def's private hire taxi at approx {t1} on {d1}; he reached over and touched her breasts. Def licensed by {town} council; licence suspended. Trial {d2}. Complainant has asked for an ISVA to be at court.
cps|sexual_offences||Sexual assault by a person in a position of care: def was employed by an agency as a support worker for the complainant {M3} ({age}), who has cerebral palsy. Def touched him sexually during personal care on {d1}. No family or intimate relationship. Charged s38 SOA (care worker offences). Trial {d2}.
cps|sexual_offences|domestic_abuse;honour_based_abuse|R v {M1}. Rape x 3 and forced marriage (s121 ASBPA 2014). The complainant {F1} ({age}) was taken abroad by her parents in {yr} and married to def against her will; after arriving in the UK he raped her repeatedly at their home in {town}. Her parents are also charged. Trial {d2}.
cps|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Sexual assault, s3 SOA. Def, aged {age}, is the complainant's stepfather; complainant is 16 and lives with him and her mum. On {d1} he came into her room and touched her over her clothing. Mum has asked him to leave. Charged; bail not to contact. Trial {d2}.
cps|sexual_offences|online;child_sexual_abuse_exploitation|Sexual communication with a child, s15A SOA 2003. Def ({age}) sent sexual messages and images to a 13-year-old boy on Instagram over {n} weeks. Boy's mother {F2} found the messages on {d1}. Guilty plea; SHPO. Referral for mum + son.
rj|sexual_offences||RJ (sexual harm - specialist facilitator). {F3} was raped by a man she knew from work in {yr}; he served {yrs} years. She asked to meet him to 'say it to his face'. After 8 months of preparation, conference held {d2}. She says she left feeling the shame was now his. Ongoing ISVA.
wcu|sexual_offences||WCU. W {F1} is a witness only - her friend {F2} disclosed to her the morning after a party on {d1} that a man they'd both met that night had raped her in the garden. W gave statement as 'first complaint' witness. Trial {d2}. W anxious about being cross-examined on her drinking.
cps|sexual_offences||Rape. Complainant {F3} ({age}) and def had kissed earlier at a friend's party on {d1}; they had never been in a relationship and had met that night. Def says consensual. Trial {d2} at {cc}. ISVA to attend pre-trial visit. No DA history - they were acquaintances only.
cps|sexual_offences|domestic_abuse|Rape, s1 SOA. Def {M2} and complainant {M3} married {yrs} years ago (same-sex). Complainant alleges repeated rape over the last year, most recently {d1}, and that def threatened to out his HIV status to family. Charged rape + CCB. Trial {d2}.
cps|sexual_offences|online;child_sexual_abuse_exploitation|Causing or inciting a child to engage in sexual activity + blackmail. Def, posing as a girl on Instagram, persuaded a 15-year-old boy to send a sexual image then demanded {amt} or he would send it to his followers. Boy told his dad {M1} on {d1}. Def traced to an address in {town2}. Charged.
rj|sexual_offences|child_sexual_abuse_exploitation|RJ. {M2}, now in his 40s, was sexually abused by his Scout leader from age 11 in {yr}. Leader convicted {d1}, now in prison and asked to write. {m2} agreed to receive a letter; read on {d2} with facilitator. Mixed feelings - wants counselling before deciding any reply.
cps|sexual_offences|online|Sending a photograph or film of genitals (cyberflashing) s66A SOA 2003. Def sent unsolicited images of his penis to the complainant {F2} via Hinge and then WhatsApp after she declined to meet him. Complainant ({age}) had never met him. Guilty plea {d2}.
cps|sexual_offences||Sexual assault s3. Complainant {F1} ({age}) alleges her line manager {M3} repeatedly touched her bottom and once pushed his hand into her blouse in the stockroom on {d1}. Employer suspended def. Trial {d2} at {mc}. No relationship other than work.
cps|sexual_offences||Rape, s1 SOA. Complainant {M1} ({age}) was raped by a man he did not know who offered him a lift home from a bar in {town} on {d1}. DNA identified def. Complainant has only told his brother; wants to know about anonymity. Trial {d2}.
idva|sexual_offences|domestic_abuse|IDVA. Client {F2} on disclosure: 'he makes me have sex when I don't want to, if I say no he sulks for days then takes it anyway'. Husband {M2} now charged rape + CCB following {d1} incident. Client reluctant to support prosecution; ISVA referral made with consent.
cps|sexual_offences|online;child_sexual_abuse_exploitation|CSE. Complainant (15, male) was exploited by several adult men he met through Grindr, who gave him drugs and money for sex between {d1} and {d2}. Three defs charged with paying for sexual services of a child and sexual activity with a child. Social worker is the referrer.
cps|sexual_offences|child_sexual_abuse_exploitation|Sexual assault, s3 SOA. Complainant (16) was grabbed and kissed and touched under her top by her neighbour ({age}) when she was babysitting on {d1}. Not related, no relationship. Def pleaded not guilty. Trial {d2}. Referral for complainant and mum {F1}.
cps|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Sexual assault by penetration s2 SOA. Def {m1} (19) is the complainant's brother; complainant is 17. Offence alleged at the family home on {d1}. Parents have asked def to leave. Both are over 16 and siblings. Trial {d2}; complainant to give evidence via s28.
cps|sexual_offences|domestic_abuse|Outcome {d2}: complainant {F3} withdrew support for the prosecution of her partner {M3} for rape; CPS reviewed and offered no evidence. ISVA/IDVA to keep in touch; she remains in the relationship. DASH high at time of report {d1}.
wcu|sexual_offences||WCU - rape trial of {M1} adjourned for the third time ({d2}) - this time no judge available. Complainant {F2} had her s28 cross-examination recorded months ago and just wants it over. She rang saying she might 'give up'. Urgent ISVA call please.
cps|sexual_offences|child_sexual_abuse_exploitation|Rape of a child under 13 (s5) and sexual assault of a child under 13 (s7). Def (15) is the complainant's cousin; complainant was 8 at the time of the offences at a family gathering in {yr}. Def not over 16 - not a DA matter. Youth court/Crown. Referral for complainant's mum {F1}.
cps|sexual_offences||Administering a substance with intent (s61 SOA) and sexual assault. Complainant {F1} believes her drink was spiked at a club in {town} on {d1}; def was seen on CCTV carrying her out. Tox result positive for GHB. Def a stranger. Trial {d2}.
idva|sexual_offences|domestic_abuse|Client {F1} says partner raped her on {d1}. She's worried he filmed it but police found nothing on his phone - no evidence of any filming or sharing. Charged rape. Bail conditions not to contact. She asked for a non-mol too. MARAC {d2}.
cps|sexual_offences|online;modern_slavery|Trafficking for sexual exploitation. Def placed online adverts on adult-services websites for the complainant {F2} ({age}), booked clients via the site and took all the money; she was moved between hotels in {town} and {town2}. NRM positive. Trial {d2}.
wcu|sexual_offences||WCU. Complainant {F3} (86) living in a care home was sexually assaulted by another resident on {d1}; def deemed fit to plead. Care home manager {F1} is a witness. Complainant has dementia - intermediary + ABE. Hearing {d2}.
cps|sexual_offences||Sexual assault s3. Def (a stranger) followed the complainant {F2} off the night bus at {t1} on {d1} and grabbed her from behind, groping her; she screamed and he ran. Identified via CCTV. Def denies. Trial {d2} at {mc}.
rj|sexual_offences||RJ enquiry. {F1} was sexually assaulted by a man on a night out in {yr}; he was convicted and sentenced to {mo} months. She's asked about meeting him now he's out. Assessment underway; offender engaged with probation. Next step: facilitator meeting {d2}.
cps|sexual_offences|child_sexual_abuse_exploitation|Historical. Complainant {M3}, now {age}, alleges that a PE teacher sexually abused him between the ages of 12 and 14 in {yr}. Def retired, now in his 70s. Charges: indecent assault x {n}. Trial {d2}. Complainant has asked about anonymity for life.
""")
_add(r"""
# ---- robbery ----
cps|robbery||Robbery, s8 Theft Act 1968. Def approached the complainant {M1} at the bus station at {t1} on {d1}, punched him once and took his iPhone and wallet ({amt} cash). Complainant suffered a cut lip. Def, a stranger, arrested nearby. Guilty plea; sentence {d2} at {cc}.
cps|robbery|knife_sharp_instrument|Robbery. Complainant {M2}, a takeaway delivery rider, was threatened with a large kitchen knife by two males on {st} on {d1} and made to hand over his moped keys, phone and the food. Def 1 charged with robbery and possession of a bladed article. Trial {d2}.
idva|robbery|domestic_abuse|IDVA client {F1}. Ex-partner {M1} came to her door on {d1}, forced his way past her, pushed her into the wall and snatched her handbag with her purse and phone in it - 'so I couldn't ring anyone'. Charged robbery. DASH high. Bail: not to attend {st}.
cps|robbery|domestic_abuse|Robbery. The complainant, aged 5{n}, is the defendant's mother. On {d1} def twisted her arm behind her back and took {amt} from her purse, knocking her to the floor. Def has a long-standing drug habit and lives with her. Guilty plea. Mum asks that he 'gets help not prison'.
wcu|robbery|knife_sharp_instrument|WCU. Complainant (14) was robbed of his phone and trainers by three older teenagers in the park in {town} on {d1}; one held a knife to his stomach. Dad {M3} is the contact. Complainant to give evidence via live link. Trial (youth court) {d2}.
cps|robbery||Robbery of business property. Two defs entered the post office on {st} at {t1} on {d1} wearing balaclavas; one pointed an imitation firearm at counter clerk {F2} and demanded cash. {bigamt} taken. Clerk is the complainant; needs support for the trial {d2} at {cc}.
cps|robbery|knife_sharp_instrument|Robbery. Def walked up to the complainant {F3} at the cashpoint on {d1}, kept his hand in his jacket pocket and said 'I've got a blade, give me the card'. She believed him and handed over her card and PIN; {amt} withdrawn. No knife was recovered. Trial {d2}.
cps|robbery||Robbery. Def shoved the complainant {M1} to the ground outside a bar at {t1} on {d1} and took his watch. On arrest later that night a lock knife was found in def's sock; it was never shown or mentioned during the robbery and complainant did not know of it. Separate count possession of bladed article. Trial {d2}.
cps|robbery|hate_crime;online|Robbery with hostility (sexual orientation). The complainant {M2} arranged to meet def via Grindr on {d1}; on arrival def and two others called him a 'f****t', punched him and took his phone, watch and cash. Def admitted targeting gay men through the app. Trial {d2}.
rj|robbery||RJ. {F1} was robbed of her handbag by a 17-year-old on a motorbike in {yr}; she was dragged along the pavement. The offender, now {age}, asked to meet her. Conference on {d2}. She said 'he was a boy, now he's a man who's sorry' and felt able to go out at night again.
wcu|robbery||Witness care - W {M3} is a shop assistant at a phone shop on {st}; he witnessed his manager being forced to open the safe by a man who grabbed him round the neck on {d1}. Manager is the IP. W not hurt. Trial {d2} at {cc}. W wants a pre-trial visit.
cps|robbery||Robbery (carjacking). Complainant {F2} was at traffic lights on {st} on {d1} when def opened her door, dragged her out by her coat and drove off in her Audi. She sustained grazes. Car recovered in {town2}. Def pleaded guilty. Sentence {d2}.
cps|robbery||Outcome {d2}: def {M3} acquitted of robbery of complainant {M1} (alleged mugging in an underpass on {d1}). Identification evidence was weak. Complainant believes the right man was charged and is angry. Ask VS to contact; explain no right of appeal.
cps|robbery|hate_crime|Robbery. Def pulled the complainant {M2} (a wheelchair user) out of his wheelchair at the bus stop on {d1}, called him a 'cripple', and took his wallet and phone. CPS will ask the court to treat hostility based on disability as an aggravating factor. Trial {d2}.
cps|robbery||Robbery and s47 ABH. Complainant {F1}, aged {age}, was pushed over by a man as she left the bank on {d1} and her bag containing {amt} was taken; she fractured her hip in the fall. Def, a stranger, identified via CCTV. Trial {d2}.
cps|robbery|knife_sharp_instrument|Robbery (Store). Def was stopped by security guard {M2} at the door of a supermarket in {town} on {d1} with unpaid-for goods; def pulled out a knife, waved it at the guard and escaped with the goods. Guard is the complainant. Charged robbery + bladed article. Trial {d2}.
# ---- burglary ----
cps|burglary||Burglary dwelling, s9 Theft Act 1968. Def entered the complainant's home on {st} via an open kitchen window between {t1} and {t2} on {d1} while she slept upstairs; took handbag, car keys and a laptop. Complainant {F1} ({age}) now unable to sleep. Guilty plea; sentence {d2}.
cps|burglary|knife_sharp_instrument|Aggravated burglary, s10 TA 1968. Two masked defs forced entry to complainant {M2}'s house at approx {t1} on {d1}; one held a machete to his face and demanded cash and car keys. No injury. Car and {amt} taken. Trial {d2} at {cc}. Complainant and wife moving house.
idva|burglary|domestic_abuse|IDVA. Client {F2} and {M1} separated {d1}; while she was at work he let himself into her flat with a key she didn't know he'd copied and took her laptop, passport and the kids' birth certificates. Charged burglary. Client has had locks changed. MARAC {d2}.
cps|burglary||Burglary other than dwelling. Def broke into {town} Community Centre on {d1} via the roof, took the charity tin, a laptop and tools. Centre manager {F3} is the complainant on behalf of the trustees. Def pleaded G. Compensation {amt} ordered on {d2}.
cps|burglary||Distraction burglary. Complainant {F1}, aged 88, let in a man claiming to be 'from the water board' on {d1}; while she ran the taps upstairs an accomplice took {amt} and jewellery from her bedroom. Defs linked to similar offences in {town2}. Trial {d2}; evidence by video link from home.
cps|burglary||Burglary of a garage. On {d1} def forced the up-and-over door of the complainant's locked integral garage on {st} and took two mountain bikes and a power washer. Complainant {M3}. Guilty plea, sentence {d2}.
rj|burglary||RJ. Offender (then 17) burgled {F2}'s family home in {yr} and took her late husband's medals. Now {age}, he asked to meet. Conference held {d2} at a community venue: he explained, she told him what the medals meant. He is to volunteer with a veterans' charity. She felt it was 'worth it'.
wcu|burglary||WCU. Our witness {M1} is a neighbour - he saw two men climbing out of the window of No. {n} on {st} at {t1} on {d1} and called police. He is not the victim; the householder was away. Trial {d2}. W worried about the defs knowing who he is.
cps|burglary|hate_crime|Burglary dwelling with religious hostility. The defs broke into the complainant family's home on {st} on {d1}, stole jewellery and daubed swastikas and 'Jews out' on the walls. Family very distressed. Charged burglary; CPS seeking uplift for religious hostility. Trial {d2}.
idva|burglary|domestic_abuse|Client {F3}, {age}. Her brother {M3} - who has addiction issues - broke into her flat through the bathroom window on {d1} while she was at work and stole her jewellery and {amt} she kept for rent. 'It's my own brother'. Charged burglary. She's frightened of him when he's using.
cps|burglary||Aggravated burglary. Def entered complainant {M2}'s farmhouse at {t1} on {d1} armed with a sawn-off shotgun, tied him to a chair and took cash and guns from the cabinet. No injuries. Firearm recovered. Trial {d2} at {cc}.
cps|burglary||Burglary. Def entered complainant {M1}'s shed at the allotments on {d1} and stole tools worth around {amt}. Guilty plea at {mc}. Complainant, a pensioner, has had the shed broken into {n} times and is losing heart.
idva|burglary||Not DA - IDVA referral closed. Client {F1} had her home burgled on {d1} by two unknown men; she said afterwards 'if I'd come down they might have had a knife', but no weapons were seen and she didn't confront them. Fearful, not sleeping. Passed to VS for burglary support. Court {d2}.
cps|burglary||Burglary and criminal damage. Def smashed the patio doors of the complainant's house on {st} on {d1}, ransacked the bedrooms and took a games console. Complainant {F2} and her children came home to find it. Def, unknown to them, linked by fingerprints. Trial {d2}.
cps|burglary||Burglary (student accommodation). Def, another resident in the block, entered complainant {M3}'s locked room on {d1} and took his laptop and {amt} in cash. Not related, no relationship. University informed. Trial {d2} at {mc}.
wcu|burglary||WCU - attempted burglary. Complainant {F3} ({age}) woke at {t1} on {d1} to find def trying to force her front door with a screwdriver; he ran when she screamed. Nothing taken. Def caught nearby. Trial {d2}. Complainant asking about home security grants.
# ---- vehicle offences ----
cps|vehicle_offences||Theft of a motor vehicle. Complainant {M1}'s Range Rover was taken from his driveway on {st} overnight on {d1} by relay attack on the keyless entry. Def caught on ANPR in {town2}. Guilty plea; sentence {d2}. Complainant self-employed, lost work.
wcu|vehicle_offences||WCU. Theft from a motor vehicle - the catalytic converter was cut from complainant {F2}'s Toyota Prius on {d1} in the car park at her work. Def caught with {n} converters in his van. Trial {d2}. Complainant has mobility issues, needed the car.
cps|vehicle_offences||Theft from motor vehicle. Def broke into complainant {M2}'s work van on {st} on {d1} and took power tools worth {amt}. Complainant is a sole trader plumber. Def pleaded guilty. Compensation ordered {d2}.
cps|vehicle_offences||Aggravated vehicle taking, s12A Theft Act 1968. Def took complainant {F1}'s Ford Fiesta without consent on {d1} and crashed it into a wall on {st}; car written off. No one hurt. Guilty plea. Complainant asks about compensation.
cps|vehicle_offences||Vehicle interference, s9 Criminal Attempts Act 1981. Def was seen at {t1} on {d1} trying door handles of parked cars on {st}, including complainant {M3}'s car. Nothing taken. Guilty plea at {mc}. Complainant asked to be kept informed.
idva|vehicle_offences|domestic_abuse|IDVA. Client {F3}'s husband {M1} (separated {d1}) took her car using the spare key and has kept it, saying it's 'his' - it's in her name and she needs it for work. Charged taking a vehicle without consent. Client says this is 'just the latest way he controls me'. Plea {d2}.
rj|vehicle_offences||RJ. {M2}'s car was taken for a joyride by two 16-year-olds in {yr}; found damaged in {town2}. One of the lads, now {age}, wrote asking to meet. Meeting {d2} at the YOT office. {m2} said he'd 'expected a thug, got a kid who'd messed up'.
cps|vehicle_offences||Theft of a motorcycle. Complainant {M1}'s Yamaha was lifted into a van from outside his flat on {st} on {d1}. Bike later recovered stripped. Def charged with theft and handling. Trial {d2}. Complainant relies on the bike for delivery work.
wcu|vehicle_offences||WCU. Complainant {F1} is a witness and owner: her car was stolen from outside her house on {d1}, used in a burglary elsewhere and abandoned. Trial of def for theft of vehicle listed {d2}. She's never been to court before.
cps|vehicle_offences||Theft from motor vehicle. Complainant {F2}'s handbag was taken from the front seat of her car through a smashed window at a petrol station in {town} on {d1} while she paid. Def caught on forecourt CCTV. Trial {d2}.
# ---- theft from the person ----
cps|theft_from_person||Theft from the person. Def removed the complainant {F1}'s purse from her open handbag on a busy train to {town2} on {d1}; she didn't feel a thing. BTP CCTV. Guilty plea. {amt} taken. Compensation ordered {d2}.
wcu|theft_from_person||WCU - snatch theft. A teenager on an e-bike snatched complainant {M2}'s phone out of his hand outside {town} station on {d1} - no contact with him beyond the phone, no force used on him, no injury. Trial {d2}.
cps|theft_from_person||Theft from the person. Complainant {F3} (aged {age}) was sitting in a cafe in {town} on {d1}; def distracted her with a map while an accomplice lifted her wallet from her coat pocket. Defs charged. Trial {d2} at {mc}.
cps|theft_from_person||Pickpocketing at a festival. Def took complainant {M3}'s phone from his back pocket during a set on {d1}; caught with {n} other phones. Complainant asked to attend to identify property. Guilty plea {d2}.
rj|theft_from_person||RJ. {F2}'s purse was taken from her bag while she was shopping in {yr}. The offender, now in recovery, asked to apologise. Letter exchange completed {d2}. She said 'it wasn't the money, it was the photos of my mum'. Offender returned one photo he'd kept.
wcu|theft_from_person||WCU. Witness {F1} is a bus driver who saw a man take a wallet from a passenger's jacket on {d1}. Victim {M1} was asleep at the time. Trial {d2}. W wants to know if she'll need time off work, employer asking.
cps|theft_from_person||Theft from the person. Complainant {M2} ({age}) was jostled by two men on {st} on {d1} and later realised his wallet had gone from his inside pocket; no force or threat. Defs on CCTV. Guilty pleas. Sentence {d2}.
cps|theft_from_person||Theft from the person - necklace taken from complainant {F3}'s neck when the clasp was flicked open by a man standing behind her in the queue on {d1}; she wasn't hurt or pushed. Def arrested with jewellery. Trial {d2}.
# ---- bicycle theft ----
cps|bicycle_theft||Theft of a pedal cycle. Complainant {M1}'s road bike (value {amt}) was taken from the bike rack at {town} station on {d1}; lock cut. Def seen on CCTV. Guilty plea. Compensation ordered {d2}.
wcu|bicycle_theft||WCU - complainant {F2}'s daughter's bike was taken from the front garden on {st} on {d1}. Def, a local man, caught riding it. Trial {d2} at {mc}. Mum is the contact; wants compensation info.
cps|bicycle_theft||Theft of pedal cycle. Complainant {M3} left his bike unlocked outside a shop on {st} on {d1} for two minutes; def rode off on it. Bike recovered damaged. Def pleaded guilty. Sentence {d2}.
idva|bicycle_theft|domestic_abuse|IDVA. Client {F1}'s ex {M2} took her bike from outside her flat on {d1} - she uses it to get to work - and told her by text she could 'have it back when she's nicer to him'. Charged theft of pedal cycle. Relationship ended {yrs} yrs ago. Client sees it as part of him controlling her.
cps|bicycle_theft||Pedal cycle theft. Complainant {M2}, a cycle courier, had his bike taken from outside an office in {town} on {d1}; def sold it at a pawn shop for {amt}. Def charged. Trial {d2}.
rj|bicycle_theft||RJ. 15-year-old took {M1}'s bike from the school rack in {yr}; RJ meeting held at school on {d2} with both families. Offender agreed to pay {amt} from his paper round. {m1}'s mum felt it was 'handled well'.
wcu|bicycle_theft||WCU - theft of cycle. Complainant {F3}'s pedal bike was taken from the railings outside her flat on {st} on {d1}, D-lock cut. Def identified. Trial {d2}.
# ---- shoplifting ----
cps|shoplifting||Theft from a shop. Def took {n} bottles of spirits from the Co-op on {st} on {d1}; store manager {F1} is the complainant. Def has {n2} previous shoplifting convictions. Guilty plea at {mc}; sentence {d2}. Manager asks for impact statement support.
wcu|shoplifting||WCU - witness {M2} is a store detective at a department store in {town}; he detained def for theft of clothing worth {amt} on {d1}. Def called him names while being detained but nothing more. Trial {d2}. W not victim.
cps|shoplifting||Shoplifting. Def repeatedly stole meat and coffee from a supermarket in {town} between {d1} and {d2}; store manager {M3} is the complainant. Criminal behaviour order sought. Manager says staff are 'worn down'.
rj|shoplifting||RJ. Local pharmacy owner {F2} agreed to meet a young woman who had stolen from her shop several times in {yr}. Meeting {d2}: she described her addiction; owner described impact on her staff. Agreed apology card and community hours.
cps|shoplifting||Theft from shop - self-scan. Def scanned items as cheaper produce at self checkouts at the supermarket on {st} on {n} occasions before {d1}, losses {amt}. Store is complainant, via security manager {M1}. Guilty plea, sentence {d2}.
cps|shoplifting||Theft from a shop. Def and a female accomplice filled a bag with perfume at a chemist in {town} on {d1} and walked out; store assistant {F3} followed and took registration. No threats or force. Trial {d2}. Assistant is the witness/complainant.
wcu|shoplifting||WCU. Complainant is the owner of a corner shop on {st}, {M2}; def stole alcohol on {d1} and has been back since. Owner says he no longer feels safe in his shop though nothing else has happened. Trial {d2} at {mc}.
""")
_add(r"""
# ---- other theft ----
cps|other_theft||Theft by employee. Def, a cashier at a petrol station in {town}, took {bigamt} from the till over {mo} months by voiding sales. Franchise owner {M1} is the complainant. Guilty plea; sentence and compensation {d2}. Owner wants to make a business impact statement.
cps|other_theft||Theft of mail. Def, a postal worker on the {town} delivery round, stole birthday cards containing cash and gift cards between {d1} and {d2}. Complainant {F2} ({age}) lost {amt} sent by her gran. Guilty plea. Royal Mail investigation team are witnesses.
wcu|other_theft||WCU - making off without payment, s3 Theft Act 1978. Def took a taxi from {town} to {town2} on {d1} and ran off without paying the {amt} fare. Driver {M3} is the complainant; he was not threatened. Trial {d2} at {mc}.
cps|other_theft||Blackmail, s21 TA 1968. Def, an acquaintance of the complainant {M2}, demanded {bigamt} by text, threatening to tell the complainant's wife about an affair. Complainant paid {amt} before reporting on {d1}. Guilty plea. Anonymity discussed.
cps|other_theft|online|Blackmail. Complainant {M1} ({age}) was contacted on Instagram by a woman who persuaded him to exchange intimate images, then demanded {amt} via a gift card or they would be sent to his Facebook friends. Def, a man in {town2}, identified. Charged blackmail. Complainant very embarrassed.
cps|other_theft||Theft. Def was a domiciliary carer employed through an agency to visit the complainant {F3} (aged 91). Jewellery and {amt} disappeared between {d1} and {d2}; some items found pawned. No family or other relationship. Guilty plea; barred from care work.
idva|other_theft|domestic_abuse|IDVA. Client {F1} (aged 5{n}). Her adult son {m2} has been taking cash from her bedside tin and selling her things while she's at work; over {amt} gone since {d1}. Charged with theft. She's ashamed: 'he's my son, where did I go wrong'. Also worried about his temper.
wcu|other_theft||WCU. Complainant {M2} had {n} parcels taken from his doorstep on {st} between {d1} and {d2}; def caught on doorbell camera. Def charged with theft. Trial {d2}. Complainant asking if he'll get money back from the retailer.
cps|other_theft||Theft of a dog. Complainant {F2}'s French bulldog was taken from her back garden on {d1}; recovered {n} weeks later from a seller in {town2}. Def charged with theft (pet abduction offence not in force at the time). Trial {d2}. Complainant very distressed.
cps|other_theft||Theft. Complainant {M3}, a hospital in-patient, had his wallet and phone taken from his bedside locker on {d1} while he was in theatre. Def, another patient's visitor, identified via ward CCTV. Guilty plea. Sentence {d2}.
cps|other_theft||Theft. Def shares a rented house with the complainant {F1} (house share, no relationship). She returned on {d1} to find her jewellery and laptop gone; def had sold them. Guilty plea. Complainant has had to move. Compensation {amt}.
rj|other_theft||RJ. A former lodger stole {amt} and family heirlooms from {F3}'s home in {yr}. She asked to meet him to understand 'how someone we trusted could do that'. Meeting held {d2}; lodger repaid part. She wants to close the case.
idva|other_theft|domestic_abuse|IDVA. Client {F2}'s husband {M1} takes her wages out of her handbag every payday and leaves her with nothing for food; on {d1} he took {amt} she'd saved for the kids' uniforms. Charged theft. Client: 'I'm not allowed my own money'. DASH medium. Economic abuse.
cps|other_theft|domestic_abuse|Blackmail. Def {M2} (complainant's ex-partner, relationship ended {yrs} yrs ago) demanded {amt} from complainant {F1} on {d1}, threatening to tell her new employer about her old conviction if she didn't pay. Complainant paid once. Charged. Trial {d2}.
# ---- criminal damage and arson ----
idva|criminal_damage_arson|domestic_abuse|IDVA. Client {F3}'s ex {M3} put all the front windows through with a brick at {t1} on {d1}, screaming that she'd 'ruined his life'. Kids inside. No injuries. Charged criminal damage. Relationship ended {n} months ago. MARAC {d2}.
cps|criminal_damage_arson|domestic_abuse|Arson with intent to endanger life, s1(2) and (3) Criminal Damage Act 1971. Def poured petrol through his ex-wife's letterbox on {st} and set it alight at {t1} on {d1}; complainant and children escaped via back door. Def remanded. Trial {d2} at {cc}.
cps|criminal_damage_arson||Arson. Complainant {M1}'s Golf was stolen from outside his house on {d1} and found later that night burnt out on wasteland in {town2}. Def charged with arson (the taking is not charged - insufficient evidence). Guilty plea to arson. Complainant asks about insurance letter.
cps|criminal_damage_arson|hate_crime|Religiously aggravated criminal damage, s30 CDA 1998. Def sprayed anti-Muslim graffiti and a pig's head symbol on the doors of the mosque on {st} on {d1}. The mosque secretary {M2} is the complainant. Guilty plea. Community impact statement to be read.
wcu|criminal_damage_arson||WCU. Complainant {F1} is one of {n} car owners on {st} whose cars were keyed on {d1}. Def identified by a neighbour's doorbell camera. Trial {d2} at {mc}. Complainant asking whether she can claim repair costs of {amt}.
idva|criminal_damage_arson|domestic_abuse|Client {F2} - partner {M2} snatched her mobile and smashed it on the floor during a row on {d1} so she couldn't ring her mum. He's charged criminal damage. No assault this time. Client: 'it's always my stuff he breaks'. Referral to outreach.
cps|criminal_damage_arson||Arson reckless as to whether life endangered. Def set fire to a wheelie bin against the side of the complainant's house on {st} at {t1} on {d1}; fire spread to the fascia. No one hurt. Def is a local teenager, no link. Trial {d2}.
cps|criminal_damage_arson||Criminal damage. During an ongoing boundary dispute, def cut down and poisoned the complainant {M3}'s hedge and smashed his garden lights on {d1}. Neighbours; not related. Guilty plea. Compensation {amt}. RO refused.
rj|criminal_damage_arson||RJ. Two pupils set fire to the science block at a school in {town} in {yr}. Headteacher {F3} agreed to a conference on {d2} with the boys (now adults) and their parents. Agreed outcome: they'd speak to the current Year 9. Head described it as 'powerful'.
cps|criminal_damage_arson|domestic_abuse|Criminal damage. Def {M1} ({age}) lives with his mother, complainant {F1}. On {d1} he kicked in her bedroom door, smashed the TV and put holes in the walls when she refused him money. She told police she is scared of him. Charged criminal damage. Plea {d2}.
cps|criminal_damage_arson|hate_crime|Racially aggravated arson. Def set fire to the front of a Chinese takeaway on {st} on {d1} having earlier shouted about 'Chinese virus'. Owner {M2} and family were upstairs and escaped. Def charged arson being reckless as to whether life endangered, racially aggravated. Trial {d2}.
cps|criminal_damage_arson||Criminal damage. Def, the new girlfriend of the complainant's ex-husband, scratched 'slag' into the paintwork of the complainant {F2}'s car on {d1}. Complainant and def have never been in a relationship and aren't related. Trial {d2} at {mc}.
wcu|criminal_damage_arson||WCU - witness {M3} is a bus driver; he saw def smash the glass of a bus shelter and then kick in the windows of a parked car on {st} on {d1}. He is not the victim. Trial {d2}. W on shifts, needs dates in advance.
cps|criminal_damage_arson||Criminal damage. The complainant {M1} let his house on {st} to def; on {d1} police found it had been turned into a cannabis farm: ceilings cut through, electricity meter bypassed, walls soaked. Def charged with criminal damage, abstraction of electricity and production of cannabis. Landlord's losses {bigamt}. Trial {d2}.
# ---- drug offences ----
wcu|drug_offences||WCU. Witness {F1} lives in the flat below where def was dealing crack cocaine; she saw the comings and goings and gave a statement about the sales she watched on {d1}. Def charged with supply of class A. W is not a victim. Trial {d2}; she's asking for anonymity.
cps|drug_offences||Supply of a controlled drug of class A. Def sold MDMA tablets to the complainant's son (aged 19) at a festival in {town} on {d1}; he was hospitalised and has recovered. Charge is supply only. Referral for mum {F2} who wants to give a statement about the impact.
cps|drug_offences||Possession with intent to supply class B. Def was running a cannabis delivery service from a flat on {st}; neighbour {M2} complained about the smell and callers at all hours, and is a prosecution witness. Trial {d2}. Neighbour fears reprisal.
rj|drug_offences||RJ - community conference. After a drug house on {st} was closed in {yr}, residents including {F3} asked to meet the former tenant convicted of supplying heroin from it. Conference held {d2} at the library. Residents described the impact on their kids. Tenant now in recovery.
cps|drug_offences||Possession of a controlled drug with intent. Def, a vulnerable adult's former friend, used the complainant {M3}'s flat on {st} to store and sell cocaine from {d1}. Complainant has a learning disability and felt unable to say no, but no threats or force and no work demanded of him. Def charged PWITS. Trial {d2}.
wcu|drug_offences||Witness care. Witness {M1} is a school caretaker who saw def selling cannabis to pupils over the school fence on {d1}. Def charged with supply of class B. W not a victim but is worried about his safety in the area. Trial {d2} at {mc}.
cps|drug_offences||Supply of class A (heroin). Def sold to the complainant's partner, who has since overdosed and survived. Complainant {F1} wants the court to know the effect on the family. Def pleaded guilty at {cc} on {d2}. Relationship between complainant and def: none.
cps|drug_offences||Importation of class A. Complainant {F2} ({age}) unknowingly received a parcel containing cocaine at her home address on {d1} - def used her address as a drop. She is a prosecution witness and was arrested then released NFA. Trial {d2}. Distressed.
# ---- possession of weapons ----
wcu|possession_of_weapons||WCU. Witness {F3} is a teacher who found a lock knife in a pupil's bag (pupil aged 16) on {d1}; it had not been used or shown to anyone. Pupil charged with possession of a bladed article on school premises. W anxious about giving evidence against a student. Youth court {d2}.
cps|possession_of_weapons|knife_sharp_instrument|Threatening with a bladed article in a public place, s1A Prevention of Crime Act 1953. Def pulled a kitchen knife from his waistband on {st} on {d1}, waved it at the complainant {M1} and said 'you're next'. Complainant believed he would use it. No injury. Trial {d2}.
idva|possession_of_weapons|domestic_abuse|IDVA client {F1}. Ex-partner {M2} kept a sawn-off shotgun under the bed during the relationship; she told police on {d1} after leaving. Charged possession of a prohibited firearm. DASH high, MARAC {d2}. She's terrified he'll get bail.
cps|possession_of_weapons||Possession of an offensive weapon. Def was stopped driving on {st} on {d1} with a baseball bat studded with nails on the passenger seat. Police had been called by complainant {M3}, who said def had been looking for him after a dispute. No threats made directly. Trial {d2}.
cps|possession_of_weapons||Possession of a prohibited weapon. A zombie knife was found in the def's bedroom during a search of his mum's address on {d1}. Mum {F2} is a witness. Not used or shown. Def pleaded guilty. Sentence {d2}.
wcu|possession_of_weapons|knife_sharp_instrument|Witness care. W {M2} was at the bus stop on {st} on {d1} when def started waving a machete at people in the queue; W thought he was going to be attacked. Def charged with threatening with an offensive weapon and possession. Trial {d2}.
cps|possession_of_weapons||Possession of an imitation firearm in a public place. Def brandished a BB gun that looked real outside a shop on {st} on {d1}; staff member {F1} thought it was a real gun and locked the door. Trial {d2}. Staff member needs support to attend.
cps|possession_of_weapons||Possession of a bladed article. Def was searched at the entrance to a football ground in {town} on {d1} and found with a knife in his sock. Steward {M3} who found it is our witness. Never used or shown. Guilty plea {d2}.
cps|possession_of_weapons||Possession of a firearm with intent to cause fear of violence. Def fired a starting pistol into the air outside complainant {M1}'s house on {d1} during a feud. Complainant believed it was real. Charged. Trial {d2}.
cps|possession_of_weapons||Possession of a knife in a public place. Def, aged {age}, was found with a carving knife in his coat pocket in {town} centre on {d1} after a member of the public, {F2}, saw the handle and called police. Def says it was 'for protection'. Not used. Trial {d2}.
# ---- public order ----
cps|public_order|hate_crime|Racially aggravated s4A Public Order Act 1986. Def shouted racist abuse at complainant {M2} and his children in a supermarket car park in {town} on {d1}, calling them 'monkeys'. Guilty plea at {mc}; uplift applied. Complainant's children now scared to go out.
cps|public_order||s5 Public Order Act 1986. Def swore at and abused pharmacy staff including the complainant {F1} on {d1} when told his prescription wasn't ready. No threats of violence. Fine + compensation {amt}. Staff member referred for support.
cps|public_order|knife_sharp_instrument|Affray, s3 Public Order Act 1986. During a fight in a pub in {town} on {d1} def produced a knife and waved it towards customers including complainant {M3}, who thought he would be stabbed. No injuries. Trial {d2} at {cc}.
wcu|public_order||WCU. Violent disorder, s2 POA 1986. Witness {M1} is a steward at {town} FC; he saw def among a group throwing bottles and seats at rival fans on {d1}. W not injured. Trial {d2}. W worried about identification by the group.
cps|public_order||s4 POA - fear or provocation of violence. Def, a neighbour, stood outside complainant {M2}'s front door on {d1} shouting he'd 'smash his face in'. Complainant feared violence. No physical contact. Guilty plea. RO for {n} years.
cps|public_order|hate_crime|Religiously aggravated s5 POA. Def shouted antisemitic abuse at complainant {M1} and others leaving the synagogue on {st} on {d1}. Complainant {M1} is the main witness. Trial {d2}. Community Security Trust involved.
cps|public_order|hate_crime|s4A with hostility on grounds of sexual orientation. Def shouted homophobic abuse at complainant {M3} and his husband outside a bar in {town} on {d1}, following them down the street. No physical assault. Guilty plea; sentence {d2}.
idva|public_order|domestic_abuse|IDVA. Client {F2}'s ex-partner {M1} stood in the street outside her house on {d1} screaming abuse for 20 minutes, calling her a 'whore' in front of the neighbours and kids. Charged s4A POA. Relationship ended {n} months ago. Client mortified, DASH medium.
wcu|public_order||WCU. After the hearing on {d1}, def's brother shouted at complainant {F1} in the court foyer, calling her a liar and swearing. Security intervened. Charged s5 POA. Complainant reluctant to come back to court for the next hearing on {d2}.
cps|public_order|hate_crime|s5 POA with hostility on grounds of transgender identity. Def followed complainant {F3}, a trans woman, along {st} on {d1} mocking her and shouting abuse about her gender. Guilty plea. Complainant has asked for her address to be withheld.
cps|public_order|hate_crime|Violent disorder. A group including def gathered outside a hotel in {town} used to house asylum seekers on {d1}, throwing fireworks and chanting racist abuse at residents. Hotel worker {M2} is a complainant/witness. Trial {d2} at {cc}.
rj|public_order||RJ. {M1} had been repeatedly shouted at and sworn at by a neighbour across the street (s4 POA conviction {yr}). Both agreed to meet {d2} with a facilitator. Neighbour admitted he'd been drinking heavily. Agreement: no contact in the street, communicate via housing officer.
""")
_add(r"""
# ---- misc crimes against society ----
cps|misc_crimes_against_society||Perverting the course of justice. Def named the complainant {M1}, a former workmate, as the driver of his car when it was caught speeding on {d1}, to avoid points. Complainant received a summons and had to prove he was abroad. Guilty plea; sentence {d2} at {cc}.
idva|misc_crimes_against_society|domestic_abuse|IDVA. Client {F1} (MARAC case since {yr}). Her ex-husband {M1} has been charged with perjury after lying on oath in the family court on {d1} about her drinking to get the children. Family court judge referred the matter. Client exhausted by 'him using the courts to get at me'. Trial {d2}.
wcu|misc_crimes_against_society||WCU. Def failed to surrender to {mc} on {d1} for his trial on a charge of dangerous driving; warrant issued, now arrested. Trial re-fixed {d2}. Witness {F2} (a pedestrian who had to jump out of the way, not hurt) has been warned twice already and is fed up.
cps|misc_crimes_against_society||Dangerous driving, s2 RTA 1988. Def tailgated the complainant {M2} on the A-road for several miles on {d1}, flashing and undertaking, then braked hard in front of him causing him to swerve onto the verge. No collision, no injuries. Dashcam footage. Guilty plea; disqualified.
idva|misc_crimes_against_society|domestic_abuse|Client {F3}. Ex-partner {M3} rang her on {d1} and said he'd torch her car 'and then see how you get to work'. Charged threatening to destroy or damage property, s2 CDA 1971. Nothing damaged. She believes he'd do it. Bail conds: not to attend {st}. DASH medium.
cps|misc_crimes_against_society||Forgery and using a false instrument, ss1 and 3 Forgery and Counterfeiting Act 1981. Def, a clerk at a solicitors' firm, forged the signature of the late client on a codicil to a will in {yr}. Complainant {F1}, the rightful beneficiary, discovered it on {d1}. Trial {d2}.
wcu|misc_crimes_against_society||WCU. Witness {F2} found extreme pornographic images on her partner's laptop on {d1} and reported it; he is charged with possession of extreme pornographic images (s63 CJIA 2008). She is a witness only. She says he has never been abusive or controlling; no DA. Trial {d2}.
idva|misc_crimes_against_society||Passed from IDVA - screened, no DA disclosed: client {F3} discovered on {d1} that her husband of {yrs} yrs was already married abroad when they wed. Charged with bigamy (s57 OAPA 1861). She describes him as never violent, never controlling. Referred to general victim service. Hearing {d2}.
idva|misc_crimes_against_society|domestic_abuse|IDVA. Client {F1}'s ex {M2} followed her car on the ring road on {d1}, swerving in front of her and brake-checking with the kids in the back. No collision. Charged dangerous driving. They separated {n} months ago; history of DA, MARAC {d2}.
cps|misc_crimes_against_society|domestic_abuse|Perverting the course of justice. Def {M1} made repeated false reports to police that his ex-partner {F2} was neglecting their children and dealing drugs, resulting in her arrest on {d1}; she was released NFA. Def admitted in interview he wanted to 'make her pay for leaving'. Known to MARAC. Trial {d2}.
cps|misc_crimes_against_society||Bail Act offence. Def failed to attend {mc} on {d1} for sentence for a perjury conviction (lying as a witness in a civil claim). Complainant {M3}, whose civil claim was affected, asks for an update - new date {d2}.
wcu|misc_crimes_against_society||WCU. Witness {M2} is a police driver; he saw def drive dangerously through a red light and the wrong way round a roundabout at {t1} on {d1} while failing to stop. No one hurt. Trial {d2}. W requests dates avoiding his rest days.
cps|misc_crimes_against_society||Obscene publications, s2 Obscene Publications Act 1959. Def ran a website distributing obscene material. Witness is {F3}, a staff member at the hosting company, who reported it on {d1}. Trial {d2}.
cps|misc_crimes_against_society||Perverting the course of justice. Def offered the complainant {M1} {amt} to change his statement in a neighbour dispute about a fence (civil matter). Complainant reported the offer on {d1}. No threats. Guilty plea; sentence {d2}.
# ---- fraud and computer misuse ----
cps|fraud_computer_misuse|online|Fraud by false representation. Complainant {F1} ({age}) met 'Major James' on a dating site; over {mo} months she sent {bigamt} for 'medical bills' and 'release fees'. Def, a UK-based money mule organiser in {town2}, charged. She is devastated and ashamed. Trial {d2}.
wcu|fraud_computer_misuse||WCU. Courier fraud - complainant {M3}, aged 84, received a phone call on {d1} from 'DC Smith' saying his bank was under investigation; he withdrew {bigamt} and handed it to a courier at his door. Def (courier) charged. Phone calls only. Trial {d2}.
cps|fraud_computer_misuse|online|Investment fraud. Complainant {M2} was added to a WhatsApp 'crypto signals' group and persuaded to transfer {bigamt} to a trading platform that did not exist. Def charged with fraud by false representation and money laundering. Trial {d2} at {cc}.
idva|fraud_computer_misuse|domestic_abuse|IDVA. Client {F2} discovered after leaving {M1} on {d1} that he'd taken out {n} loans and a catalogue account in her name, total {bigamt}. He's charged with fraud. 'He always said I was useless with money; he kept all the post'. Economic abuse; credit file repair referral.
cps|fraud_computer_misuse|domestic_abuse|Fraud by abuse of position. Def, the complainant's son ({age}), used his mother's debit card and online banking without permission from {d1}, spending {bigamt}. She relies on him for shopping. Guilty plea. Mum doesn't want him sent to prison.
cps|fraud_computer_misuse||Fraud by abuse of position. Def, a paid carer from an agency, used the complainant {F3}'s (aged 86) bank card to withdraw {amt} on {n} occasions between {d1} and {d2}. No relationship beyond the care visits. Guilty plea.
idva|fraud_computer_misuse|domestic_abuse;online|IDVA. Client {F1}'s ex-partner {M3} logged into her email and Instagram on {d1} using old passwords, read her messages and changed her recovery details. Charged unauthorised access, s1 Computer Misuse Act 1990. Relationship ended {n} months ago. Client changing all her accounts.
cps|fraud_computer_misuse|online|Fraud. Def sent the complainant business (a builders' merchant in {town}) an email purporting to be from a supplier with changed bank details; {bigamt} paid on {d1}. Director {M1} is the complainant. Def charged with fraud and conspiracy. Trial {d2}.
cps|fraud_computer_misuse||Fraud - rogue trader. Def knocked on complainant {M2}'s door on {d1}, claimed his roof tiles were loose and charged {bigamt} for work that was unnecessary and never completed. Complainant is {age}. Defs linked to {n} similar frauds. Trial {d2}.
wcu|fraud_computer_misuse||WCU. Complainant {F2} received a call on {d1} from someone claiming to be from her bank's fraud team and was talked into moving {bigamt} to a 'safe account'. Call and SMS only. Def (account holder) charged money laundering and fraud. Trial {d2}.
cps|fraud_computer_misuse|domestic_abuse|Fraud by abuse of position. Def {M3} held lasting power of attorney for his aunt, the complainant {F1} (aged 88), and transferred {bigamt} from her savings into his own account between {d1} and {d2}. Aunt lived with him in her later years. Trial {d2}. Complainant's friend is referrer.
cps|fraud_computer_misuse|online|Fraud by false representation. Def advertised concert tickets on Facebook Marketplace; complainant {M1} paid {amt} by bank transfer on {d1} and received nothing. {n2} other victims. Guilty plea. Complainant wants a compensation order.
rj|fraud_computer_misuse||RJ. Small business owner {F3} lost {bigamt} when her bookkeeper committed fraud in {yr}. The bookkeeper, now released, asked to meet. Meeting held {d2}. {f3}: 'I needed to know if it was personal - it wasn't, it was gambling'. Agreed repayment plan.
cps|fraud_computer_misuse||Fraud by false representation. Def, a builder, took a deposit of {amt} from complainant {M3} on {d1} for a kitchen extension and never returned. Def has done the same to others in {town}. Trial {d2} at {mc}.
cps|fraud_computer_misuse|online|Computer misuse. Def, a former employee, accessed the complainant company's cloud system after leaving on {d1} and deleted client records. Managing director {F2} is the complainant. Charged s3 CMA 1990. Trial {d2}.
# ---- anti-social behaviour (no crime) ----
wcu|anti_social_behaviour||Civil injunction hearing under ASB, Crime and Policing Act 2014 at {mc} on {d2}. Complainant {F1} has given evidence about her neighbour's loud music most nights since {d1}. No criminal offences alleged - civil case only. She needs support to attend the hearing.
rj|anti_social_behaviour||RJ - neighbour mediation. {M2} and the family next door on {st} have been in dispute about noise from the kids and a barking dog since {d1}; no threats, no damage, no offences reported. Facilitated meeting held {d2}; agreed quiet hours. Follow-up in {n} weeks.
wcu|anti_social_behaviour||ASB - witness support. {F3} is giving evidence at a closure order hearing on {d2} about a flat on {st} where visitors have been causing noise and nuisance late at night since {d1}. No crimes have been charged. She's anxious about the tenant seeing her.
cps|anti_social_behaviour||Community Protection Notice issued to a neighbour of complainant {M1} on {d1} for a garden full of rubbish and rats. Neighbour appealed at {mc}. No offence disclosed, ASB only. Complainant wants support for the appeal hearing on {d2}.
rj|anti_social_behaviour||RJ - community. Shop owner {M3} on {st} complained of groups of teenagers (ages N/K) hanging around the door, being loud and rude to customers since {d1}. No crime reported; ASB only. RJ circle with young people held {d2}. Shop owner now offering a Saturday job.
wcu|anti_social_behaviour||ASB case review (community trigger). Complainant {F2} has reported neighbours' rowdy parties and parking across her drive {n} times since {d1}. Police and council say no criminal offences disclosed. Review meeting {d2}; she wants someone to go with her.
rj|anti_social_behaviour||RJ. {F1} ({age}) and her upstairs neighbour, a young man, fell out over noise - footsteps and music late at night - from {d1}. No threats, no crime, just nuisance. Both agreed to a facilitated conversation on {d2}. Carpets offered by the housing association.
cps|anti_social_behaviour||ASB civil injunction - the council applied at {mc} on {d2} against a resident of {st} for persistent shouting in the communal stairwell and leaving rubbish, reported by complainant {M2} since {d1}. No criminal allegation. Support requested for {m2}.
# ---- other crime (residual) ----
cps|other_crime||Animal Welfare Act 2006, s4 unnecessary suffering. Def failed to get veterinary treatment for his dogs at a property on {st}; RSPCA inspector {F1} found them emaciated on {d1}. Inspector is the main witness. Trial {d2} at {mc}. Neighbour {M2} who reported wants support.
cps|other_crime||Health and Safety at Work etc. Act 1974 prosecution (HSE). Complainant {M3} ({age}) lost two fingers in an unguarded machine at a factory in {town} on {d1}. The company is charged with failing to ensure the safety of employees. No individual assault alleged. Sentencing {d2}.
wcu|other_crime||WCU. Careless driving, s3 RTA 1988 - def rear-ended complainant {F2}'s car at the lights on {st} on {d1}; she had whiplash, not a serious injury, back at work within a week. Trial {d2} at {mc}. She's asking if she needs to come to court.
cps|other_crime||Environmental Protection Act 1990 s33 - fly-tipping. Def dumped a lorry load of building waste on the complainant farmer {M1}'s land on {d1}; clear-up cost {bigamt}. Prosecution brought by the council. Trial {d2}.
wcu|other_crime||WCU - victim of crime referral, {F3}, URN {urn}. CMS shows the case as charged on {d1} but the offence wording hasn't been loaded and the OIC hasn't responded. First hearing {d2}. Needs contact ASAP to explain process.
cps|other_crime||Unlawful eviction, Protection from Eviction Act 1977. Landlord changed the locks on complainant {M2}'s flat on {st} while he was at work on {d1} and put his belongings in bin bags outside. No violence or threats. Council prosecution. Trial {d2}.
cps|other_crime||Wildlife and Countryside Act / Protection of Badgers Act 1992. Defs dug into a badger sett on the complainant landowner {M1}'s farm on {d1} with dogs. Landowner and a volunteer are witnesses. Trial {d2}.
idva|other_crime||Referral from court IDVA desk - not DA, not known to us. {F1} says she is 'a victim of a crime' in a case listed at {mc} on {d2}; she would not say what it was about, only that the defendant is a stranger. Passed to VS to make contact and establish needs.
""")
_add(r"""
# ---- extra: honour, exploitation, hard positives / negatives ----
cps|violence_with_injury|honour_based_abuse|Female genital mutilation, s1 FGM Act 2003. Complainant (then aged 9) was cut during a summer visit to relatives in {town2} in {yr}; disclosed to school nurse on {d1}. Two relatives charged. Child now in foster care; FGM Protection Order in force. Referral for the foster carer {F2}.
idva|violence_without_injury|domestic_abuse;honour_based_abuse|IDVA / FMU. Client {F1} ({age}) learned on {d1} that her family have booked flights to take her to Bangladesh to marry. Her brother rang her and said 'if you shame us you'll be dead'. Charged threats to kill. FMPO granted {d2}. Client in refuge out of area.
cps|violence_without_injury|domestic_abuse;honour_based_abuse|Threats to kill. Def {M2} (in his 50s) told his daughter {F3} (aged 19) on {d1} that he would kill her if she continued seeing her boyfriend because she was 'bringing dishonour on the family'. Daughter believed it and left home. Trial {d2}. Protective measures in place.
cps|sexual_offences|online;child_sexual_abuse_exploitation|Causing or inciting a child under 13 to engage in sexual activity. Def ({age}) befriended the complainant (aged 12) through Roblox and then moved to Snapchat, where he persuaded her to send images and perform acts on camera between {d1} and {d2}. Guilty plea. Referral for dad {M1}.
cps|violence_without_injury|modern_slavery|Forced labour, s1 MSA 2015. Complainant {F2} ({age}) was recruited from abroad to work in a nail bar in {town}; worked 12-hour days, 7 days a week, wages 'deducted' for rent and travel debt, ID kept by the owner. Escaped {d1}. NRM positive. Owner charged. Trial {d2}.
wcu|violence_with_injury|knife_sharp_instrument|WCU. W {M1} is not the IP - he's the friend who was with IP {M2} when IP was stabbed in the side outside a chicken shop on {st} on {d1}. IP survived after surgery. Def charged s18. Both W and IP scared of def's associates and thier families. Trial {d2}.
cps|violence_with_injury||ABH. Complainant {M3} was punched by a stranger in a kebab shop queue on {d1}, suffering a broken nose. Note: complainant's mother is a former DA victim and is very anxious for him, but this incident has no DA element. Guilty plea. Sentence {d2}.
idva|violence_with_injury|domestic_abuse|IDVA. Client {F2} ({age}) - her half-brother {M2} lives in her spare room; on {d1} he dragged her across the living room by her hair, clumps pulled out, scalp bleeding. Charged ABH. Client: 'Mum always said look after him'. DASH high.
cps|violence_with_injury|domestic_abuse|s47 ABH. Def {F3} and complainant {F1} are civil partners. On {d1} def threw a hot mug of tea at complainant, scalding her arm, and then hit her with the TV remote. Def pleaded guilty. Restraining order sought. Complainant also wants LGBT+ specialist support.
cps|stalking_harassment|domestic_abuse|Harassment. Def {M1} is the complainant's adult grandson; since {d1} he has rung her daily demanding money and turned up at her sheltered flat at night when refused. Calls and visits only. Complainant (aged 83) frightened. Charged. Trial {d2}.
idva|stalking_harassment||Closed - not DA. Client {F3} is being harassed by a man she met once through work in {town}; he has been ringing and texting her (phone only - no apps or social media) and turning up at her office since {d1}. They have never been in a relationship. Passed to the stalking service. Trial {d2}.
cps|violence_with_injury|domestic_abuse;knife_sharp_instrument|Wounding s20. Def {M3} and complainant {F2} were together for {yrs} years and separated {d1}. Def came to collect his things on {d2} and, when she wouldn't let him in, slashed at her with a box cutter, cutting her hand. Remanded. Trial {d3}.
wcu|sexual_offences||WCU. Complainant {M1} ({age}) was sexually assaulted by a masseur at a spa in {town} on {d1}. Def denies. Trial {d2} at {mc}. Complainant has asked for a male WCU officer, definately not female; WCU arranging. Not known to def before the appointment.
rj|violence_with_injury|domestic_abuse|RJ - referral declined after assessment. {F1}'s former husband, who broke her arm in {yr}, asked via probation to meet her. She said no on {d2}. Our DA protocol applies; no contact made. Victim contact officer and IDVA informed.
cps|robbery||Robbery. On {d1} def, who had been lodging with the complainant {M2} (they are not related and not partners), held him against the fridge and took his bank card and {amt}. Complainant bruised. Guilty plea. Sentence {d2}.
cps|violence_without_injury||Common assault. Def {M1} slapped the complainant {F1} across the face at a bus stop on {d1}. The two had never met before; def was drunk. No injuries. Police initially logged as a 'domestic' in error - this is not DA. Guilty plea, fine {amt}.
idva|violence_without_injury|domestic_abuse|IDVA. Client {F3} ({age}) and {M3} were married for {yrs} years and divorced {n} years ago. On {d1} at their daughter's wedding he grabbed her arm and hissed 'you'll regret today'. No injury. Charged common assault. Client still 'walking on eggshells' around him.
cps|sexual_offences|domestic_abuse|Rape. Complainant {F2} alleges her former fiance {M1} raped her on {d1}, two weeks after she ended the engagement, when he came round 'to talk'. Def says consensual. Trial {d2} at {cc}. ISVA and IDVA both involved.
wcu|homicide|domestic_abuse|WCU. Family liaison referral: {F3} ({age}) is a witness and the bereaved sister - her brother {M3} is charged with the manslaughter of their elderly mother, who died from neglect and injuries at the home they shared on {st}. Trial {d2} at {cc}. {f3} needs pre-trial support.
cps|other_theft||Making off without payment. Def filled his car with {amt} of fuel at a garage in {town} on {d1} and drove off. Cashier {F1} is the complainant/witness. Guilty plea at {mc}. Fuel drive-offs happening weekly, staff fed up.
cps|criminal_damage_arson||Criminal damage. Def threw a brick through the complainant {M3}'s shop window on {st} at {t1} on {d1}; nothing taken, no one inside. Def drunk; no link to the shop. Guilty plea. Compensation {amt}. Owner asks for impact statement.
idva|criminal_damage_arson|domestic_abuse|IDVA. Client {F1} is 7{n}; her grandson {m1} (aged 23) lives with her and on {d1} smashed her late husband's display cabinet and photographs when she refused to lend him money. Charged criminal damage. Client terrified of him when drinking. Adult safeguarding referral.
""")
_add(r"""
# ---- extra: terse call-handler shorthand ----
idva|violence_without_injury|domestic_abuse|DA. V {f1} ({age}). S = husband {M1}. S grabbed V by both arms + shoved her into the door frame on {d1}, no visible inj, V declined FME. DVPN served same night, DVPO granted {d2}. DASH 14 (med). Kids present? N/K. CPS charged common assault.
cps|violence_without_injury|online;modern_slavery|CCE. V (16) recruited by S via Snapchat to run county lines from {town} to {town2}; kept in a trap house for days at a time and told he owed {amt} after being 'robbed' (set up). S ({age}) charged s2 MSA 2015 + conspiracy to supply class A. NRM CG positive. YOT + social worker involved.
wcu|other_crime||WCU. RTC on {st} on {d1}: def charged with driving otherwise than in accordance with a licence and no insurance after he drove into the back of complainant {M3}'s parked van. No injuries, van damaged ({amt}). Trial {d2} at {mc}. Complainant just wants his excess back.
idva|stalking_harassment|domestic_abuse|IDVA - V {f2}, S = ex-P {M2} (split {d1}). NMO in place, breached x{n} - turns up at V's work, rings her mum, sits in car outside school. Charged stalking s2A + breach NMO. V: 'I can't breathe without checking the window'. MARAC {d2}, DASH 18.
idva|stalking_harassment|domestic_abuse|IDVA. Client {F3} ({age}) - partner {M3} has the Universal Credit paid into his account, gives her nothing, hides her bank card and says she 'can't be trusted with money'; she has to ask for sanitary products. Charged CCB s76. Economic abuse. Trial date tbc.
cps|violence_with_injury|domestic_abuse|s47 ABH - V {F1} (DOB not recorded on file), S {M1} her ex-boyfriend from {yrs} yrs ago who she'd recently let back in 'as a friend'. S punched V in the ribs on {d1}, bruising confirmed by GP. Guilty plea. RO made for {n} yrs on {d2}.
rj|violence_without_injury||RJ - enquiry tbc. {M2} was threatened outside a pub in {yr} by a man waving his fists (common assault, no injury, offender fined). {m2} phoned on {d2} asking whether RJ would be possible so long after. Initial assessment booked; offender whereabouts N/K, probation checking.
wcu|burglary||WCU - burglary dwelling. V {F2} ({age}), S {M1} (no relation, not known to V). S entered via rear door on {d1} approx {t1}, took purse + car keys; V's car found later on {st} undamaged. Charged burglary only. Trial {d2}. V asks re Victim Contact Scheme - not eligible (sentence tbc).
cps|public_order||s4A POA. Def, a customer, screamed at the complainant {M2}, a bus driver, for {n} minutes on {d1}, threatening to 'wait for him after his shift', and banged on the cab screen. No racial or other hostility alleged. Driver off work. Guilty plea; sentence {d2}.
idva|violence_with_injury|domestic_abuse;knife_sharp_instrument|IDVA urgent. V {f3} ({age}) - cut to forearm from a kitchen knife on {d1} when partner {M3} 'came at me, I put my arm up'. S remanded, charged s18. V discharged from A&E, wound closed (stitches or steri-strips - tbc). DASH 22, MARAC {d2}, refuge referral.
""")
_add(r"""
# ---- extra: thinner categories ----
wcu|drug_offences||WCU - W {M3} is a postal worker who handed police a parcel on {d1} that had split open and was full of cannabis; addressee def charged with possession with intent to supply class B. W not a victim, just worried about being named. Trial {d2} at {mc}.
cps|drug_offences||Being concerned in the supply of class A. Def dealt crack from a car parked outside the complainant {F1}'s house on {st} most evenings from {d1}; she kept a log and gave it to police. No threats to her. Def pleaded guilty {d2}. Complainant wants a CBO.
cps|vehicle_offences||Theft of a vehicle - complainant {M2}'s campervan taken from a storage yard in {town} on {d1} (yard gates not locked). Recovered in {town2} with false plates. Def charged theft + handling. Trial {d2}. Complainant retired, it was their holiday home.
wcu|vehicle_offences||WCU. V {F3}'s car was broken into on {st} overnight {d1} - sat nav, sunglasses and a child seat taken. S caught on a doorbell cam. No one confronted. Charged theft from motor vehicle. Trial {d2}. V asks about claiming the child seat back.
cps|theft_from_person||Theft from the person. Def slipped a hand into the complainant {F2}'s coat pocket on a crowded tram on {d1} and removed her phone; no force, she felt a tug and turned. Caught by tram staff. Guilty plea at {mc} on {d2}.
rj|bicycle_theft||RJ. {M3}'s cargo bike, which he used for the school run, was taken from outside the library in {town} in {yr}. The thief, now {age}, wanted to apologise. Face-to-face meeting held {d2}. {m3}: 'he was honest about it, that's all I wanted'.
cps|bicycle_theft||Theft of a pedal cycle. Complainant {F1}'s bike was taken from the unlocked bike shelter at her workplace car park in {town} on {d1} (open-air shelter, not a building). Bike sold online later but theft itself in person. Def pleaded G. Compensation {amt}.
wcu|shoplifting||WCU. Complainant {F2} manages a charity shop on {st}; def took designer clothes donated for sale (value {amt}) on {d1} and walked out. Volunteer {F3} is a witness. No threats. Trial {d2} at {mc}. Manager anxious about volunteers' safety.
cps|shoplifting||Theft from a shop. Def (aged {age}) stole {n} packs of razor blades and baby formula from a chemist in {town} on {d1}. Store assistant {F1} complainant. Guilty plea at {mc}; conditional discharge {d2}.
rj|anti_social_behaviour||RJ referral from housing. {F3} on {st} is upset about her neighbour's CCTV camera pointing at her garden and loud DIY at weekends since {d1}. Police advised no offence - civil/ASB. Mediation session booked {d2}.
wcu|anti_social_behaviour||ASB. Complainant {M1} has reported youths kicking footballs against his wall and shouting on the green on {st} most evenings since {d1}. No damage, no threats, nothing criminal. Council ASB officer requests support for him at the partnership panel on {d2}.
cps|other_crime||Animal Welfare Act 2006 s9 - failure to meet a horse's needs: def left two ponies without water in a field near {town} in hot weather on {d1}. Complainant {F1}, the landowner, called the RSPCA. Trial {d2}.
""")
_add(r"""
cps|violence_without_injury|hate_crime|Religiously aggravated common assault. Def pulled at complainant {F3}'s hijab on the bus on {d1} and told her to 'take that off in this country'. No injury. Guilty plea; uplift applied on {d2}. Complainant now avoids the bus.
wcu|stalking_harassment|hate_crime|WCU. Complainant {M2} and his husband have had homophobic notes pushed through their door on {st} {n} times since {d1}. Def, a neighbour, identified by handwriting and CCTV. Charged harassment with hostility (sexual orientation). Trial {d2}.
cps|violence_with_injury||s20 GBH. Complainant {F1} was pushed by another parent at a children's party on {d1} and fell, breaking her wrist. Def and complainant know each other only through the school. Not DA. Trial {d2} at {mc}.
cps|criminal_damage_arson||Arson. Def set fire to a pile of pallets behind the complainant {M1}'s garage business in {town} on {d1}; building scorched, no one present. Def a former customer with a grudge. Trial {d2}.
wcu|possession_of_weapons||WCU. W {F2} is a security guard who found a knuckleduster and an extendable baton in def's bag at a nightclub entrance on {d1}; nothing used or shown. Def charged possession of offensive weapons. Trial {d2}.
""")
# === TEMPLATES END ===


def _validate() -> None:
    seen_text: dict[str, int] = {}
    for i, (kind, cat, flags, text) in enumerate(TEMPLATES):
        if kind not in KINDS:
            raise SystemExit(f"template {i}: unknown kind {kind}")
        if cat not in CATEGORIES:
            raise SystemExit(f"template {i}: unknown category {cat}")
        fl = [f for f in flags.split(";") if f]
        for f in fl:
            if f not in FLAGS:
                raise SystemExit(f"template {i}: unknown flag {f}")
        if fl != sorted(fl, key=FLAGS.index) or len(fl) != len(dict.fromkeys(fl)):
            raise SystemExit(f"template {i}: flags not in taxonomy order or repeated")
        if text.count("{") < 2:
            raise SystemExit(f"template {i}: fewer than two slots")
        if text in seen_text:
            raise SystemExit(f"template {i}: duplicate of template {seen_text[text]}")
        seen_text[text] = i


def main() -> int:
    _validate()
    rng = random.Random(54_2026)
    n_t = len(TEMPLATES)
    if n_t == 0:
        raise SystemExit("no templates")
    base, extra = divmod(N_NOTES, n_t)
    reps = [base] * n_t
    for idx in sorted(rng.sample(range(n_t), extra)):
        reps[idx] += 1
    rows: list[tuple[str, str, str]] = []
    used: dict[str, bool] = {}
    for (_, cat, flags, text), k in zip(TEMPLATES, reps, strict=True):
        made = 0
        tries = 0
        while made < k:
            tries += 1
            if tries > 200:
                raise SystemExit(f"cannot make unique notes from: {text[:60]}")
            filled = text.format(**_slots(rng))
            if filled in used:
                continue
            used[filled] = True
            rows.append((filled, cat, flags))
            made += 1
    rng.shuffle(rows)
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["note_id", "text", "category", "flags"])
        for i, (text, cat, flags) in enumerate(rows, start=1):
            writer.writerow([f"B54-{i:04d}", text, cat, flags])
    cat_counts = dict.fromkeys(CATEGORIES, 0)
    flag_counts = dict.fromkeys(FLAGS, 0)
    for _, cat, flags in rows:
        cat_counts[cat] += 1
        for f in flags.split(";"):
            if f:
                flag_counts[f] += 1
    print(f"templates {n_t}")
    print(f"notes {len(rows)}")
    for c in CATEGORIES:
        print(f"category {c} {cat_counts[c]}")
    for f in FLAGS:
        print(f"flag {f} {flag_counts[f]}")
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        print("uncovered: " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
