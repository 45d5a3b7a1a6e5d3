"""An Excel 97–2003 workbook (.xls): its sheets' cells, read by python-calamine once the file is
known to be safe for it.

calamine trusts the file: it reserves room for the rows × columns a DIMENSIONS record declares,
for the strings the shared-string table declares, and for every cell between the first and the
last cell of a sheet, and it indexes records without checking their length. A few bytes can so
make it ask for hundreds of gigabytes (the process is killed, nothing can catch it) or panic.
So every record calamine reads is first walked here, in one pass over the Workbook stream: the
declared sizes, the extent of each sheet's cells and the lengths of the records are checked
against the limits, and the percentage-formatted and error cells, which calamine gives as plain
numbers, are noted. calamine then reads only a file that passed.
"""

from __future__ import annotations

import io
import struct
from datetime import date, datetime, time, timedelta
from typing import Any

from par_cli.core.problems import Code, DataError, Where
from par_cli.readers.cells import (
    MAX_CELLS,
    MAX_SHARED_STRINGS,
    BadCell,
    DateValue,
    ErrorValue,
    Number,
    Sheet,
    Value,
    is_percent_format,
    number_of,
    percent_of,
    time_text,
)
from par_cli.readers.ole import Compound
from par_cli.readers.package import damaged, too_large

BIFF8_COLUMNS = 256
BIFF_ROWS = 65_536
# Records and their least length, as calamine reads them without checking.
_LEAST = {
    0x0809: 4,  # BOF
    0x0085: 8,  # BoundSheet8
    0x00FC: 8,  # SST
    0x041E: 3,  # Format
    0x00E0: 4,  # XF
    0x0042: 2,  # CodePage
    0x0022: 2,  # Date1904
    0x002F: 2,  # FilePass
    0x0017: 2,  # ExternSheet
    0x0018: 14,  # Lbl
    0x0200: 10,  # Dimensions
    0x0203: 14,  # Number
    0x027E: 10,  # RK
    0x00BD: 6,  # MulRk
    0x00FD: 10,  # LabelSst
    0x0204: 8,  # Label
    0x0205: 8,  # BoolErr
    0x0006: 20,  # Formula
    0x00E5: 2,  # MergeCells
}
_CELLS = (0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6, 0x0201)
_ERRORS = {
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
}
_PERCENT_FORMATS = frozenset({9, 10})


def workbook_stream(compound: Compound) -> bytes:
    for name in ("Workbook", "Book"):
        if name in compound.streams:
            return compound.stream(name)
    raise compound.broken()


def read_sheets(raw: bytes, compound: Compound, path: str) -> list[Sheet]:
    try:
        stream = workbook_stream(compound)
        walk = _Walk(stream, path)
        walk.run()
    except (struct.error, IndexError, ValueError, KeyError):
        raise damaged(path, "xls") from None
    return _values(raw, walk, path)


