"""Link VAL and Victim Support records: lost referrals, category disagreements and engagement.

The two systems share no key that is always filled in, so records are linked by probabilistic
record linkage (Fellegi-Sunter), in four steps:

1. **ingest**: both exports go through :func:`reconcile.validation.validate` (profiles, header
   mapping, normalisation). Invalid rows are linked like any other: nothing is dropped.
2. **blocking**: candidate pairs share at least one key (crime reference, crime number, date of
   birth with day and month in either order, postcode, name, phone, postcode sector with initials,
   birth year with initials, district with surname), so 50,000 x 20,000 rows make a few hundred
   thousand pairs, not a billion. Keys shared by too many records are skipped and counted.
3. **scoring**: each pair gets a level per comparison (see :mod:`reconcile._comparisons`), and
   each level a weight ``log2(m / u)`` from the linkage model (``models/linkage.json``). The match
   weight is their sum plus the prior log-odds that two records picked at random match; the score
   is the match probability. ``match_reasons`` lists the levels in words.
4. **assignment**: one to one, best pair first. A pair is linked only when it is at or above the
   threshold and no other free candidate of either record comes within ``review_margin`` bits of
   it; otherwise the records go to review, not guessed. A competitor that repeats the same record
   on the same side (the same victim and crime entered twice) is marked ``duplicate``.

Every VAL row recorded as referred to Victim Support and every VS row appears in ``links``
exactly once. A VAL row that does *not* record a referral but links to a VS record appears too,
as ``linked`` with ``val_referred`` False: VAL's outcome field is then what is wrong, and
commissioners want to know. Other VAL rows (advice only, signposted elsewhere) are left out.

Statuses: ``linked``; ``lost`` (VAL referred, no VS record); ``vs_only`` (no VAL counterpart:
self-referrals, other sources); ``review`` (close candidates, see ``candidates``); ``duplicate``
(repeats another row of the same export that is linked, see ``duplicate_of``).

No names, dates of birth, postcodes or phone numbers are written to the outputs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from reconcile._args import check_path, check_profile
from reconcile._comparisons import (
    BLOCKING_RULES,
    COMPARISONS,
    DEFAULT_BLOCKING,
    IDENTIFYING_FIELDS,
    REFERRAL_NOT_PATTERN,
    REFERRAL_PATTERN,
    Features,
    LevelParams,
    build_features,
    evaluate_levels,
    name_similarity,
)
from reconcile._version import __version__
from reconcile.config import Settings
from reconcile.errors import ConfigError, LinkError, writing_output
from reconcile.normalise import normalise_text_key
from reconcile.profiles import Profile
from reconcile.readers import check_fits_a_workbook, write_table
from reconcile.resources import models_dir
from reconcile.validation import ValidationResult, other_feed_fields, validate

__all__ = [
    "LINK_COLUMNS",
    "LinkResult",
    "LinkageModel",
    "candidate_pairs",
    "default_model_path",
    "link",
    "load_model",
]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

#: The first columns of LINKS.csv, in this order (more follow).
LINK_COLUMNS: Final = [
    "val_row", "vs_row", "score", "match_reasons", "status", "val_id", "vs_id", "match_weight",
    "val_referred", "candidates", "duplicate_of",
]  # fmt: skip
Status = Literal["linked", "lost", "vs_only", "review", "duplicate"]
MODEL_FORMAT: Final = "reconcile-linkage/1"
#: Smallest and largest probability a model may hold: no level is ever certain.
_P_MIN, _P_MAX = 1e-6, 1 - 1e-6


# --- the linkage model ------------------------------------------------------------------------------


class LevelWeights(BaseModel):
    """m and u probabilities of one comparison level (both None for the null level: weight 0)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: The level's stable label (see :mod:`reconcile._comparisons`).
    label: str
    #: P(level | the records are the same referral).
    m: float | None = Field(None, ge=_P_MIN, le=_P_MAX)
    #: P(level | the records are not the same referral).
    u: float | None = Field(None, ge=_P_MIN, le=_P_MAX)

    @model_validator(mode="after")
    def _both_or_neither(self) -> LevelWeights:
        if (self.m is None) != (self.u is None):
            raise ValueError(f"level '{self.label}': give both m and u, or neither (null level)")
        return self

    @property
    def weight(self) -> float:
        """The level's match weight in bits, ``log2(m / u)``; 0 for the null level."""
        if self.m is None or self.u is None:
            return 0.0
        return math.log2(self.m / self.u)


