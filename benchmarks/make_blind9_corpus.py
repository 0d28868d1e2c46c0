"""Generate the blind9 synthetic victim-services referral corpus.

Written blind from ``/work/shared/TAXONOMY.md`` only (plus the column header of an
earlier blind corpus). Every note is synthetic: names, streets, towns and references
are invented. The script is deterministic and uses the standard library only.

Each template below is a record separated by a blank line. The first line is
``category | flags | n`` where flags are short codes (``-`` for none) and ``n`` (1-3)
is how many notes the template yields. The remaining lines are the note text, joined
with single spaces. Placeholders in braces are filled from the slot lists.

Run:  python benchmarks/make_blind9_corpus.py
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20240917
OUT = Path(__file__).resolve().parent / "data" / "notes_blind9.csv"

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

FLAG_CODES = {
    "da": "domestic_abuse",
    "hate": "hate_crime",
    "onl": "online",
    "knife": "knife_sharp_instrument",
    "csa": "child_sexual_abuse_exploitation",
    "ms": "modern_slavery",
    "hba": "honour_based_abuse",
}
FLAG_ORDER = tuple(FLAG_CODES.values())

SLOTS: dict[str, tuple[str, ...]] = {
    "F": ("Kayleigh", "Shona", "Priya", "Donna", "Aisha", "Gemma", "Maureen", "Zofia", "Chantelle", "Bethan", "Niamh"),
    "F2": ("Leanne", "Tasha", "Rukhsana", "Carys", "Joanne", "Esther", "Marta", "Yasmin"),
    "M": ("Callum", "Dwayne", "Imran", "Lewis", "Tomasz", "Reece", "Gareth", "Kofi", "Jamal", "Declan", "Ashley"),
    "SUR": ("Threlfall", "Okonjo", "Brindley", "Haworth", "Pennock", "Kaczmar", "Amberley", "Loxton", "Deverill"),
    "st": (
        "Wexcombe Road",
        "Tallis Close",
        "Hollin Lane",
        "Brackley Street",
        "Mardale Avenue",
        "Cinder Row",
        "Fennick Way",
        "Orchard Vale",
        "the high street",
        "Priory Parade",
    ),
    "town": ("Brackenfold", "Eastmere", "Caddingham", "Holmbury Vale", "Stanwick Ferrers", "Lowthorpe Bridge"),
    "pub": ("the Red Lion", "the Wheatsheaf", "the Drovers Arms", "the Crooked Billet", "Spoons", "the Anchor"),
    "shop": ("Savewell", "the Co-op Express", "Bargain Barn", "QuickStop", "Hartley's Pharmacy", "the Spar"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sat night", "Fri"),
    "ref": ("CR/48213/24", "CRN 0917-553", "ref 22/11874", "VAL-60215", "crime no. 4471/25", "occ 0193"),
}

DATA = """
homicide | da knife | 3
Bereaved family referral. {F}'s daughter was killed by her partner at their flat on {st} on {day}, stabbed in
the kitchen. Partner charged with murder. Mum wants help with the inquest and the press.

homicide | - | 2
Homicide - FLO asking for support for the brother of a man found dead after a fight outside {pub}. Manslaughter
charge expected. Brother not sleeping, has 2 young kids.

homicide | da | 3
DHR notified. V (f, {a}) died after an assault by her ex-husband, he is charged with murder. Referral is for her
sister {F2} who found her at the house.

homicide | knife | 2
son {M} ({ta}) stabbed to death in the park, unknown offenders, 3 teens arrested. parents devastated, asking
about CICA and how the trial works

homicide | - | 2
Referral via police FLO. Elderly father killed in what police now treat as murder during a break-in at his
bungalow. Daughter {F} is next of kin and wants to know what happens at the post mortem stage.

homicide | da | 2
Mrs {SUR}: her son {M} ({a}) killed his father with a hammer at the family home last night. She is a witness and
bereaved. Son remanded. Needs urgent emotional support.

homicide | - | 2
infant death - manslaughter charge against the childminder. parents referred for bereavement support, very early
days

homicide | hate | 2
Bereaved partner of a man killed in an attack police are treating as homophobic. Murder investigation ongoing.
He has had abuse on the estate since and wants to move.

homicide | - | 2
Cold case. The family of {F}, murdered in 1998, got in touch after a new arrest was announced. Her mother (now
{old}) wants one named contact.

homicide | - | 2
manslaughter - one punch outside a takeaway, V's husband hit his head on the kerb and died 2 days later. widow
needs help with funeral costs & the court process

homicide | da knife | 2
My brother killed our mum at her house, she had multiple stab wounds. He's {a} and lived with her. I'm not
coping and the police said you could help me.

homicide | - | 1
Referral for the parents of a 19 yr old who died after being thrown from a balcony at a party. Two men charged
with murder.

death_injury_driving | - | 3
Fatal RTC - V's son, a cyclist, was hit by a van driver who was on his phone. Driver charged with causing death
by careless driving. Family referred by the FLO.

death_injury_driving | - | 2
serious injury by dangerous driving - pedestrian {F} hit on the zebra crossing on {st} by a driver racing
another car. broken pelvis, in hospital 6 wks

death_injury_driving | - | 2
mother killed by a drink driver on the bypass near {town}, driver over the limit and uninsured. adult children
want info re sentencing and the VPS

death_injury_driving | - | 2
Referral from roads policing. V seriously injured when an unlicensed driver lost control and mounted the
pavement. V has a brain injury, partner is main contact.

death_injury_driving | - | 3
Husband killed in a head-on crash, the other driver was overtaking on a blind bend. Charged with causing death
by dangerous driving. Wife {F} needs support before trial.

death_injury_driving | - | 2
my daughter was knocked down by a car doing about 60 in a 30 and has life changing injuries. the driver didnt
stop and has since been arrested

death_injury_driving | - | 2
Motorcyclist {M} killed after a driver pulled out of a junction without looking. CPS charged causing death by
careless driving. Parents need help with the inquest.

death_injury_driving | - | 2
V ({a}) left paralysed after a car being driven dangerously by a man fleeing police hit her car at a junction.
He has been charged with causing serious injury by dangerous driving.

death_injury_driving | - | 2
Grandson killed on his bike by a lorry driver who tested positive for cocaine. Grandmother {F} was his guardian,
she is the referred V.

death_injury_driving | - | 2
V's wife died in hospital a week after being hit by a car whose driver ran a red light. Driver charged with
causing death by careless driving, V wants to make a statement in court.

violence_with_injury | da | 2
V punched in the face by partner {M} last night, split lip and swollen eye. DASH done - medium. Kids were asleep
upstairs.

violence_with_injury | da | 2
ex bf grabbed her by the throat and threw her against the wardrobe, bruising to neck and arms. he has left the
area. high risk DASH, MARAC ref made

violence_with_injury | da | 2
Mr {SUR} ({old}) assaulted by his adult son who was drunk, cut to the head needing 4 stitches. Doesn't want son
arrested but wants help.

violence_with_injury | da | 2
IDVA note: client disclosed husband kicked her in the ribs on {day}, hospital confirmed 2 cracked ribs. Earlier
incidents never reported. Safety planning started.

violence_with_injury | da knife | 2
V stabbed in the arm by her partner during a row about money, wound glued at A&E. He was arrested at scene. V
wants to withdraw but agreed to speak to us.

violence_with_injury | da | 2
female V, {a}, pushed down the stairs by her brother-in-law at a family party, broken wrist.

violence_with_injury | - | 2
Two lads set on {M} outside the chippy and kicked him while he was on the floor. Fractured eye socket. No known
link to the suspects.

violence_with_injury | - | 1
doorman at {pub} headbutted V, nose broken. V admits hed been drinking but says it was unprovoked

violence_with_injury | knife | 2
Victim slashed across the cheek with a Stanley knife by a man he owed money to. 12 stitches. Frightened to go
out.

