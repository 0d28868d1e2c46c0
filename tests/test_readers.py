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
    "nul_padded_controls": bytes(b for i in range(600) for b in (i % 31 + 1, 0)),  # UTF-16-like, not text
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
    with pytest.raises(InputError, match=r"R109.*row 2 has 5 fields but the header has 3"):
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


def test_parquet_missing_datetime_is_an_empty_cell(tmp_path: Path) -> None:
    frame = pd.DataFrame({"Ref": ["1", "2"], "When": pd.to_datetime(["2023-04-05", None])})
    frame.to_parquet(tmp_path / "nat.parquet")
    assert read_table(tmp_path / "nat.parquet").values.tolist() == [["1", "2023-04-05"], ["2", ""]]


def test_parquet_without_rows_is_reported_like_csv(tmp_path: Path) -> None:
    pd.DataFrame({"Ref": pd.Series([], dtype=str), "Name": pd.Series([], dtype=str)}).to_parquet(tmp_path / "e.parquet")
    with pytest.raises(InputError, match=r"R107.*no data rows"):
        open_table(tmp_path / "e.parquet")
    assert "Traceback" not in invoke(["validate", tmp_path / "e.parquet"], code=2).output


def _records(n: int) -> list[str]:
    return [f"REF{i:04d},{i:02d}/01/2023,Area {i % 3},note {i}" for i in range(1, n + 1)]


def test_stray_opening_quote_that_swallows_records_is_named(tmp_path: Path) -> None:
    lines = ["Ref,Date,Area,Notes", *_records(60)]
    lines[50] = lines[50].replace(",", ',"', 1)  # data row 50: Date opens a quote; a later note closes it
    lines[55] = lines[55].replace("note", 'a "quoted" note')
    path = tmp_path / "stray_quote.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"R112.*row 50, column 'Date'.*stray quote"):
        read_table(path)
    message = invoke(["validate", path], code=2).output.strip()
    assert len(message.splitlines()) == 1 and str(path) in message


def test_quote_never_closed_names_the_row(tmp_path: Path) -> None:
    lines = ["Export title", "Ref,Date,Area,Notes", *_records(10)]
    lines[5] = lines[5].replace(",", ',"', 1)  # data row 4
    path = tmp_path / "open_quote.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"R112.*row 4: a quote"):
        read_table(path)


def test_stray_quote_closed_part_way_through_a_record_is_named(tmp_path: Path) -> None:
    # the quote opened in row 2 closes at the opening quote of row 3's note: row 3 would vanish
    lines = ["Ref,Date,Area,Notes", *_records(6)]
    lines[2] = lines[2].replace("note 2", '"note 2')
    lines[3] = lines[3].replace("note 3", '"note" 3')
    path = tmp_path / "short_swallow.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"R112.*row 2, column 'Notes'"):
        read_table(path)


def test_first_row_wider_than_the_header_is_not_cut(tmp_path: Path) -> None:
    # pandas only warns and drops the extra field of a first row; nothing may be dropped quietly
    path = tmp_path / "wide_first.csv"
    path.write_text("Ref,Date,Area,Notes\nREF1,01/01/2023,North,hit, then kicked\nREF2,01/01/2023,South,ok\n")
    with pytest.raises(InputError, match=r"R109.*row 1 has 5 fields but the header has 4"):
        read_table(path)
    message = invoke(["validate", path], code=2).output.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message and "kicked" not in message


def test_a_stray_quote_ending_in_a_wide_row_is_named_as_the_quote(tmp_path: Path) -> None:
    lines = ["Ref,Date,Area,Notes", *_records(5)]
    lines[1] = lines[1].replace("Area 1", '"Area 1')
    lines[3] = lines[3].replace("Area 0", 'Area" 0')
    path = tmp_path / "quote_wide.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"R112.*row 1"):
        read_table(path)


def test_blank_trailing_fields_past_the_header_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "trailing.csv"
    path.write_text("Ref,Area\nREF1,North,,\nREF2,South\nREF3,East, ,\n")
    assert read_table(path).values.tolist() == [["REF1", "North"], ["REF2", "South"], ["REF3", "East"]]
    path.write_text("Ref,Area\nREF1,North\nREF2,South" + "," * 9 + "\n")
    with pytest.raises(InputError, match=r"R109.*row 2 has 11 fields"):
        read_table(path)