class ComparisonWeights(BaseModel):
    """The weights of one comparison's levels, in level order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    description: str = ""
    levels: list[LevelWeights]


class LinkageModel(BaseModel):
    """Everything that decides a linkage run: levels, weights, threshold, margin and window.

    Load it with :func:`load_model` (the bundled ``models/linkage.json`` by default) and save it
    with :meth:`save`; the round trip is exact. ``benchmarks/train_linkage.py`` rebuilds it.

    Example:
        >>> model = load_model()
        >>> 0 < model.threshold < 1
        True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: File format id; bumped when the layout changes.
    format: Literal["reconcile-linkage/1"] = MODEL_FORMAT
    #: reconcile version that wrote the model.
    reconcile_version: str = __version__
    #: How m and u were estimated (script, seeds, pair counts).
    trained: dict[str, Any] = Field(default_factory=dict)
    #: Match probability at or above which a pair may be linked.
    threshold: float = Field(0.9, gt=0, lt=1)
    #: Bits: a second candidate within this much of the best sends both to review.
    review_margin: float = Field(4.0, ge=0, le=30)
    #: Days after the VAL referral within which the VS referral is expected.
    window_days: int = Field(14, ge=0, le=365)
    #: Name similarity (0-100) for the ``fuzzy_high`` name level.
    name_high: float = Field(92.0, ge=50, le=100)
    #: Name similarity (0-100) for the ``fuzzy_low`` name level.
    name_low: float = Field(80.0, ge=50, le=100)
    #: Surname similarity (0-100) for the ``initial`` and ``surname`` name levels.
    surname_min: float = Field(88.0, ge=50, le=100)
    #: Most edits for a ``near`` crime reference.
    reference_max_edits: int = Field(2, ge=0, le=4)
    #: Regex (case-insensitive) on VAL outcome / referred-to meaning "referred to Victim Support".
    referral_pattern: str = REFERRAL_PATTERN
    #: Regex that cancels it in the same field ("not referred", "declined", "signposted to VS").
    referral_not_pattern: str = REFERRAL_NOT_PATTERN
    #: Regex (case-insensitive) on VS engagement meaning the victim engaged.
    engaged_pattern: str = r"^\s*(?:engaged|engaging|accepted|supported)\b"
    #: Blocking rules, any of which makes a candidate pair.
    blocking: list[str] = Field(default_factory=lambda: list(DEFAULT_BLOCKING))
    #: A blocking key shared by more pairs than this is skipped (and counted in the summary).
    max_block_pairs: int = Field(20_000, ge=100)
    #: The comparisons and their level weights, in the order of ``COMPARISONS``.
    comparisons: list[ComparisonWeights]

    @field_validator("referral_pattern", "referral_not_pattern", "engaged_pattern")
    @classmethod
    def _regex(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc})") from exc
        return value

    @field_validator("blocking")
    @classmethod
    def _rules(cls, value: list[str]) -> list[str]:
        unknown = [r for r in value if r not in BLOCKING_RULES]
        if unknown:
            raise ValueError(f"unknown blocking rule(s) {unknown}; known: {', '.join(BLOCKING_RULES)}")
        return value

    @model_validator(mode="after")
    def _matches_code(self) -> LinkageModel:
        want = [(c.name, c.labels()) for c in COMPARISONS]
        have = [(c.name, [lv.label for lv in c.levels]) for c in self.comparisons]
        if want != have:
            raise ValueError(
                "comparisons and levels do not match this version of reconcile "
                f"(expected {want}); retrain with 'python benchmarks/train_linkage.py'"
            )
        if self.name_low > self.name_high:
            raise ValueError("name_low must not exceed name_high")
        return self

    @property
    def params(self) -> LevelParams:
        """The level thresholds as the comparisons take them."""
        return LevelParams(
            name_high=self.name_high, name_low=self.name_low, surname_min=self.surname_min,
            reference_max_edits=self.reference_max_edits, window_days=self.window_days,
        )  # fmt: skip

    def weight_tables(self) -> list[FloatArray]:
        """Per comparison, the weight (bits) of each level index."""
        return [np.asarray([lv.weight for lv in c.levels], dtype=np.float64) for c in self.comparisons]

    def save(self, path: str | Path, *, overwrite: bool = False) -> Path:
        """Write the model as JSON.

        Raises:
            ConfigError: The file exists and ``overwrite`` is False.
            InputError: The file cannot be written (``[R105]``).
        """
        target = Path(path)
        if target.exists() and not overwrite:
            raise ConfigError(f"{target}: already exists; choose another path or pass overwrite=True")
        with writing_output(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")
        return target


def default_model_path() -> Path:
    """The bundled linkage model, ``models/linkage.json``."""
    return models_dir() / "linkage.json"


def load_model(source: str | Path | dict[str, Any] | LinkageModel | None = None) -> LinkageModel:
    """Load a linkage model from JSON, a dict, or the bundled one when None.

    Raises:
        ConfigError: The file cannot be read or is not a valid model (every problem listed).
    """
    if isinstance(source, LinkageModel):
        return source
    where = "linkage model"
    data: Any = source
    if not isinstance(source, dict):
        path = Path(source) if source is not None else default_model_path()
        where = str(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:  # (a workbook or a CSV given by mistake)
            raise ConfigError(
                f"{where}: is not a linkage model (not UTF-8 JSON text); give the .json file "
                "'python benchmarks/train_linkage.py' writes"
            ) from exc
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(
                f"{where}: cannot read the linkage model ({exc}); rebuild it with 'python benchmarks/train_linkage.py'"
            ) from exc
    try:
        return LinkageModel.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'model'}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{where}: not a valid linkage model: {problems}") from exc


# --- blocking -----------------------------------------------------------------------------------------


def candidate_pairs(
    left: Features, right: Features, rules: list[str], max_block_pairs: int
) -> tuple[IntArray, IntArray, dict[str, dict[str, int]]]:
    """Candidate pairs: records sharing at least one blocking key.

    Args:
        left: VAL features.
        right: VS features.
        rules: Blocking rule names (see :data:`reconcile._comparisons.BLOCKING_RULES`).
        max_block_pairs: Keys that would make more pairs than this are skipped.

    Returns:
        ``(li, rj, stats)``: positions of each pair in ``left`` and ``right`` (unique pairs,
        sorted), and per rule the pairs it made and the keys it skipped.
    """
    n_right = max(len(right), 1)
    codes: list[IntArray] = []
    stats: dict[str, dict[str, int]] = {}
    for rule in rules:
        lk, rk = left.block_key(rule), right.block_key(rule)
        lpos, rpos = np.flatnonzero(lk != ""), np.flatnonzero(rk != "")
        if len(lpos) == 0 or len(rpos) == 0:
            stats[rule] = {"pairs": 0, "skipped_keys": 0}
            continue
        lf = pd.DataFrame({"k": lk[lpos].astype(str), "i": lpos})
        rf = pd.DataFrame({"k": rk[rpos].astype(str), "j": rpos})
        sizes = lf["k"].value_counts().mul(rf["k"].value_counts()).dropna()
        big = sizes.index[sizes > max_block_pairs]
        if len(big):
            lf = lf[~lf["k"].isin(big)]
        merged = lf.merge(rf, on="k", how="inner")
        codes.append(merged["i"].to_numpy(dtype=np.int64) * n_right + merged["j"].to_numpy(dtype=np.int64))
        stats[rule] = {"pairs": len(merged), "skipped_keys": len(big)}
    if not codes:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, stats
    unique = np.unique(np.concatenate(codes))
    return unique // n_right, unique % n_right, stats


# --- results ----------------------------------------------------------------------------------------


@dataclass
class LinkResult:
    """What :func:`link` found.

    Attributes:
        links: The LINKS table: ``val_row``, ``vs_row`` (1-based data rows, empty when unmatched),
            ``score`` (match probability), ``match_reasons``, ``status``, ``val_id``, ``vs_id``,
            ``match_weight`` (bits), ``val_referred``, ``candidates``, ``duplicate_of``.
        lost: VAL rows recorded as referred to VS with no VS record (no personal data).
        vs_only: VS rows with no VAL counterpart.
        review: Records with close competing candidates, for a person to decide.
        disagreement: Linked pairs by VAL category (rows) and VS category (columns).
        days_to_first_contact: Days from VAL referral to VS first contact per linked pair
            (index: VAL row).
        engagement_rate: Share of linked referrals whose VS engagement says engaged (of those
            with an engagement value); None when VS has no engagement column.
        summary: Counts and figures, JSON-ready.
        val: The VAL validation result.
        vs: The VS validation result.
    """

    links: pd.DataFrame
    lost: pd.DataFrame
    vs_only: pd.DataFrame
    review: pd.DataFrame
    disagreement: pd.DataFrame
    days_to_first_contact: pd.Series
    engagement_rate: float | None
    summary: dict[str, Any]
    val: ValidationResult
    vs: ValidationResult

    def write(
        self,
        links_path: str | Path,
        *,
        lost_path: str | Path | None = None,
        vs_only_path: str | Path | None = None,
        review_path: str | Path | None = None,
        json_path: str | Path | None = None,
    ) -> list[Path]:
        """Write the links CSV and, when asked, the lost, VS-only, review and JSON summary files.

        Raises:
            InputError: A file cannot be written (``[R105]``, naming it).
        """
        written: list[Path] = []
        outputs = (
            (self.links, links_path), (self.lost, lost_path), (self.vs_only, vs_only_path),
            (self.review, review_path),
        )  # fmt: skip
        for frame, target in outputs:  # a workbook that cannot hold its table: refused before any file
            if target is not None and Path(target).suffix.lower() in (".xlsx", ".xlsm"):
                check_fits_a_workbook(frame, Path(target))
        for frame, target in outputs:
            if target is None:
                continue
            path = Path(target)
            if path.suffix.lower() in (".parquet", ".xlsx", ".xlsm"):
                write_table(frame, path)  # the format the name asks for, as everywhere else
            else:
                with writing_output(path):
                    path.parent.mkdir(parents=True, exist_ok=True)
                    frame.to_csv(path, index=False)
            written.append(path)
        if json_path is not None:
            path = Path(json_path)
            with writing_output(path):
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(self.summary, indent=2, default=str) + "\n", encoding="utf-8")
            written.append(path)
        return written


