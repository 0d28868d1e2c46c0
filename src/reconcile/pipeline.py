"""One call for the quarter: validate, classify, link and report.

:func:`run` takes the quarter's VAL export (and the Victim Support export when there is one) and
writes, into one folder:

* ``records.csv`` and ``records.parquet``: every input row, nothing dropped, with its validation
  status and the classifier's columns (``rc_*``);
* ``failures.csv``: the validation failures table (``row, column, check, severity, message``);
  ``vs_failures.csv`` and ``vs_records.csv`` for the VS export;
* ``links.csv``: the VAL-VS links (when a VS export is given);
* ``summary.json``: the figures, machine-readable (:class:`RunSummary`);
* ``report.xlsx``: a sheet per table, for people;
* ``report.html``: one self-contained page with the headline figures, charts, the review queue
  and the method. It holds no names, dates of birth, contact details or note text.

How the figures are defined (they are also written into the report's method section):

* *referrals by area*: every row, by its canonical area; rows whose area cannot be mapped count
  under ``(unmapped)``;
* *quality by area*: the share of an area's rows with no error-level validation failure;
* *filed as other crime*: the source crime type is residual (``Settings.residual_crime_types``,
  blank, or a "not recorded" placeholder);
* *other-crime share before / after*: rows filed as other crime, and rows the classifier leaves
  in ``other_crime``, as shares of all rows;
* *DA share within other crime*: among rows filed as other crime, the share with the reconciled
  domestic-abuse flag (the source's DA field says yes, or the notes disclose DA); the
  ``_recorded`` variant uses the source's DA field alone.

Example:
    >>> from reconcile.pipeline import run
    >>> result = run("val_export.csv", "vs_export.csv", out_dir="report", period="2023Q2")  # doctest: +SKIP
    >>> result.summary.other_crime_share_before  # doctest: +SKIP
    0.581
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from reconcile._args import check_callable, check_path, check_profile
from reconcile._version import __version__
from reconcile.config import Settings
from reconcile.errors import ConfigError, InputError, printable, refuse_overwriting_inputs, writing_output
from reconcile.profiles import Profile
from reconcile.quality import allocation_days
from reconcile.validation import (
    ValidationResult,
    other_feed_fields,
    quarantine_table,
    residual_crime_types,
    source_column_names,
    validate,
)

__all__ = ["OUTPUT_FILES", "AreaDomesticAbuse", "InputFile", "Progress", "RunResult", "RunSummary", "run"]

#: Called as ``progress(stage, done, total)`` while a run goes on (rows done of the stage's total).
Progress = Callable[[str, int, int], None]

#: Output files by key, as :attr:`RunResult.outputs` names them.
OUTPUT_FILES: dict[str, str] = {
    "records_csv": "records.csv",
    "records_parquet": "records.parquet",
    "failures": "failures.csv",
    "quarantine": "quarantine.csv",
    "vs_records": "vs_records.csv",
    "vs_failures": "vs_failures.csv",
    "vs_quarantine": "vs_quarantine.csv",
    "links": "links.csv",
    "summary": "summary.json",
    "workbook": "report.xlsx",
    "html": "report.html",
}
UNMAPPED_AREA = "(unmapped)"
#: Before remapping: a source label that names a broad group ("Assault", "Theft") rather than one code.
BROAD_LABEL = "(broad label)"
#: Before remapping: a source label that no crosswalk lists.
NOT_IN_CROSSWALK = "(not in crosswalk)"
#: Allocation-day buckets for the histogram: (label, lowest day, highest day).
DAY_BUCKETS: tuple[tuple[str, int, int], ...] = (
    ("0", 0, 0), ("1", 1, 1), ("2", 2, 2), ("3", 3, 3), ("4", 4, 4), ("5", 5, 5), ("6", 6, 6), ("7", 7, 7),
    ("8-14", 8, 14), ("15-28", 15, 28), ("29+", 29, 10**6),
)  # fmt: skip
_CLASSIFY_CHUNK = 1_000
_PERIOD = re.compile(r"^\s*(\d{4})\s*-?\s*Q([1-4])\s*$", re.IGNORECASE)
_PERIOD_YEARS = (1900, 2100)


class InputFile(BaseModel):
    """One input export, as the run read it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: str  #: ``val`` or ``vs``
    path: str
    sha256: str  #: of the file's bytes, so an audit can show which export the figures came from
    bytes: int
    rows: int
    profile: str
    profile_inferred: bool


