#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the BLIND48 labelled corpus of synthetic victim-services referral notes.

Scenario (invented, no real person or case): three services in one English market
town share a referral inbox.

* The sexual assault referral centre (SARC) and its ISVA/CHISVA team log recent and
  non-recent sexual offences, disclosures by partners and strangers, drink spiking,
  child sexual exploitation and online image abuse, often as structured triage forms.
* The business crime reduction partnership (BCRP) logs incidents from member shops,
  cafes, pubs and market stalls: shoplifting, violence and threats against staff and
  security officers, anti-social behaviour in the precinct, repeat offenders and
  staff members whose own partners or relatives turn up at work.
* The probation victim liaison unit (VLU) records statutory victim contact scheme
  work: index offences, release dates, parole hearings, licence conditions,
  exclusion zones and contact breaches.

Every template below was written and labelled by hand against the shared taxonomy
(one category, any number of flags).  Slots only carry names, places, dates, times,
amounts, references, counts and ages chosen so that no slot value can move a label
across a threshold.  Output: benchmarks/data/notes_blind48.csv (800 notes,
ids B48-0001..B48-0800), standard library only, byte-identical on every run.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
from pathlib import Path

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

# Short codes used in the hand-written template lines below.
FLAG_CODES = {
    "DA": "domestic_abuse",
    "HATE": "hate_crime",
    "ONL": "online",
    "KNIFE": "knife_sharp_instrument",
    "CSA": "child_sexual_abuse_exploitation",
    "MS": "modern_slavery",
    "HBA": "honour_based_abuse",
}

# Template line format:  kind|category|FLAGS(;-separated short codes, may be empty)|text
# kind is the writing service: sarc, bcrp or vlu.

