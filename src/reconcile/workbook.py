"""Write report workbooks that people can read and that no spreadsheet will ever execute.

Each table becomes one sheet with a bold, frozen header row, an autofilter and column widths
fitted to the content. Every text cell is written as a string, never as a formula or a link:

* the workbook is opened with ``strings_to_formulas``, ``strings_to_urls`` and
  ``strings_to_numbers`` all off, so xlsxwriter never guesses a cell's type from its text;
* cells are written one by one with ``write_string``/``write_number``/``write_datetime``,
  never ``write``, so no text can take the formula path;
* text that *starts* like a formula (``=``, ``+``, ``-``, ``@``, tab or carriage return) is
  defused by prefixing an apostrophe (OWASP's advice against CSV/formula injection), so even a
  tool that re-types cells when it copies them (LibreOffice paste, an import into another
  sheet) sees plain text. A note reading ``=HYPERLINK("http://...")`` stays that note.

Example:
    >>> import pandas as pd
    >>> write_workbook("report.xlsx", [Sheet("notes", pd.DataFrame({"note": ["=1+1"]}))])  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

__all__ = ["EXCEL_MAX_ROWS", "FORMULA_TRIGGERS", "Sheet", "defuse", "write_workbook"]

#: Characters that make a spreadsheet treat a typed or pasted cell as a formula.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
#: Rows per sheet in Excel, header included.
EXCEL_MAX_ROWS = 1_048_576
_MAX_CELL_CHARS = 32_767
_MAX_WIDTH = 60
_MIN_WIDTH = 6
_WORKBOOK_OPTIONS: dict[str, Any] = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": False,
}
_INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


@dataclass
class Sheet:
    r"""One table to write as a sheet.

    Attributes:
        name: Sheet name (made safe for Excel: at most 31 characters, no ``[]:*?/\``).
        frame: The table; its columns become the header row, its index is not written.
        percent: Columns holding shares (0-1), shown as percentages.
        wrap: Columns of long text, shown wrapped in a wider column.
        note: A line written above the table (for example "first 100,000 of 2,345,678 rows").
    """

    name: str
    frame: pd.DataFrame
    percent: Sequence[str] = ()
    wrap: Sequence[str] = ()
    note: str | None = None


def defuse(text: str) -> str:
    r"""Return ``text`` safe to show in a spreadsheet cell: never a formula, never too long.

    Example:
        >>> defuse('=HYPERLINK("http://x")')
        '\'=HYPERLINK("http://x")'
        >>> defuse("Assault on partner")
        'Assault on partner'
    """
    if text.startswith(FORMULA_TRIGGERS):
        text = "'" + text
    if len(text) > _MAX_CELL_CHARS:
        text = text[: _MAX_CELL_CHARS - 1] + "…"
    return text


def _sheet_name(name: str, used: set[str]) -> str:
    base = (name.translate(_INVALID_SHEET_CHARS).strip("'") or "sheet")[:31]
    candidate, n = base, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate


def _display_len(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def write_workbook(path: str | Path, sheets: Iterable[Sheet]) -> Path:
    """Write ``sheets`` to an XLSX file, formatted for people and safe from formula injection.

    Args:
        path: The workbook to write (its folder is created).
        sheets: The tables, in sheet order.

    Returns:
        The path written.

    Raises:
        OSError: The file cannot be written.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(target), _WORKBOOK_OPTIONS)
    try:
        header = workbook.add_format(
            {"bold": True, "bg_color": "#1F3A5F", "font_color": "#FFFFFF", "text_wrap": True, "valign": "top",
             "border": 1, "border_color": "#BFBFBF"}
        )  # fmt: skip
        note_format = workbook.add_format({"italic": True, "font_color": "#555555"})
        formats = {
            "text": workbook.add_format({"valign": "top"}),
            "wrap": workbook.add_format({"valign": "top", "text_wrap": True}),
            "int": workbook.add_format({"valign": "top", "num_format": "#,##0"}),
            "float": workbook.add_format({"valign": "top", "num_format": "#,##0.00"}),
            "percent": workbook.add_format({"valign": "top", "num_format": "0.0%"}),
            "date": workbook.add_format({"valign": "top", "num_format": "yyyy-mm-dd"}),
            "datetime": workbook.add_format({"valign": "top", "num_format": "yyyy-mm-dd hh:mm"}),
        }
        used: set[str] = set()
        for sheet in sheets:
            _write_sheet(workbook, sheet, _sheet_name(sheet.name, used), header, note_format, formats)
    finally:
        try:
            workbook.close()
        except FileCreateError as exc:
            # xlsxwriter wraps the OSError (permission denied, disk full); hand on the OSError
            # itself, as documented, so callers can name the file and the reason.
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
            raise cause from None
    return target


def _write_sheet(
    workbook: Any, sheet: Sheet, name: str, header: Any, note_format: Any, formats: dict[str, Any]
) -> None:
    ws = workbook.add_worksheet(name)
    frame = sheet.frame
    top = 0
    if sheet.note:
        ws.write_string(0, 0, defuse(sheet.note), note_format)
        top = 1
    room = EXCEL_MAX_ROWS - top - 1
    if len(frame) > room:
        frame = frame.iloc[:room]
    columns = [str(c) for c in frame.columns]
    widths = [float(len(c)) for c in columns]
    for j, column in enumerate(columns):
        ws.write_string(top, j, defuse(column), header)
    percent, wrap = set(sheet.percent), set(sheet.wrap)
    for j, column in enumerate(columns):
        values = frame.iloc[:, j].tolist()
        kind = "percent" if column in percent else "wrap" if column in wrap else None
        for i, value in enumerate(values):
            length = _write_cell(ws, top + 1 + i, j, value, kind, formats)
            if i < 2000 and length > widths[j]:
                widths[j] = float(length)
    for j, column in enumerate(columns):
        limit = _MAX_WIDTH if column in wrap else _MAX_WIDTH - 10
        ws.set_column(j, j, min(max(widths[j] + 2, _MIN_WIDTH), limit))
    ws.freeze_panes(top + 1, 0)
    if columns:
        ws.autofilter(top, 0, top + max(len(frame), 1), len(columns) - 1)


def _write_cell(ws: Any, row: int, col: int, value: Any, kind: str | None, formats: dict[str, Any]) -> int:
    """Write one value with the right typed method; return its display length (for widths)."""
    if _is_missing(value):
        ws.write_blank(row, col, None, formats["text"])
        return 0
    if isinstance(value, (bool, np.bool_)):
        ws.write_boolean(row, col, bool(value), formats["text"])
        return 5
    if isinstance(value, (int, np.integer)):
        ws.write_number(row, col, int(value), formats["percent" if kind == "percent" else "int"])
        return _display_len(int(value))
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if math.isinf(number):
            ws.write_string(row, col, "inf" if number > 0 else "-inf", formats["text"])
            return 4
        ws.write_number(row, col, number, formats["percent" if kind == "percent" else "float"])
        return 7 if kind == "percent" else _display_len(number)
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        stamp = pd.Timestamp(value)
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert(None)
        midnight = stamp == stamp.normalize()
        ws.write_datetime(row, col, stamp.to_pydatetime(), formats["date" if midnight else "datetime"])
        return 10 if midnight else 16
    if isinstance(value, dt.date):
        ws.write_datetime(row, col, dt.datetime(value.year, value.month, value.day), formats["date"])
        return 10
    if isinstance(value, (list, tuple, set, frozenset)):
        value = "; ".join(str(v) for v in value)
    text = defuse(str(value))
    ws.write_string(row, col, text, formats["wrap" if kind == "wrap" else "text"])
    return _display_len(text)