class AreaDomesticAbuse(BaseModel):
    """Domestic abuse among an area's rows filed as other crime."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    other_crime: int  #: rows filed as other crime
    recorded: int  #: of those, with the source's DA field set
    reconciled: int  #: of those, with the DA field set or DA disclosed in the notes


class RunSummary(BaseModel):
    """The figures of a run, as written to ``summary.json``. Shares are 0-1; counts are rows."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reconcile_version: str
    rules_version: str
    generated_at: str  #: ISO timestamp (UTC)
    period: str | None  #: e.g. ``2023Q2`` (calendar quarter)
    period_start: str | None
    period_end: str | None
    inputs: list[InputFile]
    rows: int  #: VAL referrals: rows read, less not_a_record_rows (records.csv has every row read)
    not_a_record_rows: int = 0  #: blank lines and repeated header lines (rc_not_a_record), in no figure
    valid_rows: int  #: rows with no error-level failure
    duplicate_rows: int
    rows_outside_period: int | None  #: rows whose referral date falls outside the period
    errors: int  #: error-level failures
    warnings: int
    failures_by_check: dict[str, dict[str, int]]
    referrals_by_area: dict[str, int]
    quality_by_area: dict[str, float | None]
    quality_overall: float | None
    other_crime_rows: int  #: rows filed as other crime (residual source crime type)
    other_crime_share_before: float
    other_crime_share_after: float
    remapped_rows: int  #: rows filed as other crime that the classifier gave a specific category
    da_share_within_other_crime: float | None
    da_share_within_other_crime_recorded: float | None
    da_by_area: dict[str, AreaDomesticAbuse]
    category_counts_before: dict[str, int]
    category_counts_after: dict[str, int]
    category_sources: dict[str, int]  #: crosswalk / classified / review
    flag_counts: dict[str, int]  #: flags disclosed in the notes (classifier)
    da_flag_recorded: int  #: rows whose source DA field says yes
    da_flag_reconciled: int  #: rows with the DA field set or DA disclosed in the notes
    review_rows: int  #: rows the classifier sends for human review
    median_days_to_allocation: float | None
    allocation_days_histogram: dict[str, int]
    vs_rows: int | None = None
    linked_pairs: int | None = None
    lost_referrals: int | None = None  #: VAL says referred to VS; VS has no matching record
    vs_only: int | None = None  #: VS records with no VAL counterpart
    link_review: int | None = None  #: records with close competing candidates, left for a person
    engagement_rate: float | None = None
    #: the rate's denominator: linked VS records with an engagement status recorded
    engagement_recorded: int | None = None
    median_days_to_first_contact: float | None = None
    thresholds: dict[str, Any] = Field(default_factory=dict)
    outputs: dict[str, str] = Field(default_factory=dict)
    #: What the run had to work around (a missing crime-type or notes column), for the reader.
    notices: list[str] = Field(default_factory=list)


@dataclass
class RunResult:
    """What :func:`run` produced.

    Attributes:
        summary: The figures (also in ``summary.json``).
        records: One row per VAL input row: canonical fields, validation status, ``rc_*`` columns.
        val: The VAL validation result.
        vs: The VS validation result, when a VS export was given.
        links: The links table, when a VS export was given.
        review: The rows the classifier sends for human review.
        link_result: The linkage layer's own result object, when linking ran.
        outputs: Output files by key (see :data:`OUTPUT_FILES`).
    """

    summary: RunSummary
    records: pd.DataFrame
    val: ValidationResult
    vs: ValidationResult | None
    links: pd.DataFrame | None
    review: pd.DataFrame
    link_result: Any = None
    outputs: dict[str, Path] = field(default_factory=dict)


def _period_parts(period: object) -> tuple[int, int]:
    """The year and quarter of ``period``, checked: a string naming a quarter of 1900-2100."""
    if not isinstance(period, str):
        raise ConfigError(f"period must be text like 2023Q2 (calendar quarter), not {type(period).__name__}", "R203")
    match = _PERIOD.match(period)
    if not match:
        shown = f"{period!r} " if len(period) <= 20 else ""
        raise ConfigError(f"period {shown}is not a quarter; write it like 2023Q2 (calendar quarter)", "R203")
    year, quarter = int(match.group(1)), int(match.group(2))
    # Years beyond date's range would fail in datetime; far-off ones are typing slips anyway.
    if not _PERIOD_YEARS[0] <= year <= _PERIOD_YEARS[1]:
        raise ConfigError(
            f"period {period.strip()!r} has year {year}; use a year from {_PERIOD_YEARS[0]} to {_PERIOD_YEARS[1]}",
            "R203",
        )
    return year, quarter


def period_label(period: object) -> str:
    """Return a period in its one spelling, ``YYYYQn``, whichever accepted form it was written in.

    Raises:
        ConfigError: It is not a quarter (``[R203]``).

    Example:
        >>> period_label(" 2023 - q2 ")
        '2023Q2'
    """
    year, quarter = _period_parts(period)
    return f"{year}Q{quarter}"