SARC = r"""
sarc|sexual_offences|DA|ISVA ref rec'd {D1}. V {F1} ({AGE}) discloses repeated rape by her husband {M1} at the home address, most recent approx a fortnight ago. In her words: "it's whenever he's had a drink, I just lie there and wait for it to be over". Outside forensic window. DASH high (14 ticks), MARAC referral sent. V wants ISVA support, not ready to speak to police yet.
sarc|sexual_offences||SARC self-referral {D1} {T1}. Relationship to suspect: none - stranger. Location: cut-through behind {ST}. Offence: rape. Injuries: grazes both knees, bruising to upper arms. Weapon: N/K. Forensic exam completed {D2}. Police ref {REF}. Outcome sought: ISVA, counselling (waiting list).
sarc|sexual_offences|DA|Relationship to suspect: ex-partner (together approx {YRS} yrs, seperated last spring). Offence: sexual assault - grabbed V's breasts and between her legs on the doorstep at the kids' handover {D1}. Injuries: none. Weapon: none. V: "he thinks he still owns me". Outcome sought: ISVA + advice re NMO.
sarc|sexual_offences|CSA|Non-recent CSA. {F1}, now {AGEM}, disclosing abuse by a family friend she called "Uncle {M1}" (no blood relation, lived next door to her parents) from about age 8 to 12. S believed still local, would be in his 70s. First time she has told anyone. Police report: undecided. Ref for ISVA + specialist counselling.
sarc|sexual_offences|CSA|GP referral. Pt {F1} ({AGE}) disclosed at appt {D1} that her stepfather sexually abused her between the ages of 7 and 13; it stopped when he moved out. No contact for years, no current risk identified. Consents to ISVA contact, prefers email. Police: not at this time.
sarc|sexual_offences|DA;CSA|Ref from sixth form nurse. {F1} is 17, boyfriend {M1} is 20, together about 8 months. On {D1} at his flat he forced sex after she said no and held her wrists down. He also checks her phone and has kept her bank card. SARC exam {D2}. DASH medium. CSE screening done as V under 18, CSC informed.
sarc|sexual_offences|CSA|Parents brought {F1} (14) to SARC {D1}. She says a boy in her year (15) she had been "seeing" for a few weeks pressured her into sex at a house party on {ST} and would not stop when she cried. Not a domestic - both under 16. School DSL aware, police ref {REF}.
sarc|sexual_offences|CSA;ONL|Mum calling re daughter {F1} ({TEEN}). Male on Snapchat said he was 16, has been sending her sexual pics and asking for nudes, she sent two. Now wants to meet her at the bus station on {ST}. Police informed {D1}, phone handed in. Mum asking for support for {F1} - ?CHISVA.
sarc|sexual_offences||A&E ref {D1}. {F1} ({AGE}) out with friends at {PUB}; thinks her drink was spiked around {NT1}, had only had two. CCTV shows an unknown male steering her into a taxi. Woke at an unknown address, underwear missing, pain. SARC exam incl tox {D2}. S not known to V - nil DA.
sarc|sexual_offences|DA|V (f, {AGE}) says her girlfriend {F2} penetrated her with her fingers while she was asleep, {D1}. They live together, 2 yrs. V: "I didn't think it counted because she's a woman." Also shoving and name calling when {F2} drinks. DASH 12, MARAC ref done.
sarc|sexual_offences|DA|{M1} ({AGE}) referred via LGBT+ helpline. Partner of {YRS} yrs, {M2}, raped him on {D1} after a row about money and has threatened to out him to his family. V does not want police at present. Safety plan done, ISVA allocated.
sarc|sexual_offences||Male V, {AGE}. In the gents at a club on {ST} {D1} approx {NT1}, unknown man grabbed his genitals through his jeans and tried to pull them down. V shoved him off, told door staff. Injuries: none. Weapon: none. Police ref {REF}. V embarrassed - "blokes don't get this" - but wants to talk to someone.
sarc|sexual_offences||Exposure. V walking her dog on the canal towpath off {ST} at {T1} on {D1} when a man stood up from a bench and exposed himself, masturbating and staring at her. Stranger. V hasn't been back that way since. Police ref {REF}. Ref for emotional support only.
sarc|sexual_offences||V found a phone set to record hidden behind the bathroom bin in her shared house; it belongs to flatmate {M1}. Flatmates only, never in a relationship - not DA. Police seized phone {D1}. V: "I don't know how long it's been there, I've showered in there for months." ISVA requested.
sarc|other_theft|ONL|Male V, {AGE}. Contacted by a "woman" on Instagram, moved to a video call that turned sexual; caller then said it was recorded and demanded £{AMT} or it would go to all his followers and his employer. V paid once, demands continue. Police ref {REF}. V very low, GP aware. Asking ISVA for help although no contact offence.
sarc|sexual_offences|DA|V {F1} ({AGEM}) disclosing rape by her ex-husband {M1} during the marriage - they divorced {YRS} yrs ago. He has recently started turning up at her work and she says it has "brought it all back". Wants to report now. DASH standard.
sarc|sexual_offences|DA|V says it was "the dad of my two youngest". On and off for years, last together {YRS} yrs ago but they co-parent. He forced himself on her when he dropped the kids back on {D1}. No injuries. V reported to police {D2}, ref {REF}.
sarc|sexual_offences||Work Christmas do at a hotel in town, {D1}. Line manager kissed V and groped her in the lift then followed her to her room. Colleague only, not a partner or ex. HR notified, police report made. ISVA to support through the process.
sarc|sexual_offences||Private hire from the rank on {ST} at {NT1} on {D1}. Driver touched V's thigh and between her legs and central-locked the doors; she got out at red lights. Partial reg noted. Stranger. Police ref {REF}, licensing informed.
sarc|sexual_offences|MS|NRM first responder ref. V {F1} ({AGE}) brought to the UK on the promise of hotel work; passport taken on arrival, told she owed £{BIG} "travel debt" and forced to sell sex in flats across at least three towns. Found in a police warrant {D1}. SARC exam + ISVA requested. Interpreter needed.
sarc|sexual_offences|CSA|CSE concerns. {F1} ({TEEN}) found in a car with two adult males near {ST} at {NT1}. Disclosed that an older male gives her vodka and weed and his "mates" expect sex in return. CSE strat mtg {D1}. Ref to CHISVA.
sarc|sexual_offences|CSA;MS|{F1} ({TEEN}) missing from care x{N}. Disclosed being driven between hotels in different towns by adult men and made to have sex with other men for money she never saw. NRM submitted - trafficking for sexual exploitation. SARC exam {D1}.
sarc|sexual_offences|DA|Economic + sexual abuse. V says husband keeps all the money, gives her £{AMT} a week housekeeping and makes her account for every penny. He "expects it" in return for paying the bills and on {D1} forced her when she refused. DASH high, MARAC {D3}.
sarc|sexual_offences|DA;HBA|V (19) told ISVA her family arranged her marriage to a cousin overseas "to stop the shame" after she was seen with a boyfriend. Husband has raped her repeatedly since arriving in the UK. Parents say leaving him would dishonour the family. FMU contacted {D1}.
sarc|sexual_offences|HATE|V is a trans woman, {AGE}. Outside a club on {ST} on {D1} an unknown male grabbed her crotch saying "let's see what you've really got" and called her a t***y in front of his mates. Police ref {REF}, flagged transphobic. No injuries.
sarc|sexual_offences|HATE|Support worker ref. V has a learning disability. Male from the day centre (not family, not a partner) touched her breasts and put her hand on his groin, then mocked the way she speaks and said nobody believes "r*****s like you". Staff see it as hostility towards her disability. Police ref {REF}.
sarc|sexual_offences||Safeguarding adults. V {OLD}, dementia, in residential care. Care assistant seen by a colleague touching V's breasts during personal care {D1}. Staff member suspended. S is paid staff - no DA. Daughter informed; ISVA to support daughter as V lacks capacity.
sarc|sexual_offences|DA|{F1} (22) disclosed that her older brother (26) has been sexually assaulting her when she stays at the family home, most recently {D1}. Parents "don't want to know". DASH done (family). Ref to ISVA; V wants to move out first.
sarc|sexual_offences|DA;CSA|Non-recent. Stepfather sexually abused V from age 14 until she left home at 17 - it carried on after her 16th birthday. V now {AGE}. Never reported; considering it now as S has a new partner with young children.
sarc|sexual_offences||Non-recent rape, {YEAR}. V was 23; a man she had met that night at a nightclub walked her home and raped her in the stairwell. Never reported. Triggered by a TV drama. No contact since, nil DA. Wants counselling, may report later.
sarc|sexual_offences||Q: Is the suspect known to you? A: No, never seen him before. Q: Any relationship? A: No. Q: Where? A: the park off {ST}, by the bandstand, about {T1}. Q: What happened? A: He pulled me into the bushes and put his hand down my top and into my knickers. Q: Injuries? A: Scratches on my stomach. Q: Outcome? A: I want him caught.
sarc|sexual_offences|ONL|V ({AGE}) sexually assaulted at a house party {D1}; two of the male's friends filmed it and it was posted to a Snapchat story, now being shared round. V not in a relationship with any of them. Police ref {REF}; takedown requested.
sarc|sexual_offences|CSA;ONL|{F1} ({TEEN}) coerced on Instagram by an adult male into performing sexual acts on camera; he is now threatening to send the videos to her school unless she does more. Mum found the messages {D1}. Police ref {REF}. CHISVA ref.
sarc|misc_crimes_against_society|CSA;ONL|School DSL referral. A nude image of {F1} ({TEEN}) has been forwarded round year-group WhatsApp chats. She sent it privately to one boy who passed it on. No adult involved and no contact offence disclosed. Police notified, ref {REF}. {F1} refusing to go into school.
sarc|other_theft|DA;ONL|V's ex {M1} (together {YRS} yrs, split in the summer) sent her a WhatsApp on {D1} saying he'd forward her parents screenshots of her old chats with another man unless she transferred him £{AMT}. V paid. One message, nothing since. No sexual offence disclosed; ISVA passing to IDVA.
sarc|violence_with_injury|DA|Referred to ISVA but V clear there was no sexual element. Ex-partner {M1} punched her, splitting her lip, and squeezed her throat until she nearly blacked out on {D1}. Petechiae noted at A&E. DASH high, MARAC ref. Rerouted to IDVA.
sarc|public_order||SARC line {D1}. V first said "sexual harassment"; on clarifying, a group of men in a car shouted sexual comments and abuse at her on {ST} - no touching, no exposure, no further contact. V alarmed and distressed. Not known to her. Police ref {REF}, signposted.
sarc|sexual_offences|DA|IDVA to ISVA transfer. Client {F1} ({AGE}), partner of {YRS} yrs. Coercive control (checks receipts, no access to money, isolates her from her sister) and now discloses rape {D1}. She says "I thought that's just what marriage is". MARAC listed {D3}.
sarc|sexual_offences||Non-recent, adult. V raped by a colleague after work drinks in {YEAR} when she was 28. Left the job soon after. S is now senior at the same firm. Never reported. Nil DA. Wants to explore reporting options.
sarc|sexual_offences|CSA|Adult male survivor, {AGEM}. Abused by his football coach between ages 11 and 14; coach was not family. Other former players have come forward, police op ref {REF}. V wants an ISVA for trial.
sarc|sexual_offences|DA|Housing ref. V {F1} ({AGE}) has lived with her aunt and the aunt's husband since coming to the UK. The uncle (by marriage) has sexually assaulted her several times, latest {D1}, and threatens to have her "sent back". DASH completed as family.
sarc|sexual_offences||V and S were flatmates, never a couple. S got into her bed while she was asleep on {D1} and touched her. V now staying at a friend's. Not DA - flatmates only. Police ref {REF}.
sarc|sexual_offences||Landlord let himself in with his key on {D1} while V was in the shower and tried to kiss and grope her. Landlord only, no relationship - DASH N/A. V sleeping with a chair against the door. Police ref {REF}, housing options.
sarc|sexual_offences|DA|V ({AGE}) dated S for about a month earlier this year and they slept together a couple of times; she ended it. On {D1} he came round "to talk" and raped her. Police ref {REF}. DASH done - former intimate partner.
sarc|sexual_offences||S a friend of a friend at a barbecue on {D1} - first time they'd met. Offered V a lift home and sexually assaulted her in the car. No prior relationship, nil DA. Mutual friend "doesn't believe her".
sarc|sexual_offences||Festival outreach. V ({YOUNG}) woke in someone else's tent; believes she was raped; remembers little after {NT1}, thinks spiked. Nobody known to her identified. SARC exam {D2} via outreach. Police ref {REF}.
sarc|sexual_offences|DA|Triage Q&A. Who? "My wife." (V male, {AGE}.) What happened? "She made me have sex when I said no, said she'd tell everyone I'm impotent if I didn't." When? "{D1}, and before that." Injuries? None. Police? No. Wants: someone to talk to.
sarc|sexual_offences|DA;ONL|V ({AGE}) found videos of herself and her partner of {YRS} yrs having sex uploaded to a porn website - she never knew he was filming. When she confronted him on {D1} he forced sex on her. MARAC ref. Police ref {REF}.
sarc|sexual_offences||V {F1} ({AGE}) at a nightclub {D1}; a man she'd been dancing with put his hand up her skirt and inside her underwear. She slapped him and security threw him out. Door staff have his name. Never met him before that night.
sarc|sexual_offences|DA|V now {AGEM}. Married to S for 11 yrs through her twenties and thirties; disclosing marital rape throughout. Divorced long ago but he recently wrote to her "to apologise", which prompted her to call. No other contact. DASH standard.
sarc|stalking_harassment|DA;ONL|ISVA triage - no sexual offence disclosed. V's ex {M1} keeps sending Instagram DMs from new accounts every time she blocks him, {N2} in the last week, and has waited outside her work. Together {YRS} yrs, split {MTH} months ago. Rerouted to stalking advocate.
sarc|sexual_offences||Train into town {D1}. Male stood behind V and rubbed against her; she could feel he was erect. BTP ref {REF}. Stranger. V now avoiding trains, getting lifts.
sarc|sexual_offences|DA|Ref from perinatal mental health. V {F1} ({YOUNG}) had a baby this spring. Partner pressuring and forcing sex before she has healed, says she "owes him"; also controls the money and won't let her see friends. DASH high. MARAC ref.
sarc|sexual_offences|CSA|Adult V ({AGE}) disclosing that an older cousin abused her when she was 9 to 11 and he was a teenager, at family gatherings. Not reported at the time. Cousin still at family events. V wants advice.
sarc|sexual_offences||V's sister {F2} was raped by her ex some years back; V keen to stress this is separate. V herself was sexually assaulted by a stranger at the bus stop on {ST} on {D1} - grabbed from behind and groped. Nil DA. Police ref {REF}.
sarc|sexual_offences||Uni wellbeing ref. V ({YOUNG}) - another student from her halls (not a partner, only spoken a few times) came into her room after a night out on {D1} and raped her. Police ref {REF}. Exam at SARC {D2}.
sarc|sexual_offences|DA|V's words: "We'd been seeing each other about a year, never lived together. He does it when I'm asleep." Boyfriend {M1}. Last time {D1}. No injuries. Advice only at this stage. DASH 8.
sarc|sexual_offences|ONL|Cyberflashing. V ({AGE}) received unsolicited pictures of a man's genitals via Instagram DMs from an account she doesn't recognise, {N} times over the weekend. Not known to her. Police ref {REF}. V wants to know her options.
sarc|sexual_offences|DA|District nurse ref. V {OLD} disclosed that her husband of 50-odd years forces sex on her. He has early dementia but she says "he was always like that". Safeguarding adults raised. ISVA to visit when husband at day centre.
sarc|sexual_offences||Massage therapist at a salon on {ST} touched V's genitals during an appt on {D1}. No other connection. Salon owner told. Police ref {REF}. Outcome sought: "I want him stopped before he does it to someone else."
sarc|sexual_offences|CSA|{F1} ({TEEN}) told the school counsellor her friend's dad touched her when she stayed over {D1}. Not a relative. Police and CSC strategy discussion {D2}.
sarc|sexual_offences|CSA|{M1} ({TEEN}) sexually assaulted by an 18-yr-old in the changing rooms at the leisure centre on {D1}. Not known to the family. Police ref {REF}. Dad wants support for him.
sarc|sexual_offences|DA|V {M1} ({AGEM}). S is his former civil partner - dissolved {YRS} yrs ago. S turned up drunk at V's flat on {D1} and sexually assaulted him. Police ref {REF}.
sarc|sexual_offences||V asked if it "counts as domestic" because she'd had a drink with him first - confirmed S is a man she met that evening, no relationship. Rape at his flat {D1}. SARC exam {D2}. Not DA.
sarc|sexual_offences|DA|V {F1} ({AGE}). S is her mum's brother. He has sexually assaulted her since she moved in with him as an adult after her mum died; latest {D1}. Tells her she owes him for taking her in. DASH done (family member).
sarc|sexual_offences|CSA|Non-recent. V ({AGE}) abused by her grandad between 5 and 9; grandad died {YRS} yrs ago. Wants counselling only, understands no prosecution. No current risk.
sarc|sexual_offences|HATE|Gay male V, {AGE}. Leaving a bar on {ST} {D1} two men called him homophobic names, one grabbed his crotch saying "this is what you lot like isn't it". Strangers. Police ref {REF}, recorded homophobic hate crime.
sarc|sexual_offences|CSA|{F1} (16) gets money and lifts from a 30-yr-old man who "shares" her with his friends. She says he's not her boyfriend, "just looks after me". CSE risk assessment high. CSC and police aware {D1}.
sarc|sexual_offences|CSA;MS|{M1} (15) running drugs on a county line for older males; disclosed being made to perform sex acts on one of them as "punishment" for a lost package. NRM submitted. CHISVA + YOT.
sarc|violence_without_injury|MS|CHISVA screening - no sexual element disclosed. {M1} ({TEEN}) found in a trap house in {TOWN}, miles from home, holding wraps; says older lads took him there and he "can't leave till the debt's paid". NRM referral as CCE victim. Passed to exploitation team.
sarc|sexual_offences||V was raped while asleep on her friend's sofa after a party; S is her friend's boyfriend. V never in any relationship with S. Friendship ended. Police ref {REF}. Not a domestic for V.
sarc|sexual_offences|DA|Extended family household. V's brother-in-law (husband's older brother) came into her room on {D1} while husband at work and sexually assaulted her. She's afraid to tell her husband. DASH completed.
sarc|sexual_offences||S = V's ex-boyfriend's best mate. At a party on {D1} he followed her into the bathroom and groped her. V and S never together. Police ref {REF}. Nil DA.
sarc|violence_with_injury||SARC triage - no sexual element. V ({AGE}) punched by a stranger on {ST} on {D1} after refusing to give him her number. Broken nose. Police ref {REF}. Signposted to victim support.
sarc|stalking_harassment|ONL|Someone set up fake dating profiles using V's photos and real mobile number; she has had {N2} messages and calls from men expecting sex. Doesn't know who. No ex-partners of concern. Police ref {REF}.
sarc|sexual_offences|DA|"He makes me do stuff in bed I've said I don't want, then says nobody else would have me." V {F1} ({AGE}), partner {M1}, {YRS} yrs. Most recent {D1}. Also tracks her spending. DASH 10. Wants ISVA and counselling.
sarc|sexual_offences|DA|Long call. V {F1} talked for most of an hour. Met {M1} at work {YRS} yrs ago, moved in together quickly, "it was lovely at first". Over time he started choosing her clothes, taking her wages "for the mortgage", ringing constantly when she was out. She says sex "stopped being something I wanted" a couple of years ago and that he carries on if she says no, sometimes when she's crying. Last time {D1}. Now staying with her mum in {TOWN}. Unsure about police. Asked if it's "really rape if you're together" - explained. ISVA allocated, DASH high, MARAC ref.
sarc|sexual_offences||Long narrative from V ({AGE}). Walking home from a late shift at {SHOP} around {NT1}, took the shortcut by the rec. Heard footsteps, thought it was a jogger. Man grabbed her round the waist, dragged her behind the changing block and got his hands inside her clothing, tried to pull her leggings down; she bit his hand and he ran. Never seen him before. Police there within 10 mins, ref {REF}. V: "I keep replaying it, I should've gone the long way." SARC exam {D2}.
sarc|sexual_offences|ONL|V ({AGE}) told by police that an ex-colleague secretly filmed her getting changed in the staff room and shared the clips in a Telegram channel. Never in a relationship. Police ref {REF}. V distraught, on sick leave.
sarc|sexual_offences|DA|V: "We split up {YRS} years ago but he's still got a key to mine because of the kids. I woke up on {D1} and he was in my bed touching me." Police ref {REF}. DASH high. Locks being changed.
sarc|sexual_offences||Voyeurism - V noticed a man in the next changing cubicle at the gym on {ST} holding his phone over the partition. Staff held him till police came, {D1}. Stranger. Police ref {REF}.
sarc|sexual_offences|CSA|Referral by V's mum. {F1} (17) assaulted at a party by a 24-yr-old she'd never met - he put his hand inside her jeans after she passed out. Police ref {REF}. CSC informed as under 18. Not DA - stranger.
sarc|sexual_offences|DA;CSA|{F1} (16) disclosed that on {D1} her boyfriend {M1} (18) carried on having sex with her after she told him to stop. He also takes her college bursary money. CSE screening and DASH both completed; CSC informed.
sarc|sexual_offences||Vulnerable adult, {YOUNG}, sofa-surfing. Man she met at the hostel offered her a bed for the night and raped her on {D1}. No relationship. Hostel staff referred. Police ref {REF}.
sarc|sexual_offences|HATE|V, Muslim woman in hijab, {AGE}. On the bus {D1} a man sat next to her, put his hand on her thigh and groin and muttered that she was a "terrorist's wh*re" and should "go back". Stranger. Police ref {REF}, recorded as religiously aggravated.
sarc|sexual_offences|DA|Interpreter-led call. V {F1} ({AGE}) says husband forces sex and says it is "his right". Lives with husband's parents who watch her. No money of her own. DASH high. MARAC ref sent {D1}.
sarc|sexual_offences|MS|V ({AGE}) brought to the UK to work as a live-in nanny for a family (no relation); worked 16 hrs a day unpaid, passport held, and the father of the house raped her repeatedly. Escaped {D1}. NRM ref submitted.
sarc|sexual_offences||Police ref {REF}. Offence: assault by penetration. V: {F1} {S1}, {AGE}. S: N/K male, approx 30s, beard. Loc: {PUB} beer garden. Date/time: {D1} {T1}. Relationship: nil. DA: no. Forensics: taken {D2}. Consent to ISVA: yes.
sarc|sexual_offences|DA|Police ref {REF}. Offence: rape. V: {F1} {S1}, {AGE}. S: {M1} {S2}. Relationship: ex-husband. DA: yes, DASH high. Loc: V's home. Date: {D1}. Forensics: yes. Bail conditions: no contact. Consent to ISVA: yes.
sarc|sexual_offences||Relationship to suspect: neighbour (two doors down) - no DA. S ({AGEM}) invited V in for a cuppa, exposed himself and pulled her hand onto him, {D1}. Injuries: none. Outcome sought: report + support. Ref {REF}.
sarc|sexual_offences|CSA|Child ({KID}) disclosed to teacher that mum's boyfriend touched her private parts at bath time. Strat mtg {D1}. Police ref {REF}. Mum "doesn't believe it". Not DA - V is a young child.
sarc|sexual_offences|CSA|{KID}-yr-old boy disclosed abuse by a 14-yr-old cousin during sleepovers. Strategy meeting {D1}. Harmful sexual behaviour pathway for the cousin, CHISVA for V and family.
sarc|sexual_offences|DA|V ({AGE}) lives with husband and his parents. Father-in-law has been coming into the bathroom and touching her when her husband is on nights; most recent {D1}. She fears no-one will believe her over him. DASH completed (family).
sarc|sexual_offences||Exposure from car: man in a silver hatchback pulled alongside V and her friend on {ST} at {T1}, asked for directions - naked from the waist down, masturbating. Partial reg. Stranger. Police ref {REF}.
sarc|sexual_offences||Upskirting on the escalator at {SHOP}: V noticed a man holding his phone under her skirt; security detained him and police attended, ref {REF}. Stranger. V wants to know what happens to the images.
sarc|sexual_offences|DA|V {F1} ({AGEM}). Was with S in her early twenties for about 3 yrs, nothing since. Bumped into him in {TOWN} on {D1}; he offered a lift and sexually assaulted her in the car park. Police ref {REF}. DASH completed - ex-partner.
sarc|sexual_offences|CSA;ONL|Father reports son {M1} ({TEEN}) was tricked on Discord by someone claiming to be a girl his age into sending sexual images, then told to perform acts on camera or the images would be shared. Police ref {REF}.
sarc|other_theft|ONL|V ({AGE}) sent intimate pics to a man she'd been chatting to on a dating site - never met. He's now demanding £{AMT} in gift cards or he'll post them. Police ref {REF}. V mortified, asking for ISVA.
sarc|sexual_offences||Relationship to S: none (delivery driver). Location: V's hallway. S pushed in when V signed for a parcel on {D1} and groped her breasts and bottom before leaving. Injuries: none. Weapon: N/K. Outcome sought: police + ISVA.
sarc|sexual_offences|DA|ISVA note. V {F1} says her ex-wife {F2} assaulted her sexually during a contact visit on {D1} - they were married {YRS} yrs, divorced last yr. V "didn't know women could be reported for this". DASH medium. Police ref {REF}.
sarc|sexual_offences|CSA|Non-recent, male V {AGEM}. Sexually abused in a children's home in the 1980s by a member of staff (no relation). Part of a wider police operation. ISVA for police interview.
sarc|sexual_offences|DA|V ({AGEM}) - "the man I was with for six years, the one I've got a restraining order against now" - raped her at his flat in {YEAR}. She is ready to report it now after his conviction for something else. DASH standard.
sarc|sexual_offences||Drink spiking, {PUB}, {D1}. V ({AGE}) remembers a man buying her a drink, then nothing till waking in a park. Sexual assault suspected - clothing disturbed, bruising to inner thighs. S unknown. Tox taken {D2}. Nil DA.
sarc|sexual_offences|DA|Relationship: husband (married {YRS} yrs). Offence: rape. Frequency: "most weekends". Injuries: "sore, I bleed sometimes". Children: 2 in the house. Risk: DASH 15, MARAC {D3}, DVPN served by police {D1}. Outcome sought: safety, refuge space.
sarc|sexual_offences||V ({AGE}), sex worker, raped by a client at a flat in {TOWN} on {D1}; he refused to use a condom and held her down. Not a partner. Ugly Mugs report done. Police ref {REF}.
sarc|sexual_offences|CSA|{F1} ({TEEN}) disclosed to her youth worker that the 19-year-old she calls her "boyfriend" has been having sex with her since she was 13. Not DA - V under 16. CSE strat meeting {D1}.
sarc|sexual_offences||Student nurse V ({YOUNG}) groped by a patient during a placement on {D1}. Patient has capacity. Ward manager reported to police, ref {REF}. No relationship. Support requested.
sarc|stalking_harassment||V ({AGE}) getting sexual text messages and calls from an unknown number, {N2} since {D1}. SMS and phone calls only, no apps. No sexual contact. Not an ex as far as she knows. Police ref {REF}.
sarc|sexual_offences|DA|Ex years later. V ({AGEM}) says her ex-partner raped her when they were together - they split in {YEAR}. He now lives in her street again. She has had no contact since they split. Police ref {REF}. DASH standard.
sarc|sexual_offences|CSA;ONL|{F1} ({TEEN}) has been meeting a man in his 20s she met on a gaming chat app; he sent her sexual messages for months and on {D1} sexually assaulted her in his car. Police ref {REF}. CSC involved.
sarc|stalking_harassment|DA|Triage - no sexual offence disclosed. V ({AGE}) says her husband controls everything: the money is all in his name, he checks the car mileage, she has to ring him every hour from work and isn't allowed to see her friends. "I don't even know if that's abuse." DASH high, MARAC ref {D1}. Passed to IDVA.
sarc|stalking_harassment||V ({AGE}) met a man once on a first-aid course; since then he has waited outside her work {N} times, sent letters to her home and rung her mobile. Never a relationship, not DA. No sexual element. Police ref {REF}, stalking advocate allocated.
sarc|violence_without_injury|DA|ISVA triage, no sexual element this time. V {F1} says partner {M1} pinned her against the fridge on {D1} and said he'd kill her if she told anyone she was pregnant. No injuries. Together {YRS} yrs. DASH high. Rerouted to IDVA.
sarc|stalking_harassment|DA;HBA|V ({YOUNG}) being followed and watched by her two brothers since she refused an engagement: they wait outside her work, go through her bag and tell her she is a disgrace to the family name. No sexual offence. HBA screening positive, police ref {REF}.
sarc|stalking_harassment|DA|Referral to the co-located stalking advocate. V's ex {M1} (split {MTH} months ago) has left {N} bunches of flowers on her car and keeps ringing her mum to ask where V is living. No sexual offence alleged. DASH medium.
sarc|stalking_harassment|DA;ONL|V {F1} ({AGE}) says her ex-girlfriend {F2} has made {N} TikTok videos about her, tagged her workplace and messages her friends on Insta daily since they broke up {MTH} months ago. No sexual element. Police ref {REF}.
sarc|violence_with_injury||Triage: V ({AGE}) assaulted by her flatmate's boyfriend during a row about noise - punched in the face, cut lip. V has never been in a relationship with him; not DA. No sexual element. Police ref {REF}.
sarc|sexual_offences|KNIFE|Stranger rape at knifepoint. V ({AGE}) walking home through the {ST} underpass at {NT1}; male held a knife against her side and made her go into the bushes. SARC exam {D2}. Police ref {REF}. Relationship to S: none.
sarc|sexual_offences|DA;KNIFE|V says partner {M1} held a kitchen knife to her throat, told her to "do as you're told" and then raped her, {D1}. Together {YRS} yrs. DASH 19, MARAC ref, police arrested him {D2}.
sarc|sexual_offences||S, a man V met at {PUB} that night, had been bragging earlier that he owns a hunting knife - not said as a threat, no weapon seen or used. Later sexually assaulted her in his car, {D1}. No relationship. Police ref {REF}.
sarc|sexual_offences||V (now {AGEM}) says she was "just a kid really" at 19 when her boss sexually assaulted her in the stockroom of the shop where she worked. Never reported. Nil DA. Wants counselling and to know if she can still report.
"""