class _Walk:
    """One pass over the records: limits, and the cells calamine will not tell apart."""

    def __init__(self, stream: bytes, path: str) -> None:
        self.stream, self.path = stream, path
        self.positions: dict[int, int] = {}  # a sheet's BOF offset → its index
        self.sheet = -1
        self.strings = 0
        self.custom_percent: set[int] = set()
        self.formats: list[int] = []
        self.special: dict[tuple[int, int, int], str] = {}  # (sheet, row, column) → "%" or an error
        self.extent: dict[int, list[int]] = {}
        self.cells = 0
        self.biff8 = True

    def run(self) -> None:
        stream = self.stream
        at = 0
        end = len(stream)
        while at + 4 <= end:
            kind, size = struct.unpack_from("<HH", stream, at)
            data = stream[at + 4 : at + 4 + size]
            if len(data) < size:
                raise damaged(self.path, "xls")
            if len(data) < _LEAST.get(kind, 0):
                raise damaged(self.path, "xls")
            self.record(kind, data, at)
            at += 4 + size
        area = sum((e[1] + 1) * (e[3] + 1) for e in self.extent.values())
        if area > MAX_CELLS:
            raise too_large(self.path, "cells", max=MAX_CELLS)

    def record(self, kind: int, data: bytes, at: int) -> None:
        if kind == 0x0809:
            self.sheet = self.positions.get(at, -1)
            if at == 0:  # the workbook's own BOF: its version (0x0600 is BIFF8, Excel 97 on)
                self.biff8 = struct.unpack_from("<H", data)[0] == 0x0600
        elif kind == 0x0085:
            if data[4] & 0x3F not in (0, 1, 2) or data[5] not in (0, 1, 2, 6):
                raise damaged(self.path, "xls")
            self.positions[struct.unpack_from("<I", data)[0]] = len(self.positions)
        elif kind == 0x002F and struct.unpack_from("<H", data)[0] != 0:
            raise DataError.at(Code.WORKBOOK_ENCRYPTED, Where(self.path))
        elif kind == 0x00FC:
            unique = struct.unpack_from("<i", data, 4)[0]
            if unique < 0:
                raise damaged(self.path, "xls")
            if unique > MAX_SHARED_STRINGS or unique > len(self.stream) // 3:
                raise too_large(self.path, "shared", max=MAX_SHARED_STRINGS)
            self.strings = unique
        elif kind == 0x041E:
            self.format(data)
        elif kind == 0x00E0:
            self.formats.append(struct.unpack_from("<H", data, 2)[0])
        elif kind == 0x0018:
            cce = struct.unpack_from("<H", data, 4)[0]
            if cce > len(data) - 14:
                raise damaged(self.path, "xls")
        elif kind == 0x0200:
            self.dimensions(data)
        elif kind == 0x00E5:
            if len(data) < 2 + 8 * struct.unpack_from("<H", data)[0]:
                raise damaged(self.path, "xls")
        elif kind == 0x00BD:
            row, first = struct.unpack_from("<HH", data)
            last = struct.unpack_from("<H", data, len(data) - 2)[0]
            if last < first or len(data) != 6 + 6 * (last - first + 1):
                raise damaged(self.path, "xls")
            for column in range(first, last + 1):
                style = struct.unpack_from("<H", data, 4 + 6 * (column - first))[0]
                self.cell(row, column, style)
        elif kind == 0x00BE:  # MulBlank: cells of no value, not read
            return
        elif kind in _CELLS:
            row, column, style = struct.unpack_from("<HHH", data)
            self.cell(row, column, style if kind in (0x0203, 0x027E, 0x0006) else -1)
            if kind == 0x0205:  # BoolErr: calamine refuses an unknown error, so the whole file
                if data[7] not in (0, 1) or (data[7] == 1 and data[6] not in _ERRORS):
                    raise damaged(self.path, "xls")
                if data[7] == 1:
                    self.special[(self.sheet, row, column)] = _ERRORS[data[6]]
            elif kind == 0x0006 and data[6] == 2 and data[12:14] == b"\xff\xff":
                self.special[(self.sheet, row, column)] = _ERRORS.get(data[8], "#?")
            elif kind == 0x00FD and struct.unpack_from("<I", data, 6)[0] >= self.strings:
                self.special[(self.sheet, row, column)] = "sst"

    def cell(self, row: int, column: int, style: int) -> None:
        if column >= BIFF8_COLUMNS:
            raise damaged(self.path, "xls")
        self.cells += 1
        if self.cells > MAX_CELLS:
            raise too_large(self.path, "cells", max=MAX_CELLS)
        extent = self.extent.setdefault(self.sheet, [0, 0, 0, 0])
        extent[1] = max(extent[1], row)
        extent[3] = max(extent[3], column)
        if 0 <= style < len(self.formats):
            code = self.formats[style]
            if code in _PERCENT_FORMATS or code in self.custom_percent:
                self.special.setdefault((self.sheet, row, column), "%")

    def dimensions(self, data: bytes) -> None:
        if len(data) >= 14:
            first, last, first_column, last_column = struct.unpack_from("<IIHH", data)
        else:
            first, last, first_column, last_column = struct.unpack_from("<HHHH", data)
        if last > BIFF_ROWS or last_column > BIFF8_COLUMNS or first > last or first_column > last_column:
            raise damaged(self.path, "xls")
        if (last - first) * (last_column - first_column) > MAX_CELLS:
            raise too_large(self.path, "cells", max=MAX_CELLS)

    def format(self, data: bytes) -> None:
        """A number format: its text says whether it shows a percentage. BIFF8 writes the text as
        a Unicode string (a count of characters, a flag, then 1 or 2 bytes each); BIFF5 as bytes."""
        code = struct.unpack_from("<H", data)[0]
        if self.biff8 and len(data) >= 5:
            count, flags = struct.unpack_from("<HB", data, 2)
            body = data[5:]
            text = (
                body[: 2 * count].decode("utf-16-le", "replace")
                if flags & 1
                else body[:count].decode("latin-1")
            )
        else:
            text = data[3 : 3 + data[2]].decode("latin-1")
        if is_percent_format(text):
            self.custom_percent.add(code)