violence_with_injury | knife | 2
{M} ({ta}) stabbed in the leg on the walk home from college by a group of youths, nothing taken. Mum very
worried about retaliation.

violence_with_injury | hate | 2
V, who wears a hijab, was punched in the face at the bus stop by a man shouting anti-Muslim abuse. Bruising and
a cut lip.

violence_with_injury | hate | 2
Gay couple attacked leaving a bar on {st}, one has a broken jaw. Attackers used homophobic slurs throughout.

violence_with_injury | hate | 2
Disabled V (wheelchair user) tipped out of his chair by youths calling him a cripple, grazes and a sprained
wrist.

violence_with_injury | - | 2
Care home worker {F} bitten by a resident's visitor during a row, skin broken, had to have a tetanus jab.

violence_with_injury | - | 1
Off duty nurse assaulted at the bus stn, punched repeatedly, concussion. Offender unknown. Keen to support a
prosecution if he is identified.

violence_with_injury | knife | 2
Glassed in the face at a wedding reception by a guest she didn't know. Deep cuts near her eye, may scar.

violence_with_injury | - | 2
Attempted murder: V pushed into the canal by a man who then held him under. V survived with hypothermia and
bruising. Suspect unknown.

violence_with_injury | da knife | 2
Mum attacked by her 19yo daughter with a pair of scissors, puncture wound to her hand. Daughter has MH issues,
mum wants her to get help more than anything.

violence_with_injury | - | 1
Teacher hit with a chair by a pupil's father at parents evening, bruised shoulder and a cut forehead.

violence_with_injury | da | 2
V says her partner bit her during an argument on Saturday, bite mark on her arm photographed by police.

violence_with_injury | - | 2
V's {ka} yr old son was beaten up by older boys at the skatepark, black eye and a loose tooth. Boys known to the
school.

violence_with_injury | da | 2
Grandad ({old}) assaulted by his grandson aged 22 who wanted money for drugs, bruising to face and arms. Grandad
too scared to make a statement.

violence_with_injury | - | 1
Security guard at {shop} broke a finger when a man he'd refused entry slammed the door on his hand on purpose.

violence_with_injury | - | 2
Road rage - the other driver got out and punched V through the open window. Nose bleeding heavily, chipped
tooth.

violence_with_injury | da | 2
Ex partner turned up at V's work and hit her with her own handbag, cut above the eye. There's a non-mol in place
which he's now breached.

violence_with_injury | - | 1
Football match, V hit on the head by a bottle thrown by a rival fan, wound needed staples. Not sure who threw
it.

violence_with_injury | - | 2
v punched by a stranger in the queue at the cashpoint, nothing taken, swollen jaw and a headache

violence_with_injury | da | 2
Partner strangled V until she nearly passed out, petechiae noted by officers, also bruising to arms. V now
staying with her mum. MARAC on {day}.

violence_with_injury | hate knife | 2
Polish delivery driver cut on the hand with a knife by a man yelling go back to your own country.

violence_with_injury | - | 1
{F} (taxi driver) punched by a passenger who refused to pay the fare, fractured cheekbone.

violence_with_injury | da | 2
Lesbian couple. V's girlfriend threw a mug at her, cut to her scalp. Not the first time. No hate element, it's
about the relationship.

violence_with_injury | - | 2
injured in a fight outside the kebab shop, v admits he threw the first punch but ended up with a broken nose.
not a domestic, didnt know the other man

violence_with_injury | da hba | 3
V (22) beaten by her brothers for having a boyfriend, they said she had dishonoured the family. Bruising to her
back and face. Staying at a refuge.

violence_with_injury | hba | 2
Midwife referral: V ({a}) disclosed FGM done to her when she was 6, abroad. No current risk identified to her
baby daughter.

violence_with_injury | - | 1
I was hit over the head with a bike lock by a man I'd never seen before when I asked him to stop kicking my
gate. Needed 6 stitches.

violence_with_injury | da | 2
V's stepdad ({a}) punched her (she's 17) in the stomach and she has bruising, she has gone to her nan's. Social
care aware.

violence_with_injury | - | 2
Dad reporting that his son ({ka}) was deliberately pushed off the climbing frame by an older child and broke his
arm.

violence_with_injury | - | 1
Neighbour hit V with a spade during a boundary row, deep bruising to his thigh. Not domestic, no relation.

violence_with_injury | da | 2
Older brother ({a}) broke V's nose during a row about their dad's care. Both adults, V lives alone.

violence_with_injury | - | 1
Prison officer assaulted by an inmate, fractured eye socket, referred by the prison liaison officer.

violence_without_injury | da | 2
partner pushed her onto the sofa and held her down, no injuries. DASH standard risk. V wants advice about
leaving.

violence_without_injury | da | 2
V's husband slapped her across the face, no marks seen by officers. She has asked for a call back when he is at
work.

violence_without_injury | - | 2
Man spat at V on the bus after she asked him to turn his music down.

violence_without_injury | - | 1
PCSO shoved during an arrest, no injury. Referred for welfare support by her sergeant.

violence_without_injury | - | 2
Threats to kill. Neighbour told V to his face on the drive he would put him in the ground, during a row over
parking. V believes he means it.

violence_without_injury | knife | 2
Man pulled a knife on V in the park and said "I'll cut you" then walked off. V not hurt and nothing taken.

violence_without_injury | da | 2
V's brother threatened to kill her over their late mum's will, said it to her face at the house. No physical
contact.

violence_without_injury | - | 1
Child neglect - V (7) found home alone for two days, mum arrested. V now with grandparents; gran is our contact.

violence_without_injury | - | 2
man tried to get a 9 yr old girl into his van outside the school gates, she ran off. Police treating as
attempted child abduction. Parents referred.

violence_without_injury | ms | 3
Forced labour - V from Romania made to work 14 hr days at a hand car wash for no pay, passport held by the
bosses, sleeping on site. NRM referral made.

violence_without_injury | ms | 2
Domestic servitude: young woman kept by a family in {town} to clean and look after their children, not allowed
out, unpaid for 3 years. First responder made NRM referral.

violence_without_injury | ms | 2
Vietnamese male found working in a nail bar, says he owes a debt for his travel and can't leave. Trafficking
suspected.

violence_without_injury | ms | 2
V was picked up from a hostel with other men every morning and driven to building sites, the gangmaster kept the
wages and threatened him if he complained.

violence_without_injury | ms | 2
{M}, a Polish man, lives in a caravan on a farm and picks veg, the boss takes most of his wages for "rent" and
won't give back his ID card. Says he is not allowed to leave.

violence_without_injury | hate | 2
Jewish V had his kippah knocked off and was pushed by a group shouting antisemitic remarks. Not injured.

violence_without_injury | - | 1
Pub landlord shoved by a customer he refused to serve. No injuries.

violence_without_injury | da | 2
V's girlfriend threw her phone at him, it missed. She has been controlling for years, checks his phone and stops
him seeing his mates.

violence_without_injury | - | 2
Paramedic kicked at and spat on by a patient's relative at a call out. No injury, shaken.

violence_without_injury | da hba | 3
V (19) told by her father and uncle they will kill her if she carries on seeing her boyfriend, who the family do
not approve of. "She has shamed the family."

violence_without_injury | hba | 2
School DSL worried V (15) is being taken abroad over summer to be married. V disclosed her mum slapped her for
refusing.

violence_without_injury | - | 1
Elderly V's agency carer grabbed her wrist and shouted at her, no bruising. Agency informed, carer suspended.

violence_without_injury | - | 2
group of lads surrounded V on the footbridge and one threw a punch that missed. nothing taken, V shaken

violence_without_injury | da knife | 2
Husband held a kitchen knife to V's throat and told her nobody would ever find her. No physical injury. Police
attended, he is on bail.

