#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate BLIND47: 800 synthetic, hand-labelled victim-services referral notes.

Scenario: two referral desks feed one victim service.

* A transport police victim referral desk (BTP-style incident summaries with
  refs, times, station names, platforms and train services) covering railway and
  bus-station incidents: assaults on staff and passengers, sexual touching on
  trains, spiking and night-time economy incidents, phone snatches, cycle theft
  at stations, graffiti and damage, fare-dodger confrontations, hate crime and
  county lines on trains.
* A military unit welfare office writing formal notes about service personnel
  and their partners: married quarters (SFA), deployments, controlling spouses,
  barracks incidents, off-duty fights and online harassment.
* Victims' own web-form free text, sent to either desk.

Every note is invented. Each template line is ``kind|category|flags|text`` and
was labelled by hand against the shared taxonomy only. Slots carry names,
places, dates, times, amounts, references, counts and ages that never cross a
taxonomy threshold, so no slot can change a label. Standard library only; one
seeded RNG; output is byte-identical whatever the working directory or
PYTHONHASHSEED.
"""

from __future__ import annotations

import csv
import datetime
import random
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = (
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
)
FLAGS = (
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
)
KINDS = ("btp", "wel", "web")
N_NOTES = 800
MIN_TEMPLATES = 350
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind47.csv"

RNG = random.Random(47_2026)

FEMALE = (
    "Aisha",
    "Bethany",
    "Carys",
    "Danielle",
    "Eleni",
    "Fiona",
    "Gemma",
    "Hollie",
    "Imogen",
    "Jasmin",
    "Kerry",
    "Leanne",
    "Maria",
    "Nadia",
    "Olivia",
    "Paige",
    "Rachael",
    "Sian",
    "Tamsin",
    "Una",
    "Vicky",
    "Wendy",
    "Yasmin",
    "Zoe",
    "Agnieszka",
    "Bronwen",
    "Chantelle",
    "Dionne",
    "Esther",
    "Farah",
    "Grace",
    "Harpreet",
    "Iona",
    "Joanne",
    "Kayleigh",
    "Lorna",
    "Megan",
    "Niamh",
    "Precious",
    "Shona",
)
MALE = (
    "Aaron",
    "Bilal",
    "Callum",
    "Dean",
    "Ewan",
    "Fraser",
    "Gareth",
    "Harvey",
    "Imran",
    "Jamie",
    "Kieran",
    "Liam",
    "Marcus",
    "Nathan",
    "Owain",
    "Piotr",
    "Reece",
    "Sunil",
    "Tariq",
    "Wayne",
    "Adebayo",
    "Bradley",
    "Craig",
    "Darren",
    "Elliot",
    "Finlay",
    "Gurdeep",
    "Hamish",
    "Isaac",
    "Jordan",
    "Kofi",
    "Lewis",
    "Mohammed",
    "Neil",
    "Ollie",
    "Rhys",
    "Scott",
    "Tomasz",
    "Vikram",
    "Zak",
)
SURNAME = (
    "Ashworth",
    "Bainbridge",
    "Collier",
    "Dunmore",
    "Eastham",
    "Fairclough",
    "Garside",
    "Holroyd",
    "Ingleby",
    "Jowett",
    "Kershaw",
    "Lumb",
    "Moorhouse",
    "Nuttall",
    "Ormerod",
    "Pilling",
    "Quarmby",
    "Rushton",
    "Sutcliffe",
    "Thwaite",
    "Uttley",
    "Varley",
    "Whitworth",
    "Yeadon",
    "Akhtar",
    "Begum",
    "Chowdhury",
    "Dlamini",
    "Evans-Price",
    "Fenwick",
    "Gallagher",
    "Hussain",
    "Iqbal",
    "Jankowski",
    "Kaur",
    "Lennox",
    "Mensah",
    "Nowak",
    "Okafor",
    "Pritchard",
    "Rahman",
    "Sandhu",
    "Tierney",
    "Walsh",
    "McAvoy",
    "O'Rourke",
    "Brennan",
    "Cartwright",
    "Drummond",
    "Ferreira",
)
STATIONS = (
    "Leeds",
    "Crewe",
    "Reading",
    "Preston",
    "Doncaster",
    "Peterborough",
    "Wakefield Westgate",
    "Huddersfield",
    "Stockport",
    "Darlington",
    "Carlisle",
    "Swindon",
    "Derby",
    "Coventry",
    "Milton Keynes Central",
    "Bristol Temple Meads",
    "Cardiff Central",
    "Newport",
    "Sheffield",
    "York",
    "Lancaster",
    "Warrington Bank Quay",
    "Wolverhampton",
    "Stafford",
    "Colchester",
    "Ipswich",
    "Salisbury",
    "Exeter St Davids",
    "Plymouth",
    "Durham",
)
BUS_STATIONS = (
    "Northgate bus station",
    "Quarry Lane interchange",
    "Market Street bus station",
    "Riverside interchange",
    "Castle Road bus station",
    "Eastfield bus station",
    "Wharf Street interchange",
    "Abbey Yard bus station",
    "Millbrook interchange",
    "Union Square bus station",
    "Holme Road bus station",
    "Tannery Lane interchange",
)
TOWNS = (
    "Aldershot",
    "Colchester",
    "Tidworth",
    "Catterick",
    "Swindon",
    "Salisbury",
    "Darlington",
    "Lincoln",
    "Chester",
    "Shrewsbury",
    "Andover",
    "Harrogate",
    "Telford",
    "Bedford",
    "Warminster",
    "Ripon",
)
DESTS = (
    "Manchester Piccadilly",
    "Birmingham New Street",
    "London Euston",
    "Newcastle",
    "Glasgow Central",
    "Liverpool Lime Street",
    "Cardiff",
    "Edinburgh",
    "Leeds",
    "Southampton Central",
    "Norwich",
    "Hull",
)
CAMPS = (
    "Fenwick Barracks",
    "Kestrel Lines",
    "Oakridge Camp",
    "Stanmoor Garrison",
    "RAF Coldmere",
    "Harlow Down Camp",
    "Tidwell Lines",
    "Marden Barracks",
    "RAF Brackenfield",
    "Wyvern Lines",
)
UNITS = (
    "2 Wessex Rifles",
    "14 Signal Sqn",
    "7 Field Coy RE",
    "31 Regt RLC",
    "4 Medical Regt",
    "No 9 Sqn RAF Regt",
    "1st Bn Pennine Fusiliers",
    "22 Engr Regt",
    "3 Close Support Bn REME",
    "56 Sqn RAF",
)
RANKS = ("Pte", "LCpl", "Cpl", "Sgt", "SSgt", "Gnr", "Spr", "Tpr", "Sig", "Cfn", "Rfn", "SAC", "Flt Sgt", "AB", "Mne")
MONTHS = (
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
)
PHONES = (
    "iPhone 13",
    "iPhone 15 Pro",
    "Samsung Galaxy A54",
    "Samsung S23",
    "Google Pixel 7",
    "Motorola G84",
    "iPhone 12 (blue case)",
    "Oppo Find X5",
    "Xiaomi Redmi Note 12",
    "iPhone 14 (cracked screen)",
)
BIKES = (
    "Black Carrera Subway hybrid",
    "Red Specialized Allez road bike",
    "Grey Boardman MTB",
    "Blue Brompton folding bike",
    "White Trek FX3",
    "Green Raleigh Pioneer",
    "Orange Voodoo Bizango",
    "Silver Giant Escape",
    "Matt black Cube Attain",
)


def _pick(seq):
    return lambda rng: seq[rng.randrange(len(seq))]


def _date(rng):
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(780))
    style = rng.randrange(4)
    if style == 0:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == 1:
        return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
    if style == 2:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"


def _dlong(rng):
    day = 1 + rng.randrange(28)
    suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix} {MONTHS[rng.randrange(12)]}"


def _time(rng):
    return f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"


def _hrs(rng):
    return f"{rng.randrange(24):02d}{rng.randrange(60):02d}hrs"


def _amt(rng):
    style = rng.randrange(3)
    if style == 0:
        return str(5 + rng.randrange(95))
    if style == 1:
        return str(100 + 5 * rng.randrange(180))
    return f"{1 + rng.randrange(9)},{rng.randrange(10)}{rng.randrange(10)}0"


def _ref(rng):
    style = rng.randrange(3)
    if style == 0:
        return f"BTP/{rng.randrange(10**6, 10**7)}/{24 + rng.randrange(3)}"
    if style == 1:
        return f"CAD {rng.randrange(100, 9999)} of {1 + rng.randrange(28):02d}/{1 + rng.randrange(12):02d}"
    return f"{rng.randrange(10**5, 10**6)}/{24 + rng.randrange(3)}"


def _wref(rng):
    letters = "ABCDEFGHJKLMNPRSTW"
    code = "".join(letters[rng.randrange(len(letters))] for _ in range(3))
    return f"UWO/{code}/{rng.randrange(1, 999):03d}"


def _line(rng):
    return ("X", "", "", "N")[rng.randrange(4)] + str(1 + rng.randrange(99))


SLOTS = {
    "f": _pick(FEMALE),
    "m": _pick(MALE),
    "sur": _pick(SURNAME),
    "stn": _pick(STATIONS),
    "bus": _pick(BUS_STATIONS),
    "town": _pick(TOWNS),
    "dest": _pick(DESTS),
    "camp": _pick(CAMPS),
    "unit": _pick(UNITS),
    "rank": _pick(RANKS),
    "month": _pick(MONTHS),
    "phone": _pick(PHONES),
    "bike": _pick(BIKES),
    "date": _date,
    "dlong": _dlong,
    "time": _time,
    "hrs": _hrs,
    "amt": _amt,
    "ref": _ref,
    "wref": _wref,
    "line": _line,
    "yr": lambda rng: str(2004 + rng.randrange(13)),
    "age": lambda rng: str(19 + rng.randrange(40)),
    "old": lambda rng: str(66 + rng.randrange(24)),
    "teen": lambda rng: str(13 + rng.randrange(3)),
    "n": lambda rng: str(2 + rng.randrange(5)),
    "many": lambda rng: str(8 + rng.randrange(33)),
    "plat": lambda rng: str(1 + rng.randrange(12)),
    "coach": lambda rng: "ABCDEFGH"[rng.randrange(8)],
}

# ---------------------------------------------------------------------------
# Templates: kind|category|flags|text  (flags separated by ';', any order)
# ---------------------------------------------------------------------------

TEMPLATES = r"""
wel|homicide|domestic_abuse|WELFARE REFERRAL - BEREAVED FAMILY. Ref {wref}. Mrs {f} {sur}, mother of the late {f2} {sur2} (spouse of {rank} {m} {sur2}, {unit}). {f2} was found dead at their SFA on {camp} on {date}; the husband has been charged with her murder and remanded. Grandchildren placed with Mrs {sur} under emergency arrangements. Asks for FLO contact details, help with funeral costs and advice on service housing. Tearful but coherent on the phone.
btp|homicide||BTP ref {ref}. Bereaved family referral. Male V ({age}) punched once outside {stn} main entrance approx {time}, fell and struck his head on the kerb edge, died in hospital {n} days later. S ({age2}) charged with manslaughter. Parties not known to each other. POC is V's brother {m} {sur} who wants to know about the court process and whether he can see the CCTV - told not at this stage.
web|homicide|knife_sharp_instrument|im filling this in for my mum because she cant. my brother {m} was stabbed at {bus} in {town} on {date} and he died there before the ambulance came. the police have charged someone with murder but nobody tells us anything and we dont know when the funeral can happen because of the second post mortem. mum isnt eating or sleeping. please can someone ring me ({f}) not mum
wel|homicide||Unit welfare note {wref}. {rank} {m} {sur} ({age}) died on {date} from head injuries sustained in an off-duty altercation in {town} town centre. Two local men have been charged with murder by civil police. No prior connection between the deceased and the accused; not a domestic matter. Fiancee Ms {f} {sur2} and parents require bereavement support and liaison with the coroner's officer.
btp|homicide||Ref {ref}. Referral on behalf of the family of track worker {m} {sur} ({age}), killed at {stn} depot on {date} when struck by engineering plant. Following the investigation the site supervisor has been charged with gross negligence manslaughter. Widow {f} would like homicide service support; two adult sons also affected. Contact via daughter-in-law, details tbc.
web|homicide|domestic_abuse|My sister {f} was killed by her ex-husband in {month}. They had been apart for nearly two years but he never let it go - he used to sit outside her work and ring her mum at all hours. He has admitted manslaughter but not murder and the trial is going to be at {town} Crown Court. The family liaison officer gave me your details. I need help with how to talk to her children about what happened, they are staying with me, and I dont understand what a victim personal statement actually is or whether I have to read it out in front of him.
btp|homicide|hate_crime|BTP ref {ref}. Fatal assault at {stn} taxi rank {date} approx {time}. Witnesses describe S shouting racist abuse at V (Black male, {age}) before repeatedly kicking him on the ground. V pronounced dead at scene. S charged with murder, racial aggravation being put to CPS. Referral for widow Mrs {f} {sur} and adult daughter.
wel|homicide|domestic_abuse|{rank} {m} {sur} ({unit}) was informed on {date} that his mother had been killed at her home in {town} by her partner of {n} years. Partner arrested and charged with murder. Compassionate leave granted. Soldier is requesting support for himself and his younger sister and information on the homicide victims' service.
btp|death_injury_driving||Ref {ref}. {bus}: pedestrian V ({old}) struck by a car reversing at speed through the drop-off bay {date} {time}. Fractured pelvis and head injury, still an inpatient. Driver ({age}) interviewed and charged with causing serious injury by careless driving. Daughter {f} {sur} requests updates and support.
wel|death_injury_driving||Welfare {wref}. {rank} {m} {sur} ({age}) killed on the {camp} perimeter road on {date} at approx {hrs} when struck by a car driven by a soldier returning from the bar. Driver charged by civil police with causing death by careless driving while over the prescribed limit. Unit requests support for parents and partner {f}.
web|death_injury_driving||My dad got knocked over on the zebra crossing right outside {stn} on {date}. The van driver was on his phone, there are witnesses who saw it. Dad has a brain injury and might not walk again. The police have now charged the driver with causing serious injury by dangerous driving. What happens next? We have never had anything to do with courts and mum is in bits.
btp|death_injury_driving||Ref {ref}. {stn} short-stay car park, {time}. V ({age}) pinned against the pay machine by a car being raced round the levels against another vehicle. Both legs broken. Driver charged s1A RTA, causing serious injury by dangerous driving. V and S unknown to each other.
wel|death_injury_driving||Welfare officer note. Mrs {f} {sur}, spouse of {rank} {m} {sur}, was seriously injured as front-seat passenger on {date} when her husband lost control on the A-road near {camp}. He has since been charged with causing serious injury by careless driving. Accident only - no history or suggestion of abuse in the relationship, the couple are supporting each other. Practical help needed: transport to hospital appointments, childcare.
btp|death_injury_driving||BTP/{ref}. Rail replacement coach mounted the pavement at {bus} on {date}, killing a pedestrian ({age}) waiting at stand {n}. Driver charged with causing death by careless driving. Referral for the deceased's partner {m} {sur}, who witnessed it and is not coping.
btp|violence_with_injury||BTP ref {ref}. {date} {time}. {stn} gateline. IP = RPI {f} {sur}, DOB not recorded. Challenged male S for no ticket, S headbutted her - nose broken, A&E. S held by staff until arrest. IP says she has been jumpy on every shift since and is now off sick. Requests support + info re CICA.
btp|violence_with_injury||Conductor (male, {age}) assaulted on the {time} to {dest} between {stn} and the next stop. Asked a group of {n} lads for tickets; one punched him repeatedly in the face, cut above L eye glued at A&E. ABH s47. Suspects N/K, left the train at {stn2}. CCTV request submitted, outcome tbc. V ok to be contacted on mobile after 4pm.
btp|violence_with_injury|hate_crime|Ref {ref}. Station assistant {m} {sur} (Sikh) at the {stn} barrier line. S knocked his turban to the floor, punched him twice and called him a 'terrorist', told him to go back where he came from. Bruised cheekbone, scratches to neck. Racially/religiously aggravated ABH. V very upset about the turban and wants that recorded properly.
btp|violence_with_injury|hate_crime|{date} approx {time}, platform {plat} {stn}. Wheelchair user V ({age}) tipped out of his chair by a male S who was laughing, mimicking V's speech and calling him a 'spastic'. Grazed hands, dislocated little finger reset at hospital. Witness {f} {sur} gave details. S boarded a train to {dest}.
btp|violence_with_injury|hate_crime|Last train to {dest}, coach {coach}. Two men (a couple) holding hands were targeted by a group of 4 who shouted homophobic slurs and then attacked. V1 {m} {sur} lost two front teeth, V2 bruising only. Referral for V1. Says they will not use trains at night now.
btp|violence_with_injury|knife_sharp_instrument|Ref {ref}. Fare row on {stn} concourse at {time}. S refused to pay a penalty fare, produced a box cutter and slashed the RPI's forearm - 6 stitches. S ran towards the taxi rank and was arrested later. V {m} {sur} ({age}) wants to return to work but not on the gateline.
btp|violence_with_injury|knife_sharp_instrument|NTE incident. Outside bar opp. {stn}, {hrs} Sat. V ({age}) glassed in the neck with a broken bottle after an argument in the smoking area - deep laceration, surgery. s18 GBH. S arrested nearby. Strangers, no previous between them. Mum {f} calling for him as he is still in hospital.
btp|violence_with_injury||BTP ref {ref}. Being investigated as attempted murder. V ({age}) pushed from platform {plat} at {stn} into the four-foot as a train approached; climbed out seconds before it arrived. Fractured ankle and cuts. S is a former work colleague with a grudge over a disciplinary - no relationship between them. S remanded.
btp|violence_with_injury||{bus}, stand {n}. Bus driver spat at through the cab window and then punched through the gap when he opened the door - swollen jaw, loose tooth. S got off and walked towards the town centre. Driver {m} {sur} ({age}). Employer details on file.
web|violence_with_injury||Hi I am writing because I was on the train home from {stn} on {date} and a man kicked me really hard in the leg because I asked him to move his bag off the seat. My knee swelled right up and the GP says its ligament damage. He just got off at the next stop like nothing had happened. I dont know if anyone can do anything but I wanted it reported somewhere and the website said to fill this in.
btp|violence_with_injury||Ref {ref}. Suspected drink spiking. V ({age}) collapsed in the ladies toilets at {stn} {hrs} after drinks in {town}; hospital tox screen positive for GHB, kept in overnight on a drip. Friends say her drink was left unattended for a few minutes. Spoken to on the ward: no sexual assault, nothing taken, she remembers leaving the bar with her friends. Venue enquiries ongoing.
wel|violence_with_injury||Welfare note {wref}. {rank} {m} {sur} sustained a fractured cheekbone in an off-duty fight outside a takeaway in {town} on {date}. Civil police investigating GBH; two local males identified. Not a domestic - no connection with the suspects. Soldier on sick leave and anxious about the impact on his upcoming course.
wel|violence_with_injury||{camp}, accomodation block {n}. {rank} {m} {sur} reports being held down and beaten by three colleagues in what they called an 'initiation'. Cracked rib and bruising to torso, photographed at the medical centre. RMP informed. Soldier asks for a move to another block and confidential support.
wel|violence_with_injury|knife_sharp_instrument|{rank} {m} {sur} ({unit}) attended the med centre on {date} with a laceration across the palm: states another soldier swung a bayonet at him during a drunken argument in the block and he grabbed the blade. 8 sutures. Not a training injury. Matter with RMP.
btp|violence_with_injury||{stn} cycle hub. Row over a bike space: S punched V off his bike, V fell and broke his wrist. S walked off and did not take the bike or anything else. V ({age}) is a self-employed courier and cannot work - worried about money.
btp|violence_with_injury||Football special from {stn2}. Steward {f} {sur} hit on the head by a full can thrown from the crowd on the platform at {stn}, 3cm head wound closed with strips. No arrests yet. Requests referral.
wel|violence_with_injury|domestic_abuse|SFA {camp}. Mrs {f} {sur}, spouse of {rank} {m} {sur}, disclosed to HIVE that he grabbed her by the throat during an argument on {date}, two days after he got back from deployment. Red marks to the neck were photographed by RMP the next morning. She says he has been 'a different person' since the tour, not sleeping, drinking most nights, and that the argument started over the car insurance. DASH medium. Children (4 and 7) were in the house but asleep. She does not want him 'kicked out' but wants it to stop and wants him to get help.
btp|violence_with_injury|domestic_abuse|Ref {ref}. Platform {plat} {stn} {time}. Witnesses saw a male punch a female in the face; they are a couple of {n} years. V {f} {sur} ({age}) split lip, reluctant to engage. S {m} arrested. DA. V said 'he's never done it in public before'.
web|violence_with_injury|domestic_abuse|My husband pushed me down the stairs in our quarter at {camp} while the kids were at school. I hurt my wrist and the hospital said its fractured. He told them I slipped and I went along with it. He is away on exercise till the {dlong} and I need advice before he comes back. I am scared of what happens to his job if I say anything.
wel|violence_with_injury|domestic_abuse|Welfare (RAF). {rank} {f} {sur} disclosed that her wife {f2} bit her forearm and threw a mug which struck her head during an argument at their SFA on {date}. Small scalp laceration, bite bruising visible. Both parties serving. DASH standard. {f} asks that her line manager is not told the detail.
btp|violence_with_injury|domestic_abuse|Male V {m} {sur} ({age}) assaulted by his husband {m2} on the {time} to {dest} after an argument about money - black eye and cut to the bridge of his nose. S removed at {stn} and arrested. V says it is the third time this year but the first time he has reported it.
wel|violence_with_injury|domestic_abuse|Note {wref}. {rank} {m} {sur} reports that his mother-in-law, who has been staying at the SFA since the baby was born, slapped him and dragged her nails down his cheek drawing blood during a row on {date}. His wife was present. He is embarrassed but wants it on record and asks whether she can be asked to leave the quarter.
web|violence_with_injury|domestic_abuse|My grandson is 19 and has lived with me since his mum passed. Last night he twisted my arm up my back because I wouldnt give him £{amt} and now its bruised all the way along. Hes done it before. I dont want him arrested I just want help for both of us. I am {old} and on my own.
btp|violence_with_injury|domestic_abuse|Ref {ref}. V ({age}) buying a ticket at {stn} when recognised by her ex-partner (relationship ended {yr}). He shoved her into the vending machine - cut to forehead needing glue. She had not seen him in years and had moved away. S left before police arrived. DASH to follow.
wel|violence_with_injury|domestic_abuse|{rank} {m} {sur}, on leave {date}: assaulted by his uncle at a family gathering in {town}, fractured nose. Long-running family dispute over the grandfather's house. Civil police aware. Soldier back at {camp}, asking for support and advice about attending court.
btp|violence_with_injury|domestic_abuse|{bus} {time}. 17 y/o male V punched in the face by his father during an argument about V's college course; swollen eye, x-ray clear. Father walked off. V staying with his aunt tonight. Referral made with V's consent.
btp|violence_with_injury||Ref {ref}. Girl aged {teen} punched by her boyfriend (also {teen}) at {bus} after school - bruised cheek and nosebleed. Safeguarding referral to school and CSC. Parents informed. Young people's service to pick up.
btp|violence_with_injury||V {f} {sur} ({age}) followed to {stn} by her flatmate after a row about rent; flatmate punched her on the concourse, cut lip. They are flatmates only and have never been in a relationship - V very clear on this. She is looking to move out.
wel|violence_with_injury||Veteran {m} {sur} ({old}), onward referral from SSAFA. Reports his paid agency carer pushed him against the door frame when he refused a wash - bruising to shoulder blade and a skin tear. Carer is not family. Agency notified, adult safeguarding raised.
btp|violence_with_injury||V ({age}) punched in the mouth at {stn} by her sister's ex-partner during an argument over money he says V owes him. Broken tooth. V has never been in a relationship with S. Sister and S split years ago and the sister reports no problems with him.
web|violence_with_injury||My friend's husband hit me in the face in the station car park at {stn} because he thinks I'm 'filling her head with rubbish'. I've got a black eye. He is not my partner or any relation of mine, I only know him through her. I don't want my friend getting into trouble over it.
wel|violence_with_injury|domestic_abuse|Following an incident on {date} civil police issued a DVPN against {rank} {m} {sur} after his partner {f} {sur2} attended hospital with a cracked rib. He has been moved into the block at {camp} for the duration. Partner has declined refuge but accepts IDVA contact. Unit welfare monitoring.
wel|violence_with_injury|domestic_abuse|{f} {sur}, ex-wife of a serving {rank}, divorced in {yr}. On {date} he came to the house to collect the children and punched her in the stomach in front of them. Bruising. Child arrangements order in place. She has asked the unit to make sure he does not collect the children again.
btp|violence_with_injury|domestic_abuse|Adult siblings travelling together on the {time} from {stn}. S ({age}) hit his sister ({age2}) across the face with his umbrella handle during an argument about their mother's will - cut to eyebrow. Staff separated them. DA - sibling.
btp|violence_with_injury|domestic_abuse|Elderly V ({old}) pushed over at {stn} taxi rank by her daughter during an argument about moving into a care home; fractured hip, surgery. Daughter arrested s20. V 'doesn't want her daughter in trouble'.
web|violence_with_injury|domestic_abuse|The father of my kids came round to drop them back and when I said he was late he shoved me into the door frame and I split my eyebrow open. We havent been together since {yr} but he still does stuff like this. I have photos. I reported it at the front counter but wanted some support as well.
wel|violence_with_injury|domestic_abuse|Partner of {rank} {m} {sur} at {camp}: 'he threw the kettle at me, it had just boiled, and it scalded my arm and chest.' Burns treated at the minor injuries unit {date}. She says it's the drinking since he came back. DASH high - MARAC referral made.
btp|violence_with_injury|domestic_abuse;knife_sharp_instrument|Ref {ref}. DA on board the {time} to {dest}. V ({age}) states her boyfriend of three months held a kitchen knife to her side under his coat and nicked the skin, telling her to stop 'showing him up'. Superficial wound. Staff alerted by a passenger. S arrested at {stn}.
wel|violence_with_injury|domestic_abuse;honour_based_abuse|Confidential. {rank} {f} {sur} disclosed that while on leave at the family home her two older brothers beat her because she is seeing a man from outside the community and has 'shamed the family'. Bruising to arms, possible broken finger. Concern she may be taken abroad to be married. HBA - specialist referral.
btp|violence_with_injury|domestic_abuse;honour_based_abuse|{f} ({age}) approached staff at {stn} in distress: says her father and uncle are taking her to the airport so she can be married to a man she has never met. The uncle hit her on the train when she tried to get off - bruise to upper arm. Forced marriage procedures, FMU contacted, V taken to a place of safety.
btp|violence_with_injury||Two men fighting in the vestibule of the {time} {dest}. V cut lip and swollen eye. Control logged it as a domestic but both parties confirm they are strangers who argued about a seat - not a domestic.
wel|violence_with_injury|domestic_abuse|{camp}. {rank} {m} {sur} assaulted in the block by {rank2} {m2} {sur2}, with whom he was in a relationship for a few months last year. Swollen eye and cut lip. Both in their 20s. {m} says the other soldier 'can't accept it's over'.
wel|violence_with_injury||{rank} {m} {sur} injured in a fight with his roommate in the block at {camp}, cut to chin glued. They are friends and roommates only; both deny any relationship. Alcohol involved. Unit discipline plus welfare check.
btp|violence_with_injury||Track gang working near {stn} hit by stones thrown from the road bridge by youths; one worker ({age}) cut to the head, hospital. Youths ran off. Network Rail staff referral.
web|violence_with_injury||I work on the coffee kiosk at {stn}. A customer threw his hot latte at me because the card machine was slow and it burnt my neck and chest, I had to go to A&E. My manager says its part of the job but it isnt. Can someone tell me what I should do now.
btp|violence_with_injury|hate_crime|{bus} {time}. Trans woman V ({age}) punched in the face by a male who followed her off the bus shouting that she was a 'bloke in a dress' and other transphobic slurs. Bloody nose, bruising. S N/K. V has reported previous abuse in the area.
btp|violence_with_injury||Security officer at {stn} bitten on the hand while restraining a drunk male trying to board; skin broken, tetanus jab. S arrested. Officer {m} {sur} wants information on blood tests.
wel|violence_with_injury||Cadet force instructor {m} {sur} assaulted by a cadet's father at the {camp} open day after a disagreement about selection; bruised ribs and cut lip. No relation to the instructor. Civil police aware.
web|violence_with_injury|hate_crime|I was wearing my kippah on the way home from synagogue and a man on the platform at {stn} started shouting about Jews and shoved me into the train doors. My hand got trapped and its cut and swollen. Staff were kind but I would like someone to talk to about it.
btp|violence_with_injury||Paramedic attending a collapsed passenger at {stn} kicked in the face by the patient's friend; swelling to cheek and jaw pain. Emergency worker assault with injury. S arrested.
wel|violence_with_injury|domestic_abuse|{rank} {m} {sur} reports his cousin ({age}) attacked him at their grandmother's wake, punching him repeatedly; a ring caused a cut to his head needing stitches. The cousin has been violent to other family members before. Soldier asking for support.
btp|violence_with_injury|domestic_abuse|Ref {ref}. Male V ({age}) states his ex-girlfriend threw her phone at his face on the concourse at {stn}, cut to cheekbone. They split {n} weeks ago. S left on a train. DA.
web|violence_with_injury|domestic_abuse|My partner takes all of my wages when they go in and gives me bus money if he feels like it. Last week when I asked for £{amt} for my daughters school trip he punched my arm so hard its black and blue. I cant leave because I dont have any money of my own. Please dont phone, he checks my phone, email only.
btp|violence_with_injury||GBH s20. V ({age}) sent flying down the escalator at {stn} by an unknown male barging through at rush hour; fractured collarbone. S carried on up and out. CCTV being reviewed.
wel|violence_with_injury||Spouse {f} {sur} scratched across the face and had her hair pulled by a neighbour (another service spouse) on the {camp} patch over the children's argument. Scratches bleeding, photographed. Not DA - neighbours, no relationship.
btp|violence_with_injury|domestic_abuse|{stn} {time}. V ({age}) told station staff her partner had just kicked her shins repeatedly on the train and she could hardly walk - bruising and abrasions. She asked staff not to let him follow her. S on CCTV. DASH high.
wel|violence_with_injury|domestic_abuse|Welfare note. {rank} {f} {sur} attended with her mother, who disclosed that {f}'s younger brother (20) broke {f}'s nose at their parents' home during his visit. {f} wants advice only at this point. History of his violence towards their mother too.
web|violence_with_injury|domestic_abuse|I'm a man and I didnt think this counted but my girlfriend hit me with a frying pan on the {dlong} and I needed stitches in my head. We've been together 4 years and live together. She says I deserved it. I feel stupid reporting it.
btp|violence_with_injury|domestic_abuse|Ref {ref}. V ({old}) assaulted by her son ({age}) in the car park at {stn} when she refused to lend him her car - pushed to the ground, grazes and a cut to her elbow. He is also her carer. DA.
wel|violence_with_injury|domestic_abuse|Married quarter {camp}. Civilian spouse {m} {sur} attended the med centre with bruised ribs: states his wife, {rank} {f} {sur}, kicked him during an argument about his drinking. DASH medium. Both have asked for support.
btp|violence_with_injury|domestic_abuse|V {f} {sur} ({age}) reports her fiance headbutted her on the {time} to {dest} after she looked at her phone; swelling and bruising to forehead. S got off at {stn}. Known DA history, current MARAC case.
web|violence_with_injury|domestic_abuse|my step dad threw me against the wardrobe on {dlong} and my back is all bruised down one side, im 18 and still living at home in {town}. mum just stood there and watched. i went to my nans after and stayed the night. i want to know if i can get help without it all going to court because mum will take his side
wel|violence_with_injury|domestic_abuse|Concern raised by {camp} welfare: {rank} {m} {sur}'s niece ({age}), who is staying with the family while studying locally, reports he hit her with a belt when she came home late - welts to the backs of her legs. She is an adult. DA - family.
btp|violence_without_injury||Ref {ref}. Gateline assistant {f} {sur} spat at in the face by a male refused entry without a ticket at {stn} {time}. No injury. Common assault. S identified from CCTV and known to BTP. V worried about infection, advised re GP.
btp|violence_without_injury||IP (RPI, {age}) pushed in the chest twice by a passenger who refused to buy a ticket on the {time} {dest}; stumbled but no injuries. S left at {stn2}. IP requests contact by email.
btp|violence_without_injury|hate_crime|Platform {plat} {stn}. Muslim woman V ({age}) had her niqab grabbed and pulled by a male who shouted anti-Muslim abuse at her. Not physically hurt. Religiously aggravated common assault. Witness {m} {sur} followed S and pointed him out.
btp|violence_without_injury|hate_crime|Cleaner at {bus}, Black female ({age}), shoved and racially abused by a man she asked not to drop litter. No injury. S left towards the market.
btp|violence_without_injury|knife_sharp_instrument|Ref {ref}. During a fare argument on the {time} the male S pushed up his sleeve to show a blade strapped to his forearm and told the guard he would 'open him up'. Guard backed into the cab and called it in. No physical contact. S left at {stn}, outstanding.
btp|violence_without_injury||{stn} control room recieved {n} calls from a male saying he would come back and kill the duty station manager {m} {sur} 'when he finishes his shift'. Manager believes it - S is a banned customer. TTK recorded. No weapon mentioned.
web|violence_without_injury|knife_sharp_instrument|This happened at {bus} while I was waiting for the {line}. A man stood right up close with his hand inside his jacket and said he had a blade and if I looked at him again he'd use it. I honestly believed him and stood completely still until he went. He didnt take anything. I havent been able to get the bus since.
btp|violence_without_injury||V ({age}) received texts from S, a former workmate, saying he would kill him next time he sees him. TTK. V was at home, S not present, no weapon seen or mentioned. Texts only, no social media involved.
wel|violence_without_injury|domestic_abuse|{f} {sur}, wife of {rank} {m} {sur} (currently deployed). Reports that during a phone call from theatre on {date} he said he would kill her and the dog if she left him while he was away. She believes he means it: he has made similar comments before and once held the dog's lead round her wrist 'as a joke'. TTK. DASH high, MARAC referral submitted. Chain of command informed for risk management before his R&R.
wel|violence_without_injury|domestic_abuse|Spouse disclosed to the welfare officer that her husband ({rank}) pinned her against the kitchen wall of their quarter with his forearm across her chest on {date}. No marks. She describes walking on eggshells. DASH medium.
btp|violence_without_injury|domestic_abuse|{stn} footbridge {time}. V ({age}) approached by her ex-husband (divorced {yr}), who grabbed her coat and shook her while shouting. No injuries. She had not seen him for years and is shocked he found her.
btp|violence_without_injury||Ref {ref}. Child aged approx 6 found alone on platform {plat} at {stn} after his mother boarded a train to {dest} without him; mother located at the next station, intoxicated. Child neglect investigation. CSC aware, child with grandparents.
wel|violence_without_injury||Safeguarding: two children (3 and 5) at an SFA on {camp} found by a neighbour unfed and in soiled clothes while both parents were asleep drunk mid-afternoon. Civil police child neglect investigation. Welfare supporting extended family.
btp|violence_without_injury||{stn} concourse {time}. A male unknown to the family tried to lead a {n}-year-old girl away by the hand towards the exit while her parents were at the ticket machine; mother intervened. Attempted child abduction. S described, outstanding.
btp|violence_without_injury|modern_slavery|Staff at {stn} concerned about a group of {n} young men travelling with an older male who held all their passports and tickets. One disclosed through a translation app that they work 14-hour days at a hand car wash for no pay and are not allowed out of the house. Forced labour. NRM referral, BTP first responder.
wel|violence_without_injury|modern_slavery|Locally employed civilian kitchen worker at {camp} disclosed that the agency boss keeps his ID, his wages are paid into the boss's account, and he lives in a locked house with {n} others. Told he owes £{amt} for his travel. Forced labour indicators. NRM and GLAA informed.
web|violence_without_injury|modern_slavery;domestic_abuse|I came to this country when I married my husband in {yr}. His family make me clean, cook and look after his grandmother all day and all night, I sleep on the kitchen floor. They keep my passport and I am not allowed any money or to go outside on my own. My husband says if I complain I will be sent back and lose my son. I am writing this on the library computer in {town} while his mother is at the doctor. Please do not write to the house.
btp|violence_without_injury||PCSO pushed in the back while dealing with a drunk male at {stn}; no injury. Assault on emergency worker (no injury). S arrested.
btp|violence_without_injury||V ({age}) grabbed by the wrist by a stranger on the {time} from {stn} and pulled towards the doors; he let go when she screamed. No injuries. Nothing sexual said or done. S N/K.
web|violence_without_injury||A woman on the bus threw her drink at me and then hit me with her handbag because my pushchair was in her way. I wasnt hurt but my baby was screaming. This was on the {line} leaving {bus} on {date} at about {time}.
wel|violence_without_injury||{rank} {m} {sur} woke in the block to colleagues throwing buckets of cold water over him and slapping him round the head - a 'beasting' after he failed a kit inspection. No injuries. RMP informed, welfare support offered.
wel|violence_without_injury|domestic_abuse|{rank} {m} {sur} reports his adult son (22), who lives with the family in SFA, threatened to kill him during a row about money on {date}. No violence used. {m} believes the threat given his son's drug use. TTK.
btp|violence_without_injury|domestic_abuse|Ref {ref}. V ({age}) slapped across the face by her brother's wife at {bus} after a family christening, no marks. The two have fallen out over the care of V's mother. Family dispute - DA.
btp|violence_without_injury|domestic_abuse|{stn} waiting room. V {f} {sur} ({age}) reports her girlfriend {f2} pushed her off the bench and stood over her shouting. No injury. They live together. DASH standard. V declined to make a statement.
web|violence_without_injury|domestic_abuse|My stepmum grabbed me by both shoulders and shook me when I went to pick up my things from dads on {date}. I'm 24. I wasnt hurt but it was really frightening and dad just did nothing. I dont want to go back there for the rest of my stuff on my own, can someone come with me?
wel|violence_without_injury||Spouse {f} {sur} pushed in the school car park by another service spouse over a dispute between their children. No injury. No relationship between the two women. Welfare mediation offered.
btp|violence_without_injury||{stn} {time}. Youth threw an egg which hit commuter {m} {sur} ({age}) on the back of the head; no injury. Youths ran off through the car park.
btp|violence_without_injury|hate_crime|{bus}. Man with a learning disability had his hat knocked off and was pushed around by a group of teenagers chanting names about his disability. No physical injury. Support worker {f} {sur} called it in.
btp|violence_without_injury||Female V ({age}) shoved by a male on the platform at {stn}, did not fall. No injury. CAD originally tagged DA - corrected, S is a stranger and there is no relationship of any kind.
web|violence_without_injury|domestic_abuse;knife_sharp_instrument|My ex came to my door on {date} about 11pm with a kitchen knife in his hand and said he would kill me if he saw me with anyone else. I shut the door and he went. We were together 3 years and I have a baby with him. I think he meant every word.
wel|violence_without_injury|domestic_abuse;honour_based_abuse|{rank} {f} {sur} reports her father phoned her on {date} and said he would kill her for 'dishonouring' the family by living with her boyfriend and refusing the man chosen for her. HBA / forced marriage concerns. She has been moved to other accommodation on camp.
btp|violence_without_injury||Ref {ref}. Boy aged {teen} slapped repeatedly and dragged by his hair across the concourse at {stn} by his mother. No visible injury. CSC informed. Child cruelty.
wel|violence_without_injury|knife_sharp_instrument|Off-duty {rank} {m} {sur} confronted outside a takeaway in {town} on {date}; a male pulled out a Stanley knife and told him to 'walk away or get cut'. He walked away unhurt. S known to civil police.
btp|violence_without_injury||Bus driver at {bus} had a punch thrown at him through the cab window by a passenger refused travel; it missed. Driver shaken. S ran off.
wel|violence_without_injury|domestic_abuse|Partner of {rank} {m} {sur}: he blocks the front door when she tries to leave during arguments and grabbed both her wrists on {date}. No injury. 'It's been building since he came back from tour.' DASH medium. She is due to start a job he opposes.
btp|violence_without_injury|modern_slavery|Ref {ref}. 15 y/o boy found on the {time} to {dest} with £{amt} cash and two phones. Disclosed he is made to carry 'parcels' for older males who say they will hurt his mum. CCE - county lines. Trafficking NRM referral made, child handed to CSC.
wel|violence_without_injury|domestic_abuse|{rank} {m} {sur} disclosed that his adult sister regularly pushes and slaps their mother, whom she lives with. No injuries reported so far. {m} is deploying soon and worried. Adult safeguarding and DA referral.
btp|violence_without_injury||Guard on the {time} {dest} repeatedly told by a fare dodger 'I'll kill you, I know where you get off'. Guard believes the threat. TTK. S left at {stn}.
web|violence_without_injury|domestic_abuse|My brother is 30 and he spat at me in the street outside {stn} because I wont lend him money. It went in my face. Mum says let it go. He's done this sort of thing for years.
wel|violence_without_injury||Concern raised re agency workers at the {camp} contractor yard. Checks done: no indicators of modern slavery - workers hold their own documents, are paid and are free to leave. However one worker ({age}) reports being pushed by a supervisor, no injury. Referral is for that incident only.
wel|violence_without_injury|domestic_abuse|Spouse of {rank} {m} {sur}: during an argument about her seeing her family he pushed her onto the sofa and held a cushion near her face 'to shut her up'. No injuries. DASH high. IDVA referral.
btp|violence_without_injury|domestic_abuse|V ({age}) grabbed by the arm and pulled off the train at {stn} by her ex-boyfriend, who had been waiting on the platform. No marks. They split in {yr}. CCTV requested.
web|violence_without_injury|domestic_abuse|My daughter in law rang and threatened to kill me if I go near my grandchildren again. She says she knows people. I am {old} and live alone. My son doesnt believe me and I dont sleep.
wel|violence_without_injury|domestic_abuse|{rank} {f} {sur} reports her husband, also serving, threw her phone across the room and shoved her into the wardrobe when she said she wanted a divorce. No injuries, phone undamaged. He has since moved into the mess. DASH standard.
btp|violence_without_injury|modern_slavery|Man ({age}) found sleeping in the {stn} toilets says he was brought to the UK to work in a nail bar, had his passport taken and worked without pay for months before escaping. Forced labour / trafficking. NRM, shelter found.
btp|stalking_harassment||Ref {ref}. Female commuter V ({age}) reports the same male has sat opposite her on the {time} from {stn} most days for {n} weeks and follows her to the car park. Once waited by her car. She has never spoken to him. Stalking. S N/K, description on file.
web|stalking_harassment|online|Someone on a railway enthusiasts forum keeps posting my photo and which trains I drive, with comments about my weight and where I live. Its been going on since {month}. I drive for a freight company and I have never met this person.
btp|stalking_harassment|online|Gateline supervisor {f} {sur} was filmed during a fare dispute and the clip posted on TikTok; since then she has had hundreds of abusive comments and DMs, some naming the station. Harassment. Screenshots saved.
wel|stalking_harassment|domestic_abuse|Note {wref}. Mrs {f} {sur}, wife of {rank} {m} {sur}, seen at the welfare office at her request. She receives a £{amt} weekly 'allowance' from her husband, must keep every receipt in a tin for him to check, and he notes the mileage on the car before he goes to work. She is not allowed to visit friends on the patch or attend the coffee mornings, and she says he has told the children she is 'mentally unwell' so they should not listen to her. She became tearful describing having to ask permission to buy school shoes. CCB. DASH medium. She wants to stay in the quarter for now and asked that he is not told she came in.
wel|stalking_harassment|domestic_abuse;online|While deployed, {rank} {m} {sur} has been demanding hourly WhatsApp video calls from his partner to show who is in the house, and messages her friends on Instagram to check where she is. If she misses a call he threatens to end it and 'tell everyone'. CCB.
web|stalking_harassment|domestic_abuse|My ex from years ago (we were together in {yr}, I left because he was violent) has started turning up at {stn} where I work on the ticket desk. He just stands there watching. Last week he left a card on my car. I have moved house twice already because of him.
btp|stalking_harassment|domestic_abuse|V {m} {sur} ({age}) harassed by his ex-wife: {many} calls and texts a day since the divorce hearing, and turning up at the {stn} staff entrance. Phone calls and texts only, no social media. DASH standard.
wel|stalking_harassment||Spouse {f} {sur} has had {n} anonymous letters pushed through the door of her quarter accusing her of an affair and calling her names. Believes another spouse on the patch is responsible. No relationship with the suspect. Harassment.
wel|stalking_harassment|online|{rank} {f} {sur} reports a troop WhatsApp group where several male colleagues post degrading sexual comments and 'ratings' of her. She is added back every time she leaves. Harassment. Chain of command informed, she asks that her name is protected.
web|stalking_harassment|domestic_abuse;online|my ex girlfriend keeps making new instagram accounts to message me after I block her - ive blocked {many} so far. she messages my sister as well. we broke up in {month}. im a woman too if that matters for the form. i just want her to leave me alone
btp|stalking_harassment||Kiosk worker at {bus} ({age}) being approached daily by a regular customer who leaves notes, asks about her home life and waits at the end of her shift. She has said no clearly. Not known to her outside work.
wel|stalking_harassment|domestic_abuse|Partner of {rank} {m} {sur}. He took her bank card 'to keep it safe' and she has to ask him for money for sanitary products and food. She is not allowed to take a job. He checks her texts. Economic abuse / CCB. IDVA referral made.
web|stalking_harassment|domestic_abuse|My mum (shes 62) keeps ringing my work and turning up at my flat screaming at me about my boyfriend. Shes done it {n} times this month. My manager said next time they will have to call the police. I just want it to stop.
wel|stalking_harassment|domestic_abuse;honour_based_abuse|{rank} {f} {sur}. Family pressuring her to marry a cousin abroad. Uncle has phoned the unit pretending to be her 'guardian', brothers have come to the camp gate twice demanding to see her, and she has been told she will be disowned. No threats to kill. Forced marriage concerns - FMU advice sought.
btp|stalking_harassment|hate_crime;online|Ref {ref}. Station manager at {stn}, openly gay, targeted on a local Facebook group with posts calling him a 'groomer' and homophobic slurs after he banned a customer. Posts widely shared. Harassment, hate.
btp|stalking_harassment|hate_crime|Sikh platform assistant at {stn} targeted by the same regular passenger every morning for {n} weeks - 'go home', 'terrorist', mocking his turban. No physical contact. Racially/religiously aggravated harassment.
wel|stalking_harassment||{f} {sur} being harassed by her friend's estranged husband, who blames her for the marriage ending: turning up at her workplace and following her car. V and S have never been in a relationship and are not related.
web|stalking_harassment|online|I matched with a guy on Hinge and met him once for a coffee at the cafe at {stn}. I told him afterwards I wasnt interested. Since then he has messaged me on every app I have, found my work email and sends messages there too - {many} in the last fortnight. We were never in a relationship, it was one coffee.
wel|stalking_harassment|domestic_abuse|{f} {sur}. Ex-husband (divorced {yr}) continues to phone her at her new posting and sends letters via her parents. NMO has been in place since last year. Harassment. She would like the unit to know in case he turns up.
btp|stalking_harassment|domestic_abuse|V ({age}) reports her ex-boyfriend waits for her at the {stn} barriers most evenings and walks behind her to the bus. She has told him to stop. DASH high, MARAC on {date}. Stalking.
web|stalking_harassment|online|Someone keeps emailing my employer lies about me, saying I steal and I'm on drugs. The emails come from different addresses each time, {n} so far since {month}. I think its someone I used to work with at the station shop in {stn} but I cant prove it and HR are starting to look at me funny.
wel|stalking_harassment|domestic_abuse|Husband ({rank}) moved the family into a quarter miles from town, took her car keys, reads her text messages and tells her she is 'useless' and 'lucky he puts up with her'. She must be home whenever he rings the landline. CCB.
btp|stalking_harassment||Train driver {m} {sur} harassed by a former colleague who was dismissed: repeated calls to the depot, notes left on his car, waiting near the {stn} crew room. Not a domestic, no relationship.
wel|stalking_harassment||Service spouse living off patch while her husband is deployed reports her flatmate ({age}) follows her around the house and reads her post. Flatmates only, no relationship. Harassment. Looking for alternative housing.
web|stalking_harassment|domestic_abuse|He is the father of my daughter, we were never married and split 4 years ago. He texts me 30 or 40 times a night calling me names and saying he will turn up at {stn} when I finish work. Its texts and ringing, nothing on social media. Im exhausted and my daughter has started asking why my phone keeps going.
wel|stalking_harassment|domestic_abuse;online|{rank} {m} {sur}'s ex-wife sends abusive emails to his chain of command and to his new partner, accusing him of abuse she has never reported. {many} emails in a month. Harassment. He requests support.
web|stalking_harassment|online|I sold a bike on an online marketplace in {month} and the buyer wasnt happy with it. Now he sends me abusive voice notes on WhatsApp every day, sometimes 10 a day. Ive never actually met him, he collected the bike from my dad in {town}.
wel|stalking_harassment|domestic_abuse|{rank} {m} {sur}'s brother (30) turns up at the camp gate demanding money and rings him {many} times a day. Has threatened to tell the unit 'things'. Harassment - family.
btp|stalking_harassment|hate_crime|Blind passenger ({age}) repeatedly targeted on the {time} from {stn} by a man who moves her cane, mocks her sight and tells other passengers she is 'faking'. Over several weeks. Harassment, disability hostility.
web|stalking_harassment||My flatmates boyfriend keeps texting me insults since I complained about him staying over every night - {many} texts since {dlong}. He's not my partner and never has been. Its texts only, he doesnt have me on anything else.
wel|stalking_harassment|domestic_abuse|{rank} {m} ({age}) is in a relationship with a 17-year-old local girl. Her mother reports that he checks her phone, has stopped her going to college and decides who she can see. CCB. Safeguarding and DA referral.
btp|stalking_harassment||Girl aged {teen} harassed by her ex-boyfriend (also {teen}) on the school bus and at {bus} - following her and texting that he will 'ruin her'. Both under 16. School and CSC informed.
web|stalking_harassment|domestic_abuse|My husband makes me ring him from every station on my way home from work, {stn} then the change, then when I get off, and he checks my bank statements line by line on a Sunday. If I'm 5 minutes late he accuses me of cheating and goes silent for days. I'm not allowed to see my sister because he says she 'puts ideas in my head'. He's never hit me so I didnt think it was abuse but I read the poster at {stn} and it sounded like me. Please dont ring after 6.
wel|stalking_harassment|domestic_abuse;online|{f} {sur} reports her ex-husband, now posted overseas, messages her daily on Facebook Messenger from fake accounts asking about her new partner. Divorced {yr}. Harassment.
btp|stalking_harassment|online|Ref {ref}. Rail staff member {m} {sur} doxxed on X after a video of him refusing boarding went viral - home address posted, DMs calling him names. Harassment. Employer aware.
wel|stalking_harassment||{rank} {f} {sur} receiving unwanted attention from a senior NCO - he waits outside her accommodation, leaves notes on her door and follows her to the gym. She has made it clear she is not interested. No relationship. RMP.
web|stalking_harassment|domestic_abuse|My ex-husband {m2} keeps turning up outside my gym and my work. We were married 6 years and divorced last spring. I'm a man and so is he and I feel like people won't take it seriously.
wel|stalking_harassment|domestic_abuse|{rank} {m} {sur} disclosed his wife controls his pay, took his phone, stops him seeing his parents and tells him he will never see the children if he reports it. Male victim of CCB. DASH medium.
btp|stalking_harassment|hate_crime;online|Muslim bus driver at {bus} targeted with posts on a local community Facebook page naming him and claiming he 'supports terrorists'. Comments say people will 'sort him out'. Harassment, religiously aggravated.
wel|stalking_harassment|domestic_abuse|{rank} {m} {sur} concerned that his grandfather controls his grandmother's pension, will not let her leave the house without him and belittles her in front of the family. Grandmother confided in him. CCB. Referral to older people's DA service.
web|stalking_harassment||Im worried it could turn into a domestic situation if he finds out where I live, but we are not together and never have been - hes a man from my old street in {town} who keeps following me from {stn} to my bus. It feels like stalking. Third time this week.
btp|stalking_harassment|domestic_abuse|V ({old}) reports her adult son keeps demanding money by phone, up to {many} calls a day, and has said he will smash her windows if she doesn't pay. Harassment. V does not want him prosecuted, wants help for his gambling.
wel|stalking_harassment|domestic_abuse|Spouse {f} {sur}: since moving to {camp} her husband has forbidden her from joining the spouses' network, taken her passport 'for safekeeping' and times her trips to the shop. She describes being made to apologise on her knees. CCB. No HBA indicators. DASH high.
btp|stalking_harassment|domestic_abuse|Ref {ref}. V {f} {sur} ({age}) reports her ex-partner of {n} years now rides the same train every day since she left him, sitting nearby and staring, and has turned up at her new flat. Stalking.
web|stalking_harassment|domestic_abuse|My wife keeps me on a tight lead - I hand over my wages, she decides who I can talk to and checks my phone every night. When I tried to go to my brothers wedding in {town} she hid my car keys and said she'd kill herself. I'm not sure this is abuse but my GP said to fill this in.
wel|stalking_harassment|domestic_abuse|{rank} {f} {sur} (RAF) reports her girlfriend of two years constantly accuses her of cheating, has turned up at the station gate {n} times and checks her mileage. {f} is worried about being outed. CCB.
btp|stalking_harassment|domestic_abuse|V ({age}) being harassed by her sister ({age2}) since their father died: abusive voicemails and turning up at V's workplace at {stn}. Harassment - family member.
web|stalking_harassment|domestic_abuse|My former partner (we split nearly nine years ago) has started sending letters and flowers to my new address in {town} and phoning my mum. I never gave him this address. I feel sick every time the post comes. Latest one came {date}.
web|stalking_harassment|domestic_abuse;honour_based_abuse|I'm 19 and my parents and uncle found out I have a boyfriend. They have taken my phone, my cousin follows me to uni and back on the train from {stn}, and they say I have brought shame on the family and need to be married quickly. I'm filling this in from the uni library. Please don't contact my home.
btp|sexual_offences||Ref {ref}. {time} {dest} service, coach {coach}, standing area. V ({age}) felt a male rubbing against her buttocks repeatedly; she moved and he followed. Left at {stn}. Sexual assault. Desc: W/M 30s grey hoodie, rest N/K. CCTV requested - tbc.
btp|sexual_offences||{stn} platform {plat} {time}. Male exposed himself to V ({age}) and masturbated while staring at her. Left via the footbridge. Exposure. V reported by text to 61016.
btp|sexual_offences||Voyeurism. Passenger saw a male filming up a woman's skirt on the escalator at {stn}; staff held him until officers arrived, phone seized. V {f} {sur} ({age}) identified, very distressed.
web|sexual_offences||On the night bus from {bus} a man sat next to me and put his hand on my thigh and kept moving it up even after I pushed it away. I moved seats and he got off at the next stop laughing. I didnt report it at the time because I just wanted to get home.
btp|sexual_offences|child_sexual_abuse_exploitation|Ref {ref}. Schoolgirl aged {teen} groped on the {line} at {bus} by an adult male who sat beside her. She told the driver, who called it in. S N/K. Parents informed, CSA procedures.
btp|sexual_offences||V ({age}) believes her drink was spiked in a bar near {stn}; she woke on a train at the end of the line with her tights and underwear pulled down. SARC referral, forensic samples taken. S unknown.
wel|sexual_offences||Confidential. {rank} {f} {sur} reports being raped by a male colleague in the accommodation block at {camp} after a mess function on {date}. Not in a relationship - they were friends. RMP and SARC engaged. Requests a move and an ISVA.
wel|sexual_offences|domestic_abuse|Spouse {f} {sur} disclosed that her husband ({rank}) forces her to have sex when he comes back from the bar, saying it is 'her duty' as his wife. This has happened many times. DASH high, ISVA and MARAC.
web|sexual_offences|domestic_abuse|My ex partner made me have sex with him when he came round to see the kids on the {dlong}. I said no loads of times. We broke up last year. I havent told anyone except my sister. I dont know if it counts as rape because we used to be together.
btp|sexual_offences|child_sexual_abuse_exploitation;online|15 y/o girl met an adult male (claims 19) on Snapchat and travelled by train to {stn} to meet him; he sexually assaulted her in the multi-storey car park. CSE. Phone seized for download. Mum with her.
wel|sexual_offences|child_sexual_abuse_exploitation|Cadet aged 16 disclosed that an adult volunteer instructor touched her breasts and bottom during a weekend camp at {camp}. Instructor suspended. LADO and civil police informed. Not family.
btp|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Ref {ref}. 17 y/o female V reports her boyfriend (21) raped her after a night out, at his flat near {stn}. They have been together 8 months. She is staying with her aunt. SARC, ISVA.
btp|sexual_offences|child_sexual_abuse_exploitation|14 y/o girl disclosed to her mum that her 15 y/o boyfriend pressured her into sexual activity in the toilets at {stn}. Both under 16. CSC and school informed.
web|sexual_offences|child_sexual_abuse_exploitation|I want to report what my uncle did to me when I was between 9 and 12. I'm 34 now and have never told anyone apart from my counsellor. He still lives in {town}. I dont know if its too late to report it.
wel|sexual_offences||{rank} {f} {sur} reports being sexually assaulted by a civilian at a nightclub in {town} on {date} - grabbed between the legs. She mentioned that her mother was abused as a child and this has brought things up for her. Civil police crime ref obtained.
btp|sexual_offences|modern_slavery|Woman ({age}) approached staff at {stn} and disclosed she was brought from abroad with the promise of a job and is being forced to sell sex in flats across {town}; the men who control her buy her train tickets and keep her passport. NRM, place of safety.
btp|sexual_offences|modern_slavery;child_sexual_abuse_exploitation|16 y/o girl repeatedly seen being moved by train between {stn} and {stn2} by older males and taken to hotels. Disclosed being made to have sex with their 'friends'. CSE, trafficking - NRM and strategy meeting.
wel|sexual_offences|online|{rank} {f} {sur} was sent unsolicited photos of a male colleague's genitals on WhatsApp on {date} after she turned down a drink with him. Cyberflashing. Screenshots kept. RMP.
btp|sexual_offences|hate_crime|Male V ({age}) groped on the {time} from {stn} by a man who grabbed his crotch while calling him a 'poof' and saying he 'must like it'. Sexual assault with homophobic hostility.
btp|sexual_offences||Female member of staff at {stn} found a phone hidden behind the bin in the accessible toilet, recording. Voyeurism. Phone seized; owner identified as a regular passenger.
web|sexual_offences||I was asleep in my cabin on the sleeper and woke up to a man I didnt know inside, touching my breasts. I screamed and he ran. The attendant said the lock was faulty. This was on {date}.
wel|sexual_offences|domestic_abuse|{rank} {f} {sur} discloses that her girlfriend {f2} performed sexual acts on her while she was asleep after drinking, more than once, despite being asked not to. They live together in SFA. She is reluctant to involve RMP.
wel|sexual_offences||Service spouse {f} {sur} sexually assaulted at a mess party by a colleague of her husband, who pushed her against a wall and put his hand down her top. Not DA - no relationship with the suspect.
btp|sexual_offences||Ref {ref}. V ({age}) sexually assaulted in the underpass by {stn}, then pushed to the ground and her phone taken. S fled. Both offences on one ref. SARC referral.
btp|sexual_offences|knife_sharp_instrument|{stn} underpass {hrs}. V ({age}) threatened with a knife held to her throat and raped. S N/K. SARC, forensic strategy in place. V with ISVA.
btp|sexual_offences|child_sexual_abuse_exploitation|Male ({age}) exposed himself to a group of Year 9 pupils waiting at {bus} stand {n}. Teachers reported. Exposure to children.
web|sexual_offences||On the train this morning a man pressed himself against me from behind and I could feel he was aroused. There were plenty of seats. When I turned round he smiled. I got off at {stn} and was sick.
wel|sexual_offences|domestic_abuse|{f} {sur} divorced {rank} {m} {sur} in {yr} and is now disclosing that he raped her repeatedly during the marriage while they lived at {camp}. Her counsellor encouraged her to come forward.
btp|sexual_offences|child_sexual_abuse_exploitation;online|Online grooming: adult male messaging a 13 y/o boy on Discord, sending sexual messages and arranging to meet at {stn}. Intercepted by officers. Sexual communication with a child. Family supported.
wel|sexual_offences||{rank} {m} {sur} reports being sexually assaulted in the shower block at {camp} - grabbed by the genitals by three others during what they called an initiation. RMP aware. Requests support.
btp|sexual_offences||Conductor {f} {sur} touched on the breast by a drunk passenger while checking tickets on the {time} {dest}. S detained at {stn}.
web|sexual_offences|domestic_abuse|My husband's brother kissed me and put his hand up my skirt at a family BBQ at our quarter at {camp} when everyone else was inside. He's married to my friend. I havent told my husband yet because they're really close. I want to know my options.
btp|sexual_offences||V ({age}) sexually assaulted by a male she met on the train earlier that evening. Not a partner - they had just met and shared a taxi from {stn}. SARC.
wel|sexual_offences|child_sexual_abuse_exploitation|Daughter (15) of {rank} {m} {sur} disclosed she was sexually assaulted by a soldier ({age}) at a party on the patch. The soldier is not family. Civil police and CSC.
btp|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|17 y/o V disclosed to her college that her stepfather has recently been coming into her room at night and touching her. Lives with mum and stepfather near {stn}. CSC and police.
btp|sexual_offences||Bus driver ({age}) at {bus} reports a male passenger exposing himself to her in the mirror from the rear seat. Exposure. S got off at the town centre stop.
web|sexual_offences||Theres a hole drilled in the wall between the cubicles in the staff changing room at the station gym at {stn} and I think someone has been filming us. I saw a phone lens on {dlong}. Im really upset and I dont trust anyone at work now.
wel|sexual_offences|hate_crime|Trans serviceperson {rank} {sur} sexually assaulted in the block by a colleague who said he wanted to 'check what she's got' and made transphobic comments. RMP. Welfare and LGBT network support.
btp|sexual_offences||Woman ({age}) woke on the last train to {dest} to find a man's hand inside her top. He moved away when she woke. Staff called; S left at {stn}.
wel|sexual_offences|domestic_abuse;online|Partner of {rank} {m} {sur} reports he has been filming them having sex without her knowledge and sharing the clips in a Telegram group with his friends. She found out from a friend. Voyeurism.
web|sexual_offences|domestic_abuse|He's my fiance and we live together in {town}. Last month he woke me up by having sex with me when I'd told him earlier I didn't want to. When I cried he said I was overreacting. Is this rape? I don't want to ruin his career, he's a {rank}.
btp|sexual_offences||Ref {ref}. V (18, first-year student) sexually assaulted by an unknown male on the {time} from {stn} - hand up her skirt while she was pinned against the window. S got off at the next stop.
wel|sexual_offences|domestic_abuse;honour_based_abuse|{f} ({age}), spouse of a locally employed civilian, disclosed she was made to marry him abroad by her family and that he rapes her; her family say leaving would bring shame on them. Forced marriage, HBA and DA procedures.
btp|robbery||Ref {ref}. {stn} exit {time}. S pushed V ({age}) to the ground and pulled her {phone} out of her hand, ran into the car park. Robbery. Grazes to palms.
btp|robbery|knife_sharp_instrument|Footbridge at {stn} {hrs}. Two males, one with a kitchen knife, demanded V's wallet and phone. V handed them over. No injury. Knifepoint robbery.
web|robbery||Two lads cornered me in the underpass near {stn}, one punched me in the face and they took my AirPods and £{amt} cash. My lip was bleeding. They looked about 18 or 19.
btp|robbery||Bag snatch. S yanked V's handbag strap from behind so hard she was pulled to the floor at {bus}; bruised knees. S ran off with the bag. V ({old}).
btp|robbery|knife_sharp_instrument|V ({age}) approached on platform {plat} at {stn} by a male who kept his hand in his pocket and said 'I've got a blade, give me your phone'. V believed him and handed over his {phone}. No knife seen but threat believed.
wel|robbery||Off-duty {rank} {m} {sur} punched from behind in {town} on {date} and his wallet taken while he was on the floor. Cut lip. Civil police robbery ref.
btp|robbery|hate_crime|Deaf male V ({age}) surrounded at {bus} by three youths who mocked his hearing aids and his signing, then wrenched his phone from his hand. Robbery with disability hostility.
btp|robbery||Ticket office clerk at {stn} threatened with a claw hammer; cash drawer handed over, approx £{amt}. No injury. S left on a bike. Business robbery.
btp|robbery||V ({age}) cycling on the path by {stn} pushed off his bike by S who then rode off on it. Bruised hip. Robbery of pedal cycle.
web|robbery|domestic_abuse|My ex grabbed my purse when I was getting off the bus and when I held on he twisted my arm until I let go. He took my bank card and £{amt}. We split up in {month}. I'm now applying for a non-molestation order.
btp|robbery||Kiosk at {bus}: S told staff he had a gun in his bag and demanded the takings; staff handed over £{amt}. No weapon seen. Robbery.
btp|robbery||{n} teenage boys robbed of their phones on the {time} from {stn} by an older group who said they would 'batter' them if they didn't hand them over. No weapons seen or mentioned. Robbery.
wel|robbery||Spouse {f} {sur} robbed at the cashpoint near {camp} gate: a male grabbed her wrist, forced her to let go of the £{amt} she had withdrawn and ran. Wrist sprained.
btp|robbery||Revenue officer punched by S at the {stn} ticket barriers and the cash bag pulled from his grip. Robbery (business property). Incident occured approx {time}.
web|robbery||Someone ripped my gold chain off my neck outside {stn} and it cut into my skin. They ran off towards the taxis. It was my grandmothers chain.
btp|robbery|knife_sharp_instrument|Two males holding machetes made V hand over his jacket and phone at {bus} {hrs}. V ({age}) complied. No injury. Robbery.
wel|robbery||{rank} {m} {sur} reports he was robbed of his watch by two men outside {stn} on {date}; one held his arms while the other took it. He did not hear any comments about him being in the forces.
btp|theft_from_person||Ref {ref}. Wallet lifted from IP's back pocket on the down escalator at {stn} {time}. IP felt nothing. Cards cancelled. Pickpocket. Loss approx £{amt}, not recorded in full.
btp|theft_from_person||V's {phone} taken from her hand by a male stepping off as the doors closed at {stn}; no force, no contact with V. Snatch theft.
web|theft_from_person||someone unzipped my backpack while i had it on my back on the platform at {stn} and took my purse. i only noticed when i went to pay for a coffee. it had my railcard and £{amt} in it
btp|theft_from_person||Purse dipped from V's open handbag at {bus} stand {n} while she boarded. V ({old}) did not notice until later.
wel|theft_from_person||{rank} {m} {sur}'s wallet taken from his jacket pocket in a busy bar in {town} on {date}; MOD ID card inside. Theft.
btp|theft_from_person||Distraction theft at {stn}: a female asked V for directions while a male took V's phone from his coat pocket. V realised minutes later.
web|theft_from_person||My phone was sticking out of my jeans pocket on the {time} and a man grabbed it as he got off at {stn}. He didnt touch me. It happened so fast.
btp|theft_from_person||V ({age}) had her bag slid off her shoulder on the crowded concourse at {stn} without noticing; bag recovered empty in the toilets.
btp|theft_from_person||V's phone snatched from his hand at {bus}, no force used and no injury. V confirms S is a stranger - not his ex or anyone he knows.
btp|theft_from_person||Purse taken from V's coat pocket on the {time} {dest}; cards then used at {n} shops in {town} the same afternoon.
web|theft_from_person||Someone pulled my earbuds case straight out of my hand on the platform at {stn} and ran. I wasnt hurt, just shocked.
btp|theft_from_person||V ({old}) had her purse taken from the handbag on her arm while at the ticket machine at {stn}; S seen on CCTV.
wel|theft_from_person||Spouse {f} {sur} had her phone plucked from her hand by a passing cyclist outside the NAAFI at {camp}. No force used, she was not touched or hurt.
btp|theft_from_person||Team of pickpockets working the {stn} ticket hall on {date}; V is one of {n} victims. Wallet from inside jacket.
web|theft_from_person||I think my phone was nicked out of my coat pocket on the rail replacement bus from {stn}. It was definately there when I got on.
btp|theft_from_person||V ({age}) reports a pickpocket took cash from his trouser pocket in the queue at the {stn} taxi rank. V later recognised S's photo on a Facebook 'wanted' appeal.
btp|bicycle_theft||Ref {ref}. Pedal cycle stolen from {stn} cycle hub between {time} and {time2}, {date}. {bike}. Lock also gone. No CCTV covering racks.
web|bicycle_theft||My bike got nicked from the racks at {stn} while I was at work. {bike}. I have the frame number. I checked with station staff and nothing has been handed in.
btp|bicycle_theft||Folding bike taken from the vestibule of the {time} {dest} while V was in the toilet. V ({age}), commuter.
wel|bicycle_theft||{rank} {m} {sur}'s mountain bike taken from the bike rack outside the gym at {camp}. Not locked. Theft of pedal cycle.
btp|bicycle_theft||Child's bike taken from outside the cafe at {stn} while the family were inside.
web|bicycle_theft||My bike was stolen from {stn} last week and yesterday I saw a man riding it past the station - same sticker on the frame. I didnt say anything. What should I do? {bike}.
btp|bicycle_theft||Brompton taken from the {stn} short stay car park racks {date}; CCTV shows a male riding it off.
btp|bicycle_theft||Road bike worth approx £{amt} stolen from the Sheffield stands at {stn}. V ({age}).
wel|bicycle_theft||Spouse's bike taken from the front garden of the quarter at {camp} overnight. Garden open, bike not locked.
web|bicycle_theft||Someone took the bike I had chained to the railings outside {stn}. The chain was gone too. {bike}.
btp|bicycle_theft|domestic_abuse|V ({age}) reports her ex-partner took her bicycle from the {stn} racks using a spare key he kept; she bought the bike after they split. Known DA history, MARAC heard the case in {month}.
btp|bicycle_theft||Cargo bike with child seat taken from the {stn} cycle hub; V came back at {time} to find it gone.
btp|bicycle_theft||Bike stolen from the racks at {stn}. V ({age}) asked if it could be a hate crime because he is Polish, but nothing was said or done to suggest that - just a bike theft.
btp|criminal_damage_arson||Ref {ref}. Graffiti tagging on {n} carriages stabled at {stn} sidings overnight. Cleaning costs est. £{amt}.
btp|criminal_damage_arson||Ticket machine screen smashed at {stn} {time}; staff member {f} {sur} witnessed it and was frightened, but was not threatened.
btp|criminal_damage_arson||Bin set alight on platform {plat} at {stn}; fire spread to the wooden bench. Arson. Youths seen running.
btp|criminal_damage_arson|hate_crime|Antisemitic slogans and a swastika sprayed on the waiting room wall at {stn}, opposite the synagogue. Station staff referral.
wel|criminal_damage_arson|domestic_abuse|{rank} {m} {sur} reports his partner smashed his phone and games console during a row on {date}. No violence. DASH standard.
web|criminal_damage_arson|domestic_abuse|My ex keyed my car outside my new flat - she scratched a word across the bonnet. We split in {month}. I know its her because she told my sister she did it.
btp|criminal_damage_arson||Two bus shelters at {bus} had their glass panels smashed overnight.
wel|criminal_damage_arson|domestic_abuse|Wife of {rank} {m} {sur}: he punched holes in the doors of the quarter and broke her laptop during an argument on {date}. DASH standard. Housing repair needed.
wel|criminal_damage_arson||Deliberate fire in the laundry room of block {n} at {camp}. Arson. {rank} identified on CCTV.
web|criminal_damage_arson||Someone threw a brick through the window of my shop next to {stn} overnight. Nothing was taken.
wel|criminal_damage_arson|domestic_abuse|{rank} {m} {sur} reports his adult brother kicked their parents' front door until it split after being refused entry. He did not get in. Parents frightened. DA - family.
btp|criminal_damage_arson||Youths threw stones at a passing train near {stn}, cracking the cab windscreen. Driver unhurt.
wel|criminal_damage_arson||Spouse's car paintwork damaged with paint stripper on the {camp} patch; believed linked to a parking dispute with a neighbour.
btp|criminal_damage_arson|domestic_abuse|Ref {ref}. V's ex-partner set fire to bin bags of her belongings left outside her door. Arson. DA.
web|criminal_damage_arson||My car got scratched all down one side in the {stn} car park and someone wrote on the windscreen in marker. Nothing else.
btp|criminal_damage_arson|hate_crime|Station manager {m} {sur} (British Pakistani) found racist graffiti naming him scrawled on the mess room door at {stn}. Racially aggravated criminal damage.
btp|criminal_damage_arson||CCTV cameras at the {stn} entrance ripped off the wall overnight.
web|criminal_damage_arson|domestic_abuse|My dad smashed my phone against the wall when I told him I was moving out to {town}. I'm 20. He has never hit me. The phone cost £{amt} and I'm still paying for it.
btp|public_order|hate_crime|Ref {ref}. S shouted racist abuse at Asian gateline staff at {stn} for several minutes. No physical contact. Racially aggravated s5.
btp|public_order||Drunk male swearing and shouting at staff at the {stn} ticket office, causing distress to staff and passengers. s5.
btp|public_order||Violent disorder between rival football fans on platform {plat} at {stn}; V ({age}) caught up in it, not injured, very frightened.
btp|public_order|hate_crime|Homophobic abuse shouted at V and his partner on the {line} at {bus}. No contact. s5 aggravated.
btp|public_order||Group of males chanting, swearing and throwing empty cans around the carriage (not at anyone) on the {time} service; passengers alarmed. Nothing damaged. s4A.
wel|public_order||Off-duty soldiers involved in an affray outside a pub in {town} on {date}; {rank} {m} {sur} says he was a bystander. No injuries.
web|public_order|hate_crime|A man screamed at me on the train calling me a terrorist because I wear a headscarf. Everyone stared. He didnt touch me. I got off at {stn} and cried.
btp|public_order||Fare dodger verbally abused the RPI at {stn} - swearing and calling her names in front of the queue. No threats, no contact. s5.
btp|public_order|hate_crime|Transphobic abuse shouted across the {stn} concourse at V ({age}) by a group. s5 aggravated.
wel|public_order||{rank} {m} {sur} (drunk) caused a disturbance at the {stn} ticket office, shouting and swearing at staff. Civil police dealt with it for s5.
btp|public_order|domestic_abuse|Couple on platform {plat} at {stn}: male S screaming abuse at his partner, calling her names, passengers alarmed. No physical contact. s5 / DA.
btp|public_order||{stn} {time}. Group of teens chanting and swearing at staff, refusing to leave; staff alarmed and distressed. s5 recorded.
web|public_order|hate_crime|People on the {time} from {stn} kept shouting abuse about my wheelchair and saying disabled people shouldnt be allowed on at rush hour. Nobody helped.
wel|public_order|hate_crime|{rank} {m} {sur} (Fijian) subjected to racist chanting by a group of civilians outside a club in {town}. No contact.
btp|public_order||Rail replacement coach driver at {bus} subjected to abusive language and obscene gestures by a passenger. s4A.
btp|public_order||Stag party members fighting among themselves in the vestibule of the {time} {dest}, none injured and none wanting to complain; passengers frightened. Affray.
btp|public_order|hate_crime|Antisemitic abuse shouted at a Jewish family on platform {plat} at {stn}. s5 religiously aggravated.
btp|public_order||V ({age}) reports a drunk passenger shouting obscenities at her and her children on the {time}, causing distress. Not a hate incident - no reference to any characteristic.
btp|drug_offences||County lines op on the {dest} line: male ({age}) stopped at {stn} with {many} wraps of crack cocaine and a 'line' phone. Arrested PWITS.
btp|drug_offences||Smell of cannabis in the toilet on the {time}; S found with a bag of cannabis. Possession.
wel|drug_offences||{rank} {m} {sur} failed CDT; cocaine found in his locker at {camp}. Referred to welfare for support.
btp|drug_offences||Male ({age}) found with ketamine wraps at {bus} after a drugs dog indication.
web|drug_offences||People are dealing drugs openly at the side entrance to {stn} every morning. I see money and little packets changing hands.
btp|drug_offences||Holdall left on the {time} found to contain approx 1kg of cocaine. Enquiries ongoing.
wel|drug_offences||Spouse {f} {sur} reports her adult son is dealing cannabis from the quarter. No abuse or threats towards her - she just wants it to stop and is worried about the tenancy.
btp|drug_offences||Supplier arrested at {stn} with bags of spice after two users collapsed.
btp|drug_offences|online|Drugs ordered via Telegram and delivered to a parcel locker at {stn}; male ({age}) arrested collecting.
btp|drug_offences||Male seen passing small packages to others on platform {plat} at {stn}; found with cocaine wraps.
wel|drug_offences||Cannabis grow found in the loft of a vacant SFA at {camp}.
btp|possession_of_weapons||Stop search at {stn}: male ({age}) found with a lock knife in his waistband. No threats made to anyone. Arrested possession of bladed article.
btp|possession_of_weapons||Knuckleduster found in a bag at the {bus} search arch.
btp|possession_of_weapons||BB gun seen in a rucksack on the {time}; armed response at {stn}. No one threatened.
wel|possession_of_weapons||{rank} {m} {sur} found with a hunting knife and a cosh in his car at the {camp} gate search.
web|possession_of_weapons||I saw a lad at {bus} with a machete down the back of his trousers. He didnt threaten anyone but I was scared and moved away.
btp|possession_of_weapons||S seen stashing a zombie knife under a seat on the {time}; recovered, S arrested at {stn}.
wel|possession_of_weapons||Live ammunition found in a civilian's garage near {camp}; {rank} {m} {sur} suspected of taking it home from the ranges.
btp|possession_of_weapons||CS spray found on a female ({age}) at {stn} after a search.
btp|possession_of_weapons||Throwing knives found in the holdall of a male at {bus}; said they were for 'protection'.
web|possession_of_weapons||I saw a man open a flick knife on the {line}, look at it, and put it away again. He didnt say anything to anyone or point it at anyone. Around {time}.
btp|possession_of_weapons||Crossbow in a holdall at the {stn} left luggage; owner arrested.
wel|possession_of_weapons||Taser brought back from overseas found in a quarter at {camp} during move-out inspection.
wel|burglary||SFA at {camp} burgled while the family were on leave: back door forced, TV and medals taken.
btp|burglary||Ticket office at {stn} broken into overnight; cash float of approx £{amt} taken.
btp|burglary||Staff mess room at {stn} entered through a window, lockers rifled, {n} phones taken.
web|burglary||Someone got into my flat above the shop near {stn} while I was at work and took my laptop and jewellery. The window was forced.
wel|burglary||{rank} {m} {sur}'s room in the block at {camp} entered while he was on exercise; laptop and bank cards taken.
wel|burglary|domestic_abuse|{f} {sur}'s ex-partner let himself into her quarter with an old key while she was out and took her documents. They split {n} months ago. DA.
btp|burglary||Lineside staff building near {stn} broken into, tools stolen.
btp|burglary||Station cafe at {stn} burgled overnight; till and stock taken.
wel|burglary|domestic_abuse|{rank} {m} {sur}'s estranged wife broke into the house he rents off-patch and took his passport and medals. DA.
web|burglary||My garage was broken into overnight on {date} and both our bikes were taken. The garage is attached to the house.
wel|burglary||Store room at the {camp} community centre broken into; tools and the spouses' club cash tin taken.
web|burglary||I got home on {date} to find the back door kicked in and my medication and £{amt} cash gone. Nobody was home.
btp|vehicle_offences||Car stolen from the {stn} long stay car park between {time} and {time2}. Keys with V.
btp|vehicle_offences||Catalytic converter removed from V's car in the {stn} car park.
wel|vehicle_offences||{rank}'s car taken from outside block {n} at {camp} overnight.
web|vehicle_offences||Someone stole my number plates while I was parked at {stn}.
btp|vehicle_offences||Male seen trying the door handles of parked cars at {stn}; arrested for vehicle interference.
btp|vehicle_offences||Sat nav and sunglasses taken from V's unlocked car at {stn}.
wel|vehicle_offences|domestic_abuse|{rank} {m} {sur}'s ex-partner took his car without consent from outside the block and won't return it, as she has done repeatedly to control where he can go. DA.
btp|vehicle_offences||Motorbike taken from the motorcycle bay at {stn}.
web|vehicle_offences||My van was left unlocked at {stn} and my tools were taken out of the back.
btp|vehicle_offences||Keyless car stolen from the {stn} car park overnight.
btp|shoplifting||Ref {ref}. Concourse newsagent at {stn}: male took sandwiches and drinks worth £{amt} without paying and ran onto the {time} to {dest}. Staff not approached or threatened.
wel|shoplifting||NAAFI shop at {camp} reports repeated theft of spirits from the shelves, believed to be a soldier from block {n}. Loss approx £{amt}.
web|shoplifting||I run the snack shop at {bus} and the same woman keeps coming in and putting things in her bag - razors, meal deals, chocolate. I've got her on camera {n} times. She doesn't threaten us, she just walks out.
btp|shoplifting||Pharmacy in the {stn} arcade: perfume gift sets worth £{amt} taken from display. S left via the north exit.
btp|shoplifting||Youth filled a rucksack with energy drinks at the station convenience store at {stn} and walked out past the tills. Staff did not challenge.
btp|shoplifting||Repeat shop theft from the bookshop at {stn}: S recognised by staff from previous incidents, took {n} hardbacks.
web|shoplifting||Store manager, station food shop at {stn}. We lose stock every day in the evening rush - last night a man took £{amt} of meat and wine and walked out. Staff are told not to intervene.
btp|other_theft||Ref {ref}. Suitcase taken from the luggage rack at the end of coach {coach} on the {time} to {dest} while V was seated further down. Not from the person.
btp|other_theft||V ({age}) put her bag on the seat beside her in the waiting room at {stn} and turned to talk to her child; bag gone. Not taken from her person.
btp|other_theft||Taxi from the {stn} rank: passenger made off without paying the £{amt} fare at destination. Driver {m} {sur}.
wel|other_theft||Kit taken from {rank} {m} {sur}'s unlocked locker in the gym changing room at {camp}: wallet, watch and ID card.
btp|other_theft||Lost property office at {stn}: cleaner suspected of taking cash from handed-in wallets over {n} months. Theft by employee.
web|other_theft||My parcel was delivered to my front door on {date} and someone took it within 10 minutes - my neighbours doorbell camera caught them.
btp|other_theft|online|Male V ({age}) met a 'woman' on a dating app and exchanged intimate images; he is now being told to pay £{amt} or the images go to his family and employer. Blackmail / sextortion.
wel|other_theft|domestic_abuse|{f} {sur} reports her husband ({rank}) sold her jewellery, including her late mother's ring, without her permission to fund his gambling. Economic abuse.
btp|other_theft||Approx {many} metres of copper cable stolen from lineside near {stn}; service disruption.
btp|other_theft||V left her {phone} on the {time}; it was picked up by a passenger who kept it and has been using it - location shows it in {town}. Theft by finding.
wel|other_theft||Washing taken from the drying room in block {n} at {camp} - uniform and civilian clothes belonging to {rank} {m} {sur}.
web|other_theft|domestic_abuse|My son is 26 and every time he visits money goes missing from my purse. Last Sunday it was £{amt}. I know its him. I dont want to fall out with him but I cant afford it.
btp|other_theft||Charity collection tin taken from the counter of the kiosk at {bus}.
btp|other_theft||Handbag left under a table in the station pub at {stn} taken while V was at the bar.
web|fraud_computer_misuse|online|I bought 2 e-tickets for a concert on a resale website for £{amt} and they were fake - the barcode didnt scan at the gate. The sellers profile has gone.
btp|fraud_computer_misuse||Male posing as a ticket inspector on the {dest} line issuing fake 'penalty fares' for cash. {n} victims identified; V {f} {sur} paid £{amt}.
wel|fraud_computer_misuse|online|Civilian woman ({age}) contacted the unit believing she was in a relationship with {rank} {m} {sur}, whom she met on Instagram; she has sent £{amt} for 'leave flights'. The real soldier is unaware his photos were used. Romance fraud. Action Fraud ref obtained.
wel|fraud_computer_misuse|domestic_abuse|{f} {sur}'s husband took out {n} loans in her name while she was deployed. Debt approx £{amt}. Economic abuse. She wants separation advice.
web|fraud_computer_misuse||I had a phone call on {date} from someone saying they were from my banks fraud team and that my card had been cloned at {stn}. He knew my name and address. He said a courier would come to collect my cards for evidence and I should tell him my PIN so they could put a block on it. A young man came to the door about an hour later and I handed them over in an envelope. £{amt} has gone. It was all by phone, nothing online, I dont do the internet. I'm {old} and I feel so stupid. My son says I should report it so here I am.
btp|fraud_computer_misuse||V's bank card lost at {stn}; used at ticket machines {n} times for a total of £{amt}.
web|fraud_computer_misuse|online|I sold my bike on Gumtree for £{amt} and the buyer showed me a screenshot of a bank transfer that was fake. He took the bike and I never got the money.
wel|fraud_computer_misuse|online|Phishing email claiming to be from JPA pay section sent to personnel at {camp}; {n} soldiers entered bank details and lost money.
web|fraud_computer_misuse|domestic_abuse;online|My ex still uses my Amazon account and the card saved on it. He changed the password so I cant get in. We split in {month} and hes bought over £{amt} of stuff.
wel|fraud_computer_misuse|domestic_abuse|{rank} (ret'd) {m} {sur} ({old}): his grandson, who holds power of attorney, has been withdrawing his pension and spending it. Abuse of position. Adult safeguarding.
btp|fraud_computer_misuse|online|Fake railcard website took V's payment of £{amt}; no railcard ever arrived. Site now offline.
web|fraud_computer_misuse||Someone rang me saying they were from the train company refund team and needed my card details to refund a cancelled journey. £{amt} was taken. It was a phone call, I never clicked anything.
wel|fraud_computer_misuse|online|{rank} {f} {sur}'s Facebook account hacked and used to message her friends asking for money; {n} friends sent funds. Computer misuse.
btp|fraud_computer_misuse||Refund fraud at the {stn} ticket office using stolen cards; staff member {f} {sur} spotted the pattern.
web|fraud_computer_misuse|online|A man I met in a WhatsApp investment group persuaded me to put £{amt} into crypto. I cant withdraw anything and hes blocked me.
btp|misc_crimes_against_society||Ref {ref}. Forged railcard presented at the {stn} gateline - photo and dates altered. Revenue team referral.
btp|misc_crimes_against_society||Car driven at speed through the {stn} pick-up zone, mounting the kerb; V ({age}) had to jump clear. No injuries. Dangerous driving.
wel|misc_crimes_against_society|domestic_abuse|{f} {sur} received texts from her ex-partner threatening to burn her car if she doesn't let him see the children. Texts only. DA.
btp|misc_crimes_against_society||Male found selling phones from a holdall in the {stn} car park; checks show they are stolen. Arrested for handling stolen goods.
wel|misc_crimes_against_society|domestic_abuse|{f} {sur}, due to give evidence against her ex-husband, was told through his mother that she should drop the case or 'the kids will suffer'. Witness intimidation. DA.
btp|misc_crimes_against_society||S told {stn} staff he would come back and smash up the ticket office if his refund wasn't processed. Threat to commit criminal damage.
wel|misc_crimes_against_society||{rank} {m} {sur} suspected of submitting forged medical certificates to avoid duty. Forgery.
btp|misc_crimes_against_society||Car driven through the level crossing near {stn} as the barriers came down; no injuries. Dangerous driving.
wel|misc_crimes_against_society||{rank} {m} {sur} drove at high speed through the {camp} married quarters estate past children playing. No one hurt. Dangerous driving.
web|misc_crimes_against_society||Someone phoned me saying they'd torch my garage if I kept reporting the lads hanging around by {stn}. Nobody has done anything yet.
btp|misc_crimes_against_society||Forged tickets recovered from a seller outside {bus}; seller arrested for forgery.
btp|anti_social_behaviour||Group of teenagers hanging about in the {stn} booking hall - loud music, skateboarding. No offences disclosed. Dispersed.
wel|anti_social_behaviour||Noise complaints between neighbours on the {camp} patch: late-night parties at the quarter next door. No threats, no crime.
web|anti_social_behaviour||People keep putting their feet on the seats and playing music out loud on the {time} train every day. Nobody does anything about it.
btp|anti_social_behaviour||Rough sleepers bedding down in the {stn} entrance; no issues, outreach informed.
btp|anti_social_behaviour||Youths on bikes riding across the concourse at {stn}; nuisance. No crime disclosed.
wel|anti_social_behaviour||Dog barking continuously at the neighbouring quarter at {camp}. Complainant {f} {sur}.
web|anti_social_behaviour||The toilets at {bus} are always full of people drinking and its intimidating, though nobody has ever actually said anything to me.
btp|anti_social_behaviour||Football supporters singing loudly on the {time} train; staff report nuisance only, no offences identified.
wel|anti_social_behaviour||Soldiers returning to block {n} late, shouting and banging doors; complaints from families at {camp}. No crime.
btp|anti_social_behaviour||Smokers gathering at the end of platform {plat} at {stn}, littering. Advice given.
web|anti_social_behaviour||Teenagers keep hanging around the {stn} car park revving their engines at night.
wel|anti_social_behaviour||Neighbour at {camp} reports the couple in the adjacent quarter arguing loudly. Welfare check: no violence, no abuse disclosed, both fine.
btp|anti_social_behaviour||Drunk passenger singing loudly on the {time}; other passengers annoyed but no offences.
btp|other_crime||Dog kicked repeatedly by its owner on platform {plat} at {stn}. RSPCA informed. Animal welfare offence.
wel|other_crime||{rank} {m} {sur} AWOL since {date}; family worried about his welfare. Service police informed.
btp|other_crime||Persistent trespass on the line at {stn} by youths walking along the tracks. Railway trespass.
wel|other_crime||Horse neglected in a paddock near {camp}; owner is a serving soldier. RSPCA.
web|other_crime||Someone keeps fly-tipping mattresses behind {stn}.
btp|other_crime||Unlicensed taxi touting at the {stn} rank.
web|other_crime||My neighbours dog in {town} is left chained in the yard without water every day.
btp|violence_without_injury|domestic_abuse|Ref {ref}. IP {f} {sur} ({age}) - ex-partner (seperated {yr}) has been following her between {stn} and work for approx {n} weeks, waiting at the barriers. On {date} he sent a text saying he would kill her if she got a new bloke. TTK + stalking. DASH high, MARAC. Texts only - no social media.
wel|stalking_harassment|domestic_abuse;online|{f} {sur} (separated from {rank} {m} {sur} since {month}): he has logged into her online banking with her old password and moved £{amt}, and bombards her with Facebook messages - {many} in one week - calling her a liar. Harassment and computer misuse. DASH medium.
btp|stalking_harassment|domestic_abuse|Stalking. V ({age}) - her ex-boyfriend has followed her on and off the {time} for weeks; on {date} he let himself into her flat while she was at work and took her diary and spare key. Burglary also recorded on same ref {ref}. DASH high.
btp|possession_of_weapons||Stop search on the {time} at {stn}: male ({age}) found with {n} bags of cannabis and a knuckleduster. Arrested for both. Nobody threatened.
btp|criminal_damage_arson||Drunk male shouting abuse at gateline staff at {stn} {time}, then kicked in the screen of the ticket machine. s5 and criminal damage. Staff not touched.
btp|drug_offences||Male shouting and swearing at passengers on the {time} to {dest}, causing alarm; on search found with {n} wraps of cocaine. Public order + possession.
btp|public_order||Driver doing handbrake turns in the {stn} car park and then leaning out to scream obscenities at the car park attendant, who was distressed. Nobody hit or endangered directly. Driving matter + s5.
btp|violence_with_injury||Ref {ref}. IP ({age}) punched by unknown male outside {stn} - bruised eye socket, s47. IP says S 'might have had something in his pocket' but nothing was seen and nothing was said about a weapon. IP disclosed her late mother suffered DA from her father decades ago, which is why she froze. Current incident: stranger. Nil DA.
btp|bicycle_theft||Bike taken from {stn} racks {date}. While reporting, V asked what she should do if her boyfriend ever hit her - she says nothing like that has happened, it was something she saw on TV. Leaflet given. {bike}.
web|violence_with_injury||A man filmed me arguing with him on the platform at {stn} and then punched me in the ear - I have a perforated eardrum. Now I'm worried he'll put the video online, though I havent seen it anywhere yet. Date {date}.
wel|violence_with_injury|domestic_abuse|{f} {sur}, the mother of {rank} {m} {sur}'s two children (not married, lived together until {yr}), attended the welfare office with a split lip she says he caused when she dropped the children at {camp} on {date}.
btp|violence_without_injury|domestic_abuse|V ({age}) pushed against the lift doors at {stn} by her civil partner {f2} during an argument about moving house. No injury. DASH standard.
wel|stalking_harassment|domestic_abuse|{rank} {m} {sur}'s stepson ({age}), his late wife's son, has been turning up at the quarter drunk, banging on the windows at night and sending abusive texts. {sur} is frightened of him. Family - DA.
web|stalking_harassment|domestic_abuse|My daughters dad has been ringing my new partner telling him lies about me, and he sits outside my house in his van. We were together 11 years and split in {yr}. He also turned up at {stn} when I was getting off the train on {date}. I dont know how he knows my times.
btp|violence_with_injury||Girl aged 15 slapped and kicked by her boyfriend (19) at {bus}, bruising to thigh. V under 16 - safeguarding / CSC. CSE screening: no sexual exploitation disclosed. Ref {ref}.
wel|violence_without_injury||Unpaid carer (a family friend, not a relative) of {rank} (ret'd) {m} {sur} ({old}) pushed him back into his chair and shouted at him. No injury. Adult safeguarding. Not DA - no family or intimate relationship.
wel|other_theft||Service spouse {f} {sur}'s purse taken from the pushchair basket at the {camp} community centre while she was at the toddler group. Not on her person.
btp|sexual_offences||Man seen masturbating on the {time} opposite a female passenger ({age}), who moved carriages. Exposure. IP: 'it's not my ex or anyone I know, never seen him before.'
wel|homicide||Bereaved partner support: {f} {sur}, partner of {rank} {m} {sur}, who was killed in a one-punch assault outside a bar in {town}. The attacker (a stranger) has been convicted of manslaughter; sentencing on {date}. {f} is pregnant and living in SFA, needs housing advice.
btp|death_injury_driving||RTC at {bus} entrance {date}: motorcyclist ({age}) left with life-changing injuries after a car pulled out in front of him; car driver charged with causing serious injury by careless driving. IP's wife {f} referred.
"""

SLOT_RE = re.compile(r"\{([a-z]+)(\d?)\}")


def parse_templates(raw):
    out = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            sys.exit(f"template line {lineno}: expected kind|category|flags|text")
        kind, category, flag_field, text = parts
        if kind not in KINDS:
            sys.exit(f"template line {lineno}: unknown kind {kind!r}")
        if category not in CATEGORIES:
            sys.exit(f"template line {lineno}: unknown category {category!r}")
        flags = [f for f in flag_field.split(";") if f]
        for flag in flags:
            if flag not in FLAGS:
                sys.exit(f"template line {lineno}: unknown flag {flag!r}")
        if len(set(flags)) != len(flags):
            sys.exit(f"template line {lineno}: duplicate flag")
        ordered = ";".join(f for f in FLAGS if f in flags)
        slots = SLOT_RE.findall(text)
        if not slots:
            sys.exit(f"template line {lineno}: no slots")
        for base, _ in slots:
            if base not in SLOTS:
                sys.exit(f"template line {lineno}: unknown slot {base!r}")
        if "{" in SLOT_RE.sub("", text) or "}" in SLOT_RE.sub("", text):
            sys.exit(f"template line {lineno}: stray brace")
        out.append((kind, category, ordered, text))
    return out


def fill(text, rng):
    values = {}
    used = {}

    def repl(match):
        key = match.group(0)
        if key not in values:
            base = match.group(1)
            taken = used.setdefault(base, [])
            for _ in range(50):
                value = SLOTS[base](rng)
                if value not in taken:
                    break
            taken.append(value)
            values[key] = value
        return values[key]

    return SLOT_RE.sub(repl, text)


def main():
    templates = parse_templates(TEMPLATES)
    if len(templates) < MIN_TEMPLATES:
        sys.exit(f"only {len(templates)} templates")
    texts = [t[3] for t in templates]
    if len(set(texts)) != len(texts):
        sys.exit("duplicate template text")

    order = list(range(len(templates)))
    order += [RNG.randrange(len(templates)) for _ in range(N_NOTES - len(templates))]
    seen = set()
    notes = []
    for idx in order:
        _, category, flags, text = templates[idx]
        for _ in range(200):
            filled = fill(text, RNG)
            if filled not in seen:
                break
        else:
            sys.exit(f"could not make a unique note from template {idx}")
        seen.add(filled)
        notes.append((filled, category, flags))

    RNG.shuffle(notes)

    cat_counts = Counter(n[1] for n in notes)
    flag_counts = Counter(f for n in notes for f in n[2].split(";") if f)
    missing = [c for c in CATEGORIES if not cat_counts[c]] + [f for f in FLAGS if not flag_counts[f]]
    if missing:
        sys.exit(f"uncovered labels: {missing}")

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["note_id", "text", "category", "flags"])
        for i, (text, category, flags) in enumerate(notes, 1):
            writer.writerow([f"B47-{i:04d}", text, category, flags])

    print(f"templates {len(templates)}")
    print(f"notes {len(notes)}")
    for c in CATEGORIES:
        print(f"category {c} {cat_counts[c]}")
    for f in FLAGS:
        print(f"flag {f} {flag_counts[f]}")


if __name__ == "__main__":
    main()
