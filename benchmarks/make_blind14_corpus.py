#!/usr/bin/env python3
"""Generate the BLIND14 synthetic victim-services referral-note corpus.

Written blind from the taxonomy spec only (see benchmarks/BLIND14.md).
Standard library only.  Deterministic: the same bytes on every run.

Every scenario template below is hand-written and hand-labelled with one
primary category and its flags.  Slots such as {v}, {town}, {date} are
filled from invented pools.  Each template yields 1 or 2 notes.

Output: benchmarks/data/notes_blind14.csv  (note_id,text,category,flags)
"""

import csv
import os
import random
import re
import sys
from collections import Counter

SEED = 141414
P_TWO_NOTES = 0.55

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "notes_blind14.csv")

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
    "CSE": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}
FLAG_ORDER = list(FLAG_CODES.values())

TEMPLATES = []
_current = [None]


def cat(code):
    assert code in CATEGORIES, code
    _current[0] = code


def t(flags, text):
    """Register one hand-labelled template under the current category."""
    codes = [FLAG_CODES[f] for f in flags.split()] if flags else []
    TEMPLATES.append((_current[0], tuple(codes), text))


# ---------------------------------------------------------------------------
# homicide
# ---------------------------------------------------------------------------
cat("homicide")
t(
    "KN",
    "Bereaved family referral via Homicide Service. {v}'s brother ({age}) was stabbed outside {pub} in {town} on {date} and died at the scene. 2 males charged with murder, both remanded. Mum struggling, {v} is main contact. OIC {oic}.",
)
t(
    "DA",
    "Murder. {v}'s daughter was killed at her flat on {street} by her partner of 3 yrs on {date}. Family say there had been DA for ages and she'd been heard at MARAC last year. S remanded. Family want to know what happens next and why the funeral is delayed.",
)
t(
    "",
    "Manslaughter - {v}'s dad ({oage}) was punched once outside a takeaway in {town}, fell and hit his head on the kerb, died in hospital 6 days later. S is a stranger, charged with manslaughter, pleaded not guilty. {v} not sleeping, wants counselling.",
)
t(
    "",
    "Police are now treating the death of {v}'s son ({yage}) as murder, he was found at an address in {town} on {date} with head injuries. Mum thinks it's linked to a drug debt. 3 arrested and bailed. She wants someone to talk to about the waiting.",
)
t(
    "DA",
    "Homicide - {v}'s mum ({oage}) killed by {v}'s younger brother at the family home on {date}. Brother has MH history, charged with murder, currently in a secure hospital. {v} very conflicted and also looking after their nan. Needs ongoing support, not just court.",
)
t(
    "",
    "bereaved partner. {v}'s fiance was killed in a one punch attack in {town} centre on {date}, S was someone he'd never met. Inquest opened + adjourned. {v} asking about the victim personal statement for the trial. Her mum is supporting her and wants to come to appts too.",
)
t(
    "",
    "Referral for the sister of a {age} yr old man found dead in his flat on {street} with head injuries. Neighbour charged with murder. {v} is the only family in the UK and needs a {lang} interpreter for everything.",
)
t(
    "DA HBA",
    "{v} ({yage}) - her cousin was murdered last month and police believe it was the cousin's father and uncle, because she had refused the marriage the family arranged and was seeing someone. {v} now frightened her own family feel the same about her. Police aware, high risk.",
)
t(
    "HATE",
    "Murder. {vm}'s son ({yage}) was attacked at a bus stop in {town} on {date} and died of his injuries. Witnesses say the group shouted homophobic abuse at him before they set about him. Dad wants support, mum not ready yet.",
)
t(
    "",
    "Manslaughter charge after the fire at {addr} - S set fire to the letterbox of the flat below his after a row about noise and the tenant, {p}, died of smoke inhalation. Referral is for her daughter {v}.",
)
t(
    "KN",
    "Grandson (17) died after being stabbed in {town} park on {date}, 3 teenagers arrested, one now charged with murder. Nan {v} was his guardian. Press keep knocking on her door and she wants help with that.",
)
t(
    "",
    "Homicide. Widow {v}, husband found dead at his business unit on {date}, his former business partner has been charged with murder. She also says S owed her husband {amt} but that's not the main thing for her right now.",
)
t(
    "",
    "Gross negligence manslaughter - {v}'s husband died on {date} when scaffolding collapsed on a building site in {town}; the site manager has now been charged. Long wait for trial, she wants help understanding the CPS letters.",
)
t(
    "DA",
    "DHR ongoing. {v}'s mum was killed by her partner on {date}, he then took his own life. {v} ({age}) wants to contribute to the domestic homicide review and needs support through the inquest.",
)
t(
    "KN",
    "Murder of {v}'s husband during a robbery at their shop in {town} - S came in with a machete, took the till and attacked him when he tried to stop him. S arrested the next day. {v} was in the back room and heard everything.",
)
t(
    "HATE",
    "Murder - racially motivated per the SIO. {v}'s dad, a taxi driver, was set upon by 2 men shouting racist abuse at the rank in {town}, died in hospital on {date}. Family would like a Punjabi speaking worker if poss.",
)
t(
    "DA",
    "Bereaved mum {v}. Daughter ({yage}) killed on {date} by her ex-boyfriend who had been stalking her since they split in the spring. He's charged with murder and stalking. Mum feels police didn't listen earlier, wants advice on making a complaint too.",
)
t(
    "",
    "Manslaughter - {v}'s brother died after being pushed into the canal during an argument with a group of lads in {town}. CPS have now authorised a manslaughter charge against one of them. Family want to attend court together.",
)
t(
    "",
    "Murder trial starts {date} at Crown Court. {v}'s son was killed in {town} 2 yrs ago; S is a man he used to work with. Pre-trial court visit requested for {v} and her husband.",
)
t(
    "KN",
    "homicide - {v}'s partner was stabbed to death at a house party in {town} on {date} by another guest. {v} was there and gave first aid. Not sleeping, flashbacks. S charged with murder.",
)

t(
    "DA",
    "Bereaved dad {vm}. His son (24) was killed at home on {date} by his husband, who has been charged with murder. {vm} says there were signs of abuse in the marriage he didn't see at the time. Wants to be kept updated by the FLO.",
)

# ---------------------------------------------------------------------------
# death_injury_driving
# ---------------------------------------------------------------------------
cat("death_injury_driving")
t(
    "",
    "Causing death by dangerous driving. {v}'s husband was killed on the {town} bypass on {date} when S overtook on a blind bend at high speed and hit him head on. S charged. Widow needs help with the inquest and the press.",
)
t(
    "",
    "RTC, serious injury. V ({age}) knocked off her bike by a van driver who was on his phone, V has spinal injuries and is still in hospital. Driver charged with causing serious injury by careless driving.",
)
t(
    "",
    "Death by careless driving whilst over the limit - {v}'s son ({yage}) was killed when a drunk driver hit him on a pedestrian crossing in {town}. Trial at Crown Court {date}.",
)
t(
    "",
    "Hit and run - V ({age}) pedestrian left with a fractured pelvis and a head injury on {street}, car found burnt out next day. Driver later traced and charged with causing serious injury by dangerous driving.",
)
t(
    "",
    "{v}'s mum ({oage}) killed on the zebra crossing on {street} by an uninsured and unlicensed driver. Charged with causing death by driving whilst uninsured. Family want to know why the charge 'sounds so small'.",
)
t(
    "",
    "{v}'s daughter ({yage}) died as pillion on her boyfriend's motorbike, he was doing over 100mph on a country lane near {town}. He survived and is charged with causing death by dangerous driving. Family devastated, no concerns about the relationship itself before this.",
)
t(
    "",
    "Police pursuit of a stolen car ended when it hit V's car at a junction in {town}, V's wife was killed and V seriously injured. Driver (17) charged with causing death by dangerous driving and aggravated vehicle taking.",
)
t(
    "",
    "Lorry driver fell asleep at the wheel and ploughed into a queue of traffic, {v}'s father was killed. Driver charged with causing death by careless driving. Family want VPS help.",
)
t(
    "",
    "Cyclist V ({age}) left with life changing injuries after a driver pulled out of a side road without looking on {street}. Charged with causing serious injury by careless driving. V can't work, needs help with CICA? advised not eligible, wants other options.",
)
t(
    "",
    "2 cars racing each other along {street} on {date}, one lost control, mounted the pavement and hit V, who has lost her lower leg. Driver charged with causing serious injury by dangerous driving.",
)
t(
    "",
    "Bereaved sister. {v}'s brother was killed by a driver who was over the cannabis limit, charged with causing death by careless driving when unfit through drugs. Sentencing next month.",
)
t(
    "",
    "{v}'s grandad ({oage}) killed walking to the shop by a driver who was disqualified at the time. Charged with causing death by driving whilst disqualified. Family very angry he was on the road at all.",
)
t(
    "",
    "V ({yage}) was a passenger in her mate's car, mate was showing off, took a bend too fast and hit a wall. V has a broken back. Mate charged with causing serious injury by dangerous driving. V feels guilty reporting a friend.",
)
t(
    "",
    "Child ({cage}) hit by a car outside the school in {town}, driver was on his phone. Child was in ICU, now on the ward. Mum {v} referred. Driver charged with causing serious injury by dangerous driving.",
)
t(
    "",
    "E-scooter rider going at speed on the pavement hit V ({oage}), who fell and fractured her skull. Rider charged with causing serious injury by careless driving. V's daughter {v} is main contact.",
)
t(
    "",
    "{v}'s husband died in a crash on {date}; after an 18 month investigation police have now charged the other driver with causing death by careless driving. Inquest had been suspended. {v} very up and down.",
)
t(
    "",
    "Serious injury RTC - V ({age}) motorcyclist hit by a car that jumped a red light on {street}, broken legs and a punctured lung. Driver charged with causing serious injury by dangerous driving, not guilty plea entered.",
)

