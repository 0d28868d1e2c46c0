"""Build the BLIND25 blind test corpus of synthetic victim-services referral notes.

Writes ``data/notes_blind25.csv`` next to this script: 850 rows, columns
``note_id,text,category,flags``. Every note comes from a hand-written template stored
as ``kind|category|flags|text``; the category and flags belong to the template, and the
slots (names, towns, streets, dates, times, amounts, reference numbers, ages) only fill
in details that cannot change a label. Labels follow shared/TAXONOMY.md.

Standard library only; one ``random.Random(250625)``; the output does not depend on the
working directory or on PYTHONHASHSEED (no set or dict is iterated to make a choice).

Template kind is ``source-tag``:
  source: val = Victims Advice Line call handler, vs = Victim Support caseworker,
          log = pasted police log text;
  tag:    std = ordinary note, dan = domestic abuse with the relationship next to the
          offence, daf = domestic abuse with the relationship told apart from the offence
          (another sentence, by name, or in everyday words), neg = hard negative (looks
          domestic or relational but the domestic_abuse flag is not set).
A template line continues on following lines that start with four spaces.
"""

import csv
import os
import random
import re

SEED = 250625
N_ROWS = 850
ID_PREFIX = "B25-"

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

SOURCES = ("val", "vs", "log")
TAGS = ("std", "dan", "daf", "neg")

# Which templates may be used once instead of twice (see choose_uses).
COMMON_FLAGS = ("domestic_abuse", "online")
COMMON_MIN_TEMPLATES = 20

FEMALE = (
    "Amy",
    "Becky",
    "Chantelle",
    "Danielle",
    "Emma",
    "Gemma",
    "Hayley",
    "Jade",
    "Kayleigh",
    "Kirsty",
    "Laura",
    "Leanne",
    "Lisa",
    "Megan",
    "Natalie",
    "Nicola",
    "Rachel",
    "Sarah",
    "Shannon",
    "Stacey",
    "Tasha",
    "Zoe",
    "Aisha",
    "Agnieszka",
    "Joanne",
    "Karen",
    "Tracey",
    "Paula",
    "Sophie",
    "Chloe",
    "Ellie",
    "Jodie",
    "Kelly",
    "Lorraine",
    "Mandy",
    "Michelle",
)
MALE = (
    "Aaron",
    "Adam",
    "Ben",
    "Brandon",
    "Callum",
    "Craig",
    "Dale",
    "Darren",
    "Dean",
    "Gary",
    "Jamie",
    "Jason",
    "Josh",
    "Kyle",
    "Lee",
    "Liam",
    "Mark",
    "Matty",
    "Nathan",
    "Paul",
    "Ryan",
    "Scott",
    "Shane",
    "Steve",
    "Tom",
    "Tyler",
    "Wayne",
    "Dan",
    "Connor",
    "Kieran",
    "Tomasz",
    "Andy",
    "Carl",
    "Rob",
    "Jordan",
    "Lewis",
    "Reece",
)
SURNAMES = (
    "Acklam",
    "Barker",
    "Binns",
    "Clarkson",
    "Dawson",
    "Ellis",
    "Fenwick",
    "Garbutt",
    "Hebden",
    "Holmes",
    "Jackson",
    "Kirk",
    "Leake",
    "Marshall",
    "Norris",
    "Pickering",
    "Robson",
    "Sowerby",
    "Stainton",
    "Thompson",
    "Walker",
    "Wilkinson",
    "Wray",
    "Atkinson",
    "Brough",
    "Coates",
    "Dixon",
    "Foster",
)
TOWNS = (
    "Hull",
    "Grimsby",
    "Scunthorpe",
    "Goole",
    "Bridlington",
    "Beverley",
    "Cleethorpes",
    "Immingham",
    "Brigg",
    "Driffield",
    "Withernsea",
    "Hessle",
    "Cottingham",
    "Hornsea",
    "Barton",
    "Howden",
    "Pocklington",
    "Market Weighton",
    "Bottesford",
    "Ashby",
)
STREETS = (
    "Anlaby Rd",
    "Holderness Rd",
    "Freeman St",
    "Beverley Rd",
    "Hessle Rd",
    "Frodingham Rd",
    "Ashby High St",
    "Spring Bank",
    "Victoria St",
    "Boothferry Rd",
    "Grimsby Rd",
    "Chanterlands Ave",
    "Newland Ave",
    "Church Lane",
    "Station Rd",
    "Kingsway",
    "Park St",
    "Queen St",
    "Cleveland St",
    "Westgate",
)
SHOPS = (
    "Tesco Express",
    "the Co-op",
    "B&M",
    "Home Bargains",
    "Boots",
    "Aldi",
    "Lidl",
    "Iceland",
    "Spar",
    "Farmfoods",
    "Heron Foods",
    "One Stop",
    "Sainsbury's Local",
    "Poundland",
)
PUBS = (
    "the Bull",
    "the Wheatsheaf",
    "the Crown",
    "the Nags Head",
    "Wetherspoons",
    "the Plough",
    "the Sailors",
    "the Queens",
    "the Red Lion",
    "the Ship",
)
CARS = (
    "silver Corsa",
    "black Golf",
    "white Transit",
    "grey Qashqai",
    "red Fiesta",
    "blue Focus",
    "black BMW 1 Series",
    "white Polo",
    "silver Astra",
    "grey Kuga",
)
BIKES = (
    "Carrera mountain bike",
    "Boardman hybrid",
    "Specialized road bike",
    "BMX",
    "Voodoo mountain bike",
    "Trek hybrid",
    "Giant road bike",
)
PHONES = ("iPhone 14", "Samsung A53", "iPhone 12", "Pixel 7", "iPhone 15", "Samsung S23")
MONTHS_BEFORE = ("January", "Jan", "February", "Feb", "March")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = {4: "April", 5: "May", 6: "June"}
MONTH_DAYS = ((4, 30), (5, 31), (6, 30))
SMALL_AMOUNTS = (20, 25, 30, 40, 45, 50, 60, 70, 80, 90, 100, 120, 150, 180, 200, 250, 300, 350, 400)
MID_AMOUNTS = (450, 600, 750, 900, 1100, 1400, 1750, 2200)
BIG_AMOUNTS = (1200, 1850, 2400, 3000, 4500, 6200, 8000, 9500, 12000, 15500, 21000, 28000, 36000, 48000)

