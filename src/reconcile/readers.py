"""Read referral exports (CSV, XLSX, Parquet) as tables of strings, in chunks when they are large.

Every cell comes back as a string ("" when empty) so that nothing is lost before validation:
placeholders, odd date formats and stray spaces are judged later, by the schema, not by the reader.
Rows keep their 1-based data row number (the header excluded) in the frame's index, which is
what failure reports quote.

Exports are messy, so the reader sniffs instead of assuming:

* encoding: a BOM wins, then UTF-16 without one (every other byte NUL); else the file is tried as
  UTF-8, a UTF-8 file with a few stray cp1252 bytes keeps UTF-8 and reads just those bytes as
  cp1252, and otherwise charset-normalizer picks among the Western code pages case systems
  actually write (cp1252 above all);
* line ends: CRLF, LF or CR alone (old Mac exports); a trailing Ctrl-Z (DOS end of file) is dropped;
* delimiter: comma, semicolon, tab or pipe, by :class:`csv.Sniffer` with a consistency check;
* header row: exports often put a title or run date above the header, so the first row that
  looks like a header (mostly non-numeric labels, as wide as the data) is taken.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import math
import re
import warnings
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import pandas as pd

from reconcile.errors import InputError, printable, writing_output

__all__ = [
    "TableSource",
    "check_fits_a_workbook",
    "open_table",
    "read_source",
    "read_typed",
    "read_table",
    "unique_column_names",
    "write_table",
]

DEFAULT_CHUNK_ROWS = 100_000
_SNIFF_BYTES = 256 * 1024
_HEADER_SCAN_ROWS = 100  # title, filter and run-date lines above the header; reports can list many
_DELIMITERS = ",;\t|"
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls
_MARKUP_NAMES = (".xls", ".xlsx", ".xml", ".htm", ".html")  # a file starting "<" with these names is a web page
_PARQUET_MAGIC = b"PAR1"


@dataclass
class TableSource:
    """An opened export: where it is, how it was read, and its columns.

    Attributes:
        path: The file.
        kind: ``csv``, ``xlsx`` or ``parquet``.
        columns: The header, as written in the file (surrounding spaces removed).
        encoding: The text encoding used for a CSV.
        delimiter: The delimiter used for a CSV.
        sheet: The sheet read from a workbook.
        header_row: 1-based physical row of the header in the file (CSV line or sheet row).
        header_is_labels: Whether that row looks like column names. False: no row in the first
            lines did, and the first non-blank one was taken (it may be a record of a file
            exported without its header, so its cells are not shown in messages).
    """

    path: Path
    kind: str
    columns: list[str]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int = 1
    header_is_labels: bool = True
    _options: dict[str, Any] = field(default_factory=dict, repr=False)

    def chunks(self, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[pd.DataFrame]:
        """Yield the data as frames of at most ``chunk_rows`` rows.

        Each frame has the source columns as strings ("" for empty) and an index holding the
        1-based data row number. Memory stays flat however large the file is.

        Raises:
            InputError: A row cannot be parsed (for example it has more fields than the header).
        """
        if self.kind == "csv":
            yield from _csv_chunks(self, chunk_rows)
        elif self.kind == "xlsx":
            yield from _xlsx_chunks(self, chunk_rows)
        else:
            yield from _parquet_chunks(self, chunk_rows)

    def describe(self) -> str:
        """Return a one-line description of how the file was read (no cell values)."""
        parts = [self.kind.upper()]
        if self.encoding:
            parts.append(f"encoding {self.encoding}")
            if self._options.get("encoding_errors", "strict") != "strict":
                parts[-1] += " (with stray cp1252 bytes)"
        if self.delimiter:
            parts.append(f"delimiter {_DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))}")
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.header_row != 1:
            parts.append(f"header on row {self.header_row}")
        return ", ".join(parts)


#: The "delimiter" of a one-column file: the unit separator, which exported text does not hold.
_ONE_COLUMN = "\x1f"
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe", _ONE_COLUMN: "none (one column)"}


def open_table(path: str | Path, sheet: str | None = None) -> TableSource:
    """Open an export, sniffing its format, encoding, delimiter and header row.

    Args:
        path: A ``.csv``/``.txt``, ``.xlsx``/``.xlsm`` or ``.parquet`` file. The content decides,
            not the extension: a workbook saved as ``.csv`` is still read as a workbook.
        sheet: Workbook sheet to read (default: the first sheet).

    Returns:
        A :class:`TableSource` whose :meth:`~TableSource.chunks` yields the rows.

    Raises:
        InputError: The file is missing, empty, binary, corrupt, has no header or no data rows.

    Example:
        >>> source = open_table("val_export.csv")  # doctest: +SKIP
        >>> for chunk in source.chunks(): ...  # doctest: +SKIP
    """
    p = Path(path)
    if not p.exists():
        raise InputError(p, "file not found; check the path", "R102")
    if p.is_dir():
        raise InputError(p, "is a folder, not an export file", "R102")
    try:
        with p.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as exc:
        raise InputError(p, f"cannot be opened ({exc.strerror})", "R102") from exc
    if not head.strip(b" \t\r\n\x0b\x0c\x1a"):  # \x1a: a DOS end-of-file mark alone
        raise InputError(p, "file is empty; export it again from the case system", "R103")
    if head.startswith(_XLSX_MAGIC):
        return _open_xlsx(p, sheet)
    if head.startswith(_PARQUET_MAGIC):
        return _open_parquet(p)
    if head.startswith(_OLE_MAGIC):
        raise InputError(p, "is a legacy .xls workbook; save it as .xlsx or CSV and try again", "R104")
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<" and p.suffix.lower() in _MARKUP_NAMES:
        # web case systems save an HTML or XML table under an Excel name
        raise InputError(
            p,
            "is a web page or XML file saved under an Excel name; open it in Excel and save it as .xlsx or CSV",
            "R104",
        )
    if sheet is not None:
        raise InputError(p, "--sheet was given but the file is not a workbook", "R104")
    return _open_csv(p, head)


def read_table(path: str | Path, sheet: str | None = None) -> pd.DataFrame:
    """Read a whole export into one frame of strings.

    Args:
        path: The export (CSV, XLSX or Parquet).
        sheet: Workbook sheet to read (default: the first).

    Returns:
        A frame with the source columns as strings ("" for empty cells), indexed by the 1-based
        data row number.

    Raises:
        InputError: The file cannot be read as a table.

    Example:
        >>> df = read_table("vs_export.xlsx")  # doctest: +SKIP
    """
    return read_source(open_table(path, sheet))


def read_typed(source: TableSource) -> pd.DataFrame:
    """Read an opened export whole, keeping a Parquet file's own column types.

    CSV and workbook cells are text, read as :func:`read_source` reads them; a Parquet file's
    numbers, booleans and dates stay so, for outputs that keep the input's columns as they were
    (``classify`` to Parquet). Same columns and row index as :func:`read_source`.
    """
    if source.kind != "parquet":
        return read_source(source)
    import pyarrow.parquet as pq

    try:
        with source.path.open("rb") as handle:  # (through a file: names that are not UTF-8)
            table = pq.ParquetFile(handle).read()  # (read_table's dataset reader refuses repeated names)
            # by position: pandas refuses repeated names, which the next line numbers as for CSV
            frame: pd.DataFrame = table.rename_columns([str(i) for i in range(table.num_columns)]).to_pandas()
    except Exception as exc:
        raise InputError(source.path, f"is not a readable Parquet file ({type(exc).__name__})", "R110") from exc
    frame.columns = pd.Index(source.columns)  # the numbered names of repeated ones, as read_source
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="row")
    return frame


def read_source(source: TableSource) -> pd.DataFrame:
    """Read an opened export whole (see :func:`read_table`)."""
    frames = list(source.chunks())
    if len(frames) == 1:
        return frames[0]
    return pd.concat(frames)


def write_table(df: pd.DataFrame, path: str | Path, *, index: bool = False) -> None:
    """Write a frame as CSV, Parquet or XLSX, chosen by the file extension.

    CSV is written as UTF-8 with a BOM, which Excel opens correctly. XLSX cells are written as
    plain strings, never formulas, whatever the text (a note starting with ``=`` stays text).

    Raises:
        InputError: The extension is not one reconcile can write, or the file cannot be written.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".txt", "", ".parquet", ".xlsx", ".xlsm"):
        raise InputError(p, f"cannot write '{suffix}' files; use .csv, .parquet or .xlsx", "R105")
    with writing_output(p):
        if p.parent and not p.parent.exists():
            p.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".parquet":
            with p.open("wb") as handle:  # (pyarrow cannot open a path that is not valid UTF-8)
                df.to_parquet(handle, index=index)
        elif suffix in (".xlsx", ".xlsm"):
            check_fits_a_workbook(df, p, index)
            with pd.ExcelWriter(p, engine="xlsxwriter", engine_kwargs=_SAFE_XLSX) as writer:
                _cells_excel_takes(df).to_excel(writer, index=index, sheet_name="data")
        else:
            df.to_csv(p, index=index, encoding="utf-8-sig")


