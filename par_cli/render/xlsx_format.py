"""Excel workbooks: a sheet per table, numbers stored as numbers, header row frozen, text as text.

xlsx stores every number as a binary double, so a score becomes a float here and only here;
with at most 3 decimals it reads back as the same decimal (85.401). Every text cell is written
as text (sml.py): a name that starts with "=" or "{=" never becomes a formula, a URL never a
link, and a control or bidirectional character is written escaped (``\x1b``, ``\u202e``), as
every format writes it. Sheet names follow Excel's own rules, whatever the titles hold.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from par_cli.render import sml
from par_cli.render.cells import cell_text
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Report, Table

MAX_WIDTH = 60
MAX_SHEET_NAME = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
RESERVED_SHEET = "history"  # Excel keeps it for its change history
FONT = sml.Font("Calibri", 11)  # Excel's own default


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    tr = Labels(report.language)
    book = sml.Workbook(FONT, report.title, report.language)
    names: set[str] = set()
    info = book.sheet(sheet_name(tr("sheet.report"), names, fallback="Report"))
    info.column(1, 32)
    info.column(2, 90)
    bold = book.style(sml.Style(FONT._replace(bold=True)))
    wrap = book.style(sml.Style(alignment=sml.Alignment(vertical="top", wrap=True)))
    # Column A: the names, bold; B: the values, wrapped (an empty B too, down to the last line)
    lines: list[tuple[str, int, str | Decimal | None] | None] = [(report.title, bold, None), None]
    lines += [(name, bold, value) for name, value in report.facts]
    lines += [(name, bold, figure) for name, figure in report.figures]  # the headline figures, as numbers
    lines += [None] + [(note, 0, None) for note in report.notes] if report.notes else []
    while lines[-1] is None:
        lines.pop()
    for line in lines:
        info.row([None, (None, wrap)] if line is None else [line[:2], (line[2], wrap)])
    for index, table in enumerate(report.tables, start=1):
        title = table.title or (report.title if len(report.tables) == 1 else "")
        _sheet(book, table, sheet_name(title, names, fallback=tr("sheet.table", number=index)))
    return book.save()


def _sheet(book: sml.Workbook, table: Table, name: str) -> None:
    sheet = book.sheet(name)
    rows = [*table.rows, *([table.footer] if table.footer else [])]
    widths = [len(column.label) for column in table.columns]
    for row in rows:  # the widths first: they come before the rows in the file
        for col, (value, column) in enumerate(zip(row, table.columns, strict=True)):
            longest = max(len(line) for line in cell_text(value, column).split("\n"))
            widths[col] = max(widths[col], longest)
    for col, width in enumerate(widths, start=1):
        sheet.column(col, min(width + 2, MAX_WIDTH))
    sheet.freeze("A2")
    bold = FONT._replace(bold=True)
    header = book.style(
        sml.Style(
            bold, border=sml.Border(sides=("bottom",)), alignment=sml.Alignment(vertical="top", wrap=True)
        )
    )
    sheet.row([(column.label, header) for column in table.columns])
    footer = len(table.rows) if table.footer is not None else -1
    for index, row in enumerate(rows):
        strong = index in table.subtotals or index == footer
        cells: list[sml.Cell] = []
        for value, column in zip(row, table.columns, strict=True):
            font = bold if strong else None
            if isinstance(value, Decimal | int) and not isinstance(value, bool):
                places = column.places
                shape = "0." + "0" * places if places is not None else None
                cells.append((value, book.style(sml.Style(font, number_format=shape))))
            elif value is not None:
                alignment = sml.Alignment(vertical="top", wrap=bool(column.wide))
                cells.append((cell_text(value, column), book.style(sml.Style(font, alignment=alignment))))
            else:
                cells.append((None, book.style(sml.Style(font))) if strong else None)
        sheet.row(cells)


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
