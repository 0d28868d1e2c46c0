"""Normalisers for the values referral exports carry: placeholders, UK dates, postcodes, phones, names.

Each vectorised normaliser takes a Series of raw strings and returns the normalised values with a
status per cell, so validation can say *why* a value failed without repeating it:

* ``ok``: the value is valid and already in canonical form;
* ``variant``: valid once normalised (case, spacing, separators): a warning at most;
* ``missing``: blank;
* ``placeholder``: "N/A", "not recorded", "TBC", a system default date such as 01/01/1900...;
* ``invalid``: cannot be read as the kind of value the column holds.

The scalar helpers (``normalise_name``, ``normalise_reference``...) are what linkage compares.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Final, Literal

import numpy as np
import pandas as pd

__all__ = [
    "PLACEHOLDERS",
    "STATUS_VALUES",
    "is_placeholder",
    "normalise_name",
    "normalise_reference",
    "normalise_spaces",
    "normalise_text_key",
    "parse_bools",
    "parse_dates",
    "parse_phones",
    "parse_postcodes",
    "placeholder_mask",
]

Status = Literal["ok", "variant", "missing", "placeholder", "invalid"]
STATUS_VALUES: Final = ("ok", "variant", "missing", "placeholder", "invalid")

#: Values that stand for "no data" in exports, compared after lower-casing and trimming.
PLACEHOLDERS: Final[frozenset[str]] = frozenset(
    {
        "n/a", "na", "n.a", "n.a.", "n / a", "#n/a", "nan", "null", "none", "nil return",
        "not recorded", "not known", "unknown", "unk", "unkn", "nk", "n/k", "not stated",
        "not provided", "not given", "not available", "not applicable", "no data", "blank",
        "tbc", "tba", "tbd", "to be confirmed", "awaiting", "pending",
        "-", "--", "---", ".", "..", "?", "??", "x", "xx", "xxx", "0000", "00/00/0000",
    }
)  # fmt: skip

_WS = re.compile(r"\s+")
#: Unicode spaces other than ASCII white space: no-break (U+00A0, U+202F, pasted from Outlook or
#: web pages), the typographic spaces U+2000-U+200A, ideographic U+3000 and the line separators.
_UNICODE_SPACES = "\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: Runs of white space, spelt out: pyarrow runs this in C++, while ``\s`` falls back to Python.
_SPACES = f"[ \t\r\n\f\v{_UNICODE_SPACES}]+"
#: Invisible characters that only ever get into a value by copy and paste (zero-width space,
#: word joiner, a stray byte-order mark); they would make "SY1 2GD" fail a format check.
_INVISIBLE = "[\u200b\u2060\ufeff]"


def _clean(series: pd.Series) -> pd.Series:
    """Strip a column and turn every Unicode space into a plain one, so formats see plain text."""
    # Arrow-backed strings run regex replace and match in C++ (RE2), not per cell in Python.
    text = series.astype("string[pyarrow]").fillna("")
    # Checking for ASCII is ten times cheaper than the replaces, and most columns are all ASCII.
    if not text.str.isascii().all():
        text = text.str.replace(f"[{_UNICODE_SPACES}]", " ", regex=True).str.replace(_INVISIBLE, "", regex=True)
    return text.str.strip()


def normalise_spaces(series: pd.Series) -> pd.Series:
    """Strip values and collapse every run of white space, Unicode spaces included, to one space.

    Example:
        >>> normalise_spaces(pd.Series(["  Jane\u00a0 Smith ", "22/123\u200b456/23"])).tolist()
        ['Jane Smith', '22/123456/23']
    """
    return _clean(series).str.replace(_SPACES, " ", regex=True)


def placeholder_mask(series: pd.Series, extra: frozenset[str] = frozenset()) -> pd.Series:
    """Return True where a raw value is a known "no data" placeholder (not where it is blank)."""
    lowered = _clean(series).str.lower().str.replace(_SPACES, " ", regex=True)
    return lowered.isin(PLACEHOLDERS | extra)


def is_placeholder(value: str) -> bool:
    """Return True when a single value is a known "no data" placeholder.

    Example:
        >>> is_placeholder(" Not Recorded ")
        True
    """
    return _WS.sub(" ", value.strip().lower()) in PLACEHOLDERS


def _base_status(raw: pd.Series, extra: frozenset[str] = frozenset()) -> tuple[pd.Series, pd.Series]:
    cleaned = _clean(raw)
    status = pd.Series("ok", index=raw.index, dtype=object)
    status[cleaned == ""] = "missing"
    status[placeholder_mask(cleaned, extra) & (cleaned != "")] = "placeholder"
    return cleaned, status


# --- dates -------------------------------------------------------------------------------------

#: Formats tried in order; UK exports are day-first, so dd/mm comes before anything else.
_DATE_FORMATS: Final = (
    "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d",
    "%d/%m/%y", "%d-%m-%y", "%d.%m.%y",
    "%d %b %Y", "%d %B %Y", "%d-%b-%Y", "%d-%b-%y", "%d %b %y", "%d %B %y", "%b %d %Y", "%Y%m%d",
)  # fmt: skip
_TWO_DIGIT_YEAR: Final = frozenset(f for f in _DATE_FORMATS if "%y" in f)
#: a time after the date, with am/pm or a time zone ("T10:00:00Z", "+01:00", "GMT"): the date is
#: taken as written
_TIME_SUFFIX = (
    r"(?i)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?[ ]*(?:[ap]\.?m\.?)?"
    r"(?:[ ]*(?:z|utc|gmt|bst|[+-]\d{2}(?::?\d{2})?))?)$"
)
_SERIAL = r"^\d{1,5}(?:\.\d+)?$"
_EXCEL_EPOCH: Final = pd.Timestamp("1899-12-30")
#: Dates that case systems write when nobody entered one.
_SYSTEM_DEFAULT_YEARS: Final = (1900, 9999)


def parse_dates(raw: pd.Series, today: dt.date | None = None) -> tuple[pd.Series, pd.Series]:
    """Parse UK-style dates in several formats, Excel serial numbers included.

    Two-digit years that would land more than a year in the future are taken as the previous
    century, so a date of birth written ``02/03/61`` is 1961 (and ``06/07/23``, a day after the
    reference date, stays 2023 to be reported as in the future). System default dates (01/01/1900, 31/12/9999, serial 0)
    are placeholders, not dates.

    Args:
        raw: Raw strings.
        today: The reference date for two-digit years (default: today).

    Returns:
        ``(dates, status)``: ``datetime64`` values (NaT where none) and a status per cell.

    Example:
        >>> d, s = parse_dates(pd.Series(["03/04/2023", "45000", "31/02/2023", "N/A"]))
        >>> [str(x.date()) if pd.notna(x) else None for x in d], list(s)
        (['2023-04-03', '2023-03-15', None, None], ['ok', 'ok', 'invalid', 'placeholder'])
    """
    ref = pd.Timestamp(today or dt.date.today())
    cleaned, status = _base_status(raw)
    text = cleaned.str.replace(_TIME_SUFFIX, "", regex=True).str.replace(_SPACES, " ", regex=True)
    parsed = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[s]")
    todo = status.eq("ok")
    for fmt in _DATE_FORMATS:
        if not todo.any():
            break
        attempt = pd.to_datetime(text[todo], format=fmt, errors="coerce")
        if fmt in _TWO_DIGIT_YEAR:
            # a year ahead of the reference is the previous century ("02/03/61" is 1961); a date a
            # few days or months ahead stays in this century, to be reported as in the future
            future = attempt > ref + pd.DateOffset(years=1)
            attempt[future] = attempt[future] - pd.DateOffset(years=100)
        hit = attempt.notna()
        parsed[attempt.index[hit]] = attempt[hit].astype("datetime64[s]")
        todo[attempt.index[hit]] = False
    serial = todo & text.str.match(_SERIAL)
    if serial.any():
        days = pd.to_numeric(text[serial], errors="coerce")
        # The fraction is the time of day: 45021.75 is 18:00 on 45021's date, not the next day.
        parsed[serial] = _EXCEL_EPOCH + pd.to_timedelta(np.floor(days.astype(float)), unit="D")
        todo[serial] = False
        whole = days.reindex(raw.index).fillna(-1)
        status[serial & whole.le(1)] = "placeholder"
        # a bare year ("2023") or a small number (an age, "45") is not a date: as serials they
        # would be days in 1900-1905, reported as system defaults or as dates nobody wrote
        status[serial & (whole.between(2, 366) | (text.str.len().eq(4) & whole.between(1900, 2100)))] = "invalid"
    status[todo] = "invalid"
    # 01/01/1900, 31/12/9999 and Excel's day 0 (30/12/1899); an earlier date is a real (implausible) one
    default = parsed.dt.year.isin(_SYSTEM_DEFAULT_YEARS) | (
        (parsed >= pd.Timestamp("1899-12-30")) & (parsed < pd.Timestamp("1900-01-02"))
    )
    status[default & status.eq("ok")] = "placeholder"
    parsed[~status.eq("ok")] = pd.NaT
    return parsed, status


# --- postcodes ---------------------------------------------------------------------------------

# The shape of a UK postcode: an outward code (area letters, district digits) then a digit and two
# letters. Royal Mail never issues some letters in some positions, but exports and test data do not
# always know that, and a data-quality check should flag what cannot be a postcode, not rare letters.
_POSTCODE = r"^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$"


def parse_postcodes(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Normalise UK postcodes to ``OUTWARD INWARD`` in capitals.

    Returns:
        ``(postcodes, status)``: canonical postcodes ("" where invalid or missing) and statuses.
        Lower case or missing, extra or Unicode (no-break...) spaces are a ``variant``; a string
        that is not a UK postcode is ``invalid``.

    Example:
        >>> pc, st = parse_postcodes(pd.Series(["wr1 2ab", "WR12AB", "WR1 2AB", "12345"]))
        >>> list(pc), list(st)
        (['WR1 2AB', 'WR1 2AB', 'WR1 2AB', ''], ['variant', 'variant', 'ok', 'invalid'])
    """
    cleaned, status = _base_status(raw)
    compact = cleaned.str.upper().str.replace(r"[ \t\r\n\-\.]", "", regex=True)
    valid = compact.str.match(_POSTCODE) & status.eq("ok")
    canonical = (compact.str[:-3] + " " + compact.str[-3:]).where(valid, "")
    status[status.eq("ok") & ~valid] = "invalid"
    # Compared with the value as read: a no-break space is a spacing variant, like a missing space.
    as_read = raw.astype("string[pyarrow]").fillna("").str.strip()
    status[valid & (canonical != as_read)] = "variant"
    return canonical.astype(object), status


