"""Rebuild the BLIND30 synthetic victim-services referral corpus byte for byte.

Standard library only. One seeded random.Random(300930) drives every choice; no set is ever
iterated, so the output does not depend on PYTHONHASHSEED or on the working directory.
Output: benchmarks/data/notes_blind30.csv next to this script.

Templates are stored as kind|category|flags|text (flags ';'-separated in TAXONOMY.md order,
empty if none). Each template is filled twice. Slots only carry names, places, dates, times,
amounts, reference numbers and ages whose ranges cannot change a label (adult ages 19+,
child ages 12-15, older ages 70+).
"""

import csv
import os
import random
import re

SEED = 300930
USES_PER_TEMPLATE = 2
EXPECTED_ROWS = 800

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

KINDS = ["vcu", "web", "ref"]

TEMPLATES = """
vcu|homicide|domestic_abuse;knife_sharp_instrument|VCU referral, bereaved family. {fname} {sname} ({age}) was fatally stabbed at her flat on {street} on {date}; her partner has been charged with murder. Her mum and sister need support with the inquest, media contact and a victim personal statement. FLO in place. Crime ref {crn}.
ref|homicide||Homicide service partner referral: family of {mname} {sname}, who died after a single punch outside {venue} on {date}. Suspect charged with manslaughter, not known to the family. His brother is struggling to sleep and wants to understand the court process. No DA, no weapon involved.
web|homicide||My dad was killed on {date}. The police said its murder and two men have been arrested. I dont know what im supposed to do now, the funeral cant happen untill the body is released and nobody tells us anything. Our FLO is nice but shes always busy. My mum hasnt got out of bed in a week and my little brother is 12 and keeps asking when dad is coming home. I am the eldest and I have to do everything, the bank, the council, the landlord. Please can someone ring me, I just need someone to explain what happens next and if we can go to the court.
vcu|homicide|domestic_abuse|Bereaved family. Mrs {fname} {sname} ({oldage}) died of head injuries on {date}; her grandson ({yage}), who lived with her, is charged with her murder. Family split over the case and her daughter feels guilty for not seeing the signs. Needs homicide caseworker and counselling referral.
ref|homicide|knife_sharp_instrument|Youth offending team referral: {mname} ({yage}) was stabbed to death in {area} park on {date}; his younger cousins saw it happen. Family fear reprisals and want rehousing advice. Mum says he was not involved with any gang.
ref|homicide|hate_crime|LGBT+ advocacy group referral. {mname}'s partner of 9 years was killed in what police are treating as a homophobic attack near {street} on {date}; two men charged with murder. He is next of kin but his partner's family are excluding him from the arrangements. Needs advocacy and help with the inquest.
vcu|homicide||Infant death, childminder charged with manslaughter (per FLO). Parents {fname} and {mname} need practical support: letters for work, travel to Crown Court, trial date {date2}. Please do not call before 10am.
web|homicide|domestic_abuse|My sister {fname} was murdered by her ex husband on {date}. She had reported him before and there was a MARAC. He has pleaded not guilty. I am now looking after her two kids and i am not coping, I need someone to talk to about the trial and about money.
vcu|death_injury_driving||V's husband was killed on {date} when a driver ran a red light on {street} and hit his motorbike. Driver charged with causing death by dangerous driving. V wants to know about compensation and the court date ({date2}). Two children under 5.
ref|death_injury_driving||{hospital} ED navigator: pedestrian, {age}, hit on a zebra crossing on {street} on {date}; fractured pelvis and head injury, now in ICU. Driver stopped and was arrested for causing serious injury by careless driving. Family want info on what happens next.
web|death_injury_driving||I was knocked off my bike by a van driver who was on his phone on {date}. I have a broken leg and a spinal injury and have been told I might not walk properly again. Police have charged him with causing serious injury by dangerous driving. I need help with the victim statement.
vcu|death_injury_driving||Fatal RTC {date}, {area} bypass: V's son (19) was a passenger in a car driven by a friend who was racing another car; son died at the scene. Driver charged with causing death by dangerous driving. Mum says she blames the other driver more. Needs bereavement support.
ref|death_injury_driving||Bus company referral: our driver {mname} {sname} saw a cyclist killed by a lorry at the {street} junction on {date}; the lorry driver has been charged with causing death by careless driving. Our driver has been off work since and asked for victim support.
web|death_injury_driving||drunk driver hit our car head on {date}, my wife has a brain injury and is still in {hospital}. hes been charged with causing serious injury by careless driving while over the limit. we have heard nothing for weeks
vcu|death_injury_driving||Death by careless driving: V's mother ({oldage}) was killed crossing {street} on {date}. Driver pleaded guilty, sentence date {date2}. V wants help writing an impact statement. Not a DA matter, no other offences.
vcu|violence_with_injury|domestic_abuse|VCU triage after first contact. V (F, {age}) punched repeatedly by her husband at home on {date}; black eye and cut lip, seen at {hospital}. DASH high risk, MARAC referral made. V needs a refuge space for herself and 2 children and help with a non-molestation order.
web|violence_with_injury|domestic_abuse|my girlfriend threw a mug at my head during an argument on {date} and I needed 4 stitches. im a man and i didnt think anyone would beleive me. it has happened before but i never reported it. i dont want her arrested i just want it to stop.
vcu|violence_with_injury|domestic_abuse|V (F, {age}) assaulted by her wife {fname2} at their home in {area} on {date}: pushed down the stairs, sprained wrist and bruising to her back. Together 6 years, previous verbal abuse. V worried services will not understand a same-sex relationship. Needs LGBT+ DA service.
ref|violence_with_injury|domestic_abuse|Adult social care referral: Mr {sname} ({oldage}) has bruising to both forearms and a fractured finger; he says his adult son, who is also his carer, grabs and twists his hands when he asks for his bank card back. Son lives with him. Mr {sname} has capacity and agreed to this referral.
web|violence_with_injury|domestic_abuse;knife_sharp_instrument|On {date} my partner came at me with a kitchen knife and cut my hand when I tried to grab it off him. 6 stitches. He has been arrested but im scared he'll get bail. I have a 3 year old. Please can someone help me get the locks changed.
vcu|violence_with_injury|domestic_abuse|V (M, {age}) reports his adult brother headbutted him at their mum's house on {date} after an argument about money; broken nose. The brothers live together. V doesn't want to give a statement but accepts support. DA flagged as family members.
ref|violence_with_injury|domestic_abuse|{hospital} ED IDVA referral: {fname} ({age}) attended at {ntime} with bruising to her neck and petechiae; she disclosed her ex-boyfriend strangled her until she nearly passed out on {date}. Previous DASH high risk. Staying with a friend. Wants support with her police statement.
web|violence_with_injury|domestic_abuse|My grandson ({yage}) has lived with me since his mum died. On {date} he pushed me over in the kitchen when I wouldnt give him money and I broke my wrist. I told the hospital I fell. I love him but I am frightened of him when hes been drinking and I dont know who else to tell.
vcu|violence_with_injury|domestic_abuse;honour_based_abuse|V (F, {age}) beaten by her two brothers and her father on {date} after they found out about her boyfriend; she was told she had brought shame on the family. Bruising to face and back. Now in emergency accommodation and fears being taken abroad. Needs specialist HBA service and Forced Marriage Unit advice.
ref|violence_with_injury|domestic_abuse|Housing provider referral: tenant {fname} {sname} has been bitten on the arm and had clumps of hair pulled out by her daughter ({yage}), who moved back in with her in the summer. Injuries seen by the housing officer on {date}. Tenant doesn't want police but agreed to VCU contact.
web|violence_with_injury|domestic_abuse|my husband of 30 years hit me with his walking stick on {date}, i have a cut on my head that was glued at the hospital. he has dementia and i dont know if this counts as a crime but my daughter told me to fill this in.
vcu|violence_with_injury||V (F, {age}) punched in the face by a man she had met twice through Hinge, in his car on {date}, when she refused to go back to his. Cut to eyebrow. Not a domestic: not in a relationship. V wants to know if he can be stopped from contacting her.
ref|violence_with_injury|domestic_abuse|University wellbeing referral: student {fname} ({age}) disclosed her boyfriend, also a student, slapped her hard enough to burst her eardrum on {date}; confirmed by GP. She wants to stay on her course and needs help with a no-contact arrangement in halls.
vcu|violence_with_injury|domestic_abuse;knife_sharp_instrument|Triage call {date}. V (M, {age}) stabbed in the thigh with scissors by his husband during a row at home; wound closed at {hospital}. Suspect arrested and bailed with conditions. V is staying with his sister and needs safety planning.
ref|violence_with_injury||Door team at {venue} referral: customer punched to the floor and kicked in the head by two men in the smoking area at {ntime} on {date}; fractured cheekbone. Suspects left in a taxi. V ({yage}) is a student and wants updates on CCTV.
web|violence_with_injury|knife_sharp_instrument|was attacked outside {venue} about {ntime} by a lad with a broken bottle, he slashed my arm and i needed 12 stitches. never seen him before in my life. police took a statement at the hospital but i havent heard anything since {date}.
vcu|violence_with_injury|hate_crime|V (M, {age}) assaulted on {street} at {ntime} on {date}; two men shouted homophobic abuse at him and his boyfriend, then punched V, split lip and a loose tooth. V wants help with dental costs and to speak to the LGBT+ liaison officer.
ref|violence_with_injury|hate_crime|Mosque welfare officer referral: worshipper {mname} {sname} ({oldage}) was pushed to the ground outside {area} mosque on {date} by a man shouting anti-Muslim abuse; broken hip. Community very anxious. Family want regular updates.
web|violence_with_injury|hate_crime|Im a wheelchair user and on {date} a man on the {bus} bus called me a cripple and tipped my chair over, i hit my head and had concussion. The driver didnt do anything. I have been too scared to get the bus since.
ref|violence_with_injury|knife_sharp_instrument|{hospital} ED navigator referral: {mname} ({yage}) came in at {ntime} with two stab wounds to his back; says he was jumped by a group in {area} on {date} and nothing was taken. Reluctant to engage with police. Would accept a youth worker and help with a housing move.
vcu|violence_with_injury||Taxi driver V (M, {age}) punched several times by a passenger at {ntime} on {date} after asking for the fare up front; swollen eye and neck pain. Passenger then ran off without paying. Firm has dashcam. V asks whether he can claim for lost earnings.
web|violence_with_injury||got into an argument in the queue at the kebab shop on {street} on {date} and the guy bit my ear, it was hanging off. needed plastic surgery. i was drunk and i know i said stuff but i never touched him.
ref|violence_with_injury||Youth offending team referral: a 15 y/o on our caseload was beaten by older boys outside school in {area} on {date}; fractured arm. Mum worried about retaliation. Witnesses say no weapons. Family would like restorative options explored.
vcu|violence_with_injury||Paramedic V (F, {age}) kicked in the face by a patient she was treating on {street} on {date}; fractured nose. Trust staff support already involved. V wants VCU for court support only.
web|violence_with_injury|hate_crime|Me and my wife were attacked on {date} by a group of teenagers shouting racist things at us on {street}, calling us p***s and telling us to go home. My wife's glasses were broken and she has a cut under her eye. Police came but left after 20 mins.
vcu|violence_with_injury||V (M, {age}) hit over the head with a metal bar by his neighbour during a parking dispute on {date}; laceration needing staples. Long-running neighbour dispute, previous ASB reports. Not a domestic. V wants mediation after the court case.
ref|violence_with_injury||Church pastoral team referral: congregation member {fname} {sname} ({oldage}) was punched by a man begging outside church when she said she had no change, {date}; broken glasses and bruised eye socket. Nothing taken. She is frightened to come to services.
web|violence_with_injury||bouncer at {venue} dragged me out by my neck and threw me down the steps for no reason on {date} around {ntime}, i have a broken collarbone. i want him charged. i have the name of a witness
vcu|violence_with_injury|knife_sharp_instrument|V (M, {yage}) slashed across the cheek with a Stanley blade by an unknown male outside {venue} at {ntime} on {date} after a row about a spilt drink. Nothing stolen. V worried about scarring; needs help with a CICA application.
ref|violence_with_injury|hate_crime|Disability advocacy group referral: {mname} ({age}), who has a learning disability, was burned on the arm with a lighter by local youths who call him names about his disability; they filmed it on their phones. Incident {date} at {area} rec. Carer wants him safeguarded.
vcu|violence_with_injury||V (F, {age}) injured in a fight at a house party in {area} on {date}; another woman pulled out a clump of her hair and scratched her face, visible marks. V knows suspect only by first name ({fname2}). Not related, no relationship. Wants support to go to court.
web|violence_with_injury||on {date} i was waiting at the taxi rank on {street} and some random guy just punched me out of nowhere and knocked me out. woke up in the ambulance. nothing was taken, still had my phone and wallet. hospital said i had a small bleed on the brain.
ref|violence_with_injury||School safeguarding lead referral: pupil ({teen}) punched by another pupil's father in the playground on {date}; bruised jaw seen by the school nurse. Parents filmed it. Mum wants support and reassurance about safety at school.
web|violence_with_injury|domestic_abuse|My ex (we were together 3 years, both women) turned up at my work on {date} and punched me in the face in the car park. Nosebleed and a swollen eye. She had been texting me constantly but that stopped about a month ago. I want a restraining order.
vcu|violence_with_injury||V (M, {oldage}) shoved into the barriers in the ticket hall at {station} station on {date}, dislocated shoulder. BTP informed. V has no idea why he was targeted and does not think it was about his race. Needs help getting to appointments.
ref|violence_with_injury||LGBT+ advocacy group referral: {fname} ({age}), a trans woman, was hit in the mouth by a taxi driver during a fare dispute at {ntime} on {date}; cut lip. She says the row was purely about money and nothing was said about her gender identity. Wants help complaining to the taxi firm.
web|violence_with_injury|domestic_abuse|mother in law hit me with a pan on {date} and my arm is bruised black, my husband says nothing and takes her side. we all live together. i am not allowed out on my own. i wrote this on my phone in the toilet
vcu|violence_with_injury|modern_slavery|V (M, {age}) found by patrol at a hand car wash in {area} on {date} with burns to his hands; says the boss keeps his passport, he works 7 days for no wages and was beaten when he asked to leave. NRM referral made. Needs Albanian interpreter and safe accommodation.
vcu|violence_with_injury|domestic_abuse|Multiple offences {date}: V's (F, {age}) ex-partner forced entry through her kitchen window at {ntime}, punched her causing a cut above the eye and smashed her phone, then sent threatening texts after he left. DASH high. Burglary and criminal damage also crimed. V needs locks and an IDVA.
ref|violence_with_injury|domestic_abuse;honour_based_abuse|{hospital} ED navigator: {fname} ({age}) presented with a fractured arm; she disclosed her husband and his brothers beat her on {date} because she had been seen talking to a male colleague and had 'dishonoured' them. Frightened of the wider family. Needs refuge out of area.
vcu|violence_without_injury|domestic_abuse|V (F, {age}) reports partner grabbed her by the arms and shoved her against the wall on {date}; no visible injury. DASH medium. She wants him to get help for his drinking rather than be prosecuted. Two children in the house.
web|violence_without_injury|domestic_abuse;online|my ex keeps sending me whatsapp messages saying he will kill me and my new boyfriend. the last one was {date} at {ntime}. he lives in another city now. i have screenshots of everything.
web|violence_without_injury||A man squared up to me with his fists up over a parking space at {shop} car park on {date}, said he'd knock me out and then spat at me. He drove off before security came. I have his reg.
vcu|violence_without_injury|knife_sharp_instrument|V (M, {yage}) approached by two youths near {station} station at {ntime} on {date}; one kept his hand in his waistband, said he had a blade and would cut him. V believed he had a knife and ran. Nothing demanded or taken. V anxious travelling at night.
ref|violence_without_injury||Ambulance trust staff-support referral: paramedic {fname} {sname} was spat at and shoved by an intoxicated patient on {street} on {date}; no injury. Recorded as assault on an emergency worker. She would like a court familiarisation visit.
vcu|violence_without_injury|domestic_abuse|V (F, {oldage}) reports her adult son threw her phone at the wall and pushed her onto the sofa on {date} when she refused to lend him money; no injuries. He lives with her and has mental health issues. V wants him supported, not punished.
vcu|violence_without_injury||V (F, {age}) reports her 14-year-old son pushed her into the door frame during an argument about his Xbox on {date}; no injury. Asking for parenting support. Child-to-parent violence; son is under 16 so not recorded as DA.
ref|violence_without_injury|modern_slavery|Nail bar welfare visit in {area} with council officers: young Vietnamese woman ({yage}) says she was brought to the UK owing a debt, works 12 hours a day, sleeps in the back room and does not have her passport. No injuries disclosed. NRM referral submitted {date}.
vcu|violence_without_injury|modern_slavery|YOT flagged: {mname} (15) found in a flat in {area} on {date} holding drugs; says older men made him travel from London to 'work off' a debt and threatened his family. Treated as a victim of child criminal exploitation and trafficking. NRM made.
web|violence_without_injury||On {date} in {venue} a man I didnt know grabbed me by the collar and shoved me back into the bar because he thought I pushed in. Bouncers threw him out. Not hurt. I just want it on record.
vcu|violence_without_injury|domestic_abuse;honour_based_abuse|V (F, {age}) disclosed her parents plan to take her to Bangladesh next summer to marry a cousin; on {date} her father told her he would kill her if she refused and disgraced the family. Father has taken her passport. No physical injury. FMU contacted, FMPO being considered.
ref|violence_without_injury|hate_crime|Synagogue security referral: {mname} ({teen}) had his kippah knocked off and was shoved by two men shouting antisemitic abuse at the {bus} bus stop on {date}. No injury. Family want reassurance patrols.
vcu|violence_without_injury||Bus driver V ({age}) reports a passenger threw coffee at the cab screen and spat at him through the gap on route {bus} on {date} at {ntime}. No injury. Operator has CCTV. V off work with stress.
web|violence_without_injury|online|someone on my estates facebook group posted that there going to petrol bomb my house and kill my family because they think i grassed. posted {date}. i have screenshots. i have no idea who runs the account
vcu|violence_without_injury|domestic_abuse|V (M, {age}) reports his partner {mname2} shoved him back onto the bed and blocked the door so he couldn't leave the flat on {date}, and took his keys and phone. No injury. Same-sex relationship; no previous DA reports. V wants advice on leaving safely.
vcu|violence_without_injury||Child neglect: V is grandmother {fname} {sname} ({oldage}), reporting her grandchildren (4 and 6) were left alone overnight by their mum on {date}. Police attended, children safe. Grandmother wants support as temporary carer.
ref|violence_without_injury||University security referral: student {fname} ({age}) had a drink thrown over her and was shoved by a group of men outside the SU bar at {ntime} on {date}; no injury. She thinks it was because she refused to give one of them her number. Not race or faith related as far as she knows.
web|violence_without_injury|hate_crime|I wear a hijab and a woman pulled it off my head at {station} station on {date} and said we should all be sent back. I wasnt hurt but I felt humiliated. People just watched.
vcu|violence_without_injury|domestic_abuse|V (F, {age}) reports her sister {fname2} slapped her across the face at a family party on {date}; no mark. Long history of conflict over care of their mum. V says 'it's just family' but agreed to referral. DASH standard.
ref|violence_without_injury||Taxi firm referral: driver {mname} was threatened by a passenger who said he'd smash his face in and lunged and grabbed his arm at {ntime} on {date}; driver unhurt, passenger paid and left. Dashcam saved.
web|violence_without_injury||this guy at my gym keeps squaring up to me. on {date} he shoulder barged me into the rack and said next time hell put me in hospital. im not hurt but i dont want to go back
vcu|violence_without_injury|domestic_abuse;knife_sharp_instrument|V (F, {age}) reports ex-partner came to the door at {ntime} on {date} holding a kitchen knife and said he would kill her if she didn't let him see the kids. Left when a neighbour came out. No injury. Suspect outstanding. DASH high.
ref|violence_without_injury|domestic_abuse;modern_slavery|Temple women's group referral: {fname} ({age}) came from India after her marriage and says her husband and mother-in-law keep her passport, make her cook and clean for the extended family from 5am to midnight, and don't let her leave the house alone or have any money. Domestic servitude concerns; NRM discussed {date}.
vcu|violence_without_injury||V (M, {age}), door supervisor at {venue}, reports a customer tried to headbutt him at {ntime} on {date}, making slight contact; no injury. Customer ejected and police attended. V wants to know if he'll be called as a witness.
web|violence_without_injury||My 8 year old was grabbed by the arm by a woman at the park on {date} who said she was taking her home with her. I screamed and she let go and walked off. My daughter is fine but terrified. Please help.
vcu|violence_without_injury||Source N/K. V ({age}) reports a threat to kill made to his face by a former work colleague in the {shop} car park on {date}. No weapon seen. No relationship between them. V wants support to attend court.
ref|violence_without_injury|hate_crime|Disability charity referral: {fname} ({age}), who is autistic, was tripped by a man who called her a 'retard' on {street} on {date}; she fell but wasn't hurt. She has stopped going out. Needs help with confidence and reporting.
web|violence_without_injury|domestic_abuse|my dad threw a cup of tea at me on {date} when i said i was moving out, it wasnt hot and it didnt hurt me. im 23 and still live at home. hes never hit me before. i just want advice.
vcu|violence_without_injury||Bus passenger V (F, {age}) kicked and spat at by a group of schoolchildren on the {bus} on {date}; no injury. She doesn't think they targeted her for any particular reason. Wants operator to check CCTV.
ref|violence_without_injury|knife_sharp_instrument|Tram operator referral: ticket inspector {mname} had a knife pulled on him when he asked a passenger for a ticket at {station} stop on {date}; the passenger waved it at him and got off. No injury. Inspector off work.
vcu|violence_without_injury|domestic_abuse|V says her stepdad grabbed her by the hair during a row on {date}; no injury. V is 19 and lives with mum and stepdad; mum takes his side. V wants housing advice.
ref|violence_without_injury|domestic_abuse|Church pastoral team referral: {fname} {sname} ({oldage}) told the pastor her husband pushes her and grabs her wrists when he's angry, most recently {date}; no injuries. She won't call police herself but wants to talk to someone.
web|violence_without_injury|modern_slavery|I came from Romania for a job in a packing factory. The man who brought us takes all our wages for 'rent' and keeps our ID cards. We are 10 people in one house in {area}. He says if we leave he will hurt our families. I write this from a friends phone on {date}.
ref|violence_without_injury|modern_slavery|{hospital} ED navigator referral: {mname} ({age}) attended on {date} with an untreated burn from a fryer and disclosed he works in a takeaway kitchen for food and a mattress, unpaid for 8 months; boss holds his passport. No assault disclosed. NRM discussed.
vcu|violence_without_injury||V (F, {age}) pushed against a wall by her flatmate during a row over bills on {date}; no injury. Not related, not partners. V left home years ago after her older sister was forced into marriage; no contact with family and she says there is no current honour-based risk.
vcu|stalking_harassment|domestic_abuse|V (F, {age}) describes 6 years of control by her husband: checks receipts, gives her £{small} a week, decides who she sees and times her trips to the shop. No physical violence disclosed. Coercive and controlling behaviour. V ready to leave since {date}; needs IDVA and benefits advice.
web|stalking_harassment|domestic_abuse;online|My ex girlfriend has made fake Instagram accounts to message me after I blocked her, 40+ accounts since {date}. She messages my mum on Facebook as well. Im a bloke so people laugh but its making me ill.
vcu|stalking_harassment|domestic_abuse|Stalking. V (F, {age}) reports ex-partner repeatedly waiting outside her workplace in {area} and following her home, most recently {date}; 11 times in 3 weeks. No online contact. V has changed her routes. Needs stalking advocate.
web|stalking_harassment|domestic_abuse|he controls everything, my bank card, my phone, who i talk to. if i go to my mums he rings every 10 mins untill i come home. he has never hit me so i didnt think it was abuse but my GP said it is. we have been married 12 years. last night ({date}) he took my car keys so i couldnt go to my sisters. i dont know how to leave with the kids.
ref|stalking_harassment|domestic_abuse|Housing provider referral: tenant {mname} {sname} ({oldage}) reports his adult daughter comes to the flat daily demanding money, rings him up to 30 times a day and shouts through the letterbox when he won't open the door, latest {date}. No violence. He is frightened.
vcu|stalking_harassment|domestic_abuse;online|V (M, {age}) reports his ex-husband has been posting about him on Facebook and sending abusive emails to his employer since they separated, most recently {date}. Malicious communications. V wants the posts taken down and support with his employer.
web|stalking_harassment|domestic_abuse;online|ex put an airtag in my car and kept turning up everywhere i went. found it on {date}. he also logs into my snapchat and reads my messages, he knows the password from when we were together.
ref|stalking_harassment|domestic_abuse;online;honour_based_abuse|University referral: student {fname} ({age}) says her uncle and cousins monitor her Instagram and message her that she is shaming the family by having male friends; on {date} a cousin turned up at her halls. She fears being made to leave university. HBA specialist needed.
ref|stalking_harassment|domestic_abuse|IDVA referral after MARAC on {date}: V (F, {age}) subject to coercive and controlling behaviour from her partner, including isolation from family, control of all finances and threats to take the children. DVPN served. Needs ongoing IDVA support.
web|stalking_harassment|domestic_abuse|my son is 34 and keeps coming to my house at night banging on the windows, shouting that i ruined his life. he doesnt live here anymore. it happened on {date} and about 5 times before that. I am 71 and live on my own.
vcu|stalking_harassment|domestic_abuse|V (F, {age}) reports her adult brother has been texting and ringing her with abuse since their father's funeral, calling her a thief over the will; latest {date}. No threats of violence. She has blocked his number but he uses withheld numbers.
ref|stalking_harassment|domestic_abuse|Disability advocacy group: {fname} ({age}), a wheelchair user, says her partner, who is also her carer, takes her phone away, stops her seeing friends and threatens to leave her 'without help' if she complains. No hate element; the control is about the relationship. Needs accessible refuge options. Referral {date}.
web|stalking_harassment|domestic_abuse;online|Since we split up my ex {fname2} has been posting my address and lies about me on TikTok and getting her friends to message me, the latest was {date}. I'm a woman and she's my ex, people think it can't be abuse because we're both girls.
vcu|stalking_harassment|domestic_abuse|V (M, {age}) reports his ex-wife follows him in her car after school drop-off and has been seen parked outside his new address at night at least 6 times, latest {date}. No threats made, no online contact. V has doorbell footage.
web|stalking_harassment|online|Someone has been sending me horrible messages on Instagram from different accounts every day since {date}, calling me fat and ugly and telling me to kill myself. I think its someone from my old job but i cant prove it.
vcu|stalking_harassment|hate_crime;online|V (F, {age}), local councillor, receiving racist abuse by email and on X since {date}, including references to her being Black and telling her to 'go back to Africa'. No direct threats to kill. V wants advice on security at her surgeries.
ref|stalking_harassment|hate_crime;online|LGBT+ group referral: {fname} ({age}), a trans woman, is being harassed on TikTok by a group who repeatedly post her photos and deadname her, since {date}. The posts have revealed where she works. She is frightened to go in.
web|stalking_harassment||my neighbour keeps putting notes through my door and shouting at me every time i go out, calling me a slag and a grass. happened again {date}. been going on since the summer. i havent done anything to her.
vcu|stalking_harassment||Stranger stalking: V (F, {age}) has been followed from {station} station to her street on 4 occasions by the same man since {date}; he now waits near her bus stop. No online contact, no words exchanged. V terrified. Needs stalking advocacy and safety advice.
ref|stalking_harassment|online|University referral: lecturer {fname} {sname} receiving repeated abusive emails from a former student since {date}, some referring to her children's school. No direct threats. The student has been banned from campus.
web|stalking_harassment||A customer at my work ({shop}) has been coming in every day for a month asking me out and waiting for me after my shift. On {date} he followed me to my car. I told him to leave me alone. We have never been in a relationship, i dont even know his surname.
vcu|stalking_harassment|hate_crime|V (M, {age}) and family subjected to repeated racist comments from a neighbour every time they leave the house, including monkey noises at the children, most recently {date}. Ongoing since they moved in. No violence. Housing association aware.
web|stalking_harassment|online|someone made a fake tinder profile with my photos and my phone number and men keep texting me. started {date}. i reported it to tinder but nothing. it feels like someone is doing it on purpose.
vcu|stalking_harassment|online|Former colleague of V (F, {age}), never in a relationship with her, has been writing Facebook posts accusing her of theft and tagging her employer since {date}. V wants the posts removed. Not a domestic.
web|stalking_harassment|online|I sold a sofa on facebook marketplace and the buyer has been messaging me abuse for 2 weeks because he says it had a stain. he found my address from the listing and says he knows where i live. first message was {date}.
vcu|stalking_harassment|hate_crime;online|V (M, {age}), Muslim, receiving anonymous WhatsApp voice notes calling him a terrorist and saying his mosque should be burnt down, since {date}. No threat to him personally. Also reported to Tell MAMA.
ref|stalking_harassment||Nightlife venue referral: bar staff {fname} ({age}) is being sent flowers and letters at work by a regular customer, and he has turned up at her home twice since {date}. She never gave him her address. No relationship. He is now banned from the venue.
vcu|stalking_harassment|domestic_abuse|V (F, {age}) separated from her husband 2 years ago. Since {date} he has been sending letters to her new address and leaving things on her car. No online contact. Previous MARAC in 2023. V wants a non-molestation order and stalking advocacy.
ref|stalking_harassment|domestic_abuse;online|Housing provider referral: tenant {fname} ({age}) says her ex-partner has got into her Facebook and Gmail, changed the passwords and is reading her messages to find out where she is staying, since {date}. She has moved twice.
web|stalking_harassment||keep getting silent phone calls from a withheld number at all hours, about 20 a day since {date}. sometimes someone just breathes. I think its my old boss who sacked me. its not online, just phone calls.
vcu|stalking_harassment|domestic_abuse|V (F, {age}) reports partner demands to see her phone, has stopped her working and checks the mileage on her car; tells her she is useless without him. Last row {date}. Controlling and coercive behaviour. DASH 9; V declines MARAC. Needs outreach.
ref|stalking_harassment|hate_crime|Disability advocacy referral: {mname} ({age}), who has cerebral palsy, is being repeatedly mimicked and called names by teenagers outside his flat, most recently {date}. It has gone on for months. He wants it to stop; not bothered about prosecution.
web|stalking_harassment|domestic_abuse;online|My husband put an app on my phone that lets him see my location and read my messages. I found it on {date}. He also makes me send him photos of where I am. I'm scared of what he'll do if I delete it.
vcu|stalking_harassment|online|V (M, {age}), streamer, being doxxed and harassed on Discord since {date}; his home address was posted and people keep ordering takeaways to his house. V worried about swatting. No DA link.
web|stalking_harassment|domestic_abuse;honour_based_abuse|Since I left my husband my dad and uncles keep turning up at my flat saying I have shamed the family and must go back to him. They ring my work every day. Last time was {date}. I'm scared of what they will do.
ref|stalking_harassment|honour_based_abuse|Community centre referral: {mname} {sname} ({age}) and his wife married against both families' wishes and are being harassed at their shop by men from her community who say they have brought shame on the community; latest {date}. No family members are involved.
vcu|sexual_offences|domestic_abuse|V (F, {age}) disclosed her husband has raped her on several occasions when she said no, most recently {date}. Also controlling around money. Referred to SARC and ISVA with consent. V not ready to give a police statement.
ref|sexual_offences||{hospital} ED navigator referral: {fname} ({age}) attended at {ntime} on {date} believing her drink was spiked at {venue}; she woke in a stranger's flat and believes she was raped. SARC appointment booked. Wants an ISVA.
web|sexual_offences||a man grabbed my bum and tried to put his hand up my skirt on the {bus} bus on {date}. i shouted and he got off. i got a good look at him.
vcu|sexual_offences|online;child_sexual_abuse_exploitation|School referral: pupil ({teen}) groomed on Snapchat by a man claiming to be 17, who persuaded her to send sexual images and then asked to meet; mum found the messages on {date}. Police online child abuse team involved.
ref|sexual_offences|child_sexual_abuse_exploitation|Youth offending team referral: girl aged {teen} on our caseload going missing overnight and being given vapes, alcohol and lifts by adult men in {area}; disclosed sexual activity with one of them on {date}. CSE strategy meeting held. Needs specialist CSE worker.
web|sexual_offences|child_sexual_abuse_exploitation|I want to report what my stepdad did to me from when I was 8 until I was 13. Im 31 now. He still lives in {area}. Ive never told anyone except my counsellor, who I started seeing on {date}. I dont know if there is any point after all this time.
vcu|sexual_offences||Exposure: V (F, {age}) reports a man exposed himself and masturbated on the canal towpath near {street} at {dtime} on {date}. No contact. V now avoids the route; wants updates.
ref|sexual_offences||University referral: student {fname} ({age}) says another student sexually assaulted her in halls on {date} after a night out, touching her breasts while she was asleep. They were not in a relationship. She needs academic adjustments and an ISVA.
web|sexual_offences|domestic_abuse;online|My ex shared intimate photos of me in a WhatsApp group with his mates after we broke up on {date}. One of them sent them to me. I never agreed to them being shared with anyone. I feel sick.
vcu|sexual_offences|modern_slavery|V (F, {age}), Romanian national, found during a warrant at a flat in {area} on {date}; says she was brought to the UK with the promise of a cleaning job and made to sell sex, with her money taken by her controllers. NRM referral accepted. Needs safe house and interpreter.
ref|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|Children's services referral: {fname} ({teen}) was moved between hotels in {area} and other cities by older males and sexually exploited; trafficking concerns. Found on {date}. NRM submitted. Now in a secure placement.
web|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|im 17 and my boyfriend is 24. he makes me do sexual things i dont want to do and says if i leave him he will tell my mum everything. last time was {date}. im scared
vcu|sexual_offences||Upskirting: V (F, {age}) noticed a man filming up her skirt on the escalator at {station} on {date} at {dtime}; BTP arrested him and seized his phone. Voyeurism. V wants court support.
ref|sexual_offences|hate_crime|LGBT+ advocacy referral: {mname} ({age}), a gay man, sexually assaulted in a club toilet at {venue} on {date} by a man who called him a f****t and said he 'deserved it'. Reported to police. Needs an ISVA experienced with male survivors.
web|sexual_offences||i met someone on grindr and when I got to his place on {date} he forced himself on me even after i said stop. i didnt report it at the time. im not out to my family.
vcu|sexual_offences||V (F, {oldage}), care home resident, reports a male carer touched her inappropriately during personal care on {date}. Home has suspended him. Adult safeguarding referral made. V has capacity.
ref|sexual_offences||Taxi operator referral: passenger {fname} ({age}) says the driver put his hand on her thigh and tried to kiss her when he dropped her off at {ntime} on {date}. Driver suspended pending investigation. She wants to know what happens next.
web|sexual_offences|domestic_abuse|My husband forced me to have sex on the night of {date}. We have been married 9 years. He says a husband can't rape his wife. Is that true? I don't want him arrested, I just want to know.
vcu|sexual_offences|online;child_sexual_abuse_exploitation|V (M, {teen}) tricked on Instagram by someone pretending to be a girl his age into sending sexual images, then told to send more or they'd be shared with his school. Mum found the messages on {date}. CEOP report made.
ref|sexual_offences||Nightlife venue welfare team referral: customer {fname} ({age}) reported being groped repeatedly on the dance floor at {ntime} on {date}; suspect identified on CCTV and held for police. Not spiked. She wants updates.
vcu|sexual_offences||Non-recent: V (F, 41) reports being raped by a stranger after a night out in {area} in 2009, when she was 25. She feels ready to report now; first contact {date}. No contact with the suspect since.
web|sexual_offences|domestic_abuse;honour_based_abuse|My cousin (hes 30) raped me at a family wedding on {date}. When I told my aunt she said I would bring shame on the family if I told anyone and they would send me away. Im 22. I havent told anyone else.
vcu|robbery|knife_sharp_instrument|V (M, {yage}) robbed at knifepoint on {street} at {ntime} on {date} by two males on a moped; phone and AirPods taken. Knife held to his stomach. No injuries. V needs help replacing his phone and some reassurance.
web|robbery||got mugged on the way home from {venue}, 3 lads pinned me against a wall and took my wallet and phone. {date} about {ntime}. they punched me in the face too, ive got a black eye
ref|robbery||{hospital} ED navigator: {mname} ({age}) attended with facial fractures after being attacked and robbed of his watch and bank cards near {station} station on {date}. He's a delivery rider and his bike was taken too. Needs help with insurance and work.
vcu|robbery||Phone snatch with force: V (F, {age}) held on when a male on a bike grabbed her phone on {street} on {date}, and was dragged to the ground; grazes to knees. Suspect rode off with the phone. V needs an insurance letter, crime ref {crn}.
web|robbery|knife_sharp_instrument|Two men in balaclavas came into the shop where I work at {ntime} on {date}, one had a machete and told me to open the till. They took about £{amount} and cigarettes. Im still shaking. The owner says I should of pressed the alarm.
ref|robbery||Youth offending team referral: our young person ({teen}) was surrounded by a group in {area} park on {date} and made to hand over his trainers and jacket after being told he'd get a beating. No weapons seen. He's scared to go to school.
vcu|robbery||Street robbery {date} {ntime}, {area}. V (M, {age}) says the suspect claimed to have a gun and demanded his phone; no gun seen. V handed it over. No injuries. V doesn't believe there was a gun but was too scared to argue.
web|robbery|domestic_abuse|my ex boyfriend grabbed my handbag off me on {date} and twisted my arm until I let go, then took my purse and bank card and drove off. he already owes me money. my wrist is sprained.
vcu|robbery||V (M, {oldage}) followed home from the post office on {date} and pushed over at his front gate; the man took his wallet with £{small} in it. Bruised hip. Lives alone, very shaken. Needs befriending and door security.
ref|robbery|knife_sharp_instrument|Rail operator referral: train guard {fname} {sname} threatened with a screwdriver by a man demanding the revenue bag at {station} on {date}; bag with £{small} taken. Guard not physically hurt but off work since.
web|robbery|online|Arranged to sell my PS5 to a buyer on Facebook Marketplace on {date}. When I got there 2 of them grabbed it, punched me and drove off. The account was fake and got deleted straight after. Police have the number plate.
vcu|robbery|hate_crime|V (M, {age}), Sikh, robbed of his phone at {station} station on {date} by three males who pulled at his turban and shouted racist abuse; turban knocked off. Minor injuries. Recorded as racially aggravated.
ref|robbery||Nightlife venue referral: customer {mname} ({age}) was followed out of {venue} at {ntime} on {date} and punched by a man who took his chain and wallet; door staff gave first aid for a cut lip. CCTV retained.
web|robbery||two kids on bikes came up to my son (12) on {street} on {date} and said give us your phone or we'll batter you. he gave it them. hes not hurt but he wont go out now.
vcu|robbery|knife_sharp_instrument|Business robbery at {shop}, {street}, {date} {ntime}: male came in with a knife, threatened staff member V ({age}) and took cash from the till. V not injured. Suspect detained nearby. V wants court support and counselling.
ref|robbery||University referral: international student {fname} ({age}) had her bag torn from her shoulder on {street} on {date}; the strap cut into her neck and she was pulled over. Bag had her passport and laptop. Needs embassy and university letters.
web|robbery||man came up behind me at the cash machine on {street} on {date} and put me in a headlock until I gave him my card and pin, he took £{mid}. im ok physically but i keep replaying it.
vcu|robbery||V (M, {yage}), food delivery rider, knocked off his moped by two males who rode off on it, {date} {ntime}, {area}. Minor grazes. No weapons. Employer aware. V needs help replacing work kit.
ref|robbery||Taxi firm referral: driver {mname} robbed of his takings (£{small}) by a passenger who grabbed him by the throat on {street} at {ntime} on {date}. No weapon. Neck pain. Dashcam available.
web|robbery||on {date} about {dtime} a man and a woman pushed me against the fence at the bus stop and took my handbag. im 78 with a bad hip. they got my pension money.
vcu|robbery||Attempted robbery {date}: V (F, {age}) approached on {street} by a male who grabbed her phone and tried to wrestle it off her; she kept hold and he ran off. No injury. V wants safety advice.
ref|robbery|knife_sharp_instrument|Youth offending team referral: {mname} (15) robbed of his scooter and phone at knifepoint in {area} on {date}; the offender held a blade to his neck, small cut. Family want him moved school.
vcu|robbery||V (F, {age}) at a cashpoint on {street} at {ntime} on {date}: a male held her arm while another took her card from the machine along with £{mid}. No injury. V has reported to the bank.
web|robbery||held down by 2 men in the {station} station car park on {date} who took my car keys and then my car. I had a cut head. Car was found burnt out the next day.
vcu|burglary||Residential burglary {date}, {street}: back door forced while V (F, {age}) was at work; jewellery including her late mum's ring and a laptop taken. V very distressed by the sentimental loss. Needs locks and target hardening.
web|burglary||came back from holiday on {date} and someone had been in through the kitchen window, took the tv, ps5 and about £{small} cash. they went through all my drawers, even my underwear. i cant sleep in the house now, i keep thinking there coming back. my daughter is 6 and she wont go in her room. the police came and took fingerprints but said not to expect much. is there any help for getting better locks, i cant afford it after christmas.
vcu|burglary|knife_sharp_instrument|Aggravated burglary: two masked males entered V's home in {area} at {ntime} on {date}, one waving a large knife at V (M, {age}); they took watches and cash. No injuries. V and his partner terrified and want to move.
ref|burglary||Housing provider referral: tenant {fname} {sname} ({oldage}) let in two men claiming to be from the water board on {date}; while one kept her talking the other went upstairs and took £{mid} from her bedroom. Distraction burglary. She lives alone.
vcu|burglary|domestic_abuse|V (F, {age}) reports her ex-partner used an old key to let himself into her flat on {date} while she was out and took her laptop and the children's passports. No violence. DA; previously high risk.
web|burglary||shed broken into last night ({date}), padlock cut off, took the lawnmower and power tools. third one on our road.
ref|burglary||Gurdwara committee referral: {area} gurdwara broken into overnight on {date} and donation boxes taken. Volunteers upset. Police do not believe it was targeted because of faith; no hate element recorded.
vcu|burglary||Business burglary at a convenience store on {street}, {date}: shutters forced at {ntime}, vapes and cigarettes taken. Owner V (M, {age}) has had 3 burglaries this year. Needs support and a crime prevention survey.
web|burglary||someone came in my house while i was asleep on {date} and took my handbag and car keys from the hall. the door wasnt locked. car is still here thank god. theres a footprint on the carpet.
vcu|burglary||Student burglary {date}: V ({age}) and housemates in {area}; laptops and two bikes taken from the hallway overnight through an insecure back door. University informed. Needs replacement laptop advice.
ref|burglary|hate_crime|Synagogue trustees referral: {area} synagogue broken into on {date}, items stolen and antisemitic messages written on the walls. Treated as a hate crime. Trustees want support for the congregation.
web|burglary||Someone got into our garage on {date} and stole 2 mountain bikes and a toolbox. Garage is attached to the house. Side door forced. crime ref {crn}
vcu|burglary|domestic_abuse|V (M, {oldage}) reports his grandson ({yage}) got in through a window on {date} while V was in hospital and took his savings tin with £{mid}. Grandson doesn't live there. V doesn't want him in trouble.
ref|burglary||Student services referral: {fname} ({age}) woke at {ntime} on {date} to find a man in her room in halls; he left when she screamed, taking her phone. No assault. She has moved rooms but isn't sleeping.
web|burglary||they smashed the glass in the front door and took the keys off the hook and had everything, TV, laptop, my sons xbox. {date}. nobody heard a thing. police came but said no fingerprints.
vcu|burglary||Attempted burglary {date} {ntime}: V (F, {age}) heard someone trying the back door handle and then forcing the lock; they ran when she put the light on. Nothing taken, lock scratched. V lives alone and wants a doorbell camera.
ref|burglary||Care agency referral: Mrs {sname} ({oldage}) let in a man posing as a council worker on {date}; he took her purse and bank cards from the kitchen while she made him a drink. £{mid} later withdrawn from her account.
web|burglary||Our house was burgled on {date} while we were at the hospital, they took the car keys and the car off the drive. Car found in {area} later, damaged.
vcu|burglary||V (M, {age}), small business owner, reports his office in {area} broken into overnight {date}; laptops and petty cash taken. Staff anxious. No previous incidents.
web|burglary|domestic_abuse|my brother keeps coming in my flat when im not there, he climbed in the window on {date} and took my bank card and my medication. hes 29. i have told him not to come in.
web|vehicle_offences||car nicked off the drive overnight {date}, keyless entry i think. police said it'll be in a container by now. ref {crn}
vcu|vehicle_offences||Theft from motor vehicle: V (M, {age}), plumber, had his van broken into on {street} on {date} and all his tools taken, approx £{amount}. Can't work. Needs help with insurance and hardship.
web|vehicle_offences||catalytic converter cut off my car in the {shop} car park on {date} in broad daylight. second time this year
ref|vehicle_offences||Taxi firm referral: driver {mname}'s cab was stolen from outside his home in {area} on {date}; it is his only income. Recovered later, damaged. He wants support dealing with the insurer.
vcu|vehicle_offences||V (F, {age}) saw two males trying car door handles along {street} at {ntime} on {date}; her car had been opened and the glovebox rifled, nothing taken. Vehicle interference. V wants crime prevention advice.
web|vehicle_offences||left my car unlocked on {street} on {date} like an idiot and someone took my laptop bag off the back seat
vcu|vehicle_offences|domestic_abuse|V (F, {age}) reports her ex-husband took her car without consent on {date} using the spare key he kept and has not returned it; car is in her sole name. No other contact. DA history; previous DVPO.
ref|vehicle_offences||Disability advocacy referral: {fname} ({age})'s adapted Motability car was stolen from outside her house on {date}. She's housebound without it. No hate element suspected. Needs urgent help with a replacement.
web|vehicle_offences||number plates taken off my car on {street} {date}. worried someone will use them
vcu|vehicle_offences||Aggravated vehicle taking: V's car stolen from {street} on {date} and crashed into a wall in {area} the same night; written off. V (M, {oldage}) relies on it for hospital trips. Needs transport support.
web|vehicle_offences||motorbike got nicked from outside work on {date}, chain cut. its my only way to get to work for 5am. ref {crn}
ref|vehicle_offences||Housing provider referral: cars in the {area} estate car park broken into repeatedly; tenant {mname} {sname} had his sat nav and dashcam taken on {date}. He wants better lighting and CCTV.
vcu|vehicle_offences||V (F, {age}) found a male sitting in her car on the drive at {ntime} on {date}; he ran off. Ignition barrel damaged. Attempted theft of motor vehicle. V has young children and feels unsafe.
web|vehicle_offences||My van was stolen on {date} from {street} with £{amount} of stock in the back. Found 2 days later empty. i run a small business and this might finish me.
vcu|vehicle_offences||Fuel and number plates stolen from a lorry parked on {area} industrial estate on {date}; driver V (M, {age}) was asleep in the cab and woke at {ntime} to hear them. Not confronted. Haulage firm referred for driver welfare.
ref|vehicle_offences||Nightlife venue referral: staff member {fname}'s car was stolen from the staff car park while she was on shift on {date}; she still has both keys. She finishes at {ntime} and has no way home now.
web|vehicle_offences||someone tried to get into my car last night ({date}), lock all bent and the door trim pulled. didnt get in. is this even worth reporting
vcu|vehicle_offences||V (M, {age}) reports his car was taken from the {shop} car park on {date} while he was shopping; keys in his pocket the whole time. No suspects. Needs help with a courtesy car.
web|vehicle_offences|domestic_abuse|My son (hes 27) took my car without asking again on {date} and I found it with parking tickets on. He does it all the time and he lives with me. I dont want him arrested, just to stop.
web|theft_from_person||phone nicked out my back pocket on the {bus} bus {date}, didnt feel a thing
vcu|theft_from_person||V (F, {age}) had her purse taken from her handbag while on a packed tram to {station} on {date} at {dtime}; only noticed when she got off. Cards cancelled. Upset as the purse had photos of her late son.
web|theft_from_person||someone on a bike snatched my phone out of my hand while i was on a call on {street} on {date}. didnt touch me, just grabbed it and went. im fine just shocked
ref|theft_from_person||Nightlife venue referral: customer {fname} ({age}) had her phone taken from the bag on her shoulder in the crowd at {venue} around {ntime} on {date}; Apple Pay then used to spend £{mid}. CCTV shows a known pickpocket group.
vcu|theft_from_person||Pickpocket at {station} station on {date}: V (M, {oldage}) had his wallet lifted from his inside jacket pocket while boarding. Contained £{small} and his bus pass. V lives alone and wants reassurance.
web|theft_from_person||phone took out my pocket at {venue} {date}, iphone 15
ref|theft_from_person||Bus operator referral: passenger {fname} {sname} ({oldage}) told the driver her purse had been taken from the shopping bag on her arm on route {bus} on {date}. Driver kept CCTV.
web|theft_from_person||had my airpods snatched out of my ears on {street} on {date} by some lads on bikes. they just rode off laughing. nobody hurt me
vcu|theft_from_person||V (M, {yage}) had his chain snatched from his neck outside {venue} at {ntime} on {date}; no injury, the chain just snapped. V thinks a group of males had been watching him. CCTV requested.
web|theft_from_person||I was at the christmas market on {date} and someone unzipped my backpack while I had it on and took my purse and keys. Now I have to change my locks because my address was in there. Can someone help with the cost?
ref|theft_from_person||University referral: international student {mname} ({age}) had his phone taken from his jacket pocket at a freshers event at {venue} on {date}. Bank cards in the phone case cancelled. Needs help with a replacement phone and his visa paperwork.
vcu|theft_from_person||V (F, {age}) reports a man bumped into her on {street} on {date} and when she checked her bag her phone had gone. No force used. Find My shows it in {area}. V asks if police will go round.
vcu|theft_from_person||Phone snatched from V's (F, {age}) hand at the {bus} bus stop on {date} at {dtime} by a male on an e-bike. No injury, no contact with her. V has insurance and needs crime ref {crn}.
ref|theft_from_person||Taxi firm referral: driver {mname} had his phone taken from his shirt pocket by a passenger who hugged him to 'thank' him at the end of the fare on {date}. He only noticed later.
web|theft_from_person||A woman asked me for directions near {station} and while I was looking at the map her mate took my wallet out of my bag. {date} about {dtime}. Im on holiday here and all my cards are gone.
vcu|theft_from_person||V (M, {age}), who is blind, had his phone taken out of his hand by someone who asked him the time at {station} on {date}. No force or threats. V does not believe he was targeted out of hostility to his disability. Needs a replacement phone with accessibility features.
web|theft_from_person||bag got dipped on the {bus} bus, purse gone, {date}. hate this city sometimes
ref|theft_from_person||Nightlife venue referral: customer {fname} ({age}) had her necklace unclasped and taken from her neck while dancing at {venue} at {ntime} on {date}. No injury. Family heirloom. Wants CCTV reviewed.
vcu|theft_from_person|domestic_abuse|V (F, {age}) says her ex-partner snatched her phone out of her hand in the street on {date} to read her messages and walked off with it; no other physical contact. Phone not returned. DA history, DASH medium.
web|theft_from_person||fell asleep on the last train home ({date}) and woke up without my phone, it was in my hand when i nodded off. probably someone who got off at {station}.
ref|theft_from_person||Cathedral welcome team referral: visitor {fname} {sname} ({oldage}) had her purse taken from the handbag on her shoulder during the service on {date}. Very upset.
web|theft_from_person||was looking at google maps outside {shop} on {date} and a kid on a bike took my phone right out of my hand and cycled off. didnt push me or anything
vcu|theft_from_person||V (M, {yage}) had his wallet lifted at {venue} around {ntime} on {date}; cards then used contactless in 3 shops. Bank refunding. Needs crime ref for the bank ({crn}).
ref|theft_from_person||Housing provider referral: tenant {mname} {sname} ({oldage}), who uses a walking frame, had his wallet taken from his coat pocket by a 'helpful' stranger who helped him onto the bus on {date}.
vcu|theft_from_person||V (F, {age}) had her phone snatched from her hand outside {venue} at {ntime} on {date}; no force to her, suspect ran towards {station}. V had been drinking and couldn't give a description. Wants info on the taxi marshal scheme.
web|bicycle_theft||bike nicked from the rack outside {station} station {date}, d-lock cut. third one this year
vcu|bicycle_theft||V (M, {age}), NHS nurse, had his bike stolen from the cycle store at {hospital} during a night shift on {date}. Needs it to get to work. Hospital security checking CCTV.
ref|bicycle_theft||University referral: student {fname} ({age})'s bike was stolen from outside the library on {date}; she has the frame number and photos. Wants advice on getting it back.
web|bicycle_theft||my sons bike was took from our front garden on {date}, it wasnt locked. hes 10 and gutted
vcu|bicycle_theft||V (F, {age}) reports her pedal-assist e-bike stolen from outside {shop} on {date} at {dtime}; it was cable-locked. Worth £{mid}. V uses it for her delivery job.
web|bicycle_theft||Bike stolen from outside my flat on {street} on {date}, it was chained to the railings. Chain cut. Nobody saw anything.
ref|bicycle_theft||Youth offending team referral: a young person ({teen}) we work with had his bike taken from outside the leisure centre in {area} on {date}; he thinks he knows who took it. No threats or force. He wants it back more than anything.
vcu|bicycle_theft||Cycle theft, {street}, {date}: V (M, {oldage}) left his bike unlocked outside the newsagent for two minutes and it was gone. Not insured. V rides daily for his health.
web|bicycle_theft||cargo bike with the kids seats stolen from outside nursery on {date} between 8.30 and 5, it was locked to the fence. £{amount} bike. please help
ref|bicycle_theft||Rail operator referral: cyclist {mname} {sname} had his folding bike taken from the luggage rack on the train while he sat a few seats away on {date}. BTP ref {crn}.
vcu|shoplifting||V is {fname} {sname}, owner of a corner shop on {street}; the same group of teenagers steal sweets and energy drinks several times a week, most recently {date}. No violence or threats. V feels worn down and wants a police visit.
ref|shoplifting||Retail crime partnership referral: manager at {shop} reports repeated theft of meat and spirits by a known male, latest {date}, approx £{small}. Staff not threatened. Manager asks for support with staff morale.
web|shoplifting||I run a charity shop and a woman keeps coming in and stealing donated clothes, {date} was the 4th time. She just walks out. The volunteers are elderly and scared to say anything.
vcu|shoplifting||Shoplifting at {shop} {date} {dtime}: male took £{small} of razors and make-up and walked out past staff; no confrontation. Staff member V ({age}) recognised him. V wants to know if she'll have to go to court.
web|shoplifting||my shop on {street}, someone took 2 bottles of vodka from behind the counter while i was in the back, {date}. caught on camera
ref|shoplifting||Pharmacy referral: the pharmacy on {street} had baby formula stolen for the third time this month on {date}. Staff did not intervene. Pharmacist asks for crime prevention advice.
vcu|shoplifting|hate_crime|Shop owner V (M, {age}) on {street}: a man stole a crate of beer on {date} and as he left called V a racist name and told him to go back to his own country. No threats of violence, no force used. V upset by the abuse more than the theft.
web|shoplifting||staff here (duty manager at {shop}). lad walked out through the self checkout with a full trolley on {date} at {dtime} while we were short staffed. not sure if this is the right place.
vcu|shoplifting||V ({age}) is a security officer at {shop}; on {date} two women filled bags with clothes and ran out, no contact with staff. Store has had 30+ incidents this quarter. V wants to know what support there is for staff.
ref|shoplifting||Youth offending team referral: victim is {fname} {sname}, manager of a sports shop in {area}; our young person stole trainers on {date} and the manager has agreed to a restorative justice meeting.
ref|other_theft||Taxi firm referral: passenger did a runner without paying a £{small} fare on {street} at {ntime} on {date}; driver {mname} not hurt but fed up, fourth time this month. Making off without payment.
web|other_theft||parcel stolen off my doorstep on {date}, the delivery photo shows it there at {dtime} and 10 mins later it was gone. neighbours ring doorbell shows a woman take it
vcu|other_theft|domestic_abuse|V (F, {oldage}) reports her adult son has been taking cash from her purse and pawning her jewellery for months, latest {date}; about £{amount} in total. He lives with her. V ashamed; wants him to get help with his gambling.
web|other_theft||my phone was on the table at {venue} on {date} and someone swiped it while we were talking. it was right next to me but not in my hand. cctv might show it
ref|other_theft||Housing provider referral: a care worker is suspected of taking £{mid} from a tenant's savings box at {street} sheltered housing, noticed {date}. Tenant ({oldage}) has capacity and wants police involved. Agency informed.
vcu|other_theft||Blackmail: V (M, {age}) received a hand-delivered letter on {date} threatening to tell his wife about an affair unless he pays £{amount}. He suspects a former acquaintance. Needs advice and emotional support.
web|other_theft||my handbag was on the back of my chair at {venue} on {date} and when i went to leave it was gone, purse and keys in it
vcu|other_theft||Theft by employee: V is {fname} {sname}, owner of a café on {street}; a staff member took approx £{amount} from the till over 3 months, found on {date}. Employee dismissed. V wants to pursue it.
ref|other_theft||Nightlife venue referral: customer {mname} ({age})'s coat, with wallet and keys, taken from the cloakroom at {venue} on {date}; ticket system failed. Wants help with changing locks.
web|other_theft||someone has been stealing my post, bank letters and my new bank card never arrived. noticed on {date}. i live in a block with shared letterboxes
vcu|other_theft|domestic_abuse|V (M, {age}) reports his ex-girlfriend took his TV, games console and his late dad's watch when she moved out on {date}; she had a key and was allowed in at the time. DASH standard. V wants his things back.
web|other_theft||fuel drive off at our garage on {date} at {ntime}, £{small} of diesel, same car as last week. staff upset
ref|other_theft||{hospital} ED navigator referral: patient {fname} ({age}) had her phone and purse taken from her bedside locker while she was in X-ray on {date}. Ward staff aware. She has no money to get home.
vcu|other_theft||Plants, garden ornaments and a solar light taken from V's front garden on {date}. V (F, {oldage}) lives alone and feels targeted; neighbours have had the same.
web|other_theft||My son's school bag with his laptop in it was taken from the changing rooms at the leisure centre on {date} while he was swimming. Wasn't locked up. {crn}
ref|other_theft||Taxi firm referral: passenger {fname} left her handbag in a cab on {date} and the next passenger was seen on the in-car camera taking it. Bag not handed in.
vcu|other_theft|domestic_abuse|V (F, {age}) reports her ex-husband took her jewellery and her mum's savings bonds from the house when he moved out on {date} and refuses to give them back. No other contact. DA; previous DASH standard.
web|other_theft||Someone took the wallet I dropped on the {bus} bus on {date}, the driver saw them pick it up and walk off. Theres a tracker card in it showing its in {area}.
web|criminal_damage_arson||someone keyed my car down both sides on {street} on {date}. £{mid} to fix
vcu|criminal_damage_arson|domestic_abuse|V (F, {age}) reports her ex-partner smashed her front window with a brick at {ntime} on {date} after she refused to let him in. No one hurt. He has damaged her car before. V fears next time he will bring a knife, though none was seen. DASH high; MARAC referral.
ref|criminal_damage_arson|hate_crime|Islamic centre committee referral: swastikas and anti-Muslim slogans sprayed on the wall of the {area} Islamic centre on {date}. Committee wants reassurance patrols and help with cleaning costs.
vcu|criminal_damage_arson||Arson: V's (M, {age}) car set on fire on his drive at {ntime} on {date}; fire spread to the porch. Family got out safely. No known motive; V denies any dispute with anyone. Needs emergency rehousing support.
web|criminal_damage_arson||kids kicked my garden fence in again on {date}. third time, £{small} each time to fix it. im a pensioner
vcu|criminal_damage_arson|hate_crime|V (F, {age}) and her wife had paint thrown over their car and 'dykes' sprayed on the bonnet outside their home on {street} on {date}. V wants CCTV fitted.
ref|criminal_damage_arson||Housing provider referral: tenant {fname} {sname}'s front door was set alight with accelerant through the letterbox at {ntime} on {date}; she was home with her kids and the smoke alarm woke them. No injuries. Police investigating arson with intent to endanger life.
web|criminal_damage_arson|domestic_abuse|My girlfriend smashed up my flat on {date} when I said I wanted to break up, broke my TV, laptop and the bathroom mirror. She didn't touch me. I'm a guy, she's 26. I want her to pay for it.
vcu|criminal_damage_arson||Criminal damage to V's (M, {age}) shop window on {street} at {ntime} on {date}; smashed by a drunk male who then walked off. On CCTV. V not hurt. No hate element.
ref|criminal_damage_arson||Youth offending team referral: restorative justice request from {fname} {sname}, whose greenhouse and car windscreen were smashed by two of our young people on {date}. She is willing to meet them.
vcu|criminal_damage_arson|domestic_abuse|V (M, {oldage}) reports his granddaughter ({yage}) broke his glasses, his phone and the bedroom door during an argument about money on {date}. He was not touched. She stays with him most weekends. V wants her to get help.
web|criminal_damage_arson|hate_crime|Someone wrote 'P*** out' on our front door in spray paint on {date}. We are the only Asian family on the street. My kids saw it before school.
ref|criminal_damage_arson||Bus operator referral: windows on a route {bus} bus smashed by a thrown stone at {ntime} on {date} in {area}; driver {mname} showered with glass but unhurt, very shaken. Operator asks for victim support for him.
vcu|criminal_damage_arson||Wheelie bins set alight outside the block on {street} at {ntime} on {date}; V (F, {age}) smelled smoke, fire service attended, cladding scorched. Residents scared. No suspects.
vcu|criminal_damage_arson|domestic_abuse|V reports her father punched a hole in her bedroom door and broke her laptop on {date} after finding out she was dating. V is 20 and lives at home. No assault. No honour-based concerns raised; V says he is 'just strict'.
ref|criminal_damage_arson||Church referral: the church minibus had all its windows smashed in the car park on {date}; nothing taken. Churchwarden {mname} {sname} asks for crime prevention advice. No sign it was targeted for religious reasons.
web|criminal_damage_arson||car window smashed outside my house on {street} on {date}, nothing taken, they didnt even try to get in. just random
vcu|criminal_damage_arson||Front door of V's (M, {age}) flat kicked in by a man looking for the previous tenant at {ntime} on {date}; he did not come in. V frightened he'll come back. Housing notified.
vcu|criminal_damage_arson|domestic_abuse|V (M, {age}) reports his boyfriend set fire to his clothes in the back garden on {date} after an argument. No one hurt, no other damage. Same-sex relationship; first incident reported.
vcu|criminal_damage_arson|domestic_abuse;honour_based_abuse|V (F, {age}) reports her brothers smashed up her car outside her flat on {date}, saying she had disgraced the family by moving in with her boyfriend. No physical assault. V has cut contact and asks for an HBA specialist.
web|drug_offences||the flat above me is dealing drugs, people coming and going all night, you can smell weed on the stairs. {street}, flat number not recorded. started about {date}
vcu|drug_offences||V (F, {oldage}) reports young men dealing from a car parked outside her house on {street} most evenings, latest {date} at {ntime}. Exchanges seen. No threats to V. She wants them moved on.
ref|drug_offences||Housing provider referral: cannabis grow found at a rented house on {street} on {date} when the landlord inspected; tenant has gone. Landlord {mname} {sname} referred for support; very distressed and worried about his insurance.
vcu|drug_offences||Parent call: V (F, {age}) found out her son's friend's older brother is supplying her son ({teen}) with cannabis; saw the handover on {date}. No exploitation indicators identified at this stage. V wants advice.
ref|drug_offences||Nightlife venue referral: door staff found a customer with 14 wraps of cocaine at {venue} at {ntime} on {date}; detained for police. Venue manager {fname} {sname} wants guidance on staff giving evidence.
web|drug_offences||people taking drugs in the stairwell of my block on {street}, found needles on {date}. my kids play there. nobody does anything
vcu|drug_offences||Community call: V ({age}) reports a house on {street} being used to deal crack, up to 30 visitors a day, since about {date}. V not threatened. Wants to report anonymously.
ref|drug_offences||University referral: security found nitrous oxide canisters and a bag of ketamine in a student room in halls on {date}. The flatmate ({age}) who reported it is anxious and wants support; not a victim of any other offence.
web|drug_offences||my 19 year old keeps bringing weed dealers round the house and i found scales and little bags in his room on {date}. i dont want him arrested, i want them to stop coming round.
vcu|drug_offences|online|V (F, {age}), a teaching assistant, reports a dealer advertising cannabis and pills on Snapchat to pupils at her school; screenshots from {date} passed to police. No child known to have been harmed.
ref|possession_of_weapons||Nightlife venue referral: door search at {venue} found a lock knife in a customer's sock at {ntime} on {date}; customer detained. No threats made. Door supervisor {mname} ({age}) asked for debrief support.
vcu|possession_of_weapons||School referral: pupil ({teen}) found with a kitchen knife in his bag on {date}; said it was 'for protection'. No one was threatened with it. Family need support.
web|possession_of_weapons||Saw a man with a gun tucked in his waistband on the {bus} bus on {date} around {dtime}, he didnt point it at anyone. I got off at the next stop. Im really shaken up.
vcu|possession_of_weapons||V (M, {age}), taxi driver, found a machete left in the back of his cab after dropping off passengers at {ntime} on {date}. Nobody threatened him. Handed to police.
ref|possession_of_weapons||Youth offending team referral: mum of a young person ({teen}) found a zombie knife in his bedroom on {date} and handed it in. YOT concerned for his safety. No one has been threatened.
vcu|possession_of_weapons||V (F, {age}) saw her neighbour walking down the street with a samurai sword on {date}; he did not threaten anyone. V frightened because of previous arguments with him.
ref|possession_of_weapons||Rail operator referral: staff member {fname} {sname} noticed a passenger with an imitation firearm sticking out of his bag at {station} on {date}; it was not brandished. BTP arrested him. Staff member anxious about court.
vcu|possession_of_weapons||V (M, {age}) reports his flatmate keeps a knuckleduster and a lock knife and takes them out with him; seen {date}. No threats to V. V wants to move out.
ref|possession_of_weapons||Nightlife venue referral: door staff took a CS gas canister off a customer at {venue} on {date}; it was not used. Customer arrested. Manager {fname} {sname} wants staff support.
web|possession_of_weapons||group of lads outside the chippy on {street} on {date} had a big knife out showing it to each other, not pointing it at anyone, just messing about. i was with my kids and felt scared.
web|public_order|hate_crime|man on the {bus} bus shouted at me and my friend to go back to our own country and called us a racial slur on {date}. he didnt touch us. driver told him to get off
vcu|public_order||Fight between two groups outside {venue} at {ntime} on {date}; V (F, {age}), bar staff, saw it from the doorway and was very frightened. She was not hurt or targeted. Violent disorder investigation.
ref|public_order|hate_crime|LGBT+ group referral: two women ({fname} and {fname2}) holding hands on {street} on {date} were shouted at with homophobic abuse by a group of men; no physical contact. They want reassurance and to speak to the hate crime officer.
web|public_order||drunk guy in {venue} screaming abuse at staff and customers on {date} around {ntime}, swearing at me and calling me every name under the sun. im the manager. he didnt threaten to hurt anyone
vcu|public_order|hate_crime|V (M, {age}), Polish, shouted at in the queue at {shop} on {date} by a woman saying 'you lot are taking our jobs' and swearing at him. No physical contact. V felt humiliated in front of his daughter.
ref|public_order||Taxi firm referral: driver {mname} subjected to foul-mouthed abuse by a group of passengers who refused to get out of the cab at {ntime} on {date}; no violence, no threats. He felt alarmed and distressed.
web|public_order|hate_crime|Im a trans woman and on {date} at {station} a group of men laughed at me and shouted 'thats a bloke' and other disgusting things for the whole platform to hear. Nobody stepped in.
vcu|public_order||Disturbance at the {area} food bank on {date}: man shouting and swearing at volunteers and kicked over a table. V ({age}), volunteer, distressed. No injuries, no damage.
ref|public_order|hate_crime|Disability advocacy referral: {mname} ({age}), a guide dog user, was shouted at by a taxi driver who refused to take the dog and called him a 'blind parasite' on {date}. No physical contact. He wants the driver's licence reviewed.
web|public_order||group of lads on {street} on {date} about {ntime} shouting abuse at everyone walking past, told me to f*** off and called me a fat cow. didnt touch me
vcu|public_order||Disorder at {area} football ground on {date}; V (M, {oldage}), a steward, caught up in the crowd as bottles were thrown. Not injured. Violent disorder investigation. V wants support to give evidence.
ref|public_order|hate_crime|Synagogue security referral: a man stood outside {area} synagogue on {date} shouting antisemitic abuse at people arriving for Shabbat; no physical contact. Congregation frightened.
web|public_order|domestic_abuse|my ex turned up outside my work on {date} screaming and swearing at me in front of customers, calling me a wh*re. he didnt touch me or threaten me. first time since we split.
vcu|public_order||Road rage: V (F, {age}) sworn at and called names by another driver who got out at the lights on {street} on {date} and banged on her window; he didn't touch her or damage the car. V shaken.
ref|public_order|hate_crime|Church referral: Pastor {mname} {sname}, who is Nigerian, was abused in the street on {date} by a man shouting racist and anti-Christian insults; no physical contact, no threats to harm him. Congregation shaken.
web|public_order||people at the next table in {venue} kept shouting sexual comments about me and my friends on {date}, and when we complained they started screaming at us. staff did nothing
vcu|public_order||V (M, {age}) reports a neighbour shouted and swore at him over the fence on {date}, calling him a nonce in front of other neighbours. No previous incidents, no threats of violence.
ref|public_order|hate_crime|University referral: Chinese students {fname} and {mname} had 'virus' shouted at them by a group on {street} on {date}, with fake coughing and racist gestures. No contact. International office supporting.
vcu|misc_crimes_against_society|online;child_sexual_abuse_exploitation|V (F, {teen}) found out on {date} that nude images of her, taken when she was seeing a boy in her year, are being shared in Snapchat groups at school. School informed. Indecent images offence being investigated. Mum wants support.
web|misc_crimes_against_society||A driver was tailgating me then overtook on a blind bend and slammed his brakes on in front of me on the {area} bypass on {date}. I nearly crashed. I have dashcam. Nobody was hurt.
vcu|misc_crimes_against_society|domestic_abuse|V (F, {age}) reports her ex-partner was seen at the end of her road on {date}, in breach of his bail conditions; no contact made. V anxious. DA flagged, OIC informed.
ref|misc_crimes_against_society||Witness care referral: {mname} {sname} ({age}), a prosecution witness in an assault trial, was offered money by the defendant's brother on {date} to 'forget what he saw'. Perverting the course of justice being investigated. Witness needs reassurance.
vcu|misc_crimes_against_society||V (M, {age}) reports his neighbour said he would burn V's car out if he kept parking outside his house, {date}. No threat to V personally. No previous incidents. V worried.
vcu|misc_crimes_against_society|child_sexual_abuse_exploitation|V (F, {age}) found indecent images of children on her partner's laptop on {date} and reported it. V is not herself a victim of any offence; partner has left. Needs support for herself and her children, who are not believed to be involved.
web|misc_crimes_against_society||idiot doing wheelies and driving on the pavement in a car outside the school on {street} at {dtime} on {date}, nearly hit some kids. got his plate
vcu|misc_crimes_against_society||Dangerous driving: V (M, {age}), cyclist, cut up and nearly knocked off by a van overtaking at speed on {street} on {date}; no contact, no injury. Helmet cam footage submitted.
web|misc_crimes_against_society||My neighbour said on {date} hes going to put my windows in if my dog barks again. He hasnt done anything yet. Can the police have a word?
ref|misc_crimes_against_society|domestic_abuse|IDVA referral: ex-partner of {fname} ({age}) was arrested on {date} for breaching bail by going to her workplace; he did not speak to her. She wants updates on the remand hearing.
web|fraud_computer_misuse|online|I met a man called {mname} on Plenty of Fish in the spring. He said he was an engineer working on an oil rig and we talked every day for months, he sent me poems and called me his wife. Then he needed money for a customs fee and then a medical bill, I sent £{amount} altogether, the last payment was {date}. Now his profile is gone and his number doesnt work. My children dont know. I feel so stupid and ashamed and I cant sleep. I have had to borrow money to pay my rent. Please dont judge me, I just need to know if there is any chance of getting anything back.
vcu|fraud_computer_misuse||Courier fraud: V (F, {oldage}) received a phone call on {date} from a man claiming to be a police officer, who said her bank staff were corrupt and told her to withdraw £{amount}; a courier collected it from her door. Phone only, no online element. Action Fraud ref {nfib}.
web|fraud_computer_misuse|online|paid a £{small} deposit for a puppy advertised on facebook on {date}, then the seller blocked me and the ad vanished. my kids are heartbroken
vcu|fraud_computer_misuse||V (M, {age}) got a call on {date} from 'his bank' saying his account was compromised and moved £{amount} by telephone banking to a 'safe account'. The number was spoofed. Bank investigating. No link clicked, no website used.
web|fraud_computer_misuse|online|my instagram got hacked on {date} and they are using it to post crypto scams to my followers. i cant get back in. a friend already lost £{small} to it
ref|fraud_computer_misuse||Disability advocacy referral: {mname} ({age}), who has a learning disability, was persuaded by a man he met at the pub to hand over his bank card and PIN 'for safekeeping'; £{mid} withdrawn in the week to {date}. Mate crime concerns; no hostility towards his disability expressed.
vcu|fraud_computer_misuse|domestic_abuse|V (F, {age}) discovered on {date} that her ex-partner took out two loans totalling £{amount} in her name while they lived together. Credit file damaged. No current contact. Needs debt advice.
web|fraud_computer_misuse|online|paid £{mid} for concert tickets on a resale site on {date} and they never came, the site has disappeared. paid by bank transfer like an idiot
vcu|fraud_computer_misuse|online|Investment fraud: V (M, {age}) was added to a WhatsApp group promoting crypto trading and put £{amount} into a platform showing fake profits; unable to withdraw since {date}. Lost his savings, low mood; risk assessed as low.
web|fraud_computer_misuse||got a text saying it was my bank and to ring a number, rang it and the man talked me into reading out the codes they sent me. £{mid} gone on {date}. only text and phone, i never went on any website.
ref|fraud_computer_misuse|domestic_abuse|Adult social care referral: Mrs {sname} ({oldage}) has dementia; her daughter, who is her carer and holds power of attorney, has been using her bank card to pay her own bills, approx £{amount} up to {date}. Safeguarding enquiry open.
web|fraud_computer_misuse|online|sold my iphone on ebay, buyer said it never arrived and got a refund, but it was delivered and signed for on {date}. ebay sided with them. out £{mid}.
vcu|fraud_computer_misuse||Identity fraud: V (F, {age}) received letters on {date} about three credit cards she never applied for. No idea how her details were obtained. Cifas protective registration advised.
ref|fraud_computer_misuse|online|University referral: international student {fname} ({age}) paid £{mid} deposit for a room advertised in a student housing Facebook group on {date}; the landlord did not exist. Now sofa surfing.
web|fraud_computer_misuse|online|Someone hacked my work email and sent invoices to my clients with their own bank details. One client paid £{amount} on {date} before we noticed. I run a small business.
vcu|fraud_computer_misuse||Rogue trader: V (M, {oldage}) paid £{amount} on {date} to two men who knocked offering to fix roof tiles; no work done and they keep calling asking for more. No online element.
web|fraud_computer_misuse|online|got a job offer on telegram doing 'tasks' rating hotels, had to top up my account with crypto to unlock commission. lost £{amount} by {date}. now they want more to release it
vcu|fraud_computer_misuse|domestic_abuse;online|V (M, {age}) reports his husband moved £{amount} from their joint savings into his own account by online banking and used V's PayPal without permission; found {date}. Relationship ended last month. No violence.
ref|fraud_computer_misuse||Mosque referral: elderly worshippers received phone calls on {date} from a man collecting for a flood appeal; {mname} {sname} ({oldage}) gave £{mid} cash to a collector at his door. Charity fraud; calls and doorstep only.
web|fraud_computer_misuse|online|Romance scam. Met 'Sarah' on Instagram, she said she was in the army abroad. I sent Steam gift cards worth about £{mid}, last ones on {date}. Ive been told its a scam but part of me still believes her.
vcu|fraud_computer_misuse||V (F, {age}) reports her contactless card was used for £{small} of transactions in shops in {area} on {date} after she lost it; she thinks it dropped out of her pocket. No theft from her person suspected.
ref|fraud_computer_misuse||Housing provider referral: tenant {fname} {sname} ({oldage}) paid a man posing as her housing officer £{mid} cash on the doorstep for 'rent arrears' on {date}; he had a fake lanyard. Other tenants have been warned.
vcu|fraud_computer_misuse|online|V (M, {age}) reports his Amazon account was accessed on {date} and £{mid} of goods ordered to another address; password reused from a breached site. Computer misuse; bank refused a refund.
web|fraud_computer_misuse|domestic_abuse|My grandson ({yage}) has been taking money out of my account with my card and my PIN which he knows, about £{amount} since the summer. He lives with me. Last one was {date}. I dont want him in prison.
vcu|fraud_computer_misuse|online|V (F, {age}) paid £{amount} on {date} for a car advertised on AutoTrader; the seller sent a fake escrow link and the car never existed.
ref|fraud_computer_misuse||Taxi firm referral: driver {mname} was shown a fake bank transfer screenshot for a £{small} fare on {date}; passenger gone by the time he checked. Third time this has happened to him.
web|fraud_computer_misuse|online|paid for a villa through a website that looked like booking.com on {date}, £{amount}, turned up and the owner had never heard of us. stuck abroad with 3 kids.
vcu|fraud_computer_misuse||V (M, {oldage}) was cold-called on {date} about carbon credit investments and sent £{amount} by bank transfer after several calls and posted brochures. No online contact at all.
ref|fraud_computer_misuse|online|LGBT+ group referral: {mname} ({age}) was catfished on a dating app and persuaded to 'lend' £{mid} for a plane ticket to visit him; profile deleted after the transfer on {date}. No threats were made about outing him.
web|fraud_computer_misuse|online|someone rang saying they were from BT and got me to let them onto my computer remotely, then they took £{amount} out of my bank on {date}. im 79 and i feel a fool
vcu|fraud_computer_misuse|domestic_abuse|V (F, 22) reports her mother opened a catalogue account and a phone contract in V's name while V was at university; debts of £{mid} discovered {date}. Family conflict. V wants the debts removed from her credit file.
web|fraud_computer_misuse|online|clicked a link in an email from 'HMRC' saying i was owed a tax refund and put my card details in, {date}. £{mid} spent in 20 mins
vcu|fraud_computer_misuse||V (M, {age}) sold his car to a man who paid by bank transfer on {date}; the payment was reversed two days later after the car had gone. Bank says it was a stolen account. Met in person, no website involved.
ref|fraud_computer_misuse|online|Disability advocacy referral: {fname} ({age}), who is deaf, was messaged on WhatsApp by someone pretending to be her son ('Hi Mum, new number') and sent £{mid} on {date}. Not targeted because of her disability as far as we know.
web|fraud_computer_misuse|online|my steam account got hacked on {date} and they sold all my skins, worth about £{mid}. steam support no help
web|anti_social_behaviour||neighbours play loud music every night till 3am, been going on since {date}. no threats or anything just the noise. council not helping
vcu|anti_social_behaviour||V (F, {oldage}) reports youths sitting on the wall outside her bungalow on {street} most evenings, loud and leaving litter; latest {date}. No damage, no abuse directed at her. Wants them moved on.
ref|anti_social_behaviour||Housing provider referral: tenant {mname} {sname} complains of the neighbour's dog barking constantly and smells from the garden since {date}. No crime disclosed; referred for mediation and wellbeing support.
web|anti_social_behaviour||kids knocking on my door and running away every night this week, {date} was the worst. nothing broken. just annoying and my baby keeps waking up
vcu|anti_social_behaviour||Noise from a house party on {street} on {date} until {ntime}; V (M, {age}) asked them to turn it down and they did for a while. No abuse or threats. V works early shifts.
ref|anti_social_behaviour||Nightlife venue referral: local resident {fname} {sname} complains that customers leaving {venue} at closing are noisy and leave rubbish in her front garden, latest {date}. Nobody has been abusive to her.
web|anti_social_behaviour||motorbikes going round and round the field behind our houses all weekend, {date} again. so loud. nobody hurt, nothing damaged
vcu|anti_social_behaviour||V (F, {age}) reports her upstairs neighbour stamping and moving furniture late at night since {date}. Not threatened or abused; otherwise polite. Wants advice on environmental health.
web|anti_social_behaviour||group of teenagers in the park on {date} being rowdy and swearing at each other, not at me. made me uncomfortable walking through with my dog.
ref|anti_social_behaviour||Housing provider referral: tenant {fname} {sname} reports teenagers and some older lads gathering in the stairwell most nights since {date}, noise and litter. She wonders if the girls could be at risk of exploitation but has seen nothing sexual and no offence is disclosed.
vcu|anti_social_behaviour||V (M, {oldage}) concerned about people sleeping in the doorway of the empty shop next to his flat on {street} since {date}; no trouble caused to him. Wants outreach for them rather than police.
web|anti_social_behaviour||cars doing doughnuts in the {shop} car park every friday night, {date} again. noise till 2am. nobody threatened anyone
web|other_crime||My neighbour kicks his own dog and leaves it out in the cold all night, I saw him do it on {date}. The RSPCA told me to report it to police as well.
vcu|other_crime||V (M, {age}) says he was 'a victim of crime' on {date} but the nature of the offence was not recorded by the call handler; callback requested. Crime type N/K.
ref|other_crime||Referral from {hospital}, received {date}: patient {fname} {sname} says she was the victim of a crime at {venue} but did not want to say what. Crime type recorded as Unknown. Consent for contact given.
web|other_crime||someone dumped a van load of builders rubbish on my driveway on {date}. got the van reg on my ring camera
vcu|other_crime||Animal cruelty: V (F, {age}) saw a man repeatedly beating a tethered horse on waste ground in {area} on {date}. RSPCA informed. V upset and asks what will happen.
ref|other_crime||Gurdwara welfare referral: {mname} {sname} says he was the victim of 'a crime' on {date} travelling home from {station}; he will only discuss details in person with a Punjabi-speaking worker. Category N/K.
web|other_crime||A driver reversed into my parked car in the {shop} car park on {date} and drove off without leaving details. Only a small dent. Got the reg.
vcu|other_crime||Wildlife crime: V (M, {oldage}) found a badger sett dug out and dead badgers on his land near {area} on {date}; suspects used dogs. Wildlife officer informed.
web|other_crime||Crime ref {crn}. I was told to fill this in to get support. I dont want to write down what happened to me on here. Please call me.
ref|other_crime||Youth offending team referral: victim {fname} {sname} ({age}) has asked for restorative justice for an offence committed on {date}; offence type not recorded on the form (N/K). Please contact YOT for details.
vcu|other_crime|domestic_abuse|Control room referral: 'DA, V (F, {age}), ex-partner', crimed on {date} under {crn}; offence type not recorded, officer notes N/K. V asked for a call back after 6pm.
"""