TEMPLATES = """
# ---- homicide
vs-std|homicide|knife_sharp_instrument|Bereaved family referral. {f1}'s brother {m1} ({age}) died after being
    stabbed outside {pub}, {town} on {date}. Two males charged with murder and remanded. Family want help
    understanding the court process and the inquest. FLO is DC {sur}.
vs-dan|homicide|domestic_abuse|Homicide, DA related. {f1} {sur} ({age}) was killed at her home in {town} on {date};
    her husband has been charged with her murder. Referral is for her adult daughter who is not sleeping and has had
    to stop work. DHR to follow.
val-std|homicide||Manslaughter. Caller's son {m1} (22) died after a single punch outside a takeaway in {town}
    centre, night of {date}. S charged w manslaughter. Dad wants someone to talk to, has been told trial not til
    next yr.
log-std|homicide||SUDDEN DEATH {street} {town} NOW TREATED AS MURDER. DECEASED MALE {age}, HEAD INJURIES. 2
    ARRESTED. NOK (SISTER) CONSENTS TO VS REFERRAL. SIO DCI {sur}. REF {ref}
vs-daf|homicide|domestic_abuse|Referral for {f1}, mum of {f2} (34). {f2} had been with {m1} on and off for {yrs}
    years and he was always jealous. On {date} {f2} was found dead at the flat they shared in {town}. {m1} has now
    been charged with her murder. {f1} is looking after the 2 grandchildren and needs help with CICA and housing.
val-std|homicide||Family of man (61) who died {n} days after being assaulted in his own garden in {town}, charge
    upgraded from GBH to murder on {date}. Wife and son want support. OIC {oic}.
# ---- death or serious injury by driving
vs-std|death_injury_driving||Family of {m1} {sur} ({age}) killed in a collision on the A63 near {town} on {date}.
    Other driver charged with causing death by dangerous driving. Widow {f1} requesting support, 2 young children.
    FLO in place, first hearing {later}.
val-std|death_injury_driving||V ({age}) pedestrian hit on zebra crossing {street} {town}, fractured pelvis and leg,
    still in HRI. Driver stopped at scene, being investigated for causing serious injury by careless driving. Ref
    {ref}.
log-std|death_injury_driving||FATAL RTC {date} {time} B1242 NR {town}. MOTORCYCLIST DECEASED AT SCENE. CAR DRIVER
    POSITIVE ROADSIDE BREATH TEST, ARRESTED CAUSING DEATH BY CARELESS DRIVING WHILST UNDER INFLUENCE. NOK = MOTHER,
    CONSENTS VS.
vs-std|death_injury_driving||{m1} ({age}) was knocked off his bike by a van at a junction in {town} on {date}; bleed
    on the brain and 10 days in ICU. Van driver charged with causing serious injury by dangerous driving. Wife {f1}
    referred as she is now his full time carer.
val-std|death_injury_driving||Mum of {m1} (19), who died as a passenger when his mate lost control at speed on
    {street}, {town}. Driver (20) charged death by dangerous driving, pleaded not guilty. Mum wants support for the
    trial.
vs-neg|death_injury_driving||{f1} ({old}) lost her husband {m1} on {date} when a drink driver hit his car head on
    near {town}. Driver charged with causing death by careless driving under the influence. {f1} says they had been
    married 31 years and she doesn't know how to cope.
# ---- sexual offences
vs-dan|sexual_offences|domestic_abuse|V ({age}) disclosed to IDVA that her husband has raped her several times over
    the past year, most recently on {date}. He also controls all the money. Reported to police, SUSP arrested and
    bailed with conditions. MARAC ref made.
val-daf|sexual_offences|domestic_abuse|V was seeing {m1} for about 18 months, they split up in March. She says on
    {date} he came round to "talk", wouldnt leave and forced her to have sex. Has been to SARC {town}. OIC {oic}.
vs-daf|sexual_offences|domestic_abuse|{f1} has been on and off with {m1} since college. After a night out on {date}
    she woke up to find him having sex with her while she was asleep. She told him to stop and he laughed. She has
    gone to her mum's in {town}. ISVA requested.
vs-neg|sexual_offences||V ({age}) sexually assaulted at a house party in {town} on {date} by a man she had only just
    met; he put his hand up her skirt and kissed her neck after she said no. No relationship, doesn't know his
    surname. Reported on 101.
val-std|sexual_offences||Rape reported {date}. V met S in {pub} in {town} and went back to his flat. V says she was
    too drunk to consent and remembers very little. SARC exam done. Wants ISVA.
vs-neg|sexual_offences|child_sexual_abuse_exploitation|V, now {age}, disclosed sexual abuse by her uncle between the
    ages of 8 and 12. Non-recent, reported to police {date}. Uncle still lives in {town}. V struggling with
    flashbacks, wants counselling.
val-neg|sexual_offences|child_sexual_abuse_exploitation|Non recent CSA. V ({age}) says her stepdad abused her from
    age 7 until she left home at 15. No current contact with him. Wants to know about going to court, ref {ref}
    created.
vs-std|sexual_offences|online;child_sexual_abuse_exploitation|Mum reports daughter ({kid}) groomed on Snapchat by a
    male claiming to be 16, who sent her sexual images and asked for pics back. Daughter sent 2 images. CEOP report
    made, police have the phone. Ref {ref}.
log-std|sexual_offences|child_sexual_abuse_exploitation|CSE CONCERNS. FEMALE 15 MISSING X4 SINCE {date}, LOCATED IN
    {town} WITH ADULT MALES. DISCLOSED SEX WITH 2 MALES IN RETURN FOR VAPES AND ALCOHOL. STRATEGY MTG ARRANGED.
vs-std|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|V (17) was moved from {town} to flats in Leeds
    and Sheffield by older males and made to have sex with men for money over several months. NRM referral submitted
    {date}. Now in supported accommodation.
val-std|sexual_offences||Indecent exposure. Male exposed himself and masturbated on the bus to {town} in front of V
    ({age}). V got off and rang 999. CCTV requested from the operator. Ref {ref}.
vs-std|sexual_offences||Voyeurism. V ({age}) noticed a male filming up her skirt on the escalator at the shopping
    centre in {town} on {date}. Security detained him and police found the footage on his phone.
val-std|sexual_offences||Sex assault on train to {town}, male repeatedly touched V's bum and thigh despite her
    moving seats. BTP dealing, ref {ref}. V ({age}) anxious about travelling to work now.
vs-std|sexual_offences|hate_crime|V, a trans woman ({age}), was groped in club toilets in {town} on {date} by a male
    who called her a "f***ing tranny" and said she was asking for it. Door staff identified him. V wants support at
    court if it gets that far.
vs-dan|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|V (17) says her boyfriend of 8 months, who is
    19, raped her at his flat on {date}. She has told the safeguarding lead at college. Police informed, ref {ref}.
val-std|sexual_offences|child_sexual_abuse_exploitation|Teacher at a secondary school in {town} arrested for sexual
    activity with a 15 yr old pupil. Parents ({sur}) referring for support for their daughter. OIC {oic}.
vs-neg|sexual_offences|child_sexual_abuse_exploitation|Mum says her {kid} yr old daughter disclosed that her cousin
    (14) touched her private parts at nan's over Easter. Social care and police involved, ref {ref}. Mum very upset,
    family taking sides.
vs-daf|sexual_offences|domestic_abuse|{f1} ({pa}), referral from SARC. She has been married to {m1} for {yrs} years.
    She says {m1} regularly makes her have sex when she doesn't want to and on {date} he held her down. Not ready to
    make a statement yet.
val-std|sexual_offences||V (age not recorded) reports a male grabbed her breast as he ran past her in the park off
    {street}, {town}. No description. Shaken, she walks that way every day.
log-std|sexual_offences||REPORT OF RAPE. IP FEMALE {age}. OFFENDER UNKNOWN MALE MET AT TAXI RANK {town} {date}. SARC
    ATTENDED. ENQUIRIES ONGOING. IP CONSENTS TO VS.
vs-std|sexual_offences||Male V ({age}) raped by a man he met at a party in {town} on {date}, not previously known to
    him. V hasn't told his family. Asking if there is a male ISVA.
vs-std|sexual_offences|online;child_sexual_abuse_exploitation|Dad reports son ({kid}) was pressured on Instagram by
    an account posing as a girl into sending a naked video. The account then demanded {amt} or it would be sent to
    his school friends. Sextortion, reported {date}.
val-std|sexual_offences|child_sexual_abuse_exploitation|Dad reports {kid}yo daughter was flashed at by a man in a
    {car} parked outside her school in {town}. Desc given. Daughter upset, won't walk to school on her own.
vs-neg|sexual_offences||V ({age}) raped at her flat in {town} by her flatmate's boyfriend who was staying over. V
    and S have never been in a relationship. Reported {date}, S arrested.
vs-neg|sexual_offences||V ({age}) has a learning disability. She disclosed that a care worker touched her breasts
    during a personal care visit. Agency has suspended the worker and police are investigating, ref {ref}.
val-daf|sexual_offences|domestic_abuse|V {f1}. Her ex is {m1}, the kids' dad. When {m1} dropped the kids back on
    {date} he pushed her onto the sofa and put his hands up her top and down her leggings. She got him out. Kids
    were upstairs.
log-std|sexual_offences||ATTEMPTED RAPE {street} {town} APPROX {time}. FEMALE WALKING HOME DRAGGED INTO ALLEY,
    FOUGHT OFFENDER OFF. GRAZES ONLY. OFFENDER W/M 30S DARK HOODIE. NO WEAPON SEEN.
vs-dan|sexual_offences|domestic_abuse|V ({age}) disclosed her older brother raped her at their parents' house in
    {town} on Boxing Day. Both adults. Parents don't believe her and she has been told not to come home. Ref {ref}.
val-std|sexual_offences|online|V ({age}) has been receiving unsolicited photos of male genitals via Instagram DMs
    from an account she doesn't know since {date}. Cyberflashing. Screenshots kept.
vs-std|sexual_offences|child_sexual_abuse_exploitation|Non recent. Male V in his 50s disclosed abuse by his football
    coach in {town} when he was 11-13, back in the 1980s. Part of a wider operation. Wants counselling, his wife
    knows.
vs-daf|sexual_offences|domestic_abuse;online|{f1} split from {m1} at Christmas after {yrs} years. Since {date} he
    has posted intimate photos of her on a Facebook page and sent them to her work colleagues. {f1} mortified, off
    work.
# ---- robbery
val-std|robbery|knife_sharp_instrument|V ({age}) robbed of phone and wallet on {street} {town} approx {time}. 2
    males, one held a knife to his side. No injuries. Ref {ref}.
val-std|robbery||V ({age}) pushed to the ground by 3 youths outside {shop} {town}, they took his phone. Grazed hands
    and knees. No weapons seen.
log-std|robbery|knife_sharp_instrument|ROBBERY {shop} {town} {time}. MALE ENTERED WITH MACHETE AND DEMANDED CASH
    FROM TILL. STAFF MEMBER (IP) UNHURT BUT VERY SHAKEN. OFFENDER MADE OFF ON FOOT TWDS {street}.
vs-std|robbery||V ({old}) targeted at a cash machine in {town} on {date}. Male grabbed her arm and wrestled her
    handbag off her, she fell and fractured her wrist. Lives alone, now scared to go out.
val-std|robbery|knife_sharp_instrument|V (16) approached in the park in {town} by a male who kept his hand in his
    pocket and said "give us your bike or I'll stab you". V believed he had a knife and handed over his bike and
    phone. Ref {ref}.
vs-dan|robbery|domestic_abuse|V's son ({age}) came to her house on {date} demanding money for drugs, pinned her
    against the wall and took {amt} from her purse. Happens most weeks. V doesn't want him arrested.
vs-daf|robbery|domestic_abuse|{f1} split from {m1} in February after {yrs} years. On {date} {m1} stopped her outside
    {shop} in {town}, twisted her arm behind her back and took her purse with {amt} in it. She thinks he is using
    again.
val-std|robbery||Business robbery, petrol station {town} {time}. Lone male told staff he had a gun, none seen, took
    cigarettes and till cash. Staff member V ({age}) very shaken.
val-std|robbery||V (16) robbed of his designer jacket and AirPods by a group of lads at {town} bus station, punched
    in the face, swollen eye. Mum rang in. Ref {ref}.
log-std|robbery||STREET ROBBERY {street} {town}. IP MALE {age} PUNCHED FROM BEHIND AND WALLET TAKEN. NO WEAPONS
    SEEN. IP DECLINED AMBULANCE.
vs-std|robbery|hate_crime|V ({age}), Polish national, was robbed of his wages by 2 males on {street} {town} who
    called him a "f***ing Polack" and told him to go home. Bruising to face.
vs-std|robbery||V, a takeaway delivery rider ({age}), had his moped taken off him on {street} {town} on {date}; S
    pushed him off it and rode away. V has lost his income.
val-std|robbery||V ({old}) answered the door to 2 males saying they were from the water board. They forced their way
    in, held her down in the chair and took her jewellery and {amt} cash. No weapons. Family very worried.
val-std|robbery|knife_sharp_instrument|2 youths on bikes stopped V ({age}) on {street}, one pulled a blade from his
    waistband and took V's phone. Ref {ref}.
vs-std|robbery||V ({age}) dragged from her car at the lights on {street} {town} on {date}; S drove off in her {car}.
    Bruising to both arms. Car found abandoned next day.
val-std|robbery|online|V ({age}) was selling an iPhone on Facebook Marketplace and arranged to meet the buyer on
    {street} {town}. Buyer punched him and ran off with the phone. Ref {ref}.
log-std|robbery||ROBBERY. IP (14) APPROACHED BY 3 YOUTHS AT SKATEPARK {town}, THREATENED THEY WOULD "BATTER HIM",
    HANDED OVER PHONE AND VAPE. NO INJURIES.
vs-std|robbery||V ({age}) punched and had his watch pulled off his wrist outside {pub} in {town} after a night out
    on {date}. Split lip. V is Black but does not feel it was racially motivated, nothing was said. CCTV being
    reviewed.
val-neg|robbery||V says her friend's boyfriend {m1} pushed her into a hedge and took her handbag outside the
    friend's house on {date}. V and {m1} have never been in a relationship. Bag had {amt} in it.
# ---- violence with injury: DA, relationship next to the offence
val-dan|violence_with_injury|domestic_abuse|DA. V ({age}) punched in face by ex-partner at her address {date}, black
    eye and cut lip. S arrested. DASH medium. V wants IDVA.
val-dan|violence_with_injury|domestic_abuse|V says ex-p {m1} headbutted her in front of the kids on {date}, broken
    nose. S outstanding. DASH high, MARAC ref submitted.
log-dan|violence_with_injury|domestic_abuse|DOMESTIC S47 ABH. IP FEMALE {age}, SUSP HUSBAND. IP STRUCK TO HEAD WITH
    TV REMOTE CAUSING LACERATION. SUSP ARRESTED AT SCENE. DASH HIGH. DVPN CONSIDERED.
val-dan|violence_with_injury|domestic_abuse;knife_sharp_instrument|V stabbed in upper arm by partner with a kitchen
    knife during an argument {date}. Treated at HRI, 6 stitches. Partner remanded. V staying at her sister's in
    {town}.
vs-dan|violence_with_injury|domestic_abuse|V ({old}) was pushed down the stairs by her husband of 40 years on
    {date}, broken wrist. First time she has told anyone. Lives {town}, daughter supportive.
val-dan|violence_with_injury|domestic_abuse|Adult son (40s) punched his dad ({old}) at home in {town} over money,
    bruising and swelling to face. Son has drug issues. Dad doesn't want him prosecuted.
val-dan|violence_with_injury|domestic_abuse|V ({age}) assaulted by her sister at a family do in {town} on {date},
    clumps of hair pulled out and scratches to face. Both adults. Long running family feud.
vs-dan|violence_with_injury|domestic_abuse|Male V ({age}) assaulted by his boyfriend on {date}, bitten on the arm
    and punched, bruising. V reluctant to engage with police but wants advice on housing.
val-dan|violence_with_injury|domestic_abuse|Male V, DOB not recorded. Wife hit him over the head with a mug during a
    row {date}, cut needing glue at A&E. He says its not the first time.
log-dan|violence_with_injury|domestic_abuse|S20 GBH - DOMESTIC. IP FEMALE {age}, FRACTURED EYE SOCKET. SUSP EX
    PARTNER, ARRESTED {date}, REMANDED. DASH HIGH. MARAC {later}.
val-dan|violence_with_injury|domestic_abuse|NFS. V ({age}) says partner strangled her with both hands until she
    nearly passed out, red marks and bruising to neck, petechiae noted by OIC. DASH high.
vs-dan|violence_with_injury|domestic_abuse|V ({old}) was pushed over by her grandson (19) who lives with her in
    {town}; she hit her head on the table and needed stitches. She is frightened of him but doesn't want him made
    homeless.
val-dan|violence_with_injury|domestic_abuse|V (17) punched in the face by her stepdad at home on {date}, bruised
    cheekbone. Now staying with her nan. Social care aware.
val-dan|violence_with_injury|domestic_abuse|v says partner threw a kettle of hot water at her on {day}, burns to
    forearm, seen at minor injuries in {town}. wants to stay at home. kids 3 and 5 were in the house.
log-dan|violence_with_injury|domestic_abuse|DA ABH. IP MALE {pa} ASSAULTED BY DAUGHTER (22) AT HOME ADDRESS,
    SCRATCHES TO FACE AND BITE MARK TO HAND. BOTH INTOX. SUSP ARRESTED.
val-dan|violence_with_injury|domestic_abuse;knife_sharp_instrument|Ex-p slashed V's face with a Stanley knife
    outside her flat on {date}, 14 stitches. S arrested and remanded. DASH high. V terrified he'll get bail.
vs-dan|violence_with_injury|domestic_abuse|V ({age}) assaulted by her brother-in-law (her sister's husband) at her
    mum's house in {town} on {date}; he punched her twice, split lip. Row about her mum's care.
val-dan|violence_with_injury|domestic_abuse|V (16) punched and kicked by her ex-bf (17) after she ended it, bruising
    to ribs and legs. Mum reporting. School aware. Ref {ref}.
vs-dan|violence_with_injury|domestic_abuse;knife_sharp_instrument|V ({age}) was cut on the hand when her husband
    came at her with a broken bottle on {date}; she put her hand up to protect her face. Husband arrested. IDVA
    allocated.
val-dan|violence_with_injury|domestic_abuse|DV - partner of 3 yrs punched V ({age}) in the ribs, possible cracked
    rib, {date}. V wants to leave but has nowhere to go. Refuge referral made.
log-dan|violence_with_injury|domestic_abuse|DOMESTIC. IP {age} ASSAULTED BY HER MOTHER, PUNCHED TO FACE, BLOODY
    NOSE. IP AND SUSP LIVE TOGETHER IN {town}. SUSP DENIES. PNC NIL PREVIOUS.
# ---- violence with injury: DA, relationship told apart from the offence
vs-daf|violence_with_injury|domestic_abuse|{f1} lives in {town} with {m1} and their 2 kids, they've been together
    {yrs} years. On Saturday night he came back from {pub} and started on her about money. He punched her in the
    ribs and she thinks one is cracked. She hasn't told anyone else.
val-daf|violence_with_injury|domestic_abuse|Caller is {f1}. Her fella, {m1}, has been drinking heavy since he lost
    his job. On {date} he threw her against the wardrobe, bruising to her back and arm. She is worried he will use a
    knife next time.
vs-daf|violence_with_injury|domestic_abuse|V {m1} ({age}). Referral re his missus {f1}. On {date} she bit his hand
    and scratched his face when he tried to leave the house. Injuries photographed by officers.
val-daf|violence_with_injury|domestic_abuse|V has been with {m1} 3 years, on-off. Last week {m1} grabbed her by the
    hair and dragged her across the kitchen floor; she has a bald patch and bruised knees.
vs-daf|violence_with_injury|domestic_abuse|{f1}'s baby father is {m1} ({age}). He turned up at her mam's on {date}.
    When she wouldn't let him take the baby he punched her twice in the face. Black eye.
vs-daf|violence_with_injury|domestic_abuse|V's son {m1} ({age}) moved back in with her last year. Police were called
    on {date} after {m1} kicked her legs and pushed her into the radiator, cutting her head. He has MH problems and
    she is worried about him.
val-daf|violence_with_injury|domestic_abuse|{f1} and {f2} have been together {yrs} years and live in {town}. {f2}
    has been getting more and more jealous. On {date} she slapped {f1} hard enough to split her lip.
val-daf|violence_with_injury|domestic_abuse|Male caller {m1} ({age}). Says our lass has been kicking off again. Last
    night she threw a plate at him, cut to his forehead, glued at A&E. Doesn't want her arrested, wants advice.
vs-daf|violence_with_injury|domestic_abuse|V is {f1} ({pa}). Her daughter {f2} (23) moved back home after splitting
    with her bf. On {date} {f2} went for her over a vape, punching and scratching, leaving bruises all up her arms.
val-daf|violence_with_injury|domestic_abuse|V and the kids' dad {m1} seperated 2 yrs ago. When he brought the kids
    back on {date} there was an argument on the doorstep. He shoved her and she fell down the steps, sprained ankle
    and grazes.
vs-daf|violence_with_injury|domestic_abuse|{m1} is V's other half, they have been together since school. On {date}
    he stamped on her foot during a row and the x-ray shows a broken toe. She says "he's not normally like that".
val-daf|violence_with_injury|domestic_abuse|V ({age}) lives with her dad {m1} in {town}. She says {m1} gets nasty
    when he's had a drink. On {date} he grabbed her by the throat and pushed her into the door frame, bruising to
    neck and shoulder.
vs-daf|violence_with_injury|domestic_abuse|{f1} ({age}) has an on-off bf, {m1}. They were at a party in {town} on
    {date} and he accused her of flirting. Outside, he punched her in the mouth and chipped her tooth. Friends saw
    it.
val-daf|violence_with_injury|domestic_abuse|Referral for {m1} ({pa}). He has been with {m2} for 5 yrs. On {date}
    {m2} hit him with a frying pan, lump and swelling to head. {m1} says he won't press charges.
vs-daf|violence_with_injury|domestic_abuse|V's bloke is {m1}. He lost his temper on {date} when she said she was
    going out with friends. He twisted her arm so hard it's in a sling, bad sprain. She has left and is sofa-surfing
    in {town}.
# ---- violence with injury: hard negatives
val-neg|violence_with_injury||V ({age}) assaulted by next door neighbour over parking on {date}, punched to face,
    black eye. Not a domestic, no relationship. Ongoing dispute.
vs-neg|violence_with_injury||V ({age}) is a support worker. She was bitten on the arm by a service user at a
    supported living scheme in {town} on {date}, broke the skin. Employer supportive.
val-neg|violence_with_injury||V ({age}) assaulted by her flatmate {f2} on {date}, scratched face and bruised arm.
    They just share the flat, not partners. V wants to move out asap.
vs-neg|violence_with_injury||V ({age}) attacked by her ex-partner's new girlfriend in {town} centre on {date};
    punched and kicked, swollen eye. V has had no contact with the ex for over a year.
vs-neg|violence_with_injury||Mum referring her son ({kid}) who was beaten up by his older brother (15) at home,
    fractured finger. Social care involved. Family support requested.
val-neg|violence_with_injury||V ({pa}) punched by her 14 yr old son on {date}, bruising to face. CAMHS involved. Mum
    doesn't want police action but is struggling.
val-neg|violence_with_injury||V ({age}) punched by her landlord when she asked for her deposit back, {date}. Cut
    above eye. Now homeless, staying at a friend's.
vs-neg|violence_with_injury||V ({age}) assaulted in the street by her sister's ex-partner, {m1}, who blames V for
    the break-up. Kicked to the ground, cut to head. {date}, {town}.
val-neg|violence_with_injury||V (19) assaulted by a friend's boyfriend at a party in {town}, punched, bloody nose. V
    and S not in a relationship, barely know each other.
val-neg|violence_with_injury||V ({old}) has carers 4 x a day. Daughter found bruising to V's arm and V says one of
    the carers grabbed her roughly. Carer not family. Agency and safeguarding informed, ref {ref}.
vs-neg|violence_with_injury||V ({age}) assaulted by her partner's ex-wife outside the school gates in {town} on
    {date}, slapped and scratched across the face. The ex-wife keeps turning up.
val-neg|violence_with_injury||V (15) punched by her boyfriend (15) at school on {date}, bruised cheek. School and
    police aware. Mum wants support for her.
vs-neg|violence_with_injury||V ({age}) assaulted by a housemate in a student house in {town}, pushed into a wall,
    cut to head. No relationship, housemates only.
vs-neg|violence_with_injury||V ({age}) attacked by a man outside {pub} while out with her boyfriend. S unknown to
    both. Broken nose. Bf was not involved apart from trying to help.
val-neg|violence_with_injury||V ({old}) knocked over by her daughter's ex, {m1}, who came to V's house looking for
    the daughter on {date}. Cut knee. V and {m1} not related.
vs-neg|violence_with_injury||V (15) assaulted by his girlfriend's dad who doesn't want them seeing each other;
    punched in the stomach, bruised ribs. Both families known to school, ref {ref}.
val-neg|violence_with_injury|knife_sharp_instrument|V ({age}) attacked by his neighbour with a machete over a
    boundary dispute on {date}, deep cut to hand. Neighbours only, no relationship.
val-neg|violence_with_injury||Nil DA. V ({age}) assaulted by a taxi driver in a dispute over the fare {date}, pushed
    to the ground, sprained wrist.
vs-neg|violence_with_injury||V ({age}) punched in the face at a bus stop in {town} by a man who was shouting at his
    girlfriend; V had asked if she was ok. Black eye. V did not know either of them.
val-neg|violence_with_injury||V (16) and her boyfriend (16) were both jumped by a group of lads in the park in
    {town} on {date}. V has a cut lip and bruised back. S not known.
vs-neg|violence_with_injury||V ({age}) is a refuge support worker and was assaulted by a resident during a dispute
    over kitchen rules on {date}; scratched face. Resident is not related to her.
# ---- violence with injury: other
val-std|violence_with_injury||Doorman ({age}) at {pub} {town} assaulted when refusing entry, punched and kicked,
    fractured cheekbone. S identified on CCTV. Ref {ref}.
vs-std|violence_with_injury|hate_crime|V ({age}), Black British, punched repeatedly by a male on {street} {town} who
    shouted racial abuse at him. Broken nose. Racially aggravated ABH recorded.
val-std|violence_with_injury|hate_crime|V ({age}) and his partner were holding hands on {street} when a group of men
    called them "f*****s" and one punched V, split lip. Homophobic.
vs-std|violence_with_injury|hate_crime|V ({age}) has learning disabilities. A group of youths who call him "retard"
    kicked him and pushed him off his bike, grazes and bruised hip. Happens regularly near {shop}.
log-std|violence_with_injury||ASSAULT EMERGENCY WORKER - INJURY. PARAMEDIC (IP) PUNCHED BY PATIENT AT {street}
    {town}, SWOLLEN EYE. SUSP ARRESTED. IP CONSENTS VS.
val-std|violence_with_injury||One punch outside a takeaway on {street} {town}, V ({age}) knocked unconscious,
    fractured skull. In HRI. S arrested. Family referred. Ref {ref}.
vs-std|violence_with_injury|knife_sharp_instrument|Attempted murder. V ({age}) stabbed 3 times in the back in {town}
    on {date} by a male he had argued with in the pub earlier that night. Surgery, now home. 2 arrested.
val-std|violence_with_injury||S18 GBH. V ({age}) stamped on head during a fight outside {pub}, {town}, bleed on the
    brain. S remanded. V's mum is the contact.
vs-std|violence_with_injury||V ({age}) attacked with a hammer by a male he owed money to, {date}, fractured arm. V
    scared of reprisals, reluctant to give a statement.
val-std|violence_with_injury|knife_sharp_instrument|V ({age}) stabbed in the leg in the park off {street} {town} by
    a male he didn't know. Stable. No motive known. Ref {ref}.
val-std|violence_with_injury||Road rage. Other driver got out at the lights on {street} and punched V ({age})
    through the open window, broken nose. Reg of {car} obtained.
vs-std|violence_with_injury||V ({kid}) pushed down the stairs at school by another pupil, broken arm. Parents
    unhappy with school's response, police aware, ref {ref}.
log-std|violence_with_injury||ASSAULT ON BUS DRIVER {town} BUS STATION {time}. PASSENGER REFUSED TO PAY, PUNCHED IP
    TWICE. CUT LIP. SUSP DETAINED BY MEMBERS OF PUBLIC.
vs-std|violence_with_injury||V ({age}) beaten by a group of lads on {street} {town} on {date} for no reason, kicked
    while on the ground, bruised ribs and concussion. CCTV seized.
val-std|violence_with_injury||V ({age}) had a corrosive liquid thrown in her face by an unknown male on {street},
    {town}. Burns to cheek and neck, treated at the burns unit. No known motive.
vs-std|violence_with_injury||V ({kid}) hit in the neck by an air rifle pellet while playing out in {town}, pellet
    removed at A&E. Police trying to identify the shooter.
vs-std|violence_with_injury|knife_sharp_instrument|V ({age}) hit across the face with a broken bottle outside {pub}
    {town} on {date}, needed 20 stitches. S unknown. V off work.
log-std|violence_with_injury|honour_based_abuse|FGM REPORT. GIRL ({kid}) DISCLOSED TO SCHOOL NURSE SHE WAS "CUT"
    DURING TRIP ABROAD LAST SUMMER. MEDICAL CONFIRMS. STRATEGY MTG {date}. FGMPO SOUGHT FOR SIBLINGS.
vs-dan|violence_with_injury|domestic_abuse;honour_based_abuse|V ({age}) beaten by her father and brother on {date}
    after they found out she has a boyfriend; they said she had shamed the family. Bruising to face and arms. V now
    in a refuge out of area.
vs-std|violence_with_injury|hate_crime|V ({age}), who wears a hijab, had it pulled off and was pushed to the ground
    on {street} {town} by a woman shouting anti-Muslim abuse. Grazes to hands and knees.
val-std|violence_with_injury||V ({age}) assaulted by a work colleague in the warehouse in {town}, punched during a
    row about shifts, cut eye. Employer has suspended S.
val-std|violence_with_injury||V ({age}) hit on the head with a pint glass, which didn't break, outside {pub} {town};
    large lump to forehead and concussion. S known to door staff. Ref {ref}.
# ---- violence without injury: DA
val-dan|violence_without_injury|domestic_abuse|DA. Ex-p pushed V ({age}) against the wall at her address {date}, no
    injuries. S left before police arrived. DASH standard. s39 recorded.
val-dan|violence_without_injury|domestic_abuse|Threats to kill. V (DOB not recorded) says her husband told her he
    would kill her and bury her in the garden if she ever left him. Said on {date} at home, in front of their
    daughter (12). DASH high.
vs-dan|violence_without_injury|domestic_abuse;knife_sharp_instrument|V ({age}) says her partner held a kitchen knife
    to her throat on {date} and said "I'll end you". No injuries. He was arrested and is on bail not to contact her.
log-dan|violence_without_injury|domestic_abuse|DOMESTIC - COMMON ASSAULT. IP FEMALE {pa} SPAT AT BY ADULT SON DURING
    ARGUMENT OVER MONEY. NO INJURIES. SUSP LEFT SCENE. DASH STANDARD.
val-dan|violence_without_injury|domestic_abuse|ex-p grabbed V's arm outside school {date}, no marks. V scared, has
    NMO application in. Ref {ref}.
val-dan|violence_without_injury|domestic_abuse|V ({age}) recieved a text from her ex saying he would stab her when
    he next sees her. He lives over in {town2}. No contact since, V frightened. Threats to kill recorded.
vs-dan|violence_without_injury|domestic_abuse;modern_slavery|V ({age}) came to the UK on a spousal visa. Her husband
    and his parents kept her passport and made her cook and clean 18 hrs a day; she was not allowed out or given any
    money. Neighbour called police {date}. NRM submitted.
vs-dan|violence_without_injury|domestic_abuse;honour_based_abuse|V (19) says her parents are arranging for her to
    marry a cousin abroad. When she refused on {date} her dad slapped her and said he would kill her before he let
    her shame the family. No injuries. FMU contacted, FMPO being considered.
val-dan|violence_without_injury|domestic_abuse|V's partner threw a phone at her during an argument on {date}, it
    missed. No injuries. V says it's the first time he has been like this. DASH standard.
val-dan|violence_without_injury|domestic_abuse|V ({old}) slapped by her adult daughter who she lives with, no marks.
    Daughter has alcohol issues. V does not want daughter arrested.
log-dan|violence_without_injury|domestic_abuse|DOMESTIC. IP MALE {age}. SUSP = EX PARTNER (F). SUSP THREW DRINK OVER
    IP AND PUSHED HIM IN {pub} {town}. NO INJURIES. NIL WEAPONS.
val-dan|violence_without_injury|domestic_abuse;knife_sharp_instrument|V ({age}) says her brother came at her with a
    knife at their mum's on {date} and threatened to "cut her up"; she locked herself in the bathroom. Not injured.
    Brother arrested.
log-dan|violence_without_injury|domestic_abuse|THREATS TO KILL - DOMESTIC. IP ({age}) REPORTS EX HUSBAND RANG HER
    {time} AND SAID HE WILL KILL HER. SUSP LOCATED AND ARRESTED. NO WEAPONS.
val-dan|violence_without_injury|domestic_abuse|V (16) lives with her uncle in {town}. On {date} he grabbed her by
    the arms and said he would kill her if she told school anything. No marks. Social care informed.
vs-dan|violence_without_injury|domestic_abuse;honour_based_abuse|V ({age}) asked her husband for a divorce. His
    family have since told her she will bring shame on them and they will kill her; on {date} her brother-in-law
    grabbed her arm in the street. No injuries. Now in refuge.
# ---- violence without injury: DA told apart
vs-daf|violence_without_injury|domestic_abuse|{f1} and {m1} have been together {yrs} years. During an argument on
    {date} he pinned her to the bed by her wrists and screamed in her face. No marks. She wants him to get help, not
    to be arrested.
val-daf|violence_without_injury|domestic_abuse|Caller {f1} ({age}). Her fella {m1} doesn't live with her but stays
    most nights. Last night {m1} said if she goes to the police he'll kill her and her mum. Threats to kill, no
    weapons seen.
vs-daf|violence_without_injury|domestic_abuse|V ({age}) has been seeing {m1} for about a year. On {date}, in his
    car, he grabbed her face and squeezed it while shouting at her. No injury. She got out at the lights in {town}.
val-daf|violence_without_injury|domestic_abuse|Referral for {f1}. {m1} is her ex and the father of her youngest. On
    {date} he turned up at {shop} where she works and shoved her into the shelving. Staff intervened. No injuries.
vs-daf|violence_without_injury|domestic_abuse|V {m1} ({age}) lives with his brother {m2} in {town}. On {date} {m2}
    came home drunk, grabbed him by the collar and threatened to smash his face in. No injuries. V has nowhere else
    to go.
val-daf|violence_without_injury|domestic_abuse|Male V. His missus {f1} ({age}) has been hitting him for months and
    he is embarrassed to report it. On {date} she pushed him over in the garden. No injuries this time.
vs-daf|violence_without_injury|domestic_abuse|{f1} ({age}) split from her husband {m1} in January. He still has a
    key. On {date} he let himself in and threw a mug of tea at her; it missed. No injuries. Locks being changed.
val-daf|violence_without_injury|domestic_abuse|{f1}'s partner of 2 yrs is {m1}. He has been drinking alot. On {date}
    he headbutted the wall next to her face and then pushed her onto the bed. Not injured but scared. Kids at their
    nan's.
vs-daf|violence_without_injury|domestic_abuse;honour_based_abuse|{f1} (22) moved in with her boyfriend last year
    against her family's wishes. Her uncle {m1} came to the flat on {date} and told her she had brought shame on the
    family and that "girls like you end up dead". Threats to kill.
# ---- violence without injury: negatives and other
val-neg|violence_without_injury||V ({age}) pushed in the chest by a neighbour during an argument about bins, no
    injury. V and S are neighbours only. Ref {ref}.
val-std|violence_without_injury||Attempted child abduction. Man in a {car} tried to get V ({kid}) into his car
    outside the park on {street}, {town}, offering sweets. V ran home. Desc obtained.
vs-neg|violence_without_injury||Child cruelty. Mum's new boyfriend has been locking V ({kid}) in his room for hours
    and not feeding him properly. School raised concerns on {date}, social care and police investigating.
log-std|violence_without_injury||ASSAULT ON EMERGENCY WORKER. PC SPAT AT IN FACE DURING ARREST {street} {town}
    {date}. NO INJURY. SUSP CHARGED. OFFICER REFERRED FOR SUPPORT.
val-std|violence_without_injury|hate_crime|V ({age}) spat at on the bus to {town} by a male who called her a racial
    slur and told her to go back to her own country. No injury. Ref {ref}.
vs-neg|violence_without_injury||V ({age}) threatened by his neighbour, who said he would kill him if he parked
    outside his house again. Said face to face on {date}. Neighbours, no other connection. Threats to kill recorded.
vs-std|violence_without_injury|modern_slavery|V ({age}), Romanian national, found working at a car wash in {town}
    for no pay, sleeping in a container on site, documents held by the boss. NRM referral made {date}.
vs-std|violence_without_injury|modern_slavery|V (16) found in a cannabis grow in a house on {street}, {town}.
    Vietnamese national, says he was brought to the UK and told to water the plants to pay off a debt. Locked in.
    NRM submitted.
vs-std|violence_without_injury|modern_slavery|CCE. V (15) groomed by older males and made to carry drugs to {town2};
    threatened when he lost a package. Found by police in a trap house on {date}. NRM referral. Mum very worried.
val-std|violence_without_injury|modern_slavery|V ({age}) worked at a nail bar in {town} 7 days a week for £10 a day;
    the boss kept her passport and she lived above the shop. She got out on {date}. Labour exploitation, NRM done.
vs-std|violence_without_injury|modern_slavery|Group of 6 men found living in a caravan on a farm near {town2},
    working in the fields for a gangmaster who took all their wages as "rent". One man ({age}) referred for support.
log-std|violence_without_injury|modern_slavery|NRM REFERRAL. MALE ({age}) FOUND LIVING IN LOFT OF BUILDER'S HOUSE
    {town}. MADE TO WORK ON SITES UNPAID FOR 2 YRS, PASSPORT WITHHELD, TOLD FAMILY WOULD BE HURT IF HE LEFT. MODERN
    SLAVERY OFFENCE RECORDED.
val-std|violence_without_injury|knife_sharp_instrument|Male pulled a knife on V ({age}) in the park off {street} and
    said he'd kill him if he saw him round there again. No injury, nothing taken. V doesn't know S.
vs-std|violence_without_injury|knife_sharp_instrument|V ({kid}) at school in {town}. Another pupil (14) cornered V
    in the toilets, held a knife up to his face and said "I'll use this on you". V terrified. School has excluded S,
    ref {ref}.
val-std|violence_without_injury||V ({age}) slapped in the queue at {shop} {town} by another customer over a trolley.
    No injury. Ref {ref}.
log-std|violence_without_injury||COMMON ASSAULT. IP (F) {age} PUSHED OVER BY UNKNOWN MALE ON {street} {town}, NO
    INJURIES. SUSP DESC W/M 20S. ENQUIRIES ONGOING.
vs-neg|violence_without_injury||Child neglect. Grandmother reports her grandchildren ({kid} and younger) were left
    alone in the flat in {town} for 2 days while their mum was away. Police and social care involved.
val-neg|violence_without_injury||V ({age}) says a colleague grabbed her by the shoulders and shook her during an
    argument at work on {date}. Not injured. Colleagues only, nothing outside work.
vs-neg|violence_without_injury||V ({age}) was shoved and threatened by a male in the car park at {shop} {town} over
    a parking space. V says if her husband had been there it would have been worse. No injuries, S unknown.
val-neg|violence_without_injury||V ({age}) pushed and grabbed by a male she met on a night out in {town} after she
    refused to go home with him. Did not know him before that night. No injuries.
vs-neg|violence_without_injury|honour_based_abuse|V (15) told a teacher her parents are taking her abroad in the
    summer to be married. When she refused on {date} her dad slapped her and said she was dishonouring the family.
    No marks. FMPO obtained.
vs-neg|violence_without_injury||V ({age}) disclosed her dad beat her with a belt throughout her childhood in {town},
    from about age 6 to 13. Now reporting it as an adult. Dad still alive, no contact. Non-recent child cruelty
    recorded.
val-std|violence_without_injury|hate_crime|V ({age}), who is Jewish, was shoved and called an antisemitic slur by a
    man on {street}, {town}. No injury. Ref {ref}.
log-std|violence_without_injury||THREATS TO KILL. IP ({age}) RECEIVED LETTER THROUGH DOOR STATING HE WILL BE KILLED.
    AUTHOR UNKNOWN. FORENSICS REQUESTED {date}.
# ---- stalking and harassment: DA, near
vs-dan|stalking_harassment|domestic_abuse|Coercive control. V ({age}) says her husband checks her phone, controls
    all the money and won't let her see her friends. She has to send him photos to prove where she is. Reported
    {date}. DASH high.
val-dan|stalking_harassment|domestic_abuse;online|Ex-p keeps messaging V on WhatsApp and Instagram, 50+ messages a
    day, saying she's a slag and he'll make her life hell. Blocked him, he makes new accounts. Ref {ref}.
val-dan|stalking_harassment|domestic_abuse|Stalking. Ex-partner has been turning up at V's work and sitting outside
    her house in his {car} since {date}. V ({age}) terrified. DASH high. Referral to stalking advocate.
log-dan|stalking_harassment|domestic_abuse|STALKING - DOMESTIC. IP FOUND GPS TRACKER UNDER HER {car}. SUSP = EX
    HUSBAND. ARRESTED {date}. BAIL CONDITIONS NOT TO CONTACT.
val-dan|stalking_harassment|domestic_abuse|Harrassment by ex-p - repeated calls and texts, 80 missed calls in one
    night. No threats. V ({age}) has changed her number twice. Ref {ref}.
vs-dan|stalking_harassment|domestic_abuse|V ({old}) says her son (40s) takes her pension every week, won't let her
    go out on her own and tells her no one would believe her. Economic abuse / CCB. Adult social care involved.
val-dan|stalking_harassment|domestic_abuse;online|Ex-bf posted on Facebook saying V ({age}) is a bad mum and a
    druggie, and shared her address. Malicious comms. V wants it taken down. DASH standard.
vs-dan|stalking_harassment|domestic_abuse|Coercive control over {yrs} yrs - partner decides what V wears and eats,
    took her bank card, locks her in when he goes out. V finally disclosed to her GP on {date}. IDVA allocated.
    MARAC {later}.
val-dan|stalking_harassment|domestic_abuse|Breach of NMO. Ex-p {m1} has been following V in his car, seen outside
    her mum's and at the school gates 4 times this week. V ({age}) scared. Ref {ref}.
log-dan|stalking_harassment|domestic_abuse;online|HARASSMENT. IP'S EX PARTNER HAS CREATED FAKE SNAPCHAT ACCOUNTS IN
    HER NAME AND MESSAGED HER FRIENDS. IP ({age}) DISTRESSED. SUSP TO BE INTERVIEWED.
val-dan|stalking_harassment|domestic_abuse|V ({age}) harassed by her sister, who keeps turning up at her house
    shouting abuse and ringing her up to 30 times a day since their mum died. Both adults.
vs-dan|stalking_harassment|domestic_abuse;online|V ({age}) says her husband reads all her WhatsApp messages and
    tracks her on Snapchat maps. He accuses her of cheating and won't let her go to work. CCB. V now staying with a
    friend in {town}.
val-dan|stalking_harassment|domestic_abuse|Stalking. Ex-wife of V ({age}) has been leaving notes on his car and
    turning up at his new house in {town}. V is male and feels nobody takes him seriously.
val-dan|stalking_harassment|domestic_abuse|ex keeps coming to the house and banging on the door at night, says he
    just wants to see the kids. v has asked him to stop. no violence. dash standard. ref {ref}
vs-dan|stalking_harassment|domestic_abuse|V (17) says her bf (18) checks her phone every day, tells her what to wear
    and gets angry if she talks to boys at college. Mum worried. CCB, college aware, ref {ref}.
val-dan|stalking_harassment|domestic_abuse|V ({old}) says her grandson (20) keeps ringing her demanding money and
    saying he'll tell social services she can't cope if she doesn't pay. V frightened. Harassment recorded.
val-dan|stalking_harassment|domestic_abuse|Ex-p keeps texting V ({age}) saying he's going to kill himself if she
    doesn't take him back, over 100 texts in a week. V feels responsible. Ref {ref}.
vs-dan|stalking_harassment|domestic_abuse|V ({age}) says her ex has been sending cards and parcels to her new
    address, which he shouldn't know, and dead flowers on her birthday. Stalking. DASH high.
log-dan|stalking_harassment|domestic_abuse|CCB 8U. IP FEMALE {pa}. SUSP PARTNER OF {yrs} YRS. ISOLATION FROM FAMILY,
    FINANCIAL CONTROL, MONITORING OF PHONE. DASH 16 YES. MARAC REF {date}.
vs-dan|stalking_harassment|domestic_abuse;online|V ({age}) says her husband sends her abusive voice notes on
    WhatsApp throughout the day while she is at work, calling her useless and fat. He also controls her bank
    account. CCB.
val-dan|stalking_harassment|domestic_abuse|V ({old}) harassed by her stepson since her husband (his dad) died,
    ringing every day demanding she sells the house and shouting at her on the doorstep. Ref {ref}.
# ---- stalking and harassment: DA told apart
vs-daf|stalking_harassment|domestic_abuse|{f1} ({pa}) was with {m1} for 6 years until {date}. Since she left, {m1}
    has been driving past the house, ringing her mum, and was seen outside her work twice. She has changed her
    routine. Stalking advocate requested.
val-daf|stalking_harassment|domestic_abuse;online|Caller {f1}. Her ex {m1}, dad of her 2 kids, won't accept it's
    over. Since {date} he has sent hundreds of WhatsApp messages, some begging, some abusive. She has blocked him
    but he uses his mum's phone.
vs-daf|stalking_harassment|domestic_abuse|V has been with {m1} for {yrs} years. Over the last year {m1} has stopped
    her seeing friends, takes her wages and tells her she is mental. She said on {date} she felt like she was
    "walking on eggshells". CCB disclosed to IDVA.
vs-daf|stalking_harassment|domestic_abuse|{m1} ({age}) referral. His partner {f1} controls his money and his
    medication and threatens to leave with the kids if he talks to his family. He has autism. Disclosed to his
    support worker {date}.
val-daf|stalking_harassment|domestic_abuse;online|V ({age}) split from {m1} last month. Since then {m1} has been
    posting about her on TikTok, saying she's a cheat and naming her workplace. Her manager has seen it.
vs-daf|stalking_harassment|domestic_abuse|V's daughter {f2} ({age}) cut off contact last year. Since {date} {f2}
    keeps turning up at V's flat late at night demanding to be let in and rings V's workplace. V says {f2} is "not
    well". Harassment.
vs-daf|stalking_harassment|domestic_abuse|Lives with husband {m1} and his parents in {town}. {m1} checks her
    location and tells her when she can eat, and his mum takes her child benefit. She has no access to money.
    Disclosed at antenatal appt {date}.
val-daf|stalking_harassment|domestic_abuse|V ({age}) and {m1} have a child together but were never married. Since
    {date} {m1} has been sitting outside the nursery and sending letters to her address. Stalking protection order
    being considered.
vs-daf|stalking_harassment|domestic_abuse|{f1} ended things with her girlfriend {f2} in {month}. {f2} has since
    turned up at her gym, her work and her mum's house, and left flowers with a note saying "you'll never get rid of
    me". Stalking recorded {date}.
val-daf|stalking_harassment|domestic_abuse;online|V {f1} says her brother {m1} has been sending her abusive Facebook
    messages since their dad's funeral, calling her a gold digger. Both adults. She has screenshots going back to
    {date}.
vs-daf|stalking_harassment|domestic_abuse|V's fella {m1} ({age}) doesn't let her have her own phone, she has to use
    his. He picks her up from work every day and goes through her receipts. She says "it's just how he is" but the
    DASH came back high. Referred by GP {date}.
vs-daf|stalking_harassment|domestic_abuse;online;honour_based_abuse|{f1} ({age}) divorced her husband last year and
    her family have disowned her. Her brothers {m1} and {m2} send her WhatsApp messages saying she has dishonoured
    the family and that they know where she lives. Since {date}.
val-daf|stalking_harassment|domestic_abuse|Referral for {f1} ({age}). She and {m1} were together 2 yrs, split at
    Easter. He now waits at the bus stop she uses every morning and has turned up at her college. {date} he followed
    her home.
# ---- stalking and harassment: negatives and other
val-neg|stalking_harassment||V ({age}) harassed by a neighbour who films her coming and going and shouts abuse.
    Neighbour only, no relationship. Ongoing since {date}.
vs-neg|stalking_harassment||Stalking by a male colleague who V ({age}) turned down for a date. He has been waiting
    by her car after shifts and turned up at her house. They have never been in a relationship.
vs-neg|stalking_harassment|online|V ({age}) harassed on Facebook and by text by her ex-partner's new girlfriend,
    calling her a slag and saying she'll "get her". V has no contact with her ex. Screenshots saved.
val-neg|stalking_harassment||V ({age}) harassed by her landlord, entering the flat without notice and texting late
    at night asking her out. V wants to move. Ref {ref}.
vs-neg|stalking_harassment|hate_crime;online|V ({age}) is a trans man. He has been receiving transphobic abuse in
    comments on his TikTok videos and DMs from several accounts since {date}, including his deadname. Malicious
    comms.
vs-neg|stalking_harassment|online|V (15) being harassed on Snapchat by a group from school, including a boy (15) she
    used to go out with; they post edited photos of her and call her names. Parents referring, ref {ref}.
val-neg|stalking_harassment||V ({age}) harassed by her ex-bf's mum, who keeps ringing and leaving voicemails calling
    her a liar. V and the mum are not related. Ref {ref}.
vs-neg|stalking_harassment|online|V ({age}) matched with a man on Hinge but never met him. He has since found her
    Instagram and sends her dozens of messages a day, including to her sister. Since {date}.
val-neg|stalking_harassment||Stalking. V ({age}), a nurse, has been followed home twice by a former patient who has
    also sent letters to the ward. Not known to her otherwise.
vs-neg|stalking_harassment|hate_crime|V ({age}) and her wife have been targeted by neighbours who shout homophobic
    abuse over the fence and put notes through the door. Ongoing since {date}. Neighbours only.
val-std|stalking_harassment|hate_crime|Racially aggravated harassment. V ({age}), Pakistani heritage, runs a shop in
    {town}; the same group of men keep coming in calling him "P***" and telling him to go home, {n} times in the
    last month.
vs-neg|stalking_harassment|online|V ({age}) receiving abusive emails and LinkedIn messages from her former business
    partner after their company was wound up, accusing her of fraud. Malicious comms. No personal relationship.
val-std|stalking_harassment||V ({age}) receiving silent calls and threatening texts from an unknown number since
    {date}, "I know where you live". No idea who it is. Harassment.
vs-neg|stalking_harassment||V ({age}) says her sister's ex-boyfriend keeps turning up at her workplace asking where
    her sister is living now. V scared. Harassment recorded, ref {ref}.
val-neg|stalking_harassment|online|V ({age}), a parish councillor, receiving abusive messages on X and Facebook
    about a planning decision, some saying they know where she lives. Since {date}.
val-neg|stalking_harassment||Harassment. V ({age}) is a teaching assistant, S name not recorded; the parent of a
    pupil keeps confronting her in the playground and ringing school to complain about her, {n} times this term.
log-std|stalking_harassment||HARASSMENT. IP ({age}) RECEIVING REPEATED UNWANTED LETTERS AND GIFTS AT HOME ADDRESS
    FROM MALE SHE MET ONCE THROUGH WORK. WORDS OF ADVICE GIVEN TO SUSP {date}.
vs-std|stalking_harassment|hate_crime;online|V ({age}), Muslim, targeted in a local Facebook group with posts
    calling her a terrorist after she complained about parking. Comments included her address. Since {date}.
val-std|stalking_harassment|online|Malicious comms. Unknown account on Instagram sending V ({age}) abusive messages
    about her weight and messaging her friends, since {date}.
vs-std|stalking_harassment|online|A former friend of V ({age}) set up a fake Facebook profile using V's photos and
    posts sexual comments pretending to be her. V knows it's her from things only she'd know. Since {date}.
vs-std|stalking_harassment||V (14) has been followed home from school 3 times by a man in his 30s who waits outside
    the gates in a {car}. Not known to the family. Police patrols requested, ref {ref}.
vs-neg|stalking_harassment||V ({age}) is being harassed by the ex-partner of her current boyfriend, who turns up
    outside her house and shouted at her in {shop}. V has never been in a relationship with S.
# ---- burglary
val-std|burglary||Resi burglary {street} {town} overnight {date}. Rear door forced, laptop and jewellery taken. V
    ({age}) and kids asleep upstairs at the time. Ref {ref}.
log-std|burglary||BURGLARY DWELLING. ENTRY VIA INSECURE KITCHEN WINDOW. CASH {amt} AND PASSPORTS TAKEN. IP {old}
    LIVES ALONE. SOCO ATTENDED {date}.
vs-std|burglary||V ({old}) had a distraction burglary. A man said he was checking the water and kept her talking at
    the front door while another went upstairs and took {amt} from her bedroom. V very shaken, not sleeping.
val-std|burglary|knife_sharp_instrument|Aggravated burglary {street} {town} approx {time}. V ({age}) woke to find a
    male in her bedroom, he pointed a knife at her and told her to stay in bed, then ran off. Nothing taken, no
    injuries.
val-dan|burglary|domestic_abuse|V's ex-p {m1} broke in through the back door while she was out on {date} and took
    her laptop and the TV. Neighbour saw him. They split {n} months ago. No other contact.
vs-daf|burglary|domestic_abuse|{f1} has been estranged from her son {m1} ({age}) for a year because of his drug use.
    On {date} he climbed in through the bathroom window while she was at work and took her jewellery and {amt}. She
    recognised him on her doorbell camera.
val-std|burglary||Burglary of garage at {street} {town}, padlock cut, 2 bikes and power tools taken. V ({age})
    gutted, the bikes were how he got to work.
log-std|burglary||BURGLARY BUSINESS. {shop} {town}. ROLLER SHUTTER FORCED {time}, CIGARETTES AND LOTTERY CASH TAKEN.
    STAFF IP ({age}) FOUND IT ON OPENING UP. ALARM FAILED.
vs-std|burglary||Community burglary - church hall in {town} broken into, PA system, laptop and the donations tin
    taken. Caretaker V ({old}) upset, third time this year.
val-std|burglary||Attempted burglary {date}, marks round the front door lock and smashed glass panel at {street}
    {town}, no entry gained. V ({age}) anxious. Ring doorbell footage.
val-neg|burglary||Burglary at V's flat in {town}. V ({age}) suspects her ex-partner's brother as he knew where the
    spare key was. V and her ex split amicably, no DA. {phone} and cash taken.
vs-std|burglary||V ({age}) came back from holiday to find the house ransacked; jewellery that belonged to her late
    mum taken. Entry via patio door. Wants help with insurance and target hardening.
log-std|burglary||BURGLARY RESI {street} {town} {date}. NO SIGN OF FORCED ENTRY, FRONT DOOR POSSIBLY INSECURE. IP
    ({age}) MISSING {amt} AND BANK CARDS FROM BEDROOM.
val-std|burglary||Burglary while V ({old}) asleep upstairs, car keys taken from the hallway and her {car} stolen
    from the drive. Ref {ref}.
vs-std|burglary||V's ({old}) allotment shed on the {town} allotments broken into again, strimmer and hand tools
    taken. V says it's his "sanity" and he feels like giving it up.
val-std|burglary||Burglary {date}, offenders got in via rear window while V ({age}) and her partner were at work,
    took jewellery, watches and a PlayStation.
log-std|burglary||ATTEMPTED BURGLARY. IP ({old}) DISTURBED MALE TRYING REAR DOOR HANDLE {time}, MALE MADE OFF.
    NOTHING TAKEN. NIL DAMAGE.
vs-std|burglary||Business burglary at V's barber shop on {street}, {town}: door smashed, clippers and the week's
    takings taken. V ({age}) self employed, lost a week's earnings.
val-std|burglary|hate_crime|Burglary at V's ({age}) home; offenders sprayed racist graffiti on the walls inside and
    took {amt}. V and family are Syrian refugees, now frightened to stay. Ref {ref}.
# ---- vehicle offences
val-std|vehicle_offences||Car stolen from the drive overnight {date}, {car}, keyless, no keys taken. V ({age}) needs
    car for work. Ref {ref}.
log-std|vehicle_offences||THEFT FROM MOTOR VEHICLE. CATALYTIC CONVERTER REMOVED FROM IP'S {car} ON {street} {town}.
    IP ({age}) HEARD GRINDING {time}.
val-std|vehicle_offences||Tools stolen from V's van overnight in {town}, {midamt} worth, lock punched. V self
    employed, can't work.
vs-std|vehicle_offences||V ({age}) had her {car} taken and crashed by joyriders, found wrecked in {town2}.
    Aggravated vehicle taking. The car was adapted for her disability.
val-dan|vehicle_offences|domestic_abuse|Ex-p took V's car without permission on {date} and has not brought it back.
    Car is in her name. DASH standard. V needs it for the school run.
val-std|vehicle_offences||Vehicle interference - youths seen trying door handles of cars on {street} {town} {time};
    V's ({age}) {car} found with the glovebox open, nothing taken.
log-std|vehicle_offences||TWOC. IP'S {car} TAKEN FROM WORKPLACE CAR PARK {town}. RECOVERED {date} ABANDONED,
    IGNITION DAMAGED.
vs-neg|vehicle_offences||V ({age}) says her lodger took her car without asking while she was in hospital and put 300
    miles on it. Lodger only, not a partner. Ref {ref}.
val-std|vehicle_offences||Number plates stolen off V's {car} outside home in {town}, later used on a car in a fuel
    drive off. V ({age}) worried she'll get the fines.
val-std|vehicle_offences||Motorbike stolen from outside V's flat in {town}, chain cut. V ({age}) uses it for work.
    Ref {ref}.
vs-std|vehicle_offences||Handbag stolen from V's ({old}) car while she was loading shopping in the {shop} car park,
    passenger door was open. Purse, keys and {amt}.
log-std|vehicle_offences||THEFT OF MOTOR VEHICLE {date}. {car} TAKEN FROM OUTSIDE {shop} {town} WHILE ENGINE LEFT
    RUNNING. IP ({age}) IN SHOP 2 MINS.
vs-daf|vehicle_offences|domestic_abuse|{f1}'s husband {m1} moved out in {month}. On {date} he took the car off her
    drive with the spare key and won't say where it is. The car is in her name and she pays the finance.
# ---- theft from the person
val-std|theft_from_person||Pickpocket at {town} market {date}, purse taken from V's ({old}) shopping trolley bag
    without her noticing. {amt} and bank cards.
val-std|theft_from_person||V ({age}) had her {phone} snatched out of her hand on {street} {town} by a male on a
    bike. She wasn't touched or hurt.
log-std|theft_from_person||THEFT FROM PERSON. IP'S WALLET TAKEN FROM BACK POCKET ON CROWDED BUS TO {town}. NOT
    NOTICED UNTIL GETTING OFF. NO DESC.
vs-std|theft_from_person||V ({old}) had her purse lifted from her handbag while queuing in {shop} {town}; CCTV shows
    a woman distracting her. {amt} taken.
val-std|theft_from_person||Phone taken from the pocket of the jacket V ({age}) was wearing while she was dancing in
    {pub} {town} on {date}. Didn't feel a thing.
val-neg|theft_from_person||V ({age}) says her partner's mate took her phone out of her hand at a party and ran off
    with it. No force. V and S not in a relationship, not family. Ref {ref}.
vs-std|theft_from_person||V ({age}) at a gig in {town2} had her phone and cards taken from her bumbag in the crowd.
    Bank cards used straight after.
log-std|theft_from_person||THEFT FROM PERSON {town} RAILWAY STATION. IP'S PHONE TAKEN FROM COAT POCKET WHILE
    BOARDING TRAIN {time}. NO FORCE, NO INJURIES.
val-std|theft_from_person||V ({age}), who has a learning disability, had {amt} taken out of his hand at the cash
    machine in {town} by a man who had offered to help him. Man walked off.
# ---- bicycle theft
val-std|bicycle_theft||Bike stolen from the rack outside {town} station {date}, {bike}, D-lock cut. V ({age})
    commutes on it. Ref {ref}.
vs-std|bicycle_theft||V ({kid}) had his {bike} stolen from outside {shop} while he was inside for 2 mins. Unlocked.
    Mum says he is devastated, he saved up for it.
log-std|bicycle_theft||THEFT OF PEDAL CYCLE. {bike} TAKEN FROM FRONT GARDEN {street} {town} OVERNIGHT. NOT LOCKED.
val-std|bicycle_theft||V's ({age}) electric bike stolen from outside the gym in {town}, lock cut in broad daylight.
    Worth {midamt}.
val-std|bicycle_theft||Bike taken from the school bike shelter in {town}; V ({kid}). School has CCTV. Ref {ref}.
vs-neg|bicycle_theft||V ({age}) says her flatmate's boyfriend borrowed her bike and now won't give it back, says he
    sold it. V is not in a relationship with him. Ref {ref}.
val-std|bicycle_theft||Bike stolen from outside {pub}, {bike}, cable lock cut. V ({age}) saw it at a car boot sale 2
    weeks later and police recovered it.
# ---- shoplifting
val-std|shoplifting||Shop manager at {shop} {town} reporting repeat shoplifting by the same male, {n} times this
    month, meat and alcohol. Staff feel helpless, thier manager wants support for them. Ref {ref}.
vs-std|shoplifting||V ({age}) runs a small newsagent in {town}. Regular shoplifting by a group of teenagers, sweets
    and vapes, losing around {amt} a month. Feels unsafe in her own shop.
log-std|shoplifting||THEFT FROM SHOP {shop} {town} {time}. MALE FILLED BAG WITH RAZORS AND COFFEE, WALKED OUT PAST
    TILLS. STAFF IP DID NOT INTERVENE. NO THREATS MADE.
val-std|shoplifting|hate_crime|Shoplifting at {shop} {town}. When V ({age}), a store worker, challenged the female
    she called him a "p***" and told him to go back home. Nothing else said.
vs-std|shoplifting||Pharmacy in {town}: shoplifter took perfume gift sets worth {amt}. Pharmacist V ({age}) wants
    support as it's the 5th time this year.
val-std|shoplifting||Farm shop outside {town}: couple took jars, cheese and meat off the shelves and walked out
    without paying, drove off in a {car}. Owner V ({old}) upset.
log-std|shoplifting||SHOP THEFT {shop} {town}. FEMALE CONCEALED CLOTHING IN PUSHCHAIR, DETAINED BY SECURITY. STAFF
    IP VERBALLY ABUSED, NO ASSAULT. REF {ref}
# ---- other theft
val-std|other_theft||Theft by employee. V ({age}) runs a cafe in {town} and found a staff member had been taking
    from the till for 3 months, approx {midamt}.
vs-std|other_theft||Parcels stolen from V's ({age}) doorstep {n} times in a month on {street} {town}. Doorbell cam
    shows the same male.
log-std|other_theft||MAKING OFF WITHOUT PAYMENT. {car} FILLED WITH FUEL AT {town} PETROL STATION AND DROVE OFF,
    {amt}. FALSE PLATES. STAFF IP.
val-std|other_theft|online|V ({age}) being blackmailed by a man on Facebook Messenger who says he will tell V's
    employer about V's old conviction unless V pays {amt}. V has paid once already.
val-std|other_theft||Dog theft. V's ({age}) French bulldog taken from her back garden in {town} on {date}. Gate left
    open. Very distressed.
vs-neg|other_theft||V ({old}) had {amt} cash taken from her purse by a paid carer over several visits; her son
    marked the notes. Agency informed. Carer not family.
val-dan|other_theft|domestic_abuse|V ({old}) says her adult son has been taking cash from her purse and pawning her
    late husband's jewellery. She's scared to confront him. Ref {ref}.
val-std|other_theft||Lead stolen from the church roof in a village near {town} overnight {date}. Churchwarden V
    ({old}) referred, congregation upset.
val-std|other_theft||Handbag stolen from the back of V's chair in {pub} {town} while she was at the bar. {phone},
    purse and keys. Ref {ref}.
log-std|other_theft||THEFT - MAIL. IP ({age}) REPORTS BANK CARDS AND DWP LETTERS NOT ARRIVING SINCE {date}, POSTMAN
    SUSPECTED. ROYAL MAIL SECURITY INFORMED.
vs-std|other_theft||V's ({age}) purse taken from the staff room locker at the care home in {town} where she works,
    {amt} cash.
val-daf|other_theft|domestic_abuse|V {f1} ({old}). Her grandson {m1} (19) stays at weekends. After his last stay on
    {date} her bank card and {amt} cash were missing from the kitchen drawer. She thinks {m1} took them.
val-std|other_theft||Plants and garden ornaments taken from V's front garden on {street} {town}, {n} times this year
    now. V ({old}) says it's petty but upsetting.
# ---- criminal damage and arson
val-std|criminal_damage_arson||V's ({age}) car keyed down both sides outside home on {street} {town} overnight
    {date}. Quote for repair {amt}.
log-std|criminal_damage_arson||CRIM DAM DWELLING. FRONT WINDOW OF IP'S HOUSE SMASHED WITH BRICK {time}. IP ({age})
    AND CHILDREN INSIDE. NO INJURIES. YOUTHS SEEN RUNNING OFF.
val-std|criminal_damage_arson||Arson - wheelie bins set alight against V's fence on {street} {town} {date}, fence
    destroyed. Fire service attended. V ({old}) scared.
vs-std|criminal_damage_arson||Arson with intent to endanger life. Burning rag pushed through V's letterbox on {date}
    at {time} while the family were asleep. Smoke alarm woke them. V ({age}) and 3 kids now in temporary
    accommodation.
val-dan|criminal_damage_arson|domestic_abuse|Ex-p smashed V's phone and kicked her bedroom door off its hinges
    during an argument {date}. No assault. DASH medium.
vs-std|criminal_damage_arson|hate_crime|Mosque in {town} had windows smashed and anti-Muslim graffiti sprayed on the
    wall on {date}. The imam ({age}) referred on behalf of the community. Religious hate crime.
val-std|criminal_damage_arson|hate_crime|Racist graffiti ("GO HOME") sprayed on V's front door, {street} {town}. V
    ({age}) and family are from Eritrea. Ref {ref}.
val-std|criminal_damage_arson||Damage to V's ({old}) allotment greenhouse, panes smashed and plants trampled.
    Nothing taken. Ref {ref}.
val-daf|criminal_damage_arson|domestic_abuse|V ({age}) split from her partner {m1} a month ago. On {date} she came
    out to find the tyres on her {car} let down and "SLAG" scratched into the bonnet. Neighbour saw {m1} do it.
log-dan|criminal_damage_arson|domestic_abuse|CRIM DAM - DOMESTIC. SUSP (IP'S HUSBAND) PUNCHED HOLES IN WALLS AND
    SMASHED TV DURING ARGUMENT {date}. IP NOT ASSAULTED. SUSP ARRESTED. DASH MED.
vs-daf|criminal_damage_arson|domestic_abuse|{f1}'s son {m1} ({age}) has addiction issues. On {date}, when she
    refused him money, he smashed every window on the ground floor of her house. She is now too scared to be there
    alone.
val-neg|criminal_damage_arson||V's ({age}) car windscreen smashed; she believes it was her neighbour after a row
    about parking. Neighbour only. Nil DA. Ref {ref}.
vs-neg|criminal_damage_arson||Damage to V's ({age}) front door and car. V thinks it's her ex-partner's new
    girlfriend as it started when they got together. V has had no contact with her ex for 2 yrs.
val-std|criminal_damage_arson||V's ({age}) shop window on {street} {town} smashed for the third time in a month,
    insurance refusing to pay out. Ref {ref}.
log-std|criminal_damage_arson||ARSON. IP'S {car} SET ALIGHT ON DRIVE {street} {town} {time}. FIRE SPREAD TO GARAGE
    DOOR. NO INJURIES. FIRE SERVICE SUSPECT ACCELERANT.
vs-std|criminal_damage_arson||V's ({age}) garden fence and plants repeatedly damaged by youths from the estate, {n}
    times since {date}. V has CCTV stills.
val-std|criminal_damage_arson||Paint stripper poured over V's ({age}) {car} overnight {date} outside home in {town}.
    No idea who or why. Ref {ref}.
val-std|criminal_damage_arson|hate_crime|Pride flag torn down and V's ({age}) front window smashed, "f*gs" written
    on their car in marker. V and her partner feel targeted. Ref {ref}.
vs-std|criminal_damage_arson||Arson at V's ({age}) takeaway on {street} overnight {date}, building gutted. Police
    investigating, V has lost his livelihood.
val-dan|criminal_damage_arson|domestic_abuse|V ({age}) lives with her dad, who smashed up her room and her laptop on
    {date} after she said she was moving out with her bf. No violence to her.
val-neg|criminal_damage_arson||V's ({pa}) front window smashed by her 13yo son during a row, no one hurt. Mum wants
    help with his behaviour, not police action. Ref {ref}.
log-std|criminal_damage_arson||CRIMINAL DAMAGE. GRAFFITI TAGS ON IP'S GARAGE DOOR AND VAN {street} {town}. IP
    ({age}) 3RD REPORT THIS YEAR. NO OFFENSIVE CONTENT.
vs-daf|criminal_damage_arson|domestic_abuse|{f1} and {m1} split up in March. On {date} she let him in to collect his
    things and while she was in the kitchen he cut up her clothes and poured bleach on the sofa. No violence. She
    doesn't want him back in the flat.
val-std|criminal_damage_arson||Wing mirrors smashed off V's ({age}) wheelchair accessible van on {street} {town},
    2nd time. Nothing said to her. Ref {ref}.
vs-std|criminal_damage_arson||Fire set in the communal bin store at the flats on {street}, {town} on {date}. V
    ({age}) lives above and smoke damaged her flat.
val-dan|criminal_damage_arson|domestic_abuse|ex kicked her car door in when she wouldnt let him in the house. no
    assault, kids in the car. v wants locks changing and a panic alarm. ref {ref}
val-neg|criminal_damage_arson||V's ({age}) car windows smashed on {street}. V says if it was her ex she would know,
    he'd have left a note. Police think it was random, {n} other cars on the street done the same night.
# ---- miscellaneous crimes against society
val-std|misc_crimes_against_society||Witness intimidation. V ({age}), a witness in an assault trial next month, was
    approached in {shop} by the defendant's brother who told her to "keep her mouth shut". Ref {ref}.
vs-dan|misc_crimes_against_society|domestic_abuse|Ex-p told V ({age}) over the phone that he will smash all her
    windows and burn her car if she doesn't drop the charges. No damage done yet. DASH high.
val-std|misc_crimes_against_society||Dangerous driving. A {car} mounted the pavement on {street} {town} and narrowly
    missed V ({age}) and her pram. Driver did not stop. No injuries.
vs-neg|misc_crimes_against_society|child_sexual_abuse_exploitation|V ({age}) found indecent images of children on
    her partner's laptop on {date} and reported it. He has been arrested. V in shock, has 2 kids of her own. She
    says he has never been abusive to her.
val-neg|misc_crimes_against_society||Neighbour threatened to burn V's ({age}) shed down over a boundary dispute,
    said it to her face on {date}. Nothing damaged. Neighbours only. Threat to commit CD.
log-std|misc_crimes_against_society||PERVERTING COURSE OF JUSTICE. IP ({age}), PROSECUTION WITNESS, OFFERED {midamt}
    BY DEFENDANT'S COUSIN TO WITHDRAW STATEMENT {date}. IP REPORTED IT STRAIGHT AWAY.
val-std|misc_crimes_against_society||Dangerous driving. Lorry driver repeatedly tailgated and brake checked V
    ({age}) on the A180 near {town} for several miles, V's dashcam has it all. No collision.
vs-std|misc_crimes_against_society||V ({age}) told by a mutual friend that the man she reported for assault has
    offered money to anyone who "sorts out" witnesses. V frightened to attend court on {date}. Intimidation
    recorded.
val-dan|misc_crimes_against_society|domestic_abuse|Ex-husband sent V ({age}) a text saying he will "torch the house
    with all her stuff in it". No damage. Threat to commit CD. DASH medium. Ref {ref}.
log-std|misc_crimes_against_society||DANGEROUS DRIVING. {car} DRIVEN AT SPEED THROUGH {town} MARKET PLACE,
    PEDESTRIANS INCL IP ({age}) HAD TO JUMP CLEAR. NO INJURIES. DRIVER ARRESTED.
# ---- fraud and computer misuse
vs-neg|fraud_computer_misuse|online|Romance fraud. V ({old}) met "{m1}" on a dating site, he said he was an engineer
    on an oil rig. Over 6 months she sent him {bigamt}. They never met in person. V embarrassed, hasn't told family.
    Action Fraud ref {ref}.
val-std|fraud_computer_misuse||Courier fraud. V ({old}) phoned by someone claiming to be police saying her bank was
    compromised; a courier collected her bank card and PIN. {bigamt} taken.
vs-std|fraud_computer_misuse|online|Investment scam. V ({age}) saw an advert on Facebook for crypto trading and
    invested {bigamt} through a website that now won't let him withdraw anything.
val-std|fraud_computer_misuse|online|"Hi mum" scam. V ({pa}) got a WhatsApp message from "her daughter" on a new
    number asking for {amt} for a bill. Paid it. Bank investigating.
val-std|fraud_computer_misuse||Rogue trader. Men knocked on V's ({old}) door saying roof tiles were loose, charged
    {bigamt} for work that wasn't needed and wasn't done. Trading standards aware.
vs-std|fraud_computer_misuse|online|V ({age}) paid {midamt} for a PS5 on Facebook Marketplace, seller stopped
    replying and blocked her.
val-std|fraud_computer_misuse||Bank impersonation call. V ({age}) told to move her savings to a "safe account" and
    transferred {bigamt}. Bank say they didn't call.
vs-dan|fraud_computer_misuse|domestic_abuse|Ex-partner took out a loan of {bigamt} and 2 credit cards in V's ({age})
    name while they were together; V only found out after the split when debt letters arrived. Ref {ref}.
val-dan|fraud_computer_misuse|domestic_abuse;online|V ({old}) says her son used her bank card without permission,
    {amt} spent on online shopping sites over a month. Son is in his 30s. V doesn't want him arrested.
log-std|fraud_computer_misuse|online|FRAUD. IP ({age}) CLICKED LINK IN TEXT CLAIMING TO BE ROYAL MAIL, ENTERED CARD
    DETAILS ON FAKE WEBSITE. {amt} TAKEN. BANK REFUNDED PART.
vs-std|fraud_computer_misuse|online|Computer misuse. V's ({age}) Instagram account hacked, the hacker locked her out
    and is posting crypto scams to her followers. V runs her business through it.
val-std|fraud_computer_misuse|online|Ticket fraud. V ({age}) bought concert tickets from a seller on Facebook, paid
    {amt} by bank transfer, tickets never arrived.
vs-neg|fraud_computer_misuse||Carer fraud. V ({old}) had {bigamt} taken from her account by a paid carer who had
    been given her card to do her shopping. Carer is not family. Safeguarding aware.
val-std|fraud_computer_misuse||Identity fraud - someone applied for a mobile phone contract and a credit card in V's
    ({age}) name. V found out when the letters arrived. Ref {ref}.
vs-std|fraud_computer_misuse|online|Holiday fraud. V ({age}) booked a villa through a website that turned out to be
    fake, lost {bigamt}. Family holiday cancelled.
val-std|fraud_computer_misuse||V ({old}) persuaded by a cold caller to invest {bigamt} in "green energy bonds".
    Company has now disappeared. Ref {ref}.
log-std|fraud_computer_misuse||FRAUD BY FALSE REPRESENTATION. BUILDER TOOK {bigamt} DEPOSIT FROM IP ({age}) FOR
    EXTENSION, NEVER STARTED WORK, NOT RETURNING CALLS.
vs-daf|fraud_computer_misuse|domestic_abuse|{f1} ({old}) has had her nephew {m1} living with her since her stroke.
    Her bank noticed {bigamt} moved from her savings into {m1}'s account over 2 months. {f1} says she never agreed
    to it.
val-std|fraud_computer_misuse|online|V ({age}), male, had been talking to a woman on Instagram for 3 months who
    asked for money for a visa; he sent {midamt}. Profile now deleted.
vs-std|fraud_computer_misuse|online|V ({age}) paid a {amt} deposit for a puppy advertised on a website. No puppy,
    seller uncontactable.
val-std|fraud_computer_misuse|online|V's ({age}) business email was hacked and used to send fake invoices to her
    customers; 2 customers paid the fraudster. Ref {ref}.
val-std|fraud_computer_misuse||Man claiming to be from the council took {amt} cash off V ({old}) on the doorstep for
    a parking permit that doesn't exist.
vs-neg|fraud_computer_misuse|online|V ({age}) thought she was in a relationship with a man she met on a dating app,
    though they never met in person. He persuaded her to send {bigamt} for his business. Police say it's a fraud
    network.
val-std|fraud_computer_misuse||V ({age}) paid {midamt} cash to a man for a car advertised in the local paper; the
    car was a clone and has been seized by police.
log-std|fraud_computer_misuse|online|COMPUTER MISUSE. IP'S ({age}) ONLINE BANKING ACCESSED BY UNKNOWN 3RD PARTY,
    {amt} TRANSFERRED OUT {date}. IP DENIES SHARING DETAILS.
# ---- drug offences
val-std|drug_offences||V ({age}) reports drug dealing from the flat opposite on {street} {town}, cars pulling up all
    hours. No threats to V. Feels unsafe. Ref {ref}.
vs-std|drug_offences||V ({old}) says some men are using her flat to deal from. She says they are "friends" and she
    is not threatened or scared of them. Adult social care worried about cuckooing. Ref {ref}.
log-std|drug_offences||DRUGS WARRANT EXECUTED {street} {town} {date}. CANNABIS FACTORY 60 PLANTS. IP = LANDLORD
    ({age}), UNAWARE OF USE. REFERRED FOR SUPPORT.
val-std|drug_offences||Nitrous oxide canisters being sold to kids outside the park on {street} {town}. V ({age}), a
    parent, reporting and worried. Ref {ref}.
vs-neg|drug_offences||V ({pa}) found her adult son's cannabis grow in the loft and told police. Son arrested for
    cultivation. V wants support. No violence or threats from her son, nil DA.
val-std|drug_offences||Drug dealing in the stairwell of V's ({age}) block in {town}, needles left on the landing.
    Housing aware. Ref {ref}.
log-neg|drug_offences||POSSESSION WITH INTENT TO SUPPLY. SUSP ARRESTED AT IP'S ADDRESS {town}. IP ({old}) IS SUSP'S
    GRANDMOTHER, UNAWARE. NO OFFENCES AGAINST IP DISCLOSED.
# ---- possession of weapons
val-std|possession_of_weapons||V ({age}) saw a male with a knife in his waistband at {town} bus station. Not
    threatened, felt frightened. Male arrested for possession.
log-std|possession_of_weapons||STOP SEARCH {street} {town}. MALE ({age}) FOUND WITH LOCK KNIFE. STAFF AT {shop} (IP)
    HAD REPORTED HIM ACTING ODDLY. NO THREATS MADE.
val-dan|possession_of_weapons|domestic_abuse|Ex-p breached DVPN by coming to V's address on {date}; arrested outside
    and found carrying a lock knife. V didn't see it and no threats were made. DASH high.
vs-neg|possession_of_weapons||Mum ({pa}) referred after her son (17) was arrested in {town} centre carrying a zombie
    knife. Mum shocked and wants support. No threats or violence at home.
val-std|possession_of_weapons||V ({age}) frightened because a male on the estate has been seen walking round
    {street} with an air rifle. Not pointed at anyone. Ref {ref}.
log-std|possession_of_weapons||MALE IN {pub} {town} SEEN WITH KNUCKLEDUSTER, DOOR STAFF (IP) DETAINED HIM. NO
    THREATS, NO ASSAULT. ARRESTED {time}.
vs-std|possession_of_weapons||Pupil (15) brought a kitchen knife into school in {town}, found in his bag by staff. V
    ({kid}) is the classmate who told teachers and is now anxious. Ref {ref}.
val-std|possession_of_weapons||Taser found in a car when police stopped a male outside V's ({age}) business; V had
    reported him hanging around. No threats made to V.
# ---- public order
val-std|public_order|hate_crime|Racially aggravated public order. Male on the bus in {town} shouted racial abuse at
    V ({age}) and her children and said she should "go back to Africa". No assault. Ref {ref}.
val-std|public_order|hate_crime|V ({age}) and his boyfriend called homophobic names by a group of men outside {pub}
    {town}, one threatened to "batter" them. No assault.
log-std|public_order||SEC 4 POA. MALE SHOUTING AND SWEARING AT STAFF IN {shop} {town}, THREATENED TO "SMASH THE
    PLACE UP". IP (MANAGER, {age}) ALARMED.
val-dan|public_order|domestic_abuse|Ex-p stood in the street outside V's house shouting abuse, calling her a whore
    in front of the neighbours and kids. No assault. S arrested. DASH standard. Ref {ref}.
vs-std|public_order|hate_crime|V ({age}), who uses a wheelchair, was mocked and sworn at by a man in {shop} who said
    "people like you shouldn't be allowed out". Disability hate.
val-std|public_order||V ({age}), a bus driver, threatened and sworn at by a drunk passenger who refused to get off,
    {time}. No assault.
log-std|public_order||VIOLENT DISORDER {street} {town} {date}. LARGE GROUP FIGHTING OUTSIDE {pub}, BOTTLES THROWN.
    IP ({age}) PASSER BY, CAUGHT UP IN IT, NOT INJURED.
val-std|public_order|hate_crime|V ({age}), wearing a kippah, was shouted at by men in a car using antisemitic slurs
    on {street} {town}. No contact.
vs-std|public_order|hate_crime|Trans woman V ({age}) abused on the train to {town}: group of lads followed her
    through the carriages shouting about her being a "man in a dress". No assault.
val-neg|public_order||V ({age}) and her neighbour had a shouting match over the fence; neighbour threatened to "sort
    her out". Neighbour only, no relationship. No assault.
log-std|public_order||AFFRAY. 2 GROUPS FIGHTING IN {town} MARKET PLACE {time}. IP ({age}) STALLHOLDER FRIGHTENED. NO
    INJURIES REPORTED. NO WEAPONS SEEN.
val-dan|public_order|domestic_abuse|V's brother turned up at her work in {town} shouting and swearing at her in
    front of customers, calling her a slag, over their mum's will. Both adults. Ref {ref}.
vs-neg|public_order||V ({age}) works on reception at a GP surgery; a patient's husband shouted and swore at her and
    threatened to "wait for her after work". Ref {ref}.
val-std|public_order|hate_crime|Religiously aggravated public order. V ({age}), Sikh, had a man shout abuse about
    his turban at him at a petrol station in {town}.
val-std|public_order||Group of youths outside {shop} shouted threats at V ({age}) and followed her to her car,
    saying they would beat her up. No assault. Ref {ref}.
log-dan|public_order|domestic_abuse|S5 POA DOMESTIC. SUSP (IP'S SON, 24) SHOUTING AND SWEARING AT IP IN STREET
    OUTSIDE ADDRESS {town}, NEIGHBOURS CALLED POLICE. NO ASSAULT.
vs-std|public_order|hate_crime|V ({age}) has autism; a man at the bus stop shouted disability slurs at him, copied
    his movements and threatened to hit him. No assault.
val-daf|public_order|domestic_abuse|{f1} ended it with {m1} last week after 4 yrs. On {date} {m1} stood in her front
    garden at 2am screaming that he'd "make her pay" until the neighbours came out. He left before police arrived.
val-std|public_order||V ({age}), a steward at the football ground in {town}, threatened and abused by away fans. No
    assault. Ref {ref}.
val-neg|public_order|hate_crime|V ({age}) is Polish. Her landlord shouted "you Poles are all the same" and told her
    to get out during a row over rent arrears. Ref {ref}.
val-neg|public_order||Nil DA history. V ({age}) and her husband were both threatened and sworn at by a man at a
    petrol station in {town} after a row over a pump. No assault.
# ---- anti-social behaviour
val-std|anti_social_behaviour||Noise nuisance from neighbours on {street} {town}, music till 3am most weekends. No
    threats made. V ({age}) exhausted. Council aware.
val-std|anti_social_behaviour||Youths hanging around outside {shop}, shouting and riding bikes on the pavement. No
    damage, no threats. V ({old}) nervous going out.
vs-neg|anti_social_behaviour||V ({age}) can hear her neighbours arguing loudly most nights through the wall,
    shouting and doors slamming. No violence heard. Keeping her awake, she has a newborn.
log-std|anti_social_behaviour||ASB. GROUP OF YOUTHS ON OFF ROAD BIKES RIDING ROUND PLAYING FIELD {town} {time}.
    NOISE. NO CRIMES DISCLOSED. IP ({old}) 3RD CALL.
val-std|anti_social_behaviour||Neighbour's dog barking all day, definately worse since March, neighbour rude when
    asked about it. No threats. V ({age}) wants mediation.
vs-std|anti_social_behaviour||V ({age}) reports people using the alley behind her house on {street} to drink and
    urinate, litter everywhere. Not directed at her.
val-neg|anti_social_behaviour||Noise complaint about the house opposite V ({age}); her ex-partner's cousin lives
    there. Parties every weekend. Nothing directed at V, no contact from her ex.
val-std|anti_social_behaviour||Kids knocking on doors and running off on {street} in the evenings. V ({old})
    frightened. No damage. Ref {ref}.
log-std|anti_social_behaviour||ASB - VEHICLE NUISANCE. CARS REVVING AND RACING ON RETAIL PARK {town} LATE EVENINGS
    AT WEEKENDS. RESIDENTS INCL IP ({age}) KEPT AWAKE.
vs-std|anti_social_behaviour||Neighbour dispute over bins and parking, V ({age}) says the neighbour deliberately
    parks across her drive. Nothing criminal disclosed. Mediation suggested.
val-neg|anti_social_behaviour||V ({age}) says her flatmate plays loud music and has people round at all hours. No
    threats, no damage. Flatmate only.
vs-std|anti_social_behaviour||People sleeping in the doorway of V's ({age}) shop on {street}, V worried about
    customers. No crimes disclosed.
val-std|anti_social_behaviour||Kids kicking footballs against V's ({old}) wall and garage door every night, V asked
    them to stop and they laughed. No damage. Ref {ref}.
val-neg|anti_social_behaviour||V's ({age}) landlord keeps doing repairs late at night, loud drilling, V can't sleep.
    Nothing threatening said.
log-std|anti_social_behaviour||ASB {street} {town}. GROUP DRINKING IN PARK, SHOUTING, LITTER. NO OFFENCES. IP
    ({age}) COMPLAINS 4TH TIME THIS MONTH.
# ---- other crime
val-std|other_crime||V ({age}) victim of crime, details not recorded on referral. Ref {ref}. Please call V, prefers
    after 5pm.
vs-std|other_crime||Animal cruelty. V's ({age}) neighbour seen kicking and beating his dog in the garden; V reported
    it to the RSPCA and police. V distressed by what she saw.
val-std|other_crime||V ({age}) says she was the victim of a crime last month but didn't want to say what over the
    phone. Wants a call back. Crime type not recorded.
log-std|other_crime||REFERRAL - OFFENCE TYPE NOT RECORDED. IP ({age}) {town}. CRIME REF {ref}. CONSENT GIVEN.
vs-std|other_crime||Illegal eviction. V's ({age}) landlord changed the locks while she was at work and put her
    belongings in the street. Council tenancy relations officer involved.
val-std|other_crime||Hare coursing on farmland near {town2}, farmer V ({age}) confronted the men and they drove off.
    No threats made. Ref {ref}.
vs-std|other_crime||Fly-tipping on V's ({age}) land outside {town} for the 3rd time, V has to pay for removal.
    Council enforcement aware.
log-std|other_crime||VS REFERRAL. CRIME TYPE: NOT RECORDED. IP ({age}) REQUESTS SUPPORT. OIC {oic}. CRIME REF {ref}.
# ---- short, terse call-handler notes
val-dan|violence_without_injury|domestic_abuse|DA s39. Ex-p pushed V, nil inj. {date}.
val-std|shoplifting||Repeat shop theft at {shop} {town}. Staff V wants support.
val-std|vehicle_offences||Cat con stolen off V's {car}, {town}. V upset.
val-dan|stalking_harassment|domestic_abuse|Ex-p harassing V ({age}) by text and calls. DASH std.
val-std|burglary||Burg dwelling {date}, jewellery taken, V ({old}) shaken.
val-std|criminal_damage_arson||Car window smashed o/n on {street}. V ({age}) wants advice.
val-neg|violence_with_injury||Assault by neighbour, cut lip, nil DA. {date}.
log-std|public_order||S4 POA {town}. IP ({age}) ALARMED AND DISTRESSED. SUSP NOT TRACED.
val-std|fraud_computer_misuse|online|eBay scam, V ({age}) lost {amt}.
val-daf|violence_without_injury|domestic_abuse|Partner is {m1}. {m1} slapped V on {date}, no marks. Wants advice
    only.
val-std|theft_from_person||Purse pinched from V's ({old}) bag on bus in {town}, {amt}.
val-std|other_crime||Crime type n/k. V ({age}) wants a call back. Ref {ref}.
val-std|robbery||Mugged on {street}, phone taken, punched. V ({age}). Ref {ref}.
val-std|anti_social_behaviour||ASB - youths on {street} again, no crimes. V ({old}) fed up.
"""