# --- phone numbers -----------------------------------------------------------------------------

_PHONE_STRIP = r"[ \t\r\n\-\.\(\)/]"
#: A well-formed UK number: geographic 01/02, non-geographic 03/08, mobile 07; 10 or 11 digits.
_UK_SHAPE = re.compile(r"^0(?:1\d{8,9}|2\d{9}|3\d{9}|7[1-9]\d{8}|8\d{8,9})$")


_UK_PREFIX = re.compile(r"^(?:\+44|0044)0?")


@lru_cache(maxsize=65_536)
def _phone_verdict(compact: str) -> tuple[str, bool]:
    """Return (national form, valid) for a compacted number.

    A number with the shape of a UK number is accepted without more ado: libphonenumber knows
    only allocated ranges, and Ofcom's ranges reserved for drama and test data (07700 900xxx,
    01632 960xxx...) or newly allocated ones fail it, yet are well formed; a data-quality check
    should flag malformed numbers, not unallocated ones. Anything else (international numbers,
    unusual lengths) is judged by libphonenumber's metadata.
    """
    national = _UK_PREFIX.sub("0", compact)
    if _UK_SHAPE.match(national):
        return national, True
    import phonenumbers

    try:
        number = phonenumbers.parse(compact, "GB")
    except phonenumbers.NumberParseException:
        return "", False
    if not phonenumbers.is_valid_number(number):
        return "", False
    if number.country_code == 44:
        return "0" + str(number.national_number), True
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), True