#: what pandas infers for an object column whose values a worksheet takes as they are
_PLAIN_CELLS = frozenset(
    {"string", "empty", "integer", "floating", "mixed-integer-float", "boolean", "decimal", "bytes"}
)


def _excel_cell(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict, set, np.ndarray)):
        return _cell_to_str(value.tolist() if isinstance(value, np.ndarray) else value)
    if isinstance(value, (dt.datetime, dt.time)) and value.tzinfo is not None:
        return value.isoformat()
    return value


def _cells_excel_takes(df: pd.DataFrame) -> pd.DataFrame:
    """The frame with the values a worksheet cannot hold written as text.

    A date-time with a time zone (Excel has none) keeps its offset as ISO text; a Parquet list or
    record column is written as its text.
    """
    out = df
    for position in range(df.shape[1]):
        values = df.iloc[:, position]
        text: pd.Series | None = None
        if isinstance(values.dtype, pd.DatetimeTZDtype):
            text = values.map(lambda v: "" if pd.isna(v) else v.isoformat(sep=" ")).astype(object)
        elif values.dtype == object and pd.api.types.infer_dtype(values, skipna=True) not in _PLAIN_CELLS:
            text = values.map(_excel_cell)
        if text is not None:
            if out is df:
                out = df.copy()
            out.isetitem(position, text.to_numpy(dtype=object))
    return out


#: a worksheet's limits (Excel): rows including the header, columns, and characters in a cell
_XLSX_ROWS, _XLSX_COLUMNS, _XLSX_CELL = 1_048_576, 16_384, 32_767


