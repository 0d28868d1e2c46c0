"""Generate an independent blind test set of labelled synthetic referral notes (blind2).

Standalone and stdlib-only. Written by an author who did not see the classifier's rules or its
other corpora; see benchmarks/BLIND2.md. Every note is synthetic: names are common first names
picked at random and no address is real.

Usage:
    python benchmarks/make_blind2_corpus.py [--seed 20240917] [--out benchmarks/data/notes_blind2.csv]
"""

# ruff: noqa: E501
from __future__ import annotations

import argparse
import csv
import random
import re
from collections import Counter
from pathlib import Path

FLAG_CODES = {
    "D": "domestic_abuse",
    "H": "hate_crime",
    "O": "online",
    "K": "knife_sharp_instrument",
    "C": "child_sexual_abuse_exploitation",
    "M": "modern_slavery",
    "B": "honour_based_abuse",
}
FLAG_ORDER = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]

PRINCIPAL_ORDER = [
    "homicide",
    "death_injury_driving",
    "sexual_offences",
    "robbery",
    "violence_with_injury",
    "violence_without_injury",
    "stalking_harassment",
    "burglary",
    "possession_of_weapons",
    "criminal_damage_arson",
    "vehicle_offences",
    "theft_from_person",
    "shoplifting",
    "bicycle_theft",
    "other_theft",
    "fraud_computer_misuse",
    "drug_offences",
    "public_order",
    "misc_crimes_against_society",
    "other_crime",
    "anti_social_behaviour",
]
PDA = 0.55  # chance a flexible offender slot draws a partner or family member
RANK = {c: i for i, c in enumerate(PRINCIPAL_ORDER)}
# shoplifting, bicycle_theft and other_theft share one rung of the principal-crime order.
RANK["bicycle_theft"] = RANK["shoplifting"]
RANK["other_theft"] = RANK["shoplifting"]

# --------------------------------------------------------------------------------------------
# Slot banks. Each entry is (text, flag letters). Flexible slots pick a pool first.
# --------------------------------------------------------------------------------------------

DA_F = [
    "her partner",
    "her ex-partner",
    "her ex-p",
    "her husband",
    "her estranged husband",
    "her ex-husband",
    "her boyfriend",
    "her ex bf",
    "her fiance",
    "her on/off partner",
    "the father of her children (separated)",
    "her adult son (26)",
    "her son aged 19",
    "her daughter (34)",
    "her brother",
    "her younger sister",
    "her step-father",
    "her grandson (21)",
    "her girlfriend",
    "her ex-girlfriend",
    "her father-in-law",
    "her ex partner of 8 years",
    "her wife",
]
PARTNER_F = [
    "her partner",
    "her ex-partner",
    "her ex-p",
    "her husband",
    "her estranged husband",
    "her ex-husband",
    "her boyfriend",
    "her ex bf",
    "her fiance",
    "her on/off partner",
    "the father of her children (separated)",
    "her ex partner of 8 years",
]
DA_M = [
    "his partner",
    "his ex-partner",
    "his wife",
    "his ex-wife",
    "his girlfriend",
    "his ex gf",
    "his husband",
    "his boyfriend",
    "his adult son (30)",
    "his son aged 22",
    "his brother",
    "his older brother",
    "his daughter (40)",
    "his nephew (25)",
    "his mother",
]
ND_F = [
    "an unknown male",
    "a male unknown to her",
    "a stranger",
    "her neighbour",
    "the neighbour at no. 12",
    "a work colleague",
    "a colleague",
    "her landlord",
    "her line manager",
    "a customer",
    "a group of youths",
    "a taxi driver",
    "a man she had never met before",
    "another resident at the hostel",
    "a paid carer from the agency",
    "a male she knew vaguely from the pub",
    "a female unknown to her",
    "a delivery driver",
    "a fellow student",
    "a friend of a friend",
]
ND_M = [
    "an unknown male",
    "two males unknown to him",
    "a stranger",
    "his neighbour",
    "a neighbour",
    "a work colleague",
    "his landlord",
    "a customer",
    "a group of teenagers",
    "door staff",
    "another passenger",
    "a man he knew from the gym",
    "his housemate (not related, no relationship)",
    "a female unknown to him",
    "a security guard",
]
NEG_DA = [
    "Not DA related.",
    "Nil DA.",
    "No DA concerns.",
    "Parties not known to each other.",
    "Not a domestic.",
    "No relationship between the parties.",
    "Non-domestic.",
    "NOT DOMESTIC.",
    "No DV history.",
]

WHEN = [
    "on Saturday night",
    "yesterday",
    "last night",
    "on 14/02",
    "in the early hours",
    "last week",
    "at approx 2300hrs",
    "on Friday evening",
    "at around 1530",
    "this morning",
    "over the bank holiday weekend",
    "on 03/11",
    "approx 2 weeks ago",
    "on Sunday afternoon",
    "at 0145hrs",
]
WHERE = [
    "outside the Co-op",
    "in the town centre",
    "on the high street",
    "at a bus stop on Station Road",
    "in the park",
    "outside a nightclub",
    "at the railway station",
    "in a pub car park",
    "near the retail park",
    "on the canal towpath",
    "in the underpass",
    "outside the chip shop",
    "at the leisure centre",
    "on a bus",
    "in the Tesco car park",
]
INJ = [
    "a cut lip and bruising",
    "a fractured cheekbone",
    "a broken nose",
    "bruising to her arms",
    "a black eye",
    "swelling and a cut above the eye",
    "two broken ribs",
    "a fractured wrist",
    "a head injury requiring stitches",
    "a chipped tooth and cut lip",
    "marks to the neck",
    "a bite mark on the forearm",
]
ITEM = [
    "mobile phone",
    "iPhone",
    "handbag",
    "wallet",
    "purse",
    "bank cards",
    "watch",
    "gold chain",
    "Samsung phone",
    "AirPods",
    "rucksack",
    "cash (approx 60 GBP)",
]
KNIFE = ["kitchen knife", "knife", "lock knife", "machete", "Stanley knife", "blade", "large knife", "zombie knife"]
ONLINE_CH = [
    "on Facebook",
    "via Instagram",
    "over WhatsApp",
    "on Snapchat",
    "via TikTok comments",
    "through Messenger",
    "by email",
    "on X (Twitter)",
    "via a fake Facebook profile",
    "on Telegram",
    "via Instagram DMs",
]
OFFLINE_CH = [
    "by text message",
    "by SMS",
    "by phone",
    "with repeated phone calls",
    "by voicemail",
    "by letters pushed through the door",
    "in person at her workplace",
    "by calling from withheld numbers",
]
HATE_CLAUSE = [
    ("while shouting racist abuse", "H"),
    ("calling him a 'P***' and telling him to go back home", "H"),
    ("calling her a 'dyke'", "H"),
    ("making homophobic comments", "H"),
    ("mocking his learning disability", "H"),
    ("pulling at her hijab and shouting anti-Muslim abuse", "H"),
    ("using transphobic slurs", "H"),
    ("shouting antisemitic abuse", "H"),
    ("making comments about his wheelchair and calling him a 'spastic'", "H"),
    ("calling her a 'f***ing foreigner'", "H"),
]
HATE_NEG = [
    "No hate element identified.",
    "V does not feel this was hate motivated.",
    "No hate crime indicators.",
    "Nothing to suggest hostility re race/religion.",
    "Not hate related per V.",
]
NAMES_F = ["Sarah", "Emma", "Chloe", "Zara", "Aisha", "Megan", "Karen", "Priya", "Lucy", "Jade", "Amina", "Tracy"]
NAMES_M = ["Daniel", "Tom", "Kyle", "Imran", "Jamal", "Liam", "Connor", "Mark", "Tariq", "Dave", "Ryan", "Piotr"]
CHILD_AGE = ["11", "12", "13", "14", "14", "15", "15"]
TEEN_AGE = ["16", "17", "17"]
SHOPS = ["Tesco", "Boots", "Sainsbury's", "B&M", "Superdrug", "Aldi", "the Spar", "JD Sports", "Lidl", "Greggs"]
SEVERITY = ["high", "medium", "standard", "high"]


def pick_slot(rng: random.Random, name: str, state: dict) -> tuple[str, str]:
    """Return (text, flag letters) for one slot."""
    if name in ("of", "om"):
        p = state.get("pda", PDA)
        if rng.random() < p:
            return rng.choice(DA_F if name == "of" else DA_M), "D"
        state["neg_da"] = True
        return rng.choice(ND_F if name == "of" else ND_M), ""
    if name == "daf":
        return rng.choice(DA_F), "D"
    if name == "pf":
        return rng.choice(PARTNER_F), "D"
    if name == "dam":
        return rng.choice(DA_M), "D"
    if name == "ndf":
        state["neg_da"] = True
        return rng.choice(ND_F), ""
    if name == "ndm":
        state["neg_da"] = True
        return rng.choice(ND_M), ""
    if name == "ch":
        if rng.random() < 0.55:
            return rng.choice(ONLINE_CH), "O"
        return rng.choice(OFFLINE_CH), ""
    if name == "och":
        return rng.choice(ONLINE_CH), "O"
    if name == "fch":
        return rng.choice(OFFLINE_CH), ""
    if name == "hate":
        r = rng.random()
        if r < 0.4:
            t, f = rng.choice(HATE_CLAUSE)
            return ", " + t, f
        if r < 0.75:
            state["neg_hate"] = True
        return "", ""
    simple = {
        "when": WHEN,
        "where": WHERE,
        "inj": INJ,
        "item": ITEM,
        "knife": KNIFE,
        "nf": NAMES_F,
        "nm": NAMES_M,
        "cage": CHILD_AGE,
        "tage": TEEN_AGE,
        "shop": SHOPS,
        "sev": SEVERITY,
    }
    if name == "aage":
        return str(rng.randint(19, 84)), ""
    if name == "eage":
        return str(rng.randint(68, 91)), ""
    if name == "ref":
        return f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}/{rng.choice(['23', '24', '25'])}", ""
    if name == "amt":
        return rng.choice(["£450", "£1,200", "£3,000", "£85", "£12,500", "£600", "£27k", "£2k", "£240"]), ""
    return rng.choice(simple[name]), ""


