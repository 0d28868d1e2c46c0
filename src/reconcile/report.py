"""The quarter's report for people: tables, a self-contained HTML page and the workbook's sheets.

The HTML report is one file that opens offline: inline CSS, inline SVG charts drawn here (no
JavaScript, no CDN, no web fonts), print styles for A4. Every piece of text is escaped with
:func:`html.escape`. It is written for commissioners, so it carries *no personal data*: no names,
dates of birth, phone numbers, postcodes, referral ids or note text. The review queue shows row
numbers, categories, confidence and rule ids; analysts find the notes and evidence in
``report.xlsx`` and ``records.csv``.

Each chart is an ``<svg data-chart="...">`` whose bars carry ``data-label``, ``data-series`` and
``data-value`` attributes, so a test (or a reader with a screen reader) can check the figures.

Example:
    >>> html_text = render_html(result.summary, result.review)  # doctest: +SKIP
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

import pandas as pd

from reconcile.workbook import EXCEL_MAX_ROWS, Sheet

if TYPE_CHECKING:
    from reconcile.pipeline import RunSummary
    from reconcile.validation import ValidationResult

__all__ = [
    "CATEGORY_LABELS",
    "FLAG_LABELS",
    "HTML_REVIEW_LIMIT",
    "areas_table",
    "categories_table",
    "flags_table",
    "period_warning",
    "render_html",
    "summary_table",
    "workbook_sheets",
]

#: Labels for the taxonomy codes (shared/TAXONOMY.md), and for the "before" buckets that are not codes.
CATEGORY_LABELS: dict[str, str] = {
    "homicide": "Homicide",
    "death_injury_driving": "Death or serious injury by unlawful driving",
    "violence_with_injury": "Violence with injury",
    "violence_without_injury": "Violence without injury",
    "stalking_harassment": "Stalking and harassment",
    "sexual_offences": "Sexual offences",
    "robbery": "Robbery",
    "burglary": "Burglary",
    "vehicle_offences": "Vehicle offences",
    "theft_from_person": "Theft from the person",
    "bicycle_theft": "Bicycle theft",
    "shoplifting": "Shoplifting",
    "other_theft": "All other theft offences",
    "criminal_damage_arson": "Criminal damage and arson",
    "drug_offences": "Drug offences",
    "possession_of_weapons": "Possession of weapons offences",
    "public_order": "Public order offences",
    "misc_crimes_against_society": "Miscellaneous crimes against society",
    "fraud_computer_misuse": "Fraud and computer misuse",
    "anti_social_behaviour": "Anti-social behaviour",
    "other_crime": "Other crime (residual)",
    "(broad label)": "Broad label (e.g. \u201cAssault\u201d, \u201cTheft\u201d)",
    "(not in crosswalk)": "Label not in any crosswalk",
}
FLAG_LABELS: dict[str, str] = {
    "domestic_abuse": "Domestic abuse",
    "hate_crime": "Hate crime",
    "online": "Online",
    "knife_sharp_instrument": "Knife or sharp instrument",
    "child_sexual_abuse_exploitation": "Child sexual abuse or exploitation",
    "modern_slavery": "Modern slavery",
    "honour_based_abuse": "Honour-based abuse",
}
#: Rows of the review queue shown in the HTML report (the workbook has them all).
HTML_REVIEW_LIMIT = 200
#: Review-queue columns that are safe for the HTML report (no personal data, no note text).
_HTML_REVIEW_COLUMNS: dict[str, str] = {
    "row": "Row",
    "area": "Area",
    "crime_type": "Filed as",
    "rc_category": "Category (remapped)",
    "rc_category_source": "Decided by",
    "rc_confidence": "Confidence",
    "rc_rule_ids": "Rule ids",
    "rc_flags": "Flags",
}

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
_BEFORE = "#E69F00"
_AFTER = "#0072B2"
_GOOD = "#009E73"
_WARN = "#D55E00"
_NEUTRAL = "#56B4E9"


def _label(code: str) -> str:
    return CATEGORY_LABELS.get(code, code.replace("_", " ").capitalize())


def _pct(value: float | None, digits: int = 1) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}%}"


def _num(value: float | int | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


# --- tables shared by the workbook and the page --------------------------------------------------


def summary_table(summary: RunSummary) -> pd.DataFrame:
    """The headline figures as (figure, value, meaning) rows."""
    rows: list[tuple[str, Any, str]] = [
        ("Period", summary.period or "", "Calendar quarter reported on"),
        ("Referrals (rows)", summary.rows, "Every row of the VAL export; none dropped"),
        ("Rows passing all error checks", summary.valid_rows, "No error-level validation failure"),
        ("Quality share", summary.quality_overall, "Rows passing all error checks / rows"),
        ("Duplicate rows", summary.duplicate_rows, "Repeat an earlier referral (same victim and crime)"),
        ("Rows outside the period", summary.rows_outside_period, "Referral date outside the quarter"),
        (
            "Filed as other crime",
            summary.other_crime_rows,
            "Source crime type is residual, blank or not recorded",
        ),
        (
            "Other-crime share before remapping",
            summary.other_crime_share_before,
            "Filed as other crime / rows",
        ),
        (
            "Other-crime share after remapping",
            summary.other_crime_share_after,
            "Still other crime after classifying the notes / rows",
        ),
        (
            "Remapped from other crime",
            summary.remapped_rows,
            "Filed as other crime, given a specific category",
        ),
        (
            "DA share within other crime (reconciled)",
            summary.da_share_within_other_crime,
            "Filed as other crime with the DA field set or DA disclosed in the notes",
        ),
        (
            "DA share within other crime (DA field only)",
            summary.da_share_within_other_crime_recorded,
            "Filed as other crime with the source's DA field set",
        ),
        ("Records for review", summary.review_rows, "The classifier asks a person to check them"),
        ("Median days to allocation", summary.median_days_to_allocation, "Referral date to allocation date"),
    ]
    if summary.vs_rows is not None:
        rows += [
            ("VS records", summary.vs_rows, "Rows of the Victim Support export"),
            ("Linked VAL-VS pairs", summary.linked_pairs, "Referrals found in both systems"),
            ("Lost referrals", summary.lost_referrals, "VAL says referred to VS; VS has no record"),
            ("VS-only records", summary.vs_only, "VS records with no VAL referral"),
            ("Linkage left for review", summary.link_review, "Close competing candidates; a person decides"),
            ("Engagement rate", summary.engagement_rate, "Linked VS records whose victim engaged"),
            (
                "Median days to first contact",
                summary.median_days_to_first_contact,
                "VAL referral to VS first contact, linked pairs",
            ),
        ]
    rows += [
        ("Errors", summary.errors, "Error-level validation failures"),
        ("Warnings", summary.warnings, "Warning-level validation failures"),
        ("Rules version", summary.rules_version, "Rule packs and crosswalks used"),
        ("reconcile version", summary.reconcile_version, ""),
        ("Generated at", summary.generated_at, "UTC"),
    ]
    for item in summary.inputs:
        rows.append((f"Input ({item.role.upper()}) SHA-256", item.sha256, item.path))
    return pd.DataFrame(rows, columns=["figure", "value", "meaning"])


def areas_table(summary: RunSummary) -> pd.DataFrame:
    """Referrals, quality and domestic abuse within other crime, per area."""
    rows = []
    for area, referrals in summary.referrals_by_area.items():
        da = summary.da_by_area.get(area)
        rows.append(
            {
                "area": area,
                "referrals": referrals,
                "quality_share": summary.quality_by_area.get(area),
                "filed_as_other_crime": da.other_crime if da else 0,
                "da_share_within_other_crime": (da.reconciled / da.other_crime) if da and da.other_crime else None,
                "da_share_within_other_crime_recorded": (da.recorded / da.other_crime)
                if da and da.other_crime
                else None,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "area",
            "referrals",
            "quality_share",
            "filed_as_other_crime",
            "da_share_within_other_crime",
            "da_share_within_other_crime_recorded",
        ],
    )


def categories_table(summary: RunSummary) -> pd.DataFrame:
    """Rows per category as filed (before) and after remapping from the notes."""
    codes = list(dict.fromkeys([*summary.category_counts_after, *summary.category_counts_before]))
    n = summary.rows or 1
    rows = []
    for code in codes:
        before = summary.category_counts_before.get(code, 0)
        after = summary.category_counts_after.get(code, 0)
        if before == 0 and after == 0 and code.startswith("("):
            continue
        rows.append(
            {
                "category": code,
                "label": _label(code),
                "before": before,
                "after": after,
                "change": after - before,
                "share_before": before / n,
                "share_after": after / n,
            }
        )
    return pd.DataFrame(rows, columns=["category", "label", "before", "after", "change", "share_before", "share_after"])


def flags_table(summary: RunSummary) -> pd.DataFrame:
    """Rows per flag disclosed in the notes, with the DA field for comparison."""
    rows = [
        {
            "flag": code,
            "label": FLAG_LABELS.get(code, code),
            "rows": n,
            "share": n / summary.rows if summary.rows else None,
        }
        for code, n in summary.flag_counts.items()
    ]
    rows.append(
        {
            "flag": "domestic_abuse (DA field)",
            "label": "Domestic abuse, source DA field",
            "rows": summary.da_flag_recorded,
            "share": summary.da_flag_recorded / summary.rows if summary.rows else None,
        }
    )
    rows.append(
        {
            "flag": "domestic_abuse (reconciled)",
            "label": "Domestic abuse, DA field or notes",
            "rows": summary.da_flag_reconciled,
            "share": summary.da_flag_reconciled / summary.rows if summary.rows else None,
        }
    )
    return pd.DataFrame(rows, columns=["flag", "label", "rows", "share"])


def _failures_by_check(summary: RunSummary) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"check": c, "errors": v.get("error", 0), "warnings": v.get("warning", 0)}
            for c, v in summary.failures_by_check.items()
        ],
        columns=["check", "errors", "warnings"],
    )


def workbook_sheets(
    summary: RunSummary,
    val: ValidationResult,
    review: pd.DataFrame,
    links: pd.DataFrame | None,
    disagreement: pd.DataFrame | None = None,
) -> list[Sheet]:
    """The report workbook's sheets: summary, areas, categories, flags, failures, review queue, links.

    With a VS export, a ``category disagreement`` sheet follows the links: linked pairs by VAL
    category (rows) and VS category (columns).
    """
    failures = val.failures
    note = None
    if len(failures) > EXCEL_MAX_ROWS - 2:
        note = f"First {EXCEL_MAX_ROWS - 2:,} of {len(failures):,} failures; failures.csv has them all."
    summary_frame = summary_table(summary)
    summary_frame["value"] = summary_frame["value"].map(lambda v: v if v is not None else "")
    sheets = [
        Sheet("summary", summary_frame, wrap=["meaning"]),
        Sheet(
            "areas",
            areas_table(summary),
            percent=["quality_share", "da_share_within_other_crime", "da_share_within_other_crime_recorded"],
        ),
        Sheet("categories", categories_table(summary), percent=["share_before", "share_after"]),
        Sheet("flags", flags_table(summary), percent=["share"]),
        Sheet("failures by check", _failures_by_check(summary)),
        Sheet("failures", failures, wrap=["message"], note=note),
        Sheet("review queue", review, wrap=["rc_evidence", "notes"]),
    ]
    if links is not None:
        sheets.append(Sheet("links", links, wrap=["match_reasons"]))
    if disagreement is not None and not disagreement.empty:
        table = disagreement.copy()
        table.index = table.index.map(str)
        table.columns = [str(c) for c in table.columns]
        table = table.rename_axis("VAL category \\ VS category").reset_index()
        sheets.append(Sheet("category disagreement", table))
    return sheets


# --- charts ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Series:
    name: str
    colour: str


def _attrs(**values: Any) -> str:
    return " ".join(f'{k.replace("_", "-")}="{escape(str(v), quote=True)}"' for k, v in values.items())


def _hbar_chart(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    series: Sequence[_Series],
    values: Sequence[Sequence[float]],
    *,
    percent: bool = False,
    axis_label: str,
    annotations: Sequence[str] | None = None,
) -> str:
    """A horizontal (grouped) bar chart: one group per label, one bar per series."""
    label_w, bar_h, gap, top, right = 300, 14, 10, 34, 90
    width = 900
    plot_w = width - label_w - right
    group_h = bar_h * len(series) + gap
    height = top + group_h * len(labels) + 44
    peak = max([v for row in values for v in row if not math.isnan(v)] + [0.0])
    scale_max = 1.0 if percent else _nice_max(peak)
    parts = [
        f'<svg class="chart" {_attrs(data_chart=chart_id, viewBox=f"0 0 {width} {height}", role="img")} '
        f'aria-labelledby="{chart_id}-title" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
    ]
    parts.append(_legend(series, label_w, 14))
    for tick in _ticks(scale_max, percent):
        x = label_w + plot_w * tick / scale_max
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 38}"/>')
        text = f"{tick:.0%}" if percent else _num(tick)
        parts.append(f'<text class="tick" x="{x:.1f}" y="{height - 24}" text-anchor="middle">{escape(text)}</text>')
    parts.append(
        f'<text class="axis-label" x="{label_w + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle">'
        f"{escape(axis_label)}</text>"
    )
    for i, label in enumerate(labels):
        y0 = top + i * group_h
        parts.append(
            f'<text class="bar-label" x="{label_w - 8}" y="{y0 + bar_h * len(series) / 2 + 4:.1f}" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        for j, s in enumerate(series):
            value = values[i][j]
            shown = 0.0 if math.isnan(value) else value
            w = plot_w * min(shown / scale_max, 1.0) if scale_max else 0.0
            y = y0 + j * bar_h
            text = "–" if math.isnan(value) else (f"{value:.1%}" if percent else _num(value))
            parts.append(
                f'<rect class="bar" x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" '
                f'fill="{s.colour}" '
                f"{_attrs(data_label=label, data_series=s.name, data_value=_data_value(value))}>"
                f"<title>{escape(f'{label} – {s.name}: {text}')}</title></rect>"
            )
            parts.append(f'<text class="value" x="{label_w + w + 4:.1f}" y="{y + bar_h - 4}">{escape(text)}</text>')
        if annotations:
            parts.append(
                f'<text class="note" x="{width - 4}" y="{y0 + bar_h * len(series) / 2 + 4:.1f}" '
                f'text-anchor="end">{escape(annotations[i])}</text>'
            )
    parts.append(f'<line class="axis" x1="{label_w}" y1="{top - 4}" x2="{label_w}" y2="{height - 38}"/>')
    parts.append("</svg>")
    return "".join(parts)


def _vbar_chart(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    *,
    colour: str,
    x_label: str,
    y_label: str,
) -> str:
    """A vertical bar chart (a histogram over labelled buckets)."""
    width, height, left, bottom, top = 900, 320, 70, 56, 20
    plot_w, plot_h = width - left - 20, height - top - bottom
    peak = max([*values, 0.0])
    scale_max = _nice_max(peak)
    slot = plot_w / max(len(labels), 1)
    parts = [
        f'<svg class="chart" {_attrs(data_chart=chart_id, viewBox=f"0 0 {width} {height}", role="img")} '
        f'aria-labelledby="{chart_id}-title" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
    ]
    for tick in _ticks(scale_max, False):
        y = top + plot_h - plot_h * tick / scale_max
        parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{width - 20}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(_num(tick))}</text>')
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        h = plot_h * value / scale_max if scale_max else 0.0
        x = left + i * slot + slot * 0.15
        y = top + plot_h - h
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" '
            f'fill="{colour}" '
            f"{_attrs(data_label=label, data_series='rows', data_value=_data_value(value))}>"
            f"<title>{escape(f'{label} days: {_num(value)} rows')}</title></rect>"
        )
        parts.append(
            f'<text class="value" x="{x + slot * 0.35:.1f}" y="{y - 4:.1f}" '
            f'text-anchor="middle">{escape(_num(value))}</text>'
        )
        parts.append(
            f'<text class="tick" x="{x + slot * 0.35:.1f}" y="{top + plot_h + 16}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    parts.append(f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - 20}" y2="{top + plot_h}"/>')
    parts.append(
        f'<text class="axis-label" x="{left + plot_w / 2:.1f}" y="{height - 8}" '
        f'text-anchor="middle">{escape(x_label)}</text>'
    )
    parts.append(
        f'<text class="axis-label" transform="translate(16 {top + plot_h / 2:.1f}) rotate(-90)" '
        f'text-anchor="middle">{escape(y_label)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def _legend(series: Sequence[_Series], x: float, y: float) -> str:
    parts = []
    for s in series:
        parts.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{s.colour}"/>')
        parts.append(f'<text class="legend" x="{x + 17}" y="{y}">{escape(s.name)}</text>')
        x += 30 + 7.2 * len(s.name)
    return "".join(parts)


def _data_value(value: float) -> str:
    if math.isnan(value):
        return ""
    return f"{value:.4f}".rstrip("0").rstrip(".") if not float(value).is_integer() else str(int(value))


def _nice_max(peak: float) -> float:
    if peak <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(peak))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if peak <= step * magnitude:
            return float(step * magnitude)
    return float(10 * magnitude)


def _ticks(scale_max: float, percent: bool) -> list[float]:
    if percent:
        return [0.0, 0.25, 0.5, 0.75, 1.0]
    return [scale_max * k / 4 for k in range(5)]


# --- the page --------------------------------------------------------------------------------------

_CSS = """
:root { --ink:#1b1f24; --muted:#5b6570; --line:#d8dde3; --panel:#f5f7fa; --accent:#1F3A5F; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color:var(--ink); background:#fff; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }
header.top { background: var(--accent); color:#fff; padding: 22px 32px; }
header.top .inner { max-width:1100px; margin:0 auto; }
header.top h1 { margin:0 0 4px; font-size: 26px; font-weight:650; }
header.top p { margin:0; opacity:.9; }
h2 { font-size: 20px; margin: 36px 0 6px; padding-bottom:4px; border-bottom: 2px solid var(--line); }
p.lead { color: var(--muted); margin: 4px 0 12px; max-width: 80ch; }
.cards { display:grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 12px;
         margin-top: 20px; }
.card { background: var(--panel); border:1px solid var(--line); border-left: 5px solid var(--accent);
        border-radius: 6px; padding: 12px 14px; }
.card .figure { font-size: 28px; font-weight: 700; line-height:1.15; font-variant-numeric: tabular-nums; }
.card .what { font-weight: 600; margin-top: 2px; }
.card .detail { color: var(--muted); font-size: 13px; }
.card.warn { border-left-color: #D55E00; }
.card.good { border-left-color: #009E73; }
p.alert { background: #fdf1e9; border: 1px solid #D55E00; border-left-width: 5px; border-radius: 6px;
          padding: 10px 14px; margin: 12px 0 0; max-width: 80ch; font-weight: 600; }
figure { margin: 8px 0 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
svg.chart { width: 100%; height: auto; display:block; font-family: inherit; }
svg.chart text { font-size: 13px; fill: var(--ink); }
svg.chart text.tick, svg.chart text.note { fill: var(--muted); font-size: 12px; }
svg.chart text.value { font-size: 12px; font-variant-numeric: tabular-nums; }
svg.chart text.axis-label { font-weight: 600; font-size: 13px; }
svg.chart line.grid { stroke: #e6e9ed; stroke-width: 1; }
svg.chart line.axis { stroke: #8a949e; stroke-width: 1; }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin-top: 8px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12.5px;
          word-break: break-word; }
tbody tr:nth-child(even) { background: #fafbfc; }
.two { display:grid; grid-template-columns: 1fr 1fr; gap: 24px; }
@media (max-width: 800px) { .two { grid-template-columns: 1fr; } main { padding: 16px; } }
.muted { color: var(--muted); }
footer { color: var(--muted); font-size: 13px; margin-top: 40px; border-top: 1px solid var(--line);
         padding-top: 8px; }
@page { size: A4; margin: 14mm; }
@media print {
  body { font-size: 10.5pt; }
  header.top { background: none; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--ink); }
  main { max-width: none; padding: 0; }
  .cards { grid-template-columns: repeat(3, 1fr); }
  .card { break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section { break-inside: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _card(figure: str, what: str, detail: str, tone: str = "", key: str = "") -> str:
    cls = f"card {tone}".strip()
    return (
        f'<div class="{cls}" {_attrs(data_figure=key)}><div class="figure">{escape(figure)}</div>'
        f'<div class="what">{escape(what)}</div><div class="detail">{escape(detail)}</div></div>'
    )


def _table(
    frame: pd.DataFrame,
    headers: dict[str, str],
    *,
    numeric: Sequence[str] = (),
    code: Sequence[str] = (),
    percent: Sequence[str] = (),
) -> str:
    cols = [c for c in headers if c in frame.columns]
    head = "".join(
        f'<th scope="col" class="{"num" if c in numeric or c in percent else ""}">{escape(headers[c])}</th>'
        for c in cols
    )
    body = []
    for _, row in frame.iterrows():
        cells = []
        for c in cols:
            value = row[c]
            if c in percent:
                text, cls = _pct(None if value is None or pd.isna(value) else float(value)), "num"
            elif c in numeric:
                text, cls = _num(None if value is None or pd.isna(value) else value), "num"
            else:
                text, cls = _cell_text(value), "code" if c in code else ""
            cells.append(f'<td class="{cls}">{escape(text)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _cell_text(value: Any) -> str:
    if value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _days(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{_num(value)} day" + ("" if value == 1 else "s")


def _areas_detail(summary: RunSummary) -> str:
    unmapped = summary.referrals_by_area.get("(unmapped)", 0)
    areas = len(summary.referrals_by_area) - ("(unmapped)" in summary.referrals_by_area)
    text = f"{areas} areas; every row counted"
    return text + (f" ({_num(unmapped)} with an unknown area)" if unmapped else "")


def period_warning(summary: RunSummary) -> str | None:
    """Say how many referrals fall outside the period asked for, or None when none do.

    The figures still count those rows (nothing is dropped), so a wrong ``--period`` or an export
    of the wrong quarter must be said out loud, in the terminal and in the report.

    Example:
        >>> period_warning(summary)  # doctest: +SKIP
        '1,213 of 1,224 referrals (99.1%) have a referral date outside 2019Q1 (2019-01-01 to ...'
    """
    outside = summary.rows_outside_period
    if not outside or not summary.period:
        return None
    share = f" ({outside / summary.rows:.1%})" if summary.rows else ""
    dates = f" ({summary.period_start} to {summary.period_end})" if summary.period_start else ""
    text = (
        f"{outside:,} of {summary.rows:,} referrals{share} have a referral date outside {summary.period}{dates}; "
        "every figure still counts them."
    )
    if outside * 2 > summary.rows:  # most of the export: the wrong quarter, not a few late entries
        text += " Check the period asked for, or that the export is for that quarter."
    return text


def _headline(summary: RunSummary) -> str:
    cards = [
        _card(
            _num(summary.rows),
            "Referrals",
            _areas_detail(summary),
            key="rows",
        ),
        _card(
            _pct(summary.quality_overall),
            "Pass all error checks",
            f"{_num(summary.valid_rows)} rows; {_num(summary.errors)} errors, {_num(summary.warnings)} warnings",
            "good" if (summary.quality_overall or 0) >= 0.9 else "warn",
            key="quality_overall",
        ),
        _card(
            f"{_pct(summary.other_crime_share_before)} → {_pct(summary.other_crime_share_after)}",
            "Other crime, before → after remapping",
            f"{_num(summary.other_crime_rows)} filed as other crime; {_num(summary.remapped_rows)} remapped from notes",
            key="other_crime_share",
        ),
        _card(
            _pct(summary.da_share_within_other_crime),
            "Domestic abuse within other crime",
            f"DA field alone: {_pct(summary.da_share_within_other_crime_recorded)}; field or notes: "
            f"{_pct(summary.da_share_within_other_crime)}",
            key="da_share_within_other_crime",
        ),
        _card(
            _days(summary.median_days_to_allocation),
            "Median time to allocation",
            "Referral received to allocated",
            key="median_days_to_allocation",
        ),
        _card(
            _num(summary.review_rows),
            "Records for review",
            "The classifier asks a person to check them",
            "warn" if summary.review_rows else "good",
            key="review_rows",
        ),
    ]
    if summary.vs_rows is not None:
        cards += [
            _card(
                _num(summary.lost_referrals),
                "Lost referrals",
                "VAL says referred to VS; VS has no record",
                "warn" if summary.lost_referrals else "good",
                key="lost_referrals",
            ),
            _card(
                _pct(summary.engagement_rate),
                "Engagement rate",
                f"Of {_num(summary.engagement_recorded)} linked VS records with an engagement status "
                f"({_num(summary.linked_pairs)} VAL-VS pairs)",
                key="engagement_rate",
            ),
        ]
    return '<div class="cards">' + "".join(cards) + "</div>"


def _category_section(summary: RunSummary) -> str:
    table = categories_table(summary)
    shown = table[(table["before"] > 0) | (table["after"] > 0)].copy()
    shown = shown.sort_values(["after", "before"], ascending=False, kind="stable")
    chart = _hbar_chart(
        "category-mix",
        "Referrals by crime category, as filed and after remapping from the notes",
        [str(v) for v in shown["label"]],
        [_Series("As filed (before)", _BEFORE), _Series("After remapping", _AFTER)],
        [[float(b), float(a)] for b, a in zip(shown["before"], shown["after"], strict=True)],
        axis_label="Referrals (rows)",
    )
    return (
        '<section id="categories"><h2>Category mix before and after remapping</h2>'
        f'<p class="lead">{_num(summary.other_crime_rows)} referrals '
        f"({_pct(summary.other_crime_share_before)}) were "
        f"filed as &ldquo;other crime&rdquo;. Classifying their notes leaves "
        f"{_pct(summary.other_crime_share_after)} of referrals in the residual category. Broad "
        "labels such as "
        "&ldquo;Assault&rdquo; or &ldquo;Theft&rdquo; are split into their Home Office categories "
        "from the notes.</p>"
        f"<figure>{chart}<figcaption>Bars: referrals per category. Orange: the source crime type mapped to "
        "the Home Office categories. Blue: after remapping.</figcaption></figure></section>"
    )


def _quality_section(summary: RunSummary) -> str:
    areas = list(summary.referrals_by_area)
    chart = _hbar_chart(
        "quality-by-area",
        "Share of referrals passing all error checks, by area",
        areas,
        [_Series("Pass all error checks", _GOOD)],
        [
            [float("nan") if summary.quality_by_area.get(a) is None else float(summary.quality_by_area[a] or 0.0)]
            for a in areas
        ],
        percent=True,
        axis_label="Share of the area's referrals",
        annotations=[f"{_num(summary.referrals_by_area[a])} referrals" for a in areas],
    )
    failures = _failures_by_check(summary)
    return (
        '<section id="quality"><h2>Data quality by area</h2>'
        '<p class="lead">A referral passes when no error-level check fails (required fields present and '
        "recorded, valid dates in order, valid postcode and phone, a known area, no duplicate). "
        "Referrals whose area cannot be matched count under &ldquo;(unmapped)&rdquo;.</p>"
        f"<figure>{chart}</figure>"
        '<div class="two"><div><h3>Referrals by area</h3>'
        + _table(
            areas_table(summary),
            {"area": "Area", "referrals": "Referrals", "quality_share": "Quality"},
            numeric=["referrals"],
            percent=["quality_share"],
        )
        + "</div><div><h3>Failures by check</h3>"
        + _table(
            failures,
            {"check": "Check", "errors": "Errors", "warnings": "Warnings"},
            numeric=["errors", "warnings"],
            code=["check"],
        )
        + "</div></div></section>"
    )


def _allocation_section(summary: RunSummary) -> str:
    hist = summary.allocation_days_histogram
    chart = _vbar_chart(
        "allocation-days",
        "Days from referral to allocation",
        list(hist),
        [float(v) for v in hist.values()],
        colour=_NEUTRAL,
        x_label="Days from referral received to allocation",
        y_label="Referrals",
    )
    return (
        '<section id="allocation"><h2>Time to allocation</h2>'
        f'<p class="lead">Median {escape(_days(summary.median_days_to_allocation))} from '
        "referral to allocation. "
        "Referrals allocated before they were received (a date error) or with a missing date are "
        "left out.</p>"
        f"<figure>{chart}</figure></section>"
    )


def _da_section(summary: RunSummary) -> str:
    labels = ["All areas"]
    values = [
        [
            float("nan")
            if summary.da_share_within_other_crime_recorded is None
            else summary.da_share_within_other_crime_recorded,
            float("nan") if summary.da_share_within_other_crime is None else summary.da_share_within_other_crime,
        ]
    ]
    notes = [f"{_num(summary.other_crime_rows)} filed as other crime"]
    for area, da in summary.da_by_area.items():
        if da.other_crime == 0:
            continue
        labels.append(area)
        values.append([da.recorded / da.other_crime, da.reconciled / da.other_crime])
        notes.append(f"{_num(da.other_crime)} filed as other crime")
    chart = _hbar_chart(
        "da-share",
        "Share of referrals filed as other crime that involve domestic abuse",
        labels,
        [_Series("DA field alone", _BEFORE), _Series("DA field or notes", _AFTER)],
        values,
        percent=True,
        axis_label="Share of referrals filed as other crime",
        annotations=notes,
    )
    return (
        '<section id="domestic-abuse"><h2>Domestic abuse hidden in &ldquo;other crime&rdquo;</h2>'
        '<p class="lead">Among referrals filed as other crime, the share flagged as domestic abuse by the '
        "source&rsquo;s DA field alone, and once the notes are read as well (DA disclosed and not "
        "negated).</p>"
        f"<figure>{chart}</figure>"
        "<h3>Flags disclosed in the notes</h3>"
        + _table(
            flags_table(summary),
            {"label": "Flag", "rows": "Referrals", "share": "Share"},
            numeric=["rows"],
            percent=["share"],
        )
        + "</section>"
    )


def _linkage_section(summary: RunSummary) -> str:
    if summary.vs_rows is None:
        return ""
    rows = pd.DataFrame(
        [
            ("Victim Support records", summary.vs_rows),
            ("Linked VAL-VS pairs", summary.linked_pairs),
            ("Lost referrals (referred by VAL, not found in VS)", summary.lost_referrals),
            ("VS-only records (no VAL referral)", summary.vs_only),
            ("Left for a person to decide (close candidates)", summary.link_review),
            ("Engagement rate (linked VS records)", summary.engagement_rate),
            ("Median days from VAL referral to VS first contact (linked pairs)", summary.median_days_to_first_contact),
        ],
        columns=["figure", "value"],
    )
    rows["value"] = [_pct(v) if "rate" in f else _num(v) for f, v in zip(rows["figure"], rows["value"], strict=True)]
    return (
        '<section id="linkage"><h2>Referrals into Victim Support</h2>'
        '<p class="lead">VAL referrals matched to Victim Support records by probabilistic record linkage '
        "(crime reference, name, date of birth, postcode, phone and dates). Pairs that are too close to "
        "call are left for a person, not guessed. The pairs are in links.csv and the workbook.</p>"
        + _table(rows, {"figure": "Figure", "value": "Value"})
        + "</section>"
    )


def _review_section(summary: RunSummary, review: pd.DataFrame) -> str:
    shown = review.head(HTML_REVIEW_LIMIT).copy()
    if "rc_category" in shown:
        shown["rc_category"] = shown["rc_category"].map(lambda c: _label(str(c)))
    if "rc_rule_ids" in shown:  # room to wrap between ids
        shown["rc_rule_ids"] = shown["rc_rule_ids"].map(lambda v: "; ".join(_cell_text(v).split(";")).strip())
    if "rc_flags" in shown:
        shown["rc_flags"] = shown["rc_flags"].map(
            lambda v: "; ".join(FLAG_LABELS.get(f.strip(), f.strip()) for f in _cell_text(v).split(";") if f.strip())
        )
    more = (
        f" The first {HTML_REVIEW_LIMIT:,} are shown, lowest confidence first; the workbook lists all "
        f"{len(review):,} with the evidence."
        if len(review) > HTML_REVIEW_LIMIT
        else " The workbook lists them with the evidence behind each decision."
    )
    body = (
        _table(shown, _HTML_REVIEW_COLUMNS, numeric=["row"], code=["rc_rule_ids"])
        if len(shown)
        else '<p class="muted">No records need review.</p>'
    )
    return (
        '<section id="review"><h2>Review queue</h2>'
        f'<p class="lead">{_num(summary.review_rows)} records where the classifier is not confident enough '
        f"to decide alone. Row numbers refer to the data rows of the VAL export (and records.csv).{more} "
        "No names, contact details or note text are shown here.</p>"
        f"{body}</section>"
    )


def _method_section(summary: RunSummary) -> str:
    inputs = pd.DataFrame(
        [
            {"role": i.role.upper(), "path": i.path, "rows": i.rows, "profile": i.profile, "sha256": i.sha256}
            for i in summary.inputs
        ]
    )
    thresholds = pd.DataFrame(
        [
            {"setting": k, "value": "; ".join(map(str, v)) if isinstance(v, list) else str(v)}
            for k, v in summary.thresholds.items()
        ]
    )
    definitions = [
        (
            "Referrals by area",
            "Every row of the VAL export by its area, after mapping spellings and aliases "
            "to the configured areas; unmatched areas count under (unmapped).",
        ),
        ("Quality", "Share of rows with no error-level validation failure."),
        (
            "Filed as other crime",
            "The source crime type is residual ("
            + ", ".join(f"“{v}”" for v in summary.thresholds.get("residual_crime_types", []) if v)
            + ", blank or a “not recorded” placeholder).",
        ),
        (
            "Before / after remapping",
            "Before: the source crime type mapped to the Home Office categories by "
            "the crosswalks. After: referrals filed as other crime (and broad labels) classified "
            "from the notes "
            "by the rule packs; the others keep their crosswalk category.",
        ),
        (
            "DA share within other crime",
            "Among referrals filed as other crime, the share whose DA field says "
            "yes or whose notes disclose domestic abuse (not negated, not hypothetical, not someone "
            "else's past).",
        ),
        ("Review queue", "Referrals whose category the classifier could not decide with enough confidence."),
    ]
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in definitions)
    return (
        '<section id="method"><h2>Method</h2>'
        f"<dl>{items}</dl>"
        f"<p>Rules version <code>{escape(summary.rules_version)}</code>; reconcile "
        f"{escape(summary.reconcile_version)}; generated {escape(summary.generated_at)} UTC.</p>"
        "<h3>Inputs</h3>"
        + _table(
            inputs,
            {"role": "Feed", "path": "File", "rows": "Rows", "profile": "Profile", "sha256": "SHA-256"},
            numeric=["rows"],
            code=["sha256"],
        )
        + "<h3>Thresholds and settings</h3>"
        + _table(thresholds, {"setting": "Setting", "value": "Value"}, code=["setting"])
        + "</section>"
    )


def _period_alert(summary: RunSummary) -> str:
    """The period warning, then what the run had to work around (a missing crime-type column)."""
    parts = [f'<p class="alert" role="alert" data-warning="notice">Note: {escape(n)}</p>' for n in summary.notices]
    warning = period_warning(summary)
    if warning is not None:
        parts.insert(0, f'<p class="alert" role="alert" data-warning="period">Warning: {escape(warning)}</p>')
    return "".join(parts)


def render_html(summary: RunSummary, review: pd.DataFrame) -> str:
    """Render the report as one self-contained HTML page (no scripts, no external resources).

    Args:
        summary: The run's figures.
        review: The review queue (:func:`reconcile.pipeline.review_queue`); only its non-personal
            columns are shown.

    Returns:
        The page, as text.
    """
    period = f"Quarter {summary.period}" if summary.period else "All referrals in the export"
    if summary.period_start and summary.period_end:
        period += f" ({summary.period_start} to {summary.period_end})"
    feeds = " and ".join("Victims Advice Line" if i.role == "val" else "Victim Support" for i in summary.inputs)
    title = f"Victim referrals report – {summary.period or 'all referrals'}"
    body = (
        f'<header class="top"><div class="inner"><h1>{escape(title)}</h1>'
        f"<p>{escape(period)} · {escape(feeds)} exports · generated {escape(summary.generated_at[:10])}</p>"
        "</div></header><main>"
        '<section id="headline"><h2>Headline figures</h2>'
        + _period_alert(summary)
        + _headline(summary)
        + "</section>"
        + _category_section(summary)
        + _quality_section(summary)
        + _allocation_section(summary)
        + _da_section(summary)
        + _linkage_section(summary)
        + _review_section(summary, review)
        + _method_section(summary)
        + f"<footer>Produced by reconcile {escape(summary.reconcile_version)}. Figures and the "
        "records behind "
        "them: summary.json, records.csv, report.xlsx. This page holds no personal data.</footer></main>"
    )
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src '
        "'unsafe-inline'; "
        'img-src data:">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>{body}</body></html>\n"
    )