FEMALE_NAMES = [
    "Sarah",
    "Aisha",
    "Chloe",
    "Priya",
    "Fatima",
    "Emma",
    "Jade",
    "Olivia",
    "Zainab",
    "Grace",
    "Agnieszka",
    "Chantelle",
    "Lauren",
    "Amira",
    "Nia",
    "Hannah",
    "Sophie",
    "Leanne",
    "Mei",
    "Roxana",
    "Shanice",
    "Bethany",
    "Yasmin",
    "Kerry",
    "Ioana",
    "Gemma",
    "Halima",
    "Precious",
    "Niamh",
    "Rebecca",
]
MALE_NAMES = [
    "Mohammed",
    "Jamal",
    "Daniel",
    "Liam",
    "Tomasz",
    "Kwame",
    "Ryan",
    "Callum",
    "Imran",
    "Josh",
    "Adeel",
    "Kieran",
    "Darius",
    "Femi",
    "Connor",
    "Marek",
    "Tyrone",
    "Harvey",
    "Bilal",
    "Sean",
    "Arjun",
    "Luke",
    "Dean",
    "Ahmed",
    "Jordan",
    "Stephen",
    "Kofi",
    "Ali",
    "Craig",
    "Reece",
]
SURNAMES = [
    "Khan",
    "Smith",
    "Okafor",
    "Patel",
    "Jones",
    "Nowak",
    "Begum",
    "Williams",
    "Hussain",
    "Brown",
    "Taylor",
    "Mensah",
    "Ahmed",
    "Walsh",
    "Kowalski",
    "Campbell",
    "Ali",
    "O'Brien",
    "Singh",
    "Evans",
    "Hughes",
    "Popescu",
    "Murphy",
    "Iqbal",
    "Clarke",
    "Nguyen",
    "Wright",
    "Adeyemi",
    "Shaw",
    "Rahman",
]
AREAS = [
    "Northgate",
    "Eastfield",
    "Moorside",
    "Ashby Park",
    "Kingsmead",
    "Hillcrest",
    "Longford",
    "Brookvale",
    "Westbury",
    "Southmoor",
    "Harrowfield",
    "Canal Side",
    "Oakwood",
    "Redhill",
    "Millbank",
    "Fairview",
]
STREETS = [
    "Station Road",
    "Victoria Street",
    "Market Street",
    "Church Lane",
    "Queens Road",
    "Albert Street",
    "Chapel Street",
    "the High Street",
    "Union Street",
    "Granby Row",
    "Stretford Road",
    "Hope Street",
    "Park Lane",
    "Mill Street",
    "Dale Street",
    "Oldham Road",
    "Wellington Road",
    "Bridge Street",
]
VENUES = [
    "Revolution",
    "the Brickworks",
    "Lola's",
    "Tiger Tiger",
    "the Old Vic",
    "Gatsby's",
    "the Cotton Exchange",
    "the Loft",
    "Bar Sol",
    "Switch",
    "the Printworks",
    "Sugar Bar",
]
STATIONS = ["Central", "Victoria", "Northgate", "Moorside", "Kingsmead", "Eastfield", "Oxford Road", "Westbury"]
SHOPS = [
    "Tesco Express",
    "Lidl",
    "Sainsbury's",
    "Aldi",
    "Boots",
    "B&M",
    "Primark",
    "Co-op",
    "Asda",
    "Home Bargains",
    "Morrisons",
    "JD Sports",
]
HOSPITALS = ["Royal Infirmary", "St James's", "North General", "City General", "Eastfield General"]
BUSES = ["42", "86", "X50", "7", "101", "19", "250", "36", "X43", "53"]