# --------------------------------------------------------------------------------------------
# Scenario bank: (category, flag letters always set, template, tags)
# tags: "c" = child victim (no VAL/VS voice), "m" = male victim, "t" = title/one-liner (no wrapper)
# --------------------------------------------------------------------------------------------

S: list[tuple[str, str, str, str]] = [
    # ---------------- homicide
    (
        "homicide",
        "",
        "Bereaved family referral. {V}'s son was killed {where} {when}; two males charged with murder.",
        "",
    ),
    ("homicide", "K", "Murder. V's brother was fatally stabbed {where}. Family need support with inquest and CPS.", ""),
    (
        "homicide",
        "D",
        "Referral for mother of deceased. Her daughter was killed by her partner at their home; "
        "DHR commissioned. Suspect remanded.",
        "",
    ),
    ("homicide", "", "Manslaughter - V's father died after being punched once outside a pub and hitting his head.", ""),
    ("homicide", "", "Homicide - Murder", "t"),
    ("homicide", "", "Manslaughter", "t"),
    (
        "homicide",
        "",
        "Bereaved by homicide. Husband killed at work, trial listed for March. Needs ISVA? no - needs HVS.",
        "",
    ),
    (
        "homicide",
        "D",
        "Domestic homicide: {V}'s sister murdered by her ex-husband after separating. Children now living with {V}.",
        "",
    ),
    (
        "homicide",
        "K",
        "Family liaison request. 17yo son stabbed to death {where}, 3 arrested. Parents and siblings need support.",
        "",
    ),
    ("homicide", "", "Infanticide - mother arrested re death of baby. Referral for the father.", "m"),
    ("homicide", "", "Bereaved family - V's mother found dead at home, now being treated as murder. OIC DC Hale.", ""),
    (
        "homicide",
        "D",
        "Elderly male killed by his adult grandson at home. Family members referred to homicide service.",
        "m",
    ),
    # ---------------- death / serious injury by driving
    (
        "death_injury_driving",
        "",
        "Fatal RTC. {V}'s husband was killed when a car mounted the kerb. Driver charged with causing death by dangerous driving.",
        "",
    ),
    ("death_injury_driving", "", "Causing death by careless driving. V's daughter (cyclist) killed on the A38.", ""),
    ("death_injury_driving", "", "Causing serious injury by dangerous driving", "t"),
    ("death_injury_driving", "", "Causing death by careless or inconsiderate driving", "t"),
    (
        "death_injury_driving",
        "",
        "Pedestrian hit by a car that failed to stop, left with life-changing injuries; driver later arrested for "
        "causing serious injury by dangerous driving.",
        "",
    ),
    (
        "death_injury_driving",
        "",
        "Bereaved by RTA - son killed by drink driver. Driver charged, plea hearing next month.",
        "",
    ),
    (
        "death_injury_driving",
        "",
        "Serious RTC, V (motorcyclist) left paralysed. Driver was over the limit and speeding, charged with s.1A.",
        "m",
    ),
    (
        "death_injury_driving",
        "",
        "Family of deceased - killed by uninsured driver, causing death by driving whilst disqualified.",
        "",
    ),
    ("death_injury_driving", "", "V's wife died in collision, other driver on phone. CDCD charge.", "m"),
    # ---------------- sexual offences
    ("sexual_offences", "", "Rape. {V} reports being raped by {of} at her home {when}. ISVA referral requested.", ""),
    ("sexual_offences", "", "Sexual assault - {V} was groped by {ndf} {where}. Suspect not identified.", ""),
    (
        "sexual_offences",
        "D",
        "{V} disclosed {pf} has been forcing her to have sex when she says no. Ongoing for months.",
        "",
    ),
    ("sexual_offences", "", "Exposure. Male exposed himself to {V} {where} {when}.", ""),
    ("sexual_offences", "", "Voyeurism - landlord installed a hidden camera in the bathroom of {V}'s flat.", ""),
    ("sexual_offences", "", "Sexual assault on a female aged 13 and over", "t"),
    ("sexual_offences", "", "Rape of a female aged 16 and over", "t"),
    (
        "sexual_offences",
        "C",
        "Historic CSA. {V} (now {aage}) disclosed her uncle sexually abused her between ages 7 and 12.",
        "",
    ),
    (
        "sexual_offences",
        "C",
        "Pupil aged {cage} disclosed to DSL that a 19yo male has been having sex with her. Strategy meeting held.",
        "c",
    ),
    (
        "sexual_offences",
        "CO",
        "Online grooming: {cage}yo girl groomed {och} by adult male posing as a teen, who then met her and sexually assaulted her.",
        "c",
    ),
    (
        "sexual_offences",
        "C",
        "CSE concerns. {cage} yr old missing episodes, found in flats with older males, disclosed being made to have sex "
        "in exchange for alcohol and vapes.",
        "c",
    ),
    (
        "sexual_offences",
        "CD",
        "{V} (aged {tage}) reports her boyfriend (20) raped her after a party. They have been together a year.",
        "",
    ),
    (
        "sexual_offences",
        "O",
        "{V} matched with a male on Hinge; on first date he sexually assaulted her in his car.",
        "",
    ),
    (
        "sexual_offences",
        "M",
        "Trafficking for sexual exploitation. Romanian female brought to UK, passport taken and forced to sell sex in "
        "several flats.",
        "",
    ),
    (
        "sexual_offences",
        "",
        "Drink spiked {where}, {V} woke up in unknown flat and believes she was raped. SARC attended.",
        "",
    ),
    ("sexual_offences", "", "Male victim of rape by {ndm}. Reported 3 days later. Has not told family.", "m"),
    ("sexual_offences", "C", "Sexual activity involving a child under 13", "t"),
    (
        "sexual_offences",
        "CO",
        "Causing a child to watch a sexual act - male sent explicit videos to {cage}yo boy {och}.",
        "c",
    ),
    (
        "sexual_offences",
        "",
        "Upskirting on escalator at shopping centre, suspect caught by security with images on phone.",
        "",
    ),
    (
        "sexual_offences",
        "CM",
        "16yo girl trafficked between towns by county lines group and sexually exploited. NRM submitted.",
        "c",
    ),
    # ---------------- robbery
    ("robbery", "", "Robbery - {V} was pushed to the ground {where} and her {item} taken.", ""),
    (
        "robbery",
        "K",
        "{V} was robbed at knifepoint {where} {when}; suspects held a {knife} to him and took his {item}.",
        "m",
    ),
    ("robbery", "", "Robbery of personal property", "t"),
    ("robbery", "", "Robbery of business property", "t"),
    ("robbery", "", "Mugging. Phone snatched after V punched in face, left with {inj}.", ""),
    (
        "robbery",
        "K",
        "Shop robbery - male entered {shop} with a {knife}, demanded cash from till. Staff member traumatised.",
        "",
    ),
    (
        "robbery",
        "",
        "{V} (15) surrounded by group of lads who took his trainers and jacket, threatened to batter him.",
        "cm",
    ),
    ("robbery", "", "Street robbery, 2 males on moped grabbed bag and dragged V along pavement.", ""),
    (
        "robbery",
        "O",
        "{V} arranged to sell PS5 on Facebook Marketplace; buyer turned up, punched him and ran off with the console.",
        "m",
    ),
    ("robbery", "K", "Elderly V robbed on his doorstep by male who showed a blade and demanded his wallet.", "m"),
    ("robbery", "", "Taxi driver robbed by passengers who grabbed him round the neck and took his takings.", "m"),
    (
        "robbery",
        "",
        "Sex worker robbed by a client who forced his way into the flat and took cash. No trafficking indicators.",
        "",
    ),
    # ---------------- violence with injury
    ("violence_with_injury", "", "{V} was assaulted by {of} {when}{hate}. Sustained {inj}.", ""),
    (
        "violence_with_injury",
        "",
        "Offender has punched {V} repeatedly to the face causing {inj}. Offender is {of}.",
        "",
    ),
    ("violence_with_injury", "", "ABH - {V} kicked by {om} {where}, attended A&E with {inj}.", "m"),
    ("violence_with_injury", "K", "S18 wounding. {V} stabbed in the thigh with a {knife} by {om}.", "m"),
    ("violence_with_injury", "K", "{V} slashed across the arm with a {knife} by {of} during an argument.", ""),
    ("violence_with_injury", "", "Assault occasioning actual bodily harm", "t"),
    ("violence_with_injury", "", "Inflicting grievous bodily harm without intent", "t"),
    ("violence_with_injury", "H", "Racially or religiously aggravated assault with injury", "t"),
    ("violence_with_injury", "", "Attempted murder - {V} repeatedly hit with a hammer by {om}, in ICU.", "m"),
    (
        "violence_with_injury",
        "D",
        "Elderly mother ({eage}) pushed over by her adult son during argument about money, fractured hip.",
        "",
    ),
    (
        "violence_with_injury",
        "D",
        "Sibling assault - {V} headbutted by her brother (28) at family home, broken nose.",
        "",
    ),
    (
        "violence_with_injury",
        "D",
        "{V} disclosed {daf} strangled her until she nearly passed out, marks to neck visible. DASH high.",
        "",
    ),
    ("violence_with_injury", "", "GBH s20. {V} hit over the head with a bottle {where}, required 8 staples.", ""),
    (
        "violence_with_injury",
        "H",
        "Disabled male targeted by local youths who pushed him out of his wheelchair causing cuts and bruising, calling him names about his disability.",
        "m",
    ),
    (
        "violence_with_injury",
        "HK",
        "{V} attacked with a {knife} outside mosque by male shouting anti-Muslim abuse; wound to hand.",
        "m",
    ),
    (
        "violence_with_injury",
        "BD",
        "FGM disclosed at antenatal appointment - {V} (22) cut as a child, family now planning to cut her younger sister.",
        "",
    ),
    ("violence_with_injury", "B", "Female genital mutilation", "t"),
    (
        "violence_with_injury",
        "BD",
        "Honour based abuse. {V} beaten by her father and brothers for having a boyfriend they disapprove of, bruising to back and arms.",
        "",
    ),
    (
        "violence_with_injury",
        "",
        "Assault on shop worker by {ndm} who was caught stealing; staff member left with {inj}.",
        "m",
    ),
    ("violence_with_injury", "", "Emergency worker assault - paramedic bitten by patient, skin broken.", ""),
    (
        "violence_with_injury",
        "",
        "School referral: pupil ({cage}) punched by older boy at bus stop, broken tooth. No sexual element.",
        "c",
    ),
    # ---------------- violence without injury
    ("violence_without_injury", "", "Common assault - {V} pushed by {of}{hate}. No injuries.", ""),
    ("violence_without_injury", "", "{V} was spat at by {ndf} {where}{hate}.", ""),
    ("violence_without_injury", "", "Threats to kill - {om} told {V} he would kill him; {V} believes the threat.", "m"),
    (
        "violence_without_injury",
        "",
        "Threats to kill received {fch} from {of}, saying he would stab her. No contact since.",
        "",
    ),
    (
        "violence_without_injury",
        "K",
        "{V} threatened by {ndm} who pulled a {knife} on him {where}. No injuries, V very shaken.",
        "m",
    ),
    ("violence_without_injury", "DK", "{pf} held a {knife} to her and said he would end her. No physical injury.", ""),
    ("violence_without_injury", "", "Assault without injury", "t"),
    ("violence_without_injury", "", "Assault without injury on a constable", "t"),
    ("violence_without_injury", "", "Cruelty to children/young persons", "t"),
    ("violence_without_injury", "H", "Racially or religiously aggravated assault without injury", "t"),
    ("violence_without_injury", "", "Child neglect - children ({cage} and 6) left alone for 2 days with no food.", "c"),
    (
        "violence_without_injury",
        "M",
        "Modern slavery - {V} worked 7 days a week at a car wash for no pay, living in a container, ID held by boss.",
        "m",
    ),
    (
        "violence_without_injury",
        "M",
        "Forced labour. Vietnamese male found working in nail bar, debt bondage to those who brought him to UK.",
        "m",
    ),
    (
        "violence_without_injury",
        "M",
        "County lines - {cage}yo boy exploited to run drugs between London and {nf}'s town, threatened if he stopped. NRM referral.",
        "c",
    ),
    (
        "sexual_offences",
        "CM",
        "Child criminal exploitation (CCE) concerns, {cage}yo being used by older males to deal, also sexually exploited by one of them.",
        "c",
    ),
    (
        "violence_without_injury",
        "B",
        "Forced marriage - {V} (19) told she will be taken to Pakistan to marry a cousin; family have taken her passport.",
        "",
    ),
    ("violence_without_injury", "B", "FMU referral, 17yo at risk of forced marriage abroad over summer holidays.", "c"),
    ("violence_without_injury", "", "Assault on emergency worker - PC pushed during arrest, no injury.", ""),
    (
        "violence_without_injury",
        "",
        "Child abduction - ex-partner's brother took child from school gates without consent.",
        "",
    ),
    (
        "violence_without_injury",
        "D",
        "{V} slapped by {daf} during row, no visible marks. DASH standard, V declined DVPN.",
        "",
    ),
    ("violence_without_injury", "D", "{dam} threw a cup at {V}, missed. No injuries. DV history.", "m"),
    (
        "violence_without_injury",
        "D",
        "Adult son (33) grabbed his {eage}yo father by the collar and shoved him; no injury.",
        "m",
    ),
    # ---------------- stalking / harassment
    (
        "stalking_harassment",
        "D",
        "Stalking - {pf} keeps turning up at her work and home since the split, follows her car.",
        "",
    ),
    ("stalking_harassment", "", "Harassment - {V} receiving abusive messages {ch} from {of}.", ""),
    (
        "stalking_harassment",
        "DO",
        "Ex-partner created fake accounts {och} to contact {V} after being blocked, sending 50+ msgs a day.",
        "",
    ),
    (
        "stalking_harassment",
        "D",
        "Controlling or coercive behaviour - {daf} monitors her phone, controls all money, stops her seeing friends.",
        "",
    ),
    (
        "stalking_harassment",
        "D",
        "CCB - {V} not allowed own bank card, {daf} checks receipts and decides what she wears. MARAC ref.",
        "",
    ),
    ("stalking_harassment", "", "Malicious communications", "t"),
    ("stalking_harassment", "", "Stalking", "t"),
    ("stalking_harassment", "D", "Controlling or coercive behaviour in an intimate or family relationship", "t"),
    (
        "stalking_harassment",
        "O",
        "{V} being stalked by {ndf} who tracks her location via her Instagram stories and shows up at the same gym.",
        "",
    ),
    (
        "stalking_harassment",
        "HO",
        "Homophobic harassment - {V} receiving abusive comments {och} from a group of accounts after coming out.",
        "",
    ),
    (
        "stalking_harassment",
        "H",
        "Neighbour posting racist notes through door and shouting abuse whenever {V} leaves the house.",
        "",
    ),
    (
        "stalking_harassment",
        "DO",
        "{pf} threatening to share intimate photos of {V} {och} if she does not come back to him.",
        "",
    ),
    (
        "stalking_harassment",
        "D",
        "Breach of NMO - ex continued texting and calling {V} despite order, 40 calls in one night.",
        "",
    ),
    (
        "stalking_harassment",
        "",
        "Harassment by a former colleague, repeated unwanted calls and letters over 6 months.",
        "",
    ),
    (
        "stalking_harassment",
        "O",
        "{V} being harassed by a neighbour who posts about her in the local Facebook group almost daily.",
        "",
    ),
    (
        "stalking_harassment",
        "D",
        "Financial abuse and control by {daf}: takes her wages, gives her an allowance, threatens to leave her homeless.",
        "",
    ),
    (
        "stalking_harassment",
        "",
        "{V} is a target of harassment by {ndm}, {fch}, following a dispute over parking.",
        "m",
    ),
    # ---------------- burglary
    ("burglary", "", "Burglary dwelling - rear door forced {when} while {V} at work, jewellery and laptop taken.", ""),
    ("burglary", "", "Residential burglary - home", "t"),
    ("burglary", "", "Burglary - business and community", "t"),
    (
        "burglary",
        "",
        "Distraction burglary. Elderly {V} ({eage}) let in male claiming to be from water board, cash taken from bedroom.",
        "",
    ),
    ("burglary", "", "Shed broken into overnight and {V}'s child's bike and tools taken, padlock cut.", ""),
    (
        "burglary",
        "D",
        "{pf} let himself into {V}'s flat with an old key while she was out and took documents and the kids' passports.",
        "",
    ),
    (
        "burglary",
        "",
        "Attempted burglary - marks on front door lock, entry not gained. {V} now scared to stay home.",
        "",
    ),
    ("burglary", "", "Break-in at community centre, cash box and laptops stolen.", ""),
    ("burglary", "", "Aggravated burglary in a dwelling", "t"),
    ("burglary", "", "Burglary, keys taken from hallway and car stolen from drive.", ""),
    ("burglary", "", "{V}'s student house broken into via insecure window; 2 laptops taken. No suspects.", ""),
    (
        "burglary",
        "D",
        "Ex-partner forced entry to {V}'s home while she was away and took her belongings. DASH medium.",
        "",
    ),
    # ---------------- possession of weapons
    ("possession_of_weapons", "", "Possession of article with blade or point", "t"),
    ("possession_of_weapons", "", "Possession of firearms offences", "t"),
    (
        "possession_of_weapons",
        "",
        "Male stopped and searched {where}, found in possession of a lock knife. No victim identified.",
        "",
    ),
    (
        "possession_of_weapons",
        "",
        "Youth seen carrying a machete in the park by {V}, who called police. No one threatened.",
        "",
    ),
    (
        "possession_of_weapons",
        "",
        "School referral - Y10 pupil brought a knife into school in his bag, found by staff. Not used or shown to anyone.",
        "c",
    ),
    (
        "possession_of_weapons",
        "",
        "Possession of offensive weapon in a public place - knuckleduster found on suspect.",
        "",
    ),
    (
        "possession_of_weapons",
        "",
        "BB gun found in {V}'s garden after neighbours' lads seen with it; no one threatened.",
        "",
    ),
    (
        "possession_of_weapons",
        "",
        "Possession of a bladed article - kitchen knife found in V's son's car on stop-check.",
        "",
    ),
    (
        "possession_of_weapons",
        "",
        "Imitation firearm seen tucked into waistband of male on bus; not pointed at anyone. Passenger referred.",
        "",
    ),
    # ---------------- criminal damage and arson
    ("criminal_damage_arson", "", "Criminal damage - {V}'s car windscreen smashed {when}{hate}.", ""),
    ("criminal_damage_arson", "", "{of} smashed {V}'s phone and put holes in the walls.", ""),
    ("criminal_damage_arson", "", "Arson - wheelie bin set alight outside {V}'s home, spread to fence.", ""),
    ("criminal_damage_arson", "", "Arson endangering life", "t"),
    ("criminal_damage_arson", "", "Criminal damage to a dwelling", "t"),
    ("criminal_damage_arson", "H", "Racially or religiously aggravated criminal damage", "t"),
    ("criminal_damage_arson", "H", "Swastika and antisemitic graffiti sprayed on {V}'s front door.", ""),
    (
        "criminal_damage_arson",
        "D",
        "{pf} keyed her car and slashed all four tyres after she ended the relationship.",
        "",
    ),
    ("criminal_damage_arson", "", "Tyres slashed on {V}'s van, suspect believed to be {ndf}.", ""),
    (
        "criminal_damage_arson",
        "",
        "Lit rag pushed through letterbox overnight, door and hallway damaged. Nobody hurt.",
        "",
    ),
    ("criminal_damage_arson", "", "Windows of {V}'s shop put through with bricks, 3rd time this year.", ""),
    # ---------------- vehicle
    ("vehicle_offences", "", "Theft of motor vehicle - {V}'s Ford Fiesta stolen from outside address {when}.", ""),
    ("vehicle_offences", "", "Theft from a motor vehicle", "t"),
    ("vehicle_offences", "", "Aggravated vehicle taking", "t"),
    ("vehicle_offences", "", "Catalytic converter stolen from {V}'s Honda Jazz overnight.", ""),
    ("vehicle_offences", "", "Car broken into {where}, window smashed and work laptop and sat nav taken.", ""),
    ("vehicle_offences", "D", "{daf} took her car without consent after an argument and will not return it.", ""),
    ("vehicle_offences", "", "Keyless theft of Range Rover from driveway, caught on doorbell camera.", ""),
    ("vehicle_offences", "", "Interfering with a motor vehicle - males seen trying car door handles along street.", ""),
    ("vehicle_offences", "", "Van broken into, all tools stolen. {V} is self-employed builder, cannot work.", "m"),
    # ---------------- theft from the person
    ("theft_from_person", "", "Theft from the person", "t"),
    ("theft_from_person", "", "Pickpocket - {V}'s {item} taken from her bag {where}, did not notice until later.", ""),
    (
        "theft_from_person",
        "",
        "Phone snatched out of {V}'s hand {where} by male on bike. No force used, no injury.",
        "",
    ),
    ("theft_from_person", "", "Purse dipped from coat pocket while {V} on crowded bus.", ""),
    ("theft_from_person", "", "{V}'s wallet taken from his back pocket in a busy bar, cards later used.", "m"),
    ("theft_from_person", "", "Necklace snatched from elderly V's neck without her being pushed or hurt.", ""),
    (
        "theft_from_person",
        "",
        "Distraction theft - two females asked V for directions while a third took his wallet from his jacket.",
        "m",
    ),
    # ---------------- shoplifting
    ("shoplifting", "", "Shoplifting", "t"),
    ("shoplifting", "", "Theft from shops and stalls", "t"),
    (
        "shoplifting",
        "",
        "Store manager at {shop} reports male leaving with £200 of meat in a bag, regular offender.",
        "",
    ),
    (
        "shoplifting",
        "",
        "Shoplifting at {shop} - security chased suspect, goods recovered. Staff shaken, no assault.",
        "",
    ),
    (
        "shoplifting",
        "",
        "Repeat shop theft at small independent shop; owner says it's daily and she is at breaking point.",
        "",
    ),
    ("shoplifting", "", "Shop worker at {shop} referred after persistent thefts by same group, verbal abuse only.", ""),
    ("shoplifting", "", "Two females stole cosmetics from {shop}, CCTV available.", ""),
    # ---------------- bicycle theft
    ("bicycle_theft", "", "Theft of pedal cycle", "t"),
    ("bicycle_theft", "", "Bike stolen from outside {V}'s work, lock cut. Only way to get to work.", ""),
    ("bicycle_theft", "", "E-bike taken from bike rack at the railway station, worth £1,800.", ""),
    ("bicycle_theft", "", "Child's bike taken from front garden (not locked away, no building entered).", ""),
    ("bicycle_theft", "", "{V}'s mountain bike stolen from communal bike store at the flats.", ""),
    ("bicycle_theft", "", "Pedal cycle theft - delivery rider's bike taken while he was collecting an order.", "m"),
    # ---------------- other theft
    ("other_theft", "", "Theft by an employee", "t"),
    ("other_theft", "", "Making off without payment", "t"),
    ("other_theft", "", "Blackmail", "t"),
    ("other_theft", "", "Parcel stolen from {V}'s doorstep {when}, caught on Ring doorbell.", ""),
    ("other_theft", "", "Paid carer stole jewellery and cash from elderly {V}'s home over several visits.", ""),
    (
        "other_theft",
        "D",
        "Adult son has been stealing from his mother's purse and pawning her jewellery to fund gambling.",
        "",
    ),
    ("other_theft", "", "Fuel drive-off at petrol station, £90 of diesel.", ""),
    (
        "other_theft",
        "O",
        "Sextortion - {V} sent images to someone he met {och}, now being blackmailed for £500 or they go to his family.",
        "m",
    ),
    ("other_theft", "", "Garden furniture and plant pots taken from {V}'s front garden.", ""),
    ("other_theft", "", "Theft of {V}'s wallet left on a table in the library.", ""),
    ("other_theft", "", "Employee at care home stole residents' money. {V} is daughter of one resident.", ""),
    # ---------------- fraud / computer misuse
    (
        "fraud_computer_misuse",
        "O",
        "Romance fraud - {V} met a man on a dating site, sent him {amt} for 'medical bills', never met.",
        "",
    ),
    (
        "fraud_computer_misuse",
        "",
        "Courier fraud - elderly V ({eage}) phoned by 'police officer' and handed {amt} cash to a courier.",
        "",
    ),
    ("fraud_computer_misuse", "O", "Investment scam via WhatsApp group, {V} lost {amt} in fake crypto.", ""),
    ("fraud_computer_misuse", "O", "Bought a car on Facebook Marketplace, paid {amt} deposit, seller vanished.", ""),
    ("fraud_computer_misuse", "", "Bank impersonation call - {V} moved {amt} to 'safe account'. Bank informed.", ""),
    ("fraud_computer_misuse", "O", "{V}'s Instagram account hacked and used to ask her followers for money.", ""),
    ("fraud_computer_misuse", "", "Identity fraud - loans and credit cards taken out in {V}'s name.", ""),
    ("fraud_computer_misuse", "", "Fraud by false representation", "t"),
    ("fraud_computer_misuse", "O", "Computer misuse - unauthorised access to email account", "t"),
    ("fraud_computer_misuse", "", "Rogue trader charged elderly V {amt} for roof work never done.", ""),
    (
        "fraud_computer_misuse",
        "D",
        "{daf} took out loans in her name without her knowledge and ran up debts. Economic abuse.",
        "",
    ),
    (
        "fraud_computer_misuse",
        "O",
        "Fake concert tickets bought on a website, {amt} lost. Action Fraud ref obtained.",
        "",
    ),
    (
        "fraud_computer_misuse",
        "D",
        "Grandson (20) used grandmother's bank card without permission for online gambling.",
        "",
    ),
    # ---------------- drugs
    ("drug_offences", "", "Possession of cannabis", "t"),
    ("drug_offences", "", "Trafficking in controlled drugs", "t"),
    ("drug_offences", "", "Neighbour dealing drugs from flat, constant visitors, {V} has seen deals take place.", ""),
    ("drug_offences", "", "{V} found wraps of cocaine hidden in communal bin store, handed to police.", ""),
    (
        "drug_offences",
        "",
        "Possession with intent to supply class A - warrant executed at {V}'s block, {V} is witness.",
        "",
    ),
    (
        "drug_offences",
        "",
        "Cannabis factory found in house next door, {V} reported smell and heat. No exploitation indicators.",
        "",
    ),
    (
        "drug_offences",
        "",
        "Parent reports finding ketamine in 17yo son's room, wants support; believes dealer is local man.",
        "",
    ),
    ("drug_offences", "", "Drug dealing outside school gates reported by head teacher.", ""),
    # ---------------- public order
    (
        "public_order",
        "",
        "Public order s4A - {ndm} shouting and swearing at {V} in the street, {V} alarmed and distressed.",
        "m",
    ),
    ("public_order", "H", "Racially or religiously aggravated public fear, alarm or distress", "t"),
    ("public_order", "", "Public fear, alarm or distress", "t"),
    ("public_order", "", "Violent disorder", "t"),
    ("public_order", "H", "Bus driver verbally abused with racist language by passenger, no assault.", "m"),
    (
        "public_order",
        "H",
        "Male shouted homophobic abuse at {V} and partner holding hands {where}. No physical contact.",
        "",
    ),
    ("public_order", "H", "Transphobic abuse shouted at {V} by group of males while she waited at bus stop.", ""),
    ("public_order", "", "S5 public order - drunk male swearing and gesturing at staff in A&E.", ""),
    ("public_order", "", "Group fighting in the street outside {V}'s home, {V} frightened, not involved.", ""),
    (
        "public_order",
        "H",
        "Learning disabled {V} mocked and sworn at by youths on the estate because of his disability.",
        "m",
    ),
    ("public_order", "", "{ndm} threatening behaviour towards {V} at the school gates, shouting in his face.", "m"),
    # ---------------- misc crimes against society
    ("misc_crimes_against_society", "", "Handling stolen goods", "t"),
    ("misc_crimes_against_society", "", "Perverting the course of justice", "t"),
    ("misc_crimes_against_society", "", "Threat or conspiracy to commit criminal damage", "t"),
    ("misc_crimes_against_society", "", "Dangerous driving", "t"),
    ("misc_crimes_against_society", "", "Obscene publications etc and protected sexual material", "t"),
    ("misc_crimes_against_society", "", "Perjury", "t"),
    ("misc_crimes_against_society", "", "Bail offences", "t"),
    (
        "misc_crimes_against_society",
        "",
        "Dangerous driving - car mounted pavement and nearly hit {V} and her pram. No injuries.",
        "",
    ),
    (
        "misc_crimes_against_society",
        "D",
        "{daf} made a false report to police that {V} had assaulted them; now charged with perverting the course of justice.",
        "",
    ),
    (
        "misc_crimes_against_society",
        "",
        "Threat to commit criminal damage - {ndf} said she would put his windows in.",
        "m",
    ),
    (
        "misc_crimes_against_society",
        "CO",
        "Indecent images of {V} (aged {cage}) shared around school {och}; originally sent to a boyfriend of same age.",
        "c",
    ),
    ("misc_crimes_against_society", "", "Forgery - {V}'s signature forged on documents by company director.", ""),
    (
        "misc_crimes_against_society",
        "",
        "Witness in handling stolen goods case, approached by suspect's friends outside court.",
        "",
    ),
    # ---------------- other crime
    ("other_crime", "", "Victim of crime, details to follow.", "t"),
    ("other_crime", "", "Crime ref {ref} - no further info on referral.", "t"),
    (
        "other_crime",
        "",
        "Animal cruelty - neighbour seen kicking his own dog repeatedly in the garden, {V} distressed.",
        "",
    ),
    ("other_crime", "", "{V}'s cat poisoned, believed deliberate. RSPCA involved.", ""),
    (
        "other_crime",
        "",
        "Self-referral. {V} says she is a victim of crime but does not want to say what happened yet.",
        "",
    ),
    ("other_crime", "", "Wildlife crime - badger sett dug out on farmland, {V} is the landowner.", ""),
    ("other_crime", "", "Referral received from police, offence type blank. V would like a call back.", ""),
    ("other_crime", "", "Crime reported to police {when}; V has asked for support. OIC to update.", ""),
    ("other_crime", "", "Hare coursing on farmland, {V}'s crops damaged? Farmer unsure - awaiting police update.", "m"),
    ("other_crime", "", "Puppy bought from breeder died days later, animal welfare investigation by council.", ""),
    # ---------------- anti-social behaviour
    ("anti_social_behaviour", "", "ASB - loud music from neighbour's flat every night until 3am. No threats made.", ""),
    (
        "anti_social_behaviour",
        "",
        "Youths congregating outside {V}'s house, kicking football against wall, being rowdy.",
        "",
    ),
    ("anti_social_behaviour", "", "Off road bikes ripping up the playing field most evenings. Nuisance only.", ""),
    ("anti_social_behaviour", "", "Neighbour dispute over bins and parking, no offences disclosed. Housing aware.", ""),
    (
        "anti_social_behaviour",
        "",
        "Persistent ASB: dog barking and shouting from garden next door. Nothing criminal.",
        "",
    ),
    (
        "anti_social_behaviour",
        "",
        "Groups of teens drinking in the play park, leaving litter, {V} feels intimidated but no direct abuse.",
        "",
    ),
    (
        "anti_social_behaviour",
        "",
        "Nuisance neighbours - doors slamming, arguments audible through wall, not involving {V}.",
        "",
    ),
    ("anti_social_behaviour", "", "ASB, no crime. Kids knocking on doors and running off (knock door run).", "t"),
    ("anti_social_behaviour", "", "Rowdy behaviour from HMO residents late at night, council noise team involved.", ""),
    ("anti_social_behaviour", "", "Cars racing around the estate car park at night, revving engines. ASB only.", ""),
]

