"""`reconcile run` outputs people read: whole row numbers, and a loud word when the period is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from reconcile.cli import main
from reconcile.pipeline import RunSummary
from reconcile.report import period_warning, render_html
from reconcile.sample import SampleFiles, generate_sample


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> SampleFiles:
    """Defect-free synthetic exports whose referrals all fall in 2023Q2."""
    return generate_sample(tmp_path_factory.mktemp("q2"), seed=8, val_rows=80, defect_rate=0.0, xlsx=False)


def _run(files: SampleFiles, out: Path, period: str) -> tuple[str, RunSummary]:
    args = ["run", str(files.val_csv), str(files.vs_csv), "--out", str(out), "--period", period]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output  # findings about the period never change the exit code
    return result.output, RunSummary.model_validate_json((out / "summary.json").read_text(encoding="utf-8"))


def test_records_csv_writes_row_numbers_as_whole_numbers(clean: SampleFiles, tmp_path: Path) -> None:
    _run(clean, tmp_path, "2023Q2")
    records = pd.read_csv(tmp_path / "records.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    vs_rows = records["rc_vs_row"]
    assert (vs_rows != "").any() and (vs_rows == "").any()  # linked rows and rows with no VS record
    assert vs_rows[vs_rows != ""].str.fullmatch(r"[1-9]\d*").all(), vs_rows[vs_rows != ""].head().tolist()
    assert records["row"].str.fullmatch(r"[1-9]\d*").all()
    parquet = pd.read_parquet(tmp_path / "records.parquet")
    assert str(parquet["rc_vs_row"].dtype) == "Int64"


def test_no_period_warning_when_every_referral_is_in_the_period(clean: SampleFiles, tmp_path: Path) -> None:
    output, summary = _run(clean, tmp_path, "2023Q2")
    assert summary.rows_outside_period == 0
    assert "outside" not in output
    assert 'data-warning="period"' not in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_wrong_period_is_warned_about_in_the_terminal_and_the_report(clean: SampleFiles, tmp_path: Path) -> None:
    output, summary = _run(clean, tmp_path, "2019Q1")
    outside = summary.rows_outside_period
    assert outside is not None and outside > summary.rows / 2
    warnings = [line for line in output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert f"{outside:,} of {summary.rows:,} referrals" in warnings[0]
    assert "outside 2019Q1 (2019-01-01 to 2019-03-31)" in warnings[0] and "Check the period" in warnings[0]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'data-warning="period"' in page and f"{outside:,} of {summary.rows:,} referrals" in page
    assert json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))["rows_outside_period"] == outside


def _summary(**changes: object) -> RunSummary:
    base: dict[str, object] = {
        "reconcile_version": "0", "rules_version": "t", "generated_at": "2023-07-01T00:00:00+00:00",
        "period": "2023Q2", "period_start": "2023-04-01", "period_end": "2023-06-30", "inputs": [],
        "rows": 200, "valid_rows": 200, "duplicate_rows": 0, "rows_outside_period": 3, "errors": 0,
        "warnings": 0, "failures_by_check": {}, "referrals_by_area": {"Shropshire": 200},
        "quality_by_area": {"Shropshire": 1.0}, "quality_overall": 1.0, "other_crime_rows": 0,
        "other_crime_share_before": 0.0, "other_crime_share_after": 0.0, "remapped_rows": 0,
        "da_share_within_other_crime": None, "da_share_within_other_crime_recorded": None,
        "da_by_area": {}, "category_counts_before": {}, "category_counts_after": {},
        "category_sources": {}, "flag_counts": {}, "da_flag_recorded": 0, "da_flag_reconciled": 0,
        "review_rows": 0, "median_days_to_allocation": None, "allocation_days_histogram": {},
    }  # fmt: skip
    base.update(changes)
    return RunSummary.model_validate(base)


def test_a_few_late_entries_are_counted_without_blaming_the_period() -> None:
    warning = period_warning(_summary())
    assert warning is not None and warning.startswith("3 of 200 referrals (1.5%) have a referral date outside 2023Q2")
    assert "Check the period" not in warning
    page = render_html(_summary(), pd.DataFrame(columns=["row"]))
    assert 'role="alert" data-warning="period"' in page


@pytest.mark.parametrize("changes", [{"rows_outside_period": 0}, {"rows_outside_period": None, "period": None}])
def test_no_period_warning_without_rows_outside(changes: dict[str, object]) -> None:
    assert period_warning(_summary(**changes)) is None
    assert 'data-warning="period"' not in render_html(_summary(**changes), pd.DataFrame(columns=["row"]))
