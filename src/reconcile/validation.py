"""Validate a referral export against its feed profile and say, row by row, what is wrong.

The pipeline for each chunk of rows:

1. **normalise**: each mapped column is parsed for its kind (dates, postcodes, phones, areas,
   yes/no) into a canonical value and a per-cell status (``ok``, ``variant``, ``missing``,
   ``placeholder``, ``invalid``; see :mod:`reconcile.normalise`);
2. **check**: a Pandera schema built from the profile runs every check lazily, so all failures
   are collected, not just the first; cross-field checks (date order, conditional requirements,
   duplicates) are DataFrame-level checks of the same schema;
3. **report**: Pandera's failure cases become the failures table (``row``, ``column``, ``check``,
   ``severity``, ``message``), with messages that never repeat personal data.

Rows with no error-level failure are *clean*; the others are *quarantined*. Every input row is
one or the other. Large files stream through in chunks, so memory does not grow with the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from reconcile._args import check_feed, check_path, check_profile
from reconcile.areas import AreaList, load_areas
from reconcile.config import Settings
from reconcile.duplicates import DuplicateFinder
from reconcile.errors import (
    ConfigError,
    InputError,
    ReconcileError,
    printable,
    refuse_overwriting_inputs,
    writing_output,
)
from reconcile.normalise import (
    normalise_spaces,
    parse_bools,
    parse_dates,
    parse_phones,
    parse_postcodes,
    placeholder_mask,
)
from reconcile.profiles import FIELDS, ColumnMatch, Profile, detect_profile, load_profile
from reconcile.quality import AuditAccumulator, allocation_days
from reconcile.readers import TableSource, open_table, unique_column_names
from reconcile.rulepack import normalise_label

__all__ = ["FAILURE_COLUMNS", "ValidationResult", "Validator", "validate"]

Severity = Literal["error", "warning"]
FAILURE_COLUMNS = ["row", "column", "check", "severity", "message"]

#: Every check, with its severity. Names are stable: reports and audits rely on them.
CHECKS: dict[str, Severity] = {
    "required": "error",
    "not_recorded": "error",
    "not_recorded_optional": "warning",
    "date_format": "error",
    "date_future": "error",
    "date_order": "error",
    "date_implausible": "error",
    "postcode_format": "error",
    "phone_format": "error",
    "yes_no": "error",
    "area_unknown": "error",
    "area_spelling": "warning",
    "required_if": "error",
    "duplicate": "error",
    "column_missing": "error",
    "allocation_delay": "warning",
    "not_a_record": "error",
    "header_repeated": "warning",
    "header_uncertain": "warning",
}

#: Checks whose message depends on the row (a known placeholder token, the area read, the duplicated row).
_ROW_MESSAGES = frozenset({"not_recorded", "not_recorded_optional", "area_spelling", "duplicate"})


@dataclass
class _Chunk:
    """One chunk, parsed: source cells, canonical values and per-field status."""

    raw: pd.DataFrame
    values: pd.DataFrame
    status: pd.DataFrame


@dataclass
class ValidationResult:
    """What :func:`validate` found.

    Attributes:
        path: The export (or "<frame>" for an in-memory frame).
        profile: The profile used (built in, given, or inferred).
        inferred: True when the profile was inferred from the headers.
        matches: How each source header was mapped.
        records: One row per input row (index: 1-based data row): the canonical, normalised
            fields plus ``rc_valid`` (no error-level failure), ``rc_errors`` and ``rc_warnings``
            (counts) and ``rc_not_recorded`` (placeholder cells).
        source: The input rows as read (strings), same index.
        failures: The failures table: ``row``, ``column``, ``check``, ``severity``, ``message``.
        audit: Quality per area and per referral source (see :mod:`reconcile.quality`).
    """

    path: str
    profile: Profile
    inferred: bool
    matches: list[ColumnMatch]
    records: pd.DataFrame
    source: pd.DataFrame
    failures: pd.DataFrame
    audit: pd.DataFrame
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        """Number of input rows."""
        return len(self.records)

    @property
    def clean(self) -> pd.DataFrame:
        """Rows with no error-level failure, as canonical records."""
        return self.records[self.records["rc_valid"]]

    @property
    def quarantine(self) -> pd.DataFrame:
        """Rows with at least one error-level failure, as read from the source."""
        return self.source[~self.records["rc_valid"].to_numpy()]

    @property
    def has_errors(self) -> bool:
        """True when any error-level failure was found."""
        return bool((self.failures["severity"] == "error").any())


class Validator:
    """Validates chunks of one export, keeping the state that spans chunks (duplicates, audit).

    Use :func:`validate` unless you stream a file yourself.

    Args:
        columns: The source headers.
        profile: The feed profile.
        settings: Settings (areas, thresholds, "today").
    """

    def __init__(self, columns: list[str], profile: Profile, settings: Settings) -> None:
        self.columns = columns
        self.profile = profile
        self.settings = settings
        #: the file line read as the header when no line looked like column names (None: one did)
        self.header_guess: int | None = None
        self.areas: AreaList = load_areas(settings.areas_file, settings.area_fuzzy_threshold)
        self.mapped = {f: h for f, h in profile.columns.items() if h in columns}
        self._finder = DuplicateFinder(settings.duplicate_name_threshold)
        self._dup_of: dict[int, int] = {}
        self._placeholders = frozenset(v.lower() for v in settings.extra_placeholders)
        self._residual = frozenset(normalise_label(v) for v in settings.residual_crime_types)
        self.schema = self._build_schema()

    # -- the schema -----------------------------------------------------------------------

    def required_fields(self) -> list[str]:
        """Required fields, with forename/surname satisfied by a full-name column."""
        return list(self.profile.required)

    def missing_columns(self) -> list[str]:
        """Required fields the export has no column for (reported once, not per row)."""
        have = set(self.mapped)
        if "full_name" in have:
            have |= {"forename", "surname"}
        return [f for f in self.profile.required if f not in have]

    def _build_schema(self) -> pa.DataFrameSchema:
        columns: dict[str, pa.Column] = {}
        required = set(self.required_fields())
        present = set(self.mapped) | ({"forename", "surname"} if "full_name" in self.mapped else set())
        for name in present:
            spec = FIELDS.get(name)
            if spec is None or spec.kind == "other":
                continue
            checks = []
            if name in required:
                checks.append(_status_check("required", name, lambda s: s != "missing"))
                checks.append(_status_check("not_recorded", name, lambda s: s != "placeholder"))
            else:
                checks.append(_status_check("not_recorded_optional", name, lambda s: s != "placeholder"))
            if spec.kind == "date":
                checks.append(_status_check("date_format", name, lambda s: s != "invalid"))
            elif spec.kind == "postcode":
                checks.append(_status_check("postcode_format", name, lambda s: s != "invalid"))
            elif spec.kind == "phone":
                checks.append(_status_check("phone_format", name, lambda s: s != "invalid"))
            elif spec.kind == "bool":
                checks.append(_status_check("yes_no", name, lambda s: s != "invalid"))
            elif spec.kind == "area":
                checks.append(_status_check("area_unknown", name, lambda s: s != "invalid"))
                checks.append(_status_check("area_spelling", name, lambda s: s != "fuzzy"))
            columns[f"{name}__status"] = pa.Column(str, checks=checks, nullable=False)
        frame_checks = [
            _frame_check("date_future", "referral_date", self._future("referral_date")),
            _frame_check("date_future", "allocation_date", self._future("allocation_date")),
            _frame_check("date_future", "first_contact_date", self._future("first_contact_date")),
            _frame_check("date_future", "dob", self._future("dob")),
            _frame_check("date_order", "allocation_date", _not_before("allocation_date", "referral_date")),
            _frame_check("date_order", "first_contact_date", _not_before("first_contact_date", "referral_date")),
            _frame_check("date_order", "dob", _not_before("referral_date", "dob")),
            _frame_check("date_implausible", "dob", self._too_old),
            # (a wait the audit measures: not an allocation in the future, which is a date_future error)
            _frame_check(
                "allocation_delay", "allocation_date", lambda df: ~(allocation_days(df, self.settings.as_of) > 28)
            ),
            _frame_check("duplicate", "crime_reference", lambda df: ~df["__duplicate"]),
        ]
        for name, when in self.profile.conditional.items():
            frame_checks.append(_frame_check("required_if", name, self._conditional(name, when)))
        return pa.DataFrameSchema(columns, checks=frame_checks, name=self.profile.name, strict=False)

    def _future(self, name: str) -> Callable[[pd.DataFrame], pd.Series]:
        limit = pd.Timestamp(self.settings.as_of)

        def check(df: pd.DataFrame) -> pd.Series:
            if name not in df:
                return pd.Series(True, index=df.index)
            return ~(df[name] > limit)

        return check

    def _too_old(self, df: pd.DataFrame) -> pd.Series:
        if "dob" not in df:
            return pd.Series(True, index=df.index)
        oldest = pd.Timestamp(self.settings.as_of) - pd.DateOffset(years=self.settings.max_age_years)
        return ~(df["dob"] < oldest)

    def _conditional(self, name: str, when: str) -> Callable[[pd.DataFrame], pd.Series]:
        residual = self._residual
        words = [w.lower() for w in self.profile.referral_on_words]
        not_words = [w.lower() for w in self.profile.referral_not_words]

        def check(df: pd.DataFrame) -> pd.Series:
            status = df.get(f"{name}__status")
            absent = status.isin(["missing", "placeholder"]) if status is not None else pd.Series(True, index=df.index)
            if when == "residual_crime_type":
                if "crime_type" not in df:
                    return pd.Series(True, index=df.index)
                trigger = residual_crime_types(df["crime_type"], residual)
            else:
                if "outcome" not in df:
                    return pd.Series(True, index=df.index)
                outcome = df["outcome"].astype(str).str.lower()
                trigger = pd.Series(False, index=df.index)
                for word in words:
                    trigger |= outcome.str.contains(word, regex=False)
                for word in not_words:
                    trigger &= ~(" " + outcome).str.contains(word, regex=False)
            return ~(trigger & absent)

        return check

    # -- running ------------------------------------------------------------------------------

    def parse(self, raw: pd.DataFrame) -> _Chunk:
        """Normalise one chunk of source rows into canonical values and statuses."""
        values: dict[str, pd.Series] = {}
        status: dict[str, pd.Series] = {}
        for name, header in self.mapped.items():
            spec = FIELDS[name]
            column = raw[header]
            if spec.kind == "date":
                values[name], status[name] = parse_dates(column, today=self.settings.as_of)
            elif spec.kind == "postcode":
                values[name], status[name] = parse_postcodes(column)
            elif spec.kind == "phone":
                values[name], status[name] = parse_phones(column)
            elif spec.kind == "bool":
                # only consent is a question a refusal answers ("declined" DA flag: not recorded)
                values[name], status[name] = parse_bools(column, refusal_is_no=name == "consent")
            elif spec.kind == "area":
                values[name], status[name] = self._areas(column)
            else:
                text = column.astype("string[pyarrow]").fillna("")
                stripped = normalise_spaces(text)
                st = pd.Series("ok", index=raw.index, dtype=object)
                st[stripped == ""] = "missing"
                st[placeholder_mask(stripped, self._placeholders) & (stripped != "")] = "placeholder"
                values[name] = (text if spec.kind == "text" else stripped).astype(object).where(st == "ok", "")
                status[name] = st
        if "full_name" in values and "forename" not in values and "surname" not in values:
            values["forename"], values["surname"], status["forename"], status["surname"] = _split_names(
                values["full_name"], status["full_name"]
            )
        if self._placeholders:
            for name in values:
                source_header = self.mapped.get(name)
                if source_header is not None and FIELDS[name].kind != "text":
                    extra = placeholder_mask(raw[source_header], self._placeholders) & ~placeholder_mask(
                        raw[source_header]
                    )
                    status[name] = status[name].where(~extra, "placeholder")
        return _Chunk(raw, pd.DataFrame(values, index=raw.index), pd.DataFrame(status, index=raw.index))

    def _areas(self, column: pd.Series) -> tuple[pd.Series, pd.Series]:
        names, status = self.areas.match_series(column)
        # Aliases and case are fine; only a fuzzy guess deserves a warning, so someone adds the alias.
        text = column.astype("string").fillna("")
        unlisted = {v: not self.areas.is_listed(str(v)) for v in pd.unique(text)}
        guessed = status.eq("variant") & text.map(unlisted).astype(bool)
        return names, status.where(~guessed, "fuzzy")

    def check(self, chunk: _Chunk) -> pd.DataFrame:
        """Run the schema on a parsed chunk and return its failures table."""
        frame = chunk.values.copy()
        for name in chunk.status.columns:
            frame[f"{name}__status"] = chunk.status[name].astype(str)
        frame["__duplicate"] = self._duplicates(chunk)
        try:
            self.schema.validate(frame, lazy=True)
        except SchemaErrors as exc:
            failures = self._failures(exc.failure_cases, chunk)
        else:
            failures = pd.DataFrame(columns=FAILURE_COLUMNS)
        return self._not_records(chunk, failures)

    def _not_records(self, chunk: _Chunk, failures: pd.DataFrame) -> pd.DataFrame:
        """A blank line, or the header again (an export pasted twice), is one ``not_a_record`` error.

        Such a row is not a referral with every field missing: its own failures would fill the
        failures table and hide what it is. It stays a row (counted, quarantined), named as such.
        """
        raw = chunk.raw
        if raw.shape[1] == 0:
            return failures
        # candidates from the first column (every row of every chunk pays for that one only), then
        # every column for those: all cells blank or spaces; or half the cells the header's names
        first = raw.iloc[:, 0].str.strip()
        names = [str(c).strip().lower() for c in raw.columns]
        maybe = raw[(first == "").to_numpy() | (first.str.lower() == names[0]).to_numpy()]
        cells = maybe.apply(lambda c: c.str.strip())
        blank = pd.Series(False, index=raw.index)
        header = pd.Series(False, index=raw.index)
        if len(maybe):
            blank[maybe.index] = (cells == "").all(axis=1).to_numpy()
            hits = [(cells[c].str.lower() == n).to_numpy(dtype=int) for c, n in zip(cells.columns, names, strict=True)]
            header[maybe.index] = np.sum(hits, axis=0) >= max(2, raw.shape[1] // 2)
        # an export pasted twice brings its title lines ("... referrals export", "Run date: ...")
        # with its header: up to ten one-cell lines right above a repeated header
        title = pd.Series(False, index=raw.index)
        positions = {r: p for p, r in enumerate(raw.index)}
        for row in header[header].index:
            p = positions[row] - 1
            while p >= 0 and positions[row] - p <= 10 and not header.iloc[p]:
                if int((raw.iloc[p].str.strip() != "").sum()) > 1:
                    break
                title.iloc[p] = True
                p -= 1
        odd = blank | header | title
        if not odd.any():
            return failures
        rows = odd[odd].index

        def what(r: int) -> str:
            if header[r]:
                return "the header line again (was the export pasted twice?)"
            return "a blank line" if blank[r] else "a title line above a repeated header"

        extra = pd.DataFrame(
            {"row": rows.to_numpy(), "column": "", "check": "not_a_record", "severity": "error",
             "message": [what(r) for r in rows]}
        )  # fmt: skip
        kept = failures[~failures["row"].isin(rows)]
        out = pd.concat([kept, extra], ignore_index=True) if len(kept) else extra
        return out.sort_values(["row", "column", "check"], kind="stable")[FAILURE_COLUMNS].reset_index(drop=True)

    def _duplicates(self, chunk: _Chunk) -> pd.Series:
        """Mark rows that repeat an earlier row's victim and crime (see :mod:`reconcile.duplicates`)."""
        flags = self._finder.find(chunk.values)
        self._dup_of = self._finder.duplicate_of
        return flags

    def _failures(self, cases: pd.DataFrame, chunk: _Chunk) -> pd.DataFrame:
        cases = cases.dropna(subset=["index"])
        if cases.empty:
            return pd.DataFrame(columns=FAILURE_COLUMNS)
        check_names = cases["check"].astype(str)
        split = check_names.str.split(":", n=1, expand=True)
        out = pd.DataFrame(
            {
                "row": cases["index"].astype(int).to_numpy(),
                "check": split[0].to_numpy(),
                "field": split[1].to_numpy(),
            }
        )
        out = out.drop_duplicates()
        out["severity"] = out["check"].map(CHECKS)
        out["column"] = out["field"].map(lambda f: self._header(f))
        out["message"] = ""
        # Most messages depend only on the check and field: build each once, not once per row.
        for key, group in out.groupby(["check", "field"], sort=False):
            check, field_name = (str(k) for k in key)
            if check in _ROW_MESSAGES:
                messages: list[str] | str = [self._message(check, field_name, int(r), chunk) for r in group["row"]]
            else:
                messages = self._message(check, field_name, int(group["row"].iloc[0]), chunk)
            out.loc[group.index.to_numpy(), "message"] = messages
        return out.sort_values(["row", "column", "check"], kind="stable")[FAILURE_COLUMNS].reset_index(drop=True)

    def _header(self, field_name: str) -> str:
        if field_name in self.mapped:
            return self.mapped[field_name]
        if field_name in ("forename", "surname") and "full_name" in self.mapped:
            return self.mapped["full_name"]
        return field_name

    def _message(self, check: str, field_name: str, row: int, chunk: _Chunk) -> str:
        label = FIELDS[field_name].label if field_name in FIELDS else field_name
        header = self._header(field_name)
        if check == "required":
            return f"{label} is blank; it is required for a {self.profile.feed.upper()} referral"
        if check in ("not_recorded", "not_recorded_optional"):
            raw = str(chunk.raw.at[row, header]).strip() if header in chunk.raw else ""
            shown = raw if len(raw) <= 20 and not any(ch.isdigit() for ch in raw) else "a system default date"
            return f"{label} holds a placeholder ('{shown}') instead of a value"
        if check == "date_format":
            return f"{label} is not a valid date (expected a UK date such as 31/01/2024)"
        if check == "date_future":
            return f"{label} is in the future (after {self.settings.as_of:%d/%m/%Y})"
        if check == "date_order":
            if field_name == "dob":
                return "date of birth is on or after the referral date"
            return f"{label} is before the referral date"
        if check == "date_implausible":
            return f"date of birth makes the victim older than {self.settings.max_age_years}"
        if check == "postcode_format":
            return "postcode is not a valid UK postcode"
        if check == "phone_format":
            return "contact number is not a valid phone number"
        if check == "yes_no":
            return f"{label} is not a yes/no answer"
        # The area cell is free text (a name or phone number is sometimes keyed into it), so the
        # messages never quote it; the configured area names are configuration, not personal data.
        if check == "area_unknown":
            return (
                f"{label} is not one of the configured areas ({', '.join(self.areas.names)}); if the "
                f"spelling in this row means one of them, add it as an alias in {Path(self.settings.areas_file).name}"
            )
        if check == "area_spelling":
            mapped = chunk.values.at[row, "area"]
            return (
                f"{label} is not a listed spelling and was read as '{mapped!s}' by fuzzy matching; "
                "add the spelling as an alias if right"
            )
        if check == "required_if":
            if self.profile.conditional.get(field_name) == "residual_crime_type":
                return f"{label} are required when the crime type is residual (such as 'Other crime')"
            return f"{label} is required when the outcome is a referral on"
        if check == "duplicate":
            return f"repeats the victim and crime of row {self._dup_of.get(row, '?')}"
        if check == "allocation_delay":
            return "allocated more than 28 days after referral"
        return f"{label} failed {check}"

    def records(self, chunk: _Chunk, failures: pd.DataFrame) -> pd.DataFrame:
        """The canonical records of a chunk with their validation status."""
        records = chunk.values.copy()
        errors = failures[failures["severity"] == "error"].groupby("row").size()
        warnings = failures[failures["severity"] == "warning"].groupby("row").size()
        records["rc_errors"] = errors.reindex(records.index, fill_value=0).astype(int)
        records["rc_warnings"] = warnings.reindex(records.index, fill_value=0).astype(int)
        records["rc_valid"] = records["rc_errors"].eq(0)
        records["rc_not_recorded"] = (chunk.status == "placeholder").sum(axis=1).astype(int)
        # a blank line or the header again: kept as a row, left out of the referral figures
        not_record = records.index.isin(failures.loc[failures["check"] == "not_a_record", "row"])
        records["rc_duplicate"] = records.index.isin(list(self._dup_of)) & ~not_record
        of = pd.Series(self._dup_of, dtype="Int64").reindex(records.index) if self._dup_of else None
        records["rc_duplicate_of"] = (
            of.mask(not_record).to_numpy() if of is not None else pd.array([None] * len(records), dtype="Int64")
        )
        records["rc_not_a_record"] = not_record
        return records


