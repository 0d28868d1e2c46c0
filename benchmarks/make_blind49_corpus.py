#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate BLIND labelled test corpus 49 (notes_blind49.csv).

Scenario: referrals passed to victim services by a metropolitan borough's
anti-social behaviour (ASB) and community safety team and by a housing
association's tenancy enforcement and neighbourhood officers. Voices: ASB
caseworkers writing case-review and community-trigger summaries, housing
officers writing tenancy-breach, home-visit, void, repairs, CCTV-request and
estate-walkabout notes (noise diaries, injunction and closure-order talk), and
residents' own complaint-form wording pasted in. Many notes mix neighbour
disputes with real offences, and the relationships between tenants, lodgers,
subletters, household members and visitors decide the domestic-abuse flag.

Every template below was hand-labelled against /work/shared/TAXONOMY.md only
(one category, any flags, principal-crime order). Slots carry only names,
places, dates, times, amounts, references, counts and ages that never cross a
threshold in the taxonomy, so no slot can change a label.

Template line format: KIND|CATEGORY_CODE|FLAG_CODES|text (FLAG_CODES joined
with ';', '-' for none). Standard library only; one random.Random(49_2026).
Output is byte-identical whatever the working directory or PYTHONHASHSEED.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind49.csv"
N_NOTES = 800
SEED = 49_2026

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