def parse_templates(raw):
    """Return a list of (kind, category, flags tuple, text) from the template block."""
    entries = []
    for line in raw.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("    "):
            if not entries:
                raise ValueError("continuation line before any template")
            entries[-1] = entries[-1] + " " + line.strip()
        else:
            entries.append(line.strip())
    templates = []
    for entry in entries:
        kind, category, flags, text = entry.split("|", 3)
        source, tag = kind.split("-")
        assert source in SOURCES and tag in TAGS, entry
        assert category in CATEGORIES, entry
        flag_list = [f for f in flags.split(";") if f]
        for f in flag_list:
            assert f in FLAGS, entry
        assert len(flag_list) == len(dict.fromkeys(flag_list)), entry
        ordered = tuple(f for f in FLAGS if f in flag_list)
        assert tag != "neg" or "domestic_abuse" not in ordered, entry
        assert tag not in ("dan", "daf") or "domestic_abuse" in ordered, entry
        assert "{" in text, "template needs at least one slot: " + entry
        templates.append((kind, category, ordered, text))
    return templates


def ordinal(day):
    if day in (11, 12, 13):
        return str(day) + "th"
    return str(day) + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def gen_date(rng):
    month, days = rng.choice(MONTH_DAYS)
    day = rng.randint(1, days)
    style = rng.randrange(6)
    if style == 0:
        return f"{day:02d}/{month:02d}/25"
    if style == 1:
        return f"{day:02d}/{month:02d}/2025"
    if style == 2:
        return f"{day:02d}.{month:02d}.25"
    if style == 3:
        return f"{day}/{month}"
    if style == 4:
        return ordinal(day) + " " + MONTH_NAMES[month]
    return f"{day} {MONTH_NAMES[month][:3]}"