def _values(raw: bytes, walk: _Walk, path: str) -> list[Sheet]:
    from python_calamine import CalamineWorkbook  # imported here: only an .xls needs it

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(raw))
        sheets = []
        for index, name in enumerate(book.sheet_names):
            found = book.get_sheet_by_index(index)
            sheet = _sheet(str(name), index, found.to_python(skip_empty_area=False), walk)
            sheet.merged = _merged(found)
            sheets.append(sheet)
        return sheets
    except BaseException as error:  # calamine's panics are BaseExceptions; nothing else is ours
        if isinstance(error, KeyboardInterrupt | SystemExit | MemoryError):
            raise
        if "Password" in type(error).__name__:
            raise DataError.at(Code.WORKBOOK_ENCRYPTED, Where(path)) from None
        raise damaged(path, "xls") from None


def _merged(sheet: Any) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges, 1-based (calamine gives ((row, column), (row, column)) from 0)."""
    ranges = getattr(sheet, "merged_cell_ranges", None) or []
    return [(r1 + 1, c1 + 1, r2 + 1, c2 + 1) for (r1, c1), (r2, c2) in ranges]


def _sheet(name: str, index: int, rows: list[list[Any]], walk: _Walk) -> Sheet:
    sheet = Sheet(name)
    for row_index, row in enumerate(rows):
        cells: dict[int, Value] = {}
        for column_index, value in enumerate(row):
            special = walk.special.get((index, row_index, column_index))
            if special is not None and special.startswith("#"):  # calamine gives an error as ""
                cells[column_index + 1] = ErrorValue(special)
            elif value != "" and value is not None:
                cells[column_index + 1] = _value(value, special)
        if cells:
            sheet.rows[row_index + 1] = cells
    for (at, number, column), mark in walk.special.items():
        if at == index and mark == "sst":  # an index past the shared strings: calamine gives nothing
            sheet.rows.setdefault(number + 1, {})[column + 1] = BadCell("cell.shared_index", "")
    return sheet


def _value(value: Any, special: str | None) -> Value:
    if isinstance(value, bool):
        return value
    if isinstance(value, date | time | timedelta):  # calamine reads a date-formatted number as one
        if isinstance(value, time):
            return DateValue(None, time_text(value.hour, value.minute, value.second))
        if isinstance(value, date):
            day = value.date() if isinstance(value, datetime) else value
            return DateValue(day, day.isoformat())
        return DateValue(None, str(value))  # a duration ([h]:mm)
    if isinstance(value, int):
        number: Any = Number(str(value))
    elif isinstance(value, float):
        number = number_of(value)
    else:
        return str(value)
    if special == "%" and isinstance(number, Number):
        return percent_of(number)
    return number  # type: ignore[no-any-return]
