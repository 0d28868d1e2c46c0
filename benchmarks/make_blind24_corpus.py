"""Generate the blind test corpus notes_blind24.csv (victim-services referral notes).

Every template below was labelled by hand from shared/TAXONOMY.md. Slot values (names, towns,
dates, amounts, ages of children present, admin prefixes and suffixes, letter case) never change
a label. Run: python3 benchmarks/make_blind24_corpus.py
"""

import csv
import os
import random

SEED = 240624
TARGET = 850

CATS = {
    "hom": "homicide",
    "ddi": "death_injury_driving",
    "vwi": "violence_with_injury",
    "vwoi": "violence_without_injury",
    "sh": "stalking_harassment",
    "sex": "sexual_offences",
    "rob": "robbery",
    "burg": "burglary",
    "veh": "vehicle_offences",
    "tfp": "theft_from_person",
    "bike": "bicycle_theft",
    "shop": "shoplifting",
    "oth": "other_theft",
    "cda": "criminal_damage_arson",
    "drug": "drug_offences",
    "weap": "possession_of_weapons",
    "po": "public_order",
    "misc": "misc_crimes_against_society",
    "fraud": "fraud_computer_misuse",
    "asb": "anti_social_behaviour",
    "oc": "other_crime",
}

# Flag codes in TAXONOMY.md order.
FLAGS = [
    ("da", "domestic_abuse"),
    ("hate", "hate_crime"),
    ("onl", "online"),
    ("knife", "knife_sharp_instrument"),
    ("csa", "child_sexual_abuse_exploitation"),
    ("ms", "modern_slavery"),
    ("hba", "honour_based_abuse"),
]


def choices(text):
    """A slot pool written as one "|"-separated string."""
    return text.split("|")


