#!/usr/bin/env python3
# ruff: noqa: E501
"""Blind corpus 50: health-service referrals to victim services.

Scenario: an NHS trust and its neighbours pass referrals to a victim-services hub.
The notes come from five desks, each with its own voice:

* ``nav`` - the emergency department's domestic abuse navigator (hospital IDVA style),
* ``ed``  - ED triage and ED safeguarding nurses,
* ``sg``  - ward, maternity, paediatric and adult safeguarding nurses (and hospital security),
* ``amb`` - the ambulance service's safeguarding referral desk writing up crew handovers,
* ``gp``  - GP practice safeguarding leads.

They write in clinical shorthand (pt, c/o, o/e, hx, PMH, NAD, LOC, ?#, obs), add body-map,
capacity and consent notes, quote the patient, and mix in a good deal of medical history
that is not an offence at all.

Every template below was labelled by hand against the shared taxonomy only
(one category, any flags). Slots carry only names, places, dates, times, amounts,
references, counts and ages chosen inside ranges that never cross a threshold in the
taxonomy, so no slot can change a label.

Standard library only; a single ``random.Random(50_2026)`` drives everything, so the CSV
is byte-identical whatever the working directory or PYTHONHASHSEED.
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "notes_blind50.csv"
N_NOTES = 800
DA_SHARE = 0.28
SEED = 50_2026

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

CAT_ALIAS = {
    "HOM": "homicide",
    "DID": "death_injury_driving",
    "VWI": "violence_with_injury",
    "VWO": "violence_without_injury",
    "SH": "stalking_harassment",
    "SEX": "sexual_offences",
    "ROB": "robbery",
    "BUR": "burglary",
    "VEH": "vehicle_offences",
    "TFP": "theft_from_person",
    "BIC": "bicycle_theft",
    "SHOP": "shoplifting",
    "OTH": "other_theft",
    "CDA": "criminal_damage_arson",
    "DRUG": "drug_offences",
    "WEAP": "possession_of_weapons",
    "PO": "public_order",
    "MISC": "misc_crimes_against_society",
    "FRAUD": "fraud_computer_misuse",
    "ASB": "anti_social_behaviour",
    "OC": "other_crime",
}

FLAG_ALIAS = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CSA": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}

KINDS = {"nav", "ed", "sg", "amb", "gp"}

# kind|category|flags|text   (aliases above; flags comma separated, blank = none)
TEMPLATES = """
# ---------------------------------------------------------------- homicide
amb|HOM|KN|Amb safeguarding desk, {REF}. Crew {CS} called {T} {D} to {ST}, {TOWN}: adult male ({A}) with multiple penetrating wounds chest/abdo, ROLE confirmed on scene after 20 min CPR. Police now running it as a murder enquiry. This referral is for pt's mum {F} {S} who was there and did compressions until crew arrived - v distressed, verbal consent to pass her details on for support. Nothing known re suspect.
gp|HOM|DA|GP safeguarding lead ({DR}, {GP}). Mrs {F} {S} ({AO}) seen today - low mood, not sleeping, BP up. Her daughter was killed at home on {D} and the daughter's husband has been charged with her murder, on remand. Pt now looking after the grandchildren x{N}. Asks for help understanding the court process; FLO is PC {S2}. Consent to refer: yes, phone pref after 10am.
ed|HOM||ED safeguarding nurse. Pt's brother brought in by HEMS {T} following a single punch outside {PUB}, {TOWN}, fell back and struck head on kerb, unsurvivable injury, died in resus {D}. Police have arrested a man not known to the family on susp of manslaughter. Pt ({A}) was with him, uninjured, keeps saying "it was over nothing, he didnt even know him". Lives alone, needs follow up.
gp|HOM||Practice safeguarding lead. Pt {M} {S} says his dad died in a fire at his flat on {ST} on {D}. Fire service + police now telling the family it was started deliberately and it's a murder investigation. Pt struggling, PMH depression, sertraline increased today. Pls contact re homicide support service, consent given.
amb|HOM|DA,KN|Safeguarding referral from crew {CS}, {D}. Woman (40s) found deceased at home address {ST}, {TOWN} with stab wounds; her partner detained at scene by police. Her adult son {M} found her and made the 999 call - crew stayed with him till police FLO arrived. Son consents to referral, mobile on the CAD.
gp|HOM|HC|{DR} (GP safeguarding). Pt (mum, 50s) - her son ({AY}) was killed in an attack in {TOWN} town centre last year. Police & CPS said it was racially motivated, the men shouted racist abuse at him before they set on him. Trial ended {D}, two convicted of murder. Pt says she's had no support at all since the verdict. PMH HTN, anxiety. Consent to refer.
nav|HOM||ED DA navigator - NB this is not a DA referral. Pt {F} attended with palpitations (ECG NAD). Disclosed her husband died 3 wks ago after being assaulted at work by a customer, he was in ITU {N} days. Man now charged with manslaughter. Routine enquiry re her own relationship neg, "we were happy, 22 years". Referred to homicide bereavement service w consent.
sg|HOM|DA|Adult safeguarding nurse. Referral re Mr {M} {S}, son of the deceased. His father ({AO}) died on ward {D} from head injuries; the father's grandson (Mr {S}'s nephew, 20s) has been charged with murder after an assault at the family home. Family split down the middle. Mr {S} asking about support and what happens at court.
ed|HOM|KN|Resus note addendum. 17M brought in by crew {T}, stab wound L chest, pronounced dead {D}. His mate {M2} ({AY}) was with him and has a superficial lac to palm from trying to grab the knife off the attacker - sutured in minors. Police took first account in dept. {M2} in shock, lives with his nan, happy for victim services to ring.
gp|HOM|DA,HBA|GP safeguarding lead. Pt {F} {S} ({A}). Her younger sister was killed last year; their uncle and a cousin were convicted on {D} and the judge said they did it because sister had left her husband and the family saw it as a matter of honour. Pt now getting phone calls from extended family blaming her. Wants support and safety advice. Consent yes.
nav|HOM||Hosp DA navigator - not DA. Pt {F} ({AY}) in for wound check. Her boyfriend was killed in a fight at a house party on {D}; the man charged with murder is a stranger to both of them. Pt said "people keep asking if he was violent to me, he wasnt, he was lovely". No concerns re her safety. Referral for homicide bereavement support only.
gp|HOM||{GP} safeguarding. Pt (50s) tells me the police cold case team have reopened the investigation into her father's murder in 1987 - she was 9 at the time. New arrest made {D}. Old trauma resurfacing, flashbacks, not sleeping, drinking more. Consent to refer for specialist homicide support.
amb|HOM||Amb safeguarding desk. Crew {CS} attended elderly man on {ST} who had been shoved over by a youth during a row about a football, hit his head, later died in hospital {D}. Police investigating as manslaughter, 2 youths arrested. Wife ({AO}) witnessed it, is very hard of hearing - pls write rather than phone.

# ---------------------------------------------------------------- death / serious injury by driving
amb|DID||Crew handover {T} {D}: pedestrian F ({AY}) struck by car on {ST}, {TOWN}, thrown approx 5m. Open # R tib/fib, GCS 14. Driver failed to stop, car later found abandoned. Collision investigation unit on scene, police treating as causing serious injury by dangerous driving. Mum {F2} travelled with pt. Referral for family.
gp|DID||Pt {F} {S} ({A}). Husband killed {D} when a driver over the limit hit his car head on. Driver charged with causing death by careless driving when unfit through drink. Pt has 2 young children, struggling, wants help with the inquest and court. No other concerns noted.
gp|DID||Safeguarding lead note. Pt {M} ({A}) knocked off his bicycle by a van on {ST} on {D}, driver admitted looking at his phone. Splenectomy and # pelvis, 3 wks inpatient. Police have charged the driver with causing serious injury by careless driving. Pt asking how to do a victim personal statement.
amb|DID||Amb safeguarding. Motorcyclist ({A}) died at scene of RTC near {TOWN} on {D}, other driver arrested on susp of causing death by dangerous driving - overtaking on blind bend per witnesses. Pt's partner {F} arrived at scene and was supported by crew (she is NOK only, no DA, not involved in collision). Consent for bereavement / RTC victim support.
ed|DID||Paeds ED. {AC}yo boy hit by car on school crossing {D} {T}; driver was disqualified and uninsured, arrested at scene. Pt has DAI / SDH, transferred to PICU. Parents at bedside, FLO allocated. Referral for family support.
sg|DID||Major trauma ward SN. Pt {M} ({AY}) was rear seat passenger in a car driven by a friend that failed to stop for police and crashed at high speed on {D}. T12 # with cord involvement, likely paraplegic. Driver (a friend, not family) charged w causing serious injury by dangerous driving. Pt angry and low. Consents.
nav|DID||ED nav - DA screen considered because pt's husband was driving. Pt ({A}) front seat passenger, husband drove after drinking and hit a wall, pt # pelvis + # ribs 4-6. He has been charged with causing serious injury by dangerous driving. Pt adamant there has never been any abuse, "he's in bits about it" - DASH not indicated, no DA concerns. Referral for RTC victim support only.
amb|DID||Crew {CS}. Elderly female pedestrian ({AO}) struck on zebra crossing on {ST} {T}, died in ED later on {D}. Driver stayed at scene and was arrested, police say excessive speed. Daughter {F2} {S} has the crew's details; safeguarding desk passing to victim services with her consent.
gp|DID||Pt's son ({AY}) killed {D} when the car he was a passenger in crashed; driver, his friend, was doing over 90 in a 40 and has been charged with causing death by dangerous driving. Mum and dad both registered with us. Bereavement, anger, poor sleep. Both consent.
amb|DID||Hit and run. Cyclist ({A}) found in road {T} by a passer by, vehicle didnt stop; severe TBI, died 2 days later. Police say vehicle traced and driver arrested for causing death by dangerous driving and failing to stop. Referral is for widow {F} - details on {REF}.

