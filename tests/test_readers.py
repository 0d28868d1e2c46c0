"""Readers: encodings, delimiters, header rows, workbooks, Parquet, and unreadable files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.errors import InputError
from reconcile.readers import open_table, read_table, write_table

from .conftest import invoke

ROWS = [["1", "Zoë", "31/01/2023"], ["2", "Siân O'Brien", "01/02/2023"], ["3", "José", "2023-02-03"]]
HEADER = ["Ref", "Name", "Referral Date"]


def _write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",", preamble: str = "") -> Path:
    buffer = io.StringIO()
    buffer.write(preamble)
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([HEADER, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = _write_csv(tmp_path / "export.csv", ROWS, encoding, delimiter)
    frame = read_table(path)
    assert list(frame.columns) == HEADER
    assert frame.values.tolist() == ROWS
    assert list(frame.index) == [1, 2, 3]


def test_csv_header_below_a_title(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "t.csv", ROWS, "cp1252", preamble="Referrals export\r\nRun: 01/04/2023\r\n\r\n")
    source = open_table(path)
    assert source.header_row == 4
    assert source.columns == HEADER
    assert read_table(path)["Name"].tolist() == ["Zoë", "Siân O'Brien", "José"]


def test_xlsx_header_not_on_row_one_and_sheet_choice(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
        pd.DataFrame([["x", "y"]], columns=["A", "B"]).to_excel(writer, sheet_name="Cover", index=False)
        pd.DataFrame(ROWS, columns=HEADER).to_excel(writer, sheet_name="Data", index=False, startrow=3)
    frame = read_table(path, sheet="Data")
    assert list(frame.columns) == HEADER
    assert frame["Ref"].tolist() == ["1", "2", "3"]
    with pytest.raises(InputError, match="no sheet 'Nope'"):
        open_table(path, sheet="Nope")


def test_xlsx_dates_and_numbers_come_back_as_text(tmp_path: Path) -> None:
    path = tmp_path / "typed.xlsx"
    frame = pd.DataFrame({"When": [pd.Timestamp("2023-04-05")], "Count": [3], "Phone": [7700900123]})
    frame.to_excel(path, index=False)
    back = read_table(path)
    assert back.iloc[0].tolist() == ["2023-04-05", "3", "7700900123"]


def test_parquet_round_trip(tmp_path: Path) -> None:
    frame = pd.DataFrame(ROWS, columns=HEADER)
    write_table(frame, tmp_path / "x.parquet")
    assert read_table(tmp_path / "x.parquet").values.tolist() == ROWS


def test_chunks_number_rows_continuously(tmp_path: Path) -> None:
    rows = [[str(i), f"name {i}", "01/01/2023"] for i in range(1, 251)]
    path = _write_csv(tmp_path / "big.csv", rows, "utf-8")
    chunks = list(open_table(path).chunks(100))
    assert [len(c) for c in chunks] == [100, 100, 50]
    assert chunks[2].index[0] == 201 and chunks[2]["Ref"].iloc[0] == "201"


BAD_FILES = {
    "empty": b"",
    "whitespace": b"   \r\n\r\n",
    "binary": bytes(range(256)) * 20,
    "header_only": b"Ref,Name,Date\r\n",
    "one_column": b"Ref Name Date\r\n1 Zo 2023\r\n2 Al 2024\r\n",
    "colon_delimited": b"Ref:Name:Date\r\n1:Zo:2023\r\n2:Al:2024\r\n",
    "mixed_delimiters": b"Ref,Name,Date,Area\r\n1;Zo;2023;X\r\n2;Al;2024;Y\r\n3;Bo;2024;Z\r\n",
    "unclosed_quote": b'Ref,Name,Date\r\n1,"Zo,2023\r\n2,Al,2024\r\n',
    "legacy_xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
    "corrupt_xlsx": b"PK\x03\x04" + b"\x13garbage" * 50,
    "corrupt_parquet": b"PAR1" + b"\x00\x01" * 40,
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_unreadable_files_fail_with_one_line_and_exit_2(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.csv"
    path.write_bytes(BAD_FILES[kind])
    with pytest.raises(InputError):
        read_table(path)
    result = invoke(["validate", path], code=2)
    message = result.output.strip()
    assert len(message.splitlines()) == 1, message
    assert str(path) in message and "Traceback" not in message


def test_a_stray_nul_byte_in_a_note_keeps_the_file_and_every_row(tmp_path: Path) -> None:
    # some case systems export a NUL pasted into a free-text field; the file is still text
    path = tmp_path / "nul.csv"
    body = "".join(f'{i},"note {i}{chr(0) if i == 7 else ""} text",01/02/2023\r\n' for i in range(1, 40))
    path.write_bytes(("Ref,Notes,Date\r\n" + body).encode("utf-8"))
    back = read_table(path)
    assert len(back) == 39
    assert back["Notes"].iloc[6] == "note 7\x00 text"
    assert back["Notes"].iloc[7] == "note 8 text"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for target in (tmp_path / "nope.csv", tmp_path):
        result = invoke(["validate", target], code=2)
        assert "Traceback" not in result.output


def test_ragged_row_is_named(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("a,b,c\n1,2,3\n4,5,6,7,8\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot be parsed"):
        read_table(path)


def test_xlsx_writer_keeps_formulas_as_text(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "out.xlsx"
    write_table(pd.DataFrame({"notes": ['=HYPERLINK("http://x","y")', "+1", "@SUM(A1)"]}), path)
    cells = [c for row in openpyxl.load_workbook(path).active.iter_rows(min_row=2) for c in row]
    assert all(c.data_type == "s" for c in cells)


CELL = st.text(alphabet=st.sampled_from(list("abcXYZ019 ,;|\"'\n£éñ-/")), max_size=12)


@given(
    rows=st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=15),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
def test_csv_round_trip_property(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]], encoding: str, delimiter: str
) -> None:
    """Whatever the cells hold, what we write is what we read, row for row."""
    rows = [r for r in rows if any(c.strip() for c in r)] or [["x", "y", "z"]]
    path = _write_csv(tmp_path_factory.mktemp("rt") / "p.csv", rows, encoding, delimiter)
    frame = read_table(path)
    assert frame.values.tolist() == rows


@pytest.mark.issue(2)
def test_delimiters_inside_quoted_cells_do_not_fool_the_sniffer(tmp_path: Path) -> None:
    """Regression: hypothesis found cells full of ';' and '|' (quoted, with newlines) chosen as the delimiter."""
    rows = [["X", ";X0;X", ";X\n0"], ["", "", "|\nX|X"], ["", "", "|\n|0"]]
    path = _write_csv(tmp_path / "tricky.csv", rows, "utf-8")
    assert open_table(path).delimiter == ","
    assert read_table(path).values.tolist() == rows