def gen_later_date(rng):
    """A date in July 2025, after the quarter: hearings, MARACs and the like."""
    day = rng.randint(1, 31)
    if rng.randrange(2):
        return f"{day:02d}/07/25"
    return f"{ordinal(day)} July"


def gen_time(rng):
    hour = rng.choice((0, 1, 2, 3, 7, 9, 11, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23))
    minute = rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    style = rng.randrange(4)
    if style == 0:
        return f"{hour:02d}{minute:02d}"
    if style == 1:
        return f"{hour:02d}:{minute:02d}"
    if style == 2:
        return f"{hour:02d}{minute:02d}hrs"
    twelve = hour % 12 or 12
    return f"{twelve}.{minute:02d}{'am' if hour < 12 else 'pm'}"


def gen_ref(rng):
    style = rng.randrange(20)
    if style == 0:
        return "not recorded"
    if style < 8:
        return f"CR/{rng.randint(1, 99999):05d}/25"
    if style < 14:
        return f"{rng.choice((13, 14, 16, 17))}/{rng.randint(1, 99999):05d}/25"
    return f"HB-2025{rng.randint(1, 999999):06d}"


def gen_oic(rng):
    style = rng.randrange(3)
    if style == 0:
        return f"PC {rng.randint(1000, 9999)} {rng.choice(SURNAMES)}"
    if style == 1:
        return f"DC {rng.choice(SURNAMES)}"
    return f"DS {rng.randint(100, 999)} {rng.choice(SURNAMES)}"