BCRP = r"""
bcrp|shoplifting||Store: {SHOP}, {ST}. Date/time: {D1} {T1}. Offender: {M1} {S1} - known, on BCRP exclusion. Items: razor blades x{N}, approx £{AMT}. Staff approached, he left without aggression. Violence: N. CCTV retained. Police ref {REF}.
bcrp|shoplifting||Female, 30s, grey puffer jacket, concealed {N} jars of coffee in a pushchair (baby in it). Walked past the tills at {T1}. Staff did not challenge, as per policy. Image uploaded to the BCRP app. {SHOP}, {D1}.
bcrp|shoplifting||Repeat offender {M1} {S1} in again {D1} - 4th time this month. Took steak and cheese, £{AMT}, in a bag for life. Mouthy on the way out ("what you gonna do about it"), no threats, nobody touched. Exclusion breach logged.
bcrp|shoplifting||Grab and go at {SHOP}: two males lifted {N} bottles of spirits off the end display and legged it towards {ST}. No contact with staff. Value £{AMT}. Ref {REF}.
bcrp|shoplifting||Offender walked out of {SHOP} with {N} tins of baby formula at {T1}. From the far side of the car park he shouted he'd come back and stab the manager if she rang police. No weapon seen, nobody followed him, manager went back inside. Logged {D1}.
bcrp|shoplifting|HATE|{SHOP}, {D1}. Male took {N} bottles of wine. When cashier {M2} asked him to stop he called him a "P**i" and told him to go back where he came from, then walked out with the wine. No physical contact. Staff member upset; recorded as racially aggravated.
bcrp|shoplifting||Self-scan at {SHOP}: customer scanned loose carrots for {N} packs of steak, paid £{AMT} less than the value and was out the door before staff reached him. CCTV clear. Ref {REF}.
bcrp|shoplifting||Fitting room at {SHOP}: {N} dresses gone, security tags found ripped off in cubicle 3. Female seen leaving with a large holdall at {T1}. CCTV requested. Ref {REF}.
bcrp|shoplifting||Market stallholder on {ST} (Thurs market): man took a phone case and two chargers off the front of the stall and walked off into the crowd. £{AMT}. Trader not hurt, just fed up - third time this season.
bcrp|shoplifting||Charity shop on {ST}: volunteer ({OLD}) saw a woman put on a donated leather jacket priced £{AMT} under her coat in the changing room and leave. Volunteer did not challenge.
bcrp|shoplifting||Attempt only - offender stopped at the door of {SHOP} by guard {M1}, {N} bottles of aftershave recovered from a foil-lined bag. Offender walked off, no force, no threats. Ref {REF}.
bcrp|shoplifting||Police searched a shoplifter outside {SHOP} on {D1}: found a small amount of cannabis and three wraps on him as well as the stolen meat (£{AMT}). Staff not hurt, no threats.
bcrp|shoplifting||Q: Offender known? A: yes, {M1} {S1}, prolific. Q: What taken? A: {N} packs of batteries and a phone charger, £{AMT}. Q: Violence or threats? A: none. Q: Staff injured? A: no. Q: Police? A: reported online, ref {REF}.
bcrp|shoplifting||Two kids (approx 13-14, school uniform) pocketed sweets and energy drinks at {SHOP} after school, £{AMT}. Ran off laughing. Staff know the school; head teacher informed.
bcrp|shoplifting||Shop theft x{N} this week at {SHOP} by same female, seen on CCTV putting cosmetics into her sleeve. Never confronted. Total approx £{AMT}. Images shared with member stores.
bcrp|shoplifting||Garden centre on {ST}: two men loaded {N} bags of compost and a patio heater into a van from the outside display and drove off without paying. No staff contact. £{AMT}.
bcrp|shoplifting||Offender filled a trolley at {SHOP} with {N} bottles of wine and pushed it straight out the fire exit at {T1}; alarm sounded, no staff outside. Car waiting. Ref {REF}.
bcrp|shoplifting||Bookshop on {ST}: signed first editions (x{N}) taken from a display table; noticed at close. No suspect yet. Est £{AMT}.
bcrp|shoplifting||Shop theft, {SHOP}. Staff member {F1} says offender is "her neighbour's lad", {AGE}; not related to her, no issue between them outside work. Took {N} packs of meat. Left when spoken to.
bcrp|shoplifting||Bakery on {ST}: man took a tray of sausage rolls from the counter while {F1} was at the oven and ran. £{AMT}. He was laughing. Known face in town.
bcrp|robbery||Shop theft escalated. {SHOP}, {D1} {T1}. Offender shoved guard {M1} hard into the door frame to get out with a bag of meat (£{AMT}). Force used to keep the goods. Guard has a bruised shoulder, carried on his shift. Police ref {REF}.
bcrp|robbery|KNIFE|{SHOP}, {T1}. Male in a balaclava produced a kitchen knife across the counter and demanded the till; staff member {F1} handed over approx £{AMT}. Nobody hurt. Staff very shaken, store closed early. CAD {REF}.
bcrp|robbery|KNIFE|Male kept his hand in his jacket pocket and said "I've got a blade, don't make me use it". Staff member {F1} believed him and handed over {N} packs of cigarettes. No knife actually seen. {SHOP}, {D1}.
bcrp|robbery|KNIFE|Pharmacy robbery at {CHEM}: female held up a used syringe and said she'd "jab" the pharmacist unless he handed over codeine. He did; he believed the needle was real. No injury. {D1} {T1}.
bcrp|robbery||Assistant manager {F1} walking the takings to the bank on {ST} at {T1}; male ran up and yanked the bag so hard she was pulled to the ground, then made off. Grazed hands. £{AMT} taken.
bcrp|robbery||Customer outside {SHOP} had her phone wrenched out of her hand by a lad on a bike after a tussle - she held on and he twisted her wrist till she let go. Wrist sprained. {D1}.
bcrp|robbery||Offender told cashier {F1} he'd "knock her out" if she didn't open the till; she opened it and he took £{AMT}. No weapon. No injury. {SHOP} {D1} {T1}.
bcrp|robbery||Group of 4-5 youths surrounded a {TEEN}-yr-old boy outside {SHOP} and made him hand over his trainers and phone; one pushed him against the shutter. Staff took him inside and called police. {D1}.
bcrp|robbery||Food delivery rider pulled off his pedal bike by two men on {ST} at {T1}; they rode off on it. Rider cut his elbow. Police ref {REF}.
bcrp|robbery||Multi-storey on {ST}: staff member {M1} finishing a late shift, man punched him in the face, took his car keys and wallet and drove off in his car. Cut above eye. Police ref {REF}.
bcrp|robbery|HATE|Kebab shop worker {M1} robbed of his takings by two men who punched him and called him a "f***ing immigrant" and worse. Police recording as racially aggravated. {D1}, ref {REF}.
bcrp|robbery|DA|Staff member {F1} at {SHOP}: her ex {M2} (split {MTH} months ago) came to the till, grabbed her bag from under the counter, ripped it off her when she held on and took her wages. DASH done by police, medium. {D1}.
bcrp|robbery||Attempted robbery at {SHOP}: two males tried to wrench the cash tray off the counter, struggled with owner {M1}, ran off empty handed. Owner unhurt. {D1} {T1}.
bcrp|robbery||Security officer {M1} at {SHOP} knocked to the floor by a male who was leaving with {N} electric toothbrushes; offender kicked out at him to get free and kept the goods. Bruised knee. Ref {REF}.
bcrp|robbery|KNIFE|Off-licence on {ST}: offender smashed a bottle on the counter and held the jagged end towards {M1}, demanding the till. £{AMT} taken. No injury.
bcrp|violence_with_injury||Shoplifter dropped the basket when challenged at the door of {SHOP}; outside, with nothing on him, he turned and punched guard {M1} in the mouth. Split lip, loose tooth. Offender known ({M2} {S1}). Ref {REF}.
bcrp|violence_with_injury||Staff member {F1} bitten on the forearm by a female after the goods had already been handed back and she was being asked to leave. Skin broken, tetanus jab at walk-in centre. {SHOP}, {D1}.
bcrp|violence_with_injury|KNIFE|Guard {M1} slashed across the forearm with a Stanley blade when he stepped in to stop a fight in the precinct on {D1}. 6 stitches. Offender ran. Police ref {REF}.
bcrp|violence_with_injury|KNIFE|Glassing outside {PUB} on {D1} {NT1}: door supervisor {M1} had a broken bottle pushed into his cheek when he refused entry. Stranger. Deep lacerations, plastics referral.
bcrp|violence_with_injury||Man hit shop worker {M1} round the head with a full bottle of cider during an argument about ID; lump and concussion. Bottle didn't break - used like a club. {SHOP}, {D1}.
bcrp|violence_with_injury|HATE|Staff member {M1} (Polish) punched in the eye by a customer who said "dirty Polack, go home" when asked to queue. Black eye. Recorded racially aggravated ABH. {SHOP} {D1}.
bcrp|violence_with_injury|HATE|Customer with a guide dog was pushed over at the entrance of {SHOP} by a man who mocked her blindness ("can't you see? oh wait"), swore at her and kicked at the dog. Grazed hands and wrist. {D1}. Disability hostility.
bcrp|violence_with_injury|DA|Staff member {F1} assaulted in the stockroom of {SHOP} by her partner {M1}, who came in through the back door during her shift; punched her in the arm and face, bruising to cheek. Colleagues called police. DASH high. {D1}.
bcrp|violence_with_injury|DA|Customer incident: staff saw a man drag a woman by the hair down the cereal aisle and slap her; IP says he's her husband and "it's fine". Red marks to face, clumps of hair pulled out. Police attended {D1}, DASH done, ref {REF}.
bcrp|violence_with_injury||Night-time economy: door supervisor {M1} headbutted by a drunk male refused entry at {PUB} {NT1}. Broken nose. Stranger. Ref {REF}.
bcrp|violence_with_injury||Two market traders fell out over pitch space; {M1} punched {M2}, knocking him into the stall - cut to the head, 4 stitches. Not related, just traders. {D1}.
bcrp|violence_with_injury|DA|Cafe worker {F1} was hit in the face with a mug by her younger brother, who came in demanding money; cut above the eyebrow. She says he's been "taking my wages for months". Both adults. Police ref {REF}.
bcrp|violence_with_injury||Rough sleeper kicked and punched by a group of youths in the doorway of {SHOP} overnight; bruised ribs. Staff found him at opening. Targeted for being homeless - not a protected characteristic, not recorded as hate. Ref {REF}.
bcrp|violence_with_injury|KNIFE|Staff member {F1} stabbed in the hand with scissors by a customer who grabbed them off the counter during a row about a refund. Stitches. {SHOP} {D1}.
bcrp|violence_with_injury|DA|Owner of {SHOP}, {F1} ({AGEM}): her adult son pushed her into the shelving when she refused to open the till for him; cut forearm, bruising. He lives with her. Police ref {REF}, DASH completed.
bcrp|violence_with_injury||Bar staff {F1} at {PUB} hit by a pint glass thrown across the bar - glass didn't break, bruised cheekbone. Thrower (stranger) ejected. {D1} {NT1}.
bcrp|violence_with_injury|HATE|Two men attacked staff member {M1} outside {SHOP} after seeing him kiss his boyfriend goodbye: called him a "f****t" and kicked him on the ground. Cracked rib. Recorded homophobic. {D1}.
bcrp|violence_with_injury||Late night: taxi marshal {M1} punched by a customer in the queue on {ST}. Swollen jaw. Offender not known, no hate element mentioned. Ref {REF}.
bcrp|violence_with_injury|DA|Guard {M1} at {SHOP} says his wife came to the store, slapped and scratched his face in front of customers, drawing blood, over a text she'd seen. He says it happens at home too. Police ref {REF}, DASH done.
bcrp|violence_with_injury||Staff member {F1} injured when a customer deliberately slammed the shop door on her hand; two broken fingers. Dispute about a refund. Stranger. {D1}.
bcrp|violence_without_injury||Offender spat in the face of cashier {F1} at {SHOP} when refused an alcohol sale (no ID). No injury. Ref {REF}.
bcrp|violence_without_injury||Guard {M1} pushed in the chest by a drunk male he asked to leave {SHOP}; no injuries, no goods taken. {D1} {T1}.
bcrp|violence_without_injury||Man stood nose to nose with guard {M1} and said "I will kill you when you finish your shift, I know which bus you get". No weapon. Guard believed him. {SHOP}, {D1}. Threats to kill.
bcrp|violence_without_injury||PCSO {COLL} shoved in the back by a male during a stop in the precinct; no injury. Assault on an emergency worker. Witnessed by staff of {SHOP}. {D1}.
bcrp|violence_without_injury|HATE|Staff member {F1}, who wears a hijab, had her headscarf yanked by a female customer shouting anti-Muslim abuse; no injury. {SHOP} {D1}. Recorded as religiously aggravated common assault.
bcrp|violence_without_injury||Customer threw a cup of cold milkshake over barista {F1} because his order was wrong. No injury. Stranger. Ref {REF}.
bcrp|violence_without_injury|DA|Staff member {F1}'s ex {M1} came into {SHOP}, grabbed her arm across the till and told her to "get outside now". No marks. Together {YRS} yrs, separated recently. DASH done by police, MARAC threshold not met.
bcrp|violence_without_injury||Child neglect. {KID}-yr-old found alone crying in the precinct at {NT1} (late evening); mother later found heavily intoxicated in {PUB}. Police protection used, CSC informed. Staff of {SHOP} looked after the child.
bcrp|violence_without_injury|MS|Man begging outside {SHOP} every day is dropped off by a van at 7am and collected at 7pm; told a staff member in broken English that the men take all the money and he sleeps in a garage with others. Looks malnourished. Police + modern slavery helpline informed.
bcrp|violence_without_injury|MS|Hand car wash on {ST}: BCRP patrol noted workers living in a caravan on site, no PPE; one said he hasn't been paid in {MTH} months and the boss holds his passport. Referred to police as NRM first responder.
bcrp|violence_without_injury||Ex-employee rang the manager of {SHOP} on the shop landline and said he'd "stab her and kill her" for sacking him. Phone call only, he wasn't there, no weapon seen. Manager frightened, believes he means it.
bcrp|violence_without_injury|KNIFE|Youth pulled a knife on staff member {M1} in {SHOP} after being asked to leave; waved it at him and said "come on then". Nothing taken, no injury. Ran off. {D1}.
bcrp|violence_without_injury|MS|Nail bar on {ST}: young women working there don't speak English, are walked to and from work by the same man, and one slipped a note to a customer asking for help. No injuries seen. Police informed {D1}, NRM considered.
bcrp|violence_without_injury||Drunk male threw a punch at door supervisor {M1} outside {PUB}, missed, and was restrained. No injury. Stranger. Ref {REF}.
bcrp|violence_without_injury|DA|Staff member {M1} says his dad (60s) came into work and grabbed him by the collar, shouting about money he's owed, {D1}. No injury. {M1} lives with his dad. DASH done, standard.
bcrp|violence_without_injury||Offender pinned staff member {F1} against the counter with his body and shouted in her face about a refund, {D1}. No injury. No sexual element. Stranger. Police ref {REF}.
bcrp|violence_without_injury|HATE|Elderly customer shoved out of the queue at {SHOP} by a man who called him a "f***ing Paki" - no injury. Staff intervened. Recorded racially aggravated. {D1}.
bcrp|public_order||Drunk male shouting and swearing at staff in {SHOP} at {T1} on {D1} after being refused sale; called them "useless c***s". No threats of violence, no racial element, nobody touched. Left when police were called.
bcrp|public_order|HATE|{SHOP}: male customer called cashier {M1} a "black b*****d" and said "this is what happens when you let them in". Staff member distressed. Racially aggravated public order, ref {REF}.
bcrp|public_order|HATE|Homophobic abuse: two men walked past {SHOP} and shouted "f****t" at staff member {M1}, who wears a rainbow lanyard, then came back and repeated it through the door. Alarm and distress. {D1}.
bcrp|public_order||Violent disorder in Market Square {D1} {T1}: 10-15 youths fighting with bottles and belts; shoppers and staff of {SHOP} ran inside and locked the doors. Multiple arrests. Staff shaken, nobody from the shop hurt.
bcrp|public_order|HATE|Staff member {F1} (trans woman) deadnamed and called "it" and "a bloke in a dress" loudly by a customer in front of the queue, who said people like her shouldn't be allowed to work there. Distressed. Ref {REF}.
bcrp|public_order||Male ranting at staff in {SHOP} about prices, swearing, threatening a bad review. Staff asked whether they felt it was racial or about anything to do with them - both said no, he's "like that with everyone". Not hate.
bcrp|public_order|HATE|Customer mocked staff member {M1}'s stammer, imitating him loudly in front of other customers and calling him a "r****d", then shouting he shouldn't be serving. Disability-related hostility recorded.
bcrp|public_order|HATE|Male shouted antisemitic abuse at a customer wearing a kippah in the queue at {SHOP}, {D1} {T1}. No physical contact. Staff asked him to leave. Police ref {REF}.
bcrp|public_order||Group of lads outside {PUB} shouting abuse at passing women and throwing chips at the window of {SHOP}; staff and customers alarmed. No damage, nobody hit. {D1} {NT1}.
bcrp|public_order||Female screaming abuse at pharmacy staff at {CHEM} because her prescription wasn't ready - "you're all f***ing useless, I'll have you sacked". Customers upset. No threats of violence. Not hate-related.
bcrp|public_order|HATE|Staff member {M1}, a wheelchair user, told by a customer "you lot are a drain, they should put you down" and mocked for several minutes in front of the shop. Disability hate, ref {REF}.
bcrp|public_order||Two groups squaring up and shouting in the bus station concourse at {T1}; staff of the kiosk feared it would kick off and pulled the shutter down. Nobody hurt. Police dispersal.
bcrp|anti_social_behaviour||Youths (approx 8-10, school age) congregating by the benches on {ST} after school, loud, riding bikes through the precinct and in and out of {SHOP}. No thefts, no damage, no threats. Annoyance to staff and customers. Logged for patrol.
bcrp|anti_social_behaviour||Complaint from flat above {SHOP}: drilling and music from the neighbouring unit (being refitted) after 10pm on {N} nights. No crime. Passed to council environmental health.
bcrp|anti_social_behaviour||Rough sleeper in the doorway of {SHOP}; no aggression, no begging, leaves each morning. Staff asked for outreach to visit. No offences identified.
bcrp|anti_social_behaviour||Street drinkers gathering by the war memorial, loud but not abusive; no PSPO in this area, no offences disclosed. {N} days this week. Outreach informed.
bcrp|anti_social_behaviour||Kids tapping on the window of {SHOP} and running off, pulling faces at staff. No damage, no threats, no abuse. Annoying. Logged.
bcrp|anti_social_behaviour||Man hangs around {SHOP} most days using the free wifi and charging his phone; makes staff uncomfortable but has made no comments or threats and doesn't follow anyone. No offences. Advice given.
bcrp|anti_social_behaviour||Car meet in the {ST} retail park at night: revving, music, litter. No dangerous driving seen, no damage. Nuisance only. Passed to council.
bcrp|anti_social_behaviour||Youths kicking a football against the shutters of {SHOP} after closing, loud, {N} evenings running. No damage done. ASB logged, PCSO {COLL} to give words of advice.
bcrp|anti_social_behaviour||Pigeon feeding by a resident outside {SHOP}, mess and complaints from customers; no offence. Referred to council.
bcrp|anti_social_behaviour||Teenagers sitting on the roof of the bus shelter on {ST} shouting to friends, no abuse at anyone, no damage. Moved on by PCSO. ASB only.
bcrp|criminal_damage_arson||Overnight {D1}: front window of {SHOP} smashed, nothing taken, no entry gained. Brick left on the floor. Glazier booked. Ref {REF}.
bcrp|criminal_damage_arson||Graffiti tags sprayed across the shutters of {N} units on {ST} overnight. Clean-up est £{AMT}. No slogans, just tags.
bcrp|criminal_damage_arson||Arson: wheelie bins pushed against the back door of {SHOP} and set alight at {NT1}; door scorched, fire service attended. Nobody inside.
bcrp|criminal_damage_arson|DA|Staff member {F1}'s car keyed down both sides and the wing mirror snapped off in the staff car park, {D1}. CCTV shows her ex-partner {M1} (together {YRS} yrs). Nothing else happened that day. DASH done by police.
bcrp|criminal_damage_arson|HATE|Racist graffiti ("go home" and a swastika) sprayed on the shutter of {SHOP}, run by a Sikh family, {D1}. Recorded racially aggravated criminal damage.
bcrp|criminal_damage_arson||Offender kicked in the glass door of the locked fragrance cabinet at {CHEM} and took {N} bottles; ran. Cabinet £{AMT} to replace. Theft recorded alongside.
bcrp|criminal_damage_arson||Superglue in the locks of {SHOP} and the pharmacy next door overnight; locksmith call-out. No entry. Ref {REF}.
bcrp|criminal_damage_arson||Takeaway on {ST}: petrol poured through the letterbox and lit at {NT1}; owner {M1}, living upstairs, got out. Arson - endangering life being considered. Owner says no idea who.
bcrp|criminal_damage_arson||Bus shelter outside {SHOP} smashed again - x{N} this year. Council owns it. Staff heard it at {T1}.
bcrp|criminal_damage_arson||CCTV camera on the corner of {ST} ripped off its bracket by a male on a scooter (not a motor vehicle). £{AMT}. BCRP radio alert issued.
bcrp|criminal_damage_arson||Ex-employee of {SHOP} came back after hours and scratched obscenities into the glass door with a key. No staff present, no threats made. Ref {REF}.
bcrp|burglary||Break-in overnight at {SHOP}: rear roller shutter forced, {N} cartons of cigarettes and the float taken. Alarm at {NT1}, keyholder attended. Ref {REF}.
bcrp|burglary||Male walked through the "Staff Only" door at {SHOP} during trading, went into the office and took staff member {F1}'s purse from her locker. Seen leaving on CCTV. Trespass into staff area - recorded as business burglary.
bcrp|burglary||Ram raid: stolen 4x4 reversed through the front of {SHOP} at {NT1}, cash machine ripped out. Vehicle abandoned burnt out nearby. Ref {REF}.
bcrp|burglary||Flat above {SHOP} (staff member {M1}'s home) burgled while he was on shift; laptop and games console taken, back window forced. {D1}.
bcrp|burglary|DA|Staff member {F1} says her ex let himself into her flat with a key he kept after they split, while she was at work, and took her laptop and the TV. She had told him not to come round. {D1}. DASH completed.
bcrp|burglary||Community centre on {ST} broken into overnight, cash from the cafe tin taken (£{AMT}). Recorded as non-residential burglary.
bcrp|burglary||Contractor's lock-up behind {SHOP} broken into, power tools taken (£{AMT}). Padlock cut. {D1}.
bcrp|burglary||Sheds at the allotments behind {ST} broken into, strimmers and a generator taken. Several plot holders affected. Ref {REF}.
bcrp|possession_of_weapons||Guard at {SHOP} saw a knife handle in a youth's waistband when he bent down; youth never took it out or mentioned it. Police stopped him outside: lock knife recovered. Nobody threatened. Ref {REF}.
bcrp|possession_of_weapons||Police search in the precinct {D1}: male found with a knuckle duster and an extendable baton in his bag. Nobody threatened. Seen by BCRP staff.
bcrp|possession_of_weapons||CCTV operator spotted a male showing a machete to his mates by the bandstand at {T1}; not pointed at anyone, nobody threatened. Police recovered it.
bcrp|possession_of_weapons||Male seen with what looked like a handgun tucked in his belt at the bus station at {T1}; armed police attended - a BB gun. Not pointed at anyone. Charged with possession of an imitation firearm in a public place.
bcrp|possession_of_weapons||Staff at {SHOP} found a youth trying to hide a zombie knife behind the bins in the yard when police arrived for something else. He hadn't threatened anyone. Arrested, ref {REF}.
bcrp|possession_of_weapons||Door staff at {PUB} found a lock knife during a bag search on entry, {D1} {NT1}. Male said it was for work. Never used or shown. Police attended.
bcrp|drug_offences||Dealing in the alleyway behind {ST}: staff at {SHOP} have watched the same two males doing hand-to-hand exchanges every afternoon for {WK} weeks. Vehicle reg noted. Ref {REF}.
bcrp|drug_offences||Cleaner found {N} small bags of white powder taped under the toilet cistern lid at {SHOP}. Police collected. No suspect.
bcrp|drug_offences||Male smoking cannabis in the stairwell of the multi-storey on {ST}; police attended, found a small amount on him, community resolution. Staff had complained about the smell.
bcrp|drug_offences||Cannabis grow found in the empty flat above {SHOP} after water came through the ceiling - {N2} plants and lights. Nobody present. Police ref {REF}.
bcrp|drug_offences||Dealing from a car parked outside {SHOP} most evenings; customers seen going to the window. Police stop {D1} found wraps and cash. Staff relieved.
bcrp|drug_offences||Youths selling pills outside {PUB} at weekends, door staff say. {N} people seen buying on {D1}. Reported to police, ref {REF}.
bcrp|misc_crimes_against_society||Handling: a man has been going round the cafes on {ST} offering packs of steak and coffee "cheap, no questions", believed stolen from {SHOP}. One cafe owner bought some; police spoke to him.
bcrp|misc_crimes_against_society||Counterfeit £20 notes x{N} passed at {SHOP} and the bakery on {ST} on {D1}; bank rejected them. Male suspect on CCTV.
bcrp|misc_crimes_against_society||Pharmacy: forged prescription presented for diazepam; pharmacist {F1} spotted the altered quantity and kept it. Male left. Ref {REF}.
bcrp|misc_crimes_against_society||Ex-employee told the manager of {SHOP} that he'd "put every window in" this weekend. No damage done yet, no threat to anyone personally. Manager reported it.
bcrp|misc_crimes_against_society||Dangerous driving in the {ST} car park: driver doing handbrake turns among pedestrians, nearly hit a trolley attendant (not hit, not hurt). Driver later charged with dangerous driving.
bcrp|misc_crimes_against_society||Second-hand phone shop on {ST} buying phones known to be stolen - police warrant {D1}, owner arrested for handling stolen goods. BCRP members informed.
bcrp|other_theft||Theft by employee: till discrepancies at {SHOP} traced to a sales assistant pocketing cash refunds, approx £{AMT} over {WK} weeks. Dismissed, police informed.
bcrp|other_theft||Making off without payment: two women ate a meal (£{AMT}) at the cafe on {ST} and walked out without paying at {T1}. Ref {REF}.
bcrp|other_theft||Fuel drive-off at the garage on {ST}: £{AMT} of diesel, false plates on the car. Reported {D1}.
bcrp|other_theft||Charity collection tin (not stock) taken from the counter of {SHOP} while the staff member was in the back. Approx £{AMT}.
bcrp|other_theft||Cafe's outdoor tables and chairs (x{N}) taken from the pavement area overnight. £{AMT}. Chain had been cut.
bcrp|other_theft||Customer's handbag taken from the back of her chair in the cafe at {SHOP} while she was at the counter - she wasn't holding or wearing it. Purse and keys inside. Ref {REF}.
bcrp|other_theft||Post for the units in the {ST} arcade being taken from the shared letterbox; cheques and a card reader missing. Reported {D1}.
bcrp|other_theft||Taxi rank on {ST}: passenger jumped out at the lights and ran off without paying the £{AMT} fare. Driver not threatened.
bcrp|other_theft||Delivery cages left outside the back of {SHOP} by the supplier taken overnight. Nothing to do with a vehicle. £{AMT}.
bcrp|theft_from_person||Pickpocket at {ST} market: customer's purse lifted from her open handbag on her shoulder while she paid; she didn't feel a thing. Two females seen on CCTV working together. £{AMT} plus cards.
bcrp|theft_from_person||Phone taken from the back jeans pocket of a customer queuing at {SHOP}. Noticed when leaving. Stranger. Ref {REF}.
bcrp|theft_from_person||Snatch: lad on a bike grabbed the phone out of a woman's hand as she was texting outside {SHOP}; no struggle, she wasn't touched or hurt. Ref {REF}.
bcrp|theft_from_person||Staff member {F1} had her wallet taken from her coat pocket (wearing the coat) in the crowd at the Christmas lights switch-on. Didn't notice till later.
bcrp|theft_from_person||Elderly man ({OLD}) on the bus into town had his wallet slipped out of his inside pocket by a man who'd stood very close. Noticed at {SHOP} till. No force. Ref {REF}.
bcrp|bicycle_theft||Staff member {M1}'s bike taken from the rack behind {SHOP} during his shift; lock cut. £{AMT}. Ref {REF}.
bcrp|bicycle_theft||E-bike (pedal assist) stolen from outside {SHOP} while the owner popped in for milk, {D1} {T1}. Wasn't locked.
bcrp|bicycle_theft||A {KID}-yr-old's bike taken from outside the library on {ST} while she was inside with her mum. Staff saw a teenager ride off on it.
bcrp|bicycle_theft||Courier's cargo bike taken from the loading bay of {SHOP}; nobody with it at the time. Found dumped on {ST} {D2} minus the battery.
bcrp|vehicle_offences||Delivery van for {SHOP} broken into while the driver did a drop on {ST}; {N} parcels taken from the back, side window smashed. Ref {REF}.
bcrp|vehicle_offences||Catalytic converter cut off staff member {F1}'s car in the staff car park during her shift. Noticed the noise driving home. Ref {REF}.
bcrp|vehicle_offences||Staff member's car stolen from the multi-storey on {ST}; keys still in his pocket - keyless relay suspected. {D1}.
bcrp|vehicle_offences||Male seen on CCTV trying the door handles of cars in the {ST} car park at {T1}; arrested for vehicle interference.
bcrp|vehicle_offences||Both number plates taken off the manager's car in the yard behind {SHOP} overnight. Reported {D1}.
bcrp|fraud_computer_misuse||Refund fraud: female returning items with altered receipts at {SHOP} and other stores over {WK} weeks, approx £{AMT}. Images shared.
bcrp|fraud_computer_misuse||Lost bank card used contactless x{N} at {SHOP} and the bakery on {D1}; cardholder ({OLD}) thinks she dropped it in the market. Staff helped police with receipts.
bcrp|fraud_computer_misuse|ONL|Click & collect orders at {SHOP} placed online with stolen card details; male collecting with fake ID. Store lost £{AMT}. Ref {REF}.
bcrp|fraud_computer_misuse|ONL|Invoice fraud: {SHOP} got an email that looked like it came from their usual supplier with new bank details; paid £{BIG} before realising. Action Fraud ref {REF}.
bcrp|fraud_computer_misuse||Pharmacy staff stopped an elderly customer ({OLD}) buying £{AMT} of gift cards - she'd already bought some the day before because a caller on the phone, "from HMRC", said she owed tax. Phone calls only.
bcrp|fraud_computer_misuse||Staff member {F1} found {N} credit accounts opened in her name; she suspects her former housemate (never a partner, not family). Police ref {REF}.
bcrp|stalking_harassment||Customer fixated on barista {F1} at {CAFE}: comes in daily, waits at the bus stop at the end of her shift, has left {N} notes and a gift. Not known to her outside work. She's changed shifts twice.
bcrp|stalking_harassment|ONL|Same man has found staff member {F1} on Instagram and Facebook and sends messages about what she wore at work; she has blocked {N} accounts. Not an ex - never spoken to him outside the shop.
bcrp|stalking_harassment|DA|Staff member {F1}'s ex {M1} rings the store landline {N2} times a day asking for her and has turned up at closing {N} times this month. Split {MTH} months ago. Calls only, no social media. DASH medium.
bcrp|stalking_harassment|ONL|A banned customer has posted {N} fake one-star reviews naming staff member {M1} and calling him a "nonce" on Google and Facebook. Ongoing harassment. Ref {REF}.
bcrp|stalking_harassment||Repeat offender {M1} {S1}, banned from {SHOP}, stands at the window staring at guard {M2} and says "see you soon" or "I know your car" every time he passes - {N} occasions in two weeks. No violence. Ref {REF}.
bcrp|stalking_harassment||Manager getting text messages from an unknown number, {N2} since {D1}, abusive and sexual, about her appearance. Plain SMS only. No contact in person. Ref {REF}.
bcrp|stalking_harassment|DA|Staff member {M1} says his ex-wife keeps coming into the shop to cause scenes, has written {N} letters to his area manager about him and waits by his car. Divorced {YRS} yrs ago. DASH done.
bcrp|stalking_harassment|DA;ONL|Colleagues worried about {F1}: her boyfriend video-calls her on WhatsApp every break to check who she's with, makes her show the room, walks her to and from every shift and holds her bank card. She says he "just worries". IDVA referral with consent.
bcrp|stalking_harassment||Ex-colleague of {F1} (never dated, he asked and she said no) keeps turning up at {SHOP} and following her round the aisles - {N} times this month. Calls her "my girl". Police ref {REF}.
bcrp|stalking_harassment|DA|Staff member {F1} says her sister ({AGE}) keeps coming to the shop to shout at her about their late mum's will, has rung the store {N2} times, and left notes on her car. Police advised harassment. DASH standard.
bcrp|sexual_offences||Staff member {F1} groped on her bottom by a male customer while stacking shelves, who then said "you liked that". CCTV clear. Stranger. {D1}.
bcrp|sexual_offences||Exposure: male exposed himself to staff member {F1} in the garden section of Bramble Home & Garden at {T1}. Ran off. Description circulated to members.
bcrp|sexual_offences||Upskirting at {SHOP}: customer saw a male with his phone held low behind a woman at the self-checkout; staff detained him; images found. Police ref {REF}.
bcrp|sexual_offences||Delivery driver for a supplier has repeatedly brushed against staff member {F1} in the loading bay and on {D1} grabbed her breast. No relationship. Supplier informed. Police ref {REF}.
bcrp|sexual_offences||Complaint from a woman detained for shop theft at {SHOP}: the guard touched her breasts and between her legs during a "search" in the back office. Guard suspended. Police ref {REF}.
bcrp|sexual_offences||Male customer at {SHOP} pressed himself against staff member {M1} from behind at the till and grabbed his backside, laughing. Stranger. {D1}.
bcrp|homicide|KNIFE|Staff welfare ref: security officer {M1} died after being stabbed by a shoplifter at {SHOP} on {D1}; murder investigation under way. BCRP requesting bereavement and trauma support for colleagues who were on shift.
bcrp|death_injury_driving||Guard {M1} hit by a car driven by a fleeing shoplifter in the {ST} car park; broken pelvis. Driver charged with causing serious injury by dangerous driving. Colleagues witnessed it.
bcrp|other_crime||Street drinker repeatedly kicking his own dog outside {SHOP}, dog yelping and limping. RSPCA and police informed - animal welfare offence.
bcrp|other_crime||Fly-tipping: mattresses and builders' rubble dumped in the service yard behind the {ST} units overnight. Council enforcement informed.
bcrp|other_crime||Staff member {F1} said "a crime" happened to her on the way into work on {D1} but didn't want to give the BCRP any details; police ref {REF} given. Nothing further recorded.
bcrp|other_crime||Unlicensed street trader selling from a suitcase outside {SHOP} again despite warnings; council licensing say it's their offence, not police. No other issues.
bcrp|stalking_harassment|DA|Security officer {M1} says his ex-girlfriend {F1} has come into the shopping centre {N} times in the last fortnight to shout at him on shift and has left notes on his motorbike. They split {MTH} months ago. Police advised, DASH standard.
bcrp|stalking_harassment||Elderly regular keeps writing love letters to cashier {F1} at {SHOP} - {N} so far - and waits for her at the bus stop. Nothing threatening, but she's frightened. Not known to her outside work.
bcrp|stalking_harassment|HATE|Market trader {M1}, who is Black, has had monkey noises made at him by the same male every time he passes the stall, {N} times over the past month. Racially aggravated harassment, ref {REF}.
bcrp|stalking_harassment|ONL|Local Facebook group posted CCTV stills of staff member {F1} falsely calling her a thief; she's since had {N2} abusive comments and DMs. She's off sick. Ref {REF}.
bcrp|stalking_harassment|DA;ONL|Staff member {F1}'s ex {F2} keeps messaging the shop's Instagram account about her - {N2} messages since they split - and has turned up at {SHOP} twice asking for her. Same-sex relationship of {YRS} yrs. DASH medium.
bcrp|violence_with_injury|DA|Market trader {F1} punched in the stomach at her stall on {D1} by her husband, who'd come to take the cash tin. Bruising. Other traders called police. DASH high, ref {REF}.
bcrp|violence_without_injury|DA;HBA|Staff member {F1} (20) told her manager her cousins came into {SHOP}, grabbed her arm and said she'd be taken abroad to be married and to stop "shaming" the family. No injuries. Police and FMU advice sought {D1}.
bcrp|violence_without_injury|DA|Customer incident {D1}: woman in the queue at {SHOP} was shoved against the counter by her partner when she said she'd pay separately; no injury. Staff asked if she was OK - "he's always like this". Police informed, DASH done.
bcrp|violence_with_injury||Staff member {F1} punched by her flatmate's boyfriend when he came into {SHOP} to have a go about bills at the flat. Black eye. She has never been with him - not DA. Ref {REF}.
bcrp|violence_with_injury||Guard {M1} assaulted by a male he'd banned, {D1}: kicked in the knee, ligament damage. Guard says the male "isn't family, isn't anything to me". HBA/DA questions not applicable. Ref {REF}.
bcrp|stalking_harassment|DA|Cafe owner {F1} says her ex-husband (divorced {YRS} yrs ago) has started sitting in the window seat every morning staring at her, {N} days running, and phoned the cafe to say he's "watching". DASH medium. Ref {REF}.
bcrp|violence_without_injury|DA|Staff member {M1}'s adult daughter came into {SHOP}, threw his work phone at him (missed) and said she'd "end him" if he didn't give her money. No injury. He thinks she meant it in the moment only. DASH standard.
bcrp|violence_without_injury||Staff member {F1} pushed out of the way by a customer barging to the front of the queue at {SHOP}, {D1}. No injury. {F1}, who is Black, says it wasn't about race - "he shoved everyone". No hate element recorded.
"""

