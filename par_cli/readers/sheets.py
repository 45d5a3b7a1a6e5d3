"""Scores from a workbook (.xlsx, .xlsm, .xls, .ods), read as a scores file would be, with each
value's cell.

Offices fill in scores in Excel or LibreOffice. The workbook `par template --format xlsx` writes
(or any workbook with the same columns, found by their headers, in either language, in any order,
on any sheet) is read into the same plain data as a YAML scores file, so that it is checked and
merged the same way; each problem then names its cell (``scores.xlsx:Điểm!E12``). The format is
told by the file's content, never by its name. A stored number is read as Excel shows it (15
significant digits: 0.30000000000000004 is 0.3); a decimal comma typed as text ("6,928") is read
as in a YAML file. A percentage-formatted score of a survey criterion is its published percent.

Every problem of the workbook is found in one read: a cell that cannot be read is reported and
left out, and the rest is read and checked as usual. Only a workbook that cannot be read at all
(not a workbook, damaged, beyond the limits of ``cells.py``) stops at once.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

from par_cli.core.problems import Code, DataError, Problem, Term, Where
from par_cli.readers.cells import (
    BadCell,
    DateValue,
    ErrorValue,
    Formula,
    Number,
    Percent,
    Sheet,
    Value,
    column_letter,
)
from par_cli.readers.ole import SIGNATURE as OLE
from par_cli.readers.text_tables import looks_like_csv
from par_cli.readers.yamlsource import Source

ZIP = b"PK\x03\x04"
EMPTY_ZIP = b"PK\x05\x06"

# The headers each column is known by, in both languages (the template writes the first ones).
HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "stt", "mã", "mã tiêu chí"),
    "score": ("score", "điểm tự đánh giá", "điểm"),
    "percent": ("percent", "percent (%)", "tỷ lệ (%)", "tỷ lệ"),
    "evidence": ("evidence", "tài liệu kiểm chứng"),
    "explanation": ("explanation", "giải trình"),
    "not_applicable": ("not applicable", "không áp dụng (lý do)", "không áp dụng"),
    # The council's final appraisal (lần 2): "Appraised" in forms written before the rounds
    "appraised": ("appraised", "điểm thẩm định", "final appraisal", "điểm thẩm định lần 2"),
    "evidence_file": ("evidence file", "evidence files", "tệp kiểm chứng"),  # a path a line
    # The appraisal rounds: the first appraisal, the unit's response to it, why, and what it cites
    "first": ("first appraisal", "điểm thẩm định lần 1"),
    "response": ("response", "ý kiến về thẩm định lần 1"),
    "reason": ("reason contested", "lý do đề nghị xem xét lại"),
    "response_evidence": ("response evidence", "tài liệu giải trình"),
}
# A response as a cell may say it, in either language: accept, or contest the first appraisal.
RESPONSES = {
    "accept": "accept",
    "accepted": "accept",
    "thống nhất": "accept",
    "contest": "contest",
    "contested": "contest",
    "đề nghị xem xét lại": "contest",
}
# The keys of the workbook's "about" rows: a label, the key (a hidden column), and the value.
KEYS = ("year", "assessed_unit", "unit", "target")
LISTS = ("difficulties", "proposals")  # a line of the cell is an item; several rows add up
# The label of the office on a form's title rows ("Đơn vị điền: Phòng Tư pháp    Ngày lập
# phiếu: ..."), as `par template` writes it (labels.py: xlsx.about.unit), in either language.
TITLE_UNIT = ("filled in by (office)", "đơn vị điền")
HEADER_ROWS = 20  # the header row is looked for in the first rows of each sheet that hold something
BULLETS = ("- ", "– ", "• ", "+ ")


class Workbook(NamedTuple):
    """A workbook read as a scores file, and the problems of the cells that could not be read."""

    source: Source
    problems: list[Problem]


def is_workbook(raw: bytes) -> bool:
    return raw.startswith((ZIP, EMPTY_ZIP, OLE))


def read_workbook(
    raw: bytes, path: str, branches: frozenset[str], survey: frozenset[str] = frozenset()
) -> Workbook:
    """The scores of a workbook as plain data. ``branches``: the ids of the plan's fields and
    criteria with sub-criteria, whose rows are headings and subtotals, not scores; ``survey``: the
    criteria scored by a survey, whose percentage-formatted score is a percent."""
    sheets = _sheets(raw, path)
    return _Reader(path, raw, branches, survey).read(sheets)


def _sheets(raw: bytes, path: str) -> list[Sheet]:
    """Every sheet's cells, by the kind of file the content says it is."""
    if raw.startswith(OLE):
        from par_cli.readers import ole, xls

        compound = ole.open_compound(raw, path)
        streams = compound.streams
        if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
            raise DataError.at(Code.WORKBOOK_ENCRYPTED, Where(path))
        if "Workbook" in streams or "Book" in streams:
            return xls.read_sheets(raw, compound, path)
        kind = "kind.doc" if "WordDocument" in streams else "kind.ole"
        raise DataError.at(Code.NOT_A_WORKBOOK, Where(path), detail=Term(kind))
    from par_cli.readers.package import Package

    package = Package(raw, path)
    if package.has("[Content_Types].xml"):
        types = package.read("[Content_Types].xml")
        if (
            b"spreadsheetml.sheet.main" in types
            or b"spreadsheetml.template.main" in types
            or (
                b"ms-excel.sheet.macroEnabled.main" in types
                or b"ms-excel.template.macroEnabled.main" in types
            )
        ):
            from par_cli.readers import xlsx

            return xlsx.read_sheets(package)
        kind = (
            "kind.xlsb"
            if b"ms-excel.sheet.binary" in types
            else "kind.docx"
            if b"wordprocessingml" in types
            else "kind.pptx"
            if b"presentationml" in types
            else "kind.zip"
        )
        raise DataError.at(Code.NOT_A_WORKBOOK, Where(path), detail=Term(kind))
    if package.has("mimetype"):
        from par_cli.readers import ods

        mimetype = package.read("mimetype", 1024).strip()
        if mimetype == ods.MIMETYPE:
            return ods.read_sheets(package)
        kind = "kind.odt" if mimetype.endswith(b".text") else "kind.opendocument"
        raise DataError.at(Code.NOT_A_WORKBOOK, Where(path), detail=Term(kind))
    raise DataError.at(Code.NOT_A_WORKBOOK, Where(path), detail=Term("kind.zip"))