def check_fits_a_workbook(df: pd.DataFrame, path: Path, index: bool = False) -> None:
    """Refuse, before writing anything, a frame a worksheet would cut (nothing is lost silently).

    Raises:
        InputError: ``[R116]`` naming the row (the frame's ``row`` column or 1-based data row
            index where it has one) and the column.
    """
    if len(df) + 1 > _XLSX_ROWS or df.shape[1] + int(index) > _XLSX_COLUMNS:
        raise InputError(
            path,
            f"{len(df):,} rows and {df.shape[1]:,} columns do not fit a workbook sheet (at most "
            f"{_XLSX_ROWS - 1:,} rows and {_XLSX_COLUMNS:,} columns); write .csv or .parquet",
            "R116",
        )
    for position, column in enumerate(df.columns):
        values = df.iloc[:, position]
        if values.dtype.kind not in "OSUT" and not isinstance(values.dtype, pd.StringDtype):
            continue
        lengths = values.astype("string").str.len()
        if (lengths > _XLSX_CELL).any():
            at = int(np.argmax(lengths.fillna(0).to_numpy() > _XLSX_CELL))
            # the data row: our row columns ("row", a link's "val_row" / "vs_row"), or a reader's
            # 1-based row index, else the position
            where = f"row {at + 1 if isinstance(df.index, pd.RangeIndex) else df.index[at]}"
            for name, label in (("row", "row"), ("val_row", "VAL row"), ("vs_row", "VS row")):
                value = df[name].iloc[at] if name in df.columns else None
                if value is not None and not pd.isna(value) and str(value).strip():
                    where = f"{label} {value}"
                    break
            raise InputError(
                path,
                f"{where}, column '{printable(str(column))}' holds {int(lengths.max()):,} characters; a workbook "
                f"cell holds at most {_XLSX_CELL:,}, so the text would be cut: write .csv or .parquet",
                "R116",
            )


#: xlsxwriter options that keep every string a string: no formulas, no URLs, no numbers.
_SAFE_XLSX: dict[str, Any] = {
    "options": {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
}


# --- CSV ---------------------------------------------------------------------------------------


def _detect_encoding(path: Path, head: bytes) -> tuple[str, str]:
    """Return the encoding and the decode error handler (``strict`` unless stray bytes were seen)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", "strict"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # (before UTF-16: FF FE starts both)
        return "utf-32", "strict"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "strict"
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16, "strict"
    # a binary file is full of NUL bytes; a stray one pasted into a free-text field is kept as text
    if head.count(b"\x00") > 0.01 * len(head):
        raise InputError(path, "looks like a binary file, not a CSV or XLSX export", "R104")
    # UTF-8 is strict: a file that decodes end to end is UTF-8. Streaming keeps memory flat.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        return "utf-8", "strict"
    except UnicodeDecodeError:
        pass
    # A UTF-8 export with a stray cp1252 byte (a pasted "£") must not turn every "ë" into "Ã«".
    if _utf8_with_stray_bytes(path) and _mostly_printable(head.decode("utf-8", errors=_CP1252_FALLBACK)):
        return "utf-8", _CP1252_FALLBACK
    # UK case systems on Windows write cp1252; accept it when it decodes cleanly to printable text,
    # and ask charset-normalizer only when it does not (short samples make its guesses unstable).
    try:
        if _mostly_printable(head.decode("cp1252")):
            return "cp1252", "strict"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None or not _mostly_printable(str(best)):
        raise InputError(path, "looks like a binary file, not a CSV or XLSX export", "R104")
    return str(best.encoding), "strict"


def _utf16_without_bom(head: bytes) -> str | None:
    """Name UTF-16 written without a BOM: mostly ASCII text, so every other byte is NUL."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) >= 0.9 * len(high) and low.count(0) <= 0.01 * len(low):
            if _mostly_printable(sample.decode(encoding, errors="replace")):
                return encoding
    return None


#: Decode error handler reading each byte that is not valid UTF-8 as cp1252 instead.
_CP1252_FALLBACK = "reconcile.cp1252"
_ESCAPED = re.compile("[\udc80-\udcff]")


def _decode_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chars = []
    for byte in exc.object[exc.start : exc.end]:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined map as Windows does
            chars.append(chr(byte))
    return "".join(chars), exc.end


codecs.register_error(_CP1252_FALLBACK, _decode_as_cp1252)


def _utf8_with_stray_bytes(path: Path) -> bool:
    """Whether a file that is not clean UTF-8 is still UTF-8 with a few stray single bytes.

    cp1252 text hardly ever forms a valid multi-byte UTF-8 sequence by chance, so as long as the
    valid sequences are at least as many as the invalid bytes, the file is UTF-8 and the invalid
    bytes are the strays. A cp1252 file has no valid sequence at all.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    valid = invalid = 0
    with path.open("rb") as handle:
        while True:
            block = handle.read(1 << 20)
            text = decoder.decode(block, final=not block)
            escaped = len(_ESCAPED.findall(text))  # each invalid byte became one lone surrogate
            invalid += escaped
            valid += len(text) - len(text.encode("ascii", errors="ignore")) - escaped
            if not block:
                break
    return 0 < invalid <= valid


def _mostly_printable(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for ch in text if not ch.isprintable() and ch not in "\r\n\t")
    return controls <= 0.01 * len(text)


def _has_text(cells: list[str]) -> bool:
    """Whether a row has a cell that is not blank (a row of spaces is an empty row)."""
    return any(c.strip() for c in cells)


def _sniff_rows(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    filled = 0  # blank lines above the header do not count towards the scan
    try:
        for row in reader:
            rows.append(row)
            filled += _has_text(row)
            if filled >= _HEADER_SCAN_ROWS + 10:
                break
    except csv.Error:
        pass
    return rows


def _detect_delimiter(text: str) -> str:
    sample = "\n".join([line for line in text.splitlines() if line.strip()][: _HEADER_SCAN_ROWS + 10])
    candidates: list[str] = []
    try:
        candidates.append(csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter)
    except csv.Error:
        pass
    candidates.extend(d for d in _DELIMITERS if d not in candidates)

    # Prefer the delimiter that splits the header into the most labels, then the one that gives
    # the most rows of that width: data cells can hold any delimiter, the header rarely does.
    # A header found nearer the top wins first: a data row can look like a header by accident.
    def score(delim: str) -> tuple[int, int, int, int]:
        rows = [r for r in _sniff_rows(sample, delim) if _has_text(r)]
        if not rows:
            return (0, 0, 0, 0)
        at = max(_header_search(rows)[0], 0)
        labels = sum(1 for c in rows[at] if c.strip())
        if labels < 2:
            return (0, 0, 0, 0)
        return (1, -at, labels, sum(1 for r in rows if len(r) == len(rows[at])))

    return max(candidates, key=lambda d: (score(d), -candidates.index(d)))


def _is_one_column(text: str, delimiter: str) -> bool:
    """True when the file is a one-column table: its header is a single label.

    The first non-blank line must be one field whatever the delimiter, and no table may follow
    it: title lines above a real header end in a block of rows mostly of one width of 2 or more,
    while a one-column file only has the odd row whose note holds a delimiter.
    """
    for candidate in _DELIMITERS:
        first = next((r for r in _sniff_rows(text, candidate) if _has_text(r)), None)
        if first is None or len(first) != 1:
            return False
    if _other_delimiter(text):
        return False
    try:
        records = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if _has_text(r)]
    except csv.Error:
        return False
    last_single = max(i for i, r in enumerate(records) if len(r) == 1)
    tail = records[last_single + 1 :]
    # Most of the tail sharing its first row's width is a table (a stray quote may spoil one row).
    return not (len(tail) >= 2 and sum(len(r) == len(tail[0]) for r in tail) > len(tail) / 2)


def _other_delimiter(text: str) -> bool:
    """True when some other character (space, colon...) splits the header and every row alike.

    Then the file is a table with a delimiter reconcile does not read, not one column of notes:
    notes hardly ever all hold the same number of any one character as their header.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:50]
    if len(lines) < 3:
        return False
    header, rows = lines[0], lines[1:]
    for ch in {c for c in header if not c.isalnum()}:
        count = header.count(ch)
        if all(row.count(ch) == count for row in rows):
            return True
    return False