def parse_period(period: object) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a calendar quarter written ``2023Q2`` (or ``2023-Q2``, ``2023 q2``).

    Raises:
        ConfigError: The value is not text naming a quarter of the years 1900-2100 (``[R203]``).

    Example:
        >>> parse_period("2023Q2")
        (datetime.date(2023, 4, 1), datetime.date(2023, 6, 30))
    """
    year, quarter = _period_parts(period)
    start = dt.date(year, 3 * quarter - 2, 1)
    end = (dt.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)) - dt.timedelta(days=1)
    return start, end


def sha256_file(path: str | Path) -> str:
    """Return the SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def residual_mask(crime_type: pd.Series, settings: Settings) -> pd.Series:
    """True where a source crime type is residual: "other crime", blank, a placeholder...

    Example:
        >>> residual_mask(pd.Series(["Other crime", "Burglary", "", "N/A"]), Settings()).tolist()
        [True, False, True, True]
    """
    from reconcile.rulepack import normalise_label

    residual = frozenset(normalise_label(v) for v in settings.residual_crime_types)
    return residual_crime_types(crime_type, residual, frozenset(settings.extra_placeholders))


def categories_before(crime_type: pd.Series, settings: Settings) -> pd.Series:
    """Map source crime types to taxonomy codes as filed, before any remapping from the notes.

    Residual types become ``other_crime``. Labels the crosswalks map to one code get that code;
    a broad label ("Assault", "Theft") becomes :data:`BROAD_LABEL` and a label no crosswalk
    lists becomes :data:`NOT_IN_CROSSWALK`.
    """
    from reconcile.rulepack import load_rules, normalise_label

    # The same look-up as the classifier's crosswalk step: label first, then offence code ("8N").
    table: dict[str, str] = {}
    codes: dict[str, str] = {}
    for crosswalk in load_rules().crosswalks:
        for entry in crosswalk.entries:
            key = normalise_label(entry.source)
            table.setdefault(key, entry.category or ("" if not entry.candidates else BROAD_LABEL))
            if entry.code and entry.category:
                codes.setdefault(entry.code.strip().upper(), entry.category)
    residual = residual_mask(crime_type, settings)
    text = crime_type.astype("string").fillna("")
    lookup = {
        v: table.get(normalise_label(str(v)), codes.get(str(v).strip().upper(), NOT_IN_CROSSWALK))
        for v in pd.unique(text)
    }
    mapped = text.map(lookup).astype(object)
    # A null category without candidates ("Domestic abuse", "Hate crime") names no offence at all.
    mapped = mapped.where(mapped != "", BROAD_LABEL)
    return mapped.where(~residual.to_numpy(), "other_crime")


def outside_period(referral_date: pd.Series, period: str) -> pd.Series:
    """True where a referral date falls outside ``period`` (a missing date is not outside it)."""
    lo, hi = (pd.Timestamp(d) for d in parse_period(period))
    return referral_date.notna() & ((referral_date < lo) | (referral_date > hi))


def _not_records(result: ValidationResult) -> int:
    """Blank lines and repeated header lines of an export (``not_a_record``), as records mark them."""
    marked = result.records.get("rc_not_a_record")
    return int(marked.astype(bool).sum()) if marked is not None else 0


def not_record_notice(name: str, result: ValidationResult, where: str) -> list[str]:
    """A notice for an export's blank lines and repeated header lines, if it has any."""
    count = _not_records(result)
    if not count:
        return []
    return [
        f"{count:,} rows of the {name} export are blank lines or the header again (not_a_record): "
        f"they are in {where} and the quarantine, and in no figure"
    ]


def input_notices(val: ValidationResult) -> list[str]:
    """Rows of the VAL export that are not referrals, and fields the figures need but it lacks."""
    notices = not_record_notice("VAL", val, "records.csv")
    missing = val.failures.loc[val.failures["check"] == "column_missing", "column"].astype(str).tolist()
    if missing:
        notices.append(
            f"the VAL export has no column for the required field(s) {', '.join(missing)}: their checks "
            "could not run, so the quality share does not count those fields; map the columns with "
            "--profile (or check the names the profile gives)"
        )
    if "da_flag" not in val.records:
        notices.append(
            "the VAL export has no DA flag column: the domestic-abuse share 'DA field alone' is 0 by "
            "construction; the share from the notes is the one to read"
        )
    if "referral_date" not in val.records:
        notices.append(
            "the VAL export has no referral-date column: the period and days to allocation cannot be measured"
        )
    return notices


def classify_notices(records: pd.DataFrame) -> list[str]:
    """Why the classifier saw less than usual: no crime-type column, no notes column (or neither)."""
    has_crime, has_notes = "crime_type" in records, "notes" in records
    if not has_crime and not has_notes:
        return [
            "the VAL export has no crime-type column and no notes column: every row was given the "
            "classifier's answer for an empty note; map the columns with a profile to classify them"
        ]
    notices: list[str] = []
    if not has_crime:
        notices.append("the VAL export has no crime-type column: every row was classified from its notes")
    if not has_notes:
        notices.append(
            "the VAL export has no notes column: crime types were crosswalked, and rows filed as other "
            "crime were classified as if their notes were empty"
        )
    return notices