VLU = r"""
vlu|violence_with_injury|DA|VLO contact {D1}. Offender {M1} {S1}, HMP {HMP}, serving {YRS} yrs for s18 GBH on V (his then partner). Parole hearing {D3}. V requests: no contact, exclusion zone covering {ST} and her workplace, not to enter {TOWN}. V: "I still sleep with the light on."
vlu|homicide|DA|Bereaved family. V is the sister of the late {F2}, killed by her husband {M1} in {YEAR}; he was convicted of murder. Now in open conditions, first ROTL being considered. Family want an exclusion zone round the cemetery and their homes.
vlu|homicide||V's son ({AGE}) died after a fight outside {PUB}; offender {M1} {S1} convicted of manslaughter (single punch). No prior connection between them. Release on licence expected {D3}. V wants to know if he'll live in {TOWN}.
vlu|homicide|KNIFE|Murder, {YEAR}: V's brother stabbed to death by a stranger in the town centre. Offender now approaching tariff. V wishes to submit a VPS to the Parole Board and attend the hearing.
vlu|homicide|DA;HBA|VLO note. Offenders (V's father and older brother) convicted of the murder of V's sister, who had refused an arranged marriage. Judge found the motive was "restoring family honour". V (now {AGE}) at a protected address. Requests non-contact with her and her children.
vlu|homicide||Bereaved mother. Her {MTH}-month-old baby was killed by the baby's father; manslaughter. She is clear there was never any abuse towards her and police checks found no history between the parents. Release due {D3}. Wants exclusion from her town.
vlu|homicide|DA|V ({AGEM}) - her adult son was killed by his stepfather (V's husband at the time) during a row at the family home; manslaughter. V describes years of his temper "towards all of us". Release due {D3}.
vlu|homicide||VCS opt-in {D1}. V's father (a taxi driver) was killed in a robbery by two men he had picked up; both convicted of murder. One now eligible for parole review. V wants to submit a VPS.
vlu|homicide|DA|Family of the late {F2} {S1}: killed by her ex-partner of {YRS} yrs, {MTH} months after she left him; he was convicted of murder. Her mother ({OLD}) wants notification of any move to open conditions.
vlu|death_injury_driving||V's husband killed in an RTC when offender, driving at over 90 in a 40 zone, hit his car head-on; causing death by dangerous driving, {YRS} yrs. Release at halfway point {D3}. V wants notification only.
vlu|death_injury_driving||Causing death by careless driving while over the limit: V's daughter, {AGE}, killed cycling home. Offender unknown to the family. Licence: exclusion from the road where she died. V's VPS attached.
vlu|death_injury_driving||V ({AGE}) left with life-changing spinal injuries when offender mounted the pavement on {ST} while using his phone; convicted of causing serious injury by dangerous driving. V now uses a wheelchair. Wants release date.
vlu|death_injury_driving||Disqualified, uninsured driver killed V's father at a zebra crossing on {ST}; causing death by driving while disqualified. VCS letter sent {D1}, V opted in.
vlu|death_injury_driving||Causing serious injury by careless driving: offender ran a red light and hit V's car; V ({AGEM}) has a brain injury and can't work. Offender a stranger. Short sentence, release {D3}.
vlu|sexual_offences|CSA|VCS opt-in. V (now {AGE}) was 14 when offender, her then PE teacher, had sexual activity with her. Offender released on licence {D3}. Requests: no contact direct or indirect, incl. social media; exclusion zone round her village. Not DA - teacher.
vlu|sexual_offences|DA|Offender {M1} {S1}: rape x2 of V, his ex-partner, after they separated. {YRS} yr sentence, automatic release at two-thirds {D3}. V has relocated. Requests non-contact + not to enter {TOWN}. MARAC previously.
vlu|sexual_offences||Stranger rape, {YEAR}. Offender now on parole review. V {F1} ({AGEM}) doesn't want contact from the VLU except by letter via her solicitor. Wishes only to be told of release.
vlu|sexual_offences|CSA|V ({AGE}) was abused by her father from age 6 to 12; father convicted {YRS} yrs ago, now due for release. V lives {N} miles from the likely approved premises and is terrified of bumping into him. Exclusion zone requested.
vlu|sexual_offences|DA;CSA|V (now {AGE}) abused by her stepdad from 15 until she was 17 - it didn't stop when she turned 16. He got {YRS} yrs. Parole hearing {D3}. V asks that he is not allowed to contact her mum's house while she is there.
vlu|sexual_offences|CSA|Grooming gang case: V was one of several girls exploited aged 13-15 by a group of men in {TOWN}; two offenders due for release. V now {AGE}. Requests for both: non-contact, exclusion zone. Not DA.
vlu|sexual_offences|MS|Offender convicted of trafficking for sexual exploitation - V was brought from abroad aged 22 and forced into prostitution in {TOWN}. Release due {D3}. V fears reprisals from his associates.
vlu|sexual_offences||Landlord convicted of voyeurism - hidden cameras in the tenants' bathroom. V ({AGE}) was one of the tenants. Released {D1}. V wants a condition that he doesn't approach her.
vlu|sexual_offences|DA|V's husband convicted of controlling or coercive behaviour and rape against V over {YRS} years. Release {D3}. Licence conditions sought: no contact including through the children, exclusion zone, disclosure of relationships.
vlu|sexual_offences||Offender (V's neighbour, no relationship) convicted of sexual assault on V ({AGE}) in her garden. His mother still lives next door and he plans to live there on release. V very anxious; exclusion zone requested.
vlu|sexual_offences|CSA;ONL|Offender convicted of inciting V (then 13) to send sexual images on Snapchat and of sexual communication with a child. V now in her twenties. Release {D3}. Requests no contact incl. online.
vlu|sexual_offences|DA|Offender was V's long-term girlfriend; convicted of assault by penetration and ABH on V ({AGE}). Release at halfway point {D3}. V asks for non-contact and for offender to stay out of {TOWN}.
vlu|sexual_offences|DA|Offender is V's cousin, convicted of raping her at a family wedding when she was 19. V ({AGE}) has been cut off by half the family since. Wants exclusion from her street.
vlu|sexual_offences||Offender is V's sister's ex-partner - he sexually assaulted V at her sister's house in {YEAR}. V was never in a relationship with him and he is not related to her. Notification of release only.
vlu|sexual_offences|DA|Offender is the father of V's children (never married, lived together {YRS} yrs). Convicted of rape and ABH against V. V wants licence to prevent him attending the children's school.
vlu|sexual_offences|CSA|Offender (V's older brother, then 17) abused V from age 8 to 11; convicted last year. V now {AGE}. Requests no contact. Not DA - V was a child at the time.
vlu|sexual_offences||Contact breach reported {D1}: offender (convicted of sexual assault on V, a stranger, at a bus stop) seen in {TOWN} town centre inside his exclusion zone. Did not approach V. OM informed.
vlu|sexual_offences|CSA|V (now {AGEM}) abused as a boy by a scout leader; offender convicted {YRS} yrs ago, now being considered for release. Not family. V wants to be kept informed.
vlu|sexual_offences||Taxi driver convicted of sexually assaulting V ({AGE}), a passenger, after a night out. Stranger. Release {D3}. V asks that he's not allowed to drive taxis in {TOWN} again.
vlu|sexual_offences|DA|"He's my ex but we're still in the same family WhatsApp because of his mum" - V ({AGE}); offender convicted of sexual assault on her after they split. V asks VLO whether licence can stop indirect contact through his family.
vlu|sexual_offences|DA|Offender (V's husband, married {YRS} yrs) convicted of rape; he also kept her passport and gave her no money. MARAC {D1}. V wants exclusion from {TOWN} and no contact.
vlu|sexual_offences|CSA|VLO note. V's daughter ({KID}) was sexually assaulted by offender, a family friend who babysat. Mum opted in on her behalf. Offender due for release {D3}; exclusion zone round school and home requested.
vlu|sexual_offences||Exposure: offender convicted of exposing himself to V ({AGE}) {N} times on the same footpath near {ST}. Stranger. Released {D1}. V asks for exclusion from the footpath.
vlu|robbery|KNIFE|Street robbery at knifepoint on {ST}; V's phone and wallet taken. Offender a stranger. Release {D3}. Requests exclusion from the area round V's work.
vlu|robbery|DA|Offender (V's grandson, {YOUNG}) pushed V ({OLD}) to the floor at her home and took her pension money. Convicted of robbery. Released {D1}. V "doesn't want him punished any more, just not in my house".
vlu|robbery||Two offenders robbed V in his taxi - one held him in a headlock while the other took the takings; V off work {MTH} months. Not known to him. One offender released {D1}.
vlu|robbery|HATE|Robbery of V, a wheelchair user, outside his flat: offenders called him a "cripple" and tipped him out of his chair to take his bag. Recorded as disability hate. Release due {D3}.
vlu|robbery||Armed robbery (imitation firearm) at the bookmaker's where V was cashier. Offender a stranger. Release {D3}. V still gets panic attacks at work.
vlu|robbery||V ({AGE}) robbed of her handbag on {ST} - offender punched her and pulled it off her shoulder; broken cheekbone. Offender released {D1}. V wants to know what area he'll live in.
vlu|violence_with_injury|KNIFE|Offender stabbed V in the thigh during an argument in a takeaway queue. Strangers. s18. Release on licence {D3}. V asks for exclusion from the town centre at night.
vlu|violence_with_injury||Acid attack: offender threw a corrosive substance in V's face on {ST}; V has permanent scarring. Offender a stranger (mistaken identity). Release {D3}.
vlu|violence_with_injury|DA|V's adult son {M1} ({AGE}) convicted of s47 ABH on her - broke her wrist when she refused him money. Released {D1}. Licence: not to reside at V's address. V torn: "he's still my son".
vlu|violence_with_injury|DA|Offender and V split {YRS} yrs ago. When he saw her in town with her new partner he attacked her - s20, fractured cheekbone. He'd had no contact with her for years before. Release {D3}. DASH high.
vlu|violence_with_injury|HATE|Homophobic s20: V and his husband were attacked walking home holding hands; V knocked unconscious. Offenders (strangers) convicted with hate uplift. Release {D3}.
vlu|violence_with_injury|HATE|Racially aggravated ABH on V, a bus driver, by a passenger who called him a "monkey" and punched him through the cab screen gap. Release {D3}.
vlu|violence_with_injury|DA|Offender is V's grandad; he hit V ({YOUNG}) with his walking stick, fracturing her arm, after she challenged him about how he treats her nan. Convicted of s20. Release {D3}. Family split over it.
vlu|violence_with_injury|DA|Offender is V's nephew (her sister's son), {AGE}; he was living with V and assaulted her with a frying pan, fracturing her eye socket. Release date tbc, PED {D3}. V asks he doesn't return to her address.
vlu|violence_with_injury||Offender was V's lodger (no relationship) - punched and kicked her in a row over rent; broken ribs. Not DA. Released {D1}. V has changed the locks.
vlu|violence_with_injury||Offender was V's paid carer from an agency - convicted of ABH and ill-treatment of V, who has MS. Not family, not a partner. V ({AGEM}) wants him barred from care work.
vlu|violence_with_injury|DA;KNIFE|Offender slashed V (his wife) across the forearm with a kitchen knife during a row. Convicted of s18. Released {D1}. V requests electronic monitoring on the exclusion zone.
vlu|violence_with_injury||V (door supervisor) kicked unconscious by a group outside {PUB}; one offender due for release {D3}. No prior connection. V wants notification.
vlu|violence_with_injury|DA|Offender (V's ex-wife) hit him over the head with a wine bottle (it didn't break) and scratched his face, causing a head wound needing glue. Convicted of ABH. V ({AGE}) asks for non-contact except via solicitors re the kids.
vlu|violence_with_injury||Neighbour dispute: offender broke V's jaw with a punch over a boundary hedge. No relationship, not DA. Release {D3}. V wants him not to return to the street.
vlu|violence_with_injury|DA|Offender is V's sister-in-law (her brother's wife). Assaulted V at a family gathering causing a broken finger and bruising. Convicted of ABH. Release {D3}. V wants no contact.
vlu|violence_with_injury||Offender has previous DA convictions against two former partners (not V). This offence: s20 on V, a stranger, in a pub toilet. V ({AGE}) wants to know release date only.
vlu|violence_with_injury|DA|Licence breach report {D1}: V saw offender inside the exclusion zone on {ST}; he didn't approach or speak. Index offence: ABH on V (his ex-partner). OM informed, recall being considered.
vlu|violence_with_injury|DA|Offender (V's half-brother) convicted of wounding V ({AGE}) with a hammer during an argument about their mum's care. Release {D3}. V asks he doesn't go to their mum's house when V is there.
vlu|violence_with_injury|DA|Relationship to offender: "my son's dad" - V ({AGE}) and offender were together briefly years ago. Index offence: GBH with intent (kicked her head) at a child contact handover. Release {D3}. Wants contact arrangements via a third party only.
vlu|violence_with_injury|HATE|Offender attacked V, a trans woman, on the bus, punching her repeatedly while shouting transphobic abuse; broken nose. Hate uplift at sentence. Release {D3}.
vlu|violence_with_injury||Offender threw boiling water over V, his flatmate, in a row about bills; burns to arms. Flatmates, never a couple. Release {D3}.
vlu|robbery|KNIFE|V (shop worker) was slashed with a Stanley knife by offender during a robbery attempt that failed - nothing was taken. Convicted of s18 and attempted robbery. Release {D3}.
vlu|violence_without_injury|DA|Offender convicted of threats to kill V (his ex-wife) - said on the phone he would "finish her" and burn the house down. Released {D1}. Licence: non-contact, tagged exclusion zone. Phone calls only, no blade involved.
vlu|violence_without_injury|DA;HBA|V's father convicted of threats to kill after V (21) refused to marry the man chosen for her; he said she had "shamed" the family. Forced Marriage Protection Order in place. Release {D3}.
vlu|violence_without_injury|MS|Offender convicted under the Modern Slavery Act - kept V and other men working unpaid on his block-paving jobs, housed them in a caravan and took their benefits. V wants to know if offender will return to the site in {TOWN}.
vlu|violence_without_injury|DA;MS|V was brought to the UK by her aunt aged 19 to work unpaid as a live-in servant in the aunt's house, never allowed out alone. Aunt convicted of holding a person in servitude. Release {D3}. V wants non-contact.
vlu|violence_without_injury||Offender (a registered childminder, no relation) convicted of child cruelty towards V's son, aged 3. V opted in. Release {D3}. V wants her barred from childcare.
vlu|violence_without_injury|DA|Offender convicted of child cruelty against V's two children and common assault on V (his partner of {YRS} yrs). No injuries to V recorded. Release {D3}. V wants no contact with any of them.
vlu|violence_without_injury|KNIFE|Offender held a knife to V's throat in a dispute over a parking space; convicted of common assault and possession of a bladed article. No injury. Neighbour, not DA. Release {D3}.
vlu|violence_without_injury||Offender (unrelated man) convicted of child abduction after taking V's daughter ({KID}) from the park in his car; she was found unharmed within hours and no sexual offence was disclosed. Release {D3}.
vlu|violence_without_injury|DA|Offender (V's brother) convicted of threats to kill - face to face at V's front door, no weapon. Family dispute over their late dad's house. Release {D3}.
vlu|violence_without_injury||Offender convicted of threats to kill V, his former manager, after being sacked - voicemails saying he'd "do her in". Not a relationship. Release {D3}. Calls only.
vlu|violence_without_injury|MS|Cannabis farm case: V ({AGE}) was kept locked in a house in {TOWN} to tend plants, told he owed £{BIG} for being brought to the UK. Offenders convicted of trafficking offences. V wants to know if they'll be deported.
vlu|violence_without_injury|DA|Offender (V's partner of {YRS} yrs) convicted of common assault - pushed her into a wall and spat at her. No injuries. DVPN had been served previously. Release {D1}.
vlu|violence_without_injury|HATE|Offender convicted of racially aggravated common assault on V at a bus stop - shoved her and pulled at her hair, shouting racist abuse. No injury. Release {D3}.
vlu|violence_without_injury||Assault on an emergency worker: V, a paramedic, was kicked at and grabbed (no injury) by offender while treating him. Release {D3}. V wants notification only.
vlu|stalking_harassment|DA|Offender convicted of stalking V, his ex-partner of {YRS} yrs: followed her to work, put a tracker on her car, sat outside her house. Released {D1}. Indefinite restraining order. No online element.
vlu|stalking_harassment|DA|Offender convicted of controlling or coercive behaviour towards V over the {YRS} years of their marriage - controlled all the money, took her wages, stopped her seeing family. Licence: no contact, disclose new relationships.
vlu|stalking_harassment|DA;ONL|Contact breach reported {D1}: offender (on licence for harassment of V, his ex) sent her a friend request and messages via a fake Facebook profile. Recall requested.
vlu|stalking_harassment||Stalking by a stranger: offender became fixated on V after seeing her at the gym, followed her home, left letters. They never spoke. Release {D3}. Licence: exclusion zone round the gym and her home.
vlu|stalking_harassment||Former colleague convicted of stalking V: turned up at her new job, sent flowers, called from withheld numbers. Never in a relationship. Release {D3}.
vlu|stalking_harassment||Offender is V's ex-partner's new girlfriend - convicted of harassment (abusive texts and turning up at V's house). Not DA: the offender has never been V's partner or relative. Release {D3}.
vlu|stalking_harassment||Offender is V's sister's ex-husband; after the divorce he harassed V with calls and visits, blaming her for the split. Not a partner or relative of V. Restraining order. Release {D3}.
vlu|stalking_harassment|DA|Offender convicted of CCB: took out {N} credit cards in V's name, made her hand over her wages, checked her receipts and stopped her working. Together {YRS} yrs. Release {D3}.
vlu|stalking_harassment|DA;ONL|Male V, {AGE}. Offender (his ex-boyfriend) convicted of stalking: {N2} WhatsApp voice notes in a month and turning up at his work. Release {D3}. V asks for non-contact incl. social media.
vlu|stalking_harassment|ONL|Malicious communications: offender (a stranger) sent V, a local councillor, {N2} abusive emails and tagged her in threatening posts. Not DA. Release {D3}.
vlu|stalking_harassment||Neighbour harassment: offender convicted of harassing V over {YRS} years - banging on walls, filming her from his window, abuse in the street. Not DA. Restraining order. Release {D3}.
vlu|stalking_harassment|DA|Offender (V's daughter, {AGE}) convicted of harassing V with constant calls and visits demanding money. V ({OLD}) wants "a break from her" but not to lose contact with the grandchildren.
vlu|stalking_harassment||Offender (an ex-friend of V) convicted of harassment - {N2} texts and phone calls over {MTH} months. SMS and calls only, nothing on social media. Release {D3}.
vlu|stalking_harassment|DA|VLO: V's ex-husband, divorced {YRS} yrs ago, convicted of stalking after he started following her again when he found out she'd remarried. Release {D3}. V asks for GPS tag.
vlu|stalking_harassment|DA|V ({AGE}) and offender were together for only {MTH} months; he was convicted of stalking after the split. Release {D3}. V wants to know which approved premises he'll go to.
vlu|stalking_harassment|DA|Contact breach {D1}: letter from offender arrived at V's mum's address addressed to V, via his cousin. Index offence: harassment of V (his ex-fiancee). Letter only, posted. OM notified, recall being considered.
vlu|stalking_harassment|DA|Offender (V's son-in-law) convicted of harassment of V ({OLD}) - repeated calls and visits demanding she sign over the house. Release {D3}.
vlu|burglary||Offender burgled V's home while she was asleep upstairs; sentenced {YRS} yrs. V ({OLD}) wants him not to come within a mile of her street.
vlu|burglary|DA|Offender (V's ex-husband) broke into her house while she was away and took documents and jewellery; convicted of burglary. V ({AGE}) requests non-contact. DASH medium.
vlu|burglary||Distraction burglary: offender posed as a water board worker to get into V's house and took cash from the bedroom while his accomplice kept her talking. V ({OLD}) hasn't opened the door since.
vlu|burglary||Offender convicted of burglary of V's business (jeweller's on {ST}) over a weekend. V wants to know release date.
vlu|criminal_damage_arson|DA|Offender (V's ex-partner) set fire to her front door at night with her and the children inside; convicted of arson with intent to endanger life. MARAC heard {D1}. Release {D3}.
vlu|criminal_damage_arson||Offender convicted of criminal damage - smashed all the front windows of V's house in a dispute over parking; neighbour, no relationship. Release {D3}.
vlu|criminal_damage_arson|HATE|Offender convicted of racially aggravated criminal damage after daubing racist slogans on V's house and car. Release {D3}. V asks for exclusion from the estate.
vlu|criminal_damage_arson|DA|Offender (V's son, {AGE}) smashed up her kitchen and TV when she refused him money; convicted of criminal damage. No assault on V. Licence: not to live with her.
vlu|criminal_damage_arson||Arson at V's shop on {ST}; offender a former customer with a grudge. Nobody inside. Release {D3}. V wants notification.
vlu|fraud_computer_misuse|DA|Offender (V's son) convicted of fraud - took out {N} loans and a credit card in V's name while she was in hospital. Total £{BIG}. V wants him kept away from her post.
vlu|fraud_computer_misuse|ONL|Romance fraud: V ({OLD}) met "Daniel" on a dating site and sent £{BIG} over {MTH} months. Offender (part of the group) convicted. V embarrassed, wants notification only.
vlu|fraud_computer_misuse||Courier fraud: offender was the courier who collected V's bank cards after a phone call from a fake "police officer"; phone calls only. V ({OLD}) lost £{BIG}.
vlu|fraud_computer_misuse|ONL|Investment scam run through a crypto trading website; V lost his savings (£{BIG}). Offender convicted. Release {D3}.
vlu|fraud_computer_misuse||Paid carer (agency) used V's bank card to withdraw cash and make purchases over {MTH} months - fraud by abuse of position. Not family, no DA. V ({OLD}) opted in.
vlu|fraud_computer_misuse|DA;ONL|Offender (V's ex-partner) used her details to open online shopping and loan accounts after they split, £{BIG} of debt. Convicted of fraud. V wants non-contact.
vlu|other_theft|DA|Offender (V's grandson, lived with her) convicted of theft - took her jewellery and cash from the house over several months and sold them. Not burglary as he lived there. V ({OLD}) still loves him.
vlu|other_theft||Offender, a self-employed cleaner (no relationship), convicted of stealing V's rings and cash over several visits. Release {D3}.
vlu|other_theft|DA|Blackmail: offender (V's ex-husband) demanded £{BIG} or he'd tell V's employer about her past; by letter and phone. Convicted of blackmail. Release {D3}.
vlu|misc_crimes_against_society||Offender convicted of perverting the course of justice - tried to persuade V, a witness to a car crash, to give a false account. Release {D3}. V wants notification.
vlu|misc_crimes_against_society|CSA;ONL|Offender convicted of making and distributing indecent images of children, some of which were of V (then 12), taken by someone else and downloaded from a website. V, now an adult, identified by police and opted in {D1}.
vlu|misc_crimes_against_society||Offender convicted of dangerous driving after chasing V's car along the bypass in a road-rage incident; nobody hurt, no contact between the cars. Release {D3}. V wants notification.
vlu|public_order|HATE|Offender convicted of religiously aggravated public order offence after shouting abuse at V outside the mosque - single incident. Release from short sentence {D3}.
vlu|public_order||Offender convicted of affray after a brawl in V's front garden; V and family were terrified but nobody was hit. Not related to V. Release {D3}.
vlu|vehicle_offences||Aggravated vehicle taking: offender took V's car from her drive and crashed it into a wall on {ST}; nobody hurt. V wants notification only.
vlu|theft_from_person||Prolific pickpocket convicted of stealing V's purse from her shoulder bag on a crowded bus. V ({OLD}) lost her late husband's photos. Release {D3}; V opted in out of curiosity.
vlu|possession_of_weapons||V is not a direct victim - offender (her neighbour) convicted of possessing a firearm found in his loft. Release {D3}. No threats to V. She asked for notification as she lives next door.
vlu|other_crime||Offender convicted of animal cruelty after keeping dogs in appalling conditions at the house next to V's; V reported it. No offence against V herself. Release {D3}; wants notification.
vlu|drug_offences||Offender convicted of supplying heroin from the flat below V's; V gave evidence. No threats to V recorded. Release {D3}. She wants to know when he's out.
vlu|stalking_harassment|DA|Offender (V's husband of {YRS} yrs) convicted of controlling or coercive behaviour: chose her clothes, locked her out of the house, made her sleep in the car and took her child benefit. Release {D3}. Licence: no contact, exclusion zone.
vlu|stalking_harassment|DA|Contact breach {D1}: offender still in custody rang V's workplace {N} times from a prison phone. Index offence: stalking of V (his ex). Phone calls only. Prison informed, calls blocked.
vlu|stalking_harassment|DA;ONL|Offender (V's ex-partner) convicted of harassment - made {N} fake Snapchat and TikTok accounts to post about V and message her friends. Release {D3}. Requests no contact incl. online.
vlu|stalking_harassment||Offender convicted of stalking V, a radio presenter, by letter and by turning up at the studio. Never met her socially. Release {D3}. Not DA.
vlu|stalking_harassment|DA|V ({AGEM}) and offender split up in {YEAR} and had no contact for over a decade; he then started writing letters and turning up at her house. Convicted of stalking. Release {D3}.
vlu|stalking_harassment||V asks "what if he starts following me again?" - index offence: stalking by a former client of her salon (never a partner, not family). No current contact. Release {D3}. Exclusion zone requested.
vlu|stalking_harassment|DA;HBA|Offender (V's uncle) convicted of harassment after repeatedly confronting V and her boyfriend, telling her she was bringing shame on the family and must end it. Release {D3}. V fears wider family.
vlu|stalking_harassment|DA|Offender (V's ex-wife) convicted of coercive control - V ({AGE}, male) had no access to his own wages and was stopped from seeing his parents. Release {D3}. V wants contact about the kids only via mediation.
vlu|violence_with_injury|DA;HBA|Offender (V's brother) convicted of ABH after beating V for dating outside their community, saying she had dishonoured the family. Release {D3}. V living at a refuge.
vlu|fraud_computer_misuse|DA|Offender (V's daughter-in-law) convicted of fraud - used V's debit card and PIN to take £{BIG} while "helping" with shopping. V ({OLD}) wants her not to visit.
vlu|violence_without_injury|DA|Offender (V's grandson, {YOUNG}) convicted of threats to kill after saying he'd burn V's house down with her in it, in her kitchen. No weapon, no injury. V ({OLD}) wants notification.
vlu|violence_with_injury|DA|Offender (V's twin brother) convicted of ABH - headbutted V during a row about their mum's funeral costs. Release {D3}. V wants no contact.
vlu|stalking_harassment||Offender convicted of harassing V, his ex-colleague, with {N2} texts and voicemails after she reported him to HR. Never a relationship. Calls and SMS only. Release {D3}.
vlu|sexual_offences|KNIFE|Index offence: rape at knifepoint by a stranger, {YEAR}. Offender now eligible for parole review. V ({AGEM}) wishes to make representations on licence conditions. Letter contact only.
vlu|violence_with_injury|DA|Offender (V's father) convicted of ABH on V ({YOUNG}) after a row about her boyfriend. VLO explored honour-based abuse: V says it was "just Dad's temper", no family or community honour element, no pressure to marry. Release {D3}.
vlu|violence_with_injury||V, a car wash worker, was punched by his manager and lost a tooth. NRM considered but V says he's paid properly, has his own passport and flat and is free to leave - no slavery indicators. Offender released {D1}.
"""

