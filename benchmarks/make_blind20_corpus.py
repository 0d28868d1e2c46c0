"""Generate the blind20 synthetic victim-services referral corpus.

Every note is written from a hand-labelled template; slots are filled from
invented pools. Labels follow /work/shared/TAXONOMY.md. Output goes to
data/notes_blind20.csv next to this script.
"""

import csv
import os
import random

SEED = 200720
N_EXTRA = 170

CATS = {
    "HOM": "homicide",
    "DDR": "death_injury_driving",
    "VWI": "violence_with_injury",
    "VWO": "violence_without_injury",
    "STK": "stalking_harassment",
    "SEX": "sexual_offences",
    "ROB": "robbery",
    "BUR": "burglary",
    "VEH": "vehicle_offences",
    "TFP": "theft_from_person",
    "BIC": "bicycle_theft",
    "SHP": "shoplifting",
    "OTH": "other_theft",
    "CDA": "criminal_damage_arson",
    "DRG": "drug_offences",
    "WPN": "possession_of_weapons",
    "PUB": "public_order",
    "MSC": "misc_crimes_against_society",
    "FRD": "fraud_computer_misuse",
    "ASB": "anti_social_behaviour",
    "OCR": "other_crime",
}

FLAG_ORDER = [
    ("da", "domestic_abuse"),
    ("hate", "hate_crime"),
    ("onl", "online"),
    ("knife", "knife_sharp_instrument"),
    ("csa", "child_sexual_abuse_exploitation"),
    ("ms", "modern_slavery"),
    ("hba", "honour_based_abuse"),
]