def _classify(records: pd.DataFrame, settings: Settings, progress: Progress | None) -> tuple[pd.DataFrame, str | None]:
    """Run the classifier over the records in chunks (for progress); return its columns and rules version.

    A missing crime-type column (reported by validation as ``column_missing``) means every row is
    classified from its notes; missing notes mean an empty text, so no row is left out.
    """
    from reconcile.classify import classify

    frame = pd.DataFrame(index=records.index)
    frame["notes"] = records["notes"] if "notes" in records else ""
    category_column: str | None = None
    if "crime_type" in records:
        frame["crime_type"] = records["crime_type"]
        category_column = "crime_type"
    parts: list[pd.DataFrame] = []
    version: str | None = None
    total = len(frame)
    for start in range(0, max(total, 1), _CLASSIFY_CHUNK):
        chunk = frame.iloc[start : start + _CLASSIFY_CHUNK]
        out = classify(chunk, text_column="notes", category_column=category_column, settings=settings)
        attrs = out.attrs.get("reconcile", {})
        if isinstance(attrs, dict):
            version = version or attrs.get("rules_version")
        parts.append(out[[c for c in out.columns if str(c).startswith("rc_")]])
        if progress is not None:
            progress("classifying", min(start + _CLASSIFY_CHUNK, total), total)
    classified = pd.concat(parts) if len(parts) > 1 else parts[0]
    return classified.reindex(records.index), version


def _rules_version() -> str:
    from reconcile.rulepack import load_rules

    return load_rules().version


def _as_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _failed_checks(failures: pd.DataFrame, index: pd.Index, severity: str) -> pd.Series:
    chosen = failures[(failures["severity"] == severity) & failures["row"].notna()]
    if chosen.empty:
        return pd.Series("", index=index, dtype=object)
    reasons = (chosen["check"].astype(str) + " (" + chosen["column"].astype(str) + ")").groupby(
        chosen["row"].astype(int)
    )
    return reasons.agg("; ".join).reindex(index).fillna("").astype(object)


def _shares(numerator: int, denominator: int) -> float | None:
    # Not rounded: summary.json is for machines, and a check of "exact" figures must be able to pass.
    return numerator / denominator if denominator else None


def _flag_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if str(c).startswith("rc_flag_")]


def _histogram(days: pd.Series) -> dict[str, int]:
    return {label: int(((days >= low) & (days <= high)).sum()) for label, low, high in DAY_BUCKETS}


def _ordered_counts(values: pd.Series, order: list[str]) -> dict[str, int]:
    counts = values.astype(str).value_counts()
    out = {code: int(counts.get(code, 0)) for code in order}
    for key, n in counts.items():
        if key not in out:
            out[str(key)] = int(n)
    return out


def _area_order(records: pd.DataFrame, settings: Settings) -> list[str]:
    from reconcile.areas import load_areas

    configured = load_areas(settings.areas_file, settings.area_fuzzy_threshold).names
    seen = sorted(set(records.get("area", pd.Series(dtype=object)).astype(str)) - set(configured) - {""})
    return [*configured, *seen, UNMAPPED_AREA]


def _area_labels(records: pd.DataFrame) -> pd.Series:
    if "area" not in records:
        return pd.Series(UNMAPPED_AREA, index=records.index, dtype=object)
    text = records["area"].astype("string").fillna("").str.strip()
    return text.where(text != "", UNMAPPED_AREA).astype(object)