S += [
    # extra modern slavery / honour / CSA / DA scenarios
    (
        "violence_without_injury",
        "M",
        "Potential victim of modern slavery. {V} found living in a garage, made to work in a takeaway 80 hrs/week for food only.",
        "m",
    ),
    (
        "violence_without_injury",
        "M",
        "Human trafficking - {V} brought from Albania on promise of a job, made to work on a cannabis farm, locked in. NRM positive reasonable grounds.",
        "m",
    ),
    (
        "violence_without_injury",
        "M",
        "Domestic servitude: {V} (Filipina) brought over by employer family, passport held, works 16hr days, never allowed out alone.",
        "",
    ),
    ("violence_without_injury", "M", "Modern slavery", "t"),
    (
        "violence_without_injury",
        "M",
        "Labour exploitation - {V} recruited on Facebook for building work, wages kept by gangmaster to pay off 'debt', threatened with violence to family back home.",
        "m",
    ),
    (
        "sexual_offences",
        "CM",
        "Missing {cage}yo found in a trap house 80 miles away with drugs plugged; county lines, also sexually exploited by older male. NRM.",
        "c",
    ),
    (
        "violence_without_injury",
        "M",
        "County lines exploitation of vulnerable adult - dealers took over {V}'s flat (cuckooing) and force him to hold drugs and run deliveries.",
        "m",
    ),
    (
        "robbery",
        "M",
        "{V} (trafficked, working in car wash) robbed of his only savings by the men who control him. NRM submitted.",
        "m",
    ),
    (
        "violence_with_injury",
        "M",
        "Forced labour victim beaten by gangmaster with a metal bar when he asked for wages, broken arm.",
        "m",
    ),
    (
        "sexual_offences",
        "M",
        "Female trafficked from Nigeria and made to work in a brothel to repay 'debt' of £30k. Juju oath used to control her.",
        "",
    ),
    (
        "violence_without_injury",
        "B",
        "Honour based abuse - {V}'s family threatening to disown and harm her for wanting to divorce her husband; 'you will shame us'.",
        "",
    ),
    ("violence_without_injury", "B", "Forced marriage", "t"),
    (
        "stalking_harassment",
        "BD",
        "{V}'s brothers are tracking her phone and following her after she left an arranged marriage, saying she has dishonoured the family.",
        "",
    ),
    (
        "violence_with_injury",
        "BD",
        "HBA. {V} (20) assaulted by her father after he found out she has a boyfriend from a different caste, cut to head.",
        "",
    ),
    (
        "violence_without_injury",
        "B",
        "School referral - Y9 pupil ({cage}) disclosed she is being taken abroad over summer to be 'cut'. FGM protection order requested.",
        "c",
    ),
    (
        "violence_without_injury",
        "BD",
        "{V} is gay and his family have threatened to send him abroad to be married to 'cure' him, say he brings shame on them.",
        "m",
    ),
    (
        "stalking_harassment",
        "BD",
        "Honour-based: {V}'s uncle and cousins send threats by text for her 'bringing dishonour' by living with her partner outside marriage.",
        "",
    ),
    (
        "violence_without_injury",
        "B",
        "Forced marriage protection order breached - family arranging Nikah for {V} (17) despite the order.",
        "c",
    ),
    (
        "violence_with_injury",
        "BD",
        "{V} locked in her room and beaten by her mother-in-law and husband for refusing to give up her job, said she shamed them. Bruising.",
        "",
    ),
    (
        "sexual_offences",
        "C",
        "Sexual assault of a boy ({cage}) by a sports coach during away trip. LADO informed.",
        "c",
    ),
    (
        "sexual_offences",
        "CO",
        "{cage}yo girl coerced {och} into sending nude images to an adult male, who then threatened to share them unless she sent more.",
        "c",
    ),
    (
        "sexual_offences",
        "C",
        "Sexual activity with a child - 15yo in relationship with 24yo male she met at the shops.",
        "c",
    ),
    (
        "sexual_offences",
        "C",
        "Disclosure of non-recent CSA: {V} (41) abused by a family friend from age 9 to 14, first time told anyone.",
        "",
    ),
    ("sexual_offences", "C", "Rape of a female child under 16", "t"),
    ("sexual_offences", "C", "Child sexual exploitation", "t"),
    (
        "violence_with_injury",
        "D",
        "Elder abuse - {V} ({eage}) has bruises on arms where her son grips her. He lives with her and takes her pension.",
        "",
    ),
    (
        "violence_without_injury",
        "D",
        "{V} and her sister (35) argued over care of their mum, sister pushed her into a door. No injury.",
        "",
    ),
    (
        "stalking_harassment",
        "D",
        "Breach of DVPO - ex-partner came to the house twice this week and keeps ringing {V}. DVPO expires Fri.",
        "",
    ),
    (
        "stalking_harassment",
        "D",
        "Coercive control - he tracks her car with an AirTag, times her trips to the shops and goes through her messages.",
        "",
    ),
    (
        "criminal_damage_arson",
        "D",
        "Son (27) put his fist through the front door and smashed the kitchen windows when his mother refused to give him money.",
        "",
    ),
    (
        "violence_with_injury",
        "D",
        "DV - {V} assaulted by {daf}, kicked while on the floor, bruising to ribs. Kids present. DASH 16 ticks, MARAC.",
        "",
    ),
    (
        "stalking_harassment",
        "D",
        "{pf} sends {V} dozens of texts a day calling her worthless, threatens to kill himself if she leaves. CCB.",
        "",
    ),
    (
        "violence_without_injury",
        "D",
        "Threats to kill by {pf} via text saying he will burn the house down with her in it. DVPN served.",
        "",
    ),
    (
        "other_theft",
        "D",
        "{V}'s ex-partner has kept her car keys, bank cards and her passport since she left the relationship. Economic abuse.",
        "",
    ),
    (
        "robbery",
        "D",
        "{pf} pinned {V} down and forcibly took her bank card and phone, then withdrew £300. No injuries.",
        "",
    ),
]