MONTH_DAYS_2025 = [(10, 31), (11, 30), (12, 31)]
MONTH_DAYS_2026 = [(1, 31), (2, 28), (3, 31), (4, 30)]
MONTH_ABBR = {1: "Jan", 2: "Feb", 3: "Mar", 4: "Apr", 10: "Oct", 11: "Nov", 12: "Dec"}
MONTH_FULL = {1: "January", 2: "February", 3: "March", 4: "April", 10: "October", 11: "November", 12: "December"}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

SLOT_RE = re.compile(r"\{([a-z]+[0-9]?)\}")


def ordinal(day):
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def pick_day(rng, months, first_weekday):
    """Return (day, month, weekday name) for a uniformly drawn day in the given months."""
    total = 0
    for _, length in months:
        total += length
    offset = rng.randrange(total)
    weekday = WEEKDAYS[(first_weekday + offset) % 7]
    for month, length in months:
        if offset < length:
            return offset + 1, month, weekday
        offset -= length
    raise AssertionError("unreachable")


def format_date(rng, day, month, weekday, year):
    yy = year % 100
    style = rng.choice(["dmy4", "dmy4", "dmy2", "dm", "dmon", "ord", "wd", "dots"])
    if style == "dmy4":
        return f"{day:02d}/{month:02d}/{year}"
    if style == "dmy2":
        return f"{day:02d}/{month:02d}/{yy}"
    if style == "dm":
        return f"{day}/{month}"
    if style == "dmon":
        return f"{day} {MONTH_ABBR[month]}"
    if style == "ord":
        return f"{ordinal(day)} {MONTH_FULL[month]}"
    if style == "wd":
        return f"{weekday} {day}/{month}"
    return f"{day:02d}.{month:02d}.{yy}"