def _looks_like_header(row: list[str], width: int) -> bool:
    cells = [c.strip() for c in row if c is not None and str(c).strip()]
    if len(cells) < max(2 if width > 1 else 1, math.ceil(0.6 * width)):
        return False
    labels = [c for c in cells if any(ch.isalpha() for ch in c) and not _is_number_or_date(c)]
    # mostly distinct: a header may repeat a name ("Notes" twice, reported as header_repeated)
    repeats = len(cells) - len(set(cells))
    return len(labels) >= 0.8 * len(cells) and repeats <= max(1, len(cells) // 5)


def _shape(cell: str) -> str:
    """A cell's shape: letters as "a", digits as "9", runs of either as one ("VAL_0001" -> "a_9")."""
    return re.sub(r"9+", "9", re.sub(r"[A-Za-z]+", "a", re.sub(r"[0-9]", "9", cell)))


def _looks_like_record(row: list[str], below: list[list[str]]) -> bool:
    """A row of label-like cells that is a record: a long note, or a reference like the rows below.

    An export without its header starts with a record whose cells can all be words ("VAL001",
    "Other crime", "Jane was punched ..."); taking it as the header would lose the record and
    show its text as column names. A cell with digits shaped like every cell below it
    ("VAL_0001" over "VAL_0002", "AB12CD" over "XY34ZW") is a value, not a label ("FY2023" over
    "1,250" is a label).
    """
    cells = [str(c).strip() for c in row]
    if any(len(c.split()) >= 25 for c in cells):
        return True
    for j, cell in enumerate(cells):
        if not any(ch.isdigit() for ch in cell) or not below:
            continue
        if all(j < len(r) and _shape(str(r[j]).strip()) == _shape(cell) for r in below):
            return True
    return False


def _is_number_or_date(value: str) -> bool:
    stripped = value.replace("/", "").replace("-", "").replace(".", "").replace(" ", "").replace(":", "")
    return stripped.isdigit()


def _header_search(rows: list[list[str]]) -> tuple[int, bool]:
    """The header's index among ``rows`` (-1: all blank), and whether it looks like labels."""

    def filled(r: list[str]) -> int:
        return sum(1 for c in r if str(c).strip())

    width = max((filled(r) for r in rows), default=0)
    if not width:
        return -1, False
    seen = 0
    for i, row in enumerate(rows):
        seen += filled(row) > 0
        if seen > _HEADER_SCAN_ROWS:
            break
        if _looks_like_header([str(c) for c in row], width):
            below = [r for r in rows[i + 1 : i + 4] if filled(r)]
            if _looks_like_record([str(c) for c in row], below):
                break
            # a title or filter line ("Report:", "North") above a wider row of labels is not it
            if below and filled(below[0]) > filled(row) and _looks_like_header([str(c) for c in below[0]], width):
                continue
            return i, True
    # No row looks like labels: take the first non-blank row and let profile mapping judge it.
    return next(i for i, r in enumerate(rows) if filled(r)), False


def _open_csv(path: Path, head: bytes) -> TableSource:
    end = _dos_eof(path)
    if end is not None and end < len(head):
        head = head[:end]
    encoding, errors = _detect_encoding(path, head)
    if encoding.startswith(("utf-16", "utf-32")):  # there the mark would be two bytes; it is a DOS-era habit
        end = None
    text = head.decode(encoding, errors="replace" if errors == "strict" else errors)
    if len(head) == _SNIFF_BYTES:  # drop a possibly cut last line (CR alone ends lines on old Macs)
        text = text[: max(text.rfind("\n"), text.rfind("\r")) + 1] or text
    delimiter = _detect_delimiter(text)
    rows = _sniff_rows(text, delimiter)
    header_idx, header_is_labels = _header_search(rows)
    if header_idx < 0:
        raise InputError(path, "file is empty; export it again from the case system", "R103")
    if _is_one_column(text, delimiter):
        # A separator inside a note is data: read with one that real text never holds.
        delimiter = _ONE_COLUMN
        rows = _sniff_rows(text, delimiter)
        header_idx = next(i for i, r in enumerate(rows) if _has_text(r))
    header = [c.strip() for c in rows[header_idx]]
    if len([c for c in header if c]) < 2 and delimiter != _ONE_COLUMN:
        # Rows with several fields further down mean the delimiter works but no header was found.
        if any(sum(1 for c in r if c.strip()) >= 2 for r in rows[header_idx + 1 :]):
            raise InputError(
                path,
                f"no header row found in the first {_HEADER_SCAN_ROWS} lines (line "
                f"{_physical_line(text, delimiter, header_idx)} has only one column); remove the title "
                "lines above the header and try again",
                "R106",
            )
        if len(rows) >= _HEADER_SCAN_ROWS:
            raise InputError(
                path,
                f"found only one column in the first {_HEADER_SCAN_ROWS} lines: either more title lines "
                "than that sit above the header (remove them), or the delimiter is not comma, "
                "semicolon, tab or pipe (re-export as CSV)",
                "R106",
            )
        raise InputError(
            path,
            "found only one column; the delimiter is not comma, semicolon, tab or pipe, "
            "or the file is not a table. Re-export as CSV",
            "R106",
        )
    # Data rows far narrower than the header mean the data uses another delimiter than the header.
    data = [r for r in rows[header_idx + 1 :] if _has_text(r)]
    narrow = [r for r in data if len(r) == 1]
    if data and len(narrow) > len(data) / 2 and len(header) > 1:
        raise InputError(
            path,
            f"data rows have {len(narrow[0])} field(s) but the header has {len(header)}: "
            f"the rows are not delimited by {_DELIMITER_NAMES.get(delimiter, repr(delimiter))} like the header. "
            "Re-export the file with one delimiter",
            "R106",
        )
    # Blank lines above the header are skipped by csv.reader counting; count physical lines.
    header_line = _physical_line(text, delimiter, header_idx)
    source = TableSource(
        path=path,
        kind="csv",
        columns=unique_column_names(header),
        encoding=encoding,
        delimiter=delimiter,
        header_row=header_line,
        header_is_labels=header_is_labels,
        _options={
            "encoding_errors": errors,
            "end": end,
            # pandas merges the blank lines of a CR-only file when skipping rows; naming CR fixes it
            "lineterminator": "\r" if "\r" in text and "\n" not in text else None,
        },
    )
    # Fail early on a header-only file rather than after the user waits.
    probe: Generator[pd.DataFrame, None, None] = _csv_chunks(source, 2)
    try:
        first = next(probe, None)
    finally:
        probe.close()
    if first is None or first.empty:
        raise InputError(path, "has a header but no data rows", "R107")
    return source


def _dos_eof(path: Path) -> int | None:
    """Byte offset of a trailing Ctrl-Z, the DOS end-of-file mark: what follows it is not data."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(0, size - 64))
        tail = handle.read()
    body = tail.rstrip(b" \t\r\n")
    if not body.endswith(b"\x1a"):
        return None
    return size - len(tail) + len(body.rstrip(b"\x1a"))


def _physical_line(text: str, delimiter: str, record_idx: int) -> int:
    """1-based line number where csv record ``record_idx`` starts (records may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    for i, _ in enumerate(reader):
        if i == record_idx:
            return line
        line = reader.line_num + 1
    return line


def unique_column_names(header: list[str]) -> list[str]:
    """Name blank columns by position and number repeats: ``["A", "", "A"]`` -> ``["A", "column_2", "A (2)"]``."""
    seen: dict[str, int] = {}
    taken = set(header)  # a number must not give a name the header already has ("A", "A", "A (2)")
    out: list[str] = []
    for i, name in enumerate(header):
        name = name or f"column_{i + 1}"
        if name in seen:
            base = name
            while name in seen or name in taken:
                seen[base] += 1
                name = f"{base} ({seen[base]})"
        seen[name] = seen.get(name, 1)
        out.append(name)
    return out


#: rows may run this many fields past the header when the extra fields are blank (trailing
#: delimiters); the parser reads them into spare columns, checked blank and dropped
_SPARE_FIELDS = 4


def _csv_chunks(source: TableSource, chunk_rows: int) -> Generator[pd.DataFrame, None, None]:
    ncols = len(source.columns)
    spares = [f"\x00spare {i}" for i in range(_SPARE_FIELDS)]
    swallowed = _swallowed_pattern(source.delimiter or ",")
    try:
        with contextlib.ExitStack() as stack:
            audit = _QuoteAudit(source)
            stack.callback(audit.close)
            target: Any = source.path
            if source._options.get("end") is not None:
                target = stack.enter_context(_open_bytes(source))
            reader = stack.enter_context(
                pd.read_csv(
                    target,
                    sep=source.delimiter,
                    encoding=source.encoding,
                    encoding_errors=source._options.get("encoding_errors", "strict"),
                    skiprows=source.header_row,  # physical lines up to and including the header
                    header=None,
                    names=[*source.columns, *spares],
                    dtype=str,
                    keep_default_na=False,
                    na_filter=False,
                    skip_blank_lines=False,
                    chunksize=chunk_rows,
                    engine="c",
                    quotechar='"',
                    lineterminator=source._options.get("lineterminator"),
                    index_col=False,
                )
            )
            start = 1
            chunks = iter(reader)
            while True:
                # pandas only warns (and drops the fields) when the first row is wider than the
                # names it was given; that is an error here, like a wider row further down
                with warnings.catch_warnings():
                    warnings.simplefilter("error", pd.errors.ParserWarning)
                    chunk = next(chunks, None)
                if chunk is None:
                    break
                chunk = chunk.fillna("")
                extra = chunk[spares]
                if (extra.apply(lambda c: c.str.strip()) != "").to_numpy().any():
                    raise pd.errors.ParserError("a row has more fields than the header")
                chunk = chunk.drop(columns=spares)
                chunk.index = pd.RangeIndex(start, start + len(chunk), name="row")
                start += len(chunk)
                _check_swallowed_records(source, chunk, swallowed, audit)
                if chunk.shape[0] and ncols:
                    yield chunk
    except UnicodeDecodeError as exc:
        raise InputError(
            source.path, f"mixed text encodings ({source.encoding} failed at byte {exc.start})", "R108"
        ) from exc
    except (pd.errors.ParserError, pd.errors.ParserWarning) as exc:
        # pandas counts skipped lines plus records from 0, so this maps back to the data row number
        unclosed = re.search(r"EOF inside string starting at row (\d+)", str(exc))
        if unclosed:
            row = int(unclosed.group(1)) - source.header_row + 1
            raise InputError(
                source.path,
                f'row {row}: a quote (") opened in this row is never closed, so every line after it '
                "was read as one field; remove the stray quote or close it, and export again",
                "R112",
            ) from exc
        located = _locate_bad_record(source, ncols)
        if located is not None:
            raise located from exc
        raise InputError(source.path, f"cannot be parsed as CSV: {_short(exc)}", "R109") from exc
    except pd.errors.EmptyDataError as exc:
        raise InputError(source.path, "has a header but no data rows", "R107") from exc


class _Truncated(io.RawIOBase):
    """A file read only up to byte ``end`` (the rest is a DOS end-of-file mark, not data)."""

    def __init__(self, path: Path, end: int) -> None:
        self._file = path.open("rb", buffering=0)
        self._left = end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._left <= 0:
            return 0
        read = self._file.readinto(memoryview(buffer)[: self._left]) or 0
        self._left -= read
        return read

    def close(self) -> None:
        self._file.close()
        super().close()


def _open_bytes(source: TableSource) -> BinaryIO:
    end = source._options.get("end")
    if end is None:
        return source.path.open("rb")
    return io.BufferedReader(_Truncated(source.path, int(end)))


def _swallowed_pattern(delimiter: str) -> re.Pattern[str]:
    """Match a line break followed by a line with a delimiter.

    That is what a field looks like when a stray opening quote made the parser read records into
    it (the quote may close part-way through a record, so the last line read in can be short). A
    legitimate multi-line note with commas matches too: the strict re-read tells them apart.
    """
    d = re.escape(delimiter)
    return re.compile(rf"[\r\n][^\r\n{d}]*{d}")


def _data_text(source: TableSource) -> io.TextIOWrapper:
    """The CSV as text, positioned at its first data row (for the strict ``csv`` re-reads)."""
    handle = io.TextIOWrapper(
        _open_bytes(source),
        encoding=source.encoding,
        errors=source._options.get("encoding_errors", "strict"),
        newline="",
    )
    for _ in range(source.header_row):
        handle.readline()
    return handle


def _locate_bad_record(source: TableSource, ncols: int) -> InputError | None:
    """The first record that breaks the file's shape, read again strictly (after a parser error).

    A row with more fields than the header is usually the end of a stray quote's run (the quote
    opened rows earlier and closed in this one), so a broken quote before it is named first.
    """
    with _data_text(source) as handle:
        reader = csv.reader(handle, delimiter=source.delimiter or ",", strict=True)
        row = 0
        while True:
            row += 1
            try:
                record = next(reader)
            except StopIteration:
                return None
            except csv.Error:
                return InputError(
                    source.path,
                    f'row {row}: a quote (") in this row is not closed where its field ends, so the '
                    "lines after it were read into the field; remove the stray quote or close it, and "
                    "export again",
                    "R112",
                )
            if len(record) > ncols + _SPARE_FIELDS or (
                len(record) > ncols and any(field.strip() for field in record[ncols:])
            ):
                return InputError(
                    source.path,
                    f"row {row} has {len(record)} fields but the header has {ncols}: a field holds the "
                    "delimiter without quotes around it, or the row was shifted (blank trailing fields "
                    f"are ignored up to {_SPARE_FIELDS}); quote that field or remove the extra "
                    "delimiters, and export again",
                    "R109",
                )


class _QuoteAudit:
    """A second, strict reading of the CSV, advanced only to rows whose fields look like records.

    pandas quietly accepts a closing quote followed by more text; ``csv`` with ``strict=True``
    does not. A stray opening quote always ends that way (it is closed by the opening quote of
    some later field), while a genuine multi-line note is quoted properly and passes.
    """

    def __init__(self, source: TableSource) -> None:
        self._source = source
        self._handle: io.TextIOWrapper | None = None
        self._reader: Iterator[list[str]] | None = None
        self._row = 0  # data rows read so far

    def malformed(self, row: int) -> bool:
        """Whether data row ``row`` breaks CSV quoting. Rows must be asked about in order."""
        if self._reader is None:
            self._handle = _data_text(self._source)
            self._reader = csv.reader(self._handle, delimiter=self._source.delimiter or ",", strict=True)
        while self._row < row:
            self._row += 1
            try:
                next(self._reader)
            except StopIteration:
                return False
            except csv.Error as exc:
                if self._row == row and "expected after" in str(exc):
                    return True
        return False

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def _check_swallowed_records(
    source: TableSource, chunk: pd.DataFrame, pattern: re.Pattern[str], audit: _QuoteAudit
) -> None:
    # Cheap substring tests first, the regex only on multi-line cells, and a strict re-read only
    # for the rare cells the regex matches: clean files pay little.
    hits: set[tuple[int, int]] = set()
    for position in range(chunk.shape[1]):
        cells = chunk.iloc[:, position]
        multiline = cells[cells.str.contains("\n", regex=False) | cells.str.contains("\r", regex=False)]
        if len(multiline):
            found = multiline.index[multiline.str.contains(pattern)]
            hits.update((int(row), position) for row in found)
    for row, position in sorted(hits):
        if audit.malformed(row):
            raise InputError(
                source.path,
                f"row {row}, column '{chunk.columns[position]}': this field opens a quote (\") that is "
                "not closed, so the records after it were read into it; remove the stray quote or "
                "close it, and export again",
                "R112",
            )


def _short(exc: Exception) -> str:
    return str(exc).strip().splitlines()[-1][:200]


# --- XLSX --------------------------------------------------------------------------------------


def _cell_to_str(value: Any) -> str:
    # NaT subclasses datetime and NA has no truth value, so both are caught before the type checks
    if value is None or value is pd.NaT or value is pd.NA:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def _load_sheet(path: Path, sheet: str | None) -> tuple[Any, str, list[str]]:
    """Return the sheet to read, its name and the names of every sheet in the workbook."""
    from python_calamine import CalamineWorkbook

    try:
        if printable(str(path)) == str(path):
            workbook = CalamineWorkbook.from_path(str(path))
        else:  # calamine cannot open a path that is not valid UTF-8 (a legacy name): read it through Python
            with path.open("rb") as handle:
                workbook = CalamineWorkbook.from_filelike(io.BytesIO(handle.read()))
    except Exception as exc:  # calamine raises its own types for zip/xml corruption
        raise InputError(path, f"is not a readable workbook ({type(exc).__name__}); re-save it", "R110") from exc
    names = list(workbook.sheet_names)
    if not names:
        raise InputError(path, "workbook has no sheets", "R110")
    name = sheet if sheet is not None else _first_visible_sheet(workbook, names)
    if name not in names:
        raise InputError(path, f"has no sheet '{name}'; sheets are: {', '.join(names)}", "R111")
    far = _far_cell(path, names.index(name))
    if far is not None:
        cell, area = far
        raise InputError(
            path,
            f"sheet '{name}' has a value in cell {cell}, far outside any table (reading it would mean "
            f"{area:,} cells); delete the stray rows and columns after the table, or copy the table to a "
            "new workbook, and save again",
            "R117",
        )
    try:
        return workbook.get_sheet_by_name(name), name, names
    except Exception as exc:
        raise InputError(path, f"sheet '{name}' cannot be read ({type(exc).__name__})", "R110") from exc


#: the most cells a sheet may span (rows x columns from A1 to its farthest value): the workbook
#: reader holds that rectangle in memory, so one stray value at XFD1048576 would need 17 billion
_MAX_SHEET_CELLS = 50_000_000
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Z]{1,3})\$?([0-9]{1,7}))?"'
)
#: a cell with content (not self-closing: a self-closing cell carries formatting only)
_CELL = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(/?)>')