def test_multi_line_notes_with_commas_are_kept(tmp_path: Path) -> None:
    rows = [
        [f"REF{i}", "01/01/2023", "North", f"Called back, no answer.\r\nLeft message, will retry, 2pm, Tue {i}"]
        for i in range(30)
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([["Ref", "Date", "Area", "Notes"], *rows])
    path = tmp_path / "notes.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    frame = read_table(path)
    assert frame.values.tolist() == rows
    assert list(frame.index) == list(range(1, 31))


def _csv_bytes(encoding: str, lineterminator: str = "\r\n", preamble: str = "") -> bytes:
    buffer = io.StringIO()
    buffer.write(preamble)
    csv.writer(buffer, lineterminator=lineterminator).writerows([HEADER, *ROWS])
    return buffer.getvalue().encode(encoding)


def test_utf8_with_a_stray_cp1252_byte_keeps_both(tmp_path: Path) -> None:
    path = tmp_path / "stray.csv"
    rows = [*ROWS, ["4", "Lost \u00a35 note", "01/03/2023"]]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([HEADER, *rows])
    path.write_bytes(buffer.getvalue().encode("utf-8").replace("\u00a3".encode(), b"\xa3"))  # one cp1252 byte
    assert read_table(path).values.tolist() == rows
    assert "stray cp1252" in open_table(path).describe()


def test_cp1252_without_any_utf8_sequence_stays_cp1252(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "win.csv", [*ROWS, ["4", "\u00a35", "01/03/2023"]], "cp1252")
    assert open_table(path).encoding == "cp1252"
    assert read_table(path)["Name"].tolist() == ["Zoë", "Siân O'Brien", "José", "\u00a35"]


@pytest.mark.parametrize("tail", [b"\x1a", b"\x1a\r\n", b"\x1a\x1a\n"])
def test_trailing_ctrl_z_is_end_of_file_not_a_record(tmp_path: Path, tail: bytes) -> None:
    path = tmp_path / "dos.csv"
    path.write_bytes(_csv_bytes("cp1252") + tail)
    frame = read_table(path)
    assert frame.values.tolist() == ROWS and list(frame.index) == [1, 2, 3]


def test_ctrl_z_right_after_the_last_field_is_not_data(tmp_path: Path) -> None:
    path = tmp_path / "dos.csv"
    path.write_bytes(_csv_bytes("utf-8").rstrip(b"\r\n") + b"\x1a")
    assert read_table(path).values.tolist() == ROWS


def test_classic_mac_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(_csv_bytes("cp1252", lineterminator="\r", preamble="Referrals export\r\r"))
    source = open_table(path)
    assert source.columns == HEADER and source.header_row == 3
    frame = read_table(path)
    assert frame.values.tolist() == ROWS and list(frame.index) == [1, 2, 3]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes(_csv_bytes(encoding))
    assert open_table(path).encoding == encoding
    assert read_table(path).values.tolist() == ROWS


def test_cover_sheet_first_names_the_sheet_and_the_others(tmp_path: Path) -> None:
    path = tmp_path / "cover.xlsx"
    with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
        pd.DataFrame(columns=["Referrals", "Quarter 2"]).to_excel(writer, sheet_name="Cover", index=False)
        pd.DataFrame(ROWS, columns=HEADER).to_excel(writer, sheet_name="Data", index=False)
        pd.DataFrame(columns=["Note"]).to_excel(writer, sheet_name="Notes", index=False)
    with pytest.raises(InputError, match=r"R107.*sheet 'Cover'.*'Data', 'Notes'.*--sheet NAME"):
        open_table(path)
    assert read_table(path, sheet="Data").values.tolist() == ROWS
    with pytest.raises(InputError) as chosen:  # the user picked the sheet: no hint about others
        open_table(path, sheet="Cover")
    assert "--sheet" not in str(chosen.value)


def test_many_title_lines_above_the_header(tmp_path: Path) -> None:
    titles = "".join(f"Filter {i}: Area = All\r\n" for i in range(40))
    path = _write_csv(tmp_path / "titles.csv", ROWS, "utf-8", preamble=titles)
    assert open_table(path).header_row == 41
    assert read_table(path).values.tolist() == ROWS
    too_many = _write_csv(tmp_path / "too_many.csv", ROWS, "utf-8", preamble=titles * 3)
    with pytest.raises(InputError, match=r"R106.*first 100 lines.*title lines"):
        open_table(too_many)


def test_header_beyond_the_scan_but_data_within_it_is_explained(tmp_path: Path) -> None:
    # (blank lines do not count towards the 100 scanned: 105 title lines put the header beyond it)
    titles = "".join(f"Filter {i}: Area = All\r\n" for i in range(105))
    rows = [[str(i), f"Name {i}", "01/01/2023"] for i in range(20)]
    path = _write_csv(tmp_path / "late_header.csv", rows, "utf-8", preamble=titles + "\r\n" * 10)
    with pytest.raises(InputError, match=r"R106.*no header row found in the first 100 lines"):
        open_table(path)