violence_without_injury | - | 1
V ({ka}) pushed over by another pupil in the corridor, no injury but ongoing bullying. Mum wants it recorded.

violence_without_injury | - | 2
Cruelty to a child - neighbour heard V's mum screaming at her 6 yo and locking her outside in the cold.
Children's services involved.

violence_without_injury | - | 1
Bus driver had a cup of cold coffee thrown over him by a passenger, no injury.

violence_without_injury | da | 2
teenage son (17) shoved his mum into the wall when she took his xbox off him, no injury, mum at the end of her
tether

violence_without_injury | - | 2
V (15) slapped by her boyfriend (15) at a party, school aware. Both under 16 so police not treating it as a DA
case.

violence_without_injury | ms | 2
County lines: V aged 15 found in a trap house 80 miles from home, made to hold and sell drugs by older men. NRM
referral, V being treated as a victim.

violence_without_injury | ms | 2
Adult V with learning difficulties made to deal drugs from his own flat by a local gang who moved in, threatened
if he refused. Cuckooing.

violence_without_injury | da hba hate | 2
V (male, 20) came out as gay and his uncle told him the family would kill him for bringing shame on them. V has
moved out.

violence_without_injury | - | 1
Shop worker had a basket thrown at her by a customer angry about the queue, it hit her but no injury.

violence_without_injury | - | 2
V's employer pushed him during a row about hours. V is paid, has his own passport and is free to leave, no
trafficking concerns.

violence_without_injury | - | 1
I was threatened by a man who said he was going to kill me if I went back to the snooker club, he said it right
up in my face. No weapon.

violence_without_injury | knife | 2
Youth put his hand in his pocket, told V he had a blade and would use it unless V got off the bench. V believed
him and left. No knife seen.

violence_without_injury | da | 2
V's ex grabbed her arm outside the school and pulled her towards his car, she got free. No marks. Kids were
there.

violence_without_injury | - | 1
Emergency department doctor threatened and spat at by a drunk patient. Unhurt.

stalking_harassment | da | 2
Controlling and coercive behaviour - husband controls all the money, took her bank card, tracks her phone and
won't let her see friends. No physical violence. DASH medium.

stalking_harassment | da onl | 2
ex keeps messaging her on Insta and WhatsApp from new accounts after being blocked, 40+ msgs a day, some saying
he'll make her pay

stalking_harassment | da | 2
Ex-partner keeps turning up outside V's house and her work, sitting in his car watching her. Stalking Protection
Order being considered.

stalking_harassment | - | 2
Neighbour has been photographing V's children through the window and shouting comments every time they pass.
Going on 6 months.

stalking_harassment | onl | 2
V (a local councillor) getting abusive emails and tweets from the same anonymous account calling her names. She
is frightened to go to public events.

stalking_harassment | - | 1
Former colleague has rung V 30+ times from withheld numbers and sent texts asking where she lives. V has never
been in a relationship with him.

stalking_harassment | onl hate | 2
Trans woman getting daily hateful DMs on TikTok misgendering her and telling her to kill herself.

stalking_harassment | da | 2
V's mum keeps ringing and turning up demanding money and calling her worthless. V is 24 and moved out. Says it's
been like this for years.

stalking_harassment | da onl | 2
He put a tracking app on her phone and reads all her messages, she only found out when he quoted a Snapchat back
to her.

stalking_harassment | - | 2
Man from the gym follows V home most nights and leaves notes on her car. She doesn't know his surname. No
relationship.

stalking_harassment | onl | 2
V's ex-friend set up a fake Facebook profile in V's name and has been posting nasty things about her to her
contacts.

stalking_harassment | da | 2
Ex-wife keeps sending letters and cards to V's new address and turned up at his daughter's school. V (male)
embarrassed to report it.

stalking_harassment | - | 1
Malicious letters pushed through the door calling V a grass after she gave a statement. No threats of violence.

stalking_harassment | da | 2
GP referral. Partner checks her receipts, times her trips to the shop, makes her ask for money for sanitary
products. She is not allowed her own phone.

stalking_harassment | da onl | 2
V (22) bombarded with messages on Snapchat and WhatsApp by her ex from uni, who has also emailed her employer
lies about her.

stalking_harassment | - | 2
neighbour dispute has escalated, he now shouts abuse every time V leaves the house and has told others she is a
paedo. V told to keep a diary.

stalking_harassment | da | 2
Since they split her ex turns up unannounced at handovers, comments on her new boyfriend and sends dozens of
texts a night. No threats made.

stalking_harassment | onl hate | 2
V targeted with racist abuse in an online gaming chat; the same user found his Instagram and carried on there.

stalking_harassment | da | 2
V's adult son moved back in and now controls the house, decides who visits, took her pension card and shouts if
she goes out. She is {old}.

stalking_harassment | - | 1
Former landlord keeps texting and turning up demanding "back rent" she doesn't owe. She's scared to go home.

stalking_harassment | - | 2
Silent calls at all hours for 3 weeks, V thinks it's a woman from her church she fell out with.

stalking_harassment | onl | 2
Someone keeps posting V's address and photos of her house on a local Facebook group saying she is a benefit
cheat.

stalking_harassment | da | 2
V's stepdad follows her to the shops and keeps texting her that she'll "get what's coming". V is 20 and still
lives at home.

stalking_harassment | - | 1
Another mum from the school has been sending V nasty texts and saying things at the school gate for months. V's
daughter now anxious.

stalking_harassment | da | 2
Ex-girlfriend won't accept it's over, keeps leaving flowers and notes on his car and ringing his mum. He asked
her to stop in writing.

stalking_harassment | onl | 2
Customer has left abusive reviews and sent dozens of emails to V's small business calling her a thief and saying
she'll ruin her.

stalking_harassment | da hba | 3
V's family track her location, take her phone and won't let her leave the house alone because she refused the
marriage they arranged for her. V is 17.

stalking_harassment | da hba onl | 2
After the divorce V's ex-husband and his family posted on Facebook that she had brought shame on them and should
be punished.

stalking_harassment | da | 2
V says her husband won't let her work, takes her wages, decides what she wears. She has "no money of my own".
IDVA allocated.

stalking_harassment | - | 1
v getting unwanted gifts left on the doorstep by an unknown person, plus a card saying "I'm watching"

sexual_offences | da | 2
ISVA referral. V disclosed her husband has sex with her while she is asleep, she has told him no many times.
Rape reported last week.

sexual_offences | - | 2
Rape by a man she met in a club, V woke up in his flat with no memory of getting there. Forensics taken at the
SARC.

sexual_offences | csa | 2
V (14) touched inappropriately by a 30 year old man at the swimming baths. Parents referred.

sexual_offences | csa onl | 3
V aged 13 groomed on Snapchat by an adult posing as a 15 year old, persuaded to send nude images. Police have
seized his devices.

sexual_offences | csa | 3
Adult survivor ({a}) disclosing abuse by her stepfather from age 8 to 13. Police now investigating. Wants
counselling.

sexual_offences | - | 2
Man exposed himself to V and her friend on the towpath, then ran off.

sexual_offences | - | 2
Upskirting on the escalator at the shopping centre - a man was seen filming under V's skirt, security caught
him.

sexual_offences | csa | 2
V (16) sexually assaulted by a taxi driver on the way home from a party, he grabbed her breasts.

sexual_offences | csa ms | 2
Trafficking for sexual exploitation: V (17) moved between hotels in {town} and other cities and made to have sex
with men for money. NRM done.

sexual_offences | ms | 2
V, a young woman from Albania, was brought to the UK on a promise of work and forced into prostitution in a
flat. Escaped last week.

sexual_offences | da | 2
Ex-partner raped V when he came round "to see the kids". She hasn't reported yet but wants to talk to an ISVA.

sexual_offences | knife | 2
Stranger rape at knifepoint in an underpass, he held a blade to her neck throughout.

