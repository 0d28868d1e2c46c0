"""Validation through the CLI and the API, scored against the sample generator's truth."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import reconcile
from reconcile.normalise import is_placeholder
from reconcile.profiles import load_profile
from reconcile.readers import read_table
from reconcile.sample import SampleFiles
from reconcile.validation import FAILURE_COLUMNS

from .conftest import invoke

#: Unseen headers for the same content, as another case system might export it.
RENAMED = {
    "VAL Ref": "Ref No.", "Crime Reference": "Crime Ref No.", "Date Referral Received": "Date Referral Rec'd",
    "Date Allocated": "Allocated On", "Policing Area": "LPA", "Referrer": "Referred By", "Crime Type": "Offence",
    "Notes": "Incident Summary", "DA Flag": "Domestic?", "Victim Forename": "First Name",
    "Victim Surname": "Last Name", "DOB": "D.O.B.", "Postcode": "Post Code", "Contact Number": "Tel No",
    "Consent": "Consent Given (Y/N)", "Outcome": "Call Outcome", "Referred To": "Signposted To",
}  # fmt: skip


def _score(failures: pd.DataFrame, truth: pd.DataFrame, rows: int) -> tuple[float, float]:
    errors = failures[failures["severity"] == "error"].dropna(subset=["row"])
    found = set(zip(errors["row"].astype(int), errors["column"], strict=True))
    recall = sum((r, c) in found for r, c in zip(truth["row"], truth["column"], strict=True)) / len(truth)
    clean_rows = set(range(1, rows + 1)) - set(truth["row"])
    flagged = set(errors["row"].astype(int)) & clean_rows
    return recall, len(flagged) / len(clean_rows)


@pytest.mark.parametrize("fmt", ["val_csv", "val_xlsx"])
def test_cli_finds_injected_defects_and_accounts_for_every_row(sample: SampleFiles, tmp_path: Path, fmt: str) -> None:
    export = getattr(sample, fmt)
    out = tmp_path
    result = invoke(
        [
            "validate",
            export,
            "--failures",
            out / "f.csv",
            "--clean",
            out / "c.csv",
            "--quarantine",
            out / "q.csv",
            "--json",
            out / "s.json",
        ],
        code=1,
    )
    assert "quality by area" in result.output
    failures = pd.read_csv(out / "f.csv", encoding="utf-8-sig")
    assert list(failures.columns) == FAILURE_COLUMNS
    assert set(failures["severity"]) <= {"error", "warning"}
    truth = pd.read_csv(sample.truth_dir / "val_defects.csv")
    rows = len(read_table(export))
    recall, false_positive_rate = _score(failures, truth, rows)
    assert recall >= 0.95
    assert false_positive_rate <= 0.01
    clean = pd.read_csv(out / "c.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    quarantine = pd.read_csv(out / "q.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(clean) + len(quarantine) == rows
    assert sorted(clean["row"].astype(int).tolist() + quarantine["row"].astype(int).tolist()) == list(
        range(1, rows + 1)
    )
    summary = json.loads((out / "s.json").read_text())
    assert summary["rows"] == rows and summary["clean"] == len(clean)


def test_unseen_headers_semicolons_and_bom(sample: SampleFiles, tmp_path: Path) -> None:
    frame = read_table(sample.val_csv).rename(columns=RENAMED)
    export = tmp_path / "other_system.csv"
    frame.to_csv(export, sep=";", index=False, encoding="utf-8-sig")
    result = invoke(["validate", export, "--failures", tmp_path / "f.csv"], code=1)
    assert "profile: inferred" in result.output
    for header in RENAMED.values():
        assert repr(header) in result.output
    truth = pd.read_csv(sample.truth_dir / "val_defects.csv")
    truth["column"] = truth["column"].map(RENAMED)
    recall, false_positive_rate = _score(pd.read_csv(tmp_path / "f.csv", encoding="utf-8-sig"), truth, len(frame))
    assert recall >= 0.9
    assert false_positive_rate <= 0.05


def test_profile_init_round_trip(sample: SampleFiles, tmp_path: Path) -> None:
    frame = read_table(sample.val_csv).rename(columns=RENAMED)
    export = tmp_path / "renamed.xlsx"
    frame.to_excel(export, index=False)
    result = invoke(["profile", "init", export])
    profile_path = tmp_path / "profile.yaml"
    profile_path.write_text(result.stdout)
    profile = load_profile(profile_path)
    assert profile.columns["referral_date"] == "Date Referral Rec'd"
    assert profile.columns["crime_reference"] == "Crime Ref No."
    invoke(["validate", export, "--profile", profile_path], code=1)


def test_clean_export_exits_zero(clean_sample: SampleFiles, tmp_path: Path) -> None:
    result = invoke(["validate", clean_sample.val_csv, "--failures", tmp_path / "f.csv"], code=0)
    assert "quarantined: 0 " in result.output


def test_messages_do_not_leak_personal_data(sample: SampleFiles) -> None:
    result = reconcile.validate(sample.val_csv)
    source = result.source
    personal = ["Victim Forename", "Victim Surname", "DOB", "Contact Number", "Notes", "Postcode"]
    for failure in result.failures.dropna(subset=["row"]).itertuples():
        row = source.loc[int(failure.row)]
        for column in personal:
            value = str(row[column]).strip()
            # Placeholders and bare lower-case words ("phone") are not personal data.
            if len(value) >= 4 and not (value.isalpha() and value.islower()) and not is_placeholder(value):
                assert value not in failure.message, (failure.check, column)


def test_api_on_a_frame_keeps_every_row(sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv).reset_index(drop=True)
    result = reconcile.validate(frame, feed="val")
    assert result.rows == len(frame)
    assert len(result.clean) + len(result.quarantine) == len(frame)
    assert result.has_errors
    area_counts = result.records["area"].value_counts()
    truth = pd.read_csv(sample.truth_dir / "val_truth.csv")
    unmapped = (result.records["area"] == "").sum()
    assert unmapped == (result.failures["check"] == "area_unknown").sum()
    assert area_counts.drop("", errors="ignore").sum() + unmapped == len(truth)


def test_quality_audit_shape(sample: SampleFiles) -> None:
    audit = reconcile.validate(sample.val_csv).audit
    areas = audit[audit["group_by"] == "area"].set_index("group")
    assert {"Herefordshire", "Telford & Wrekin"} <= set(areas.index)
    # Telford is generated with the most defects; Herefordshire with the fewest.
    assert areas.loc["Telford & Wrekin", "quality_share"] < areas.loc["Herefordshire", "quality_share"]
    overall = audit[audit["group_by"] == "all"].iloc[0]
    assert overall["referrals"] == areas["referrals"].sum()
    assert 0 <= overall["placeholder_rate"] <= 1
    assert overall["median_days_to_allocation"] <= overall["p90_days_to_allocation"]
    assert {"completeness_postcode", "duplicate_rate"} <= set(audit.columns)


def test_profile_fields_can_be_made_optional(sample: SampleFiles, tmp_path: Path) -> None:
    text = (Path(reconcile.__file__).parents[2] / "rules" / "profiles" / "val.yaml").read_text()
    relaxed = text.replace("postcode, phone, consent, outcome]", "consent, outcome]")
    profile = tmp_path / "relaxed.yaml"
    profile.write_text(relaxed)
    strict = reconcile.validate(sample.val_csv)
    loose = reconcile.validate(sample.val_csv, profile=profile)
    strict_required = strict.failures.query("check == 'required' and column in ['Postcode', 'Contact Number']")
    assert len(strict_required) > 0
    assert loose.failures.query("check == 'required' and column in ['Postcode', 'Contact Number']").empty


def test_bad_profile_is_a_config_error(sample: SampleFiles, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nfeed: val\ncolumns: {victim_shoe_size: Shoes}\n")
    result = invoke(["validate", sample.val_csv, "--profile", bad], code=2)
    assert "victim_shoe_size" in result.output and "Traceback" not in result.output


def test_json_summary_on_stdout(sample: SampleFiles) -> None:
    result = invoke(["validate", sample.val_csv, "--format", "json"], code=1)
    summary = json.loads(result.stdout)
    assert summary["rows"] == summary["clean"] + summary["quarantined"]
    assert {a["group"] for a in summary["audit"] if a["group_by"] == "area"} >= {"Shropshire", "Herefordshire"}
