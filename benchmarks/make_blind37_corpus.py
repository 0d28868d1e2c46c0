#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the blind-37 labelled test corpus (800 synthetic triage notes).

Scenario: a victims' hub for a rural and coastal English county (farms, market
towns, a port, caravan parks, seasonal workers), January-March 2027. Every
referral arrived with a source crime type of "Other crime", "Other", blank or
"Unknown", so the category has to be read from the free text.

Four referral sources, each with its own voice:
  a  rural crime team officers (terse, agricultural and marine detail)
  b  an older volunteer writing long, courteous, indirect letters
  c  a seasonal workers' advice charity (plain, non-native English)
  d  a hospital emergency department safeguarding nurse (clinical shorthand)

Each template line is ``kind|category|flags|text`` and was labelled by hand
against TAXONOMY.md. Slots in braces only carry names, places, dates, times,
amounts, references and ages; a slot never changes the label. Everything is
synthetic. Only the standard library and one ``random.Random(SEED)`` are used,
so the output is byte-identical whatever the working directory or hash seed.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from pathlib import Path

SEED = 37_2026
N_NOTES = 800
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind37.csv"

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

# ---------------------------------------------------------------------------
# Slot vocabularies (lists only; never sets, never hash()).
# ---------------------------------------------------------------------------

NAMES: dict[str, list[str]] = {
    "f": [
        "Emma",
        "Chloe",
        "Sophie",
        "Hannah",
        "Jess",
        "Lauren",
        "Amy",
        "Megan",
        "Kirsty",
        "Gemma",
        "Tamsin",
        "Morwenna",
        "Bethan",
        "Niamh",
        "Priya",
        "Aisha",
        "Fatima",
        "Nadia",
        "Harpreet",
        "Chidinma",
        "Abena",
        "Grace",
        "Kemi",
        "Agnieszka",
        "Monika",
        "Daria",
        "Maria",
        "Ana",
        "Sofia",
        "Mei",
        "Rosa",
        "Zainab",
        "Shauna",
        "Leanne",
        "Kelly",
        "Jade",
        "Demelza",
        "Yasmin",
    ],
    "m": [
        "Tom",
        "Jack",
        "Daniel",
        "Liam",
        "Ryan",
        "Craig",
        "Wayne",
        "Gareth",
        "Rhys",
        "Ben",
        "Josh",
        "Callum",
        "Dean",
        "Mark",
        "Paul",
        "Jago",
        "Tristan",
        "Kieran",
        "Declan",
        "Imran",
        "Arjun",
        "Hamza",
        "Bilal",
        "Ravi",
        "Kwame",
        "Tunde",
        "Emeka",
        "Marlon",
        "Piotr",
        "Tomasz",
        "Andrei",
        "Jonas",
        "Carlos",
        "Joao",
        "Sam",
        "Lewis",
        "Nathan",
        "Aled",
        "Kofi",
        "Hassan",
    ],
    "ef": [
        "Margaret",
        "Dorothy",
        "Joan",
        "Edna",
        "Mavis",
        "Beryl",
        "Irene",
        "Winifred",
        "Phyllis",
        "Gwen",
        "Hilda",
        "Enid",
        "Doreen",
        "Elsie",
        "Marjorie",
        "Vera",
        "Ivy",
    ],
    "em": [
        "Arthur",
        "Harold",
        "Stanley",
        "Reginald",
        "Wilfred",
        "Cyril",
        "Albert",
        "Leonard",
        "Dennis",
        "Ernest",
        "Frank",
        "Norman",
        "Walter",
        "Gordon",
        "Bernard",
        "Percy",
        "Clifford",
    ],
    "em_car": ["Winston", "Delroy", "Everton", "Clifton", "Lloyd", "Errol", "Desmond", "Linton"],
    "m_pk": ["Imran", "Asif", "Tariq", "Zahid", "Faisal", "Usman", "Adeel"],
    "sn": [
        "Pascoe",
        "Trelawny",
        "Hocking",
        "Yeo",
        "Stephens",
        "Mitchell",
        "Penrose",
        "Hawke",
        "Dyer",
        "Luscombe",
        "Chubb",
        "Northcott",
        "Squire",
        "Bolitho",
        "Rowe",
        "Jenkins",
        "Carter",
        "Holmes",
        "Whitlock",
        "Bassett",
        "Hext",
        "Blatchford",
        "Kellow",
        "Vosper",
        "Okafor",
        "Mensah",
        "Kowalski",
        "Nowak",
        "Popescu",
        "Singh",
        "Ahmed",
        "Patel",
        "Chen",
        "Nguyen",
        "Silva",
        "Murphy",
        "O'Brien",
        "Evans",
        "Price",
        "Hughes",
        "Tremayne",
        "Ellery",
    ],
    "sn_pk": ["Khan", "Hussain", "Iqbal", "Malik", "Qureshi", "Rashid", "Chaudhry"],
    "wf_ro": ["Ioana", "Elena", "Mihaela", "Daniela", "Andreea", "Florentina", "Roxana"],
    "wm_ro": ["Ionut", "Vasile", "Florin", "Marian", "Gheorghe", "Costel", "Catalin"],
    "wf_bg": ["Gergana", "Desislava", "Ralitsa", "Tsvetelina", "Mariya"],
    "wm_bg": ["Georgi", "Dimitar", "Stoyan", "Ivaylo", "Nikolay", "Plamen"],
    "wf_pl": ["Agnieszka", "Marta", "Katarzyna", "Joanna", "Ewelina"],
    "wm_pl": ["Piotr", "Marek", "Tomasz", "Pawel", "Krzysztof", "Lukasz"],
    "wf_ua": ["Olena", "Kateryna", "Iryna", "Oksana", "Yuliia"],
    "wm_ua": ["Oleksandr", "Dmytro", "Serhiy", "Andriy", "Mykola", "Bohdan"],
    "wf_kg": ["Aigul", "Gulnara", "Aizada", "Nazira", "Dilnoza", "Nilufar"],
    "wm_kg": ["Bakyt", "Azamat", "Nurlan", "Aibek", "Timur", "Rustam"],
    "wf_lt": ["Ieva", "Jurgita", "Rasa", "Egle", "Laura"],
    "wm_lt": ["Mindaugas", "Tomas", "Darius", "Vytautas", "Rokas"],
    "wf_vn": ["Linh", "Thu", "Mai", "Hoa", "Ngoc"],
    "wm_vn": ["Minh", "Tuan", "Hung", "Duc", "Khanh"],
    "wf_np": ["Sunita", "Kamala", "Sita", "Anju", "Sabina"],
    "wm_np": ["Ramesh", "Bikash", "Suman", "Prakash", "Dipak"],
    "wf_pk": ["Ayesha", "Sana", "Hina", "Mehwish", "Rabia"],
    "wf_ph": ["Maricel", "Joy", "Rowena", "Lorna"],
    "wm_ph": ["Jomar", "Arnel", "Rodel", "Jericho"],
    "wm_sikh": ["Gurpreet", "Harjit", "Manpreet", "Jaswinder", "Kuldeep"],
    "wm_zw": ["Tendai", "Farai", "Tatenda", "Kudzai", "Tinashe"],
}
NAMES["wf"] = (
    NAMES["wf_ro"]
    + NAMES["wf_bg"]
    + NAMES["wf_pl"]
    + NAMES["wf_ua"]
    + NAMES["wf_kg"]
    + NAMES["wf_lt"]
    + NAMES["wf_np"]
    + NAMES["wf_ph"]
)
NAMES["wm"] = (
    NAMES["wm_ro"]
    + NAMES["wm_bg"]
    + NAMES["wm_pl"]
    + NAMES["wm_ua"]
    + NAMES["wm_kg"]
    + NAMES["wm_lt"]
    + NAMES["wm_np"]
    + NAMES["wm_ph"]
)

PLACES: dict[str, list[str]] = {
    "farm": [
        "Higher Coombe Farm",
        "Lower Trewint Farm",
        "Brook House Farm",
        "Windyridge Farm",
        "Penhallow Farm",
        "Ashcombe Barton",
        "Hill Top Farm",
        "Moorgate Farm",
        "Ridgeway Farm",
        "Sandpit Farm",
        "Glebe Farm",
        "Kingsmead Farm",
        "Westcott Farm",
        "Trenance Farm",
        "Holloway Farm",
        "Rookery Farm",
        "Lane End Farm",
        "Burrow Farm",
        "Saltmarsh Farm",
        "Marsh Barton",
        "Heathfield Farm",
        "Greystones Farm",
        "Nettlecombe Farm",
        "Bramble Hill Farm",
        "Withy Farm",
        "Higher Bowden Farm",
        "Yew Tree Farm",
        "Polgrain Farm",
    ],
    "village": [
        "Little Sutton",
        "Tregarrick",
        "Ashby Cross",
        "Middlecombe",
        "Stowford St Mary",
        "Nether Alston",
        "Polwenna",
        "Kingscote",
        "Westbury Marsh",
        "Easton Grey",
        "Lydcott",
        "Upper Hexworth",
        "Penmoor",
        "Bishops Ley",
        "Coldharbour",
        "Fenwick Green",
        "Merrow End",
        "Thornbury Ash",
        "St Kerris",
        "Hollacombe",
    ],
    "town": ["Brackenford", "Millbridge", "Thornleigh", "Barnstow", "Ashcombe Market", "Wexley", "Penford"],
    "harbour": ["Saltmouth", "Porthkennack", "Hallowmouth", "Gullhaven", "Westcliff"],
    "street": [
        "Fore Street",
        "Chapel Lane",
        "Station Road",
        "Mill Lane",
        "Church Street",
        "Market Place",
        "Harbour Road",
        "Victoria Terrace",
        "Orchard Close",
        "Quarry Lane",
        "Trelawney Road",
        "Bridge Street",
        "Albert Road",
        "The Strand",
        "Priory Way",
        "Meadow View",
        "Castle Hill",
    ],
    "venue": [
        "Ship Inn",
        "Plough",
        "Red Lion",
        "Anchor",
        "Fisherman's Arms",
        "Crown",
        "Royal Oak",
        "Wheatsheaf",
        "Jolly Sailor",
        "Legion club",
        "Harbour Lights club",
        "Scene nightclub",
        "Bell",
        "Drovers Arms",
    ],
    "park": [
        "Sandy Bay Holiday Park",
        "Willow Park",
        "Gullhaven Caravan Park",
        "Meadowbank Park",
        "Seaview Park",
        "Kingfisher Park",
        "Orchard Touring Park",
        "Hillside Park",
    ],
    "boat": [
        "Girl Rachel",
        "Morning Star",
        "Ocean Harvest",
        "Kestrel",
        "Bonny Lass",
        "Silver Dawn",
        "Provider",
        "Three Brothers",
        "Our Lady",
        "Sea Spray",
    ],
}

