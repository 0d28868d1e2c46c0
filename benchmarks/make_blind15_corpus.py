#!/usr/bin/env python3
"""Generate the BLIND15 labelled test corpus of synthetic victim-services referral notes.

Standard library only.  Deterministic: random.Random(SEED) drives every choice, the
templates are kept in a fixed order and the CSV is written with a fixed line terminator,
so every run produces the same bytes.

All people, places, shops, amounts, dates and crime references are invented.  Each
hand-written template carries exactly one category code (principal crime rule of
TAXONOMY.md) and its flag codes; the slots only change names/places/amounts, never the
facts that decide the label.  Templates with slots yield two notes (with probability
TWO_NOTE_SHARE) or one; slot-free templates yield one note.  Optional openers and admin
tails (contact, consent, interpreter, call-back) carry no offence content.

Output: benchmarks/data/notes_blind15.csv  (note_id,text,category,flags)
"""

import csv
import os
import random

SEED = 15150417
TWO_NOTE_SHARE = 0.90  # share of slotted templates that yield two notes instead of one

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "notes_blind15.csv")

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
FLAG_CODES = {
    "DA": "domestic_abuse",
    "HATE": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CSA": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}
FLAG_ORDER = list(FLAG_CODES.values())

# ---------------------------------------------------------------- invented pools
FEMALE = [
    "Kerys",
    "Dannielle",
    "Marisa",
    "Tegan",
    "Joslyn",
    "Perrie",
    "Anwen",
    "Lacey",
    "Bronagh",
    "Shanice",
    "Odette",
    "Rhianne",
    "Zofia",
    "Imani",
    "Harriet",
    "Leonie",
    "Saima",
    "Carys",
    "Jodie-Ann",
    "Mirela",
    "Noreen",
    "Elspeth",
    "Kasia",
    "Tamsin",
]
MALE = [
    "Darrel",
    "Kieron",
    "Fabian",
    "Lyle",
    "Tomasz",
    "Jermaine",
    "Ruairi",
    "Aled",
    "Conall",
    "Nathaniel",
    "Imran",
    "Bradley",
    "Oisin",
    "Dmytro",
    "Reece",
    "Callum",
    "Yusuf",
    "Garfield",
    "Stellan",
    "Mackenzie",
    "Anwar",
    "Kofi",
    "Lorcan",
    "Wes",
]
SURNAME = [
    "Ashdown",
    "Brackwell",
    "Carrow",
    "Dunmore",
    "Ellery",
    "Fennick",
    "Garside",
    "Hollin",
    "Ibbotson",
    "Jessop",
    "Kettering",
    "Lumb",
    "Marwood",
    "Nettleship",
    "Oakes",
    "Pilbeam",
    "Quarmby",
    "Rudd",
    "Sowerby",
    "Tasker",
    "Umpleby",
    "Varley",
    "Wragg",
    "Yeadon",
    "Akhtar",
    "Nowicki",
    "Okafor",
    "Mensah-Hart",
    "Dobrescu",
]
TOWN = [
    "Darnholme",
    "Kettlesby",
    "Braxford",
    "Hollinmere",
    "Sudwick",
    "Pellbury",
    "Crayfield",
    "Wexcombe",
    "Tallowford",
    "Norwell Green",
    "Skelbury",
    "Wrenhampton",
    "Castlebrigg",
    "Ormsdale",
    "Fallowby",
    "Lintonbridge",
    "Harrowgate Magna",
    "Coldmarsh",
]
STREET_A = [
    "Larkspur",
    "Quarry",
    "Hawthorne",
    "Brindle",
    "Coppice",
    "Tanner's",
    "Mossgate",
    "Fernleigh",
    "Kilnfield",
    "Orchard",
    "Swallow",
    "Millrace",
    "Tenterden",
    "Ropewalk",
    "Glebe",
    "Farrier's",
    "Weavers",
    "Sandpiper",
    "Beacon",
    "Chantry",
]
STREET_B = ["Road", "Street", "Lane", "Close", "Avenue", "Way", "Crescent", "Terrace", "Drive"]
SHOP = [
    "Bettabuy",
    "QuickSave Local",
    "Hallam's Pharmacy",
    "Pennycross Stores",
    "Mega Home & Garden",
    "Crossley's Outfitters",
    "FreshWay Express",
    "Sparrow Mini Market",
    "Dalton Discount",
    "Budgetland",
    "The Corner Larder",
    "Value Plus",
    "Grange Foodstore",
]
PUB = [
    "The Drover's Arms",
    "The Copper Kettle",
    "The Three Swans",
    "The Wheatsheaf Tap",
    "The Boatman",
    "The Fiddler's Rest",
    "Club Velvet",
    "The Old Tannery",
    "The Pike & Pennant",
]
PARK = [
    "Jubilee Park",
    "Larch Hill rec",
    "Millpond Park",
    "the Cutts playing fields",
    "Victoria Gardens",
    "Ferris Lane park",
    "the Wash meadow",
]
SCHOOL = [
    "St Aldric's High",
    "Brookvale Academy",
    "Thornfield Primary",
    "Kestrel Rise School",
    "Hazelmere College",
    "Oakwood Juniors",
]
CAR = [
    "silver Ford Focus",
    "black VW Golf",
    "white Transit van",
    "red Vauxhall Corsa",
    "grey Kia Sportage",
    "blue Toyota Yaris",
    "white Nissan Qashqai",
    "black Audi A3",
    "green Skoda Octavia",
    "silver Honda Jazz",
]
BIKE = [
    "blue Carrera mountain bike",
    "black Boardman hybrid",
    "red Specialized road bike",
    "white Brompton folding bike",
    "grey Cube e-bike",
    "orange BMX",
    "green Raleigh bike",
    "yellow Voodoo mountain bike",
]
LANG = [
    "Polish",
    "Romanian",
    "Urdu",
    "Punjabi",
    "Arabic",
    "Tigrinya",
    "Kurdish Sorani",
    "Portuguese",
    "Lithuanian",
    "Bengali",
    "Vietnamese",
    "Albanian",
    "Farsi",
    "Somali",
]
ORG = [
    "the local victim hub",
    "the Victim Care team",
    "the community support project",
    "the county advocacy service",
    "the witness care unit",
    "the restorative justice team",
]

# admin tails: contact/consent/logistics only, never offence content
TAILS = [
    "Consent given for referral to {org}.",
    "V happy for text contact, call back after {time}.",
    "Needs {lang} interpreter for all calls.",
    "Best contact mobile, weekdays only.",
    "Do not ring before 10am, V works nights.",
    "OIC {oic}.",
    "V prefers email contact.",
    "Verbal consent obtained and recorded.",
    "Call back booked {date2} at {time}.",
    "V is hard of hearing - please text first.",
    "Referral passed to {org}.",
    "No consent yet for onward referral to other agencies.",
    "Letter to go to home address.",
    "V asked for a female caseworker.",
    "V's carer may answer the phone, ok to speak to her.",
    "Welsh language preference noted.",
    "V will call us back, no outgoing calls for now.",
    "Interpreter ({lang}) booked for {date2}.",
    "Left VM, will try again tomorrow.",
    "V on annual leave until {date2}, contact after.",
    "GDPR statement read and understood.",
    "Info pack posted {date2}.",
    "V wants a call back pm only.",
    "crime ref {ref}, OIC {oic}.",
    "V has given daughter as alternative contact.",
    "Large print letters pls.",
]
OPENERS = [
    "VAL call {date2}.",
    "Referral from OIC.",
    "Web self-referral.",
    "Caseworker note:",
    "Police referral, ref {ref}.",
    "Triage:",
    "Rec'd via Athena referral {date2}.",
    "Callback note:",
    "Duty worker:",
]


def _street(rng):
    return f"{rng.choice(STREET_A)} {rng.choice(STREET_B)}"


def _date(rng):
    y = rng.choice([2023, 2024, 2024, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{d:02d}/{m:02d}/{y}"


def _ref(rng):
    style = rng.randint(0, 2)
    if style == 0:
        return f"CR{rng.randint(1, 9999999):07d}/{rng.choice([23, 24, 25])}"
    if style == 1:
        return "{}-{:05d}-{}".format(
            rng.choice(["NX", "KQ", "WB", "TD"]), rng.randint(1, 99999), rng.choice([23, 24, 25])
        )
    return "{}/{:06d}/{}".format(rng.randint(10, 60), rng.randint(1, 999999), rng.choice(["23", "24", "25"]))


def make_slots(rng):
    f = rng.sample(FEMALE, 2)
    m = rng.sample(MALE, 2)
    s = rng.sample(SURNAME, 2)
    t = rng.sample(TOWN, 2)
    return {
        "f1": f[0],
        "f2": f[1],
        "m1": m[0],
        "m2": m[1],
        "sn": s[0],
        "sn2": s[1],
        "town": t[0],
        "town2": t[1],
        "street": _street(rng),
        "street2": _street(rng),
        "shop": rng.choice(SHOP),
        "pub": rng.choice(PUB),
        "park": rng.choice(PARK),
        "school": rng.choice(SCHOOL),
        "station": t[0] + " station",
        "date": _date(rng),
        "date2": _date(rng),
        "time": f"{rng.randint(7, 22):02d}:{rng.choice([0, 15, 30, 45]):02d}",
        "ref": _ref(rng),
        "amt": f"£{rng.choice([rng.randint(12, 95), rng.randint(100, 950)]):,}",
        "amt2": f"£{rng.randint(20, 850) * 100:,}",
        "age": str(rng.randint(19, 64)),
        "age2": str(rng.randint(68, 93)),
        "teen": str(rng.randint(16, 17)),
        "cage": str(rng.randint(10, 15)),
        "car": rng.choice(CAR),
        "bike": rng.choice(BIKE),
        "oic": f"PC {rng.randint(1000, 9999)} {rng.choice(SURNAME)}",
        "lang": rng.choice(LANG),
        "org": rng.choice(ORG),
    }


# ---------------------------------------------------------------- templates
TEMPLATES = []  # (category, [flag codes], text)
_CUR = [None]


def section(cat):
    assert cat in CATEGORIES, cat
    _CUR[0] = cat


def t(text, flags=""):
    codes = [FLAG_CODES[f] for f in flags.split()]
    TEMPLATES.append((_CUR[0], codes, text))


# ======================================================== homicide
section("homicide")
t(
    "Bereaved family referral. V's son {m1} ({age}) died after being stabbed outside {pub}, {town} on {date}. Two males charged with murder. Mum wants help with the court process and funeral costs.",
    "KN",
)
t(
    "Homicide - domestic. {f1} {sn} killed at home by her husband on {date}. Her sister {f2} is the referral, wants FLO details passed on and support for the children. DA history known to MARAC.",
    "DA",
)
t(
    "Manslaughter. {m1} punched once outside a takeaway on {street}, fell and hit his head, died in hospital 3 days later. S charged with manslaughter. Dad calling, v angry at the bail decision."
)
t(
    "Caseworker note: the grandparents of a 7 week old baby who died from injuries; the baby's father has been charged with murder. Grandparents are now caring for the older sibling and need help with the family court and the criminal trial at the same time."
)
t(
    "My brother was found dead in his flat in {town}. Police now say it was murder and a man he knew from the hostel has been arrested. I don't know what happens next, nobody tells me anything."
)
t(
    "Murder of V's daughter {f1} by her ex-partner {m1} {sn} on {date}. He had been following her and turning up at her work for months before. Inquest opened and adjourned. Parents want a homicide caseworker.",
    "DA",
)
t(
    "Fatal stabbing, {town} town centre, {date}. V's nephew ({teen}) killed. Family think it was gang related, they are scared of reprisals and want rehousing.",
    "KN",
)
t(
    "Referral from FLO. Elderly V ({age2}) died after being pushed over during a robbery at her home on {street}. S charged with manslaughter and robbery. Son {m1} needs support for the Crown Court trial."
)
t(
    "Homicide. Adult son killed his father at the family home in {town} with a kitchen knife. Referral is for the mother {f1} who was in the house. Long history of the son's violence to both parents, previous DASH high risk.",
    "DA KN",
)
t(
    "Bereaved by murder - V's partner {m1} was shot in a car park on {date}. No arrests yet. V is pregnant and has 2 children. V is next of kin only, she was not there."
)
t(
    "Racially motivated murder of V's father in {town}. Witnesses say S made racist remarks about his colour before the attack. S charged with murder, racial aggravation to be put at sentence.",
    "HATE",
)
t(
    "Manslaughter, diminished responsibility plea accepted. S killed his flatmate after an argument over rent. Victim's mother {f1} wants help writing her VPS."
)
t(
    "Unexplained death now being treated as homicide after the PM. V's sister {f1} calling for an update, no one charged yet. She says her sister's boyfriend has been 'amazing' and 'nothing to do with it', police agree he is not a suspect."
)
t(
    "Gross negligence manslaughter. V's husband died when a trench collapsed on a building site in {town2}; the site manager has been charged. V wants to understand why it is not murder."
)
t(
    "Homicide - honour based. {f1} ({age}) killed by relatives after refusing a marriage her family had arranged; her two brothers are charged. Referral is for her cousin who is also considered at risk.",
    "DA HBA",
)
t(
    "My mum was killed in {town} last year. The trial is next month and I've only just found out I have to give evidence. I'm not sleeping and I can't go back to work."
)
t(
    "Double homicide - house fire on {street}, {town} started deliberately, V's two grandchildren died. S (a neighbour) charged with murder and arson. Family now in temporary accomodation."
)
t(
    "Murder - V's mother ({age2}) killed by V's brother, who lived with her as her carer. V and her sister need support, very complicated family feelings. DHR commissioned.",
    "DA",
)

# ======================================================== death / serious injury by unlawful driving
section("death_injury_driving")
t(
    "Causing death by dangerous driving. V's wife {f1} killed crossing {street} on {date}, driver estimated 60 in a 30. Driver charged, first hearing at mags {date2}."
)
t(
    "RTC - serious injury. V ({age}) hit on a zebra crossing by a driver using his phone, broken pelvis and head injury. Driver charged with causing serious injury by careless driving."
)
t(
    "Death by careless driving when over the limit. V's son was a passenger in his friend's car which crashed on the bypass near {town}. Friend survived and is charged."
)
t(
    "Cyclist killed on the {street} roundabout by an HGV, driver under investigation for causing death by careless driving. Referral is for V's partner {f1} who is next of kin; she was not in the collision."
)
t(
    "My dad was knocked down on {street} by a car that didn't stop. He's in ICU with a bleed on the brain. Police say they've found the driver and he will be charged with causing serious injury by dangerous driving."
)
t(
    "Fatal RTC, unlicensed and uninsured driver. V's daughter ({teen}) killed walking home from {school}. Driver charged with causing death by driving unlicensed/uninsured."
)
t(
    "Causing serious injury by dangerous driving - a stolen car being pursued by police went through a red light in {town} and hit V's car. V has spinal injuries and may not walk again."
)
t(
    "OIC referral. V motorcyclist ({age}), leg amputated below the knee after a car pulled out of a junction without looking. Driver charged s.1A serious injury by dangerous driving."
)
t(
    "Bereaved mother, son killed on {date} by a driver who tested positive for cocaine and cannabis. Plea hearing listed for {date2}. Mum wants to attend."
)
t(
    "V pedestrian, car mounted the pavement on {street} while racing another car. Multiple fractures to legs and arm. Both drivers arrested for causing serious injury by dangerous driving."
)
t(
    "Grandmother ({age2}) killed in a collision with a car driven by a 17 yr old with two mates in the back. Family angry the charge is careless and not dangerous."
)
t(
    "Death by careless driving - V's husband, on his mobility scooter, hit by a reversing delivery van in the {shop} car park and died in hospital."
)
t(
    "Causing death by dangerous driving, V's brother {m1} killed on {date}. S drove off from the scene and was arrested the next day, also charged with failing to stop. Family need help with media attention."
)
t(
    "Serious injury RTC. V ({age}) was a passenger in her boyfriend's car when he crashed racing a friend, she has a broken spine. He is charged with causing serious injury by dangerous driving. V says he has never been abusive, 'it was just stupid driving', nil DA."
)
t(
    "Death by careless driving - V's elderly father died two weeks after a collision on the {town2} road, coroner linked death to the crash. CPS now reviewing the charge."
)
t(
    "Lorry driver fell asleep at the wheel on the motorway, three killed including V's husband. Driver charged with causing death by dangerous driving, tachograph records falsified. V needs support for the trial."
)
t(
    "Hit and run, V ({age}) has a fractured skull and broken leg. Car later found burnt out. S identified through phone data, charged with causing serious injury by dangerous driving."
)

# ======================================================== violence with injury
section("violence_with_injury")
t(
    "ABH - DA. V punched by husband {m1} in the kitchen, split lip and bruising to cheek. DASH medium. V does not support a prosecution at this time.",
    "DA",
)
t(
    "s47 ABH. V assaulted by a stranger outside {pub} after asking him to stop shouting at people. Black eye and a cut above the eyebrow that needed glue. No DA, S unknown to V."
)
t(
    "GBH s18 - V stabbed in the thigh in {park}, {town}, by a male who asked which estate he was from. Nothing taken. V still in hospital.",
    "KN",
)
t(
    "Victim's words: 'My ex came round to pick up the kids and when I said he couldn't come in he grabbed me by the hair and slammed my head into the door frame. I've got a lump and a bad headache.'",
    "DA",
)
t(
    "ABH racially aggravated. V, a taxi driver in {town}, punched by a passenger who used racist slurs about his skin colour and refused to pay the fare. Cut lip and loose tooth.",
    "HATE",
)
t(
    "Wounding s20. V glassed in {pub}, S broke a pint glass on the bar and pushed it into V's cheek, 8 stitches. S is a regular there, known to V by sight only.",
    "KN",
)
t(
    "DA - s18 GBH. V's partner {m1} {sn} attacked her with a hammer on {date}, fractured skull. V in hospital, MARAC referral done, S remanded.",
    "DA",
)
t(
    "Assault on V ({age2}) by her adult daughter during an argument about money, scratches to V's face and forearm, photographed by officers. Safeguarding adults referral also made.",
    "DA",
)
t(
    "Attempted murder. V strangled to unconsciousness by her boyfriend on {date}, woke up on the bathroom floor. Petechiae noted at A&E. High risk DASH, MARAC {date2}.",
    "DA",
)
t(
    "Caller ({m1}, {age}): 'Lad at work hit me with a spanner after I told the supervisor he was on his phone all shift. Broke two of my fingers.' No relationship to S other than workmates."
)
t(
    "s47. Homophobic assault outside {pub} - V and his boyfriend walking home holding hands, a group shouted abuse and V was kicked to the floor, bruised ribs. Boyfriend unhurt, he is a witness and came to the appointment with him.",
    "HATE",
)
t(
    "Neighbour dispute on {street} escalated: S climbed over the fence and punched V, broken nose. Boundary argument has been going on for 2 years."
)
t(
    "V assaulted by door staff at {pub}, thrown down the front steps, sprained wrist and grazes to both knees. V admits he had been drinking. Complaint also made to licensing."
)
t(
    "Youth on youth: V ({cage}) jumped by three boys from {school} on the way home, kicked in the head, concussion. Phone and bag not taken. Parents want the school involved."
)
t(
    "Mum ({f1}) says her son (19) headbutted her and pushed her into the radiator, cut to her head and a burn mark on her arm. He lives at home and smokes a lot of cannabis. She wants help for him, not a prosecution.",
    "DA",
)
t(
    "Assault on emergency worker with injury - paramedic {f1} {sn} bitten on the forearm by a patient during a call-out, skin broken, needs bloods."
)
t(
    "GBH with intent. V stabbed in the back on {street} by a male who was in a dispute with V's friend. V's partner {f1} was with him and called the ambulance; she is being offered support as a witness.",
    "KN",
)
t(
    "V ({teen}) assaulted by his stepfather, punched in the stomach and face, bruising and a cut lip. V has moved to his nan's. CSC aware.",
    "DA",
)
t(
    "Victim states: 'We were arguing about him seeing other women and he threw a mug at me, it caught my eyebrow and I needed stitches. He's never done anything like that before.'",
    "DA",
)
t(
    "Disability hate. V, a wheelchair user, was tipped out of his chair outside {shop} by two teenagers who were mocking his disability, grazed hands and sprained wrist.",
    "HATE",
)
t(
    "Assault at a house party; V punched by her friend's ex-boyfriend when she told him to leave her friend alone. Bruised jaw. V has never been in a relationship with him."
)
t(
    "Honour based abuse. V ({teen}) beaten with a belt by her father and uncle after they found out she has a boyfriend, welts across her back. V fears being taken abroad to be married.",
    "DA HBA",
)
t(
    "s18 GBH - corrosive substance thrown in V's face by an unknown male on a moped on {street}. Burns to face and neck. No motive known."
)
t(
    "ABH. V (male) went to drop the kids at his ex-wife's and her new partner came out and punched him, black eye and cut to nose. V and his ex-wife get on fine, nil DA between them, S is not family."
)
t(
    "Road rage on the {town2} road: driver got out at the lights and punched V through his open window, broken glasses cut V's nose and eyelid."
)
t(
    "Support worker reports V (adult with learning disability) has unexplained bruising on his arms and V says the man who lives upstairs 'hits me when I won't let him in'."
)
t(
    "ABH - DA, current and historic. V's husband {m1} pushed her down the stairs on {date}, sprained ankle, bruising to hip. She says he has been like this for years and controls all the money.",
    "DA",
)
t(
    "V bitten on the ear in the queue for {pub} by a stranger, part of the ear missing, referred to plastics. S arrested at scene."
)
t(
    "V attacked by her brother-in-law at a family christening in {town}, pushed into a glass coffee table, cuts to both legs needing stitches.",
    "DA",
)
t(
    "Prison officer V ({age}) assaulted by a prisoner on the wing at HMP {town}, fractured cheekbone. Prison liaison officer referral."
)
t(
    "V is 15. Her boyfriend (16) slapped her and scratched her neck when she tried to leave his house, marks photographed. School DSL made the referral."
)
t(
    "Knife - DA. V's son ({age}) cut her hand with a kitchen knife when she tried to take his phone off him, 4 stitches. He says it was an accident, V says it wasn't.",
    "DA KN",
)
t(
    "Victim's words: 'A woman in the queue at {shop} started on me because of my hijab, she pulled it off my head and scratched my neck with her nails.'",
    "HATE",
)
t(
    "Forced labour victim (car wash, {town}) punched and kicked by the gang master when he asked for his wages, two cracked ribs. NRM referral being made, V has no passport - it is held by S.",
    "MS",
)
t(
    "V assaulted by her ex-partner at the {town} contact centre car park, he kicked her legs and she has bruising. NMO in force. DASH high, IDVA allocated.",
    "DA",
)
t(
    "s20 wounding - V slashed across the forearm with a box cutter by a customer at the warehouse trade counter after a dispute over an order.",
    "KN",
)
t(
    "V ({age}) punched by her dad after she came home late, swollen eye. Family say it is 'their business'. V does not want police action but wants advice.",
    "DA",
)
t(
    "Assault causing ABH on a bus driver in {town} on {date}, S punched him through the cab screen gap when told his pass had expired, nose bleed and swelling."
)
t(
    "Sister-on-sister assault at their mum's house, V ({age}) has a bite mark and clumps of hair pulled out. Both adults. V says it's been going on since they were teens.",
    "DA",
)

# ======================================================== violence without injury
section("violence_without_injury")
t(
    "Common assault - DA. V pushed against the wall by partner {m1} during an argument, no injuries. DASH standard. V wants support and info on NMOs.",
    "DA",
)
t(
    "Threats to kill. V's ex-husband {m1} {sn} rang her and said he would 'put her in the ground' if she took the kids to her mum's again. V believes he means it. DASH high.",
    "DA",
)
t("Battery - stranger. V spat at on the bus to {town2} after asking a man to turn his music down. Nil injury.")
t(
    "Assault on emergency worker (no injury). PCSO {f1} {sn} kicked at and shoved while detaining a shoplifter at {shop}, no injuries sustained."
)
t(
    "Modern slavery - NRM referral. V (Romanian national, {age}) brought over for car wash work, passport held by the gangmaster, paid £20 a week, sleeping in a garage. No physical violence disclosed.",
    "MS",
)
t(
    "Child neglect - referral for grandparent. Children aged 4 and 6 left alone overnight by their parent, neighbour called police. Grandmother {f1} now caring for them and wants support."
)
t(
    "Common assault, racially aggravated. A woman shoved V in the queue at {shop} and told her to 'go back to your own country'. No injury.",
    "HATE",
)
t(
    "Threats to kill by a neighbour. S stood on V's doorstep holding a kitchen knife and said 'I'll kill you and your dog'. V shut the door and rang 999. S arrested.",
    "KN",
)
t(
    "Victim's words: 'My dad grabbed my arm and dragged me to the car. He said if I ever speak to that boy again I'll be sent back home and married off.' V is 17.",
    "DA HBA",
)
t(
    "Forced labour. V (Vietnamese, {age}) found working in a nail bar in {town}, told she owes a 'debt' of £15,000 for travel, not allowed out alone. Vietnamese interpreter required.",
    "MS",
)
t(
    "DA - common assault on {date}. V's wife threw a glass of water over him and slapped him across the face. No injury. V (male) embarrassed to report, no previous incidents.",
    "DA",
)
t(
    "Colleague grabbed V by the throat for a second in the stockroom after a row about rotas, no marks. V reported to HR and police. No relationship between them outside work."
)
t(
    "Child abduction. V's ex took their 5 yr old from {school} without consent and kept her at his family's in {town2} for 3 days as 'punishment' for V ending the relationship. Child now home. DASH medium.",
    "DA",
)
t(
    "Threats to kill. V's brother {m2} said on the phone he would stab her over the inheritance from their mum. He lives 200 miles away and no knife was seen, but V believes he would do it if he got the chance.",
    "DA",
)
t(
    "Assault by beating at the {town} v {town2} match: rival fan punched V on the back of the head, no injury, stewards ejected S."
)
t(
    "Bus driver V ({f1} {sn}) had a cup of coffee thrown at her when she wouldn't let S on without a ticket. It was lukewarm, no injury, uniform ruined."
)
t(
    "Cruelty to a child - caseworker notes: mum {f1} reports her ex left their children in a freezing car while he went into the pub for two hours. She wants advice about contact. She says he has never been abusive to her."
)
t(
    "Domestic servitude. V (Filipina, {age}) recruited as a nanny, works 16 hour days with no days off, employers took her passport and she is not allowed to phone her family.",
    "MS",
)
t(
    "V ({age}) threatened by her husband's family: they told her they will kill her if she shames them by leaving him. Husband controlling. FMPO not relevant (already married) but IDVA to consider HBA risk.",
    "DA HBA",
)
t(
    "V's son (18) pinned her against the fridge on {date} and shouted in her face, no injury. Third time this month. V scared to be in the house with him.",
    "DA",
)
t(
    "CCE - NRM submitted. V ({teen}) found in a flat in {town2}, 60 miles from home, missing for 9 days, holding wraps. Believed to be running drugs for a county line under threat.",
    "MS",
)
t("V ({age2}) slapped by her grandson when she refused to give him money. No visible injury. He lives with her.", "DA")
t(
    "Victim states a man pushed her off her bike on the canal path and rode off on his own bike. 'I wasn't hurt, just shaken.' Nothing taken."
)
t(
    "Common assault at the {school} gates between two parents. V was pushed by another mum after an argument that started in the class WhatsApp group. No injuries."
)
t(
    "Threats to kill sent by Instagram DM from an account V doesn't recognise: 'I know where you live, you're dead'. V has no idea who it is.",
    "ON",
)
t(
    "Hospital security guard V shoved and punched at (missed) by a patient's relative in A&E at {town} General. No injury."
)
t(
    "DA - ex-partner turned up at V's work ({shop}) and grabbed her by both wrists in the car park, no marks. NMO in place. V thinks he will keep coming back.",
    "DA",
)
t(
    "Trafficking for forced labour in farming. Group of men brought from {town2} by a gangmaster to pick veg, V escaped and went to a church. Says others are still there, threats made to their families.",
    "MS",
)
t(
    "Assault - V's uncle pushed her out of the house during an argument at Eid, no injury. V says it was a one-off, the family are otherwise supportive and there are no honour concerns.",
    "DA",
)
t("Spat at by a detained male while transporting him in the van - V is PC {m1} {sn}. No injury, bloods not needed.")
t(
    "Child cruelty. V (12) disclosed to school that she is regularly locked in her bedroom and not given meals by her mum's partner. CSC strategy meeting held."
)
t(
    "V ({age}) told by her partner that if she calls the police again he will slit her throat; he had a knife in his hand at the time and was pointing it at her. No injury.",
    "DA KN",
)
t(
    "Vietnamese boy ({teen}) found locked in a house in {town} tending a cannabis grow, says he was brought to the UK in a lorry and cannot leave. NRM referral.",
    "MS",
)
t(
    "Threats - V's ex-partner's mother said on the phone 'you'll end up dead if you keep my grandson from us'. V takes it seriously. V and her ex were together 5 years.",
    "DA",
)
t(
    "Common assault, religiously aggravated. Man pushed V (wearing a kippah) on the platform at {station} and said something about Jews. No injury.",
    "HATE",
)
t(
    "V's flat taken over by local dealers (cuckooing); they make him stay in the bedroom and threaten him if he tries to leave. V has learning difficulties. Police consider it exploitation, NRM done.",
    "MS",
)

# ======================================================== stalking and harassment
section("stalking_harassment")
t(
    "Stalking - DA. Ex-partner {m1} has been turning up outside V's work, following her to the bus stop and sending 40+ texts a day since they split on {date}. DASH high, MARAC referral.",
    "DA",
)
t(
    "Coercive and controlling behaviour. V ({f1}, {age}) says her husband controls all the money, checks her phone and bank statements every night, she is not allowed to see her friends and he chooses her clothes.",
    "DA",
)
t(
    "Harassment - online. Former friend posting V's photos and calling her a slag on TikTok and Facebook, making new accounts every time she blocks one.",
    "ON",
)
t(
    "Malicious communications - anonymous letters pushed through V's door calling him a 'paedo'. Four letters since {date}. V has no idea who is doing it."
)
t(
    "Victim's words: 'Since I left him he's messaged me on every app going, WhatsApp, Insta, even my work email. He says he just wants to talk but it's hundreds a week.'",
    "DA ON",
)
t(
    "Racist harassment by neighbours on {street}. Repeated comments about V's family's religion, bacon left on the doorstep, notes through the door. Going on for 6 months.",
    "HATE",
)
t(
    "Stalking by a stranger. Man V spoke to once at the gym in {town} has been waiting outside her flat and left flowers and a letter. She never gave him her address."
)
t(
    "Colleague keeps messaging V on Teams and WhatsApp after she turned him down for a date, including late at night. HR involved. They were never in a relationship.",
    "ON",
)
t(
    "CCB. V ({m1}, {age}) says his wife takes his wages, tracks what he spends, stops him seeing his children from his first marriage and threatens to tell police he hit her if he argues.",
    "DA",
)
t(
    "Harassment - V's ex's new girlfriend keeps sending abusive texts. V and her ex split 3 years ago on good terms and he isn't involved; V has no relationship with the girlfriend. Nil DA."
)
t(
    "Stalking - V's daughter's ex-boyfriend has been driving slowly past V's house and parking outside at night. Daughter lives elsewhere now. V ({age}) never had a relationship with him."
)
t(
    "Malicious comms with disability hostility: V (16, autistic) getting abusive Snapchat messages from classmates calling him a 'retard' and telling him to kill himself.",
    "HATE ON",
)
t(
    "Harassment - the father of V's child ({m1} {sn}) keeps ringing her mum's house shouting down the phone and turning up there. They were only together briefly but share a child.",
    "DA",
)
t(
    "Stalking. An ex-boyfriend from 10 years ago found V on LinkedIn and has started sending gifts to her office and long messages. V terrified, he was violent back then.",
    "DA ON",
)
t(
    "Harassment by landlord ({m1} {sn}). Keeps coming into the flat without notice, texting V late at night, threatening to evict her if she complains. Not sexual, V just wants him to stop."
)
t(
    "Transphobic harassment online. V's posts targeted by a group, pile-on with deadnaming and threats on X and Reddit. V has left her job because of it.",
    "HATE ON",
)
t(
    "Cyberstalking - someone has got into V's iCloud and is emailing her screenshots of her own photos from an anonymous address. V suspects her brother's friend who fixed her laptop.",
    "ON",
)
t(
    "Victim states: 'My son's dad and his mum keep leaving me horrible voicemails saying I'm a bad mother and they're going to take the baby off me.'",
    "DA",
)
t(
    "Harassment - V's sister keeps posting about V's mental health on Facebook and messaging V's friends and employer. Family dispute over their mum's care.",
    "DA ON",
)
t(
    "Stalking - a former patient of V (a GP) keeps appearing at her home address and sending messages through the surgery website.",
    "ON",
)
t(
    "Neighbour films V every time she leaves the house, bangs on the adjoining wall and shouts comments about her weight. Going on since {date}. Police gave S a warning, has continued."
)
t(
    "DA - post separation stalking. Ex found V's new address in {town} using a tracker hidden on her car and now turns up at the kids' school. DVPN issued last year, has expired.",
    "DA",
)
t(
    "Homophobic notes put through V's door on {street} and 'gay' scratched into his letterbox. Repeated over several weeks, V believes it is the teenagers across the road.",
    "HATE",
)
t(
    "V was in an abusive marriage back in the 90s, no contact with him since. Current issue: harassment by a debt collector who calls 10 times a day and turns up at her door."
)
t(
    "{town} councillor {f1} {sn} receiving threatening emails and tweets over a planning decision, one said 'we know where your kids go to school'.",
    "ON",
)
t(
    "V ({teen}) says her boyfriend (19) decides what she wears, makes her share her location on Snapchat 24/7 and gets angry and sends abuse if she turns it off.",
    "DA ON",
)
t(
    "Harassment by V's friend's ex. He blames V for the break up and keeps messaging V on Instagram calling her names. V has never been with him. Not a DA.",
    "ON",
)
t(
    "Religiously aggravated malicious communications - V (Jewish) received a parcel at his shop with antisemitic leaflets and a threatening note inside.",
    "HATE",
)
t(
    "Stalking - V's former mother-in-law follows her round {shop} and has been seen sitting outside V's house on several days. V divorced her son last year.",
    "DA",
)
t(
    "Harassment, no DA. V being harassed by an ex-colleague who blames her for his dismissal - turning up in the work car park, texts, leaving notes on her windscreen."
)
t(
    "Abuse and threats on a gaming platform through voice chat and DMs. V (19) doesn't know who the person is, they have started posting his home town.",
    "ON",
)
t(
    "V ({age}) says her husband and his parents do not allow her to leave the house alone, took her passport and say she has brought shame on the family by wanting to work. V has been in the UK 2 years.",
    "DA HBA",
)
t(
    "Victim's words: 'He goes through my phone, I'm not allowed to wear make-up, he timed how long I was at the shop and screamed at me when I was late.'",
    "DA",
)
t(
    "Harassment - V's adult son {m1} keeps coming to the house demanding money and shouting through the letterbox after she stopped lending to him. No violence.",
    "DA",
)
t(
    "Malicious comms - V receiving dozens of silent and abusive calls from withheld numbers, she believes from a woman she fell out with at church. Phone only."
)
t(
    "Stalking - a customer from V's café on {street} has been waiting for her at closing time and following her to her car, and found her personal Facebook and messages her daily.",
    "ON",
)
t(
    "V's ex-wife set up a fake Facebook profile in V's name ({m1} {sn}) and posted that he is a paedophile. Ongoing since their divorce.",
    "DA ON",
)
t(
    "Harassment - V, a Muslim shopkeeper in {town}, has had men come into the shop repeatedly calling him a terrorist and telling customers not to buy from him.",
    "HATE",
)
t(
    "V's brother keeps turning up at her flat on {street} drunk and banging on the door at night despite being told to stay away. She's had to move her kids into her bedroom.",
    "DA",
)
t(
    "Controlling behaviour - V (male, {age}) says his boyfriend won't let him see his family, makes him hand over his bank card and threatens to 'out' him at work.",
    "DA",
)

# ======================================================== sexual offences
section("sexual_offences")
t(
    "Rape - DA. V raped by her husband on {date} after a night out, she said no repeatedly. ISVA referral requested. V not ready to do an ABE interview yet.",
    "DA",
)
t(
    "Sexual assault on a train - a man pressed against V and touched her bottom between stations. BTP ref {ref}. S not identified."
)
t(
    "CSE - V ({cage}) groomed on Snapchat by a male who said he was 16, she sent him images, then met him and was sexually assaulted. He is 24.",
    "CSA ON",
)
t("Exposure. Man exposed himself to V while she was jogging in {park}, no contact, he walked off towards the car park.")
t(
    "Non-recent CSA. V ({age}) disclosing sexual abuse by a former swimming coach when she was 9 to 12. Wants to report now her own daughter is that age.",
    "CSA",
)
t(
    "Victim's words: 'I woke up and he was on top of me. I'd only met him that night at the party. I never said yes to anything.'"
)
t(
    "Voyeurism - V found a hidden camera in the bathroom of her HMO in {town}; the landlord installed it. Police have seized his devices."
)
t(
    "Sexual activity with a child. V is 14, S is 19, they met at a party in {town}. V told her mum. Police investigating, V doesn't see herself as a victim.",
    "CSA",
)
t(
    "Trafficking for sexual exploitation. V (Albanian, {age}) brought to the UK and forced to sell sex in flats in several towns, escaped and is now in a safe house. Positive reasonable grounds decision.",
    "MS",
)
t(
    "Rape by ex-partner during a child handover at his flat in {town2} on {date}; V reported two weeks later. Previous DASH high, MARAC case.",
    "DA",
)
t(
    "Upskirting - V photographed under her skirt on the escalator at {shop}; S caught by security with the images on his phone."
)
t(
    "Sexual assault by a colleague at the work Christmas do at {pub}, he grabbed her breast in the corridor. V reported to her manager and police."
)
t(
    "CSA within the wider family. V (8) disclosed touching by her uncle. Referral is for mum {f1} who needs support to support her daughter.",
    "CSA",
)
t(
    "Assault by penetration. V thinks her drink was spiked, woke up in a flat she didn't know with pain and bruising. S identified on CCTV leaving the club with her."
)
t(
    "Rape of a male. V ({age}) raped by a man he met on Grindr when he went to his flat. V hasn't told anyone else.",
    "ON",
)
t(
    "Sexual assault, homophobic. V (gay man) groped in {pub} by a group who were making homophobic comments and laughing.",
    "HATE",
)
t(
    "Online CSE. V (13) coerced into sending sexual images over Discord by an adult who then threatened to send them to her school unless she sent more.",
    "CSA ON",
)
t(
    "Sexual communication with a child - a PE teacher messaging V (15) sexual content on Instagram. School and LADO informed.",
    "CSA ON",
)
t(
    "Rape. V is 16, S is her stepbrother (19), happened at their parents' house while they were out. V disclosed to school.",
    "CSA DA",
)
t(
    "V disclosed that her ex-husband raped her repeatedly during their marriage, which ended in 2015. V is now {age}. She has decided to report it now.",
    "DA",
)
t(
    "Sexual assault in a taxi. The driver touched V's thigh and tried to kiss her on the way home from the {town} rank. Taxi licensing informed."
)
t(
    "Exposure - V's neighbour on {street} repeatedly stands naked at his window when V and her children are in the garden. Deliberate, looks straight at them."
)
t(
    "V (17) sexually exploited by older men who give her alcohol and drugs in return for sex at a flat in {town}. CSE risk assessment high.",
    "CSA",
)
t(
    "Rape by a stranger - V walked home alone from {pub} and was attacked on the path by the allotments. Forensic medical done at the SARC, ISVA allocated."
)
t(
    "V's partner is making her have sex with his friends for money; she says she doesn't want to but he says she owes him. DASH completed.",
    "DA",
)
t(
    "Sexual assault at a festival near {town2} by a stranger. V's boyfriend was with her and is a witness, he grabbed the man. S arrested."
)
t(
    "Victim's words: 'My manager keeps touching my waist and last week he put his hand up my top in the office when nobody was there.'"
)
t(
    "Cyberflashing - a man V matched with on a dating site sent her unsolicited photos of his genitals after she said she wasn't interested.",
    "ON",
)
t("Sexual assault on a 12 year old by another pupil (14) in the toilets at {school}. Referral for the parents.", "CSA")
t(
    "Rape - V ({age}) has a learning disability and was raped by a man from her day centre's minibus company. Intermediary needed for interview."
)
t(
    "Historic - V's older brother sexually abused her from age 11 to 15. V now {age}, reporting for the first time.",
    "CSA",
)
t(
    "V (16) raped by her boyfriend (17) after she told him she didn't want to. She has ended it. Both at {school} sixth form.",
    "CSA DA",
)
t("Sexual assault by a masseur during a treatment at a salon in {town}. V froze and didn't say anything at the time.")
t(
    "Partner {m1} sexually assaulted V while she was asleep, V says this has happened many times and he laughs about it. V also says he is controlling with money.",
    "DA",
)
t(
    "V ({age}), a Somali woman, sexually assaulted by a stranger on the bus through {town} who also shouted racist abuse when she pushed him away.",
    "HATE",
)

# ======================================================== robbery
section("robbery")
t(
    "Robbery - personal. V's phone and wallet taken at knifepoint outside {shop}, {town}. Two males on bikes. No injuries.",
    "KN",
)
t(
    "Street robbery. V punched to the ground and his watch pulled off his wrist on {street}. Cut to the back of his head, glued at A&E."
)
t(
    "Business robbery at {shop}. Male came in with a hammer, demanded cash from the till, staff member V threatened. {amt} taken. No knife seen."
)
t("V ({cage}) pushed off his bike by two older boys who rode off on it. Grazed elbow.")
t(
    "Victim's words: 'They said give us your phone or we'll shank you, one of them had his hand in his pocket like he had something in it. I didn't see a knife but I believed him.'",
    "KN",
)
t(
    "Robbery - DA. V's ex-partner twisted her arm behind her back until she gave him her bank card and PIN, then took {amt} out.",
    "DA",
)
t(
    "Elderly V ({age2}) pushed over at the cashpoint on {street} and her handbag taken. Fractured hip, still in hospital."
)
t("Carjacking at traffic lights in {town}: V dragged out of his {car} by two men who drove off in it.")
t("Robbery at a petrol station kiosk - S pointed a knife at the cashier and took cigarettes and {amt} cash.", "KN")
t(
    "Marketplace meet-up. V arranged on Facebook Marketplace to sell his phone, the 'buyer' grabbed it, punched V and ran.",
    "ON",
)
t("Delivery rider robbed of his moped on {street} by three males, one held a machete up and told him to get off.", "KN")
t(
    "Attempted robbery, {street}, {date}. S demanded V's bag and tried to pull it off her shoulder, V held on and screamed, S ran. No injuries, nothing taken."
)
t(
    "V ({teen}) had his trainers and jacket taken by older lads who surrounded him in the underpass and said they'd batter him."
)
t(
    "Homophobic robbery. V lured through a dating app to a flat and robbed of phone and cash by three men calling him homophobic names.",
    "HATE ON",
)
t("S followed V off the bus in {town}, pushed her against a wall and took her purse. No DA, S a stranger.")
t(
    "Taxi driver robbed by a passenger picked up from {pub} who held a screwdriver point to his neck and demanded the night's takings.",
    "KN",
)
t(
    "V's son's friend came round, threatened V ({age2}) and took her pension money out of her purse. V's son not involved."
)
t("Victim's words: 'The man grabbed my gold chain and yanked it, I fell and hurt my knee and he ran off with it.'")
t("Bookmakers on {street} robbed by two masked males with a handgun (maybe imitation), staff made to open the safe.")
t(
    "V's brother pinned him down on the sofa and took his {amt} wages out of his pocket. They both live at their mum's.",
    "DA",
)
t(
    "Phone snatch with force on {street}: rider on an e-bike grabbed V's phone, V held on and was dragged a few metres, grazes to hands."
)
t(
    "Staff member V at {shop} pushed over by a shoplifter who was trying to get out with bags of goods; S got away with them. V hurt her back."
)
t("V robbed of his phone by people he owes money to; he admits he buys cannabis from them. One of them punched him.")
t(
    "Racially aggravated robbery - V (Chinese student at {town} uni) surrounded by youths who made racist comments about Covid and took her phone.",
    "HATE",
)
t(
    "Robbery in {park} - group of teens took V's headphones and bank card after one flashed a blade and told him to hand them over.",
    "KN",
)
t(
    "V ({age}) robbed of her engagement ring in the street by a man who grabbed her hand and forced it off her finger, bruised finger."
)

# ======================================================== burglary
section("burglary")
t(
    "Burglary dwelling. Rear door forced overnight at {street}, {town}. Laptop, jewellery and car keys taken, car left on the drive. V ({age2}) lives alone, very anxious."
)
t("Garden shed broken into at V's house on {street}, padlock cut, two bikes and a lawnmower taken.")
t(
    "Distraction burglary. Two men said they were from the water board, one kept V talking in the kitchen and the other took {amt} from her bedroom drawer."
)
t("Business burglary - {shop} entered through the roof overnight, cigarettes and cash taken. Owner V devastated.")
t(
    "V's ex-partner let himself into her house on {street} with an old key while she was at work and took her passport and the TV. DASH medium.",
    "DA",
)
t(
    "Aggravated burglary. V woke to find a man in her bedroom holding a knife; he ran off with her handbag when she screamed. No words were exchanged.",
    "KN",
)
t(
    "Victim's words: 'Someone came in through the kitchen window while we were asleep upstairs and took my handbag and the kids' iPads.'"
)
t(
    "Attempted burglary on {date} - jemmy marks on V's back door, lock damaged, no entry gained. Neighbour's CCTV shows two males."
)
t("Burglary of the {town} church hall - the donations tin and the sound system taken. V is the church warden.")
t(
    "Burglary at a student house on {street}, front door left unlocked, three laptops taken while the housemates were out."
)
t(
    "V's adult son broke into her flat while she was in {town} General and took her jewellery to sell. He has stolen from her before.",
    "DA",
)
t("Integral garage entered, tools worth {amt} taken. V is a self-employed plumber.")
t("Burglary with racist graffiti sprayed on the walls inside V's house in {town}. Nothing much taken.", "HATE")
t("V's static caravan (her home) on the park in {town2} broken into, generator and TV taken.")
t("Allotment shed broken into, tools and a petrol strimmer taken. V ({age2}) has had the plot 30 years.")
t("Burglary - V's {car} keys taken from the hall table overnight and the car driven off the drive.")
t(
    "Ex-boyfriend of V's flatmate got into their flat uninvited and took the flatmate's things and V's phone. V has no relationship with him."
)
t("Office burglary at a small charity on {street}, computers taken, V (manager) needs a crime ref for insurance.")
t("Burglary while on holiday - neighbour noticed a broken window on {date}, house ransacked.")
t(
    "Builder who did V's kitchen came back to the house while she was out, got in through the back and took cash from a tin. Seen on doorbell camera."
)
t("Pharmacy in {town} burgled overnight, controlled drugs taken from the CD cabinet. Pharmacist V is the referral.")
t("V ({age2}) burgled, her late husband's war medals taken. Heartbroken, not sleeping.")
t(
    "Sheltered flat, {street}. A man walked in through V's unlocked front door and took her purse from the lounge while she was in the kitchen."
)
t("Second burglary in a month at V's takeaway in {town}, till drawer and charity box taken.")
t(
    "Burglary at V's home - V's estranged husband broke the back door to get in and took the children's passports and documents.",
    "DA",
)
t(
    "Burglary, V at home - she heard someone downstairs at 3am on {date}, they left through the patio doors with her bag before she came down. Not seen."
)

# ======================================================== vehicle offences
section("vehicle_offences")
t(
    "Theft of motor vehicle. V's {car} taken from the drive overnight at {street}, keyless relay suspected, keys were inside the house and house not entered."
)
t(
    "Theft from motor vehicle - V's works van left unlocked on {street}, power tools taken. V is self-employed and can't work."
)
t("Catalytic converter cut off V's car in the {shop} car park in broad daylight. Car undriveable.")
t(
    "TWOC. V's car taken by her son's friend without permission while he was staying over, found abandoned in {town2}. Son had no part in it."
)
t(
    "Ex-partner took V's car keys from her bag and drove off in her {car}; it was found damaged two days later. Car is in V's name only. DASH done.",
    "DA",
)
t(
    "Interfering with motor vehicles - doorbell CCTV shows a male trying door handles along {street}; V's car was opened and rummaged but nothing taken."
)
t(
    "Victim's words: 'I came out and the car was just gone. It's a Motability car and I can't get to my hospital appointments without it.'"
)
t("Both number plates taken off V's {car} overnight. V worried they'll be used on another car.")
t(
    "Aggravated vehicle taking - V's {car} stolen from outside her house and crashed into a wall on the ring road, driver ran off."
)
t("Motorbike stolen from outside V's flat on {street}, chain cut. V uses it for his delivery job.")
t("Theft of diesel from V's lorry at a lay-by, fuel tank drilled. {amt} of fuel gone.")
t("Sat nav, sunglasses and loose change taken from V's car, which she thinks she left unlocked.")
t(
    "V's brother took V's {car} without asking to go to a festival and brought it back 3 days later with the tank empty. V has reported it as they have fallen out badly.",
    "DA",
)
t(
    "Test drive theft - man took a {car} from V's small dealership in {town} for a test drive and never came back. ID he gave was false."
)
t("Van stolen with all V's tools inside from outside a job in {town}. Tracker not fitted.")
t("Hire car stolen from outside V's hotel in {town} while he was at a conference, V liable for excess.")
t("Attempted theft of a motor vehicle - ignition barrel damaged but the steering lock held.")
t("All four wheels stolen off V's {car} overnight on {street}, car left on bricks.")
t("Campervan stolen from a storage yard at the edge of {town2}. Not lived in, used for holidays.")
t("Quad bike stolen from V's farm yard near {town2}, tracks across the field.")
t(
    "V's gym locker key taken from the changing room bench and then his car was stolen from the gym car park using the car key in the locker."
)
t(
    "Theft from motor vehicle - V's handbag taken from the passenger seat when she was loading shopping into the boot at {shop}."
)
t(
    "Caller says her daughter's ex took the car her daughter lent him and won't give it back; caller is the registered keeper. Caller has never been in a relationship with him, no DA to her."
)

# ======================================================== theft from the person
section("theft_from_person")
t(
    "Pickpocketing - V's purse with {amt} in it taken from her handbag while she was on the tram into {town}. She didn't feel anything."
)
t(
    "Phone snatch, no force. A cyclist took V's phone out of her hand as she was texting on {street} and rode off. V not touched or hurt."
)
t("Wallet taken from V's back pocket in {pub}, cards used within the hour.")
t(
    "Victim's words: 'At the market somebody unzipped my rucksack while it was on my back and took my purse, I only noticed at the till.'"
)
t(
    "Pickpocket at a football match - several fans had phones taken; V's phone went from his jacket pocket in the concourse."
)
t("Elderly V ({age2}) had her purse taken from the bag on her arm by a woman who was 'helping' her at the bus stop.")
t(
    "Necklace snatched from V's neck on {street} by a passing teen, she didn't fall and wasn't hurt, he ran off towards the station."
)
t("Theft from the person - V fell asleep on the night bus and woke to find her phone gone from her hand.")
t("Tourist V had his camera lifted out of his shoulder bag at {station}.")
t(
    "Distraction theft, {town} high street. A man asked V for directions with a map and while she was looking his mate took her phone from her coat pocket."
)
t(
    "Shoulder surfing at the cashpoint - man watched V's PIN then took her card out of her hand as the machine returned it and ran; {amt} withdrawn after."
)
t(
    "Handbag slipped off V's arm on the escalator by a man behind her, she didn't let go until it was already gone, no injury."
)
t("Phone taken from V's pocket at a concert; Find My iPhone now shows it abroad.")
t(
    "V's wallet ({amt} cash) taken from his inside pocket by a woman who hugged him in the street pretending to know him."
)
t(
    "V's work lanyard and purse on it snatched from around her neck at the bus stop by a teenager, strap broke, no injury."
)
t("Wireless earphones pulled out of V's ears on {street2} and taken by a lad on a bike, no other contact.")
t("Purse taken from V's coat pocket in a busy post office queue. V has early dementia, daughter {f1} reporting.")
t(
    "Victim's words: 'I was on the escalator and the man behind was pressed right up against me, then my phone was gone from my back pocket.'"
)
t("Student V had her phone lifted from her jacket pocket while dancing at a club in {town}.")

# ======================================================== bicycle theft
section("bicycle_theft")
t("Bike theft - V's {bike} stolen from the rack outside {station}, lock cut.")
t("Cycle stolen from outside {shop} while V was inside for 5 minutes, not locked.")
t("Child's bike taken from V's front lawn on {street} overnight (no shed, just left on the grass).")
t(
    "Victim's words: 'My e-bike is my only way to work, someone cut through the D-lock at the station in broad daylight.'"
)
t("V's {bike} stolen from the communal racks outside his block of flats. Other bikes also had wheels taken.")
t("Bike stolen from the open bike shelter at {school}, V aged 12, parents reporting.")
t("Adapted tricycle belonging to V (disabled, {age}) stolen from outside his house, he can't get about without it.")
t("V's bike taken by a man while she sat on a bench next to it in {park}, he just got on and rode off.")
t("Delivery rider's pushbike stolen from outside a restaurant on {street} while he was collecting an order.")
t("V's bike taken by a lodger who moved out without notice; V believes he still has it.")
t("Cargo bike stolen from outside the nursery on {street}, child seat still attached.")
t("Bicycle theft - V later found his stolen bike listed for sale on eBay, police recovered it from the seller.")
t("V's {bike} stolen from the Sheffield stands at the {town} leisure centre, lock left behind cut.")
t("Son's BMX taken from the edge of the skate park in {park} while he was on his scooter.")
t("V's bike stolen overnight while chained to railings on {street}, only the front wheel left.")
t("V's adult brother took V's bike from the hallway of their shared house and sold it; V thinks for drug money.", "DA")
t("Tandem stolen from a campsite near {town2} while V and husband were asleep in their tent.")

# ======================================================== shoplifting
section("shoplifting")
t("Shoplifting - {shop}, {town}. Repeat offender took {amt} of meat. Store manager V says staff are scared of him.")
t(
    "Shop theft - {shop}. S took two bottles of vodka and when challenged swore at V and walked out. No threats, no violence."
)
t("Shop owner's words: 'Same gang of lads come in every week and fill their pockets with sweets and energy drinks.'")
t("Self-checkout theft at {shop} - customer scanning cheap items and bagging expensive ones, caught on camera 6 times.")
t("Shoplifting from a charity shop on {street} - volunteer V ({f1}) saw a woman put a coat in her bag and leave.")
t("Organised shop theft - two women with foil-lined bags took perfume worth {amt} from {shop}.")
t("Pharmacy - S took baby formula off the shelf and walked out without paying.")
t("Shoplifting from a garden centre outside {town}, plants and pots taken from the outside display.")
t(
    "Shop manager V stopped a shoplifter who then called her racist names and told her to go back to Africa before leaving the goods and walking out.",
    "HATE",
)
t("Shoplifting at a petrol station kiosk - S took chocolate and a phone charger, fuel paid for.")
t("Small independent bookshop - a signed first edition taken from the locked cabinet, key left in it.")
t("Electrical store in {town} - headphones worth {amt} taken, security tags cut off in the changing area.")
t("Supermarket - S walked out of {shop} with a full trolley, staff followed to the car park but did not intervene.")
t(
    "Corner shop owner V ({age}) says thefts are daily and he is thinking of closing. Latest: crates of beer taken on {date}."
)
t("Theft from a market stall - two teens took phone cases while one distracted V.")
t("Clothes taken from the changing rooms at {shop}, empty hangers found. CCTV of a woman with a large bag.")
t("Shoplifting - customer ate food in the aisles and left packaging, then left without paying. Small value, repeat.")

# ======================================================== other theft
section("other_theft")
t(
    "Theft by employee - V's cleaner has been taking cash from a drawer over several months. V ({age2}) noticed when she counted it."
)
t(
    "Making off without payment - taxi driver V, passenger got out at {street} and ran off without paying the {amt} fare."
)
t("Fuel drive-off at V's petrol station, {amt} of diesel, plates on the car were false.")
t(
    "Parcel theft from V's doorstep on {street} - courier photo shows it delivered, gone 20 minutes later. Neighbour's doorbell shows a woman taking it."
)
t(
    "Theft of mail - V's new bank cards never arrive, she thinks post is being taken from the communal post boxes in the entrance."
)
t(
    "Blackmail - S has threatened to tell V's employer about her old conviction unless she pays him {amt}. He is an old schoolfriend."
)
t(
    "Sextortion. V ({age}) video-called a woman he met on a dating site and is now being told to pay {amt} or the video will be sent to his family and friends.",
    "ON",
)
t(
    "Financial abuse by son. V's son has been taking cash from her purse and pension every week, she thinks about {amt} a month. She doesn't want him arrested.",
    "DA",
)
t("Theft from a front garden in {town} - V's stone ornaments and plant pots taken overnight.")
t("V's phone, left on the table in a café while she went to the counter, was taken by a man at the next table.")
t("Agency carer took jewellery from V ({age2})'s bedroom; ring found at a pawn shop. Agency have suspended the carer.")
t(
    "V's granddaughter (22) has been taking V's pension cash every week when she visits, V ({age2}) scared to confront her.",
    "DA",
)
t("Charity collection tin taken from the bar of {pub}. V is the landlady.")
t(
    "Building site - scaffolding and copper pipe taken from V's construction firm's site overnight, site is open fenced land."
)
t(
    "V's handbag taken out of her trolley in the supermarket while she was reaching for something on a shelf. Not on her person."
)
t(
    "Ex-partner took V's furniture, TV and her late dad's watch (worth {amt}) when he moved out. All V's property, bought before they met.",
    "DA",
)
t("Dog theft - V's French bulldog (bought for {amt}) taken from her back garden, gate left open. Microchipped.")
t("Theft from a hospital ward - V's watch taken from the bedside locker while she was in theatre.")
t("Lead stripped off the {town2} church roof overnight on {date}. V is the vicar. Water now coming in.")
t("Gym bag taken from an unlocked locker at the {town} leisure centre, house keys inside.")
t("Making off without payment - table of six at V's restaurant left without paying a {amt} bill.")
t("Theft by employee. Staff member caught on CCTV taking cash from the till at {shop}; V is the owner.")
t("V's dad took her savings ({amt}) from her bedroom; V is 19 and lives at home. He says it's 'rent'.", "DA")
t(
    "Neighbour has bypassed the electricity meter and is running a cable from V's outside socket. Abstracting electricity."
)
t(
    "Blackmail by ex-partner - threatening to tell V's family about her debts and her past unless she pays him {amt} a month.",
    "DA",
)
t(
    "Online order theft - V's new laptop was delivered to the wrong flat and the resident refused to give it back, said 'finders keepers'."
)
t(
    "Theft of wages - V worked a month for a cleaning firm and the boss kept the money saying he 'deducted costs'; V was free to leave and has left, not forced to work. Police have recorded theft."
)

# ======================================================== criminal damage and arson
section("criminal_damage_arson")
t("Criminal damage to vehicle - V's car keyed down both sides overnight on {street}.")
t("Arson - V's wheelie bin set alight on {street} and pushed against the back door, door scorched.")
t(
    "DA criminal damage, {street}. Ex smashed V's phone and the glass in her front door when she wouldn't let him in. DASH medium.",
    "DA",
)
t("Racist graffiti daubed on the shutters of V's shop in {town} overnight.", "HATE")
t(
    "Arson with intent to endanger life - petrol poured through V's letterbox and lit while the family slept. Fire service put it out. Nobody hurt."
)
t(
    "Victim's words: 'My husband put his fist through the bedroom door and broke my laptop because I was late home.'",
    "DA",
)
t("Windows at V's flat on {street} smashed by youths throwing stones from the field behind.")
t("V's neighbour cut down V's garden fence saying it was on his land. Boundary dispute, council involved.")
t("Tyres slashed on V's {car} overnight, fourth time this year. No one seen.")
t("V's {car} set alight on the street outside her house at 2am, completely burnt out.")
t(
    "Stones thrown at the {town} mosque windows during Friday prayers, two windows broken. V is on the mosque committee.",
    "HATE",
)
t("Tenant left V's rental flat on {street} with holes punched in the walls and the kitchen ripped out.")
t("Adult daughter smashed up V's ({age2}) living room during an argument, TV and ornaments broken.", "DA")
t("Pride flag ripped down and set on fire in V's front garden.", "HATE")
t("Allotment greenhouse smashed, every pane. V ({age2}) has no idea why.")
t("V's shed set on fire overnight on {date}, fire spread to the neighbour's fence.")
t("'Grass' scratched into the paintwork of V's car a week after she gave a statement as a witness to a fight.")
t("V's ex-husband {m1} cut up her clothes and poured bleach over her things in the house they used to share.", "DA")
t(
    "Stranger in the park grabbed V's phone during an argument about his dog and threw it in the lake, then walked off. Didn't try to keep it."
)
t("Wheelchair ramp outside V's house smashed up with a note left mocking V's disability.", "HATE")
t("Fireworks pushed through V's letterbox on {street}, doormat and hall carpet burnt.")
t("House and car repeatedly egged by local kids, paintwork on the car now damaged.")
t("Debt collector kicked V's front door so hard the frame split. V was inside with her kids.")
t(
    "Victim's words: 'Someone's poured paint stripper all over my bonnet, I think it's the man at number 12 we've had trouble with.'"
)
t("Brother smashed V's {car} windscreen with a bat after a row about their mother's will.", "DA")
t(
    "V's boyfriend {m1} threw her phone against the wall and smashed the TV when she said she was going out with friends. Nil injuries. He has done similar before.",
    "DA",
)
t("Council play area arson - V is the parish clerk, the new play equipment was set alight on {date}.")
t("Paint thrown over V's front door and a racist slur aimed at Asian people sprayed on the wall.", "HATE")

# ======================================================== drug offences
section("drug_offences")
t(
    "Drug supply from V's flat - local dealers use it to sell crack and heroin. V ({age}) lets them in in exchange for drugs, says he isn't threatened and can ask them to go."
)
t(
    "Neighbour on {street} reports constant dealing from the flat below - people coming and going at all hours, deals done on the landing."
)
t(
    "Mum concerned her 15 year old son is being supplied cannabis by a 20 year old at {park}. She has seen them together and found bags."
)
t("Cannabis factory found in the house V rents out in {town}. Tenants have gone. Police attended.")
t(
    "Victim's words: 'My brother keeps dealing from my mum's house and she's scared of the people who come round. He doesn't hurt her.'"
)
t(
    "Suspected dealing in the stairwell of V's block on {street}; V's children have found needles and small bags on the stairs."
)
t("Teens inhaling nitrous oxide on the green and selling canisters to younger kids. V worried about her 13 yr old.")
t("{school} reports pupils being sold THC vapes by an older teenager at the gates.")
t("Man comes to V's house and supplies her vulnerable adult son with crack cocaine; son hands over his benefits.")
t("V found bags of white powder hidden in her garden shed; she thinks the lads next door stashed them there.")
t("Cannabis cultivation in the loft of the house next door ({street}), smell and heat, V worried about fire.")
t(
    "V's ex-partner has been caught selling cocaine, V worried about his customers coming to her door. They split amicably, no abuse, nil DA."
)
t("Spice being sold to residents of a homeless hostel in {town}, staff member V reporting on behalf of residents.")
t("County lines dealing in {town}. V (shopkeeper) sees regular handovers in the alley next to his shop.")
t(
    "V received a parcel addressed to a false name at her house; it contained drugs. She is worried whoever sent it will come for it."
)
t(
    "V (19) found in possession of pills at a festival, says a stranger gave them to her. Referral for emotional support."
)
t("Dealers selling from a car outside {school} at pick up time. Parents' group reporting.")
t(
    "Parent found Snapchat drug menus from a dealer on her son's phone (16); son has been buying cannabis delivered to the house.",
    "ON",
)

# ======================================================== possession of weapons
section("possession_of_weapons")
t(
    "Possession of a bladed article. S seen with a machete in his waistband on {street}, no threats made, S arrested. V is the member of public who rang it in and is now scared to go out."
)
t("Knife found in a pupil's bag at {school}; V is the teacher who confiscated it and was sworn at.")
t("Imitation firearm - youths seen pointing a BB gun at passing cars on {street}. V was one of the drivers.")
t("Air rifle fired from a window across {street}, pellets hitting V's fence and shed. Nobody hit.")
t("Knuckleduster found in V's son's (17) bedroom; mum worried he is carrying it when he goes out.")
t("S carrying a samurai-style sword on the bus, not pointed at anyone, other passengers terrified. V is the driver.")
t(
    "Victim's words: 'A lad on the estate lifted his top to show me a knife tucked in his trousers and walked off laughing. He didn't say anything but I knew what he meant.'",
    "KN",
)
t("CS gas canister found on S after a scuffle in {pub}; V is the door supervisor who found it.")
t("Shots fired - cartridge cases found on the road outside V's house after bangs in the night. Nobody hurt.")
t(
    "Parking row - S pulled a kitchen knife out and waved it at V in the car park, saying 'move or else', then drove off. No injuries.",
    "KN",
)
t(
    "Crossbow found in V's ex-partner's car during a stop on {street}, near her house. NMO in place, V terrified as he knows where she lives.",
    "DA",
)
t("Man in the pub showed V a lock knife and said he always carries one 'for protection'. No threats to V.")
t("Stun gun disguised as a torch found by V in her lodger's room on {date}.")
t(
    "Man walking round {park} with a baseball bat wrapped in tape, intimidating dog walkers but not threatening anyone directly."
)
t(
    "Zombie knife bought online and delivered to V's 15 year old son without any age check. V wants the seller prosecuted.",
    "ON",
)
t("Handgun found wrapped in a carrier bag in the loft of the house V has just moved into in {town}. V terrified.")
t(
    "Man loitering by the cash machine outside {shop} with a hammer and screwdriver in his pockets; arrested. V is the shop owner who called it in."
)

# ======================================================== public order
section("public_order")
t(
    "s4A public order. V (shop assistant) sworn at and called racist names by a customer over a refund. No threats, no contact.",
    "HATE",
)
t(
    "Racially aggravated s5 - S shouted at V and her kids in {park} telling them to go back where they came from.",
    "HATE",
)
t(
    "Affray outside {pub} - group fight spilling into the road, V was a bystander waiting for a taxi and was terrified. Not hit."
)
t(
    "Violent disorder in {town} centre on {date}; V's café was in the middle of it, V and staff hid in the back. Nothing damaged."
)
t("s4 - man squared up to V in the street shouting 'I'll do you', fists clenched, then walked off. No contact.")
t(
    "Homophobic abuse shouted from a passing car at V and her girlfriend as they walked home along {street}. Nothing thrown. Girlfriend also upset but not reporting.",
    "HATE",
)
t(
    "Religiously aggravated public order. V (Sikh) had abuse shouted at him about his turban on the train to {town2} by a drunk male.",
    "HATE",
)
t(
    "Victim's words: 'My ex came to the door screaming and swearing at me in front of all the neighbours, calling me every name going. He didn't touch me and he went when I shut the door.'",
    "DA",
)
t("Drunk male shouting and swearing at staff in A&E, threw his drip stand on the floor. V (receptionist) frightened.")
t(
    "Disability hate - teenagers mimicking V's speech and shouting abuse at him at the bus station. V has cerebral palsy.",
    "HATE",
)
t("Steward V ({m1}) at a football match subjected to abusive chants and gestures by a group of away fans.")
t(
    "Transphobic abuse shouted at V in the queue outside a nightclub, the group followed her up the street for a bit laughing.",
    "HATE",
)
t(
    "Supermarket car park - S got out of his car and shouted 'I'll smash your face in' at V over a trolley. No contact, S drove off."
)
t(
    "Neighbour shouts obscene abuse at V over the fence whenever she goes into the garden, in front of her children. Police recorded s5."
)
t("Journalist V surrounded and shouted at during a protest in {town}, objects thrown near her feet. Not hit.")
t(
    "Group of youths blocked V's way at the bus stop, shouting and jostling each other around her, she felt intimidated. Not touched."
)
t("Antisemitic abuse shouted at V and his son as they walked to synagogue along {street} on Saturday morning.", "HATE")
t(
    "V's brother stood outside their mum's house in {town} shouting abuse and threats at V through the window, neighbours called police.",
    "DA",
)
t("Racist abuse on the tram directed at V ({m1}, Polish) - S told him to 'speak English or get out'.", "HATE")
t(
    "Man picked up a chair in a café and waved it about shouting at staff after his card was declined. V (waitress) scared."
)
t("Councillor V ({f1} {sn}) shouted at and called names by a member of the public at a council meeting. No threats.")
t(
    "Football-related disorder outside V's pub, fans fighting in the street, staff and customers locked inside. No damage."
)
t(
    "Man shouted at V (Nigerian) across the shop 'we'll burn your shop down, go back to where you came from'. No damage done.",
    "HATE",
)
t(
    "Online stirring up of racial hatred - S posting videos on YouTube and Telegram inciting hatred against the Roma community in {town}; V is a community leader named in them.",
    "HATE ON",
)
t(
    "Woman screamed and swore at V (a traffic warden) and threw her ticket back at her, members of the public stopped to watch."
)
t(
    "V says a man on the train was shouting about 'foreigners' to the carriage in general, V felt alarmed but he wasn't talking to her and didn't mention her.",
    "HATE",
)

# ======================================================== miscellaneous crimes against society
section("misc_crimes_against_society")
t(
    "Handling stolen goods - V bought a laptop from a man in the pub, police have seized it as stolen. V out of pocket and worried she'll be prosecuted."
)
t(
    "Witness intimidation - S's family told V to drop her statement 'or there'll be trouble'. V is a witness to a fight outside the chip shop."
)
t(
    "Perverting the course of justice - V's ex-husband {m1} {sn} made a false report to police that she had assaulted him; V was arrested and released. Now he is charged with perverting.",
    "DA",
)
t(
    "Dangerous driving - two cars racing on {street}, one swerved onto the pavement and nearly hit V and her pram. Nobody injured."
)
t("Threat to commit criminal damage - neighbour said he would burn V's car if she parked outside his house again.")
t("Forgery - V's signature forged on a tenancy document by her former landlord to keep her deposit.")
t(
    "Indecent images of children found on V's husband's laptop. V (wife) is the referral, devastated; he has never been abusive to her.",
    "CSA",
)
t("Bigamy - V ({age}) discovered her husband of 3 years was already married abroad. Police investigating.")
t(
    "Wasting police time - S made a false report to police that V was abusing her children, V investigated and cleared. S is a neighbour."
)
t(
    "Witness intimidation - V got Snapchat messages telling her to 'keep your mouth shut' before the trial of a neighbour for burglary.",
    "ON",
)
t("Threat to damage property - ex-partner texted V on {date} that he would smash every window in her house.", "DA")
t("Dangerous driving - cyclist V deliberately close passed and brake-checked by a van on the {town2} road, not hit.")
t("Perjury - S lied under oath in V's civil case at {town} County Court, proven by documents. V wants it investigated.")
t(
    "Second-hand shop owner V unknowingly bought stolen phones off a man, police now investigating the man for handling and theft; V needs support."
)
t(
    "Threat to commit criminal damage - note left on V's windscreen saying 'next time it'll be your windows' after V complained about noise."
)
t("Police pursuit through {town} high street - dangerous driving, V's shopfront nearly hit. V shaken.")
t("Obscene leaflets posted through letterboxes on {street}, V's children picked them up.")
t(
    "V (17) found out an adult has been sharing nude images of her, taken when she was 15, on a website. Police investigating indecent images.",
    "CSA ON",
)
t("Son threatened to smash up V's house if she didn't let his friends stay. He is 24. Nothing damaged yet.", "DA")
t("V's neighbour is storing stolen bikes in his garden and selling them on, V scared to report it formally.")
t(
    "Ex-partner tailgated V's car at speed on the {town} bypass and brake-tested her in front, police charged dangerous driving. V believes he did it on purpose.",
    "DA",
)
t(
    "Intimidation of a witness - juror? no - V, a prosecution witness, was approached outside court by S's mate and told she 'knows what happens to grasses'."
)
t("Bail absconder - S failed to appear at court for the third time, V's trial adjourned again and V is losing faith.")
t(
    "Threat to damage with HBA context: V's cousin told her the family would burn down her flat if she didn't come home and end her relationship.",
    "DA HBA",
)

# ======================================================== fraud and computer misuse
section("fraud_computer_misuse")
t(
    "Romance fraud. V ({age2}) met 'Captain {m1}' on a dating site, has sent {amt2} over 6 months for 'customs fees' and 'medical bills'.",
    "ON",
)
t(
    "Courier fraud. V phoned by a 'police officer' saying her bank account was compromised; a courier came to collect her cards and {amt} in cash. All by phone."
)
t(
    "Investment scam - fake crypto platform advertised on Facebook with a celebrity endorsement, V has lost {amt2}.",
    "ON",
)
t(
    "Bank impersonation call - V moved {amt} to a 'safe account' after a call from 'the fraud team'. Phone only, no texts or links."
)
t("Purchase fraud - V paid {amt} deposit for a puppy advertised online, seller stopped replying.", "ON")
t(
    "Identity fraud - two loans totalling {amt2} taken out in V's name. V's ex-partner suspected as he kept copies of her documents.",
    "DA",
)
t("Account takeover - V's Instagram hacked and the hacker is messaging her friends asking for money.", "ON")
t("Rogue traders - men knocked saying roof tiles were loose, charged V ({age2}) {amt2} for work that wasn't done.")
t(
    "Smishing - V clicked a link in a text about a missed parcel, entered card details on the website it opened, {amt} taken.",
    "ON",
)
t("HMRC scam calls - V told she'd be arrested unless she paid in gift cards, she paid {amt}.")
t(
    "Victim's words: 'My husband took out credit cards in my name and ran up {amt2} while we were together. I only found out after I left him.'",
    "DA",
)
t(
    "Invoice redirection - V's small business paid a supplier invoice to new bank details sent in a spoofed email. Lost {amt2}.",
    "ON",
)
t("Ticket fraud - {amt} of concert tickets bought through an Instagram account, never received.", "ON")
t(
    "Computer misuse - V's ex-boyfriend {m1} logged into her email, deleted messages and changed her passwords after they split.",
    "DA ON",
)
t("Pension scam - V cold-called and persuaded to transfer his pension into an unregulated scheme, {amt2} gone.")
t(
    "Fraud by abuse of position - V's attorney under an LPA (a family friend, not a relative) has been taking money from V's account for himself."
)
t("Recovery room scam - V, already a fraud victim, phoned by 'recovery agents' who wanted a fee to get her money back.")
t("Fake job offer on LinkedIn - V paid {amt} for 'training and a DBS check', job didn't exist.", "ON")
t("Card cloning - transactions in {town2} that V didn't make, card never left her possession.")
t("Rental fraud - V paid {amt} deposit for a flat seen on a property website; flat doesn't exist.", "ON")
t("Business website hacked and defaced, customer data accessed. V is the owner of a small gift shop.", "ON")
t("Doorstep fraud - woman claiming to be collecting for a children's hospice took {amt} from V; no such collection.")
t(
    "V's brother has been using their mum's bank card to take out cash, about {amt} a week; V has LPA for mum and is reporting on her behalf. Mum has dementia.",
    "DA",
)
t(
    "Vehicle purchase fraud - V bought a {car} from a private seller on Gumtree, car turned out to be cloned and was seized.",
    "ON",
)
t("'Hi Mum' scam - V sent {amt} on WhatsApp to someone she thought was her daughter with a new number.", "ON")
t("Landlady V let her flat on the strength of forged payslips and false references, now months of rent arrears.")
t(
    "Loan fee fraud - V paid an upfront fee of {amt} for a loan offered in a text message, everything done by phone and text. Loan never arrived."
)
t(
    "V's daughter (22) transferred {amt} out of V's online banking using V's phone while she was staying with her.",
    "DA ON",
)
t(
    "Romance fraud in person - man V met at church borrowed {amt2} with stories about a sick child abroad and then vanished. No online contact at all."
)
t("Fake charity website set up after a disaster overseas, V donated {amt}.", "ON")
t(
    "Conveyancing fraud - days before completion V got an email that looked like it was from her solicitor with 'updated' bank details and sent the {amt2} deposit there.",
    "ON",
)
t("Builder took a {amt2} deposit from V for an extension and never started. Has done the same to others in {town}.")

# ======================================================== anti-social behaviour (no crime disclosed)
section("anti_social_behaviour")
t(
    "ASB - youths congregating outside V's house most evenings, kicking a football against her wall and shouting. No damage, no threats, nothing directed at V."
)
t(
    "Noise nuisance, {street} - neighbour plays loud music until 3am most nights. V works early shifts and is exhausted. Council noise team have been told."
)
t(
    "Neighbour dispute over parking - rude comments and occasionally blocking V's drive for an hour. No threats, no damage."
)
t(
    "Victim's words: 'The couple next door argue and slam doors half the night, I can hear every word. I don't think he hurts her, it's just the noise.'"
)
t("Dog next door barks constantly when the owners are at work. V ({age2}) can't rest. Environmental health involved.")
t(
    "Kids knocking on V's door and running off, several nights a week. V is elderly and it frightens her, but they haven't said or done anything else."
)
t("Off-road motorbikes being ridden on the field behind V's house every weekend, noise and churned up grass.")
t("People drinking on the bench outside V's window, leaving cans and urinating against the wall.")
t("Neighbour has bonfires every weekend and the smoke comes into V's house; V has asthma.")
t(
    "Group of teens hanging round outside {shop} after school, loud and swearing among themselves, not aimed at anyone. V (shop worker) fed up."
)
t("Neighbour's security floodlight shines straight into V's bedroom all night. Neighbour refuses to move it.")
t("DIY drilling and hammering from next door after 11pm several nights a week.")
t("Ongoing issues from an HMO on {street} - parties, rubbish bags split on the pavement, cars blocking the road.")
t(
    "Neighbour's CCTV camera appears to point at V's garden. V feels uncomfortable, there have been no other issues between them and no recordings shared."
)
t("Man begging outside {shop} (V's shop) every day, not aggressive, customers complain.")
t("Neighbour feeds pigeons and the mess covers V's car and windows.")
t(
    "V is worried that if she complains about next door's noise they might smash her windows. Nothing has happened and they have never threatened her."
)
t("Car meets on the {town} industrial estate near V's home, revving and wheel spins until the early hours.")
t("Youths on e-scooters riding fast on the pavement outside V's house, nearly clipping her with the buggy. No contact.")
t("Strong smell of cannabis smoke from next door's garden every evening coming in V's windows. Nothing else.")
t(
    "Residents' committee: loitering and littering in the stairwell of the block, no drug use seen, no damage, just intimidating to walk past."
)
t(
    "Ex-partner is not the issue (amicable, no DA) - problem is the new neighbours' barking dogs and shouting kids in the garden."
)

# ======================================================== other crime (residual)
section("other_crime")
t(
    "Animal cruelty - V's neighbour keeps a dog in a tiny cage in the yard in all weathers. RSPCA involved, V wants to give a statement."
)
t(
    "Fly-tipping - tonnes of building waste dumped on V's farmland outside {town}, third time this year. Council say V must pay to clear it."
)
t(
    "V is a victim of crime, crime ref {ref}, but did not want to say what happened on the phone. Wants emotional support only."
)
t("Suspected dog fighting at a property near V - injured dogs seen, screaming at night.")
t(
    "Illegal eviction - landlord changed the locks while V was at work and put her belongings on the street. Council tenancy relations officer involved."
)
t("Health and safety - V lost two fingers at work due to a missing guard on a machine. HSE investigating the employer.")
t(
    "Horses at the livery yard in {town2} where V keeps her pony are being starved and left in mud. V reported to the RSPCA and police."
)
t("V got serious food poisoning from a takeaway; environmental health are prosecuting for hygiene offences.")
t("Badger sett destroyed with a digger on {date} on the land behind V's house. Wildlife crime officer aware.")
t("Underage sale - {shop} sold alcohol to V's 14 year old son who was then ill. Trading standards informed.")
t("Crime ref only - V is a victim of crime, details held by the OIC, V requests support with attending court.")
t("Landlord failed to have the boiler checked, CO leak made V and her children ill. Gas safety prosecution pending.")
t(
    "Bird of prey found poisoned on the estate where V works as a gamekeeper's assistant; V is worried about being blamed."
)
t(
    "Neighbour keeps breaching a noise abatement notice, council now prosecuting; V is the complainant and asked to be a witness."
)
t(
    "V was paid well below minimum wage for months by a restaurant, but says he was free to leave and was not forced or threatened. Not trafficking."
)
t(
    "Boy (13) seen throwing stones at the ducks and swans on the pond, one swan injured. V is the park volunteer who saw it."
)
t(
    "Victim's words: 'Something happened to me in {town} and the police have a reference. I don't want to go into it, I just need someone to talk to.'"
)
t(
    "Puppy farm - neighbour breeding dogs in sheds without a licence, dogs in poor condition. V reporting welfare concerns."
)

# ======================================================== second pass: further situations
section("violence_with_injury")
t(
    "V ({m1}, {age}) says his wife stabbed him in the upper arm with kitchen scissors during a row about his drinking, 3 stitches. He says it's the first time she has used anything.",
    "DA KN",
)
t(
    "V ({age2}) pushed over and bruised by her husband who has advanced dementia. She does not want police action, daughter has asked for support for her. Adult social care involved.",
    "DA",
)
t(
    "V's mother threw a kettle of just-boiled water at her during an argument about V's baby, burns to her arm and chest treated at the burns unit.",
    "DA",
)
t(
    "V ({age}) beaten by her two brothers for 'shaming the family' by getting divorced, bruising to face and a broken finger. She is now staying with a friend.",
    "DA HBA",
)

section("violence_without_injury")
t(
    "Threats to kill - V's girlfriend told her she would kill V and then herself if V left, said it calmly over dinner. No weapon. V believes her. Same-sex relationship, 3 years.",
    "DA",
)
t(
    "V's father-in-law slapped her across the face (no mark) and told her she must obey her husband's family or be sent back. IDVA flagged honour concerns.",
    "DA HBA",
)
t(
    "Caller is the daughter of V (male, {age2}), who has been pushed and shoved by his wife of 40 years on several occasions recently. No injuries. Daughter worried it's getting worse.",
    "DA",
)
t(
    "Forced criminality - V ({age}) made to steal from shops every day by the men who house him and take his documents. He gets no money. NRM referral made.",
    "MS",
)

section("stalking_harassment")
t(
    "V's ex-girlfriend is sending V's new partner ({f1}) messages on Facebook and turning up at V's workplace. V wants it to stop, not looking for prosecution yet.",
    "DA ON",
)
t(
    "V (19) being pressured by her parents to marry a cousin she has never met. They check her phone, take her bank card and have stopped her going to uni. She is afraid of being taken abroad in the summer.",
    "DA HBA",
)
t(
    "Vexatious reports - V's ex-partner keeps making false complaints about her to social services, the council and her employer, plus constant texts about the kids. Over a year now.",
    "DA",
)

section("sexual_offences")
t(
    "V's husband secretly filmed them having sex and showed the video to his friends on his phone at the pub. V found out from one of the wives.",
    "DA",
)
t(
    "Grooming concerns - a 30 year old man at the stables has befriended V's 14 year old daughter, buying her gifts, texting her and asking to meet her alone. Police investigating.",
    "CSA",
)
t(
    "V (Nigerian, {age}) was trafficked to the UK under a juju oath and forced into prostitution in {town}. She is terrified the oath will harm her family.",
    "MS",
)

section("criminal_damage_arson")
t(
    "Arson - V's ex-partner set fire to her {car} outside her new address in the early hours. Seen on a neighbour's doorbell cam. MARAC case.",
    "DA",
)

section("other_theft")
t(
    "V's sister stayed for a week and V has since found her jewellery and {amt} in cash missing. Sister admitted it in a text. V wants support, not sure about prosecution.",
    "DA",
)

section("fraud_computer_misuse")
t(
    "V's son (30) has taken out a phone contract and {amt2} of credit and two catalogue accounts in V's name without her knowing; debt collectors now writing to her.",
    "DA",
)

section("burglary")
t(
    "V's ex-wife got in through a back window while V was at work and took the dog, his passport and paperwork. They separated in {date}.",
    "DA",
)

section("robbery")
t(
    "V's partner ripped her handbag off her shoulder on {street} and took her phone and purse so she couldn't leave, pushing her to the floor when she tried to grab it back.",
    "DA",
)

section("public_order")
t(
    "V's adult daughter screamed abuse at her at the {school} gates in front of other parents while V was collecting her grandson. No threats, no contact.",
    "DA",
)

# ======================================================== TEMPLATES END


def build_rows():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for tidx, (cat, flags, text) in enumerate(TEMPLATES):
        # templates with slots usually yield two notes; slot-free ones yield one
        r = rng.random()
        n = 2 if ("{" in text and r < TWO_NOTE_SHARE) else 1
        for _ in range(n):
            slots = make_slots(rng)
            body = text.format(**slots)
            parts = []
            head = body[:28]
            if rng.random() < 0.22 and ":" not in head and not body.startswith("Caseworker"):
                parts.append(rng.choice(OPENERS).format(**slots))
            parts.append(body)
            if rng.random() < 0.45:
                parts.append(rng.choice(TAILS).format(**slots))
            note = " ".join(parts)
            while note in seen:  # never emit the same note twice
                note = note + " " + rng.choice(TAILS).format(**slots)
            seen.add(note)
            flag_str = ";".join(f for f in FLAG_ORDER if f in flags)
            rows.append((note, cat, flag_str, tidx))
    rng.shuffle(rows)
    return rows


def check_templates():
    texts = [x[2] for x in TEMPLATES]
    assert len(texts) == len(set(texts)), "duplicate template text"
    for cat, flags, _ in TEMPLATES:
        assert cat in CATEGORIES
        assert len(flags) == len(set(flags))
        for f in flags:
            assert f in FLAG_ORDER


def main():
    check_templates()
    rows = build_rows()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["note_id", "text", "category", "flags"])
        for i, (note, cat, flag_str, _tidx) in enumerate(rows, 1):
            w.writerow([f"B15-{i:04d}", note, cat, flag_str])

    tcount = {c: 0 for c in CATEGORIES}
    for cat, _f, _t in TEMPLATES:
        tcount[cat] += 1
    ncount = {c: 0 for c in CATEGORIES}
    fcount = {f: 0 for f in FLAG_ORDER}
    for _note, cat, flag_str, _tidx in rows:
        ncount[cat] += 1
        for f in filter(None, flag_str.split(";")):
            fcount[f] += 1
    print(f"templates: {len(TEMPLATES)}  notes: {len(rows)}")
    print("{:<30} {:>9} {:>6}".format("category", "templates", "notes"))
    for c in CATEGORIES:
        print(f"{c:<30} {tcount[c]:>9} {ncount[c]:>6}")
    print("flag positives (notes):")
    for f in FLAG_ORDER:
        print(f"  {f:<34} {fcount[f]:>4}  ({100.0 * fcount[f] / len(rows):.1f}%)")
    print(f"notes with no flag: {sum(1 for r in rows if not r[2])}")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
