# ruff: noqa: E501
"""Generate the third blind test set of synthetic victim-services referral notes.

Written independently of the classifier's rules and other corpora (see BLIND3.md).
Stdlib only, deterministic: ``python benchmarks/make_blind3_corpus.py [--seed N]``.

Every note is synthetic. Labels follow /work/shared/TAXONOMY.md: one category chosen
by the principal-crime order, and flags set only when the text discloses them
(never when negated, hypothetical, or about someone else's past).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "notes_blind3.csv"

ORDER = [
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
RANK = {c: i for i, c in enumerate(ORDER)}
# shoplifting, bicycle_theft and other_theft share one rank
RANK["bicycle_theft"] = RANK["shoplifting"]
RANK["other_theft"] = RANK["shoplifting"]

FLAG_CODES = {
    "D": "domestic_abuse",
    "H": "hate_crime",
    "O": "online",
    "K": "knife_sharp_instrument",
    "C": "child_sexual_abuse_exploitation",
    "M": "modern_slavery",
    "B": "honour_based_abuse",
}
FLAG_ORDER = list(FLAG_CODES.values())

# ---------------------------------------------------------------- slot fillers
DA_PARTY = [
    "her ex-partner",
    "ex-p",
    "her husband",
    "his wife",
    "her bf",
    "his gf",
    "her former partner of 6 yrs",
    "her estranged husband",
    "the father of her children",
    "her partner",
    "his ex-wife",
    "V's same-sex partner",
    "her ex-girlfriend",
    "his boyfriend",
    "her adult son (24)",
    "her son (19)",
    "his brother",
    "her sister",
    "her father",
    "his mother",
    "her stepdad",
    "her daughter (21)",
    "his grandson (18)",
    "her brother-in-law",
    "her on/off bf",
    "the baby's father",
    "her fiance",
    "his ex (they split in March)",
    "her uncle",
    "V's civil partner",
]
NON_DA_PARTY = [
    "a neighbour",
    "her neighbour",
    "an unknown male",
    "two unknown males",
    "a work colleague",
    "a customer",
    "a male she did not know",
    "a taxi driver",
    "her landlord",
    "a lodger (no relationship)",
    "a flatmate (not a partner)",
    "a carer from the agency",
    "a man from the pub",
    "a group of youths",
    "a stranger",
    "her daughter's ex-boyfriend",
    "her 14yo son",
    "a door supervisor",
    "a fellow student",
    "his manager",
    "a delivery driver",
    "the next door neighbour's son",
    "a male known to V only by sight",
    "an unknown female",
    "her sister's partner",
]
DA_TAIL = [
    " DASH completed - high risk, MARAC referral made.",
    " DASH medium.",
    " DVPN served, DVPO to follow.",
    " Previous DA incidents x3.",
    " IDVA allocated.",
    " V has NMO against susp.",
    " Long history of DV, V now in refuge.",
    " Standard risk DASH.",
    " Children present at the time.",
    "",
    "",
    "",
]
NON_DA_TAIL = [
    " Not a domestic.",
    " Nil DA.",
    " No relationship between V and susp.",
    " V denies any relationship with the AP.",
    " Non-DA.",
    "",
    "",
    "",
    "",
    "",
]
PLACE = [
    "the home address",
    "V's flat",
    "the high street",
    "outside the Co-op",
    "the bus station",
    "the town centre",
    "a car park off Station Rd",
    "the park",
    "V's workplace",
    "the pub",
    "outside the school gates",
    "a nightclub in town",
    "the train station",
    "Tesco car park",
    "the retail park",
    "a takeaway on Market St",
]
DAY = [
    "Sat night",
    "last night",
    "on 14/03",
    "yesterday",
    "on Friday evening",
    "this morning",
    "over the weekend",
    "02/11 approx 2300hrs",
    "on the 3rd",
    "Sunday am",
    "last Tuesday",
    "early hours of Monday",
]
ONLINE = [
    "on Facebook",
    "via WhatsApp",
    "on Snapchat",
    "on Instagram",
    "on TikTok",
    "via Messenger",
    "by email",
    "on X (Twitter)",
    "on Telegram",
    "via Insta DMs",
    "on a dating app",
    "on Discord",
]
OFFLINE = [
    "by text",
    "by phone",
    "by SMS",
    "with repeated phone calls",
    "by letters through the door",
    "by withheld number calls",
    "by texts and voicemails",
    "in person",
]
KNIFE_USED = [
    "with a kitchen knife",
    "with a knife",
    "with a Stanley knife",
    "with a broken bottle",
    "with a machete",
    "with a blade",
    "with a box cutter",
    "with a lock knife",
]
HATE = [
    "shouting racist abuse at V",
    "calling V a 'p***' and telling V to go back to own country",
    "making homophobic comments about V and V's partner",
    "calling V a 'f****t'",
    "mocking V's learning disability",
    "calling V a 'cripple' and kicking V's walking stick away",
    "pulling at V's hijab and shouting anti-Muslim abuse",
    "making antisemitic remarks about V's kippah",
    "using transphobic slurs about V being trans",
    "deliberately misgendering V and saying trans people are 'freaks'",
    "shouting the n-word",
    "saying 'your lot don't belong here' to V who is Polish",
    "calling V a 'terrorist' because of V's turban",
]
HATE_NEG = [
    "making comments about V's weight",
    "calling V a 'stupid cow'",
    "swearing at V (nothing racist said)",
    "shouting abuse about V's football team",
    "calling V 'ginger'",
]
ITEM = [
    "iPhone",
    "phone",
    "wallet",
    "handbag",
    "purse",
    "Samsung phone",
    "laptop",
    "gold chain",
    "bank cards",
    "AirPods",
    "watch",
]
AMT = ["£40", "£120", "£300", "£1,500", "£2,000", "£8,500", "£23k", "£650", "£75", "£12,000"]


def fill(rng: random.Random, text: str, flags: set[str]) -> str:
    """Replace {SLOT}s in text; set flag letters in `flags` as slots demand."""

    def rep(m: re.Match[str]) -> str:
        slot = m.group(1)
        if slot == "P":
            if rng.random() < 0.7:
                flags.add("D")
                return rng.choice(DA_PARTY)
            flags.add("_nonda")
            return rng.choice(NON_DA_PARTY)
        if slot == "PD":
            flags.add("D")
            return rng.choice(DA_PARTY)
        if slot == "PN":
            flags.add("_nonda")
            return rng.choice(NON_DA_PARTY)
        if slot == "PLACE":
            return rng.choice(PLACE)
        if slot == "DAY":
            return rng.choice(DAY)
        if slot == "ONL":
            flags.add("O")
            return rng.choice(ONLINE)
        if slot == "OFF":
            return rng.choice(OFFLINE)
        if slot == "CH":
            if rng.random() < 0.5:
                flags.add("O")
                return rng.choice(ONLINE)
            return rng.choice(OFFLINE)
        if slot == "KN":
            flags.add("K")
            return rng.choice(KNIFE_USED)
        if slot == "HATE":
            r = rng.random()
            if r < 0.4:
                flags.add("H")
                return ", " + rng.choice(HATE) + ","
            if r < 0.6:
                return ", " + rng.choice(HATE_NEG) + ","
            return ""
        if slot == "ITEM":
            return rng.choice(ITEM)
        if slot == "AMT":
            return rng.choice(AMT)
        if slot == "CAGE":
            return str(rng.randint(11, 15))
        if slot == "AGE":
            return str(rng.randint(19, 78))
        raise KeyError(slot)

    return re.sub(r"\{([A-Z]+)\}", rep, text)


# ---------------------------------------------------------------- templates
# (category, fixed flag letters, text).  Slots are filled by fill().
T: list[tuple[str, str, str]] = [
    # ---- homicide
    (
        "homicide",
        "",
        "Homicide Service referral - V's son ({AGE}) murdered {DAY}, family need support with inquest and trial.",
    ),
    ("homicide", "K", "Bereaved family. Brother fatally stabbed {KN} outside {PLACE}. 2 males charged with murder."),
    (
        "homicide",
        "",
        "Manslaughter - V's father died after single punch outside the pub, AP charged with manslaughter. Daughter requesting support.",
    ),
    (
        "homicide",
        "D",
        "DA homicide. Mum killed by her husband at the home address, DHR commissioned. Adult children referred.",
    ),
    (
        "homicide",
        "DK",
        "Murder. V ({AGE}) stabbed to death by ex-partner {KN}, previous MARAC. Sister is next of kin and wants VS.",
    ),
    ("homicide", "", "Murder of a person aged 1 year or over"),
    ("homicide", "", "Manslaughter"),
    ("homicide", "", "Infanticide - mother charged, father of baby referred for bereavement support."),
    (
        "homicide",
        "",
        "FLO requests referral for the family of a 17yo killed in a shooting on the estate. Murder investigation ongoing.",
    ),
    (
        "homicide",
        "",
        "Bereaved by homicide - husband died after an assault by a stranger in {PLACE}, suspect charged w murder; wife struggling, not sleeping.",
    ),
    (
        "homicide",
        "",
        "V's partner was found dead at a flat, post mortem says head injuries, now a murder enquiry. No DA between them, the suspect is a dealer.",
    ),
    (
        "homicide",
        "D",
        "Son (28) killed his father at home during a row, charged with murder. Mum (wife of deceased) needs emotional support, trial in Jan.",
    ),
    ("homicide", "", "Corporate manslaughter - worker killed at the recycling site, widow referred by FLO."),
    # ---- death / serious injury by driving
    (
        "death_injury_driving",
        "",
        "Fatal RTC. V's daughter killed by a driver going 70 in a 30, driver charged with causing death by dangerous driving.",
    ),
    (
        "death_injury_driving",
        "",
        "Causing death by careless driving - pedestrian (V's husband) hit on zebra crossing. Family referral.",
    ),
    (
        "death_injury_driving",
        "",
        "Causing serious injury by dangerous driving. V on moped hit by car fleeing police, both legs broken.",
    ),
    ("death_injury_driving", "", "Causing death by careless or inconsiderate driving"),
    ("death_injury_driving", "", "Causing death by dangerous driving"),
    ("death_injury_driving", "", "Causing serious injury by dangerous driving"),
    (
        "death_injury_driving",
        "",
        "RTC - drink driver (3x limit) hit V's car head on, V's wife died at scene. Driver charged w/ death by careless driving whilst over the prescribed limit.",
    ),
    (
        "death_injury_driving",
        "",
        "Serious injury RTC, cyclist V ({AGE}) hit by uninsured driver who was on his phone, V in ICU, CPS charging causing serious injury by careless driving.",
    ),
    (
        "death_injury_driving",
        "",
        "Bereaved family - son killed by unlicensed disqualified driver, causing death by driving while disqualified.",
    ),
    (
        "death_injury_driving",
        "",
        "Roads policing referral: fatal collision on the A38, racing between two cars, one driver arrested for causing death by dangerous driving. Mum of deceased passenger wants support.",
    ),
    # ---- sexual offences
    ("sexual_offences", "", "Rape of a female aged 16 or over"),
    ("sexual_offences", "", "Sexual assault on a female aged 13 and over"),
    ("sexual_offences", "C", "Rape of a female child under 13"),
    ("sexual_offences", "C", "Sexual activity involving a child under 13"),
    ("sexual_offences", "", "Exposure - male exposed himself to V on the canal path."),
    ("sexual_offences", "", "Voyeurism. Landlord installed hidden camera in V's bathroom."),
    ("sexual_offences", "", "V ({AGE}) raped by {P} {DAY} at {PLACE}. SARC attended, ISVA requested."),
    ("sexual_offences", "", "V sexually assaulted by {P} - grabbed V's breasts and bum{HATE} {DAY}."),
    (
        "sexual_offences",
        "",
        "Adult V disclosed rape by {P} last year, not reported at the time, now wants to report. Very anxious.",
    ),
    (
        "sexual_offences",
        "",
        "V woke up to {P} having sex with her, she had been asleep. She never consented. Police informed, ABE booked.",
    ),
    (
        "sexual_offences",
        "",
        "Spiking - V believes drink spiked at {PLACE} and was then sexually assaulted, no memory. Toxicology awaited.",
    ),
    ("sexual_offences", "D", "Rape within marriage. V raped repeatedly by {PD} over several years, disclosed to IDVA."),
    (
        "sexual_offences",
        "D",
        "V says {PD} forces her to have sex when he is drunk, she says no but he carries on. Also controlling re money.",
    ),
    ("sexual_offences", "DK", "V raped by {PD} who held a knife to her throat. V fled to her mums. SARC."),
    (
        "sexual_offences",
        "C",
        "School DSL ref - Y9 pupil ({CAGE}) disclosed her uncle has been touching her sexually for 2 yrs. Strat meeting held.",
    ),
    (
        "sexual_offences",
        "C",
        "CSE concerns - {CAGE}yo girl going missing, older males giving her vapes and alcohol, she disclosed sex with one of them.",
    ),
    (
        "sexual_offences",
        "CO",
        "Online grooming. {CAGE}yo boy was sent sexual messages by adult male {ONL} and asked for nude pics, sent some. Devices seized.",
    ),
    (
        "sexual_offences",
        "CO",
        "Sexual communication with a child - male (30s) messaging V ({CAGE}) {ONL}, arranged to meet, intercepted by police.",
    ),
    (
        "sexual_offences",
        "C",
        "Historic CSA - adult V ({AGE}) disclosed being sexually abused by a football coach from age 10-13. Coach still alive, report made.",
    ),
    ("sexual_offences", "C", "V (16) raped at a party by an 18yo male. Mum very worried. SARC done."),
    (
        "sexual_offences",
        "CM",
        "Trafficking for sexual exploitation. 15yo found in a hotel with adult males, moved between cities, NRM referral.",
    ),
    (
        "sexual_offences",
        "M",
        "Adult female V trafficked from Romania, forced into prostitution in a brothel in town, passport held. NRM positive RG.",
    ),
    (
        "sexual_offences",
        "MO",
        "V recruited via Facebook for a 'bar job' in the UK, on arrival made to sell sex, adverts placed on an escort website. Trafficking.",
    ),
    ("sexual_offences", "", "Upskirting on the escalator at the station, male filmed up V's skirt, BTP dealing."),
    (
        "sexual_offences",
        "O",
        "V met male {ONL}, on the first date he sexually assaulted her in his car. Reported 3 days later.",
    ),
    (
        "sexual_offences",
        "",
        "GP referral: pt disclosed she was sexually assaulted by a taxi driver on the way home {DAY}. Not reported to police yet, wants ISVA.",
    ),
    (
        "sexual_offences",
        "",
        "Sexual assault by touching - male rubbed himself against V on the packed tube. BTP crime.",
    ),
    ("sexual_offences", "", "Rape of a male aged 16 or over"),
    ("sexual_offences", "C", "Sexual assault on a male child under 13"),
    (
        "sexual_offences",
        "CO",
        "14yo girl coerced into sending intimate images on Snapchat by older boy (19) who then shared them. CSE strategy meeting.",
    ),
    (
        "sexual_offences",
        "",
        "V (university student, 20) raped by a fellow student after a night out. Not DA - they had only just met.",
    ),
    (
        "sexual_offences",
        "C",
        "Sexual activity with a child - 15yo in relationship with 24yo male, parents reported. CSE risk assessment high.",
    ),
    (
        "sexual_offences",
        "HK",
        "Trans woman sexually assaulted in an alley, offender said trans women were 'asking for it' and produced a knife.",
    ),
    # ---- robbery
    ("robbery", "", "Robbery of personal property"),
    ("robbery", "", "Robbery of business property"),
    (
        "robbery",
        "K",
        "Street robbery - V threatened {KN} by 2 males in balaclavas, {ITEM} and cash taken. No injuries.",
    ),
    ("robbery", "", "V punched in the face by {PN} and {ITEM} taken, bloody nose. Robbery."),
    (
        "robbery",
        "",
        "Mugging - elderly V ({AGE}) pushed to the ground outside {PLACE} and handbag taken, broken wrist.",
    ),
    (
        "robbery",
        "K",
        "Shop worker - robbery at the petrol station, male produced a knife and demanded the till, took {AMT}. Staff member shaken, off sick.",
    ),
    (
        "robbery",
        "",
        "Business robbery at bookies, offender said he had a gun in his pocket (not seen), took cash. Staff member wants support.",
    ),
    (
        "robbery",
        "",
        "Moped robbery - V's {ITEM} grabbed, V held on and was dragged along the pavement. Grazes to arms.",
    ),
    (
        "robbery",
        "K",
        "V (16) robbed of trainers and phone by older teens outside the school, one had a blade and showed it.",
    ),
    ("robbery", "D", "V's adult son (26) pushed her against the wall and took her purse to buy drugs. Ongoing DA."),
    (
        "robbery",
        "O",
        "Robbery - V arranged to sell a PS5 via Facebook Marketplace, buyers attacked him on arrival and took it.",
    ),
    (
        "robbery",
        "",
        "Robbery - V was threatened by a male who said he would 'stab him' if he didn't hand over his phone, no weapon seen, V complied.",
    ),
    (
        "robbery",
        "H",
        "V (Asian male, taxi driver) assaulted and robbed of his takings by passengers who were shouting racial slurs.",
    ),
    ("robbery", "", "Delivery rider knocked off his bike and phone + bike taken by 3 youths. Minor cuts."),
    # ---- violence with injury
    ("violence_with_injury", "", "Assault occasioning actual bodily harm"),
    ("violence_with_injury", "", "Wounding with intent to do grievous bodily harm"),
    ("violence_with_injury", "", "Inflicting grievous bodily harm without intent"),
    ("violence_with_injury", "", "Attempted murder"),
    ("violence_with_injury", "H", "Racially or religiously aggravated assault with injury"),
    ("violence_with_injury", "", "ABH - V punched by {P}{HATE} at {PLACE} {DAY}, black eye and cut lip."),
    ("violence_with_injury", "", "s47 ABH. V assaulted by {P}, kicked while on the floor, bruising to ribs."),
    (
        "violence_with_injury",
        "",
        "GBH s18 - V attacked by {P} outside {PLACE}{HATE} fractured eye socket, in hospital.",
    ),
    ("violence_with_injury", "", "s20 GBH, V hit over the head with a bottle by {P}, 8 stitches."),
    ("violence_with_injury", "K", "V stabbed {KN} in the leg by {P} {DAY}. Stable in hospital."),
    (
        "violence_with_injury",
        "K",
        "Wounding - V slashed across the face {KN} during a fight at {PLACE}. Permanent scarring likely.",
    ),
    (
        "violence_with_injury",
        "D",
        "DA ABH. {PD} strangled V until she nearly passed out, red marks on neck, bitten on the arm.",
    ),
    (
        "violence_with_injury",
        "D",
        "V assaulted by {PD}, pushed down the stairs, broken arm. Police attended, AP arrested.",
    ),
    (
        "violence_with_injury",
        "D",
        "Assault with injury - {PD} threw a mug at V's head causing a cut. V says it's the 3rd time this year.",
    ),
    (
        "violence_with_injury",
        "DK",
        "V cut on the hand {KN} when {PD} attacked her during an argument. Children in the house.",
    ),
    ("violence_with_injury", "", "Assault on V ({AGE}) by {PN}, headbutted, nose broken. V would like help with CICA."),
    ("violence_with_injury", "", "V was glassed at {PLACE}, deep cut to the neck. Offender not known to V."),
    (
        "violence_with_injury",
        "H",
        "V (gay man) beaten up leaving a bar by a group shouting homophobic abuse, concussion.",
    ),
    (
        "violence_with_injury",
        "H",
        "Disability hate - V who has autism was punched and had his glasses broken by youths who call him names about his disability.",
    ),
    (
        "violence_with_injury",
        "BD",
        "V (19) beaten by her father and brothers with a belt because she has a boyfriend from outside the community, they said she had shamed the family. Bruising.",
    ),
    (
        "violence_with_injury",
        "B",
        "FGM - 8yo girl subjected to FGM during a summer trip abroad, identified by GP. FGM protection order sought.",
    ),
    (
        "violence_with_injury",
        "B",
        "Female genital mutilation disclosed by V (22) who says her aunt arranged it when she was 6; V now fears for her younger sister.",
    ),
    ("violence_with_injury", "", "Assault on emergency worker with injury - paramedic bitten by patient, skin broken."),
    ("violence_with_injury", "", "Nurse assaulted by relative of patient in A&E, punched, swollen cheek."),
    ("violence_with_injury", "", "V (15) beaten up by {PN} after school, video shared, bruising and a chipped tooth."),
    (
        "violence_with_injury",
        "M",
        "Forced labour victim at a hand car wash, boss beat him with a metal bar when he asked for wages, broken fingers. Trafficked from Albania.",
    ),
    (
        "violence_with_injury",
        "",
        "Attempted murder - V deliberately driven at by the AP in a car park after a dispute over money, serious injuries.",
    ),
    # ---- violence without injury
    ("violence_without_injury", "", "Common assault and battery"),
    ("violence_without_injury", "", "Assault without injury on a constable"),
    ("violence_without_injury", "", "Threats to kill"),
    ("violence_without_injury", "", "Cruelty to children/young persons"),
    ("violence_without_injury", "", "Child abduction"),
    ("violence_without_injury", "M", "Modern slavery"),
    ("violence_without_injury", "", "Common assault - {P} pushed V{HATE} no injuries."),
    ("violence_without_injury", "", "V spat at by {P} at {PLACE}{HATE} {DAY}. No injury."),
    ("violence_without_injury", "", "Battery: {P} grabbed V by the arm and shoved V against a wall. Nil injuries."),
    (
        "violence_without_injury",
        "K",
        "Threats to kill - {P} held a knife to V's throat and said he would kill V. No injury.",
    ),
    (
        "violence_without_injury",
        "K",
        "Assault no injury. {P} came at V {KN} and had to be restrained by others, V not hurt but terrified.",
    ),
    (
        "violence_without_injury",
        "",
        "Threats to kill by {P} {CH}, said he'd stab V and burn the house down. V believes it.",
    ),
    (
        "violence_without_injury",
        "",
        "{P} threatened to kill V over the phone, said he had a knife and was coming round, never turned up. No knife seen.",
    ),
    (
        "violence_without_injury",
        "D",
        "DA common assault. {PD} slapped V across the face, no visible injury. AP denies.",
    ),
    (
        "violence_without_injury",
        "D",
        "V reports {PD} pushed her onto the bed and held her down. No injuries. DASH medium.",
    ),
    ("violence_without_injury", "D", "Domestic - {PD} threw V's things and grabbed her wrist, no marks."),
    (
        "violence_without_injury",
        "",
        "Assault on emergency worker (no injury) - PCSO spat at while dealing with shoplifter.",
    ),
    (
        "violence_without_injury",
        "",
        "Child neglect - children (2 and 5) left home alone overnight, found by neighbour, mum arrested.",
    ),
    (
        "violence_without_injury",
        "",
        "Cruelty to a child - 7yo hit with a slipper by stepmum, no marks, social care involved.",
    ),
    ("violence_without_injury", "", "Child abduction - father took 4yo son abroad without consent, mother referred."),
    (
        "violence_without_injury",
        "M",
        "Modern slavery. V found working 14 hr days at a nail bar for no pay, living above the shop, documents taken. NRM referral made.",
    ),
    (
        "violence_without_injury",
        "M",
        "Forced labour on a farm, V (Romanian national) and others housed in caravans, wages withheld, threatened if they left.",
    ),
    (
        "violence_without_injury",
        "M",
        "Domestic servitude - V brought to the UK to look after family's children, not allowed out, not paid. Trafficking.",
    ),
    (
        "violence_without_injury",
        "M",
        "County lines / CCE - {CAGE}yo boy found in a trap house 100 miles from home, holding drugs. Treated as victim, NRM referral.",
    ),
    (
        "violence_without_injury",
        "M",
        "CCE - 16yo moved to the coast to run drugs for a line, owed a 'debt' and threatened. Trafficked. NRM submitted.",
    ),
    (
        "violence_without_injury",
        "BD",
        "Forced marriage - V (18) told by her parents she will marry her cousin in Pakistan this summer, threatened she'll be killed if she refuses. FMU informed.",
    ),
    (
        "violence_without_injury",
        "BD",
        "Honour based abuse: V's brothers threatened to kill her for 'dishonouring' the family by divorcing her husband. No injuries.",
    ),
    (
        "violence_without_injury",
        "B",
        "Forced marriage concern - 15yo told she's going abroad to be married, passport taken by family, threats made. FMPO applied for.",
    ),
    (
        "violence_without_injury",
        "BDM",
        "V brought to the UK through a forced marriage, husband's family keep her as an unpaid servant and threaten to send her back in disgrace.",
    ),
    (
        "violence_without_injury",
        "",
        "Assault by beating - V slapped on the back of the head by {PN} in the queue. No injury, wants support.",
    ),
    (
        "violence_without_injury",
        "K",
        "Carer referral: V (vulnerable adult) threatened by a man at the bus stop who pulled out a box cutter and told V to 'get lost'. V not injured.",
    ),
    ("violence_without_injury", "", "Teacher pushed by a parent in the playground, no injury. Not DA."),
    # ---- stalking & harassment
    ("stalking_harassment", "", "Harassment"),
    ("stalking_harassment", "", "Stalking"),
    ("stalking_harassment", "", "Malicious communications"),
    ("stalking_harassment", "D", "Engaging in controlling or coercive behaviour in an intimate or family relationship"),
    ("stalking_harassment", "", "Harassment - {P} sending abusive messages {CH}{HATE} for weeks, V scared."),
    (
        "stalking_harassment",
        "",
        "Stalking. {P} keeps turning up at V's work and home, following V to the gym, sending messages {CH}.",
    ),
    ("stalking_harassment", "", "Malicious comms - {P} posted V's address and photos {ONL} with abusive comments."),
    ("stalking_harassment", "", "V receiving threatening messages from {P} {OFF}. V changed number, still continuing."),
    (
        "stalking_harassment",
        "D",
        "CCB. {PD} monitors V's phone, controls all the money, won't let V see friends, checks the mileage on the car.",
    ),
    (
        "stalking_harassment",
        "D",
        "Controlling and coercive behaviour - {PD} tracks V's location on her phone, tells her what to wear, takes her bank card. No physical violence.",
    ),
    (
        "stalking_harassment",
        "DO",
        "Ex-p has been messaging V {ONL} from multiple fake accounts after the breakup, 200+ messages, turned up outside her house twice. Stalking.",
    ),
    (
        "stalking_harassment",
        "D",
        "V says {PD} won't leave her alone since they split - calls 40x a day, waits outside her work. S2A harassment.",
    ),
    (
        "stalking_harassment",
        "D",
        "Breach of NMO - {PD} contacting V by text and turning up at the kids' school. Harassment.",
    ),
    (
        "stalking_harassment",
        "HO",
        "Racially aggravated harassment - neighbour's son posts racist memes about V's family {ONL} and tags them.",
    ),
    (
        "stalking_harassment",
        "HO",
        "V (trans woman) targeted with transphobic abuse {ONL} daily, someone set up a page mocking her.",
    ),
    (
        "stalking_harassment",
        "",
        "V is being harassed by {PN} who leaves notes on her car and shouts at her every time she walks past. Neighbour dispute has escalated to harassment.",
    ),
    (
        "stalking_harassment",
        "O",
        "Cyberstalking - someone {ONL} knows V's movements and sends photos of V out and about. Unknown who.",
    ),
    (
        "stalking_harassment",
        "",
        "Stalking involving fear of violence - {PN} fixated on V, sat outside V's house in his car every night, V had to move.",
    ),
    (
        "stalking_harassment",
        "D",
        "IDVA note: V disclosed years of coercive control by {PD} - isolation, threats to take the kids, monitoring. Now separated.",
    ),
    (
        "stalking_harassment",
        "BD",
        "V's family monitor her phone and movements, say she brings shame on them for wearing western clothes, uncle follows her to college. Honour-based abuse.",
    ),
    (
        "stalking_harassment",
        "",
        "Malicious letters sent to V's employer by an ex-colleague claiming V is a thief. Not DA.",
    ),
    (
        "stalking_harassment",
        "O",
        "V sent abusive voice notes on WhatsApp by a man she sold a sofa to, saying he knows where she lives.",
    ),
    # ---- burglary
    ("burglary", "", "Burglary - residential"),
    ("burglary", "", "Burglary - business and community"),
    (
        "burglary",
        "",
        "Residential burglary {DAY}, rear door forced, jewellery and {ITEM} taken. V elderly ({AGE}) and very shaken.",
    ),
    (
        "burglary",
        "",
        "Burglary dwelling - offenders entered through an insecure window while V was asleep upstairs, car keys and handbag taken.",
    ),
    ("burglary", "", "Shed broken into and 2 bikes stolen from the back garden. Burglary."),
    (
        "burglary",
        "",
        "Distraction burglary - male said he was from the water board, took cash from the bedroom while V ({AGE}) was distracted.",
    ),
    (
        "burglary",
        "",
        "Burglary at community centre - laptops and the charity tin taken. Manager requesting support for volunteers.",
    ),
    ("burglary", "", "Business burglary at a corner shop overnight, stock and cigarettes taken, shutter damaged."),
    (
        "burglary",
        "D",
        "V's ex-partner let himself in with an old key while V was out and took her documents and jewellery. Burglary, DA.",
    ),
    (
        "burglary",
        "K",
        "Aggravated burglary - 2 males forced entry, one waving a machete at V and her partner, fled when neighbour shouted. No injuries.",
    ),
    (
        "burglary",
        "",
        "Attempted burglary - marks on the front door lock, V saw someone trying the handle at 3am. Nothing taken, very anxious.",
    ),
    ("burglary", "", "Student house burgled, 3 laptops taken. Door left unlocked. Students upset."),
    ("burglary", "", "Garage broken into, power tools stolen. Burglary residential (attached garage)."),
    # ---- possession of weapons
    ("possession_of_weapons", "", "Possession of article with blade or point"),
    ("possession_of_weapons", "", "Possession of firearms with intent"),
    ("possession_of_weapons", "", "Possession of other weapons"),
    (
        "possession_of_weapons",
        "",
        "Male arrested in the high street carrying a lock knife, stop and search. Victim is the shop owner who called it in - wants support.",
    ),
    (
        "possession_of_weapons",
        "",
        "Weapons - youth seen with a machete in his waistband outside the school gates, didn't get it out. Teacher who called 999 shaken up.",
    ),
    ("possession_of_weapons", "", "Knuckleduster found on the AP during arrest, no one threatened with it."),
    (
        "possession_of_weapons",
        "",
        "Male seen carrying what looked like a handgun in a park, armed police attended, BB gun recovered. Witness (V) upset.",
    ),
    (
        "possession_of_weapons",
        "",
        "Neighbour keeps a samurai sword and openly walks around the estate with it. No threats made. Caller worried.",
    ),
    (
        "possession_of_weapons",
        "",
        "Possession of an offensive weapon in a public place - baseball bat in car, driver stopped.",
    ),
    (
        "possession_of_weapons",
        "",
        "Pupil brought a kitchen knife into school in his bag, found by staff. Nobody threatened.",
    ),
    ("possession_of_weapons", "K", "Threatening with a blade or sharp pointed article in a public place"),
    # ---- criminal damage & arson
    ("criminal_damage_arson", "", "Arson endangering life"),
    ("criminal_damage_arson", "", "Criminal damage to a dwelling"),
    ("criminal_damage_arson", "", "Criminal damage to a vehicle"),
    ("criminal_damage_arson", "", "Criminal damage - {P} smashed V's front window {DAY}{HATE} V home alone."),
    ("criminal_damage_arson", "", "V's car keyed and wing mirror snapped off by {P}. CCTV available."),
    (
        "criminal_damage_arson",
        "",
        "Arson - V's wheelie bin set alight against the house overnight, fire brigade attended, door scorched.",
    ),
    (
        "criminal_damage_arson",
        "H",
        "Racist graffiti sprayed on V's front door and car, V's family are the only Black family on the street.",
    ),
    ("criminal_damage_arson", "H", "Mosque windows broken and anti-Muslim leaflets left. Imam referred to VS."),
    (
        "criminal_damage_arson",
        "D",
        "{PD} kicked the bedroom door in and smashed V's phone and TV during an argument. No assault.",
    ),
    (
        "criminal_damage_arson",
        "D",
        "Ex-p slashed all the clothes in V's wardrobe and poured bleach on her laptop. Crim damage, DA.",
    ),
    (
        "criminal_damage_arson",
        "",
        "Arson - V's car set on fire outside her house, no idea who. Not DA, V single and no exes.",
    ),
    ("criminal_damage_arson", "", "Damage to school - windows smashed and classroom flooded over half term."),
    ("criminal_damage_arson", "", "Fence panels kicked in by youths, £600 damage. Neighbours annoyed."),
    # ---- vehicle
    ("vehicle_offences", "", "Theft from a motor vehicle"),
    ("vehicle_offences", "", "Theft or unauthorised taking of a motor vehicle"),
    ("vehicle_offences", "", "Aggravated vehicle taking"),
    ("vehicle_offences", "", "Interfering with a motor vehicle"),
    (
        "vehicle_offences",
        "",
        "V's car stolen from the drive overnight, keyless relay theft suspected. Needed for work.",
    ),
    ("vehicle_offences", "", "Catalytic converter cut off V's Prius in the car park."),
    ("vehicle_offences", "", "Theft from vehicle - window smashed and work tools taken from the van."),
    ("vehicle_offences", "", "Motorbike stolen from outside V's flat, later found burnt out."),
    ("vehicle_offences", "", "TWOC - V's son's friend took the car without permission, crashed it. Family upset."),
    (
        "vehicle_offences",
        "D",
        "{PD} took V's car without consent after they split and won't return it. Reported as TWOC.",
    ),
    (
        "vehicle_offences",
        "",
        "Youths seen trying car door handles along the street, V's car had been tampered with. Interfering w/ MV.",
    ),
    ("vehicle_offences", "", "Number plates stolen off V's car."),
    # ---- theft from the person
    ("theft_from_person", "", "Theft from the person"),
    (
        "theft_from_person",
        "",
        "Pickpocket - V's wallet taken from jacket pocket on the bus. Didn't notice until later.",
    ),
    (
        "theft_from_person",
        "",
        "V's phone snatched out of her hand by a male on an e-bike, no force used on V, not injured.",
    ),
    (
        "theft_from_person",
        "",
        "Purse taken from V's open handbag at the market while she was at the till. Elderly V ({AGE}).",
    ),
    ("theft_from_person", "", "Bag snatch - chain grabbed from V's neck as a male ran past, V not pushed or hurt."),
    ("theft_from_person", "", "V had her {ITEM} lifted from her back pocket in a crowded nightclub. Theft person."),
    (
        "theft_from_person",
        "",
        "Tourist had phone taken from the table while distracted by a 'charity' clipboard. Theft from person.",
    ),
    # ---- shoplifting
    ("shoplifting", "", "Theft from shops and stalls"),
    ("shoplifting", "", "Shoplifting - store manager reports a male took £300 of meat and razors, regular offender."),
    (
        "shoplifting",
        "",
        "Shop theft at the Co-op, spirits taken. Staff member requests support, sick of it happening daily.",
    ),
    ("shoplifting", "", "Shoplifting by a group of teenagers at the pharmacy, make-up taken. Staff upset."),
    ("shoplifting", "", "Theft from a market stall - jewellery taken while stallholder served another customer."),
    (
        "shoplifting",
        "",
        "Small independent shop owner, repeat shoplifting by the same woman - around {AMT} of stock taken over the month.",
    ),
    (
        "shoplifting",
        "",
        "Shoplifting. Male walked out with a basket of alcohol, staff told not to intervene. Crime reported online via the police website.",
    ),
    # ---- bicycle theft
    ("bicycle_theft", "", "Theft of a pedal cycle"),
    ("bicycle_theft", "", "Bike stolen from the rack outside the station, lock cut. Only way V gets to work."),
    ("bicycle_theft", "", "V's son's bike taken from outside the shop while he was inside, unlocked for 2 mins."),
    (
        "bicycle_theft",
        "",
        "Pedal cycle theft - V's road bike (worth {AMT}) taken from the bike store in the communal hallway of the flats.",
    ),
    ("bicycle_theft", "", "Cycle stolen from the university campus, D-lock broken."),
    ("bicycle_theft", "", "V's e-bike taken from outside the gym in broad daylight."),
    # ---- other theft
    ("other_theft", "", "Theft by an employee"),
    ("other_theft", "", "Theft of mail"),
    ("other_theft", "", "Making off without payment"),
    ("other_theft", "", "Blackmail"),
    ("other_theft", "", "Other theft"),
    ("other_theft", "", "Carer from an agency stole V's jewellery and {AMT} cash from V's home. V is 89."),
    ("other_theft", "", "Parcels stolen from V's doorstep 3 times this month."),
    (
        "other_theft",
        "",
        "Making off without payment - customer filled up with £90 of fuel and drove off. Cashier upset.",
    ),
    ("other_theft", "", "Theft by employee - cashier took {AMT} from the tills over 6 months. Owner referred."),
    (
        "other_theft",
        "D",
        "V's adult son (30) has been taking money from her purse and her bank card for months to fund his gambling.",
    ),
    ("other_theft", "", "Plants and a garden statue stolen from V's front garden."),
    ("other_theft", "", "V's handbag taken from the back of her chair in a cafe, didn't see who."),
    (
        "other_theft",
        "O",
        "Sextortion - V (adult male) met 'woman' {ONL}, sent intimate video, now being blackmailed for {AMT}.",
    ),
    (
        "other_theft",
        "",
        "Blackmail - ex-business partner demanding money or he'll tell V's wife about an affair. Not online, letters and calls.",
    ),
    ("other_theft", "", "Theft of V's mobility scooter from outside her bungalow."),
    # ---- fraud
    ("fraud_computer_misuse", "", "Fraud by false representation"),
    ("fraud_computer_misuse", "", "Computer misuse"),
    (
        "fraud_computer_misuse",
        "O",
        "Romance fraud - V ({AGE}) met 'Mark' {ONL}, sent him {AMT} over 4 months for 'medical bills', never met.",
    ),
    (
        "fraud_computer_misuse",
        "",
        "Courier fraud - V ({AGE}) phoned by 'police officer' saying her bank was compromised, handed {AMT} cash to a courier at the door.",
    ),
    ("fraud_computer_misuse", "O", "Investment scam via Instagram - crypto 'trader' took {AMT}. V embarrassed."),
    (
        "fraud_computer_misuse",
        "O",
        "Purchase fraud - paid for a puppy advertised on a website, seller disappeared. Lost {AMT}.",
    ),
    (
        "fraud_computer_misuse",
        "O",
        "V's Facebook account hacked and used to message friends asking for money. Computer misuse.",
    ),
    (
        "fraud_computer_misuse",
        "",
        "Rogue trader - doorstep, charged elderly V {AMT} for roof work that was never done.",
    ),
    (
        "fraud_computer_misuse",
        "",
        "APP fraud - V got a call from someone pretending to be from the bank, persuaded to transfer {AMT} to a 'safe account'. Action Fraud ref given.",
    ),
    ("fraud_computer_misuse", "", "Identity fraud - someone opened 3 credit cards in V's name, credit file ruined."),
    (
        "fraud_computer_misuse",
        "D",
        "Economic abuse - {PD} took out loans in V's name without her knowledge, {AMT} debt. Fraud reported.",
    ),
    (
        "fraud_computer_misuse",
        "O",
        "Email hacked and invoice changed, V's business paid {AMT} to fraudsters (mandate fraud).",
    ),
    (
        "fraud_computer_misuse",
        "",
        "Scam call - V got a call from the 'bank' fraud team then an SMS code, persuaded to read the code out, lost {AMT}.",
    ),
    ("fraud_computer_misuse", "O", "Ticket fraud - V bought Taylor Swift tickets on Facebook, they never arrived."),
    (
        "fraud_computer_misuse",
        "",
        "Benefit fraud? no - V is victim of a pension scam by phone, cold caller, lost {AMT}.",
    ),
    # ---- drugs
    ("drug_offences", "", "Possession of controlled drugs (cannabis)"),
    ("drug_offences", "", "Trafficking in controlled drugs"),
    ("drug_offences", "", "Possession of controlled drugs (excl. cannabis)"),
    (
        "drug_offences",
        "",
        "Drug dealing from the flat above V's, people coming and going all night, strong smell of cannabis. V wants it to stop.",
    ),
    (
        "drug_offences",
        "",
        "Cannabis factory found next door after a flood through V's ceiling. V worried about reprisals.",
    ),
    ("drug_offences", "", "Drugs - youths dealing in the alleyway behind V's house, needles found in garden."),
    (
        "drug_offences",
        "",
        "Supply of class A - AP arrested, V is a witness and has been named as the informant by locals. Scared.",
    ),
    ("drug_offences", "", "V's son (17) caught with cannabis at college, V wants support for the family."),
    (
        "drug_offences",
        "",
        "Possession with intent to supply - cocaine found in a car at a stop check, passenger is the person referred.",
    ),
    # ---- public order
    ("public_order", "", "Public fear, alarm or distress"),
    ("public_order", "H", "Racially or religiously aggravated public fear, alarm or distress"),
    ("public_order", "", "Violent disorder"),
    ("public_order", "", "s5 POA - {PN} shouting and swearing at V{HATE} in {PLACE}. No physical contact."),
    (
        "public_order",
        "",
        "Section 4 - {PN} threatened violence towards V in the street, fists raised, did not touch V.",
    ),
    (
        "public_order",
        "H",
        "s4A racially aggravated - {PN} shouted racist abuse at V on the bus, V distressed. No assault.",
    ),
    (
        "public_order",
        "H",
        "Homophobic abuse shouted at V and his husband while holding hands in the town centre. Public order, hate crime.",
    ),
    (
        "public_order",
        "H",
        "Religiously aggravated s5 - male shouted at a Sikh V calling him a terrorist, nothing physical.",
    ),
    ("public_order", "", "Large fight outside the nightclub, V (door staff) caught up in violent disorder, not hurt."),
    ("public_order", "", "Drunk male abusive to bus driver, threatened him but no contact. Public order."),
    (
        "public_order",
        "",
        "V shouted at and sworn at by a neighbour over a parking space, felt harassed, alarmed and distressed. No hate element.",
    ),
    # ---- misc crimes against society
    ("misc_crimes_against_society", "", "Handling stolen goods"),
    ("misc_crimes_against_society", "", "Perverting the course of justice"),
    ("misc_crimes_against_society", "", "Dangerous driving"),
    ("misc_crimes_against_society", "", "Threat or possession with intent to commit criminal damage"),
    ("misc_crimes_against_society", "", "Bail offences"),
    (
        "misc_crimes_against_society",
        "",
        "Dangerous driving - car mounted the pavement near V and her kids, nobody hit. Driver arrested.",
    ),
    (
        "misc_crimes_against_society",
        "",
        "Witness intimidation - V (witness in an assault trial) approached by the defendant's cousin and told not to go to court.",
    ),
    (
        "misc_crimes_against_society",
        "",
        "AP breached bail conditions by turning up on V's road. Bail breach, no contact made.",
    ),
    (
        "misc_crimes_against_society",
        "",
        "Forged documents used to transfer V's late father's car into someone else's name.",
    ),
    ("misc_crimes_against_society", "", "V bought a phone that turned out to be stolen, police seized it. Handling."),
    (
        "misc_crimes_against_society",
        "C",
        "Possession of indecent images of children - V's husband arrested. V (wife) in shock and needs support.",
    ),
    ("misc_crimes_against_society", "", "Bigamy - V found out her husband was already married abroad."),
    (
        "misc_crimes_against_society",
        "",
        "Neighbour said he would smash V's car windows if V parks there again. Threat to commit criminal damage.",
    ),
    # ---- other crime (residual)
    ("other_crime", "", "Animal cruelty - neighbour's dog kept in a cage in the yard, starving. RSPCA involved."),
    (
        "other_crime",
        "",
        "V says she was a victim of a crime at the weekend and is very upset, would not give details to the call handler.",
    ),
    ("other_crime", "", "Fly-tipping - tonnes of rubbish dumped on V's farm land, council investigating."),
    ("other_crime", "", "Illegal eviction - landlord changed the locks while V was out, belongings put on the street."),
    ("other_crime", "", "V's cat deliberately poisoned, vet confirmed antifreeze. Animal welfare offence."),
    ("other_crime", "", "Crime reported, no details on the referral other than 'victim of crime - please contact'."),
    ("other_crime", "", "Hare coursing on V's land, dogs set loose on wildlife. Rural crime team."),
    ("other_crime", "", "Unlicensed waste carrier dumped asbestos on V's drive."),
    (
        "other_crime",
        "",
        "Wildlife crime - badger sett on V's land dug out, badger baiting suspected. Rural crime team.",
    ),
    (
        "other_crime",
        "",
        "Puppy farm - dogs kept in terrible conditions at the property behind V's, V reported to RSPCA.",
    ),
    # ---- extra variety for smaller groups
    (
        "death_injury_driving",
        "",
        "Family liaison: V ({AGE}) died after being hit by a van {DAY}, driver failed to stop, later arrested for causing death by dangerous driving.",
    ),
    (
        "death_injury_driving",
        "",
        "Serious injury collision - V's teenage son knocked off his bike by a speeding driver, brain injury. Driver charged with causing serious injury by dangerous driving.",
    ),
    (
        "death_injury_driving",
        "",
        "V's mum killed when a car mounted the pavement at {PLACE}, driver was on drugs. Causing death by careless driving when under the influence.",
    ),
    (
        "theft_from_person",
        "",
        "Theft from person - V's {ITEM} taken from her coat pocket at {PLACE} {DAY}, only noticed when she went to pay.",
    ),
    (
        "theft_from_person",
        "",
        "V ({AGE}) had {ITEM} slipped out of her bag on a busy train, no contact, no force. BTP ref.",
    ),
    (
        "shoplifting",
        "",
        "Shoplifting at {PLACE} {DAY} - security guard saw a male fill a rucksack with {AMT} of goods and walk out. Guard wants support.",
    ),
    (
        "shoplifting",
        "",
        "Retail crime - same group stealing from the charity shop weekly, volunteers (mostly elderly) frightened. Theft from shop.",
    ),
    (
        "bicycle_theft",
        "",
        "Bicycle theft {DAY} - V's kids' bikes taken from the front garden (not in a shed), unlocked.",
    ),
    ("bicycle_theft", "", "Pushbike stolen from outside {PLACE} {DAY}, worth {AMT}, cable lock cut."),
    (
        "drug_offences",
        "",
        "Drugs warrant executed at the address next to V's {DAY}, class A found. V lives in fear of the dealers.",
    ),
    (
        "drug_offences",
        "",
        "V (parent) reports her son ({AGE}) is being supplied cannabis by a local dealer and asks for support. Drugs.",
    ),
    ("robbery", "K", "Robbery {DAY} at {PLACE} - V threatened {KN} and forced to hand over {ITEM} and bank card PIN."),
    (
        "burglary",
        "",
        "Burglary {DAY} - V came home to find the back door smashed, {ITEM} and sentimental jewellery gone. Feels violated.",
    ),
    ("vehicle_offences", "", "V's van stolen {DAY} from outside {PLACE}, all his tools inside, can't work."),
    ("public_order", "", "s4 POA at {PLACE} {DAY} - male squared up to V and threatened to 'do' him, no contact made."),
    (
        "misc_crimes_against_society",
        "",
        "Perverting the course of justice - AP's mum offered V {AMT} to withdraw the statement.",
    ),
    (
        "possession_of_weapons",
        "",
        "Possession of a bladed article at {PLACE} {DAY} - male stopped and searched, kitchen knife in rucksack, no threats. Caller is the V of an earlier unrelated argument with him.",
    ),
    (
        "other_crime",
        "",
        "V's horse was deliberately let out of its field and left injured on the road, animal welfare. No other crime.",
    ),
    (
        "homicide",
        "",
        "Murder - V's nephew ({AGE}) killed in a fight at {PLACE}, 3 arrested. Family need help with media and the inquest.",
    ),
    (
        "violence_without_injury",
        "M",
        "NRM referral - V ({AGE}) found living in a shed at a builders yard, working for food only, boss holds his ID. Labour exploitation.",
    ),
    (
        "violence_without_injury",
        "M",
        "Trafficking - Vietnamese teen found tending a cannabis grow in a locked house, says he was brought over in a lorry and owes a debt. NRM.",
    ),
    (
        "violence_without_injury",
        "M",
        "Modern slavery - V recruited {ONL} for a job in a factory, wages paid to the gangmaster's account, 12 people in one house, threatened if they complained.",
    ),
    (
        "violence_without_injury",
        "M",
        "Debt bondage: V told she must work in the takeaway unpaid until her 'travel debt' of {AMT} is paid, not allowed to leave.",
    ),
    (
        "violence_without_injury",
        "BD",
        "Honour based abuse - V (24) says her family threatened to kill her if she marries her non-Muslim boyfriend; uncle said she has brought shame on the family.",
    ),
    (
        "violence_without_injury",
        "BD",
        "V (20) held at home by parents and older brother after they found out she is gay, told she will be married off to 'restore honour'. FMU and police aware.",
    ),
    (
        "stalking_harassment",
        "BDO",
        "HBA - V's cousins posting on Facebook that V is a 'disgrace' to the family for leaving her husband, family members watching her house. V scared.",
    ),
    (
        "violence_with_injury",
        "BD",
        "V (17) beaten by her father for talking to a boy, family say she is ruining their izzat. Bruises to face. Forced marriage risk.",
    ),
    (
        "violence_without_injury",
        "BD",
        "Forced marriage - V (19) taken to Bangladesh and married against her will, now back in UK and husband's family threatening her. Protection order.",
    ),
    (
        "criminal_damage_arson",
        "BD",
        "V's brothers smashed her car and windows because she moved out to live with her boyfriend - they say she has dishonoured the family.",
    ),
    # ---- ASB
    (
        "anti_social_behaviour",
        "",
        "ASB - youths congregating outside the shop every night, shouting and kicking a ball at cars. No offences.",
    ),
    (
        "anti_social_behaviour",
        "",
        "Noise nuisance from the flat upstairs, music until 4am most nights. Council ASB team.",
    ),
    ("anti_social_behaviour", "", "Neighbour dispute over bins and parking, no threats, no crime disclosed. V fed up."),
    ("anti_social_behaviour", "", "Dog barking constantly next door, owners ignore. ASB only."),
    (
        "anti_social_behaviour",
        "",
        "Kids knocking on doors and running away (knock-a-door-run). Elderly V anxious. No damage.",
    ),
    ("anti_social_behaviour", "", "Off-road bikes riding on the field behind V's house, noise and nuisance."),
    (
        "anti_social_behaviour",
        "",
        "Community trigger - V reported ASB 6 times in 6 months: littering, loud parties, people urinating in the alley. No crimes.",
    ),
    (
        "anti_social_behaviour",
        "",
        "Street drinkers gathering on the bench outside V's window, loud but not abusive. NFA, ASB.",
    ),
    ("anti_social_behaviour", "", "Neighbour's bonfires every weekend, smoke into V's house. Environmental health."),
    (
        "anti_social_behaviour",
        "",
        "Group of teenagers hanging around the stairwell of the flats smoking, leaving rubbish. V intimidated but nothing said to her.",
    ),
    (
        "anti_social_behaviour",
        "",
        "Nuisance neighbour - slams doors, stares at V, parks across the drive. No threats made, no crime.",
    ),
    ("anti_social_behaviour", "", "Ongoing noise from the takeaway extractor fan and customers late at night. ASB."),
]

# ---- clauses for multi-offence notes (category, flags, clause text)
CLAUSES: list[tuple[str, str, str]] = [
    ("violence_with_injury", "", "punched V in the face causing a black eye"),
    ("violence_with_injury", "", "kicked V in the ribs, x-ray shows a fracture"),
    ("violence_with_injury", "", "bit V on the arm drawing blood"),
    ("violence_with_injury", "K", "cut V's arm {KN}"),
    ("violence_without_injury", "", "grabbed V by the hair (no injury)"),
    ("violence_without_injury", "", "pushed V against the wall, no marks"),
    ("violence_without_injury", "", "threatened to kill V"),
    ("violence_without_injury", "K", "held a knife to V's stomach and threatened V"),
    ("stalking_harassment", "", "has been sending V threatening texts for weeks"),
    ("stalking_harassment", "O", "keeps messaging V {ONL} despite being told to stop"),
    ("stalking_harassment", "", "turns up outside V's workplace most days"),
    ("criminal_damage_arson", "", "smashed V's phone"),
    ("criminal_damage_arson", "", "kicked the front door off its hinges"),
    ("criminal_damage_arson", "", "threw a brick through the window"),
    ("sexual_offences", "", "sexually assaulted V"),
    ("sexual_offences", "", "raped V"),
    ("public_order", "", "shouted threats in the street"),
]

# ---- DA hard negatives / third-party / hypothetical notes (category, flags, text)
HARD: list[tuple[str, str, str]] = [
    (
        "violence_without_injury",
        "",
        "V slapped by her 14yo son during a row about his phone, no injury. Child-to-parent violence, son under 16 so not DA. Early help referral.",
    ),
    (
        "violence_with_injury",
        "",
        "V ({AGE}) assaulted by her paid carer, bruising to arms. Safeguarding adults. Carer not a relative.",
    ),
    (
        "violence_with_injury",
        "",
        "Flatmate punched V in a row over bills, cut lip. They are not and have never been in a relationship. Not DA.",
    ),
    (
        "violence_without_injury",
        "",
        "Colleague pushed V at work. V previously in a DV relationship with someone else years ago, no link. Not domestic.",
    ),
    (
        "criminal_damage_arson",
        "",
        "Car damaged by V's daughter's ex-boyfriend who blames V for the breakup. V has never been in a relationship with him.",
    ),
    (
        "stalking_harassment",
        "",
        "Harassment by a man V went to school with, not an ex, never dated. Texts and turning up. Nil DA.",
    ),
    (
        "violence_with_injury",
        "",
        "Assault ABH at a house party, V punched by a guest. Caller asked if it was a domestic - no, they'd never met.",
    ),
    (
        "burglary",
        "",
        "Burglary at V's home. V worried it might be her ex but police have CCTV showing two unknown males; ex ruled out. Not DA.",
    ),
    (
        "public_order",
        "",
        "V's landlord shouting and swearing at her on the doorstep about rent arrears, alarm and distress caused. No relationship.",
    ),
    (
        "stalking_harassment",
        "",
        "Harassment by a neighbour. V mentions her mum was a DV victim in the 90s, which is why V is anxious. No DA in this case.",
    ),
    (
        "violence_without_injury",
        "",
        "Shop worker assaulted (shoved) by a customer. No injury. No weapons seen. Not hate related.",
    ),
    (
        "robbery",
        "",
        "Robbery - offender said 'I've got a knife' but kept his hand in his pocket, V never saw a blade. Phone and wallet taken.",
    ),
    (
        "violence_with_injury",
        "",
        "V punched by a stranger. Suspect found with a knife in his pocket when arrested later, it was never produced during the assault. ABH.",
    ),
    (
        "violence_without_injury",
        "",
        "Threats to kill made by phone from prison by an associate of V's brother, no weapon involved. Not DA - V has no relationship with the caller.",
    ),
    (
        "stalking_harassment",
        "",
        "V getting abusive texts and phone calls from an unknown number. No social media involved.",
    ),
    (
        "fraud_computer_misuse",
        "",
        "Telephone fraud, V rang by a fake HMRC officer and paid {AMT} by bank transfer over the phone. Reported via Action Fraud website.",
    ),
    (
        "sexual_offences",
        "",
        "V (19) sexually assaulted at a festival. V mentions she was worried as a teenager about being groomed but nothing happened then.",
    ),
    ("sexual_offences", "", "Sexual assault by a male aged 17 on V (34) at a bus stop. Not CSE - V is an adult."),
    (
        "anti_social_behaviour",
        "",
        "Parent worried her 13yo might be at risk of being groomed because she is on TikTok a lot, no concerning contact found. Youths also causing nuisance on the estate - ASB.",
    ),
    (
        "violence_with_injury",
        "",
        "V (Black British) assaulted by a drunk male in a queue, split lip. V says nothing racial was said and does not feel it was hate.",
    ),
    (
        "criminal_damage_arson",
        "",
        "Windows broken at the Polish shop. Owner says kids did it for fun, no hate element identified.",
    ),
    (
        "violence_without_injury",
        "",
        "V who uses a wheelchair was pushed by a stranger in a queue dispute. V does not think it was because of her disability; no comments made.",
    ),
    (
        "public_order",
        "",
        "Verbal abuse about V's weight and clothes from youths on the bus. No protected characteristic. s5.",
    ),
    (
        "violence_without_injury",
        "",
        "Employer threatens V (a factory worker) with the sack and shoves him, but V is paid and free to leave - not modern slavery per police. Common assault.",
    ),
    (
        "other_theft",
        "",
        "V (Romanian) says her agency takes fees from her wages; she lives independently and can leave. Police say no slavery indicators - theft by the agency boss being looked at.",
    ),
    (
        "violence_with_injury",
        "",
        "V's cousin (not forced) got married last year; V assaulted by a stranger outside a wedding venue, broken nose. No honour element.",
    ),
    (
        "stalking_harassment",
        "",
        "V being harassed by an ex-friend. V says her sister once had a forced marriage years ago, unrelated. Texts only.",
    ),
    (
        "violence_without_injury",
        "D",
        "V's brother (35) pushed her over at their mum's house during an argument about the will. No injuries. Sibling DA.",
    ),
    (
        "violence_with_injury",
        "D",
        "V (70s) assaulted by her grandson (22) who lives with her, bruising to face. Family DA.",
    ),
    (
        "criminal_damage_arson",
        "D",
        "Daughter (27) smashed up her mum's kitchen when refused money. Mum is the V. DA - family.",
    ),
    (
        "stalking_harassment",
        "D",
        "Former partner (same-sex, split 2019) still contacting V via letters and calls to family. Harassment, DA.",
    ),
    (
        "violence_without_injury",
        "D",
        "V and partner both 17 - he pushed her into a wardrobe, no injuries. Teenage relationship abuse.",
    ),
    (
        "violence_without_injury",
        "",
        "V (16) and a boy from another school (16) fought at the bus stop - they don't know each other. Common assault, no injuries.",
    ),
    (
        "stalking_harassment",
        "",
        "Unknown person created a fake dating profile using V's photos - no, sorry, it was a printed flyer put through doors with V's pictures. Not online. Harassment.",
    ),
    (
        "robbery",
        "",
        "Robbery at knifepoint? - V says no, the male had a phone in his hand which V thought at first was a knife. Pushed and bag taken.",
    ),
    (
        "violence_without_injury",
        "",
        "Threats to kill - neighbour shouted across the road that he'd 'get his knife and stab' V. No knife seen, V went inside. Not DA.",
    ),
    (
        "possession_of_weapons",
        "",
        "Male arrested in town with a knife in his sock, V is the security guard who detained him. Nobody threatened.",
    ),
]

# ---- voices
PREFIX = [
    "",
    "",
    "",
    "VAL referral: ",
    "VAL - ",
    "Ref from OIC: ",
    "OIC PC 4471 - ",
    "101 call. ",
    "999 call handler: ",
    "VS caseworker note: ",
    "IDVA note: ",
    "GP referral: ",
    "Housing officer reports ",
    "Self referral. ",
    "Police referral (auto): ",
    "Referral via Witness Care: ",
    "A&E safeguarding nurse: ",
    "Social worker ref - ",
]
SUFFIX = [
    "",
    "",
    "",
    "",
    " V consents to VS contact.",
    " Pls call after 5pm.",
    " Crime ref 14/{N}/24.",
    " V would like support.",
    " NFA by police but V still wants support.",
    " V has hearing impairment - text only.",
    " V's first language is Urdu, interpreter needed.",
    " Safe to leave voicemail.",
    " NOT safe to call - email only.",
    " Awaiting CPS decision.",
    " Suspect on bail.",
    " V very anxious, not sleeping.",
    " OIC: DC Harris.",
    " V declined support for now but happy to be called back.",
]
SPELLING = [
    ("neighbour", "neighbor"),
    ("harassment", "harrassment"),
    ("jewellery", "jewelry"),
    ("offence", "offense"),
    ("Colour", "Color"),
    ("received", "recieved"),
    ("separated", "seperated"),
    ("threatened", "threatend"),
    ("assaulted", "asaulted"),
    ("because", "becuase"),
    ("with", "w/"),
    ("without", "w/o"),
    ("victim", "vic"),
    ("suspect", "susp"),
]


def noisy(rng: random.Random, text: str) -> str:
    """Add abbreviations, spelling variants and typos without touching meaning."""
    for a, b in SPELLING:
        if a in text and rng.random() < 0.25:
            text = text.replace(a, b, 1)
    if rng.random() < 0.15:
        words = text.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        text = " ".join(words)
    r = rng.random()
    if r < 0.08:
        text = text.lower()
    elif r < 0.11:
        text = text.upper()
    if rng.random() < 0.1:
        text = text.rstrip(".")
    return text


def labels(flags: set[str]) -> str:
    names = {FLAG_CODES[f] for f in flags if f in FLAG_CODES}
    return ";".join(f for f in FLAG_ORDER if f in names)


def wrap(rng: random.Random, text: str, flags: set[str], titleish: bool) -> str:
    """Add referrer voice and admin tails; DA tails only on DA notes."""
    if titleish:
        # bare Home Office offence titles, sometimes with a code-ish prefix
        r = rng.random()
        if r < 0.3:
            return f"Offence: {text}"
        if r < 0.45:
            return f"{text} - V requests support"
        return text
    out = rng.choice(PREFIX) + text
    if "D" in flags and rng.random() < 0.5:
        out += rng.choice(DA_TAIL)
    elif "_nonda" in flags and rng.random() < 0.4:
        out += rng.choice(NON_DA_TAIL)
    out += rng.choice(SUFFIX).replace("{N}", str(rng.randint(10000, 99999)))
    return noisy(rng, out)


def is_title(text: str) -> bool:
    return "{" not in text and len(text.split()) <= 14 and "." not in text and "-" not in text


BACKGROUND = [
    "V has 3 children under 10 and works nights.",
    "V has anxiety and depression and is on medication.",
    "V lives alone and has limited English.",
    "Previous reports to police in 2021, NFA at the time.",
    "V's GP is aware and has signed her off work.",
    "V is a full time carer for her mum.",
    "V has no family locally and feels isolated.",
    "V asked for a female caseworker.",
    "V is worried about going to court and about the suspect finding out her new address.",
    "V has had to take time off work and is struggling with bills.",
    "V's teenage kids are also affected and are not sleeping.",
    "V has previously been supported by VS in 2019 for an unrelated matter.",
]
DA_BACKGROUND = [
    "History of DA incl previous assaults, V never reported before.",
    "AP has a history of DV with previous partners (Clare's Law disclosure made).",
    "V disclosed AP controls the finances and checks her phone.",
    "Family and friends have known about the abuse for years.",
    "V says the abuse has got worse since lockdown.",
    "V still lives with AP as she has nowhere else to go.",
]


def make_long(rng: random.Random) -> tuple[str, str, set[str]]:
    pool = [x for x in T if "{P}" in x[2]]
    cat, f, t = rng.choice(pool)
    flags = set(f)
    da = rng.random() < 0.8
    text = t.replace("{P}", "{PD}" if da else "{PN}")
    body = fill(rng, text, flags)
    bits = rng.sample(BACKGROUND, rng.randint(1, 5))
    if da:
        bits = rng.sample(DA_BACKGROUND, rng.randint(1, 2)) + bits
    rng.shuffle(bits)
    pre = bits[: len(bits) // 2]
    post = bits[len(bits) // 2 :]
    return cat, " ".join(pre + [body] + post), flags


def make_multi(rng: random.Random) -> tuple[str, str, set[str]]:
    flags: set[str] = set()
    party = fill(rng, "{P}", flags)
    k = rng.choice([2, 2, 3])
    picks = rng.sample(CLAUSES, k)
    cats = [c for c, _, _ in picks]
    for _, f, _ in picks:
        flags.update(f)
    parts = [fill(rng, t, flags) for _, _, t in picks]
    body = ", ".join(parts[:-1]) + " and " + parts[-1]
    lead = rng.choice(
        [
            f"V reports {party} {body}.",
            f"{party.capitalize()} {body} {rng.choice(DAY)}.",
            f"Multiple offences - {party} {body}.",
            f"Background: ongoing issues with {party}. {rng.choice(DAY).capitalize()} susp {body}.",
        ]
    )
    cat = min(cats, key=lambda c: RANK[c])
    return cat, lead, flags


def build(seed: int, n_target: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    by_cat: dict[str, list[tuple[str, str, str]]] = {}
    for cat, f, t in T:
        by_cat.setdefault(cat, []).append((cat, f, t))
    seen: set[str] = set()
    out: list[tuple[str, str, str]] = []

    def add(cat: str, text: str, flags: set[str]) -> None:
        if text in seen:
            return
        seen.add(text)
        out.append((text, cat, labels(flags)))

    # 1. each template once (titles bare), then weighted re-draws
    for cat, f, t in T:
        flags = set(f)
        text = fill(rng, t, flags)
        add(cat, wrap(rng, text, flags, is_title(t)), flags)
    for cat, f, t in HARD:
        flags = set(f)
        add(cat, wrap(rng, fill(rng, t, flags), flags, False), flags)
    # 2. quotas: every category and the rarer flags get enough notes
    cat_count = Counter(c for _, c, _ in out)
    for cat in ORDER:
        pool = by_cat[cat]
        tries = 0
        while cat_count[cat] < 28 and tries < 500:
            tries += 1
            _, f, t = rng.choice(pool)
            flags = set(f)
            before = len(out)
            add(cat, wrap(rng, fill(rng, t, flags), flags, False), flags)
            cat_count[cat] += len(out) - before
    for code in "MBCH":
        pool = [x for x in T if code in x[1]]
        n = sum(FLAG_CODES[code] in fl.split(";") for _, _, fl in out)
        tries = 0
        while n < 32 and tries < 500:
            tries += 1
            cat, f, t = rng.choice(pool)
            flags = set(f)
            before = len(out)
            add(cat, wrap(rng, fill(rng, t, flags), flags, False), flags)
            n += len(out) - before
    slotted = [x for x in T if "{" in x[2]]
    unslotted = [x for x in T if "{" not in x[2] and not is_title(x[2])]
    while len(out) < n_target:
        r = rng.random()
        if r < 0.14:
            cat, text, flags = make_multi(rng)
            add(cat, wrap(rng, text, flags, False), flags)
        elif r < 0.42:
            cat, text, flags = make_long(rng)
            add(cat, wrap(rng, text, flags, False), flags)
        elif r < 0.62:
            cat, f, t = rng.choice(slotted)
            flags = set(f)
            add(cat, wrap(rng, fill(rng, t, flags), flags, False), flags)
        elif r < 0.88:
            cat, f, t = rng.choice(unslotted)
            flags = set(f)
            add(cat, wrap(rng, t, flags, False), flags)
        else:
            cat, f, t = rng.choice(HARD)
            flags = set(f)
            add(cat, wrap(rng, fill(rng, t, flags), flags, False), flags)
    rng.shuffle(out)
    return [(f"B3-{i:04d}", t, c, fl) for i, (t, c, fl) in enumerate(out, 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=20240613)
    ap.add_argument("-n", type=int, default=900)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = build(args.seed, args.n)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["note_id", "text", "category", "flags"])
        w.writerows(rows)
    cats = Counter(r[2] for r in rows)
    flags = Counter(f for r in rows for f in r[3].split(";") if f)
    print(f"wrote {len(rows)} notes to {args.out}")
    for c in ORDER:
        print(f"  {c:32s} {cats[c]}")
    for f in FLAG_ORDER:
        print(f"  flag {f:32s} {flags[f]}")


if __name__ == "__main__":
    main()