def _sheet_xml(archive: zipfile.ZipFile, index: int) -> str | None:
    """The archive path of the workbook's ``index``-th sheet (workbook order), or None."""
    try:
        book = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return None
    ids = re.findall(rb'<(?:\w+:)?sheet\b[^>]*?\br(?:\w*):id="([^"]+)"', book)
    if index >= len(ids):
        return None
    for rel in re.findall(rb"<(?:\w+:)?Relationship\b[^>]*>", rels):
        rid = re.search(rb'\bId="([^"]+)"', rel)
        target = re.search(rb'\bTarget="([^"]+)"', rel)
        if rid and target and rid.group(1) == ids[index]:
            t = target.group(1).decode("utf-8", "replace")
            return t.lstrip("/") if t.startswith("/") else "xl/" + t
    return None


def _far_cell(path: Path, index: int) -> tuple[str, int] | None:
    """The farthest cell with a value of an .xlsx sheet and the cells up to it, when too many; else None.

    The sheet's own ``dimension`` is read first (a few bytes); only a sheet that claims a huge or
    no extent is scanned cell by cell (formatting-only cells do not count).
    """
    from xlsxwriter.utility import xl_cell_to_rowcol, xl_rowcol_to_cell

    def extent(col: bytes, row: bytes) -> tuple[int, int]:  # (rows, columns) from A1 to the cell
        r, c = xl_cell_to_rowcol((col + row).decode())
        return r + 1, c + 1

    try:
        with zipfile.ZipFile(path) as archive:
            member = _sheet_xml(archive, index)
            if member is None:
                return None
            with archive.open(member) as xml:
                head = xml.read(1 << 16)
                dim = _DIMENSION.search(head)
                if dim is not None:
                    last = (3, 4) if dim.group(3) else (1, 2)  # (the range's end, or its one cell)
                    rows, cols = extent(dim.group(last[0]), dim.group(last[1]))
                    if rows * cols <= _MAX_SHEET_CELLS:
                        return None
                max_row = max_col = 0
                tail = b""
                chunk = head
                while chunk:
                    data = tail + chunk
                    end = data.rfind(b"<")  # a tag cut by the chunk boundary is read with the next chunk
                    end = len(data) if end < 0 else end
                    for m in _CELL.finditer(data, 0, end):
                        if not m.group(3):
                            rows, cols = extent(m.group(1), m.group(2))
                            max_row, max_col = max(max_row, rows), max(max_col, cols)
                    tail = data[end:]
                    chunk = xml.read(1 << 20)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None  # (not an .xlsx zip, e.g. .xls: the reader reports what is wrong)
    if max_row * max_col <= _MAX_SHEET_CELLS:
        return None
    return xl_rowcol_to_cell(max_row - 1, max_col - 1), max_row * max_col


