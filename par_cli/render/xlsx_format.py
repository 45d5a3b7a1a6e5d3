"""Excel workbooks: a sheet per table, numbers stored as numbers, header row frozen, text as text.

xlsx stores every number as a binary double, so a score becomes a float here and only here;
with at most 3 decimals it reads back as the same decimal (85.401). Every text cell is written
as text: a name that starts with "=" or "{=" never becomes a formula, a URL never a link, and a
control or bidirectional character is written escaped (``\x1b``, ``\u202e``), as every format
writes it. Sheet names follow Excel's own rules, whatever the titles hold.
"""

from __future__ import annotations

import io
import re
import unicodedata
from decimal import Decimal
from typing import Any

from par_cli.render.cells import cell_text
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Column, Report, Table

MAX_WIDTH = 60
MAX_SHEET_NAME = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
RESERVED_SHEET = "history"  # Excel keeps it for its change history


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    from openpyxl import Workbook  # imported here: only this format needs it
    from openpyxl.styles import Alignment, Font

    tr = Labels(report.language)
    book = Workbook()
    names: set[str] = set()
    info = book.active
    info.title = sheet_name(tr("sheet.report"), names, fallback="Report")
    bold = Font(bold=True)
    text(info.cell(1, 1), report.title).font = bold
    row = 3
    for name, value in report.facts:
        text(info.cell(row, 1), name).font = bold
        text(info.cell(row, 2), value)
        row += 1
    for name, figure in report.figures:  # the headline figures, as numbers
        text(info.cell(row, 1), name).font = bold
        number(info.cell(row, 2), figure)
        row += 1
    row += 1
    for note in report.notes:
        text(info.cell(row, 1), note)
        row += 1
    info.column_dimensions["A"].width = 32
    info.column_dimensions["B"].width = 90
    for cell in info["B"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, table in enumerate(report.tables, start=1):
        title = table.title or (report.title if len(report.tables) == 1 else "")
        _sheet(book, table, sheet_name(title, names, fallback=tr("sheet.table", number=index)))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(book: Any, table: Table, name: str) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side

    sheet = book.create_sheet(name)
    header_font, bold = Font(bold=True), Font(bold=True)
    rule = Border(bottom=Side(style="thin"))
    widths = [len(column.label) for column in table.columns]
    for col, column in enumerate(table.columns, start=1):
        cell = text(sheet.cell(1, col), column.label)
        cell.font, cell.border = header_font, rule
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rows = [*table.rows, *([table.footer] if table.footer else [])]
    for row_index, row in enumerate(rows, start=2):
        is_footer = table.footer is not None and row_index - 2 == len(table.rows)
        strong = row_index - 2 in table.subtotals or is_footer
        for col, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = sheet.cell(row_index, col)
            if isinstance(value, Decimal | int) and not isinstance(value, bool):
                number(cell, value, column)
            elif value is not None:
                text(cell, cell_text(value, column))
                cell.alignment = Alignment(wrap_text=bool(column.wide), vertical="top")
            if strong:
                cell.font = bold
            longest = max(len(line) for line in cell_text(value, column).split("\n"))
            widths[col - 1] = max(widths[col - 1], longest)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[_letter(col)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"


def text(cell: Any, value: str) -> Any:
    """A text cell, whatever the text looks like (a formula, a number, a link, a control
    character: xlsx cannot hold most controls, and a bidi override would reorder what prints)."""
    cell.value = inert(value, keep_newlines=True)
    cell.data_type = "s"
    return cell


def number(cell: Any, value: Decimal | int, column: Column | None = None) -> Any:
    cell.value = float(value) if isinstance(value, Decimal) else value
    if column is not None and column.places is not None:
        cell.number_format = "0." + "0" * column.places
    return cell


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(col))


def _invisible(character: str) -> bool:
    """A control, a format character (a bidi override), a separator of lines, or no character yet:
    nothing a sheet's tab can show."""
    return unicodedata.category(character)[0] == "C" or character in "\u2028\u2029"


def sheet_name(title: str, taken: set[str], fallback: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\ nor controls or bidi characters,
    no apostrophe first or last, never "History", unique in the workbook (in any case); cut at a word."""
    head = re.split(r"[:;(]", title)[0]  # a long title's head: "Survey criteria", not "... the"
    if len(title) > MAX_SHEET_NAME and 8 <= len(head.strip()) <= MAX_SHEET_NAME:
        title = head
    shown = "".join(ch for ch in title if not _invisible(ch))
    base = " ".join(_SHEET_FORBIDDEN.sub(" ", shown).split())
    if len(base) > MAX_SHEET_NAME:
        cut = base[:MAX_SHEET_NAME]
        base = cut.rsplit(" ", 1)[0] if " " in cut else cut
    base = base.strip(" ,;.-–'") or fallback
    name, number_ = base, 2
    while name.casefold() in taken or name.casefold() == RESERVED_SHEET:
        suffix = f" ({number_})"
        name, number_ = base[: MAX_SHEET_NAME - len(suffix)].rstrip(" '") + suffix, number_ + 1
    taken.add(name.casefold())
    return name