def _status_check(check: str, field_name: str, fn: Callable[[pd.Series], pd.Series]) -> pa.Check:
    return pa.Check(fn, name=f"{check}:{field_name}", error=f"{check}:{field_name}")


def _frame_check(check: str, field_name: str, fn: Callable[[pd.DataFrame], pd.Series]) -> pa.Check:
    return pa.Check(fn, name=f"{check}:{field_name}", error=f"{check}:{field_name}")


def _not_before(later: str, earlier: str) -> Callable[[pd.DataFrame], pd.Series]:
    def check(df: pd.DataFrame) -> pd.Series:
        if later not in df or earlier not in df:
            return pd.Series(True, index=df.index)
        if later == "referral_date" and earlier == "dob":  # born on or after the referral
            return ~(df["dob"] >= df["referral_date"])
        return ~(df[later] < df[earlier])

    return check


def _new_audit(chunk: _Chunk, settings: Settings) -> AuditAccumulator:
    """An audit over the fields the export maps and reconcile checks (not pass-through columns)."""
    return AuditAccumulator([f for f in chunk.status.columns if FIELDS[f].kind != "other"], settings.as_of)


def _split_names(full: pd.Series, status: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """Split "SURNAME, Forename" or "Forename Surname" into forename and surname."""
    text = full.astype(str).str.strip()
    comma = text.str.contains(",", regex=False)
    sur_c = text.str.split(",", n=1).str[0].str.strip()
    fore_c = text.str.split(",", n=1).str[1].astype(object).fillna("").astype(str).str.strip()
    sur_s = text.str.rsplit(" ", n=1).str[-1].fillna("")
    fore_s = text.str.rsplit(" ", n=1).str[0].where(text.str.contains(" ", regex=False), "")
    forename = fore_c.where(comma, fore_s).astype(object)
    surname = sur_c.where(comma, sur_s).astype(object)
    fore_status = status.where(~(status.eq("ok") & forename.eq("")), "missing")
    return forename, surname, fore_status, status.copy()


def _resolve_profile(
    source: TableSource | list[str],
    sample: pd.DataFrame | None,
    feed: str,
    profile: Profile | str | Path | None,
    settings: Settings,
) -> tuple[Profile, list[ColumnMatch], bool]:
    columns = source.columns if isinstance(source, TableSource) else source
    if profile is None:
        found = detect_profile(columns, sample, feed, settings.header_fuzzy_threshold)
        if not found[0].columns:
            # nothing to validate: every row would "pass" every check
            reason = (
                "no column could be matched to a referral field (is the header row missing, or is the "
                "file only title lines?); write a profile with 'reconcile profile init' and pass it "
                "with --profile"
            )
            if isinstance(source, TableSource):
                raise InputError(source.path, reason, "R113")
            raise ConfigError(f"the data frame: {reason}")
        return found
    chosen = profile if isinstance(profile, Profile) else load_profile(profile)
    missing = [f"{f} -> '{h}'" for f, h in chosen.columns.items() if h not in columns]
    if missing and len(missing) == len(chosen.columns):
        where = printable(str(source.path)) if isinstance(source, TableSource) else "the data frame"
        raise ConfigError(
            f"{where}: profile '{chosen.name}' matches none of the file's columns ({', '.join(missing[:5])}); "
            "check the profile or run 'reconcile profile init' on this export"
        )
    matches = [
        ColumnMatch(h, next((f for f, s in chosen.columns.items() if s == h), None), 100.0, None) for h in columns
    ]
    return chosen, matches, False


def iter_validate(
    source: TableSource,
    *,
    feed: str = "auto",
    profile: Profile | str | Path | None = None,
    settings: Settings | None = None,
    chunk_rows: int | None = None,
) -> tuple[Validator, list[ColumnMatch], bool, Iterator[tuple[_Chunk, pd.DataFrame, pd.DataFrame]]]:
    """Validate an opened export chunk by chunk (for streaming large files).

    Returns:
        ``(validator, matches, inferred, chunks)`` where ``chunks`` yields
        ``(parsed chunk, failures, records)`` per chunk.
    """
    feed = check_feed(feed)
    settings = Settings.from_path_or_dict(settings)
    chunks = source.chunks(chunk_rows or settings.chunk_rows)
    first = next(chunks)
    chosen, matches, inferred = _resolve_profile(source, first.head(200), feed, profile, settings)
    validator = Validator(source.columns, chosen, settings)
    if not source.header_is_labels:
        validator.header_guess = source.header_row

    def run() -> Iterator[tuple[_Chunk, pd.DataFrame, pd.DataFrame]]:
        for raw in _prepend(first, chunks):
            parsed = validator.parse(raw)
            failures = validator.check(parsed)
            yield parsed, failures, validator.records(parsed, failures)

    return validator, matches, inferred, run()


def _prepend(first: pd.DataFrame, rest: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    yield first
    yield from rest


_REPEAT = re.compile(r"^ \(\d+\)$")


def residual_crime_types(
    crime_type: pd.Series, residual: frozenset[str], extra_placeholders: frozenset[str] = frozenset()
) -> pd.Series:
    """True where a source crime type is residual: one of ``residual``, or a placeholder.

    ``residual`` holds normalised labels: values are compared as the classifier's crosswalk
    compares them ("Misc." is "misc"). Shared by the notes requirement and run's figures.
    """
    text = crime_type.astype("string").fillna("")
    labels = {v: normalise_label(str(v)) for v in pd.unique(text)}  # a few distinct crime types
    label = text.map(labels).astype("string").fillna("")
    return (label.isin(residual) | placeholder_mask(text, extra_placeholders)).astype(bool)


#: fields only one system's export has: a file with the other system's and none of its own was
#: given in the wrong place (shared by ``link`` and ``run``, which say so before linking)
_VAL_ONLY_FIELDS = frozenset({"outcome", "referred_to", "allocation_date"})
_VS_ONLY_FIELDS = frozenset({"engagement", "first_contact_date"})


def other_feed_fields(result: ValidationResult, expected: str) -> list[str]:
    """Fields that mark ``result`` as the other system's export when ``expected`` ("val"/"vs") was asked.

    Empty when the export can be the expected one: it has a field of its own system, or none of the
    other's.
    """
    own, other = (_VAL_ONLY_FIELDS, _VS_ONLY_FIELDS) if expected == "val" else (_VS_ONLY_FIELDS, _VAL_ONLY_FIELDS)
    fields = set(result.records.columns)
    return [] if fields & own else sorted(fields & other)


def _fold_header(name: str) -> str:
    return " ".join(name.split()).casefold()


def file_level_failures(validator: Validator) -> pd.DataFrame:
    """Failures that concern the whole file (a required column it lacks), with an empty row."""
    rows = [
        {
            "row": pd.NA,
            "column": FIELDS[f].label,
            "check": "column_missing",
            "severity": "error",
            "message": f"the export has no column for required field '{f}'; map it with --profile",
        }
        for f in validator.missing_columns()
    ]
    # a header that repeats ("Postcode" twice, or "Postcode" and "POSTCODE "): the first is read, the
    # other kept ("Postcode (2)", "POSTCODE ") with its values, which may be the ones meant
    for name, header in validator.mapped.items():
        twins = [
            c
            for c in validator.columns
            if (c.startswith(f"{header} (") and _REPEAT.match(c[len(header) :]))
            or (c != header and _fold_header(c) == _fold_header(header))
        ]
        if twins:
            rows.append(
                {
                    "row": pd.NA,
                    "column": header,
                    "check": "header_repeated",
                    "severity": "warning",
                    "message": f"the header '{header}' appears {len(twins) + 1} times; the first column is read "
                    f"as {name}, the others are kept as {', '.join(repr(t) for t in twins)}: check which is meant "
                    "and map it with --profile",
                }
            )
    if validator.header_guess is not None:
        rows.append(
            {
                "row": pd.NA,
                "column": "",
                "check": "header_uncertain",
                "severity": "warning",
                "message": f"line {validator.header_guess} was read as the header, but no line looked like column "
                "names; if the export has no header row, its first record was read as one: export it again "
                "with column names",
            }
        )
    return pd.DataFrame(rows, columns=FAILURE_COLUMNS).astype({"row": "Int64"})


def shown_columns(columns: list[str], header_is_labels: bool) -> list[str]:
    """Column names as messages may show them: by position where the header may be a record."""
    return list(columns) if header_is_labels else [f"column {i + 1}" for i in range(len(columns))]


def validate(
    data: pd.DataFrame | str | Path,
    *,
    feed: Literal["val", "vs", "auto"] = "auto",
    profile: Profile | str | Path | None = None,
    settings: Settings | dict[str, Any] | None = None,
    sheet: str | None = None,
) -> ValidationResult:
    """Validate a referral export and audit its quality.

    Args:
        data: A path to a CSV/XLSX/Parquet export, or a frame of its rows (strings).
        feed: ``val``, ``vs`` or ``auto`` (any case; pick the built-in profile the headers fit, else infer).
        profile: A profile (object or YAML path); overrides ``feed`` detection.
        settings: Settings, or a dict or YAML/JSON path of them; defaults when None.
        sheet: Workbook sheet to read.

    Returns:
        A :class:`ValidationResult`; ``result.failures`` is the failures table and
        ``result.audit`` the quality audit.

    Raises:
        InputError: The file cannot be read.
        ConfigError: The profile, settings or ``feed`` are not valid, or an argument has the wrong
            type (``[R205]``).

    Example:
        >>> result = reconcile.validate("val_export.csv")  # doctest: +SKIP
        >>> result.failures.head()  # doctest: +SKIP
    """
    check_path(data, "data", allowed=(pd.DataFrame,), what="a path (str or Path) or a DataFrame")
    check_profile(profile)
    feed = check_feed(feed)
    settings = Settings.from_path_or_dict(settings)
    if sheet is not None and not isinstance(sheet, str):
        raise ConfigError(f"sheet must be a sheet name (str) or None, not {type(sheet).__name__}", "R205")
    if isinstance(data, pd.DataFrame):
        raw = _as_strings(data)
        chosen, matches, inferred = _resolve_profile(list(raw.columns), raw.head(200), feed, profile, settings)
        validator = Validator(list(raw.columns), chosen, settings)
        parsed = validator.parse(raw)
        failures = validator.check(parsed)
        parts = [(parsed, failures, validator.records(parsed, failures))]
        path = "<frame>"
    else:
        source = open_table(data, sheet)
        validator, matches, inferred, chunks = iter_validate(source, feed=feed, profile=profile, settings=settings)
        parts = list(chunks)
        chosen = validator.profile
        path = str(data)
    failures = pd.concat(
        [file_level_failures(validator), *[f.astype({"row": "Int64"}) for _, f, _ in parts]],
        ignore_index=True,
    )
    records = pd.concat([r for _, _, r in parts]) if len(parts) > 1 else parts[0][2]
    source_rows = pd.concat([c.raw for c, _, _ in parts]) if len(parts) > 1 else parts[0][0].raw
    accumulator = _new_audit(parts[0][0], validator.settings)
    for parsed_chunk, _, chunk_records in parts:
        accumulator.add(parsed_chunk.status, chunk_records)
    audit = accumulator.result()
    return ValidationResult(path, chosen, inferred, matches, records, source_rows, failures, audit)


def _as_strings(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    # Repeated headers would make out[column] a frame; rename them as the file readers do.
    out.columns = unique_column_names([str(c).strip() for c in out.columns])
    for column in out.columns:
        out[column] = out[column].map(_cell_text).astype(object)
    if not (isinstance(out.index, pd.RangeIndex) and out.index.start == 1 and out.index.name == "row"):
        out.index = pd.RangeIndex(1, len(out) + 1, name="row")
    return out


def _cell_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


class _TableWriter:
    """Append chunks to a CSV or Parquet file; XLSX is written once at the end (it cannot append)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kind = path.suffix.lower()
        self._started = False
        self._parquet: Any = None
        self._handle: Any = None
        self._pending: list[pd.DataFrame] = []
        with writing_output(path):
            path.parent.mkdir(parents=True, exist_ok=True)

    def write(self, frame: pd.DataFrame) -> None:
        with writing_output(self.path):
            self._write(frame)

    def _write(self, frame: pd.DataFrame) -> None:
        if self.kind == ".parquet":
            import pyarrow as pyarrow
            import pyarrow.parquet as pq

            table = pyarrow.Table.from_pandas(frame.astype(str), preserve_index=False)
            if self._parquet is None:
                # through a Python file: pyarrow cannot open a path that is not valid UTF-8
                self._handle = self.path.open("wb")
                self._parquet = pq.ParquetWriter(self._handle, table.schema)
            self._parquet.write_table(table)
        elif self.kind in (".xlsx", ".xlsm"):
            self._pending.append(frame)
        else:
            frame.to_csv(
                self.path,
                mode="a" if self._started else "w",
                header=not self._started,
                index=False,
                encoding="utf-8-sig" if not self._started else "utf-8",
            )
        self._started = True

    def close(self, columns: list[str]) -> None:
        with writing_output(self.path):
            self._close(columns)

    def discard(self) -> None:
        """Remove what was written: the output could not be finished."""
        with contextlib.suppress(Exception):
            if self._parquet is not None:
                self._parquet.close()
            if self._handle is not None:
                self._handle.close()
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def _close(self, columns: list[str]) -> None:
        if self.kind == ".parquet" and self._parquet is not None:
            self._parquet.close()
            self._handle.close()
        elif self.kind in (".xlsx", ".xlsm"):
            from reconcile.readers import write_table

            write_table(pd.concat(self._pending) if self._pending else pd.DataFrame(columns=columns), self.path)
        elif not self._started:
            pd.DataFrame(columns=columns).to_csv(self.path, index=False, encoding="utf-8-sig")


def clean_output(chunk: _Chunk, records: pd.DataFrame, validator: Validator) -> pd.DataFrame:
    """Clean rows as written by ``--clean``: the row number, canonical fields, then unmapped columns."""
    keep = records["rc_valid"].to_numpy()
    values = chunk.values[keep].copy()
    for name in values.columns:
        if FIELDS[name].kind == "date":
            values[name] = values[name].dt.strftime("%Y-%m-%d").fillna("")
        elif FIELDS[name].kind == "bool":
            values[name] = values[name].map({True: "yes", False: "no"}).fillna("")
    mapped = set(validator.mapped.values())
    extra = chunk.raw.loc[keep, [c for c in chunk.raw.columns if c not in mapped]]
    # a source column named like a canonical field ("notes" beside the mapped "Notes") keeps its
    # values under a name of its own, so the file never has two columns of one name
    extra = extra.rename(columns=source_column_names(list(extra.columns), {"row", *values.columns}))
    out = pd.concat([values, extra], axis=1)
    out.insert(0, "row", out.index)
    return out


def source_column_names(columns: list[str], ours: set[str]) -> dict[str, str]:
    """New names for the source columns named like one of ours (case and spaces aside): '<name> (source)'."""
    folded = {_fold_header(c) for c in ours}
    taken = set(ours) | set(columns)
    return {c: _free_name(f"{c} (source)", taken) for c in columns if _fold_header(c) in folded}


def _free_name(name: str, taken: set[str]) -> str:
    base, n = name, 1
    while name in taken:
        n += 1
        name = f"{base} {n}"
    taken.add(name)
    return name


def quarantine_output(chunk: _Chunk, records: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
    """Quarantined rows as written by ``--quarantine``: row number, source columns, failed checks."""
    return quarantine_table(chunk.raw, records, failures)


def quarantine_table(raw: pd.DataFrame, records: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
    """Rows with an error-level failure as read (values that failed are there to see), row first."""
    keep = ~records["rc_valid"].to_numpy()
    out = raw[keep].copy()
    # a source column named like ours (a clean or quarantine file validated again) keeps its values
    out = out.rename(columns=source_column_names(list(out.columns), {"row", "rc_failed_checks"}))
    errors = failures[failures["severity"] == "error"]
    reasons = errors.assign(reason=errors["check"] + " (" + errors["column"] + ")").groupby("row")["reason"]
    out["rc_failed_checks"] = reasons.agg("; ".join).reindex(out.index).fillna("")
    out.insert(0, "row", out.index)
    return out


def validate_to_files(
    path: str | Path,
    *,
    feed: str = "auto",
    profile: Profile | str | Path | None = None,
    settings: Settings | None = None,
    sheet: str | None = None,
    failures_path: str | Path | None = None,
    clean_path: str | Path | None = None,
    quarantine_path: str | Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Validate an export of any size, streaming rows to the output files chunk by chunk.

    Memory stays flat: only the audit counts and duplicate keys are kept between chunks.

    Args:
        path: The export.
        feed: ``val``, ``vs`` or ``auto``.
        profile: A profile or its YAML path.
        settings: Settings.
        sheet: Workbook sheet.
        failures_path: Where to write the failures table (CSV/Parquet/XLSX), if wanted.
        clean_path: Where to write the clean rows, if wanted.
        quarantine_path: Where to write the quarantined rows, if wanted.
        progress: Called with the number of rows done after each chunk.

    Returns:
        The summary: rows, clean, quarantined, error and warning counts, failures per check,
        the mapping used and the quality audit (as records).

    Raises:
        InputError: The file cannot be read, or an output cannot be written (``[R105]``).
        ConfigError: The profile or settings are not valid.
    """
    # (before the settings are read: a settings file given as an output is an input too)
    refuse_overwriting_inputs([failures_path, clean_path, quarantine_path], [path, profile, settings])
    settings = Settings.from_path_or_dict(settings)
    source = open_table(path, sheet)
    validator, matches, inferred, chunks = iter_validate(source, feed=feed, profile=profile, settings=settings)
    writers = {
        name: _TableWriter(Path(p))
        for name, p in (("failures", failures_path), ("clean", clean_path), ("quarantine", quarantine_path))
        if p is not None
    }
    file_failures = file_level_failures(validator)
    if "failures" in writers and not file_failures.empty:
        writers["failures"].write(file_failures)
    counts = {"rows": 0, "clean": 0, "quarantined": 0}
    by_check: dict[str, dict[str, int]] = defaultdict(lambda: {"error": 0, "warning": 0})
    for _, row in file_failures.iterrows():
        by_check[str(row["check"])][str(row["severity"])] += 1
    accumulator: AuditAccumulator | None = None
    try:
        for parsed, failures, records in chunks:
            if accumulator is None:
                accumulator = _new_audit(parsed, validator.settings)
            accumulator.add(parsed.status, records)
            counts["rows"] += len(records)
            valid = int(records["rc_valid"].sum())
            counts["clean"] += valid
            counts["quarantined"] += len(records) - valid
            for check_name, severity in zip(
                failures["check"].astype(str), failures["severity"].astype(str), strict=True
            ):
                by_check[check_name][severity] += 1
            if "failures" in writers and not failures.empty:
                writers["failures"].write(failures)
            if "clean" in writers:
                writers["clean"].write(clean_output(parsed, records, validator))
            if "quarantine" in writers:
                writers["quarantine"].write(quarantine_output(parsed, records, failures))
            if progress is not None:
                progress(counts["rows"])
            _release_memory()
        for name, writer in writers.items():
            writer.close(FAILURE_COLUMNS if name == "failures" else ["row", *source.columns])
    except ReconcileError:
        # an output that cannot be finished (a workbook too small for it): no half-written files
        for writer in writers.values():
            writer.discard()
        raise
    audit = accumulator.result() if accumulator is not None else pd.DataFrame()
    return {
        "file": printable(str(path)),
        "read_as": source.describe(),
        "profile": validator.profile.name,
        "feed": validator.profile.feed,
        "profile_inferred": inferred,
        "mapping": [
            {"column": shown, "field": m.field, "confidence": m.confidence}
            for m, shown in zip(
                matches, shown_columns([m.header for m in matches], source.header_is_labels), strict=True
            )
        ],
        "missing_required_columns": validator.missing_columns(),
        **counts,
        "errors": sum(v["error"] for v in by_check.values()),
        "warnings": sum(v["warning"] for v in by_check.values()),
        "failures_by_check": {k: dict(v) for k, v in sorted(by_check.items())},
        "audit": json_records(audit),
    }


def _release_memory() -> None:
    """Hand freed chunk memory back to the OS (glibc keeps it otherwise, and RSS creeps up)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def json_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame as JSON-ready records (NaN becomes None)."""
    clean = frame.astype(object).where(frame.notna(), None)
    return [{str(k): v for k, v in row.items()} for row in clean.to_dict(orient="records")]
