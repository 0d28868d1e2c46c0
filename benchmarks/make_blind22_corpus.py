"""Generate the BLIND22 blind test corpus: domestic abuse told indirectly, plus hard negatives.

Every template was labelled by hand from TAXONOMY.md (category by the principal crime rule, flags only where
the text discloses them). Slot pools are built so that no pool value can change the category or the flags of
a template that uses it; see BLIND22.md for the labelling judgement calls.

Standard library only. One random.Random(SEED); no iteration over sets; the output path is computed from this
file's location, so the CSV does not depend on the working directory or on PYTHONHASHSEED.

Template format (TEMPLATES_TEXT): a header line "group count category flags" (group is da, neg or ord; flags
are ;-separated codes or "-" for none) followed by the note text on indented lines, joined with single spaces.
Slots are written {name}; {Name} capitalises the first letter and {NAME} upper-cases the drawn value. Within
one note every slot name is drawn once, so repeated slots agree.
"""

import csv
import os
import random

SEED = 220522
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "notes_blind22.csv")
ROUNDS_PER_TEMPLATE = 60

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
FLAG_ORDER = [
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
]
GROUPS = ["da", "neg", "ord"]

# Slot pools: "name: value | value | ...", continuation lines indented. No value can change a label.
POOLS_TEXT = """
# people and places (never label-bearing)
vf: Cerys | Siân | Ffion | Eilidh | Mhairi | Kayleigh | Shannon | Leanne | Gemma | Bethan | Nia | Aisha |
    Priya | Chantelle | Jodie | Megan | Kirsty | Rhiannon | Zoe | Tracey | Donna | Amira | Stacey | Lowri |
    Catrin | Fiona | Morag | Hayley | Jade | Carys
vm: Rhys | Dafydd | Gareth | Callum | Hamish | Jordan | Liam | Kyle | Darren | Craig | Owain | Iwan | Tomasz |
    Bilal | Ryan | Connor | Jamie | Lewis | Ewan | Wayne | Dean | Kieran | Aled | Fraser | Gethin
sn: Jones | Evans | Pritchard | MacLeod | Fraser | Hughes | Thompson | Kaur | Khan | Nowak | Ahmed | Davies |
    Williams | Griffiths | Armstrong | Robson | Sutcliffe | Parry | Lloyd
pl: Wrexham | Merthyr | Rhyl | Llanelli | Bangor | Aberystwyth | Pontypridd | Barry | Port Talbot |
    Caernarfon | Swansea | Newport | Barnsley | Wigan | Sunderland | Hartlepool | Bradford | Rochdale |
    Doncaster | Carlisle | Gateshead | Blackburn | Burnley | Workington | Darlington | Middlesbrough |
    Grimsby | Halifax | Oldham | Whitehaven | Wakefield | Bolton
st: Station Road | Heol y Parc | Bryn Road | Clifton Terrace | Moorside Lane | Victoria Street | Stryd Fawr |
    Chapel Row | Mill Lane | Park Avenue | Coronation Street | Albert Road | Ffordd Las | Hillside Crescent |
    Church Street
day: Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
mon: January | February | March | April | May | June | July | August | September | October | November |
    December
yr: 2014 | 2015 | 2016 | 2017 | 2018 | 2019 | 2020 | 2021
dur: two years | three years | five years | eighteen months | nine years | four years
nkids: two | three | four
amt: £85 | £120 | £150 | £240 | £300 | £350 | £480 | £600 | £750 | £900 | £1,200 | £1,800 | £2,500 | £3,000 |
    £4,600
# DA relationship wording: every value is an intimate partner / ex-partner / co-parent of the victim
# (male suspect, female victim, third person)
pm: the father of her two youngest | the man she moved in with in March | her kids' stepdad |
    the lad she was engaged to | her other half | her baby father | her BF of two years | her OH |
    the guy she's been dating since Christmas | the man she was with for eight years |
    the father of her daughter | her fella | the lad she's been seeing since the summer | her son's dad |
    the man she married in 2016 | the lad she had her little boy with | the man she split from in the spring |
    her on-off fella of three years | her cariad of four years | her fiancé | her youngest's dad |
    the man she was seeing until last month | the man she's lived with as a couple since 2019 |
    the dad of her twins
# cohabiting subset of the above (used where living together matters to the offence)
pmc: the man she moved in with in March | her other half | her OH | her kids' stepdad |
    the man she married in 2016 | the man she's lived with as a couple since 2019 | her fella
# former partners who no longer live with the victim (used where trespass matters)
pmx: the man she split from in the spring | the man she was with for eight years |
    the lad she was engaged to | the man she was seeing until last month | her former fiancé |
    the lad she used to be with | the father of her son, who she left last year,
# female suspect, male victim: partner / ex-partner / co-parent
pf: the woman he'd been seeing on and off since college | the mother of his son | his other half |
    his missus | the woman he moved in with last year | his fiancée | his baby mother |
    the woman he was married to for twelve years | the mother of his two girls |
    the woman he's been dating since the summer
# male suspect, male victim: partner / ex-partner
pmm: the man he was with for six years | the man he was in a civil partnership with |
    the guy he was seeing until the summer | his former fella | the man he got engaged to in 2020
# male suspect, female victim: family member aged 16+; the victim's adulthood follows from the wording
km: her son (31) | her grandson (19) | her stepson (22) | her son who is also her full-time carer |
    her eldest lad (20) | her late husband's brother who lives with them | her adult son | her son-in-law |
    her grandson (23) | her son (44)
# male suspect, female victim: family member aged 16+; templates using it state an adult age for her
ku: her dad | her brother (27) | her mum's husband | her uncle | her stepdad | her older brother |
    her stepbrother (29)
# first person, male suspect, female speaker: partner / ex-partner / co-parent
p1: my son's dad | the man I moved in with | my kids' dad | my fella | me other half |
    the lad I was engaged to | my baby dad | the man I was with for six years | my BF |
    the guy I've been seeing since new year | my daughter's father | the man I married | my youngest's dad
# police-log wording for a male suspect who is a partner, ex-partner or adult family member of V
lg: V's former cohabitee | father of V's child | V's son, aged 26 |
    V's brother-in-law | V's estranged spouse | co-parent of V's two children |
    V's intimate partner of approx 18 months | V's stepfather | V's adult son | V's on-off partner |
    V's fiancé | V's former spouse | V's brother, aged 33
# NOT domestic: adult male with no intimate or family link to the female victim
nm: her neighbour at number 12 | her landlord | a man from work | her flatmate | her sister's boyfriend |
    her daughter's ex | a lad she'd met once on a night out | her friend's husband | a carer from the agency |
    the man who runs the corner shop | the bloke from the flat downstairs | her best mate's other half |
    the man her sister is seeing | a delivery driver | her flatmate's boyfriend |
    a regular at the pub where she works
# NOT domestic: adult female with no intimate or family link to the female victim
nf: her neighbour | her landlady | a woman from work | her flatmate | her brother's girlfriend |
    the new partner of her kids' dad | her friend's wife | a carer from the agency |
    the woman her ex is now with | her son's girlfriend
# NOT domestic: adult male with no intimate or family link to the male victim
nmh: his neighbour | his landlord | a bloke from work | his flatmate | his sister's boyfriend |
    his daughter's ex | a lad he'd never met before | his mate's brother | a doorman |
    the man his ex is now with | his sister's fella
# NOT domestic: adult female with no intimate or family link to the male victim
nfh: his neighbour | his landlady | a woman from work | his flatmate | his brother's girlfriend |
    his mate's missus | the woman his ex is now with | a carer from the agency
# NOT domestic, police-log sentence
nlg: SUSP is V's neighbour | SUSP is V's landlord | SUSP and V are work colleagues, nothing more |
    SUSP is V's flatmate, no relationship | SUSP is the boyfriend of V's sister |
    SUSP is the ex-partner of V's daughter | SUSP not known to V | No relationship between V and SUSP |
    SUSP is V's paid carer from an agency | SUSP is V's lodger | SUSP is the husband of V's friend |
    SUSP is the new partner of V's ex
# NOT domestic: the victim's child, under 16
kid: her son (14) | her 15-year-old | her stepson (13) | her boy (12) | her eldest (15)
kidf: her daughter (15) | her 14-year-old daughter | her stepdaughter (13) | her youngest (12)
"""

NUMERIC_POOLS = {
    "age": (19, 52),  # adult victim
    "age16": (18, 22),  # young adult victim
    "age25": (20, 26),  # adult suspect of a 17-year-old victim
    "age38": (30, 60),  # adult disclosing childhood abuse
    "aged": (62, 86),  # older victim (grandchildren aged 18+ possible)
    "agep": (38, 55),  # parent of a 16- or 17-year-old
}