N_NOTES = 800
SEED = 48_2026
OUT_PATH = Path(__file__).resolve().parent / "data" / "notes_blind48.csv"

FEMALE = [
    "Amy",
    "Chloe",
    "Priya",
    "Jade",
    "Kerry",
    "Natalie",
    "Sian",
    "Zainab",
    "Leanne",
    "Gemma",
    "Hannah",
    "Aisha",
    "Becky",
    "Claire",
    "Donna",
    "Ellie",
    "Fatima",
    "Georgia",
    "Holly",
    "Imogen",
    "Jasmine",
    "Kirsty",
    "Laura",
    "Megan",
    "Nadia",
    "Olivia",
    "Paige",
    "Rachel",
    "Shannon",
    "Tanya",
    "Vicky",
    "Yasmin",
    "Zoe",
    "Agnieszka",
    "Bethan",
    "Carys",
    "Demi",
    "Eilidh",
    "Freya",
    "Grace",
    "Mel",
    "Niamh",
    "Roxanne",
    "Stacey",
    "Toni",
    "Wendy",
    "Harpreet",
    "Ruta",
    "Abi",
    "Lorna",
]
MALE = [
    "Aaron",
    "Ben",
    "Callum",
    "Darren",
    "Ewan",
    "Faisal",
    "Gary",
    "Harvey",
    "Imran",
    "Jamie",
    "Kieran",
    "Liam",
    "Mark",
    "Nathan",
    "Owen",
    "Paul",
    "Rhys",
    "Scott",
    "Tariq",
    "Wayne",
    "Adam",
    "Bilal",
    "Craig",
    "Dean",
    "Elliot",
    "Jordan",
    "Kyle",
    "Lee",
    "Marek",
    "Neil",
    "Ryan",
    "Shane",
    "Tom",
    "Vikram",
    "Warren",
    "Connor",
    "Dale",
    "Jason",
    "Kofi",
    "Luke",
    "Mo",
    "Gareth",
    "Stefan",
    "Jermaine",
    "Robbie",
    "Aled",
    "Hamza",
    "Toby",
    "Dwayne",
    "Piotr",
]
SURNAMES = [
    "Ashworth",
    "Bibi",
    "Carter",
    "Doyle",
    "Evans",
    "Fairbairn",
    "Gill",
    "Hussain",
    "Ingram",
    "Jones",
    "Kaur",
    "Lowe",
    "McAllister",
    "Nowak",
    "Okafor",
    "Patel",
    "Quinn",
    "Rahman",
    "Sutcliffe",
    "Turner",
    "Underwood",
    "Varga",
    "Whitlock",
    "Yates",
    "Begum",
    "Clegg",
    "Dunmore",
    "Ellison",
    "Foster",
    "Greaves",
    "Haworth",
    "Iqbal",
    "Jackson",
    "Kowalski",
    "Lister",
    "Mensah",
    "Naylor",
    "O'Brien",
    "Pickering",
    "Riley",
]
STREETS = [
    "High St",
    "Market Sq",
    "Bridge St",
    "Crown Walk",
    "Abbey Precinct",
    "Station Rd",
    "Fore St",
    "Sheep St",
    "Silver St",
    "Canal Way",
    "Lime Walk",
    "Castle Hill",
    "Northgate",
    "Victoria Rd",
    "Chapel Lane",
    "Union St",
    "Mill Lane",
    "Westgate",
    "Tanners Row",
    "Kings Parade",
]
SHOPS = [
    "Kellan's Convenience",
    "Northgate Pharmacy",
    "Pennyworth Stores",
    "Quayside Discount",
    "Marlow Bakehouse",
    "Vantage Sports",
    "Bramble Home & Garden",
    "Greaves Jewellers",
    "Tillery Homeware",
    "Lowmoor Value",
    "Crestway Mini Mart",
    "Sadler Opticians",
    "Orchard Books",
    "Pellow's Off Licence",
    "Dunmore Electricals",
    "Harrow & Finch",
    "Oakfield Superstore",
    "Loxley Fashion",
    "Fenby Hardware",
    "Brightwell Chemist",
]
PUBS = [
    "the Wheatsheaf",
    "the Lamb & Flag",
    "the Old Mill",
    "Bar Nineteen",
    "the Drovers Arms",
    "the Plough",
    "Velvet nightclub",
    "the Railway Tavern",
    "the Fox",
    "Club Ember",
]
CHEMISTS = ["Northgate Pharmacy", "Brightwell Chemist", "Hollis & Co Pharmacy", "Castle Hill Pharmacy"]
CAFES = ["the Copper Kettle", "the Tillery cafe", "Beanstalk Coffee", "Mugs on Market St", "the Crumb cafe"]
TOWNS = ["Ashbury", "Wexley", "Hollinsby", "Marrow Cross", "Thornleigh", "Calderbrook", "Stanmere", "Oxenby"]
PRISONS = ["Ashgrove", "Fenwood", "Marley Moor", "Colbeck", "Stanmere", "Redlands", "Kestrel Hill"]
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
MON3 = [m[:3] for m in MONTHS]
DAYS3 = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]