# Hand-written multi-offence and longer notes: (category, flags, text, tags)
LONG: list[tuple[str, str, str, str]] = [
    (
        "violence_with_injury",
        "D",
        "{V} has been with {pf} for 6 years. Over the last year he has controlled her money and checked her phone. "
        "{when} he accused her of cheating, smashed her phone and punched her, causing {inj}. DASH completed - "
        "high risk, MARAC referral made. DVPN served, {V} wants support with a non-mol and housing.",
        "",
    ),
    (
        "sexual_offences",
        "D",
        "Background of DA with {pf} incl. coercive control and threats. {V} has now disclosed that on several "
        "occasions he raped her when she refused sex. She also reports he pushed her down the stairs last month. "
        "ISVA and IDVA requested. MARAC date set.",
        "",
    ),
    (
        "robbery",
        "",
        "{V} walking home {when} when approached by two males. One punched him in the face causing {inj} while the other "
        "took his {item} and wallet. Suspects ran towards the park. {V} attended A&E. Not known to {V}.",
        "m",
    ),
    (
        "violence_with_injury",
        "D",
        "VAL spoke with {V}. Her son (24) lives with her and uses cannabis daily. He demands money, has smashed the TV and "
        "the bathroom door, and last night grabbed her by the wrist leaving bruising. She is {eage} and frightened. "
        "She does not want him arrested but wants him out.",
        "",
    ),
    (
        "stalking_harassment",
        "DO",
        "{V} separated from {pf} 4 months ago. Since then he has messaged her {och} constantly, created new accounts "
        "when blocked, turned up outside the children's school and left flowers on her car. Stalking protection "
        "order being considered. No physical violence disclosed.",
        "",
    ),
    (
        "burglary",
        "",
        "{V} returned from holiday to find rear patio door forced. TVs, jewellery and her late mother's rings taken. "
        "Neighbour saw a white van. {V} has since had her car window smashed as well and feels targeted.",
        "",
    ),
    (
        "violence_without_injury",
        "DK",
        "Offender has attended the home address of his ex-partner {V} in breach of bail conditions. He has banged on "
        "the door, forced his way in and waved a kitchen knife at her saying she would not see tomorrow. {V} ran "
        "to a neighbour. No injuries. Arrested at scene.",
        "",
    ),
    (
        "homicide",
        "DK",
        "Referral for the family of a woman killed at her home. Her estranged husband is charged with murder; she was "
        "stabbed multiple times. There was a history of DA and a previous MARAC. Her two adult children are struggling "
        "and need practical and emotional support through the trial.",
        "",
    ),
    (
        "fraud_computer_misuse",
        "O",
        "{V} ({eage}) contacted by a man on Facebook who claimed to be a US army doctor. Over 8 months she sent him "
        "{amt} by bank transfer and gift cards. Family concerned, {V} still believes he is real. No DA, lives alone.",
        "",
    ),
    (
        "violence_without_injury",
        "M",
        "Polish national recruited via an agency to work on a farm, wages taken for 'rent and transport', 12 to 14 hour "
        "days, threatened by gang master if he complained, 8 men to a caravan. Assaulted once (pushed), no injuries. "
        "Positive NRM decision. Needs help with housing and benefits.",
        "m",
    ),
    (
        "violence_with_injury",
        "H",
        "{V} was waiting {where} when a group of males started shouting racial abuse at him, telling him to go back "
        "to his own country. When he walked away one of them punched him from behind and he fell, fracturing his wrist. "
        "Suspects identified on CCTV.",
        "m",
    ),
    (
        "sexual_offences",
        "COM",
        "Social care referral. {cage}yo girl in care has been going missing for days. Intelligence that she is being "
        "moved around hotels by older males and sold for sex, contacted via Snapchat. She denies concerns. NRM "
        "completed, CSE strategy meeting held.",
        "c",
    ),
    (
        "violence_without_injury",
        "BD",
        "{V} (18) disclosed to her college tutor that her parents and uncle are arranging a marriage to a man in "
        "Bangladesh and have said she has brought shame on the family. Her father slapped her last week, no marks. "
        "Forced Marriage Protection Order being sought.",
        "",
    ),
    (
        "stalking_harassment",
        "",
        "{V} works at a GP surgery. A patient has become fixated on her, phoning the surgery daily asking for her, "
        "waiting outside at closing time and sending letters to the practice. Reported as stalking. Not a partner, "
        "never any relationship.",
        "",
    ),
    (
        "criminal_damage_arson",
        "",
        "Ongoing neighbour dispute. Neighbour has thrown paint over {V}'s car and cut down her fence. Previously "
        "just loud music and shouting which was dealt with as ASB. Not DA, no relationship.",
        "",
    ),
    (
        "violence_with_injury",
        "DK",
        "Call from IDVA. {V}'s ex-partner broke into her flat in the early hours, held a Stanley knife to her and then "
        "cut her hand when she tried to grab it. He also took her phone and smashed it. Suspect outstanding. "
        "Needs urgent target hardening and refuge options.",
        "",
    ),
    (
        "theft_from_person",
        "",
        "Tourist had bag taken from the back of her chair in a cafe. Then her cards were used in several shops. "
        "No force used, not aware until she went to pay.",
        "",
    ),
    (
        "violence_with_injury",
        "",
        "Door staff at a bar refused entry to a group. One male returned and punched the doorman {V}, breaking his jaw. "
        "Also smashed a window on the way out. Suspect arrested, charged s18.",
        "m",
    ),
    (
        "public_order",
        "H",
        "{V} (wears a niqab) was followed through the shopping centre by a man shouting that she was a terrorist. He did "
        "not touch her. Security removed him. {V} no longer wants to go out alone.",
        "",
    ),
    (
        "other_theft",
        "D",
        "Safeguarding referral from social worker. {V} is {eage} with early dementia. Her daughter holds her bank card "
        "and has been withdrawing from her pension for herself, leaving {V} without food money. Financial abuse.",
        "",
    ),
    (
        "stalking_harassment",
        "D",
        "{V}'s brother (38) has been sending threatening texts since their mother's funeral about the inheritance, "
        "turning up at her house and shouting. No assault. She wants a non-molestation order.",
        "",
    ),
    (
        "sexual_offences",
        "",
        "{V} attended a party at a colleague's house, had several drinks and fell asleep. She woke to find a male "
        "colleague touching her sexually. She has told HR. He is not a partner or ex.",
        "",
    ),
    (
        "death_injury_driving",
        "",
        "{V}'s son (19) was a passenger in a car driven at high speed by a friend, which crashed. Son died at the scene, "
        "driver charged with causing death by dangerous driving. Mum needs help with the inquest.",
        "",
    ),
    (
        "violence_with_injury",
        "D",
        "Referral from A&E. {V} attended with a fractured eye socket, said she 'fell'. Later disclosed her girlfriend "
        "hit her with a phone. Previous attendances with injuries. Consent given for IDVA.",
        "",
    ),
]

