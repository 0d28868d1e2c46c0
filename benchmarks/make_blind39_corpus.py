#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind corpus 39: referral notes received by a central victim care unit.

Scenario: the central victim care unit of a large (invented) force area,
autumn 2027. Referrals arrive from four sources, each with its own voice:

* ``registrar``: crime-recording decision notes from force crime registrars
  and control-room staff. Formal, occurrence/CRN references, "crime recorded
  as ...", reclassifications, "N/C", "NFA", mixed in with the facts.
* ``interpreter``: summaries of telephone calls made through a telephone
  interpreter. Third person ("via Urdu interpreter, caller states ..."),
  indirect and slightly literal phrasing, extended households, in-laws,
  arranged and forced marriage, dowry and family honour.
* ``adult_social_care``: the adult social care safeguarding team. "Adult at
  risk", s42 enquiries, care homes, home carers, capacity, financial abuse by
  relatives and by others, older and disabled victims.
* ``youth_justice``: a youth justice / restorative justice and schools police
  officer. Young victims and young suspects, exploitation, county lines,
  online image sharing, school fights, ages written in many ways.

Each of the 400 hand-labelled templates (100 per source) has the form
``kind|category|flags|text``. Slots in braces only carry names, places,
streets, dates (UK formats, within 2027), times, amounts, references, counts
and ages; every age slot stays on one side of the 16 and 18 thresholds, so a
slot never changes a label. Each template is used twice, giving 800 notes
with ids B39-0001 .. B39-0800 assigned after a shuffle.