DATE_START = dt.date(2024, 1, 8)
DATE_SPAN_DAYS = 620

SLOT_RE = re.compile(r"\{([A-Z]+)([0-9]?)\}")


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt_date(d: dt.date, rng: random.Random) -> str:
    style = rng.randrange(8)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == 3:
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]}"
    if style == 4:
        return f"{d.day} {MON3[d.month - 1]} {d.year}"
    if style == 5:
        return f"{DAYS3[d.weekday()]} {d.day:02d}/{d.month:02d}"
    if style == 6:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{DAYS3[d.weekday()]} {ordinal(d.day)} {MON3[d.month - 1]}"


def fmt_time(rng: random.Random, night: bool) -> str:
    hour = (21 + rng.randrange(8)) % 24 if night else rng.randrange(7, 22)
    minute = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 7, 12, 48])
    style = rng.randrange(5)
    if style == 0:
        return f"{hour:02d}:{minute:02d}"
    if style == 1:
        h12 = hour % 12 or 12
        return f"{h12}.{minute:02d}{'am' if hour < 12 else 'pm'}"
    if style == 2:
        return f"{hour:02d}{minute:02d}hrs"
    if style == 3:
        return f"approx {hour:02d}:{minute:02d}"
    return f"about {hour % 12 or 12}{'am' if hour < 12 else 'pm'}" if minute == 0 else f"{hour:02d}.{minute:02d}"


