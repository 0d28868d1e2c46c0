"""Comparison levels, one table row per case: description, the pair, the level expected.

The table is the specification of each comparison (STYLE.md section 5): read it to know what
"near" or "initial" means. Hypothesis checks the invariants: similarity is symmetric, keys are
idempotent, symmetric comparisons give the same level whichever side a record is on.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile._comparisons import COMPARISONS, LevelParams, level_of, name_key, name_similarity


class Case(NamedTuple):
    comparison: str
    description: str
    left: dict[str, Any]
    right: dict[str, Any]
    level: str


#: The canonical field each single-field comparison reads.
FIELD = {
    "reference": "crime_reference", "dob": "dob", "postcode": "postcode", "phone": "phone",
    "referral_date": "referral_date", "area": "area",
}  # fmt: skip


def case(comparison: str, description: str, left: Any, right: Any, level: str) -> Case:
    """A table row; values are a field's value, (forename, surname) for names, or whole records."""
    if comparison == "name":
        left, right = _name(*left), _name(*right)
    elif comparison in FIELD:
        left, right = {FIELD[comparison]: left}, {FIELD[comparison]: right}
    return Case(comparison, description, left, right, level)


def _name(forename: str, surname: str) -> dict[str, Any]:
    return {"forename": forename, "surname": surname}