def format_time(rng, hours):
    hour = rng.choice(hours)
    minute = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    style = rng.choice(["colon", "colon", "hrs", "ampm"])
    if style == "colon":
        return f"{hour:02d}:{minute:02d}"
    if style == "hrs":
        return f"{hour:02d}{minute:02d}hrs"
    twelve = hour % 12 or 12
    suffix = "am" if hour < 12 else "pm"
    if minute == 0:
        return f"{twelve}{suffix}"
    return f"{twelve}.{minute:02d}{suffix}"


def generate(pool, rng):
    if pool == "fname":
        return rng.choice(FEMALE_NAMES)
    if pool == "mname":
        return rng.choice(MALE_NAMES)
    if pool == "sname":
        return rng.choice(SURNAMES)
    if pool == "area":
        return rng.choice(AREAS)
    if pool == "street":
        return rng.choice(STREETS)
    if pool == "venue":
        return rng.choice(VENUES)
    if pool == "station":
        return rng.choice(STATIONS)
    if pool == "shop":
        return rng.choice(SHOPS)
    if pool == "hospital":
        return rng.choice(HOSPITALS)
    if pool == "bus":
        return rng.choice(BUSES)
    if pool == "date":
        day, month, weekday = pick_day(rng, MONTH_DAYS_2025, 2)  # 1 Oct 2025 was a Wednesday
        return format_date(rng, day, month, weekday, 2025)
    if pool == "date2":
        day, month, weekday = pick_day(rng, MONTH_DAYS_2026, 3)  # 1 Jan 2026 is a Thursday
        return format_date(rng, day, month, weekday, 2026)
    if pool == "ntime":
        return format_time(rng, [21, 22, 23, 0, 1, 2, 3, 4])
    if pool == "dtime":
        return format_time(rng, [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18])
    if pool == "amount":
        return f"{rng.randrange(100, 2500) * 10:,}"
    if pool == "mid":
        return str(rng.randrange(60, 900))
    if pool == "small":
        return str(rng.randrange(8, 96))
    if pool == "crn":
        if rng.random() < 0.5:
            return f"CR/{rng.randrange(1000000, 10000000)}/25"
        return f"25{rng.randrange(100000, 1000000)}"
    if pool == "nfib":
        return f"NFRC25{rng.randrange(10**9, 10**10)}"
    if pool == "age":
        return str(rng.randrange(19, 59))
    if pool == "oldage":
        return str(rng.randrange(70, 92))
    if pool == "yage":
        return str(rng.randrange(19, 30))
    if pool == "teen":
        return str(rng.randrange(12, 16))
    raise KeyError(f"unknown slot pool: {pool}")