F_NAMES = [
    "Aisha",
    "Bethan",
    "Carla",
    "Dionne",
    "Esme",
    "Fatima",
    "Gemma",
    "Hollie",
    "Imogen",
    "Jasmine",
    "Kerry",
    "Leanne",
    "Maja",
    "Nadia",
    "Orla",
    "Priya",
    "Rosie",
    "Shannon",
    "Tegan",
    "Vicky",
    "Yasmin",
    "Zara",
    "Agnieszka",
    "Chantelle",
    "Niamh",
    "Sadia",
    "Roxanne",
    "Kayleigh",
    "Ruth",
    "Mei",
    "Lorna",
    "Stacey",
    "Farida",
    "Hannah",
    "Joanne",
    "Precious",
]
M_NAMES = [
    "Aaron",
    "Bilal",
    "Callum",
    "Dean",
    "Emre",
    "Farhan",
    "Gavin",
    "Harvey",
    "Ibrahim",
    "Jordan",
    "Kieran",
    "Liam",
    "Nathan",
    "Owen",
    "Piotr",
    "Reece",
    "Shane",
    "Tariq",
    "Wayne",
    "Kyle",
    "Darren",
    "Marcus",
    "Tomasz",
    "Jamal",
    "Connor",
    "Lewis",
    "Declan",
    "Ravi",
    "Stuart",
    "Dominic",
    "Ashley",
    "Craig",
]
SURNAMES = [
    "Ashby",
    "Brennan",
    "Calloway",
    "Dunmore",
    "Ellery",
    "Fairclough",
    "Garside",
    "Holroyd",
    "Ingham",
    "Jessop",
    "Kettlewell",
    "Lomax",
    "Marsden",
    "Nuttall",
    "Oldroyd",
    "Pickersgill",
    "Quarmby",
    "Rhodes",
    "Sutcliffe",
    "Thwaite",
    "Uttley",
    "Varley",
    "Whitworth",
    "Yeadon",
    "Armitage",
    "Booth",
    "Crossley",
    "Dobson",
    "Haigh",
    "Mellor",
]
STREETS = [
    "Alder Close",
    "Beech Grove",
    "Canal Street",
    "Dale View",
    "Elm Road",
    "Fern Avenue",
    "Granby Terrace",
    "Hollins Lane",
    "Ivy Court",
    "Jubilee Way",
    "Kings Drive",
    "Larch Walk",
    "Mill Street",
    "Northgate",
    "Oak Crescent",
    "Priory Road",
    "Queens Parade",
    "Rowan Way",
    "Station Road",
    "Tanner Street",
    "Victoria Place",
    "Willow Bank",
    "Cobden Street",
    "Moorside Road",
    "Brook Lane",
    "Chapel Fold",
]
TOWNS = [
    "Ashcombe",
    "Brindley",
    "Carrowfield",
    "Denholme Vale",
    "Eastwick Moor",
    "Fellgate",
    "Greaveston",
    "Hartsfield",
    "Kelbrook Bridge",
    "Lowmoor",
    "Netherby Cross",
    "Oakridge",
    "Pennock",
    "Ravensmoor",
    "Stainby",
]
SHOPS = [
    "Tesco Express",
    "the Co-op",
    "Boots",
    "B&M",
    "Lidl",
    "the Spar",
    "Home Bargains",
    "Greggs",
    "Superdrug",
    "the corner shop",
    "Aldi",
    "Sainsbury's Local",
    "the garage shop",
    "Iceland",
]
PUBS = [
    "The Red Lion",
    "The Crown",
    "The Fleece",
    "The Black Bull",
    "The Railway",
    "The Woolpack",
    "The Kings Arms",
    "The Navigation",
    "The Golden Fleece",
    "The Shoulder of Mutton",
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
AMOUNTS = [
    "£350",
    "£780",
    "£1,200",
    "£1,950",
    "£2,300",
    "£3,400",
    "£4,800",
    "£6,750",
    "£8,200",
    "£9,000",
]
SMALL_AMOUNTS = ["£20", "£35", "£40", "£60", "£85", "£120", "£150", "£200"]
INJURIES = [
    "a cut lip",
    "a black eye",
    "swelling to the cheek",
    "bruising to the arms",
    "a broken nose",
    "a cut above the eye",
    "bruised ribs",
    "a split lip",
    "a swollen jaw",
    "bruising to the neck and shoulders",
]
APPS = [
    "WhatsApp",
    "Instagram",
    "Snapchat",
    "Facebook",
    "TikTok",
    "Facebook Messenger",
    "Telegram",
]
CARS = [
    "grey Vauxhall Corsa",
    "blue Nissan Qashqai",
    "red Kia Picanto",
    "black Audi A3",
    "white Toyota Yaris",
    "silver Ford Focus",
    "green Skoda Octavia",
    "black Range Rover Evoque",
]
ITEMS = ["mobile phone", "purse", "wallet", "phone", "handbag"]
BIKES = [
    "mountain bike",
    "road bike",
    "BMX",
    "hybrid bike",
    "folding bike",
    "kids' bike",
]


def pools(rng):
    """Return the slot pools in a fixed order (list of pairs)."""
    dates = []
    for _ in range(40):
        day = rng.randint(1, 28)
        month = rng.randint(1, 12)
        dates.append(f"{day:02d}/{month:02d}")
    times = []
    for _ in range(40):
        hour = rng.randint(0, 23)
        minute = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        times.append(f"{hour:02d}{minute:02d}")
    refs = []
    for _ in range(60):
        refs.append(f"CAD {rng.randint(1000, 9999)}")
    return [
        ("date", dates),
        ("time", times),
        ("ref", refs),
        ("month", MONTHS),
        ("street", STREETS),
        ("town", TOWNS),
        ("shop", SHOPS),
        ("pub", PUBS),
        ("amt", AMOUNTS),
        ("amt_small", SMALL_AMOUNTS),
        ("inj", INJURIES),
        ("app", APPS),
        ("car", CARS),
        ("item", ITEMS),
        ("bike", BIKES),
        ("age_a", [str(a) for a in range(21, 57)]),
        ("age_old", [str(a) for a in range(71, 94)]),
        ("age_teen", ["16", "17"]),
        ("age_child", [str(a) for a in range(11, 16)]),
    ]


# ---------------------------------------------------------------------------
# Victim Support caseworkers: needs-assessment summaries after a first call.
# ---------------------------------------------------------------------------
CASEWORKER = [
    (
        "VWI",
        "da",
        "Needs assessment completed by phone. {Cl} {f} ({age_a}) was assaulted by her partner {m} at their home on {date}; he punched her several times leaving {inj}. They have lived together four years. {Cl} wants help with emergency housing and a referral for counselling. Safety plan discussed.",
    ),
    (
        "VWO",
        "",
        "First contact call. SU was pushed over by an unknown man outside {shop} on {street} after she asked him to stop swearing in front of her children. No injuries. SU is anxious about going back to the area and would like some emotional support calls.",
    ),
    (
        "BUR",
        "",
        "{Cl}'s house on {street} was broken into while she was at work; laptop, jewellery and {amt_small} in cash taken. {Cl} lives alone, no suspect identified. Wants help with a lock upgrade through the target hardening scheme and some reassurance.",
    ),
    (
        "BUR",
        "da",
        "{Cl} reports her ex-husband {m} let himself into her flat with a key he kept after the separation and took her passport and the children's birth certificates. Divorce was finalised last year. {Cl} wants the locks changed and advice on a non-molestation order.",
    ),
    (
        "STK",
        "da onl",
        "Needs assessment. V ended her relationship with {m} in {month}. Since then he has messaged her on {app} dozens of times a day, set up fake accounts to view her stories and turned up at her workplace twice. V feels watched all the time. Wants safety planning and help to report further contact.",
    ),
    (
        "FRD",
        "onl",
        "{Cl} ({age_old}) lost {amt} to a man she met on a dating website who said he was an engineer working abroad. They never met in person; all contact was through the site and then email. {Cl} feels embarrassed and has not told her family. Wants emotional support and help speaking to her bank.",
    ),
    (
        "ROB",
        "knife",
        "{Cl} was walking home from the station when two males approached; one pulled out a knife and demanded his phone and wallet. He handed them over and was not physically hurt. Since then he has not gone out after dark. Would like counselling and help replacing his bank cards.",
    ),
    (
        "CDA",
        "da",
        "SU's former partner smashed the windscreen and kicked the wing mirrors off her car outside her address on {date}. They split up in {month}. SU wants support with a non-molestation order and to be put in touch with the local IDVA service.",
    ),
    (
        "VWI",
        "hate",
        "{Cl} is a taxi driver. A passenger refused to pay, called him a racial slur and punched him through the open window, cutting his eyebrow. {Cl} has been off work since. Wants help with a CICA claim and would like to talk to someone about the racist abuse.",
    ),
    (
        "HOM",
        "da",
        "Bereaved family referral. {Cl}'s daughter {f} was killed by her husband at their home on {date}; he has been charged with murder. {Cl} is now caring for her two grandchildren. Needs: link to the homicide service, help with funeral costs, trauma support for the children.",
    ),
    (
        "HOM",
        "",
        "Homicide service referral. {Cl}'s son ({age_a}) died after being punched once outside {pub}; a man has been charged with manslaughter. Family in shock. Mum wants information on the court process and someone to talk to.",
    ),
    (
        "DDR",
        "",
        "{Cl}'s husband was killed when a van driver went through a red light and hit him on his motorbike. Driver charged with causing death by careless driving. {Cl} wants help understanding the inquest and the CPS process, plus financial advice.",
    ),
    (
        "SEX",
        "",
        "ISVA referral accepted. {Cl} ({age_a}) was raped by a man she met in a nightclub after he offered to walk her home. She has had a forensic medical at the SARC. Not ready for police contact but wants evidence stored. Needs counselling.",
    ),
    (
        "SEX",
        "csa",
        "Mum called on behalf of her daughter ({age_child}) who told a teacher that a neighbour had been touching her inappropriately when she went round to walk his dog. Police and children's social care involved. Mum wants advice on how to support her daughter and herself.",
    ),
    (
        "SEX",
        "da",
        "{Cl} disclosed that her husband has repeatedly forced her to have sex when she says no, throughout their twelve-year marriage. She has never reported it before. Wants to speak to an ISVA and explore leaving safely; two children at home.",
    ),
    (
        "TFP",
        "",
        "{Cl} had her purse lifted from her open shopping bag while queueing at the market. She did not feel a thing. Cards cancelled. {Cl} is {age_old} and now nervous about going into town alone. Would like a home visit and practical help.",
    ),
    (
        "BIC",
        "",
        "{Cl}'s bike was taken from the rack outside college even though it was locked; the lock had been cut through. He relies on it to get to his apprenticeship. Would like information on hardship grants and the cycle recycling scheme.",
    ),
    (
        "SHP",
        "",
        "Referral for the manager at {shop}. The same group of men have come in four times this month, filled bags with meat and alcohol and walked out without paying. No violence or threats, but staff are worn down. Manager asked for wellbeing support for her team.",
    ),
    (
        "OTH",
        "da",
        "{Cl} ({age_old}) reports her adult grandson, who lives with her, has been taking cash from her purse and selling her late husband's watches. She does not want him arrested but wants it to stop. Needs: adult safeguarding referral and advice about lockable storage.",
    ),
    (
        "FRD",
        "da",
        "SU found out her ex-partner had taken out three credit cards and a car loan in her name while they were together, around {amt} in total. She only found out when debt letters arrived at her new address. Wants help with creditors, an Action Fraud report and referral to the economic abuse project.",
    ),
    (
        "VWO",
        "",
        "{Cl} works on the checkout at {shop}. A customer threw a basket at her and grabbed her by the collar when she refused to sell him alcohol. No injury. {Cl} has been having panic attacks at work; wants support and advice on talking to her employer.",
    ),
    (
        "VWI",
        "",
        "{Cl} ({age_a}) was attacked by two men he did not know while walking his dog on {street}; kicked while on the ground, fractured cheekbone. Awaiting surgery. His wife is now his main carer. Needs help with sick pay and a CICA claim.",
    ),
    (
        "STK",
        "",
        "{Cl} is being harassed by a former colleague who keeps leaving letters through her door and notes on her car after she reported him at work. There was never any relationship between them. Wants help with a safety plan and information on a stalking protection order.",
    ),
    (
        "STK",
        "hate onl",
        "{Cl} is a gay man who runs a small cafe. Since a local Facebook post about him, he has received dozens of homophobic messages and comments, some saying he should not be allowed near children. {Cl} feels unsafe opening up. Wants emotional support and help reporting each message.",
    ),
    (
        "CDA",
        "hate",
        "{Cl}'s family home had 'go home' spray-painted across the front door and a window broken on {date}. The family are Polish and believe they were targeted because of that. Children frightened. Needs: help with repairs, housing officer contact and support for the kids.",
    ),
    (
        "CDA",
        "",
        "SU's allotment shed was set on fire overnight; all her tools and seedlings lost. Fire service say it was started deliberately. SU is {age_old} and says the allotment kept her going after her husband died. Would like someone to talk to and help contacting the allotment society.",
    ),
    (
        "VEH",
        "",
        "{Cl}'s car was stolen from outside his house overnight; the keys were inside so police think it was a keyless relay theft. He is a carer for his mum and needs the car for her appointments. Wants help with the insurer and a taxi voucher scheme.",
    ),
    (
        "VEH",
        "",
        "{Cl}'s work van was broken into on {street} and about {amt} of tools taken. He is self-employed and cannot work without them. Needs: advice on claiming, emotional support, possible hardship fund.",
    ),
    (
        "OTH",
        "",
        "{Cl}'s parcels have been going missing from her doorstep for weeks; a neighbour's doorbell camera caught a man taking two of them. {Cl} uses a wheelchair and relies on deliveries of medication. Wants help with a secure parcel box.",
    ),
    (
        "FRD",
        "",
        "{Cl} received a call from someone claiming to be her bank's fraud team and was talked into moving {amt} into a 'safe account'. All done over the phone. Bank investigating. {Cl} ({age_old}) very distressed and says she feels stupid. Needs reassurance and follow-up calls.",
    ),
    (
        "FRD",
        "onl",
        "{Cl} paid a deposit of {amt} by bank transfer for a car advertised on an online marketplace; the seller then disappeared and the listing was removed. {Cl} is a student and this was his savings. Wants help with the bank and emotional support.",
    ),
    (
        "DRG",
        "",
        "{Cl} has repeatedly reported that the flat below is being used to sell drugs; people knock at all hours and she has seen deals on the stairs. Police executed a warrant and two people were charged with supplying class A. {Cl} still worried about reprisals. Wants support and a housing review.",
    ),
    (
        "WPN",
        "",
        "{Cl} is a school caretaker who found a large kitchen knife hidden in the hedge by the school gates; a pupil was later arrested for possessing it. Nobody was threatened. {Cl} found it unsettling and would like to talk it through.",
    ),
    (
        "PUB",
        "",
        "{Cl} was at the bus station when a large group of men started fighting and throwing bottles; she was not hit but hid in the toilets with her daughter. Police treating it as violent disorder. {Cl} wants support for her and her daughter.",
    ),
    (
        "MSC",
        "",
        "{Cl}'s son (18) was nearly hit by a car being driven at high speed along the pavement on {street}; the driver has been arrested for dangerous driving. No injuries. {Cl} and son shaken; want information on the court case.",
    ),
    (
        "ASB",
        "",
        "{Cl} reports noise from the neighbours' parties most weekends, music until 4am and shouting in the garden. No threats or damage. {Cl} works nights and is exhausted. Wants mediation and help logging it with the council.",
    ),
    (
        "ASB",
        "",
        "SU says groups of teenagers gather outside her bungalow most evenings, sitting on her wall, smoking and playing music. Nothing has been damaged and no one has threatened her, but she feels uneasy. SU is {age_old}; would like a visit from the neighbourhood team.",
    ),
    (
        "OCR",
        "",
        "{Cl}'s dog was kicked repeatedly by a neighbour who said it barked too much; the RSPCA are prosecuting him under the Animal Welfare Act. {Cl} very upset, the dog is her only company. Wants emotional support.",
    ),
    (
        "VWI",
        "da",
        "{Cl} ({age_old}) was pushed down the stairs by her son during an argument about money and broke her wrist. Her son ({age_a}) has an alcohol problem and lives with her. {Cl} loves him and does not want him in prison but is scared. Needs adult social care involvement and support.",
    ),
    (
        "STK",
        "da",
        "{Cl} describes her husband controlling every part of her life: he keeps her bank card, checks her receipts, decides who she can see and takes the house phone with him when he goes out. No physical violence. {Cl} wants information about her options and a safe time for us to call.",
    ),
    (
        "VWO",
        "da",
        "SU's brother, who is staying with her, pushed her against the kitchen wall during an argument about rent money. No marks. SU has asked him to leave but he refuses. Wants advice on getting him out and a safety plan.",
    ),
    (
        "VWI",
        "",
        "{Cl} works as a nurse in A&E. A patient's relative punched her in the face when told to wait, leaving {inj}. Hospital security detained him. {Cl} wants support with the court process and time off work.",
    ),
    (
        "ROB",
        "",
        "{Cl} ({age_old}) was pushed over from behind on {street} and her handbag was pulled off her shoulder; she grazed both knees. Lives alone. Daughter says she has not been out since. Needs home visits, a personal alarm and help with cards and keys.",
    ),
    (
        "ROB",
        "",
        "{Cl}, a delivery rider, was knocked off his scooter by three teenagers who took his phone and the takeaway order. Bruised hip. {Cl} is worried about going back to work in the evenings. Would like emotional support and advice about his employer's insurance.",
    ),
    (
        "SEX",
        "",
        "{Cl} ({age_a}) met a man at a friend's barbecue and went back to his flat for a drink; he continued after she told him to stop. She was raped. She has reported it and he has been interviewed under caution. {Cl} wants ISVA support.",
    ),
    (
        "SEX",
        "",
        "{Cl} was sexually assaulted in a taxi on the way home from a wedding; the driver touched her breasts and tried to put his hand up her skirt. She got out at traffic lights. {Cl} wants support to make a statement and help to feel safe using taxis again.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s ex-wife has been sending her new partner long letters, turning up at the children's school when it is not her contact day and calling {cl}'s mother at night. {Cl} (male) is worried about the effect on the children and wants advice and a safety plan.",
    ),
    (
        "VWI",
        "da hate",
        "{Cl} is disabled and lives with her adult son, who calls her a 'useless cripple' and has pulled her out of her wheelchair, leaving bruising to her hips. Adult social care are arranging alternative care. {Cl} wants support and help with housing adaptations elsewhere.",
    ),
    (
        "VWO",
        "hate",
        "{Cl}, a Sikh man, was approached outside the gurdwara by a man who knocked his turban off and shouted religious abuse. No injury. {Cl} feels humiliated and has not been back since. Wants to talk to someone and information on the investigation.",
    ),
    (
        "CDA",
        "",
        "{Cl}'s car tyres were let down and the windscreen cracked with a brick overnight on {street}, along with five other cars in the road. No suspect. {Cl} is a community nurse and could not get to patients. Wants help with costs and some reassurance.",
    ),
    (
        "TFP",
        "",
        "{Cl}, a tourist staying in {town}, had her {item} taken from her bag on a crowded train; she only noticed when she got off. She has no other family in the UK. Needs help contacting her embassy and replacing documents.",
    ),
    (
        "BIC",
        "",
        "{Cl}'s son's {bike} was stolen from outside the library while he was inside for ten minutes; it was not locked. Son (12) very upset as it was a birthday present. Mum asked for some support for him and advice on bike marking.",
    ),
    (
        "SHP",
        "",
        "{Cl} runs a small independent pharmacy. A woman has been stealing baby formula and vitamins several times a week; staff recognise her from CCTV. No aggression. {Cl} is struggling with the losses and wants to talk about the impact on the business.",
    ),
    (
        "OTH",
        "",
        "{Cl}'s wheelie bin and garden furniture were taken from her front garden over the weekend. {Cl} is {age_old} and lives alone; she says it has made her feel unsafe at home. Wants reassurance and a home security check.",
    ),
    (
        "OTH",
        "",
        "{Cl}'s employer reported that a colleague had been stealing from the staff lockers; {cl} lost her engagement ring and {amt_small}. The colleague has been suspended. {Cl} feels betrayed and anxious at work. Wants support.",
    ),
    (
        "FRD",
        "onl",
        "{Cl}'s email account was hacked and the hacker sent messages to all her contacts asking for money; two friends paid before she noticed. {Cl} feels responsible. Wants help securing her accounts and advice on what to tell her friends.",
    ),
    (
        "FRD",
        "",
        "{Cl} is a small business owner who was sent a forged invoice through the post from a supplier and paid {amt} to the wrong account. Bank has refused a refund. {Cl} struggling to pay staff. Wants emotional support and advice about the Financial Ombudsman.",
    ),
    (
        "DRG",
        "",
        "{Cl}'s teenage son was found with cannabis and pills after being stopped near the park; he has been charged with possession with intent to supply. {Cl} is worried someone older is using him. Wants family support and advice.",
    ),
    (
        "WPN",
        "",
        "{Cl} was on a bus when police boarded and arrested the young man sitting behind her, who had a loaded air pistol in his bag. He had not threatened anyone. {Cl} keeps thinking about what could have happened. Wants someone to talk to.",
    ),
    (
        "PUB",
        "hate",
        "{Cl}, a Black woman, was in a queue at {shop} when another customer started shouting racist abuse at her and telling her to leave the country. No physical contact. Other customers stepped in. {Cl} wants emotional support and information about the hate crime process.",
    ),
    (
        "MSC",
        "",
        "{Cl} is a witness in a trial and was approached by the defendant's friend who offered her money to change her evidence. She reported it immediately; the friend has been charged with perverting the course of justice. {Cl} wants witness support and reassurance.",
    ),
    (
        "ASB",
        "",
        "{Cl} complains about a neighbour's dog barking all day while the neighbour is at work and about rubbish left in the shared alley. No threats, no damage. {Cl} wants to know what the council can do.",
    ),
    (
        "OCR",
        "",
        "{Cl} came to us after reporting that she had been the victim of a crime but did not want to discuss what happened on the phone. She says police are dealing with it. She would like a face-to-face appointment with a female worker.",
    ),
    (
        "HOM",
        "knife",
        "Bereaved mother referral. {Cl}'s son ({age_a}) was stabbed to death in the street on {date} after an argument over a parked car. Two men charged with murder. {Cl} wants help preparing for the trial and family liaison support for his younger siblings.",
    ),
    (
        "DDR",
        "",
        "{Cl}'s daughter (19) suffered life-changing injuries when a drink driver crashed into the taxi she was in. Driver charged with causing serious injury by dangerous driving. {Cl} is now her carer and wants help with benefits and counselling.",
    ),
    (
        "DDR",
        "",
        "Bereaved family referral. {Cl}'s father ({age_old}) was knocked down and killed on a pedestrian crossing by a driver who was using his phone. Charged with causing death by dangerous driving. Family want support through the court process.",
    ),
    (
        "VWI",
        "da",
        "{Cl}'s husband threw a boiling kettle at her during an argument, causing burns to her arm. She was treated at the burns unit. He has been bailed not to contact her. {Cl} wants help with emergency housing, childcare and the criminal justice process.",
    ),
    (
        "VWO",
        "da knife",
        "{Cl} says her partner came home drunk, took a knife from the drawer and told her that if she ever left he would kill her and then himself. He put the knife down when the children woke. No injuries. {Cl} wants a refuge space out of area.",
    ),
    (
        "STK",
        "da",
        "{Cl} and her ex-partner separated six months ago. He drives past her house several times a day, parks outside her work and has left notes on her windscreen saying he will never let her go. {Cl} wants a safety plan and advice on a stalking protection order.",
    ),
    (
        "BUR",
        "",
        "{Cl}'s home was burgled while the family were on holiday; the burglars took the children's games consoles and {cl}'s late mother's jewellery. {Cl} is devastated about the jewellery. Wants help with the insurer and support for the kids who are scared at night.",
    ),
    (
        "BUR",
        "",
        "Business burglary. {Cl} runs a community cafe which was broken into overnight; the till float and a donated laptop were stolen. Volunteers are upset. {Cl} wants advice on security funding and support for the volunteer team.",
    ),
    (
        "VEH",
        "da",
        "{Cl}'s estranged husband took her car from outside her mother's house using the spare key and has refused to bring it back; it is in her name and she needs it for work. He says she 'owes him'. {Cl} wants advice and support to deal with him safely.",
    ),
    (
        "CDA",
        "da",
        "{Cl}'s ex-partner poured paint stripper over her car and cut the washing line in her garden while she was at work. She is sure it was him because he texted afterwards saying 'that's just the start'. {Cl} wants a safety plan and help with a non-molestation order.",
    ),
    (
        "VWI",
        "",
        "{Cl} was assaulted by the doorman at {pub} when he was being asked to leave; he was thrown to the floor and suffered a broken wrist. {Cl} wants advice about making a complaint and support with the criminal case.",
    ),
    (
        "VWI",
        "da",
        "{Cl} (61) was hit with a frying pan by her adult daughter during an argument about the daughter's drinking; she needed stitches to her head. {Cl} is frightened of her daughter but wants her to get help. Needs support and information about options.",
    ),
    (
        "STK",
        "onl",
        "{Cl} is a local councillor who is receiving hundreds of abusive comments and emails, some naming her children's school. Police investigating malicious communications. {Cl} wants emotional support and advice on personal safety.",
    ),
    (
        "FRD",
        "da onl",
        "{Cl}'s partner used her laptop to log into her building society account and move {amt} into his gambling accounts without her knowing. She found out when she checked her balance. {Cl} has now left him. Wants help with the bank and a referral to an IDVA.",
    ),
    (
        "OTH",
        "onl",
        "{Cl} received an email from someone claiming to have hacked her webcam and threatening to send intimate footage to all her contacts unless she paid; she sent {amt_small} in bitcoin before realising it was a scam. Police have recorded it as blackmail. {Cl} is mortified. Wants reassurance and help securing her devices.",
    ),
    (
        "ASB",
        "",
        "{Cl} reports a neighbour who repeatedly parks across her drive and leaves his engine running late at night. No threats or damage. {Cl} is worn down and asked what can be done.",
    ),
    (
        "OCR",
        "",
        "{Cl}'s horse was found with untreated injuries after she left it in the care of a livery yard; the yard owner is being prosecuted for animal welfare offences. {Cl} very distressed. Wants emotional support.",
    ),
    (
        "SEX",
        "csa",
        "{Cl} (now {age_a}) has disclosed that his former football coach sexually abused him when he was 12 and 13. Police have opened an investigation after other men came forward. {Cl} wants counselling and ISVA support through the case.",
    ),
    (
        "SEX",
        "",
        "{Cl} was filmed without her consent in a changing cubicle at a gym; staff found a hidden camera. Police investigating voyeurism. {Cl} feels violated and has stopped going out. Wants counselling and updates on the case.",
    ),
    (
        "VWO",
        "",
        "{Cl} is a bus driver who was threatened by a passenger who said he would come back and kill him after being refused travel. The man had no weapon and left. {Cl} believed him and is off work with anxiety. Wants support.",
    ),
    (
        "VWO",
        "",
        "{Cl}, a parking attendant, was shoved by a motorist while issuing a ticket. No injury. {Cl} has been shoved before and is thinking of leaving the job. Wants support and information about his employer's duties.",
    ),
    (
        "VWI",
        "hate",
        "{Cl}, who is transgender, was punched and kicked by two men at a bus stop after they heard her voice; she has a fractured finger and {inj}. {Cl} is terrified of going out. Wants counselling and support through the case.",
    ),
    (
        "DRG",
        "",
        "{Cl} is the landlord of a terraced house where police found a cannabis grow of over 200 plants; the tenants have been charged with producing cannabis. {Cl} faces huge repair costs and is stressed. Wants emotional support.",
    ),
    (
        "PUB",
        "",
        "{Cl} works at a late-night takeaway where a drunk man stood on the counter shouting and swearing at staff, frightening customers. Nobody touched. He was arrested for a public order offence. {Cl} wants support for herself and her young staff.",
    ),
    (
        "MSC",
        "",
        "{Cl} sold a handbag to a second-hand shop and was later told it was stolen property that she had been given by a friend; the friend has been charged with handling stolen goods. {Cl} is anxious about being involved. Wants support as a witness.",
    ),
    (
        "WPN",
        "",
        "{Cl} runs a youth club and was told by another member that a 17-year-old had a knuckle duster in his jacket; police found it and he was arrested. Nobody was threatened. {Cl} wants advice on supporting the young people.",
    ),
    (
        "CDA",
        "",
        "{Cl}'s front door was set alight with accelerant through the letterbox in the early hours; the family escaped via the back door. Arson investigation ongoing. No known reason. Family now in temporary accommodation. Needs rehousing support and trauma counselling.",
    ),
    (
        "SHP",
        "",
        "{Cl} is a security guard at {shop}. He deals with shoplifting daily; the latest was a man who walked out with a basket of spirits. No one was hurt. {Cl} says the constant stress is getting to him and asked about counselling.",
    ),
    (
        "BIC",
        "",
        "{Cl}'s two bikes were stolen from the communal bike store in her block of flats; the store is shared with 20 other flats. {Cl} cycles to work as a cleaner. Wants help replacing it and an update from the police.",
    ),
    (
        "TFP",
        "",
        "{Cl}'s wallet was taken from his jacket pocket in a busy pub; he suspects a man who kept bumping into him at the bar. No force used. {Cl} is {age_old} and worried about his bank details. Wants practical help.",
    ),
    (
        "VEH",
        "",
        "{Cl}'s motorbike was stolen from his garage block overnight; CCTV shows two youths wheeling it away. It was his only transport to work. Wants help with the insurer and some emotional support.",
    ),
    (
        "VWI",
        "",
        "{Cl}, a shop worker, was punched in the mouth by a customer who had been asked for ID; she lost a tooth. {Cl} is frightened to go back to work and wants support and help with a CICA claim.",
    ),
    (
        "FRD",
        "onl",
        "{Cl} ({age_old}) was cold-called and then sent an email link by someone claiming to be from her broadband provider; she gave remote access to her computer and {amt} was taken from her savings. {Cl} feels very foolish. Wants practical help and someone to talk to.",
    ),
    (
        "OTH",
        "",
        "{Cl} received letters demanding {amt} or her personal photos would be sent to her employer; the sender claims to have copies from an old phone she sold. Police investigating blackmail. {Cl} very anxious. Wants emotional support.",
    ),
    (
        "HOM",
        "",
        "{Cl}'s brother was killed in a fight at a house party; the man responsible has been charged with manslaughter. {Cl} is struggling to support their parents and wants help with the media attention and the inquest.",
    ),
    (
        "SEX",
        "da",
        "{Cl} disclosed to her GP that her partner pressures her into sex by threatening to leave her with no money and take the car. She says she goes along with it because she is scared of him. Referred for ISVA support and a safety plan.",
    ),
    (
        "VWO",
        "da",
        "{Cl}'s partner grabbed her by the arm and pulled her out of the car when she tried to leave during a row. No visible injury. {Cl} has two small children and is scared of what he will do next. Wants refuge information and a safe phone number.",
    ),
    (
        "STK",
        "",
        "{Cl}, a music teacher, is being harassed by a pupil's father who rings the school daily and waits outside her house because he blames her for his son's exam results. No relationship. Wants reassurance and a safety plan.",
    ),
    (
        "CDA",
        "hate",
        "{Cl} is the imam at a small mosque where the windows were smashed and bacon was left on the steps on {date}. Congregation frightened. Police treating it as religiously motivated. {Cl} wants support for the community and advice on security grants.",
    ),
    (
        "OTH",
        "da",
        "{Cl}'s husband pawned her gold wedding jewellery and her mother's necklace without asking while she was in hospital. They still live together. {Cl} wants to know her options and would like to talk to someone about his gambling and how it affects her.",
    ),
    (
        "VWI",
        "da",
        "{Cl} ({age_old}) lives with her daughter and son-in-law. Her son-in-law shoved her into the door frame when she complained about the noise, causing a cut to her forehead that needed glue. {Cl} is thinking of going into sheltered housing.",
    ),
    (
        "ROB",
        "knife",
        "{Cl} was working alone in the petrol station kiosk when a man came in with a knife, demanded cash from the till and threatened to stab her. She handed over the money. No injuries. {Cl} has not been able to work since; wants counselling.",
    ),
    (
        "MSC",
        "da",
        "{Cl}'s ex-husband phoned and told her he would come round and smash every window in her house if she did not drop the court case over the children. He has not done it yet. {Cl} is frightened; wants advice and support.",
    ),
    (
        "PUB",
        "",
        "{Cl} was on a night out when two men started a fight near her group; one threw a chair across the bar. {Cl} was not struck but was badly frightened. Police charged both with affray. Wants support as a witness.",
    ),
    (
        "ASB",
        "",
        "{Cl} says children from the next street kick footballs against her house every evening and ring her doorbell and run away. No damage has been caused. {Cl} is {age_old} and finding it stressful. Wants someone to speak to the parents.",
    ),
    (
        "BUR",
        "da",
        "{Cl}'s son ({age_a}), whom she had asked to move out, climbed in through her kitchen window while she was at church and took her television and her late husband's tools to sell. {Cl} wants him to get help with his drug use but also wants to feel safe.",
    ),
]
# ---------------------------------------------------------------------------
# Police officers' free text on the referral form at the end of a shift.
# ---------------------------------------------------------------------------
POLICE = [
    ("VWO", "da", "ex bf attended addr, pushed v, no inj, dv, dash medium"),
    (
        "VWI",
        "da",
        "dom. husb punched ip in face x2 during arg over money, swelling l eye, ip declined ambo, susp arr, dash high, marac ref",
    ),
    (
        "ROB",
        "knife",
        "ip robbed at knifepoint on {street} approx {time}hrs, 2x males dark hoodies, phone + cash taken, no inj, cctv trawl",
    ),
    ("TFP", "", "ip had phone taken from back pocket on the bus, didnt feel it, no susp, ip elderly + upset"),
    ("BIC", "", "push bike stolen from front garden o/n, not locked, no cctv, ip wants vs contact"),
    ("VEH", "", "ip veh {car} stolen from driveway o/n, keys in house, relay theft suspected, no cctv"),
    ("VEH", "", "van broken into o/n on {street}, tools approx {amt} taken, rear door lock punched"),
    (
        "CDA",
        "",
        "front windows at ip addr smashed by youths throwing stones, no inj, ip {age_old} + shaken, 3rd time this month",
    ),
    (
        "CDA",
        "da",
        "father of ips kids kicked front door in after she refused him access, frame damaged, did not enter, no assault. dash std, susp made off",
    ),
    ("PUB", "hate", "male shouting racist abuse at ip + family in park, no physical, ip frightened, racially agg s4a"),
    (
        "VWI",
        "knife",
        "fight o/s {pub}, ip slashed across forearm w/ broken bottle by unk male, ambo conveyed, stitches, susp outstanding",
    ),
    ("VWO", "", "ip (paramedic) spat at + kicked by pt during treatment, no inj, pt arr assault emergency worker"),
    (
        "SHP",
        "",
        "shop theft {shop}, male took 6x razors concealed in coat, left w/o paying, staff did not approach, cctv avail",
    ),
    (
        "DRG",
        "",
        "ip reports dealing from flat next door, callers all hrs, warrant executed today, 2x arr supply class a, ip worried re reprisals",
    ),
    (
        "WPN",
        "",
        "male seen in park w/ machete in waistband, no threats made, detained + arr poss offensive weapon. ip = reporting dog walker, shaken",
    ),
    (
        "MSC",
        "",
        "veh driven at speed along pavement on {street}, ip + 2 kids had to jump out of the way, no one hit, driver arr dangerous driving",
    ),
    ("STK", "da", "ex gf keeps turning up at ips work + home, 30+ calls a day, ip male, harassment, dash medium"),
    ("VWI", "da", "dom between 2 female partners, ip bitten on arm, bite mark visible, susp arr, both intox"),
    (
        "ASB",
        "",
        "youths on bikes in precinct swearing + being rowdy, no offences disclosed, asb team aware, ip wants contact",
    ),
    (
        "VWO",
        "da knife",
        "husb held kitchen knife to ips throat, said hed kill her if she left, no inj, arr ttk, dash high, marac",
    ),
    ("BUR", "", "res burg {street}, rear window forced, tv + jewellery taken, ip away at time, soco attended"),
    ("BUR", "", "garden shed padlock cut o/n, 2x mountain bikes + strimmer taken, ip vulnerable adult, soco req"),
    ("ROB", "", "ip pushed to ground by 2 youths who grabbed his bag + ran, grazed hands, ip 15, parents informed"),
    ("TFP", "", "ips {item} snatched from her hand by male on pushbike on {street}, no contact w/ ip, no inj"),
    (
        "FRD",
        "",
        "courier fraud, ip ({age_old}) called by 'police officer', told to withdraw {amt} + hand to courier at door, all by phone, funds gone",
    ),
    ("FRD", "onl", "ip paid {amt} for puppy advertised online, seller stopped replying, no dog, ad taken down"),
    (
        "OTH",
        "",
        "making off w/o payment, taxi fare {amt_small}, passenger ran off on {street}, ip = driver, no threats",
    ),
    (
        "OTH",
        "",
        "theft by employee, ip (shop owner) reports staff member taking cash from till over 3 months approx {amt}, staff member dismissed",
    ),
    ("CDA", "", "ip car keyed down both sides while parked o/s work, no susp, no cctv"),
    ("VEH", "", "cat converter cut from ips car o/n on drive, neighbours heard grinding approx {time}"),
    ("VWI", "", "ip punched by unk male in queue at takeaway, broken nose, susp left in {car}, partial vrm"),
    (
        "VWO",
        "hate",
        "ip (wears hijab) had headscarf pulled by unk female at bus stop who shouted anti muslim abuse, no inj, cctv req",
    ),
    (
        "PUB",
        "",
        "2x groups fighting in town centre approx {time}, bottles thrown, ip = member of public caught up in it, not struck, violent disorder",
    ),
    ("MSC", "", "male breached bail conditions by attending {street}, arr, no contact w/ ip, ip informed"),
    (
        "MSC",
        "da",
        "ex p breached bail (not to enter ips road) seen at end of her road, no contact made, arr, ip anxious, dash medium",
    ),
    (
        "OCR",
        "",
        "ip reports neighbour leaving 2 dogs shut in yard w/o food/water for days, rspca informed, animal welfare offence",
    ),
    (
        "HOM",
        "knife",
        "murder {street}, male ({age_a}) stabbed x1 chest, pronounced deceased at scene, fam to be ref to homicide service, 1x arr",
    ),
    (
        "DDR",
        "",
        "rtc {street}, ped ({age_old}) hit by car on zebra crossing, died in hosp, driver arr causing death by careless driving, fam ref",
    ),
    (
        "DDR",
        "",
        "fail to stop rtc, cyclist seriously inj (fractured pelvis + skull), driver traced + arr causing serious injury by dangerous driving",
    ),
    ("SEX", "", "ip touched on bottom + groin by unk male on crowded tram, male got off next stop, cctv req, ip upset"),
    ("SEX", "", "male exposed himself to ip + friend on canal towpath approx {time}, ip 19, descr circulated"),
    (
        "SEX",
        "onl csa",
        "adult male messaging ips 13yo daughter on {app}, sent sexual pics + asked her to send pics back, phone seized, enquiries ongoing",
    ),
    (
        "VWI",
        "da",
        "ip assaulted by son ({age_a}) when she refused him money, bruising to arms + face, son arr, ip {age_old}, asc ref",
    ),
    (
        "STK",
        "onl",
        "ip receiving abusive msgs on instagram from unk account threatening to post her home addr, ip 22, screenshots obtained",
    ),
    ("VWI", "", "ip (door staff) punched + headbutted by ejected customer, cut above eye, susp arr"),
    ("CDA", "", "ips garage door set alight, fire service extinguished, arson, no inj, no susp"),
    (
        "PUB",
        "hate",
        "ip (trans woman) followed down street by 3 males shouting transphobic abuse, no physical contact, ip hid in shop, s5 + hate",
    ),
    ("VWO", "da", "dom, ip + partner arg, partner threw mug at ip, missed, no inj, ip doesnt support, dash std"),
    (
        "ASB",
        "da",
        "verbal arg between ip + husb over kids, no offences disclosed, both calm on arrival, dash completed std risk",
    ),
    (
        "VWI",
        "da knife",
        "ip (m) stabbed in hand by wife w/ scissors during arg, 4 stitches, wife arr, ip reluctant, dash medium",
    ),
    ("VWO", "", "ip (bus driver) punched through cab screen gap, no inj, susp left bus, cctv seized"),
    (
        "VWI",
        "hate",
        "ip attacked by 2 males shouting homophobic slurs as he left gay bar, kicked to head, conc, ambo, susp o/s",
    ),
    (
        "ROB",
        "",
        "street robbery, ip ({age_child}) held against wall by 3 youths, phone + headphones taken, no inj, school informed",
    ),
    (
        "ROB",
        "knife",
        "business robbery at {shop}, male w/ knife demanded cash from till, staff member threatened, approx {amt_small} taken, no inj",
    ),
    (
        "ROB",
        "knife",
        "agg burg, 2 males forced entry to ips home at {time}, one held knife to ips face + demanded car keys, keys + cash taken, no inj",
    ),
    (
        "BUR",
        "da",
        "ex p forced entry via back door while ip at work, took her laptop + jewellery, seen on neighbour doorbell cam, dash medium, arr sought",
    ),
    ("VEH", "", "twoc, ips {car} taken from o/s house by youths, found burnt out on {street} later"),
    ("VEH", "", "theft from veh, ips car window smashed, handbag taken from passenger seat, {street} car park"),
    (
        "TFP",
        "",
        "pickpocket at market, ips wallet taken from rucksack, ip didnt notice til later, cards used shortly after",
    ),
    ("BIC", "", "ips {bike} taken from bike rack o/s train station, d-lock cut, cctv req from network rail"),
    ("BIC", "", "childs bike stolen from o/s {shop} while parent inside, not locked, approx 5 mins"),
    (
        "SHP",
        "",
        "repeat shop theft at {shop}, female took meat + cheese, known to staff, no violence, ip = manager wants support for staff",
    ),
    (
        "SHP",
        "",
        "shoplifting {shop}, 2 youths took energy drinks + sweets, ran off, staff member chased but lost them, no contact",
    ),
    (
        "OTH",
        "",
        "theft of mail, ips post + bank letters taken from communal letterboxes in block, several residents affected",
    ),
    ("OTH", "", "fuel drive off at petrol station, {car} filled up {amt_small} + left, ip = cashier"),
    (
        "CDA",
        "da",
        "ex h smashed ips phone + laptop at her addr when he came to collect kids, no assault, ip scared, dash medium",
    ),
    ("CDA", "hate", "anti semitic graffiti sprayed on synagogue wall o/n, swastikas, ip = caretaker, cctv req"),
    (
        "DRG",
        "",
        "ip reports cannabis being grown in loft of house next door, smell, warrant executed, 1 arr production",
    ),
    (
        "DRG",
        "",
        "stop search {street}, male found w/ 20 wraps crack + cash + 2 phones, arr pwits, ip = resident who reported dealing",
    ),
    (
        "WPN",
        "",
        "arr male for poss bladed article in {shop}, knife seen in pocket by security, no threats made, ip = guard, ok",
    ),
    (
        "WPN",
        "",
        "firearms incident, shotgun found in car of male stopped on {street}, no one threatened, ip = reporting neighbour who saw it",
    ),
    (
        "PUB",
        "",
        "drunk male shouting + swearing at staff in {shop}, threatened to 'sort them out', left before police, s4 pol, ip = manager",
    ),
    (
        "PUB",
        "",
        "neighbour dispute, male on {street} shouting abuse at ip + waving arms in street, ip alarmed + distressed, s5, no physical",
    ),
    (
        "MSC",
        "",
        "ip threatened by neighbour who said he would set fire to her car, no damage done, arr threats to cause criminal damage",
    ),
    (
        "MSC",
        "",
        "male arr for handling stolen goods, ips stolen tools (reported last month) found in his garage, ip = van owner",
    ),
    (
        "FRD",
        "onl",
        "ips facebook acct hacked, hacker posted fake investment ad + friends sent {amt} total, ip distressed",
    ),
    ("FRD", "", "identity fraud, 2 mobile contracts taken out in ips name, ip found out via credit check, no susp"),
    (
        "ASB",
        "",
        "noise complaint, loud music from flat above since 2300, ip elderly, no offences, words of advice to occupants",
    ),
    (
        "ASB",
        "",
        "group of youths gathering in park shelter drinking, ip says intimidating, no offences seen, dispersed",
    ),
    (
        "OCR",
        "",
        "ip = livery yard worker who saw owner beating his horse w/ a stick, owner reported under animal welfare act, ip upset",
    ),
    (
        "HOM",
        "da",
        "dom murder. female ({age_a}) found deceased at home addr on {street}, partner arr at scene, fam to be referred, previous dash high",
    ),
    (
        "HOM",
        "",
        "sus death now murder inv, male ({age_old}) found at home w/ head injuries, grandson assisting police, fam ref to homicide service",
    ),
    (
        "HOM",
        "",
        "manslaughter, worker killed at building site after scaffold collapse, company under investigation, wife + kids to be referred",
    ),
    (
        "DDR",
        "",
        "fatal rtc, motorcyclist killed after car pulled out of junction, driver arr causing death by careless driving, fam ref",
    ),
    (
        "DDR",
        "",
        "rtc, ip ({age_child}) knocked off bike by speeding car, serious head inj, driver arr causing serious injury by dangerous driving",
    ),
    ("SEX", "", "rape reported by ip (21), susp = taxi driver who drove her home from town, sarc, susp arr"),
    (
        "SEX",
        "csa",
        "ip (14) sexually assaulted by male (approx 40) at swimming baths, touched under costume, male detained by staff",
    ),
    (
        "SEX",
        "da",
        "ip reports husb raped her last night after she refused sex, ip wants to leave, dash high, marac, sarc",
    ),
    ("VWI", "da", "dom, ip (m, {age_a}) assaulted by his adult son w/ a bat, broken arm, son arr, no prev"),
    ("VWI", "da", "ip's bf (same sex) headbutted him during arg, nose bleeding, susp arr, dash medium, ip 28"),
    ("VWO", "da", "dom, stepson ({age_a}) pushed ip into sofa + raised fist, no inj, ip ({age_old}) wants him out"),
    ("VWO", "", "ip (security guard) pushed by male he asked to leave, no inj, male left"),
    ("VWO", "", "ttk, ip threatened by neighbour who shouted hed kill him over parking, no weapon, ip believes it"),
    (
        "STK",
        "",
        "harassment, ip being followed home from work by male she doesnt know, 3rd time this wk, descr obtained",
    ),
    (
        "STK",
        "da",
        "ex p sending letters + leaving flowers on doorstep despite being told to stop, ip 54, separated 1yr, dash std",
    ),
    (
        "STK",
        "da onl",
        "ex bf sent ip 200+ msgs on {app} in 2 days, threatening to post intimate pics, ip 19, dash medium",
    ),
    (
        "STK",
        "da",
        "ccb. ip says partner controls money, stops her seeing friends + family, checks where she goes, dash high, marac",
    ),
    ("VWI", "da", "dom, ip pushed down stairs by partner, bruising to back + legs, preg 20 wks, dash high, ambo"),
    ("VWO", "da", "dom between brothers, older bro slapped ip (21), no inj, both live w/ parents"),
    ("CDA", "", "bus shelter smashed on {street}, ip = bus company, no susp"),
    ("ROB", "", "ip mugged o/s cashpoint, male grabbed his arm + took {amt_small} he had just withdrawn, no inj"),
    ("BUR", "", "ip woke to find male in her bedroom at {time}, male fled w/ her handbag, no contact, ip v shaken"),
    ("VWI", "", "ip (taxi driver) punched in back of head by passenger, swelling, passenger fled"),
    ("VWO", "hate", "ip spat at by unk male who shouted racist abuse on bus, no inj, cctv seized"),
    (
        "SEX",
        "",
        "ip (19) groped by male at festival, grabbed breasts from behind, male ejected by security, details obtained",
    ),
    ("ASB", "", "ip reports neighbours kids playing football against her fence, no damage, ip {age_old}, advice given"),
    (
        "OCR",
        "",
        "ip ({age_old}) reports crime but wouldnt disclose details to call handler, requests callback, nothing further",
    ),
    (
        "MSC",
        "csa",
        "male arr for possessing indecent images of children, ip = estranged wife who found them on his old laptop, no prev da",
    ),
    ("VWO", "", "ip (shop worker) punched at by customer who missed, no inj, customer left"),
    (
        "VWO",
        "ms",
        "car wash on {street}, 4 males found living in shipping container on site, wages withheld by boss, nrm ref, ip = 1 of 4",
    ),
    ("VWI", "da", "ip (17) punched in face by her bf (18) at his addr, swollen eye, dash medium, parents informed"),
    ("VWO", "", "ip (15) hit on arm by his gf (15) during arg at school, no inj, school dealing, not dv due to age"),
    (
        "STK",
        "da",
        "ex p repeatedly ringing ips mobile + landline, 60+ calls/day, threatening to 'see her soon', dash medium",
    ),
    (
        "VWO",
        "da hba",
        "ip (20) slapped by her father after refusing to marry man chosen by family, says family honour, dash high, hba",
    ),
    ("VWI", "knife", "ip stabbed in leg by unk male during argument in queue outside club, ambo, susp arr"),
    (
        "VWO",
        "knife",
        "ip threatened w/ knife by male in park after her dog ran at his, pulled blade + said hed cut her, no inj, male left",
    ),
    ("FRD", "onl", "ip scammed via dating app by 'soldier abroad', sent {amt} over 4 months, no contact now, ip 63"),
    (
        "PUB",
        "hate",
        "ip (wheelchair user) abused by male at bus stop calling him 'spastic' + telling him to die, no physical, s5 disability hate",
    ),
    ("TFP", "", "ips handbag taken from back of chair in cafe, didnt notice til she left, no cctv"),
    ("SHP", "", "theft from {shop}, male took laptop from display + ran, no staff contact"),
    ("OTH", "", "theft of catering equip from church hall left unlocked, ip = vicar, approx {amt}"),
    (
        "VEH",
        "da",
        "ip reports ex p took her {car} w/o consent using spare key he kept, refusing to return it, dash std",
    ),
    ("CDA", "da", "ips mum (lives w/ ip) smashed up ips bedroom + tv during arg, no assault, ip 23, dash std"),
]
# ---------------------------------------------------------------------------
# IDVA / ISVA / safeguarding workers: relationship-heavy wording.
# ---------------------------------------------------------------------------
SAFEGUARDING = [
    (
        "STK",
        "da",
        "IDVA intake. {Cl} describes her husband checking her phone every night, controlling all the money including her wages, stopping her seeing her sister and timing her trips to the shop. {Cl} says he has never hit her. High fear. Wants to explore options around leaving.",
    ),
    (
        "STK",
        "da",
        "{Cl}, who is in a relationship with another woman, says her girlfriend {f2} threatens to out her to her family and employer if she ends things, goes through her post and decides what she wears. No violence. {Cl} wants support to leave and help with the joint tenancy.",
    ),
    (
        "VWI",
        "da",
        "Older person safeguarding. Mrs {sur} ({age_old}) has unexplained bruising to both upper arms; she told the district nurse her daughter-in-law 'grabs her when she is slow'. The daughter-in-law lives in the house and is the main carer. Section 42 enquiry opened.",
    ),
    (
        "VWO",
        "",
        "Adult safeguarding. Mr {sur} ({age_old}) told his day centre that his paid carer from the agency shouts at him and shoved him back into his chair. No injuries found. The carer is not related to him. Agency notified and carer removed from the rota.",
    ),
    (
        "OTH",
        "",
        "Safeguarding referral: an agency home carer is suspected of taking cash and a gold ring from Mrs {sur}'s bedside drawer over several visits. Mrs {sur} ({age_old}) lives alone and has no family nearby. The carer has been suspended pending police enquiries.",
    ),
    (
        "FRD",
        "da onl",
        "{Cl}'s son ({age_a}) has been using her online banking to move money into his own account, about {amt} over six months. {Cl} ({age_old}) only found out when her rent payment bounced. {Cl} consents to a police referral; adult safeguarding involved.",
    ),
    (
        "VWI",
        "da",
        "Joint IDVA/young people's worker case. {Cl} (17) was punched in the face by her boyfriend (19), causing a black eye, after she refused to delete a male friend's number. She lives with her parents. {Cl} wants support at college and a safety plan for the journey home.",
    ),
    (
        "SEX",
        "da csa",
        "ISVA referral. {Cl} ({age_teen}) disclosed that her boyfriend ({age_teen}) had sex with her while she was asleep after a party at his house. {Cl} has told her mum and wants to report to police with support. Referred to the SARC for advice.",
    ),
    (
        "VWO",
        "",
        "School safeguarding lead: Year 10 pupil (14) was slapped by her boyfriend (15) outside school and he keeps grabbing her arm to stop her talking to other boys. No injury. Both pupils attend the same school; parents informed.",
    ),
    (
        "VWO",
        "da",
        "Adult safeguarding. {Cl} ({age_old}) says her grandson, who is 24 and lives with her, pushes her and shouts in her face when she will not lend him money, and has threatened to 'put her in a home' if she tells anyone. No injury seen. {Cl} wants him to move out.",
    ),
    (
        "VWO",
        "ms",
        "NRM referral. {Cl}, a Romanian national, was recruited for warehouse work, but the men who arranged it kept his passport, took most of his wages for 'rent and debts' and locked him in a house with eight others at night. First responder: the council. Wants safe accommodation and advice on his rights.",
    ),
    (
        "SEX",
        "ms",
        "NRM referral from a charity partner. {Cl} was brought to the UK on the promise of bar work and was made to sell sex from a flat in {town}; the traffickers held her passport and threatened her family abroad. {Cl} is now in a safe house. ISVA support requested.",
    ),
    (
        "VWO",
        "ms",
        "Children's services: boy (15) found locked inside a cannabis grow house during a warrant; he had been brought from Vietnam and made to tend the plants. Treated as a potential victim of trafficking and an NRM submitted. Foster placement arranged.",
    ),
    (
        "VWO",
        "ms",
        "County lines concern. Boy (16) found in a flat in {town}, sixty miles from home, with drugs and two phones; says older males took him there and told him his family would be hurt if he left. NRM referral made as a victim of criminal exploitation.",
    ),
    (
        "VWO",
        "da hba",
        "Forced marriage unit liaison. {Cl} (19) says her parents have arranged her marriage to a cousin abroad and her father has threatened to kill her if she refuses or 'shames the family'. {Cl} has given her passport to a friend for safekeeping. Wants emergency accommodation.",
    ),
    (
        "STK",
        "hba",
        "{Cl} is being harassed by men from her former husband's community who follow her in the street and call her a disgrace for divorcing him. Her ex-husband lives abroad and has had no contact with her. {Cl} wants advice on reporting and a safety plan.",
    ),
    (
        "VWI",
        "da hba",
        "{Cl} (22) was beaten by her two brothers after they found out she had a boyfriend outside their faith; bruising to her face and ribs. They told her she had dishonoured the family. {Cl} has left home and is in a refuge.",
    ),
    (
        "VWO",
        "da hba",
        "FGM concern. {Cl}'s mother-in-law has told her that her two daughters (6 and 8) will be 'cut' during the summer trip abroad; when {cl} refused, the mother-in-law slapped her. FGM protection order being applied for.",
    ),
    (
        "STK",
        "da",
        "IDVA: {cl}'s ex-partner {m} is the father of her son. Since they separated he uses handovers to shout at her, has followed her round the supermarket twice and sends texts calling her a useless mother. {Cl} wants a safety plan around contact.",
    ),
    (
        "STK",
        "da onl",
        "IDVA: {cl}'s husband installed a tracking app on her phone and uses it to turn up wherever she is; he also logs into her email to read what she sends. {Cl} found the app when her phone slowed down. Wants a device check and help with safety planning.",
    ),
    (
        "VWI",
        "da",
        "MARAC referral, high risk. {Cl}'s partner bent her fingers back until two were broken during an argument about where she had been. He has previous convictions for violence against an ex. {Cl} wants a refuge place in another county.",
    ),
    (
        "VWI",
        "da",
        "{Cl}'s husband's brother, who lives with them, hit her across the back with a belt when she would not cook for him, leaving welts. Her husband did nothing. {Cl} wants to leave with her child and needs advice on her immigration status and housing.",
    ),
    (
        "STK",
        "",
        "{Cl} is a support worker being harassed by a former service user who rings the office repeatedly and waits at her bus stop. There is no relationship beyond the professional one. {Cl}'s manager made the referral.",
    ),
    (
        "VWI",
        "da",
        "{Cl} ({age_old}) is being hit by her husband of fifty years, who has become more aggressive since his stroke; she has a black eye and bruised arms. She does not want him punished but needs respite and support. Adult social care and IDVA both involved.",
    ),
    (
        "FRD",
        "da",
        "{Cl} ({age_old}) gave her daughter lasting power of attorney; the daughter has since spent about {amt} of {cl}'s savings on her own car and holidays. {Cl}'s son raised the concern. Office of the Public Guardian and police informed.",
    ),
    (
        "STK",
        "da",
        "IDVA: {cl}'s wife of twenty years tells him what to eat, has taken over his bank account and tells their friends he is mentally ill so they stop calling. {Cl} (male, {age_a}) feels ashamed and says no one would believe a man. Wants one-to-one support.",
    ),
    (
        "STK",
        "da",
        "{Cl} says her partner moved her three hours away from her family, does not let her have a key to the house, and reads out her private diary to mock her. She is not allowed to work. Wants to understand whether this is something the police can act on.",
    ),
    (
        "STK",
        "da",
        "Economic abuse case. {Cl}'s partner takes her universal credit as soon as it arrives, gives her {amt_small} a week for food and makes her show receipts. He threatens to report her to social services if she complains. {Cl} wants benefits advice and to open her own account.",
    ),
    (
        "VWI",
        "da",
        "{Cl}'s son ({age_a}), who has a gambling addiction, punched her in the stomach when she refused to give him her pension money. Bruised ribs. She has changed the locks but he still has a key to the garage. {Cl} wants a safety plan and advice on an occupation order.",
    ),
    (
        "VWO",
        "da",
        "{Cl} (68) says her adult daughter, who moved back in after a divorce, shoves past her in the hallway, screams at her and has threatened to slap her. No injuries. {Cl} is frightened to be in her own home. Wants advice about asking the daughter to leave.",
    ),
    (
        "SEX",
        "da",
        "ISVA: {cl} disclosed that her ex-husband raped her on the night she told him she wanted a divorce, two years ago. She has now decided to report. They share care of two children. {Cl} wants support through the police interview and advice on child contact.",
    ),
    (
        "SEX",
        "da",
        "{Cl}'s boyfriend, who is 26, forced her to perform sex acts on his friend as 'payment' for his drug debt. {Cl} is 22. She has left him and is staying with her aunt. ISVA and IDVA joint working agreed.",
    ),
    (
        "SEX",
        "csa",
        "ISVA referral for a 15-year-old girl who was raped by a 19-year-old man she had met at the skate park; he had been giving her alcohol and lifts for weeks beforehand. Police and children's services involved. She wants a female ISVA.",
    ),
    (
        "SEX",
        "csa onl",
        "CSE concern. Girl (14) has been receiving gifts and vapes from older men she meets through Snapchat; she has disclosed being taken to a flat and made to have sex with one of them. Strategy meeting held, police investigating.",
    ),
    (
        "SEX",
        "csa",
        "{Cl} (now {age_a}) disclosed that her stepfather sexually abused her from the age of nine until she was fourteen. He still lives with her mother. {Cl} wants to report and to talk to an ISVA about the process.",
    ),
    (
        "SEX",
        "csa",
        "Boy (13) disclosed to his youth worker that an older boy (17) at his residential home had sexually assaulted him in the shower block. Home manager and police informed; the older boy has been moved.",
    ),
    (
        "SEX",
        "",
        "ISVA: {cl} is a woman with a learning disability who was sexually assaulted by the driver of the community transport minibus on the way to her day centre. The driver has been suspended. {Cl} needs easy-read information and support from her key worker.",
    ),
    (
        "VWO",
        "",
        "Adult safeguarding. A supported living resident reports that a night support worker pinched her and pulled her hair when she would not go to bed. No marks. The worker is agency staff and not related. Provider investigating.",
    ),
    (
        "STK",
        "",
        "Adult safeguarding. Mr {sur} ({age_old}) is being pestered by a man from the church he used to attend who calls round every day asking for money and will not take no for an answer. They are not related. {Cl} is frightened to open the door.",
    ),
    (
        "FRD",
        "",
        "Adult safeguarding. A man befriended Mrs {sur} ({age_old}) at the bus stop and over several months persuaded her to give him {amt} for a 'business'. He is not related and not in any relationship with her. Police fraud team and Age UK involved.",
    ),
    (
        "OTH",
        "",
        "Safeguarding: Mrs {sur} ({age_old}) lives in a care home where a member of the night staff has been caught on camera taking money from residents' rooms. {Cl} lost {amt_small}. Home manager made the referral; police investigating.",
    ),
    (
        "VWI",
        "",
        "{Cl}, a care worker, was punched in the face by a resident's visiting nephew when she asked him to leave at the end of visiting time; she has a cut lip. The nephew is no relation of hers. {Cl} wants support and advice about her employer's duties.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s ex-partner's new girlfriend has been ringing her at all hours and sending letters, but {cl} says the real pressure comes from the ex himself, who turns up at the school gates and tells the children she is lying about him. {Cl} wants support and a safety plan.",
    ),
    (
        "VWO",
        "da",
        "IDVA follow up. {Cl} (female) and her wife argued over the wife's drinking; the wife threw {cl}'s belongings down the stairs and shoved her against the banister. No injury. {Cl} has asked her to leave and wants advice on a non-molestation order.",
    ),
    (
        "VWI",
        "da",
        "{Cl} is a gay man whose partner of three years hit him across the face with a remote control, causing a cut to his cheekbone, during an argument about money. {Cl} had not told anyone because he thought services were only for women. Wants an IDVA.",
    ),
    (
        "STK",
        "da onl",
        "{Cl}'s ex-girlfriend created an Instagram account in his name and posted that he was a paedophile after he ended the relationship; she also sends him abusive messages on WhatsApp. {Cl} is a teacher and is terrified for his job. Wants support and safety planning.",
    ),
    (
        "VWI",
        "da knife",
        "IDVA, high risk. {Cl}'s husband cut her forearm with a craft knife 'to show her what would happen' if she left. Wound glued at A&E. {Cl} says this is the first time he has used a weapon. Refuge space being sought; MARAC on {date}.",
    ),
    (
        "VWO",
        "da knife",
        "IDVA: {cl} woke to find her partner standing over the bed holding a kitchen knife; he said he could end it for both of them. He did not touch her. {Cl} left with the children that morning. Refuge placement secured.",
    ),
    (
        "VWO",
        "da",
        "{Cl} (60) reports her son-in-law, who lives with her and her daughter, told her he would 'snap her neck' if she interfered in their marriage. {Cl} believed him. No physical contact. Daughter unaware. {Cl} wants advice and support.",
    ),
    (
        "HOM",
        "da",
        "Homicide and DHR liaison. {Cl}'s sister was killed by her partner of two years; the partner has pleaded guilty to murder. {Cl} wants to contribute to the domestic homicide review and needs bereavement counselling.",
    ),
    (
        "HOM",
        "da",
        "Bereaved family referral. {Cl}'s mother ({age_old}) died after being assaulted by {cl}'s brother, who lived with her and had been taking her pension. Brother charged with manslaughter. {Cl} wants support for herself and her children.",
    ),
    (
        "VWO",
        "da",
        "{Cl} (17) says her mum's partner, who she lives with, grabbed her wrist and dragged her to her room when she came home late. No marks. {Cl} is asking to live with her dad. Children's services and school informed.",
    ),
    (
        "VWO",
        "",
        "Child protection. Boy (9) was smacked repeatedly with a slipper by his father and made to stand outside in the cold as punishment. No visible injury. Strategy meeting held; police investigating child cruelty.",
    ),
    (
        "VWO",
        "",
        "Child protection. Twin girls (3) left alone in the flat overnight while their mother went out; neighbours heard crying. Police attended and children taken into police protection. Child neglect investigation.",
    ),
    (
        "VWI",
        "",
        "Child protection. Baby (4 months) brought to A&E with a broken arm and bruising that parents cannot explain. Police and social care investigating. Grandmother has the child and has asked for support.",
    ),
    (
        "STK",
        "da hba",
        "{Cl} (24) says her uncle and cousins have been watching her house and sending her threatening letters since she moved in with her boyfriend, saying she has brought shame on the family. {Cl} wants a safety plan and advice on a forced marriage protection order.",
    ),
    (
        "VWO",
        "da hba",
        "{Cl} (18) was locked in her bedroom for three days by her parents after they found out she was seeing someone they did not approve of; her father slapped her and told her she must marry a man they had chosen or she would be sent abroad. She escaped through the window. Forced marriage concern.",
    ),
    (
        "VWO",
        "da hba",
        "Forced marriage. {Cl} (21) was taken abroad on what she was told was a holiday and her father threatened to kill her unless she went through with the wedding. She contacted the embassy and has been repatriated. Needs accommodation and support.",
    ),
    (
        "VWI",
        "da hba",
        "{Cl}'s husband and his mother beat her after she cut her hair short and started working, saying she was shaming their family in front of the community. She has bruising to her back. {Cl} wants to leave and needs advice on her spousal visa.",
    ),
    (
        "VWO",
        "ms da",
        "Safeguarding: {cl}, a 19-year-old woman, was brought from abroad by her aunt to 'study' but has been made to cook, clean and look after the aunt's children from 6am to midnight with no pay and no access to her passport. She is not allowed out alone. NRM submitted.",
    ),
    (
        "VWO",
        "ms",
        "Domestic servitude. {Cl} worked as a live-in nanny for a family in {town}; they took her passport, paid her nothing for two years and made her sleep on the kitchen floor. She is not related to them. NRM submitted; she is now in a safe house.",
    ),
    (
        "VWO",
        "ms",
        "NRM referral. {Cl} was one of several men picked up each morning and driven to farms to pick vegetables; the gangmaster kept their bank cards and they received a fraction of their wages. Threats made if they complained. {Cl} wants support to return home.",
    ),
    (
        "SEX",
        "ms csa",
        "NRM referral. Girl (16) trafficked from another city to {town} by a man in his thirties who groomed her with gifts and then made her have sex with other men for money. She was found by police in a hotel. Children's services and ISVA involved.",
    ),
    (
        "SEX",
        "ms",
        "{Cl}, a woman in her thirties, was moved between massage parlours in different cities and made to provide sexual services; she owed a 'debt' for her travel that kept growing. Police raid found her. NRM referral and ISVA support requested.",
    ),
    (
        "VWO",
        "ms",
        "Nail bar referral. {Cl} (Vietnamese national, 20) worked 12-hour days in a nail bar for food and a mattress in the back room; her boss holds her documents and says she owes {amt}. She is not allowed to leave alone. NRM submitted.",
    ),
    (
        "STK",
        "da",
        "IDVA: {cl}'s partner tells her she is stupid and ugly every day, controls what she eats, and takes her car keys so she cannot visit her mother. She says it has been going on for years. {Cl} has started to think about leaving and wants to know where to start.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s adult son lives with her and has taken over the house: he controls the heating, takes her pension card to the shop and will not let her friends visit. He has never hit her. {Cl} ({age_old}) asked for advice on how to get her independence back.",
    ),
    (
        "FRD",
        "da",
        "Economic abuse. {Cl}'s husband forged her signature to remortgage their house without her knowledge, raising {amt}. She found out when the lender wrote to her. {Cl} wants legal advice and support from the economic abuse worker.",
    ),
    (
        "FRD",
        "da",
        "{Cl} (72) signed papers her nephew brought round which turned out to be loan agreements in her name worth {amt}; he had told her they were for a council grant. The nephew is her late sister's son. {Cl} feels ashamed. Adult safeguarding involved.",
    ),
    (
        "OTH",
        "da",
        "{Cl}'s daughter-in-law has been taking {cl}'s jewellery and selling it; {cl} noticed items missing after each visit. {Cl} ({age_old}) has dementia in the early stages and her son has asked for advice. Adult safeguarding consulted.",
    ),
    (
        "ROB",
        "da",
        "{Cl} ({age_old}) says her grandson pinned her against the fridge and took her purse from her cardigan pocket when she would not give him money for drugs. She has a bruise on her arm. Grandson is 20 and lives nearby. {Cl} wants support and the locks changed.",
    ),
    (
        "BUR",
        "da",
        "{Cl}'s ex-partner broke into her new flat while she was at work and took the children's iPads and her laptop; he left a note saying she would get them back when she let him see the kids. {Cl} wants locks changed and a non-molestation order.",
    ),
    (
        "CDA",
        "da",
        "{Cl}'s husband smashed her phone, ripped up her passport and broke the bedroom door off its hinges when she said she wanted to separate. He did not touch her. {Cl} is staying with a friend and wants help with a replacement passport and legal advice.",
    ),
    (
        "CDA",
        "da",
        "{Cl}'s former partner, the father of her youngest child, set fire to her wheelie bins outside the house at night; the flames scorched the front door. She saw him on her doorbell camera. {Cl} wants the fire service home safety visit and refuge advice.",
    ),
    (
        "VEH",
        "da",
        "{Cl} says her partner regularly takes her car without asking and leaves her stranded with the children; last week he drove it away and left it damaged in a car park. It is in her name and she pays for it. {Cl} wants advice about her options.",
    ),
    (
        "MSC",
        "da",
        "{Cl}'s ex-husband, who is on bail for assaulting her, contacted her through a mutual friend asking her to tell police she made it up. Police are treating it as an attempt to pervert the course of justice. {Cl} wants witness support and a safety plan.",
    ),
    (
        "MSC",
        "da",
        "IDVA: {cl}'s ex-partner has repeatedly breached his bail conditions by going to her mother's house, which he was told not to attend. He has not seen or contacted {cl} directly. {Cl} wants updates on the case and safety planning.",
    ),
    (
        "PUB",
        "da",
        "{Cl}'s brother-in-law stood in the street outside her house shouting that she was a liar and a slag after she reported his brother for assault. He did not approach her. {Cl} was frightened and the neighbours heard everything. Wants support.",
    ),
    (
        "DRG",
        "",
        "Safeguarding: {cl}, a vulnerable man with a brain injury, reports that local dealers have been using his flat to store and sell heroin. He says he is scared of them. Police executed a warrant and three men were charged with supplying drugs. Housing move requested.",
    ),
    (
        "ASB",
        "",
        "Safeguarding: {cl}, a young woman with autism, says neighbours' children shout at her window and throw litter in her garden. No threats or damage. She finds it very upsetting. Housing officer and autism support worker asked to visit.",
    ),
    (
        "OCR",
        "",
        "Adult safeguarding: {cl} ({age_old}) has been the victim of a crime but is unable, due to her dementia, to give any detail of what happened. Her son is not aware of the circumstances either. Police visit arranged; support requested for the family.",
    ),
    (
        "VWO",
        "",
        "Young person's worker: boy (13) was punched on the arm and pushed into a hedge by two boys from his year on the way home; no injury. {Cl} is scared to go to school. No relationship between them. School and police informed.",
    ),
    (
        "SEX",
        "csa",
        "Girl (12) told her school counsellor that her older cousin (20) makes her watch sexual videos and touches her when he babysits. Police and children's services investigating. Mum wants support.",
    ),
    (
        "VWI",
        "",
        "{Cl} (15) was punched in the face by her ex-boyfriend (15) in the park after they broke up, causing a nosebleed. Both are in Year 11. Parents and school informed; police have spoken to the boy. {Cl} wants counselling.",
    ),
    (
        "SEX",
        "csa",
        "{Cl} (15) says her boyfriend, who is also 15, pressured her for weeks and then forced himself on her at his house when his parents were out. School and police informed. {Cl} wants a female ISVA.",
    ),
    (
        "STK",
        "onl",
        "Young person's worker: {cl} (14) is being bullied by a group of girls from school who post mocking videos of her on TikTok and send her messages telling her to kill herself. Police investigating malicious communications. {Cl} wants support.",
    ),
    (
        "STK",
        "da onl",
        "{Cl} (16) says her boyfriend (17) demands she share her location on Snapchat at all times, checks who she has been talking to and threatens to dump her and spread rumours if she goes out without him. {Cl} wants advice and to talk to someone.",
    ),
    (
        "VWO",
        "da",
        "{Cl} ({age_teen}) says her boyfriend ({age_teen}) pushed her over in the street after she danced with someone else at a party. She was not hurt. Parents not aware. {Cl} wants confidential support and advice about ending it safely.",
    ),
    (
        "VWI",
        "da",
        "{Cl}'s partner, who is the mother of his children, scratched his face and neck deeply during an argument over childcare; he has visible scratches. {Cl} (male) has not reported it before. Wants to talk to someone and to know whether he can get support.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s wife's family keep phoning and turning up at his work to insult him and demand he give her money after their separation. {Cl}'s wife is encouraging them. {Cl} (male) wants advice on what to do.",
    ),
    (
        "STK",
        "da",
        "{Cl} reports her twin sister has been sending her hundreds of texts a day since an argument over their late father's will and keeps turning up at her house uninvited. {Cl} feels harassed and frightened. Wants advice about a non-molestation order.",
    ),
    (
        "VWI",
        "da",
        "{Cl} ({age_old}) was slapped by her daughter so hard that her hearing aid broke and her ear bled; the daughter has mental health needs and lives with her. {Cl} wants support and help getting the daughter assessed.",
    ),
    (
        "VWO",
        "da",
        "{Cl}'s son ({age_a}) threatened to kill her and the family cat if she did not give him the bank card; she believed him and handed it over. No physical contact. {Cl} has now reported it. Adult safeguarding involved.",
    ),
    (
        "FRD",
        "da onl",
        "{Cl}'s husband secretly opened online gambling and loan accounts in her name using her email and ID while she was recovering from surgery. Debt is now about {amt}. {Cl} has left the marriage. Wants debt advice and support.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s ex-husband keeps making malicious reports to children's services and the police about her, saying she neglects the kids; all have been found to be false. He also turns up at her work. {Cl} wants support to show this is a pattern.",
    ),
    (
        "SEX",
        "",
        "ISVA referral. {Cl} ({age_a}) was sexually assaulted by her landlord, who lets himself into her room using his own key and touched her while she was in bed. He is not a relative or partner. She wants to move out urgently and needs housing support.",
    ),
    (
        "VWO",
        "",
        "{Cl} is being bullied by her housemate, who has pushed her against the wall twice and threatens to hit her if she uses the kitchen. They are not related and have never been in a relationship. {Cl} wants to end the tenancy early.",
    ),
    (
        "STK",
        "",
        "{Cl}'s landlord has been entering her flat without notice, texting her late at night and hanging around outside her door after she complained about repairs. No relationship. {Cl} feels unsafe. Wants advice on tenancy rights and reporting.",
    ),
]
# ---------------------------------------------------------------------------
# Notes that describe the relationship only indirectly.
# ---------------------------------------------------------------------------
INDIRECT = [
    (
        "VWI",
        "da",
        "{Cl} was kicked in the stomach by the father of her children when he came to drop them off; bruising to her side. They were never married and have not lived together for two years. {Cl} wants handovers moved to a contact centre.",
    ),
    (
        "STK",
        "da",
        "{Cl} says the man she was seeing until {month} keeps sending flowers to her work and waiting in the car park at the end of her shift; she has told him clearly it is over. He has also started ringing her mum. {Cl} wants to know how to make it stop.",
    ),
    (
        "VWO",
        "da",
        "SU reports that the man she used to live with pinned her against the wall in the pub car park and told her she would regret leaving him. No injury. They separated in the summer.",
    ),
    (
        "SEX",
        "da",
        "{Cl} was sexually assaulted by the man she had been with for three years when he came round to return her belongings last month. {Cl} would like ISVA support and time to think about reporting.",
    ),
    (
        "VWI",
        "da",
        "The person who assaulted {cl} is her mother's husband, who has lived with the family since she was small; he punched her in the face when she came home late. {Cl} is 18. Bruised cheek. {Cl} staying with a friend.",
    ),
    (
        "STK",
        "da",
        "{Cl} ({age_old}) is being harassed by her late husband's son from his first marriage, who keeps turning up demanding she sell the house and puts abusive letters through the door. {Cl} frightened to answer the door.",
    ),
    (
        "VWO",
        "da",
        "{Cl} says her husband's daughter, who lives with them, threatened to 'batter' her if she carried on interfering, standing over her in the kitchen with her fists clenched. {Cl} believed she meant it. No injuries.",
    ),
    (
        "VWI",
        "da",
        "V punched in mouth by the woman he has two kids with, split lip, happened at handover in {shop} car park. V does not want her arrested, just wants contact sorted.",
    ),
    (
        "STK",
        "da onl",
        "{Cl}'s former fiance has been posting about her on Facebook every day since the engagement ended, naming her new workplace and calling her a gold-digger. He also sends her messages from new accounts each time she blocks one. {Cl} wants help to report.",
    ),
    (
        "VWI",
        "da",
        "{Cl} was hit over the head with a wine bottle, which did not break, by the man who was her boyfriend all through college; she needed stitches. They had got back in touch recently. {Cl} does not want police involvement yet but wants to talk to someone.",
    ),
    (
        "BUR",
        "da",
        "sus = ips partner of 6 yrs until jan, entered her flat via window while she was out + took her laptop + passport, seen on doorbell cam, dash medium",
    ),
    (
        "VWO",
        "da",
        "{Cl}'s husband's brother, who lives with them, shoved her out of the way in the hallway and told her she 'knew her place'. No injuries. Her husband backs his brother. {Cl} wants to know her options and whether she can stay in the UK if she leaves.",
    ),
    (
        "VWI",
        "da",
        "{Cl} has a fractured eye socket after being punched by the man she had been in a relationship with for a few months; they met at work. She has ended it. {Cl} needs help with sick pay and a safety plan for work.",
    ),
    (
        "STK",
        "da",
        "{Cl} says the mother of his daughter sends him abusive texts every night, tells their daughter he does not love her and turns up at his flat shouting. {Cl} is worried about his daughter and his own mental health.",
    ),
    (
        "VWO",
        "da",
        "{Cl} was grabbed by the hair and dragged across the lounge by her sister's husband, who was staying with her after a row with her sister. No injury. {Cl} wants him out of the house and advice on what to tell her sister.",
    ),
    (
        "CDA",
        "da",
        "SU's former girlfriend threw a brick through her living room window after finding out SU had started seeing someone new. Nobody hurt. They were together for four years. SU wants security advice and support.",
    ),
    (
        "STK",
        "da",
        "{Cl} reports that the woman her son was married to until last year keeps phoning her and turning up at her bungalow to shout at her about the divorce. {Cl} ({age_old}) is frightened. Referral for advice and support.",
    ),
    (
        "VWI",
        "da",
        "V says the man she was engaged to until Christmas pushed her off the back step when she went to collect her things; she fell and broke her ankle. {Cl} wants help with transport to appointments and advice on a non-molestation order.",
    ),
    (
        "HOM",
        "da",
        "Bereaved family referral. {Cl}'s sister was killed by the man she had been seeing since spring; he has been charged with her murder. {Cl} has been told there will be a domestic homicide review. Wants someone to explain the process.",
    ),
    (
        "SEX",
        "da",
        "{Cl} says the man she lives with and has a baby with forces her to have sex when he has been drinking and tells her that is what a girlfriend is for. {Cl} wants ISVA support and advice about leaving safely.",
    ),
    (
        "FRD",
        "da",
        "{Cl} discovered that the man she shared a house with for six years took out a loan of {amt} in her name and forged her signature on the paperwork. They split up last year. {Cl} wants support with the lender and Action Fraud.",
    ),
    (
        "STK",
        "",
        "{Cl}'s husband's ex-wife keeps ringing {cl} and calling her names and has turned up at their house twice. {Cl} has never had any relationship with her and they are not related. {Cl} wants advice on stopping the contact.",
    ),
    (
        "VWI",
        "da",
        "{Cl}'s mother's partner, who she lived with as a teenager, came to her flat drunk and hit her when she refused to lend him money. {Cl} is 23. She has a cut to the lip. Wants support to report.",
    ),
    (
        "OTH",
        "da",
        "{Cl}'s daughter's husband has been taking money from {cl}'s purse whenever he visits with her daughter; he admitted it when challenged. {Cl} ({age_old}) is upset but does not want to fall out with her daughter. Wants advice.",
    ),
    ("VWO", "da", "ip slapped by her childrens dad at school gates, no inj, they split 3 yrs ago, dash std"),
    (
        "VWI",
        "da",
        "ip = woman susp was seeing until last month, susp punched her at bus stn, cut eyebrow, susp arr, dash medium",
    ),
    (
        "STK",
        "da",
        "susp is ips husbands brother who lives w/ them, keeps going thru her things + following her to the shop + reporting back, ip scared, dash medium",
    ),
    (
        "VWO",
        "da",
        "ip says her mother in law slapped her across the face at a family party in front of the kids, no inj, dash std",
    ),
    (
        "VWI",
        "da",
        "{Cl} ({age_old}) was pushed to the floor by her granddaughter's husband, who lives with them, when she complained about his drinking; she has bruised hips. {Cl} is scared of him. Adult safeguarding involved.",
    ),
    (
        "STK",
        "da onl",
        "{Cl} says the person she was dating for most of last year keeps making new TikTok accounts to comment on her videos and has sent her voice notes on WhatsApp at 3am saying he is outside. {Cl} moved house in {month}.",
    ),
    (
        "CDA",
        "da",
        "SU's car was damaged by the man who fathered her son; he scratched a word into the bonnet and let the tyres down. A neighbour saw him. SU wants advice on protecting herself and the car.",
    ),
    (
        "VWI",
        "da",
        "{Cl}'s stepdaughter ({age_a}) punched her during an argument about {cl}'s husband's will; {cl} has a bruised eye. {Cl} wants advice about her safety and possibly moving out of the family home.",
    ),
    (
        "VWI",
        "da",
        "{Cl} is being hurt by the woman he has lived with for ten years; last night she dug her nails into his arm so hard it bled. {Cl} is embarrassed to be calling. Wants to talk to a male worker.",
    ),
    (
        "STK",
        "da",
        "IDVA: the man {cl} was married to in her twenties has tracked her down twenty years later and has been writing to her and her new husband. He was violent during the marriage. {Cl} feels unsafe and wants a safety plan.",
    ),
    (
        "VWO",
        "da knife",
        "{Cl}'s adult son came to her door with a knife and said he would kill her if she did not give him money; she closed the door and called police. He was arrested outside. {Cl} ({age_old}) in shock. Wants support.",
    ),
    (
        "VWO",
        "da",
        "{Cl} says the man who is the father of her two eldest children spat at her when she refused to let him in. No injury. He has a history of turning up drunk. {Cl} wants advice on keeping him away.",
    ),
    (
        "BUR",
        "da",
        "{Cl}'s niece (26), who used to stay with her, came back while {cl} was out, climbed through a window and took {amt_small} and some jewellery. {Cl} ({age_old}) recognised her on the neighbour's camera. Wants support.",
    ),
    (
        "STK",
        "da",
        "{Cl} reports her late husband's brother has been sending her threatening letters and waiting outside her flat, accusing her of taking money from his brother's estate. {Cl} feels intimidated. Wants advice.",
    ),
    (
        "VWO",
        "da",
        "{Cl}'s husband's mother, who lives with them, hit her with a walking stick; no mark left. {Cl} says this happens often and her husband says she should respect his mother. {Cl} wants to talk through options.",
    ),
    (
        "SEX",
        "da",
        "{Cl} disclosed that the man she met through church and was with for eighteen months took intimate photos of her while she was asleep and touched her without consent. They have separated. {Cl} wants ISVA support.",
    ),
    (
        "VWO",
        "da",
        "dv - ip = susps long term gf (not living together), susp grabbed her arm + shook her during arg, no marks, dash std",
    ),
    ("VWI", "da", "dv - ip is mother of susps 3 kids, susp headbutted her, bloody nose, arr, dash high"),
    ("CDA", "da", "dv - susp is ips mum's husband, smashed ips car windows after family row, no assault, dash std"),
    (
        "STK",
        "da",
        "dv - susp = ips bf of 4 months, shows up at her work + friends houses uninvited, calls her 30x a day, dash medium",
    ),
    ("VWO", "da", "dv - ips adult stepson shoved her in kitchen + threatened to hit her, no inj, dash medium"),
    ("VWI", "da", "dv - ip (71) hit by her grandson (19) who lives w/ her, cut to forehead, arr, asc ref"),
    (
        "OTH",
        "da",
        "dv - ip says her husbands sister (lodging w/ them) has been taking money from her purse + card from drawer, ip doesnt want her arr, dash std",
    ),
    (
        "ROB",
        "da",
        "ip says the man she split up with last week grabbed her phone out of her hand + pushed her over to get it, refused to give it back, grazed knees, dash medium",
    ),
    (
        "STK",
        "da",
        "{Cl}'s brother's partner (who lives with {cl} and her brother) has been reading {cl}'s post, hiding her medication and mocking her in front of visitors. {Cl} has a learning disability. Adult safeguarding involved.",
    ),
    (
        "VWO",
        "",
        "{Cl} says the man who rents the room upstairs pushed her against the banister when she asked him to turn his music down. They share the house but are not related or in a relationship. No injury. {Cl} wants advice.",
    ),
    (
        "STK",
        "",
        "{Cl} is being harassed by her daughter's ex-boyfriend, who blames her for the break-up and keeps sending her abusive letters and waiting at the end of her road. {Cl} (55) has never been in any relationship with him. Wants advice and a safety plan.",
    ),
    (
        "VWO",
        "",
        "{Cl}'s ex-husband's new wife confronted her outside the school and pushed her, calling her names. No injury. {Cl} has no relationship with the woman apart from through the children's father. Wants advice.",
    ),
    (
        "VWI",
        "",
        "{Cl} was punched by her flatmate's boyfriend, who had been staying over, after an argument about the bathroom. She has {inj}. {Cl} has no relationship with him. Wants support and advice on whether he can be banned from the flat.",
    ),
    (
        "STK",
        "",
        "{Cl} is being harassed by the woman who used to be her best friend at school, who now sends her abusive letters and tells neighbours lies about her. They have never been partners or related. {Cl} wants advice.",
    ),
    (
        "VWO",
        "",
        "ip pushed by his neighbours son (20) over a parking space, no inj, no relationship between them, words of advice",
    ),
    (
        "CDA",
        "",
        "ips fence damaged by her sister's neighbour during a dispute about the hedge, no relationship, ip = homeowner",
    ),
    (
        "SEX",
        "",
        "{Cl} was sexually assaulted by her friend's husband at a house party; he pushed her into a bedroom and touched her under her clothes. {Cl} has no relationship with him other than through her friend. Wants ISVA support.",
    ),
    (
        "VWI",
        "",
        "{Cl}'s son was badly beaten by the boyfriend of one of his colleagues in a row outside a pub; broken jaw. {Cl} (mum) wants support for her son and information about the court case.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s ex keeps using their child's phone to pass messages and find out where {cl} is; {cl} also gets letters he has given to the child. {Cl} wants advice on contact arrangements and safety.",
    ),
    (
        "VWO",
        "da hba",
        "{Cl}'s elder brothers confronted her outside work after hearing she was living with a man she is not married to, and one of them pushed her against a wall saying she had shamed them in front of the family. No injury. {Cl} wants a safety plan.",
    ),
    (
        "STK",
        "da hba",
        "{Cl} says the family of the man she was promised to as a teenager keep contacting her parents, and her own father now follows her to and from work because she 'must not disgrace them'. {Cl} (20) feels trapped.",
    ),
    (
        "VWI",
        "da",
        "{Cl}'s partner's teenage son ({age_teen}) punched her in the face during an argument about his phone, breaking her glasses and cutting her eyebrow. She lives with his father. {Cl} wants support and advice on family mediation.",
    ),
    (
        "VWO",
        "",
        "{Cl}'s partner's son (14) kicked her in the shin during an argument about his phone. No injury. She lives with his father. {Cl} wants advice on family support.",
    ),
    (
        "VWO",
        "da",
        "{Cl} says the man who was her civil partner until last year shoved her on the stairs at their old house when she went to collect the dog. No injury. {Cl} wants advice on collecting the rest of her things safely.",
    ),
    (
        "FRD",
        "da onl",
        "{Cl} found her ex-girlfriend had been logging into her Amazon and PayPal accounts for months after the split and buying items with her card, about {amt}. {Cl} wants help securing accounts and reporting it.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s late mother's husband, who still lives in the family home with {cl}, keeps locking her out of rooms and taking her bank statements, and tells her she will be homeless if she complains. {Cl} wants advice.",
    ),
    (
        "VWO",
        "da knife",
        "ip says the man she was seeing on and off for 2 yrs turned up at her door w/ a kitchen knife + said if he couldnt have her no one would, he left when she screamed, no inj, dash high",
    ),
    (
        "VWI",
        "da",
        "ip is the woman susp was living with until the weekend, susp dragged her by hair + kicked her, bruising to back, dash high, marac ref",
    ),
    (
        "SEX",
        "da",
        "{Cl}'s cousin, who she lived with at her aunt's house, raped her last year when they were both adults; the family do not believe her. {Cl} wants to report and needs support.",
    ),
    (
        "STK",
        "da",
        "{Cl} reports her grown-up son's father, who she has not been with for twenty years, has started turning up at her house and following her to work since their son's wedding. {Cl} wants advice.",
    ),
    (
        "VWI",
        "da",
        "{Cl} (male, {age_a}) was hit with a saucepan by the woman he has been in a relationship with for six months; he has a cut to his head. They do not live together. {Cl} wants advice about his options.",
    ),
    (
        "VWO",
        "da",
        "{Cl} says her mother's sister, who moved in with them to care for {cl}'s mother, pushed her into a chair and screamed at her for 'interfering'. No injury. {Cl} wants the aunt to move out.",
    ),
]
# ---------------------------------------------------------------------------
# Trap notes: DA negated, historical or someone else's, hypotheticals, the
# partner as reporting person, strangers and neighbours; flag look-alikes.
# ---------------------------------------------------------------------------
TRAPS = [
    (
        "VWI",
        "",
        "{Cl}'s partner rang us on her behalf. {Cl} was assaulted by a stranger at the bus stop and needed stitches to her lip. Her partner is very supportive and will come to appointments with her.",
    ),
    (
        "BUR",
        "",
        "{Cl} asked whether we could help if her partner ever became violent, as a friend had been through that. {Cl} is clear her partner has never hurt or threatened her. Reason for referral is the break-in at her garden shed last week, when tools were taken.",
    ),
    (
        "VWI",
        "",
        "ip assaulted by housemate (no relationship, not related) in kitchen, punched to face, {inj}, susp arr, not a domestic",
    ),
    (
        "VWO",
        "",
        "attended report of domestic, on arrival found ip had been pushed by a delivery driver on the doorstep, husband had called it in, no inj, not a domestic incident",
    ),
    (
        "ROB",
        "",
        "{Cl}'s husband reported that {cl} was robbed of her handbag by two men on motorbikes who pulled it from her shoulder; she was dragged a short way and has grazes. Husband is her carer and asked for home visits.",
    ),
    (
        "VWO",
        "",
        "{Cl} was threatened by her neighbour, who said he would kill her dog and then her; no weapon, said from over the fence. {Cl} believed him. {Cl} lives with her wife who witnessed it. No DA concerns.",
    ),
    (
        "STK",
        "",
        "{Cl} is being harassed by her neighbour, who films her every time she goes into the garden and leaves notes about her bins. {Cl}'s husband and teenage sons are also affected. No family conflict; the issue is solely with the neighbour.",
    ),
    (
        "CDA",
        "",
        "SU's car was scratched and the wing mirror snapped off while parked outside her house. SU's ex-partner was initially suspected but was abroad at the time; CCTV shows a stranger. No DA concerns. SU wants help with the insurance excess.",
    ),
    (
        "BUR",
        "",
        "{Cl}'s flat was burgled while she was at her mum's. {Cl} previously had an IDVA in 2016 for a relationship that ended long ago; no contact with that ex since and police confirm this burglary is unrelated. Wants lock change.",
    ),
    (
        "VWI",
        "",
        "{Cl}'s sister was in an abusive marriage years ago, which is why {cl} contacted us; but this referral is for {cl} herself, who was attacked by a group of teenagers in the park and has a broken finger. Wants support.",
    ),
    (
        "FRD",
        "",
        "{Cl}'s son rang on her behalf. {Cl} ({age_old}) was targeted by a doorstep trader who charged her {amt} for roof repairs that were never done. Son is worried about her and wants advice on preventing it happening again.",
    ),
    (
        "FRD",
        "",
        "{Cl}'s daughter reported that {cl} had been talked into paying {amt} to someone on the phone claiming to be from HMRC. The daughter helps {cl} with her finances and has power of attorney; she spotted the payment. {Cl} is mortified.",
    ),
    (
        "TFP",
        "",
        "{Cl}'s husband phoned to say {cl} had her purse taken from her handbag at the market. {Cl} has dementia and the husband manages her affairs. They would like help replacing her bus pass.",
    ),
    (
        "VWI",
        "",
        "{Cl} (17) was assaulted by a boy from another school at a bus stop; he punched her and she has {inj}. No relationship between them, they had never met. Mum wants support for her.",
    ),
    (
        "SEX",
        "",
        "{Cl} ({age_a}) was raped by a man she met in a bar while on holiday in the UK. Her boyfriend is supporting her and came with her to the SARC. She wants ISVA support.",
    ),
    (
        "SEX",
        "",
        "{Cl} was sexually assaulted by a stranger on the night bus; he put his hand between her legs. {Cl}'s girlfriend was with her and took photos of the man. Police have identified him. {Cl} wants support for both of them.",
    ),
    (
        "VWO",
        "",
        "ip ({age_a}) + her husb verbally abused + pushed by male in road rage incident, no inj, males car reg obtained, no issues between ip + husb",
    ),
    (
        "VWO",
        "",
        "{Cl} says she is worried what her partner might do if he ever found out about her debts, but he has never been violent or threatening and she describes the relationship as good. The referral is for an assault at work: a customer pushed her. No injury.",
    ),
    (
        "STK",
        "onl",
        "{Cl}'s partner noticed that a stranger had been sending {cl} sexual messages on Instagram and commenting on every photo; {cl} does not know the man. Partner helped her screenshot them. {Cl} wants advice on blocking and reporting.",
    ),
    (
        "HOM",
        "",
        "Bereaved family referral. {Cl}'s husband was killed in an unprovoked attack by a stranger outside a supermarket; a man has been charged with murder. {Cl} wants support for herself and their children.",
    ),
    (
        "HOM",
        "",
        "{Cl}'s brother was found dead at a flat he shared with friends; police are treating it as murder and a friend has been charged. {Cl}'s family are devastated. No family members involved. Wants support.",
    ),
    (
        "DDR",
        "",
        "{Cl}'s wife and son were seriously injured when a driver who was over the limit crashed into their car. Driver charged with causing serious injury by dangerous driving. {Cl} wants help with the criminal case and caring responsibilities.",
    ),
    (
        "DDR",
        "",
        "{Cl}'s partner was knocked off his bike and killed by a lorry driver who did not look when turning left; the driver has been charged with causing death by careless driving. {Cl} wants support.",
    ),
    (
        "CDA",
        "",
        "ips garden wall knocked down by neighbour's builders after boundary dispute, ip + husb upset, no family issues",
    ),
    ("VWI", "", "ip punched by neighbour during row over fence, {inj}, ips husb called police, no dv"),
    (
        "STK",
        "",
        "{Cl} reports her neighbour keeps shouting abuse at her every time she leaves the house and has put notes through the door. {Cl}'s adult son lives with her and is a witness. No family involvement in the harassment.",
    ),
    (
        "ASB",
        "",
        "{Cl}'s partner asked us to contact her about the neighbours' constant noise; music and shouting most nights. No threats, no damage, no offences. {Cl} and partner both struggling to sleep.",
    ),
    (
        "ASB",
        "",
        "ip's mum called it in: group of lads loitering outside their flats, kicking a ball against cars, no damage found, no offences, asb log",
    ),
    (
        "OTH",
        "",
        "{Cl}'s husband's tools were taken from their unlocked garage, which is separate from the house and across a shared car park. No suspects. Husband has asked for support for {cl}, who is anxious.",
    ),
    (
        "BIC",
        "",
        "{Cl}'s boyfriend's bike was stolen from her front yard while he was visiting; it was unlocked. {Cl} wants advice on whether she can claim on her contents insurance.",
    ),
    (
        "VWO",
        "",
        "{Cl}'s daughter (15) was slapped by another girl (15) at school in a row over a boy. No injury. No relationship between the two girls. {Cl} wants to know what the school is doing.",
    ),
    (
        "VWO",
        "",
        "{Cl} (15) was pushed into a wall by her boyfriend (15) at a party. No injury. School and parents informed. Both under 16 so not treated as DA.",
    ),
    (
        "VWI",
        "",
        "ip (14) punched by her ex bf (15) at youth club, bloody nose, parents informed, susp interviewed, not dv as both under 16",
    ),
    (
        "STK",
        "onl",
        "{Cl} (14) is receiving nasty messages on Snapchat from a girl (14) she used to go out with, who posts about her in group chats. Parents informed. No sexual content.",
    ),
    (
        "VWO",
        "",
        "Adult safeguarding. Mrs {sur} ({age_old}) reports a home care worker from the agency pushed her roughly back into bed and told her to 'stop moaning'. No injuries. The carer is not related. Provider investigating.",
    ),
    (
        "VWI",
        "",
        "Adult safeguarding. Mr {sur} ({age_old}) has a cut to his hand after a paid carer from an agency grabbed his wrist and dragged him from his chair. The carer is not family; his daughter raised the alarm. Carer suspended.",
    ),
    (
        "FRD",
        "",
        "Adult safeguarding. A paid personal assistant used Mr {sur}'s bank card to make purchases of about {amt} over several months. The PA is not a family member. His son, who lives abroad, spotted the transactions.",
    ),
    (
        "OTH",
        "",
        "{Cl}'s cleaner, who she has employed for years and who is not related to her, has been taking small amounts of cash from the kitchen drawer; {cl} caught her on a nanny cam. {Cl} ({age_old}) feels betrayed. Wants support.",
    ),
    (
        "VWO",
        "",
        "{Cl}'s mum called: {cl} (22), who has a learning disability, was shoved by a worker at her supported living accommodation. No injury. The worker is agency staff, not a relative. Mum wants advice.",
    ),
    (
        "STK",
        "",
        "{Cl}'s ex-partner's new girlfriend has been sending {cl} abusive letters, calling her names and telling her to stay away. {Cl}'s ex himself has not been involved and {cl} has had no trouble from him. {Cl} wants advice.",
    ),
    (
        "VWI",
        "",
        "{Cl} was assaulted by her ex-boyfriend's mother at a bus stop; she was slapped and scratched, leaving marks on her face. The two women are not related and {cl} never married or lived with the son. Wants support.",
    ),
    (
        "VWO",
        "",
        "ip says she was pushed by her friend's husband during a row at a barbecue, no inj, no relationship between ip + susp, ips own husb present + called police",
    ),
    (
        "PUB",
        "hate",
        "ip + her wife were called homophobic names by a man in the street who told them they disgusted him, no physical contact, they felt alarmed, s5 hate",
    ),
    (
        "VWI",
        "hate",
        "{Cl} and his husband were attacked outside a restaurant by three men shouting homophobic abuse; {cl} has a fractured cheekbone. His husband was not hurt and is supporting him. Wants support.",
    ),
    (
        "STK",
        "",
        "{Cl}'s brother rang us because {cl} is being stalked by a man from her gym who follows her home and sends gifts to her work. The brother is helping her with lifts. {Cl} wants a safety plan.",
    ),
    (
        "PUB",
        "",
        "{Cl} was threatened by a driver who said he would 'smash her face in' after a minor car accident; he shouted from his car window then drove off. {Cl}'s husband was with her. {Cl} believed it but no weapon involved.",
    ),
    (
        "VWO",
        "",
        "{Cl}'s son (12) was grabbed and shaken by a neighbour who accused him of kicking a ball at his car. No injury. {Cl} wants to know what will happen with the neighbour.",
    ),
    (
        "SHP",
        "",
        "ip = shop owner, his wife works w/ him, repeat shoplifting by local youths, no threats, wants support, cctv provided",
    ),
    (
        "BUR",
        "",
        "{Cl} and her husband's static caravan was broken into over the winter and the TV and fishing gear taken. {Cl}'s husband is disabled and the caravan was his refuge. They would like support.",
    ),
    (
        "VEH",
        "",
        "{Cl}'s daughter's car was stolen from outside {cl}'s house overnight while she was visiting. Keys were not taken. {Cl} wants support for her daughter who needs the car for work.",
    ),
    (
        "FRD",
        "onl",
        "{Cl}'s husband spotted that {cl} had been tricked by a fake parcel delivery website into entering her card details; {amt} was spent. Husband is helping her deal with the bank. No issues between them.",
    ),
    (
        "MSC",
        "",
        "{Cl}'s wife found a pile of stolen parcels in a neighbour's shed; the neighbour has been charged with handling stolen goods. {Cl} is worried about retaliation. No family issues.",
    ),
    (
        "VWO",
        "",
        "{Cl} says her partner is wonderful and she has never experienced abuse at home. She was referred because a man grabbed her by the arm and tried to pull her into his car on {street}; she broke free. No injury.",
    ),
    (
        "VWI",
        "",
        "{Cl}'s son rang on behalf of his dad ({age_old}), who was punched by a stranger in a dispute at a car park and has a black eye. Son wants emotional support for his dad and to know what is happening with the case.",
    ),
    (
        "SEX",
        "csa",
        "{Cl}'s partner has a daughter (13) who told {cl} that a man at her dance school touched her inappropriately. {Cl} is supporting the family. The man is not related to anyone in the family; police investigating.",
    ),
    (
        "WPN",
        "",
        "{Cl}'s husband found a knife and a knuckleduster hidden in their garden hedge and handed them in; police believe they were dumped by a local youth who was later arrested for possession. No threats to anyone. Couple want reassurance.",
    ),
    (
        "WPN",
        "",
        "ip (bus driver) reports passenger seen w/ large knife in waistband, no threats made to anyone, passenger arr at next stop for poss bladed article",
    ),
    (
        "WPN",
        "",
        "{Cl} saw police arrest a man with an air rifle outside the school where she works; he had not pointed it at anyone. {Cl} is a witness and wants reassurance about giving a statement.",
    ),
    (
        "VWO",
        "",
        "ip (shop assistant) threatened by customer over phone who said he would come in w/ a knife + stab her, no knife seen, ip frightened, call traced",
    ),
    (
        "VWO",
        "",
        "{Cl} received a voicemail from a stranger saying he would knife her; she does not know who he is. No weapon seen. Police investigating threats to kill. {Cl} wants reassurance and help with home security.",
    ),
    (
        "STK",
        "",
        "{Cl} is receiving anonymous text messages and phone calls at all hours calling her names and saying they know where she lives. All by SMS and phone calls. No idea who it is. {Cl} wants support.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s ex-husband keeps phoning and texting her up to forty times a day since she left; all by phone and SMS. He also turns up outside her mum's house. {Cl} wants a safety plan.",
    ),
    (
        "FRD",
        "",
        "{Cl} lost {amt} after a man phoned pretending to be from her bank and then sent a text with a code to read back. Entire scam was by phone call and text message. {Cl} ({age_old}) upset.",
    ),
    (
        "VWI",
        "",
        "{Cl} says he was attacked in the street for no reason; he is Black but the attackers said nothing about race and he does not think it was racially motivated. Broken nose. {Cl} wants support.",
    ),
    (
        "OTH",
        "",
        "{Cl} is disabled and uses a mobility scooter, which was taken from outside her house; police do not believe she was targeted because of her disability and {cl} agrees. Wants help replacing it.",
    ),
    (
        "ROB",
        "",
        "ip (wears turban) robbed of phone at bus stop by 2 males who punched him in back, no abuse about religion, ip says he doesnt think it was hate, no inj",
    ),
    (
        "BUR",
        "",
        "{Cl}'s mosque committee reported a break-in at the community hall, donations box taken. Police and committee believe it was a straightforward theft, no hate element. {Cl} is the treasurer and is upset.",
    ),
    (
        "VWO",
        "",
        "{Cl}, a support worker, was pushed by a service user with learning disabilities during a care task. No injury. {Cl} does not want to pursue it but wants to talk through how it affected her.",
    ),
    (
        "SEX",
        "",
        "{Cl} (19) was sexually assaulted by a man she met at a student party; he was 21. {Cl} is at university and wants ISVA support. She was 19 at the time.",
    ),
    (
        "SEX",
        "",
        "{Cl} ({age_a}) disclosed that she was raped by a work colleague at a conference last year. She has only now told her husband, who is supporting her. Wants to report.",
    ),
    (
        "SEX",
        "csa",
        "{Cl} ({age_a}) wants support after disclosing that she was sexually abused by a swimming coach when she was 11. She has never told anyone before and is thinking about reporting. Her husband knows and is supportive.",
    ),
    (
        "VWO",
        "",
        "{Cl} (20) says she was pushed and threatened by a man in the park who told her to leave the area. She is working long hours in a restaurant for low pay but is free to leave, has her own passport and chose the job. No exploitation concerns.",
    ),
    (
        "OTH",
        "",
        "{Cl}, a seasonal farm worker, had {amt_small} and his watch stolen from his room in the workers' caravans, probably by another worker. He holds his own passport, is paid properly and is free to leave; no exploitation concerns. Wants advice.",
    ),
    (
        "STK",
        "",
        "{Cl}'s parents arranged an introduction to a man she later chose to marry; she is happy in the marriage. The referral concerns a former colleague who keeps sending her letters and waiting outside her work.",
    ),
    (
        "VWI",
        "",
        "{Cl} was punched in the face by a man at a wedding reception after he was asked to leave for being drunk; cut lip and chipped tooth. The man was a guest, not a family member. {Cl} wants support.",
    ),
    (
        "VWO",
        "",
        "dom reported by neighbour, on arrival couple were watching tv, no arg, no dv, neighbour had heard a film. ip = neighbour's elderly mum who had been pushed in the stairwell by a youth earlier, no inj",
    ),
    (
        "ASB",
        "",
        "neighbour reported shouting from flat, officers attended, occupants (mother + adult son) arguing about tv volume, no offences, no dv concerns, no dash required",
    ),
    (
        "ASB",
        "",
        "{Cl}'s neighbours argue loudly late at night; {cl} is worried about them but there is no suggestion anyone is being hurt and police have found no offences. {Cl} is the neighbour and wants the noise to stop.",
    ),
    (
        "VWI",
        "",
        "{Cl}'s ex-husband rang us to ask for support for {cl}, his ex-wife, who was assaulted by a stranger on a night out and has a broken wrist. They remain good friends and co-parent well.",
    ),
    (
        "CDA",
        "",
        "{Cl}'s father's grave was vandalised at the cemetery, headstone pushed over and flowers thrown around. {Cl} and her brothers are distraught. Wants support and to know about repairs.",
    ),
    (
        "TFP",
        "",
        "{Cl} and her partner were on holiday in the city when her partner noticed her bag had been opened and her {item} taken on the tube. No force. {Cl} wants help with travel documents.",
    ),
    (
        "DRG",
        "",
        "{Cl}'s husband found their 16-year-old son's stash of cannabis and pills; the son has been charged with possession with intent to supply after police found messages offering to sell. Parents want family support.",
    ),
    (
        "PUB",
        "",
        "{Cl}'s wife and daughter were in the car when a man blocked their car in a car park and shouted and swore at them, banging the bonnet. No damage, no one hurt. {Cl} wants support for them.",
    ),
    (
        "MSC",
        "",
        "{Cl}'s daughter was a passenger in a car being chased by police; the driver, a friend of hers, has been charged with dangerous driving. No one was hurt. {Cl} wants support for her daughter, who is a witness.",
    ),
    (
        "OCR",
        "",
        "{Cl}'s husband reported that their neighbour had been keeping dogs in filthy conditions and one had died; the council and RSPCA have taken action for animal welfare offences. {Cl} is very upset about it.",
    ),
    (
        "OCR",
        "",
        "{Cl} says she has been the victim of a crime at work but her employer is dealing with it internally and she will not say what happened. Her partner encouraged her to call. {Cl} wants to talk things through.",
    ),
    (
        "VWI",
        "",
        "ip (m) assaulted by girlfriend's ex-boyfriend in street, kicked to head, cuts + bruising, ip + susp no relationship, gf = witness",
    ),
    (
        "STK",
        "",
        "{Cl} is being harassed by her husband's ex-girlfriend, who keeps turning up at the house and sending letters. {Cl}'s husband is supportive and wants the woman to stop. No relationship between {cl} and the woman.",
    ),
    (
        "VWI",
        "",
        "{Cl} (m) was punched by his daughter's boyfriend, who he has met twice, when he told him to leave the house; {cl} has {inj}. The boyfriend does not live there and is not related. {Cl} wants advice.",
    ),
    (
        "SEX",
        "",
        "{Cl} was sexually assaulted by her next-door neighbour, who touched her breasts when she went round to return a parcel. No relationship between them. {Cl}'s partner is supporting her.",
    ),
    (
        "VWO",
        "",
        "{Cl}'s elderly father ({age_old}) was pushed over by a man trying to get on the bus before him; not injured. {Cl} is his daughter and is worried about him going out. No family concerns.",
    ),
    (
        "ROB",
        "knife",
        "{Cl}'s son ({age_child}) was robbed of his bike by two older boys who showed him a knife in their waistband and told him to get off. {Cl} (mum) says he is frightened to go out. Wants support.",
    ),
    (
        "FRD",
        "onl",
        "{Cl} and her husband lost {amt} in a fake investment scheme advertised on Instagram that promised to double their money. Both are devastated and blaming themselves. No issues in the relationship.",
    ),
    (
        "OTH",
        "",
        "{Cl}'s son, who does not live with her, asked for help after {cl}'s handbag was stolen from a trolley while she was loading her shopping at the supermarket. Nobody touched her. {Cl} ({age_old}) upset.",
    ),
    (
        "CDA",
        "",
        "{Cl}'s caravan was set on fire on the site where she lives; fire service say deliberate. {Cl}'s partner and children were inside but escaped unhurt. No known suspects; police say no indication anyone in the family was involved.",
    ),
    (
        "VWO",
        "",
        "ip (door supervisor) pushed + threatened by customer he refused entry, no inj, customers gf tried to calm him, no relationship to ip",
    ),
    (
        "VWO",
        "",
        "ip (council enforcement officer) shoved by resident during inspection, no inj, residents wife apologised, not a domestic",
    ),
    (
        "STK",
        "",
        "{Cl}'s mother asked us to help: {cl} (19) is being pestered by a man from college who sends her letters and waits outside her lectures. {Cl} has never dated him. Mum is worried.",
    ),
    (
        "SEX",
        "",
        "{Cl} was exposed to by a man in a parked car while she was walking her dog; he was masturbating and looking at her. {Cl}'s husband reported it. Wants support.",
    ),
    (
        "BIC",
        "",
        "{Cl}'s husband's racing bike was taken from the communal bike store in their block; the lock was cut. Husband is training for a charity ride. {Cl} asked about support.",
    ),
    (
        "VEH",
        "",
        "ip reports items taken from her car (satnav + sunglasses) parked o/s her mums house, window smashed, no susp, ips mum called it in",
    ),
    (
        "VWI",
        "",
        "{Cl} (m, {age_a}) was beaten by two men outside a nightclub after his girlfriend was spoken to by one of them; he has a broken jaw. His girlfriend was not hurt. {Cl} wants help with the CICA claim.",
    ),
    (
        "VWO",
        "",
        "{Cl}'s 11-year-old son was threatened by an older boy who shouted across the road that he would stab him if he walked past his house again; no weapon seen. {Cl} wants advice. No family connection to the older boy.",
    ),
    (
        "ROB",
        "",
        "{Cl} was robbed on his way home by a man who punched him and took his wallet; {cl} says he had been drinking with his brother earlier but the brother was not involved and walked a different way. {Cl} has a bruised cheek.",
    ),
    (
        "VWI",
        "",
        "{Cl}'s stepson was not involved: {cl} was assaulted by a stranger at the petrol station and has a cut above the eye. Stepson rang the referral in because {cl} does not use the phone well.",
    ),
    (
        "PUB",
        "",
        "{Cl}'s neighbour stood in the street shouting threats that he would 'sort out' {cl}'s family over a parking dispute; {cl} was alarmed. No physical contact. No relationship between the families.",
    ),
    (
        "STK",
        "onl",
        "{Cl}'s fiance noticed that a stranger had been creating fake profiles using {cl}'s photos on a dating site and messaging men as her, then sending her abusive messages through the site when she complained. {Cl} is distressed. Her fiance is helping her report the profiles.",
    ),
    (
        "VWO",
        "",
        "{Cl} says she would like to know about refuges 'just in case' because she has seen a TV programme, but there is nothing happening at home and she feels safe with her husband. The referral was for a common assault by a shop customer who pushed her.",
    ),
    (
        "VWI",
        "",
        "{Cl} was attacked by a dog owner who punched her when she complained about his dog fouling; bruising to her eye. No relation. {Cl}'s husband is a witness and rang it in.",
    ),
    (
        "CDA",
        "",
        "{Cl}'s windows were smashed by a group of youths; her previous abusive relationship ended in 2014 and her IDVA at the time is aware. Police found no link and the youths have been identified. {Cl} wants repair help.",
    ),
    (
        "VWO",
        "",
        "{Cl}'s adult daughter was present when a man at the pharmacy counter pushed {cl} out of the way and shouted at her. No injury. Daughter rang us. No family issues.",
    ),
    (
        "SHP",
        "",
        "{Cl} runs a family butcher's shop with her husband and son. A man took meat from the counter and ran out; no threats. Family frustrated and want support dealing with repeat thefts.",
    ),
    (
        "BUR",
        "",
        "{Cl}'s house was broken into while she was in hospital giving birth; her partner was staying with her at the hospital. Baby items and a laptop stolen. Couple want support and help with security.",
    ),
    (
        "VWO",
        "",
        "ip (15) punched at by his stepdad during an argument but ip ducked, no contact, no inj. ip's mum present. children's services informed",
    ),
    (
        "VWO",
        "",
        "Child protection: girl (13) says her dad grabbed her arm and shouted in her face when she would not go to bed; no marks. Strategy discussion held. Police and children's services involved.",
    ),
    (
        "VWI",
        "",
        "Child protection: boy (10) has bruising to his back from being hit with a belt by his mother's boyfriend. Police and children's services involved. Maternal grandmother caring for him.",
    ),
]
INDIRECT += [
    (
        "BIC",
        "da",
        "{Cl}'s bike was taken from outside the gym by the man she was seeing until {month}; he still had the key to her bike lock and was caught on the gym's camera wheeling it away. {Cl} wants it back and advice on keeping him away.",
    ),
    (
        "TFP",
        "da",
        "ip says the father of her youngest snatched her purse out of her hand in the street + ran off, no contact w/ her body, no inj, purse had her benefits card, dash std",
    ),
    (
        "VEH",
        "da",
        "The man {cl} lived with until the spring took her car from the supermarket car park using the spare key and has been driving it around with his friends. It is registered and insured in her name. {Cl} wants advice and support.",
    ),
    (
        "MSC",
        "da",
        "{Cl} says the father of her son phoned her and said he would burn her car out if she went to the family court hearing. He has not done anything yet. {Cl} frightened; wants support at court.",
    ),
    (
        "PUB",
        "da",
        "{Cl}'s husband's nephew stood outside her house shouting and swearing and saying the family would 'deal with her' after she left her husband. He did not come near her. {Cl} alarmed and wants support.",
    ),
    (
        "ASB",
        "",
        "{Cl} says the couple who moved into the flat above play loud music late and bang doors. No threats or damage, no offences. {Cl} is a night worker and exhausted. Wants the housing association to act.",
    ),
    (
        "ROB",
        "da",
        "{Cl} was pushed to the ground by the man she lived with until last spring, who then took her handbag and ran; she has grazed hands. He knew her bank PIN. {Cl} wants her cards stopped and a safety plan.",
    ),
    (
        "BUR",
        "da",
        "{Cl} came home to find the woman she was with for five years had got into her flat through an unlocked window and taken the dog, the TV and her late mum's jewellery. {Cl} wants support to report and get her things back.",
    ),
    (
        "HOM",
        "da",
        "Bereaved family referral. {Cl}'s daughter (31) was killed by the man she had lived with for three years; he has been charged with murder. {Cl} is caring for her grandson and wants help with the homicide service and the DHR.",
    ),
    (
        "DDR",
        "",
        "{Cl}'s son was killed when the car he was a passenger in, driven by a friend from work, crashed at high speed; the friend has been charged with causing death by dangerous driving. {Cl} wants support through the trial.",
    ),
    (
        "OCR",
        "",
        "{Cl} says the man she split up with in the summer took the dog they had together when he moved out and neglected it so badly it had to be put down; the RSPCA are prosecuting him for animal welfare offences. He has not contacted or threatened {cl}. {Cl} heartbroken.",
    ),
    (
        "VEH",
        "da",
        "dv - susp = ips ex h, has taken her car again w/o consent + left it on {street} w/ no fuel, keys taken from her bag, dash std",
    ),
    (
        "BUR",
        "da",
        "dv - susp is ips adult daughter who was told to leave, got back in via back door while ip out + took {amt_small} + bank statements, dash std",
    ),
    (
        "CDA",
        "da",
        "dv - susp = man ip was with till june, spray painted 'liar' on her front door + kicked her car door in, no assault, dash medium",
    ),
    (
        "ROB",
        "da",
        "dv - ip (m) punched by his wife's brother who then took his wallet + phone from him in the street, bruised cheek, dash medium",
    ),
    ("OTH", "da", "dv - ips son in law (lives w/ her) pawned her jewellery + tv w/o permission, ip {age_old}, asc ref"),
    (
        "FRD",
        "da",
        "dv - ips ex p took out phone contracts in her name using her passport she left behind, approx {amt}, dash std",
    ),
    (
        "STK",
        "da",
        "{Cl} says the mother of his twins keeps filming him at handovers, reporting him to his employer and sending letters to his new partner. He is worn down and worried about his job. Wants advice and support.",
    ),
    (
        "VWI",
        "da",
        "{Cl}'s father-in-law, who lives with them, hit her across the face with the back of his hand when she answered back; her lip split. Her husband told her to apologise. {Cl} wants advice on leaving with the baby.",
    ),
    (
        "VWO",
        "da",
        "{Cl} says the man she has been sleeping with on and off for two years, who she describes as 'not really a boyfriend', grabbed her by the neck of her jumper and pushed her against the car when she said she wanted to end it. No injury.",
    ),
    (
        "STK",
        "da onl",
        "{Cl} says the woman she went out with for most of her twenties has been sending her messages on Facebook Messenger and Instagram again, saying she knows where she works now. {Cl} has blocked her several times. Wants a safety plan.",
    ),
    (
        "VWI",
        "da",
        "{Cl} (m, {age_old}) was hit with his own walking stick by his daughter's husband, who has lived with them for a year, when he refused to sign over the house; bruising to his shoulder. Adult safeguarding involved.",
    ),
    (
        "SEX",
        "da",
        "{Cl} was raped by the father of her children when he came to the house to see them; they separated eighteen months ago. She has reported it and he has been arrested. {Cl} wants ISVA support and help with child contact.",
    ),
    (
        "VWO",
        "da",
        "{Cl}'s brother's wife, who lives in the same house, threw a cup of cold tea over her and pushed her during an argument about the kitchen. No injuries. {Cl} wants advice about living arrangements.",
    ),
    (
        "STK",
        "da",
        "{Cl} says the woman he was married to until last year has been ringing his new workplace pretending to be from the police and telling his colleagues he is violent. {Cl} has never been arrested. Wants support.",
    ),
    (
        "CDA",
        "da",
        "{Cl} says her son's father came round while she was out and poured bleach over her clothes and broke her laptop screen. Her son, who is 19, let him in. {Cl} wants advice on a non-molestation order.",
    ),
    (
        "VEH",
        "",
        "{Cl}'s car was stolen from outside her daughter's house while she was babysitting; the police found it burnt out the next day. No suspects. {Cl} needs it for hospital appointments.",
    ),
    (
        "BIC",
        "",
        "{Cl}'s son's bike was taken from the garden of the house he shares with his girlfriend; it was not locked. He uses it for his delivery job. {Cl} asked on his behalf about any help with replacement.",
    ),
    (
        "TFP",
        "",
        "{Cl}'s sister noticed the man who had been standing too close to {cl} on the escalator walking off with {cl}'s {item}; no force was used. {Cl} wants help replacing documents.",
    ),
    (
        "SHP",
        "",
        "{Cl} and her son-in-law run a convenience store; a regular customer has been caught on CCTV stealing bottles of vodka several times. No threats. {Cl} asked for support because she is anxious when he comes in.",
    ),
    (
        "DRG",
        "",
        "{Cl} says her late brother's flat, which she is now clearing, was being used by his former lodger to store cocaine; police found it and the lodger has been charged with possession with intent to supply. {Cl} shaken.",
    ),
    (
        "WPN",
        "",
        "{Cl}'s nephew (19) was arrested for carrying a machete in town; he did not threaten anyone. {Cl} is his aunt and is worried about him and about the people he mixes with. She has asked for family support.",
    ),
    (
        "PUB",
        "hate",
        "{Cl}'s son's partner was racially abused by a man at the bus stop who shouted that she should go back to where she came from; no physical contact. {Cl}'s son asked us to contact her. She was alarmed and distressed.",
    ),
    (
        "OTH",
        "",
        "{Cl}'s late husband's medals were taken from a display case at the care home where she lives; staff and residents have access. No suspect identified. {Cl} is heartbroken and her son is supporting her.",
    ),
    (
        "FRD",
        "onl",
        "{Cl}'s grandson noticed that {cl} had been sending money through a website to someone who said he was a solicitor handling an inheritance; {amt} lost. The grandson is helping her report. No family member involved in the fraud.",
    ),
    (
        "MSC",
        "",
        "{Cl}'s daughter's ex-boyfriend has been charged with perverting the course of justice for giving false details when police stopped him; {cl} is a witness because he used her address. He has never been in a relationship with {cl} herself.",
    ),
    (
        "ASB",
        "",
        "{Cl} says the lads who hang around with her neighbour's son ride motorbikes up and down the back lane most evenings. No threats or damage, no offences. {Cl} is worried about her grandchildren playing out.",
    ),
    (
        "VWI",
        "",
        "{Cl}'s son-in-law's friend, who was staying for the weekend, punched {cl} when she asked him to stop smoking in the house; {cl} has a swollen jaw. The friend is not related. {Cl} wants support.",
    ),
    (
        "VWO",
        "",
        "{Cl} says the man her mother has started seeing, who does not live with them and whom {cl} has met once, pushed her at a family barbecue. No injury. {Cl} (30) wants advice.",
    ),
    (
        "STK",
        "",
        "{Cl}'s former mother-in-law's neighbour has been sending {cl} abusive letters accusing her of lying about the divorce. {Cl} does not know the woman. Wants advice about harassment.",
    ),
    (
        "HOM",
        "",
        "Bereaved family referral. {Cl}'s nephew was killed in a fight with a group of strangers at a festival; two men have been charged with manslaughter. {Cl} is coordinating support for the wider family.",
    ),
    (
        "ROB",
        "",
        "{Cl}'s husband's cousin was with {cl} when two men pushed her against a wall and took her phone and cash on the way back from a wedding; she has a bruised shoulder. The cousin was not involved in the robbery. {Cl} wants support.",
    ),
]
CASEWORKER += [
    (
        "BIC",
        "",
        "{Cl} is a student nurse whose bike was stolen from the hospital staff cycle shelter during a night shift; it was locked to the stand. She now has to walk home at 8am after nights. Wants help with replacement and feels anxious about the walk.",
    ),
    (
        "BIC",
        "",
        "{Cl} ({age_old}) had his tricycle taken from outside the community centre; it is his only way to get to the shops. It was locked with a chain that was cut. Wants practical help and a visit.",
    ),
    (
        "TFP",
        "",
        "{Cl}'s phone was lifted from her coat pocket in a busy nightclub queue; she realised when she went to pay. No one touched her that she noticed. The phone had all her photos of her late dad. {Cl} very upset, wants someone to talk to.",
    ),
    (
        "TFP",
        "",
        "{Cl} had her {item} taken from her jacket pocket on a crowded bus; she felt a nudge but thought nothing of it until she got off. No force. {Cl} ({age_old}) feels foolish. Wants reassurance.",
    ),
    (
        "SHP",
        "",
        "{Cl} is a young sales assistant at a clothes shop who has been dealing with a group of teenagers stealing items every weekend; they laugh at her when she asks them to leave but have not threatened her. {Cl} wants support and advice.",
    ),
    (
        "SHP",
        "",
        "Referral for a pharmacy owner: a man has been stealing expensive skincare products every week and staff now dread his visits. He has never been aggressive. Owner wants support for the team and to know about the court process.",
    ),
    (
        "DRG",
        "",
        "{Cl}'s neighbour was arrested for running a cannabis farm in the house next door; {cl} had been complaining about the smell for months. She is worried about fire risk and about the people who come to the house. Wants support.",
    ),
    (
        "DRG",
        "",
        "{Cl} is a head teacher who reported a man selling cannabis to pupils outside the school gates; he has been charged with supplying a controlled drug. {Cl} worried about the pupils and wants advice on support for staff.",
    ),
    (
        "WPN",
        "",
        "{Cl} works in a bar where a customer was found with a knife in his coat when door staff searched him; he was arrested for possession and did not threaten anyone. {Cl} found it upsetting and wants to talk.",
    ),
    (
        "WPN",
        "",
        "{Cl}'s teenage son's friend was arrested for having a BB gun in his bag on the bus; he had not pointed it at anyone. {Cl}'s son was with him and is shaken. {Cl} wants support for her son.",
    ),
    (
        "OCR",
        "",
        "{Cl} runs a small cattery and discovered a former employee had been neglecting the cats in her care, leaving them without water. Animal welfare officers investigating. {Cl} devastated and worried about her business.",
    ),
    (
        "OCR",
        "",
        "{Cl} reports she has been a victim of crime while travelling abroad and has come home; she has not said what happened and UK police cannot investigate. She wants emotional support.",
    ),
    (
        "HOM",
        "",
        "Homicide service referral. {Cl}'s daughter (19) died after being given a spiked drink and assaulted at a house party; a man has been charged with her murder. {Cl} wants help with media and the trial.",
    ),
    (
        "VEH",
        "",
        "{Cl}'s mobility car was broken into and the blue badge and her mobility aids taken from inside. {Cl} is disabled and has been left unable to go out. No indication she was targeted because of her disability. Wants practical help.",
    ),
    (
        "MSC",
        "",
        "{Cl} is a pharmacist who was handed a forged prescription for strong painkillers; the man was arrested. {Cl} was unsettled by the man's manner. Wants support.",
    ),
    (
        "PUB",
        "",
        "{Cl} was waiting at a taxi rank when a man began shouting threats and swearing at the queue and kicked a bin over; she was alarmed and left. No one was hit. Police charged him with a public order offence. Wants support.",
    ),
    (
        "ASB",
        "",
        "{Cl} complains that a neighbour feeds pigeons in the garden and they foul her windows and car; relations have broken down. No threats or damage. {Cl} wants mediation.",
    ),
    (
        "ROB",
        "",
        "{Cl} was followed from the bank by a man who grabbed her arm, twisted it and took the envelope of cash she had just withdrawn; her wrist is sprained. {Cl} ({age_old}) frightened to go out. Wants support and a home visit.",
    ),
    (
        "BUR",
        "",
        "{Cl}'s home was burgled while she slept; the burglars took her car keys from the hallway and her car from the drive. {Cl} woke to find the front door open. She is terrified of sleeping there. Wants help with security and counselling.",
    ),
    (
        "BUR",
        "",
        "{Cl}'s rented room in a shared house was broken into and her laptop and savings taken; the landlord will not fix the lock. No suspect. {Cl} is a student and wants advice on housing and support.",
    ),
    (
        "CDA",
        "hate",
        "{Cl}'s car was daubed with a swastika and anti-Jewish words outside her home. {Cl} wants support and to know whether there is help with cleaning and security.",
    ),
    (
        "DDR",
        "",
        "{Cl} was seriously injured when a car mounted the pavement and hit her outside the school; the driver had been speeding and has been charged with causing serious injury by dangerous driving. {Cl} needs help with transport and counselling.",
    ),
    (
        "FRD",
        "onl",
        "{Cl} sold her camera through an online marketplace and the buyer sent a fake payment confirmation email; she posted the camera and never received the {amt}. {Cl} is a single parent and wants help reporting it.",
    ),
]

POLICE += [
    ("BIC", "", "ips bike taken from bike rack o/s {shop}, cable lock cut, cctv req, ip relies on bike for work"),
    (
        "BIC",
        "",
        "bike stolen from communal hallway of flats o/n, main door propped open by other resident, ip wants vs",
    ),
    (
        "TFP",
        "",
        "dip at bus stn, ips wallet taken from back pocket in crowd, 2 males seen on cctv working together, no force",
    ),
    (
        "SHP",
        "",
        "shop theft {shop}, female concealed perfume in pram + left, staff followed + lost her, no confrontation, known local",
    ),
    (
        "DRG",
        "",
        "ip = resident, reports cuckooing of flat opposite, heroin users coming + going, warrant done, 2 arr pwits class a",
    ),
    (
        "WPN",
        "",
        "male found w/ lock knife during stop + search o/s school, no threats to anyone, arr poss bladed article in school premises, ip = teacher who called it in",
    ),
    (
        "OCR",
        "",
        "ip saw male kicking a dog repeatedly in park, dog yelping, rspca + police attended, owner reported for animal welfare offence",
    ),
    (
        "HOM",
        "",
        "murder, female ({age_a}) found deceased in park, no susp identified yet, fam being supported by flo, ref to homicide service",
    ),
    ("VEH", "", "ip reports number plates stolen from his {car} o/n, no susp"),
    (
        "MSC",
        "",
        "ip (witness in assault trial) reports male offered her money to not attend court, arr perverting course of justice",
    ),
    (
        "PUB",
        "",
        "large group of youths throwing fireworks at passing cars + people on {street}, ip = driver, alarmed, no damage, s4",
    ),
    (
        "ASB",
        "",
        "ip reports neighbours' dog barking constantly + them leaving rubbish bags in shared garden, no offences, refer to council",
    ),
    (
        "ROB",
        "knife",
        "ip ({age_child}) robbed of phone + trainers in park by 3 youths, one showed blade, no inj, parents informed",
    ),
    ("BUR", "", "commercial burg at {shop}, shutters forced o/n, cigarettes + cash taken, ip = manager, soco attended"),
    (
        "DDR",
        "",
        "rtc, ip (pedestrian) hit by van reversing at speed in car park, fractured leg + pelvis, driver arr causing serious injury by careless driving",
    ),
    (
        "VWO",
        "ms",
        "ip found working on building site in {town}, living in van, employer took passport + pays him {amt_small} a week, says he cant leave, nrm ref",
    ),
    (
        "VWO",
        "da hba",
        "ip (18) says uncle + brother threatened to kill her if she didnt go through with engagement, says its about family honour, dash high, fm unit informed",
    ),
    (
        "VWI",
        "knife",
        "ip stabbed in shoulder w/ screwdriver by unk male during argument over parking, ambo, wound cleaned + stitched, susp arr",
    ),
    (
        "VWI",
        "hate knife",
        "ip slashed on arm w/ craft knife by male who shouted anti muslim abuse at her on {street}, ambo, susp arr",
    ),
    (
        "SEX",
        "csa",
        "ip (15) reports adult male (approx 25) gave her alcohol + touched her sexually in his car, known to her from the park, susp arr",
    ),
]

SAFEGUARDING += [
    (
        "VWO",
        "ms",
        "NRM referral. {Cl} was found by police sleeping in a garage behind a hand car wash; he works seven days a week, is paid {amt_small} a week and says the boss keeps his ID and threatens to report him to immigration. {Cl} wants to be safe and to send money home.",
    ),
    (
        "VWO",
        "ms",
        "Safeguarding: {cl}, a man with a learning disability, was taken in by a family who made him do building work for them for years without pay and kept his benefits. He slept in a shed. They are not related to him. NRM and adult safeguarding referral made.",
    ),
    (
        "SEX",
        "ms onl",
        "NRM referral. {Cl} was recruited online for 'modelling' and brought from abroad, then held in a flat and advertised for sex on an adult website by the men who controlled her; she was not allowed out. Police rescued her. ISVA support requested.",
    ),
    (
        "VWO",
        "ms",
        "Child criminal exploitation. Girl (15) repeatedly missing from care has been found carrying drugs between towns for an older man who threatens her and her mother. NRM submitted; police and children's services involved.",
    ),
    (
        "SEX",
        "ms csa",
        "CSE/trafficking. Boy (16) was moved between houses in {town} and made to have sex with adult men in exchange for 'debt' relief and somewhere to stay. Disclosed to his youth worker. NRM submitted, strategy meeting held.",
    ),
    (
        "VWO",
        "da hba",
        "FGM concern. {Cl}, a 19-year-old, says her father and aunt are planning for her to be cut before her marriage and her father hit her with his hand when she said no. No injury. FGM protection order applied for; {cl} placed in safe accommodation.",
    ),
    (
        "STK",
        "da hba",
        "{Cl} (25) says her brothers have been following her and checking her phone after she took off her headscarf, saying the community is talking about the family. They have told her she will be 'dealt with'. {Cl} wants a safety plan.",
    ),
    (
        "VWI",
        "da hba",
        "{Cl} (17) was hit with a belt by her father, leaving marks on her legs, after he saw photos of her with a boy at college; he said she had brought shame on the family and would be sent abroad. Children's services and police involved.",
    ),
    (
        "STK",
        "hba onl",
        "{Cl} is a young woman who has been receiving threats on Facebook and WhatsApp from members of her local community, who call her a disgrace for marrying outside her caste. Her own family support her. {Cl} wants help to report.",
    ),
    (
        "VWO",
        "da hba",
        "{Cl}'s husband and his brothers have told her that if she tries to divorce him she will be killed, because it would shame the family. She believes them. No physical violence. {Cl} wants to leave safely; MARAC referral made.",
    ),
    (
        "SEX",
        "csa",
        "{Cl}'s daughter (14) disclosed that her mum's new boyfriend, who does not live with them, has been coming into her room at night and touching her. {Cl} (dad) wants support and advice on protecting her.",
    ),
    (
        "SEX",
        "csa onl",
        "School safeguarding: girl (13) has been sending sexual images to an adult man she met on an online game after he told her he was 16; he then asked to meet her. Police investigating sexual communication with a child. Parents want support.",
    ),
    (
        "MSC",
        "csa onl",
        "School safeguarding: intimate images that a 15-year-old girl sent privately to a boy have been shared in a group chat by pupils in her year. Police investigating. {Cl}'s mum wants support for her daughter.",
    ),
    (
        "VWO",
        "",
        "Child protection: boy (6) has been left to look after his two-year-old sister for hours while their mother goes to work; neighbours reported it. Police investigating neglect. Children placed with grandparents.",
    ),
    (
        "ROB",
        "",
        "Adult safeguarding. A man who befriended Mr {sur} ({age_old}) at the pub followed him home, pushed him over in his hallway and took his wallet and pension cash. Not related. Mr {sur} has a cut to his hand. Wants support.",
    ),
    (
        "BUR",
        "",
        "Adult safeguarding. Two men posing as water board workers got into Mrs {sur}'s house and stole jewellery and cash while she was distracted in the kitchen. {Cl} ({age_old}) lives alone. Her daughter has asked for support.",
    ),
    (
        "OTH",
        "",
        "Safeguarding. A neighbour who was doing Mrs {sur}'s shopping has been keeping the change and taking extra cash from her purse, about {amt_small} a week. Not related. {Cl} ({age_old}) noticed when her savings ran low.",
    ),
    (
        "FRD",
        "",
        "Adult safeguarding. A builder who is not related to {cl} persuaded Mrs {sur} ({age_old}) to pay {amt} for urgent roof work that was never done; he kept coming back for more money. Trading standards and police involved.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s husband has been monitoring her through the doorbell camera, asking where she has been every time she goes out and taking her car keys at night. He also controls their joint account. No violence. {Cl} wants to talk about her options.",
    ),
    (
        "VWI",
        "da",
        "{Cl} ({age_old}) was found by a neighbour with a head wound after her son, who she cares for and who has mental health problems, hit her with a tray. Son detained under the Mental Health Act. {Cl} wants support and respite.",
    ),
    (
        "VWO",
        "da",
        "IDVA: {cl} and her girlfriend live together; the girlfriend spat at her and pushed her out of the bedroom when she tried to pack a bag. No injury. {Cl} has now moved out to her mum's. Wants a safety plan.",
    ),
    (
        "STK",
        "da",
        "{Cl} (male, 34) reports that his husband tracks his spending, takes his wages and will not let him see his friends. {Cl} was told by his husband that no one would believe a gay man. Wants to speak to an IDVA.",
    ),
    (
        "FRD",
        "da",
        "Economic abuse. {Cl}'s ex-wife has used his details to open store cards and a catalogue account since they separated, running up {amt}. {Cl} (male) wants advice and support with creditors.",
    ),
    (
        "STK",
        "da",
        "{Cl}'s daughter (30) calls her up to twenty times a day, shouts at her and turns up at her flat demanding money; {cl} ({age_old}) is frightened. Adult safeguarding and IDVA involved.",
    ),
    (
        "OTH",
        "da",
        "{Cl}'s granddaughter, who she raised and who is now 23, has been stealing her pension money from the kitchen tin and selling her late husband's coin collection. {Cl} does not want police to arrest her. Adult safeguarding involved.",
    ),
    (
        "VEH",
        "da",
        "IDVA: {cl}'s ex-partner took her car without permission after their argument and crashed it into a wall; it is a write-off. He was arrested for aggravated vehicle taking. {Cl} wants help with transport and a safety plan.",
    ),
    (
        "CDA",
        "da",
        "IDVA: {cl}'s partner punched holes in the walls and broke all the crockery when she said she was going to her sister's for the weekend; he did not touch her. {Cl} frightened about what will happen next.",
    ),
    (
        "BUR",
        "da",
        "IDVA: {cl}'s former partner got into her house through the back door while she was out and took her children's passports and her mobile phone. He left a message saying she would never take the children abroad. {Cl} wants locks changed and legal advice.",
    ),
    (
        "MSC",
        "da",
        "{Cl}'s ex-partner has been arrested for breaching his bail by coming to her street; he did not approach her. He is awaiting trial for assaulting her. {Cl} wants updates and safety planning.",
    ),
    (
        "PUB",
        "",
        "Safeguarding: a resident of a supported housing scheme was shouted at and sworn at by a group of men outside the building; they also banged on the windows. No one touched him. {Cl} frightened. Housing officer informed.",
    ),
    (
        "ASB",
        "",
        "Safeguarding: older {cl} ({age_old}) is upset by children who play ball games outside her window and cycle on the pavement. Nothing damaged, no threats. She would like someone to speak to them.",
    ),
    (
        "DRG",
        "",
        "Safeguarding: {cl}, a vulnerable young man, reports that a local dealer has been selling him spice and cannabis; police have arrested the dealer for supply. {Cl} wants help with his substance use.",
    ),
    (
        "WPN",
        "",
        "Safeguarding: {cl}'s son (17), who has autism, was arrested for carrying a knife in his school bag; he said it was for protection and did not threaten anyone. {Cl} wants support for him and the family.",
    ),
    (
        "OCR",
        "",
        "Safeguarding: {cl} reports that the neighbour's rabbits and chickens are kept in filthy hutches with no water; council animal welfare officers have started proceedings against him. {Cl}, who has anxiety, is very upset by it.",
    ),
]

TRAPS += [
    (
        "BIC",
        "",
        "{Cl}'s partner reported that {cl}'s bike was taken from their back yard overnight; it was locked to the drainpipe. No issues at home. {Cl} wants help with a replacement.",
    ),
    (
        "TFP",
        "",
        "ips husb reported theft of ips purse from her open bag at train stn, no contact, ip didnt notice, not dv, husb supporting",
    ),
    (
        "SHP",
        "",
        "{Cl} is a shop worker whose ex-boyfriend (no contact, no concerns) happens to work for the security company; the referral is about a man who regularly steals from the shop without threats. {Cl} wants support.",
    ),
    (
        "DRG",
        "",
        "ips son (22) arr for poss w/ intent to supply cannabis, ip says he has never harmed or threatened her, she just wants support for herself as a parent, no dv",
    ),
    (
        "WPN",
        "",
        "{Cl}'s husband was the one who called the police when he saw a man in the park with a large knife; the man was arrested for possession, nobody was threatened. {Cl} was with her husband and is shaken.",
    ),
    (
        "OCR",
        "",
        "{Cl}'s ex-partner, who she is on good terms with, shares care of their dog; a dog walker they paid left it shut in a hot van for hours and is being prosecuted under the Animal Welfare Act. {Cl} upset.",
    ),
    (
        "HOM",
        "",
        "{Cl}'s partner died in hospital after being attacked by a gang outside their home; three men have been charged with murder. {Cl} witnessed it and is struggling. Wants support for herself and her children.",
    ),
    (
        "VEH",
        "",
        "{Cl} and her wife's camper van was stolen from outside their house; they had been saving for years for it. No suspects. Couple want support.",
    ),
    (
        "MSC",
        "",
        "{Cl}'s brother has been charged with dangerous driving after speeding past her children outside school; he did not hit anyone and {cl} says he has never harmed or threatened her. {Cl} was only a witness and is upset about giving evidence.",
    ),
    (
        "PUB",
        "",
        "{Cl}'s dad (her carer) was with her when a man started shouting and swearing at them on the bus for taking too long to get on; {cl} uses a wheelchair but the man said nothing about her disability. Alarmed, no contact.",
    ),
    (
        "ASB",
        "",
        "{Cl}'s ex-husband, with whom she has no issues, lives next door to her mother; the referral is about the tenants on the other side who hold loud parties. No offences disclosed.",
    ),
    (
        "ROB",
        "",
        "{Cl} (17) was robbed of her phone by a boy she did not know who pushed her off her bike; her boyfriend was with her and chased him. Grazes to her knees. Not DA. Mum wants support.",
    ),
    (
        "BUR",
        "",
        "{Cl}'s flat was burgled while she and her boyfriend were out for dinner; he was with her the whole time and they both feel unsafe now. No suspect. Wants help with security.",
    ),
    (
        "FRD",
        "onl",
        "{Cl}'s daughter set up an online shopping account for her; a fraudster then accessed it and spent {amt}. The daughter has not done anything wrong and is helping her sort it out. {Cl} ({age_old}) anxious.",
    ),
    (
        "VWO",
        "hate",
        "{Cl}, who has cerebral palsy, was pushed by a man who called him a 'retard' and mimicked his walk; no injury. {Cl}'s brother reported it. Wants support.",
    ),
    (
        "CDA",
        "",
        "{Cl}'s ex-husband reported that someone had smashed the windows of her car while it was parked at his house during the children's contact weekend; police have identified local youths. He is not a suspect. {Cl} wants repair help.",
    ),
]
INDIRECT += [
    (
        "DDR",
        "",
        "{Cl}'s son was knocked down and killed on his way to school by a driver who was later found to have been over the drink-drive limit; charged with causing death by careless driving while under the influence. {Cl} and her partner want support through the court process.",
    ),
    (
        "DDR",
        "",
        "rtc, the man ip has been living with for 5 yrs (ip = passenger) seriously inj when other driver overtook on bend + hit them head on, other driver arr causing serious injury by dangerous driving, no dv",
    ),
    (
        "DDR",
        "",
        "Bereaved family referral. The woman {cl}'s brother had been married to for thirty years was killed by a delivery driver who mounted the kerb; the driver has been charged with causing death by dangerous driving. {Cl} supporting her brother.",
    ),
    (
        "SHP",
        "",
        "{Cl}'s husband's shop on {street} has been targeted by the same two shoplifters for weeks; they fill bags with washing powder and walk out. No threats. {Cl} helps out in the shop and is anxious. Wants support.",
    ),
    (
        "DRG",
        "",
        "{Cl} says the lodger who rents her back bedroom has been arrested for dealing cocaine from her house; she had no idea. He is not related to her. Police have told her she is not under suspicion. {Cl} wants support and advice on ending the tenancy.",
    ),
    (
        "WPN",
        "",
        "The man who rents the garage behind {cl}'s house was arrested after police found a sawn-off shotgun in it; nobody was threatened. {Cl} is frightened about who else might come looking for it. Wants reassurance.",
    ),
    (
        "OCR",
        "",
        "{Cl}'s daughter's horse was found starving at the stables where the yard owner had been paid to care for it; the yard owner is being prosecuted under animal welfare legislation. {Cl} and daughter very upset. Not related to the yard owner.",
    ),
    (
        "TFP",
        "",
        "The friend {cl} was shopping with saw a woman take {cl}'s {item} from the top of her open bag as they stood at the market stall; no force. {Cl} wants help cancelling cards.",
    ),
    (
        "BIC",
        "",
        "{Cl}'s son's girlfriend left his bike unlocked outside the corner shop and it was stolen in minutes; {cl} asked about help replacing it as he uses it for work. No suspect.",
    ),
]

CASEWORKER += [
    (
        "DDR",
        "",
        "{Cl} was a passenger on a bus that was hit by a car being raced along the high street; she suffered a broken spine. Driver charged with causing serious injury by dangerous driving. {Cl} wants help with adaptations and counselling.",
    ),
    (
        "DDR",
        "",
        "Bereaved family referral. {Cl}'s mum ({age_old}) was killed when an unlicensed, uninsured driver hit her on a zebra crossing; he has been charged with causing death by driving while unlicensed and uninsured. Family want information on the court process.",
    ),
    (
        "SHP",
        "",
        "{Cl} is the duty manager at {shop}. A man filled a rucksack with steak and coffee and walked out; {cl} tried to speak to him but he ignored her. No threats. {Cl} says the repeated thefts are affecting her sleep.",
    ),
    (
        "DRG",
        "",
        "{Cl} reported that her neighbour was selling ketamine to teenagers from his car; he has been charged with supply. {Cl} is now worried because she thinks he knows she reported him. Wants support.",
    ),
    (
        "OCR",
        "",
        "{Cl} found her neighbour's cat shut in a shed without food or water for days by the neighbour's lodger while the neighbour was in hospital; the RSPCA are prosecuting the lodger for animal welfare offences. {Cl} distressed and wants support.",
    ),
]

POLICE += [
    (
        "DDR",
        "",
        "fatal rtc, ips son (17) killed as passenger when friend lost control of car at speed, driver (18) arr causing death by dangerous driving, ip = mum, fam ref",
    ),
    (
        "SHP",
        "",
        "shop theft at {shop}, 2 females took clothing worth approx {amt_small} + left, security stopped 1, other made off, no force",
    ),
    (
        "DRG",
        "",
        "ip = landlord, tenant arr after police found approx 1kg cannabis + scales at property, pwits, ip wants support re eviction",
    ),
    (
        "WPN",
        "",
        "poss offensive weapon, male arr at {pub} w/ extendable baton in jacket, no threats made, ip = licensee who called it in",
    ),
    (
        "TFP",
        "",
        "ips phone taken from table in {pub} beer garden while she was sitting there, no contact, susp seen leaving",
    ),
    (
        "BIC",
        "",
        "ip's {bike} taken from o/s his work, d-lock left on rack, cctv shows male w/ angle grinder, no susp id",
    ),
]

SAFEGUARDING += [
    (
        "DRG",
        "",
        "Safeguarding: {cl}'s son (16) has been found with cannabis and pills on three occasions and was charged this time with possession with intent to supply. No evidence he is being exploited or controlled by anyone. Family support requested.",
    ),
    (
        "OCR",
        "",
        "Adult safeguarding: {cl} ({age_old}) was upset after a visiting worker saw her neighbour beating his own dog with a lead; RSPCA prosecuting under the Animal Welfare Act. {Cl} is a witness and anxious about giving evidence.",
    ),
    (
        "SHP",
        "",
        "Safeguarding: {cl}, a 19-year-old with learning disabilities who works in a charity shop, has been upset by a man who keeps stealing items from the rails; he has never threatened her. Job coach requested support.",
    ),
    (
        "WPN",
        "",
        "Safeguarding: {cl} (16) was present when his friend was arrested for carrying a zombie knife in the park; nobody was threatened. {Cl} is frightened of the older boys involved. Youth worker referral.",
    ),
]

TEMPLATES = CASEWORKER + POLICE + SAFEGUARDING + INDIRECT + TRAPS


def labels(cat_key, flag_keys):
    """Translate the short labels of a template into TAXONOMY.md codes."""
    wanted = flag_keys.split()
    for key in wanted:
        if key not in [k for k, _ in FLAG_ORDER]:
            raise ValueError(f"unknown flag {key}")
    flags = [code for key, code in FLAG_ORDER if key in wanted]
    return CATS[cat_key], ";".join(flags)


def fill(text, rng, slot_pools):
    """Fill every slot of a template; draws happen in a fixed order."""
    f1, f2 = rng.sample(F_NAMES, 2)
    m1, m2 = rng.sample(M_NAMES, 2)
    s1, s2 = rng.sample(SURNAMES, 2)
    who = rng.choice(["client", "client", "SU", "V"])
    values = {"f": f1, "f2": f2, "m": m1, "m2": m2, "sur": s1, "sur2": s2}
    values["cl"] = who
    values["Cl"] = "Client" if who == "client" else who
    for name, pool in slot_pools:
        values[name] = rng.choice(pool)
    return text.format(**values)


def main():
    rng = random.Random(SEED)
    slot_pools = pools(rng)
    order = list(range(len(TEMPLATES)))
    slotted = [i for i in order if "{" in TEMPLATES[i][2]]
    order += sorted(rng.sample(slotted, N_EXTRA))
    rng.shuffle(order)
    rows = []
    seen = []
    for idx in order:
        cat_key, flag_keys, text = TEMPLATES[idx]
        note = fill(text, rng, slot_pools)
        tries = 0
        while note in seen and tries < 20:
            note = fill(text, rng, slot_pools)
            tries += 1
        seen.append(note)
        category, flags = labels(cat_key, flag_keys)
        rows.append((note, category, flags))
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "data", "notes_blind20.csv")
    with open(out_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (note, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"B20-{number:04d}", note, category, flags])
    print(f"wrote {len(rows)} rows to {out_path}")


if __name__ == "__main__":
    main()