# --- ingest and checks --------------------------------------------------------------------------------


def _check_link_args(val: object, vs: object, val_profile: object, vs_profile: object, model: object) -> None:
    """Raise ``[R205]`` for an export, profile or model argument of the wrong type."""
    exports = "a path (str or Path), a DataFrame or a ValidationResult"
    check_path(val, "val", allowed=(pd.DataFrame, ValidationResult), what=exports)
    check_path(vs, "vs", allowed=(pd.DataFrame, ValidationResult), what=exports)
    check_profile(val_profile, "val_profile")
    check_profile(vs_profile, "vs_profile")
    if model is not None:
        check_path(model, "model", allowed=(LinkageModel, dict), what="a LinkageModel, a JSON path, a dict or None")


def _with_options(model: LinkageModel, updates: dict[str, Any]) -> LinkageModel:
    """The model with link()'s options applied; a bad option is blamed on the option, not the model.

    Raises:
        ConfigError: ``[R207]`` naming each option and what it must be.
    """
    try:
        return LinkageModel.model_validate({**model.model_dump(), **updates})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'option'}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()
        )
        raise ConfigError(f"link option not valid: {problems}", "R207") from exc


def _records_only(result: ValidationResult) -> ValidationResult:
    """The result without blank lines and repeated header lines (``not_a_record``): not records to link."""
    if "rc_not_a_record" not in result.records or not result.records["rc_not_a_record"].any():
        return result
    keep = ~result.records["rc_not_a_record"].astype(bool).to_numpy()
    return dataclasses.replace(result, records=result.records[keep], source=result.source[keep])


def _ingest(
    data: ValidationResult | pd.DataFrame | str | Path,
    feed: Literal["val", "vs"],
    profile: Profile | str | Path | None,
    settings: Settings | None,
    sheet: str | None = None,
) -> ValidationResult:
    if isinstance(data, ValidationResult):
        return data
    return validate(data, feed=feed, profile=profile, settings=settings, sheet=sheet)


#: Fields that identify a victim or a crime on their own; postcode and phone only support them.
_KEY_FIELDS: Final = ("crime_reference", "forename", "surname", "dob")


def _check_profile_fits(result: ValidationResult, feed: str) -> None:
    """A given profile that fits few of the file's headers is the wrong profile, not a messy file."""
    if result.inferred:
        return
    headers = {m.header for m in result.matches}
    wanted = set(result.profile.columns.values())
    found = len(wanted & headers)
    if wanted and found < 0.5 * len(wanted):
        raise LinkError(
            f"{result.path}: profile '{result.profile.name}' matches only {found} of its {len(wanted)} "
            f"columns; is it the profile of the other export? Pass the {feed.upper()} profile, or none to "
            "detect it"
        )