LONG += [
    (
        "sexual_offences",
        "DK",
        "IDVA referral following MARAC. {V} has been in a relationship with {pf} for 11 years and they have three children. "
        "She describes years of coercive control: he took her wages, stopped her seeing her mum, read her messages and "
        "told her no one would believe her. In March he held a kitchen knife to her throat during an argument. Last week "
        "she disclosed that he has raped her on several occasions, most recently after a night out. He has also smashed "
        "the bedroom door and her phone. She is now staying with a friend. DASH 19 ticks, very high risk. Needs ISVA, "
        "refuge space and help with a non-molestation order.",
        "",
    ),
    (
        "robbery",
        "H",
        "{V} is a 58 year old Sikh taxi driver. He picked up three males from a bar in the town centre at around 0200. "
        "During the journey they made comments about his turban and called him a terrorist. When they reached the "
        "destination they refused to pay, one grabbed him round the neck from behind while another took his cash bag "
        "and phone from the front seat. He was not otherwise hurt but is very shaken and has not worked since. CCTV from "
        "the cab has been seized. He would like help with his loss of earnings and is worried about going back out at night.",
        "m",
    ),
    (
        "burglary",
        "",
        "Hello, I am the housing officer for {V}, who is 79 and lives alone in sheltered housing. On Tuesday two men "
        "knocked claiming to be from the water company and said they needed to check her taps. While one kept her "
        "talking in the kitchen the other went upstairs and took about £800 in cash and her late husband's watch from "
        "the bedroom. She did not realise until the next day. She has since had several phone calls from withheld "
        "numbers which she thinks may be connected. Her son is helping with the police report. Please could someone "
        "contact her to offer support and advice on doorstep callers. Thanks.",
        "",
    ),
]