SLOT_GENERATORS = {
    "f": lambda rng: rng.choice(FEMALE),
    "m": lambda rng: rng.choice(MALE),
    "sur": lambda rng: rng.choice(SURNAMES),
    "town": lambda rng: rng.choice(TOWNS),
    "street": lambda rng: rng.choice(STREETS),
    "shop": lambda rng: rng.choice(SHOPS),
    "pub": lambda rng: rng.choice(PUBS),
    "car": lambda rng: rng.choice(CARS),
    "bike": lambda rng: rng.choice(BIKES),
    "phone": lambda rng: rng.choice(PHONES),
    "month": lambda rng: rng.choice(MONTHS_BEFORE),
    "day": lambda rng: rng.choice(WEEKDAYS),
    "date": gen_date,
    "later": gen_later_date,
    "time": gen_time,
    "ref": gen_ref,
    "oic": gen_oic,
    "amt": lambda rng: f"£{rng.choice(SMALL_AMOUNTS)}",
    "bigamt": lambda rng: f"£{rng.choice(BIG_AMOUNTS):,}",
    "midamt": lambda rng: f"£{rng.choice(MID_AMOUNTS)}",
    "age": lambda rng: str(rng.randint(19, 58)),
    "pa": lambda rng: str(rng.randint(40, 58)),
    "old": lambda rng: str(rng.randint(70, 91)),
    "kid": lambda rng: str(rng.randint(6, 13)),
    "yrs": lambda rng: str(rng.randint(2, 14)),
    "n": lambda rng: str(rng.randint(2, 6)),
}