def _check_inputs(val: ValidationResult, vs: ValidationResult) -> list[str]:
    """Refuse exports that cannot be linked; return warnings for ones that can, with caveats."""
    _check_profile_fits(val, "val")
    _check_profile_fits(vs, "vs")
    vs_fields_in_val = other_feed_fields(val, "val")
    if vs_fields_in_val:
        raise LinkError(
            f"{val.path}: looks like a Victim Support export (it has {', '.join(vs_fields_in_val)} and no "
            "outcome or allocation date); give the VAL export first, then the VS export"
        )
    val_fields_in_vs = other_feed_fields(vs, "vs")
    if val_fields_in_vs:
        raise LinkError(
            f"{vs.path}: looks like a VAL export (it has {', '.join(val_fields_in_vs)} and no "
            "engagement or first contact); give the VAL export first, then the VS export"
        )
    val_fields = set(val.records.columns)
    vs_fields = set(vs.records.columns)
    common = [f for f in IDENTIFYING_FIELDS if f in val_fields and f in vs_fields]
    if not any(f in common for f in _KEY_FIELDS):

        def listed(fields: set[str]) -> str:
            return ", ".join(f for f in IDENTIFYING_FIELDS if f in fields) or "none"

        raise LinkError(
            f"{val.path} and {vs.path} share no field to link on (VAL maps: {listed(val_fields)}; "
            f"VS maps: {listed(vs_fields)}); both need the crime reference, the victim's names or date "
            "of birth: map them with --val-profile / --vs-profile (write one with 'reconcile profile init')"
        )
    warnings = []
    if not val_fields & {"outcome", "referred_to"}:
        warnings.append("the VAL export has no outcome or referred-to column: every VAL row is taken as referred")
    if len(common) < 3:
        warnings.append(f"only {', '.join(common)} can be compared: expect weaker links")
    return warnings


# --- assignment -----------------------------------------------------------------------------------------


def _name_agreement(features: Features, a: int, b: int) -> float | None:
    """Similarity (0-100) of the name parts both records have; None when none can be compared."""
    if features.forename[a] and features.surname[a] and features.forename[b] and features.surname[b]:
        return name_similarity(features.name[a], features.name[b])
    scores = [
        name_similarity(str(part[a]), str(part[b]))
        for part in (features.forename, features.surname)
        if part[a] and part[b]
    ]
    return min(scores) if scores else None


def _same_record(features: Features, a: int, b: int, window_days: int) -> bool:
    """Whether two records of one export are the same victim and crime entered twice.

    Nothing may conflict (reference, date of birth, referral dates more than the window apart).
    Then the same reference *and* date of birth make a duplicate unless the names clearly differ
    (a typo or a blank name is tolerated); either one alone needs the names to agree.
    """
    ref_a, ref_b = features.ref[a], features.ref[b]
    if ref_a and ref_b and ref_a != ref_b:
        return False
    ya, yb = features.dob_year[a], features.dob_year[b]
    dob_known = ya >= 0 and yb >= 0
    same_dob = dob_known and (ya, features.dob_month[a], features.dob_day[a]) == (
        yb, features.dob_month[b], features.dob_day[b]
    )  # fmt: skip
    if dob_known and not same_dob:
        return False
    da, db = features.referral_day[a], features.referral_day[b]
    if not (np.isnan(da) or np.isnan(db)) and abs(da - db) > window_days:
        return False
    same_ref = bool(ref_a) and ref_a == ref_b
    names = _name_agreement(features, a, b)
    if same_ref and same_dob:
        return names is None or names >= 70
    return (same_ref or same_dob) and names is not None and names >= 85


@dataclass
class _Assignment:
    linked: dict[int, int] = field(default_factory=dict)  # left pos -> pair index
    linked_right: dict[int, int] = field(default_factory=dict)  # right pos -> pair index
    review_left: dict[int, list[int]] = field(default_factory=dict)  # left pos -> candidate pair indexes
    review_right: dict[int, list[int]] = field(default_factory=dict)
    dup_left: dict[int, int] = field(default_factory=dict)  # left pos -> left pos it repeats
    dup_right: dict[int, int] = field(default_factory=dict)


def _cap_other_household_members(
    weight: FloatArray,
    levels: npt.NDArray[np.int8],
    threshold_w: float,
    left_dob_plausible: npt.NDArray[np.bool_],
    right_dob_plausible: npt.NDArray[np.bool_],
) -> FloatArray:
    """Keep a pair whose forenames name different people below the threshold, unless the dates of birth agree.

    The comparisons are scored as if independent, but people who share a surname usually share
    much else: a household's address, landline and crime reference (co-victims). 'Nick Smith' and
    'Emma Smith' of one address and phone then outscore any threshold. A different forename with
    no agreeing date of birth (exact or day and month swapped) is another member of the household
    far more often than the same person under another forename, so such a pair does not link.
    Forenames that can be one person's do not count as different: the name comparison already
    gives a middle name on one side ("Carl Michael"), a short form ("Dani", "Danielle") or a
    nickname ("Pat", "Patricia") the ``initial`` level, so ``surname`` means different people.
    Likewise a date of birth known on both sides and clearly different (not swapped, not one digit
    off) is another person, a parent and child of one name or a namesake, unless the crime
    references agree exactly.
    """
    name = _COMPARISON_INDEX["name"]
    dob = _COMPARISON_INDEX["dob"]
    reference = _COMPARISON_INDEX["reference"]
    above = weight >= threshold_w
    other_forename = levels[:, name] == _LEVEL_INDEX["name"]["surname"]
    dob_agrees = np.isin(levels[:, dob], [_LEVEL_INDEX["dob"]["exact"], _LEVEL_INDEX["dob"]["swapped"]])
    capped = other_forename & ~dob_agrees & above
    # the same name at the same address with another date of birth (not swapped, not one digit
    # off) is a parent and child or a namesake, unless both name the same crime reference
    # (a date of birth validation rejects, on or after the referral, is no evidence either way)
    other_dob = (
        (levels[:, dob] == _LEVEL_INDEX["dob"]["else"])
        & (levels[:, reference] != _LEVEL_INDEX["reference"]["exact"])
        & left_dob_plausible
        & right_dob_plausible
    )
    capped |= other_dob & above
    if not capped.any():
        return weight
    weight = weight.copy()
    weight[capped] = threshold_w - 1.0
    return weight