sexual_offences | - | 2
Sexual assault on a train - man repeatedly pressed against V and put his hand up her skirt. BTP dealing.

sexual_offences | csa | 2
12yo boy told his teacher his football coach touched him in the changing room. LADO informed.

sexual_offences | csa | 2
CSE concerns - V (15) going missing and coming back with new phones and clothes, seen getting into cars with
older men. Disclosed sex with one of them.

sexual_offences | da | 2
V (male, 34) says his wife forced him into sexual acts when he was too drunk to consent. He has never told
anyone before.

sexual_offences | - | 2
Colleague at the Christmas do kissed V and groped her against her will. HR and police both informed.

sexual_offences | csa | 2
V's brother ({ta}) has been sexually abusing her, she is 13. Disclosed to school nurse.

sexual_offences | - | 2
historic: V raped by a stranger in 1989 when she was 25, wants to report it now

sexual_offences | - | 2
Man V met on a dating app sexually assaulted her on their first date, in his car. She has screenshots of his
profile.

sexual_offences | csa onl | 2
Mum found messages on her daughter's (11) tablet where an adult man asked her to do sexual things on camera.
Reported to CEOP and police.

sexual_offences | - | 2
V spiked and sexually assaulted at a house party, woke with her clothes removed. Doesn't know who did it.

sexual_offences | da | 2
IDVA: partner makes her do sexual things she doesn't want to or he sulks and stops her money. She describes it
as rape.

sexual_offences | - | 2
Peeping tom - neighbour caught filming V in her bathroom through a gap in the blind.

sexual_offences | da hba | 2
V (18) was forced to marry her cousin abroad, he has raped her repeatedly since they came to the UK. Forced
Marriage Unit involved.

sexual_offences | - | 1
Older man put his hand on my thigh on the night bus and wouldn't stop, I'm 23.

sexual_offences | csa | 1
Dad reports his daughter (9) was made to touch a 14 yr old neighbour's private parts. Police and social care
involved.

robbery | knife | 3
Phone and wallet taken at knifepoint by 2 males on mopeds on {st}.

robbery | - | 3
V pushed to the ground and her handbag yanked off her shoulder, grazed knees. Offender ran off towards the
station.

robbery | - | 2
Group of teenagers surrounded V ({ka}) and made him hand over his trainers and phone, said they'd batter him if
he didn't.

robbery | knife | 2
Cashier at the petrol station threatened with a machete and told to empty the till. Man got away with around
{amt}.

robbery | - | 3
V mugged on the way home from {pub}, punched in the face (black eye) and his watch taken.

robbery | - | 2
delivery rider knocked off his moped by 3 lads who rode off on it, one kicked him while he was down

robbery | knife | 2
Man in a balaclava held a knife to V's side at the cashpoint and made her take out {amt}.

robbery | - | 2
Elderly V had his wallet taken by a man who grabbed his arm and twisted it until he let go.

robbery | - | 2
Courier was told he'd get hurt unless he handed over the van keys; the two men drove off with the van and
parcels. Van found later.

robbery | knife | 2
V's car keys demanded by a man who said he had a knife and put his hand in his jacket. V believed him and handed
them over.

robbery | - | 2
Man said he had a gun (none seen) and demanded cash from the counter at the bookies.

robbery | - | 2
Gold chain ripped from V's neck, offender pulled so hard V fell and has a red mark on her neck.

robbery | hate | 2
V robbed of his phone by a group shouting racial slurs at him, they punched him when he tried to keep hold of
it.

robbery | - | 2
Cyclist pulled off his bike by two lads who then rode off on it. V has cuts to his hands.

robbery | - | 2
Shoplifter pushed the security guard over to get out of the door with a bag of stolen meat. Guard not injured.

robbery | - | 1
I got jumped by three lads in the underpass who went through my pockets and took my phone and £20 while one held
me against the wall.

burglary | - | 2
House burgled while V on holiday, back door forced, jewellery and a laptop taken.

burglary | - | 2
shed broken into, lawnmower & power tools gone

burglary | - | 2
Someone came in through an unlocked kitchen window at night while the family were asleep and took a handbag from
the side.

burglary | - | 2
Business burglary - cafe broken into overnight, cash float and coffee machine stolen.

burglary | - | 2
Garage broken into and V's son's mountain bike taken, padlock snapped.

burglary | da | 2
V's ex-partner let himself into her flat with an old key while she was out and took her passport and the kids'
birth certificates.

burglary | - | 2
Distraction burglary: man claiming to be from the water board got into elderly V's home while his accomplice
took cash from her bedroom.

burglary | - | 2
Aggravated burglary - men armed with crowbars broke into the house at night and took cash. V hid in the bathroom
and was not seen.

burglary | - | 2
Church hall broken into over the weekend, donation box emptied and a speaker system taken.

burglary | - | 2
V came home to find the door kicked in and the place ransacked, nothing obvious taken yet. Police say attempted
burglary at least.

burglary | - | 2
Student house burglary: 3 laptops taken from bedrooms while they were out at a party, no sign of forced entry.

burglary | - | 2
Allotment shed broken into for the third time this year, V fed up.

burglary | - | 2
burglary at V's mum's house (V is key holder), TV gone, back window smashed to get in

burglary | - | 2
Burglars took the car keys from the hallway and then drove V's car off the drive.

burglary | - | 2
Offenders got into the office through the roof and stole petty cash and two monitors. CCTV was disabled.

burglary | - | 2
Burglary - V thinks it may have been her ex's mate, but says there's no DA, she and the ex get on fine.

burglary | - | 2
Someone got into V's loft room via the builders' scaffolding and took her jewellery box.

burglary | - | 1
bike taken from inside V's locked shed, shed door jemmied

burglary | - | 1
Break in at the village shop overnight, cigarettes and the charity box taken. Owner V is {old} and very upset.

vehicle_offences | - | 3
car stolen off the driveway overnight, keyless relay theft suspected, no keys taken

vehicle_offences | - | 3
Catalytic converter cut off V's Prius in the work car park.

vehicle_offences | - | 2
Window smashed and a sat nav and gym bag taken from V's car on {st}.

vehicle_offences | - | 2
Number plates stolen from V's van overnight.

vehicle_offences | - | 2
Man seen trying car door handles along the road at 3am, V's car was one of them. Nothing taken.

vehicle_offences | - | 2
V's motorbike taken from outside her flat, found dumped two streets away next day.

vehicle_offences | - | 2
Aggravated vehicle taking - V's car taken by joyriders and crashed into a wall, written off. Nobody hurt.

vehicle_offences | - | 3
Van broken into, tools worth {amt} stolen. V is a self-employed plumber and can't work.

vehicle_offences | - | 2
Car taken from outside the shop with the engine running while V was inside paying.

vehicle_offences | - | 2
Handbag left on the passenger seat taken after someone opened V's unlocked car on the school run.

vehicle_offences | - | 2
Diesel siphoned from V's lorry overnight at the truck stop.

vehicle_offences | - | 2
V ({ka}) had his moped stolen from outside the youth club. Dad reporting.

vehicle_offences | - | 2
Wheels taken off the car overnight, left on bricks.

vehicle_offences | - | 1
work van nicked from the depot yard, all our kit was in it

theft_from_person | - | 3
Pickpocketed at the market, purse taken from her coat pocket, she didn't feel a thing.

theft_from_person | - | 3
phone snatched out of V's hand by a lad on a bike, no force used, V not hurt

theft_from_person | - | 2
Wallet lifted from V's back pocket on the crowded tram.

theft_from_person | - | 2
Elderly V had her purse taken from the shopping bag hanging on her arm at the bus stop, noticed when she got on.

theft_from_person | - | 2
Someone unzipped V's rucksack on the tube and took her purse.

theft_from_person | - | 2
At the festival V's phone was taken out of his bum bag in the crowd.

