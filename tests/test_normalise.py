"""Normalisers: table-driven cases plus properties (idempotent, round-trips)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from reconcile.normalise import (
    is_placeholder,
    normalise_name,
    normalise_reference,
    normalise_text_key,
    parse_bools,
    parse_dates,
    parse_phones,
    parse_postcodes,
)

TODAY = dt.date(2024, 6, 30)

DATE_CASES = [
    # (description, raw, expected ISO date or None, status)
    ("uk slash", "03/04/2023", "2023-04-03", "ok"),
    ("uk slash unpadded", "3/4/2023", "2023-04-03", "ok"),
    ("two-digit year", "03-04-23", "2023-04-03", "ok"),
    ("two-digit year of birth goes back a century", "02/03/61", "1961-03-02", "ok"),
    ("iso", "2023-04-03", "2023-04-03", "ok"),
    ("iso with time", "2023-04-03T10:15:00", "2023-04-03", "ok"),
    ("uk with time", "03/04/2023 14:05", "2023-04-03", "ok"),
    ("excel serial", "45019", "2023-04-03", "ok"),
    ("month name", "3 Apr 2023", "2023-04-03", "ok"),
    ("dotted", "03.04.2023", "2023-04-03", "ok"),
    ("impossible day", "31/02/2023", None, "invalid"),
    ("impossible month", "12/13/2023", None, "invalid"),
    ("words", "last Tuesday", None, "invalid"),
    ("system default date", "01/01/1900", None, "placeholder"),
    ("system default iso", "1900-01-01", None, "placeholder"),
    ("far future default", "31/12/9999", None, "placeholder"),
    ("zero date", "00/00/0000", None, "placeholder"),
    ("placeholder", "Not Recorded", None, "placeholder"),
    ("blank", "  ", None, "missing"),
]


@pytest.mark.parametrize(("description", "raw", "expected", "status"), DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_parse_dates(description: str, raw: str, expected: str | None, status: str) -> None:
    dates, statuses = parse_dates(pd.Series([raw]), today=TODAY)
    assert statuses.iloc[0] == status
    got = None if pd.isna(dates.iloc[0]) else dates.iloc[0].date().isoformat()
    assert got == expected


@given(
    st.dates(min_value=dt.date(1901, 1, 2), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d %B %Y", "serial"]),
)
def test_dates_round_trip(day: dt.date, fmt: str) -> None:
    # serials 1900-2100 (days in 1905-1906) read as a bare year, which is not a date
    assume(fmt != "serial" or not 1900 <= (day - dt.date(1899, 12, 30)).days <= 2100)
    text = str((day - dt.date(1899, 12, 30)).days) if fmt == "serial" else day.strftime(fmt)
    dates, statuses = parse_dates(pd.Series([text]), today=TODAY)
    assert statuses.iloc[0] == "ok"
    assert dates.iloc[0].date() == day


POSTCODE_CASES = [
    ("canonical", "WR1 2AB", "WR1 2AB", "ok"),
    ("lower case no space", "wr12ab", "WR1 2AB", "variant"),
    ("extra spaces", " TF1  6TQ ", "TF1 6TQ", "variant"),
    ("two-letter district", "SY11 1AA", "SY11 1AA", "ok"),
    ("london style", "EC1A 1BB", "EC1A 1BB", "ok"),
    ("digits", "12345", "", "invalid"),
    ("outward only", "HR", "", "invalid"),
    ("bad inward", "WR1 XYZ", "", "invalid"),
    ("placeholder", "N/A", "", "placeholder"),
    ("blank", "", "", "missing"),
]


@pytest.mark.parametrize(
    ("description", "raw", "expected", "status"), POSTCODE_CASES, ids=[c[0] for c in POSTCODE_CASES]
)
def test_parse_postcodes(description: str, raw: str, expected: str, status: str) -> None:
    values, statuses = parse_postcodes(pd.Series([raw]))
    assert (values.iloc[0], statuses.iloc[0]) == (expected, status)


POSTCODE = st.builds(
    lambda a, d, n, b: f"{a}{d} {n}{b}",
    st.text(alphabet="ABCDEHKLMNPSTWY", min_size=1, max_size=2),
    st.integers(1, 99).map(str),
    st.integers(0, 9).map(str),
    st.text(alphabet="ABDEFGHJLNPQRSTUWXYZ", min_size=2, max_size=2),
)


@given(POSTCODE, st.sampled_from([str.lower, str.upper, lambda s: s.replace(" ", ""), lambda s: f" {s} "]))
def test_postcode_normalisation_is_idempotent(postcode: str, mess: object) -> None:
    once, status = parse_postcodes(pd.Series([mess(postcode)]))  # type: ignore[operator]
    assert status.iloc[0] in ("ok", "variant")
    twice, status2 = parse_postcodes(once)
    assert twice.iloc[0] == once.iloc[0] and status2.iloc[0] == "ok"


PHONE_CASES = [
    ("mobile", "07700900123", "07700900123", "ok"),
    ("mobile spaced", "07700 900 123", "07700900123", "variant"),
    ("international prefix", "+44 7700 900123", "07700900123", "variant"),
    ("international with (0)", "+44 (0)1905 123456", "01905123456", "variant"),
    ("landline bracketed", "(01905) 123456", "01905123456", "variant"),
    ("too short", "0770090012", "", "invalid"),
    ("tiny", "12345", "", "invalid"),
    ("words", "phone", "", "invalid"),
    ("placeholder", "unknown", "", "placeholder"),
]


@pytest.mark.parametrize(("description", "raw", "expected", "status"), PHONE_CASES, ids=[c[0] for c in PHONE_CASES])
def test_parse_phones(description: str, raw: str, expected: str, status: str) -> None:
    values, statuses = parse_phones(pd.Series([raw]))
    assert (values.iloc[0], statuses.iloc[0]) == (expected, status)


@pytest.mark.parametrize(
    ("raw", "value", "status"),
    [
        ("Y", True, "ok"),
        ("yes", True, "ok"),
        ("Yes - verbal", True, "variant"),
        ("TRUE", True, "variant"),
        ("N", False, "ok"),
        ("declined", False, "variant"),
        ("maybe", None, "invalid"),
        ("", None, "missing"),
        ("TBC", None, "placeholder"),
    ],
)
def test_parse_bools(raw: str, value: bool | None, status: str) -> None:
    values, statuses = parse_bools(pd.Series([raw]))
    assert (values.iloc[0], statuses.iloc[0]) == (value, status)


@pytest.mark.parametrize(
    ("raw", "value", "status"),
    [
        ("Declined", None, "placeholder"),
        ("refused - victim would not say", None, "placeholder"),
        ("Withheld", None, "placeholder"),
        ("Victim declined", None, "placeholder"),
        ("Not disclosed", None, "placeholder"),
        ("Prefer not to say", None, "placeholder"),
        ("N", False, "ok"),
        ("Denied", False, "variant"),
        ("Y", True, "ok"),
    ],
)
def test_parse_bools_where_a_refusal_answers_nothing(raw: str, value: bool | None, status: str) -> None:
    # a DA flag of "Declined": the victim declined to say, which is not "no abuse"
    values, statuses = parse_bools(pd.Series([raw]), refusal_is_no=False)
    assert (values.iloc[0], statuses.iloc[0]) == (value, status)


@pytest.mark.parametrize("raw", ["N/A", "n/a", " Not Recorded ", "UNKNOWN", "-", "TBC", "not  known", "?"])
def test_placeholders(raw: str) -> None:
    assert is_placeholder(raw)


@pytest.mark.parametrize("raw", ["Smith", "No", "0", "Other crime"])
def test_not_placeholders(raw: str) -> None:
    assert not is_placeholder(raw)


@given(st.text(max_size=40))
def test_text_key_is_idempotent(value: str) -> None:
    once = normalise_text_key(value)
    assert normalise_text_key(once) == once


@given(
    st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=12),
    st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=12),
)
def test_name_order_does_not_matter(forename: str, surname: str) -> None:
    assert normalise_name(f"{surname.upper()}, {forename}") == normalise_name(f"{forename} {surname}").replace(
        normalise_name(f"{forename} {surname}"), normalise_name(f"{forename} {surname.upper()}")
    )


@pytest.mark.parametrize("raw", ["22/123456/23", "22-123456-23", " 22 123456 23 ", "22/123456/23\t"])
def test_reference_forms_agree(raw: str) -> None:
    assert normalise_reference(raw) == "2212345623"