TEMPLATES_TEXT = """
# ====== Domestic abuse disclosed (flag domestic_abuse), relationship mostly described indirectly
# stalking and harassment, controlling or coercive behaviour
da 3 stalking_harassment domestic_abuse
    {Pm} keeps turning up at {vf}'s work in {pl} and sitting in the car park for hours. She has asked him to
    stop more than once.
da 3 stalking_harassment domestic_abuse
    {p1} won't leave me alone, he's outside the house most nights and follows me to the school gates. i just
    want it to stop
da 3 stalking_harassment domestic_abuse
    he's {p1} and he won't leave me alone, rings me 50 times a day and waits outside my work in {pl}
da 3 stalking_harassment domestic_abuse
    V reports SUSP ({lg}) controls all the money, checks her phone and decides who she can see. Not allowed out
    without him. DASH high, MARAC referral made.
da 3 stalking_harassment domestic_abuse
    Caller {vf} ({age}) says {pm} takes her bank card off her every payday, won't let her see her mum and times
    her trips to the shop. Been going on about two years.
da 3 stalking_harassment domestic_abuse;online
    {Pm} has set up fake Instagram accounts to contact {vf} after she blocked him, over 40 accounts since {mon}.
da 3 stalking_harassment domestic_abuse
    {Vf} has had over 200 calls and texts off {pm} since she left in {mon}, most of them calling her names.
    Police have crimed it as harassment.
da 3 stalking_harassment domestic_abuse
    {Vm} ({age}) disclosed that {pf} won't let him have his own bank account, reads his texts every night and
    tells him he'll never see the kids if he leaves. He hasn't told anyone before.
da 2 stalking_harassment domestic_abuse;online
    V speaks Welsh and would like support yn Gymraeg. {Pm} has been sending her abusive WhatsApps every day
    since they separated in {mon}.
da 2 stalking_harassment domestic_abuse
    wee note fae the front desk: {vf} says {pm} has been sat outside her flat every night this week, she's feart
    to go out. Stopping at her maw's in {pl} for now.
da 2 stalking_harassment domestic_abuse
    IDVA referral. Risk: high. Behaviours disclosed: monitoring phone, restricting money, isolating V from
    family, threats to take the children. Perp is the father of V's {nkids} children. MARAC {mon}.
da 2 stalking_harassment domestic_abuse
    No physical violence. {Vf} says he 'just makes her life small': no money of her own, no friends round, has
    to send a photo of wherever she is. They've been together since she was {age16}.
da 2 stalking_harassment domestic_abuse
    {Vf} ({aged}) says her grandson (19) bombards her with calls and bangs on the door at 3am when she won't
    answer. She's terrified of him.
da 3 stalking_harassment domestic_abuse
    SUSP is {lg}. Course of conduct since {mon}: repeated texts, turning up at her mum's in {pl}, notes left on
    her car. Harassment crimed, DASH medium.
da 2 stalking_harassment domestic_abuse
    hi its {vf} my kids dad keeps ringin me off withheld numbers n waitin outside nursery, police said its
    harassment. can some1 ring me back after 3
da 2 stalking_harassment domestic_abuse;online
    They were together eight years. Since it ended he has turned up at her new address in {pl} twice, messaged
    her employer on LinkedIn and set up a Facebook page about her.
da 2 stalking_harassment domestic_abuse
    STALKING. SUSP = V'S BABY FATHER. FOLLOWING V IN HIS CAR, SITTING OUTSIDE HER MUM'S IN {PL}. NMO IN PLACE. V
    WANTS IDVA.
da 2 stalking_harassment domestic_abuse
    {Vm} says {pmm} keeps driving past his flat and ringing his mum ever since they split in {mon}.
da 2 stalking_harassment domestic_abuse
    {Vf}, {aged}. Her adult daughter phones her 30 or 40 times a day demanding she hand over her pension, shouts
    down the phone, turns up at the bungalow and won't leave.
da 1 stalking_harassment domestic_abuse
    she said it started small like him picking what she wore then it was her phone and then her wages going into
    his account and by the end she wasn't allowed to see her sister at all and he'd go mad if tea wasn't on the
    table at six, this is the man she had both her girls with
da 2 stalking_harassment domestic_abuse;online
    {Pm} has been logging into her Gmail to read her emails and turning up wherever she's arranged to meet
    friends. {Vf} changed her password twice and he got back in.
da 2 stalking_harassment domestic_abuse
    {Vf} says her mother-in-law sends her abusive texts calling her a bad mother and turns up at the house
    unannounced to 'inspect' it. Going on since the wedding.
da 2 stalking_harassment domestic_abuse
    {Vf} has a non-molestation order against {pm}. He has breached it by sending letters via her mum and turning
    up at her work in {pl} twice this week.
da 2 stalking_harassment domestic_abuse
    {Vm} ({age}) says {pf} controls everything, his wages, his phone, who he speaks to. He wants to leave but is
    scared he'll lose the kids.
da 2 stalking_harassment domestic_abuse;online
    {Pm} watches her on Snap Map and turns up wherever she is. She's turned it off and now he messages her mates
    on Snapchat asking where she is.
da 1 stalking_harassment domestic_abuse
    OH checks phone, takes her money, wont let her work. V scared to leave. Kids 3 and 5. MARAC?
da 2 stalking_harassment domestic_abuse
    CCB disclosed to health visitor. {Vf} is not allowed to leave the house without {pm} and has to hand over
    her child benefit each week.
da 2 stalking_harassment domestic_abuse
    DVPN served last night. Long history of {pm} following {vf}, turning up at her mum's in {pl} and ringing her
    constantly. She wants support with a longer order.
da 2 stalking_harassment domestic_abuse
    "he's {p1} and he's got everyone watching me, his mates tell him where I've been" - V asking for help with
    stalking, lives in {pl}
da 2 stalking_harassment domestic_abuse
    {Vf}'s brother (34) has sent her dozens of threatening texts since their dad's funeral, says she stole the
    inheritance, and has turned up at her house in {pl} twice.
da 2 stalking_harassment domestic_abuse;online
    Malicious comms: abusive comments about {vf} posted on Facebook by {pm}; her new employer has seen them.
da 2 stalking_harassment domestic_abuse
    our kid won't stop, texts all night, turned up at my work, told my boss lies about me. he's 26 and lives at
    mam's. i'm {age}
da 2 stalking_harassment domestic_abuse
    V's cariad (together {dur}) checks her bank statements, took her car keys so she can't get to work and tells
    her nobody else would have her.
da 2 stalking_harassment domestic_abuse
    Followed home from the station three nights running, then {vf} found a tracker under her car. She's sure
    it's the father of her little girl.
da 2 stalking_harassment domestic_abuse
    Harassment crimed. {Vm} has had repeated calls and letters from {pf} since he moved out in {mon}; she also
    turns up at his mum's in {pl}.
da 2 stalking_harassment domestic_abuse
    {Vf} ({aged}): her son who is also her carer won't let her use the phone, keeps her post and decides when
    she can see her friends. Adult social care aware.
da 2 stalking_harassment domestic_abuse
    mrs {sn} rang in tears, the lad she was engaged to keeps coming to her mam's and shouting through the
    letterbox, 4th time this week, police have a log
# violence with injury
da 3 violence_with_injury domestic_abuse
    {Vf} went to A&E with a fractured cheekbone after {pm} punched her during a row about money on {day} night.
da 3 violence_with_injury domestic_abuse
    V assaulted at home by SUSP ({lg}). Bruising to both arms and a cut to the scalp. s47 ABH crimed. DASH high.
da 2 violence_with_injury domestic_abuse
    he's {p1} and he pushed me down the stairs, broke my wrist. i told the hospital i fell
da 2 violence_with_injury domestic_abuse;knife_sharp_instrument
    {Pm} cut {vf}'s forearm with a kitchen knife when she tried to leave the house. Six stitches at the hospital
    in {pl}.
da 2 violence_with_injury domestic_abuse
    {Vm} has a black eye and a cut lip. Says {pf} threw a mug at his face. Didn't want to report at first,
    'blokes don't get hit'.
da 3 violence_with_injury domestic_abuse
    {Vf}, {aged}. {Km} hit her with the TV remote and split her head open after she told him she was tired of
    his drinking.
da 2 violence_with_injury domestic_abuse
    {Vf} says her man gave her a right doing on Saturday, two black eyes and a burst lip, she's been stopping at
    her maw's in {pl} since.
da 2 violence_with_injury domestic_abuse
    ABH - bite marks and bruising to V's arm (SUSP is {lg}). OIC PC {sn}.
da 2 violence_with_injury domestic_abuse
    Broken nose and two loose teeth after an assault at a house party in {pl} on {day}. The man responsible is
    the one {vf} has been seeing since the spring.
da 2 violence_with_injury domestic_abuse;honour_based_abuse
    V ({age16}) beaten with a belt by her older brothers for being seen with a lad from college. Bruising to her
    back and legs. The family say she shamed them.
da 2 violence_with_injury domestic_abuse
    V (17) and the lad she's been seeing (18). He headbutted her in the street outside the Spar in {pl}, bloody
    nose and a swollen eye. Her mum reported it.
da 2 violence_with_injury domestic_abuse
    {Vm} ({aged}): his adult daughter dragged him across the kitchen by his collar, grazes and bruised ribs. She
    lives with him.
da 2 violence_with_injury domestic_abuse
    Scald burns to V's forearm from a kettle thrown by the mother of his son. V is {vm}, {age}.
da 2 violence_with_injury domestic_abuse
    s18 GBH. V stamped on by {pm} outside the Wetherspoons in {pl}; fractured eye socket. SUSP remanded.
da 1 violence_with_injury domestic_abuse
    Attempted murder. V's former cohabitee doused her in petrol in the kitchen and set it alight, neighbours
    intervened. V in the burns unit, {pl}.
da 2 violence_with_injury domestic_abuse
    my OH kicked me in the ribs last nite n i think 1 is cracked, cant breathe proper, dont want police at the
    house. {pl}
da 1 violence_with_injury domestic_abuse
    she came into the pharmacy with her arm in a sling and said it was nothing, later she told me he'd twisted
    it behind her back till something popped, he's the man she's lived with since their eldest was born, she's
    agreed to this referral
da 2 violence_with_injury domestic_abuse;knife_sharp_instrument
    {Vm}'s partner of four years slashed him across the hand with a broken bottle at their flat in {pl}.
da 2 violence_with_injury domestic_abuse
    {Vf} ({aged}) pushed over by {km} after a row about him bringing mates back to the house. Fractured hip,
    admitted.
da 2 violence_with_injury domestic_abuse
    OIC PC {sn}. V assaulted by SUSP (father of V's unborn child), punched to the stomach. V 20 weeks pregnant,
    baby OK but bruising to the abdomen.
da 2 violence_with_injury domestic_abuse
    Human bite to {vf}'s hand, needed antibiotics. It was her sister (32), during a row about their late mum's
    house.
da 2 violence_with_injury domestic_abuse
    Her husband of twenty years broke her arm on {day}. She told the GP she fell off a step ladder. {Vf} now
    wants to talk to someone.
da 2 violence_with_injury domestic_abuse
    {Vm} says "our lass" hit him with a frying pan, he needed glue on his head at A&E in {pl}. Says it's not the
    first time.
da 2 violence_with_injury domestic_abuse
    Assault occasioning ABH. Injuries: bruising to face and neck. Relationship: SUSP is V's former spouse
    (divorced {yr}).
da 2 violence_with_injury domestic_abuse
    {Vf} ({age}) was hit repeatedly with a phone charger cable by {ku}, leaving welts on her legs.
da 2 violence_with_injury domestic_abuse
    Baby father came to the door, forced his way in and punched {vf} in the face, she lost a tooth. Kids were
    upstairs.
da 1 violence_with_injury domestic_abuse
    ngl the lad I was engaged to broke my nose in {mon} and I never reported it, now I want to. is that too late
da 2 violence_with_injury domestic_abuse
    CALLER STATES HER BF HAS BEEN HITTING HER, BRUISES ON BOTH ARMS. SUSP LEFT ADDRESS. DASH TBC. {PL}.
da 2 violence_with_injury domestic_abuse
    {Vf}'s son (16) punched her in the mouth when she wouldn't let him go out, split lip. She doesn't want him
    arrested.
da 2 violence_with_injury domestic_abuse
    V's daughter (17) pulled a clump of hair out of V's head during a row in the kitchen, scalp bleeding. V is
    {vf}, {agep}.
da 1 violence_with_injury domestic_abuse;hate_crime
    {Vf} ({age}), who has cerebral palsy, says her brother (30) mocks her disability while he hits her; bruising
    to both arms.
da 2 violence_with_injury domestic_abuse
    Victim {vm}, {age}. Black eye and cracked rib. Offender: {pmm}. They still share a flat in {pl} while it's
    sold.
da 2 violence_with_injury domestic_abuse
    Suspect: her mum's husband. Offence: assault, bruised jaw. V {vf} ({age}) wants to move out.
# violence without injury (common assault, threats to kill, modern slavery, forced marriage threats)
da 3 violence_without_injury domestic_abuse
    {Pm} grabbed {vf} by the arm and shoved her against the wall, no marks. She's taken the kids to her mum's in
    {pl}.
da 2 violence_without_injury domestic_abuse
    {Pm} told {vf} he would kill her and then himself if she didn't come back to him. She believes he means it.
da 2 violence_without_injury domestic_abuse;knife_sharp_instrument
    {Pm} held a kitchen knife up and said he'd kill {vf} if she rang the police. No injuries. Kids in the next
    room.
da 2 violence_without_injury domestic_abuse;knife_sharp_instrument
    {Pm} put his hand inside his jacket and told {vf} he had a blade on him and would use it. She believed him
    and ran to a neighbour's.
da 2 violence_without_injury domestic_abuse
    Threats to kill by text. {Pm} texted {vf} that he'd kill her with a knife when he finds her. She is in a
    refuge in {pl}.
da 2 violence_without_injury domestic_abuse
    SUSP ({lg}) spat at V during an argument over rent. Common assault, no injury.
da 2 violence_without_injury domestic_abuse
    {Pf} slapped {vm} across the face in front of the kids. No injury. He isn't sure he wants police but would
    like advice.
da 2 violence_without_injury domestic_abuse;honour_based_abuse
    V ({age16}) told by her father and uncles she will be killed if she refuses to marry the man they have
    chosen for her. Forced Marriage Unit aware.
da 2 violence_without_injury domestic_abuse;hate_crime;honour_based_abuse
    {Vm} ({age16}) says his family have threatened to kill him because he is gay and 'brings shame' on them. He
    has moved to a friend's in {pl}.
da 1 violence_without_injury domestic_abuse
    Child abduction: the father of her son (6) took the boy to Spain without her consent to punish her for
    leaving. Police and Reunite involved.
da 2 violence_without_injury domestic_abuse;modern_slavery
    V ({age}) was brought over from Romania by her husband's family and made to clean their three houses
    unpaid. Passport taken off her.
da 2 violence_without_injury domestic_abuse
    {Vf}'s grandson (20) threatened to 'put her in the ground' if she changed the locks. She's {aged} and lives
    alone in {pl}.
da 2 violence_without_injury domestic_abuse
    CA - SUSP PUSHED V ON THE STAIRS, NO INJ. SUSP = V'S BROTHER IN LAW, LIVES AT SAME ADDRESS. {PL}.
da 2 violence_without_injury domestic_abuse
    {Pm} threw a pint over {vf} in the beer garden and shoved her into a table. No injury. Witnesses gave
    details.
da 2 violence_without_injury domestic_abuse
    "my son's 24 and he put me in a headlock cos I wouldn't lend him the car" - no injuries, {vf} wants support
    not police
da 2 violence_without_injury domestic_abuse
    {Vm} ({age}) says {pmm} shoved him over the sofa and kicked him. No marks.
da 2 violence_without_injury domestic_abuse
    Common assault. SUSP (V's stepfather) pushed V ({age}) out of the front door, no injury.
da 2 violence_without_injury domestic_abuse
    {Ku} grabbed {vf} ({age}) by the hair in the street and dragged her a few metres. No injuries.
da 2 violence_without_injury domestic_abuse
    Pushed out of the car on the bypass at night by the man she's been seeing since Easter after an argument.
    Not hurt but shaken. Had to walk to {pl}.
da 2 violence_without_injury domestic_abuse
    Pushed into a wardrobe (SUSP = her son's dad), no injury, {pl}, {day} night.
da 2 violence_without_injury domestic_abuse
    Threats to kill: {km} told {vf} he'd 'finish her' if she went to the police. She is {aged}.
# sexual offences
da 2 sexual_offences domestic_abuse
    {Vf} disclosed to her GP that {pm} forces her to have sex when he's been drinking. Been happening since the
    baby was born.
da 3 sexual_offences domestic_abuse
    Rape reported. SUSP is {lg}. Happened at V's address in {pl} after he came round to collect belongings.
da 1 sexual_offences domestic_abuse
    she said no and he did it anyway, she didn't think it counted because they were married. She wants to talk
    to an ISVA.
da 2 sexual_offences domestic_abuse;child_sexual_abuse_exploitation
    V (17) says the man she's been seeing ({age25}) made her do sexual things she didn't want to at his flat in
    {pl}. Mum aware.
da 2 sexual_offences domestic_abuse
    {Vf} ({age}) woke to {ku} touching her over her clothes in the spare room. Reported next morning.
da 1 sexual_offences domestic_abuse;child_sexual_abuse_exploitation
    V (44) reports her stepfather raped her repeatedly when she was 16 and 17, before she left home. First
    disclosure.
da 2 sexual_offences domestic_abuse
    {Vm} says {pf} has sex with him while he's asleep after his night meds. He has told her no.
da 2 sexual_offences domestic_abuse
    {Pm} groped {vf} at her cousin's wedding in front of people and wouldn't stop when she pushed him off.
da 2 sexual_offences domestic_abuse
    he wont take no 4 an answer, says its his right cos we've got 2 kids together. happened again last nite.
    {pl}
da 2 sexual_offences domestic_abuse
    ISVA referral. Rape by the man V was engaged to until {mon}. Forensic exam done at the SARC, V undecided
    about a statement.
da 1 sexual_offences domestic_abuse
    Sexual assault: V ({aged}) touched sexually by her grandson (19), who lives with her. She is ashamed and
    doesn't want him arrested.
da 2 sexual_offences domestic_abuse
    {Vf} says the lad she was with all through uni filmed them having sex without her knowing. She found it on
    his phone.
da 2 sexual_offences domestic_abuse
    Sexual assault disclosed at MARAC: {pm} forced himself on {vf} after she fell asleep on the sofa.
# criminal damage and arson
da 3 criminal_damage_arson domestic_abuse
    {Pm} smashed every window at the front of {vf}'s house at 2am after she wouldn't let him in.
da 2 criminal_damage_arson domestic_abuse
    {Pm} stamped on {vf}'s phone so she couldn't ring anyone, then left. Phone destroyed, no assault.
da 2 criminal_damage_arson domestic_abuse
    he set fire to all my clothes in the back garden cos I said I was leaving. we've been together 11 years.
    {pl}
da 2 criminal_damage_arson domestic_abuse
    {Vm}'s car keyed down both sides and the wing mirrors snapped off. He's certain it was {pf}, she's done it
    before.
da 2 criminal_damage_arson domestic_abuse
    Criminal damage to V's front door. SUSP ({lg}) kicked it in after being refused entry; did not go in. V
    doesn't want him arrested.
da 2 criminal_damage_arson domestic_abuse
    Petrol poured through {vf}'s letterbox and lit; she and the kids got out the back. SUSP is the father of her
    two youngest. Arson with intent to endanger life.
da 2 criminal_damage_arson domestic_abuse
    DAMAGE TO V'S CAR, WINDSCREEN PUT THROUGH WITH A BRICK. V STATES IT WAS HER EX FELLA. CCTV REQUESTED. {PL}
da 2 criminal_damage_arson domestic_abuse
    Her brother (33) trashed the kitchen, broke the telly and the microwave. He lives with her in {pl} and {vf}
    wants him out.
da 2 criminal_damage_arson domestic_abuse
    {Pf} poured bleach over all of {vm}'s work clothes and smashed his laptop on the floor.
da 2 criminal_damage_arson domestic_abuse
    {Km} punched holes in the walls and ripped the bedroom door off its hinges; {vf} ({aged}) hid in the
    bathroom.
da 2 criminal_damage_arson domestic_abuse
    {Vf} says {pm} poured sugar in her petrol tank and smashed her headlights after she moved out.
da 2 criminal_damage_arson domestic_abuse
    {Pm} ripped up {vf}'s wedding dress and her late nan's photos while she was at work.
da 1 criminal_damage_arson domestic_abuse
    he said it was the woman he'd been seeing on and off since college and that she'd smashed his phone and then
    the car window and he didn't want to make a fuss because of the kid but his mum made him ring
da 2 criminal_damage_arson domestic_abuse
    Nain ({aged}) says her grandson (19) smashed her glass cabinet and her late husband's clock in a temper. She
    lives in {pl}.
da 1 criminal_damage_arson domestic_abuse
    MARAC case. All four tyres on V's car let down and the wing mirror smashed overnight. No suspect identified.
    {pl}.
# burglary
da 2 burglary domestic_abuse
    {Pm}, who moved out in {mon}, let himself in with a key he'd had copied while {vf} was at work and took her
    laptop and the kids' passports.
da 2 burglary domestic_abuse
    {Vf} came home to find the back door forced and her jewellery gone. Her Ring doorbell shows her son (27),
    who she barred from the house last year.
da 2 burglary domestic_abuse
    The man she split up with in the spring climbed in through the bathroom window of her house in {pl} while
    she was at work and took her bank statements and the spare car key.
da 2 burglary domestic_abuse
    {Pmx} forced his way into {vf}'s flat while she was out and took her tablet and jewellery. A lock knife was
    found in his pocket when police arrested him.
da 2 burglary domestic_abuse
    Burglary dwelling, {pl}. Entry via rear window. TV, games console and V's late mum's rings taken. CCTV shows
    SUSP, V's brother, aged 35, who no longer lives there.
da 2 burglary domestic_abuse
    {Vm}'s former missus still had a key. While he was away she let herself in and cleared out the safe.
da 2 burglary domestic_abuse
    {Vf}'s son (30), who hasn't lived with her for years, broke into her garage while she was in hospital and
    took all her late husband's tools.
# robbery
da 2 robbery domestic_abuse
    {Pm} pinned {vf} against the car and wrenched her handbag off her shoulder, her benefits money was in it.
da 2 robbery domestic_abuse
    V ({aged}) had her purse taken by force by her grandson (18), who shoved her into the hallway radiator.
    Bruised back.
da 2 robbery domestic_abuse;knife_sharp_instrument
    {Pm} held a knife to {vf} in the kitchen and made her hand over her bank card and PIN.
da 2 robbery domestic_abuse
    {Vm} punched by his stepson (21) in the street and his wallet and phone taken off him.
# other theft (incl. blackmail, theft of mail)
da 2 other_theft domestic_abuse
    {Km} has been taking cash from her purse and pawning her rings to feed his habit. {Vf} is {aged} and doesn't
    want him arrested.
da 2 other_theft domestic_abuse
    {Vf} says {pm} told her he'd tell her employer about her old conviction unless she gave him {amt}. She paid
    once.
da 2 other_theft domestic_abuse
    {Pmc} took {amt} cash from the tin in {vf}'s wardrobe while she was at work and spent it at the bookies.
da 2 other_theft domestic_abuse
    Her son (25) has been taking her post and keeping her benefit letters and bank cards. {Vf} found a pile of
    them under his bed.
da 2 other_theft domestic_abuse
    {Vm}'s adult daughter took his pension cash and his late wife's jewellery box when she moved out of his
    house in {pl}.
da 2 other_theft domestic_abuse
    Mam-gu ({aged}) in {pl}: her grandson (20) has been staying with her and {amt} has gone missing from her
    handbag. He admitted it.
da 2 other_theft domestic_abuse
    Theft. SUSP (V's adult son, lives at the address) sold V's TV and her late husband's watch without
    permission. V is {vf}, {aged}.
da 2 other_theft domestic_abuse
    Adult social care referral. {Vf} ({aged}) says her son who is also her carer keeps her pension money for
    himself. {amt} a month.
# fraud and computer misuse
da 2 fraud_computer_misuse domestic_abuse
    {Pm} took out three catalogue accounts and a loan in {vf}'s name without her knowing. She found out from
    debt collection letters.
da 2 fraud_computer_misuse domestic_abuse;online
    {Pm} applied for credit cards online using {vf}'s details and ran them up to {amt}.
da 2 fraud_computer_misuse domestic_abuse;online
    {Pf} logged into {vm}'s email and online banking and moved {amt} into her own account.
da 2 fraud_computer_misuse domestic_abuse;online
    {Vf} ({aged}) says her son (30) used her card details to buy things on Amazon and eBay. She only noticed
    when the bank rang.
da 2 fraud_computer_misuse domestic_abuse
    SUSP (V's estranged spouse) made a false application for a loan in V's name using V's ID. Fraud crimed.
    {pl}.
da 2 fraud_computer_misuse domestic_abuse
    Economic abuse: {pm} took {vf}'s bank card and withdrew cash at cashpoints with her PIN, without her
    permission, over several months.
da 2 fraud_computer_misuse domestic_abuse;online
    fella I was with 5 yrs set up a PayPal in my name and bought stuff, I'm now {amt} in debt. police say it's
    fraud
# homicide (bereaved)
da 2 homicide domestic_abuse
    Bereaved family referral. {Vf}'s sister was killed at her home in {pl} by the man she had lived with for ten
    years. He has been charged with murder.
da 2 homicide domestic_abuse;knife_sharp_instrument
    Mother of the deceased (27). Her son was stabbed to death by his older brother during a row at the family
    home in {pl}.
da 1 homicide domestic_abuse
    Her dad died after a beating by her stepbrother (30) at their house. Manslaughter charge. Daughter {vf}
    needs support.
da 2 homicide domestic_abuse
    Homicide support. {Vf}'s daughter (34) was killed by the father of her children, who then took his own life.
    Inquest pending.
da 2 homicide domestic_abuse
    {Vm}'s brother was killed by the woman he'd been seeing on and off since college. She has been charged with
    manslaughter.
da 1 homicide domestic_abuse
    DHR notified. Deceased female, 52, killed by her adult son at her flat in {pl}. FLO DC {sn}. Sister of the
    deceased needs support.
# miscellaneous crimes against society
da 2 misc_crimes_against_society domestic_abuse
    Perverting the course of justice: {pm} got his cousin to offer {vf} {amt} to withdraw her statement. Both
    arrested.
da 2 misc_crimes_against_society domestic_abuse
    SUSP ({lg}) arrested for breach of bail conditions after being found at V's address in {pl}. No further
    offences disclosed.
da 2 misc_crimes_against_society domestic_abuse
    Her son (26) threatened to burn the house down with all her things in it after she told him to move out.
    Nothing damaged. {Vf} is {aged}.
da 1 misc_crimes_against_society domestic_abuse
    Bail breach. SUSP (co-parent of V's two children) contacted V via her sister despite a bail condition. Not a
    new offence. IDVA aware.
# public order
da 2 public_order domestic_abuse
    Her brother (28) stood outside her house in {pl} screaming abuse and calling her names in front of the whole
    street. Section 5, neighbours gave statements.
da 2 public_order domestic_abuse
    {Pm} caused a scene at {vf}'s work, swearing and shouting at her in front of customers until security
    removed him. s4A.
da 1 public_order domestic_abuse
    S5 POA. SUSP ({lg}) shouted abuse at V in the street outside the school, V distressed.
# vehicle offences
da 2 vehicle_offences domestic_abuse
    {Pm} took {vf}'s car without asking after she left him and won't give it back. Police have recorded TWOC.
da 2 vehicle_offences domestic_abuse
    Her son (22) took her car keys while she slept and drove off in her Corsa. Car found abandoned in {pl}. {Vf}
    doesn't want charges.
da 1 vehicle_offences domestic_abuse
    Theft from motor vehicle: {vf}'s ex-husband took the sat nav and her work laptop from her car on the drive.
# bicycle theft, theft from the person
da 2 bicycle_theft domestic_abuse
    {Km} took her bike without asking and sold it to a mate. {Vf} is {aged} and it was her only way to get
    about.
da 1 bicycle_theft domestic_abuse
    Bike theft: SUSP (V's brother, 30) took V's mountain bike from the hallway of the flat they share and sold
    it.
da 2 theft_from_person domestic_abuse
    {Pm} took {vf}'s phone out of her coat pocket while they were in the pub and walked off with it.
# other crime, possession of weapons, drugs (DA by relationship or MARAC/DVPN context)
da 2 other_crime domestic_abuse
    Crime reference given but offence not recorded on the referral. SUSP is {lg}. V asking for emotional
    support.
da 1 other_crime domestic_abuse
    {Vf} wants support about 'what her grandson (20) did'. Police have a crime open; she wouldn't say what it
    was.
da 2 possession_of_weapons domestic_abuse
    MARAC case. SUSP (father of V's children) stopped near V's address in {pl} with a lock knife in his
    waistband. Charged with possession.
da 1 possession_of_weapons domestic_abuse
    Her brother (30), who is on bail not to contact her, was found by police with a machete in his car parked
    outside her flat. Possession charged.
da 1 drug_offences domestic_abuse
    MARAC case. V's adult son arrested for possession with intent to supply at her address in {pl}; she says she
    didn't know.
da 1 drug_offences domestic_abuse
    DVPN in place. Police searching SUSP (V's on-off fella) found cannabis and cocaine. Possession charged, V
    informed.
# ====== Hard negatives: the same kind of relationship wording, but no domestic abuse as TAXONOMY.md defines it
# violence with injury
neg 3 violence_with_injury -
    {Vf} was punched by {nm} in the stairwell of her block. Cut above her eye, glued at A&E.
neg 2 violence_with_injury -
    V's flatmate hit her with a frying pan during a row about bills. Concussion. They are not in a relationship,
    just share the flat in {pl}.
neg 2 violence_with_injury -
    V (15) punched in the face by her boyfriend (16) at the park in {pl}, bust lip. Mum reporting.
neg 2 violence_with_injury -
    Mum reports {kid} broke her finger when she took his Xbox off him. She's at the end of her tether.
neg 2 violence_with_injury -
    {Vm} was beaten up by his sister's boyfriend outside the chippy in {pl}. Broken jaw, wired.
neg 2 violence_with_injury -
    Assault by a paid carer: V ({aged}) has bruising to both wrists. Agency carer suspended pending
    investigation.
neg 2 violence_with_injury -
    Her daughter's ex came round looking for her daughter and shoved {vf} into the doorframe, splitting her lip.
neg 2 violence_with_injury -
    Her friend's husband headbutted {vf} at a barbecue in {pl} after she told him to calm down. Broken nose.
neg 2 violence_with_injury -
    Assault outside a nightclub in {pl}. V and SUSP not known to each other. Broken nose, CCTV seized.
neg 2 violence_with_injury knife_sharp_instrument
    {Vm} stabbed in the thigh by a lad on a bike near the precinct in {pl}. No relationship between them.
neg 1 violence_with_injury -
    Father hit his son (9) with a belt leaving welts on his legs. School raised the concern. Referral for the
    boy.
neg 2 violence_with_injury -
    {Nmh} punched {vm} in a row over a parking space on {st}, knocking out a tooth.
neg 2 violence_with_injury -
    Her lodger threw a mug at her head, cut needing glue. {Vf} rents him the box room, nothing more.
neg 3 violence_with_injury -
    ABH. {Nlg}. V punched several times on the doorstep in {pl}, bruising to the face.
neg 2 violence_with_injury -
    Worried her ex might turn up at the hospital. Today's assault was by a stranger at the bus station in {pl}:
    punched, cut to the cheek.
neg 2 violence_with_injury -
    {Kidf} punched {vf} in the face during an argument about a curfew, nosebleed. Early help involved.
neg 2 violence_with_injury -
    V ({aged}) in a care home in {pl} has a fractured wrist; a member of staff is suspected. Family told.
neg 2 violence_with_injury -
    {Vf}'s mate's fella punched her at a party in {pl} after she told him to leave, black eye. She's never been
    with him.
neg 1 violence_with_injury -
    not a domestic - the lads share a house through an agency. {vm} hit with a chair by one of them, gash to the
    head
neg 2 violence_with_injury -
    {Vf} was bitten on the arm by {nf} during a row in the car park, skin broken.
neg 2 violence_with_injury honour_based_abuse
    V ({age16}) beaten by two men from her community for going out with a lad outside her faith; they said she'd
    dishonoured them. Bruising. Not family members.
neg 1 violence_with_injury honour_based_abuse
    V ({age}) disclosed that FGM was carried out on her at age 7 while abroad, arranged by relatives. Wants
    specialist support.
# violence without injury
neg 2 violence_without_injury -
    {Nm} grabbed {vf}'s arm outside the school and wouldn't let go. No injury.
neg 2 violence_without_injury -
    {Kid} pushed her into the door during an argument about his phone. No injury. Mum worried about his temper.
neg 2 violence_without_injury -
    {Vm}'s landlord pushed him out of the flat and said he'd kill him if he wasn't gone by Friday.
neg 2 violence_without_injury -
    Threats to kill made to {vf} on her doorstep by her daughter's ex, who says she's hiding her daughter from
    him.
neg 2 violence_without_injury -
    Neighbour reports two children aged 3 and 5 left alone overnight in the flat below in {pl}. Child neglect
    crimed.
neg 1 violence_without_injury -
    Police recording historic child cruelty: V (45) says her dad locked her in the coal shed and withheld food
    as punishment between the ages of 6 and 11.
neg 2 violence_without_injury -
    Paramedic spat at by a patient in the back of the ambulance in {pl}. Assault on an emergency worker, no
    injury.
neg 2 violence_without_injury -
    {Vf} is worried her ex might find out where she lives now. Separately, a stranger on the bus grabbed her by
    the hair on {day}, no injury.
neg 2 violence_without_injury -
    "he's just a neighbour, nothing more" - {vf} says the man from two doors down put his hands on her shoulders
    and shoved her off the path. No injury.
neg 2 violence_without_injury -
    Common assault on {vm} by {nfh}, who threw a drink over him and slapped him. No injury.
neg 1 violence_without_injury -
    Her son (15) threatened to kill her when she took his phone. She doesn't think he meant it but wants help.
neg 2 violence_without_injury -
    Threats to kill. {Nlg}. V received a voicemail saying he would be killed over an unpaid debt.
neg 2 violence_without_injury -
    Her best mate's other half pushed {vf} against the bar and threatened to kill her if she told her mate about
    him. No injury.
neg 1 violence_without_injury -
    V's sister had a DASH and a MARAC a few years ago with a previous fella, nothing to do with this. {Vf} was
    shoved over in the street by a stranger, no injury.
# stalking and harassment
neg 2 stalking_harassment online
    A man from {vf}'s gym keeps following her home and commenting on her Instagram posts. She has never spoken
    to him outside the gym.
neg 2 stalking_harassment -
    Harassment by {vf}'s landlord: texts at all hours, turning up unannounced, letting himself in to 'check the
    boiler'.
neg 2 stalking_harassment online
    Her sister's boyfriend has been sending {vf} abusive Facebook messages since the engagement party.
neg 2 stalking_harassment -
    {Vm}'s former colleague keeps ringing his new employer making false claims about him. Harassment crimed.
neg 2 stalking_harassment online
    The woman her ex is now with keeps messaging {vf} on WhatsApp calling her names and telling her to stay
    away.
neg 2 stalking_harassment online
    Mum reports her daughter (14) is being harassed on Snapchat by a lad from school (15). Screenshots given to
    the PCSO in {pl}.
neg 1 stalking_harassment -
    Stalking. V is a home care worker; a client's son keeps turning up at her house and following her between
    visits. No relationship between them.
neg 2 stalking_harassment online
    {Vf} matched with SUSP on Hinge and met him once for a drink. Since then 100+ messages on the app and he's
    turned up at her work in {pl}.
neg 2 stalking_harassment -
    Harassment by a neighbour over a boundary dispute, notes through the door and filming her garden in {pl}.
    Not a domestic. DASH not required.
neg 2 stalking_harassment hate_crime
    Racially aggravated harassment: a neighbour has been leaving notes and shouting racist abuse at {vf} every
    time she passes, for months.
neg 1 stalking_harassment -
    V supported her friend through an abusive relationship last year. Now the friend's former fella is harassing
    V for 'interfering', calls and turning up at her door.
neg 2 stalking_harassment -
    {Vm} is being harassed by {nmh}: repeated calls, notes on his car, following him to the gym.
neg 2 stalking_harassment online
    Malicious comms: a mum from the school gates has been posting lies about {vf} on a local Facebook group. No
    link between them except the school run.
neg 1 stalking_harassment -
    Stalking by a former client of the salon where she works. Not known to each other outside work.
neg 2 stalking_harassment online
    Her 15-year-old son keeps sending {vf} abusive WhatsApps since she cancelled his phone contract.
neg 2 stalking_harassment -
    {Vf} keeps getting calls and texts from {nm}, who won't accept she isn't interested. Never been in a
    relationship.
neg 2 stalking_harassment -
    Harassment: {vm} says {nfh} keeps ringing him and turning up at his work since he reported her for something
    at work. Not DA.
# sexual offences
neg 2 sexual_offences child_sexual_abuse_exploitation
    V ({age38}) disclosed she was sexually abused by her uncle between the ages of 8 and 12. First time she has
    told anyone.
neg 2 sexual_offences child_sexual_abuse_exploitation
    Non-recent: {vf} ({age38}) reports a neighbour sexually abused her when she was 14. She now wants to report.
neg 2 sexual_offences -
    Raped after a first date set up by a mate. {Vf} had never met SUSP before that night. SARC attended.
neg 2 sexual_offences -
    Her manager groped {vf} in the stock room and made comments about her body.
neg 2 sexual_offences -
    {Vf} ({age}) sexually assaulted by her sister's boyfriend while staying over at her sister's in {pl}.
neg 2 sexual_offences child_sexual_abuse_exploitation
    V (15) says her boyfriend (15) forced her to do sexual things at his house. School safeguarding lead in {pl}
    reporting.
neg 1 sexual_offences child_sexual_abuse_exploitation
    V (41) disclosed her stepdad raped her when she was 13. He still lives locally. Wants ISVA support before
    deciding on a statement.
neg 2 sexual_offences -
    Indecent exposure: a man exposed himself to {vf} on the towpath in {pl}. Not known to her.
neg 2 sexual_offences online;child_sexual_abuse_exploitation
    Girl (13) groomed on Snapchat by a man claiming to be 16; she sent images after he threatened to tell her
    parents. {pl}.
neg 1 sexual_offences -
    Voyeurism: {vf}'s landlord fitted a hidden camera in the bathroom of the shared house.
neg 2 sexual_offences -
    Sexual assault on V ({aged}), who has dementia, by an agency carer during a night call. Carer suspended.
neg 1 sexual_offences child_sexual_abuse_exploitation;modern_slavery
    CSE: girls aged 14 and 15 moved between flats in {pl} by older men and made to have sex with adults.
    Trafficking investigation.
neg 2 sexual_offences -
    {Vm} was sexually assaulted by {nmh} in the toilets of a pub in {pl}.
neg 1 sexual_offences -
    Rape. V and SUSP met for the first time at a party that evening; no prior relationship. V is {vf}, {age}.
neg 2 sexual_offences -
    {Vf} says {nm} touched her bum and tried to kiss her at a works do. She's never been with him.
# criminal damage and arson
neg 2 criminal_damage_arson -
    The neighbour's lad (15) threw a brick through {vf}'s front window after she complained about the noise.
neg 2 criminal_damage_arson -
    {Kid} smashed his bedroom door and the bathroom mirror in a temper. Mum wants help, not police.
neg 2 criminal_damage_arson -
    Her daughter's ex keyed {vf}'s car on the drive and snapped the aerial. Caught on a neighbour's camera.
neg 2 criminal_damage_arson -
    {Nlg}. V's car windscreen smashed after an argument about parking.
neg 2 criminal_damage_arson -
    Damage to the garden fence and plants at {vf}'s house. She thinks it was her flatmate's boyfriend after a
    falling out.
neg 1 criminal_damage_arson -
    Her 14-year-old set fire to the bin in his bedroom, curtains caught. Fire service attended, no one hurt.
# burglary
neg 2 burglary -
    Former lodger let himself in with an old key and took {vm}'s TV and laptop. No relationship beyond the
    tenancy.
neg 2 burglary -
    {Vf}'s sister's boyfriend climbed in through her back window while she was out and took her PlayStation and
    a bag of cash.
neg 1 burglary -
    {Vm}'s flatmate's mate came back after a party, let himself into {vm}'s locked room and took his wallet.
neg 2 burglary -
    Her best mate's other half broke into {vf}'s shed while she was on holiday and took her mower and tools.
    Caught on CCTV.
# robbery
neg 2 robbery -
    {Vf} worried her ex might turn up at the hospital. The robbery was by two lads on bikes who pulled her off
    her feet and took her bag on {st}.
neg 1 robbery -
    Her lodger pushed her against the wall and took her purse. {Vf} ({aged}) says he's just someone who rents a
    room.
neg 2 robbery -
    {Vm}'s sister's fella punched him and took his phone outside the pub in {pl}.
# other theft
neg 2 other_theft -
    {Vf}'s flatmate took {amt} from her room while she was away. They're not together, just share the rent.
neg 2 other_theft -
    Agency cleaner stole jewellery from V ({aged}) over several visits. Not a family member.
neg 1 other_theft -
    {Kid} took {amt} from her purse to buy vapes. Mum wants advice.
neg 2 other_theft -
    {Nf} borrowed {vf}'s good coat and never gave it back, and took {amt} from her bag.
# fraud and computer misuse
neg 2 fraud_computer_misuse online
    Romance fraud: {vf} ({aged}) sent {amt} to a man she had talked to for months on a dating site and never
    met. Account now deleted.
neg 2 fraud_computer_misuse online
    Her carer from the agency used {vf}'s card details to order things online. Agency informed.
neg 2 fraud_computer_misuse -
    {Vm}'s flatmate took out a phone contract in {vm}'s name. Not in a relationship, just share the flat.
neg 1 fraud_computer_misuse online
    Man she met on Facebook said he was a soldier overseas who needed money to fly home. {Vf} ({aged}) sent
    {amt}. They never met.
# homicide
neg 2 homicide knife_sharp_instrument
    Bereaved family referral. {Vf}'s son (19) was stabbed by a group of lads he didn't know in {pl}. Two charged
    with murder.
neg 1 homicide -
    Manslaughter: {vm}'s dad died after a single punch outside a pub in {pl}. The man who hit him was a
    stranger.
neg 1 homicide -
    Murder of a man (58) by his neighbour following a long-running dispute. Referral for his daughter {vf}.
neg 1 homicide -
    Homicide. Deceased was a taxi driver killed by a passenger in {pl}. His wife and children need support.
# public order
neg 2 public_order hate_crime
    Racially aggravated s4A: a man shouted racist abuse at {vf} in the queue at the post office in {pl}.
neg 2 public_order -
    Section 5: a man swore at and threatened {vm} in the car park. They don't know each other.
neg 1 public_order -
    {Nlg}. Shouting and swearing at V in the street, V distressed. Section 5.
# vehicle offences
neg 2 vehicle_offences -
    {Vf}'s car broken into on the drive, tools and a sat nav taken. Her daughter's ex was seen near the car.
neg 1 vehicle_offences -
    Car taken without consent by the lodger, found abandoned in {pl}. {Vm} rents him a room; no other
    connection.
# anti-social behaviour and other crime
neg 2 anti_social_behaviour -
    Noise from the couple next door arguing late at night. No violence heard and no crimes disclosed. {Vf} can't
    sleep.
neg 2 anti_social_behaviour -
    {Vf} says her daughter's ex keeps parking across her drive and revving his engine. No threats made, no crime
    disclosed.
neg 1 anti_social_behaviour -
    Her sister's boyfriend plays loud music in the flat above till 3am. No threats, no damage.
neg 1 other_crime -
    Animal welfare: {vf}'s flatmate's boyfriend starves his dog in the yard. RSPCA involved.
neg 1 vehicle_offences -
    Her mum was beaten by her dad for years when {vf} was growing up; that's not why she's ringing. Her car was
    broken into last night and her bag taken.
# ====== Ordinary volume crime, every other category, no domestic abuse
ord 1 homicide -
    Murder of V's brother in {pl}; suspects unknown, investigation ongoing. FLO in place.
ord 2 death_injury_driving -
    Causing death by dangerous driving: {vf}'s son was killed on the bypass near {pl} when a car fleeing police hit
    his motorbike.
ord 2 death_injury_driving -
    Cyclist {vm} seriously injured by a van driver who went through a red light in {pl}. Driver charged with
    causing serious injury by careless driving.
ord 2 death_injury_driving -
    Pedestrian (74) killed on a zebra crossing in {pl}; driver over the limit. Causing death by careless driving
    when unfit. Daughter needs support.
ord 2 death_injury_driving -
    RTC on the motorway near {pl}: V's dad killed by a lorry driver using his phone. Charged with causing death by
    dangerous driving.
ord 1 death_injury_driving -
    CAUSING SERIOUS INJURY BY DANGEROUS DRIVING. V (16) HIT BY A CAR DOING DOUGHNUTS IN A RETAIL PARK, {PL}.
    BROKEN PELVIS.
ord 2 death_injury_driving -
    death by careless driving, uninsured driver, V's husband killed on his way to work in {pl}. widow wants help
    with the inquest
ord 2 shoplifting -
    Co-op on {st} in {pl} reports the same male lifting meat and coffee twice a week. Staff fed up.
ord 2 shoplifting -
    Shoplifting at Boots, {pl}: two women took {amt} of perfume. Store manager wants support for staff.
ord 2 shoplifting -
    Shop theft from the Spar in {pl}: bottles of vodka taken by a man who walked straight out. CCTV available.
ord 1 shoplifting -
    Theft from shop: lad (17) took a games controller from Argos in {pl}, stopped by security.
ord 2 shoplifting -
    small business owner, {pl}: repeat shoplifting from her gift shop, about {amt} a month lost, wants to know
    what support there is
ord 1 shoplifting hate_crime
    Shoplifter at a corner shop in {pl} took crisps and drinks and called the owner a racist name on the way
    out.
ord 2 bicycle_theft -
    Bike stolen from outside {pl} station, lock broken. {Vm} uses it to get to work.
ord 2 bicycle_theft -
    {Vf}'s son's bike taken from the front garden in {pl} overnight.
ord 2 bicycle_theft -
    pedal cycle theft - carbon road bike taken from the rack outside the flats on {st}
ord 2 bicycle_theft -
    Bike nicked from outside the Tesco in {pl} while {vm} was inside for five minutes. Not locked.
ord 1 bicycle_theft -
    Theft of pedal cycle from the bike racks at the school in {pl}. Pupil's bike, parent reporting.
ord 2 vehicle_offences -
    Catalytic converter removed from {vm}'s Prius overnight on {st}, {pl}.
ord 2 vehicle_offences -
    Car stolen from {vf}'s drive in {pl} using a relay device; keys were in the house.
ord 2 vehicle_offences -
    Theft from motor vehicle: van broken into, tools worth {amt} taken. {Vm} is self-employed and can't work.
ord 2 vehicle_offences -
    Number plates stolen from {vf}'s car in the supermarket car park in {pl}.
ord 1 vehicle_offences -
    Aggravated vehicle taking: car stolen from {st} and crashed into a wall in {pl}; owner {vm} needs support.
ord 1 vehicle_offences -
    Interfering with vehicles: man seen trying car door handles along {st}, {pl}, in the early hours.
ord 2 theft_from_person -
    Purse taken from {vf}'s handbag on the bus into {pl}, she didn't feel a thing.
ord 2 theft_from_person -
    Phone snatched out of {vm}'s hand by a lad on a moped on {st}, no force used on him, no injury.
ord 2 theft_from_person -
    Pickpocketed at the Christmas market in {pl}; wallet taken from {vm}'s back pocket.
ord 1 theft_from_person -
    Theft from the person: {vf} ({aged}) had her purse lifted from her coat pocket at the market.
ord 2 other_theft -
    Theft of lead from the chapel roof in {pl}. Church warden reporting.
ord 2 other_theft -
    Garden ornaments and a pressure washer taken from {vf}'s front garden in {pl}.
ord 2 other_theft -
    Handbag stolen from the back of {vf}'s chair in a café in {pl} while she was ordering.
ord 2 other_theft -
    Parcel stolen from {vf}'s doorstep in {pl}, caught on her doorbell camera.
ord 2 other_theft -
    Theft by employee: till shortages at the café in {pl}, staff member admitted taking {amt}.
ord 1 other_theft -
    Blackmail: {vm} received a letter demanding {amt} or 'his family will hear about his debts'. Sender not
    known to him.
ord 2 other_theft -
    Made off without paying: two men filled up with {amt} of diesel at the garage in {pl} and drove off.
ord 2 robbery knife_sharp_instrument
    Robbed at knifepoint on {st}, {pl}: {vm}'s phone and trainers taken by two lads in balaclavas.
ord 2 robbery -
    {Vf} ({aged}) pushed to the ground and her handbag pulled off her arm outside the post office in {pl}.
ord 1 robbery -
    Business robbery: man threatened staff at the petrol station with what he said was a gun and took
    cigarettes.
ord 2 robbery knife_sharp_instrument
    Knifepoint robbery at the bookies in {pl}; cashier threatened with a blade and the till emptied. Staff
    member needs support.
ord 2 robbery -
    {Vm} ({age}) was punched and had his phone taken by a man he'd never seen before at the cash point on {st}.
ord 2 burglary -
    Burglary dwelling: back door forced at {vf}'s house in {pl} while the family were asleep; car keys and
    handbag taken.
ord 2 burglary -
    Shed and garage broken into at {vm}'s in {pl}, mountain bike and power tools taken.
ord 1 burglary -
    Business burglary at the community centre in {pl}; laptops and the tuck shop money taken.
ord 1 burglary -
    Aggravated burglary: two men forced their way into {vm}'s flat while he was out; a neighbour says one was
    carrying a knife. TV and cash taken.
ord 2 burglary -
    Distraction burglary: a man claiming to be from the water board got into the bungalow of V ({aged}) and took
    her purse.
ord 2 burglary -
    Burglary at {vf}'s house in {pl} while she was at her sister's. Entry via the kitchen window, jewellery and
    cash taken. No suspect.
ord 2 criminal_damage_arson -
    Graffiti sprayed across the front of the community centre in {pl}.
ord 2 criminal_damage_arson -
    {Vm}'s car set alight outside his house on {st} overnight. Fire service attended.
ord 2 criminal_damage_arson -
    Windows of the bus shelter and three cars smashed on {st}; {vf}'s car among them.
ord 1 criminal_damage_arson hate_crime
    Mosque windows in {pl} smashed overnight, anti-Muslim graffiti left on the wall.
ord 1 criminal_damage_arson hate_crime
    Swastika sprayed on the door of the synagogue in {pl} overnight. Community referral.
ord 2 criminal_damage_arson -
    Wheelie bins set alight behind the flats on {st} in {pl}. No one hurt.
ord 2 drug_offences -
    Drug dealing from the flat above {vf}'s in {pl}; people coming and going all night. No threats made to her.
ord 2 drug_offences -
    Cannabis farm found in the house next door to {vm} in {pl}; he's worried about reprisals for reporting.
ord 2 drug_offences -
    Possession with intent to supply: {vf}'s son (17) found with bags of cocaine at college. She wants family
    support.
ord 1 drug_offences -
    PWITS. Two males stopped in {pl} with a quantity of heroin and cash. Community impact referral.
ord 2 possession_of_weapons -
    Pupil (15) found with a lock knife in his bag at school in {pl}. No threats made. Parent asking for support.
ord 2 possession_of_weapons -
    Man stopped in {pl} town centre carrying a machete in his waistband. Arrested for possession.
ord 1 possession_of_weapons -
    Air rifle seized from a flat on {st} after neighbours saw it in the window. Possession of a firearm charged.
ord 1 possession_of_weapons -
    Knuckleduster and an extendable baton found in a car stopped in {pl}. Possession of offensive weapons.
ord 2 public_order hate_crime
    {Vf}, who wears a hijab, had anti-Muslim abuse shouted at her by a man on the train to {pl}.
ord 2 public_order -
    Drunk male shouting and swearing at staff in A&E, {pl}, causing distress to patients. Section 5.
ord 2 public_order hate_crime
    Transphobic abuse shouted at {vf}, a trans woman, outside a club in {pl}; she was scared she would be
    attacked.
ord 1 public_order hate_crime
    Disability hate: {vm}, a wheelchair user, was shouted at and mocked by a group of men outside the shops in
    {pl}.
ord 1 public_order -
    Affray outside the kebab shop on {st}; {vm} caught up in it but not hurt.
ord 1 public_order -
    Group of adults fighting in the street outside the Red Lion in {pl}, residents scared. Violent disorder.
ord 2 misc_crimes_against_society -
    Handling stolen goods: {vm} bought a phone cheap in a pub in {pl} and it turned out to be stolen; police
    seized it.
ord 2 misc_crimes_against_society -
    Dangerous driving: car mounted the pavement on {st} and narrowly missed {vf} and her pram. No injuries.
ord 2 misc_crimes_against_society -
    Threat to commit criminal damage: {nmh} said he would smash {vm}'s van up after a parking row. Nothing
    damaged yet.
ord 1 misc_crimes_against_society -
    Bail breach: man on bail for burglary seen in the victim's street in {pl}. {Vf} is scared.
ord 1 misc_crimes_against_society -
    Perjury: a witness lied under oath at {vm}'s trial in {pl}. CPS reviewing.
ord 2 other_crime -
    Animal welfare offence: neighbour beating his own dog in the yard, RSPCA prosecuting. {Vf} witnessed it and
    is upset.
ord 2 other_crime -
    Fly-tipping of asbestos sheets behind {vm}'s unit in {pl}; council enforcement involved.
ord 2 other_crime -
    Crime reported but no details on the referral. {Vf} asked for a call back on her mobile after 5.
ord 1 other_crime -
    Wildlife crime: badger sett dug out on farmland near {pl}; landowner referring.
ord 2 fraud_computer_misuse online
    Phishing email pretending to be from HMRC; {vm} entered his bank details and lost {amt}.
ord 2 fraud_computer_misuse -
    Bogus roofer quoted {vf} ({aged}) for work, took {amt} up front and never came back.
ord 2 fraud_computer_misuse online
    Bought concert tickets on a website that turned out to be fake, {amt} gone. {Vf} in {pl}.
ord 2 fraud_computer_misuse online
    {Vm}'s Facebook account hacked and used to ask his friends for money.
ord 1 fraud_computer_misuse -
    Vishing: caller claiming to be from the bank talked {vf} into moving {amt} to a 'safe account'.
ord 2 fraud_computer_misuse -
    Courier fraud: {vf} ({aged}) handed her bank card to a 'police officer' at her door after a phone call.
    {amt} withdrawn.
ord 2 fraud_computer_misuse online
    Paid {amt} for a car advertised on Facebook Marketplace by a seller in {pl}; the car didn't exist.
ord 2 fraud_computer_misuse online
    Investment scam through an advert on Facebook, {vm} lost {amt} on a fake crypto platform.
ord 2 anti_social_behaviour -
    Nuisance neighbours on {st}, {pl}: loud music every night until 3am. No threats or damage.
ord 2 anti_social_behaviour -
    Youths gathering in the bus shelter in {pl}, shouting and leaving litter. {Vf} feels intimidated but no
    crime disclosed.
ord 1 anti_social_behaviour -
    neighbours kids kicking a ball against {vm}'s wall all day, nothing damaged, just wants it to stop
ord 1 anti_social_behaviour -
    Complaint about a neighbour's bonfires and the smoke. No offences.
ord 2 anti_social_behaviour -
    Youths on bikes riding round the green in {pl} shouting. No damage, no threats.
ord 2 violence_with_injury hate_crime
    {Vm} punched in the face by a stranger who shouted racist abuse at him outside the station in {pl}. Broken
    nose.
ord 2 violence_with_injury hate_crime
    {Vm} attacked by two men shouting homophobic abuse as he left a bar in {pl}. Fractured eye socket.
ord 2 violence_with_injury -
    {Vm} ({age}) jumped by a group of lads he didn't know on the way home from the match. Broken ribs.
ord 2 violence_without_injury -
    Bus driver spat at by a passenger in {pl}, no injury. Wants support.
ord 2 violence_without_injury hate_crime
    {Vm} pushed and called a racist name by a man in the queue at the chip shop in {pl}. No injury.
ord 2 violence_without_injury modern_slavery
    Nail bar workers in {pl} found living above the shop, not paid, documents held by the owner. NRM referral
    made.
ord 1 violence_without_injury modern_slavery
    Man (34) forced to work on a block-paving crew for food and a caravan bed for two years, near {pl}. Modern
    slavery.
ord 2 violence_without_injury modern_slavery
    Car wash workers found sleeping in a shipping container behind the site in {pl}; wages kept by the boss,
    passports held. NRM referral.
ord 1 violence_without_injury -
    Child abduction attempt: man tried to get a girl (10) into his van outside the school in {pl}. She ran.
ord 1 violence_without_injury -
    Threats to kill: a man rang {vm} and said he would come round and kill him with a knife over money owed. No
    contact since.
ord 1 sexual_offences online;child_sexual_abuse_exploitation
    Boy (14) persuaded to send images to someone he met on a gaming chat, then blackmailed for more.
ord 1 sexual_offences child_sexual_abuse_exploitation
    Teacher arrested for sexual activity with a pupil (15) at a school in {pl}. Parents need support.
# ====== Further notes: very short and very long ones, more voices
# domestic abuse
da 1 violence_with_injury domestic_abuse
    OH hit her again. Cut lip.
da 1 criminal_damage_arson domestic_abuse
    Kids' dad smashed her phone again.
da 1 other_theft domestic_abuse
    Grandson (19) took her pension money.
da 1 violence_without_injury domestic_abuse
    Baby father threatening to kill her, texts.
da 2 sexual_offences domestic_abuse;child_sexual_abuse_exploitation
    V (16) raped by the lad she's been seeing (18) at a party in {pl}. She has told her mum.
da 1 stalking_harassment domestic_abuse
    he monitors everything, my money, where I go, who I ring, and if I'm five minutes late back from the shop he
    goes silent for days and then it's the shouting and the door slamming and the telling me I'm thick and no
    one would believe me, and I've started to believe it, we've got a mortgage together and two little ones and
    I don't know where I'd even go, my sister says I should ring you so I am. {vf}, {pl}
da 1 violence_with_injury domestic_abuse
    Referral from {pl} Women's Aid outreach. {Vf} ({age}) attended with bruising around both eyes and a healing
    cut to her lip which she says happened when the father of her youngest threw her against the radiator during
    an argument about whether she could go to her cousin's hen do. She has been with him on and off since she
    was eighteen. No previous reports to police. She has agreed to a DASH, which came out at 16 ticks, and she
    wants to talk about a refuge space outside the area. Please contact by text first.
da 1 stalking_harassment domestic_abuse;online
    {Vm} is a 40-year-old man who rang the helpline twice before he gave his name. The woman he moved in with
    two years ago reads his WhatsApps, has changed the passwords on his email and Facebook so he can't get in,
    and sends him dozens of messages when he is at work asking who he's with. He says he is embarrassed to be
    ringing and doesn't want police, just someone to talk to.
da 2 violence_with_injury domestic_abuse
    Police log: V ({age}) punched and kicked by SUSP in the street in {pl}. Facial swelling, graze to knee. SUSP
    and V have a child together, aged 2. DASH standard.
da 2 stalking_harassment domestic_abuse
    Coercive control crimed. Relationship between V and SUSP: married 9 yrs, separated {mon}. SUSP dictated V's
    clothes, food and contact with friends throughout.
da 2 violence_without_injury domestic_abuse
    Atgyfeiriad gan yr heddlu / police referral. {Vf}, {age}: her stepdad pushed her into the kitchen units
    during a row, no injury. Wants contact in Welsh.
da 1 other_theft domestic_abuse
    Nain ({aged}) says her son-in-law took {amt} in cash from the savings tin in her bedroom.
da 2 criminal_damage_arson domestic_abuse
    V's vehicle damaged: wing mirrors snapped, wipers bent. Offender identified as V's former fiancé via
    doorbell footage. {pl}.
da 1 violence_with_injury domestic_abuse;knife_sharp_instrument
    Her son (29) cut her hand with a Stanley knife when she tried to take it off him. Stitches, {pl} A&E.
da 1 sexual_offences domestic_abuse
    ISVA: V was sexually assaulted by her brother-in-law, who lives with them, while her husband was on nights.
# hard negatives
neg 1 violence_without_injury -
    Punched by flatmate, no injury. Not DA.
neg 2 violence_with_injury -
    {Vm}'s daughter's boyfriend (22) punched him when he told him to leave the house, cut lip.
neg 2 violence_with_injury -
    Grandson (14) pushed {vf} ({aged}) over when she took his phone. Bruised hip.
neg 2 stalking_harassment -
    V (14) and her boyfriend (17): he checks her phone, tells her who she can see and turns up at her school in
    {pl}. Mum very worried.
neg 2 sexual_offences child_sexual_abuse_exploitation
    Sexual activity with a child: V (15) and her boyfriend (19). Her mum found out and reported it in {pl}.
neg 1 sexual_offences child_sexual_abuse_exploitation
    V (52) reports her older brother sexually abused her when she was 10 to 12 and he was 15.
neg 1 violence_with_injury -
    V ({age38}) says her mum broke her arm when she was 8 and told the hospital she fell. She wants to report it
    now.
neg 2 burglary -
    {Vf} is worried her baby father might find out she reported it. The burglary itself was by two men she
    didn't know, who took her TV and laptop from the house in {pl}.
neg 1 stalking_harassment -
    {Vf}'s late mum went through years of abuse from {vf}'s dad. That's in the past; the harassment now is from
    a neighbour who shouts at her and bangs on her walls.
neg 1 violence_without_injury -
    No DVPN as not a domestic - flatmates. {Vm} kicked in the shin, no injury.
neg 2 other_theft -
    Her son's girlfriend took {amt} from {vf}'s purse while staying over.
neg 2 criminal_damage_arson -
    {Vm}'s daughter's boyfriend smashed the rear window of his car after being told to leave.
neg 2 violence_without_injury -
    First date: he grabbed {vf}'s wrist and wouldn't let her out of his car for ten minutes. No injury. Never
    seen him again.
neg 2 stalking_harassment online
    Her friend's husband has been sending {vf} sexual messages on Instagram. She has never been involved with
    him.
neg 1 vehicle_offences -
    Her son (15) took her car keys and drove the car into a wall in {pl}. Aggravated vehicle taking.
neg 1 sexual_offences -
    Stranger rape in a park in {pl}. No DA history, SUSP not known to V.
neg 1 other_theft -
    SUSP is V's former landlord: kept her furniture and her TV when she moved out. {Vf} wants them back.
neg 2 violence_with_injury -
    Care worker {vf} punched by the man she cares for during a home visit, bruised cheek.
neg 2 sexual_offences -
    {Vf} sexually assaulted by her brother's mate while he stayed over after a party in {pl}.
neg 2 stalking_harassment online
    Colleague sending {vf} dozens of WhatsApps a day and waiting by her car after shifts. No relationship.
neg 2 violence_without_injury -
    {Vm}'s ex-wife's new husband threatened to kill him at the school gates in {pl}.
neg 2 violence_without_injury -
    Her kids' dad's new girlfriend slapped {vf} at the school gates. No injury.
neg 1 other_theft -
    Her cousin's fella took {vf}'s gold chain from the bathroom when they came for tea.
neg 1 violence_without_injury -
    Brother (14) hit his sister (12) with a controller, no injury. Mum wants advice.
neg 1 violence_with_injury -
    Stepdad assaulted stepson (15), bruised face. School reported it.
neg 1 violence_with_injury -
    Mum slapped her daughter (13) leaving a bruise, daughter disclosed at school in {pl}.
neg 2 public_order -
    {Vf}'s neighbour's husband keeps shouting abuse at her over the fence. Section 5 crimed.
neg 2 violence_with_injury -
    V states SUSP is not her partner and never has been, just a friend who stays over sometimes. Punched in the
    face, black eye. {pl}.
neg 1 stalking_harassment -
    SUSP denies any relationship with V and V agrees they've never been together. He follows her from the bus
    stop to her house most mornings.
neg 2 violence_with_injury -
    Her best mate punched {vf} on a night out in {pl}, chipped tooth.
neg 1 violence_with_injury -
    Her flatmate's girlfriend punched {vf} in the hallway, swollen eye.
neg 1 sexual_offences -
    Lodger sexually assaulted {vf} in the kitchen. He rents the back room, nothing else between them.
neg 1 criminal_damage_arson -
    The woman her ex is now with scratched {vf}'s car with a key in the Asda car park.
neg 1 stalking_harassment -
    she said it's nothing to do with her old fella, she's been on her own since 2019, it's the lad from the flat
    below who keeps knocking at all hours and shouting through the door and last week he kicked her door and
    cracked the panel and she's scared stiff and wants to move, he's not someone she's ever been with
neg 1 violence_with_injury -
    DASH not completed: V and SUSP are not and never have been in a relationship and are not related; they are
    neighbours. V was hit with a spade, cut to the head requiring glue.
neg 1 violence_without_injury -
    {Vm}'s sister (13) punched him in the arm during a fight over the telly, no injury. He's 11.
neg 2 other_theft -
    Mam-gu ({aged}) says the lad who does her garden took {amt} from the drawer. Not family.
neg 1 violence_without_injury -
    Threatened by a man from the pub who said he'd kill her. {Vf} says he's nothing to her.
neg 2 fraud_computer_misuse online
    Agency carer used V's online banking to transfer {amt} to herself. V is {aged}, lives in {pl}.
neg 1 violence_without_injury -
    If her ex makes contact, officer to consider DASH. Today's incident: {vf} was shoved on the bus by a
    stranger, no injury.
neg 2 violence_without_injury -
    V (19) slapped on the doorstep by her boyfriend's mum after an argument about a party in {pl}. No
    injury.
neg 1 criminal_damage_arson -
    Her son's ex-girlfriend smashed both headlights on {vf}'s car outside her house in {pl}.
neg 1 fraud_computer_misuse online
    {Vm}'s flatmate's girlfriend took his bank card details and used them to shop online. Not in a relationship
    with either of them.
neg 1 stalking_harassment -
    Harassment: her neighbour's adult son keeps following {vf} to the shops and shouting comments at her.
neg 2 stalking_harassment online
    my mates bf keeps messagin me on snap sayin horrible stuff about me, never been with him, {vf} {pl}
neg 1 violence_with_injury -
    ASSAULT ON V BY FLATMATE. NOT IN A RELATIONSHIP, NOT RELATED. BRUISING TO LEFT ARM. {PL}.
neg 1 violence_without_injury -
    wee note: {vf} says her pal's man grabbed her arm at a party and wouldnae let go, nae marks
neg 1 other_theft -
    V fears the father of her children will react badly when he hears she's moving away. Today's matter: her
    handbag was taken from her trolley in the supermarket in {pl}.
neg 1 violence_without_injury -
    {Vm}'s brother was in an abusive relationship that ended in 2019. Separately, a man at {vm}'s work has
    threatened to kill him to his face.
neg 1 violence_without_injury -
    Her neighbour's adult daughter spat at {vf} over the garden wall. No injury.
neg 1 fraud_computer_misuse -
    Her late husband's best friend talked {vf} ({aged}) into lending him {amt} for a business that never
    existed.
# ordinary volume crime
ord 2 violence_with_injury knife_sharp_instrument
    Glassed in the face with a broken bottle outside a pub in {pl}, {vm} needed 20 stitches. Suspect unknown.
ord 2 violence_with_injury -
    s20 GBH: {vm} knocked out by a single punch in a taxi queue in {pl}, fractured skull. Not known to each
    other.
ord 2 violence_with_injury -
    Fight after the match in {pl}; {vm} kicked on the ground, bruising and a cut to the head.
ord 2 violence_with_injury -
    Assault on a nurse at {pl} hospital: bitten on the arm, skin broken.
ord 2 violence_with_injury knife_sharp_instrument
    Stabbed outside a club in {pl}, not known to each other. {Vm} in surgery.
ord 1 violence_with_injury -
    Jumped outside the chippy, nose broken, no reason given.
ord 1 violence_with_injury -
    Door staff assaulted {vm} outside a bar in {pl}, dislocated shoulder.
ord 2 violence_without_injury -
    PC assaulted during an arrest in {pl}, kicked in the leg, no injury.
ord 2 violence_without_injury -
    Shop worker {vf} pushed by a customer over a refund in {pl}, no injury.
ord 1 violence_without_injury -
    Neighbour threatened to kill {vm} over the bins, said it to his face.
ord 1 violence_without_injury -
    Child cruelty: a 2-year-old left in a cot all day in {pl}, health visitor concern.
ord 2 stalking_harassment online
    Former employee posting fake reviews and threats about {vf}'s café on Google and Facebook.
ord 2 stalking_harassment -
    {Vf} getting silent calls and texts from an unknown number since she started the new job in {pl}.
ord 2 stalking_harassment -
    Stalking: a customer follows {vf} from the bank where she works in {pl} to her bus stop.
ord 1 stalking_harassment online
    Someone has made a fake Instagram account in {vm}'s name and is messaging his contacts abuse.
ord 2 stalking_harassment hate_crime;online
    Transphobic messages sent to {vf} on TikTok daily from the same account.
ord 2 sexual_offences -
    Sexual assault on a train to {pl}: a man rubbed himself against {vf}. BTP investigating.
ord 2 sexual_offences -
    Upskirting in a shopping centre in {pl}: a man filmed under {vf}'s skirt on his phone.
ord 2 sexual_offences -
    Drink spiked and {vf} sexually assaulted at a club in {pl}. SARC attended.
ord 2 robbery -
    Three youths punched {vm} on {st} and took his phone and wallet.
ord 1 robbery -
    Mugged on {st}, bag wrenched off her.
ord 2 burglary -
    Garage on {st} broken into, two mountain bikes taken.
ord 1 burglary -
    Burglary at the cricket club in {pl}, bar takings gone.
ord 2 burglary -
    Burglars came in through an unlocked back door while {vf} was asleep upstairs; handbag and car keys taken.
ord 1 burglary -
    Shed burgled overnight, strimmer gone. {pl}
ord 2 vehicle_offences -
    Keyless car theft from {vm}'s drive on {st}, {pl}. Car not recovered.
ord 1 vehicle_offences -
    Car broken into, laptop taken.
ord 2 theft_from_person -
    Purse dipped on the bus into {pl}.
ord 2 theft_from_person -
    Phone taken from {vm}'s back pocket in a crowded bar in {pl}.
ord 2 shoplifting -
    Repeat shoplifter at the Farmfoods in {pl}, about {amt} of goods this month.
ord 1 shoplifting -
    Teenagers stealing sweets from the newsagent on {st} most days.
ord 2 shoplifting -
    Self-checkout theft at Sainsbury's in {pl}: items not scanned, {amt}.
ord 2 bicycle_theft -
    Kids' bikes taken from the front of {vf}'s house in {pl}.
ord 1 bicycle_theft -
    Bike stolen, was locked at the station.
ord 2 other_theft -
    Theft of diesel from a farm tank near {pl}.
ord 2 other_theft -
    {Vm} left his wallet on a pub table in {pl}, gone when he came back.
ord 1 other_theft -
    Dog stolen from {vf}'s back garden in {pl}.
ord 2 criminal_damage_arson -
    Tyres let down and a wing mirror smashed on {vm}'s car on {st}.
ord 1 criminal_damage_arson -
    Kids threw stones at the school windows in {pl}, three panes broken.
ord 1 criminal_damage_arson -
    Arson at a derelict pub in {pl}.
ord 1 criminal_damage_arson hate_crime
    Racist graffiti on V's front door.
ord 2 drug_offences -
    Dealing from a car parked on {st}, {pl}; residents referral, no threats.
ord 1 drug_offences -
    Possession of cannabis: {vm}'s son (19) caught at a festival. Family referral.
ord 2 possession_of_weapons -
    Lad seen carrying a zombie knife on {st}, stopped and arrested. No one threatened.
ord 1 possession_of_weapons -
    Handgun found in a garden hedge in {pl}; possession of a firearm investigation.
ord 2 public_order hate_crime
    Racist chanting at a football match in {pl}, {vm} targeted from the stand.
ord 2 public_order -
    Man shouting and threatening people at a bus stop in {pl}. Section 4.
ord 1 misc_crimes_against_society -
    Stolen bikes found in a lock-up in {pl}; handling stolen goods.
ord 2 misc_crimes_against_society -
    Dangerous driving: a car chase through {pl} town centre, {vf} had to jump out of the way.
ord 1 misc_crimes_against_society -
    Defendant in {vm}'s case failed to surrender to bail at {pl} Crown Court; {vm} anxious.
ord 1 misc_crimes_against_society -
    Perverting the course of justice: a friend gave the driver a false alibi after the crash.
ord 1 other_crime -
    Dog fighting ring found in a barn near {pl}. RSPCA leading.
ord 1 other_crime -
    Hare coursing on farmland near {pl}; farmer referring.
ord 2 other_crime -
    Crime number given, no offence type on the referral. {Vm} wants a call.
ord 1 fraud_computer_misuse -
    Someone used {vf}'s details to claim benefits in {pl}. DWP aware.
ord 2 fraud_computer_misuse -
    Card cloned at a cashpoint in {pl}; {amt} taken from {vm}'s account.
ord 2 fraud_computer_misuse online
    Online shopping fraud: {vf} paid {amt} on a fake website for a sofa that never came.
ord 1 fraud_computer_misuse online
    Business email hacked and used to send fake invoices; {amt} lost.
ord 1 fraud_computer_misuse -
    Rogue trader charged {vf} ({aged}) {amt} to re-lay her drive and did nothing.
ord 2 anti_social_behaviour -
    Motorbikes racing on the field behind {st}, {pl}, every night.
ord 1 anti_social_behaviour -
    Neighbour's CCTV pointing into {vf}'s garden. No offences disclosed.
ord 1 anti_social_behaviour -
    Drunks on the bench outside the shops in {pl} shouting at each other. No crime disclosed.
ord 2 death_injury_driving -
    Serious injury by careless driving: {vf} hit on a crossing in {pl} by a learner driver, broken leg.
ord 1 death_injury_driving -
    Death by dangerous driving on the A470, two teenagers killed; father of one needs support.
ord 1 homicide -
    Bereaved: {vf}'s brother killed in a fight outside a pub in {pl}. Suspect not known to him.
"""