def parse_phones(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Validate UK (and international) phone numbers with libphonenumber.

    Returns:
        ``(numbers, status)``: numbers in UK national form (``07700900123``; E.164 when foreign),
        and statuses; spaces, dashes, brackets and a ``+44`` prefix are a ``variant``.

    Example:
        >>> n, s = parse_phones(pd.Series(["01905 123456", "+44 1905 123456", "12345"]))
        >>> list(n), list(s)
        (['01905123456', '01905123456', ''], ['variant', 'variant', 'invalid'])
    """
    cleaned, status = _base_status(raw)
    compact = cleaned.str.replace(_PHONE_STRIP, "", regex=True).str.replace(r"^\+44\(?0\)?", "+44", regex=True)
    out = pd.Series("", index=raw.index, dtype=object)
    todo = status.eq("ok")
    uniques = pd.unique(compact[todo])
    verdicts = {u: _phone_verdict(str(u)) for u in uniques}
    national = compact[todo].map(lambda c: verdicts[c][0])
    valid = compact[todo].map(lambda c: verdicts[c][1]).astype(bool)
    out[national.index] = national
    status[valid.index[~valid]] = "invalid"
    ok_idx = valid.index[valid]
    status[ok_idx[out[ok_idx].to_numpy() != cleaned[ok_idx].to_numpy()]] = "variant"
    return out, status


# --- yes / no ----------------------------------------------------------------------------------

_TRUE_WORDS = frozenset(
    {"y", "yes", "true", "given", "consented", "agreed", "verbal", "written", "obtained", "implied"}
)
_FALSE_WORDS = frozenset({"n", "no", "false", "declined", "refused", "withdrawn", "withheld", "denied"})
_TRUE = _TRUE_WORDS | {"t", "1", "ok", "consent given", "verbal consent", "written consent"}
_FALSE = _FALSE_WORDS | {"f", "0", "not given", "nil", "no consent"}


#: a person's refusal: "no" to a question of consent, but no answer to a question of fact
_REFUSALS = frozenset({"declined", "refused", "withdrawn", "withheld"})
#: ... however it is worded ("Victim declined", "Not disclosed", "Prefer not to say")
_REFUSAL_WORDING = (
    r"\b(?:declin\w*|refus\w*|withheld|withdrawn|not disclosed|prefer(?:s|red)? not|would not say"
    r"|did not say|not willing)\b"
)


def parse_bools(raw: pd.Series, refusal_is_no: bool = True) -> tuple[pd.Series, pd.Series]:
    """Read yes/no answers ("Y", "Yes - verbal", "No", "declined", "TRUE") as booleans.

    Args:
        raw: The source column.
        refusal_is_no: Whether "declined", "refused", "withdrawn" or "withheld" answers the
            question with no (consent). Where the question is one of fact (a domestic-abuse flag:
            the victim declining to answer says nothing about the abuse) they are ``placeholder``.

    Returns:
        ``(values, status)``: an object Series of True/False/None and statuses; an answer that
        is neither yes nor no is ``invalid``.
    """
    cleaned, status = _base_status(raw)
    lowered = cleaned.str.lower().str.replace(r"[^a-z0-9 ]", " ", regex=True).str.replace(_SPACES, " ", regex=True)
    first = lowered.str.strip().str.split(" ").str[0].fillna("")
    if not refusal_is_no:
        refused = status.eq("ok") & (
            first.isin(_REFUSALS) | lowered.str.contains(_REFUSAL_WORDING, regex=True).fillna(False).astype(bool)
        )
        status[refused] = "placeholder"
    is_true = lowered.str.strip().isin(_TRUE) | first.isin({"y", "yes", "true", "given", "consented", "agreed"})
    is_false = lowered.str.strip().isin(_FALSE) | first.isin({"n", "no", "false", "declined", "refused"})
    # a form's unanswered prompt names both answers ("Y/N", "Yes / No"): neither
    both = lowered.str.contains(r"\b(?:y|yes)\b", regex=True) & lowered.str.contains(r"\b(?:n|no)\b", regex=True)
    is_true &= ~both.fillna(False).astype(bool)
    values = pd.Series([None] * len(raw), index=raw.index, dtype=object)
    values[is_true & status.eq("ok")] = True
    values[is_false & ~is_true & status.eq("ok")] = False
    readable = values.notna()
    status[status.eq("ok") & ~readable] = "invalid"
    canonical = lowered.isin({"yes", "no", "y", "n"})
    status[status.eq("ok") & ~canonical] = "variant"
    return values, status


# --- names, references, keys -------------------------------------------------------------------


@lru_cache(maxsize=65_536)
def normalise_text_key(value: str) -> str:
    """Fold a value for comparison: accents removed, lower case, punctuation to spaces, one space.

    Example:
        >>> normalise_text_key("  Zoë  O'Brien-Smith ")
        'zoe o brien smith'
    """
    decomposed = unicodedata.normalize("NFKD", value)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WS.sub(" ", re.sub(r"[^a-z0-9]+", " ", ascii_only.casefold())).strip()


def normalise_name(value: str) -> str:
    """Normalise a person's name for matching: "SMITH, Jane" and "jane smith" agree.

    Example:
        >>> normalise_name("SMITH, Jane"), normalise_name("Jane  Smith")
        ('jane smith', 'jane smith')
    """
    if "," in value:
        surname, _, forename = value.partition(",")
        value = f"{forename} {surname}"
    if is_placeholder(value):
        return ""
    return normalise_text_key(value)


def normalise_reference(value: str) -> str:
    """Normalise a police crime reference: upper case, separators and spaces removed.

    Example:
        >>> normalise_reference(" 22/123456/23 "), normalise_reference("22-123456-23")
        ('2212345623', '2212345623')
    """
    if is_placeholder(value):
        return ""
    return re.sub(r"[^A-Z0-9]", "", value.upper())
