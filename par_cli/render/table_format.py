"""Tables for a terminal: readable at 80 columns, using the room of a wide screen.

The layout is computed here, in one pass over the cells, so that a plan of 100,000 criteria
prints in about a second; rich only adds the styles (bold, dim, colour) on a terminal.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

from par_cli.labels import Labels
from par_cli.render.cells import cell_text, inert
from par_cli.report import WIDE_TERMINAL, Cell, Report, Table

GAP = "  "
MIN_WIDE = 12  # the narrowest a column of long text becomes


class _Lines:
    """Output lines, written as they come, and the style of the few that have one."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.count = 0
        self.styles: dict[int, str] = {}

    def add(self, texts: list[str], style: str | None = None) -> None:
        if style:
            self.styles.update(dict.fromkeys(range(self.count, self.count + len(texts)), style))
        self.count += len(texts)
        for text in texts:
            self.buffer.write(text)
            self.buffer.write("\n")


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    width = width or 100
    tr = Labels(report.language)
    lines = _Lines()
    lines.add(_wrap(inert(report.title), width), "bold")
    for name, value in report.facts:
        lines.add(_wrap(inert(f"{name}: {value}" if name else value), width))
    for table in report.tables:
        lines.add([""])
        _table(table, width, lines, tr)
    if report.notes:
        lines.add([""])
    for note in report.notes:
        lines.add(_wrap(inert(note), width), "yellow")
    return _styled(lines, width) if colour else lines.buffer.getvalue()


def _styled(lines: _Lines, width: int) -> str:
    """The same lines with terminal styles, through rich (which honours NO_COLOR)."""
    from rich.console import Console
    from rich.text import Text

    text = Text()
    for index, line in enumerate(lines.buffer.getvalue().split("\n")[: lines.count]):
        text.append(line, style=lines.styles.get(index, ""))
        text.append("\n")
    stream = io.StringIO()
    Console(file=stream, width=width, force_terminal=True, highlight=False, soft_wrap=True).print(
        text, end=""
    )
    return stream.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    if len(text) <= width and "\n" not in text:
        return [text]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, width, break_on_hyphens=False) or [""]
    return lines


def _table(table: Table, width: int, out: _Lines, tr: Labels) -> None:
    wide_screen = width >= WIDE_TERMINAL
    columns = table.columns
    shown = [i for i, column in enumerate(columns) if wide_screen or not column.optional]
    # On a narrow screen an optional text column goes under the first text column, not away.
    host = next((i for i in shown if columns[i].wide), None)
    folded = [i for i, c in enumerate(columns) if i not in shown and c.wide and host is not None]
    sep = tr.decimal_sep

    def texts_of(row: Sequence[Cell]) -> list[str]:
        texts = {i: inert(cell_text(row[i], columns[i], "\n", sep), keep_newlines=True) for i in shown}
        if host is not None:
            for i in folded:
                if row[i]:
                    text = inert(cell_text(row[i], columns[i], "\n", sep), keep_newlines=True)
                    texts[host] += f"\n{columns[i].label}: {text}"
        return [texts[i] for i in shown]

    # Two passes over the cells, one for the widths and one to write: the texts of a large table
    # are never all held at once.
    rows: Sequence[Sequence[Cell]] = table.rows or [[f"({tr('none')})"] + [""] * (len(columns) - 1)]
    footer = texts_of(table.footer) if table.footer else None
    headers = [
        columns[i].label if wide_screen or columns[i].wide else columns[i].label.replace(" ", "\n")
        for i in shown
    ]
    widths = [1] * len(shown)
    for texts in [*map(texts_of, rows), *([footer] if footer else [])]:
        for position, text in enumerate(texts):
            longest = max(map(len, text.split("\n"))) if "\n" in text else len(text)
            if longest > widths[position]:
                widths[position] = longest
    for position, index in enumerate(shown):
        header = max(len(line) for line in headers[position].split("\n"))
        widths[position] = max(widths[position], header if not columns[index].wide else min(header, MIN_WIDE))
    _fit(widths, [columns[i].wide for i in shown], width)
    numeric = [columns[i].numeric for i in shown]
    if table.title:
        out.add(_wrap(inert(table.title), width), "bold")
    out.add(_row(headers, widths, numeric, bottom=True), "bold")
    out.add([" " + "─" * (sum(widths) + len(GAP) * (len(widths) - 1))])
    for index, row in enumerate(rows):
        style = "dim" if index in table.muted else "bold" if index in table.subtotals else None
        out.add(_row(texts_of(row), widths, numeric), style)
    if footer:
        out.add([""])
        out.add(_row(footer, widths, numeric), "bold")


def _fit(widths: list[int], wide: list[int], width: int) -> None:
    """Narrow the text columns, by their shares, until the table fits ``width``."""
    room = (
        width
        - 1
        - len(GAP) * (len(widths) - 1)
        - sum(w for w, share in zip(widths, wide, strict=True) if not share)
    )
    flexible = [i for i, share in enumerate(wide) if share]
    if not flexible or sum(widths[i] for i in flexible) <= room:
        return
    shares = sum(wide[i] for i in flexible)
    for i in flexible:
        widths[i] = min(widths[i], max(MIN_WIDE, room * wide[i] // shares))


def _row(cells: list[str], widths: list[int], numeric: list[bool], bottom: bool = False) -> list[str]:
    """The lines of one row; ``bottom`` aligns cells of fewer lines at the bottom (headers)."""
    wrapped = [_wrap_cell(cell, w) for cell, w in zip(cells, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    if bottom:
        wrapped = [[""] * (height - len(lines)) + lines for lines in wrapped]
    lines = []
    for number in range(height):
        parts = []
        for lines_of_cell, cell_width, right in zip(wrapped, widths, numeric, strict=True):
            text = lines_of_cell[number] if number < len(lines_of_cell) else ""
            parts.append(text.rjust(cell_width) if right else text.ljust(cell_width))
        lines.append((" " + GAP.join(parts)).rstrip())
    return lines


def _wrap_cell(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
        else:
            lines += textwrap.wrap(line, width, break_on_hyphens=False) or [""]
    return lines
