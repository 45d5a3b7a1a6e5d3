"""Tables for a terminal, with rich: readable at 80 columns, using the room of a wide screen."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from par_cli.render.cells import cell_text
from par_cli.report import Report, Table


def render(report: Report, stream: TextIO, width: int | None = None) -> None:
    console = Console(file=stream, width=width, highlight=False, soft_wrap=False)
    console.print(Text(report.title, style="bold"))
    for name, value in report.facts:
        console.print(Text.assemble((f"{name}: ", "bold"), value))
    for table in report.tables:
        console.print()
        console.print(_table(table))
    if report.notes:
        console.print()
    for note in report.notes:
        console.print(Text(note, style="yellow"))


def _table(table: Table) -> RichTable:
    rich_table = RichTable(
        title=Text(table.title) if table.title else None,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        show_footer=table.footer is not None,
        pad_edge=False,
    )
    for index, column in enumerate(table.columns):
        footer = Text(cell_text(table.footer[index], column) if table.footer else "", style="bold")
        rich_table.add_column(
            Text(column.label),
            footer=footer,
            justify="right" if column.numeric else "left",
            overflow="fold",
            ratio=1 if column.wide else None,
            min_width=12 if column.wide else None,
            no_wrap=column.numeric,
        )
    if not table.rows:
        rich_table.add_row(Text("(none)"), *([""] * (len(table.columns) - 1)))
    for index, row in enumerate(table.rows):
        style = "dim" if index in table.muted else None
        cells = [Text(cell_text(v, c)) for v, c in zip(row, table.columns, strict=True)]
        rich_table.add_row(*cells, style=style)
    return rich_table