def fmt_ref(rng: random.Random) -> str:
    style = rng.randrange(5)
    yy = rng.choice([24, 25])
    if style == 0:
        return f"CR/{rng.randrange(10000, 99999)}/{yy}"
    if style == 1:
        return f"{rng.randrange(10, 99)}/{rng.randrange(10000, 99999)}/{yy}"
    if style == 2:
        return f"CAD {rng.randrange(1000, 9999)} of {rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}"
    if style == 3:
        return f"ASH-{rng.randrange(100000, 999999)}"
    return f"NFIB{rng.randrange(1000000, 9999999)}" if rng.random() < 0.2 else f"{yy}0000{rng.randrange(10000, 99999)}"


def fmt_amount(rng: random.Random) -> str:
    pounds = rng.randrange(6, 640)
    if rng.random() < 0.5:
        return f"{pounds}"
    return f"{pounds}.{rng.randrange(0, 100):02d}"


def fmt_big(rng: random.Random) -> str:
    return f"{rng.randrange(1200, 48000):,}"


def pick_distinct(pool: list[str], taken: list[str], rng: random.Random) -> str:
    choices = [x for x in pool if x not in taken]
    return rng.choice(choices)


def slot_value(kind: str, num: str, state: dict, rng: random.Random) -> str:
    if kind == "F":
        return pick_distinct(FEMALE, state["names"], rng)
    if kind == "M":
        return pick_distinct(MALE, state["names"], rng)
    if kind == "S":
        return pick_distinct(SURNAMES, state["names"], rng)
    if kind == "D":
        if "base" not in state:
            state["base"] = DATE_START + dt.timedelta(days=rng.randrange(DATE_SPAN_DAYS))
        base = state["base"]
        if num in ("", "1"):
            day = base
        elif num == "2":
            day = base + dt.timedelta(days=rng.randrange(1, 6))
        else:
            day = base + dt.timedelta(days=rng.randrange(12, 70))
        return fmt_date(day, rng)
    if kind == "T":
        return fmt_time(rng, night=False)
    if kind == "NT":
        return fmt_time(rng, night=True)
    if kind == "ST":
        return pick_distinct(STREETS, state["names"], rng)
    if kind == "SHOP":
        return pick_distinct(SHOPS, state["names"], rng)
    if kind == "CHEM":
        return rng.choice(CHEMISTS)
    if kind == "CAFE":
        return rng.choice(CAFES)
    if kind == "PUB":
        return rng.choice(PUBS)
    if kind == "TOWN":
        return rng.choice(TOWNS)
    if kind == "HMP":
        return rng.choice(PRISONS)
    if kind == "REF":
        return fmt_ref(rng)
    if kind == "AMT":
        return fmt_amount(rng)
    if kind == "BIG":
        return fmt_big(rng)
    if kind == "COLL":
        return str(rng.randrange(1100, 9899))
    ranges = {
        "AGE": (19, 58),
        "YOUNG": (19, 33),
        "AGEM": (38, 66),
        "OLD": (71, 93),
        "KID": (4, 11),
        "TEEN": (13, 15),
        "N": (3, 9),
        "N2": (11, 60),
        "YRS": (2, 14),
        "WK": (2, 8),
        "MTH": (3, 11),
        "YEAR": (1989, 2006),
    }
    if kind in ranges:
        lo, hi = ranges[kind]
        return str(rng.randint(lo, hi))
    raise ValueError(f"unknown slot kind {kind!r}")