def _first_visible_sheet(workbook: Any, names: list[str]) -> str:
    """The first sheet Excel shows (a hidden lookup sheet may come first), else the first."""
    from python_calamine import SheetVisibleEnum

    try:
        shown = [m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible]
    except Exception:  # (metadata unavailable: keep the first sheet)
        shown = []
    return shown[0] if shown else names[0]


def _open_xlsx(path: Path, sheet: str | None) -> TableSource:
    ws, name, names = _load_sheet(path, sheet)

    def no_table(reason: str, code: str) -> InputError:
        # A cover or notes page often comes first: when the user chose no sheet, point at the others.
        others = [n for n in names if n != name]
        if sheet is None and others:
            listed = ", ".join(f"'{n}'" for n in others)
            reason += (
                f"; it is the first sheet, the workbook also has {listed}: choose one with --sheet NAME "
                "(--vs-sheet for a VS export)"
            )
        return InputError(path, reason, code)

    head: list[list[str]] = []
    filled = 0  # empty rows above the header do not count towards the scan
    for row in ws.iter_rows():
        head.append([_cell_to_str(v) for v in row])
        filled += _has_text(head[-1])
        if filled >= _HEADER_SCAN_ROWS + 10:
            break
    header_idx, header_is_labels = _header_search(head)
    if header_idx < 0:
        raise no_table(f"sheet '{name}' is empty", "R103")
    header = [c.strip() for c in head[header_idx]]
    # blank header cells at the right are formatting, unless the rows below have values there
    # (then the column is kept, named by position like a blank header in the middle)
    used = max((max((j + 1 for j, c in enumerate(r) if c.strip()), default=0) for r in head[header_idx + 1 :]),
               default=0)  # fmt: skip
    while len(header) > used and header and not header[-1]:
        header.pop()
    # a one-column sheet of notes is a table, as a one-column CSV is; but a one-column first sheet
    # of a workbook with others is its cover page
    cover = sheet is None and any(n != name for n in names) and len([c for c in header if c]) < 2
    if not any(header) or cover:
        raise no_table(f"sheet '{name}' has no header row with two or more columns", "R106")
    if not any(_has_text(r) for r in head[header_idx + 1 :]):
        raise no_table(f"sheet '{name}' has a header but no data rows", "R107")
    # calamine's range starts at the first used row; its rows may or may not include the empty
    # ones above it: add the offset only when they are not there
    start_row = int(getattr(ws, "start", (0, 0))[0] or 0) if hasattr(ws, "start") else 0
    if start_row and len(head) > start_row and not any(_has_text(r) for r in head[:start_row]):
        start_row = 0
    return TableSource(
        path=path,
        kind="xlsx",
        columns=unique_column_names(header),
        sheet=name,
        header_row=start_row + header_idx + 1,
        header_is_labels=header_is_labels,
        _options={"header_idx": header_idx},
    )


