#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind corpus 38: synthetic victim-services referral notes from a university city.

Scenario (invented; no real person, place or case): a metropolitan university city whose
victim-services hub receives referrals from four sources, each with its own voice:

* ``web``     - the victims' self-referral web form, typed by victims (or by a friend or
                relative on their behalf): first person, mostly lowercase, little
                punctuation, run-on sentences, text-speak and typos, emotional.
* ``police``  - police officers' body-worn-video and incident summaries: "BWV shows",
                "On arrival officers found", surnames in capitals, IP / SUSP / "the
                aggrieved", 24-hour times and occasional legal section numbers.
* ``su``      - the students' union and university wellbeing advice service: cautious,
                euphemistic, consent-focused wording; flat-mates, halls, international
                students and online incidents.
* ``housing`` - a housing association's tenancy and anti-social-behaviour officer:
                neighbours, communal areas, repairs and tenancy breaches, with some real
                crimes (including domestic abuse) mixed in.

About 400 hand-labelled templates (``kind|category|flags|text``) are each used twice with
different slot fillings, giving 800 notes.  Slots only carry names, places, streets, dates
in 2027 (UK formats), times, amounts, reference numbers, counts and ages; no slot can
change a label (each age slot lies wholly on one side of the 16 and 18 thresholds).
Labels follow /work/shared/TAXONOMY.md: one category by the principal-crime order, flags
in taxonomy order, and no flag where it is negated, hypothetical or someone else's past.