def file_kind(raw: bytes) -> Term:
    """What a file that is no workbook holds, in words: for "is not a workbook (it is a PDF)"."""
    head = raw[:1024].lstrip()
    if not head:
        return Term("kind.empty")
    if head.startswith(b"%PDF"):
        return Term("kind.pdf")
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table")) or b"<html" in lowered:
        return Term("kind.html")
    if b"\0" in head:
        return Term("kind.binary")
    if looks_like_csv(raw, ""):  # exported as CSV, then named .xlsx
        return Term("kind.csv")
    return Term("kind.text")


class _Reader:
    """The scores sheet(s) and the about rows, with every unreadable cell a problem."""

    def __init__(self, path: str, raw: bytes, branches: frozenset[str], survey: frozenset[str]) -> None:
        self.path, self.raw, self.branches, self.survey = path, raw, branches, survey
        self.data: dict[str, Any] = {"scores": {}, "not_applicable": {}}
        self.cells: dict[tuple[str | int, ...], str] = {}
        self.problems: list[Problem] = []
        self.title_unit: tuple[str, str] | None = None  # the office the title rows name, and where

    def read(self, sheets: list[Sheet]) -> Workbook:
        found = False
        for sheet in sheets:
            numbers = sorted(sheet.rows)
            header = self.header(sheet, numbers)
            if header is None:
                self.about(sheet, numbers)
                continue
            found = True
            at, columns = header
            self.about(sheet, [n for n in numbers if n < at])  # title rows above the header
            self.title(sheet, [n for n in numbers if n < at])
            for number in numbers:
                if number > at:
                    self.row(sheet, number, columns)
            self.merged(sheet, at, columns)
        if not found:
            raise DataError.at(
                Code.NO_SCORES_SHEET, Where(self.path), headers=", ".join(HEADERS["score"][:2])
            )
        self.office()
        names = tuple(sheet.name for sheet in sheets)
        return Workbook(Source(self.path, self.raw, self.data, self.cells, names), self.problems)

    def header(self, sheet: Sheet, numbers: list[int]) -> tuple[int, dict[str, tuple[int, str]]] | None:
        """The header row and each role's column and header text, if the sheet has an id and a score."""
        for number in numbers[:HEADER_ROWS]:
            columns: dict[str, tuple[int, str]] = {}
            for column, value in sorted(sheet.rows[number].items()):
                name = _fold(value)
                for role, names in HEADERS.items():
                    if name in names and role not in columns:
                        columns[role] = (column, " ".join(str(value).split()))
            if "id" in columns and "score" in columns:
                return number, columns
        return None

    def title(self, sheet: Sheet, numbers: list[int]) -> None:
        """The office an office's form names on its title rows ("Đơn vị điền: Phòng Tư pháp"):
        the first one found; a whole unit's form leaves it dotted ("…"), which names none."""
        if self.title_unit is not None:
            return
        for number in numbers:
            for column, value in sorted(sheet.rows[number].items()):
                if not isinstance(value, str) or isinstance(value, Number):
                    continue
                for part in _FACTS.split(value):
                    label, colon, office = part.partition(":")
                    office = " ".join(office.split())
                    if colon and _fold(label) in TITLE_UNIT and any(c.isalnum() for c in office):
                        self.title_unit = (_plain_text(office), self.place(sheet, column, number))
                        return

    def office(self) -> None:
        """Whose form this is, when the About sheet is gone: the office its title rows name (read as
        the About sheet's ``unit`` is), never the whole unit's by default. Title rows and an About
        sheet that name different offices are refused: which one the scores are is not known."""
        if self.title_unit is None:
            return
        text, place = self.title_unit
        about = self.data.get("unit")
        if about is None:
            self.data["unit"] = text
            self.cells[("unit",)] = place
        elif _fold(_plain_text(about)) != _fold(text):
            self.problem(
                Code.TITLE_UNIT_MISMATCH, self.cells[("unit",)], None, about=about, title=text, cell=place
            )
            del self.data["unit"]  # neither: no office's check then adds a line that assumes one

    def merged(self, sheet: Sheet, at: int, columns: dict[str, tuple[int, str]]) -> None:
        """A merged range over a criterion's cells (its id or any input column) is refused: only
        its first cell holds a value, so a score typed in a merged E8:E9 is 2.1's alone and 2.2
        would silently read as unscored. Merged title rows, headings and totals are no one's."""
        inputs = {column for column, _ in columns.values()}
        id_column = columns["id"][0]
        for first_row, first_column, last_row, last_column in sheet.merged:
            if last_row <= at or (first_row == last_row and first_column == last_column):
                continue
            if not any(first_column <= column <= last_column for column in inputs):
                continue
            ids = [
                text
                for number in range(max(first_row, at + 1), min(last_row, max(sheet.rows, default=0)) + 1)
                if isinstance(value := sheet.rows.get(number, {}).get(id_column), str)
                and (text := _plain_text(value))
                and text not in self.branches
            ]
            if ids:
                first = f"{column_letter(first_column)}{first_row}"
                span = f"{sheet.name}!{first}:{column_letter(last_column)}{last_row}"
                self.problem(Code.MERGED_CELLS, span, None, ids=", ".join(ids), first=first)

    def place(self, sheet: Sheet, column: int, number: int) -> str:
        return f"{sheet.name}!{column_letter(column)}{number}"

    def problem(self, code: Code, place: str, label: str | None = None, **params: Any) -> None:
        """A problem at ``place``; ``label``: the criterion the message starts with."""
        self.problems.append(Problem(code, Where(self.path, cell=place), params, label))

    def row(self, sheet: Sheet, number: int, columns: dict[str, tuple[int, str]]) -> None:
        cells = sheet.rows[number]
        id_column = columns["id"][0]
        id_place = self.place(sheet, id_column, number)
        criterion_id = self.text(cells.get(id_column), id_place, columns["id"][1], None)
        if not criterion_id or criterion_id in self.branches:
            return  # an empty row, a heading or a subtotal
        entry: dict[str, Any] = {}
        own: dict[tuple[str | int, ...], str] = {("scores", criterion_id): id_place}
        for role in ("score", "percent", "appraised"):
            if role in columns and (value := cells.get(columns[role][0])) is not None:
                column, header = columns[role]
                place = self.place(sheet, column, number)
                self.figure(value, role, criterion_id, place, header, entry, own)
        for role in ("evidence", "explanation", "not_applicable"):
            if role not in columns or (value := cells.get(columns[role][0])) is None:
                continue
            column, header = columns[role]
            place = self.place(sheet, column, number)
            text = self.text(value, place, header, criterion_id)
            if not text:
                continue
            if role == "evidence":
                lines = [line.strip() for line in text.splitlines() if line.strip()]
                entry["evidence"] = lines
                own[("scores", criterion_id, "evidence")] = place
            elif role == "explanation":
                entry["explanation"] = text
                own[("scores", criterion_id, "explanation")] = place
            elif criterion_id not in self.data["not_applicable"]:
                self.data["not_applicable"][criterion_id] = text
                self.cells[("not_applicable", criterion_id)] = place
        self.files(sheet, number, cells, columns, criterion_id, entry, own)
        self.rounds(sheet, number, cells, columns, criterion_id, entry, own)
        if not entry:
            return
        if criterion_id in self.data["scores"]:
            self.problem(Code.DUPLICATE_KEY, id_place, None, key=criterion_id)
            return
        self.data["scores"][criterion_id] = entry
        self.cells.update(own)

    def rounds(
        self,
        sheet: Sheet,
        number: int,
        cells: dict[int, Value],
        columns: dict[str, tuple[int, str]],
        criterion_id: str,
        entry: dict[str, Any],
        own: dict[tuple[str | int, ...], str],
    ) -> None:
        """The first appraisal, the response and its reason and evidence, as ``appraisal:`` in YAML;
        the final appraisal is the Appraised cell (``appraised:``)."""
        rounds: dict[str, Any] = {}
        here: dict[tuple[str | int, ...], str] = {}
        if "first" in columns and (value := cells.get(columns["first"][0])) is not None:
            column, header = columns["first"]
            place = self.place(sheet, column, number)
            self.figure(value, "first", criterion_id, place, header, rounds, here)
        for role in ("response", "reason", "response_evidence"):
            if role not in columns or (value := cells.get(columns[role][0])) is None:
                continue
            column, header = columns[role]
            place = self.place(sheet, column, number)
            text = self.text(value, place, header, criterion_id)
            if not text:
                continue
            key = "evidence" if role == "response_evidence" else role
            if role == "response":
                rounds[key] = RESPONSES.get(" ".join(text.split()).casefold(), text)
            elif role == "reason":
                rounds[key] = text
            else:
                rounds[key] = [line.strip() for line in text.splitlines() if line.strip()]
            here[("scores", criterion_id, key)] = place
        if not rounds:
            return
        entry["appraisal"] = rounds
        first_place = next(iter(here.values()))
        own[("scores", criterion_id, "appraisal")] = first_place
        for path, place in here.items():
            own[("scores", criterion_id, "appraisal", path[-1])] = place

    def files(
        self,
        sheet: Sheet,
        number: int,
        cells: dict[int, Value],
        columns: dict[str, tuple[int, str]],
        criterion_id: str,
        entry: dict[str, Any],
        own: dict[tuple[str | int, ...], str],
    ) -> None:
        """The Evidence file cell: a path a line, each read as ``{file: path}`` in YAML is, after
        the citations of the Evidence cell (core/claims.py)."""
        if "evidence_file" not in columns or (value := cells.get(columns["evidence_file"][0])) is None:
            return
        column, header = columns["evidence_file"]
        place = self.place(sheet, column, number)
        paths = [line.strip() for line in self.text(value, place, header, criterion_id).splitlines()]
        if not any(paths):
            return
        items = entry.setdefault("evidence", [])
        own.setdefault(("scores", criterion_id, "evidence"), place)
        for path in filter(None, paths):
            own[("scores", criterion_id, "evidence", len(items))] = place
            items.append({"file": path})

    def figure(
        self,
        value: Value | None,
        role: str,
        criterion_id: str,
        place: str,
        header: str,
        entry: dict[str, Any],
        own: dict[tuple[str | int, ...], str],
    ) -> None:
        """A score, percent or appraised cell into ``entry``; a cell that is no figure, a problem."""
        if value is None or self.unreadable(value, place, header, criterion_id):
            return
        if isinstance(value, DateValue):  # never its serial number: 45293 is no score
            if value.day is not None:
                held = Term("cell.date", {"date": value.day})
            else:
                held = Term("cell.time", {"time": value.text})
            self.problem(Code.CELL_DATE, place, criterion_id, column=header, value=held)
            return
        key = role
        if isinstance(value, Percent):
            if role == "percent" or (role == "score" and criterion_id in self.survey):
                key, text = "percent", value.percent
            elif criterion_id in self.survey:  # appraised: refused for any survey criterion anyway
                text = value.percent
            else:  # a percentage where points are asked: 78.3 % must never be read as 0.783 points
                self.problem(Code.PERCENT_NOT_SURVEY, place, id=criterion_id, column=header)
                return
        else:
            text = _plain_text(value)
            if role == "percent":
                text = text.removesuffix("%").strip()
            if not text:
                return
        if key in entry:  # a survey's percentage both in its Score and its Percent cell
            self.problem(Code.SCORE_AND_PERCENT, place, id=criterion_id)
            return
        entry[key] = text
        own[("scores", criterion_id, key)] = place

    def text(self, value: Value | None, place: str, header: str, criterion_id: str | None) -> str:
        """A cell as text ("" when empty or unreadable, the latter reported)."""
        if value is None or self.unreadable(value, place, header, criterion_id):
            return ""
        if isinstance(value, Percent):
            return f"{value.percent}%"
        if isinstance(value, DateValue):  # a date in a text cell (a citation's date) reads as one
            return value.text
        return _plain_text(value)

    def unreadable(self, value: Value, place: str, header: str, criterion_id: str | None) -> bool:
        """Whether ``value`` is a formula without a value, an error or a broken cell (reported)."""
        if isinstance(value, Formula):
            self.problem(Code.FORMULA_WITHOUT_VALUE, place, criterion_id, formula=value.formula[:60])
        elif isinstance(value, ErrorValue):
            self.problem(Code.CELL_ERROR, place, criterion_id, error=value.error, column=header)
        elif isinstance(value, BadCell):
            self.problem(Code.BAD_CELL, place, criterion_id, detail=Term(value.kind, {"text": value.text}))
        else:
            return False
        return True

    def about(self, sheet: Sheet, numbers: list[int]) -> None:
        """The rows that say whose the scores are: a label, a key (year, assessed_unit, ...), a value."""
        for number in numbers:
            cells = sheet.rows[number]
            key = cells.get(2)
            if not isinstance(key, str) or key.strip() not in (*KEYS, *LISTS):
                continue
            key = key.strip()
            place = self.place(sheet, 3, number)
            text = self.text(cells.get(3), place, key, None)
            if not text:
                continue
            if key in LISTS:
                items = self.data.setdefault(key, [])
                self.cells.setdefault((key,), place)
                for line in text.splitlines():
                    item = _unbulleted(line)
                    if item:
                        self.cells[(key, len(items))] = place
                        items.append(item)
            else:
                self.data[key] = text
                self.cells[(key,)] = place


_FACTS = re.compile(r"\s{2,}|\n")  # the facts of a title row, four spaces apart


def _unbulleted(line: str) -> str:
    line = line.strip()
    for bullet in BULLETS:
        if line.startswith(bullet):
            return line[len(bullet) :].strip()
    return line.lstrip("-").strip() if line.startswith("-") and line.strip("-") else line


def _plain_text(value: Value) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, Number):
        return str(value)
    text = str(value).strip()
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _fold(value: Any) -> str:
    return (
        " ".join(value.split()).casefold() if isinstance(value, str) and not isinstance(value, Number) else ""
    )