theft_from_person | - | 2
V (Sikh) pickpocketed at the station, nothing to suggest he was targeted or that it was hate related.

theft_from_person | - | 2
Distraction theft in the street: two women asked V for directions while one took his wallet from his jacket.

theft_from_person | - | 2
Phone snatched from V's hand while she was on a call, snatcher ran off. V wasn't pushed or hurt.

theft_from_person | - | 1
someone dipped my pocket in the queue at the chemist and took my cards

bicycle_theft | - | 3
Bike stolen from outside the station, lock cut.

bicycle_theft | - | 3
V's son's bike taken from the front garden.

bicycle_theft | - | 2
Mountain bike worth {amt} nicked from the bike rack at work.

bicycle_theft | - | 2
Cargo bike taken from outside the nursery while V was dropping her son off.

bicycle_theft | - | 2
bike chained to the railings on {st} stolen overnight

bicycle_theft | - | 2
Road bike stolen from V's back garden, it wasn't locked.

bicycle_theft | - | 2
V left his bike outside the shop for 2 mins and it's gone.

bicycle_theft | - | 2
Student's bike stolen from the uni bike racks, the third this term.

bicycle_theft | - | 2
V's daughter's bike taken from the school cycle shelter during lessons.

shoplifting | - | 3
Store manager at {shop} reporting a repeat shoplifter, meat and alcohol taken nearly every day.

shoplifting | - | 2
Man filled a bag with razor blades and walked out without paying.

shoplifting | - | 2
Security at the chemist report a woman stealing perfume, identified from CCTV.

shoplifting | - | 2
Charity shop volunteer upset after a man took a coat off the rail and walked out.

shoplifting | - | 3
Two teens stole sweets and energy drinks from V's corner shop; V is the owner and fed up.

shoplifting | - | 2
Shop owner (Asian) - repeat thefts by the same group; he doesn't think there is any racial element.

shoplifting | - | 2
Independent bookshop owner, {amt} of stock taken by one shoplifter in one go.

shoplifting | - | 2
Self-scan theft - customer scanning steak as carrots at the supermarket, staff member V spotted it.

shoplifting | - | 2
Man walked out of the garden centre with a pressure washer without paying.

shoplifting | - | 2
Shoplifter swore at staff when challenged (no violence) and left with two bottles of vodka.

other_theft | - | 2
Parcel taken off V's doorstep, caught on the doorbell camera.

other_theft | - | 2
Carer stole £600 cash from elderly V's purse over several visits. Carer is from an agency, not family.

other_theft | da | 2
V's daughter ({a}) has been taking cash from his wallet and pawning his jewellery to buy drugs.

other_theft | - | 2
Petrol drive-off at V's garage, {amt} of diesel.

other_theft | - | 2
Diners left without paying a £140 bill at V's restaurant.

other_theft | - | 2
Employee caught taking cash from the till over several months; V is the owner.

other_theft | - | 2
Post being stolen - V's bank letters and new card never arrived, neighbour saw someone going through the
mailboxes.

other_theft | - | 2
Plants and garden ornaments taken from V's front garden.

other_theft | - | 2
Blackmail: man threatening to tell V's wife about an affair unless he pays him £2,000.

other_theft | onl | 2
Sextortion - V (24, male) chatted to a "woman" on Instagram and sent intimate pictures, now being told to pay
£500 or they go to all his followers.

other_theft | - | 2
Handbag taken from the back of V's chair in the pub.

other_theft | - | 2
Lead stripped from the church roof over the bank holiday.

other_theft | - | 2
Phone left on the table at a cafe taken by another customer.

other_theft | - | 2
Site manager reports {amt} of equipment stolen from the open building site.

other_theft | - | 2
Gym locker opened and V's wallet taken while she was in the pool.

other_theft | - | 2
Lodger took V's jewellery when he moved out.

other_theft | da | 2
V's ex-husband took the dog when he left, it is registered and chipped to her.

other_theft | - | 2
Neighbour has rigged a cable to V's outside socket and is running his caravan off her electricity.

other_theft | onl | 2
V's Instagram account was hacked and the hacker is demanding £300 to give it back.

other_theft | - | 1
My purse was stolen from my desk drawer at work, I think by someone in the office.

criminal_damage_arson | - | 2
Front windows smashed with bricks overnight, V has no idea who did it.

criminal_damage_arson | - | 2
Car keyed down both sides while parked on {st}.

criminal_damage_arson | da | 2
Ex-partner smashed V's phone and punched holes in the doors after she told him to leave. He didn't touch her.

criminal_damage_arson | hate | 2
Swastika and an anti-Jewish slogan sprayed on the synagogue gate; V is the caretaker who found it.

criminal_damage_arson | hate | 2
Racist graffiti sprayed on V's garden wall telling the family to get out. They are the only Black family in the
street.

criminal_damage_arson | - | 2
Wheelie bin set on fire outside V's house, scorched the front door.

criminal_damage_arson | da | 2
Arson - V's ex-boyfriend poured petrol through her letterbox and set it alight. Family got out safely.

criminal_damage_arson | - | 2
Youths throwing stones at V's greenhouse, several panes broken.

criminal_damage_arson | - | 2
Shed burnt down in the night, fire service say it was started deliberately. Nothing taken.

criminal_damage_arson | - | 2
V's car tyres let down and wing mirror snapped off, second time this month.

criminal_damage_arson | - | 2
Parish council reporting damage to the new play equipment at the rec, roundabout ripped off.

criminal_damage_arson | - | 2
Neighbour cut down V's fence panels and hedge without permission during a boundary dispute.

criminal_damage_arson | da | 2
V's son (26) kicked in her bedroom door and broke the TV during an argument, no violence towards her.

criminal_damage_arson | - | 2
Car set alight on the driveway at 2am, door camera shows a hooded man with a fuel can.

criminal_damage_arson | - | 2
paint stripper poured over V's car bonnet

criminal_damage_arson | - | 2
Window of V's shop cracked by a thrown bottle, nobody hurt.

criminal_damage_arson | - | 2
Someone superglued V's front door locks, locksmith needed.

criminal_damage_arson | hate | 2
Eggs and dog mess thrown at the mosque door and a window broken, note left with anti-Muslim abuse.

drug_offences | - | 3
V's son (19) arrested for possession with intent to supply cannabis. Mum upset and wants someone to talk to.

drug_offences | - | 3
Neighbour dealing from his flat, people coming and going at all hours, V has seen packages handed over.

drug_offences | - | 2
People injecting in the communal stairwell, needles and foil left every morning. V has reported it to police.

drug_offences | - | 2
School caretaker found a bag of what looks like cocaine in the toilets and handed it to police.

drug_offences | - | 2
V's partner is growing cannabis in the loft and she is worried she will be blamed. No abuse in the relationship.

drug_offences | - | 2
Drugs being dealt outside the off licence, V (shop owner) intimidated by them hanging around but no threats
made.

drug_offences | - | 2
Cannabis farm found in the house next door after water came through V's ceiling.

drug_offences | - | 2
Student halls: a dealer is selling ketamine to first years, V is the residential advisor reporting.

drug_offences | - | 2
Officers found 20 wraps of crack on a 17 yr old; his grandmother, who he lives with, has been referred for
support.

possession_of_weapons | - | 3
Pupil ({ka}) found with a kitchen knife in his school bag, no threats to anyone. Parents referred for support.

possession_of_weapons | - | 2
Man stopped and searched on {st}, lock knife found in his waistband. Arrested.

possession_of_weapons | - | 2
Machete found under the driver's seat during a vehicle stop.

possession_of_weapons | - | 3
V says her neighbour carries a big knife on his belt when he walks his dog. He has never threatened anyone with
it but she is scared.

possession_of_weapons | - | 2
Man seen in the park with a baseball bat with nails through it, police seized it. Nobody threatened.

possession_of_weapons | - | 2
Sawn-off shotgun found in a flat during a search, no certificate. Landlord V referred for support.

