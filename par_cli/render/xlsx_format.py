"""Excel workbooks: a sheet per table, numbers stored as numbers, header row frozen, text as text.

xlsx holds every number as a binary double: par writes a score's decimal digits (sml.figure, no
float on the way) and the program that opens it reads them into its double; with at most 3
decimals it reads back as the same decimal (85.401). Every text cell is written
as text (sml.py): a name that starts with "=" or "{=" never becomes a formula, a URL never a
link, and a control or bidirectional character is written escaped (``\x1b``, ``\u202e``), as
every format writes it. Sheet names follow Excel's own rules, whatever the titles hold.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from par_cli.render import sml
from par_cli.render.cells import cell_text
from par_cli.render.measure import DIGIT_PX, PADDING_PX, height, lines, text_width
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Report, Table

MAX_WIDTH = 60
HEADER_WIDTH = 12  # a header narrower than this is one line; a wider one wraps, at most 2 or 3
MAX_SHEET_NAME = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
RESERVED_SHEET = "history"  # Excel keeps it for its change history
# As the forms and Vietnamese administrative documents are set; measure.py knows its widths, so
# that each row is as tall as its wrapped text (LibreOffice does not fit rows itself on opening)
FACE, SIZE = "Times New Roman", 11
FONT = sml.Font(FACE, SIZE)
A4 = 9  # the paper size code of A4
TOP = sml.Alignment(vertical="top")  # a figure beside wrapped text stands on its first line


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    tr = Labels(report.language)
    book = sml.Workbook(FONT, report.title, report.language)
    names: set[str] = set()
    info = book.sheet(sheet_name(tr("sheet.report"), names, fallback="Report"))
    _printed(info, tr, landscape=False)
    name_width, value_width = 32, 90
    info.column(1, name_width)
    info.column(2, value_width)
    wrapped = sml.Alignment(vertical="top", wrap=True)
    bold = book.style(sml.Style(FONT._replace(bold=True), alignment=wrapped))
    wrap = book.style(sml.Style(alignment=wrapped))
    # Column A: the names, bold; B: the values, wrapped; the title and the notes across both. Each
    # row as tall as its wrapped text, and a line across both never wider than the page.
    across = [name_width + value_width]
    _line(info, [(report.title, bold, True)], across)
    info.row()
    for name, value in report.facts:
        _line(info, [(name, bold, True), (value, wrap, False)], [name_width, value_width])
    for name, figure in report.figures:  # the headline figures, as numbers
        info.row([(name, bold), (figure, book.style(sml.Style(alignment=sml.Alignment("left", "top"))))])
    if report.notes:
        info.row()
    for note in report.notes:
        _line(info, [(note, wrap, False)], across)
    for index, table in enumerate(report.tables, start=1):
        title = table.title or (report.title if len(report.tables) == 1 else "")
        _sheet(book, table, sheet_name(title, names, fallback=tr("sheet.table", number=index)), tr)
    return book.save()


def _line(sheet: sml.Sheet, cells: list[tuple[str, int, bool]], widths: list[int]) -> None:
    """A row of texts (each with its style, and whether it is bold), wrapped in columns ``widths``
    wide; one text given a width across both columns is merged across them."""
    tallest = [
        _height([text], [width], strong) or 0.0
        for (text, _, strong), width in zip(cells, widths, strict=True)
    ]
    number = sheet.row([(text, style) for text, style, _ in cells], max(tallest) or None, grows=True)
    if len(cells) == 1:
        sheet.merge(f"A{number}:B{number}")


def _printed(sheet: sml.Sheet, tr: Labels, landscape: bool = True) -> None:
    """Printed as a table is read: on A4, one page wide (as long as it needs), page numbers in
    the footer; a table's header on every page."""
    sheet.fit_to_page(True)
    sheet.page = sml.Page(landscape=landscape, paper=A4, fit_width=True, footer=f"&C&9 {tr('form.page')}")


def _sheet(book: sml.Workbook, table: Table, name: str, tr: Labels) -> None:
    sheet = book.sheet(name)
    _printed(sheet, tr)
    sheet.print_titles = (1, 1)
    rows = [*table.rows, *([table.footer] if table.footer else [])]
    # a header wraps (its row grows): its longest word, or up to HEADER_WIDTH of it, sets the least
    # width, not the whole label
    widths = [
        max([min(_width(column.label, True), HEADER_WIDTH), *(_width(w, True) for w in column.label.split())])
        for column in table.columns
    ]
    for index, row in enumerate(rows):  # the widths first: they come before the rows in the file
        strong = index in table.subtotals or index == len(table.rows)
        for col, (value, column) in enumerate(zip(row, table.columns, strict=True)):
            if value is not None and widths[col] < MAX_WIDTH:
                for line in cell_text(value, column).split("\n"):
                    if 2 * len(line) + 3 > widths[col]:  # a glyph is at most 2 digits wide
                        widths[col] = max(widths[col], _width(line, strong))
    widths = [min(width, MAX_WIDTH) for width in widths]
    for col, width in enumerate(widths, start=1):
        sheet.column(col, width)
    sheet.freeze("A2")
    bold = FONT._replace(bold=True)
    header = book.style(
        sml.Style(
            bold, border=sml.Border(sides=("bottom",)), alignment=sml.Alignment(vertical="top", wrap=True)
        )
    )
    labels = [column.label for column in table.columns]
    sheet.row([(label, header) for label in labels], _height(labels, widths, True), grows=True)
    footer = len(table.rows) if table.footer is not None else -1
    for index, row in enumerate(rows):
        strong = index in table.subtotals or index == footer
        cells: list[sml.Cell] = []
        wrapped: list[str | None] = []
        for value, column in zip(row, table.columns, strict=True):
            wrapped.append(cell_text(value, column) if value is not None and column.wide else None)
            font = bold if strong else None
            if isinstance(value, Decimal | int) and not isinstance(value, bool):
                places = column.places
                shape = "0." + "0" * places if places is not None else None
                cells.append((value, book.style(sml.Style(font, number_format=shape, alignment=TOP))))
            elif value is not None:
                # a short text (an id, "7/7") centred, as Vietnamese tables set STT, clear of the figures
                alignment = sml.Alignment(None if column.wide else "center", "top", wrap=bool(column.wide))
                cells.append((cell_text(value, column), book.style(sml.Style(font, alignment=alignment))))
            else:
                cells.append((None, book.style(sml.Style(font))) if strong else None)
        sheet.row(cells, _height(wrapped, widths, strong), grows=True)


def _width(text: str, bold: bool) -> int:
    """The column width (in Excel's digits) that shows ``text`` on one line, a little room kept."""
    return math.ceil((text_width(text, SIZE, bold) / 0.75 + PADDING_PX) / DIGIT_PX) + 1


def _height(texts: Sequence[str | None], widths: list[int], bold: bool) -> float | None:
    """The height of a row whose wrapped cells hold ``texts`` (None: a cell that does not wrap),
    or None for a row of one line."""
    tallest = 1
    for text, width in zip(texts, widths, strict=True):
        if text and (len(text) * 2 > width or "\n" in text):  # shorter never wraps: no glyph is 2 digits
            tallest = max(tallest, lines(text, width, SIZE, bold))
    return height(tallest, SIZE) if tallest > 1 else None


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