MONTH_NAMES = ["January", "February", "March"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GRID_SQUARES = ["SW", "SX", "SS", "ST", "SY", "SU"]
REF_PREFIXES = ["CRN 27/", "CAD ", "RC/27/", "OP-", "Ref 44-27-"]

AGE_RANGES: dict[str, tuple[int, int]] = {
    "age_child": (5, 10),  # children, always under 16
    "age_lowteen": (11, 14),  # under 16, younger than a 15-year-old sibling
    "age_midteen": (13, 15),  # under 16
    "age_highteen": (16, 17),  # 16 or 17: DA possible, still under 18
    "age_young": (18, 24),
    "age_adult": (25, 58),
    "age_elder": (74, 93),
}

START = dt.date(2027, 1, 1)
END = dt.date(2027, 3, 31)

# ---------------------------------------------------------------------------
# Hand-labelled templates: kind|category|flags|text
# ---------------------------------------------------------------------------

TEMPLATES = """
a|homicide||RCT, bereavement. {m1} {sn1} ({age_adult}), stockman at {farm}, found dead in the lambing shed {date}. PM: blunt head injuries, not a fall. Neighbour arrested on suspicion of murder and remanded. Widow {f1} and two grown-up sons need support; farm still has to run.
a|homicide|knife_sharp_instrument|Murder enquiry, {village}. {m1} {sn1} ({age_adult}) stabbed to death {date} in a row over shooting rights on {farm}. Suspect a local man, no relationship to the family. Widow and daughter referred for bereaved support, FLO in place.
a|homicide||Deckhand {wm_lt1} found in the water at {harbour} {date}. First treated as accidental; PM shows he was strangled before he went in. Skipper of the {boat} arrested for murder. Brother travelling from Lithuania, needs liaison and an interpreter.
a|homicide||Not an RTC. CCTV from {town} livestock market car park {date}: driver argued with {m1} {sn1} ({age_adult}), knocked him down then reversed back over him. Deceased at scene. Driver charged with murder. Brother {m2} referred.
a|death_injury_driving||RTC on the B-road below {farm} {date} approx {time}. Tractor and trailer hit from behind by an Audi overtaking on a blind bend. Tractor driver {m1} {sn1} ({age_adult}) thrown from cab, fractured pelvis, ITU. Audi driver arrested for causing serious injury by dangerous driving.
a|death_injury_driving||Fatal, lane outside {village} {date} {time}. Rider {f1} {sn1} ({age_adult}) killed when a 4x4 came past her horse flat out; horse put down at scene. Driver over the limit, charged causing death by careless driving whilst under the influence. Parents referred.
a|death_injury_driving||Motorcyclist {m1} {sn1} ({age_young}) killed {date} at the lane end by {farm} when a grain lorry pulled out. Tacho and phone data: lorry driver on a call. Charged death by careless driving. Partner {f1} asks for support.
a|violence_with_injury||Worker {m1} ({age_adult}) at {farm} challenged men lamping on the land {date} {time}. Punched in the face, nose broken, two teeth out. No weapon seen. They left in a pickup and tore up the headland on the way.
a|violence_with_injury|knife_sharp_instrument|s.18 wounding, {harbour} quay {date} {time}. Fisherman {m1} {sn1} slashed on the forearm with a gutting knife in a row over pot lines. Also s.1 CDA to his wheelhouse window. 12 stitches, tendon intact.
a|violence_with_injury|domestic_abuse|Attended {farm} {date}. {f1} {sn1} states {m1} {sn1} shoved her into the cattle crush during TB testing: bruised ribs, cut to scalp. They have run the farm together 20 yrs. He says she slipped. Shotguns removed pending review.
a|violence_with_injury|hate_crime|RA s.47, {town} livestock market {date}. Vet {m_pk1} {sn_pk1} ({age_adult}) called racial names by a buyer and punched; split lip, black eye. Auctioneer's staff witnessed.
a|violence_with_injury||Gamekeeper {m1} {sn1} struck across the face with a lamp by hare coursers on {farm} {date}, fractured cheekbone. Offences: s.20 OAPA, hare coursing, s.1 CDA (gate chain). Dogs and vehicle seized.
a|violence_with_injury|domestic_abuse|{farm}: {em1} {sn1} ({age_elder}) hit by his son {m1} ({age_adult}) in a row about who gets the farm. Bruising to both forearms, cut above the eye. Son lives in the bungalow on the yard. DASH done.
a|violence_with_injury||s.47 and s.1 CDA at {farm} {date}: {m1} {sn1} found a van tipping rubble in his gateway; one of the men punched him (cut above eye) and they stamped on his phone. Partial reg.
a|violence_with_injury||s.47, {harbour} {date}: harbour hand {m1} kicked to the ground by two men off a visiting yacht when he asked for the mooring fee; cracked ribs. On search one had a lock knife in his jacket. It was never produced.
a|violence_without_injury||Shepherd {m1} {sn1} told by a group of coursers on {farm} {date} {time} that they would kill him and burn his house if he rang us. Stayed in his truck, no contact, no injuries. Threats to kill plus coursing.
a|violence_without_injury||Common assault, fish quay {harbour} {date}: harbour hand {m1} shoved in the chest by a skipper in an argument about berthing. No injury. CCTV held.
a|violence_without_injury|domestic_abuse|Threats to kill, {farm}: {f1} {sn1} says estranged husband {m1} phoned her mobile {date} saying he would shoot her and the dogs. Holds a shotgun certificate, guns seized. Phone call only, no contact since.
a|violence_without_injury||Water bailiff {m1} ({age_adult}) grabbed by the collar and shoved into the shallows below the weir {date} when he approached men netting sea trout. Not hurt. Illegal fishing offences also.
a|violence_without_injury|modern_slavery|Joint visit with GLAA to {farm} {date}: six men sleeping in an unheated grain store, IDs held by the labour provider, not paid for five weeks. Labour provider arrested s.1 MSA 2015. No injuries.
a|violence_without_injury||Walker {f1} ({age_adult}) on the public footpath across {farm} {date}: landowner drove a quad straight at her and stopped a yard short, shouting at her to get off his land. Not touched, no injury.
a|violence_without_injury|knife_sharp_instrument|{farm}, {date}: worker {m1} threatened by a colleague who held up a billhook and said he would have his hand off. {m1} believed him. Not touched, no injuries. Colleague dismissed.
a|violence_without_injury|modern_slavery|Fishing vessel {boat} boarded at {harbour} {date}: three deckhands from the Philippines, no contracts, passports kept by the skipper, unpaid four months, not allowed ashore. No injuries. MSA investigation opened.
a|violence_without_injury|domestic_abuse|{f1} {sn1} and {m1} {sn1}, {farm}: he grabbed her by the coat and threw her out of the kitchen after a row about the milk cheque, in front of their two kids. No injuries. DASH medium.
a|stalking_harassment|domestic_abuse|{f1} {sn1}, {farm}: ex-partner {m1} keeps driving past the farm entrance, parking at the field gate and following her to {town} market. Six weeks of it. Stalking s.2A. No threats, no weapons.
a|stalking_harassment||Farmer {m1} {sn1}, {farm}: weeks of leaflets at his gate, people standing at the yard entrance with placards, letters to the house calling him a murderer over the badger cull. No damage. Course of conduct.
a|stalking_harassment|online|Shoot owner {m1} {sn1} targeted on Facebook since {date}: posts naming {farm}, his home address and the kids' school, 40+ messages calling him a killer. No threats to kill.
a|stalking_harassment|domestic_abuse|Coercive control at {farm}: {f1} {sn1} has no bank card, no car keys, no phone of her own; husband {m1} checks the mileage on the farm truck and who she speaks to at market. s.76 SCA. No violence disclosed.
a|stalking_harassment||Skipper {m1} {sn1} getting repeated calls and texts from a rival skipper calling him a thief, 20+ since {date}. Phone calls and SMS only.
a|stalking_harassment|online|{f1} {sn1}, dairy farmer at {farm}: since a video of her herd went round TikTok and X her home address has been posted and she gets daily abusive DMs. Ongoing since {date}.
a|stalking_harassment|domestic_abuse|{farm}: {m1} {sn1}'s sister {f1} ({age_adult}) at the farm most days since their father's funeral, shouting through the windows, blocking the yard, letters accusing him of stealing the will. DASH standard.
a|sexual_offences||Exposure, footpath stile by {farm} {date} {time}: male exposed himself and masturbated in front of two women walkers ({age_adult}). Left in a white van. No contact.
a|sexual_offences||Voyeurism at {park}: phone found taped inside a vent in the ladies' shower block {date}. Staff member suspected. Adult guests recorded. Enquiries ongoing.
a|sexual_offences|online;modern_slavery|Visit to flats above the chip shop at {harbour} {date}: two women ({age_adult}) advertised for sex on an adult website by a man who holds their passports and takes the money. Trafficking for sexual exploitation.
a|sexual_offences|child_sexual_abuse_exploitation|{park} site manager: man staying in a tourer seen photographing girls aged about {age_child} in the play area and then exposing himself to them {date}. Arrested.
a|robbery||Farm shop at {farm}, {date} {time}: two men shoved the till girl ({age_young}) aside and took the cash tin ({amt}). No weapon seen. Not injured, very shaken.
a|robbery|knife_sharp_instrument|Quad taken at knifepoint from shepherd {m1} on the hill above {farm} {date}, {grid}. Two men on foot, one showed a lock knife and made him get off. Quad and trailer taken.
a|robbery||{m1} {sn1} robbed on the slipway at {harbour} {date} {time}: punched, knocked down, catch money ({amt}) and phone taken. Cut lip.
a|robbery||Livestock haulier {m1} ({age_adult}) pulled out of his cab in a lay-by near {village} {date} {time} and held against the wagon while the lorry and 40 lambs were driven off. Grazes only.
a|robbery||Fuel station on {street}, {town} {date}: male told cashier {f1} he had a gun in his pocket, no gun seen, took {amt} and cigarettes. Unhurt.
a|burglary||Non-dwelling burglary at {farm} {date}: padlock cut on the workshop, chainsaws, strimmers and a welder gone. Also red diesel drawn off the bulk tank, approx 300L. Came in via the field gate.
a|burglary||Farmhouse at {farm}, {grid}: back door forced while the family were out lambing {date}. Cash and jewellery taken, gun cabinet untouched. Entry approx {time}.
a|burglary||Quad bike taken from the locked barn at {farm} {date}, barn door forced. Tracks across the field to the lane.
a|burglary||Aggravated burglary at {farm} {date} {time}: CCTV shows two masked males in the farmhouse kitchen, one carrying a machete, while the family slept upstairs. Took cash and a wallet from the dresser. Family did not wake.
a|burglary||Chandlery at {harbour} entered through the roof overnight {date}: outboards and chart plotters taken, and a boat on a trailer outside scratched up.
a|burglary||Attempt burglary, {farm} {date} {time}: two males tried to force the dairy office door, disturbed by the herdsman, ran off. Nothing taken, door frame damaged.
a|burglary||Integral garage at a farmhouse in {village} entered {date}, two mountain bikes and a leaf blower taken. Garage door forced.
a|burglary||Static caravan at {park} lived in by a seasonal worker entered while he was at work {date}, door forced, cash and phone taken.
a|vehicle_offences||GPS receiver and screen taken from the unlocked cab of a tractor parked in a field gateway at {farm} overnight {date}. No damage. Value {bigamt}. Similar thefts across the patch.
a|vehicle_offences||Tractor stolen from a field at {farm}, {grid}, {date}; keys had been left in the cab. Tracker shows it heading for the port.
a|vehicle_offences||Red diesel siphoned from two tractors and a telehandler parked in the yard at {farm}, approx 400L, {date}. Fuel caps were not locked.
a|vehicle_offences||Quad left in the field while {m1} {sn1} checked ewes, {grid}, gone when he came back {date}. Tyre marks out to the lane.
a|vehicle_offences||Aggravated vehicle taking {date}: Land Rover taken from {farm}, crashed into a ditch at {village}, driver ran. No one hurt. Owner {m1} {sn1}.
a|vehicle_offences||Hedge-cutting contractor {m1} {sn1}: tools taken from his unlocked van while parked at the {venue} {date}, approx {bigamt}.
a|vehicle_offences||Males seen trying door handles of parked cars at {harbour} car park {date} {time}; disturbed, nothing taken, no damage. Owner of the car they were at referred.
a|vehicle_offences|domestic_abuse|{m1} {sn1}: ex-wife {f1} took his pickup from the yard with the spare key {date} and won't give it back; she has no insurance on it. Asked four times. Previous DA logged, DASH standard.
a|theft_from_person||{town} livestock market {date}: {m1} {sn1} had his wallet ({amt}) lifted from his jacket at the sale ring. Didn't feel it. CCTV requested.
a|theft_from_person||{harbour} fish market {date}: visitor ({age_adult}) had her purse taken out of the backpack she was wearing, noticed later. No contact felt.
a|bicycle_theft||Mountain bike taken from outside the {village} shop {date}, unlocked, owner {m1} ({age_adult}) inside for five minutes.
a|bicycle_theft||Road bike worth {bigamt} taken from outside the cafe at {village} {date} while the owner had a coffee, cable lock cut.
a|bicycle_theft||Child's bike taken from the open front garden at {street}, {village} {date}. No shed, no garage, not locked.
a|shoplifting||Farm shop at {farm}: male filled a bag with meat from the chiller ({amt}) and walked out without paying {date}. Staff didn't challenge. CCTV.
a|shoplifting||Agricultural merchants, {town}: customer took sheep drench and a tagging applicator off the display and walked out {date}. Value {amt}.
a|shoplifting||Tackle shop at {harbour}: two reels and a rod taken off the display {date}, male ran out. No threats.
a|shoplifting||Garden centre at {village}: male hid power tools in a trolley under compost bags and went out the exit without paying {date}, {amt}.
a|other_theft||{num} Texel ewes taken from a field at {farm}, {grid}, between {date} and {date2}. Gate left open, tyre marks. Tag numbers circulated.
a|other_theft||Approx 800L red diesel drawn from the bulk tank in the yard at {farm} (not from any vehicle) {date}. Tap opened.
a|other_theft||{num} crab pots and marker buoys lifted and taken from grounds off {harbour} belonging to {m1} {sn1}, {date}.
a|other_theft||Outboard engine taken off a dinghy on a mooring at {harbour} {date}. Owner {m1} {sn1}.
a|other_theft||Copper cable and a galvanised water trough taken from a field at {farm} {date}.
a|other_theft||Two working collies taken from the outside run at {farm} overnight {date}. No building entered. Owner {m1} {sn1} distraught.
a|other_theft||Drive-off, fuel pumps at the {village} garage {date}: pickup filled {amt} of diesel and left without paying. Reg noted.
a|other_theft||{num} round bales of haylage and a water bowser taken from the field stack at {farm} {date}.
a|criminal_damage_arson||s.1 CDA: coursers drove a 4x4 through winter wheat at {farm}, about 3 acres ruined, gate smashed off its hinges {date}. Coursing also seen.
a|criminal_damage_arson||Hay barn at {farm} with 200 bales set alight overnight {date}, total loss. Fire service: deliberate ignition.
a|criminal_damage_arson||Fishing boat {boat}: mooring lines untied at {harbour} {date}, boat set adrift and holed on the rocks; paint thrown over the wheelhouse.
a|criminal_damage_arson|domestic_abuse|{farm}: {f1} {sn1} reports ex-husband {m1} poured diesel into the bulk milk tank {date}, whole collection lost. DASH completed.
a|criminal_damage_arson||Quad bike taken from the field at {farm} {date}; same night the straw stack in the next field was set alight. Both reported by {m1} {sn1}.
a|criminal_damage_arson||{village} bus shelter and war memorial sprayed and smashed {date}. Parish clerk {f1} {sn1} reporting.
a|criminal_damage_arson||Offences at {farm} {date}: s.4 POA (abuse shouted at {m1} {sn1} from a car), s.1 CDA (his wing mirror kicked off, gate sign broken). Males known to him.
a|drug_offences||Cannabis grow found in a disused poultry shed at {farm} during a routine check {date}, approx 300 plants. Shed leased to a third party; landowner {m1} {sn1} unaware.
a|drug_offences||Harbour staff report cars on the quay at {harbour} most evenings, packages handed through windows, needles found by the ice plant. Staff feel unsafe. No threats made.
a|drug_offences||Vehicle stopped at the ferry terminal {date} {time}: 2kg cannabis resin in the spare wheel well. Driver arrested, PWITS. Haulier {m1} {sn1} (vehicle owner) referred.
a|possession_of_weapons||Stop check, lane near {farm} {date} {time}: two males lamping, unlicensed .22 rifle and ammunition in the vehicle, no FAC. Poaching suspected. Landowner {m1} {sn1} referred as victim.
a|possession_of_weapons||Male found carrying a lock knife (4in blade) in {town} market square {date}, no threats made, seized on search. Stallholder {f1} who reported it referred.
a|possession_of_weapons||Coursers stopped at {farm} {date}: sawn-off shotgun in the van, no certificate. Dogs seized. Landowner referred.
a|possession_of_weapons||CS spray found in the glovebox of a car stopped in {village} {date}. Driver had been parked outside {f1} {sn1}'s house for an hour; she called it in.
a|public_order|hate_crime|s.4A RA public order, {harbour} {date}: Polish crew of the {boat} had racist abuse shouted at them from the quay by a group of men telling them to go home. No assault.
a|public_order||{town} livestock market {date}: drunk male shouting and swearing at auctioneer's staff, customers alarmed. Nobody threatened personally. s.5 POA.
a|public_order||{harbour} car park {date} {time}: group of men fighting among themselves, harbour staff and public fled. Harbour hand {m1} not involved and not injured, but shaken.
a|misc_crimes_against_society||Lanes near {village} {date}: 4x4 driven at speed, overtaking on blind bends, forcing oncoming cars and a tractor into the verge. No collision, no injuries. Reg noted. Tractor driver {m1} referred.
a|misc_crimes_against_society||{m1} {sn1} has found his signature forged on movement documents for cattle he never sold. No money lost. Forgery enquiry opened {date}.
a|misc_crimes_against_society||Boundary dispute near {village}: neighbour told {m1} {sn1} he would burn that barn down {date}. No damage done. No threat to harm any person.
a|misc_crimes_against_society||{farm}: man bailed in an earlier matter seen at the farm gate {date}, contrary to his bail condition not to attend. Farmer {m1} {sn1} alarmed.
a|fraud_computer_misuse|online|{m1} {sn1} paid a {bigamt} deposit for a tractor on an online marketplace {date}; seller vanished, tractor doesn't exist.
a|fraud_computer_misuse|online|{farm}: email account hacked, feed merchant's invoice changed to new bank details, {bigamt} paid to the fraudsters {date}.
a|fraud_computer_misuse||Cattle sold at {town} market {date} to a buyer who paid by cheque; cheque bounced, name and address false.
a|fraud_computer_misuse|online|Fish merchant at {harbour}: computer system hacked {date}, customer data deleted, online orders diverted. Business unable to trade.
a|anti_social_behaviour||{village} residents: youths on off-road motorbikes riding the recreation ground and lanes in the evenings, noise. No damage or injuries reported.
a|anti_social_behaviour||Campervans overnighting on the {harbour} car park, noise and litter, residents annoyed. No offences identified.
a|anti_social_behaviour||Teenagers gathering in the bus shelter at {village} drinking and shouting, residents feel intimidated. No damage found.
a|other_crime||Hare coursing on {farm} {date} {time}: three males with lurchers running hares across stubble. No damage, no confrontation. Reg obtained.
a|other_crime||Sheep worrying at {farm} {date}: dog off lead chased ewes, {num} bitten, two dead. Dog owner traced.
a|other_crime||Fly-tipping in the gateway at {farm}, {grid}: builder's waste and asbestos sheets. Landowner left with the clearance cost. Gate undamaged.
a|other_crime||Badger sett in the wood at {farm} dug into and entrances blocked {date}. Terrier men suspected.
a|other_crime||Dead red kite found on {farm} {date}, poisoned bait suspected. Wildlife crime.
a|other_crime||Sea trout nets set illegally in the estuary below {harbour}, seized {date}. Fishery owner {m1} {sn1} referred.
a|other_crime||Deer poached on {farm} at night {date}, gralloch left in the field. No firearms found. Landowner referred.
a|other_crime||{m1} {sn1} reporting the neighbouring holding: cattle kept with carcasses not removed, no feed, APHA informed {date}.
b|homicide||I had the sad duty of calling on Mr and Mrs {sn1} at {village} on {date}. Their son {m1}, who was {age_adult}, died after he was set upon outside the {venue} last month, and a man has now been charged with his murder. They are quite bewildered by the letters from the court and would be grateful for someone to sit with them at the trial.
b|homicide|domestic_abuse|Mrs {sn1} telephoned me on {date} in a terrible state. Her daughter {f1}, who was {age_adult}, was killed at her home in {town} by the man she had been living with, and he has been charged with her murder. Mrs {sn1} is now bringing up her two grandchildren and does not know where to turn.
b|homicide|domestic_abuse|A most distressing visit. Mr {em1} {sn1}, who is {age_elder}, has lost his wife. Their grandson {m1}, aged {age_young}, who lived with them, attacked her in the night and she did not survive; he is charged with her murder. Mr {sn1} keeps asking whether he ought to have seen it coming.
b|homicide||I called upon Miss {sn1} on {date}. Her brother {m1}, a quiet man who kept himself to himself, was found dead in his flat in {town}, and the police are now treating it as manslaughter after a quarrel with a neighbour on the stairs. She has had no news for a fortnight and feels quite forgotten.
b|death_injury_driving||Mr {em1} {sn1} lost his wife of fifty-two years in {month}, when a young man driving far too fast came round the corner by the church in {village} and mounted the pavement where she was walking. The driver has been charged with causing her death by dangerous driving. Mr {sn1} is a proud man and would not ask for help, but he is not eating.
b|death_injury_driving||Old Mrs {sn1} was very tearful when I called. Her grandson {m1}, aged {age_young}, was the passenger in a car that left the road near {village} on {date}. He was killed, and the driver, a friend of his, is charged with causing death by dangerous driving.
b|death_injury_driving||I was asked to call upon Miss {sn1}, whose brother was knocked down and killed on the zebra crossing in {town} on {date}. The driver of a delivery van went through without stopping, and the police have charged him with causing death by dangerous driving.
b|death_injury_driving||Mrs {sn1}, aged {age_elder}, was knocked off her feet on the crossing outside the chemist in {town} by a car whose driver was looking at his telephone. She has a broken hip and a broken arm and is still in hospital. The police have told her son the driver will be charged with causing serious injury by careless driving.
b|violence_with_injury||Mrs {sn1}, who is {age_elder} and lives alone in {street}, was rather roughly handled by a man who called at the door offering to tidy the garden. When she declined he pushed her so hard that she fell against the step and broke her wrist. He took nothing and went off down the lane.
b|violence_with_injury|domestic_abuse|Mr {em1} {sn1} told me, with some embarrassment, that his wife has become very short with him of late and on {date} struck him about the head with her walking stick, leaving a cut and a lump the size of an egg. He insists she is not herself and does not want her in any trouble.
b|violence_with_injury|domestic_abuse|A difficult conversation with Mrs {sn1} ({age_elder}). Her son {m1}, who moved back in last year to look after her, has been rather rough with her on more than one occasion. When I called on {date} she had a dark bruise on her cheek and a cut to her hand, which she at first put down to the cat.
b|violence_with_injury|hate_crime|Mr {em_car1} {sn1}, a gentleman of {age_elder} who came here from Jamaica as a young man and has lived in {village} ever since, was set upon by two young men at the bus stop on {date}. They called him the most dreadful names about his colour and knocked him down; he has a broken finger and is badly bruised.
b|violence_with_injury||Mrs {sn1}, {age_elder}, has had trouble for some time with the lad from two doors down. On {date} he threw a stone at her as she stood at her window; it broke the glass and cut her forehead, which the minor injuries unit glued.
b|violence_with_injury|domestic_abuse|Miss {ef1} {sn1} is looked after by her nephew {m1}, who lives with her. Her friend from chapel noticed bruises on both her arms, and Miss {sn1} eventually admitted that he pinches and slaps her when she is slow. She is {age_elder} and very frail.
b|violence_with_injury||Mrs {sn1} ({age_elder}) was knocked over on the pavement in {town} by a youth on a bicycle, who then came back and kicked her as she lay there. She has a badly bruised hip and grazes to both hands. Nothing was taken from her.
b|violence_without_injury||Mrs {sn1}, {age_elder}, was frightened half out of her wits on {date} when the man from the estate agents grabbed her arm at her gate and would not let go until she agreed to see him the following week. She tells me she has no marks whatsoever, but she has not been out since.
b|violence_without_injury|domestic_abuse|Mr and Mrs {sn1} are in a sorry state. Their grandson {m1}, aged {age_young}, told his grandfather on {date} that he would kill him if he did not hand over his pension on Friday. No money was given and nobody was touched, but they are afraid to open the door.
b|violence_without_injury||Miss {ef1} {sn1} was spat upon at the bus shelter on {date} by a young person who took exception to her asking him to turn his music down. She was not otherwise touched and is not hurt, but she feels the indignity of it keenly.
b|violence_without_injury|domestic_abuse|Mrs {sn1} confided that her husband, who has grown very forgetful, took hold of her by the shoulders on {date} and shook her when she would not give him the car keys. She was not hurt, and she wishes it recorded that he has never done such a thing in fifty years.
b|violence_without_injury||Mrs {sn1}, a grandmother in {village}, is beside herself because her grandchildren, aged {age_child} and younger, were left alone in a caravan for two days without food or heating while their mother was away. The police and the social workers are involved. The children came to no bodily harm, thank God.
b|violence_without_injury||Miss {ef1} {sn1}, {age_elder}, was waiting for the bus in {town} on {date} when a young man stood very close and told her he would kill her if she looked at him again. She saw nothing in his hands and he did not touch her. She has not been into town since.
b|stalking_harassment||Mrs {sn1} of {village} has been receiving unpleasant letters through the door, unsigned, saying wicked things about her late husband. There have been a dozen or so since Christmas. Nothing else has happened, but she jumps at every sound from the letterbox.
b|stalking_harassment|domestic_abuse|Mrs {sn1}'s husband decides everything in that house. She may not see her sister, he takes her pension as soon as it is paid, and she must account for every penny she spends at the shop in {village}. She says he has never raised a hand to her, but she is frightened of him all the same.
b|stalking_harassment||Mr {em1} {sn1} has been troubled since {month} by a woman he met at the day centre who telephones at all hours, turns up on his step and will not go away when asked. He has never given her anything and wants only to be left alone.
b|stalking_harassment|hate_crime|Mr {em1} {sn1} and Mr {em2} {sn2}, two gentlemen in their seventies who have shared a home in {village} for many years, have had notes pushed through the door calling them queers and worse, about once a week since the new year.
b|stalking_harassment|domestic_abuse|Mrs {sn1} was divorced from her husband many years ago, but he has lately taken to writing to her almost every day and waiting at the end of her lane in {village} in his car. She finds this most upsetting.
b|stalking_harassment||Mrs {sn1} tells me that a gentleman from the chapel at {village} has telephoned her every evening since she declined his offer of marriage, sometimes a dozen times a night. They were never more than acquaintances. The calls are to her landline only.
b|stalking_harassment|online|Someone has set up a page on Facebook in Mrs {sn1}'s name, putting up unkind things about her and her late husband and sending messages to her friends from it. She does not use the internet herself and only learned of it from her niece on {date}.
b|sexual_offences||Mrs {sn1} confided in me, with great difficulty, that a man from the church choir interfered with her in the vestry on {date}, putting his hand up her skirt. She is {age_elder} and has told nobody else.
b|sexual_offences|domestic_abuse|Mrs {sn1} has told me, after much hesitation, that her husband insists upon relations she does not want and forces himself upon her when she refuses. She is {age_elder} and had not thought, until our talk, that there was any name for it.
b|sexual_offences|child_sexual_abuse_exploitation|Mr {em1} {sn1}, now {age_elder}, has at last spoken of what the choirmaster did to him at the cathedral school when he was a boy of eleven. The police have opened an investigation and he would like someone to go with him to give his statement.
b|sexual_offences|child_sexual_abuse_exploitation|Mrs {sn1} tells me that her granddaughter, who is {age_child}, told her that the man next door had interfered with her when she went round to fetch the ball. The family went to the police on {date}.
b|sexual_offences||Miss {ef1} {sn1}, {age_elder}, who lives in sheltered housing, says the night warden touched her breasts while helping her into bed on {date}. He is not related to her. She is mortified and does not want to make a fuss.
b|sexual_offences|child_sexual_abuse_exploitation;online|Mrs {sn1} is worried sick about her grandson, who is {age_highteen}. A man he met on Instagram has been sending him indecent pictures and has persuaded him to send pictures of himself in return. The police took his phone on {date}.
b|robbery||Mrs {sn1} ({age_elder}) was relieved of her handbag in {street} on {date}. The young man wrenched it from her arm with such force that she was pulled over, and she grazed both knees and her chin.
b|robbery||Mr {em1} {sn1} was stopped by two lads on the footpath by the river on {date}. One held his arm up behind his back while the other went through his pockets and took his pension money, {amt}. His wrist is badly bruised.
b|robbery|knife_sharp_instrument|Mrs {sn1}, {age_elder}, opened her door on {date} to a man who showed her a kitchen knife and told her to fetch her jewellery box. She did as she was told, and he went off with her rings and her late mother's brooch. He did not come inside.
b|robbery||Miss {ef1} {sn1} accepted the help of a pleasant young woman with her shopping at the bus station in {town}, but the woman suddenly snatched her purse and, when Miss {sn1} held on, shoved her hard against the railing and ran off with it.
b|burglary||Mrs {sn1} of {village} had two men at the door claiming to be from the water board. While one kept her talking in the kitchen, the other went upstairs and took her late husband's medals and the cash she kept in the wardrobe.
b|burglary||Mr {em1} {sn1} came home from church on {date} to find the back window broken and his bureau turned out; his savings book and {amt} in cash had gone. He is {age_elder} and lives alone.
b|burglary||Mrs {sn1}'s garden shed, which stands beside her back door in {street}, was broken into on the night of {date}. They took her late husband's tools and his old bicycle, which she kept for sentimental reasons.
b|burglary|domestic_abuse|Mrs {sn1}'s son {m1}, {age_adult}, whom she has told must not come to the house, let himself in with an old key while she was at the day centre on {date} and took her jewellery and the housekeeping money. She knows it was him because a neighbour saw him.
b|burglary||Miss {ef1} {sn1}'s bungalow in {village} was entered through the conservatory while she was at her sister's. Little was disturbed, but they took her car keys from the hook and drove off in her little car, which was found burnt out two days later.
b|burglary||A most upsetting case: two women calling themselves nurses talked their way into Mrs {sn1}'s cottage on {date} and, while one took her blood pressure, the other helped herself to the purse in the bedroom. No nurse had been sent.
b|burglary||Mrs {sn1} is one of three households on {street} broken into on the night of {date}; hers was entered by the kitchen window and her television and laptop were taken. The burglars also punched her neighbour Mr {sn2} when he came out to stop them, but this referral is for Mrs {sn1} herself.
b|vehicle_offences||Mr {em1} {sn1}'s motor car was taken from outside his house in {village} on {date}. He had gone back indoors for his hat and left the keys in it for only a moment.
b|vehicle_offences||Mrs {sn1}'s Blue Badge was taken from the windscreen of her car while it was parked in the market square at {town} on {date}; the car had been left unlocked.
b|vehicle_offences||Someone went round trying the doors of all the cars in the close on the night of {date}. Mr {em1} {sn1}'s was unlocked, and they took his sat nav and the coins he keeps for parking.
b|vehicle_offences||Mrs {sn1} of {street} went out on {date} to find both number plates had been taken from her car overnight. Nothing else was touched.
b|theft_from_person||Mrs {sn1} ({age_elder}) had her purse taken from her shopping basket while she stood at the fish counter in {town} market on {date}. She felt nothing and only noticed at the till.
b|theft_from_person||Mr {em1} {sn1}'s wallet was lifted from his inside pocket on the crowded bus to {town} on {date}. He did not feel a thing, and nobody laid a finger on him that he noticed.
b|theft_from_person||A young woman brushed past Miss {sn1} in the churchyard at {village} on {date} and her handbag was whisked off her arm so neatly that she was neither pulled nor hurt.
b|bicycle_theft||Mr {em1} {sn1}'s bicycle, which he rides to the allotments, was taken from the railings outside the library in {town} on {date} although it was padlocked. He is lost without it.
b|bicycle_theft||Mrs {sn1}'s grandson's bicycle, left leaning against her front wall in {street} (not in any shed or garage), was taken on {date} while he was having his tea.
b|shoplifting||Mrs {sn1} keeps the little post office and stores in {village} and is quite worn down by a group who come in and take sweets and drink from the shelves without paying. No one has threatened her, but it happens most weeks.
b|shoplifting||Mr {em1} {sn1}, who has kept the hardware shop on {street} for forty years, has had people walking out with goods from the front of the shop without paying, most recently on {date}. He is thinking of closing.
b|other_theft||Mrs {sn1} of {village} has discovered that the young woman who did her cleaning had been taking small sums from her purse and pieces of jewellery from the dressing table over several weeks. The girl had her own key.
b|other_theft|domestic_abuse|Mr {em1} {sn1}'s daughter, who lives with him, took {amt} in cash from the tin in his kitchen on {date} without asking, and it is not the first time. He is very hurt.
b|other_theft||Mrs {sn1}'s post in {village} has been going missing for weeks; her pension letters and a birthday card with money in it never arrived, and she has been told a relief postman has been arrested.
b|other_theft||Mr {em1} {sn1} left his wallet on the counter in the bank in {town} on {date}, and when he went back for it, it had gone. Someone had simply walked off with it.
b|other_theft||Mrs {sn1} put her handbag down on the bench by the cafe in the garden centre at {village} for a moment on {date} and a woman walked off with it. She was not holding it at the time.
b|other_theft||Mr {em1} {sn1}'s lodger has been collecting his pension for him at the post office in {village} and, it now appears, keeping most of it. Some {bigamt} has gone since the summer.
b|criminal_damage_arson||Mrs {sn1}'s front windows in {street} were broken by stones thrown by youths on the night of {date}. Three panes went and she sat up all night with the draught.
b|criminal_damage_arson||Mr {em1} {sn1}'s greenhouse was smashed and his allotment shed at {village} set alight on {date}. He had grown prize leeks there for thirty years.
b|criminal_damage_arson|hate_crime|Mr and Mrs {sn1}, who are Jewish, found the mezuzah torn from their doorframe on {date} and swastikas painted on the door. They are frightened and very sad.
b|criminal_damage_arson|domestic_abuse|Mrs {sn1}'s grandson, {age_young}, who lodges with her, lost his temper on {date}, put his fist through her bedroom door and smashed her ornaments. She was not touched, but she is frightened of him now.
b|criminal_damage_arson||Someone pushed lit paper through Mrs {sn1}'s letterbox in {street} on the night of {date}, scorching the mat and the bottom of the door. She was upstairs and smelled the smoke in time.
b|drug_offences||Mrs {sn1} of {street} is greatly troubled by what she is sure is drug dealing from the house opposite: cars coming and going all night and small packets changing hands at the gate. Nobody has threatened her.
b|drug_offences||Mr {em1} {sn1} found a bag of pills and white powder hidden in the hedge at the bottom of his garden on {date}, and a young man comes at night to collect from it. The police have taken the bag away.
b|possession_of_weapons||Mrs {sn1} says the neighbour's son walks through {village} every evening with a large knife in a sheath on his belt. He has never spoken to her or threatened anyone, but she is frightened.
b|public_order||Mrs {sn1} was greatly alarmed on {date} by a drunken man in the High Street at {town} who was shouting obscenities and kicking over the bins as she passed. He said nothing to her directly.
b|public_order|hate_crime|Mr {em1} {sn1}, a gentleman who uses a wheelchair, was jeered at and called a cripple by a group outside the {venue} on {date}. Nobody touched him, but he has not been out since.
b|public_order||Mr and Mrs {sn1} were terribly shaken on the train to {town} on {date} when a young man stood in the aisle shouting foul language at the whole carriage for twenty minutes. He did not approach them in particular.
b|public_order|hate_crime|Mrs {sn1}, who came to this country from Kenya as a girl, was called dreadful racial names by a man shouting in the car park of the village hall at {village} on {date}. No one laid a hand on her.
b|misc_crimes_against_society||Only after her husband's death did Mrs {sn1} of {village} discover that he was still married to a lady in Scotland when he married her in 1975. She feels her whole life was a lie.
b|misc_crimes_against_society||Mr {em1} {sn1} gave evidence about a boundary fence last year and has since learned that his neighbour lied on oath at the hearing. He feels the court was deceived and wrote to me on {date}.
b|misc_crimes_against_society||Mrs {sn1}'s neighbour in {street} has told her he will smash her greenhouse and fell her trees if the hedge is not cut back by the weekend. Nothing has been done yet and he has not threatened her person.
b|misc_crimes_against_society||Mrs {sn1} was mortified to learn on {date} that her name and signature had been forged on a letter of objection to a planning application in {village}. No money was involved.
b|fraud_computer_misuse||Mrs {sn1} had a telephone call on {date} from a man saying he was from her bank, who persuaded her to draw out {bigamt} and hand it to a courier who came to the door. It was all done by telephone.
b|fraud_computer_misuse||Mr {em1} {sn1} of {village} was told by two men at the door that his roof needed urgent repairs, and paid them {bigamt} for work that was never done.
b|fraud_computer_misuse|online|Mrs {sn1}, widowed two years, met a gentleman on a dating website who says he is an engineer on an oil rig. She has sent him {bigamt} over the winter for one emergency after another.
b|fraud_computer_misuse|domestic_abuse|Mr {em1} {sn1}'s nephew, who holds his power of attorney, has been using his savings to pay his own debts. Some {bigamt} has gone, the bank told him on {date}.
b|fraud_computer_misuse||Mrs {sn1} was sold a bath lift she did not need by a salesman who told her the council would refund the cost. They will not; she paid {amt} on {date}.
b|fraud_computer_misuse|online|Mr {em1} {sn1} received an email on {date} which appeared to come from his grandson, asking for money to be sent urgently. He sent {amt} before he thought to ring the boy.
b|fraud_computer_misuse||Mrs {sn1} mentions in passing that her late sister was married off against her will many years ago, but that is not why I called. The matter in hand is that a man on the telephone posing as the police persuaded her on {date} to buy {amt} of gift cards and read out the numbers.
b|anti_social_behaviour||Mrs {sn1} is at her wits' end with the holiday let next door in {village}: parties until the small hours, car doors slamming, music. Nobody has threatened her or damaged anything.
b|anti_social_behaviour||Children keep ringing Mr {em1} {sn1}'s doorbell in {street} and running away, and kicking a football against his wall. Nothing has been damaged, but he is tired of it.
b|anti_social_behaviour||Mrs {sn1} tells me the young couple in the flat above her in {street} argue loudly and play music at all hours. She has seen no sign of any violence between them, only noise.
b|anti_social_behaviour||Mr and Mrs {sn1} have people leaving the {venue} singing and shouting under their bedroom window at closing time most weekends. Nothing worse than noise.
b|other_crime||Mrs {sn1}'s neighbour in {village} keeps his two ponies in a field with no shelter and little food; they are thin and lame. She has told the RSPCA and is upset.
b|other_crime||Mr {em1} {sn1} is quite certain a crime was committed against him at the market in {town} on {date}. The police gave him a crime number, but he would not tell me what happened, only that he would like someone to talk to.
b|other_crime||Mrs {sn1} was upset to see men hunting with hounds across her garden at {village} on {date}, and the hounds killed a fox by her pond. Nothing of hers was damaged.
c|homicide||{wm_bg1} come to us. His friend {wm_bg2}, both from Bulgaria, was killed at {park} in {month}. Police say manslaughter: another worker hit him one time, he fall and hit his head on the step. {wm_bg1} found him. They share caravan, {wm_bg2} have no family here. Family in Bulgaria ask about the body, the funeral, the court.
c|homicide|modern_slavery|Cousin of {wm1} come to the office. {wm1} die in fire in the container where the boss make the men sleep. Boss keep all passports and they work seven days for no money. Police say manslaughter and also slavery investigation. Cousin need help with the family.
c|death_injury_driving||Minibus that take workers to the packhouse crash on {date}, driver on his phone and going too fast. {wf1} in hospital with broken back. Police arrest driver for causing serious injury by dangerous driving. Her family far away, she need help with letters.
c|death_injury_driving||{wm_np1} walking back from the fields on the road in the dark, car hit him, driver was drinking. He is dead. His wife {wf_np1} also work here, she is alone in the caravan. Police say driver is charged with causing death by careless driving when drunk. She want to take him home to Nepal.
c|violence_with_injury|modern_slavery|{wm_kg1} from Kyrgyzstan come with his friend. He say supervisor hit him with a crate because he pick too slow, he have stitches in his head. Boss keep his passport and say he owe {bigamt} for flight and visa, he cannot leave, work 14 hours every day.
c|violence_with_injury|hate_crime|{wf_ro1} (Romanian) say on {date} in {town} a woman at the bus stop spit on her, pull her hair and shout go back to your country, gypsy. She have scratch on her neck and bruise. Now she is scared to go to work.
c|violence_with_injury|domestic_abuse|{wf1} work at the packhouse. She show me her arm, very bad bruises. She say her husband {wm1}, also worker here, he drink and he hit her when she don't give him her wages. She do not want police but want to know about safe place.
c|violence_with_injury||Two workers fight at {park}, {wm1} have broken jaw. He say other man is not family, not friend, just from same team. Man hit him with fist only, no knife. {wm1} cannot eat, cannot work.
c|violence_with_injury|knife_sharp_instrument;modern_slavery|{wm1} say the gangmaster's driver cut his hand with a knife when he ask for his passport back. Hand have stitches. They take passports of all nine men, take the wages, they sleep in a barn at {farm}.
c|violence_with_injury|domestic_abuse;honour_based_abuse|{wf_pk1} ({age_young}) say her two older brothers beat her because she have English boyfriend, family say she bring shame. Black eye and bruise on ribs. They want to send her home to marry cousin.
c|violence_with_injury|domestic_abuse|{wm1} come with his sister {wf1}. Her husband break her finger on {date} when she talk to a man at work. He take her phone also. Husband not same employer.
c|violence_with_injury|hate_crime;knife_sharp_instrument|{wm_sikh1} (Sikh, from India) work in the packhouse. On {date} a man in the car park pull off his turban and cut his arm with small knife, saying things about his religion. Arm have five stitches.
c|violence_with_injury||{wf1} say her landlord, he is not family, push her down the caravan steps on {date} because rent is late. Her ankle is broken, she cannot work now.
c|violence_with_injury|modern_slavery|{wm_ua1} and three others from Ukraine. The man who bring them make them work on building sites, take all money, and when {wm_ua1} say he go to police the man beat him, two broken ribs. They sleep in a van in {town}.
c|violence_with_injury|domestic_abuse|{wf_lt1} and {wm_lt1} come to UK together from Lithuania, they have a little boy. On {date} {wm_lt1} throw a glass at her, cut on her face, six stitches. She say it is first time, he is stressed from work.
c|violence_without_injury|modern_slavery|{wf1} say: boss say I must pay back {bigamt} for the bed and the bus, every week it is more. They keep her passport in the office. She work in the flower fields six days, no money since {month}. She is not hurt but very afraid.
c|violence_without_injury|modern_slavery|Couple {wm_ua1} and {wf_ua1} from Ukraine. Man who bring them from Poland say they must work in his cousin's car wash in {town}; he take all their money and say if they leave he will hurt family at home. They not allowed to go out alone.
c|violence_without_injury||{wm1} get text message (SMS, normal phone) from old landlord: I will kill you if I see you in {town}. Because he leave the caravan owing last week rent. He is scared.
c|violence_without_injury|online|{wf1} say her old employer send her voice message on WhatsApp on {date} saying he will kill her if she tell anyone about the accident at the farm. He is only employer, nothing else.
c|violence_without_injury|modern_slavery|{wm_vn1} ({age_highteen}) from Vietnam. He say men bring him in a lorry, now he work in a nail bar in {town} and sleep there, he must pay debt, they lock the door at night. He is not hurt.
c|violence_without_injury|domestic_abuse|{wf1} say her husband's mother, who live with them, grab her by the hair and drag her across the room on {date}, no mark, and say she will send her back to her parents with nothing. Husband do nothing.
c|violence_without_injury||{wf_bg1} (Bulgaria) say landlord come in her caravan at {park} in the night and shout, throw her bag out and push her against the door. Not hurt. He want more money for rent.
c|violence_without_injury|domestic_abuse;honour_based_abuse|{wf_pk1} ({age_young}) say her father phone her every day from Pakistan and say if she does not come home and marry the man they choose, he will kill her. Only phone calls. She is here for season work at {farm}.
c|violence_without_injury|modern_slavery|{wm1} and four other men work for a farmer near {village}, but the agent take their bank cards and PIN, they get only 20 pounds a week. Agent say he know where their families live at home. Nobody hit them.
c|violence_without_injury|modern_slavery|{wf1} say her son ({age_midteen}) is made by older men from the city to carry drugs between {town} and {park}; they say they will hurt his mother if he stop. He is not hurt.
c|violence_without_injury||{wf1} say her daughter ({age_child}) was taken from outside the school in {town} on {date} by a man who is not family and left in the next village two hours later. Child not hurt. Police investigate child abduction.
c|stalking_harassment|online|{wf1} say supervisor send her many messages on Facebook Messenger at night asking to meet, she say no many times, he continue, and make comments at work. She is afraid to lose the job.
c|stalking_harassment||{wm1} say landlord keep coming to the caravan at {park} without asking, many times every week, shout and bang on windows, tell him to leave. No hit, nothing broken.
c|stalking_harassment|domestic_abuse;online|{wf_pl1} say her ex-boyfriend in Poland put her photos on Instagram and send WhatsApp messages every day: I know where you are, your caravan number. Normal photos, not intimate. She is scared.
c|stalking_harassment|domestic_abuse|{wf1}'s husband control everything: he keep her bank card, she cannot go to the shop in {village} alone, he check her phone. He work on the same farm. She say he don't hit her.
c|stalking_harassment|hate_crime|{wm_ro1} and others from Romania: a neighbour in {village} put notes on their cars saying Romanians out and shout at them every day when they go to the bus. Many weeks now. No one hurt.
c|stalking_harassment|domestic_abuse|{wm1} say his wife {wf1} control him, take all his wages, call him twenty times each day to check where he is. He is ashamed to say it. No hitting.
c|stalking_harassment|domestic_abuse|{wf1} ({age_highteen}) say her boyfriend {wm1} ({age_young}) check her phone, not let her talk to other boys, wait outside her work in {town} every day.
c|stalking_harassment||{wf1} say her daughter ({age_midteen}) have a boyfriend from the same school year who follow her everywhere, check her phone, and wait outside the caravan. Mother worried.
c|stalking_harassment|domestic_abuse|{wf_lt1} say {wm_lt1}, who she live with in Lithuania and who is father of her son, follow her here to {farm}, wait at the gate every evening and leave letters in the caravan. She left him last year.
c|stalking_harassment||{wm1}'s cousin was brought to the UK by traffickers in 2019 and worked in a car wash, but {wm1} came on a normal visa and is paid properly. His problem now is a man from the pub in {village} who phone and text him every night calling him names, since {month}.
c|sexual_offences||{wf1} say supervisor at the packhouse touch her bottom and her breasts many times on the line, she say stop. Other women also. She is {age_adult}.
c|sexual_offences|modern_slavery|{wf1} say the man who bring her to UK for a farm job make her have sex with men in a house in {town}; he keep her passport and phone. She escape on {date}.
c|sexual_offences||{wf1} say a man at {park}, a stranger, come in her caravan when she sleeping and rape her, night of {date}. She go to hospital after. Police know.
c|sexual_offences|domestic_abuse|{wf1} say her partner {wm1} make her have sex when she don't want, after he drink, many times. She say he is not violent in other way.
c|sexual_offences|child_sexual_abuse_exploitation|{wf1} daughter, she is {age_midteen}, a man from the farm give her money and cigarettes and touch her. Mother very worried. Police told on {date}.
c|sexual_offences||{wf1} say at New Year party in the workers' hostel a man from another team kiss her by force and put his hand in her trousers. She push him away. She is {age_young}.
c|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|{wf_vn1} ({age_highteen}) from Vietnam, she was brought here by men who make her do sex work in a massage place in {town}. She run away on {date}.
c|robbery||{wm1} say two men stop him when he walk back from the cash machine in {town}; one hold him and the other take his wages ({amt}) from his pocket. He have bruise on his face.
c|robbery|hate_crime|{wm_pl1} (Polish) say group of boys follow him in {town}, call him Polish scum, push him on the ground and take his bike and phone.
c|robbery|knife_sharp_instrument|{wf1} say a man with a knife at {park} take her bag with her passport inside on {date}. She is very afraid.
c|robbery|domestic_abuse|{wf1} say her husband take her wage card by force, he twist her arm and pull it from her hand, then take the money from the machine in {town}.
c|robbery||{wm1} say in the night men come in the caravan at {park}, hit him and take his money and phone.
c|burglary||{wm1} say someone break the window of the caravan where six workers live at {park}, when they at work, take money and two laptops.
c|burglary||{wf1} say someone force the window of her room in the shared house in {town} and take her savings ({amt}) from the drawer. Nobody home.
c|burglary||{wm1} say his ex-flatmate come in the house in {town} through the window when nobody home and take his passport and money. Police know. Not family.
c|burglary||{wf1} say the door of the caravan she sleep in at {farm} was forced when she at work, her suitcase with documents gone.
c|vehicle_offences||{wm1} say somebody take the catalytic converter from the van the workers share, in the car park at {park}. Now van cannot drive.
c|vehicle_offences||{wf1}'s car with all her things inside stolen from outside the supermarket in {town} on {date}; she forget to lock it.
c|vehicle_offences||{wm1} say a man from the team borrow his car keys for one day and never bring back the car, three weeks now, not answering. Car is parked in {town} they think.
c|vehicle_offences||{wf1} say people at {park} take the fuel from her car, tank was full, now empty, cap was open. Happen two times.
c|theft_from_person||{wm1} say on the bus to {farm} someone take his phone from his pocket while he sleep. All his contacts are in it.
c|theft_from_person||{wf1} say in {town} market a boy grab her phone from her hand and run. She not fall, not hurt, he not push her.
c|theft_from_person||{wf1} ({age_adult}) say someone take the wallet from her coat in the packhouse canteen near {village} while she was wearing it.
c|bicycle_theft||{wm1} say his bike is stolen from outside the packhouse at {village}, locked with chain, chain cut. He use it to go to work 6km. Now he walk.
c|bicycle_theft||{wm1} say his bicycle and two others taken from the bike rack at {park} on {date}.
c|bicycle_theft||{wf1} say the bicycle the charity lend her is stolen in {town} centre, she locked it to a lamp post.
c|shoplifting||{wf1} work in the supermarket in {town}. She say a man take bottles of vodka every week and walk out, she is afraid, manager say do nothing.
c|shoplifting||{wm1} work at the farm shop till at {farm}. On {date} a customer put cheese and wine under his coat and walk out without paying.
c|other_theft||{wm1} say team leader take {amt} from each pay envelope before he give them to workers at {farm}. Twelve workers, every week.
c|other_theft||{wf1} say her roommate in the caravan at {park} take her savings from her suitcase, then roommate left to Romania.
c|other_theft||{wm1} say a man at the hostel say he will tell the employer {wm1} use drugs unless he pay {amt}. {wm1} pay two times.
c|other_theft|online|{wm1} ({age_adult}) say a woman on Facebook video call take off her clothes, then she record him and say pay {amt} or the video go to his family. He pay.
c|other_theft||{wf1} clean holiday cottages in {village}; employer's son take her phone on {date} and not give back.
c|criminal_damage_arson|hate_crime|{wm1} car windows broken and go home scratched in the door at {park}. Only the cars of foreign workers.
c|criminal_damage_arson||Somebody set fire to the bins next to the workers' caravans at {park} on {date}; one caravan damaged by fire, nobody inside.
c|criminal_damage_arson|domestic_abuse|{wf1} say her ex-husband come to the caravan at {park} and break the door and the window because she don't open. He not come inside. Police come.
c|criminal_damage_arson||{wm1} say other worker, angry, break his phone and his glasses on purpose at {farm}. He not hit him.
c|criminal_damage_arson||{wf1} say the landlord's son kick her caravan door until it break and smash her window because she complain about no heating. She was not there.
c|drug_offences||{wm1} say in the workers' hostel in {town} one man sell white powder and pills to other workers and offer {wm1} to try. He don't want this, he want to move room.
c|drug_offences||{wf1} say her neighbour at {park} grow cannabis plants inside his caravan, the smell come into her caravan, she worry for her children.
c|possession_of_weapons||{wm1} say a man at the bus stop in {village} every morning have a machete in his bag, {wm1} see the handle. He never threaten anybody.
c|possession_of_weapons||{wm1} say the farm manager at {farm} keep a pistol in the tractor cab, workers see it there. He never point it at anyone.
c|possession_of_weapons||{wf1} say her neighbour at {park} carry a big knife in his jacket when he go to the pub; she see it when he take off the jacket. He never threaten her.
c|public_order|hate_crime|{wf_kg1} and her friends wear hijab. In {town} on {date} a man shout at them about terrorists and Muslims, very loud, people look. They are scared. Nobody touch them.
c|public_order||{wm1} say on Saturday there is a big fight of many men with bottles outside the pub in {village}; he is not hit but very scared, police come.
c|public_order|hate_crime|{wm_zw1} (from Zimbabwe) say at the football match in {town} on {date} local men make monkey noises at him and shout. Nobody hit him.
c|misc_crimes_against_society||{wm1} say neighbour at {park} say he will smash {wm1}'s car windows if he park there again. Nothing broken yet, no threat to {wm1} himself.
c|misc_crimes_against_society||{wf1} say the man who is in court for hurting her friend come to her work at {farm} and ask her to say she saw nothing; he offer her money. She is the witness.
c|fraud_computer_misuse||{wm1} say agency in his country take {bigamt} fee for a job at {farm}; when he arrive the job don't exist and the farm never hear of the agency. He is free, nobody keep his passport.
c|fraud_computer_misuse|online|{wf1} say someone on a Facebook group for workers sell her a room in {town}; she pay {amt} deposit by bank transfer, the address is not real.
c|fraud_computer_misuse||{wm1} say someone open a bank account and a phone contract in his name with a copy of his passport, now letters about debts come to {park}.
c|fraud_computer_misuse||{wm1} get phone call from Home Office, they say problem with his visa, he must pay {amt} in vouchers. He pay. Only phone call, on {date}.
c|fraud_computer_misuse|online|{wm1} sell his car on Facebook Marketplace; on {date} buyer show a fake bank transfer screenshot and drive away the car.
c|anti_social_behaviour||{wm1} say people in the next caravan at {park} play music very loud every night, he cannot sleep before early shift. No fight, no threat.
c|anti_social_behaviour||{wf1} say a group of teenagers sit outside the shop in {village} where workers buy food and laugh and shout; nothing about her or her country, she just feel uncomfortable.
c|anti_social_behaviour||{wm1} say people park in front of the workers' minibus at {park} every morning so the bus is late; no damage, nobody say anything bad.
c|other_crime||{wm1} say employer at {farm} make them spray pesticide with no mask, no gloves, people get sick. They are paid and free to leave.
c|other_crime||{wf1} say someone at {park} keep six dogs in a small cage with no water; she hear them crying.
c|other_crime||{wm1} say there was a crime against him by a man in his team but he don't want to say more, only want to know about help. Police have reference {ref}.
d|homicide|domestic_abuse;knife_sharp_instrument|Safeguarding note. Pt {f1} {sn1} {age_adult}F BIBA {date} {time}, CPR in progress, multiple stab wounds to chest. ROSC not achieved. Husband arrested at scene. Sister {f2} in relatives' room. Bereaved family referral made.
d|homicide||Pt {m1} {age_young}M BIBA {date} post assault outside nightclub in {town}, single punch, fell, GCS 3. CT: large subdural. Died on ITU. Police now treating as manslaughter. Parents on ward; bereavement referral. No weapon involved.
d|homicide||Infant {m1}, 11/52, BIBA {date} unresponsive, pronounced in resus. Skeletal survey: multiple # of differing ages, NAI. Father arrested on suspicion of murder. Maternal grandparents referred for bereaved support.
d|homicide|domestic_abuse|Pt {em1} {sn1} {age_elder}M died in ED {date}, head injuries. Police: wife's account inconsistent, she has been charged with his murder. Adult son {m1} requesting support.
d|death_injury_driving||Pt {f1} {age_adult}F, pedestrian v car {date} {time}, {street}, {town}. Open # tib/fib, # L wrist, brief LOC. Driver failed roadside drug wipe; police investigating serious injury by dangerous driving. Pt tearful, asking what happens next.
d|death_injury_driving||Cyclist {m1} {age_adult}M hit by van on the A-road {date}, # C2, intubated. Police: van driver charged with causing serious injury by careless driving. Wife at bedside, referred.
d|death_injury_driving||Pt {m1} {age_midteen}M struck on the crossing outside school, {town}, # femur, head injury. Driver did not stop, later traced and arrested for causing serious injury by dangerous driving. Mum present. No NAI concerns.
d|death_injury_driving||Pt {f1} {age_adult}F, front-seat passenger, head-on with a vehicle on the wrong side of the road {date}. Multiple # ribs, splenic injury, to theatre. Other driver fled then arrested, serious injury by dangerous driving. Husband (driving) minor injuries, no DA concerns.
d|violence_with_injury|domestic_abuse|Pt {f1} {age_adult}F c/o facial pain after being punched by partner {date}. ?# zygoma, periorbital haematoma. No LOC. DV disclosure, DASH high, MARAC ref. Children with grandmother.
d|violence_with_injury|domestic_abuse;knife_sharp_instrument|Pt {m1} {age_adult}M, 6cm lac L forearm {date}. Initially DIY accident; on second questioning states wife came at him with a kitchen knife during an argument. DV disclosure, safeguarding ref made.
d|violence_with_injury||Pt {m1} {age_young}M, # 5th MC R hand and lac to lip after fight outside pub in {town}. Does not know the other man. No DA, no weapon. Police aware.
d|violence_with_injury||Child {m1} {age_child}M, NAI: linear bruising to buttocks and backs of legs, states mum's boyfriend hit him with a belt. Safeguarding ref made {date}, police CAIT. No sexual concerns raised.
d|violence_with_injury|domestic_abuse|Pt {f1} {age_adult}F, fingertip bruising to neck and split lip, states ex-partner {m1} attacked her at her front door {date}. DASH high, IDVA ref.
d|violence_with_injury|hate_crime|Pt {m1} {age_adult}M, 3cm scalp lac, brief LOC. Attacked leaving the {venue} by a group shouting homophobic abuse at him and his boyfriend. Police informed.
d|violence_with_injury|domestic_abuse|Pt {f1} {age_elder}F, # NOF. Initially a fall; on questioning says daughter pushed her during an argument over money. Daughter lives with her as carer. Adult safeguarding ref made {date}.
d|violence_with_injury||Pt {m1} {age_midteen}M, concussion and # nose, assaulted by two boys from school at the skatepark in {town}. No weapon. Mum requests support.
d|violence_with_injury|domestic_abuse|Pt {m1} {age_adult}M, superficial burns R hand and forearm, states boyfriend {m2} threw a kettle of hot water at him {date}. Hx of previous attendances with injuries. DV disclosure, DASH completed.
d|violence_with_injury|knife_sharp_instrument|Pt {m1} {age_young}M, stab wound L flank, haemodynamically stable, surgical review. Stabbed in {park} car park by someone I owe, won't name. Police present.
d|violence_with_injury||Paramedic {f1} {age_adult}F injured at work {date}: punched by intoxicated pt during handover, # nasal bone. Assault on emergency worker.
d|violence_with_injury|domestic_abuse|Pt {f1} {age_highteen}F, lac to eyebrow and bruising, states boyfriend {m1} ({age_young}) headbutted her {date}. Safeguarding ref (under 18), DASH.
d|violence_with_injury||Pt {f1} {age_lowteen}F, bruising to face and swollen lip, punched by her brother, who is 15, at home {date}. Not DA (both under 16). Safeguarding ref made.
d|violence_with_injury|domestic_abuse|Pt {f1} {age_adult}F, 24/40 pregnant, c/o abdo pain after being kicked by husband {date}. Bruising to abdomen. Obs review. DV disclosure, safeguarding ref made.
d|violence_with_injury|domestic_abuse|Pt {f1} {age_adult}F, bruising to upper arms and lac to lip. States {m1} did it last night when he came in; they've lived together 4 yrs and he is dad to her youngest. Safeguarding ref made {date}.
d|violence_with_injury||Pt {f1} {age_adult}F, bite mark and bruising to forearm, inflicted by her son aged 14 during a meltdown; son has ASD. Child under 16 so not DA. CAMHS and safeguarding ref {date}.
d|violence_with_injury|domestic_abuse|Pt {f1} {age_adult}F, ?# nose, punched by her son ({age_highteen}) who lives with her. Child-to-parent abuse. DASH, safeguarding ref {date}.
d|violence_with_injury|honour_based_abuse|Child {f1} {age_child}F brought by school nurse {date}, FGM identified on examination, performed during a family trip abroad last summer. Police and CSC informed. No other injuries.
d|violence_with_injury|domestic_abuse;knife_sharp_instrument|Pt {f1} {age_adult}F, multiple lacerations to both hands and neck, stabbed by husband {date}. Police treating as attempted murder. ITU. DASH high.
d|violence_with_injury|domestic_abuse|Pt {f1} {age_adult}F, # ulna (defensive), states {f2} hit her with a rolling pin {date}; they have been together 6 yrs and share a flat. Safeguarding ref.
d|violence_with_injury||Pt {m1} {age_adult}M, lac to scalp and bruised ribs, assaulted by a neighbour over parking {date}. Pt's partner {f1} present; she was not involved and not harmed, not a DA incident. Police informed.
d|violence_without_injury|domestic_abuse|Pt {f1} {age_adult}F attended with chest pain, ECG normal. Disclosed husband held her down on the bed and threatened to kill her last night. No visible injury, obs stable. DASH high, MARAC ref, IDVA contact.
d|violence_without_injury||Child {f1} {age_child}F brought by school nurse {date}: unkempt, head lice, severe dental decay, weight below 0.4th centile. Neglect concerns. No injuries found. Safeguarding ref made, police CAIT informed.
d|violence_without_injury||HCA {f1} {age_adult}F spat at and slapped by a pt in majors {date}. No injury. Assault on emergency worker. Datix and police.
d|violence_without_injury|domestic_abuse|Pt {m1} {age_adult}M states wife pushed him down the caravan steps during an argument {date}. Examined, no injuries found. DASH completed.
d|violence_without_injury||Pt {f1} {age_midteen}F grabbed by the arm and pushed into a wall by mum's boyfriend {date}. Examined, no injury seen. Safeguarding ref made.
d|violence_without_injury|knife_sharp_instrument|Pt {m1} {age_young}M, panic attack; earlier a man held a blade to his throat in {park} and told him to stay away from his sister. Nothing taken, no injury.
d|violence_without_injury||Pt {f1} {age_adult}F brought to ED with partner {m1}, who was punched by a stranger outside the pub in {town}; pt herself was shoved aside by the same man, no injuries. Referral is for pt. Not DA.
d|violence_without_injury|domestic_abuse|Pt {f1} {age_adult}F, no head injury on exam. States brother {m1} threatened to kill her over their late mother's house {date}. Sibling dispute. Police aware.
d|violence_without_injury||Pt {em1} {sn1} {age_elder}M, care home resident. Agency carer (not family) seen slapping his hand at mealtime {date}; no mark. Adult safeguarding ref made.
d|violence_without_injury|domestic_abuse|Pt {f1} {age_adult}F: ex-partner sent SMS texts {date} saying he would stab her to death. He lives in another town, no contact in person. No injuries. DASH.
d|violence_without_injury|modern_slavery|Pt {m1} {age_adult}M, seasonal worker, c/o back pain, no injury from any assault. States works 16h days at {farm}, employer holds his passport and pays him nothing. NRM referral made.
d|stalking_harassment|domestic_abuse|Pt {f1} {age_adult}F attended with panic attack. Disclosed ex-partner follows her car, turns up at her work, sent flowers to ED {date}. DASH and stalking screening done, police ref. No physical violence.
d|stalking_harassment|domestic_abuse;online|Pt {f1} {age_adult}F: partner tracks her location through an app on her phone and messages her on WhatsApp every 10 min when she is out. Coercive control. No injuries.
d|stalking_harassment|domestic_abuse|Pt {em1} {sn1} {age_elder}M: daughter controls his money, won't let him see friends, locks his phone away. No physical injury. Capacity intact. Adult safeguarding ref {date}.
d|stalking_harassment||Pt {f1} {age_midteen}F, low mood. Disclosed classmates sending her nasty texts every day since {month}. SMS only, no apps, nothing sexual.
d|stalking_harassment|domestic_abuse|Pt {f1} {age_adult}F: ex-girlfriend {f2} sending letters and waiting outside her flat daily since they split in {month}. No assault.
d|stalking_harassment||Pt {f1} {age_adult}F, ED receptionist, 30+ anonymous SMS texts and withheld calls of an abusive nature since {month}. Not from a partner, no DA. Plain texts, no apps.
d|stalking_harassment||Pt {f1} {age_adult}F, anxiety. Colleague repeatedly turning up at her house uninvited and phoning late at night since {month}. Hx: pt's father was violent to her mother when she was a child; not current, not relevant to this.
d|sexual_offences|domestic_abuse|Pt {f1} {age_adult}F, SARC-referred, disclosed husband raped her {date}. Bruising inner thighs. DV disclosure, DASH high, safeguarding ref made.
d|sexual_offences|child_sexual_abuse_exploitation|Pt {f1} {age_highteen}F disclosed sexual assault by a man ({age_adult}) she met at the {venue}, not a boyfriend. UPSI, EHC given. Safeguarding ref made (under 18).
d|sexual_offences|child_sexual_abuse_exploitation;online|Pt {f1} {age_midteen}F, with mum. Groomed on Snapchat by a man claiming to be 17, met him in {town}, sexual activity. CSE concerns, police and CSC informed.
d|sexual_offences||Pt {f1} {age_adult}F c/o being groped over clothing in the queue at the {venue} by a stranger {date}. No other assault, no injury. Police aware.
d|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|Pt {f1} {age_highteen}F, disclosed boyfriend ({age_young}) raped her at his flat {date}. Safeguarding ref (under 18), DASH.
d|sexual_offences|child_sexual_abuse_exploitation|Pt {m1} {age_midteen}M disclosed to school nurse that his uncle sexually abused him over the summer holidays. Examined, no injuries. Not DA, pt under 16. Safeguarding ref {date}.
d|sexual_offences||Pt {m1} {age_young}M, disclosed he was raped by a man he met at the {venue} after drinking, woke in an unfamiliar flat. Anal fissure. SARC ref. Not a partner.
d|sexual_offences|child_sexual_abuse_exploitation|Pt {f1} {age_midteen}F, pregnant 12/40; states boyfriend is {age_young}. Sexual activity with a child. Safeguarding ref, police informed {date}. Under 16 so no DA.
d|sexual_offences|domestic_abuse|Pt {m1} {age_adult}M disclosed wife sexually assaults him when he has been drinking. No injuries. DV disclosure, safeguarding ref {date}.
d|sexual_offences|domestic_abuse;honour_based_abuse|Pt {f1} {age_young}F disclosed she was married at 18 in Bangladesh against her will; husband rapes her and mother-in-law watches her every move. No FGM identified. Safeguarding ref, forced marriage unit {date}.
d|sexual_offences||Pt {ef1} {sn1} {age_elder}F, care home. Staff report a male resident (not related) found in her bed touching her; she lacks capacity. Adult safeguarding ref, police {date}.
d|robbery||Pt {m1} {age_young}M, # mandible, punched repeatedly by three men who took his phone and watch on {street} {date}. Police informed.
d|robbery|knife_sharp_instrument|Pt {f1} {age_adult}F, lac to palm (defensive): a man with a knife grabbed her handbag outside the {venue}, she held on, he cut her hand and ran off with the bag.
d|robbery|domestic_abuse|Pt {f1} {age_elder}F, bruised forearm; grandson {m1} ({age_young}) twisted her arm to take her purse and bank card {date}. He lives with her. Adult safeguarding ref.
d|robbery||Pt {m1} {age_midteen}M, bruising R eye; older teens pushed him off his bike at {park} and rode off on it with his phone. Not known to him.
d|burglary||Pt {em1} {sn1} {age_elder}M, chest pain after finding his house burgled {date}, cardiac cause excluded. No contact with burglars. Ref for support.
d|burglary|domestic_abuse|Pt {f1} {age_adult}F, ex-partner broke in through the back door at night {date}; she hid in the bathroom, he left before police arrived and took her phone. No assault, no injuries. DASH high.
d|vehicle_offences||Pt {f1} {age_adult}F, anxiety; her car was taken from the hospital car park during her night shift {date}. Staff support referral.
d|vehicle_offences||Pt {m1} {age_adult}M, farmer, stress presentation; tractor and quad stolen from his field overnight {date}, livelihood affected. Police ref {ref}.
d|theft_from_person||Staff nurse {f1} {age_adult}F had her phone taken from her tunic pocket in the waiting room during triage {date}. No contact with offender felt. Police informed.
d|theft_from_person||Pt {em1} {sn1} {age_elder}M, wallet taken from his trouser pocket by another pt's visitor while he was asleep on a trolley {date}. CCTV reviewed.
d|theft_from_person||Pt {f1} {age_young}F, intoxicated; friends report her phone lifted from her back pocket in the queue at the {venue}. No assault.
d|bicycle_theft||Staff: junior doctor {f1} {age_adult}F, bike taken from the rack outside ED while on shift {date}, left unlocked briefly.
d|bicycle_theft||Pt {m1} {age_midteen}M, minor sprain from football, unrelated; mum mentions his bike was taken from outside the leisure centre in {town} earlier today, locked. Police ref {ref}.
d|shoplifting||Hospital shop volunteer {ef1} {sn1} {age_elder}F reports repeated thefts of sandwiches and drinks by one visitor, {amt} over a week. No threats.
d|shoplifting||Pharmacy in the hospital foyer: member of the public took fragrances worth {amt} from the shelves and left {date}. Staff not threatened. Pharmacist {f1} referred.
d|other_theft||Pt {em1} {sn1} {age_elder}M, rings and watch missing from his property bag after admission {date}, ?theft by staff. Datix and police.
d|other_theft||Pt {f1} {age_adult}F, handbag taken from her trolley bay while she was in X-ray {date}; it was not on her person. Security informed.
d|criminal_damage_arson|domestic_abuse|Pt {f1} {age_adult}F, mild smoke inhalation. States partner set fire to her clothes in the garden and the shed caught; she tried to put it out {date}. No assault. DV disclosure, DASH.
d|criminal_damage_arson||Staff nurse {f1} {age_adult}F: car windscreen smashed in the staff car park {date}. Nothing taken.
d|criminal_damage_arson||Pt {m1} {age_adult}M, minor burn to hand putting out a fire started by unknown persons in his garden shed overnight {date}. Arson suspected.
d|criminal_damage_arson||Pt {ef1} {sn1} {age_elder}F, palpitations after a firework was pushed through her letterbox {date}; hall carpet burnt. Fire service say deliberate. No burns, no smoke inhalation.
d|drug_offences||Pt {m1} {age_young}M, ?bodypacker, packages seen on XR {date}, police informed. Says he was paid to carry. No coercion disclosed.
d|drug_offences||Pt {f1} {age_highteen}F, intoxicated, found with cannabis and ketamine; says she buys from older boys at {park}. No exploitation or sexual concerns identified.
d|drug_offences||Pt {m1} {age_adult}M, collapse, ?spice. Says he bought it from a man selling to seasonal workers at {park}; wants to help police. No coercion, no threats.
d|possession_of_weapons||Pt {m1} {age_young}M, attended after a fall {date}; security found a knuckleduster and a flick knife in his jacket when looking for ID. No threats made. Police informed.
d|possession_of_weapons||Pt {m1} {age_midteen}M: took a kitchen knife to school in his bag for protection after bullying; not used or shown to anyone. Safeguarding ref {date}.
d|possession_of_weapons||Nurse {f1} reports a visitor in the waiting room with a hunting knife in his waistband {date}, escorted out by police. No threats made to staff.
d|public_order||Intoxicated male in the ED waiting room shouting abuse and threats at reception staff for 20 minutes {date}, patients distressed. No assault. Police removed him. Receptionist {f1} referred.
d|public_order|hate_crime|Pt {f1} {age_adult}F (trans woman), anxiety; earlier subjected to transphobic abuse shouted by a group in {town} high street. No physical contact, no injuries.
d|public_order||Security officer {m1}: group of drunk men in the ambulance bay shouting and throwing traffic cones {date}, staff and patients alarmed. No one hurt, nothing damaged.
d|misc_crimes_against_society||Pt {m1} {age_adult}M, shaken, no injuries: nearly struck by a car driven along the pavement at speed in {town} {date}, jumped clear. Police have the reg.
d|misc_crimes_against_society||Staff nurse {f1}: man on police bail with a condition not to attend the ward came onto the ward {date} asking for her. No contact made.
d|misc_crimes_against_society||Pt {m1} {age_adult}M: gave a statement as a witness to a crash in {town}; the other driver's friend has since offered him {amt} to change it.
d|fraud_computer_misuse||Pt {em1} {sn1} {age_elder}M, admitted; daughter reports he was called by police impostors and told to withdraw cash, courier collected {bigamt} yesterday. Phone only.
d|fraud_computer_misuse|online|Pt {f1} {age_adult}F, anxiety: lost {bigamt} to a crypto investment promoted on Instagram, account manager on WhatsApp.
d|fraud_computer_misuse|domestic_abuse;online|Pt {f1} {age_adult}F: ex-partner got into her email and banking app without permission and moved {bigamt} out {date}. DASH.
d|fraud_computer_misuse||Pt {ef1} {sn1} {age_elder}F, adult safeguarding: agency home carer (not family) has been using her bank card for her own shopping, {amt}.
d|anti_social_behaviour||Staff report {date}: youths congregating in the hospital multi-storey at night, music, litter. No threats, no damage.
d|anti_social_behaviour||Pt {ef1} {sn1} {age_elder}F, frequent attender, anxiety. Neighbour's dog barking day and night, neighbour's visitors noisy. No crime disclosed.
d|anti_social_behaviour||Pt {m1} {age_adult}M, insomnia and low mood; long-running dispute with neighbour over noise and parking in {street}. Nothing more disclosed on questioning, no threats.
d|other_crime||Pt {f1} {age_adult}F, upset; says a crime was committed against her at work last week, police ref {ref}, declines details. No injury, no safeguarding concerns identified.
d|other_crime||Pt {ef1} {sn1} {age_elder}F; carers report her son's dogs left in her garden without food or water for days, dogs emaciated. No concerns about pt's own care. RSPCA informed {date}.
b|stalking_harassment|domestic_abuse;honour_based_abuse|Mrs {sn1}, a widow of {age_elder}, tells me that her two sons have forbidden her to marry again, saying it would bring dishonour on the family in the eyes of the community. They have taken her passport and her pension book and will not let her leave the house in {town} without one of them. Neither has struck her.
c|stalking_harassment|domestic_abuse;honour_based_abuse|{wf_pk1} ({age_young}) say her uncle and her cousins who also work at {farm} watch her all the time, follow her to the shop and tell her family at home everything. They say she shame the family because she wear jeans and talk to men. No hitting.
d|violence_without_injury|honour_based_abuse|Pt {f1} {age_midteen}F, school nurse referral {date}: parents planning to take her abroad at Easter to be married. Father slapped her when she refused; no mark, no injury. Forced marriage protection order being sought, police informed.
d|homicide|domestic_abuse;honour_based_abuse|Safeguarding note {date}: pt's sister {f2} ({age_young}) BIBA, pronounced in resus. Police now say she was killed by her father and brother because she left her husband and brought shame on the family. Pt {f1} {age_adult}F in relatives' room, referred for bereaved support.
"""

SLOT_RE = re.compile(r"\{([a-z_]+?)(\d*)\}")


def parse_templates(block: str) -> list[tuple[str, str, list[str], str]]:
    """Parse and validate the template block; flags come back in TAXONOMY order."""
    rows: list[tuple[str, str, list[str], str]] = []
    seen_texts: list[str] = []
    for raw in block.strip().splitlines():
        parts = raw.split("|")
        if len(parts) != 4:
            raise ValueError(f"bad template line: {raw[:60]}")
        kind, category, flag_field, text = parts
        if kind not in ("a", "b", "c", "d"):
            raise ValueError(f"bad kind {kind!r}")
        if category not in CATEGORIES:
            raise ValueError(f"bad category {category!r}")
        flags = [f for f in flag_field.split(";") if f]
        for flag in flags:
            if flag not in FLAGS:
                raise ValueError(f"bad flag {flag!r}")
        if len(flags) != len(dict.fromkeys(flags)):
            raise ValueError(f"duplicate flag in: {raw[:60]}")
        flags = sorted(flags, key=FLAGS.index)
        for match in SLOT_RE.finditer(text):
            base = match.group(1)
            key = base + match.group(2)
            if (
                key not in ("date2", "time2")
                and base not in NAMES
                and base not in PLACES
                and base not in AGE_RANGES
                and base
                not in (
                    "date",
                    "time",
                    "month",
                    "amt",
                    "bigamt",
                    "ref",
                    "grid",
                    "num",
                )
            ):
                raise ValueError(f"unknown slot {key!r}")
        if not SLOT_RE.search(text):
            raise ValueError(f"template without slots: {raw[:60]}")
        if text in seen_texts:
            raise ValueError(f"duplicate template text: {raw[:60]}")
        seen_texts.append(text)
        rows.append((kind, category, flags, text))
    return rows


def fmt_date(rng: random.Random, day: dt.date, style: int) -> str:
    if style == 0:
        return day.strftime("%d/%m/%Y")
    if style == 1:
        return day.strftime("%d/%m/%y")
    if style == 2:
        return f"{day.day} {MONTH_NAMES[day.month - 1]}"
    if style == 3:
        return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
    if style == 4:
        return f"{day.day}.{day.month}.{day.year % 100}"
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}"


