"""Comparison levels for linking VAL and Victim Support records.

Each field comparison is an ordered list of levels, as in splink's comparison library: a pair
takes the *first* level whose condition holds, going from ``null`` (either side has no value),
through ``exact`` and the fuzzy thresholds, to ``else`` (both have a value and they disagree).
The linkage model (``models/linkage.json``) gives each level a Fellegi-Sunter m and u
probability; the level alone decides a pair's weight for that field, so every score can be
explained by the levels it is made of.

The comparisons work on :class:`Features`, arrays built once per export from the canonical
records the ingest layer writes, and are vectorised over candidate pairs: the fuzzy scorers
run through ``rapidfuzz.process.cpdist`` (wrapped once, below), never a Python loop over pairs.

Comparisons, and their levels in order:

* ``reference``: police crime reference, upper case with separators removed; null, exact,
  number (the long digit run agrees: "22/123456/23" and "123456"), near (at most two edits,
  a transposition counts one), else.
* ``name``: forename and surname, accents and punctuation folded, word order ignored; null,
  exact, fuzzy high, initial (a forename given as an initial, surname agrees), fuzzy low,
  surname (surname agrees, forename does not), else.
* ``dob``: date of birth; null, exact, day-month swapped, one digit off, else.
* ``postcode``: canonical postcode; null, exact, one character off, same sector, same
  district, else.
* ``phone``: national digits; null, exact, one digit off, else.
* ``referral_date``: days from the VAL referral to the VS referral; null, within the window
  (0 to ``window_days`` after), near (up to ``window_days`` before, or up to three windows
  after), else.
* ``area``: canonical area; null, exact, else.
* ``val_referral``: whether VAL recorded a referral to Victim Support (VAL side only); null
  (the export has no outcome column), recorded, not recorded.
"""

from __future__ import annotations

import re
import warnings
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar, Final

import numpy as np
import numpy.typing as npt
import pandas as pd
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from reconcile._yaml import read_yaml
from reconcile.errors import ConfigError
from reconcile.normalise import is_placeholder, normalise_reference, normalise_text_key, parse_postcodes
from reconcile.resources import rules_dir

__all__ = [
    "BLOCKING_RULES",
    "COMPARISONS",
    "DEFAULT_BLOCKING",
    "Comparison",
    "Features",
    "Level",
    "LevelParams",
    "build_features",
    "edit_distances",
    "evaluate_levels",
    "level_of",
    "name_key",
    "name_similarities",
    "name_similarity",
]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
ObjArray = npt.NDArray[np.object_]
BoolArray = npt.NDArray[np.bool_]

#: Fields that can identify a person or a crime; linking needs at least one on both sides.
IDENTIFYING_FIELDS: Final = ("crime_reference", "forename", "surname", "dob", "postcode", "phone")
_DIGITS = re.compile(r"\d+")
_NON_DIGIT = re.compile(r"\D")
_EPOCH = np.datetime64("1970-01-01", "D")


# --- wrapped scorers: the one place rapidfuzz is called -------------------------------------------


def name_similarity(a: str, b: str) -> float:
    """Similarity (0-100) of two name keys, word order ignored (rapidfuzz ``token_sort_ratio``).

    Example:
        >>> name_similarity("jane smith", "smith jane")
        100.0
    """
    return float(fuzz.token_sort_ratio(a, b))


def name_similarities(a: Sequence[str], b: Sequence[str]) -> FloatArray:
    """Pairwise :func:`name_similarity` of two equal-length sequences, vectorised (``cpdist``)."""
    if len(a) == 0:
        return np.zeros(0, dtype=np.float64)
    return np.asarray(process.cpdist(a, b, scorer=fuzz.token_sort_ratio, workers=-1), dtype=np.float64)


def _ratios(a: Sequence[str], b: Sequence[str]) -> FloatArray:
    if len(a) == 0:
        return np.zeros(0, dtype=np.float64)
    return np.asarray(process.cpdist(a, b, scorer=fuzz.ratio, workers=-1), dtype=np.float64)


