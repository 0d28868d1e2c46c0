"""Inputs from an adversarial sweep of every command: each gets a clear exit-2 reason or is read right.

Every input here is synthetic and built by the test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import xlsxwriter
from click.testing import CliRunner

from reconcile.cli import main
from reconcile.readers import open_table, read_table
from reconcile.sample import SampleFiles
from tests.conftest import invoke

VAL_CSV = (
    "VAL Ref,Crime Reference,Date Referral Received,Date Allocated,Policing Area,Referrer,Crime Type,Notes,"
    "DA Flag,Victim Forename,Victim Surname,DOB,Postcode,Contact Number,Consent,Outcome,Referred To\n"
    "VALX0001,22/111111/23,03/04/2023,04/04/2023,Shropshire,Self,Other crime,house burgled while out,N,"
    "Testa,Fakename,01/02/1980,SY1 1AA,01743 000001,Y,Advice given,\n"
    "VALX0002,22/111112/23,05/04/2023,06/04/2023,Herefordshire,Police - OIC,Other crime,punched in the face "
    "outside a pub,N,Probo,Madeup,03/04/1975,HR1 1AA,01432 000002,Y,Advice given,\n"
)
ROWS = list(csv.reader(io.StringIO(VAL_CSV)))


def _workbook(path: Path, first_row: int = 0, extra: tuple[int, int, str] | None = None) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    for i, row in enumerate(ROWS):
        sheet.write_row(first_row + i, 0, row)
    if extra is not None:
        sheet.write(*extra)
    book.close()
    return path


def test_a_stray_value_far_outside_the_table_is_refused_naming_the_cell(tmp_path: Path) -> None:
    # one value at the sheet's last cell would make the reader hold 17 billion cells
    path = _workbook(tmp_path / "stray.xlsx", extra=(1_048_575, 16_383, "x"))
    for args in (["validate", path], ["classify", path, "-o", tmp_path / "out.csv"]):
        result = invoke(args, code=2)
        assert "[R117]" in result.output and "XFD1048576" in result.output and "stray.xlsx" in result.output
        assert "Traceback" not in result.output
    assert not (tmp_path / "out.csv").exists()


def test_a_blank_cell_far_below_the_table_adds_no_rows(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "space.xlsx", extra=(5_000, 3, " "))
    frame = read_table(path)
    assert list(frame["VAL Ref"]) == ["VALX0001", "VALX0002"]


def test_empty_rows_above_the_header_of_a_workbook_are_counted_once(tmp_path: Path) -> None:
    source = open_table(_workbook(tmp_path / "low.xlsx", first_row=5))
    assert source.header_row == 6  # the sheet's own row number, as Excel shows it
    source = open_table(_workbook(tmp_path / "lower.xlsx", first_row=150))
    assert source.header_row == 151 and len(read_table(tmp_path / "lower.xlsx")) == 2


def test_many_blank_lines_above_a_csv_header_are_not_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("\n" * 150 + VAL_CSV, encoding="utf-8")
    result = invoke(["validate", path])
    assert "header on row 151" in result.output and "rows: 2" in result.output


def test_a_utf32_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u32.csv"
    path.write_bytes(VAL_CSV.encode("utf-32"))
    assert list(read_table(path)["Victim Surname"]) == ["Fakename", "Madeup"]


@pytest.mark.parametrize("kind", ["list", "struct"])
def test_a_notes_column_of_lists_or_records_is_refused_naming_the_file(tmp_path: Path, kind: str) -> None:
    notes = (
        pa.array([["house", "burgled"], None], pa.list_(pa.string()))
        if kind == "list"
        else pa.array([{"k": "house burgled"}, {"k": "punched"}])
    )
    path = tmp_path / "nested.parquet"
    pq.write_table(pa.table({"Notes": notes, "ID": [1, 2]}), path)
    for jobs in ("1", "2"):
        result = invoke(["classify", path, "-o", tmp_path / "out.csv", "--jobs", jobs], code=2)
        assert "[R205]" in result.output and "nested.parquet" in result.output and "lists or records" in result.output
        assert "Traceback" not in result.output


def test_a_parquet_with_a_repeated_column_name_is_classified(tmp_path: Path) -> None:
    path = tmp_path / "dup.parquet"
    table = pa.Table.from_arrays([pa.array(["house burgled while out"]), pa.array(["b"])], names=["Notes", "Notes"])
    pq.write_table(table, path)
    invoke(["classify", path, "-o", tmp_path / "out.csv"])
    out = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert list(out.columns[:2]) == ["Notes", "Notes (2)"] and out["rc_category"].iloc[0] == "burglary"


def test_a_time_zone_date_time_is_written_to_a_workbook_with_its_offset(tmp_path: Path) -> None:
    path = tmp_path / "tz.parquet"
    # 08:30 UTC, shown at +01:00 (built from the instant, not from Python datetimes)
    instant = int(dt.datetime(2023, 1, 1, 8, 30, tzinfo=dt.UTC).timestamp() * 1_000_000)
    stamps = pa.array([instant, instant], pa.timestamp("us", tz="+01:00"))
    pq.write_table(pa.table({"Notes": ["house burgled"] * 2, "ts": stamps}), path)
    invoke(["classify", path, "-o", tmp_path / "out.xlsx"])
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert [c.value for c in sheet["B"]] == ["ts"] + ["2023-01-01 09:30:00+01:00"] * 2


def test_headers_that_differ_only_in_case_are_not_guessed_between(tmp_path: Path) -> None:
    path = tmp_path / "case.csv"
    path.write_text("ID,Notes,notes\n1,house burgled,nothing here\n", encoding="utf-8")
    result = invoke(["classify", path, "-o", tmp_path / "out.csv"], code=2)
    assert "case.csv" in result.output and "'Notes', 'notes'" in result.output
    assert not (tmp_path / "out.csv").exists()


def test_a_missing_column_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "val.csv"
    path.write_text(VAL_CSV, encoding="utf-8")
    result = invoke(["classify", path, "-o", tmp_path / "out.csv", "--text-column", "nope"], code=2)
    assert "val.csv: text column 'nope' is not in the input" in result.output


def test_profile_init_on_an_export_without_a_header_shows_no_record(tmp_path: Path) -> None:
    path = tmp_path / "noheader.csv"
    path.write_text(VAL_CSV.split("\n", 1)[1], encoding="utf-8")
    result = invoke(["profile", "init", path], code=2)
    assert "[R115]" in result.output
    for value in ("Testa", "Fakename", "01/02/1980", "01743 000001", "house burgled"):
        assert value not in result.output


def test_a_profile_written_for_a_header_with_a_line_break_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "nl.csv"
    path.write_text('"VAL\nRef"' + VAL_CSV[len("VAL Ref") :], encoding="utf-8")
    profile = tmp_path / "p.yaml"
    profile.write_text(invoke(["profile", "init", path]).stdout, encoding="utf-8")
    result = invoke(["validate", path, "--profile", profile])
    assert "rows: 2" in result.output


def test_a_linkage_model_that_is_not_text_is_a_one_line_error(tmp_path: Path, sample: SampleFiles) -> None:
    model = tmp_path / "model.json"
    model.write_bytes(b"caf\xe9\x00\xff")
    args = ["link", sample.val_csv, sample.vs_csv, "-o", tmp_path / "l.csv", "--model", model]
    result = invoke(args, code=2)
    assert "model.json: is not a linkage model" in result.output and "Traceback" not in result.output


def test_a_referral_pattern_with_a_group_prints_no_library_warning(tmp_path: Path, sample: SampleFiles) -> None:
    args = ["link", sample.val_csv, sample.vs_csv, "-o", tmp_path / "l.csv", "--referral-pattern", "(victim)"]
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code in (0, 1) and "UserWarning" not in result.output


def test_an_interrupted_command_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import reconcile.sample

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(reconcile.sample, "generate_sample", interrupted)
    result = invoke(["sample", "--out", tmp_path / "s"], code=130)
    assert "Aborted." in result.output