REF = "22/123456/23"
DOB = "1994-03-07"
DAY = "2023-04-03"
CASES = [
    # --- reference: null, exact, number, near, else
    case("reference", "missing on one side", REF, "", "null"),
    case("reference", "placeholder is missing", "N/A", REF, "null"),
    case("reference", "same as written", REF, REF, "exact"),
    case("reference", "separators dropped", REF, "2212345623", "exact"),
    case("reference", "dashes and case", "wm-123456-23", "WM/123456/23", "exact"),
    case("reference", "crime number only", REF, "123456", "number"),
    case("reference", "one digit mistyped", REF, "22/123457/23", "near"),
    case("reference", "two digits transposed", REF, "22/124356/23", "near"),
    case("reference", "a different crime", REF, "22/987654/23", "else"),
    case("reference", "short references are never near", "12345", "12346", "else"),
    # --- name: null, exact, fuzzy_high, initial, fuzzy_low, surname, else
    case("name", "no name at all", ("", ""), ("Jane", "Smith"), "null"),
    case("name", "surname missing: not comparable", ("Jane", ""), ("Jane", "Smith"), "null"),
    case("name", "placeholder name", ("N/A", "not recorded"), ("Jane", "Smith"), "null"),
    case("name", "identical", ("Jane", "Smith"), ("Jane", "Smith"), "exact"),
    case("name", "case and spacing", ("  JANE ", "smith"), ("Jane", "Smith"), "exact"),
    case("name", "accents", ("Zoë", "Siân"), ("Zoe", "Sian"), "exact"),
    case("name", "forename and surname swapped", ("Smith", "Jane"), ("Jane", "Smith"), "exact"),
    case("name", "apostrophe and hyphen", ("Kieran", "O'Brien-Smith"), ("Kieran", "O Brien Smith"), "exact"),
    case("name", "surname typo", ("Amelia", "Pritchard"), ("Amelia", "Pritcahrd"), "fuzzy_high"),
    case("name", "dropped letter", ("Olivia", "Richardson"), ("Olivia", "Richadson"), "fuzzy_high"),
    case("name", "forename initial", ("J", "Smith"), ("Jane", "Smith"), "initial"),
    case("name", "initial with swapped fields", ("Smith", "J"), ("Jane", "Smith"), "initial"),
    case("name", "nickname", ("Patricia", "Jones"), ("Pat", "Jones"), "initial"),
    case("name", "nickname not a prefix", ("Nicola", "Moore"), ("Nikki", "Moore"), "initial"),
    case("name", "middle name on one side", ("Carl Michael", "Green"), ("Carl", "Green"), "initial"),
    case("name", "spelling variant", ("Mohammed", "Khan"), ("Muhammad", "Khan"), "fuzzy_low"),
    case("name", "sibling: same surname only", ("Oliver", "Walker"), ("Isabella", "Walker"), "surname"),
    case("name", "different person", ("Jane", "Smith"), ("Tomasz", "Nowak"), "else"),
    # --- dob: null, exact, swapped, one_digit, else
    case("dob", "missing", None, DOB, "null"),
    case("dob", "same", DOB, DOB, "exact"),
    case("dob", "day and month swapped", DOB, "1994-07-03", "swapped"),
    case("dob", "no swap when day equals month", "1994-03-03", "1994-03-03", "exact"),
    case("dob", "one digit of the year", DOB, "1984-03-07", "one_digit"),
    case("dob", "one digit of the day", DOB, "1994-03-08", "one_digit"),
    case("dob", "different date", DOB, "1971-11-23", "else"),
    # --- postcode: null, exact, near, sector, district, else
    case("postcode", "invalid is missing", "12345", "WR1 2AB", "null"),
    case("postcode", "space and case", "wr12ab", "WR1 2AB", "exact"),
    case("postcode", "one letter off", "WR1 2AB", "WR1 2AD", "near"),
    case("postcode", "same sector", "WR1 2AB", "WR1 2XY", "sector"),
    case("postcode", "same district", "WR1 2AB", "WR1 7XY", "district"),
    case("postcode", "elsewhere", "WR1 2AB", "TF3 4GH", "else"),
    # --- phone: null, exact, near, else
    case("phone", "missing", "", "07700900123", "null"),
    case("phone", "formatting ignored", "07700 900123", "07700900123", "exact"),
    case("phone", "one digit off", "07700900123", "07700900124", "near"),
    case("phone", "another number", "07700900123", "01905123456", "else"),
    # --- referral_date: null, within, near, else (days from VAL to VS; window 14 days)
    case("referral_date", "missing", None, DAY, "null"),
    case("referral_date", "same day", DAY, DAY, "within"),
    case("referral_date", "a week later", DAY, "2023-04-10", "within"),
    case("referral_date", "VS before VAL", DAY, "2023-04-01", "near"),
    case("referral_date", "a month later", DAY, "2023-05-03", "near"),
    case("referral_date", "a year apart", DAY, "2024-04-03", "else"),
    # --- area: null, exact, else
    case("area", "unknown area", "", "Shropshire", "null"),
    case("area", "same", "Shropshire", "Shropshire", "exact"),
    case("area", "different", "Shropshire", "Herefordshire", "else"),
    # --- val_referral (VAL side only): null, recorded, not_recorded
    case("val_referral", "no outcome column", {}, {}, "null"),
    case("val_referral", "outcome says so", {"outcome": "Referred to Victim Support"}, {}, "recorded"),
    case(
        "val_referral",
        "referred-to abbreviation",
        {"outcome": "Referred", "referred_to": "VS"},
        {},
        "recorded",
    ),
    case("val_referral", "negated", {"outcome": "Not referred to Victim Support"}, {}, "not_recorded"),
    case("val_referral", "another service", {"outcome": "Referred to IDVA"}, {}, "not_recorded"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.comparison}: {c.description}" for c in CASES])
def test_level(case: Case) -> None:
    assert level_of(case.comparison, case.left, case.right) == case.level


def test_every_level_has_a_case() -> None:
    covered = {(c.comparison, c.level) for c in CASES}
    missing = [(c.name, lv.label) for c in COMPARISONS for lv in c.levels if (c.name, lv.label) not in covered]
    assert not missing, f"levels without a table case: {missing}"


def test_levels_start_null_and_end_else() -> None:
    for comparison in COMPARISONS:
        labels = comparison.labels()
        assert labels[0] == "null"
        assert comparison.left_only or labels[-1] == "else"
        assert len(set(labels)) == len(labels)


def test_window_is_a_parameter() -> None:
    left, right = {"referral_date": "2023-04-03"}, {"referral_date": "2023-04-10"}
    assert level_of("referral_date", left, right, LevelParams(window_days=3)) == "near"
    assert level_of("referral_date", left, right, LevelParams(window_days=7)) == "within"


def test_unknown_comparison() -> None:
    with pytest.raises(ValueError, match="unknown comparison"):
        level_of("shoe_size", {}, {})


# --- invariants ----------------------------------------------------------------------------------------

names = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéëâ' -ABCXYZ"), max_size=20)
SYMMETRIC = ["reference", "name", "dob", "postcode", "phone", "area"]


@given(names, names)
def test_name_similarity_is_symmetric(a: str, b: str) -> None:
    assert name_similarity(a, b) == name_similarity(b, a)


@given(names, names)
def test_name_key_is_idempotent_and_order_free(forename: str, surname: str) -> None:
    key = name_key(forename, surname)
    assert name_key(key, "") == key
    assert name_key(surname, forename) == key


@given(names, names, names, names)
def test_name_level_is_symmetric(f1: str, s1: str, f2: str, s2: str) -> None:
    a, b = _name(f1, s1), _name(f2, s2)
    assert level_of("name", a, b) == level_of("name", b, a)


@given(
    st.sampled_from(SYMMETRIC[2:]),
    st.dates().map(str),
    st.dates().map(str),
    st.sampled_from(["WR1 2AB", "WR1 2AD", "wr12xy", "TF3 4GH", ""]),
    st.sampled_from(["WR1 2AB", "HR1 1AA", ""]),
)
def test_other_levels_are_symmetric(comparison: str, d1: str, d2: str, p1: str, p2: str) -> None:
    a = {"dob": d1, "postcode": p1, "phone": "07700900123" if p1 else "", "area": p1[:3]}
    b = {"dob": d2, "postcode": p2, "phone": "07700900124" if p2 else "", "area": p2[:3]}
    assert level_of(comparison, a, b) == level_of(comparison, b, a)


@given(
    st.from_regex(r"[0-9]{2}/[0-9]{6}/[0-9]{2}", fullmatch=True),
    st.from_regex(r"[0-9]{6,10}", fullmatch=True),
)
def test_reference_level_is_symmetric(a: str, b: str) -> None:
    left, right = {"crime_reference": a}, {"crime_reference": b}
    assert level_of("reference", left, right) == level_of("reference", right, left)