def edit_distances(a: Sequence[str], b: Sequence[str]) -> IntArray:
    """Pairwise optimal-string-alignment distance (a transposition counts one edit), vectorised."""
    if len(a) == 0:
        return np.zeros(0, dtype=np.int64)
    return np.asarray(process.cpdist(a, b, scorer=OSA.distance, workers=-1), dtype=np.int64)


# --- features ---------------------------------------------------------------------------------------


def name_key(forename: str, surname: str) -> str:
    """Fold a forename and surname into one order-free key: accents, case and punctuation removed.

    Example:
        >>> name_key("Zoë", "O'BRIEN"), name_key("O'Brien", "zoe")
        ('brien o zoe', 'brien o zoe')
    """
    words = f"{_name_part(forename)} {_name_part(surname)}".split()
    return " ".join(sorted(words))


def _name_part(value: Any) -> str:
    text = _text(value)
    if not text or is_placeholder(text):
        return ""
    # punctuation around a placeholder ("X-", "(unknown)") leaves the placeholder itself
    key = normalise_text_key(text)
    return "" if is_placeholder(key) else key


def _text(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value).strip()


def _reference_number(raw: str) -> str:
    """The longest run of digits (at least 5) in a reference as written: its crime number."""
    runs = _DIGITS.findall(raw)
    best = max(runs, key=len) if runs else ""
    return best if len(best) >= 5 else ""


@dataclass(frozen=True)
class Features:
    """What the comparisons look at, one array entry per record (same order as the records).

    Missing values are ``""`` for text, ``-1`` for date parts and NaN for day numbers.
    ``available`` lists the canonical fields the export maps, so a comparison on a field one
    export lacks is null for every pair, not a disagreement.
    """

    rows: IntArray
    ref: ObjArray
    ref_number: ObjArray
    forename: ObjArray
    surname: ObjArray
    name: ObjArray
    initials: ObjArray
    dob_year: IntArray
    dob_month: IntArray
    dob_day: IntArray
    dob_digits: npt.NDArray[np.uint8]
    postcode: ObjArray
    sector: ObjArray
    district: ObjArray
    phone: ObjArray
    referral_day: FloatArray
    area: ObjArray
    referred: IntArray
    available: frozenset[str] = field(default_factory=frozenset)

    def __len__(self) -> int:
        return len(self.rows)

    def block_key(self, rule: str) -> ObjArray:
        """The blocking key of each record under a blocking rule ("" means no key)."""
        if rule == "reference":
            return self.ref
        if rule == "reference_number":
            return self.ref_number
        if rule == "name":
            return self.name
        if rule == "postcode":
            return self.postcode
        if rule == "phone":
            return self.phone
        if rule == "dob":
            # Day and month sorted, so a swapped date of birth shares the key.
            lo = np.minimum(self.dob_day, self.dob_month)
            hi = np.maximum(self.dob_day, self.dob_month)
            keys = [f"{y}-{a}-{b}" if y >= 0 else "" for y, a, b in zip(self.dob_year, lo, hi, strict=True)]
            return np.asarray(keys, dtype=object)
        if rule == "sector_initials":
            return _joined(self.sector, self.initials)
        if rule == "birth_year_initials":
            years = np.asarray([str(y) if y >= 0 else "" for y in self.dob_year], dtype=object)
            return _joined(years, self.initials)
        if rule == "district_surname":
            return _joined(self.district, self.surname)
        raise ValueError(f"unknown blocking rule {rule!r}")


def _joined(a: ObjArray, b: ObjArray) -> ObjArray:
    both = (a != "") & (b != "")
    out = np.where(both, a.astype(str) + "|" + b.astype(str), "")
    return np.asarray(out, dtype=object)