possession_of_weapons | - | 2
Knife arch at the nightclub picked up a screwdriver sharpened to a point in a customer's pocket.

possession_of_weapons | - | 2
Teen (16) arrested at the bus station carrying a zombie knife in his bag, said it was for protection.

possession_of_weapons | - | 2
CS gas canister found on a man who had been arrested for something else.

possession_of_weapons | - | 2
Officers found a stun gun disguised as a phone in a car during a stop.

public_order | hate | 3
Man shouted racist abuse at V and her kids in the supermarket car park, no physical contact.

public_order | hate | 2
V (gay) called a f****t by a group of men outside a bar who then followed him down the street shouting.

public_order | - | 3
Drunk man shouting and swearing at staff in the GP surgery, patients frightened.

public_order | - | 2
Mass brawl outside the nightclub, V (a bar worker) caught up in it, not injured.

public_order | hate | 2
Bus driver subjected to Islamophobic abuse by a passenger who said he'd "sort him out" next time.

public_order | hate | 2
V, who has learning disabilities, mocked and sworn at by teenagers at the bus stop, called a "retard".
Frightened.

public_order | - | 2
Neighbour stood in his garden screaming abuse at V over the fence for 20 mins after she complained about his
dog.

public_order | hate | 2
Trans woman harassed on a train - a man loudly mocked her all journey and called her a bloke in a dress.

public_order | - | 2
Football fans throwing bottles and chairs in the town centre, V had to lock the pub doors. Nobody hurt.

public_order | - | 2
Customer threatening staff at the council housing office, swearing and banging on the glass screen.

public_order | hate | 2
Eastern European V told to go home and abused by a driver in a road rage incident, no contact.

public_order | - | 2
Protest outside the clinic, V (a nurse) blocked and shouted at by protestors, felt alarmed.

public_order | - | 2
V verbally abused by a customer at the betting shop who called her a stupid cow, swore and slammed the counter.

public_order | - | 2
Teenagers in the precinct shouting abuse and making gestures at passers-by, V (an elderly man) felt alarmed and
distressed.

misc_crimes_against_society | - | 2
Handling stolen goods: V's adult son has been storing stolen catalytic converters in her garage, she's worried
about being implicated.

misc_crimes_against_society | - | 2
Suspect breached his bail conditions by going into {town} centre; V (complainant) informed by OIC.

misc_crimes_against_society | da | 2
Bail breach - V's ex-partner seen at the end of her road in breach of his conditions. No contact made. Arrested
and remanded.

misc_crimes_against_society | - | 2
Police investigating forgery, V's late father's will appears to have been forged by a solicitor's clerk.

misc_crimes_against_society | - | 2
Perverting the course of justice - a witness in V's case is believed to have been paid to change their
statement.

misc_crimes_against_society | - | 3
Neighbour told V he'll smash her car windows if she parks outside his house again.

misc_crimes_against_society | - | 2
Dangerous driving - V tailgated and brake-checked for miles on the motorway by a BMW driver. No collision,
nobody hurt.

misc_crimes_against_society | csa | 2
Man arrested for having indecent images of children on his laptop; his wife (V) referred for support, she had no
idea.

misc_crimes_against_society | csa onl | 2
V's ex-husband is being prosecuted for sharing indecent images of children online. V worried about contact with
her kids.

misc_crimes_against_society | - | 2
Car doing donuts and speeding through the estate every night, nearly hit V's kids on the crossing.

misc_crimes_against_society | - | 2
Man threatened to burn the pub down if the landlord barred him again.

misc_crimes_against_society | - | 2
V was on a jury and a defendant's relative approached her outside court offering money to find him not guilty.
Judge informed.

misc_crimes_against_society | - | 2
Forged logbooks and fake MOT certificates found at the garage where V works; V is a witness and nervous about
giving evidence.

fraud_computer_misuse | onl | 2
Romance scam - V ({old}, widower) sent £24,000 to a woman he met on a dating site who said she was stuck abroad.

fraud_computer_misuse | - | 2
Courier fraud: caller pretending to be police told V her bank account was compromised, a courier collected her
cards and PIN. {amt} withdrawn.

fraud_computer_misuse | onl | 2
Bought a PS5 on Facebook Marketplace, paid by bank transfer and the seller blocked her.

fraud_computer_misuse | onl | 2
"Hi Mum" scam on WhatsApp - V paid £1,850 to someone claiming to be her daughter on a new number.

fraud_computer_misuse | onl | 2
V's email account hacked and used to send invoices to her clients with changed bank details.

fraud_computer_misuse | - | 2
Rogue trader charged elderly V £8,000 for roof repairs that weren't needed and were never done.

fraud_computer_misuse | - | 2
Bank rang V about unusual transactions, her card had been cloned and {amt} spent in shops in London.

fraud_computer_misuse | onl | 2
Investment scam - V put £30k into a crypto platform advertised on Instagram with a celebrity's face on it, can't
withdraw.

fraud_computer_misuse | da | 2
V's husband took out two loans in her name without her knowing, she found out from a credit report after he
left.

fraud_computer_misuse | - | 2
HMRC phone scam: V told she would be arrested unless she paid £1,200 in gift cards, which she did.

fraud_computer_misuse | onl | 2
Fake parcel delivery text with a link; V entered her card details on the website and {amt} was taken.

fraud_computer_misuse | - | 2
Identity fraud - someone opened a phone contract in V's name using her stolen driving licence.

fraud_computer_misuse | onl | 2
Holiday booking scam, V paid £2,300 for a villa on a website that turned out to be fake.

fraud_computer_misuse | - | 2
Builder took a £3,000 deposit by bank transfer and never turned up, stopped answering his phone.

fraud_computer_misuse | da onl | 2
V's ex-girlfriend used his PayPal login to buy things after they split, about £400.

fraud_computer_misuse | - | 2
Pension scam: cold caller persuaded V to move his pension into a scheme that was fake, £60k lost.

fraud_computer_misuse | onl | 2
Bought concert tickets from a seller on X, never received them and the account has gone.

fraud_computer_misuse | - | 2
Care worker (not family) used elderly V's bank card to get cash and buy her own shopping, £1,400 in total.

fraud_computer_misuse | onl | 2
Job scam on LinkedIn - V paid £250 for "training" for a remote job that never existed.

fraud_computer_misuse | - | 2
Widow phoned by a man posing as the funeral director asking for the balance by bank transfer; husband died last
month of natural causes.

fraud_computer_misuse | onl | 2
Someone got into V's online banking after a remote access app was installed during a "broadband fault" call, £3k
moved.

fraud_computer_misuse | da | 2
V's son ({a}) has been using her credit card without permission for gambling, over {amt} spent. She doesn't want
him arrested.

anti_social_behaviour | - | 3
Noise nuisance from the flat upstairs, parties till 4am most weekends, V can't sleep. No threats.

anti_social_behaviour | - | 3
Youths hanging around outside the shop being loud and leaving litter. No crime reported.

anti_social_behaviour | - | 2
Neighbour's dog barks all day, V has complained to the council.

anti_social_behaviour | - | 2
Off-road bikes ridden across the playing field every evening, churning it up.

anti_social_behaviour | - | 2
Kids kicking a football against V's wall over and over, no damage, just annoying.

anti_social_behaviour | - | 2
Neighbour keeps parking across V's drive, ongoing dispute, no threats or damage.

anti_social_behaviour | - | 2
Rough sleepers in V's shop doorway leaving bedding, V sympathetic but wants advice.

anti_social_behaviour | - | 2
Dog fouling along {st} is out of control, V is the residents' rep.

anti_social_behaviour | - | 2
Car engines revving late at night in the retail park car park, boy racers. Nobody put in danger.

anti_social_behaviour | - | 2
V says the family next door slam doors and play music late at night. Nothing directed at her.