POOLS = {
    "F": choices(
        "Sarah|Emma|Claire|Leanne|Aisha|Priya|Joanne|Kerry|Natalie|Zofia|Amina|Chloe|Rebecca|Gemma|Hannah|"
        "Shannon|Fatima|Lisa|Karen|Megan|Siobhan|Olivia|Danielle|Rhiannon|Yasmin|Bethan|Tracey|Nicola|Jade|"
        "Sophie"
    ),
    "M": choices(
        "Daniel|Mark|Liam|Jamal|Tomasz|Craig|Ryan|Imran|Gareth|Paul|Dean|Kyle|Lee|Adam|Marcus|Stephen|Connor|"
        "Rhys|Wayne|Darren|Kieran|Mohammed|Jason|Nathan|Scott|Owen|Callum|Aaron|Dylan|Andrzej"
    ),
    "SUR": choices(
        "Hughes|Patel|Evans|Kowalski|Begum|Smith|Jones|Okafor|Williams|Khan|Taylor|Price|Murphy|Ahmed|Walsh|"
        "Davies|Clarke|Morgan|Nowak|Reid"
    ),
    "TOWN": choices(
        "Swindon|Wrexham|Barnsley|Luton|Torquay|Newport|Stockport|Wakefield|Ipswich|Gloucester|Bangor|"
        "Carlisle|Rotherham|Crawley|Lincoln|Swansea|Derby|Hull|Exeter|Margate|Wigan|Bolton|Telford|Llanelli|"
        "Northampton|Rhyl|Grimsby"
    ),
    "ROAD": choices(
        "Station Road|Church Lane|Victoria Street|Mill Lane|Park Avenue|the High Street|Queens Road|"
        "Brook Close|Chapel Street|Elm Grove|Westfield Drive|Heol y Parc|Albert Terrace|Marsh Lane|"
        "Coronation Way"
    ),
    "DAY": choices("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "MONTH": choices("January|February|March|April|May|June|July|August|September"),
    "DATE": choices("03/02|11/02|19/02|27/02|04/03|09/03|16/03|22/03|30/03|06/04"),
    "TIME": choices("0140hrs|2315|about 11pm|14:20|the early hours|0030|teatime|21:50"),
    "KID": choices("2|3|4|5|6|7|8|9|10|11"),
    "AGE": choices("23|27|31|34|38|41|45|49|52|57|63"),
    "AMT": choices("180|350|620|900|1,400|2,300|4,750|8,000|11,500|260|3,100"),
    "CRN": choices(
        "43/118204/24|43/20911/25|17/55230/24|CR-0098812|CR-0101457|61/7713/25|PR/24/88120|52/33019/24|14/9920/25"
    ),
    "NUM": choices("7|12|23|36|41|56|88|104|9|X5"),
    "NUM4": choices("0412|1187|2290|3051|0776|1543|2918|0065"),
    "PUB": choices("the Red Lion|the Crown|the Kings Arms|the Railway|the White Hart|the Anchor"),
    "HOME": choices("Oakwood|Beechcroft|Meadowview|Ashgrove|Willow Lodge"),
    "AROAD": choices("A38|A483|A1|A470|A6|A34|A59"),
    "MWAY": choices("M5|M6|M4|M62|M1|M56"),
}

# Second, distinct value from the same pool.
PAIRED = {"F2": "F", "M2": "M", "KID2": "KID", "TOWN2": "TOWN", "SUR2": "SUR"}

PREFIXES = choices(
    "VAL:|VAL ref -|VS referral.|Referral from OIC.|Self-referral via VS website.|Caseworker note:|"
    "Call handler note -|Victim Care Hub:|Triage -|From crime report:|PC {NUM4} referral:|"
    "Police referral {CRN}.|Web form:|Log {NUM4}:|Update:|Referred by Witness Care.|VCU -|Ref {CRN}|"
    "Handover from night shift:|New referral ({DATE}).|Auto-referral, crime {CRN}.|Taken by phone.|"
    "Email from OIC:|Hub note {DATE} -"
)

SUFFIXES = choices(
    "Consent for VS given.|V consents to contact.|Call after 5pm.|Prefers email.|Needs interpreter (Polish).|"
    "Interpreter req - Arabic.|V hard of hearing, text first.|No further details.|"
    "Nothing further at this time.|Letter sent.|Leaflet and VS number given.|Victim Code explained.|"
    "VPS explained.|Referral accepted.|Welsh language preference.|Please call on mobile.|"
    "V would like a call back {DAY}.|Crime ref {CRN}.|OIC PC {NUM4}.|Needs interpreter (Urdu).|"
    "V works nights, call late morning.|Assigned to caseworker.|Contact via landline only.|"
    "V wants info on compensation.|Pls allocate."
)

# "kind|category|flags|text"; flags are comma-separated short codes, "-" for none.
# kind: dx = domestic abuse, relationship told with the usual words; di = domestic abuse,
# relationship told indirectly; hn = hard negative (looks like DA, is not); ot = everything else.
TEMPLATES = [
    (
        "dx|vwi|da|{F} assaulted by partner {M} at home on {ROAD}, punched in the face x3, swollen eye and split "
        "lip. DASH high, MARAC ref submitted. Kids ({KID} and {KID2}) were upstairs asleep."
    ),
    (
        "dx|vwoi|da|DA - common assault. Ex-boyfriend shoved V into the door frame at child handover, no visible "
        "injury, V declined medical. DASH medium. S not arrested yet."
    ),
    (
        "dx|sh|da,onl|ex partner bombarding her on whatsapp and insta since she ended it in {MONTH}, 50+ msgs a "
        "day calling her a slag, also turned up at her work twice. harassment crime raised"
    ),
    (
        "dx|sh|da|CCB. Husband controls all the money, checks her phone every night, won't let her see her mum. "
        "V: 'I have to ask him before I go to the shop.' IDVA referral accepted, V staying for now."
    ),
    (
        "dx|sex|da|V disclosed her husband raped her on {DAY} night while she was asleep, says it has happened "
        "before. Reported, SOIT officer allocated. V at her sister's. ISVA referral please."
    ),
    (
        "dx|cda|da|DV crim damage - ex-partner kicked the front door and smashed 2 windows at {TIME}, did not get "
        "in. Nobody hurt. He was served a DVPN last week."
    ),
    (
        "dx|veh|da|Estranged wife has taken V's work van (in his name only) without permission and won't say "
        "where it is. TWOC recorded, DA flag on. V needs the van for work."
    ),
    (
        "dx|oth|da|Son (26) has been taking cash out of his mum's purse and sold her rings, approx £{AMT} in "
        "total over 3 months. Mum is 79. DA - adult social care aware."
    ),
    (
        "dx|fraud|da|V's ex-husband took out 2 credit cards and a car loan in her name while they were married, "
        "only found out via her credit file. Economic abuse. Action Fraud ref obtained."
    ),
    (
        "dx|vwoi|da,knife|Brother (34) held a kitchen knife to V's throat and said he'd kill her if she rang "
        "police. Both live at their mum's. No injuries. Arrested for TTK."
    ),
    (
        "dx|vwi|da,knife|DV stabbing. Partner stabbed V in the upper arm with a kitchen knife during a row about "
        "money, 6 stitches at {TOWN} General. S arrested s20 GBH."
    ),
    (
        "dx|burg|da|Burglary dwelling - DA. Ex-partner used an old key to get in while V was at work, took her "
        "laptop and passport. V didn't know he still had a key."
    ),
    (
        "dx|sh|da|Stalking s2A PHA. Ex parks outside her house most nights, definately him on her ring doorbell, "
        "follows her to the gym, left flowers and a note on her windscreen. Relationship ended 4 months ago."
    ),
    (
        "dx|hom|da|Homicide referral. {F} killed by her husband at the family home on {DATE}. Murder "
        "investigation, S in custody. Two adult children need support, FLO is DC {SUR}. DHR to follow."
    ),
    (
        "dx|vwoi|da|Daughter (19) slapped mum across the face during an argument about coming home late, no "
        "marks. Mum doesnt want her arrested, wants advice and support. DASH standard."
    ),
    (
        "dx|vwi|da|V (68) headbutted by his son (31) who lives with him, broken nose. Son using crack. DASH "
        "medium, safeguarding adults referral done."
    ),
    (
        "dx|cda|da|Ex set fire to V's car on the drive about 3am, fire service attended, car burnt out. Arson "
        "recorded, DA. V terrified he'll do the house next."
    ),
    (
        "dx|po|da|Husband screaming and swearing at V in the Tesco car park, threatening her in front of "
        "shoppers, she was alarmed and distressed. s4A POA, no physical contact. DA."
    ),
    (
        "dx|sex|da|Voyeurism - V found videos on her boyfriend's phone of them having sex, filmed without her "
        "knowledge. She has left him. DA."
    ),
    (
        "dx|sh|da,onl|Malicious comms: V's ex-wife has been posting lies about him on Facebook since the split, "
        "calling him a paedo to his friends. V says people at work have seen it."
    ),
    (
        "dx|misc|da|Ex-partner is on court bail with conditions not to contact V or enter {ROAD}; seen on her "
        "road twice this week. Breach of bail passed to OIC. V anxious."
    ),
    (
        "dx|vwoi|da|Male V. Wife threw a mug at him (missed) and grabbed his arm hard. No injuries. V embarrassed "
        "to report, says 'blokes don't get hit by their wives'. DA."
    ),
    (
        "dx|vwi|da|Partner put both hands round her neck till she nearly blacked out, red marks and bruising to "
        "neck seen by officers. Non-fatal strangulation. DASH high, MARAC."
    ),
    (
        "dx|rob|da|Son (24) pinned his mum down on the sofa and took £{AMT} from her purse to buy drugs. Mum has "
        "carpet burns on her arms. Robbery - DA."
    ),
    (
        "dx|vwoi|da,knife|threats to kill - husband waved a stanley knife in her face saying he'd cut her up. no "
        "injury. kid ({KID}) in the next room."
    ),
    (
        "dx|sh|da|DA harrassment. Ex-wife ringing V 20-30 times a day and sending texts, turning up at his mum's "
        "house. V has kept call logs."
    ),
    (
        "dx|vwoi|da|Threat to kill by text from ex-boyfriend: 'I will stab you when I find you'. He lives in "
        "{TOWN}, she has moved away. No weapon seen. DA."
    ),
    (
        "dx|sex|da,csa|V (17) says her boyfriend (19) raped her at his flat after she said no. Disclosed to the "
        "school nurse. SARC appointment booked. DA and under 18."
    ),
    (
        "dx|vwoi|da,hba|Forced marriage concern. V (20) told by her father and uncles she will marry a cousin "
        "abroad this summer; father said he will kill her if she refuses. FMU informed."
    ),
    (
        "dx|vwi|da,hba|V (23) beaten with a belt by her two brothers after the family found out about her "
        "boyfriend, bruising to her back. They told her she had shamed the family. HBA."
    ),
    (
        "dx|sh|da,onl|Ex partner installed a tracking app on her phone and keeps logging into her Gmail and "
        "iCloud. Knows where she is all the time. Stalking / CCB."
    ),
    (
        "dx|vwi|da|ABH - V's girlfriend bit her on the forearm during an argument, bite mark photographed. "
        "Same-sex couple. V worried she won't be believed."
    ),
    (
        "dx|vwoi|da|DA incident. Stepfather (52) grabbed V (18) by the collar and pinned her to the wall after "
        "she came in late. No marks. Mum witnessed."
    ),
    (
        "dx|hom|da|Manslaughter. V's brother (27) died after their father pushed him down the stairs during a "
        "drunken row at the family home. Referral for V and her mum."
    ),
    (
        "dx|cda|da|Ex smashed V's phone and the TV during an argument, crim damage DA. Kids aged {KID} and {KID2} "
        "present, social care notified."
    ),
    (
        "dx|sh|da|Son (22) leaving abusive voicemails for his dad and banging on the door at night since dad "
        "asked him to move out. Harassment - DA."
    ),
    (
        "dx|oth|da|Grandson (20) has stolen his nan's jewellery and pawned it, she found the pawn tickets in his "
        "room. She is 84 and he lives with her. DA."
    ),
    (
        "dx|veh|da|DA - ex took V's car without consent while she was asleep, found abandoned at {TOWN} retail "
        "park. TWOC. No damage."
    ),
    (
        "dx|vwi|da|GBH s18: husband hit V over the head with a hammer, fractured skull, in ICU at {TOWN}. DA. "
        "Children ({KID}, {KID2}) with grandparents."
    ),
    (
        "dx|misc|da|Husband pressuring V to withdraw her statement and tell police she made it all up, says he'll "
        "leave her skint. Perverting the course of justice crime raised. DA."
    ),
    (
        "dx|sex|da|Sexual assault by ex-partner at contact handover, grabbed her breasts and said 'you're still "
        "mine'. DA. V shaken."
    ),
    (
        "dx|vwi|da|DV. Wife scratched V's face and neck, bleeding scratches. V (male, 61) has MS and relies on "
        "her for his care."
    ),
    (
        "dx|sh|da|Coercive control, 7 yr relationship. Boyfriend decides what she wears, who she sees, takes her "
        "wages. 'He says no one else would have me.' Wants IDVA."
    ),
    (
        "dx|vwoi|da|Assault by beating. V's brother (40) punched her arm and pulled her hair during an argument "
        "over their dad's care. No visible injuries. DA."
    ),
    (
        "dx|vwi|da|DA ABH: partner threw V against the radiator, cut to back of head glued at A&E. DASH 16 ticks, "
        "MARAC next week."
    ),
    (
        "dx|vwoi|da|Ex-girlfriend spat at V and slapped him outside {PUB} in front of his mates. No injury. DA, V "
        "doesn't want to support a prosecution."
    ),
    (
        "dx|sh|da,onl|V's ex keeps making new Snapchat and TikTok accounts to message her after being blocked, 8 "
        "accounts so far. Harassment, DA."
    ),
    (
        "dx|vwi|da,knife|Partner slashed V's hand with a broken bottle during a row, tendon damage, surgery "
        "needed. S arrested. DA. V is {AGE}."
    ),
    "dx|vwoi|da|V's mum (61) slapped her (V, 30) in the face at a family party. Red mark only, no injury. DA.",
    (
        "dx|fraud|da,onl|Husband has been using V's online banking login to move her savings into his own "
        "account, £{AMT} gone. DA / economic abuse. Bank fraud team aware."
    ),
    (
        "dx|cda|da|Criminal damage - DA. Daughter (27) smashed up her mum's bathroom and kitchen when refused "
        "money. No violence to mum."
    ),
    (
        "dx|sh|da|DA stalking. Ex-husband turned up at V's new address in {TOWN}, which she hadn't given to "
        "anyone, sat outside in his car for 3 hrs. 3rd time this month."
    ),
    (
        "dx|vwi|da|Caller's mum turned up drunk at caller's flat and pushed her over, V banged her head, small "
        "lump. V is 35."
    ),
    (
        "dx|vwoi|da|V's grandson (18), who she has brought up since he was a baby, grabbed her wrists and shook "
        "her when she wouldn't give him money. Nothing visible."
    ),
    (
        "dx|vwi|da,hba|V (17) says her parents are arranging for her to marry a man abroad she has never met. "
        "When she refused her father hit her, bruised arm. FMPO being applied for."
    ),
    (
        "dx|sex|da,csa|V (17) disclosed that her brother (19) has been sexually abusing her at night for the past "
        "few months. Both live with their parents. Strategy meeting held."
    ),
    (
        "dx|sh|da,hba|Brother (25) follows her home from work and checks who she talks to, says their family's "
        "honour is at stake because she has a boyfriend, warned her she will be 'sorted out'. HBA."
    ),
    (
        "dx|vwi|da|OCC {CRN} | ASSAULT OCCASIONING ABH | IP {F} {SUR} | SUSP: HUSBAND | INJ: BRUISING L ARM, "
        "SWOLLEN LIP | DASH: MED | CHILD PRESENT: 1 ({KID}) | S ARRESTED"
    ),
    (
        "dx|sh|da|ENGAGE IN CONTROLLING/COERCIVE BEHAVIOUR IN AN INTIMATE/FAMILY RELATIONSHIP. S is V's partner "
        "of 4 yrs. Restricts food, money and contact with friends. MARAC {DATE}."
    ),
    "dx|vwi|da|DV assault, ex-partner, minor injuries, DASH med.",
    "dx|sh|da|CCB - husband. IDVA requested.",
    (
        "dx|vwoi|da|V rang 999 after her husband pushed her against the wall and blocked the door so she couldnt "
        "leave. nil injuries, nil weapons. DASH completed."
    ),
    (
        "dx|po|da|Son (29) came round drunk shouting abuse at his mother in the front garden, neighbours out, she "
        "was frightened. Arrested s4 POA. No assault. DA."
    ),
    (
        "dx|vwi|da|IDVA update: client's ex kicked her in the leg outside nursery pick-up, bruised shin, kids "
        "({KID} and {KID2}) saw it. Charged with assault by beating but injury photographed."
    ),
    (
        "dx|sh|da,onl|Spoke to V for about 40 mins. Her ex-husband has been 'making her life hell' since the "
        "divorce: he messages her on WhatsApp every night, has set up fake accounts to follow her Instagram, and "
        "he turned up at her son's football twice even though contact is meant to go through solicitors. No "
        "violence and no threats to hurt her, she says, but she isn't sleeping and has lost weight. Crime "
        "recorded as stalking. She'd like an IDVA and help with a non-mol."
    ),
    (
        "dx|cda|da|IDVA note. Client says her husband came home drunk on {DAY}, started shouting because dinner "
        "wasn't ready, then put his fist through the kitchen door and smashed her phone on the floor so she "
        "couldn't ring anyone. He has never hit her, she says, but she is scared of his temper. Their children "
        "(aged {KID} and {KID2}) were in the lounge and heard everything. He has been arrested for criminal "
        "damage and bailed. DASH 14, referred to MARAC."
    ),
    (
        "dx|vwi|da,knife|IDVA referral. V (39) has been with her partner for 12 years, two kids ({KID} and "
        "{KID2}). Last {DAY} he came home after drinking, accused her of seeing someone, and when she tried to "
        "leave the kitchen he picked up a vegetable knife and cut her across the palm as she put her hand up to "
        "protect herself. Steri-strips at A&E. He was arrested and bailed to an address in {TOWN}. DASH 19, very "
        "high. MARAC done, refuge space being looked at."
    ),
    (
        "dx|vwoi|da|V (81) lives with her son, who is 56 and has lived at home all his life. Over the past year "
        "he has got more aggressive as her memory has got worse - shouting at her, snatching things off her, and "
        "on {DAY} he pushed her back into her chair hard enough that her carer noticed she was upset. No injuries "
        "found. The carer raised a safeguarding alert and police attended. V doesn't want him in trouble; she "
        "says he's 'all she's got'."
    ),
    (
        "di|vwi|da|V and S were together 9 yrs and still share a house. Since she told him she wants to seperate "
        "he has pushed her twice; last time she fell and bruised her cheek."
    ),
    (
        "di|vwi|da|The man she's been seeing since spring, who stays at hers most weekends, grabbed her throat on "
        "{DAY} after she went out with friends. Marks on her neck seen by officers."
    ),
    (
        "di|sh|da|V is the mother of S's two children ({KID} and {KID2}). They split last yr. He keeps turning up "
        "demanding to see the kids and shouting through the letterbox, 5 times this month."
    ),
    (
        "di|vwi|da|S is V's eldest (29), moved back home after losing his job. Punched a hole in her bedroom "
        "door, then punched her on the arm, bruised."
    ),
    (
        "di|sh|da,onl|V was married to S for 22 yrs, divorced in 2023. Since then S has been emailing V's "
        "employer with false allegations and posting about her in a local Facebook group."
    ),
    (
        "di|vwi|da|The woman he lived with as a couple for three years threw a kettle of boiling water at him, "
        "burns to his chest, treated at the burns unit."
    ),
    (
        "di|oth|da|V (45) lives with her mum's sister, who brought her up. Every payday this woman takes the cash "
        "out of V's purse and V is left with nothing for food."
    ),
    (
        "di|vwoi|da|S is the father of V's baby (4 months), not together now. He texted her saying he'll burn the "
        "house down with her and the baby inside. Threats to kill."
    ),
    (
        "di|veh|da|V's lad (19) took her car without asking again and crashed it into a wall, car written off, he "
        "walked away unhurt. Aggravated vehicle taking."
    ),
    (
        "di|fraud|da,onl|The woman V was engaged to until March is still logging into his Amazon and PayPal "
        "accounts, has ordered about £{AMT} of stuff to her own address."
    ),
    (
        "di|vwi|da|V and S on and off since college, about 6 yrs, currently living together. S dragged her across "
        "the kitchen by her hair, clumps pulled out, scalp bleeding."
    ),
    (
        "di|vwoi|da|V (25) slapped across the face by her father's wife, who she lives with. No injury. Ongoing "
        "arguments in the house."
    ),
    (
        "di|vwoi|da|V (30) lives with her husband's parents. His mother hits her with a slipper, has taken her "
        "passport and won't let her out alone. No injuries seen."
    ),
    (
        "di|vwi|da|V's twin (both 34) pushed her down the stairs at their parents' house during a row about the "
        "will. Broken wrist."
    ),
    (
        "di|vwoi|da,onl|Man V has had two kids with (they never lived together) sent Snapchat voice notes saying "
        "he is going to kill her. She believes he means it."
    ),
    (
        "di|sh|da|Their relationship ended after 11 yrs when V went into a refuge. S has found the refuge address "
        "and left a note on the gate saying 'see you soon'. Refuge moving her."
    ),
    (
        "di|vwi|da|V had been sleeping with S for a few months, nothing official. When she told him she was "
        "pregnant he kicked her in the stomach, pain and bruising, checked at maternity."
    ),
    (
        "di|sh|da|S, who V married abroad in 2019 and brought to the UK, keeps her passport, controls her phone "
        "and tells her she'll be deported if she tells anyone. CCB."
    ),
    (
        "di|vwoi|da|V and S share custody of their daughter ({KID}). At handover in the McDonald's car park S "
        "spat in V's face. No injury."
    ),
    (
        "di|burg|da|V was with S from 17 to 24. He still had a key and let himself in on {DAY} while she was out, "
        "took her TV and the kids' iPad. Burglary."
    ),
    (
        "di|cda|da|V's youngest (20) keeps demanding money for drugs; when she said no he smashed all the kitchen "
        "cupboard doors. V is scared of him."
    ),
    (
        "di|fraud|da|V's niece (26), who V took in after the niece's mum died, has opened catalogue accounts in "
        "V's name and run up £{AMT}. Fraud."
    ),
    (
        "di|sex|da|V says the man she shared a bed and a tenancy with for 4 yrs sexually assaulted her the night "
        "after she ended it."
    ),
    (
        "di|sh|da|The man she married at 19 has never let her have a bank card, reads her post and decides what "
        "she wears. Now says he'll have her sectioned if she leaves. V is 58."
    ),
    (
        "di|vwoi|da,onl|V is 7 months pregnant by S; they lived together until his arrest last wk for hitting "
        "her. He is now messaging her on Facebook from a mate's account telling her to drop it."
    ),
    (
        "di|vwoi|da|V's elder sister, who V has shared the family home with since their parents died, threw a mug "
        "at her head, missed. Lots of shouting. No injuries."
    ),
    (
        "di|sh|da,onl|S is the biological father of V's children. During contact he tells the kids to spy on "
        "their mum, and he sends V abusive emails most nights."
    ),
    (
        "di|cda|da|They met at uni and have lived together since 2018. Lately when he gets angry he smashes her "
        "things - last night her laptop and her guitar."
    ),
    (
        "di|sh|da,onl|S and V were intimate for about a year. Since it ended S has made false reports about V to "
        "police and messages V's friends on Instagram about her."
    ),
    (
        "di|vwoi|da,ms|V (19) made to work in her uncle's takeaway 7 days a week, unpaid, since coming to the UK. "
        "Uncle keeps her passport and threatens to send her back. NRM referral."
    ),
    (
        "di|sex|da|Her husband's brother, who lodges with them, keeps making sexual comments and grabbed her "
        "bottom in the kitchen. Sexual assault reported."
    ),
    (
        "di|sh|da|V and S had a baby together after a short fling, never a couple. S has sent V 200+ texts "
        "calling her names and threatening to take the baby."
    ),
    (
        "di|oth|da|The person V has been dating for 8 months (they don't live together) took £{AMT} cash from his "
        "wallet and his watch while he was in the shower."
    ),
    (
        "di|vwi|da|Caller says her 'other half' has been hitting her for years, latest was last night, bruised "
        "ribs, struggling to breathe. Advised A&E."
    ),
    (
        "di|sh|da|V (44) and S lived together as a couple for 15 yrs. S now charged with controlling or coercive "
        "behaviour, trial at {TOWN} Crown Court in {MONTH}."
    ),
    (
        "di|vwi|da|S is the father of V's unborn baby, punched V in the stomach. She is 20 weeks, seen at "
        "maternity, baby ok, bruising to abdomen."
    ),
    ("di|vwi|da|V (17) hit with a belt by her mum's husband, welts on the backs of her legs. V staying with a friend."),
    (
        "di|vwi|da|V (16) pushed over by the lad she has been seeing since year 10 (also 16), grazed hands and "
        "knees. Reported by college."
    ),
    (
        "di|vwoi|da|The lodger, who is V's first cousin, shoved V against the fridge and threatened to 'do him "
        "in'. No injury."
    ),
    (
        "di|vwi|da|V (70) was punched by the man he has lived with as a couple for 3 yrs, since his wife died. "
        "Cut above eye."
    ),
    (
        "di|vwi|da|The mother of V's children (they separated in 2022) hit him with a hairbrush at handover, cut "
        "and bruise above his eye."
    ),
    (
        "di|hom|da|V's sister was killed last month; the man charged is the one she had been living with for two "
        "years. Family want help with the inquest and court."
    ),
    (
        "di|sh|da|Since V moved out of the flat she shared with S for 3 yrs as a couple, S has driven past her "
        "parents' house daily and keeps ringing her work."
    ),
    (
        "di|sex|da|V says the man she has been seeing for 3 months forced her to have sex when she was drunk and "
        "said no. Reported to police next day. SARC attended."
    ),
    (
        "di|vwi|da|Caller (32) says the man she has been with since she was 18 broke her finger by bending it "
        "back when she tried to take her phone. Two kids ({KID}, {KID2})."
    ),
    (
        "di|sh|da|V, 70, is scared of the man she was married to for 40 yrs. They divorced in 2021 but he still "
        "rings daily, sends letters and has turned up at her church."
    ),
    (
        "di|vwoi|da|Caller's father-in-law (lives with them) threatened to kill her if she leaves his son; she "
        "believes he would. No weapon."
    ),
    (
        "di|cda|da|The woman V lived with for 6 years as a couple poured bleach over his clothes and scratched "
        "his car when he moved out."
    ),
    (
        "di|vwi|da|V (42) and the man she's been engaged to since last Christmas had an argument; he threw her "
        "phone at her, cut to her cheek."
    ),
    (
        "di|vwoi|da,knife|The man she has lived with for 5 years pulled a knife from the block and pointed it at "
        "her: 'one day I'll use this'. No injury."
    ),
    (
        "di|vwoi|da|CAD {NUM4}: CALLER STATES THE FATHER OF HER 2 CHILDREN IS OUTSIDE KICKING THE DOOR, SHOUTING "
        "HE WILL KILL HER. NO WEAPONS SEEN. OFFICERS ATTENDED, S DETAINED."
    ),
    (
        "di|rob|da|V's middle child (now 27) twisted her arm up her back until she handed over her bank card and "
        "PIN, then went to the cashpoint. Bruised wrist."
    ),
    (
        "di|sh|da|Caller is a dad whose grown-up girl (24) keeps screaming at him down the phone and turning up "
        "at his flat demanding money, 3-4 times a week for months."
    ),
    (
        "di|vwi|da|V (55) lives with her husband's younger brother, who moved in after losing his flat. He threw "
        "her against the door frame, gash to her forehead."
    ),
    (
        "di|sh|da,onl|the girl he was with all through sixth form (both 18 now) keeps posting his private "
        "messages on her story and messaging his new friends, months of it"
    ),
    (
        "di|vwi|da|V was head-butted by the woman whose surname she took when they married in 2020, broken nose. "
        "Their child ({KID}) staying with V's mum."
    ),
    (
        "di|burg|da|Her children's dad smashed the back door in at {TIME} and came in looking for her new phone "
        "number, took her diary. V hid upstairs. Burglary."
    ),
    (
        "di|vwoi|da|The person V was living with until last month (together 3 yrs) grabbed her by the arm and "
        "pulled her out of the car. Nothing visible but V very shaken."
    ),
    (
        "di|vwi|da|Long call with V today. She explained that she and S got together when she was 20 and they've "
        "got the house and the dog together, no kids. Over the last year he has become 'really moody' and started "
        "checking her phone. On {DAY} he accused her of cheating and threw her against the wardrobe; she has a "
        "big bruise on her hip and a sore shoulder. She didn't call police at the time, her sister made her "
        "report it the next day. She doesn't want to leave but wants someone to talk to. Safety planning done."
    ),
    (
        "di|sex|da|V is 26. She and S have been together since they were 18 and have a little boy ({KID}). She "
        "told her health visitor that for the past few months S has been making her have sex when she doesn't "
        "want to, telling her it's her 'duty' and getting angry if she says no. She hasn't reported to police and "
        "isn't sure she wants to. Health visitor has done a risk assessment with her (high) and she agreed to a "
        "referral to us and the ISVA service."
    ),
    (
        "di|sh|da|V and S were together from school and separated two years ago; S still has the kids ({KID} and "
        "{KID2}) every other weekend. Since V started seeing someone new S has been texting her constantly, "
        "turning up at the end of her road and phoning her mum to say V is an unfit mother. He hasn't been "
        "violent but V says she is always looking over her shoulder. Harassment crime recorded."
    ),
    (
        "hn|vwi|-|Unprovoked assualt outside Wetherspoons, punched by a stranger, broken tooth. V and S not known "
        "to each other. Not DA."
    ),
    (
        "hn|vwoi|-|Neighbour raised a shovel at V over the fence and said he'd split his head open. No contact, "
        "no injury. Long-running neighbour dispute, no relationship between them."
    ),
    (
        "hn|sh|-|Landlord texting V abusive messages and turning up at the flat every day demanding rent arrears, "
        "banging on the door. V feels harassed. Not a domestic."
    ),
    (
        "hn|sex|onl|Colleague at the warehouse has been sending her sexual messages on WhatsApp and grabbed her "
        "bottom in the canteen. HR aware."
    ),
    (
        "hn|vwi|-|Flatmate (they found each other on SpareRoom, no relationship) punched V in the face over the "
        "bills, black eye."
    ),
    (
        "hn|oth|-|Paid carer from the agency has been taking cash from V's purse during visits, approx £{AMT}. V "
        "is 88. Agency has suspended her. Theft by employee."
    ),
    (
        "hn|vwi|-|V's friend's boyfriend attacked V because V had given the friend a lift to her mum's. Cut lip "
        "and bruised jaw. V and S barely know each other."
    ),
    (
        "hn|sex|-|First date with a man she met through a friend. In the taxi home he put his hand up her skirt "
        "without consent. She hasn't seen him since."
    ),
    (
        "hn|vwi|-|14 yr old son hit his mum with the TV remote, cut above her eyebrow. School and early help "
        "involved, CAPVA referral."
    ),
    (
        "hn|vwoi|-|V (15) slapped by her boyfriend (15) in the school corridor, red mark, no injury. School DSL "
        "referred."
    ),
    (
        "hn|sex|csa|V (14) has been in a 'relationship' with a 19 yr old man she met at the skate park, sexual "
        "activity disclosed to a teacher. Police aware."
    ),
    (
        "hn|vwoi|-|Assault at the bus station. S is V's ex-colleague from the call centre, no relationship. "
        "Pushed her, no injury. Not DA."
    ),
    (
        "hn|tfp|-|Purse taken from V's handbag at {TOWN} market, didn't notice till the till. V also asked what "
        "she could do if her husband ever got violent - he never has, she was worried after a friend's "
        "experience."
    ),
    (
        "hn|sex|csa|Adult (42) reporting sexual abuse by her stepfather when she was 8 to 13 years old. "
        "Non-recent. Wants ISVA support before giving a statement."
    ),
    (
        "hn|vwoi|-|V (50) disclosed that her mother neglected her and locked her in a cupboard for whole days as "
        "a child in the 1980s. Child cruelty, non-recent. Wants to report."
    ),
    (
        "hn|fraud|-|V's business partner has emptied the company account of £{AMT} and gone abroad. Accountant "
        "confirms unauthorised transfers. Fraud by abuse of position."
    ),
    (
        "hn|veh|-|Partner agency referral (housing): V's car broken into on the driveway overnight, sat nav and "
        "tools taken."
    ),
    (
        "hn|sh|-|V's ex-landlord has been sending threatening texts and letters about the deposit dispute and has "
        "turned up at her new flat twice."
    ),
    (
        "hn|sh|onl|V's ex-boss keeps posting false claims about her on LinkedIn and emailing her new employer. "
        "Malicious comms."
    ),
    (
        "hn|vwi|-|Ward sister at {TOWN} hospital punched in the face by a patient, bruised cheekbone. Assault on "
        "emergency worker."
    ),
    (
        "hn|cda|-|Neighbour's son (17) threw stones at V's windows, 2 panes cracked. Ongoing issues with that "
        "family. No relationship."
    ),
    (
        "hn|vwi|-|V (56) assaulted by her daughter's boyfriend when she told him to leave her house, punched in "
        "the chest, bruising."
    ),
    (
        "hn|vwoi|-|V was confronted in Asda by her ex-husband's new girlfriend, who pushed her into a shelf. No "
        "injury. No contact from the ex himself for years."
    ),
    (
        "hn|vwi|knife|Stranger knife attack. Man V didn't know slashed his arm on the bridge, 12 stitches. S has "
        "previous for DV against a former partner (not V). Not a domestic."
    ),
    ("hn|vwi|-|Boy (10) hit with a belt by his dad, bruises to his legs seen at school. Section 47 strategy meeting."),
    (
        "hn|vwoi|-|Care worker at {HOME} nursing home seen slapping a resident (V, 91). No injury. Safeguarding "
        "raised by the home manager."
    ),
    (
        "hn|oth|-|Son's friend (19) stayed over and took £{AMT} cash and V's watch from the bedroom. He's not "
        "family, just a mate of her son."
    ),
    (
        "hn|vwoi|-|Lodger who rents V's box room (no relation, found via an ad) grabbed V by the arm during an "
        "argument about the kitchen. No marks."
    ),
    (
        "hn|fraud|onl|Romance fraud. V (67) sent £{AMT} to a 'boyfriend' she met on a dating site and has never "
        "met in person; he said he was an engineer on an oil rig."
    ),
    (
        "hn|vwi|-|S is the ex-partner of V's sister. He came to V's house looking for the sister and headbutted V "
        "at the door, nose bleed."
    ),
    (
        "hn|rob|knife|Phone taken at knifepoint on the canal path by a lad V didn't know. S has previous DV "
        "(different victim). No injuries."
    ),
    (
        "hn|vwi|-|V, an IDVA, was punched by a client's partner outside the family court, bruised jaw. V and S "
        "had never met before."
    ),
    (
        "hn|sh|-|V and S were never in a relationship, although S tells people they were. S is a customer from "
        "V's shop who has fixated on her and waits outside at closing time. Stalking."
    ),
    (
        "hn|vwoi|-|V (41) pushed over by her 15 yr old daughter during an argument, no injuries. Not DA under the "
        "Act as daughter is under 16. Early Help referral."
    ),
    (
        "hn|vwi|-|Two brothers aged 13 and 15 fighting at home, the younger one has a cut lip. Mum called police "
        "for advice."
    ),
    (
        "hn|sex|-|Sexual assault by a stranger on the {TOWN} to {TOWN2} train, a man rubbed against V and touched "
        "her thigh. BTP investigating. V's husband was with her when she called."
    ),
    (
        "hn|vwi|-|V and her husband were both assaulted by their neighbour during a row about parking. V has a "
        "broken finger, husband not injured."
    ),
    (
        "hn|veh|-|V's wife rang on his behalf - his car was stolen from outside their house overnight, keyless "
        "entry suspected."
    ),
    (
        "hn|rob|-|Robbery of a mobile phone in {TOWN} park, V's boyfriend was with her and saw it. Two unknown "
        "males, V pushed to the ground. No injuries."
    ),
    (
        "hn|sex|-|V was sexually assaulted at a house party by a friend of a friend while she was asleep on the "
        "sofa. Not in a relationship with S."
    ),
    (
        "hn|burg|-|Burglary at V's flat, back door forced, jewellery taken. V very anxious; her late mother was a "
        "domestic abuse victim and V says she's always on edge."
    ),
    (
        "hn|sh|onl|V (15) getting threatening messages on Snapchat from her ex-boyfriend (17) since they split, "
        "calling her names and saying he'll tell everyone her secrets."
    ),
    (
        "hn|sh|onl|Cyberbullying: group of year 9 girls sending V (13) abusive messages on a group chat and "
        "telling her to kill herself. School involved."
    ),
    (
        "hn|vwoi|-|Agency support worker (paid) shoved V, who has a learning disability, and took his phone off "
        "him for the evening. No injury."
    ),
    (
        "hn|hom|knife|Murder of V's son (22), stabbed by unknown males outside a nightclub in {TOWN}. Family "
        "referral, FLO in place. Mum and dad need support."
    ),
    (
        "hn|ddi|-|Family referral: V's wife was killed when a driver ran a red light at high speed on the "
        "{AROAD}. Driver charged with causing death by dangerous driving."
    ),
    ("hn|sex|-|V's physiotherapist touched her breasts during a session without consent. Reported to HCPC and police."),
    (
        "hn|po|-|Neighbour (no relation, lives in the flat above) shouted threats through V's door and swore at "
        "her, s4 public order. Not domestic."
    ),
    (
        "hn|sex|-|Sex worker raped by a client at a hotel in {TOWN}. No relationship between them. Wants to "
        "report anonymously first."
    ),
    ("hn|vwi|-|V head-butted by a work colleague at the Christmas do, broken nose. Colleague says it was banter."),
    (
        "hn|sh|onl|After a single date arranged on Hinge, S has sent V 100+ messages on Instagram and WhatsApp, "
        "calling her names for not wanting a second date."
    ),
    (
        "hn|vwoi|-|Housemate in an HMO (they each rent a room, unrelated) threatened to kill V during a row over "
        "the bathroom. No weapon."
    ),
    "hn|vwi|-|V's daughter (12) was punched by a classmate (12) at the bus stop, bloody nose.",
    ("hn|cda|-|V's ex-flatmate keyed her car after she moved out. They were only ever flatmates, never a couple."),
    (
        "hn|oth|-|V's neighbour, who she helps with shopping, stole her pension cash from the kitchen drawer "
        "while visiting. Not family."
    ),
    (
        "hn|sex|csa|Non-recent: V (35) says her older cousin sexually abused her when she was 11 and he was 16. "
        "Wants to report now."
    ),
    (
        "hn|sh|-|S is V's daughter's ex. He keeps ringing V and turning up at her house demanding to know where "
        "her daughter is living now."
    ),
    (
        "hn|vwi|-|Gym sparring partner deliberately broke V's nose after the session had ended, in the changing "
        "room. They're just gym acquaintances."
    ),
    (
        "hn|po|hate|Man shouted racist abuse at V and her husband on the bus, used a racial slur, V felt alarmed. "
        "No assault."
    ),
    (
        "hn|fraud|-|Someone claiming to be V's grandson rang saying he'd been arrested and needed bail money. V "
        "(83) paid £{AMT} to a courier at the door. Grandson was fine, it was a scam."
    ),
    (
        "hn|fraud|onl|V received a WhatsApp from 'her daughter' on a new number asking for £{AMT} for a bill; V "
        "paid, it wasn't her daughter. 'Hi Mum' scam."
    ),
    (
        "hn|sex|-|V (24) woke up to find her friend's brother in the bed touching her after a party at the "
        "friend's house. No relationship."
    ),
    (
        "hn|sh|-|V's mum (68) is being harassed by a man from her church who wants a relationship with her. She "
        "has said no. Flowers, letters, calls most days."
    ),
    (
        "hn|sex|csa,onl|V (13) was sent sexual images and asked for photos by a 'boyfriend' on Discord she has "
        "never met, who claims to be 16. CEOP report made."
    ),
    (
        "hn|sh|onl|Her boyfriend's ex-girlfriend keeps messaging V on Facebook calling her names and threatening "
        "to 'sort her out'. V has never met her."
    ),
    (
        "hn|cda|-|V first thought her ex had smashed her wing mirrors but CCTV shows two unknown youths; the ex "
        "has been living in Spain for months. Criminal damage."
    ),
    (
        "hn|po|-|The couple next door shout abuse at V over the fence whenever she is in the garden, swearing and "
        "calling her names. s5. No relationship to V."
    ),
    (
        "hn|vwi|-|V (29) was punched by her brother's mate at a family barbecue, bruising to cheek. Her brother "
        "wasn't involved."
    ),
    (
        "hn|sex|-|V (20) sexually assaulted by a man she calls 'uncle' - he is a family friend, not a relative. "
        "Touched her under her top at his house."
    ),
    (
        "hn|veh|-|V's partner rang in on her behalf: her handbag was taken from her car on the supermarket car "
        "park, she'd left it unlocked."
    ),
    (
        "hn|oth|-|V asked about Clare's Law for her new partner, no concerns or incidents so far. Actual reason "
        "for call: her handbag was stolen from her trolley at Asda."
    ),
    (
        "hn|fraud|onl|Online shopping fraud, paid £{AMT} for a puppy advertised on a website, never delivered. V "
        "mentioned that if her husband ever found out he'd be furious, but he has never been abusive."
    ),
    ("hn|cda|-|V's late husband's headstone was knocked over and sprayed with paint at the cemetery. Criminal damage."),
    (
        "hn|vwoi|-|Dad reporting that his son (8) was pushed over and kicked by an older boy (11) on the way home "
        "from school. No injuries."
    ),
    (
        "hn|burg|-|Husband and wife both on the referral - their house was burgled while they were at their "
        "grandson's christening. Cash and jewellery taken."
    ),
    (
        "hn|vwoi|-|INC {NUM4} // ASSAULT BY BEATING // IP AND SUSP ARE NEIGHBOURS, NO RELATIONSHIP, NOT DOMESTIC "
        "// PUSHED IN CHEST // NO INJ"
    ),
    (
        "hn|vwi|-|V rang back to give more detail. The man who attacked her is someone she knows from the school "
        "gate - his son is in her daughter's class. They have never been in a relationship, she was very clear, "
        "though he has 'always been a bit too friendly'. After an argument at parents' evening he followed her to "
        "the car park and punched her in the mouth; her front tooth is chipped and her lip swollen. Police have "
        "his details. She's worried about seeing him at pick-up."
    ),
    (
        "hn|sh|-|Long-standing neighbour problem. The man next door, who lives alone and has no connection to V's "
        "family, has been filming V's house on his phone, shouting at her teenage daughters when they come home, "
        "and twice left dead birds on the doorstep. V's husband has spoken to him with no effect. Council ASB "
        "team involved last year. Police have now recorded harassment. V feels like a prisoner in thier own home."
    ),
    (
        "hn|sex|csa,onl|Mum rang about her daughter (14). A man in his twenties has been talking to her on "
        "Instagram and TikTok for months, buying her things and telling her he loves her. Last weekend he picked "
        "her up in his car and took her to a flat where she says they had sex. Police are involved and have her "
        "phone. Mum is distraught and wants support for herself and her daughter."
    ),
    (
        "hn|sex|-|V (19) was at a friend's 21st. A man she had been chatting to at the bar, who she'd never met "
        "before that night, offered to walk her to a taxi, then pushed her against a wall round the corner and "
        "kissed and groped her while she tried to get away. She got into a taxi and told the driver, who rang "
        "police. She doesn't know his surname. He has since sent her one message on Instagram saying sorry."
    ),
    (
        "hn|vwoi|-|V (34) works as a live-in nanny. The children's father, her employer, grabbed her by the arms "
        "and shook her after she took the kids to the park without asking. No marks. She lives in their house but "
        "is not family and there is no relationship between them. Worried about losing her job and her room."
    ),
    (
        "ot|hom|knife|Bereaved family referral. V's brother (19) fatally stabbed in {TOWN} town centre on {DAY} "
        "night, two males charged with murder. Mum struggling, siblings 12 and 16."
    ),
    (
        "ot|hom|-|One-punch manslaughter. {M} (46) died in hospital 4 days after being punched outside a takeaway "
        "and hitting his head on the kerb. S (stranger) charged. Referral for his partner and adult kids."
    ),
    (
        "ot|hom|knife|Murder of the shopkeeper during a robbery at the {ROAD} off-licence, stabbed behind the "
        "counter. Family referral for his wife and children."
    ),
    (
        "ot|hom|-|Corporate manslaughter investigation after V's son died on a building site when scaffolding "
        "collapsed. HSE and police joint enquiry. Family need support."
    ),
    (
        "ot|hom|-|Body of {M} found in the canal; post-mortem shows head injuries from an assault, now treated as "
        "murder. Referral for his elderly parents."
    ),
    (
        "ot|ddi|-|Causing death by dangerous driving - V's daughter (17) killed as a pedestrian by a driver "
        "racing another car. Family referral, inquest opened."
    ),
    (
        "ot|ddi|-|Cyclist (V, 54) knocked off by a van turning left, serious leg injuries. Driver charged with "
        "causing serious injury by careless driving."
    ),
    (
        "ot|ddi|-|Causing death by careless driving while over the limit: V's husband killed on the {AROAD} when "
        "a drunk driver crossed into his lane."
    ),
    (
        "ot|ddi|-|Uninsured, disqualified driver hit V on a zebra crossing, V died at the scene. Family referral "
        "(mum and sister). Causing death by driving while disqualified."
    ),
    (
        "ot|ddi|-|Stolen car driven by youths crashed into a bus stop; V (32) suffered a fractured pelvis and "
        "died 2 days later. Causing death by aggravated vehicle taking."
    ),
    (
        "ot|misc|-|Dangerous driving: car overtook on a blind bend at about 90mph and forced V's car onto the "
        "verge. No collision, no injuries. Dashcam footage available."
    ),
    (
        "ot|oc|-|RTC - V's parked car clipped by a driver who didn't stop. No injuries. Careless driving / fail "
        "to stop, partial reg obtained."
    ),
    (
        "ot|vwi|knife|Glassing in {PUB}: S smashed a pint glass and pushed it into V's face, deep cuts needing "
        "plastic surgery. GBH s18."
    ),
    (
        "ot|vwi|-|ABH - V punched repeatedly in the queue outside a kebab shop by a man he'd bumped into. Black "
        "eye and fractured cheekbone."
    ),
    (
        "ot|vwi|-|PC {SUR} assaulted during an arrest, kicked in the knee, ligament damage. Assault on an "
        "emergency worker with injury."
    ),
    (
        "ot|vwi|hate|Racially aggravated ABH - V, a Sikh man, punched by two men shouting racist abuse at a bus "
        "stop. Cut lip and bruised eye."
    ),
    (
        "ot|vwi|hate|Two men holding hands attacked after leaving a gay bar, called f*****s, one has a broken "
        "jaw. Homophobic hate crime."
    ),
    (
        "ot|vwi|-|Acid attack - corrosive liquid thrown in V's face by a man on a moped, burns, treated at the "
        "burns unit. V has no idea why."
    ),
    (
        "ot|vwi|knife|Attempted murder: V stabbed 3 times in the back in {TOWN} park by a male who had been "
        "shouting at him. Surgery, now stable."
    ),
    (
        "ot|vwi|-|Drink spiked at a club in {TOWN}, V woke up in hospital with no memory, toxicology positive. No "
        "sexual assault disclosed. Poisoning offence recorded."
    ),
    (
        "ot|vwi|hba|School nurse referral: girl aged 9 disclosed she was 'cut' during a family trip abroad in the "
        "summer. FGM mandatory report made. Strategy meeting."
    ),
    (
        "ot|vwi|-|Dog owner set his dog on V in the park after V asked him to put it on a lead, bites to V's arm "
        "needing stitches."
    ),
    (
        "ot|vwi|-|V, a football steward, was punched by a fan at the turnstiles, concussion. V says no racial or "
        "other comments were made."
    ),
    (
        "ot|vwi|hate|V, who has cerebral palsy, was tripped and kicked by teenagers calling him a 'spaz', bruised "
        "ribs. Disability hate crime."
    ),
    (
        "ot|vwoi|-|Common assault on the {NUM} bus - passenger slapped V (the driver) after being asked to pay. "
        "No injury. CCTV requested."
    ),
    (
        "ot|vwoi|-|Spat at by a customer in the Co-op when refused alcohol. Assault by beating. Staff member "
        "upset, no injury."
    ),
    (
        "ot|vwoi|-|Paramedic shoved and grabbed by a patient's relative on a call-out, no injury. Assault on an "
        "emergency worker."
    ),
    (
        "ot|vwoi|-|Threat to kill: anonymous letter pushed through V's door saying she'd be killed if she gives "
        "evidence next week. V is a witness in a Crown Court trial."
    ),
    (
        "ot|vwoi|-|Child neglect: children aged {KID} and {KID2} found home alone for 2 days with no food, mum "
        "found drinking in town. Police protection used."
    ),
    (
        "ot|vwoi|-|Attempted child abduction: a man tried to get V (8) into his car outside school saying her mum "
        "had sent him. She ran to a teacher."
    ),
    (
        "ot|vwoi|ms|Modern slavery: six men found living in a shipping container at a hand car wash, working 12 "
        "hrs a day for £10. NRM referrals; V is one of them and wants support."
    ),
    (
        "ot|vwoi|ms|County lines: V (15) found in a trap house in {TOWN}, 60 miles from home, made to sell drugs "
        "to pay off a 'debt'. NRM referral, child criminal exploitation."
    ),
    (
        "ot|vwoi|hate|Racially aggravated common assault: a woman pulled at V's hijab and shoved her in the "
        "supermarket queue, telling her to 'go home'. No injury."
    ),
    (
        "ot|vwoi|hate|V, who is trans, was pushed against a wall by a man shouting transphobic abuse outside the "
        "station. No injuries."
    ),
    (
        "ot|vwoi|-|Road rage: driver got out at the lights, banged on V's window, then grabbed V by the collar "
        "through the open window. No injury."
    ),
    (
        "ot|vwoi|knife|Man threatened V with a screwdriver held to his stomach in a dispute over a parking space. "
        "No injury, S drove off."
    ),
    (
        "ot|vwoi|ms|Nail bar worker (V, 17) disclosed she was brought to the UK by the owner, sleeps at the shop, "
        "is paid nothing and her passport was taken. Forced labour. NRM."
    ),
    (
        "ot|vwoi|ms|Young man found locked inside a cannabis grow house, says he was brought to the UK and owes a "
        "debt, not allowed to leave. NRM referral made."
    ),
    (
        "ot|vwoi|hba|Community elders (not related to V) have come to her door twice and threatened to kill her "
        "for bringing shame on the community by divorcing. HBA."
    ),
    (
        "ot|vwoi|-|Threats to kill and criminal damage: neighbour smashed V's windscreen with a bat and shouted "
        "that he'd kill him. No weapon other than the bat."
    ),
    "ot|vwoi|-|Assault plus public order: man shoved V and shouted in her face at the bus stop. No injuries.",
    "ot|vwoi|-|TTK by neighbour, no weapon.",
    (
        "ot|sh|-|Stalking - a man from V's running club follows her home, waits at her bus stop and has found out "
        "where she lives. Stalking Protection Order considered."
    ),
    (
        "ot|sh|hate|Neighbour keeps pushing notes through V's door calling her family 'immigrant scum' and "
        "shouting at her children. Racially aggravated harassment, 5 incidents."
    ),
    (
        "ot|sh|onl|Malicious communications: V recieving threatening DMs on Instagram from an account she doesn't "
        "recognise, saying they know where she lives. 20+ messages."
    ),
    (
        "ot|sh|onl|Streamer (V) has been cyberstalked for months by a viewer who posted her home address on "
        "Discord and Reddit."
    ),
    (
        "ot|sh|hate,onl|Trans woman receiving transphobic abuse on X from several accounts after a news article, "
        "including messages telling her to kill herself."
    ),
    (
        "ot|sh|-|Harassment: former tenant of V's rented flat keeps ringing V, sending letters and turning up at "
        "V's home complaining about the deposit."
    ),
    (
        "ot|sh|-|Stalking involving fear of violence - a man V met once at a work conference has moved to her "
        "town and turned up at her gym and her children's school."
    ),
    (
        "ot|sh|onl|Someone made a fake Facebook profile using V's photos and is messaging her friends sexual "
        "comments pretending to be her. Harassment."
    ),
    (
        "ot|sh|onl|SEND LETTER/COMMUNICATION/ARTICLE CONVEYING A THREATENING MESSAGE - via Facebook Messenger "
        "from unknown account. IP {F} {SUR}. No suspect identified."
    ),
    (
        "ot|sex|-|Rape by stranger: V attacked walking home through {TOWN} park at {TIME}, SARC attended, "
        "forensic samples taken. ISVA referral."
    ),
    ("ot|sex|-|Sexual assault on a busy train - man pressed against V and groped her, she took a photo of him. BTP."),
    (
        "ot|sex|-|Exposure: a male exposed himself to V and her friend on the canal towpath. Indecent exposure, "
        "description given."
    ),
    (
        "ot|sex|-|Voyeurism / upskirting: V realised a man on the escalator was filming up her skirt with his "
        "phone. Staff detained him."
    ),
    (
        "ot|sex|csa,onl|Online grooming: V (13) met a man on Snapchat who sent sexual messages and persuaded her "
        "to send images. Parents found the chats. CEOP referral."
    ),
    (
        "ot|sex|csa|CSE concerns: V (15) being picked up from her care home by older men in cars, given alcohol "
        "and vapes, disclosed sexual activity with one of them."
    ),
    (
        "ot|sex|ms|Trafficked for sexual exploitation: V (24) brought from Romania with the promise of work, "
        "forced into sex work in flats in {TOWN}. NRM referral, safe house."
    ),
    (
        "ot|sex|csa|V (12) told her mum that a family friend (45) touched her under her clothes while "
        "babysitting. ABE interview booked."
    ),
    (
        "ot|sex|-|Sexual assault at a festival - V grabbed between the legs in the crowd at the main stage. S not "
        "identified."
    ),
    (
        "ot|sex|csa|Non-recent CSA: V (48) reporting abuse by his football coach in the 1980s when he was 11-12. "
        "Other victims have come forward."
    ),
    (
        "ot|sex|csa,onl|Sextortion: V (16) sent intimate images to someone he thought was a girl his age on "
        "Instagram, now threatened that they'll be shared unless he pays £{AMT}."
    ),
    (
        "ot|sex|-|Attempted rape: a man dragged V into an alley and tried to pull her jeans down; passers-by "
        "intervened. Cuts and grazes."
    ),
    (
        "ot|sex|-|V woke at a stranger's flat after her drink was spiked and believes she was sexually assaulted. "
        "Toxicology pending. SARC."
    ),
    "ot|sex|-|Burglary and rape: S broke into V's flat at night and raped her. S not known to V. SARC.",
    "ot|sex|hate|V, a gay man, was groped in a club toilet by a man shouting homophobic slurs at him.",
    (
        "ot|rob|knife|Street robbery - V's phone and AirPods taken at knifepoint by two youths on bikes near "
        "{ROAD}. No injuries."
    ),
    ("ot|rob|-|Mugging: V (72) pushed to the floor and her handbag ripped from her arm, fractured wrist. Robbery."),
    (
        "ot|rob|-|Business robbery at the petrol station, two males in balaclavas threatened staff with a hammer "
        "and took cash and cigarettes."
    ),
    "ot|rob|-|Delivery rider knocked off his moped by 3 males who rode off on it. Grazes. Robbery.",
    "ot|rob|-|Carjacking: V dragged out of her car at traffic lights, S drove off in it. Bruised arm.",
    (
        "ot|rob|-|Robbery with an imitation firearm at the bookies, cashier threatened, £{AMT} taken. Cashier off "
        "work with anxiety."
    ),
    (
        "ot|rob|-|V (14) and a friend robbed of their trainers and phones by older teens who punched V, cut lip. "
        "School told."
    ),
    (
        "ot|rob|-|Shoplifter barged the security guard over when stopped at the door with bags of meat, and ran "
        "off with them. Guard has a sprained wrist."
    ),
    (
        "ot|rob|knife|Robbery and GBH: V stabbed in the leg when he refused to hand over his phone; phone and "
        "wallet taken."
    ),
    (
        "ot|burg|-|Burglary dwelling: rear patio door forced while V on holiday, jewellery and laptop taken, "
        "house ransacked. SOCO attended."
    ),
    (
        "ot|burg|-|Distraction burglary: a man claiming to be from the water board got into V's (88) house while "
        "an accomplice took cash from the bedroom."
    ),
    "ot|burg|-|Garden shed broken into overnight, padlock cut, two mountain bikes and a strimmer taken.",
    (
        "ot|burg|-|Business burglary at the primary school: window smashed, laptops taken from the IT suite. Head "
        "teacher is the contact."
    ),
    (
        "ot|burg|-|Aggravated burglary - two males entered V's home at 3am, one carrying a machete, took the car "
        "keys and the Audi. V and his wife slept through and only woke when the car started."
    ),
    (
        "ot|burg|-|Attempted burglary - jemmy marks on the front door and lock broken, no entry gained. V elderly "
        "and frightened."
    ),
    (
        "ot|vwi|-|Burglar disturbed by V (61) in her kitchen punched her in the face and fled empty-handed. "
        "Fractured eye socket."
    ),
    "ot|burg|-|Garage attached to the house broken into, power tools worth £{AMT} taken.",
    (
        "ot|burg|-|Burglary and theft of car: house entered through an unlocked back door, car keys taken from "
        "the hall and the car driven off."
    ),
    "ot|veh|-|Catalytic converter cut off V's Prius overnight on the drive. Theft from motor vehicle.",
    ("ot|veh|-|Van broken into on the street, tools worth £{AMT} taken. V is a self-employed plumber and can't work."),
    "ot|veh|-|Car stolen from outside the house overnight, keys were indoors, suspected relay attack.",
    "ot|veh|-|Motorbike stolen from the communal car park, chain cut. Theft of a motor vehicle.",
    (
        "ot|veh|-|Interfering with vehicles: man seen trying door handles along {ROAD} at 2am, V's car door "
        "opened, nothing taken."
    ),
    (
        "ot|veh|-|Aggravated vehicle taking: V's car taken from outside work and crashed into a lamp post, driver "
        "ran off. No injuries."
    ),
    "ot|veh|-|catalytic converter stolen off drive overnight",
    (
        "ot|tfp|-|Pickpocket on the busy {NUM} bus, wallet taken from V's back pocket, didn't feel a thing. Cards "
        "cancelled."
    ),
    (
        "ot|tfp|-|Phone snatched out of V's hand by a cyclist while she was on a call outside the station. No "
        "force, no injury. Theft from the person."
    ),
    (
        "ot|tfp|-|Purse taken from V's open handbag while she was paying in the market cafe. CCTV shows a woman "
        "dipping the bag."
    ),
    (
        "ot|tfp|-|Distraction theft: a man asked V for directions with a map while his mate took her phone from "
        "her jacket pocket."
    ),
    (
        "ot|tfp|-|CRIME {CRN} / THEFT FROM THE PERSON OF ANOTHER / LOC: {TOWN} BUS STATION / MO: WALLET REMOVED "
        "FROM REAR POCKET IN QUEUE / NO FORCE / NO SUSPECT"
    ),
    "ot|tfp|-|phone dipped from pocket on bus",
    "ot|bike|-|Pedal cycle stolen from the rack at {TOWN} station, D-lock cut. Bike worth £{AMT}.",
    "ot|bike|-|V's son's bike taken from the front garden where he'd left it against the wall.",
    "ot|bike|-|Bike theft at the university, cable lock cut, second one this term.",
    "ot|bike|-|V left his bike unlocked outside the Spar for 2 minutes and someone rode off on it.",
    "ot|bike|-|Bike nicked from outside the gym.",
    (
        "ot|shop|-|Repeat shoplifting at the Co-op on {ROAD}, same male stealing meat and coffee most days. Store "
        "manager (V) exhausted."
    ),
    ("ot|shop|-|Theft from shop - group of teenagers filled bags with alcohol and walked out. Staff didn't intervene."),
    (
        "ot|shop|-|Self-checkout theft at the supermarket, customer scanning cheaper items. Store reporting via "
        "the online form."
    ),
    "ot|shop|-|Shoplifter swore at staff when challenged and left with £{AMT} of cosmetics. No violence.",
    (
        "ot|shop|-|Shop theft and public order - man threw a basket on the floor and swore when challenged, left "
        "with 6 bottles of spirits."
    ),
    "ot|shop|-|Shop theft, Co-op, repeat offender.",
    ("ot|oth|-|Theft by employee: V's bar manager has been pocketing cash from the till for months, about £{AMT}."),
    "ot|oth|-|Parcel stolen from V's doorstep after delivery, doorbell camera shows a man taking it.",
    "ot|oth|-|Making off without payment: taxi passenger ran off without paying the £{AMT} fare on {ROAD}.",
    (
        "ot|oth|onl|Sextortion: V (34) was video chatting with a woman on a dating app who recorded him; now "
        "demanding £{AMT} or the video goes to his Facebook friends. Blackmail."
    ),
    "ot|oth|-|V's French bulldog stolen from the back garden, gate left open. Dog theft.",
    "ot|oth|-|Tools and copper pipe stolen from an unlocked site compound overnight.",
    "ot|oth|-|V left her phone on the table in {PUB}, a man picked it up and walked out. Theft.",
    ("ot|oth|-|OFFENCE: MAKE OFF WITHOUT PAYMENT. £{AMT} DIESEL. VRM CLONED. STATUS: FILED PENDING FURTHER INFO."),
    "ot|oth|-|Handbag stolen from the staff locker at the care home where V works. Lock not forced.",
    "ot|oth|-|Theft of mail: V's post including bank cards keeps going missing from the communal letterboxes.",
    ("ot|cda|-|Graffiti sprayed across V's garage door and fence overnight. Criminal damage, est £{AMT} to clean."),
    "ot|cda|-|Arson - wheelie bins set alight against V's back gate, fence scorched. Fire service attended.",
    "ot|cda|-|V's car keyed down both sides while parked at work. Criminal damage to vehicle.",
    "ot|cda|hate|Swastikas and racist words sprayed on V's front door. Racially aggravated criminal damage.",
    (
        "ot|cda|hate|Windows smashed at the mosque overnight and bacon left on the steps. Religiously aggravated "
        "criminal damage. Imam is the contact."
    ),
    "ot|cda|-|Arson of the community centre shed, destroyed. Suspected youths.",
    "ot|cda|-|Neighbour poured weedkiller over V's hedge and lawn, all dead. Criminal damage.",
    "ot|cda|-|Stone thrown through V's living room window at {TIME}, no one hurt.",
    "ot|cda|hate|Man shouted racist abuse at V and kicked his shop door, cracking the glass.",
    "ot|cda|-|Car keyed outside work. Crim dam.",
    (
        "ot|drug|-|Drug dealing from the flat below V's, people in and out all night, needles in the stairwell. V "
        "scared. PWITS suspected."
    ),
    ("ot|drug|-|Cannabis grow in the house next door - strong smell, windows blacked out, people visiting at night."),
    ("ot|drug|-|V's son (17) arrested for possession of cannabis and ketamine at college, mum asking for support."),
    (
        "ot|drug|-|Cuckooing: dealers have taken over V's flat (V has a learning disability) to sell from, he is "
        "frightened to go home."
    ),
    "ot|drug|-|Drug dealing from a car outside the school gates most afternoons, parents reporting.",
    (
        "ot|drug|-|POSSESS CONTROLLED DRUG WITH INTENT TO SUPPLY - CLASS A. Reporting person is a neighbour who "
        "saw deals through her window. No threats to RP."
    ),
    (
        "ot|drug|-|Drug supply and nuisance: neighbour dealing from his flat, loud visitors at all hours, drug "
        "paraphernalia in the garden."
    ),
    (
        "ot|weap|-|Possession of an offensive weapon: man arrested on the high street with a lock knife in his "
        "pocket after a stop search. No threats made. Witness referral for the caller."
    ),
    (
        "ot|weap|-|Member of public saw a man with what looked like a handgun in his waistband in {TOWN} park; "
        "armed police attended, BB gun recovered. Nobody threatened."
    ),
    (
        "ot|weap|-|Pupil (15) found with a kitchen knife in his school bag, not used or shown to anyone. Bladed "
        "article on school premises."
    ),
    (
        "ot|weap|-|Machete found in the car of a man stopped by police outside V's house after V's CCTV flagged "
        "him. No threats to V."
    ),
    "ot|weap|-|Knuckleduster and a baton found by door staff on a man entering the club. Offensive weapons.",
    (
        "ot|weap|-|Possession of weapon and drugs: man stopped near V's house with a knife and cannabis; V is the "
        "neighbour who called it in. No threats."
    ),
    (
        "ot|po|-|Drunk man at {TOWN} bus station shouting and swearing at passengers, kicking bins. s5 public "
        "order. Bus station staff member is the IP."
    ),
    (
        "ot|po|hate|Racially aggravated s4A: V, a Polish shop worker, called racist names and told to 'go back to "
        "Poland' by a customer. No physical contact."
    ),
    (
        "ot|po|hate|Man shouted antisemitic abuse at a Jewish family walking to synagogue. Religiously aggravated "
        "public order."
    ),
    (
        "ot|po|-|Violent disorder outside the football ground after the match, groups throwing bottles. V (a "
        "steward) caught up in it, not injured."
    ),
    (
        "ot|po|hate|Homophobic abuse shouted at V and his boyfriend from a passing car window, V felt alarmed and "
        "distressed. s5 POA."
    ),
    (
        "ot|po|-|Threatening behaviour: group of men squared up to V outside a pub, threatening to batter him. No "
        "contact."
    ),
    (
        "ot|po|hate|RACIALLY/RELIGIOUSLY AGGRAVATED INTENTIONAL HARASSMENT, ALARM OR DISTRESS. Taxi driver "
        "racially abused by passenger. No assault."
    ),
    (
        "ot|misc|csa|Indecent images: V found indecent images of children on her lodger's laptop and reported "
        "him. He has been arrested."
    ),
    (
        "ot|misc|-|Threat to commit criminal damage: neighbour told V he'd torch her car if she parked outside "
        "his house again. No damage done."
    ),
    (
        "ot|misc|-|Perverting the course of justice: another motorist falsely named V as the driver to avoid "
        "speeding points. V has proof she was abroad."
    ),
    (
        "ot|misc|-|Forgery: V (a GP) discovered a forged sick note using her surgery's letterhead and her name. "
        "Practice manager reporting."
    ),
    (
        "ot|misc|-|Dangerous driving: HGV driver on his phone weaving across lanes on the {MWAY}, V had to "
        "swerve. Dashcam footage submitted."
    ),
    (
        "ot|fraud|-|Courier fraud: V (81) phoned by a 'police officer' saying her bank staff were corrupt; she "
        "withdrew £{AMT} and handed it to a courier."
    ),
    (
        "ot|fraud|onl|Romance scam via Facebook: man claiming to be a US soldier, V sent £{AMT} in gift cards "
        "over 6 months."
    ),
    (
        "ot|fraud|onl|Facebook Marketplace scam: V paid £{AMT} by bank transfer for a sofa that never arrived, "
        "seller blocked her."
    ),
    (
        "ot|fraud|onl|Crypto investment scam: V saw an ad on Instagram, invested £{AMT} via a website and can't "
        "withdraw. Action Fraud ref."
    ),
    "ot|fraud|-|Identity fraud - loans taken out in V's name, she found out from debt letters. No idea who.",
    (
        "ot|fraud|onl|V's email hacked and used to send invoices to her clients with changed bank details. "
        "Computer misuse and fraud."
    ),
    "ot|fraud|onl|Phishing email pretending to be HMRC, V entered card details on the website, £{AMT} taken.",
    (
        "ot|fraud|-|Rogue trader: man knocked on V's door saying roof tiles were loose, charged £{AMT} for work "
        "never done. V (79) lives alone."
    ),
    ("ot|fraud|-|Bank impersonation phone call - V told to move savings to a 'safe account', lost £{AMT}. APP fraud."),
    (
        "ot|fraud|onl|Hacking and fraud: V's Instagram hacked and used to advertise fake crypto to her followers, "
        "some of them lost money."
    ),
    "ot|fraud|onl|Fraud - Marketplace, paid for PS5 never arrived",
    (
        "ot|asb|-|Nieghbour playing loud music until 3am most nights, V exhausted. Council noise team involved. "
        "No threats or damage."
    ),
    (
        "ot|asb|-|Youths congregating outside the shop on {ROAD}, shouting, littering, kicking a football against "
        "V's wall. No damage or threats."
    ),
    ("ot|asb|-|Off-road bikes racing across the playing fields every evening, noise and nuisance. Residents fed up."),
    ("ot|asb|-|Ongoing noise from the flat upstairs - banging, dog barking, doors slamming. Housing officer aware."),
    "ot|asb|-|Kids knocking on V's door and running away most nights. V (78) anxious. Nothing else.",
    (
        "ot|asb|-|Neighbour parking across V's drive and leaving rubbish bags in the shared alley. Dispute "
        "ongoing, no crime disclosed."
    ),
    "ot|asb|-|Loud music from next door again.",
    (
        "ot|oc|-|Animal welfare: neighbour's horses in the field behind V's house look starved, no water. V "
        "distressed. RSPCA informed."
    ),
    (
        "ot|oc|-|Referral from housing: V is 'a victim of crime' and wants support. No details given, V didn't "
        "want to say on the phone."
    ),
    "ot|oc|-|Wildlife crime: badger sett on V's land dug out and dogs used. Rural crime team.",
    ("ot|oc|-|Fly-tipping: two tonnes of builder's waste dumped in V's farm gateway. Council enforcement aware."),
    (
        "ot|oc|-|V reports being the victim of a crime at work last month, reluctant to say what happened, wants "
        "emotional support only."
    ),
    ("ot|oc|-|Neighbour keeps his dog chained in the yard all day in the heat, no shelter or water. Animal cruelty."),
    "ot|vwi|-|ABH and criminal damage: man in the pub queue punched V, broke his glasses and cut his nose.",
    (
        "ot|vwi|hate,knife|Racially aggravated wounding: V slashed on the cheek with a blade by a man shouting "
        "racist slurs."
    ),
    "ot|vwi|-|Sec 47 assault by stranger at bus stop.",
    (
        "ot|vwoi|-|V (Black British) was shoved by a neighbour in an argument over parking. V is clear it wasn't "
        "racial, nothing of that kind was said. No injury."
    ),
    ("ot|vwi|-|V punched by two lads outside the chip shop, no knife, they used fists. Swollen jaw and a loose tooth."),
    (
        "ot|sh|-|Harassment of a small business owner: ex-employee keeps ringing the shop and sending letters, "
        "40+ in a month. V dreads going in."
    ),
    "ot|fraud|onl|Vinted seller sent an empty box and closed the account. £{AMT} lost.",
    (
        "ot|oth|onl|Blackmail: someone emailed V saying they have hacked his webcam and will send videos to his "
        "contacts unless he pays in bitcoin. He paid £{AMT}."
    ),
    (
        "ot|oc|-|V says she was the victim of an offence last year but won't say what or where. Wants "
        "counselling. Crime not specified."
    ),
    ("ot|rob|-|Robbery of a taxi driver: passenger put him in a headlock and took the night's takings. Neck pain."),
    (
        "ot|sh|-|Repeated phone calls from a withheld number every night at 2am, heavy breathing, for 6 weeks. V "
        "lives alone. Harassment recorded."
    ),
    (
        "ot|sh|hate|Harassment with homophobic abuse: neighbour repeatedly shouts slurs at V and his husband and "
        "leaves notes on their car. 8 incidents."
    ),
    (
        "ot|vwoi|-|Security guard at the hospital grabbed by a visitor and pushed into a door, no injury. S left "
        "before police arrived."
    ),
    "ot|burg|-|Break-in at the allotment shed, tools and a petrol mower taken.",
    (
        "ot|cda|-|Arson with intent to endanger life: burning rags pushed through V's letterbox at night. V woke "
        "to the smoke alarm, no one hurt."
    ),
    (
        "ot|vwi|-|Victim of an unprovoked attack on the seafront, kicked while on the ground, broken ribs. Nil "
        "weapons. Stranger."
    ),
    (
        "ot|veh|-|Theft from vehicle: bag and laptop taken from V's car parked on {ROAD}, no damage, V thinks she "
        "forgot to lock it."
    ),
    (
        "ot|po|-|Group of drunk men outside the takeaway threatening staff and passers-by, one shouting he'd "
        "'smash the place up'. s4 public order."
    ),
    (
        "ot|fraud|-|Doorstep fraud: fake council officer took £{AMT} 'deposit' from V (86) for a stairlift that "
        "doesn't exist."
    ),
    (
        "ot|rob|knife|Caller is the manager of a corner shop. Last night a male came in and took a bottle of "
        "vodka, and when V stood in the doorway to stop him he pulled a knife from his jacket and told him to "
        "move. V moved and the male left with the vodka and a handful of scratchcards. No one was injured. CCTV "
        "given to police. V says it's the third time this month they've had trouble and his staff are frightened "
        "to work evenings."
    ),
    (
        "ot|hom|-|The family of {M} (41) have asked for support. He was found dead at his flat; police first "
        "thought it was natural causes but have now arrested two men for his murder after finding he had been "
        "beaten. His mum says she can't cope with the press, and his brother wants to know about the court "
        "process and Victim Personal Statements. FLO is DC {SUR}."
    ),
    (
        "ot|fraud|onl|Lovely lady, 74, very upset and embarrassed. She was contacted on Facebook by a man calling "
        "himself 'Richard' who said he was a widower working on a ship. They chatted every day for four months on "
        "WhatsApp and he asked her for money for a customs fee, then a medical bill, then flights to come and see "
        "her. Altogether she's sent £{AMT}. She never met him. Her bank flagged the last transfer. Reported to "
        "Action Fraud; she'd like emotional support and help telling her son."
    ),
    (
        "ot|vwi|hate|V (27) is a delivery driver. He was dropping off a parcel in {TOWN} when a man in the street "
        "started calling him a p*** and telling him to go back home. When V ignored him and walked back to his "
        "van the man followed and hit him on the back of the head with a bottle, which didn't break. Lump and "
        "headache, seen at A&E, no fracture. Suspect arrested. V is now nervous doing his rounds."
    ),
    (
        "ot|burg|-|Called V back about her burglary. Someone got in through the bathroom window while the family "
        "were at a wedding, went through every drawer and took her late dad's medals, two laptops and some cash. "
        "Police have been out and taken fingerprints. She keeps thinking they'll come back and the kids won't "
        "sleep in their own rooms. Arranged a target-hardening visit for window locks and a doorbell camera."
    ),
    (
        "ot|vwoi|ms|Referral from the Salvation Army. V is a 34 yr old man who was recruited outside a homeless "
        "hostel with an offer of work and a room. For two years he was moved between farms and building sites, "
        "paid nothing, given food and a mattress in a caravan, and told he owed money for his 'keep'. The men in "
        "charge took his ID and threatened to hurt him if he left. He got away last month. NRM positive "
        "reasonable grounds. Wants help with housing and benefits."
    ),
    (
        "ot|asb|-|Mrs {SUR} rang again about the teenagers who gather on the green outside her bungalow most "
        "evenings. They play music from a speaker, shout, and leave cans and takeaway boxes in her front garden. "
        "Nobody has threatened her or damaged anything, she says, but she finds it intimidating and can't sleep "
        "until they've gone. PCSO has been round twice. She'd just like someone from Victim Support to give her a "
        "ring."
    ),
    (
        "ot|shop|-|Store detective at a {TOWN} department store: a woman was seen putting perfume and make-up "
        "worth about £{AMT} into a foil-lined bag and leaving without paying. She was stopped outside, gave the "
        "goods back and was polite, no force or threats. Police attended and she has been arrested for theft from "
        "a shop. Store wants to know how to give a business impact statement."
    ),
    (
        "ot|veh|-|V (62) rang very distressed. His camper van, which he had only just paid off, was stolen from "
        "outside his house in the night - a neighbour's camera shows two men at it for about ten minutes before "
        "it was driven away. It had all his fishing gear inside. No one was hurt and nothing else was touched. "
        "Police have circulated it and checked ANPR. He wants help with the insurance and someone to talk to."
    ),
]


class Slots(dict):
    """Fill {KEY} placeholders lazily, left to right; paired keys (F2, M2...) differ from their base."""

    def __init__(self, rng):
        super().__init__()
        self.rng = rng

    def __missing__(self, key):
        base = PAIRED.get(key, key)
        used = [value for name, value in self.items() if PAIRED.get(name, name) == base]
        value = self.rng.choice([v for v in POOLS[base] if v not in used])
        self[key] = value
        return value


def render(template, rng):
    """One note from a template: slot values, optional admin prefix/suffix, the writer's letter case."""
    slots = Slots(rng)
    text = template.format_map(slots)
    if rng.random() < 0.45:
        text = rng.choice(PREFIXES).format_map(slots) + " " + text
    if rng.random() < 0.4:
        if not text.endswith((".", ")")):
            text += "."
        text += " " + rng.choice(SUFFIXES).format_map(slots)
    case = rng.random()
    if case < 0.06:
        text = text.lower()
    elif case < 0.1:
        text = text.upper()
    return text


def flag_string(short):
    wanted = short.split(",")
    return ";".join(code for key, code in FLAGS if key in wanted)


def build():
    rng = random.Random(SEED)
    reps = [2] * len(TEMPLATES)
    for index in rng.sample(range(len(TEMPLATES)), TARGET - 2 * len(TEMPLATES)):
        reps[index] += 1
    rows = []
    seen = set()
    for index, entry in enumerate(TEMPLATES):
        kind, cat, flags, template = entry.split("|", 3)
        assert kind in ("dx", "di", "hn", "ot"), kind
        assert all(key in [k for k, _ in FLAGS] for key in flags.split(",") if key != "-"), flags
        for _ in range(reps[index]):
            for _attempt in range(500):
                text = render(template, rng)
                if text not in seen:
                    break
            else:
                raise RuntimeError(f"could not make a distinct note from template {index}")
            assert 5 <= len(text.split()) <= 120, text
            assert "\n" not in text and "{" not in text, text
            seen.add(text)
            rows.append((text, CATS[cat], flag_string(flags), kind))
    rng.shuffle(rows)
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "data", "notes_blind24.csv")
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    rows = build()
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (text, category, flags, _kind) in enumerate(rows, start=1):
            writer.writerow([f"B24-{number:04d}", text, category, flags])
    print(f"wrote {len(rows)} notes to {out_path}")


if __name__ == "__main__":
    main()