def _xlsx_chunks(source: TableSource, chunk_rows: int) -> Iterator[pd.DataFrame]:
    ws, _, _ = _load_sheet(source.path, source.sheet)
    ncols = len(source.columns)
    header_idx = int(source._options["header_idx"])
    buffer: list[list[str]] = []
    start = 1
    rows = ws.iter_rows()
    for i, row in enumerate(rows):
        if i <= header_idx:
            continue
        cells = [_cell_to_str(v) for v in row]
        if _has_text(cells[ncols:]):
            at = ncols + next(j for j, c in enumerate(cells[ncols:]) if c.strip())
            raise InputError(
                source.path,
                f"row {start + len(buffer)} has a value in column {at + 1}, right of the header's last column "
                f"({ncols}); give that column a header, and export again",
                "R109",
            )
        cells = cells[:ncols]
        cells.extend([""] * (ncols - len(cells)))
        buffer.append(cells)
        if len(buffer) >= chunk_rows:
            # blank rows at the end of a chunk wait for the next: at the end of the sheet they are
            # formatting (a stray space far down), not rows to report
            keep = len(buffer)
            while keep and not _has_text(buffer[keep - 1]):
                keep -= 1
            if keep:
                yield _frame(buffer[:keep], source.columns, start)
                start += keep
                buffer = buffer[keep:]
    # Trailing empty rows of a sheet are formatting, not data.
    while buffer and not _has_text(buffer[-1]):
        buffer.pop()
    if buffer:
        yield _frame(buffer, source.columns, start)


