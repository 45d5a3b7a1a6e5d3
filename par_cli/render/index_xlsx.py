"""The index of an evidence bundle as a workbook that reads on screen and prints: one sheet, its
title and facts above the table, the header row frozen and filtered, every text wrapped, A4
landscape one page wide with page numbers, the SHA-256 in a small monospaced face.

The sheet is written from the index's Report (views/evidence.py) by par's own SpreadsheetML writer
(sml.py); the bundle then makes its bytes the same on every run (render/bundle_zip.stable_zip).
"""

from __future__ import annotations

import math
from decimal import Decimal

from par_cli.render import sml
from par_cli.render.cells import cell_text
from par_cli.render.measure import SLACK, height, lines, room
from par_cli.render.xlsx_format import sheet_name
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Column, Report

FACE = "Times New Roman"
A4 = 9
CODE_POINTS = 8
WIDTHS = {
    "id": 6,
    "criterion": 34,
    "number": 14,
    "date": 12,
    "title": 36,
    "file": 34,
    "size": 11,
    "sha256": 36,
}


def render(report: Report) -> bytes:
    tr = Labels(report.language)
    table = report.tables[0]
    # The workbook's font is the unit of the column widths the rows are measured in
    book = sml.Workbook(sml.Font(FACE, 11), report.title, report.language)
    sheet = book.sheet(sheet_name(tr("evidence.index.file"), set(), fallback="Index"))
    last = sml.column_letter(len(table.columns))
    widths = [WIDTHS.get(column.key, 14) for column in table.columns]
    for col, width in enumerate(widths, start=1):
        sheet.column(col, width)
    header = len(report.facts) + 3  # under the title, the facts and a blank row
    sheet.freeze(f"A{header + 1}")
    sheet.fit_to_page(True)
    wrap = sml.Alignment(vertical="top", wrap=True)
    box = sml.Border("thin", "808080")
    sheet.row([(report.title, book.style(sml.Style(sml.Font(FACE, 13, bold=True))))])
    sheet.merge(f"A1:{last}1")
    fact = book.style(sml.Style(sml.Font(FACE, 11)))
    for name, said in report.facts:
        row = sheet.row([(f"{name}: {said}", fact)])
        sheet.merge(f"A{row}:{last}{row}")
    sheet.row()
    tallest = max(
        lines(column.label, width, 11, bold=True) for column, width in zip(table.columns, widths, strict=True)
    )
    head = sml.Style(
        sml.Font(FACE, 11, bold=True), "E8EEF5", box, sml.Alignment("center", "center", wrap=True)
    )
    sheet.row([(column.label, book.style(head)) for column in table.columns], height(tallest, 11))
    styles = {code: book.style(sml.Style(_font(code), border=box, alignment=wrap)) for code in (False, True)}
    counted = book.style(sml.Style(sml.Font(FACE, 11), border=box, alignment=wrap, number_format="#,##0"))
    for values in table.rows:
        tallest = 1
        cells: list[sml.Cell] = []
        for value, column, width in zip(values, table.columns, widths, strict=True):
            shown = cell_text(value, column)
            tallest = max(tallest, _lines(shown, width, column))
            if isinstance(value, Decimal | int) and not isinstance(value, bool):
                cells.append((value, counted))
            else:
                cells.append((None if value is None else shown, styles[column.code]))
        sheet.row(cells, height(tallest, 11))  # no program fits it on opening
    if report.notes:
        sheet.row()
    note = book.style(sml.Style(sml.Font(FACE, 10, italic=True)))
    for text in report.notes:
        row = sheet.row([(text, note)])
        sheet.merge(f"A{row}:{last}{row}")
    sheet.auto_filter = f"A{header}:{last}{header + max(len(table.rows), 1)}"
    sheet.page = sml.Page(landscape=True, paper=A4, fit_width=True, footer=f"&C&9 {tr('form.page')}")
    sheet.print_titles = (header, header)
    return book.save()


def _lines(shown: str, width: int, column: Column) -> int:
    """The lines a cell takes: Times New Roman 11 measured (render/measure.py), or a code in 8-point
    Courier, every character 0.6 of an em wide."""
    if not shown:
        return 1
    if column.code:
        return max(1, math.ceil(len(shown) * 0.6 * CODE_POINTS * SLACK / room(width)))
    return lines(shown, width, 11)


def _font(code: bool) -> sml.Font:
    if code:  # a SHA-256: small, monospaced, so that it fits two lines of its column
        return sml.Font("Courier New", CODE_POINTS)
    return sml.Font(FACE, 11)
