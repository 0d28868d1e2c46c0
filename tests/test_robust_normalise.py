"""Values as exports really carry them: Excel serials with a time of day, Unicode spaces."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import reconcile
from reconcile.normalise import normalise_spaces, parse_dates, parse_phones, parse_postcodes
from reconcile.readers import read_table
from reconcile.sample import generate_sample

EPOCH = dt.date(1899, 12, 30)
#: Unicode spaces that copy and paste brings in (Outlook, web pages, PDFs), and zero-width ones.
ODD_SPACES = ["\u00a0", "\u202f", "\u2007", "\u2009", "\u3000", "\u2002", "\u200b", "\u00a0\u00a0", "\u2060"]


@pytest.fixture(scope="module")
def clean_rows(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """A few defect-free VAL rows (synthetic), as strings, to plant values into."""
    files = generate_sample(tmp_path_factory.mktemp("robust"), seed=5, val_rows=60, defect_rate=0.0, xlsx=False)
    return read_table(files.val_csv).head(8).reset_index(drop=True)


# --- Excel serials with a time of day -----------------------------------------------------------


@pytest.mark.parametrize("serial", ["45021", "45021.25", "45021.5", "45021.75", "45021.99", "45021.999999"])
def test_serial_date_is_its_integer_part(serial: str) -> None:
    dates, status = parse_dates(pd.Series([serial]), today=dt.date(2024, 1, 1))
    assert status.iloc[0] == "ok"
    assert dates.iloc[0].date() == dt.date(2023, 4, 5)


@given(st.dates(dt.date(1901, 1, 2), dt.date(2099, 12, 31)), st.floats(0, 0.999, allow_nan=False))
def test_time_of_day_never_moves_a_serial_date(day: dt.date, fraction: float) -> None:
    text = f"{(day - EPOCH).days + fraction:.3f}"
    dates, status = parse_dates(pd.Series([text]), today=dt.date(2100, 1, 1))
    assert status.iloc[0] == "ok" and dates.iloc[0].date() == day


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_serials_from_midday_keep_their_date_in_csv_and_xlsx(
    clean_rows: pd.DataFrame, fmt: str, tmp_path: Path
) -> None:
    rows = clean_rows.head(4).copy()
    serials = [45021.0, 45021.25, 45021.5, 45021.75]
    rows["Date Allocated"] = "10/04/2023"
    path = tmp_path / f"serials.{fmt}"
    if fmt == "csv":
        rows["Date Referral Received"] = [str(s) for s in serials]
        rows.to_csv(path, index=False)
    else:
        # Unformatted number cells, as a workbook holds a date nobody formatted as one.
        rows["Date Referral Received"] = serials
        rows.to_excel(path, index=False)
    result = reconcile.validate(path, feed="val")
    assert [d.date() for d in result.records["referral_date"]] == [dt.date(2023, 4, 5)] * 4
    assert not (result.failures["column"] == "Date Referral Received").any()


# --- Unicode spaces ----------------------------------------------------------------------------


@pytest.mark.parametrize("space", ODD_SPACES, ids=[f"U+{ord(s[0]):04X}" for s in ODD_SPACES])
def test_postcode_with_a_unicode_space_is_a_spacing_variant(space: str) -> None:
    values, status = parse_postcodes(pd.Series([f"SY1{space}2GD", f"{space}wr1{space}1wh{space}"]))
    assert values.tolist() == ["SY1 2GD", "WR1 1WH"]
    assert status.tolist() == ["variant", "variant"]


POSTCODE = st.builds(
    lambda a, d, n, b: (f"{a}{d}", f"{n}{b}"),
    st.text(alphabet="ABCDEHKLMNPSTWY", min_size=1, max_size=2),
    st.integers(1, 99).map(str),
    st.integers(0, 9).map(str),
    st.text(alphabet="ABDEFGHJLNPQRSTUWXYZ", min_size=2, max_size=2),
)


@given(POSTCODE, st.lists(st.sampled_from([" ", "\t", *ODD_SPACES]), min_size=1, max_size=3))
def test_any_spacing_reads_as_the_canonical_postcode(parts: tuple[str, str], spaces: list[str]) -> None:
    outward, inward = parts
    canonical, _ = parse_postcodes(pd.Series([f"{outward} {inward}"]))
    messy, status = parse_postcodes(pd.Series([f"{spaces[0]}{outward}{''.join(spaces)}{inward}{spaces[-1]}"]))
    assert status.iloc[0] in ("ok", "variant")  # ok only when the sole oddity was trimmed padding
    assert messy.iloc[0] == canonical.iloc[0] == f"{outward} {inward}"


def test_phones_dates_and_text_fields_read_through_unicode_spaces() -> None:
    numbers, phone_status = parse_phones(pd.Series(["01905\u00a0123456", "07700\u202f900\u2009123"]))
    assert numbers.tolist() == ["01905123456", "07700900123"] and set(phone_status) == {"variant"}
    dates, date_status = parse_dates(pd.Series(["05/04/2023\u00a018:00", "5\u00a0Apr\u20032023"]))
    assert [d.date() for d in dates] == [dt.date(2023, 4, 5)] * 2 and set(date_status) == {"ok"}
    assert normalise_spaces(pd.Series(["\u00a0Jane\u3000 Smith\u200b ", "\u00a0"])).tolist() == ["Jane Smith", ""]


def test_unicode_spaces_fail_no_check_and_clean_rows_are_plain(clean_rows: pd.DataFrame, tmp_path: Path) -> None:
    rows = clean_rows.copy()
    rows["Postcode"] = ["SY1\u00a02GD", "HR8\u202f7SR", "WR1\u20091WH", "TF1\u00a0\u00a06TQ"] * 2
    rows["Contact Number"] = "01905\u00a0123456"
    rows["Victim Surname"] = rows["Victim Surname"] + "\u00a0"
    path = tmp_path / "nbsp.csv"
    rows.to_csv(path, index=False)
    result = reconcile.validate(path, feed="val")
    checks = set(result.failures["check"])
    assert not checks & {"postcode_format", "phone_format", "required"}, result.failures
    assert result.records["postcode"].tolist() == ["SY1 2GD", "HR8 7SR", "WR1 1WH", "TF1 6TQ"] * 2
    assert not result.records["surname"].str.contains("\u00a0").any()