SLOT_RE = re.compile(r"\{([a-z]+)(\d?)\}")


def render(text, rng):
    """Fill the slots of one template; same slot name, same value; f1/f2 etc. differ."""
    values = {}
    used = {}
    for match in SLOT_RE.finditer(text):
        base, suffix = match.group(1), match.group(2)
        name = base + suffix
        if name in values:
            continue
        if base not in SLOT_GENERATORS:
            raise KeyError(f"unknown slot {name}")
        taken = used.setdefault(base, [])
        value = SLOT_GENERATORS[base](rng)
        while value in taken:
            value = SLOT_GENERATORS[base](rng)
        taken.append(value)
        values[name] = value
    out = SLOT_RE.sub(lambda m: values[m.group(1) + m.group(2)], text)
    literal = SLOT_RE.sub("", text)
    if not any(c.islower() for c in literal):
        out = out.upper()
    elif not any(c.isupper() for c in literal):
        out = out.lower()
    return out


def choose_uses(templates, rng):
    """Return template indices: each template twice, except 2*T - N_ROWS used once.

    The templates used only once are drawn at random from categories with at least
    COMMON_MIN_TEMPLATES templates and carry no flag other than domestic_abuse/online,
    so that rare categories and flags keep both of their notes.
    """
    n = len(templates)
    singles_needed = 2 * n - N_ROWS
    assert 0 <= singles_needed <= n, "need between 425 and 850 templates"
    per_category = {}
    for _, category, _, _ in templates:
        per_category[category] = per_category.get(category, 0) + 1
    common = [
        i
        for i, (_, category, flags, _) in enumerate(templates)
        if per_category[category] >= COMMON_MIN_TEMPLATES and all(f in COMMON_FLAGS for f in flags)
    ]
    singles = sorted(rng.sample(common, singles_needed))
    single_mark = [False] * n
    for i in singles:
        single_mark[i] = True
    uses = []
    for i in range(n):
        uses.append(i)
        if not single_mark[i]:
            uses.append(i)
    return uses