Standard library only. One ``random.Random(SEED)`` drives everything; no set
is iterated and ``hash()`` is never called, so the output is byte-identical
whatever the working directory or PYTHONHASHSEED. All content is invented.
"""

from __future__ import annotations

import csv
import datetime
import random
import re
import sys
from pathlib import Path

SEED = 39_2026
N_PER_TEMPLATE = 2
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind39.csv"

# Category codes in the principal-crime order of TAXONOMY.md (first wins).
CATEGORIES = [
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

# Flag codes in the order of the TAXONOMY.md flag table.
FLAGS = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]

KINDS = ["registrar", "interpreter", "adult_social_care", "youth_justice"]
TEMPLATES_PER_KIND = 100

# ---------------------------------------------------------------------------
# Templates: kind|category|flags|text
# ---------------------------------------------------------------------------

REGISTRAR = """
registrar|homicide|domestic_abuse;knife_sharp_instrument|Occ {occ}. Crime recorded as murder following the death of {f1} {sn1} ({age_a}) at her home on {street}, {town}, on {date}. Husband {m1} {sn1} arrested at scene, kitchen knife recovered from the hallway. This referral is for the victim's sister {f2} as bereaved family. DHR notification sent.
registrar|homicide||CRN {crn}. Originally recorded as s18 GBH; reclassified to manslaughter on {date} after IP {m1} {sn1} ({age_ya}) died in {hospital} from a head injury. Single punch outside {pub}, suspect not known to IP. Father {m2} {sn1} requests contact from the homicide service.
registrar|homicide||Registrar update {occ}: death of a {mon}-month-old baby at an address in {town} now recorded as murder following the post-mortem. Both parents arrested and released on bail. Referral for the maternal grandmother {f1} {sn1}, who now cares for the older sibling under a kinship arrangement.
registrar|death_injury_driving||Collision at the junction of {street} and {street2}, {town}, {time} on {date}. Pedestrian {f1} {sn1}, {age_o}, pronounced dead at scene. Driver gave a positive roadside breath test. Crime recorded as causing death by careless driving when over the prescribed limit. FLO deployed; referral for son {m1}.
registrar|death_injury_driving||Crime recorded: causing serious injury by dangerous driving, occ {occ}. Cyclist {m1} {sn1} ({age_a}) has spinal fractures after a van overtook on a blind bend on {street}. Driver stopped and arrested at scene. No previous connection between driver and IP.
registrar|violence_with_injury|domestic_abuse|Occurrence {occ}. Initially recorded as common assault (domestic); reclassified to s47 ABH on {date} once the x-ray confirmed a fractured cheekbone. IP {f1} {sn1} ({age_a}) and her partner of {n} yrs, {xm} {xsn}. DASH high, MARAC referral submitted.
registrar|violence_with_injury||CRN {crn}: s20 GBH recorded. IP {m1} {sn1} knocked unconscious and his jaw broken at the taxi rank on {street} at {time}. Suspect a stranger to IP. Not a domestic. Suspect not identified; NFA unless the council CCTV gives a line of enquiry.
registrar|violence_with_injury|knife_sharp_instrument|Crime recorded as s18 wounding with intent (occ {occ}). {m1} {sn1}, {age_ya}, stabbed once in the thigh outside {shop} on {street} after an argument about a parking space. Suspect made off on foot; knife not recovered.
registrar|violence_with_injury|hate_crime|Racially aggravated ABH recorded ({crn}). IP {m1} {sn1}, private hire driver, punched repeatedly, cuts and swelling to his face, after his passenger shouted racist abuse about his colour and refused to pay. Making off without payment recorded on the same occurrence.
registrar|violence_with_injury|domestic_abuse|Crime recorded as s47 ABH, DA (adult son to mother). IP {f1} {sn1}, {age_o}, pushed down the stairs by her son {m1} ({age_a}) who lives with her; fractured wrist. Son has alcohol dependency. Control room graded immediate.
registrar|violence_with_injury||s47 ABH recorded, occ {occ}. IP is a {age_c}-year-old boy with bruising to his back and arms from a belt; suspect is his stepfather. Child cruelty recorded on the same occurrence. CSC strategy meeting held {date}. Not flagged DA as IP is under 16.
registrar|violence_with_injury|knife_sharp_instrument|Recorded as s20 wounding ({crn}). IP {xm} {xsn} slashed across the forearm with a broken bottle by a man he did not know outside {pub} at {time}; {n2} stitches. Not treated as hate related, no words exchanged before the attack.
registrar|violence_with_injury|domestic_abuse;knife_sharp_instrument|Occ {occ}: IP {f1} {sn1}'s ex-partner attended her flat on {street} in breach of bail and cut her hand with a craft knife as she tried to shut the door. Crime recorded as s20 GBH, bail breach recorded seperately. DASH high, MARAC listed {date}.
registrar|violence_with_injury||Assault on an emergency worker (with injury) recorded. Paramedic {f1} {sn1} bitten on the forearm, skin broken, while treating a male on {street} on {date}. Male heavily intoxicated; no previous contact between them.
registrar|violence_without_injury|domestic_abuse|Common assault recorded - DA. {f1} {sn1} states her partner {m1} grabbed her hair and shoved her into the fridge on {date}; no visible injury. Second DA report in {n} months. DASH medium. IP supports a prosecution.
registrar|violence_without_injury||Threats to kill recorded (occ {occ}). Neighbour at no. {n2} {street} told IP {m1} {sn1} he would "put him in the ground" during a row over bins, and repeated it to attending officers. Parties are neighbours only, no family connection.
registrar|violence_without_injury||Crime recorded as assault on an emergency worker, no injury. Detention officer {f1} {sn1} spat at in the face by a detained person at {town} custody suite on {date}. Officer asks for victim care contact re anxiety while awaiting blood test results.
registrar|violence_without_injury|hate_crime|Religiously aggravated common assault recorded ({crn}). IP {f1} {sn1} had her hijab pulled from behind at the bus stop on {street} by a woman shouting anti-Muslim abuse. No injury. Suspect identified from bus CCTV.
registrar|violence_without_injury||Child neglect recorded under occ {occ} following a welfare check at {street}: {n} children, the eldest {age_sm}, found alone in a cold flat with no food; mother located at a friend's address at {time}. Referral for the children's aunt {f2} {sn1}, now kinship carer.
registrar|violence_without_injury|modern_slavery|Registrar decision: modern slavery offence recorded (occ {occ}) after {n} men were found sleeping in a shipping container at a hand car wash on {street}, working {hrs} hour days for no pay with passports held by the site manager. NRM referrals made for all; this referral relates to {m1} {sn1}.
registrar|violence_without_injury|domestic_abuse|Threats to kill recorded, DA (siblings, both adults). IP {m1} {sn1} received a voicemail from his brother {m2} saying he would kill him over their late father's house. Phone call only, no face to face contact since {edate}. DASH standard.
registrar|violence_without_injury||Attempted child abduction recorded, occ {occ}: a man unknown to the family tried to get a {age_c}-year-old girl into his car outside {school} on {date}, saying her mother had sent him. She ran into the school office. Parent {f1} {sn1} referred.
registrar|stalking_harassment|domestic_abuse|Crime recorded as controlling or coercive behaviour (occ {occ}). IP {f1} {sn1} describes her husband {m1} controlling all the money, checking her phone each night, stopping her seeing friends and timing her trips to the shop. No physical violence disclosed. DASH high.
registrar|stalking_harassment|domestic_abuse;online|S2A stalking recorded. IP's ex-partner {xm} {xsn} has set up {n} fake Instagram accounts to message her since they separated in the spring, and has twice turned up at her work in {town}. IP {f1} {sn1}, {age_a}.
registrar|stalking_harassment||Harassment recorded, CRN {crn}. IP {f1} {sn1} has recieved over {n2} text messages and a number of calls from a former work colleague who blames her for his dismissal. Colleague only, no relationship. No social media involved.
registrar|stalking_harassment|hate_crime;online|Malicious communications recorded (occ {occ}), homophobic. IP {m1} {sn1} received abusive Facebook comments using slurs and saying gay men should not live on the estate after he posted a photo with his husband.
registrar|stalking_harassment|domestic_abuse|Reported by IP's mother as harassment; reclassified to stalking (fear of violence) on {date} after IP's ex-boyfriend {xm} {xsn} was seen waiting outside her workplace on {n} occasions and following her bus home. IP {f1} {sn1}, {age_a}. Non-molestation order in force.
registrar|burglary||Residential burglary recorded, occ {occ}. Rear patio door forced at {street} between {time} and midnight on {date}; jewellery and a laptop taken. IP {f1} {sn1} and family away for the weekend. No suspect known.
registrar|burglary||Aggravated burglary recorded ({crn}). Intruder carrying a claw hammer entered IP {m1} {sn1}'s home on {street} at about {time}, took a handbag from the hallway and fled when IP came downstairs. No threats made, nobody hurt.
registrar|burglary||Non-residential burglary recorded: community centre on {street} entered via the roof overnight {date}; cash box holding about {amt} of food bank donations taken. Centre manager {f1} {sn1} referred as volunteers very upset.
registrar|burglary|domestic_abuse|Occ {occ}: IP {f1} {sn1}'s ex-husband {m1} let himself into her flat using a key he had secretly copied and took her passport and bank documents while she was at work. Recorded as burglary dwelling with DA marker.
registrar|robbery|knife_sharp_instrument|Robbery of personal property recorded ({crn}). {m1} {sn1} ({age_ya}) approached on {street} at {time} by two males, one showed a kitchen knife from his waistband; phone and bank card handed over. No injuries.
registrar|robbery||Business robbery recorded. Staff member {f1} {sn1} at {shop}, {street}, was shoved into the counter by a male who took the till drawer containing approx {amt}. Bruised hip. Injury noted; classification remains robbery.
registrar|robbery|knife_sharp_instrument|Robbery recorded, occ {occ}. Suspect kept one hand inside his jacket and told IP {m1} {sn1} he had a blade and would use it; IP believed him and handed over his wallet and watch. No weapon actually seen.
registrar|robbery||Initially logged as theft from the person; reclassified to robbery on {date} after CCTV showed the suspect wrenching IP's arm to pull the handbag free. IP {f1} {sn1}, {age_o}. Suspect unknown.
registrar|vehicle_offences||Theft of motor vehicle recorded ({crn}). White Transit van taken overnight from outside IP {m1} {sn1}'s house on {street}, {town}; tools worth approx {amtk} inside. Both keys still with IP, keyless relay theft suspected.
registrar|vehicle_offences||Theft from motor vehicle: catalytic converter removed from IP's hybrid on the driveway at {street} overnight {date}. IP {m1} {sn1} heard cutting at about {time} but did not go out. No other offences disclosed.
registrar|vehicle_offences||Aggravated vehicle taking recorded (occ {occ}): IP {m1} {sn1}'s car was taken from the {town} park and ride and crashed into a garden wall on {street}; driver ran off. Nobody injured.
registrar|theft_from_person||Theft from the person recorded. IP {f1} {sn1} ({age_o}) had her purse taken from her shopping bag on the number {n2} bus; she felt nothing at the time. No force used.
registrar|theft_from_person||Snatch theft, no force: mobile phone taken out of IP {m1} {sn1}'s hand by a cyclist on {street} at {time}. IP not touched or injured. Recorded as theft from the person, not robbery.
registrar|bicycle_theft||Theft of pedal cycle recorded ({crn}). IP {m1} {sn1}'s e-bike, locked to railings outside {town} station, gone when he came back at {time}. He relies on it for delivery work.
registrar|bicycle_theft||Pedal cycle theft recorded: child's bike taken from the open front garden of IP {f1} {sn1} on {street} overnight {date}. No outbuilding entered.
registrar|shoplifting||Shoplifting recorded, occ {occ}: male took {n} bottles of spirits from {shop} on {street}. Staff member {f1} {sn1} followed him to the door but no contact made. Store asks for victim contact re staff wellbeing.
registrar|shoplifting||Shoplifting, repeat offender: security officer {m1} {sn1} at {shop} reports the same woman taking meat and razors {n} times this week; stopped at the door on {date} without any struggle.
registrar|other_theft||Making off without payment recorded. Taxi driver {m1} {sn1} took {n} passengers from {town} to {town2} at {time}; they ran off at the destination without paying the {amt} fare. No threats or violence.
registrar|other_theft||Theft by employee recorded (crn {crn}). Store manager {f1} {sn1} reports a cashier pocketed approx {amtk} from the tills over several months. Employee dismissed and interviewed.
registrar|other_theft|domestic_abuse|Theft recorded - DA. IP {f1} {sn1} ({age_o}) reports her daughter, who stays with her at weekends, has taken about {amtk} in cash and jewellery from her bedroom over the year.
registrar|other_theft|online|Blackmail recorded: IP {m1} {sn1}, who runs a small business in {town}, received emails demanding {amtk} in cryptocurrency or his customer database would be published. Systems were accessed remotely.
registrar|criminal_damage_arson||Arson not endangering life recorded, occ {occ}: wheelie bins set alight behind {shop} on {street} at {time}; fire spread to fencing. Nobody at risk. Shop owner {m1} {sn1} referred.
registrar|criminal_damage_arson|domestic_abuse|Criminal damage to dwelling recorded - DA. IP {f1} {sn1}'s ex-partner kicked in her front door panel and smashed the bedroom window after she refused to let him in on {date}. No contact with IP herself. DASH medium.
registrar|criminal_damage_arson|hate_crime|Racially aggravated criminal damage: racist words and a swastika sprayed across the front door of IP {m1} {sn1}'s home on {street} overnight {date}. Family of {n} say they no longer feel safe.
registrar|criminal_damage_arson||Criminal damage recorded: paintwork on IP {f1} {sn1}'s car scratched along both sides while parked on {street}. IP suspects a neighbour she has a parking dispute with. Neighbour only, no other link. NFA - no lines of enquiry, IP to be told.
registrar|criminal_damage_arson|domestic_abuse|Arson with intent to endanger life recorded: burning rag pushed through the letterbox of IP {f1} {sn1}'s house at {time}; family of {n} got out unhurt. Her brother-in-law arrested; long-running family dispute.
registrar|drug_offences||Drug offence recorded: production of cannabis. Grow of around {n2} dozen plants found in the loft of the rented house next door to IP {f1} {sn1} on {street}; she had reported heat and smell for weeks. Nobody found at the address and no sign anyone was being held there.
registrar|drug_offences||Supply of class A recorded after dealing from the stairwell of IP {f1} {sn1}'s block on {street}; she has found needles by her door and is anxious. No direct threats to IP.
registrar|possession_of_weapons||Possession of a bladed article recorded (occ {occ}). Male stopped on {street} at {time} found with a lock knife in his pocket; nobody threatened. Referral for shop worker {f1} {sn1} who called it in after seeing the handle.
registrar|possession_of_weapons||Possession of an offensive weapon recorded: baseball bat with screws driven through it found in the footwell during a stop check on {street}. Driver claimed it was "for protection". Informant {m1} {sn1} referred.
registrar|possession_of_weapons||Having an article with a blade in a public place recorded: {age_ya}-year-old male found with a machete in a rucksack at {town} bus station after a call from {f1} {sn1}. He had not taken it out.
registrar|public_order||Section 4A public order recorded ({crn}). Male shouted and swore at staff and customers in {shop} for several minutes, causing distress to cashier {f1} {sn1}. No threats of violence, no physical contact.
registrar|public_order|hate_crime|Racially aggravated s5 public order recorded: IP {m1} {sn1}, a bus driver, called a racist name and told to "go back home" by a passenger on route {n2}. No assault.
registrar|public_order||Violent disorder recorded after a group of around {n2} people fought with bats outside {pub} at closing time; no-one identified as injured. Referral for the licensee {f1} {sn1}.
registrar|misc_crimes_against_society||Handling stolen goods recorded (crn {crn}): second-hand shop owner {m1} {sn1} bought {n} laptops later found to be stolen from a school; he reported it himself once suspicious. Crime recorded against the seller; owner referred for support.
registrar|misc_crimes_against_society||Dangerous driving recorded, occ {occ}: car mounted the pavement on {street} at speed, narrowly missing IP {f1} {sn1} and her pushchair. No contact, no injury. Driver traced from dashcam footage.
registrar|misc_crimes_against_society||Threat to commit criminal damage recorded: IP {f1} {sn1}'s landlord told her by phone he would "smash every window in the place" if she was not out by Friday. No damage done so far.
registrar|misc_crimes_against_society||Perverting the course of justice recorded ({crn}): witness {m1} {sn1} was offered {amt} by the suspect's cousin to change his statement about a fight he saw at {pub}. No threats made.
registrar|fraud_computer_misuse||Recorded and referred to NFIB: courier fraud. IP {f1} {sn1}, {age_o}, took a phone call from a man claiming to be from her bank's fraud team and handed her cards and PIN to a courier at her door. Loss {amtk}.
registrar|fraud_computer_misuse|online|Fraud by false representation recorded: IP paid {amt} by bank transfer for a puppy advertised on an online marketplace; the seller then blocked her. IP {f1} {sn1}.
registrar|fraud_computer_misuse|online|Computer misuse recorded: IP {m1} {sn1}'s email and online banking accessed from an unknown device and {amtk} moved out on {date}. Suspect unknown.
registrar|fraud_computer_misuse||Fraud recorded (crn {crn}): doorstep trader told IP {f1} {sn1}, {age_o}, her roof was unsafe and charged {amtk} for work that was never done. Approach was at the door; no online element.
registrar|fraud_computer_misuse|online|Romance fraud recorded: IP {f1} {sn1} ({age_o}) met "an army doctor" on a dating site and sent {amtk} over {n} months for flights and customs fees.
registrar|anti_social_behaviour||Reported as harassment. N/C by registrar on {date}: one occasion of loud music from the flat above IP on {street}, no threats, no course of conduct. Logged as ASB (noise). IP {f1} {sn1} referred for support and mediation.
registrar|anti_social_behaviour||No crime disclosed. Youths sitting on the wall outside IP {m1} {sn1}'s house on {street} most evenings, shouting and dropping litter; no damage, no threats, nothing directed at IP. Logged as ASB incident {occ}.
registrar|anti_social_behaviour||Reported as criminal damage; N/C after CCTV showed the fence panel blew down in the storm on {date}. Ongoing neighbour dispute over the hedge logged as ASB. IP {m1} {sn1}.
registrar|other_crime||Non-notifiable: animal welfare. IP {f1} {sn1} reported a neighbour's dog left in a locked yard without food or shelter for {n} days. Passed to RSPCA. No offence against IP herself.
registrar|other_crime||Non-notifiable, passed to HSE: IP {m1} {sn1} injured his hand on unguarded machinery at a factory in {town} on {date}. Employer had removed the guard. No assault alleged.
registrar|violence_with_injury|domestic_abuse|DA (grandson to grandfather). Crime recorded as s47 ABH: IP {m1} {sn1} ({age_o}) punched in the face by his {age_ya}-year-old grandson, who lives with him, after refusing to give him money; split lip and black eye.
registrar|violence_without_injury||Common assault recorded (occ {occ}). IP {f1} {sn1} slapped and pushed by her son, aged {age_c}, in an argument about his phone. No injury. Early help referral. Not recorded as DA due to the son's age.
registrar|stalking_harassment||Harassment recorded. IP {f1} {sn1} worked with the suspect on one project in {town}; he has since sent repeated unwanted letters and flowers to her home. Not a domestic - IP confirms there has never been any relationship.
registrar|sexual_offences||Sexual assault recorded (crn {crn}). IP {f1} {sn1} ({age_a}) touched on the bottom and breasts by an unknown male on a crowded tram on {date} at {time}. Suspect description circulated. IP would like updates by email only.
registrar|sexual_offences|domestic_abuse|Rape recorded - DA. IP {f1} {sn1} disclosed to the control room that her husband {m1} has forced sex on her repeatedly since the summer, most recently on {date}. Coercive control also recorded. MARAC referral made.
registrar|sexual_offences|child_sexual_abuse_exploitation|Rape of a child under 13 recorded. Disclosure at school by a {age_sm}-year-old girl about a lodger at her mother's address. Joint investigation with CSC, occ {occ}. Referral for the mother {f1} {sn1}.
registrar|sexual_offences||Exposure recorded: male exposed himself to IP {f1} {sn1} ({age_a}) while she was running on the canal towpath near {street} at {time}. No contact. {n} similar reports this month.
registrar|sexual_offences|online|Voyeurism recorded (occ {occ}): IP {f1} {sn1} found a hidden camera in the bathroom of her rented room in {town}; the landlord was streaming the footage to a website.
registrar|sexual_offences|online;child_sexual_abuse_exploitation|Crime recorded as causing a child to engage in sexual activity. An adult male contacted a {age_c}-year-old boy through a gaming platform chat and persuaded him to perform sexual acts on webcam. Reported by the boy's father {m1} {sn1}.
registrar|sexual_offences||Crime recorded as rape, occ {occ}. IP {f1} {sn1} ({age_ya}) woke in a stranger's flat after a night out in {town}; she believes her drink was spiked. No relationship with the suspect.
registrar|homicide|domestic_abuse;honour_based_abuse|Murder recorded (occ {occ}). {f1} {sn1}, {age_ya}, died on {date}; her father and two brothers have been charged. SIO believes she was killed because the family felt her relationship had brought shame on them. Referral for her partner {xm} {xsn}.
registrar|homicide|knife_sharp_instrument|Murder recorded. {m1} {sn1}, {age_ya}, died from stab wounds after a fight outside {pub} on {date}; {n} men arrested. Referral for his mother {f1} {sn1} and siblings.
registrar|violence_with_injury||Assault with injury recorded after a fight between two flatmates at {street}; IP {m1} {sn1} has a cut above his eye. Not a domestic - flatmates only, no family or intimate relationship.
registrar|violence_with_injury|domestic_abuse|s47 ABH, DA. IP {m1} {sn1} ({age_a}) has bruising to his neck after his boyfriend {xm} {xsn} held him against a wall. Together {n} years. IP reluctant, evidence-led prosecution being considered.
registrar|violence_without_injury|domestic_abuse|Common assault recorded. IP {f1} {sn1} says her sister {f2} threw a mug at her and pushed her over in their shared house on {date}; no injury. Both adults. DA marker added (family members).
registrar|violence_with_injury||Witness referral: {f1} {sn1} saw her colleague punched repeatedly by a customer at {shop}; the colleague's nose was broken. Crime recorded as s47 ABH against the colleague; {f1} referred as a witness needing support.
registrar|stalking_harassment|domestic_abuse;online|Controlling or coercive behaviour recorded. IP {f1} {sn1}'s husband put a tracking app on her phone, reads her WhatsApp chats and posts her whereabouts in a family group chat. He also decides what she wears. Occ {occ}.
registrar|burglary||Distraction burglary recorded: two men posing as water board staff got into the home of IP {m1} {sn1}, {age_o}, on {street}; while one kept him in the kitchen the other took {amt} in cash from the bedroom.
registrar|violence_without_injury||Threats to kill recorded from 999 call: IP {m1} {sn1} says a man in a car pointed what looked like a handgun at him on {street} and said he would kill him. Not known to IP.
registrar|stalking_harassment||Harassment recorded. IP {f1} {sn1} is being sent abusive letters by the ex-wife of her new partner, {n} so far. IP and the suspect have never been related or in a relationship with each other.
registrar|robbery|domestic_abuse|Robbery recorded - DA. IP {f1} {sn1}, {age_o}, had her pension cash wrenched from her hand by her {age_a}-year-old son, who pushed her to the floor in the kitchen.
registrar|violence_with_injury|domestic_abuse;knife_sharp_instrument|s18 GBH recorded. IP {m1} {sn1} stabbed in the abdomen by his wife during an argument at their home on {street}; she called 999 herself. IP is {age_a}. History of counter-allegations.
registrar|vehicle_offences|domestic_abuse|Theft of motor vehicle recorded, DA. IP {f1} {sn1}'s ex-partner took her car from outside her work in {town} using a spare key and refuses to return it; IP needs it to get to work.
registrar|stalking_harassment|domestic_abuse|Harassment recorded - DA (in-law). IP {f1} {sn1}'s brother-in-law has been following her to work, photographing her and reporting back to her husband who she speaks to. Over {n} weeks.
registrar|violence_without_injury|hate_crime|Common assault recorded as disability hate crime: IP {m1} {sn1}, a wheelchair user, was pushed and mocked as a "cripple" by two men outside {shop}; no injury.
"""

INTERPRETER = """
interpreter|stalking_harassment|domestic_abuse|Call via {lang} interpreter. Caller {f1} {sn1} states she lives with her husband, his parents and his two brothers at {street}. Mother-in-law takes her wages every month and she is not permitted to leave the house alone. In her words "I am like a guest who must ask for water". She says there is no hitting.
interpreter|violence_with_injury|domestic_abuse|{lang} interpreter used. Caller states husband {m1} beat her with a belt on {date} because the food was late; marks to back and arm seen by the attending officer. She is {n} months pregnant. Caller asks that his family is not told she called.
interpreter|violence_without_injury|domestic_abuse;honour_based_abuse|Via {lang} interpreter: caller {f1}, {age_ya}, says her father and uncle have fixed her marriage to a cousin in {country} for after the new year; when she refused, her father said he will kill her before she brings shame on the family. She does not consent to the marriage.
interpreter|sexual_offences|domestic_abuse;honour_based_abuse|Via {lang} interpreter. Caller {f1}, {age_ya}, was married in {country} last year against her will. Since coming to {town} the husband forces her to have sex and says the family name depends on a baby this year. Rape recorded. Caller is staying with a friend tonight.
interpreter|violence_with_injury|domestic_abuse|Interpreter ({lang}). Caller states husband and his mother hit her on {date} saying her parents did not give the gold and money promised for the marriage. Bruise on face, cut lip. Caller is saying "they measure me by what my father can pay".
interpreter|violence_without_injury|domestic_abuse;modern_slavery|Via {lang} interpreter, caller {f1} {sn1} says since arriving on a spouse visa she works from 5am until midnight cooking and cleaning for her husband's extended family of {n3}, has no money and no key, and her father-in-law keeps her passport. Officer recorded modern slavery (domestic servitude); NRM with her consent.
interpreter|stalking_harassment|online|Call through {lang} interpreter. Caller {m1} {sn1} says a man from his home town in {country}, his former business partner, keeps posting TikTok videos calling caller a thief and giving out his address in {town}. Caller afraid. No family link.
interpreter|violence_with_injury|domestic_abuse;honour_based_abuse|Via {lang} interpreter: caller {f1}, {age_y}, says her older brother {m1} ({age_a}) hit her legs with a cricket bat after seeing her with a boy from college; he told her she has "made the family name dirty". Bruising seen by the college nurse.
interpreter|violence_with_injury|honour_based_abuse|Interpreter used ({lang}). Caller, the aunt of {f1} ({age_c}), reports the girl's father beat her with a stick for chatting with boys on Snapchat, saying she will bring dishonour to the family. Marks on both arms. CSC informed.
interpreter|homicide|domestic_abuse|Bereaved family, via {lang} interpreter. Caller {m1} {sn1} says his sister {f1} died on {date} and her husband is charged with her murder; the sister's children now live with caller's mother. Caller asks about the trial date and help for his mother, who has no English.
interpreter|violence_without_injury|domestic_abuse|Via {lang} interpreter. Caller says her son-in-law shouted at her daughter {f1} ({age_a}) and pushed her to the floor; "no blood, no mark". Daughter is afraid to call herself. Common assault recorded.
interpreter|stalking_harassment|domestic_abuse|Interpreter ({lang}). Caller {f1} {sn1} reports her ex-husband rings her 20 or 30 times a day from different numbers and waits at the school gate; she has a non-molestation order since {edate}. Calls and SMS only. Stalking recorded.
interpreter|violence_without_injury|domestic_abuse;knife_sharp_instrument|Via {lang} interpreter: caller says her husband held a kitchen knife close to her face on {date} and said he will kill her if she tells her parents about his gambling debts. No injury. Threats to kill recorded. Caller {f1} {sn1}.
interpreter|sexual_offences|modern_slavery|Via {lang} interpreter, caller {f1}, {age_ya}, says she was brought from {country} with a promise of restaurant work but was made to have sex with men in a flat in {town}; the men who brought her keep all money and her documents. She got away on {date}. NRM referral made.
interpreter|fraud_computer_misuse||Through {lang} interpreter. Caller {m1} {sn1} paid {amt} cash to a man from the community who promised to arrange his wife's visa; the man has disappeared. Approach was face to face at a community event. Fraud recorded.
interpreter|fraud_computer_misuse|online|Via {lang} interpreter: caller {f1} {sn1} received a WhatsApp message from a number claiming to be her son with a new phone, asking for {amt} for rent; she transferred it. Son's real phone was never lost.
interpreter|burglary||Interpreter ({lang}). Caller {f1} {sn1} says her flat on {street} was broken into while the family was at a wedding on {date}; gold jewellery from her mother was taken from the wardrobe. Burglary recorded.
interpreter|burglary|domestic_abuse|Via {lang} interpreter. Caller's estranged husband came into the house on {street} through the back window when no one was home and took her gold and the children's passports; she thinks to stop her travelling. Burglary recorded, DA.
interpreter|robbery|hate_crime|Via {lang} interpreter: caller {m1} {sn1}, food delivery rider, pulled off his moped by {n} youths who called him racist names and took his phone and the delivery bag. Not hurt. Robbery recorded, racially aggravated.
interpreter|violence_with_injury|hate_crime|Caller {m1} {sn1} through {lang} interpreter says on {date} a man on the bus told him "go back to your country" then punched him, breaking his glasses and cutting his eyebrow. Racially aggravated assault recorded.
interpreter|stalking_harassment|hate_crime|Interpreter ({lang}). Caller {f1} {sn1} says the neighbours above have put pork and notes through her letterbox saying Muslims are not welcome, {n} times since the summer. No violence. Religiously aggravated harassment recorded.
interpreter|public_order|hate_crime|Via {lang} interpreter, caller {f1} {sn1} reports a group outside {shop} shouting at her and her daughters, calling them terrorists and making gestures, then walking away. Nobody touched them. Religiously aggravated public order recorded.
interpreter|criminal_damage_arson|hate_crime|Via {lang} interpreter: caller {m1} {sn1} says the windows of his family's shop on {street} were smashed overnight and insults about his nationality written on the shutter. Racially aggravated criminal damage recorded.
interpreter|other_theft||Caller {m1} {sn1}, via {lang} interpreter, says {amt} cash he kept in his locker at the warehouse where he works was stolen; he suspects a supervisor. No threats. He is paid properly and lives in his own room; officer notes no signs of labour exploitation.
interpreter|violence_without_injury|modern_slavery|Via {lang} interpreter. Caller {m1} {sn1} was recruited in {country} to work on a farm near {town2}; the gangmaster takes all wages for "debt", puts {n3} men in one caravan and threatened to hurt his family at home if he leaves. Modern slavery recorded, NRM.
interpreter|violence_without_injury|modern_slavery|Via {lang} interpreter: {m1}, who says he is {age_y}, found locked inside a house in {town} tending cannabis plants; says he was brought overland and told he owes {amtk}. Modern slavery recorded; treated as victim not suspect. NRM and independent child trafficking guardian.
interpreter|stalking_harassment|domestic_abuse;online;honour_based_abuse|Interpreter ({lang}). Caller {f1}'s husband, now in {country}, sends her threatening voice notes on WhatsApp every day and has posted photos of her without a headscarf to her relatives on Facebook, saying she has brought dishonour on his family.
interpreter|violence_with_injury|domestic_abuse|Via {lang} interpreter: caller {f1} {sn1} says her mother-in-law pulled her hair and scratched her face until it bled during an argument about the kitchen; husband watched and did nothing. Scratches photographed.
interpreter|violence_without_injury||Caller {m1} {sn1} via {lang} interpreter lives in shared asylum accommodation in {town}; another resident, not related, pushed him against the wall in the kitchen over the cooking rota. No injury. Common assault recorded.
interpreter|violence_with_injury||Interpreter ({lang}) call for {m1} {sn1}, who was assaulted by the landlord's agent while being told to leave his room; cut lip and bruised ribs. Agent is not related to him.
interpreter|theft_from_person||Via {lang} interpreter: caller {f1} {sn1}, {age_o}, says someone opened her handbag at the market on {street} and took her purse with {amt} and her bus pass. She felt nothing.
interpreter|shoplifting||Via {lang} interpreter: caller {m1} {sn1} owns a grocery shop on {street}; two men regularly take drinks and walk out without paying, most recently {date}. He is tired and anxious but they have never threatened him.
interpreter|other_crime||Caller {m1} {sn1} via {lang} interpreter reports a man in his block keeps {n} dogs on a small balcony, hits them, and they are very thin. Caller himself not threatened. Animal welfare matter passed to RSPCA.
interpreter|anti_social_behaviour||Through {lang} interpreter: caller {f1} {sn1} says teenagers knock her door and run away and play loud music in the stairwell at night; she feels unsettled. No damage, nothing said about her background. ASB logged.
interpreter|vehicle_offences||Via {lang} interpreter. Caller {m1} {sn1}, a minicab driver, says his car was taken from outside his house on {street} overnight on {date}; he needs it for his work. Theft of motor vehicle recorded.
interpreter|bicycle_theft||Via {lang} interpreter: caller's son's bicycle was taken from the rack at {town} library while he was inside; lock cut. Pedal cycle theft recorded. Caller {f1} {sn1}.
interpreter|criminal_damage_arson|domestic_abuse|Interpreter ({lang}). Caller {f1} {sn1} says her husband's brother, who lives in the same house, broke her phone and tore up her documents when she spoke about leaving; no violence to her. Criminal damage recorded with DA flag.
interpreter|sexual_offences|domestic_abuse|Via {lang} interpreter: caller {f1} {sn1}, {age_a}, discloses her husband's uncle, who lives with them, touched her sexually several times; when she told her mother-in-law she was told to stay silent. Sexual assault recorded.
interpreter|homicide||Via {lang} interpreter: caller {m1} {sn1}'s son {m2} was killed on {date} when a man hit him over the head with a bottle at a party in {town}; manslaughter charge. Family needs help with funeral costs and repatriation to {country}.
interpreter|stalking_harassment|domestic_abuse|Via {lang} interpreter, caller {f1} {sn1} says her adult son {m1} ({age_a}) takes her benefit money, shouts at her every day and tells her she cannot go to the community centre. She is scared of him but does not want him arrested.
interpreter|violence_without_injury|domestic_abuse;hate_crime;honour_based_abuse|Via {lang} interpreter: caller {m1} {sn1}, {age_ya}, says his family found out he is gay; his father and uncle threatened to kill him for shaming the family and want him married to a woman in {country}. He has left home.
interpreter|violence_with_injury|domestic_abuse|Interpreter ({lang}). Caller {f1} {sn1} says her husband's cousin, who shares the house, slapped her and twisted her arm until it was sprained because she would not give him her bank card. GP has seen the arm.
interpreter|fraud_computer_misuse|domestic_abuse|Via {lang} interpreter: caller {f1} {sn1} ({age_o}) says her son-in-law took out {n} loans in her name using her documents, total {amtk}. She found out when the letters came. Fraud recorded; DA flag (family).
interpreter|sexual_offences|child_sexual_abuse_exploitation;honour_based_abuse|Caller {f2} {sn1}, via {lang} interpreter, says her niece {f1}, {age_c}, was "married" in a religious ceremony to a man of {age_a} living in {town}, and the girl now lives with him. Caller believes they are having sex. Sexual activity with a child recorded; Forced Marriage Unit informed.
interpreter|violence_without_injury|domestic_abuse|Via {lang} interpreter. Caller {f1} {sn1} says her father-in-law grabbed her by the arm and dragged her back into the house after she visited her own parents without permission; he took her phone. No mark. Common assault recorded.
interpreter|stalking_harassment||Interpreter ({lang}). Caller {f1} {sn1} says a man from the same church keeps phoning to ask to marry her and turns up at her work; she has told him no many times. They have never been in a relationship and are not related. Harassment recorded.
interpreter|violence_with_injury|domestic_abuse;knife_sharp_instrument|Via {lang} interpreter: caller {f1}, {age_a}, says her brother-in-law cut her arm with scissors when she refused to hand over her wages; the wound needed glue at the walk-in centre.
interpreter|death_injury_driving||Via {lang} interpreter: caller {m1} {sn1}'s wife {f1} was killed crossing {street} on {date} when a driver using his phone hit her. Driver charged with causing death by dangerous driving. Caller needs help understanding the court process.
interpreter|death_injury_driving||Interpreter ({lang}). Caller {f1} {sn1}'s daughter, {age_c}, was seriously injured on {street} when a car went through a red light; driver charged with causing serious injury by careless driving. Caller asks for help with hospital travel.
interpreter|robbery|knife_sharp_instrument|Via {lang} interpreter. Caller {m1} {sn1} stopped by two men on {street} at {time} who showed a knife and took his phone and the {amt} he had just withdrawn. Not hurt.
interpreter|misc_crimes_against_society||Via {lang} interpreter. Caller {f1} {sn1} found out her husband went through a marriage ceremony with another woman in {town2} while still married to her. Caller says he is not violent and she is not afraid of him; she wants to know the law. Bigamy recorded.
interpreter|drug_offences||Via {lang} interpreter: caller {f1} {sn1} says people come all night to the flat below hers on {street} to buy drugs; she has seen needles and smells cannabis. Nobody has threatened her. Drug supply recorded.
interpreter|possession_of_weapons||Via {lang} interpreter: caller {f1} {sn1} says police stopped her son ({age_y}) at {town} bus station and found a large kitchen knife in his bag; he said he was scared of other boys. Nobody was threatened. Caller wants help for him.
interpreter|other_theft|domestic_abuse|Via {lang} interpreter: caller {f1} {sn1} says her husband's family have kept all the gold jewellery she brought to the marriage and refuse to return it since he sent her back to her parents' house. Theft recorded, DA.
interpreter|violence_with_injury|domestic_abuse|Via {lang} interpreter. Caller {m1} {sn1} says his wife's brothers came to the house and beat him because he asked for a divorce; bruised face and a broken finger.
interpreter|violence_without_injury|domestic_abuse;honour_based_abuse|Via {lang} interpreter: caller {f1}, {age_y}, says her parents are taking her to {country} on {date} to marry a man she has never met; her mother slapped her when she cried. She is frightened and asked for the call to be kept secret.
interpreter|stalking_harassment|online|Via {lang} interpreter: caller {m1} {sn1} says a former friend posts on community Facebook groups that caller's wife is "a bad woman" with her photo. Caller and wife distressed. Not related to them.
interpreter|sexual_offences||Via {lang} interpreter. Caller {f1} {sn1} says a man she did not know, driving an unlicensed cab, touched her breasts on the way home from night shift and kept the doors locked for some minutes. Sexual assault recorded.
interpreter|violence_without_injury|domestic_abuse|Via {lang} interpreter: caller {m1} {sn1}, {age_o}, says his son threw a plate at him and told him he will put him in a home; no injury. The son lives with him with his wife and children.
interpreter|anti_social_behaviour||Through {lang} interpreter: caller {m1} {sn1} complains the family next door argue loudly late at night; caller heard no violence and police attended and found nothing of concern. Noise nuisance logged as ASB.
interpreter|violence_with_injury|domestic_abuse|Via {lang} interpreter. Caller {f1}, {age_y}, says her stepfather punched her in the stomach and she has bruises; her mother did not stop him. Caller now staying at a friend's in {town}.
interpreter|violence_with_injury||Via {lang} interpreter: caller {f1} {sn1}'s son {m1}, {age_c}, was punched in the face by his stepfather, leaving a swollen eye. Recorded as ABH; not DA due to the age of the child, CSC informed.
interpreter|sexual_offences|domestic_abuse|Via {lang} interpreter: caller {f1} {sn1} says her ex-husband raped her in the summer when he came to see the children at {street}; she only now feels able to tell.
interpreter|stalking_harassment|domestic_abuse;online|Via {lang} interpreter. Caller {m1} {sn1} says his sister-in-law sends abusive voice notes on WhatsApp every day blaming him for his wife's illness. Harassment recorded.
interpreter|fraud_computer_misuse||Via {lang} interpreter: caller {m1} {sn1}, {age_o}, had phone calls from people saying they were from the Home Office and he would be deported unless he paid {amt} in gift vouchers; he paid. Fraud recorded. No internet involved.
interpreter|violence_with_injury||Via {lang} interpreter: caller {m1} {sn1} was punched in the queue at the post office by a man he did not know; cut nose. Caller adds that his daughter suffered domestic abuse years ago in {country}, so he is nervous of police.
interpreter|violence_with_injury|domestic_abuse;honour_based_abuse|Via {lang} interpreter, caller {f1} {sn1} ({age_ya}) says her uncle and cousins beat her after she divorced, saying a divorced woman shames the family; she has a broken rib.
interpreter|other_crime||Via {lang} interpreter: caller {m1} {sn1} says his employer does not pay minimum wage and gives no breaks; he keeps his own passport, lives at home and is free to leave. Passed to HMRC minimum wage team; no modern slavery indicators.
interpreter|public_order||Via {lang} interpreter: caller {m1} {sn1} says at a wedding hall in {town} two groups of guests he did not know started shouting threats and throwing chairs; caller frightened, nobody hurt. Public order recorded.
interpreter|violence_without_injury||Via {lang} interpreter. Caller {m1} {sn1} says a man he owes {amt} phoned and said he will kill him if he is not paid by Friday. Threats to kill recorded. Phone call only.
interpreter|sexual_offences|child_sexual_abuse_exploitation|Via {lang} interpreter. Caller {f1} {sn1} says her daughter, {age_c}, told her that the man who gives her religious lessons at home touched her private parts. Sexual assault of a child recorded.
interpreter|stalking_harassment|domestic_abuse;honour_based_abuse|Via {lang} interpreter: caller {f1}, {age_a}, says her brothers follow her to work, check who she talks to and took her phone, saying a woman of the family must not be seen with men. No violence. Caller lives in {town}.
interpreter|violence_with_injury|domestic_abuse|Via {lang} interpreter: caller {f1} {sn1} says her sister's husband, who lives in the same house, hit her shoulder with a pan; swelling, cannot lift her arm. He is angry she "talks too much" to her sister.
interpreter|criminal_damage_arson||Via {lang} interpreter: caller {m1} {sn1} says his van tyres were let down and both wing mirrors snapped off outside his house on {street}; he has no dispute with anyone and no idea who did it.
interpreter|robbery||Via {lang} interpreter. Caller {f1} {sn1}, {age_o}, says a young man pulled her gold chain from her neck on {street} and she fell, grazing her knee. Robbery recorded.
interpreter|theft_from_person||Via {lang} interpreter. Caller {m1} {sn1} says his wallet was taken from his jacket pocket on a crowded train to {town2}; he noticed when he got off. Nobody used force.
interpreter|other_theft||Via {lang} interpreter: caller {f1} {sn1} says parcels with her medicine deliveries are being taken from the shared hallway of her block on {street}. Theft recorded.
interpreter|fraud_computer_misuse|online|Via {lang} interpreter: caller {m1} {sn1} paid {amtk} on a website offering cheap flights and visas for his parents; the website has now gone. Fraud recorded.
interpreter|vehicle_offences||Via {lang} interpreter: caller {m1} {sn1} says both number plates were taken from his car parked on {street} overnight; he only noticed when a neighbour told him. Theft from motor vehicle recorded.
interpreter|violence_without_injury||Via {lang} interpreter: caller {f1} {sn1} says a woman in the supermarket queue spat at her after she asked her not to push; no hateful words said and caller does not think it was about her background. Common assault recorded.
interpreter|sexual_offences|online|Via {lang} interpreter: caller {f1} {sn1} ({age_a}) says a man she matched with on a dating app keeps sending her pictures of his genitals after she told him to stop. Recorded as sending a photograph of genitals (cyberflashing).
interpreter|stalking_harassment|domestic_abuse|Via {lang} interpreter: caller {m1} {sn1} says his ex-wife keeps coming to his new home shouting and banging the door and writes letters threatening to tell his employer lies about him; after {n} visits he is scared. Harassment recorded, DA.
interpreter|violence_without_injury|domestic_abuse;honour_based_abuse|Via {lang} interpreter: caller, {age_ya}, says her father threatened to kill her "with his own hands" if she marries her boyfriend from another community, because people will not respect the family. Threats to kill recorded. Caller {f1} {sn1}.
interpreter|violence_with_injury|domestic_abuse|Via {lang} interpreter: caller {f1} {sn1}, {age_o}, says her son-in-law kicked her hip in an argument about the grandchildren; bruising seen. She lives with her daughter and son-in-law.
interpreter|homicide||Via {lang} interpreter, caller {f1} {sn1} says her husband {m1} died {n} days after being attacked by a group outside the shop where he worked; charge now murder. Caller asks for help with the coroner.
interpreter|anti_social_behaviour||Via {lang} interpreter: caller {m1} {sn1} reports children kicking a football against his car and gate every evening; nothing damaged, no words said to him. ASB logged.
interpreter|sexual_offences|domestic_abuse|Via {lang} interpreter: caller {f1}, {age_a}, discloses that her husband's brother comes into her room at night and touches her; her husband does not believe her. Sexual assault recorded.
interpreter|violence_without_injury|modern_slavery|Via {lang} interpreter: caller {f1} {sn1}, live-in nanny for a family in {town} she is not related to, works every day with no day off, has not been paid for {n} months, the employer keeps her passport and she may not go out alone. Modern slavery recorded.
interpreter|violence_with_injury|domestic_abuse|Via {lang} interpreter: caller {m1} {sn1}, {age_o}, says his daughter-in-law hit him on the arm with his walking stick, skin broken; family say he is confused but the GP saw the wound.
interpreter|stalking_harassment|domestic_abuse|Via {lang} interpreter, caller {f1} says her husband tells her she will be deported if she leaves, keeps her residence card and gives her {amt} a month for food. Controlling and coercive behaviour recorded.
interpreter|violence_without_injury|domestic_abuse;honour_based_abuse|Via {lang} interpreter: caller {f1} {sn1} ({age_ya}) was pushed out of the front door by her mother and told never to come back because she refused the man the family chose for her; "in our culture this is shame". No injury.
interpreter|violence_without_injury|domestic_abuse|Via {lang} interpreter: caller {f1} {sn1} says her ex-husband phoned from {town2} and said he will come and stab her; no knife was seen and he is not nearby. Threats to kill recorded, DA.
interpreter|criminal_damage_arson||Via {lang} interpreter: caller {f1} {sn1} says someone smashed the windscreen of her car on {street} overnight on {date}; nothing taken, no idea who. Not connected to her family. Criminal damage recorded.
interpreter|violence_with_injury|domestic_abuse|Via {lang} interpreter. Caller {m1} {sn1} says his wife hits him when she is angry; on {date} she scratched his face and neck, drawing blood. He is ashamed to talk about it.
interpreter|other_theft||Via {lang} interpreter. Caller {m1} {sn1}, a taxi driver, says {n} passengers ran off without paying a {amt} fare from {town} to {town2}. Making off without payment recorded.
interpreter|fraud_computer_misuse|online|Via {lang} interpreter: caller {f1} {sn1} answered an advert on Facebook for a room to rent in {town}, paid a {amt} deposit, and the room does not exist. Fraud recorded.
interpreter|stalking_harassment||Via {lang} interpreter: caller {m1} {sn1} says his former landlord keeps sending text messages and calling at all hours demanding money caller says he does not owe; calls and SMS only. Harassment recorded. Not family.
interpreter|violence_with_injury|domestic_abuse;honour_based_abuse|Via {lang} interpreter: caller {f1}, {age_y}, says her father burned her arm with a hot spoon because she was seen talking to a boy, saying it is to protect the family's respect. Burn seen by the school nurse.
interpreter|misc_crimes_against_society||Via {lang} interpreter: caller {f1} {sn1} says a driver raced over the zebra crossing on {street} while she was crossing with her children, missing them by inches; nobody was hit. Dangerous driving recorded.
interpreter|public_order||Via {lang} interpreter: caller {f1} {sn1} says a drunk man outside her building swore and shouted threats at everyone passing, including her, then left; nothing was said about religion or race. Public order recorded.
"""

ADULT_SOCIAL_CARE = """
adult_social_care|other_theft||Safeguarding concern (s42). Adult at risk {f1} {sn1}, {age_o}, lives alone on {street} with domiciliary care four calls a day. Daughter noticed {amt} missing from the cash tin after a new agency carer started. Police recorded theft. Carer is paid staff, not family.
adult_social_care|other_theft|domestic_abuse|Adult at risk {m1} {sn1}, {age_o}, vascular dementia. His grandson ({age_ya}), who visits daily, has been taking cash from his wallet, about {amt} a week. Police recorded theft, DA flag. Capacity re finances in question.
adult_social_care|fraud_computer_misuse|domestic_abuse|s42 enquiry: son {m1} {sn1} holds LPA (finance) for his mother {f1} {sn1}, {age_o}, who lacks capacity re finances, and has transferred {amtk} to his own account to buy a car. Fraud by abuse of position recorded.
adult_social_care|violence_with_injury||Care home referral: resident {f1} {sn1}, {age_o}, at {carehome} found with finger-shaped bruising to both upper arms; night carer seen on CCTV gripping and shaking her. Carer suspended. Assault recorded. No family involvement.
adult_social_care|violence_without_injury||Concern from {carehome}: agency care worker slapped resident {m1} {sn1} ({age_o}) on the hand and shouted at him when he refused his medication; witnessed by a colleague. No mark. Common assault recorded; PiPoT process started.
adult_social_care|sexual_offences||Safeguarding alert: resident {f1} {sn1} ({age_o}, advanced dementia) at {carehome} found in her room with a male visitor who is not related to her, her nightdress pulled up. Sexual assault recorded; she lacks capacity to consent.
adult_social_care|sexual_offences|domestic_abuse|Adult at risk {f1} {sn1}, {age_a}, learning disability, lives with her mum and older brother; she says her brother makes her "do sex things" when mum is at work. Rape recorded, intermediary booked for ABE interview.
adult_social_care|stalking_harassment|domestic_abuse|ASC referral: adult at risk {m1} {sn1}, {age_o}, Parkinson's. His wife of {n2} years controls his medication, stops his friends visiting and keeps his pension card. Controlling or coercive behaviour recorded.
adult_social_care|violence_with_injury|domestic_abuse|Adult at risk {f1} {sn1} ({age_o}) lives with her son, her unpaid carer. District nurse found a black eye and bruised ribs; {f1} says her son "gets cross". ABH recorded.
adult_social_care|violence_with_injury||Dom care: adult at risk {m1} {sn1} ({age_o}) told his social worker the morning carer from {agency} dragged him out of bed by the arm; skin tear and bruising documented by the district nurse. Carer is paid agency staff.
adult_social_care|other_theft||Care home: {n} residents at {carehome} reported rings and cash missing; a housekeeper was found with items in her locker. Theft by employee recorded. Adult at risk for this referral {f1} {sn1} ({age_o}).
adult_social_care|fraud_computer_misuse||Adult at risk {f1} {sn1} ({age_o}) was phoned by a man claiming to be from the council and read out her card details for a "council tax rebate"; {amt} taken. Fraud recorded. Phone call only.
adult_social_care|fraud_computer_misuse|online|Adult at risk {m1} {sn1}, {age_o}, isolated widower, met "a woman" on Facebook who asked for money for hospital bills; he has sent {amtk}. Romance fraud recorded. Capacity assessment re finances requested.
adult_social_care|fraud_computer_misuse|online|Adult at risk {f1} {sn1} ({age_a}), autistic, was persuaded in a gaming site chat to share her banking login; {amt} taken. Fraud and computer misuse recorded.
adult_social_care|other_theft||Adult at risk {m1} {sn1} ({age_a}), learning disability, supported living. Two "friends" from the pub come round on benefit day and take his money for "rent"; about {amt} a month. They are friendly to him and no hostility to his disability is expressed. Theft recorded.
adult_social_care|violence_without_injury|hate_crime|Adult at risk {m1} {sn1} ({age_a}), learning disability, was kicked in the shins and called a "retard" by teenagers at the bus stop on {street}; no injury found. Disability hate crime recorded.
adult_social_care|stalking_harassment|hate_crime;online|Adult at risk {f1} {sn1} ({age_a}), wheelchair user, is getting messages on Facebook from a neighbour mocking her disability, including photos of her taken through her window. Harassment recorded.
adult_social_care|drug_offences||Adult at risk {m1} {sn1} ({age_a}), alcohol dependent, says people from out of town use his flat on {street} to bag up and sell drugs; they bring him cans and he says he is "not scared of them". No threats and no sign he is made to work for them. Drug supply recorded; cuckooing concern.
adult_social_care|violence_without_injury|modern_slavery|Adult at risk {m1} {sn1} ({age_a}), learning disability. Dealers have taken over his flat and make him deliver drugs across {town}, threatening to hurt his mum if he refuses. Modern slavery recorded; NRM.
adult_social_care|violence_without_injury|modern_slavery|Adult at risk {m1} {sn1} ({age_a}) found living in a shed at a farm near {town2}; works for the farmer's family for food and tobacco with no wages for years, his ID held by them. Modern slavery (forced labour) recorded. Not related to the family.
adult_social_care|burglary||Adult at risk {f1} {sn1} ({age_o}) let in a man who said he was checking smoke alarms for the council; later found {amt} missing from her bedroom. Distraction burglary recorded.
adult_social_care|robbery||Adult at risk {m1} {sn1} ({age_o}), walking frame user, pushed over outside the post office on {street} and his pension cash taken; fractured hip. Robbery recorded.
adult_social_care|criminal_damage_arson||Adult at risk {f1} {sn1}, {age_o}, lives alone; someone poured paint over her car and smashed her window boxes overnight {date}. Neighbours unsure who. Criminal damage recorded.
adult_social_care|anti_social_behaviour||Concern raised by housing: adult at risk {m1} {sn1} ({age_o}) distressed by children from the estate kicking a ball at his window and ringing his bell; no damage or threats. ASB case opened.
adult_social_care|other_crime||Adult at risk {f1} {sn1} ({age_o}) reports the man who rents her spare room is breeding puppies in the back bedroom in poor conditions; animal welfare issue referred to RSPCA and licensing. No threats or harm to {f1}.
adult_social_care|violence_with_injury|domestic_abuse|Adult at risk {m1} {sn1} ({age_a}), acquired brain injury, disclosed his girlfriend burns him with cigarettes; marks on forearms seen at day centre. ABH recorded, DASH high.
adult_social_care|homicide|domestic_abuse|Safeguarding adults review notification: {f1} {sn1}, {age_o}, died on {date}; her husband, who was her main carer, has been charged with murder. Referral for her granddaughter {f2}.
adult_social_care|homicide||Gross negligence manslaughter investigation: resident {m1} {sn1} ({age_o}) at {carehome} choked after staff repeatedly ignored his soft-diet plan. Recorded as manslaughter. Referral for his son {m2}.
adult_social_care|death_injury_driving||Adult at risk {f1} {sn1} ({age_o}) seriously injured when a car reversed at speed across the pavement on {street}; driver charged with causing serious injury by careless driving. Driver not known to her.
adult_social_care|stalking_harassment||Former personal assistant of adult at risk {m1} {sn1} ({age_a}) has phoned and texted him every day since being dismissed, demanding money. Harassment recorded. Not family; SMS and calls only.
adult_social_care|fraud_computer_misuse|domestic_abuse|Adult at risk {f1} {sn1} ({age_o}); her niece, appointee for her benefits, has kept about {amtk} of her PIP. Fraud by abuse of position recorded; DA (family).
adult_social_care|other_theft|domestic_abuse|Adult at risk {m1} {sn1} ({age_o}): his brother-in-law, who moved in "to help", has sold his late wife's jewellery without permission. Theft recorded with DA marker. Loss approx {amt}.
adult_social_care|sexual_offences||Adult at risk {f1} {sn1} ({age_a}), learning disability, told her support worker that the male taxi driver who takes her to day services touched her between her legs. Sexual assault recorded.
adult_social_care|violence_without_injury|domestic_abuse|Adult at risk {f1} {sn1} ({age_o}) reports her adult granddaughter shouts at her and pulled her off the sofa by her cardigan; no injury. Common assault recorded.
adult_social_care|violence_with_injury||Adult at risk {m1} {sn1} ({age_a}), autistic, assaulted at day centre by another service user; cut above the eye. Not a hate incident - nothing said about his disability. They are not related.
adult_social_care|violence_with_injury|hate_crime|Adult at risk {f1} {sn1} ({age_a}), registered blind, punched in the face on {street} by a man who called her a "blind freak" and kicked her cane away; bruised cheek.
adult_social_care|stalking_harassment|domestic_abuse;online|Adult at risk {f1} {sn1} ({age_a}), learning disability; her ex-boyfriend messages her on Snapchat up to {n2} times a day and turns up at her supported flat. Stalking recorded.
adult_social_care|misc_crimes_against_society||Adult at risk {f1} {sn1} ({age_o}); her lodger, not a relative, told her he would smash up her furniture and windows if she made him leave. Nothing damaged. Threat to commit criminal damage recorded.
adult_social_care|misc_crimes_against_society||Adult at risk {m1} {sn1} ({age_a}), learning disability, let acquaintances store boxes in his flat on {street}; police found stolen TVs. He did not know. The acquaintances charged with handling stolen goods.
adult_social_care|violence_with_injury|domestic_abuse|ASC referral: adult at risk {f1} {sn1} ({age_a}), physical disability, says her wife tipped her wheelchair over during an argument about money, causing a head wound.
adult_social_care|other_theft||Adult at risk {f1} {sn1} ({age_o}): neighbour who does her shopping keeps about {amt} a week from the shopping money. Theft recorded. Neighbour, not family.
adult_social_care|fraud_computer_misuse||Adult at risk {f1} {sn1} ({age_o}) charged {amtk} by doorstep traders for unnecessary driveway work; they drove her to the bank to withdraw it. Fraud recorded.
adult_social_care|violence_without_injury||Support worker threw a cup of cold water over adult at risk {m1} {sn1} ({age_a}) and pushed him back into his chair; no injury. Common assault recorded. Worker employed by {agency}.
adult_social_care|public_order||Adult at risk {f1} {sn1} ({age_o}) frightened by a neighbour shouting and swearing threateningly through her letterbox about her bins; he left when others came out. s4 public order recorded. Not family.
adult_social_care|burglary|domestic_abuse|Adult at risk {m1} {sn1} ({age_o}): his estranged son, who no longer lives there and has been told not to come, broke in through the back door and took his tablet and {amt}. Burglary recorded, DA.
adult_social_care|vehicle_offences||Adult at risk {m1} {sn1} ({age_a}): his adapted car was taken from his driveway on {street} overnight, blue badge inside. Theft of motor vehicle recorded.
adult_social_care|theft_from_person||Adult at risk {f1} {sn1} ({age_o}), sight loss, had her purse lifted from her coat pocket in the queue at {shop}; nothing was said and no force used.
adult_social_care|bicycle_theft||Adult at risk {m1} {sn1} ({age_a}), learning disability, had his adapted tricycle taken from outside the day centre in {town}; staff say he is distraught. Pedal cycle theft recorded.
adult_social_care|violence_with_injury|domestic_abuse|Adult at risk {f1} {sn1} ({age_o}); her husband, who has dementia himself, hit her with his stick causing a cut to her head. ABH recorded, DA; prosecution unlikely.
adult_social_care|violence_without_injury|domestic_abuse|Adult at risk {m1} {sn1} ({age_o}); his daughter, who lives with him, shakes him by the shoulders when he forgets things; no marks. Common assault recorded.
adult_social_care|stalking_harassment|domestic_abuse|Adult at risk {f1} {sn1} ({age_o}); her son-in-law phones daily demanding she sign the house over to her daughter and calls her names. Phone calls only. Harassment recorded, DA.
adult_social_care|other_theft||Adult at risk {m1} {sn1} ({age_o}) in sheltered housing; the scheme manager took about {amt} from the residents' savings club. Theft by employee recorded.
adult_social_care|violence_with_injury||{carehome}: resident {f1} {sn1} ({age_o}) had a broken wrist that staff failed to report for {n} days; investigation found a carer twisted her arm. Assault with injury recorded; neglect also being looked at under s42.
adult_social_care|sexual_offences||Adult at risk {m1} {sn1} ({age_a}), learning disability, disclosed that a male volunteer at a church group touched him sexually and took photos. Sexual assault recorded.
adult_social_care|anti_social_behaviour||Adult at risk {f1} {sn1} ({age_o}) complains of her neighbour drilling and hammering late most nights; no threats, no damage. ASB logged with environmental health.
adult_social_care|fraud_computer_misuse|online|Adult at risk {m1} {sn1} ({age_o}) paid {amt} for a "computer repair" after a pop-up told him his laptop was infected; the caller then got into his online banking and took {amtk} more.
adult_social_care|violence_without_injury||Another resident at {carehome} repeatedly told {f1} {sn1} ({age_o}) he would kill her; she is frightened. Threats to kill recorded. They are not related.
adult_social_care|criminal_damage_arson|domestic_abuse|Adult at risk {m1} {sn1} ({age_o}): his grandson ({age_ya}) smashed the TV and kicked the doors in when refused money; no violence to {m1}. Criminal damage recorded, DA.
adult_social_care|violence_with_injury|domestic_abuse|Adult at risk {f1} {sn1} ({age_a}), mental health condition, lives with her parents; her father slapped her, causing a nosebleed. ABH recorded, DA.
adult_social_care|other_theft|domestic_abuse|Adult at risk {f1} {sn1} ({age_o}): her daughter takes the cash from her purse each week after the pension is drawn, leaving her without heating money. Theft recorded, DA.
adult_social_care|robbery|domestic_abuse|Adult at risk {m1} {sn1} ({age_o}) was pinned to his chair by his nephew, who took his wallet with {amt} in it. Robbery recorded, DA.
adult_social_care|violence_without_injury|hate_crime|Adult at risk {m1} {sn1} ({age_a}), gay man with learning disability, spat at and called homophobic names by a man at {town} bus station.
adult_social_care|public_order|hate_crime|Adult at risk {f1} {sn1} ({age_a}), transgender woman in supported housing, had transphobic abuse shouted at her by a group outside the building on {street}; no contact. Public order recorded.
adult_social_care|other_crime||Adult at risk {m1} {sn1} ({age_o}): the care agency supplying him was operating without CQC registration. Regulatory offence passed to CQC. No crime against him by any individual disclosed.
adult_social_care|criminal_damage_arson||Deliberate fire in the bin store at the supported living scheme on {street} where adult at risk {f1} {sn1} ({age_a}) lives; residents evacuated, nobody hurt. Arson recorded.
adult_social_care|violence_with_injury|domestic_abuse|Adult at risk {m1} {sn1} ({age_a}), tetraplegic, says his partner, who is also paid as his carer through direct payments, left him in wet sheets and bent his fingers back when he complained; bruising. ABH recorded.
adult_social_care|homicide||Adult at risk {m1} {sn1} ({age_a}), learning disability, found dead on {date} after being beaten by men who had been staying in his flat. Murder recorded. Referral for his sister {f2} {sn1}.
adult_social_care|sexual_offences||Adult at risk {f1} {sn1} ({age_o}) disclosed at a care review that a lodger raped her in 1985; she wants to report it now. Non-recent rape recorded. Care coordinator {f2} {sn2} to support.
adult_social_care|sexual_offences|child_sexual_abuse_exploitation|Adult at risk {m1} {sn1} ({age_a}) told his psychologist his uncle sexually abused him from age 8 to 12; he now wants to report. Non-recent indecent assault recorded.
adult_social_care|drug_offences||Adult at risk {m1} {sn1} ({age_a}) says people in his shared house on {street} are dealing cannabis and crack from the kitchen; he is not involved and not threatened. Drug supply recorded.
adult_social_care|possession_of_weapons||Tenant at the supported living scheme where adult at risk {f1} {sn1} ({age_a}) lives was seen walking along {street} with a machete in his belt; he did not threaten anyone. Possession of an offensive weapon recorded.
adult_social_care|stalking_harassment|domestic_abuse|Adult at risk {f1} {sn1} ({age_a}), brain injury; her ex-husband keeps turning up at her supported flat and leaving letters begging her to come back; she is scared. Stalking recorded.
adult_social_care|fraud_computer_misuse|domestic_abuse;online|Adult at risk {m1} {sn1} ({age_o}): his {age_ya}-year-old grandson set up online shopping accounts in his name and ran up {amtk}. Fraud recorded, DA.
adult_social_care|violence_with_injury||Another resident at {carehome} hit {m1} {sn1} ({age_o}) with a walking frame, cutting his head; the two men are not related. ABH recorded; capacity of the other resident being assessed.
adult_social_care|violence_without_injury|domestic_abuse|Adult at risk {f1} {sn1} ({age_a}), Down's syndrome, lives with her mother and stepfather; stepfather grabs her face and shouts at her; no injuries seen. Common assault recorded.
adult_social_care|other_theft||Adult at risk {f1} {sn1} ({age_o}): a ring worth {amt} went missing after visits from a cleaner she pays privately. Theft recorded.
adult_social_care|stalking_harassment|hate_crime|Adult at risk {m1} {sn1} ({age_a}), schizophrenia; neighbours push notes under his door calling him a "psycho" and "nutter", {n} times in {n2} days. Disability-related harassment recorded.
adult_social_care|violence_with_injury|domestic_abuse|Adult at risk {m1} {sn1} ({age_o}) found by carers with a burn to his hand; he says his wife "held it to the hob to teach him". ABH recorded.
adult_social_care|violence_without_injury||Adult at risk {f1} {sn1} ({age_o}) jostled and sworn at by a young man on the bus for being "too slow"; she does not think it was about her disability and nothing was said about it. Common assault recorded.
adult_social_care|burglary||Adult at risk {m1} {sn1} ({age_o}); his bungalow on {street} was entered through an insecure window while he was in respite care; {n} medals and a TV taken.
adult_social_care|other_theft||Adult at risk {m1} {sn1} ({age_o}): pension letters and bank statements taken from his mailbox in the flats on {street}. Theft of mail recorded.
adult_social_care|sexual_offences|domestic_abuse|Adult at risk {f1} {sn1} ({age_o}), dementia, in residential care at {carehome}; staff found her husband touching her sexually while she was distressed and pushing him away; she lacks capacity to consent. Sexual assault recorded, DA.
adult_social_care|anti_social_behaviour||Adult at risk {m1} {sn1} ({age_a}) says children from next door ride scooters along the path on {street} and shout; nothing directed at him, no damage. ASB logged.
adult_social_care|criminal_damage_arson|hate_crime|Adult at risk {m1} {sn1} ({age_a}), autistic, had "weirdo" and a disability slur painted on his car outside his flat on {street}. Criminal damage recorded, disability hate.
adult_social_care|misc_crimes_against_society||Care manager at {carehome} told staff to rewrite incident records after resident {f1} {sn1} ({age_o}) had a fall. Perverting the course of justice recorded; the fall itself is not suspicious.
adult_social_care|violence_with_injury|domestic_abuse;knife_sharp_instrument|Adult at risk {m1} {sn1} ({age_a}), learning disability, was cut on the hand with a knife by his brother during an argument about money; {n} stitches.
adult_social_care|death_injury_driving||Adult at risk {f1} {sn1} ({age_o}) was killed when a van hit her on the crossing outside {carehome}; driver charged with causing death by careless driving.
adult_social_care|stalking_harassment||Adult at risk {f1} {sn1} ({age_o}) has had up to {n2} silent calls a night from a withheld number. Harassment recorded; suspect unknown.
adult_social_care|violence_without_injury||Adult at risk {m1} {sn1} ({age_a}), cerebral palsy, tripped deliberately by a man on the towpath near {street}; unhurt. Nothing was said and it is not thought to be disability related. Common assault recorded.
adult_social_care|other_theft|domestic_abuse|Adult at risk {m1} {sn1} ({age_o}): his wife sold his war medals at a car boot sale without his knowledge. Theft recorded, DA. Value approx {amt}.
adult_social_care|fraud_computer_misuse||Adult at risk {f1} {sn1} ({age_o}) lost {amtk} to a caller posing as a police officer; a taxi took her to the bank to draw out cash for a "courier". No online element.
adult_social_care|robbery|knife_sharp_instrument|Adult at risk {m1} {sn1} ({age_a}), learning disability, threatened with a knife by two men in the underpass near {street} and made to hand over his phone and bank card.
adult_social_care|violence_with_injury|hate_crime|Adult at risk {f1} {sn1} ({age_o}), care home resident at {carehome}; a carer called her a racist name and pulled her hair hard enough to remove a clump. Racially aggravated assault recorded.
adult_social_care|vehicle_offences||Adult at risk {f1} {sn1} ({age_a}); the catalytic converter was stolen from her Motability car on {street} overnight. Theft from motor vehicle recorded.
adult_social_care|stalking_harassment|domestic_abuse|Adult at risk {m1} {sn1} ({age_o}); his daughter has moved in and controls his money, his phone and who visits; he is not allowed to see his friends from the bowls club. Controlling or coercive behaviour recorded.
adult_social_care|fraud_computer_misuse|online|Adult at risk {f1} {sn1} ({age_a}), learning disability, paid a {amt} "fee" for a loan advertised on Instagram; no loan arrived. Fraud recorded.
adult_social_care|violence_with_injury||Adult at risk {m1} {sn1} ({age_a}) punched by his support worker, bruised cheek; worker employed by {agency}, not family. Assault recorded; worker suspended.
adult_social_care|sexual_offences|domestic_abuse|Adult at risk {f1} {sn1} ({age_a}), learning disability, says her husband makes her have sex when she says no. Rape recorded, DA. Advocate {f2} {sn2} attending.
adult_social_care|other_theft||Agency carer from {agency} found to be taking adult at risk {m1} {sn1}'s ({age_o}) prescribed morphine patches. Theft recorded. Carer is paid staff, not family.
adult_social_care|violence_with_injury|domestic_abuse|Adult at risk {f1} {sn1} ({age_o}), frail; her sister, who moved in after a bereavement, pinched and scratched her arms, leaving bruises and broken skin. ABH recorded; DA.
"""

YOUTH_JUSTICE = """
youth_justice|violence_with_injury||SPO note {yref}: two Y9 boys fought at the gates of {school} on {date}; {m1} {sn1} has a suspected broken nose. The other lad has admitted it. Looking at RJ / Outcome 22.
youth_justice|violence_without_injury||{f1} {sn1} ({age_c} y/o) slapped and shoved by another girl in the canteen at {school} on {date}; no injury. Restorative meeting agreed by both families.
youth_justice|misc_crimes_against_society|online;child_sexual_abuse_exploitation|Nude image of a Y10 girl shared round her year group on Snapchat by her ex, {age_c}, after they split up. Image deleted from {n} phones. Recorded as distributing an indecent image of a child; Outcome 21 being considered for the boys who forwarded it. Mum {f1} {sn1} referred.
youth_justice|sexual_offences|online;child_sexual_abuse_exploitation|{f1}, {age_c}yo, has been messaging a man who says he is 19 on Instagram; he asked for nudes and arranged to meet her at {town} bus station on {date}. Mum intervened. Sexual communication with a child recorded.
youth_justice|violence_without_injury|modern_slavery|{m1} {sn1}, aged {age_c}, found in a flat in {town2} {n} days after being reported missing from {town}, with a burner phone and {amt} cash; says he "owes" the line for lost drugs. Treated as CCE/county lines victim, NRM submitted (trafficking).
youth_justice|violence_with_injury|knife_sharp_instrument;modern_slavery|{m1}, {age_y}, county lines runner, stabbed in the leg by the line holder as punishment for being short {amt}. NRM positive reasonable grounds decision on {date}.
youth_justice|sexual_offences|child_sexual_abuse_exploitation;modern_slavery|{f1} {sn1}, {age_y}yo, looked after child, has been taken by older men to hotels in {town2} and made to have sex with men for money. Recorded as rape and trafficking for sexual exploitation; NRM made.
youth_justice|violence_with_injury|domestic_abuse|{f1}, {age_y}, Y12 at {school} sixth form, disclosed her boyfriend ({age_ya}) punched her arm and grabbed her neck, leaving bruises. Young person's DASH completed - high risk.
youth_justice|violence_with_injury||{f1}, {age_c}, says her boyfriend ({age_c2}) grabbed her by the neck in {park}, leaving bruising. Not a DA case given both ages; safeguarding through school DSL.
youth_justice|violence_without_injury||{m1}, {age_c}yo, pushed his mum against the wall and punched holes in the door when his Xbox was taken; mum not hurt. Child-to-parent violence referral to YJS; not DA due to his age.
youth_justice|violence_with_injury|domestic_abuse|{m1} {sn1} (DOB {dob_y}) hit his mother with a games controller, cutting her eyebrow. Mum {f1} wants help not prosecution. APVA / DA flagged.
youth_justice|robbery|knife_sharp_instrument|Two boys, {age_c} and {age_c2}, robbed of their phones and a vape at knifepoint in {park} on {date} by a group of older teens. No injuries.
youth_justice|robbery||Y10 pupil {m1} had his trainers and {amt} taken by older boys who pinned him against a wall near {school}. No weapon seen.
youth_justice|stalking_harassment|online|Y9 girl {f1} {sn1} targeted in a WhatsApp group set up to mock her, {n2} members; messages tell her to kill herself. Recorded as malicious communications.
youth_justice|stalking_harassment|hate_crime;online|{m1} (age {age_c_w}) getting racist voice notes and memes on Snapchat from lads in his class since a football match. Recorded as racially aggravated harassment.
youth_justice|public_order||Group of around {n2} youths fighting and shouting on {town} high street after school; shoppers scared, nobody identified as hurt. s4 public order recorded; dispersal order authorised.
youth_justice|possession_of_weapons||Lock knife found in a Y10 pupil's blazer pocket during a search at {school}; he ({age_c}) said it was for protection walking home after being chased. Nobody threatened. Possession of a bladed article on school premises recorded.
youth_justice|possession_of_weapons||Zombie knife found in the bag of a {age_y}-year-old at {town} station during a weapons sweep; he had not shown it to anyone. Possession recorded; YJS referral.
youth_justice|drug_offences||{m1} {sn1}, {age_c}yo, caught with {n} cannabis edibles in his bag at school; says he bought them on the way in. No exploitation indicators. Outcome 22 diversion considered.
youth_justice|drug_offences|online|Y12 student ({age_y}) advertising cannabis on his Snapchat story and delivering to younger pupils; arrested {date}. No sign of older controllers.
youth_justice|shoplifting||RJ referral: {m1} ({age_c}) and a friend took energy drinks and sweets from {shop}; store manager {f1} {sn1} agreed to a restorative meeting.
youth_justice|bicycle_theft||{m1}'s bike taken from the racks outside {school} during period 3; lock cut. Pedal cycle theft recorded. Mum {f1} {sn1} referred.
youth_justice|theft_from_person||AirPods taken from {f1}'s blazer pocket on the school bus without her noticing, she is {age_c}; she saw them on an older pupil later. Theft from the person recorded.
youth_justice|criminal_damage_arson||Fire set in the girls' toilets at {school} with paper towels and a lighter; minor damage only. Two Y8s identified. Arson recorded, restorative outcome proposed. Site manager {m1} {sn1} referred.
youth_justice|criminal_damage_arson||Windows at {town} youth club smashed on {date} after the session ended; {n} lads identified on CCTV. Youth worker {f1} {sn1} referred.
youth_justice|vehicle_offences||{m1} ({age_y}) and {m2} ({age_c}) took a car from a driveway on {street} with the keys left in it and crashed into a lamp post; nobody injured. Aggravated vehicle taking recorded. Owner {f1} {sn1} referred.
youth_justice|burglary||Two boys aged {age_c} and {age_c2} broke into the sports hall at {school} over the weekend and took {n} laptops. Non-residential burglary recorded. Business manager {f1} {sn1} referred.
youth_justice|sexual_offences|child_sexual_abuse_exploitation|{f1}, {age_c}yo, disclosed to the school nurse that her mum's boyfriend ({age_a}) touches her when mum is on nights. Sexual assault of a child recorded; not DA due to her age.
youth_justice|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|{f1} ({age_y}) says her ex-boyfriend ({age_ya}) raped her at a house party in {town} after she told him no. Ex-partner, both 16+, so DA flagged.
youth_justice|sexual_offences|child_sexual_abuse_exploitation|Y9 boy touched a girl's breasts in the corridor at {school} despite her pushing him away; she is {age_c}. Sexual assault recorded; child-on-child abuse procedure followed.
youth_justice|sexual_offences|online;child_sexual_abuse_exploitation|{m1} ({age_c}) was sent a sexual video on Discord by an adult pretending to be a girl his age and persuaded to do the same on camera; then asked for money. Causing a child to engage in sexual activity recorded.
youth_justice|other_theft||{m1}'s phone taken from the PE changing room at {school} during a lesson; corridor CCTV being checked. Theft recorded.
youth_justice|other_theft||Making off without payment: {n} teens ate at a takeaway on {street} and ran off without paying {amt}. Owner {m1} {sn1} wants RJ.
youth_justice|anti_social_behaviour||Residents complain about youths riding bikes through the precinct on {street} and being loud; no crime identified; Acceptable Behaviour Contracts offered. Resident {f1} {sn1} referred.
youth_justice|anti_social_behaviour||Y7s playing knock-a-door-run on {street}; older resident {m1} {sn1} upset; no damage, no threats. ASB letter to parents.
youth_justice|fraud_computer_misuse|online|Y12 student {m1} ({age_y}) got into the school's learning platform with a teacher's password, changed grades and accessed classmates' accounts. Computer misuse recorded.
youth_justice|fraud_computer_misuse|online|{f1} ({age_c}) paid {amt} for concert tickets to a seller on Instagram who never sent them and blocked her. Fraud recorded.
youth_justice|homicide|knife_sharp_instrument|Bereaved family referral: {m1} {sn1}, {age_y}, died after being stabbed on {street} on {date}; {n} teenagers charged with murder. Mum {f1}.
youth_justice|death_injury_driving||{f1} (DOB {dob_c}) seriously injured when a car speeding past {school} at home time mounted the kerb; driver charged with causing serious injury by dangerous driving.
youth_justice|stalking_harassment|domestic_abuse;online|{f1} ({age_y}) says her ex ({age_y}) is tracking her through Snap Map, messaging her friends to find out where she is and turning up. Stalking recorded; both 16+ so DA.
youth_justice|stalking_harassment|online|{f1} ({age_c}) and her ex ({age_c2}): he keeps messaging her on Snapchat and TikTok calling her names and saying he will spread rumours. Harassment recorded; not DA as both under 16.
youth_justice|violence_without_injury|domestic_abuse|{m1} ({age_y}) shoved into a wardrobe by his older brother ({age_ya}) in a row at home; no injury. Common assault recorded, DA (siblings 16+).
youth_justice|violence_without_injury||{m1} ({age_c}) says his brother, {age_c2}, pushes and kicks him most days; no injuries. Family support referral; not DA as both under 16.
youth_justice|violence_with_injury|hate_crime|{m1} ({age_c}), Muslim, punched by an older pupil who called him a terrorist; cut lip. Religiously aggravated assault recorded.
youth_justice|violence_without_injury|hate_crime|Transgender pupil at {school}, aged {age_c}, pushed and called transphobic names in the changing room; no injury. Hate crime recorded; RJ not suitable.
youth_justice|violence_without_injury||SPO note: {m1} ({age_sm}) came to school without a coat and hungry, saying he was left on his own overnight; mum later admitted going out. Child neglect recorded.
youth_justice|violence_with_injury||{f1} ({age_c}) has bruising on her back from a slipper; says dad hits her when she gets bad marks. ABH recorded; not DA due to age; CSC strategy discussion.
youth_justice|sexual_offences||A man exposed himself to a female teacher, {f1} {sn1} ({age_a}), in the lane behind {school} at {time}; no children were present. Exposure recorded.
youth_justice|robbery|knife_sharp_instrument|{m1} ({age_c}) handed over his phone after an older boy said "I've got a shank, don't make me use it" and patted his pocket; {m1} believed him. Robbery recorded.
youth_justice|robbery||{m1} ({age_y}) shoved against a fence and his vape and {amt} taken; the lad claimed to have a knife but {m1} could see it was a comb and did not believe him. Robbery recorded.
youth_justice|violence_without_injury|modern_slavery|{m1} ({age_c}) made to carry drugs for older boys who threaten to "do" his sister if he stops. CCE; NRM submitted.
youth_justice|drug_offences||{m1} ({age_y}) found with {n} wraps of cocaine at {town} station; county lines screening says he deals for himself; no NRM, no indicators of exploitation.
youth_justice|criminal_damage_arson|domestic_abuse|{m1} ({age_y}) smashed his dad's car windscreen with a brick after an argument at home. Dad {m2} {sn1} wants RJ. DA flagged (family, both 16+).
youth_justice|misc_crimes_against_society||{m1} ({age_y}) rode his own moped at speed along the pavement outside {school}, pupils had to jump aside; no injuries. Dangerous driving recorded.
youth_justice|misc_crimes_against_society||{m1} ({age_c}) told the shopkeeper at {shop} he would "torch the place" after being refused a vape; nothing happened. Threat to commit criminal damage recorded.
youth_justice|misc_crimes_against_society|online;child_sexual_abuse_exploitation|Y12 student ({age_y}) found with indecent images of younger pupils ({age_c}) on his phone, saved from a Telegram group. Making indecent images of children recorded.
youth_justice|other_crime||Y8 boys seen throwing a cat into the canal near {street}; the cat was rescued. Animal welfare offence passed to RSPCA. Witness {f1} {sn1} referred.
youth_justice|other_crime||Pupils seen throwing lit fireworks at ducks in {park} on {date}; RSPCA informed; animal welfare matter.
youth_justice|violence_with_injury|knife_sharp_instrument|{m1} ({age_y}) slashed on the arm with a blade in a fight in {park}; {n2} stitches. Suspects known to him from college.
youth_justice|violence_with_injury||RJ conference arranged: {m1} ({age_c}) hit by a stone thrown by another pupil on {date}, cut to his head needing glue.
youth_justice|stalking_harassment||{f1} ({age_c}) followed home from school by a man in a car most days over {n} weeks; he has not approached or spoken to her. Harassment recorded; no online contact.
youth_justice|violence_without_injury|online|Y10 boy posted on Instagram that he would kill {m1} ({age_c}) and his family; no weapon seen. Threats to kill recorded.
youth_justice|stalking_harassment|domestic_abuse|{f1} ({age_y}): her dad checks her phone every night, takes the money from her Saturday job and stops her seeing friends. Controlling or coercive behaviour recorded.
youth_justice|violence_with_injury|domestic_abuse;honour_based_abuse|{f1} (DOB {dob_y}), Y12, disclosed her brother ({age_ya}) beat her with a belt after seeing photos of her at a party without her hijab, saying she had dishonoured the family.
youth_justice|violence_without_injury|honour_based_abuse|{f1} ({age_c}) told her teacher she is being taken to {country} at half term to marry a cousin; her mother slapped her when she said no. FMPO application made.
youth_justice|sexual_offences|child_sexual_abuse_exploitation|{f1} ({age_y}) disclosed her football coach ({age_a}) had sexual contact with her after training. Abuse of position of trust recorded.
youth_justice|misc_crimes_against_society||Y10 pupils passing fake £20 notes at the canteen and the corner shop; {n} notes recovered. Counterfeit currency recorded.
youth_justice|theft_from_person||{m1} ({age_c}) had his phone snatched from his hand at the bus stop on {street} by a lad on a bike; no contact with him. Theft from the person recorded.
youth_justice|burglary|domestic_abuse|{m1} ({age_y}), told to leave home by his mum after rows, climbed back in through a window while she was out and took her purse. Burglary dwelling recorded; DA (family, 16+).
youth_justice|stalking_harassment|online|{f1} {sn1}, teacher at {school}, targeted by a fake TikTok account run by pupils posting edited photos of her and false claims. Malicious communications recorded.
youth_justice|public_order|hate_crime|Y10 boys chanted homophobic abuse at an openly gay Y12 student across the field at {school}; no contact. Public order, hate crime recorded.
youth_justice|violence_with_injury||RJ conference: {m1} ({age_c}) knocked out another boy's front tooth with a punch at the bus stop; victim {m2} {sn2} agreed to take part.
youth_justice|other_theft||Older boy demanding {amt} a week from Y7 {m1} or he will "get battered". Recorded as blackmail. No assault so far.
youth_justice|sexual_offences|child_sexual_abuse_exploitation|Y9 boy took a photo up a girl's skirt on the stairs at {school}; she is {age_c}. Voyeurism (upskirting) recorded. Image deleted, not shared.
youth_justice|violence_with_injury|domestic_abuse|{m1} ({age_y}) hit with a belt by his stepfather, welts on his legs. ABH recorded; DA as both 16+.
youth_justice|violence_without_injury|modern_slavery|Boy who says he is {age_c} found working in a nail bar in {town} late at night; no school place, sleeps at the shop, owner not related. Child trafficking/modern slavery recorded.
youth_justice|sexual_offences|online;child_sexual_abuse_exploitation|Y10 girl {f1} ({age_c}) groomed for months on Discord with sexual messages by a man aged {age_ya} who then had sex with her at his flat. Sexual activity with a child recorded.
youth_justice|anti_social_behaviour||Older residents complain that teens hang round outside {shop} vaping and being rude; no crime disclosed. Dispersal patrols from {date}.
youth_justice|vehicle_offences||{n} boys aged about {age_c} caught trying the door handles of cars in the staff car park at {school}. Vehicle interference recorded.
youth_justice|violence_without_injury||PCSO {f1} {sn1} kicked by a {age_c}-year-old during a stop on {street}; no injury. Assault on emergency worker recorded.
youth_justice|fraud_computer_misuse|online|Y12 student {f1} ({age_y}) had her Instagram account hacked and used to scam her followers with fake investment posts. Computer misuse recorded.
youth_justice|homicide||Bereaved family: {f1} {sn1}'s son, {age_c}, died after being hit by a brick thrown by a teenager from the bridge on {street}; manslaughter charge.
youth_justice|criminal_damage_arson||Graffiti tags sprayed across the new sports pavilion at {school}; {n} pupils identified. Criminal damage recorded.
youth_justice|other_theft||RJ: {m1} ({age_c}) took {amt} from the charity collection tin in the school office. Theft recorded.
youth_justice|violence_without_injury||Teacher {f1} {sn1} pushed by a Y10 pupil at {school}; no injury. Assault recorded, RJ agreed.
youth_justice|public_order||Y9 boys swore threateningly at a bus driver and banged on the windows on {street}; driver alarmed, nobody touched. Public order recorded.
youth_justice|violence_with_injury|domestic_abuse|{f1} ({age_y}) says her girlfriend ({age_y}) bit her arm, leaving teeth marks and bruising, in an argument. DA as both 16+.
youth_justice|sexual_offences|domestic_abuse;child_sexual_abuse_exploitation|{f1} ({age_y}) disclosed her uncle ({age_a}) has been sexually abusing her since she was {age_c}, most recently last month.
youth_justice|violence_without_injury||{f1} ({age_c_w}) pushed to the ground by her friend's older sister at a party; unhurt. No relationship or family link between them. Common assault recorded.
youth_justice|sexual_offences|child_sexual_abuse_exploitation|{m1} ({age_y}) says a man he met through older friends gave him drugs and money and had sex with him at a flat in {town}; CSE screening high. Rape recorded.
youth_justice|stalking_harassment|online|{m1} ({age_y}) getting abuse on Xbox party chat from a stranger who then found and posted his address. Malicious communications recorded.
youth_justice|violence_with_injury||Fight between two Y12 students ({age_y}) in the common room at {school}; {m1} needed stitches to his lip. Not related, no relationship. RJ offered.
youth_justice|bicycle_theft||{m1} ({age_c})'s BMX taken from outside {shop}; it was not locked. Pedal cycle theft recorded.
youth_justice|shoplifting||Three Y9 girls took make-up from {shop} on {date}; security stopped them at the door. Shoplifting recorded; RJ with the store.
youth_justice|possession_of_weapons||{m1} ({age_y}) carrying an imitation firearm on {street}; he did not point it at anyone. Possession recorded.
youth_justice|violence_without_injury|domestic_abuse|{f1} ({age_y}) says her stepdad pushed her and threatened to throw her out; no injury. Common assault recorded, DA.
youth_justice|stalking_harassment|domestic_abuse;online|{m1} ({age_y}) says his ex-girlfriend ({age_ya}) keeps sending him Instagram messages threatening to hurt herself and him unless he gets back with her. Harassment recorded, DA.
youth_justice|sexual_offences|child_sexual_abuse_exploitation|{f1}, DOB {dob_c}, disclosed that her cousin's friend ({age_ya}) had sex with her in his car on {date}. Sexual activity with a child recorded.
youth_justice|fraud_computer_misuse|online|{m1} ({age_y}) sold his games console on an online marketplace; the buyer collected it on {date} after showing a fake bank transfer screenshot. Fraud recorded.
youth_justice|violence_with_injury|hate_crime|{m1} ({age_y}) punched by two men outside {shop} who shouted racist abuse at him; swollen jaw. Racially aggravated assault recorded.
"""

# ---------------------------------------------------------------------------
# Slot vocabularies
# ---------------------------------------------------------------------------

# key, female names, male names, surnames, interpreter languages, countries, tags
CULTURES = [
    (
        "english",
        ["Emma", "Claire", "Joanne", "Hannah", "Sophie", "Lauren", "Margaret", "Pauline", "Gemma", "Kelly"],
        ["James", "Daniel", "Craig", "Liam", "Stephen", "Gary", "Ryan", "Dennis", "Keith", "Callum"],
        ["Walker", "Hughes", "Bennett", "Parker", "Shaw", "Robinson", "Fletcher", "Holt", "Marsh", "Turner"],
        [],
        [],
        ["chr"],
    ),
    (
        "irish",
        ["Siobhan", "Aoife", "Niamh", "Bridget"],
        ["Ciaran", "Sean", "Padraig", "Declan"],
        ["O'Neill", "Murphy", "Doyle", "Brennan"],
        [],
        ["Ireland"],
        ["chr"],
    ),
    (
        "caribbean",
        ["Marcia", "Shanice", "Beverley", "Jada"],
        ["Delroy", "Tyrone", "Marcus", "Leon"],
        ["Campbell", "Thompson", "Clarke", "Grant"],
        [],
        ["Jamaica"],
        ["chr", "minority"],
    ),
    (
        "polish",
        ["Agnieszka", "Katarzyna", "Magdalena", "Zofia"],
        ["Piotr", "Tomasz", "Krzysztof", "Marek"],
        ["Nowak", "Mazur", "Krawczyk", "Wójcik"],
        ["Polish"],
        ["Poland"],
        ["chr", "minority"],
    ),
    (
        "romanian",
        ["Ioana", "Elena", "Andreea", "Mihaela"],
        ["Andrei", "Florin", "Ionuț", "Bogdan"],
        ["Popescu", "Ionescu", "Stan", "Dumitru"],
        ["Romanian"],
        ["Romania"],
        ["chr", "minority"],
    ),
    (
        "pakistani",
        ["Ayesha", "Nasreen", "Saima", "Farah", "Rubina"],
        ["Imran", "Tariq", "Asif", "Zubair", "Kamran"],
        ["Hussain", "Akhtar", "Mahmood", "Iqbal"],
        ["Urdu", "Punjabi", "Mirpuri"],
        ["Pakistan"],
        ["mus", "minority"],
    ),
    (
        "bangladeshi",
        ["Shirin", "Rokeya", "Nazma", "Taslima"],
        ["Abdul", "Shahid", "Rafiq", "Jamal"],
        ["Miah", "Uddin", "Rahman", "Chowdhury"],
        ["Sylheti", "Bengali"],
        ["Bangladesh"],
        ["mus", "minority"],
    ),
    (
        "indian",
        ["Priya", "Harpreet", "Jaspreet", "Meena", "Kiran"],
        ["Rajesh", "Gurpreet", "Sandeep", "Vikram", "Hardeep"],
        ["Patel", "Sandhu", "Gill", "Sharma", "Mistry"],
        ["Gujarati", "Punjabi", "Hindi"],
        ["India"],
        ["minority"],
    ),
    (
        "somali",
        ["Hodan", "Fadumo", "Amina", "Sahra"],
        ["Abdirahman", "Mohamed", "Abdi", "Yusuf"],
        ["Warsame", "Farah", "Hassan", "Osman"],
        ["Somali"],
        ["Somalia"],
        ["mus", "minority"],
    ),
    (
        "afghan",
        ["Zarghona", "Fereshta", "Mariam", "Parwana"],
        ["Ahmad", "Farid", "Wahid", "Naveed"],
        ["Popal", "Ahmadzai", "Rahimi", "Sultani"],
        ["Pashto", "Dari"],
        ["Afghanistan"],
        ["mus", "minority"],
    ),
    (
        "kurdish",
        ["Zilan", "Rojda", "Berfin", "Shilan"],
        ["Rebwar", "Dilshad", "Serwan", "Karwan"],
        ["Mahmoud", "Karim", "Rasul", "Aziz"],
        ["Kurdish Sorani", "Kurmanji"],
        ["Iraq"],
        ["mus", "minority"],
    ),
    (
        "syrian",
        ["Rania", "Lina", "Huda", "Nour"],
        ["Khaled", "Omar", "Bassam", "Yazan"],
        ["Haddad", "Al-Masri", "Darwish", "Khalil"],
        ["Arabic"],
        ["Syria"],
        ["mus", "minority"],
    ),
    (
        "eritrean",
        ["Senait", "Helen", "Selam", "Mebrat"],
        ["Tesfay", "Yonas", "Dawit", "Filmon"],
        ["Tekle", "Gebremedhin", "Habte", "Kidane"],
        ["Tigrinya"],
        ["Eritrea"],
        ["chr", "minority"],
    ),
    (
        "nigerian",
        ["Funmilayo", "Chioma", "Adaeze", "Folake"],
        ["Oluwaseun", "Chinedu", "Emeka", "Tunde"],
        ["Adeyemi", "Okafor", "Balogun", "Eze"],
        [],
        ["Nigeria"],
        ["chr", "minority"],
    ),
    (
        "chinese",
        ["Mei", "Xiaoling", "Yan", "Hui"],
        ["Wei", "Jun", "Hao", "Ming"],
        ["Chen", "Wang", "Liu", "Zhang"],
        ["Mandarin", "Cantonese"],
        ["China"],
        ["minority"],
    ),
    (
        "vietnamese",
        ["Lan", "Thu", "Hoa", "Ngoc"],
        ["Minh", "Tuan", "Duc", "Quang"],
        ["Nguyen", "Tran", "Pham", "Le"],
        ["Vietnamese"],
        ["Vietnam"],
        ["minority"],
    ),
    (
        "portuguese",
        ["Ana", "Juliana", "Fernanda", "Rita"],
        ["João", "Rafael", "Tiago", "Bruno"],
        ["Silva", "Santos", "Oliveira", "Costa"],
        ["Portuguese"],
        ["Brazil", "Portugal"],
        ["chr", "minority"],
    ),
    (
        "turkish",
        ["Elif", "Zeynep", "Ayşe", "Hatice"],
        ["Mehmet", "Emre", "Murat", "Hasan"],
        ["Yılmaz", "Demir", "Kaya", "Şahin"],
        ["Turkish"],
        ["Turkey"],
        ["mus", "minority"],
    ),
    (
        "tamil",
        ["Kavitha", "Tharshini", "Nirmala", "Shanthi"],
        ["Suresh", "Kajan", "Tharmalingam", "Niroshan"],
        ["Sivakumar", "Rajendran", "Balasingham", "Kandiah"],
        ["Tamil"],
        ["Sri Lanka"],
        ["minority"],
    ),
    (
        "ghanaian",
        ["Akosua", "Abena", "Efua", "Adwoa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        ["Mensah", "Owusu", "Asante", "Boateng"],
        [],
        ["Ghana"],
        ["chr", "minority"],
    ),
]
CULTURE_WEIGHT = {"english": 6}

MUSLIM_KEYS = ["hijab", "headscarf", "muslim", "terrorist", "pork"]
RACE_KEYS = ["racist", "racial", "nationality", "go back"]

TOWNS = [
    "Ashcombe",
    "Brindley Green",
    "Carrow Hill",
    "Dunmore Park",
    "Eastwick",
    "Fairholme",
    "Greyford",
    "Hatherley",
    "Kelby",
    "Longmoor",
    "Millthorpe",
    "Northgate",
    "Oldacre",
    "Pendle Cross",
    "Redbrook",
    "Stanway",
    "Thornfield",
    "Upperby",
    "Westholme",
    "Yardley Vale",
]
STREET_A = [
    "Albion",
    "Beech",
    "Cavendish",
    "Dalton",
    "Elm",
    "Foundry",
    "Granville",
    "Hawthorn",
    "Jubilee",
    "Kingsway",
    "Laburnum",
    "Mill",
    "Nelson",
    "Orchard",
    "Princess",
    "Queen's",
    "Railway",
    "Station",
    "Tannery",
    "Victoria",
    "Waterloo",
    "Wellington",
    "Canal",
    "Chapel",
]
STREET_B = ["Road", "Street", "Avenue", "Close", "Way", "Lane", "Crescent", "Terrace", "Grove", "Drive"]
SHOPS = [
    "the Co-op",
    "Lidl",
    "Aldi",
    "Spar",
    "Boots",
    "B&M",
    "Greggs",
    "the corner shop",
    "Tesco Express",
    "the chemist",
    "Poundland",
    "the off-licence",
    "Iceland",
    "the petrol station kiosk",
]
SCHOOL_A = [
    "Fernhill",
    "Castlegate",
    "Brookside",
    "Oakridge",
    "Hollins",
    "Marston",
    "St Aidan's",
    "Riverside",
    "Whitecross",
    "Kingfield",
]
SCHOOL_B = ["Academy", "High School", "Community School", "College"]
CARE_A = ["Oakwood", "Meadowbank", "Rosedene", "Willow", "Ashgrove", "Beechcroft", "Hollybank", "Larchfield"]
CARE_B = ["Lodge", "House care home", "Court nursing home", "Manor care home"]
PARKS = ["Victoria Park", "the rec", "Jubilee Park", "Millennium Green", "the skate park", "Forge Park"]
PUBS = [
    "the Red Lion",
    "the Crown",
    "the Plough",
    "the Railway Tavern",
    "the Swan",
    "the Grapes",
    "the Bull's Head",
    "Flanagan's bar",
]
HOSPITALS = ["the Royal Infirmary", "the General", "St Luke's", "the major trauma centre"]
AGENCIES = ["Brightcare", "HomeFirst Care", "Caring Hands", "Willowbrook Homecare", "Kindred Care Services"]
AGE_WORDS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen"}
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
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

AUTUMN_START = datetime.date(2027, 9, 1)
AUTUMN_END = datetime.date(2027, 11, 30)
EARLY_START = datetime.date(2027, 1, 4)
EARLY_END = datetime.date(2027, 8, 20)

SLOT_RE = re.compile(r"\{([a-z0-9_]+)\}")


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _rand_date(rng: random.Random, start: datetime.date, end: datetime.date) -> datetime.date:
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


def _fmt_date(rng: random.Random, d: datetime.date) -> str:
    style = rng.randrange(7)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == 2:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == 3:
        return f"{d.day} {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return f"{_ordinal(d.day)} {MONTHS[d.month - 1]}"
    if style == 5:
        return f"{DAY_ABBR[d.weekday()]} {d.day:02d}/{d.month:02d}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _fmt_dob(rng: random.Random, start: datetime.date, end: datetime.date) -> str:
    d = _rand_date(rng, start, end)
    if rng.random() < 0.5:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def _fmt_time(rng: random.Random) -> str:
    h = rng.randrange(24)
    m = rng.randrange(0, 60, 5)
    style = rng.randrange(4)
    if style == 0:
        return f"{h:02d}:{m:02d}"
    if style == 1:
        return f"{h:02d}{m:02d}hrs"
    if style == 2:
        suffix = "am" if h < 12 else "pm"
        h12 = h % 12 or 12
        return f"{h12}.{m:02d}{suffix}"
    return f"approx {h:02d}{m:02d}"


def _money(value: int) -> str:
    return f"£{value:,}"


def _pick_culture(rng: random.Random, pool: list) -> tuple:
    weights = [CULTURE_WEIGHT.get(c[0], 1) for c in pool]
    return rng.choices(pool, weights=weights, k=1)[0]


def culture_pool(text: str) -> list:
    """Cultures that fit the template; only affects names, never the label."""
    pool = list(CULTURES)
    low = text.lower()
    if "{lang}" in text:
        pool = [c for c in pool if c[4]]
    if "{country}" in text:
        pool = [c for c in pool if c[5]]
    if any(k in low for k in MUSLIM_KEYS):
        pool = [c for c in pool if "mus" in c[6]]
    if "church" in low:
        pool = [c for c in pool if "chr" in c[6]]
    if any(k in low for k in RACE_KEYS):
        pool = [c for c in pool if "minority" in c[6]]
    if not pool:
        raise ValueError(f"no culture fits template: {text[:60]}")
    return pool


def _distinct(rng: random.Random, options: list, taken: list) -> str:
    choices = [o for o in options if o not in taken]
    return rng.choice(choices)


def render(rng: random.Random, text: str) -> str:
    names = []
    for match in SLOT_RE.finditer(text):
        if match.group(1) not in names:
            names.append(match.group(1))
    culture = _pick_culture(rng, culture_pool(text))
    other = _pick_culture(rng, list(CULTURES))
    _key, fem, masc, surn, langs, countries, _tags = culture
    values: dict[str, str] = {}
    for name in names:
        if name in ("f1", "f2"):
            val = _distinct(rng, fem, [values.get("f1"), values.get("f2")])
        elif name in ("m1", "m2"):
            val = _distinct(rng, masc, [values.get("m1"), values.get("m2")])
        elif name in ("sn1", "sn2"):
            val = _distinct(rng, surn, [values.get("sn1"), values.get("sn2")])
        elif name == "xf":
            val = rng.choice(other[1])
        elif name == "xm":
            val = _distinct(rng, other[2], [values.get("m1"), values.get("m2")])
        elif name == "xsn":
            val = _distinct(rng, other[3], [values.get("sn1"), values.get("sn2")])
        elif name == "lang":
            val = rng.choice(langs)
        elif name == "country":
            val = rng.choice(countries)
        elif name in ("town", "town2"):
            val = _distinct(rng, TOWNS, [values.get("town"), values.get("town2")])
        elif name in ("street", "street2"):
            while True:
                val = f"{rng.choice(STREET_A)} {rng.choice(STREET_B)}"
                if val not in (values.get("street"), values.get("street2")):
                    break
        elif name == "shop":
            val = rng.choice(SHOPS)
        elif name == "school":
            val = f"{rng.choice(SCHOOL_A)} {rng.choice(SCHOOL_B)}"
        elif name == "carehome":
            val = f"{rng.choice(CARE_A)} {rng.choice(CARE_B)}"
        elif name == "park":
            val = rng.choice(PARKS)
        elif name == "pub":
            val = rng.choice(PUBS)
        elif name == "hospital":
            val = rng.choice(HOSPITALS)
        elif name == "agency":
            val = rng.choice(AGENCIES)
        elif name == "date":
            val = _fmt_date(rng, _rand_date(rng, AUTUMN_START, AUTUMN_END))
        elif name == "edate":
            val = _fmt_date(rng, _rand_date(rng, EARLY_START, EARLY_END))
        elif name == "time":
            val = _fmt_time(rng)
        elif name == "amt":
            val = _money(rng.choice([rng.randint(3, 95) * 10, rng.randint(15, 99)]))
        elif name == "amtk":
            val = _money(rng.randint(12, 680) * 100)
        elif name == "occ":
            style = rng.randrange(3)
            num = rng.randint(100000, 999999)
            val = [f"27/{num}", f"OCC-27-{num}", f"2700{num}"][style]
        elif name == "crn":
            val = f"CR/27/{rng.randint(10000, 99999)}"
        elif name == "yref":
            val = f"YJ27-{rng.randint(100, 999)}"
        elif name == "n":
            val = str(rng.randint(2, 6))
        elif name == "n2":
            val = str(rng.randint(7, 30))
        elif name == "n3":
            val = str(rng.randint(8, 14))
        elif name == "hrs":
            val = str(rng.randint(12, 16))
        elif name == "mon":
            val = str(rng.randint(2, 11))
        elif name == "age_sm":
            val = str(rng.randint(4, 9))
        elif name in ("age_c", "age_c2"):
            val = str(rng.randint(11, 15))
        elif name == "age_c_w":
            val = AGE_WORDS[rng.randint(11, 15)]
        elif name == "age_y":
            val = str(rng.randint(16, 17))
        elif name == "age_ya":
            val = str(rng.randint(19, 24))
        elif name == "age_a":
            val = str(rng.randint(25, 58))
        elif name == "age_o":
            val = str(rng.randint(67, 96))
        elif name == "dob_c":
            # aged 12-14 on any date from 1 Sep to 30 Nov 2027
            val = _fmt_dob(rng, datetime.date(2013, 1, 1), datetime.date(2015, 8, 31))
        elif name == "dob_y":
            # aged 16-17 on any date from 1 Sep to 30 Nov 2027
            val = _fmt_dob(rng, datetime.date(2010, 1, 1), datetime.date(2011, 8, 31))
        else:
            raise ValueError(f"unknown slot {{{name}}}")
        values[name] = val
    return SLOT_RE.sub(lambda m: values[m.group(1)], text)


KNOWN_SLOTS = [
    "f1", "f2", "m1", "m2", "sn1", "sn2", "xf", "xm", "xsn", "lang", "country",
    "town", "town2", "street", "street2", "shop", "school", "carehome", "park",
    "pub", "hospital", "agency", "date", "edate", "time", "amt", "amtk", "occ",
    "crn", "yref", "n", "n2", "n3", "hrs", "mon", "age_sm", "age_c", "age_c2",
    "age_c_w", "age_y", "age_ya", "age_a", "age_o", "dob_c", "dob_y",
]  # fmt: skip


def parse_templates() -> list[tuple[str, str, list[str], str]]:
    templates = []
    seen_texts: dict[str, int] = {}
    for block in (REGISTRAR, INTERPRETER, ADULT_SOCIAL_CARE, YOUTH_JUSTICE):
        for line in block.strip().splitlines():
            parts = line.split("|", 3)
            if len(parts) != 4:
                raise ValueError(f"bad template line: {line[:60]}")
            kind, category, flag_field, text = parts
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r}")
            if category not in CATEGORIES:
                raise ValueError(f"unknown category {category!r}")
            flags = flag_field.split(";") if flag_field else []
            for flag in flags:
                if flag not in FLAGS:
                    raise ValueError(f"unknown flag {flag!r}")
            if len(flags) != len(dict.fromkeys(flags)):
                raise ValueError(f"duplicate flag in: {text[:60]}")
            if flags != sorted(flags, key=FLAGS.index):
                raise ValueError(f"flags not in TAXONOMY order: {text[:60]}")
            slots = SLOT_RE.findall(text)
            if not slots:
                raise ValueError(f"template without slots: {text[:60]}")
            for slot in slots:
                if slot not in KNOWN_SLOTS:
                    raise ValueError(f"unknown slot {slot!r} in: {text[:60]}")
            if text in seen_texts:
                raise ValueError(f"duplicate template text: {text[:60]}")
            seen_texts[text] = 1
            templates.append((kind, category, flags, text))
    for kind in KINDS:
        count = sum(1 for t in templates if t[0] == kind)
        if count != TEMPLATES_PER_KIND:
            raise ValueError(f"{kind}: {count} templates, expected {TEMPLATES_PER_KIND}")
    return templates


def main() -> int:
    rng = random.Random(SEED)
    templates = parse_templates()
    notes = []
    seen: dict[str, int] = {}
    for kind, category, flags, text in templates:
        for _ in range(N_PER_TEMPLATE):
            for _attempt in range(200):
                note = render(rng, text)
                if note not in seen:
                    break
            else:
                raise RuntimeError("could not make a unique note")
            seen[note] = 1
            ordered = [f for f in FLAGS if f in flags]
            notes.append((kind, note, category, ordered))
    rng.shuffle(notes)
    ids = [f"B39-{i:04d}" for i in range(1, len(notes) + 1)]

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for note_id, (_kind, note, category, flags) in zip(ids, notes, strict=True):
            writer.writerow([note_id, note, category, ";".join(flags)])

    print(f"notes: {len(notes)}")
    print(f"templates: {len(templates)}")
    for kind in KINDS:
        print(f"kind {kind}: {sum(1 for n in notes if n[0] == kind)}")
    for category in CATEGORIES:
        print(f"category {category}: {sum(1 for n in notes if n[2] == category)}")
    for flag in FLAGS:
        print(f"flag {flag}: {sum(1 for n in notes if flag in n[3])}")
    print(f"no flags: {sum(1 for n in notes if not n[3])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
