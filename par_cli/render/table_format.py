"""Tables for a terminal, with rich: readable at 80 columns, using the room of a wide screen."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from par_cli.labels import decimal_separator
from par_cli.render.cells import cell_text
from par_cli.report import WIDE_TERMINAL, Report, Table


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    stream = io.StringIO()
    console = Console(file=stream, width=width, highlight=False, soft_wrap=False, force_terminal=colour)
    console.print(Text(report.title, style="bold"))
    for name, value in report.facts:
        console.print(Text.assemble((f"{name}: ", "bold"), value))
    for table in report.tables:
        console.print()
        console.print(_table(table, wide=console.width >= WIDE_TERMINAL))
    if report.notes:
        console.print()
    for note in report.notes:
        console.print(Text(note, style="yellow"))
    return stream.getvalue()


def _table(table: Table, wide: bool) -> RichTable:
    rich_table = RichTable(
        title=Text(table.title) if table.title else None,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        show_footer=table.footer is not None,
        pad_edge=False,
        collapse_padding=True,
    )
    shown = [i for i, column in enumerate(table.columns) if wide or not column.optional]
    # On a narrow screen an optional text column goes under the first text column, not away.
    host = next((i for i in shown if table.columns[i].wide), None)
    folded = [i for i, c in enumerate(table.columns) if i not in shown and c.wide and host is not None]
    for index in shown:
        column = table.columns[index]
        footer = (
            cell_text(table.footer[index], column, decimal_sep=decimal_separator()) if table.footer else ""
        )
        # Long text wraps. A number, an id or a bar never does; on a narrow screen its header
        # takes a line per word instead.
        header = column.label if wide or column.wide else column.label.replace(" ", "\n")
        rich_table.add_column(
            Text(header),
            footer=Text(footer, style="bold"),
            justify="right" if column.numeric else "left",
            overflow="fold",
            ratio=column.wide or None,
            min_width=12 if column.wide else None,
            no_wrap=not column.wide,
        )
    if not table.rows:
        rich_table.add_row(Text("(none)"), *([""] * (len(shown) - 1)))
    for index, row in enumerate(table.rows):
        style = "dim" if index in table.muted else None
        texts = {i: cell_text(row[i], table.columns[i], decimal_sep=decimal_separator()) for i in shown}
        for i in folded:
            if row[i]:
                texts[host] += f"\n{table.columns[i].label}: {cell_text(row[i], table.columns[i])}"  # type: ignore[index]
        cells = [Text(texts[i]) for i in shown]
        rich_table.add_row(*cells, style=style)
    return rich_table
