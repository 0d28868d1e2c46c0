"""Synthetic VAL and Victim Support exports with the mess real ones have, and the truth behind them.

Victim data is special-category personal data, so reconcile never ships real records: the demo,
the tests and the benchmarks run on exports generated here from a seed. Names are drawn from
lists of common first names and surnames and combined at random; phone numbers and postcodes
are well formed but invented.

What the exports carry, on purpose: cp1252 and UTF-8-BOM encodings, a title line above the
header, CSV and XLSX, UK dates in several formats (dd/mm/yyyy, dd-mm-yy, Excel serials, ISO),
impossible dates, placeholders, near-duplicate rows, stray whitespace and case, area spellings,
invalid postcodes and phones, allocation before referral, and VS records that match VAL ones
only approximately (names reordered or misspelt, day and month swapped, references retyped).

The truth files (``truth/``) list every injected defect with its row and column, the true
category and flags of every note, and the true VAL-VS pairs, so tests can score reconcile.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from reconcile.errors import writing_output
from reconcile.profiles import load_profile
from reconcile.readers import _SAFE_XLSX
from reconcile.resources import rules_dir
from reconcile.synthetic_notes import LabelledNote, generate_notes

__all__ = ["SampleFiles", "generate_sample"]

FORENAMES = (
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya",
    "Emily", "Ella", "Poppy", "Chloé", "Zoë", "Siân", "Megan", "Hannah", "Bethan", "Aisha", "Fatima", "Priya",
    "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie", "Jacob",
    "Thomas", "Rhys", "Dylan", "José", "Kieran", "Liam", "Connor", "Daniel", "Samuel", "Joseph", "Ryan",
    "Karen", "Susan", "Julie", "Tracey", "Michelle", "Paul", "Mark", "David", "Andrew", "Stephen", "Gareth",
    "Agnieszka", "Tomasz", "Bogdan", "Nkechi", "Kwame", "Ravi", "Sunita", "Mohammed", "Yusuf", "Ellie",
)  # fmt: skip
SURNAMES = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
    "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
    "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
    "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
    "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
    "O'Brien", "Nowak", "Kowalski", "Okafor", "Mensah", "Khan", "Hussain", "Begum", "Singh", "Ahmed",
    "Pritchard", "Powell", "Bevan", "Lloyd", "Vaughan", "Jenkins", "Rees", "Owen", "Meredith", "Hopkins",
)  # fmt: skip

#: Postcode districts by area, and how areas differ in volume and in care with data.
AREAS: dict[str, dict[str, Any]] = {
    "Herefordshire": {"districts": ["HR1", "HR2", "HR4", "HR6", "HR8", "HR9"], "weight": 0.12, "defects": 0.08,
                      "spellings": ["Herefordshire", "HEREFORDSHIRE", "herefordshire", "Hereford", "Herefordshre"]},
    "Shropshire": {"districts": ["SY1", "SY2", "SY3", "SY8", "SY11", "TF9"], "weight": 0.2, "defects": 0.15,
                   "spellings": ["Shropshire", "Shropshire ", "SHROPSHIRE", "Shrops", "Salop"]},
    "Telford & Wrekin": {"districts": ["TF1", "TF2", "TF3", "TF4", "TF7"], "weight": 0.3, "defects": 0.32,
                         "spellings": ["Telford & Wrekin", "Telford and Wrekin", "T&W", "telford", "Telford"]},
    "North Worcestershire": {"districts": ["B60", "B61", "B97", "B98", "DY10", "DY11"], "weight": 0.18,
                             "defects": 0.18, "spellings": ["North Worcestershire", "N Worcs", "North Worcs"]},
    "South Worcestershire": {"districts": ["WR1", "WR2", "WR3", "WR5", "WR9", "WR11", "WR14"], "weight": 0.2,
                             "defects": 0.12, "spellings": ["South Worcestershire", "S Worcs", "Worcester"]},
}  # fmt: skip
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

#: The advice line's own coarse crime list, by true category; residual-heavy like the real one.
VAL_CRIME_TYPES: dict[str, str] = {
    "homicide": "Homicide", "death_injury_driving": "Road Traffic", "violence_with_injury": "Assault",
    "violence_without_injury": "Assault", "stalking_harassment": "Harassment",
    "sexual_offences": "Sexual Offence", "robbery": "Robbery", "burglary": "Burglary",
    "vehicle_offences": "Vehicle Crime", "theft_from_person": "Theft", "bicycle_theft": "Theft",
    "shoplifting": "Theft", "other_theft": "Theft", "criminal_damage_arson": "Criminal Damage",
    "drug_offences": "Other crime", "possession_of_weapons": "Other crime", "public_order": "Other crime",
    "misc_crimes_against_society": "Other crime", "fraud_computer_misuse": "Fraud",
    "anti_social_behaviour": "ASB", "other_crime": "Other crime",
}  # fmt: skip
#: Victim Support records crime types by the Home Office / MoJ offence groups.
VS_CRIME_TYPES: dict[str, str] = {
    "homicide": "Homicide", "death_injury_driving": "Death or serious injury by unlawful driving",
    "violence_with_injury": "Violence with injury", "violence_without_injury": "Violence without injury",
    "stalking_harassment": "Stalking and harassment", "sexual_offences": "Sexual offences",
    "robbery": "Robbery", "burglary": "Burglary", "vehicle_offences": "Vehicle offences",
    "theft_from_person": "Theft from the person", "bicycle_theft": "Bicycle theft", "shoplifting": "Shoplifting",
    "other_theft": "All other theft offences", "criminal_damage_arson": "Criminal damage and arson",
    "drug_offences": "Drug offences", "possession_of_weapons": "Possession of weapons offences",
    "public_order": "Public order offences", "misc_crimes_against_society": "Miscellaneous crimes against society",
    "fraud_computer_misuse": "Fraud and computer misuse", "anti_social_behaviour": "Anti-social behaviour",
    "other_crime": "Other crime",
}  # fmt: skip
REFERRERS = (
    "Police - OIC",
    "Police - Control Room",
    "Self",
    "GP / Health",
    "School",
    "Housing",
    "Third party",
)
VAL_OUTCOMES = (
    "Referred to Victim Support",
    "Advice given",
    "Signposted",
    "Declined support",
    "Referred to IDVA",
)
ENGAGEMENT = ("Engaged", "Engaged", "Engaged", "Disengaged", "Unable to contact", "Declined")
PLACEHOLDER_VALUES = ("N/A", "not recorded", "Unknown", "-", "TBC", "n/a", "NOT KNOWN")


@dataclass
class SampleFiles:
    """Where :func:`generate_sample` wrote each file."""

    out_dir: Path
    val_csv: Path
    val_xlsx: Path
    vs_csv: Path
    truth_dir: Path
    files: list[Path] = field(default_factory=list)


def _postcode(rng: random.Random, area: str) -> str:
    district = rng.choice(AREAS[area]["districts"])
    return f"{district} {rng.randint(1, 9)}{rng.choice(_INWARD_LETTERS)}{rng.choice(_INWARD_LETTERS)}"


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"07{rng.choice('1234579')}{rng.randint(0, 99):02d} {rng.randint(0, 999999):06d}"
    return f"01{rng.choice(['905', '432', '743', '952', '527', '562'])} {rng.randint(100000, 999999)}"


def _date_text(rng: random.Random, day: dt.date, style_weights: tuple[float, ...] = (0.6, 0.15, 0.1, 0.15)) -> str:
    style = rng.choices(("slash", "dash2", "serial", "iso"), weights=style_weights)[0]
    if style == "slash":
        return day.strftime("%d/%m/%Y")
    if style == "dash2":
        return day.strftime("%d-%m-%y")
    if style == "serial":
        return str((day - dt.date(1899, 12, 30)).days)
    return day.isoformat()


def _misspell(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randint(1, len(word) - 2)
    op = rng.choice(("swap", "drop", "double"))
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def _strip_accents(text: str) -> str:
    from reconcile.normalise import normalise_text_key

    return " ".join(w.capitalize() for w in normalise_text_key(text).split()) if text else text


@dataclass
class _Person:
    forename: str
    surname: str
    dob: dt.date
    postcode: str
    phone: str
    area: str


def generate_sample(
    out_dir: str | Path,
    *,
    seed: int = 0,
    val_rows: int = 1200,
    quarter_start: dt.date = dt.date(2023, 4, 1),
    defect_rate: float = 1.0,
    xlsx: bool = True,
) -> SampleFiles:
    """Write a synthetic VAL export (CSV and XLSX), a VS export and their truth files.

    Args:
        out_dir: Folder to write into (created if needed).
        seed: Random seed; the same seed writes the same files.
        val_rows: Rows in the VAL export (before injected duplicates).
        quarter_start: First day of the quarter the referrals fall in.
        defect_rate: Multiplier on each area's defect rate (0 writes clean exports).
        xlsx: Also write the VAL export as a workbook.

    Returns:
        The paths written.

    Raises:
        InputError: A file cannot be written (``[R105]``, naming it).

    Example:
        >>> files = generate_sample("sample-data", seed=1, val_rows=200)  # doctest: +SKIP
    """
    rng = random.Random(seed)
    out = Path(out_dir)
    truth_dir = out / "truth"
    with writing_output(out):  # fail before generating anything
        truth_dir.mkdir(parents=True, exist_ok=True)
    val_profile = load_profile(rules_dir() / "profiles" / "val.yaml")
    vs_profile = load_profile(rules_dir() / "profiles" / "vs.yaml")
    col = val_profile.columns
    notes: list[LabelledNote] = generate_notes(val_rows, seed=seed, style="dev")
    area_names = list(AREAS)
    weights = [AREAS[a]["weight"] for a in area_names]

    records: list[dict[str, str]] = []
    truth_rows: list[dict[str, Any]] = []
    defects: list[dict[str, Any]] = []
    people: list[_Person] = []
    for i in range(val_rows):
        area = rng.choices(area_names, weights=weights)[0]
        person = _Person(
            forename=rng.choice(FORENAMES),
            surname=rng.choice(SURNAMES),
            dob=dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 24000)),
            postcode=_postcode(rng, area),
            phone=_phone(rng),
            area=area,
        )
        note = notes[i]
        referral = quarter_start + dt.timedelta(days=rng.randint(0, 90))
        allocation = referral + dt.timedelta(days=min(30, int(rng.expovariate(1 / (1.5 + 3 * AREAS[area]["defects"])))))
        category = note.category
        residual = rng.random() < 0.55 or VAL_CRIME_TYPES[category] == "Other crime"
        crime_type = "Other crime" if residual else VAL_CRIME_TYPES[category]
        da_recorded = "domestic_abuse" in note.flags and rng.random() < 0.6
        outcome = rng.choices(VAL_OUTCOMES, weights=(0.55, 0.2, 0.1, 0.08, 0.07))[0]
        referred_to = {
            "Referred to Victim Support": "Victim Support",
            "Referred to IDVA": "IDVA service",
        }.get(outcome, "")
        if outcome == "Signposted":
            referred_to = rng.choice(("Citizens Advice", "Samaritans", "Local council"))
        record = {
            col["referral_id"]: f"VAL{seed % 100:02d}{i + 1:06d}",
            col["crime_reference"]: f"22/{rng.randint(100000, 999999)}/{referral.strftime('%y')}",
            col["referral_date"]: _date_text(rng, referral),
            col["allocation_date"]: _date_text(rng, allocation),
            col["area"]: rng.choice(AREAS[area]["spellings"]),
            col["referral_source"]: rng.choice(REFERRERS),
            col["crime_type"]: crime_type if rng.random() > 0.1 else crime_type.upper(),
            col["notes"]: note.text,
            col["da_flag"]: rng.choice(("Y", "Yes")) if da_recorded else rng.choice(("N", "No", "")),
            col["forename"]: person.forename,
            col["surname"]: person.surname,
            col["dob"]: _date_text(rng, person.dob, (0.8, 0.05, 0.1, 0.05)),
            col["postcode"]: person.postcode if rng.random() > 0.15 else person.postcode.lower().replace(" ", ""),
            col["phone"]: person.phone,
            col["consent"]: rng.choice(("Y", "Yes", "yes", "Y ")),
            col["outcome"]: outcome,
            col["referred_to"]: referred_to,
        }
        if rng.random() < 0.05:  # stray whitespace and case: variants, never errors
            record[col["surname"]] = f"  {person.surname.upper()} "
        records.append(record)
        people.append(person)
        truth_rows.append({
            "category": category, "flags": ";".join(sorted(note.flags)), "area": area,
            "crime_type_residual": residual, "referral_date": referral.isoformat(),
            "referred_to_vs": outcome == "Referred to Victim Support",
        })  # fmt: skip
        rate = AREAS[area]["defects"] * defect_rate
        if rng.random() < rate:
            defects.extend(_inject_defect(rng, record, i, col, referral))
            # A defect may rewrite the outcome: the truth follows what the export says.
            truth_rows[-1]["referred_to_vs"] = record[col["outcome"]] == "Referred to Victim Support"
            truth_rows[-1]["crime_type_residual"] = record[col["crime_type"]].lower() == "other crime"

    # Near-duplicates: the same victim and crime entered twice, with small differences.
    n_dupes = int(val_rows * 0.02 * min(defect_rate, 1.0))
    for _ in range(n_dupes):
        src = rng.randrange(len(records))
        copy = dict(records[src])
        copy[col["forename"]] = _misspell(rng, copy[col["forename"]]) if rng.random() < 0.5 else copy[col["forename"]]
        copy[col["referral_id"]] = copy[col["referral_id"]] + "A"
        pos = rng.randint(src + 1, len(records))
        records.insert(pos, copy)
        for later in truth_rows[pos:]:
            if "duplicate_of" in later and later["duplicate_of"] >= pos:
                later["duplicate_of"] += 1
        truth_rows.insert(pos, {**truth_rows[src], "duplicate_of": src})
        people.insert(pos, people[src])
        for d in defects:
            if d["index"] >= pos:
                d["index"] += 1
        defects.append({"index": pos, "column": col["crime_reference"], "check": "duplicate"})

    with writing_output(out):
        val_df = pd.DataFrame(records, columns=list(col.values()))
        val_csv = out / "val_export.csv"
        with val_csv.open("w", encoding="cp1252", errors="replace", newline="") as handle:
            handle.write("Victims Advice Line - referrals export\r\n")
            handle.write(f"Run date: {quarter_start + dt.timedelta(days=95):%d/%m/%Y}\r\n")
            val_df.to_csv(handle, index=False, lineterminator="\r\n")
        val_xlsx = out / "val_export.xlsx"
        if xlsx:
            _write_xlsx(val_df, val_xlsx)

        vs_df, links = _make_vs(rng, records, people, truth_rows, col, vs_profile.columns, seed)
        vs_csv = out / "vs_export.csv"
        vs_df.to_csv(vs_csv, index=False, encoding="utf-8-sig")

        truth = pd.DataFrame(truth_rows)
        truth.insert(0, "row", range(1, len(truth) + 1))
        truth.to_csv(truth_dir / "val_truth.csv", index=False)
        defect_df = pd.DataFrame(defects, columns=["index", "column", "check"])
        defect_df.insert(0, "row", defect_df["index"] + 1)
        defect_df.drop(columns="index").sort_values("row").to_csv(truth_dir / "val_defects.csv", index=False)
        pd.DataFrame(links, columns=["val_row", "vs_row"]).to_csv(truth_dir / "links.csv", index=False)
        (truth_dir / "README.txt").write_text(
            "Synthetic truth for the sample exports (generated by reconcile sample; no real people).\n"
            "val_defects.csv: injected defects (row = 1-based data row, column = source header).\n"
            "val_truth.csv: true category and flags per VAL row. links.csv: true VAL-VS pairs.\n",
            encoding="utf-8",
        )
        manifest = {"seed": seed, "val_rows": len(records), "vs_rows": len(vs_df), "defects": len(defects)}
        (truth_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    files = [val_csv, *([val_xlsx] if xlsx else []), vs_csv, *sorted(truth_dir.iterdir())]
    return SampleFiles(out, val_csv, val_xlsx, vs_csv, truth_dir, files)


def _inject_defect(
    rng: random.Random, record: dict[str, str], index: int, col: dict[str, str], referral: dt.date
) -> list[dict[str, Any]]:
    kind = rng.choice((
        "blank", "placeholder", "impossible_date", "future_date", "allocation_before_referral",
        "dob_after_referral", "default_dob", "postcode", "phone", "area", "notes_missing", "referred_to_missing",
    ))  # fmt: skip
    required = [
        "crime_reference",
        "referral_source",
        "forename",
        "surname",
        "postcode",
        "phone",
        "consent",
        "outcome",
    ]
    if kind in ("blank", "placeholder"):
        field_name = rng.choice(required)
        record[col[field_name]] = "" if kind == "blank" else rng.choice(PLACEHOLDER_VALUES)
        return [
            {
                "index": index,
                "column": col[field_name],
                "check": "not_recorded" if kind != "blank" else "required",
            }
        ]
    if kind == "impossible_date":
        field_name = rng.choice(("referral_date", "dob"))
        record[col[field_name]] = rng.choice(("31/02/2023", "30/13/2022", "00/04/2023", "32/01/2023"))
        return [{"index": index, "column": col[field_name], "check": "date_format"}]
    if kind == "future_date":
        record[col["referral_date"]] = (dt.date.today() + dt.timedelta(days=rng.randint(40, 400))).strftime("%d/%m/%Y")
        return [{"index": index, "column": col["referral_date"], "check": "date_future"}]
    if kind == "allocation_before_referral":
        record[col["referral_date"]] = referral.strftime("%d/%m/%Y")
        record[col["allocation_date"]] = (referral - dt.timedelta(days=rng.randint(2, 20))).strftime("%d/%m/%Y")
        return [{"index": index, "column": col["allocation_date"], "check": "date_order"}]
    if kind == "dob_after_referral":
        record[col["referral_date"]] = referral.strftime("%d/%m/%Y")
        record[col["dob"]] = (referral + dt.timedelta(days=rng.randint(1, 300))).strftime("%d/%m/%Y")
        return [{"index": index, "column": col["dob"], "check": "date_order"}]
    if kind == "default_dob":
        record[col["dob"]] = rng.choice(("01/01/1900", "1900-01-01"))
        return [{"index": index, "column": col["dob"], "check": "not_recorded"}]
    if kind == "postcode":
        record[col["postcode"]] = rng.choice(("WR1 XYZ", "12345", "HR", "TF1 1", "SY99 9999", "W1R 2AB X"))
        return [{"index": index, "column": col["postcode"], "check": "postcode_format"}]
    if kind == "phone":
        record[col["phone"]] = rng.choice(("12345", "0770090012", "07700 9001234 5", "phone", "0044"))
        return [{"index": index, "column": col["phone"], "check": "phone_format"}]
    if kind == "area":
        record[col["area"]] = rng.choice(("Birmingham", "Wales", "Gloucestershire", "Staffs"))
        return [{"index": index, "column": col["area"], "check": "area_unknown"}]
    if kind == "notes_missing":
        record[col["crime_type"]] = "Other crime"
        record[col["notes"]] = rng.choice(("", "N/A", "not recorded"))
        return [{"index": index, "column": col["notes"], "check": "required_if"}]
    record[col["outcome"]] = "Referred to Victim Support"
    record[col["referred_to"]] = ""
    return [{"index": index, "column": col["referred_to"], "check": "required_if"}]


def _write_xlsx(df: pd.DataFrame, path: Path) -> None:
    """Write the VAL rows as a workbook with a title above the header, as exports often have."""
    with pd.ExcelWriter(path, engine="xlsxwriter", engine_kwargs=_SAFE_XLSX) as writer:
        df.to_excel(writer, index=False, sheet_name="Referrals", startrow=2)
        sheet = writer.sheets["Referrals"]
        sheet.write_string(0, 0, "Victims Advice Line - referrals export")


def _make_vs(
    rng: random.Random,
    records: list[dict[str, str]],
    people: list[_Person],
    truth_rows: list[dict[str, Any]],
    val_col: dict[str, str],
    vs_col: dict[str, str],
    seed: int,
) -> tuple[pd.DataFrame, list[tuple[int, int]]]:
    rows: list[tuple[int | None, dict[str, str]]] = []
    for i, record in enumerate(records):
        truth = truth_rows[i]
        if not truth["referred_to_vs"] or "duplicate_of" in truth:
            continue
        if rng.random() < 0.08:  # lost on the way: VAL says referred, VS never got it
            truth["lost"] = True
            continue
        person = people[i]
        referral = dt.date.fromisoformat(truth["referral_date"]) + dt.timedelta(days=rng.randint(0, 6))
        rows.append(
            (
                i,
                _vs_record(rng, person, truth["category"], referral, vs_col, record[val_col["crime_reference"]]),
            )
        )
    n_own = max(1, len(rows) // 3)
    area_names = list(AREAS)
    for _ in range(n_own):  # self-referrals and other sources: no VAL counterpart
        area = rng.choice(area_names)
        person = _Person(rng.choice(FORENAMES), rng.choice(SURNAMES),
                         dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 24000)), _postcode(rng, area),
                         _phone(rng), area)  # fmt: skip
        referral = dt.date(2023, 4, 1) + dt.timedelta(days=rng.randint(0, 95))
        category = rng.choice(list(VS_CRIME_TYPES))
        rows.append((None, _vs_record(rng, person, category, referral, vs_col, "")))
    rng.shuffle(rows)
    links: list[tuple[int, int]] = []
    out: list[dict[str, str]] = []
    for j, (val_index, rec) in enumerate(rows):
        rec[vs_col["referral_id"]] = f"VS-{seed % 100:02d}-{j + 1:06d}"
        out.append(rec)
        if val_index is not None:
            links.append((val_index + 1, j + 1))
    return pd.DataFrame(out, columns=list(vs_col.values())), sorted(links)


def _vs_record(
    rng: random.Random, person: _Person, category: str, referral: dt.date, col: dict[str, str], crime_ref: str
) -> dict[str, str]:
    forename, surname = person.forename, person.surname
    if rng.random() < 0.1:
        surname = _misspell(rng, surname)
    if rng.random() < 0.15:
        forename, surname = _strip_accents(forename), _strip_accents(surname)
    name = f"{surname.upper()}, {forename}" if rng.random() < 0.6 else f"{forename} {surname}"
    dob = person.dob
    if rng.random() < 0.05 and dob.day <= 12 and dob.day != dob.month:
        dob = dob.replace(day=dob.month, month=dob.day)
    ref = crime_ref
    roll = rng.random()
    if roll < 0.2:
        ref = ""
    elif roll < 0.35:
        ref = ref.replace("/", "")
    elif roll < 0.45:
        ref = ref.replace("/", "-")
    vs_category = category if rng.random() < 0.85 else rng.choice(list(VS_CRIME_TYPES))
    first_contact = referral + dt.timedelta(days=rng.randint(1, 14))
    engagement = rng.choice(ENGAGEMENT)
    return {
        col["crime_reference"]: ref,
        col["referral_date"]: referral.strftime("%d/%m/%Y"),
        col["first_contact_date"]: first_contact.strftime("%d/%m/%Y") if engagement != "Unable to contact" else "",
        col["area"]: person.area,
        col["referral_source"]: "VAL" if crime_ref else rng.choice(("Self", "Police direct", "Health")),
        col["crime_type"]: VS_CRIME_TYPES[vs_category],
        col["full_name"]: name,
        col["dob"]: dob.strftime("%d/%m/%Y"),
        col["postcode"]: person.postcode.replace(" ", "") if rng.random() < 0.3 else person.postcode,
        col["phone"]: person.phone if rng.random() < 0.8 else "",
        col["da_flag"]: "",
        col["engagement"]: engagement,
    }