anti_social_behaviour | - | 2
Bonfire smoke from the neighbour's garden every weekend, washing ruined.

anti_social_behaviour | - | 2
teenagers ringing V's doorbell and running away, she's {old} and finds it unsettling

anti_social_behaviour | - | 2
Loud music from a car parked outside every night until midnight.

anti_social_behaviour | - | 2
Group drinking on the bench outside V's flat and shouting, no abuse aimed at anyone.

anti_social_behaviour | - | 2
Neighbour feeding pigeons, mess all over V's car and windows.

other_crime | - | 3
V says she has been a victim of crime but would not go into any details, just wants a call back. Crime ref
{ref}.

other_crime | - | 2
Animal cruelty - neighbour keeps his dogs in a tiny yard with no water and hits them. RSPCA involved.

other_crime | - | 2
Hare coursing on V's farmland, men with lurchers on his fields at night again.

other_crime | - | 2
V found a poisoned buzzard on the land he manages, police wildlife officer informed.

other_crime | - | 2
V's parked car hit by an uninsured driver who drove off; nobody hurt. Driver traced.

other_crime | - | 2
crime ref {ref} - V wants an update on her case, note doesn't say what happened

other_crime | - | 2
Victim of crime, details on the police system, V asked for a leaflet only.

other_crime | - | 2
Fly-tipping: a lorry load of rubble dumped at V's farm gate again.

other_crime | - | 2
Badger sett on V's land dug out, dogs used, police rural crime team attending.

other_crime | - | 2
Neighbour's dogs left alone for days with no food, howling. V worried for the animals.

other_crime | - | 1
Caller says "something criminal" happened to her mum at the care home but wouldn't say what. Mum not on the
call.

violence_with_injury | da | 2
IDVA long note. Client has described years of coercive control - he checks her phone, has her bank card, decides
who she sees. Last week he smashed her phone in front of the kids. On {day} night he punched her in the face,
she has a black eye and a cut to her eyebrow which was glued at the walk-in centre. DASH scored high. MARAC
referral made, she is considering a non-mol. Prefers contact by email.

stalking_harassment | da | 2
V's ex broke in through the back door last month and since then has been following her to work, parking outside
her mum's and texting constantly. No assault. Police reviewing it as stalking.

sexual_offences | - | 2
V robbed of her bag in the alley behind {st} and then sexually assaulted by the same man. SARC examination done,
ISVA allocated.

violence_with_injury | - | 2
Burglar disturbed on the landing, punched V in the mouth (cut lip) and ran off with his laptop.

criminal_damage_arson | hate | 2
Man kicked V's car door and dented it while shouting racist abuse at him through the window.

possession_of_weapons | - | 2
stopped for no seatbelt, driver found with a knuckleduster and a small bag of cannabis. RUI.

stalking_harassment | onl | 2
The scammer V met on a dating site, who took £6k off her, now rings and texts her 20 times a day with threats
when she won't send more. Action Fraud ref given.

criminal_damage_arson | - | 2
V's car broken into, radio taken, then set on fire in the lay-by. Write off.

violence_without_injury | da | 2
Ex smashed all her front windows and, standing at the door, told her he'd kill her next time. No injury. V
believes him.

misc_crimes_against_society | - | 2
Ongoing noise from next door for months; last night the neighbour said he would put her windows through if she
complained again.

drug_offences | - | 2
Loud music and a steady stream of visitors to the flat below, V has watched them buying drugs through the
window.

other_theft | da | 2
V's cousin stayed for the weekend, took her bank card from her purse and used it at cashpoints, £450 gone. Both
adults.

sexual_offences | da | 2
Partner raped her on {day} and broke her nose when she tried to get away. Hospital treated. Police have arrested
him.

violence_with_injury | - | 1
Man hit V with a metal bar he had been carrying, gash to the back of the head needing stitches. Unknown suspect.

stalking_harassment | da onl | 2
Ex keeps posting about her on Facebook, calling her a slag and a bad mother, and keyed her car last week. Third
report.

burglary | - | 2
V's new partner has been lovely; she's scared he might turn out like her dad was with her mum. Today's call is
about a burglary at her flat, TV and laptop taken.

theft_from_person | - | 2
V noticed his phone was gone from his jacket pocket on the bus. He is a chef and had his knife roll in his bag,
that was untouched.

violence_without_injury | da | 2
Ex texted V that he will come round and stab her to death if she goes to police. He lives 200 miles away, no
other contact. V is frightened.

fraud_computer_misuse | - | 2
Phone calls only from a man claiming to be from the bank, V read out her card details and {amt} was taken. No
emails or websites involved.

violence_with_injury | - | 2
V saw an appeal on Facebook about the man who punched her in the pub on {day}; she has bruising to her jaw and
wants to give a statement.

violence_without_injury | - | 1
V is Black and was slapped by a stranger on the bus. No comments were made and she doesn't think it was about
race.

vehicle_offences | - | 2
Caller is V's mum, who says she was abused as a child herself and is very anxious. Current report: V (26) had
her car stolen from outside work.

theft_from_person | - | 2
V's sister was trafficked into the UK years ago and is now settled. Today V reports her purse taken from the
handbag on her shoulder at the market.

vehicle_offences | - | 2
V says her arranged marriage is happy and she chose it, no concerns. She is calling about her husband's van
being broken into and tools taken.

violence_with_injury | - | 2
Flatmate punched V in the face during a row about bills, cut lip. They are not and have never been in a
relationship.

violence_with_injury | - | 1
Not a domestic. V assaulted by her friend's boyfriend at a party, bruising to her arm and a scratch on her face.

violence_with_injury | - | 2
V hit with a baseball bat outside {pub}, broken arm. No knife used, though one was found in the suspect's car
later.

robbery | - | 1
Man told V he had a knife and demanded her bag but she could see both his hands were empty and didn't believe
him. He grabbed the bag off her arm and ran.

violence_without_injury | da | 2
V (17) and her boyfriend (18): he slapped her and grabbed her phone to check her messages, then gave it back. No
marks.

violence_with_injury | da | 2
District nurse concerned: wife ({old}) who has dementia has bruising on both arms, says her husband (her carer)
hits her.

violence_with_injury | da | 2
V's boyfriend pushed him down and kicked him, bruised ribs. Same-sex couple, together 3 years, first time it's
got physical.

fraud_computer_misuse | da onl | 2
Ex-partner still logged into her Amazon and Deliveroo accounts and keeps ordering things on her card.

criminal_damage_arson | da | 2
Husband ripped up all her clothes and smashed the bathroom mirror after she said she was leaving. Didn't touch
her.

stalking_harassment | da onl | 2
Ex created fake Tinder profiles using V's photos and her number; men have been messaging and turning up.

public_order | da | 2
Drunk son ({a}) shouting and swearing at his elderly parents in the street, neighbours alarmed. Parents say this
happens every payday.

other_theft | da | 2
Sister took V's engagement ring while staying with her and sold it to a jeweller.

misc_crimes_against_society | da | 2
V's husband has threatened to set fire to her car if she goes to her sister's again.

burglary | da | 2
V's brother got in through her bathroom window while she was at work and took her TV. She knows because a
neighbour saw him.

sexual_offences | da | 2
V says her ex-husband raped her in 2015 while they were married. She now feels ready to report it.

violence_without_injury | da hba | 2
V (23) disowned and threatened by her family for refusing a marriage, her father rang and said they will kill
her.

violence_without_injury | da hba | 2
After V divorced, community elders told her family she must be dealt with. Her mother has since slapped her and
locked her in her room.

violence_without_injury | ms | 2
Man found sleeping in a shed behind a takeaway where he works 7 days a week for food only, boss holds his
passport.

sexual_offences | csa onl | 2
V (17) was sent explicit pictures by her {a} year old driving instructor on WhatsApp, he asked for pics back.