def fill(text, rng):
    values = {}
    taken = {}

    def replace(match):
        key = match.group(1)
        if key not in values:
            pool = key.rstrip("0123456789")
            used = taken.setdefault(pool, [])
            for _ in range(100):
                value = generate(pool, rng)
                if value not in used:
                    break
            else:
                raise RuntimeError(f"could not draw a fresh value for {key}")
            used.append(value)
            values[key] = value
        return values[key]

    return SLOT_RE.sub(replace, text)


def parse_templates():
    templates = []
    for line in TEMPLATES.strip().split("\n"):
        parts = line.split("|")
        if len(parts) != 4:
            raise ValueError(f"bad template line: {line[:60]}")
        kind, category, flags, text = parts
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        flag_list = flags.split(";") if flags else []
        for flag in flag_list:
            if flag not in FLAGS:
                raise ValueError(f"unknown flag {flag!r}")
        if flag_list != [f for f in FLAGS if f in flag_list]:
            raise ValueError(f"flags not in TAXONOMY.md order: {flags}")
        if not SLOT_RE.search(text):
            raise ValueError(f"template has no slot: {text[:60]}")
        templates.append((kind, category, flags, text))
    return templates


def build():
    rng = random.Random(SEED)
    templates = parse_templates()
    rows = []
    seen = set()
    for kind, category, flags, text in templates:
        for _ in range(USES_PER_TEMPLATE):
            for _attempt in range(1000):
                filled = fill(text, rng)
                if filled not in seen:
                    break
            else:
                raise RuntimeError(f"could not draw a distinct text for: {text[:60]}")
            seen.add(filled)
            rows.append((kind, filled, category, flags))
    rng.shuffle(rows)
    return templates, rows