# Notes that mention a flag-relevant idea that must NOT set the flag (hard negatives).
HARD_NEG: list[tuple[str, str, str, str]] = [
    (
        "violence_with_injury",
        "",
        "{V} (Black British) assaulted by a friend of her cousin over a debt; she is clear it was not racially motivated. Cut lip.",
        "",
    ),
    (
        "public_order",
        "",
        "Male swore at {V} at the bus stop and called him an idiot; no reference to race, religion, disability or sexuality.",
        "m",
    ),
    (
        "criminal_damage_arson",
        "",
        "Graffiti tag sprayed on {V}'s garage door, local gang tag, nothing hate related.",
        "",
    ),
    (
        "other_theft",
        "",
        "{V} says her family are traditional but supportive of her divorce, no honour concerns. Referral is for theft of purse from work locker.",
        "",
    ),
    (
        "violence_with_injury",
        "D",
        "{V} assaulted by her husband during a row about money, black eye. Asked re forced marriage/HBA - none, marriage was her own choice.",
        "",
    ),
    (
        "violence_without_injury",
        "",
        "Routine FGM/forced marriage holiday checklist done by school, no concerns. Referral is for pupil ({cage}) pushed over by another pupil, no injury.",
        "c",
    ),
    (
        "anti_social_behaviour",
        "",
        "Neighbours' wedding celebration very loud until 4am with fireworks. No offences, no threats.",
        "",
    ),
    (
        "stalking_harassment",
        "",
        "{V} harassed {fch} by a man she met once at a wedding. Not a partner, no family link, no honour element.",
        "",
    ),
    (
        "sexual_offences",
        "",
        "Sexual assault by a stranger on the tram. {V} is 18. No online contact, suspect not known to her.",
        "",
    ),
    (
        "violence_with_injury",
        "",
        "Gay couple's neighbour punched {V} in a dispute about a fence, bloody nose. {V} says his sexuality was never mentioned and he does not think it is hate.",
        "m",
    ),
    (
        "public_order",
        "",
        "Threatening behaviour: a man at the pub said he would 'knife' {V} one day. No knife seen, {V} laughed it off. No DA.",
        "m",
    ),
    (
        "violence_with_injury",
        "",
        "{V} (16) assaulted by his older step-brother's friend (19) in the park, broken nose. Not family, not a partner.",
        "cm",
    ),
    (
        "violence_with_injury",
        "",
        "{V} punched by {ndm} {where}, cut lip. Not DA - parties work together. No weapons seen.",
        "m",
    ),
    (
        "stalking_harassment",
        "",
        "Harassment by ex-partner's new girlfriend, who keeps texting {V} abuse. Not DA (not related, never partners).",
        "",
    ),
    (
        "burglary",
        "",
        "Burglary. {V} mentioned she had a DV history with a previous partner years ago but this is unrelated - unknown offenders.",
        "",
    ),
    (
        "robbery",
        "",
        "Robbery. Suspect said he had a knife in his pocket but nothing was seen; {V} handed over her phone.",
        "",
    ),
    ("possession_of_weapons", "", "Knife found in hedge near {V}'s house. Handed in. No one threatened.", ""),
    (
        "stalking_harassment",
        "O",
        "Ex-colleague posted photos of knives {och} with comments aimed at {V}. No contact in person. Not DA.",
        "",
    ),
    (
        "violence_without_injury",
        "",
        "Threats to kill made {fch} by {ndm}: said he would come round with a knife. {V} has not seen him since.",
        "m",
    ),
    (
        "fraud_computer_misuse",
        "",
        "Courier fraud, {V} called on landline and texted. No internet involvement - she does not have a smartphone.",
        "",
    ),
    ("stalking_harassment", "", "Harassment by a neighbour by text and phone calls only. Not online.", ""),
    (
        "violence_with_injury",
        "",
        "{V} (17) assaulted at a party by another 17yo, black eye. No sexual element. Not in a relationship.",
        "c",
    ),
    ("sexual_offences", "", "Sexual assault on {V} (aged 19) in nightclub toilets by {ndm}.", ""),
    (
        "violence_without_injury",
        "",
        "Common assault. {V} was pushed by her carer (agency staff), no injuries. Not DA - professional.",
        "",
    ),
    (
        "violence_with_injury",
        "",
        "{V} is Muslim but says the assault was over a parking space, no hostility about religion. Bruising to arm.",
        "m",
    ),
    (
        "public_order",
        "",
        "Drunk male shouting at everyone in the street. {V} is disabled but was not singled out; no hate element.",
        "m",
    ),
    (
        "drug_offences",
        "",
        "Cuckooing suspected but {V} says the dealers are friends and no exploitation; drugs found in flat. No NRM.",
        "m",
    ),
    (
        "other_theft",
        "",
        "Agency worker says wages were withheld by employer (theft of wages); free to leave, not coerced, no trafficking indicators.",
        "m",
    ),
    (
        "theft_from_person",
        "",
        "{V} mentioned an arranged marriage next year which she is happy about. Referral is for a phone taken from her pocket.",
        "",
    ),
    (
        "violence_without_injury",
        "",
        "Child cruelty - 6yo and 9yo hit by stepfather. Children under 16, referred to children's services.",
        "c",
    ),
    (
        "criminal_damage_arson",
        "",
        "{V} says her friend was a DA victim and recommended the service. {V}'s own issue: fence damaged by unknown person.",
        "",
    ),
    (
        "violence_with_injury",
        "",
        "Hypothetically worried her new partner could become violent like her sister's ex; referral relates to an assault by a stranger who broke her finger.",
        "",
    ),
    (
        "anti_social_behaviour",
        "",
        "Noise nuisance from neighbour. {V} works as a DV support worker and is concerned about stress. No crime.",
        "",
    ),
    (
        "stalking_harassment",
        "",
        "{V} being harassed by her landlord, who keeps entering the flat without notice and texting her. Not DA.",
        "",
    ),
    ("violence_without_injury", "", "Teacher pushed by pupil (14). No injuries, no DA.", ""),
    (
        "vehicle_offences",
        "",
        "Car stolen from drive. Keys were in {V}'s car, not taken from house. No knife, no threats.",
        "",
    ),
    (
        "robbery",
        "",
        "Robbery - {V}'s bag grabbed and she was dragged; suspect had a knife in his waistband which she only saw on CCTV later.",
        "",
    ),
    (
        "violence_with_injury",
        "",
        "Fight between two brothers aged 13 and 15 at home, one has a broken finger. Parents referred. Under 16s so not DA.",
        "c",
    ),
    (
        "fraud_computer_misuse",
        "",
        "Identity fraud - {V}'s details used to open phone contracts. No online element known, letters arrived at home.",
        "",
    ),
    ("sexual_offences", "", "Exposure in the park - {V} (32) saw male exposing himself. No children present.", ""),
    (
        "public_order",
        "",
        "S4 public order, male threatened to 'cut' {V} while across the road; no weapon seen, not believed. No DA.",
        "m",
    ),
    ("other_crime", "", "Crime disclosed but {V} won't give details. Denies any relationship with suspect. No DA.", ""),
    ("shoplifting", "", "Shoplifting - teenager took sweets, no exploitation concerns, no violence.", ""),
    (
        "misc_crimes_against_society",
        "",
        "Dangerous driving: neighbour deliberately drove at {V}'s son's friends, nobody hit. Not DA.",
        "",
    ),
]

