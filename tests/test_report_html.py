"""The HTML report: self-contained, every chart present with its data, all text escaped, no personal data."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from reconcile.pipeline import RunResult, RunSummary, run
from reconcile.report import HTML_REVIEW_LIMIT, render_html
from reconcile.sample import SampleFiles

CHARTS = ("category-mix", "quality-by-area", "allocation-days", "da-share")


class _Page(HTMLParser):
    """Collects tags, attributes and text, and checks that every opened element is closed."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "rect", "line"}

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    return parser


@pytest.fixture(scope="module")
def result(sample: SampleFiles, tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    return run(sample.val_csv, sample.vs_csv, out_dir=tmp_path_factory.mktemp("html"), period="2023Q2")


@pytest.fixture(scope="module")
def page(result: RunResult) -> str:
    return result.outputs["html"].read_text(encoding="utf-8")


def test_page_is_well_formed_and_self_contained(page: str) -> None:
    parsed = _parse(page)
    tags = {t for t, _ in parsed.tags}
    assert "script" not in tags and "link" not in tags and "iframe" not in tags and "img" not in tags
    for _, attrs in parsed.tags:
        for name in ("src", "href"):
            assert name not in attrs or not str(attrs[name]).startswith(("http", "//")), attrs
    assert "@import" not in page and "url(" not in page and "@font-face" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "@media print" in page


def test_every_chart_is_there_with_its_data(page: str, result: RunResult) -> None:
    parsed = _parse(page)
    charts = [a.get("data-chart") for t, a in parsed.tags if t == "svg"]
    assert sorted(c for c in charts if c) == sorted(CHARTS)
    bars = [a for t, a in parsed.tags if t == "rect" and "data-value" in a]
    by_chart: dict[str, list[dict[str, str | None]]] = {}
    chart = None
    for tag, attrs in parsed.tags:
        if tag == "svg":
            chart = attrs.get("data-chart")
        elif tag == "rect" and "data-value" in attrs and chart:
            by_chart.setdefault(chart, []).append(attrs)
    assert set(by_chart) == set(CHARTS) and len(bars) == sum(len(v) for v in by_chart.values())
    s = result.summary
    mix = {(b["data-label"], b["data-series"]): b["data-value"] for b in by_chart["category-mix"]}
    assert mix[("Other crime (residual)", "As filed (before)")] == str(s.category_counts_before["other_crime"])
    assert mix[("Other crime (residual)", "After remapping")] == str(s.category_counts_after["other_crime"])
    quality = {b["data-label"]: float(b["data-value"] or "nan") for b in by_chart["quality-by-area"]}
    for area, share in s.quality_by_area.items():
        assert quality[area] == pytest.approx(share, abs=1e-4)
    days = {b["data-label"]: int(b["data-value"] or 0) for b in by_chart["allocation-days"]}
    assert days == s.allocation_days_histogram
    da = {(b["data-label"], b["data-series"]): float(b["data-value"] or "nan") for b in by_chart["da-share"]}
    assert da[("All areas", "DA field or notes")] == pytest.approx(s.da_share_within_other_crime, abs=1e-4)
    assert da[("All areas", "DA field alone")] == pytest.approx(s.da_share_within_other_crime_recorded, abs=1e-4)


def test_headline_figures_and_method_are_shown(page: str, result: RunResult) -> None:
    text = " ".join(_parse(page).text)
    s = result.summary
    assert f"{s.rows:,}" in text
    assert f"{s.other_crime_share_before:.1%} → {s.other_crime_share_after:.1%}" in text
    assert f"{s.da_share_within_other_crime:.1%}" in text
    assert s.rules_version in text
    assert all(i.sha256 in text for i in s.inputs)
    assert "Review queue" in text and "Method" in text and "Referrals into Victim Support" in text


def test_no_personal_data_in_the_page(page: str, result: RunResult) -> None:
    records = result.records
    lowered = page.lower()
    for column in ("postcode", "phone"):
        values = {str(v) for v in records[column] if str(v).strip()}
        leaked = sorted(v for v in values if v.lower() in lowered)
        assert not leaked, f"{column} in the page: {leaked[:3]}"
    names = {f"{f} {s}".strip().lower() for f, s in zip(records["forename"], records["surname"], strict=True)}
    assert not [n for n in names if " " in n and n in lowered]
    notes = {str(v)[:40].lower() for v in records["notes"] if len(str(v)) >= 40}
    assert not [n for n in notes if n in lowered]
    assert not [e for e in result.review.get("rc_evidence", pd.Series(dtype=str)) if e and str(e).lower() in lowered]
    ids = [str(v) for v in records["referral_id"] if str(v)]
    assert not [i for i in ids if i in page]


def _summary(**changes: object) -> RunSummary:
    base: dict[str, object] = {
        "reconcile_version": "0.0.0",
        "rules_version": "test",
        "generated_at": "2023-07-01T00:00:00+00:00",
        "period": None,
        "period_start": None,
        "period_end": None,
        "inputs": [],
        "rows": 3,
        "valid_rows": 2,
        "duplicate_rows": 0,
        "rows_outside_period": None,
        "errors": 1,
        "warnings": 0,
        "failures_by_check": {"required": {"error": 1, "warning": 0}},
        "referrals_by_area": {"Shropshire": 2, "(unmapped)": 1},
        "quality_by_area": {"Shropshire": 1.0, "(unmapped)": 0.0},
        "quality_overall": 2 / 3,
        "other_crime_rows": 2,
        "other_crime_share_before": 2 / 3,
        "other_crime_share_after": 1 / 3,
        "remapped_rows": 1,
        "da_share_within_other_crime": 0.5,
        "da_share_within_other_crime_recorded": 0.0,
        "da_by_area": {"Shropshire": {"other_crime": 2, "recorded": 0, "reconciled": 1}},
        "category_counts_before": {"other_crime": 2, "burglary": 1},
        "category_counts_after": {"other_crime": 1, "burglary": 2},
        "category_sources": {"classified": 2},
        "flag_counts": {"domestic_abuse": 1},
        "da_flag_recorded": 0,
        "da_flag_reconciled": 1,
        "review_rows": 0,
        "median_days_to_allocation": 1.0,
        "allocation_days_histogram": {"0": 1, "1": 2},
    }
    base.update(changes)
    return RunSummary.model_validate(base)


def test_all_text_is_escaped() -> None:
    evil = '<script>alert("x")</script>'
    summary = _summary(
        referrals_by_area={evil: 3},
        quality_by_area={evil: 0.5},
        da_by_area={evil: {"other_crime": 2, "recorded": 0, "reconciled": 1}},
        rules_version=evil,
        thresholds={"areas_file": evil},
    )
    review = pd.DataFrame(
        {
            "row": [1],
            "area": [evil],
            "crime_type": ["<b>x</b>"],
            "rc_category": ["other_crime"],
            "rc_category_source": ["review"],
            "rc_confidence": [0.2],
            "rc_rule_ids": ["a.b.v1;c.d.v1"],
            "rc_flags": ["domestic_abuse"],
            "notes": ["secret note text"],
            "rc_evidence": ["secret evidence"],
        }
    )
    page = render_html(summary, review)
    assert "<script" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;" in page
    assert "secret note text" not in page and "secret evidence" not in page
    assert "a.b.v1; c.d.v1" in page and "Domestic abuse" in page
    _parse(page)


def test_long_review_queue_is_capped() -> None:
    n = HTML_REVIEW_LIMIT + 50
    review = pd.DataFrame({"row": range(1, n + 1), "rc_category": ["other_crime"] * n, "rc_confidence": [0.1] * n})
    page = render_html(_summary(review_rows=n), review)
    body = page.split('id="review"', 1)[1].split('id="method"', 1)[0]
    assert len(re.findall(r"<tr>", body)) == HTML_REVIEW_LIMIT + 1  # plus the header row
    assert f"lists all {n:,}" in body


def test_empty_export_renders(tmp_path: Path) -> None:
    summary = _summary(
        rows=0,
        valid_rows=0,
        referrals_by_area={},
        quality_by_area={},
        da_by_area={},
        quality_overall=None,
        other_crime_rows=0,
        other_crime_share_before=0.0,
        other_crime_share_after=0.0,
        da_share_within_other_crime=None,
        da_share_within_other_crime_recorded=None,
        category_counts_before={},
        category_counts_after={},
        median_days_to_allocation=None,
        allocation_days_histogram={"0": 0},
    )
    page = render_html(summary, pd.DataFrame(columns=["row"]))
    parsed = _parse(page)
    assert sorted(a.get("data-chart") or "" for t, a in parsed.tags if t == "svg") == sorted(CHARTS)
    assert "No records need review" in page