# ---------------------------------------------------------------------------
# violence_with_injury
# ---------------------------------------------------------------------------
cat("violence_with_injury")
t(
    "DA",
    "ABH. {v} punched several times by her partner {s} on {date}, black eye and split lip. DASH high risk, MARAC ref done by OIC. She's staying at her mum's for now.",
)
t(
    "DA",
    "s47 assault - V's ex-husband turned up at the school gates and headbutted her in front of the kids, nose broken. Non-mol already in place. S arrested, bailed with conditions.",
)
t(
    "KN",
    "GBH s18. {vm} ({yage}) stabbed in the thigh outside {pub} on {date} by a man he didnt know, needed surgery. Still on crutches, can't work (scaffolder).",
)
t(
    "DA KN",
    "Attempted murder - {v} stabbed 4 times by her ex-partner at her flat on {street}, in ICU for a week. S in custody. IDVA allocated, we're doing practical/emotional support.",
)
t(
    "HATE",
    "Racially aggravated ABH. V is a taxi driver, passenger called him a racial slur and then punched him through the open window, cut above eye glued at A&E. Dashcam has the lot.",
)
t(
    "DA",
    "{v} ({oage}) - her son ({mage}) pushed her down the stairs during a row about money, fractured wrist. V doesn't want him charged, just wants him to get help. Adult social care involved.",
)
t(
    "KN",
    "Glassed in {pub} on {date} - broken pint glass to the side of the face, 14 stitches. S is a regular there but V doesn't know him. Worried about scarring.",
)
t(
    "",
    "Door supervisor at {pub}, punched by a customer he'd refused entry to. Bruised jaw and cracked tooth. V happy to go to court, wants to know about compensation.",
)
t(
    "DA",
    "Assault - V ({yage}) punched and kicked by his older brother at a family bbq, bruised ribs, seen at A&E. Says it's not the first time brother has gone for him when he's had a drink.",
)
t(
    "",
    "V assaulted by a stranger on the number 42 bus, punched in the face, nosebleed and swollen eye. V's girlfriend was with him and filmed it on her phone, she's been really supportive. S not yet identified.",
)
t(
    "HATE",
    "V and his boyfriend kicked and punched by a group after leaving a bar in {town}, the group were shouting homophobic stuff at them. V has concussion, bf has bruising. Both want support, separate ref for bf.",
)
t(
    "",
    "Wounding. Neighbour hit {vm} over the head with a spade during a row about the boundary hedge, 5 staples. Long running dispute. S arrested and interviewed.",
)
t(
    "",
    "Paramedic bitten on the forearm by a patient while on a job in {town}, broke the skin, needed bloods taken. Assault on emergency worker w/ injury. V fed up, 3rd time this year.",
)
t(
    "DA",
    "{v} is full time carer for her dad ({oage}) who has dementia. He's been lashing out - scratched her face and left bruises on her arms last week. She's exhausted. Police attended and recorded assault, NFA likely.",
)
t(
    "DA",
    "ABH + strangulation - partner strangled V on {date} until she nearly passed out, marks on her neck and burst blood vessels in her eyes. S charged. V scared of him getting bail. MARAC {date2}.",
)
t(
    "HATE",
    "V ({age}) uses a wheelchair. Group of lads tipped him out of it on {street} shouting 'cripple' and worse, grazed hands and hurt his hip. Really shaken, hasn't been out since.",
)
t(
    "",
    "Football match on {date} - V hit on the head by a glass bottle thrown from the away end, it didnt break, cut head needed glue. Nobody arrested yet.",
)
t(
    "",
    "V bitten on the arm by a woman in the queue at {shop} after V asked her not to push in. Skin broken, V has had a tetanus jab.",
)
t(
    "DA",
    "V is 17. Stepdad punched her in the face when she came home late, bruised cheekbone. She's now at her nan's. School made the referral with her agreement.",
)
t(
    "",
    "V's flatmate threw a just-boiled kettle of water at her during a row about bills, burns to her arm. They're not in a relationship, they just share the flat through an agency. V needs help finding somewhere else.",
)
t(
    "",
    "Landlord grabbed V by the throat and shoved him into the door frame when V complained about the damp, cut to back of head. V still living there, frightened.",
)
t(
    "",
    "Workplace - V ({age}) hit with a metal tray by a colleague in the kitchen at {pub}, cut lip and bruised shoulder. Manager sacked S. V off sick.",
)
t(
    "KN",
    "Machete attack on {street} {date}: two men went for V, he put his hand up and it was cut to the bone. Nothing taken, V thinks it was mistaken identity. Surgery on tendons.",
)
t(
    "",
    "V was punched by her friend's ex-boyfriend at a party, he blames V for them splitting up. Split lip, bruising on her arm. V has never been in a relationship with S. Friend is supporting her.",
)
t(
    "DA",
    "Male V ({mage}), says his wife hit him with a rolling pin during an argument, bruised forearm and a lump on his head. He's embarrassed, hasn't told anyone else. Accepted referral after some persuading.",
)
t(
    "DA",
    "V ({oage}) - grandson (19) lives with her. He shoved her into the wardrobe when she wouldn't give him money, bruising all down her back. She still refused and he left with nothing. Grandson uses drugs.",
)
t(
    "",
    "GBH s20 - jaw broken in two places in a fight outside a kebab shop in {town} on {date}. S identified from CCTV and charged. V on a liquid diet, wants update on the court date.",
)
t(
    "",
    "V ({yage}), student, hit across the head with a D-lock by a lad on {street}, no reason given, 6 stitches. Police have a suspect.",
)
t(
    "DA",
    "Midwife referral. V is 28 wks pregnant, partner kicked her in the stomach on {date}, bruising, baby ok on scan. DASH done - high. She's agreed to IDVA.",
)
t(
    "HATE",
    "Religiously aggravated ABH: V ({age}) had her hijab pulled off on {street} and was punched in the face, bruised eye. S shouted anti-Muslim abuse at her. Her husband was with her and is supporting her through it.",
)
t(
    "HATE",
    "Trans woman V ({yage}) punched by a man outside {pub} who kept calling her 'mate' and 'a bloke in a dress', cut lip and bruised cheek.",
)
t(
    "ON",
    "Assault at a house party on {date}: S punched V and broke his nose. Since then S has been sending threatening Snapchat messages telling him not to go to police.",
)
t(
    "",
    "V (16) jumped by a group of older boys near the skate park, stamped on, fractured cheekbone. Mum says he's been going missing and coming back with new trainers, she's worried about exploitation but nothing confirmed.",
)
t(
    "",
    "Care home incident - V ({oage}) pushed over by another resident, cut to forearm needing steri-strips. Family want to know what the home is doing about it.",
)
t(
    "",
    "S set his dog on V in the park after an argument about dogs off leads, bites to both legs, needed antibiotics. S known to V by sight only.",
)
t(
    "DA",
    "V's partner held a lit cigarette to her arm 'as a joke', 3 burns. She says he's jealous too but doesn't want to go into it. Recorded as ABH.",
)
t(
    "DA KN",
    "DV - partner slashed V's forearm with a kitchen knife during an argument on {date}, 8 stitches. S fled, circulated as wanted. V and kids at a friend's. Refuge referral in progress.",
)
t(
    "",
    "V assaulted by a man at the bus station, punched, cut to the head. V says it brought everything back because her mum was in a DV relationship when V was little. S a stranger, arrested at scene.",
)
t(
    "",
    "V is 14. Dad hit him with a belt leaving welts on his legs, school saw the marks. Children's services + police strategy meeting held. Referral is for support for V and his older sister.",
)
t(
    "",
    "V punched by a delivery driver after complaining his parcel had been thrown over the gate, glasses broken and a cut on the bridge of his nose.",
)
t(
    "DA HBA",
    "V ({yage}) beaten by her husband and his mother for refusing to hand over her wages, bruising to arms and back. They say she's 'shaming the family' by working with men. Lives with the in-laws. Safeguarding lead involved.",
)
t(
    "HBA",
    "School nurse referral. V ({cage}) has disclosed she was cut (FGM) when she was taken abroad last summer. Police and social care strategy meeting held. Referral for support for V and her older sister (19).",
)
t(
    "DA",
    "{v} ({age}) - her adult daughter threw a mug at her head during an argument, cut above the eye needing glue. Daughter has since been apologetic. V wants advice on what happens if she doesn't support a prosecution.",
)
t(
    "",
    "Assault with injury at a wedding reception - V punched by a guest he'd never met over a spilled drink, chipped front tooth. 'Not family, no connection at all' per V.",
)
t(
    "DA",
    "V ({mage}, male) - ex-girlfriend came round to collect her stuff, scratched his face and bit his hand when he wouldn't let her take the TV. Bite marks photographed by OIC.",
)
t(
    "HATE",
    "Racist assault - V (Polish, {age}) punched outside {shop} by a man shouting at him to 'speak English', swollen eye and cut lip.",
)
t(
    "DA",
    "Police ref. V's husband threw her against the radiator, burn and bruising on her back. 2nd callout this month. V says it's got worse since he lost his job. IDVA aware.",
)
t(
    "",
    "Hit with a golf club by a neighbour's adult son over a parking space, broken finger. No previous issues with the family.",
)
t(
    "",
    "V (19) punched by her mum's boyfriend during an argument at her mum's house, cut lip. He doesn't live there and V has nothing to do with him otherwise.",
)
t(
    "DA",
    "V's uncle, who lives with the family, headbutted her at her 21st birthday party, cut eyebrow needing stitches. Family are pressuring her to drop it.",
)
t(
    "DA",
    "V ({age}) and her girlfriend argued and the girlfriend hit her round the face with a hairbrush, bruised cheek and scratches. First time police have been involved, V says it's been building.",
)
t(
    "DA HBA",
    "V ({yage}) beaten by her 2 brothers after she cut her hair short and started going out with friends from work, bruised face and ribs. They told her she'd brought shame on them. Now in emergency accomodation.",
)
t(
    "HBA",
    "Midwife referral. V ({yage}) is pregnant with a girl and has disclosed she had FGM done as a child before coming to the UK. She's worried her husband's family will want the same for the baby. Police and social care informed.",
)
t(
    "",
    "s47 - V ({age}) pushed over by a man in the {shop} car park in a row over a trolley, fell and broke her wrist. S drove off, reg taken.",
)

t(
    "DA",
    "s47 - V's ex-girlfriend threw a cup of hot coffee over him at a child contact handover at {shop}, scald to his neck, treated at the walk-in centre. V wants a formal arrangement for contact.",
)

# ---------------------------------------------------------------------------
# violence_without_injury
# ---------------------------------------------------------------------------
cat("violence_without_injury")
t(
    "DA",
    "Common assault - V's partner pushed her against the wall and spat in her face on {date}, no injuries. DASH medium. She wants to stay with him but would like support.",
)
t(
    "DA",
    "Threats to kill. V's ex has been texting saying he'll kill her and the kids if she goes to court. She believes him, he has previous. Texts screenshotted for the OIC.",
)
t(
    "DA ON",
    "TTK via WhatsApp voice notes from V's ex-husband - 7 voice notes over one night saying he's going to end her. V has gone to her sister's. Ex is on bail for an earlier assault on her.",
)
t(
    "HATE",
    "V spat at on the bus by a man who called her a 'terrorist' and told her to take 'that thing' off her head. No injury. V now getting taxis everywhere, can't afford it.",
)
t(
    "",
    "Child neglect - referral for {v} (grandmother), her 3 grandchildren were left alone in the flat for 2 days by their mum. Kids now living with {v} under a kinship arrangement. Needs practical support.",
)
t(
    "DA",
    "Child abduction. V's ex-partner took their 6 yr old to see his family abroad and hasn't brought him back, told V she'll 'never see him again' unless she takes him back. Police and the Foreign Office involved.",
)
t(
    "MS",
    "Modern slavery - V ({yage}), Romanian national, worked at a hand car wash in {town} 7 days a week for no pay, boss kept his passport, slept in the back room on a mattress. NRM referral done. Needs a Romanian interpreter.",
)
t(
    "MS",
    "Forced labour. Men collected from a house in {town} every morning in a van and taken to work on farms, all wages taken for 'rent and debts'. V ({age}) got away and went to police. NRM made.",
)
t(
    "MS",
    "Domestic servitude - V ({age}) brought to the UK to look after a family's children, never allowed out alone, not paid, sleeps on the kitchen floor. Reported by a neighbour. Positive reasonable grounds decision.",
)
t(
    "",
    "Shop worker at {shop} had a can of drink thrown at her by a customer after she refused to sell him alcohol, it missed her. No injury. Store manager reported it.",
)
t(
    "",
    "PCSO shoved by a man while dealing with a parking complaint on {street}, no injury. Assault on emergency worker. Referred at her own request.",
)
t(
    "KN",
    "During a row about a parking space S went into his house, came back out with a kitchen knife and held it up at V saying he'd cut her. She got in her car and drove off. No injuries. S arrested.",
)
t(
    "",
    "TTK - V owes a man money from a car sale gone wrong and the man phoned him saying he'd 'kill him and dump him in the river'. Phone calls only. V thinks he means it.",
)
t(
    "DA HBA",
    "V ({yage}) - her dad threatened her with a hammer and said he'd kill her if she married her boyfriend, who isn't from their community, as she'd shame the family. Mum backs dad. V in emergency accommodation, forced marriage unit informed.",
)
t(
    "DA HBA",
    "Forced marriage concerns. V ({yage}) says her family are planning to take her abroad in the summer to marry a cousin; when she refused her brother slapped her, no marks. FMPO being considered.",
)
t(
    "DA",
    "V's partner pushed her out of the car at a roundabout in {town} after an argument and drove off. Not hurt. Police took a report, she's at her friend's.",
)
t(
    "",
    "Common assault: next door neighbour grabbed V's arm during a row over the bins being left in front of his drive, no marks. V wants it to stop. Not related, just neighbours.",
)
t(
    "",
    "Teacher shoved by a parent at the school gates after a row about a detention, no injury. School has banned the parent from site.",
)
t(
    "",
    "V (market stallholder) shoved by another trader in a row over pitch space, fell back against her stall but not hurt.",
)
t(
    "",
    "Landlord grabbed V by the collar demanding the rent, let go when V's neighbour came out. No injury. V's tenancy ends next month.",
)
t(
    "",
    "Foster carer referral - child ({cage}) in her care has disclosed that his mum used to lock him in his room without food for whole weekends. Child cruelty investigation ongoing. Support for the foster carer about what to expect.",
)
t(
    "",
    "V outside the chippy on {street} - S made a gun gesture at his head and said 'you're dead, you'. V knows S from school. No weapon seen. V scared to go out.",
)
t(
    "DA",
    "Ex threw V's phone at her head (missed) and shouted he'd finish her, in front of her new partner who then rang 999. No injury. Ex on bail.",
)
t(
    "DA KN",
    "V ({oage}) - adult son stood in the kitchen holding a knife and said he'd stab her if she rang the police on him again. She's terrified. He's since been arrested.",
)
t(
    "HATE",
    "Security guard at {shop} shoved and called a racial slur by a drunk man he'd asked to leave. No injury. Racially aggravated common assault.",
)
t(
    "",
    "V shoved to the ground by a cyclist on the canal towpath who shouted at her to get out the way, no injuries. Her husband is being really supportive and wants to sit in on calls.",
)
t(
    "",
    "Warehouse - colleague threw a roll of pallet wrap at V, hit him on the back, no injury. HR investigating. V wants it on record.",
)
t(
    "",
    "V pushed by a stranger in a nightclub in {town}, no injury. V is worried her boyfriend will kick off at S if he finds out, but says her bf has never been violent or anything like that.",
)
t(
    "MS",
    "V (17) found by police during a raid on a cannabis grow at a house in {town}; he was locked in and told he was 'working off' his travel debt. NRM referral made, now in a foster placement.",
)
t(
    "MS",
    "Mum {v} says her son (16) is being made to carry drugs out to {town2} by older men, they've threatened him and say he owes them. Police have done an NRM referral for CCE / county lines.",
)
t(
    "DA",
    "V spat at by her sister at their dad's funeral wake after an argument about the will. No injury. V wants nothing more to do with her sister.",
)
t(
    "KN",
    "Man held a screwdriver up to V's face outside the cashpoint on {street} and told him to 'back off' after a row about the queue. V believed he'd use it. No injury.",
)
t(
    "DA",
    "V's partner blocked the door so she couldn't leave and grabbed both her wrists hard. No marks. She left the next morning and is at her mum's.",
)
t(
    "",
    "V ({oage}) poked repeatedly in the chest by the son of a neighbour during a row about a fence, no injury but he's frail and it frightened him.",
)
t(
    "HATE",
    "Someone tried to pull V's niqab off at the bus station, grabbed the fabric but she pulled away, then he called her names. No injury. Recorded religiously aggravated assault.",
)
t(
    "DA KN",
    "V's ex came at her with a broken bottle in the pub beer garden, friends pulled him back before he reached her. No injury. S arrested. Non-mol application pending.",
)
t(
    "",
    "V (dad) says his son (4) told him his ex-partner's new boyfriend smacks him and shuts him in a dark cupboard. No marks seen. Children's services involved, child cruelty being looked at.",
)
t(
    "DA",
    "Common assault at child handover - ex shoved V in the chest in the car park at {shop}, kids saw it. No injury.",
)
t(
    "",
    "Threats to kill made in person by V's former business partner at V's office, said he'd 'put him in the ground'. Business dispute only, they were never friends.",
)
t(
    "",
    "Assault on a bus driver: passenger reached through the screen gap, grabbed him by the shirt and shook him, no injury. Bus taken off route.",
)
t(
    "DA",
    "TTK - V's adult son said he would kill V and then himself, said it twice to his face on {date}. Son has MH issues. V believes he could do it.",
)
t(
    "MS",
    "Nail bar - V ({yage}), Vietnamese national, worked 12 hr days at a nail bar in {town} for {small_amt} a week, lived above the shop, boss held her documents. NRM done. Interpreter needed.",
)
t(
    "DA",
    "V ({oage}) says her husband of 40 years told her he'd 'do her in' and then himself, said it twice this week. No violence. He's refusing to see the GP.",
)
t(
    "DA",
    "Common assault - V's daughter-in-law slapped her across the face at a family christening, no marks. Son has sided with his wife. V ({oage}) very hurt.",
)
t(
    "MS",
    "V ({age}) says a gang kept him in a house in {town} and made him shoplift every day to pay off a 'debt', they took everything he stole. He escaped and went to police. NRM referral done.",
)