#: Blocking rules: candidate pairs share at least one of these keys (see :meth:`Features.block_key`).
BLOCKING_RULES: Final = (
    "reference", "reference_number", "dob", "postcode", "name", "phone", "sector_initials",
    "birth_year_initials", "district_surname",
)  # fmt: skip
#: The rules a run uses by default. ``district_surname`` is left out: on generated exports it
#: finds no true pair the others miss and makes half of all candidate pairs.
DEFAULT_BLOCKING: Final = BLOCKING_RULES[:-1]


def _column(records: pd.DataFrame, name: str) -> list[str]:
    if name not in records.columns:
        return [""] * len(records)
    return [_text(v) for v in records[name].tolist()]


def _dates(records: pd.DataFrame, name: str) -> pd.Series:
    if name not in records.columns:
        return pd.Series(pd.NaT, index=records.index, dtype="datetime64[s]")
    column = records[name]
    if not pd.api.types.is_datetime64_any_dtype(column):
        column = pd.to_datetime(column, errors="coerce", dayfirst=False)
    return column


def referral_mask(records: pd.DataFrame, pattern: str, not_pattern: str) -> pd.Series:
    """True where a VAL record's outcome or "referred to" mentions Victim Support (and no negation).

    Args:
        records: Canonical VAL records.
        pattern: Regular expression (case-insensitive) for a referral to Victim Support.
        not_pattern: Regular expression that cancels it within the same field ("not referred").

    Returns:
        A boolean Series (all False when neither column exists).
    """
    hit = pd.Series(False, index=records.index)
    for name in ("outcome", "referred_to"):
        if name not in records.columns:
            continue
        # a multi-select field lists services apart ("VS; Signposted - Citizens Advice"): a negation
        # cancels the mention of its own item only
        items = records[name].astype("string").fillna("").str.split(_LIST_SEPARATOR, regex=True).explode()
        with warnings.catch_warnings():  # (a user's pattern may group words: only a match is wanted)
            warnings.filterwarnings("ignore", "This pattern is interpreted as a regular expression", UserWarning)
            mentions = items.str.contains(pattern, case=False, regex=True)
            negated = items.str.contains(not_pattern, case=False, regex=True) if not_pattern else False
        referred = (mentions & ~negated).astype(bool)
        hit |= referred.groupby(level=0).any().reindex(records.index, fill_value=False)
    return hit


#: how multi-select exports separate the services in one field
_LIST_SEPARATOR = r"\s*[;|]\s*"


#: a VAL outcome or "referred to" value that names Victim Support
REFERRAL_PATTERN = r"\bvictim\s*support\b|\bvs\b"
#: words that cancel it in the same field: not referred, declined, or only signposted ("Signposted
#: to VS (self-referral details given)" hands the victim the number; nothing is sent to VS)
REFERRAL_NOT_PATTERN = r"\b(?:not|no|declined?|refused?|unable|signpost(?:ed|ing)?)\b"


