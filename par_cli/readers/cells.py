"""What a workbook's cells hold, the same whatever the format, and the limits every workbook is read within.

Each format's scanner (`xlsx`, `ods`, `xls`) turns its file into `Sheet`s of plain cell values:
text (str), a number (the text of a decimal, read as Excel shows it), True/False, or one of the
few cells that need a word of their own (a percentage, a formula without a value, an error value,
a cell whose stored value contradicts its type). `sheets.py` then reads scores from them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

# Limits, generous for a real office workbook (a national plan of 100,000 criteria, a row each,
# twenty columns), checked before anything is built from what the file declares.
MAX_ROWS = 1_048_576  # Excel's own sheet: rows 1 to 1,048,576 ...
MAX_COLUMNS = 16_384  # ... and columns A to XFD
MAX_CELLS = 2_000_000  # cells read in the whole workbook (100,000 rows of 20 columns)
MAX_SHARED_STRINGS = 1_000_000  # distinct texts of an xlsx workbook
MAX_SHARED_CHARACTERS = 128 * 1024 * 1024  # their characters, all together
MAX_CELL_CHARACTERS = 32_767  # Excel's own limit for one cell's text
MAX_ZIP_ENTRIES = 1_000  # files in an xlsx or ods zip (a real one holds tens)
MAX_PART_BYTES = 256 * 1024 * 1024  # one file of the zip, decompressed
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # every file read from the zip, decompressed, all together
MAX_RATIO = 100  # decompressed / compressed, past the first RATIO_FLOOR bytes of a file
RATIO_FLOOR = 16 * 1024 * 1024
MAX_XML_DEPTH = 64  # elements inside elements (a sheet is 5 deep)
MAX_TAGS = 16_000_000  # XML tags in the files read (100,000 rows of 20 cells: about 8,000,000)
MAX_SHEETS = 1_000

SIGNIFICANT = 15  # the digits Excel shows of a stored double


class Percent(NamedTuple):
    """A number shown as a percentage (0.783 shown as 78.3 %): ``percent`` is the text of 78.3."""

    percent: str


class Formula(NamedTuple):
    """A formula with no value stored (a file written by a program that does not compute)."""

    formula: str


class ErrorValue(NamedTuple):
    """A cell showing an error (#DIV/0!, #N/A, #VALUE!)."""

    error: str


class BadCell(NamedTuple):
    """A cell whose stored value contradicts its own type: ``kind`` names the contradiction
    (a catalogue key under ``cell.``), ``text`` what it holds."""

    kind: str
    text: str


class DateValue(NamedTuple):
    """A cell that holds a date or a time (a number formatted as one, or a date cell): a score
    typed with a separator the sheet takes for a date's becomes one. ``day`` is the
    date, when the cell holds one; ``text``, the value as the sheet shows it, or as ISO 8601."""

    day: date | None
    text: str


Value = str | bool | Percent | Formula | ErrorValue | BadCell | DateValue


@dataclass
class Sheet:
    """A sheet's cells that hold something: ``rows[row][column]``, both 1-based."""

    name: str
    rows: dict[int, dict[int, Value]] = field(default_factory=dict)
    # Merged ranges, (first row, first column, last row, last column), 1-based: only the first
    # cell of one holds a value, so one over a criterion's input cells loses what the rest held.
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)


class Number(str):
    """The text of a number a cell stored (as opposed to text typed in it): "6.928", "2"."""

    __slots__ = ()


_INTEGER = re.compile(r"-?[0-9]{1,15}", re.ASCII)


@lru_cache(maxsize=8192)
def excel_number(text: str) -> Number | BadCell:
    """A stored number's text as Excel shows it: at most 15 significant digits, so that
    0.30000000000000004 (=0.1+0.2) is 0.3 and 6.92799999999999 is 6.928; whole numbers stay whole.
    Never through Decimal(float): the double's binary noise never becomes decimals."""
    text = text.strip()
    if _INTEGER.fullmatch(text):
        return Number(text.lstrip("-") if text.strip("-0") == "" else text)
    try:
        double = float(text)
    except ValueError:
        return BadCell("cell.number_text", text)
    return number_of(double)


def number_of(double: float) -> Number | BadCell:
    """A double as Excel shows it (see excel_number); nan and infinity are no number."""
    if not math.isfinite(double):
        return BadCell("cell.not_finite", repr(double))
    shown = Decimal(format(double, f".{SIGNIFICANT}g"))
    return Number(_plain(shown))