def _frame(rows: list[list[str]], columns: list[str], start: int) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns, dtype=str)
    frame.index = pd.RangeIndex(start, start + len(frame), name="row")
    return frame


# --- Parquet -----------------------------------------------------------------------------------


def _open_parquet(path: Path) -> TableSource:
    import pyarrow.parquet as pq

    try:
        # through a Python file: pyarrow cannot open a path that is not valid UTF-8 (a legacy name)
        with path.open("rb") as handle:
            parquet = pq.ParquetFile(handle)
            schema, nrows = parquet.schema_arrow, parquet.metadata.num_rows
    except Exception as exc:
        raise InputError(path, f"is not a readable Parquet file ({type(exc).__name__})", "R110") from exc
    # same as CSV/XLSX: fail at open, not with an empty result further down
    if nrows == 0:
        raise InputError(path, "has a header but no data rows", "R107")
    # repeated or blank names are numbered as for CSV and XLSX headers
    return TableSource(path=path, kind="parquet", columns=unique_column_names([str(n) for n in schema.names]))


def _parquet_chunks(source: TableSource, chunk_rows: int) -> Iterator[pd.DataFrame]:
    import pyarrow.parquet as pq

    with source.path.open("rb") as handle:
        yield from _parquet_frames(source, pq.ParquetFile(handle), chunk_rows)


def _parquet_frames(source: TableSource, parquet: Any, chunk_rows: int) -> Iterator[pd.DataFrame]:
    start = 1
    for batch in parquet.iter_batches(batch_size=chunk_rows):
        # by position: a repeated name would select several columns
        columns = [[_cell_to_str(v) for v in column.to_pylist()] for column in batch.columns]
        out = pd.DataFrame(dict(zip(source.columns, columns, strict=True)), dtype=str)
        out.index = pd.RangeIndex(start, start + len(out), name="row")
        start += len(out)
        yield out