CAT_CODES = {
    "HOM": "homicide",
    "DID": "death_injury_driving",
    "VWI": "violence_with_injury",
    "VWO": "violence_without_injury",
    "STK": "stalking_harassment",
    "SEX": "sexual_offences",
    "ROB": "robbery",
    "BUR": "burglary",
    "VEH": "vehicle_offences",
    "TFP": "theft_from_person",
    "BIK": "bicycle_theft",
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

FLAG_CODES = {
    "DA": "domestic_abuse",
    "HC": "hate_crime",
    "ON": "online",
    "KN": "knife_sharp_instrument",
    "CS": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HB": "honour_based_abuse",
}

KINDS = ["CASEREV", "HOMEVISIT", "RESFORM", "OFFICE", "REPAIRS", "VOID", "CCTV", "WALKABOUT", "NOISE", "MARAC", "CSP"]

# fmt: off
TEMPLATES = r"""
CASEREV|HOM|KN|Case review {ref} - CLOSING this ASB file. Complainant Mr {m1} {s1} of {fl} {blk} was fatally stabbed on the 3rd floor landing on {d1}; the man from the flat opposite has been charged with his murder. Noise diary from Mr {s1} had run since last year, never escalated past verbal. His adult son and daughter want support + asked that the flat not be re-let straight away. Refer to homicide service pls.
HOMEVISIT|HOM|DA|Home visit {d2}, officer {off}. Saw Mrs {f1} {s1}, mother of our late tenant {f2}. {f2} died at {fl} {st} on {d1}; the man she had been living with for about {yrs} yrs is charged with her murder and remanded. Mum is struggling w/ the tenancy end, the belongings, the inquest letters. Wants someone who understands. Consent given for referal.
RESFORM|HOM|-|Pasted from online complaint form (ref {ref}): "my brother {m1} was killed outside the chicken shop on {st} by lads he didnt even know, one punch and he hit his head and never woke up. the flowers are still there and the same boys still hang about by the garages like nothing happened." ASB officer note: one male charged with manslaughter, trial tbc. Family want bereavement support.
CSP|HOM|DA|CSP notification - Domestic Homicide Review likely. Deceased: {f1} {s1}, {oage}, sole tenant {est}. Her grandson (adult, moved in {yrs} months before as her 'carer') arrested and charged with murder on {d2}. Referral is for the deceased's sister who was NOK and found her. Sister very frail, lives {st}.
VOID|HOM|-|Void inspection for {fl} {blk} postponed - police scene held until {d2}. Occupant {m1} {s1}, lodger of the tenant (they are friends from the warehouse, no other relationship), died following an assault by a visitor on the night of {d1}. Murder investigation. The named tenant {m2} saw it happen and is asking for a management move + support.
CASEREV|HOM|HC;KN|Partnership case review {ref}: tenant {m1} {s1} was killed on {d1} in what police are treating as a racially motivated murder - witnesses heard racist abuse before he was stabbed near the {est} garages. Two arrested, names tbc. Referral for his widow and their two adult sons; media attention at the block, request patrols.
HOMEVISIT|HOM|DA|Referral for Mr {m1} {s1} - his husband {m2} was found dead in their flat at {blk} on {d1}. {m2}'s own brother has since been charged with manslaughter after a fight over money that happened in the kitchen. Mr {s1} now alone in the tenancy, not eating, wants help with funeral costs and victim services.
CASEREV|HOM|-|Infant death. Police have charged the baby's mother with infanticide (incident {d1}, {fl} {blk}). Referral is for the baby's father {m1} {s1}, not living at the address, who has asked housing for help and to be put in touch with someone. No other children in household.
RESFORM|HOM|-|Complaint form, verbatim: "I need someone to talk to. Mr {s1} at {fl2} was my friend for twenty year and the man renting the flat below beat him to death over the noise complaints. I heard it all through the floor and I cant sleep. I phoned 999 but it was to late." Officer: suspect charged with murder; witness is {f1} {s2}, {oage}.
MARAC|HOM|DA|MARAC action closed - victim {f1} {s1} was murdered by her ex-partner on {d1}, {wk} weeks after a DVPN was issued. Housing to support her mother and two sisters; children now with maternal grandparents on {st}. Pls refer the family to homicide support + make sure nobody from the block talks to press on our behalf.
HOMEVISIT|HOM|-|Tenant {f1} {s1} ({oage}) asking for a transfer. Her son was murdered in {yr} in a street attack by men he didn't know (they were convicted). Anniversary is next month and lads on the landing doing wheelies/shouting are triggering her. She has never had bereavement support. Refer.
WALKABOUT|DID|-|Estate walkabout {d2} w/ PCSO {s1}. Skid marks still on {st} where a 12 y/o was knocked off his bike on {d1} by a car doing doughnuts round the car park. Driver arrested - causing serious injury by dangerous driving. Boy still in ICU w/ head injuries. Mum {f1} asked us for support + speed humps. CCTV request raised for cam 4.
HOMEVISIT|DID|-|Tenant {m1} {s1} ({age}) in hospital since {d1}: hit on the zebra outside {blk} by a van driver who was on his phone. Police say careless driving causing serious injury, he has lost his left leg below the knee. OT needs to assess for ground floor move, wife asking for victim support.
RESFORM|DID|-|"The moped boys who do tricks round the estate have finally killed someone. My dad was crossing to the shop at {tm} on {d1} and one of them hit him at full speed. He died two days later." ASB note: rider arrested & charged with causing death by dangerous driving. Complainant {f1} {s1}, daughter.
CASEREV|DID|-|Case {ref}: tenant {f1} {s1} killed on {st} on {d1} by a driver later found to be over the drink-drive limit - charged with causing death by careless driving while unfit. Her partner {m1} and their children decanted to TA as they can't face the flat. Pls refer partner to bereavement service. (No concerns about the household itself.)
CASEREV|DID|-|Pedestrian fatality at the {est} junction {d1}. Driver had no licence and no insurance, charged with causing death by driving unlicensed/uninsured. Deceased's mother {f1} {s1} is our tenant at {fl} {blk}, she's asked for help. Note: residents have complained about speeding on this road for years (see ASB {ref}).
CCTV|DID|-|CCTV request {ref}: stolen {car} driven by youths crashed into the bus shelter on {st} at {tm} {d1}, a woman waiting for the bus suffered a broken pelvis and spinal injuries. Police investigating serious injury by dangerous driving and the vehicle theft. Injured party {f1} {s1} is one of our tenants, DOB not recorded.
HOMEVISIT|DID|-|Visited {f1} {s1} re rent arrears - explained her adult son {m1} was a passenger in his mate's car when the mate raced another car along {st} and hit a lamp post. {m1} has a brain injury and shes now his full time carer, acommodation unsuitable. Driver charged w/ causing serious injury by dangerous driving. Asked about support for her.
RESFORM|DID|-|Complaint form: "Im writing about the car park AGAIN. on the {d1} a man reversing out at speed not looking hit my neighbour {f1} and broke her hip and pelvis, she is 80-odd. Police said its careless driving causing serious injury." Officer note: IP is {f1} {s1}, {fl} {blk}.
HOMEVISIT|VWI|DA|HV {d1} (tenancy audit) - {f1} {s1} had bruising to both upper arms and a cut over her L eye. She said "it was {m1}, we had a row about the rent money and he grabbed me and threw me into the door frame". {m1} {s2} is her partner of {yrs} yrs, not on tenancy. Police called by neighbour that night, DASH high, MARAC ref made.
CASEREV|VWI|DA|Noise case {ref} reviewed. The "banging and screaming" reported by {fl} on {d1} was actually the tenant {f2} {s2} being assaulted by her wife. LAS attended, {f2} treated for a fractured wrist. They married in 2016. Closing noise case, opening DA support referral, joint tenancy advice to follow.
RESFORM|VWI|DA|Complaint form (tenant {f1} {s1}, {oage}): "its not the neighbours making the noise. its my son. hes in his 40s and lives with me and when he cant get money he hits me. tuesday he broke my glasses on my face and my nose was bleeding all down my cardigan". Officer: safeguarding adults + victim referral, she consents.
OFFICE|VWI|DA|Tenant {m1} {s1} came into the area office {d2} with a black eye. Says his ex-boyfriend {m2}, who he split with last spring, turned up at the door on {d1} wanting his things back and punched him in the face on the doorstep. Bruising/swelling seen by me. Doesnt want police yet, will think about it.
CASEREV|VWI|DA;HB|Case review - V {f1} ({age}) lives with her husband's parents at {fl} {st}. Her father-in-law hit her across the back with a belt, welts seen by the health visitor, because she "brought shame" on the family by enrolling at college without asking. IDVA aware; HBA screening done. Needs safe accommodation asap, don't contact via the home phone.
REPAIRS|VWI|DA|Repairs job {tref} (hole in bedroom plasterboard). Operative flagged: tenant {f1} had fingertip bruising on her neck and was tearful. When HO {off} followed up she said the father of her children "got hold of my throat" on {d1} and pushed her into the wall - thats the hole. Didn't want police at that time, later agreed to referral.
MARAC|VWI|DA|MARAC action for ASB team - perp {m1} {s1} (ex-husband, divorced {yr}) keeps coming onto {est}. On {d1} at {tm} he head-butted the victim in the car park by {blk}: broken nose, s47 charged. Request all car park CCTV from {d1} kept. Consider an exclusion in any injunction.
RESFORM|VWI|DA|Pasted from email from tenant {f1} {s1}: "my twin sister has lived with me since her marriage ended and shes started throwing things at me when shes drinking. last night a mug hit me in the face and I needed glue stitches at the walk in centre. I dont want her evicted I want her to get help but Im scared".
HOMEVISIT|VWI|DA|Welfare visit, {oage} y/o tenant {f1} {s1}. Scratches + bite mark on her forearm. Adult daughter {f2} moved back in {wk} weeks ago (not on tenancy, mum didn't want her there) - mum says {f2} did this when she refused to lend her money. Safeguarding raised. Daughter was in the flat during the visit so spoke to mum again by phone later.
CASEREV|VWI|DA|{ref}. Elderly tenant {f1} {s1} ({oage}) - nephew {m1}, who "helps with the shopping" and collects her pension, twisted her arm behind her back on {d1} - hospital confirms fractured ulna. She's insisting it was an accident but neighbour heard it. Adult safeguarding + IDVA-type support needed, family member perp.
HOMEVISIT|VWI|DA|Community room booking complaint {ref}: family party on {d1} at the {blk} community room ended in a fight. Tenant {m1} {s1} was punched by his wife's brother and has a split lip needing stitches. Cleaning charge for the room is separate. {m1} asked for victim support, says it's been building up in the family for years.
CASEREV|VWI|DA|V {f1} {s1} last saw her ex {m1} when they split up in {yr}. On {d1} he spotted her at the bus stop on {st}, walked over and punched her in the mouth - broken front tooth. No contact between them in all those years. She's been re-housed before because of him. Transfer application reopened.
HOMEVISIT|VWI|DA|HV to tenant {f1} {s1} after neighbour report of shouting {d1}. Her son (17) punched her in the ribs when she took his games controller off him - she went to A&E, cracked rib. She says he's been getting more violent since the summer. Early help declined, she wants support for herself.
CASEREV|VWI|DA|Combined case {ref}: partner {m1} holds both bank cards, gives {f1} cash for food only, checks her receipts. On {d1} he hit her with the TV remote when she bought nappies with her "own" money; cut to scalp, glued at UCC. DASH medium but officer thinks high. MARAC referral by police.
RESFORM|VWI|DA|Resident's own words (tenant {f1} {s1}, {age}): "my stepmum - my dads wife - poured the kettle over my hand when I said id report her for taking my PIP money. it blistered right up. my dad just stood there." Note: V lives with dad and stepmother at {fl} {blk}, V is disabled.
HOMEVISIT|VWI|DA|Joint tenants {f1} {s1} and {f2} {s2} (couple, together {yrs} yrs). On visit {f2} showed me bite marks on her forearm and bruising, said {f1} did it {d1} during an argument about her going out. {f1} wasn't home. Sole tenancy / management transfer options discussed.
CASEREV|VWI|DA|ASB report from {fl} (shouting) led to welfare check. Tenant Mr {m1} {s1} (88) has advanced dementia and hit his wife of 60 years with his walking frame; she has a large haematoma on her leg. She doesn't want him "in trouble". Social care + carers' support, DA referral for wife with consent.
HOMEVISIT|VWI|DA;KN|{fl} {st}, visit {d1}. {m1} {s1} and his cousin {m2} share the flat (both on the tenancy). {m2} stabbed {m1} through the hand with a kitchen knife during a row about the bills; 6 stitches. Cousin remanded. {m1} wants to know if he can stay in the flat on his own.
CASEREV|VWI|DA|V {f1} {s1} is a wheelchair user; her civil partner {f2} tipped her out of the chair on {d1} and she fractured her shoulder in the fall. Police attended. Adaptations team asked about a move. No suggestion of hostility to disability from anyone outside the home.
HOMEVISIT|VWI|DA|Tenant {f1} {s1} ({oage}) fell down the stairs at her house on {d1}. On visit she told me her grandson {m1} (lives with her) pushed her because she wouldn't give him her bank card. Fractured hip. Police investigating s20. She is frightened of him coming back from his mate's.
RESFORM|VWI|DA|From the contact form: "my ex - we have a little boy together but never lived together - came for handover on {d1} and slammed the car door on my hand on purpose. 2 fingers broke. he was laughing." Note: V {f1} {s1}, {fl} {blk}. Contact arrangements via court.
HOMEVISIT|VWI|DA;KN|{d2}: {f1} {s1} disclosed partner {m1} cut her forearm with a kitchen knife during an argument on {d1} - she showed me the dressing, she'd been to A&E, "needed 9 stitches". Partner still visiting. DASH done by me - high. Refer IDVA + MARAC.
CASEREV|VWI|DA|Brother/sister case, {est}. {f1} {s1} ({age}) hit over the head by her older brother with a saucepan at their mum's flat {d1}, laceration needing staples. They both still live there with mum. V wants support but won't make statement yet.
HOMEVISIT|VWI|DA|Mrs {f1} {s1} (tenant) hit her son {m1}, 28, who has learning difficulties, with a walking stick; bruising seen by his day centre on {d1}. {m1} lives with her. Adult safeguarding lead informed; victim support referral for {m1} with advocate present.
CASEREV|VWI|DA|Tenant {f1} {s1} rents her 2nd bedroom from her uncle, who owns the leasehold. On {d1} the uncle punched her in the stomach and face during an argument about her boyfriend; bruised cheekbone. Leasehold team and ASB aware. Uncle is family so treat via DA route.
RESFORM|VWI|DA|Complaint form (tenant {m1} {s1}): "my ex wife, we divorced in {yr}, came to the flat drunk and hit me over the head with her walking stick because i wouldnt let her in. cut head, a&e. she has done this before years ago but I never reported it." Police ref {cad}.
OFFICE|VWI|-|{fl} {blk} is one of our room-let HMOs. {m1} {s1} and {m2} {s2} are unrelated sharers - never a couple, met when they moved in. They fought in the kitchen {d1} over a shelf in the fridge and {m1} needed 5 stitches to his eyebrow. Not DA. Consider breach action against {m2}.
CASEREV|VWI|-|Unlawful sublet suspected at {fl} {st}. Person living there, {m1} {s1}, says he pays "rent" to the tenant {m2} who lives there too. On {d1} {m2} punched him and split his lip when he was late with the money. No relationship other than landlord/lodger. Tenancy fraud team + victim referral.
RESFORM|VWI|-|Complaint form {ref}: "The man upstairs threw a glass bottle off his balcony and it hit me on the head while I was putting my washing out. I had to have it stapled. He says it wasnt aimed at me but he was shouting at me a minute before." Officer: bottle was not broken before it hit, V {f1} {s1}.
HOMEVISIT|VWI|-|Visit {d1} to {f1} {s1} ({oage}). Bruise on cheek. She said the agency carer slapped her because she was "slow getting dressed". Carer not related, from the care company. Safeguarding adults informed, care company suspended carer. Victim referral with consent. Not DA.
CASEREV|VWI|-|Neighbour dispute {ref} escalated. {m1} {s1} hit {m2} {s2} on the head with a garden spade over the shared parking space on {d1} - head wound, hospital overnight. No relationship between the parties, just neighbours for {yrs} yrs. Injunction being considered.
CCTV|VWI|HC|CCTV request {ref} - lift cam {blk}, {d1} approx {tm}. Tenant {m1} {s1} (Somali heritage) punched in the lift by a man shouting racist abuse at him about "going back". Cut to eye, glued at A&E. Suspect believed to visit {fl}.
CASEREV|VWI|HC|{m1} {s1} and his boyfriend were walking through {est} holding hands on {d1} when a group of youths shouted homophobic abuse and one punched {m1} - broken jaw, wired. Boyfriend uninjured. Attackers unknown to them. Hate crime panel.
RESFORM|VWI|-|"My sisters ex boyfriend came to my door looking for her and when I said shes not here he punched me in the face and I fell back and cracked my head on the radiator." Note from ASB: V {f1} {s1}, never been in a relationship with the man; he's her sister's ex. Injury confirmed at A&E.
CASEREV|VWI|-|Youth case {ref}. Girl (15) assaulted by her boyfriend (also 15) in the stairwell of {blk}, bruised eye + lip. Both at the same school. School safeguarding and YOS in the loop. Mum {f1} {s1} wants support for her daughter and us to look at the stairwell door lock.
OFFICE|VWI|-|Concierge {m1} {s1} at {blk} assaulted by a visitor who wouldn't sign in on {d1} - pushed through the glass door and cut his head. Police ref {cad}. Visitor not a resident.
HOMEVISIT|VWI|-|Staff incident: HO {off} on a tenancy visit at {fl} {st} on {d1}. Tenant shoved him down the front steps; sprained wrist and grazed knees. Tenant not known to him before. Staff support + victim referral. Lone working flag added to the property.
CASEREV|VWI|KN|Serious incident {d1} near the {est} shops: 16 y/o stabbed in the thigh by another youth after a dispute about a scooter, s18 being investigated. Victim's mum {f1} {s1} is a tenant, she wants a move and support. Other youth not known to us.
CASEREV|VWI|-|{m1} {s1} was pushed off the 2nd floor walkway of {blk} on {d1} by a man he owed money to. Multiple fractures, in hospital. Police are treating as attempted murder. Not a family member, not a partner, the man is from outside the borough.
RESFORM|VWI|-|Complaint form: "my neighbour set his dog on me when I asked him to pick up the mess and it bit my calf and my arm, i needed a tetanus and antibiotics, he was laughing saying get her." Officer note: police treating as assault with injury; dog owner {m1} {s1} at {fl}.
RESFORM|VWI|-|"The woman at {fl2} who keeps putting her bin bags outside my door slapped me that hard my ear bled, it was over the bags again." (complainant {f1} {s1}, {d1}). Officer confirmed injury photos. No other relationship between them.
CASEREV|VWI|HC|Tenant {m1} {s1} has a learning disability and has been targeted by local lads. {d1} they kicked him in the legs and back and made fun of how he talks, calling him names about his disability. Bruising all over. Disability hate crime, refer + look at safer housing.
CASEREV|VWI|-|Assault at bus stop on {st}, {d1}. V {f1} {s1} punched by a drunk man she had never seen before; swollen cheekbone. Her ex-partner happened to be at the stop as well but had nothing to do with it (he's not suspected at all). Not DA.
CASEREV|VWI|-|{ref}: V {m1} {s1}, assaulted by the visitor of his neighbour at {fl2} on {d1} - kicked in the stomach, bruised ribs. Background: V's mum was known to MARAC years ago as a victim of V's late father; not relevant to this incident and V's household has no DA history.
RESFORM|VWI|-|"my mate {m1} who was staying on my sofa while he sorts his housing - we are not together, never have been - hit me with a chair when I told him he had to go. I had stitches in my elbow." Note: V {m2} {s2}, {fl} {blk}. Not DA.
CASEREV|VWI|-|Youths surrounded {m1} {s1} on the footbridge on {d1} and beat him up - he has two broken ribs. They didn't try to take anything, just beat him and ran. CCTV request for footbridge cam.
HOMEVISIT|VWI|-|Burglary report at {fl} {st}, {d1} about {tm}. Tenant {m1} {s1} woke to find a man in his kitchen; the man punched him twice (fractured cheekbone) and ran out through the balcony. Nothing taken. Boarding-up job raised.
HOMEVISIT|VWI|-|Hammer attack {d1} - {m1} {s1} hit with a claw hammer by another resident in a row over a parking bay; fractured skull, s18 being investigated. No blade used. No relationship between them. Resident suspect bailed away from the estate.
RESFORM|VWI|-|Resident ({m1} {s1}) writes: "My landlord (private, not you lot - I rent from a leaseholder in your block) punched me when I asked for my deposit back and I got a black eye. He is nothing to me except the landlord." Leasehold team copied.
CASEREV|VWI|HC|Trans woman tenant {f1} {s1} was punched and kicked outside {blk} on {d1} by two men who called her transphobic names and said she "wasn't a real woman". Bruising and a chipped tooth. Hate crime, CCTV request lodged.
HOMEVISIT|VWI|-|Child injured - {d1} a 10 y/o from {fl} was pushed off his bike by the man at {fl2} who said he was "sick of the noise"; broken wrist. Boy's mum {f1} {s1} asks for support. Adult neighbour known to ASB team for complaints about kids playing.
CASEREV|VWI|HC|Tenant {f1} {s1} had her headscarf pulled off by a man in the parade on {d1} who shouted anti-Muslim abuse; scratches to her neck from the pin. Suspect not known to her. Religious hate crime - referral + CCTV from the parade.
HOMEVISIT|VWI|-|Caretaker {m1} {s1} assaulted while clearing the bin store at {blk} on {d1}; youths pushed him into the bins and stamped on his hand - broken finger. Police ref {cad}. Staff welfare.
CASEREV|VWI|DA|Case {ref}: {f1} {s1} assaulted by her daughter's father {m1} when he dropped their girl back on {d1} - punched in the arm and face, bruised. They split up {yrs} years ago and it has been quiet until now. Police attended, DASH standard.
HOMEVISIT|VWI|DA|Tenant {m1} {s1} has a black eye and bruising. He said his mother-in-law, who lives with him and his wife, hit him with a rolling pin because he "raised his voice" to her daughter. Wife supports him. Referral made.
CASEREV|VWI|-|Former flatmate: {f1} {s1} was kicked and bruised by {f2} {s2} who used to share the flat with her (friends only, never partners) and who came back for her stuff on {d1}. Ex-flatmate now lives elsewhere. Not DA.
RESFORM|VWI|DA|Email from {m1} {s1}: "I'm writing because the housing officer said I should. My boyfriend {m2} has been hitting me for months. last night he split my lip and my eyebrow needs stitching. I dont want him on the tenancy anymore." ASB note: DASH to be done urgently, same-sex couple, V is sole tenant.
CASEREV|VWI|-|{ref} neighbour feud: on {d1} {f1} {s1} went to {fl2} to complain about the music and the tenant's adult son threw a pan of hot oil at her - burns to her arm and chest. Not related to each other. Injunction & possession proceedings.
HOMEVISIT|VWO|DA|HV {d2}. Tenant {f1} {s1} says partner {m1} shoved her against the wardrobe on {d1} when she asked him to leave - no injuries, no marks seen. Police attended, DASH medium. She wants him off the property and a lock change. Refer for DA support.
CASEREV|VWO|DA|{ref}: ex-husband {m1} {s1} rang {f1} {n} times on {d1} from a withheld number saying he is going to kill her when he gets out of the hostel. He is across town, no weapon mentioned, but she believes him. Police treating as threats to kill. DA support + target hardening.
HOMEVISIT|VWO|DA;KN|{fl} {st}. Tenant {f1} {s1} says her brother {m1}, who lives with her and their mum, held a kitchen knife up in the kitchen on {d1} and told her "say that again and see what happens". Nobody hurt. She slept at a friend's. Police informed. DA referral - sibling.
CASEREV|VWO|DA;HB|{f1} {s1}, {age}, told the ASB officer (during a noise visit) that her father and uncles are arranging her marriage to a cousin overseas and her father said he would kill her if she refused or "disgraced" them. Forced Marriage Unit informed. Do NOT discuss with family. Urgent safe housing.
CASEREV|VWO|DA;MS|MARAC case {ref}: {f1}, {age}, married into the household at {fl} {blk} {yrs} yrs ago. Husband's family keep her passport, she cooks and cleans for 9 adults from 5am, is not allowed out alone and gets no money. Husband slaps her if the chores aren't done (no injuries seen). NRM referral, domestic servitude.
RESFORM|VWO|DA|Complaint form, tenant {m1} {s1}: "my wife spat in my face in front of the kids and then the neighbours complained about me shouting. I am not the one causing the noise." Officer: police informed, no injury, both adults, DA referral offered for him - accepted.
HOMEVISIT|VWO|DA|Welfare visit to Mr {m1} {s1} ({oage}). His adult daughter {f1} pushed him into his armchair on {d1} when he wouldn't sign a form about the flat. No injury. He's worried she wants to take over the tenancy. Adult safeguarding + DA referral (family).
CASEREV|VWO|DA|{ref}: {m1} {s1} reports his boyfriend {m2} grabbed him by the collar and shoved him up against the front door on {d1}. No marks. It's the third time. He doesn't want police but would talk to someone. Same-sex DA service details given.
RESFORM|VWO|DA|"Me and my partner had an argument in the corridor and she threw her drink over me and slapped my face, the neighbours heard and complained about noise again. I dont want to get her in trouble." Officer: V {m1} {s1}, common assault, no injury, DA referral.
HOMEVISIT|VWO|DA|{f1} {s1} (tenant) reported her son (17) told her on {d1} he would "slit her throat in her sleep" after she stopped his pocket money. No knife shown, said in the living room. She believes he means it. Police informed; CAMHS and early help also involved.
CASEREV|VWO|DA|{ref}: V {f1} {s1} was grabbed by the arm at the school gates on {d1} by {m1}, the man she left in {yr}. No injury. She hadn't seen him for {yrs} years. School gave CCTV. V moving house next month via us.
HOMEVISIT|VWO|DA;KN|Tenant {m1} {s1} says his wife held a pair of scissors to his face on {d1} during an argument and said she'd "cut him up". No injury. He beleives she would have. Children were in bed. He has moved to his brother's for now.
RESFORM|VWO|DA|"my cousin lives with me while hes on probation and on sunday he slapped me across the face because I moved his stuff. no mark but I'm shaking." (tenant {f1} {s1}, {d1}) Officer: adult cousin, DA referral, probation informed.
CASEREV|VWO|DA|{ref}: tenant {f1} {s1} ({age}) was pushed over onto the sofa by her aunt, who has been staying with her since {d1}. No injury. Aunt refuses to leave. V asks how to get her out and wants someone to talk to.
MARAC|VWO|DA|DVPN issued {d1} to {m1} {s1} after he put the mother of his baby in a headlock in the hallway of {fl} {blk}. No visible injuries. DVPO to be applied for. Housing to keep V's details private, change locks (job {tref}).
HOMEVISIT|VWO|DA|Tenant {f1} {s1} ({oage}). Her granddaughter (adult, stays most weekends) slapped her on {d1} when she refused to lend her money. No mark. V embarrassed, asked us not to tell her daughter. Referral with consent.
RESFORM|VWO|-|"The man from {fl2} pushed me on the stairs when I was coming up with my shopping, I didnt fall and I'm not hurt but I dropped everything. He said I'm a grass for reporting his dog." Complainant {f1} {s1}, {d1}. Not related in any way. ASB + common assault.
CASEREV|VWO|-|{ref}: {m1} {s1} at {fl2} shouted through the letterbox on {d1} that he would "burn this flat with you and your kids inside". {f1} {s1} (V) believed him and has not slept since. Neighbours only, no relationship. Threats to kill - police ref {cad}. Fire-proof letterbox requested.
HOMEVISIT|VWO|-|Welfare concern {d1}: three children (approx 4, 6 and 9) found alone in {fl} {blk} at {tm}, no food in fridge, mum not back till the following afternoon. Police took them to a place of safety, child neglect being investigated. Referral for the children via social care.
CASEREV|VWO|-|{ref}: neighbours heard a child crying for hours at {fl} {st}. Social care found the 7 y/o is being locked in the bedroom for whole days as punishment by her stepfather. No physical injury noted. Child cruelty investigation. (Child victim - not DA).
CASEREV|VWO|-|Attempted abduction, {est}, {d1} around {tm}. A man in a {car} tried to get an 8 y/o girl into his car by the play area, saying her mum had sent him. She ran home. Police investigating child abduction. Mum {f1} {s1} asking for support and cameras on the play area.
CASEREV|VWO|MS|Tenancy audit at {fl} {blk}: {n} men sleeping on mattresses in 2 rooms. They work at a car wash for a man who "holds" their passports and takes their wages for rent and "debts". They can't leave. Police + NRM referral - forced labour.
CASEREV|VWO|MS|Cuckooing/exploitation - tenant {m1} {s1} ({age}, learning disability) at {fl} {st}. Men from out of area moved in, he's made to deliver packages and threatened if he says no. NRM referral made by police (criminal exploitation, trafficking). Drugs found in flat also.
CASEREV|VWO|MS|{d1}: police found a 15 y/o boy from outside the area in {fl} {blk} (cuckooed address). He'd been brought here by car and made to run drugs on the estate to pay off a "debt". NRM referral, county lines. Boy is back with family, refer for support.
HOMEVISIT|VWO|-|Paramedic attending {fl} {blk} on {d1} was shoved by the tenant's visitor as she came through the door. No injury. Police arrested for assault on emergency worker. Flag on property for lone workers.
OFFICE|VWO|-|Staff incident {d1}: tenant came to the estate office angry about repairs and spat at HO {off}, hitting her on the face. No injury. Police ref {cad}. Tenant warned in writing re tenancy breach.
CASEREV|VWO|HC|{ref}: {f1} {s1} was grabbed by her coat and pulled back on {st} by a woman shouting racist abuse at her about her skin colour. No injuries. Suspect lives on the estate. Racially aggravated common assault.
RESFORM|VWO|KN|"The man I share the house with (we are just tenants in different rooms) came at me with a knife on friday night because I used his pans. He held it up at my chest. I locked myself in my room." Officer: V {m1} {s1}, room-let, not DA. Police called.
CASEREV|VWO|-|Youth case: girl (14) told her school on {d1} that her boyfriend (15) said he would kill her if she finished with him. Both live on {est}. No weapon seen. School + police involved. Mum wants support. Not DA (ages).
HOMEVISIT|VWO|-|V {m1} {s1} ({oage}) says his support worker (from the floating support agency, no relation) pushed him back into his chair on {d1} when he got upset. No injury. Agency informed; safeguarding adults alert. Not DA.
CASEREV|VWO|-|{ref}: V {f1} {s1} was grabbed by the wrist by a stranger in the underpass on {d1} who tried to pull her towards the garages; she pulled free. No injury. Police ref {cad}. Lighting repair job raised for the underpass.
RESFORM|VWO|-|"boys on bikes keep throwing eggs at me when I walk the dog, yesterday one hit me on the side of the head. im not hurt but its humiliating." Complainant {f1} {s1}, {d1}. ASB officer: battery - report to police.
CASEREV|VWO|KN|{d1}: man at the window of {fl} {blk} waved a machete at {m1} {s1} down on the path and shouted he would "chop him up" if he kept parking there. {m1} believed it. No injury. Armed response attended.
CASEREV|VWO|ON|{ref}: neighbour {m1} {s1} posted on the estate Facebook group on {d1} that he would "kill {m2} {s2} next time he sees him". V has seen the post and is scared to leave the flat. Police treating as threats to kill. Screenshots saved.
HOMEVISIT|VWO|-|Lodger {m1} {s1} rents a room from tenant {m2} (not related, answered an advert). {m2} told him on {d1} he'd kill him if he told the housing association about the sublet. No weapon. Lodger believes him. Tenancy fraud + police.
RESFORM|VWO|-|"My best friends husband said if I keep telling her what hes like hell kill me. he said it to my face outside the shop on {d1}." (complainant {f1} {s1}). ASB note: V not related to the man and never been in a relationship with him.
CASEREV|VWO|-|School safeguarding passed on: 6 y/o from {fl} {st} told teacher her dad hits her with a slipper "when I'm naughty". No marks. Social care investigating. Parents both at address. Child is the victim here - not DA flag.
CASEREV|VWO|MS|Police warrant at {fl} {blk} on {d1}: cannabis farm in three rooms and a young man living there who was locked in, couldn't speak English and said he'd been brought to the UK to "pay back" his journey. NRM referral - trafficked gardener, treated as victim.
CASEREV|VWO|KN|{d1}, outside the {est} shops: {m1} {s1} was threatened by a man holding a broken bottle at his face demanding he "step back". {m1} did not get hurt. Not a robbery, nothing asked for. Police ref {cad}.
RESFORM|VWO|-|"the kids from the other block were throwing stones at me from the bridge and one hit my leg. I am not injured, just a bit sore, but I am 81 years old." (tenant {f1} {s1}). Officer: battery, youths identified.
CASEREV|VWO|HB|{f1}, {age}, was cornered on {st} on {d1} by two men from her family's community association (not relatives) who told her she'd be "dealt with" for bringing shame by living with her boyfriend. Threats to kill believed. Honour-based abuse risk assessment; she wants a move.
CASEREV|VWO|MS|Subletting investigation at {fl} {st}: the tenant is renting bunk spaces to {n} women who say they work off their rent cleaning offices for his cousin's business for no pay. They can't leave as he has their documents. NRM + police. Forced labour.
HOMEVISIT|VWO|MS|On a repairs visit at {fl} {blk} the operative found a woman who said she is the household's "helper" - she sleeps in the kitchen, works 16 hours a day, isn't paid and isn't allowed out. Not related to the family. Police + NRM. Domestic servitude.
RESFORM|VWO|-|"When I went to tell him to turn it down the man at {fl2} grabbed me by my jumper and shoved me back against the bannister. no marks, not hurt." (tenant {m1} {s1}, {d1}). Officer: common assault reported to police; no other relationship.
CASEREV|VWO|-|{ref}: a security officer at the {est} community centre was kicked at (missed) and pushed by a man who'd been refused entry; no injury. CCTV secured. Man is a resident of {blk}.
CASEREV|STK|DA|{ref} - housing/DA. Tenant {f1} {s1}: partner {m1} checks her phone every night, has the passwords to her bank, decides who she sees and "times" her when she goes to the shop. She hasn't seen her sister in {n} months. No physical violence she says. Controlling/coercive behaviour - IDVA referral, police aware.
CASEREV|STK|DA;ON|Ex-partner {m1} {s1} has sent {f1} hundreds of {app} messages since they split on {d1} - pictures of her front door, "I know you're in", voice notes crying then threatening. She has blocked him {n} times; new accounts keep appearing. Police ref {cad}. Request CCTV on block entrance.
WALKABOUT|STK|DA|Estate walkabout {d1}: concierge at {blk} says a man in a {car} has been parked opposite most nights for {wk} weeks watching the 4th floor. Tenant {f1} {s1} confirmed it's her ex, {m1}; he doesn't get out or speak to her, just sits there. She split from him in {yr}. Stalking - police + DA support.
HOMEVISIT|STK|DA|Rent arrears visit {d1}. {f1} {s1} explained the arrears: her husband takes her whole UC payment into his account and gives her {amts} a week for food, checks every receipt, won't let her work. Says "it's his money because he's the man". Economic abuse / coercive control. DA referral, money advice, direct payment of HB to be set up.
HOMEVISIT|STK|DA|Mr {m1} {s1} ({oage}) - adult son {m2} moved in after losing his job. He has taken over the post, answers the phone, won't let his dad's friends visit and has told the GP surgery not to call. Dad frightened to go against him. Controlling behaviour within family - DA referral + adult safeguarding.
CASEREV|STK|-|{ref}: tenant {f1} {s1} is being harassed by her partner's ex-wife - {n} abusive letters through her door since {d1}, turning up at her work, telling neighbours lies. {f1} has never been in a relationship with or related to the ex-wife. Harassment, police ref {cad}. Not DA for {f1}.
CASEREV|STK|DA;ON|{m1} {s1} (tenant) - ex-girlfriend {f1} {s2} is posting about him on Instagram and TikTok every few days since {d1}, tagging his workplace, posting his new address. They were together {yrs} yrs. Malicious comms / harassment. Police aware, he's asked for his address to be suppressed.
MARAC|STK|DA|NMO in place since {d1} (ex-partner {m1} {s1}). He has been seen at the {blk} entrance {n} times since, left flowers and a card on her mat and rang her mother. Police informed of breaches. V terrified. Pls review CCTV + change fob access.
RESFORM|STK|DA|"my brother won't stop ringing and texting me for money, 30 or 40 times a day, and he turns up at the flat when Im at work and waits. I gave him money for years because of mum but I cant anymore." (tenant {f1} {s1}). Officer: phone and SMS only, harassment, adult sibling - DA referral.
CASEREV|STK|DA;ON|{ref}: V {f1} {s1} - fake Facebook profiles in her name set up by her ex {m1} (they were together {yrs} yrs, separated {d1}) sending messages to her friends and family saying she's an unfit mother. Police investigating harassment. Screenshots in file.
MARAC|STK|DA|MARAC info share: ex-partner {m1} {s1} has made {n} false reports about V to housing (drugs, subletting, noise) since {d1} to get her evicted. All unfounded on investigation. Treat as part of his harassment; flag her file so reports go straight to her HO.
RESFORM|STK|DA|"My ex girlfriend from years ago (we split up in {yr}!) has started sending letters to my flat again, {n} so far, saying she is watching me and knows who comes in and out." (tenant {m1} {s1}). Officer note: harassment, ex-partner, letters kept.
HOMEVISIT|STK|DA|HV {d1}: Mr {m1} {s1} says his wife checks the mileage on the car, phones him every 20 mins when he's out, took his bank card and won't let him see his own children from his first marriage. He cried during the visit. Coercive control - male victims service referral.
CASEREV|STK|DA;HB|{f1} {s1} ({age}) lives with her parents and brothers at {fl} {st}. Her father monitors her phone, she is followed to college by her brother, and she was told she will "bring dishonour" if she keeps seeing a boy. HBA + controlling behaviour. Safe contact only via college.
RESFORM|STK|DA|"my son's wife keeps ringing and texting me nasty things since I told her to move out of my flat. she says Ill die alone and no one will come to my funeral. its every day." (tenant {f1} {s1}, {oage}). Officer: phone/text only, daughter-in-law, harassment, DA referral.
MARAC|STK|DA;ON|DVPN served on {m1} {s1} {d1}. Since then he has messaged {f1} on Snapchat from new accounts {n} times asking her to drop it and saying he'll "make sure she loses the flat". Breach reported to police. Housing reassured her the tenancy is hers.
HOMEVISIT|STK|DA|Tenant Mr {m1} {s1} ({oage}) - granddaughter has taken control of his bank cards, changed his phone number without telling him, turns away his friends at the door and says he is "confused". He is not. Controlling behaviour, family. Adult safeguarding + DA referral.
CASEREV|STK|DA|{ref}: tenant {f1} {s1} found a GPS tracker taped under her car on {d2}. Her ex {m1} has been turning up wherever she goes for {wk} weeks. They split {d1}. Stalking - police have the tracker.
RESFORM|STK|DA|"he rings me from withheld numbers all day every day. 40, 50 times. when I answer he just breathes or says my name. its my ex husband I know its him." - tenant {f1} {s1}, complaint form {d1}. Officer: phone only, stalking, DA.
CASEREV|STK|DA|{f1} {s1} - partner makes her account for every penny, took out two loans in joint names without telling her properly, stops her working, and says she's "useless with money". She's now scared to open post. Coercive control including economic abuse. Refer.
HOMEVISIT|STK|DA|Tenant {f1} {s1} ({oage}) disclosed her adult son reads all her post and texts, stops her going to church, and has told her she'll go in a home if she complains. No violence. DA referral - family, coercive behaviour.
CASEREV|STK|DA;ON|{ref}: {m1} {s1}'s ex-partner (from {yrs} yrs ago) found him on Facebook last month, then turned up at his new flat on {d1} and {d2}, and keeps messaging him through Messenger. He moved here to get away from her. Stalking - police + DA service.
CASEREV|STK|-|{ref}: tenant {f1} {s1} at {fl} is being harassed by neighbour {f2} {s2} at {fl2}. Notes through the door calling her a liar, banging on the adjoining wall whenever she has visitors, filming her on her phone from the balcony. {n} diary entries since {d1}. Harassment. Injunction being considered.
CASEREV|STK|ON|{ref}: neighbours have been posting about {m1} {s1} on the "{est} Residents" Facebook group since {d1}, calling him a grass and posting photos of his door. {n} posts. Harassment / malicious comms. Admin asked to remove, screenshots kept.
CASEREV|STK|HC|Community trigger {ref} activated by {f1} {s1}. Family at {fl} have been subjected to racist harassment from the household at {fl2} for {n} months: monkey noises when they pass, notes saying "go home", children told they stink. Police have {n} logs, DOB of suspects N/K. Hate crime - repeat victim.
CASEREV|STK|HC|{m1} {s1} (autistic, lives alone) - group of lads knock on his door most evenings, film him and call him names about his disability, and laugh when he answers. Started {d1}, {n} incidents logged. Disability hate harassment.
RESFORM|STK|-|"a man has followed me from the bus stop to my block 3 times now. last time he stood at the bottom of the stairs and said 'see you tomorrow'. I dont know who he is." (complainant {f1} {s1}, {d1}). Officer: stalking report to police, CCTV request for block entrance.
CASEREV|STK|-|Resident landlord issue: {m1} {s1} rents a room from a leaseholder at {fl} {blk}. Since he gave notice the landlord has texted him dozens of times a day, shouted abuse through his door and followed him to the bus. Texts only, no apps. Not related. Harassment.
CASEREV|STK|ON|{ref}: {f1} {s1} and her former flatmate {f2} {s2} (friends, never partners) fell out over the deposit. {f2} has since sent {n} abusive WhatsApps and voice notes calling her a thief and threatening to "expose" her. Harassment. Not DA.
RESFORM|STK|-|"my sisters ex keeps turning up at my flat asking where she is and calling me, he was outside again on {d1}. I never went out with him, he's just obsessed with finding her." Complainant {f1} {s1}. Officer: harassment of V by her sister's ex-partner. Not DA for V.
CASEREV|STK|ON|Youth case: girl (15) at {fl} {blk} being harassed on Snapchat by her ex-boyfriend (15) - he has shared her private messages with classmates and sends her {n} messages a night. No sexual images involved. School + police involved. Not DA (under 16).
CASEREV|STK|HC|{ref}: {m1} {s1} and his husband have had {n} notes pushed under their door since {d1} with homophobic slurs and a Bible verse. Neighbour suspected (handwriting matches a previous complaint letter). Homophobic harassment.
RESFORM|STK|-|Complaint form: "someone keeps sending me anonymous letters, {n} so far, saying they know I'm on benefits and they'll report me, and that my kids are dirty. posted through my door at night." Officer: V {f1} {s1}, malicious communications. No suspect.
CASEREV|STK|ON|Staff harassment: tenant {m1} {s1} has emailed HO {off} {n} times since {d1}, including to her personal email which he found online, calling her names and saying he knows where she parks. Malicious comms, police ref {cad}.
CASEREV|STK|ON|{ref}: neighbour at {fl2} keeps photographing {f1} {s1}'s children on the walkway and posting them on TikTok with mocking captions. She has asked him to stop. {n} videos found. Harassment.
CASEREV|STK|HC|Tenant {f1} {s1} (trans woman) - neighbour keeps leaving notes using her old name and saying "we know what you are". {n} notes since {d1}. Transphobic harassment.
RESFORM|STK|HC|"Every week since Ramadan someone leaves bacon on our door handle and spits on the mat. Its the same man from {fl2}, my husband saw him." (complainant {f1} {s1}). Officer: repeat incidents, anti-Muslim harassment.
CASEREV|STK|-|V {f1} {s1}: a man from her old workplace (colleague only, never dated) has been waiting outside her block, sending her flowers and calling her work phone for {wk} weeks. Stalking. Police ref {cad}.
CASEREV|STK|-|Complaint {ref}: tenant {m1} {s1} says his former friend {m2} (no relationship, they used to drink together) keeps knocking on his door at night and texting threats about money he says he's owed. {n} occasions since {d1}. Texts and doorstep only. Harassment.
HOMEVISIT|STK|-|HV {d1}. {f1} {s1} says if her ex ever found out her address he would "make her life hell" - she left him in {yr} and there has been no contact since. The current problem is the man at {fl2} who keeps banging on her door at night and calling her names, {n} times since the summer. Harassment by neighbour. Not DA.
CASEREV|STK|-|{ref}: the partner of the tenant at {fl2} has been harassing V {f1} {s1} for {wk} weeks - shouting at her from the balcony, following her to the bins, texting her (she got V's number from a residents' list). V has never been in a relationship with him. Harassment.
CASEREV|STK|DA|{ref}: ex-partner {m1} keyed {f1}'s car twice, sits outside her block, and has turned up at her gym. {n} logged incidents since {d1}. They were together {yrs} years. Stalking with criminal damage - police.
CASEREV|STK|DA|{ref}: {f1} {s1}'s ex {m1} has been turning up at her flat, ringing her work and following her for months. On {d1} he got in through the bathroom window while she was out and took her diary and some photos. Reported as stalking with burglary. Lock and window upgrades raised.
CASEREV|STK|ON|{ref}: ex-colleague of {m1} {s1} (no relationship, just worked together) has been posting about him on LinkedIn and emailing his new employer calling him a fraud since {d1}. Harassment / malicious comms.
RESFORM|STK|DA|"I told him it was over in {yr} and he still sends birthday cards with things written in like 'you'll always be mine' and last month he waited by my car." (tenant {f1} {s1}). Officer: ex-partner, stalking, DA support offered and accepted.
CASEREV|STK|DA|{ref}: V {m1} {s1}'s father rings him up to {n} times a night, comes to the estate and shouts at his door when he won't give him money, has followed him to the job centre. V is {age}. Father not living with him. Harassment by parent - DA.
CASEREV|STK|-|Neighbour dispute {ref}: {n} months of the household at {fl2} deliberately slamming doors at 3am, leaving dog mess on V's mat, and taking pictures of V's visitors. Police have logged it as harassment. Neighbours only.
HOMEVISIT|STK|DA|HV {d1}. {f1} {s1} said her husband chooses her clothes, won't let her have a key to her own flat, and locks her phone in his car when he goes to work. "I'm not allowed to go out without him." No injuries. Coercive control. IDVA referral.
CASEREV|STK|-|{ref}: former lodger {m1} {s1} (rented a room, no relationship) keeps coming back to the tenant's door asking for "his" post and shouting, {n} times since he left on {d1}, and rings her daily. Harassment.
HOMEVISIT|SEX|DA|HV {d1} - {f1} {s1} disclosed that her husband has been forcing her to have sex when she says no, "most weekends" for {n} months. She hasn't told police. Husband not present. Rape - IDVA + ISVA referral with her consent. Safety planning done, safe number noted.
CASEREV|SEX|DA|{ref}: during child contact handover at {blk} on {d1}, V's ex-partner {m1} pushed her into the hallway and groped her breasts and between her legs. They split {yrs} years ago. Sexual assault, police ref {cad}. Contact to move to a contact centre.
CCTV|SEX|-|CCTV request {ref}: stairwell B, {blk}, {d1} {tm}. Tenant {f1} {s1} was raped in the stairwell by a man she didn't know who followed her in through the fob door. Police have requested footage. Urgent - footage overwrites in 31 days. ISVA referral done.
RESFORM|SEX|-|"The man in the ground floor flat stands in his window with no clothes on touching himself when I walk past with my shopping, its happened {n} times now and he smiles at me." (complainant {f1} {s1}, {d1}). Officer: exposure, police ref {cad}.
CASEREV|SEX|-|{ref}: tenant {f1} {s1} found the man from {fl2} filming through her bathroom window from the walkway on {d1} with his phone. Police seized the phone, voyeurism. She wants frosted glass fitted (job raised) + support.
CASEREV|SEX|CS|Closure order application {ref} - {fl} {blk}. Neighbours report girls who look 13-15 going in with older men at night, drinks and cannabis supplied, girls leaving in the morning distressed. Police have identified two girls aged 14 and 15 as victims of sexual exploitation. CSE strategy meeting held.
CASEREV|SEX|CS;ON|{ref}: mum {f1} {s1} found messages on her 13 y/o daughter's Snapchat from a man who says he's 19, asking for "pics" and to meet at the {est} garages. Police have the phone. Online grooming / CSE. Referral for the girl and mum.
HOMEVISIT|SEX|CS|HV {d2}: tenant {f1} {s1} ({age}) disclosed her uncle sexually abused her from the age of 8 to 12 when she lived with her grandparents. She's never told anyone. He's now living near the estate and she saw him on {d1}. Historic CSA - ISVA + police if she wants.
CASEREV|SEX|MS|Police warrant {d1} at {fl} {st}: flat being used as a brothel, {n} women found who said they are moved between flats every few weeks, don't keep their money and were brought into the UK by the men running it. Trafficking for sexual exploitation. NRM referrals.
CASEREV|SEX|CS|{ref}: the tenant's lodger, {m1} {s1} (22), is in a "relationship" with the tenant's neighbour's daughter who is 15. Police informed, sexual activity with a child. Girl's mum distraught, wants support for her. Lodger asked to leave under tenancy terms.
RESFORM|SEX|-|"my flatmate came into my room when I was asleep and raped me. we have shared the flat for a year, we are not together and never have been." (tenant {f1} {s1}, emailed {d1}). Officer: police informed with consent, ISVA, urgent management move.
HOMEVISIT|SEX|DA|{m1} {s1} told his HO that his partner {m2} has raped him on {n} occasions when he's been drunk or asleep. They've lived together {yrs} years at {fl} {st}. He's asked not to involve police yet. Male ISVA + DA support referral.
REPAIRS|SEX|-|Complaint re contractor: during a boiler repair at {fl} {blk} on {d1} the engineer grabbed tenant {f1} {s1}'s bottom and tried to kiss her in the kitchen. Sexual assault reported to police, contracter removed from our jobs.
HOMEVISIT|SEX|-|Welfare visit {d1} - {f1} {s1} ({oage}) says the carer from the home care agency touches her breasts when washing her, and says "it's part of the job". Not related to her. Safeguarding adults + police. Sexual assault.
CASEREV|SEX|-|{ref}: upskirting at the {est} shopping parade - man filmed up {f1} {s1}'s skirt on the escalator on {d1}, she saw it on his screen. Police have his phone. Voyeurism offence.
CCTV|SEX|-|CCTV request {ref}: lift {blk} {d1} ~{tm}. Tenant {f1} {s1} groped in the lift by a man from another block who pressed against her and put his hand up her top. She knows him by sight only. Sexual assault.
CASEREV|SEX|CS|Social care strategy: 9 y/o girl at {fl} {st} disclosed her mum's boyfriend touched her private parts when mum was at work. Boyfriend has left. Child sexual abuse - child victim, so not the DA flag. Mum wants support for her and daughter.
CASEREV|SEX|DA;CS|{ref}: {f1} (17) disclosed her stepfather, married to her mum and living at {fl} {blk}, has sexually assaulted her since she was 16. Police and social care. Mum supportive and has asked him to leave. Urgent lock change.
CASEREV|SEX|CS|Exploitation concern {ref}: a 16 y/o boy from {fl2} is staying at an older man's flat on {st} where he's given drugs and money in return for sex with the man's friends. Police + CSE team. Child is 16 - still under 18, exploitation.
RESFORM|SEX|DA|"We got divorced in {yr}. Last month he came round to 'talk about the kids' and raped me in my own bedroom. I haven't told anyone but I need to move." (tenant {f1} {s1}). Officer: ISVA referral, police option discussed, management transfer.
CASEREV|SEX|KN|{ref}: {f1} {s1} was sexually assaulted on the towpath behind {blk} on {d1} by a man who held a knife to her side and told her not to scream. Stranger. Police ref {cad}. Lighting and cameras on the path requested.
CASEREV|SEX|-|Party at {fl} {blk} on {d1}: guest {f1} {s1} believes her drink was spiked and she woke up with a man she didn't know on top of her. Police investigating rape. She is not a resident. Tenant says he didn't know the man.
CASEREV|SEX|CS|{ref}: parents at {est} report a man exposing himself to children at the play area on {d1} and again on {d2}. Children aged 7-11 saw it. Police ref {cad}. Exposure to children.
RESFORM|SEX|-|"my landlord (I rent a room off a leaseholder in {blk}) said I could pay less rent if I slept with him and when I said no he grabbed my breasts in the hallway." - {f1} {s1}, {d1}. Officer: sexual assault, leasehold team, police.
CASEREV|SEX|ON|{ref}: tenant {f1} {s1} keeps receiving unsolicited pictures of a man's genitals on WhatsApp from a number she thinks is the man at {fl2} (he got her number from the residents' association list). {n} images since {d1}. Cyberflashing - police.
CASEREV|SEX|CS|{ref}: police CSE team - boy (14) from {fl} {blk} was paid in vapes and cash by a man on the estate to perform sex acts and be photographed. Man arrested. Family want support.
CASEREV|SEX|DA|{f1} {s1} says the man she has been seeing for about 3 months (they don't live together) forced her to have sex at his flat on {d1} after she said she wanted to stop. Police report made. Partner - DA + ISVA.
RESFORM|SEX|-|"my best friends husband drove me home after her birthday and kissed me and put his hand in my knickers when I said no. I havent told her." (tenant {f1} {s1}). Officer: sexual assault; V not related to him, no relationship. Not DA.
CASEREV|SEX|CS;MS|{ref}: police found a 16 y/o girl at {fl} {st} who had been moved between three cities by adults and sold for sex. Trafficking + child sexual exploitation. Placed in foster care; her aunt on our estate asked for support.
CASEREV|SEX|-|{ref}: man seen masturbating in his car in the {est} car park facing the flats on {d1} and {d2}, tenants {f1} {s1} and {f2} {s2} saw it. Exposure. Reg noted. CCTV request.
CCTV|ROB|KN|CCTV request {ref}: underpass by {blk}, {d1} approx {tm}. Tenant {m1} {s1} was pinned against the wall by two males, one held a knife to his stomach, and they took his phone and {amt} cash. No injuries. Police ref {cad}.
CASEREV|ROB|-|{ref}: {m1} {s1} punched in the face outside the {est} shops on {d1} and his wallet and watch taken while he was on the floor. Broken nose (hospital). Robbery. Two males, not known to him. Victim referral.
RESFORM|ROB|-|"a lad pushed me over at the cash machine on {st} and grabbed my handbag with my pension in it, I hurt my knee and my glasses broke." (tenant {f1} {s1}, {oage}, {d1}). Officer: robbery, police ref {cad}.
CASEREV|ROB|DA|{ref}: V {f1} {s1} - her ex-partner {m1} pushed her to the ground in the car park on {d1} and took her purse and phone so she "couldn't ring anyone". They seperated {wk} weeks ago. Robbery - DA support, police.
CASEREV|ROB|-|Delivery rider {m1} {s1} (tenant) knocked off his moped by two men on the {est} service road on {d1}; one hit him with a helmet, they rode off on the moped. Bruised ribs. Robbery.
CASEREV|ROB|-|{ref}: 13 y/o boy from {fl} {blk} was pushed against the railings by older teenagers on {d1} and told to hand over his phone and trainers "or else"; they took both. Not hurt. Robbery. Mum wants support.
CASEREV|ROB|KN|{ref}: the mini-mart on the {est} parade was robbed on {d1} at {tm} by a man with a machete who made the shop assistant {m1} {s1} empty the till. Nobody hurt. Business robbery. Assistant lives in {blk}.
CASEREV|ROB|HC|{ref}: {m1} {s1} was surrounded near the mosque on {st} on {d1}; the men shouted anti-Muslim abuse, pulled his prayer bag off him and took his phone and wallet. Grazes. Robbery with religious hostility.
HOMEVISIT|ROB|-|{f1} {s1} ({oage}) - a man knocked saying he was from the water board; when she opened the door he shoved her back into the hallway and grabbed her handbag off the hook and ran. She fell, bruised. Robbery at doorstep. Door viewer + chain job raised.
HOMEVISIT|ROB|DA|Tenant {f1} {s1} ({oage}) - her grandson {m1} (adult) held her arm and took her purse off her on {d1} when she refused to give him money; bruised wrist. Police attended. Robbery within family - DA referral.
CASEREV|ROB|-|{ref}: {m1} {s1} threatened with what looked like a handgun by two males on bikes behind {blk}, {d1}, who took his phone, AirPods and keys. No injuries. Firearms officers attended. Robbery.
RESFORM|ROB|-|"This boy grabbed my bag and when I held on he dragged me along the pavement until the strap broke and he ran off with it. my hands and knees are all cut." (complainant {f1} {s1}, {d1}). Officer: force used - robbery not a snatch.
HOMEVISIT|BUR|-|Burglary at {fl} {blk} while tenant {f1} {s1} was at her daughter's for the weekend of {d1}. Front door forced, jewellery, laptop and {amt} cash taken. Boarding-up done by OOH, tenant v. greatful. Victim referral + door upgrade.
CASEREV|BUR|-|{ref}: access gained via balcony at {fl} {st} (1st floor) overnight {d1}; TV, games console and passports taken while the family slept. Police ref {cad}. Anti-climb paint + balcony gate request.
CASEREV|BUR|-|{ref}: the {est} community centre was broken into on {d1}; door jemmied, laptop, tea urn and the youth club's petty cash tin taken. Business/community burglary. Centre manager {f1} {s1} is the contact.
VOID|BUR|-|Void {fl} {blk}: on the pre-let inspection {d1} found the back door forced and all copper pipework and the boiler removed. Someone has been in more than once. Burglary report to police {cad}. Security screens to be fitted.
HOMEVISIT|BUR|-|Distraction burglary: {f1} {s1} ({oage}) let in a man who said he was from "the housing" to check radiators; while she showed him the kitchen, another man took {amt} from her bedroom drawer. Police ref {cad}. We don't do unannounced checks - reassurance given.
CASEREV|BUR|DA|{ref}: {f1} {s1}'s ex-partner {m1} let himself into her flat on {d2} with a key he'd copied and took the TV and her laptop while she was at work. He moved out in {d1}. Burglary - police, lock change, DA support.
CASEREV|BUR|-|{ref}: break-in at {fl} {st} on {d1} - tenant {m1} {s1}'s bike (kept in his hallway) and laptop taken after the door was kicked in. Criminal damage to door. Burglary.
CASEREV|BUR|-|{ref}: garages at {est} - {n} lock-ups broken into on {d1}, tools and a tenant's stored furniture taken. Garage tenants notified. Non-dwelling burglary.
CASEREV|BUR|-|Attempted burglary {fl} {blk}, {d1}: jemmy marks round the lock and the letterbox bent, but they didn't get in. Tenant {m1} {s1} heard them at {tm}. Police ref {cad}. Door upgrade.
CASEREV|BUR|-|The estate office on {st} was burgled overnight {d1}; staff laptops and a box of fobs taken. Police ref {cad}. All fobs to be cancelled. Staff member {f1} {s1} found it.
HOMEVISIT|BUR|DA|Tenant {f1} {s1} - her brother {m1} (no longer lives here, mum kicked him out) climbed in through the kitchen window on {d1} and took her savings tin with {amt} in it. Neighbour saw him. Burglary - DA referral as family.
CASEREV|BUR|-|{ref}: laundry room at {blk} broken into {d1}, coin boxes on the machines prised open. Residents' property untouched. Burglary (communal).
HOMEVISIT|BUR|-|HV {d2} to {f1} {s1} ({oage}) - someone got in through the back door on {d1} while she was at the day centre. Drawers emptied on the floor, nothing obviously missing but she is very frightened. Burglary, police ref {cad}.
CASEREV|BUR|-|Community hall, {est}: side door forced on {d1}, sound system and the food bank's stock taken. Police ref {cad}. Food bank coordinator {m1} {s1} needs support.
RESFORM|BUR|-|"I came home and the door was open and my flat had been turned over. they took my dads medals and my jewellery. I feel sick that someone was in my home." (tenant {f1} {s1}, {d1}). Officer: burglary, police aware.
CASEREV|BUR|-|{ref}: {m1} {s1} came back from hospital to find his flat had been broken into (rear window) and his medication, TV and {amt} in cash had gone. He lives alone. Police ref {cad}.
RESFORM|BUR|-|"Someone has been in my shed in the back garden, the lock was snapped and my lawnmower and tools are gone." (tenant {m1} {s1}, {d1}). Officer: outbuilding burglary, police ref {cad}.
CASEREV|BUR|-|{ref}: a man was seen climbing out of {f1} {s1}'s window on {d1} with a bag - she was in the other room and didn't see him. Handbag and car keys missing. Burglary. Not known to her.
WALKABOUT|VEH|-|Walkabout {d1}: {n} cars in the {est} car park had catalytic converters cut off overnight, including tenant {m1} {s1}'s {car}. Police ref {cad}. Residents asking for better lighting/CCTV.
CASEREV|VEH|-|{ref}: tenant {f1} {s1}'s {car} was stolen from outside {blk} on {d1} - keys were in the house, police think a relay device was used. Theft of motor vehicle.
RESFORM|VEH|-|"Someone smashed my van window and took all my tools, thats my living gone." (tenant {m1} {s1}, {d1}, {st}). Officer: theft from vehicle, police ref {cad}.
CCTV|VEH|-|CCTV request {ref}, car park cam 2, {d1} {tm}: two youths trying the door handles of every car down the row. No entry gained. Vehicle interference.
CASEREV|VEH|-|{ref}: tenant {m1} {s1}'s motorbike was stolen from the bike bay by {blk} on {d1}; chain cut. Police ref {cad}. Secure bay request.
CASEREV|VEH|DA|{ref}: {f1} {s1} reports her ex-husband {m1} took her car from outside the flat on {d1} using the spare key he kept and won't give it back. Police aware - taking without consent. DA support in place.
RESFORM|VEH|-|"both my number plates were took off my car overnight again, second time this year." (tenant {f1} {s1}, {d1}). Officer: theft from vehicle, recommend anti-theft screws.
CASEREV|VEH|-|{ref}: car window smashed on {st} on {d1} and the sat nav and a handbag taken from the footwell. Owner {f1} {s1}. Theft from vehicle.
CASEREV|VEH|-|{ref}: stolen {car} driven round the {est} estate at speed on {d1} then crashed into the bollards by {blk} and abandoned. Nobody hurt. Owner is one of our tenants, {m1} {s1}. Aggravated vehicle taking.
CASEREV|VEH|DA|{ref}: V {f1} {s1} - her son {m1} (adult, lives with her) took her car without asking on {d1} and again on {d2}, she had to report it stolen to get it back. He threatens to "wreck it" if she involves police. Family - DA.
CASEREV|TFP|-|{ref}: {f1} {s1} was on the phone outside {blk} on {d1} when a lad on a moped rode past and snatched it out of her hand. She wasn't touched or hurt. Theft from person.
RESFORM|TFP|-|"Someone took my purse out of my bag at the market on saturday, I didnt feel a thing, it had my bus pass and {amt} in it." (tenant {f1} {s1}, {oage}). Officer: pickpocket, police ref {cad}.
CASEREV|TFP|-|{ref}: {m1} {s1} had his wallet lifted from his back pocket on the bus from {st} on {d1}. Saw a man press against him. Theft from the person.
CCTV|TFP|-|CCTV request {ref}: lift {blk}, {d1} ~{tm}. Tenant {f1} {s1}'s phone was slipped out of her coat pocket in a crowded lift. No force. Theft from person.
RESFORM|TFP|-|"A girl bumped into me on the walkway and when I got home my wallet was gone from my jacket." ({m1} {s1}, {d1}). Officer: pickpocketing, police ref {cad}.
CASEREV|TFP|-|{ref}: phone snatched from {m1} {s1}'s hand by a cyclist on {st} on {d1} - no contact with him, he just lost the phone. Theft from person.
CASEREV|TFP|-|{ref}: {f1} {s1} ({oage}) had her purse taken from her shopping trolley bag while she was at the bus stop on {d1}; she didn't notice until she got on. Police ref {cad}.
RESFORM|BIK|-|"my {bike} was nicked from the railings outside {blk} sometime between {tm} and the morning, the D lock was cut" (tenant {m1} {s1}, {d1}). Officer: pedal cycle theft, request for a secure bike hangar.
CASEREV|BIK|-|{ref}: child's bike stolen from the front garden of {fl} {st} on {d1}. The garden gate was open. Mum {f1} {s1} is upset as it was a birthday present. Police ref {cad}.
CASEREV|BIK|-|{ref}: {m1} {s1}'s {bike} taken from the cycle hoops at the station on {d1}, lock left on the ground. Theft of pedal cycle.
WALKABOUT|BIK|-|Estate walkabout {d2}: the bike rack at {blk} has had {n} bikes taken since the summer, locks cut. Latest: {f1} {s1}'s {bike} on {d1}. Police ref {cad}.
CASEREV|BIK|-|{ref}: tenant {m1} {s1} saw two known youths ride off on his {bike} which he'd left unlocked outside the shop on the parade for a minute on {d1}. Bicycle theft.
RESFORM|BIK|-|"I need my bike to get to work and somebody has took it from the bike shelter by the car park, I've reported it to the police." ({f1} {s1}, {d1}, {est}). Officer: pedal cycle theft, crime ref {cad}.
CASEREV|BIK|-|{ref}: {m1} {s1}'s {bike} stolen from outside the GP surgery on {st} on {d1} - he'd locked it to a drainpipe. Theft of a pedal cycle.
CASEREV|SHP|-|{ref}: shopkeeper {m1} {s1} (Parade Food & Wine, {est}) reports a group of teenagers stealing sweets and energy drinks from the shop {n} times since {d1}, just walking out. No threats. Shoplifting.
CASEREV|SHP|-|{ref}: staff at the pharmacy on {st} caught a woman putting cosmetics and vitamins worth {amts} in her bag on {d1}. She left before police came. Shoplifting.
RESFORM|SHP|-|"I run the little shop under {blk} and the same man comes in and takes bottles of vodka and walks out, {n} times now, the police said to keep the CCTV." ({m1} {s1}, {d1}). Officer: shoplifting, repeat victim.
CASEREV|SHP|-|{ref}: charity shop on the {est} parade - volunteer {f1} {s1} saw a man take a coat off the rail and walk out without paying on {d1}. Shoplifting.
CASEREV|SHP|-|{ref}: the Co-op on {st} had {amt} of meat and coffee taken by two men who filled bags and left on {d1}. Manager {f1} {s1} is a tenant and asked for victim info. Shoplifting.
CASEREV|SHP|-|{ref}: mini-supermarket on {st} - baby milk and razors taken by a man on {d1} who hid them in a pram. Shop manager {m1} {s1}. Shoplifting.
RESFORM|SHP|-|"my shop keeps getting robbed by kids, well not robbed, they just grab crisps and cans and run. no violence." ({m1} {s1}, newsagent, {est}). Officer: theft from shop, repeat.
CASEREV|OTH|-|{ref}: parcels taken from the communal lobby at {blk} - {n} residents affected since {d1}, including {f1} {s1} who lost a {amt} delivery. Doorstep theft. CCTV request raised.
CASEREV|OTH|-|{ref}: post boxes at {blk} forced open on {d1} and mail including bank cards taken. Royal Mail + police informed. Theft of mail. Residents advised.
HOMEVISIT|OTH|-|Tenant {f1} {s1} says her lodger {m1} {s2} (not related, rents the small bedroom) took {amt} from the tin in her wardrobe on {d1} and then left. He had a key and was allowed in the flat. Theft, police ref {cad}.
HOMEVISIT|OTH|-|{f1} {s1} ({oage}) - rings and a watch missing after the new agency carer's visits. Carer not related. Agency informed, police ref {cad}. Theft, safeguarding adults.
HOMEVISIT|OTH|DA|Arrears visit {d1}: Mrs {f1} {s1} ({oage}) says her son {m1} (in his 40s, lives with her) takes her pension cash from the tin every week and she has nothing left for the rent. She's scared to challenge him. Financial abuse by family - DA + adult safeguarding.
CASEREV|OTH|ON|{ref}: {m1} {s1} was contacted on Instagram by someone posing as a woman; after he sent intimate pictures they demanded {amt} or they'd send them to his family. He paid once. Blackmail, police ref {cad}.
CASEREV|OTH|-|{ref}: the chip shop on the {est} parade - a man ordered food for {amts}, took it and ran without paying on {d1}. Making off without payment.
WALKABOUT|OTH|-|Walkabout {d2}: the residents' association reports all the plants and the bench cushions from the {blk} communal garden have been taken since {d1}. Theft. Volunteer {f1} {s1} is very upset.
CASEREV|OTH|-|{ref}: {f1} {s1} left her washing in the communal dryer at {blk} on {d1} and came back to find it all gone. Theft. {n} other residents had the same.
CASEREV|OTH|-|{ref}: audit found {amt} missing from the estate office petty cash; caretaker {m1} {s1} admitted taking it over several months. Theft by employee. Police informed.
CASEREV|OTH|DA|{ref}: V {f1} {s1} left her partner on {d1}. He kept her bank card, has withdrawn {amt} from her account and refuses to return her passport and clothes. Economic abuse - DA referral, police aware of the theft.
RESFORM|OTH|-|"the woman in {fl2} says if I don't give her {amt} she will tell the council I've got someone living with me. I haven't even. she asked twice." (tenant {f1} {s1}). Officer: blackmail, police ref {cad}.
RESFORM|OTH|-|"someone has took my washing line, my garden chairs and the solar lights out of my front garden, the gate doesnt lock." (tenant {f1} {s1}, {d1}, {st}). Officer: theft from garden, police ref {cad}.
HOMEVISIT|OTH|-|Tenant {m1} {s1} ({oage}) - his friend who "helps with shopping" (no relation, not a carer) has been keeping the change and on {d1} took {amts} out of his wallet while he was in the bathroom. Theft. Adult safeguarding alert.
CASEREV|CDA|-|{ref}: lit paper pushed through the letterbox of {fl} {blk} at {tm} on {d1}; mat and inner door scorched, tenant {f1} {s1} put it out with a wet towel. Arson - police + fire service. Letterbox fire bag fitted.
CASEREV|CDA|-|{ref}: all four tyres of {m1} {s1}'s {car} let down and both wing mirrors kicked off overnight {d1}. He thinks it's the man from {fl2} after their row about parking. Criminal damage to vehicle.
WALKABOUT|CDA|HC|Walkabout {d1}: racist graffiti sprayed on the front door of {fl} {blk} ("go home" + swastika). Family {s1} are very distressed. Graffiti removal ordered same day, police ref {cad}. Racially aggravated criminal damage.
CASEREV|CDA|DA|{ref}: ex-partner {m1} {s1} smashed two of {f1}'s front windows with a brick at {tm} on {d1}. They separated {wk} weeks ago. Emergancy glazing done, recharge NOT to be applied to V. DA support + police.
HOMEVISIT|CDA|DA|HV {d1}: tenant {f1} {s1} says her partner smashed her phone and put his foot through the TV when she said she wanted to see her friends. No violence to her. Police informed. DA referral, repairs not to be recharged.
WALKABOUT|CDA|-|Walkabout {d1}: bin chute fire at {blk} overnight, chute door melted. Fire brigade say deliberate. Arson. Third one this year (see {ref}).
CCTV|CDA|-|CCTV request {ref}: youths smashing the glass panel in the {blk} entrance door on {d1} at {tm} with a scooter. Door made safe by out-of-hours. Criminal damage.
RESFORM|CDA|-|"the woman upstairs poured paint all over my car bonnet and roof, I saw her from my window. its a white car and its ruined." ({f1} {s1}, {d1}). Officer: criminal damage to vehicle, police ref {cad}.
MARAC|CDA|DA|MARAC {ref}: ex-partner {m1} {s1} set fire to V's front door at {tm} on {d1} while she and the children were inside. Fire service put it out. Arson with intent to endanger life being investigated. Decant arranged.
WALKABOUT|CDA|HC|Walkabout {d1}: homophobic slurs painted on the wall beside {m1} {s1}'s door at {fl} {blk}. He and his partner are the only gay couple on the landing. Removal done, police ref {cad}. Hate-motivated damage.
CASEREV|CDA|-|{ref}: {m1} {s1}'s mobility scooter was set alight in the ground floor store at {blk} on {d1}. Fire spread to two prams. Arson. Mobility store to be relocated.
HOMEVISIT|CDA|DA|Tenant {f1} {s1} - her son {m1}, 19, kicked in her front door and broke the bathroom door on {d1} after she refused to give him money. She's not hurt. Repairs raised, police informed. DA referral (adult son).
VOID|CDA|-|Void {fl} {st}: between the keys being returned and our inspection on {d1} someone got in and smashed all the kitchen units and the bathroom suite. Nothing taken. Criminal damage, police ref {cad}.
WALKABOUT|CDA|-|Estate walkabout {d2}: large graffiti tags sprayed on the new community mural and the lift lobby walls at {blk} since {d1}. Cleaning contractor quoted {amt}. Criminal damage, police ref {cad}.
RESFORM|CDA|-|"Someone pulled up all the plants I put in the front garden and snapped my trellis and the little fence, this is the third time." (tenant {f1} {s1}, {d1}). Officer: criminal damage, neighbour dispute context.
CASEREV|CDA|-|{ref}: {m1} {s1}'s car was scratched down both sides with a key on {d1}. He thinks it was his ex-girlfriend's sister who blames him for the break-up; he's never been with the sister. Criminal damage. Not DA.
CASEREV|CDA|-|{ref}: stones thrown at {f1} {s1}'s windows from the field behind {blk} on {d1}; one window cracked. Youths seen running. Criminal damage.
CCTV|CDA|-|{ref}: CCTV camera at the {blk} bin store was smashed with a pole on {d1} at {tm} by a hooded male. Replacement costs {amt}. Criminal damage.
RESFORM|CDA|-|"someone glued my front door lock again, I had to get a locksmith, {amt}, this is the third time since {d1}." (tenant {m1} {s1}). Officer: criminal damage.
CASEREV|CDA|-|{ref}: tenant at {fl2} left the bath running deliberately on {d1}, after telling {f1} {s1} below he'd "flood her out". Her kitchen ceiling came down. Criminal damage (deliberate), police ref {cad}.
HOMEVISIT|CDA|DA|HV {d2}: {f1} {s1} says her husband threw her new phone in the bath and ripped up her college books on {d1} because she'd been "texting someone". Nobody hurt. Police informed. DA support referral.
CASEREV|CDA|DA|{ref}: V {m1} {s1} - his wife's brother smashed the windscreen of his {car} with a bat outside {blk} on {d1} after a family row about the wedding. Police ref {cad}. In-law family - DA.
CASEREV|CDA|HC|{ref}: wheelie bin set alight outside the door of the {s1} family at {fl} {st} on {d1}; a note left saying "no mosques here". Door blistered. Arson - religious hate crime.
HOMEVISIT|VWO|DA;KN|HV {d2}: {f1} {s1} said her ex {m1} came round on {d1}, took a kitchen knife from the drawer, slashed her sofa and her clothes and then pointed the blade at her saying "this could be you". She thought he'd use it. Nobody hurt. Police + IDVA. Knife seized.
CASEREV|CDA|-|{ref}: {m1} {s1}'s {car} was set on fire in the {est} car park at {tm} on {d1}. Two neighbouring cars scorched. Arson, police ref {cad}.
RESFORM|CDA|-|"the boys in the stairwell broke the fire door closer and kicked holes in the plaster by my door, I've got photos." (tenant {f1} {s1}, {d1}). Officer: criminal damage, repairs raised.
HOMEVISIT|CDA|DA|Tenant {m1} {s1} - his girlfriend smashed up his kitchen (cupboard doors, microwave, window) on {d1} when he tried to end things. He wasn't hurt. Police attended. DA referral, recharge waived.
CASEREV|CDA|-|{ref}: eggs and flour thrown at {fl} {blk}'s windows and door on {d1}, and the door's paintwork scratched with a coin. Paintwork damage confirmed on inspection. Criminal damage.
REPAIRS|DRG|-|Repairs visit {fl} {blk} {d1} (leak). Operative found two rooms set up for growing cannabis - lights, foil, about {n}0 plants. No one home. Police attended, plants seized. Tenancy enforcment to follow.
CASEREV|DRG|-|Closure order application {ref}: {fl} {st} - {n} weeks of diary evidence of visitors every few minutes, deals done on the doorstep, police found crack cocaine and scales on a warrant on {d1}. Supply of class A. Partial closure sought.
CASEREV|DRG|-|{ref}: tenant {m1} {s1} ({age}) has let two men use his flat to bag up and sell heroin; he says he's "fine with it" and gets paid in drugs. Police warrant {d1}. Cuckooing concern but no force or trafficking disclosed. Drugs supply.
CASEREV|DRG|-|{ref}: tenant {m1} {s1} arrested on {d1} for possession with intent to supply after police found cocaine in his car outside {blk}. Tenancy breach letter to follow.
CASEREV|DRG|-|{ref}: youths dealing cannabis in the {blk} stairwell most evenings, residents watching hand-to-hand deals. {n} reports. Police have arrested two for supply on {d1}.
HOMEVISIT|DRG|-|HV {d1} - tenant {f1} {s1}'s boyfriend (stays most nights) is selling cannabis from the flat, she confirmed. No concerns about how he treats her, she says he's "soft as anything" and no DA. Warning letter re tenancy conditions. Police informed.
CASEREV|DRG|-|Tenancy audit {fl} {st} on {d1}: wraps of what police confirmed as cocaine found in the bathroom, tenant admitted possession for own use. Caution. Support offered.
CASEREV|DRG|-|{ref}: void {fl} {blk} was being used by a subletter to grow cannabis - {n} plants, electricity bypassed. Police found on {d1}. Drugs production.
WALKABOUT|DRG|-|Walkabout {d1}: police arrested two men in the {est} car park for supplying nitrous oxide canisters and cannabis from a car boot. Residents had complained about the cars for weeks ({ref}).
CASEREV|DRG|-|{ref}: the flat at {fl} {blk} is a known crack house - {n} arrests for possession and supply since {d1}. Neighbours report needles and visitors all night. Closure order granted, tenancy to be ended.
CASEREV|DRG|-|{ref}: {m1} {s1} (tenant) convicted of being concerned in the supply of ketamine from his flat on {d2}. Possession proceedings ground 2.
RESFORM|DRG|-|"The flat downstairs is selling drugs, cars pull up all day and night and people knock my door by mistake asking for 'the man'. the police raided it on {d1} and found bags of weed and money." (tenant {f1} {s1}). Officer: supply of drugs confirmed by police.
CASEREV|DRG|-|{ref}: police found {n} bags of MDMA and a dealer's list in {fl} {st} on {d1} during a warrant. Tenant's adult son charged with PWITS. Mum {f1} {s1} is tenant, not charged.
CASEREV|DRG|-|{ref}: {m1} {s1} arrested on the walkway at {blk} on {d1} with a quantity of cannabis resin. He is a visitor, not a resident. Possession.
CASEREV|WPN|-|{ref}: youth stopped and searched by police near {blk} on {d1} had a kitchen knife in his waistband. No threats made to anyone. Possession of a bladed article. Mum is our tenant.
CASEREV|WPN|-|{ref}: caretaker found a handgun wrapped in a plastic bag in the {blk} bin store on {d1}. Police attended and removed it. Investigation ongoing.
CASEREV|WPN|-|{ref}: tenant {m1} {s1} walking round the {est} estate with a machete in his hand on {d1} - residents frightened, but no one threatened. Arrested for possession of an offensive weapon in public.
CASEREV|WPN|-|{ref}: police stopped {m1} {s1} outside the {est} shops on {d1} - he had a knuckle duster and an extendable baton in his coat. Possession of offensive weapons.
CASEREV|WPN|-|{ref}: {m1} {s1} arrested at {fl} {blk} on {d1} with cannabis deal bags and a lock knife in his pocket. No threats to anyone. Possession of a bladed article + drugs.
CASEREV|WPN|-|{ref}: tenant's visitor arrested on the stairs on {d1} for having CS spray in her bag. Prohibited weapon. Tenant {f1} {s1} not involved.
RESFORM|WPN|-|"the boy at {fl2} was shooting an air rifle out of his window at the pigeons and the pellets were landing by the kids' play area." (tenant {f1} {s1}, {d1}). Officer: police seized the air rifle, firearms offence.
CASEREV|WPN|-|{ref}: school found a knife in the bag of a 14 y/o from {fl} {st} on {d1}. He said it was "for protection" because of older boys on the estate. He didn't threaten anyone. Possession of a bladed article on school premises.
CASEREV|WPN|-|{ref}: police warrant at {fl} {blk} on {d1} found a crossbow and a sword in the hallway cupboard. Tenant arrested for possession of weapons. Neighbours frightend.
WALKABOUT|WPN|-|Walkabout {d1}: a resident watched a man push a zombie-style knife into the bushes by the {blk} playground and walk off; police traced and arrested him the same day for possession. Nobody was threatened. Knife sweep arranged. ({ref})
CASEREV|WPN|-|{ref}: CCTV shows a man with a knife handle sticking out of his jacket pocket outside {blk} on {d1}; police arrested him later. He didn't get it out or threaten anyone. Possession of bladed article.
CASEREV|WPN|-|{ref}: {m1} {s1} ({age}) arrested in the {est} car park on {d1} with a meat cleaver in a rucksack. Said he was "taking it home". Possession of a bladed article in public.
CASEREV|PUB|HC|{ref}: {f1} {s1} was waiting for the lift at {blk} on {d1} when a man from the 6th floor shouted racist abuse at her and told her to "go back where you came from". No physical contact. Racially aggravated public order.
OFFICE|PUB|-|Estate office incident {d1}: a tenant came in drunk, shouting and swearing, kicked a chair across the reception and threatened to "sort out" staff. Staff member {f1} {s1} distressed. Police attended. s4A/s5 public order.
CASEREV|PUB|-|{ref}: large fight involving about {n}0 people on the {est} green on {d1} after a football match; bottles thrown, residents terrified. No one reported injured. Police investigating violent disorder.
CASEREV|PUB|HC|{ref}: {m1} {s1} and his partner were called homophobic names and told they'd "get what's coming" by a group at the bus stop on {st} on {d1}. No contact. Homophobic public order.
RESFORM|PUB|-|"I knocked to ask about the noise and he came out screaming in my face, f-ing this and that, calling me a nosy old cow and saying I'd regret it. I was shaking for hours." (tenant {f1} {s1}, {d1}). Officer: one-off, s4A public order, neighbour.
CASEREV|PUB|-|{ref}: on {d1} {m1} {s1} squared up to the gas engineer on the landing, fists raised and shouting that he'd "knock him out", causing him to fear violence. Engineer left. Threatening behaviour (s4). No contact.
CASEREV|PUB|HC|{ref}: worshippers leaving the {st} mosque on {d1} had abuse shouted at them from a passing car about their religion. Tenant {m1} {s1} was one of them and is upset. Religiously aggravated public order.
RESFORM|PUB|HC|"yesterday a man I've never seen before at the bus stop shouted 'spastic' at me and laughed about my wheelchair so everybody heard, I came straight home crying." ({f1} {s1}, {d1}). Officer: one-off incident, disability hate, public order.
CASEREV|PUB|-|{ref}: group of drunk teenagers outside the {est} shops on {d1} shouting threats at passers-by and at shop staff, one tenant {f1} {s1} felt intimidated and went home. Public order s5.
CASEREV|PUB|DA|{ref}: {m1} {s1} stood outside his ex-partner {f1}'s block at {tm} on {d1} shouting and swearing at her window, calling her names so the whole estate could hear. One incident so far. They split {wk} weeks ago. Public order - DA support for {f1}.
CASEREV|PUB|HC|{ref}: tenant {f1} {s1}, who is transgender, was followed down {st} on {d1} by two men shouting transphobic abuse and laughing. No contact. Hate crime, public order.
CASEREV|PUB|-|{ref}: mass brawl between two families on the {est} car park on {d1}, about {n}0 people, weapons not seen. Nobody reported injured. Residents barricaded doors. Violent disorder. Dispersal order used.
OFFICE|PUB|-|{d1}: tenant {m1} {s1} shouted at HO {off} in the housing office, banging the counter and saying "you'll be sorry", causing her alarm. Police called. Public order.
CASEREV|PUB|HC|{ref}: {m1} {s1} racially abused by a passenger on the {st} bus on {d1} - called racist names and told to get off "his" bus. Threatened, no contact. Racially aggravated s4A.
RESFORM|PUB|-|"two men were fighting outside the chicken shop, rolling about in the road, everybody was scared, I took my kids inside" ({f1} {s1}, {d1}). Officer: affray, police attended, nobody complained of injury.
CASEREV|PUB|-|{ref}: {m1} {s1} (tenant) was drunk and shouting abuse at residents in the {blk} courtyard on {d1}, swearing at children. Arrested s5. Tenancy warning.
CASEREV|PUB|HC|{ref}: {f1} {s1}, who wears a niqab, was called a terrorist and told she'd be "sorted out" by a woman outside the school on {d1}. No contact. Religiously aggravated public order.
CASEREV|PUB|-|{ref}: a man waving his arms and screaming threats at the bus driver and passengers at the {est} terminus on {d1}; people got off in fear. Police attended. Public order.
RESFORM|PUB|HC|"A man in the lift said 'I don't want to be in here with your sort' and called me a racist word and pushed his face up close to me." (tenant {m1} {s1}, {d1}). Officer: no contact, racially aggravated public order.
CASEREV|PUB|-|{ref}: group of adults from {blk} gathered outside {fl} on {d1} shouting that the tenant is a "nonce" and "we know what you did" - no evidence of any offence by tenant. Police dispersed. Public order; tenant {m1} {s1} fears vigilante attack.
CASEREV|MSC|-|{ref}: tenancy visit at {fl} {blk} on {d1} found the hallway full of bikes and power tools. Tenant admitted buying them "cheap off a lad" knowing they were nicked. Police seized. Handling stolen goods.
CASEREV|MSC|CS|{ref}: police executed a warrant at {fl} {st} on {d1} - tenant {m1} {s1} arrested for possessing indecent images of children; devices seized. Neighbours aware via police presence. Tenancy team to review; risk to families in the block.
CASEREV|MSC|-|{ref}: car driven at speed along the {est} pedestrian path on {d1}, mounting the pavement and scattering people. No one hurt. Police investigating dangerous driving. Bollards request.
CASEREV|MSC|DA|{ref}: {f1} {s1}'s ex-partner {m1} texted her on {d1} that he'd "put every window in" and "torch her car" if she didn't let him see the dog. Nothing damaged yet. Threat to commit criminal damage - DA support.
CASEREV|MSC|-|{ref}: neighbour at {fl2} told {m1} {s1} on {d1} that he'd "torch your van" if he parked it there again. Van undamaged. Threat to commit criminal damage. Neighbours only.
CASEREV|MSC|-|{ref}: police found a box of fake passports and driving licences in the void at {fl} {blk} on {d1}. Previous tenant's associate suspected. Forgery / false identity documents.
CASEREV|MSC|-|{ref}: man wanted for breaching his bail (burglary charge) seen on the {est} estate on {d1}, staying with a friend at {fl}. Police arrested him there. Tenant warned.
RESFORM|MSC|-|"the man in {fl2} is selling stolen phones and laptops from his flat, he told my son they 'fell off a lorry'. people come all night." ({f1} {s1}, {d1}). Officer: police confirmed handling stolen goods arrest.
CASEREV|MSC|-|{ref}: a driver racing up and down {st} on {d1} at night, overtaking on the wrong side near the school crossing. No collision. Police: dangerous driving. Residents want speed cameras.
CASEREV|MSC|-|{ref}: tenant {m1} {s1} has been charged with perverting the course of justice after telling police his neighbour had assaulted him, which CCTV proved never happened. Neighbour {m2} {s2} is the person harmed by the false allegation.
CASEREV|MSC|DA|{ref}: V {m1} {s1} - his brother texted him on {d1} that he'd "smash your car to bits" if he didn't pay back money. Car not touched yet. Threat to commit damage by family member.
CASEREV|MSC|-|{ref}: police arrested tenant {m1} {s1} on {d1} for breaching his court bail conditions by going to the {est} pub. Neighbours had complained about him in the past.
RESFORM|FRD|ON|"I saw a flat advertised on Facebook Marketplace in your block and paid {amt} deposit to the man, then found out it's one of your tenants' flats and he's not allowed to rent it out and the flat was never available." ({f1} {s1}, {d1}). Officer: rental fraud, Action Fraud ref {cad}.
HOMEVISIT|FRD|-|{f1} {s1} ({oage}) received a phone call from someone saying they were from her bank; a "courier" came to her flat and collected her bank cards and PIN on {d1}. {amt} taken. Courier fraud, police ref {cad}.
CASEREV|FRD|-|{ref}: {m1} {s1} has had {n} loans and a credit card taken out in his name since {d1}. Someone used his details; he thinks his post was taken from the communal boxes. Identity fraud.
CASEREV|FRD|DA|{ref}: {f1} {s1} found out after separating from {m1} that he took out catalogue accounts and a car finance agreement in her name while they were together. {amt} debt. Economic abuse - DA support + fraud report.
CASEREV|FRD|ON|{ref}: {m1} {s1} ({age}) met "a woman" on a dating site; over {n} months he sent her {amt} for flights and hospital bills. She never existed. Romance fraud, Action Fraud ref {cad}. Now in rent arrears.
CASEREV|FRD|-|{ref}: tenancy fraud investigation - {m1} {s1} obtained the tenancy at {fl} {blk} by stating he was homeless and single when he owned a house with his wife. Fraud by false representation. Proceedings.
HOMEVISIT|FRD|-|{f1} {s1} ({oage}) paid two men {amt} for "urgent roof repairs" on {d1} - they were on the roof 10 minutes. We do the roofs and no repair was needed. Doorstep fraud, trading standards + police.
CASEREV|FRD|ON|{ref}: {f1} {s1}'s Facebook account was hacked on {d1} and used to message her friends asking for money; {n} friends paid. Computer misuse / fraud.
CASEREV|FRD|DA;ON|{ref}: {f1} {s1} (tenant) - her adult son used her bank card details online to buy {amt} of gaming credits and clothes without her permission, and changed the email on her account. Financial abuse by family member. Fraud report.
HOMEVISIT|FRD|-|{f1} {s1} ({oage}) had a phone call from a man claiming to be from "the housing association" saying she was owed a rent refund and needed to give her bank details. {amt} taken from her account. Phone only. Fraud, warning to all tenants.
CASEREV|FRD|ON|{ref}: {m1} {s1} lost {amt} in an "investment" group on WhatsApp promising crypto returns. Fraud, Action Fraud ref {cad}. Now can't pay rent.
CASEREV|FRD|ON|{ref}: {f1} {s1} received an email that looked like it came from us, asking her to pay rent to a "new account". She paid {amt} before checking. Email fraud. All tenants alerted.
RESFORM|FRD|ON|"I paid for a sofa on Facebook Marketplace and the man never delivered and blocked me." ({m1} {s1}, {d1}). Officer: online purchase fraud, Action Fraud ref {cad}.
CASEREV|FRD|-|{ref}: a man called at {fl} {st} collecting "for the estate Christmas party" with a fake residents' association letter; {n} tenants gave money. No such collection. Fraud.
NOISE|ASB|-|Noise diary review {ref}: {f1} {s1} at {fl} {blk} has logged {n} entries since {d1} of loud bass music from {fl2} between 11pm and 3am, mostly weekends. Noise app recordings confrim. No threats, no damage, no contact between them. Warning letter + mediation offer.
NOISE|ASB|-|{ref}: complainant at {fl} reports the tenant above walking in heels on laminate late at night and dropping things. Tenant above says she works nights. No malice found. Advised mediation + carpet/underlay clause check.
WALKABOUT|ASB|-|Walkabout {d1}: youths gathering in the {blk} lobby most evenings, smoking, playing music, leaving cans. Residents feel uneasy but no one has been threatened or had anything damaged. Dispersal patrols requested, youth service outreach.
CASEREV|ASB|-|{ref}: dog at {fl2} barks for hours when the tenant is at work; {n} diary sheets from {f1} {s1}. Dog is well cared for, just lonely. Agreement reached re dog walker.
WALKABOUT|ASB|-|Walkabout {d1}: bags of rubbish left on the {blk} landings instead of the chute; foxes getting in. Letters to all {n}0 flats. No fly-tipping evidence against any individual.
CASEREV|ASB|-|{ref}: kids playing football against the wall of {blk} and the ball hitting {m1} {s1}'s window. No damage found on inspection. He finds it stressful. Ball-games sign and youth diversion.
CASEREV|ASB|-|{ref}: tenant {m1} {s1} repairs cars on the road outside {blk}, oil on the pavement, engines revving late. No crime disclosed. Tenancy breach (running a business) warning.
NOISE|ASB|-|Noise complaint {ref}: couple at {fl2} argue loudly most nights, {f1} {s1} can hear shouting through the wall. HO visited {d1}: both said it's just arguments about money, "he's never laid a finger on me", nil DA disclosed, no injuries seen. Leaflets left. Monitoring.
CASEREV|ASB|-|{ref}: smell of cooking fumes and cigarette smoke from {fl2} coming up through the vents to {fl}. Environmental health visited, nothing statutory. Ventilation repair raised.
NOISE|ASB|-|{ref}: tenant at {fl} complains about the washing machine at {fl2} running at 2am on a wooden floor. Neighbour agreed to use timer before 10pm. Case closed.
CASEREV|ASB|-|{ref}: neighbours at {est} complain about a household feeding pigeons from the balcony; droppings on everyone's windows. No crime. Tenancy clause letter.
CASEREV|ASB|-|{ref}: {f1} {s1} complains her neighbour {f2} {s2} "looks at her funny" and sighs loudly on the stairs. Both older ladies; no threats, no words exchanged. Mediation offered. No further action.
WALKABOUT|ASB|-|Walkabout {d1}: e-scooters and bikes stored on the {blk} 3rd floor landing blocking the fire escape. Fire risk letters sent. No offence.
NOISE|ASB|-|Noise case {ref} - parties at {fl2} every Friday and Saturday until 4am, {n} diary entries. Tenant apologetic, says she'll keep it down. Acceptable behaviour contract signed {d1}.
CASEREV|ASB|-|Community trigger {ref} activated by {m1} {s1} about teenagers on the {est} bench playing music and swearing among themselves late at night. Review found partners acted; no crime reported. Recommendations: lighting, outreach.
NOISE|ASB|-|{ref}: DIY drilling and hammering at {fl2} every evening for {wk} weeks. Tenant doing renovation without permission. Breach letter re alterations. No crime.
CASEREV|ASB|-|{ref}: {f1} {s1} says children from {fl2} ride scooters up and down the corridor and bang on doors "playing knock down ginger". No damage. Parents spoken to.
CASEREV|ASB|DA|Noise complaint {ref} from {fl} about shouting at {fl2} on {d1}. Police attended that night: verbal argument only between tenant {f1} {s2} and her partner, no offences identified, recorded as a domestic incident and a DASH completed (standard risk). HO to follow up with her.
CASEREV|ASB|-|{ref}: parking dispute between {m1} {s1} and {m2} {s2} over the disabled bay; both shout at each other, no threats or damage reported, neither wants police. Mediation.
WALKABOUT|ASB|-|Walkabout {d1}: BBQs on the {blk} balconies, smoke into neighbouring flats, fire safety concern. Letters sent. No offence.
NOISE|ASB|-|Noise diary {ref}: baby crying at night at {fl2}, complainant {m1} {s1} wants action. Explained this is ordinary household noise; no case to answer. Closed with advice.
CASEREV|ASB|-|{ref}: visitors to {fl} park across the garages and leave engines running. Tenants annoyed. No crime. Parking enforcement contacted.
CASEREV|ASB|-|{ref}: complaint that the tenant at {fl2} keeps {n} cats that foul the shared garden. RSPCA not needed - cats well kept. Pet clause letter.
CASEREV|ASB|-|{ref}: lodger at {fl} (the tenant's friend, not family) plays computer games with headset on, shouting at night. Neighbour complains. Tenant reminded of obligations. No DA, no crime, just noise.
CASEREV|ASB|-|{ref}: V {f1} {s1} says the man at {fl2} is "probably dealing" because of visitors, but no evidence of drugs found; police patrol checks found nothing. Visitors are his carers and family. Closed.
CASEREV|ASB|-|{ref}: tenant fears the youths who hang around the bin store "might" set fire to the bins one day. Nothing has happened. Reassurance + bin store lock.
NOISE|ASB|-|{ref}: tenant at {fl} bangs on the ceiling with a broom whenever {f1} {s1}'s children run about upstairs. No threats. Both sides given noise advice; mediation accepted.
CASEREV|ASB|-|{ref}: {m1} {s1} feeds foxes in the garden of {blk}, attracting rats. Environmental health letter. No crime.
NOISE|ASB|-|Out of hours noise service {d1} {tm}: music from {fl2} witnessed at nuisance level by officer. Warning issued under ASB procedures. No other concerns.
CASEREV|ASB|-|{ref}: groups of young people using the {est} car park for car meets on Sunday nights, revving and music. Nobody hurt, no dangerous driving seen by police. PSPO consultation.
NOISE|ASB|-|{ref}: complaint about a couple at {fl2} having loud sex at night. Both adults, consensual, nothing of concern. Letter re noise. Closed.
CASEREV|ASB|-|{ref}: {f1} {s1} (tenant) complains her teenage neighbours sit on her front wall and chat loudly. No damage. Advice given.
WALKABOUT|ASB|-|Walkabout {d1}: shopping trolleys dumped in the stairwell of {blk}, fire doors wedged open by residents. Letters to all. No crime.
CASEREV|ASB|-|{ref}: tenant at {fl} and her sister (who visits daily) were heard arguing about their late mother's flat on the landing. On visit both said it was a disagreement, no threats, nothing physical, "we're sisters, we shout". No DA concerns disclosed. Noise advice.
CASEREV|ASB|DA|ASB case {ref} (shouting from {fl2}). Police attended {d1}, verbal argument between tenant {m1} {s2} and his husband; no offence, DASH completed at standard risk and referral offered to both. Housing to keep an eye on the noise.
CASEREV|OCR|-|{ref}: dog found shut in {fl} {blk} for four days without food or water while the tenant stayed elsewhere; RSPCA removed it on {d1}. Animal welfare offence, RSPCA persuing prosecution. Tenancy breach.
CASEREV|OCR|-|{ref}: fly-tipping offence - {m1} {s1} caught on CCTV dumping a van-load of builders' rubble behind {blk} on {d1}. Council enforcement prosecuting under s33 EPA.
CASEREV|OCR|-|{ref}: our former tenant {f1} {s1}, now renting privately on {st}, was locked out by her landlord on {d1} while she was at work and her things put in the garden. No court order. Unlawful eviction - referred to council tenancy relations officer for prosecution.
CASEREV|OCR|-|{ref}: unlicensed HMO above the shops on {st} - {n} unrelated tenants, no fire doors, landlord prosecuted by council private sector housing. Tenant {m1} {s1} asked for help.
CASEREV|OCR|-|{ref}: tenant {f1} {s1} says she reported "a crime" to police on {d1} and has a crime reference ({cad}) but didn't want to say what it was about. She wants victim support information. Nature not recorded.
NOISE|OCR|-|{ref}: {m1} {s1} at {fl2} has breached the noise abatement notice served on {d1} - council witnessed loud music again on {d2}. Prosecution for breach of abatement notice.
RESFORM|OCR|-|"the man in {fl2} kicks his dog and drags it up the stairs by the lead, I've seen him do it {n} times" ({f1} {s1}, {d1}). Officer: RSPCA investigating animal cruelty.
CASEREV|OCR|-|{ref}: trading standards raid at {fl} {blk} on {d1} - tenant selling counterfeit cigarettes and illegal vapes from the flat. Trading standards prosecuting.
CASEREV|OCR|-|{ref}: private landlord of {f1} {s1} (our former tenant) has not done a gas safety check for {n} years and ignored the council's notices. Council prosecuting.
HOMEVISIT|OCR|-|Tick-box referral received {d1}: "victim of crime - yes; crime type - (blank); police ref {cad}". Tenant {m1} {s1} would not give details on the phone. Referral for support information only.
RESFORM|VWI|DA|Complaint form pasted in full (ref {ref}): "I have complained about the flat above for months, the music, the stamping, the dog, nobody does anything. then on {d1} my ex husband who I divorced years ago turned up because he heard I had complaints going on and he said he'd sort it out for me. I told him to leave, I dont want him here, and he punched me in the side of the head and I went down. I had a black eye for a week and my ear is still ringing. the woman above saw it all from her balcony and now she's telling everyone I'm the problem. I just want to be left alone and for the music to stop" Officer note: separate the ASB from the assault; DA referral for V {f1} {s1}, police ref {cad}.
VOID|STK|DA|Void report {fl} {blk}. Keys handed in {d1} by the tenant's support worker, not the tenant. Tenant {f1} {s1} has gone to a refuge. Support worker explained her partner {m1} controlled everything for {yrs} years - her money, her phone, what she ate, who she spoke to - and she left while he was at work. Flat left in good order apart from a broken internal door. Do NOT give forwarding address to anyone. Housing register: DA priority. Recharge for door waived.
HOMEVISIT|VWI|DA|HV {d1}, joint with OT. {f1} {s1} ({oage}) has bruising to her cheek and wrist. Her stepson {m1} (her late husband's son from his first marriage, in his 40s, lives with her since the funeral) shoved her into the kitchen counter when she asked for rent money. She said "he's all I've got left of {m2}". Consent for referral. Safeguarding adults informed.
CASEREV|VWO|DA|{ref}: V {m1} {s1} ({age}) says his half-brother {m2}, who he let stay after prison, told him on {d1} he'd "kill him and bury him" if he called probation about the drugs. No weapon. V believes it. Probation + police informed. Family - DA route.
CASEREV|FRD|DA|{ref}: tenant {f1} {s1} ({oage}) - her grandson {m1}, who she added to her bank account to help her, has applied for two credit cards and a loan in her name and taken {amt}. Economic abuse by family member. Bank fraud team + police.
CASEREV|VWO|DA;HB|Forced marriage protection - {m1} {s1}, {age}, lives with parents at {fl} {st}. He is gay and has told us his father and uncles are taking him abroad to marry a woman chosen by the family; his father said he'd "rather he was dead than shame us". No travel booked that we know. FMU informed. Do not contact family.
CASEREV|VWO|DA;HB|{f1} {s1} ({age}) - her older brother {m1} grabbed her by the hair and pushed her to the floor on {d1} after seeing her with a man on {st}, shouting she'd "dishonoured" them. No injuries. Brother lives at the same address. HBA risk assessment, refer.
MARAC|STK|DA;ON|{ref}: {f1} {s1} and {m1} have a 4 y/o son. Since separation {m1} has used the co-parenting app and WhatsApp to send {n} messages a day, criticising her, demanding photos of where she is, and threatening to stop contact unless she replies within minutes. Court order in place. Coercive control post-separation. Police + DA support.
CASEREV|CDA|DA|{ref}: V {f1} {s1} - her ex-girlfriend {f2} {s2}, who she split with {yrs} years ago, threw paint stripper over her car and smashed the wing mirror on {d1}. She recognised her on the cameras. Criminal damage, police ref {cad}. Same-sex ex-partner - DA support.
RESFORM|VWI|-|Complaint form (tenant {f1} {s1}): "My daughters boyfriend punched me in the chest and pushed me over the coffee table because I told him he couldn't stay over anymore. I have bruised ribs. hes not my family, hes nothing to me, and my daughter isnt even with him anymore I think." Officer: ABH, police ref {cad}. V not related to or in a relationship with suspect.
CASEREV|VWO|-|{ref}: V {f1} {s1} was pushed into a wall and threatened by {m1} {s2}, the father of her grandchild (her son's ex). No injury. V was never with him and he's not related to her. Common assault. Not DA for V.
CASEREV|VWI|-|{ref}: tenant {f1} {s1} explains the man who hit her on {d1} (bruised arm) is NOT her partner - "he's just a friend from church I let sleep on the sofa when he's got nowhere". No relationship, she was firm about this. ABH by a friend. Not DA.
HOMEVISIT|VWI|-|HV {d1}: tenant {f1} {s1} has a cut lip and bruising. Her son (15) hit her with his phone when she took the wifi router away. He's under 16 so not treated as DA; YOS/early help and CAMHS involved. Mum wants support for herself.
CASEREV|BIK|-|{ref}: {f1} {s1}'s {bike} stolen from the rack outside {blk} on {d1}. During the call she asked what would happen "if my partner ever hit me" - she said it was a question for a friend's situation and there's nothing like that at home. No abuse disclosed. Pedal cycle theft only.
VOID|BUR|-|Void {fl} {st}: previous tenant left under a DA management move last year (not the current issue). On {d1} contractors found the void had been broken into and the new kitchen units and the boiler taken. Burglary, police ref {cad}. Re-secure with steel door.
CCTV|ROB|KN|CCTV request {ref}: {m1} {s1} (tenant) was stopped on the footpath behind {blk} at {tm} on {d1}; a man held a screwdriver to his neck and made him hand over his phone and bank card. Not hurt. Robbery. Footage from cams 6 and 7 please.
CASEREV|VWO|KN|{ref}: {m1} {s1} at {fl2} answered the door to {f1} {s2} holding a large knife and told her "come here again and you'll get this". She had knocked to complain about water coming through her ceiling. She believed he'd use it. No injury. Neighbours only.
CASEREV|VWI|DA;KN|{ref}: V {m1} {s1} stabbed in the arm with a vegetable knife by his mother during a row in the kitchen on {d1}. Both adults, he lives with her. Wound glued at A&E. Mum has mental health support; police involved. DA referral for V.
RESFORM|STK|DA|"im sorry to go on but theres nobody else. my partner wont let me have my own money, when my wages come in he moves them to his account and gives me bus fare, he reads my texts, he tells my mum im busy when she calls, and he says if I leave he'll tell the housing I'm subletting so I lose the flat. its my flat. I dont even know if this counts as anything." (tenant {f1} {s1}, {d1}) Officer: yes it does - coercive control and economic abuse. IDVA referral, tenancy reassurance.
CASEREV|STK|-|{ref}: long-running dispute at {blk}. Tenant {m1} {s1} ({fl}) reports his downstairs neighbour has, over {n} months: reported him to us {n} times for things that didn't happen, filmed his visitors, put notes on his car, followed him to the shops to take pictures. All logged. No relationship between them. Harassment - injunction application drafted.
NOISE|ASB|-|Noise diary review {ref} - long one. Complainant {f1} {s1} ({fl}) sent {n} pages covering {d1} to {d2}. Themes: TV loud after midnight, doors slamming, the tenant's grown-up kids visiting late with cars idling, occasional shouting between the tenant and her adult daughter about the grandchildren. Visit to {fl2}: tenant {f2} {s2} accepts TV is loud (she is hard of hearing), denies slamming. Asked directly - no abuse between her and her daughter, "we just both have big voices", no concerns seen. Actions: TV headphones via sensory team, door closers fitted. No crime.
CASEREV|SEX|DA|{ref}: {f1} {s1} disclosed at a tenancy visit that her wife {f2} makes her have sex when she doesn't want to and threatens to "out" her to her family if she refuses. {yrs} years together. Rape and coercion. ISVA and LGBT+ DA service referral.
RESFORM|OTH|DA|"My brother has been taking money out of my purse for months and last week he sold my telly and my late mums ring that she left me. he lives with me because he had nowhere to go. I dont want him arrested I want him to stop." (tenant {f1} {s1}). Officer: theft by family member - DA support offered.
CASEREV|VWI|DA|{ref}: V {m1} {s1} ({age}) - his girlfriend {f1}, who he's been with {n} months, scratched his face and bit his hand on {d1} when he said he was going to his mum's. Marks seen. He laughed it off at first. Police attended. DA referral for male victim.
CASEREV|CDA|-|{ref}: V {f1} {s1}'s flatmate's ex-boyfriend kicked in her bedroom door on {d1} looking for the flatmate. V has never been in a relationship with him. Criminal damage. Not DA for V.
HOMEVISIT|VWI|DA|Welfare call {d1}. {m1} {s1} ({oage}) has bruising on his arms; his daughter-in-law, who lives with him and his son, pinches and grabs him when she's changing his bed. Son says it's "tough love". Adult safeguarding + DA referral (in-law family).
CASEREV|VWO|HB|{ref}: {f1} {s1} ({age}), recently separated, has been told by men who attend the same community centre as her parents (no relation to her or her family) that she'll "pay" for disgracing the community by leaving her marriage. Her ex is not involved. Threats to kill believed. HBA. She wants a move away from {est}.
CASEREV|PUB|-|{ref}: {m1} {s1} and a neighbour had a shouting match on the landing at {blk} on {d1} - swearing and threats to "sort him out", witnessed by children. One incident. Neighbours only, no DA. Public order.
RESFORM|STK|DA|"my dad is 70 and lives with me and he wont stop. he follows me room to room, goes through my bins and my bank statements, tells me who I can and cant see, and if I say no he tells the neighbours I'm starving him. I'm 45 years old." (tenant {f1} {s1}). Officer: controlling behaviour by parent - DA referral.
CASEREV|DRG|-|{ref}: tenant {m1} {s1} and his adult brother grow cannabis in the loft at {fl} {st}; police found {n}0 plants on {d1}. No abuse between the brothers, both say it was a joint "business". Production of cannabis.
CASEREV|DID|-|RTC {st}/{st2} jnc, {d1} {tm}. IP {m1} {s1} (ped) struck by {car}; S driver drove off, arrested 2hrs later - causing serious injury by dangerous driving + fail to stop. IP #femur + head inj, ICU. Family are our tenants at {fl} {blk}, asking re support + parking for hospital visits.
CASEREV|VWO|MS|CCE concern {ref}. {m1} (16) from {fl} {blk} going missing for days, coming back w/ new trainers + 2 phones, found by police in another county with drugs + cash. NRM submitted (CCE / county lines). Mum {f1} {s1} asking for support + a management move off the estate.
CASEREV|ASB|-|CCB signed {d1} by 3 youths re gathering in the {blk} lobby + leaving litter. No offences disclosed, no threats to residents. Review in 3 months. Complainant {f1} {s1} informed of outcome.
CASEREV|VWI|-|s20 GBH {d1}. IP {m1} {s1} - #jaw after single punch from S (male, N/K) outside the {est} chippy. No prior contact between them. CCTV req to shop. IP lives {fl} {blk}, off work, arrears risk.
CASEREV|VWO|DA|IP {f1} {s1} / S {m1} {s2} = ex-p (sep {yr}). S attended IP addr {d1} uninvited, pushed IP in doorway, nil inj. DASH med. NMO app in progress via solicitor. Lock change job {tref}.
CASEREV|STK|-|Harassment {ref}. IP {f1} {s1}. S = IP's ex's new girlfriend (DOB N/K), who has sent IP {n} texts + left notes on her car accusing her of "still chasing" the ex. IP & S never related, never partners. Not DA for IP. Texts only.
HOMEVISIT|VWO|-|IP {m1} {s1} ({oage}). S = IP's paid carer via agency, NOT family, no relationship. S pushed IP back onto bed {d1}, nil inj, nil marks. Nil DA. SG adults + agency. Victim referral w/ consent.
CASEREV|VWI|DA|{ref}: IP {f1} {s1}, S = IP's sister's husband. Family BBQ at IP's flat {d1} ended w/ S throwing IP into the patio doors - cuts to arms, glass. IP and S not otherwise close. Police ref {cad}. In-law family = DA route.
HOMEVISIT|VWI|DA|Tenancy audit {d1}. Tenant {f1} {s1} had declared {m1} as a "lodger" - on visit she admitted he's actually her boyfriend of 2 yrs, she called him a lodger for the benefits. He has been hitting her, bruising on shins + back seen. DASH high. Refer. (Tenancy fraud issue parked.)
CASEREV|STK|DA|{ref}: the man subletting the back room at {fl} {st} (unauthorised) turns out to be tenant {f1} {s1}'s ex-husband. He won't leave, reads her post, won't let her have visitors and takes her keys when she goes out. Coercive control - DA. Tenancy team: unlawful sublet action on hold while safety planned.
CASEREV|VWI|DA|{ref}: {f1} {s1} punched by {m1} {s2}, her boyfriend from uni (together {yr}, split after graduating) who was visiting "as a friend" on {d1}. Black eye. Ex-partner - DA, police ref {cad}.
RESFORM|OTH|-|Email to area office {d1}: "My parcel was delivered to the wrong flat and the woman there says she never got it but I can see the box in her hallway through the window." (tenant {m1} {s1}). Officer: police ref not recorded, advised to report as theft. Neighbours only.
CASEREV|CDA|-|{ref}: lift car at {blk} vandalised {d1} - control panel kicked in, mirror smashed. CCTV tbc (cam may be faulty). Repair cost {amt}. Criminal damage, police ref tbc.
CASEREV|STK|DA|Harassment (8M) {ref}. IP {m1} {s1}. S = IP's ex-wife ({yrs} yrs divorced). S ringing IP's employer + new partner repeatedly, turning up at the {est} school gate to confront him. IP says "it's like it never ended". DA referral + police.
WALKABOUT|ASB|-|Walkabout {d1} w/ councillor {s1}. Issues: fly posters on the {blk} hoarding (not attributable), dog fouling on the green, overgrown hedges blocking the path, one abandoned shopping trolley (returned to store). No crime identified. Actions logged.
CASEREV|VWI|-|IP {f1} {s1} (16) assaulted by a girl from school on the {est} field {d1} - punched and kicked, bruised face. Not DA (school peers). Mum is tenant, wants support for her.
CASEREV|STK|ON|{ref}: IP {f1} {s1} - video of her being shouted at by a neighbour posted to TikTok with her address in the caption on {d1}; since then {n} strangers have commented/messaged abuse on Instagram. The neighbour keeps reposting. Harassment / malicious comms.
CASEREV|VWO|DA|{ref}: IP {m1} {s1} ({age}) - S = IP's mum. S threw a plate at IP on {d1} (missed), then slapped him. Nil inj. They live together at {fl} {st}. S has alcohol issues. DA referral for IP.
HOMEVISIT|SEX|-|HV {d1}: IP {f1} {s1} (tenant) disclosed the man who did the gas check for her previous private landlord (not us) touched her inappropriately - hand on her breast, tried to kiss her. Stranger to her. Police ref {cad}. ISVA offered.
CASEREV|FRD|-|{ref}: IP {m1} {s1} ({oage}) - man on the phone said his grandson had been arrested and needed {amt} bail, sent a "solicitor" to collect. No grandson involvement, fake. Courier fraud, police ref {cad}. Phone calls only.
CASEREV|MSC|-|{ref}: S {m1} {s1} (tenant) arrested {d1} for driving dangerously round the {est} car park doing handbrake turns near children; no one hurt, nobody hit. Dangerous driving. Tenancy warning.
CASEREV|VWI|DA|GBH s18 {ref}. IP {m1} {s1} stabbed in the back by his partner {m2} on {d1} with a kitchen knife, punctured lung. Same-sex couple, joint tenants {fl} {blk}. S remanded. IP asking about sole tenancy + support.
CASEREV|ROB|-|{ref}: IP {f1} {s1} (delivery driver) had the van keys snatched and was shoved to the ground by two men at {blk} on {d1}, they drove off in the van with the parcels. Grazed hands. Robbery.
CASEREV|VWI|-|{ref}: IP {m1} {s1} ({age}) - S is the ex-boyfriend of IP's flatmate, came looking for her and headbutted IP when he wouldn't let him in, #nose. IP never in a relationship with S. Not DA.
CASEREV|STK|DA|Coercive control - {ref}. IP {f1} {s1}, S = partner {m1} {s2} ({yrs} yrs). S controls all money inc. IP's wages + child benefit, IP has to ask for sanitary products, S goes through IP's phone every night, IP not allowed to see friends. Nil physical. IDVA + MARAC referral.
"""
# fmt: on

FEMALE = [
    "Aaliyah",
    "Bernadette",
    "Chantelle",
    "Dorota",
    "Ebony",
    "Fatima",
    "Grace",
    "Halima",
    "Imogen",
    "Jasmine",
    "Kelly-Ann",
    "Leanne",
    "Marisol",
    "Nadia",
    "Precious",
    "Roxanne",
    "Shanice",
    "Tanya",
    "Valentina",
    "Wendy",
    "Yetunde",
    "Zofia",
    "Maureen",
    "Siobhan",
    "Priya",
    "Gemma",
    "Agnieszka",
    "Rukhsana",
    "Kerry",
    "Sinead",
    "Joanne",
    "Amira",
    "Hayley",
    "Tracey",
    "Comfort",
    "Bisi",
    "Niamh",
    "Lorraine",
    "Denise",
    "Ayesha",
]
MALE = [
    "Aaron",
    "Bilal",
    "Callum",
    "Dariusz",
    "Emeka",
    "Fraser",
    "Gavin",
    "Hassan",
    "Imran",
    "Jermaine",
    "Kyle",
    "Liam",
    "Marek",
    "Nathan",
    "Osman",
    "Paul",
    "Reece",
    "Stuart",
    "Tomasz",
    "Uchenna",
    "Vince",
    "Wayne",
    "Yusuf",
    "Zak",
    "Declan",
    "Kwame",
    "Ryan",
    "Shaun",
    "Tariq",
    "Ricky",
    "Jamal",
    "Lewis",
    "Andrzej",
    "Desmond",
    "Connor",
    "Kieran",
    "Femi",
    "Gary",
    "Mehmet",
    "Troy",
]
SURNAMES = [
    "Adebayo",
    "Brennan",
    "Choudhury",
    "Dlamini",
    "Evans",
    "Fitzgerald",
    "Gallagher",
    "Hussain",
    "Iqbal",
    "Jankowski",
    "Kowalczyk",
    "McCarthy",
    "Nwosu",
    "O'Brien",
    "Patel",
    "Quinn",
    "Rahman",
    "Sheridan",
    "Thompson",
    "Umeh",
    "Varga",
    "Walsh",
    "Yilmaz",
    "Zielinski",
    "Okafor",
    "Begum",
    "Doherty",
    "Mensah",
    "Hughes",
    "Clarke",
    "Ahmed",
    "Kaur",
    "Murphy",
    "Popescu",
    "Osei",
    "Bailey",
    "Costa",
    "Farah",
    "Grant",
    "Lennox",
]
STREETS = [
    "Tenterden Road",
    "Bellhouse Street",
    "Marlowe Walk",
    "Cobden Way",
    "Alder Lane",
    "Prospect Row",
    "Kestrel Close",
    "Wharf Street",
    "Canterbury Grove",
    "Quarry Lane",
    "Ashfield Road",
    "Mill Pond Street",
    "Gaskell Road",
    "Rookery Way",
    "Seacole Street",
    "Baxter Road",
    "Chandlers Lane",
    "Furnival Street",
    "Hobart Road",
    "Lamplighter Row",
]
ESTATES = [
    "Rosehill",
    "Northfleet",
    "Albion Gardens",
    "Kingsmead",
    "Farrow Park",
    "Cranbrook",
    "Weavers Fields",
    "Mayfield",
    "Linden Grove",
    "St Jude's",
    "Hollybush",
    "Marsh Lane",
]
BLOCKS = [
    "Harcourt House",
    "Tilbury Court",
    "Mansell Tower",
    "Ferrier House",
    "Dunmore Point",
    "Kestrel House",
    "Coppice Court",
    "Larkspur House",
    "Beacon Tower",
    "Orwell House",
    "Saxby Court",
    "Whitlock House",
    "Greaves Point",
    "Amberley Court",
]
CARS = [
    "silver Corsa",
    "black Audi A3",
    "white Transit",
    "red Fiesta",
    "grey Qashqai",
    "blue Polo",
    "dark green Yaris",
    "black Golf",
    "white Juke",
    "silver Astra",
]
BIKES = [
    "Carrera mountain bike",
    "blue BMX",
    "Boardman hybrid",
    "Raleigh road bike",
    "black single-speed",
    "Specialized hardtail",
    "red Apollo bike",
    "grey Voodoo mountain bike",
]
APPS = ["WhatsApp", "Snapchat", "Instagram", "Facebook Messenger", "Telegram", "TikTok"]
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
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
INITIALS = "ABCDEGHJKLMNPRST"

SLOT_RE = re.compile(r"\{([a-z]+)(\d*)\}")


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def day_list() -> list[tuple[int, int, int]]:
    """All calendar days from 1 Jan 2024 to 31 Oct 2025, in order."""
    days = []
    for year in (2024, 2025):
        for month in range(1, 13):
            if year == 2025 and month > 10:
                break
            last = DAYS_IN_MONTH[month - 1] + (1 if month == 2 and year % 4 == 0 else 0)
            for day in range(1, last + 1):
                days.append((year, month, day))
    return days


ALL_DAYS = day_list()


def fmt_date(rng: random.Random, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    style = rng.randrange(7)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if style == 2:
        return f"{d}.{m}.{y % 100:02d}"
    if style == 3:
        return f"{ordinal(d)} {MONTHS[m - 1]}"
    if style == 4:
        return f"{d} {MONTHS_SHORT[m - 1]} {y % 100:02d}"
    if style == 5:
        return f"{d}/{m}"
    return f"{d} {MONTHS[m - 1]} {y}"


def fmt_time(rng: random.Random) -> str:
    h = rng.randrange(24)
    mi = rng.randrange(0, 60, 5)
    style = rng.randrange(5)
    if style == 0:
        return f"{h:02d}:{mi:02d}"
    if style == 1:
        return f"{h:02d}{mi:02d}hrs"
    h12 = h % 12 or 12
    ampm = "am" if h < 12 else "pm"
    if style == 2:
        return f"{h12}.{mi:02d}{ampm}"
    if style == 3:
        return f"approx {h:02d}{mi:02d}"
    return f"around {h12}{ampm}"


def fmt_money(value: int) -> str:
    return f"\u00a3{value:,}"


def pick_value(rng: random.Random, base: str) -> str:
    if base == "f":
        return rng.choice(FEMALE)
    if base == "m":
        return rng.choice(MALE)
    if base == "s":
        return rng.choice(SURNAMES)
    if base == "st":
        return rng.choice(STREETS)
    if base == "est":
        return rng.choice(ESTATES)
    if base == "blk":
        return rng.choice(BLOCKS)
    if base == "fl":
        num = rng.randint(1, 140)
        style = rng.randrange(4)
        if style == 0:
            return f"Flat {num}"
        if style == 1:
            return f"flat {num}"
        if style == 2:
            return f"Flat {num}{rng.choice('ABCD')}"
        return f"no. {num}"
    if base == "tm":
        return fmt_time(rng)
    if base == "ref":
        style = rng.randrange(4)
        if style == 0:
            return f"ASB/{rng.choice(['24', '25'])}/{rng.randint(100, 9999):05d}"
        if style == 1:
            return f"ASB-{rng.randint(1000, 9999)}"
        if style == 2:
            return f"CS{rng.randint(10000, 99999)}"
        return f"Case {rng.randint(100000, 999999)}"
    if base == "cad":
        style = rng.randrange(4)
        if style == 0:
            return f"{rng.randint(1, 99):02d}/{rng.randint(100000, 999999)}/{rng.choice(['24', '25'])}"
        if style == 1:
            return f"CAD {rng.randint(100, 9999)}"
        if style == 2:
            return f"CRN {rng.randint(5000000, 5999999)}/{rng.choice(['24', '25'])}"
        return f"PR{rng.randint(1000000, 9999999)}"
    if base == "tref":
        style = rng.randrange(3)
        if style == 0:
            return f"WO-{rng.randint(100000, 999999)}"
        if style == 1:
            return f"RJ/{rng.randint(10000, 99999)}"
        return f"#{rng.randint(700000, 899999)}"
    if base == "amt":
        return fmt_money(rng.choice([rng.randint(4, 99) * 10, rng.randint(10, 480) * 10, rng.randint(35, 99) * 5]))
    if base == "amts":
        return fmt_money(rng.randint(12, 95))
    if base == "n":
        return str(rng.randint(3, 12))
    if base == "wk":
        return str(rng.randint(2, 10))
    if base == "yrs":
        return str(rng.randint(3, 18))
    if base == "yr":
        return str(rng.randint(2003, 2016))
    if base == "age":
        return str(rng.randint(24, 62))
    if base == "oage":
        return str(rng.randint(72, 94))
    if base == "off":
        return f"{rng.choice(INITIALS)}. {rng.choice(SURNAMES)}"
    if base == "car":
        return rng.choice(CARS)
    if base == "bike":
        return rng.choice(BIKES)
    if base == "app":
        return rng.choice(APPS)
    raise KeyError(f"unknown slot base {base!r}")


def fill(rng: random.Random, text: str) -> str:
    slots: list[str] = []
    for match in SLOT_RE.finditer(text):
        key = match.group(0)
        if key not in slots:
            slots.append(key)
    values: dict[str, str] = {}
    date_keys = sorted(k for k in slots if SLOT_RE.fullmatch(k).group(1) == "d")
    if date_keys:
        idx = sorted(rng.sample(range(len(ALL_DAYS)), len(date_keys)))
        for key, i in zip(date_keys, idx, strict=True):
            values[key] = fmt_date(rng, ALL_DAYS[i])
    used: dict[str, list[str]] = {}
    for key in slots:
        if key in values:
            continue
        base = SLOT_RE.fullmatch(key).group(1)
        taken = used.setdefault(base, [])
        for _ in range(200):
            value = pick_value(rng, base)
            if value not in taken:
                break
        else:
            raise RuntimeError(f"could not find distinct value for {key}")
        taken.append(value)
        values[key] = value
    return SLOT_RE.sub(lambda mm: values[mm.group(0)], text)


def parse_templates() -> list[tuple[str, str, list[str], str]]:
    parsed = []
    seen_texts: list[str] = []
    for lineno, raw in enumerate(TEMPLATES.strip("\n").split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            raise ValueError(f"template line {lineno}: expected 4 fields")
        kind, cat_code, flag_field, text = parts
        if kind not in KINDS:
            raise ValueError(f"template line {lineno}: unknown kind {kind!r}")
        if cat_code not in CAT_CODES or CAT_CODES[cat_code] not in CATEGORIES:
            raise ValueError(f"template line {lineno}: unknown category {cat_code!r}")
        flags: list[str] = []
        if flag_field != "-":
            for code in flag_field.split(";"):
                if code not in FLAG_CODES or FLAG_CODES[code] not in FLAGS:
                    raise ValueError(f"template line {lineno}: unknown flag {code!r}")
                if FLAG_CODES[code] in flags:
                    raise ValueError(f"template line {lineno}: duplicate flag {code!r}")
                flags.append(FLAG_CODES[code])
        flags.sort(key=FLAGS.index)
        if text in seen_texts:
            raise ValueError(f"template line {lineno}: duplicate template text")
        seen_texts.append(text)
        parsed.append((kind, CAT_CODES[cat_code], flags, text))
    return parsed


def main() -> int:
    rng = random.Random(SEED)
    templates = parse_templates()
    n_tpl = len(templates)
    if not (N_NOTES // 2 <= n_tpl <= N_NOTES):
        raise ValueError(f"template count {n_tpl} cannot fill {N_NOTES} notes with 1-2 uses each")
    uses = [1] * n_tpl
    for i in rng.sample(range(n_tpl), N_NOTES - n_tpl):
        uses[i] += 1

    notes: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for (_kind, category, flags, text), k in zip(templates, uses, strict=True):
        for _ in range(k):
            for _attempt in range(500):
                filled = fill(rng, text)
                if filled not in seen:
                    break
            else:
                raise RuntimeError("could not produce a unique note text")
            if "{" in filled or "}" in filled or "\n" in filled:
                raise RuntimeError("unfilled slot or newline in note text")
            seen.add(filled)
            notes.append((filled, category, ";".join(flags)))

    rng.shuffle(notes)
    rows = [(f"B49-{i:04d}", text, cat, flags) for i, (text, cat, flags) in enumerate(notes, start=1)]

    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _nid, _text, cat, flags in rows:
        cat_counts[cat] += 1
        for f in flags.split(";") if flags else []:
            flag_counts[f] += 1
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        raise RuntimeError(f"uncovered categories/flags: {missing}")

    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        writer.writerows(rows)

    print(f"templates {n_tpl}")
    print(f"notes {len(rows)}")
    for c in CATEGORIES:
        print(f"category {c} {cat_counts[c]}")
    for f in FLAGS:
        print(f"flag {f} {flag_counts[f]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