def _dob_plausible(features: Features) -> npt.NDArray[np.bool_]:
    """A known date of birth in a year before the referral's, and at most 110 years before it."""
    referral_year = np.floor(1970 + features.referral_day / 365.2425)
    referral_year = np.where(np.isnan(referral_year), float(dt.date.today().year), referral_year)
    year = features.dob_year
    return (year > 0) & (year < referral_year) & (year >= referral_year - 110)


_COMPARISON_INDEX = {c.name: i for i, c in enumerate(COMPARISONS)}
_LEVEL_INDEX = {c.name: {label: k for k, label in enumerate(c.labels())} for c in COMPARISONS}


def _assign(
    li: IntArray, rj: IntArray, weight: FloatArray, threshold_w: float, margin: float,
    left: Features, right: Features, window_days: int,
) -> _Assignment:  # fmt: skip
    """One-to-one assignment, best pair first; close competitors go to review, duplicates aside."""
    out = _Assignment()
    possible = np.flatnonzero(weight >= threshold_w - margin)
    order = possible[np.lexsort((rj[possible], li[possible], -weight[possible]))]
    by_left: dict[int, list[int]] = defaultdict(list)
    by_right: dict[int, list[int]] = defaultdict(list)
    for k in order.tolist():
        by_left[int(li[k])].append(k)
        by_right[int(rj[k])].append(k)

    def left_taken(i: int) -> bool:
        return i in out.linked or i in out.review_left or i in out.dup_left

    def right_taken(j: int) -> bool:
        return j in out.linked_right or j in out.review_right or j in out.dup_right

    for k in order.tolist():
        w = float(weight[k])
        if w < threshold_w:
            break
        i, j = int(li[k]), int(rj[k])
        if left_taken(i) or right_taken(j):
            continue
        rivals_right = [
            k2 for k2 in by_left[i] if k2 != k and not right_taken(int(rj[k2])) and weight[k2] >= w - margin
        ]
        rivals_left = [k2 for k2 in by_right[j] if k2 != k and not left_taken(int(li[k2])) and weight[k2] >= w - margin]
        real_right, real_left = [], []
        for k2 in rivals_right:
            j2 = int(rj[k2])
            if _same_record(right, j, j2, window_days):
                out.dup_right[j2] = j
            else:
                real_right.append(k2)
        for k2 in rivals_left:
            i2 = int(li[k2])
            if _same_record(left, i, i2, window_days):
                out.dup_left[i2] = i
            else:
                real_left.append(k2)
        if not real_right and not real_left:
            out.linked[i] = k
            out.linked_right[j] = k
            continue
        group = [k, *real_right, *real_left]
        for k2 in group:
            out.review_left.setdefault(int(li[k2]), [])
            out.review_right.setdefault(int(rj[k2]), [])
        for k2 in group:
            out.review_left[int(li[k2])].append(k2)
            out.review_right[int(rj[k2])].append(k2)
    # A record whose best candidate is taken by a record it repeats is a duplicate; one whose
    # best candidate went to review is part of the same question.
    for k in order.tolist():
        if weight[k] < threshold_w:
            break
        i, j = int(li[k]), int(rj[k])
        if not left_taken(i) and j in out.linked_right and by_left[i][0] == k:
            kept = int(li[out.linked_right[j]])
            if _same_record(left, kept, i, window_days):
                out.dup_left[i] = kept
        elif not right_taken(j) and i in out.linked and by_right[j][0] == k:
            kept = int(rj[out.linked[i]])
            if _same_record(right, kept, j, window_days):
                out.dup_right[j] = kept
        elif not left_taken(i) and j in out.review_right and by_left[i][0] == k:
            out.review_left[i] = [k]
            out.review_right[j].append(k)
        elif not right_taken(j) and i in out.review_left and by_right[j][0] == k:
            out.review_right[j] = [k]
            out.review_left[i].append(k)
    return out


# --- the public verb ----------------------------------------------------------------------------------