The output is deterministic: one ``random.Random(SEED)`` drives every choice, no set is
iterated and ``hash()`` is never called, so the CSV is byte-identical whatever the
working directory or PYTHONHASHSEED.  Only counts are printed.
"""

import csv
import datetime
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

SEED = 38_2026
N_PER_TEMPLATE = 2
ID_PREFIX = "B38-"
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind38.csv"

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

KINDS = ("web", "police", "su", "housing")

# Age thresholds that appear in TAXONOMY.md (domestic abuse 16+, child sexual abuse under 18).
AGE_THRESHOLDS = (16, 18)
AGE_RANGES = {
    "age_child": (5, 11),
    "age_teen": (12, 15),
    "age_minor": (16, 17),
    "age_student": (19, 25),
    "age_adult": (26, 58),
    "age_older": (68, 91),
}

FEMALE_NAMES = (
    "Amara",
    "Zainab",
    "Chloe",
    "Priya",
    "Siobhan",
    "Mei",
    "Olamide",
    "Hannah",
    "Fatima",
    "Aleksandra",
    "Niamh",
    "Yasmin",
    "Grace",
    "Leila",
    "Chidinma",
    "Sofia",
    "Ewa",
    "Aisha",
    "Megan",
    "Anjali",
    "Rhiannon",
    "Thu",
    "Ifeoma",
    "Maryam",
    "Jodie",
    "Keisha",
    "Ana",
    "Nadia",
    "Hui",
    "Bethany",
    "Roxana",
    "Precious",
    "Shabnam",
    "Eilidh",
    "Kemi",
)
MALE_NAMES = (
    "Kwame",
    "Tomasz",
    "Liam",
    "Arjun",
    "Callum",
    "Wei",
    "Tunde",
    "Jamal",
    "Declan",
    "Bilal",
    "Rhys",
    "Mohammed",
    "Kieran",
    "Hamza",
    "Dmitri",
    "Jordan",
    "Emeka",
    "Jack",
    "Rohan",
    "Connor",
    "Marcus",
    "Yusuf",
    "Ciaran",
    "Andrzej",
    "Minh",
    "Kofi",
    "Ravi",
    "Darnell",
    "Omar",
    "Haruto",
    "Mateo",
    "Nathan",
    "Samir",
)
SURNAMES = (
    "Okafor",
    "Nowak",
    "Khan",
    "Patel",
    "Murphy",
    "Chen",
    "Hussain",
    "Begum",
    "Adeyemi",
    "Smith",
    "Jones",
    "Williams",
    "O'Brien",
    "Nguyen",
    "Rossi",
    "Dimitrov",
    "Ahmed",
    "Mensah",
    "Campbell",
    "MacLeod",
    "Evans",
    "Davies",
    "Silva",
    "Haddad",
    "Yilmaz",
    "Kaur",
    "Singh",
    "Sharma",
    "Park",
    "Kim",
    "Ibrahim",
    "Osei",
    "Abdi",
    "Farah",
    "Popescu",
    "Horvat",
    "Kowalczyk",
    "Fernandes",
    "Walsh",
    "Byrne",
    "Thompson",
    "Clarke",
    "Wright",
    "Hughes",
    "Ali",
    "Rahman",
    "Chowdhury",
    "Mahmood",
    "Bello",
    "Eze",
    "Zhang",
    "Wang",
    "Liu",
    "Novak",
    "Petrov",
    "Kaya",
    "Demir",
    "Costa",
    "Reyes",
    "Santos",
    "Baptiste",
    "McKenzie",
    "Lewandowski",
    "Adebayo",
    "Quinn",
    "Brown",
)
STREETS = (
    "Harcourt Road",
    "Wellington Street",
    "Albion Terrace",
    "Moss Lane",
    "Canal Street",
    "Oxford Road",
    "Brunswick Place",
    "Hillfoot Avenue",
    "Selby Street",
    "Kingsway",
    "Portland Crescent",
    "Beech Grove",
    "Denmark Road",
    "Station Approach",
    "Mill Lane",
    "Chapel Street",
    "Lime Walk",
    "Granby Row",
    "Regent Parade",
    "Ashdown Close",
    "Victoria Road",
    "Princess Street",
    "Holloway Lane",
    "Fernbank Drive",
    "Cobden Street",
)
HALLS = (
    "Ashworth Hall",
    "Kelvin Court",
    "Marlowe House",
    "Fennimore Hall",
    "Riverside Village",
    "St Aidan's Court",
    "Hepworth Halls",
    "Cavendish Towers",
    "Orchard Park",
    "Birchfield House",
)
VENUES = (
    "the Union bar",
    "Fibre nightclub",
    "the Crown and Anchor",
    "Printworks",
    "the Boathouse",
    "Club Indigo",
    "the Mitre",
    "Quayside bar",
    "the Lounge",
    "the Pear Tree",
    "Vault 54",
    "the Red Lion",
)
SHOPS = (
    "Tesco Express",
    "the Co-op",
    "Boots",
    "Sainsbury's Local",
    "Lidl",
    "Aldi",
    "Greggs",
    "Superdrug",
    "the Spar",
    "Iceland",
    "Home Bargains",
)
ESTATES = (
    "Millbrook",
    "Canal Side",
    "Lowfield",
    "Hartley Gardens",
    "Bridgewater",
    "Elm Park",
    "St Mark's",
    "Ravensworth",
)
BLOCKS = (
    "Fenwick House",
    "Orchard Tower",
    "Beaumont Court",
    "Lister House",
    "Kestrel Point",
    "Wharfside Court",
    "Delamere House",
    "Thornton Court",
)
STATIONS = (
    "Northgate station",
    "the Riverside tram stop",
    "the bus station",
    "Victoria Road tram stop",
    "Central station",
    "Westgate interchange",
)
CARS = (
    "Ford Fiesta",
    "Vauxhall Corsa",
    "VW Golf",
    "Toyota Yaris",
    "Nissan Qashqai",
    "Kia Sportage",
    "Ford Focus",
    "Range Rover Evoque",
    "Mercedes A-Class",
    "Honda Civic",
)
BIKES = ("Carrera", "Boardman", "Specialized", "Trek", "Giant", "Raleigh", "Cannondale", "Brompton")
COUNTRIES = (
    "Pakistan",
    "India",
    "Bangladesh",
    "Nigeria",
    "China",
    "Malaysia",
    "Vietnam",
    "Egypt",
    "Turkey",
    "Kenya",
    "Ghana",
    "Iraq",
    "Sri Lanka",
    "Afghanistan",
)
MARKETS = ("Facebook Marketplace", "Gumtree", "Vinted", "eBay", "Depop")
DATING = ("Tinder", "Hinge", "Bumble")
OPNAMES = ("KESTREL", "LANTERN", "HARBOUR", "ASPEN", "GRANITE", "MERIDIAN", "OSPREY", "CINDER", "TALLOW", "VESPER")
BUILDINGS = ("Law", "Physics", "Chemistry", "Arts", "Music", "Biology", "Maths", "Engineering")
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
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _date(rng: random.Random) -> str:
    day = datetime.date(2027, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    style = rng.randint(0, 5)
    if style == 0:
        return f"{day.day:02d}/{day.month:02d}/2027"
    if style == 1:
        return f"{day.day:02d}/{day.month:02d}/27"
    if style == 2:
        return f"{day.day} {MONTHS[day.month - 1]} 2027"
    if style == 3:
        return f"{day.day} {MONTHS_SHORT[day.month - 1]} 27"
    if style == 4:
        return f"{_ordinal(day.day)} {MONTHS[day.month - 1]}"
    return f"{day.day:02d}.{day.month:02d}.27"


def _time(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randrange(0, 60, 5):02d}"


def _hhmm(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}{rng.randrange(0, 60, 5):02d}"


def _time12(rng: random.Random) -> str:
    hour = rng.choice((8, 9, 10, 11, 12, 1, 2, 3, 4))
    suffix = "am" if hour in (1, 2, 3, 4) else "pm"
    if hour == 12:
        return rng.choice(("midnight", "12ish"))
    style = rng.randint(0, 2)
    if style == 0:
        return f"{hour}{suffix}"
    if style == 1:
        return f"half {hour}"
    return f"{hour}.{rng.choice(('15', '30', '45'))}{suffix}"


def _money(lo: int, hi: int, step: int) -> Callable[[random.Random], str]:
    def gen(rng: random.Random) -> str:
        return f"£{rng.randrange(lo, hi + 1, step):,}"

    return gen


def _age(name: str) -> Callable[[random.Random], str]:
    lo, hi = AGE_RANGES[name]

    def gen(rng: random.Random) -> str:
        return str(rng.randint(lo, hi))

    return gen


def _crimeref(rng: random.Random) -> str:
    style = rng.randint(0, 2)
    if style == 0:
        return f"CRI/{rng.randint(10000, 99999)}/27"
    if style == 1:
        return f"27/{rng.randint(100000, 999999)}"
    return f"{rng.choice(('NC', 'MC', 'SC'))}-27-{rng.randint(1000, 9999)}"


def _route(rng: random.Random) -> str:
    number = rng.randint(1, 99)
    return f"X{number}" if rng.random() < 0.2 else str(number)


SLOTS = {
    "fname": lambda rng: rng.choice(FEMALE_NAMES),
    "mname": lambda rng: rng.choice(MALE_NAMES),
    "surname": lambda rng: rng.choice(SURNAMES),
    "SURNAME": lambda rng: rng.choice(SURNAMES).upper(),
    "street": lambda rng: rng.choice(STREETS),
    "hall": lambda rng: rng.choice(HALLS),
    "venue": lambda rng: rng.choice(VENUES),
    "shop": lambda rng: rng.choice(SHOPS),
    "estate": lambda rng: rng.choice(ESTATES),
    "block": lambda rng: rng.choice(BLOCKS),
    "station": lambda rng: rng.choice(STATIONS),
    "car": lambda rng: rng.choice(CARS),
    "bike": lambda rng: rng.choice(BIKES),
    "country": lambda rng: rng.choice(COUNTRIES),
    "market": lambda rng: rng.choice(MARKETS),
    "dating": lambda rng: rng.choice(DATING),
    "opname": lambda rng: rng.choice(OPNAMES),
    "building": lambda rng: rng.choice(BUILDINGS),
    "flatno": lambda rng: str(rng.randint(1, 148)),
    "route": _route,
    "date": _date,
    "time": _time,
    "hhmm": _hhmm,
    "time12": _time12,
    "amount_small": _money(5, 75, 1),
    "amount": _money(80, 950, 5),
    "amount_big": _money(1200, 38000, 50),
    "crimeref": _crimeref,
    "cad": lambda rng: f"{rng.randint(1, 9999):04d}",
    "hsgref": lambda rng: f"ASB-27-{rng.randint(100, 999)}",
    "nfib": lambda rng: f"NFRC27{rng.randint(10_000_000, 99_999_999)}",
    "n": lambda rng: str(rng.randint(2, 9)),
    "nbig": lambda rng: str(rng.randint(12, 60)),
}
for _age_name in AGE_RANGES:
    SLOTS[_age_name] = _age(_age_name)

SLOT_RE = re.compile(r"\{([A-Za-z_]+?)(\d*)\}")

# kind|category|flags|text   (flags ';'-separated, empty when none)
TEMPLATES = """
web|violence_with_injury|domestic_abuse|my boyfriend hit me again last night and my lip is split open, i dont know what to do. he says its my fault cos i was on my phone. we live together on {street} and i cant go home rn pls help
web|stalking_harassment|domestic_abuse;online|my ex wont leave me alone, hes made like {n} fake insta accounts to message me and he turns up outside my work on {street}. ive blocked him everywhere but he keeps finding new ways. we split up on {date}
web|stalking_harassment|domestic_abuse|he checks my phone every night and took my bank card so i have to ask him for money even for tampons. says no one else would want me. weve been married {n} years. my freind said this is coercive control?? i think shes right
web|violence_without_injury|domestic_abuse|my mum pushed me against the wall and said shed kill me if i told anyone about the money. im {age_student} and still live at home on {street}. no marks but i was terrified
web|violence_with_injury|domestic_abuse|writing this for my sister {fname} cos shes too scared. her husband broke her wrist on {date} and told the hospital she fell down the stairs. she has {n} kids and he controls everything
web|criminal_damage_arson|domestic_abuse|my ex girlfriend smashed my windscreen and the glass in my front door at {time12} cos i wouldnt let her in. she did stuff like this when we were together too. nobody got hurt thank god
web|sexual_offences|domestic_abuse|i dont know if this counts but my husband makes me have sex when i say no, he says its his right cos were married. it happened again on {date}. i havent told anyone not even my mum
web|fraud_computer_misuse|domestic_abuse;online|my son is {age_adult} and hes been taking out loans in my name online, found out when the bank rang about {amount_big} i never borrowed. when i asked him he screamed at me. i dont want him arrested i just want it to stop
web|other_theft|domestic_abuse|my grandson has been taking money out of my purse for months, about {amount} so far. hes {age_student} and has lived with me since his mum passed. i love him but i cant afford it any more
web|violence_with_injury|domestic_abuse;knife_sharp_instrument|partner cut my arm with a kitchen knife during a row on {date}, needed {n} stitches. told the hospital it was an accident cooking. he said next time itll be my face
web|stalking_harassment|domestic_abuse|my ex rings me like {nbig} times a day and texts from withheld numbers, we broke up {n} months ago after 4 years. he says he just wants to talk but ive said no so many times. im scared walking home from {venue}
web|violence_without_injury|domestic_abuse|me and my girlfriend had a row and she slapped me and shoved me out the door, no marks. im a guy so i feel stupid even writing this. it was at our flat on {street} on {date}
web|violence_with_injury|domestic_abuse|my dad punched my brother in the face last night and his nose was pouring with blood. my brother is {age_student}. this happens when dad drinks. we live on {street}, please ring me not my dad
web|violence_without_injury|domestic_abuse;honour_based_abuse|my family have arranged for me to marry my cousin in {country} this summer and i said no. my father said if i shame the family again he will kill me. im {age_student} and at uni here. please dont contact my home address
web|stalking_harassment|domestic_abuse;online|i think my ex put a tracking app on my phone, he always knows where i am and sends me snapchats of places ive just been. we were together {n} years. is this stalking
web|violence_with_injury|domestic_abuse|my step dad threw a mug at my mum on {date} and it split her head open, blood all over the kitchen. im {age_student} and i was there. mum wont report it so im doing it
web|robbery|domestic_abuse|my ex grabbed my handbag outside {shop} and when i held on he twisted my arm till i let go. purse, phone and about {amount_small} cash gone. we split up in the spring
web|burglary|domestic_abuse|my ex husband must still have a key, i came home and my jewellery was gone and the back door was open. i know it was him cos he left the dog lead on the table like he always did. changed the locks on {date}
web|vehicle_offences|domestic_abuse|my brother took my car without asking again and crashed it into a wall on {street}. hes {age_adult}. mum says dont report him cos hes family but im sick of it
web|violence_with_injury|domestic_abuse|my girlfriend is {age_minor} and her dad hit her with a belt, she has welts all down her back. she showed me on facetime. she doesnt want to go home. what can i do she said not to call the police
web|violence_without_injury||my little brother is {age_teen} and he punched mum in the arm and kicked off when she took his xbox. no bruises. shes not really hurt but hes getting bigger and were scared of him
web|stalking_harassment|domestic_abuse;online|my ex wife keeps posting on facebook that im a wife beater and a nonce which is all lies and my kids have seen it. shes emailed my work too. its been going on since {date}
web|violence_with_injury|domestic_abuse;hate_crime|my uncle found out im gay and beat me up at my nans house, black eye and cracked ribs. he kept calling me disgusting and a f*g the whole time. im {age_student}
web|stalking_harassment|domestic_abuse|hes not violent or anything but he decides what i wear and who i see, i had to quit my job at {shop} cos he said it was that or him. he goes thru my messages every night. were engaged. i feel like im going mad
web|violence_without_injury|domestic_abuse|my daughter is {age_adult} and when i said no more money she shoved me into the kitchen counter. im {age_older}. wasnt hurt but im frightened of her when shes using
web|homicide|domestic_abuse|my sister {fname} was killed by her partner on {date}, police have charged him with murder. i cant think straight and the kids are with us now. the FLO said to fill this in
web|violence_with_injury|domestic_abuse|my mate {fname}s boyfriend is hitting her, i saw bruises all up her arms at {venue} on saturday. she says she walked into a door but i know its him. she lives with him on {street}
web|sexual_offences|domestic_abuse|i was with my ex for 3 years and after we broke up he came round to get his stuff and forced himself on me. it was {date}. i didnt fight back cos i was scared hed hurt me more
web|stalking_harassment|domestic_abuse;online|my dad keeps sending me whatsapps calling me a slag and a waste of space since i moved out. im {age_student}. he sent like {nbig} yesterday and voice notes screaming at me
web|violence_with_injury||my flatmate punched me in the face over the washing up and chipped my tooth. were not related or anything, we just share a flat thru the uni on {street}. i dont feel safe there now
web|violence_with_injury||walking back from {venue} about {time12} and some random guy headbutted me for no reason, broke my nose. never seen him before in my life
web|stalking_harassment|online|a girl from my course keeps making tiktoks about me calling me a slag and tagging me, people i dont even know are messaging me now. ive never done anything to her. its been {n} weeks
web|sexual_offences||a man on the {route} bus grabbed my bum and then put his hand between my legs when i tried to get off at {street}. i screamed and he legged it. i was on my way to work. i keep replaying it
web|sexual_offences|online;child_sexual_abuse_exploitation|my daughter is {age_teen} and i found messages on her snapchat from a man saying hes 19 asking her for pics with no clothes on. she sent some. im so angry i could scream, i have screenshots
web|theft_from_person||someone took my phone out of my back pocket at {venue}, didnt feel a thing. find my says its near {street} now. it was brand new
web|robbery|knife_sharp_instrument|2 lads pulled a knife on me outside {shop} and made me hand over my phone and airpods, one said hed stab me if i ran. about {time12}. cant stop shaking
web|bicycle_theft||my bike got nicked from outside the library, d lock cut straight through. its a blue {bike} worth about {amount}. crime ref {crimeref}
web|fraud_computer_misuse|online|paid {amount} deposit for a room on {street} i found on {market} and when i got there the house number didnt exist and the guy blocked me. i start uni in september and now ive got nowhere to live
web|fraud_computer_misuse||someone rang me saying they were from the home office and my visa was invalid and id be deported unless i paid {amount} in gift cards. i paid it. i feel so stupid
web|stalking_harassment||a guy from the gym keeps waiting outside after my sessions and follows me to the bus stop, ive told him to leave me alone {n} times. hes not my ex or anything i barely know him
web|public_order|hate_crime|a group of men shouted p*ki and terrorist at me and my mum outside the mosque on {street} and one of them spat on the floor right infront of us. we were so scared we went back inside
web|violence_with_injury|hate_crime|i got punched in the back of the head by a man who called me a tr*nny, im trans. i have a massive lump and they said concussion at A&E. near {venue} on {date}
web|criminal_damage_arson||someone keyed my car all down one side on {street} and snapped the wing mirror off. garage says {amount} to fix. why do people do this
web|vehicle_offences||must of left my car unlocked on {street} and someone took the sat nav and a bag with my laptop in it out of it overnight. no damage at all. gutted
web|burglary||came back to our student house on {street} after reading week and the back door was kicked in, my laptop and my housemates ps5 gone and they went thru everything. police ref {crimeref}
web|other_theft|online|i met a girl on {dating} and we video called and she got me to do stuff on camera, now someones saying theyll send the video to all my facebook friends unless i pay {amount}. i already paid once. please help
web|other_crime||something happened to me at the weekend and ive reported it to police, ref {crimeref}. i dont want to write what it was here. i just need someone to talk to, i cant sleep
web|anti_social_behaviour||the students next door have parties every night till {time12}, music blasting and shouting in the garden, i have work at 6. i know its not a crime but im at the end of my tether
web|homicide|knife_sharp_instrument|my son {mname} was stabbed and killed outside {venue} on {date}. the man who did it was a stranger. i just need help i cant function. the police said you could help us with the trial
web|death_injury_driving||my dad was knocked down on a zebra crossing on {street} by a driver who was on his phone. he died {n} days later in hospital. the driver has been charged with causing death by careless driving
web|violence_without_injury|knife_sharp_instrument|a man in the queue at {shop} pulled out a blade and waved it at me saying hed cut me cos i bumped him. he didnt touch me. staff called the police
web|stalking_harassment||my landlord keeps letting himself into my room when im out and texting me at night saying i looked nice today. ive asked him to stop. i rent a room in his house on {street}
web|drug_offences||my flatmates are dealing weed from our flat, people coming at all hours. i dont want to get in trouble im not involved. flat on {street}
web|fraud_computer_misuse|online|my instagram got hacked, they changed the email and now theyre posting crypto scams to all my followers and messaging my friends for money. cant get back in, its been {n} days
web|sexual_offences||i think i was spiked at {venue} on {date}, i woke up in someones flat with no memory and my clothes were off. i dont know who he was. i went to the sarc
web|sexual_offences|child_sexual_abuse_exploitation|when i was {age_child} my uncle sexually abused me and it went on for years. im {age_adult} now and i finally want to tell someone. he still comes to family parties
web|violence_with_injury||my friend got punched in the face in {venue} by someone she doesnt know, she has a cut on her cheek that needed glue at the hospital. the bouncers threw him out but didnt call police
web|theft_from_person||a woman bumped into me on the tram and when i got off my purse was gone out of my bag, zip was open. had {amount_small} and all my cards in it
web|shoplifting||i work at {shop} and the same man comes in every week nicking meat, today he took about {amount} of steak. my manager says just let him. its getting me down
web|other_theft||my parcel with a new laptop was stolen from the hallway of my building, tracking says delivered at {time12} and my neighbour saw someone pick it up
web|possession_of_weapons||my son is {age_adult} and got arrested for carrying a knife in town on {date}. he says its for protection, hes never hurt anyone. i dont know who to talk to
web|violence_without_injury||im a paramedic and a patients relative spat in my face on a job on {street}. no injury but i had to get tested. the police have charged him
web|misc_crimes_against_society||a car keeps flying up and down {street} at like 80 mph, mounted the pavement today and nearly hit me and my daughter. someones going to get killed one day
web|criminal_damage_arson||someone set fire to the bins outside our block about {time12} and it spread to my car, fire brigade came. i think its the same kids as before
web|stalking_harassment|hate_crime;online|ever since i put a pride flag on my profile someone keeps messaging me on instagram calling me a dyke and saying they know where i live. {n} different accounts now
web|anti_social_behaviour||a group of teenagers hang round the bus shelter on {street} smoking and shouting at people. nothing has actually happened to me but its intimidating walking past every night
web|violence_with_injury||at a house party on {street} a lad i didnt know stamped on my hand and broke two fingers cos i asked him to stop smoking inside
web|other_theft||i drive a taxi and a passenger did a runner without paying, {amount_small} fare from {venue} to {street} at {time12}
web|fraud_computer_misuse|online|my mum is {age_older} and has been sending money to a man she met on facebook who says hes an army doctor in syria. shes sent over {amount_big}. she wont listen to any of us
web|robbery||my son is {age_teen} and older boys pushed him to the ground on {street} and took his phone and trainers. hes not really hurt but wont leave the house
web|violence_without_injury||the kids next door are left on thier own all night, the little one is about {age_child}. no food in, they were crying in the hallway at {time12}. its every weekend. i think its neglect
web|sexual_offences||a man exposed himself to me on the canal towpath near {street} at {time12}, he was touching himself and smiling at me. i ran all the way home
web|violence_with_injury||i work nights in A&E and a patients husband punched me cos we were taking too long, bruised cheekbone. he wasnt even the patient. happened on {date}
web|stalking_harassment||anonymous letters through my door saying my kids will be taken off me and im a bad mum, {n} so far since {date}. i think its the woman at number {flatno}
web|public_order||a man was shouting and swearing at everyone at the bus stop on {street}, throwing his arms about and kicking the shelter. he didnt touch anyone but i felt really alarmed and so did the mums with prams
web|anti_social_behaviour||the couple upstairs argue and bang about alot. ive never heard anything violent honestly its just loud. im not saying its abuse i just want some sleep before my shift at {time12}
web|fraud_computer_misuse||someone used my card details in shops in another city, bank refunded {amount} but i want to know how they got them. i never lost the card
web|bicycle_theft||my sons bike was taken from our front garden, it wasnt locked. hes {age_child} and devastated. its a {bike}
web|bicycle_theft||someone nicked my bike from outside {shop} on {street}, lol my boyfriend is going to kill me it was his birthday present to me. crime ref {crimeref}
web|burglary||my housemate says her ex used to hit her back home but thats not why im writing. someone broke into our shed on {date} and took both our bikes and the lawnmower
web|violence_without_injury|modern_slavery|my cousin came from {country} to work in a nail bar and they took her passport, she works 7 days for no money and they wont let her leave the flat above the shop. please help her
web|stalking_harassment|domestic_abuse|my ex is using our kids to get at me, every handover he screams at me infront of them and he sends me {nbig} texts a night. we share custody. i have a non mol but he ignores it
web|violence_with_injury|domestic_abuse|my nephew is {age_student} and lives with me, he headbutted me on {date} when i asked him to pay his share. i had a nosebleed and a cut on my eyebrow
web|stalking_harassment|online|someone made a fake instagram pretending to be me using my photos and is messaging people at my work saying im a druggie. reported it {n} times and it keeps coming back
web|sexual_offences||i was at a festival and a guy i didnt know put his hand up my skirt in the crowd. happened so fast. i told security and they did nothing. it was {date}
web|violence_without_injury||my neighbour threatened to kill my dog and then me, he said it to my face over the fence. not related, we dont even talk normally. im scared to go in the garden. number {flatno}
web|public_order|hate_crime|a man on the tram kept mocking my brother who has downs syndrome, calling him names and laughing at him. my brother didnt understand but i was so upset. {date} about {time12}
web|criminal_damage_arson|hate_crime|someone painted no muslims on our garage door on {street} and smashed the lights. my kids saw it first. its disgusting
web|fraud_computer_misuse|online|ordered a ps5 off {market} and paid {amount} by bank transfer, seller stopped replying and the listing vanished. bank says they cant help
web|vehicle_offences||woke up and my car was just gone from outside my house on {street}, i had both keys. police think it was a relay thing. its a {car}
web|violence_with_injury|domestic_abuse|me and my twin sister had a fight and she bit my arm so hard it bled, shes {age_student} same as me obviously lol. mum says we have to sort it ourselves but its not the first time
web|stalking_harassment|domestic_abuse|my mum is {age_older} and her second husband wont let her see us, he answers her phone and says shes busy and takes her pension money. we think hes controlling her. she seems scared of him
web|violence_without_injury|domestic_abuse|my son is {age_student} and his girlfriend keeps hitting him, slaps and punches, hes never got a mark but hes changed so much. he wont talk to me about it
web|other_crime||my neighbour kicks his dog and leaves it in the yard all day with no water, i can hear it crying. i dont know who deals with that. number {flatno}
web|stalking_harassment||an old school friend keeps texting me over and over, bringing up stuff from years ago and saying i deserve to suffer. ive changed my number once already. no idea why. started {date}
web|theft_from_person||someone snatched my phone right out of my hand while i was on a call outside {station}, he just ran. didnt push me or anything. it happened so fast
web|anti_social_behaviour||people park across my drive every match day on {street} and leave litter, when i asked them to move they just laughed. its a nightmare every other saturday
web|violence_with_injury||my daughter is {age_teen} and her boyfriend from school slapped her so hard her ear was bleeding, they were at the park off {street}. i want him kept away from her
web|theft_from_person||my boyfriend hasnt done anything but honestly if he ever laid a hand on me id be straight out. anyway thats not why im here, someone took my purse from the bag on my shoulder at {venue} and i didnt feel it
web|death_injury_driving||my husband was killed by a drunk driver on {street} on {date}, the driver is charged with causing death by careless driving while over the limit. i dont know how to tell our kids
police|violence_with_injury|domestic_abuse|On arrival officers found IP {fname} {SURNAME} (F, {age_adult}) in the hallway with swelling to L eye and a cut lip. States partner SUSP {mname} {SURNAME2} punched her x{n} following argument re money. SUSP arrested s.47 OAPA. DASH HIGH, MARAC referral.
police|violence_without_injury|domestic_abuse|BWV shows SUSP {mname} {SURNAME} at letterbox of address on {street} shouting at IP (ex-partner) "I will kill you and the kids". No injuries. IP believes he will carry it out. Threats to kill recorded. DASH MED.
police|stalking_harassment|domestic_abuse|IP {fname} {SURNAME} reports ex-husband has driven past her address on {street} daily since {date} and left notes on her car windscreen. Previous DVPN. Recorded as stalking s.2A PfHA.
police|violence_with_injury|domestic_abuse;knife_sharp_instrument|Call to {street} at {hhmm}hrs. On arrival IP {mname} {SURNAME} (M, {age_adult}) bleeding from wound to forearm. States wife {fname} {SURNAME} stabbed him with a vegetable knife during argument. Knife recovered from sink. SUSP arrested s.20 OAPA.
police|criminal_damage_arson|domestic_abuse|IP {fname} {SURNAME} (F, {age_older}) reports son ({age_adult}) kicked in bedroom door and smashed TV at home address when refused money. IP not assaulted. s.1(1) CDA 1971. IP does not support prosecution.
police|violence_without_injury||CAD {cad}: neighbour dispute at {street}. IP pushed in chest by neighbour over parking. No injury. Not a domestic - parties are neighbours with no relationship. Crime recorded, words of advice.
police|sexual_offences|domestic_abuse|IP {fname} {SURNAME} attended front counter to report partner of {n} yrs raped her at home address on {date}. SUSP {mname} {SURNAME2} arrested. ABE arranged, ISVA referral, DASH HIGH.
police|violence_with_injury|domestic_abuse|IP (F, {age_older}) found by carers with bruising to both upper arms. Disclosed adult son SUSP {mname} {SURNAME} grabs her when in drink. Son resides with IP. ABH recorded, ASC safeguarding referral.
police|violence_with_injury||IP (F, {age_older}) with bruising to wrists. States agency carer grabbed her during personal care on {date}. Carer not related to IP. No DA. Safeguarding referral to ASC, ABH recorded.
police|stalking_harassment|domestic_abuse;online|IP reports ex-girlfriend {fname} {SURNAME} has sent {nbig} messages via Instagram and WhatsApp in 48hrs calling him worthless and saying she will turn up at his work. DASH STD. Harassment s.2 PfHA.
police|violence_with_injury|domestic_abuse|Officers attended {street} {hhmm}hrs. BWV shows IP {mname} {SURNAME} with scratches to face and neck. States boyfriend SUSP {mname2} {SURNAME2} attacked him after reading his messages. Same-sex relationship {n} yrs. s.47 OAPA.
police|violence_without_injury|domestic_abuse;honour_based_abuse|IP {fname} {SURNAME} (F, {age_student}) reports brothers told her she has brought shame on the family by having a boyfriend and will be taken abroad to marry. Brother SUSP {mname} {SURNAME} took her passport and threatened to kill her. FMPO being sought.
police|violence_without_injury|domestic_abuse|The aggrieved {fname} {SURNAME} states her mother-in-law, with whom she lives, slapped her and pulled her hair on {date}, and does not allow her to leave the house alone. No visible injury. Common assault. DASH MED.
police|robbery|domestic_abuse|SUSP {mname} {SURNAME} (IP's ex-partner) approached IP at bus stop on {street} at {hhmm}hrs, pushed her to the ground and took her purse containing {amount} cash. Graze to knee. Robbery recorded, DA flag.
police|violence_with_injury|domestic_abuse|IP (M, {age_older}) reports adult grandson pushed him down the stairs during argument re inheritance on {date}. Fractured hip. SUSP arrested s.20 OAPA.
police|stalking_harassment|domestic_abuse|Controlling/coercive behaviour s.76 SCA 2015. IP {fname} {SURNAME} discloses husband controls all finances, checks her mileage and stops her seeing friends for past {n} years. No physical violence disclosed. DASH MED, IDVA referral.
police|violence_without_injury||BWV shows SUSP {mname} {SURNAME} pushing door supervisor outside {venue} at {hhmm}hrs after being refused entry. No injury to IP. Common assault.
police|violence_with_injury||IP {mname} {SURNAME} (M, {age_student}) assaulted by housemate following dispute about rent. Housemates unrelated and not in a relationship - NOT DA. Cut above L eye, glued at UTC.
police|homicide|domestic_abuse|Murder enquiry. Victim {fname} {SURNAME} (F, {age_adult}) found deceased at home address on {street} on {date}. Husband arrested on suspicion of murder. FLO deployed; referral for bereaved parents.
police|homicide|knife_sharp_instrument|Op {opname}: victim {mname} {SURNAME} (M, {age_student}) died from a single stab wound following a fight outside {venue} at {hhmm}hrs. {n} males arrested. No known relationship between victim and suspects. Bereaved mother referred.
police|death_injury_driving||RTC {street} {hhmm}hrs. Pedestrian IP {fname} {SURNAME} struck by vehicle which failed to stop; life-changing injuries. Driver traced and arrested for causing serious injury by dangerous driving.
police|robbery|knife_sharp_instrument|Street robbery {street} {hhmm}hrs. IP (student, {age_student}) approached by 2 males, one produced a lock knife and demanded phone and bank card PIN. Property taken: iPhone, wallet. No injury.
police|robbery||IP (M, {age_teen}) pushed off his bicycle by 3 youths on {street} who rode off on it. Minor graze to hand. Robbery recorded.
police|burglary||Dwelling burglary {street}. Entry via insecure rear window between {hhmm} and {hhmm2}hrs while occupants away. Jewellery and {amount} cash taken. CSI attended. No suspects.
police|vehicle_offences||IP reports {car} taken from driveway at {street} overnight; keys still in house, suspected relay attack. Vehicle not recovered. Theft of MV.
police|vehicle_offences||Catalytic converter removed from IP's Toyota Prius parked on {street}. CCTV shows 2 males with a trolley jack at {hhmm}hrs.
police|theft_from_person||IP reports purse taken from open handbag while on the {route} bus. Did not feel anything. No force. CCTV requested from operator.
police|theft_from_person||Snatch theft: SUSP on pedal cycle grabbed mobile phone from IP's hand on {street}. No force used on IP, no injury. Phone tracked to the {estate} estate.
police|shoplifting||Shop theft at {shop} {street}. SUSP {mname} {SURNAME} detained by security with {amount} of razor blades and meat concealed in a bag. Prolific offender. Charged.
police|other_theft||Theft by employee: IP (store manager, {shop}) reports staff member {fname} {SURNAME} voided sales and kept {amount} over {n} weeks. CCTV reviewed.
police|drug_offences||Stop search {street} {hhmm}hrs s.23 MDA. SUSP {mname} {SURNAME} found with {nbig} wraps of suspected crack cocaine and {amount} cash. Arrested PWITS.
police|possession_of_weapons||Stop search {street} {hhmm}hrs. SUSP {mname} {SURNAME} ({age_student}) found with lock knife in waistband. No threats made, no IP. Arrested s.139 CJA 1988.
police|possession_of_weapons||Report of male with handgun in rucksack at {venue}. ARVs attended {hhmm}hrs, SUSP detained; item was a gas-powered air pistol. No one threatened. Possession of firearm in a public place.
police|public_order|hate_crime|BWV shows SUSP {mname} {SURNAME} in {shop} shouting at staff "f***ing foreigners go home". No assault. Racially aggravated s.4A POA.
police|public_order||Large fight outside {venue} at {hhmm}hrs involving approx {nbig} persons, bottles thrown. Affray recorded. No IP identified, no injuries reported.
police|violence_without_injury||SUSP spat at PC {SURNAME} during arrest at {street}. No injury. Assault on emergency worker s.1 AEWOA 2018.
police|violence_with_injury|hate_crime|IP (M, {age_adult}) wearing a kippah punched in the face on {street} by SUSP shouting antisemitic abuse. Bloodied nose. Religiously aggravated ABH. {hhmm}hrs.
police|sexual_offences||Sexual assault on {route} bus: SUSP sat next to IP (F, {age_adult}) and touched her thigh and breast over clothing. SUSP arrested at {street}.
police|sexual_offences|child_sexual_abuse_exploitation|IP (F, {age_teen}) disclosed to school that SUSP {mname} {SURNAME} ({age_adult}) had sex with her on several occasions at his flat on {street}. Introduced via older friends. CSE strategy meeting held.
police|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|Op {opname}: IP (F, {age_minor}) located at address on {street} with {n} adult males. Intel she has been moved between addresses and sold for sex. NRM referral submitted. Trafficking for sexual exploitation.
police|violence_without_injury|modern_slavery|Welfare check at hand car wash on {street}: {n} males found living in a shipping container on site, passports held by employer, working 12hr days for {amount_small} a week. NRM referrals. Modern slavery offences recorded.
police|fraud_computer_misuse||Courier fraud: IP (F, {age_older}) received phone call from male claiming to be a DC and handed {amount_big} cash to a courier at her door on {date}. No online element.
police|misc_crimes_against_society|online|Handling stolen goods: SUSP {mname} {SURNAME} identified selling {n} pedal cycles on {market} matching those stolen from campus racks. Arrested s.22 Theft Act.
police|misc_crimes_against_society||SUSP {mname} {SURNAME} failed to surrender to the magistrates' court on {date}; arrested on warrant at {street} {hhmm}hrs. s.6 Bail Act offence.
police|misc_crimes_against_society||Dangerous driving: vehicle failed to stop for police on {street} at {hhmm}hrs, reached 70mph in a 30 zone and went through red lights. No collision, no injuries. Driver arrested s.2 RTA 1988.
police|other_crime||Joint attendance with RSPCA at {street}: dog found emaciated in locked yard with no water. Owner reported for animal welfare offences. {hhmm}hrs.
police|criminal_damage_arson||Arson: {n} wheelie bins set alight in rear alley of {street} at {hhmm}hrs; fire spread to IP's fence. No persons injured.
police|criminal_damage_arson|hate_crime|Swastikas and anti-Jewish slogans sprayed on the wall of the synagogue on {street} overnight. Religiously aggravated criminal damage. Ref {crimeref}.
police|anti_social_behaviour||Youths kicking a football against IP's door on {street} and being rude when asked to stop. No damage, no threats. Words of advice given. ASB only, no offences disclosed.
police|stalking_harassment||IP (F, {age_student}) reports male she met once at {venue} has sent {nbig} texts and waited outside her halls. IP states they have never been in a relationship. Harassment s.2 PfHA.
police|violence_without_injury||PCSO found IP (M, {age_child}) alone at home address at {hhmm}hrs; mother out. No food or heating in house. Child neglect s.1 CYPA 1933. Children's services notified.
police|violence_with_injury||IP (M, {age_child}) attended school with belt marks to legs. Father admitted hitting him as punishment. ABH, strategy discussion held {date}.
police|violence_without_injury||Attempted child abduction: unknown male tried to persuade IP (F, {age_child}) into his van outside school on {street}. IP ran to a teacher. Enquiries ongoing.
police|other_theft||Theft of mail from communal post boxes at {block}, boxes left unlocked by contractor; {n} residents' bank letters taken.
police|violence_with_injury|knife_sharp_instrument|IP {mname} {SURNAME} stabbed in R thigh on {street} at {hhmm}hrs by unknown male after a verbal exchange. s.18 GBH. Scene preserved.
police|violence_without_injury|domestic_abuse;knife_sharp_instrument|IP {fname} {SURNAME} states brother held a kitchen knife to her throat and said he would kill her at their parents' address on {date}. No injury. IP believes threat. DASH HIGH.
police|violence_without_injury||IP received phone call from former colleague saying he would stab her next time he saw her. No weapon seen, IP in fear. Threats to kill. Not DA - no relationship. Ref {crimeref}.
police|fraud_computer_misuse|online|Investment fraud: IP invested {amount_big} in crypto platform recommended in a Telegram group. Withdrawals blocked. Action Fraud ref {nfib}.
police|sexual_offences||Voyeurism: SUSP filmed up IP's skirt on escalator at {station} using mobile phone. Witness intervened. s.67A SOA. {hhmm}hrs.
police|violence_with_injury|domestic_abuse|IP {fname} {SURNAME} (F, {age_adult}) assaulted by her sister at a family christening at {venue}; sister pulled out hair and bit her hand. Bite mark and bleeding. ABH, DA.
police|stalking_harassment|domestic_abuse|DVPN served on SUSP {mname} {SURNAME} following repeated attendance at ex-partner's address. IP reports {n} incidents since {date} of him waiting outside. DVPO application to court.
police|criminal_damage_arson|domestic_abuse|SUSP poured petrol through letterbox of ex-partner's flat on {street} and ignited it at {hhmm}hrs. IP escaped via rear window, no injuries. Arson with intent to endanger life.
police|public_order|domestic_abuse|BWV shows SUSP {mname} {SURNAME} in the street outside ex-partner's address shouting abuse at her window and swearing at neighbours. No threats, no damage. s.5 POA. DA flag applied. {hhmm}hrs.
police|misc_crimes_against_society|domestic_abuse|SUSP {mname} {SURNAME} stood outside ex-partner's house and told her he would smash every window if she didn't let him see the kids. No damage caused. Threat to commit criminal damage s.2 CDA 1971. {date}.
police|drug_offences||Warrant executed at {street}: cannabis factory of {nbig} plants across 2 bedrooms. 1 male arrested for cultivation. {hhmm}hrs.
police|violence_with_injury||IP (M, {age_student}) punched once at taxi rank on {street} at {hhmm}hrs, fractured jaw. SUSP unknown, CCTV trawl.
police|other_crime||Report that workmen destroyed an active swift nest under the eaves at {street} during breeding season. Wildlife crime officer informed. {date}.
police|burglary||Student halls burglary: room {flatno} at {hall} entered via unlocked door while IP asleep; laptop and wallet taken. No forced entry.
police|bicycle_theft||Pedal cycle theft from racks at {station}. CCTV shows male cutting cable lock at {hhmm}hrs. {bike} hybrid, value {amount}.
police|vehicle_offences||SUSP seen trying door handles of parked cars on {street} at {hhmm}hrs; arrested for vehicle interference s.9 CAA 1981.
police|fraud_computer_misuse|domestic_abuse;online|IP reports ex-boyfriend accessed her email and Instagram using her old password, deleted photos and changed her recovery number. s.1 Computer Misuse Act. DA flag, DASH STD. {date}.
police|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|IP (F, {age_minor}) reports stepfather touched her sexually on {n} occasions at the family home. Mother unaware. Strategy meeting. SUSP arrested.
police|sexual_offences|child_sexual_abuse_exploitation|IP (M, {age_teen}) disclosed to teacher that his older cousin ({age_adult}) made him perform sex acts during sleepovers. Strategy meeting, ABE arranged {date}.
police|violence_without_injury|hate_crime|SUSP pulled IP's hijab off at bus stop on {street} and shouted anti-Muslim abuse. No injury. Religiously aggravated common assault. {hhmm}hrs.
police|public_order|hate_crime|IP (wheelchair user) verbally abused outside {shop} by SUSP who mocked his disability and called him a cripple, causing distress. s.4A POA, disability hate crime.
police|violence_with_injury|hate_crime|IP (M, {age_adult}) with learning disability pushed off bench by group calling him "r*tard"; grazed hands and elbow. Disability hate crime flag. {street}.
police|violence_without_injury|domestic_abuse|IP (M, {age_older}) states wife of {nbig} yrs struck him with a walking stick. No visible injury. Wife has dementia; ASC involved. Common assault, DA.
police|violence_with_injury||IP and SUSP are work colleagues at {shop}; argument in stockroom, SUSP punched IP causing bruised cheek. Not DA - no personal relationship. {date}.
police|stalking_harassment|online|IP, local councillor, receiving abusive emails from anonymous account, {nbig} since {date}, referencing her home street. Malicious Communications Act.
police|other_theft|domestic_abuse|IP (F, {age_older}) reports her daughter took {amount} cash from a tin in her wardrobe while visiting. Not the first time. Theft, DA.
police|misc_crimes_against_society||SUSP gave his brother's name and DOB when stopped for a driving offence on {date}. Perverting the course of justice.
police|fraud_computer_misuse||Identity fraud: mobile phone contract taken out in IP's name at a phone shop on {street} using a forged driving licence. IP alerted by debt letter {date}.
police|stalking_harassment|domestic_abuse|IP reports cousin {mname} {SURNAME} ({age_adult}) repeatedly turning up at her flat demanding money and sending abusive texts since she refused to lend to him. {n} incidents. Harassment, DA (family).
police|violence_with_injury|domestic_abuse|On arrival officers found IP {fname} {SURNAME} ({age_minor}) with a swollen cheek. States her father struck her on {date} when she came home late. SUSP arrested. DA referral, children's services informed.
police|violence_with_injury||IP (F, {age_teen}) states her mother's boyfriend slapped her and split her lip during argument at home address on {street}. Strategy discussion. Children's services informed.
police|sexual_offences|domestic_abuse|Ex-partner of IP entered her flat uninvited and sexually assaulted her on {date}. Burglary also considered. Sexual offence recorded as principal. DASH HIGH.
police|criminal_damage_arson||IP's car windscreen and side windows smashed on {street} overnight; nothing taken. Criminal damage to vehicle. Ref {crimeref}.
police|burglary||Business burglary: {shop} on {street} entered via roof at {hhmm}hrs; cigarettes and {amount} from till taken.
police|fraud_computer_misuse|online|IP sold her car on {market}; buyer sent fake bank transfer screenshot and drove off with the vehicle. Fraud by false representation. {date}.
police|stalking_harassment||IP reports unknown male has followed her from {station} to her road on {n} occasions. Description circulated. Stalking s.2A.
police|violence_with_injury|domestic_abuse|IP (M, {age_adult}) states his adult daughter threw a plate at him during an argument at his home on {street}, causing a bruise to his forehead. DASH STD.
police|homicide||Manslaughter: IP {mname} {SURNAME} (M, {age_adult}) died after a single punch outside {venue} on {date}, struck head on kerb. SUSP charged with manslaughter. Family referred.
police|death_injury_driving||Fatal RTC {street}: cyclist killed by HGV turning left at {hhmm}hrs; driver charged with causing death by careless driving. FLO for family.
police|anti_social_behaviour||Report of noise nuisance from house party at {street}, {hhmm}hrs. Attended, occupants turned music down. No offences.
police|criminal_damage_arson||Graffiti tags sprayed across {n} shop shutters on {street} overnight. CCTV requested.
police|public_order||SUSP {mname} {SURNAME} drunk in {station} concourse shouting threats at staff and passengers, causing alarm. Arrested s.4 POA. No assault. {hhmm}hrs.
police|violence_without_injury||IP (F, {age_adult}) grabbed by the arm by unknown male on {street} who tried to pull her towards a car; she broke free. No injury. Common assault. {hhmm}hrs.
police|violence_with_injury|domestic_abuse;honour_based_abuse|IP {fname} {SURNAME} (F, {age_student}) states her brother broke her nose at the family home on {street} because she had been seen with a man and had "dishonoured the family". Father present and supportive of brother. DASH HIGH.
police|death_injury_driving||RTC {street} {hhmm}hrs: IP (passenger) suffered spinal injuries when vehicle driven by friend lost control at speed. Driver charged with causing serious injury by dangerous driving.
police|burglary||Distraction burglary: 2 males posing as water board entered home of IP (F, {age_older}) on {street} and took purse and jewellery from bedroom while one kept her talking.
su|sexual_offences||A student ({age_student}) disclosed that after a night out at {venue} a fellow student from her course had sex with her while she was too intoxicated to consent. She has not reported to police. Referred to ISVA and Report + Support.
su|sexual_offences||Student disclosed unwanted touching by a flat-mate in the shared kitchen at {hall}; he put his hand down the back of her trousers. They are not in a relationship. Requesting an urgent room move.
su|stalking_harassment|online|A student has been receiving persistent unwanted messages on Instagram and Discord from another student since ending their friendship; over {nbig} messages, many insulting. The student confirms they were never in a relationship.
su|sexual_offences|domestic_abuse|Student disclosed that her boyfriend of {n} months, also a student, continued sexual activity after she asked him to stop. They live together in private accommodation on {street}. Safety plan completed.
su|stalking_harassment|domestic_abuse;online|Postgraduate international student from {country} reports that her husband, who remains at home, monitors her phone location, demands video calls at set times and threatens to stop paying her fees if she speaks to male classmates.
su|fraud_computer_misuse|online|International student lost {amount_big} after messages on WeChat from someone claiming to be from her embassy said she was implicated in a crime and must pay a deposit to clear her name.
su|fraud_computer_misuse||International student paid {amount} in cash to an agent who promised a tuition discount and then disappeared. All contact was in person and by phone.
su|violence_with_injury|hate_crime|Student reports being attacked on {street} by a group who shouted anti-Chinese slurs at him; he sustained a cut to his head. Reported to police, ref {crimeref}.
su|public_order|hate_crime|Black student reports a group in the union bar chanted racist songs at him and made monkey noises on {date}. He left feeling humiliated. Security removed the group.
su|stalking_harassment|hate_crime;online|A society group chat has been used to share transphobic memes targeting a named trans student; {n} screenshots provided by the student, who no longer feels able to attend.
su|anti_social_behaviour||Flat-mates at {hall} complain of persistent noise and mess from one resident; no threats and no crime alleged. Residence life mediation offered on {date}.
su|other_theft||Student reports food and a {amount_small} textbook being taken from the shared kitchen at {hall} over {n} weeks; suspects a flat-mate.
su|sexual_offences|child_sexual_abuse_exploitation|A first-year student aged {age_minor} disclosed that a third-year student she met at a freshers event had sex with her when she was too drunk to consent. Safeguarding lead informed as she is under 18.
su|violence_without_injury||Student was shoved against a wall by a stranger outside {venue} at around {time}; no injury. She is anxious walking back to {hall} alone.
su|stalking_harassment||A student reports that a member of staff has been sending her personal text messages late at night commenting on her appearance, and continued after she asked him to stop. Referred under the staff-student relationships policy on {date}.
su|stalking_harassment|domestic_abuse|Student's ex-partner from her home town has turned up at {hall} reception asking for her and waited outside her lectures on {n} occasions since {date}.
su|violence_with_injury|domestic_abuse|Student disclosed that her girlfriend hit her with a hairdryer during an argument, leaving bruising to her shoulder. They share a room at {hall}. Student does not want police involvement at present.
su|violence_without_injury|modern_slavery|International student working at a restaurant on {street} reports his employer holds his passport, pays him nothing and makes him sleep in the storeroom, threatening to report him to immigration if he leaves.
su|fraud_computer_misuse|online|Student clicked a link in an email that appeared to be from the student loans company; scammers accessed her account and redirected her maintenance payment of {amount_big}.
su|drug_offences||Flat-mates report that a resident at {hall} is selling ketamine and cocaine to other students from his room; they are worried about a flat-mate's welfare.
su|drug_offences||Residence staff found a quantity of cannabis and scales in a student's room at {hall} during a fire safety inspection on {date}; the student admitted it was his.
su|possession_of_weapons||A student was seen showing a knife to friends in the union bar on {date}; he was not threatening anyone. Security called police, who arrested him for possession.
su|burglary||Student returned to her room in {hall} to find the door forced and her laptop, passport and {amount_small} in cash missing.
su|bicycle_theft||Student's bicycle was stolen from the secure cycle store at {hall}; lock cut. She needs a crime reference for insurance.
su|theft_from_person||Student had her phone taken from her coat pocket in the crowd at a gig at {venue}; she noticed straight away but did not see who took it.
su|robbery||International student had his phone snatched by a moped rider on {street} who pulled so hard he was dragged to the ground; grazed elbows. Reported, ref {crimeref}.
su|sexual_offences||A student disclosed that a man she met at a party removed the condom during sex without her agreement; she only realised afterwards. She is considering reporting. Incident on {date}.
su|violence_without_injury||A first-year student was made to drink until he vomited and had flour and eggs thrown over him at a sports club initiation on {date}; he says he did not consent. No injury.
su|stalking_harassment||A student reports that a former friend repeatedly confronts her on campus, spreads rumours about her and has followed her to her part-time job at {shop}.
su|sexual_offences||A student reports that a man exposed himself at the window of a ground-floor flat opposite her room in {hall} on {n} occasions.
su|sexual_offences|online|Student received unsolicited explicit images via Snapchat from a man she does not know after he added her from a mutual friend's list; {n} images so far.
su|stalking_harassment|online|Chair of a student society receiving abusive emails from an anonymous address after a debate on {date}; {n} emails, some mentioning her hall.
su|violence_with_injury||Flat-mate dispute escalated; student was shoved into a door frame by another flat-mate and needed stitches to her eyebrow. The flat-mates are not related and not in a relationship. {hall}.
su|fraud_computer_misuse|online|Student paid a {amount} holding deposit by bank transfer to a "landlord" advertising in a Facebook group; the property on {street} was already let by the genuine agent.
su|other_crime||A student reports another resident at {hall} keeps a pet rabbit in his room and has been seen kicking it and leaving it without food for days.
su|homicide||Student whose brother was killed in an unprovoked assault in the city on {date} is requesting extensions and counselling; the trial is pending.
su|death_injury_driving||Student seriously injured when hit by a car on the crossing outside the library on {date}; driver charged with causing serious injury by careless driving. Mitigating circumstances form supported.
su|violence_without_injury|domestic_abuse;honour_based_abuse|Student disclosed that her parents plan for her to marry a man she has never met during the summer break; her father slapped her when she refused. She is frightened to go home to {country}.
su|violence_with_injury|honour_based_abuse|A student disclosed that she underwent FGM as a young child before coming to the UK; she is seeking specialist health and emotional support. Appointment booked {date}.
su|stalking_harassment||Student feels she is being followed by the same man on her way back from late lab sessions; she has seen him waiting near the bus stop {n} times since {date}.
su|sexual_offences||International student disclosed that the manager at the takeaway where she works touches her breasts and bottom when they are alone; she fears losing her job and visa. Takeaway on {street}.
su|violence_without_injury|domestic_abuse|Student's mother visited her in halls and slapped her during an argument about her grades. No injury. The student is {age_student} and does not want her mother contacted.
su|stalking_harassment|domestic_abuse;online|Student's former partner created a profile on a dating site using her photos and phone number; she has had calls from {n} strangers. The relationship ended on {date}.
su|anti_social_behaviour||Residents near {street} complain about student parties with noise until {time} and rubbish in front gardens; no threats or damage reported. Community liaison letter sent.
su|criminal_damage_arson||Student's car was scratched along both sides and had its aerial snapped in the campus car park; repair quote {amount}.
su|vehicle_offences||Student's car was broken into in the {hall} car park; rucksack and laptop taken from the boot on {date}.
su|misc_crimes_against_society||A student who witnessed an assault reports being pressured by the suspect's friends to withdraw her witness statement; they approached her in the library on {date}.
su|sexual_offences||A student disclosed that during a consensual encounter the other person secretly filmed them on his phone; she found the video afterwards. Happened at {hall}.
su|violence_without_injury||International student reports a man on the {route} bus grabbed his collar and pulled him off his seat, saying he was in his way. No injury.
su|stalking_harassment|domestic_abuse|A student is worried about her friend, whose boyfriend tracks her location, insists she reply within minutes and stops her going out with course-mates. The friend has asked the student to speak to us on {date}.
su|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|A {age_minor}-year-old foundation year student disclosed that her boyfriend ({age_student}) pressures her into sex she does not want; on {date} he ignored her saying no.
su|fraud_computer_misuse|online|Student bought concert tickets from a seller on {market}; paid {amount} by bank transfer and the seller then blocked her.
su|stalking_harassment|hate_crime;online|Muslim student reports receiving anonymous messages on Instagram mocking her hijab and saying she is not welcome on campus; {n} accounts involved.
su|violence_with_injury|hate_crime|A gay student was attacked outside {venue} after a man saw him holding hands with his boyfriend and shouted homophobic slurs; he has a broken finger.
su|public_order||A group of students were abusive and threatening to security staff during a fire evacuation at {hall}, causing alarm to other residents. No one was hurt.
su|stalking_harassment||A student's ex-flatmate (no relationship) has been leaving notes on her door and phoning her family to make false allegations about her; {n} incidents since {date}.
su|violence_without_injury|knife_sharp_instrument|A student reports a man approached him on the canal path, showed him a knife in his jacket and said he would stab him; the student fled. Nothing was taken. {date}.
su|other_theft||Student's laptop was taken from a library desk while she went to the toilet on {date}; CCTV requested by campus security.
su|sexual_offences|online|Student reports that a man she matched with on {dating} sent her sexual messages and explicit images she had not asked for, and kept doing so after she unmatched him.
su|stalking_harassment|domestic_abuse|Student's older brother, who lives with their parents, has been texting her repeatedly to demand money and calling her selfish for studying; {nbig} texts since {date}.
su|violence_with_injury||A student was hit in the face by a stranger in the queue at {venue}; chipped tooth. She wants help with the dentist and reporting.
su|fraud_computer_misuse||A student reports someone used her bank card details to make purchases in shops after her card was cloned; the bank has refunded {amount}.
su|violence_without_injury|domestic_abuse|International student reports that her uncle, with whom she lodges on {street}, pushed her and shouted at her for coming home late; no injury. She wants to move out.
su|stalking_harassment||A student reports that a course-mate keeps sitting next to her, commenting on her body and following her after seminars despite being told to stop; they have never been in a relationship. {n} incidents.
su|other_crime||A student wants to talk about something that happened during her placement abroad; she has reported it to the local police there and does not wish to give details. Returned on {date}.
su|sexual_offences|online;child_sexual_abuse_exploitation|A student on placement at a youth club reports that an adult volunteer has been messaging a {age_teen}-year-old member on Instagram with sexual comments and asking to meet. Safeguarding referral made.
su|anti_social_behaviour||Student reports neighbours in the house next door on {street} play loud music and let their dog bark late at night; no threats. Advised to contact the council noise team.
su|burglary||Student house on {street} burgled while housemates were home for the holidays; rear door forced, {n} laptops and a games console taken.
su|stalking_harassment|domestic_abuse;online|Student's stepfather has been sending her abusive messages on WhatsApp and Facebook since she disclosed his behaviour towards her mother; she is {age_student}.
su|violence_with_injury|domestic_abuse|Student disclosed her partner pushed her down the stairs in their shared house on {date}; she sprained her wrist. She is unsure whether to report.
su|fraud_computer_misuse|online|Student's university email account was compromised and used to send phishing messages to her course; IT services confirmed unauthorised access on {date}.
su|violence_without_injury||Campus security officer was kicked by a drunk student at {hall} at {time}; no injury. Student conduct process opened.
su|sexual_offences||Student disclosed that a taxi driver touched her thigh repeatedly and tried to kiss her on the journey home from {venue}; she has the trip details.
su|theft_from_person||Student's purse was taken from her open bag on a crowded tram near {station}; she felt a bump but did not see anyone.
su|criminal_damage_arson||A fire was deliberately started in a kitchen bin at {hall} at {time}; the kitchen was smoke damaged and {n} students were displaced.
su|violence_with_injury|knife_sharp_instrument|Student was slashed across the hand with a box cutter by a stranger who tried to start a fight on {street}; stitches at A&E.
su|stalking_harassment|online|A student's photos were posted on an anonymous campus gossip account with mocking captions; she has asked for them to be removed {n} times.
su|other_theft||Student's coat with keys and wallet was taken from the cloakroom at {venue} on {date}.
su|stalking_harassment|domestic_abuse|A student's ex-girlfriend keeps calling his mum and his work, and turned up at his graduation ceremony on {date} despite being asked to stay away. No online contact.
su|violence_without_injury||Student reports a delivery driver shoved her and threw a parcel at her when she asked for ID at {hall}; no injury.
su|public_order|hate_crime|Students hosting a Diwali event were heckled by a group shouting anti-Hindu abuse outside the union on {date}; no one was touched.
su|stalking_harassment||A student's flat-mate's boyfriend has been making threatening comments to her in the flat at {hall} and sending her unpleasant texts after she complained about him staying over; she has no relationship with him.
su|violence_without_injury||A student reports that her landlord grabbed her arm and shouted in her face during a dispute about the deposit at {street}; no injury.
su|fraud_computer_misuse|online|International student was contacted on Instagram with a job offer requiring an upfront visa processing fee of {amount}; the company does not exist.
su|bicycle_theft||Student's bike was taken from outside the {building} building while she was in a lecture; it was locked to a railing.
su|robbery|knife_sharp_instrument|Student was robbed of her phone and bag at knifepoint near {street} on her way back from {venue}; she was not physically hurt.
su|violence_without_injury|modern_slavery|Student volunteer reports a young man at a car wash on {street} told her he was brought to the UK by the people he works for, cannot leave and is paid nothing.
su|sexual_offences||A student disclosed that a man she met on a night out followed her into the toilets at {venue} and sexually assaulted her.
su|stalking_harassment||Student being repeatedly contacted by a man she met on placement, by phone calls and text messages; she has asked him to stop and blocked {n} numbers.
su|violence_with_injury|domestic_abuse|A student is concerned for her flat-mate, whose father visited {hall} and grabbed her by the hair, leaving scratches on her neck. The flat-mate is {age_student}.
su|anti_social_behaviour||Student living off campus on {street} reports people congregating on the wall outside her house shouting and drinking most weekends; nothing has been directed at her personally.
su|drug_offences||A student reports another student is growing cannabis in a wardrobe in their shared house on {street}; she does not want to be implicated.
su|fraud_computer_misuse||Student reports a man posing as a letting agent took {amount} cash deposit at a viewing on {street} and disappeared; all contact was by phone.
su|stalking_harassment|hate_crime|A deaf student reports a flat-mate at {hall} repeatedly mimics her speech, hides her hearing aids and leaves mocking notes on her door.
su|violence_without_injury||A student reports a man threatened to kill him after a minor collision on the cycle path; he did not have a weapon and is not known to the student. {date}.
su|criminal_damage_arson|domestic_abuse|Student disclosed that her ex-boyfriend smashed her phone and laptop screen during an argument at her flat on {street} before he moved out.
su|sexual_offences||A postgraduate student disclosed that a visiting academic kissed her and grabbed her at a conference dinner on {date} without her consent.
su|shoplifting||A student working in the campus shop reports the same group regularly steals drinks and snacks; today they took about {amount_small} of goods.
su|vehicle_offences||A student's moped was stolen from outside her shared house on {street} overnight on {date}.
su|other_theft||Student's phone was taken from her bag left on a chair while she queued for coffee at {venue}; she worries that if photos of her with her boyfriend reached her family they might treat it as a matter of honour, though no one has threatened her.
housing|anti_social_behaviour||Tenant at {flatno} {block} reports loud music from the flat above most nights until {time}. Noise diary issued. No threats or damage.
housing|anti_social_behaviour||Complaint re dog fouling and bin bags left in the communal stairwell at {block}. Reminder of tenancy conditions sent to all residents on {date}.
housing|anti_social_behaviour||Youths gathering in the bin store at the {estate} estate smoking and leaving litter; residents feel intimidated but no specific threats or incidents reported.
housing|criminal_damage_arson||Door entry panel at {block} smashed again, {n} times this month; repair job raised, ref {hsgref}. CCTV being reviewed.
housing|drug_offences||Multiple reports of cannabis smell and visitors at all hours to {flatno} {block}; police warrant executed on {date} and a cannabis grow found. Tenancy enforcement started.
housing|violence_without_injury|modern_slavery|Gas safety visit to {flatno} {block}: {n} men found sleeping on mattresses; they say they work at a car wash and the "boss" keeps their wages and documents. Referred to police and NRM.
housing|violence_with_injury|domestic_abuse|Tenant {fname} {surname} disclosed during a repairs visit that the hole in the bedroom door was made by her partner, who also split her lip last week. Partner not on tenancy. IDVA referral, MARAC form completed.
housing|criminal_damage_arson|domestic_abuse|Emergency repair to front door at {flatno} {block} after tenant's ex-partner kicked it in on {date}; he did not enter. Police aware, ref {crimeref}. Lock change and target hardening arranged.
housing|stalking_harassment||Tenant reports neighbour at {flatno} has repeatedly posted abusive notes under her door and shouts at her in the stairwell; {n} incidents logged since {date}. No relationship between the parties.
housing|public_order|hate_crime|Tenant of Somali heritage reports a neighbour shouted at her in the courtyard of {block} to "go back to Africa" and swore at her children. Second incident. Hate incident form completed.
housing|criminal_damage_arson|hate_crime|Racist graffiti painted on the door of {flatno} {block}, home of a Polish family: "go home" and a swastika. Removed same day, police informed.
housing|anti_social_behaviour||Tenant alleges the flat below is "probably dealing" because of visitors; officer visited on {date}, no evidence of drugs or any offence found. Visitors causing door-slamming noise late at night.
housing|other_crime||Reports of a dog left on the balcony of {flatno} {block} for days without shelter and appearing thin. RSPCA informed. Tenancy breach (pets clause) also being considered.
housing|other_theft||Lead flashing stolen from the roof of the {estate} community centre over the weekend of {date}; scaffold had been left up by contractor.
housing|burglary||Void property {flatno} {block} broken into; boiler and copper pipes removed. Second void targeted this month. Ref {hsgref}.
housing|other_theft||Tenant reports her mobility scooter charger and {n} parcels stolen from the communal hallway of {block}.
housing|fraud_computer_misuse||Tenancy fraud investigation: tenant of {flatno} {block} appears to be subletting the flat while living elsewhere; occupants say they pay her {amount} a month in cash.
housing|stalking_harassment||Tenant reports a contractor who fitted her bathroom keeps texting her asking her out and has turned up at her door {n} times uninvited. Contractor informed and removed from our framework.
housing|violence_with_injury|domestic_abuse|Tenant (aged {age_older}) seen with bruising to face by neighbour; disclosed that her adult son, who stays with her at {flatno} {block}, hit her when she refused him money. Adult safeguarding referral made.
housing|violence_without_injury||Neighbour dispute over parking bays escalated; tenant of {flatno} says the neighbour pushed him in the chest. No injury. Parties not related.
housing|anti_social_behaviour||Complaints of shouting between the couple at {flatno} {block}; officer visited, both say they argue about noise from their baby and deny anything physical. No DA concerns identified.
housing|violence_without_injury||Children at {flatno} (eldest about {age_child}) repeatedly seen unsupervised on the balcony late at night; referral made to children's services for neglect.
housing|criminal_damage_arson||Fire deliberately set to a dumped mattress in the stairwell of {block} at {time}; fire service attended, scorch damage to walls and ceiling.
housing|misc_crimes_against_society||Tenant at {flatno} told the housing officer on the phone he would "burn the office down" if his repair was not done; the officer believed he meant it. No damage. {date}.
housing|possession_of_weapons||CCTV shows a resident of {block} hiding a machete in the bin store; police attended and arrested him for possession of an offensive weapon. No one was threatened.
housing|violence_with_injury|knife_sharp_instrument|Tenant stabbed in the arm in the stairwell of {block} by an unknown male at {time}; taken to hospital. Police cordon in place.
housing|stalking_harassment|domestic_abuse|Tenant's ex-partner keeps buzzing the intercom at night and shouting up at her window; {n} incidents since {date}. Neighbours disturbed. Tenant has been signposted to IDVA.
housing|anti_social_behaviour||Repairs operative reports the resident at {flatno} was verbally abusive when the appointment was rescheduled; no threats made. Warning letter sent.
housing|other_crime||Tenant keeping {n} dogs and breeding puppies in a one-bed flat at {block} in poor conditions; animals appear neglected. RSPCA and council animal welfare informed.
housing|violence_without_injury||Tenant reports her son ({age_teen}) regularly pushes her and threatens her when he does not get his way; no injuries. Family support referral. Not DA as son is under 16.
housing|fraud_computer_misuse|domestic_abuse;online|Tenant (aged {age_older}) in rent arrears; disclosed her adult daughter has been using her bank card online to shop and took out a catalogue account in her name.
housing|other_theft||Tenant's care agency worker (not a family member) has been taking cash from her purse during visits; around {amount} missing. Agency and police informed.
housing|criminal_damage_arson||Communal windows on floors 2 and 3 of {block} smashed by youths at {time}; CCTV obtained.
housing|vehicle_offences||{n} residents' cars in the {estate} estate car park broken into over the weekend and items taken from inside.
housing|public_order||Resident shouting threats in the courtyard of {block} while drunk, causing alarm to families with children; police attended and arrested him under the Public Order Act.
housing|violence_without_injury|knife_sharp_instrument|During a noise dispute the neighbour at {flatno} came to the tenant's door holding a kitchen knife and said he would "cut him". Tenant believed he would. No injury.
housing|stalking_harassment|hate_crime|Gay couple at {flatno} {block} receiving homophobic notes through their door, {n} since {date}. Handwriting matches notes previously sent to another resident.
housing|sexual_offences||Tenant reports the neighbour across the landing has been filming into her bathroom window with his phone; she caught him on {date}.
housing|sexual_offences|child_sexual_abuse_exploitation|Police CSE team confirm a {age_teen}-year-old girl, not a resident, has disclosed sexual abuse by adult men visiting {flatno} {block}. Closure order being considered.
housing|homicide||Tenant at {flatno} {block} died following an assault in the communal stairwell on {date}; murder investigation under way. Family support and tenancy succession to be discussed.
housing|homicide|domestic_abuse|Tenancy ended following the death of the tenant at {flatno} {block}; her partner has been charged with her murder. Sister requests help clearing the flat and support.
housing|death_injury_driving||Resident's child ({age_child}) seriously injured when struck by a car speeding through the {estate} estate car park; driver arrested for causing serious injury by dangerous driving.
housing|robbery||Elderly tenant pushed over by a youth at the lift on the ground floor of {block}; her handbag was taken. Bruised hip. Police ref {crimeref}.
housing|burglary|domestic_abuse|Tenant's ex-partner climbed in through the kitchen window of {flatno} while she was out and took her laptop and the children's tablets; neighbour saw him.
housing|criminal_damage_arson||Paint stripper poured over tenant's car in the residents' car park at {block} overnight; second time this year.
housing|stalking_harassment|domestic_abuse|Tenant's adult sister, who lives two floors up in {block}, bangs on her door daily demanding money and sends abusive texts. Tenant wants a management transfer.
housing|violence_with_injury|domestic_abuse|Neighbour reported screaming from {flatno}; tenant later disclosed her husband threw her against the radiator causing a burn and bruising. DASH completed (HIGH), MARAC referral made.
housing|anti_social_behaviour||Residents complain about a tenant feeding pigeons from the balcony of {flatno}, causing mess on the balconies below. Tenancy breach letter.
housing|anti_social_behaviour||Ball games and scooters in the {estate} estate courtyard until {time}; residents say children are noisy. No damage reported.
housing|criminal_damage_arson||Lift at {block} vandalised again; control panel buttons burnt with a lighter. Out of service {n} days.
housing|drug_offences||Caretaker found used needles and foil in the stairwell of {block}; residents report seeing people injecting and a man selling heroin on the landing. Police informed.
housing|drug_offences||Tenant at {flatno} allows dealers to use his flat in exchange for drugs; he says he does not feel threatened. Police have recorded supply offences at the address.
housing|violence_without_injury|modern_slavery|Young man at {flatno} {block} disclosed to his support worker that he was brought to the UK and made to work in a factory for no pay to repay his travel; he is still frightened of the men. NRM referral.
housing|stalking_harassment||Former lodger (no relationship, not family) continues to text the tenant threats and abuse since being asked to leave; {n} messages logged. Texts only.
housing|other_theft||Washing stolen from the communal drying area at {block}; about {amount_small} of clothes taken.
housing|bicycle_theft||Tenant's bicycle stolen from the railings outside {block}; cable lock cut.
housing|bicycle_theft||{n} bicycles taken from the open cycle racks at the {estate} estate; locks cut overnight.
housing|shoplifting||Housing officer notified that tenant of {flatno} was arrested for shoplifting at {shop} on {date}; tenancy condition re criminal behaviour in the locality.
housing|violence_with_injury|domestic_abuse|Tenant's brother, who is staying with him at {flatno}, punched him during an argument about bills; cut lip and bruised ribs. Tenant wants him removed from the flat.
housing|stalking_harassment||Tenant reports neighbour films her on his phone every time she enters {block} and comments on her visitors; {n} incidents.
housing|stalking_harassment|online|Resident posting abusive comments about the tenant of {flatno} in the estate Facebook group, naming her and accusing her of dealing; {n} posts since {date}.
housing|fraud_computer_misuse|online|Several residents received emails appearing to be from our rent team asking them to pay rent to a new account; {n} tenants paid, total {amount_big}.
housing|fraud_computer_misuse||Elderly tenant at {block} visited by a man claiming to be from the water board who took {amount} cash for a "meter check".
housing|criminal_damage_arson|domestic_abuse|Tenant's son ({age_adult}) punched holes in the walls and broke the kitchen cupboards at {flatno} during an argument; tenant not hurt. Recharge for repairs waived pending support.
housing|anti_social_behaviour||Neighbour complains tenant of {flatno} runs a car repair business from the parking bay; oil spills and noise. Tenancy breach, no crime.
housing|violence_without_injury||Housing officer was shoved by a resident during a home visit at {flatno} when discussing arrears; no injury. Incident reported to police.
housing|public_order|hate_crime|Tenant with a visible disability reports youths in the {estate} estate play area repeatedly shout abuse about her disability when she passes; {n} incidents.
housing|violence_with_injury|hate_crime|Tenant (Sikh) had his turban knocked off and was punched in the face by a man shouting racist abuse at the bus stop outside {block}; cut to nose.
housing|anti_social_behaviour||Cigarette ends and bottles thrown from the balcony of {flatno} onto the communal garden; warning letter issued.
housing|sexual_offences|domestic_abuse|Tenant at {flatno} disclosed to her support worker that her husband forces her to have sex and controls all the money; she wants to leave but has nowhere to go. Refuge referral made.
housing|stalking_harassment|domestic_abuse|Tenant's husband controls the finances, has taken her keys and phone and tells her when she can leave the flat at {flatno}. No physical violence disclosed. Coercive control, referred to IDVA.
housing|violence_without_injury|domestic_abuse;honour_based_abuse|Tenant disclosed her in-laws are pressuring her to send her {age_student}-year-old daughter abroad to marry; her father-in-law threatened to kill her if she interferes with the family's plans.
housing|other_theft|domestic_abuse|Tenant's grandson ({age_student}) has been collecting her pension cash at the post office and keeping most of it; about {amount} a month missing.
housing|violence_with_injury|domestic_abuse|Tenant (M, {age_adult}) disclosed his wife threw a cup of hot tea at him causing minor scalding to his neck; he does not want police involved. Signposted to a men's DA service.
housing|anti_social_behaviour||The ex-partner of the tenant at {flatno} keeps coming to our tenant's door by mistake at night and shouting; our tenant has no connection to either of them. No threats made.
housing|violence_with_injury||Caretaker assaulted by a non-resident he asked to leave the bin store at {block}; bruised arm and grazed hand. Police ref {crimeref}.
housing|criminal_damage_arson||Firework pushed through the letterbox of {flatno} at {time}; scorch damage to hallway carpet, no one injured. Occupants elderly.
housing|misc_crimes_against_society||Police advise that stolen power tools and bikes were recovered from the storage cupboard of {flatno} {block}; tenant charged with handling stolen goods.
housing|vehicle_offences||Tenant's motorbike stolen from the secure parking area at {block}; gate left open by contractors.
housing|theft_from_person||Tenant (aged {age_older}) had her purse taken from the handbag on her shoulder while waiting at the bus stop outside {block}; did not notice until she got home.
housing|violence_without_injury||Neighbour at {flatno} threw a bucket of water over the tenant during an argument over a leak; no injury. Parties are neighbours only.
housing|possession_of_weapons||Police executed a warrant at {flatno} {block} and recovered a sawn-off shotgun; occupant arrested for possession of a firearm. No one was threatened.
housing|stalking_harassment|domestic_abuse;online|Tenant reports her ex-husband is posting her new address and photos of her flat at {block} in a Facebook group and messaging her on Messenger daily.
housing|anti_social_behaviour||Tenant complains about the neighbour's washing machine noise late at night at {flatno}; officer found no evidence of statutory nuisance.
housing|burglary||Shed burglary at {flatno} ground floor garden; garden tools and a lawnmower taken overnight on {date}.
housing|violence_with_injury||Tenant's lodger (not family, no relationship) hit him with a frying pan during a row about rent at {flatno}; cut to head. Lodger moved out.
housing|criminal_damage_arson|domestic_abuse|Tenant's ex set fire to her recycling bin outside the front door of {flatno} at {time}; door blistered. She believes it was him as he had threatened to "make her pay".
housing|other_crime||Neighbour reports tenant at {flatno} is keeping a snake and leaving it without heat or food; RSPCA informed.
housing|anti_social_behaviour||Noise from a barking dog at {flatno} throughout the day while the tenant is at work; noise diary shows {n} complaints.
housing|anti_social_behaviour||Young people congregating on the landings of {block} playing music and leaving rubbish; residents annoyed but no threats or damage.
housing|stalking_harassment||Neighbour keeps making false allegations about the tenant of {flatno} to us and the council, photographs her visitors and confronts her on the stairs; tenant feels harassed.
housing|fraud_computer_misuse||Tenant received a phone call from someone claiming to be from our repairs team who took her card details over the phone; {amount} taken.
housing|public_order||Two families were fighting in the {estate} estate courtyard in front of children; police treated it as affray. No injuries reported.
housing|violence_without_injury|domestic_abuse|Tenant's father, who lives with her at {flatno}, throws things at her and threatened to kill her during an argument on {date}; nothing hit her.
housing|other_theft||Royal Mail delivery items taken from the external parcel box at {block}; {n} residents affected.
housing|criminal_damage_arson||Someone smashed the communal noticeboard and wrote obscene words on the stairwell walls of {block} on {date}.
housing|anti_social_behaviour||Tenant upset that neighbours' children keep knocking on her door at {flatno} and running away; no damage or threats. Spoke with parents.
housing|stalking_harassment|domestic_abuse|Tenant reports her former partner, the father of her children, is sending her {nbig} texts a day and calling from different numbers; no online contact. Police have given him a warning.
housing|anti_social_behaviour||Tenant requesting a move; she says her late mother suffered DV from her father decades ago and she finds the noise from next door's parties at {flatno} distressing. No threats from neighbours.
housing|violence_without_injury|domestic_abuse;knife_sharp_instrument|Tenant's partner held a knife to her during an argument at {flatno} on {date} and told her no one would find her; no injury. Police called by neighbour.
"""


class Template:
    __slots__ = ("category", "flags", "kind", "line_no", "text")

    def __init__(self, line_no: int, kind: str, category: str, flags: tuple[str, ...], text: str) -> None:
        self.line_no = line_no
        self.kind = kind
        self.category = category
        self.flags = flags
        self.text = text


def _check_age_ranges() -> None:
    for name, (lo, hi) in AGE_RANGES.items():
        for threshold in AGE_THRESHOLDS:
            if lo < threshold <= hi:
                raise SystemExit(f"age slot {name} straddles threshold {threshold}")


def parse_templates() -> list[Template]:
    templates: list[Template] = []
    seen_texts: dict[str, int] = {}
    for line_no, raw in enumerate(TEMPLATES.strip("\n").split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        parts = line.split("|")
        if len(parts) != 4:
            raise SystemExit(f"template {line_no}: expected 4 fields, got {len(parts)}")
        kind, category, flag_field, text = parts
        if kind not in KINDS:
            raise SystemExit(f"template {line_no}: unknown kind {kind!r}")
        if category not in CATEGORIES:
            raise SystemExit(f"template {line_no}: unknown category {category!r}")
        flags_in = [f for f in flag_field.split(";") if f] if flag_field else []
        for flag in flags_in:
            if flag not in FLAGS:
                raise SystemExit(f"template {line_no}: unknown flag {flag!r}")
        if len(flags_in) != len(dict.fromkeys(flags_in)):
            raise SystemExit(f"template {line_no}: repeated flag")
        flags = tuple(f for f in FLAGS if f in flags_in)
        if text != text.strip() or not text:
            raise SystemExit(f"template {line_no}: bad whitespace or empty text")
        if text in seen_texts:
            raise SystemExit(f"template {line_no}: duplicate of template {seen_texts[text]}")
        seen_texts[text] = line_no
        slots = SLOT_RE.findall(text)
        if not slots:
            raise SystemExit(f"template {line_no}: no slot, two fillings would be identical")
        for base, _digits in slots:
            if base not in SLOTS:
                raise SystemExit(f"template {line_no}: unknown slot {base!r}")
        if "{" in SLOT_RE.sub("", text) or "}" in SLOT_RE.sub("", text):
            raise SystemExit(f"template {line_no}: stray brace")
        templates.append(Template(line_no, kind, category, flags, text))
    return templates


def fill(text: str, rng: random.Random) -> str:
    chosen: dict[str, str] = {}
    used: dict[str, list[str]] = {}

    def repl(match: re.Match[str]) -> str:
        base, digits = match.group(1), match.group(2)
        key = base + digits
        if key in chosen:
            return chosen[key]
        taken = used.setdefault(base, [])
        for _ in range(100):
            value = SLOTS[base](rng)
            if value not in taken:
                break
        else:
            raise SystemExit(f"could not draw a distinct value for slot {base!r}")
        taken.append(value)
        chosen[key] = value
        return value

    return SLOT_RE.sub(repl, text)


def main() -> int:
    _check_age_ranges()
    templates = parse_templates()
    rng = random.Random(SEED)

    notes: list[tuple[str, str, str, tuple[str, ...]]] = []
    seen_notes: dict[str, int] = {}
    for template in templates:
        for _ in range(N_PER_TEMPLATE):
            for _attempt in range(1000):
                text = fill(template.text, rng)
                if text not in seen_notes:
                    break
            else:
                raise SystemExit(f"template {template.line_no}: could not produce a unique note")
            if "{" in text or "}" in text or "\n" in text:
                raise SystemExit(f"template {template.line_no}: unfilled slot or newline")
            seen_notes[text] = template.line_no
            notes.append((template.kind, text, template.category, template.flags))

    rng.shuffle(notes)
    ids = [f"{ID_PREFIX}{i:04d}" for i in range(1, len(notes) + 1)]

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for note_id, (_kind, text, category, flags) in zip(ids, notes, strict=True):
            writer.writerow([note_id, text, category, ";".join(flags)])

    kind_counts = {k: 0 for k in KINDS}
    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    no_flag = 0
    for kind, _text, category, flags in notes:
        kind_counts[kind] += 1
        cat_counts[category] += 1
        for flag in flags:
            flag_counts[flag] += 1
        if not flags:
            no_flag += 1

    print(f"templates: {len(templates)}")
    print(f"notes: {len(notes)}")
    print("per source:")
    for kind in KINDS:
        print(f"  {kind}: {kind_counts[kind]}")
    print("per category:")
    for category in CATEGORIES:
        print(f"  {category}: {cat_counts[category]}")
    print("per flag:")
    for flag in FLAGS:
        print(f"  {flag}: {flag_counts[flag]}")
    print(f"  (no flag): {no_flag}")
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        print(f"missing coverage: {len(missing)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
