"""Excel workbooks: a sheet per table, numbers stored as numbers, header row frozen.

xlsx stores every number as a binary double, so a score becomes a float here and only here;
with at most 3 decimals it reads back as the same decimal (85.401).
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

from par_cli.labels import Labels
from par_cli.render.cells import cell_text
from par_cli.report import Report, Table

MAX_WIDTH = 60
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    import xlsxwriter  # imported here: only this format needs it

    tr = Labels(report.language)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    styles = {
        "header": book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"}),
        "text": book.add_format({"valign": "top"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "number": book.add_format({"valign": "top"}),
        "fixed": book.add_format({"num_format": "0.00", "valign": "top"}),
        "bold": book.add_format({"bold": True}),
    }
    names: set[str] = set()
    info = book.add_worksheet(_sheet_name(tr("sheet.report"), names, fallback="Report"))
    info.write(0, 0, report.title, styles["bold"])
    for row, (name, value) in enumerate(report.facts, start=2):
        info.write(row, 0, name, styles["bold"])
        info.write(row, 1, value)
    for row, note in enumerate(report.notes, start=len(report.facts) + 3):
        info.write(row, 0, note)
    info.set_column(0, 0, 30)
    info.set_column(1, 1, 90)
    for index, table in enumerate(report.tables, start=1):
        title = table.title or (report.title if len(report.tables) == 1 else "")
        _sheet(book, table, _sheet_name(title, names, fallback=tr("sheet.table", number=index)), styles)
    book.close()
    return buffer.getvalue()


def _sheet(book: Any, table: Table, name: str, styles: dict[str, Any]) -> None:
    sheet = book.add_worksheet(name)
    widths = [len(column.label) for column in table.columns]
    for col, column in enumerate(table.columns):
        sheet.write_string(0, col, column.label, styles["header"])
    rows = [*table.rows, *([table.footer] if table.footer else [])]
    for row_index, row in enumerate(rows, start=1):
        for col, (value, column) in enumerate(zip(row, table.columns, strict=True)):
            if isinstance(value, Decimal | int) and not isinstance(value, bool):
                style = styles["fixed"] if column.places is not None else styles["number"]
                sheet.write_number(row_index, col, float(value), style)
            elif value is not None:
                text = cell_text(value, column)
                sheet.write_string(row_index, col, text, styles["wrap" if column.wide else "text"])
            widths[col] = max(widths[col], *(len(line) for line in cell_text(value, column).split("\n")))
    for col, width in enumerate(widths):
        sheet.set_column(col, col, min(width + 2, MAX_WIDTH))
    sheet.freeze_panes(1, 0)


def _sheet_name(title: str, taken: set[str], fallback: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = _SHEET_FORBIDDEN.sub(" ", title).strip()[:31] or fallback
    name, number = base, 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(name.casefold())
    return name