t(
    "DA",
    "V ({yage}) - her dad grabbed her by the hair and dragged her out of the living room when she said she was moving out with her boyfriend. No injuries. She has left and is staying at a friend's.",
)

# ---------------------------------------------------------------------------
# stalking_harassment
# ---------------------------------------------------------------------------
cat("stalking_harassment")
t(
    "DA",
    "Coercive control - V's partner controls all the money, goes through her phone, stops her seeing friends and her mum, decides what she wears. Been going on 4 yrs. She's now left and is staying with friends.",
)
t(
    "DA ON",
    "CCB. Husband checks V's WhatsApp and Facebook every night and makes her send him a photo of where she is every hour when she's out. Threatens to leave with the kids if she doesn't. DASH high, MARAC.",
)
t(
    "DA",
    "Stalking - V's ex keeps turning up outside her work and her house, follows her in his car, waits in the supermarket car park. SPO application in. V has changed her route to work 3 times.",
)
t(
    "",
    "Stalking by a stranger - a man from V's gym keeps waiting by her car and has left notes on the windscreen saying 'i know where you live'. She doesn't know his name. Gym have banned him.",
)
t(
    "",
    "Neighbour harassment: constant notes through V's door calling her a 'pervert' and a 'grass', and S films her garden from his upstairs window. He's been warned twice by police.",
)
t(
    "ON",
    "Malicious comms - someone has set up a fake Instagram account with V's photos posting abusive comments about her body and tagging her friends. V ({yage}) has no idea who.",
)
t(
    "HATE",
    "Racially aggravated harassment - next door neighbours shout at V over the fence most days, told him to 'go back where he came from', bang on the wall at night. V has video clips.",
)
t(
    "DA",
    "Ex-partner bombarding V with calls and texts, 200+ a day, from withheld numbers as well since she blocked him. Says he 'just wants to talk'. Police have given him a warning before.",
)
t(
    "ON",
    "Harassment at work - colleague sending V unwanted messages on Teams and LinkedIn after she turned him down for a drink, about 40 messages, some with sexual comments. HR aware. Police have recorded harassment.",
)
t(
    "",
    "Landlord harassment. Letting himself into V's flat without notice, switching off the heating to make her leave, texting threats to evict her by Friday. V has young kids.",
)
t(
    "ON",
    "V's friend's ex-boyfriend has been sending V abuse on Snapchat calling her a slag and saying she 'turned her against him'. V has never been with him. 3 weeks of it. Recorded harrassment.",
)
t(
    "DA ON",
    "Cyberstalking - V's ex has made fake profiles on 2 dating apps with her photos and phone number, men are now turning up and messaging her. She's terrified. Ex denies it but police have IP info.",
)
t(
    "",
    "Former client of V's (she's a solicitor) keeps turning up at her office and phoning reception asking for her home address. Harassment recorded, S has MH issues.",
)
t(
    "ON",
    "Harassment - V's ex-partner's new girlfriend has been posting about V on Facebook, calling her a bad mother and sharing her address. V and S have never met. The ex himself isn't involved per V.",
)
t(
    "DA",
    "CCB by adult son - he's taken over V's pension, won't let her go out or have visitors, says he'll put her 'in a home' if she complains. V ({oage}) disclosed it to her GP.",
)
t(
    "",
    "Stalking - flowers and gifts keep being sent to V's work, cards unsigned, some mention what she was wearing that day. She's moved jobs twice and it's followed her. No idea who. Stalking investigation open.",
)
t(
    "HATE",
    "Malicious comms - anonymous letters through V's door calling her a 'dyke' and saying she should move off the street. 4 letters so far. V lives with her wife, who found the last one.",
)
t(
    "HATE ON",
    "V ({yage}) has autism. A group of lads from the estate keep following him, shouting at him and filming him, then posting the videos on TikTok mocking how he talks. Mum made the referral.",
)
t(
    "DA",
    "CCB - wife controls V's bank cards, decides who he can see, tells him she'll say he hit her if he ever leaves. V ({mage}) finally told his GP. Male DA service also referred.",
)
t(
    "DA",
    "Stalking - V's ex-girlfriend put a tracking device on his car, he found it under the wheel arch. Since they split she's been turning up wherever he goes.",
)
t(
    "",
    "V being harassed by her daughter's ex-partner - dozens of texts to V saying her daughter is a liar and he wants to see the kids. V and S have never been in a relationship. Daughter has a non-mol against him.",
)
t(
    "",
    "GP receptionist V - a patient waits by the staff exit most nights and follows her to the bus stop. Practice has removed him from the list. Police recorded stalking.",
)
t(
    "ON",
    "Harassment by email - S has been emailing V's employer and clients making false claims she's a thief, after a falling out over a house sale. V is a self employed cleaner, losing work.",
)
t(
    "DA HBA",
    "V ({yage}) estranged from her family since moving in with her boyfriend. Her dad and uncles keep turning up at her work and phoning the office, saying she's disgraced the family and must come home. She's scared of being taken. HBA marker on.",
)
t(
    "ON",
    "V is a parish councillor. A man has been posting abuse about her on X daily for 2 months, tagging her in, posting photos of her house. Recorded as harassment.",
)
t(
    "DA ON",
    "Stalking - V's ex from 15 years ago found her on Facebook, keeps messaging from new accounts every time she blocks him and has driven past her house several times. She'd had no contact for years.",
)
t(
    "",
    "Ex-neighbour who moved away still drives past and shouts at V, leaves dog mess on her step. No DA, no relationship, they just fell out over a fence.",
)
t(
    "ON",
    "Local Facebook group pile on - V falsely accused of being a paedo after a post by someone he'd argued with, now getting abuse online and people shouting at him in the street. V terrified. Police recorded malicious comms.",
)
t(
    "DA ON",
    "Ex sending messages to V through their son's Xbox and tablet even though he's been told to only contact via solicitor. Threatening to 'make her life hell'. Breach of non-mol being looked at too.",
)
t(
    "DA",
    "Stalking - V's ex was released from prison last month (he was in for assaulting her), he's been seen in her street twice and drove past the kids' school. She's moved once already. Victim contact scheme involved.",
)
t(
    "ON",
    "V went on one date with a man from a dating app, decided not to see him again. He's now messaging her constantly on the app and on Instagram and turned up at her work. Police recorded stalking.",
)
t(
    "DA",
    "Harassment - V's brother has been sending her abusive texts and voicemails daily about their late mum's house, calling her a thief and a whore. They haven't spoken in years otherwise.",
)
t(
    "ON",
    "V runs a small cake business, someone has been leaving fake 1 star reviews and sending her vile DMs on Instagram for weeks. She thinks it's a rival business. Malicious comms.",
)
t(
    "DA ON",
    "CCB (female couple). V's partner reads all her emails and texts, changed the passwords on her accounts, won't let her see her friends and checks every receipt. V ({age}) has left and is sofa surfing.",
)
t(
    "DA ON",
    "Malicious comms - V's ex posted a photo of himself holding a knife on his Facebook story with a caption about 'sorting her out'. No direct contact. V scared to leave the house.",
)
t(
    "",
    "Stalking - a man keeps standing outside V's shop looking in, follows her when she locks up, has asked other staff about her. V doesn't know him. CCTV stills given to OIC.",
)
t(
    "DA",
    "V's ex-husband keeps ringing her new partner and her employer and turning up at the kids' football, 'no threats' but she feels watched all the time. Recorded as stalking.",
)
t(
    "HATE",
    "Disability harassment - neighbour repeatedly calls V 'retard' and 'spaz' when she's in the garden and blocks her ramp with his bins. V has cerebral palsy. Ongoing 6 months.",
)
t(
    "DA",
    "CCB - V's girlfriend (together 1 yr) makes her account for every penny, won't let her see her family and threatens to 'out' her to them if she leaves. V ({yage}) very anxious.",
)
t(
    "DA",
    "V's ex-wife keeps turning up at his new flat shouting through the letterbox and phoning his work pretending to be his sister. Harassment recorded. V has a new partner who is scared.",
)
t(
    "DA ON",
    "V's ex posted her new address and comments calling her a slag on the local community Facebook page, plus messages to her friends. Recorded as harassment.",
)

t(
    "DA",
    "V's ex keeps leaving letters for her at her parents' house and presents on her car windscreen, after she has told him more than once she wants no contact. Stalking recorded, OIC {oic}.",
)

# ---------------------------------------------------------------------------
# sexual_offences
# ---------------------------------------------------------------------------
cat("sexual_offences")
t(
    "DA",
    "Rape. V ({age}) raped by her husband on {date} and she's now disclosed it's happened many times over the last 5 yrs. ISVA and IDVA referrals made. Husband has moved out.",
)
t(
    "ON",
    "Rape - V met S on a dating app, on their first date she went back to his flat in {town} and he raped her. Reported the next day, SARC attended. S arrested.",
)
t(
    "",
    "Sexual assault on the train - man sat next to V ({yage}) and kept putting his hand on her thigh, then groped her. BTP dealing. V now avoiding trains.",
)
t(
    "",
    "Exposure - man exposed himself to V while she was walking her dog in {town} park. 3rd report in the same area. V has stopped using the park.",
)
t(
    "",
    "Voyeurism / upskirting - V noticed a man holding his phone under her skirt on the escalator at the shopping centre, security detained him and images were found.",
)
t(
    "CSE ON",
    "CSE concerns - V's daughter (14) has been contacted by older men on Snapchat, given vodka and taken to 'parties' at a flat in {town}. Police and children's services strategy. Mum {v} needs support.",
)
t(
    "CSE",
    "Historic CSA - V ({age}) has disclosed being sexually abused by her uncle from age 8 to 12. Reported to police for the first time this year. Wants ISVA and counselling.",
)
t(
    "",
    "Male rape - V ({yage}) thinks his drink was spiked at a house party and he was raped by a man he'd just met there. SARC attended. V hasn't told his family.",
)
t(
    "",
    "Sexual assault by landlord - he grabbed V's breasts while 'inspecting' the flat. V is a student. She's moving out and needs help with the deposit and the police process.",
)
t(
    "CSE ON",
    "Sexual activity with a child - V (15) has been having sex with a 22 yr old man she met on Instagram who she calls her boyfriend. Mum found the messages. S arrested. V is angry with her mum.",
)
t(
    "DA CSE",
    "Rape - V (16) raped by her boyfriend (17) at his house after a party. She's told school and her mum. ISVA referral made.",
)
t(
    "MS",
    "Trafficking for sexual exploitation - V ({yage}) came to the UK after a job offer as a nanny, was then made to sell sex in flats in {town} and {town2}, money taken by the men who brought her. NRM done, in a safe house.",
)
t(
    "",
    "Sexual assault at work - manager keeps touching V, hand on her bum, rubbing against her in the stockroom. She's reported it to police after HR did nothing.",
)
t(
    "DA",
    "Rape by ex-partner when he came round to pick up the kids on {date}. V didn't report at first. ISVA and IDVA both involved. S on bail.",
)
t(
    "ON",
    "Cyberflashing - V ({yage}) was sent an explicit photo of a man's genitals on Instagram by an account she doesn't know, then more when she blocked it. Police recorded the offence.",
)
t(
    "",
    "Voyeurism - V found a hidden camera in the bathroom of a holiday let near {town}. Owner arrested. V feels sick thinking about it.",
)
t(
    "",
    "Sexual assault - V ({age}) uses a wheelchair, her agency carer touched her sexually while helping her shower. Agency has suspended him.",
)
t(
    "",
    "Attempted rape - stranger dragged V into an alley off {street} and tried to pull her jeans down, she fought him off, scratches and bruises. S identified through DNA and arrested.",
)
t(
    "KN",
    "Rape - S held a knife to V's throat and raped her in her flat after following her home from {pub}. S a stranger, charged. V staying with her sister.",
)
t(
    "CSE",
    "V (12) disclosed to a teacher that her stepdad has been touching her at night. Strategy meeting held, stepdad out of the house. Referral for mum and V.",
)
t(
    "",
    "Sexual assault by a massage therapist during a treatment in {town}, V ({age}) froze. Other women have now come forward.",
)
t(
    "",
    "V ({oage}) in a care home was sexually assaulted by another resident, staff walked in on it. Daughter {v} making the referral for herself and her mum.",
)
t(
    "DA",
    "Sexual assault - V ({yage}) woke up to find her stepbrother (24) touching her at a family Christmas gathering. Family have taken his side. V feeling very isolated.",
)
t(
    "DA ON",
    "Rape - V's partner raped her and filmed it on his phone, then sent the video to his mates on WhatsApp. DASH high. S charged.",
)
t(
    "",
    "Nightclub - S grabbed V between her legs on the dancefloor, then punched her friend when she confronted him. V wants support for both of them (friend referred separately).",
)
t(
    "CSE ON",
    "Sexual comms with a child - a man (40s) has been asking V's son (13) for photos via an online game chat and sent him sexual messages. Mum found it. Police have S's details.",
)
t(
    "",
    "Rape by a taxi driver on the way home from {town} on {date}. V ({yage}) reported straight away. Licence suspended. V scared she'll see him again.",
)
t(
    "DA",
    "V ({age}) raped by her ex-girlfriend after they'd split, at V's flat. V says people don't believe women can rape. LGBT specialist service also referred.",
)
t(
    "",
    "Male V ({yage}) sexually assaulted by a female colleague at the works Xmas party - she grabbed his genitals and wouldn't stop. V embarrassed, told his manager.",
)
t(
    "",
    "Rape - S was a friend of V's partner who was staying over; V's partner has been really supportive and is coming to the ABE interview with her.",
)
t(
    "DA HBA",
    "V ({yage}) was forced to marry a man chosen by her family 2 yrs ago, he has raped her repeatedly. She's now left, and her family say she has dishonoured them. Forced Marriage Unit and ISVA involved.",
)
t(
    "CSE",
    "CSE - V's son (15) has been meeting men at a flat in {town} who give him money and cannabis for sex. Police and the exploitation team are involved. Dad {vm} wants support.",
)
t(
    "DA MS ON",
    "V ({yage}) says her 'boyfriend' advertises her on adult websites and makes her see men every night, he keeps all the money and her passport. NRM and ISVA. Sexual exploitation / trafficking.",
)
t(
    "",
    "Sexual assault - stranger on the night bus put his hand down V's top. V ({yage}) filmed part of it. Driver didn't stop.",
)
t(
    "",
    "Indecent exposure from a car - man in a {car} pulled up next to V ({yage}) at the bus stop and was masturbating. She got the reg.",
)
t(
    "DA",
    "V ({yage}) says her partner has sex with her while she's asleep, she woke up to it again last week. She'd told him no before. Recorded as rape. IDVA and ISVA.",
)
t(
    "CSE ON",
    "V's daughter (13) was persuaded by a man on TikTok to send nude photos, he's now asking for more and to meet. Mum {v} found it on her phone. Police have seized the phone.",
)
t(
    "CSE",
    "V (16) sexually assaulted by her older sister's boyfriend (25) when he was babysitting her younger brothers. Sister doesn't believe her. He doesn't live with them.",
)

