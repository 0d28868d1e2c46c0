#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind corpus 45: a shared referral inbox for three specialist services.

Scenario (invented, no real person or case): one generic referral inbox is shared by
  * a refuge and outreach service for Black and minoritised women (honour-based abuse,
    forced marriage, FGM, no recourse to public funds, extended-family abuse, interpreters);
  * a disability hate crime advocacy service (learning-disabled and autistic victims,
    'mate crime', carers, supported living);
  * an economic crime victim care unit taking Action Fraud / NFIB referrals (romance,
    investment, courier and account-takeover fraud, plus a few that are really theft
    or blackmail).

Each template was hand-labelled with one primary category and its flags from
/work/shared/TAXONOMY.md. Slots only carry names, places, dates, times, amounts,
references, counts and ages that never cross a threshold of the taxonomy, so no slot
can change a label. Standard library only; output is deterministic.
"""

import csv
import io
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "notes_blind45.csv"
N_NOTES = 800

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
SHORT = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CS": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HB": "honour_based_abuse",
}

WOMEN = [
    "Amina",
    "Farzana",
    "Nkechi",
    "Shabnam",
    "Yetunde",
    "Priya",
    "Hodan",
    "Rukhsana",
    "Abena",
    "Samira",
    "Tendai",
    "Kiran",
    "Nasreen",
    "Ifeoma",
    "Zainab",
    "Leyla",
    "Marisol",
    "Chipo",
    "Fatou",
    "Gurpreet",
    "Halima",
    "Ama",
    "Sadia",
    "Blessing",
    "Roza",
    "Mehwish",
    "Precious",
    "Anjali",
    "Sumaya",
    "Esi",
]
MEN = [
    "Daniel",
    "Kwame",
    "Tariq",
    "Jordan",
    "Imran",
    "Callum",
    "Ryan",
    "Olu",
    "Arjun",
    "Liam",
    "Marcus",
    "Bilal",
    "Kieran",
    "Yusuf",
    "Gareth",
    "Dev",
    "Connor",
    "Sami",
    "Nathan",
    "Emeka",
    "Jamal",
    "Stuart",
    "Hassan",
    "Owen",
    "Rafiq",
    "Ashley",
    "Tomasz",
    "Kofi",
    "Dean",
    "Haroon",
]
SURN = [
    "Ahmed",
    "Begum",
    "Okafor",
    "Mensah",
    "Hussain",
    "Patel",
    "Khan",
    "Adeyemi",
    "Mahmood",
    "Osei",
    "Ali",
    "Sandhu",
    "Mwangi",
    "Rahman",
    "Bakare",
    "Iqbal",
    "Chowdhury",
    "Nwosu",
    "Sharma",
    "Diallo",
    "Jones",
    "Evans",
    "Walsh",
    "Murphy",
    "Clarke",
    "Hughes",
    "Wright",
    "Kowalski",
    "Baker",
    "Price",
]
PLACES = [
    "Luton",
    "Bradford",
    "Leicester",
    "Oldham",
    "Croydon",
    "Walsall",
    "Slough",
    "Blackburn",
    "Dudley",
    "Peterborough",
    "Rochdale",
    "Wolverhampton",
    "Ilford",
    "Hounslow",
    "Derby",
    "Coventry",
    "Bolton",
    "Reading",
    "Northampton",
    "Sheffield",
    "Huddersfield",
    "Stockport",
    "Medway",
    "Swindon",
]
STREETS = [
    "Clarence Rd",
    "Victoria St",
    "Albert Terrace",
    "Mill Lane",
    "Station Rd",
    "Church Walk",
    "Park Ave",
    "Queens Rd",
    "Granby St",
    "Brook Close",
    "Chapel St",
    "Sycamore Way",
    "High St",
    "Orchard Cres",
    "Nelson St",
    "Hawthorn Dr",
    "Oak Tree Rd",
    "Canal Side",
]
LANGS = [
    "Urdu",
    "Punjabi",
    "Bengali",
    "Somali",
    "Tigrinya",
    "Arabic",
    "Pashto",
    "Kurdish Sorani",
    "Farsi",
    "Gujarati",
    "Polish",
    "Tamil",
    "Amharic",
    "Yoruba",
    "Romanian",
    "Dari",
]
BANKS = [
    "Lloyds",
    "Barclays",
    "NatWest",
    "Santander",
    "HSBC",
    "Nationwide",
    "Halifax",
    "TSB",
    "Monzo",
    "Starling",
    "Co-op Bank",
    "Metro Bank",
]
COUNTRIES = [
    "Pakistan",
    "Bangladesh",
    "Nigeria",
    "Somalia",
    "India",
    "Ghana",
    "Afghanistan",
    "Iraq",
    "Sudan",
    "Eritrea",
    "Gambia",
    "Kenya",
]
COINS = ["USDT", "bitcoin", "ethereum", "a coin called Solaris", "a gold token", "XRP"]

TEMPLATES = """
homicide|DA,HB|Refuge outreach - referral for {v} ({age}), younger sister of deceased. Sister killed at family address {p} on {d}, father + paternal uncle charged w/ murder. Family line is she "shamed" them by leaving husband. {v} gave statement, now cousins turning up at her work. Needs {lang} interpreter, wants move out of area.
homicide||FLO referral. Bereaved mum of {vm} (autistic, 24). He was killed outside a takeaway on {st}, {p}, {d} - single punch from a stranger, S charged w/ manslaughter. Police say no evidence of hostility re disability, not being treated as hate crime. Mum wants someone who "gets autism" to explain court process.
homicide|HC|Disability hate advocacy. Brother of deceased {vm} (LD, lived in supported living {p}). Group of local lads had been calling him "retard" and "spaz" for months, took his money, then the assault on {d} that he died from. 3 charged with murder. Family v angry nobody listened to earlier reports.
homicide|DA|Referral from homicide SPOC re {v} {sn}, {age}. Her mum was killed by mum's partner on {d} at their flat in {p}. {n} younger siblings now with maternal gran. {v} speaks English, gran needs {lang}. Inquest opened and adjourned.
homicide|DA|{v} - daughter of victim. Her mother was killed {d} by her ex-husband (divorced {yr} yrs ago, he never accepted it). Trial at Crown Ct tbc. {v} has flashbacks, not sleeping, wants help w/ VPS.
homicide|DA,KN|Bereavement support. Deceased {v2} stabbed in kitchen of marital home {p} by husband's brother who lived with them. Died at scene {d}. Referral for her adult daughter {v}, who found her. Interpreter {lang} for daughter's father-in-law only.
homicide||Economic crime unit - misrouted?? Son says father ({oage}) was scammed AND then pushed down stairs by the "builder" who came to collect cash on {d}, died in hospital {n} days later. Police now investigating as manslaughter, fraud secondary. Son needs bereavement + fraud support.
homicide|DA,HB|Referral via CPS witness care. Cousin {v} is a witness in murder trial of her uncle, accused of killing his own daughter ({age}) because she married outside the caste. {v} herself getting messages from aunties saying she is "betraying" the family. Risk high, DASH done (17 ticks).
homicide||Bereaved partner. {vm} killed in a fight between two groups at a wedding reception in {p} {d}, not known to the men charged. Partner {v} pregnant, NRPF, needs help with funeral costs and immigration advice.
homicide|HC|Mother of {vm} (Down's syndrome) - son died after being beaten at a bus station, witnesses say attackers were mocking the way he spoke and called him "a mong" before it started. Murder charge. Wants advocate at court. {lang} speaker.
death_injury_driving||Disability hate service referral but NOT hate - {vm}, wheelchair user, hit on zebra crossing {st} {p} {d}, driver was on phone. Fractured pelvis + spine, still in hospital. Driver charged causing serious injury by careless driving. No hostility, driver didnt know him.
death_injury_driving||Refuge outreach - {v} lost husband in RTC {d}, drink driver went through red light on {st}. Driver charged w/ causing death by careless driving when unfit through drink. {v} has NRPF, on spouse visa, terrified of being deported now he is dead. Urdu/{lang}.
death_injury_driving||Supported living manager. Resident {vm} (LD) killed {d} crossing road near home, driver racing another car. 2 drivers charged causing death by dangerous driving. Staff + housemates grieving, mum wants FLO contact details.
death_injury_driving||Son calling re mum ({oage}), dementia. Knocked down on pavement by moped rider doing wheelie on {st} {p}, {d}. Fractured skull, now in care home, won't walk again. Rider arrested for causing serious injury by dangerous driving. Mum was nothing to do with rider.
death_injury_driving||{v} ({age}) seriously injured when a van mounted the kerb at {t} on {d}; driver failed to stop, later found uninsured. Police confirm file for causing serious injury by careless driving + fail to stop. V has broken both legs, can't get to work, worried about money.
death_injury_driving||Victim care - {vm} lost his daughter ({age}) on {d}: lorry driver looking at tablet, hit her car on the A-road nr {p}. CPS charging causing death by dangerous driving. Dad autistic, prefers email not calls.
death_injury_driving||Bereaved family - grandad ({oage}) died {d} when hit by car reversing at speed out of supermarket car park {p}. Driver ({age}) charged causing death by careless driving. Family Bengali speaking, need interpreter for coroners.
violence_with_injury|DA|{v} {sn} ({age}) at A&E {d} - husband punched her repeatedly, split lip, loose tooth, bruising both arms. ABH recorded, S in custody. DASH high, MARAC referral made. Speaks {lang}, husband always interpreted for her before.
violence_with_injury|DA,HB|Outreach. {v} ({age}) beaten by her 2 brothers on {d} after they saw her in town w/ a boyfriend. Broken nose + cut to eyebrow needing stitches. Brothers said she'd "dirtied" the family name. Mum backing brothers. Needs emergency refuge space outside {p}.
violence_with_injury|DA|Mother-in-law threw hot tea over {v}'s arm and neck when she refused to hand over her wages, {d}. Blistering, treated at UTC. V lives with husband + his parents in {p}, husband "does nothing". V says in-laws take her money every month.
violence_with_injury|DA,KN|s18 GBH. {v} stabbed in thigh by husband w/ kitchen knife during argument at {t} {d}. Surgery at {p} General. S remanded. {n} children in house at time, CSC informed. DASH high. V wants refuge w/ space for kids.
violence_with_injury|DA|{v} ({age}) says her wife {v2} pushed her into the radiator and she needed glue for a head wound. "It's not like with a man, nobody believes me." Been together {yr} yrs. Police attended {d}, ABH. V wants LGBT+ aware support.
violence_with_injury|DA|Referral from IDVA. {v} and ex-partner split {yr} years ago, he turned up at school gate {d} and headbutted her when she refused to talk. Nose fractured. He has contact w/ children via court order. ABH/ GBH s20 tbc.
violence_with_injury||Flatmate assault - {v} ({age}) shares house w/ 3 others (all unrelated, no relationship). One of them, {s}, punched her in the face over the electric bill, black eye + cut lip. Not DA, no relationship at all, she says they barely speak. Wants to move.
violence_with_injury||{v} assaulted by her sister's ex-partner in the street on {d}; he blames {v} for the breakup. Bruised ribs, cut to hand. V herself never in a relationship w/ him and isn't related. Police recorded ABH. Sister not involved.
violence_with_injury|HC|Disability hate. {vm} ({age}), cerebral palsy, pushed out of his wheelchair outside Co-op {p} by 2 men who laughed and called him a "cripple" and "waste of space". Grazes and sprained wrist. CCTV requested. Very anxious about going out now.
violence_with_injury|HC|Racially aggravated ABH. {v} wearing hijab at bus stop {st} {d}, woman pulled her scarf and scratched her face, shouted "go back to your own country". Scratches + bruising to neck. S arrested. V now won't go out alone.
violence_with_injury|HC|Autistic man {vm} ({age}) - "mates" from the pub ({n} of them) held him down and burned his arm with a lighter "to see if he feels pain like normal people". Called him "freak" and "special". Burns treated at minor injuries. Supported living staff made the report.
violence_with_injury||Paid carer (agency) slapped {vm} (LD, non-verbal) leaving hand mark and bruise on cheek, seen by another carer {d}. Agency suspended carer. Safeguarding + police. Carer is not a relative. Family want updates.
violence_with_injury|DA|{v} ({oage}), wheelchair user, lives with adult son {s} who is her "carer". Son twisted her arm till it fractured on {d} when she wouldn't give him her PIN. Son also takes her PIP. Neighbour rang police. {v} doesn't want him arrested, "he's my boy".
violence_with_injury|DA|Attempted murder charge. Ex-partner {s} deliberately drove his car at {v} in the car park at {p} retail park {d}, she jumped but her leg was broken. They split {n} months ago. Not an RTC, police clear it was deliberate. MARAC next week.
violence_with_injury|HB|FGM. {v} ({age}) disclosed to midwife at booking apt that she had FGM (type 3) done in {cty} aged about 7. Mandatory record made. Scarring, pain during exams. Wants counselling, not police involvement now. No current DA.
violence_with_injury|HB|School DSL referral. Girl ({kage}) returned from summer in {cty}, nurse found she has had FGM during the trip. Police + CSC strategy meeting {d}. Mum says grandmother arranged it. Referral for mum (who opposed it) and daughter.
violence_with_injury|DA,HB|{v} ({yage}) hit with a belt by her father and uncle after refusing to meet the man chosen for her to marry, welts on back, seen by school nurse {d}. Forced marriage unit notified. Passport taken. Emergency FMPO application.
violence_with_injury|DA|{v} has bite marks + bruising on forearm, says her partner {s} did it when she tried to leave the flat {d}. They've been together {yr} years, not married. He also smashed her phone. ABH recorded. V staying with friend in {p}.
violence_with_injury|DA|Grandson ({age}) assaulted his grandmother {v} ({oage}) - pushed her, she fell and fractured wrist. He lives with her since prison release. Drugs issue. Police {d}, ABH. Gran says she "can't throw him out". Gujarati interpreter.
violence_with_injury|DA,KN|{v} says her stepdad cut her hand with a Stanley knife when she grabbed it off him during a row at mum's house {d}. She's {age}, lives separately now. 6 stitches. He has done this sort of thing before to mum (old MARAC case).
violence_with_injury||Assault at {p} day centre. Another service user punched {vm} ({age}, LD) in the stomach and he was sick and has bruising; staff say the two had argued over the TV remote. No comments about his disability made, both LD. Safeguarding raised.
violence_with_injury|KN|Glassing - {vm} attacked in pub toilets {d} by man he did not know - bottle smashed then jabbed at his face with the broken neck, cuts to face and neck needing 12 stitches. s20 GBH. Referral because V has a learning disability and needs help understanding police letters. No hate element recorded.
violence_with_injury|DA|Economic unit note: V reported fraud but on call disclosed husband broke her finger on {d} when she asked where the {amt} savings went. Passed to refuge outreach. Fraud side = husband moved money. DA clear. ABH.
violence_with_injury|DA|{v} ({age}) + aunt live together. Aunt beats her with a slipper + hairbrush, bruising all up arms, photos taken by college {d}. V came from {cty} on a family visa, aunt keeps her documents. Aunt "is like my mother". ABH.
violence_with_injury|DA|Same-sex couple. {vm} says boyfriend {s} broke his nose on {d} after finding messages on his phone. Not first time. Both {age}-ish. V didn't want police but hospital called. Wants advice on injunction.
violence_with_injury||{v} kicked in the stomach by neighbour during row over parking, {d}. Bruising, seen at hospital. No relationship, "we've never even been friends". Police ABH. Neighbour counter-alleged.
violence_with_injury|HC|Trans woman {v} punched in face leaving club in {p} {d}, man shouted "you're a bloke in a dress" before hitting her. Cut cheek + concussion. s47 hate crime. Referral via LGBT liaison officer.
violence_with_injury|DA,HB|Husband and his father beat {v} on {d} - she'd been seen without her headscarf at a college event and they said she'd brought shame on the family and the whole village back home. Bruised ribs, cut lip. V ({age}) now at friends. {lang}.
violence_with_injury|DA|Historic DA, current injury: {v} left husband {yr} yrs ago, he saw her at the market on {d} and threw a bottle, cut her forehead. Old NMO expired. Police recorded s20. She is terrified he'll find new address.
violence_with_injury||{v} - support worker at supported living, ABH by a resident with dementia? no - by a visitor ({s}, resident's cousin) who punched her when she asked him to leave. Black eye. Not DA - V is staff. Employer made referral.
violence_with_injury|DA|{v} ({yage}) and boyfriend ({age}) - he strangled her and she has bruising on neck and burst blood vessels in eyes, {d}. Lived together {n} months. Police ABH + NFS. Mum made referral. V "still loves him".
violence_with_injury|HC|Jewish man {vm} assaulted on {st} - skull cap knocked off, punched to ground, cut head. Attacker shouted antisemitic abuse. Racially/religiously aggravated ABH. V needs hospital transport help, has mobility issues.
violence_with_injury||{vm} (autistic, {age}) hit over head with a scooter by teenager on estate {d} after an argument about football. 4 staples. Police: no evidence it was because of his autism, youths didn't know him. ABH.
violence_with_injury|DA|V ({age}) says "my brother's wife" (sister-in-law) threw a plate at her, cut her cheek, {d}. Joint household of {n} adults in {p}. Ongoing bullying by in-laws over dowry. Police not yet called. Wants advice.
violence_with_injury|KN|Knife assault - {v} slashed on forearm by a stranger who tried to get into her car at lights, {d}. Nothing taken, man ran off. s20. V is a refuge resident but incident unconnected to her ex. Not DA.
violence_with_injury|DA|DASH high, MARAC {d}. {v} hit w/ iron bar by husband, fractured ulna. Husband controls all money, she gets £20 a week. Attempted to leave twice. V has no recourse to public funds, visa dependent on him.
violence_with_injury|DA|Elder abuse by daughter. {v} ({oage}) has bruises on upper arms + burn on hand from kettle. Daughter ({age}) lives with her, took over her pension. GP noticed, made safeguarding referral {d}. Police investigating ABH.
violence_with_injury||Hate crime service, but V says attacker was his landlord over rent arrears - landlord punched him, cut eyebrow. V ({vm}) has LD. No disability-related words or hostility, landlord "hits anyone who doesnt pay". ABH.
violence_with_injury|DA,HB|{v}'s cousins assaulted her boyfriend's sister? No - re-read: cousins attacked {v} herself ({age}) outside her flat {d} because she is living with a man "without nikah". Fractured cheekbone. Cousins told her "this is for the family". Police s18.
violence_with_injury|DA|Partner {s} threw boiling water at {v} when she said she was going to her mum's. Burns to chest, admitted to burns unit {d}. Long history of coercion. s18 charged. V {age}, Tamil speaker.
violence_with_injury|HC|{vm} ({age}, LD) attacked by youths in park, kicked repeatedly, bruised kidneys. Youths filmed it and shouted "dance for us, retard". Police recorded disability hate ABH. Mum wants advocacy for him at interview.
violence_with_injury||Refuge resident {v} assaulted by another resident in kitchen (not related, not partners), scratched face and clump of hair pulled out. Staff called police {d}. Common assault upgraded to ABH because of injuries. Not DA.
violence_with_injury|DA|Ex-girlfriend {sf} bit {vm}'s hand and broke his finger when he went to collect his stuff from her flat {d}. Relationship ended {n} weeks ago. V says men never get believed. ABH.
violence_with_injury|DA,KN|{v} disclosed to outreach that husband held scissors to her throat and nicked her skin, {d}, small cut. Said next time he'd finish it. DASH high. V ({age}) on spouse visa, NRPF.
violence_with_injury|DA|Unusual one - {v} ({age}) assaulted by her half-brother (dad's son from his first marriage), who she lives with - bruised cheek + cut lip after row about her going to uni. Police ABH {d}.
violence_with_injury||Pub brawl - {vm} hit with pool cue, broken arm. Doesn't know S. V has Asperger's but says "it wasn't about that, we both wanted the table". Police s20.
violence_with_injury|DA|Economic crime referral -> DA. V {v} reported her bank account emptied; on assessment disclosed ex-husband (divorced {yr}y ago) still has access, and when she confronted him on {d} he kicked her, bruising to legs. ABH recorded. Fraud reported separately.
violence_with_injury|HC|Racist attack on {v} and her {n} kids on {st}: woman threw bleach? no - threw a drink can which cut V's head. Shouted "P*** scum". Racially aggravated ABH. V {lang} speaker, kids translating (not appropriate).
violence_with_injury|DA|{v} ({age}) injured when her twin brother slammed door on her hand - two fingers broken - in row over their late father's house. Police {d}. Ongoing family dispute, brother previously threatened her.
violence_with_injury|DA|Outreach - {v} says her husband held her arms while his second wife (polygamous household, {p}) hit her with a rolling pin, bruising + cut to scalp. Husband says she deserved it. Police attended, ABH. {lang}.
violence_without_injury|DA|{v} ({age}) - husband grabbed her by the hair and pushed her against the wall {d}, no injuries, no marks. Police attended, common assault, S given DVPN. V staying put, wants outreach + {lang} interpreter.
violence_without_injury|DA,HB|Threats to kill. {v}'s older brother rang her from {cty} and said if she marries "that kaffir" he will come back and kill her himself, the family honour matters more than her. Phone call only. {v} ({age}) in {p}. Police recorded TTK {d}.
violence_without_injury|DA,KN|{v} says husband stood over her holding a meat cleaver and said "one more word and you're dead", {d}. She believed him. Not touched, no injury. DASH high. Took the kids to neighbours.
violence_without_injury|DA|{v}'s ex texted "I will kill you when I see you, count the days" - {n} texts on {d}. He lives in {p}, nowhere near, no weapon mentioned. Split {yr} years ago. Police TTK.
violence_without_injury|DA,HB|Forced marriage. {v} ({yage}) told she is going to {cty} in the holidays to marry a cousin. When she said no her mother slapped her (no marks) and dad said she'd be "finished" if she shames them. FMU informed. Passport taken. FMPO sought.
violence_without_injury|DA,MS|Domestic servitude. {v} ({age}) came from {cty} on spouse visa {yr} yrs ago. Husband's family make her cook and clean for {n} adults 18hrs a day, no money of her own, not allowed out, documents held by mother-in-law. Not physically hurt. NRM referral made.
violence_without_injury|MS|Modern slavery - {v} and 3 other women found working at a nail bar in {p}, sleeping on the premises, wages "kept for debts" for travel from {cty}. Boss not related to any of them. NRM positive reasonable grounds {d}.
violence_without_injury|MS|{vm} ({age}, LD) found living in a shed at a car wash, made to work 7 days for food and cigarettes by men he called his "friends". No injuries. Police modern slavery investigation. Supported by disability advocacy now.
violence_without_injury|MS|Cuckooing with exploitation: {vm} (autistic, {age}) - dealers moved into his flat {p} {n} weeks ago, he is made to carry packages across town and told he'd "get hurt" if he refuses. Police treating as modern slavery (forced criminality). No injuries.
violence_without_injury||Carer (not family, agency) pushed {vm} back into chair when he tried to stand, caught on his family's camera {d}. No injury. Common assault + safeguarding. Mum is furious.
violence_without_injury|HC|{vm} ({age}), LD - spat at twice by a man at the bus station who called him "a mong" and "shouldn't be let out". No injury. Common assault, disability hate. V now won't get the bus on his own.
violence_without_injury|HC|Racially aggravated common assault. {v} shoved on tram by man who said "Muslims out". No injury. Police {ref}. {v} ({age}) on the way to work, shaken.
violence_without_injury|DA|Child abduction. Ex-husband took their {n} children to {cty} on {d} for "two weeks holiday" and has not returned them. Long DA history, was MARAC case last year. Police have recorded child abduction. Mum ({v}) distraught.
violence_without_injury||Child neglect - health visitor referral. {kage}yo living in flat with no food, no heating, dad (single parent) using drugs. Police recorded child neglect {d}. Referral is for the child's aunt who is now the carer.
violence_without_injury|DA|{v} ({age}) pushed over by her mum's new husband (her stepfather) at the family house {d}, no injury. He's "always shouting at all of us". V lives there with mum + stepdad. Police common assault.
violence_without_injury|DA|{vm} ({age}) - his wife slapped him across the face and threw his phone {d}, no marks. He is autistic and says he "didn't know if that counts". Together {yr} yrs. Common assault recorded.
violence_without_injury|KN|Threats with blade: stranger in park held a knife at {vm} and said he'd stab him if he didn't leave, {d}. V (LD) believed it and ran. Nothing taken, no injury. S not known to V. Threats to kill recorded.
violence_without_injury||Threats to kill via phone call from someone V owes money to (loan shark?), "we know where you live, you're dead". V {vm}. No weapon seen, not in person. Police TTK. Not DA.
violence_without_injury|DA|Unusual relative - {v} ({age}) threatened by her nephew (mid-20s) that he'd "end her" if she didn't sign the house over to his dad. Said to her face in her kitchen, no weapon. Police TTK {d}.
violence_without_injury|DA|V's husband held her down on the sofa and shouted in her face for 20 mins, {d}, no injuries. She says this happens weekly. He "checks" her phone. Outreach to DASH. Police common assault.
violence_without_injury||{v} - bus driver, assaulted by passenger (spat at) {d}. No injury. Common assault. Not hate - S was just angry about the fare. V wants to know about compensation.
violence_without_injury|DA,HB|Aunt + uncle told {v} ({age}) they will "send her back to {cty}" and make sure she's married there, then grabbed her arm and pulled her into car, {d}. She got out at lights. No injury. Forced marriage protection order in place already.
violence_without_injury|MS|Man from {cty} ({age}) referred via NRM - brought over to work on a building site, passport held by gangmaster, paid nothing, told family back home would be hurt. Police modern slavery investigation.
violence_without_injury|DA|{v} ({age}) says her son ({age}?) - not sure of age, "over 20" - threw a chair at her, missed, no injury. {d}. He is on drugs, lives with her. Police common assault. She won't support prosecution.
violence_without_injury||Residential home - {v} ({oage}) roughly handled by a night care worker, grabbed by wrist, no marks. Worker dismissed. Common assault. Son made referral. Not a family member.
violence_without_injury|HC|Deaf man {vm} - group of teenagers in {p} pulled his hood down, mimicked signing and pushed him, shouting "deaf and dumb". No injury. Disability hate common assault.
violence_without_injury|DA|DVPN issued {d}. {v} ({age}) - partner of {n} months threatened to smash her face in, had her against the door, no injury. He's on bail for something else. DVPO hearing tomorrow.
violence_without_injury|DA,HB,MS|{v} ({age}) brought to UK after marriage in {cty}. In-laws keep her locked in house, cleaning for the extended family, told if she runs she'll disgrace them and they'll send her back. Husband agrees. No injury. NRM + FMU informed.
violence_without_injury||{vm} (LD) - his support worker threatened to "knock his teeth out" if he complained about her again. Said face to face, no weapon. Employer investigating. Threats recorded as common assault? Police say threat to assault. Not family.
violence_without_injury|DA|Ex-partner {s} (separated {yr} yrs) pushed {v} in the chest at a child handover at McDonald's {p}, {d}, no injury. Contact arrangements via court order. Police common assault.
violence_without_injury|MS|Au pair {v} ({age}) from {cty}: family who employ her took her passport, made her work 15 hours a day, no wages for {n} months, not allowed to leave house alone. Not related to them. NRM referral.
violence_without_injury|KN|{v} confronted on doorstep by neighbour holding a knife, "I'll cut you" over bin dispute. No injury, V believed him. Police TTK. No relationship, "he's just the man next door".
violence_without_injury||Child cruelty - {kage}yo girl disclosed her stepmum locks her in bedroom without food as punishment. Child under 16. Police + CSC. Referral for girl's mum (separated from dad years ago, no DA between them per mum).
violence_without_injury|DA|{v} says her father-in-law raised his hand to hit her and she flinched, then he pushed her out of the kitchen, no injury {d}. Husband away working. She says it has happened "many times". Common assault.
stalking_harassment|DA|Coercive control. {v} ({age}) - husband controls all money, gives her £{n}0 a week for food, checks every receipt, tracks her phone, won't let her see her sister. No physical violence. "He says it's for my own good." Police CCB {d}.
stalking_harassment|DA|Economic abuse. Partner took out {n} credit cards in joint names, makes {v} hand over her wages, won't let her have a bank card. She has to ask for money for sanitary products. CCB. DASH medium.
stalking_harassment|DA|Ex-husband still turning up at {v}'s work {yr} years after divorce, sits in car park, follows her home. No contact with her since decree absolute otherwise. Police stalking s2A.
stalking_harassment|DA,ON|Ex-partner {s} installed a tracking app on {v}'s phone and keeps messaging on Instagram from new accounts, {n} accounts blocked so far. Split {n} months ago. Stalking recorded.
stalking_harassment|DA,HB|{v} ({age}) left family home to escape pressure to marry. Brothers and cousins now driving past her flat, sitting outside her college, told her she's "dead to the family" unless she comes back. Stalking, HBA. Police {ref}.
stalking_harassment|HC|Neighbours repeatedly bang on {vm}'s door and shout "nonce", "weirdo", "retard" through the letterbox. V is autistic + lives alone in {p}. Going on for {n} months. Harassment, disability hate.
stalking_harassment||Stranger stalking. Man {v} ({age}) doesn't know has followed her from the bus stop {n} times, waited outside her gym, left notes on car. No previous contact. Police stalking {d}. Not DA.
stalking_harassment|ON|Malicious comms - {v} ({age}) getting abusive WhatsApp messages from an unknown number saying they know where she lives. No link to ex or family (V single, no DA history). Police {ref}.
stalking_harassment||Fraud unit - "scammer" keeps ringing {oage}yo {v} 20+ times a day after she refused to pay, threatening to send bailiffs. Phone calls only, landline. No money lost. Harassment recorded.
stalking_harassment|DA|Same-sex ex. {v}'s ex-girlfriend keeps turning up at her flat and ringing 30 times a night, {d}-ongoing. They split {n} months ago. Stalking.
stalking_harassment|DA,ON|{v}'s mother-in-law and sisters-in-law running a WhatsApp group slagging her off + sending her screenshots saying she's a "bad wife", also control what she wears. Lives with them. CCB by husband's family.
stalking_harassment|ON,HC|{vm} ({age}, LD) - people from his college made a Facebook page laughing at his photos, calling him "window licker". {n} posts. Malicious comms / disability hate.
stalking_harassment|DA|Coercive control by adult daughter: {v} ({oage}) not allowed to see friends, daughter took her phone and pension card, "I'm a prisoner in my own home". No violence. Police CCB investigation.
stalking_harassment|DA|{v} and {s} divorced {yr} years ago. He has started emailing? no - sending letters and flowers to her new address, which she never gave him, + turning up at her mum's. Stalking. Old MARAC case reopened.
stalking_harassment|DA,ON|Ex sending {v} dozens of Snapchat messages daily + using friend's accounts, "you'll never be free of me". Harassment. Not threats to kill (no threats to life). Split {d}.
stalking_harassment|DA,HB|{v} ({age}) - dad and uncles have told the whole community she is "loose", sent men to watch her at university, keep ringing + texting her demanding she come home to be married. Harassment. FM risk. Police aware.
stalking_harassment||Harassment by landlord - repeatedly entering {v}'s room without notice, texting her at night, asking her out. No relationship. She has NRPF and is scared to complain. Police harassment recorded.
stalking_harassment|HC|Racial harassment: family on {st} {p} targeted by youths who knock on door, shout racist names, throw eggs at windows ({n} times in a month). No damage per police (washed off). Harassment, hate.
stalking_harassment|DA|"He decides what I eat, when I sleep, who I speak to." {v} ({age}) - husband {s}, married {yr} years. No physical violence ever. He monitors bank account, took her ID. Police CCB {d}.
stalking_harassment||Mate crime - "friend" of {vm} (LD) keeps phoning and turning up demanding he buy him cigarettes and alcohol, won't leave. Harassment. V scared to say no. No abuse about his disability said, police not flagging as hate.
stalking_harassment|ON|{v} ({age}) being harassed by a man she met once at a wedding - he messages on TikTok + Facebook daily, has posted her photos. Not a partner, never dated. Harassment.
stalking_harassment|DA|Brother-in-law harassment: {v}'s husband's brother follows her to school run and tells husband where she's been, makes comments about her "behaviour". Husband uses this to control her. CCB.
stalking_harassment|DA|Ex-partner of {yr} years ago, now released from prison, has been seen at end of {v}'s road {n} times since {d}. She has not responded. MARAC. Stalking s4A (fear of violence).
stalking_harassment||Neighbour dispute escalated: neighbour {s} films {v} whenever she leaves the house, shouts comments. No relationship. Police harassment {ref}. Not DA, not hate - it started over a fence.
stalking_harassment|DA,ON|Economic + tech abuse. {v}'s husband changed passwords on her email + online banking, logs in to see what she spends, locks her out when angry. Controlling behaviour. Police CCB.
stalking_harassment|DA|{v} ({age}) being stalked by her former sister-in-law after divorce, follows her car, turns up at kids' school, tells teachers lies about her. Stalking.
stalking_harassment|ON|Cyberstalking - {vm} (autistic) being targeted by a gamer who found his address from Discord, messaging his mum and posting his details. Not related, never met. Stalking.
stalking_harassment|DA|{vm}, {age}, says his wife controls everything since his stroke - keeps his PIP, won't let him phone his brother, "she says I'm useless and nobody else would have me". CCB recorded by police. Disability advocacy referral (no hate - this is DA).
stalking_harassment|HC|{v} ({age}) wears niqab - man at her block has been leaving notes saying "terrorist" and "go home" on her door, {n} notes since {d}. Harassment, religiously aggravated.
stalking_harassment||{v} harassed by a former work colleague who keeps texting + calling (no social media), asking why she won't go out with him. Never in a relationship. Police harassment.
stalking_harassment|DA|After separation, ex {s} keeps calling her family in {cty} telling them she is "living like a prostitute" to get them to pressure her to come back. Harassment of {v}. Split {yr} yrs ago.
stalking_harassment|ON|Sextortion? No - malicious comms only. Someone posted {v}'s number on an escort website, she's getting {n} calls a day. Police unable to identify. V single, no suspects.
stalking_harassment|DA|Controlling behaviour - {v}'s partner moved her {n} times to areas where she knows nobody, won't let her learn English, says she'll be deported if she leaves. NRPF. Police CCB.
sexual_offences|DA|Rape within marriage. {v} ({age}) disclosed to outreach worker that husband has raped her "since the wedding night", most recently {d}. She didn't know it was a crime. {lang} interpreter (female please). Police report made with consent.
sexual_offences|DA,HB|{v} ({age}) - forced marriage in {cty} {yr} yrs ago, husband brought her to UK. Repeated rape, told by in-laws that refusing him brings shame on both families. Also ABH last month. FMU + police. Wants ISVA.
sexual_offences||Sexual assault on bus - man sat next to {v} and groped her thigh and breast, {d} {t}, route to {p}. Stranger. Police have CCTV. V ({age}) anxious to travel.
sexual_offences||{v} ({age}), mild LD, lives in supported living. Male night support worker touched her sexually while helping with medication. Not a relative. Staff suspended. Police sexual assault. Needs ISVA who does easy read.
sexual_offences|CS,ON|CSE - school referral. {uage}yo girl groomed on Snapchat by a man claiming to be 17, he persuaded her to send images then met her in {p} and sexually assaulted her. Police + CSC. Referral for mum + girl.
sexual_offences|CS|Girl ({uage}) and boyfriend ({uage}) - both under 16 - school found out they had sex, girl now says she didn't want to and he pressured her. Not DA (both under 16). Police + CSC strategy. Referral for girl.
sexual_offences|DA,CS|{v} is {yage}; her boyfriend ({age}) raped her at his flat {d}. They'd been together {n} months. Police rape investigation. She's in care, social worker referred.
sexual_offences|CS|Historic CSA - {v} ({age}) disclosing that her uncle sexually abused her from age 8 to 12 in {cty} and later in {p}. Uncle now in UK. Wants to report. No current contact.
sexual_offences|DA,CS|Historical: {v} ({age}) says her uncle raped her when she was 17, while she lived with his family. Still sees him at family events. Wants to report now. HBA concerns denied - "they just don't talk about it".
sexual_offences||Exposure - man exposed himself to {v} and her friend on canal towpath {p}, {d} {t}. Stranger. Police recorded exposure. V had panic attack.
sexual_offences|ON|Voyeurism - {v} ({age}) found her landlord had put a camera in the bathroom and was streaming it on a website. Not a partner. Police voyeurism.
sexual_offences|HC|{vm} ({age}, autistic) sexually assaulted by group at a house party, they pulled his trousers down, touched him, calling him "virgin retard", filmed. Police sexual assault, disability hate.
sexual_offences|MS|Trafficking for sexual exploitation - {v} ({age}) brought from {cty} on promise of cleaning job, forced into prostitution in flats across {p}. NRM positive. Refuge bed needed, {lang}.
sexual_offences|MS,CS|{uage}yo girl trafficked between cities for sex by older men, went missing {n} times. CSE + trafficking. Police operation. Referral for the foster carer.
sexual_offences|DA|{v}'s ex-partner raped her when he came round to "drop off the kids' stuff", {d}. They separated {yr} yrs ago. She has not told family. ISVA needed.
sexual_offences||Rape - {v} ({age}) met S on night out, he walked her home, raped her in her flat {d}. Not a partner, only met that night. Police investigating. V Somali speaker, needs female interpreter.
sexual_offences||{v} met a man at a friend's birthday drinks, he spiked her drink and sexually assaulted her at his flat afterwards. Not in a relationship, had never met before. Police recorded sexual assault {d}.
sexual_offences|DA|Same-sex relationship - {v}'s partner forces sexual acts when drunk, most recent {d}. V didn't think it could be rape between women - it is assault by penetration. Police aware.
sexual_offences|CS|Health visitor: {kage}yo boy disclosed his mum's boyfriend touched him sexually. Police + CSC. Referral for mum. Mum has separated from boyfriend. Child under 16, not DA as per victim age.
sexual_offences||Upskirting on escalator at {p} station - man filmed up {v}'s skirt, caught by BTP. Stranger. Voyeurism.
sexual_offences|CS,ON|Indecent images requested - {uage}yo autistic boy persuaded on Roblox to send naked pictures to an adult, then asked to meet. Police CSE investigation. Parents referred.
sexual_offences|DA,HB|{v} ({age}) raped by her husband's brother while husband away. When she told mother-in-law she was told to keep quiet for the family's honour and threatened with being sent back. Police rape.
sexual_offences|HC|Racially aggravated sexual assault? Police say sexual assault w/ hate flag. Man groped {v} in takeaway and said "you lot are all the same, black girls love it". {d}.
sexual_offences||{vm} ({age}) with learning disability raped by a man he met at the day centre disco (another attendee's brother). No relationship. Police taking it seriously. No disability slurs.
sexual_offences|DA|Referral from GUM clinic - {v} ({age}) pregnant, says husband forces sex, won't use protection, refuses her contraception. Repeated rape. Also controls money. Consents to police report.
sexual_offences|CS|{yage}yo {v} - exploited by older men who gave her alcohol + lifts and made her have sex with their friends. No relationship with any. CSE. Police operation {ref}.
sexual_offences||Sexual assault at work - {v}'s manager kissed and touched her in stockroom {d}, she is on a work visa and scared of losing job. Not a partner. Police report tbc.
sexual_offences|DA|Ex-wife of {s}: he sexually assaulted her at the family court building? No - in the car park after the hearing {d}. Divorced {yr} yrs. Police sexual assault. MARAC.
sexual_offences|ON|Cyberflashing - man on Facebook Marketplace sent {v} unsolicited pictures of his genitals when she was selling a pram. Stranger. Police recorded sending photograph of genitals.
sexual_offences|CS,HB|{uage}yo girl married in a religious ceremony in {cty} to a man of {age}, now back in UK, pregnant. Forced marriage, rape of child. Police + FMU. Referral for girl (via school).
sexual_offences||{oage}yo woman with dementia in care home - another resident found in her bed touching her. Resident not related. Police sexual assault. Daughter referred.
sexual_offences|DA|{v} ({age}), LD, lives with her partner {s} who "makes her do things in bed she doesn't like" and films it. Supported living staff concerned. Police sexual offences. DA confirmed, partner {yr} yrs.
sexual_offences|ON,CS|Sextortion of child? {uage}yo boy sent image to "girl" on Instagram, then threatened to share unless he paid. Police treating as CSE / indecent image offence. Boy distraught. Parents referred.
sexual_offences||Rape - {v} ({age}) attacked by stranger in underpass {p} {d} {t}. Police major investigation. V has no recourse to public funds, staying with friend. Needs refuge + ISVA.
sexual_offences|DA|Cousin-marriage household. {v} says her husband (also her first cousin) rapes her and his mother says "it is his right". Not HBA per V - "it's not about honour, they just think I'm his". Police report.
sexual_offences|KN|Rape at knifepoint - stranger held blade to {v}'s neck in park. Police major inquiry. V {age}, refugee, {lang} speaker. SARC attended {d}.
sexual_offences|DA,KN|{v}'s husband held a knife to her while forcing sex on {d}. DASH high, MARAC. She says he said he'd kill her if she told anyone. In refuge now.
sexual_offences||Flatmate {s} entered {v}'s room while she slept and touched her. No relationship, "we're just housemates from SpareRoom". Police sexual assault. V wants to move.
robbery|HC|{vm} ({age}, LD) robbed of phone + {amt} cash in underpass {p} - 2 lads pushed him over and took it, called him "spacker". Grazed hands. Robbery, disability hate.
robbery|KN|Knifepoint robbery - man showed {v} a knife in the lift of her block and demanded her bag, she handed it over. No injury. Stranger. {d} {t}.
robbery||Courier fraud turned robbery: "courier" came to collect {oage}yo {v}'s cash, she changed her mind at the door, he shoved her and grabbed the envelope ({amt}). Bruised arm. Police recording robbery.
robbery|DA|{v}'s ex-partner pushed her to the ground outside the post office {d} and took her purse with her child benefit in it. They split {n} months ago. Robbery recorded.
robbery||Mugging after cash withdrawal at {bank} ATM {st} - man grabbed {v}'s arm, twisted it, took {amt}. Sprained wrist. Stranger. Robbery.
robbery|HC|Wheelchair user {vm} - youths tipped chair and took his rucksack + laptop, laughing "can't chase us can you". Cut to head. Robbery, disability hate. {d}.
robbery||{vm} (autistic) - his bike? no, his phone and headphones taken by a teen who threatened to "batter" him, V handed them over. Threat of force = robbery per police. {d}.
robbery|KN|Business robbery at a {p} corner shop where refuge resident {v} works - masked man with a machete demanded the till, she emptied it. No injury but shaking. {ref}.
robbery|DA|Brother snatched {v}'s handbag off her shoulder, knocking her over, to get her bank card. Bruised knee. Money for drugs. V ({age}) doesn't want to "lose him". Police robbery.
robbery||Robbery of {oage}yo {v} in her front garden - man pulled gold necklace and bangles off, cut neck from chain. Stranger. Police robbery, not theft from person due to force.
robbery|HC|Religiously aggravated? {v} had her headscarf pulled + handbag torn off her by two women shouting anti-Muslim abuse, {d}. Handbag taken. Robbery, hate.
robbery||Fake taxi - {v} got in a car she thought was an Uber, driver took her to industrial estate and forced her to hand over phone and cards under threat. No injury. Robbery.
burglary||Distraction burglary - man said he was from the water board, {oage}yo {v} let him in, accomplice took {amt} from her bedroom. Burglary. V now scared to open door.
burglary||Supported living flat of {vm} (LD) broken into while he was at day centre, TV + games console taken. No suspects. Staff referral. No evidence of targeting because of disability.
burglary|DA|{v}'s ex-husband let himself into her flat with an old key while she was at work on {d} and took her passport + the children's birth certificates. Burglary. No other contact from him this year.
burglary|KN|Aggravated burglary - two men forced their way into {v}'s house {t}, one had a knife, demanded cash and jewellery. Family held in living room. No injuries. Police {ref}.
burglary||Refuge office broken into overnight {d}, laptop taken. No personal data on it per manager. Burglary - business/community. Staff shaken.
burglary||{oage}yo {vm} - rogue trader came to "check the roof", went upstairs while V's back was turned and took wallet + medals. Burglary (entered as trespasser to steal).
burglary|HC|Burglary at {vm}'s home - burglars took his things and wrote "spaz" on his wall. He has Down's. Police recording burglary, disability hate element.
burglary||Shed and garage burglary at {v}'s - power tools and mobility scooter battery taken. {d}. No suspects. V ({oage}).
burglary|DA|Sister broke into {v}'s flat through a window while she was in hospital and took jewellery that was their mother's. Burglary. Longstanding family feud over mum's will.
burglary||{v} - NRPF, lives in shared house, her room broken into and savings ({amt}) taken. Door forced. Other tenants deny. Burglary. V {lang}.
burglary||Burglary while on holiday - {vm}'s house in {p} ransacked {d}, {amt} of electronics. No suspects. V has autism, very distressed by things being moved, needs support.
burglary||Economic crime unit - reported as "fraud" but really burglary: man posing as police came into {oage}yo {v}'s flat "to check her notes were genuine" and left with {amt} from her safe.
vehicle_offences||{vm}'s Motability car (adapted) stolen from outside home {d}. He can't get to work. Theft of motor vehicle. No suspects.
vehicle_offences||Blue badge + sat nav stolen from {v}'s car overnight, window smashed. Theft from vehicle. V ({oage}) can't park at hospital now.
vehicle_offences|DA|{v}'s ex-partner took her car without consent after she'd left him, {d}, and crashed it. Aggravated vehicle taking recorded. Split {n} weeks ago.
vehicle_offences||Catalytic converter stolen from the refuge minibus, {d}. Theft from vehicle. Residents' trips cancelled.
vehicle_offences||{vm} - wheelchair-accessible van found tampered with, door locks forced, nothing taken. Vehicle interference. Neighbour saw 2 lads.
vehicle_offences||Car stolen from {v}'s drive via keyless relay, {d} {t}. Theft of vehicle. V's late husband's car, very upset.
vehicle_offences||Tools stolen from {vm}'s works van overnight {st} {p}. Theft from vehicle. He's self-employed, {amt} loss.
theft_from_person||Pickpocket on the 47 bus - {v}'s purse lifted from her bag, didn't feel a thing. {amt} cash + cards. Stranger. Theft from person.
theft_from_person||{vm} (LD) had phone taken from his wheelchair bag at the market while he was paying, no force, didn't notice till later. Theft from person. No hate evidence.
theft_from_person||Snatch theft - lad on bike grabbed {v}'s phone from her hand on {st}, no contact with her body, no injury. Theft from person.
theft_from_person||{oage}yo {v} - wallet taken from coat pocket in supermarket queue, CCTV shows man dipping. Theft from person.
theft_from_person||{v} - gold chain pulled off at market so quickly she didn't feel it, no force used, no injury. Police theft from person. {d}.
theft_from_person||Distraction theft in cafe - man put map on {vm}'s table and took his phone from under it. Theft from person.
theft_from_person||Phone lifted from {v}'s back pocket at {p} station {d}. Stranger. Economic unit only involved because cards then used - fraud report separate.
other_theft||{v}'s handbag taken from the back of her chair in a restaurant - not on her, hanging on the chair - so police recorded other theft, not theft from person. {amt}.
bicycle_theft||{vm}'s adapted trike stolen from outside supported living, lock cut. Pedal cycle theft. He uses it to get to work.
bicycle_theft||Children's bikes ({n}) stolen from refuge garden overnight {d}. Pedal cycle theft. Kids upset.
bicycle_theft||{v}'s bike stolen from station racks {p}, {d}. Bicycle theft. V refugee, bike was donated, her only transport.
bicycle_theft||Bike stolen from {vm}'s hallway when neighbour left communal door open. Not an e-bike, ordinary pedal bike. {amt}.
bicycle_theft||Tandem bike used by {vm} (visually impaired) and his sighted partner stolen from shed? - no, from outside the library, lock still there. Pedal cycle theft.
bicycle_theft||{v} - cargo bike (non-electric) she uses for deliveries stolen {d} {t}. Bike theft. Income loss.
shoplifting|HC|{vm} (LD) works at a {p} convenience store. Same group of teens steal sweets and energy drinks daily and call him "retard" while doing it. Shoplifting, disability hate. Manager referral.
shoplifting||Charity shop run by the refuge - repeat shoplifter taking clothes, {n} times this month. Shoplifting. Volunteers stressed.
shoplifting||{v} runs a small African grocery in {p}, man took {amt} of goods and walked out without paying {d}. Theft from shop. CCTV.
shoplifting||Pharmacy in {p} - shoplifter took baby formula worth {amt}, {v} (staff) tried to stop him, he just walked off, no threats. Shoplifting.
shoplifting||{v}, supermarket security guard, referral re repeated shoplifting by the same couple, {n} incidents. No violence. Shoplifting.
shoplifting||Small Polish deli owned by {v} - teenagers lifted vodka + cigarettes, ran off. No force. Theft from shop {d}.
other_theft||Agency carer taking cash from {oage}yo {v}'s purse - marked notes used by son, {amt} missing over {n} weeks. Carer not family. Theft. Safeguarding.
other_theft|DA|Son ({age}) has been taking cash from his mum {v}'s tin under the bed, {amt} so far. Mum doesn't want him arrested. Theft. Family DA referral (adult son).
other_theft|ON|Sextortion - {vm} ({age}) was video chatting with a "woman" on Instagram, she recorded him and now demands {amt} or sends video to his family. Blackmail. He paid once already.
other_theft|DA,ON|Blackmail by ex - {v}'s ex-husband messaging on WhatsApp that he'll send intimate photos to her new partner unless she pays him {amt}. Split {yr} yrs ago. Police blackmail.
other_theft||Benefit letters + bank card going missing from {vm}'s post, neighbour seen at his mailbox. Theft of mail. V (LD) can't manage without PIP letters.
other_theft||Making off without payment - taxi passenger ran off without paying {v} (driver, refugee), {amt} fare. Minor but V wants support, third time.
other_theft||Theft by employee - {v} (manager of a small charity) found volunteer took {amt} from donations tin over months. Theft.
other_theft|HC|Mate crime - {vm}'s "friends" help themselves to his food shopping and cash from his wallet when they visit, say "you're too thick to notice". V has LD. Theft. Disability hate (hostile remarks).
other_theft||Economic crime unit referral - logged as fraud but really theft. {oage}yo {v}'s lodger took her jewellery + {amt} cash and moved out. No deception involved. Theft.
other_theft||Blackmail - {vm} being told by a man he met at a club that he'll tell V's wife he was at the club unless he pays {amt}. Threats in person + by phone. Blackmail. V mortified.
other_theft||{v}'s handbag taken from her trolley in Aldi while she bent down. Not on her person. Other theft. Cards cancelled before use.
other_theft||Supported living - {n} residents' money from the office safe missing, staff member suspected. Theft by employee. {vm} lost {amt}.
other_theft|ON|Blackmail via email - someone claims to have hacked {oage}yo {v}'s webcam, demands {coin} or will release "videos". V paid {amt}. Police: blackmail.
other_theft|DA|{v} ({age}) says her father took her gold wedding jewellery "for safekeeping" and sold it. She never agreed. Theft. Family pressure, V frightened of dad.
other_theft||Parcel theft from {v}'s doorstep - {n} parcels taken by same man, doorbell camera. Other theft. V housebound.
other_theft||{vm} lent his phone to a "mate" to make a call, mate walked off with it and never came back. Theft. No disability remarks, police not treating as hate.
other_theft||Fuel drive-off at garage where {v} works, making off without payment {amt}. She was blamed by manager. Wants support.
other_theft||Blackmail - {v} ({age}) told by a man she met once that he'll tell her family she drinks alcohol unless she pays him. Not a relative, not a partner. Phone + in person only.
other_theft|DA|Father-in-law holding {v}'s wages - takes her pay from her hand every Friday. She never agreed. Police recorded theft; DA (in-law). {lang}.
criminal_damage_arson|DA|Arson - ex-partner poured petrol through {v}'s letterbox and set it alight {d} {t}. She and kids got out. MARAC. Split {n} months ago.
criminal_damage_arson|HC|{vm}'s ramp smashed + "cripple" sprayed on his door. Criminal damage, disability hate. Third time since {d}.
criminal_damage_arson|DA,HB|Brothers smashed windows at {v}'s flat because she refuses to return home to the family. Told neighbours she's shamed them. Criminal damage. V ({age}).
criminal_damage_arson||Refuge car park - {n} cars had windows smashed overnight {d}, random vandalism per police, not targeted at residents.
criminal_damage_arson|HC|Mosque-going family on {st}: car tyres let down and swastika scratched on bonnet. Criminal damage, religiously aggravated.
criminal_damage_arson|DA|{v}'s husband smashed her phone, laptop and the TV during a row {d}, didn't touch her. Criminal damage. DASH medium.
criminal_damage_arson||Bin fire outside supported living block {d}, spread to fence. Arson. No suspects, residents evacuated. {vm} very distressed.
criminal_damage_arson||Kids throwing stones at {oage}yo {v}'s windows, {n} panes cracked. Criminal damage. No comments made to V.
criminal_damage_arson|DA|{v}'s adult daughter kicked in her bedroom door and broke her glasses and mobility aids. Criminal damage, no injury. Daughter uses drugs.
criminal_damage_arson|HC|Gurdwara volunteer {vm}'s car keyed with "P*** go home", {d}. Racially aggravated criminal damage.
criminal_damage_arson||{vm}'s garden shed set on fire {d}; fire service say deliberate. Arson. No suspects, not linked to anything.
criminal_damage_arson|DA|Same-sex ex-partner slashed? no - let down all tyres and poured paint over {v}'s car {d}. Split {n} weeks. Criminal damage.
criminal_damage_arson||Economic crime unit - V ({oage}) paid a rogue trader {amt}, when she refused to pay more he smashed her front window. Criminal damage, the fraud was earlier and separate (fraud reported).
criminal_damage_arson||{v}'s front door graffitied with random tag. No words, no target. Criminal damage. V anxious but accepts probably kids.
drug_offences||Supported living manager: cannabis being grown in {vm}'s neighbour's flat, smell everywhere, {vm} (autistic) can't cope with it. Police drugs warrant {d}. No exploitation of {vm}.
drug_offences||Drugs found in communal kitchen at the refuge {p} on {d}, no resident admitting. Possession of controlled drug recorded. Manager needs advice.
drug_offences||{vm} ({age}) - people dealing crack from the stairwell outside his flat, he's not involved and isn't being used. Drug offences recorded after police visit.
drug_offences||{v}'s {age}yo son arrested for possession with intent (cocaine). Mum referral for support, no violence or abuse at home she says. Drug offence.
drug_offences||Police stop - {vm} found with cannabis, cautioned. Day centre asks for support. No exploitation, he buys it himself. Drug possession.
drug_offences||Neighbour of {oage}yo {v} running what looks like drug dealing from his car on her drive. Police attended {d}, arrested for supply. V scared.
drug_offences||{v} ({age}) - her housemate was convicted of supplying MDMA; V had no involvement, police have confirmed. Needs help with housing as tenancy at risk. Drug offence only.
possession_of_weapons|DA|MARAC case - police stopped {v}'s ex-partner in his car near her street {d}, found lock knife in door pocket. He didn't see her or threaten anyone. Possession of bladed article.
possession_of_weapons|DA,HB|{v}'s cousin arrested near her refuge with a machete in his car {d}. Didn't approach her. Family hunting for her because she "dishonoured" them by leaving marriage. Possession of offensive weapon.
possession_of_weapons||Man seen with knife tucked in belt at the day centre, not brandished, no threats. Possession. {vm} (attendee) saw it and is scared.
possession_of_weapons||Security at {p} shopping centre found a knuckleduster on a youth who'd been hanging around {v}'s shop. No threats. Possession of offensive weapon.
possession_of_weapons||{vm}'s neighbour has an air rifle and shoots at pigeons in garden - police say firearms offence, no one targeted. Possession. V scared of him.
possession_of_weapons|DA|{v}'s husband keeps a sword under the bed, never used it on her, police seized it {d} - illegal weapon possession. V says "he's never hurt me". Couple were heard at MARAC {yr} yrs ago, DA history on file.
possession_of_weapons||Pupil at school where {v} is a TA found with a knife in bag, no threats made. Possession of bladed article. V has PTSD from previous incident, referred.
possession_of_weapons||Knife found on {vm}'s flatmate during police search, flatmate not threatening anyone. Possession only. V anxious.
public_order|HC|{v} ({age}) in niqab at bus stop - man shouted "ISIS bitch" and "go back to the desert", {d}. Not touched. s5/s4A racially/religiously aggravated public order.
public_order|HC|{vm} (LD) - group at the precinct imitating his speech and shouting "retard" at him, he was frightened. No contact. Public order, disability hate.
public_order|DA,HB|Family members shouting outside the refuge {d} that {v} is a "whore" who shamed them, demanding she come out. Police dispersal. Threatening behaviour s4. V ({age}).
public_order||Violent disorder at a wedding in {p} - fight between guests, {v} (guest) terrified, not injured. Violent disorder recorded. Not family dispute for V.
public_order||Man shouting and swearing at {v} (bus driver) in front of passengers, no threats to hurt. s5 public order. Not hate.
public_order|HC|Trans woman {v} called "it" and "freak" by group outside chip shop {d}, threatened they'd "sort her out". Public order s4A, transphobic.
public_order||Drunk man shouting in {p} town centre at {t}, {vm} (autistic) frightened. No words directed at V's disability. Public order.
public_order|HC|Black family at park - man shouted N-word at {v} and her kids, said they didn't belong. Racially aggravated public order. {d}.
public_order||{v}'s upstairs neighbour screamed abuse at her in the stairwell, "I'll have you", made her fear violence. No relationship, no DA. s4 public order.
public_order|HC|Polish woman {v} told to "speak English or f*** off home" by customer at work, shouting, other customers scared. Racially aggravated public order.
public_order|HC|Gay couple {vm} + {s} - homophobic abuse shouted at them from car on {st} {d}. s5 public order, homophobic.
public_order||Fight outside pub on {st}, {vm} caught up in affray, not injured. Affray recorded. He has LD, needs support as witness.
public_order|DA|Ex-husband screaming at {v} in school playground in front of other parents, threatening. No physical contact. s4 public order. Divorced {yr} yrs.
public_order|HC|Wheelchair user {vm} - man in shop shouted "people like you should be put down", staff intervened. Disability hate public order.
misc_crimes_against_society|DA|{v}'s husband breached bail conditions by coming to the house {d}. Bail offence. He was charged with ABH last month, this is a new breach only. No contact with V, just seen outside.
misc_crimes_against_society|DA,HB|Witness intimidation - {v}'s aunts visiting her saying she must withdraw her statement against her brother or "the family name will never recover". Perverting course of justice. {d}.
misc_crimes_against_society||Bigamy - {v} discovered her husband married another woman in {cty} while married to her. Not DA - V says no abuse, "he was always kind, just a liar". Police bigamy.
misc_crimes_against_society||Handling stolen goods - {vm} bought a mobility scooter on a local estate which turned out to be stolen. Police seized it. V lost {amt}. Handling recorded against seller.
misc_crimes_against_society|CS|{v}'s ex-partner's laptop found to have indecent images of children - police investigating. {v} not a victim of DA, separated amicably {yr} yrs ago, worried for her kids. Indecent images offence.
misc_crimes_against_society||Forgery - someone forged {oage}yo {v}'s signature on a lasting power of attorney form, discovered before registered. Police forgery. No money lost.
misc_crimes_against_society||Threat to commit criminal damage - neighbour told {vm} he'd "burn his car out". No threat to {vm} himself. Misc.
misc_crimes_against_society||Dangerous driving - car sped through zebra crossing {v} was on, missed her by inches, {d}. No injury. Police dangerous driving.
misc_crimes_against_society|DA|Perverting justice - {v}'s partner made her withdraw her previous ABH statement by threatening to stop paying rent. Police perverting investigation. DASH.
misc_crimes_against_society||Fake immigration documents: {v} was sold a forged residence permit by a "solicitor". Forgery offence. She's now undocumented. NRPF.
misc_crimes_against_society||{vm} - witness in a theft case - defendant's friends told him to "forget what he saw". Witness intimidation. No hate element.
misc_crimes_against_society||Obscene publication - leaflets with extreme pornography left in supported living letterboxes. Police obscene publications. {vm} distressed.
misc_crimes_against_society|DA|{v}'s ex breached bail by ringing her once on {d} (condition not to contact). Bail breach. Split {yr} yrs.
fraud_computer_misuse|ON|NFIB {nf}. Romance fraud - {oage}yo {v} met "Colonel James" on a dating site {n} months ago, sent {amt} over {n} transfers for "leave fees" + "customs". Never met. Bank ({bank}) refused last payment.
fraud_computer_misuse||Courier fraud - {oage}yo {vm} rang by "DC Harris from Met fraud squad", told his bank staff were corrupt, withdrew {amt} and handed to a courier at the door. Phone calls only. NFIB {nf}.
fraud_computer_misuse|ON|Investment fraud - {vm} ({age}) saw an advert on Facebook with a celeb endorsing {coin} trading, deposited {amt} on a platform, "profits" showing but can't withdraw. Action Fraud {nf}.
fraud_computer_misuse|ON|Account takeover - someone got into {v}'s online banking ({bank}) after a fake "parcel redelivery" text linked to a website where she entered her details. {amt} gone. Computer misuse + fraud.
fraud_computer_misuse||Bank impersonation phone call: "{bank} fraud team" rang {v} ({age}), talked her into moving {amt} to a "safe account". APP fraud. Calls only, no links or apps. NFIB {nf}.
fraud_computer_misuse|DA|Economic abuse - {v}'s ex-husband took out {n} loans in her name using her documents while they were married, she found out when debt collectors wrote {d}. Fraud (identity). Divorced {yr} yrs. DA history.
fraud_computer_misuse|ON|Romance fraud on Instagram - {vm} (LD, {age}) befriended by "girlfriend" who asked for gift cards, {amt} over {n} weeks. Support worker spotted it. NFIB {nf}. Not hate.
fraud_computer_misuse|ON|Marketplace scam - {v} paid {amt} deposit for a flat advertised on Facebook Marketplace, "landlord" disappeared. NRPF, now has no money for rent. Action Fraud.
fraud_computer_misuse||HMRC scam - {vm} ({age}) rang on mobile by "HMRC" saying he'd be arrested for unpaid tax, paid {amt} in vouchers read over the phone. Calls only. Economic crime unit.
fraud_computer_misuse|ON|WhatsApp "Hi Mum" scam - {oage}yo {v} messaged by someone claiming to be her daughter with a new number, sent {amt} for an "urgent bill". NFIB {nf}.
fraud_computer_misuse|DA,ON|Partner used {v}'s phone while she slept to transfer {amt} from her savings to his account via banking app, {d}. First time anything like this, she says. Police recording fraud. DA (partner).
fraud_computer_misuse|ON|Pension investment scam - {oage}yo {vm} talked into transferring his pension ({amt}) into a "green energy bond" via a slick website + emails. Company dissolved. NFIB {nf}.
fraud_computer_misuse||Doorstep rogue trader - {oage}yo {v} charged {amt} for "urgent roof repairs" that were never done. Fraud by false representation. No force, no entry to steal. Trading Standards aware.
fraud_computer_misuse|ON|Hacked email - {v}'s email account hacked, hacker emailed her solicitor changing bank details, {amt} house deposit lost. Computer misuse + fraud.
fraud_computer_misuse||Mate crime fraud - {vm} (LD)'s "friend" {s} persuaded him to take out a phone contract in his name "for him", then never paid. Debt {amt}. Fraud. No hostile remarks, police say exploitation not hate.
fraud_computer_misuse|ON|Romance fraud - {v} ({age}) met "Dr Mark" on Hinge, he said he was working on an oil rig, asked her to pay {amt} for his "release". She sent money via {coin}. NFIB {nf}.
fraud_computer_misuse|ON|Sim swap / account takeover - {vm}'s phone lost signal, then {amt} taken from his {bank} account and new payee set up online. Computer misuse. NFIB {nf}.
fraud_computer_misuse||Benefit fraud against victim - someone claimed Universal Credit in {v}'s name using stolen ID, she's been sanctioned. Identity fraud. No link to ex, V says.
fraud_computer_misuse|ON|Ticket fraud - {vm} (autistic) paid {amt} for concert tickets on a Facebook group, never arrived. Very upset, wants to understand what happened. Action Fraud.
fraud_computer_misuse|DA|{v}'s brother opened {n} credit cards in her name while living with her, forged her signature, racked up {amt}. Identity fraud. She's now scared of him - he shouted when she found out. DA (sibling).
fraud_computer_misuse|ON|Fake job scam - {v} ({age}) paid {amt} for "visa sponsorship" advertised on a website for care jobs in UK, no job exists. NFIB {nf}. Now in UK on visitor visa, stuck.
fraud_computer_misuse||Courier fraud - {v} ({oage}) told by "police" on landline to buy gold and hand it to a courier, lost {amt}. No force. NFIB {nf}. Daughter made referral.
fraud_computer_misuse|ON|Investment fraud via WhatsApp group - "trading mentor" got {vm} to send {amt} in {coin}. Platform shows balance but withdrawal "fees" keep rising. NFIB {nf}.
fraud_computer_misuse|ON|Romance fraud - {oage}yo widower {vm} met "Anna" on Facebook, sent {amt} for her "sick mother" in {cty}. Never met. Son realised. NFIB {nf}.
fraud_computer_misuse||Cheque fraud - {oage}yo {v}'s cheques to her gardener were altered to bigger sums and cashed, {amt}. Fraud. NFIB.
fraud_computer_misuse|ON|Phishing email "from DVLA" - {vm} entered card details on fake website, {amt} taken. Fraud. He's LD and feels stupid. NFIB {nf}.
fraud_computer_misuse|DA|Ex-partner (split {yr} years ago) still using {v}'s identity to get credit and catalogues, {n} accounts found. Fraud. She thinks he does it to "keep a hold on her". DA.
fraud_computer_misuse|ON|Computer misuse - someone accessed {v}'s iCloud and deleted her photos, changed password. No known suspect. V single, no ex in picture. NFIB {nf}.
fraud_computer_misuse||Fraud - {vm}'s appointee (not family, a paid agency) misusing his benefits for {n} months, {amt} unaccounted. Fraud by abuse of position.
fraud_computer_misuse|ON|Remote access scam - "BT" rang {oage}yo {v}, got her to install AnyDesk, then accessed her online banking and took {amt}. Computer misuse + fraud. NFIB {nf}.
fraud_computer_misuse||Fake charity collector came to door collecting for "flood victims in {cty}", {v} gave {amt}. Fraud. No force.
fraud_computer_misuse|DA|Mother-in-law took {v}'s bank card and PIN "for safekeeping" and has been withdrawing her wages at cashpoints, {amt} over {n} months. Fraud. V lives with in-laws. {lang}.
fraud_computer_misuse|ON|Romance fraud - {v} ({age}) met a man on Muzmatch who promised marriage, asked for {amt} for his "family emergency", then blocked her. NFIB {nf}. V ashamed, family don't know.
fraud_computer_misuse||Investment fraud by cold call - {oage}yo {vm} sold "carbon credits" by phone, {amt} lost. Paperwork posted. No internet involved, V doesn't use it. NFIB {nf}.
fraud_computer_misuse|ON|Online shopping fraud - {v} bought a pram on eBay, seller took payment via bank transfer and vanished. {amt}. Action Fraud.
fraud_computer_misuse|ON|Hacked Facebook - {vm}'s account taken over, hacker messaged his friends asking for money, {n} friends paid. Computer misuse. NFIB {nf}.
fraud_computer_misuse|ON|Crypto recovery scam - after losing money to a {coin} scam, {v} ({age}) contacted online by "recovery agents" who took a further {amt} fee. NFIB {nf}.
fraud_computer_misuse||Fraud by false representation - builder took {amt} deposit from {oage}yo {vm} and never returned. Not theft per police - deception at start. Phone/in person.
fraud_computer_misuse|DA|{v}'s husband made her sign loan papers she couldn't read (English) saying it was for the car. {amt} debt in her name. Fraud. DA (husband).
fraud_computer_misuse|ON|Sextortion? No - it's a dating site romance fraud. {vm} ({age}) sent {amt} to a woman he met on Plenty of Fish for "flights". Never met. NFIB {nf}.
fraud_computer_misuse||Identity fraud - {v}'s details used to open a mobile contract, she found out via credit file. No known suspects. V not in a relationship. NFIB.
fraud_computer_misuse|ON|Fake solicitor email - {v} ({age}) told by email her immigration application needed {amt} in fees paid urgently. Paid. No application made. NFIB {nf}.
fraud_computer_misuse||Card used after {vm} (LD) gave his PIN to a "mate" who offered to get his shopping; {amt} withdrawn over {n} days. Fraud. Mate denies. No disability slurs.
fraud_computer_misuse|ON|Romance fraud + threatened exposure? {oage}yo {v} met man on Facebook, sent {amt}; when she stopped he said he'd "tell everyone you're a fool" - no demand attached. Police: fraud. NFIB {nf}.
fraud_computer_misuse|ON|Account takeover - Amazon account hacked, {n} orders placed to another address on {v}'s card. Computer misuse + fraud. {amt}.
fraud_computer_misuse||Lottery scam letters - {oage}yo {vm} posting cheques to "claim winnings" for years, {amt} total. Post only. Son found piles of letters. NFIB {nf}.
fraud_computer_misuse|ON|Vehicle purchase fraud - {vm} paid {amt} deposit for a car on AutoTrader, seller fake. NFIB {nf}.
fraud_computer_misuse|DA|{v} ({age}) says her father put utility bills and a loan in her name when she turned 18, without her knowledge, now {amt} debt. Fraud. DA per outreach (economic abuse by parent).
fraud_computer_misuse|ON|Insurance fraud victim? No - {v} bought "car insurance" from a ghost broker on Instagram, policy fake, she got stopped by police. Fraud. NFIB {nf}.
fraud_computer_misuse||Rogue trader - driveway job, {oage}yo {vm} charged {amt} for tarmac that washed away. Trading Standards + police fraud. Phone + doorstep only.
fraud_computer_misuse|ON|Romance fraud - {vm} ({age}) in supported living, talking to "Jessica" on WhatsApp, sent her {amt} of his savings. Staff referral. NFIB {nf}. He still believes she's real.
fraud_computer_misuse||Advance fee fraud by phone - {v} told she'd won a government grant, paid {amt} "release fee" by bank transfer. Calls + SMS only. NFIB {nf}.
fraud_computer_misuse|ON|Hacked Instagram business page - {v} (small business) locked out, hacker now posting fake adverts from it. Police recording computer misuse. {amt} lost in refunds.
fraud_computer_misuse||Fraud - {oage}yo {v}'s neighbour offered to do her shopping and has been overcharging her for months, keeping receipts from her. {amt}. Fraud.
fraud_computer_misuse|ON|Holiday fraud - {v} booked an Umrah package through a website, paid {amt}, company disappeared. {n} family members affected. NFIB {nf}.
fraud_computer_misuse|DA,ON|Same-sex ex-partner accessed {vm}'s PayPal after they split (knew the password), sent {amt} to herself. Computer misuse + fraud. Split {n} months ago.
other_crime||Animal welfare - {vm} (LD) reports neighbour's dogs kept in a cage in the yard with no food, howling all night. RSPCA + police. Animal welfare offence.
other_crime||Illegal eviction - landlord changed locks on {v}'s room while she was at work, her belongings on street. NRPF. Not police recorded crime (Protection from Eviction Act). Council TS referral.
other_crime||{vm} says "something criminal happened at the day centre" but won't say what or to whom. Staff can't get more. Advocate to visit. No details available.
other_crime||Employer not paying {v} minimum wage, no contract, but she can come and go and keeps her passport. Not forced labour. HMRC/employment issue, referred on.
other_crime||Wildlife crime - {vm}'s neighbour trapping birds in garden. Police wildlife officer. V upset, autistic, likes birds.
other_crime||Unregistered "immigration adviser" (not OISC regulated) gave {v} wrong advice for free at a community centre. Regulatory offence. She's lost her appeal window.
other_crime||{v} witnessed fly-tipping of asbestos on her street by a van, environmental offence. Council enforcement. V anxious about kids' health.
other_crime||Health & safety offence - {vm} injured at work (no assault) because employer removed guards on machine. HSE investigating. Referral for emotional support.
anti_social_behaviour||Noise - upstairs neighbours playing loud music till 3am most nights, {vm} (autistic) can't sleep, sensory overload. No threats, no abuse directed at him. Council ASB team.
anti_social_behaviour||Youths congregating outside {v}'s flat, smoking and being noisy. Nothing said to her, no damage. ASB. She has anxiety and PTSD.
anti_social_behaviour||Neighbours' bins blocking {vm}'s ramp every week. No damage, no threats, he thinks they're just inconsiderate. ASB.
anti_social_behaviour||Kids playing knock-a-door-run on {st}, {oage}yo {v} frightened. No abuse, no crime. ASB.
anti_social_behaviour||Drunk residents in the hostel corridor at night being rowdy, {v} in the next room scared. No threats to her. ASB.
anti_social_behaviour||Football against {vm}'s window daily, no damage, no comments about him. ASB. He's LD and finds it distressing.
anti_social_behaviour||Dog fouling + barking from neighbours' garden, {v} says it's "doing my head in". No crime. ASB team.
anti_social_behaviour||Motorbikes on the field behind supported living every evening, loud. ASB. Residents ({n}) can't sleep. No offences against them.
anti_social_behaviour||Neighbour's parties every weekend, people urinating in {v}'s front garden. No threats, no damage. ASB.
anti_social_behaviour||Teenagers hanging around {p} library where {vm} goes, being loud and swearing generally, not at him. ASB. He wants to know what he can do.
"""


def parse_templates():
    rows = []
    for raw in TEMPLATES.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cat, flags, text = line.split("|", 2)
        if cat not in CATEGORIES:
            raise SystemExit(f"unknown category {cat!r}")
        full = []
        for code in [f for f in flags.split(",") if f]:
            if code not in SHORT:
                raise SystemExit(f"unknown flag {code!r}")
            full.append(SHORT[code])
        ordered = [f for f in FLAGS if f in full]
        if len(ordered) != len(full):
            raise SystemExit(f"duplicate flag in {line[:60]!r}")
        rows.append((cat, ordered, text))
    return rows


def uk_date(rng):
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    year = rng.choice([2023, 2024, 2025])
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    style = rng.randint(0, 3)
    if style == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if style == 1:
        return f"{day}/{month}/{year % 100:02d}"
    if style == 2:
        return f"{day} {months[month - 1]} {year}"
    return f"{day:02d}.{month:02d}.{year % 100:02d}"


def uk_time(rng):
    hour = rng.randint(0, 23)
    minute = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    style = rng.randint(0, 2)
    if style == 0:
        return f"{hour:02d}:{minute:02d}"
    if style == 1:
        return f"{hour:02d}{minute:02d}hrs"
    h12 = hour % 12 or 12
    return f"{h12}.{minute:02d}{'am' if hour < 12 else 'pm'}"


def money(rng):
    value = rng.choice([rng.randint(40, 990), rng.randint(1000, 48000)])
    return f"£{value:,}"


def slots(rng):
    women = rng.sample(WOMEN, 3)
    men = rng.sample(MEN, 2)
    return {
        "v": women[0],
        "v2": women[1],
        "sf": women[2],
        "vm": men[0],
        "s": men[1],
        "sn": rng.choice(SURN),
        "p": rng.choice(PLACES),
        "st": rng.choice(STREETS),
        "d": uk_date(rng),
        "t": uk_time(rng),
        "amt": money(rng),
        "nf": f"NFRC{rng.randint(24, 25)}{rng.randint(1000000, 9999999)}",
        "ref": rng.choice(["CAD ", "Crime ref ", "URN ", "ref "])
        + f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}/{rng.randint(23, 25)}",
        "n": str(rng.randint(2, 9)),
        "yr": str(rng.randint(3, 12)),
        "age": str(rng.randint(23, 58)),
        "oage": str(rng.randint(67, 89)),
        "kage": str(rng.randint(6, 12)),
        "yage": str(rng.randint(16, 17)),
        "uage": str(rng.randint(13, 15)),
        "lang": rng.choice(LANGS),
        "bank": rng.choice(BANKS),
        "cty": rng.choice(COUNTRIES),
        "coin": rng.choice(COINS),
    }


def main():
    rng = random.Random(45_2026)
    templates = parse_templates()
    used_cats = {c for c, _, _ in templates}
    used_flags = {f for _, fl, _ in templates for f in fl}
    missing = [c for c in CATEGORIES if c not in used_cats] + [f for f in FLAGS if f not in used_flags]
    if missing:
        raise SystemExit(f"uncovered: {missing}")
    texts = [t for _, _, t in templates]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate template text")
    order = list(range(len(templates))) * (N_NOTES // len(templates))
    order += rng.sample(range(len(templates)), N_NOTES - len(order))
    seen = set()
    notes = []
    for idx in order:
        cat, flags, text = templates[idx]
        for _attempt in range(200):
            filled = text.format(**slots(rng))
            if filled not in seen:
                break
        else:
            raise SystemExit(f"could not make unique text for template {idx}")
        seen.add(filled)
        notes.append((filled, cat, ";".join(flags)))
    rng.shuffle(notes)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["note_id", "text", "category", "flags"])
    for i, (text, cat, flags) in enumerate(notes, start=1):
        writer.writerow([f"B45-{i:04d}", text, cat, flags])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(buf.getvalue().encode("utf-8"))
    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _, cat, flags in notes:
        cat_counts[cat] += 1
        for f in flags.split(";"):
            if f:
                flag_counts[f] += 1
    print(f"templates: {len(templates)}")
    print(f"notes: {len(notes)}")
    for c in CATEGORIES:
        print(f"{c}: {cat_counts[c]}")
    for f in FLAGS:
        print(f"{f}: {flag_counts[f]}")


if __name__ == "__main__":
    main()
