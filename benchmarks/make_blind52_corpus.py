#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND52 labelled corpus of synthetic victim-services referral notes.

Scenario: a county multi-agency front door that receives referrals from three
teams sharing one inbox:

* the adult social care safeguarding hub (Section 42 enquiries, adults at risk,
  PiP / person in a position of trust, MCA and best-interests language, Making
  Safeguarding Personal outcomes);
* the rural and farm crime unit (livestock worrying, quad bikes and tools taken
  from outbuildings, fly-tipping, hare coursing, fuel theft, damage to fences
  and crops), whose notes are often typed from farmers' own words;
* the older people's doorstep crime team (rogue traders, courier and romance
  fraud, relatives and paid carers taking money).

Every note is invented. Templates are hand-labelled ``category|flags|text``;
slots carry only names, places, UK dates, times, amounts, references, counts and
ages that stay inside one band of the taxonomy, so no slot can change a label.
Standard library only; one seeded RNG; output does not depend on the working
directory or PYTHONHASHSEED.
"""

import csv
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "notes_blind52.csv"
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
FLAG_ALIAS = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CS": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HB": "honour_based_abuse",
}

FEMALE = [
    "Margaret",
    "Doreen",
    "Edna",
    "Sheila",
    "Pauline",
    "Brenda",
    "Joan",
    "Maureen",
    "Gwen",
    "Hilda",
    "Irene",
    "Valerie",
    "Beryl",
    "Sandra",
    "Karen",
    "Lorraine",
    "Nicola",
    "Dawn",
    "Tracey",
    "Janet",
    "Agnieszka",
    "Priya",
    "Nasreen",
    "Shona",
    "Kerry",
    "Leanne",
    "Ruth",
    "Elsie",
    "Marjorie",
    "Rosalind",
    "Fiona",
    "Bernadette",
    "Wendy",
    "Yvonne",
    "Carol",
    "Amira",
    "Joy",
    "Lynne",
    "Heather",
    "Mavis",
]
MALE = [
    "Derek",
    "Trevor",
    "Clive",
    "Graham",
    "Keith",
    "Roy",
    "Dennis",
    "Bernard",
    "Alan",
    "Malcolm",
    "Geoff",
    "Colin",
    "Stuart",
    "Gareth",
    "Wayne",
    "Darren",
    "Lee",
    "Craig",
    "Jamie",
    "Ryan",
    "Tomasz",
    "Imran",
    "Rajesh",
    "Owain",
    "Hamish",
    "Nigel",
    "Philip",
    "Robert",
    "Stanley",
    "Frank",
    "Cyril",
    "Ian",
    "Martin",
    "Dale",
    "Shaun",
    "Kieran",
    "Callum",
    "Marek",
    "Arthur",
    "Len",
]
SURNAMES = [
    "Pritchard",
    "Hollis",
    "Beckwith",
    "Tranter",
    "Oakley",
    "Marsh",
    "Fenwick",
    "Dobbs",
    "Ellery",
    "Kitching",
    "Rowe",
    "Whitlock",
    "Garside",
    "Pennock",
    "Maddox",
    "Thwaite",
    "Hebden",
    "Salt",
    "Cowell",
    "Ainsworth",
    "Nowak",
    "Hussain",
    "Kaur",
    "Pryce",
    "Lumb",
    "Bramley",
    "Stott",
    "Caddick",
    "Furness",
    "Yeo",
]
VILLAGES = [
    "Nether Wyke",
    "Aldcombe",
    "Hobb's End",
    "Little Staunton",
    "Crayford St Mary",
    "Wellow Bridge",
    "Thornby",
    "Ashcott Parva",
    "Brackenfield",
    "Kirk Moorby",
    "Ditchling Cross",
    "Upper Hembury",
    "Saltby",
    "Hawksmoor Green",
    "Lydford Edge",
    "Mellor Fold",
    "Blackwater",
    "Great Offley",
]
TOWNS = [
    "Market Harwood",
    "Cranmere",
    "Stowbridge",
    "Eastleigh Ford",
    "Kettering Vale",
    "Holmfirth Cross",
    "Penwarden",
    "Oldcastle",
]
FARMS = [
    "Highfield Farm",
    "Lower Barn Farm",
    "Coldharbour Farm",
    "Moss Side Farm",
    "Greystones",
    "Manor Farm",
    "Hill Top",
    "Brook House Farm",
    "Windyridge",
    "Church Farm",
    "Yew Tree Farm",
    "Top o' th' Moor",
    "Fold Farm",
    "Ridge End",
]
ROADS = [
    "Chapel Lane",
    "Station Road",
    "Mill Street",
    "Orchard Close",
    "The Crescent",
    "Bridle Way",
    "Back Lane",
    "Kiln Road",
    "Poplar Avenue",
    "Vicarage Walk",
    "Moor Lane",
    "Well Street",
]
HOMES = ["Laurel Lodge", "The Beeches", "Fernlea House", "Rosedene", "Willow Court", "Oakwood Grange", "St Anne's"]
AGENCIES = ["Comfort Care", "HomeFirst", "Bluebell Domiciliary", "CareWise", "Helping Hands Rural", "Kindly Care"]
BANKS = [
    "Barclays",
    "Lloyds",
    "NatWest",
    "Nationwide",
    "Halifax",
    "the Co-op bank",
    "Santander",
    "the post office account",
]
VEHICLES = ["Land Rover Defender", "Hilux", "Transit tipper", "L200", "Ford Ranger", "Isuzu D-Max"]
DOGS = ["husky", "lurcher", "collie cross", "staffie", "German shepherd", "labrador"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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

RNG = random.Random(52_2026)


def _date(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025])
    style = rng.randint(0, 4)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{d}/{m}/{str(y)[2:]}"
    if style == 2:
        return f"{d} {MONTHS[m - 1][:3]}"
    if style == 3:
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suf} {MONTHS[m - 1]}"
    return f"{d:02d}.{m:02d}.{str(y)[2:]}"


def _time(rng):
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = rng.randint(0, 2)
    if style == 0:
        return f"{h:02d}:{mi:02d}"
    if style == 1:
        return f"{h:02d}{mi:02d}hrs"
    return f"{(h % 12) or 12}.{mi:02d}{'am' if h < 12 else 'pm'}"


def _amount(rng):
    v = rng.choice([rng.randint(20, 400), rng.randint(400, 9000), rng.randint(9000, 60000)])
    return f"£{v:,}" if rng.random() < 0.8 else f"{v} quid" if v < 1000 else f"£{v // 1000}k"


def _ref(rng):
    style = rng.randint(0, 3)
    if style == 0:
        return f"SG/{rng.randint(23, 25)}/{rng.randint(100, 9999):04d}"
    if style == 1:
        return f"RC-{rng.randint(1000, 99999)}"
    if style == 2:
        return f"DCT{rng.randint(100, 999)}"
    return f"CAD {rng.randint(100, 999)} {_date(rng).replace(' ', '')}"


def _slots(rng):
    f = rng.sample(FEMALE, 3)
    m = rng.sample(MALE, 3)
    s = rng.sample(SURNAMES, 2)
    v = rng.sample(VILLAGES, 2)
    return {
        "F": f[0],
        "F2": f[1],
        "F3": f[2],
        "M": m[0],
        "M2": m[1],
        "M3": m[2],
        "S": s[0],
        "S2": s[1],
        "V": v[0],
        "V2": v[1],
        "T": rng.choice(TOWNS),
        "farm": rng.choice(FARMS),
        "road": f"{rng.randint(1, 140)} {rng.choice(ROADS)}",
        "home": rng.choice(HOMES),
        "agency": rng.choice(AGENCIES),
        "bank": rng.choice(BANKS),
        "veh": rng.choice(VEHICLES),
        "dog": rng.choice(DOGS),
        "day": rng.choice(DAYS),
        "date": _date(rng),
        "date2": _date(rng),
        "time": _time(rng),
        "time2": _time(rng),
        "amt": _amount(rng),
        "amt2": _amount(rng),
        "ref": _ref(rng),
        "n": str(rng.randint(2, 9)),
        "nn": str(rng.randint(11, 60)),
        "old": str(rng.randint(67, 97)),
        "old2": str(rng.randint(67, 97)),
        "ad": str(rng.randint(24, 58)),
        "kid": str(rng.randint(6, 14)),
        "reg": f"{rng.choice('ABCDEFGHKLMNPRSTVWY')}{rng.choice('ABCDEFGHKLMNPRSTVWY')}{rng.randint(51, 74)}",
        "ph": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
    }


T = []


def _add(block):
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cat, flags, text = line.split("|", 2)
        T.append((cat.strip(), flags.strip(), text.strip()))


_add(r"""
violence_with_injury|DA|S42 concern rec'd {date}. Adult at risk {F} {S} ({old}), care and support needs (Parkinson's, falls). Lives with son {M} who is her main family carer. DN noted fingertip bruising both upper arms + skin tear L forearm. {F} told DN "he gets cross when I can't manage the stairs, he grabs me". MCA: has capacity for this decision. MSP - she wants him to get help, does not want him arrested. Police informed, ref {ref}.
violence_with_injury||Rural crime unit. {M} {S} ({ad}) farms {farm}, {V}. Came across 2 males lamping in the bottom field approx {time} on {date}. One of them hit him across the face with a big rubber torch - cut above L eye, glued at MIU. Didnt know them, never seen before, made off in a pick-up towards {V2}. nil DA, strangers.
violence_with_injury||Provider concern from {home}. Night senior saw agency worker shove resident {F} ({old}) back into her chair by the shoulders; resident later xrayed - fractured wrist. Resident has advanced vascular dementia, lacks capacity to take part in enquiry, best interests meeting to be arranged. Worker removed from rota, PiP process opened. Not DA - paid carer, no relation.
violence_with_injury|DA|DA referral. V {F} ({ad}) married to {F2}, together 9 yrs. Row on {date} at home in {V}, {F2} threw a mug at her which split her lip - 2 stitches at {T} UTC. V says previous incidents never reported. DASH medium. Pls don't ring the landline, use mobile ending {ph}.
violence_with_injury|DA|Grandad {M} {S}, {old}, COPD + uses frame. Grandson ({ad}) lives in the annexe. A&E {date}: two fractured ribs, told staff he "slipped in the yard". Disclosed to SW next day that the grandson kicked him when they argued about money. Section 42 enquiry opened, s47 vs s20 for police to decide. {M} worried about who will feed the dogs if grandson is removed.
violence_with_injury|KN|Doorstep crime team. Man called at {road}, {V} saying ridge tiles loose, charged {M} ({old}) {amt} cash for 20 mins work. When {M} said he'd not pay the rest and would ring trading standards the man took out a stanley knife and cut the back of his hand as he shut the door. Wound glued. Offender N/K, white van, no reg.
violence_with_injury|HC|{M} {S} ({ad}), learning disability, supported tenancy in {T}. Staff report a group of local lads have been calling him "spaz" and "mong" for weeks because of how he walks and talks. {date} one of them punched him - bloody nose, swollen eye. Support worker says its about his disability every time. Hate crime marker please.
violence_with_injury||Hare coursing again at {farm}. Farmer's son {M} ({ad}) parked the tractor across the gateway to stop them leaving. 4 males got out, one hit him with a metal bar, broken finger, bruised forearm. Also ripped up 2 acres of winter wheat getting out over the headland. Dogs were lurchers. Vehicles 2x estate cars, partial reg {reg}.
violence_with_injury|DA|V {F} {S}, {old}. Ex-husband {M} - divorced decades ago, no contact since the 90s - turned up at her bungalow {date}, walked straight in and pushed her against the door frame. Bruising to back & shoulder. Her words "I haven't seen him in over twenty years and he just walked in like he owned the place". DASH tbc, V happy for call back after 2pm.
violence_with_injury|DA|Homecare ({agency}) raised concern: burn mark back of R hand on {F} ({old}). {F} lives with her daughter-in-law since her son passed. {F} eventually said the DIL held her hand near the kettle "to teach me not to waste electric". Has mild cognitive impairment, capacity to be assessed. S42 enquiry open, ref {ref}.
violence_with_injury||V {M} ({ad}) punched by {M2}, who he shares a rented terrace with in {T}. Fractured cheekbone, maxfax appt {date2}. They are not related and not partners, just answered the same advert for the room. Not DA. V wants to move out asap.
violence_with_injury|DA;KN|Brothers {M} and {M2} {S} (both 50s) run {farm} together since their father died. Row over the will in the farmhouse kitchen {date}, {M2} picked up a kitchen knife and stabbed {M} in the thigh. Air ambulance, surgery. s18. Mother ({old}) witnessed and is very distressed, she has dementia, SW visiting.
violence_with_injury||Boundary dispute, {V}. Neighbour {M2} has been arguing with {M} ({old}) about the hedge for two years. {date} {M2} came round with a spade and hit {M} on the side of the head, laceration needing staples. No relationship, neighbours only. {M}'s wife says "we've had enough".
violence_with_injury|DA|Carers from {agency} report fresh bruising to {F} ({old}) at most calls this month. Her husband {M} ({old2}) is her carer and is himself in early dementia. {F} says "he doesn't know what he's doing love, he just lashes out when he's frightened". Couple married 60 yrs. Section 42 - needs carer's assessment for {M} too. MARAC not felt appropriate yet, DASH done = standard.
violence_with_injury|HC|Seasonal picker at {farm}, {M} (Polish national, {ad}), paid and living in the farm caravans of his own choice. Assaulted outside the pub in {V} on {date}, male shouted "f*** off back to Poland" and punched him, split lip and loose tooth. Farm manager brought him in. Hate crime.
violence_with_injury||Farm manager {M2} sacked a farmhand last wk for drinking. {date} farmhand came back to the yard and headbutted {M2}, broken nose. No relationship beyond employment. Also kicked the office door but no damage recorded.
violence_with_injury|DA|{F} {S} {old}, lives alone but daughter ({ad}) stays over when "she's got nowhere else". Daughter drinking heavily. Scratches to {F}'s face and neck {date}, says daughter did it during argument about money for drink. "She's my girl, I'm not having her locked up". MSP: wants daughter referred to alcohol service. S42 open.
violence_with_injury||{home} reports resident-on-resident incident {date}: {M} (dementia, wanders) struck {F} ({old}) with his walking frame in the lounge, laceration to her scalp, steri-strips. Neither related. Care plan review for both, 1:1 staffing considered. Family of {F} want police informed.
violence_with_injury|DA;HB|{F} (19) disclosed to college welfare officer that her father and uncle beat her on {date} after finding out about her boyfriend who is "not from our community" - bruising to face and arms. They said she had brought shame on the family and she must stop seeing him. Frightened of being taken abroad. Safe accomm requested.
violence_with_injury|DA|{M} ({ad}) lives with partner {M2} in a rented cottage outside {V}. {date} {M2} bit his forearm and pushed him down the stairs - sprained ankle, bite marks photographed by officer. Says it happens when {M2} drinks. DASH high, MARAC referral sent.
violence_with_injury||Lane near {V} {date} approx {time}. Driver of a tractor and trailer and car driver met on single track, neither would reverse. Tractor driver got down and punched the car driver - broken front tooth. Strangers. Dashcam available.
violence_with_injury|DA|SW referral. {F} ({old}) in hospital after fall at home - broken hip. She has told ward staff her stepson {M2} "threw me across the room" because she wouldn't sign something. {M2} ({ad}) lives with her, has done since his dad died. S42, police notified. Needs safe discharge plan, not home until enquiry progresses.
violence_with_injury||Lodger at {road} ({ad}) tried to smother {M} {S} ({old}) with a pillow {date}, carer walked in and stopped it. {M} taken to hospital, petechiae and bruising round mouth. Lodger not related, pays rent, no relationship. Attempted murder being considered. Adult at risk - sight loss + diabetes.
violence_with_injury|DA|{M} {S} ({ad}) assaulted by his ex-partner {F} at {T} livestock mart {date} - she threw a full cup of hot coffee in his face, 1st degree scalds. They split about eight years ago and share no kids. He says she's "never let it go". DASH medium.
violence_with_injury|KN|Farm shop, {farm}. Assistant {F} ({ad}) argued with a customer about parking across the entrance; customer smashed a bottle on the counter and slashed at her, cut to forearm needing 6 stitches. Customer not known. CCTV being downloaded.
violence_with_injury||Paramedic attending fall at {farm} on {date} was punched by the patient's drunk brother-in-law who thought they were "taking too long" - black eye, cut to cheekbone. Assault emergency worker. Patient fine. (Relationship is between S and the patient, V is the paramedic - no DA.)
violence_with_injury|DA|Referral from doorstep crime team. Nephew calls at {F}'s ({old}) house "to help with shopping", has her bank card. On {date} when she asked for receipts he slapped her so hard she has a perforated eardrum (GP confirmed). Also thinks he has been taking from her purse. Nephew is only family she has left.
violence_with_injury||{F} ({old}) in {V}. Her paid carer's boyfriend usually waits in the car; {date} he came into the house to hurry the carer up, {F} told him to get out and he shoved her, fell against radiator, fractured wrist. Carer from {agency} did not report it, another carer did. Not DA - no connection to V.
violence_with_injury|DA|{F} ({ad}). Husband holds all bank cards, her pension goes into his account, has to ask for money for sanitary products. On {date} he hit her with his walking stick when she queried a bill - bruising to upper arm, photos taken. DASH 14 ticks, MARAC. Economic abuse + physical.
violence_with_injury||School liaison. Two pupils, both 15, "going out" since summer. {date} at the bus stop in {V} the boy pushed the girl into the shelter wall, cut to her head needing glue. Both under 16 so not DA under the Act, dealt with as assault + safeguarding for both.
violence_with_injury||{F} ({old}) calls {M2} "like a son to me" but he is no relation - lad from two doors down who does her garden. {date} argued over cash he says he is owed, he punched her, bruised eye socket. Not DA (no family or partner link confirmed, V clear on this).
violence_with_injury|DA|Two sisters both in their 70s share the family home at {road}. {F2} ({old2}) hit {F} ({old}) with a rolling pin during a row about the heating bill - bruising to forearm raised to protect head. {F} says it has been getting worse since {F2}'s husband died. S42 referral.
violence_with_injury||Village fete, {V}, {date}. Fight broke out by beer tent; {M} ({ad}) knocked to the floor and kicked repeatedly by 3 males, fractured jaw. s18 GBH. Offenders N/K, possibly from {T}. Victim's wife has asked for victim support.
violence_with_injury|KN|Gamekeeper on the {farm} estate found two men setting snares {date} approx {time}. When he started filming they came at him, one had a knife out and cut his forearm. Wound needed stitches. Men made off across the moor, descriptions vague.
violence_with_injury|DA|GP referral. {F} ({ad}) disclosed that her ex-partner (they split 2019) put his hands round her neck when he came to collect the kids on {date}. Bruising and marks on neck seen by GP. She says he "still thinks he owns me". Non fatal strangulation, DASH high, MARAC.
violence_with_injury|DA|{F} ({old}) - her daughter's husband came round {date} to "sort out" her finances, when she questioned him he pushed her to the floor, cut to the back of her head. He's been married to her daughter 20 yrs. {F} says the daughter "won't hear a word against him". S42, police aware.
violence_with_injury||Supermarket car park, {T}, {date}. Stranger shoved {F} ({old}) over during an argument about a trolley bay, broken wrist. He drove off in a silver hatchback. Witness got half the reg. Nothing taken.
violence_with_injury|HC|{F} ({ad}), trans woman, walking home through {T} {date} ~{time}. Two men shouted "tranny" and "what are you supposed to be" then one hit her with a bottle (did not break), bruising and cut to brow. Says this is not the first time since she transitioned.
violence_with_injury|DA|{M} ({ad}) says of {F}: "she's not my girlfriend any more, we finished at Christmas, but she still has a key". {date} she let herself in and bit his hand when he tried to take the key back - broken skin, tetanus jab at MIU. DA ex-partner.
violence_with_injury||{F} ({old}) punched in face on the bus to {T}, male stranger, bruised cheek. Note her daughter was previously a MARAC case re the daughter's own ex-partner (closed 2021) - not connected to this incident, S not known to family.
violence_with_injury|MS|Welfare check at a farm outside {V}. {n} men living in a shipping container, working 14 hr days on the vegetable lines, say they are paid nothing and "the boss" keeps their passports. One has a broken arm, says he was beaten with a pole by the gangmaster when he asked to leave. NRM referrals being made.
violence_with_injury||Livestock auction {T}. Two dealers fell out over a batch of store cattle, {M} hit {M2} with his stick, cut eye needs stitches. No previous. Not related.
violence_with_injury|DA|{F} ({ad}) reports her son (17) threw a chair at her {date} - cut to shin, bruised hip. He has been getting more aggressive since he left school. She is a lone parent. At 17 he is 16+ so DA applies, CAPVA referral also considered.
violence_with_injury||{F} ({ad}) - her lad is 13. He punched her in the face during a row about his console {date}, bruised lip. School are aware. As he is under 16 not a DA incident under the Act; child-to-parent violence pathway, early help.
violence_with_injury|DA;KN|{M} ({old}) says his wife of 40 years cut his arm with the kitchen scissors when he tried to take the car keys off her. Two cuts, dressed by DN. "she's not herself these days". Memory clinic involved with wife. DASH done.
violence_with_injury||Concern from {agency} office: care worker admitted she slapped {F} ({old}) during personal care {date} - bruise to L cheek noted by next carer. PiP referral, worker dismissed. {F} has capacity and wants police involved. Nil family concerns.
violence_with_injury|DA|{F} ({old}) lives with grandson (16) since his mum went into rehab. {date} he pushed her down the back steps when she said he couldn't go out - grazed knees, sprained wrist. She is his kinship carer. Grandson 16 so DA flagged. Children's SC + adult SC joint visit.
""")
_add(r"""
violence_without_injury|DA|{F} {S} ({old}) rang doorstep team in tears. Son {M} has found out she's seeing a solicitor about her will. {date} he stood over her chair and said "I'll put you in the ground before you cut me out". No physical contact. She believes he means it - "he's got his father's temper". Threats to kill. S42 concern also.
violence_without_injury||Farmer {M} {S}, {farm}. Hare coursers back {date} ~{time}, when he told them to leave one leaned out of the car window and shouted "we'll come back and kill your kids and burn you out". He took it seriously, kids now sleeping at their gran's. Nobody touched. Strangers, travelled from out of county probably.
violence_without_injury|MS|Rural crime unit + GLAA. Anonymous call re {farm}: {n} Romanian men doing potato grading, living in 2 caravans, told their wages go on "the debt" for travel and rent, can't leave until it's paid, boss drives them everywhere. No injuries reported. Forced labour indicators. NRM to follow.
violence_without_injury||{M} ({old}) grabbed by the arm in the post office queue in {V} by a younger man who thought he'd pushed in. No marks, no injury, shaken. Man left before police came. Strangers.
violence_without_injury|DA|DA. {F} ({ad}) says husband {M} pushed her into the wardrobe door during argument {date}. "No injuries, it didn't leave a mark this time". DASH standard. Two kids in house asleep. Wants info on her options, not ready to leave.
violence_without_injury||Rural unit welfare visit with CSC to a static caravan on {farm} land. Two children (ages {kid} and younger) found alone, no food, no heating, mum's partner working away and mum not seen for 3 days. Child neglect. Police protection powers used. No adult victim.
violence_without_injury|DA;KN|{F} ({ad}) - partner {M} held a kitchen knife to her throat {date} and said "I'll do you if you ever leave". No cuts. She escaped to a neighbour's. DASH high, MARAC, DVPN being considered.
violence_without_injury|DA|{F} ({ad}) had a phone call from her ex {M} {date} ~{time}: "next time I see you I'm going to stab you". She split from him 3 yrs ago, he lives 40 miles away. No weapon seen. She believes it. DA ex partner, DASH medium.
violence_without_injury||{agency} quality visit. Carer seen grabbing {F}'s ({old}) wrist to stop her pulling at her pad. No marks found on check by senior, {F} has dementia and couldn't say. Common assault considered, PiP review, retraining. Not DA.
violence_without_injury||{M} ({old}) was spat at by a cyclist on the lane outside {V} {date} after he didn't pull his car in quick enough. Spittle on face and jumper, no injury. Cyclist in orange top, N/K.
violence_without_injury|HC|{F} ({ad}), wears a hijab, queuing at {T} market {date}. Woman behind her pulled at the scarf and said "take that terrorist rag off". No injury. Religious hate crime. Witness stall holder.
violence_without_injury||School called police: {M2}, a "family friend" with no PR, collected a {kid} y/o from school {date} saying mum had sent him. Mum had not. Child found safe at his flat in {T} same evening, unharmed. Child abduction. No DA - S not a relative or partner of mum.
violence_without_injury|DA|Carers report {F} ({old}) says her daughter "shook me like a rag doll" when she wet the bed. Daughter is live-in family carer, exhausted. No bruising found. S42, carer's assessment offered, respite discussed. {F} has capacity, wants to stay at home.
violence_without_injury||PCSO {F} was shoved by a drunk spectator at the {V} ploughing match {date} when she asked him to move his car. No injury. Assault on emergency worker. Male arrested.
violence_without_injury|DA;HB|{F} (22) reports her brother {M} told her on {date} "if you don't marry him I will kill you myself, you will not shame us". The family have arranged a marriage for next summer which she does not want. Forced marriage unit informed. DA + honour.
violence_without_injury|MS|Employer brought {F} over from abroad as a "housekeeper" for a large house near {V}. Works 6am-midnight, no days off, passport locked in the study, paid nothing, not allowed out alone. No injuries. She is not related to the family. Domestic servitude, NRM.
violence_without_injury|DA;MS|{F} ({ad}) was brought to the UK by her uncle aged 18 "to study". In fact kept at his house as unpaid servant for the whole family, not allowed out, no wages, ID kept by him. Uncle and aunt both involved. Family + servitude.
violence_without_injury||Neighbour at {road} came to the fence with a shotgun broken over his arm and told {M} ({old}) "next time your dog's in my garden I'll blow your head off". Gun not pointed. Neighbour holds a certificate, police reviewing. No relationship between them.
violence_without_injury||{M} ({ad}) threatened by his ex-wife's new partner {M2} outside the school gates {date}: "come near her again and I'll kill you". No contact. V and S never in a relationship, not family - not DA on these facts.
violence_without_injury||{home}: resident {M} pushed resident {F} away from the TV, she didn't fall, no injury seen. Both have dementia, no relation. Logged for oversight, family informed, no further police action expected.
violence_without_injury|DA|{M} ({old}) - grandson (19) put him in a headlock "messing about" in front of his mates, wouldn't let go, grandad frightened. No injury. Grandson lives with him and uses his car. Section 42, grandad "doesn't want a fuss".
violence_without_injury||{M} ({ad}), farmer at {farm}. Dog off lead was chasing his in-lamb ewes, 2 aborted since. When he confronted the walker the man pushed him hard in the chest, no injuries. Walker gave false name. Sheep worrying + push.
violence_without_injury||CSC referral: farmhouse near {V2}, children aged {kid} and 4 left alone over a weekend while parents at a festival. Neighbour found them eating dry cereal. No injuries. Neglect.
violence_without_injury|DA|{M} {S} ({old}). Son ({ad}) moved back in after losing his job. {date} son raised his fists and said "I'll kill you, you old b*****d" when asked to contribute to the gas bill. No contact made. Father believes he will do it one day. DASH medium.
violence_without_injury||Doorstep crime. Driveway firm re-laid {M}'s ({old}) drive, charged {amt}, work worthless. When he said he'd not pay the balance the lead man said "I know where you live, you'll be dead by Friday". No violence. Fraud + threats - {M} very frightened, alone since wife died.
violence_without_injury|KN|Rogue trader at {road} {date}. After {F} ({old}) refused to pay a further {amt2} for "extra lead flashing" he took a knife from his belt and waved it at her and said "you'll pay". No injury. She paid nothing further, neighbour intervened.
violence_without_injury|DA|{F} ({ad}) and her ex {F2} (same sex couple, split last spring). {F2} came to the house {date} and pushed past her into the hallway, shoving her against the wall. No injuries. DASH medium. V says "people don't believe women do this to each other".
violence_without_injury||Ambulance crew attending {farm} {date}: patient's friend spat in the face of the paramedic. No injury. Emergency worker assault. Patient and friend both drunk after a shoot dinner.
violence_without_injury|MS|Boy aged 15 from {T} found in a flat in {V} being used to deal class A. Says older males brought him there, he "owes" them, phone taken, not allowed to leave. No injuries. CCE, NRM made. Drugs seized. Child criminal exploitation = trafficking.
violence_without_injury|DA|IDVA referral. {F} ({ad}): husband checks her phone, decides who she sees, takes her wages, won't let her drive. Last night he grabbed her face and squeezed while shouting - no marks. She says "I'm not allowed to be a person". DASH high. CCB + common assault.
violence_without_injury||Sacked stockman rang {farm} office {date} and told the owner "I'll come back and kill you and your family". Plain phone call, no weapon mentioned. Owner believes it, CCTV being fitted. Not related.
violence_without_injury|DA|Doorstep team visit. {F} ({old}) says her brother-in-law (late husband's brother) who helps with the farm accounts shoved her against the Aga when she asked to see the books. No injury. She's frightened of him, he has access to her accounts. S42, police informed.
violence_without_injury|DA|{M} ({ad}) - wife {F} threw a pint of water and then the glass (missed) at him in the kitchen {date}. No injuries. He says "blokes can't report this stuff can they". DASH standard. Offered male victims' service.
violence_without_injury||{M} ({ad}) hit a sheep on the moor road, stopped to check. Farmer arrived, dragged him out of the car by his collar, shouting. No injury, no damage. Driver reporting assault. Sheep dead.
violence_without_injury|DA;KN|{F} ({old}) told DN her daughter waved the bread knife at her on {date} and said "I'll end you one of these days". No injury. Daughter ({ad}) lives with her, mental health issues, not engaging with CMHT. S42.
violence_without_injury||{V} bowls club. {M2} raised his walking stick at {M} ({old}) as if to hit him and grabbed his lapel during a dispute about the rota. No injury. They've known each other 30 years, no relation. {M} wants it "on record".
violence_without_injury|MS|{M} ({ad}), learning disability, was "taken in" by a couple on a smallholding near {V2}. Works every day with the pigs unpaid, sleeps in a shed, phone taken off him, not allowed to see his support worker. No injuries. He is not related to them. Adult at risk, S42 + NRM.
violence_without_injury||{M} ({ad}) threatened with a claw hammer raised over his head by a stranger at the petrol station in {V} {date}, no blow landed. Man said "I'll cave your head in". Assault, no injury.
violence_without_injury|DA|{F} ({ad}) pushed out of the car by her boyfriend {M} on the A-road near {V} and left there at night {date}. She says she has no injuries but lost a shoe. Together 18 months. DASH medium.
violence_without_injury||{F} ({old}), no DA, no family involved. Her gardener (self employed, N/K surname) shook her by the shoulders when she said the hedge wasn't done properly. No injury. Adult at risk (sight impaired).
""")
_add(r"""
stalking_harassment|DA|{F} {S} ({old}). Husband of 52 yrs has always "managed" the money; now won't let her have her own bank card, checks receipts, rations her to {amt} a week for food, stopped her going to chapel and seeing her sister. She says "I thought this was just what marriage was". No violence disclosed. CCB, DASH medium. Age UK also supporting.
stalking_harassment|DA;ON|{F} ({ad}). Ex-partner {M} (split {date}) keeps making new Instagram accounts to message her after each block, also tagged her workplace in posts calling her a liar. Tracked her car? - found an AirTag under the bumper {date2}. Stalking. DASH high.
stalking_harassment||Farmer's wife {F} at {farm} getting letters through the door from a walker who was told to keep his dog on a lead - "I know your routine", "nice kids". {n} letters so far. He is not known to family beyond that one encounter. Harassment / poss stalking. No DA.
stalking_harassment|DA|Son-in-law has taken over {M}'s ({old}) finances since {M}'s stroke, controls who visits, has changed the locks and keeps the only key, tells carers {M} "doesn't want to see" his other children. {M} has capacity (MCA done) and says he feels a prisoner in his own home. Family member by marriage - CCB. S42.
stalking_harassment|ON|Malicious comms. Someone set up a Facebook page called "{V} Watch" posting photos of {M} {S}'s ({ad}) house saying he's a nonce. Totally false per V. He's had eggs at the window. Author N/K. No relationship to anyone he knows of.
stalking_harassment|DA|{F} ({ad}) split with {M} nearly 10 years ago. Since {date} he's been parking outside her work in {T} most days and turned up at her mum's funeral. Sends texts (SMS) from new numbers. "I thought it was over, he got married, I thought I was safe". Stalking, DASH high.
stalking_harassment||Stranger has been following {F} ({old}) home from the {V} shop for 3 weeks, standing at the end of her path, knocked twice at night. She has dementia (mild), neighbour noticed. No idea who he is. Stalking concerns, adult at risk. Not DA.
stalking_harassment|DA;ON|{M} ({ad}) - wife tracks him via Life360 app, reads his WhatsApps every night, posts about him in a mums' Facebook group saying he's useless, stops him seeing his mates. He says "if I go out she threatens to ring my boss". CCB, male victim.
stalking_harassment||Cold caller from a "home improvements" firm has rung {F} ({old}) {nn} times this month on the landline, sometimes 10pm, saying she signed a contract (she didn't). Calls aggressive, "we'll send the bailiffs". Harassment. No money paid yet. Plain phone calls only.
stalking_harassment|ON|{F} ({ad}), carer at {agency}, is getting messages on Snapchat from a client's grandson saying he knows where she parks, sending pictures of her car. She has never had any relationship with him. Harassment, not DA.
stalking_harassment|DA|Daughter {F2} ({ad}) has been ringing {F} ({old}) 40-50 times a day since {F} stopped lending her money, turning up shouting through the letterbox. {F} now won't answer the door to anyone, missing carers. Family - DA. S42.
stalking_harassment||{M} ({old}), retired farmer. Neighbours' son (about 20) keeps driving past slowly at night revving engine and shining lights in the windows after {M} reported him for off-roading. {n} incidents since {date}. Harassment. Neighbours not related.
stalking_harassment|DA|{F} ({ad}) - lives with partner on a remote farm. He has taken her car keys, removed the landline, only he goes to town, she isn't allowed to speak to the vet or the feed rep. "I've not spoken to anyone else for a month until the vet's girl rang you". CCB, rural isolation, DASH high, MARAC.
stalking_harassment|ON|Former tenant of {farm} cottage (evicted {date}) has been emailing and posting 1-star Google reviews and TripAdvisor posts about the farm B&B every day since being evicted, plus emailing the owners' grown up kids. Harassment. No family connection.
stalking_harassment|DA|{M} ({ad}) - his ex-boyfriend {M2} (they split 2 years ago) keeps turning up at the gym and the pub, left flowers on his car with a note "you'll always be mine". Also told his family he's HIV+ which isn't true. Stalking, DASH medium.
stalking_harassment||{F} ({ad}), works at the {V} surgery. A patient keeps waiting in the car park at closing, has written her 6 letters, found her home address. She has never met him outside work. Stalking. Nil DA.
stalking_harassment|DA;HB|{F} ({ad}). Her family have confiscated her phone and passport, her brothers escort her everywhere, she is not allowed to work since she refused a rishta from cousin. Father said she has "dishonoured" them. No violence yet. CCB/honour based abuse. FMU aware.
stalking_harassment|ON|Someone has been messaging {F} ({old}) on Facebook Messenger claiming to be her late husband's "friend", sending dozens of messages a day, some sexual, some saying "I'm watching your house". No money asked. Harassment / malicious comms, N/K.
stalking_harassment||Hunt saboteurs v farmer: {M} {S} ({farm}) says a group keeps filming him on his own land, following his Land Rover on the public road and turning up at his kids' school. {date} they blocked his lane for 40 mins. Harassment. Strangers.
stalking_harassment|DA|Economic abuse. {F} ({ad}) - husband took out two loans in her name, has her wages paid into his account, she has to show him receipts. If she buys "wrong" food he bins it. No physical violence. "It's like being a teenager again". CCB, DASH medium.
stalking_harassment|DA;ON|Adult at risk {M} ({ad}), learning disability. His brother controls his PIP money, posts videos of him on TikTok to mock him, threatens to have him "put in a home" if he tells anyone. Lives with brother. CCB + online. S42.
stalking_harassment||{F} ({old}) lives in sheltered housing in {T}. Fellow resident {M} keeps knocking on her door at night, leaving notes, sitting outside her flat. She's asked him to stop. They're not partners, he "wants to be". Harassment, warden aware.
stalking_harassment|DA|{F} ({ad}) divorced {M} in 2012. He moved back to {V} this year and has driven past her house daily, rung her mother and her new husband's workplace. She had a MARAC in 2011. "It's starting again". Stalking, DASH high.
stalking_harassment||{M} ({ad}) getting anonymous letters through the door - {n} since {date}, "we're watching you", "you'll pay for the hedge". V is of Asian heritage and first wondered if it was racist but says nothing in them mentions race and he thinks it's the neighbour he fell out with over the hedge. Harassment, no hate element disclosed.
stalking_harassment|ON|{F} ({ad}), vet at the {T} practice, put down a client's dog. Client has since posted her photo on Facebook calling her a murderer, sent her {n} emails, and messaged her personal WhatsApp. She feels unsafe at rural visits. Harassment.
stalking_harassment|DA|{F} ({old}) is carer for her husband who had a stroke. Her adult son comes over daily and "inspects" her - checks her spending, tells her what to wear, won't let her see her friends because "they're after Dad's money". She cries on the phone. CCB, family.
stalking_harassment||Anonymous, repeated silent calls to {farm} landline {nn} times since {date}, mostly at night. Plain phone calls, number withheld. Farmer's wife ({ad}) very anxious. Harassment. No suspects, no DA.
stalking_harassment|DA|{F} ({ad}) and {F2} were together 6 yrs, split in {date}. {F2} keeps sending cards and letters to her new address, turns up where she walks the dog on the moor. {F} says "I moved out here so she couldn't find me". Stalking, DASH high.
stalking_harassment|ON|Sextortion? - no, V says nobody has asked for money. {M} ({old}) is getting abusive emails and Facebook messages from a woman he met on a dating site and then blocked - {nn} messages calling him a "pervert" and saying she'll tell his church. Harassment.
stalking_harassment||{F} ({ad}), employee of {agency}, is being followed between visits by a man in a grey van. Happened {n} times. Not an ex, not known to her, she's single. Manager referred. Stalking.
stalking_harassment|DA|Doorstep team. {F} ({old}) says her granddaughter ({ad}) "minds" her pension card, rings her bank pretending to be her, has told the GP surgery not to speak to her without her. {F} not allowed to answer the phone. MCA - {F} has capacity. CCB, S42.
stalking_harassment||Fishing club bailiff {M} ({old}) keeps getting abuse from the same two anglers he reported for fishing without a licence - shouting at him at the lake, waiting by his car, letters. No threats to kill. Harassment. Nil relationship.
stalking_harassment|DA;ON|{F} ({ad}) - her husband posts on the family WhatsApp group that she's mentally ill and an unfit mother, has logged into her email, and controls the family account. Not physical. She's now isolated from her in-laws. CCB, online.
stalking_harassment||{M} ({ad}) is being sent daily SMS texts from an unknown mobile saying he owes money and "we know where your kids go to school". Texts only. No relationship known. Harassment, no DA, no online element (SMS only).
stalking_harassment|DA|{M} ({old}). His ex-wife left him in the 1990s after 20 yrs of marriage. She has recently started writing to him again demanding he sell the farm and "give her what she's owed", rang his new partner {nn} times, turned up at the mart. Stalking, ex-spouse, DASH medium.
stalking_harassment|ON|Anonymous account on X keeps posting the address of the {home} care home and naming a nurse as "abusing residents" - allegation investigated, unfounded. Nurse ({ad}) getting threats on Facebook. Harassment/malicious comms. Not DA.
stalking_harassment|DA|{F} ({ad}), seasonal worker on {farm}. Her partner (also a worker there, they came together) keeps her wages card and her phone, stops her speaking to the other workers, follows her to the toilet block. She is free to leave the farm, paid properly, no debt. CCB. Not MS on what's disclosed.
stalking_harassment||{F} ({ad}) - man from {V} who she went on one date with 2 years ago (no relationship, just a coffee) keeps appearing where she is, sent flowers to work. She says "we were never anything". Stalking. Not DA (never an intimate relationship).
stalking_harassment|DA|{M} ({ad}) - his mum ({old}) rings him at work {nn} times a day, turns up at his house, has told his employer he's an alcoholic after he stopped giving her money. He has asked her to stop many times. Harassment, family member.
stalking_harassment|ON|{F} ({ad}) reports her ex's new partner has been messaging her on Facebook and Instagram calling her names and telling her to stay away from "her man". V and S have never been partners or family. Harassment, no DA.
""")
_add(r"""
sexual_offences|DA|S42. {F} {S} ({old}), moderate Alzheimer's, lives with husband {M} ({old2}). Day centre staff found bruising to inner thighs and she said "he makes me, every night, I tell him no". MCA: lacks capacity to consent to sexual activity per psychiatrist. Police + SARC. Husband says "she's my wife".
sexual_offences||{agency} care worker (male, {ad}) alleged to have touched {F}'s ({old}) breasts during personal care on {date} and said "you like that don't you". {F} told her daughter. PiP process, worker suspended. Sexual assault. Not DA - paid carer.
sexual_offences||{home}: resident {M} (dementia) found in {F}'s room with his hand under her nightdress {date} ~{time}. {F} ({old}) distressed, lacks capacity. Neither related. Police aware, both care plans reviewed, 1:1 obs for {M}.
sexual_offences|CS|{M} ({old}) disclosed to his counsellor that his uncle sexually abused him from age 8 to 12 on the family farm in the 1960s. Uncle deceased. Wants it recorded and wants to know if anyone else reported. Non-recent CSA. (DA not applicable - V was a child at the time.)
sexual_offences|DA;CS|School nurse referral. {F} (16) says her boyfriend (17), together 10 months, forced her to have sex at his house on {date} after she said no several times. Both 16+ so DA applies; she is under 18 so CSA flag. SARC booked.
sexual_offences|CS;ON|{F}'s granddaughter ({kid}) has been chatting on Roblox and then Snapchat with "a 15 yr old boy" who asked for pictures of her in her underwear. She sent two. Gran ({old}) found them on the iPad. Online grooming. CEOP report made.
sexual_offences||Farmer {M} {S} reports a man exposing himself to walkers at the stile on the footpath across {farm}, {n} reports from dog walkers this month incl his own wife ({ad}) on {date}. Male in 50s, green wax jacket. Exposure.
sexual_offences||Voyeurism. Female seasonal workers at {farm} found a phone hidden in the shower block recording on {date}. Phone belongs to a male co-worker ({ad}). {n} women identified on it. All adults. Workers here voluntarily and paid. Not MS.
sexual_offences|MS|Massage parlour above a shop in {T}: {n} women found living on site, no access to own passports, say a man brought them from abroad and they must "work off" a debt by seeing men. One aged about 20. Trafficking for sexual exploitation. NRM.
sexual_offences||{F} ({ad}) sexually assaulted on the last bus from {T} to {V} {date} ~{time} - male sat next to her and put his hand between her legs. Stranger. Driver has been spoken to, CCTV on bus.
sexual_offences|KN|{F} ({ad}) walking home along the canal path {date} ~{time}. Male stranger grabbed her, held a knife to her side and raped her in the bushes. SARC. Forensic strategy. V has asked for a female officer and ISVA.
sexual_offences|DA|{F} ({ad}) has a learning disability and lives with her mum and stepfather. Disclosed to day service that her stepdad "does sex things" to her when mum's at work. Capacity to consent to be assessed. S42 + police strategy. Stepfather = family member.
sexual_offences||Taxi (council contracted) taking {F} ({ad}, learning disability) to her day centre {date}. Driver stopped in a lay-by and touched her breasts and kissed her. She told her keyworker. Driver not known to her. Sexual assault. Adult at risk.
sexual_offences|DA|{F} ({old}) told her GP that her late husband raped her repeatedly throughout their 40-year marriage. He died in {date}. She says she has "never told a soul". Wants counselling. Non-recent DA rape.
sexual_offences|CS|{F} (14) is in a "relationship" with {M} (19) who she met at the {V} skate park. Mum found messages, they've had sex several times. Not DA - she's under 16. CSE concerns, he's been giving her vapes and lifts. Strategy meeting.
sexual_offences||{F} ({ad}), sexually assaulted by a stranger at the {T} music festival {date}, groped in the crowd. Note her mother (also calling in) is a survivor of childhood abuse herself - not connected, historical, mother's own history only. V is adult.
sexual_offences|DA|{F} ({ad}) reports her brother-in-law (sister's husband) grabbed her breasts and tried to kiss her at a family party at {farm} {date}. "He's family, everyone will say I'm making a fuss". Sexual assault, family.
sexual_offences|CS;ON|Adult at risk {M} ({ad}) (autism) found to have been sending sexual images to a girl he thought was 18; police say she is 13 and he has been asking her to meet. He has been arrested. Child V - CSA + online. S42 re {M}'s own support needs as well.
sexual_offences||{F} ({ad}) was raped by a man she'd met that evening at a wedding reception at {farm}. Not previously known, no relationship. SARC attended, ISVA referral.
sexual_offences|DA|{M} ({ad}) says his husband {M2} forces sex on him when drunk, even when he says no. Together 12 yrs, married 4. "I didn't think it counted between men". DASH high, ISVA and MARAC.
sexual_offences|CS|Non-recent: {F} ({ad}) now says the farm manager where she worked from age 15 abused her in the tack room for 2 years. Manager still working in the area. Under 18 at the time. Police + LADO notified.
sexual_offences|CS|Sexual abuse of a {kid} yr old by his grandmother's lodger in {V}. Disclosed at school {date}. Lodger not related to anyone. Strategy, CSC lead, gran is adult at risk herself (dementia).
sexual_offences||{F} ({old}) in {home}: says a "man in a uniform" came into her room at night and touched her. Care home reviewed CCTV: a male agency nurse entered at {time} and stayed 20 minutes with no clinical reason. PiP. Sexual assault. Police.
sexual_offences|ON|{F} ({ad}), ex-partner? - V says no, she never dated him. Man from her church took intimate photos from her iCloud (hacked) and posted them on a porn website. Image based sexual abuse. Not DA, not partner.
sexual_offences|DA;ON|{F} ({ad}) - ex-partner {M} shared intimate videos of her to his mates on WhatsApp after she ended it. Split {date}. Also threatens to put them on Facebook. DASH medium.
sexual_offences|CS;MS|CSE strategy: {F} (15) from the children's home in {T} found in a flat with older men, drugs and alcohol, says she "has to" go with men to pay off what she owes. Trafficked between {T} and {V}. NRM + CSE.
sexual_offences||Upskirting: {F} ({ad}) at the {V} agricultural show {date}, man filmed up her skirt on the stand steps, another woman saw it. Phone seized. Stranger.
sexual_offences|DA|{F} ({old}). Her son ({ad}), who has lived with her since his divorce, has been coming into her bedroom at night and touching her. She is very ashamed. Capacity intact. S42 + police. Family.
sexual_offences||Support worker at supported living in {T} raped a resident {F} ({ad}, learning disability). Disclosed to her sister. Worker employed by provider. Not DA. PiP + police + S42.
sexual_offences|CS|{M} (16) told his football coach on {date} that a man he met at the farm where he does weekend work, aged about 40, has been touching him in the lambing shed. Not family, not a relationship. CSA flag - V under 18.
sexual_offences|KN;DA|{F} ({ad}) - her partner raped her holding a knife to her neck on {date}, said he'd kill her if she screamed. DASH high, MARAC, SARC.
sexual_offences||{M} ({ad}), farm worker, sexually assaulted by a female co-worker in the packing shed {date} - she grabbed his groin repeatedly despite him saying stop. Not partners. He wants it dealt with through work and police.
sexual_offences|CS;ON|Mum ({F}) rang re her son ({kid}). Man on Xbox Live and then Discord got him to perform sex acts on webcam, threatened to send the videos to his school. Online CSA / sextortion. CEOP.
sexual_offences||{F} ({ad}), woman with acquired brain injury after an RTC, disclosed to OT that a "friend of a friend" who gives her lifts had sex with her when she was drunk and couldn't stop it. Not a partner. Adult at risk, capacity issues. SARC.
sexual_offences|DA|Older couple, {V}. {F} ({old}) says her partner of 15 years (not married) has been forcing her into sex since her stroke and says "it's my right". Not previously disclosed. S42, DASH high.
""")
_add(r"""
homicide||Bereaved family referral. {F} {S} ({ad}), her son {M} (24) died after being stabbed outside a takeaway in {T} on {date}. Murder investigation, suspect charged - no relation to family, they had never met. FLO in place. Mum wants help with the inquest process and travel to court.
homicide|DA|Homicide - DA. {F} ({old}) killed at home in {V} on {date}; her grandson ({ad}) who lived with her has been charged with murder. Referral for her surviving daughter {F2} who found her. DHR will be commissioned. Adult safeguarding had an open S42 re financial abuse by grandson.
homicide||{M} {S} ({ad}), farmer at {farm}, shot dead by a poacher on his land on {date}. Referral for his widow {F} and two adult children. Offender unknown to family. FLO attending.
homicide||One punch. {M} ({ad}) hit once outside the {V} Arms {date}, fell and hit his head on the kerb, died in hospital 3 days later. Manslaughter charge. Referral for his father ({old}) who is his next of kin and has early dementia - needs advocate.
homicide|DA|{M} ({old}) killed his wife of 58 years, who had advanced dementia, then tried to take his own life. He is in hospital under police guard. Referral for their son. Family say "he was exhausted, he'd asked for help". Homicide in DA context, DHR likely.
homicide||Infant death in {V} - mother charged with infanticide, baby 8 weeks old. Referral for the baby's maternal grandmother ({old}) who is main carer for the older sibling. Postnatal psychosis. (Victim a baby, so no DA flag between adults here.)
homicide|HC|{M} ({ad}) with a learning disability was found dead in his flat in {T} {date}. Three "friends" who had been using his flat and taking his benefits charged with murder. Police treating it as a disability hate crime - months of mocking him as "the retard" on video. Referral for his mum.
homicide|DA|{M2} ({ad}) referred for bereavement support - his sister {F} was murdered by her ex-partner on {date}, 3 months after she left him. Ex charged. Sister had been at MARAC twice. DHR to follow.
homicide||Referral for {F} ({ad}), whose son (21) was killed on {date} by a man who turned out to be her son's girlfriend's former partner. The son had no relationship with the attacker. Murder charge. V's family were not connected to that relationship before.
homicide|DA|{F} ({ad}) was deliberately run down and killed by her estranged husband on the lane outside {farm} on {date}; witnesses say he accelerated at her. Charged with murder, not a driving offence. Referral for her parents ({old}, {old2}).
death_injury_driving||RTC {date}, B-road near {V}. Tractor and trailer pulled out of a field gateway into path of cyclist {M} ({ad}), who died at scene. Tractor driver charged with causing death by careless driving. Referral for cyclist's partner.
death_injury_driving||{F} ({old}) hit on the zebra crossing in {V} by a driver later found to be over the limit. Multiple fractures, life changing injuries. Driver charged with causing serious injury by dangerous driving. Refer to older people's team - she lives alone, will need care package.
death_injury_driving||Hit and run on the moor road {date} ~{time}: dog walker {M} ({old}) struck and killed, driver failed to stop. Car found burnt out later in {V2} - owner arrested for causing death by dangerous driving. Referral for widow.
death_injury_driving||Two cars racing through {V} {date}; one lost control and hit farm worker {M} ({ad}) walking home. He died in hospital. Driver (19) charged with causing death by dangerous driving. Referral for his mum in Poland via her sister here.
death_injury_driving||{F} ({ad}) seriously injured when a van driver on his phone ran into the back of her at the lights in {T}. Spinal injury. Driver charged causing serious injury by careless driving? - CPS considering dangerous. V wants updates by email only.
death_injury_driving||Unlicensed and uninsured driver killed {F} {S} ({old}) on the pavement outside the {V} post office {date}. Charged with causing death by unlicensed/uninsured driving and dangerous driving. Bereaved husband {M} ({old2}) is housebound, referral via his GP.
robbery||{M} ({old}) pushed over outside the {bank} in {T} {date} ~{time}, man took his wallet from his jacket while he was on the ground. Grazed hands, bruised hip. {amt} in cash taken. Robbery. Offender youth in black hoodie.
robbery||Doorstep crime. Male knocked at {road} claiming to be from the water board, {F} ({old}) said no, he forced the door, pushed her against the wall and took her handbag with {amt} in and her bank cards. She's bruised on her arm. Robbery in dwelling, adult at risk.
robbery|DA|{F} ({old}) - her grandson ({ad}) twisted her arm behind her back until she let go of the envelope with her pension money in it, {date}. Took the lot. Bruised wrist. Lives with her. "I'd have given it him if he'd asked nicely". S42 + police.
robbery|KN|Farmer {M} ({ad}) checking stock in the top field when two men came over the wall, one held a knife to him and made him hand over the keys to his quad bike. They rode it off across the fields towards {V}. No injury. Robbery at knifepoint.
robbery||{F} ({old}) walking back from the {V} shop {date}. Youth grabbed her handbag, she held on and was dragged along the pavement and let go. Cuts to her knees and elbows. Bag contained {amt}. Robbery (force used).
robbery||Two lads aged about 16 threatened a 14 y/o from {V} at the bus shelter {date} ~{time} "give us your phone or we'll batter you". He handed over his iPhone. No injuries. Robbery of personal property.
robbery||Farm shop at {farm}: man came in at closing, said he had a gun in his pocket (none seen) and demanded the till takings. Assistant handed over approx {amt}. Business robbery. Staff shaken but not hurt.
robbery||{M} ({old}) followed from the cashpoint in {T} and punched in the face in the car park, assailant took the {amt} he had just withdrawn. Black eye. Robbery, stranger.
robbery|DA|Son-in-law came to {F}'s ({old}) bungalow, demanded her purse, when she refused he knocked her down and took it. Cut to forehead. He is married to her only daughter. Robbery + DA. S42.
robbery|KN|{F} ({old}) in the post office queue in {V} when a man pulled out a blade and told her to give him her pension money. She handed over {amt}. No injury. Robbery, knife seen.
robbery||Courier fraud that turned to force: {F} ({old}) had been told by "police" on the phone to withdraw {amt} and hand it to a courier. When the courier arrived she'd changed her mind and he wrenched the envelope out of her hands, pushing her into the door frame. Robbery.
robbery||{M} ({ad}), visually impaired, had his phone and wallet taken on {road}, {T} by a male who grabbed his arm and threatened to "smash his face in". Robbery. (Note: V asked if it was targeted; nothing said about his disability, no hostility disclosed.)
burglary||Rural crime unit. Workshop at {farm} broken into overnight {date}, padlock cut off. Taken: chainsaws x{n}, strimmer, welder, socket sets - approx {amt}. Tracks from a van in the mud. Farmer {M} ({ad}) "third time in two years".
burglary||{farm}: quad bike (Honda, red) stolen from a locked shed overnight {date}, shed door forced. Farmer says "without it I can't check the sheep". No tracker. Burglary non dwelling.
burglary||Distraction burglary. Man said he was from the water company and needed to check the kitchen tap. While {F} ({old}) ran the tap his accomplice went upstairs and took {amt} cash from her bedroom drawer and her late husband's medals. S42 - she has mild cognitive impairment.
burglary||{M} ({old}) woke to find his back door open and cash tin gone from the kitchen - approx {amt}. Lives alone at {road}. No injuries, slept through. Burglary dwelling. Fearful now, Age UK visit requested.
burglary|KN|Aggravated burglary. {M} ({old}) came downstairs at {time} to find a man in his living room who held up a knife at him and then ran out through the back door empty-handed. Nothing taken, V terrified. Knife seen.
burglary|DA|{F} ({old}) - her son ({ad}) who is barred from her house after previous thefts broke the kitchen window and got in while she was at day centre, took her jewellery box. Neighbour saw him. Burglary, DA (son). S42.
burglary|DA|{F} ({ad}) - ex-partner {M} got into her house through an unlocked window while she was at work {date} and took her laptop, her passport and the kids' birth certificates. Split in {date2}. DASH medium.
burglary||Tack room at the livery yard near {V} broken into, {n} saddles and bridles taken, value {amt}. Yard owner says "they knew exactly what they were after". Burglary.
burglary||St Michael's church, {V}: vestry door forced overnight, silver candlesticks and collection box taken. Churchwarden {M} ({old}) reporting. Burglary (community).
burglary||Allotment sheds at {V} - {n} sheds forced, tools and a petrol mower taken. Allotment secretary reporting on behalf of tenants. Burglary non-dwelling.
burglary||{farm}: GPS screens and domes taken from 2 tractors parked inside the locked machinery shed, doors forced. Value {amt}. Tractors inside a building so recording as burglary.
burglary||{M} {S} found pry marks on the farmhouse back door and a smashed glass panel {date}; couldn't get the lock. Nothing taken. Attempt burglary dwelling. He and wife {F} both {old}.
burglary||Bogus official. {F} ({old}) let in a woman claiming to be from the council "checking smoke alarms". After she left {F} found her bank card missing from her purse; {amt} spent on it at {T} shops. Burglary + fraud, adult at risk.
burglary|HC|Home of {M} ({ad}), Sikh family in {V}, burgled {date}. Items taken, and "P*kis out" sprayed on the lounge wall. Racially aggravated. Family very scared, kids {kid} and younger.
burglary||{F} ({old}) home in {V} - upstairs window forced while she was in hospital, nothing obvious missing but drawers emptied onto bed. Daughter (who holds LPA) reports. Burglary, no DA concerns - daughter reporting on mum's behalf only.
burglary||Grain store at {farm} entered via a side door left unlocked, {n} bags of fertiliser and a pressure washer taken. Farmer {M} ({ad}). Burglary non-dwelling.
burglary||{M} ({old}), retired, lives alone on a smallholding. Came back from chapel to find his gun cabinet untouched but the house ransacked, cash and wife's jewellery gone. Entry via rear door. No one hurt. Burglary.
burglary||Garage attached to {F}'s ({old}) bungalow entered, her late husband's tools and a mobility scooter taken. Garage is part of the dwelling. Burglary. She has COPD, relies on the scooter for shopping.
burglary||Community hall in {V2} broken into over the weekend of {date}, fundraising tin and a laptop gone, graffiti on inside wall. Caretaker reporting. Burglary with damage.
burglary||Burglary at {farm} holiday let (cottage, currently empty between guests). Door kicked in, TV and coffee machine taken. Owner {F} ({ad}).
burglary|DA|{M} ({old}) says his brother, who he hasn't spoken to in years after a family fall-out, got into the farmhouse while he was at mart, forced the bureau and took the deeds and {amt}. "He's always thought half of it's his". Burglary, family.
burglary||Stables at {farm} broken into {date}, horse clippers and rugs taken. Second yard in {V} hit the same night. Owner {F2}.
burglary||Polytunnels and the packing shed at {farm} - shed forced, {n} strimmers and irrigation pumps taken. {M} {S}: "it's like a shopping trip for them".
""")
_add(r"""
vehicle_offences||{farm}: {veh} stolen from the open yard overnight {date}. Asked if keys were left in it, farmer says "probably, yes, they usually are". No buildings entered. Tracker not fitted. Value {amt}.
vehicle_offences||Quad bike taken from the field at {farm} where {M} had left it by the feeder overnight - not in any building. Blue Yamaha, no tracker. Theft of motor vehicle. He's gutted, "it's the second one".
vehicle_offences||{F} ({old}) - catalytic converter cut off her Honda Jazz on her driveway at {road} overnight {date}. Neighbour heard sawing at {time}. Theft from MV.
vehicle_offences||Builder's van parked on the lane by {farm}, rear doors jemmied, power tools taken, value approx {amt}. Owner {M2}, doing a job on the barn conversion. Theft from vehicle.
vehicle_offences||Pick-up taken from outside the farmhouse {date} by local teenagers, driven round the lanes and crashed into a dry stone wall at {V}. Vehicle written off. Aggravated vehicle taking. Nobody hurt.
vehicle_offences||Doorbell cam shows a male trying car door handles along {road}, {V}, at {time} {date}. No cars entered. Interfering with motor vehicles. Residents' WhatsApp sharing the clip.
vehicle_offences|DA|{F} ({old}) says her son ({ad}) has taken her car without asking three times this month and this time hasn't brought it back, 4 days. She didn't give permission, she needs it for hospital visits. TWOC, family - DA. She doesn't want him prosecuted, wants the car back.
vehicle_offences||Red diesel siphoned from the tanks of {n} tractors left in the field at {farm} overnight. Approx {nn}0 litres. Tractors in the open, not in a building. Theft from motor vehicles.
vehicle_offences||Horsebox (7.5t lorry) stolen from the yard at the livery near {V} {date}. Value {amt}. Owner {F2} ({ad}). Theft of motor vehicle.
vehicle_offences||Carer from {agency} parked outside client's house in {V2}, car window smashed and her handbag and work phone taken from the passenger seat. Theft from vehicle. Carer ({ad}) shaken.
vehicle_offences||Tractor (John Deere) stolen from a field at {farm} {date}; tracked by the dealer's GPS to a container port, recovered. Farmer {M} {S}. Theft of MV, organised.
vehicle_offences||Both number plates taken off {M}'s ({old}) car at the {V} village hall car park during the whist drive. Theft from MV.
theft_from_person||{F} ({old}) at {T} market {date}. Realised at the till her purse had gone from her handbag which was on her shoulder the whole time - zip open. {amt} and bus pass. Didn't feel a thing. Theft from the person.
theft_from_person||{M} ({ad}) was talking on his phone at the bus stop in {T} when a youth on foot plucked it out of his hand and ran off. No contact with him otherwise, no threats, no push. Theft from person.
theft_from_person||{F} ({old}) - woman in the supermarket asked her to read a label for her, while she did someone lifted the wallet from the handbag on her arm. {amt} gone. Distraction theft from the person.
theft_from_person||Pickpocket at the {V} agricultural show {date}: {M} ({old}) found his wallet gone from inside jacket pocket after the grand parade crowd. No force used. {amt} + cards.
theft_from_person||{M} ({old}) on the busy market day bus, his wallet was lifted from his back pocket as people squeezed past. Theft from person, no violence.
theft_from_person||Older man {M} ({old}) approached in the street by a woman who hugged him, "said she knew my wife". After she left he noticed his watch gone from his wrist. No force used. Theft from person, distraction hug.
theft_from_person||{F} ({old}), hospital inpatient at {T} general. Visitor to next bed took the purse out of the bag on {F}'s lap while she dozed. Ward CCTV. Theft from the person.
theft_from_person||{F} ({ad}), carer for her mum, had her phone slipped from her coat pocket on the train to {T} {date}. Didn't notice until she got off. No contact, no threats.
bicycle_theft||{kid} y/o's bike taken from outside the village shop in {V} {date} ~{time}, not locked. Mum reporting. Blue mountain bike.
bicycle_theft||Road bike taken from {M}'s ({ad}) front garden at {road} - was leaning on the wall, not in a shed or garage. Value {amt}. Pedal bike, no motor.
bicycle_theft||{M} ({ad}) bike stolen from the rack at {T} station, lock cut. Commutes to the dairy on it.
bicycle_theft||Carer from {agency} ({ad}) does her visits in {V} by pushbike; it was taken from outside her client's gate while she was inside. Now can't do her round. Pedal cycle theft.
bicycle_theft||Seasonal worker's pushbike (his only transport to the village) taken from the open yard at {farm} {date}. Not locked. Worker here voluntarily, paid. Theft of pedal cycle.
shoplifting||Farm shop at {farm} - man filled a cool bag with meat joints and walked out without paying, approx {amt}. CCTV. Farm shop manager {F2}. Shoplifting.
shoplifting||Garden centre near {V}, {day} afternoon: couple loaded shrubs and pots into their car boot from the display and drove off without paying. Staff got the reg. Shoplifting.
shoplifting||Pharmacy in {V} {date} - male took meal deals and razors and left, when the assistant challenged him he swore at her "f*** off you old cow" and walked out. No threats of violence. Shoplifting (+ abuse).
shoplifting||Agricultural merchants in {T}: customer put {n} packs of fencing staples and a pair of wire cutters inside his coat and left without paying. Staff know him by sight. Shoplifting.
shoplifting||{V} Co-op: {n} bottles of spirits taken from the shelf by two youths who ran out. Store manager reporting, third time this month.
shoplifting||Farm shop at {farm}, {day}: local teenager took sweets and energy drinks from the counter and ran off without paying, mum has since brought him back to apologise. Owner still wants it logged. Shoplifting.
other_theft||Bulk diesel tank at {farm} drained overnight {date}, approx {nn}00 litres. Lock on the tank cut. Tank in the yard, not in a building. Fuel theft.
other_theft||{nn} ewes taken from the hill at {farm}, tagged with his flock number. Farmer {M} {S}: "someone with a dog and a trailer knew what they were doing". Livestock theft.
other_theft||{F} ({old}) - cash going missing from her purse after visits from a particular carer from {agency}. Marked notes test by family confirmed it. Carer is paid, PiP process. Theft by a person in position of trust. Not DA.
other_theft|DA|{F} ({old}) keeps her pension cash in a biscuit tin. Her son ({ad}) who visits daily has been taking notes from it, she's short {amt} this month and can't buy her shopping. She told the doorstep team "he thinks I don't notice". S42, family.
other_theft||Livestock trailer (Ifor Williams) stolen from the yard at {farm} {date}. It's a trailer, no engine. Value {amt}. Security marking done last year.
other_theft||Heating oil siphoned from {F}'s ({old}) domestic tank in her back garden {date}. She only noticed when the boiler cut out. {nn}0 litres. Theft.
other_theft||Lead stripped from the roof of St Michael's, {V} {date}. Not entered. Churchwardens say water coming in. Theft of metal, heritage crime.
other_theft||Fuel drive-off at {V} garage {date} ~{time}, {amt} of diesel, false plates. Making off without payment.
other_theft|ON|{M} ({old}), widower, got chatting to a woman on Facebook who got him to do a video call where he undressed. Now being told to pay {amt} in gift cards or the video goes to his family and church. Sextortion/blackmail. No money paid yet.
other_theft||Post being taken from the roadside box at the end of the farm lane, {farm}, since {date}. Cheques and bank letters missing. Royal Mail aware. Theft of mail.
other_theft||{F} ({old}): rings and her late mother's brooch gone from her dressing table. Only people in the house are her carers from {agency}. She has capacity and is clear they were there last week. Theft, PiP enquiry. No family concerns.
other_theft|DA|Granddaughter ({ad}) has been helping herself to {F}'s ({old}) housekeeping money and selling her ornaments, {amt} worth estimated by the son. {F} in denial: "she's a good girl really". S42, family member.
other_theft||Logs stacked in the open-sided wood store at {road} taken, about a tonne, {date}. Tyre marks. Theft.
other_theft||{nn} round bales of haylage taken from the field at {farm}. Telehandler marks on the gateway. Farmer {M} ({ad}).
other_theft||Galvanised field gates x{n} taken off their hinges at {farm}, cattle could have got on the road. Theft.
other_theft||{F} ({ad}) - her spaniel was taken from her back garden at {road} {date}, gate left open by the thief. Dog theft. Microchipped.
other_theft||Farm worker employed at {farm} caught on camera loading bags of cattle feed into his car, selling them on. Theft by employee. Owner {M} {S}.
other_theft||Day centre in {T}: service user {F} ({old}) had {amt} taken from her handbag while it was on the back of her chair in the lunch room. Another service user seen with her purse. Theft, adult at risk.
other_theft||Phone call to {M} ({old}) at {farm}: "pay us {amt} or the cattle get poisoned". Plain phone call, no follow up yet. Blackmail. No relationship known.
other_theft||Electricity meter at the unit on {farm} has been bypassed by the tenant ({M2} {S2}), found by the DNO. Abstracting electricity.
other_theft|DA|{F} ({ad}) - her ex-partner has kept her dog and her late dad's watch since she moved out in {date} and refuses to give them back, says "come and get them if you dare". DA ex, DASH standard.
other_theft||Lodger at {road} (no relation, pays rent) took {amt} in cash from {F}'s ({old}) handbag while she was in the bath; her cards were left alone. Theft. Not DA.
other_theft||{F}'s ({old}) wheelchair taken from outside the chapel in {V} during the service. Theft.
other_theft|DA|{F} ({old}) says her daughter-in-law has been taking her jewellery and her late husband's coin collection to sell online when she visits - the son "won't believe me". S42, in-law - DA. (Selling online is after the theft, offence itself offline.)
other_theft||Solar array on {farm} land - {n} panels unbolted and taken overnight. Landowner {M}. Theft.
other_theft||Honesty box at the egg stall at the gate of {farm} forced and cash taken (approx {amt}), eggs left. Not a shop, no staff. Theft.
other_theft||Trail camera and a deer feeder taken from the wood at {farm} between {date} and {date2}. Gamekeeper reporting. Theft.
other_theft||{nn} Christmas trees cut and taken from the plantation near {V} in December. Owner {M2}. Theft.
other_theft||Cleaner (self employed, paid weekly) took {amt} from a drawer at {F}'s ({old}) bungalow, admitted it when confronted by the son. Theft, PiP type concern. No family relationship with cleaner.
other_theft||Scrap metal and old machinery parts (approx {amt}) taken from the yard at {farm}, no buildings entered. Theft of metal.
other_theft||Parcel taken from {F}'s ({old}) doorstep at {road} minutes after delivery {date}, Ring doorbell caught it. Theft.
other_theft|DA|{M} ({ad}) says his stepdad has been taking cash from the farmhouse safe - the milk money put by for his mum's care - and spending it at the bookies. Stepdad lives on the farm with mum. {M} holds LPA for mum. Theft, family.
""")
_add(r"""
fraud_computer_misuse||Courier fraud. {F} {S} ({old}) got a call from "DC Harris, Met Police fraud squad" saying her bank staff were corrupt. Told to withdraw {amt} from {bank} and hand it to a courier who'd use a password. Courier collected at {time} {date}. Landline calls only. Doorstep team visiting.
fraud_computer_misuse|ON|Romance fraud. {M} ({old}), widower, met "Linda" on Facebook 8 months ago, never met in person or on video ("camera broken"). Has sent {amt} by bank transfer for her "customs fees" and "hospital bills". Family found out when his bank blocked a payment. Still believes she's real.
fraud_computer_misuse|ON|{F} ({old}) met a man on a dating site for over 60s, "US army doctor in Syria". Moved chat to WhatsApp, asked for {amt} in iTunes vouchers then bank transfers. Total approx {amt2}. She is embarrassed, asked us not to tell her daughter. Capacity not in question.
fraud_computer_misuse||Rogue trader. Men called at {road} saying {M}'s ({old}) roof was dangerous, charged {amt} for "repairs" - independent surveyor says no work was needed and nothing was really done. Paid in cash, they drove him to the bank. Fraud by false representation. In person only.
fraud_computer_misuse|DA|{F} ({old}), in {home}. Her son holds LPA for property & finance; care fees unpaid {n} months, he's bought a new car and been on holiday using her savings. OPG referral. Fraud by abuse of position, family. S42.
fraud_computer_misuse||Paid carer from {agency} had {F}'s ({old}) bank card and PIN "for shopping" - bank statements show {amt} in cash withdrawals at {T} ATMs at times the carer was off duty. Fraud by abuse of position. Not family, no DA.
fraud_computer_misuse|ON|{F} ({old}) got a text about a missed parcel, clicked the link and entered her card details on a fake Royal Mail website. {amt} taken over 2 days. Online (fake website), not just the SMS.
fraud_computer_misuse||{M} ({old}) got an SMS from "his bank" and rang the number in the text, gave his security details to the man who answered. {amt} transferred out. Only texts and a phone call - no website, no app, no email involved.
fraud_computer_misuse|ON|Remote access scam. Caller said he was from BT, {F} ({old})'s broadband "hacked". Got her to install AnyDesk, then logged into her online banking and moved {amt}. Computer misuse + fraud.
fraud_computer_misuse|ON|Investment fraud. {M} ({ad}), dairy farmer, saw an advert on Instagram for crypto trading, signed up on their website and "invested" {amt}. Now can't withdraw and the "account manager" wants fees. Loss approx {amt2}.
fraud_computer_misuse||Safe account scam. {F} ({old}) had a call from "{bank} fraud team" saying her account was compromised, told to move all savings to a "safe account" - {amt} gone. Phone only.
fraud_computer_misuse|DA;ON|Grandson ({ad}) has taken out {n} loans online in {M}'s ({old}) name using his details, and set up a Klarna account. {M} discovered when debt collectors wrote. Identity fraud, family member. S42.
fraud_computer_misuse|DA;ON|{F} ({old}) - her daughter who lives with her saved {F}'s card on her own Amazon and ASOS accounts, {amt} of shopping in 3 months. {F} didn't agree. Family carer. S42, DASH standard.
fraud_computer_misuse|ON|{M} {S} ({ad}) of {farm} paid a {amt} deposit for a used telehandler advertised on Facebook Marketplace. Seller stopped replying, machine doesn't exist. Fraud.
fraud_computer_misuse|ON|Livestock sold to a "buyer" who sent a screenshot of a bank transfer on WhatsApp and collected {n} heifers the same day. Money never arrived, screenshot fake. Farmer {M} {S}, {farm}.
fraud_computer_misuse||Doorstep - two men offered to cut {F}'s ({old}) hedges for {amt}, then said the trees were diseased and charged a further {amt2}. Tree surgeon says the trees were fine. They took her to the building society in {T}. Rogue trader fraud.
fraud_computer_misuse|ON|Mandate fraud. Email account of {farm}'s agricultural contractor hacked; farm received a genuine-looking invoice with new bank details and paid {amt}. Contractor never got it.
fraud_computer_misuse||{F} ({old}) receiving {nn} scam letters a week (prize draws, clairvoyants), has sent {amt} in cheques by post over the year. Postal only. Scam mail marshal referral. Capacity assessment re finances being arranged.
fraud_computer_misuse|ON|{F} ({old}) met "Mark" through a Scrabble-type game app, chat moved to Google Hangouts. He's an oil rig engineer who needs money to get home. {amt} sent. Romance fraud.
fraud_computer_misuse||Bogus police officer came to {M}'s ({old}) door in a lanyard, said his cards had been cloned, took his cards and PINs "as evidence". {amt} withdrawn by that evening. In person + earlier landline call.
fraud_computer_misuse|DA|{F} ({old}) - her niece has opened {n} catalogue accounts by phone and post in {F}'s name and run up {amt}. Niece used to do her paperwork. Identity fraud, family. No online element found so far.
fraud_computer_misuse||Two women collecting door to door in {V} for a "children's hospice" - no such charity registered. {F} ({old}) gave {amt}. Fraud, bogus collectors.
fraud_computer_misuse|DA|{F} ({old}) says her ex-husband forged her signature to cash in their joint ISA after the divorce in the 2000s; she's only just found out via the statements. {amt}. Fraud (forgery used to get the money), ex-spouse.
fraud_computer_misuse|ON|{M} ({old}), lonely since wife died, was messaging "Sgt. Davis" on WhatsApp after a Facebook friend request. Sent {amt} to pay for his "leave" from a peacekeeping mission. Romance fraud, online.
fraud_computer_misuse||{home}: deputy manager used resident {M}'s ({old}) comfort fund to buy goods for herself, {amt} over a year. Fraud by abuse of position. PiP process.
fraud_computer_misuse|DA|Nephew is DWP appointee for {M} ({ad}, learning disability) and keeps most of his benefits, leaves him {amt2} a month "pocket money". {M} lives alone in {V}, can't afford heating. Fraud by abuse of position + S42, family.
fraud_computer_misuse||HMRC scam. Recorded voice then a man told {F} ({old}) she'd be arrested for unpaid tax unless she paid {amt} in Google Play cards. She bought the cards at the {V} Spar and read out the codes over the landline.
fraud_computer_misuse||Driveway firm told {M} ({old}) his drive was "cracked and dangerous" when it wasn't, signed him up for {amt} of work. Paid deposit by cheque. Trading standards + police. Fraud by false rep.
fraud_computer_misuse|ON|{F}'s ({old}) Facebook account was hacked and the hacker messaged all her friends asking to borrow money for an emergency; {n} friends sent money. Computer misuse + fraud.
fraud_computer_misuse||Fake bailiff at {road} demanded {amt} from {F} ({old}) for a "court debt" that doesn't exist. She paid on her card on his handheld machine. Fraud. No threat of violence made.
fraud_computer_misuse|ON|{M} ({ad}) has a learning disability. He believes his "girlfriend" on Instagram (never met, never video called) - she keeps asking for his PIP money for "flights to see him". {amt} so far. Not DA - no real relationship, romance fraud. S42.
fraud_computer_misuse|ON|{F} ({old}) "married" a man in an online ceremony over Skype who she has never met; he has had {amt} off her for visa fees. Family say he is a scammer. Not a genuine partner, no DA - romance fraud.
fraud_computer_misuse|DA|{M} ({ad}) found that his ex-wife, 6 years after the divorce, has used his name and old address to get a credit card and a phone contract. Identity fraud, ex-spouse.
fraud_computer_misuse|ON|Farmer's wife {F} ({ad}) ordered {amt} of sheep feed from a website that looked like a known supplier; paid by bank transfer, nothing arrived, website now gone. Fraud.
fraud_computer_misuse|DA|Son-in-law talked {F} ({old}) into "investing" {amt} in his building business, said he'd pay 10% a year. No business exists, money gone on his debts. Fraud, in-law. {F}'s daughter siding with him. S42.
fraud_computer_misuse||Carer's partner (carer from {agency}) was using {M}'s ({old}) bank card details, which the carer had copied, to pay his phone bill and buy fuel. Fraud. Neither the carer nor her partner are family of {M}.
fraud_computer_misuse||Rogue traders fitted "security lights" at {F}'s ({old}) and charged {amt} - lights worth about £50. Said they were from the council's "older persons' safety scheme", which doesn't exist. Fraud.
fraud_computer_misuse|ON|{M} ({old}) got an email "from PayPal" and logged in via the link, then his PayPal was used to buy {amt} of electronics. Phishing + fraud.
fraud_computer_misuse||Pension liberation. Cold caller persuaded {M} ({ad}), a farm worker, to transfer his pension into a "guaranteed" overseas scheme by post and phone. {amt} gone. Fraud.
fraud_computer_misuse|DA|{F} ({old}) lives with her adult grandson. He has been using her chip and pin card in shops and the garage, telling her he's paying the bills. Bank says {amt} spent on fuel and vapes. Fraud, family. She doesn't want him prosecuted.
""")
_add(r"""
criminal_damage_arson||Hare coursing. {farm}: boundary fence cut in {n} places and gateway chains cut to get vehicles into the stubble fields {date}. Farmer {M} {S}: "costs me a day's work every time". No confrontation, they'd gone.
criminal_damage_arson||4x4s driven across {nn} acres of newly drilled oilseed rape at {farm} overnight, doughnuts in the field, crop ruined. Damage estimate {amt}. Rural crime unit attended.
criminal_damage_arson||Hay barn at {farm} went up {date} ~{time}, fire service say deliberate - accelerant found. {nn}0 bales lost, barn roof destroyed. No animals hurt. Arson.
criminal_damage_arson||Rogue trader: {M} ({old}) let a man up on his roof to "check a slate"; neighbour saw him deliberately smashing tiles with a hammer, then he quoted {amt} to fix the "storm damage". {M} paid a deposit of {amt2}. Deliberate damage + fraud.
criminal_damage_arson|DA|{F} ({ad}) - all four tyres on her car slashed outside her house {date}, doorbell camera shows her ex-partner {M} who she left in the spring. DASH medium. Nobody hurt, she wasn't outside.
criminal_damage_arson||Graffiti sprayed over the {V} village hall doors and the war memorial {date}. Parish clerk reporting. No slogans, just tags. Criminal damage.
criminal_damage_arson|DA|{F} ({ad}) - during a row her husband took her phone and smashed it on the floor, then punched a hole in the bedroom door. She says he didn't touch her. DASH standard. "He breaks things so I know what he could do".
criminal_damage_arson||{M2}'s car (son of {M} at {farm}) set alight in the lane {date} ~{time}, burnt out. No one in it. Arson. Family have had trouble with hare coursers they reported.
criminal_damage_arson|DA|{F} ({old}) - her grandson ({ad}) smashed up her kitchen, broke the table and the glass in the dresser when she wouldn't lend him money. No one hurt, she hid in the bathroom. S42, police. Family.
criminal_damage_arson||{home}: stones thrown by youths smashed 3 lounge windows at {time}, residents frightened. No one hurt. Criminal damage.
criminal_damage_arson||Walkers cut through the electric fencing on {farm} land to make a shortcut - cattle out on the road as a result. Fence damaged in {n} places. Criminal damage.
criminal_damage_arson||{n} mature oaks in the hedge at {farm} found ring-barked and drilled with weedkiller; neighbour wants the view. Deliberate damage.
criminal_damage_arson||Field gates at {farm} rammed by off-road bikes and quads, hinges bent, {n} gates wrecked. Criminal damage. Bikers N/K.
criminal_damage_arson|HC|Polish deli in {T}: window smashed and "Polish scum go home" painted on shutter {date}. Owner {M} ({ad}). Racially aggravated criminal damage.
criminal_damage_arson||Paint stripper poured over {M}'s ({old}) car bonnet and roof outside his bungalow. He has no idea who. Damage estimate {amt}.
criminal_damage_arson||Wheelie bin set on fire against the back wall of {F}'s ({old}) bungalow in {V} {date} ~{time}. Scorching to the wall and soffit. She got out. Arson with risk to life considered. S42 - she lives alone, poor mobility.
criminal_damage_arson||Round bales of silage at {farm} found punctured all over with a garden fork - feed spoiled, {nn} bales. Criminal damage. Farmer suspects a neighbour.
criminal_damage_arson||Polytunnels at {farm} - polythene ripped and {n} frames bent {date}. Kids? Farmer {F2} thinks so. Criminal damage, value {amt}.
criminal_damage_arson||Derelict stone barn at {farm} set on fire {date}, fire service attended, no livestock inside. Arson.
criminal_damage_arson|HC|{M} ({ad}), wheelchair user, had his mobility scooter tyres let down and the seat cut up outside his flat; note left saying "cripples shouldn't get free stuff". Disability hate crime. Criminal damage.
criminal_damage_arson|DA|{M} ({ad}) says his ex-wife keyed his van and smashed the wing mirror at his new house {date} - seen by neighbour. Split {n} yrs ago. DA ex-spouse.
criminal_damage_arson||Bee hives at {farm} kicked over and smashed {date}, {n} hives lost. Beekeeper {M} ({old}) heartbroken. Criminal damage.
criminal_damage_arson||Neighbour dispute: {M2} deliberately drove his tractor through {M}'s ({old}) garden wall and flower beds. No one injured, nobody threatened. Damage {amt}. Neighbours only, no relation.
drug_offences||Rural crime unit. Cannabis grow found in a rented barn on {farm} land - approx {nn}0 plants, electricity bypassed. Farmer {M} says the tenant "paid cash up front and kept himself to himself". Tenant arrested.
drug_offences||Adult at risk {M} ({ad}) - learning disability - dealers using his flat in {T} to deal heroin/crack; he says they give him cider and he "lets them stay". Raid {date}, 2 arrested, drugs found. Drug offences + S42 re {M}.
drug_offences||{F} ({old}) didn't know her son ({ad}) was storing cocaine in her loft until police executed a warrant {date}. No DA - mum not threatened or pressured, she is a witness only. Son charged PWITS.
drug_offences||Workers at {farm} searched after a tip-off, {n} found with small amounts of cannabis for personal use. Farm manager reporting. Possession.
drug_offences||Residents in {V} reporting dealing at the play park every evening - cars pull up, lads hand things through windows. Police found a bag of cocaine wraps {date}. Drug supply.
drug_offences||Magic mushrooms being picked in quantity on the hill at {farm} by a group who come every autumn; police stopped a car with {n} bags of them, bagged for sale. Drugs.
drug_offences||{M} ({ad}) stopped on the lane at {time}, found with cannabis and cash in the van. Arrested PWITS. Van was borrowed from the farm where he works; farmer reporting concern.
drug_offences||{home} nurse found a resident's visitor on {date} passing something to another resident - turned out to be cannabis. Visitor banned, police informed. Possession/supply.
possession_of_weapons||Welfare visit to {M} ({old}) at {farm} by SW - shotgun found behind the kitchen door, certificate expired 4 years ago. No threats made to anyone, he uses it for crows. Firearms officers informed. Possession of firearm without certificate.
possession_of_weapons||Livestock mart, {T}: {M2} ({ad}) searched after a disturbance in the café, lock knife found in his pocket. He didn't get it out, didn't threaten anyone. Possession of bladed article.
possession_of_weapons||Car stopped on the moor road near {V} at {time} after reports of hare coursing; no dogs in car but a lock knife and a lamp found in the glovebox. Driver arrested possession of a bladed article. Knife not used.
possession_of_weapons||Air rifle being fired at pigeons from a garden backing onto the playing field in {V}, pellets landing near kids. {M2} ({ad}) arrested. Firearms offence.
possession_of_weapons||Knuckle duster found in the door pocket of a van stopped outside {farm} at {time}. No one hurt. Possession of offensive weapon.
possession_of_weapons||{F} ({old}) rang worried - her adult son takes a machete out with him in his coat when he goes into {V}, she's seen it by the door. He lives with her. She says he has never threatened her or anyone, no DA, he says it's "for protection". Possession in a public place.
possession_of_weapons||Crossbow being carried by a man on the public footpath across {farm}, {date}. Farmer challenged him, he walked off. Possession in public place.
possession_of_weapons||{M} ({ad}) - learning disability, supported living. Staff found he has been carrying a kitchen knife in his rucksack "for protection" after being bullied at the bus stop. Never got it out. S42, possession of bladed article.
""")
_add(r"""
public_order||Hare coursers at {farm} {date} ~{time}. When {M} {S} ({ad}) asked them to leave they got out of the car, squared up to him shouting "you want some, do you" and swearing for 5 mins in front of his kids. No one touched, no weapons, no threats to kill. Threatening behaviour.
public_order|HC|Shopkeeper {M} ({ad}), Indian heritage, runs the {V} post office. Drunk customer shouted "you p*ki b*****d, go back where you came from" at him across the counter in front of customers. No contact. Racially aggravated public order.
public_order||Drunk male shouting and swearing at passers-by in the {V} square {date} ~{time}, kicking bins, older residents frightened. No one threatened directly. s5 POA.
public_order||Large fight at the travelling fair on the {T} showground - around {nn} people involved, bottles thrown, no reported injuries, nobody came forward. Violent disorder / affray.
public_order|HC|{M} and {M2} (couple, both {ad}) in the {V} Arms. Group at the bar shouted "f****ts" and "get out of our pub" at them. No violence. Homophobic public order offence. Licensee supporting.
public_order||{agency} carers arriving at a client's house on {road} are being shouted and sworn at by the neighbour across the road every morning - "I'll sort you lot out" - no specific threat. Carers frightened. Public order.
public_order|HC|Women attending the {T} mosque {date} had a man shout at them "you lot should be burned" from a car window. No contact. Religiously aggravated public order.
public_order||Hunt meet {date}: scuffle between hunt supporters and saboteurs on the lane near {V}, shouting, pushing in the crowd, nobody identified as injured or assaulted individually. Affray/public order.
public_order||Drunk customer at {farm} farm shop café shouted and banged the counter, staff ({F2}) frightened, refused to leave until police came. No direct threats or contact. Public order.
public_order|DA|{F} ({old}) - her son ({ad}) stood in the street outside her house shouting that she was a "f***ing evil old witch" and "I'll make you pay", neighbours came out. No physical contact. DA - family. Public order.
public_order|HC|{F} ({ad}), trans woman, was followed down {road}, {T} by 3 teenagers shouting transphobic abuse "it's a man" and "freak". No contact. Hate crime, public order.
public_order||Wedding party at {farm} barn venue, {date}: two guests started shouting threats at each other in the car park, waving arms, guests scared. No one hurt. Owner wants it recorded. Public order.
misc_crimes_against_society||{M} ({ad}) of {farm} bought a quad bike off a man at a car boot for {amt} cash, way below value. Police have since traced it as stolen from {V2} last year. Handling stolen goods. {M} is cooperating.
misc_crimes_against_society||{M} ({old}) forced into the ditch on the {V} road by a car overtaking on a blind bend at speed, {date} ~{time}. Nobody hurt, car undamaged. Dangerous driving. Dashcam footage supplied.
misc_crimes_against_society|DA|{F} ({ad}) - her ex-partner {M}, on bail not to enter {V} after the MARAC case in {date}, was seen in the village shop {date2}. He didn't approach her. Bail breach, DA context.
misc_crimes_against_society||Farmer's son {M2} ({ad}) got his mate to say he was driving when the farm pick-up got flashed by a speed camera. Perverting the course of justice. Both interviewed.
misc_crimes_against_society||Anonymous letter to {farm}: "stop ploughing the footpath or your barn goes up". No threat to any person. Threat to commit criminal damage. Farmer {M} {S}.
misc_crimes_against_society||Counterfeit £20s passed at the farm shop at {farm} and at {V} Spar on the same day {date}. Staff spotted them at cashing up. Counterfeit currency.
misc_crimes_against_society||Scrap dealer at {T} found with {n} galvanised field gates stamped with the {farm} postcode, stolen in the spring. He says he "bought them off a bloke". Handling.
misc_crimes_against_society|DA|{F} ({ad}) - her ex-husband (divorced 2016) texted "I'll torch your car and the house next" after the court hearing on {date}. No threat to harm her directly. Threat to commit criminal damage, DA ex-spouse. DASH medium.
misc_crimes_against_society||Tractor being driven through {V} at speed towing an unbraked trailer, overtaking on the school crossing, {date}. No collision, no injury. Dangerous driving. Reg partly seen {reg}.
misc_crimes_against_society||{M2} ({ad}) failed to answer bail at {T} police station on {date} re a theft matter; he's working on a farm near {V}. Bail offence.
other_crime||Livestock worrying. {dog} off lead chased {nn} ewes at {farm} into the river, {n} drowned. Owner a holidaymaker, dog slipped its collar, owner apologetic and gave details. Dogs (Protection of Livestock) Act matter.
other_crime||Fly-tipping: a tipper load of builder's rubble, tyres and an asbestos sheet dumped in the gateway at {farm} overnight {date}. Farmer {M} {S} left to pay for clearance, {amt}. EA + council informed.
other_crime||Animal welfare. {n} horses in a field off the {V} road, ribs showing, no water, no hay. Owner N/K. RSPCA and World Horse Welfare informed.
other_crime||Hare coursing trespass. {n} men with lurchers walking the fields at {farm} {date} ~{time}; left when the farmer arrived with a lamp. No damage done, no threats. Hunting Act / trespass in pursuit of game.
other_crime||Badger sett at {farm} found dug into {date}, spades left. Wildlife crime officer informed. Protection of Badgers Act.
other_crime||Neighbouring smallholder ({M2} {S2}) burning plastics and tyres at night; smoke drifting over {V}, residents complaining of fumes. Illegal waste burning. EA.
other_crime||Deer poaching: shots heard at {time} at {farm}, gralloch found next morning in the wood, vehicle tracks. No one confronted. Deer Act.
other_crime||Dead red kite found by a walker on {farm} land {date}, next to a poisoned rabbit bait. Wildlife crime, bird of prey persecution.
other_crime||Dog fighting suspected - {n} staffies with scarring kept in pens behind a house in {V2}; treadmill and break stick found. RSPCA lead. Animal welfare offences.
other_crime||Livestock worrying: {M} ({ad})'s {dog} got into {farm} field and bit {n} in-lamb ewes, 2 had to be put down. {M} paid compensation, no deliberate act. Farmer wants it logged.
other_crime||Fly-tipping: {nn} bags of household waste and a sofa dumped along the lane by {V} - an envelope with an address found in one bag. Council enforcement.
other_crime||Night poaching: lamping with dogs on {farm} land for rabbits/hares, {date} ~{time}. Men ran off when the farmer drove up. No damage, no confrontation.
other_crime||Neglect of {n} sheep on a rented field near {V}: flystrike, untreated lameness. Owner a hobby keeper. APHA + RSPCA. Animal welfare.
other_crime||Illegal waste site: {nn} skips' worth of commercial waste dumped on a field at {farm} by a man paying the tenant cash. Landowner {M} {S} didn't know. EA lead.
anti_social_behaviour||Trail bikes on the bridleway above {V} every weekend since {date}, noisy, churning the path. No damage to land reported, no one threatened. ASB.
anti_social_behaviour||Youths gathering at the farm gate at {farm} in the evenings, smoking, music, litter. No damage, no threats. Farmer {M} wants them moved on. No offences identified.
anti_social_behaviour||{F} ({old}), sheltered housing in {T}: loud music from the flat above until 2am most nights. Neighbour no relation. Housing officer + ASB team.
anti_social_behaviour||Barking dogs at a property on {road}, {V}, all day while owners at work. {F} ({old}) next door can't sleep in the day. ASB, environmental health.
anti_social_behaviour||Kids knocking on {F}'s ({old}) door and running off ("knock and run") after school most days. She has dementia and gets confused and frightened. No damage, no abuse. ASB, S42 consideration re her wellbeing only.
anti_social_behaviour||Cold callers selling dusters and tea towels at {F}'s ({old}) door several times a week. No pressure selling, no money taken, no crime. She'd like a "no cold calling" sticker.
anti_social_behaviour||Cars gathering at the lay-by on the {V} road on Friday nights, latest {date}, revving engines and music till late. No dangerous driving seen. ASB.
anti_social_behaviour||Neighbour's garden bonfires every weekend, smoke into {M}'s ({old}) house (COPD). ASB/environmental.
anti_social_behaviour||Dog walkers not picking up on the farm lane at {farm} ({F2} {S} reporting), cattle at risk of neospora. No offence identified, signs put up. ASB.
anti_social_behaviour||Drone flown over {farm} yard repeatedly since {date}, spooking horses. Operator seen in the lay-by. No harm caused, no offence identified on the info given. ASB.
anti_social_behaviour||{F} ({ad}) reports noise from the flat below - shouting and doors banging. She doesn't know them. Not DA for her - no relationship to them. ASB referral.
anti_social_behaviour||Wild campers in {farm} top field {date}, left litter and a fire pit, went when asked. No damage to crops. ASB.
anti_social_behaviour||Vehicles parked across the field gateway at {farm} by walkers at weekends, latest {day} {date}, farmer can't get the tractor out. No damage. ASB / parking.
anti_social_behaviour||Group of teenagers riding bikes round the {home} car park in {T} most evenings, shouting, residents complain. No damage or abuse reported. ASB.
""")
_add(r"""
violence_with_injury|HB|CSC + police strategy. School nurse concerned about a girl aged {kid} in {T} who disclosed she was "cut" during a family trip abroad last summer, an aunt arranged it "so she would be clean for marriage". Medical confirms FGM. Referral for mum ({ad}) who says she was not told. (V a child - DA not flagged.)
violence_without_injury|HB|{M} ({ad}) has a severe learning disability and lacks capacity to consent to marriage (MCA assessed {date}). Parents have arranged his marriage to a cousin overseas "to keep the family's good name" and booked flights. Forced marriage - FMU, FMPO being sought. No violence disclosed. S42.
violence_without_injury|DA;HB|{F} ({ad}) divorced her husband last year. Her cousins have since told her "you have shamed every one of us, you'll be found in a ditch". She believes them. Threats to kill, honour based, family.
stalking_harassment|DA;HB|{F} ({ad}) lives with her husband's family in {T}. Mother-in-law keeps her passport, locks the front door, won't let her learn English or see a GP alone; says a "good wife" doesn't embarrass the family by going out. Husband backs his mum. CCB, honour based, in-laws + spouse. DASH high.
stalking_harassment|DA;HB;ON|{F} (18) says her older brother monitors her Instagram and Snapchat, made her delete male followers and says if she "dishonours" the family he'll tell their father. Takes her phone every evening. CCB, family, online.
stalking_harassment|DA|{M} ({old}), retired dairy farmer. Since his wife died his son has taken over - moved his bank cards into a drawer he keeps locked, decides when {M} can go to the mart, told the neighbours not to visit. {M} says "I'm a lodger in my own house". CCB, S42, MCA not in doubt.
violence_with_injury|DA|{F} ({ad}) - her cousin {F2} who she grew up with "like a sister" pulled her hair out in a clump and scratched her face at their grandmother's wake {date}. They are first cousins. DA - family member.
violence_with_injury|DA|{M2} ({ad}) was adopted by {M} and {F} as a baby. {date} he hit his adoptive father {M} ({old}) with a mug, gash to forehead, 5 stitches. Lives at home. Family - DA. S42 (dad has Parkinson's).
violence_without_injury|DA|{F} ({ad}) was engaged to {M} until {date}. He turned up at her flat, grabbed her arm and dragged her to his car, she pulled free. No injuries. Ex-fiancé - DA, DASH medium.
violence_with_injury|DA|"The father of my kids came round drunk and broke my nose" - {F} ({ad}), {V}. They were never married, he doesn't live there. A&E {date}. DASH high, MARAC.
stalking_harassment|DA|{F} ({old}) - "my fella" {M} has been checking her post, reading her letters and won't let her go to the luncheon club. They've been together since 2015, live apart. CCB. She wants him to stop, not to end it.
violence_without_injury|DA|Civil partners {M} and {M2} ({ad}), {V}. {M2} pinned {M} against the fridge and shouted in his face {date}. "No injuries, just shaken". DASH standard.
violence_with_injury||{F} ({old}) in a shared room at {home}. Her roommate ({old2}, unrelated, dementia) scratched her arm badly pulling her out of the chair {date}. Skin tear, dressed. Not DA - no relationship.
violence_with_injury||{M} ({ad}) assaulted by his landlord, who lives downstairs, during an argument about rent arrears {date} - punched, split lip. Landlord not family. Not DA.
robbery||{F} ({old}) - her paid carer's adult son, who sometimes drives the carer to calls, grabbed {F}'s handbag off the chair and pushed her back down when she tried to stop him. Bag had {amt}. Robbery. No family link to {F}.
fraud_computer_misuse||{M} ({old}) lent {amt} to his granddaughter's boyfriend for a "business", boyfriend lied about everything and has disappeared. Boyfriend is no relation to {M} and was never his partner - not DA. Fraud by false rep. Granddaughter also lost money.
fraud_computer_misuse||Courier fraud, {F} ({old}), lost {amt}. She is worried that if her son finds out "he'll go mad" - no suggestion he has ever harmed her, hypothetical worry only. Nil DA. Landline calls.
other_theft|DA|{F} ({ad}) - her husband pawned her engagement ring and her mother's jewellery without asking, to pay his gambling debts. She found the pawn tickets. Not the first time. Theft, DA (spouse).
criminal_damage_arson|DA|{F} ({ad}) - her brother-in-law (husband's brother, lives on the same farm) drove into her car in the yard deliberately after an argument about the farm partnership. No one hurt. Damage {amt}. In-law - DA.
violence_without_injury|DA;KN|{F} ({old}) rang the doorstep team line by mistake, transferred. Husband ({old2}) got the carving knife out at tea time and said "I could finish it for both of us". No injuries. Concern re his depression. DASH high. S42.
violence_without_injury|DA|{F} and {M}, both 16, have been seeing each other since Year 10. {date} he pushed her against a wall and held her there. No injuries. Both 16 so DA applies. School + CSC + police.
violence_with_injury||{F} (15) was punched by her boyfriend (17) at the skate park {date} - bloody nose. As she is under 16 this is not recorded as DA; safeguarding referral re both young people.
violence_with_injury|DA|Doorstep crime team visit re a rogue trader at {F}'s ({old}) house. During visit noticed a black eye - {F} disclosed her son did it on {date} because she'd paid the rogue traders "his inheritance". Fraud reported separately; assault on {F} by son. S42.
stalking_harassment|DA|{M} ({old}). His daughter (who has LPA) has stopped him from seeing his new partner, cancelled his phone contract and tells the care agency he's "not to have visitors". MCA: {M} has capacity. CCB, family. Possible misuse of LPA to be looked at.
violence_with_injury|DA|{F} ({ad}) - {F2}, her girlfriend of 3 years, threw her down the stairs at their flat in {T}. Broken collarbone. {F} said at A&E she fell, but told the IDVA the truth later. DASH high.
sexual_offences|DA|{F} ({ad}) - her husband's father (lives in the annexe of their farmhouse) has been coming into the dairy and groping her when her husband is out on the tractor. Father-in-law - DA. Sexual assault.
violence_without_injury|DA|{M} ({ad}) - his ex-girlfriend from over 15 years ago, {F}, saw him in the pub in {V} and threw her drink over him and slapped him. No injury. They haven't spoken since the split. DA (ex-partner), DASH standard.
burglary|DA|{F} ({ad}) - her estranged husband (separated {date}) let himself in with a key he had copied and took the family dog and her car documents. She did not give him permission to enter. Burglary + DA.
violence_with_injury|DA|Safeguarding hub referral. {F} ({old}) - bruising to both wrists noted by GP. She says her granddaughter's husband holds her down when she won't take her tablets. He is married to her granddaughter and lives with them. In-law by marriage - DA. S42.
stalking_harassment||{F} ({old}), sheltered housing. Her ex-neighbour (they were never in a relationship, he's "just a nuisance") keeps phoning and writing, sent {n} letters this month. Harassment. No DA - V clear there was never any relationship.
other_theft||{F} ({old}) - money going from her purse. Suspect is her lodger, who she calls "my adopted son" as a joke, but he is no relation and not her partner. Theft. Not DA.
""")


def _labels(cat, flags):
    if cat not in CATEGORIES:
        raise SystemExit(f"unknown category {cat!r}")
    codes = []
    for tok in flags.replace(",", ";").split(";"):
        tok = tok.strip()
        if not tok:
            continue
        code = FLAG_ALIAS.get(tok, tok)
        if code not in FLAGS:
            raise SystemExit(f"unknown flag {tok!r}")
        codes.append(code)
    return cat, ";".join(f for f in FLAGS if f in codes)


def main():
    labelled = [(*_labels(c, f), t) for c, f, t in T]
    texts = [t for _, _, t in labelled]
    if len(texts) != len(dict.fromkeys(texts)):
        raise SystemExit("duplicate template text")
    missing_c = [c for c in CATEGORIES if not any(lc == c for lc, _, _ in labelled)]
    missing_f = [f for f in FLAGS if not any(f in lf.split(";") for _, lf, _ in labelled)]
    if missing_c or missing_f:
        raise SystemExit(f"uncovered: {missing_c} {missing_f}")
    per = N_NOTES // len(labelled)
    order = [i for i in range(len(labelled)) for _ in range(per)]
    order += sorted(RNG.sample(range(len(labelled)), N_NOTES - len(order)))
    rows, seen = [], {}
    for i in order:
        cat, flags, tmpl = labelled[i]
        for _ in range(200):
            text = tmpl.format_map(_slots(RNG))
            if text not in seen:
                break
        else:
            raise SystemExit(f"cannot make unique text for template {i}")
        seen[text] = True
        rows.append((text, cat, flags))
    RNG.shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["note_id", "text", "category", "flags"])
        for k, (text, cat, flags) in enumerate(rows, 1):
            w.writerow([f"B52-{k:04d}", text, cat, flags])
    print(f"templates {len(labelled)} notes {len(rows)}")
    for c in CATEGORIES:
        print(f"{c} {sum(1 for _, rc, _ in rows if rc == c)}")
    for f in FLAGS:
        print(f"{f} {sum(1 for _, _, rf in rows if f in rf.split(';'))}")


if __name__ == "__main__":
    main()