t(
    "DA",
    "V ({age}) sexually assaulted by her ex-husband when she went round to collect the kids' school things, he pinned her against the kitchen counter and groped her. Reported next day.",
)

# ---------------------------------------------------------------------------
# robbery
# ---------------------------------------------------------------------------
cat("robbery")
t(
    "KN",
    "Personal robbery at knifepoint on {street} on {date} - 2 men, one held a knife to V's stomach, took his phone and wallet. V not hurt. Cards cancelled.",
)
t(
    "",
    "Mugging - V ({oage}) pushed to the ground on {street} and her handbag taken, cut knee and bruised hip. Very shaken. Lives alone.",
)
t(
    "",
    "Business robbery - 2 men in balaclavas came into {shop} at closing time, threatened staff with a hammer, took the till and cigarettes. V (cashier) wants support, not sleeping.",
)
t(
    "KN",
    "Street robbery - V (15) surrounded by older lads who took his earbuds and jacket, one said he had a shank in his bag and V believed him. Mum reported.",
)
t(
    "",
    "Robbery - V and his wife were walking home from {pub} when a man punched V and took his watch. Wife wasn't hurt but saw it all and is supporting him. V has a bruised face.",
)
t(
    "DA",
    "Robbery. V's ex-partner forced his way into her car, grabbed her purse and bank card and pushed her out of the way when she tried to stop him. Minor bruising. He's been arrested.",
)
t(
    "DA",
    "V ({oage}) - her son grabbed her handbag and pushed her over to get her pension money on {date}. She landed on her wrist. Recorded as robbery. V loves him, wants him to get help for his addiction.",
)
t(
    "KN",
    "Delivery rider robbed of his moped on {street} by 3 males, one had a machete and told him to get off. Insurance issues, he can't work.",
)
t(
    "",
    "Carjacking - V pulled out of his {car} at traffic lights in {town} by two men who drove off in it. V has a sprained shoulder. Car found burnt out later.",
)
t(
    "HATE",
    "Robbery - group took V's phone and cash at the bus station, calling him racist names while they did it, one pushed him into the wall. V ({age}) originally from Eritrea.",
)
t(
    "ON",
    "V arranged to sell his phone to a buyer from Facebook Marketplace, met him in a car park in {town}, buyer grabbed it, punched him and ran off. Bruised cheek.",
)
t(
    "HATE ON",
    "V met a man through a gay dating app, and when he got to the address 3 men robbed him of his watch and phone, calling him homophobic names. Minor injuries. Police think it's a targeted group.",
)
t(
    "",
    "V grabbed by the arm at the cashpoint on {street} and made to take out {amt}, S kept hold of her the whole time. No injury apart from grip marks.",
)
t(
    "KN",
    "Taxi driver V robbed of his night's takings by a passenger who held a knife to his neck, {town} on {date}. V hasn't worked since.",
)
t(
    "",
    "V ({oage}) answered the door and a man pushed his way in, shoved her against the wall and took her purse from the kitchen. Recorded as robbery. Daughter now staying with her.",
)
t(
    "",
    "Attempted robbery - S demanded V's phone and said he'd stab him, V didn't see any knife and didn't think he had one, told him no and walked off. S followed him a bit. No injury.",
)
t(
    "KN",
    "Pharmacy robbery - man threatened the pharmacist (V) with a used needle and demanded cash and controlled drugs. V ok physically but very shaken.",
)
t(
    "",
    "V's phone taken by force at the bus stop by her friend's ex-boyfriend, he twisted her arm until she let go. V thinks it's because she's 'on her friend's side'. Not DA - she's never been with him.",
)
t(
    "",
    "Robbery at {town} festival - 2 women ripped V's necklace off, scratched her neck. Sentimental value, it was her late mum's.",
)
t(
    "HATE",
    "Robbery of V, who has learning disabilities, by 2 men who took his cash and bank card after calling him a 'mong' and slapping him. Carer made the referral.",
)
t("", "V punched off his bike by a lad on {street}, the lad then rode off on it. Bruised face. Recorded as robbery.")
t(
    "",
    "Robbery by moped riders - V's watch pulled off his wrist in {town} high street, V dragged along the ground, broken wrist. Still in plaster.",
)
t(
    "",
    "V says a man he owes money to came round, threatened to batter him and took his TV and phone. V wants help with moving.",
)
t(
    "KN",
    "Robbery at {shop} - S held a knife across the counter at V ({yage}) and took the cash from the till. V now off with anxiety, manager referred.",
)
t(
    "",
    "Security guard at {shop} punched in the face by a shoplifter he stopped at the door, shoplifter got away with a bag of meat. Recorded as robbery.",
)
t(
    "DA",
    "V ({oage}) - granddaughter ({yage}) took her purse by force, twisted it out of her hands and pushed her onto the sofa. Happened twice now. Recorded robbery.",
)
t(
    "",
    "Robbery by schoolboys - V (13) made to hand over his phone and trainers in the park by older boys who said they'd beat him up. Mum {v} reported.",
)
t(
    "",
    "Post office robbery - V (counter clerk) threatened by a man who said he had a gun under his coat, handed over cash. V didn't see a gun.",
)

t(
    "DA",
    "V's partner pulled her bank card out of her hand at the cashpoint on {street} and shoved her away when she tried to get it back, then took {amt} out. Recorded robbery. V has moved out.",
)

# ---------------------------------------------------------------------------
# burglary
# ---------------------------------------------------------------------------
cat("burglary")
t(
    "",
    "Residential burglary - back door forced while V was at work on {date}, jewellery (incl her late nan's rings) and a laptop taken. SOCO attended.",
)
t(
    "",
    "Distraction burglary - V ({oage}) let in a man who said he was from the water company, his mate took {amt} cash from her bedroom while she was distracted. Daughter very worried.",
)
t(
    "",
    "Aggravated burglary - 2 men broke in at night, one had a knife, V saw it from the landing and hid in the bathroom with the kids. They took the TV and car keys and left. Nobody was threatened directly.",
)
t(
    "",
    "Shed burglary - garden shed broken into, strimmer, power tools and a lawnmower taken. V ({oage}) wants a shed alarm through the scheme.",
)
t(
    "",
    "Business burglary at {shop} overnight, shutters jemmied, cigarettes, scratch cards and the till float taken. Owner V says it's the 2nd time this year.",
)
t(
    "DA",
    "Burglary - V's ex used an old key to let himself into her flat while she was out and took her laptop, passport and the kids' birth certificates. V has changed the locks now.",
)
t(
    "",
    "Community burglary - church hall broken into, PA system and the tea money taken. V is the church warden, very upset for the congregation.",
)
t(
    "",
    "V's landlord let himself into her room in the shared house while she was away and took some of her jewellery and cash. Recorded as burglary.",
)
t(
    "",
    "Burglary - car keys fished through the letterbox overnight, V's {car} then taken from the drive. Found abandoned 2 days later.",
)
t(
    "",
    "Attempted burglary - V found marks round the lock on her front door where someone had tried to force it, door held. Neighbour had the same. V worried they'll come back.",
)
t(
    "HATE",
    "Burglary at V's home - house ransacked and swastikas drawn on the living room wall in marker. V is Jewish. Some cash and electronics taken.",
)
t(
    "",
    "Student house burglary on {street} - 4 laptops taken through an open kitchen window. V's partner was asleep upstairs and heard them leave. Both want support.",
)
t(
    "DA",
    "V's brother broke the kitchen window to get into V's flat while she was at work and took her TV to sell. He's done it before. She doesn't want him in trouble but is scared to stay there.",
)
t(
    "",
    "Detached garage broken into, 2 mountain bikes and a kids bike taken, padlock cut. V's insurance asking for the crime ref.",
)
t(
    "",
    "Burglary while V asleep - woke to find a man in her bedroom going through the drawers, he ran when she screamed. Took her handbag. V can't sleep in the house now.",
)
t(
    "",
    "School burglary - primary school in {town} broken into overnight, iPads and a safe taken. V is the head teacher, staff and kids upset.",
)
t(
    "",
    "V's bike and his neighbour's were taken from the communal hallway inside their block of flats, the main front door had been left on the latch. Recorded as burglary.",
)
t(
    "",
    "Burglary at the allotments - V's locked shed on the {town} allotments broken into, tools and a generator taken. 6 other plots hit.",
)
t(
    "",
    "'Friends' V had over for a party came back later that night and got in through the bathroom window, took {amt} cash from V's drawer. V knows who they are.",
)
t(
    "",
    "Burglary of V's static caravan on a site near {town}, door forced, TV and gas bottles taken. V and her husband ({oage}) spend their summers there.",
)
t(
    "",
    "Burglary - V's things later turned up for sale on Facebook Marketplace, she recognised her own coffee table and reported it. OIC following up.",
)
t(
    "",
    "Burglary in progress - V's husband heard noises at 3am, came down and 2 lads ran out of the back door with a laptop. He chased them but didn't catch them. Nobody hurt. V shaken, husband supportive.",
)
t(
    "",
    "Sneak-in - front door left unlocked while V was in the back garden, handbag and car keys taken from the hallway.",
)
t(
    "",
    "V initially wondered if her ex was behind the burglary at her house on {date} but police have charged 2 local lads, not DA related. Jewellery and an Xbox taken. V wants new locks and a doorbell cam.",
)
t(
    "",
    "V's small accountancy office broken into overnight, 3 computers and paper files taken. V worried about client data.",
)
t(
    "",
    "Burglary at V's nan's bungalow while nan in hospital, V found it - drawers emptied, grandad's medals taken. Referral for V and her nan.",
)
t(
    "",
    "Attempted burglary, S caught on the doorbell cam trying the back door handle at 2am, ran when the light came on. V on her own with a newborn.",
)
t(
    "DA",
    "Burglary - V's adult daughter climbed in through the window while V was out and took her bank cards and jewellery. Daughter has a drug problem. V heartbroken.",
)
t(
    "",
    "V's home was broken into and the only thing taken was her car keys; the car was then used in a ram raid elsewhere. V feels violated.",
)
t(
    "DA",
    "V's ex climbed in through the kitchen window at 3am, woke her up standing over the bed, took her phone and left. Recorded as burglary. Non-mol application in.",
)