def link(
    val: ValidationResult | pd.DataFrame | str | Path,
    vs: ValidationResult | pd.DataFrame | str | Path,
    *,
    val_profile: Profile | str | Path | None = None,
    vs_profile: Profile | str | Path | None = None,
    model: LinkageModel | str | Path | dict[str, Any] | None = None,
    threshold: float | None = None,
    window_days: int | None = None,
    review_margin: float | None = None,
    referral_pattern: str | None = None,
    settings: Settings | dict[str, Any] | None = None,
    categories: bool = True,
    val_sheet: str | None = None,
    vs_sheet: str | None = None,
) -> LinkResult:
    """Link a VAL export to a Victim Support export.

    Args:
        val: The VAL export: a path (CSV/XLSX/Parquet), a frame of its rows, or a validation result.
        vs: The VS export, likewise.
        val_profile: Profile for the VAL export (object or YAML); detected or inferred when None.
        vs_profile: Profile for the VS export.
        model: Linkage model (object, JSON path or dict); the bundled one when None.
        threshold: Match probability needed to link, strictly between 0 and 1 (0 and 1 themselves
            are not allowed); the model's when None.
        window_days: Days after the VAL referral within which the VS referral is expected.
        review_margin: Bits within which a second candidate sends a pair to review.
        referral_pattern: Regex for "referred to Victim Support" in VAL outcome / referred-to.
        settings: Settings for ingest (or a dict or YAML/JSON path of them); defaults when None.
        categories: Map both sides' crime types to the taxonomy for the disagreement matrix.
        val_sheet: The VAL workbook's sheet (default: the first).
        vs_sheet: The VS workbook's sheet (default: the first).

    Returns:
        A :class:`LinkResult`.

    Raises:
        InputError: An export cannot be read.
        ConfigError: A profile or the model is not valid, an option is out of range (``[R207]``),
            or an argument has the wrong type (``[R205]``).
        LinkError: The exports cannot be linked (swapped, or no field in common).

    Example:
        >>> result = reconcile.link("val_export.csv", "vs_export.csv")  # doctest: +SKIP
        >>> result.links["status"].value_counts()  # doctest: +SKIP
    """
    _check_link_args(val, vs, val_profile, vs_profile, model)
    settings = Settings.from_path_or_dict(settings)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    chosen = load_model(model)
    updates: dict[str, Any] = {}
    if threshold is not None:
        updates["threshold"] = threshold
    if window_days is not None:
        updates["window_days"] = window_days
    if review_margin is not None:
        updates["review_margin"] = review_margin
    if referral_pattern is not None:
        updates["referral_pattern"] = referral_pattern
    if updates:
        chosen = _with_options(chosen, updates)

    val_result = _records_only(_ingest(val, "val", val_profile, settings, val_sheet))
    vs_result = _records_only(_ingest(vs, "vs", vs_profile, settings, vs_sheet))
    timings["ingest"] = time.perf_counter() - started
    warnings = _check_inputs(val_result, vs_result)

    step = time.perf_counter()
    left = build_features(
        val_result.records,
        referral_pattern=chosen.referral_pattern,
        referral_not_pattern=chosen.referral_not_pattern,
    )
    right = build_features(vs_result.records)
    timings["features"] = time.perf_counter() - step
    step = time.perf_counter()
    li, rj, block_stats = candidate_pairs(left, right, chosen.blocking, chosen.max_block_pairs)
    timings["blocking"] = time.perf_counter() - step
    step = time.perf_counter()
    levels, details = evaluate_levels(left, right, li, rj, chosen.params)
    referred_known = bool((left.referred >= 0).any())
    referred = left.referred == 1 if referred_known else np.ones(len(left), dtype=bool)
    expected = max(1, min(int(referred.sum()), len(right)))
    prior = expected / max(len(left) * len(right), 1)
    prior_w = math.log2(prior / (1 - prior)) if prior < 1 else 0.0
    tables = chosen.weight_tables()
    weight = np.full(len(li), prior_w)
    for c, table in enumerate(tables):
        weight += table[levels[:, c]]
    threshold_w = math.log2(chosen.threshold / (1 - chosen.threshold))
    weight = _cap_other_household_members(
        weight, levels, threshold_w, _dob_plausible(left)[li], _dob_plausible(right)[rj]
    )
    timings["scoring"] = time.perf_counter() - step
    step = time.perf_counter()
    assignment = _assign(li, rj, weight, threshold_w, chosen.review_margin, left, right, chosen.window_days)
    timings["assignment"] = time.perf_counter() - step

    step = time.perf_counter()
    links = _links_table(li, rj, weight, levels, details, assignment, left, right, referred, val_result, vs_result)
    result = _figures(links, val_result, vs_result, chosen, categories, settings)
    timings["outputs"] = time.perf_counter() - step
    timings["total"] = time.perf_counter() - started
    counts = links["status"].value_counts()
    linked = links[links["status"] == "linked"]
    summary: dict[str, Any] = {
        "val_file": val_result.path,
        "vs_file": vs_result.path,
        "val_rows": len(left),
        "vs_rows": len(right),
        "val_referred": int(referred.sum()) if referred_known else None,
        "linked": int(counts.get("linked", 0)),
        "linked_not_recorded_as_referred": int((linked["val_referred"] == False).sum()),  # noqa: E712
        "lost": int(counts.get("lost", 0)),
        "vs_only": int(counts.get("vs_only", 0)),
        "review": int(counts.get("review", 0)),
        "duplicates": int(counts.get("duplicate", 0)),
        **result.pop("summary"),
        "candidate_pairs": len(li),
        "blocking": block_stats,
        "threshold": chosen.threshold,
        "review_margin_bits": chosen.review_margin,
        "window_days": chosen.window_days,
        "prior_match_weight": round(prior_w, 3),
        "model": {
            "format": chosen.format,
            "reconcile_version": chosen.reconcile_version,
            "trained": chosen.trained,
        },
        "warnings": warnings,
        "seconds": {k: round(v, 3) for k, v in timings.items()},
    }
    return LinkResult(
        links=links,
        lost=_lost_table(links, val_result),
        vs_only=_vs_only_table(links, vs_result),
        review=links[links["status"] == "review"].reset_index(drop=True),
        disagreement=result["disagreement"],
        days_to_first_contact=result["days"],
        engagement_rate=result["engagement_rate"],
        summary=summary,
        val=val_result,
        vs=vs_result,
    )


# --- tables -------------------------------------------------------------------------------------------


def _probability(weight: float) -> float:
    return float(1.0 / (1.0 + math.pow(2.0, -weight)))


def _reasons(level_row: npt.NDArray[np.int8], detail_row: FloatArray) -> str:
    parts = []
    for c, comparison in enumerate(COMPARISONS):
        level = int(level_row[c])
        if level == 0:
            continue
        text = comparison.reason(level, float(detail_row[c]))
        if text:
            parts.append(text)
    return "; ".join(parts)


def _ids(result: ValidationResult) -> pd.Series:
    if "referral_id" not in result.records.columns:
        return pd.Series("", index=result.records.index, dtype=object)
    return result.records["referral_id"].astype("string").fillna("").str.strip().astype(object)