def build_records(val: ValidationResult, classified: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """Join validation status and classifier columns onto the canonical records (one row per input row)."""
    records = val.records.copy()
    records["rc_failed_checks"] = _failed_checks(val.failures, records.index, "error")
    records["rc_warning_checks"] = _failed_checks(val.failures, records.index, "warning")
    crime = records["crime_type"] if "crime_type" in records else pd.Series("", index=records.index)
    records["rc_filed_as_other_crime"] = residual_mask(crime, settings).to_numpy()
    records["rc_category_before"] = categories_before(crime, settings).to_numpy()
    for column in classified.columns:
        records[column] = classified[column].to_numpy()
    recorded = records["da_flag"].eq(True) if "da_flag" in records else pd.Series(False, index=records.index)
    disclosed = (
        records["rc_flag_domestic_abuse"].fillna(False).astype(bool)
        if "rc_flag_domestic_abuse" in records
        else pd.Series(False, index=records.index)
    )
    records["rc_da_recorded"] = recorded.astype(bool).to_numpy()
    records["rc_da_reconciled"] = (recorded.astype(bool) | disclosed).to_numpy()
    return records


def summarise(
    records: pd.DataFrame,
    val: ValidationResult,
    settings: Settings,
    *,
    rules_version: str,
    inputs: list[InputFile],
    period: str | None = None,
    link_figures: dict[str, Any] | None = None,
) -> RunSummary:
    """Compute the run's figures from the joined records (see the module docstring for definitions)."""
    from reconcile.rulepack import FLAG_CODES, PRINCIPAL_ORDER

    if "rc_not_a_record" in records:
        not_records = records["rc_not_a_record"].astype(bool).to_numpy()
        skipped = int(not_records.sum())
        records = records[~not_records]
    else:
        skipped = 0
    n = len(records)
    areas = _area_labels(records)
    order = _area_order(records, settings)
    by_area = areas.value_counts()
    referrals_by_area = {a: int(by_area[a]) for a in order if a in by_area.index}
    valid_rows = records["rc_valid"].astype(bool)
    valid_by_area = valid_rows.groupby(areas.to_numpy()).sum()
    quality_by_area = {a: _shares(int(valid_by_area.get(a, 0)), n_area) for a, n_area in referrals_by_area.items()}
    valid = int(valid_rows.sum())

    filed_other = records["rc_filed_as_other_crime"].astype(bool)
    after = records["rc_category"].astype(str) if "rc_category" in records else pd.Series("", index=records.index)
    other_rows = int(filed_other.sum())
    da_recorded = records["rc_da_recorded"].astype(bool)
    da_reconciled = records["rc_da_reconciled"].astype(bool)
    da_by_area = {
        a: AreaDomesticAbuse(
            other_crime=int((filed_other & (areas == a)).sum()),
            recorded=int((filed_other & (areas == a) & da_recorded).sum()),
            reconciled=int((filed_other & (areas == a) & da_reconciled).sum()),
        )
        for a in referrals_by_area
    }
    flags = {
        code: int(records[f"rc_flag_{code}"].fillna(False).astype(bool).sum())
        for code in FLAG_CODES
        if f"rc_flag_{code}" in records
    }
    for column in _flag_columns(records):
        code = column.removeprefix("rc_flag_")
        flags.setdefault(code, int(records[column].fillna(False).astype(bool).sum()))
    review = records["rc_needs_review"].fillna(False).astype(bool) if "rc_needs_review" in records else None
    days = allocation_days(records, settings.as_of).dropna()
    start_end = parse_period(period) if period else None
    outside: int | None = None
    if period and "referral_date" in records:
        outside = int(outside_period(records["referral_date"], period).sum())
    by_check: dict[str, dict[str, int]] = {}
    for key, count in val.failures.groupby(["check", "severity"]).size().items():
        check, severity = cast(tuple[str, str], key)
        by_check.setdefault(str(check), {"error": 0, "warning": 0})[str(severity)] = int(count)
    sources: dict[str, int] = (
        {str(k): int(v) for k, v in records["rc_category_source"].astype(str).value_counts().items()}
        if "rc_category_source" in records
        else {}
    )
    return RunSummary(
        reconcile_version=__version__,
        rules_version=rules_version,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        period=period_label(period) if period else None,
        period_start=start_end[0].isoformat() if start_end else None,
        period_end=start_end[1].isoformat() if start_end else None,
        inputs=inputs,
        rows=n,
        not_a_record_rows=skipped,
        valid_rows=valid,
        duplicate_rows=int(records["rc_duplicate"].sum()) if "rc_duplicate" in records else 0,
        rows_outside_period=outside,
        errors=int((val.failures["severity"] == "error").sum()),
        warnings=int((val.failures["severity"] == "warning").sum()),
        failures_by_check=dict(sorted(by_check.items(), key=lambda kv: -sum(kv[1].values()))),
        referrals_by_area=referrals_by_area,
        quality_by_area=quality_by_area,
        quality_overall=_shares(valid, n),
        other_crime_rows=other_rows,
        other_crime_share_before=_shares(other_rows, n) or 0.0,
        other_crime_share_after=_shares(int((after == "other_crime").sum()), n) or 0.0,
        remapped_rows=int((filed_other & (after != "other_crime") & (after != "")).sum()),
        da_share_within_other_crime=_shares(int((filed_other & da_reconciled).sum()), other_rows),
        da_share_within_other_crime_recorded=_shares(int((filed_other & da_recorded).sum()), other_rows),
        da_by_area=da_by_area,
        category_counts_before=_ordered_counts(
            records["rc_category_before"], [*PRINCIPAL_ORDER, BROAD_LABEL, NOT_IN_CROSSWALK]
        ),
        category_counts_after=_ordered_counts(after, list(PRINCIPAL_ORDER)),
        category_sources=sources,
        flag_counts=flags,
        da_flag_recorded=int(da_recorded.sum()),
        da_flag_reconciled=int(da_reconciled.sum()),
        review_rows=int(review.sum()) if review is not None else 0,
        median_days_to_allocation=float(np.median(days)) if len(days) else None,
        allocation_days_histogram=_histogram(days),
        thresholds=_thresholds(settings),
        notices=[*input_notices(val), *classify_notices(records)],
        **(link_figures or {}),
    )


def _none_if_nan(value: Any) -> float | None:
    if value is None or pd.isna(value):
        return None
    return float(value)


def _thresholds(settings: Settings) -> dict[str, Any]:
    return {
        "area_fuzzy_threshold": settings.area_fuzzy_threshold,
        "header_fuzzy_threshold": settings.header_fuzzy_threshold,
        "duplicate_name_threshold": settings.duplicate_name_threshold,
        "max_age_years": settings.max_age_years,
        "allocation_delay_warning_days": 28,
        "residual_crime_types": sorted(settings.residual_crime_types),
        "areas_file": Path(settings.areas_file).name,
        "as_of": settings.as_of.isoformat(),
    }


def review_queue(records: pd.DataFrame) -> pd.DataFrame:
    """The rows the classifier sends for human review, with what a reviewer needs, worst first.

    Includes the note text and evidence: this table is for analysts (records.csv, report.xlsx),
    not for the HTML report, which shows only the non-personal columns.
    """
    if "rc_needs_review" not in records:
        return pd.DataFrame(columns=["row"])
    review = records["rc_needs_review"].fillna(False).astype(bool)
    if "rc_not_a_record" in records:
        review &= ~records["rc_not_a_record"].astype(bool)
    chosen = records[review].copy()
    chosen.insert(0, "row", chosen.index.astype(int))
    chosen = chosen.reset_index(drop=True)
    flags = _flag_columns(chosen)
    chosen["rc_flags"] = (
        chosen[flags]
        .fillna(False)
        .astype(bool)
        .apply(lambda r: "; ".join(c.removeprefix("rc_flag_") for c, v in r.items() if v), axis=1)
        if flags and len(chosen)
        else ""
    )
    wanted = [
        "row", "referral_id", "area", "crime_type", "rc_category_before", "rc_category", "rc_category_source",
        "rc_confidence", "rc_rule_ids", "rc_flags", "rc_da_recorded", "rc_evidence", "notes",
    ]  # fmt: skip
    if "area" in chosen:
        chosen["area"] = _area_labels(chosen).to_numpy()
    out = chosen[[c for c in wanted if c in chosen.columns]]
    if "rc_confidence" in out:
        out = out.sort_values(["rc_confidence", "row"], kind="stable")
    return out.reset_index(drop=True)


def _records_for_output(records: pd.DataFrame, val: ValidationResult) -> pd.DataFrame:
    """The records as written: row number first, then canonical fields, unmapped source columns, rc_*."""
    out = records.copy()
    for column in out.columns:
        if str(column).startswith("rc_") and out[column].dtype == object:
            out[column] = out[column].map(_as_text) if _has_lists(out[column]) else out[column]
    if "da_flag" in out:
        out["da_flag"] = out["da_flag"].astype("boolean")
    mapped = set(val.profile.columns.values())
    extra = val.source[[c for c in val.source.columns if c not in mapped]]
    # a source column named like ours ("row", "notes", "rc_category") keeps its values beside ours
    ours = {"row", *map(str, out.columns)}
    extra = extra.rename(columns=source_column_names(list(extra.columns), ours))
    canonical = [c for c in out.columns if not str(c).startswith("rc_")]
    status = [c for c in out.columns if str(c).startswith("rc_")]
    out = pd.concat([out[canonical], extra.reindex(out.index), out[status]], axis=1)
    out.insert(0, "row", out.index.astype(int))
    return out.reset_index(drop=True)


def _has_lists(column: pd.Series) -> bool:
    return bool(column.map(lambda v: isinstance(v, (list, tuple, set, frozenset))).any())


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.strftime("%Y-%m-%d")
    out.to_csv(path, index=False, encoding="utf-8-sig")


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            values = out[column]
            if values.map(lambda v: v is None or isinstance(v, (bool, np.bool_))).all():
                out[column] = values.astype("boolean")
            else:
                out[column] = values.map(_as_text).astype("string")
    with path.open("wb") as handle:  # (pyarrow cannot open a path that is not valid UTF-8)
        out.to_parquet(handle, index=False)


def _check_is_val(path: str | Path, val: ValidationResult) -> None:
    """Refuse a Victim Support export given as the VAL export (its figures would all be wrong)."""
    vs_fields = other_feed_fields(val, "val")
    if vs_fields:
        raise InputError(
            path,
            f"looks like a Victim Support export (it has {', '.join(vs_fields)} and no outcome or "
            "allocation date); give the VAL export first: reconcile run VAL_EXPORT [VS_EXPORT]",
            "R114",
        )


def _input_file(role: str, path: str | Path, result: ValidationResult) -> InputFile:
    p = Path(path)
    return InputFile(
        role=role,
        path=printable(str(p)),
        sha256=sha256_file(p),
        bytes=p.stat().st_size,
        rows=result.rows,
        profile=result.profile.name,
        profile_inferred=result.inferred,
    )


def run(
    val_export: str | Path,
    vs_export: str | Path | None = None,
    *,
    out_dir: str | Path,
    profile: Profile | str | Path | None = None,
    vs_profile: Profile | str | Path | None = None,
    period: str | None = None,
    settings: Settings | dict[str, Any] | None = None,
    progress: Progress | None = None,
    sheet: str | None = None,
    vs_sheet: str | None = None,
) -> RunResult:
    """Validate, classify and link the quarter's exports, and write the figures and the records.

    Args:
        val_export: The VAL export (CSV, XLSX or Parquet), as a path: the summary records its checksum.
        vs_export: The Victim Support export, if there is one; links and engagement need it.
        out_dir: Folder for the outputs (created; existing outputs are replaced, and those of
            :data:`OUTPUT_FILES` this run does not write, such as ``links.csv`` without a VS
            export, are removed so the folder never mixes two runs; other files are left alone).
        profile: Profile for the VAL export (object or YAML path); the built-in one by default.
        vs_profile: Profile for the VS export.
        period: The quarter reported on, e.g. ``2023Q2`` (calendar quarter); rows referred outside
            it are counted, not dropped.
        settings: Settings, or a dict or YAML/JSON path of them; defaults when None.
        progress: Called as ``progress(stage, done, total)`` as the run goes on.
        sheet: The VAL workbook's sheet (default: the first).
        vs_sheet: The VS workbook's sheet (default: the first).

    Returns:
        A :class:`RunResult`; ``result.outputs`` says where each file went.

    Raises:
        InputError: An export cannot be read, or an output cannot be written (``[R105]``).
        ConfigError: A profile, the settings or the period are not valid, or an argument has the
            wrong type (``[R205]``).
        LinkError: The two exports cannot be linked.

    Example:
        >>> result = run("val.csv", "vs.csv", out_dir="q2", period="2023Q2")  # doctest: +SKIP
        >>> result.outputs["html"]  # doctest: +SKIP
        PosixPath('q2/report.html')
    """
    # Argument checks come before the slow part, so a typo costs nothing.
    check_path(val_export, "val_export")
    if vs_export is not None:
        check_path(vs_export, "vs_export", what="a path (str or Path) or None")
    check_path(out_dir, "out_dir", what="a folder path (str or Path)")
    check_profile(profile)
    check_profile(vs_profile, "vs_profile")
    check_callable(progress, "progress")
    settings_arg = settings
    settings = Settings.from_path_or_dict(settings)
    if period is not None:
        parse_period(period)
    out = Path(out_dir)
    # keeping the exports in the report folder must not let a run replace them with its outputs
    refuse_overwriting_inputs(
        [out / name for name in OUTPUT_FILES.values()], [val_export, vs_export, profile, vs_profile, settings_arg]
    )
    _prepare_out_dir(out)  # likewise: an unwritable folder should not cost a whole run first

    def tick(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    tick("validating VAL export", 0, 1)
    val = validate(val_export, feed="val", profile=profile, settings=settings, sheet=sheet)
    tick("validating VAL export", 1, 1)
    _check_is_val(val_export, val)
    vs: ValidationResult | None = None
    empty_vs = False
    if vs_export is not None:
        tick("validating VS export", 0, 1)
        try:
            vs = validate(vs_export, feed="vs", profile=vs_profile, settings=settings, sheet=vs_sheet)
        except InputError as exc:
            # a quarter with no Victim Support records is a finding (every referral lost), but the
            # VAL figures stand; anything else wrong with the file stops the run
            if exc.code != "R107":
                raise
            empty_vs = True
        tick("validating VS export", 1, 1)
    classified, version = _classify(val.records, settings, progress)
    records = build_records(val, classified, settings)
    if period is not None and "referral_date" in records:
        # which rows the period warning counts, for an analyst to find them in records.csv
        records["rc_outside_period"] = outside_period(records["referral_date"], period).to_numpy()
    links: pd.DataFrame | None = None
    link_result: Any = None
    link_figures: dict[str, Any] = {}
    if vs is not None:
        tick("linking VAL and VS", 0, 1)
        link_result, links, link_figures = _link(val, vs, settings)
        records = _attach_links(records, links)
        tick("linking VAL and VS", 1, 1)
    inputs = [_input_file("val", val_export, val)]
    if vs is not None and vs_export is not None:
        inputs.append(_input_file("vs", vs_export, vs))
    summary = summarise(
        records, val, settings, rules_version=version or _rules_version(), inputs=inputs, period=period,
        link_figures=link_figures,
    )  # fmt: skip
    if empty_vs:
        notice = "the VS export has a header but no rows: nothing was linked, and lost referrals are not counted"
        summary = summary.model_copy(update={"notices": [notice, *summary.notices]})
    if vs is not None and _not_records(vs):
        vs_notice = not_record_notice("VS", vs, "vs_records.csv")
        summary = summary.model_copy(update={"notices": [*summary.notices, *vs_notice]})
    review = review_queue(records)
    tick("writing outputs", 0, 1)
    disagreement = getattr(link_result, "disagreement", None) if link_result is not None else None
    with writing_output(out):
        outputs = _write_outputs(out, records, val, vs, links, review, summary, disagreement)
        summary = summary.model_copy(update={"outputs": {k: printable(str(v)) for k, v in outputs.items()}})
        (out / OUTPUT_FILES["summary"]).write_text(summary.model_dump_json(indent=2) + "\n", encoding="utf-8")
    tick("writing outputs", 1, 1)
    return RunResult(summary, records, val, vs, links, review, link_result, outputs)


def _prepare_out_dir(out: Path) -> None:
    """Create the output folder and make sure it can be written to.

    Raises:
        InputError: It cannot be created or written to (``[R105]``).
    """
    with writing_output(out):
        out.mkdir(parents=True, exist_ok=True)
        if not os.access(out, os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(out))


def _link(val: ValidationResult, vs: ValidationResult, settings: Settings) -> tuple[Any, pd.DataFrame, dict[str, Any]]:
    """Run the linkage layer on the validated exports; return its result, links table and figures."""
    from reconcile.linkage import link

    result = link(val, vs, settings=settings)
    links = result.links
    linked = links[links["status"] == "linked"] if "status" in links else links
    days = pd.Series(result.days_to_first_contact, dtype=float).dropna()
    figures: dict[str, Any] = {
        "vs_rows": vs.rows - _not_records(vs),
        "linked_pairs": int(len(linked)),
        "lost_referrals": int(len(result.lost)),
        "vs_only": int(len(result.vs_only)),
        "link_review": int(len(result.review)),
        "engagement_rate": _none_if_nan(result.engagement_rate),
        "engagement_recorded": (result.summary.get("engagement") or {}).get("with_engagement_value"),
        "median_days_to_first_contact": float(days.median()) if len(days) else None,
    }
    return result, links, figures


def _attach_links(records: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    if "val_row" not in links or "vs_row" not in links:
        return records
    chosen = links[links["status"] == "linked"] if "status" in links else links
    chosen = chosen.dropna(subset=["val_row", "vs_row"]).drop_duplicates("val_row")
    vs_row = pd.Series(chosen["vs_row"].astype(int).to_numpy(), index=chosen["val_row"].astype(int).to_numpy())
    out = records.copy()
    # .array keeps the nullable integers: .to_numpy() turns them into floats when any is missing,
    # and records.csv would say "95.0" for a row number.
    out["rc_vs_row"] = vs_row.reindex(out.index).astype("Int64").array
    return out


def _write_outputs(
    out: Path,
    records: pd.DataFrame,
    val: ValidationResult,
    vs: ValidationResult | None,
    links: pd.DataFrame | None,
    review: pd.DataFrame,
    summary: RunSummary,
    disagreement: pd.DataFrame | None = None,
) -> dict[str, Path]:
    from reconcile.report import render_html, workbook_sheets
    from reconcile.workbook import write_workbook

    out.mkdir(parents=True, exist_ok=True)
    paths = {key: out / name for key, name in OUTPUT_FILES.items()}
    written: dict[str, Path] = {}
    table = _records_for_output(records, val)
    _write_csv(table, paths["records_csv"])
    _write_parquet(table, paths["records_parquet"])
    val.failures.to_csv(paths["failures"], index=False, encoding="utf-8-sig")
    # records.csv holds the values as read and normalised, blank where a check failed: the
    # quarantine keeps those rows as the export had them, to see what failed
    _write_csv(quarantine_table(val.source, val.records, val.failures), paths["quarantine"])
    written.update({k: paths[k] for k in ("records_csv", "records_parquet", "failures", "quarantine")})
    if vs is not None:
        _write_csv(_records_for_output(vs.records, vs), paths["vs_records"])
        vs.failures.to_csv(paths["vs_failures"], index=False, encoding="utf-8-sig")
        _write_csv(quarantine_table(vs.source, vs.records, vs.failures), paths["vs_quarantine"])
        written.update({k: paths[k] for k in ("vs_records", "vs_failures", "vs_quarantine")})
    if links is not None:
        _write_csv(links, paths["links"])
        written["links"] = paths["links"]
    written["summary"] = paths["summary"]
    write_workbook(paths["workbook"], workbook_sheets(summary, val, review, links, disagreement))
    written["workbook"] = paths["workbook"]
    paths["html"].write_text(render_html(summary, review), encoding="utf-8")
    written["html"] = paths["html"]
    # A previous run's links.csv (say) next to this run's records would read as this run's.
    for key, path in paths.items():
        if key not in written and (path.is_file() or path.is_symlink()):
            path.unlink()
    return written