# ---------------------------------------------------------------------------
# vehicle_offences
# ---------------------------------------------------------------------------
cat("vehicle_offences")
t(
    "",
    "Theft of motor vehicle - V's {car} taken from the driveway overnight, no keys taken so police think relay attack. V needs the car for work (carer).",
)
t(
    "",
    "Theft from vehicle - van window smashed on {street} overnight, all V's work tools taken ({amt} worth). Self employed plumber, can't work.",
)
t("", "Catalytic converter cut off V's car in the {shop} car park while she was shopping. Garage quote {amt}.")
t(
    "",
    "Aggravated vehicle taking - V's car taken from outside her house, crashed into a wall in {town} and found burnt out. Nobody hurt. Police have a suspect.",
)
t(
    "",
    "Interfering with motor vehicles - man caught on V's doorbell cam trying car door handles all along {street} at 2am, V's car alarm went off and he ran.",
)
t(
    "DA",
    "V's ex-partner took her car without asking after she left him and won't give it back, it's on finance in her name. He says it's 'his' because he paid some of it. Police recorded theft of MV.",
)
t(
    "DA",
    "V's son (20) took her car keys and the car again after she'd said no. V frightened of him, he gets aggressive when she challenges him. Car came back damaged.",
)
t("", "Motorbike stolen from outside V's flat, chain cut. Seen on CCTV being wheeled off by 2 lads.")
t(
    "",
    "Theft from vehicle - handbag taken from V's passenger seat while she was paying at the petrol station. Cards cancelled.",
)
t(
    "",
    "Both number plates stolen off V's car overnight. V worried they'll be used on another car and she'll get the fines.",
)
t("", "Van broken into at a building site in {town}, tools and a generator taken. V self employed. 3rd time this year.")
t(
    "ON",
    "V advertised his car on an online car sales site, the 'buyer' came for a test drive, drove off in it and never came back. Fake ID given.",
)
t(
    "",
    "V's car stolen from outside work; police say it was used in a robbery the same day in another town. V had nothing to do with it but is very worried.",
)
t(
    "",
    "Someone got into V's car overnight (it was unlocked) and went through the glovebox, nothing obvious taken. Police recorded attempted theft from vehicle.",
)
t("", "V's car keys stolen from a gym locker and the car then driven off from the car park. Recorded as theft of MV.")
t(
    "",
    "V's car stolen off the drive, his wife saw 2 men on the doorbell camera at 4am. Both shaken. Car has a tracker but not found yet.",
)
t("", "Camper van stolen from a storage yard in {town}, V and her husband ({oage}) had just retired and bought it.")
t("", "Diesel siphoned from V's lorry overnight at the truck stop, tank cap forced. V is an owner driver, lost {amt}.")
t(
    "",
    "Not DA - V lent her car to a mate who has now not returned it for 3 weeks and is ignoring her calls. Police recorded taking without consent.",
)
t("", "Taxi driver V's cab taken while he nipped into {shop}, keys left in the ignition. Found later in {town2}.")
t(
    "",
    "Parcels stolen from V's delivery van while he was at a doorstep, side door open. V worried he'll have to pay for them.",
)
t("", "Wheels taken off V's car overnight, car left on bricks on {street}.")
t("", "Theft from MV - V's sat nav and sunglasses taken, window smashed, car parked at {town} train station.")
t(
    "",
    "Car stolen from V's drive, then found crashed. V's mum ({oage}) who lives with her is now scared to be in the house alone.",
)
t(
    "DA",
    "V's ex-partner keeps letting himself into her car with the spare key he kept and taking things - dashcam, sunglasses, her documents. Recorded theft from vehicle.",
)

# ---------------------------------------------------------------------------
# theft_from_person
# ---------------------------------------------------------------------------
cat("theft_from_person")
t(
    "",
    "Pickpocket on the bus into {town} - wallet taken from V's coat pocket, didn't feel a thing. Realised when she went to pay in {shop}.",
)
t(
    "",
    "Phone snatched out of V's hand by a lad on an e-bike on {street}, V not hurt, all over in seconds. Recorded as theft from the person.",
)
t("", "Purse taken from V's handbag at {town} market, bag was on her shoulder, zip undone when she checked.")
t(
    "",
    "V ({oage}) was hugged by a woman who said she knew her from church, later realised her gold necklace was gone. Police say it's a known distraction method.",
)
t(
    "",
    "Phone taken from V's back pocket in a nightclub in {town}. V can see it on a tracking app at an address but police haven't been able to recover it yet.",
)
t(
    "",
    "V fell asleep on the train home and woke up to find her bag had been lifted off her lap. Recorded theft from person.",
)
t("", "Handbag snatched off V's shoulder on {street}, she let go straight away, no struggle and no injury. S ran off.")
t("", "V distracted by 2 kids asking for directions with a map while a 3rd took his phone from his jacket pocket.")
t(
    "DA",
    "V's ex-partner snatched her phone out of her hand while she was trying to ring 999 during an argument, nothing more physical than that, and ran off with it. Phone found later.",
)
t(
    "",
    "V's partner saw a man with his hand in V's bag at the bus stop and shouted, the man ran off with her purse. V's partner is supporting her.",
)
t(
    "",
    "Pickpocketed at the football - wallet taken from inside V's jacket while queueing for a pie. Cards used afterwards at a petrol station.",
)
t(
    "",
    "V ({yage}) fell asleep on a bench after a night out and woke to find his watch had been taken off his wrist. Recorded as theft from the person.",
)
t("", "Bracelet snatched from V's wrist at a concert, clasp snapped. She didn't see who did it.")
t(
    "",
    "V's friend's ex-boyfriend grabbed V's phone out of her hand at a party and ran off with it, she got it back the next day through a friend. V has never been in a relationship with him.",
)
t("", "Cash taken from V's coat pocket while she was queueing at {shop}, {amt} she'd just taken out for the rent.")
t("", "Market trader V - someone unzipped his money belt while he was serving and took about {amt}.")
t(
    "",
    "Theft from person on the tram - V's phone taken from her coat pocket. V is partially sighted and didn't notice until she got off.",
)
t("", "V ({oage}) had her purse lifted from the shopping bag hanging on her arm at the bus stop. Didn't feel anything.")

# ---------------------------------------------------------------------------
# bicycle_theft
# ---------------------------------------------------------------------------
cat("bicycle_theft")
t("", "Bike theft - V's bike stolen from outside {shop}, D-lock cut. Only had it 2 weeks.")
t(
    "",
    "E-bike (pedal assist) taken from the station cycle rack in {town}, cable lock cut. V ({age}) uses it to commute.",
)
t(
    "",
    "Son's bike taken from the front garden overnight, it wasn't locked. V's son ({cage}) gutted, it was his birthday present.",
)
t(
    "DA",
    "V's ex took her bike when he moved out and refuses to give it back, says she can 'come and get it'. She's scared to go round. Police recorded theft of pedal cycle.",
)
t("", "V left his bike unlocked outside the gym for 2 mins and it was gone. Seen on CCTV.")
t(
    "",
    "Delivery rider V - his pushbike was taken from outside a takeaway while he collected an order. Relies on it for work.",
)
t(
    "",
    "V's son's BMX taken at the skate park by older lads who just rode off on it, no threats or violence. Son (11) upset.",
)
t("", "Cargo bike with child seat stolen from outside the nursery in {town} while V was dropping her daughter off.")
t("", "Uni student V, bike stolen from the racks outside the library, 3rd time this year.")
t(
    "",
    "Bike taken from {town} station, V's partner's bike locked right next to it was left. They commute together. Police recorded theft of pedal cycle.",
)
t(
    "",
    "V ({age}) has MS and uses an adapted tricycle, it was taken from outside her house. Can't get out without it. Nothing to suggest she was targeted.",
)
t(
    "",
    "Neighbour's teenage son borrowed V's bike and never returned it, now denies having it. V has seen him riding it.",
)
t("", "Road bike worth {amt} taken from V's back yard (open yard, not in a shed or garage).")
t("", "Bike theft at the leisure centre - V watched the CCTV of a man cutting her lock in under a minute.")
t("", "Kids' bikes (x2) taken from outside the community centre during a holiday club. V is a volunteer there.")
t("", "V chased the man who took his bike from outside the chippy but lost him. No confrontation.")

# ---------------------------------------------------------------------------
# shoplifting
# ---------------------------------------------------------------------------
cat("shoplifting")
t(
    "",
    "Shop theft at {shop}, man filled a rucksack with meat and walked out. V (staff) shaken as he's done it several times.",
)
t(
    "",
    "Repeat shoplifting at V's newsagents, same woman most days taking sweets and wine. V a small business owner, feels powerless. 14 incidents logged.",
)
t(
    "HATE",
    "Shoplifting at {shop} - when security (V) stopped the S at the door, S shouted racist abuse at him. No force used. Goods recovered. V wants the racism recorded too.",
)
t(
    "",
    "Pharmacy - S took baby milk and painkillers off the shelf and left without paying. Staff member V knows him, he's a regular.",
)
t("", "Self checkout theft - S scanned expensive items as carrots, caught on camera. Store detective V.")
t(
    "",
    "Group of 4 youths grabbed bottles of spirits from {shop} and ran out. Staff member V didn't try to stop them. Manager worried about staff.",
)
t(
    "",
    "Charity shop - S took a designer coat off the rail and walked out. V, the volunteer, followed her out the door but didn't catch her.",
)
t("", "Theft from a shop - garden centre, S loaded plants into his car without paying, V (owner) got the reg.")
t(
    "",
    "Distraction theft at a phone shop - one man kept V talking while the other took 2 display phones. Recorded as shoplifting.",
)
t(
    "",
    "Shoplifting - man wheeled a trolley of groceries out through the fire exit at {shop}. V ({age}) on the till saw it.",
)
t(
    "",
    "V is the manager of a small bakery, a woman took a cake off the counter and walked out. V followed her and she laughed. Police recorded theft from shop.",
)
t(
    "",
    "Shoplifting - V owns a corner shop, asked if the theft was racially motivated V says no, S didn't say anything and steals from everyone on the parade.",
)
t(
    "",
    "Repeat shoplifter at {shop} taking razor heads and electric toothbrushes, banned but keeps coming back. V (assistant manager) wants support re court.",
)
t("", "Department store perfume theft - S ran past V at the door with 3 boxes, V didn't try to stop him. CCTV shared.")
t(
    "",
    "Shoplifting at a farm shop - S filled a bag with cheese and meat and left without paying. V (owner) says it's costing her.",
)
t(
    "",
    "Theft from shop - V ({yage}) Saturday worker at {shop}, S took wine and swore at her when she asked him to pay. No threats.",
)
t(
    "",
    "Two women with an empty pram filled it with baby clothes at {shop} and left. V (supervisor) found the empty hangers.",
)

# ---------------------------------------------------------------------------
# other_theft
# ---------------------------------------------------------------------------
cat("other_theft")
t(
    "",
    "Theft by employee - V owns a small warehouse, stock going missing, CCTV shows a member of staff putting boxes in his car. Recorded theft by employee.",
)
t("", "Parcels taken from V's doorstep 3 times this month, caught on the doorbell cam. Recorded as theft.")
t("", "Making off without payment - petrol drive-off at V's garage, {amt} of diesel, false plates on the car.")
t("", "Making off - table of 6 left V's cafe without paying a {amt} bill.")
t(
    "ON",
    "Sextortion / blackmail - V ({yage}) was chatting to a 'woman' on Instagram, sent intimate pictures, now being told to pay {amt} or they'll be sent to his family and friends. He paid once. Ashamed.",
)
t(
    "DA",
    "Blackmail - V's ex-wife demanding money, saying she'll tell his new employer about his past conviction if he doesn't pay. Texts and calls only.",
)
t(
    "",
    "Theft by carer - V's mum's home carer took rings from her bedroom drawer. Agency informed. V wants to know what happens next.",
)
t(
    "DA",
    "V's partner has been taking cash from her purse and her savings tin, about {amt} over 2 months. She confronted him and he denied it. She's now separated.",
)
t("", "Handbag taken from the back of V's chair in a cafe in {town}, she didn't notice. Recorded as other theft.")
t(
    "",
    "Plants and a bird bath stolen from V's front garden overnight. V ({oage}) very upset, they were her late husband's.",
)
t("", "V left her phone on a table in {pub} for a minute and it was taken. CCTV requested.")
t("", "Lead stolen from the church roof, V is the vicar. Rain coming in.")
t(
    "DA",
    "V ({yage}) says his dad has been taking his wages every month since he started work, calls it 'board' but it's all of it. V wants to move out. Recorded as theft.",
)
t("", "Charity collection tin taken from the counter of V's shop.")
t("", "V's dog was taken from her back garden, the gate latch was broken. Posters up. Recorded as theft.")
t(
    "",
    "Nieghbour took V's parcel from the communal post area and denied it, V saw the box in his recycling. Recorded as theft of mail.",
)
t("", "V's purse taken from her hospital locker while she was having an operation.")
t("", "Heating oil stolen from V's tank overnight, farmhouse outside {town}, about {amt} worth.")
t(
    "",
    "Colleague took V's purse from the staff room at {shop}, caught on CCTV. V doesn't want to go back to work with her.",
)
t("", "Lodger left owing rent and took V's jewellery and laptop with him. V ({oage}) trusting, feels stupid.")
t("", "V's handbag taken from her trolley at {shop} while she turned to reach a shelf.")
t("", "Making off - passenger did a runner from V's taxi without paying the {amt} fare.")
t("", "Theft by employee - cashier at V's shop caught on CCTV taking money from the till, about {amt} over 3 months.")
t(
    "",
    "Protection money - S keeps coming into V's takeaway demanding {amt} a week 'or else'. V has paid twice. Recorded as blackmail.",
)
t(
    "DA",
    "V's sister stayed with her for a month and when she left V's engagement ring and {amt} cash were gone. Sister denies it. V says the family have taken sides.",
)
t("", "Tools stolen from a building site where V is the site manager, the container was left open overnight.")
t("", "Garden furniture and a gas BBQ taken from V's back garden (not from a shed). Neighbours also hit.")
t(
    "",
    "Theft of mail - V's new bank cards and chequebook never arrived though the post office say delivered. Police recorded theft of mail. No transactions yet.",
)
t(
    "DA",
    "V's adult son has been taking things from her - her late husband's watch and some cash - she found the pawn shop tickets in his room. Recorded theft.",
)