def check(rows):
    if len(rows) != EXPECTED_ROWS:
        raise AssertionError(f"expected {EXPECTED_ROWS} rows, got {len(rows)}")
    texts = []
    for _kind, text, category, flags in rows:
        if category not in CATEGORIES:
            raise AssertionError(f"unknown category {category}")
        flag_list = flags.split(";") if flags else []
        if any(f not in FLAGS for f in flag_list) or flag_list != [f for f in FLAGS if f in flag_list]:
            raise AssertionError(f"bad flags {flags}")
        words = len(text.split())
        if not 4 <= words <= 150:
            raise AssertionError(f"{words} words: {text[:60]}")
        if "\n" in text or "\r" in text:
            raise AssertionError(f"newline in text: {text[:60]}")
        if "{" in text or "}" in text:
            raise AssertionError(f"unfilled slot: {text[:60]}")
        if "|" in text:
            raise AssertionError(f"pipe in text: {text[:60]}")
        texts.append(text)
    if len(set(texts)) != len(texts):
        raise AssertionError("duplicate texts")
    for category in CATEGORIES:
        n = sum(1 for row in rows if row[2] == category)
        if n < 10:
            raise AssertionError(f"category {category} has only {n} notes")
    for flag in FLAGS:
        n = sum(1 for row in rows if flag in (row[3].split(";") if row[3] else []))
        if n < 12:
            raise AssertionError(f"flag {flag} has only {n} notes")


def summarise(templates, rows):
    print(f"templates: {len(templates)}")
    print(f"rows: {len(rows)}")
    for kind in KINDS:
        print(f"kind {kind}: {sum(1 for row in rows if row[0] == kind)}")
    for category in CATEGORIES:
        print(f"category {category}: {sum(1 for row in rows if row[2] == category)}")
    for flag in FLAGS:
        n = sum(1 for row in rows if flag in (row[3].split(";") if row[3] else []))
        print(f"flag {flag}: {n}")
    print(f"no flags: {sum(1 for row in rows if not row[3])}")
    lengths = [len(row[1].split()) for row in rows]
    print(f"words mean {sum(lengths) / len(lengths):.1f} min {min(lengths)} max {max(lengths)}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "data", "notes_blind30.csv")
    templates, rows = build()
    check(rows)
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "text", "category", "flags"])
        for index, (_kind, text, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"B30-{index:04d}", text, category, flags])
    summarise(templates, rows)
    print(f"wrote {out_path}")


if __name__ == "__main__":
    main()