def parse_pools(text):
    """Parse POOLS_TEXT into {name: [values]} (lists, in written order), plus the numeric pools."""
    joined = {}
    order = []
    current = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(" "):
            joined[current] += " " + line.strip()
            continue
        current, _, rest = line.partition(":")
        order.append(current)
        joined[current] = rest.strip()
    pools = {name: [v.strip() for v in joined[name].split("|")] for name in order}
    for name, (low, high) in NUMERIC_POOLS.items():
        pools[name] = [str(n) for n in range(low, high + 1)]
    return pools


def parse_templates(text):
    """Parse TEMPLATES_TEXT into a list of (group, count, category, flags, text) tuples, checking labels."""
    templates = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(" "):
            group, count, category, flags, body = templates[-1]
            templates[-1] = (group, count, category, flags, (body + " " + line.strip()).strip())
            continue
        group, count, category, flags = line.split()
        flags = "" if flags == "-" else flags
        if group not in GROUPS or category not in CATEGORIES:
            raise ValueError(f"bad template header: {line}")
        codes = flags.split(";") if flags else []
        if any(code not in FLAG_ORDER for code in codes) or ("domestic_abuse" in codes) != (group == "da"):
            raise ValueError(f"bad template flags: {line}")
        flags = ";".join(code for code in FLAG_ORDER if code in codes)
        templates.append((group, int(count), category, flags, ""))
    return templates


