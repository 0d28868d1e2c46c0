"""Write the third blind test set of offence titles (England and Wales).

The titles were written by hand, without reference to the classifier, its
rules, tests or models, and labelled from /work/shared/TAXONOMY.md only.
See BLIND_TITLES3.md for how the set was made and the borderline decisions.

Run:  python3 benchmarks/make_blind_titles3.py
Output: benchmarks/data/offence_titles_blind3.csv (columns title,category).
The output is deterministic: the rows are written in the order listed here.
"""

import csv
from pathlib import Path

OUT_PATH = Path(__file__).resolve().parent / "data" / "offence_titles_blind3.csv"

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

TITLES = {
    "homicide": [
        "Murder contrary to common law",
        "MURDER (COMMON LAW) - STABBING",
        "Manslaughter by gross negligence",
        "Manslaughter - unlawful act (single punch)",
        "Corporate manslaughter contrary to section 1 of the Corporate Manslaughter and Corporate Homicide Act 2007",
        "Infanticide contrary to section 1(1) of the Infanticide Act 1938",
        "Aid, abet, counsel or procure murder",
        "Manslaughter by reason of diminished responsibility (s2 Homicide Act 1957)",
        "Voluntary manslaughter - loss of control (s54 Coroners and Justice Act 2009)",
    ],
    "death_injury_driving": [
        "Causing death by dangerous driving contrary to section 1 of the Road Traffic Act 1988",
        "Cause death by careless / inconsiderate driving",
        "CAUSE DEATH BY CARELESS DRIVING WHEN UND",
        "Causing death by driving: unlicensed, disqualified or uninsured drivers",
        "Causing serious injury by dangerous driving contrary to section 1A of the Road Traffic Act 1988",
        "Causing serious injury by careless, or inconsiderate, driving contrary to section 2C of the Road Traffic Act 1988",
        "Causing serious injury by driving while disqualified (s3ZD Road Traffic Act 1988)",
        "Aggravated vehicle taking where, owing to the driving of the vehicle, an accident occurred causing the death of a person",
        "Cause death by careless driving then fail to provide a specimen for analysis",
        "4/4 Causing death by dangerous driving",
    ],
    "violence_with_injury": [
        "Attempt to murder contrary to section 1(1) of the Criminal Attempts Act 1981",
        "Wounding with intent to do grievous bodily harm contrary to section 18 of the Offences Against the Person Act 1861",
        "GBH WITH INTENT - S18 OAPA 1861",
        "WOUNDING/INFLICTING GRIEVOUS BODILY HARM",
        "Assault occasioning actual bodily harm",
        "ASSAULT OCC ABH (DOMESTIC)",
        "Assault occasioning actual bodily harm on an emergency worker",
        "Racially aggravated assault occasioning actual bodily harm contrary to section 29(1)(b) of the Crime and Disorder Act 1998",
        "Administering poison so as to endanger life or inflict grievous bodily harm (s23 OAPA 1861)",
        "Throwing corrosive fluid on a person with intent to do grievous bodily harm (s29 OAPA 1861)",
    ],
    "violence_without_injury": [
        "Common assault of an emergency worker contrary to section 1 of the Assaults on Emergency Workers (Offences) Act 2018",
        "Racially aggravated common assault contrary to section 29(1)(c) of the Crime and Disorder Act 1998",
        "RACIALLY/RELIGIOUSLY AGGRAVATED COMMON A",
        "Assault a constable in the execution of his/her duty (s89(1) Police Act 1996)",
        "105A Assault without injury",
        "Threats to kill contrary to section 16 of the Offences Against the Person Act 1861",
        "THREATS TO KILL - ONLINE (SOCIAL MEDIA)",
        "Cruelty to a child under 16 - wilful assault, ill-treatment, neglect, abandonment or exposure (s1 Children and Young Persons Act 1933)",
        "Child abduction by person connected with child (s1 Child Abduction Act 1984)",
        "Hold a person in slavery or servitude contrary to section 1(1)(a) of the Modern Slavery Act 2015",
        "Arrange or facilitate travel of another person with a view to exploitation - forced labour (s2 Modern Slavery Act 2015)",
        "MODERN SLAVERY - CRIMINAL EXPLOITATION (COUNTY LINES)",
    ],
    "stalking_harassment": [
        "Putting people in fear of violence by a course of conduct contrary to section 4(1) of the Protection from Harassment Act 1997",
        "Harassment without violence (s2 Protection from Harassment Act 1997)",
        "Stalking involving fear of violence or serious alarm or distress contrary to section 4A(1)(a) of the Protection from Harassment Act 1997",
        "STALKING - S2A PROTECTION FROM HARASSMENT ACT 1997",
        "Racially aggravated harassment contrary to section 32(1)(a) of the Crime and Disorder Act 1998",
        "Religiously aggravated putting people in fear of violence (s32(1)(b) CDA 1998)",
        "Send letter / communication / article conveying a threatening message (Malicious Communications Act 1988 s1)",
        "Sending by means of a public electronic communications network a message that is grossly offensive contrary to section 127(1)(a) of the Communications Act 2003",
        "Engage in controlling / coercive behaviour in an intimate / family relationship contrary to section 76 of the Serious Crime Act 2015",
        "ENGAGE IN CONTROLLING/COERCIVE BEHAVIOUR",
        "MALICIOUS COMMS - ONLINE/SOCIAL MEDIA",
    ],
    "sexual_offences": [
        "Rape of a woman 16 years of age or over contrary to section 1(1) of the Sexual Offences Act 2003",
        "RAPE OF A MALE AGED UNDER 16",
        "Attempted rape of a female aged 16 or over",
        "Assault by penetration contrary to section 2(1) of the Sexual Offences Act 2003",
        "SEXUAL ASSAULT ON A FEMALE AGED 13 OR OV",
        "Sexual activity with a child under 16 - penetration (s9 Sexual Offences Act 2003)",
        "Engage in sexual communication with a child contrary to section 15A of the Sexual Offences Act 2003",
        "Meeting a child following sexual grooming etc. (s15 SOA 2003)",
        "Exposure contrary to section 66 of the Sexual Offences Act 2003",
        "Voyeurism - operating equipment beneath clothing without consent (upskirting) contrary to section 67A of the Sexual Offences Act 2003",
        "Sending a photograph or film of genitals to cause alarm, distress or humiliation (cyberflashing) contrary to section 66A of the Sexual Offences Act 2003",
        "Trespass with intent to commit a sexual offence (s63 SOA 2003)",
    ],
    "robbery": [
        "Robbery contrary to section 8(1) of the Theft Act 1968",
        "34B Robbery of personal property",
        "ROBBERY OF BUSINESS PROPERTY - CONVENIENCE STORE",
        "Assault with intent to rob contrary to section 8(2) of the Theft Act 1968",
        "Attempted robbery of a mobile phone",
        "Conspiracy to rob",
        "ROBBERY - PERSONAL - AT KNIFEPOINT",
        "Street robbery - handbag taken with force used on victim",
        "Carjacking - robbery of a motor vehicle from its driver",
    ],
    "burglary": [
        "Burglary - dwelling - enter as a trespasser and steal contrary to section 9(1)(b) of the Theft Act 1968",
        "Burglary other than a dwelling - theft",
        "Burglary - business and community",
        "Aggravated burglary contrary to section 10(1) of the Theft Act 1968",
        "29 Aggravated burglary in a dwelling",
        "Attempted burglary dwelling with intent to steal",
        "Distraction burglary - residential (bogus official)",
        "Burglary residential - unconnected building (shed / garage)",
        "Burglary with intent to inflict grievous bodily harm (s9(1)(a) Theft Act 1968)",
        "BURG OTD - COMMERCIAL PREMISES",
    ],
    "vehicle_offences": [
        "THEFT OR UNAUTHORISED TAKING OF MOTOR VE",
        "Taking a conveyance without the owner's consent (s12(1) Theft Act 1968)",
        "Aggravated vehicle taking - dangerous driving (s12A Theft Act 1968)",
        "AGG VEH TAKING - DAMAGE UNDER £5000",
        "Theft from a motor vehicle",
        "THEFT FROM MV - CATALYTIC CONVERTER",
        "Interfering with a motor vehicle contrary to section 9(1) of the Criminal Attempts Act 1981",
        "Allowing oneself to be carried in a conveyance taken without consent",
        "Attempted theft of a motor vehicle - keyless relay",
        "Vehicle crime",
    ],
    "theft_from_person": [
        "Theft from the person of another contrary to section 1(1) of the Theft Act 1968",
        "Stealing from the person - pickpocket",
        "THEFT FROM PERSON - SNATCH (NO FORCE)",
        "Theft from the person - mobile phone snatched from hand without force",
        "Attempted theft from the person",
        "Theft from person - purse taken from handbag (dipping)",
        "39 Theft from the person",
        "Pickpocketing on public transport",
        "Theft from the person - phone snatched by moped rider, no force used on victim",
    ],
    "bicycle_theft": [
        "Theft of a pedal cycle",
        "Taking a pedal cycle without consent (s12(5) Theft Act 1968)",
        "THEFT OF PEDAL CYCLE - D-LOCK CUT",
        "Bicycle theft",
        "Theft of an electrically assisted pedal cycle (e-bike)",
        "Attempted theft of a pedal cycle",
        "44 Theft or unauthorised taking of a pedal cycle",
        "Pedal cycle stolen from outside railway station",
    ],
    "shoplifting": [
        "Theft from a shop",
        "Theft - shoplifting contrary to section 1(1) of the Theft Act 1968",
        "Low-value shoplifting (value not exceeding £200) - s22A Magistrates' Courts Act 1980",
        "THEFT FROM SHOP/STALL - ALCOHOL",
        "Attempted theft from a shop",
        "46 Shoplifting",
        "Theft from a supermarket - items not scanned at self-service till",
        "Theft from shop - organised retail crime (repeat offender)",
    ],
    "other_theft": [
        "Theft by an employee",
        "Theft of mail",
        "Making off without payment contrary to section 3 of the Theft Act 1978",
        "MAKING OFF WITHOUT PAYMENT - FUEL DRIVE OFF",
        "Blackmail contrary to section 21 of the Theft Act 1968",
        "Blackmail - sextortion via social media (adult victim)",
        "Dishonestly using electricity without due authority (s13 Theft Act 1968)",
        "Theft in a dwelling other than from an automatic machine or meter",
        "Theft in a dwelling by a carer",
        "Removal of articles from places open to the public (s11 Theft Act 1968)",
        "Other theft",
    ],
    "criminal_damage_arson": [
        "Criminal damage to property valued under £5,000 contrary to section 1(1) of the Criminal Damage Act 1971",
        "Arson endangering life contrary to section 1(2) and (3) of the Criminal Damage Act 1971",
        "56B Arson not endangering life",
        "Attempted arson of a dwelling",
        "CRIM DAMAGE TO VEHICLE - KEYED PAINTWORK",
        "Criminal damage to a building other than a dwelling",
        "Racially aggravated criminal damage contrary to section 30(1) of the Crime and Disorder Act 1998",
        "Religiously aggravated criminal damage - mosque",
        "Destroy or damage property being reckless as to whether life would be endangered (s1(2) Criminal Damage Act 1971)",
        "Graffiti on a bus shelter - criminal damage (other)",
        "Criminal damage and arson",
    ],
    "drug_offences": [
        "Possession of a controlled drug of Class A - cocaine contrary to section 5(2) of the Misuse of Drugs Act 1971",
        "Possession of a controlled drug of Class B - cannabis",
        "POSS W/I SUPPLY CLASS A - DIAMORPHINE",
        "Supplying a controlled drug of Class A - crack cocaine (s4(3)(a))",
        "Being concerned in the supply of a controlled drug of Class A - heroin contrary to section 4(3)(b) of the Misuse of Drugs Act 1971",
        "Supply of a controlled drug of Class C - alprazolam (Xanax)",
        "Cultivation of cannabis plant contrary to section 6(2) of the Misuse of Drugs Act 1971",
        "Fraudulent evasion of a prohibition on the importation of a Class A controlled drug (cocaine) contrary to section 170(2) of the Customs and Excise Management Act 1979",
        "Possession of a psychoactive substance in a custodial institution (s9 Psychoactive Substances Act 2016)",
        "Conspiracy to supply Class A controlled drugs - county lines",
        "Drugs",
    ],
    "possession_of_weapons": [
        "Having an article with a blade or point in a public place contrary to section 139(1) of the Criminal Justice Act 1988",
        "HAVING ARTICLE WITH BLADE OR POINT IN PU",
        "Possession of an offensive weapon in a public place (s1 Prevention of Crime Act 1953)",
        "Possessing a firearm without a certificate contrary to section 1(1)(a) of the Firearms Act 1968",
        "Possess a prohibited weapon designed for the discharge of noxious liquid or gas - CS spray (s5(1)(b) Firearms Act 1968)",
        "Possession of a firearm with intent to endanger life (s16 Firearms Act 1968)",
        "Having an imitation firearm in a public place (s19 Firearms Act 1968)",
        "Having an article with a blade or point on school premises (s139A Criminal Justice Act 1988)",
        "Threatening a person with a bladed article in a public place (s139AA Criminal Justice Act 1988)",
        "Possession of a shotgun without a certificate (s2(1) Firearms Act 1968)",
        "Possession of weapons",
    ],
    "public_order": [
        "Using threatening, abusive or insulting words or behaviour with intent to cause fear or provocation of violence contrary to section 4(1) of the Public Order Act 1986",
        "Intentional harassment, alarm or distress (s4A Public Order Act 1986)",
        "Harassment, alarm or distress - s5 Public Order Act 1986",
        "Racially aggravated fear or provocation of violence (s31(1)(a) Crime and Disorder Act 1998)",
        "RACIALLY OR RELIGIOUSLY AGGRAVATED PUBLI",
        "Violent disorder contrary to section 2(1) of the Public Order Act 1986",
        "Affray contrary to section 3(1) of the Public Order Act 1986",
        "Riot contrary to section 1 of the Public Order Act 1986",
        "Publishing or distributing written material intended to stir up racial hatred (s19 Public Order Act 1986) - online",
        "Display written material stirring up hatred on grounds of sexual orientation",
        "Public order",
    ],
    "misc_crimes_against_society": [
        "Handling stolen goods contrary to section 22(1) of the Theft Act 1968",
        "Possession of an indecent photograph of a child contrary to section 160(1) of the Criminal Justice Act 1988",
        "Making indecent photographs of a child - Category A (s1(1)(a) Protection of Children Act 1978)",
        "Possession of an extreme pornographic image (s63 Criminal Justice and Immigration Act 2008)",
        "Perverting the course of public justice",
        "Failing to surrender to custody at appointed time (s6(1) Bail Act 1976)",
        "Threaten to destroy or damage property contrary to section 2(a) of the Criminal Damage Act 1971",
        "Possess article with intent to destroy or damage property (s3 Criminal Damage Act 1971)",
        "Dangerous driving contrary to section 2 of the Road Traffic Act 1988",
        "Bigamy contrary to section 57 of the Offences Against the Person Act 1861",
        "Using a false instrument with intent (s3 Forgery and Counterfeiting Act 1981)",
        "Possession of an identity document with improper intention (s4 Identity Documents Act 2010)",
        "Concealing / disguising / converting criminal property contrary to section 327 of the Proceeds of Crime Act 2002",
    ],
    "fraud_computer_misuse": [
        "Fraud by false representation contrary to sections 1 and 2 of the Fraud Act 2006",
        "Fraud by abuse of position (s4 Fraud Act 2006)",
        "Possess / control article for use in fraud (s6 Fraud Act 2006)",
        "Unauthorised access to computer material contrary to section 1(1) of the Computer Misuse Act 1990",
        "Unauthorised act with intent to impair operation of computer (s3 CMA 1990) - ransomware",
        "Conspiracy to defraud contrary to common law",
        "ROMANCE FRAUD - DATING SITE",
        "Courier fraud - victim persuaded to hand bank card to courier",
        "Investment fraud - cryptocurrency trading platform",
        "Hacking - social media and email account",
        "FALSE ACCOUNTING - S17 THEFT ACT 1968",
        "Identity fraud - account takeover",
    ],
    "anti_social_behaviour": [
        "Anti-social behaviour",
        "ASB - Nuisance - noise from neighbouring property",
        "ASB PERSONAL - NEIGHBOUR DISPUTE (NO OFFENCES)",
        "Rowdy or inconsiderate behaviour",
        "Vehicle nuisance / inappropriate use",
        "Youths causing annoyance - no crime disclosed",
        "Nuisance neighbours",
        "Street drinking",
        "Begging / vagrancy",
    ],
    "other_crime": [
        "Driving a motor vehicle with excess alcohol contrary to section 5(1)(a) of the Road Traffic Act 1988",
        "Drive motor vehicle with a proportion of a specified controlled drug above the specified limit (s5A Road Traffic Act 1988)",
        "Driving whilst disqualified (s103(1)(b) Road Traffic Act 1988)",
        "Using a motor vehicle without third party insurance",
        "Failing to stop after a road traffic collision",
        "Driving without due care and attention (s3 Road Traffic Act 1988)",
        "Causing unnecessary suffering to a protected animal contrary to section 4(1) of the Animal Welfare Act 2006",
        "Travelling on a railway without having paid the fare, with intent to avoid payment (s5(3)(a) Regulation of Railways Act 1889)",
        "Drunk and disorderly in a public place (s91 Criminal Justice Act 1967)",
        "Resist or wilfully obstruct a constable in the execution of duty (s89(2) Police Act 1996)",
    ],
}


def build_rows():
    """Return the (title, category) rows in a fixed order, after checks."""
    rows = []
    seen = set()
    for category in CATEGORIES:
        for title in TITLES[category]:
            if title != title.strip() or not title:
                raise ValueError(f"bad whitespace in title: {title!r}")
            key = title.casefold()
            if key in seen:
                raise ValueError(f"duplicate title: {title!r}")
            seen.add(key)
            rows.append((title, category))
    unknown = set(TITLES) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories: {sorted(unknown)}")
    return rows


def main():
    rows = build_rows()
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    with OUT_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "category"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT_PATH}")


if __name__ == "__main__":
    main()