# ---------------------------------------------------------------- violence with injury
nav|VWI|DA|ED DA navigator. {F} {S}, {A}, self presented {T}. O/E periorbital haematoma L eye, 2cm lac lower lip (steristrips). Initially "walked into a door", then said "my fella did it, he'd had a skinful". DASH done alone with pt: 14 ticks, high risk, MARAC ref sent {D}. Police not called at pt's request - discussed risks. Safe number + safe times obtained.
nav|VWI|DA,KN|Nav referral. Pt ({A}) 4cm lac volar aspect L forearm ?defensive. States partner {M} came at her with a kitchen knife during a row about money. Police attended ED and took first account. Sutured by ENP. Not returning home tonight, refuge space being sought.
amb|VWI|DA|Safeguarding referral - crew {CS}, {D}. Called to "fall down stairs" at {ST}. Partner answered door and did the talking. In back of ambulance pt said quietly "he pushed me, please dont say". Deformity R wrist ?# distal radius, bruising R hip. Conveyed; handed over to ED nurse in private. Pt has capacity, consents to DA service contact via safe number ONLY.
gp|VWI|DA|GP safeguarding lead. Mrs {S} ({AO}) in for BP review. Fingertip bruising to both upper arms, older yellowing bruise L forearm. Seen alone she disclosed her son (lives with her, 50s) grabs and shakes her when she won't give him money for drink. Has capacity; wants help but does not want him arrested. Consent to older persons DA service.
ed|VWI|DA|Triage {T}. M {A}, c/o pain R forearm. Human bite mark R forearm, skin broken, + linear scratches to neck. States his boyfriend attacked him during an argument after a night out - together {N} yrs. Doesn't want police at present. Co-amoxiclav given. Agreed to DA nav chat, ok with referral to LGBT+ DA service.
nav|VWI|DA|Nav note {D}. Pt {F} ({A}) disclosed husband strangled her till she "saw stars" then punched her in the face. O/E petechiae periorbital, subconj haemorrhage L, # nasal bones on exam. DASH high. Police informed w consent, husband arrested. MARAC listed {D2}. Children at school, SW informed.
gp|VWI|DA|GP note, safeguarding lead cc'd. Mr {M} {S}, {A}. Attended wound check - scalp lac glued in ED at the weekend, told ED he hit his head on a cupboard. Today disclosed his wife threw a mug at him, and that she controls all the money, he has to ask her for bus fare. Embarrassed - "who'd believe me". Agreed referral to male DA service.
amb|VWI|DA|Crew {CS} handover. {AO}M found on floor at home by neighbour. Shortened, externally rotated L leg ?NOF. Pt told crew "my daughter shoved me, she gets like that". Daughter (lives with him) not present on arrival. Police informed by crew. Pt has capacity. Desk referring with consent.
nav|VWI|DA|DA nav. Pt {F}, {A}. Ex-partner - relationship ended in {YR}, no contact for years - saw her in {TOWN} town centre on {D} and headbutted her without a word. # nasal bones, swelling ++. Reported, police ref {REF}. Pt: "I thought I was free of him". DASH medium.
ed|VWI|DA|ED safeguarding nurse. Pt (mum, {A}) with swollen jaw and cut to cheek, ?# mandible (OPG NAD). Her 17 yo son punched her when she took his games console off him. Son known to CAMHS. Pt doesn't want police but does want support, scared of him. DA nav informed.
sg|VWI|DA|Maternity safeguarding MW. Pt {F} {S}, 26/40. Attended triage with reduced FM. Bruising lower abdo and both thighs. Alone in room stated her partner kicked her when she was on the floor "to teach me a lesson". CTG reassuring. MASH + DA service referral, DASH high, MARAC.
nav|VWI|DA|DA nav ref. Pt ({A}) lives with husband and his parents. On {D} her mother in law hit her across the back and arm with a rolling pin, bruising + swelling L forearm (xray NAD). Husband "takes his mums side". Limited English, Urdu interpreter via phone. Consent given for specialist service.
gp|VWI|DA|{GP}. Pt {M} ({A}) disclosed he was assaulted by his brother-in-law (his wife's brother) at a family party on {D}: punched repeatedly, lost 2 upper incisors, dentist seen. Long running family feud. Happy for referral.
amb|VWI|DA,KN|Amb safeguarding desk. Crew called {T} to {ST}: male ({A}), puncture wound L flank - stabbed with a screwdriver by his older brother during a row over their late mum's house. Both adults, live together. Conveyed to MTC, obs stable. Brother arrested. Pt consents to victim services.
nav|VWI|DA|Nav. Pt {F} ({A}). O/E multiple circular burns L forearm of varying ages c/w cigarette burns. Evasive at first then "he does it when I answer back". Partner of {N} yrs. DASH high. Declines police for now; safety plan done, MARAC ref.
ed|VWI|DA|Minors triage. M {AY}, partial thickness scald R shoulder approx 3% TBSA. States his girlfriend threw a kettle of hot water at him during a row at their flat. Burns team r/v. Pt laughed it off but accepted DA leaflet + referral "if someone can just ring me".
nav|VWI|DA|DA navigator. {F} {S}, {A}, married to {F2} for {N} yrs. Occipital lac 3cm (glued) after being shoved into a radiator by her wife on {D}. 3 previous attendances this year with injuries. Pt: "people dont think women do this to each other". DASH 12, MARAC.
gp|VWI|DA|GP safeguarding lead. Pt {F} ({AY}) lives with mum and stepdad. States stepdad punched her in the stomach and dragged her by the hair across the lounge when she came in late. Tender abdo, bruising to scalp. Wants to move out, asking about housing. Police not informed yet.
nav|VWI|DA|Nav. Pt {M} ({A}) attacked by his first cousin at the cousin's flat - cousin hit him with a bottle (didnt break) and kicked him, # ribs x2 on CXR. "We grew up like brothers." Cousin has been threatening him for months over a debt. Consents.
amb|VWI|DA|Amb safeguarding referral. {F}, 16, rang 999 herself. Father slapped then punched her in the face when she said she was going to her boyfriend's; lac to lip, swollen cheek. Conveyed with mum. Police informed by crew. CSC referral made separately; pt also asking for victim support.
nav|VWI|DA,KN|DA nav. Pt ({A}) deep lac to palm R hand, needs hand surgery - says partner threatened her with a knife and she grabbed the blade to stop him. He then left. Police aware {REF}. Tearful, "I just wanted him to stop".
gp|VWI|DA|GP safeguarding. Pt ({A}) came in asking for copies of her records. Disclosed her ex-husband broke her arm in {YR} while they were married - she told A&E she fell off a ladder (records: # ulna {YR}). Never reported. Now wants to go to police and asks for an advocate.
ed|VWI|DA|ED note. Pt {F} {AY}. Lac to eyebrow, bruised knuckles. Says it's "complicated" with {M} - on and off for 3 yrs, she sometimes stays at his. He threw her against the wardrobe last night. No previous DA reported. DA nav to see before dc.
nav|VWI|DA|Nav referral. Pt {F}. Injuries: bruising to neck, lac to R ear. Perp is "the father of my kids" - they don't live together, he comes round to see the children. Says it's the first time he's been violent since the baby was born. Consents to DA outreach.
amb|VWI|DA|Crew {CS}. Called by neighbour re shouting. F pt ({A}) swollen L eye and split lip. Man at address described by pt as "the kids dad, we live together" - he'd gone before police arrived. Pt declined conveyance, wound care at scene. Crew completed safeguarding referral with consent.
sg|VWI|DA|Older adults ward SN. Mrs {S} ({AO}) admitted with # humerus. Husband of 50+ yrs has advanced dementia and has become physically aggressive, pushed her over at home. Pt: "it's not him, it's the illness". Capacity: has capacity re care decisions. Referrals to ASC and DA service for carer safety planning.
nav|VWI|DA,HBA|DA nav. Pt {F} ({AY}). Assaulted by her older brother on {D}, punched and kicked, bruising to back, # 4th finger. Brother found out she has a boyfriend and said she'd "brought shame on the family" and needed teaching. Father backs the brother. Pt fears being sent abroad. HBA risk assessed, police informed.
gp|VWI|HBA|GP safeguarding lead. {AC}yo girl brought by mum with UTI sx. Mum disclosed on questioning that daughter was "cut" during the summer at extended family's abroad "to keep her pure". FGM mandatory report made to police {D}; CSC referral. Also referring mum + child to specialist FGM support.
nav|VWI||DA nav - no DA identified. Pt {M} ({A}) attacked by his ex-girlfriend's new partner outside a pub, punched and stamped on, # zygoma. Pt has had no contact with the ex since {YR}. He doesn't know the attacker. Referred for general victim support.
ed|VWI||ED triage {T}. Pt ({AY}) punched in face by unknown male in queue outside club on {ST}. LOC approx 1 min. OPG: # angle of mandible. Not DA, never seen him before. Police aware.
ed|VWI|KN|ED note. Pt ({A}) slashed across L cheek with a blade by a stranger at a bus stop, after pt asked him not to smoke by his kid. 8cm lac, plastics. Nothing taken. Police attended dept.
amb|VWI||Amb safeguarding. Crew called to shared flat, {ST}. Pt ({AY}) swollen jaw + loose lower incisor, says his flatmate punched him over unpaid bills. Nil DA: found each other through an online ad, never in a relationship, not related. Conveyed for OPG. Consents to victim services.
sg|VWI||Adult safeguarding. Mr {S} ({AO}) lives alone, twice daily carers from an agency. Daughter noticed bruises to both wrists and shins; pt says one carer "is rough and grabs me". S42 enquiry opened, agency informed, police ref {REF}. Not DA - paid carer. Pt has capacity, consents.
nav|VWI||Nav screen. Pt {F} ({A}) assaulted on {D} by her sister's ex-partner who blames her for the breakup - pushed her down the front steps, sprained ankle and graze to face. Pt has never been in a relationship with him. Not DA for this pt. Police ref {REF}.
gp|VWI||Safeguarding lead (school nurse concern). {F}, 15, grabbed and slapped by her boyfriend (also 15) in the park - bruising upper arms and cheek. Both yr 10. CSC + school informed. No sexual concerns disclosed. Mum asks for victim support for {F}.
amb|VWI||Amb safeguarding desk - staff incident. Paramedic {F2} {S2} punched in the face by pt's adult son while treating pt at {ST} on {D}; swelling and abrasion R cheek, seen in ED. Police attended, male arrested. Referral for the paramedic with her consent.
amb|VWI||Crew {CS}. M ({AO}) hit over the head with a claw hammer by a neighbour in a row about parking. Scalp lac 5cm, GCS 15, on apixaban so CT. Neighbour arrested. Not DA.
ed|VWI|HC|ED safeguarding. Pt ({A}) walking home from mosque on {D}; 2 men shouted anti-Muslim abuse then punched and kicked him. # orbital floor. Police treating as hate crime. Anxious about going back to mosque.
ed|VWI|HC|ED {T}. Pt {M} ({AY}) and his boyfriend were holding hands leaving a bar on {ST} when a group shouted homophobic slurs; one punched pt - lac to lip, chipped UR1. Boyfriend unhurt. Police aware.
amb|VWI|HC|Safeguarding desk. Pt ({A}), trans woman, assaulted on tram by two males who mocked her for being trans, called her "a bloke in a dress" then punched her. Epistaxis, facial bruising. Crew say pt v distressed. Conveyed. Consents to hate crime advocacy.
gp|VWI|HC|GP safeguarding. Pt {M} ({AY}) has a learning disability, lives in supported accommodation. Group of local lads regularly shout names at him about his disability; last week pushed him off his bike and kicked him - bruised ribs. Support worker attends with him. Police ref {REF}.
ed|VWI||ED. Pt {F} ({A}) punched in the face in the street by a man after she ignored his comments about her body; he shouted misogynistic abuse at her as he walked off. Swollen nose, no #. Stranger. Police aware.
nav|VWI||DA nav - not DA. Pt {F} attacked by her boyfriend's ex at the school gates, pulled to the ground by her hair, bruising + clumps of hair missing. Pt says her own relationship is fine. No relationship between pt and assailant. Referral for general victim support.
gp|VWI||{GP}. Pt ({A}), warehouse operative. Assaulted by a colleague at work {D} - shoved into racking, lac to forehead (glued in ED). Employer investigating. Anxious about returning. Not DA.
ed|VWI||ED triage. Pt ({AY}) c/o head injury; states door staff at {PUB} threw him out and punched him repeatedly on the ground. Brief LOC. CT head NAD. Bruised ribs. Pt called police from dept.
sg|VWI||Paeds safeguarding nurse. {AC}yo girl brought in by school nurse: linear bruising to buttocks and backs of legs, pattern c/w implement. Child says mum's boyfriend "hits me with the belt". Strategy mtg {D}, s47. Mum says she didnt know.
ed|VWI|KN|ED note {D}. Pt ({AY}) stab wound R thigh, attacked by unknown male in park while walking dog. Nothing taken, no words exchanged. Surgical r/v. Police aware. Scared to go out.
amb|VWI|KN|Crew {CS}. Pt ({A}) jabbed in the neck with a broken bottle during a fight in the beer garden at {PUB}; 3 lacs, bleeding controlled with pressure. Offender not known to pt. Police on scene.
ed|VWI||ED. Pt ({A}) bitten on calf by a dog the owner deliberately set on him during an argument on {ST} ("go on, get him"). Puncture wounds, abx. Police treating it as an assault. Owner a stranger.
gp|VWI||GP safeguarding. Pt ({A}) disclosed he was pushed into the canal by a man who followed him from the pub on {D}; police initially treated it as attempted murder. Pulled out by passer by, hypothermia + aspiration pneumonia. Attacker unknown. Nightmares.
nav|VWI||DA nav - not DA. Pt {F} ({A}) assaulted by her landlord when she asked for repairs - pushed against door frame, bruising to back and arm. No relationship. Housing officer involved.
amb|VWI||Care home call. Crew attended {AO} resident with skin tear + bruising to face after being hit by another resident with dementia. Staff say 3rd incident. Safeguarding ref to LA. Not DA.
ed|VWI||Paeds ED. {AT}yo boy assaulted by a group of boys from school on the way home - punched and kicked, # 5th metacarpal and bruised face. Mum says he's been picked on for months. Police aware.
sg|VWI||Ward SN. HCA {F2} {S2} punched in the stomach and scratched on forearm by a pt on ward {D}; pt was assessed as having capacity at the time and knew what he was doing. Datix done, police ref {REF}. Staff member referred for support.
amb|VWI|DA|Safeguarding desk. Crew {CS} attended male ({A}) with lac to forehead. Pt says his wife hit him with a frying pan. Reluctant: "blokes dont get battered by their missus do they". Police not called at pt's wish, capacity present. Consent to male DA helpline referral.
nav|VWI|DA|Nav. Pt {F}, {A}. "My partner (she/her) punched me in the ribs." Together 6 years. ?# rib - CXR no #, bruising. Partner drinks. DASH medium.
gp|VWI|DA|GP safeguarding. Mrs {S} ({AO}). Son ({AM}) takes her pension every week and last Tues pushed her into the door when she refused - bruise + skin tear forearm, PN dressing. Scared of him but "he's still my boy". Capacity assessed - has capacity. Consent to older persons DA service.
ed|VWI|DA|ED DA nav review. Pt ({A}) today with # ribs x3, "fell". 6 attendances in 18 months (wrist, face, ribs). Previously known to MARAC. On gentle questioning disclosed partner {M} has been hitting her. Consents to IDVA.
nav|VWI|DA|DA nav. Pt {F}. Assaulted by ex-husband at handover of the kids in a car park on {D} - punched side of head, now tinnitus + headache. Separated 8 years ago. Police ref {REF}.
amb|VWI|DA,KN|Crew {CS}. F ({A}), lacs to both hands. Her older sister, who she lives with, cut her with scissors during an argument. Police on scene. Pt says sister has bipolar and isn't taking her meds. Both adults. Safeguarding ref w consent.
nav|VWI|DA|DA nav referral. Pt {M} ({AY}), has lived with his uncle since mum died. Uncle has been hitting him; yesterday belt buckle to back of head, 3cm lac. Scared to go home. Police informed w consent, emergency housing being looked at.
nav|VWI|DA,ON|Nav. Pt ({A}) bruised face + arms after partner assaulted her {D}. Since then he's been sending threatening voice notes on WhatsApp saying what he'll do if she talks. DASH high. Police ref {REF}.
gp|VWI|DA|GP. Pt {F} ({A}) in for contraception review. Routine enquiry: partner hit her with the TV remote last wk, bruise L temple still visible. "It's not like proper DV, he just loses it." Referral to DA outreach with consent.
ed|VWI|DA|Triage note. F {AY} attended with friend. Bite marks L shoulder, bruising to neck. States "my baby dad" did it when she asked for child maintenance. Friend says not the first time. Agrees to see DA nav.
nav|VWI|DA|DA nav, Mr {M} {S} ({AO}). Assaulted by his adult grandson who lives with him - pushed over, bruising + skin tears both arms. Grandson uses cannabis and takes pt's money. Pt wants him out but not "in trouble". DASH medium.
sg|VWI|DA|Safeguarding nurse, surgical ward. Pt ({A}) admitted with splenic injury after "falling off a wall". Partner visits daily, stays all hours. Pt asked for privacy and disclosed partner kicked her repeatedly. Security briefed. Police + IDVA informed w consent.
nav|VWI|DA,HC|Nav. Pt {F} ({A}), trans woman. Her husband punched her in the face on {D}, calling her transphobic names and saying she's "not a real woman". Swelling L cheek, no #. DASH high. Consents to LGBT+ DA service.
gp|VWI|DA|GP safeguarding lead. Pt ({A}), Deaf, BSL user (interpreter present). Partner hit her around the head - perforated L tympanic membrane confirmed by ENT. He refuses to book interpreters for her and opens her letters. Consent to Deaf DA service.
ed|VWI|DA|ED. Pt ({AO}) attended with daughter. 8cm lac forearm, sutured. Says her husband "went for me with his stick". Married 50 yrs. Police informed.
ed|VWI||ED. Pt ({AY}), sex worker, assaulted by a client in a hotel room - punched and choked, bruising. Didn't know him, not a partner. Police aware. Referral for specialist support.
nav|VWI||DA nav. Pt ({A}) assaulted by stranger on train, # finger. Asked about DA services because her friend is in an abusive relationship. Pt's own partner supportive, routine enquiry neg, no DA at home.
gp|VWI||GP. Pt {M} ({A}) assaulted by a customer at the bookies where he works: punched, lac to eyebrow. Not known to him. Police ref {REF}.
ed|VWI|KN|ED note. Pt ({AY}) attacked with a machete by masked males outside his flat, deep lac L shoulder. Pt says "wrong person, it's over nothing". Police in dept.
amb|VWI|DA|Amb ref. Pt ({A}) has MS; her mum is her main carer and has been slapping her and pinching her arms, bruising ++. Pt tearful. Capacity present. Referral made with consent.
ed|VWI||ED. Pt ({AY}) in a fight at football, punched by opposing fan - # nose. No hate element per pt. Police aware.
gp|VWI|HC|GP. Pt ({A}), from Poland, attacked at work by a colleague who told him to "go back where you came from" and punched him; # scaphoid. Police investigating as racially aggravated.

# ---------------------------------------------------------------- violence without injury
nav|VWO|DA|Nav. Pt ({A}) says partner pushed her onto the sofa and held her down by the shoulders during an argument on {D}. Body map: NAD, no visible injury, denies pain. DASH medium. "He's never done that before" - but jealous, goes through her phone.
gp|VWO|DA,KN|GP safeguarding. Pt {F} {S} ({A}). Disclosed husband held a kitchen knife to her throat on {D} and said "I'll kill you then me". No injuries. She went to her mum's. DASH high, MARAC ref {D2}. Police informed.
amb|VWO|DA|Crew {CS}. Called for fall, pt ({AO}) - no injury found on secondary survey. Pt told crew her son ({AM}) spat at her and shoved her against the worktop when she refused him money. No marks. Son had left. Capacity present, consents.
nav|VWO|DA|Nav. Pt ({A}). Ex-partner came to her door {D} about {T} and said "I'm going to kill you, you'll never see the kids again". No weapon seen. Pt believes he means it. Police ref {REF}. DASH high.
gp|VWO|DA|GP. Pt {F} ({A}). Ex-partner rang her mobile last night from a withheld number and told her he would "stab her to death" and her new boyfriend too. He lives in {TOWN}, a long way off, and it was a phone call only - nothing seen. Pt terrified, not slept. Police informed {REF}.
sg|VWO|DA|Ward SN. During visiting pt's wife slapped pt ({AO}) across the face; witnessed by HCA. No mark. Pt laughed it off then later said she "gets cross" and does it a lot. Capacity: has capacity. Referral with consent.
nav|VWO|DA,HBA|Nav. Pt {F} ({AY}). Her father told her he will kill her if she refuses to marry her cousin abroad this summer. He holds her passport. Pt sleeping at a friend's. Forced Marriage Unit advice sought. Police informed.
gp|VWO|DA,HBA|GP safeguarding lead. Pt ({AY}) attended with a friend rather than family. Her brothers have told her she's being taken "home" to be married and that they will kill her if she shames them. Very frightened. FMU advice taken. Consent to specialist HBA service.
amb|VWO|DA|Crew {CS}. Pt ({A}) says partner grabbed both her wrists and wouldnt let her out of the bathroom. No visible marks, declined exam. Declined police. Crew left DA info discreetly in her coat pocket.
nav|VWO|DA|Nav. Pt {M} ({A}). His partner ({M2}) shoved him against the wall and stood in the doorway so he couldnt leave the flat on {D}. No injuries. Pt says {M2} "controls everything, I just go along with it".
gp|VWO|DA|GP. Mrs {S} ({AO}). Her nephew (50s) who lives with her kicked her walking frame away and pushed her down into a chair when she asked him to leave. No injury. Pt has capacity. Adult safeguarding + DA referral.
nav|VWO|DA|Nav. Pt {M} ({AY}). His girlfriend threw a drink in his face and slapped him at a party {D}, no injuries. Says she goes through his phone and makes him send her selfies to prove where he is.
amb|VWO|DA|Safeguarding desk. {AO}F lives with granddaughter ({AY}). Crew called for fall; pt said granddaughter pushed her. No injuries on full survey. Granddaughter denies it. Capacity present. Consent given.
nav|VWO|DA,KN|DA nav. Pt ({A}). Partner waved a machete round the kitchen shouting he'd "do her in" while she held the baby. No injuries. Police ref {REF}, partner arrested. DASH high, MARAC.
amb|VWO||Staff incident - crew {CS}. Intoxicated pt spat in paramedic's face and kicked out at EMT during assessment on {ST}. No injuries to crew. Police attended, pt arrested for assault on an emergency worker. Referral for crew support.
ed|VWO||ED staff referral. Pt's relative shoved ED nurse {F2} {S2} in the chest in majors when told he'd have to wait. No injury. Police ref {REF}. Nurse shaken. Not DA.
sg|VWO||Paeds safeguarding. {AC}yo boy brought in by police after being found wandering at {T}. Severe head lice, dental decay, underweight, says there's no food at home. Siblings x{N} at home. Police protection, s47. Mum intoxicated at home when police attended.
gp|VWO||GP safeguarding lead. HV concern: 2 children (aged 4 and 7) left alone overnight while mum was at work {D}; neighbour heard crying, police attended. Neglect. Mum says she has no childcare.
amb|VWO||Amb safeguarding. Crew attended {AC}yo girl who'd been approached by a man in a car near the park; he tried to pull her in by the arm, she got away. No injuries. Police investigating attempted child abduction. Mum asking for support.
gp|VWO|MS|GP (new registration). Pt {M} ({A}) works at a hand car wash in {TOWN}. Sleeps in a portacabin with 5 others; boss keeps his passport and pays him "nothing until the debt is paid". Contact dermatitis both hands. Interpreter used. NRM discussed, pt consents. Police MS team informed.
ed|VWO|MS|ED. Pt {F} ({A}) c/o SOB and sore eyes - works in a nail bar. Brought by her "manager" who answered every question. Alone, pt said she owes {BIG} for her travel, isn't allowed to leave, sleeps above the shop. Modern slavery concerns - police + NRM.
gp|VWO|MS|GP safeguarding. Pt ({A}), seasonal farm worker, infected wound R hand untreated for weeks. States gangmaster takes his wages for "rent and transport", threatens to report him to immigration, can't leave the farm. MS referral with consent.
sg|VWO|MS|Safeguarding nurse. Pt ({AY}) brought in by a couple who said she's their "au pair". No wages, works 16 hrs a day, not allowed out, sleeps on the kitchen floor. Not related to them. Domestic servitude concerns; police informed.
nav|VWO|DA,MS|DA nav. Pt {F} ({A}) came to UK on spousal visa. Husband's family make her do all housework from 5am, no money, not allowed out alone, passport taken off her. "I am their servant." Domestic servitude + DA. Police and NRM.
amb|VWO|MS|Amb safeguarding. Crew attended {AT}yo boy in a flat in {TOWN}, reported missing from home 60 miles away. Had cash, 2 phones and wraps of drugs. Told crew "they make me run for them or they'll hurt my mum". County lines / CCE. Police + NRM.
amb|VWO||Amb. Pt ({A}) says a neighbour threatened to kill him face to face on the landing - "next time I'll kill you". No weapon. Ongoing dispute. Police ref {REF}.
ed|VWO|KN|ED. Pt ({AY}) at bus stop when a man pulled out a knife, held it towards him and said "I'll stab you". No injury, nothing demanded, man walked off. Attended with panic attack.
gp|VWO||Practice manager incident. A patient swung a punch at receptionist {F2} over the counter but missed, and carried on threatening her. No injury. Police attended. Referral for staff support.
ed|VWO|HC|ED. Pt ({A}) spat at on the bus by a man shouting racial abuse at her and her children. No injuries. Police ref {REF}.
gp|VWO|HC|GP. Pt {F} ({A}) had her hijab pulled off in the supermarket by a woman shouting abuse about Muslims. No injury. Very distressed, not going out.
nav|VWO||DA nav consulted - not DA. Pt {F}, 14, pushed by her boyfriend (14) in the park. No injury. School + CSC aware. Referral for young people's service.
sg|VWO||Adult safeguarding. Care home resident ({AO}) slapped by an agency carer, witnessed by another staff member. No mark. Carer suspended. Police informed. Not DA.
gp|VWO||School nurse liaison. {AC}yo boy states dad makes him stand out in the garden in the cold "for hours" with no coat as punishment. No injuries. S47. Child cruelty concerns.
amb|VWO||Crew. Pt ({AY}) says his flatmate threatened to kill him, said he'd "do him in his sleep" - face to face, no weapon. Nil DA, they just share a house. Police ref.
ed|VWO|KN|ED. Pt {F} ({A}). In a taxi queue a man said he had a blade in his pocket and would use it on her, patting his jacket. She believed him and ran. Nothing demanded. No injury. Anxiety attack.
ed|VWO||ED. Pt ({A}) shoved to the ground by a stranger in the street, no injury. Police later found a knife in the man's bag when they searched him; it was never got out or shown. Pt v shaken.
nav|VWO|DA|DA nav. Pt ({A}). Ex-husband (divorced {YR}) pushed her at her mother's funeral on {D}. No injury. He'd been drinking. Pt wants advice re non-mol order.
gp|VWO|DA|GP safeguarding. Pt {F} ({A}), Deaf. Partner pulls her hair and pinches her when she signs to her friends. No marks today. BSL interpreter used.
amb|VWO|DA|Crew. Pt {M} ({AO}) says his wife of 40 yrs has been saying "I'll put a pillow over your face one night" and throws things at him. He believes her. No injuries.
sg|VWO||Paeds. 17-month-old brought in by police after found alone in flat {T}; mum at the pub. Child well, NAD on exam. Neglect, s47.
gp|VWO|DA|GP. Pt ({AY}), lives with adoptive mum. Adoptive mum threw a glass of water in her face and slapped her, no injuries. Pt wants to leave home.
sg|VWO|MS|Safeguarding nurse. Pt ({A}) from Romania, admitted with pneumonia. Works for a man who collects "workers" from a car park each morning; he keeps her bank card and pays her {AMT} a week. She can't leave. MS.
amb|VWO||Crew. Taxi driver ({A}) threatened with a baseball bat by a passenger; no injury. Police ref {REF}.
gp|VWO||GP. Pt (teacher, {A}): parent of a pupil grabbed her arm in the playground and shouted in her face. No injury. Head teacher informed. Police ref.
amb|VWO|KN|Crew. Pt ({AO}) says a youth held a knife up to him on his doorstep and told him to get inside. Nothing taken. No injury.

# ---------------------------------------------------------------- stalking & harassment
nav|SH|DA,ON|Nav. Pt ({A}) split from {M} {S} on {D}. Since then 40-60 WhatsApp and Instagram messages a day; new accounts when she blocks; he messages her friends too. Can't sleep, weight loss. S-DASH done. Police ref {REF}.
gp|SH|DA|GP safeguarding. Pt {F} ({A}) attended with low mood. Husband decides what she wears, checks receipts and car mileage, won't let her see her sister, takes her wages. "He's never hit me so its not abuse is it?" Coercive control explained. Consent to IDVA.
nav|SH|DA|Nav. Pt ({A}). Partner takes her UC payment, gives her {AMT} "pocket money", hides the car keys so she can't get to work, and has put all the bills in her name. Economic abuse. No physical. DASH medium.
amb|SH|DA|Crew {CS}. Pt ({A}) had a panic attack at work. Ex-partner has turned up at her work daily for 2 weeks, follows her car home, rings and texts constantly (calls + SMS only). She has changed her routine. Police ref.
gp|SH|DA,ON|GP safeguarding lead. Pt ({A}) found a tracking app on her phone that her ex-partner had installed; he always seemed to know where she was. He has also been logging into her iCloud and reading her notes. Police ref {REF}. Stalking screen completed - high.
nav|SH|DA|Nav. Pt {F} ({A}). Ex-partner (a woman, together 4 yrs) leaving notes on her car, flowers on the doorstep, turning up at her gym. Pt scared. Stalking screening high. Police ref.
gp|SH|DA|GP safeguarding lead. Mr {S} ({AO}) lives with his daughter. Daughter controls his meds, his pension, who he sees and when he can use the phone; he's frightened to ask for anything. Has capacity. Coercive control by family member. Consent.
nav|SH|DA,HBA|Nav. Pt {F} ({AY}). Parents and uncle monitor all her movements; her brother drives her to and from college. They say she must not "dishonour the family". Phone checked every day. No physical violence. HBA risk.
amb|SH|DA|Safeguarding desk. Pt ({A}) says ex-partner, released from prison last month after a sentence for assaulting her in {YR}, has started sending letters and texts to her home. Panic attack. Police ref.
sg|SH|DA,ON|Maternity safeguarding MW, antenatal clinic {D}. Pt ({A}), 32/40, G2P1. BP 142/90, urine NAD. Tearful in clinic. Says her partner (FOB, they live together) has set up fake Facebook profiles in her name, posts stuff "as her" and messages her family from them saying she's an unfit mum. Police aware, ref {REF}. Consent to DA service, asked us not to post letters home.
nav|SH|DA|ED DA nav, {D}. Partner answered all triage Qs for pt ({A}) and refused to leave {BAY}. When separated, pt disclosed she's not allowed to go to appointments alone, he times her trips to the shop and takes her phone at night. Coercive control. Safe word agreed.
gp|SH|DA|GP. Mr {M} ({A}). Wife controls all the finances, calls him useless in front of the kids, threatens to take the children and tell police he hit her if he leaves. Low mood. Consent to male DA service.
nav|SH|DA,ON|Nav. Pt ({A}), seen in fracture clinic for unrelated ankle #. Ex-husband (divorced {YR}) sends abusive emails every day to her work address and her personal one - 100+ in the last month, some to her manager. She's printed them all. Police ref {REF}. DASH standard; stalking screen medium.
gp|SH|DA|GP. Pt ({A}). Her brother ({AM}) rings and texts up to 30 times a day demanding money and threatening to tell her employer "what she's really like". Calls and texts only. Harassment.
nav|SH|DA|Nav. Pt {F} ({AY}), attended with self-harm (superficial, no sutures). Ex-boyfriend - they went out from age 17, broke up last year, both 20 now - keeps following her around campus and waiting outside her uni halls; she's moved twice. Police ref. Uni wellbeing team aware. Consent for stalking advocacy.
sg|SH|DA|Ward SN, gynae ward, {D}. Pt ({A}). Partner visits from 8am until staff ask him to leave, has taken pt's phone "for safekeeping", answers every question put to her. When he went to move the car pt told HCA he doesn't let her see friends or have any money of her own, and he chose this hospital so he could be here. CCB. Security briefed; IDVA informed with pt's consent.
gp|SH|ON|GP. Pt ({A}), c/o poor sleep. A man she chatted to once at the gym now sends her unwanted messages on Instagram daily; she's blocked him several times and he keeps making new accounts. Never been in any relationship with him. Police advised her to report, ref {REF}.
nav|SH||DA nav - not DA. Pt {F} ({A}) being followed and phoned by a work colleague who claims they're "meant to be together". Pt denies any relationship, they've never been out. Police ref {REF}.
amb|SH|HC|Crew attended pt ({AO}) c/o chest pain. Pt disclosed racist notes have been put through her door for months by a neighbour and he shouts at her every time she goes out. Police aware. Frightened.
ed|SH|HC,ON|ED. Pt {M} ({AY}) getting homophobic messages on TikTok and Instagram from unknown accounts after he posted about his partner. Self harm today, superficial lacs L forearm. Referral with consent.
gp|SH|ON|School nurse / GP joint note. {F}, {AT}, being harassed on Snapchat by her ex-boyfriend (same age, same school) since they split - nasty messages, threats to spread rumours. Nothing sexual, no images. Both under 16 so not an adult DA case. School + parents aware.
gp|SH||GP safeguarding lead - staff referral. Practice nurse {F2} {S2} has been followed to her car on {N} occasions and sent letters at the surgery by a former patient, who was deregistered. Police ref {REF}. She has asked not to work late alone.
sg|SH|ON|Hosp safeguarding - staff. Staff nurse {F2} has been subjected to abusive posts on Facebook and X by a patient's relative since a complaint; he named her, posted her photo and the ward name. Trust comms aware. Police ref {REF}.
amb|SH||Amb safeguarding - staff. Paramedic {F2} getting repeated calls to her personal mobile from a frequent caller who got hold of her number; 20+ calls a day, voicemails. Phone only. Police ref.
gp|SH||GP. Pt {F} ({A}), anxiety. Her sister's ex-partner has been texting and ringing her for weeks, saying she turned her sister against him. Pt has never been in a relationship with him and he isn't family. Texts and calls only. Police ref {REF}.
gp|SH|HC,ON|GP. Pt {M} ({AY}), autistic, uses a wheelchair. Local teenagers film him and post videos on TikTok mocking his disability, and shout at him in the street. Police aware.
nav|SH||Nav - not DA (no known perp). Pt ({A}) followed home from the bus stop by the same unknown man 4 times this month; on {D} he stood outside her house for an hour. Police ref {REF}. Stalking. Pt now gets a taxi.
sg|SH|DA|Community MW note forwarded by maternity safeguarding. Pt ({AY}) 14/40 booking - partner came in and refused to wait outside. Seen alone at scan: she isn't allowed to attend any appts without him, he controls her money and has all her passwords, checks her messages. No physical violence she says. CCB. Routine enquiry +ve. Safe contact via MW only.
nav|SH|DA|DA nav, ED. Pt {F} ({A}) in with back pain. When asked routinely - she isn't allowed her own bank card, partner has her wages paid into his account and hands her cash for food. Belittles her, has cut her off from her friends. "He says I'm useless with money, maybe I am." DASH 9. Consent to outreach.
gp|SH|DA|GP safeguarding lead. Pt ({A}) has a non-molestation order against her ex-partner (granted {D2}). He has breached it x3 - turning up at the kids' school gates and outside her house, sitting in his car. Police ref {REF}. Pt on sertraline, poor sleep, requests stalking advocate.
gp|SH|ON|GP. Pt ({A}) has been receiving abusive emails and posts about her on a local community Facebook group from an anonymous account ever since she objected to a planning application in the village. Not a partner or family, she has no idea who. Police ref {REF}. Insomnia, HTN review due.
ed|SH||ED. Pt ({A}) attended with chest pain (trop neg, ECG NAD). Mentions weeks of silent calls at night from a withheld number, sometimes 10 a night; she thinks it's a former friend she fell out with. Phone calls only. Police ref. DC with GP f/u, victim support referral w consent.
nav|SH|DA,ON|DA nav. Pt {M} ({A}). His ex-wife (split {YR}) messages his new partner on Facebook calling her names, turns up outside his house after the kids' contact and sends abusive texts. He's embarrassed to be asking. Police ref {REF}. Male DA service referral.
gp|SH|DA|GP home visit. Pt ({AO}), frail, housebound. Adult son ({AM}) phones her constantly, turns up demanding money, stands over her until she hands it over. No physical violence. Pt frightened of him. Capacity present. Consent to older persons DA service and ASC.
nav|SH|DA,ON|DA nav / young persons IDVA. Pt ({AY}) says boyfriend (19) watches her on Snap Map all day, demands photos of where she is and who with, and messages her friends on Insta to check her story. Gets angry if she's offline. No physical violence. CCB explained, pt "didn't know that's a thing".
amb|SH|DA|Crew {CS} called {T} for ?panic attack, pt ({A}) hyperventilating, SpO2 99%. Said husband won't let her leave the house without him, has taken her door keys, and she's not allowed to talk to the neighbours - he was at work at the time. Crew gave DA info card discreetly. Safeguarding desk referring with consent.
gp|SH|ON|GP. Pt ({A}) borrowed money from a man at work (not a partner, no relationship); now receiving threatening WhatsApp messages from him daily saying he'll "ruin" her and sending pictures of her front door. Police ref {REF}. Anxious, PHQ-9 15.
nav|SH|DA|Nav. Pt {F} ({A}), married to {F2}. {F2} checks pt's phone every night, locks the front door and takes the key when she goes out so pt can't leave, controls all money and threatens to tell pt's family about her mental health history if she ever leaves. No physical. DASH medium.
ed|SH|DA|ED safeguarding nurse. Pt {F} ({A}) attended with headache. Husband works abroad; his father (her father-in-law) comes round every day, checks who she's spoken to, goes through her bag and reports back to the husband, and says she isn't to go out without him. She is frightened. DA nav referral with consent.
gp|SH|ON|GP. {F}, 17, attended with mum, low mood, not sleeping. Classmates set up an Instagram group chat to post abusive comments and memes about her appearance. Nothing sexual, no images of her. School aware. Police ref {REF}. CAMHS referral.
sg|SH||Safeguarding nurse, AMU. Pt ({A}) admitted with asthma exacerbation, says stress is a trigger: for 3 months a neighbour has left threatening notes on her car, shouts at her across the road and bangs on her door late at night. Not related, no relationship. Police ref {REF}.
nav|SH|DA|Nav. Pt ({A}). Partner goes through every line of the joint account, makes her show receipts for everything, took out a credit card in both their names which he uses and she has to pay off. Says he'll leave her "with nothing" if she complains. Economic abuse. DASH medium.
gp|SH|DA|GP (annual frailty review). Pt ({AO}). Her grandson ({AY}) moved in last year and has taken her pension card, decides who can visit and screens her phone calls. "I'm a prisoner in my own home, doctor." No physical harm she says. Capacity present. Consent to referral.
amb|SH|ON|Crew {CS}. Pt ({AY}) panic attack, settled with coaching. Being harassed on Discord and X by someone he used to game with online - threats, posting his address. Never met in person, not a partner. Police ref {REF}.
nav|SH|DA|DA nav. Pt {F} ({A}). Ex-partner from 15 years ago (she left him in a refuge) found her new address through a mutual friend; has been sending cards, leaving presents on the step and was outside her house on {D}. Pt terrified. Police ref {REF}. DASH high.

# ---------------------------------------------------------------- sexual offences
nav|SEX|DA|Nav. Pt ({A}) attended with recurrent UTI; on routine enquiry disclosed her husband has sex with her while she is asleep, has done for about a year, and she has told him she doesn't want it. "He says it's his right, we're married." SARC offered - declined for now, ISVA info given. DASH high. Safe contact: work mobile only.
gp|SEX|DA|GP safeguarding. Pt {F} {S} ({A}) became distressed during cervical screening and the nurse stopped. Later disclosed to me that her ex-partner raped her in {YR} and she has never told anyone. Flashbacks, avoids intimate exams. Wants to speak to an ISVA, not sure about police. Smear rebooked with female GP + chaperone.
nav|SEX|DA|Nav. Pt ({AY}) says her partner makes her have sex before he'll give her money for food and gas top-ups - "if I say no I get nothing, so what can I do". No injuries seen. DASH 11. She is thinking about leaving but has nowhere to go.
sg|SEX|DA,CSA|Sexual health clinic / safeguarding nurse. {F}, 17, attends for EHC. Boyfriend {M} is 22; they half live together at his flat. She says he pressures her into sex when she doesn't want to and has made her do things she has said no to. Says she loves him. CSE screening tool done - concerns. DA + CSC referrals.
nav|SEX|DA,KN|Nav. Pt ({A}) brought in by police from SARC for injuries: raped at knifepoint by her ex-partner who let himself in with an old key on {D}. Superficial cut to neck where blade held, bruising to thighs. Police ref {REF}. MARAC ref, DASH high, locks being changed via sanctuary scheme.
gp|SEX|DA|GP. Pt {M} ({A}) attended for STI screen; disclosed his partner (male, together 3 yrs) forced him to have sex after a party when he'd said no and tried to push him off. Ashamed - "men can't be raped can they". Male ISVA referral with consent. Not wanting police at present.
gp|SEX|CSA|GP safeguarding. Pt ({A}) disclosed during a review for depression that she was sexually abused by her stepfather from age {AC} until she was 14. Never reported, mum still with him. Wants support and maybe to report one day. Stepfather has no current access to children per pt.
nav|SEX|DA|Nav. Pt {F} ({A}). Her wife touches her sexually when she has said no, including when pt has been drunk or asleep; it has been going on since they married. "I didn't know it counted when it's a woman." DASH medium. Consents to LGBT+ DA service + ISVA.
amb|SEX|DA|Crew {CS} attended {AO}F for fall (no injury). While in the ambulance she told the female paramedic her husband still forces himself on her most nights - "I'm 80, I've told him no, he won't stop". Pt has capacity. Consent for referral, asked for letters to go to her daughter's address.
nav|SEX|DA,ON|Nav. Pt ({A}) found out her partner had secretly filmed them having sex and shared the video in a WhatsApp group with his friends. Pt devastated, self-harm thoughts, no plan. Police ref {REF}. MH liaison seen.
gp|SEX|DA,HBA|GP safeguarding lead. Pt ({AY}) married in {YR} against her will - she says she was told the family would disown her otherwise. Husband rapes her and tells her it is her duty as a wife; her parents say divorce would bring shame on them. Specialist HBA/forced marriage service referral with consent. Seen alone with professional interpreter.
sg|SEX|DA,CSA,HBA|Paeds / maternity safeguarding nurse. {F}, 16, booked for antenatal care. Married at 16 in a religious-only ceremony to a man in his 30s, arranged by her parents - she says she did not want to marry him and had no choice. He has sex with her. CSC, police, FMU informed.
ed|SEX||ED. Pt ({AY}) found by crew in the park {T}, hypothermic, says she was raped by a man she didn't know who followed her from the taxi rank. Obs: temp 34.9. SARC transfer once warmed, police with pt.
nav|SEX||Nav (asked to see as pt initially said "my driver"). Pt ({A}) sexually assaulted by the taxi driver on the way home from {PUB} - he reached over and touched her breasts and between her legs at the lights. Not known to her. Licence number taken, police ref {REF}. Not DA.
amb|SEX||Crew {CS}. Pt ({AY}) thinks her drink was spiked at a club on {D}; woke at an address she didn't know with a man she'd never met, pain, clothing disarranged, no memory. Conveyed to SARC with police. Tox samples taken early.
gp|SEX|CSA|GP safeguarding. {F}, 14, attending for contraception, disclosed she's sleeping with her "boyfriend" who is 19. Under 16 so not a DA case; child sexual abuse - police and CSC referral made, Fraser/Gillick considered. Mum not aware.
sg|SEX|CSA,ON|Paeds safeguarding nurse. {AT}yo girl admitted after OD (paracetamol). Had been groomed via Snapchat by an adult male for months, sent him indecent images of herself; he'd arranged to meet her. Police / CEOP informed {D}.
sg|SEX|CSA,MS|Paeds ED safeguarding. {F}, 15, missing from home x{N} this month, found in flats in other towns. Older males give her vodka and weed and "pass her around" - she's moved from town to town for sex. CSE + trafficking concerns. Strategy meeting, NRM, police.
gp|SEX|MS|GP safeguarding lead. Pt ({A}) brought to the UK with a promise of hotel work; instead kept in flats and forced to sell sex, all money taken, moved every few weeks. Escaped with help of a client. Trafficking for sexual exploitation - NRM referral, police MS unit.
gp|SEX||GP. Pt ({A}) - on the train home on {D} a man sitting opposite exposed his penis to her and stared. BTP ref {REF}. Pt now avoids trains, panic sx. Started sertraline.
nav|SEX||Nav - not DA (landlord). Pt ({A}) found a hidden camera behind the bathroom extractor in the flat she rents; landlord had installed it. Voyeurism. Police ref {REF}. Pt has moved to her mum's.
ed|SEX||ED. Pt ({A}) attends with neck pain and discloses that during a massage appointment on {D} the therapist touched her genitals without consent. Police ref. Stranger to pt.
ed|SEX|HC|ED. Pt {M} ({AY}) sexually assaulted in the toilets of a club by a man who shouted homophobic abuse at him during the assault. Police ref {REF}. PEPSE started.
sg|SEX||Care home liaison nurse. {AO} female resident with dementia sexually touched by another (male) resident in the lounge - witnessed by staff. Capacity assessments for both. Not DA - not related. Police + LA safeguarding.
gp|SEX|CSA|GP. Pt {M} (40s) disclosed abuse by his football coach in 1991 when he was 11. Historic CSA, never told. Drinking heavily. Consent to referral to survivors' service.
nav|SEX||Nav - not DA. Pt ({A}) raped by her friend's husband while staying over at their house on {D}. She has never been in a relationship with him. Police ref {REF}. ISVA.
ed|SEX||ED. Pt ({AY}) says a man filmed up her skirt on an escalator at the station; he was detained by BTP. Attends with panic attack. BTP ref.
gp|SEX|CSA|GP safeguarding. {AC}yo girl told her mum that her uncle touched her private parts at a family party. Child - not DA. S47, police, CSC.
nav|SEX|DA,CSA|Nav. {F}, 17, disclosed ongoing sexual abuse by her older brother (23) who lives with the family. Police + CSC. Brother told to leave home.
ed|SEX||ED. Pt ({A}) says a stranger on the bus pressed himself against her and groped her; she got off early. Police ref {REF}.
nav|SEX|DA|Nav. Pt ({A}). Partner took the condom off during sex without telling her, though she'd said she'd only have sex with one. Now pregnant. Police ref. DASH medium.
gp|SEX|CSA,ON|GP. {M}, 16, tells GP he was coerced on Snapchat by someone he thought was a girl his age into sending sexual images; the person is now demanding more and threatening to share them. Police/CEOP.
nav|SEX|ON|Nav. Pt ({A}) met a man on Hinge; he raped her at his flat on their first date. Since then he's been messaging her on the app saying "you wanted it". Not DA - first date, not a partner. ISVA referral.
ed|SEX||ED. Pt {F} ({AY}), learning disability, sexually assaulted by a man at her day centre (another service user). No hostility re disability expressed. Police ref.
gp|SEX|DA|GP. Pt ({A}) attended re insomnia. Disclosed her ex-husband raped her in {YR}, two years after they'd separated, when he came round to collect the kids for the weekend. Never reported; he still has contact with the children. Wants to talk to an ISVA before deciding about police. PHQ-9 19.
amb|SEX||Crew {CS}, {D}. Pt ({AY}), male, found sitting on a bench in {TOWN} park at {T}, says a group of men he'd never seen before held him down and sexually assaulted him. Abrasions to knees, obs stable. Police attended, conveyed to SARC. Pt asked crew not to tell his family.
nav|SEX|DA|Nav. Pt ({A}), attended with pelvic pain. Disclosed that her partner makes her have sex with his friends when they come round - she says no, he gets angry and says she owes him. Swabs taken with consent. DASH high, MARAC ref.
sg|SEX||Safeguarding nurse, respiratory ward. Pt ({A}), homeless hostel resident, disclosed that a security guard at the hostel grabs her breasts when she signs in at night and says nobody would believe her. Hostel manager + police informed with consent, ref {REF}.
nav|SEX||DA nav asked to see - not DA. Pt ({AY}) raped on {D} by a man she met at a house party; she'd seen him twice before through mutual friends, never dated. Police ref {REF}. Emergency contraception + PEP given. ISVA referral.
gp|SEX|CSA|GP safeguarding lead. {F}, {AT}, attended with her aunt: positive pregnancy test, approx 9/40. Says the father is {M}, who is 24 and "my boyfriend". Police, CSC, strategy meeting {D}. She is upset that we have to share this.
amb|SEX||Safeguarding desk - staff. While paramedic {F2} was kneeling treating a collapsed pt on {ST} on {D}, a man stood in front of her and exposed himself, laughing. Police ref {REF}. {F2} shaken, asking about support.
gp|SEX|CSA|GP (historic disclosure), {DR}. Pt {M} {S} (60s), attending for COPD review, disclosed that he was sexually abused by staff at the children's home he lived in during the 1970s. First time telling anyone. Aware of the national inquiry. Consent to survivors' service.
nav|SEX|DA|Nav. Pt {M} ({AY}). Says his girlfriend had sex with him when he was too drunk to consent - he was in and out of consciousness - and now laughs about it with her friends. Feels "pathetic". Male survivor service referral.
ed|SEX|HC|ED. Pt ({A}), trans man. Sexually assaulted on {D} by a stranger in an alleyway off {ST} who kept saying he'd "show her what she really is" and other transphobic things. Police ref {REF}. SARC declined, ISVA accepted.

# ---------------------------------------------------------------- robbery
ed|ROB|KN|ED triage {T}. Pt ({AY}) c/o lac to L hand - says 2 males stopped him on {ST}, one held a knife to his stomach and demanded his phone and bank card; he grabbed at the blade. Phone + card taken. 3cm lac, sutured. Police aware, ref {REF}.
amb|ROB||Crew {CS}. F ({AO}) on pavement outside the post office, {TOWN}. Someone wrenched her handbag off her shoulder from behind, she was pulled over and landed on L hip - shortened + rotated ?NOF. Bag with pension money (about {AMT}) gone. Police attending. Pt lives alone.
ed|ROB||ED. Pt ({AY}), food delivery rider, punched in the face by 3 youths who then rode off on his e-bike with the food bag. Bruised cheek, abrasions. Police ref {REF}. Pt worried about losing his job.
gp|ROB|DA|GP safeguarding lead. Mrs {S} ({AO}). Her son ({AM}) twisted her arm behind her back until she let go of her purse and took the {AMT} she'd just drawn out for bills. Bruising L wrist. This has happened before. Has capacity. Consent to referral; doesn't want him prosecuted "yet".
nav|ROB|DA|DA nav. Pt {F} ({A}). Ex-partner turned up on {D}, pushed her to the floor in the hallway and took her purse and bank card; he has kept the money and used the card. Grazed knees. Police ref {REF}. DASH medium.
ed|ROB|HC|ED. Pt ({A}), taxi driver, robbed of his takings by 2 passengers who called him racist names, punched him and took the cash bag. Lac above eye. Police are treating it as racially aggravated.
amb|ROB||Safeguarding desk - business victim. Shop assistant {F2} ({AY}) at {SHOP}, {ST}: man came behind the counter waving a hammer, demanded the till, took cash and cigarettes. No injury. Crew treated for acute anxiety. Police on scene.
ed|ROB|KN|ED. Pt ({A}) approached at cashpoint on {ST} {T}; man kept his hand in his pocket, said "I've got a blade, give me the card and PIN". Pt believed him and handed over card + {AMT} cash. No physical injury - attends with chest pain, ECG NAD.
ed|ROB||Paeds ED. {AT}yo boy punched by 2 older teens who took his trainers and phone on the walk home from school. Swollen lip. Mum furious. Police aware.
gp|ROB||GP. Pt ({A}) was dragged out of his car at traffic lights by 2 men who drove off in it - carjacking, {D}. Shoulder strain, whiplash type sx. Police ref {REF}. Not sleeping.
sg|ROB||Hosp safeguarding. Visitor ({AO}) knocked over in the hospital car park by a man who pulled his watch off his wrist. Skin tear, bruising. Security CCTV. Police ref.
ed|ROB|ON|ED. Pt ({AY}) arranged to sell his phone through Facebook Marketplace; at the meet-up the "buyer" punched him and ran off with the phone. Lac to lip. Police ref {REF}.
amb|ROB||Crew. Elderly man ({AO}) pushed against the wall at a cashpoint in {TOWN} and his cash grabbed out of his hand. Bruising to shoulder. Police aware. Lives alone, daughter visiting.
nav|ROB||DA nav asked to review - not DA. Pt {F} ({A}) robbed of her phone on {ST} by a stranger who pulled her hair and yanked it from her hand. Pt's partner attended with her and was supportive. No DA concerns on routine enquiry.

# ---------------------------------------------------------------- burglary
gp|BUR||GP. Pt ({A}) came home from holiday on {D} to find house broken into - back door forced, jewellery and laptop gone. PMH GAD - now not sleeping, checking locks. Police ref {REF}. Requests victim support.
amb|BUR||Crew {CS} called to {AO}F with chest pain {T}. She woke to find a man in her bedroom going through her drawers; he fled with her purse when she screamed. No contact, no injury. Police attended. ECG NAD, left at home with son.
gp|BUR||Safeguarding lead. Pt {M} ({A}) - house burgled overnight while family asleep; car keys and handbag taken from hall (car left). Nobody hurt. Kids anxious. Police ref {REF}.
gp|BUR|DA|GP. Pt ({A}). Ex-partner got into her house while she was out on {D} (window forced) and took her documents and the children's passports. No one home. Police ref {REF}. Pt frightened he's planning to take the kids.
sg|BUR||Older adults ward. Mr {S} ({AO}) admitted after fall; family report a man posing as "from the water board" got into his house last week and stole cash from the bedroom while a second man kept him talking in kitchen. Distraction burglary. Police ref.
gp|BUR||GP practice safeguarding lead (business/community). Pharmacy attached to {GP} broken into overnight {D}; controlled drugs cabinet forced. Staff distressed. Police ref {REF}. Referral for staff.
amb|BUR||Crew. Pt ({AO}) - his garage was broken into overnight, tools and his late wife's bike taken. Found door smashed in the morning, felt dizzy, called 999. Obs normal. Police aware.
ed|BUR||ED. Pt ({AY}), student, presenting with panic attack. Shared student house burgled last night while they slept, laptops taken from the lounge. Housemates not involved.
gp|BUR|HC|GP. Pt ({A}), Sikh family. House broken into while at gurdwara, items stolen, and racist graffiti sprayed on the lounge wall. Police treating as hate crime.
gp|BUR|DA|GP safeguarding. Pt ({AO}). Her adult son (who doesn't live with her) broke in through the back window while she was at bingo and took her TV and savings tin. Not the first time. Capacity present.
gp|BUR||Practice manager. Surgery broken into over the weekend; computers stolen, notes scattered. Receptionist who found it very upset. Police ref {REF}.
ed|BUR||ED. Pt ({A}) disturbed an attempted break-in - heard glass at back door, shouted, man ran. Door frame damaged. No entry achieved? police say attempted burglary. Pt with palpitations.
gp|BUR||GP. Pt ({A}) thinks the burglars knew they were away because she'd posted holiday photos; house entered {D}, TV, jewellery taken. Police ref. Pt anxious, guilt.
amb|BUR||Crew. Pt ({AO}) called 999 after finding front door open and handbag gone from kitchen; no one seen. A knife was found dropped in her hallway by police - no one was threatened with it. Pt distressed.

# ---------------------------------------------------------------- vehicle offences
gp|VEH||GP. Pt ({A}) car stolen from driveway overnight {D} - keyless entry, on CCTV. Now can't get to work or hospital appts. Police ref {REF}. Anxiety.
amb|VEH||Safeguarding desk - staff. Kit bag and paramedic's personal phone stolen from the rapid response vehicle while crew were in a property on {ST} - central locking had failed, no damage to the car. Crew member upset. Police ref {REF}.
ed|VEH||ED staff referral. Nurse {F2}'s car had its catalytic converter stolen in staff car park during night shift. Police ref. Second time this year.
gp|VEH||GP. Pt ({AO}), wheelchair user; blue badge and sat nav stolen from his car parked outside his house. Police ref. Can't park near the surgery now.
nav|VEH|DA|DA nav. Pt ({A}). Ex-partner took her car without permission (he kept a spare key) and crashed it; he did it so she couldn't get to work. Police ref {REF}. Pt says he's done things like this before to control her.
gp|VEH||GP. Pt ({A}) saw a man trying car door handles along her street at {T} and tampering with her car; police attended. Pt now won't go out at night.
gp|VEH||GP. Pt {M} ({A}), self-employed plumber, van broken into overnight, tools taken, {AMT} excess. Can't work. Low mood.
amb|VEH||Crew. Pt ({AO}) distressed after his car was taken from outside his house by joyriders overnight; police found it abandoned two streets away the next day. Police ref {REF}. Palpitations, BP 168/94, no chest pain.

# ---------------------------------------------------------------- theft from the person
ed|TFP||ED minors. Pt ({A}) attended with migraine; mentions her phone was lifted straight out of her hand on the number {N} bus by a lad who jumped off at the next stop. Nobody touched her otherwise, no injury. Police ref {REF}. Asking if anyone can help her with the crime number for insurance.
amb|TFP||Crew {CS}. Pt ({AO}), known dementia (Alzheimer's, on donepezil), found confused on {ST} - purse had been picked from her coat pocket at the Saturday market, she didn't feel a thing. No injuries, obs within normal limits. Daughter {F2} informed. Police ref.
gp|TFP||GP. Pt ({A}) says a cyclist rode past on {ST} and whipped her phone out of her hand. She wasn't pulled or knocked, no injury. Now anxious walking alone, palpitations. Police ref {REF}.
sg|TFP||Hosp safeguarding. Pt ({A}) sitting in ED waiting room {T} had her wallet taken from the inside pocket of the jacket she was wearing - noticed when she went to pay for parking. Security reviewing CCTV. Police ref {REF}.
gp|TFP||GP. Pt ({AO}) - gold necklace unclasped from her neck while she was in the crowd at the carnival, she didn't feel it go. It was her late husband's gift. Tearful today. Police ref.
ed|TFP||ED. Pt ({AY}) had his wireless earphones plucked from his ears at the station by someone who ran off - no other contact, no injury. Attends for unrelated wrist sprain (football). Police ref {REF}.
gp|TFP||GP. Pt ({AO}) - a man "helped" her at the cashpoint on {D}, watched her PIN, then took the card out of her hand and ran. Later {AMT} withdrawn. No injury, no force. Police ref.
amb|TFP||Crew. Pt ({A}) - phone lifted from her back pocket on a packed commuter train, noticed at {TOWN} station. Pt hyperventilating, missed her chemo appt. Obs normal. Police ref.

# ---------------------------------------------------------------- bicycle theft
gp|BIC||GP. Pt ({A}) came out of her appointment on {D} to find her bike gone from the railings outside the surgery, lock cut. She cycles because she can't afford the bus. Police ref {REF}.
ed|BIC||ED staff referral. Staff nurse {F2} {S2}'s pedal bike stolen from the hospital bike shelter during her night shift {D}; second time this year. Police ref. She's asking about support - feels unsafe on site.
amb|BIC||Safeguarding desk - staff. Paramedic's pushbike taken from the rack outside the ambulance station on {D} while he was on shift. Police ref {REF}.
gp|BIC||GP. {AC}yo boy's bike taken from the front garden (not locked, not in a shed) on {D}. Mum says he is devastated, it was his birthday present. Police ref.
gp|BIC||GP. Pt ({A}) bike taken from the rack at the train station; lock cut. Police ref {REF}. Can't get to work now, low mood.
sg|BIC||Hosp safeguarding. Porter {M} {S}'s bike stolen from outside the main entrance between {T} and end of shift. Police ref. No other issues.

# ---------------------------------------------------------------- shoplifting
gp|SHOP||GP. Pt ({A}), pharmacy assistant at a chemist in {TOWN}. Same group keep coming in and taking meal deals and cosmetics, walk out without paying; no threats to her. Stressed, not sleeping. Manager reported, police ref {REF}.
ed|SHOP||ED staff wellbeing referral. The hospital's {SHOP} concession has had daily thefts of stock from the shelves; the volunteer on the till, {F2}, is upset and tearful. Nobody threatened. Police ref.
sg|SHOP||Hosp safeguarding. Volunteer at hospital shop saw a man pocket razor blades and walk out on {D}; no confrontation, he didn't say anything to her. She was shaken. Police ref {REF}.
gp|SHOP||GP. Pt {M} ({A}) runs a small corner shop on {ST}; teenagers steal sweets and energy drinks from the shelves most days and run. No threats. Anxiety, BP raised. Police ref.
gp|SHOP||GP. Pt ({A}) works at {SHOP}; watches the same man fill a bag with meat every week and walk out. Manager says don't intervene. Low mood, "feel useless". Police ref {REF}.
amb|SHOP||Crew. Pt ({A}), shop manager at {SHOP}, c/o chest tightness after shoplifters wheeled a full trolley out of the store. No threats or contact. ECG NAD. Police ref.

# ---------------------------------------------------------------- other theft
gp|OTH|DA|GP. Pt ({AO}). Her adult son ({AM}) has been taking money out of her purse for months, about {AMT} a week; she's stopped being able to pay the gas. Scared to confront him. Capacity present. Consent to older persons DA service.
sg|OTH||Adult safeguarding. Agency carer suspected of stealing rings and a watch from Mrs {S} ({AO}) over several visits. Not DA - paid carer. S42 opened, police ref {REF}.
amb|OTH||Crew {CS}. Pt ({AO}), housebound, called 999 with chest pain. Says parcels keep disappearing from her doorstep - third one this month was her prescription delivery. Police ref.
gp|OTH|ON|GP. Pt {M} ({AY}) being blackmailed on Instagram by someone threatening to share intimate pictures of him with his followers unless he pays {AMT}. He has paid once. Police ref {REF}. Low mood, no active SI.
gp|OTH||GP. Pt ({A}), taxi driver - passengers made off without paying again this week ({AMT} fare), third time. Anxious on night shifts. Police ref.
gp|OTH||GP. Pt ({AY}), petrol station cashier; a driver filled up and drove off without paying on {D}. She is being blamed by her manager. Police ref.
nav|OTH|DA|DA nav. Pt ({A}). Partner took her jewellery, including her grandmother's rings, and pawned it; she found the tickets. Police ref {REF}. DASH medium.
gp|OTH||GP. Pt ({A}) - handbag taken from the back of her chair in a cafe while she was at the counter. Police ref. Lost her inhaler and repeat slip.
nav|OTH|DA,ON|DA nav. Pt ({A}). Ex-partner is blackmailing her over WhatsApp - demanding {AMT} or he'll tell her employer about her past convictions. Police ref {REF}.
sg|OTH||Ward SN. Pt's phone stolen from bedside locker on ward {D} while pt in theatre. Police ref. Pt upset - photos of late wife.
gp|OTH||GP. Pt ({AO}) - neighbour who does her shopping has been keeping the change and took {AMT} from the tin in her kitchen. Not DA - just a neighbour. Police ref.
gp|OTH|DA|GP safeguarding. Pt ({AO}) has chronic pain on oxycodone. Her grandson ({AY}), who stays with her, has been taking tablets from her supply and she thinks he sells them - she runs out early every month. Capacity present. Consent.

# ---------------------------------------------------------------- criminal damage & arson
gp|CDA|DA|GP. Pt ({A}). Ex-partner (split {YR}) came round at {T} on {D} and smashed all her front windows with a brick while she and the kids hid upstairs. Nobody hurt. Police ref {REF}. Pt not sleeping.
amb|CDA||Crew {CS}. Someone set fire to the wheelie bin outside pt's house overnight and it spread to the front door. Family were out. Pt ({A}) returned to find fire service there. No injuries, obs normal, no smoke inhalation. Police + fire investigating.
ed|CDA||ED. Pt ({A}) attends with chest pain - neighbour poured paint stripper over his car bonnet. ECG NAD. Police ref {REF}. Anxiety.
gp|CDA|HC|GP. Pt ({A}), Black British, woke to find racist graffiti sprayed across her front door and wall. Police ref {REF}. Kids frightened.
nav|CDA|DA|DA nav. Partner smashed pt's phone and TV during an argument on {D} so she couldn't call anyone. He didn't touch her. Police ref. DASH medium.
gp|CDA||GP. Pt ({AO}) - youths threw stones at her greenhouse and smashed most of the panes. Police ref. Upset, it was her husband's.
gp|CDA|DA|GP. Pt ({AO}). Adult son punched holes in the doors and broke furniture when she wouldn't lend him money. No assault. Capacity present.
sg|CDA|HC|Hosp chaplaincy referral. Pt (imam, {A}) admitted with chest pain after mosque windows were smashed and anti-Muslim slogans painted on the wall. Police ref.
amb|CDA||Safeguarding desk. Ambulance windscreen smashed with a brick while crew were inside a property on {ST}. Crew not hurt. Police ref {REF}.
amb|CDA||Crew {CS}. Fire set at pt's letterbox at {T} with family inside; smoke alarm went off, no injuries. Police + fire.
nav|CDA|DA|DA nav. Ex-partner set fire to pt's car on her driveway on {D}. Caught on doorbell camera. Police ref {REF}.
gp|CDA||GP. Pt ({AO}) - neighbour cut down and damaged the fence between their gardens. Police ref.

# ---------------------------------------------------------------- drug offences
gp|DRUG||GP. Pt ({AO}) worried her adult son is dealing cannabis from her home - strangers at door, scales in his room. She says there is no abuse towards her, he's "good as gold" with her, she just wants it to stop. Asking for advice.
amb|DRUG||Crew {CS}. Pt ({A}), COPD, called 999 SOB. Mentions the flat opposite is dealing - people in and out all night, used needles in stairwell. Crew informed police.
sg|DRUG||Ward SN. Visitor seen passing a package to a pt on ward {D}; security found it contained what looked like heroin. Police attended.
gp|DRUG||GP. Pt ({AY}) lives in a hostel; says a man living there sells spice to other residents and keeps offering it to her. Police ref.
ed|DRUG||ED. Pt ({AY}), student, brought in after ketamine use; says ketamine being sold openly in halls by another student. Police ref.
gp|DRUG||GP. Pt ({A}) - neighbour running a cannabis grow, smell everywhere, wiring bypassed. Pt frightened. Police ref.
amb|DRUG||Crew. Pt ({AO}) - people dealing crack outside her block of flats every night. She is scared to go out.
gp|DRUG||GP safeguarding. Pt ({A}) says her lodger (not a partner or relative) is selling cocaine from the spare room; she wants him out but is afraid of the people who visit. No threats made to her directly. Police ref {REF}.

# ---------------------------------------------------------------- possession of weapons
ed|WEAP||ED security incident. Visitor found carrying a lock knife at ED entrance during bag check on {D}; it was never pulled out, no threats made. Confiscated, police attended. Security officer {M2} shaken, referred for support.
gp|WEAP||GP safeguarding. Pt ({A}) discovered her 15yo son has been carrying a kitchen knife to school "for protection". She is frightened for him. No threats to anyone reported. School and police aware.
amb|WEAP||Crew {CS}. Neighbour of pt hanging around communal stairs; police later found a machete in his rucksack. Nobody was threatened. Crew shaken.
gp|WEAP||GP. Pt ({A}) worried her partner keeps a knuckleduster in his car. Says he has never been abusive to her, no DA. Asking for advice.
gp|WEAP||GP practice manager. A knife was found in a bag left in the waiting room on {D}; owner identified and arrested. Staff shaken.
ed|WEAP||ED. Pt ({AY}) saw a teenager on the bus with a large blade tucked in his waistband; it wasn't pointed at anyone and nobody was threatened. Pt reported to police.
sg|WEAP||Hosp security. Man with CS spray detained in the multi-storey car park by security on {D}. Police attended. Staff member who found it shaken.

# ---------------------------------------------------------------- public order
ed|PO|HC|ED nurse in charge. Pt in {BAY} shouted racist abuse at staff nurse {F2} {S2} for about 10 mins when asked to wait for his bloods - no threats of violence, no contact, he was discharged with police present. Police ref {REF}. {F2} tearful, referred for support with her consent.
amb|PO||Crew {CS}, {D} {T}. While treating a pt on {ST}, a drunk man stood in the road shouting and swearing at the crew, calling them useless and telling bystanders to film them. No contact, no threats to hurt. Police attended. EMT {F2} asking for support, 3rd incident this month.
gp|PO|HC|GP. Pt {M} ({AY}) - while waiting at a bus stop on {D} a man shouted homophobic abuse at him and his friend for several minutes, no contact. Pt now avoids the route. Police ref {REF}. Low mood, on waiting list for talking therapies.
gp|PO||GP. Pt ({A}) got caught up near a large group fighting with bottles outside {PUB} on {D} - police called it violent disorder; she wasn't hurt or targeted, hid in a shop doorway. Frightened to go out at night since. Police ref.
gp|PO|HC|GP. Pt {F} ({A}) - a man followed her down {ST} shouting anti-Muslim abuse about her niqab; he didn't touch her. Police ref {REF}. Not leaving the house.
gp|PO||Practice manager, {GP}. Man shouting and swearing at receptionist {F2} over a prescription, banging the counter, made the waiting room clear; no contact and no threats to hurt. Police called. Staff referral.
ed|PO|HC|ED. Pt ({A}), wheelchair user with spina bifida - a group outside the station shouted abuse about his disability and mimicked him; no contact. Police ref {REF}. Pt attended with AD.
amb|PO||Crew. Pt ({AY}) witnessed a mass brawl outside a nightclub in {TOWN} {T}; not involved, not injured, but had a panic attack. Police ref. Crew left at scene with friends.
gp|PO||GP. Pt ({A}) - a man shouted sexual and misogynistic abuse at her across the street on her way to work, no contact. She's shaken. Police ref. No other concerns.
ed|PO|HC|ED. Pt ({A}), trans woman - group outside takeaway shouted transphobic abuse at her and her friend, no contact. Police ref {REF}.
sg|PO||Hosp safeguarding. Group of visitors shouting threats and abuse at each other in the maternity corridor on {D}, security called police; midwife {F2} frightened. No one hurt. Police ref.

# ---------------------------------------------------------------- misc crimes against society
gp|MISC||GP safeguarding. Pt ({A}) is a prosecution witness in an assault trial (she saw it happen in the street, she wasn't involved). Since the defendant was charged, his friends have been telling her she'd "better not turn up to court". Police say witness intimidation. Pt anxious, not sleeping.
gp|MISC||GP. Pt ({A}) nearly hit by a car racing another car down {ST} on {D}; it mounted the pavement and missed her by a foot. No injury. Police ref {REF}, dangerous driving. Palpitations since, startle response.
gp|MISC||GP. Pt ({A}) - a neighbour made a false report to police that she had assaulted him, and later admitted he made it up to get her evicted. Police have charged him with perverting the course of justice. No violence either way. Pt anxious, wants support for court.
gp|MISC|CSA,ON|GP safeguarding lead. Pt ({A}) found indecent images of children that her partner had downloaded from the internet onto his laptop. He has been arrested. He has never been abusive towards her - no DA - and they have no children. She is in shock and wants support.
gp|MISC||Pharmacy liaison. Pharmacist at {TOWN} pharmacy was handed a forged prescription for diazepam; police attended. Pharmacist shaken. Referral for support.
gp|MISC||GP. Pt ({A}) - neighbour told her he'd "torch her car" if she parked outside his house again. Nothing damaged yet. Police ref. Anxiety.
gp|MISC||GP. Pt ({AO}) is a witness in a burglary case at her neighbour's; the defendant's family have been telling her to withdraw her statement. Police ref.
gp|MISC||GP. Pt ({A}) has discovered her husband was already married in another country when he married her. No abuse, no DA. She is in shock.
amb|MISC||Safeguarding desk. Crew nearly hit at {T} by a car driven at speed through a red light while they were crossing to a patient; no injury. Police ref {REF}.


# ---------------------------------------------------------------- fraud & computer misuse
gp|FRAUD|ON|GP. Pt ({AO}), widowed last year, met "an army doctor serving overseas" on a dating site; over 5 months she has sent him {BIG} for "leave fees" and "customs". He has now stopped replying. Pt ashamed, hasn't told her children. Action Fraud ref {REF}. Low mood, no SI.
sg|FRAUD||Hosp safeguarding (older adults). Mrs {S} ({AO}) had a phone call from a man saying he was a detective and that her bank staff were corrupt; told her to draw out {BIG} and hand it to a courier who would come to her door. She did. Landline calls only, no internet. Police ref {REF}.
gp|FRAUD|DA|GP safeguarding. Pt ({A}). Since leaving, she has found her ex-partner took out two loans and a phone contract in her name while they lived together, forging her signature; debt collectors chasing her for {BIG}. Economic abuse - she says he also controlled all money in the relationship. Action Fraud + police ref.
gp|FRAUD|ON|GP. Pt ({A}), new mum, paid {AMT} by bank transfer for a pram advertised on Facebook Marketplace; it never came and the seller blocked her. Tearful - "it was all we had". Action Fraud ref.
gp|FRAUD|ON|GP. Pt ({AO}) clicked a link in an email that looked like it was from her bank, entered her details, and {BIG} was taken from her savings the same day. Bank investigating. Action Fraud ref {REF}. Not sleeping.
gp|FRAUD||GP. Pt ({AO}). A man rang claiming to be from the bank's fraud team and talked her into moving her savings to a "safe account" - {BIG} gone. Phone only, she doesn't use the internet. Action Fraud ref. Daughter with her.
nav|FRAUD|DA,ON|DA nav. Pt ({A}). Partner knew her online banking login and moved {BIG} out of her account into his over several weeks; she only noticed when rent bounced. He says it's "our money". DASH medium. Police ref {REF}.
gp|FRAUD|ON|GP. Pt ({A}) was added to a WhatsApp "crypto investment group", sent {BIG} over 2 months and cannot withdraw anything. Action Fraud ref. Low mood, drinking more.
gp|FRAUD||GP. Pt ({AO}), lives alone. Doorstep trader told her the roof was about to fall in and charged {BIG} for work that was never done. Trading standards + police ref {REF}.
gp|FRAUD|ON|GP. Pt ({A})'s Instagram account was hacked on {D}; the hacker messaged all her followers asking for money "for an emergency" and several friends paid. Action Fraud ref. Pt mortified.
gp|FRAUD|DA|GP safeguarding lead. Pt ({AO}), early dementia. Her daughter, who holds lasting power of attorney, has been using pt's money for her own mortgage - about {BIG} gone. Capacity assessed - lacks capacity re finances. Police + OPG + ASC.
sg|FRAUD||Adult safeguarding. Agency care worker persuaded Mr {S} ({AO}) to "lend" her {BIG}, telling him her child was seriously ill abroad - the story was untrue. Not DA - paid carer. Police ref {REF}, agency informed.
gp|FRAUD||GP. Pt ({AO}) received letters saying a pension fund was holding money for her and paid a {AMT} "release fee" by cheque. Nothing came. Action Fraud ref. Son now managing post.
gp|FRAUD|ON|GP. Pt ({AY}), student, answered a job advert on a website, paid {AMT} for "training and DBS" then the company vanished. Action Fraud ref. Anxious about rent.
gp|FRAUD||GP. Pt ({A}) discovered someone had used her stolen identity documents (lost in a house move, not stolen from her person) to open credit accounts in her name by post and over the phone. Credit reference flagged. Action Fraud ref {REF}.

# ---------------------------------------------------------------- anti-social behaviour
gp|ASB||GP. Pt ({A}), PTSD (ex-forces). Neighbours playing loud music until 3am most nights for months. Says they've never threatened him and there's been no damage, he's just not sleeping and his PTSD is worse. Council noise team involved. Referral for support.
amb|ASB||Crew {CS}. Called to {AO}F c/o palpitations. Youths congregate in her stairwell most evenings, noisy, smoking, leave litter. No threats to her, no damage. Obs normal. Pt anxious, lives alone. Desk passing details on with consent.
sg|ASB||Hosp SN (discharge planning). Pt ({A}) reluctant to go home - next door's dog barks all day and she hears them arguing through the wall at night. Nothing directed at her, no threats. Housing officer aware.
gp|ASB||GP. Pt ({A}) - off-road motorbikes ridden on the field behind her house every evening, noise and fumes. No damage to her property, nothing directed at her. Migraines worse. Council + police aware.
gp|ASB||GP. Pt ({AO}), COPD. Neighbour burns garden rubbish most weekends, smoke comes into her house. Exacerbations. Council environmental health involved. No threats.
gp|ASB||GP. Pt ({AO}) - local kids knock on her door and run away several nights a week. No damage, nothing said to her. She's frightened to answer the door.
gp|ASB||GP. Pt ({A}) feels unsafe - groups drinking in the park next to her house, shouting among themselves late at night. Nothing directed at her, no damage. Asking for support, anxious.
gp|ASB||GP. Pt ({A}), wheelchair user - neighbours have parties and park across her dropped kerb. No threats, no hostility about her disability - "they're just inconsiderate". Council involved.
gp|ASB||GP. Pt ({A}), nights nurse - upstairs flat drilling and banging late evenings and early mornings. No threats. Council noise complaint open.
amb|ASB||Crew {CS}. Pt ({AO}) with anxiety attack; says teenagers were kicking a football against her wall and shouting all afternoon. Nothing broken, nothing said to her. Police informed as ASB.

# ---------------------------------------------------------------- other crime
gp|OC||GP. Pt ({A}) says she was the victim of a crime last month; she reported it to police (ref {REF}) but does not want to say what happened, "I just need someone to talk to". No details recorded at her request. Consent to referral.
gp|OC||GP. Pt ({AO}) very upset - neighbour kicked her cat and it had to be put down. RSPCA and police say it's an animal welfare offence. Pt lives alone, cat was her companion. Grief reaction.
gp|OC||GP. Pt ({A}) says her landlord changed the locks while she was at work and put her belongings in the street; council tenancy relations officer says it's an illegal eviction and they will prosecute. Sofa surfing.
gp|OC||GP. Pt ({A}) - someone keeps dumping builders' rubbish on her smallholding; council investigating as fly-tipping. Stressed.
gp|OC||GP. Pt ({A}) says people from her church did "something criminal" to her last year; wouldn't elaborate. Police ref tbc. Pt would like support.
sg|OC||Hosp safeguarding. Pt ({A}) asked staff for victim support: says she has been the victim of a crime and has a crime number (ref {REF}), but prefers to discuss details only with the support worker. No further info.
amb|OC||Crew {CS}. Pt ({AO}) distressed after a man who rents the field next door was seen beating his horse; RSPCA attending. Pt wants to talk to someone, has been having nightmares.

# ---------------------------------------------------------------- extra hard cases (mixed)
amb|VWI|DA|Amb safeguarding desk, long handover from crew {CS}. Called {T} to {AO}F, PMH AF (warfarin), T2DM, OA knees, lives with husband who is her registered carer. Found sitting on kitchen floor, large haematoma R forearm, skin tear 6cm, bruising L cheek. Husband said she fell getting off the commode. Pt later, when he went for her bag, said "he's got no patience, he shoved me into the table". INR not known. Conveyed. Pt has capacity; consents to referral to DA service and ASC carers' assessment.
nav|VWI|DA|DA nav. Pt {M} ({A}), in a civil partnership with {M2} for {N} yrs. Attended with a spiral # of L little finger - says {M2} bent it back during an argument about money. Second injury this year. DASH medium. Consent to LGBT+ DA service.
ed|VWI|DA|Paeds ED / 16-17 pathway. {F}, 16, presented with a swollen, tender wrist (xray: buckle #) and bruising to forearm. Says her boyfriend, who is 17, twisted her arm when she tried to leave his house. Together 8 months. DA nav + young people's IDVA. Parents aware.
ed|VWI||Paeds ED. {F}, 15, bruising to face and arm - says her boyfriend (17) pushed her into a wall at a party. No sexual activity disclosed. As she is under 16 this is being handled through child safeguarding, not the adult DA route. Police ref {REF}, CSC.
nav|VWI|DA|Nav. Pt {F} ({A}). Half-brother (same dad) lives with her temporarily after his release from prison; on {D} he punched her in the stomach when she asked him to leave. Tender epigastrium, US NAD. DASH medium. Police informed.
gp|VWI|DA|GP. Mrs {S} ({AO}) attended with black eye and split lip; says her granddaughter ({AY}), who moved in to "help out", hit her with the TV remote when she refused to sign over her bank card. Has capacity. Consent to older persons DA service.
sg|VWI||Ward SN. Pt ({AO}) in bay {BAY} was hit in the face by the pt in the next bed (not related, confused post-op) - small lac to cheekbone, steristripped. Datix + adult safeguarding. Not DA.
nav|VWI|DA|Nav. Pt {F} ({A}). Describes {M} as "the man I've been seeing for 2 yrs - we don't live together, he has his own place". He kicked her in the shin and pushed her down the stairs at his flat {D}; haematoma R shin, sprained ankle. DASH medium.
amb|VWI|DA|Crew {CS}. Called to {ST}: father ({AO}) with lac to forehead and bruised chest after being punched by his adult son who has paranoid schizophrenia and has stopped his depot. Son still at address, police & MH team attended. Pt says "he's not himself". Capacity present, consents.
gp|VWI||GP. Pt ({AY}) rents a room in a house; the homeowner (not related, no relationship) punched him in an argument about the kitchen - bruised ribs. Not DA. Police ref {REF}. Looking for somewhere else to live.
nav|VWI||DA nav - pt asked whether "this counts as DV". It doesn't - pt ({A}) was punched by a stranger at the bus station on {D}, lac to lip, loose tooth. Nil DA, lives alone, no partner. Police ref {REF}. General victim support referral.
gp|VWI|DA|GP safeguarding. Pt {F} ({A}). O/E: healing fractures L 5th-7th ribs posteriorly on CXR done for cough, plus old bruising to back in various stages of healing. On direct questioning she cried and said her partner kicks her when she's on the floor. DASH 15, MARAC ref. Police not yet informed - pt considering.
sg|SH|DA,ON|Maternity safeguarding. Pt ({A}) being sent abusive Facebook messages and voice notes every day by her husband's sister, who blames her for the marriage problems and has posted lies about her on a family group. Pt 20/40, anxious, BP raised. Police ref {REF}.
gp|SH||GP. Pt ({A}) - her daughter's ex-boyfriend has been texting and phoning her for weeks, blaming her for the breakup and saying he's watching the house. Pt has never been in a relationship with him and he is not family. Police ref {REF}. Calls + texts only.
sg|SEX||Safeguarding nurse. Pt ({AY}) disclosed that her flatmate came into her room while she was asleep and sexually touched her. They share a flat through a letting agency - not a relationship, never have been. Police ref {REF}.
nav|SEX|DA|Nav. Pt ({A}). {M}, "the guy I've been seeing for a few months", raped her after she said no because she was on her period. They are in a relationship but don't live together. Police not yet. DASH medium. ISVA + IDVA referral.
amb|VWO||Crew. Pt {M} ({AY}) says his mum's ex-boyfriend came to the house and threatened to kill him, face to face, no weapon. Pt has no relationship with him and he isn't family. Police ref {REF}. Not DA for pt.
nav|VWI|DA|Nav. Pt {F} ({A}). Ex-girlfriend (together 3 yrs, split 6 yrs ago) turned up at her new flat {D} and hit her across the face with her bag - buckle caused 2cm lac to cheek. Pt "didn't think she'd still be doing this". Police ref.
nav|CDA|DA|Nav. Pt {M} ({A}). His ex-boyfriend smashed the windscreen and headlights of pt's car outside his work on {D}; they split {N} months ago. Caught on CCTV. No contact otherwise. DASH standard. Police ref {REF}.
gp|VWO|MS,KN|GP safeguarding. Pt ({A}) works on a building site for a man who keeps his ID and pays him in food and a mattress; when he asked to leave, the man held a Stanley knife to his face and said he'd cut him. No injury. MS referral with consent, police MS team.
ed|SEX|HC|ED. Pt {F} ({AY}), has a learning disability. Sexually assaulted on {D} by a man who called her disablist names and said "no one will believe someone like you". Police ref {REF}. Support worker present.
amb|VWI|DA|Crew. {AO}M with bruising to both forearms and a skin tear. His son-in-law (married to his daughter, all live together) grabbed him and threw him back into his chair. Pt has capacity. Police informed. Referral with consent.
gp|VWI||GP. Pt ({AO}). Her daughter's boyfriend (not married to daughter, lives elsewhere, no relationship with pt) pushed her over in her own kitchen during a row, bruised hip. Not DA for this pt. Police ref {REF}.
ed|VWI|DA|ED. Pt {F} ({A}), attended with mum. Husband threw a chair at her on {D} - 4cm lac to shin, sutured. He also keeps her bank cards and gives her an allowance. Mum says "she won't leave him". DA nav to review.
gp|SH|DA|GP. Pt {M} ({A}). His ex-wife (divorced {YR}) keeps turning up outside his house and his work, rings him repeatedly, and has told the kids he's dangerous. Calls only, no online. Police ref {REF}. Low mood.
nav|VWO|DA|Nav. Pt ({A}). Sister-in-law (husband's sister), who lives with them, slapped her and pulled her hair in front of the children; no injuries. Husband does nothing. DASH medium.
gp|VWO||GP safeguarding. {AC}yo boy regularly left in the car outside the betting shop for hours in the evening while dad is inside; school concerns. No injuries. Child neglect, s47.
ed|VWI|KN|ED. Pt ({AY}) stabbed in the back with a screwdriver by someone he was arguing with in a queue at a takeaway; not known to him. Puncture wound, CT NAD. Police ref.
amb|ROB|KN|Crew {CS}. Pt ({AY}) robbed of his phone and watch in an underpass by 3 males, one held a knife to his neck - superficial nick to neck. Police on scene. Pt wants victim support.

# ---------------------------------------------------------------- more non-DA and hard negatives
ed|VWI||ED triage {T}. Pt {F} ({A}), # R radius after being pushed off a wall by her ex-partner's new girlfriend outside {PUB}. The ex was not there and pt has had no contact with him for {N} years. Pt and the woman have never been in any relationship and aren't related - DA screen neg. Police ref {REF}.
sg|VWI||Paeds safeguarding. {AT}yo boy, # nasal bones and black eye, says his stepbrother (15) punched him during a fight over the Xbox. Both under 16 - handled via children's safeguarding, not adult DA. Parents engaged. Police not involved at family's request, SW informed.
ed|VWI||ED. Pt {M} ({A}) punched by his best friend of 20 years during an argument at a wedding; lac to eyebrow glued, ?# zygoma - CT NAD. "We're not related or anything, just mates." Police ref {REF}.
gp|VWI||GP. Pt {M} ({AY}) was punched and kicked by his girlfriend's father, who doesn't approve of the relationship - bruising to ribs, lac to lip. Pt and girlfriend aren't married; the girlfriend hasn't harmed him and isn't involved. Not DA. Police ref {REF}.
amb|VWI|HC|Crew {CS}. Pt ({AO}), wearing a kippah, was shoved off the bus step by a man shouting antisemitic abuse; # R wrist. Police attended, treating as religiously aggravated. Wife with pt.
ed|VWI||ED. Pt ({A}), tetraplegic, has a paid personal assistant (employed through direct payments, not family) who pinched and slapped her during a hoist transfer - bruising upper arms. Police ref {REF}. ASC safeguarding. Not DA.
nav|VWI||DA nav asked to see - not DA. Pt {F} ({A}) punched in the face by her friend's boyfriend at a party on {D} when she told him to leave her friend alone. # nasal bones. Pt has no relationship with him. Police ref {REF}.
ed|VWI||ED. Pt {F} ({AY}) was pushed down the stairs by her mum's boyfriend when she visited her mum; he doesn't live there and isn't married to her mum, and pt has never lived with him. Sprained ankle, bruised back. Police ref. Not DA for pt on the DA Act definition.
ed|VWI|KN|ED. Pt ({A}), security guard at a retail park, slashed across the forearm with a Stanley knife by a man he'd asked to leave; 6cm lac, tendon intact. Nothing taken. Police ref {REF}. Not known to pt.
amb|VWI||Crew {CS}. Bus driver ({A}) punched through the cab screen gap by a passenger who refused to pay; lac to lip, loose tooth. Police on scene, male arrested. Driver shaken, wants support.
sg|VWO||Hosp safeguarding - volunteer. Hospital volunteer {F2} ({AO}) shoved against the wall by a visitor at the main reception on {D} when she said the ward was closed to visitors; no injury on exam. Police ref {REF}.
ed|VWO|HC|ED. Pt ({A}), registered blind, shoved by a man outside the station who called him names about his blindness and kicked his guide dog. No injuries to pt (dog checked by vet, ok). Police treating it as a disability hate crime.
gp|VWO||GP safeguarding lead. {AC}yo girl tells school her mum's partner locks her in her bedroom for whole weekends with a bucket. No injuries. Child cruelty, s47, police joint investigation.
nav|VWO||Nav - not DA. Pt {F} ({A}) threatened face to face by her partner's ex-wife, who told her "I'll kill you if you go near my kids". No weapon, no contact. Pt's own partner is not abusive. Pt and the ex-wife have never been related or in a relationship. Police ref {REF}.
ed|SH|ON|ED. Pt {F} ({A}), hairdresser. A former client has been messaging her on WhatsApp and Instagram for 3 months, 20+ messages a day, turning up at the salon. Never a relationship. Police ref {REF}. Attended with panic attack.
sg|SH|ON|Hosp safeguarding - staff. Junior doctor being sent unwanted messages on LinkedIn and email by a patient's relative she treated on {D}, asking to meet and commenting on her appearance. Trust security aware. Police ref {REF}.
gp|SEX||GP. Pt ({A}) disclosed she was sexually assaulted by her ex-partner's best friend at a party in {YR}; the ex had nothing to do with it and they'd split years earlier. Not DA. Wants ISVA support.
ed|SEX||ED. Pt ({AY}) attends from a music festival - a stranger put his hand inside her shorts in the crowd at the main stage on {D}. Police at the festival informed, ref {REF}.
sg|SEX|CSA|School nurse / paeds liaison. {AT}yo girl disclosed to school nurse that her mum's partner has been coming into her room at night and touching her. Child - adult DA route n/a. Strategy meeting, s47, police.
gp|DID||GP. Pt ({A}). Her mum was killed on {D} when a lorry driver fell asleep at the wheel on the bypass and crossed into her lane; driver charged with causing death by careless driving. Pt was in the car behind. Flashbacks, not driving. Consent to referral.
ed|ROB||ED. Pt ({A}), pharmacy delivery driver, pushed to the ground by 2 males on {ST} who took the bag of medication from him. Grazed hands and knee, bruised hip. Police ref {REF}.
amb|BUR||Safeguarding desk. Ambulance station broken into overnight {D}; drugs safe intact, staff lockers forced, personal items taken. Crew who found it shaken. Police ref {REF}.
gp|OTH||GP. Pt {M} ({A}) runs a cafe; discovered his employee had been pocketing cash from the till for months, about {BIG}. Employee dismissed. Police ref {REF}. Not sleeping.
sg|OTH||Hosp safeguarding - staff. Purses, cards and phones taken from {N} staff lockers left unlocked in the theatre changing room on {D}; CCTV suggests a member of staff. Police ref {REF}. Staff upset, one ODP tearful.
ed|CDA||ED. Pt ({A}) woke to find all four windows of her car smashed on {ST}; no idea who. Attends with palpitations, BP 158/96. Police ref {REF}.
amb|CDA||Crew {CS}. Community centre on {ST} set alight overnight - pt ({AO}) is the volunteer caretaker, found it smouldering this morning, c/o chest pain. ECG NAD, no smoke inhalation. Fire investigation says deliberate.
ed|WEAP||ED nurse in charge. During a routine bag search on arrival, a pt in {BAY} was found to have a kitchen knife in his rucksack. It was never taken out and no one was threatened. Police attended. Triage nurse {F2} shaken.
gp|MISC||GP. Pt ({AO}) - her grandson ({AY}) was a passenger in a car being driven dangerously at high speed through the estate; police stopped it, no one was hurt, driver charged with dangerous driving. Pt anxious for him.
amb|PO||Crew {CS}. While crew treated a pt outside {PUB}, a group of men stood around the ambulance chanting and shouting threats at the crew; no contact. Police attended. Crew shaken.
gp|ASB||GP. Pt ({A}) - neighbour's CCTV camera points into her garden and the neighbour's teenage kids play football against her fence every evening. No threats, no damage, nothing said to her. Anxiety worse.
ed|OC||ED. Pt ({A}) asks for victim support - says she has been the victim of a crime by someone at her work and it is with the police (ref {REF}), but does not want to discuss it in ED. Declined to give any detail.
gp|FRAUD|ON|GP. Pt ({AY}) bought festival tickets from someone on X who then blocked him - {AMT} lost. Action Fraud ref {REF}. Embarrassed.
sg|VWO||Paeds safeguarding. {AC}yo boy attended with mum's friend; mum has been leaving him and his {N} younger siblings alone at night while she works. No injuries, children well kempt but hungry. Child neglect, s47.
amb|VWO||Crew {CS}. Pt ({A}), traffic warden, grabbed by the lapels and shoved by a motorist on {ST}; no injury. Police ref {REF}.
ed|TFP||ED. Pt ({AO}) - purse taken from her open handbag while it was on her arm in a busy market on {D}; she didn't feel it. No force, no injury. Attends with AF. Police ref.
gp|SHOP||GP. Pt ({A}), small bakery owner - a man has been coming in and taking cakes from the counter and walking out, {N} times this month. No threats. Anxiety.

# ---------------------------------------------------------------- police-style shorthand copied into health notes
ed|VWI|DA|ED triage {T}. V (pt, {A}) states S (ex-partner, IP at MARAC last yr) kicked her in the face when she was on the floor. ?# orbit - CT tbc. Police attended, s18 GBH being considered. DVPN was served on him in {YR} and has long expired. Current address not recorded - pt staying with freinds, NFA.
nav|VWO|DA|DA nav follow-up. Police served a DVPN on {D} after IP (husband) shoved pt into the hall wall and threatened her in front of the kids. No injuries, body map NAD. Pt relieved but scared about when it ends. DOB of IP N/K. DASH high, MARAC ref.
amb|VWI||Crew {CS}. V ({AY}) assualted by 2 males N/K outside a takeaway on {ST} - kicked to the head while on the floor. GCS 13 on arrival, 14 at handover. Police on scene say s18 GBH. NOK not recorded, pt can't remember his mum's number.
gp|VWI||GP - letter from ED {D}. Pt ({A}) attended with # mandible after being punched by a colleague at a works do. Police have since charged the colleague with s20 GBH. Pt off work, jaw wired, liquid diet. Requests support for court. Not DA.
gp|SH|DA|GP safeguarding. Pt ({AO}) has an NMO against her adult son ({AM}), granted {D2}. He has breached it at least 5 times - turning up at her door, leaving notes, ringing her landline at night. Police ref {REF}. Pt frightened, not sleeping. Capacity present.
ed|VWI|DA|ED. Police ref {REF} - ABH. V is pt ({A}); S is her older brother, who punched her in the ribs and pulled her hair at their dad's house on {D}. Bruising L chest wall, CXR NAD. Pt says brother has always been "handy with his fists". Consent to DA service.
sg|VWO||Paeds safeguarding. {AC}yo girl was collected from school on {D} by a man (N/K) who told staff he was her uncle - he isn't related. Found unharmed 2 hrs later in a car park in {TOWN}. Police investigating child abduction. Parents want support.
ed|SEX||ED. V (pt, {AY}) states S, N/K male, described as white, 30s, followed her into the toilets at {PUB} and sexually assaulted her. SARC tbc - pt wants to think about it. Police ref {REF}.
amb|ROB||Crew {CS}, {T}. V ({A}) states 2 x S (N/K) punched him and took his wallet and phone on {ST}. Lac to eyebrow, bruised knuckles. Police on scene. Pt worried about telling his wife "because she'll be upset" - clarified she isn't violent, nil DA.
nav|VWI|DA|Nav. Pt ({A}) sepsrated from her partner 3 wks ago; on {D} he came round and assualted her - punched to head x3, lac to scalp, headache. CT head NAD. Police ref {REF}. Pt beleives he will come back. DASH 16, MARAC.
gp|VWO||GP. Pt ({AO}). Neighbour (name N/K, lives at no. 12) stood at her gate and told her he would kill her and her dog if the dog barked again. Face to face, no weapon. Not DA. Police ref {REF}. Pt frightened.
ed|VWI||ED. Pt ({A}) booked in as "RTC" but was actually assaulted: after a minor bump at lights the other driver got out and punched him through his open window - # nasal bones. No driving offence alleged, police treating as assault. Not known to each other.
ed|VWI|DA|ED. Pt {F} ({AY}) assaulted by her mum at home on {D} - slapped, hit with a hairbrush, scratches to face and neck. Pt lives with mum. No s47 (pt is an adult). Police ref {REF}. Consent to DA nav.
nav|SH|DA,ON|Nav. Pt ({A}). CCB: IP has her Facebook and email passwords, reads all her messages, posts as her and deleted her friends. Also decides what she wears. No physical. DASH medium. Pt says "I didn't know that was abuse".
gp|ROB||GP. Pt ({A}) asked "what would happen if my husband found out I was robbed - would he be angry with me?" She was clear he has never been violent or controlling, no DA, just worried. Robbed on {D} by a stranger who pushed her against a wall and took her bag. Bruised shoulder. Police ref {REF}.
amb|VWO|DA|Crew {CS}. Pt ({AO}), lacks capacity re finances (advanced dementia). Her son, who holds LPA and lives with her, was seen by crew shoving her back into her chair. No injury on exam. Best interests safeguarding referral made by crew, police informed.
ed|VWI|HC|ED. Pt ({A}), wears a turban, attacked outside the gurdwara by a man shouting anti-Sikh abuse; punched to the face, lac to eyebrow. Police ref {REF} - treating as religiously aggravated ABH.
"""

# ---------------------------------------------------------------- slot vocabularies (lists only, never sets)
FEMALE = (
    "Amy Bethany Chantelle Deborah Eilidh Fatima Gemma Hannah Imani Jade Kirsty Leanne Maria Nadia"
    " Olivia Paige Rachel Sadia Tanya Una Victoria Wendy Yasmin Zoe Agnieszka Bronwen Carys Danielle"
    " Erin Francesca Grace Hollie Iqra Joanne Kelly Lauren Megan Niamh Precious Rebecca Shannon Toni"
    " Valerie Aisha Bernadette Chloe Demi Elaine Fiona Gurpreet Harriet Jasmine Kayleigh Lorraine"
    " Mandy Nicola Patricia Roxanne Sinead Tracey"
).split()
MALE = (
    "Aaron Bilal Callum Darren Ewan Faisal Gareth Harvey Imran Jamie Kieran Liam Mohammed Nathan"
    " Owen Patrick Reece Sam Tomasz Usman Vincent Wayne Yusuf Zach Alfie Brandon Connor Dean Elliot"
    " Frankie Gavin Hassan Ibrahim Jordan Kwame Lewis Marcus Neil Oliver Piotr Rhys Stuart Tyler"
    " Adam Barry Craig Dale Emeka Grant Hamza Jack Keith Lee Martin Nigel Ravi Scott Terry Warren"
    " Declan"
).split()
SURNAMES = (
    "Ahmed Bennett Campbell Dobson Evans Fletcher Gallagher Hussain Iqbal Jenkins Kowalski Lloyd"
    " McCarthy Nowak Okafor Parry Quinn Rahman Singh Thompson Underwood Vaughan Walsh Yates Ali"
    " Bradshaw Clarke Doyle Ellis Foster Griffiths Holloway Islam Jones Kaur Lowe Mensah Nolan"
    " O'Brien Patel Riley Shaw Taylor Vickers Whitfield Begum Cartwright Dunne Ferguson Gill Hughes"
    " Kelly Marsh Owusu Pearson Robinson Sutton Turner Wood Hardcastle"
).split()
TOWNS = (
    "Rotherham Barnsley Wakefield Dewsbury Halifax Huddersfield Doncaster Chesterfield Mansfield"
    " Worksop Pontefract Castleford Batley Keighley Bradford Leeds Harrogate Selby Goole Scunthorpe"
    " Grimsby Lincoln Gainsborough Retford Ilkeston Derby Stockport Oldham Rochdale Bury Wigan"
    " Bolton"
).split()
STREETS = (
    "Albert Rd|Moor Lane|Station Road|Church St|Victoria Terrace|Park View|Mill Lane|Chapel St"
    "|Queens Drive|Hawthorn Close|Beech Ave|the High St|Market St|Bridge Street|Carr Lane"
    "|Sheffield Rd|Wentworth Way|Nursery Gardens|Elm Grove|Oak Tree Walk|Canal Side|Fitzwilliam St"
    "|Coronation Rd|Prospect Place|Heather Court|Kirkgate|Westgate|Northfield Ave|Hollin Lane"
    "|Tinsley Rd"
).split("|")
PUBS = (
    "the Red Lion|the Crown|the Anchor|the Plough|the Black Bull|the Wheatsheaf|the Miners Arms"
    "|the Royal Oak|the Fleece|the Commercial|the Station Hotel|the Kings Head"
).split("|")
SHOPS = (
    "Co-op|Tesco Express|Boots|Sainsbury's Local|Spar|Iceland|B&M|Superdrug|Home Bargains|Londis|One Stop|WHSmith"
).split("|")
PRACTICES = (
    "Riverside Medical Centre|Park Lane Surgery|Moorgate Health Centre|The Grange Practice"
    "|Station Road Surgery|Hillcrest Medical Practice|Abbey View Surgery|Northfield Health Centre"
    "|Castle Street Practice|Beechwood Surgery"
).split("|")
BAYS = ["cubicle {}", "majors {}", "bay {}", "resus {}", "minors {}", "CDU bed {}", "SDEC chair {}"]
MONTHS = "January February March April May June July August September October November December".split()
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]

KNOWN_SLOTS = "F F2 M M2 S S2 D D2 T TOWN ST PUB SHOP GP DR BAY CS REF A AO AY AM AC AT AMT BIG N YR".split()
SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9]*)\}")


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(rng: random.Random) -> str:
    d = date(2024, 1, 1) + timedelta(days=rng.randrange(690))
    style = rng.randrange(8)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == 2:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == 3:
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]}"
    if style == 4:
        return f"{DAYS[d.weekday()]} {d.day:02d}/{d.month:02d}"
    if style == 5:
        return f"{d.day}/{d.month}"
    if style == 6:
        return f"{d.day} {MON3[d.month - 1]} {d.year % 100:02d}"
    return f"{d.day}-{MON3[d.month - 1]}-{d.year}"


def fmt_time(rng: random.Random) -> str:
    h = rng.randrange(24)
    m = rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55])
    style = rng.randrange(5)
    if style == 0:
        return f"{h:02d}{m:02d}"
    if style == 1:
        return f"{h:02d}:{m:02d}"
    if style == 2:
        return f"approx {h:02d}{m:02d}hrs"
    if style == 3:
        h12 = h % 12 or 12
        return f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}"
    return f"around {h % 12 or 12}{'am' if h < 12 else 'pm'}"


def fmt_ref(rng: random.Random) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"CAD {rng.randrange(100, 9999)}"
    if style == 1:
        return f"{rng.randrange(10, 99)}/{rng.randrange(10000, 99999)}/{rng.choice([24, 25])}"
    if style == 2:
        return f"{rng.randrange(10**9, 10**10 - 1)}"
    if style == 3:
        return f"log {rng.randrange(100, 2999)} of {rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}"
    return f"occ {rng.choice(['SY', 'WY', 'NE', 'GM'])}-{rng.randrange(100000, 999999)}"


def fmt_amount(rng: random.Random, big: bool) -> str:
    if big:
        v = rng.randrange(1200, 48000, 50)
        return f"£{v:,}"
    v = rng.randrange(15, 480)
    if rng.randrange(3) == 0:
        return f"£{v}.{rng.randrange(100):02d}"
    return f"£{v}"


def fmt_callsign(rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{rng.choice(['DCA', 'RRV', 'DSA'])} {rng.randrange(100, 999)}"
    if style == 1:
        return f"{rng.choice(['Alpha', 'Delta', 'Echo', 'Tango'])} {rng.randrange(10, 99)}"
    return f"{rng.randrange(1, 60)}{rng.choice('ABCDEF')}"


def pick_distinct(rng: random.Random, pool: list[str], avoid: str | None) -> str:
    while True:
        v = rng.choice(pool)
        if v != avoid:
            return v


def slot_value(name: str, rng: random.Random, cache: dict[str, str]) -> str:
    if name == "F":
        return pick_distinct(rng, FEMALE, cache.get("F2"))
    if name == "F2":
        return pick_distinct(rng, FEMALE, cache.get("F"))
    if name == "M":
        return pick_distinct(rng, MALE, cache.get("M2"))
    if name == "M2":
        return pick_distinct(rng, MALE, cache.get("M"))
    if name == "S":
        return pick_distinct(rng, SURNAMES, cache.get("S2"))
    if name == "S2":
        return pick_distinct(rng, SURNAMES, cache.get("S"))
    if name in ("D", "D2"):
        return fmt_date(rng)
    if name == "T":
        return fmt_time(rng)
    if name == "TOWN":
        return rng.choice(TOWNS)
    if name == "ST":
        return rng.choice(STREETS)
    if name == "PUB":
        return rng.choice(PUBS)
    if name == "SHOP":
        return rng.choice(SHOPS)
    if name == "GP":
        return rng.choice(PRACTICES)
    if name == "DR":
        return f"Dr {rng.choice('ABCDEFGHJKLMNPRST')} {rng.choice(SURNAMES)}"
    if name == "BAY":
        return rng.choice(BAYS).format(rng.randrange(1, 24))
    if name == "CS":
        return fmt_callsign(rng)
    if name == "REF":
        return fmt_ref(rng)
    if name == "A":  # adult, never near 16/18
        return str(rng.randrange(22, 65))
    if name == "AO":  # older adult
        return str(rng.randrange(72, 94))
    if name == "AY":  # young adult, 18+
        return str(rng.randrange(19, 26))
    if name == "AM":  # adult child of an older parent
        return str(rng.randrange(35, 59))
    if name == "AC":  # child, well under 13
        return str(rng.randrange(5, 12))
    if name == "AT":  # young teen, 13-15 only (always under 16)
        return str(rng.randrange(13, 16))
    if name == "AMT":
        return fmt_amount(rng, big=False)
    if name == "BIG":
        return fmt_amount(rng, big=True)
    if name == "N":
        return str(rng.randrange(2, 7))
    if name == "YR":
        return str(rng.randrange(2003, 2019))
    raise KeyError(f"unknown slot {name}")


# ---------------------------------------------------------------- template parsing and validation
def parse_templates(raw: str) -> list[tuple[str, str, list[str], str]]:
    out = []
    seen_text = set()
    for lineno, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            sys.exit(f"template line {lineno}: expected kind|category|flags|text")
        kind, cat, flags, text = parts
        if kind not in KINDS:
            sys.exit(f"template line {lineno}: unknown kind {kind!r}")
        if cat not in CAT_ALIAS:
            sys.exit(f"template line {lineno}: unknown category alias {cat!r}")
        category = CAT_ALIAS[cat]
        if category not in CATEGORIES:
            sys.exit(f"template line {lineno}: category {category!r} not in taxonomy")
        flag_list = []
        for f in [x for x in flags.split(",") if x]:
            if f not in FLAG_ALIAS:
                sys.exit(f"template line {lineno}: unknown flag alias {f!r}")
            flag_list.append(FLAG_ALIAS[f])
        if len(set(flag_list)) != len(flag_list):
            sys.exit(f"template line {lineno}: duplicate flag")
        for f in flag_list:
            if f not in FLAGS:
                sys.exit(f"template line {lineno}: flag {f!r} not in taxonomy")
        flag_list.sort(key=FLAGS.index)
        for slot in SLOT_RE.findall(text):
            if slot not in KNOWN_SLOTS:
                sys.exit(f"template line {lineno}: unknown slot {slot!r}")
        if text in seen_text:
            sys.exit(f"template line {lineno}: duplicate template text")
        seen_text.add(text)
        out.append((kind, category, flag_list, text))
    return out


def fill(text: str, rng: random.Random) -> str:
    cache: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in cache:
            cache[name] = slot_value(name, rng, cache)
        return cache[name]

    return SLOT_RE.sub(sub, text)


def main() -> None:
    rng = random.Random(SEED)
    templates = parse_templates(TEMPLATES)
    n_t = len(templates)
    if n_t < 350:
        sys.exit(f"only {n_t} templates")

    # every template once; the remaining notes are second uses, drawn without replacement,
    # with domestic-abuse templates capped so that about DA_SHARE of the notes carry the flag
    da_idx = [i for i, t in enumerate(templates) if "domestic_abuse" in t[2]]
    non_idx = [i for i, t in enumerate(templates) if "domestic_abuse" not in t[2]]
    extra_da = min(len(da_idx), max(0, round(DA_SHARE * N_NOTES) - len(da_idx)))
    extra_non = N_NOTES - n_t - extra_da
    if extra_non < 0 or extra_non > len(non_idx):
        sys.exit("cannot allocate notes to templates")
    rng.shuffle(da_idx)
    rng.shuffle(non_idx)
    picks = list(range(n_t)) + da_idx[:extra_da] + non_idx[:extra_non]
    rng.shuffle(picks)

    rows = []
    seen: set[str] = set()
    for ti in picks:
        kind, category, flags, text = templates[ti]
        for _attempt in range(200):
            filled = fill(text, rng)
            if filled not in seen:
                break
        else:
            sys.exit(f"could not make a unique note from template {ti}")
        seen.add(filled)
        rows.append((filled, category, ";".join(flags), kind, ti))

    rng.shuffle(rows)

    cat_counts = Counter(r[1] for r in rows)
    flag_counts = Counter(f for r in rows for f in r[2].split(";") if f)
    missing_c = [c for c in CATEGORIES if cat_counts[c] == 0]
    missing_f = [f for f in FLAGS if flag_counts[f] == 0]
    if missing_c or missing_f:
        sys.exit(f"uncovered categories {missing_c} / flags {missing_f}")
    if len({r[0] for r in rows}) != N_NOTES:
        sys.exit("duplicate note text")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["note_id", "text", "category", "flags"])
    for i, (text, category, flags, _kind, _ti) in enumerate(rows, 1):
        w.writerow([f"B50-{i:04d}", text, category, flags])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(buf.getvalue().encode("utf-8"))

    print(f"templates {n_t}")
    print(f"notes {len(rows)}")
    used = Counter(r[4] for r in rows)
    print(f"templates used {len(used)}")
    print("categories:")
    for c in CATEGORIES:
        print(f"  {c} {cat_counts[c]}")
    print("flags:")
    for f in FLAGS:
        print(f"  {f} {flag_counts[f]}")
    print(f"  (no flags) {sum(1 for r in rows if not r[2])}")
    kinds = Counter(r[3] for r in rows)
    print("voices:")
    for k in ("nav", "ed", "sg", "amb", "gp"):
        print(f"  {k} {kinds[k]}")


if __name__ == "__main__":
    main()