BACKGROUND = [
    "Background: {V} is a single parent of three, works part time in retail and has a history of anxiety and depression.",
    "{V} lives with her partner and two children in a housing association flat; partner is supportive.",
    "{V} is {eage}, lives alone, has mobility problems and uses a stick. Daughter lives nearby and helps with shopping.",
    "{V} has recently moved to the area, English is a second language and an interpreter (Polish) was used.",
    "Previously known to services following a bereavement in 2021, no current involvement.",
    "{V} is a student, lives in shared accommodation, family are in Scotland.",
    "{V} has autism and ADHD, mum present on the call and helped explain.",
    "{V} works nights as a care assistant and is struggling to sleep since the incident.",
    "Referral delayed as {V} was on holiday; police report made at the time.",
    "No previous contact with VS. {V} is not known to MARAC. Consent to share obtained verbally.",
    "{V} has two dogs and does not want to leave the property. Landlord has been informed.",
    "Note: {V} prefers contact by email after 5pm, do not leave voicemails at work.",
]

# --------------------------------------------------------------------------------------------
# Voices
# --------------------------------------------------------------------------------------------

VOICE_VICTIM = {
    "police": ["the IP", "IP", "V", "the victim", "the aggrieved", "IP1"],
    "log": ["IP", "V", "CALLER", "INFORMANT"],
    "val": ["caller", "V", "the victim", "the caller"],
    "vs": ["client", "the client", "service user", "SU"],
    "third": ["patient", "the tenant", "our client", "the young person", "pupil"],
    "email": ["the victim", "V", "our client", "the lady"],
    "bare": ["V", "victim", "vic", "IP"],
}
VOICE_VICTIM_M = {
    "email": ["the victim", "V", "our client", "the gentleman"],
}

POLICE_PRE = [
    "Crime summary: ",
    "MO: ",
    "Summary - ",
    "Circs: ",
    "OIC note: ",
    "",
    "Offence details: ",
    "Niche summary: ",
]
POLICE_POST = [
    " OIC {nf} {nm}.",
    " NFA at this time.",
    " Enquiries ongoing.",
    " Suspect arrested and bailed.",
    " Victim contact agreed under VCOP.",
    " Enhanced entitlement under VCOP.",
    " Suspect RUI.",
    "",
    "",
    " CPS charged.",
]
LOG_PRE = ["INC {ref} ", "LOG 1187 ", "STORM INC 0342 ", "CAD 5567 ", "999 CALL: ", "101 CALL - "]
VAL_PRE = ["VAL call - ", "VAL: ", "Victims Advice Line. ", "Called VAL. ", "VAL callback - ", "VAL contact: "]
VAL_POST = [
    " Referred to VS.",
    " Caller wants info on the CJ process.",
    " Safety planning done.",
    " Consent for referral to VS given.",
    " Signposted to local services.",
    " Needs: emotional support.",
    "",
]
VS_PRE = [
    "Needs assessment. ",
    "Client reports: ",
    "VS needs assessment - ",
    "Initial contact. ",
    "Case notes: ",
    "Caseworker notes. ",
]
VS_POST = [
    " Client would like emotional support.",
    " Needs: security, sleep, anxiety.",
    " Risk reviewed, safety plan in place.",
    " Agreed 6 sessions with volunteer.",
    " Client declined further support.",
    " Target hardening referral made.",
    " Client is anxious about going out.",
    "",
]
THIRD_PRE = [
    "GP referral: ",
    "Referral from Dr {nm}, GP practice - ",
    "School DSL referral. ",
    "Housing officer referral: ",
    "Hospital IDVA referral - ",
    "Social care referral. ",
    "Referral from A&E safeguarding team: ",
    "Adult social care: ",
]
THIRD_POST = [" Consent obtained.", " Please contact patient directly.", " Happy to share further info.", ""]
EMAIL_PRE = [
    "Hi team, please see referral below. ",
    "Hello, I would like to refer the following. ",
    "Dear VS, ",
    "FW: referral - ",
    "Hi all, new referral: ",
]
EMAIL_POST = [" Many thanks, {nf}", " Kind regards, {nm}", " Thanks", " Best wishes, {nf} (Housing)", ""]
BARE_POST = ["", "", " Pls call.", " DASH not done.", " OIC aware.", " Needs support."]