# ---------------------------------------------------------------------------
# criminal_damage_arson
# ---------------------------------------------------------------------------
cat("criminal_damage_arson")
t("", "Criminal damage - all 4 tyres slashed on V's car on {street} overnight, 3 other cars on the street too.")
t(
    "",
    "Arson - V's wheelie bin set alight and pushed against her back door, door scorched. Fire service attended. V thinks it's kids.",
)
t(
    "",
    "Arson endangering life - petrol poured through V's letterbox and lit at 2am, the smoke alarm woke the family and they got out. Hallway destroyed. S not known.",
)
t(
    "DA",
    "Criminal damage - V's ex smashed all her front windows on {date} after she wouldn't let him in. Kids were in the house. S arrested, bailed not to contact.",
)
t(
    "DA",
    "V's partner smashed her phone and the TV during an argument and punched the wall, he didn't touch her. She's worried it'll escalate. DASH medium.",
)
t(
    "HATE",
    "Racist graffiti sprayed on V's front door and car overnight including 'go home'. V and family from Syria, only been here a year.",
)
t(
    "HATE",
    "V's car keyed with a homophobic word down the side, parked outside her house. She and her wife have had looks from neighbours since moving in.",
)
t(
    "",
    "Neighbour cut down V's fence panels and part of her hedge without permission, says it was on his land. Recorded criminal damage. Boundary dispute.",
)
t("", "V's windscreen smashed while parked on {street}, nothing taken. No idea why.")
t(
    "DA",
    "V's brother ({yage}) punched holes in her bedroom door and kicked the bathroom door off its hinges when drunk, V and her mum are scared of him.",
)
t("HATE", "Mosque windows smashed overnight, V is a trustee. Third incident this year. Worshippers frightened.")
t(
    "",
    "Youths throwing stones at V's greenhouse, smashed several panes. V ({oage}) recognises some of them from the estate.",
)
t(
    "",
    "Damage to V's car - her ex-partner's new girlfriend let the tyres down and scratched it with a key, caught on camera. V and S have never properly met.",
)
t(
    "DA",
    "Arson - V's husband set fire to her clothes and documents in the garden after she said she was leaving. Fire service attended. She's now in a refuge.",
)
t(
    "DA",
    "V's wife poured gloss paint over his car after he moved out. Caught on doorbell cam. Recorded criminal damage.",
)
t("", "Windows at the primary school smashed over the weekend, V (caretaker) found it, glass everywhere.")
t("", "Allotment shed set on fire overnight, V lost everything in it. Fire service say deliberate.")
t(
    "",
    "Landlord smashed V's TV and threw her stuff out into the street when she was late with the rent. V now sofa surfing.",
)
t(
    "",
    "V's son's grave vandalised - headstone pushed over and flowers trampled. V devastated. Cemetery staff reported it.",
)
t(
    "",
    "Car set alight on V's driveway at 3am, spread to the front of the house. Family got out. No idea who would do it.",
)
t(
    "HATE",
    "Disabled ramp outside V's house ripped up by her neighbour, who has complained about 'benefit scroungers' and 'cripples' getting everything. V ({age}) uses a wheelchair.",
)
t(
    "DA KN",
    "V's partner slashed the sofa and her clothes with a kitchen knife during an argument, didn't point it at her. She left that night with the kids.",
)
t("", "Tenant left V's rental flat trashed, holes in the walls, kitchen smashed. V is a small landlord.")
t(
    "",
    "Quad bikes tearing up V's crops and fencing on the farm near {town}, damage over {amt}. Recorded criminal damage.",
)
t(
    "",
    "Someone glued V's front door lock and her car locks. Locksmith needed. V thinks its linked to a parking row but cant prove it.",
)
t(
    "DA",
    "V's son (17) kicked the front door in and smashed the kitchen cupboards when she took his phone off him. Son's bigger than her now. She's scared of him.",
)
t(
    "",
    "Drunk man smashed V's living room window on his way home from {pub}. V says definately not her ex, he's been nothing but supportive since they split. S arrested nearby.",
)
t("", "Criminal damage to V's shop shutters - spray painted tags and the lock snapped. 3rd time.")
t(
    "",
    "Someone poured bleach on V's lawn and killed the plants in the front border, V thinks it's a neighbour she's fallen out with.",
)
t("DA", "Arson - V's ex set fire to her car outside her mum's house on {date}. No one hurt. He's on remand.")
t(
    "DA",
    "V's ex-boyfriend kicked the wing mirror off her car and dented the door while it was parked outside her work. Caught on CCTV.",
)

# ---------------------------------------------------------------------------
# drug_offences
# ---------------------------------------------------------------------------
cat("drug_offences")
t(
    "",
    "Drug dealing from the flat next door to V, cars pulling up day and night, needles in the stairwell. V frightened for her kids. Police have done a warrant there before.",
)
t(
    "",
    "V found a cannabis farm in the rental house she owns after the tenants vanished, loft full of plants and the electrics bypassed. Police attended.",
)
t(
    "",
    "V (mum) found cannabis and scales in her son's (17) bedroom, thinks he's dealing at school. Wants advice and support. Police have been told.",
)
t(
    "",
    "Dealers keep stashing drugs in V's front hedge and garden wall, she's found wraps twice. Doesn't want to touch them.",
)
t(
    "",
    "Head teacher V reports dealing outside the school gates at home time, older lads selling to pupils. Police patrols requested.",
)
t(
    "",
    "V's partner has been using heroin and she thinks he's now dealing from their flat. No violence, no DA disclosed. V wants advice on where she stands.",
)
t(
    "",
    "V (landlady) found a bag of white powder and lots of small bags in her lodger's room. Police took it away. V wants him out.",
)
t("", "Car park behind V's business used for drug deals every evening, V's staff scared to walk to their cars.")
t(
    "",
    "V is in recovery and a dealer keeps texting her 'menus' and offers. She's changed her number once. Police aware.",
)
t(
    "ON",
    "V found a dealer's account on Snapchat has been messaging her son (14) offering him cannabis. Police informed.",
)
t(
    "",
    "Lads selling nitrous oxide canisters from a car in the park by V's house, hundreds of empty canisters. V ({oage}) afraid to walk the dog.",
)
t(
    "",
    "Neighbour is growing cannabis in his loft, V can see the lights at night and the smell is strong in her bedroom. V worried about fire risk.",
)
t(
    "ON",
    "Parcel delivered to V's address by mistake containing pills ordered off the dark web in someone else's name. Police collected it. V anxious someone will come for it.",
)
t("", "Crack house behind V's shop, people using in the alley all day. V's customers put off.")
t(
    "",
    "V (youth worker) says a young person at the club told him an adult is supplying cannabis to lots of the kids on the estate. Police intel submitted.",
)
t(
    "",
    "Police raid next door found a large amount of cocaine, V wants support as she's worried about reprisals because people think she grassed.",
)

# ---------------------------------------------------------------------------
# possession_of_weapons
# ---------------------------------------------------------------------------
cat("possession_of_weapons")
t(
    "",
    "TA at a {town} secondary found a kitchen knife in a Y9 pupil's bag, he hadn't threatened anyone with it. V shaken. Police dealt with the pupil.",
)
t(
    "",
    "Man seen with a machete tucked in his waistband outside V's shop on {street}, police called, arrested for possession. Didn't threaten anyone.",
)
t(
    "DA",
    "V's ex-partner found by police sat in his car outside her house with a lock knife in his pocket. No threats made to V, arrested for possession of a bladed article. She's terrified of what he was planning.",
)
t("", "Door staff (V) found a knuckleduster on a customer during a search at {pub}, police arrested him.")
t(
    "",
    "V found a handgun wrapped in a bag in her wheelie bin, police attended and recovered it. V scared whoever put it there will come back.",
)
t("", "Youth worker V took a knife off a 15 yr old at the youth club, nobody was threatened. Police informed.")
t(
    "",
    "Man walking through the estate carrying a crossbow, V saw him from her window. Police found him and arrested him.",
)
t(
    "",
    "V, bus driver - a passenger shouting to himself at the back of the bus had a large knife in his hand, not pointed at anyone. V stopped the bus and called police.",
)
t("", "Zombie knife found on a lad stopped and searched outside V's house. V worried as her son knows him.")
t(
    "",
    "S was walking up and down V's street with a baseball bat saying he was 'looking for' V's son, didn't find him and left. V hid indoors. Recorded possession of offensive weapon.",
)
t("", "S dropped a knife in V's front garden while running away from police, police recovered it. V scared.")
t("", "Station guard V saw a man with a flick knife on the platform, BTP arrested him for possession.")
t(
    "",
    "S arrested outside V's house with a loaded air pistol after an argument earlier with V's husband; V and her husband both frightened.",
)
t(
    "",
    "Man with an axe on the high street, police arrested him, V (shop worker) watched through the window, frightened. Nobody threatened.",
)
t(
    "",
    "Shots fired in the air outside V's house at night, police recovered cases. Nobody hurt. V has kids and wants to move.",
)
t(
    "",
    "V's son's classmate was found with a knife in school after telling people he was going to 'get' V's son. No attack happened and V's son never saw the knife. Possession of a bladed article on school premises.",
)
t(
    "",
    "Knife arch at a nightclub in {town} - S found with a blade, V (security) detained him till police came. Nothing else happened.",
)
t(
    "",
    "V's lodger was stopped by police in {town} centre carrying a samurai sword. V worried it's usually kept in her house.",
)
t(
    "",
    "S stopped at the entrance of V's shop by security and found with a CS gas canister in his bag. Nothing taken, nobody sprayed.",
)

# ---------------------------------------------------------------------------
# public_order
# ---------------------------------------------------------------------------
cat("public_order")
t(
    "HATE",
    "Racially aggravated s5 - drunk man shouted at V (shopkeeper) to 'go back to his own country' and that 'his lot' were taking over, no violence. Customers saw it.",
)
t(
    "",
    "s4 - S squared up to V in the street, chest out, shouting he'd 'batter' him over a parking space. V genuinely thought he'd be hit. Nothing physical.",
)
t(
    "HATE",
    "Homophobic abuse shouted at V and his partner as they left {pub}, S followed them a bit still shouting. No violence. Partner also referred.",
)
t(
    "",
    "Affray - big fight in {town} market square on {date}, V (market trader) caught in the middle, not hurt but terrified. Stock knocked everywhere.",
)
t(
    "",
    "Violent disorder outside V's takeaway, 20+ people fighting with bottles, staff locked themselves in. V (owner) needs support for staff.",
)
t(
    "",
    "Neighbour shouting and swearing at V in front of her kids every time she pulls up, over parking. Public order offence recorded.",
)
t(
    "HATE",
    "Transphobic abuse - man at the bus stop shouted at V, calling her 'it' and a 'nonce', and filmed her on his phone. V got off at a different stop for weeks after.",
)
t(
    "HATE",
    "Antisemitic abuse shouted at V and his kids on their way to synagogue from a passing van. Police recorded religiously aggravated public order.",
)
t(
    "HATE",
    "V has a stammer. Man in the queue at {shop} mocked her and shouted insults about her being 'thick' when she couldn't get her words out. Staff intervened.",
)
t(
    "",
    "Road rage - S got out of his car at the lights and screamed at V through her window, banged on the roof. V terrified. No damage, no contact.",
)
t(
    "",
    "Drunk man in {town} centre shouting obscenities at V and other passers by, followed V for a few yards. Arrested s5.",
)
t(
    "DA",
    "V's ex caused a scene outside her workplace, shouting abuse at her and calling her names in front of customers until security removed him. Recorded public order.",
)
t(
    "DA",
    "V's brother shouted abuse and threats at her in the pub car park on Christmas Eve in front of the family, she felt threatened but he didn't touch her. s4 recorded.",
)
t(
    "HATE",
    "V is a steward at the football ground, a group of fans chanted racist abuse at him during the match. Club has banned 2 of them.",
)
t(
    "HATE",
    "Racist abuse at V (nurse) by a patient's relative on the ward, called her a racial slur and refused to let her near his dad. Trust reported it.",
)
t(
    "HATE",
    "V filling up at the petrol station, S called him racist names and told him to get out of 'our' country. V's partner was in the car and heard it all.",
)
t(
    "",
    "Colleague shouted in V's face on the factory floor that he'd 'sort him out' after shift, V felt threatened. s4 recorded. Factory has suspended S.",
)
t(
    "",
    "Group of youths shouting and swearing at V ({oage}) when she asked them to get off her garden wall, called her an 'old witch'. Police recorded s5.",
)
t(
    "",
    "Landlord came round and screamed abuse at V on the doorstep in front of the neighbours about the rent, V humiliated and frightened.",
)
t(
    "",
    "Men shouting sexual comments at V as she walked past a building site every morning, one followed her to the corner. Recorded as public order.",
)
t(
    "HATE",
    "Racist abuse shouted from a car at V while she was out jogging in {town}, the car slowed down alongside her for a bit.",
)
t("", "Protesters outside the clinic shouted at V as she went in, called her a murderer. Police attended.")
t(
    "",
    "Group of men threatening V (bus driver) when he refused to let them on without paying, said they'd be waiting for him at the depot. s4.",
)
t(
    "HATE",
    "Religious abuse - V (Sikh) had a man shout at him outside the gurdwara that he was a 'terrorist', no physical contact.",
)
t(
    "",
    "Stag party in {town} causing havoc, one of them shouted at V and threatened to 'deck' her when she asked them to keep it down outside her house at 2am.",
)
t(
    "DA",
    "V's mum shouted abuse at her in the street outside the school, calling her a slag and a bad mother in front of V's kids and other parents. s5 recorded.",
)