def main():
    rng = random.Random(SEED)
    templates = parse_templates(TEMPLATES)
    uses = choose_uses(templates, rng)
    assert len(uses) == N_ROWS
    seen = set()
    rows = []
    for i in uses:
        kind, category, flags, text = templates[i]
        for _ in range(200):
            note = render(text, rng)
            if note not in seen:
                break
        else:
            raise RuntimeError(f"could not draw a distinct text for template {i}")
        seen.add(note)
        rows.append((note, category, ";".join(flags), kind))
    rng.shuffle(rows)

    cat_counts = dict.fromkeys(CATEGORIES, 0)
    flag_counts = dict.fromkeys(FLAGS, 0)
    for note, category, flags, _ in rows:
        words = len(note.split())
        assert 5 <= words <= 120, note
        assert "\n" not in note and "\r" not in note, note
        cat_counts[category] += 1
        for f in flags.split(";"):
            if f:
                flag_counts[f] += 1
    for category in CATEGORIES:
        assert cat_counts[category] >= 8, category
    for flag in FLAGS:
        assert flag_counts[flag] >= 12, flag

    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "data", "notes_blind25.csv")
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("note_id", "text", "category", "flags"))
        for number, (note, category, flags, _) in enumerate(rows, start=1):
            writer.writerow((f"{ID_PREFIX}{number:04d}", note, category, flags))
    print(f"wrote {len(rows)} rows from {len(templates)} templates to {out_path}")
    print_summary(rows, templates, uses)