def build_features(
    records: pd.DataFrame,
    *,
    referral_pattern: str = REFERRAL_PATTERN,
    referral_not_pattern: str = REFERRAL_NOT_PATTERN,
) -> Features:
    """Build comparison features from canonical records (the ``records`` of a validation result).

    Values are normalised again (idempotently), so hand-written records work too: postcodes in
    any spacing or case, dates as ISO strings.

    Args:
        records: One row per record with canonical columns (any subset).
        referral_pattern: See :func:`referral_mask`.
        referral_not_pattern: See :func:`referral_mask`.

    Returns:
        The features, in the records' order.
    """
    n = len(records)
    rows = np.asarray(records.index, dtype=np.int64) if n else np.zeros(0, dtype=np.int64)
    raw_refs = _column(records, "crime_reference")
    refs = [normalise_reference(r) if r else "" for r in raw_refs]
    forenames = [_name_part(v) for v in _column(records, "forename")]
    surnames = [_name_part(v) for v in _column(records, "surname")]
    names = [" ".join(sorted(f"{f} {s}".split())) for f, s in zip(forenames, surnames, strict=True)]
    initials = [
        "".join(sorted(w[0] for w in (f, s) if w)) if f and s else "" for f, s in zip(forenames, surnames, strict=True)
    ]

    dob = _dates(records, "dob")
    known = dob.notna().to_numpy()
    year = np.where(known, dob.dt.year.fillna(-1).to_numpy(dtype=np.int64), -1)
    month = np.where(known, dob.dt.month.fillna(-1).to_numpy(dtype=np.int64), -1)
    day = np.where(known, dob.dt.day.fillna(-1).to_numpy(dtype=np.int64), -1)
    digits = np.zeros((n, 8), dtype=np.uint8)
    for k, (part, width) in enumerate(((day, 2), (month, 2), (year, 4))):
        start = sum((2, 2, 4)[:k])
        value = np.where(part >= 0, part, 0)
        for d in range(width):
            digits[:, start + width - 1 - d] = (value // 10**d) % 10

    if "postcode" in records.columns:
        postcodes = parse_postcodes(pd.Series(_column(records, "postcode"), index=records.index, dtype=object))[0]
        codes = [str(p) for p in postcodes.tolist()]
    else:
        codes = [""] * n
    sectors = [p[:-2] if len(p) >= 5 else "" for p in codes]
    districts = [p.split(" ")[0] if p else "" for p in codes]
    phones = [_NON_DIGIT.sub("", p) for p in _column(records, "phone")]

    referral = _dates(records, "referral_date")
    day_numbers = (referral.to_numpy(dtype="datetime64[D]") - _EPOCH).astype("timedelta64[D]").astype(np.float64)
    day_numbers[referral.isna().to_numpy()] = np.nan

    areas = [a if a and not is_placeholder(a) else "" for a in _column(records, "area")]
    has_outcome = any(c in records.columns for c in ("outcome", "referred_to"))
    if has_outcome:
        referred = referral_mask(records, referral_pattern, referral_not_pattern).to_numpy(dtype=np.int64)
    else:
        referred = np.full(n, -1, dtype=np.int64)

    available = {c for c in records.columns if isinstance(c, str)}
    return Features(
        rows=rows,
        ref=np.asarray(refs, dtype=object),
        ref_number=np.asarray([_reference_number(r) for r in raw_refs], dtype=object),
        forename=np.asarray(forenames, dtype=object),
        surname=np.asarray(surnames, dtype=object),
        name=np.asarray(names, dtype=object),
        initials=np.asarray(initials, dtype=object),
        dob_year=year,
        dob_month=month,
        dob_day=day,
        dob_digits=digits,
        postcode=np.asarray(codes, dtype=object),
        sector=np.asarray(sectors, dtype=object),
        district=np.asarray(districts, dtype=object),
        phone=np.asarray(phones, dtype=object),
        referral_day=day_numbers,
        area=np.asarray(areas, dtype=object),
        referred=referred,
        available=frozenset(available),
    )


# --- levels and comparisons -----------------------------------------------------------------------


@dataclass(frozen=True)
class LevelParams:
    """The thresholds that decide levels; stored in the linkage model so a run can be repeated."""

    #: Name similarity (0-100) for the ``fuzzy_high`` level.
    name_high: float = 92.0
    #: Name similarity (0-100) for the ``fuzzy_low`` level.
    name_low: float = 80.0
    #: Surname similarity (0-100) for the ``initial`` and ``surname`` levels.
    surname_min: float = 88.0
    #: Most edits for a ``near`` crime reference.
    reference_max_edits: int = 2
    #: Days after the VAL referral within which the VS referral is expected.
    window_days: int = 14


@dataclass(frozen=True)
class Level:
    """One level of a comparison.

    Attributes:
        label: Stable id, used in ``models/linkage.json``.
        description: What the level means, in plain English.
        reason: How the level reads in ``match_reasons`` ("" to leave it out); ``{detail}`` is
            replaced by the comparison's number for the pair (a similarity, a day count).
    """

    label: str
    description: str
    reason: str = ""


@dataclass(frozen=True)
class Evaluated:
    """Levels of one comparison for a batch of pairs, and an optional number per pair."""

    levels: npt.NDArray[np.int8]
    detail: FloatArray | None = None


class Comparison(ABC):
    """A field comparison: an ordered tuple of levels, null first and else last."""

    name: ClassVar[str]
    description: ClassVar[str]
    #: Canonical fields both exports need for the comparison to be anything but null.
    fields: ClassVar[tuple[str, ...]]
    levels: ClassVar[tuple[Level, ...]]
    #: True when the comparison looks at the VAL record only.
    left_only: ClassVar[bool] = False

    def labels(self) -> list[str]:
        """Level labels in order."""
        return [level.label for level in self.levels]

    def usable(self, left: Features, right: Features) -> bool:
        """Whether both exports carry a field this comparison needs."""
        need_right = () if self.left_only else self.fields
        return any(f in left.available for f in self.fields) and (
            not need_right or any(f in right.available for f in need_right)
        )

    def evaluate(self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams) -> Evaluated:
        """Return the level index of every pair ``(left[li[k]], right[rj[k]])``."""
        if not self.usable(left, right):
            return Evaluated(np.zeros(len(li), dtype=np.int8))
        conditions, detail = self.conditions(left, right, li, rj, params)
        assert len(conditions) == len(self.levels) - 1, self.name
        chosen = np.select(conditions, list(range(len(conditions))), default=len(self.levels) - 1)
        return Evaluated(chosen.astype(np.int8), detail)

    @abstractmethod
    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        """One mask per level except the last (else), in level order, and an optional number."""

    def reason(self, level: int, detail: float | None) -> str:
        """The ``match_reasons`` text of one pair's level."""
        template = self.levels[level].reason
        if "{detail" in template:
            value = 0.0 if detail is None or np.isnan(detail) else detail
            return template.format(detail=value)
        return template


class ReferenceComparison(Comparison):
    """Police crime reference: null, exact, number, near, else."""

    name = "reference"
    description = "Police crime reference, upper case with separators removed"
    fields = ("crime_reference",)
    levels = (
        Level("null", "either reference is missing"),
        Level("exact", "references are the same once separators are removed", "reference exact"),
        Level(
            "number",
            "the crime number (the long digit run) agrees, prefixes differ",
            "reference number agrees",
        ),
        Level(
            "near",
            "references differ by at most two edits (typing slips)",
            "reference near ({detail:.0f} edits)",
        ),
        Level("else", "references differ", "reference differs"),
    )

    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        a, b = left.ref[li], right.ref[rj]
        null = (a == "") | (b == "")
        exact = ~null & (a == b)
        distance = np.full(len(li), np.nan)
        todo = np.flatnonzero(~null & ~exact)
        distance[todo] = edit_distances(a[todo].tolist(), b[todo].tolist())
        long_enough = np.fromiter((min(len(x), len(y)) >= 6 for x, y in zip(a, b, strict=True)), bool, len(li))
        near = ~null & ~exact & long_enough & (distance <= params.reference_max_edits)
        na, nb = left.ref_number[li], right.ref_number[rj]
        number = ~null & (na != "") & (na == nb)
        return [null, exact, number, near], distance


def forenames_compatible(a: str, b: str) -> bool:
    """Whether two folded forenames ("carl michael", "carl") can name one person.

    Example:
        >>> forenames_compatible("carl michael", "carl"), forenames_compatible("pat", "patricia")
        (True, True)
        >>> forenames_compatible("nikki", "nicola"), forenames_compatible("emma", "nick")
        (True, False)
    """
    groups = _nickname_groups()
    for x in a.split():
        for y in b.split():
            short, long = sorted((x, y), key=len)
            if x == y or (len(short) >= 3 and long.startswith(short)):
                return True
            if groups.get(x, frozenset()) & groups.get(y, frozenset()):
                return True
    return False


@cache
def _nickname_groups() -> dict[str, frozenset[int]]:
    """Forename -> the nickname groups it belongs to (``rules/names/nicknames.yaml``)."""
    path = rules_dir() / "names" / "nicknames.yaml"
    data = read_yaml(path, "the nickname list")
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
        raise ConfigError(f"{path}: expected 'groups:' with one list of forenames per line")
    out: dict[str, set[int]] = {}
    for i, group in enumerate(groups):
        for forename in group:
            out.setdefault(normalise_text_key(str(forename)), set()).add(i)
    return {k: frozenset(v) for k, v in out.items()}


class NameComparison(Comparison):
    """Forename and surname, order-free: null, exact, fuzzy high, initial, fuzzy low, surname, else."""

    name = "name"
    description = "Victim's forename and surname, accents and punctuation folded, word order ignored"
    fields = ("forename", "surname")
    levels = (
        Level("null", "either side lacks a forename or a surname"),
        Level("exact", "the same words, in any order", "name exact"),
        Level("fuzzy_high", "name similarity at least name_high", "name fuzzy {detail:.0f}"),
        Level(
            "initial",
            "a forename given as an initial, a short form, a middle name or a nickname agrees, surname agrees",
            "name initial or short form, and surname",
        ),
        Level("fuzzy_low", "name similarity at least name_low", "name fuzzy {detail:.0f}"),
        Level("surname", "surname agrees, forename does not", "surname only"),
        Level("else", "names differ", "name differs"),
    )

    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        a, b = left.name[li], right.name[rj]
        lf, ls, rf, rs = left.forename[li], left.surname[li], right.forename[rj], right.surname[rj]
        # A name without its forename or surname cannot be compared fairly: missing, not different.
        null = (lf == "") | (ls == "") | (rf == "") | (rs == "")
        exact = ~null & (a == b)
        score = np.zeros(len(li))
        todo = np.flatnonzero(~null & ~exact)
        score[todo] = name_similarities(a[todo].tolist(), b[todo].tolist())
        score[exact] = 100.0
        # Straight: surname with surname, forename with forename. Swapped: one side's fields are the
        # wrong way round ("Smith" as forename). The orientation whose pairs agree more wins; both
        # sides are treated alike, so the level does not depend on which record is VAL's.
        pairs = {
            name: _ratios(x[todo].tolist(), y[todo].tolist())
            for name, (x, y) in {"ss": (ls, rs), "ff": (lf, rf), "fs": (lf, rs), "sf": (ls, rf)}.items()
        }
        use_swap = np.zeros(len(li), dtype=bool)
        use_swap[todo] = pairs["fs"] + pairs["sf"] > pairs["ss"] + pairs["ff"]
        # In the swapped orientation either pair may hold the surnames: take the closer one.
        fs_is_surname = np.zeros(len(li), dtype=bool)
        fs_is_surname[todo] = pairs["fs"] >= pairs["sf"]
        sur_sim = np.zeros(len(li))
        sur_sim[todo] = np.where(use_swap[todo], np.maximum(pairs["fs"], pairs["sf"]), pairs["ss"])
        other_left = np.where(use_swap, np.where(fs_is_surname, ls, lf), lf)
        other_right = np.where(use_swap, np.where(fs_is_surname, rf, rs), rf)
        first_left = np.asarray([x[:1] for x in other_left], dtype=object)
        first_right = np.asarray([x[:1] for x in other_right], dtype=object)
        one_letter = np.fromiter(
            (len(x) == 1 or len(y) == 1 for x, y in zip(other_left, other_right, strict=True)), bool, len(li)
        )
        surname_agrees = sur_sim >= params.surname_min
        initial = ~null & surname_agrees & one_letter & (first_left == first_right) & (first_left != "")
        # a short form, a middle name or a nickname ("Pat" / "Patricia", "Carl Michael" / "Carl")
        # says as much as an initial does
        maybe = np.flatnonzero(~null & ~exact & surname_agrees & ~initial)
        initial[maybe] = [
            forenames_compatible(str(x), str(y)) for x, y in zip(other_left[maybe], other_right[maybe], strict=True)
        ]
        high = ~null & (score >= params.name_high)
        low = ~null & (score >= params.name_low)
        surname_only = ~null & surname_agrees
        return [null, exact, high, initial, low, surname_only], score


class DobComparison(Comparison):
    """Date of birth: null, exact, day-month swapped, one digit off, else."""

    name = "dob"
    description = "Date of birth"
    fields = ("dob",)
    levels = (
        Level("null", "either date of birth is missing"),
        Level("exact", "same date of birth", "dob exact"),
        Level("swapped", "day and month swapped", "dob day-month swapped"),
        Level("one_digit", "one digit of ddmmyyyy differs", "dob one digit off"),
        Level("else", "dates of birth differ", "dob differs"),
    )

    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        ly, lm, ld = left.dob_year[li], left.dob_month[li], left.dob_day[li]
        ry, rm, rd = right.dob_year[rj], right.dob_month[rj], right.dob_day[rj]
        null = (ly < 0) | (ry < 0)
        exact = ~null & (ly == ry) & (lm == rm) & (ld == rd)
        swapped = ~null & (ly == ry) & (ld == rm) & (lm == rd) & (ld != lm)
        differing = (left.dob_digits[li] != right.dob_digits[rj]).sum(axis=1)
        one_digit = ~null & (differing == 1)
        return [null, exact, swapped, one_digit], None


def _null_exact_distance(a: npt.NDArray[Any], b: npt.NDArray[Any]) -> tuple[BoolArray, BoolArray, IntArray]:
    """Missing on either side, equal, and the edit distance where neither (99 elsewhere)."""
    null = (a == "") | (b == "")
    exact = ~null & (a == b)
    distance = np.full(len(a), 99)
    todo = np.flatnonzero(~null & ~exact)
    distance[todo] = edit_distances(a[todo].tolist(), b[todo].tolist())
    return null, exact, distance


class PostcodeComparison(Comparison):
    """Postcode: null, exact, one character off, same sector, same district, else."""

    name = "postcode"
    description = "Postcode, canonical form"
    fields = ("postcode",)
    levels = (
        Level("null", "either postcode is missing or invalid"),
        Level("exact", "same postcode", "postcode exact"),
        Level("near", "one character differs", "postcode one character off"),
        Level("sector", "same postcode sector (WR1 2)", "postcode same sector"),
        Level("district", "same postcode district (WR1)", "postcode same district"),
        Level("else", "postcodes differ", "postcode differs"),
    )

    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        null, exact, distance = _null_exact_distance(left.postcode[li], right.postcode[rj])
        near = ~null & (distance <= 1)
        sector = ~null & (left.sector[li] == right.sector[rj])
        district = ~null & (left.district[li] == right.district[rj])
        return [null, exact, near, sector, district], None


class PhoneComparison(Comparison):
    """Phone number: null, exact, one digit off, else."""

    name = "phone"
    description = "Contact phone number, national digits"
    fields = ("phone",)
    levels = (
        Level("null", "either number is missing or invalid"),
        Level("exact", "same number", "phone exact"),
        Level("near", "one digit differs or two are transposed", "phone one digit off"),
        Level("else", "numbers differ", "phone differs"),
    )

    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        null, exact, distance = _null_exact_distance(left.phone[li], right.phone[rj])
        return [null, exact, ~null & (distance <= 1)], None


class ReferralDateComparison(Comparison):
    """Days from the VAL referral to the VS referral: null, within window, near, else."""

    name = "referral_date"
    description = "Days from the VAL referral date to the VS referral date"
    fields = ("referral_date",)
    levels = (
        Level("null", "either referral date is missing"),
        Level("within", "VS referral 0 to window_days days after VAL's", "referral {detail:+.0f} days"),
        Level("near", "up to window_days before, or up to three windows after", "referral {detail:+.0f} days"),
        Level("else", "referral dates far apart", "referral {detail:+.0f} days"),
    )

    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        days = right.referral_day[rj] - left.referral_day[li]
        null = np.isnan(days)
        window = params.window_days
        with np.errstate(invalid="ignore"):
            within = ~null & (days >= 0) & (days <= window)
            near = ~null & (days >= -window) & (days <= 3 * window)
        return [null, within, near], days


class AreaComparison(Comparison):
    """Canonical area: null, exact, else."""

    name = "area"
    description = "Policing area, canonical name"
    fields = ("area",)
    levels = (
        Level("null", "either area is missing or unknown"),
        Level("exact", "same area", "area same"),
        Level("else", "areas differ", "area differs"),
    )

    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        a, b = left.area[li], right.area[rj]
        null = (a == "") | (b == "")
        return [null, ~null & (a == b)], None


class ValReferralComparison(Comparison):
    """Whether the VAL record says it was referred to Victim Support: null, recorded, not recorded."""

    name = "val_referral"
    description = "VAL outcome or referred-to mentions Victim Support"
    fields = ("outcome", "referred_to")
    left_only = True
    levels = (
        Level("null", "the VAL export has no outcome or referred-to column"),
        Level("recorded", "VAL recorded a referral to Victim Support"),
        Level("not_recorded", "VAL recorded no referral to Victim Support", "VAL recorded no referral to VS"),
    )

    def conditions(
        self, left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
    ) -> tuple[list[BoolArray], FloatArray | None]:
        referred = left.referred[li]
        return [referred < 0, referred == 1], None


#: Every comparison, in the order of ``models/linkage.json`` and of ``match_reasons``.
COMPARISONS: Final[tuple[Comparison, ...]] = (
    ReferenceComparison(), NameComparison(), DobComparison(), PostcodeComparison(), PhoneComparison(),
    ReferralDateComparison(), AreaComparison(), ValReferralComparison(),
)  # fmt: skip


def evaluate_levels(
    left: Features, right: Features, li: IntArray, rj: IntArray, params: LevelParams
) -> tuple[npt.NDArray[np.int8], FloatArray]:
    """Levels of every comparison for every pair.

    Returns:
        ``(levels, details)``: ``levels[k, c]`` is the level index of pair ``k`` for comparison
        ``COMPARISONS[c]``; ``details`` holds each comparison's number (NaN where it has none).
    """
    levels = np.zeros((len(li), len(COMPARISONS)), dtype=np.int8)
    details = np.full((len(li), len(COMPARISONS)), np.nan)
    for c, comparison in enumerate(COMPARISONS):
        result = comparison.evaluate(left, right, li, rj, params)
        levels[:, c] = result.levels
        if result.detail is not None:
            details[:, c] = result.detail
    return levels, details


def level_of(
    comparison: str, left: Mapping[str, Any], right: Mapping[str, Any], params: LevelParams | None = None
) -> str:
    """The level label one comparison gives one pair of records (for tests and explanations).

    Args:
        comparison: A comparison name, e.g. ``"name"``.
        left: The VAL record's canonical fields (``forename``, ``dob``...).
        right: The VS record's canonical fields.
        params: Level thresholds; defaults when None.

    Returns:
        The level label, e.g. ``"fuzzy_high"``.

    Example:
        >>> level_of("dob", {"dob": "1994-03-07"}, {"dob": "1994-07-03"})
        'swapped'
    """
    chosen = next((c for c in COMPARISONS if c.name == comparison), None)
    if chosen is None:
        raise ValueError(f"unknown comparison {comparison!r}; known: {', '.join(c.name for c in COMPARISONS)}")
    lf = build_features(pd.DataFrame([dict(left)], index=[1]))
    rf = build_features(pd.DataFrame([dict(right)], index=[1]))
    zero = np.zeros(1, dtype=np.int64)
    result = chosen.evaluate(lf, rf, zero, zero, params or LevelParams())
    return chosen.levels[int(result.levels[0])].label
