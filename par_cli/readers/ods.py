"""A LibreOffice Calc workbook (.ods): its sheets' cells, from a streaming scan of content.xml.

An ods sheet writes a run of equal cells or rows once, with a repeat count: LibreOffice ends
every row with one empty cell repeated to the last column, and a sheet with an empty row repeated
to the millionth. Empty runs only move the position; a run that holds something is expanded,
and counted against the workbook's limit on cells before it is.
"""

from __future__ import annotations

from par_cli.readers.cells import (
    MAX_CELL_CHARACTERS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEETS,
    BadCell,
    DateValue,
    ErrorValue,
    Formula,
    Number,
    Sheet,
    Value,
    excel_number,
    iso_date,
    percent_of,
)
from par_cli.readers.package import Package, XmlHandler, too_large

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "
CALC = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0 "
MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

SHEET, ROW = TABLE + "table", TABLE + "table-row"
CELL, COVERED = TABLE + "table-cell", TABLE + "covered-table-cell"
SPAN_ROWS, SPAN_COLUMNS = TABLE + "number-rows-spanned", TABLE + "number-columns-spanned"
PARAGRAPH, SPACES, TAB, BREAK = TEXT + "p", TEXT + "s", TEXT + "tab", TEXT + "line-break"
ANNOTATION = OFFICE + "annotation"
NUMBERS = ("float", "currency")


def read_sheets(package: Package) -> list[Sheet]:
    package.measure(["content.xml"])
    handler = _Content(package.path)
    package.parse("content.xml", handler)
    return handler.sheets


def _repeat(attributes: dict[str, str], key: str) -> int:
    try:
        count = int(attributes.get(key, "1"))
    except ValueError:
        return 1
    return max(count, 1)


class _Content(XmlHandler):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.sheets: list[Sheet] = []
        self.sheet: Sheet | None = None
        self.row = 0
        self.column = 0
        self.row_repeat = 1
        self.row_cells: list[tuple[int, Value]] = []
        self.count = 0
        # the cell being read
        self.in_cell = 0  # depth of elements inside the cell (a nested table is the cell's)
        self.cell_attributes: dict[str, str] = {}
        self.cell_repeat = 1
        self.paragraphs: list[list[str]] = []
        self.text: list[str] | None = None
        self.length = 0
        self.annotation = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.enter()
        if self.in_cell:
            self.in_cell += 1
            self.inside(name, attributes)
        elif name in (CELL, COVERED):
            self.in_cell = 1
            self.cell_attributes = attributes
            self.cell_repeat = _repeat(attributes, TABLE + "number-columns-repeated")
            if name == CELL and (SPAN_ROWS in attributes or SPAN_COLUMNS in attributes):
                self.merge(attributes)
            self.paragraphs, self.text, self.length = [], None, 0
        elif name == ROW:
            self.row_repeat = _repeat(attributes, TABLE + "number-rows-repeated")
            self.row_cells, self.column = [], 0
        elif name == SHEET:
            if len(self.sheets) >= MAX_SHEETS:
                raise too_large(self.path, "sheets", count=len(self.sheets) + 1, max=MAX_SHEETS)
            self.sheet = Sheet(attributes.get(TABLE + "name", ""))
            self.sheets.append(self.sheet)
            self.row = 0

    def merge(self, attributes: dict[str, str]) -> None:
        """A cell spanning others (merged): the covered cells that follow it hold nothing."""
        rows, columns = _repeat(attributes, SPAN_ROWS), _repeat(attributes, SPAN_COLUMNS)
        if (rows > 1 or columns > 1) and self.sheet is not None and len(self.sheet.merged) < MAX_CELLS:
            row, column = self.row + 1, self.column + 1
            last_row, last_column = min(row + rows - 1, MAX_ROWS), min(column + columns - 1, MAX_COLUMNS)
            self.sheet.merged.append((row, column, last_row, last_column))

    def inside(self, name: str, attributes: dict[str, str]) -> None:
        """An element inside a cell: a paragraph of its text, spaces, a tab, a comment."""
        if name == ANNOTATION:
            self.annotation += 1
        elif self.annotation:
            return
        elif name == PARAGRAPH:
            self.text = []
            self.paragraphs.append(self.text)
        elif name == SPACES and self.text is not None:
            self.data(" " * min(_repeat(attributes, TEXT + "c"), MAX_CELL_CHARACTERS))
        elif name == TAB and self.text is not None:
            self.data("\t")
        elif name == BREAK and self.text is not None:
            self.data("\n")

    def end(self, name: str) -> None:
        self.depth -= 1
        if self.in_cell > 1:
            self.in_cell -= 1
            if name == ANNOTATION:
                self.annotation -= 1
            elif name == PARAGRAPH:
                self.text = None
            return
        if self.in_cell == 1:
            self.in_cell = 0
            self.end_cell()
        elif name == ROW:
            self.end_row()
        elif name == SHEET:
            self.sheet = None

    def data(self, text: str) -> None:
        if self.text is not None and not self.annotation:
            self.length += len(text)
            if self.length > MAX_CELL_CHARACTERS:
                raise too_large(self.path, "text", max=MAX_CELL_CHARACTERS)
            self.text.append(text)

    def end_cell(self) -> None:
        value = self.value()
        repeat = self.cell_repeat
        if value is not None:
            repeat = min(repeat, MAX_COLUMNS - self.column)
            self.count += repeat * self.row_repeat
            if self.count > MAX_CELLS:
                raise too_large(self.path, "cells", max=MAX_CELLS)
            self.row_cells.extend((self.column + 1 + offset, value) for offset in range(repeat))
        self.column += self.cell_repeat

    def end_row(self) -> None:
        if self.row_cells and self.sheet is not None:
            if self.row + self.row_repeat > MAX_ROWS:
                raise too_large(self.path, "rows", max=MAX_ROWS)
            for offset in range(self.row_repeat):
                self.sheet.rows[self.row + 1 + offset] = dict(self.row_cells)
        self.row += self.row_repeat
        self.row_cells = []

    def value(self) -> Value | None:
        """The cell's value, from its value type, its stored value, its formula and its text."""
        attributes = self.cell_attributes
        kind = attributes.get(OFFICE + "value-type")
        text = "\n".join("".join(paragraph) for paragraph in self.paragraphs)
        if attributes.get(CALC + "value-type") == "error":  # a formula's error: #DIV/0! as its text
            return ErrorValue(text[:20] or "#?")
        if kind is None:
            formula = attributes.get(TABLE + "formula")
            if formula is not None:
                return Formula(formula[:200])
            return text or None
        if kind in NUMBERS or kind == "percentage":
            stored = attributes.get(OFFICE + "value")
            if stored is None:
                return BadCell("cell.number_text", text[:20])
            number = excel_number(stored)
            if kind == "percentage" and isinstance(number, Number):
                return percent_of(number)
            return number
        if kind == "boolean":
            flag = attributes.get(OFFICE + "boolean-value", "")
            if flag not in ("true", "false"):
                return BadCell("cell.boolean", flag[:20])
            return flag == "true"
        if kind == "string":
            return attributes.get(OFFICE + "string-value", text) or None
        if kind in ("date", "time"):  # its text, as the sheet shows it, and the date it stands for
            stored = attributes.get(OFFICE + "date-value", "")
            shown = text or stored or attributes.get(OFFICE + "time-value", "")
            return DateValue(iso_date(stored), shown[:40])
        return text or None