def print_summary(rows, templates, uses):
    """Print the counts quoted in BLIND25.md."""
    n = len(rows)
    print(f"templates used twice: {n - len(templates)}, once: {2 * len(templates) - n}")
    print("category counts (notes / templates):")
    for category in CATEGORIES:
        notes = sum(1 for r in rows if r[1] == category)
        temps = sum(1 for t in templates if t[1] == category)
        print(f"  {category:30s} {notes:4d} {temps:4d}")
    print("flag counts (notes / templates):")
    for flag in FLAGS:
        notes = sum(1 for r in rows if flag in r[2].split(";"))
        temps = sum(1 for t in templates if flag in t[2])
        print(f"  {flag:34s} {notes:4d} {temps:4d}")
    print("kind counts (notes / templates):")
    for source in SOURCES:
        for tag in TAGS:
            kind = f"{source}-{tag}"
            notes = sum(1 for r in rows if r[3] == kind)
            temps = sum(1 for t in templates if t[0] == kind)
            if temps:
                print(f"  {kind:10s} {notes:4d} {temps:4d}")
    for source in SOURCES:
        print(f"  source {source:5s} {sum(1 for r in rows if r[3].startswith(source + '-')):4d}")
    for tag in TAGS:
        print(f"  tag {tag:8s} {sum(1 for r in rows if r[3].endswith('-' + tag)):4d}")
    no_flags = sum(1 for r in rows if not r[2])
    multi = sum(1 for r in rows if r[2].count(";") >= 1)
    print(f"notes with no flag: {no_flags}, with 2+ flags: {multi}")
    words = sorted(len(r[0].split()) for r in rows)
    chars = sorted(len(r[0]) for r in rows)
    print(
        f"words: min {words[0]} median {words[n // 2]} mean {sum(words) / n:.1f} max {words[-1]}; "
        f"chars: min {chars[0]} median {chars[n // 2]} mean {sum(chars) / n:.1f} max {chars[-1]}"
    )
    upper = sum(1 for r in rows if not any(c.islower() for c in r[0]))
    lower = sum(1 for r in rows if not any(c.isupper() for c in r[0]))
    print(f"all-caps notes: {upper}, all-lower-case notes: {lower}")
    assert len(uses) == n


if __name__ == "__main__":
    main()