# ---------------------------------------------------------------------------
# misc_crimes_against_society
# ---------------------------------------------------------------------------
cat("misc_crimes_against_society")
t(
    "",
    "Threat to commit criminal damage - V's neighbour shouted that he'd smash her car windows if she parked outside his house again. No threats to V herself.",
)
t(
    "DA",
    "V's ex-partner texted that he'll 'burn her car out' after she stopped him seeing the kids. One text, nothing since. Recorded threat to commit criminal damage.",
)
t(
    "",
    "Dangerous driving - V's car tailgated and brake-checked on the {town} bypass by a van, which then swerved at her. No collision, no injury. Dashcam sent to police.",
)
t(
    "",
    "Dangerous driving - a car mounted the pavement at speed on {street}, V had to pull her kids out of the way. No one hit. Driver traced from CCTV.",
)
t(
    "",
    "Bigamy - V found out her husband of 3 years was already married abroad when she tried to sort out his visa. V heartbroken, wants support.",
)
t(
    "",
    "Forgery - V found her letting agent had forged her signature on a tenancy renewal she never agreed to. Police recorded forgery.",
)
t(
    "",
    "Perjury - V says a defence witness lied under oath at the trial in her case, police are now investigating perjury. V wants to understand the process.",
)
t(
    "",
    "Perverting the course of justice - a man gave V's name and date of birth when he was stopped by police for speeding, V got the fines and points. S now identified and charged.",
)
t(
    "",
    "S's family approached V in town and offered him {amt} to drop his statement against their son. V refused. Recorded as perverting the course of justice.",
)
t(
    "CSE",
    "V found indecent images of children on her brother's laptop when she was fixing it and reported it to police. V ({yage}) very distressed, not sure what to tell the family.",
)
t(
    "DA CSE ON",
    "V (16) - her ex-boyfriend (17) shared intimate pictures of her on Snapchat and sent them to his mates after they split. Police recorded indecent images offences. V off school.",
)
t(
    "",
    "V told that S failed to appear at court for his trial and a warrant's been issued. V very anxious, she'd psyched herself up. No other detail on the referral.",
)
t(
    "",
    "Dangerous driving - delivery van swerved round a queue and nearly hit V's daughter on the zebra crossing on {street}. No injury. Police have contacted the van firm.",
)
t(
    "",
    "Landlord told V he'd 'smash all her stuff up' if she's not out by the weekend. No damage yet. Recorded threat to commit criminal damage.",
)
t(
    "",
    "Anonymous letter to V's shop saying it will be 'torched' if he doesn't close by the end of the month. No threats to people. Police recorded threats to commit criminal damage.",
)
t(
    "",
    "Someone rang 999 claiming V had a gun and was threatening his family, armed police came to his door at 11pm. No gun, nothing found. Police investigating the hoax caller. V and family very shaken.",
)
t(
    "DA",
    "Dangerous driving - V's ex followed her on the motorway, tailgating and flashing, then cut in front of her and braked hard. No collision. DA history known to police.",
)
t(
    "",
    "V ({oage}) was a witness to a car crash and now the driver's friend keeps telling her to 'say she didn't see anything'. Recorded as witness intimidation.",
)
t(
    "",
    "Dangerous driving - quad bike rider racing round the estate roads at night nearly hit V as she reversed off her drive. No collision.",
)
t(
    "",
    "V found her signature had been forged on her late father's will, leaving everything to a neighbour. Police recorded forgery and are looking into it.",
)

# ---------------------------------------------------------------------------
# fraud_computer_misuse
# ---------------------------------------------------------------------------
cat("fraud_computer_misuse")
t(
    "ON",
    "Romance fraud - V ({mage}) met 'Daniel' on a dating site, 8 months of chatting, never met, sent him {bigamt} for 'medical bills' and a 'stuck inheritance'. Reported to Action Fraud.",
)
t(
    "",
    "Courier fraud - V ({oage}) recieved a phone call from 'police' saying her bank was corrupt, a courier then collected {amt} cash and her bank card from her door. Family made the referral.",
)
t(
    "ON",
    "Investment scam - V saw a crypto advert on Instagram with a fake celebrity endorsement, invested {bigamt} through a website that's now gone.",
)
t(
    "ON",
    "Identity fraud - loans and credit cards taken out online in V's name, {amt} of debt she didn't know about until the letters came. Credit file a mess.",
)
t(
    "",
    "Bank impersonation - V got a call from 'the bank fraud team' and was talked into moving her savings ({bigamt}) to a 'safe account'. Bank looking into a refund.",
)
t(
    "ON",
    "Paid {amt} for a sofa on Facebook Marketplace, seller stopped replying and the profile was deleted. V on a low income.",
)
t(
    "ON",
    "V's email was hacked and used to send messages to all her contacts asking for money, 2 friends paid. V feels awful. Recorded computer misuse / fraud.",
)
t(
    "DA",
    "Ex-partner took out 3 credit cards and a catalogue account in V's name while they were together, using her documents, {amt} of debt. Recorded fraud.",
)
t(
    "",
    "Rogue trader - V ({oage}) paid {amt} to men who knocked on the door saying her roof tiles were loose, they did nothing and came back for more. Trading standards also aware.",
)
t(
    "DA",
    "V's son used her bank card to take {amt} out at cashpoints over 3 months without her knowing. Recorded as fraud. She doesn't want him charged.",
)
t(
    "ON",
    "Invoice fraud - V's small business paid {bigamt} to a supplier after an email with 'new bank details', the email had been intercepted. Bank won't refund.",
)
t(
    "ON",
    "Holiday booked through a website that turned out to be fake, {amt} lost. V and her family were due to go in the summer.",
)
t("ON", "Concert tickets bought from someone on Instagram, never arrived and V ({yage}) is now blocked. {amt} lost.")
t(
    "",
    "Cold call pension scam - V ({mage}) was persuaded over several phone calls to move his pension into a 'better' scheme, {bigamt} gone.",
)
t(
    "ON",
    "'Hi Mum' scam on WhatsApp - V ({oage}) thought it was her daughter with a new number, paid {amt} for an 'urgent bill'.",
)
t(
    "",
    "Carer used V's debit card to buy things for herself, about {amt}. V ({oage}) has dementia, daughter {v} found the statements.",
)
t(
    "ON",
    "Rental scam - V paid a {amt} deposit for a flat advertised on a property website, the 'landlord' didn't exist. V now homeless.",
)
t("", "Doorstep fake charity collector took cash from V saying it was for a children's hospice that doesn't exist.")
t(
    "DA",
    "V's partner persuaded her to take out loans for his 'business', about {bigamt}, and there was no business. She's now left him. Recorded fraud.",
)
t(
    "ON",
    "Hacking - V's Instagram account (small business, 20k followers) was hacked and the hacker is demanding {amt} to give it back.",
)
t(
    "ON",
    "Phishing text pretending to be a parcel company, V clicked the link and put her card details into the website, {amt} spent at online shops.",
)
t("", "Cheque V wrote to a builder was altered from {amt} to a much bigger amount and cashed.")
t(
    "",
    "Recovery scam - after being scammed last year, V ({oage}) got phone calls from 'lawyers' saying they could get her money back for a fee, paid {amt}. All by phone and post.",
)
t(
    "",
    "Bookkeeper at V's firm falsified invoices and paid them into her own account over 2 years, approx {bigamt}. Recorded fraud by abuse of position.",
)
t(
    "DA",
    "V's grandson took out a phone contract and a loan in V's name using her ID. V ({oage}) only found out when the debt collectors wrote. She doesn't want to get him into trouble.",
)
t(
    "ON",
    "V (15) - his gaming account was hacked and all his in-game items taken and the card saved on it used, {amt}. Mum {v} reported.",
)
t(
    "",
    "V ({yage}) has learning disabilities, 'friends' he met at the pub have been using his bank card to buy things, telling him it's a loan. Support worker referred. No name calling or hostility reported.",
)
t(
    "",
    "Car bought from a private seller in {town} turned out to be on finance and was repossessed, the seller had lied. V lost {amt}.",
)
t(
    "",
    "Man showing a police badge stopped V ({oage}) outside the bank, said he needed to check her cash for fakes and took it, never came back. {amt}.",
)
t(
    "ON",
    "Fake pet sale - V paid a {amt} deposit for a puppy advertised online, seller kept asking for more for 'vaccinations' and 'transport'. No puppy.",
)
t(
    "DA ON",
    "V's husband has been logging into her online banking with her password and moving money to his own account without her knowing, about {amt}. She's now seperated. Recorded fraud.",
)

# ---------------------------------------------------------------------------
# anti_social_behaviour
# ---------------------------------------------------------------------------
cat("anti_social_behaviour")
t(
    "",
    "Noise from next door, parties every weekend untill 4 or 5am, music and shouting. Council noise team involved. V works early shifts and is exhausted.",
)
t(
    "",
    "Group of teenagers hanging around outside V's house most evenings, kicking a football against her wall and being rowdy. No damage, no threats. V ({oage}) anxious.",
)
t("", "Neighbour's dog barks all day while they're at work. V has spoken to them, no change. Council notified.")
t("", "Neighbour has bonfires 2-3 times a week, smoke comes into V's house, she has asthma.")
t(
    "",
    "Off-road bikes racing on the field behind V's house most nights, noise and churned up grass. Nobody has threatened anyone.",
)
t("", "Neighbour's front garden full of rubbish bags, rats now appearing. V has reported it to the council.")
t(
    "",
    "Neighbour put up a CCTV camera that points into V's back garden. V feels uncomfortable, no threats or comments made. Police advised it's a civil matter.",
)
t(
    "",
    "Kids knocking on V's door and running off, several times a night. V ({oage}) lives alone and finds it frightening.",
)
t(
    "",
    "Street drinkers on the bench outside V's flat every day, loud and messy, using the alleyway as a toilet. Not abusive to V.",
)
t(
    "",
    "Ongoing parking dispute with neighbours, they park across V's drive sometimes. No threats or abuse. V wants mediation.",
)
t(
    "",
    "Drone being flown over V's garden repeatedly, she doesn't know who by. Feels watched. Police said no offence identified.",
)
t(
    "",
    "V hears loud arguments from the flat upstairs most nights, doesn't know the couple and hasn't seen anything, says she's no reason to think it's DA. Mostly the noise affecting her sleep.",
)
t(
    "",
    "Teenagers on e-scooters riding on the pavement near V's house, nearly clipping people. No one hurt. V wants more patrols.",
)
t(
    "",
    "Neighbour's kids play football in the street and the ball keeps hitting V's car, no damage done. V asked the parents, they laughed.",
)
t("", "Neighbours feeding pigeons in their garden, mess all over V's windows and roof. Council involved.")
t("", "Man begging outside V's shop all day, not aggressive, but customers complain. V wants advice.")
t(
    "",
    "Car meets in the retail park car park every Friday, engines revving and tyres screeching till 1am. V lives opposite.",
)
t("", "Upstairs neighbour doing DIY and stomping about at midnight, V has a newborn. Housing association aware.")
t("", "Kids throwing snowballs at V's windows, nothing broken. V is 88 and was frightened by the bangs.")
t("", "Lads sitting in a car outside V's house playing loud music late at night and vaping. No contact with V.")
t("", "Fireworks let off in the street late at night for weeks, V's dog terrified. No one targeting V specifically.")
t(
    "",
    "Police attended re a neighbour dispute - neighbours' teenagers shouting in the garden and bouncing on a trampoline late at night. No offences disclosed. V wants support with the stress.",
)
t(
    "",
    "Youths congregating in the stairwell of V's block, leaving litter and being loud. Nothing said to V. Housing officer aware.",
)

# ---------------------------------------------------------------------------
# other_crime
# ---------------------------------------------------------------------------
cat("other_crime")
t(
    "",
    "Animal cruelty - V reports her neighbour kicks and beats his dog in the garden, she's heard it yelping. RSPCA involved, V distressed.",
)
t(
    "",
    "Fly-tipping on V's farmland, third time this month, mattresses and building waste. Council and police aware. It costs V to clear.",
)
t(
    "",
    "Hare coursing on V's farm near {town}, men with dogs on the fields at dawn, gates left open. Rural crime team informed.",
)
t(
    "",
    "Drink driver crashed into V's garden wall at 1am, nobody hurt, driver arrested over the limit. V shaken, wall needs rebuilding.",
)
t(
    "",
    "Car reversed into V's parked car in the {shop} car park and drove off, no one hurt. Police recorded fail to stop.",
)
t(
    "",
    "Crime ref {ref}. Referral has no detail beyond 'V victim of crime in {town} on {date}'. V wants emotional support. Will find out more on first call.",
)
t(
    "",
    "Neighbour's dog (off lead) attacked V's dog in the park, V's dog needed stitches. V not hurt. Owner refused to give his details.",
)
t(
    "",
    "Illegal eviction - landlord changed the locks while V was at work and put her belongings in the garden. Council tenancy relations officer involved.",
)
t(
    "",
    "Horse left in the field next to V's house with no food or water for days, very thin. V reported to the RSPCA and police.",
)
t("", "Wildlife crime - someone has dug into the badger sett on V's land, rural crime officer attending.")
t(
    "",
    "V's son (14) was sold alcohol by the local shop and brought home drunk by police. V wants the shop dealt with. Licensing involved.",
)
t(
    "",
    "Noise abatement notice breach - neighbour still playing loud music every night despite the council notice. Council now prosecuting. V exhausted.",
)
t(
    "",
    "V says she's been the victim of 'a crime' but doesn't want to say what on the phone, wants a face to face appointment. Police ref given.",
)
t(
    "DA",
    "V says her ex-husband 'did something' last week that the police are dealing with as a crime, she wouldn't go into it on the phone. IDVA aware. Will explore at appointment.",
)
t(
    "",
    "Uninsured driver hit V's car at a junction, minor damage, nobody hurt. Driver had no insurance or licence, police seized his car.",
)
t(
    "",
    "Puppies kept in a filthy shed next door, V can hear them crying, neighbour breeding them to sell. RSPCA and police informed.",
)