POOLS = parse_pools(POOLS_TEXT)
TEMPLATES = parse_templates(TEMPLATES_TEXT)


class Slots(dict):
    """format_map helper: draws each slot once per note from POOLS, varying case by how the key is written."""

    def __init__(self, rng):
        super().__init__()
        self.rng = rng

    def __missing__(self, key):
        base = key.lower()
        if base not in POOLS:
            raise KeyError(key)
        if base not in self:
            dict.__setitem__(self, base, self.rng.choice(POOLS[base]))
        value = dict.__getitem__(self, base)
        if key == base:
            return value
        if key == key.upper():
            return value.upper()
        return value[0].upper() + value[1:]


def build(rng):
    """Render every template `count` times with distinct texts, then shuffle. Returns (text, cat, flags, group)."""
    rows = []
    seen = set()
    for group, count, category, flags, body in TEMPLATES:
        made = 0
        for _ in range(ROUNDS_PER_TEMPLATE):
            if made == count:
                break
            note = body.format_map(Slots(rng))
            if note in seen:
                continue
            seen.add(note)
            rows.append((note, category, flags, group))
            made += 1
        if made < count:
            raise RuntimeError(f"could not render {count} distinct notes from: {body[:60]}")
    rng.shuffle(rows)
    return rows


def main():
    rows = build(random.Random(SEED))
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "text", "category", "flags"])
        for number, (note, category, flags, _group) in enumerate(rows, start=1):
            writer.writerow([f"B22-{number:04d}", note, category, flags])
    print(f"wrote {len(rows)} rows to {OUT_PATH}")


if __name__ == "__main__":
    main()
