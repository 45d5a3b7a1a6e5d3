"""CSV for spreadsheets: UTF-8 with a BOM so Excel reads Vietnamese, and no formula injection."""

from __future__ import annotations

import csv
import io
import re

from par_cli.render.cells import cell_text
from par_cli.texts.escape import inert
from par_cli.views.shapes import Report

# What a spreadsheet would run as a formula: a text starting with = or @ (or a tab or carriage
# return, which some strip first), or with + or - followed by anything but a plain number. A lone
# "-" (no lead office) or "-0,5" stays as it is.
_FORMULA = re.compile(r"[=@\t\r]|[+-](?![0-9.,]*$)")


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    table = report.csv_table()
    stream = io.StringIO()
    stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([column.key for column in table.columns])
    for row in [*table.rows, *([table.footer] if table.footer else [])]:
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            text = cell_text(value, column, list_sep="; ")
            if not column.numeric:
                text = inert(text, keep_newlines=True)  # a terminal escape in a name never runs
            if not column.numeric and _FORMULA.match(text):
                text = "'" + text  # a spreadsheet shows it as text instead of running it
            cells.append(text)
        writer.writerow(cells)
    return stream.getvalue()