sexual_offences | csa | 2
Man ({mid}) says a teacher at his boarding school sexually abused him in the 1980s when he was 12.

sexual_offences | - | 2
V (18) sexually assaulted by a stranger at a bus stop, he grabbed between her legs. CCTV being checked.

sexual_offences | csa | 2
V (14) raped by a boy (15) from school at a party. Parents supporting her, police have her ABE interview booked.

stalking_harassment | - | 1
I'm ringing because my neighbour's lad keeps shouting stuff at me when I go out, he's about 20, he's written
things about me on the bins and he follows me to the bus. It's been months. I'm on my own and I've stopped going
out much.

violence_with_injury | da | 2
pt attended A&E w/ # wrist, disclosed to triage nurse that her husband twisted her arm behind her back. DASH not
done by hospital. Ref to IDVA service, pt consents.

violence_without_injury | - | 2
Neighbour's teenage son (16) threw a punch at V's son ({ka}) over a football, missed, then pushed him over. No
injury. V wants advice not police action.

burglary | - | 2
Hi, I'm the victim. Someone broke into our garden room (it's a proper building with a lock) and took my husbands
golf clubs and a heater. Police came out and took prints.

robbery | knife | 2
Shop staff threatened with a knife by two males who took cigarettes and the till drawer; one staff member cut
her hand trying to close the drawer.

fraud_computer_misuse | - | 2
Lady at the door said she was from the council collecting for a new bin scheme, V paid her £60 cash. Council say
no such scheme.

anti_social_behaviour | - | 2
Kids racing round the care home car park on bikes with music blaring, residents nervous. No one hit or
threatened.

public_order | - | 2
Man walked into the library and started screaming at staff and other users that they were all going to hell, V
(librarian) frightened. Left before police came.

other_crime | - | 2
Puppy farm - V bought a dog and later found out the seller keeps dozens of breeding dogs in awful conditions.
RSPCA investigating the welfare side.

homicide | da | 2
Mother of a woman killed by her boyfriend 3 years ago; his appeal hearing is next month and she needs support to
attend.

death_injury_driving | - | 1
V ({a}) struck by a car on the pavement outside school, driver was speeding and on his phone. V had surgery on
both legs. Driver charged.

misc_crimes_against_society | - | 1
man on bail for an unrelated matter elsewhere has a condition not to enter the town centre but keeps coming into
V's store. Manager V frustrated with the police response.

bicycle_theft | - | 2
bike nicked outside the gym

burglary | - | 1
shed done again, strimmer gone

criminal_damage_arson | - | 2
car keyed overnight on the drive

theft_from_person | - | 1
purse dipped from coat on bus

stalking_harassment | da | 2
ex wont stop ringing her. DA hx

anti_social_behaviour | - | 2
noisy neighbours again, no threats made

shoplifting | - | 1
Repeat shoplifter at {shop}, booze again.

violence_with_injury | da | 1
punched by partner, black eye. DASH high

fraud_computer_misuse | onl | 1
scammed on Marketplace, £120 lost

other_theft | - | 1
parcel nicked off the step

vehicle_offences | - | 1
catalytic converter gone again, Honda Jazz

robbery | knife | 1
knifepoint robbery, phone taken, V unhurt
"""

PREFIXES = (
    "VAL: ",
    "Ref from OIC. ",
    "Call handler note - ",
    "VS referral: ",
    "Self referral. ",
    "Caseworker: ",
    "Triage - ",
)
SUFFIXES = (
    " Consent obtained.",
    " Cb requested pm.",
    " Leaflet sent.",
    " Happy to be contacted.",
    " Needs support, consent given.",
    " NFI.",
    " Will ring back tmrw.",
    " Prefers email.",
)


def parse_templates(data: str) -> list[tuple[str, tuple[str, ...], int, str]]:
    """Parse the template block into (category, flags, count, text) tuples."""
    templates = []
    for record in data.strip().split("\n\n"):
        lines = record.strip().split("\n")
        category, flag_codes, count = (part.strip() for part in lines[0].split("|"))
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}")
        flags = tuple(FLAG_CODES[code] for code in flag_codes.split() if code != "-")
        text = " ".join(line.strip() for line in lines[1:])
        templates.append((category, flags, int(count), text))
    return templates


def fill_slots(text: str, rng: random.Random) -> str:
    """Replace every placeholder in the text with a randomly chosen value."""
    values = {key: rng.choice(options) for key, options in SLOTS.items()}
    values["a"] = str(rng.randint(23, 58))
    values["mid"] = str(rng.randint(47, 62))
    values["old"] = str(rng.randint(72, 91))
    values["ka"] = str(rng.randint(9, 15))
    values["ta"] = str(rng.randint(16, 17))
    values["amt"] = rng.choice(("£85", "£240", "£310", "£450", "£700", "£1,200", "£2,600", "£3,000"))
    return text.format_map(values)


def add_typo(text: str, rng: random.Random) -> str:
    """Swap two inner letters of one longer word, as a hurried typist might."""
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if len(word) >= 7 and word.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    j = rng.randint(1, len(word) - 3)
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def restyle(text: str, rng: random.Random) -> str:
    """Apply the casing, punctuation and shorthand variation seen in real exports."""
    if rng.random() < 0.12:
        text = rng.choice(PREFIXES) + text
    if rng.random() < 0.15 and len(text.split()) < 80:
        if text[-1] not in ".!?":
            text += "."
        text += rng.choice(SUFFIXES)
    if rng.random() < 0.15:
        text = text.replace(" and ", " & ")
    if rng.random() < 0.08:
        text = re.sub(r"\bV\b", rng.choice(("IP", "vic")), text)
    if rng.random() < 0.12:
        text = add_typo(text, rng)
    if rng.random() < 0.12:
        text = text.lower()
    if rng.random() < 0.2:
        text = text.rstrip(".")
    return text


def build_rows(rng: random.Random) -> list[tuple[str, str, str]]:
    """Build (text, category, flags) rows from every template, all texts distinct."""
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for category, flags, count, template in parse_templates(DATA):
        made = 0
        for _attempt in range(200):
            if made == count:
                break
            text = fill_slots(template, rng)
            if made > 0 or rng.random() < 0.5:
                text = restyle(text, rng)
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            rows.append((text, category, ";".join(flags)))
            made += 1
        if made != count:
            raise RuntimeError(f"could not make {count} distinct notes from: {template[:60]}")
    return rows


def check(rows: list[tuple[str, str, str]]) -> None:
    """Check the corpus meets its size, coverage and length requirements."""
    categories = Counter(category for _, category, _ in rows)
    flags = Counter(flag for _, _, joined in rows for flag in joined.split(";") if flag)
    for category in CATEGORIES:
        if categories[category] < 20:
            raise AssertionError(f"{category} has only {categories[category]} notes")
    for flag in FLAG_ORDER:
        if flags[flag] < 20:
            raise AssertionError(f"{flag} has only {flags[flag]} positives")
    for text, _, _ in rows:
        words = len(text.split())
        if not 5 <= words <= 90 or "{" in text or "}" in text:
            raise AssertionError(f"bad note ({words} words): {text}")


def main() -> None:
    """Generate the corpus and write it to ``data/notes_blind9.csv``."""
    rng = random.Random(SEED)
    rows = build_rows(rng)
    rng.shuffle(rows)
    check(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (text, category, flags) in enumerate(rows, start=1):
            writer.writerow([f"B9-{number:04d}", text, category, flags])
    categories = Counter(category for _, category, _ in rows)
    flag_counts = Counter(flag for _, _, joined in rows for flag in joined.split(";") if flag)
    print(f"wrote {len(rows)} notes to {OUT}")
    for category in CATEGORIES:
        print(f"  {category}: {categories[category]}")
    for flag in FLAG_ORDER:
        print(f"  {flag}: {flag_counts[flag]}")


if __name__ == "__main__":
    main()
