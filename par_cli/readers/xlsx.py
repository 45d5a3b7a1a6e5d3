"""An Excel workbook (.xlsx, .xlsm): its sheets' cells, from a streaming scan of the zip's XML.

Read here rather than by a library, because what decides a score is exactly what libraries drop
or build too eagerly: whether a formula has a stored value, whether a number is formatted as a
percentage, and how many cells the file really holds (never the dimension it declares). Cells
are kept sparse, so a lone cell at XFD1048576 costs what any cell costs.
"""

from __future__ import annotations

import posixpath

from par_cli.readers.cells import (
    DATE_FORMATS,
    MAX_CELL_CHARACTERS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHARED_CHARACTERS,
    MAX_SHARED_STRINGS,
    MAX_SHEETS,
    MAX_XML_DEPTH,
    BadCell,
    DateValue,
    ErrorValue,
    Formula,
    Number,
    Sheet,
    Value,
    date_of,
    excel_number,
    is_date_format,
    is_percent_format,
    iso_date,
    parse_reference,
    percent_of,
)
from par_cli.readers.package import Package, XmlHandler, damaged, too_large

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main "
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main "
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships "
REL_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships id"
STRICT_REL_ID = "http://purl.oclc.org/ooxml/officeDocument/relationships id"
PERCENT_FORMATS = frozenset({9, 10})  # Excel's built-in 0% and 0.00%


_LOCAL = {
    namespace + local: local
    for namespace in (MAIN, STRICT)
    for local in (
        "c",
        "v",
        "f",
        "t",
        "is",
        "rPh",
        "row",
        "si",
        "sheet",
        "numFmt",
        "cellXfs",
        "xf",
        "sst",
        "mergeCell",
    )
}


def _local(name: str) -> str:
    """``sheet`` of ``namespace sheet``, for the main namespace (transitional or strict) only."""
    if name.startswith(MAIN):
        return name[len(MAIN) :]
    if name.startswith(STRICT):
        return name[len(STRICT) :]
    return ""


def read_sheets(package: Package) -> list[Sheet]:
    """Every worksheet of the workbook, in the order of its tabs."""
    workbook = _office_document(package)
    folder = posixpath.dirname(workbook)
    relations = _relationships(
        package, posixpath.join(folder, "_rels", posixpath.basename(workbook) + ".rels")
    )
    listing = _Workbook()
    package.parse(workbook, listing)
    if len(listing.sheets) > MAX_SHEETS:
        raise too_large(package.path, "sheets", count=len(listing.sheets), max=MAX_SHEETS)
    parts: list[tuple[str, str]] = []
    for name, relation in listing.sheets:
        kind, target = relations.get(relation, ("", ""))
        if kind.endswith("/worksheet"):
            parts.append((name, _resolve(folder, target)))
    shared = [
        p
        for k, t in relations.values()
        if k.endswith("/sharedStrings") and package.has(p := _resolve(folder, t))
    ]
    styles = [
        p for k, t in relations.values() if k.endswith("/styles") and package.has(p := _resolve(folder, t))
    ]
    package.measure([*shared[:1], *styles[:1], *(part for _, part in parts)], *shared[:1])
    percent_styles: frozenset[str] = frozenset()
    date_styles: frozenset[str] = frozenset()
    if styles:
        style_handler = _Styles()
        package.parse(styles[0], style_handler)
        percent_styles = style_handler.percent()
        date_styles = style_handler.dates()
    strings: list[str] = []
    if shared:
        strings_handler = _SharedStrings(package.path)
        package.parse(shared[0], strings_handler)
        strings = strings_handler.strings
    counter = [0]
    sheets = []
    for name, part in parts:
        sheet = Sheet(name)
        handler = _SheetHandler(sheet, strings, percent_styles, counter, package.path)
        handler.dates, handler.date1904 = date_styles, listing.date1904
        package.parse(part, handler)
        sheets.append(sheet)
    return sheets


def _office_document(package: Package) -> str:
    relations = _relationships(package, "_rels/.rels")
    for kind, target in relations.values():
        if kind.endswith("/officeDocument"):
            return target.lstrip("/")
    return "xl/workbook.xml"


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target))


def _relationships(package: Package, name: str) -> dict[str, tuple[str, str]]:
    """Id → (type, target) of a relationships file; none if the file is absent."""
    if not package.has(name):
        return {}
    handler = _Relationships()
    package.parse(name, handler)
    return handler.found


class _Relationships(XmlHandler):
    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, tuple[str, str]] = {}

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.enter()
        if name == RELATIONSHIPS + "Relationship" and len(self.found) < 10_000:
            self.found[attributes.get("Id", "")] = (attributes.get("Type", ""), attributes.get("Target", ""))