def fill(text: str, rng: random.Random) -> str:
    state: dict = {"names": []}
    cache: dict[str, str] = {}

    def repl(match: re.Match) -> str:
        key = match.group(0)
        if key not in cache:
            kind, num = match.group(1), match.group(2)
            if kind == "N" and num == "2":
                kind, num = "N2", ""
            value = slot_value(kind, num, state, rng)
            cache[key] = value
            if kind in ("F", "M", "S", "ST", "SHOP"):
                state["names"].append(value)
        return cache[key]

    return SLOT_RE.sub(repl, text)


def parse_templates() -> list[tuple[str, str, list[str], str]]:
    templates = []
    seen_text: dict[str, int] = {}
    for block in (SARC, BCRP, VLU):
        for raw in block.strip().split("\n"):
            line = raw.strip()
            if not line:
                continue
            kind, category, flag_field, text = line.split("|", 3)
            if kind not in ("sarc", "bcrp", "vlu"):
                raise SystemExit(f"bad kind {kind!r}: {line[:60]}")
            if category not in CATEGORIES:
                raise SystemExit(f"bad category {category!r}: {line[:60]}")
            codes = [c for c in flag_field.split(";") if c]
            flags = []
            for code in codes:
                if code not in FLAG_CODES:
                    raise SystemExit(f"bad flag code {code!r}: {line[:60]}")
                flags.append(FLAG_CODES[code])
            if len(flags) != len(dict.fromkeys(flags)):
                raise SystemExit(f"duplicate flag: {line[:60]}")
            flags.sort(key=FLAGS.index)
            if "|" in text or "\n" in text:
                raise SystemExit(f"separator in text: {line[:60]}")
            if not SLOT_RE.search(text):
                raise SystemExit(f"template without slots: {line[:60]}")
            leftover = SLOT_RE.sub("", text)
            if "{" in leftover or "}" in leftover:
                raise SystemExit(f"stray brace: {line[:60]}")
            if text in seen_text:
                raise SystemExit(f"duplicate template: {line[:60]}")
            seen_text[text] = 1
            templates.append((kind, category, flags, text))
    return templates


def main() -> int:
    rng = random.Random(SEED)
    templates = parse_templates()
    n_templates = len(templates)
    plan = list(range(n_templates)) * (N_NOTES // n_templates)
    plan += rng.sample(range(n_templates), N_NOTES - len(plan))
    rng.shuffle(plan)

    rows: list[tuple[str, str, str]] = []
    used: dict[str, int] = {}
    for idx in plan:
        _kind, category, flags, text = templates[idx]
        for _attempt in range(200):
            note = fill(text, rng)
            if note not in used:
                break
        else:
            raise SystemExit(f"could not make a unique note from template {idx}")
        used[note] = 1
        rows.append((note, category, ";".join(flags)))

    rng.shuffle(rows)

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["note_id", "text", "category", "flags"])
    for i, (note, category, flags) in enumerate(rows, start=1):
        writer.writerow([f"B48-{i:04d}", note, category, flags])
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    cat_counts = {c: 0 for c in CATEGORIES}
    flag_counts = {f: 0 for f in FLAGS}
    for _note, category, flags in rows:
        cat_counts[category] += 1
        for flag in flags.split(";"):
            if flag:
                flag_counts[flag] += 1
    missing = [c for c in CATEGORIES if cat_counts[c] == 0] + [f for f in FLAGS if flag_counts[f] == 0]
    if missing:
        raise SystemExit(f"uncovered labels: {missing}")

    print(f"templates {n_templates}")
    print(f"notes {len(rows)}")
    for c in CATEGORIES:
        print(f"category {c} {cat_counts[c]}")
    for f in FLAGS:
        print(f"flag {f} {flag_counts[f]}")
    print(f"no_flags {sum(1 for r in rows if not r[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