# ---------------------------------------------------------------------------
# slot pools (all invented)
# ---------------------------------------------------------------------------
FEMALE = [
    "Aleksandra",
    "Bethan",
    "Chloe",
    "Darcy",
    "Ebony",
    "Farah",
    "Gemma",
    "Hollie",
    "Imogen",
    "Jasmin",
    "Kerry",
    "Lorna",
    "Maisie",
    "Nadia",
    "Orla",
    "Priya",
    "Rhiannon",
    "Shannon",
    "Tamsin",
    "Una",
    "Vicky",
    "Wiktoria",
    "Yasmin",
    "Zara",
    "Agnieszka",
    "Bronwen",
    "Carys",
    "Demi",
    "Esme",
    "Fatima",
    "Georgia",
    "Harriet",
    "Isla",
    "Joanne",
    "Kayleigh",
    "Leanne",
    "Mariam",
    "Nicola",
    "Paige",
    "Roxanne",
    "Sinead",
    "Tracey",
]
MALE = [
    "Aaron",
    "Bilal",
    "Callum",
    "Dariusz",
    "Ellis",
    "Faisal",
    "Gareth",
    "Harvey",
    "Idris",
    "Jordan",
    "Kieran",
    "Liam",
    "Marcus",
    "Nathan",
    "Owain",
    "Piotr",
    "Reece",
    "Sanjay",
    "Tyler",
    "Usman",
    "Vaughan",
    "Wes",
    "Yusuf",
    "Zak",
    "Adebayo",
    "Brandon",
    "Connor",
    "Dean",
    "Emeka",
    "Frazer",
    "Grant",
    "Hamza",
    "Ioan",
    "Jamie",
    "Kyle",
    "Lewis",
    "Nico",
    "Ollie",
    "Rhys",
    "Shane",
    "Tomasz",
]
SURNAMES = [
    "Ashdown",
    "Blenkin",
    "Carrow",
    "Dunmore",
    "Elphick",
    "Farrant",
    "Gosden",
    "Hebblethwaite",
    "Ivell",
    "Jessop",
    "Kettley",
    "Lumb",
    "Marrable",
    "Nuttall",
    "Orchard",
    "Pilbeam",
    "Quennell",
    "Rudd",
    "Scarth",
    "Treloar",
    "Varley",
    "Wragg",
    "Yeadon",
    "Bairstow",
    "Coggins",
    "Dimmock",
    "Eckersley",
    "Fensome",
    "Gledhill",
    "Horrocks",
]
TOWNS = [
    "Ashcombe Parva",
    "Brindlecote",
    "Cullingham",
    "Dunstow",
    "Eastmarsh",
    "Fennick",
    "Gorsley Bank",
    "Hallowfield",
    "Inchmoor",
    "Lowmoss",
    "Marrowby",
    "Netherbrook",
    "Pellingford",
    "Ravensholt",
    "Saltcote",
    "Thistlewood Green",
    "Upperfold",
    "Wexcombe",
    "Yarrowby",
    "Kelderby",
    "Oxley Mead",
]
STREETS = [
    "Larkspur Road",
    "Tanners Way",
    "Cobble Lane",
    "Mill Race Close",
    "Gasworks Terrace",
    "Orchard Rise",
    "Kingfisher Drive",
    "Weaver Street",
    "Plover Court",
    "Chapel Walk",
    "Foundry Lane",
    "Beacon View",
    "Sorrel Gardens",
    "Ropewalk",
    "Hazel Crescent",
    "Bargate Row",
    "Quarry Hill Road",
    "Nettlebed Avenue",
    "Coronation Parade",
    "St Aldric's Close",
]
SHOPS = [
    "Pennywise Stores",
    "Hartley's Mini Market",
    "QuickPick",
    "Fairdeal Express",
    "Bargain Barn",
    "Lennox Pharmacy",
    "Dunmore's Newsagents",
    "Saveway",
    "ValuePlus",
    "Corner Larder",
    "Pricefox",
    "Greenleaf Foods",
    "Home & Hardware Direct",
]
PUBS = [
    "the Drover's Rest",
    "the Copper Kettle",
    "the Grey Mare",
    "the Fox & Lantern",
    "the Weighbridge",
    "the Old Tannery",
    "the Ferryman",
    "the Bell & Barrel",
]
CARS = [
    "silver Ford Focus",
    "black Audi A3",
    "blue Vauxhall Corsa",
    "white Transit van",
    "red Kia Picanto",
    "grey Nissan Qashqai",
    "green Skoda Octavia",
    "white Toyota Yaris",
]
LANGS = [
    "Polish",
    "Romanian",
    "Urdu",
    "Arabic",
    "Tigrinya",
    "Portuguese",
    "Lithuanian",
    "Farsi",
    "Kurdish Sorani",
    "Bengali",
    "Somali",
    "Slovak",
    "Pashto",
    "Albanian",
]
TIMES = [
    "after 3pm",
    "before 11am",
    "between 12 and 2",
    "after 6pm",
    "mornings only",
    "Tues or Thurs any time",
    "after the school run",
    "lunchtimes",
    "after 4.30",
    "not before 10",
]
OIC_RANKS = ["DC", "PC", "DS", "PC", "DC"]

PREFIXES = [
    "Police referral.",
    "Referral from police portal -",
    "Self-referral.",
    "Ref from OIC {oic}.",
    "Crime ref {ref}.",
    "Triage note:",
    "Passed over from duty line.",
    "Referral rec'd {date2}.",
    "VS hub intake -",
    "Email referral from OIC -",
    "Re-referral.",
    "Crime ref {ref}, OIC {oic}.",
]
TAILS = [
    "Consent given for referral.",
    "Consent for VS contact - yes.",
    "Call back {time}.",
    "Best time to call: {time}.",
    "Needs {lang} interpreter.",
    "{lang} speaker, interpreter booked for first call.",
    "Prefers a text first, then a call.",
    "Don't leave voicemail.",
    "Safe to leave a message.",
    "Email contact only pls.",
    "V is hard of hearing - use text relay.",
    "Has a support worker who can join calls.",
    "Works nights, best contact afternoons.",
    "Referral taken by {staff} at the hub.",
    "Welcome letter sent.",
    "Happy for us to liaise with OIC.",
    "VCOP leaflet sent.",
    "Wants info on CICA.",
    "Phone appt booked for {date2}.",
    "Asked for a female caseworker.",
    "Call mobile, not the landline.",
    "No answer x2, try again tomorrow.",
    "Left msg {date2}, awaiting call back.",
    "Crime ref {ref}.",
    "OIC is {oic}.",
    "Wants info on restorative justice later on.",
    "Has a dog so may take a while to answer the door.",
    "Ok to speak to whoever answers, they know about the referral.",
    "Out of area - may need to pass on.",
]


def _date(rng):
    y = rng.choice([2024, 2024, 2025])
    m = rng.randint(1, 12) if y == 2024 else rng.randint(1, 6)
    d = rng.randint(1, 28)
    if rng.random() < 0.25:
        return "%02d/%02d/%02d" % (d, m, y % 100)
    return "%02d/%02d/%d" % (d, m, y)


def _ref(rng):
    form = rng.randint(0, 2)
    yy = rng.choice(["24", "25"])
    if form == 0:
        return "CR/%07d/%s" % (rng.randint(0, 9999999), yy)
    if form == 1:
        return "%d/%05d/%s" % (rng.choice([14, 22, 37, 41, 52]), rng.randint(0, 99999), yy)
    return "OCC%s-%06d" % (yy, rng.randint(0, 999999))


def _money(rng, lo, hi, step):
    n = rng.randrange(lo, hi, step)
    return f"\u00a3{n:,}"


SLOT_RE = re.compile(r"\{([a-z0-9_]+)\}")


class Filler:
    def __init__(self, rng):
        self.rng = rng
        self.vals = {}
        self.used_names = set()

    def _name(self, pool):
        while True:
            n = self.rng.choice(pool)
            if n not in self.used_names:
                self.used_names.add(n)
                return n

    def get(self, key):
        if key in self.vals:
            return self.vals[key]
        r = self.rng
        if key in ("v", "sf", "staff"):
            val = self._name(FEMALE)
        elif key in ("vm", "s"):
            val = self._name(MALE)
        elif key == "p":
            val = self._name(FEMALE + MALE)
        elif key == "oic":
            val = "%s %s" % (r.choice(OIC_RANKS), r.choice(SURNAMES))
        elif key in ("town", "town2"):
            other = self.vals.get("town2" if key == "town" else "town")
            val = r.choice([x for x in TOWNS if x != other])
        elif key == "street":
            val = r.choice(STREETS)
        elif key == "addr":
            val = "%d %s" % (r.randint(1, 140), r.choice(STREETS))
        elif key == "shop":
            val = r.choice(SHOPS)
        elif key == "pub":
            val = r.choice(PUBS)
        elif key == "car":
            val = r.choice(CARS)
        elif key == "lang":
            val = r.choice(LANGS)
        elif key == "time":
            val = r.choice(TIMES)
        elif key in ("date", "date2"):
            val = _date(r)
        elif key == "ref":
            val = _ref(r)
        elif key == "amt":
            val = _money(r, 60, 4000, 10)
        elif key == "small_amt":
            val = _money(r, 15, 45, 5)
        elif key == "bigamt":
            val = _money(r, 6000, 95000, 250)
        elif key == "age":
            val = str(r.randint(22, 64))
        elif key == "yage":
            val = str(r.randint(18, 29))
        elif key == "mage":
            val = str(r.randint(30, 55))
        elif key == "oage":
            val = str(r.randint(70, 93))
        elif key == "cage":
            val = str(r.randint(6, 15))
        else:
            raise KeyError("unknown slot {%s}" % key)
        self.vals[key] = val
        return val

    def fill(self, text):
        return SLOT_RE.sub(lambda m: self.get(m.group(1)), text)


def build_notes():
    rng = random.Random(SEED)
    notes = []
    seen = set()
    for category, flags, text in TEMPLATES:
        n = 2 if rng.random() < P_TWO_NOTES else 1
        for _ in range(n):
            attempt = 0
            while True:
                f = Filler(rng)
                body = f.fill(text)
                parts = []
                if rng.random() < 0.3:
                    parts.append(f.fill(rng.choice(PREFIXES)))
                parts.append(body)
                # a slot-free template's second note must differ: force a tail
                if rng.random() < 0.55 or attempt > 0:
                    tails = rng.sample(TAILS, 2 if rng.random() < 0.25 else 1)
                    parts.extend(f.fill(x) for x in tails)
                note_text = " ".join(parts)
                if note_text not in seen:
                    break
                attempt += 1
            seen.add(note_text)
            flag_str = ";".join(x for x in FLAG_ORDER if x in flags)
            notes.append((note_text, category, flag_str))
    rng.shuffle(notes)
    return notes


def check(notes):
    assert len(TEMPLATES) >= 500, len(TEMPLATES)
    texts = [x[2] for x in TEMPLATES]
    assert len(set(texts)) == len(texts), "duplicate template text"
    tcount = Counter(c for c, _, _ in TEMPLATES)
    for c in CATEGORIES:
        assert tcount[c] >= 14, (c, tcount[c])
    for c, fl, _ in TEMPLATES:
        assert c in CATEGORIES
        assert all(f in FLAG_ORDER for f in fl)
    ncount = Counter(n[1] for n in notes)
    assert set(ncount) == set(CATEGORIES)
    fcount = Counter(f for n in notes for f in n[2].split(";") if f)
    for f in FLAG_ORDER:
        assert fcount[f] > 0, f
    assert len(set(n[0] for n in notes)) == len(notes), "duplicate note text"
    return tcount, ncount, fcount


def main():
    notes = build_notes()
    tcount, ncount, fcount = check(notes)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["note_id", "text", "category", "flags"])
        for i, (text, c, fl) in enumerate(notes, 1):
            w.writerow(["B14-%04d" % i, text, c, fl])
    if "-v" in sys.argv:
        print("templates", len(TEMPLATES), "notes", len(notes))
        for c in CATEGORIES:
            print("  %-30s templates %3d  notes %3d" % (c, tcount[c], ncount[c]))
        for f in FLAG_ORDER:
            print("  %-34s %3d  (%.1f%%)" % (f, fcount[f], 100.0 * fcount[f] / len(notes)))
    else:
        print("wrote %d notes from %d templates to %s" % (len(notes), len(TEMPLATES), OUT))


if __name__ == "__main__":
    main()
