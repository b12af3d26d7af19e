"""An Excel workbook (.xlsx) as the table text the pipeline reads, through openpyxl.

Party-building offices keep their statistics in spreadsheets: one sheet a year or
a unit, a title row, a heading row, a row a town, a 合计 row. Each sheet becomes a
block of lines, a row a line with its cells tab-separated (the cell gap every
table reader knows), so a column's heading names its cells and a row's label
keys them, as in a Word or web table. Every row has the sheet's width (empty
cells stay empty cells), so the columns stay under their headings; a sheet's own name (``2023年``,
``城关镇``) heads its block unless it is a default name (``Sheet1``).

A cell shows its value as the sheet shows it: a formula its last computed value,
a percent-formatted cell ``91.2%``, a date ``2024-03-08``. Offsets of claims from
a workbook refer to this text (``dangjian extract --dump-text`` prints it). Legacy
Excel (.xls) and WPS (.et) workbooks are converted to .xlsx by LibreOffice first,
when ``soffice`` (with its Calc part) is on the PATH.
"""
from __future__ import annotations

import datetime as _dt
import zipfile
from pathlib import Path

import regex as re

from .reader import InputError

__all__ = ["xlsx_to_text", "legacy_sheet_to_text", "cell_text"]

HINT = "install the xlsx extra to read Excel files: pip install -e '.[xlsx]' (from a checkout)"
#: sheet names a spreadsheet program gives by itself: they name nothing
_DEFAULT_SHEET = re.compile(r"(?i)^(?:sheet|工作表|表)\s*\d*$")


def xlsx_to_text(path: str | Path) -> str:
    """The text of every sheet of the workbook at ``path``, in the workbook's order."""
    try:
        import openpyxl
    except ImportError:
        raise InputError(f"an Excel file: {HINT}") from None
    try:
        book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise InputError(f"not a readable Excel (.xlsx) file ({exc.__class__.__name__})") from None
    blocks: list[str] = []
    try:
        for sheet in book.worksheets:
            rows = [_row(row) for row in sheet.iter_rows()]
            lines = _trimmed(rows)
            if not lines:
                continue
            name = str(sheet.title).strip()
            if name and not _DEFAULT_SHEET.match(name):
                lines.insert(0, name)
            blocks.append("\n".join(lines))
    finally:
        book.close()
    return "\n\n".join(blocks)


def legacy_sheet_to_text(path: str | Path) -> str:
    """An Excel 97-2003 (.xls), WPS (.et) or OpenDocument (.ods) workbook, converted to .xlsx
    by LibreOffice."""
    from .docxtext import converted
    return converted(path, "xlsx", xlsx_to_text, "save it as .xlsx or .csv")


def _row(row) -> list[str]:
    return [cell_text(getattr(c, "value", None), getattr(c, "number_format", None) or "") for c in row]


def _trimmed(rows: list[list[str]]) -> list[str]:
    """The rows as lines of one width, the sheet's used columns: a row with empty cells
    on its right (a 合计 row without a rate) keeps them, so its cells stay under their
    headings, as a CSV file's row does; an empty row inside stays a row of empty cells."""
    filled = [r for r in rows if any(r)]
    if not filled:
        return []
    left = min(next(k for k, c in enumerate(r) if c) for r in filled)
    right = max(max(k for k, c in enumerate(r) if c) for r in filled) + 1
    lines = ["\t".join(r[left:right] + [""] * (right - len(r))) for r in rows]
    first = next(k for k, r in enumerate(rows) if any(r))
    last = max(k for k, r in enumerate(rows) if any(r))
    return lines[first:last + 1]


def cell_text(value, number_format: str = "") -> str:
    """A cell's value as the sheet shows it.

    >>> cell_text(42.0), cell_text(85.5), cell_text(0.912, "0.0%"), cell_text(1263, "#,##0")
    ('42', '85.5', '91.2%', '1263')
    >>> cell_text(" 城关镇\\n(含社区) "), cell_text(None), cell_text(True)
    ('城关镇 (含社区)', '', 'TRUE')
    >>> import datetime; cell_text(datetime.datetime(2024, 3, 8))
    '2024-03-08'
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat(" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        if "%" in number_format:
            return _number(value * 100, _decimals(number_format)) + "%"
        return _number(value, None)
    # a cell's line breaks and tabs would split its row: they become spaces
    return " ".join(str(value).split())


def _decimals(number_format: str) -> int:
    """How many decimals a percent format shows (``0.0%`` → 1)."""
    m = re.search(r"\.(0+)%", number_format)
    return len(m.group(1)) if m else 0


def _number(x: float, decimals: int | None) -> str:
    if decimals is not None:
        return f"{x:.{decimals}f}"
    if isinstance(x, int) or x == int(x) and abs(x) < 1e15:
        return str(int(x))
    # (0.1 + 0.2 stored as 0.30000000000000004 shows as 0.3: at most 10 significant decimals)
    return f"{x:.10f}".rstrip("0").rstrip(".")