def _links_table(
    li: IntArray, rj: IntArray, weight: FloatArray, levels: npt.NDArray[np.int8], details: FloatArray,
    assignment: _Assignment, left: Features, right: Features, referred: npt.NDArray[np.bool_],
    val: ValidationResult, vs: ValidationResult,
) -> pd.DataFrame:  # fmt: skip
    val_ids, vs_ids = _ids(val).to_numpy(), _ids(vs).to_numpy()
    rows: list[dict[str, Any]] = []

    def entry(i: int | None, j: int | None, status: Status, k: int | None = None, **extra: Any) -> dict[str, Any]:
        return {
            "val_row": int(left.rows[i]) if i is not None else None,
            "vs_row": int(right.rows[j]) if j is not None else None,
            "score": round(_probability(float(weight[k])), 4) if k is not None else None,
            "match_reasons": _reasons(levels[k], details[k]) if k is not None else "",
            "status": status,
            "val_id": val_ids[i] if i is not None else "",
            "vs_id": vs_ids[j] if j is not None else "",
            "match_weight": round(float(weight[k]), 2) if k is not None else None,
            "val_referred": bool(referred[i]) if i is not None else None,
            "candidates": extra.get("candidates", ""),
            "duplicate_of": extra.get("duplicate_of"),
        }

    def listed(ks: list[int], side: Literal["val", "vs"]) -> str:
        ordered = sorted(set(ks), key=lambda k2: -weight[k2])
        return "; ".join(
            f"{side} {int(left.rows[li[k2]]) if side == 'val' else int(right.rows[rj[k2]])} "
            f"({_probability(float(weight[k2])):.3f})"
            for k2 in ordered
        )

    for i, k in assignment.linked.items():
        rows.append(entry(i, int(rj[k]), "linked", k))
    for i, ks in assignment.review_left.items():
        best = max(ks, key=lambda k2: weight[k2])
        rows.append(entry(i, None, "review", best, candidates=listed(ks, "vs")))
    for j, ks in assignment.review_right.items():
        if j in assignment.linked_right:
            continue
        best = max(ks, key=lambda k2: weight[k2])
        rows.append(entry(None, j, "review", best, candidates=listed(ks, "val")))
    for i, kept in assignment.dup_left.items():
        if referred[i] and i not in assignment.linked and i not in assignment.review_left:
            rows.append(entry(i, None, "duplicate", duplicate_of=int(left.rows[kept])))
    for j, kept in assignment.dup_right.items():
        if j not in assignment.linked_right and j not in assignment.review_right:
            rows.append(entry(None, j, "duplicate", duplicate_of=int(right.rows[kept])))

    seen_left = set(assignment.linked) | set(assignment.review_left) | set(assignment.dup_left)
    seen_right = set(assignment.linked_right) | set(assignment.review_right) | set(assignment.dup_right)
    best_left: dict[int, int] = {}
    order = np.argsort(-weight, kind="stable")
    for k in order.tolist():
        best_left.setdefault(int(li[k]), k)
    # a repeat of another referred VAL row (the same victim and crime, see validation's duplicate
    # check) is that referral again, not a second lost one
    repeats: dict[int, int] = {}
    if "rc_duplicate_of" in val.records:
        of = val.records["rc_duplicate_of"]
        referred_rows = {int(left.rows[p]) for p in np.flatnonzero(referred).tolist()}
        repeats = {
            int(r): int(o) for r, o in zip(of.index, of, strict=True) if not pd.isna(o) and int(o) in referred_rows
        }
    for i in np.flatnonzero(referred).tolist():
        if i in seen_left:
            continue
        original = repeats.get(int(left.rows[i]))
        if original is not None:
            rows.append(entry(i, None, "duplicate", duplicate_of=original))
            continue
        nearest = best_left.get(i)
        hint = listed([nearest], "vs") if nearest is not None and _probability(float(weight[nearest])) >= 0.01 else ""
        rows.append(entry(i, None, "lost", candidates=hint))
    for j in range(len(right)):
        if j not in seen_right:
            rows.append(entry(None, j, "vs_only"))

    frame = pd.DataFrame(rows, columns=LINK_COLUMNS)
    for name in ("val_row", "vs_row", "duplicate_of"):
        frame[name] = pd.array(frame[name].tolist(), dtype="Int64")
    frame["score"] = pd.array(frame["score"].tolist(), dtype="Float64")
    frame["match_weight"] = pd.array(frame["match_weight"].tolist(), dtype="Float64")
    frame["val_referred"] = pd.array(frame["val_referred"].tolist(), dtype="boolean")
    frame = frame.sort_values(["val_row", "vs_row"], na_position="last", kind="stable").reset_index(drop=True)
    return frame


def _lost_table(links: pd.DataFrame, val: ValidationResult) -> pd.DataFrame:
    lost = links[links["status"] == "lost"]
    rows = lost["val_row"].astype(int).to_numpy()
    records = val.records.loc[rows] if len(rows) else val.records.iloc[0:0]
    out = pd.DataFrame({"val_row": lost["val_row"].to_numpy(), "val_id": lost["val_id"].to_numpy()})
    for name in ("referral_date", "area", "crime_type", "outcome", "referred_to"):
        if name in records.columns:
            values = records[name]
            out[name] = values.dt.strftime("%Y-%m-%d").to_numpy() if name == "referral_date" else values.to_numpy()
    out["nearest_candidate"] = lost["candidates"].to_numpy()
    return out