SPELLING = [
    ("neighbour", "neighbor"),
    ("offence", "offense"),
    ("harassment", "harrassment"),
    ("separated", "seperated"),
    ("received", "recieved"),
    ("behaviour", "behavior"),
    ("jewellery", "jewelry"),
    ("colleague", "collegue"),
    ("threatened", "threatend"),
    ("believes", "beleives"),
]


def add_typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 6 and w.islower()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    kind = rng.random()
    if kind < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif kind < 0.8:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


SLOT_RE = re.compile(r"\{([a-z]+)\}")


def fill(rng: random.Random, template: str, state: dict, victim: str) -> tuple[str, set[str]]:
    flags: set[str] = set()

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "V":
            return victim
        text, f = pick_slot(rng, name, state)
        flags.update(f)
        return text

    out = re.sub(r"\{V\}", victim, template)
    out = SLOT_RE.sub(repl, out)
    return out, flags


def choose_voice(rng: random.Random, tags: str) -> str:
    if "c" in tags:
        return rng.choice(["police", "log", "third", "email", "bare"])
    return rng.choices(["police", "log", "val", "vs", "third", "email", "bare"], [24, 10, 18, 18, 10, 10, 10])[0]


def victim_term(rng: random.Random, voice: str, tags: str) -> str:
    if "m" in tags and voice in VOICE_VICTIM_M:
        return rng.choice(VOICE_VICTIM_M[voice])
    return rng.choice(VOICE_VICTIM[voice])


def wrap(rng: random.Random, voice: str, core: str) -> str:
    def f(s: str) -> str:
        return SLOT_RE.sub(lambda m: pick_slot(rng, m.group(1), {})[0], s)

    if voice == "police":
        return f(rng.choice(POLICE_PRE)) + core + f(rng.choice(POLICE_POST))
    if voice == "log":
        return (f(rng.choice(LOG_PRE)) + core).upper()
    if voice == "val":
        return rng.choice(VAL_PRE) + core + rng.choice(VAL_POST)
    if voice == "vs":
        return rng.choice(VS_PRE) + core + rng.choice(VS_POST)
    if voice == "third":
        return f(rng.choice(THIRD_PRE)) + core + rng.choice(THIRD_POST)
    if voice == "email":
        return rng.choice(EMAIL_PRE) + core + f(rng.choice(EMAIL_POST))
    return core + rng.choice(BARE_POST)


def render(
    rng: random.Random, scen: tuple[str, str, str, str], pda: float, bg: bool = False
) -> tuple[str, str, set[str]]:
    cat, fl, tmpl, tags = scen
    flags = {FLAG_CODES[c] for c in fl}
    state: dict = {"pda": pda}
    if "t" in tags:
        text, f = fill(rng, tmpl, state, "V")
        flags |= {FLAG_CODES[c] for c in f}
        if rng.random() < 0.25:
            text = text.upper()
        return text, cat, flags
    voice = choose_voice(rng, tags)
    victim = victim_term(rng, voice, tags)
    core, f = fill(rng, tmpl, state, victim)
    flags |= {FLAG_CODES[c] for c in f}
    if state.get("neg_da") and "domestic_abuse" not in flags and rng.random() < 0.3:
        core += " " + rng.choice(NEG_DA)
    if state.get("neg_hate") and "hate_crime" not in flags:
        core += " " + rng.choice(HATE_NEG)
    if bg:
        core = background(rng, "domestic_abuse" in flags or "m" in tags).replace("{V}", victim) + " " + core
    text = wrap(rng, voice, core)
    return text, cat, flags


def background(rng: random.Random, no_partner: bool) -> str:
    pool = [b for b in BACKGROUND if not (no_partner and "partner" in b)]
    text = rng.choice(pool)
    return SLOT_RE.sub(lambda m: pick_slot(rng, m.group(1), {})[0], text)


def perturb(rng: random.Random, text: str) -> str:
    if rng.random() < 0.15:
        a, b = rng.choice(SPELLING)
        text = text.replace(a, b)
    if rng.random() < 0.12:
        text = add_typo(rng, text)
    if rng.random() < 0.05:
        text = text.lower()
    return text[0].upper() + text[1:] if text and text[0].islower() and rng.random() < 0.8 else text


def combine(
    rng: random.Random, a: tuple[str, str, set[str]], b: tuple[str, str, set[str]]
) -> tuple[str, str, set[str]]:
    """Join two single-offence notes about the same victim; principal-crime order decides the category."""
    joiner = rng.choice([" Also reports: ", " Separately, ", " In addition, ", " Further disclosure - ", " ALSO: "])
    text = a[0].rstrip() + joiner + b[0][0].lower() + b[0][1:]
    cat = a[1] if RANK[a[1]] <= RANK[b[1]] else b[1]
    return text, cat, a[2] | b[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=20240917)
    ap.add_argument("--n", type=int, default=880)
    ap.add_argument("--out", default=str(Path(__file__).parent / "data" / "notes_blind2.csv"))
    args = ap.parse_args()
    rng = random.Random(args.seed)

    rows: list[tuple[str, str, set[str]]] = []
    seen: set[str] = set()

    def add(note: tuple[str, str, set[str]]) -> bool:
        text, cat, flags = note
        n_words = len(text.split())
        if not 5 <= n_words <= 120 or text in seen:
            return False
        seen.add(text)
        rows.append(note)
        return True

    singles = [s for s in S if "t" not in s[3]]
    titles = [s for s in S if "t" in s[3]]
    da_able = [s for s in singles if "D" in s[1] or re.search(r"\{(of|om|daf|dam|pf)\}", s[2])]
    # Every title once, every long note and hard negative once or twice, then sample singles.
    for s in titles:
        add(render(rng, s, PDA))
    for s in LONG + HARD_NEG:
        for _ in range(2):
            t, c, f = render(rng, s, PDA, bg=rng.random() < 0.6 and "c" not in s[3])
            add((perturb(rng, t), c, f))
    by_cat: dict[str, list] = {}
    for s in singles:
        by_cat.setdefault(s[0], []).append(s)
    # Guarantee per-category floor, then fill with uniform draws over single scenarios.
    for cat, scen in by_cat.items():
        tries = 0
        while sum(1 for r in rows if r[1] == cat) < 24 and tries < 500:
            tries += 1
            t, c, f = render(rng, rng.choice(scen), PDA)
            add((perturb(rng, t), c, f))
    for code in FLAG_CODES:
        flag = FLAG_CODES[code]
        pool = [s for s in singles if code in s[1]]
        tries = 0
        while sum(1 for r in rows if flag in r[2]) < 30 and tries < 500:
            tries += 1
            t, c, f = render(rng, rng.choice(pool), PDA)
            add((perturb(rng, t), c, f))
    n_multi = 0
    tries = 0
    while len(rows) < args.n and tries < 20000:
        tries += 1
        if n_multi < 70 and rng.random() < 0.12:
            a = rng.choice([s for s in singles if "c" not in s[3] and "m" not in s[3]])
            b = rng.choice([s for s in singles if "c" not in s[3] and "m" not in s[3] and s[0] != a[0]])
            voice = rng.choice(["police", "val", "vs", "email"])
            vict = victim_term(rng, voice, "")
            parts = []
            for sc in (a, b):
                txt, fl = fill(rng, sc[2], {"pda": PDA}, vict)
                parts.append((txt, sc[0], {FLAG_CODES[x] for x in sc[1] + "".join(fl)}))
            t, c, f = combine(rng, parts[0], parts[1])
            if rng.random() < 0.5:
                t = background(rng, "domestic_abuse" in f).replace("{V}", vict) + " " + t
            if add((perturb(rng, wrap(rng, voice, t)), c, f)):
                n_multi += 1
            continue
        pool = da_able if rng.random() < 0.3 else singles
        t, c, f = render(rng, rng.choice(pool), PDA)
        add((perturb(rng, t), c, f))

    rng.shuffle(rows)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["note_id", "text", "category", "flags"])
        for i, (text, cat, flags) in enumerate(rows, 1):
            w.writerow([f"B2-{i:04d}", text, cat, ";".join(f for f in FLAG_ORDER if f in flags)])

    cats = Counter(r[1] for r in rows)
    flg = Counter(f for r in rows for f in r[2])
    print(f"wrote {len(rows)} notes to {out} (multi-offence: {n_multi})")
    for c in PRINCIPAL_ORDER:
        print(f"  {c:32s} {cats[c]}")
    for f in FLAG_ORDER:
        print(f"  flag {f:34s} {flg[f]}")


if __name__ == "__main__":
    main()
