"""Scores from an Excel workbook, read as a scores file would be, with each value's cell.

Offices fill in scores in Excel. The workbook `par template --format xlsx` writes (or any workbook
with the same columns, found by their headers, in either language, in any order, on any sheet)
is read into the same plain data as a YAML scores file, so that it is checked and merged the same
way; each problem then names its cell (``scores.xlsx:Điểm!E12``). A number Excel stored as a binary
double is read as the shortest decimal that gives it back (6.928, never 6.92799999), then held to
the rules of any score; a decimal comma typed as text ("6,928") is read as in a YAML file.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from decimal import Decimal, InvalidOperation
from typing import Any

from par_cli.core.problems import Code, DataError, Where
from par_cli.readers.yamlsource import Source

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted workbook, or an old .xls

# The headers each column is known by, in both languages (the template writes the first ones).
HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "stt", "mã", "mã tiêu chí"),
    "score": ("score", "điểm tự đánh giá", "điểm"),
    "evidence": ("evidence", "tài liệu kiểm chứng"),
    "explanation": ("explanation", "giải trình"),
    "not_applicable": ("not applicable", "không áp dụng (lý do)", "không áp dụng"),
    "appraised": ("appraised", "điểm thẩm định"),
}
# The keys of the workbook's "about" rows: a label, the key, and the value.
KEYS = ("year", "assessed_unit", "unit", "target")
HEADER_ROWS = 12  # the header row is looked for in the first rows of each sheet


def is_workbook(raw: bytes) -> bool:
    return raw.startswith(ZIP) or raw.startswith(OLE)


def read_workbook(raw: bytes, path: str, branches: frozenset[str]) -> Source:
    """The scores of a workbook as plain data. ``branches``: the ids of the plan's fields and
    criteria with sub-criteria, whose rows are headings and subtotals, not scores."""
    if raw.startswith(OLE):
        raise DataError.at(Code.WORKBOOK_ENCRYPTED, Where(path))
    try:
        from openpyxl import load_workbook  # imported here: only a workbook needs it

        values = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise DataError.at(Code.NOT_A_WORKBOOK, Where(path), detail=type(error).__name__) from None
    try:
        return _read(values, formulas, raw, path, branches)
    finally:
        values.close()
        formulas.close()


def _read(values: Any, formulas: Any, raw: bytes, path: str, branches: frozenset[str]) -> Source:
    data: dict[str, Any] = {"scores": {}, "not_applicable": {}}
    cells: dict[tuple[str | int, ...], str] = {}
    found = False
    for sheet in values.worksheets:
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        header = _header(rows)
        if header is None:
            _about(sheet.title, rows, data, cells)
            continue
        found = True
        at, columns = header
        formula_rows = [list(row) for row in formulas[sheet.title].iter_rows(values_only=True)]
        for number, row in enumerate(rows[at + 1 :], start=at + 2):
            criterion_id = _text(_get(row, columns["id"]))
            if not criterion_id or criterion_id in branches:
                continue  # an empty row, a heading or a subtotal
            _entry(
                data, cells, sheet.title, number, row, formula_rows[number - 1], columns, criterion_id, path
            )
    if not found:
        raise DataError.at(Code.NO_SCORES_SHEET, Where(path), headers=", ".join(HEADERS["score"][:2]))
    return Source(path, raw, data, cells)


def _header(rows: list[list[Any]]) -> tuple[int, dict[str, int]] | None:
    """The header row (its index) and the column of each role, if this sheet has an id and a score."""
    for index, row in enumerate(rows[:HEADER_ROWS]):
        columns: dict[str, int] = {}
        for column, value in enumerate(row):
            name = _fold(value)
            for role, names in HEADERS.items():
                if name in names and role not in columns:
                    columns[role] = column
        if "id" in columns and "score" in columns:
            return index, columns
    return None


def _entry(
    data: dict[str, Any],
    cells: dict[tuple[str | int, ...], str],
    sheet: str,
    number: int,
    row: list[Any],
    formula_row: list[Any],
    columns: dict[str, int],
    criterion_id: str,
    path: str,
) -> None:
    def cell(role: str) -> str:
        return f"{sheet}!{_letter(columns[role])}{number}"

    entry: dict[str, Any] = {}
    cells[("scores", criterion_id)] = f"{sheet}!{_letter(columns['id'])}{number}"
    for role in ("score", "appraised"):
        if role not in columns:
            continue
        value = _get(row, columns[role])
        formula = _get(formula_row, columns[role])
        if value is None and isinstance(formula, str) and formula.startswith("="):
            raise DataError.at(Code.FORMULA_WITHOUT_VALUE, Where(path, cell=cell(role)), formula=formula[:60])
        if value is not None and _text(value):
            entry[role] = _figure(value)
            cells[("scores", criterion_id, role)] = cell(role)
    if "evidence" in columns:
        lines = [line.strip() for line in (_text(_get(row, columns["evidence"])) or "").splitlines()]
        if any(lines):
            entry["evidence"] = [line for line in lines if line]
            cells[("scores", criterion_id, "evidence")] = cell("evidence")
    if "explanation" in columns and (text := _text(_get(row, columns["explanation"]))):
        entry["explanation"] = text
        cells[("scores", criterion_id, "explanation")] = cell("explanation")
    if "not_applicable" in columns and (reason := _text(_get(row, columns["not_applicable"]))):
        data["not_applicable"][criterion_id] = reason
        cells[("not_applicable", criterion_id)] = cell("not_applicable")
    if entry:
        if criterion_id in data["scores"]:
            raise DataError.at(
                Code.DUPLICATE_KEY, Where(path, cell=cells[("scores", criterion_id)]), key=criterion_id
            )
        data["scores"][criterion_id] = entry


def _about(
    sheet: str, rows: list[list[Any]], data: dict[str, Any], cells: dict[tuple[str | int, ...], str]
) -> None:
    """The rows that say whose the scores are: a label, a key (year, assessed_unit, ...), a value."""
    for number, row in enumerate(rows, start=1):
        key = _text(_get(row, 1))
        value = _get(row, 2)
        if key in KEYS and value is not None and _text(value):
            data[key] = _figure(value) if key in ("year", "target") else _text(value)
            cells[(key,)] = f"{sheet}!C{number}"


def _get(row: list[Any], column: int) -> Any:
    return row[column] if column < len(row) else None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return _figure(value)
    text = str(value).strip()
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _figure(value: Any) -> str:
    """A cell's number as the text of a score: the shortest decimal that gives the double back."""
    if isinstance(value, bool) or not isinstance(value, float | int):
        return str(value).strip()
    if isinstance(value, int):
        return str(value)
    try:
        return format(Decimal(repr(value)).normalize(), "f")
    except InvalidOperation:
        return repr(value)  # nan, inf: refused as numbers later, with their cell


def _fold(value: Any) -> str:
    return " ".join(str(value).split()).casefold() if isinstance(value, str) else ""


def _letter(column: int) -> str:
    """The letter of a 0-based column (openpyxl is loaded by then: a workbook is being read)."""
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column + 1))