def percent_of(number: Number) -> Percent:
    """A number shown as a percentage: 0.783 is 78.3 (%), exactly, from the number as shown."""
    return Percent(_plain(Decimal(number) * 100))


def _plain(value: Decimal) -> str:
    if value.is_zero():
        return "0"
    try:
        text = format(value.normalize(), "f")
    except InvalidOperation:  # pragma: no cover - a finite Decimal always formats
        return str(value)
    return text


@lru_cache(maxsize=1024)
def column_letter(column: int) -> str:
    """The letters of a 1-based column: 1 is A, 28 is AB, 16384 is XFD."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_LETTERS = re.compile(r"[A-Z]{1,3}", re.ASCII)
_COLUMN_OF: dict[str, int] = {}  # "AB" → 28, filled as references are read (16,384 at most)


def parse_reference(text: str) -> tuple[int, int] | None:
    """(row, column) of a cell reference such as "E12", both 1-based; None if it is none, or if it
    lies outside a sheet (beyond XFD or row 1,048,576). Runs for every cell: kept lean."""
    letters = text.rstrip("0123456789")
    digits = text[len(letters) :]
    column = _COLUMN_OF.get(letters)
    if column is None:
        if not _LETTERS.fullmatch(letters):
            return None
        column = 0
        for letter in letters:
            column = column * 26 + ord(letter) - 64
        if column > MAX_COLUMNS:
            return None
        _COLUMN_OF[letters] = column
    if not digits or len(digits) > 7 or not digits.isdigit() or not digits.isascii():
        return None
    row = int(digits)
    if not 1 <= row <= MAX_ROWS:
        return None
    return row, column


def is_percent_format(code: str) -> bool:
    """Whether a number format shows its number as a percentage: a % outside quotes and escapes
    (``0.0%``, ``0.00" %"`` is not one: its % is quoted text)."""
    quoted = escaped = False
    for character in code:
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == '"':
            quoted = not quoted
        elif character == "%" and not quoted:
            return True
    return False


# Excel's built-in number formats that show a date or a time (ECMA-376, 18.8.30): m-d-yy,
# d-mmm-yy, d-mmm, mmm-yy, h:mm AM/PM, h:mm:ss AM/PM, h:mm, h:mm:ss, m/d/yy h:mm, mm:ss,
# [h]:mm:ss, mm:ss.0.
DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})


def is_date_format(code: str) -> bool:
    """Whether a number format shows its number as a date or a time: a d, m, y, h or s outside
    quotes, escapes and brackets ([Red], [$-409]; but [h] and [mm] are elapsed time)."""
    quoted = escaped = skip = False
    bracket: list[str] | None = None
    for character in code:
        if escaped or skip:
            escaped = skip = False
        elif bracket is not None:
            if character == "]":
                if bracket and set("".join(bracket).lower()) <= set("hms"):
                    return True
                bracket = None
            else:
                bracket.append(character)
        elif quoted:
            quoted = character != '"'
        elif character == "\\":
            escaped = True
        elif character in "_*":  # padding as wide as, or repeating, the next character
            skip = True
        elif character == '"':
            quoted = True
        elif character == "[":
            bracket = []
        elif character in "dmyhsDMYHS" and code.strip().lower() != "general":
            return True
    return False


def date_of(serial: str, date1904: bool = False) -> DateValue | None:
    """The date an Excel serial number stands for (45293 is 2 January 2024; day 1 is 1 January
    1900, and Excel counts a 29 February 1900 that never was); None if it is no number."""
    try:
        number = float(serial)
    except ValueError:
        return None
    if not math.isfinite(number) or not 0 <= number < 2_958_466:  # up to 31 December 9999
        return None
    days = int(number)
    if days < 1:  # a time of day alone
        return DateValue(None, _time_text(number))
    if date1904:
        day = date(1904, 1, 1) + timedelta(days=days)
    else:
        day = date(1899, 12, 31 if days < 60 else 30) + timedelta(days=days)
    return DateValue(day, day.isoformat())


def _time_text(number: float) -> str:
    seconds = round(number * 86_400)
    return time_text(seconds // 3600, seconds % 3600 // 60, seconds % 60)


def time_text(hours: int, minutes: int, seconds: int) -> str:
    """A time of day as a sheet shows it: 12:30, or 12:30:15."""
    return f"{hours:02}:{minutes:02}" + (f":{seconds:02}" if seconds else "")


def iso_date(text: str) -> date | None:
    """The date of an ISO 8601 value (2024-01-02, or 2024-01-02T10:30:00); None if it is none."""
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
