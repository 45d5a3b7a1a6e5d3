"""The index of an evidence bundle as a workbook that reads on screen and prints: one sheet, its
title and facts above the table, the header row frozen and filtered, every text wrapped, A4
landscape one page wide with page numbers, the SHA-256 in a small monospaced face.

The sheet is written from the index's Report (views/evidence.py) by openpyxl; the bundle then
makes its bytes the same on every run (render/bundle_zip.stable_zip).
"""

from __future__ import annotations

import io
import math
from decimal import Decimal

from par_cli.render.cells import cell_text
from par_cli.render.measure import SLACK, height, lines, room
from par_cli.render.xlsx_format import number, sheet_name, text
from par_cli.render.xlsx_private import set_default_font
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Column, Report

FACE = "Times New Roman"
A4 = "9"
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
    from openpyxl import Workbook  # imported here: only this format needs it
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    tr = Labels(report.language)
    table = report.tables[0]
    book = Workbook()
    set_default_font(book, FACE, 11)  # the unit of the column widths the rows are measured in
    sheet = book.active
    sheet.title = sheet_name(tr("evidence.index.file"), set(), fallback="Index")
    last = get_column_letter(len(table.columns))
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell = text(sheet.cell(1, 1), report.title)
    cell.font = Font(name=FACE, size=13, bold=True)
    sheet.merge_cells(f"A1:{last}1")
    row = 2
    for name, fact in report.facts:
        cell = text(sheet.cell(row, 1), f"{name}: {fact}")
        cell.font = Font(name=FACE, size=11)
        sheet.merge_cells(f"A{row}:{last}{row}")
        row += 1
    header = row + 1
    widths = [WIDTHS.get(column.key, 14) for column in table.columns]
    tallest = max(
        lines(column.label, width, 11, bold=True) for column, width in zip(table.columns, widths, strict=True)
    )
    sheet.row_dimensions[header].height = height(tallest, 11)
    for col, column in enumerate(table.columns, start=1):
        cell = text(sheet.cell(header, col), column.label)
        cell.font = Font(name=FACE, size=11, bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.fill = PatternFill("solid", fgColor="E8EEF5")
        cell.border = box
        sheet.column_dimensions[get_column_letter(col)].width = widths[col - 1]
    for index, values in enumerate(table.rows, start=header + 1):
        tallest = 1
        for col, (value, column) in enumerate(zip(values, table.columns, strict=True), start=1):
            shown = cell_text(value, column)
            tallest = max(tallest, _lines(shown, widths[col - 1], column))
            cell = sheet.cell(index, col)
            if isinstance(value, Decimal | int) and not isinstance(value, bool):
                number(cell, value)
                cell.number_format = "#,##0"
            elif value is not None:
                text(cell, shown)
            cell.alignment = wrap
            cell.border = box
            cell.font = _font(column, Font)
        sheet.row_dimensions[index].height = height(tallest, 11)  # no program fits it on opening
    for offset, note in enumerate(report.notes, start=len(table.rows) + header + 2):
        text(sheet.cell(offset, 1), note).font = Font(name=FACE, size=10, italic=True)
        sheet.merge_cells(f"A{offset}:{last}{offset}")
    sheet.freeze_panes = f"A{header + 1}"
    sheet.auto_filter.ref = f"A{header}:{last}{header + max(len(table.rows), 1)}"
    setup = sheet.page_setup
    setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight = "landscape", A4, 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header}:{header}"
    sheet.oddFooter.center.text = tr("form.page")
    sheet.oddFooter.center.size = 9
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _lines(shown: str, width: int, column: Column) -> int:
    """The lines a cell takes: Times New Roman 11 measured (render/measure.py), or a code in 8-point
    Courier, every character 0.6 of an em wide."""
    if not shown:
        return 1
    if column.code:
        return max(1, math.ceil(len(shown) * 0.6 * CODE_POINTS * SLACK / room(width)))
    return lines(shown, width, 11)


def _font(column: Column, font: type) -> object:
    if column.code:  # a SHA-256: small, monospaced, so that it fits two lines of its column
        return font(name="Courier New", size=CODE_POINTS)
    return font(name=FACE, size=11)