class _Workbook(XmlHandler):
    def __init__(self) -> None:
        super().__init__()
        self.sheets: list[tuple[str, str]] = []
        self.date1904 = False  # dates counted from 1904 (old Excel for Mac), not from 1900

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.enter()
        local = _local(name)
        if local == "sheet" and len(self.sheets) <= MAX_SHEETS:
            relation = attributes.get(REL_ID) or attributes.get(STRICT_REL_ID) or ""
            self.sheets.append((attributes.get("name", ""), relation))
        elif local == "workbookPr":
            self.date1904 = attributes.get("date1904", "").strip().lower() in ("1", "true")


class _Styles(XmlHandler):
    """Which cell styles (``s``) show numbers as percentages, and which as dates or times."""

    def __init__(self) -> None:
        super().__init__()
        self.custom: set[int] = set()
        self.custom_dates: set[int] = set()
        self.defined: set[int] = set()  # every format the file defines itself
        self.formats: list[int] = []
        self.in_cell_formats = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.enter()
        local = _local(name)
        if local == "numFmt":
            code = attributes.get("formatCode", "")
            self.defined.add(_int(attributes.get("numFmtId")))
            if is_percent_format(code):
                self.custom.add(_int(attributes.get("numFmtId")))
            elif is_date_format(code):
                self.custom_dates.add(_int(attributes.get("numFmtId")))
        elif local == "cellXfs":
            self.in_cell_formats = True
        elif local == "xf" and self.in_cell_formats and len(self.formats) < 100_000:
            self.formats.append(_int(attributes.get("numFmtId")))

    def end(self, name: str) -> None:
        self.depth -= 1
        if _local(name) == "cellXfs":
            self.in_cell_formats = False

    def percent(self) -> frozenset[str]:
        shown = PERCENT_FORMATS | self.custom
        return frozenset(str(index) for index, code in enumerate(self.formats) if code in shown)

    def dates(self) -> frozenset[str]:
        shown = (DATE_FORMATS - self.defined) | self.custom_dates  # a built-in id a file redefines is its own
        return frozenset(str(index) for index, code in enumerate(self.formats) if code in shown)


def _int(text: str | None) -> int:
    try:
        return int(text or "")
    except ValueError:
        return -1