def fmt_time(minutes: int, style: int) -> str:
    minutes %= 24 * 60
    hh, mm = divmod(minutes, 60)
    if style == 0:
        return f"{hh:02d}{mm:02d}"
    if style == 1:
        return f"{hh:02d}:{mm:02d}"
    if style == 2:
        return f"{hh:02d}{mm:02d}hrs"
    suffix = "am" if hh < 12 else "pm"
    h12 = hh % 12 or 12
    return f"{h12}.{mm:02d}{suffix}"


def fill(rng: random.Random, text: str) -> str:
    """Fill every slot; the same slot key gets the same value within one note."""
    values: dict[str, str] = {}
    used_by_base: dict[str, list[str]] = {}
    date_style = rng.randrange(6)
    time_style = rng.randrange(4)
    span = (END - START).days
    base_day = START + dt.timedelta(days=rng.randrange(span - 4))
    base_minutes = rng.randrange(24 * 60)

    def pick_distinct(base: str, pool: list[str]) -> str:
        taken = used_by_base.setdefault(base, [])
        choices = [p for p in pool if p not in taken]
        value = rng.choice(choices)
        taken.append(value)
        return value

    for match in SLOT_RE.finditer(text):
        base = match.group(1)
        key = base + match.group(2)
        if key in values:
            continue
        if key == "date":
            value = fmt_date(rng, base_day, date_style)
        elif key == "date2":
            value = fmt_date(rng, base_day + dt.timedelta(days=1 + rng.randrange(3)), date_style)
        elif key == "time":
            value = fmt_time(base_minutes, time_style)
        elif key == "time2":
            value = fmt_time(base_minutes + 25 + rng.randrange(90), time_style)
        elif base == "month":
            value = MONTH_NAMES[base_day.month - 1]
        elif base == "amt":
            value = f"£{rng.randrange(15, 481)}"
        elif base == "bigamt":
            value = f"£{rng.randrange(24, 761) * 50:,}"
        elif base == "ref":
            value = f"{rng.choice(REF_PREFIXES)}{rng.randrange(100000):05d}"
        elif base == "grid":
            value = f"{rng.choice(GRID_SQUARES)} {rng.randrange(1000):03d} {rng.randrange(1000):03d}"
        elif base == "num":
            value = str(rng.randrange(3, 41))
        elif base in AGE_RANGES:
            lo, hi = AGE_RANGES[base]
            value = str(rng.randint(lo, hi))
        elif base in NAMES:
            value = pick_distinct(base, NAMES[base])
        else:
            value = pick_distinct(base, PLACES[base])
        values[key] = value
    return SLOT_RE.sub(lambda m: values[m.group(1) + m.group(2)], text)