def _vs_only_table(links: pd.DataFrame, vs: ValidationResult) -> pd.DataFrame:
    only = links[links["status"] == "vs_only"]
    rows = only["vs_row"].astype(int).to_numpy()
    records = vs.records.loc[rows] if len(rows) else vs.records.iloc[0:0]
    out = pd.DataFrame({"vs_row": only["vs_row"].to_numpy(), "vs_id": only["vs_id"].to_numpy()})
    for name in ("referral_date", "area", "referral_source", "crime_type", "engagement"):
        if name in records.columns:
            values = records[name]
            out[name] = values.dt.strftime("%Y-%m-%d").to_numpy() if name == "referral_date" else values.to_numpy()
    return out


# --- figures ------------------------------------------------------------------------------------------


def map_categories(
    records: pd.DataFrame, feed: Literal["val", "vs"], settings: Settings | None = None
) -> tuple[pd.Series, str]:
    """Map records' crime types to taxonomy codes, through the classifier and its crosswalks.

    VAL records use their crime type and notes (a residual type such as "Other crime" is
    classified from the notes); VS records their crime type alone. Should the classifier be
    missing (a trimmed install), the folded crime type stands in for the code.

    Returns:
        ``(codes, how)``: one code per record (same index) and which mapping was used.
    """
    if records.empty:
        return pd.Series([], index=records.index, dtype=object), "none"
    frame = pd.DataFrame(index=records.index)
    crime_type = records["crime_type"] if "crime_type" in records.columns else ""
    frame["crime_type"] = pd.Series(crime_type, index=records.index, dtype=object).fillna("")
    notes = records["notes"] if feed == "val" and "notes" in records.columns else ""
    frame["notes"] = pd.Series(notes, index=records.index, dtype=object).fillna("")
    try:
        from reconcile.classify import classify
    except ImportError:  # pragma: no cover - the classifier ships with reconcile
        folded = [normalise_text_key(str(v)) or "(blank)" for v in frame["crime_type"]]
        return pd.Series(folded, index=records.index, dtype=object), "crime type as written"
    classified = classify(frame, text_column="notes", category_column="crime_type", settings=settings)
    codes = classified["rc_category"].astype("string").fillna("").to_numpy(dtype=object)
    return pd.Series(codes, index=records.index, dtype=object), "reconcile.classify (crosswalks, notes)"


def _figures(
    links: pd.DataFrame, val: ValidationResult, vs: ValidationResult, model: LinkageModel, categories: bool,
    settings: Settings | None,
) -> dict[str, Any]:  # fmt: skip
    linked = links[links["status"] == "linked"]
    val_rows = linked["val_row"].astype(int).to_numpy()
    vs_rows = linked["vs_row"].astype(int).to_numpy()
    val_rec = val.records.loc[val_rows]
    vs_rec = vs.records.loc[vs_rows]
    summary: dict[str, Any] = {}

    # Engagement of linked referrals.
    engagement_rate: float | None = None
    if "engagement" in vs_rec.columns:
        values = vs_rec["engagement"].astype("string").fillna("").str.strip()
        known = values != ""
        engaged = values.str.contains(model.engaged_pattern, case=False, regex=True) & known
        engagement_rate = float(engaged.sum() / known.sum()) if known.any() else None
        summary["engagement"] = {
            "rate": None if engagement_rate is None else round(engagement_rate, 4),
            "engaged": int(engaged.sum()),
            "with_engagement_value": int(known.sum()),
            "by_value": {str(k): int(v) for k, v in values[known].value_counts().items()},
        }
    else:
        summary["engagement"] = None

    # Days from VAL referral to VS first contact.
    days = pd.Series(dtype=float, name="days_to_first_contact")
    if "referral_date" in val_rec.columns and "first_contact_date" in vs_rec.columns:
        start = val_rec["referral_date"].to_numpy(dtype="datetime64[D]")
        end = vs_rec["first_contact_date"].to_numpy(dtype="datetime64[D]")
        delta = (end - start).astype("timedelta64[D]").astype(float)
        delta[np.isnat(start) | np.isnat(end)] = np.nan
        # a date after "today" is a date_future error, not a wait
        today = np.datetime64(Settings.from_path_or_dict(settings).as_of, "D")
        delta[(start > today) | (end > today)] = np.nan
        days = pd.Series(delta, index=pd.Index(val_rows, name="val_row"), name="days_to_first_contact")
    known_days = days.dropna()
    summary["days_to_first_contact"] = {
        "pairs": len(known_days),
        "median": float(known_days.median()) if len(known_days) else None,
        "mean": round(float(known_days.mean()), 2) if len(known_days) else None,
        "p90": float(known_days.quantile(0.9)) if len(known_days) else None,
        "negative": int((known_days < 0).sum()),
    }

    # Category disagreement on linked pairs.
    disagreement = pd.DataFrame()
    summary["categories"] = None
    if categories and len(linked):
        val_codes, how_val = map_categories(val_rec.reset_index(drop=True), "val", settings)
        vs_codes, how_vs = map_categories(vs_rec.reset_index(drop=True), "vs", settings)
        pairs = pd.DataFrame({"val": val_codes.to_numpy(), "vs": vs_codes.to_numpy()})
        disagreement = pd.crosstab(pairs["val"], pairs["vs"]).rename_axis(index="val_category", columns="vs_category")
        differ = pairs[pairs["val"] != pairs["vs"]]
        top = differ.value_counts().head(10)
        summary["categories"] = {
            "mapping": {"val": how_val, "vs": how_vs},
            "agree": int(len(pairs) - len(differ)),
            "disagree": len(differ),
            "agreement_rate": round(float(1 - len(differ) / len(pairs)), 4),
            "top_disagreements": [
                {"val_category": str(cell[0]), "vs_category": str(cell[1]), "pairs": int(n)}
                for cell, n in zip(top.index.tolist(), top.tolist(), strict=True)
            ],
            "matrix": {str(r): {str(c): int(v) for c, v in row.items() if v} for r, row in disagreement.iterrows()},
        }
    return {
        "summary": summary,
        "disagreement": disagreement,
        "days": days,
        "engagement_rate": engagement_rate,
    }