class _SharedStrings(XmlHandler):
    """The workbook's texts, in order; the text of a phonetic guide (rPh) is not the cell's."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.strings: list[str] = []
        self.parts: list[str] | None = None
        self.collecting = False
        self.phonetic = 0
        self.length = 0
        self.total = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.enter()
        local = _local(name)
        if local == "si":
            self.parts, self.length = [], 0
            if len(self.strings) >= MAX_SHARED_STRINGS:
                raise too_large(self.path, "shared", max=MAX_SHARED_STRINGS)
        elif local == "t" and not self.phonetic and self.parts is not None:
            self.collecting = True
        elif local == "rPh":
            self.phonetic += 1
        elif local == "sst":
            declared = _int(attributes.get("uniqueCount"))
            if declared > MAX_SHARED_STRINGS:
                raise too_large(self.path, "shared", max=MAX_SHARED_STRINGS)

    def end(self, name: str) -> None:
        self.depth -= 1
        local = _local(name)
        if local == "t":
            self.collecting = False
        elif local == "rPh":
            self.phonetic -= 1
        elif local == "si" and self.parts is not None:
            self.strings.append("".join(self.parts))
            self.parts = None

    def data(self, text: str) -> None:
        if self.collecting and self.parts is not None:
            self.length += len(text)
            self.total += len(text)
            if self.length > MAX_CELL_CHARACTERS:
                raise too_large(self.path, "text", max=MAX_CELL_CHARACTERS)
            if self.total > MAX_SHARED_CHARACTERS:
                raise too_large(self.path, "shared_text", max=MAX_SHARED_CHARACTERS >> 20)
            self.parts.append(text)


class _SheetHandler(XmlHandler):
    """One worksheet's cells, as values (see cells.py); the rest of the sheet is skipped."""

    def __init__(
        self, sheet: Sheet, strings: list[str], percent: frozenset[str], counter: list[int], path: str
    ) -> None:
        super().__init__()
        self.sheet, self.strings, self.percent, self.counter, self.path = (
            sheet,
            strings,
            percent,
            counter,
            path,
        )
        self.row = 0
        self.column = 0
        self.reference = ""
        self.kind = "n"
        self.style: str | None = None
        self.value: list[str] | None = None
        self.formula: list[str] | None = None
        self.inline: list[str] | None = None
        self.target: list[str] | None = None  # where character data goes
        self.length = 0
        self.phonetic = 0
        self.row_number = 0  # the row whose cells row_cells holds
        self.row_cells: dict[int, Value] = {}
        self.dates: frozenset[str] = frozenset()  # the styles that show a number as a date or time
        self.date1904 = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1  # enter(), inline: this runs for every element of every sheet
        if self.depth > MAX_XML_DEPTH:
            self.enter()
        local = _LOCAL.get(name)
        if local == "c":
            self.cell(attributes)
        elif local == "v":
            self.value = self.target = []
        elif local == "f":
            self.formula = self.target = []
        elif local == "t":
            if self.inline is not None and not self.phonetic:
                self.target = self.inline
        elif local == "is":
            self.inline = []
        elif local == "rPh":
            self.phonetic += 1
        elif local == "row":
            number = attributes.get("r")
            self.row = _int(number) if number is not None else self.row + 1
            if not 1 <= self.row <= MAX_ROWS:
                raise damaged(self.path, "row", sheet=self.sheet.name, row=number or "")
            self.column = 0
        elif local == "mergeCell":
            self.merge(attributes.get("ref", ""))

    def merge(self, reference: str) -> None:
        """A merged range (``E8:E9``); one that is no range of the sheet is left out, as Excel
        itself drops it."""
        first, _, last = reference.partition(":")
        start, end = parse_reference(first), parse_reference(last or first)
        if start is not None and end is not None and len(self.sheet.merged) < MAX_CELLS:
            rows, columns = sorted((start[0], end[0])), sorted((start[1], end[1]))
            self.sheet.merged.append((rows[0], columns[0], rows[1], columns[1]))

    def cell(self, attributes: dict[str, str]) -> None:
        self.counter[0] += 1
        if self.counter[0] > MAX_CELLS:
            raise too_large(self.path, "cells", max=MAX_CELLS)
        reference = attributes.get("r")
        if reference is not None:
            place = parse_reference(reference)
            if place is None:
                raise damaged(self.path, "reference", sheet=self.sheet.name, reference=reference[:20])
            self.row, self.column = place
        else:
            self.column += 1
            if self.column > MAX_COLUMNS or self.row < 1:
                raise damaged(self.path, "reference", sheet=self.sheet.name, reference=f"R{self.row}")
        self.kind = attributes.get("t", "n")
        self.style = attributes.get("s")
        self.value = self.formula = self.inline = self.target = None
        self.length = 0

    def end(self, name: str) -> None:
        self.depth -= 1
        local = _LOCAL.get(name)
        if local == "c":
            value = self.finish()
            if value is not None:
                if self.row != self.row_number:
                    self.row_number = self.row
                    self.row_cells = self.sheet.rows.setdefault(self.row, {})
                self.row_cells[self.column] = value
            self.value = self.formula = self.inline = self.target = None
        elif local == "v" or local == "f" or local == "t":
            self.target = None
        elif local == "rPh":
            self.phonetic -= 1

    def data(self, text: str) -> None:
        if self.target is not None:
            self.length += len(text)
            if self.length > MAX_CELL_CHARACTERS:
                raise too_large(self.path, "text", max=MAX_CELL_CHARACTERS)
            self.target.append(text)

    def finish(self) -> Value | None:
        """The cell's value, from its type (``t``), stored value, formula and style."""
        kind = self.kind
        stored = None if self.value is None else "".join(self.value)
        if kind == "inlineStr":
            return "".join(self.inline) if self.inline is not None else None
        if not stored:
            # t="str" with an empty <v>: a formula whose text result is "" (=IF(A1="";"";A1));
            # with no value at all, or an empty number, the formula was never computed.
            if self.formula is not None and not (kind == "str" and self.value is not None):
                return Formula("=" + ("".join(self.formula)[:200] or "…"))
            return None
        if kind == "n":
            number = excel_number(stored)
            if isinstance(number, Number) and self.style in self.percent:
                return percent_of(number)
            if isinstance(number, Number) and self.style in self.dates:
                return date_of(number, self.date1904) or number
            return number
        if kind == "s":
            index = _int(stored.strip()) if stored.strip().isdigit() else -1
            if not 0 <= index < len(self.strings):
                return BadCell("cell.shared_index", stored[:20])
            return self.strings[index]
        if kind == "d":  # an ISO 8601 date (strict Open XML); one that is none stays text
            day = iso_date(stored)
            return DateValue(day, day.isoformat()) if day is not None else stored
        if kind == "str":
            return stored
        if kind == "b":
            flag = stored.strip()
            return flag == "1" if flag in ("0", "1") else BadCell("cell.boolean", stored[:20])
        if kind == "e":
            return ErrorValue(stored.strip()[:20])
        return BadCell("cell.type", kind[:20])