def main() -> None:
    rng = random.Random(SEED)
    templates = parse_templates(TEMPLATES)
    uses = [N_NOTES // len(templates)] * len(templates)
    for i in range(N_NOTES - sum(uses)):
        uses[i] += 1

    notes: list[tuple[str, str, str, str]] = []
    seen: dict[str, None] = {}
    for (kind, category, flags, text), n_use in zip(templates, uses, strict=True):
        for _ in range(n_use):
            for _attempt in range(200):
                filled = fill(rng, text)
                if filled not in seen:
                    break
            else:
                raise RuntimeError("could not produce a unique note")
            seen[filled] = None
            notes.append((kind, filled, category, ";".join(flags)))

    rng.shuffle(notes)
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for idx, (_kind, text, category, flags) in enumerate(notes, start=1):
            writer.writerow([f"B37-{idx:04d}", text, category, flags])

    print(f"templates: {len(templates)}")
    print(f"notes: {len(notes)}")
    kinds = ["a", "b", "c", "d"]
    print("per source:", ", ".join(f"{k}={sum(1 for n in notes if n[0] == k)}" for k in kinds))
    print("per category:")
    for cat in CATEGORIES:
        print(f"  {cat}: {sum(1 for n in notes if n[2] == cat)}")
    print("per flag:")
    for flag in FLAGS:
        print(f"  {flag}: {sum(1 for n in notes if flag in n[3].split(';'))}")
    print(f"notes with no flag: {sum(1 for n in notes if not n[3])}")


if __name__ == "__main__":
    main()
